//! Fuzz target for the curated CSV reader: any bytes as a curated CSV file. It must never
//! panic, and every problem must name the file with a bounded message.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let parsed = casus::ingest::curated_csv::parse(data, "f.csv");
    for d in &parsed.problems.0 {
        assert_eq!(d.file, "f.csv");
        assert!(d.message.len() <= casus::diag::MAX_MESSAGE + 64);
    }
});
