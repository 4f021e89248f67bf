//! Knight Lab's TimelineJS: `timelinejs.json` (its JSON format, to host and load by URL) and
//! `timelinejs.csv` (the columns of its Google Sheets template, to paste into a copy of it).
//! Both are written by the format `timelinejs`, through two exporters.
//!
//! Each event becomes a slide: `start_date`/`end_date` with `year`, `month` and `day` only as
//! far as the date's precision goes, a `display_date` phrase from [`display::display_date`]
//! ("September 2020", "c. 2010", "before 29 September 2020"), the headline "source → target:
//! event type", a text with the summary, the CAMEO coding and the sources as links, and the
//! source actor as the `group`. Open ends: an interval open at the end (`1992/..`) starts at its
//! known start and has no `end_date`; one open at the start (`../2020-09-29`) is placed at its
//! known end, with the display date "before 29 September 2020".

use std::io::{self, Write};

use serde::Serialize;

use super::display::{self, SourceStyle, actor_name, display_date, headline, source_parts};
use super::xml::escape;
use crate::formats::guard;
use crate::graph::ActorGraph;
use crate::model::date::{Bound, Point};
use crate::model::{ActorRegistry, DateSpan, Event};

/// The header of TimelineJS's Google Sheets template, in its order.
pub const CSV_HEADER: [&str; 18] = [
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
];

/// The headline of the title slide.
pub const TITLE: &str = "Conflict-event timeline";

/// A TimelineJS date: the year, and the month and day when the precision goes that far.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct DateParts {
    /// The year.
    pub year: i32,
    /// The month, 1 to 12.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub month: Option<u32>,
    /// The day of the month.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day: Option<u32>,
}

impl DateParts {
    fn of_day(d: chrono::NaiveDate) -> Self {
        use chrono::Datelike;
        DateParts {
            year: d.year(),
            month: Some(d.month()),
            day: Some(d.day()),
        }
    }

    fn of_month(d: chrono::NaiveDate) -> Self {
        DateParts {
            day: None,
            ..Self::of_day(d)
        }
    }

    fn of_year(d: chrono::NaiveDate) -> Self {
        DateParts {
            month: None,
            day: None,
            ..Self::of_day(d)
        }
    }

    /// The first (`last` false) or last part of a calendar unit, at the unit's precision.
    fn of_point(point: Point, last: bool) -> Self {
        let day = if last {
            point.last_day()
        } else {
            point.first_day()
        };
        match point {
            Point::Day(_) | Point::Week { .. } => Self::of_day(day),
            Point::Month { .. } | Point::Part { .. } => Self::of_month(day),
            Point::Year(_) | Point::Decade(_) | Point::Century(_) => Self::of_year(day),
        }
    }
}

/// The TimelineJS start and end of a date (see the module documentation for open ends).
pub fn date_parts(date: &DateSpan) -> (DateParts, Option<DateParts>) {
    match *date {
        DateSpan::Single(d) => {
            let start = DateParts::of_point(d.point, false);
            let end = match d.point {
                Point::Day(_) | Point::Month { .. } | Point::Year(_) => None,
                _ => Some(DateParts::of_point(d.point, true)),
            };
            (start, end)
        }
        DateSpan::Interval { from, to } => match (from, to) {
            (Bound::Known(a), Bound::Known(b)) => (
                DateParts::of_point(a.point, false),
                Some(DateParts::of_point(b.point, true)),
            ),
            (Bound::Known(a), _) => (DateParts::of_point(a.point, false), None),
            (_, Bound::Known(b)) => (DateParts::of_point(b.point, true), None),
            // An interval has a known bound (DateSpan::interval); keep a sane value anyway.
            _ => (
                DateParts {
                    year: 0,
                    month: None,
                    day: None,
                },
                None,
            ),
        },
    }
}

/// The slide text of an event, as HTML: the summary, the coding and location, and the sources
/// (outlet, title, date, a link when the URL is a plain web address, the quoted words).
pub fn event_html(event: &Event) -> String {
    let mut html = String::new();
    if !event.summary.is_empty() {
        html.push_str(&format!("<p>{}</p>", escape(&event.summary)));
    }
    let mut coding = display::coding(event);
    if let Some(l) = &event.location {
        coding.push_str(&format!("; {l}"));
    }
    html.push_str(&format!("<p><small>{}</small></p>", escape(&coding)));
    let sources: Vec<String> = event
        .provenance
        .iter()
        .filter(|p| p.outlet.is_some() || p.title.is_some() || p.url.is_some() || p.quote.is_some())
        .map(|p| {
            let parts = source_parts(p, SourceStyle::Html { new_tab: true });
            let mut item = parts.join(", ");
            if let Some(q) = &p.quote {
                item.push_str(&format!(" — “{}”", escape(q)));
            }
            format!("<li>{item}</li>")
        })
        .collect();
    if !sources.is_empty() {
        html.push_str(&format!("<ol>{}</ol>", sources.concat()));
    }
    html
}

#[derive(Serialize)]
struct Text {
    headline: String,
    text: String,
}

#[derive(Serialize)]
struct Title {
    text: Text,
}

#[derive(Serialize)]
struct Slide<'a> {
    unique_id: &'a str,
    start_date: DateParts,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Option<DateParts>,
    display_date: String,
    text: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<String>,
}

