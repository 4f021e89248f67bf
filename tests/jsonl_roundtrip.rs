//! Property test: events written as `events.jsonl` and read back are the same events, every
//! field included (dates as EDTF, provenance records with all their fields, origin, location,
//! quotes), whatever their text holds: quotes, backslashes, newlines, control characters, any
//! script.

use std::sync::Arc;

use casus::export::jsonl::write_events;
use casus::ingest::jsonl;
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
    "1992/",
    "/2020-09",
    "199X",
    "19XX",
    "2020-W40",
    "2020-35",
    "2020-24",
    "2004-06-11%",
];

/// Any text at all, including what breaks naive writers.
fn text() -> impl Strategy<Value = String> {
    "(\\PC|[\"\\\\\n\r\t\u{0}\u{1}\u{7f}\u{2028}]){0,24}"
}

fn non_empty() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9Ա中]{1,3}".prop_flat_map(|head| text().prop_map(move |t| format!("{head}{t}")))
}

fn provenance() -> impl Strategy<Value = Provenance> {
    (
        proptest::option::of(text()),
        proptest::option::of(text()),
        proptest::option::of(0u32..3_000_000),
        proptest::option::of(text()),
        proptest::option::of(text()),
        proptest::option::of(any::<u64>()),
        proptest::option::of(text()),
    )
        .prop_map(|(outlet, title, days, url, file, line, quote)| Provenance {
            outlet: outlet.map(Into::into),
            title: title.map(Into::into),
            published: days.map(|d| {
                chrono::NaiveDate::from_ymd_opt(1, 1, 1).unwrap() + chrono::Days::new(d.into())
            }),
            url: url.map(Into::into),
            file: file.map(Into::into),
            line,
            quote: quote.map(Into::into),
        })
}

fn event(i: usize) -> impl Strategy<Value = Event> {
    let codes: Vec<&'static str> = Codebook::get().iter().map(|t| t.code.as_str()).collect();
    (
        proptest::sample::select(DATES),
        proptest::option::of(proptest::sample::select(ACTORS)),
        proptest::option::of(proptest::sample::select(ACTORS)),
        proptest::sample::select(codes),
        non_empty(),
        proptest::option::of(text()),
        proptest::sample::select(&Origin::ALL[..]),
        proptest::collection::vec(provenance(), 1..4),
        "[!-~]{0,6}",
    )
        .prop_map(
            move |(date, source, target, code, summary, location, origin, provenance, tail)| {
                Event {
                    id: format!("e{i}{tail}").into(),
                    date: DateSpan::parse(date).unwrap(),
                    // Only a dataset event may lack a source (as in curated CSV and TOML).
                    source: source
                        .or(matches!(origin, Origin::Curated | Origin::Article)
                            .then_some(ACTORS[0]))
                        .map(Arc::from),
                    target: target.map(Arc::from),
                    event_type: Codebook::get().code(code).unwrap(),
                    summary,
                    location: location.map(Arc::from),
                    origin,
                    provenance,
                }
            },
        )
}

fn events() -> impl Strategy<Value = Vec<Event>> {
    (1usize..6).prop_flat_map(|n| (0..n).map(event).collect::<Vec<_>>())
}

/// The built-in registry, built once for every case.
fn registry() -> &'static casus::model::ActorRegistry {
    static REGISTRY: std::sync::OnceLock<casus::model::ActorRegistry> = std::sync::OnceLock::new();
    REGISTRY.get_or_init(builtin::registry)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn events_jsonl_written_then_read_back_gives_the_same_events(mut events in events()) {
        let registry = registry();
        events.sort_by(Event::timeline_cmp);
        let mut bytes = Vec::new();
        write_events(&events, registry, &mut bytes).unwrap();
        prop_assert_eq!(bytes.iter().filter(|&&b| b == b'\n').count(), events.len());
        let parsed = jsonl::parse(&bytes, "events.jsonl");
        prop_assert!(parsed.problems.is_empty(), "{}", parsed.problems);
        let back = normalize::resolve(parsed.events, registry).unwrap();
        prop_assert_eq!(back, events);
    }
}
