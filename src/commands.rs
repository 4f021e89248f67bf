//! The commands behind the CLI: each turns the parsed arguments into a validated configuration
//! and calls the library stages in order (ingest, normalise, graph, export).

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::cli::{
    ActorsArgs, BuildArgs, Cli, CodebookArgs, Command, FilterArgs, InputArgs, ValidateArgs,
};
use crate::export::{self, Exporter, timeline};
use crate::graph::{ActorGraph, Filter};
use crate::model::actor_file::parse_kind;
use crate::model::{ActorOrigin, ActorRegistry, Codebook, DateSpan, Event, builtin};
use crate::{ingest, normalize};

/// Runs a parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    crate::threads_setting().map_err(UsageError)?;
    match cli.command {
        Command::Build(args) => build(args),
        Command::Validate(args) => validate(args),
        Command::Codebook(args) => codebook(args),
        Command::Actors(args) => actors(args),
        Command::Extract(args) => extract(args),
        Command::Timex(args) => timex(args),
        Command::Parse(args) => parse(args),
    }
}

/// Whether the error is a closed output pipe (`casus ... | head`), which is not a failure.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    let broken = |io: &io::Error| io.kind() == io::ErrorKind::BrokenPipe;
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>().is_some_and(broken)
            || c.downcast_ref::<csv::Error>()
                .is_some_and(|e| matches!(e.kind(), csv::ErrorKind::Io(io) if broken(io)))
    })
}

/// The exit code for an error: 2 for a usage error, 1 for everything else.
pub fn exit_code(e: &anyhow::Error) -> u8 {
    if e.chain().any(|c| c.downcast_ref::<UsageError>().is_some()) {
        2
    } else {
        1
    }
}

/// A command-line value that clap accepted but casus cannot use (a bad `--from` date, say).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// The events and registry of a run, read and resolved.
struct Loaded {
    registry: ActorRegistry,
    events: Vec<Event>,
    files: usize,
    /// The filter of the run (its `--actor` set grown by the run-local actors of datasets).
    filter: Filter,
    /// What became of the dataset rows, when datasets were read.
    tally: Option<ingest::dataset::Tally>,
    /// The run-local actors the datasets made.
    run_actors: Vec<crate::model::ActorId>,
}

/// How a run reads datasets: the forced input format, the filter flags applied while reading,
/// what to do with bad rows.
#[derive(Default)]
struct DatasetArgs<'a> {
    forced: Option<ingest::dataset::InputFormat>,
    filter: Option<&'a FilterArgs>,
    stream: ingest::dataset::StreamOptions,
}

