//! Benchmark of extraction from article text (`casus::extract`): articles per second on the
//! development articles of `../shared/dev` (read at run time, never copied; skipped when absent)
//! and MB/s on a large generated news-like text and on one long sentence without a full stop,
//! one core. Run with
//! `taskset -c 0 cargo bench --bench extract`; docs/performance.md has the figures.

use std::time::{Duration, Instant};

use casus::extract::{Lexicon, extract};
use casus::ingest::article::{ArticleOverrides, parse_article, read_article};
use casus::model::builtin;

/// Sentences written for this benchmark, in the style of wire copy.
const SENTENCES: &[&str] = &[
    "Russia on Monday urged Turkey to work for a ceasefire.",
    "Armenia accused Azerbaijan of shelling border villages overnight.",
    "The foreign ministers met in Geneva on Friday to discuss the crisis.",
    "France, Russia and the United States have mediated as the \"Minsk Group\" since 1992.",
    "Markets were calm and the weather in the capital was mild for the season.",
    "\"We call on both sides to respect the truce,\" Kremlin spokesman Dmitry Peskov told reporters.",
    "Fighting broke out between Armenia and Azerbaijan last week, officials said.",
    "The European Union said it would review its aid programme in the coming months.",
    "Turkey did not condemn the strikes, and analysts expect further talks in early 2021.",
    "Azerbaijan's defence ministry said a soldier was killed by Armenian shelling.",
];

fn best_of<F: FnMut() -> usize>(runs: usize, mut f: F) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut n = 0;
    for _ in 0..runs {
        let t = Instant::now();
        n = f();
        best = best.min(t.elapsed());
    }
    (best, n)
}

fn main() {
    let registry = builtin::registry();
    let lexicon = Lexicon::builtin();
    let published = chrono::NaiveDate::from_ymd_opt(2020, 9, 29);
    let overrides = ArticleOverrides {
        published,
        ..ArticleOverrides::default()
    };

    // Articles per second on real articles.
    let dev = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/dev");
    if dev.is_dir() {
        let mut paths: Vec<_> = std::fs::read_dir(&dev)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        let articles: Vec<_> = paths
            .iter()
            .map(|p| read_article(p, &overrides, &mut Vec::new()).unwrap())
            .collect();
        let bytes: usize = articles.iter().map(|a| a.body.len()).sum();
        let rounds = 200;
        let (t, events) = best_of(5, || {
            let mut n = 0;
            for _ in 0..rounds {
                for a in &articles {
                    n += extract(a, &registry, &lexicon).events.len();
                }
            }
            n
        });
        let count = rounds * articles.len();
        println!(
            "development articles: {} articles ({} bytes each on average), {count} extractions in {:.3} s: {:.0} articles/s, {:.2} MB/s ({} events)",
            articles.len(),
            bytes / articles.len(),
            t.as_secs_f64(),
            count as f64 / t.as_secs_f64(),
            (rounds * bytes) as f64 / 1e6 / t.as_secs_f64(),
            events / rounds
        );
    } else {
        println!("development articles: skipped, ../shared/dev is absent");
    }

    // MB/s on one large text.
    let mut text = String::new();
    let mut i = 0usize;
    while text.len() < 20_000_000 {
        for k in 0..4 {
            text.push_str(SENTENCES[(i * 7 + k * 3) % SENTENCES.len()]);
            text.push(' ');
        }
        text.push_str("\n\n");
        i += 1;
    }
    let article = parse_article(&text, "generated.txt", &overrides).unwrap();
    let (t, events) = best_of(3, || extract(&article, &registry, &lexicon).events.len());
    println!(
        "generated text: {:.1} MB in {:.3} s: {:.2} MB/s ({events} events)",
        text.len() as f64 / 1e6,
        t.as_secs_f64(),
        text.len() as f64 / 1e6 / t.as_secs_f64()
    );

    // One sentence without a full stop, at two sizes: the time per MB should not grow with the
    // sentence's length (the work per trigger is a lookup, not a scan of the sentence).
    for size in [400_000usize, 3_200_000] {
        let mut text = String::new();
        let mut i = 0usize;
        while text.len() < size {
            let s = SENTENCES[i % SENTENCES.len()];
            text.push_str(s.trim_end_matches('.'));
            text.push_str(", ");
            i += 1;
        }
        text.push('\n');
        let article = parse_article(&text, "one-sentence.txt", &overrides).unwrap();
        let (t, events) = best_of(3, || extract(&article, &registry, &lexicon).events.len());
        println!(
            "one sentence of {:.1} MB without a full stop in {:.3} s: {:.2} s per MB ({events} events)",
            text.len() as f64 / 1e6,
            t.as_secs_f64(),
            t.as_secs_f64() / (text.len() as f64 / 1e6)
        );
    }
}
