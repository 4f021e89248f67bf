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
pub mod formats;
pub mod graph;
pub mod ingest;
pub mod model;
pub mod normalize;
pub mod store;
pub mod syntax;
pub mod timex;

/// The value of `CASUS_THREADS`: `Ok(None)` when unset, `Ok(Some(n))` for a positive whole
/// number, else the message that says what is wrong with it.
pub fn threads_setting() -> Result<Option<usize>, String> {
    let Some(value) = std::env::var_os("CASUS_THREADS") else {
        return Ok(None);
    };
    let text = value.to_string_lossy();
    match text.trim().parse::<usize>() {
        Ok(n) if n > 0 => Ok(Some(n)),
        _ => Err(format!(
            "CASUS_THREADS='{}': expected a positive whole number of threads (1 for one \
             thread), or leave it unset to use every core",
            diag::shorten(&text, diag::MAX_QUOTED)
        )),
    }
}

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
