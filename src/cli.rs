//! The command line: commands and their documented flags (clap derive; the doc comments are the
//! help text).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// casus: build a dated graph of actors from curated events, news articles and event datasets,
/// and write it as a timeline and diagrams.
#[derive(Debug, Parser)]
#[command(name = "casus", version, about, long_about = None)]
#[command(
    after_help = "Run 'casus build' in the repository to build the shipped story in events/ \
                        into out/timeline.csv and out/actors.dot."
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read events and write the timeline CSV and the actor diagram (DOT).
    #[command(after_help = "Examples:\n  \
        casus build                         # events/ -> out/timeline.csv, out/actors.dot\n  \
        casus build events/ my-notes.csv --out build/\n  \
        casus build --from 2020-09 --to 2020-10 --actor Russia --root 02 --root 10\n  \
        dot -Tsvg out/actors.dot -o actors.svg")]
    Build(BuildArgs),
    /// Check input files and report every problem, without writing anything.
    #[command(after_help = "Example:\n  casus validate events/ notes.csv")]
    Validate(InputArgs),
    /// Print the CAMEO codebook (code, name, root, Goldstein, quad class, PLOVER) as CSV.
    #[command(after_help = "Example:\n  casus codebook --root 02")]
    Codebook(CodebookArgs),
    /// Print the actor registry (built-in plus actor files found under PATHS) as CSV.
    #[command(after_help = "Example:\n  casus actors events/ --kind person")]
    Actors(ActorsArgs),
}

/// Where events and actors are read from.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Files or folders to read (curated .toml and .csv; folders are searched recursively, in
    /// name order). A TOML file with [[actor]] tables extends the actor registry.
    #[arg(value_name = "PATHS", default_value = "events")]
    pub paths: Vec<PathBuf>,
    /// An extra actor file (TOML [[actor]] tables); repeat for several.
    #[arg(long = "actors", value_name = "FILE")]
    pub actor_files: Vec<PathBuf>,
}

/// Which events to keep.
#[derive(Debug, Args, Default)]
pub struct FilterArgs {
    /// Keep events that may have happened on or after this date (EDTF or ISO: 2020, 2020-09,
    /// 2020-09-27).
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Keep events that may have happened on or before this date (EDTF or ISO).
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Keep events whose source or target is this actor (name, alias or id); repeat for several.
    #[arg(long = "actor", value_name = "NAME")]
    pub actors: Vec<String>,
    /// Keep events of this CAMEO root code (01 to 20); repeat for several.
    #[arg(long = "root", value_name = "CODE")]
    pub roots: Vec<String>,
}

/// Arguments of `casus build`.
#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Inputs.
    #[command(flatten)]
    pub input: InputArgs,
    /// Filters.
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Folder to write timeline.csv and actors.dot into (created if missing).
    #[arg(long, short, value_name = "DIR", default_value = "out")]
    pub out: PathBuf,
    /// Write free text as it is, without guarding cells that start with = + - @ against
    /// spreadsheet formula injection.
    #[arg(long)]
    pub no_formula_guard: bool,
    /// Start timeline.csv with a UTF-8 byte order mark so that Excel reads it as UTF-8.
    #[arg(long)]
    pub excel: bool,
    /// Field delimiter of timeline.csv (one ASCII character; `\t` for tab).
    #[arg(long, value_name = "CHAR", default_value = ",")]
    pub delimiter: String,
}

/// Arguments of `casus codebook`.
#[derive(Debug, Args)]
pub struct CodebookArgs {
    /// Only the codes of this root (01 to 20); repeat for several.
    #[arg(long = "root", value_name = "CODE")]
    pub roots: Vec<String>,
}

/// Arguments of `casus actors`.
#[derive(Debug, Args)]
pub struct ActorsArgs {
    /// Inputs whose actor files extend the registry.
    #[command(flatten)]
    pub input: InputArgs,
    /// Only actors of this kind (state, government, military, organisation, armed_group,
    /// person, other).
    #[arg(long, value_name = "KIND")]
    pub kind: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
