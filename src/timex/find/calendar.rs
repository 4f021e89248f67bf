//! Calendar dates: years, months, weekdays, day-month and month-day orders, numeric dates,
//! decades, ordinal weekdays ("the second Tuesday"), seasons and named days (holidays).

use super::*;
use crate::model::date::SubYear;
use crate::timex::expr::{Base, Cal, Expr, Feast, Rel, YearRef};
use crate::timex::lexicon::{Kw, Lex, Unit};
use crate::timex::token::Kind;

impl P<'_> {
    /// A four-digit year at `i` (1000-2999), with its position after an optional "AD"; `None`
    /// for "BC" years, which casus cannot store.
    pub(super) fn year_num(&self, i: usize) -> Option<(usize, i32)> {
        let (v, d) = self.num(i)?;
        if d != 4 || !(1000..=2999).contains(&v) {
            return None;
        }
        let mut j = i + 1;
        if self.touch(i) && self.is_word(j) && !self.kw(j, Kw::Ad) && !self.kw(j, Kw::Bc) {
            return None;
        }
        if self.touch(i) && matches!(self.t.get(j).map(|t| t.kind), Some(Kind::Num { .. })) {
            return None;
        }
        if self.kw(j, Kw::Bc) || (self.raw(j, b"b") && self.punct(j + 1, b'.')) {
            return None;
        }
        if self.kw(j, Kw::Ad) {
            j += 1;
        } else if self.raw(j, b"a")
            && self.punct(j + 1, b'.')
            && self.raw(j + 2, b"d")
            && self.punct(j + 3, b'.')
        {
            j += 4;
        }
        // "1,2000", "$2000", "3.2000" are not years.
        if i > 0
            && self.t[i - 1].touches(&self.t[i])
            && let Kind::Punct(c) = self.t[i - 1].kind
            && matches!(c, b',' | b'.' | b'$' | b'#' | 0)
        {
            return None;
        }
        if self.punct(i + 1, b'%') {
            return None;
        }
        Some((j, v as i32))
    }

    /// A year following a month or date: a four-digit year, also after a comma.
    pub(super) fn trailing_year(&self, i: usize) -> Option<(usize, i32)> {
        let j = if self.punct(i, b',') { i + 1 } else { i };
        self.year_num(j)
    }

    /// A standalone year at `i`, accepted only where the context makes it a date: a temporal
    /// word before it, or punctuation or a function word after it.
    pub(super) fn year_alone(&self, i: usize) -> Found {
        let (j, y) = self.year_num(i)?;
        if !(1000..=2199).contains(&y) {
            return None;
        }
        // "Resolution 2254", "Unit 1944", "flight 1549": a number naming a thing.
        if i > 0
            && let Kind::Word(Lex::Other) = self.t[i - 1].kind
        {
            let sentence_start = i == 1 || self.punct(i - 2, b'.');
            if (self.upper(i - 1) && !sentence_start)
                || [
                    &b"resolution"[..],
                    b"number",
                    b"no",
                    b"flight",
                    b"route",
                    b"unit",
                    b"room",
                ]
                .iter()
                .any(|w| self.raw(i - 1, w))
            {
                return None;
            }
        }
        let strong_before = i > 0
            && match self.t[i - 1].kind {
                Kind::Word(Lex::Kw(k)) => matches!(
                    k,
                    Kw::In
                        | Kw::Since
                        | Kw::Until
                        | Kw::Till
                        | Kw::During
                        | Kw::Early
                        | Kw::Late
                        | Kw::Mid
                        | Kw::Through
                        | Kw::Before
                        | Kw::After
                        | Kw::The
                        | Kw::A
                        | Kw::Circa
                        | Kw::Of
                        | Kw::By
                        | Kw::From
                        | Kw::Between
                        | Kw::To
                        | Kw::And
                ),
                Kind::Word(Lex::Unit(Unit::Year)) | Kind::Word(Lex::Season(_)) => true,
                Kind::Word(Lex::Other) => {
                    let w = self.text(i - 1);
                    (w == b"s" && i >= 2 && self.punct(i - 2, b'\''))
                        || [
                            &b"his"[..],
                            b"her",
                            b"its",
                            b"their",
                            b"our",
                            b"my",
                            b"your",
                        ]
                        .iter()
                        .any(|p| w.eq_ignore_ascii_case(p))
                }
                Kind::Punct(b'(') => true,
                _ => false,
            };
        let weak_before = i > 0
            && matches!(
                self.t[i - 1].kind,
                Kind::Word(Lex::Kw(
                    Kw::Of | Kw::By | Kw::From | Kw::Between | Kw::To | Kw::And
                ))
            );
        let after_ok = self.boundary(j)
            || match self.t[j].kind {
                Kind::Word(Lex::Kw(k)) => matches!(
                    k,
                    Kw::And
                        | Kw::To
                        | Kw::When
                        | Kw::After
                        | Kw::Before
                        | Kw::Is
                        | Kw::Are
                        | Kw::In
                        | Kw::On
                        | Kw::At
                        | Kw::By
                        | Kw::For
                        | Kw::From
                        | Kw::Of
                        | Kw::That
                        | Kw::Until
                        | Kw::Through
                        | Kw::The
                        | Kw::A
                        | Kw::Since
                        | Kw::During
                        | Kw::Will
                ),
                Kind::Word(Lex::Other) => {
                    self.upper(j)
                        || [
                            &b"was"[..],
                            b"were",
                            b"had",
                            b"has",
                            b"have",
                            b"as",
                            b"with",
                            b"or",
                            b"but",
                            b"which",
                            b"while",
                            b"amid",
                            b"it",
                            b"he",
                            b"she",
                            b"they",
                            b"we",
                            b"there",
                            b"then",
                            b"onwards",
                            b"onward",
                        ]
                        .iter()
                        .any(|w| self.raw(j, w))
                }
                _ => false,
            };
        let accept = if weak_before {
            after_ok
        } else {
            strong_before || after_ok
        };
        accept.then_some((
            j,
            Expr::Date(Cal {
                year: Some(y),
                ..Cal::default()
            }),
        ))
    }

    /// The next token after a month name: skips a touching period after an abbreviation.
    pub(super) fn after_month(&self, i: usize) -> usize {
        if matches!(self.lex(i), Lex::MonthAbbr(_)) && self.touch(i) && self.punct(i + 1, b'.') {
            i + 2
        } else {
            i + 1
        }
    }

    /// Whether the month word at `i` is also a common word ("may", "march").
    pub(super) fn ambiguous_month(&self, i: usize) -> bool {
        let (b, n) = self.lower(i);
        matches!(&b[..n], b"may" | b"march")
    }

    /// Whether the month word at `i` can be a month here: "May" and "March" (also verbs) and
    /// abbreviations need capitals and a temporal context; full names are taken as they come.
    pub(super) fn month_ok_alone(&self, i: usize) -> bool {
        let ambiguous = self.ambiguous_month(i);
        let abbr = matches!(self.lex(i), Lex::MonthAbbr(_));
        if !ambiguous && !abbr {
            return true;
        }
        // "Jan Kavan", "Sept Blatter": an abbreviation without its period before a name.
        if abbr && !self.punct(i + 1, b'.') && self.is_word(i + 1) && self.upper(i + 1) {
            return false;
        }
        // "March" standing alone between punctuation marks (a heading, a list).
        if ambiguous && self.upper(i) && self.boundary(i + 1) && (i == 0 || self.boundary(i - 1)) {
            return true;
        }
        // "the March accession", "the May elections": a capitalised "March" or "May" between
        // "the" and a lower-case noun is the month ("the march on the capital" is lower-case;
        // "the March on Rome", "the March against hunger" name a march).
        if ambiguous
            && self.upper(i)
            && i > 0
            && self.kw(i - 1, Kw::The)
            && self.is_word(i + 1)
            && !self.upper(i + 1)
            && self.lex(i + 1) == Lex::Other
        {
            let (b, n) = self.lower(i + 1);
            return !matches!(&b[..n], b"on" | b"against" | b"for" | b"past");
        }
        let context = i > 0
            && matches!(
                self.lex(i - 1),
                Lex::Kw(
                    Kw::In
                        | Kw::Of
                        | Kw::Since
                        | Kw::Until
                        | Kw::Till
                        | Kw::During
                        | Kw::Early
                        | Kw::Mid
                        | Kw::Late
                        | Kw::Last
                        | Kw::Next
                        | Kw::This
                        | Kw::Through
                        | Kw::From
                        | Kw::Between
                        | Kw::Before
                        | Kw::After
                        | Kw::By
                        | Kw::To
                        | Kw::And
                )
            )
            || i > 1 && self.punct(i - 1, b'-') && self.kw(i - 2, Kw::Mid);
        if !context {
            return false;
        }
        self.upper(i) || !self.is_word(i + 1)
    }

    /// The year a quarter, half or season belongs to: "2018", "of 2018", "of the year",
    /// "of this/last/next year", or nothing.
    pub(super) fn part_year(&self, j: usize) -> (usize, YearRef) {
        if let Some((k, y)) = self.trailing_year(j) {
            return (k, YearRef::Known(y));
        }
        if self.kw(j, Kw::Of) || self.kw(j, Kw::In) {
            if let Some((k, y)) = self.year_num(j + 1) {
                return (k, YearRef::Known(y));
            }
            let the = self.kw(j + 1, Kw::The);
            let r = match self.lex(j + 1) {
                Lex::Kw(Kw::This | Kw::The | Kw::Current) => Some(0),
                Lex::Kw(Kw::Last | Kw::Previous | Kw::Past) => Some(-1),
                Lex::Kw(Kw::Next | Kw::Coming) => Some(1),
                _ => None,
            };
            if let Some(n) = r
                && self.unit(j + 2) == Some(Unit::Year)
                && !self.plural(j + 2)
            {
                // "of the year" is the publication year, like "of this year".
                return (j + 3, YearRef::Shift(Base::Anchor, n));
            }
            if the
                && let Some(k) = self.rel_word(j + 2)
                && self.unit(j + 3) == Some(Unit::Year)
            {
                return (j + 4, YearRef::Shift(Base::Anchor, k));
            }
        }
        (j, YearRef::Missing)
    }

    /// "Sept. 30", "September 30, 2020", "October 2014", "March", "Jul 18, Fri".
    pub(super) fn month_led(&self, i: usize) -> Found {
        let m = match self.lex(i) {
            Lex::Month(m) | Lex::MonthAbbr(m) => u32::from(m),
            _ => return None,
        };
        let j = self.after_month(i);
        let abbr = matches!(self.lex(i), Lex::MonthAbbr(_));
        // Month day [,] [year]
        let k = if self.kw(j, Kw::The) { j + 1 } else { j };
        if let Some((k2, d)) = self.day(k, true)
            && !matches!(self.lex(k2), Lex::Unit(_))
            && !(self.num(k).is_some() && self.punct(k2, b'%'))
            && !(self.num(k).is_some()
                && self.touch(k)
                && self.punct(k + 1, b':')
                && self.touch(k + 1)
                && self.num(k + 2).is_some())
        {
            // A number after "May" or "March" must look like a date; "March 3 people" is not.
            let mut cal = Cal {
                month: Some(m),
                day: Some(d),
                ..Cal::default()
            };
            let mut end = k2;
            if let Some((k3, y)) = self.trailing_year(k2) {
                cal.year = Some(y);
                end = k3;
            }
            let wk = if self.punct(end, b',') { end + 1 } else { end };
            if let Lex::Weekday(w) | Lex::WeekdayAbbr(w) = self.lex(wk) {
                cal.weekday = Some(weekday(w));
                end = wk + 1;
            }
            let ambiguous = self.raw(i, b"may") || self.raw(i, b"march");
            if ambiguous
                && !self.upper(i)
                && self.num(k).is_none()
                && cal.year.is_none()
                && !self.boundary(end)
            {
                // "may first" is too weak.
            } else {
                return Some((end, Expr::Date(cal)));
            }
        }
        // Month [,|of] year
        let yj = if self.kw(j, Kw::Of) { j + 1 } else { j };
        if let Some((k, y)) = self.trailing_year(yj) {
            return Some((
                k,
                Expr::Date(Cal {
                    year: Some(y),
                    month: Some(m),
                    ..Cal::default()
                }),
            ));
        }
        if !self.month_ok_alone(i) {
            return None;
        }
        let end = if abbr { i + 1 } else { j };
        Some((
            end,
            Expr::Date(Cal {
                month: Some(m),
                ..Cal::default()
            }),
        ))
    }

    /// A weekday, alone or with a date: "Tuesday", "Monday, Feb. 18", "Thu 15th",
    /// "Monday of next week".
    pub(super) fn weekday_led(&self, i: usize) -> Found {
        let (w, abbr) = match self.lex(i) {
            Lex::Weekday(w) => (w, false),
            Lex::WeekdayAbbr(w) => (w, true),
            _ => return None,
        };
        let wd = weekday(w);
        let dotted = abbr && self.touch(i) && self.punct(i + 1, b'.');
        let mut j = if dotted { i + 2 } else { i + 1 };
        let after_name = j;
        if self.punct(j, b',') {
            j += 1;
        }
        // With a date.
        if let Some((e, Expr::Date(mut c))) = self.month_led_strict(j) {
            c.weekday = Some(wd);
            return Some((e, Expr::Date(c)));
        }
        if let Some((e, Expr::Date(mut c))) = self.day_first(j) {
            c.weekday = Some(wd);
            return Some((e, Expr::Date(c)));
        }
        let k = if self.kw(j, Kw::The) { j + 1 } else { j };
        if let Some((e, d)) = self.day(k, false)
            && (k > j || e > k + 1)
            && !matches!(self.lex(e), Lex::Unit(_))
        {
            return Some((
                e,
                Expr::Date(Cal {
                    day: Some(d),
                    weekday: Some(wd),
                    ..Cal::default()
                }),
            ));
        }
        // "Monday of next week", "Monday next week", "Sunday from last week".
        let k = if self.kw(after_name, Kw::Of) || self.kw(after_name, Kw::From) {
            after_name + 1
        } else {
            after_name
        };
        if let Some(n) = self.rel_word(k)
            && self.unit(k + 1) == Some(Unit::Week)
            && !self.plural(k + 1)
        {
            return Some((k + 2, Expr::WeekdayOfWeek(wd, n)));
        }
        if abbr {
            let risky = matches!(w, 2 | 5 | 6);
            let after_article = i > 0 && (self.kw(i - 1, Kw::The) || self.kw(i - 1, Kw::A));
            if after_article || (risky && !dotted) {
                return None;
            }
            if self.upper(i) && !dotted && self.text(i).iter().all(u8::is_ascii_uppercase) {
                return None;
            }
        }
        Some((after_name, Expr::Weekday(wd, Rel::Bare)))
    }

    /// A month-first date that has a day or a year (no bare month).
    pub(super) fn month_led_strict(&self, i: usize) -> Found {
        if !matches!(self.lex(i), Lex::Month(_) | Lex::MonthAbbr(_)) {
            return None;
        }
        let (e, x) = self.month_led(i)?;
        match &x {
            Expr::Date(c) if c.day.is_some() || c.year.is_some() => Some((e, x)),
            _ => None,
        }
    }

    /// Day first: "30 September 2020", "the 1st of March", "14april 2015", "15 of february".
    pub(super) fn day_first(&self, i: usize) -> Found {
        let k = if self.kw(i, Kw::The) { i + 1 } else { i };
        let (e, d) = self.day(k, true)?;
        let mut j = e;
        if self.kw(j, Kw::Of) {
            j += 1;
        }
        let m = match self.lex(j) {
            Lex::Month(m) | Lex::MonthAbbr(m) => u32::from(m),
            _ => return None,
        };
        if (self.raw(j, b"may") || self.raw(j, b"march"))
            && !self.upper(j)
            && self.num(k).is_none()
            && !self.kw(j - 1, Kw::Of)
        {
            return None;
        }
        let mut end = self.after_month(j);
        let mut cal = Cal {
            day: Some(d),
            month: Some(m),
            ..Cal::default()
        };
        if let Some((k2, y)) = self.trailing_year(end) {
            cal.year = Some(y);
            end = k2;
        }
        Some((end, Expr::Date(cal)))
    }

    /// Day-first ranges: "13-15 July", "from the 13th to the 15th of July", "1-8 september".
    pub(super) fn day_first_range(&self, i: usize) -> Found {
        let k = if self.kw(i, Kw::The) { i + 1 } else { i };
        let (e, d1) = self.day(k, false)?;
        if !(self.punct(e, b'-') || self.kw(e, Kw::To) || self.kw(e, Kw::Through)) {
            return None;
        }
        let (e2, Expr::Date(c2)) = self.day_first(e + 1)? else {
            return None;
        };
        if c2.day.unwrap_or(0) <= d1 {
            return None;
        }
        let c1 = Cal {
            day: Some(d1),
            ..c2
        };
        Some((
            e2,
            Expr::Range(Box::new(Expr::Date(c1)), Box::new(Expr::Date(c2))),
        ))
    }

    /// Numeric dates: "3/3/2015", "3/3/15", "2/2013", "30.09.2020".
    pub(super) fn numeric_date(&self, i: usize) -> Found {
        let (a, _) = self.num(i)?;
        let sep = match self.t.get(i + 1).map(|t| t.kind) {
            Some(Kind::Punct(c @ (b'/' | b'.'))) if self.touch(i) => c,
            _ => return None,
        };
        if !self.touch(i + 1) {
            return None;
        }
        let (b, bd) = self.num(i + 2)?;
        if sep == b'/' && bd == 4 {
            // month/year
            if !(1..=12).contains(&a) || self.touch(i + 2) {
                return None;
            }
            return Some((
                i + 3,
                Expr::Date(Cal {
                    year: Some(b as i32),
                    month: Some(a),
                    ..Cal::default()
                }),
            ));
        }
        if bd > 2 || !(self.touch(i + 2) && self.punct(i + 3, sep) && self.touch(i + 3)) {
            return None;
        }
        let (c, cd) = self.num(i + 4)?;
        if self.touch(i + 4) && !self.punct(i + 5, b'.') && !self.punct(i + 5, b',') {
            return None;
        }
        let year = match cd {
            4 => c as i32,
            2 => 2000 + c as i32,
            _ => return None,
        };
        // US order month/day with slashes unless the first number cannot be a month; day.month
        // with dots.
        let (month, day) = if sep == b'.' || a > 12 {
            (b, a)
        } else {
            (a, b)
        };
        Some((
            i + 5,
            Expr::Date(Cal {
                year: Some(year),
                month: Some(month),
                day: Some(day),
                weekday: None,
            }),
        ))
    }

    /// Four digits: ISO dates "2015-03-03", months "2014-10", "2014/10", decades "1990s",
    /// quarters "2018Q4", year ranges "1992-94", years.
    pub(super) fn four_digits(&self, i: usize, v: u32) -> Found {
        if self.touch(i) {
            // 2015-03-03, 2014-10, 1992-94, 2014/10
            if (self.punct(i + 1, b'-') || self.punct(i + 1, b'/'))
                && self.touch(i + 1)
                && let Some((b, bd)) = self.num(i + 2)
            {
                let sep = if self.punct(i + 1, b'-') { b'-' } else { b'/' };
                if self.touch(i + 2)
                    && self.punct(i + 3, sep)
                    && self.touch(i + 3)
                    && let Some((c, cd)) = self.num(i + 4)
                {
                    if bd <= 2 && cd <= 2 && !(self.touch(i + 4) && self.is_word(i + 5)) {
                        return Some((
                            i + 5,
                            Expr::Date(Cal {
                                year: Some(v as i32),
                                month: Some(b),
                                day: Some(c),
                                weekday: None,
                            }),
                        ));
                    }
                    return None;
                }
                if self.touch(i + 2) && self.is_word(i + 3) {
                    return None;
                }
                if bd == 2 && (1..=12).contains(&b) && !(sep == b'-' && b > v % 100) {
                    return Some((
                        i + 3,
                        Expr::Date(Cal {
                            year: Some(v as i32),
                            month: Some(b),
                            ..Cal::default()
                        }),
                    ));
                }
                if sep == b'-' {
                    let end = match bd {
                        2 if b > v % 100 => Some(v - v % 100 + b),
                        4 if b > v && b - v < 100 => Some(b),
                        _ => None,
                    };
                    if let Some(end) = end {
                        let y = |y: u32| {
                            Box::new(Expr::Date(Cal {
                                year: Some(y as i32),
                                ..Cal::default()
                            }))
                        };
                        return Some((i + 3, Expr::Range(y(v), y(end))));
                    }
                }
                return None;
            }
            // 1990s, 1900s, 2000s
            if self.raw(i + 1, b"s") {
                let e = i + 2;
                if v.is_multiple_of(100) && v != 2000 {
                    return Some((e, Expr::Century(v as i32 / 100)));
                }
                if v.is_multiple_of(10) {
                    return Some((
                        e,
                        Expr::Decade {
                            value: v as i32 / 10,
                            short: false,
                        },
                    ));
                }
                return None;
            }
            // 2018Q4
            if self.raw(i + 1, b"q")
                && self.touch(i + 1)
                && let Some((q, 1)) = self.num(i + 2)
                && (1..=4).contains(&q)
            {
                return Some((
                    i + 3,
                    Expr::Part(SubYear::Quarter(q as u8), YearRef::Known(v as i32)),
                ));
            }
        }
        // 1992 - 1994 with spaces is handled by the range tail; plain year here.
        self.year_alone(i)
    }

    /// "'90s", "'20s".
    pub(super) fn apostrophe_decade(&self, i: usize) -> Found {
        if !self.touch(i) {
            return None;
        }
        let (v, d) = self.num(i + 1)?;
        if d == 2 && v.is_multiple_of(10) && self.touch(i + 1) && self.raw(i + 2, b"s") {
            return Some((
                i + 3,
                Expr::Decade {
                    value: v as i32 / 10,
                    short: true,
                },
            ));
        }
        None
    }

    /// Ordinals: "the third quarter", "3rd qtr 2018", "the first half of 2020",
    /// "the 20th century", "first of march".
    pub(super) fn ordinal_led(&self, i: usize) -> Found {
        let (j, n) = self.ordinal(i)?;
        if (1..=5).contains(&n)
            && let Some(x) = self.nth_weekday(j, n as i8)
        {
            return Some(x);
        }
        match self.lex(j) {
            Lex::Unit(Unit::Quarter) if (1..=4).contains(&n) && !self.plural(j) => {
                let (e, yr) = self.part_year(j + 1);
                Some((e, Expr::Part(SubYear::Quarter(n as u8), yr)))
            }
            Lex::Kw(Kw::Half) if (1..=2).contains(&n) => {
                let (e, yr) = self.part_year(j + 1);
                Some((e, Expr::Part(SubYear::Half(n as u8), yr)))
            }
            Lex::Unit(Unit::Century) if (1..=100).contains(&n) && !self.plural(j) => {
                Some((j + 1, Expr::Century(n as i32 - 1)))
            }
            _ => {
                if self.num(i).is_none() {
                    // "first of march", "third of March 2015"
                    if let Some(x) = self.day_first(i) {
                        return Some(x);
                    }
                    // "on the first": a bare day of the month.
                    if i >= 2
                        && self.kw(i - 1, Kw::The)
                        && self.kw(i - 2, Kw::On)
                        && n <= 31
                        && self.boundary(j)
                    {
                        return Some((
                            j,
                            Expr::Date(Cal {
                                day: Some(n),
                                ..Cal::default()
                            }),
                        ));
                    }
                }
                None
            }
        }
    }

    /// "Tuesday of October", "Monday in this month" after an ordinal or "last".
    pub(super) fn nth_weekday(&self, j: usize, n: i8) -> Found {
        let Lex::Weekday(w) = self.lex(j) else {
            return None;
        };
        if !(self.kw(j + 1, Kw::Of) || self.kw(j + 1, Kw::In)) {
            return None;
        }
        let k = j + 2;
        let (e, month) = if self.kw(k, Kw::The) && self.unit(k + 1) == Some(Unit::Month) {
            (
                k + 2,
                Expr::Shift {
                    unit: Unit::Month,
                    n: 0,
                    base: Base::Anchor,
                },
            )
        } else {
            let (e, x) = self.expr(k)?;
            let is_month = match &x {
                Expr::Date(c) => c.month.is_some() && c.day.is_none(),
                Expr::Shift {
                    unit: Unit::Month, ..
                }
                | Expr::MonthRel(..) => true,
                _ => false,
            };
            if !is_month {
                return None;
            }
            (e, x)
        };
        Some((
            e,
            Expr::NthWeekday {
                n,
                weekday: weekday(w),
                month: Box::new(month),
            },
        ))
    }

    /// Seasons: "summer 2019", "the spring of 2020", "in winter".
    pub(super) fn season_led(&self, i: usize, s: SubYear) -> Found {
        let (e, yr) = self.part_year(i + 1);
        if let YearRef::Missing = yr {
            let context = i > 0
                && matches!(
                    self.lex(i - 1),
                    Lex::Kw(
                        Kw::In
                            | Kw::During
                            | Kw::The
                            | Kw::Since
                            | Kw::Until
                            | Kw::By
                            | Kw::Early
                            | Kw::Late
                            | Kw::Mid
                            | Kw::Through
                    )
                );
            let fall = self.raw(i, b"fall");
            // "the fall of Kabul", "Arab Spring".
            if !context || self.kw(i + 1, Kw::Of) || (fall && !self.kw(i - 1, Kw::In)) {
                return None;
            }
            if self.upper(i) && i > 1 && self.upper(i - 1) {
                return None;
            }
        }
        Some((e, Expr::Part(s, yr)))
    }

    /// A holiday name at `i`: "Christmas", "Christmas Eve", "New Year's Day", "Easter Monday",
    /// "Good Friday", "Orthodox Easter", "Valentine's Day"; the position after it.
    pub(super) fn feast(&self, i: usize) -> Option<(usize, Feast)> {
        let k = |j: usize, w: Kw| self.kw(j, w);
        let wd = |j: usize| match self.lex(j) {
            Lex::Weekday(w) | Lex::WeekdayAbbr(w) => Some(w),
            _ => None,
        };
        let day_word = |j: usize| self.unit(j) == Some(Unit::Day) && !self.plural(j);
        // "Valentine's", "New Year's": skip a possessive.
        let after_s = |j: usize| {
            if self.punct(j, b'\'') && self.raw(j + 1, b"s") {
                j + 2
            } else {
                j
            }
        };
        let easter_from = |j: usize, orthodox: bool| -> (usize, Feast) {
            let mk = |d: i16| {
                if orthodox {
                    Feast::OrthodoxEaster(d)
                } else {
                    Feast::Easter(d)
                }
            };
            match wd(j) {
                Some(6) => (j + 1, mk(0)),
                Some(0) => (j + 1, mk(1)),
                _ => (j, mk(0)),
            }
        };
        match self.lex(i) {
            Lex::Kw(Kw::Christmas) => {
                if k(i + 1, Kw::Eve) {
                    return Some((i + 2, Feast::Fixed { month: 12, day: 24 }));
                }
                let e = if day_word(i + 1) { i + 2 } else { i + 1 };
                Some((e, Feast::Fixed { month: 12, day: 25 }))
            }
            Lex::Kw(Kw::Easter) => Some(easter_from(i + 1, false)),
            Lex::Kw(Kw::Orthodox) => {
                if k(i + 1, Kw::Easter) {
                    return Some(easter_from(i + 2, true));
                }
                if k(i + 1, Kw::Christmas) {
                    let e = if day_word(i + 2) { i + 3 } else { i + 2 };
                    return Some((e, Feast::Fixed { month: 1, day: 7 }));
                }
                if k(i + 1, Kw::Good) && wd(i + 2) == Some(4) {
                    return Some((i + 3, Feast::OrthodoxEaster(-2)));
                }
                None
            }
            Lex::Kw(Kw::Halloween) => Some((i + 1, Feast::Fixed { month: 10, day: 31 })),
            Lex::Kw(Kw::Pentecost) => Some((i + 1, Feast::Easter(49))),
            Lex::Kw(Kw::Thanksgiving) => {
                let e = if day_word(i + 1) { i + 2 } else { i + 1 };
                Some((e, Feast::Thanksgiving))
            }
            // "Election Day" written as a name; "election day" may be any country's.
            Lex::Kw(Kw::Election) => (self.upper(i) && day_word(i + 1) && self.upper(i + 1))
                .then_some((i + 2, Feast::ElectionDay)),
            Lex::Kw(Kw::Valentine) => {
                let j = after_s(i + 1);
                day_word(j).then_some((j + 1, Feast::Fixed { month: 2, day: 14 }))
            }
            Lex::Kw(Kw::New) => {
                // Not the lunar, Islamic or Persian new year.
                let other_calendar = i > 0
                    && [
                        &b"chinese"[..],
                        b"lunar",
                        b"islamic",
                        b"hijri",
                        b"persian",
                        b"parsi",
                    ]
                    .iter()
                    .any(|w| self.raw(i - 1, w));
                if self.unit(i + 1) != Some(Unit::Year) || other_calendar {
                    return None;
                }
                let j = after_s(i + 2);
                if day_word(j) {
                    Some((j + 1, Feast::Fixed { month: 1, day: 1 }))
                } else if k(j, Kw::Eve) {
                    Some((j + 1, Feast::Fixed { month: 12, day: 31 }))
                } else {
                    None
                }
            }
            // "a good Friday for the markets" is not the feast.
            Lex::Kw(Kw::Good) => (wd(i + 1) == Some(4) && !(i > 0 && self.kw(i - 1, Kw::A)))
                .then_some((i + 2, Feast::Easter(-2))),
            Lex::Kw(Kw::Palm) => (wd(i + 1) == Some(6)).then_some((i + 2, Feast::Easter(-7))),
            Lex::Kw(Kw::Maundy) => (wd(i + 1) == Some(3)).then_some((i + 2, Feast::Easter(-3))),
            Lex::Kw(Kw::Ash) => (wd(i + 1) == Some(2)).then_some((i + 2, Feast::Easter(-46))),
            Lex::Kw(Kw::Shrove) => (wd(i + 1) == Some(1)).then_some((i + 2, Feast::Easter(-47))),
            Lex::Kw(Kw::Whit) => match wd(i + 1) {
                Some(6) => Some((i + 2, Feast::Easter(49))),
                Some(0) => Some((i + 2, Feast::Easter(50))),
                _ => None,
            },
            Lex::Kw(Kw::Mardi) => self
                .raw(i + 1, b"gras")
                .then_some((i + 2, Feast::Easter(-47))),
            _ => None,
        }
    }
}
