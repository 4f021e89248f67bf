//! Expressions led by a function word or keyword: "the ...", "in ...", "at ...", relative words
//! ("last", "next", "this"), edges ("early", "the end of") and the other keywords.

use super::*;
use crate::model::date::SubYear;
use crate::timex::expr::{Base, Cal, Edge, Every, Expr, Rel, Vague, YearRef};
use crate::timex::lexicon::{Kw, Lex, Unit};

impl P<'_> {
    /// Expressions led by a keyword.
    pub(super) fn kw_led(&self, i: usize, k: Kw) -> Found {
        match k {
            Kw::Today | Kw::Tonight => Some((
                i + 1,
                Expr::Shift {
                    unit: Unit::Day,
                    n: 0,
                    base: Base::Anchor,
                },
            )),
            Kw::Yesterday => Some((
                i + 1,
                Expr::Shift {
                    unit: Unit::Day,
                    n: -1,
                    base: Base::Anchor,
                },
            )),
            Kw::Tomorrow => Some((
                i + 1,
                Expr::Shift {
                    unit: Unit::Day,
                    n: 1,
                    base: Base::Anchor,
                },
            )),
            Kw::Now | Kw::Currently | Kw::Nowadays => Some((i + 1, Expr::Vague(Vague::Present))),
            Kw::Recently | Kw::Lately => Some((i + 1, Expr::Vague(Vague::Past))),
            Kw::These if self.unit(i + 1) == Some(Unit::Day) && self.plural(i + 1) => {
                Some((i + 2, Expr::Vague(Vague::Present)))
            }
            Kw::Recent if self.unit(i + 1).is_some() && self.plural(i + 1) => {
                Some((i + 2, Expr::Vague(Vague::Past)))
            }
            Kw::At => self.at_led(i),
            Kw::In => self.in_led(i),
            Kw::The => self.the_led(i),
            Kw::This
            | Kw::Last
            | Kw::Next
            | Kw::Past
            | Kw::Coming
            | Kw::Upcoming
            | Kw::Previous
            | Kw::Current
            | Kw::Following => self.rel_led(i, false),
            Kw::That | Kw::Same => {
                let j = i + 1;
                match self.lex(j) {
                    Lex::Unit(u @ (Unit::Day | Unit::Week | Unit::Month | Unit::Year))
                        if !self.plural(j) =>
                    {
                        Some((
                            j + 1,
                            Expr::Shift {
                                unit: u,
                                n: 0,
                                base: Base::Reference,
                            },
                        ))
                    }
                    Lex::Kw(Kw::Morning) if k == Kw::That => Some((
                        j + 1,
                        Expr::DayPart(
                            Box::new(Expr::Shift {
                                unit: Unit::Day,
                                n: 0,
                                base: Base::Reference,
                            }),
                            self.day_part(j)?,
                        ),
                    )),
                    _ => None,
                }
            }
            Kw::Early | Kw::Mid | Kw::Late | Kw::Earlier | Kw::Later => self.edge_led(i),
            Kw::End | Kw::Beginning | Kw::Start | Kw::Middle => self.edge_of(i),
            Kw::Every | Kw::Each => {
                let j = i + 1;
                match self.lex(j) {
                    Lex::Unit(
                        u @ (Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Weekend),
                    ) if !self.plural(j) => Some((j + 1, Expr::Set(Every::Unit(u)))),
                    Lex::Weekday(w) => Some((j + 1, Expr::Set(Every::Weekday(weekday(w))))),
                    _ => None,
                }
            }
            Kw::Daily | Kw::Weekly | Kw::Monthly | Kw::Annually | Kw::Yearly if !self.upper(i) => {
                let u = match k {
                    Kw::Daily => Unit::Day,
                    Kw::Weekly => Unit::Week,
                    Kw::Monthly => Unit::Month,
                    _ => Unit::Year,
                };
                Some((i + 1, Expr::Set(Every::Unit(u))))
            }
            Kw::A | Kw::Couple | Kw::Few | Kw::Several | Kw::Many => self.count_led(i),
            Kw::Christmas
            | Kw::Easter
            | Kw::Halloween
            | Kw::Pentecost
            | Kw::Valentine
            | Kw::Thanksgiving
            | Kw::Election
            | Kw::New
            | Kw::Good
            | Kw::Palm
            | Kw::Whit
            | Kw::Ash
            | Kw::Maundy
            | Kw::Shrove
            | Kw::Mardi
            | Kw::Orthodox => {
                let (e, f) = self.feast(i)?;
                let (e, yr) = self.part_year(e);
                Some((e, Expr::Feast(f, yr, Rel::Bare)))
            }
            _ => None,
        }
    }

    /// "at present", "at the moment", "at this time", "at the end of ...".
    pub(super) fn at_led(&self, i: usize) -> Found {
        if self.kw(i + 1, Kw::Present) {
            return Some((i + 2, Expr::Vague(Vague::Present)));
        }
        if self.kw(i + 1, Kw::The) && self.kw(i + 2, Kw::Moment) {
            return Some((i + 3, Expr::Vague(Vague::Present)));
        }
        None
    }

    /// "in the past", "in recent years", "in the future", "in the coming weeks",
    /// "in the months ahead", "in years".
    pub(super) fn in_led(&self, i: usize) -> Found {
        let j = i + 1;
        if self.kw(j, Kw::The) {
            let k = j + 1;
            if self.kw(k, Kw::Past) {
                // "in the past three years" belongs to the stretch found at "the".
                if self.count(k + 1).is_some() || self.unit(k + 1).is_some() {
                    return None;
                }
                return Some((k + 1, Expr::Vague(Vague::Past)));
            }
            if self.kw(k, Kw::Future) {
                return Some((k + 1, Expr::Vague(Vague::Future)));
            }
            if self.kw(k, Kw::Near) && self.kw(k + 1, Kw::Future) {
                return Some((k + 2, Expr::Vague(Vague::Future)));
            }
            if (self.kw(k, Kw::Coming) || self.kw(k, Kw::Upcoming))
                && self.unit(k + 1).is_some()
                && self.plural(k + 1)
            {
                return Some((k + 2, Expr::Vague(Vague::Future)));
            }
            if self.unit(k).is_some() && self.plural(k) && self.kw(k + 1, Kw::Ahead) {
                return Some((k + 2, Expr::Vague(Vague::Future)));
            }
            return None;
        }
        if (self.kw(j, Kw::Recent) || self.kw(j, Kw::Past) || self.kw(j, Kw::Previous))
            && self.unit(j + 1).is_some()
            && self.plural(j + 1)
        {
            return Some((j + 2, Expr::Vague(Vague::Past)));
        }
        if self.kw(j, Kw::Recent) && self.raw(j + 1, b"times") {
            return Some((j + 2, Expr::Vague(Vague::Past)));
        }
        if let Some(u) = self.unit(j)
            && self.plural(j)
            && matches!(u, Unit::Year | Unit::Decade | Unit::Month | Unit::Week)
            && self.boundary(j + 1)
        {
            return Some((j + 1, Expr::Duration(None, u)));
        }
        None
    }

    /// Expressions starting with "the".
    pub(super) fn the_led(&self, i: usize) -> Found {
        let j = i + 1;
        match self.lex(j) {
            Lex::Unit(Unit::Day) if !self.plural(j) => {
                let k = j + 1;
                if self.kw(k, Kw::After) && self.kw(k + 1, Kw::Tomorrow) {
                    return Some((
                        k + 2,
                        Expr::Shift {
                            unit: Unit::Day,
                            n: 2,
                            base: Base::Anchor,
                        },
                    ));
                }
                if self.kw(k, Kw::Before) && self.kw(k + 1, Kw::Yesterday) {
                    return Some((
                        k + 2,
                        Expr::Shift {
                            unit: Unit::Day,
                            n: -2,
                            base: Base::Anchor,
                        },
                    ));
                }
                if self.kw(k, Kw::After) || self.kw(k, Kw::Before) {
                    let n = if self.kw(k, Kw::After) { 1 } else { -1 };
                    // "the day before last Tuesday('s hearing)", "the day after Christmas".
                    if let Some((e, x)) = self.point(k + 1)
                        && names_day(&x)
                    {
                        return Some((e, Expr::DayFrom(n, Box::new(x))));
                    }
                    return Some((
                        k + 1,
                        Expr::Shift {
                            unit: Unit::Day,
                            n,
                            base: Base::Reference,
                        },
                    ));
                }
                None
            }
            Lex::Unit(Unit::Weekend) if !self.plural(j) => Some((j + 1, Expr::WeekendBare)),
            Lex::Unit(Unit::Week) if !self.plural(j) && self.kw(j + 1, Kw::Of) => {
                let (e, x) = self.point(j + 2)?;
                match &x {
                    Expr::Date(c) if c.day.is_some() => Some((e, Expr::WeekOf(Box::new(x)))),
                    _ => None,
                }
            }
            Lex::Unit(Unit::Year) if !self.plural(j) => {
                let (e, y) = self.year_num(j + 1)?;
                Some((
                    e,
                    Expr::Date(Cal {
                        year: Some(y),
                        ..Cal::default()
                    }),
                ))
            }
            Lex::Kw(
                Kw::Next
                | Kw::Following
                | Kw::Previous
                | Kw::Past
                | Kw::Last
                | Kw::Coming
                | Kw::Upcoming
                | Kw::Same
                | Kw::Current,
            ) => {
                if self.kw(j, Kw::Same) {
                    return self.kw_led(j, Kw::Same);
                }
                self.rel_led(j, true)
            }
            Lex::Kw(Kw::Early | Kw::Mid | Kw::Late) => {
                let (e, x) = self.edge_led(j)?;
                Some((e, x))
            }
            Lex::Kw(Kw::End | Kw::Beginning | Kw::Start | Kw::Middle) => self.edge_of(j),
            Lex::Kw(Kw::Ides) => {
                if !self.kw(j + 1, Kw::Of) {
                    return None;
                }
                let m = match self.lex(j + 2) {
                    Lex::Month(m) => u32::from(m),
                    _ => return None,
                };
                let day = if matches!(m, 3 | 5 | 7 | 10) { 15 } else { 13 };
                let mut cal = Cal {
                    month: Some(m),
                    day: Some(day),
                    ..Cal::default()
                };
                let mut e = j + 3;
                if let Some((k, y)) = self.trailing_year(e) {
                    cal.year = Some(y);
                    e = k;
                }
                Some((e, Expr::Date(cal)))
            }
            Lex::DecadeWord(d) => Some((
                j + 1,
                Expr::Decade {
                    value: i32::from(d),
                    short: true,
                },
            )),
            _ => {
                // "the third quarter", "the 1990s", "the '90s", "the 20th century",
                // "the 1st of March"
                let (e, x) = self.expr(j)?;
                match x {
                    Expr::Part(..) | Expr::Decade { .. } | Expr::Century(_) => Some((e, x)),
                    // "the 1st of March", not "the July 4 parade"
                    Expr::Date(c)
                        if c.day.is_some()
                            && c.month.is_some()
                            && matches!(self.lex(j), Lex::Ord(_) | Lex::Card(_) | Lex::Other) =>
                    {
                        Some((e, x))
                    }
                    Expr::Date(c) if c.day.is_some() && i > 0 && self.kw(i - 1, Kw::On) => {
                        Some((e, x))
                    }
                    // "the 13th to the 15th of July", not "the 1992-94 war"
                    Expr::Range(..) if self.num(j).is_none_or(|(_, d)| d <= 2) => Some((e, x)),
                    _ => None,
                }
            }
        }
    }

    /// "this week", "last Tuesday", "next month", "past three years", "the next day",
    /// "last week's Sunday".
    pub(super) fn rel_led(&self, i: usize, after_the: bool) -> Found {
        let k = match self.lex(i) {
            Lex::Kw(k) => k,
            _ => return None,
        };
        let n: i64 = match k {
            Kw::This | Kw::Current => 0,
            Kw::Last | Kw::Past | Kw::Previous => -1,
            _ => 1,
        };
        let rel = match k {
            Kw::This | Kw::Current => Rel::Bare,
            Kw::Last | Kw::Past | Kw::Previous => Rel::Last,
            Kw::Next | Kw::Following => Rel::Next,
            _ => Rel::Coming,
        };
        let j = i + 1;
        // "the next morning", "the following night", "the previous evening": a part of the day
        // after or before the last one resolved.
        if after_the
            && matches!(k, Kw::Next | Kw::Following | Kw::Previous)
            && let Some(part) = self.day_part(j)
        {
            let day = Expr::Shift {
                unit: Unit::Day,
                n,
                base: Base::Reference,
            };
            return Some((j + 1, Expr::DayPart(Box::new(day), part)));
        }
        if let Some((e, f)) = self.feast(j) {
            return Some((e, Expr::Feast(f, YearRef::Missing, rel)));
        }
        match self.lex(j) {
            Lex::Weekday(w) => {
                if k == Kw::Last
                    && let Some(x) = self.nth_weekday(j, -1)
                {
                    return Some(x);
                }
                if after_the && matches!(k, Kw::Next | Kw::Following | Kw::Previous) {
                    return None;
                }
                Some((j + 1, Expr::Weekday(weekday(w), rel)))
            }
            // "this march", "next may" in lower case are a protest and a verb.
            Lex::Month(m) if !after_the && (self.upper(j) || !self.ambiguous_month(j)) => {
                Some((j + 1, Expr::MonthRel(u32::from(m), rel)))
            }
            Lex::Season(s) if !after_the || n != 0 => Some((j + 1, Expr::SeasonRel(s, rel))),
            Lex::Unit(u) => {
                if self.plural(j) {
                    // "in past weeks", "the coming months": vague.
                    if u.is_time_of_day() {
                        return None;
                    }
                    return match k {
                        Kw::Past | Kw::Last | Kw::Previous if after_the || k == Kw::Past => {
                            Some((j + 1, Expr::Vague(Vague::Past)))
                        }
                        Kw::Coming | Kw::Upcoming | Kw::Next if after_the || k != Kw::Next => {
                            Some((j + 1, Expr::Vague(Vague::Future)))
                        }
                        _ => None,
                    };
                }
                if u.is_time_of_day() || u == Unit::Fortnight {
                    return None;
                }
                if u == Unit::Season {
                    return None;
                }
                if u == Unit::Day && n == 0 {
                    return None;
                }
                // "over the past decade", "for the last week", "during the past year": after a
                // preposition of extent the phrase is the stretch of time up to now, a duration
                // like "the past three years" ("last week" alone stays the calendar week).
                if after_the
                    && matches!(k, Kw::Past | Kw::Last)
                    && i >= 2
                    && matches!(self.lex(i - 2), Lex::Kw(Kw::Over | Kw::For | Kw::During))
                    && !matches!(u, Unit::Day | Unit::Weekend)
                {
                    return Some((
                        j + 1,
                        Expr::Stretch {
                            n: 1,
                            unit: u,
                            dir: -1,
                        },
                    ));
                }
                let anaphoric = matches!(k, Kw::Following)
                    || (after_the && matches!(k, Kw::Next | Kw::Previous))
                    || (u == Unit::Day && matches!(k, Kw::Next | Kw::Previous));
                let base = if anaphoric {
                    Base::Reference
                } else {
                    Base::Anchor
                };
                // "last week's Sunday"
                if u == Unit::Week
                    && self.punct(j + 1, b'\'')
                    && self.raw(j + 2, b"s")
                    && let Lex::Weekday(w) = self.lex(j + 3)
                {
                    return Some((j + 4, Expr::WeekdayOfWeek(weekday(w), n)));
                }
                Some((j + 1, Expr::Shift { unit: u, n, base }))
            }
            _ => {
                if n == 0 {
                    return None;
                }
                let (e, cnt) = self.count(j)?;
                let hyphen = self.punct(e, b'-');
                let u_at = if hyphen { e + 1 } else { e };
                let u = self.unit(u_at)?;
                if u.is_time_of_day() || u == Unit::Season || u == Unit::Weekend {
                    return None;
                }
                match cnt {
                    Some(c) => Some((
                        u_at + 1,
                        Expr::Stretch {
                            n: c,
                            unit: u,
                            dir: if n < 0 { -1 } else { 1 },
                        },
                    )),
                    None if self.plural(u_at) => Some((u_at + 1, Expr::Duration(None, u))),
                    None => None,
                }
            }
        }
    }

    pub(super) fn rel_word(&self, i: usize) -> Option<i64> {
        match self.lex(i) {
            Lex::Kw(Kw::This | Kw::Current) => Some(0),
            Lex::Kw(Kw::Last | Kw::Previous | Kw::Past) => Some(-1),
            Lex::Kw(Kw::Next | Kw::Coming | Kw::Following | Kw::Upcoming) => Some(1),
            _ => None,
        }
    }

    /// "early 2020", "mid-September", "late last year", "earlier this month",
    /// "later that year", "the late 1990s".
    pub(super) fn edge_led(&self, i: usize) -> Found {
        let edge = match self.lex(i) {
            Lex::Kw(Kw::Early) => Edge::Early,
            Lex::Kw(Kw::Mid) => Edge::Mid,
            Lex::Kw(Kw::Late) => Edge::Late,
            Lex::Kw(Kw::Earlier) => Edge::Earlier,
            Lex::Kw(Kw::Later) => Edge::Later,
            _ => return None,
        };
        let mut j = i + 1;
        if self.punct(j, b'-') && self.touch(i) {
            j += 1;
        }
        if matches!(edge, Edge::Earlier | Edge::Later) {
            // earlier this month, later that year, earlier in the week
            let (base, n, k) = match self.lex(j) {
                Lex::Kw(Kw::This) => (Base::Anchor, 0, j + 1),
                Lex::Kw(Kw::That) => (Base::Reference, 0, j + 1),
                Lex::Kw(Kw::In) if self.kw(j + 1, Kw::The) => (Base::Anchor, 0, j + 2),
                _ => return None,
            };
            let u = self.unit(k)?;
            if !matches!(u, Unit::Day | Unit::Week | Unit::Month | Unit::Year) || self.plural(k) {
                return None;
            }
            if u == Unit::Day && base == Base::Anchor {
                return None;
            }
            return Some((
                k + 1,
                Expr::Edge(edge, Box::new(Expr::Shift { unit: u, n, base })),
            ));
        }
        let k = if self.kw(j, Kw::The) { j + 1 } else { j };
        if let Lex::DecadeWord(d) = self.lex(k)
            && k > j
        {
            return Some((
                k + 1,
                Expr::Edge(
                    edge,
                    Box::new(Expr::Decade {
                        value: i32::from(d),
                        short: true,
                    }),
                ),
            ));
        }
        if self.kw(k, Kw::In) || self.kw(k, Kw::Of) {
            return None;
        }
        let (e, x) = self.expr(k)?;
        let ok = match &x {
            Expr::Date(c) => c.day.is_none() && (c.month.is_some() || c.year.is_some()),
            Expr::Shift { unit, .. } => !matches!(unit, Unit::Day | Unit::Weekend),
            Expr::Decade { .. } | Expr::Century(_) | Expr::Part(..) => true,
            Expr::MonthRel(..) | Expr::SeasonRel(..) | Expr::WeekdayOfWeek(..) => true,
            Expr::Weekday(..) => true,
            _ => false,
        };
        if !ok {
            return None;
        }
        // "late Monday" is Monday.
        if let Expr::Weekday(..) = x {
            return Some((e, x));
        }
        Some((e, Expr::Edge(edge, Box::new(x))))
    }

    /// "end of April", "the beginning of the year", "the middle of next month", "the end of 2012".
    pub(super) fn edge_of(&self, i: usize) -> Found {
        let edge = match self.lex(i) {
            Lex::Kw(Kw::End) => Edge::Late,
            Lex::Kw(Kw::Beginning | Kw::Start) => Edge::Early,
            Lex::Kw(Kw::Middle) => Edge::Mid,
            _ => return None,
        };
        if !self.kw(i + 1, Kw::Of) {
            return None;
        }
        let j = i + 2;
        // "the year", "the month", "the week": the current one.
        let k = if self.kw(j, Kw::The) { j + 1 } else { j };
        if let Some(u) = self.unit(k)
            && matches!(u, Unit::Week | Unit::Month | Unit::Year | Unit::Quarter)
            && !self.plural(k)
        {
            return Some((
                k + 1,
                Expr::Edge(
                    edge,
                    Box::new(Expr::Shift {
                        unit: u,
                        n: 0,
                        base: Base::Anchor,
                    }),
                ),
            ));
        }
        let (e, x) = self.expr(j)?;
        let ok = match &x {
            Expr::Date(c) => c.day.is_none() && (c.month.is_some() || c.year.is_some()),
            Expr::Shift { unit, .. } => !matches!(unit, Unit::Day | Unit::Weekend),
            Expr::Decade { .. }
            | Expr::Century(_)
            | Expr::Part(..)
            | Expr::MonthRel(..)
            | Expr::SeasonRel(..) => true,
            _ => false,
        };
        ok.then(|| (e, Expr::Edge(edge, Box::new(x))))
    }

    /// Words outside the lexicon that start expressions: "Q3", "H1 2020", "mid-" is a keyword.
    pub(super) fn other_led(&self, i: usize) -> Found {
        let w = self.text(i);
        // "post-1959", "pre-2000", "post-1990s": one word, so the whole word is the extent; the
        // value is the year's or the decade's.
        if (self.raw(i, b"post") || self.raw(i, b"pre"))
            && self.touch(i)
            && self.punct(i + 1, b'-')
            && self.touch(i + 1)
            && let Some((v, 4)) = self.num(i + 2)
            && (1000..=2199).contains(&v)
        {
            let j = i + 2;
            if self.touch(j) && self.raw(j + 1, b"s") {
                let (e, x) = self.four_digits(j, v)?;
                return matches!(x, Expr::Decade { .. } | Expr::Century(_)).then_some((e, x));
            }
            if self.touch(j) && (self.punct(j + 1, b'-') || self.punct(j + 1, b'/')) {
                return None;
            }
            return Some((
                j + 1,
                Expr::Date(Cal {
                    year: Some(v as i32),
                    ..Cal::default()
                }),
            ));
        }
        if (w == b"Q" || w == b"q") && self.touch(i) {
            let (q, d) = self.num(i + 1)?;
            if d != 1 || !(1..=4).contains(&q) {
                return None;
            }
            let yr = self.part_year(i + 2);
            return Some((yr.0, Expr::Part(SubYear::Quarter(q as u8), yr.1)));
        }
        if (w == b"H" || w == b"h") && self.touch(i) {
            let (h, d) = self.num(i + 1)?;
            if d != 1 || !(1..=2).contains(&h) {
                return None;
            }
            let (j, y) = self.trailing_year(i + 2)?;
            return Some((j, Expr::Part(SubYear::Half(h as u8), YearRef::Known(y))));
        }
        None
    }
}
