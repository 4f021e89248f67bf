//! Fuzz target for EDTF dates: any bytes (as lossy UTF-8) parsed as a date. It must never
//! panic; a date that parses must be written as text that parses back to the same date, and
//! its first and last days must be in order.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(date) = casus::model::DateSpan::parse(&text) {
        let written = date.to_string();
        let back = casus::model::DateSpan::parse(&written)
            .unwrap_or_else(|e| panic!("{text:?} was written {written:?}, which fails: {e}"));
        assert_eq!(back, date, "{text:?} -> {written:?}");
        if let (Some(a), Some(b)) = (date.start(), date.end()) {
            assert!(a <= b, "{text:?}");
        }
        let _ = date.precision();
        let _ = date.order_key();
    }
});
