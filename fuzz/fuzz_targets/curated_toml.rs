//! Fuzz target for the curated TOML reader: any bytes (as lossy UTF-8) as an event and actor
//! file, then the actors through the registry. It must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let parsed = casus::ingest::curated_toml::parse(&text, "f.toml");
    for d in &parsed.problems.0 {
        assert_eq!(d.file, "f.toml");
    }
    if let Ok(registry) = casus::normalize::registry(parsed.actors, casus_fuzz::builtin()) {
        let _ = casus::normalize::resolve(parsed.events, &registry);
    }
});
