//! Tokens and sentences of raw English text, in the convention of the UD English treebanks (EWT,
//! GUM): punctuation split off, contractions and the possessive as multiword tokens ("don't" is
//! do and n't, "Russia's" is Russia and 's), abbreviations, numbers, URLs and e-mail addresses
//! whole, hyphenated compounds split except after a prefix ("co-chair", "non-state"). Sentences
//! end at `.`, `!`, `?` and ellipses (through closing quotes and brackets), not after
//! abbreviations or initials, at every blank line, at a line break unless the text looks
//! hard-wrapped, and after a news dateline ("MOSCOW (Reuters) -"). Every offset is a byte offset
//! into the text on a character boundary; time and memory are linear in the text. See
//! `docs/syntax.md`.

use std::collections::VecDeque;
use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use super::{Deprel, Sentence, Token, Upos, Word, Xpos};

/// Most words a sentence may have; longer runs are cut into pieces of at most this many words
/// (after the last comma, semicolon, colon, dash or stop of the piece's second half when there
/// is one).
/// The longest sentence of the UD English training data has 159 words.
pub const MAX_WORDS: usize = 250;

/// Longest run of text without whitespace that is tokenised as one piece; a longer run (never
/// prose: a 1 MB string of letters, 100,000 commas) is cut into pieces of at most this many bytes,
/// which bounds a token's length and the look-ahead.
pub const MAX_RUN: usize = 1024;

#[cfg(test)]
thread_local! {
    /// Units of scanning work done on this thread (bytes examined, tokens decided, tokens
    /// carried over by cuts), read by the linearity test.
    static WORK: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Counts `n` units of work in tests; nothing otherwise.
#[inline(always)]
fn tick(n: usize) {
    #[cfg(test)]
    WORK.with(|w| w.set(w.get() + n));
    #[cfg(not(test))]
    let _ = n;
}

/// One sentence of raw text, tokenised: byte offsets into the text given to `sentences`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawSentence {
    /// Its first byte (the first token's).
    pub start: usize,
    /// One past its last byte (the last token's).
    pub end: usize,
    /// Its tokens, in order; each spans one word or, for a multiword token, several.
    pub tokens: Vec<Token>,
    /// The byte span of each word; every word's form is a substring of the text.
    pub words: Vec<(usize, usize)>,
}

impl RawSentence {
    /// The forms of its words in `text` (the text given to `sentences`).
    pub fn word_forms<'s, 't: 's>(&'s self, text: &'t str) -> impl Iterator<Item = &'t str> + 's {
        self.words.iter().map(move |&(a, b)| &text[a..b])
    }

    /// The sentence as a `Sentence` whose words have their forms (from `text`, the text given
    /// to `sentences`) and offsets but no analysis yet: lemma empty, UPOS `X`, XPOS `XX`,
    /// head 0, relation `dep`.
    pub fn untagged(&self, text: &str) -> Sentence {
        Sentence {
            start: self.start,
            end: self.end,
            tokens: self.tokens.clone(),
            words: self
                .words
                .iter()
                .map(|&(start, end)| Word {
                    form: text[start..end].to_string(),
                    lemma: String::new(),
                    upos: Upos::X,
                    xpos: Xpos::Xx,
                    feats: String::new(),
                    head: 0,
                    deprel: Deprel::Dep,
                    start,
                    end,
                })
                .collect(),
        }
    }
}

/// The sentences of `text`, in order (an iterator: the text is read once, never copied).
pub fn sentences(text: &str) -> Sentences<'_> {
    Sentences {
        text,
        pos: 0,
        line_start: 0,
        queue: VecDeque::new(),
        cur: Vec::new(),
        cur_words: 0,
        term: None,
        closed: false,
        has_word: false,
        keep: 0,
        wrapped: false,
        par_start: true,
        single_open: false,
        double_open: false,
        lex: lexicon(),
    }
}

/// The iterator of `sentences`.
pub struct Sentences<'a> {
    text: &'a str,
    /// Where scanning goes on: the start of the next run of text (or whitespace).
    pos: usize,
    /// The first byte of the line being scanned.
    line_start: usize,
    /// Tokens scanned but not yet placed in a sentence (at most one run's).
    queue: VecDeque<Tok>,
    /// The sentence being built.
    cur: Vec<Tok>,
    cur_words: usize,
    /// The sentence may end here: the last token, or the last before closing quotes and
    /// brackets, ends like a sentence.
    term: Option<Term>,
    /// Closing quotes or brackets followed the token that may end the sentence.
    closed: bool,
    /// Tokens of a reference mark ("[17]") still to come, which keep `term`.
    keep: u8,
    /// The sentence so far has a word (punctuation alone, as in "«…We", ends none).
    has_word: bool,
    /// The paragraph looks hard-wrapped: its single line breaks do not end sentences.
    wrapped: bool,
    /// The sentence being built opens a paragraph (or a line), where a dateline may stand.
    par_start: bool,
    /// A single quote opened and not closed on this line (so `s'` closes it rather than being
    /// a plural possessive).
    single_open: bool,
    /// A straight double quote opened and not closed on this line.
    double_open: bool,
    lex: &'static Lexicon,
}

/// What follows a token in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Gap {
    /// The next token follows at once (also across a cut at `MAX_RUN`).
    None,
    /// Spaces (no line break).
    Space,
    /// One line break.
    Line,
    /// A blank line, a paragraph separator, or the end of the text.
    Blank,
}

/// What kind of token it is, for the sentence splitter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    /// A word or number.
    Word,
    /// A word with its abbreviation period ("Sept.", "etc."), from the lexicon.
    Abbrev,
    /// A single capital letter and a period ("W.").
    Initial,
    /// Letters with inner periods and a final one ("U.S.", "a.m.", "Ph.D.").
    Acronym,
    /// `.`, `!`, `?`, or runs of them.
    Stop,
    /// `...`, `…` and longer runs of periods.
    Ellipsis,
    /// An opening bracket or quote.
    Open,
    /// A closing bracket or quote.
    Close,
    /// A hyphen or dash standing alone (`-`, `--`, `–`, `—`).
    Dash,
    /// `,`, `;`, `:`.
    Comma,
    /// An emoticon (":)"), which goes with the sentence before it.
    Emoticon,
    /// Any other symbol.
    Other,
}

/// How a sentence may end at the last token (through closing quotes and brackets).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Term {
    /// `.`, `!`, `?`.
    Stop,
    /// An ellipsis.
    Ellipsis,
    /// An abbreviation from the lexicon, whose period goes to the sentence when one ends there.
    Abbrev,
    /// An abbreviation that never ends a sentence before a name ("Dr.", "Gen.").
    Title,
    /// "U.S.", "a.m.".
    Acronym,
    /// "W.".
    Initial,
    /// An emoticon that no full stop preceded: a capital letter after it opens a sentence.
    Emoticon,
}

/// One token as scanned.
#[derive(Clone, Copy, Debug)]
struct Tok {
    start: usize,
    end: usize,
    /// Where its words after the first begin, as offsets from `start`.
    cuts: [u16; 3],
    ncuts: u8,
    class: Class,
    gap: Gap,
    /// For `Gap::Line`: the length in bytes of the line the token ends.
    line_len: u32,
}

impl Tok {
    fn new(start: usize, end: usize, class: Class) -> Tok {
        Tok {
            start,
            end,
            cuts: [0; 3],
            ncuts: 0,
            class,
            gap: Gap::None,
            line_len: 0,
        }
    }

    fn words(&self) -> usize {
        usize::from(self.ncuts) + 1
    }

    fn cut(&mut self, at: usize) {
        // The token's end may still grow: `build` checks the cuts against the final end.
        if usize::from(self.ncuts) < self.cuts.len() && at > self.start && at - self.start < 1 << 16
        {
            self.cuts[usize::from(self.ncuts)] = (at - self.start) as u16;
            self.ncuts += 1;
        }
    }
}

impl<'a> Iterator for Sentences<'a> {
    type Item = RawSentence;

    fn next(&mut self) -> Option<RawSentence> {
        loop {
            // Three tokens of look-ahead after the one taken.
            if self.queue.len() < 4 && self.pos < self.text.len() {
                self.scan_run();
                continue;
            }
            let Some(mut t) = self.queue.pop_front() else {
                return self.emit_all();
            };
            if t.ncuts == 0 && t.end - t.start == 3 && self.slice(&t).eq_ignore_ascii_case("its") {
                // "its a shame": it + s, as the treebanks write "it's" without its apostrophe.
                if let Some(n) = self.queue.front()
                    && is_its_verb_context(self.slice(n))
                {
                    t.cut(t.start + 2);
                }
            }
            if self.cur_words + t.words() > MAX_WORDS
                && let Some(s) = self.cut_long()
            {
                self.push(t);
                return Some(s);
            }
            self.push(t);
            match self.decide() {
                Decision::Continue => {}
                Decision::End => return self.emit_all(),
                Decision::EndSplitPeriod => {
                    self.split_abbreviation_period();
                    return self.emit_all();
                }
            }
        }
    }
}

