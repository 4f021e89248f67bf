//! Reading inputs into the model: finding the input files under the user's paths, and one
//! module per input format. Ingest checks each record on its own (dates, codes, required
//! fields) and keeps actor names as written; `normalize` resolves them.

pub mod acled;
pub mod article;
pub mod article_lines;
pub mod curated_csv;
pub mod curated_toml;
pub mod dataset;
pub mod gdelt;
pub mod icews;
pub mod ids;
pub mod importer;
pub mod jsonl;
pub mod parquet;
pub mod records;
pub mod ucdp;

use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Diagnostics};
use crate::model::{Actor, DateSpan, EventType, Origin, Provenance};

/// An actor name as written in an input, with where it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameRef {
    /// The name, alias, demonym, metonym or id as written.
    pub name: String,
    /// The line it was written on.
    pub line: u64,
    /// The field it was written in (`source`, `target`, `targets`).
    pub field: &'static str,
}

/// One event as read from an input, before its actor names are resolved.
#[derive(Clone, Debug, PartialEq)]
pub struct RawEvent {
    /// The identifier as written.
    pub id: String,
    /// When it happened.
    pub date: DateSpan,
    /// The acting actor's name, if given.
    pub source: Option<NameRef>,
    /// The targets' names: none, one, or several (one event per target).
    pub targets: Vec<NameRef>,
    /// The CAMEO event type.
    pub event_type: &'static EventType,
    /// The summary.
    pub summary: String,
    /// Where it happened.
    pub location: Option<String>,
    /// What kind of input it came from.
    pub origin: Origin,
    /// Its sources.
    pub provenance: Vec<Provenance>,
    /// The file it was read from.
    pub file: String,
    /// The line its record starts on.
    pub line: u64,
}

/// An actor from a user's actor file, with where it was defined.
#[derive(Clone, Debug)]
pub struct UserActor {
    /// The actor.
    pub actor: Actor,
    /// The file it was read from.
    pub file: String,
    /// The line of its `[[actor]]` header.
    pub line: u64,
}

/// An actor that a file casus wrote carries along, so that the file reads back alone: defined
/// on an `events.jsonl` line (`actors`), or implied by a `timeline.csv` row's name and code
/// side by side. It joins the registry only when the registry does not know it (see
/// [`crate::normalize::add_carried`]).
#[derive(Clone, Debug)]
pub struct Carried {
    /// The actor.
    pub actor: Actor,
    /// Whether it is known by its name only (a timeline's), not by its id (a JSON line's).
    pub by_name: bool,
}

/// Everything read from the inputs: the user's actors and the events.
#[derive(Debug, Default)]
pub struct Inputs {
    /// Actors from actor files, in file order.
    pub actors: Vec<UserActor>,
    /// Actor dictionaries in PETRARCH's format given with `--actors`, with their file names,
    /// in order; merged into the registry by `normalize::registry`.
    pub petrarch_actors: Vec<(String, crate::dict::ActorDictionary)>,
    /// Events, in file order.
    pub events: Vec<RawEvent>,
    /// Actor names of records that had other problems, still to be checked so that every
    /// problem of a file is reported at once; with the file and the record's date if valid.
    pub unchecked_names: Vec<(String, NameRef, Option<DateSpan>)>,
    /// The files that were read.
    pub files: Vec<PathBuf>,
    /// Problems found while reading; the records concerned are not in `events`.
    pub problems: Diagnostics,
    /// News articles, in file order: extracted once the registry is complete.
    pub articles: Vec<article::Article>,
    /// Warnings about inputs that were still read (invalid UTF-8 in an article).
    pub warnings: Vec<Diagnostic>,
    /// Actors carried by the files casus wrote (see [`Carried`]), in file order.
    pub carried: Vec<Carried>,
    /// Paths found but not read, with the reason (see [`Discovered::skipped`]).
    pub skipped: Vec<Skipped>,
    /// Dataset files (GDELT, ICEWS, ACLED, UCDP) with their format, in file order: streamed
    /// later by [`dataset::Streamer`], once the registry is complete.
    pub datasets: Vec<(PathBuf, dataset::InputFormat)>,
}

/// What a curated parser makes of one file: the good records, and the problems of the others.
#[derive(Debug, Default)]
pub struct Parsed {
    /// Actors defined in the file.
    pub actors: Vec<UserActor>,
    /// Events without problems.
    pub events: Vec<RawEvent>,
    /// Actor names of events with problems (see [`Inputs::unchecked_names`]).
    pub unchecked_names: Vec<(String, NameRef, Option<DateSpan>)>,
    /// The problems.
    pub problems: Diagnostics,
    /// Actors the file carries (see [`Carried`]).
    pub carried: Vec<Carried>,
}