/// Reads the curated and actor files, builds the registry, resolves the curated events, and
/// then streams the dataset files through the registry and the filter.
fn load_with(
    input: &InputArgs,
    exclude: Option<&Path>,
    outputs: &[PathBuf],
    data: &DatasetArgs<'_>,
) -> anyhow::Result<Loaded> {
    if let Some(out) = exclude.and_then(ingest::FileKey::at) {
        for p in &input.paths {
            if p.is_dir() && ingest::FileKey::at(p).as_ref() == Some(&out) {
                return Err(UsageError(format!(
                    "{}: this input folder is also the output folder (--out); casus would read \
                     back what it writes and write over what it reads: choose another --out",
                    p.display()
                ))
                .into());
            }
        }
    }
    let inputs = ingest::read_inputs_as(&input.paths, &input.actor_files, exclude, data.forced)?;
    check_outputs(outputs, &inputs.files)?;
    report_skipped(&inputs.skipped);
    let files = inputs.files.len();
    let datasets = inputs.datasets;
    let mut problems = inputs.problems;
    // The Phoenix actors are merged in only when a name of the inputs (or of `--actor`) is
    // unknown to casus's own registry and the user's files: most runs do without the cost.
    let casus_only = normalize::registry(
        inputs.actors.clone(),
        &inputs.petrarch_actors,
        builtin::registry(),
    );
    let phoenix = match &casus_only {
        Ok(r) => {
            let mut names = inputs
                .events
                .iter()
                .flat_map(|e| e.source.iter().chain(&e.targets))
                .map(|n| n.name.as_str())
                .chain(
                    inputs
                        .unchecked_names
                        .iter()
                        .map(|(_, n, _)| n.name.as_str()),
                )
                .chain(
                    data.filter
                        .into_iter()
                        .flat_map(|f| f.actors.iter().map(String::as_str)),
                );
            names.any(|n| normalize::is_unknown(r, n))
        }
        Err(_) => false,
    };
    // Articles' mentions are casus's own names and the user's; the coder over the parse finds
    // the Phoenix ones in verbs' arguments (docs/dictionaries.md).
    let (merged, casus_only) = if phoenix {
        let merged = normalize::registry(
            inputs.actors,
            &inputs.petrarch_actors,
            normalize::base_registry(true),
        );
        (merged, casus_only.ok())
    } else {
        (casus_only, None)
    };
    let mut registry = match merged {
        Ok(r) => r,
        Err(d) => {
            // Names cannot be checked against a broken registry: report what is known.
            problems.0.extend(d.0);
            return Err(problems.into_result().unwrap_err().into());
        }
    };
    let carried = normalize::add_carried(&mut registry, &inputs.carried);
    if !carried.is_empty() {
        eprintln!(
            "casus: {} actor{} not in the actor files taken from the files casus wrote: {}",
            carried.len(),
            if carried.len() == 1 { "" } else { "s" },
            list_some(&carried, 10)
        );
    }
    problems
        .0
        .extend(normalize::check_names(&inputs.unchecked_names, &registry).0);
    let events = match normalize::resolve(inputs.events, &registry) {
        Ok(events) => events,
        Err(d) => {
            problems.0.extend(d.0);
            Vec::new()
        }
    };
    for w in &inputs.warnings {
        eprintln!("{w}");
    }
    // Articles: events extracted through the complete registry, merged with the curated
    // events that describe the same happenings.
    let mut lexicon = crate::extract::Lexicon::builtin();
    if let Some(path) = &input.verbs {
        match crate::dict::VerbDictionary::read(path) {
            Ok(verbs) => lexicon.verbs = Some(std::sync::Arc::new(verbs)),
            Err(d) => problems.0.extend(d.0),
        }
    }
    for file in &input.lexicons {
        match ingest::read_text(file) {
            Ok(text) => {
                if let Err(d) = lexicon.add(&text, &file.display().to_string()) {
                    problems.0.extend(d.0);
                }
            }
            Err(d) => problems.push(d),
        }
    }
    problems.into_result()?;
    let mut events = events;
    if !inputs.articles.is_empty() {
        let names = casus_only.as_ref().unwrap_or(&registry);
        let mut found_actors = Vec::new();
        for article in &inputs.articles {
            let extraction = crate::extract::extract(article, names, &lexicon);
            for w in &extraction.warnings {
                eprintln!("{w}");
            }
            events.extend(extraction.events);
            found_actors.extend(extraction.actors);
        }
        for actor in found_actors {
            if registry.get(&actor.id).is_none() {
                registry.insert(actor);
            }
        }
        let index = crate::extract::mentions::ActorIndex::new(&registry);
        let (merged, n) = normalize::merge::merge_by(events, |id| {
            index.state_of(id).unwrap_or_else(|| id.to_string())
        });
        if n > 0 {
            eprintln!(
                "casus: {n} events from articles merged into events that report the same happening"
            );
        }
        events = merged;
    }
    let no_filter = FilterArgs::default();
    let mut filter = filter(data.filter.unwrap_or(&no_filter), &registry)?;
    let (tally, run_actors) = if datasets.is_empty() {
        (None, Vec::new())
    } else {
        let (tally, created) = ingest::dataset::stream_all(
            &mut registry,
            &mut filter,
            &datasets,
            &mut events,
            data.stream.clone(),
        )?;
        (Some(tally), created)
    };
    Ok(Loaded {
        registry,
        events,
        files,
        filter,
        tally,
        run_actors,
    })
}

/// Refuses to write a file that is also an input of the run (by device and inode, so a link
/// or another spelling of the path is caught too).
fn check_outputs(outputs: &[PathBuf], inputs: &[PathBuf]) -> Result<(), UsageError> {
    // The output files that exist already (none on a first build), then one look at each input.
    let existing: Vec<(ingest::FileKey, &PathBuf)> = outputs
        .iter()
        .filter_map(|o| ingest::FileKey::at(o).map(|k| (k, o)))
        .collect();
    if existing.is_empty() {
        return Ok(());
    }
    for input in inputs {
        let Some(key) = ingest::FileKey::at(input) else {
            continue;
        };
        if let Some((_, out)) = existing.iter().find(|(k, _)| *k == key) {
            return Err(UsageError(format!(
                "{}: casus would write over this file, which is also an input ({}); choose \
                 another --out folder or move the input",
                out.display(),
                input.display()
            )));
        }
    }
    Ok(())
}

