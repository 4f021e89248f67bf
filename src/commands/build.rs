//! `casus build`: load, normalise, build the graph and write every export into the output
//! folder.

use std::path::{Path, PathBuf};

use anyhow::Context;

use super::*;
use crate::cli::{BuildArgs, Top};
use crate::export::{self, Exporter, Streamed, timeline};
use crate::graph::ActorGraph;
use crate::ingest;
use crate::model::{ActorId, ActorRegistry};

pub(super) fn build(args: BuildArgs) -> anyhow::Result<()> {
    let delimiter = delimiter(&args.delimiter)?;
    let export_options = export::ExportOptions {
        timeline: timeline::TimelineOptions {
            formula_guard: !args.no_formula_guard,
            bom: args.excel,
            delimiter,
        },
        ..export::ExportOptions::default()
    };
    let rejects = args.out.join(REJECTS_FILE);
    if args.skip_bad {
        std::fs::create_dir_all(&args.out)
            .with_context(|| format!("could not create folder {}", args.out.display()))?;
    }
    let exporters: Vec<Box<dyn Exporter>> = export::exporters(&args.formats, &export_options);
    // Events beyond --memory are spilled only when every format can be written from them
    // streamed in timeline order.
    let streams: Option<Vec<Streamed>> = exporters.iter().map(|e| e.streamed()).collect();
    let data = DatasetArgs {
        forced: args.input_format,
        filter: Some(&args.filter),
        stream: ingest::dataset::StreamOptions {
            skip_bad: args.skip_bad,
            rejects: args.skip_bad.then_some(rejects.clone()),
            progress: true,
            count_only: false,
            memory: streams.as_ref().map(|_| args.memory),
        },
    };
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
    if let (Some(runs), Some(streams)) = (loaded.runs.take(), &streams) {
        return super::streamed::build_streamed(&args, &exporters, streams, loaded, &runs);
    }
    if streams.is_none() {
        let held: u64 = loaded.events.iter().map(crate::store::held_bytes).sum();
        if held > args.memory {
            let whole: Vec<&str> = exporters
                .iter()
                .filter(|e| e.streamed().is_none())
                .map(|e| e.file_name())
                .collect();
            eprintln!(
                "casus: the events take about {} MiB, more than --memory {} MiB, but {} \
                 need{} every event at once: only timeline, dot, jsonl and dyads are written within \
                 the budget",
                held >> 20,
                args.memory >> 20,
                whole.join(", "),
                if whole.len() == 1 { "s" } else { "" },
            );
        }
    }
    let graph = ActorGraph::build(loaded.events, &loaded.filter);
    let view = diagram_view(&args, &exporters, &graph, &mut loaded.registry);
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("could not create folder {}", args.out.display()))?;
    mark_output_folder(&args.out)?;
    let written = write_exports(
        &exporters,
        &graph,
        view.as_ref(),
        &loaded.registry,
        &args.out,
    )?;
    for note in exporters.iter().flat_map(|e| e.notes()) {
        eprintln!("casus: {note}");
    }
    let made = Made {
        events: graph.events().len(),
        actors: graph.actors().count(),
        dates: graph.date_range(),
    };
    close(
        &args,
        &loaded.registry,
        loaded.tally.as_ref(),
        &loaded.run_actors,
        written,
        &made,
    )?;
    // The process ends here: freeing millions of events one by one would only cost time (a
    // tenth of a second per million), the operating system takes the memory back at once.
    std::mem::forget(graph);
    std::mem::forget(view);
    std::mem::forget(loaded.registry);
    Ok(())
}

/// The number of actors the diagrams keep (`--top`, by default [`export::dot::DEFAULT_TOP`])
/// and the files of the diagrams; `None` when no diagram is written or `--top all` asks for
/// every actor.
pub(super) fn top_of<'e>(
    args: &BuildArgs,
    exporters: &'e [Box<dyn Exporter>],
) -> Option<(usize, Vec<&'e str>)> {
    let diagrams: Vec<&str> = exporters
        .iter()
        .filter(|e| e.diagram())
        .map(|e| e.file_name())
        .collect();
    let n = match args.top {
        Some(Top::All) => return None,
        Some(Top::Actors(n)) => n,
        None => export::dot::DEFAULT_TOP,
    };
    (!diagrams.is_empty()).then_some((n, diagrams))
}