/// The kinds of file casus reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// A TOML file of `[[event]]` and/or `[[actor]]` tables.
    Toml,
    /// A CSV (or TSV) file of curated events or an exported timeline.
    Csv,
    /// A JSON Lines file of events (`events.jsonl` as `casus build` writes it).
    Jsonl,
    /// A news article (`.txt`, `.md`) to extract events from.
    Article,
}

impl FileKind {
    /// The kind of a file by its extension.
    pub fn of(path: &Path) -> Option<FileKind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "toml" => Some(FileKind::Toml),
            // Datasets (.tab for ICEWS, .zip for GDELT's archives) are told apart by their
            // first line: see `dataset::detect`.
            // Parquet files hold datasets too, told apart by their column names.
            "csv" | "tsv" | "tab" | "zip" | "parquet" => Some(FileKind::Csv),
            "jsonl" | "ndjson" => Some(FileKind::Jsonl),
            "txt" | "md" => Some(FileKind::Article),
            _ => None,
        }
    }
}

/// The identity of a file or folder: its device and inode (on Unix), so that a file reached by
/// two paths (a link, or named twice) is read once, and a link back up the tree is followed
/// once.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FileKey(FileKeyInner);

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum FileKeyInner {
    #[cfg(unix)]
    Inode(u64, u64),
    #[allow(dead_code)]
    Path(PathBuf),
}

impl FileKey {
    /// The key of `path`, whose metadata (links followed) is `meta`.
    pub fn of(path: &Path, meta: &std::fs::Metadata) -> FileKey {
        #[cfg(unix)]
        {
            let _ = path;
            use std::os::unix::fs::MetadataExt;
            FileKey(FileKeyInner::Inode(meta.dev(), meta.ino()))
        }
        #[cfg(not(unix))]
        {
            let _ = meta;
            FileKey(FileKeyInner::Path(
                path.canonicalize().unwrap_or_else(|_| path.to_path_buf()),
            ))
        }
    }

    /// The key of `path` (links followed), if it exists.
    pub fn at(path: &Path) -> Option<FileKey> {
        std::fs::metadata(path).ok().map(|m| FileKey::of(path, &m))
    }
}

/// A path casus found but did not read, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    /// The path as found.
    pub path: PathBuf,
    /// Why it was not read.
    pub reason: String,
}

impl std::fmt::Display for Skipped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

/// The files found under the user's paths, and what was passed over.
#[derive(Debug, Default)]
pub struct Discovered {
    /// The files to read, each once, in the order found.
    pub files: Vec<PathBuf>,
    /// Paths not read (not regular files, text files that are not articles, the output
    /// folder, a second path to a file already found), in the order found.
    pub skipped: Vec<Skipped>,
}

/// An error when `path` exists and is not a regular file (a FIFO would block, `/dev/zero` never
/// ends): the commands that read a file named on their command line refuse it with this.
pub fn require_regular_file(path: &Path) -> Result<(), Diagnostic> {
    match std::fs::metadata(path) {
        Ok(meta) if !meta.is_file() && !meta.is_dir() => Err(Diagnostic::new(
            path.display().to_string(),
            None,
            None,
            format!("{}; casus reads regular files only", file_type_name(&meta)),
        )),
        _ => Ok(()),
    }
}

/// What a file that is not a regular file is, for the message that skips it.
fn file_type_name(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "a FIFO";
        }
        if t.is_char_device() {
            return "a character device";
        }
        if t.is_block_device() {
            return "a block device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    let _ = meta;
    "not a regular file"
}

/// The hidden file `casus build` leaves in its output folder; a search of the inputs passes
/// over a folder that holds it, so that casus never reads back what it wrote.
pub const OUTPUT_MARKER: &str = ".casus-output";

/// The text of [`OUTPUT_MARKER`].
pub const OUTPUT_MARKER_TEXT: &str = "casus wrote the files of this folder. When casus searches a folder for \
its inputs, it passes over a folder that holds this file, so that it never reads back what it \
wrote; name the folder (or a file in it) to read it anyway.\n";

/// The walk of the input paths: every file and folder met once.
struct Walk<'a> {
    found: Discovered,
    diags: Diagnostics,
    seen: std::collections::HashSet<FileKey>,
    /// Where each file read so far was first found, by key.
    first: std::collections::HashMap<FileKey, PathBuf>,
    exclude: Option<&'a FileKey>,
}

