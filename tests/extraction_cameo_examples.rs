//! Measures extraction on the example sentences of the CAMEO codebook
//! (`../shared/data/cameo-codes.csv`): the share of examples whose CAMEO root casus gets right
//! (its first event has the example's root), and how many give any event at all. Skips with a
//! message when `../shared` is absent. The file's curly quotes and dashes are stored garbled
//! (their UTF-8 bytes read as Mac Roman and written as Windows-1252, "‚Äô" for "’"): they are
//! mended before the sentences are read, as a person would read them.

mod common;

use std::path::Path;

use casus::extract::{Lexicon, extract};
use casus::ingest::article::{Article, ArticleOverrides, parse_article};
use casus::model::builtin;

#[test]
fn cameo_example_sentences() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/cameo-codes.csv");
    if !path.exists() {
        common::skipped(
            "cameo_example_sentences",
            &format!("{} is absent", path.display()),
        );
        return;
    }
    let registry = builtin::registry();
    let lexicon = Lexicon::builtin();
    let bytes = repair_quotes(&std::fs::read(&path).unwrap());
    let mut reader = csv::ReaderBuilder::new().from_reader(bytes.as_slice());
    let (mut examples, mut with_event, mut right) = (0usize, 0usize, 0usize);
    let mut per_root = [(0usize, 0usize); 21];
    for row in reader.byte_records() {
        let row = row.unwrap();
        let field = |i: usize| String::from_utf8_lossy(&row[i]).trim().to_string();
        let example = field(9);
        if example.is_empty() || example == "NA" {
            continue;
        }
        let root: usize = field(10).parse().unwrap();
        examples += 1;
        per_root[root].0 += 1;
        // The examples carry no publication date; any anchor will do for the root.
        let overrides = ArticleOverrides {
            published: chrono::NaiveDate::from_ymd_opt(2000, 6, 15),
            ..ArticleOverrides::default()
        };
        let article: Article = parse_article(&example, "example", &overrides).unwrap();
        let extraction = extract(&article, &registry, &lexicon);
        let events = extraction.events;
        if std::env::var_os("CASUS_CAMEO_VERBOSE").is_some() {
            // For reading by eye: the example, then its first event's source, code and target.
            let name = |id: Option<&str>| {
                id.map_or("-".to_string(), |i| {
                    registry
                        .get(i)
                        .or_else(|| extraction.actors.iter().find(|a| a.id == i))
                        .map_or(i.to_string(), |a| a.name.clone())
                })
            };
            eprintln!("{} | {example}", field(3));
            if let Some(e) = events.first() {
                eprintln!(
                    "    -> {} {} {}",
                    name(e.source.as_deref()),
                    e.event_type.code,
                    name(e.target.as_deref())
                );
            }
        }
        if let Some(first) = events.first() {
            with_event += 1;
            if usize::from(first.event_type.root_number()) == root {
                right += 1;
                per_root[root].1 += 1;
            }
        }
    }
    let share = right as f64 / examples as f64;
    eprintln!(
        "CAMEO examples: {examples}; {with_event} give an event ({:.1}%); root right for {right} ({:.1}%)",
        100.0 * with_event as f64 / examples as f64,
        100.0 * share
    );
    for (root, (n, ok)) in per_root.iter().enumerate().skip(1) {
        eprintln!("  root {root:02}: {ok}/{n}");
    }
    assert!(
        share >= FLOOR,
        "root accuracy {share:.3} fell below {FLOOR}"
    );
}

/// Mends the file's garbled punctuation: the UTF-8 bytes E2 80 xx of a curly quote or dash,
/// read as Mac Roman and written as Windows-1252, are stored as 82 C4 yy; each is put back.
/// Other bytes pass as they are.
fn repair_quotes(bytes: &[u8]) -> Vec<u8> {
    // The third byte as stored (the Windows-1252 byte of the Mac Roman character) and the
    // punctuation it stands for.
    const THIRD: &[(u8, &str)] = &[
        (0xF4, "\u{2019}"),
        (0xF2, "\u{2018}"),
        (0xFA, "\u{201C}"),
        (0xF9, "\u{201D}"),
        (0xEE, "\u{2014}"),
        (0xEC, "\u{2013}"),
    ];
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == 0x82
            && bytes.get(i + 1) == Some(&0xC4)
            && let Some((_, text)) = bytes
                .get(i + 2)
                .and_then(|b| THIRD.iter().find(|(third, _)| third == b))
        {
            out.extend_from_slice(text.as_bytes());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    out
}

/// The floor, just under the measured figure (docs/extraction.md).
const FLOOR: f64 = 0.60;
