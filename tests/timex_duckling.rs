//! Accuracy of the temporal tagger on Duckling's English corpus (`../shared/data/
//! timex-duckling-en.tsv`, 610 expressions with the reference time 2013-02-12, a Tuesday).
//!
//! Duckling is built for assistants and reads a bare weekday, a year-less date or month, as the
//! *next* one; casus follows the news rule (a weekday is the most recent one on or before the
//! publication date; a year-less date, month or holiday with no cue the nearer of the last and
//! the next, the next only when less than half as far). Rows where the two differ are scored
//! against the news reading, computed here from Duckling's value by the rule (weekdays go back
//! by weeks, year-less dates by years) and counted in the report. Everything else is scored
//! against Duckling's value as written.
//!
//! The prediction for a row is the longest expression casus finds in its text; it is correct
//! when its span has Duckling's first day and the same grain (a single day, week, month, quarter
//! or year), or the same first and last day for an interval.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use casus::model::{DateSpan, Precision};
use chrono::{Datelike, Duration, NaiveDate};

#[derive(Clone, Copy, Debug, PartialEq)]
enum Want {
    /// One unit of the grain starting on that day.
    Unit(NaiveDate),
    /// Days from the first to the day before the second (Duckling's ends are exclusive).
    Interval(NaiveDate, NaiveDate),
    /// Open-ended after the day.
    After(NaiveDate),
    /// Open-ended up to the unit that starts on the day.
    Before(NaiveDate),
}

fn anchor() -> NaiveDate {
    NaiveDate::from_ymd_opt(2013, 2, 12).unwrap()
}

/// The first `(y, m, d, ...)` tuples of Duckling's expected value.
fn tuples(s: &str) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(open) = rest.find('(') {
        let after = &rest[open + 1..];
        let Some(close) = after.find(')') else { break };
        let inner = &after[..close];
        let nums: Vec<i64> = inner
            .split(',')
            .filter_map(|p| p.trim().trim_start_matches('(').parse().ok())
            .collect();
        if nums.len() == 6 {
            if let Some(d) = NaiveDate::from_ymd_opt(nums[0] as i32, nums[1] as u32, nums[2] as u32)
                && nums[0] > 0
            {
                out.push(d);
            } else {
                out.push(NaiveDate::MIN);
            }
        }
        rest = &after[close + 1..];
    }
    out
}

fn parse_expected(s: &str) -> Option<Want> {
    let t = tuples(s);
    if t.contains(&NaiveDate::MIN) {
        return None; // BC years: casus stores years 0-9999 only; scored as a miss.
    }
    if s.starts_with("Interval") || s.starts_with("IntervalHoliday") {
        return (t.len() == 2).then(|| Want::Interval(t[0], t[1]));
    }
    if s.starts_with("OpenInterval After") {
        return t.first().map(|d| Want::After(*d));
    }
    if s.starts_with("OpenInterval Before") {
        return t.first().map(|d| Want::Before(*d));
    }
    (t.len() == 1).then(|| Want::Unit(t[0]))
}

fn precision_of(grain: &str) -> Option<Precision> {
    Some(match grain {
        "Day" => Precision::Day,
        "Week" => Precision::Week,
        "Month" => Precision::Month,
        "Quarter" => Precision::Quarter,
        "Year" => Precision::Year,
        _ => return None,
    })
}

/// The last day of the unit of `grain` that starts on `d`.
fn unit_end(d: NaiveDate, grain: &str) -> NaiveDate {
    let months = match grain {
        "Day" => return d,
        "Week" => return d + Duration::days(6),
        "Month" => 1,
        "Quarter" => 3,
        _ => 12,
    };
    let idx = d.year() * 12 + d.month0() as i32 + months;
    NaiveDate::from_ymd_opt(idx.div_euclid(12), idx.rem_euclid(12) as u32 + 1, 1).unwrap()
        - Duration::days(1)
}

fn matches(span: &DateSpan, want: Want, grain: &str) -> bool {
    match want {
        Want::Unit(d) => {
            precision_of(grain) == Some(span.precision())
                && span.start() == Some(d)
                && span.end() == Some(unit_end(d, grain))
        }
        Want::Interval(a, b) => {
            span.start() == Some(a) && span.end() == Some(b - Duration::days(1))
        }
        Want::After(a) => span.start() == Some(a) && span.end().is_none(),
        Want::Before(a) => span.start().is_none() && span.end() == Some(unit_end(a, grain)),
    }
}

