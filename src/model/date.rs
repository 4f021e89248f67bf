//! When an event happened: `DateSpan`, a day, week, month, season, quarter, half, year, decade,
//! century or interval with its precision and qualifiers, parsed from and rendered as EDTF.
//!
//! The text form is the Library of Congress Extended Date/Time Format (ISO 8601-2), level 1
//! (`2020-09-28`, `2020-09`, `2010`, `2010~`, `2020-09?`, `2004%`, `199X`, `19XX`,
//! `2020-09-28/2020-10-10`, `1994/..`, `../2020-09-29`, `2020-21` for spring) plus the ISO 8601-2
//! sub-year groupings for quarters (`2020-33`..`2020-36`) and halves (`2020-40`, `2020-41`).
//! An ISO week is rendered as the interval of its seven days, and that interval parses back as
//! the week, so every value round-trips.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// The earliest year a `DateSpan` can hold.
pub const MIN_YEAR: i32 = 0;
/// The latest year a `DateSpan` can hold (EDTF level 1 writes four-digit years).
pub const MAX_YEAR: i32 = 9999;

/// How finely a date is known, from the finest to the coarsest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Precision {
    /// One calendar day.
    Day,
    /// One ISO week, Monday to Sunday.
    Week,
    /// One calendar month.
    Month,
    /// A meteorological season of the northern hemisphere.
    Season,
    /// A calendar quarter.
    Quarter,
    /// A half year.
    Half,
    /// One calendar year.
    Year,
    /// Ten years, 1990-1999.
    Decade,
    /// A hundred years, 1900-1999.
    Century,
    /// An interval between two known dates.
    Range,
    /// An interval with an open or unknown end: "since 1994", "on or before 2020-09-29".
    Unknown,
}

impl Precision {
    /// The lower-case name used in `timeline.csv` (`day`, `week`, ..., `range`, `unknown`).
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Week => "week",
            Precision::Month => "month",
            Precision::Season => "season",
            Precision::Quarter => "quarter",
            Precision::Half => "half",
            Precision::Year => "year",
            Precision::Decade => "decade",
            Precision::Century => "century",
            Precision::Range => "range",
            Precision::Unknown => "unknown",
        }
    }
}

impl fmt::Display for Precision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A part of a year named by an ISO 8601-2 sub-year grouping code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SubYear {
    /// March to May (code 21).
    Spring,
    /// June to August (code 22).
    Summer,
    /// September to November (code 23).
    Autumn,
    /// December of the year to February of the next (code 24).
    Winter,
    /// Quarters 1 to 4 (codes 33 to 36).
    Quarter(u8),
    /// Halves 1 and 2 (codes 40 and 41).
    Half(u8),
}

impl SubYear {
    /// The ISO 8601-2 code written after the year (`2020-21`).
    pub fn code(self) -> u32 {
        match self {
            SubYear::Spring => 21,
            SubYear::Summer => 22,
            SubYear::Autumn => 23,
            SubYear::Winter => 24,
            SubYear::Quarter(q) => 32 + u32::from(q),
            SubYear::Half(h) => 39 + u32::from(h),
        }
    }

    /// The grouping for an ISO 8601-2 code, if casus supports it.
    pub fn from_code(code: u32) -> Option<SubYear> {
        Some(match code {
            21 => SubYear::Spring,
            22 => SubYear::Summer,
            23 => SubYear::Autumn,
            24 => SubYear::Winter,
            33..=36 => SubYear::Quarter((code - 32) as u8),
            40 | 41 => SubYear::Half((code - 39) as u8),
            _ => return None,
        })
    }

    /// First and last month, as (year offset, month) pairs.
    fn months(self) -> ((i32, u32), (i32, u32)) {
        match self {
            SubYear::Spring => ((0, 3), (0, 5)),
            SubYear::Summer => ((0, 6), (0, 8)),
            SubYear::Autumn => ((0, 9), (0, 11)),
            SubYear::Winter => ((0, 12), (1, 2)),
            SubYear::Quarter(q) => {
                let first = 3 * u32::from(q) - 2;
                ((0, first), (0, first + 2))
            }
            SubYear::Half(h) => {
                let first = 6 * u32::from(h) - 5;
                ((0, first), (0, first + 5))
            }
        }
    }

    fn precision(self) -> Precision {
        match self {
            SubYear::Quarter(_) => Precision::Quarter,
            SubYear::Half(_) => Precision::Half,
            _ => Precision::Season,
        }
    }
}

