//! Reading a run's inputs for `build` and `validate`: the input files found and checked against
//! the outputs, curated and article events resolved, datasets streamed, the filter flags made into
//! a `Filter`.

use std::path::{Path, PathBuf};

use anyhow::Context;

use super::*;
use crate::cli::{FilterArgs, InputArgs};
use crate::graph::Filter;
use crate::model::{ActorRegistry, DateSpan, Event, builtin};
use crate::{ingest, normalize};

/// The events and registry of a run, read and resolved.
pub(super) struct Loaded {
    pub(super) registry: ActorRegistry,
    pub(super) events: Vec<Event>,
    pub(super) files: usize,
    /// The filter of the run (its `--actor` set grown by the run-local actors of datasets).
    pub(super) filter: Filter,
    /// What became of the dataset rows, when datasets were read.
    pub(super) tally: Option<ingest::dataset::Tally>,
    /// The run-local actors the datasets made.
    pub(super) run_actors: Vec<crate::model::ActorId>,
    /// The dataset events spilled beyond `--memory` (the rest are in `events`).
    pub(super) runs: Option<crate::store::Runs>,
}

/// How a run reads datasets: the forced input format, the filter flags applied while reading,
/// what to do with bad rows.
#[derive(Default)]
pub(super) struct DatasetArgs<'a> {
    pub(super) forced: Option<ingest::dataset::InputFormat>,
    pub(super) filter: Option<&'a FilterArgs>,
    pub(super) stream: ingest::dataset::StreamOptions,
}

/// Reads the curated and actor files, builds the registry, resolves the curated events, and
/// then streams the dataset files through the registry and the filter.
pub(super) fn load_with(
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
    let (tally, run_actors, runs) = if datasets.is_empty() {
        (None, Vec::new(), None)
    } else {
        let streamed = ingest::dataset::stream_all(
            &mut registry,
            &mut filter,
            &datasets,
            &mut events,
            data.stream.clone(),
        )?;
        (Some(streamed.tally), streamed.created, streamed.runs)
    };
    Ok(Loaded {
        registry,
        events,
        files,
        filter,
        tally,
        run_actors,
        runs,
    })
}

/// Refuses to write a file that is also an input of the run (by device and inode, so a link
/// or another spelling of the path is caught too).
pub(super) fn check_outputs(outputs: &[PathBuf], inputs: &[PathBuf]) -> Result<(), UsageError> {
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
pub(super) fn mark_output_folder(out: &Path) -> anyhow::Result<()> {
    let marker = out.join(ingest::OUTPUT_MARKER);
    if !marker.exists() {
        std::fs::write(&marker, ingest::OUTPUT_MARKER_TEXT)
            .with_context(|| format!("could not write {}", marker.display()))?;
    }
    Ok(())
}

/// The most skipped paths listed one by one; the rest are counted.
pub(super) const MAX_SKIPPED_LISTED: usize = 20;

/// Says on stderr which paths were found but not read, and why.
pub(super) fn report_skipped(skipped: &[ingest::Skipped]) {
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
pub(super) fn filter(args: &FilterArgs, registry: &ActorRegistry) -> Result<Filter, UsageError> {
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
        let iso3 = crate::model::coded::Coder::new()
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

pub(super) fn parse_root(text: &str) -> Result<u8, String> {
    match text.trim().parse::<u8>() {
        Ok(n @ 1..=20) => Ok(n),
        _ => Err(format!("'{text}' is not a CAMEO root code (01 to 20)")),
    }
}
