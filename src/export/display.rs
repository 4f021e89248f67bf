//! Words for people, shared by the exports read by eye (TimelineJS, vis-timeline, the report):
//! a date as a phrase from its precision ("September 2020", "c. 2010", "before 29 September
//! 2020"), an event's headline, its sources as lines of text, and which URLs may be links.

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
    match *date {
        DateSpan::Single(d) => match d.point {
            Point::Week { .. } => qualified(d, day_range(d.point.first_day(), d.point.last_day())),
            _ => dated(d),
        },
        DateSpan::Interval { from, to } => match (from, to) {
            (Bound::Known(a), Bound::Known(b)) => match (a.point, b.point) {
                (Point::Day(x), Point::Day(y))
                    if a.qualifier.is_plain() && b.qualifier.is_plain() =>
                {
                    day_range(x, y)
                }
                _ => format!("{} – {}", dated(a), dated(b)),
            },
            (Bound::Known(a), Bound::Open) => format!("since {}", dated(a)),
            (Bound::Known(a), Bound::Unknown) => format!("from {} (end unknown)", dated(a)),
            (Bound::Open, Bound::Known(b)) => format!("before {}", dated(b)),
            (Bound::Unknown, Bound::Known(b)) => format!("(start unknown) to {}", dated(b)),
            // DateSpan::interval refuses an interval without a known bound.
            _ => date.to_string(),
        },
    }
}

/// One calendar unit as a phrase, with its qualifiers.
fn dated(d: Dated) -> String {
    let text = match d.point {
        Point::Day(day) => day_text(day, true),
        Point::Week { .. } => day_range(d.point.first_day(), d.point.last_day()),
        Point::Month { year, month } => format!("{} {year}", month_name(month)),
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

fn day_text(day: NaiveDate, with_year: bool) -> String {
    if with_year {
        format!("{} {} {}", day.day(), month_name(day.month()), day.year())
    } else {
        format!("{} {}", day.day(), month_name(day.month()))
    }
}

/// "28 September – 10 October 2020", "30 December 2019 – 2 January 2020"; one day alone when
/// both are the same.
fn day_range(a: NaiveDate, b: NaiveDate) -> String {
    if a == b {
        day_text(a, true)
    } else if a.year() == b.year() {
        format!("{} – {}", day_text(a, false), day_text(b, true))
    } else {
        format!("{} – {}", day_text(a, true), day_text(b, true))
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

    fn phrase(edtf: &str) -> String {
        display_date(&DateSpan::parse(edtf).unwrap())
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
