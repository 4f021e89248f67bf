//! Amounts of time: counted units ("three days", "5 1/2 hours", "two more weeks"), modified
//! amounts ("over an hour") and expressions led by a number.

use super::*;
use crate::model::date::SubYear;
use crate::timex::expr::{Base, Cal, Expr, Vague, YearRef};
use crate::timex::lexicon::{Kw, Lex, Unit};

impl P<'_> {
    /// A counted amount with its modifier, which TimeML keeps in the extent: "almost four years
    /// ago", "more than four decades ago", "at least 72 hours", "over an hour".
    pub(super) fn modified_amount(&self, i: usize) -> Option<(usize, usize, Expr)> {
        let (b, n) = self.lower(i);
        let j = match &b[..n] {
            b"almost" | b"nearly" | b"over" | b"under" => i + 1,
            b"more" | b"less" | b"fewer" if self.raw(i + 1, b"than") => i + 2,
            b"at" if self.raw(i + 1, b"least") || self.raw(i + 1, b"most") => i + 2,
            _ => return None,
        };
        if !matches!(self.lex(j), Lex::Card(_) | Lex::Kw(Kw::A)) && self.num(j).is_none() {
            return None;
        }
        let (e, x) = self.count_led(j)?;
        let ok = match &x {
            Expr::Duration(Some(_), _) | Expr::DurationHalf(..) => true,
            Expr::Shift {
                base: Base::Anchor, ..
            } => &b[..n] != b"over" && &b[..n] != b"under",
            _ => false,
        };
        ok.then_some((i, e, x))
    }

    /// A count: digits, number words ("twenty-five"), "a", "a couple of", or a vague count
    /// ("several", "a few", "many"); the position after it and the number, `None` when vague.
    pub(super) fn count(&self, i: usize) -> Option<(usize, Option<u64>)> {
        if self.num(i).is_some() {
            if self.touch(i)
                && (self.punct(i + 1, b'.') || self.punct(i + 1, b','))
                && self.num(i + 2).is_some()
                && self.touch(i + 1)
            {
                return None;
            }
            // The digits again, as a saturating u64 (token values saturate at u32).
            let v = self.text(i).iter().fold(0u64, |v, b| {
                v.saturating_mul(10).saturating_add(u64::from(b - b'0'))
            });
            return Some((i + 1, Some(v)));
        }
        match self.lex(i) {
            Lex::Card(c) => {
                let mut v = u64::from(c);
                let mut j = i + 1;
                if (20..=90).contains(&c) && c.is_multiple_of(10) {
                    let k = if self.punct(j, b'-') { j + 1 } else { j };
                    if let Lex::Card(o) = self.lex(k)
                        && o < 10
                    {
                        v += u64::from(o);
                        j = k + 1;
                    }
                }
                if self.lex(j) == Lex::Card(100) && v < 100 {
                    v *= 100;
                    j += 1;
                }
                Some((j, Some(v)))
            }
            Lex::Kw(Kw::A) => match self.lex(i + 1) {
                Lex::Kw(Kw::Few) => Some((i + 2, None)),
                Lex::Kw(Kw::Couple) => {
                    let j = if self.kw(i + 2, Kw::Of) { i + 3 } else { i + 2 };
                    Some((j, Some(2)))
                }
                Lex::Card(12) => Some((i + 2, Some(12))),
                _ => Some((i + 1, Some(1))),
            },
            Lex::Kw(Kw::Couple) => {
                let j = if self.kw(i + 1, Kw::Of) { i + 2 } else { i + 1 };
                Some((j, Some(2)))
            }
            Lex::Kw(Kw::Few | Kw::Several | Kw::Many) => Some((i + 1, None)),
            _ if self.raw(i, b"some") => Some((i + 1, None)),
            _ => None,
        }
    }

    /// "three days ago", "two days later", "a week earlier", "10 years", "a 10-year deal",
    /// "several months".
    pub(super) fn count_led(&self, i: usize) -> Found {
        let (mut j, n) = self.count(i)?;
        // "5 1/2 hours".
        if let Some(v) = n
            && self.num(i).is_some()
            && self.num(j) == Some((1, 1))
            && self.punct(j + 1, b'/')
            && self.num(j + 2) == Some((2, 1))
            && self.touch(j)
            && self.touch(j + 1)
            && let Some(u) = self.unit(j + 3)
        {
            return Some((j + 4, Expr::DurationHalf(v, u)));
        }
        // "two more weeks".
        if n.is_some() && self.raw(j, b"more") && self.unit(j + 1).is_some() {
            j += 1;
        }
        let hyphen = self.punct(j, b'-') && self.touch(j.wrapping_sub(1)) && self.touch(j);
        let u_at = if hyphen { j + 1 } else { j };
        let unit = self.unit(u_at)?;
        if unit == Unit::Season {
            return None;
        }
        let mut k = u_at + 1;
        // Ages: "a 25-year-old".
        if self.punct(k, b'-') && self.raw(k + 1, b"old") {
            return None;
        }
        let from_a = self.kw(i, Kw::A);
        let vague = n.is_none();
        // Decades and centuries counted from a date are years: "a decade ago" is a year.
        let (shift_unit, factor) = match unit {
            Unit::Decade => (Unit::Year, 10),
            Unit::Century => (Unit::Year, 100),
            Unit::Fortnight => (Unit::Week, 2),
            u => (u, 1),
        };
        // Counts too large for any date saturate; the resolver then finds no year for them.
        let signed = |sign: i64| -> Option<i64> {
            n.map(|v| {
                i64::try_from(v)
                    .unwrap_or(i64::MAX)
                    .saturating_mul(sign)
                    .saturating_mul(factor)
            })
        };
        if !hyphen {
            match self.lex(k) {
                Lex::Kw(Kw::Ago | Kw::Back) if !unit.is_time_of_day() => {
                    return Some((
                        k + 1,
                        match signed(-1) {
                            Some(s) => Expr::Shift {
                                unit: shift_unit,
                                n: s,
                                base: Base::Anchor,
                            },
                            None => Expr::Vague(Vague::Past),
                        },
                    ));
                }
                // "two days earlier/later"; "two days before/after" only at the end of the
                // phrase or before "and" (with a noun after it, another pattern reads it).
                Lex::Kw(kw @ (Kw::Earlier | Kw::Later | Kw::Before | Kw::After))
                    if !unit.is_time_of_day()
                        && !vague
                        && (matches!(kw, Kw::Earlier | Kw::Later)
                            || self.boundary(k + 1)
                            || self.kw(k + 1, Kw::And)) =>
                {
                    let sign = if matches!(kw, Kw::Later | Kw::After) {
                        1
                    } else {
                        -1
                    };
                    return Some((
                        k + 1,
                        Expr::Shift {
                            unit: shift_unit,
                            n: signed(sign)?,
                            base: Base::Reference,
                        },
                    ));
                }
                Lex::Kw(Kw::Hence) if !unit.is_time_of_day() && !vague => {
                    return Some((
                        k + 1,
                        Expr::Shift {
                            unit: shift_unit,
                            n: signed(1)?,
                            base: Base::Anchor,
                        },
                    ));
                }
                Lex::Kw(Kw::From)
                    if !unit.is_time_of_day()
                        && !vague
                        && (self.kw(k + 1, Kw::Now) || self.kw(k + 1, Kw::Today)) =>
                {
                    return Some((
                        k + 2,
                        Expr::Shift {
                            unit: shift_unit,
                            n: signed(1)?,
                            base: Base::Anchor,
                        },
                    ));
                }
                _ => {}
            }
        }
        // A bare "a week" is a duration only after "for", "within", "over", "nearly" and the like.
        if from_a && j == i + 1 {
            let cue = i > 0
                && (matches!(
                    self.lex(i - 1),
                    Lex::Kw(Kw::For | Kw::Within | Kw::Over | Kw::In | Kw::About | Kw::Around)
                ) || self.raw(i - 1, b"nearly")
                    || self.raw(i - 1, b"almost")
                    || self.raw(i - 1, b"than")
                    || self.raw(i - 1, b"least"));
            if !cue {
                return None;
            }
        }
        if vague
            && !matches!(
                self.lex(i),
                Lex::Kw(Kw::Several | Kw::Few | Kw::A | Kw::Many)
            )
        {
            return None;
        }
        if vague && !self.plural(u_at) {
            return None;
        }
        if unit == Unit::Weekend {
            return None;
        }
        if hyphen && self.plural(u_at) {
            return None;
        }
        k = k.min(self.t.len());
        // "a minute and a half", "an hour and a half".
        if let Some(v) = n
            && self.kw(k, Kw::And)
            && self.kw(k + 1, Kw::A)
            && self.kw(k + 2, Kw::Half)
        {
            return Some((k + 3, Expr::DurationHalf(v, unit)));
        }
        Some((k, Expr::Duration(n, unit)))
    }

    /// A unit word on its own: "day-long" (`P1D`), "decades-long" (`PXY`), and a bare plural
    /// after "for", "over", "within", "after" or "in" ("for years": `PXY`).
    pub(super) fn unit_led(&self, i: usize, u: Unit) -> Found {
        if matches!(u, Unit::Weekend | Unit::Season) {
            return None;
        }
        let plural = self.plural(i);
        if self.punct(i + 1, b'-') && self.touch(i) && self.touch(i + 1) && self.raw(i + 2, b"long")
        {
            return Some((i + 3, Expr::Duration((!plural).then_some(1), u)));
        }
        let cue = i > 0
            && matches!(
                self.lex(i - 1),
                Lex::Kw(Kw::For | Kw::Over | Kw::Within | Kw::After | Kw::In)
            );
        (plural
            && cue
            && !u.is_time_of_day()
            && !self.kw(i + 1, Kw::Of)
            && !self.kw(i + 1, Kw::Ago))
        .then_some((i + 1, Expr::Duration(None, u)))
    }

    /// Expressions led by a number in digits.
    pub(super) fn number_led(&self, i: usize) -> Found {
        let (v, d) = self.num(i)?;
        if d == 4 {
            return self.four_digits(i, v);
        }
        if d <= 2 {
            if let Some(x) = self.numeric_date(i) {
                return Some(x);
            }
            if let Some(x) = self.day_first_range(i) {
                return Some(x);
            }
            if let Some(x) = self.day_first(i) {
                return Some(x);
            }
            // "18q4"
            if d == 2
                && self.touch(i)
                && self.raw(i + 1, b"q")
                && self.touch(i + 1)
                && let Some((q, 1)) = self.num(i + 2)
                && (1..=4).contains(&q)
            {
                return Some((
                    i + 3,
                    Expr::Part(SubYear::Quarter(q as u8), YearRef::Known(2000 + v as i32)),
                ));
            }
            // "the 90s"
            if d == 2
                && v.is_multiple_of(10)
                && self.touch(i)
                && self.raw(i + 1, b"s")
                && i > 0
                && matches!(
                    self.lex(i - 1),
                    Lex::Kw(Kw::The | Kw::Early | Kw::Mid | Kw::Late)
                )
            {
                return Some((
                    i + 2,
                    Expr::Decade {
                        value: v as i32 / 10,
                        short: true,
                    },
                ));
            }
        }
        if let Some(x) = self.ordinal_led(i) {
            return Some(x);
        }
        if let Some(x) = self.count_led(i) {
            return Some(x);
        }
        // "on the 15th": a bare day of the month.
        if i >= 2
            && self.kw(i - 1, Kw::The)
            && self.kw(i - 2, Kw::On)
            && let Some((e, day)) = self.day(i, false)
            && e == i + 2
            && (self.boundary(e) || !self.is_word(e) || self.upper(e))
        {
            return Some((
                e,
                Expr::Date(Cal {
                    day: Some(day),
                    ..Cal::default()
                }),
            ));
        }
        None
    }
}
