//! Streaming the coded event datasets (GDELT, ICEWS, ACLED, UCDP GED) straight into events:
//! format detection, the reading loop shared by the four importers (one reused record per file,
//! filters applied while reading, actors resolved through the registry), the accounting of every
//! row (kept, filtered or rejected, with `rejects.csv` under `--skip-bad`), `.zip` archives and
//! the progress bar. `docs/importers.md` documents the formats and mappings.

use std::collections::BTreeSet;
use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read};
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::importer::*;
use super::records::{Defect, Next, Record, RecordReader};
use super::{acled, gdelt, icews, ucdp};
use crate::diag::{Diagnostic, Diagnostics};
use crate::model::coded::Coder;
use crate::model::{ActorId, ActorRegistry, Event, Filter};

/// The input formats `--input-format` can force.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, clap::ValueEnum)]
pub enum InputFormat {
    /// GDELT 2.0 events: tab-separated, no header, 61 columns (also `.export.CSV.zip`).
    Gdelt,
    /// ICEWS events: tab-separated with a header.
    Icews,
    /// ACLED events: CSV with a header.
    Acled,
    /// UCDP Georeferenced Event Dataset: CSV with a header.
    Ucdp,
    /// casus's own curated CSV (or an exported timeline.csv).
    Curated,
}

impl InputFormat {
    /// The lower-case name (`gdelt`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            InputFormat::Gdelt => "gdelt",
            InputFormat::Icews => "icews",
            InputFormat::Acled => "acled",
            InputFormat::Ucdp => "ucdp",
            InputFormat::Curated => "curated",
        }
    }

    /// Whether this is one of the four datasets.
    pub fn is_dataset(self) -> bool {
        self != InputFormat::Curated
    }
}

/// Whether a path is a `.zip` archive (by extension).
pub fn is_zip(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("zip"))
}

/// Opens a file for reading, or each file inside a `.zip` archive in turn, and calls `f` with
/// the name to show for it (the file's, or `archive.zip (entry)` when the archive holds more
/// than one file), a buffered reader and the uncompressed size; stops at the first error.
/// Returns how many files were read.
fn with_inputs(
    path: &Path,
    mut f: impl FnMut(&str, &mut (dyn BufRead + Send), u64) -> anyhow::Result<bool>,
) -> anyhow::Result<usize> {
    let shown = path.display().to_string();
    let file = File::open(path).map_err(|e| anyhow::anyhow!("{shown}: cannot read: {e}"))?;
    if is_zip(path) {
        let mut archive = zip::ZipArchive::new(file)
            .map_err(|e| anyhow::anyhow!("{shown}: not a readable .zip archive: {e}"))?;
        let entries: Vec<usize> = (0..archive.len())
            .filter(|&i| archive.by_index(i).is_ok_and(|e| e.is_file()))
            .collect();
        if entries.is_empty() {
            anyhow::bail!("{shown}: the .zip archive holds no file");
        }
        let several = entries.len() > 1;
        let mut read = 0;
        for index in entries {
            let entry = archive
                .by_index(index)
                .map_err(|e| anyhow::anyhow!("{shown}: cannot read the .zip archive: {e}"))?;
            let name = if several {
                let inner = entry
                    .name()
                    .map(|n| n.into_owned())
                    .unwrap_or_else(|_| format!("entry {}", index + 1));
                format!("{shown} ({inner})")
            } else {
                shown.clone()
            };
            let size = entry.size();
            let mut reader = BufReader::with_capacity(1 << 16, entry);
            refuse_utf16(&name, &mut reader)?;
            read += 1;
            if !f(&name, &mut reader, size)? {
                break;
            }
        }
        Ok(read)
    } else {
        let size = file.metadata().map(|m| m.len()).unwrap_or(0);
        let mut reader = BufReader::with_capacity(1 << 16, file);
        refuse_utf16(&shown, &mut reader)?;
        f(&shown, &mut reader, size)?;
        Ok(1)
    }
}

/// An error naming the encoding when the input starts as UTF-16 text does.
fn refuse_utf16(name: &str, reader: &mut dyn BufRead) -> anyhow::Result<()> {
    let head = reader
        .fill_buf()
        .map_err(|e| anyhow::anyhow!("{name}: cannot read: {e}"))?;
    match super::utf16(head) {
        Some(encoding) => Err(Diagnostics::from_one(super::utf16_problem(name, encoding)).into()),
        None => Ok(()),
    }
}

