//! The finder: scans the tokens of one line for temporal expressions and returns each as an
//! underspecified [`Expr`] with its byte range and whether its sentence speaks of the future.
//!
//! It works left to right; at each token it tries the patterns that can start there (chosen by
//! the token's lexicon class, so most words cost one comparison) and keeps the longest match.

use chrono::Weekday;

use std::cell::Cell;

use super::expr::{
    Base, Cal, DayPart, Edge, Every, Expr, Feast, Piece, Rel, Tense, Vague, YearRef,
};
use super::lexicon::{Kw, Lex, Unit, is_ordinal_suffix};
use super::token::{Kind, Tok};
use crate::model::date::SubYear;

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
                    out.push(Mention {
                        start: toks[s].start,
                        end: toks[end - 1].end,
                        expr,
                        tense: Tense::None,
                        piece: Piece::Whole,
                    });
                    at_toks.push((s, end, sentence_first_tok));
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

    /// A four-digit year at `i` (1000-2999), with its position after an optional "AD"; `None`
    /// for "BC" years, which casus cannot store.
    fn year_num(&self, i: usize) -> Option<(usize, i32)> {
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
    fn trailing_year(&self, i: usize) -> Option<(usize, i32)> {
        let j = if self.punct(i, b',') { i + 1 } else { i };
        self.year_num(j)
    }

    /// A standalone year at `i`, accepted only where the context makes it a date: a temporal
    /// word before it, or punctuation or a function word after it.
    fn year_alone(&self, i: usize) -> Found {
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
    fn after_month(&self, i: usize) -> usize {
        if matches!(self.lex(i), Lex::MonthAbbr(_)) && self.touch(i) && self.punct(i + 1, b'.') {
            i + 2
        } else {
            i + 1
        }
    }

    /// Whether the month word at `i` is also a common word ("may", "march").
    fn ambiguous_month(&self, i: usize) -> bool {
        let (b, n) = self.lower(i);
        matches!(&b[..n], b"may" | b"march")
    }

    /// Whether the month word at `i` can be a month here: "May" and "March" (also verbs) and
    /// abbreviations need capitals and a temporal context; full names are taken as they come.
    fn month_ok_alone(&self, i: usize) -> bool {
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

    /// Everything that starts at token `i`, longest first: the first and one past the last
    /// token of the expression (a leading signal such as "since" is left out) and what it says.
    fn at(&self, i: usize) -> Option<(usize, usize, Expr)> {
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
            Lex::Kw(Kw::Since) => {
                let (e, x) = self.point(i + 1)?;
                return Some((i + 1, e, Expr::Since(Box::new(x))));
            }
            Lex::Kw(Kw::Until | Kw::Till) => {
                let (e, x) = self.point(i + 1)?;
                return Some((i + 1, e, Expr::Until(Box::new(x))));
            }
            Lex::Kw(Kw::Through) => {
                if let Some((e, x)) = self.point(i + 1) {
                    return Some((i + 1, e, Expr::Until(Box::new(x))));
                }
                return None;
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
                if let Some((e, x)) = self.point(i + 1) {
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

    /// A counted amount with its modifier, which TimeML keeps in the extent: "almost four years
    /// ago", "more than four decades ago", "at least 72 hours", "over an hour".
    fn modified_amount(&self, i: usize) -> Option<(usize, usize, Expr)> {
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

    /// The part of the day word `i` names: "morning", "afternoon", "evening", "night".
    fn day_part(&self, i: usize) -> Option<DayPart> {
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
    fn clock(&self, i: usize) -> Option<(usize, u32, u32)> {
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
    fn time_of_day(&self, i: usize) -> Found {
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

    /// Words outside the lexicon that start expressions: "Q3", "H1 2020", "mid-" is a keyword.
    fn other_led(&self, i: usize) -> Found {
        let w = self.text(i);
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

    /// The year a quarter, half or season belongs to: "2018", "of 2018", "of the year",
    /// "of this/last/next year", or nothing.
    fn part_year(&self, j: usize) -> (usize, YearRef) {
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

    fn rel_word(&self, i: usize) -> Option<i64> {
        match self.lex(i) {
            Lex::Kw(Kw::This | Kw::Current) => Some(0),
            Lex::Kw(Kw::Last | Kw::Previous | Kw::Past) => Some(-1),
            Lex::Kw(Kw::Next | Kw::Coming | Kw::Following | Kw::Upcoming) => Some(1),
            _ => None,
        }
    }

    /// "Sept. 30", "September 30, 2020", "October 2014", "March", "Jul 18, Fri".
    fn month_led(&self, i: usize) -> Found {
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
    fn weekday_led(&self, i: usize) -> Found {
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
    fn month_led_strict(&self, i: usize) -> Found {
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
    fn day_first(&self, i: usize) -> Found {
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
    fn day_first_range(&self, i: usize) -> Found {
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

    /// Expressions led by a number in digits.
    fn number_led(&self, i: usize) -> Found {
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

    /// Numeric dates: "3/3/2015", "3/3/15", "2/2013", "30.09.2020".
    fn numeric_date(&self, i: usize) -> Found {
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
    fn four_digits(&self, i: usize, v: u32) -> Found {
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
    fn apostrophe_decade(&self, i: usize) -> Found {
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
    fn ordinal_led(&self, i: usize) -> Found {
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
    fn nth_weekday(&self, j: usize, n: i8) -> Found {
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

    /// A count: digits, number words ("twenty-five"), "a", "a couple of", or a vague count
    /// ("several", "a few", "many"); the position after it and the number, `None` when vague.
    fn count(&self, i: usize) -> Option<(usize, Option<u64>)> {
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
    fn count_led(&self, i: usize) -> Found {
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
                Lex::Kw(Kw::Earlier | Kw::Later) if !unit.is_time_of_day() && !vague => {
                    let sign = if self.kw(k, Kw::Later) { 1 } else { -1 };
                    return Some((
                        k + 1,
                        Expr::Shift {
                            unit: shift_unit,
                            n: signed(sign)?,
                            base: Base::Reference,
                        },
                    ));
                }
                Lex::Kw(Kw::Before | Kw::After)
                    if !unit.is_time_of_day()
                        && !vague
                        && (self.boundary(k + 1) || self.kw(k + 1, Kw::And)) =>
                {
                    let sign = if self.kw(k, Kw::After) { 1 } else { -1 };
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

    /// A unit word on its own: "day-long" (`P1D`), "decades-long" (`PXDE`), and a bare plural
    /// after "for", "over", "within", "after" or "in" ("for years": `PXY`).
    fn unit_led(&self, i: usize, u: Unit) -> Found {
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

    /// Seasons: "summer 2019", "the spring of 2020", "in winter".
    fn season_led(&self, i: usize, s: SubYear) -> Found {
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

    /// Expressions led by a keyword.
    fn kw_led(&self, i: usize, k: Kw) -> Found {
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

    /// A holiday name at `i`: "Christmas", "Christmas Eve", "New Year's Day", "Easter Monday",
    /// "Good Friday", "Orthodox Easter", "Valentine's Day"; the position after it.
    fn feast(&self, i: usize) -> Option<(usize, Feast)> {
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

    /// "at present", "at the moment", "at this time", "at the end of ...".
    fn at_led(&self, i: usize) -> Found {
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
    fn in_led(&self, i: usize) -> Found {
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
    fn the_led(&self, i: usize) -> Found {
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
    fn rel_led(&self, i: usize, after_the: bool) -> Found {
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

    /// "early 2020", "mid-September", "late last year", "earlier this month",
    /// "later that year", "the late 1990s".
    fn edge_led(&self, i: usize) -> Found {
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
    fn edge_of(&self, i: usize) -> Found {
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

    /// What the verbs around the expression at tokens `s..e` say of its time: the nearest verb
    /// group before it in its sentence (up to 15 tokens back), else the nearest after it (up to
    /// 10 tokens, within the sentence; 30 when the expression opens the sentence, as "In
    /// January, a week after the vote, a bomb killed two" reads the main clause).
    fn tense(&self, s: usize, e: usize, sent: usize) -> Tense {
        let t = self.verb_tense(s, e, sent);
        if t == Tense::Future {
            return t;
        }
        // "until Tuesday", "till March 6": a limit, which news sets ahead as often as it reports
        // one reached; "planned for", "set for", "postponed for" likewise: the nearer one.
        let word = |k: usize| {
            if k >= sent {
                self.lower(k)
            } else {
                ([0; 16], 0)
            }
        };
        let (b, n) = if s > sent { word(s - 1) } else { ([0; 16], 0) };
        let limit = match &b[..n] {
            b"until" | b"till" => true,
            b"for" if s > sent + 1 => {
                let (b2, n2) = word(s - 2);
                matches!(
                    &b2[..n2],
                    b"planned"
                        | b"set"
                        | b"slated"
                        | b"scheduled"
                        | b"rescheduled"
                        | b"postponed"
                        | b"delayed"
                        | b"adjourned"
                )
            }
            _ => false,
        };
        if limit { Tense::Limit } else { t }
    }

    /// The reading of the verbs alone, for [`P::tense`].
    fn verb_tense(&self, s: usize, e: usize, sent: usize) -> Tense {
        let lo = sent.max(s.saturating_sub(15));
        let mut k = s;
        // Whether the expression belongs to an infinitive ("decided to admit them in March"):
        // its time follows the verb's, so a past or present verb gives the nearer one.
        let mut infinitive = false;
        while k > lo {
            k -= 1;
            // A relative or subordinate clause, a quotation or a semicolon closes the reading.
            if self.clause_break(k) {
                break;
            }
            if let Some(t) = self.verb_at(k, lo, true) {
                return match t {
                    Tense::Past | Tense::Present if infinitive => Tense::Limit,
                    t => t,
                };
            }
            if self.kw(k, Kw::To) && k + 1 < s && self.infinitive_after(k) {
                infinitive = true;
            }
        }
        let opens = s <= sent + 1;
        let reach = if opens { 30 } else { 10 };
        let mut k = e;
        while k < self.t.len() && k < e + reach {
            if self.ends_sentence(k) {
                break;
            }
            if let Some(t) = self.verb_at(k, e, false) {
                return t;
            }
            k += 1;
        }
        Tense::None
    }

    /// Whether token `k` opens a clause of its own: "where", "which", "who", "when", "while",
    /// "because", "although", a semicolon or a quotation mark.
    fn clause_break(&self, k: usize) -> bool {
        match self.t.get(k).map(|t| t.kind) {
            Some(Kind::Punct(b';' | b'"' | b'`')) => true,
            Some(Kind::Word(_)) => {
                let (b, n) = self.lower(k);
                matches!(
                    &b[..n],
                    b"where"
                        | b"which"
                        | b"who"
                        | b"whom"
                        | b"whose"
                        | b"when"
                        | b"while"
                        | b"because"
                        | b"although"
                        | b"whereas"
                )
            }
            _ => false,
        }
    }

    /// The lower-case text of word `k` (ASCII; empty for other tokens or long words).
    fn lower(&self, k: usize) -> ([u8; 16], usize) {
        let mut buf = [0u8; 16];
        let w = self.text(k);
        if !self.is_word(k) || w.len() > buf.len() {
            return (buf, 0);
        }
        for (b, c) in buf.iter_mut().zip(w) {
            *b = c.to_ascii_lowercase();
        }
        (buf, w.len())
    }

    /// The tense word `k` gives, if it is a verb that decides one; `None` to read on. Tokens
    /// before `lo` are not looked at; `before` says the word comes before the expression.
    fn verb_at(&self, k: usize, lo: usize, before: bool) -> Option<Tense> {
        if !self.is_word(k) {
            return None;
        }
        if self.is_future_cue(k) {
            return Some(Tense::Future);
        }
        let (buf, n) = self.lower(k);
        let w = &buf[..n];
        let to_next = self.kw(k + 1, Kw::To);
        match w {
            b"would" | b"might" | b"must" | b"should" | b"can" | b"cannot" => Some(Tense::Future),
            b"may" if !self.upper(k) => Some(Tense::Future),
            b"intend" | b"intends" | b"intended" | b"hope" | b"hopes" | b"aim" | b"aims"
            | b"expect" | b"expects" | b"want" | b"wants" | b"prepare" | b"prepares"
            | b"preparing"
                if to_next =>
            {
                Some(Tense::Future)
            }
            b"soon" | b"early" if k > lo && self.raw(k - 1, b"as") && self.raw(k + 1, b"as") => {
                Some(Tense::Future)
            }
            // "planned to leave on Thursday", "planned a rally on Saturday": what was planned
            // lies ahead of the planning. Only before the expression ("On Friday, the
            // government planned to pay" dates the planning) and as a verb with an object ("the
            // planned rally", "a rally planned for Saturday was cancelled" are adjectives).
            b"planned"
                if before
                    && !(k > lo && self.determiner(k - 1))
                    && (to_next || self.determiner(k + 1) || self.kw(k + 1, Kw::A)) =>
            {
                Some(Tense::Future)
            }
            // Forms both past and present ("set", "put", "cut"): the words before decide, or
            // nothing does and the reading stops; after "stay", "remain", "be" they are
            // adjectives ("will stay shut") and the reading goes on.
            _ if AMBIGUOUS_FORMS.contains(&w) => self.ambiguous(k, lo),
            b"is" | b"are" | b"am" => {
                let (nb, nn) = self.lower(k + 1);
                let progressive = nn > 4 && nb[..nn].ends_with(b"ing");
                Some(if progressive {
                    Tense::Future
                } else {
                    Tense::Present
                })
            }
            b"has" | b"have" => {
                // "has risen": the perfect is a past.
                let (nb, nn) = self.lower(k + 1);
                let (nb2, nn2) = self.lower(k + 2);
                let perfect = is_past_form(&nb[..nn])
                    || &nb[..nn] == b"been"
                    || (matches!(
                        &nb[..nn],
                        b"not" | b"already" | b"just" | b"also" | b"never"
                    ) && is_past_form(&nb2[..nn2]));
                Some(if perfect { Tense::Past } else { Tense::Present })
            }
            b"was" | b"were" | b"had" | b"did" => Some(Tense::Past),
            _ if is_past_form(w) && !self.upper(k) => self.participle(k, lo),
            _ => None,
        }
    }

    /// Whether "to" at `k` opens an infinitive of intention ("to admit", "to leave"): a
    /// lower-case word follows that is not an article, a number or a time word, and "to" does
    /// not close "had to", "used to", "able to", "due to", "according to".
    fn infinitive_after(&self, k: usize) -> bool {
        let next = k + 1;
        if !self.is_word(next)
            || self.upper(next)
            || self.lex(next) != Lex::Other
            || self.determiner(next)
        {
            return false;
        }
        let (b, n) = if k > 0 {
            self.lower(k - 1)
        } else {
            ([0; 16], 0)
        };
        !matches!(
            &b[..n],
            b"had" | b"used" | b"able" | b"due" | b"according" | b"back" | b"up" | b"close"
        )
    }

    /// Whether the expression at tokens `s..e` stands between an article or possessive and a
    /// lower-case noun ("the Jan. 14 deadline", "its March 4 report").
    fn premodifier(&self, s: usize, e: usize, sent: usize) -> bool {
        if s <= sent || !self.determiner(s - 1) || !self.is_word(e) || self.upper(e) {
            return false;
        }
        let (b, n) = self.lower(e);
        let w = &b[..n];
        n > 2
            && self.lex(e) == Lex::Other
            && !is_past_form(w)
            && !matches!(
                w,
                b"and" | b"was" | b"were" | b"has" | b"had" | b"will" | b"would" | b"that"
            )
    }

    /// Whether word `k` is an article or a possessive ("the planned rally", "its set date").
    fn determiner(&self, k: usize) -> bool {
        let (b, n) = self.lower(k);
        matches!(
            &b[..n],
            b"the" | b"a" | b"an" | b"its" | b"his" | b"her" | b"their" | b"our" | b"this" | b"s"
        )
    }

    /// The tense of a verb group ending in a form that is both past and present ("set"): "has
    /// set" and "was set" are past, "will set" future; alone it decides nothing.
    fn ambiguous(&self, k: usize, lo: usize) -> Option<Tense> {
        if k <= lo {
            return Some(Tense::None);
        }
        let (b, n) = self.lower(k - 1);
        match &b[..n] {
            b"has" | b"have" | b"had" | b"was" | b"were" => Some(Tense::Past),
            b"will" | b"would" | b"shall" | b"must" | b"should" | b"might" | b"may" => {
                Some(Tense::Future)
            }
            b"stay" | b"stays" | b"stayed" | b"remain" | b"remains" | b"remained" | b"be"
            | b"been" | b"being" | b"is" | b"are" | b"keep" | b"keeps" | b"kept" | b"get"
            | b"gets" | b"got" | b"to" => None,
            _ => Some(Tense::None),
        }
    }

    /// The tense of the verb group that ends in the past form at `k`: "was held" and "has
    /// met" are past, "is held" present, "will be held" future; "to be held" and "the
    /// disputed town" decide nothing.
    fn participle(&self, k: usize, lo: usize) -> Option<Tense> {
        let before = |mut j: usize| -> Option<usize> {
            while j > lo {
                j -= 1;
                let (b, n) = self.lower(j);
                let w = &b[..n];
                let adverb = matches!(
                    w,
                    b"not"
                        | b"t"
                        | b"also"
                        | b"already"
                        | b"just"
                        | b"still"
                        | b"never"
                        | b"ever"
                        | b"reportedly"
                        | b"since"
                        | b"recently"
                ) || (n > 4 && w.ends_with(b"ly"));
                if !adverb {
                    return Some(j);
                }
            }
            None
        };
        let Some(j) = before(k) else {
            return Some(Tense::Past);
        };
        let (b, n) = self.lower(j);
        let modal = |j: Option<usize>| {
            j.is_some_and(|j| {
                let (b, n) = self.lower(j);
                self.is_future_cue(j)
                    || matches!(
                        &b[..n],
                        b"would" | b"might" | b"must" | b"should" | b"can" | b"may"
                    )
            })
        };
        match &b[..n] {
            b"be" => modal(before(j)).then_some(Tense::Future),
            b"been" => Some(if modal(before(j)) {
                Tense::Future
            } else {
                Tense::Past
            }),
            b"being" | b"to" => None,
            b"is" | b"are" | b"am" => Some(Tense::Present),
            b"the" | b"a" | b"an" | b"this" | b"that" | b"these" | b"those" | b"its" | b"his"
            | b"her" | b"their" | b"our" | b"my" | b"your" => None,
            _ => Some(Tense::Past),
        }
    }

    /// Whether the token at `i` makes its sentence speak of the future.
    fn is_future_cue(&self, i: usize) -> bool {
        match self.lex(i) {
            Lex::Kw(Kw::Will) => {
                // "the will of the people", "political will" are nouns.
                let noun_before = i > 0
                    && (self.kw(i - 1, Kw::The)
                        || [
                            &b"political"[..],
                            b"popular",
                            b"free",
                            b"good",
                            b"ill",
                            b"own",
                            b"his",
                            b"her",
                            b"their",
                            b"its",
                            b"our",
                            b"s",
                        ]
                        .iter()
                        .any(|w| self.raw(i - 1, w)));
                !noun_before && self.is_word(i + 1) && !self.kw(i + 1, Kw::Of)
            }
            Lex::Kw(Kw::Shall) => true,
            Lex::Kw(Kw::Ll) => {
                i > 0 && self.punct(i - 1, b'\'') && self.t[i - 1].touches(&self.t[i])
            }
            Lex::Kw(k @ (Kw::Due | Kw::Set | Kw::Expected)) => {
                i > 0
                    && (self.kw(i - 1, Kw::Is)
                        || self.kw(i - 1, Kw::Are)
                        || self.raw(i - 1, b"am")
                        || (self.raw(i - 1, b"s") && i > 1 && self.punct(i - 2, b'\'')))
                    && (k == Kw::Due || self.kw(i + 1, Kw::To))
            }
            Lex::Kw(Kw::Plan) => self.kw(i + 1, Kw::To),
            Lex::Kw(Kw::Going) => self.kw(i + 1, Kw::To) && !self.kw(i + 2, Kw::The),
            Lex::Kw(Kw::Scheduled | Kw::Upcoming) => true,
            _ => false,
        }
    }

    /// Whether the token at `i` ends a sentence.
    fn ends_sentence(&self, i: usize) -> bool {
        match self.t[i].kind {
            Kind::Punct(b'!' | b'?') => true,
            Kind::Punct(b'.') => {
                let Some(next) = self.t.get(i + 1) else {
                    return true;
                };
                let starts_sentence =
                    next.upper || matches!(next.kind, Kind::Num { .. } | Kind::Punct(b'"' | b'\''));
                if !starts_sentence {
                    return false;
                }
                if i == 0 {
                    return true;
                }
                let prev = i - 1;
                if !self.t[prev].touches(&self.t[i]) {
                    return true;
                }
                match self.t[prev].kind {
                    Kind::Word(Lex::MonthAbbr(_) | Lex::WeekdayAbbr(_)) => false,
                    Kind::Word(_) => {
                        let w = self.text(prev);
                        let abbrev = w.len() == 1
                            || [
                                &b"mr"[..],
                                b"mrs",
                                b"ms",
                                b"dr",
                                b"st",
                                b"gen",
                                b"lt",
                                b"col",
                                b"sen",
                                b"rep",
                                b"gov",
                                b"jr",
                                b"sr",
                                b"no",
                                b"prof",
                                b"maj",
                                b"capt",
                                b"sgt",
                                b"vs",
                            ]
                            .iter()
                            .any(|a| w.eq_ignore_ascii_case(a));
                        !abbrev
                    }
                    _ => true,
                }
            }
            _ => false,
        }
    }
}

/// Whether a lower-case word is a past tense or past participle: a regular "-ed" form or one of
/// the common irregular ones (forms that are also present tense, "put", "set", "read", are left
/// out).
fn is_past_form(w: &[u8]) -> bool {
    if w.len() >= 4
        && w.ends_with(b"ed")
        && !w.ends_with(b"eed")
        && !matches!(
            w,
            b"hundred"
                | b"sacred"
                | b"naked"
                | b"wicked"
                | b"kindred"
                | b"beloved"
                | b"aged"
                | b"alleged"
                | b"armed"
                | b"united"
                | b"related"
                | b"based"
                | b"skilled"
        )
    {
        return true;
    }
    w == b"ended" || IRREGULAR_PAST.binary_search(&w).is_ok()
}

/// Verb forms that are both past and present tense.
const AMBIGUOUS_FORMS: &[&[u8]] = &[
    b"set", b"put", b"cut", b"shut", b"let", b"hit", b"quit", b"cost", b"hurt", b"spread", b"cast",
    b"upset", b"burst",
];

/// The common irregular past forms and participles, sorted (for [`is_past_form`]).
const IRREGULAR_PAST: &[&[u8]] = &[
    b"arose",
    b"ate",
    b"beaten",
    b"became",
    b"began",
    b"begun",
    b"blew",
    b"blown",
    b"born",
    b"bought",
    b"broke",
    b"broken",
    b"brought",
    b"built",
    b"came",
    b"caught",
    b"chose",
    b"chosen",
    b"dealt",
    b"done",
    b"drank",
    b"drawn",
    b"drew",
    b"driven",
    b"drove",
    b"dug",
    b"eaten",
    b"fallen",
    b"fed",
    b"fell",
    b"felt",
    b"fled",
    b"flew",
    b"flown",
    b"forgot",
    b"fought",
    b"found",
    b"froze",
    b"frozen",
    b"gave",
    b"given",
    b"gone",
    b"got",
    b"gotten",
    b"grew",
    b"grown",
    b"heard",
    b"held",
    b"hid",
    b"hidden",
    b"hung",
    b"kept",
    b"knew",
    b"known",
    b"laid",
    b"led",
    b"left",
    b"lit",
    b"lost",
    b"made",
    b"meant",
    b"met",
    b"overthrew",
    b"paid",
    b"ran",
    b"rang",
    b"risen",
    b"rode",
    b"rose",
    b"said",
    b"sang",
    b"sank",
    b"sat",
    b"saw",
    b"seen",
    b"sent",
    b"shook",
    b"shot",
    b"slept",
    b"slid",
    b"sold",
    b"sought",
    b"spent",
    b"spoke",
    b"spoken",
    b"stole",
    b"stolen",
    b"stood",
    b"struck",
    b"stuck",
    b"swam",
    b"swept",
    b"swore",
    b"sworn",
    b"taken",
    b"taught",
    b"thought",
    b"threw",
    b"thrown",
    b"told",
    b"took",
    b"tore",
    b"torn",
    b"understood",
    b"undertook",
    b"upheld",
    b"went",
    b"wept",
    b"withdrawn",
    b"withdrew",
    b"woke",
    b"won",
    b"wore",
    b"worn",
    b"written",
    b"wrote",
];

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
    fn irregular_past_forms_are_sorted() {
        assert!(IRREGULAR_PAST.windows(2).all(|w| w[0] < w[1]));
        assert!(is_past_form(b"said") && is_past_form(b"killed") && !is_past_form(b"need"));
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
