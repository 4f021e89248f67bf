//! The resolver: turns an underspecified [`Expr`] into a TIMEX3 value and a [`DateSpan`],
//! against the publication date (deictic expressions) or the last date resolved in the text
//! (anaphoric ones), following the news rule for weekdays and year-less dates.

use std::fmt::Write as _;

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::expr::{Base, Cal, Edge, Every, Expr, Feast, Piece, Rel, Tense, Vague, YearRef};
use super::find::Mention;
use super::lexicon::Unit;
use crate::model::date::{Bound, DateSpan, Dated, MAX_YEAR, MIN_YEAR, Point, Qualifier, SubYear};

/// The TIMEX3 type of an expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TimexType {
    /// A calendar date, week, month, part of a year, year, decade, century or range of them.
    Date,
    /// A length of time ("three days": `P3D`).
    Duration,
    /// A repeated time ("every Monday": `XXXX-WXX-1`, "daily": `P1D`).
    Set,
    /// A time or part of a day ("9 a.m. Tuesday": `2000-04-04T09:00`, "Wednesday night":
    /// `2000-01-05TNI`).
    Time,
}

impl TimexType {
    /// The lower-case name written in the CSV output (`date`, `time`, `duration`, `set`).
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "date",
            TimexType::Duration => "duration",
            TimexType::Set => "set",
            TimexType::Time => "time",
        }
    }

    /// The TIMEX3 type as TimeML writes it (`DATE`, `DURATION`, `SET`, `TIME`).
    pub fn as_timeml(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
            TimexType::Time => "TIME",
        }
    }
}

/// A resolved expression: its type, TIMEX3 value and, when it names a span of days, the span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    /// The TIMEX3 type.
    pub kind: TimexType,
    /// The TIMEX3 value: `2020-09-29`, `2020-W40`, `2020-09`, `2020-Q3`, `2010`, `199`,
    /// `PRESENT_REF`, `P3D`, ...; a range is written `FROM/TO`.
    pub value: String,
    /// The days the expression covers, when it covers known days (not for durations and sets).
    pub span: Option<DateSpan>,
}

/// How a year-less date is placed: the most recent one on or before the pivot, or the first
/// one on or after it; with `nearest`, a year-less day or month is the nearer of the two.
#[derive(Clone, Copy, Debug)]
struct Policy {
    pivot: NaiveDate,
    forward: bool,
    nearest: bool,
    /// A bare weekday is the nearer of the last and the next too ("until Tuesday").
    weekday_nearest: bool,
}

/// A resolved date before it is written out.
#[derive(Clone, Debug)]
struct Res {
    value: String,
    span: DateSpan,
    /// The unit later anaphoric expressions count from.
    reference: Option<Point>,
}

/// Resolves mentions in text order, carrying the anaphoric reference from one to the next.
#[derive(Clone, Debug)]
pub struct Resolver {
    anchor: NaiveDate,
    reference: Option<Point>,
}

impl Resolver {
    /// A resolver for a text published on `anchor`.
    pub fn new(anchor: NaiveDate) -> Self {
        Resolver {
            anchor,
            reference: None,
        }
    }

    /// The publication date.
    pub fn anchor(&self) -> NaiveDate {
        self.anchor
    }

    /// Forgets the last resolved date, as at the start of a new text.
    pub fn reset(&mut self) {
        self.reference = None;
    }

    /// Resolves one mention; `None` when it cannot be placed in years 0-9999 (e.g. "99999
    /// days ago") or names an impossible date ("February 30").
    pub fn resolve(&mut self, m: &Mention) -> Option<Resolved> {
        let pol = Policy {
            pivot: self.anchor,
            forward: m.tense == Tense::Future,
            nearest: matches!(m.tense, Tense::Present | Tense::None | Tense::Limit),
            weekday_nearest: m.tense == Tense::Limit,
        };
        match &m.expr {
            Expr::Vague(v) => Some(self.vague(*v)),
            Expr::Duration(n, unit) => Some(Resolved {
                kind: TimexType::Duration,
                value: duration_value(*n, *unit),
                span: None,
            }),
            Expr::DurationHalf(n, unit) => Some(Resolved {
                kind: TimexType::Duration,
                value: half_value(*n, *unit)?,
                span: None,
            }),
            Expr::Stretch { n, unit, dir } => Some(Resolved {
                kind: TimexType::Duration,
                value: duration_value(Some(*n), *unit),
                span: self.stretch(*n, *unit, *dir),
            }),
            Expr::Set(e) => Some(Resolved {
                kind: TimexType::Set,
                value: set_value(*e),
                span: None,
            }),
            Expr::Clock { day, hour, minute } => {
                let d = self.clock_day(day.as_deref(), pol)?;
                self.reference = Some(Point::Day(d));
                Some(Resolved {
                    kind: TimexType::Time,
                    value: format!("{}T{hour:02}:{minute:02}", point_value(Point::Day(d))),
                    span: Some(DateSpan::day(d)),
                })
            }
            Expr::DayPart(day, part) => {
                let d = self.clock_day(Some(day), pol)?;
                self.reference = Some(Point::Day(d));
                Some(Resolved {
                    kind: TimexType::Time,
                    value: format!("{}T{}", point_value(Point::Day(d)), part.code()),
                    span: Some(DateSpan::day(d)),
                })
            }
            Expr::Range(a, b) if m.piece != Piece::Whole => {
                let (ra, rb, span) = self.range(a, b, pol)?;
                let (value, span, reference) = if m.piece == Piece::First {
                    (ra.value, span, ra.reference)
                } else {
                    (rb.value, rb.span, None)
                };
                if reference.is_some() {
                    self.reference = reference;
                }
                Some(Resolved {
                    kind: TimexType::Date,
                    value,
                    span: Some(span),
                })
            }
            e => {
                let r = self.date(e, pol)?;
                if r.reference.is_some() {
                    self.reference = r.reference;
                }
                Some(Resolved {
                    kind: TimexType::Date,
                    value: r.value,
                    span: Some(r.span),
                })
            }
        }
    }

