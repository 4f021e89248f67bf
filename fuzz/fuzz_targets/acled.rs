//! Fuzz target for the Acled importer: any bytes streamed as a Acled file through the built-in
//! registry, with --skip-bad (every row accounted for) and without (stops at the first bad
//! row). It must never panic, and read = kept + filtered + rejected.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    casus_fuzz::dataset(data, casus::ingest::dataset::InputFormat::Acled);
});
