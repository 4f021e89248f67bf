//! The event store of a big build: events held in memory up to a budget (`casus build
//! --memory`), sorted runs spilled to a temporary folder beyond it, and the runs merged back in
//! timeline order, so that a build's memory does not grow with the events it keeps.

pub mod codec;

use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use crate::model::event::timeline_key;
use crate::model::{Event, Provenance};

/// The default budget of `--memory`: the events a build holds before it spills them.
pub const DEFAULT_BUDGET: u64 = 192 << 20;

/// The smallest budget `--memory` takes (a budget smaller than a few events would only spill
/// runs of one event each).
pub const MIN_BUDGET: u64 = 64 << 10;

/// Bytes read ahead from each run while merging.
const RUN_BUFFER: usize = 256 << 10;

/// What one allocation of `n` bytes costs the allocator: glibc's 8 bytes of header, rounded up
/// to 16, at least 32; nothing for none.
fn heap(n: usize) -> u64 {
    if n == 0 {
        0
    } else {
        ((n + 8).div_ceil(16) * 16).max(32) as u64
    }
}

/// An estimate of the memory an event holds while it waits in a run: the struct, what it
/// points to that is its own (shared actors, places and files are not counted), and its key
/// while the run is sorted.
pub fn held_bytes(e: &Event) -> u64 {
    let own = |s: &Option<Box<str>>| heap(s.as_deref().map_or(0, str::len));
    let id = if e.id.len() > 22 { heap(e.id.len()) } else { 0 };
    let provenance: u64 = e
        .provenance
        .iter()
        .map(|p| own(&p.outlet) + own(&p.title) + own(&p.url) + own(&p.quote))
        .sum();
    (std::mem::size_of::<Event>() + 32) as u64
        + id
        + heap(e.summary.capacity())
        + heap(e.provenance.capacity() * std::mem::size_of::<Provenance>())
        + provenance
}

/// Events spilled as sorted runs once those held reach the budget.
pub struct Spill {
    budget: u64,
    held: u64,
    parent: PathBuf,
    dir: Option<tempfile::TempDir>,
    runs: Vec<PathBuf>,
    spilled: u64,
    bytes: Vec<u8>,
}

impl Spill {
    /// A spill of events beyond `budget` bytes into a new folder under `parent` (made at the
    /// first run, removed with the runs).
    pub fn new(budget: u64, parent: PathBuf) -> Spill {
        Spill {
            budget,
            held: 0,
            parent,
            dir: None,
            runs: Vec::new(),
            spilled: 0,
            bytes: Vec::new(),
        }
    }

    /// Counts `e` among the events held; whether they now fill the budget.
    pub fn hold(&mut self, e: &Event) -> bool {
        self.held += held_bytes(e);
        self.held >= self.budget
    }

    /// Sorts `events` into timeline order, writes them as one run and empties `events` (its
    /// memory too: the next run is read into a fresh vector, made as big as this run).
    pub fn spill(&mut self, events: &mut Vec<Event>) -> anyhow::Result<()> {
        if events.is_empty() {
            return Ok(());
        }
        let dir = match &self.dir {
            Some(d) => d.path().to_path_buf(),
            None => {
                let d = tempfile::Builder::new()
                    .prefix("casus-spill-")
                    .tempdir_in(&self.parent)
                    .map_err(|e| {
                        anyhow::anyhow!(
                            "could not make a folder in {} for the events beyond --memory: {e} \
                             (TMPDIR chooses another place)",
                            self.parent.display()
                        )
                    })?;
                let path = d.path().to_path_buf();
                self.dir = Some(d);
                path
            }
        };
        crate::model::event::sort_timeline(events);
        let path = dir.join(format!("run-{:05}", self.runs.len()));
        let mut write = || -> io::Result<()> {
            let mut out = BufWriter::with_capacity(1 << 20, File::create(&path)?);
            for e in events.iter() {
                self.bytes.clear();
                codec::encode(e, &mut self.bytes);
                out.write_all(&self.bytes)?;
            }
            out.flush()
        };
        write().map_err(|e| {
            anyhow::anyhow!(
                "could not write {} (events beyond --memory): {e}",
                path.display()
            )
        })?;
        self.spilled += events.len() as u64;
        self.runs.push(path);
        // The next run holds about as many events: room for them at once, so that the vector
        // neither grows by copies nor keeps twice the room it needs.
        let next = events.len() + events.len() / 8;
        *events = Vec::new();
        *events = Vec::with_capacity(next);
        self.held = 0;
        Ok(())
    }

    /// The runs written, `None` when nothing was spilled.
    pub fn finish(self) -> Option<Runs> {
        let dir = self.dir?;
        Some(Runs {
            _dir: dir,
            files: self.runs,
            events: self.spilled,
        })
    }
}