#[derive(Serialize)]
struct Document<'a> {
    title: Title,
    events: Vec<Slide<'a>>,
}

/// The text of the title slide: how many events, over which days.
fn title_text(graph: &ActorGraph) -> String {
    let n = graph.events().len();
    let events = if n == 1 { "event" } else { "events" };
    match graph.date_range() {
        Some((a, b)) => format!(
            "{n} {events}, {} to {}, built by casus.",
            display_date(&DateSpan::day(a)),
            display_date(&DateSpan::day(b))
        ),
        None => format!("{n} {events}, built by casus."),
    }
}

/// Writes `timelinejs.json`.
pub fn write_json(
    graph: &ActorGraph,
    registry: &ActorRegistry,
    out: &mut dyn Write,
) -> io::Result<()> {
    let doc = Document {
        title: Title {
            text: Text {
                headline: TITLE.to_string(),
                text: format!("<p>{}</p>", escape(&title_text(graph))),
            },
        },
        events: graph
            .events()
            .iter()
            .map(|e| {
                let (start_date, end_date) = date_parts(&e.date);
                Slide {
                    unique_id: &e.id,
                    start_date,
                    end_date,
                    display_date: display_date(&e.date),
                    text: Text {
                        headline: headline(e, registry),
                        text: event_html(e),
                    },
                    group: e.source.as_ref().map(|_| actor_name(registry, &e.source)),
                }
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(io::Error::other)?;
    out.write_all(b"\n")
}

/// Writes `timelinejs.csv`: the template's header, a title row (`Type` = `title`), then one row
/// per event. Headline, text and group are guarded against formula injection when
/// `formula_guard` is on.
pub fn write_csv(
    graph: &ActorGraph,
    registry: &ActorRegistry,
    formula_guard: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    w.write_record(CSV_HEADER)?;
    let text = |s: String| -> String {
        if formula_guard {
            guard(&s).into_owned()
        } else {
            s
        }
    };
    let title_html = format!("<p>{}</p>", escape(&title_text(graph)));
    let mut row: [String; 18] = Default::default();
    row[9] = TITLE.to_string();
    row[10] = title_html;
    row[15] = "title".to_string();
    w.write_record(&row)?;
    let part = |p: Option<u32>| p.map(|n| n.to_string()).unwrap_or_default();
    for e in graph.events() {
        let (start, end) = date_parts(&e.date);
        let mut row: [String; 18] = Default::default();
        row[0] = start.year.to_string();
        row[1] = part(start.month);
        row[2] = part(start.day);
        if let Some(end) = end {
            row[4] = end.year.to_string();
            row[5] = part(end.month);
            row[6] = part(end.day);
        }
        row[8] = display_date(&e.date);
        row[9] = text(headline(e, registry));
        row[10] = text(event_html(e));
        row[16] = text(actor_name(registry, &e.source));
        w.write_record(&row)?;
    }
    w.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(edtf: &str) -> (DateParts, Option<DateParts>) {
        date_parts(&DateSpan::parse(edtf).unwrap())
    }

    fn p(year: i32, month: Option<u32>, day: Option<u32>) -> DateParts {
        DateParts { year, month, day }
    }

    #[test]
    fn date_parts_go_as_far_as_the_precision() {
        assert_eq!(parts("2020-09-29"), (p(2020, Some(9), Some(29)), None));
        assert_eq!(parts("2020-09"), (p(2020, Some(9), None), None));
        assert_eq!(parts("2010~"), (p(2010, None, None), None));
        assert_eq!(
            parts("2020-W40"),
            (p(2020, Some(9), Some(28)), Some(p(2020, Some(10), Some(4))))
        );
        assert_eq!(
            parts("2020-24"),
            (p(2020, Some(12), None), Some(p(2021, Some(2), None)))
        );
        assert_eq!(
            parts("199X"),
            (p(1990, None, None), Some(p(1999, None, None)))
        );
        assert_eq!(
            parts("2020-09-28/2020-10"),
            (p(2020, Some(9), Some(28)), Some(p(2020, Some(10), None)))
        );
        assert_eq!(parts("1992/.."), (p(1992, None, None), None));
        assert_eq!(parts("../2020-09-29"), (p(2020, Some(9), Some(29)), None));
    }

    #[test]
    fn a_source_url_is_a_link_only_when_it_is_a_web_address() {
        let mut e = crate::export::test_support::event("a", "2020", "x", None, "010");
        e.summary = "<script>alert(1)</script>".into();
        e.provenance = vec![
            crate::model::Provenance {
                outlet: Some("A & B".into()),
                url: Some("https://e.org/?a=1&b=\"2\"".into()),
                ..Default::default()
            },
            crate::model::Provenance {
                url: Some("javascript:alert(1)".into()),
                quote: Some("q".into()),
                ..Default::default()
            },
        ];
        let html = event_html(&e);
        assert!(html.starts_with("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"));
        assert!(html.contains("<li>A &amp; B, <a href=\"https://e.org/?a=1&amp;b=&quot;2&quot;\""));
        assert!(html.contains("<li>javascript:alert(1) — “q”</li>"));
        assert!(!html.contains("href=\"javascript"));
    }
}