impl Walk<'_> {
    /// Takes a regular file once; a second path to the same file is skipped.
    fn take(&mut self, path: &Path, key: FileKey) {
        if let Some(first) = self.first.get(&key) {
            if first != path {
                self.found.skipped.push(Skipped {
                    path: path.to_path_buf(),
                    reason: format!("the same file as {}, read once", first.display()),
                });
            }
            return;
        }
        self.first.insert(key, path.to_path_buf());
        self.found.files.push(path.to_path_buf());
    }

    fn skip(&mut self, path: &Path, reason: impl Into<String>) {
        self.found.skipped.push(Skipped {
            path: path.to_path_buf(),
            reason: reason.into(),
        });
    }

    /// Searches a folder recursively in name order; a problem reading a folder is reported
    /// under that folder's name, and the walk goes on.
    fn dir(&mut self, dir: &Path, key: FileKey, named: bool) {
        if self.exclude == Some(&key) {
            self.skip(dir, "the output folder, which casus does not read");
            return;
        }
        if !named && dir.join(OUTPUT_MARKER).is_file() {
            self.skip(
                dir,
                format!("an output folder of casus (it holds {OUTPUT_MARKER}); name it to read it"),
            );
            return;
        }
        if !self.seen.insert(key) {
            self.skip(dir, "a folder already searched (a link), searched once");
            return;
        }
        let entries = std::fs::read_dir(dir).and_then(|entries| {
            entries
                .map(|e| e.map(|e| e.path()))
                .collect::<Result<Vec<_>, _>>()
        });
        let mut entries = match entries {
            Ok(e) => e,
            Err(e) => {
                self.diags.push(Diagnostic::new(
                    dir.display().to_string(),
                    None,
                    None,
                    format!("cannot list the folder: {e}"),
                ));
                return;
            }
        };
        entries.sort();
        for path in entries {
            let hidden = path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'));
            if hidden {
                continue;
            }
            let meta = match std::fs::metadata(&path) {
                Ok(m) => m,
                Err(e) => {
                    // A dangling link, or an entry we may not look at.
                    if FileKind::of(&path).is_some() || path.is_symlink() {
                        self.skip(&path, format!("cannot read: {e}"));
                    }
                    continue;
                }
            };
            let key = FileKey::of(&path, &meta);
            if meta.is_dir() {
                self.dir(&path, key, false);
                continue;
            }
            let Some(kind) = FileKind::of(&path) else {
                continue;
            };
            if !meta.is_file() {
                let what = file_type_name(&meta);
                self.skip(&path, format!("{what}; casus reads regular files only"));
                continue;
            }
            if kind == FileKind::Article {
                // In a folder, a text file is an article only when it says so: front matter
                // (+++) or a NAME.meta.json beside it; a .md without front matter (a README)
                // is passed over quietly, a .txt is listed.
                if !is_article(&path) {
                    let is_md = path
                        .extension()
                        .is_some_and(|e| e.eq_ignore_ascii_case("md"));
                    if !is_md {
                        self.skip(
                            &path,
                            "not read as an article: it has no +++ front matter and no \
                             .meta.json file beside it (docs/extraction.md)",
                        );
                    }
                    continue;
                }
            }
            self.take(&path, key);
        }
    }
}

