//! JSON Lines (`events.jsonl`): the whole model, one event per line in timeline order, which
//! `casus build` reads back ([`crate::ingest::jsonl`]) to the same events.
//!
//! Each line is one JSON object with its keys in a fixed order: `id`, `date` (EDTF), the derived
//! `start`, `end` and `precision`, `source` and `target` (actor ids, `null` when none),
//! `event_code` with the derived `event`, `goldstein` and `quad_class`, `summary`, `location`,
//! `origin` and `provenance` (a list of records with `outlet`, `title`, `published`, `url`,
//! `file`, `line` and `quote`; absent values are `null`), and, on a line whose source or target
//! is not a built-in actor, `actors`: those actors (and their parents that are not built in)
//! with `id`, `name`, `code`, `kind`, `country` and `parent`, so that the file reads back
//! without the actor files it was built with. The derived fields are for readers such as `jq`;
//! casus ignores them on input and computes them again.

use std::io::{self, Write};

use serde::Serialize;

use crate::graph::ActorGraph;
use crate::model::{ActorRegistry, Event, Provenance};

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
    #[serde(skip_serializing_if = "Vec::is_empty")]
    actors: Vec<ActorRecord<'a>>,
}

#[derive(Serialize)]
struct ActorRecord<'a> {
    id: &'a str,
    name: &'a str,
    code: &'a str,
    kind: &'static str,
    country: Option<&'a str>,
    parent: Option<&'a str>,
}

/// The actors a line carries: its source and target and their parents, those that are not
/// built in, each once, in that order.
fn carried<'a>(
    e: &Event,
    registry: &'a ActorRegistry,
    builtin: &ActorRegistry,
) -> Vec<ActorRecord<'a>> {
    let mut out: Vec<ActorRecord<'a>> = Vec::new();
    for id in [e.source.as_deref(), e.target.as_deref()]
        .into_iter()
        .flatten()
    {
        let mut next = Some(id);
        // Parents, to a bounded depth (a registry has no cycles, but be safe).
        for _ in 0..8 {
            let Some(id) = next else { break };
            let Some(a) = registry.get(id) else { break };
            if builtin.get(id).is_some() || out.iter().any(|r| r.id == id) {
                break;
            }
            out.push(ActorRecord {
                id: &a.id,
                name: &a.name,
                code: &a.code,
                kind: a.kind.as_str(),
                country: a.country.as_deref(),
                parent: a.parent.as_deref(),
            });
            next = a.parent.as_deref();
        }
    }
    out
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
pub fn write_jsonl(
    graph: &ActorGraph,
    registry: &ActorRegistry,
    out: &mut dyn Write,
) -> io::Result<()> {
    write_events(graph.events(), registry, out)
}

/// Writes events, in the order given, one JSON object per line (LF line ends), with the actors
/// of `registry` that are not built in on the lines that name them.
pub fn write_events(
    events: &[Event],
    registry: &ActorRegistry,
    out: &mut dyn Write,
) -> io::Result<()> {
    // Built once per process: `casus extract --stream` writes a few events at a time.
    static BUILTIN: std::sync::OnceLock<ActorRegistry> = std::sync::OnceLock::new();
    let builtin = BUILTIN.get_or_init(crate::model::builtin::registry);
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
            actors: carried(e, registry, builtin),
        };
        serde_json::to_writer(&mut *out, &line).map_err(io::Error::other)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::{ACTOR_KEYS, KEYS, SOURCE_KEYS};

    /// The keys of a JSON object's text, in the order they are written (top level only).
    fn keys_in_order(json: &str) -> Vec<String> {
        let value: serde_json::Value = serde_json::from_str(json).expect("JSON");
        let serde_json::Value::Object(map) = value else {
            panic!("an object: {json}")
        };
        let mut keys: Vec<(usize, String)> = map
            .keys()
            .map(|k| {
                (
                    json.find(&format!("\"{k}\":")).expect("key in text"),
                    k.clone(),
                )
            })
            .collect();
        keys.sort();
        keys.into_iter().map(|(_, k)| k).collect()
    }

    #[test]
    fn the_writer_writes_the_keys_the_reader_knows_in_their_order() {
        let source = Source {
            outlet: Some("o"),
            title: Some("t"),
            published: Some("2020-01-01".into()),
            url: Some("u"),
            file: Some("f"),
            line: Some(1),
            quote: Some("q"),
        };
        let source_text = serde_json::to_string(&source).unwrap();
        assert_eq!(keys_in_order(&source_text), SOURCE_KEYS);
        let actor = ActorRecord {
            id: "a",
            name: "A",
            code: "AAA",
            kind: "state",
            country: Some("AAA"),
            parent: Some("p"),
        };
        assert_eq!(
            keys_in_order(&serde_json::to_string(&actor).unwrap()),
            ACTOR_KEYS
        );
        let line = Line {
            id: "x",
            date: "2020".into(),
            start: Some("2020-01-01".into()),
            end: Some("2020-12-31".into()),
            precision: "year",
            source: Some("a"),
            target: Some("b"),
            event_code: "010",
            event: "Make statement",
            goldstein: 0.0,
            quad_class: 1,
            summary: "s",
            location: Some("l"),
            origin: "curated",
            provenance: vec![source],
            actors: vec![actor],
        };
        assert_eq!(keys_in_order(&serde_json::to_string(&line).unwrap()), KEYS);
    }
}