/// Recognises a tabular file's format from its first line: the ICEWS, ACLED and UCDP headers by
/// their key columns, GDELT by its 61 tab-separated fields starting with a numeric id; anything
/// else is curated CSV.
pub fn detect_line(first: &[u8]) -> InputFormat {
    let first = first.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(first);
    let text = String::from_utf8_lossy(first).to_ascii_lowercase();
    let cells: Vec<&str> = text
        .split(['\t', ','])
        .map(|c| c.trim().trim_matches('"').trim())
        .collect();
    let has = |name: &str| cells.contains(&name);
    if has("event id") && has("event date") && has("cameo code") {
        InputFormat::Icews
    } else if has("event_id_cnty") && has("event_date") {
        InputFormat::Acled
    } else if has("type_of_violence") && has("date_start") && has("side_a") {
        InputFormat::Ucdp
    } else {
        let tabs = first.split(|&b| b == b'\t').count();
        let id = first.split(|&b| b == b'\t').next().unwrap_or(b"");
        if tabs == gdelt::COLUMNS.len() && !id.is_empty() && id.iter().all(u8::is_ascii_digit) {
            InputFormat::Gdelt
        } else {
            InputFormat::Curated
        }
    }
}

/// What is wrong with a first line that nearly is a dataset's: a header with some of a
/// format's key columns but not all, or a GDELT-like row of the wrong width. `None` when the
/// line is like no dataset (a curated CSV).
pub fn near_miss(first: &[u8]) -> Option<String> {
    let first = first.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(first);
    let text = String::from_utf8_lossy(first).to_ascii_lowercase();
    let cells: Vec<&str> = text
        .split(['\t', ','])
        .map(|c| c.trim().trim_matches('"').trim())
        .collect();
    let keys: [(&str, &[&str]); 3] = [
        ("an ICEWS", &["event id", "event date", "cameo code"]),
        ("an ACLED", &["event_id_cnty", "event_date"]),
        ("a UCDP GED", &["type_of_violence", "date_start", "side_a"]),
    ];
    for (format, names) in keys {
        let (has, missing): (Vec<&str>, Vec<&str>) = names.iter().partition(|n| cells.contains(n));
        if !has.is_empty() && !missing.is_empty() {
            let quote = |v: &[&str]| {
                v.iter()
                    .map(|n| format!("'{n}'"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            return Some(format!(
                "this looks like {format} file (its header has {}) but has no column {}; \
                 check the header, or name the format with --input-format",
                quote(&has),
                quote(&missing)
            ));
        }
    }
    let fields = first.split(|&b| b == b'\t').count();
    let id = first.split(|&b| b == b'\t').next().unwrap_or(b"");
    let expected = gdelt::COLUMNS.len();
    if fields != expected
        && fields.abs_diff(expected) <= 10
        && !id.is_empty()
        && id.iter().all(u8::is_ascii_digit)
    {
        let (n, what) = if fields > expected {
            (fields - expected, "extra")
        } else {
            (expected - fields, "missing")
        };
        return Some(format!(
            "this looks like a GDELT 2.0 event file (a numeric GLOBALEVENTID and tabs) but its \
             first row has {fields} fields, not {expected}: {n} {what}; check that it is the \
             events table (not mentions or GKG) and that no column was added or lost"
        ));
    }
    None
}

/// Detects the format of a file (or of the file inside a `.zip`) from its first line, or of a
/// Parquet file from its column names.
pub fn detect(path: &Path) -> anyhow::Result<InputFormat> {
    if super::parquet::is_parquet(path) {
        return super::parquet::detect(path);
    }
    let mut first = Vec::new();
    with_inputs(path, |name, reader, _| {
        reader
            .take(1 << 20)
            .read_until(b'\n', &mut first)
            .map_err(|e| anyhow::anyhow!("{name}: cannot read: {e}"))?;
        // The first file of an archive tells.
        Ok(false)
    })?;
    while matches!(first.last(), Some(b'\n' | b'\r')) {
        first.pop();
    }
    let format = detect_line(&first);
    if format == InputFormat::Curated
        && let Some(why) = near_miss(&first)
    {
        anyhow::bail!("{why}");
    }
    Ok(format)
}

/// How many rows were read, and what became of them: `read = kept + filtered + rejected`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Rows (and empty lines) read.
    pub read: u64,
    /// Rows that became events.
    pub kept: u64,
    /// Rows left out by the filters.
    pub filtered: u64,
    /// Rows rejected as malformed (only under `--skip-bad`; otherwise the first one stops the
    /// run).
    pub rejected: u64,
}

impl std::fmt::Display for Tally {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "read {} = kept {} + filtered {} + rejected {}",
            self.read, self.kept, self.filtered, self.rejected
        )
    }
}