/// The splitter's verdict after a token.
enum Decision {
    Continue,
    End,
    /// The sentence ends after an abbreviation, whose period becomes the sentence's own
    /// ("etc." at the end: etc + .), as the treebanks do.
    EndSplitPeriod,
}

impl<'a> Sentences<'a> {
    fn push(&mut self, t: Tok) {
        self.cur_words += t.words();
        self.cur.push(t);
    }

    /// Emits the sentence built so far.
    fn emit_all(&mut self) -> Option<RawSentence> {
        if self.cur.is_empty() {
            return None;
        }
        let s = self.build(&self.cur);
        self.cur.clear();
        self.cur_words = 0;
        Some(s)
    }

    /// Cuts an over-long sentence: emits its tokens up to the last comma, semicolon, colon,
    /// dash or stop in the second half (else all of them) and keeps the rest as the next
    /// sentence's start. Each cut emits at least half of the tokens it looks at, so the work
    /// stays linear.
    fn cut_long(&mut self) -> Option<RawSentence> {
        if self.cur.is_empty() {
            return None;
        }
        let n = self.cur.len();
        let keep = (n / 2..n)
            .rev()
            .find(|&i| matches!(self.cur[i].class, Class::Comma | Class::Dash | Class::Stop))
            .map_or(n, |i| i + 1);
        tick(n - n / 2);
        let rest: Vec<Tok> = self.cur.drain(keep..).collect();
        tick(rest.len());
        let toks = std::mem::replace(&mut self.cur, rest);
        self.cur_words = self.cur.iter().map(Tok::words).sum();
        self.has_word = self.cur.iter().any(|t| t.class == Class::Word);
        self.par_start = false;
        Some(self.build(&toks))
    }

    fn build(&self, toks: &[Tok]) -> RawSentence {
        let mut s = RawSentence {
            start: toks[0].start,
            end: toks[toks.len() - 1].end,
            tokens: Vec::with_capacity(toks.len()),
            words: Vec::with_capacity(toks.len() + 2),
        };
        for t in toks {
            let first = s.words.len();
            let mut a = t.start;
            for &c in &t.cuts[..usize::from(t.ncuts)] {
                let b = t.start + usize::from(c);
                if b > a && b < t.end {
                    s.words.push((a, b));
                    a = b;
                }
            }
            s.words.push((a, t.end));
            s.tokens.push(Token {
                start: t.start,
                end: t.end,
                words: first..s.words.len(),
                space_after: t.gap != Gap::None && t.end < self.text.len(),
            });
        }
        s
    }

    /// "etc." ends the sentence: the token becomes "etc" and a "." of its own.
    fn split_abbreviation_period(&mut self) {
        if let Some(last) = self.cur.last_mut()
            && matches!(last.class, Class::Abbrev | Class::Acronym)
            && last.ncuts == 0
            && last.end - last.start > 1
        {
            let gap = last.gap;
            last.end -= 1;
            last.gap = Gap::None;
            last.class = Class::Word;
            let mut stop = Tok::new(last.end, last.end + 1, Class::Stop);
            stop.gap = gap;
            self.cur.push(stop);
            self.cur_words += 1;
        }
    }

