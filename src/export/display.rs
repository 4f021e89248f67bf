//! Words for people, shared by the exports read by eye (TimelineJS, vis-timeline, the report,
//! the diagram's edge labels): a date as a phrase from its precision ("September 2020", "c.
//! 2010", "before 29 September 2020"), or in short ("Sep 2020", "until 29 Sep 2020"), the dates
//! of several events as one span ("27 Sep – 30 Oct 2020"), an event's headline, its sources as
//! lines of text, and which URLs may be links.

use chrono::{Datelike, NaiveDate};

use super::xml::escape;
use crate::model::date::{Bound, Dated, Point, SubYear, month_name};
use crate::model::{ActorId, ActorRegistry, DateSpan, Event, Provenance};

/// The phrase for a date, written from its precision and qualifiers:
///
/// | EDTF | phrase |
/// |---|---|
/// | `2020-09-29` | 29 September 2020 |
/// | `2020-09` | September 2020 |
/// | `2020-W40` | 28 September – 4 October 2020 |
/// | `2020-23`, `2020-24` | autumn 2020, winter 2020–2021 |
/// | `2020-35`, `2020-40` | Q3 2020, first half of 2020 |
/// | `2010`, `199X`, `19XX` | 2010, 1990s, 1900–1999 |
/// | `2010~`, `2020-09?`, `2004-06-11%` | c. 2010, September 2020 (?), c. 11 June 2004 (?) |
/// | `2020-09-28/2020-10-10` | 28 September – 10 October 2020 |
/// | `1992/..`, `1992/` | since 1992, from 1992 (end unknown) |
/// | `../2020-09-29`, `/2020-09-29` | before 29 September 2020, (start unknown) to 29 September 2020 |
pub fn display_date(date: &DateSpan) -> String {
    phrase(date, Style::Long)
}

/// The short phrase for a date, for labels: months in three letters, a range within one month
/// written once, an open start as "until":
///
/// | EDTF | phrase |
/// |---|---|
/// | `2020-09-29` | 29 Sep 2020 |
/// | `2020-09` | Sep 2020 |
/// | `2020-W40` | 28 Sep – 4 Oct 2020 |
/// | `2010`, `2010~`, `2020-09?` | 2010, c. 2010, Sep 2020 (?) |
/// | `2020-09-27/2020-09-29`, `2020-09-28/2020-10-10` | 27 – 29 Sep 2020, 28 Sep – 10 Oct 2020 |
/// | `1995/..`, `../2020-09-29` | since 1995, until 29 Sep 2020 |
pub fn short_date(date: &DateSpan) -> String {
    phrase(date, Style::Short)
}

/// The short phrase for the dates of several events, from the start of the earliest (`first`)
/// to the end of the one that ends last (`last`): "27 Sep – 30 Oct 2020", "Sep – Nov 2020",
/// "1995 – 29 Sep 2020"; "since 1995" when the last is open-ended, "until 29 Sep 2020" when the
/// first has an open start; [`short_date`] of the one date when they are the same.
pub fn span_words(first: &DateSpan, last: &DateSpan) -> String {
    if first == last {
        return short_date(first);
    }
    let style = Style::Short;
    match (first.start_bound(), last.end_bound()) {
        (Bound::Known(a), Bound::Known(b)) => known_range(a, b, style),
        (Bound::Known(a), Bound::Open) => format!("since {}", dated(a, style)),
        (Bound::Known(a), Bound::Unknown) => format!("from {} (end unknown)", dated(a, style)),
        (Bound::Open, Bound::Known(b)) => format!("until {}", dated(b, style)),
        (Bound::Unknown, Bound::Known(b)) => format!("(start unknown) to {}", dated(b, style)),
        (Bound::Open | Bound::Unknown, Bound::Open | Bound::Unknown) => {
            "no start or end date".to_string()
        }
    }
}

/// How long the words are: full month names ("September 2020", TimelineJS's and the report's
/// dates) or three letters ("Sep 2020", the diagram's labels).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    Long,
    Short,
}

impl Style {
    fn month(self, month: u32) -> &'static str {
        let name = month_name(month);
        match self {
            Style::Long => name,
            Style::Short => &name[..3],
        }
    }
}