    fn vague(&self, v: Vague) -> Resolved {
        let today = DateSpan::day(self.anchor);
        let (value, span) = match v {
            Vague::Past => ("PAST_REF", DateSpan::until(today)),
            Vague::Present => ("PRESENT_REF", today.approximate()),
            Vague::Future => ("FUTURE_REF", DateSpan::since(today)),
        };
        Resolved {
            kind: TimexType::Date,
            value: value.to_string(),
            span: Some(span),
        }
    }

    /// The day and unit anaphoric expressions count from (the publication date when the text
    /// has named no date yet).
    fn reference_point(&self) -> Point {
        self.reference.unwrap_or(Point::Day(self.anchor))
    }

    fn date(&self, e: &Expr, pol: Policy) -> Option<Res> {
        match e {
            Expr::Approx(inner) => {
                let r = self.date(inner, pol)?;
                Some(Res {
                    span: r.span.approximate(),
                    ..r
                })
            }
            Expr::Since(inner) => {
                // "since" looks back whatever the verb: a year-less "since December" is the last.
                let back = Policy {
                    forward: false,
                    nearest: false,
                    weekday_nearest: false,
                    ..pol
                };
                let r = self.date(inner, back)?;
                let span = DateSpan::interval(start_bound(&r.span)?, Bound::Open).ok()?;
                Some(Res { span, ..r })
            }
            Expr::Until(inner) => {
                let r = self.date(inner, pol)?;
                let span = DateSpan::interval(Bound::Open, end_bound(&r.span)?).ok()?;
                Some(Res { span, ..r })
            }
            Expr::Range(a, b) => {
                let (ra, rb, span) = self.range(a, b, pol)?;
                Some(Res {
                    value: format!("{}/{}", ra.value, rb.value),
                    span,
                    reference: ra.reference,
                })
            }
            Expr::Edge(edge, inner) => self.edge(*edge, inner, pol),
            Expr::WeekendBare => {
                let wd = i64::from(pol.pivot.weekday().num_days_from_monday());
                // The Saturday of the pivot's week.
                let sat = add_days(pol.pivot, 5 - wd)?;
                let sat = if pol.forward || sat <= pol.pivot {
                    sat
                } else {
                    add_days(sat, -7)?
                };
                weekend(sat)
            }
            Expr::Shift {
                unit: Unit::Weekend,
                n,
                base,
            } => {
                let day = self.base_day(*base);
                let wd = i64::from(day.weekday().num_days_from_monday());
                let sat = add_days(day, 5 - wd + n.checked_mul(7)?)?;
                weekend(sat)
            }
            _ => {
                let p = self.unit_point(e, pol)?;
                Some(Res {
                    value: point_value(p),
                    span: DateSpan::plain(p),
                    reference: Some(p),
                })
            }
        }
    }

    /// The day a time of day falls on: the day written with it, else the last day resolved
    /// (the publication date when the text has named none).
    fn clock_day(&self, day: Option<&Expr>, pol: Policy) -> Option<NaiveDate> {
        match day {
            Some(e) => match self.unit_point(e, pol)? {
                Point::Day(d) => Some(d),
                _ => None,
            },
            None => Some(match self.reference {
                Some(Point::Day(d)) => d,
                _ => self.anchor,
            }),
        }
    }

    /// The two ends of a range and the interval they make; the second end is the first such
    /// date on or after the first.
    fn range(&self, a: &Expr, b: &Expr, pol: Policy) -> Option<(Res, Res, DateSpan)> {
        let ra = self.date(a, pol)?;
        let start = ra.span.start()?;
        let rb = self.date(
            b,
            Policy {
                pivot: start,
                forward: true,
                nearest: false,
                weekday_nearest: false,
            },
        )?;
        let span = DateSpan::interval(start_bound(&ra.span)?, end_bound(&rb.span)?).ok()?;
        Some((ra, rb, span))
    }

    fn base_day(&self, base: Base) -> NaiveDate {
        match base {
            Base::Anchor => self.anchor,
            Base::Reference => self.reference_point().first_day(),
        }
    }

