//! PETRARCH verb-pattern dictionaries (`CAMEO.2.0.txt`): synonym sets (`&CURRENCY`), verb blocks
//! (`--- MEET [040] ---`) of verbs with their forms (`MEET {MEETS MET MEETING}`) and their
//! patterns (`- * (WITH +) [043] # MEET`); see `docs/dictionaries.md` for the syntax, the keys
//! and the order of the patterns.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use super::{lines, phrase_key, plural, read_file, strict};
use crate::diag::{Diagnostic, Diagnostics};

/// One element of a pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Element {
    /// A word, lower-case as written (patterns name word forms, "talks", not lemmas); several
    /// words joined by `_` in the file are one element with single spaces ("debt relief").
    Word(String),
    /// A synonym set, by name without the `&` (`CURRENCY`); see [`VerbDictionary::synset`].
    Synset(String),
    /// `$`: the source actor.
    Source,
    /// `+`: the target actor.
    Target,
    /// `%`: a compound actor, source and target together ("A and B" acting jointly).
    Compound,
    /// `^`: a noun phrase that is skipped (TABARI's skip: "(IN ^)" is "in" and any place).
    Skip,
    /// `{...}`: a noun phrase; its last element is the head, the others modify it.
    Phrase(Vec<Element>),
    /// `(...)`: a prepositional phrase, the preposition and what it governs ("(WITH +)").
    Prep {
        /// The preposition, lower-case.
        prep: String,
        /// What the preposition governs (may be empty: "(TO)").
        inside: Vec<Element>,
    },
}

impl Element {
    /// How many words and markers the element holds: a measure of how specific it is.
    pub fn weight(&self) -> usize {
        match self {
            Element::Word(w) => w.split(' ').count(),
            Element::Phrase(inside) => inside.iter().map(Element::weight).sum(),
            Element::Prep { inside, .. } => 1 + inside.iter().map(Element::weight).sum::<usize>(),
            _ => 1,
        }
    }
}

/// One pattern of a verb block: what stands before and after the verb, and the code it gives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pattern {
    /// The elements before the verb (`*`), in text order.
    pub before: Vec<Element>,
    /// The elements after the verb, in text order.
    pub after: Vec<Element>,
    /// The CAMEO event code (`043`); `None` for the null code `---`, which means "no event".
    pub code: Option<String>,
    /// The secondary code after `:` (`[042:043]` gives `043`; PETRARCH's docs say only that the
    /// null code may also be a secondary code); `None` when absent, empty or `---`.
    pub second_code: Option<String>,
    /// The comment after `#`: the verb the pattern was first written for, and the coder.
    pub comment: String,
    /// The line of the pattern.
    pub line: u64,
}

impl Pattern {
    /// The pattern's weight: the words and markers of both sides (see [`Element::weight`]).
    pub fn weight(&self) -> usize {
        self.before
            .iter()
            .chain(&self.after)
            .map(Element::weight)
            .sum()
    }
}

/// A verb of the dictionary: its forms, its code and the patterns of its block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerbEntry {
    /// The key: the lemma lower-case, a multiword verb's words joined by single spaces in text
    /// order (`meet`, `beef up`, `re arrest`).
    pub lemma: String,
    /// Which word of the lemma is the verb the parser finds (`+` in the file; the first word
    /// when no `+` is written): 1 in `re arrest`, 0 in `beef up`.
    pub head: usize,
    /// Every form that names the verb, the lemma first (`meet`, `meets`, `met`, `meeting`):
    /// those in `{...}`, or the regular forms PETRARCH makes (`-s`/`-es`/`-ies`, `-ed`/`-d`,
    /// `-ing`) when none are given.
    pub forms: Vec<String>,
    /// The verb's own code (`ASK [020]`), else its block's; `None` when neither gives one.
    pub code: Option<String>,
    /// The code of the block header (`--- MEET [040] ---`); `None` for `[---]`.
    pub block_code: Option<String>,
    /// The block's name (`MEET`).
    pub block: String,
    /// The block's patterns, most specific first (see `docs/dictionaries.md`).
    pub patterns: Arc<[Pattern]>,
    /// The line the verb is written on.
    pub line: u64,
}

/// A verb-pattern dictionary.
#[derive(Clone, Debug, Default)]
pub struct VerbDictionary {
    verbs: Vec<VerbEntry>,
    by_lemma: HashMap<String, usize>,
    forms: HashMap<String, usize>,
    /// Head word's lemma -> the multiword verbs built on it.
    multiword: HashMap<String, Vec<usize>>,
    synsets: HashMap<String, Vec<String>>,
    blocks: usize,
    patterns: usize,
}