/// A single calendar unit: a day, a week, a month, a part of a year, a year, a decade, a century.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Point {
    /// One day.
    Day(NaiveDate),
    /// An ISO 8601 week of an ISO week-numbering year.
    Week {
        /// The ISO week-numbering year.
        year: i32,
        /// The week, 1 to 52 or 53.
        week: u32,
    },
    /// A month of a year.
    Month {
        /// The year.
        year: i32,
        /// The month, 1 to 12.
        month: u32,
    },
    /// A season, quarter or half of a year.
    Part {
        /// The year.
        year: i32,
        /// Which part.
        part: SubYear,
    },
    /// A year.
    Year(i32),
    /// A decade, by its first three digits: 199 is 1990-1999.
    Decade(i32),
    /// A century, by its first two digits: 19 is 1900-1999.
    Century(i32),
}

impl Point {
    /// The first day of the unit.
    pub fn first_day(self) -> NaiveDate {
        match self {
            Point::Day(d) => d,
            Point::Week { year, week } => NaiveDate::from_isoywd_opt(year, week, Weekday::Mon)
                .expect("weeks are validated on construction"),
            Point::Month { year, month } => ymd(year, month, 1),
            Point::Part { year, part } => {
                let ((dy, m), _) = part.months();
                ymd(year + dy, m, 1)
            }
            Point::Year(y) => ymd(y, 1, 1),
            Point::Decade(d) => ymd(d * 10, 1, 1),
            Point::Century(c) => ymd(c * 100, 1, 1),
        }
    }

    /// The last day of the unit (inclusive).
    pub fn last_day(self) -> NaiveDate {
        match self {
            Point::Day(d) => d,
            Point::Week { .. } => self.first_day() + Duration::days(6),
            Point::Month { year, month } => last_of_month(year, month),
            Point::Part { year, part } => {
                let (_, (dy, m)) = part.months();
                last_of_month(year + dy, m)
            }
            Point::Year(y) => ymd(y, 12, 31),
            Point::Decade(d) => ymd(d * 10 + 9, 12, 31),
            Point::Century(c) => ymd(c * 100 + 99, 12, 31),
        }
    }

    /// How fine the unit is.
    pub fn precision(self) -> Precision {
        match self {
            Point::Day(_) => Precision::Day,
            Point::Week { .. } => Precision::Week,
            Point::Month { .. } => Precision::Month,
            Point::Part { part, .. } => part.precision(),
            Point::Year(_) => Precision::Year,
            Point::Decade(_) => Precision::Decade,
            Point::Century(_) => Precision::Century,
        }
    }

    /// The ISO week that runs from `first` to `last`, if the two days are exactly one.
    fn week_between(first: NaiveDate, last: NaiveDate) -> Option<Point> {
        if first.weekday() == Weekday::Mon && last - first == Duration::days(6) {
            let w = first.iso_week();
            Some(Point::Week {
                year: w.year(),
                week: w.week(),
            })
        } else {
            None
        }
    }
}

/// Approximate (`~`) and uncertain (`?`) flags of EDTF level 1; both together are written `%`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Qualifier {
    /// The date is about right ("c. 2010", "around mid-September").
    pub approximate: bool,
    /// The source is not sure of the date.
    pub uncertain: bool,
}

impl Qualifier {
    fn suffix(self) -> &'static str {
        match (self.approximate, self.uncertain) {
            (false, false) => "",
            (true, false) => "~",
            (false, true) => "?",
            (true, true) => "%",
        }
    }

    /// Whether neither flag is set.
    pub fn is_plain(self) -> bool {
        !self.approximate && !self.uncertain
    }
}

/// A calendar unit with its qualifiers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Dated {
    /// The unit.
    pub point: Point,
    /// Approximate and uncertain flags.
    pub qualifier: Qualifier,
}

/// One end of an interval.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Bound {
    /// A known date (its first day for a start, its last day for an end).
    Known(Dated),
    /// No bound: the interval runs on (`..` in EDTF).
    Open,
    /// A bound that exists but is not known (empty in EDTF).
    Unknown,
}

/// When an event happened, with its precision.
///
/// `start` and `end` are inclusive days; either may be absent for an open or unknown bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateSpan {
    /// One calendar unit: a day, week, month, part of a year, year, decade or century.
    Single(Dated),
    /// From one bound to another.
    Interval {
        /// The start.
        from: Bound,
        /// The end.
        to: Bound,
    },
}

/// Why a text is not a valid EDTF date.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct EdtfError {
    message: String,
}