    /// Expressions that name one calendar unit.
    fn unit_point(&self, e: &Expr, pol: Policy) -> Option<Point> {
        let a = self.anchor;
        let p = match e {
            Expr::Date(c) => cal(*c, pol)?,
            Expr::Weekday(wd, rel) => {
                let day = weekday_day(*wd, *rel, pol)?;
                Point::Day(day)
            }
            Expr::WeekdayOfWeek(wd, n) => {
                let monday = add_days(a, -i64::from(a.weekday().num_days_from_monday()))?;
                let off = n.checked_mul(7)? + i64::from(wd.num_days_from_monday());
                Point::Day(add_days(monday, off)?)
            }
            Expr::MonthRel(m, rel) => {
                let y = a.year();
                let y = match rel {
                    Rel::Bare => y,
                    Rel::Last => {
                        if *m < a.month() {
                            y
                        } else {
                            y - 1
                        }
                    }
                    Rel::Next | Rel::Coming => {
                        if *m > a.month() {
                            y
                        } else {
                            y + 1
                        }
                    }
                };
                month_point(y, *m)?
            }
            Expr::SeasonRel(s, rel) => season_rel(*s, *rel, a)?,
            Expr::Part(part, yr) => match yr {
                YearRef::Known(y) => part_point(*y, *part)?,
                YearRef::Shift(base, n) => {
                    let y = i64::from(self.base_day(*base).year()).checked_add(*n)?;
                    part_point(i32::try_from(y).ok()?, *part)?
                }
                YearRef::Missing => part_nearest(*part, pol)?,
            },
            Expr::Shift { unit, n, base } => {
                let from = match base {
                    Base::Anchor => Point::Day(a),
                    Base::Reference => self.reference_point(),
                };
                let shifted = shift(from.first_day(), *unit, *n)?;
                coarsen(shifted, from)?
            }
            Expr::Decade { value, short } => {
                if *short {
                    // The most recent decade with these last digits that has ended.
                    let d = value.rem_euclid(10);
                    let mut dec = a.year() / 10;
                    while dec.rem_euclid(10) != d || dec * 10 + 9 >= a.year() {
                        dec -= 1;
                    }
                    (0..=999).contains(&dec).then_some(Point::Decade(dec))?
                } else {
                    (0..=999).contains(value).then_some(Point::Decade(*value))?
                }
            }
            Expr::Century(c) => (0..=99).contains(c).then_some(Point::Century(*c))?,
            Expr::NthWeekday { n, weekday, month } => {
                let Point::Month { year, month } = self.unit_point(month, pol)? else {
                    return None;
                };
                Point::Day(nth_weekday(year, month, *n, *weekday)?)
            }
            Expr::WeekOf(inner) => week_point(self.unit_point(inner, pol)?.first_day())?,
            Expr::DayFrom(n, inner) => match self.unit_point(inner, pol)? {
                Point::Day(d) => Point::Day(add_days(d, *n)?),
                _ => return None,
            },
            Expr::Feast(f, yr, rel) => Point::Day(match yr {
                YearRef::Known(y) => feast_day(*f, *y)?,
                YearRef::Shift(base, n) => {
                    let y = i64::from(self.base_day(*base).year()).checked_add(*n)?;
                    feast_day(*f, i32::try_from(y).ok()?)?
                }
                YearRef::Missing => feast_nearest(*f, *rel, pol)?,
            }),
            _ => return None,
        };
        Some(p)
    }

    /// "late September", "mid-2019", "earlier this month".
    fn edge(&self, edge: Edge, inner: &Expr, pol: Policy) -> Option<Res> {
        let p = self.unit_point(inner, pol)?;
        let value = point_value(p);
        let (first, last) = (p.first_day(), p.last_day());
        let span = match edge {
            Edge::Earlier | Edge::Later => {
                let (pivot, known) = match inner {
                    Expr::Shift {
                        base: Base::Reference,
                        ..
                    } => {
                        let r = self.reference_point();
                        (r.first_day(), matches!(r, Point::Day(_)))
                    }
                    _ => (self.anchor, true),
                };
                // "Later that year" after "in 2016": the day is unknown, so the whole year.
                if !known || pivot < first || pivot > last {
                    DateSpan::plain(p)
                } else if edge == Edge::Earlier {
                    days(first, pivot)?
                } else {
                    days(pivot, last)?
                }
            }
            _ => part_of(p, edge)?,
        };
        Some(Res {
            value,
            span,
            reference: Some(p),
        })
    }

    /// "the past three days", "the next two weeks": whole units before or after the current one.
    fn stretch(&self, n: u64, unit: Unit, dir: i8) -> Option<DateSpan> {
        let n = i64::try_from(n).ok()?;
        if n == 0 {
            return None;
        }
        let a = self.anchor;
        let (unit, n) = match unit {
            Unit::Fortnight => (Unit::Week, n.checked_mul(2)?),
            Unit::Decade => (Unit::Year, n.checked_mul(10)?),
            Unit::Century => (Unit::Year, n.checked_mul(100)?),
            u => (u, n),
        };
        let (lo, hi) = if dir < 0 { (-n, -1) } else { (1, n) };
        let first = shift(a, unit, lo)?;
        let last = shift(a, unit, hi)?;
        let bound = |p: Point, end: bool| match p {
            Point::Week { .. } => Bound::Known(plain(Point::Day(if end {
                p.last_day()
            } else {
                p.first_day()
            }))),
            p => Bound::Known(plain(p)),
        };
        if first == last && !matches!(first, Point::Week { .. }) {
            return Some(DateSpan::plain(first));
        }
        DateSpan::interval(bound(first, false), bound(last, true)).ok()
    }
}