const WEEKDAYS: [&str; 14] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
];
const MONTHS: [&str; 24] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether the text writes its year: four digits, `3/3/15`, or a number after "day month".
fn names_year(text: &str) -> bool {
    let w = words(text);
    if w.iter()
        .any(|x| x.len() == 4 && x.bytes().all(|b| b.is_ascii_digit()))
        || text.matches('/').count() >= 2
        || w.iter().any(|x| {
            // "2018q4", "18q4"
            x.contains('q') && x.starts_with(|c: char| c.is_ascii_digit())
        })
    {
        return true;
    }
    w.windows(3).any(|x| {
        x[0].starts_with(|c: char| c.is_ascii_digit())
            && ["st", "nd", "rd", "th"].iter().any(|s| x[0].ends_with(s))
            && MONTHS.contains(&x[1].trim_start_matches(|c: char| c.is_ascii_digit()))
            && x[2].bytes().all(|b| b.is_ascii_digit())
    })
}

/// Words that make Duckling's forward reading the reading a news reader would also choose, or
/// that tie the expression to the current week, month or year.
fn forward_or_relative(text: &str) -> bool {
    let w = words(text);
    let t = format!(" {} ", w.join(" "));
    [
        " next ", " after ", " from now ", " hence ", " upcoming ", " coming ", " following ",
        " tomorrow", " in 1 ", " in a ", " in one ", " in five ", " week", " month", " year",
        " last ", " closest ",
    ]
    .iter()
    .any(|k| t.contains(k))
        // "first tuesday of october": an nth weekday moves by more than whole years.
        || w.windows(2).any(|x| {
            ["first", "second", "third", "fourth", "fifth"].contains(&x[0].as_str())
                && WEEKDAYS.contains(&x[1].as_str())
        })
}

/// The year of a year-less month under the news rule with no tense cue: the one under way or
/// the last, or the next when that is less than half as far.
fn month_year(m: u32) -> i32 {
    let a = anchor();
    if m <= a.month() {
        return a.year();
    }
    let first_ahead = NaiveDate::from_ymd_opt(a.year(), m, 1).unwrap();
    let last_behind = unit_end(
        NaiveDate::from_ymd_opt(a.year() - 1, m, 1).unwrap(),
        "Month",
    );
    if (first_ahead - a).num_days() * 2 < (a - last_behind).num_days() {
        a.year()
    } else {
        a.year() - 1
    }
}

/// "first tuesday of october", "last Friday in october", "the week of october 6th" without a
/// year: the month is year-less, so the news reading places it by [`month_year`], and the day or
/// week is counted in that month.
fn nth_weekday_reading(text: &str, want: Want) -> Option<Want> {
    let w = words(text);
    let month_at = |i: usize| {
        w.get(i).and_then(|m| {
            MONTHS[..12]
                .iter()
                .position(|x| x == m)
                .map(|p| p as u32 + 1)
        })
    };
    if w.len() == 4 && (w[2] == "of" || w[2] == "in") {
        let n = ["first", "second", "third", "fourth", "last"]
            .iter()
            .position(|x| *x == w[0])?;
        let wd = WEEKDAYS[..7].iter().position(|x| *x == w[1])?;
        let m = month_at(3)?;
        let year = month_year(m);
        let days: Vec<NaiveDate> = (1..=31)
            .filter_map(|d| NaiveDate::from_ymd_opt(year, m, d))
            .filter(|d| d.weekday().num_days_from_monday() as usize == wd)
            .collect();
        let day = if n == 4 { days.last() } else { days.get(n) }?;
        return Some(Want::Unit(*day));
    }
    if w.len() == 5 && w[0] == "the" && w[1] == "week" && w[2] == "of" {
        let m = month_at(3)?;
        let d: u32 = w[4]
            .trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .parse()
            .ok()?;
        let day = NaiveDate::from_ymd_opt(month_year(m), m, d)?;
        let _ = want;
        return Some(Want::Unit(
            day - Duration::days(i64::from(day.weekday().num_days_from_monday())),
        ));
    }
    None
}

