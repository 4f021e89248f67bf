//! casus: a conflict-event timeline builder. Curated events, news articles and coded event
//! datasets go in; one dated graph of actors, a timeline and diagrams come out.
//!
//! Data flows one way: [`ingest`] reads inputs into the [`model`], [`normalize`] resolves and
//! merges, [`graph`] builds the dated actor graph, [`export`] writes the files.

pub mod cli;
pub mod commands;
pub mod diag;
pub mod dict;
pub mod export;
pub mod extract;
pub mod fmt;
pub mod graph;
pub mod ingest;
pub mod model;
pub mod normalize;
pub mod syntax;
pub mod timex;

/// How many threads casus may use: `CASUS_THREADS` when it is a positive number, else the
/// cores it may run on. With 1, everything runs on one thread; the output files are the same
/// whatever the number.
pub fn threads() -> usize {
    std::env::var("CASUS_THREADS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}
