//! The temporal tagger on TempEval-3's AQUAINT corpus (`../shared/data/timeml-aquaint/*.tml`,
//! 73 news documents, 579 gold TIMEX3), scored with TempEval-3's measures
//! (`casus::timex::timeml`): strict and relaxed span F1, and value F1 over the relaxed matches.
//! Each document is tagged as one story anchored on its creation time. The figures are printed
//! and floors asserted just under what casus reaches. Skipped, with a `SKIPPED:` line, when the
//! folder is absent. No other TimeML corpus is read.
//!
//! `CASUS_TIMEML_SHOW=1 cargo test --release --test timex_timeml -- --nocapture` also prints
//! every missed, spurious, partly matched and wrongly valued expression.

use std::collections::BTreeMap;
use std::path::Path;

use casus::timex::tag;
use casus::timex::timeml::{self, Counts, Outcome, SystemTimex};

#[test]
fn tempeval3_measures_on_aquaint() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/timeml-aquaint");
    if !dir.is_dir() {
        eprintln!(
            "SKIPPED: tempeval3_measures_on_aquaint: {} is absent",
            dir.display()
        );
        return;
    }
    let show = std::env::var_os("CASUS_TIMEML_SHOW").is_some();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("a readable folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "tml"))
        .collect();
    files.sort();
    let mut total = Counts::default();
    let mut by_type: BTreeMap<String, Counts> = BTreeMap::new();
    for path in &files {
        let src = std::fs::read_to_string(path).expect("a readable file");
        let name = path.file_name().unwrap().to_string_lossy();
        let doc = timeml::parse(&src).unwrap_or_else(|e| panic!("{name}: {e}"));
        let found = tag(&doc.text, doc.dct, false);
        let system: Vec<SystemTimex> = found
            .iter()
            .map(|t| SystemTimex {
                start: t.bytes.start,
                end: t.bytes.end,
                kind: t.kind.as_timeml(),
                value: &t.value,
            })
            .collect();
        let (c, outcomes, used) = timeml::score(&doc.gold, &system);
        total.add(c);
        for (g, o) in doc.gold.iter().zip(&outcomes) {
            let e = by_type.entry(g.kind.clone()).or_default();
            e.gold += 1;
            if let Outcome::Matched { system: k, strict } = *o {
                e.relaxed += 1;
                e.strict += usize::from(strict);
                e.value += usize::from(system[k].value == g.value);
            }
            if !show {
                continue;
            }
            let gt = &doc.text[g.start..g.end];
            match *o {
                Outcome::Missed => eprintln!("{name} MISSED {gt:?} {} {}", g.kind, g.value),
                Outcome::Matched { system: k, strict } => {
                    let s = &system[k];
                    let st = &doc.text[s.start..s.end];
                    if !strict || s.value != g.value {
                        let ctx_start = doc.text[..g.start.min(s.start)]
                            .char_indices()
                            .rev()
                            .nth(40)
                            .map_or(0, |(i, _)| i);
                        let ctx_end = doc.text[g.end.max(s.end)..]
                            .char_indices()
                            .nth(30)
                            .map_or(doc.text.len(), |(i, _)| g.end.max(s.end) + i);
                        eprintln!(
                            "{name} {} gold {gt:?} {} | casus {st:?} {} | {:?}",
                            if strict { "VALUE" } else { "SPAN" },
                            g.value,
                            s.value,
                            &doc.text[ctx_start..ctx_end].replace('\n', " ")
                        );
                    }
                }
            }
        }
        if show {
            for (s, u) in system.iter().zip(&used) {
                if !u {
                    eprintln!(
                        "{name} SPURIOUS {:?} {} {}",
                        &doc.text[s.start..s.end],
                        s.kind,
                        s.value
                    );
                }
            }
        }
    }
    eprintln!(
        "AQUAINT ({} documents, {} gold TIMEX3, {} found):",
        files.len(),
        total.gold,
        total.system
    );
    eprintln!("  strict span   {}", total.strict());
    eprintln!("  relaxed span  {}", total.relaxed());
    eprintln!(
        "  value         {}  (accuracy over relaxed matches {:.3})",
        total.value(),
        total.value_accuracy()
    );
    eprintln!("  type          {}", total.kind());
    for (k, c) in &by_type {
        eprintln!(
            "  gold {k:<9} {:>4}: relaxed recall {:.3}, strict recall {:.3}, value recall {:.3}",
            c.gold,
            c.relaxed().recall,
            c.strict().recall,
            c.value().recall
        );
    }
    assert_eq!(
        files.len(),
        73,
        "the AQUAINT half of TempEval-3 has 73 documents"
    );
    assert_eq!(total.gold, 579);
    assert!(
        total.strict().f1 >= 0.87,
        "strict span F1 {}",
        total.strict().f1
    );
    assert!(
        total.relaxed().f1 >= 0.94,
        "relaxed span F1 {}",
        total.relaxed().f1
    );
    assert!(total.value().f1 >= 0.785, "value F1 {}", total.value().f1);
}