fn phrase(date: &DateSpan, style: Style) -> String {
    match *date {
        DateSpan::Single(d) => match d.point {
            Point::Week { .. } => {
                qualified(d, day_range(d.point.first_day(), d.point.last_day(), style))
            }
            _ => dated(d, style),
        },
        DateSpan::Interval { from, to } => match (from, to) {
            (Bound::Known(a), Bound::Known(b)) => known_range(a, b, style),
            (Bound::Known(a), Bound::Open) => format!("since {}", dated(a, style)),
            (Bound::Known(a), Bound::Unknown) => {
                format!("from {} (end unknown)", dated(a, style))
            }
            (Bound::Open, Bound::Known(b)) => match style {
                Style::Long => format!("before {}", dated(b, style)),
                Style::Short => format!("until {}", dated(b, style)),
            },
            (Bound::Unknown, Bound::Known(b)) => {
                format!("(start unknown) to {}", dated(b, style))
            }
            // DateSpan::interval refuses an interval without a known bound.
            _ => date.to_string(),
        },
    }
}

/// From one known unit to another: the days as one range when both are plain days, the months
/// of one year once ("Sep – Nov 2020") in short, else both units in full.
fn known_range(a: Dated, b: Dated, style: Style) -> String {
    let plain = a.qualifier.is_plain() && b.qualifier.is_plain();
    // A week at either end of a longer range counts by its days.
    let (a, b) = match (a.point, b.point) {
        (Point::Week { .. }, _) | (_, Point::Week { .. }) if plain && a != b => (
            Dated {
                point: Point::Day(a.point.first_day()),
                ..a
            },
            Dated {
                point: Point::Day(b.point.last_day()),
                ..b
            },
        ),
        _ => (a, b),
    };
    match (a.point, b.point) {
        _ if a == b => dated(a, style),
        (Point::Day(x), Point::Day(y)) if plain => day_range(x, y, style),
        (
            Point::Month {
                year: y1,
                month: m1,
            },
            Point::Month {
                year: y2,
                month: m2,
            },
        ) if plain && y1 == y2 && style == Style::Short => {
            format!("{} – {} {y1}", style.month(m1), style.month(m2))
        }
        _ => format!("{} – {}", dated(a, style), dated(b, style)),
    }
}

/// One calendar unit as a phrase, with its qualifiers.
fn dated(d: Dated, style: Style) -> String {
    let text = match d.point {
        Point::Day(day) => day_text(day, true, style),
        Point::Week { .. } => day_range(d.point.first_day(), d.point.last_day(), style),
        Point::Month { year, month } => format!("{} {year}", style.month(month)),
        Point::Part { year, part } => match part {
            SubYear::Spring => format!("spring {year}"),
            SubYear::Summer => format!("summer {year}"),
            SubYear::Autumn => format!("autumn {year}"),
            SubYear::Winter => format!("winter {year}–{}", year + 1),
            SubYear::Quarter(q) => format!("Q{q} {year}"),
            SubYear::Half(1) => format!("first half of {year}"),
            SubYear::Half(_) => format!("second half of {year}"),
        },
        Point::Year(y) => y.to_string(),
        Point::Decade(d) => format!("{}s", d * 10),
        Point::Century(c) => format!("{}–{}", c * 100, c * 100 + 99),
    };
    qualified(d, text)
}

/// Adds "c. " for an approximate date and " (?)" for an uncertain one.
fn qualified(d: Dated, text: String) -> String {
    let mut out = if d.qualifier.approximate {
        format!("c. {text}")
    } else {
        text
    };
    if d.qualifier.uncertain {
        out.push_str(" (?)");
    }
    out
}

fn day_text(day: NaiveDate, with_year: bool, style: Style) -> String {
    if with_year {
        format!("{} {} {}", day.day(), style.month(day.month()), day.year())
    } else {
        format!("{} {}", day.day(), style.month(day.month()))
    }
}

/// "28 September – 10 October 2020", "30 December 2019 – 2 January 2020"; in short, "27 – 29
/// Sep 2020" within one month; one day alone when both are the same.
fn day_range(a: NaiveDate, b: NaiveDate, style: Style) -> String {
    if a == b {
        day_text(a, true, style)
    } else if style == Style::Short && (a.year(), a.month()) == (b.year(), b.month()) {
        format!("{} – {}", a.day(), day_text(b, true, style))
    } else if a.year() == b.year() {
        format!(
            "{} – {}",
            day_text(a, false, style),
            day_text(b, true, style)
        )
    } else {
        format!(
            "{} – {}",
            day_text(a, true, style),
            day_text(b, true, style)
        )
    }
}

/// The display name of an actor id (the id itself when the registry lacks it); empty for none.
pub fn actor_name(registry: &ActorRegistry, id: &Option<ActorId>) -> String {
    match id {
        Some(id) => registry
            .get(id)
            .map_or_else(|| id.to_string(), |a| a.name.clone()),
        None => String::new(),
    }
}