impl EdtfError {
    fn new(message: impl Into<String>) -> Self {
        EdtfError {
            message: message.into(),
        }
    }
}

impl DateSpan {
    /// One day.
    pub fn day(date: NaiveDate) -> Self {
        Self::plain(Point::Day(date))
    }

    /// A month; `None` when the month or year is out of range.
    pub fn month(year: i32, month: u32) -> Option<Self> {
        (check_year(year).is_ok() && (1..=12).contains(&month))
            .then(|| Self::plain(Point::Month { year, month }))
    }

    /// An ISO week; `None` when the year has no such week.
    pub fn week(year: i32, week: u32) -> Option<Self> {
        week_point(year, week).map(Self::plain)
    }

    /// A season, quarter or half; `None` when the year is out of range.
    pub fn part(year: i32, part: SubYear) -> Option<Self> {
        check_year(year)
            .ok()
            .map(|_| Self::plain(Point::Part { year, part }))
    }

    /// A year; `None` when out of range.
    pub fn year(year: i32) -> Option<Self> {
        check_year(year)
            .ok()
            .map(|_| Self::plain(Point::Year(year)))
    }

    /// A decade by its first three digits (199 is the 1990s); `None` when out of range.
    pub fn decade(decade: i32) -> Option<Self> {
        (0..=999)
            .contains(&decade)
            .then(|| Self::plain(Point::Decade(decade)))
    }

    /// A century by its first two digits (19 is 1900-1999); `None` when out of range.
    pub fn century(century: i32) -> Option<Self> {
        (0..=99)
            .contains(&century)
            .then(|| Self::plain(Point::Century(century)))
    }

    /// A unit without qualifiers.
    pub fn plain(point: Point) -> Self {
        DateSpan::Single(Dated {
            point,
            qualifier: Qualifier::default(),
        })
    }

    /// The interval from `from` to `to`; an error when it ends before it starts or has no
    /// known bound at all.
    pub fn interval(from: Bound, to: Bound) -> Result<Self, EdtfError> {
        let span = DateSpan::Interval { from, to };
        match (from, to) {
            (Bound::Known(a), Bound::Known(b)) if a.point.first_day() > b.point.last_day() => {
                Err(EdtfError::new(format!(
                    "interval ends before it starts ({span_text})",
                    span_text = span
                )))
            }
            (Bound::Known(_), _) | (_, Bound::Known(_)) => Ok(span),
            _ => Err(EdtfError::new("an interval needs at least one known date")),
        }
    }

    /// "Since `from`": an interval open at the end.
    pub fn since(from: DateSpan) -> Self {
        DateSpan::Interval {
            from: from.start_bound(),
            to: Bound::Open,
        }
    }

    /// "On or before `to`": an interval open at the start.
    pub fn until(to: DateSpan) -> Self {
        DateSpan::Interval {
            from: Bound::Open,
            to: to.end_bound(),
        }
    }

    /// The same span with the approximate flag set (on every known bound).
    pub fn approximate(self) -> Self {
        self.map_qualifier(|q| q.approximate = true)
    }

    /// The same span with the uncertain flag set (on every known bound).
    pub fn uncertain(self) -> Self {
        self.map_qualifier(|q| q.uncertain = true)
    }

    fn map_qualifier(self, f: impl Fn(&mut Qualifier)) -> Self {
        let set = |mut d: Dated| {
            f(&mut d.qualifier);
            d
        };
        let set_bound = |b: Bound| match b {
            Bound::Known(d) => Bound::Known(set(d)),
            other => other,
        };
        match self {
            DateSpan::Single(d) => DateSpan::Single(set(d)),
            DateSpan::Interval { from, to } => DateSpan::Interval {
                from: set_bound(from),
                to: set_bound(to),
            },
        }
    }

    /// The start: the date itself for a single date, the interval's first bound else.
    pub fn start_bound(self) -> Bound {
        match self {
            DateSpan::Single(d) => Bound::Known(d),
            DateSpan::Interval { from, .. } => from,
        }
    }

    /// The end: the date itself for a single date, the interval's last bound else.
    pub fn end_bound(self) -> Bound {
        match self {
            DateSpan::Single(d) => Bound::Known(d),
            DateSpan::Interval { to, .. } => to,
        }
    }

    /// The first day (inclusive), or `None` when the start is open or unknown.
    pub fn start(&self) -> Option<NaiveDate> {
        match self.start_bound() {
            Bound::Known(d) => Some(d.point.first_day()),
            _ => None,
        }
    }

