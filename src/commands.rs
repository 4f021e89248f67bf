//! The commands behind the CLI: each turns the parsed arguments into a validated configuration
//! and calls the library stages in order (ingest, normalise, graph, export).

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use anyhow::Context;

use crate::cli::{ActorsArgs, BuildArgs, Cli, CodebookArgs, Command, FilterArgs, InputArgs};
use crate::export::{self, Exporter, dot, timeline};
use crate::graph::{ActorGraph, Filter};
use crate::model::actor_file::parse_kind;
use crate::model::{ActorRegistry, Codebook, DateSpan, Event, builtin};
use crate::{ingest, normalize};

/// Runs a parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Build(args) => build(args),
        Command::Validate(args) => validate(args),
        Command::Codebook(args) => codebook(args),
        Command::Actors(args) => actors(args),
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
}

fn load(input: &InputArgs, exclude: Option<&Path>) -> anyhow::Result<Loaded> {
    let inputs = ingest::read_inputs(&input.paths, &input.actor_files, exclude)?;
    let files = inputs.files.len();
    let mut problems = inputs.problems;
    let registry = match normalize::registry(inputs.actors, builtin::registry()) {
        Ok(r) => r,
        Err(d) => {
            // Names cannot be checked against a broken registry: report what is known.
            problems.0.extend(d.0);
            return Err(problems.into_result().unwrap_err().into());
        }
    };
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
    problems.into_result()?;
    Ok(Loaded {
        registry,
        events,
        files,
    })
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
    Ok(Filter {
        from,
        to,
        actors: actors.into_iter().collect(),
        roots,
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
    let loaded = load(&args.input, Some(&args.out))?;
    let filter = filter(&args.filter, &loaded.registry)?;
    let graph = ActorGraph::build(loaded.events, &filter);
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("could not create folder {}", args.out.display()))?;
    let exporters: Vec<Box<dyn Exporter>> = vec![
        Box::new(export::Timeline(timeline::TimelineOptions {
            formula_guard: !args.no_formula_guard,
            bom: args.excel,
            delimiter,
        })),
        Box::new(export::Dot(dot::DotOptions::default())),
    ];
    let mut written = Vec::new();
    for exporter in &exporters {
        let path = args.out.join(exporter.file_name());
        let mut out = create(&path)?;
        exporter
            .write(&graph, &loaded.registry, &mut out)
            .and_then(|()| out.flush())
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
    Ok(())
}

fn validate(args: InputArgs) -> anyhow::Result<()> {
    let loaded = load(&args, None)?;
    println!(
        "ok: {} events in {} files, {} actors known; no problems found",
        loaded.events.len(),
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
    w.write_record([
        "code",
        "name",
        "root",
        "goldstein",
        "quad_class",
        "plover_type",
        "plover_mode",
        "plover_context",
    ])?;
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
    let inputs = ingest::read_inputs(&args.input.paths, &args.input.actor_files, None)?;
    inputs.problems.clone().into_result()?;
    let registry = normalize::registry(inputs.actors, builtin::registry())?;
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
    ])?;
    for a in registry.iter() {
        if kind.is_some_and(|k| k != a.kind) {
            continue;
        }
        let names: Vec<&str> = a
            .aliases
            .iter()
            .chain(&a.demonyms)
            .chain(&a.capital)
            .chain(&a.metonyms)
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
        ])?;
    }
    w.flush()?;
    Ok(())
}
