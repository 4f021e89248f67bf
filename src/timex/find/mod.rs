//! The finder: scans the tokens of one line for temporal expressions and returns each as an
//! underspecified [`Expr`] with its byte range and whether its sentence speaks of the future.
//!
//! It works left to right; at each token it tries the patterns that can start there (chosen by
//! the token's lexicon class, so most words cost one comparison) and keeps the longest match.

use chrono::Weekday;

use std::cell::Cell;

use super::expr::{Cal, Expr, Piece, Rel, Tense, YearRef};
use super::lexicon::{Kw, Lex, Unit, is_ordinal_suffix};
use super::token::{Kind, Tok};

mod amounts;
mod calendar;
mod clock;
mod phrases;
mod tense;

/// One expression found in a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// First byte of the expression in the line.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// What it says, before resolution.
    pub expr: Expr,
    /// What the verbs and cues around it say of its time.
    pub tense: Tense,
    /// Which end of a two-ended range it is, if it is one.
    pub piece: Piece,
}

/// Finds the temporal expressions of one line, given its tokens; appends them to `out`.
///
/// The extent follows TimeML: a signal ("since", "until", "from", "between") is left out, and
/// so is "the" before a number, a month or "early"/"late"/"mid" ("the 1990s" is `1990s`); a
/// range with two written ends ("from 1991 to 1997") is two mentions.
pub fn find_in(line: &str, toks: &[Tok], out: &mut Vec<Mention>) {
    let p = P {
        t: toks,
        s: line.as_bytes(),
        split: Cell::new(None),
    };
    let first = out.len();
    // Token ranges and sentence starts of the mentions, for the tense reading.
    let mut at_toks: Vec<(usize, usize, usize)> = Vec::new();
    let mut sentence_first_tok = 0;
    let mut i = 0;
    while i < toks.len() {
        p.split.set(None);
        if let Some((s, end, expr)) = p.at(i)
            && end > i
        {
            let mut s = s;
            if p.kw(s, Kw::The) && end > s + 1 && p.drops_the(s + 1) {
                s += 1;
            }
            match p.split.get() {
                Some((a_end, b_start)) if a_end > s && b_start < end => {
                    for (piece, (x, y)) in
                        [(Piece::First, (s, a_end)), (Piece::Second, (b_start, end))]
                    {
                        out.push(Mention {
                            start: toks[x].start,
                            end: toks[y - 1].end,
                            expr: expr.clone(),
                            tense: Tense::None,
                            piece,
                        });
                        at_toks.push((x, y, sentence_first_tok));
                    }
                }
                _ => {
                    // "April 24 and 25": two days, two expressions (TimeML tags each).
                    let second = match &expr {
                        Expr::Date(c) if c.month.is_some() && c.day.is_some() => {
                            p.coordinated_day(end).map(|(k, e2, d, year)| {
                                let first = Cal {
                                    year: c.year.or(year),
                                    ..*c
                                };
                                let other = Cal {
                                    day: Some(d),
                                    weekday: None,
                                    ..first
                                };
                                (k, e2, first, other)
                            })
                        }
                        _ => None,
                    };
                    let (expr, second) = match second {
                        Some((k, e2, first, other)) => {
                            (Expr::Date(first), Some((k, e2, Expr::Date(other))))
                        }
                        None => (expr, None),
                    };
                    out.push(Mention {
                        start: toks[s].start,
                        end: toks[end - 1].end,
                        expr,
                        tense: Tense::None,
                        piece: Piece::Whole,
                    });
                    at_toks.push((s, end, sentence_first_tok));
                    if let Some((k, e2, other)) = second {
                        out.push(Mention {
                            start: toks[k].start,
                            end: toks[e2 - 1].end,
                            expr: other,
                            tense: Tense::None,
                            piece: Piece::Whole,
                        });
                        at_toks.push((k, e2, sentence_first_tok));
                        i = e2;
                        continue;
                    }
                }
            }
            i = end;
            continue;
        }
        if p.ends_sentence(i) {
            sentence_first_tok = i + 1;
        }
        i += 1;
    }
    for (m, (s, e, sent)) in out[first..].iter_mut().zip(at_toks) {
        if needs_direction(&m.expr) {
            // A date that modifies a noun ("the Jan. 14 deadline", "a March 4 report") names
            // the time of that noun, not of the clause's verb: nearness places it.
            let premodifier = matches!(m.expr, Expr::Date(_)) && p.premodifier(s, e, sent);
            m.tense = if premodifier {
                Tense::None
            } else {
                p.tense(s, e, sent)
            };
        }
    }
}