    fn slice(&self, t: &Tok) -> &'a str {
        &self.text[t.start..t.end]
    }

    /// Decides whether the sentence ends after its last token.
    fn decide(&mut self) -> Decision {
        tick(1);
        let t = *self.cur.last().expect("a token was pushed");
        let next = self.queue.front().copied();
        self.term = match t.class {
            _ if self.keep > 0 => {
                self.keep -= 1;
                self.term
            }
            Class::Stop => Some(Term::Stop),
            Class::Ellipsis => Some(Term::Ellipsis),
            Class::Abbrev => Some(if is_title(self.slice(&t)) {
                Term::Title
            } else {
                Term::Abbrev
            }),
            Class::Acronym => Some(Term::Acronym),
            Class::Initial => Some(Term::Initial),
            Class::Close => self.term,
            Class::Emoticon => self.term.or(Some(Term::Emoticon)),
            _ => None,
        };
        self.closed = self.term.is_some() && t.class == Class::Close;
        self.has_word |= matches!(
            t.class,
            Class::Word | Class::Abbrev | Class::Acronym | Class::Initial
        );
        if !self.has_word && matches!(self.term, Some(Term::Stop | Term::Ellipsis)) {
            self.term = None;
        }
        // At the end of a sentence an abbreviation's period becomes the sentence's own
        // ("etc" + "."), as it does in the treebanks; "U.S." keeps it, "p.m." does not.
        let split = match self.term {
            Some(Term::Abbrev) => true,
            // "He said no." (but "No. 5" stays whole: see below).
            Some(Term::Title) => matches!(self.slice(&t), "No." | "no." | "Nos."),
            Some(Term::Acronym) => !self.slice(&t).chars().any(char::is_uppercase),
            _ => false,
        };
        let Some(n) = next else {
            return self.end(Gap::Blank, split);
        };
        if t.gap == Gap::Blank {
            return self.end(Gap::Blank, split);
        }
        // Closing quotes and brackets, emoticons and reference marks ("[17]") stay with the
        // sentence they close.
        if t.gap <= Gap::Space && self.term.is_some() && self.keep == 0 && self.reference_follows()
        {
            self.keep = 3;
            return Decision::Continue;
        }
        if t.gap <= Gap::Space
            && (n.class == Class::Close
                || self.keep > 0
                || self.term.is_some() && n.class == Class::Emoticon)
        {
            return Decision::Continue;
        }
        let nt = self.slice(&n);
        let first = nt.chars().next().unwrap_or(' ');
        let lower = first.is_lowercase();
        if t.gap == Gap::Line {
            return self.line_break(&t, &n, lower, split);
        }
        if let Some(term) = self.term {
            let spaced = t.gap != Gap::None;
            let (end, split) = match term {
                // "Why?" he asked: a quotation ends, the sentence goes on.
                Term::Stop if self.closed && lower => (false, false),
                // "1. The first point": a list number opens its sentence.
                Term::Stop if self.list_number() => (false, false),
                Term::Stop => (
                    spaced && !matches!(n.class, Class::Comma | Class::Stop | Class::Ellipsis)
                        || !spaced && first.is_uppercase(),
                    false,
                ),
                Term::Ellipsis => (first.is_uppercase(), false),
                Term::Emoticon => (spaced && first.is_uppercase(), false),
                // "etc. The": a lower-case abbreviation before a capital ends a sentence; a
                // capitalised one ("Inc.", "Calif.") only before a word that opens sentences.
                Term::Abbrev | Term::Acronym => {
                    let lower_abbrev = self.slice(&t).starts_with(|c: char| c.is_lowercase());
                    let end = spaced
                        && (is_starter(nt)
                            || lower_abbrev && term == Term::Abbrev && first.is_uppercase());
                    (end, split)
                }
                // "No. 5", but "He said no."
                Term::Title => {
                    let number = matches!(self.slice(&t), "No." | "no." | "Nos.");
                    let end = number && !first.is_ascii_digit() && first != '#';
                    (end, end)
                }
                Term::Initial => (false, false),
            };
            if end {
                return self.end(t.gap, split);
            }
            return Decision::Continue;
        }
        // A time stamp ("08/16/2000 03:48 PM", as e-mail headers write them) stands alone.
        // (Cheap tests first: AM and PM have two letters.)
        if self.has_word
            && self.queue.get(2).is_some_and(|h| h.end - h.start == 2)
            && self.timestamp_at(0)
        {
            return self.end(t.gap, false);
        }
        if t.gap <= Gap::Space
            && t.end - t.start == 2
            && self.cur.len() >= 3
            && self.timestamp_ending()
        {
            return self.end(t.gap, false);
        }
        let bar = self.slice(&t) == "|";
        if (t.class == Class::Dash || bar)
            && self.par_start
            && t.gap == Gap::Space
            && first.is_uppercase()
            && self.dateline()
        {
            // "ISTANBUL, TURKEY | Xinhua | Delegations ...": the agency belongs to it.
            let agency = bar
                && self.queue.get(1).is_some_and(|b| self.slice(b) == "|")
                && n.class == Class::Word;
            if !agency {
                return self.end(t.gap, false);
            }
        }
        Decision::Continue
    }

    /// Whether the sentence so far is a list number and its period ("1.", "* 2.").
    fn list_number(&self) -> bool {
        let n = self.cur.len();
        if !(2..=3).contains(&n) {
            return false;
        }
        let (num, stop) = (&self.cur[n - 2], &self.cur[n - 1]);
        let digits = self.slice(num);
        num.gap == Gap::None
            && self.slice(stop) == "."
            && (1..=2).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit())
            && self.cur[..n - 2].iter().all(|t| t.class == Class::Other)
    }

    /// Whether queue tokens `k..k + 3` are a date, a time and AM or PM.
    fn timestamp_at(&self, k: usize) -> bool {
        match (
            self.queue.get(k),
            self.queue.get(k + 1),
            self.queue.get(k + 2),
        ) {
            (Some(a), Some(b), Some(c)) => self.is_timestamp(a, b, c),
            _ => false,
        }
    }

    /// Whether the sentence so far ends in a date, a time and AM or PM.
    fn timestamp_ending(&self) -> bool {
        let n = self.cur.len();
        n >= 3 && self.is_timestamp(&self.cur[n - 3], &self.cur[n - 2], &self.cur[n - 1])
    }

    fn is_timestamp(&self, date: &Tok, time: &Tok, half: &Tok) -> bool {
        let (d, t, h) = (self.slice(date), self.slice(time), self.slice(half));
        let shape = |s: &str, sep: u8, parts: usize| {
            s.split(|c: char| c as u32 == u32::from(sep)).count() == parts
                && s.bytes().all(|b| b.is_ascii_digit() || b == sep)
                && !s.starts_with(sep as char)
                && !s.ends_with(sep as char)
        };
        (h == "AM" || h == "PM") && shape(d, b'/', 3) && (shape(t, b':', 2) || shape(t, b':', 3))
    }

    /// Whether a reference mark ("[17]") follows in the queue.
    fn reference_follows(&self) -> bool {
        match (self.queue.front(), self.queue.get(1), self.queue.get(2)) {
            (Some(a), Some(b), Some(c)) => {
                self.slice(a) == "["
                    && self.slice(b).bytes().all(|x| x.is_ascii_digit())
                    && self.slice(c) == "]"
            }
            _ => false,
        }
    }

    /// Ends the sentence after a gap of the given kind.
    fn end(&mut self, gap: Gap, split_period: bool) -> Decision {
        self.term = None;
        self.keep = 0;
        self.has_word = false;
        self.par_start = gap >= Gap::Line;
        if gap == Gap::Blank {
            self.wrapped = false;
        }
        if split_period {
            Decision::EndSplitPeriod
        } else {
            Decision::End
        }
    }

    /// A single line break after token `t`, before `n`. In text with one paragraph per line
    /// it ends the sentence (headlines have no full stop); in hard-wrapped text it does not. A
    /// break is soft (a wrap) when the next line starts with a lower-case letter or the line
    /// ends in a comma, a hyphen, an opening bracket or a function word ("of", "the"); a
    /// paragraph with one soft break whose lines are at most `WRAP_WIDTH` bytes long is taken
    /// as wrapped, and its other breaks are soft unless a sentence ends there anyway.
    fn line_break(&mut self, t: &Tok, n: &Tok, lower: bool, split: bool) -> Decision {
        const WRAP_WIDTH: u32 = 120;
        let short = t.line_len <= WRAP_WIDTH;
        if !short {
            self.wrapped = false;
        }
        if let Some(term) = self.term {
            let end = match term {
                Term::Stop | Term::Ellipsis | Term::Emoticon => !(lower && self.wrapped),
                Term::Abbrev | Term::Acronym => !self.wrapped || is_starter(self.slice(n)),
                Term::Title => split,
                Term::Initial => !self.wrapped,
            };
            return if end {
                self.end(Gap::Line, split)
            } else {
                Decision::Continue
            };
        }
        let tt = self.slice(t);
        let strong = lower
            || matches!(t.class, Class::Comma | Class::Open)
            || t.class == Class::Dash && tt.len() == 1 && tt != "—"
            || is_function_word(tt);
        if strong {
            if short {
                self.wrapped = true;
            }
            return Decision::Continue;
        }
        if self.wrapped {
            return Decision::Continue;
        }
        self.end(Gap::Line, false)
    }

    /// Whether the sentence so far (ending in a dash or `|`) is a news dateline: "WASHINGTON
    /// (Reuters) -", "MOSCOW, Sept. 29 (AFP) -", "STATE DEPARTMENT -", "ISLAMABAD/NEW DELHI
    /// --", "ISTANBUL, TURKEY | Xinhua |". It must open with a word in capitals, have at least
    /// four capital letters in such words, and hold outside brackets only such words, numbers,
    /// month names, `/` and, after a comma or `|`, capitalised words.
    fn dateline(&self) -> bool {
        let toks = &self.cur[..self.cur.len() - 1];
        if toks.is_empty() || toks.len() > 12 {
            return false;
        }
        let caps =
            |s: &str| s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase);
        let capitalised = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
        // "MOSCOW -", or a place written as Wikinews does: "Indianapolis, Indiana, United
        // States -" (capitalised words and at least one comma).
        let first = self.slice(&toks[0]);
        let title = !caps(first) && capitalised(first);
        if !caps(first) && !title {
            return false;
        }
        let (mut depth, mut letters, mut after_comma, mut commas) = (0usize, 0usize, false, 0);
        for t in toks {
            let s = self.slice(t);
            match t.class {
                Class::Open => depth += 1,
                Class::Close => depth = depth.saturating_sub(1),
                _ if depth > 0 => {}
                Class::Comma if s == "," => {
                    after_comma = true;
                    commas += 1;
                }
                Class::Other if s == "|" => after_comma = true,
                Class::Other if s == "/" => {}
                Class::Word | Class::Abbrev | Class::Acronym => {
                    if caps(s) {
                        letters += s.chars().filter(|c| c.is_alphabetic()).count();
                    } else if !(s.chars().all(|c| c.is_ascii_digit())
                        || is_month(s)
                        || (after_comma || title) && capitalised(s))
                    {
                        return false;
                    }
                }
                _ => return false,
            }
        }
        depth == 0 && if title { commas >= 1 } else { letters >= 4 }
    }

    /// Scans the next run of text (up to whitespace, at most `MAX_RUN` bytes) into tokens,
    /// and the whitespace after it.
    fn scan_run(&mut self) {
        let text = self.text;
        let bytes = text.as_bytes();
        // Leading whitespace (only at the start of the text or after a cut).
        self.pos = self.skip_space(self.pos).0;
        if self.pos >= text.len() {
            return;
        }
        let start = self.pos;
        let limit = (start + MAX_RUN).min(text.len());
        let mut end = start;
        // Whether the run is ASCII letters only, the common case.
        let mut letters = true;
        while end < limit {
            let b = bytes[end];
            if b.is_ascii_alphabetic() {
                end += 1;
            } else if b < 0x80 {
                if b <= b' ' || b == 0x7f {
                    break;
                }
                letters = false;
                end += 1;
            } else {
                letters = false;
                let c = text[end..].chars().next().expect("char boundary");
                // A cut falls between characters.
                if is_separator(c) || end + c.len_utf8() > limit {
                    break;
                }
                end += c.len_utf8();
            }
        }
        tick(end - start);
        let before = self.queue.len();
        self.tokenize_run(start, end, letters);
        let (after, newlines, line_len) = self.skip_space(end);
        self.pos = after;
        if newlines > 0 {
            // Quotations are matched within a line.
            self.single_open = false;
            self.double_open = false;
        }
        if self.queue.len() > before {
            let last = self.queue.back_mut().expect("tokens were added");
            last.gap = if after >= text.len() || newlines >= 2 {
                Gap::Blank
            } else if newlines == 1 {
                last.line_len = line_len;
                Gap::Line
            } else if after > end {
                Gap::Space
            } else {
                Gap::None
            };
        }
    }

    /// Skips separators from `at`: returns where they end, the line breaks among them (a
    /// paragraph separator counts two) and the length of the line that the first break ends.
    fn skip_space(&mut self, at: usize) -> (usize, u32, u32) {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut i = at;
        let mut newlines = 0u32;
        let mut line_len = 0u32;
        while i < text.len() {
            let b = bytes[i];
            let (c, len) = if b < 0x80 {
                (b as char, 1)
            } else {
                let c = text[i..].chars().next().expect("char boundary");
                (c, c.len_utf8())
            };
            if !(b < 0x80 && (b <= b' ' || b == 0x7f) || b >= 0x80 && is_separator(c)) {
                break;
            }
            let breaks = match c {
                '\n' | '\u{0b}' | '\u{0c}' | '\u{85}' | '\u{2028}' => 1,
                '\r' => u32::from(bytes.get(i + 1) != Some(&b'\n')),
                '\u{2029}' => 2,
                _ => 0,
            };
            if breaks > 0 {
                if newlines == 0 {
                    line_len = u32::try_from(i - self.line_start).unwrap_or(u32::MAX);
                }
                newlines += breaks;
                self.line_start = i + len;
            }
            i += len;
        }
        tick(i - at);
        (i, newlines, line_len)
    }

    /// Splits one run of text without whitespace into tokens.
    fn tokenize_run(&mut self, start: usize, end: usize, letters: bool) {
        let text = self.text;
        let s = &text[start..end];
        if letters {
            let mut t = Tok::new(start, end, Class::Word);
            self.lex.contract(s, &mut t);
            self.queue.push_back(t);
            return;
        }
        // URLs and e-mail addresses are tokens of their own; the rest around them is split.
        let mut pos = 0;
        while let Some((a, b)) = find_link(s, pos) {
            self.tokenize_piece(&s[pos..a], start + pos);
            self.queue
                .push_back(Tok::new(start + a, start + b, Class::Word));
            pos = b;
        }
        self.tokenize_piece(&s[pos..], start + pos);
    }

    /// Splits a piece of a run (without links) that starts at `base` into tokens.
    fn tokenize_piece(&mut self, s: &str, base: usize) {
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < s.len() {
            let c = s[i..].chars().next().expect("char boundary");
            if is_word_char(c) || c == '.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
                let t = self.scan_word(s, base, i);
                i = t.end - base;
                self.queue.push_back(t);
            } else {
                i = self.scan_punct(s, base, i);
            }
        }
    }

    /// Scans the word, number or abbreviation at `i` of run `s` (which starts at `base`).
    fn scan_word(&mut self, s: &str, base: usize, i: usize) -> Tok {
        let bytes = s.as_bytes();
        let mut end = word_end(s, if bytes[i] == b'.' { i + 1 } else { i });
        let mut tok = Tok::new(base + i, base + end, Class::Word);
        // "5pm", "35mm": a number and a unit; "1990s", "3rd", "86M" stay whole.
        if let Some(split) = number_unit_split(&s[i..end]) {
            tok.end = base + i + split;
            return tok;
        }
        let mut inner_period = false;
        // The start of the current period-separated group, for "U.S." and "Ph.D.".
        let mut group = i;
        while let Some(c) = s[end..].chars().next() {
            let after = end + c.len_utf8();
            let next = s[after..].chars().next();
            let next_word = next.is_some_and(is_word_char);
            let prev_digit = bytes[end - 1].is_ascii_digit();
            match c {
                '.' if next_word => {
                    let right_end = word_end(s, after);
                    let right = &s[after..right_end];
                    let left = &s[group..end];
                    if prev_digit && right.as_bytes()[0].is_ascii_digit() {
                        end = right_end;
                    } else if acronym_pair(left, right) {
                        inner_period = true;
                        end = right_end;
                        group = after;
                    } else if right.chars().next().is_some_and(char::is_lowercase)
                        || is_file_extension(right)
                    {
                        // "whitehouse.gov", "notes.doc"
                        end = right_end;
                        group = after;
                    } else {
                        break;
                    }
                }
                '.' => {
                    // A final period: the abbreviation's, or the sentence's.
                    if next == Some('.') {
                        break;
                    }
                    let word = &s[i..end];
                    if inner_period {
                        end = after;
                        tok.class = Class::Acronym;
                    } else if self.lex.is_abbreviation(word) {
                        end = after;
                        tok.class = Class::Abbrev;
                    } else if is_initial(word) {
                        end = after;
                        tok.class = Class::Initial;
                    }
                    break;
                }
                ',' if prev_digit && next_word => {
                    let right_end = word_end(s, after);
                    let right = &s.as_bytes()[after..right_end];
                    if right.len() == 3 && right.iter().all(u8::is_ascii_digit) {
                        end = right_end;
                    } else {
                        break;
                    }
                }
                ':' if prev_digit && next.is_some_and(|c| c.is_ascii_digit()) => {
                    // "7:30", "01:39:56" (and "7:30" + "PM").
                    end = after
                        + bytes[after..]
                            .iter()
                            .take_while(|b| b.is_ascii_digit())
                            .count();
                }
                '_' | '@' if next_word => {
                    // "Analysis_0712", "Rice@ENRON".
                    end = word_end(s, after);
                    group = after;
                }
                '/' if next_word => {
                    let right_end = word_end(s, after);
                    let right = &s[after..right_end];
                    let left = &s[group..end];
                    let digits = |x: &str| x.bytes().all(|b| b.is_ascii_digit());
                    let short =
                        |x: &str, n: usize| x.chars().all(char::is_alphabetic) && x.len() <= n;
                    if digits(left) && digits(right) || short(left, 1) && short(right, 3) {
                        end = right_end;
                        group = after;
                    } else {
                        break;
                    }
                }
                '-' if next.is_none()
                    && end - i <= 4
                    && s[i..end].chars().all(char::is_alphabetic) =>
                {
                    // A word cut short in speech ("th-", "re-"): one token.
                    end = after;
                    break;
                }
                '-' | '\u{2010}' | '\u{2011}' if next_word => {
                    let left = &s[group..end];
                    if left.bytes().all(|b| b.is_ascii_digit()) && group == i {
                        match digit_groups(s, i) {
                            Some(e) => end = e,
                            None => break,
                        }
                        break;
                    }
                    if is_prefix(left) {
                        end = word_end(s, after);
                        group = after;
                    } else {
                        break;
                    }
                }
                '\'' | '\u{2019}' | '\u{2bc}' | '`' => {
                    let word = &s[i..end];
                    if !next_word {
                        // "countries'" (not inside single quotes): the plural possessive.
                        if c != '`'
                            && !self.single_open
                            && word.ends_with(['s', 'S'])
                            && word.chars().all(char::is_alphabetic)
                        {
                            tok.cut(base + end);
                            end = after;
                        }
                        break;
                    }
                    let right_end = word_end(s, after);
                    let right = &s[after..right_end];
                    let followed = s[right_end..]
                        .chars()
                        .next()
                        .is_some_and(|c| matches!(c, '\'' | '\u{2019}' | '\u{2bc}' | '-'));
                    if !followed && is_clitic(right) {
                        if !word.bytes().all(|b| b.is_ascii_digit()) {
                            tok.cut(base + end);
                        }
                        end = right_end;
                        break;
                    }
                    if !followed
                        && right.eq_ignore_ascii_case("t")
                        && word.len() > 1
                        && word.ends_with(['n', 'N'])
                    {
                        // "don't" = do + n't, "can't" = ca + n't.
                        tok.cut(base + end - 1);
                        end = right_end;
                        break;
                    }
                    if word.chars().all(char::is_alphabetic) && c != '`' {
                        // "O'Connor", "o'clock", "d'etat".
                        end = right_end;
                        group = after;
                    } else {
                        break;
                    }
                }
                '&' if next_word => {
                    let right_end = word_end(s, after);
                    let caps = |x: &str| {
                        !x.is_empty() && x.len() <= 4 && x.bytes().all(|b| b.is_ascii_uppercase())
                    };
                    if caps(&s[group..end]) && caps(&s[after..right_end]) {
                        end = right_end;
                        group = after;
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        tok.end = base + end;
        if tok.ncuts == 0 && tok.class == Class::Word {
            self.lex.contract(&s[i..end], &mut tok);
        }
        tok
    }

    /// Scans the punctuation token at `i` of run `s` (which starts at `base`); returns where
    /// it ends.
    fn scan_punct(&mut self, s: &str, base: usize, i: usize) -> usize {
        let c = s[i..].chars().next().expect("char boundary");
        let after = i + c.len_utf8();
        let next = s[after..].chars().next();
        let prev = s[..i].chars().next_back();
        // Before the run there is whitespace (or the start of the text).
        let spaced_before = prev.is_none_or(|p| matches!(p, '(' | '[' | '{' | '“' | '‘'));
        let push = |q: &mut VecDeque<Tok>, end: usize, class: Class| {
            tick(end - i);
            q.push_back(Tok::new(base + i, base + end, class));
            end
        };
        if let Some(e) = emoticon(s, i) {
            return push(&mut self.queue, e, Class::Emoticon);
        }
        match c {
            '.' | '!' | '?' | '…' => {
                let e = i + s[i..]
                    .find(|c| !matches!(c, '.' | '!' | '?' | '…'))
                    .unwrap_or(s.len() - i);
                // "...?" is an ellipsis and a question mark; ".?" and "?!" stay whole.
                let dots = s[i..e].bytes().take_while(|&b| b == b'.').count();
                let e = if dots >= 2 { i + dots } else { e };
                let run = &s[i..e];
                let class =
                    if run.contains('…') || run.starts_with("..") && !run.contains(['!', '?']) {
                        Class::Ellipsis
                    } else {
                        Class::Stop
                    };
                push(&mut self.queue, e, class)
            }
            '\'' | '\u{2019}' | '\u{2bc}' | '‘' | '`' => {
                if spaced_before && next.is_some_and(is_word_char) {
                    // "'em", "'72", "'til", "'s" (also "‘s", a wrong quote for an apostrophe).
                    let e = word_end(s, after);
                    if c != '‘' && is_elision(&s[after..e]) || c == '‘' && is_clitic(&s[after..e])
                    {
                        return push(&mut self.queue, e, Class::Word);
                    }
                }
                if matches!(c, '‘' | '’') && matches!(next, Some('‘' | '’')) {
                    let e = i + s[i..]
                        .find(|x| !matches!(x, '‘' | '’'))
                        .unwrap_or(s.len() - i);
                    let class = if c == '’' {
                        Class::Close
                    } else {
                        Class::Open
                    };
                    return push(&mut self.queue, e, class);
                }
                if c == '`' || c == '\'' && next == Some('\'') {
                    // `` and '' quotes.
                    let e = i + s[i..].find(|x| x != c).unwrap_or(s.len() - i);
                    let class = if c == '`' { Class::Open } else { Class::Close };
                    self.single_open = c == '`';
                    return push(&mut self.queue, e, class);
                }
                let opening =
                    c == '‘' || c == '\'' && spaced_before && next.is_some_and(|n| !is_closer(n));
                self.single_open = opening;
                push(
                    &mut self.queue,
                    after,
                    if opening { Class::Open } else { Class::Close },
                )
            }
            '"' => {
                // A lone quote at the end of a line opens the quotation on the next.
                let line_end = next.is_none()
                    && matches!(
                        self.text.as_bytes().get(base + s.len()),
                        Some(b'\n' | b'\r')
                    );
                // A quote after a word closes, even when no quotation is open: a quotation may
                // run over paragraphs, and a typo (`Azerbaijan." No units ...`) is rarer.
                let opening = if spaced_before && (next.is_some() || line_end) {
                    true
                } else if !spaced_before {
                    false
                } else {
                    !self.double_open
                };
                self.double_open = opening;
                push(
                    &mut self.queue,
                    after,
                    if opening { Class::Open } else { Class::Close },
                )
            }
            '(' | '[' | '{' | '“' | '«' | '‹' | '„' => {
                push(&mut self.queue, after, Class::Open)
            }
            ')' | ']' | '}' | '”' | '»' | '›' => push(&mut self.queue, after, Class::Close),
            '-' | '–' | '—' | '‐' | '‑' | '―' => {
                let e = i + s[i..].find(|x| x != c).unwrap_or(s.len() - i);
                push(&mut self.queue, e, Class::Dash)
            }
            ',' | ';' | ':' => {
                let e = i + s[i..].find(|x| x != c).unwrap_or(s.len() - i);
                push(&mut self.queue, e, Class::Comma)
            }
            '#' | '@'
                if next.is_some_and(|n| is_word_char(n) && !(c == '#' && n.is_ascii_digit())) =>
            {
                // "#hashtag", "@handle" (but "#" "1").
                let e = word_end(s, after);
                push(&mut self.queue, e, Class::Word)
            }
            '+' if next.is_some_and(|n| n.is_ascii_digit()) && spaced_before => {
                let e = word_end(s, after);
                push(&mut self.queue, e, Class::Word)
            }
            '*' | '=' | '_' | '~' | '<' | '>' | '^' | '|' | '\\' | '/' | '+' | '#' | '$' => {
                let e = i + s[i..].find(|x| x != c).unwrap_or(s.len() - i);
                push(&mut self.queue, e, Class::Other)
            }
            _ => {
                // One symbol, with the marks, selectors and joined symbols that belong to it.
                let mut e = after;
                let mut join = false;
                for x in s[after..].chars() {
                    if is_mark(x) || join {
                        join = false;
                        e += x.len_utf8();
                    } else if x == '\u{200d}' {
                        join = true;
                        e += x.len_utf8();
                    } else {
                        break;
                    }
                }
                push(&mut self.queue, e, Class::Other)
            }
        }
    }
}

/// Whether `c` separates tokens: whitespace, control characters, zero-width spaces and the
/// byte-order mark. No token holds one; every other character is in a token.
pub fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{200b}' | '\u{2060}' | '\u{feff}' | '\u{fffe}')
}

/// Combining marks, variation selectors and skin tones: they belong to the character before.
fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{300}'..='\u{36f}'
        | '\u{1ab0}'..='\u{1aff}'
        | '\u{1dc0}'..='\u{1dff}'
        | '\u{20d0}'..='\u{20ff}'
        | '\u{fe00}'..='\u{fe0f}'
        | '\u{fe20}'..='\u{fe2f}'
        | '\u{1f3fb}'..='\u{1f3ff}'
        | '\u{e0100}'..='\u{e01ef}')
}

