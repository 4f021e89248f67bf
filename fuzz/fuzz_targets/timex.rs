//! Fuzz target for the temporal tagger: any bytes, read as (lossy) UTF-8 text with an anchor
//! taken from the first bytes, through the finder, the resolver and the CSV writer, in both
//! line modes. It must never panic; offsets must stay inside their line.
#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (head, body) = data.split_at(data.len().min(3));
    // An anchor anywhere in years 0-9999, so that deictic arithmetic meets the edges.
    let mut n = 0u32;
    for b in head {
        n = n * 256 + u32::from(*b);
    }
    let anchor = NaiveDate::from_ymd_opt(0, 1, 1)
        .and_then(|d| d.checked_add_days(chrono::Days::new(u64::from(n % 3_652_059))))
        .unwrap_or(NaiveDate::from_ymd_opt(2020, 9, 29).unwrap());
    let text = String::from_utf8_lossy(body);
    for lines_mode in [false, true] {
        let found = casus::timex::tag(&text, anchor, lines_mode);
        for t in &found {
            assert!(t.bytes.start < t.bytes.end && t.bytes.end <= text.len());
            assert!(text.is_char_boundary(t.bytes.start) && text.is_char_boundary(t.bytes.end));
            assert!(t.start < t.end);
        }
        casus::timex::write_csv(&text, anchor, lines_mode, std::io::sink()).unwrap();
    }
    for line in text.lines() {
        let mut resolver = casus::timex::Resolver::new(anchor);
        for m in casus::timex::find(line) {
            assert!(m.start < m.end && m.end <= line.len());
            let _ = resolver.resolve(&m);
        }
    }
});
