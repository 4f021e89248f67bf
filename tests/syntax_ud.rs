//! The built-in syntax model on the UD English treebanks in `../shared/data/ud`: tags, lemmas and
//! trees with the treebank's own words (gold tokens), and the whole stage from raw text as the
//! CoNLL 2018 shared task scores it; floors just under the figures of docs/syntax.md. Skipped,
//! with a `SKIPPED:` line, when `../shared` is absent.

use std::path::{Path, PathBuf};

use casus::syntax::conllu::{self, Annotated};
use casus::syntax::eval::{self, GoldScores, Scored};
use casus::syntax::{self, Sentence};

fn ud_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/ud")
}

/// Reads a split of `../shared/data/ud`, or says why not.
fn read_split(name: &str, test: &str) -> Option<Vec<Annotated>> {
    let path = ud_dir().join(format!("{name}.conllu"));
    if !path.exists() {
        eprintln!("SKIPPED: {test}: {} is absent", path.display());
        return None;
    }
    Some(conllu::read_file(&path).expect("a readable treebank"))
}

/// The documents of a GUM split whose id says they are news (`GUM_news_...`).
fn news_only(a: &[Annotated]) -> Vec<Annotated> {
    let mut out = Vec::new();
    let mut keep = false;
    for s in a {
        if s.new_doc {
            keep = s.doc_id.as_deref().is_some_and(|d| d.contains("_news_"));
        }
        if keep {
            out.push(s.clone());
        }
    }
    out
}

fn line(name: &str, s: &GoldScores) -> String {
    format!(
        "{name:<34} {:>6} words  UPOS {:.4}  XPOS {:.4}  lemma {:.4}  UAS {:.4}  LAS {:.4}  \
         LAS (full relations) {:.4}",
        s.words,
        s.rate(s.upos),
        s.rate(s.xpos),
        s.rate(s.lemma),
        s.rate(s.uas),
        s.rate(s.las),
        s.rate(s.las_full)
    )
}

#[test]
fn gold_tokens() {
    // (split, news only, UPOS, UAS, LAS): floors just under the figures reached.
    let floors = [
        ("en_ewt-ud-test", false, 0.952, 0.855, 0.826),
        ("en_gum-open-ud-test", false, 0.958, 0.84, 0.81),
        ("en_gum-open-ud-test", true, 0.95, 0.83, 0.80),
    ];
    let model = syntax::model();
    for (split, news, upos, uas, las) in floors {
        let Some(mut a) = read_split(split, "gold_tokens") else {
            return;
        };
        if news {
            a = news_only(&a);
        }
        let s = eval::score_gold_tokens(model, &a);
        let name = if news {
            format!("{split} (news)")
        } else {
            split.to_string()
        };
        eprintln!("{}", line(&name, &s));
        assert!(s.rate(s.upos) >= upos, "{name}: UPOS fell below {upos}");
        assert!(s.rate(s.uas) >= uas, "{name}: UAS fell below {uas}");
        assert!(s.rate(s.las) >= las, "{name}: LAS fell below {las}");
    }
}

#[test]
fn raw_text() {
    // (split, tokens F1, sentences F1, UPOS F1, LAS F1): floors just under the figures reached.
    let floors = [
        ("en_ewt-ud-test", 0.99, 0.85, 0.94, 0.80),
        ("en_gum-open-ud-test", 0.995, 0.95, 0.95, 0.80),
    ];
    let model = syntax::model();
    for (split, tokens, sentences, upos, las) in floors {
        let Some(a) = read_split(split, "raw_text") else {
            return;
        };
        let raw = eval::raw_text(&a);
        let parsed: Vec<Sentence> = syntax::parse_with(model, &raw.text);
        let system: Vec<Scored> = parsed
            .iter()
            .map(|s| Scored {
                text: &raw.text,
                sentence: s,
            })
            .collect();
        let s = eval::evaluate(&raw.scored(), &system).expect("the same text");
        eprintln!("{split} from raw text:\n{s}");
        assert!(s.tokens.f1() >= tokens, "{split}: token F1");
        assert!(s.sentences.f1() >= sentences, "{split}: sentence F1");
        assert!(s.upos.f1() >= upos, "{split}: UPOS F1");
        assert!(s.las.f1() >= las, "{split}: LAS F1");
    }
}
