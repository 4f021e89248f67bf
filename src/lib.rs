//! casus: a conflict-event timeline builder. Curated events, news articles and coded event
//! datasets go in; one dated graph of actors, a timeline and diagrams come out.
//!
//! Data flows one way: [`ingest`] reads inputs into the [`model`], [`normalize`] resolves and
//! merges, [`graph`] builds the dated actor graph, [`export`] writes the files.

pub mod cli;
pub mod commands;
pub mod diag;
pub mod export;
pub mod extract;
pub mod graph;
pub mod ingest;
pub mod model;
pub mod normalize;
pub mod timex;