/// Leaves [`ingest::OUTPUT_MARKER`] in the output folder, so that a later search of the inputs
/// passes over it.
fn mark_output_folder(out: &Path) -> anyhow::Result<()> {
    let marker = out.join(ingest::OUTPUT_MARKER);
    if !marker.exists() {
        std::fs::write(&marker, ingest::OUTPUT_MARKER_TEXT)
            .with_context(|| format!("could not write {}", marker.display()))?;
    }
    Ok(())
}

/// The first `n` items joined with ", ", and how many more there are.
fn list_some(items: &[String], n: usize) -> String {
    let mut text = items
        .iter()
        .take(n)
        .map(|s| format!("'{}'", crate::diag::shorten(s, 60)))
        .collect::<Vec<_>>()
        .join(", ");
    if items.len() > n {
        text.push_str(&format!(" and {} more", items.len() - n));
    }
    text
}

/// The most skipped paths listed one by one; the rest are counted.
const MAX_SKIPPED_LISTED: usize = 20;

/// Says on stderr which paths were found but not read, and why.
fn report_skipped(skipped: &[ingest::Skipped]) {
    for s in skipped.iter().take(MAX_SKIPPED_LISTED) {
        eprintln!("casus: skipped {s}");
    }
    if skipped.len() > MAX_SKIPPED_LISTED {
        eprintln!(
            "casus: skipped {} more paths",
            skipped.len() - MAX_SKIPPED_LISTED
        );
    }
}

/// Turns the filter flags into a graph filter; bad values are usage errors.
fn filter(args: &FilterArgs, registry: &ActorRegistry) -> Result<Filter, UsageError> {
    let date = |flag: &str, value: &Option<String>| -> Result<Option<DateSpan>, UsageError> {
        value
            .as_deref()
            .map(|v| DateSpan::parse(v).map_err(|e| UsageError(format!("--{flag} '{v}': {e}"))))
            .transpose()
    };
    let from = date("from", &args.from)?;
    let to = date("to", &args.to)?;
    if let (Some(f), Some(t)) = (from.and_then(|f| f.start()), to.and_then(|t| t.end()))
        && f > t
    {
        return Err(UsageError(format!("--from {f} is after --to {t}")));
    }
    let actors = normalize::resolve_names(&args.actors, registry)
        .map_err(|e| UsageError(format!("--actor: {e}")))?;
    let roots = args
        .roots
        .iter()
        .map(|r| parse_root(r).map_err(|e| UsageError(format!("--root: {e}"))))
        .collect::<Result<_, _>>()?;
    let quads = args
        .quads
        .iter()
        .map(|q| match q.trim().parse::<u8>() {
            Ok(n @ 1..=4) => Ok(n),
            _ => Err(UsageError(format!(
                "--quad '{q}': not a quad class (1 verbal cooperation, 2 material cooperation, \
                 3 verbal conflict, 4 material conflict)"
            ))),
        })
        .collect::<Result<_, _>>()?;
    let mut countries = std::collections::BTreeSet::new();
    for c in &args.countries {
        let iso3 = crate::normalize::coded::Coder::new()
            .country(registry, c)
            .ok_or_else(|| {
                UsageError(format!(
                    "--country '{c}': not a country the actor registry knows (give its name or \
                     ISO alpha-3 code; `casus actors --kind state` lists them)"
                ))
            })?;
        countries.insert(iso3.to_string());
    }
    let country_actors = registry
        .iter()
        .filter(|a| {
            a.country.as_ref().is_some_and(|c| countries.contains(c))
                || (a.kind == crate::model::ActorKind::State && countries.contains(&a.code))
        })
        .map(|a| std::sync::Arc::from(a.id.as_str()))
        .collect();
    Ok(Filter {
        from,
        to,
        actors: actors.into_iter().collect(),
        roots,
        quads,
        countries,
        country_actors,
        min_mentions: args.min_mentions,
    })
}

