//! Times of day: clock times ("9 a.m.", "14:30"), "noon", "midnight" and parts of the day
//! ("morning", "tonight").

use super::*;
use crate::timex::expr::{Base, DayPart, Expr, Vague};
use crate::timex::lexicon::{Kw, Lex, Unit};
use crate::timex::token::Kind;

impl P<'_> {
    /// Everything that starts at token `i`, longest first: the first and one past the last
    /// token of the expression (a leading signal such as "since" is left out) and what it says.
    pub(super) fn at(&self, i: usize) -> Option<(usize, usize, Expr)> {
        // Cheap guards first: these patterns start at few words, and this runs at every token.
        let lex = self.lex(i);
        let first = self.text(i).first().map_or(0, u8::to_ascii_lowercase);
        let other = lex == Lex::Other && self.is_word(i);
        if (matches!(
            lex,
            Lex::Card(_) | Lex::Kw(Kw::This | Kw::Yesterday | Kw::Tomorrow | Kw::Last)
        ) || self.num(i).is_some()
            || (other && matches!(first, b'n' | b'm')))
            && let Some((e, x)) = self.time_of_day(i)
        {
            return Some((i, e, x));
        }
        if (matches!(lex, Lex::Kw(Kw::Over | Kw::At))
            || (other && matches!(first, b'a' | b'n' | b'm' | b'l' | b'f' | b'u')))
            && let Some(hit) = self.modified_amount(i)
        {
            return Some(hit);
        }
        match self.lex(i) {
            // "in" is a signal: "in the future" is tagged "the future", "in years" "years".
            Lex::Kw(Kw::In) => {
                let (e, x) = self.in_led(i)?;
                return Some((i + 1, e, x));
            }
            Lex::Kw(Kw::The) if self.kw(i + 1, Kw::Future) => {
                return Some((i, i + 2, Expr::Vague(Vague::Future)));
            }
            Lex::Kw(Kw::The) if self.kw(i + 1, Kw::Near) && self.kw(i + 2, Kw::Future) => {
                return Some((i, i + 3, Expr::Vague(Vague::Future)));
            }
            Lex::Kw(Kw::That) if self.kw(i + 1, Kw::Same) => {
                let (e, x) = self.kw_led(i + 1, Kw::Same)?;
                return Some((i, e, x));
            }
            Lex::Kw(Kw::Current) if self.rel_led(i, false).is_none() => {
                return Some((i, i + 1, Expr::Vague(Vague::Present)));
            }
            _ if other && first == b'f' && self.raw(i, b"formerly") => {
                return Some((i, i + 1, Expr::Vague(Vague::Past)));
            }
            _ => {}
        }
        match self.lex(i) {
            // "until Tuesday morning": a day with a part of the day after the signal is found at
            // the next token, as a time ("Tuesday morning"), like "until 9 a.m. Tuesday".
            Lex::Kw(Kw::Since) => {
                let (e, x) = self.point(i + 1)?;
                if names_day(&x) && self.day_part(e).is_some() {
                    return None;
                }
                return Some((i + 1, e, Expr::Since(Box::new(x))));
            }
            Lex::Kw(Kw::Until | Kw::Till | Kw::Through) => {
                let (e, x) = self.point(i + 1)?;
                if names_day(&x) && self.day_part(e).is_some() {
                    return None;
                }
                return Some((i + 1, e, Expr::Until(Box::new(x))));
            }
            Lex::Kw(Kw::From) => {
                let (e, a) = self.expr(i + 1)?;
                if let Expr::Range(..) = a {
                    return Some((i + 1, e, a));
                }
                if !is_point(&a) {
                    return None;
                }
                if let Some((e2, r)) = self.range_tail(e, a.clone(), Opener::From) {
                    return Some((i + 1, e2, r));
                }
                if self.raw(e, b"onwards") || self.raw(e, b"onward") {
                    return Some((i + 1, e, Expr::Since(Box::new(a))));
                }
                return None;
            }
            Lex::Kw(Kw::Between) => {
                let (e, a) = self.point(i + 1)?;
                let (e2, r) = self.range_tail(e, a, Opener::Between)?;
                return Some((i + 1, e2, r));
            }
            Lex::Kw(Kw::Around | Kw::About | Kw::Circa) => {
                // "get around Wednesday's ruling", "talk about Friday's vote": before a
                // possessive date the word is a preposition governing the noun, not "roughly";
                // the date is found on its own at the next token.
                if let Some((e, x)) = self.point(i + 1)
                    && !(self.punct(e, b'\'') && self.raw(e + 1, b"s"))
                {
                    return Some((i, e, Expr::Approx(Box::new(x))));
                }
                return None;
            }
            _ => {}
        }
        let (e, a) = self.expr(i)?;
        if names_day(&a)
            && let Some(part) = self.day_part(e)
        {
            return Some((i, e + 1, Expr::DayPart(Box::new(a), part)));
        }
        if is_point(&a)
            && let Some((e2, r)) = self.range_tail(e, a.clone(), Opener::None)
        {
            return Some((i, e2, r));
        }
        if is_point(&a)
            && (self.raw(e, b"onwards") || self.raw(e, b"onward"))
            && i > 0
            && self.kw(i - 1, Kw::From)
        {
            return Some((i, e, Expr::Since(Box::new(a))));
        }
        Some((i, e, a))
    }

    /// The part of the day word `i` names: "morning", "afternoon", "evening", "night".
    pub(super) fn day_part(&self, i: usize) -> Option<DayPart> {
        if !self.kw(i, Kw::Morning) {
            return None;
        }
        let (b, n) = self.lower(i);
        Some(match &b[..n] {
            b"morning" => DayPart::Morning,
            b"afternoon" => DayPart::Afternoon,
            b"evening" => DayPart::Evening,
            _ => DayPart::Night,
        })
    }

    /// A clock time at `i`: "9 a.m.", "10:35 p.m", "6am", "4 in the morning", "11 at night";
    /// the position after it, the hour (0-23) and the minute.
    pub(super) fn clock(&self, i: usize) -> Option<(usize, u32, u32)> {
        let h = match self.t.get(i)?.kind {
            Kind::Num { value, digits } if digits <= 2 => value,
            Kind::Word(Lex::Card(c)) => c,
            _ => return None,
        };
        if !(1..=12).contains(&h) {
            return None;
        }
        let mut j = i + 1;
        let mut minute = 0;
        if self.num(i).is_some()
            && self.punct(j, b':')
            && self.touch(i)
            && self.touch(j)
            && let Some((m, 2)) = self.num(j + 1)
        {
            if m > 59 {
                return None;
            }
            minute = m;
            j += 2;
        }
        // "a.m.", "p.m", "am", "PM".
        let (b, n) = self.lower(j);
        let meridian = match &b[..n] {
            b"am" => Some((false, j + 1)),
            b"pm" => Some((true, j + 1)),
            b"a" | b"p" if self.punct(j + 1, b'.') && self.touch(j) && self.raw(j + 2, b"m") => {
                let end = if self.punct(j + 3, b'.') && self.touch(j + 2) {
                    j + 4
                } else {
                    j + 3
                };
                Some((&b[..n] == b"p", end))
            }
            _ => None,
        };
        if let Some((pm, end)) = meridian {
            self.num(i)?;
            let hour = match (pm, h) {
                (false, 12) => 0,
                (true, h) if h < 12 => h + 12,
                (_, h) => h,
            };
            return Some((end, hour, minute));
        }
        // "4 in the morning", "8 in the evening", "11 at night".
        let part = if self.kw(j, Kw::In) && self.kw(j + 1, Kw::The) {
            self.day_part(j + 2).map(|p| (p, j + 3))
        } else if self.kw(j, Kw::At) && self.raw(j + 1, b"night") {
            Some((DayPart::Night, j + 2))
        } else {
            None
        };
        let (part, end) = part?;
        let hour = match part {
            DayPart::Morning => h % 12,
            DayPart::Night if h < 5 || h == 12 => h % 12,
            _ => h % 12 + 12,
        };
        Some((end, hour, minute))
    }

    /// A time of day at `i`, with the day written after it ("9 a.m. EST Tuesday"), or a part of
    /// a day led by "this", "yesterday", "tomorrow", "last night", or "noon", "midday",
    /// "midnight".
    pub(super) fn time_of_day(&self, i: usize) -> Found {
        if let Some((mut j, hour, minute)) = self.clock(i) {
            let (b, n) = {
                let t = self.text(j);
                (t, t.len())
            };
            let zone = (3..=4).contains(&n)
                && b.iter().all(u8::is_ascii_uppercase)
                && matches!(
                    b,
                    b"EDT"
                        | b"EST"
                        | b"CDT"
                        | b"CST"
                        | b"MDT"
                        | b"MST"
                        | b"PDT"
                        | b"PST"
                        | b"GMT"
                        | b"UTC"
                        | b"BST"
                        | b"CET"
                        | b"CEST"
                );
            if zone {
                j += 1;
            }
            let mut end = j;
            let mut day = None;
            if matches!(
                self.lex(j),
                Lex::Weekday(_) | Lex::Kw(Kw::Today | Kw::Tomorrow | Kw::Yesterday)
            ) && let Some((e, x)) = self.expr(j)
                && names_day(&x)
            {
                end = e;
                day = Some(Box::new(x));
            }
            return Some((end, Expr::Clock { day, hour, minute }));
        }
        let (b, n) = self.lower(i);
        match &b[..n] {
            b"noon" | b"midday" | b"midnight" => {
                let hour = if n == 8 { 24 } else { 12 };
                return Some((
                    i + 1,
                    Expr::Clock {
                        day: None,
                        hour,
                        minute: 0,
                    },
                ));
            }
            b"this" | b"yesterday" | b"tomorrow" | b"last" => {
                let part = self.day_part(i + 1)?;
                let n = match &b[..n] {
                    b"this" => 0,
                    b"yesterday" => -1,
                    b"tomorrow" => 1,
                    _ if part == DayPart::Night => -1,
                    _ => return None,
                };
                let day = Expr::Shift {
                    unit: Unit::Day,
                    n,
                    base: Base::Anchor,
                };
                return Some((i + 2, Expr::DayPart(Box::new(day), part)));
            }
            _ => {}
        }
        None
    }
}
