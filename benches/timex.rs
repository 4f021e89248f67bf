//! Throughput of the temporal tagger on a few MB of news-like text: `cargo bench --bench timex`.
//!
//! The text is made by a small generator of casus's own news sentences (dated and undated, as
//! in wire copy), plus, when `../shared/dev/*.txt` exists, the development articles read at run
//! time as extra paragraphs. It runs the whole `casus timex` job (find, resolve, write the CSV
//! to a sink) on one thread and prints MB/s (1 MB = 10^6 bytes), best of several runs.
//!
//! Options (after `--`): `--mb N` size of the text (default 4), `--runs N` (default 5),
//! `--write PATH` also writes the text to PATH, for the Python reference in `benches/python/`.

use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use chrono::NaiveDate;

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

const ACTORS: &[&str] = &[
    "The defence ministry",
    "Rebel commanders",
    "The foreign minister",
    "A United Nations envoy",
    "Government forces",
    "The opposition coalition",
    "Local officials",
    "The prime minister",
    "Border guards",
    "A military spokesman",
    "Peacekeepers",
    "The interior ministry",
];
const VERBS: &[&str] = &[
    "said",
    "reported",
    "announced",
    "denied",
    "confirmed",
    "warned",
    "claimed",
];
const PLACES: &[&str] = &[
    "the northern province",
    "the capital",
    "the disputed border",
    "the coastal city",
    "the mountain pass",
    "two villages near the front line",
    "the refugee camp",
];
const EVENTS: &[&str] = &[
    "an artillery strike hit",
    "troops withdrew from",
    "talks resumed in",
    "protesters gathered in",
    "a convoy was attacked near",
    "a ceasefire took hold in",
    "drones struck",
    "aid reached",
];
const WHEN: &[&str] = &[
    "on Monday",
    "on Tuesday",
    "last Wednesday",
    "on Thursday",
    "on Friday",
    "over the weekend",
    "yesterday",
    "today",
    "last week",
    "earlier this month",
    "last month",
    "in March",
    "on Sept. 28",
    "on 12 August 2019",
    "in late September",
    "in mid-2019",
    "in early 2020",
    "two days later",
    "three weeks ago",
    "in 2010",
    "since 1994",
    "in the 1990s",
    "in the third quarter",
    "from 2010 to 2012",
    "between May and July",
    "last year",
    "next month",
    "this week",
    "recently",
    "in recent years",
    "on October 5, 2020",
    "the following day",
];
const FILLER: &[&str] = &[
    "The statement could not be independently verified.",
    "Both sides accuse each other of violating the truce.",
    "Thousands of civilians have fled the fighting, according to aid groups.",
    "The region has been contested for decades and remains heavily militarised.",
    "Diplomats urged restraint and called for a return to negotiations.",
    "Casualty figures given by the two sides could not be confirmed.",
    "The government has not commented on the reports.",
    "Humanitarian agencies say access to the area remains limited.",
    "Analysts say the conflict risks drawing in regional powers.",
    "The envoy met separately with delegations from both sides.",
    "Electricity and water supplies were cut in several districts.",
    "The agreement calls for an exchange of prisoners and the return of displaced people.",
];

fn sentence(r: &mut Rng, out: &mut String) {
    match r.below(10) {
        0..=5 => {
            out.push_str(r.pick(FILLER));
        }
        6 | 7 => {
            out.push_str(r.pick(ACTORS));
            out.push(' ');
            out.push_str(r.pick(VERBS));
            out.push(' ');
            out.push_str(r.pick(WHEN));
            out.push_str(" that ");
            out.push_str(r.pick(EVENTS));
            out.push(' ');
            out.push_str(r.pick(PLACES));
            out.push('.');
        }
        8 => {
            let w = r.pick(WHEN);
            let mut cap = w[..1].to_uppercase();
            cap.push_str(&w[1..]);
            out.push_str(&cap);
            out.push_str(", ");
            out.push_str(r.pick(EVENTS));
            out.push(' ');
            out.push_str(r.pick(PLACES));
            out.push('.');
        }
        _ => {
            out.push_str(r.pick(ACTORS));
            out.push_str(" will meet ");
            out.push_str(r.pick(&["on Friday", "next week", "on Oct. 12", "in December"]));
            out.push_str(", ");
            out.push_str(r.pick(VERBS));
            out.push_str(" a source close to the talks.");
        }
    }
}

/// Builds about `bytes` bytes of news-like text, one paragraph a line.
fn corpus(bytes: usize) -> String {
    let dev = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/dev");
    let mut articles = Vec::new();
    if let Ok(dir) = std::fs::read_dir(&dev) {
        let mut paths: Vec<_> = dir
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt") && !p.ends_with("README.md"))
            .collect();
        paths.sort();
        for p in paths {
            if let Ok(t) = std::fs::read_to_string(&p) {
                articles.push(t);
            }
        }
    }
    let mut r = Rng(0x5eed_ca5e);
    let mut out = String::with_capacity(bytes + 4096);
    let mut next_article = 0;
    while out.len() < bytes {
        if !articles.is_empty() && r.below(25) == 0 {
            out.push_str(&articles[next_article % articles.len()]);
            next_article += 1;
            if !out.ends_with('\n') {
                out.push('\n');
            }
            continue;
        }
        for k in 0..(3 + r.below(4)) {
            if k > 0 {
                out.push(' ');
            }
            sentence(&mut r, &mut out);
        }
        out.push('\n');
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let value = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let mb: f64 = value("--mb").and_then(|v| v.parse().ok()).unwrap_or(4.0);
    let runs: usize = value("--runs").and_then(|v| v.parse().ok()).unwrap_or(5);
    let text = corpus((mb * 1e6) as usize);
    if let Some(path) = value("--write") {
        if let Err(e) = std::fs::write(&path, &text) {
            eprintln!("cannot write {path}: {e}");
            std::process::exit(1);
        }
        println!("wrote {} bytes to {path}", text.len());
    }
    let anchor = NaiveDate::from_ymd_opt(2020, 9, 29).expect("valid anchor");
    let found = casus::timex::tag(&text, anchor, false).len();
    let mut best = f64::INFINITY;
    for _ in 0..runs.max(1) {
        let start = Instant::now();
        casus::timex::write_csv(black_box(&text), anchor, false, std::io::sink())
            .expect("writing to a sink cannot fail");
        best = best.min(start.elapsed().as_secs_f64());
    }
    let mbs = text.len() as f64 / 1e6 / best;
    println!(
        "timex: {:.2} MB, {} lines, {found} expressions; best of {runs}: {:.1} ms = {mbs:.1} MB/s \
         (find + resolve + CSV, one thread)",
        text.len() as f64 / 1e6,
        text.lines().count(),
        best * 1e3
    );
}
