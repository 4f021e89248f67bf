//! `casus build`: load, normalise, build the graph and write every export into the output
//! folder.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;

use super::*;
use crate::cli::{BuildArgs, Top};
use crate::export::{self, Exporter, Streamed, timeline};
use crate::graph::{ActorCounts, ActorGraph, DyadTally};
use crate::ingest;
use crate::model::{ActorId, ActorRegistry, Event};

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
    let rejects = args.out.join("rejects.csv");
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
        return build_streamed(&args, &exporters, streams, loaded, &runs, &rejects);
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
                 need{} every event at once: only timeline, dot and jsonl are written within \
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
    let mut written = write_exports(
        &exporters,
        &graph,
        view.as_ref(),
        &loaded.registry,
        &args.out,
    )?;
    for note in exporters.iter().flat_map(|e| e.notes()) {
        eprintln!("casus: {note}");
    }
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
    std::mem::forget(view);
    std::mem::forget(loaded.registry);
    Ok(())
}

/// The number of actors the diagrams keep (`--top`, by default [`export::dot::DEFAULT_TOP`])
/// and the files of the diagrams; `None` when no diagram is written or `--top all` asks for
/// every actor.
fn top_of<'e>(
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
fn other_id(registry: &ActorRegistry) -> ActorId {
    let mut id = "other-actors".to_string();
    while registry.get(&id).is_some() {
        id.insert(0, '_');
    }
    ActorId::from(id.as_str())
}

