//! The tokenizer and sentence splitter on the UD English treebanks in `../shared/data/ud`, from
//! raw text, as the CoNLL 2018 shared task measures them (token F1 and sentence F1, words
//! aligned through multiword tokens), with floors just under the figures reached; and the
//! check that the tokenizer's lexicon (`src/syntax/tokenize-lexicon.txt`) is the one the
//! training splits give. Skipped, with a `SKIPPED:` line, when `../shared` is absent.
//!
//! `CASUS_TOKENIZE_ERRORS=en_ewt-ud-dev cargo test --release --test syntax_tokenize -- --ignored
//! --exact errors --nocapture` prints every token and sentence boundary where the tokenizer and
//! the treebank differ (`en_gum-open-ud-dev:news`: the news documents only).

mod common;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use casus::syntax::conllu::{self, Annotated};
use casus::syntax::eval::{self, RawText, Scored, Scores};
use casus::syntax::{Sentence, tokenize};

fn ud_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/ud")
}

/// Reads a split of `../shared/data/ud`, or says why not.
fn read_split(name: &str, test: &str) -> Option<Vec<Annotated>> {
    let path = ud_dir().join(format!("{name}.conllu"));
    if !path.exists() {
        common::skipped(test, &format!("{} is absent", path.display()));
        return None;
    }
    Some(conllu::read_file(&path).expect("a readable treebank"))
}

/// The tokenizer's sentences of `text` as untagged `Sentence`s.
fn tokenize_all(text: &str) -> Vec<Sentence> {
    tokenize::sentences(text)
        .map(|s| s.untagged(text))
        .collect()
}