fn plain(point: Point) -> Dated {
    Dated {
        point,
        qualifier: Qualifier::default(),
    }
}

fn year_ok(y: i32) -> bool {
    (MIN_YEAR..=MAX_YEAR).contains(&y)
}

fn day_ok(d: NaiveDate) -> Option<NaiveDate> {
    year_ok(d.year()).then_some(d)
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n.unsigned_abs() > 4_000_000 {
        return None;
    }
    day_ok(d.checked_add_signed(Duration::try_days(n)?)?)
}

fn month_point(y: i32, m: u32) -> Option<Point> {
    (year_ok(y) && (1..=12).contains(&m)).then_some(Point::Month { year: y, month: m })
}

fn part_point(y: i32, part: SubYear) -> Option<Point> {
    // A winter runs into the next year, which must exist too.
    let ok = year_ok(y) && (part != SubYear::Winter || year_ok(y + 1));
    ok.then_some(Point::Part { year: y, part })
}

fn week_point(d: NaiveDate) -> Option<Point> {
    let w = d.iso_week();
    year_ok(w.year()).then_some(Point::Week {
        year: w.year(),
        week: w.week(),
    })
}

/// The calendar unit `n` units of `unit` away from the one holding `day`.
fn shift(day: NaiveDate, unit: Unit, n: i64) -> Option<Point> {
    let (y, m) = (i64::from(day.year()), i64::from(day.month0()));
    let to_i32 = |v: i64| i32::try_from(v).ok().filter(|y| year_ok(*y));
    match unit {
        Unit::Day => Some(Point::Day(add_days(day, n)?)),
        Unit::Week | Unit::Fortnight | Unit::Weekend => {
            let k = if unit == Unit::Fortnight {
                n.checked_mul(2)?
            } else {
                n
            };
            let monday = add_days(day, -i64::from(day.weekday().num_days_from_monday()))?;
            week_point(add_days(monday, k.checked_mul(7)?)?)
        }
        Unit::Month => {
            let idx = (y * 12 + m).checked_add(n)?;
            month_point(to_i32(idx.div_euclid(12))?, idx.rem_euclid(12) as u32 + 1)
        }
        Unit::Quarter => {
            let idx = (y * 4 + m / 3).checked_add(n)?;
            part_point(
                to_i32(idx.div_euclid(4))?,
                SubYear::Quarter(idx.rem_euclid(4) as u8 + 1),
            )
        }
        Unit::Year => Some(Point::Year(to_i32(y.checked_add(n)?)?)),
        Unit::Decade => {
            let d = (y / 10).checked_add(n)?;
            (0..=999).contains(&d).then_some(Point::Decade(d as i32))
        }
        Unit::Century => {
            let c = (y / 100).checked_add(n)?;
            (0..=99).contains(&c).then_some(Point::Century(c as i32))
        }
        Unit::Season | Unit::Hour | Unit::Minute | Unit::Second => None,
    }
}

fn rank(p: Point) -> u8 {
    match p {
        Point::Day(_) => 0,
        Point::Week { .. } => 1,
        Point::Month { .. } => 2,
        Point::Part { .. } => 3,
        Point::Year(_) => 4,
        Point::Decade(_) => 5,
        Point::Century(_) => 6,
    }
}

/// `p` made no finer than the reference it was counted from: "two days later" after "in May
/// 2010" is some day of May 2010, so it stays a month.
fn coarsen(p: Point, from: Point) -> Option<Point> {
    if rank(p) >= rank(from) {
        return Some(p);
    }
    let d = p.first_day();
    match from {
        Point::Day(_) => Some(p),
        Point::Week { .. } => week_point(d),
        Point::Month { .. } => month_point(d.year(), d.month()),
        Point::Part { part, .. } => part_containing(part, d),
        Point::Year(_) => Some(Point::Year(d.year())),
        Point::Decade(_) => Some(Point::Decade(d.year() / 10)),
        Point::Century(_) => Some(Point::Century(d.year() / 100)),
    }
}

/// The part of the same kind as `part` (quarter, half, season) that holds `d`.
fn part_containing(part: SubYear, d: NaiveDate) -> Option<Point> {
    let m = d.month();
    let (y, p) = match part {
        SubYear::Quarter(_) => (d.year(), SubYear::Quarter(((m - 1) / 3 + 1) as u8)),
        SubYear::Half(_) => (d.year(), SubYear::Half(((m - 1) / 6 + 1) as u8)),
        _ => match m {
            3..=5 => (d.year(), SubYear::Spring),
            6..=8 => (d.year(), SubYear::Summer),
            9..=11 => (d.year(), SubYear::Autumn),
            12 => (d.year(), SubYear::Winter),
            _ => (d.year() - 1, SubYear::Winter),
        },
    };
    part_point(y, p)
}

/// The day a weekday names under its modifier and the policy.
fn weekday_day(wd: Weekday, rel: Rel, pol: Policy) -> Option<NaiveDate> {
    let a = pol.pivot;
    let cur = i64::from(a.weekday().num_days_from_monday());
    let want = i64::from(wd.num_days_from_monday());
    let back = (cur - want).rem_euclid(7);
    let fwd = (want - cur).rem_euclid(7);
    match rel {
        Rel::Bare if pol.forward => add_days(a, fwd),
        // The next one only when it is less than half as far (ties look back).
        Rel::Bare if pol.weekday_nearest && fwd * 2 < back => add_days(a, fwd),
        Rel::Bare => add_days(a, -back),
        Rel::Last => add_days(a, -(if back == 0 { 7 } else { back })),
        Rel::Coming => add_days(a, if fwd == 0 { 7 } else { fwd }),
        Rel::Next => add_days(a, 7 - cur + want),
    }
}

