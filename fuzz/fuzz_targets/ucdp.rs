//! Fuzz target for the Ucdp importer: any bytes streamed as a Ucdp file through the built-in
//! registry, with --skip-bad (every row accounted for) and without (stops at the first bad
//! row). It must never panic, and read = kept + filtered + rejected.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    casus_fuzz::dataset(data, casus::ingest::dataset::InputFormat::Ucdp);
});