/// Letters, digits and the marks inside words (but not the modifier apostrophe `ʼ`, which
/// Unicode counts as a letter).
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    (c.is_alphanumeric() || is_mark(c) || matches!(c, '\u{ad}' | '\u{200c}' | '\u{200d}'))
        && c != '\u{2bc}'
}

/// Whether `c` may follow a closing quote (so a `'` before it closes rather than opens).
fn is_closer(c: char) -> bool {
    matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']')
}

/// The end of the run of word characters from `i`.
fn word_end(s: &str, i: usize) -> usize {
    let bytes = s.as_bytes();
    let mut e = i;
    while e < s.len() {
        let b = bytes[e];
        if b < 0x80 {
            if !b.is_ascii_alphanumeric() {
                break;
            }
            e += 1;
        } else {
            let c = s[e..].chars().next().expect("char boundary");
            if !is_word_char(c) {
                break;
            }
            e += c.len_utf8();
        }
    }
    tick(e - i);
    e
}

/// "5pm" -> 1, "35mm" -> 2, "2bn" -> 1: where a number ends before AM, PM or lower-case
/// letters (a unit, "billion", a missing space); `None` for ordinals ("3rd"), decades ("1990s")
/// and capitals ("86M").
fn number_unit_split(w: &str) -> Option<usize> {
    let b = w.as_bytes();
    let d = b.iter().position(|x| !x.is_ascii_digit())?;
    if d == 0 || !b[d..].iter().all(u8::is_ascii_alphabetic) {
        return None;
    }
    let unit = &w[d..];
    let lower = unit.bytes().all(|x| x.is_ascii_lowercase());
    let ordinal = ["st", "nd", "rd", "th", "s"]
        .iter()
        .any(|o| unit.eq_ignore_ascii_case(o));
    let am_pm = unit.eq_ignore_ascii_case("am") || unit.eq_ignore_ascii_case("pm");
    (am_pm || lower && !ordinal).then_some(d)
}

