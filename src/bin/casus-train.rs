//! `casus-train`: trains the syntax model (tagger, lemmatizer, parser) from UD English
//! treebanks and scores it; built only with `--features train`. See `docs/syntax.md`.

use std::path::PathBuf;

use anyhow::Context;
use clap::Parser;

use casus::syntax::{Model, conllu, eval, train};

/// Train the casus syntax model on UD treebanks and write it.
#[derive(Debug, Parser)]
#[command(name = "casus-train", version)]
struct Args {
    /// The folder of the UD English treebanks (EWT and the open part of GUM).
    #[arg(long, default_value = "../shared/data/ud")]
    ud: PathBuf,
    /// Where to write the model.
    #[arg(long, default_value = "src/syntax/data/en-ud.model")]
    out: PathBuf,
    /// Where to write the training log and the test scores.
    #[arg(long)]
    log: Option<PathBuf>,
    /// Seed of the shuffles and of the parser's exploration.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Most tagger epochs (the dev splits choose the best).
    #[arg(long, default_value_t = 6)]
    tagger_epochs: usize,
    /// Most parser epochs (the dev splits choose the best).
    #[arg(long, default_value_t = 12)]
    parser_epochs: usize,
    /// Folds for tagging the parser's training data.
    #[arg(long, default_value_t = 10)]
    folds: usize,
    /// Threads for the folds.
    #[arg(long, default_value_t = 2)]
    threads: usize,
    /// Drop weights smaller than this from the model.
    #[arg(long, default_value_t = 0.0)]
    min_weight: f32,
    /// Drop features updated fewer times than this from the model.
    #[arg(long, default_value_t = 4)]
    min_updates: u32,
    /// Keep the tagger stage in this file (read it when it exists) to retrain only the parser.
    #[arg(long)]
    tagger_cache: Option<PathBuf>,
    /// Score an existing model on the test splits instead of training.
    #[arg(long)]
    score_only: bool,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let ud = |name: &str| args.ud.join(name);
    let mut log = String::new();
    let model = if args.score_only {
        let bytes = std::fs::read(&args.out)
            .with_context(|| format!("could not read {}", args.out.display()))?;
        Model::from_bytes(&bytes)?
    } else {
        let opts = train::Options {
            train: vec![
                ud("en_ewt-ud-train.conllu"),
                ud("en_gum-open-ud-train.conllu"),
            ],
            dev: vec![ud("en_ewt-ud-dev.conllu"), ud("en_gum-open-ud-dev.conllu")],
            seed: args.seed,
            tagger_epochs: args.tagger_epochs,
            parser_epochs: args.parser_epochs,
            folds: args.folds,
            threads: args.threads,
            min_weight: args.min_weight,
            min_updates: args.min_updates,
            tagger_cache: args.tagger_cache.clone(),
        };
        let model = train::train(&opts, &mut log)?;
        let bytes = model.to_bytes();
        if let Some(dir) = args.out.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&args.out, &bytes)
            .with_context(|| format!("could not write {}", args.out.display()))?;
        log.push_str(&format!(
            "wrote {} ({:.1} MB)\n",
            args.out.display(),
            bytes.len() as f64 / 1e6
        ));
        model
    };
    log.push_str(&format!("{}\n", model.description));
    log.push_str(&format!(
        "tagger {} features, {} bytes in memory; parser {} features, {} bytes\n",
        model.tagger.model.features(),
        model.tagger.model.bytes(),
        model.parser.model.features(),
        model.parser.model.bytes()
    ));
    log.push_str(
        "split (gold tokens)            words   UPOS   XPOS  lemma    UAS    LAS  LAS(full)\n",
    );
    for name in [
        "en_ewt-ud-dev.conllu",
        "en_ewt-ud-test.conllu",
        "en_gum-open-ud-dev.conllu",
        "en_gum-open-ud-test.conllu",
    ] {
        let sentences = conllu::read_file(&ud(name))?;
        let s = eval::score_gold_tokens(&model, &sentences);
        log.push_str(&format!(
            "{name:<30} {:>6} {:.4} {:.4} {:.4} {:.4} {:.4} {:.4}\n",
            s.words,
            s.rate(s.upos),
            s.rate(s.xpos),
            s.rate(s.lemma),
            s.rate(s.uas),
            s.rate(s.las),
            s.rate(s.las_full)
        ));
    }
    print!("{log}");
    if let Some(path) = &args.log {
        std::fs::write(path, &log)
            .with_context(|| format!("could not write {}", path.display()))?;
    }
    Ok(())
}
