//! The timeline CSV (`timeline.csv`): one row per event in timeline order, RFC 4180 quoting,
//! free text guarded against spreadsheet formula injection.

use std::borrow::Cow;
use std::io::{self, Write};
use std::sync::Arc;

use crate::graph::ActorGraph;
use crate::model::provenance;
use crate::model::{ActorId, ActorRegistry, Event, EventType};

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

use crate::formats::guard;

/// A free-text cell, guarded when `on` (see [`guard`]).
fn guarded(s: &str, on: bool) -> Cow<'_, str> {
    if on { guard(s) } else { Cow::Borrowed(s) }
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

/// Events per chunk of the parallel writer.
const CHUNK: usize = 2048;

/// Writes events, in the order given, as `timeline.csv`. Big timelines are formatted by two
/// threads, a chunk of rows at a time, and written in order: the file is byte for byte the
/// one a single thread writes.
pub fn write_events<W: Write>(
    events: &[Event],
    registry: &ActorRegistry,
    options: &TimelineOptions,
    mut out: W,
) -> io::Result<()> {
    if options.bom {
        out.write_all("\u{feff}".as_bytes())?;
    }
    let mut w = writer(options, out);
    w.write_record(COLUMNS)?;
    let threads = crate::threads().min(2);
    if threads < 2 || events.len() < 4 * CHUNK {
        return write_rows(&mut w, events, registry, options);
    }
    w.flush()?;
    let mut out = w.into_inner().map_err(|e| e.into_error())?;
    std::thread::scope(|scope| -> io::Result<()> {
        // Worker k formats chunks k, k + threads, ...; each sends its chunks in order through
        // its own channel (two in flight at most) and gets the written buffers back.
        let mut lanes = Vec::new();
        for k in 0..threads {
            let (full_tx, full_rx) = std::sync::mpsc::sync_channel::<io::Result<Vec<u8>>>(2);
            let (empty_tx, empty_rx) = std::sync::mpsc::channel::<Vec<u8>>();
            scope.spawn(move || {
                let mut buf = String::new();
                let mut memo = Memo::default();
                for chunk in events.chunks(CHUNK).skip(k).step_by(threads) {
                    let bytes = empty_rx.try_recv().unwrap_or_default();
                    let mut w = writer(options, bytes);
                    let result = chunk
                        .iter()
                        .try_for_each(|e| {
                            write_row(
                                &mut w,
                                e,
                                registry,
                                options.formula_guard,
                                &mut buf,
                                &mut memo,
                            )
                        })
                        .and_then(|()| w.into_inner().map_err(|e| e.into_error()));
                    let failed = result.is_err();
                    if full_tx.send(result).is_err() || failed {
                        return;
                    }
                }
            });
            lanes.push((full_rx, empty_tx));
        }
        let chunks = events.len().div_ceil(CHUNK);
        for i in 0..chunks {
            let (full, empty) = &lanes[i % threads];
            let mut bytes = full
                .recv()
                .map_err(|_| io::Error::other("a timeline writer thread stopped"))??;
            out.write_all(&bytes)?;
            bytes.clear();
            // The worker may be done already; the buffer is then simply dropped.
            let _ = empty.send(bytes);
        }
        Ok(())
    })?;
    out.flush()
}

/// A timeline written one event at a time, in the order given: what a build that streams its
/// events writes (the rows are those [`write_events`] writes).
pub struct Rows<'r, W: Write> {
    w: csv::Writer<W>,
    registry: &'r ActorRegistry,
    guard: bool,
    buf: String,
    memo: Memo<'r>,
}

impl<'r, W: Write> Rows<'r, W> {
    /// Starts the file: the byte order mark if asked, and the header.
    pub fn new(
        registry: &'r ActorRegistry,
        options: &TimelineOptions,
        mut out: W,
    ) -> io::Result<Self> {
        if options.bom {
            out.write_all("\u{feff}".as_bytes())?;
        }
        let mut w = writer(options, out);
        w.write_record(COLUMNS)?;
        Ok(Rows {
            w,
            registry,
            guard: options.formula_guard,
            buf: String::new(),
            memo: Memo::default(),
        })
    }

    /// Writes the row of `e`. The actors of the events pushed must stay alive until
    /// [`Rows::finish`]: their names are remembered by the address of their ids.
    pub fn push(&mut self, e: &Event) -> io::Result<()> {
        write_row(
            &mut self.w,
            e,
            self.registry,
            self.guard,
            &mut self.buf,
            &mut self.memo,
        )
    }

    /// Writes what is buffered and gives the output back.
    pub fn finish(self) -> io::Result<W> {
        self.w.into_inner().map_err(|e| e.into_error())
    }
}

/// Writes the rows on this thread.
fn write_rows<W: Write>(
    w: &mut csv::Writer<W>,
    events: &[Event],
    registry: &ActorRegistry,
    options: &TimelineOptions,
) -> io::Result<()> {
    let mut buf = String::new();
    let mut memo = Memo::default();
    for e in events {
        write_row(w, e, registry, options.formula_guard, &mut buf, &mut memo)?;
    }
    w.flush()
}

/// What rows repeat, looked up once: an actor's name and code by its shared id (the events of
/// a run share one `Arc` per actor, so the address is the key), the Goldstein text by event
/// type.
#[derive(Default)]
struct Memo<'r> {
    actors: rustc_hash::FxHashMap<usize, (Cow<'r, str>, &'r str)>,
    goldstein: rustc_hash::FxHashMap<usize, String>,
}