/// A verb line waiting for its block's patterns.
struct PendingVerb {
    lemma: String,
    head: usize,
    forms: Vec<String>,
    code: Option<Option<String>>,
    line: u64,
}

/// The block being read.
struct Block {
    name: String,
    code: Option<String>,
    verbs: Vec<PendingVerb>,
    patterns: Vec<Pattern>,
}

/// Where the reader is.
enum Mode {
    Start,
    Synset(String),
    Block,
}

impl VerbDictionary {
    /// Reads a verb dictionary file; any problem is an error naming the file, line and field.
    pub fn read(path: &Path) -> Result<VerbDictionary, Diagnostics> {
        let text = read_file(path)?;
        Self::parse(&text, &path.display().to_string())
    }

    /// Parses a verb dictionary; any problem is an error.
    pub fn parse(text: &str, file: &str) -> Result<VerbDictionary, Diagnostics> {
        let (dict, problems) = Self::parse_lenient(text, file);
        strict(dict, problems)
    }

    /// Parses a verb dictionary, skipping the lines with a problem (a pattern with an unknown
    /// synonym set too) and returning the problems beside it.
    pub fn parse_lenient(text: &str, file: &str) -> (VerbDictionary, Diagnostics) {
        let mut problems = Diagnostics::default();
        let mut dict = VerbDictionary::default();
        let mut mode = Mode::Start;
        let mut block: Option<Block> = None;
        // (synset names used, line) of every pattern kept, checked once every set is known.
        let mut uses: Vec<(String, u64)> = Vec::new();
        let mut all_blocks: Vec<Block> = Vec::new();
        for line in lines(text) {
            let problem = |field: Option<&str>, msg: String| {
                Diagnostic::new(file, Some(line.number), field, msg)
            };
            let body = line.text.trim();
            if body.starts_with('~') {
                // `~ a (a b ATTACK) SAY = a b 015`: PETRARCH's rewrites of reported events are
                // read past; casus's coder handles reported speech itself.
                continue;
            }
            if let Some(name) = body.strip_prefix('&') {
                let name = synset_key(name);
                if name.is_empty() || name.contains(' ') {
                    problems.push(problem(
                        Some("synset"),
                        format!("'&{name}' is not a synonym-set name"),
                    ));
                    continue;
                }
                let no_plurals = body.trim_end().ends_with('_');
                dict.synsets.entry(name.clone()).or_default();
                mode = Mode::Synset(if no_plurals { format!("{name}_") } else { name });
                continue;
            }
            if let Some(member) = body.strip_prefix('+')
                && let Mode::Synset(label) = &mode
            {
                let (name, no_plurals) = match label.strip_suffix('_') {
                    Some(n) => (n, true),
                    None => (label.as_str(), false),
                };
                let key = phrase_key(member);
                if key.is_empty() || member.contains(['[', ']', '&', '$', '%', '^', '*']) {
                    problems.push(problem(
                        Some("synset"),
                        format!("'+{member}' is not a word or phrase of a synonym set"),
                    ));
                    continue;
                }
                let set = dict.synsets.entry(name.to_string()).or_default();
                let stopped = member.trim_end().ends_with('_');
                if !no_plurals && !stopped {
                    let p = plural(&key);
                    set.push(key);
                    set.push(p);
                } else {
                    set.push(key);
                }
                continue;
            }
            if body.starts_with("---") {
                match block_header(body) {
                    Ok((name, code)) => {
                        if let Some(b) = block.take() {
                            all_blocks.push(b);
                        }
                        block = Some(Block {
                            name,
                            code,
                            verbs: Vec::new(),
                            patterns: Vec::new(),
                        });
                        mode = Mode::Block;
                    }
                    Err(msg) => problems.push(problem(Some("block"), msg)),
                }
                continue;
            }
            let Some(current) = block.as_mut() else {
                problems.push(problem(
                    None,
                    format!(
                        "'{body}' comes before any '--- NAME [code] ---' block header (or is a \
                         '+' line outside a synonym set)"
                    ),
                ));
                continue;
            };
            mode = Mode::Block;
            if let Some(pattern) = body.strip_prefix('-') {
                match parse_pattern(pattern, line.comment, line.number) {
                    Ok(expanded) => {
                        for p in expanded {
                            for name in synsets_of(&p) {
                                uses.push((name, line.number));
                            }
                            current.patterns.push(p);
                        }
                    }
                    Err((field, msg)) => problems.push(problem(Some(field), msg)),
                }
                continue;
            }
            match parse_verb(body, line.number) {
                Ok(v) => current.verbs.push(v),
                Err((field, msg)) => problems.push(problem(Some(field), msg)),
            }
        }
        if let Some(b) = block.take() {
            all_blocks.push(b);
        }
        // Patterns naming an unknown synonym set are dropped, as PETRARCH does.
        let mut unknown: Vec<(String, u64)> = uses
            .into_iter()
            .filter(|(name, _)| !dict.synsets.contains_key(name))
            .collect();
        unknown.sort_by_key(|(_, l)| *l);
        for (name, line) in &unknown {
            problems.push(Diagnostic::new(
                file,
                Some(*line),
                Some("synset"),
                format!("the synonym set &{name} is not defined in the dictionary"),
            ));
        }
        let bad_lines: std::collections::HashSet<u64> = unknown.iter().map(|(_, l)| *l).collect();
        for b in all_blocks {
            dict.add_block(b, &bad_lines);
        }
        problems.0.sort_by_key(|d| d.line);
        (dict, problems)
    }