    /// The last day (inclusive), or `None` when the end is open or unknown.
    pub fn end(&self) -> Option<NaiveDate> {
        match self.end_bound() {
            Bound::Known(d) => Some(d.point.last_day()),
            _ => None,
        }
    }

    /// How finely the span is known.
    pub fn precision(&self) -> Precision {
        match self {
            DateSpan::Single(d) => d.point.precision(),
            DateSpan::Interval {
                from: Bound::Known(_),
                to: Bound::Known(_),
            } => Precision::Range,
            DateSpan::Interval { .. } => Precision::Unknown,
        }
    }

    /// Whether any known bound is approximate.
    pub fn is_approximate(&self) -> bool {
        self.qualifiers().iter().any(|q| q.approximate)
    }

    /// Whether any known bound is uncertain.
    pub fn is_uncertain(&self) -> bool {
        self.qualifiers().iter().any(|q| q.uncertain)
    }

    fn qualifiers(&self) -> Vec<Qualifier> {
        let of = |b: Bound| match b {
            Bound::Known(d) => Some(d.qualifier),
            _ => None,
        };
        [of(self.start_bound()), of(self.end_bound())]
            .into_iter()
            .flatten()
            .collect()
    }

    /// Whether the two spans share at least one possible day (open bounds reach forever).
    pub fn overlaps(&self, other: &DateSpan) -> bool {
        let starts_before_other_ends = match (self.start(), other.end()) {
            (Some(s), Some(e)) => s <= e,
            _ => true,
        };
        let other_starts_before_self_ends = match (other.start(), self.end()) {
            (Some(s), Some(e)) => s <= e,
            _ => true,
        };
        starts_before_other_ends && other_starts_before_self_ends
    }

    /// The EDTF text of the span (the same as `to_string`).
    pub fn to_edtf(&self) -> String {
        self.to_string()
    }

    /// Parses EDTF text; see the module documentation for the accepted forms.
    pub fn parse(text: &str) -> Result<Self, EdtfError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(EdtfError::new("empty date"));
        }
        let Some((left, right)) = text.split_once('/') else {
            return Ok(DateSpan::Single(parse_dated(text)?));
        };
        if right.contains('/') {
            return Err(EdtfError::new(format!(
                "'{text}' has more than one '/'; an interval is FROM/TO"
            )));
        }
        let from = parse_bound(left)?;
        let to = parse_bound(right)?;
        // Seven days Monday to Sunday with the same qualifiers are the ISO week.
        if let (Bound::Known(a), Bound::Known(b)) = (from, to)
            && let (Point::Day(first), Point::Day(last)) = (a.point, b.point)
            && a.qualifier == b.qualifier
            && let Some(week) = Point::week_between(first, last)
        {
            return Ok(DateSpan::Single(Dated {
                point: week,
                qualifier: a.qualifier,
            }));
        }
        DateSpan::interval(from, to)
    }

    /// A number that orders spans as [`Ord`] does wherever two numbers differ: the start, the
    /// precision and the end packed into 64 bits. Equal numbers say nothing (compare the spans),
    /// so a sort can compare numbers first and spans only on ties.
    pub fn order_key(&self) -> u64 {
        // Days are counted from far enough before year 0 that a week starting in year -1 is
        // still above the 0 of an open start; saturating keeps the order monotone.
        const OFFSET: i64 = 1 << 20;
        let day = |d: NaiveDate| {
            (i64::from(d.num_days_from_ce()) + OFFSET).clamp(1, (1 << 28) - 1) as u64
        };
        let start = self.start().map_or(0, day);
        let end = self.end().map_or((1 << 28) - 1, day);
        (start << 36) | ((self.precision() as u64) << 28) | end
    }

    /// Appends the EDTF text, what `Display` writes, without the formatting machinery for a
    /// plain day (the common case of big timelines).
    pub fn push_edtf(&self, out: &mut String) {
        if let DateSpan::Single(Dated {
            point: Point::Day(day),
            qualifier,
        }) = self
            && *qualifier == Qualifier::default()
            && (0..=9999).contains(&day.year())
        {
            crate::fmt::push_day(out, *day);
        } else {
            use std::fmt::Write as _;
            let _ = write!(out, "{self}");
        }
    }

    /// Whether the span is one calendar unit without a qualifier ("2020-09-27", "2020-09"): two
    /// such spans with the same [`DateSpan::order_key`] are equal, and such a span comes before
    /// every other span with its key.
    pub fn is_plain(&self) -> bool {
        matches!(self, DateSpan::Single(d) if d.qualifier == Qualifier::default())
    }

    fn sort_key(&self) -> (NaiveDate, Precision, NaiveDate) {
        (
            self.start().unwrap_or(NaiveDate::MIN),
            self.precision(),
            self.end().unwrap_or(NaiveDate::MAX),
        )
    }
}

