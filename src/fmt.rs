//! Writing numbers and days into text without the formatting machinery, for the code that runs
//! once per row of a big file (dataset ids, `timeline.csv`); each writes exactly what
//! `Display` writes.

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};

/// Appends `n` in decimal, as `{n}` writes it.
pub fn push_u64(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    // ASCII digits are always UTF-8.
    out.push_str(std::str::from_utf8(&digits[i..]).unwrap_or_default());
}

/// Appends `day` as `{day}` writes it: `YYYY-MM-DD` for the years 0 to 9999 (others through
/// `Display`).
pub fn push_day(out: &mut String, day: NaiveDate) {
    let Ok(year) = u32::try_from(day.year()) else {
        let _ = write!(out, "{day}");
        return;
    };
    if year > 9999 {
        let _ = write!(out, "{day}");
        return;
    }
    let (month, d) = (day.month(), day.day());
    let digit = |n: u32| b'0' + (n % 10) as u8;
    let text = [
        digit(year / 1000),
        digit(year / 100),
        digit(year / 10),
        digit(year),
        b'-',
        digit(month / 10),
        digit(month),
        b'-',
        digit(d / 10),
        digit(d),
    ];
    out.push_str(std::str::from_utf8(&text).unwrap_or_default());
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn push_u64_writes_what_display_writes(n in any::<u64>()) {
            let mut s = String::from("x");
            push_u64(&mut s, n);
            prop_assert_eq!(s, format!("x{n}"));
        }

        #[test]
        fn push_day_writes_what_display_writes(days in -400_000i32..4_000_000) {
            let day = NaiveDate::from_num_days_from_ce_opt(days).unwrap();
            let mut s = String::new();
            push_day(&mut s, day);
            prop_assert_eq!(s, day.to_string());
        }
    }

    #[test]
    fn edge_values() {
        for n in [0, 9, 10, u64::MAX] {
            let mut s = String::new();
            push_u64(&mut s, n);
            assert_eq!(s, n.to_string());
        }
    }
}
