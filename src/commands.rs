//! The commands behind the CLI: each turns validated arguments into calls on the library.

use crate::cli::Cli;

/// Runs a parsed command line.
pub fn run(_cli: Cli) -> anyhow::Result<()> {
    Ok(())
}

/// Whether the error is a closed output pipe (`casus ... | head`), which is not a failure.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
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