impl Ord for DateSpan {
    /// By start (open starts first), then precision (finer first), then end (open ends last);
    /// the EDTF text breaks the remaining ties so that the order is total.
    fn cmp(&self, other: &Self) -> Ordering {
        self.sort_key().cmp(&other.sort_key()).then_with(|| {
            // Equal spans are common in big timelines (many events on one day): no text needed.
            if self == other {
                Ordering::Equal
            } else {
                self.to_string().cmp(&other.to_string())
            }
        })
    }
}

impl PartialOrd for DateSpan {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for DateSpan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateSpan::Single(d) => write_dated(f, *d),
            DateSpan::Interval { from, to } => {
                write_bound(f, *from)?;
                f.write_str("/")?;
                write_bound(f, *to)
            }
        }
    }
}

impl FromStr for DateSpan {
    type Err = EdtfError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        DateSpan::parse(s)
    }
}

impl serde::Serialize for DateSpan {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for DateSpan {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        DateSpan::parse(&text).map_err(serde::de::Error::custom)
    }
}

fn write_dated(f: &mut fmt::Formatter<'_>, d: Dated) -> fmt::Result {
    let q = d.qualifier.suffix();
    match d.point {
        Point::Day(day) => write!(
            f,
            "{:04}-{:02}-{:02}{q}",
            day.year(),
            day.month(),
            day.day()
        ),
        Point::Week { .. } => {
            let (a, b) = (d.point.first_day(), d.point.last_day());
            write!(
                f,
                "{:04}-{:02}-{:02}{q}/{:04}-{:02}-{:02}{q}",
                a.year(),
                a.month(),
                a.day(),
                b.year(),
                b.month(),
                b.day()
            )
        }
        Point::Month { year, month } => write!(f, "{year:04}-{month:02}{q}"),
        Point::Part { year, part } => write!(f, "{year:04}-{}{q}", part.code()),
        Point::Year(y) => write!(f, "{y:04}{q}"),
        Point::Decade(dec) => write!(f, "{dec:03}X{q}"),
        Point::Century(c) => write!(f, "{c:02}XX{q}"),
    }
}

fn write_bound(f: &mut fmt::Formatter<'_>, b: Bound) -> fmt::Result {
    match b {
        Bound::Known(d) => write_dated(f, d),
        Bound::Open => f.write_str(".."),
        Bound::Unknown => Ok(()),
    }
}

fn parse_bound(text: &str) -> Result<Bound, EdtfError> {
    match text.trim() {
        "" => Ok(Bound::Unknown),
        ".." => Ok(Bound::Open),
        t => {
            let d = parse_dated(t)?;
            if let Point::Week { .. } = d.point {
                return Err(EdtfError::new(format!(
                    "'{t}': a week cannot be one end of an interval; write its days"
                )));
            }
            Ok(Bound::Known(d))
        }
    }
}

fn parse_dated(text: &str) -> Result<Dated, EdtfError> {
    let (body, qualifier) = match text.as_bytes().last() {
        Some(b'~') => (&text[..text.len() - 1], (true, false)),
        Some(b'?') => (&text[..text.len() - 1], (false, true)),
        Some(b'%') => (&text[..text.len() - 1], (true, true)),
        _ => (text, (false, false)),
    };
    let qualifier = Qualifier {
        approximate: qualifier.0,
        uncertain: qualifier.1,
    };
    Ok(Dated {
        point: parse_point(body, text)?,
        qualifier,
    })
}