    fn add_block(&mut self, b: Block, bad_lines: &std::collections::HashSet<u64>) {
        self.blocks += 1;
        let mut patterns: Vec<Pattern> = b
            .patterns
            .into_iter()
            .filter(|p| !bad_lines.contains(&p.line))
            .collect();
        // Most specific first; equal weights keep the file's order (a stable sort).
        patterns.sort_by_key(|p| std::cmp::Reverse(p.weight()));
        self.patterns += patterns.len();
        let patterns: Arc<[Pattern]> = patterns.into();
        for v in b.verbs {
            if let Some(&i) = self.by_lemma.get(&v.lemma) {
                // A verb listed again keeps its first block's code; a later block's patterns
                // join the first's, so that none is unreachable ("reopen" is listed under
                // RE_ESTABLISH and under START, whose "- * BORDER [050]" it would else never
                // match). Most specific first again, the first block's ahead on equal weights.
                let e = &mut self.verbs[i];
                // Listed twice in one block, first bare and then with a code of its own
                // ("BEAT" and "BEAT {BEATS ...} [182]" under DESTROY): the own code is the
                // entry's meaning, the block's was only inherited.
                if e.block == b.name
                    && e.code == e.block_code
                    && let Some(own) = v.code
                {
                    e.code = own;
                    for f in &v.forms {
                        self.forms.entry(f.clone()).or_insert(i);
                    }
                }
                if e.block != b.name {
                    let mut merged: Vec<Pattern> =
                        e.patterns.iter().chain(patterns.iter()).cloned().collect();
                    merged.sort_by_key(|p| std::cmp::Reverse(p.weight()));
                    e.patterns = merged.into();
                }
                continue;
            }
            let index = self.verbs.len();
            self.by_lemma.insert(v.lemma.clone(), index);
            for f in &v.forms {
                self.forms.entry(f.clone()).or_insert(index);
            }
            let words: Vec<&str> = v.lemma.split(' ').collect();
            if words.len() > 1 {
                self.multiword
                    .entry(words[v.head].to_string())
                    .or_default()
                    .push(index);
            }
            let code = match v.code {
                Some(own) => own,
                None => b.code.clone(),
            };
            self.verbs.push(VerbEntry {
                lemma: v.lemma,
                head: v.head,
                forms: v.forms,
                code,
                block_code: b.code.clone(),
                block: b.name.clone(),
                patterns: patterns.clone(),
                line: v.line,
            });
        }
    }

    /// The verb with this lemma (lower-case; a multiword verb's words joined by one space:
    /// `walk out`), if the dictionary has it.
    pub fn lookup(&self, lemma: &str) -> Option<&VerbEntry> {
        self.by_lemma.get(lemma).map(|&i| &self.verbs[i])
    }

    /// The lemma of a lower-case verb form listed in (or made for) the dictionary (`met` ->
    /// `meet`, `cordoned off` -> `cordon off`); a lemma gives itself.
    pub fn lemma_of(&self, form: &str) -> Option<&str> {
        self.forms.get(form).map(|&i| self.verbs[i].lemma.as_str())
    }

    /// The multiword verbs whose verb word has this lemma (`beef` -> `beef up`), for a coder
    /// that finds the verb and then its particle.
    pub fn multiword(&self, head: &str) -> impl Iterator<Item = &VerbEntry> {
        self.multiword
            .get(head)
            .into_iter()
            .flatten()
            .map(|&i| &self.verbs[i])
    }

    /// The phrases of a synonym set (`CURRENCY` or `&currency`), lower-case, with the plurals
    /// PETRARCH forms; empty when the set is unknown.
    pub fn synset(&self, name: &str) -> &[String] {
        self.synsets
            .get(&synset_key(name))
            .map_or(&[], Vec::as_slice)
    }