/// Western (Gregorian) Easter Sunday of a year (the anonymous Gregorian algorithm).
fn easter(y: i32) -> Option<NaiveDate> {
    if !(1583..=MAX_YEAR).contains(&y) {
        return None;
    }
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    NaiveDate::from_ymd_opt(y, (n / 31) as u32, (n % 31 + 1) as u32)
}

/// Orthodox Easter Sunday of a year: the Julian computus, moved to the Gregorian calendar.
fn orthodox_easter(y: i32) -> Option<NaiveDate> {
    if !(1583..=MAX_YEAR).contains(&y) {
        return None;
    }
    let (a, b, c) = (y % 4, y % 7, y % 19);
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let n = d + e + 114;
    let julian = NaiveDate::from_ymd_opt(y, (n / 31) as u32, (n % 31 + 1) as u32)?;
    // The Julian calendar runs behind by y/100 - y/400 - 2 days (13 in 1900-2099).
    add_days(julian, i64::from(y / 100 - y / 400 - 2))
}

/// The day of a holiday in a year.
fn feast_day(f: Feast, y: i32) -> Option<NaiveDate> {
    let d = match f {
        Feast::Fixed { month, day } => NaiveDate::from_ymd_opt(y, month, day)?,
        Feast::Easter(off) => add_days(easter(y)?, i64::from(off))?,
        Feast::OrthodoxEaster(off) => add_days(orthodox_easter(y)?, i64::from(off))?,
        Feast::Thanksgiving => nth_weekday(y, 11, 4, Weekday::Thu)?,
        Feast::ElectionDay => add_days(nth_weekday(y, 11, 1, Weekday::Mon)?, 1)?,
    };
    day_ok(d)
}

/// A holiday without a year: for a bare name the last one on or before the publication date,
/// or the next when that is less than half as far and nothing says the past; strictly before or
/// after the publication date for "last" and "next".
fn feast_nearest(f: Feast, rel: Rel, pol: Policy) -> Option<NaiveDate> {
    let p = pol.pivot;
    let mut days = (p.year() - 1..=p.year() + 1).filter_map(|y| feast_day(f, y));
    match rel {
        Rel::Bare if pol.forward => days.find(|d| *d >= p),
        // No cue: the next one only when it is less than half as far as the last.
        Rel::Bare if pol.nearest => {
            let years = p.year() - 1..=p.year() + 1;
            let back = years
                .clone()
                .rev()
                .filter_map(|y| feast_day(f, y))
                .find(|d| *d <= p);
            let fwd = days.find(|d| *d > p);
            match (back, fwd) {
                (Some(b), Some(f)) if (f - p).num_days() * 2 < (p - b).num_days() => Some(f),
                (None, f) => f,
                (b, _) => b,
            }
        }
        Rel::Bare => days.rfind(|d| *d <= p),
        Rel::Last => days.rfind(|d| *d < p),
        Rel::Next | Rel::Coming => days.find(|d| *d > p),
    }
}

/// The `n`th `wd` of a month (`n` = -1: the last one).
fn nth_weekday(year: i32, month: u32, n: i8, wd: Weekday) -> Option<NaiveDate> {
    if n < 0 {
        let last = Point::Month { year, month }.last_day();
        let back = (i64::from(last.weekday().num_days_from_monday())
            - i64::from(wd.num_days_from_monday()))
        .rem_euclid(7);
        return add_days(last, -back);
    }
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let fwd = (i64::from(wd.num_days_from_monday())
        - i64::from(first.weekday().num_days_from_monday()))
    .rem_euclid(7);
    let d = add_days(first, fwd + 7 * (i64::from(n) - 1))?;
    (d.month() == month).then_some(d)
}

/// A calendar date with what the text gave, placed by the policy when the year is missing.
fn cal(c: Cal, pol: Policy) -> Option<Point> {
    match (c.year, c.month, c.day) {
        (Some(y), Some(m), Some(d)) => Some(Point::Day(day_ok(NaiveDate::from_ymd_opt(y, m, d)?)?)),
        (Some(y), Some(m), None) => month_point(y, m),
        (Some(y), None, None) => year_ok(y).then_some(Point::Year(y)),
        (None, Some(_), _) if pol.nearest => {
            let back = cal(
                c,
                Policy {
                    nearest: false,
                    forward: false,
                    ..pol
                },
            )?;
            let fwd = cal(
                c,
                Policy {
                    nearest: false,
                    forward: true,
                    ..pol
                },
            );
            let p = pol.pivot;
            let dist = |x: Point| {
                if x.first_day() > p {
                    (x.first_day() - p).num_days()
                } else {
                    (p - x.last_day()).num_days().max(0)
                }
            };
            // The next one only when it is much nearer: news looks back more often than ahead.
            Some(match fwd {
                Some(f) if dist(f).saturating_mul(2) < dist(back) => f,
                _ => back,
            })
        }
        (None, Some(m), Some(d)) => yearless_day(m, d, c.weekday, pol).map(Point::Day),
        (None, Some(m), None) => {
            let p = pol.pivot;
            let y = if pol.forward {
                if m >= p.month() {
                    p.year()
                } else {
                    p.year() + 1
                }
            } else if m <= p.month() {
                p.year()
            } else {
                p.year() - 1
            };
            month_point(y, m)
        }
        (None, None, Some(d)) => monthless_day(d, c.weekday, pol).map(Point::Day),
        _ => None,
    }
}

