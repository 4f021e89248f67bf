//! The commands behind the CLI: each turns the parsed arguments into a validated configuration
//! and calls the library stages in order (ingest, normalise, graph, export). Here: dispatch,
//! exit codes and small helpers; `build.rs`, `validate.rs`, `load.rs` (the inputs both read),
//! `reference.rs` (`codebook`, `actors`), `text.rs` (`extract`, `timex`, `parse`) and
//! `stream.rs` (`extract --stream`).

use std::io;

use crate::cli::{Cli, Command};

mod build;
mod load;
mod reference;
mod stream;
mod streamed;
mod text;
mod validate;

use build::build;
use load::*;
use reference::{actors, codebook};
use text::{extract, parse, timex};
use validate::validate;

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

/// The first `n` items joined with ", ", and how many more there are.
pub(super) fn list_some(items: &[String], n: usize) -> String {
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

/// A `YYYY-MM-DD` flag value; anything else is a usage error naming the flag.
pub(super) fn iso_day(flag: &str, value: &str) -> Result<chrono::NaiveDate, UsageError> {
    chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .map_err(|_| UsageError(format!("--{flag} '{value}': expected YYYY-MM-DD")))
}

pub(super) fn delimiter(text: &str) -> Result<u8, UsageError> {
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