/// Parses the date `text` without its qualifier; `whole` is the date as written, which
/// messages quote.
fn parse_point(text: &str, whole: &str) -> Result<Point, EdtfError> {
    let quoted = crate::diag::shorten(whole, crate::diag::MAX_QUOTED);
    let bad = || {
        EdtfError::new(format!(
            "'{quoted}' is not an EDTF date (expected YYYY-MM-DD, YYYY-MM, YYYY, 199X, 19XX, \
             YYYY-21..24 or YYYY-33..36 or YYYY-40..41, optionally followed by one of ~ ? %)"
        ))
    };
    if let Some(rest) = text.strip_prefix('-')
        && rest.starts_with(|c: char| c.is_ascii_digit())
    {
        return Err(EdtfError::new(format!(
            "'{quoted}': negative years (BCE) are not supported; casus dates run from year \
             {MIN_YEAR:04} to {MAX_YEAR}"
        )));
    }
    let parts: Vec<&str> = text.split('-').collect();
    let year_text = parts[0];
    if year_text.len() > 4 && year_text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(EdtfError::new(format!(
            "'{quoted}': years after {MAX_YEAR} are not supported; a year has four digits"
        )));
    }
    if year_text.len() != 4 {
        return Err(bad());
    }
    let yb = year_text.as_bytes();
    // Decades and centuries: 199X, 19XX.
    if parts.len() == 1 && (yb[3] == b'X' || yb[3] == b'x') {
        if yb[2] == b'X' || yb[2] == b'x' {
            let c = digits(&year_text[..2]).ok_or_else(bad)?;
            return Ok(Point::Century(c as i32));
        }
        let d = digits(&year_text[..3]).ok_or_else(bad)?;
        return Ok(Point::Decade(d as i32));
    }
    let year = digits(year_text).ok_or_else(bad)? as i32;
    match parts.len() {
        1 => Ok(Point::Year(year)),
        2 => {
            let second = parts[1];
            if let Some(w) = second.strip_prefix('W') {
                let week = digits(w).filter(|_| w.len() == 2).ok_or_else(bad)?;
                return week_point(year, week).ok_or_else(|| {
                    EdtfError::new(format!(
                        "'{quoted}': {year} has no ISO week {week} that casus can write (its \
                         days must fall in years {MIN_YEAR:04} to {MAX_YEAR})"
                    ))
                });
            }
            if second.len() != 2 {
                return Err(bad());
            }
            let n = digits(second).ok_or_else(bad)?;
            match n {
                1..=12 => Ok(Point::Month { year, month: n }),
                _ => SubYear::from_code(n)
                    .map(|part| Point::Part { year, part })
                    .ok_or_else(|| {
                        EdtfError::new(format!(
                            "'{quoted}': {n} is neither a month (01-12) nor a season (21-24), \
                             quarter (33-36) or half (40-41)"
                        ))
                    }),
            }
        }
        3 => {
            if parts[1].len() != 2 || parts[2].len() != 2 {
                return Err(bad());
            }
            let month = digits(parts[1]).ok_or_else(bad)?;
            let day = digits(parts[2]).ok_or_else(bad)?;
            if !(1..=12).contains(&month) {
                return Err(EdtfError::new(format!(
                    "'{quoted}': month {month} does not exist"
                )));
            }
            NaiveDate::from_ymd_opt(year, month, day)
                .map(Point::Day)
                .ok_or_else(|| {
                    let last = last_of_month(year, month).day();
                    EdtfError::new(format!(
                        "'{quoted}' is not a date: {} {year} has {last} days",
                        month_name(month)
                    ))
                })
        }
        _ => Err(bad()),
    }
}

fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn check_year(year: i32) -> Result<(), EdtfError> {
    if (MIN_YEAR..=MAX_YEAR).contains(&year) {
        Ok(())
    } else {
        Err(EdtfError::new(format!(
            "year {year} is outside {MIN_YEAR}..{MAX_YEAR}"
        )))
    }
}

fn week_point(year: i32, week: u32) -> Option<Point> {
    check_year(year).ok()?;
    let monday = NaiveDate::from_isoywd_opt(year, week, Weekday::Mon)?;
    // A week is written as its days: all seven must have four-digit years (9999-W52 ends in
    // 10000, 0000-W01 starts in -0001).
    let sunday = monday + Duration::days(6);
    if monday.year() < MIN_YEAR || sunday.year() > MAX_YEAR {
        return None;
    }
    Some(Point::Week { year, week })
}

fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("calendar units are validated")
}

fn last_of_month(year: i32, month: u32) -> NaiveDate {
    let (ny, nm) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    ymd(ny, nm, 1) - Duration::days(1)
}