/// The importer of a dataset format.
fn importer(format: InputFormat) -> Option<Box<dyn Importer + Send>> {
    Some(match format {
        InputFormat::Gdelt => Box::new(gdelt::Gdelt),
        InputFormat::Icews => Box::new(icews::Icews::default()),
        InputFormat::Acled => Box::new(acled::Acled::default()),
        InputFormat::Ucdp => Box::new(ucdp::Ucdp::default()),
        InputFormat::Curated => return None,
    })
}

fn importer_of(format: InputFormat) -> anyhow::Result<Box<dyn Importer + Send>> {
    importer(format).ok_or_else(|| anyhow::anyhow!("curated files are not read as datasets"))
}

/// Options of a dataset run.
#[derive(Clone, Debug, Default)]
pub struct StreamOptions {
    /// Write bad rows to the rejects file and go on, instead of stopping at the first.
    pub skip_bad: bool,
    /// Where to write rejected rows (with `skip_bad`).
    pub rejects: Option<std::path::PathBuf>,
    /// Draw a progress bar on stderr for inputs that take more than a second (never when
    /// stderr is not a terminal).
    pub progress: bool,
    /// Check and count the rows without keeping their events (`casus validate`): memory then
    /// holds the set of ids, not the events.
    pub count_only: bool,
    /// Hold at most about this many bytes of events, and spill the rest as sorted runs into a
    /// temporary folder (`casus build --memory`; see [`crate::store`]).
    pub memory: Option<u64>,
}

/// Reads dataset files into events, through the registry and the filters.
pub struct Streamer<'a> {
    registry: &'a mut ActorRegistry,
    coder: Coder,
    filter: RowFilter,
    options: StreamOptions,
    rejects: Option<csv::Writer<io::BufWriter<File>>>,
    /// The ids read so far (curated ids included), to reject duplicates.
    seen: super::ids::IdSet,
    events: Vec<Event>,
    /// Where the events beyond the budget go, with a budget.
    spill: Option<crate::store::Spill>,
    places: Places,
    tally: Tally,
}

/// What [`Importer::prepare`] made of a row.
type Prepared = Result<Option<Event>, Bad>;

/// Records read ahead by the reading thread of [`Streamer::read`].
#[derive(Default)]
struct Batch {
    /// What the reader found, the record, and what `prepare` made of it; the first `len` are
    /// filled.
    items: Vec<(Next, Record, Option<Prepared>)>,
    len: usize,
    /// Bytes of the input read so far (for progress).
    bytes_read: u64,
}

/// Records per batch.
const BATCH: usize = 256;

impl Batch {
    /// Fills the batch from `records`, reusing its records; whether the input ended (the last
    /// item is then [`Next::End`]).
    fn fill<R: BufRead>(
        &mut self,
        records: &mut RecordReader<R>,
        ahead: &mut Ahead,
    ) -> io::Result<bool> {
        self.len = 0;
        let mut ended = false;
        while self.len < BATCH && !ended {
            if self.items.len() == self.len {
                self.items.push((Next::End, Record::default(), None));
            }
            let (next, rec, prepared) = &mut self.items[self.len];
            *next = records.next(rec)?;
            *prepared = ahead.prepare(*next, rec);
            ended = *next == Next::End;
            self.len += 1;
        }
        self.bytes_read = records.bytes_read();
        Ok(ended)
    }
}

/// The importer of the reading side, which does [`Importer::prepare`] ahead of the main thread.
struct Ahead {
    importer: Box<dyn Importer + Send>,
    /// The filters as they were when the file was opened (`prepare` uses none that changes).
    filter: RowFilter,
    file: Arc<str>,
    /// Whether the header was read and good (`None` before it).
    header: Option<bool>,
}

