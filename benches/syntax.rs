//! Throughput of the syntax stage: `cargo bench --bench syntax`.
//!
//! Two stages on one thread, best of several runs: the tokenizer and sentence splitter alone, in
//! MB/s (1 MB = 10^6 bytes) and sentences per second; and the whole stage from raw text to trees
//! (tokens, tags, lemmas, features, dependency trees) in sentences and words per second, with the
//! time to load the built-in model. Two texts:
//! - news: a few MB made by a small generator of casus's own wire-style sentences (datelines,
//!   quotes, contractions, possessives, abbreviations, numbers, hyphenated words), one
//!   paragraph a line, with the development articles of `../shared/dev/*.txt` mixed in as
//!   paragraphs when present (read at run time, never copied);
//! - treebank: the raw text of the UD English test splits (EWT and GUM) rebuilt from
//!   `../shared/data/ud`, repeated to the same size, when present.
//!
//! Options (after `--`): `--mb N` size of each text for the tokenizer (default 8; the parser
//! reads the first `--parse-mb N`, default 1), `--runs N` (default 5), `--only news|treebank`
//! one of the two texts, `--stage tokenize|parse` one of the two stages, `--model FILE` a model
//! file to time instead of the built-in one.

use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use casus::syntax::{self, conllu, eval, tokenize};

/// A deterministic pseudo-random generator (64-bit LCG), so every run sees the same text.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() as usize) % items.len()]
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const DATELINES: &[&str] = &[
    "MOSCOW (Reuters) - ",
    "YEREVAN, Armenia (AP) — ",
    "BAKU, Sept. 30 (AFP) - ",
    "UNITED NATIONS - ",
    "WASHINGTON -- ",
];
const WHO: &[&str] = &[
    "The defence ministry",
    "Rebel commanders",
    "Foreign Minister Sergei Lavrov",
    "A U.N. envoy",
    "Gen. Ali Hassan's troops",
    "The opposition coalition",
    "Dr. Maria Lopez of the Red Cross",
    "The prime minister's office",
    "Border guards",
    "U.S. Secretary of State Mike Pompeo",
    "The EU's foreign-policy chief",
    "Local officials",
];
const DID: &[&str] = &[
    "said",
    "reported",
    "announced on Tuesday",
    "denied",
    "confirmed late on Monday",
    "warned",
    "didn't say",
    "has said repeatedly",
];
const WHAT: &[&str] = &[
    "that artillery struck two villages near the front line",
    "that 1,200 soldiers had withdrawn from the disputed border",
    "a 3.5% rise in prices since Jan. 1",
    "the talks, which began at 10:30 a.m., would resume next week",
    "that the so-called buffer zone wasn't respected",
    "a cease-fire brokered by Russia, France and the United States",
    "that non-state actors and pro-government militias were involved",
    "the deaths of 12 civilians, including three children",
    "that it can't accept a deal that doesn't return the territories",
    "that the country's e-mail servers had been attacked",
];
const QUOTES: &[&str] = &[
    "\"We will not give up our land,\" he told reporters.",
    "\"It's a difficult situation,\" a spokesman said. \"We're watching closely.\"",
    "“The fighting must stop now,” the envoy said.",
    "She called the attack \"unacceptable\" and urged restraint.",
    "\"Why now?\" one resident asked.",
];
const FILLER: &[&str] = &[
    "The claims could not be independently verified.",
    "Both sides accuse each other of violating the truce.",
    "Thousands of civilians have fled, according to aid groups (UNHCR, ICRC).",
    "The region has been contested for decades...",
    "Casualty figures couldn't be confirmed.",
    "Officials in the U.S. and the U.K. declined to comment.",
    "The agreement, signed at 2 p.m. local time, calls for an exchange of prisoners.",
    "Talks are expected to resume on Oct. 12 in Geneva, Switzerland.",
];

fn sentence(r: &mut Rng, out: &mut String) {
    match r.below(10) {
        0..=3 => out.push_str(r.pick(FILLER)),
        4..=7 => {
            out.push_str(r.pick(WHO));
            out.push(' ');
            out.push_str(r.pick(DID));
            out.push(' ');
            out.push_str(r.pick(WHAT));
            out.push('.');
        }
        _ => out.push_str(r.pick(QUOTES)),
    }
}

fn read_articles() -> Vec<String> {
    let dev = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/dev");
    let Ok(dir) = std::fs::read_dir(&dev) else {
        return Vec::new();
    };
    let mut paths: Vec<_> = dir
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

/// About `bytes` bytes of news-like text, one paragraph a line, a headline now and then.
fn news(bytes: usize) -> String {
    let articles = read_articles();
    let mut r = Rng(0x5eed_ca5e);
    let mut out = String::with_capacity(bytes + 8192);
    let mut next_article = 0;
    while out.len() < bytes {
        if !articles.is_empty() && r.below(25) == 0 {
            out.push_str(&articles[next_article % articles.len()]);
            next_article += 1;
            out.push_str("\n\n");
            continue;
        }
        if r.below(8) == 0 {
            out.push_str("Ceasefire Talks Stall as Shelling Goes On\n\n");
            out.push_str(r.pick(DATELINES));
        }
        for k in 0..(2 + r.below(4)) {
            if k > 0 {
                out.push(' ');
            }
            sentence(&mut r, &mut out);
        }
        out.push('\n');
    }
    out
}

/// The raw text of the UD English test splits, repeated to about `bytes` bytes.
fn treebank(bytes: usize) -> Option<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/ud");
    let mut one = String::new();
    for name in ["en_ewt-ud-test.conllu", "en_gum-open-ud-test.conllu"] {
        let a = conllu::read_file(&dir.join(name)).ok()?;
        one.push_str(&eval::raw_text(&a).text);
        one.push_str("\n\n");
    }
    let mut out = String::with_capacity(bytes + one.len());
    while out.len() < bytes {
        out.push_str(&one);
    }
    Some(out)
}