/// The sorted runs of a spill, in their temporary folder (removed when this is dropped).
pub struct Runs {
    _dir: tempfile::TempDir,
    files: Vec<PathBuf>,
    events: u64,
}

impl std::fmt::Debug for Runs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Runs")
            .field("files", &self.files)
            .field("events", &self.events)
            .finish()
    }
}

/// One run being read.
struct Cursor {
    path: PathBuf,
    reader: BufReader<File>,
    record: Vec<u8>,
}

impl Cursor {
    /// The next record's bytes, `false` at the end of the run; a record cut short is an error.
    fn next(&mut self) -> io::Result<bool> {
        let mut len = [0u8; 4];
        if self.reader.fill_buf()?.is_empty() {
            return Ok(false);
        }
        self.reader.read_exact(&mut len)?;
        self.record.resize(u32::from_le_bytes(len) as usize, 0);
        self.reader.read_exact(&mut self.record)?;
        Ok(true)
    }
}

/// An event of a merge: one held in memory, or one read back from a run.
pub enum Item<'m> {
    /// An event the caller holds.
    Held(&'m Event),
    /// An event read back from a run.
    Read(Box<Event>),
}

impl std::ops::Deref for Item<'_> {
    type Target = Event;

    fn deref(&self) -> &Event {
        match self {
            Item::Held(e) => e,
            Item::Read(e) => e,
        }
    }
}

/// The head of a run in the merge's heap: the key of its next event, the event (boxed, so
/// that the heap moves a pointer), and which run it is.
struct Head([u64; 3], Box<Event>, usize);

impl PartialEq for Head {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Head {}

impl PartialOrd for Head {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Head {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0
            .cmp(&other.0)
            .then_with(|| self.1.timeline_cmp(&other.1))
            .then(self.2.cmp(&other.2))
    }
}

impl Runs {
    /// How many runs.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether there is no run (never, for runs a spill made).
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// How many events the runs hold.
    pub fn events(&self) -> u64 {
        self.events
    }

    /// Calls `f` with every event of the runs and of `memory` (sorted into timeline order, as
    /// [`crate::model::event::sort_timeline`] sorts), merged in timeline order. Ids are unique
    /// in a run, so the order is the one sorting every event at once would give.
    pub fn merge(
        &self,
        memory: &[Event],
        mut f: impl FnMut(&Event) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        self.merge_items(memory, |item| f(&item))
    }

    /// As [`Runs::merge`], handing over the events read from the runs, so that another
    /// thread can take them. The actors of the events read share one `Arc` per id, held until
    /// this returns.
    pub fn merge_items<'m>(
        &self,
        memory: &'m [Event],
        mut f: impl FnMut(Item<'m>) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let damaged = |path: &Path, e: &dyn std::fmt::Display| {
            anyhow::anyhow!("could not read back {}: {e}", path.display())
        };
        let mut decoder = codec::Decoder::default();
        let mut cursors = Vec::with_capacity(self.files.len());
        let mut heap = BinaryHeap::with_capacity(self.files.len());
        for (i, path) in self.files.iter().enumerate() {
            let file = File::open(path).map_err(|e| damaged(path, &e))?;
            let mut c = Cursor {
                path: path.clone(),
                reader: BufReader::with_capacity(RUN_BUFFER, file),
                record: Vec::new(),
            };
            if c.next().map_err(|e| damaged(path, &e))? {
                let e = decoder.decode(&c.record).map_err(|e| damaged(path, &e))?;
                heap.push(Reverse(Head(timeline_key(&e), Box::new(e), i)));
            }
            cursors.push(c);
        }
        let mut memory = memory.iter();
        let mut held = memory.next().map(|m| (timeline_key(m), m));
        loop {
            let from_memory = match (heap.peek(), held) {
                (None, None) => return Ok(()),
                (Some(_), None) => false,
                (None, Some(_)) => true,
                (Some(Reverse(Head(key, run, _))), Some((mk, m))) => {
                    mk.cmp(key).then_with(|| m.timeline_cmp(run)).is_le()
                }
            };
            if let (true, Some((_, m))) = (from_memory, held) {
                f(Item::Held(m))?;
                held = memory.next().map(|m| (timeline_key(m), m));
                continue;
            }
            let Some(Reverse(Head(_, event, i))) = heap.pop() else {
                continue;
            };
            f(Item::Read(event))?;
            let c = &mut cursors[i];
            if c.next().map_err(|e| damaged(&c.path, &e))? {
                let event = decoder
                    .decode(&c.record)
                    .map_err(|e| damaged(&c.path, &e))?;
                heap.push(Reverse(Head(timeline_key(&event), Box::new(event), i)));
            }
        }
    }
}

