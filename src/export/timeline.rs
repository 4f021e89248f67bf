//! The timeline CSV (`timeline.csv`): one row per event in timeline order, RFC 4180 quoting,
//! free text guarded against spreadsheet formula injection.

use std::io::{self, Write};

use crate::graph::ActorGraph;
use crate::ingest::provenance;
use crate::model::{ActorId, ActorRegistry, Event};

/// The columns of `timeline.csv`, in order.
pub const COLUMNS: [&str; 18] = [
    "id",
    "date",
    "start",
    "end",
    "precision",
    "source",
    "source_code",
    "event_code",
    "event",
    "target",
    "target_code",
    "goldstein",
    "quad_class",
    "summary",
    "location",
    "origin",
    "provenance",
    "evidence",
];

/// How to write the CSV.
#[derive(Clone, Debug)]
pub struct TimelineOptions {
    /// Prefix free-text cells that start with `= + - @`, tab or CR with `'` (OWASP's advice
    /// against CSV injection).
    pub formula_guard: bool,
    /// Start with a UTF-8 byte order mark (for Excel).
    pub bom: bool,
    /// The field delimiter.
    pub delimiter: u8,
}

impl Default for TimelineOptions {
    fn default() -> Self {
        TimelineOptions {
            formula_guard: true,
            bom: false,
            delimiter: b',',
        }
    }
}

/// The first characters that make a spreadsheet read a cell as a formula (OWASP).
pub const FORMULA_TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Guards a free-text cell against formula injection (see [`TimelineOptions::formula_guard`]):
/// a cell that starts with a trigger, or with apostrophes and then a trigger, gets one more
/// leading apostrophe, which `curated_csv::unguard` removes again on input.
pub fn guard(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.trim_start_matches('\'').starts_with(FORMULA_TRIGGERS) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// Writes the graph's events as `timeline.csv`.
pub fn write_timeline<W: Write>(
    graph: &ActorGraph,
    registry: &ActorRegistry,
    options: &TimelineOptions,
    out: W,
) -> io::Result<()> {
    write_events(graph.events(), registry, options, out)
}

/// Writes events, in the order given, as `timeline.csv`.
pub fn write_events<W: Write>(
    events: &[Event],
    registry: &ActorRegistry,
    options: &TimelineOptions,
    mut out: W,
) -> io::Result<()> {
    if options.bom {
        out.write_all("\u{feff}".as_bytes())?;
    }
    let mut w = csv::WriterBuilder::new()
        .delimiter(options.delimiter)
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    w.write_record(COLUMNS)?;
    let text = |s: &str| -> String {
        if options.formula_guard {
            guard(s).into_owned()
        } else {
            s.to_string()
        }
    };
    let actor = |id: &Option<ActorId>| -> (String, String) {
        match id {
            None => (String::new(), String::new()),
            Some(id) => match registry.get(id) {
                Some(a) => (a.name.clone(), a.code.clone()),
                None => (id.to_string(), String::new()),
            },
        }
    };
    let day = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    for e in events {
        let (source, source_code) = actor(&e.source);
        let (target, target_code) = actor(&e.target);
        let t = e.event_type;
        w.write_record([
            text(&e.id),
            e.date.to_string(),
            day(e.date.start()),
            day(e.date.end()),
            e.date.precision().to_string(),
            text(&source),
            source_code,
            t.code.clone(),
            text(&t.name),
            text(&target),
            target_code,
            format!("{}", t.goldstein),
            t.quad_class.number().to_string(),
            text(&e.summary),
            text(e.location.as_deref().unwrap_or("")),
            e.origin.to_string(),
            text(&provenance::render(&e.provenance)),
            text(&provenance::render_evidence(&e.provenance)),
        ])?;
    }
    w.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guards_only_cells_that_start_with_a_trigger() {
        assert_eq!(guard("=1+1"), "'=1+1");
        assert_eq!(guard("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(guard("-2"), "'-2");
        assert_eq!(guard("\tx"), "'\tx");
        assert_eq!(guard("Russia = big"), "Russia = big");
        for cell in ["+7 dead", "'=x", "''@y", "'quoted'", "plain", "'"] {
            assert_eq!(crate::ingest::curated_csv::unguard(&guard(cell)), cell);
        }
    }
}