fn parse_root(text: &str) -> Result<u8, String> {
    match text.trim().parse::<u8>() {
        Ok(n @ 1..=20) => Ok(n),
        _ => Err(format!("'{text}' is not a CAMEO root code (01 to 20)")),
    }
}

fn delimiter(text: &str) -> Result<u8, UsageError> {
    match text {
        "\\t" | "\t" | "tab" => Ok(b'\t'),
        t if t.len() == 1 && t.is_ascii() && !matches!(t, "\"" | "\n" | "\r") => {
            Ok(t.as_bytes()[0])
        }
        t => Err(UsageError(format!(
            "--delimiter '{t}': give one ASCII character other than a quote or newline, or \\t"
        ))),
    }
}

fn create(path: &Path) -> anyhow::Result<BufWriter<File>> {
    let file =
        File::create(path).with_context(|| format!("could not create {}", path.display()))?;
    Ok(BufWriter::with_capacity(1 << 16, file))
}

fn build(args: BuildArgs) -> anyhow::Result<()> {
    let delimiter = delimiter(&args.delimiter)?;
    let export_options = export::ExportOptions {
        timeline: timeline::TimelineOptions {
            formula_guard: !args.no_formula_guard,
            bom: args.excel,
            delimiter,
        },
        ..export::ExportOptions::default()
    };
    let rejects = args.out.join("rejects.csv");
    if args.skip_bad {
        std::fs::create_dir_all(&args.out)
            .with_context(|| format!("could not create folder {}", args.out.display()))?;
    }
    let data = DatasetArgs {
        forced: args.input_format,
        filter: Some(&args.filter),
        stream: ingest::dataset::StreamOptions {
            skip_bad: args.skip_bad,
            rejects: args.skip_bad.then_some(rejects.clone()),
            progress: true,
            count_only: false,
        },
    };
    let exporters: Vec<Box<dyn Exporter>> = export::exporters(&args.formats, &export_options);
    let mut outputs: Vec<PathBuf> = exporters
        .iter()
        .map(|e| args.out.join(e.file_name()))
        .collect();
    outputs.push(args.out.join(ingest::dataset::RUN_ACTORS_FILE));
    outputs.push(rejects.clone());
    let mut loaded = load_with(&args.input, Some(&args.out), &outputs, &data)?;
    if let Some(tally) = loaded.tally {
        eprintln!("casus: {tally}");
    }
    let mut graph = ActorGraph::build(loaded.events, &loaded.filter);
    if let Some(n) = args.top {
        let mut id = "other-actors".to_string();
        while loaded.registry.get(&id).is_some() {
            id.insert(0, '_');
        }
        let other: crate::model::ActorId = std::sync::Arc::from(id.as_str());
        let merged = graph.keep_top(n, &other);
        if merged > 0 {
            loaded.registry.insert(crate::model::Actor::new(
                &id,
                &format!("{merged} other actors"),
                crate::model::ActorKind::Other,
            ));
        }
    }
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("could not create folder {}", args.out.display()))?;
    mark_output_folder(&args.out)?;
    let mut written = write_exports(&exporters, &graph, &loaded.registry, &args.out)?;
    if args.skip_bad && loaded.tally.is_some() {
        written.push(rejects.display().to_string());
    }
    if !loaded.run_actors.is_empty() {
        // The actors the datasets made, so that the timeline reads back (docs/importers.md).
        let path = args.out.join(ingest::dataset::RUN_ACTORS_FILE);
        let text = ingest::dataset::actor_file(&loaded.registry, &loaded.run_actors);
        std::fs::write(&path, text)
            .with_context(|| format!("could not write {}", path.display()))?;
        written.push(path.display().to_string());
    }
    let range = match graph.date_range() {
        Some((a, b)) => format!("{a} to {b}"),
        None => "no dates".to_string(),
    };
    eprintln!(
        "casus: {} events, {} actors, {range}; wrote {}",
        graph.events().len(),
        graph.actors().count(),
        written.join(", ")
    );
    // The process ends here: freeing millions of events one by one would only cost time (a
    // tenth of a second per million), the operating system takes the memory back at once.
    std::mem::forget(graph);
    std::mem::forget(loaded.registry);
    Ok(())
}

