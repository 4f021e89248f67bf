//! The vis-timeline data set (`vis-timeline.json`): `items` and `groups` ready for
//! `new vis.Timeline(container, data.items, data.groups, options)`.
//!
//! One item per event, in its source actor's group (`_none` for events without a source): a
//! `point` on its day when the date is one day, else a `range` from its first day to the day
//! after its last (vis-timeline ends a range at an instant, so the last day is drawn whole).
//! An open or unknown start begins at the earliest day of the timeline, an open or unknown end
//! runs to the day after its latest day; `className` says so (`open-start`, `open-end`), and
//! carries the quad class (`quad-1` to `quad-4`) and `fuzzy` for a date coarser than a day or
//! approximate, so that a page's CSS can style them. `content` and `title` are HTML, escaped.
//! One group per actor of the graph, in id order, labelled with its name.

use std::io::{self, Write};

use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::display::{actor_name, coding, display_date, headline, source_line};
use super::xml::escape;
use crate::graph::ActorGraph;
use crate::model::{ActorRegistry, Event, Precision};

/// The group of events without a source actor (actor ids cannot contain `_`).
pub const NO_SOURCE_GROUP: &str = "_none";

#[derive(Serialize)]
struct Item<'a> {
    id: &'a str,
    content: String,
    start: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<String>,
    group: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    title: String,
    #[serde(rename = "className")]
    class_name: String,
}

#[derive(Serialize)]
struct Group {
    id: String,
    content: String,
    title: String,
    order: usize,
}

#[derive(Serialize)]
struct Data<'a> {
    items: Vec<Item<'a>>,
    groups: Vec<Group>,
}

/// The tooltip of an event, as HTML lines: the date, the headline, the coding, the summary,
/// then each source with its quoted words.
fn tooltip(e: &Event, registry: &crate::model::ActorRegistry) -> String {
    let mut lines = vec![
        format!("<b>{}</b>", escape(&display_date(&e.date))),
        escape(&headline(e, registry)).into_owned(),
        escape(&coding(e)).into_owned(),
    ];
    if !e.summary.is_empty() {
        lines.push(escape(&e.summary).into_owned());
    }
    for p in &e.provenance {
        let mut line = source_line(p);
        if let Some(q) = &p.quote {
            line = format!("“{q}” — {line}");
        }
        lines.push(escape(&line).into_owned());
    }
    lines.join("<br>")
}

fn day_after(d: NaiveDate) -> NaiveDate {
    d.checked_add_days(Days::new(1)).unwrap_or(d)
}

/// Writes `vis-timeline.json`.
pub fn write_vis_timeline(
    graph: &ActorGraph,
    registry: &ActorRegistry,
    out: &mut dyn Write,
) -> io::Result<()> {
    let events = graph.events();
    let known = events.iter().flat_map(|e| [e.date.start(), e.date.end()]);
    let first = known.clone().flatten().min();
    let last = known.flatten().max();
    let mut needs_none = false;
    let mut items = Vec::with_capacity(events.len());
    for e in events {
        let (Some(first), Some(last)) = (first, last) else {
            break;
        };
        let start = e.date.start();
        let end = e.date.end();
        let mut class = format!("quad-{}", e.event_type.quad_class.number());
        if start.is_none() {
            class.push_str(" open-start");
        }
        if end.is_none() {
            class.push_str(" open-end");
        }
        let precision = e.date.precision();
        let exact = matches!(precision, Precision::Day | Precision::Range);
        if !exact || e.date.is_approximate() || e.date.is_uncertain() {
            class.push_str(" fuzzy");
        }
        let point = precision == Precision::Day;
        let group = match &e.source {
            Some(id) => &**id,
            None => {
                needs_none = true;
                NO_SOURCE_GROUP
            }
        };
        let content = match &e.target {
            Some(_) => format!(
                "→ {}: {}",
                actor_name(registry, &e.target),
                e.event_type.name
            ),
            None => e.event_type.name.clone(),
        };
        items.push(Item {
            id: &e.id,
            content: escape(&content).into_owned(),
            start: start.unwrap_or(first).to_string(),
            end: (!point).then(|| day_after(end.unwrap_or(last)).to_string()),
            group,
            kind: if point { "point" } else { "range" },
            title: tooltip(e, registry),
            class_name: class,
        });
    }
    let mut groups: Vec<Group> = graph
        .actors()
        .enumerate()
        .map(|(i, id)| {
            let actor = registry.get(id);
            let title = match actor {
                Some(a) if !a.code.is_empty() => {
                    format!("{} ({}, {})", a.name, a.code, a.kind.as_str())
                }
                Some(a) => format!("{} ({})", a.name, a.kind.as_str()),
                None => id.to_string(),
            };
            Group {
                id: id.to_string(),
                content: escape(&actor_name(registry, &Some(id.clone()))).into_owned(),
                title: escape(&title).into_owned(),
                order: i,
            }
        })
        .collect();
    if needs_none {
        groups.push(Group {
            id: NO_SOURCE_GROUP.to_string(),
            content: "(unknown source)".to_string(),
            title: "events whose acting actor is not known".to_string(),
            order: groups.len(),
        });
    }
    serde_json::to_writer_pretty(&mut *out, &Data { items, groups }).map_err(io::Error::other)?;
    out.write_all(b"\n")
}