/// Parses a `--memory` size: a whole number of bytes with an optional unit (K, M, G, with or
/// without `iB`/`B`, binary multiples: `512M` is 512 MiB), at least [`MIN_BUDGET`].
pub fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (number, unit) = t.split_at(digits);
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        "t" | "tb" | "tib" => 40,
        _ => {
            return Err(format!(
                "'{text}' is not a size: give a number with K, M or G (e.g. 512M, 2G)"
            ));
        }
    };
    let n: u64 = number
        .parse()
        .map_err(|_| format!("'{text}' is not a size: give a number with K, M or G (e.g. 512M)"))?;
    let bytes = n
        .checked_mul(1 << shift)
        .ok_or_else(|| format!("'{text}' is too large"))?;
    if bytes < MIN_BUDGET {
        return Err(format!(
            "'{text}' is too small: at least {} KiB",
            MIN_BUDGET >> 10
        ));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ActorId, Codebook, DateSpan, Origin};

    fn event(i: usize) -> Event {
        let day = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).expect("date")
            + chrono::Days::new((i * 7919 % 61) as u64);
        Event {
            id: format!("e{}", i * 31 % 1000).into(),
            date: if i.is_multiple_of(5) {
                DateSpan::parse(&format!("{}", day.format("%Y-%m"))).expect("month")
            } else {
                DateSpan::day(day)
            },
            source: Some(ActorId::from(["arm", "aze", "rus"][i % 3])),
            target: None,
            event_type: Codebook::get().code("042").expect("code"),
            summary: String::new(),
            location: None,
            origin: Origin::Gdelt,
            provenance: Vec::new(),
        }
    }

    #[test]
    fn runs_merged_with_memory_give_the_order_of_one_sort() {
        let all: Vec<Event> = (0..1000).map(event).collect();
        let mut expected = all.clone();
        crate::model::event::sort_timeline(&mut expected);
        let dir = tempfile::tempdir().expect("temp");
        let mut spill = Spill::new(held_bytes(&all[0]) * 97, dir.path().to_path_buf());
        let mut held = Vec::new();
        for e in all {
            let full = spill.hold(&e);
            held.push(e);
            if full {
                spill.spill(&mut held).expect("spills");
            }
        }
        crate::model::event::sort_timeline(&mut held);
        let runs = spill.finish().expect("spilled");
        assert!(runs.len() >= 10, "{} runs", runs.len());
        assert_eq!(runs.events() + held.len() as u64, 1000);
        let mut ids = Vec::new();
        runs.merge(&held, |e| {
            ids.push(e.id.to_string());
            Ok(())
        })
        .expect("merges");
        let want: Vec<String> = expected.iter().map(|e| e.id.to_string()).collect();
        assert_eq!(ids, want);
        // The folder of the runs goes with them.
        let folder = runs.files[0].parent().expect("folder").to_path_buf();
        drop(runs);
        assert!(!folder.exists());
    }

    #[test]
    fn a_run_cut_short_is_an_error_not_its_end() {
        let dir = tempfile::tempdir().expect("temp");
        let mut spill = Spill::new(1, dir.path().to_path_buf());
        let mut held = vec![event(1), event(2)];
        spill.spill(&mut held).expect("spills");
        let runs = spill.finish().expect("spilled");
        let path = &runs.files[0];
        let bytes = std::fs::read(path).expect("run");
        // Inside the last record, inside the first one after its length, inside a length.
        for cut in [bytes.len() - 1, 7, 2] {
            std::fs::write(path, &bytes[..cut]).expect("cut");
            let err = runs.merge(&[], |_| Ok(())).unwrap_err().to_string();
            assert!(err.contains("could not read back"), "{cut}: {err}");
        }
        std::fs::write(path, &bytes).expect("whole");
        let mut n = 0;
        runs.merge(&[], |_| {
            n += 1;
            Ok(())
        })
        .expect("whole run");
        assert_eq!(n, 2);
    }

    #[test]
    fn nothing_spilled_is_no_runs() {
        let dir = tempfile::tempdir().expect("temp");
        let mut spill = Spill::new(1 << 30, dir.path().to_path_buf());
        assert!(!spill.hold(&event(1)));
        assert!(spill.finish().is_none());
        assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 0);
    }

    #[test]
    fn sizes_read_as_binary_multiples() {
        assert_eq!(parse_size("512M"), Ok(512 << 20));
        assert_eq!(parse_size("2GiB"), Ok(2 << 30));
        assert_eq!(parse_size("1 gb"), Ok(1 << 30));
        assert_eq!(parse_size("65536"), Ok(65536));
        assert!(parse_size("1K").unwrap_err().contains("too small"));
        assert!(parse_size("lots").unwrap_err().contains("not a size"));
        assert!(parse_size("5X").is_err());
        assert!(
            parse_size("99999999999999G")
                .unwrap_err()
                .contains("too large")
        );
    }
}
