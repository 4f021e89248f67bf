//! The timeline CSV (`timeline.csv`): one row per event in timeline order, RFC 4180 quoting,
//! free text guarded against spreadsheet formula injection.

use std::borrow::Cow;
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

/// A free-text cell, guarded when `on` (see [`guard`]).
fn guarded(s: &str, on: bool) -> Cow<'_, str> {
    if on { guard(s) } else { Cow::Borrowed(s) }
}

/// Writes one cell formatted into `buf` (cleared first).
fn cell<W: Write>(
    w: &mut csv::Writer<W>,
    buf: &mut String,
    args: std::fmt::Arguments<'_>,
) -> io::Result<()> {
    use std::fmt::Write as _;
    buf.clear();
    let _ = buf.write_fmt(args);
    w.write_field(buf.as_bytes())?;
    Ok(())
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
    // Every cell is written as it is made, into buffers reused from row to row: no `String`
    // per cell.
    let guard_on = options.formula_guard;
    let actor = |id: &Option<ActorId>| -> (Cow<'_, str>, &str) {
        match id {
            None => (Cow::Borrowed(""), ""),
            Some(id) => match registry.get(id) {
                Some(a) => (Cow::Borrowed(a.name.as_str()), a.code.as_str()),
                None => (Cow::Owned(id.to_string()), ""),
            },
        }
    };
    let mut buf = String::new();
    for e in events {
        let (source, source_code) = actor(&e.source);
        let (target, target_code) = actor(&e.target);
        let t = e.event_type;
        w.write_field(guarded(&e.id, guard_on).as_bytes())?;
        cell(&mut w, &mut buf, format_args!("{}", e.date))?;
        match e.date.start() {
            Some(d) => cell(&mut w, &mut buf, format_args!("{d}"))?,
            None => w.write_field("")?,
        }
        match e.date.end() {
            Some(d) => cell(&mut w, &mut buf, format_args!("{d}"))?,
            None => w.write_field("")?,
        }
        w.write_field(e.date.precision().as_str())?;
        w.write_field(guarded(&source, guard_on).as_bytes())?;
        w.write_field(source_code)?;
        w.write_field(&t.code)?;
        w.write_field(guarded(&t.name, guard_on).as_bytes())?;
        w.write_field(guarded(&target, guard_on).as_bytes())?;
        w.write_field(target_code)?;
        cell(&mut w, &mut buf, format_args!("{}", t.goldstein))?;
        cell(&mut w, &mut buf, format_args!("{}", t.quad_class.number()))?;
        w.write_field(guarded(&e.summary, guard_on).as_bytes())?;
        w.write_field(guarded(e.location.as_deref().unwrap_or(""), guard_on).as_bytes())?;
        w.write_field(e.origin.as_str())?;
        buf.clear();
        provenance::render_into(&e.provenance, &mut buf);
        w.write_field(guarded(&buf, guard_on).as_bytes())?;
        buf.clear();
        provenance::render_evidence_into(&e.provenance, &mut buf);
        w.write_field(guarded(&buf, guard_on).as_bytes())?;
        w.write_record(None::<&[u8]>)?;
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