/// A month and day without a year: the most recent on or before the pivot (or the first on or
/// after it); with a weekday, the year nearest the pivot where the day falls on that weekday.
fn yearless_day(m: u32, d: u32, wd: Option<Weekday>, pol: Policy) -> Option<NaiveDate> {
    let p = pol.pivot;
    let mut by_policy = None;
    for k in 0..8 {
        let y = if pol.forward {
            p.year() + k
        } else {
            p.year() - k
        };
        if let Some(date) = NaiveDate::from_ymd_opt(y, m, d)
            && (if pol.forward { date >= p } else { date <= p })
        {
            by_policy = Some(date);
            break;
        }
    }
    let Some(wd) = wd else {
        return by_policy.and_then(day_ok);
    };
    if let Some(date) = by_policy
        && date.weekday() == wd
    {
        return day_ok(date);
    }
    let best = (p.year() - 30..=p.year() + 30)
        .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
        .filter(|date| date.weekday() == wd)
        .min_by_key(|date| ((*date - p).num_days().abs(), *date));
    best.or(by_policy).and_then(day_ok)
}

/// A day of the month without month or year ("on the 15th").
fn monthless_day(d: u32, wd: Option<Weekday>, pol: Policy) -> Option<NaiveDate> {
    let p = pol.pivot;
    let idx0 = i64::from(p.year()) * 12 + i64::from(p.month0());
    let at = |k: i64| -> Option<NaiveDate> {
        let idx = idx0 + k;
        NaiveDate::from_ymd_opt(
            i32::try_from(idx.div_euclid(12)).ok()?,
            idx.rem_euclid(12) as u32 + 1,
            d,
        )
    };
    let mut by_policy = None;
    for k in 0..4 {
        let k = if pol.forward { k } else { -k };
        if let Some(date) = at(k)
            && (if pol.forward { date >= p } else { date <= p })
        {
            by_policy = Some(date);
            break;
        }
    }
    let Some(wd) = wd else {
        return by_policy.and_then(day_ok);
    };
    if let Some(date) = by_policy
        && date.weekday() == wd
    {
        return day_ok(date);
    }
    let best = (-36..=36)
        .filter_map(at)
        .filter(|date| date.weekday() == wd)
        .min_by_key(|date| ((*date - p).num_days().abs(), *date));
    best.or(by_policy).and_then(day_ok)
}

/// "last summer", "this winter", "next spring".
fn season_rel(s: SubYear, rel: Rel, a: NaiveDate) -> Option<Point> {
    let candidates = (a.year() - 2..=a.year() + 2).filter_map(|y| part_point(y, s));
    match rel {
        Rel::Bare => {
            let containing = (a.year() - 1..=a.year())
                .filter_map(|y| part_point(y, s))
                .find(|p| p.first_day() <= a && a <= p.last_day());
            containing.or_else(|| part_point(a.year(), s))
        }
        Rel::Last => {
            let mut c = candidates;
            c.rfind(|p| p.last_day() < a)
        }
        Rel::Next | Rel::Coming => candidates.into_iter().find(|p| p.first_day() > a),
    }
}

/// A year-less quarter, half or season: the most recent one that has begun by the pivot, or,
/// looking forward, the one under way or the next.
fn part_nearest(part: SubYear, pol: Policy) -> Option<Point> {
    let p = pol.pivot;
    let candidates = (p.year() - 2..=p.year() + 2).filter_map(|y| part_point(y, part));
    if pol.forward {
        {
            let mut c = candidates;
            c.find(|x| x.last_day() >= p)
        }
    } else {
        {
            let mut c = candidates;
            c.rfind(|x| x.first_day() <= p)
        }
    }
}

/// The weekend whose Saturday is `sat`.
fn weekend(sat: NaiveDate) -> Option<Res> {
    let sun = add_days(sat, 1)?;
    let w = sat.iso_week();
    let week = Point::Week {
        year: w.year(),
        week: w.week(),
    };
    Some(Res {
        value: format!("{:04}-W{:02}-WE", w.year(), w.week()),
        span: days(sat, sun)?,
        reference: year_ok(w.year()).then_some(week),
    })
}

/// The interval of days from `a` to `b` (one day when they are equal).
fn days(a: NaiveDate, b: NaiveDate) -> Option<DateSpan> {
    if a == b {
        return Some(DateSpan::day(a));
    }
    DateSpan::interval(
        Bound::Known(plain(Point::Day(a))),
        Bound::Known(plain(Point::Day(b))),
    )
    .ok()
}

/// The interval from one unit to another of the same kind (one unit when they are equal).
fn units(a: Point, b: Point) -> Option<DateSpan> {
    if a == b {
        return Some(DateSpan::plain(a));
    }
    DateSpan::interval(Bound::Known(plain(a)), Bound::Known(plain(b))).ok()
}