/// Writes every exporter's file into `dir`, as many at once as there are cores (each exporter
/// writes its own file, so the files are those of one thread); the paths written, in the
/// exporters' order, or the first error in that order.
fn write_exports(
    exporters: &[Box<dyn Exporter>],
    graph: &ActorGraph,
    registry: &ActorRegistry,
    dir: &Path,
) -> anyhow::Result<Vec<String>> {
    let write = |exporter: &dyn Exporter| -> anyhow::Result<String> {
        let path = dir.join(exporter.file_name());
        let mut out = create(&path)?;
        exporter
            .write(graph, registry, &mut out)
            .and_then(|()| out.flush())
            .with_context(|| format!("could not write {}", path.display()))?;
        Ok(path.display().to_string())
    };
    let threads = crate::threads().clamp(1, exporters.len().max(1));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results = std::sync::Mutex::new(
        (0..exporters.len())
            .map(|_| None)
            .collect::<Vec<Option<anyhow::Result<String>>>>(),
    );
    let work = || {
        loop {
            let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some(exporter) = exporters.get(i) else {
                break;
            };
            let result = write(exporter.as_ref());
            if let Ok(mut results) = results.lock() {
                results[i] = Some(result);
            }
        }
    };
    std::thread::scope(|scope| {
        for _ in 1..threads {
            scope.spawn(work);
        }
        work();
    });
    let results = results
        .into_inner()
        .map_err(|_| anyhow::anyhow!("an export thread failed"))?;
    results
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err(anyhow::anyhow!("an export was not written"))))
        .collect()
}

fn validate(args: ValidateArgs) -> anyhow::Result<()> {
    let data = DatasetArgs {
        forced: args.input_format,
        filter: None,
        stream: ingest::dataset::StreamOptions {
            skip_bad: args.skip_bad,
            rejects: args.skip_bad.then(|| args.rejects.clone()),
            progress: true,
            count_only: true,
        },
    };
    let outputs = if args.skip_bad {
        vec![args.rejects.clone()]
    } else {
        Vec::new()
    };
    let loaded = load_with(&args.input, None, &outputs, &data)?;
    let rejected = loaded.tally.map_or(0, |t| t.rejected);
    if let Some(tally) = loaded.tally {
        eprintln!("casus: {tally}");
    }
    if rejected > 0 {
        return Err(crate::diag::Diagnostics(vec![crate::diag::Diagnostic::new(
            args.rejects.display().to_string(),
            None,
            None,
            format!(
                "{rejected} bad row{} written here, each with its file, line, column and reason",
                if rejected == 1 { "" } else { "s" }
            ),
        )])
        .into());
    }
    println!(
        "ok: {} events in {} files, {} actors known; no problems found",
        // The dataset events were counted, not kept.
        loaded.events.len() as u64 + loaded.tally.map_or(0, |t| t.kept),
        loaded.files,
        loaded.registry.len()
    );
    Ok(())
}

fn codebook(args: CodebookArgs) -> anyhow::Result<()> {
    let roots: Vec<u8> = args
        .roots
        .iter()
        .map(|r| parse_root(r).map_err(|e| UsageError(format!("--root: {e}"))))
        .collect::<Result<_, _>>()?;
    let stdout = io::stdout().lock();
    let mut w = csv::Writer::from_writer(BufWriter::new(stdout));
    w.write_record(crate::model::codebook::COLUMNS)?;
    for t in Codebook::get().iter() {
        if !roots.is_empty() && !roots.contains(&t.root_number()) {
            continue;
        }
        w.write_record([
            t.code.as_str(),
            &t.name,
            &t.root,
            &t.goldstein.to_string(),
            &t.quad_class.number().to_string(),
            t.plover.as_deref().unwrap_or(""),
            t.plover_mode.as_deref().unwrap_or(""),
            t.plover_context.as_deref().unwrap_or(""),
        ])?;
    }
    w.flush()?;
    Ok(())
}