fn score(raw: &RawText, system: &[Sentence]) -> Scores {
    let sys: Vec<Scored> = system
        .iter()
        .map(|s| Scored {
            text: &raw.text,
            sentence: s,
        })
        .collect();
    eval::evaluate(&raw.scored(), &sys).expect("the same text")
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

#[test]
fn token_and_sentence_f1_from_raw_text() {
    // Floors just under the figures reached (docs/syntax.md): token F1, word F1, sentence F1.
    let floors = [
        ("en_ewt-ud-test", false, 0.992, 0.990, 0.855),
        ("en_gum-open-ud-test", false, 0.995, 0.995, 0.95),
        ("en_gum-open-ud-test", true, 0.99, 0.99, 0.90),
    ];
    for (split, news, tokens, words, sentences) in floors {
        let Some(mut a) = read_split(split, "token_and_sentence_f1_from_raw_text") else {
            return;
        };
        let name = if news {
            a = news_only(&a);
            format!("{split} (news documents, {} sentences)", a.len())
        } else {
            split.to_string()
        };
        let raw = eval::raw_text(&a);
        let sys = tokenize_all(&raw.text);
        let s = score(&raw, &sys);
        eprintln!(
            "{name}: token F1 {:.4}, word F1 {:.4}, sentence F1 {:.4} (P {:.4}, R {:.4})",
            s.tokens.f1(),
            s.words.f1(),
            s.sentences.f1(),
            s.sentences.precision(),
            s.sentences.recall()
        );
        assert!(
            s.tokens.f1() >= tokens,
            "{name}: token F1 {}",
            s.tokens.f1()
        );
        assert!(s.words.f1() >= words, "{name}: word F1 {}", s.words.f1());
        assert!(
            s.sentences.f1() >= sentences,
            "{name}: sentence F1 {}",
            s.sentences.f1()
        );
    }
}

/// Character spans (whitespace removed) of tokens and sentences, with their text.
fn spans(text: &str, sentences: &[Sentence]) -> (Vec<(usize, usize, String)>, Vec<usize>) {
    let mut toks = Vec::new();
    let mut starts = Vec::new();
    let mut pos = 0;
    for s in sentences {
        starts.push(pos);
        for t in &s.tokens {
            let form: String = text[t.start..t.end]
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            let n = form.chars().count();
            let parts: Vec<&str> = s.words[t.words.clone()]
                .iter()
                .map(|w| w.form.as_str())
                .collect();
            toks.push((pos, pos + n, parts.join("·")));
            pos += n;
        }
    }
    (toks, starts)
}

#[test]
#[ignore = "prints the tokenizer's errors on the split named by CASUS_TOKENIZE_ERRORS"]
fn errors() {
    let name = std::env::var("CASUS_TOKENIZE_ERRORS").unwrap_or("en_ewt-ud-dev".into());
    // "en_gum-open-ud-train:news" keeps the news documents only.
    let (split, news) = match name.strip_suffix(":news") {
        Some(split) => (split, true),
        None => (name.as_str(), false),
    };
    let Some(mut a) = read_split(split, "errors") else {
        return;
    };
    if news {
        a = news_only(&a);
    }
    let raw = eval::raw_text(&a);
    let sys = tokenize_all(&raw.text);
    let (gt, gs) = spans(&raw.text, &raw.sentences);
    let (st, ss) = spans(&raw.text, &sys);
    // Token differences: walk both lists and print each stretch where the spans differ.
    let mut out = String::new();
    let (mut i, mut j) = (0, 0);
    let mut kinds: BTreeMap<String, usize> = BTreeMap::new();
    while i < gt.len() && j < st.len() {
        if gt[i].0 == st[j].0 && gt[i].1 == st[j].1 {
            if gt[i].2 != st[j].2 {
                let _ = writeln!(out, "WORDS  gold {}  system {}", gt[i].2, st[j].2);
                *kinds
                    .entry(format!("{} / {}", gt[i].2, st[j].2))
                    .or_default() += 1;
            }
            i += 1;
            j += 1;
            continue;
        }
        let (i0, j0) = (i, j);
        loop {
            if gt[i].1 < st[j].1 {
                i += 1;
            } else if st[j].1 < gt[i].1 {
                j += 1;
            } else {
                i += 1;
                j += 1;
                break;
            }
        }
        let g: Vec<&str> = gt[i0..i].iter().map(|t| t.2.as_str()).collect();
        let s: Vec<&str> = st[j0..j].iter().map(|t| t.2.as_str()).collect();
        let ctx: Vec<&str> = gt[i0.saturating_sub(3)..i0]
            .iter()
            .map(|t| t.2.as_str())
            .collect();
        let _ = writeln!(
            out,
            "TOKENS {}  [gold {}]  [system {}]",
            ctx.join(" "),
            g.join(" "),
            s.join(" ")
        );
        *kinds
            .entry(format!("{} / {}", g.join(" "), s.join(" ")))
            .or_default() += 1;
    }
    // Sentence boundary differences, with the tokens around them.
    let gold_set: std::collections::BTreeSet<usize> = gs.iter().copied().collect();
    let sys_set: std::collections::BTreeSet<usize> = ss.iter().copied().collect();
    let around = |at: usize| {
        let k = gt.partition_point(|t| t.0 < at);
        let before: Vec<&str> = gt[k.saturating_sub(6)..k]
            .iter()
            .map(|t| t.2.as_str())
            .collect();
        let after: Vec<&str> = gt[k..(k + 6).min(gt.len())]
            .iter()
            .map(|t| t.2.as_str())
            .collect();
        format!("{} || {}", before.join(" "), after.join(" "))
    };
    for at in gold_set.symmetric_difference(&sys_set) {
        let what = if gold_set.contains(at) {
            "MISSED"
        } else {
            "EXTRA "
        };
        let _ = writeln!(out, "{what} {}", around(*at));
    }
    let mut by_count: Vec<(usize, String)> = kinds.into_iter().map(|(k, n)| (n, k)).collect();
    by_count.sort_by(|a, b| b.cmp(a));
    let _ = writeln!(out, "\nMOST FREQUENT TOKEN DIFFERENCES (gold / system)");
    for (n, k) in by_count.iter().take(60) {
        let _ = writeln!(out, "{n:5} {k}");
    }
    println!("{out}");
    println!("{}", score(&raw, &sys));
}

/// The lexicon the training splits give (see the head of `tokenize-lexicon.txt`).
fn learn(train: &[Vec<Annotated>]) -> String {
    let mut whole: BTreeMap<String, usize> = BTreeMap::new();
    let mut split: BTreeMap<String, usize> = BTreeMap::new();
    let mut mwt: BTreeMap<String, (usize, Vec<usize>)> = BTreeMap::new();
    let mut single: BTreeMap<String, usize> = BTreeMap::new();
    let letter_groups = |w: &str| {
        w.split('.')
            .all(|g| !g.is_empty() && g.chars().all(char::is_alphabetic))
    };
    for a in train.iter().flatten() {
        let s = &a.sentence;
        let form = |i: usize| {
            let t = &s.tokens[i];
            &a.text[t.start..t.end]
        };
        for (i, t) in s.tokens.iter().enumerate() {
            let f = form(i);
            if t.words.len() > 1 {
                let parts: Vec<&str> = s.words[t.words.clone()]
                    .iter()
                    .map(|w| w.form.as_str())
                    .collect();
                if parts.concat().to_lowercase() == f.to_lowercase()
                    && f.bytes().all(|b| b.is_ascii_alphabetic())
                {
                    let e = mwt.entry(f.to_lowercase()).or_default();
                    e.0 += 1;
                    if e.1.is_empty() {
                        e.1 = parts[..parts.len() - 1].iter().map(|p| p.len()).collect();
                    }
                }
                continue;
            }
            *single.entry(f.to_lowercase()).or_default() += 1;
            if f.len() >= 2
                && let Some(w) = f.strip_suffix('.')
                && letter_groups(w)
            {
                *whole.entry(w.to_string()).or_default() += 1;
            }
            if f == "." && i > 0 && i + 1 < s.tokens.len() && !s.tokens[i - 1].space_after {
                *split.entry(form(i - 1).to_string()).or_default() += 1;
            }
        }
    }
    let head = include_str!("../src/syntax/tokenize-lexicon.txt")
        .lines()
        .take_while(|l| l.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = head + "\n";
    for (w, n) in &whole {
        if *n >= 2 && *n > split.get(w).copied().unwrap_or(0) || w.contains('.') {
            let _ = writeln!(out, "abbrev {w}");
        }
    }
    for (w, (n, parts)) in &mwt {
        let last = &w[parts.iter().sum::<usize>()..];
        if *n >= 2 && *n > 2 * single.get(w).copied().unwrap_or(0) && (last != "s" || *n >= 4) {
            let lens: Vec<String> = parts.iter().map(usize::to_string).collect();
            let _ = writeln!(out, "split {w} {}", lens.join(" "));
        }
    }
    out
}

fn train_splits(test: &str) -> Option<Vec<Vec<Annotated>>> {
    Some(vec![
        read_split("en_ewt-ud-train", test)?,
        read_split("en_gum-open-ud-train", test)?,
    ])
}

#[test]
fn lexicon_is_current() {
    let Some(train) = train_splits("lexicon_is_current") else {
        return;
    };
    let learnt = learn(&train);
    let committed = include_str!("../src/syntax/tokenize-lexicon.txt");
    assert!(
        learnt == committed,
        "src/syntax/tokenize-lexicon.txt is not what the training splits give; regenerate it \
         with `cargo test --release --test syntax_tokenize -- --ignored --exact learn_lexicon`"
    );
}

#[test]
#[ignore = "writes src/syntax/tokenize-lexicon.txt from the training splits"]
fn learn_lexicon() {
    if let Some(train) = train_splits("learn_lexicon") {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/syntax/tokenize-lexicon.txt");
        std::fs::write(&path, learn(&train)).expect("a writable lexicon file");
    }
}

#[test]
#[ignore = "prints the sentences and tokens of the file named by CASUS_TOKENIZE_SHOW"]
fn show() {
    let Ok(path) = std::env::var("CASUS_TOKENIZE_SHOW") else {
        eprintln!("SKIPPED: show: set CASUS_TOKENIZE_SHOW to a text file");
        return;
    };
    let text = std::fs::read_to_string(&path).expect("a readable text file");
    for s in tokenize::sentences(&text) {
        let toks: Vec<String> = s
            .tokens
            .iter()
            .map(|t| {
                let words: Vec<&str> = s.words[t.words.clone()]
                    .iter()
                    .map(|&(a, b)| &text[a..b])
                    .collect();
                words.join("·")
            })
            .collect();
        println!("{}", toks.join(" "));
    }
}