/// Puts the node of the `merged` actors into the registry, and says on standard error what the
/// diagrams keep of the `actors`.
fn merged_node(
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

/// One file a streaming build writes as the events pass.
enum Sink<'r> {
    Timeline(Box<timeline::Rows<'r, std::io::BufWriter<std::fs::File>>>),
    Jsonl(std::io::BufWriter<std::fs::File>),
}

/// `casus build` beyond `--memory`: the events spilled in `runs` and those held in `loaded`
/// are merged in timeline order and written as they pass (timeline.csv, events.jsonl), counting
/// the actors and summing up the dyads of actors.dot; when the diagram keeps only the busiest
/// actors, a second merge sums up the dyads of that view. The files are those of a build in
/// memory.
fn build_streamed(
    args: &BuildArgs,
    exporters: &[Box<dyn Exporter>],
    streams: &[Streamed],
    loaded: Loaded,
    runs: &crate::store::Runs,
    rejects: &Path,
) -> anyhow::Result<()> {
    let Loaded {
        mut registry,
        events: mut memory,
        filter,
        tally,
        run_actors,
        ..
    } = loaded;
    crate::model::event::sort_timeline(&mut memory);
    eprintln!(
        "casus: {} events beyond --memory {} MiB were sorted in {} runs on disk, merged back now",
        runs.events(),
        args.memory >> 20,
        runs.len()
    );
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("could not create folder {}", args.out.display()))?;
    mark_output_folder(&args.out)?;
    let path_of = |e: &dyn Exporter| args.out.join(e.file_name());
    let create = |path: &Path| -> anyhow::Result<std::io::BufWriter<std::fs::File>> {
        let file = std::fs::File::create(path)
            .with_context(|| format!("could not write {}", path.display()))?;
        Ok(std::io::BufWriter::with_capacity(1 << 16, file))
    };
    let mut sinks: Vec<(PathBuf, Sink<'_>)> = Vec::new();
    let mut dot = None;
    for (exporter, stream) in exporters.iter().zip(streams) {
        let path = path_of(exporter.as_ref());
        match stream {
            Streamed::Timeline(options) => {
                let rows = timeline::Rows::new(&registry, options, create(&path)?)
                    .with_context(|| format!("could not write {}", path.display()))?;
                sinks.push((path, Sink::Timeline(Box::new(rows))));
            }
            Streamed::Jsonl => {
                let out = create(&path)?;
                sinks.push((path, Sink::Jsonl(out)));
            }
            Streamed::Dot(options) => dot = Some((path, options.clone())),
        }
    }
    // Pass one: the event files, the actors, the dates and every dyad. The rows are written
    // by a second thread (when there are two), in batches, as the merge hands them over.
    let mut counts = ActorCounts::default();
    let mut dyads = DyadTally::default();
    let (mut kept, mut first, mut last) = (0usize, None, None);
    let mut count = |e: &Event| {
        kept += 1;
        counts.add(e);
        if let Some(start) = e.date.start() {
            first = Some(first.map_or(start, |f: chrono::NaiveDate| f.min(start)));
        }
        if let Some(end) = e.date.end() {
            last = Some(last.map_or(end, |l: chrono::NaiveDate| l.max(end)));
        }
        if dot.is_some()
            && let (Some(s), Some(t)) = (&e.source, &e.target)
        {
            dyads.add(s, t, e);
        }
    };
    let registry_ref = &registry;
    let write = move |sinks: &mut [(PathBuf, Sink<'_>)], e: &Event| -> anyhow::Result<()> {
        for (path, sink) in sinks.iter_mut() {
            match sink {
                Sink::Timeline(rows) => rows.push(e),
                Sink::Jsonl(out) => {
                    export::jsonl::write_events(std::slice::from_ref(e), registry_ref, out)
                }
            }
            .with_context(|| format!("could not write {}", path.display()))?;
        }
        Ok(())
    };
    let sinks = if crate::threads() < 2 || sinks.is_empty() {
        runs.merge(&memory, |e: &Event| {
            if filter.matches(e) {
                count(e);
                write(&mut sinks, e)?;
            }
            Ok(())
        })?;
        sinks
    } else {
        const BATCH: usize = 1024;
        std::thread::scope(|scope| -> anyhow::Result<_> {
            let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<crate::store::Item<'_>>>(4);
            let writer = scope.spawn(move || -> anyhow::Result<_> {
                let mut sinks = sinks;
                for batch in rx {
                    for e in &batch {
                        write(&mut sinks, e)?;
                    }
                }
                Ok(sinks)
            });
            let mut batch = Vec::with_capacity(BATCH);
            let merged = runs.merge_items(&memory, false, |item| {
                if filter.matches(&item) {
                    count(&item);
                    batch.push(item);
                    if batch.len() == BATCH {
                        let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                        // A writer that stopped says why when it is joined.
                        tx.send(full)
                            .map_err(|_| anyhow::anyhow!("the writing thread stopped"))?;
                    }
                }
                Ok(())
            });
            if merged.is_ok() && !batch.is_empty() {
                let _ = tx.send(batch);
            }
            drop(tx);
            let sinks = writer
                .join()
                .map_err(|_| anyhow::anyhow!("the writing thread failed"))??;
            merged?;
            Ok(sinks)
        })?
    };
    let mut written: Vec<(PathBuf, String)> = Vec::new();
    for (path, sink) in sinks {
        let done = match sink {
            Sink::Timeline(rows) => rows.finish().and_then(|mut out| out.flush()),
            Sink::Jsonl(mut out) => out.flush(),
        };
        done.with_context(|| format!("could not write {}", path.display()))?;
        written.push((path.clone(), path.display().to_string()));
    }
    let dates = first.zip(last);
    if let Some((path, options)) = dot {
        let view = top_of(args, exporters).and_then(|(n, diagrams)| {
            let other = other_id(&registry);
            let (top, merged) = counts.top(n)?;
            Some((n, diagrams, other, top, merged))
        });
        let (actors, dyads): (Vec<ActorId>, _) = match view {
            None => (counts.actors().cloned().collect(), dyads.finish()),
            Some((n, diagrams, other, top, merged)) => {
                drop(dyads);
                merged_node(
                    args,
                    &diagrams,
                    n,
                    &other,
                    merged,
                    counts.len(),
                    &mut registry,
                );
                // Pass two: the dyads of the view, summed in timeline order as the view of a
                // graph in memory sums them.
                let node = |a: &ActorId| {
                    if top.contains(a) {
                        a.clone()
                    } else {
                        other.clone()
                    }
                };
                let mut view = DyadTally::default();
                runs.merge_light(&memory, |e: &Event| {
                    if filter.matches(e)
                        && let (Some(s), Some(t)) = (&e.source, &e.target)
                    {
                        view.add(&node(s), &node(t), e);
                    }
                    Ok(())
                })?;
                let nodes: std::collections::BTreeSet<ActorId> =
                    counts.actors().map(node).collect();
                (nodes.into_iter().collect(), view.finish())
            }
        };
        let ids: Vec<&str> = actors.iter().map(|a| &**a).collect();
        let drawn = export::dot::Drawn {
            actors: &ids,
            dates,
            dyads,
        };
        export::dot::write_drawn(&drawn, &registry, &options, create(&path)?)
            .with_context(|| format!("could not write {}", path.display()))?;
        written.push((path.clone(), path.display().to_string()));
    }
    // In the exporters' order, as a build in memory lists them.
    let order = |p: &PathBuf| exporters.iter().position(|e| &path_of(e.as_ref()) == p);
    written.sort_by_key(|(p, _)| order(p));
    let mut written: Vec<String> = written.into_iter().map(|(_, s)| s).collect();
    if args.skip_bad && tally.is_some() {
        written.push(rejects.display().to_string());
    }
    if !run_actors.is_empty() {
        let path = args.out.join(ingest::dataset::RUN_ACTORS_FILE);
        let text = ingest::dataset::actor_file(&registry, &run_actors);
        std::fs::write(&path, text)
            .with_context(|| format!("could not write {}", path.display()))?;
        written.push(path.display().to_string());
    }
    let range = match dates {
        Some((a, b)) => format!("{a} to {b}"),
        None => "no dates".to_string(),
    };
    eprintln!(
        "casus: {kept} events, {} actors, {range}; wrote {}",
        counts.len(),
        written.join(", ")
    );
    std::mem::forget(memory);
    std::mem::forget(registry);
    Ok(())
}

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