/// A year-less holiday with no cue: the last one `back`, unless Duckling's next one `ahead` is
/// less than half as far from the publication date (then Duckling's reading stands: `None`).
fn nearer_back(ahead: NaiveDate, back: NaiveDate) -> Option<NaiveDate> {
    let a = anchor();
    ((ahead - a).num_days() * 2 >= (a - back).num_days()).then_some(back)
}

/// Duckling's value moved to the news reading, when the news rule reads the row differently.
fn news_reading(text: &str, kind_holiday: bool, grain: &str, want: Want) -> Option<Want> {
    let a = anchor();
    let start = match want {
        Want::Unit(d) | Want::Interval(d, _) => d,
        _ => return None,
    };
    if start <= a || names_year(text) {
        return None;
    }
    let lower = text.to_lowercase();
    if kind_holiday {
        if [" next ", " this ", " closest ", " after ", " from "]
            .iter()
            .any(|w| format!(" {lower} ").contains(w))
        {
            return None;
        }
        // Fixed-date holidays move back by whole years like any year-less date; feasts
        // counted from Easter move with Easter, whose 2012 and 2013 dates the corpus itself
        // gives ("last easter", "easter"). Other holidays keep Duckling's reading.
        let fixed = ["christmas", "xmas", "new year", "valentine", "halloween"];
        let easter_family = [
            "easter",
            "palm sunday",
            "whit monday",
            "pentecost",
            "maundy",
            "good friday",
            "mardi gras",
            "shrove",
            "trinity sunday",
        ];
        if easter_family.iter().any(|w| lower.contains(w)) && !lower.contains("orthodox") {
            let (e2012, e2013) = (
                NaiveDate::from_ymd_opt(2012, 4, 8).unwrap(),
                NaiveDate::from_ymd_opt(2013, 3, 31).unwrap(),
            );
            return match want {
                Want::Unit(d) => nearer_back(d, e2012 + (d - e2013)).map(Want::Unit),
                _ => None,
            };
        }
        if !fixed.iter().any(|w| lower.contains(w)) || lower.contains("chinese") {
            return None;
        }
        let Want::Unit(d) = want else { return None };
        return (1..4)
            .filter_map(|k| d.with_year(d.year() - k))
            .find(|x| *x <= a)
            .and_then(|b| nearer_back(d, b))
            .map(Want::Unit);
    }
    if let Some(news) = nth_weekday_reading(text, want) {
        return Some(news);
    }
    if forward_or_relative(text) {
        return None;
    }
    let w = words(text);
    let has_weekday = w.iter().any(|x| WEEKDAYS.contains(&x.as_str()));
    let has_month = w
        .iter()
        .any(|x| MONTHS.contains(&x.trim_start_matches(|c: char| c.is_ascii_digit())));
    let has_digit = text.bytes().any(|b| b.is_ascii_digit());
    if has_weekday && !has_month && !has_digit {
        // A bare weekday: the most recent one on or before the publication date.
        let mut d = start;
        while d > a {
            d -= Duration::days(7);
        }
        return Some(Want::Unit(d));
    }
    if has_weekday {
        // A weekday with a date pins the year; Duckling's reading stands.
        return None;
    }
    if !has_month && grain == "Day" && matches!(want, Want::Unit(_)) {
        // A day of the month without a month ("on the 15th"): the most recent such day.
        let mut d = start;
        while d > a {
            let prev = if d.month() == 1 {
                d.with_year(d.year() - 1).and_then(|x| x.with_month(12))
            } else {
                d.with_month(d.month() - 1)
            };
            d = prev?;
        }
        return Some(Want::Unit(d));
    }
    // A year-less date or month with no tense cue: the nearer of the last one and the next,
    // the next only when it is less than half as far (Duckling's next one then stands); else the
    // same date in the most recent year where it is not after the publication date.
    let back = |d: NaiveDate, years: i32| d.with_year(d.year() - years);
    for years in 1..4 {
        let Some(s) = back(start, years) else {
            continue;
        };
        if s <= a {
            let last_day = match want {
                Want::Interval(_, e) => back(e, years)? - Duration::days(1),
                _ => unit_end(s, grain),
            };
            let (ahead, behind) = ((start - a).num_days(), (a - last_day).num_days().max(0));
            if ahead * 2 < behind {
                return None;
            }
            return match want {
                Want::Unit(_) => Some(Want::Unit(s)),
                Want::Interval(_, e) => Some(Want::Interval(s, back(e, years)?)),
                _ => None,
            };
        }
    }
    None
}