/// The early, middle or late part of a unit, in the next finer unit: days of a week or month,
/// months of a quarter, half, season or year, years of a decade or century.
fn part_of(p: Point, edge: Edge) -> Option<DateSpan> {
    let pick = |n: i64, thirds: [(i64, i64); 3]| -> (i64, i64) {
        let (a, b) = match edge {
            Edge::Early => thirds[0],
            Edge::Mid => thirds[1],
            _ => thirds[2],
        };
        (a.min(n - 1), b.min(n - 1))
    };
    match p {
        Point::Day(_) => Some(DateSpan::plain(p)),
        Point::Week { .. } => {
            let (a, b) = pick(7, [(0, 2), (1, 3), (4, 6)]);
            let f = p.first_day();
            days(add_days(f, a)?, add_days(f, b)?)
        }
        Point::Month { .. } => {
            let n = i64::from(p.last_day().day());
            let (a, b) = pick(n, [(0, 9), (10, 19), (20, n - 1)]);
            let f = p.first_day();
            days(add_days(f, a)?, add_days(f, b)?)
        }
        Point::Part { part, .. } => {
            let f = p.first_day();
            let months = if matches!(part, SubYear::Half(_)) {
                6
            } else {
                3
            };
            let (a, b) = if months == 6 {
                pick(6, [(0, 1), (2, 3), (4, 5)])
            } else {
                pick(3, [(0, 0), (1, 1), (2, 2)])
            };
            let first = shift(f, Unit::Month, a)?;
            let last = shift(f, Unit::Month, b)?;
            units(first, last)
        }
        Point::Year(y) => {
            let (a, b) = pick(12, [(0, 3), (4, 7), (8, 11)]);
            units(month_point(y, a as u32 + 1)?, month_point(y, b as u32 + 1)?)
        }
        Point::Decade(d) => {
            let (a, b) = pick(10, [(0, 3), (4, 6), (7, 9)]);
            units(
                Point::Year(d * 10 + a as i32),
                Point::Year(d * 10 + b as i32),
            )
        }
        Point::Century(c) => {
            let (a, b) = pick(100, [(0, 32), (33, 66), (67, 99)]);
            units(
                Point::Year(c * 100 + a as i32),
                Point::Year(c * 100 + b as i32),
            )
        }
    }
}

/// The first bound of a span; a week becomes its Monday (EDTF interval ends are days).
fn start_bound(s: &DateSpan) -> Option<Bound> {
    Some(match s {
        DateSpan::Single(d) => match d.point {
            Point::Week { .. } => Bound::Known(Dated {
                point: Point::Day(d.point.first_day()),
                qualifier: d.qualifier,
            }),
            _ => Bound::Known(*d),
        },
        DateSpan::Interval { from, .. } => *from,
    })
}

/// The last bound of a span; a week becomes its Sunday.
fn end_bound(s: &DateSpan) -> Option<Bound> {
    Some(match s {
        DateSpan::Single(d) => match d.point {
            Point::Week { .. } => Bound::Known(Dated {
                point: Point::Day(d.point.last_day()),
                qualifier: d.qualifier,
            }),
            _ => Bound::Known(*d),
        },
        DateSpan::Interval { to, .. } => *to,
    })
}

/// The TIMEX3 value of a calendar unit.
pub fn point_value(p: Point) -> String {
    match p {
        Point::Day(d) => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
        Point::Week { year, week } => format!("{year:04}-W{week:02}"),
        Point::Month { year, month } => format!("{year:04}-{month:02}"),
        Point::Part { year, part } => {
            let code = match part {
                SubYear::Spring => "SP".to_string(),
                SubYear::Summer => "SU".to_string(),
                SubYear::Autumn => "FA".to_string(),
                SubYear::Winter => "WI".to_string(),
                SubYear::Quarter(q) => format!("Q{q}"),
                SubYear::Half(h) => format!("H{h}"),
            };
            format!("{year:04}-{code}")
        }
        Point::Year(y) => format!("{y:04}"),
        Point::Decade(d) => format!("{d:03}"),
        Point::Century(c) => format!("{c:02}"),
    }
}

/// The TIMEX3 value of a duration: `P3D`, `P2W`, `P6M`, `PT48H`, `PXY`. Decades and centuries
/// are written in years (`P20Y`, `P100Y`, "decades" `PXY`): ISO 8601, which TIMEX3 values
/// follow, has no decade or century unit, and the TimeML corpora write them so.
pub fn duration_value(n: Option<u64>, unit: Unit) -> String {
    let (n, unit) = match (n, unit) {
        (Some(n), Unit::Fortnight) => (Some(n.saturating_mul(2)), Unit::Week),
        (None, Unit::Fortnight) => (None, Unit::Week),
        (n, Unit::Decade) => (n.map(|n| n.saturating_mul(10)), Unit::Year),
        (n, Unit::Century) => (n.map(|n| n.saturating_mul(100)), Unit::Year),
        other => other,
    };
    let (time, letter) = match unit {
        Unit::Second => (true, "S"),
        Unit::Minute => (true, "M"),
        Unit::Hour => (true, "H"),
        Unit::Day => (false, "D"),
        Unit::Weekend => (false, "WE"),
        Unit::Week | Unit::Fortnight => (false, "W"),
        Unit::Month => (false, "M"),
        Unit::Quarter => (false, "Q"),
        Unit::Season => (false, "SE"),
        // Decades and centuries were turned into years above.
        Unit::Year | Unit::Decade | Unit::Century => (false, "Y"),
    };
    let mut s = String::from(if time { "PT" } else { "P" });
    match n {
        Some(n) => {
            let _ = write!(s, "{n}");
        }
        None => s.push('X'),
    }
    s.push_str(letter);
    s
}

