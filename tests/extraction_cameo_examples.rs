//! Measures extraction on the example sentences of the CAMEO codebook
//! (`../shared/data/cameo-codes.csv`): how many examples give any event, the share whose first
//! event has the example's CAMEO root, and the share whose first event also has the source and
//! target a careful coder gives the example, as written in our key
//! (`tests/fixtures/cameo-examples/actors.csv`, see its README). Skips with a message when
//! `../shared` is absent. The file's curly quotes and dashes are stored garbled (their UTF-8
//! bytes read as Mac Roman and written as Windows-1252, "‚Äô" for "’"): they are mended before
//! the sentences are read, as a person would read them.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use casus::extract::{Lexicon, extract};
use casus::ingest::article::{Article, ArticleOverrides, parse_article};
use casus::model::{ActorRegistry, Lookup, builtin};

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
    // The key's names are resolved, and the events' actors scored, against the registry with
    // the shipped Phoenix actors, which the coder reaches through its dictionaries.
    let shipped = casus::dict::shipped::registry();
    let mut key = read_key(&shipped);
    let bytes = repair_quotes(&std::fs::read(&path).unwrap());
    let mut reader = csv::ReaderBuilder::new().from_reader(bytes.as_slice());
    let (mut examples, mut with_event, mut right, mut all_right) = (0, 0, 0, 0);
    let mut per_root = [(0usize, 0usize); 21];
    for row in reader.byte_records() {
        let row = row.unwrap();
        let field = |i: usize| String::from_utf8_lossy(&row[i]).trim().to_string();
        let example = field(9);
        if example.is_empty() || example == "NA" {
            continue;
        }
        let root: usize = field(10).parse().unwrap();
        let code = field(3);
        let pairs = key
            .remove(&code)
            .unwrap_or_else(|| panic!("the key has no row for example {code}"));
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
        // The actors the coder found with the dictionaries join the registry for scoring, as
        // `casus extract` adds them (a sector actor's state is its parent).
        let mut scoring = shipped.clone();
        for a in extraction.actors {
            scoring.insert(a);
        }
        let root_right = events
            .first()
            .is_some_and(|e| usize::from(e.event_type.root_number()) == root);
        let actors_right = events.first().is_some_and(|e| {
            pairs.iter().any(|(s, t)| {
                s.accepts(&scoring, e.source.as_deref()) && t.accepts(&scoring, e.target.as_deref())
            })
        });
        if std::env::var_os("CASUS_CAMEO_VERBOSE").is_some() {
            // For reading by eye: the example, then its first event's source, code and target,
            // and what the key says of it.
            let name = |id: Option<&str>| {
                id.map_or("-".to_string(), |i| {
                    scoring.get(i).map_or(i.to_string(), |a| a.name.clone())
                })
            };
            eprintln!("{code} | {example}");
            if let Some(e) = events.first() {
                let verdict = match (root_right, actors_right) {
                    (true, true) => "right",
                    (true, false) => "actors wrong",
                    (false, true) => "root wrong",
                    (false, false) => "root and actors wrong",
                };
                eprintln!(
                    "    -> {} {} {}  [{verdict}]",
                    name(e.source.as_deref()),
                    e.event_type.code,
                    name(e.target.as_deref())
                );
            }
        }
        if !events.is_empty() {
            with_event += 1;
        }
        if root_right {
            right += 1;
            per_root[root].1 += 1;
            if actors_right {
                all_right += 1;
            }
        }
    }
    assert!(
        key.is_empty(),
        "the key has rows for no example: {:?}",
        key.keys()
    );
    let share = right as f64 / examples as f64;
    let all_share = all_right as f64 / examples as f64;
    eprintln!(
        "CAMEO examples: {examples}; {with_event} give an event ({:.1}%); root right for {right} ({:.1}%); \
         source, target and root right for {all_right} ({:.1}%)",
        100.0 * with_event as f64 / examples as f64,
        100.0 * share,
        100.0 * all_share
    );
    for (root, (n, ok)) in per_root.iter().enumerate().skip(1) {
        eprintln!("  root {root:02}: {ok}/{n}");
    }
    assert!(
        share >= FLOOR,
        "root accuracy {share:.3} fell below {FLOOR}"
    );
    assert!(
        all_share >= FLOOR_ALL,
        "source, target and root accuracy {all_share:.3} fell below {FLOOR_ALL}"
    );
}