/// The input files under `paths`: a file is taken as it is; a folder is searched recursively in
/// name order for `.toml`, `.csv`, `.tsv`, `.tab`, `.zip` and `.jsonl` files, and `.txt` and
/// `.md` articles (those with `+++` front matter or a `NAME.meta.json` beside them); hidden
/// entries are passed over, and so is a folder below a named one that holds [`OUTPUT_MARKER`]
/// (a folder casus wrote into). Only regular files are read; every file is read once however many
/// paths lead to it, every folder searched once (links are followed once); the folder
/// `exclude` (the output folder) is not searched. A named file of another kind, or a path that
/// does not exist, is a problem.
pub fn discover(paths: &[PathBuf], exclude: Option<&Path>) -> Result<Discovered, Diagnostics> {
    let exclude = exclude.and_then(FileKey::at);
    let mut walk = Walk {
        found: Discovered::default(),
        diags: Diagnostics::default(),
        seen: Default::default(),
        first: Default::default(),
        exclude: exclude.as_ref(),
    };
    for path in paths {
        let shown = path.display().to_string();
        match std::fs::metadata(path) {
            Err(e) => walk.diags.push(Diagnostic::new(
                shown,
                None,
                None,
                format!("cannot read: {e}"),
            )),
            Ok(m) if m.is_dir() => {
                let key = FileKey::of(path, &m);
                if walk.exclude == Some(&key) {
                    walk.diags.push(Diagnostic::new(
                        shown,
                        None,
                        None,
                        "this folder is also the output folder (--out); casus would read back \
                         what it writes: choose another --out",
                    ));
                    continue;
                }
                walk.dir(path, key, true);
            }
            Ok(m) => {
                if FileKind::of(path).is_none() {
                    walk.diags.push(Diagnostic::new(
                        shown,
                        None,
                        None,
                        "unsupported file type; casus reads .toml, .csv, .tsv, .tab, .zip, \
                         .parquet, .jsonl, .ndjson, .txt and .md files",
                    ));
                } else if !m.is_file() {
                    let what = file_type_name(&m);
                    walk.skip(path, format!("{what}; casus reads regular files only"));
                } else {
                    // A named file is read whatever its content: naming it says what it is.
                    walk.take(path, FileKey::of(path, &m));
                }
            }
        }
    }
    walk.diags.into_result().map(|()| walk.found)
}

/// Whether a text file in a folder is an article: it opens with `+++` front matter, or a
/// `NAME.meta.json` lies beside it.
pub fn is_article(path: &Path) -> bool {
    starts_with_front_matter(path) || article::sidecar(path).is_file()
}

fn starts_with_front_matter(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 4];
    std::fs::File::open(path)
        .and_then(|mut f| f.read(&mut head))
        .is_ok_and(|n| n >= 3 && &head[..3] == b"+++")
}

/// The encoding of text that starts with a UTF-16 byte order mark, or that has NUL bytes
/// between ASCII letters as UTF-16 without a mark has (Excel's "Unicode text"), if it does.
pub fn utf16(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0xFF, 0xFE, ..] => Some("UTF-16 (little-endian)"),
        [0xFE, 0xFF, ..] => Some("UTF-16 (big-endian)"),
        [a, 0, b, 0, ..] if a.is_ascii_graphic() && b.is_ascii_graphic() => {
            Some("UTF-16 (little-endian)")
        }
        [0, a, 0, b, ..] if a.is_ascii_graphic() && b.is_ascii_graphic() => {
            Some("UTF-16 (big-endian)")
        }
        _ => None,
    }
}

/// The problem of a file in UTF-16, which casus does not read.
pub fn utf16_problem(file: &str, encoding: &str) -> Diagnostic {
    Diagnostic::new(
        file,
        None,
        None,
        format!(
            "the file is {encoding}, not UTF-8; save it as UTF-8 (in Excel: \"CSV UTF-8\"; \
             or `iconv -f UTF-16 -t UTF-8`)"
        ),
    )
}

/// Reads a file's bytes, refusing UTF-16 with a problem that names the encoding.
fn read_utf8_bytes(path: &Path) -> Result<Vec<u8>, Diagnostic> {
    let bytes = read_bytes(path)?;
    match utf16(&bytes) {
        Some(encoding) => Err(utf16_problem(&path.display().to_string(), encoding)),
        None => Ok(bytes),
    }
}

/// Reads a file as UTF-8; invalid UTF-8 is a problem naming the line and byte offset.
pub fn read_text(path: &Path) -> Result<String, Diagnostic> {
    let shown = path.display().to_string();
    String::from_utf8(read_utf8_bytes(path)?).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let line = bytes[..offset].iter().filter(|&&b| b == b'\n').count() as u64 + 1;
        Diagnostic::new(
            shown,
            Some(line),
            None,
            format!("invalid UTF-8 at byte {offset}; save the file as UTF-8"),
        )
    })
}

/// Reads a file's bytes; the error names the file.
fn read_bytes(path: &Path) -> Result<Vec<u8>, Diagnostic> {
    std::fs::read(path).map_err(|e| {
        Diagnostic::new(
            path.display().to_string(),
            None,
            None,
            format!("cannot read: {e}"),
        )
    })
}

/// Reads every input file under `paths` plus the extra actor files, skipping files below
/// `exclude` (the output folder, so that a build never reads its own output). Every problem of
/// every file is collected in [`Inputs::problems`]; a path that cannot be found is an error at
/// once.
pub fn read_inputs(
    paths: &[PathBuf],
    actor_files: &[PathBuf],
    exclude: Option<&Path>,
) -> Result<Inputs, Diagnostics> {
    read_inputs_as(paths, actor_files, exclude, None)
}