fn weekday(n: u8) -> Weekday {
    match n {
        0 => Weekday::Mon,
        1 => Weekday::Tue,
        2 => Weekday::Wed,
        3 => Weekday::Thu,
        4 => Weekday::Fri,
        5 => Weekday::Sat,
        _ => Weekday::Sun,
    }
}

/// Whether placing an expression can depend on the direction the sentence reads (a date or
/// month without a year, a bare weekday, a year-less holiday, season or part of a year).
fn needs_direction(e: &Expr) -> bool {
    match e {
        Expr::Date(c) => c.year.is_none(),
        Expr::Weekday(_, Rel::Bare) | Expr::WeekendBare => true,
        Expr::Part(_, YearRef::Missing) | Expr::Feast(_, YearRef::Missing, _) => true,
        Expr::NthWeekday { month, .. } => needs_direction(month),
        Expr::WeekOf(x)
        | Expr::DayFrom(_, x)
        | Expr::Edge(_, x)
        | Expr::Since(x)
        | Expr::Until(x)
        | Expr::Approx(x) => needs_direction(x),
        Expr::Range(a, b) => needs_direction(a) || needs_direction(b),
        Expr::Clock { day: Some(d), .. } => needs_direction(d),
        Expr::DayPart(d, _) => needs_direction(d),
        _ => false,
    }
}

/// Whether an expression names one day ("Tuesday", "Oct. 5", "yesterday"), which a part of
/// the day can follow.
fn names_day(e: &Expr) -> bool {
    match e {
        Expr::Weekday(..) | Expr::WeekdayOfWeek(..) | Expr::DayFrom(..) | Expr::Feast(..) => true,
        Expr::Date(c) => c.day.is_some(),
        Expr::Shift {
            unit: Unit::Day, ..
        } => true,
        _ => false,
    }
}

/// Whether an expression names a time point or stretch that can open or close an interval.
fn is_point(e: &Expr) -> bool {
    match e {
        Expr::Date(_)
        | Expr::Weekday(..)
        | Expr::WeekdayOfWeek(..)
        | Expr::MonthRel(..)
        | Expr::SeasonRel(..)
        | Expr::Part(..)
        | Expr::Shift { .. }
        | Expr::Decade { .. }
        | Expr::Century(_)
        | Expr::Edge(..)
        | Expr::NthWeekday { .. }
        | Expr::WeekOf(_)
        | Expr::DayFrom(..)
        | Expr::Feast(..)
        | Expr::WeekendBare => true,
        Expr::Approx(inner) => is_point(inner),
        _ => false,
    }
}

type Found = Option<(usize, Expr)>;

/// The word that opened a range, if any.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Opener {
    /// No opener: only calendar dates make a range ("July 13-15", "1992 to 1994").
    None,
    /// "from A to B": any two points.
    From,
    /// "between A and B": any two points.
    Between,
}

/// A pattern matcher over the tokens of one line.
struct P<'a> {
    t: &'a [Tok],
    s: &'a [u8],
    /// Set by [`P::range_tail`] when a range has two ends joined by a word ("1991 to 1997"):
    /// the token after the first end and the first token of the second.
    split: Cell<Option<(usize, usize)>>,
}