/// The TIMEX3 value of a count and a half: the half in the next smaller unit ("5 1/2 hours"
/// is `PT5H30M`, "a year and a half" `P1Y6M`); `None` for units that do not halve evenly.
fn half_value(n: u64, unit: Unit) -> Option<String> {
    Some(match unit {
        Unit::Second => return None,
        Unit::Minute => format!("PT{n}M30S"),
        Unit::Hour => format!("PT{n}H30M"),
        Unit::Day => format!("P{n}DT12H"),
        Unit::Year => format!("P{n}Y6M"),
        Unit::Decade => format!("P{}Y", n.saturating_mul(10).saturating_add(5)),
        Unit::Century => format!("P{}Y", n.saturating_mul(100).saturating_add(50)),
        Unit::Week
        | Unit::Fortnight
        | Unit::Month
        | Unit::Quarter
        | Unit::Season
        | Unit::Weekend => {
            return None;
        }
    })
}

/// The TIMEX3 value of a set.
fn set_value(e: Every) -> String {
    match e {
        Every::Unit(Unit::Weekend) => "XXXX-WXX-WE".to_string(),
        Every::Unit(u) => duration_value(Some(1), u),
        Every::Weekday(wd) => format!("XXXX-WXX-{}", wd.number_from_monday()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn weekday_rule() {
        // 2020-09-29 is a Tuesday.
        let back = Policy {
            pivot: d(2020, 9, 29),
            forward: false,
            nearest: false,
            weekday_nearest: false,
        };
        let fwd = Policy {
            forward: true,
            ..back
        };
        let near = Policy {
            nearest: true,
            weekday_nearest: true,
            ..back
        };
        let cases = [
            (Weekday::Thu, Rel::Bare, near, d(2020, 10, 1)),
            (Weekday::Sun, Rel::Bare, near, d(2020, 9, 27)),
            (Weekday::Tue, Rel::Bare, near, d(2020, 9, 29)),
            (Weekday::Tue, Rel::Bare, back, d(2020, 9, 29)),
            (Weekday::Mon, Rel::Bare, back, d(2020, 9, 28)),
            (Weekday::Wed, Rel::Bare, back, d(2020, 9, 23)),
            (Weekday::Wed, Rel::Bare, fwd, d(2020, 9, 30)),
            (Weekday::Tue, Rel::Last, back, d(2020, 9, 22)),
            (Weekday::Tue, Rel::Coming, back, d(2020, 10, 6)),
            (Weekday::Wed, Rel::Next, back, d(2020, 10, 7)),
        ];
        for (day, rel, policy, want) in cases {
            assert_eq!(
                weekday_day(day, rel, policy),
                Some(want),
                "{day:?} {rel:?} forward={}",
                policy.forward
            );
        }
    }

    #[test]
    fn easter_dates() {
        assert_eq!(easter(2013), Some(d(2013, 3, 31)));
        assert_eq!(easter(2012), Some(d(2012, 4, 8)));
        assert_eq!(easter(2019), Some(d(2019, 4, 21)));
        assert_eq!(easter(2024), Some(d(2024, 3, 31)));
        assert_eq!(orthodox_easter(2018), Some(d(2018, 4, 8)));
        assert_eq!(orthodox_easter(2020), Some(d(2020, 4, 19)));
        assert_eq!(orthodox_easter(2022), Some(d(2022, 4, 24)));
        assert_eq!(easter(1000), None);
    }

    #[test]
    fn shifts_stay_in_range() {
        assert_eq!(
            shift(d(2020, 1, 15), Unit::Month, -1),
            month_point(2019, 12)
        );
        assert_eq!(shift(d(2020, 1, 15), Unit::Year, -99_999), None);
        assert_eq!(shift(d(2020, 1, 15), Unit::Day, i64::MIN), None);
        assert_eq!(shift(d(2020, 1, 15), Unit::Week, i64::MAX), None);
        assert_eq!(
            shift(d(2021, 1, 1), Unit::Week, 0),
            Some(Point::Week {
                year: 2020,
                week: 53
            })
        );
    }

    #[test]
    fn values() {
        assert_eq!(duration_value(Some(3), Unit::Day), "P3D");
        assert_eq!(duration_value(None, Unit::Year), "PXY");
        assert_eq!(duration_value(Some(48), Unit::Hour), "PT48H");
        assert_eq!(duration_value(Some(1), Unit::Decade), "P10Y");
        assert_eq!(duration_value(None, Unit::Decade), "PXY");
        assert_eq!(duration_value(Some(2), Unit::Century), "P200Y");
        assert_eq!(point_value(Point::Decade(199)), "199");
        assert_eq!(
            point_value(Point::Part {
                year: 2020,
                part: SubYear::Quarter(3)
            }),
            "2020-Q3"
        );
    }
}