    /// Every verb, in file order.
    pub fn iter(&self) -> impl Iterator<Item = &VerbEntry> {
        self.verbs.iter()
    }

    /// How many verbs (distinct lemmas) the dictionary has.
    pub fn len(&self) -> usize {
        self.verbs.len()
    }

    /// Whether the dictionary has no verbs.
    pub fn is_empty(&self) -> bool {
        self.verbs.is_empty()
    }

    /// How many verb blocks, patterns (after `/` alternatives are expanded), synonym sets and
    /// verb forms the dictionary has.
    pub fn counts(&self) -> VerbCounts {
        VerbCounts {
            blocks: self.blocks,
            verbs: self.verbs.len(),
            forms: self.forms.len(),
            patterns: self.patterns,
            synsets: self.synsets.len(),
        }
    }
}

/// The sizes of a verb dictionary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VerbCounts {
    /// Verb blocks.
    pub blocks: usize,
    /// Verbs (distinct lemmas).
    pub verbs: usize,
    /// Verb forms looked up by [`VerbDictionary::lemma_of`].
    pub forms: usize,
    /// Patterns, over all blocks.
    pub patterns: usize,
    /// Synonym sets.
    pub synsets: usize,
}

/// A synonym set's name as stored: upper-case, without `&` and a trailing `_`.
fn synset_key(name: &str) -> String {
    let name = name.trim();
    let name = name.strip_prefix('&').unwrap_or(name);
    let name = name.strip_suffix('_').unwrap_or(name);
    name.to_uppercase()
}

/// `---  MEET   [040]  ---`: the name and the code.
fn block_header(body: &str) -> Result<(String, Option<String>), String> {
    let inner = body.trim_matches('-').trim();
    let Some(open) = inner.find('[') else {
        return Err(format!(
            "'{body}': a block header is '--- NAME [code] ---' (use [---] for no code)"
        ));
    };
    let Some(close) = inner[open..].find(']').map(|i| open + i) else {
        return Err(format!("'{body}': the code has no closing ']'"));
    };
    let name = inner[..open].trim();
    if name.is_empty() {
        return Err(format!("'{body}': the block has no name"));
    }
    let code = primary_code(&inner[open + 1..close]).map_err(|m| format!("'{body}': {m}"))?;
    Ok((name.to_string(), code))
}

/// A CAMEO event code as written in brackets: digits and letters, or `---` for none.
fn event_code(text: &str) -> Result<Option<String>, String> {
    let t = text.trim();
    if t.is_empty() || t == "---" {
        return Ok(None);
    }
    if t.bytes().all(|b| b.is_ascii_alphanumeric()) {
        Ok(Some(t.to_string()))
    } else {
        Err(format!(
            "'{t}' is not an event code such as 043 (or --- for none)"
        ))
    }
}

/// The first code of a block header's or a verb's `[code]` or `[code:second]` (a few headers
/// carry two codes, as patterns do; the verb takes the first).
fn primary_code(text: &str) -> Result<Option<String>, String> {
    match text.split_once(':') {
        Some((first, second)) => {
            event_code(second)?;
            event_code(first)
        }
        None => event_code(text),
    }
}

/// A verb line: `MEET`, `SAY {SAID SAYING} [010]`, `+BEEF_UP`, `RE_+ARREST`.
fn parse_verb(body: &str, line: u64) -> Result<PendingVerb, (&'static str, String)> {
    let (body, code) = match body.find('[') {
        Some(open) => {
            let Some(close) = body[open..].find(']').map(|i| open + i) else {
                return Err(("code", format!("'{}' has no closing ']'", &body[open..])));
            };
            if !body[close + 1..].trim().is_empty() {
                return Err((
                    "verb",
                    format!(
                        "unexpected text after the code: '{}'",
                        body[close + 1..].trim()
                    ),
                ));
            }
            let code = primary_code(&body[open + 1..close]).map_err(|m| ("code", m))?;
            (body[..open].trim(), Some(code))
        }
        None => (body, None),
    };
    let (primary, listed) = match body.find('{') {
        Some(open) => {
            let Some(close) = body[open..].find('}').map(|i| open + i) else {
                return Err(("forms", format!("'{}' has no closing '}}'", &body[open..])));
            };
            if !body[close + 1..].trim().is_empty() {
                return Err((
                    "forms",
                    format!(
                        "unexpected text after the forms: '{}'",
                        body[close + 1..].trim()
                    ),
                ));
            }
            let forms: Vec<&str> = body[open + 1..close]
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|f| !f.is_empty())
                .collect();
            (body[..open].trim(), Some(forms))
        }
        None => (body.trim(), None),
    };
    if primary.split_whitespace().count() != 1 {
        return Err((
            "verb",
            format!(
                "'{primary}': a verb is one word, or words joined by '_' (CORDON_+OFF marks the \
                 verb with '+')"
            ),
        ));
    }
    let (lemma, head) = verb_words(primary).map_err(|m| ("verb", m))?;
    let mut forms = vec![lemma.clone()];
    match listed {
        Some(listed) => {
            for f in listed {
                let (form, _) = verb_words(f).map_err(|m| ("forms", m))?;
                if !forms.contains(&form) {
                    forms.push(form);
                }
            }
        }
        None => {
            let words: Vec<&str> = lemma.split(' ').collect();
            for inflected in regular_forms(words[head]) {
                let mut w: Vec<&str> = words.clone();
                w[head] = &inflected;
                let form = w.join(" ");
                if !forms.contains(&form) {
                    forms.push(form);
                }
            }
        }
    }
    Ok(PendingVerb {
        lemma,
        head,
        forms,
        code,
        line,
    })
}