impl Ahead {
    fn prepare(&mut self, next: Next, rec: &Record) -> Option<Prepared> {
        match (next, self.header) {
            (Next::Record, None) => {
                // The header: the main thread reports it if it is bad.
                self.header = Some(self.importer.header(rec).is_ok());
                None
            }
            (Next::Record, Some(true)) => self.importer.prepare(rec, &self.filter, &self.file),
            _ => None,
        }
    }
}

/// The state of reading one file.
struct FileRead<'f> {
    /// The file, as the user named it.
    file: &'f str,
    shared: &'f Arc<str>,
    /// Its size (uncompressed), for progress.
    size: u64,
    started: Instant,
    bar: Option<indicatif::ProgressBar>,
    header_seen: bool,
    header_names: Vec<String>,
    /// Records and defects read so far.
    rows: u64,
}

/// The columns of `rejects.csv`.
pub const REJECT_COLUMNS: [&str; 5] = ["file", "line", "column", "reason", "text"];

/// The longest row text, in bytes, that `rejects.csv` holds; a longer row is cut there and
/// the cell says how long it was.
pub const MAX_REJECT_TEXT: usize = 4096;

/// A rejected row's text for `rejects.csv`: [`escape_bytes`], cut at [`MAX_REJECT_TEXT`] bytes
/// with a note of the row's whole length.
pub fn reject_text(raw: &[u8]) -> String {
    if raw.len() <= MAX_REJECT_TEXT {
        return escape_bytes(raw);
    }
    let mut cut = escape_bytes(&raw[..MAX_REJECT_TEXT]);
    // A multi-byte character cut in two shows as escaped bytes at the end: harmless.
    cut.push_str(&format!("… (truncated, {} bytes in all)", raw.len()));
    cut
}

