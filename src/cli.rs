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
                        into out/timeline.csv and out/actors.dot.\n\n\
                  Environment: CASUS_THREADS=N limits the threads casus uses (default: the \
                        cores); the output is the same for any N."
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
        casus build gdelt/20150218230000.export.CSV.zip --country Syria --top 30\n  \
        casus build acled-2020.csv --input-format acled --skip-bad --quad 4\n  \
        casus build --format report --format gexf   # out/report.html, out/actors.gexf\n  \
        casus build --format all                    # every format; see docs/formats.md\n  \
        dot -Tsvg out/actors.dot -o actors.svg")]
    Build(BuildArgs),
    /// Check input files and report every problem found, each with its file, line and field
    /// (a dataset stops at its first bad row unless --skip-bad lists every one in --rejects);
    /// writes nothing else.
    #[command(after_help = "Examples:\n  \
        casus validate events/ notes.csv\n  \
        casus validate acled-2020.csv --input-format acled --skip-bad --rejects bad.csv\n\n\
        The exit status is 0 when every row is good, 1 when a problem was found.")]
    Validate(ValidateArgs),
    /// Print the CAMEO codebook (code, name, root, Goldstein, quad class, PLOVER) as CSV.
    #[command(after_help = "Example:\n  casus codebook --root 02")]
    Codebook(CodebookArgs),
    /// Print the actor registry (casus's built-in actors, the shipped Phoenix dictionaries' and
    /// the actor files found under PATHS) as CSV, with each actor's origin.
    #[command(after_help = "Examples:\n  casus actors events/ --kind person\n  \
        casus actors --origin phoenix --kind armed_group\n  \
        casus actors --actors my.actors.txt --origin petrarch\n\n\
        casus's own entries win over the Phoenix ones: see docs/dictionaries.md.")]
    Actors(ActorsArgs),
    /// Extract dated events from news articles and print them as timeline CSV or JSON Lines.
    #[command(after_help = "Examples:\n  \
        casus extract article.txt --published 2020-09-29\n  \
        casus extract articles/*.txt --explain 2> why.txt > events.csv\n  \
        casus extract article.txt --actors my.actors.txt --verbs my.verbs.txt\n  \
        casus extract --stream --skip-bad < articles.jsonl > events.jsonl\n\n\
        An article is a UTF-8 text file, optionally with TOML front matter between +++ lines\n\
        (title, outlet, url, published, language). With --stream, one JSON object per line:\n\
        {\"id\": \"a1\", \"text\": \"...\", \"published\": \"2020-09-29\", \"outlet\": \"...\", \"url\": \"...\"}")]
    Extract(ExtractArgs),
    /// Find the temporal expressions of a text and resolve them against an anchor date; print
    /// CSV (line,start,end,text,type,value,edtf).
    #[command(after_help = "Examples:\n  \
        casus timex --anchor 2020-09-29 article.txt\n  \
        echo 'Russia on Tuesday urged Turkey to act' | casus timex --anchor 2020-09-29\n\n\
        start and end are character offsets within the line (end exclusive); line counts from 1.\n\
        See docs/timex.md for the resolution policy.")]
    Timex(TimexArgs),
    /// Split English text into sentences and tokens, tag, lemmatise and parse it; print
    /// CoNLL-U (Universal Dependencies).
    #[command(after_help = "Examples:\n  \
        casus parse article.txt > article.conllu\n  \
        echo 'Russia urged Turkey to help end the fighting.' | casus parse\n\n\
        Each sentence gets '# sent_id' (its number in the text) and '# text'; each token's MISC\n\
        column gives TokenRange=START:END, its character offsets in the input. The model is\n\
        trained on UD English EWT and GUM (CC BY-SA 4.0): see docs/syntax.md.")]
    Parse(ParseArgs),
}

/// Where events and actors are read from.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Files or folders to read (curated .toml and .csv; GDELT, ICEWS, ACLED and UCDP files,
    /// .zip archives too, recognised by their first line; news articles, .txt or .md with +++
    /// front matter or a NAME.meta.json beside them; folders are searched recursively, in name
    /// order, regular files only, passing over casus's output folders). A TOML file with
    /// [[actor]] tables extends the actor registry.
    #[arg(value_name = "PATHS", default_value = "events")]
    pub paths: Vec<PathBuf>,
    /// An extra actor file: casus's TOML ([[actor]] tables) or a PETRARCH actor dictionary
    /// (entries such as `HAMID_KARZAI_` then `[AFGGOV 011222-140929]`), told apart by the first
    /// line; repeat for several. See docs/dictionaries.md.
    #[arg(long = "actors", value_name = "FILE")]
    pub actor_files: Vec<PathBuf>,
    /// An extra event-pattern lexicon for articles (TOML [[pattern]] tables); repeat for
    /// several.
    #[arg(long = "lexicon", value_name = "FILE")]
    pub lexicons: Vec<PathBuf>,
    /// A verb-pattern dictionary in PETRARCH's format (like CAMEO.2.0.txt) to use instead of the
    /// shipped one for the verbs the lexicon lacks; every problem is reported with its line. See
    /// docs/dictionaries.md.
    #[arg(long = "verbs", value_name = "FILE")]
    pub verbs: Option<PathBuf>,
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
    /// Keep events that took place in this country (name or ISO alpha-3 code); repeat for
    /// several. Dataset rows by where they happened (GDELT's ActionGeo, else the actors'
    /// countries); curated events by their actors' countries.
    #[arg(long = "country", value_name = "COUNTRY")]
    pub countries: Vec<String>,
    /// Keep events of this CAMEO quad class (1 verbal cooperation, 2 material cooperation,
    /// 3 verbal conflict, 4 material conflict); repeat for several.
    #[arg(long = "quad", value_name = "N")]
    pub quads: Vec<String>,
    /// Keep GDELT rows with at least N mentions (NumMentions); other inputs have no mention
    /// count and are not affected.
    #[arg(long, value_name = "N")]
    pub min_mentions: Option<u32>,
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
    /// Folder to write the output files into (created if missing).
    #[arg(long, short, value_name = "DIR", default_value = "out")]
    pub out: PathBuf,
    /// Output format to write; repeat for several, `all` for every one. Without it: timeline
    /// and dot. See docs/formats.md for each file and how to open it.
    #[arg(long = "format", value_name = "NAME", value_enum)]
    pub formats: Vec<crate::export::Format>,
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
    /// Read every .csv/.tsv/.tab/.zip input as this INPUT format instead of recognising it
    /// from its first line (gdelt, icews, acled, ucdp, curated); `--format` chooses OUTPUT
    /// formats. See docs/importers.md.
    #[arg(long, value_name = "FORMAT", value_enum)]
    pub input_format: Option<crate::ingest::dataset::InputFormat>,
    /// Write malformed dataset rows to DIR/rejects.csv (line, column, reason, original text)
    /// and go on, instead of stopping at the first one.
    #[arg(long)]
    pub skip_bad: bool,
    /// How many actors the diagrams draw (actors.dot, and the report's diagram and timeline
    /// lanes): the N with the most events; the others are merged into one "other actors" node
    /// (every other format, and the report's table, keep every actor and event). Without it, a
    /// diagram of more than 20 actors keeps the 20 busiest and says so; `all` draws every
    /// actor (dot may then take minutes: see docs/formats.md).
    #[arg(long, value_name = "N|all", value_parser = parse_top)]
    pub top: Option<Top>,
    /// About how much memory the dataset events may take (e.g. 512M, 2G): beyond it they are
    /// sorted in runs into a temporary folder (TMPDIR; removed after) and merged back, so that
    /// memory stays flat however many rows are kept. It holds when every format asked is
    /// timeline, dot, jsonl or dyads; the other formats need every event at once and say so. The
    /// files written are the same either way. See docs/performance.md.
    #[arg(long, value_name = "SIZE", value_parser = crate::store::parse_size, default_value = "192M")]
    pub memory: u64,
}

/// The value of `--top`: a number of actors, or every actor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Top {
    /// Keep the N busiest actors.
    Actors(usize),
    /// Keep every actor.
    All,
}

/// Parses `--top`: a positive whole number or `all`.
pub fn parse_top(value: &str) -> Result<Top, String> {
    if value.eq_ignore_ascii_case("all") {
        return Ok(Top::All);
    }
    match value.parse::<usize>() {
        Ok(0) => Err("0 would draw no actor: give a positive number, or `all`".to_string()),
        Ok(n) => Ok(Top::Actors(n)),
        Err(_) => Err(format!(
            "'{value}' is neither a number of actors nor `all` (e.g. --top 30, --top all)"
        )),
    }
}

/// Arguments of `casus validate`.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Inputs.
    #[command(flatten)]
    pub input: InputArgs,
    /// Read every .csv/.tsv/.tab/.zip input as this INPUT format instead of recognising it
    /// from its first line (gdelt, icews, acled, ucdp, curated). See docs/importers.md.
    #[arg(long, value_name = "FORMAT", value_enum)]
    pub input_format: Option<crate::ingest::dataset::InputFormat>,
    /// Go on after a malformed dataset row: every bad row goes to the --rejects file (line,
    /// column, reason, original text) and is counted in the summary.
    #[arg(long)]
    pub skip_bad: bool,
    /// Where --skip-bad writes the bad rows.
    #[arg(
        long,
        value_name = "FILE",
        default_value = "rejects.csv",
        requires = "skip_bad"
    )]
    pub rejects: PathBuf,
}

/// Arguments of `casus extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Article files (.txt, .md); `-` reads one article from standard input.
    #[arg(value_name = "FILES", required_unless_present = "stream")]
    pub files: Vec<PathBuf>,
    /// Read articles as JSON Lines from standard input, one per line (keys `text`,
    /// `published`, `url`, `outlet`, `title`, `id`; others are passed over) and write each
    /// article's events as JSON Lines to standard output as soon as it is coded, in constant
    /// memory: the map step of a Spark job (RDD.pipe; see docs/scale.md). A bad line stops the
    /// run with its line number and key, unless --skip-bad.
    #[arg(long, conflicts_with_all = ["files", "format", "explain", "published", "outlet", "url"])]
    pub stream: bool,
    /// With --stream: report a bad line on standard error and as a line
    /// {"rejected": {"line": N, "id": ..., "field": ..., "reason": ...}} on standard output,
    /// and go on with the next.
    #[arg(long)]
    pub skip_bad: bool,
    /// Publication date (YYYY-MM-DD), the anchor of relative dates; overrides the front matter.
    #[arg(long, value_name = "DATE")]
    pub published: Option<String>,
    /// Publisher's name; overrides the front matter.
    #[arg(long, value_name = "NAME")]
    pub outlet: Option<String>,
    /// The article's URL; overrides the front matter.
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// Output format on standard output: csv (timeline.csv's columns, the default) or jsonl
    /// (--stream always writes jsonl).
    #[arg(long, value_name = "FORMAT", value_parser = ["csv", "jsonl"])]
    pub format: Option<String>,
    /// Print to standard error, for each sentence, what was dropped, matched and why (with the
    /// dependency arcs behind each event the parse found or corrected).
    #[arg(long)]
    pub explain: bool,
    /// An extra pattern lexicon (TOML [[pattern]] tables); repeat for several.
    #[arg(long = "lexicon", value_name = "FILE")]
    pub lexicons: Vec<PathBuf>,
    /// An extra actor file: casus's TOML ([[actor]] tables) or a PETRARCH actor dictionary
    /// (see docs/dictionaries.md); repeat for several.
    #[arg(long = "actors", value_name = "FILE")]
    pub actor_files: Vec<PathBuf>,
    /// A verb-pattern dictionary in PETRARCH's format (like CAMEO.2.0.txt) to use instead of the
    /// shipped one for the verbs the lexicon lacks; every problem is reported with its line. See
    /// docs/dictionaries.md.
    #[arg(long = "verbs", value_name = "FILE")]
    pub verbs: Option<PathBuf>,
}

/// Arguments of `casus timex`.
#[derive(Debug, Args)]
pub struct TimexArgs {
    /// The anchor date (YYYY-MM-DD): the publication date that "on Tuesday" or "last week" count
    /// from.
    #[arg(long, value_name = "DATE")]
    pub anchor: String,
    /// Treat every line as its own text: "two days later" never counts from a date on an
    /// earlier line.
    #[arg(long)]
    pub lines: bool,
    /// The text file; standard input when absent or `-`.
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
}

/// Arguments of `casus parse`.
#[derive(Debug, Args)]
pub struct ParseArgs {
    /// The text file (UTF-8); standard input when absent or `-`.
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
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
    /// Only actors of this origin: casus (the built-in table), user (your TOML actor files),
    /// petrarch (your PETRARCH actor dictionaries) or phoenix (the shipped Phoenix dictionaries).
    #[arg(long, value_name = "ORIGIN")]
    pub origin: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn top_takes_a_positive_number_or_all() {
        assert_eq!(parse_top("5"), Ok(Top::Actors(5)));
        assert_eq!(parse_top("all"), Ok(Top::All));
        assert_eq!(parse_top("ALL"), Ok(Top::All));
        assert!(parse_top("0").unwrap_err().contains("positive"));
        assert!(parse_top("-3").unwrap_err().contains("'-3' is neither"));
        assert!(parse_top("some").is_err());
        assert!(parse_top("").is_err());
    }
}
