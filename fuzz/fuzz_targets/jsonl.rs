//! Fuzz target for the JSON Lines reader: any bytes as an `events.jsonl`, then the events
//! through the built-in registry. It must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let parsed = casus::ingest::jsonl::parse(data, "f.jsonl");
    for d in &parsed.problems.0 {
        assert_eq!(d.file, "f.jsonl");
    }
    let mut registry = casus_fuzz::builtin();
    casus::normalize::add_carried(&mut registry, &parsed.carried);
    let _ = casus::normalize::resolve(parsed.events, &registry);
});