fn actors(args: ActorsArgs) -> anyhow::Result<()> {
    let kind = match &args.kind {
        Some(k) => Some(parse_kind(k).ok_or_else(|| {
            UsageError(format!(
                "--kind '{k}': expected state, government, military, organisation, armed_group, \
                 person or other"
            ))
        })?),
        None => None,
    };
    let origin = match &args.origin {
        Some(o) => Some(ActorOrigin::parse(o).ok_or_else(|| {
            UsageError(format!(
                "--origin '{o}': expected casus, user, petrarch or phoenix"
            ))
        })?),
        None => None,
    };
    let inputs = ingest::read_inputs(&args.input.paths, &args.input.actor_files, None)?;
    inputs.problems.clone().into_result()?;
    let registry = normalize::registry(
        inputs.actors,
        &inputs.petrarch_actors,
        normalize::base_registry(true),
    )?;
    let stdout = io::stdout().lock();
    let mut w = csv::Writer::from_writer(BufWriter::new(stdout));
    w.write_record([
        "id",
        "name",
        "code",
        "kind",
        "country",
        "parent",
        "aliases",
        "affiliations",
        "origin",
    ])?;
    for a in registry.iter() {
        if kind.is_some_and(|k| k != a.kind) || origin.is_some_and(|o| o != a.origin) {
            continue;
        }
        let names: Vec<&str> = a
            .aliases
            .iter()
            .chain(&a.demonyms)
            .chain(&a.capital)
            .chain(&a.metonyms)
            .chain(&a.dictionary_names)
            .map(String::as_str)
            .collect();
        let affiliations: Vec<String> = a
            .affiliations
            .iter()
            .map(|f| {
                let day = |d: Option<chrono::NaiveDate>| {
                    d.map(|d| d.to_string()).unwrap_or_else(|| "..".into())
                };
                format!("{} ({}, {}/{})", f.actor, f.role, day(f.from), day(f.to))
            })
            .collect();
        w.write_record([
            a.id.as_str(),
            &timeline::guard(&a.name),
            &a.code,
            a.kind.as_str(),
            a.country.as_deref().unwrap_or(""),
            a.parent.as_deref().unwrap_or(""),
            &timeline::guard(&names.join("; ")),
            &affiliations.join("; "),
            a.origin.as_str(),
        ])?;
    }
    w.flush()?;
    Ok(())
}

/// The verb dictionary of a run: the user's `--verbs` file (every problem reported with its file
/// and line), else the shipped one.
fn load_verbs(
    path: &Option<PathBuf>,
) -> Result<std::borrow::Cow<'static, crate::dict::VerbDictionary>, crate::diag::Diagnostics> {
    match path {
        Some(p) => crate::dict::VerbDictionary::read(p).map(std::borrow::Cow::Owned),
        None => Ok(std::borrow::Cow::Borrowed(crate::dict::shipped::verbs())),
    }
}

fn extract(args: crate::cli::ExtractArgs) -> anyhow::Result<()> {
    use crate::ingest::article::{ArticleOverrides, decode, parse_article, read_article};
    let published = args
        .published
        .as_deref()
        .map(|p| iso_day("published", p))
        .transpose()?;
    let overrides = ArticleOverrides {
        published,
        outlet: args.outlet.clone(),
        url: args.url.clone(),
    };
    let inputs = ingest::read_inputs(&[], &args.actor_files, None)?;
    inputs.problems.clone().into_result()?;
    // Mentions are casus's own names (and the user's); the coder over the parse finds the
    // Phoenix names and agents in a verb's arguments, and the actors it names join the
    // registry below (docs/extraction.md).
    let mut registry =
        normalize::registry(inputs.actors, &inputs.petrarch_actors, builtin::registry())?;
    // The verb dictionary codes the verbs the lexicon lacks (docs/extraction.md): the user's
    // `--verbs` file, else the shipped one, which the coder reads on first use.
    let mut lexicon = crate::extract::Lexicon::builtin();
    if args.explain || args.verbs.is_some() {
        let verbs = load_verbs(&args.verbs)?;
        let c = verbs.counts();
        if args.explain {
            eprintln!(
                "verb dictionary: {} ({} verbs, {} patterns, {} synonym sets)",
                args.verbs
                    .as_ref()
                    .map_or("shipped CAMEO.2.0.txt".to_string(), |p| p
                        .display()
                        .to_string()),
                c.verbs,
                c.patterns,
                c.synsets
            );
        }
        if args.verbs.is_some() {
            lexicon.verbs = Some(std::sync::Arc::new(verbs.into_owned()));
        }
    }
    for file in &args.lexicons {
        let text = ingest::read_text(file).map_err(crate::diag::Diagnostics::from_one)?;
        lexicon.add(&text, &file.display().to_string())?;
    }
    let mut events = Vec::new();
    let mut warnings = Vec::new();
    for file in &args.files {
        let article = if file.as_os_str() == "-" {
            let text = decode(&read_stdin()?, "<stdin>", &mut warnings);
            parse_article(&text, "<stdin>", &overrides)
        } else {
            ingest::require_regular_file(file)
                .and_then(|()| read_article(file, &overrides, &mut warnings))
        }
        .map_err(crate::diag::Diagnostics::from_one)?;
        let extraction = crate::extract::extract_with(&article, &registry, &lexicon, args.explain);
        if args.explain {
            eprint!("{}", extraction.explain);
        }
        warnings.extend(extraction.warnings);
        events.extend(extraction.events);
        for actor in extraction.actors {
            if registry.get(&actor.id).is_none() {
                registry.insert(actor);
            }
        }
    }
    for w in &warnings {
        eprintln!("{w}");
    }
    let (mut events, _) = normalize::merge::merge(events);
    events.sort_by(Event::timeline_cmp);
    let stdout = io::stdout().lock();
    let mut out = BufWriter::new(stdout);
    match args.format.as_str() {
        "jsonl" => crate::export::jsonl::write_events(&events, &registry, &mut out)?,
        _ => timeline::write_events(
            &events,
            &registry,
            &timeline::TimelineOptions::default(),
            &mut out,
        )?,
    }
    out.flush()?;
    Ok(())
}