#[test]
fn duckling_corpus_accuracy() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/timex-duckling-en.tsv");
    // A user's clone has no ../shared: skip there, but never in CI, which has it.
    if !path.exists() && std::env::var_os("CI").is_none() {
        common::skipped(
            "duckling_corpus_accuracy",
            &format!("{} is absent", path.display()),
        );
        return;
    }
    let data = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut per_grain: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let (mut total, mut right, mut adjusted, mut holidays, mut holidays_right) = (0, 0, 0, 0, 0);
    let mut misses = Vec::new();
    for row in data.lines().skip(1) {
        let cols: Vec<&str> = row.split('\t').collect();
        if cols.len() < 5 {
            continue;
        }
        let (text, expected, column_grain) = (cols[0], cols[3], cols[4].trim());
        // The grain written after the value ("... ) Day") decides the match; the grain column
        // (which says Year for some one-day holidays) only groups the report.
        let grain = expected
            .rsplit(')')
            .next()
            .and_then(|rest| rest.split_whitespace().next())
            .filter(|g| precision_of(g).is_some())
            .unwrap_or(column_grain);
        total += 1;
        let holiday = expected.contains("Holiday");
        if holiday {
            holidays += 1;
        }
        let entry = per_grain.entry(column_grain.to_string()).or_default();
        entry.0 += 1;
        let Some(mut want) = parse_expected(expected) else {
            misses.push(format!("{text}\t(unusable expectation)"));
            continue;
        };
        if let Some(news) = news_reading(text, holiday, grain, want) {
            want = news;
            adjusted += 1;
        }
        let found = casus::timex::tag(text, anchor(), false);
        let best = found
            .iter()
            .filter(|t| t.span.is_some())
            .max_by_key(|t| (t.end - t.start, std::cmp::Reverse(t.start)));
        let ok = best.is_some_and(|t| matches(t.span.as_ref().unwrap(), want, grain));
        if ok {
            right += 1;
            entry.1 += 1;
            if holiday {
                holidays_right += 1;
            }
        } else {
            let got = best
                .map(|t| {
                    format!(
                        "{} -> {} {}",
                        &text[t.bytes.clone()],
                        t.value,
                        t.span.map(|s| s.to_string()).unwrap_or_default()
                    )
                })
                .unwrap_or_else(|| "nothing".into());
            misses.push(format!("{text}\twant {want:?}\tgot {got}"));
        }
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!(
        "Duckling corpus: {right}/{total} = {:.1}% ({adjusted} rows scored with the news reading)",
        pct(right, total)
    );
    for (g, (n, r)) in &per_grain {
        println!("  {g:8} {r:4}/{n:4} = {:.1}%", pct(*r, *n));
    }
    let non_holiday = total - holidays;
    println!(
        "  without the {holidays} holiday rows: {}/{non_holiday} = {:.1}%",
        right - holidays_right,
        pct(right - holidays_right, non_holiday)
    );
    if std::env::var("CASUS_DUCKLING_MISSES").is_ok() {
        for m in &misses {
            println!("MISS {m}");
        }
    }
    assert_eq!(total, 610, "the corpus has 610 rows");
    // Measured on 2026-11-29: 259/610 = 42.5% overall, 235/374 = 62.8% without the holidays
    // (most holiday rows are of lunar and other calendars, out of scope). Floors just under.
    let (floor, floor_non_holiday) = (42.0, 62.0);
    assert!(
        pct(right, total) >= floor,
        "accuracy {:.1}% fell under the floor {floor}%",
        pct(right, total)
    );
    assert!(
        pct(right - holidays_right, non_holiday) >= floor_non_holiday,
        "accuracy without holidays {:.1}% fell under the floor {floor_non_holiday}%",
        pct(right - holidays_right, non_holiday)
    );
}
