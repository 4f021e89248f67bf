//! JSON Lines (`events.jsonl`): the whole model, one event per line in timeline order, which
//! `casus build` reads back ([`crate::ingest::jsonl`]) to the same events.
//!
//! Each line is one JSON object with its keys in a fixed order: `id`, `date` (EDTF), the derived
//! `start`, `end` and `precision`, `source` and `target` (actor ids, `null` when none),
//! `event_code` with the derived `event`, `goldstein` and `quad_class`, `summary`, `location`,
//! `origin` and `provenance` (a list of records with `outlet`, `title`, `published`, `url`,
//! `file`, `line` and `quote`; absent values are `null`). The derived fields are for readers
//! such as `jq`; casus ignores them on input and computes them again.

use std::io::{self, Write};

use serde::Serialize;

use crate::graph::ActorGraph;
use crate::model::{ActorRegistry, Event, Provenance};

/// The keys of a line, in the order they are written.
pub const KEYS: [&str; 15] = [
    "id",
    "date",
    "start",
    "end",
    "precision",
    "source",
    "target",
    "event_code",
    "event",
    "goldstein",
    "quad_class",
    "summary",
    "location",
    "origin",
    "provenance",
];

/// The keys of a provenance record, in the order they are written.
pub const SOURCE_KEYS: [&str; 7] = [
    "outlet",
    "title",
    "published",
    "url",
    "file",
    "line",
    "quote",
];

#[derive(Serialize)]
struct Line<'a> {
    id: &'a str,
    date: String,
    start: Option<String>,
    end: Option<String>,
    precision: &'static str,
    source: Option<&'a str>,
    target: Option<&'a str>,
    event_code: &'a str,
    event: &'a str,
    goldstein: f64,
    quad_class: u8,
    summary: &'a str,
    location: Option<&'a str>,
    origin: &'static str,
    provenance: Vec<Source<'a>>,
}

#[derive(Serialize)]
struct Source<'a> {
    outlet: Option<&'a str>,
    title: Option<&'a str>,
    published: Option<String>,
    url: Option<&'a str>,
    file: Option<&'a str>,
    line: Option<u64>,
    quote: Option<&'a str>,
}

impl<'a> Source<'a> {
    fn new(p: &'a Provenance) -> Self {
        Source {
            outlet: p.outlet.as_deref(),
            title: p.title.as_deref(),
            published: p.published.map(|d| d.to_string()),
            url: p.url.as_deref(),
            file: p.file.as_deref(),
            line: p.line,
            quote: p.quote.as_deref(),
        }
    }
}

/// Writes the graph's events, one JSON object per line.
pub fn write_jsonl(graph: &ActorGraph, _: &ActorRegistry, out: &mut dyn Write) -> io::Result<()> {
    write_events(graph.events(), out)
}

/// Writes events, in the order given, one JSON object per line (LF line ends).
pub fn write_events(events: &[Event], out: &mut dyn Write) -> io::Result<()> {
    for e in events {
        let t = e.event_type;
        let line = Line {
            id: &e.id,
            date: e.date.to_string(),
            start: e.date.start().map(|d| d.to_string()),
            end: e.date.end().map(|d| d.to_string()),
            precision: e.date.precision().as_str(),
            source: e.source.as_deref(),
            target: e.target.as_deref(),
            event_code: &t.code,
            event: &t.name,
            goldstein: t.goldstein,
            quad_class: t.quad_class.number(),
            summary: &e.summary,
            location: e.location.as_deref(),
            origin: e.origin.as_str(),
            provenance: e.provenance.iter().map(Source::new).collect(),
        };
        serde_json::to_writer(&mut *out, &line).map_err(io::Error::other)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}