/// One side of an event as the key accepts it.
enum Side {
    /// Any of these actors, compared at the level of states (`common::side`). An actor no
    /// registry names is written `?name` in the key and accepts nothing.
    Actors(Vec<String>),
    /// No actor: the event has no target in that example.
    Nobody,
}

impl Side {
    fn accepts(&self, registry: &ActorRegistry, id: Option<&str>) -> bool {
        match (self, id) {
            (Side::Nobody, None) => true,
            (Side::Actors(sides), Some(id)) => {
                let side = common::side(registry, id);
                sides.iter().any(|s| *s == side || s == id)
            }
            _ => false,
        }
    }
}

/// The key: for each example's code, the (source, target) pairs a careful coder gives it, any
/// one of which is right (several for a compound actor, or two readings both defensible); none
/// for an example that is no sentence. Every name that does not resolve is reported at once.
fn read_key(registry: &ActorRegistry) -> BTreeMap<String, Vec<(Side, Side)>> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cameo-examples/actors.csv");
    let mut reader = csv::Reader::from_path(&path).unwrap();
    let mut key = BTreeMap::new();
    let mut unresolved = Vec::new();
    for row in reader.records() {
        let row = row.unwrap();
        let (code, pairs) = (row[0].to_string(), &row[1]);
        let mut side = |text: &str| side_of(registry, text, &mut unresolved, &code);
        let pairs = if pairs == "none" {
            Vec::new()
        } else {
            pairs
                .split('|')
                .map(|pair| {
                    let (s, t) = pair
                        .split_once('>')
                        .unwrap_or_else(|| panic!("{code}: '{pair}' is not SOURCE>TARGET"));
                    (side(s), side(t))
                })
                .collect()
        };
        assert!(
            key.insert(code.clone(), pairs).is_none(),
            "{code} is in the key twice"
        );
    }
    assert!(
        unresolved.is_empty(),
        "the key's actors that do not resolve:\n{}",
        unresolved.join("\n")
    );
    key
}

/// One side of a key's pair: `-` (nobody), or names separated by `/`, each a name the registry
/// resolves to one actor, an actor id, `[CODE]` for CAMEO's generic actor of that code, or
/// `?name` for an actor no registry names. A name that resolves to no actor or to several is
/// added to `unresolved`.
fn side_of(registry: &ActorRegistry, text: &str, unresolved: &mut Vec<String>, code: &str) -> Side {
    if text == "-" {
        return Side::Nobody;
    }
    let mut sides = Vec::new();
    for name in text.split('/') {
        if name.starts_with('?') {
            continue;
        }
        if let Some(generic) = name.strip_prefix('[').and_then(|n| n.strip_suffix(']')) {
            sides.push(format!("cameo-{}", generic.to_ascii_lowercase()));
        } else if registry.get(name).is_some() {
            sides.push(common::side(registry, name));
        } else {
            match registry.lookup(name) {
                Lookup::Found(a) => sides.push(common::side(registry, &a.id)),
                Lookup::Ambiguous(actors) => unresolved.push(format!(
                    "{code}: '{name}' names several: {}",
                    actors
                        .iter()
                        .map(|a| a.id.as_str())
                        .collect::<Vec<_>>()
                        .join(" ")
                )),
                Lookup::Unknown { suggestion } => {
                    unresolved.push(format!("{code}: '{name}' names no actor ({suggestion:?})"))
                }
            }
        }
    }
    Side::Actors(sides)
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

/// The floors, just under the measured figures (docs/extraction.md).
const FLOOR: f64 = 0.60;
const FLOOR_ALL: f64 = 0.47;
