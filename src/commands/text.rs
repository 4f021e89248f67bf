//! The commands on text: `casus extract` (events from articles), `casus timex` (temporal
//! expressions) and `casus parse` (CoNLL-U), and reading their one input from a file or stdin.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

use anyhow::Context;

use super::*;
use crate::export::timeline;
use crate::model::{Event, builtin};
use crate::{ingest, normalize};

/// The verb dictionary of a run: the user's `--verbs` file (every problem reported with its file
/// and line), else the shipped one.
pub(super) fn load_verbs(
    path: &Option<PathBuf>,
) -> Result<std::borrow::Cow<'static, crate::dict::VerbDictionary>, crate::diag::Diagnostics> {
    match path {
        Some(p) => crate::dict::VerbDictionary::read(p).map(std::borrow::Cow::Owned),
        None => Ok(std::borrow::Cow::Borrowed(crate::dict::shipped::verbs())),
    }
}

pub(super) fn extract(args: crate::cli::ExtractArgs) -> anyhow::Result<()> {
    if args.skip_bad && !args.stream {
        // (clap's `requires` takes the flag's default `false` for present.)
        return Err(UsageError(
            "--skip-bad goes with --stream: a bad article file always stops casus extract".into(),
        )
        .into());
    }
    use crate::ingest::article::{ArticleOverrides, decode, parse_article, read_article};
    let published = args
        .published
        .as_deref()
        .map(|p| iso_day("published", p))
        .transpose()?;
    let overrides = ArticleOverrides {
        published,
        outlet: args.outlet.clone(),
        url: args.url.clone(),
    };
    let inputs = ingest::read_inputs(&[], &args.actor_files, None)?;
    inputs.problems.clone().into_result()?;
    // Mentions are casus's own names (and the user's); the coder over the parse finds the
    // Phoenix names and agents in a verb's arguments, and the actors it names join the
    // registry below (docs/extraction.md).
    let mut registry =
        normalize::registry(inputs.actors, &inputs.petrarch_actors, builtin::registry())?;
    // The verb dictionary codes the verbs the lexicon lacks (docs/extraction.md): the user's
    // `--verbs` file, else the shipped one, which the coder reads on first use.
    let mut lexicon = crate::extract::Lexicon::builtin();
    if args.explain || args.verbs.is_some() {
        let verbs = load_verbs(&args.verbs)?;
        let c = verbs.counts();
        if args.explain {
            eprintln!(
                "verb dictionary: {} ({} verbs, {} patterns, {} synonym sets)",
                args.verbs
                    .as_ref()
                    .map_or("shipped CAMEO.2.0.txt".to_string(), |p| p
                        .display()
                        .to_string()),
                c.verbs,
                c.patterns,
                c.synsets
            );
        }
        if args.verbs.is_some() {
            lexicon.verbs = Some(std::sync::Arc::new(verbs.into_owned()));
        }
    }
    for file in &args.lexicons {
        let text = ingest::read_text(file).map_err(crate::diag::Diagnostics::from_one)?;
        lexicon.add(&text, &file.display().to_string())?;
    }
    if args.stream {
        let mut input = io::stdin().lock();
        let mut out = BufWriter::new(io::stdout().lock());
        let tally =
            super::stream::run(&mut input, &mut out, &mut registry, &lexicon, args.skip_bad)?;
        eprintln!("casus: {tally}");
        return Ok(());
    }
    let mut events = Vec::new();
    let mut warnings = Vec::new();
    for file in &args.files {
        let article = if file.as_os_str() == "-" {
            let text = decode(&read_stdin()?, "<stdin>", &mut warnings);
            parse_article(&text, "<stdin>", &overrides)
        } else {
            ingest::require_regular_file(file)
                .and_then(|()| read_article(file, &overrides, &mut warnings))
        }
        .map_err(crate::diag::Diagnostics::from_one)?;
        let extraction = crate::extract::extract_with(&article, &registry, &lexicon, args.explain);
        if args.explain {
            eprint!("{}", extraction.explain);
        }
        warnings.extend(extraction.warnings);
        events.extend(extraction.events);
        for actor in extraction.actors {
            if registry.get(&actor.id).is_none() {
                registry.insert(actor);
            }
        }
    }
    for w in &warnings {
        eprintln!("{w}");
    }
    let (mut events, _) = normalize::merge::merge(events);
    events.sort_by(Event::timeline_cmp);
    let stdout = io::stdout().lock();
    let mut out = BufWriter::new(stdout);
    match args.format.as_deref().unwrap_or("csv") {
        "jsonl" => crate::export::jsonl::write_events(&events, &registry, &mut out)?,
        _ => timeline::write_events(
            &events,
            &registry,
            &timeline::TimelineOptions::default(),
            &mut out,
        )?,
    }
    out.flush()?;
    Ok(())
}

pub(super) fn timex(args: crate::cli::TimexArgs) -> anyhow::Result<()> {
    let anchor = iso_day("anchor", &args.anchor)?;
    let (bytes, shown) = read_file_or_stdin(args.file.as_deref())?;
    let mut warnings = Vec::new();
    let text = crate::ingest::article::decode(&bytes, &shown, &mut warnings);
    for w in &warnings {
        eprintln!("{w}");
    }
    let stdout = io::stdout().lock();
    let mut out = BufWriter::new(stdout);
    crate::timex::write_csv(&text, anchor, args.lines, &mut out)?;
    out.flush()?;
    Ok(())
}

/// `casus parse`: CoNLL-U of a text, one sentence at a time.
pub(super) fn parse(args: crate::cli::ParseArgs) -> anyhow::Result<()> {
    let (bytes, shown) = read_file_or_stdin(args.file.as_deref())?;
    // Valid UTF-8 (the usual case) is used in place, so a large text is held once.
    let text = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let mut warnings = Vec::new();
            let text = crate::ingest::article::decode(e.as_bytes(), &shown, &mut warnings);
            for w in &warnings {
                eprintln!("{w}");
            }
            text
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let model = crate::syntax::model();
    let stdout = io::stdout().lock();
    let mut out = crate::syntax::conllu::Writer::new(BufWriter::new(stdout));
    for (n, s) in crate::syntax::sentences_with(model, text).enumerate() {
        out.write(text, &(n + 1).to_string(), &s)?;
    }
    out.finish()?;
    Ok(())
}

/// The bytes of a command's one input file, or of standard input when it is absent or `-`, and
/// the name to show for it in messages.
pub(super) fn read_file_or_stdin(
    file: Option<&std::path::Path>,
) -> anyhow::Result<(Vec<u8>, String)> {
    match file.filter(|p| p.as_os_str() != "-") {
        None => Ok((read_stdin()?, "<stdin>".to_string())),
        Some(p) => {
            crate::ingest::require_regular_file(p).map_err(|d| anyhow::anyhow!("{d}"))?;
            let bytes =
                std::fs::read(p).with_context(|| format!("could not read {}", p.display()))?;
            Ok((bytes, p.display().to_string()))
        }
    }
}

/// All of standard input.
pub(super) fn read_stdin() -> anyhow::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut io::stdin().lock(), &mut bytes)
        .context("could not read standard input")?;
    Ok(bytes)
}