/// Two period-separated groups of an abbreviation: "U" "S", "a" "m", "Ph" "D", "M" "Sc", not
/// "it" "So" (a missing space between sentences).
fn acronym_pair(left: &str, right: &str) -> bool {
    let letters = |x: &str| !x.is_empty() && x.chars().all(char::is_alphabetic);
    if !letters(left) || !letters(right) {
        return false;
    }
    let (l, r) = (left.chars().count(), right.chars().count());
    if l > 2 || r > 2 {
        return false;
    }
    let lower_left = left.chars().all(char::is_lowercase);
    let upper_right = right.chars().next().is_some_and(char::is_uppercase);
    !(l == 2 && lower_left && upper_right)
}

/// A file extension or domain written in capitals: "DOC", "XLS", "COM".
fn is_file_extension(w: &str) -> bool {
    const EXT: &[&str] = &[
        "DOC", "DOCX", "XLS", "XLSX", "PDF", "TXT", "HTM", "HTML", "PPT", "ZIP", "COM", "ORG",
        "NET", "GOV", "EDU", "JPG", "PNG", "GIF",
    ];
    EXT.iter().any(|e| e.eq_ignore_ascii_case(w))
}

/// A single capital letter: the "W" of "George W. Bush".
fn is_initial(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
}

/// The clitics that make a multiword token after an apostrophe: 's, 're, 've, 'll, 'd, 'm.
fn is_clitic(w: &str) -> bool {
    ["s", "re", "ve", "ll", "d", "m"]
        .iter()
        .any(|c| w.eq_ignore_ascii_case(c))
}

/// Words written with a leading apostrophe: "'em", "'til", "'72".
fn is_elision(w: &str) -> bool {
    let b = w.as_bytes();
    (b.len() == 2 || b.len() == 3 && b[2] == b's') && b[..2].iter().all(u8::is_ascii_digit)
        || is_clitic(w)
        || ["em", "cause", "til", "tis", "twas", "n", "round", "bout"]
            .iter()
            .any(|e| w.eq_ignore_ascii_case(e))
}

/// The phone numbers and dates written with hyphens that stay one token ("713-853-3989",
/// "11-20-2000", "345-9945"): three or more groups of digits, or two of at least three
/// digits. Returns their end.
fn digit_groups(s: &str, i: usize) -> Option<usize> {
    let b = s.as_bytes();
    let mut groups = Vec::with_capacity(4);
    let mut j = i;
    loop {
        let k = j + b[j..].iter().take_while(|x| x.is_ascii_digit()).count();
        tick(k - j + 1);
        if k == j {
            return None;
        }
        groups.push(k - j);
        if k + 1 < b.len() && b[k] == b'-' && b[k + 1].is_ascii_digit() && groups.len() < 8 {
            j = k + 1;
        } else {
            // A letter right after the digits ("3-4pm") is not a phone number.
            if b.get(k).is_some_and(u8::is_ascii_alphabetic) {
                return None;
            }
            let ok = groups.len() >= 3 || groups.len() == 2 && groups.iter().all(|&g| g >= 3);
            return ok.then_some(k);
        }
    }
}

/// The prefixes that keep their hyphen in the treebanks ("non-state", "co-chair", "e-mail",
/// "pro-Russian", "mid-September"); after any other word a hyphen is a token of its own.
fn is_prefix(w: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "anti", "bi", "co", "counter", "cross", "e", "ex", "extra", "hyper", "inter", "intra",
        "macro", "micro", "mid", "mini", "multi", "non", "over", "post", "pre", "pro", "pseudo",
        "psycho", "re", "semi", "socio", "sub", "super", "trans", "ultra", "un",
    ];
    w.len() <= 7 && PREFIXES.iter().any(|p| w.eq_ignore_ascii_case(p))
}

