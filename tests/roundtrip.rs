//! Property test: events written as `timeline.csv` and read back as curated CSV are the same
//! events (the law that lets an analyst edit an exported timeline in a spreadsheet).

use std::sync::Arc;

use casus::export::timeline::{TimelineOptions, write_events};
use casus::ingest::curated_csv;
use casus::model::{Codebook, DateSpan, Event, Origin, Provenance, builtin};
use casus::normalize;
use proptest::prelude::*;

const ACTORS: &[&str] = &[
    "russia",
    "russia-government",
    "turkey",
    "armenia",
    "azerbaijan",
];

const DATES: &[&str] = &[
    "2020-09-29",
    "2020-09",
    "2010~",
    "2020-09?",
    "2020-09-28/2020-10-10",
    "1994/..",
    "../2020-09-29",
    "199X",
    "2020-W40",
    "2020-35",
    "2020-21",
    "2004-06-11%",
];

/// Text a person might type into a cell: words with punctuation, quotes, delimiters, formula
/// triggers, non-Latin letters; single spaces, no leading or trailing white space (ingest trims
/// cells and folds white space in provenance).
fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec("[=+@'\"a-zA-Z0-9,;|\\\\ЖԱ中.:/-]{1,8}", 1..5)
        .prop_map(|w| w.join(" "))
}

fn opt_text() -> impl Strategy<Value = Option<String>> {
    proptest::option::of(text())
}

fn provenance() -> impl Strategy<Value = Provenance> {
    (
        opt_text(),
        proptest::option::of(0u32..20_000),
        opt_text(),
        opt_text(),
        "[a-z]{1,6}\\.(toml|csv)",
        1u64..500,
        opt_text(),
    )
        .prop_map(|(outlet, days, title, url, file, line, quote)| Provenance {
            outlet: outlet.map(Into::into),
            published: days.map(|d| {
                chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap()
                    + chrono::Duration::days(d.into())
            }),
            title: title.map(Into::into),
            url: url.map(Into::into),
            file: Some(file.into()),
            line: Some(line),
            quote: quote.map(Into::into),
        })
}

fn event(i: usize) -> impl Strategy<Value = Event> {
    let codes: Vec<&'static str> = Codebook::get().iter().map(|t| t.code.as_str()).collect();
    (
        proptest::sample::select(DATES),
        proptest::sample::select(ACTORS),
        proptest::option::of(proptest::sample::select(ACTORS)),
        proptest::sample::select(codes),
        text(),
        opt_text(),
        proptest::sample::select(&Origin::ALL[..]),
        proptest::collection::vec(provenance(), 1..3),
    )
        .prop_map(
            move |(date, source, target, code, summary, location, origin, provenance)| Event {
                id: format!("e{i}").into(),
                date: DateSpan::parse(date).unwrap(),
                source: Some(Arc::from(source)),
                target: target.map(Arc::from),
                event_type: Codebook::get().code(code).unwrap(),
                summary,
                location: location.map(Arc::from),
                origin,
                provenance,
            },
        )
}

fn events() -> impl Strategy<Value = Vec<Event>> {
    (1usize..6).prop_flat_map(|n| (0..n).map(event).collect::<Vec<_>>())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn timeline_csv_written_then_read_back_gives_the_same_events(
        mut events in events(),
        delimiter in proptest::sample::select(vec![b',', b';', b'\t']),
        bom in any::<bool>(),
    ) {
        let registry = builtin::registry();
        events.sort_by(Event::timeline_cmp);
        let mut bytes = Vec::new();
        let options = TimelineOptions { formula_guard: true, bom, delimiter };
        write_events(&events, &registry, &options, &mut bytes).unwrap();
        let text = String::from_utf8(bytes).unwrap();
        let parsed = curated_csv::parse(text.as_bytes(), "timeline.csv");
        prop_assert!(parsed.problems.is_empty(), "{}\n{}", parsed.problems, text);
        let back = normalize::resolve(parsed.events, &registry).unwrap();
        prop_assert_eq!(back, events);
    }
}