/// "Russia → Turkey: Make an appeal or request"; "Turkey: Make a public statement" when there
/// is no target; "(unknown) → …" when the source is not known.
pub fn headline(event: &Event, registry: &ActorRegistry) -> String {
    let source = match &event.source {
        Some(_) => actor_name(registry, &event.source),
        None => "(unknown)".to_string(),
    };
    match &event.target {
        Some(_) => format!(
            "{source} → {}: {}",
            actor_name(registry, &event.target),
            event.event_type.name
        ),
        None => format!("{source}: {}", event.event_type.name),
    }
}

/// The event type in words: "CAMEO 020 Make an appeal or request, Goldstein +3.0, verbal
/// cooperation".
pub fn coding(event: &Event) -> String {
    let t = event.event_type;
    format!(
        "CAMEO {} {}, Goldstein {}, {}",
        t.code,
        t.name,
        goldstein(t.goldstein),
        t.quad_class.label()
    )
}

/// A Goldstein score with one decimal and its sign: `+3.0`, `-10.0`, `0.0`.
pub fn goldstein(score: f64) -> String {
    let s = format!("{score:+.1}");
    if s == "+0.0" || s == "-0.0" {
        "0.0".to_string()
    } else {
        s
    }
}

/// How [`source_parts`] writes a source's parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceStyle {
    /// Plain text.
    Text,
    /// HTML: text escaped, the URL a link when [`link_url`] allows it (opening in a new tab
    /// when `new_tab`).
    Html {
        /// Whether the link opens in a new tab.
        new_tab: bool,
    },
}

/// A source's known parts, in order: outlet, title in quotes, publication date and URL. Where
/// casus read it is left to the caller, which writes it its own way.
pub fn source_parts(p: &Provenance, style: SourceStyle) -> Vec<String> {
    let text = |t: &str| match style {
        SourceStyle::Text => t.to_string(),
        SourceStyle::Html { .. } => escape(t).into_owned(),
    };
    let mut parts: Vec<String> = Vec::new();
    if let Some(o) = &p.outlet {
        parts.push(text(o));
    }
    if let Some(t) = &p.title {
        parts.push(format!("“{}”", text(t)));
    }
    if let Some(d) = &p.published {
        parts.push(d.to_string());
    }
    if let Some(u) = p.url.as_deref() {
        parts.push(match (style, link_url(u)) {
            (SourceStyle::Html { new_tab }, Some(u)) => format!(
                "<a href=\"{}\"{} rel=\"noopener noreferrer\">link</a>",
                escape(u),
                if new_tab { " target=\"_blank\"" } else { "" }
            ),
            _ => text(u),
        });
    }
    parts
}

/// A source as one line: outlet, title in quotes, publication date, URL and where casus read
/// it (`events/karabakh-2020.toml:12`), the parts that are known, joined by commas.
pub fn source_line(p: &Provenance) -> String {
    let mut parts = source_parts(p, SourceStyle::Text);
    match (&p.file, p.line) {
        (Some(f), Some(l)) => parts.push(format!("at {f}:{l}")),
        (Some(f), None) => parts.push(format!("at {f}")),
        _ => {}
    }
    parts.join(", ")
}