impl<'a> Streamer<'a> {
    /// A streamer adding to `registry`, with `filter`; `known_ids` are the ids already taken
    /// (curated events), which a dataset row may not reuse.
    pub fn new<'k>(
        registry: &'a mut ActorRegistry,
        filter: &Filter,
        options: StreamOptions,
        known_ids: impl IntoIterator<Item = &'k str>,
    ) -> anyhow::Result<Self> {
        let rejects = match (&options.rejects, options.skip_bad) {
            (Some(path), true) => {
                let file = File::create(path)
                    .map_err(|e| anyhow::anyhow!("could not create {}: {e}", path.display()))?;
                let mut w = csv::WriterBuilder::new()
                    .terminator(csv::Terminator::CRLF)
                    .from_writer(io::BufWriter::new(file));
                w.write_record(REJECT_COLUMNS)?;
                Some(w)
            }
            _ => None,
        };
        let spill = options
            .memory
            .filter(|_| !options.count_only)
            .map(|budget| crate::store::Spill::new(budget, std::env::temp_dir()));
        Ok(Streamer {
            registry,
            coder: Coder::new(),
            filter: {
                let mut rows = RowFilter::new(filter);
                rows.count_only = options.count_only;
                rows
            },
            options,
            rejects,
            seen: known_ids.into_iter().collect(),
            events: Vec::new(),
            spill,
            places: Places::default(),
            tally: Tally::default(),
        })
    }

    /// The counts so far.
    pub fn tally(&self) -> Tally {
        self.tally
    }

    /// Reads one dataset file (or the file inside a `.zip`) in `format`.
    pub fn read(&mut self, path: &Path, format: InputFormat) -> anyhow::Result<()> {
        if !format.is_dataset() {
            anyhow::bail!("{}: curated files are not read as datasets", path.display());
        }
        if super::parquet::is_parquet(path) {
            return self.read_parquet(path, format);
        }
        let files = with_inputs(path, |name, reader, size| {
            let shown: Arc<str> = Arc::from(name);
            let mut importer = importer_of(format)?;
            let ahead = importer_of(format)?;
            self.stream(reader, size, &shown, importer.as_mut(), ahead)?;
            Ok(true)
        })?;
        if files > 1 {
            eprintln!(
                "casus: {}: read all {files} files of the archive",
                path.display()
            );
        }
        Ok(())
    }

    /// Reads a Parquet file of `format`: each row, as the record the format's text files would
    /// hold, goes through the same importer and the same accounting as a line of text.
    fn read_parquet(&mut self, path: &Path, format: InputFormat) -> anyhow::Result<()> {
        let shared: Arc<str> = Arc::from(path.display().to_string());
        let mut importer = importer_of(format)?;
        let mut rows = super::parquet::Rows::open(path, format)?;
        let mut read = FileRead {
            file: &shared,
            shared: &shared,
            size: 0,
            started: Instant::now(),
            bar: None,
            header_seen: !importer.has_header(),
            header_names: Vec::new(),
            rows: 0,
        };
        let mut rec = Record::default();
        if importer.has_header() && rows.header(&mut rec) {
            self.record(&mut read, Next::Record, &rec, None, importer.as_mut())?;
        }
        while rows.next(&mut rec)? {
            self.record(&mut read, Next::Record, &rec, None, importer.as_mut())?;
            read.rows += 1;
        }
        Ok(())
    }

    /// Reads one dataset from `reader` in `format`, named `name` in messages and provenance (as
    /// [`Streamer::read`] reads a file; for tests and fuzzing).
    pub fn read_from(
        &mut self,
        reader: &mut (dyn BufRead + Send),
        name: &str,
        format: InputFormat,
    ) -> anyhow::Result<()> {
        if !format.is_dataset() {
            anyhow::bail!("{name}: curated files are not read as datasets");
        }
        refuse_utf16(name, reader)?;
        let shown: Arc<str> = Arc::from(name);
        let mut importer = importer_of(format)?;
        let ahead = importer_of(format)?;
        self.stream(reader, 0, &shown, importer.as_mut(), ahead)
    }

    fn stream(
        &mut self,
        reader: &mut (dyn BufRead + Send),
        size: u64,
        shared: &Arc<str>,
        importer: &mut dyn Importer,
        ahead: Box<dyn Importer + Send>,
    ) -> anyhow::Result<()> {
        let file: &str = shared;
        let dialect = importer.dialect();
        let mut ahead = Ahead {
            header: (!ahead.has_header()).then_some(true),
            importer: ahead,
            filter: self.filter.clone(),
            file: shared.clone(),
        };
        let mut read = FileRead {
            file,
            shared,
            size,
            started: Instant::now(),
            bar: None,
            header_seen: !importer.has_header(),
            header_names: Vec::new(),
            rows: 0,
        };
        let cannot_read = |e: io::Error| anyhow::anyhow!("{file}: cannot read: {e}");
        if crate::threads() < 2 {
            // One core: the same batches, read and used in turn.
            let mut records = RecordReader::new(reader, dialect);
            let mut batch = Batch::default();
            loop {
                batch.fill(&mut records, &mut ahead).map_err(cannot_read)?;
                if self.take(&mut read, &mut batch, importer)? {
                    break;
                }
            }
        } else {
            std::thread::scope(|scope| -> anyhow::Result<()> {
                // A second thread reads and splits the records, a batch at a time, and does
                // the part of each row that needs nothing shared (`Importer::prepare`, on its
                // own importer), while this one turns them into events; batches go back to the
                // reader to be filled again.
                let (full_tx, full_rx) = std::sync::mpsc::sync_channel::<io::Result<Batch>>(4);
                let (empty_tx, empty_rx) = std::sync::mpsc::channel::<Batch>();
                scope.spawn(move || {
                    let mut records = RecordReader::new(reader, dialect);
                    loop {
                        let mut batch = empty_rx.try_recv().unwrap_or_default();
                        let filled = batch.fill(&mut records, &mut ahead);
                        let end = matches!(filled, Ok(true));
                        if full_tx.send(filled.map(|_| batch)).is_err() || end {
                            return;
                        }
                    }
                });
                loop {
                    let mut batch = full_rx
                        .recv()
                        .map_err(|_| anyhow::anyhow!("{file}: the reading thread stopped"))?
                        .map_err(cannot_read)?;
                    let ended = self.take(&mut read, &mut batch, importer)?;
                    // The reader may be done already; the batch is then simply dropped.
                    let _ = empty_tx.send(batch);
                    if ended {
                        break;
                    }
                }
                Ok(())
            })?;
        }
        if let Some(bar) = read.bar.take() {
            bar.finish_and_clear();
        }
        if !read.header_seen {
            return Err(Diagnostics(vec![Diagnostic::new(
                file,
                None,
                None,
                "the file is empty: it has no header line",
            )])
            .into());
        }
        Ok(())
    }

    /// Turns a batch's records into events; whether the input ended.
    fn take(
        &mut self,
        read: &mut FileRead<'_>,
        batch: &mut Batch,
        importer: &mut dyn Importer,
    ) -> anyhow::Result<bool> {
        let mut ended = false;
        for (next, rec, prepared) in batch.items.iter_mut().take(batch.len) {
            if *next == Next::End {
                ended = true;
                break;
            }
            self.record(read, *next, rec, prepared.take(), importer)?;
        }
        read.rows += batch.len as u64;
        self.progress(read, batch.bytes_read);
        Ok(ended)
    }

    /// Handles one record or defect of a file.
    fn record(
        &mut self,
        read: &mut FileRead<'_>,
        next: Next,
        rec: &Record,
        prepared: Option<Prepared>,
        importer: &mut dyn Importer,
    ) -> anyhow::Result<()> {
        let file = read.file;
        match next {
            Next::End => {}
            Next::Defect(Defect::EmptyLine) if !read.header_seen => {
                return Err(Diagnostics(vec![Diagnostic::new(
                    file,
                    Some(rec.line),
                    None,
                    "the header line is empty",
                )])
                .into());
            }
            Next::Record if !read.header_seen => {
                importer.header(rec).map_err(|e| {
                    Diagnostics(vec![Diagnostic::new(file, Some(rec.line), None, e)])
                })?;
                read.header_names = rec
                    .fields()
                    .map(|f| String::from_utf8_lossy(f).trim().to_string())
                    .collect();
                read.header_seen = true;
            }
            Next::Defect(d) => {
                self.tally.read += 1;
                let column = d.field().map(|f| match read.header_names.get(f) {
                    Some(name) => name.clone(),
                    None => format!("field {}", f + 1),
                });
                let reason = match d {
                    Defect::TooLong(n) => format!(
                        "the line is {n} bytes long, longer than the 16 MiB a dataset row may \
                         have; only its first {} bytes are kept here",
                        super::records::KEPT_OF_LONG_LINE
                    ),
                    d => d.reason().to_string(),
                };
                self.reject(file, rec, column.as_deref(), &reason)?;
            }
            Next::Record => {
                self.tally.read += 1;
                let mut cx = Cx {
                    registry: self.registry,
                    coder: &mut self.coder,
                    filter: &mut self.filter,
                    file: read.shared,
                    line: rec.line,
                    places: &mut self.places,
                };
                let result = match prepared {
                    Some(Ok(Some(event))) => importer.finish(rec, event, &mut cx),
                    Some(done) => done,
                    None => importer.row(rec, &mut cx),
                };
                match result {
                    Ok(None) => self.tally.filtered += 1,
                    Ok(Some(event)) => {
                        if !self.seen.insert(&event.id) {
                            let reason = format!(
                                "duplicate id '{}': an event with this id was already read",
                                event.id
                            );
                            self.reject(file, rec, None, &reason)?;
                        } else {
                            self.tally.kept += 1;
                            if !self.options.count_only {
                                let full = self.spill.as_mut().is_some_and(|s| s.hold(&event));
                                self.events.push(event);
                                if full && let Some(spill) = &mut self.spill {
                                    spill.spill(&mut self.events)?;
                                }
                            }
                        }
                    }
                    Err(bad) => self.reject(file, rec, bad.column, &bad.reason)?,
                }
            }
        }
        Ok(())
    }

    fn progress(&self, read: &mut FileRead<'_>, done: u64) {
        if let Some(b) = &read.bar {
            b.set_position(done);
            return;
        }
        if !self.options.progress
            || read.started.elapsed() < Duration::from_secs(1)
            || !io::stderr().is_terminal()
        {
            return;
        }
        let b = indicatif::ProgressBar::with_draw_target(
            Some(read.size.max(done)),
            indicatif::ProgressDrawTarget::stderr(),
        );
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{msg} [{bar:30}] {bytes}/{total_bytes} ({bytes_per_sec}, {eta} left)",
        ) {
            b.set_style(style.progress_chars("=> "));
        }
        b.set_message(read.file.to_string());
        b.set_position(done);
        read.bar = Some(b);
    }

    fn reject(
        &mut self,
        file: &str,
        rec: &Record,
        column: Option<&str>,
        reason: &str,
    ) -> anyhow::Result<()> {
        if !self.options.skip_bad {
            return Err(Diagnostics(vec![Diagnostic::new(
                file,
                Some(rec.line),
                column,
                format!("{reason}; use --skip-bad to write bad rows to rejects.csv and go on"),
            )])
            .into());
        }
        self.tally.rejected += 1;
        if let Some(w) = &mut self.rejects {
            // Every cell guarded against spreadsheet formulas (a rejected row is untrusted
            // text); the row's text cut at MAX_REJECT_TEXT bytes, saying so.
            let guard = crate::formats::guard;
            w.write_record([
                &*guard(file),
                &rec.line.to_string(),
                &guard(column.unwrap_or("")),
                &guard(reason),
                &guard(&reject_text(&rec.raw)),
            ])?;
        }
        Ok(())
    }

    /// The events read, the counts, the filter's `--actor` set with the run-local actors
    /// created below its actors, and every run-local actor created, in order.
    pub fn finish(mut self) -> anyhow::Result<Finished> {
        if let Some(w) = &mut self.rejects {
            w.flush()?;
        }
        self.filter.absorb(&mut self.coder);
        Ok(Finished {
            runs: self.spill.and_then(crate::store::Spill::finish),
            events: self.events,
            tally: self.tally,
            actors: self.filter.actors.iter().cloned().collect(),
            created: self.filter.created,
        })
    }
}

