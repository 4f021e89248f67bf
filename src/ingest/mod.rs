//! Reading inputs into the model: finding the input files under the user's paths, and one
//! module per input format. Ingest checks each record on its own (dates, codes, required
//! fields) and keeps actor names as written; `normalize` resolves them.

pub mod acled;
pub mod article;
pub mod curated_csv;
pub mod curated_toml;
pub mod dataset;
pub mod gdelt;
pub mod icews;
pub mod jsonl;
pub mod provenance;
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
            "csv" | "tsv" | "tab" | "zip" => Some(FileKind::Csv),
            "jsonl" | "ndjson" => Some(FileKind::Jsonl),
            "txt" | "md" => Some(FileKind::Article),
            _ => None,
        }
    }
}

/// The input files under `paths`: a file is taken as it is; a folder is searched recursively in
/// name order for `.toml`, `.csv`, `.tsv`, `.tab`, `.zip`, `.jsonl` and `.txt` files, and `.md`
/// files that open with `+++` front matter (hidden entries skipped). A named file of another
/// kind, or a path that does not exist, is a problem.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Diagnostics> {
    let mut files = Vec::new();
    let mut diags = Diagnostics::default();
    for path in paths {
        let shown = path.display().to_string();
        match std::fs::metadata(path) {
            Err(e) => diags.push(Diagnostic::new(
                shown,
                None,
                None,
                format!("cannot read: {e}"),
            )),
            Ok(m) if m.is_dir() => {
                if let Err(e) = walk(path, &mut files) {
                    diags.push(Diagnostic::new(
                        shown,
                        None,
                        None,
                        format!("cannot list: {e}"),
                    ));
                }
            }
            Ok(_) => {
                if FileKind::of(path).is_some() {
                    files.push(path.clone());
                } else {
                    diags.push(Diagnostic::new(
                        shown,
                        None,
                        None,
                        "unsupported file type; casus reads .toml, .csv, .tsv, .tab, .zip and .jsonl \
                         files",
                    ));
                }
            }
        }
    }
    diags.into_result().map(|()| files)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    entries.sort();
    for path in entries {
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, files)?;
        } else if FileKind::of(&path) == Some(FileKind::Article) {
            // In a folder, a .txt file is an article; a .md file only when it opens with front
            // matter (+++), so that a folder's README.md is not read as news.
            let is_md = path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("md"));
            if !is_md || starts_with_front_matter(&path) {
                files.push(path);
            }
        } else if FileKind::of(&path).is_some() {
            files.push(path);
        }
    }
    Ok(())
}

fn starts_with_front_matter(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 4];
    std::fs::File::open(path)
        .and_then(|mut f| f.read(&mut head))
        .is_ok_and(|n| n >= 3 && &head[..3] == b"+++")
}

/// Reads a file as UTF-8; invalid UTF-8 is a problem naming the line and byte offset.
pub fn read_text(path: &Path) -> Result<String, Diagnostic> {
    let shown = path.display().to_string();
    String::from_utf8(read_bytes(path)?).map_err(|e| {
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
    let mut files = discover(paths)?;
    if let Some(exclude) = exclude.and_then(|e| e.canonicalize().ok()) {
        let named: Vec<&PathBuf> = paths.iter().filter(|p| p.is_file()).collect();
        files.retain(|f| {
            named.contains(&f) || !f.canonicalize().is_ok_and(|c| c.starts_with(&exclude))
        });
    }
    for f in actor_files {
        if !files.contains(f) {
            files.push(f.clone());
        }
    }
    let mut inputs = Inputs::default();
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
                match read_bytes(path) {
                    Ok(bytes) => curated_csv::parse(&bytes, &shown),
                    Err(d) => {
                        inputs.problems.push(d);
                        continue;
                    }
                }
            }
            // JSON Lines are read line by line, so that invalid UTF-8 is reported with its line.
            Some(FileKind::Jsonl) => match read_bytes(path) {
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
        inputs.events.extend(parsed.events);
        inputs.unchecked_names.extend(parsed.unchecked_names);
        inputs.problems.0.extend(parsed.problems.0);
    }
    inputs.files = files;
    Ok(inputs)
}