/// The lower-case words of a verb token (`RE_+ARREST` -> `re arrest`, head 1).
fn verb_words(token: &str) -> Result<(String, usize), String> {
    let mut words = Vec::new();
    let mut head = None;
    for (i, w) in token.split('_').filter(|w| !w.is_empty()).enumerate() {
        let w = match w.strip_prefix('+') {
            Some(rest) => {
                if head.is_some() {
                    return Err(format!("'{token}': one word may be marked with '+'"));
                }
                head = Some(i);
                rest
            }
            None => w,
        };
        if w.is_empty()
            || !w
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '\'')
        {
            return Err(format!("'{token}' is not a verb: use letters, '-' and '_'"));
        }
        words.push(w.to_lowercase());
    }
    if words.is_empty() {
        return Err(format!("'{token}' is not a verb"));
    }
    Ok((words.join(" "), head.unwrap_or(0)))
}

/// PETRARCH's regular forms of a lower-case verb: `-es` after s, x, z, `-ies` for `-y`, else
/// `-s`; `-d` after e, else `-ed`; `-ing`, dropping an `e` that follows a consonant.
fn regular_forms(verb: &str) -> [String; 3] {
    let third = if verb.ends_with(['s', 'x', 'z']) {
        format!("{verb}es")
    } else if let Some(stem) = verb.strip_suffix('y') {
        format!("{stem}ies")
    } else {
        format!("{verb}s")
    };
    let past = if verb.ends_with('e') {
        format!("{verb}d")
    } else {
        format!("{verb}ed")
    };
    let bytes = verb.as_bytes();
    let n = bytes.len();
    let ing = if n >= 2 && bytes[n - 1] == b'e' && !b"aeiou".contains(&bytes[n - 2]) {
        format!("{}ing", &verb[..n - 1])
    } else {
        format!("{verb}ing")
    };
    [third, past, ing]
}

/// How deep `(` and `{` may nest in a pattern.
const MAX_NESTING: usize = 16;

/// A token of a pattern.
#[derive(Debug, PartialEq, Eq)]
enum Tok<'a> {
    Open(char),
    Close(char),
    Star,
    Text(&'a str),
}