/// What a [`Streamer`] read.
#[derive(Debug)]
pub struct Finished {
    /// The events kept and held in memory.
    pub events: Vec<Event>,
    /// The events kept and spilled beyond the budget, if any.
    pub runs: Option<crate::store::Runs>,
    /// What became of the rows.
    pub tally: Tally,
    /// The `--actor` set, with the run-local actors created below its actors.
    pub actors: BTreeSet<ActorId>,
    /// Every run-local actor created, in order.
    pub created: Vec<ActorId>,
}

/// What [`stream_all`] read besides the events it added.
#[derive(Debug)]
pub struct Streamed {
    /// What became of the rows.
    pub tally: Tally,
    /// Every run-local actor created, in order.
    pub created: Vec<ActorId>,
    /// The events spilled beyond [`StreamOptions::memory`], if any.
    pub runs: Option<crate::store::Runs>,
}

/// Reads every dataset file into `events`, through `registry` (which gains the run-local
/// actors) and `filter` (whose `--actor` set gains the run-local actors below its actors). The
/// ids of `events` already read (curated) may not be reused. Returns the counts, the
/// run-local actors created and the events spilled beyond the memory budget.
pub fn stream_all(
    registry: &mut ActorRegistry,
    filter: &mut Filter,
    files: &[(std::path::PathBuf, InputFormat)],
    events: &mut Vec<Event>,
    options: StreamOptions,
) -> anyhow::Result<Streamed> {
    let known = events.iter().map(|e| e.id.as_str());
    let mut streamer = Streamer::new(registry, filter, options, known)?;
    for (path, format) in files {
        streamer.read(path, *format)?;
    }
    let finished = streamer.finish()?;
    if !filter.actors.is_empty() {
        filter.actors = finished.actors;
    }
    if events.is_empty() {
        // No copy: extending would hold both vectors of events at once for a moment.
        *events = finished.events;
    } else {
        events.extend(finished.events);
    }
    Ok(Streamed {
        tally: finished.tally,
        created: finished.created,
        runs: finished.runs,
    })
}