/// Abbreviations that stand before a name or number and never end a sentence there.
fn is_title(w: &str) -> bool {
    const TITLES: &[&str] = &[
        "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.",
        "Adm.", "Cmdr.", "Gov.", "Sen.", "Rep.", "Rev.", "Hon.", "St.", "Mt.", "Ft.", "No.",
        "Nos.", "vs.", "v.",
    ];
    TITLES.contains(&w)
}

/// Month names and their abbreviations, which may stand in a dateline.
fn is_month(w: &str) -> bool {
    const MONTHS: &[&str] = &[
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
        "Jan.",
        "Feb.",
        "Mar.",
        "Apr.",
        "Jun.",
        "Jul.",
        "Aug.",
        "Sep.",
        "Sept.",
        "Oct.",
        "Nov.",
        "Dec.",
    ];
    MONTHS.contains(&w)
}

/// Capitalised words that nearly always open a sentence: after an abbreviation ("in the U.S.
/// The ...") they show that the sentence ended there.
fn is_starter(w: &str) -> bool {
    const STARTERS: &[&str] = &[
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "You",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "But",
        "And",
        "Or",
        "So",
        "In",
        "On",
        "At",
        "For",
        "If",
        "When",
        "While",
        "As",
        "After",
        "Before",
        "His",
        "Her",
        "Its",
        "Their",
        "Our",
        "My",
        "Your",
        "What",
        "How",
        "Why",
        "Where",
        "Who",
        "However",
        "Meanwhile",
        "Also",
        "Then",
        "Yet",
        "Still",
        "Some",
        "Many",
        "Most",
        "All",
        "Both",
        "Each",
        "One",
        "No",
        "Not",
        "Now",
        "Since",
        "Although",
        "Though",
        "Because",
        "During",
        "According",
        "Earlier",
        "Later",
        "Last",
        "Next",
        "Other",
        "Such",
        "Please",
        "Thanks",
        "Thank",
    ];
    STARTERS.contains(&w)
}

/// Function words that do not end a line of prose: a line break after one is a wrap.
fn is_function_word(w: &str) -> bool {
    const WORDS: &[&str] = &[
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "and",
        "or", "but", "nor", "that", "which", "who", "whom", "whose", "as", "than", "is", "are",
        "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should",
        "may", "might", "can", "its", "their", "his", "her", "our", "this", "these", "those",
        "about", "over", "under", "between", "after", "before", "during", "against", "said", "not",
        "also", "if", "when", "while", "where", "some", "many", "all", "both", "each", "such",
        "very", "more", "most", "no", "any", "every",
    ];
    WORDS.contains(&w)
}

/// Words after which "its" is "it's" written without an apostrophe ("its a shame").
fn is_its_verb_context(w: &str) -> bool {
    // Not "only", "very", "so", "pretty", "like", "all", "now": "its only ally", "its very
    // existence", "its so-called", "its like-minded partners".
    const WORDS: &[&str] = &[
        "a",
        "an",
        "not",
        "really",
        "simply",
        "just",
        "also",
        "been",
        "definitely",
        "always",
        "never",
        "too",
        "getting",
        "going",
        "gonna",
        "ok",
        "okay",
    ];
    WORDS.iter().any(|x| w.eq_ignore_ascii_case(x))
}

/// Emoticons (":)", ";-)", ":D", "^_^", "<3") at `i`, when nothing word-like follows them.
fn emoticon(s: &str, i: usize) -> Option<usize> {
    let b = &s.as_bytes()[i..];
    let len = match b {
        [b'^', b'_', b'^', ..] => 3,
        [b'<', b'3', ..] => 2,
        [b':' | b';' | b'=', b'-', m, ..] if b")(DPpO/|]".contains(m) => 3,
        [b':' | b';' | b'=', m, ..] if b")(DPpO/|]".contains(m) => 2,
        _ => return None,
    };
    let rest = &s[i + len..];
    let free = rest.chars().next().is_none_or(|c| !is_word_char(c));
    // "(see note:)" is no emoticon; ":)" after a word or at the start is.
    (free && !(b[1] == b')' && rest.is_empty() && s[..i].contains('('))).then_some(i + len)
}

/// The first URL ("http://...", "www....") or e-mail address ("name@host.tld", also behind
/// "mailto:") in run `s` at or after `from`: its span. Each byte is looked at a bounded number
/// of times over all the calls for a run.
fn find_link(s: &str, from: usize) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    let mut i = from;
    while i < b.len() {
        let found = match b[i] {
            b'@' => email_at(s, from, i),
            b':' if b[i..].starts_with(b"://") => {
                let scheme = b[from..i]
                    .iter()
                    .rev()
                    .take_while(|c| c.is_ascii_alphabetic())
                    .count();
                (scheme >= 2)
                    .then(|| url_from(s, i - scheme, i + 3))
                    .flatten()
            }
            b'w' | b'W'
                if b.len() - i > 4
                    && b[i..i + 4].eq_ignore_ascii_case(b"www.")
                    && (i == from || !b[i - 1].is_ascii_alphanumeric()) =>
            {
                url_from(s, i, i + 4)
            }
            _ => None,
        };
        if found.is_some() {
            tick(i - from);
            return found;
        }
        i += 1;
    }
    tick(b.len() - from);
    None
}

/// The URL that starts at `a`, whose fixed part ("http://", "www.") ends at `body`: it runs to
/// a quote, an angle bracket or the end of the run, less closing punctuation.
fn url_from(s: &str, a: usize, body: usize) -> Option<(usize, usize)> {
    let rest = &s[body..];
    let stop = rest
        .find(['<', '>', '"', '“', '”', '«', '»'])
        .unwrap_or(rest.len());
    let url = rest[..stop].trim_end_matches(|c: char| {
        matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '’' | ')' | ']' | '}'
        )
    });
    tick(stop);
    (!url.is_empty()).then_some((a, body + url.len()))
}

/// The e-mail address around the `@` at `at` in run `s` (not before `from`).
fn email_at(s: &str, from: usize, at: usize) -> Option<(usize, usize)> {
    let user_char = |c: char| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '+');
    let host_char = |c: char| c.is_alphanumeric() || matches!(c, '.' | '-');
    let mut a = at;
    for (j, c) in s[from..at].char_indices().rev() {
        if !user_char(c) {
            break;
        }
        a = from + j;
    }
    // The user part starts with a letter or digit ("...name@" is punctuation and a name).
    a += s[a..at]
        .find(|c: char| c.is_alphanumeric())
        .unwrap_or(at - a);
    let host_len = s[at + 1..]
        .find(|c: char| !host_char(c))
        .unwrap_or(s.len() - at - 1);
    let host = s[at + 1..at + 1 + host_len].trim_end_matches(['.', '-']);
    tick(at - a + host_len);
    let tld = host.rsplit_once('.');
    let ok = a < at
        && tld.is_some_and(|(name, tld)| {
            !name.is_empty() && tld.len() >= 2 && tld.chars().all(char::is_alphabetic)
        });
    if !ok {
        return None;
    }
    let before = &s.as_bytes()[from..a];
    if before.len() >= 7 && before[before.len() - 7..].eq_ignore_ascii_case(b"mailto:") {
        a -= 7;
    }
    Some((a, at + 1 + host.len()))
}

/// The lexicon learnt from the treebanks' training splits (see `tokenize-lexicon.txt`) and
/// the hand-written additions.
struct Lexicon {
    abbreviations: FxHashSet<&'static str>,
    /// Lower-cased words written without an apostrophe that the treebanks split ("cannot",
    /// "gonna", "dont") with the offsets of their words but the first, by length.
    contractions: [Vec<(&'static str, [u16; 3], u8)>; MAX_CONTRACTION + 1],
    /// By length, bit `c - b'a'` is set when a contraction of that length starts with `c`.
    contraction_initials: [u32; MAX_CONTRACTION + 1],
}

/// The longest contraction the lexicon may hold, in bytes.
const MAX_CONTRACTION: usize = 12;

/// Abbreviations of news English that the training splits do not show often enough: months,
/// titles, company forms, U.S. states as AP writes them.
const MORE_ABBREVIATIONS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mr",
    "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Cpl", "Pvt", "Adm",
    "Cmdr", "Gov", "Sen", "Rep", "Reps", "Rev", "Hon", "Pres", "Supt", "Amb", "Inc", "Corp", "Co",
    "Ltd", "Bros", "Drs", "Cal", "Jr", "Sr", "St", "Mt", "Ft", "Ave", "Blvd", "Rd", "No", "Nos",
    "Vol", "vol", "vs", "etc", "approx", "est", "dept", "Dept", "Univ", "Ala", "Ariz", "Ark",
    "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass",
    "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va",
    "Vt", "Wash", "Wis", "Wyo", "al", "cf", "ca", "viz", "ibid", "Fig", "fig", "pp", "ed", "eds",
];

static LEXICON_TEXT: &str = include_str!("tokenize-lexicon.txt");

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut lex = Lexicon {
            abbreviations: MORE_ABBREVIATIONS.iter().copied().collect(),
            contractions: Default::default(),
            contraction_initials: [0; MAX_CONTRACTION + 1],
        };
        for line in LEXICON_TEXT.lines() {
            let mut f = line.split_whitespace();
            match (f.next(), f.next()) {
                (Some("abbrev"), Some(w)) => {
                    lex.abbreviations.insert(w);
                }
                (Some("split"), Some(w)) => {
                    let mut cuts = [0u16; 3];
                    let mut n = 0u8;
                    let mut at = 0u16;
                    for len in f.filter_map(|x| x.parse::<u16>().ok()) {
                        at += len;
                        if usize::from(n) < cuts.len() && usize::from(at) < w.len() {
                            cuts[usize::from(n)] = at;
                            n += 1;
                        }
                    }
                    if n > 0
                        && w.len() <= MAX_CONTRACTION
                        && w.bytes().all(|b| b.is_ascii_lowercase())
                    {
                        lex.contractions[w.len()].push((w, cuts, n));
                        lex.contraction_initials[w.len()] |= 1 << (w.as_bytes()[0] - b'a');
                    }
                }
                _ => {}
            }
        }
        lex
    })
}