fn timex(args: crate::cli::TimexArgs) -> anyhow::Result<()> {
    let anchor = iso_day("anchor", &args.anchor)?;
    let (bytes, shown) = read_file_or_stdin(args.file.as_deref())?;
    let mut warnings = Vec::new();
    let text = crate::ingest::article::decode(&bytes, &shown, &mut warnings);
    for w in &warnings {
        eprintln!("{w}");
    }
    let stdout = io::stdout().lock();
    let mut out = BufWriter::new(stdout);
    crate::timex::write_csv(&text, anchor, args.lines, &mut out)?;
    out.flush()?;
    Ok(())
}

/// `casus parse`: CoNLL-U of a text, one sentence at a time.
fn parse(args: crate::cli::ParseArgs) -> anyhow::Result<()> {
    let (bytes, shown) = read_file_or_stdin(args.file.as_deref())?;
    // Valid UTF-8 (the usual case) is used in place, so a large text is held once.
    let text = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let mut warnings = Vec::new();
            let text = crate::ingest::article::decode(e.as_bytes(), &shown, &mut warnings);
            for w in &warnings {
                eprintln!("{w}");
            }
            text
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let model = crate::syntax::model();
    let stdout = io::stdout().lock();
    let mut out = crate::syntax::conllu::Writer::new(BufWriter::new(stdout));
    for (n, s) in crate::syntax::sentences_with(model, text).enumerate() {
        out.write(text, &(n + 1).to_string(), &s)?;
    }
    out.finish()?;
    Ok(())
}

/// The bytes of a command's one input file, or of standard input when it is absent or `-`, and
/// the name to show for it in messages.
fn read_file_or_stdin(file: Option<&std::path::Path>) -> anyhow::Result<(Vec<u8>, String)> {
    match file.filter(|p| p.as_os_str() != "-") {
        None => Ok((read_stdin()?, "<stdin>".to_string())),
        Some(p) => {
            crate::ingest::require_regular_file(p).map_err(|d| anyhow::anyhow!("{d}"))?;
            let bytes =
                std::fs::read(p).with_context(|| format!("could not read {}", p.display()))?;
            Ok((bytes, p.display().to_string()))
        }
    }
}

/// All of standard input.
fn read_stdin() -> anyhow::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut io::stdin().lock(), &mut bytes)
        .context("could not read standard input")?;
    Ok(bytes)
}

/// A `YYYY-MM-DD` flag value; anything else is a usage error naming the flag.
fn iso_day(flag: &str, value: &str) -> Result<chrono::NaiveDate, UsageError> {
    chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .map_err(|_| UsageError(format!("--{flag} '{value}': expected YYYY-MM-DD")))
}
