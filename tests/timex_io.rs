//! The tagger's output and its behaviour on bad input: the CSV that `casus timex` prints,
//! character offsets on non-ASCII lines, line modes, empty text, binary garbage, very long
//! lines and absurd numbers, plus a property test over arbitrary text.

use casus::timex::{Resolver, TimexType, find, tag, write_csv};
use chrono::NaiveDate;
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn csv(text: &str, anchor: NaiveDate, lines: bool) -> String {
    let mut out = Vec::new();
    write_csv(text, anchor, lines, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn csv_has_the_documented_header_and_quotes_commas() {
    let out = csv(
        "Talks resumed on Sept. 30, 2019, and lasted three days.",
        d(2020, 9, 29),
        false,
    );
    assert_eq!(
        out,
        "line,start,end,text,type,value,edtf\n\
         1,17,31,\"Sept. 30, 2019\",date,2019-09-30,2019-09-30\n\
         1,44,54,three days,duration,P3D,\n"
    );
}

#[test]
fn empty_text_gives_the_header_only() {
    assert_eq!(
        csv("", d(2020, 9, 29), false),
        "line,start,end,text,type,value,edtf\n"
    );
    assert_eq!(
        csv("\n\n\r\n", d(2020, 9, 29), true),
        "line,start,end,text,type,value,edtf\n"
    );
    assert!(tag("", d(2020, 9, 29), false).is_empty());
}

#[test]
fn offsets_count_characters_not_bytes() {
    // Cyrillic, an emoji and a typographic apostrophe before the expressions.
    let line = "Ереван 🇦🇲 — Armenia’s army said on Tuesday that fighting began on 27 September.";
    let found = tag(line, d(2020, 9, 29), false);
    assert_eq!(found.len(), 2);
    for t in &found {
        let text = &line[t.bytes.clone()];
        let by_chars: String = line.chars().skip(t.start).take(t.end - t.start).collect();
        assert_eq!(text, by_chars, "char offsets {}..{}", t.start, t.end);
        assert_eq!(line[..t.bytes.start].chars().count(), t.start);
    }
    assert_eq!(found[0].value, "2020-09-29");
    assert_eq!(found[1].value, "2020-09-27");
}

#[test]
fn lines_and_offsets_are_per_line() {
    let text = "No date here.\r\nIt began on Monday.\nAnd ended\ton Friday.";
    let found = tag(text, d(2020, 9, 29), false);
    let rows: Vec<(usize, usize, usize, &str)> = found
        .iter()
        .map(|t| (t.line, t.start, t.end, &text[t.bytes.clone()]))
        .collect();
    assert_eq!(rows, [(2, 12, 18, "Monday"), (3, 13, 19, "Friday")]);
}

#[test]
fn lines_mode_does_not_carry_the_anaphoric_anchor() {
    let text = "The war began on May 2, 2014.\nTwo days later it ended.";
    let whole = tag(text, d(2020, 9, 29), false);
    assert_eq!(whole[1].value, "2014-05-04");
    let lines = tag(text, d(2020, 9, 29), true);
    assert_eq!(lines[1].value, "2020-10-01");
    // The future cue of one sentence does not reach the next one.
    let t = tag(
        "They will talk. The truce held on Friday.",
        d(2020, 9, 29),
        false,
    );
    assert_eq!(t[0].value, "2020-09-25");
}

#[test]
fn types_are_date_duration_and_set() {
    let found = tag(
        "On Monday, for two weeks, every Friday",
        d(2020, 9, 29),
        false,
    );
    let kinds: Vec<TimexType> = found.iter().map(|t| t.kind).collect();
    assert_eq!(
        kinds,
        [TimexType::Date, TimexType::Duration, TimexType::Set]
    );
    assert!(found[1].span.is_none() && found[2].span.is_none());
}

#[test]
fn binary_garbage_does_not_panic() {
    let mut x: u64 = 0x1234_5678;
    let bytes: Vec<u8> = (0..200_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect();
    let text = String::from_utf8_lossy(&bytes);
    let _ = tag(&text, d(2020, 9, 29), false);
    let _ = csv(&text, d(2020, 9, 29), true);
}

#[test]
fn a_very_long_line_is_handled() {
    let sentence = "Troops withdrew on Monday, three days after the 2008 war began in August. ";
    let line = sentence.repeat(20_000); // about 1.5 MB without a line break
    let found = tag(&line, d(2020, 9, 29), false);
    assert_eq!(found.len(), 80_000);
    let last = found.last().unwrap();
    assert_eq!(last.line, 1);
    assert_eq!(last.end, line.trim_end().chars().count() - 1);
}

#[test]
fn absurd_numbers_neither_panic_nor_overflow() {
    let a = d(2020, 9, 29);
    let values =
        |s: &str| -> Vec<String> { tag(s, a, false).into_iter().map(|t| t.value).collect() };
    assert_eq!(values("99999 days ago"), ["1746-12-16"]);
    assert!(values("999999999 days ago").is_empty());
    assert!(values("18446744073709551616 weeks ago").is_empty());
    assert!(values("99999 years later").is_empty());
    assert!(values("year 0 and the year 0000").is_empty());
    assert!(values("0000-00-00 and 2020-13-45 and 31/02/2020").is_empty());
    assert_eq!(
        values("99999999999999999999 days"),
        ["P18446744073709551615D"]
    );
    // At the edges of the years casus stores.
    let first = d(0, 1, 1);
    let last = d(9999, 12, 31);
    assert!(tag("yesterday, last year, last week", first, false).is_empty());
    assert!(tag("tomorrow, next year, next month", last, false).is_empty());
    assert_eq!(
        tag("9999-12-31. The next day.", a, false)
            .into_iter()
            .map(|t| t.value)
            .collect::<Vec<_>>(),
        ["9999-12-31"]
    );
}

#[test]
fn find_and_resolve_work_line_by_line() {
    let line = "Two days later, on Sept. 30, talks resumed.";
    let mentions = find(line);
    assert_eq!(mentions.len(), 2);
    assert_eq!(&line[mentions[0].start..mentions[0].end], "Two days later");
    let mut r = Resolver::new(d(2020, 9, 29));
    let values: Vec<String> = mentions
        .iter()
        .filter_map(|m| r.resolve(m))
        .map(|x| x.value)
        .collect();
    assert_eq!(values, ["2020-10-01", "2019-09-30"]);
}

#[test]
fn output_is_deterministic() {
    let text = "On Monday and last week, since 1994; from May to July; in recent years.";
    let a = csv(text, d(2020, 9, 29), false);
    for _ in 0..3 {
        assert_eq!(csv(text, d(2020, 9, 29), false), a);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any text: no panic, spans inside the text on character boundaries, offsets consistent.
    #[test]
    fn any_text_is_safe(text in "\\PC{0,200}", days in 0u64..3_652_059) {
        let anchor = d(0, 1, 1).checked_add_days(chrono::Days::new(days)).unwrap();
        for t in tag(&text, anchor, false) {
            prop_assert!(t.bytes.start < t.bytes.end && t.bytes.end <= text.len());
            prop_assert!(text.is_char_boundary(t.bytes.start));
            prop_assert!(text.is_char_boundary(t.bytes.end));
            prop_assert!(t.start < t.end);
        }
    }

    /// Text made of the tagger's own words, where it finds the most.
    #[test]
    fn temporal_word_salad_is_safe(
        words in proptest::collection::vec(
            proptest::sample::select(vec![
                "on", "the", "last", "next", "Monday", "Sept.", "30", "2019", ",", "-", "to",
                "from", "since", "between", "and", "early", "mid", "late", "week", "month",
                "year", "days", "ago", "later", "99999", "1990s", "'90s", "Q3", "half",
                "third", "quarter", "of", "this", "that", "day", "will", "29", "February",
                "winter", "every", "recently", "in", "past", "few", "st", "th", "/", ".",
            ]),
            0..40,
        ),
        days in 0u64..3_652_059,
    ) {
        let text = words.join(" ");
        let anchor = d(0, 1, 1).checked_add_days(chrono::Days::new(days)).unwrap();
        for t in tag(&text, anchor, false) {
            prop_assert!(t.bytes.end <= text.len());
            if let Some(span) = t.span {
                // Every span written out parses back as EDTF.
                prop_assert!(casus::model::DateSpan::parse(&span.to_string()).is_ok(), "{}", span);
            }
        }
    }
}