impl Lexicon {
    fn is_abbreviation(&self, w: &str) -> bool {
        self.abbreviations.contains(w)
    }

    /// Splits a contraction written without an apostrophe ("cannot" = can + not).
    #[inline]
    fn contract(&self, w: &str, tok: &mut Tok) {
        let Some(&initials) = self.contraction_initials.get(w.len()) else {
            return;
        };
        let first = w.as_bytes()[0].to_ascii_lowercase().wrapping_sub(b'a');
        if first >= 26 || initials & (1 << first) == 0 {
            return;
        }
        let bucket = &self.contractions[w.len()];
        if let Some((_, cuts, n)) = bucket.iter().find(|(c, ..)| c.eq_ignore_ascii_case(w)) {
            for &c in &cuts[..usize::from(*n)] {
                tok.cut(tok.start + usize::from(c));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sentences of `text` written compactly: tokens separated by spaces, the words of a
    /// multiword token by `·`, sentences by ` | `.
    fn show(text: &str) -> String {
        let mut out = Vec::new();
        for s in sentences(text) {
            let mut toks = Vec::new();
            for t in &s.tokens {
                let words: Vec<&str> = s.words[t.words.clone()]
                    .iter()
                    .map(|&(a, b)| &text[a..b])
                    .collect();
                assert_eq!(words.concat(), &text[t.start..t.end]);
                toks.push(words.join("·"));
            }
            out.push(toks.join(" "));
        }
        out.join(" | ")
    }

    fn check(cases: &[(&str, &str)]) {
        let mut bad = Vec::new();
        for (text, want) in cases {
            let got = show(text);
            if got != *want {
                bad.push(format!("{text:?}\n  want {want}\n  got  {got}"));
            }
        }
        assert!(bad.is_empty(), "\n{}", bad.join("\n"));
    }

    #[test]
    fn punctuation_and_quotes() {
        check(&[
            ("Peace, at last!", "Peace , at last !"),
            (
                "\"We call on all sides,\" he said.",
                "\" We call on all sides , \" he said .",
            ),
            ("He said “no” (twice).", "He said “ no ” ( twice ) ."),
            ("the 'good guys' won", "the ' good guys ' won"),
            ("He left... Then", "He left ... | Then"),
            ("Wait…what?", "Wait … what ?"),
            ("Really?! Yes.", "Really ?! | Yes ."),
            ("a -- b — c", "a -- b — c"),
            ("Is it ok:)", "Is it ok :)"),
        ]);
    }

    #[test]
    fn contractions_and_possessives() {
        check(&[
            ("They don't know.", "They do·n't know ."),
            ("I can't, we won't.", "I ca·n't , we wo·n't ."),
            ("It’s Russia’s call.", "It·’s Russia·’s call ."),
            ("Armeniaʼs policy", "Armenia·ʼs policy"),
            (
                "We'll see, they've gone, I'm here, you'd go, we're",
                "We·'ll see , they·'ve gone , I·'m here , you·'d go , we·'re",
            ),
            ("Bush's plan", "Bush·'s plan"),
            ("the countries' leaders", "the countries·' leaders"),
            (
                "I cannot go, I'm gonna stay",
                "I can·not go , I·'m gon·na stay",
            ),
            ("O'Connor at 5 o'clock", "O'Connor at 5 o'clock"),
            ("in the 1960's and '70s", "in the 1960's and '70s"),
        ]);
    }

    #[test]
    fn hyphens_follow_the_treebanks() {
        check(&[
            ("al-Ani", "al - Ani"),
            ("Nagorno-Karabakh", "Nagorno - Karabakh"),
            ("a Moscow-led bloc", "a Moscow - led bloc"),
            (
                "co-chairs of the non-state e-mail",
                "co-chairs of the non-state e-mail",
            ),
            ("pro-Russian mid-September", "pro-Russian mid-September"),
            ("a 3-4 win", "a 3 - 4 win"),
            ("call 713-853-3989 now", "call 713-853-3989 now"),
            ("U.S.-led", "U.S. - led"),
        ]);
    }

    #[test]
    fn abbreviations_numbers_and_links() {
        check(&[
            (
                "Dr. Smith met Gen. Ali on Sept. 29 in the U.S. capital.",
                "Dr. Smith met Gen. Ali on Sept. 29 in the U.S. capital .",
            ),
            ("George W. Bush left.", "George W. Bush left ."),
            (
                "It cost $1,200.50, or 3.5%.",
                "It cost $ 1,200.50 , or 3.5 % .",
            ),
            ("at 5:30 p.m. today", "at 5:30 p.m. today"),
            ("at 5pm and 10am", "at 5 pm and 10 am"),
            ("the 1990s and 3rd place", "the 1990s and 3rd place"),
            (
                "See http://example.com/a-b?c=d.",
                "See http://example.com/a-b?c=d .",
            ),
            (
                "Write to (jane.doe@example.org).",
                "Write to ( jane.doe@example.org ) .",
            ),
            ("visit www.example.com, now", "visit www.example.com , now"),
            (
                "Email: \"Andre\"<web...@example.com>",
                "Email : \" Andre \" < web...@example.com >",
            ),
            (
                "mailto:amy@example.com;see:http://a.org/x.",
                "mailto:amy@example.com ; see : http://a.org/x .",
            ),
            ("Rice@ENRON wrote", "Rice@ENRON wrote"),
            (
                "apples, pears, etc. and more",
                "apples , pears , etc. and more",
            ),
            ("apples, pears, etc.", "apples , pears , etc ."),
            (
                "apples, pears etc. The end",
                "apples , pears etc . | The end",
            ),
            ("on 9/11 and 11/28/2000", "on 9/11 and 11/28/2000"),
            ("AT&T and R&D", "AT&T and R&D"),
        ]);
    }

    #[test]
    fn sentence_ends() {
        check(&[
            ("It rained. We left.", "It rained . | We left ."),
            (
                "\"Go home.\" Then he left.",
                "\" Go home . \" | Then he left .",
            ),
            ("(See below.) Next", "( See below . ) | Next"),
            (
                "He asked \"why?\" and left.",
                "He asked \" why ? \" and left .",
            ),
            ("It is 3.5 m. Then", "It is 3.5 m . | Then"),
            ("based in the U.S. The firm", "based in the U.S. | The firm"),
            ("based in the U.S. Army", "based in the U.S. Army"),
            (
                "Karabakh.Fighting broke out",
                "Karabakh . | Fighting broke out",
            ),
            ("one\n\ntwo", "one | two"),
            ("ok. so then", "ok . | so then"),
            (
                "«…We treat it as a provocation.»",
                "« … We treat it as a provocation . »",
            ),
            (
                "It ended. \"\nNo units will go,\" he said.",
                "It ended . | \" No units will go , \" he said .",
            ),
            ("Hulusi Akar ‘s claim", "Hulusi Akar ‘s claim"),
            (
                "See [17]. Next [3] one. He left. [17] Then",
                "See [ 17 ] . | Next [ 3 ] one . | He left . [ 17 ] | Then",
            ),
            (
                "I love her. :) I have a cat",
                "I love her . :) | I have a cat",
            ),
            ("He said no. Then", "He said no . | Then"),
            (
                "\"Go home.\" Then\n\"Yes.\" Now",
                "\" Go home . \" | Then | \" Yes . \" | Now",
            ),
            ("No. No.\n\nNo.", "No . | No . | No ."),
            (
                "1. The first. * 2. The second.",
                "1 . The first . | * 2 . The second .",
            ),
            ("apples etc. Pears", "apples etc . | Pears"),
            ("Acme Inc. Chairman Bob", "Acme Inc. Chairman Bob"),
            (
                "Kay Mann 04/26/2001 07:17 AM Will you go?",
                "Kay Mann | 04/26/2001 07:17 AM | Will you go ?",
            ),
            ("he said [...] and left", "he said [ ... ] and left"),
            (
                "I th- think so, reviews- fine",
                "I th- think so , reviews - fine",
            ),
            ("It is No. 5 now", "It is No. 5 now"),
            ("at 7:30PM today", "at 7:30 PM today"),
        ]);
    }

    #[test]
    fn line_breaks() {
        check(&[
            // One paragraph per line, a headline without a full stop.
            (
                "Armenia and Azerbaijan Argue\nOn May 12, an incident occurred.\nBoth sides spoke.",
                "Armenia and Azerbaijan Argue | On May 12 , an incident occurred . | Both sides spoke .",
            ),
            // Hard-wrapped text: wraps after a function word, before a lower-case word, and
            // then everywhere in the paragraph.
            (
                "Russia urged Turkey to work to bring an end to the\nclashes as Ankara has backed\nAzerbaijan. Peskov said\nRussia was in contact.",
                "Russia urged Turkey to work to bring an end to the clashes as Ankara has backed Azerbaijan . | Peskov said Russia was in contact .",
            ),
            (
                "Kremlin Urges Turkey\n\nClashes began.",
                "Kremlin Urges Turkey | Clashes began .",
            ),
        ]);
    }

    #[test]
    fn datelines() {
        check(&[
            (
                "WASHINGTON (Reuters) - U.S. officials said so.",
                "WASHINGTON ( Reuters ) - | U.S. officials said so .",
            ),
            (
                "STATE DEPARTMENT - U.S. Secretary of State spoke.",
                "STATE DEPARTMENT - | U.S. Secretary of State spoke .",
            ),
            (
                "YEREVAN, Armenia, Sept. 29 (AP) — Fighting went on.",
                "YEREVAN , Armenia , Sept. 29 ( AP ) — | Fighting went on .",
            ),
            ("PS - we also have cats.", "PS - we also have cats ."),
            (
                "Indianapolis, Indiana, United States - This past week it opened.",
                "Indianapolis , Indiana , United States - | This past week it opened .",
            ),
            ("Good Food - The best.", "Good Food - The best ."),
            (
                "ISLAMABAD/NEW DELHI -- Pakistan and India agreed.",
                "ISLAMABAD / NEW DELHI -- | Pakistan and India agreed .",
            ),
            (
                "ISTANBUL, TURKEY | Xinhua | Delegations met.",
                "ISTANBUL , TURKEY | Xinhua | | Delegations met .",
            ),
            (
                "Intro.\n\nMOSCOW - Talks began.",
                "Intro . | MOSCOW - | Talks began .",
            ),
        ]);
    }

    #[test]
    fn offsets_and_space_after() {
        let text = "  Hi,  there.\n";
        let s: Vec<RawSentence> = sentences(text).collect();
        assert_eq!(s.len(), 1);
        let s = &s[0];
        assert_eq!((s.start, s.end), (2, 13));
        let spans: Vec<(usize, usize, bool)> = s
            .tokens
            .iter()
            .map(|t| (t.start, t.end, t.space_after))
            .collect();
        assert_eq!(
            spans,
            vec![(2, 4, false), (4, 5, true), (7, 12, false), (12, 13, true)]
        );
        assert_eq!(
            s.word_forms(text).collect::<Vec<_>>(),
            ["Hi", ",", "there", "."]
        );
    }

    #[test]
    fn odd_text_never_panics_and_offsets_stay_on_char_boundaries() {
        let texts = [
            "",
            "   \n\n  ",
            "\0\0abc\0def\u{1}",
            "Привет, мир! 你好。 مرحبا بالعالم. 🇦🇲🇦🇿 👍🏽 ❤️ ok",
            "e\u{301}te\u{301}’s",
            "'''\"\"\"'",
            "x'",
            "'",
            "n't",
            "-'s",
            "...",
            "\u{2029}a\u{2028}b\r\nc\rd",
            "\u{feff}text\u{200b}more",
            "a.b.c.d.e.f.g.h",
            "1,2,3,4,000,5.6.7:8/9-10-11-12-13-14-15-16-17",
        ];
        for text in texts {
            let mut words = 0;
            let mut last = 0;
            for s in sentences(text) {
                assert!(!s.tokens.is_empty(), "{text:?}");
                for t in &s.tokens {
                    assert!(t.start < t.end && t.end <= text.len(), "{text:?}");
                    assert!(t.start >= last, "{text:?}");
                    last = t.end;
                    assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
                    assert!(!text[t.start..t.end].chars().any(is_separator), "{text:?}");
                }
                for &(a, b) in &s.words {
                    assert!(a < b && text.is_char_boundary(a) && text.is_char_boundary(b));
                }
                words += s.words.len();
            }
            assert!(words <= text.len());
        }
    }

    /// Every non-separator character of the text is in exactly one token.
    fn covers(text: &str) -> bool {
        let mut covered = 0usize;
        for s in sentences(text) {
            for t in &s.tokens {
                covered += text[t.start..t.end].chars().count();
            }
        }
        covered == text.chars().filter(|c| !is_separator(*c)).count()
    }

    #[test]
    fn tokens_cover_the_text() {
        for text in [
            "Dr. Smith's e-mail (jane@x.org) said: \"don't\" -- 3.5% of $1,200.",
            "\0\u{7f}a\u{85}b",
            "😀😀 a😀b",
        ] {
            assert!(covers(text), "{text:?}");
        }
    }

    /// Counts the sentences and words of `text` and the largest sentence.
    fn shape(text: &str) -> (usize, usize, usize) {
        let (mut n, mut words, mut max) = (0, 0, 0);
        for s in sentences(text) {
            n += 1;
            words += s.words.len();
            max = max.max(s.words.len());
        }
        (n, words, max)
    }

    #[test]
    fn long_runs_are_cut_and_linear() {
        // 100,000 commas in one line: runs of MAX_RUN bytes, each one token.
        let commas = ",".repeat(100_000);
        let (_, words, max) = shape(&commas);
        assert!(max <= MAX_WORDS);
        assert_eq!(words, 100_000usize.div_ceil(MAX_RUN));
        // A long run of two-byte letters: cut between characters, no space after a cut.
        let accents = "é".repeat(100_000);
        let all: Vec<RawSentence> = sentences(&accents).collect();
        let toks: Vec<&Token> = all.iter().flat_map(|s| &s.tokens).collect();
        assert!(toks.iter().all(|t| t.end - t.start <= MAX_RUN));
        let bytes: usize = toks.iter().map(|t| t.end - t.start).sum();
        assert_eq!(bytes, accents.len());
        assert!(toks.iter().all(|t| !t.space_after));
        // Words without punctuation: sentences of at most MAX_WORDS words.
        let flat = "word ".repeat(200_000);
        let (n, words, max) = shape(&flat);
        assert_eq!(words, 200_000);
        assert_eq!(max, MAX_WORDS);
        assert_eq!(n, 200_000 / MAX_WORDS);
        // Comma-separated words: cut after a comma in the second half.
        let list = "a, ".repeat(10_000);
        for s in sentences(&list) {
            assert!(s.words.len() <= MAX_WORDS);
            assert_eq!(&list[s.tokens.last().unwrap().start..s.end], ",");
        }
    }

    /// The scanning work for `text`, as counted by `tick`.
    fn work(text: &str) -> usize {
        WORK.with(|w| w.set(0));
        let words: usize = sentences(text).map(|s| s.words.len()).sum();
        assert!(words <= text.len());
        WORK.with(|w| w.get())
    }

    #[test]
    fn work_grows_linearly() {
        // Four times the text, four times the work, for every kind of long input.
        let units = [
            "word ",
            ",",
            "a,",
            "x",
            "Dr. ",
            "U.S.-led ",
            "'",
            "don't ",
            ":)",
            "a.",
            "1-",
            "a'",
            "...",
            "\"",
            "(",
            "-- ",
            "\n",
            "\n\n",
            "Ab\n",
        ];
        for unit in units {
            let a = work(&unit.repeat(20_000));
            let b = work(&unit.repeat(80_000));
            let growth = b as f64 / a as f64;
            assert!((3.9..=4.1).contains(&growth), "{unit:?}: {a} then {b}");
            assert!(a <= 12 * 20_000 * unit.len(), "{unit:?}: {a}");
        }
        // Within a run of text without spaces too: the work per byte does not grow with the
        // run's length.
        for unit in [
            ":)", "a.", "1-", "'", "a'", "U.S.", "-", "...", "a-", "e-", "1,000", "x@",
        ] {
            let runs = |len: usize| {
                let run = unit.repeat(len / unit.len());
                format!("{run} ").repeat(65_536 / len)
            };
            let (short, long) = (runs(64), runs(MAX_RUN));
            let per_byte = |t: &str| work(t) as f64 / t.len() as f64;
            assert!(
                per_byte(&long) <= 1.5 * per_byte(&short) + 0.5,
                "{unit:?}: {} then {}",
                per_byte(&short),
                per_byte(&long)
            );
        }
    }
}