/// The format of a tabular file: `forced` (`--input-format`) or detected from its first line;
/// `None` for curated CSV. A `.zip` must hold a dataset.
fn tabular_format(
    path: &Path,
    forced: Option<dataset::InputFormat>,
) -> Result<Option<dataset::InputFormat>, Diagnostic> {
    let shown = path.display().to_string();
    let format = match forced {
        Some(f) => f,
        None => dataset::detect(path)
            .map_err(|e| Diagnostic::new(&shown, None, None, format!("{e:#}")))?,
    };
    if format.is_dataset() {
        Ok(Some(format))
    } else if dataset::is_zip(path) {
        Err(Diagnostic::new(
            shown,
            None,
            None,
            "a .zip archive must hold a GDELT, ICEWS, ACLED or UCDP file (or use \
             --input-format)",
        ))
    } else if parquet::is_parquet(path) {
        Err(Diagnostic::new(
            shown,
            None,
            None,
            "a Parquet file must hold GDELT, ICEWS, ACLED or UCDP events: --input-format \
             curated is for CSV",
        ))
    } else {
        Ok(None)
    }
}

/// [`read_inputs`] with the format of every tabular file forced (`--input-format`): dataset files
/// are not read here but listed in [`Inputs::datasets`].
pub fn read_inputs_as(
    paths: &[PathBuf],
    actor_files: &[PathBuf],
    exclude: Option<&Path>,
    forced: Option<dataset::InputFormat>,
) -> Result<Inputs, Diagnostics> {
    let found = discover(paths, exclude)?;
    let mut files = found.files;
    for f in actor_files {
        let key = FileKey::at(f);
        if !files
            .iter()
            .any(|g| g == f || (key.is_some() && FileKey::at(g) == key))
        {
            files.push(f.clone());
        }
    }
    let mut inputs = Inputs {
        skipped: found.skipped,
        ..Inputs::default()
    };
    for path in &files {
        let shown = path.display().to_string();
        let parsed = match FileKind::of(path) {
            // CSV is checked cell by cell, so that invalid UTF-8 is reported with its column.
            Some(FileKind::Csv) => {
                match tabular_format(path, forced) {
                    Ok(Some(format)) => {
                        inputs.datasets.push((path.clone(), format));
                        continue;
                    }
                    Ok(None) => {}
                    Err(d) => {
                        inputs.problems.push(d);
                        continue;
                    }
                }
                match read_utf8_bytes(path) {
                    Ok(bytes) => curated_csv::parse(&bytes, &shown),
                    Err(d) => {
                        inputs.problems.push(d);
                        continue;
                    }
                }
            }
            // JSON Lines are read line by line, so that invalid UTF-8 is reported with its line.
            Some(FileKind::Jsonl) => match read_utf8_bytes(path) {
                Ok(bytes) => jsonl::parse(&bytes, &shown),
                Err(d) => {
                    inputs.problems.push(d);
                    continue;
                }
            },
            // Articles are extracted once the registry is complete.
            Some(FileKind::Article) if !actor_files.contains(path) => {
                match article::read_article(
                    path,
                    &article::ArticleOverrides::default(),
                    &mut inputs.warnings,
                ) {
                    Ok(a) => inputs.articles.push(a),
                    Err(d) => inputs.problems.push(d),
                }
                continue;
            }
            // Extra actor files may have any extension; they are casus's TOML or a PETRARCH
            // actor dictionary, told apart by `dict::is_petrarch_text`.
            _ => match read_text(path) {
                Ok(text)
                    if actor_files.contains(path) && crate::dict::is_petrarch_text(path, &text) =>
                {
                    match crate::dict::ActorDictionary::parse(&text, &shown) {
                        Ok(dict) => inputs.petrarch_actors.push((shown, dict)),
                        Err(d) => inputs.problems.0.extend(d.0),
                    }
                    continue;
                }
                Ok(text) => curated_toml::parse(&text, &shown),
                Err(d) => {
                    inputs.problems.push(d);
                    continue;
                }
            },
        };
        inputs.actors.extend(parsed.actors);
        inputs.carried.extend(parsed.carried);
        inputs.events.extend(parsed.events);
        inputs.unchecked_names.extend(parsed.unchecked_names);
        inputs.problems.0.extend(parsed.problems.0);
    }
    inputs.files = files;
    Ok(inputs)
}