fn tokens(text: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let special = matches!(c, '(' | ')' | '{' | '}' | '*') || c.is_whitespace();
        if special {
            if let Some(s) = start.take() {
                out.push(Tok::Text(&text[s..i]));
            }
            match c {
                '(' | '{' => out.push(Tok::Open(c)),
                ')' | '}' => out.push(Tok::Close(c)),
                '*' => out.push(Tok::Star),
                _ => {}
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push(Tok::Text(&text[s..]));
    }
    out
}

/// A pattern line after its `-`: one pattern, or one per alternative of a legacy `A/B` word.
fn parse_pattern(
    text: &str,
    comment: &str,
    line: u64,
) -> Result<Vec<Pattern>, (&'static str, String)> {
    let text = text.trim();
    let Some(open) = text.rfind('[') else {
        return Err((
            "code",
            format!("'- {text}': a pattern ends with its code, such as [043] or [---]"),
        ));
    };
    let Some(close) = text[open..].find(']').map(|i| open + i) else {
        return Err(("code", format!("'{}' has no closing ']'", &text[open..])));
    };
    if !text[close + 1..].trim().is_empty() {
        return Err((
            "pattern",
            format!(
                "unexpected text after the code: '{}'",
                text[close + 1..].trim()
            ),
        ));
    }
    let (first, second) = match text[open + 1..close].split_once(':') {
        Some((a, b)) => (a, Some(b)),
        None => (&text[open + 1..close], None),
    };
    let code = event_code(first).map_err(|m| ("code", m))?;
    let second_code = match second {
        Some(s) => event_code(s).map_err(|m| ("code", m))?,
        None => None,
    };
    let body = &text[..open];
    let toks = tokens(body);
    let stars = toks.iter().filter(|t| **t == Tok::Star).count();
    if stars != 1 {
        return Err((
            "pattern",
            format!(
                "'- {}': a pattern has one '*' for the verb, this one has {stars}",
                body.trim()
            ),
        ));
    }
    // Legacy `A/B` alternatives: expand into one token list per choice.
    let mut variants: Vec<Vec<Tok<'_>>> = vec![Vec::new()];
    for t in toks {
        match t {
            Tok::Text(s) if s.contains('/') && !s.starts_with('&') => {
                let choices: Vec<&str> = s.split('/').filter(|c| !c.is_empty()).collect();
                if choices.is_empty() {
                    return Err(("pattern", format!("'{s}' has no words")));
                }
                let mut next = Vec::with_capacity(variants.len() * choices.len());
                for v in &variants {
                    for c in &choices {
                        let mut v2: Vec<Tok<'_>> = v.iter().map(copy_tok).collect();
                        v2.push(Tok::Text(c));
                        next.push(v2);
                    }
                }
                if next.len() > 64 {
                    return Err(("pattern", "too many '/' alternatives".to_string()));
                }
                variants = next;
            }
            other => {
                for v in &mut variants {
                    v.push(copy_tok(&other));
                }
            }
        }
    }
    let mut out = Vec::with_capacity(variants.len());
    for v in variants {
        let mut pos = 0;
        let elements = elements(&v, &mut pos, None, 0).map_err(|m| ("pattern", m))?;
        let (before, after) = split_at_star(elements);
        out.push(Pattern {
            before,
            after,
            code: code.clone(),
            second_code: second_code.clone(),
            comment: comment.to_string(),
            line,
        });
    }
    Ok(out)
}

fn copy_tok<'a>(t: &Tok<'a>) -> Tok<'a> {
    match t {
        Tok::Open(c) => Tok::Open(*c),
        Tok::Close(c) => Tok::Close(*c),
        Tok::Star => Tok::Star,
        Tok::Text(s) => Tok::Text(s),
    }
}

/// Parsed elements with the verb's place kept as a marker (a `Word("*")` at the top level).
fn elements(
    toks: &[Tok<'_>],
    pos: &mut usize,
    closing: Option<char>,
    depth: usize,
) -> Result<Vec<Element>, String> {
    // Brackets nest two or three deep in real dictionaries; a bound keeps the recursion safe.
    if depth > MAX_NESTING {
        return Err(format!("brackets nest more than {MAX_NESTING} deep"));
    }
    let mut out = Vec::new();
    while *pos < toks.len() {
        let t = &toks[*pos];
        *pos += 1;
        match t {
            Tok::Star => {
                if closing.is_some() {
                    return Err("the verb '*' cannot stand inside ( ) or { }".to_string());
                }
                out.push(Element::Word("*".to_string()));
            }
            Tok::Close(c) => {
                return if Some(*c) == closing {
                    Ok(out)
                } else {
                    Err(format!("'{c}' closes nothing"))
                };
            }
            Tok::Open(c) => {
                let close = if *c == '(' { ')' } else { '}' };
                let inner = elements(toks, pos, Some(close), depth + 1)?;
                if *c == '{' {
                    if inner.is_empty() {
                        return Err("an empty noun phrase '{}'".to_string());
                    }
                    out.push(Element::Phrase(inner));
                } else {
                    let mut inner = inner.into_iter();
                    let prep = match inner.next() {
                        Some(Element::Word(w)) => w,
                        Some(_) => {
                            return Err("a '(' phrase starts with its preposition".to_string());
                        }
                        None => return Err("an empty prepositional phrase '()'".to_string()),
                    };
                    out.push(Element::Prep {
                        prep,
                        inside: inner.collect(),
                    });
                }
            }
            Tok::Text(s) => word_elements(s, &mut out)?,
        }
    }
    match closing {
        Some(c) => Err(format!(
            "a '{}' is not closed with '{c}'",
            if c == ')' { '(' } else { '{' }
        )),
        None => Ok(out),
    }
}

/// The elements of one text token: `$`, `+`, `%`, `^`, `&SET`, a word, or words joined by `_`
/// (a part beginning with `&` is a set of its own: `FIGHTER_&AIRCRAFT`).
fn word_elements(s: &str, out: &mut Vec<Element>) -> Result<(), String> {
    match s {
        "$" => out.push(Element::Source),
        "+" => out.push(Element::Target),
        "%" => out.push(Element::Compound),
        "^" => out.push(Element::Skip),
        _ => {
            let mut words: Vec<String> = Vec::new();
            let flush = |words: &mut Vec<String>, out: &mut Vec<Element>| {
                if !words.is_empty() {
                    out.push(Element::Word(words.join(" ")));
                    words.clear();
                }
            };
            for part in s.split('_').filter(|p| !p.is_empty()) {
                if let Some(name) = part.strip_prefix('&') {
                    flush(&mut words, out);
                    let key = synset_key(name);
                    if key.is_empty() {
                        return Err(format!("'{s}': '&' needs a set name"));
                    }
                    out.push(Element::Synset(key));
                } else if part
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '.' | ','))
                {
                    words.push(part.to_lowercase());
                } else {
                    return Err(format!("'{s}' is not a word, a set or one of $ + % ^"));
                }
            }
            flush(&mut words, out);
        }
    }
    Ok(())
}