/// An id for the node of the merged actors that no actor of `registry` has.
pub(super) fn other_id(registry: &ActorRegistry) -> ActorId {
    let mut id = "other-actors".to_string();
    while registry.get(&id).is_some() {
        id.insert(0, '_');
    }
    ActorId::from(id.as_str())
}

/// Puts the node of the `merged` actors into the registry, and says on standard error what the
/// diagrams keep of the `actors`.
pub(super) fn merged_node(
    args: &BuildArgs,
    diagrams: &[&str],
    n: usize,
    other: &ActorId,
    merged: usize,
    actors: usize,
    registry: &mut ActorRegistry,
) {
    registry.insert(crate::model::Actor::new(
        other,
        &format!("{merged} other actors"),
        crate::model::ActorKind::Other,
    ));
    let why = match args.top {
        Some(_) => format!("as --top {n} asks"),
        None => "--top N or --top all changes it".to_string(),
    };
    let other = if merged == 1 {
        "the other is one node".to_string()
    } else {
        format!("the other {merged} are one node")
    };
    eprintln!(
        "casus: {} {} the {n} busiest of {actors} actors ({other}); {why}",
        diagrams.join(" and "),
        if diagrams.len() == 1 { "keeps" } else { "keep" },
    );
}

/// The view of the busiest actors the diagrams draw (see [`top_of`]), when the graph has more
/// actors than that; says so on standard error. The merged actors' node goes into the
/// registry, under an id no actor has.
fn diagram_view(
    args: &BuildArgs,
    exporters: &[Box<dyn Exporter>],
    graph: &ActorGraph,
    registry: &mut ActorRegistry,
) -> Option<ActorGraph> {
    let (n, diagrams) = top_of(args, exporters)?;
    let other = other_id(registry);
    let view = graph.top(n, &other)?;
    let merged = view.merged().map_or(0, |m| m.count);
    let actors = graph.actors().count();
    merged_node(args, &diagrams, n, &other, merged, actors, registry);
    Some(view)
}

/// What a build made: the events kept, the actors that take part in them, and the first and
/// last day of their dates.
pub(super) struct Made {
    pub(super) events: usize,
    pub(super) actors: usize,
    pub(super) dates: Option<(chrono::NaiveDate, chrono::NaiveDate)>,
}

/// The end of a build, in memory or streamed: `rejects.csv` named among the files `written`
/// when rows were read with `--skip-bad`, the actors the datasets made written beside them, and
/// the closing line on standard error.
pub(super) fn close(
    args: &BuildArgs,
    registry: &ActorRegistry,
    datasets: Option<&ingest::dataset::Tally>,
    run_actors: &[ActorId],
    mut written: Vec<String>,
    made: &Made,
) -> anyhow::Result<()> {
    if args.skip_bad && datasets.is_some() {
        written.push(args.out.join(REJECTS_FILE).display().to_string());
    }
    if !run_actors.is_empty() {
        // The actors the datasets made, so that the timeline reads back (docs/importers.md).
        let path = args.out.join(ingest::dataset::RUN_ACTORS_FILE);
        let text = ingest::dataset::actor_file(registry, run_actors);
        std::fs::write(&path, text)
            .with_context(|| format!("could not write {}", path.display()))?;
        written.push(path.display().to_string());
    }
    let range = match made.dates {
        Some((a, b)) => format!("{a} to {b}"),
        None => "no dates".to_string(),
    };
    eprintln!(
        "casus: {} events, {} actors, {range}; wrote {}",
        made.events,
        made.actors,
        written.join(", ")
    );
    Ok(())
}

/// The file `--skip-bad` writes the rejected rows into, in the output folder.
const REJECTS_FILE: &str = "rejects.csv";

/// Writes every exporter's file into `dir`, as many at once as there are cores (each exporter
/// writes its own file, so the files are those of one thread); the diagrams get `diagram`, the
/// view of the busiest actors, when there is one. The paths written, in the exporters' order,
/// or the first error in that order.
pub(super) fn write_exports(
    exporters: &[Box<dyn Exporter>],
    graph: &ActorGraph,
    diagram: Option<&ActorGraph>,
    registry: &ActorRegistry,
    dir: &Path,
) -> anyhow::Result<Vec<String>> {
    let write = |exporter: &dyn Exporter| -> anyhow::Result<String> {
        let path = dir.join(exporter.file_name());
        let graph = match diagram {
            Some(view) if exporter.diagram() => view,
            _ => graph,
        };
        exporter
            .write_to(graph, registry, &path)
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
