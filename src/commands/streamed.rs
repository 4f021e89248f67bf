//! `casus build` beyond `--memory`: the dataset events spilled in sorted runs
//! ([`crate::store`]) merged back with the events held, and timeline.csv, events.jsonl,
//! dyads.csv and actors.dot written from the stream, byte for byte as a build in memory writes
//! them.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;

use super::build::{Made, close, merged_node, other_id, top_of};
use super::*;
use crate::cli::BuildArgs;
use crate::export::{self, Exporter, Streamed, timeline};
use crate::graph::{ActorCounts, DyadTally};
use crate::model::{ActorId, Event};

/// One file a streaming build writes as the events pass.
enum Sink<'r> {
    Timeline(Box<timeline::Rows<'r, std::io::BufWriter<std::fs::File>>>),
    Jsonl(std::io::BufWriter<std::fs::File>),
    /// `dyads.csv`'s rows, written at the end; whether names are guarded.
    Dyads(export::dyads::DyadRows, bool),
}

/// `casus build` beyond `--memory`: the events spilled in `runs` and those held in `loaded`
/// are merged in timeline order and written as they pass (timeline.csv, events.jsonl), counting
/// the actors and summing up the dyads of actors.dot; when the diagram keeps only the busiest
/// actors, the dyads of that view are summed up again from the tally's log of the dyad events
/// (16 bytes each, in a temporary file). The files are those of a build in memory.
pub(super) fn build_streamed(
    args: &BuildArgs,
    exporters: &[Box<dyn Exporter>],
    streams: &[Streamed],
    loaded: Loaded,
    runs: &crate::store::Runs,
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
            Streamed::Dyads(guard) => {
                sinks.push((path, Sink::Dyads(Default::default(), *guard)));
            }
            Streamed::Dot(options) => dot = Some((path, options.clone())),
        }
    }
    // Pass one: the event files, the actors, the dates and every dyad. The rows are written
    // by a second thread (when there are two), in batches, as the merge hands them over.
    let mut counts = ActorCounts::default();
    // When the diagram may keep only the busiest actors, the tally logs its events to sum up
    // the dyads of that view once the ranking is known.
    let mut dyads = if dot.is_some() && top_of(args, exporters).is_some() {
        DyadTally::logged().context("could not make a temporary file for the diagram's dyads")?
    } else {
        DyadTally::default()
    };
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
                Sink::Dyads(rows, _) => {
                    rows.add(e);
                    Ok(())
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
        // The timeline remembers actors by the address of their ids (`timeline::Rows::push`):
        // the events held keep theirs, and the merge keeps one id per actor of the events it
        // reads until it returns, after which it makes no more; so no address is reused for
        // another actor while the writer runs.
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
            let merged = runs.merge_items(&memory, |item| {
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
    let mut notes = Vec::new();
    for (path, sink) in sinks {
        let done = match sink {
            Sink::Timeline(rows) => rows.finish().and_then(|mut out| out.flush()),
            Sink::Jsonl(mut out) => out.flush(),
            Sink::Dyads(rows, guard) => {
                let mut out = create(&path)?;
                rows.write(&registry, guard, &mut out).and_then(|summary| {
                    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
                    if let Some(note) = summary.note(name.as_deref().unwrap_or("dyads.csv")) {
                        notes.push(note);
                    }
                    out.flush()
                })
            }
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
                merged_node(
                    args,
                    &diagrams,
                    n,
                    &other,
                    merged,
                    counts.len(),
                    &mut registry,
                );
                // The dyads of the view, summed in timeline order from the tally's log, as
                // the view of a graph in memory sums them.
                let node = |a: &ActorId| {
                    if top.contains(a) {
                        a.clone()
                    } else {
                        other.clone()
                    }
                };
                let view = dyads
                    .view(node)
                    .context("could not read back the diagram's dyads")?;
                let nodes: std::collections::BTreeSet<ActorId> =
                    counts.actors().map(node).collect();
                (nodes.into_iter().collect(), view)
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
    for note in notes {
        eprintln!("casus: {note}");
    }
    // In the exporters' order, as a build in memory lists them.
    let order = |p: &PathBuf| exporters.iter().position(|e| &path_of(e.as_ref()) == p);
    written.sort_by_key(|(p, _)| order(p));
    let made = Made {
        events: kept,
        actors: counts.len(),
        dates,
    };
    let written = written.into_iter().map(|(_, s)| s).collect();
    close(args, &registry, tally.as_ref(), &run_actors, written, &made)?;
    std::mem::forget(memory);
    std::mem::forget(registry);
    Ok(())
}