/// The URL of a source when it may be a link: `http://` or `https://` (any case) with no white
/// space or control character. Anything else (`javascript:`, a file path) stays plain text, so
/// that an input cannot put a script behind a link.
pub fn link_url(url: &str) -> Option<&str> {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let scheme = lower.starts_with("http://") || lower.starts_with("https://");
    let clean = !url.chars().any(|c| c.is_whitespace() || c.is_control());
    (scheme && clean && url.len() > 8).then_some(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(edtf: &str) -> DateSpan {
        DateSpan::parse(edtf).unwrap()
    }

    fn phrase(edtf: &str) -> String {
        display_date(&date(edtf))
    }

    #[test]
    fn short_dates_read_as_their_precision() {
        for (edtf, expected) in [
            // day, month, year
            ("2020-09-27", "27 Sep 2020"),
            ("2020-09", "Sep 2020"),
            ("1995", "1995"),
            ("2020-W40", "28 Sep – 4 Oct 2020"),
            ("2020-35", "Q3 2020"),
            ("199X", "1990s"),
            // fuzzy
            ("2010~", "c. 2010"),
            ("2020-09?", "Sep 2020 (?)"),
            // open and unknown ends
            ("1995/..", "since 1995"),
            ("../2020-09-29", "until 29 Sep 2020"),
            ("1995-05/", "from May 1995 (end unknown)"),
            ("/2020-09-29", "(start unknown) to 29 Sep 2020"),
            // ranges
            ("2020-09-27/2020-09-29", "27 – 29 Sep 2020"),
            ("2020-09-27/2020-10-30", "27 Sep – 30 Oct 2020"),
            ("2019-12-30/2020-01-02", "30 Dec 2019 – 2 Jan 2020"),
            ("2020-09/2020-11", "Sep – Nov 2020"),
            ("2020-09/2021-02", "Sep 2020 – Feb 2021"),
            ("1994/2020-09-29", "1994 – 29 Sep 2020"),
            ("2020-09-27~/2020-09-29", "c. 27 Sep 2020 – 29 Sep 2020"),
        ] {
            assert_eq!(short_date(&date(edtf)), expected, "{edtf}");
        }
    }

    #[test]
    fn the_dates_of_several_events_run_from_the_first_start_to_the_last_end() {
        let span = |a: &str, b: &str| span_words(&date(a), &date(b));
        assert_eq!(span("2020-09-27", "2020-09-27"), "27 Sep 2020");
        assert_eq!(span("2020-09-27", "2020-10-30"), "27 Sep – 30 Oct 2020");
        assert_eq!(span("2020-09-27", "2020-09-30"), "27 – 30 Sep 2020");
        assert_eq!(span("2019-12-30", "2020-01-02"), "30 Dec 2019 – 2 Jan 2020");
        assert_eq!(
            span("2020-09-27/2020-09-29", "2020-10-30"),
            "27 Sep – 30 Oct 2020"
        );
        assert_eq!(span("2020-09", "2020-11"), "Sep – Nov 2020");
        assert_eq!(span("2020-09-29", "2020-W41"), "29 Sep – 11 Oct 2020");
        assert_eq!(span("1995", "2020-09-29"), "1995 – 29 Sep 2020");
        assert_eq!(span("2010~", "2020-09-29"), "c. 2010 – 29 Sep 2020");
        // An open end or start runs on.
        assert_eq!(span("1995", "1995/.."), "since 1995");
        assert_eq!(
            span("../2020-09-29", "2020-09-27/2020-09-29"),
            "until 29 Sep 2020"
        );
        assert_eq!(span("../2020-09-29", "2020-10-30"), "until 30 Oct 2020");
        assert_eq!(span("../2020-09-29", "1995/.."), "no start or end date");
        assert_eq!(span("1995/", "2020-09-29/2020-10-30"), "1995 – 30 Oct 2020");
    }

    #[test]
    fn dates_read_as_their_precision() {
        for (edtf, expected) in [
            ("2020-09-29", "29 September 2020"),
            ("2020-09", "September 2020"),
            ("2020-W40", "28 September – 4 October 2020"),
            ("2020-21", "spring 2020"),
            ("2020-24", "winter 2020–2021"),
            ("2020-35", "Q3 2020"),
            ("2020-40", "first half of 2020"),
            ("2020-41", "second half of 2020"),
            ("2010", "2010"),
            ("2010~", "c. 2010"),
            ("2020-09?", "September 2020 (?)"),
            ("2004-06-11%", "c. 11 June 2004 (?)"),
            ("199X", "1990s"),
            ("19XX", "1900–1999"),
            ("2020-09-28/2020-10-10", "28 September – 10 October 2020"),
            ("2019-12-30/2020-01-02", "30 December 2019 – 2 January 2020"),
            ("2020-09/2020-11~", "September 2020 – c. November 2020"),
            ("1992/..", "since 1992"),
            ("1992/", "from 1992 (end unknown)"),
            ("../2020-09-29", "before 29 September 2020"),
            ("/2020-09-29", "(start unknown) to 29 September 2020"),
        ] {
            assert_eq!(phrase(edtf), expected, "{edtf}");
        }
    }

    #[test]
    fn only_plain_web_urls_become_links() {
        assert_eq!(link_url("https://e.org/a?b=c"), Some("https://e.org/a?b=c"));
        assert_eq!(link_url("HTTP://E.ORG/"), Some("HTTP://E.ORG/"));
        for bad in [
            "javascript:alert(1)",
            "https://",
            "https://e.org/a b",
            "file:///etc/passwd",
            "data:text/html,x",
            "//e.org",
            "h",
        ] {
            assert_eq!(link_url(bad), None, "{bad}");
        }
    }

    #[test]
    fn goldstein_has_a_sign_and_one_decimal() {
        assert_eq!(goldstein(3.0), "+3.0");
        assert_eq!(goldstein(-10.0), "-10.0");
        assert_eq!(goldstein(0.0), "0.0");
        assert_eq!(goldstein(-0.0), "0.0");
        assert_eq!(goldstein(-7.2), "-7.2");
    }
}
