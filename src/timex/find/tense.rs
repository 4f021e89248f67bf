//! What the sentence says of a date's time: the tense and cues around an expression (past and
//! perfect forms, modals, "will", "plans to", limits such as "until"), read from the words
//! before and after it, for the direction policy of `docs/timex.md`.

use super::*;
use crate::timex::expr::Tense;
use crate::timex::lexicon::{Kw, Lex};
use crate::timex::token::Kind;

impl P<'_> {
    /// What the verbs around the expression at tokens `s..e` say of its time: the nearest verb
    /// group before it in its sentence (up to 15 tokens back), else the nearest after it (up to
    /// 10 tokens, within the sentence; 30 when the expression opens the sentence, as "In
    /// January, a week after the vote, a bomb killed two" reads the main clause).
    pub(super) fn tense(&self, s: usize, e: usize, sent: usize) -> Tense {
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
        // "postponed until Tuesday", "adjourned till March 6", "extended its deadline until
        // Friday": what is put off is put off to a later time, news reports it when it is
        // decided: the next one.
        if matches!(&b[..n], b"until" | b"till")
            && (2..=4).any(|back| {
                s >= sent + back && {
                    let (w, m) = word(s - back);
                    matches!(
                        &w[..m],
                        b"postponed" | b"delayed" | b"adjourned" | b"deferred" | b"extended"
                    )
                }
            })
        {
            return Tense::Future;
        }
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
    pub(super) fn verb_tense(&self, s: usize, e: usize, sent: usize) -> Tense {
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
    pub(super) fn clause_break(&self, k: usize) -> bool {
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
    pub(super) fn lower(&self, k: usize) -> ([u8; 16], usize) {
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
    pub(super) fn verb_at(&self, k: usize, lo: usize, before: bool) -> Option<Tense> {
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
    pub(super) fn infinitive_after(&self, k: usize) -> bool {
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
    pub(super) fn premodifier(&self, s: usize, e: usize, sent: usize) -> bool {
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
    pub(super) fn determiner(&self, k: usize) -> bool {
        let (b, n) = self.lower(k);
        matches!(
            &b[..n],
            b"the" | b"a" | b"an" | b"its" | b"his" | b"her" | b"their" | b"our" | b"this" | b"s"
        )
    }

    /// The tense of a verb group ending in a form that is both past and present ("set"): "has
    /// set" and "was set" are past, "will set" future; alone it decides nothing.
    pub(super) fn ambiguous(&self, k: usize, lo: usize) -> Option<Tense> {
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
    pub(super) fn participle(&self, k: usize, lo: usize) -> Option<Tense> {
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
    pub(super) fn is_future_cue(&self, i: usize) -> bool {
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
    pub(super) fn ends_sentence(&self, i: usize) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn irregular_past_forms_are_sorted() {
        assert!(IRREGULAR_PAST.windows(2).all(|w| w[0] < w[1]));
        assert!(is_past_form(b"said") && is_past_form(b"killed") && !is_past_form(b"need"));
    }
}