impl<'r> Memo<'r> {
    /// Looks up what `e` needs that is not known yet.
    fn learn(&mut self, e: &Event, registry: &'r ActorRegistry) {
        for id in [&e.source, &e.target].into_iter().flatten() {
            self.actors
                .entry(Arc::as_ptr(id).cast::<u8>() as usize)
                .or_insert_with(|| match registry.get(id) {
                    Some(a) => (Cow::Borrowed(a.name.as_str()), a.code.as_str()),
                    None => (Cow::Owned(id.to_string()), ""),
                });
        }
        let t = e.event_type;
        self.goldstein
            .entry(std::ptr::from_ref(t) as usize)
            .or_insert_with(|| t.goldstein.to_string());
    }

    /// The name and code of an actor [`Memo::learn`] has seen (empty for none).
    fn actor(&self, id: &Option<ActorId>) -> (&str, &str) {
        match id
            .as_ref()
            .and_then(|id| self.actors.get(&(Arc::as_ptr(id).cast::<u8>() as usize)))
        {
            Some((name, code)) => (name, code),
            None => ("", ""),
        }
    }

    /// The Goldstein score of an event type [`Memo::learn`] has seen, as `{}` writes it.
    fn goldstein(&self, t: &EventType) -> &str {
        self.goldstein
            .get(&(std::ptr::from_ref(t) as usize))
            .map_or("", String::as_str)
    }
}

/// A CSV writer with the timeline's delimiter and CRLF line ends.
fn writer<W: Write>(options: &TimelineOptions, out: W) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .delimiter(options.delimiter)
        .terminator(csv::Terminator::CRLF)
        .from_writer(out)
}

/// Writes one event's row. Every cell is written as it is made, into buffers reused from row
/// to row: no `String` per cell.
fn write_row<'r, W: Write>(
    w: &mut csv::Writer<W>,
    e: &Event,
    registry: &'r ActorRegistry,
    guard_on: bool,
    buf: &mut String,
    memo: &mut Memo<'r>,
) -> io::Result<()> {
    memo.learn(e, registry);
    let (source, source_code) = memo.actor(&e.source);
    let (target, target_code) = memo.actor(&e.target);
    let t = e.event_type;
    w.write_field(guarded(&e.id, guard_on).as_bytes())?;
    buf.clear();
    e.date.push_edtf(buf);
    w.write_field(buf.as_bytes())?;
    for day in [e.date.start(), e.date.end()] {
        buf.clear();
        if let Some(d) = day {
            crate::fmt::push_day(buf, d);
        }
        w.write_field(buf.as_bytes())?;
    }
    w.write_field(e.date.precision().as_str())?;
    w.write_field(guarded(source, guard_on).as_bytes())?;
    w.write_field(source_code)?;
    w.write_field(&t.code)?;
    w.write_field(guarded(&t.name, guard_on).as_bytes())?;
    w.write_field(guarded(target, guard_on).as_bytes())?;
    w.write_field(target_code)?;
    w.write_field(memo.goldstein(t))?;
    w.write_field([b'0' + t.quad_class.number()])?;
    w.write_field(guarded(&e.summary, guard_on).as_bytes())?;
    w.write_field(guarded(e.location.as_deref().unwrap_or(""), guard_on).as_bytes())?;
    w.write_field(e.origin.as_str())?;
    buf.clear();
    provenance::render_into(&e.provenance, buf);
    w.write_field(guarded(buf, guard_on).as_bytes())?;
    buf.clear();
    provenance::render_evidence_into(&e.provenance, buf);
    w.write_field(guarded(buf, guard_on).as_bytes())?;
    w.write_record(None::<&[u8]>)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_parallel_writer_writes_what_one_thread_writes() {
        let registry = crate::model::builtin::registry();
        let codebook = crate::model::Codebook::get();
        let types: Vec<_> = codebook.iter().collect();
        let actors = ["rus", "tur", "arm", "aze"].map(crate::model::ActorId::from);
        let start = chrono::NaiveDate::from_ymd_opt(2020, 9, 27).expect("date");
        // More than four chunks, and a last chunk that is not full.
        let events: Vec<Event> = (0..5 * CHUNK + 17)
            .map(|i| Event {
                id: format!("e{i}").into(),
                date: crate::model::DateSpan::day(start + chrono::Duration::days((i % 40) as i64)),
                source: Some(actors[i % 4].clone()),
                target: (i % 3 > 0).then(|| actors[(i + 1) % 4].clone()),
                event_type: types[i % types.len()],
                summary: if i % 5 == 0 {
                    format!("=cell, \"{i}\"")
                } else {
                    String::new()
                },
                location: None,
                origin: crate::model::Origin::Curated,
                provenance: vec![crate::model::Provenance {
                    line: Some(i as u64 + 2),
                    ..Default::default()
                }],
            })
            .collect();
        for options in [
            TimelineOptions::default(),
            TimelineOptions {
                formula_guard: false,
                bom: true,
                delimiter: b';',
            },
        ] {
            let mut parallel = Vec::new();
            write_events(&events, &registry, &options, &mut parallel).expect("write");
            let mut single = Vec::new();
            if options.bom {
                single.extend_from_slice("\u{feff}".as_bytes());
            }
            let mut w = writer(&options, &mut single);
            w.write_record(COLUMNS).expect("header");
            write_rows(&mut w, &events, &registry, &options).expect("rows");
            drop(w);
            assert_eq!(parallel.len(), single.len());
            assert!(parallel == single, "the two writers differ");
        }
    }
}