/// The English name of a month, 1 to 12.
pub fn month_name(month: u32) -> &'static str {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    NAMES[(month.clamp(1, 12) - 1) as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rt(s: &str) {
        let d = DateSpan::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"));
        assert_eq!(d.to_string(), s, "round trip of {s}");
    }

    #[test]
    fn round_trips_the_documented_forms() {
        for s in [
            "2020-09-28",
            "2020-09",
            "2010",
            "2010~",
            "2020-09?",
            "2004-06-11%",
            "2020-09-28/2020-10-10",
            "1994/..",
            "../2020-09-29",
            "199X",
            "19XX",
            "2020-21",
            "2020-24",
            "2020-33",
            "2020-36",
            "2020-40",
            "2020-41",
            "2020-09-28/2020-10-04",
            "2020-09/2020-11",
            "2004-06~/2004-08",
            "1994/",
            "/2020",
        ] {
            rt(s);
        }
    }

    #[test]
    fn a_monday_to_sunday_interval_is_the_iso_week() {
        let d = DateSpan::parse("2020-09-28/2020-10-04").unwrap();
        assert_eq!(d.precision(), Precision::Week);
        assert_eq!(d, DateSpan::parse("2020-W40").unwrap());
        // ISO week 53 of 2020 runs into 2021.
        let w53 = DateSpan::week(2020, 53).unwrap();
        assert_eq!(w53.to_string(), "2020-12-28/2021-01-03");
        assert!(DateSpan::week(2021, 53).is_none());
        // Week 1 of 2021 starts in January; of 2020 in December 2019.
        assert_eq!(
            DateSpan::week(2020, 1).unwrap().start(),
            NaiveDate::from_ymd_opt(2019, 12, 30)
        );
    }

    #[test]
    fn bounds_and_precision() {
        let d = DateSpan::parse("2020-09").unwrap();
        assert_eq!(d.start(), NaiveDate::from_ymd_opt(2020, 9, 1));
        assert_eq!(d.end(), NaiveDate::from_ymd_opt(2020, 9, 30));
        assert_eq!(d.precision(), Precision::Month);
        let d = DateSpan::parse("2020-02").unwrap();
        assert_eq!(d.end(), NaiveDate::from_ymd_opt(2020, 2, 29));
        let d = DateSpan::parse("199X").unwrap();
        assert_eq!(d.start(), NaiveDate::from_ymd_opt(1990, 1, 1));
        assert_eq!(d.end(), NaiveDate::from_ymd_opt(1999, 12, 31));
        assert_eq!(d.precision(), Precision::Decade);
        let d = DateSpan::parse("2020-24").unwrap();
        assert_eq!(d.end(), NaiveDate::from_ymd_opt(2021, 2, 28));
        assert_eq!(d.precision(), Precision::Season);
        let d = DateSpan::parse("2020-35").unwrap();
        assert_eq!(d.start(), NaiveDate::from_ymd_opt(2020, 7, 1));
        assert_eq!(d.end(), NaiveDate::from_ymd_opt(2020, 9, 30));
        let d = DateSpan::parse("1994/..").unwrap();
        assert_eq!(d.start(), NaiveDate::from_ymd_opt(1994, 1, 1));
        assert_eq!(d.end(), None);
        assert_eq!(d.precision(), Precision::Unknown);
        let d = DateSpan::parse("2020-09-28/2020-10-10").unwrap();
        assert_eq!(d.precision(), Precision::Range);
        assert!(DateSpan::parse("2010~").unwrap().is_approximate());
        assert!(DateSpan::parse("2020-09?").unwrap().is_uncertain());
    }

    #[test]
    fn rejects_impossible_dates_with_a_reason() {
        let e = DateSpan::parse("2020-02-30").unwrap_err().to_string();
        assert!(e.contains("February 2020 has 29 days"), "{e}");
        let e = DateSpan::parse("2021-02-29").unwrap_err().to_string();
        assert!(e.contains("28 days"), "{e}");
        for bad in [
            "",
            "2020-13",
            "2020-00-01",
            "20200",
            "2020-9-1",
            "2020-10-10/2020-09-01",
            "../..",
            "a/b/c",
            "2020-99",
            "x",
            "-2020",
            "2020~~",
            "2020-W54",
            "2021-W53",
        ] {
            assert!(DateSpan::parse(bad).is_err(), "{bad} should be rejected");
        }
        assert!(DateSpan::parse("2020-02-29").is_ok());
    }

    #[test]
    fn sorts_by_start_then_finer_precision_then_end() {
        let mut v: Vec<DateSpan> = [
            "2020",
            "2020-09-27/2020-11-10",
            "2020-09-27",
            "2020-09",
            "../2020-09-29",
            "2020-09-01",
        ]
        .iter()
        .map(|s| DateSpan::parse(s).unwrap())
        .collect();
        v.sort();
        let got: Vec<String> = v.iter().map(|d| d.to_string()).collect();
        assert_eq!(
            got,
            [
                "../2020-09-29",
                "2020",
                "2020-09-01",
                "2020-09",
                "2020-09-27",
                "2020-09-27/2020-11-10"
            ]
        );
    }

    #[test]
    fn overlap_respects_open_bounds() {
        let p = |s| DateSpan::parse(s).unwrap();
        assert!(p("2020-09").overlaps(&p("2020-09-15")));
        assert!(!p("2020-09").overlaps(&p("2020-10-01")));
        assert!(p("1994/..").overlaps(&p("2020")));
        assert!(p("../2020-09-29").overlaps(&p("2010")));
        assert!(!p("../2009").overlaps(&p("2010")));
    }
}

