//! The cost of the shipped PETRARCH dictionaries: `cargo bench --bench dictionaries`.
//!
//! Times, best of several runs on one thread, of reading each shipped dictionary from its
//! embedded text (`src/dict/data/`), of casus's built-in registry alone, and of the merge of the
//! three Phoenix actor dictionaries into it (what `casus actors`, and a `build` whose names need
//! Phoenix, pay once per run). Prints the sizes too. Option (after `--`): `--runs N` (default 5).

use std::hint::black_box;
use std::time::{Duration, Instant};

use casus::dict::{
    ActorDictionary, AgentDictionary, DiscardDictionary, VerbDictionary, merge, shipped,
};
use casus::model::{ActorKind, ActorOrigin, builtin};

fn best<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..runs {
        let t = Instant::now();
        let out = black_box(f());
        best = best.min(t.elapsed());
        last = Some(out);
    }
    (best, last.expect("at least one run"))
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1e3)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let runs = args
        .iter()
        .position(|a| a == "--runs")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(5usize)
        .max(1);
    let (t, v) = best(runs, || {
        VerbDictionary::parse_lenient(shipped::VERBS, "CAMEO.2.0.txt").0
    });
    let c = v.counts();
    println!(
        "verbs      {:>9}  ({} KB: {} blocks, {} verbs, {} forms, {} patterns, {} synonym sets)",
        ms(t),
        shipped::VERBS.len() / 1000,
        c.blocks,
        c.verbs,
        c.forms,
        c.patterns,
        c.synsets
    );
    let (t, a) = best(runs, || {
        AgentDictionary::parse_lenient(shipped::AGENTS, "agents").0
    });
    println!(
        "agents     {:>9}  ({} agents, {} forms)",
        ms(t),
        a.len(),
        a.forms()
    );
    let (t, d) = best(runs, || {
        DiscardDictionary::parse_lenient(shipped::DISCARDS, "discards").0
    });
    println!("discards   {:>9}  ({} phrases)", ms(t), d.len());
    let (t, dicts) = best(runs, || {
        shipped::ACTORS
            .iter()
            .map(|(name, text)| ActorDictionary::parse_lenient(text, name).0)
            .collect::<Vec<_>>()
    });
    let entries: usize = dicts.iter().map(|d| d.entries.len()).sum();
    let bytes: usize = shipped::ACTORS.iter().map(|(_, t)| t.len()).sum();
    println!(
        "actors     {:>9}  ({} KB, {entries} entries)",
        ms(t),
        bytes / 1000
    );
    let (t, casus) = best(runs, builtin::registry);
    println!("builtin    {:>9}  ({} actors)", ms(t), casus.len());
    let refs: Vec<&ActorDictionary> = dicts.iter().collect();
    let (t, (registry, counts)) = best(runs, || {
        merge::merge(builtin::registry(), &refs, ActorOrigin::Phoenix)
    });
    let people = registry
        .iter()
        .filter(|a| {
            a.kind == ActorKind::Person
                && a.affiliations
                    .iter()
                    .any(|f| f.from.is_some() || f.to.is_some())
        })
        .count();
    let all: Vec<casus::model::Actor> = registry.clone().into_actors().collect();
    let (t2, _) = best(runs, || {
        casus::model::ActorRegistry::from_actors(all.clone())
    });
    println!(
        "index      {:>9}  (indexing the merged actors again, clone included)",
        ms(t2)
    );
    println!(
        "merge      {:>9}  (built-in registry included: {} actors, {people} people with dated \
         roles; {counts:?})",
        ms(t),
        registry.len()
    );
}