impl P<'_> {
    fn lex(&self, i: usize) -> Lex {
        match self.t.get(i).map(|t| t.kind) {
            Some(Kind::Word(l)) => l,
            _ => Lex::Other,
        }
    }

    fn kw(&self, i: usize, k: Kw) -> bool {
        self.lex(i) == Lex::Kw(k)
    }

    fn is_word(&self, i: usize) -> bool {
        matches!(self.t.get(i).map(|t| t.kind), Some(Kind::Word(_)))
    }

    fn punct(&self, i: usize, c: u8) -> bool {
        self.t.get(i).map(|t| t.kind) == Some(Kind::Punct(c))
    }

    fn num(&self, i: usize) -> Option<(u32, u8)> {
        match self.t.get(i).map(|t| t.kind) {
            Some(Kind::Num { value, digits }) => Some((value, digits)),
            _ => None,
        }
    }

    /// Whether token `i` is directly followed by token `i + 1`.
    fn touch(&self, i: usize) -> bool {
        match (self.t.get(i), self.t.get(i + 1)) {
            (Some(a), Some(b)) => a.touches(b),
            _ => false,
        }
    }

    fn text(&self, i: usize) -> &[u8] {
        self.t.get(i).map_or(&[][..], |t| &self.s[t.start..t.end])
    }

    fn raw(&self, i: usize, lit: &[u8]) -> bool {
        self.text(i).eq_ignore_ascii_case(lit)
    }

    fn upper(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.upper)
    }

    fn unit(&self, i: usize) -> Option<Unit> {
        match self.lex(i) {
            Lex::Unit(u) => Some(u),
            _ => None,
        }
    }

    /// Whether the unit word at `i` is plural ("weeks").
    fn plural(&self, i: usize) -> bool {
        let t = self.text(i);
        self.raw(i, b"centuries") || (t.len() > 2 && matches!(t.last(), Some(b's' | b'S')))
    }

    /// Whether position `i` is the end of the line or a punctuation mark.
    fn boundary(&self, i: usize) -> bool {
        i >= self.t.len() || matches!(self.t[i].kind, Kind::Punct(c) if c != b'\'' && c != b'-')
    }

    /// The day of the month at `i`: digits 1-31 with an optional ordinal suffix, or an
    /// ordinal word; returns the day and the position after it.
    fn day(&self, i: usize, words: bool) -> Option<(usize, u32)> {
        if let Some((v, d)) = self.num(i) {
            if d > 2 || !(1..=31).contains(&v) {
                return None;
            }
            if self.touch(i) {
                let next = self.text(i + 1);
                if is_ordinal_suffix(next) {
                    return Some((i + 2, v));
                }
                if matches!(self.t[i + 1].kind, Kind::Word(_)) {
                    // "14april" is a day and a month; "15km" is not a day.
                    return matches!(self.lex(i + 1), Lex::Month(_) | Lex::MonthAbbr(_))
                        .then_some((i + 1, v));
                }
                if matches!(self.t[i + 1].kind, Kind::Num { .. }) {
                    return None;
                }
            }
            return Some((i + 1, v));
        }
        if words {
            return self.ordinal_word(i).filter(|&(_, v)| v <= 31);
        }
        None
    }

    /// A second day of the same month after a month-day date ending at `e`: "and 25", "or
    /// 26th", with a year after it ("April 24 and 25, 1999"). Returns the first and one past the
    /// last token of the second day, the day, and the year when written. "March 3 and 12
    /// soldiers", "May 5 and 6 p.m." are not days.
    fn coordinated_day(&self, e: usize) -> Option<(usize, usize, u32, Option<i32>)> {
        if !(self.kw(e, Kw::And) || self.raw(e, b"or")) {
            return None;
        }
        let k = e + 1;
        let (after, d) = self.day(k, false)?;
        if self.clock(k).is_some() {
            return None;
        }
        // "and 31/02/2020", "and 25-26": the number opens a numeric date or a range.
        if self.touch(after - 1)
            && (self.punct(after, b'/') || self.punct(after, b'-') || self.punct(after, b'.'))
            && self.touch(after)
            && self.num(after + 1).is_some()
        {
            return None;
        }
        if let Some((end, y)) = self.trailing_year(after) {
            return Some((k, end, d, Some(y)));
        }
        let word_after = self.is_word(after);
        (!word_after || matches!(self.lex(after), Lex::Kw(_))).then_some((k, after, d, None))
    }

    /// An ordinal in words, "third" or "twenty-first"; its value and the position after it.
    fn ordinal_word(&self, i: usize) -> Option<(usize, u32)> {
        match self.lex(i) {
            Lex::Ord(v) => Some((i + 1, v)),
            Lex::Card(t) if (20..=90).contains(&t) && t.is_multiple_of(10) => {
                let j = if self.punct(i + 1, b'-') {
                    i + 2
                } else {
                    i + 1
                };
                match self.lex(j) {
                    Lex::Ord(o) if o < 10 => Some((j + 1, t + o)),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// A digit ordinal "3rd" or an ordinal word; its value and the position after it.
    fn ordinal(&self, i: usize) -> Option<(usize, u32)> {
        if let Some((v, d)) = self.num(i) {
            if d <= 3 && self.touch(i) && is_ordinal_suffix(self.text(i + 1)) {
                return Some((i + 2, v));
            }
            return None;
        }
        self.ordinal_word(i)
    }

    /// Whether "the" before token `i` stays out of the expression (TimeML's extent): before a
    /// number that is no ordinal day, a decade, a month, or "early", "late", "mid".
    fn drops_the(&self, i: usize) -> bool {
        match self.t.get(i).map(|t| t.kind) {
            Some(Kind::Num { .. }) => !(self.touch(i) && is_ordinal_suffix(self.text(i + 1))),
            Some(Kind::Punct(b'\'')) => true,
            Some(Kind::Word(
                Lex::Month(_)
                | Lex::MonthAbbr(_)
                | Lex::DecadeWord(_)
                | Lex::Kw(Kw::Early | Kw::Late | Kw::Mid),
            )) => true,
            // "the post-1959 politics": like "the 1959 politics".
            Some(Kind::Word(Lex::Other)) => {
                (self.raw(i, b"post") || self.raw(i, b"pre")) && self.punct(i + 1, b'-')
            }
            _ => false,
        }
    }

    /// A point expression at `i` (a date, not a duration, set or vague reference).
    fn point(&self, i: usize) -> Found {
        let (e, x) = self.expr(i)?;
        is_point(&x).then_some((e, x))
    }

    /// After a point `a` ending at `e`: "- B", "to B", "through B" (or "and B" after
    /// "between") making a range.
    fn range_tail(&self, e: usize, a: Expr, opener: Opener) -> Found {
        let between = opener == Opener::Between;
        let connector = if between {
            self.kw(e, Kw::And)
        } else {
            self.punct(e, b'-')
                || self.kw(e, Kw::To)
                || self.kw(e, Kw::Through)
                || self.kw(e, Kw::Until)
                || self.kw(e, Kw::Till)
        };
        if !connector {
            return None;
        }
        let j = e + 1;
        // A bare day after a month-day start: "July 13-15", "Aug. 27th to 29th".
        if let Expr::Date(ca) = &a
            && ca.day.is_some()
            && ca.month.is_some()
        {
            let k = if self.kw(j, Kw::The) { j + 1 } else { j };
            if let Some((k2, d)) = self.day(k, false)
                && !matches!(self.lex(k2), Lex::Month(_) | Lex::MonthAbbr(_))
                && !matches!(self.lex(k2), Lex::Unit(_))
            {
                let mut end = k2;
                let mut cb = Cal {
                    day: Some(d),
                    month: ca.month,
                    year: ca.year,
                    weekday: None,
                };
                let mut ca = *ca;
                if ca.year.is_none()
                    && let Some((k3, y)) = self.trailing_year(k2)
                {
                    cb.year = Some(y);
                    ca.year = Some(y);
                    end = k3;
                }
                if d > ca.day.unwrap_or(0) {
                    return Some((
                        end,
                        Expr::Range(Box::new(Expr::Date(ca)), Box::new(Expr::Date(cb))),
                    ));
                }
                return None;
            }
        }
        let (e2, b) = self.point(j)?;
        let (a, b) = merge(a, b);
        let ok_without_from = matches!((&a, &b), (Expr::Date(_), Expr::Date(_)));
        if !ok_without_from && opener == Opener::None {
            return None;
        }
        if !self.punct(e, b'-') {
            self.split.set(Some((e, j)));
        }
        Some((e2, Expr::Range(Box::new(a), Box::new(b))))
    }

    /// Any expression starting at `i`.
    fn expr(&self, i: usize) -> Found {
        let tok = self.t.get(i)?;
        match tok.kind {
            Kind::Word(l) => match l {
                Lex::Month(_) | Lex::MonthAbbr(_) => self.month_led(i),
                Lex::Weekday(_) | Lex::WeekdayAbbr(_) => self.weekday_led(i),
                Lex::Kw(k) => self.kw_led(i, k),
                Lex::Card(_) => self.count_led(i).or_else(|| self.ordinal_led(i)),
                Lex::Ord(_) => self.ordinal_led(i),
                Lex::Season(s) => self.season_led(i, s),
                Lex::Unit(u) => self.unit_led(i, u),
                Lex::DecadeWord(_) => None,
                Lex::Other => self.other_led(i),
            },
            Kind::Num { .. } => self.number_led(i),
            Kind::Punct(b'\'') => self.apostrophe_decade(i),
            Kind::Punct(_) => None,
        }
    }
}
/// Completes the two ends of a range from each other: "July 13 to 15" gives the second end its
/// month, "13 to 15 July 2013" gives the first its month and year.
///
/// A second end without a year is placed by the resolver as the first such date on or after
/// the first end, so it takes no year here; a first end without a year takes the second's (a
/// year earlier when it would otherwise come after it: "from December to February 2021").
fn merge(a: Expr, b: Expr) -> (Expr, Expr) {
    match (a, b) {
        (Expr::Date(mut ca), Expr::Date(mut cb)) => {
            if cb.month.is_none() && cb.day.is_some() {
                cb.month = ca.month;
                cb.year = ca.year;
            }
            if ca.month.is_none() && ca.day.is_some() {
                ca.month = cb.month;
            }
            if ca.year.is_none()
                && let Some(y) = cb.year
                && ca.month.is_some()
            {
                let later = (ca.month, ca.day.unwrap_or(1)) > (cb.month, cb.day.unwrap_or(1))
                    && cb.month.is_some();
                ca.year = Some(if later { y - 1 } else { y });
            }
            (Expr::Date(ca), Expr::Date(cb))
        }
        (a, b) => (a, b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timex::token::tokenize;

    fn found(line: &str) -> Vec<(String, Expr)> {
        let mut t = Vec::new();
        tokenize(line, &mut t);
        let mut out = Vec::new();
        find_in(line, &t, &mut out);
        out.into_iter()
            .map(|m| (line[m.start..m.end].to_string(), m.expr))
            .collect()
    }

    #[test]
    fn finds_spans() {
        let f = found("Russia on Tuesday urged Turkey, three days after the 2010 vote.");
        let spans: Vec<&str> = f.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(spans, ["Tuesday", "three days", "2010"]);
    }

    #[test]
    fn marks_future_sentences() {
        let line = "Talks ended on Monday. They will resume on Friday.";
        let mut t = Vec::new();
        tokenize(line, &mut t);
        let mut out = Vec::new();
        find_in(line, &t, &mut out);
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].tense, Tense::Past);
        assert_eq!(out[1].tense, Tense::Future);
    }

    #[test]
    fn political_will_is_not_a_cue() {
        let line = "There is no political will to meet on Friday.";
        let mut t = Vec::new();
        tokenize(line, &mut t);
        let mut out = Vec::new();
        find_in(line, &t, &mut out);
        // "is" with the infinitive "to meet": the nearer Friday, not the future.
        assert_eq!(out[0].tense, Tense::Limit);
    }
}