fn split_at_star(elements: Vec<Element>) -> (Vec<Element>, Vec<Element>) {
    let mut before = Vec::new();
    let mut after = Vec::new();
    let mut seen = false;
    for e in elements {
        if e == Element::Word("*".to_string()) {
            seen = true;
        } else if seen {
            after.push(e);
        } else {
            before.push(e);
        }
    }
    (before, after)
}

/// The synonym sets a pattern names.
fn synsets_of(p: &Pattern) -> Vec<String> {
    fn walk(e: &Element, out: &mut Vec<String>) {
        match e {
            Element::Synset(n) => out.push(n.clone()),
            Element::Phrase(inside) | Element::Prep { inside, .. } => {
                inside.iter().for_each(|e| walk(e, out))
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for e in p.before.iter().chain(&p.after) {
        walk(e, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Element {
        Element::Word(s.to_string())
    }

    const TEXT: &str = "\
####### SYNONYM SETS #######
&ARMS
+GUN
+HOWITZER_
&AUX_
+WAS
####### VERB PATTERNS #######
---  SELL   [---]  ---
SELL {SELLS SOLD SELLING}
PEDDLE [061]
+SHIP_OUT
- * &ARMS (TO +)     [071:072]  # SELL
- $ * {HEAVY &ARMS} (TO +) (VIA ^)  [072]  # SELL
- * (TO/FOR +)    [060]
- * ARMS_DEAL [:073]

---  HOLD   [040]  ---
HOLD {HELD HOLDS HOLDING}
SELL
- * TALKS (WITH +) [043]
######## TRANSFORMATIONS ##########
~ a (a b ATTACK) SAY = a b 015
";

    #[test]
    fn reads_verbs_forms_codes_and_ordered_patterns() {
        let d = VerbDictionary::parse(TEXT, "v.txt").unwrap();
        let sell = d.lookup("sell").unwrap();
        assert_eq!(sell.code, None);
        assert_eq!(sell.block, "SELL");
        assert_eq!(sell.forms, vec!["sell", "sells", "sold", "selling"]);
        let peddle = d.lookup("peddle").unwrap();
        assert_eq!(peddle.code.as_deref(), Some("061"));
        assert_eq!(peddle.block_code, None);
        assert_eq!(d.lemma_of("peddling"), Some("peddle"));
        assert_eq!(d.lemma_of("peddled"), Some("peddle"));
        assert_eq!(d.lemma_of("sold"), Some("sell"));
        assert_eq!(d.lemma_of("ships out"), Some("ship out"));
        assert_eq!(d.lookup("ship out").unwrap().head, 0);
        assert_eq!(d.multiword("ship").next().unwrap().lemma, "ship out");
        // "sell" is listed again under HOLD: that block's pattern joins its own.
        assert_eq!(sell.patterns.len(), 6);
        assert!(
            sell.patterns
                .iter()
                .any(|p| p.code.as_deref() == Some("043"))
        );
        assert_eq!(d.lookup("hold").unwrap().patterns.len(), 1);
        // The most specific pattern first; the two alternatives of TO/FOR keep their order.
        let p: Vec<&Pattern> = sell
            .patterns
            .iter()
            .filter(|p| p.code.as_deref() != Some("043"))
            .collect();
        assert_eq!(p.len(), 5);
        assert_eq!(p[0].before, vec![Element::Source]);
        assert_eq!(
            p[0].after,
            vec![
                Element::Phrase(vec![w("heavy"), Element::Synset("ARMS".into())]),
                Element::Prep {
                    prep: "to".into(),
                    inside: vec![Element::Target]
                },
                Element::Prep {
                    prep: "via".into(),
                    inside: vec![Element::Skip]
                },
            ]
        );
        assert_eq!(p[1].code.as_deref(), Some("071"));
        assert_eq!(p[1].second_code.as_deref(), Some("072"));
        assert_eq!(p[1].comment, "SELL");
        assert_eq!(
            p[2].after,
            vec![Element::Prep {
                prep: "to".into(),
                inside: vec![Element::Target]
            }]
        );
        assert_eq!(
            p[3].after,
            vec![Element::Prep {
                prep: "for".into(),
                inside: vec![Element::Target]
            }]
        );
        assert_eq!(p[4].after, vec![w("arms deal")]);
        assert_eq!(
            (p[4].code.clone(), p[4].second_code.as_deref()),
            (None, Some("073"))
        );
        // A verb listed again keeps its first block's code.
        assert_eq!(d.lookup("hold").unwrap().code.as_deref(), Some("040"));
        assert_eq!(d.lookup("sell").unwrap().block, "SELL");
        assert_eq!(d.synset("&arms"), ["gun", "guns", "howitzer"]);
        assert_eq!(d.synset("AUX"), ["was"]);
        assert!(d.synset("NONE").is_empty());
        let c = d.counts();
        assert_eq!((c.blocks, c.verbs, c.patterns, c.synsets), (2, 4, 6, 2));
    }

    #[test]
    fn a_verb_listed_again_in_its_block_with_a_code_takes_it() {
        let text = "--- HIT [190] ---\nBEAT\nSTRIKE\nBEAT {BEATS BEATEN} [182]\nSTRIKE\n";
        let d = VerbDictionary::parse(text, "v.txt").unwrap();
        assert_eq!(d.lookup("beat").unwrap().code.as_deref(), Some("182"));
        assert_eq!(d.lemma_of("beaten"), Some("beat"));
        assert_eq!(d.lookup("strike").unwrap().code.as_deref(), Some("190"));
        assert_eq!(d.counts().verbs, 2);
    }

    #[test]
    fn multiword_verbs_mark_their_verb_word() {
        let text = "--- X [---] ---\nRE_+ARREST\n+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF}\n";
        let d = VerbDictionary::parse(text, "v.txt").unwrap();
        let re = d.lookup("re arrest").unwrap();
        assert_eq!(re.head, 1);
        assert_eq!(d.lemma_of("re arrested"), Some("re arrest"));
        assert_eq!(d.lemma_of("cordoned off"), Some("cordon off"));
        assert!(d.lemma_of("cordoning off").is_none());
    }

    #[test]
    fn problems_name_the_line_and_field() {
        let text = "\
--- A [010] ---
A
- * (WITH +  [042]
- * WITH + 042
- TALKS [043]
- * * [043]
- * &NOSET [043]
- * X [04-3]
--- B 050 ---
B {BS
";
        let e = VerbDictionary::parse(text, "bad.verbs").unwrap_err();
        let msgs: Vec<String> = e.0.iter().map(ToString::to_string).collect();
        assert_eq!(msgs.len(), 8, "{msgs:#?}");
        assert!(msgs[0].starts_with("bad.verbs:3: field 'pattern': a '(' is not closed"));
        assert!(msgs[1].starts_with("bad.verbs:4: field 'code'"));
        assert!(msgs[2].starts_with("bad.verbs:5: field 'pattern'"));
        assert!(msgs[3].starts_with("bad.verbs:6: field 'pattern'"));
        assert!(msgs[4].starts_with("bad.verbs:7: field 'synset': the synonym set &NOSET"));
        assert!(msgs[5].starts_with("bad.verbs:8: field 'code'"));
        assert!(msgs[6].starts_with("bad.verbs:9: field 'block'"));
        assert!(msgs[7].starts_with("bad.verbs:10: field 'forms'"));
        let (d, _) = VerbDictionary::parse_lenient(text, "bad.verbs");
        assert!(d.lookup("a").unwrap().patterns.is_empty());
        let deep = format!(
            "--- A [010] ---\nA\n- * {}X{} [010]\n",
            "(".repeat(100_000),
            ")".repeat(100_000)
        );
        let e = VerbDictionary::parse(&deep, "deep.verbs").unwrap_err();
        assert!(
            e.to_string()
                .contains("deep.verbs:3: field 'pattern': brackets nest"),
            "{e}"
        );
    }
}