/// This thread's time on a CPU so far, in seconds, from `/proc/thread-self/schedstat` (Linux),
/// so that a figure taken while other jobs share the cores still says what the work costs.
fn cpu_time() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

fn measure(name: &str, text: &str, runs: usize) {
    let (mut sentences, mut tokens, mut words) = (0usize, 0usize, 0usize);
    for s in tokenize::sentences(text) {
        sentences += 1;
        tokens += s.tokens.len();
        words += s.words.len();
    }
    let (mut best, mut best_cpu) = (f64::INFINITY, f64::INFINITY);
    for _ in 0..runs.max(1) {
        let cpu = cpu_time();
        let start = Instant::now();
        let mut n = 0usize;
        for s in tokenize::sentences(black_box(text)) {
            n += s.words.len();
        }
        black_box(n);
        best = best.min(start.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (cpu, cpu_time()) {
            best_cpu = best_cpu.min(b - a);
        }
    }
    let mb = text.len() as f64 / 1e6;
    println!(
        "tokenize {name}: {mb:.2} MB, {sentences} sentences, {tokens} tokens, {words} words; \
         best of {runs}: {:.1} ms = {:.1} MB/s, {:.0} sentences/s (one thread)",
        best * 1e3,
        mb / best,
        sentences as f64 / best
    );
    if best_cpu.is_finite() {
        println!(
            "tokenize {name}: on the CPU {:.1} ms = {:.1} MB/s, {:.0} sentences/s",
            best_cpu * 1e3,
            mb / best_cpu,
            sentences as f64 / best_cpu
        );
    }
}

/// The whole stage on `text`: sentences and words per second, wall and on the CPU.
fn measure_parse(model: &syntax::Model, name: &str, text: &str, runs: usize) {
    let (mut sentences, mut words) = (0usize, 0usize);
    for s in tokenize::sentences(text) {
        sentences += 1;
        words += s.words.len();
    }
    let (mut best, mut best_cpu) = (f64::INFINITY, f64::INFINITY);
    for _ in 0..runs.max(1) {
        let cpu = cpu_time();
        let start = Instant::now();
        let mut heads = 0usize;
        for s in syntax::sentences_with(model, black_box(text)) {
            heads += s.words.iter().map(|w| w.head).sum::<usize>();
        }
        black_box(heads);
        best = best.min(start.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (cpu, cpu_time()) {
            best_cpu = best_cpu.min(b - a);
        }
    }
    let mb = text.len() as f64 / 1e6;
    println!(
        "parse {name}: {mb:.2} MB, {sentences} sentences, {words} words ({:.1} a sentence); best \
         of {runs}: {:.0} ms = {:.0} sentences/s, {:.0} words/s (one thread)",
        words as f64 / sentences as f64,
        best * 1e3,
        sentences as f64 / best,
        words as f64 / best
    );
    if best_cpu.is_finite() {
        println!(
            "parse {name}: on the CPU {:.0} ms = {:.0} sentences/s, {:.0} words/s",
            best_cpu * 1e3,
            sentences as f64 / best_cpu,
            words as f64 / best_cpu
        );
    }
}

/// The first `bytes` bytes of `text`, cut at a line break.
fn head(text: &str, bytes: usize) -> &str {
    if text.len() <= bytes {
        return text;
    }
    let cut = text[..bytes].rfind('\n').unwrap_or(0);
    &text[..cut]
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let value = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let mb: f64 = value("--mb").and_then(|v| v.parse().ok()).unwrap_or(8.0);
    let runs: usize = value("--runs").and_then(|v| v.parse().ok()).unwrap_or(5);
    let parse_mb: f64 = value("--parse-mb")
        .and_then(|v| v.parse().ok())
        .unwrap_or(1.0);
    let only = value("--only");
    let stage = value("--stage");
    let tokenizing = stage.as_deref().is_none_or(|s| s == "tokenize");
    let parsing = stage.as_deref().is_none_or(|s| s == "parse");
    let bytes = (mb.max(parse_mb) * 1e6) as usize;
    let parse_bytes = (parse_mb * 1e6) as usize;
    // `--model FILE` times another model file (made by this build's casus-train).
    let file = value("--model").map(|f| std::fs::read(&f).expect("the model file"));
    let other = file
        .as_deref()
        .map(|b| syntax::Model::from_bytes(b).expect("a model for this casus"));
    if parsing {
        let bytes = file.as_deref().unwrap_or(syntax::MODEL_BYTES);
        let start = Instant::now();
        let model = syntax::Model::from_bytes(bytes).expect("the model");
        println!(
            "model: {:.1} MB, read in {:.0} ms",
            bytes.len() as f64 / 1e6,
            start.elapsed().as_secs_f64() * 1e3
        );
        black_box(model);
    }
    let mut texts = Vec::new();
    if only.as_deref().is_none_or(|o| o == "news") {
        texts.push(("news", Some(news(bytes))));
    }
    if only.as_deref().is_none_or(|o| o == "treebank") {
        texts.push(("treebank", treebank(bytes)));
    }
    for (name, text) in texts {
        let Some(text) = text else {
            println!("{name}: skipped, ../shared/data/ud is absent");
            continue;
        };
        if tokenizing {
            measure(name, head(&text, (mb * 1e6) as usize), runs);
        }
        if parsing {
            let model = other.as_ref().unwrap_or_else(|| syntax::model());
            measure_parse(model, name, head(&text, parse_bytes), runs);
        }
    }
}