/// The name of the actor file `casus build` writes next to the timeline when datasets made
/// run-local actors.
pub const RUN_ACTORS_FILE: &str = "dataset-actors.toml";

fn toml_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The run-local actors `ids` as an actor file (TOML `[[actor]]` tables, sorted by id), so that
/// a timeline of dataset events reads back: `casus build out/timeline.csv --actors
/// out/dataset-actors.toml`.
pub fn actor_file(registry: &ActorRegistry, ids: &[ActorId]) -> String {
    let mut ids: Vec<&ActorId> = ids.iter().collect();
    ids.sort();
    ids.dedup();
    let mut out = String::from(
        "# Actors casus made up while reading datasets (docs/importers.md): give this file with\n\
         # --actors to read the timeline back, or copy the actors you keep into your own file.\n",
    );
    for id in ids {
        let Some(a) = registry.get(id) else { continue };
        out.push_str("\n[[actor]]\n");
        out.push_str(&format!("id = {}\n", toml_string(&a.id)));
        out.push_str(&format!("name = {}\n", toml_string(&a.name)));
        if !a.code.is_empty() {
            out.push_str(&format!("code = {}\n", toml_string(&a.code)));
        }
        out.push_str(&format!("kind = {}\n", toml_string(a.kind.as_str())));
        if let Some(c) = &a.country {
            out.push_str(&format!("country = {}\n", toml_string(c)));
        }
        if let Some(p) = &a.parent {
            out.push_str(&format!("parent = {}\n", toml_string(p)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn numbered_ids_are_what_format_writes() {
        for n in [0, 7, 10, 410412347, u64::MAX] {
            let id = numbered_id("gdelt-", n);
            assert_eq!(id, format!("gdelt-{n}"));
        }
    }

    #[test]
    fn formats_are_detected_from_the_first_line() {
        assert_eq!(
            detect_line(b"Event ID\tEvent Date\tSource Name\tCAMEO Code"),
            InputFormat::Icews
        );
        assert_eq!(
            detect_line(b"\xEF\xBB\xBFevent_id_cnty,event_date,year"),
            InputFormat::Acled
        );
        assert_eq!(
            detect_line(b"\"id\",\"relid\",\"type_of_violence\",\"side_a\",\"date_start\""),
            InputFormat::Ucdp
        );
        let gdelt = format!("410412347{}", "\tx".repeat(60));
        assert_eq!(detect_line(gdelt.as_bytes()), InputFormat::Gdelt);
        let short = format!("410412347{}", "\tx".repeat(59));
        assert_eq!(detect_line(short.as_bytes()), InputFormat::Curated);
        assert_eq!(detect_line(b"id,date,source,type"), InputFormat::Curated);
    }

    #[test]
    fn spans_take_the_coarsest_exact_unit() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let s = |a: &str, b: &str| span_between(d(a), d(b)).unwrap().to_string();
        assert_eq!(s("2020-09-27", "2020-09-27"), "2020-09-27");
        assert_eq!(s("2020-09-01", "2020-09-30"), "2020-09");
        assert_eq!(s("2020-01-01", "2020-12-31"), "2020");
        assert_eq!(s("2020-09-28", "2020-10-04"), "2020-09-28/2020-10-04");
        assert_eq!(
            span_between(d("2020-09-28"), d("2020-10-04"))
                .unwrap()
                .precision(),
            crate::model::Precision::Week
        );
        assert_eq!(s("2020-09-27", "2020-09-30"), "2020-09-27/2020-09-30");
        assert!(span_between(d("2020-09-30"), d("2020-09-27")).is_none());
    }

    #[test]
    fn dates_parse_strictly() {
        assert_eq!(yyyymmdd(b"20150218"), NaiveDate::from_ymd_opt(2015, 2, 18));
        assert_eq!(yyyymmdd(b"20150230"), None);
        assert_eq!(yyyymmdd(b"2015021"), None);
        assert_eq!(iso_day("2018-06-01"), NaiveDate::from_ymd_opt(2018, 6, 1));
        assert_eq!(
            iso_day("2020-09-27 00:00:00.000"),
            NaiveDate::from_ymd_opt(2020, 9, 27)
        );
        assert_eq!(iso_day("2018-6-1"), None);
        assert_eq!(iso_day("2018-06-31"), None);
        assert_eq!(escape_bytes(b"a\xFFb\xC3\xA9"), "a\\xFFbé");
    }

    #[test]
    fn the_tally_reads_as_a_sum() {
        let t = Tally {
            read: 10,
            kept: 6,
            filtered: 3,
            rejected: 1,
        };
        assert_eq!(t.to_string(), "read 10 = kept 6 + filtered 3 + rejected 1");
    }
}