#[cfg(test)]
pub(crate) mod properties {
    use super::*;
    use proptest::prelude::*;

    fn qualifier() -> impl Strategy<Value = Qualifier> {
        (any::<bool>(), any::<bool>()).prop_map(|(approximate, uncertain)| Qualifier {
            approximate,
            uncertain,
        })
    }

    fn point() -> impl Strategy<Value = Point> {
        prop_oneof![
            (0i32..=3_652_058).prop_map(|n| Point::Day(
                NaiveDate::from_ymd_opt(0, 1, 1).unwrap() + Duration::days(i64::from(n))
            )),
            (1i32..=9998, 1u32..=53).prop_filter_map("no such week", |(y, w)| week_point(y, w)),
            (0i32..=9999, 1u32..=12).prop_map(|(year, month)| Point::Month { year, month }),
            (
                0i32..=9998,
                prop_oneof![
                    Just(SubYear::Spring),
                    Just(SubYear::Summer),
                    Just(SubYear::Autumn),
                    Just(SubYear::Winter),
                    (1u8..=4).prop_map(SubYear::Quarter),
                    (1u8..=2).prop_map(SubYear::Half),
                ]
            )
                .prop_map(|(year, part)| Point::Part { year, part }),
            (0i32..=9999).prop_map(Point::Year),
            (0i32..=999).prop_map(Point::Decade),
            (0i32..=99).prop_map(Point::Century),
        ]
    }

    fn dated() -> impl Strategy<Value = Dated> {
        (point(), qualifier()).prop_map(|(point, qualifier)| Dated { point, qualifier })
    }

    fn bound() -> impl Strategy<Value = Bound> {
        prop_oneof![
            3 => dated()
                .prop_filter("weeks are not interval ends", |d| !matches!(d.point, Point::Week { .. }))
                .prop_map(Bound::Known),
            1 => Just(Bound::Open),
            1 => Just(Bound::Unknown),
        ]
    }

    /// Any span casus can hold.
    pub(crate) fn span() -> impl Strategy<Value = DateSpan> {
        prop_oneof![
            dated().prop_map(DateSpan::Single),
            (bound(), bound()).prop_filter_map("invalid interval", |(a, b)| {
                DateSpan::interval(a, b).ok().filter(|s| {
                    // Seven plain days Monday to Sunday are the week, by design.
                    DateSpan::parse(&s.to_string()).is_ok_and(|p| p.precision() != Precision::Week)
                })
            }),
        ]
    }

    proptest! {
        #[test]
        fn edtf_render_then_parse_gives_the_same_span(s in span()) {
            let text = s.to_string();
            let back = DateSpan::parse(&text).unwrap();
            prop_assert_eq!(back, s);
            prop_assert_eq!(back.to_string(), text);
        }

        #[test]
        fn start_is_never_after_end(s in span()) {
            if let (Some(a), Some(b)) = (s.start(), s.end()) {
                prop_assert!(a <= b);
            }
        }

        #[test]
        fn order_key_orders_as_the_spans_do(a in span(), b in span()) {
            let (ka, kb) = (a.order_key(), b.order_key());
            if ka != kb {
                prop_assert_eq!(ka.cmp(&kb), a.cmp(&b), "{} against {}", a, b);
            }
            if a == b {
                prop_assert_eq!(ka, kb);
            }
            if ka == kb && a.is_plain() {
                prop_assert!(if b.is_plain() { a == b } else { a < b }, "{} against {}", a, b);
            }
        }

        #[test]
        fn push_edtf_writes_what_display_writes(s in span()) {
            let mut out = String::new();
            s.push_edtf(&mut out);
            prop_assert_eq!(out, s.to_string());
        }

        #[test]
        fn parse_never_panics(text in "\\PC{0,24}") {
            let _ = DateSpan::parse(&text);
        }
    }
}
