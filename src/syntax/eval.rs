//! The evaluation of a UD analysis against gold, as the CoNLL 2018 shared task on parsing raw
//! text into Universal Dependencies defines it: tokens, sentences and words matched by their
//! character spans over the text with whitespace removed, words inside multiword tokens aligned
//! by the longest common subsequence of their lower-cased forms, and precision, recall and F1
//! for tokens, sentences, words, UPOS, XPOS, lemmas, UAS and LAS. Also the rebuilding of a
//! treebank split's raw text, for measuring the tokenizer and the whole stage from raw text.
//! See `docs/syntax.md`.

use std::fmt;

use super::conllu::Annotated;
use super::{Model, Sentence, Word};

/// Counts for one metric: gold items, system items, and the system items that are correct.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Prf {
    /// Items in the gold analysis.
    pub gold: usize,
    /// Items in the system's analysis.
    pub system: usize,
    /// System items that match a gold item.
    pub correct: usize,
}

impl Prf {
    /// Correct over system items (1 when the system has none and gold has none, else 0).
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.system, self.gold == 0)
    }

    /// Correct over gold items.
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold, self.system == 0)
    }

    /// The harmonic mean of precision and recall: `2 * correct / (gold + system)`.
    pub fn f1(&self) -> f64 {
        ratio(2 * self.correct, self.gold + self.system, true)
    }
}

/// `n / d`, or `empty` as 1 or 0 when `d` is 0.
fn ratio(n: usize, d: usize, empty: bool) -> f64 {
    if d == 0 {
        if empty { 1.0 } else { 0.0 }
    } else {
        n as f64 / d as f64
    }
}

/// The scores of a system's analysis against gold.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Scores {
    /// Tokens with the same character span.
    pub tokens: Prf,
    /// Sentences with the same character span.
    pub sentences: Prf,
    /// Aligned words.
    pub words: Prf,
    /// Aligned words with the same UPOS.
    pub upos: Prf,
    /// Aligned words with the same XPOS.
    pub xpos: Prf,
    /// Aligned words with the same lemma.
    pub lemmas: Prf,
    /// Aligned words whose heads are aligned (or both the root).
    pub uas: Prf,
    /// UAS and the same universal relation (`nsubj` for `nsubj:pass`), as the shared task scores.
    pub las: Prf,
    /// UAS and the same relation with its subtype.
    pub las_full: Prf,
}

impl fmt::Display for Scores {
    /// The shared task's table: precision, recall, F1 and, for the word-level metrics, the
    /// accuracy over aligned words.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "Metric     | Precision |    Recall |  F1 Score | AligndAcc"
        )?;
        writeln!(
            f,
            "-----------+-----------+-----------+-----------+-----------"
        )?;
        let aligned = self.words.correct;
        let rows: [(&str, &Prf, bool); 9] = [
            ("Tokens", &self.tokens, false),
            ("Sentences", &self.sentences, false),
            ("Words", &self.words, false),
            ("UPOS", &self.upos, true),
            ("XPOS", &self.xpos, true),
            ("Lemmas", &self.lemmas, true),
            ("UAS", &self.uas, true),
            ("LAS", &self.las, true),
            ("LAS (full)", &self.las_full, true),
        ];
        for (name, p, acc) in rows {
            write!(
                f,
                "{name:<10} | {:>9.2} | {:>9.2} | {:>9.2} |",
                100.0 * p.precision(),
                100.0 * p.recall(),
                100.0 * p.f1()
            )?;
            if acc {
                write!(f, " {:>9.2}", 100.0 * ratio(p.correct, aligned, true))?;
            }
            writeln!(f)?;
        }
        Ok(())
    }
}

/// One sentence to score: its tokens' and words' offsets index `text`.
#[derive(Clone, Copy, Debug)]
pub struct Scored<'a> {
    /// The text the sentence's offsets point into.
    pub text: &'a str,
    /// The sentence.
    pub sentence: &'a Sentence,
}

/// Which of the two analyses a problem is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// The gold analysis.
    Gold,
    /// The system's analysis.
    System,
}

impl fmt::Display for Side {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Side::Gold => "gold",
            Side::System => "system",
        })
    }
}

/// Why two analyses cannot be scored.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EvalError {
    /// The two texts, whitespace removed, differ.
    #[error(
        "the gold and system texts differ at character {at} (whitespace removed): gold sentence {gold_sentence} has '{gold}', system sentence {system_sentence} has '{system}'"
    )]
    TextsDiffer {
        /// The first differing character's index in the text without whitespace.
        at: usize,
        /// The 1-based gold sentence there (one past the last when the gold text ended).
        gold_sentence: usize,
        /// The 1-based system sentence there.
        system_sentence: usize,
        /// Up to 20 characters of the gold text from there.
        gold: String,
        /// Up to 20 characters of the system text from there.
        system: String,
    },
    /// A sentence whose tokens do not fit its text or its words.
    #[error("{side} sentence {sentence}, token {token}: {problem}")]
    BadSentence {
        /// Gold or system.
        side: Side,
        /// The 1-based sentence.
        sentence: usize,
        /// The 1-based token.
        token: usize,
        /// What is wrong.
        problem: String,
    },
}

/// One word of the flattened analysis.
struct FlatWord<'a> {
    /// The character span of its token (text without whitespace).
    span: (usize, usize),
    /// Whether its token holds several words.
    multi: bool,
    /// The word.
    word: &'a Word,
    /// The flat index of its head word, `None` for the root (or a head outside the tokens).
    head: Option<usize>,
}

/// One analysis flattened over all its sentences.
struct Flat<'a> {
    chars: String,
    /// The char index in `chars` of each sentence's first character.
    sentence_starts: Vec<usize>,
    tokens: Vec<(usize, usize)>,
    sentences: Vec<(usize, usize)>,
    words: Vec<FlatWord<'a>>,
}

fn flatten<'a>(side: Side, input: &[Scored<'a>]) -> Result<Flat<'a>, EvalError> {
    let mut flat = Flat {
        chars: String::new(),
        sentence_starts: Vec::with_capacity(input.len()),
        tokens: Vec::new(),
        sentences: Vec::with_capacity(input.len()),
        words: Vec::new(),
    };
    let mut pos = 0usize;
    for (si, sc) in input.iter().enumerate() {
        let s = sc.sentence;
        let bad = |token: usize, problem: String| EvalError::BadSentence {
            side,
            sentence: si + 1,
            token: token + 1,
            problem,
        };
        flat.sentence_starts.push(pos);
        let first_word = flat.words.len();
        // Sentence-local word index -> flat index.
        let mut local = vec![None; s.words.len()];
        let mut next_word = 0usize;
        for (ti, t) in s.tokens.iter().enumerate() {
            let Some(form) = sc.text.get(t.start..t.end) else {
                return Err(bad(
                    ti,
                    format!(
                        "offsets {}..{} are not a span of the text ({} bytes)",
                        t.start,
                        t.end,
                        sc.text.len()
                    ),
                ));
            };
            let start = pos;
            for c in form.chars().filter(|c| !c.is_whitespace()) {
                flat.chars.push(c);
                pos += 1;
            }
            if pos == start {
                return Err(bad(ti, "the token has no characters".to_string()));
            }
            if t.words.start != next_word || t.words.end <= t.words.start {
                return Err(bad(
                    ti,
                    format!(
                        "its words {}..{} do not follow the previous token's",
                        t.words.start, t.words.end
                    ),
                ));
            }
            if t.words.end > s.words.len() {
                return Err(bad(
                    ti,
                    format!(
                        "its words {}..{} are past the sentence's {}",
                        t.words.start,
                        t.words.end,
                        s.words.len()
                    ),
                ));
            }
            next_word = t.words.end;
            flat.tokens.push((start, pos));
            let multi = t.words.len() > 1;
            for i in t.words.clone() {
                local[i] = Some(flat.words.len());
                flat.words.push(FlatWord {
                    span: (start, pos),
                    multi,
                    word: &s.words[i],
                    head: None,
                });
            }
        }
        if next_word != s.words.len() {
            return Err(bad(
                s.tokens.len().saturating_sub(1),
                format!(
                    "the tokens cover {next_word} of the sentence's {} words",
                    s.words.len()
                ),
            ));
        }
        for fw in &mut flat.words[first_word..] {
            fw.head = fw
                .word
                .head
                .checked_sub(1)
                .and_then(|h| local.get(h).copied().flatten());
        }
        if let Some(last) = flat.tokens.last()
            && !s.tokens.is_empty()
        {
            let first = flat.tokens[flat.tokens.len() - s.tokens.len()];
            flat.sentences.push((first.0, last.1));
        }
    }
    Ok(flat)
}

/// The number of spans that occur in both sorted lists.
fn matching_spans(a: &[(usize, usize)], b: &[(usize, usize)]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            n += 1;
            i += 1;
            j += 1;
        } else if a[i] < b[j] {
            i += 1;
        } else {
            j += 1;
        }
    }
    n
}

/// Regions larger than this many word pairs are aligned by span instead of by LCS, so that a
/// pathological analysis cannot make scoring quadratic in the text.
const MAX_LCS_CELLS: usize = 1 << 20;

/// Aligns the words of gold and system: `align[g] = Some(s)`.
fn align_words(gold: &[FlatWord], system: &[FlatWord]) -> Vec<Option<usize>> {
    let mut align = vec![None; gold.len()];
    let (mut gi, mut si) = (0, 0);
    while gi < gold.len() && si < system.len() {
        let (g, s) = (&gold[gi], &system[si]);
        if !g.multi && !s.multi {
            if g.span == s.span {
                align[gi] = Some(si);
                gi += 1;
                si += 1;
            } else if g.span.1 <= s.span.1 {
                // Word g ends first: no later system word can have its span.
                gi += 1;
                if g.span.1 == s.span.1 {
                    si += 1;
                }
            } else {
                si += 1;
            }
            continue;
        }
        // A multiword token on either side opens a region. A plain word on the other side
        // that starts before the region cannot be aligned: skip it.
        if g.multi && !s.multi && s.span.0 < g.span.0 {
            si += 1;
            continue;
        }
        if s.multi && !g.multi && g.span.0 < s.span.0 {
            gi += 1;
            continue;
        }
        let mut end = if g.multi { g.span.1 } else { 0 }.max(if s.multi { s.span.1 } else { 0 });
        let (gs, ss) = (gi, si);
        // The region takes every word that starts inside it; multiword tokens widen it.
        loop {
            let mut grew = false;
            while gi < gold.len() && gold[gi].span.0 < end {
                if gold[gi].multi {
                    end = end.max(gold[gi].span.1);
                }
                gi += 1;
                grew = true;
            }
            while si < system.len() && system[si].span.0 < end {
                if system[si].multi {
                    end = end.max(system[si].span.1);
                }
                si += 1;
                grew = true;
            }
            if !grew {
                break;
            }
        }
        align_region(&gold[gs..gi], &system[ss..si], gs, ss, &mut align);
    }
    align
}

/// Aligns the words of one multiword region by the longest common subsequence of their
/// lower-cased forms.
fn align_region(
    gold: &[FlatWord],
    system: &[FlatWord],
    g0: usize,
    s0: usize,
    align: &mut [Option<usize>],
) {
    let (n, m) = (gold.len(), system.len());
    if n.saturating_mul(m) > MAX_LCS_CELLS {
        let mut j = 0;
        for (i, g) in gold.iter().enumerate() {
            while j < m && system[j].span.0 < g.span.0 {
                j += 1;
            }
            if j < m && system[j].span == g.span && !g.multi && !system[j].multi {
                align[g0 + i] = Some(s0 + j);
            }
        }
        return;
    }
    let gf: Vec<String> = gold.iter().map(|w| w.word.form.to_lowercase()).collect();
    let sf: Vec<String> = system.iter().map(|w| w.word.form.to_lowercase()).collect();
    // lcs[i][j]: the LCS length of gold[i..] and system[j..].
    let w = m + 1;
    let mut lcs = vec![0u32; (n + 1) * w];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i * w + j] = if gf[i] == sf[j] {
                1 + lcs[(i + 1) * w + j + 1]
            } else {
                lcs[(i + 1) * w + j].max(lcs[i * w + j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if gf[i] == sf[j] {
            align[g0 + i] = Some(s0 + j);
            i += 1;
            j += 1;
        } else if lcs[(i + 1) * w + j] >= lcs[i * w + j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
}

/// Scores `system` against `gold`. Both must hold the same text once whitespace is removed
/// (their sentences may split it differently).
pub fn evaluate(gold: &[Scored], system: &[Scored]) -> Result<Scores, EvalError> {
    let g = flatten(Side::Gold, gold)?;
    let s = flatten(Side::System, system)?;
    check_same_text(&g, &s)?;
    let mut scores = Scores {
        tokens: Prf {
            gold: g.tokens.len(),
            system: s.tokens.len(),
            correct: matching_spans(&g.tokens, &s.tokens),
        },
        sentences: Prf {
            gold: g.sentences.len(),
            system: s.sentences.len(),
            correct: matching_spans(&g.sentences, &s.sentences),
        },
        ..Scores::default()
    };
    let words = Prf {
        gold: g.words.len(),
        system: s.words.len(),
        correct: 0,
    };
    scores.words = words;
    scores.upos = words;
    scores.xpos = words;
    scores.lemmas = words;
    scores.uas = words;
    scores.las = words;
    scores.las_full = words;
    let align = align_words(&g.words, &s.words);
    for (gi, si) in align.iter().enumerate() {
        let Some(si) = *si else { continue };
        let (gw, sw) = (&g.words[gi], &s.words[si]);
        scores.words.correct += 1;
        scores.upos.correct += usize::from(gw.word.upos == sw.word.upos);
        scores.xpos.correct += usize::from(gw.word.xpos == sw.word.xpos);
        scores.lemmas.correct += usize::from(gw.word.lemma == sw.word.lemma);
        let head_ok = match (gw.head, sw.head) {
            (None, None) => gw.word.head == 0 && sw.word.head == 0,
            (Some(gh), Some(sh)) => align[gh] == Some(sh),
            _ => false,
        };
        if head_ok {
            scores.uas.correct += 1;
            if gw.word.deprel.base() == sw.word.deprel.base() {
                scores.las.correct += 1;
            }
            if gw.word.deprel == sw.word.deprel {
                scores.las_full.correct += 1;
            }
        }
    }
    Ok(scores)
}

/// Fails with the place of the first difference when the two texts differ.
fn check_same_text(g: &Flat, s: &Flat) -> Result<(), EvalError> {
    let mut gc = g.chars.char_indices();
    let mut sc = s.chars.char_indices();
    let mut at = 0usize;
    loop {
        match (gc.next(), sc.next()) {
            (None, None) => return Ok(()),
            (Some((_, a)), Some((_, b))) if a == b => at += 1,
            (ga, sa) => {
                let snippet = |flat: &Flat, from: Option<(usize, char)>| {
                    from.map(|(b, _)| flat.chars[b..].chars().take(20).collect())
                        .unwrap_or_default()
                };
                let sentence = |flat: &Flat| flat.sentence_starts.partition_point(|&p| p <= at);
                return Err(EvalError::TextsDiffer {
                    at,
                    gold_sentence: sentence(g).max(1),
                    system_sentence: sentence(s).max(1),
                    gold: snippet(g, ga),
                    system: snippet(s, sa),
                });
            }
        }
    }
}

/// The raw text of a treebank split and its gold sentences with offsets into that text.
#[derive(Clone, Debug, Default)]
pub struct RawText {
    /// Documents and paragraphs separated by a blank line, the sentences of a paragraph joined
    /// by one space.
    pub text: String,
    /// The gold sentences, their offsets shifted into `text`.
    pub sentences: Vec<Sentence>,
}

impl RawText {
    /// The gold sentences as `evaluate` takes them.
    pub fn scored(&self) -> Vec<Scored<'_>> {
        self.sentences
            .iter()
            .map(|s| Scored {
                text: &self.text,
                sentence: s,
            })
            .collect()
    }
}

/// Rebuilds the raw text of a treebank split as the shared task gave it to systems: each
/// document (`# newdoc`) and paragraph (`# newpar`) after a blank line, the sentences of a
/// paragraph joined by one space.
pub fn raw_text(annotated: &[Annotated]) -> RawText {
    let mut out = RawText {
        text: String::with_capacity(annotated.iter().map(|a| a.text.len() + 1).sum()),
        sentences: Vec::with_capacity(annotated.len()),
    };
    for (i, a) in annotated.iter().enumerate() {
        if i > 0 {
            out.text
                .push_str(if a.new_par || a.new_doc { "\n\n" } else { " " });
        }
        let shift = out.text.len();
        out.text.push_str(&a.text);
        let mut s = a.sentence.clone();
        s.start += shift;
        s.end += shift;
        for t in &mut s.tokens {
            t.start += shift;
            t.end += shift;
        }
        for w in &mut s.words {
            w.start += shift;
            w.end += shift;
        }
        out.sentences.push(s);
    }
    out
}

/// Accuracy of a model on gold-tokenised sentences (the words as the treebank gives them).
#[derive(Clone, Copy, Debug, Default)]
pub struct GoldScores {
    /// Words scored.
    pub words: usize,
    /// Right UPOS.
    pub upos: usize,
    /// Right XPOS.
    pub xpos: usize,
    /// Right lemma.
    pub lemma: usize,
    /// Right head.
    pub uas: usize,
    /// Right head and universal relation (`nsubj` for `nsubj:pass`), as CoNLL 2018 scores it.
    pub las: usize,
    /// Right head and full relation.
    pub las_full: usize,
}

impl GoldScores {
    /// A count as a fraction of the words.
    pub fn rate(&self, count: usize) -> f64 {
        count as f64 / self.words.max(1) as f64
    }
}

/// Tags, lemmatises and parses the gold words of `sentences` and scores the result.
pub fn score_gold_tokens(model: &Model, sentences: &[Annotated]) -> GoldScores {
    let mut s = GoldScores::default();
    for a in sentences {
        let gold = &a.sentence;
        let mut got = gold.clone();
        super::annotate(model, &mut got);
        for (g, w) in gold.words.iter().zip(&got.words) {
            s.words += 1;
            s.upos += usize::from(g.upos == w.upos);
            s.xpos += usize::from(g.xpos == w.xpos);
            s.lemma += usize::from(g.lemma == w.lemma);
            if g.head == w.head {
                s.uas += 1;
                s.las += usize::from(g.deprel.base() == w.deprel.base());
                s.las_full += usize::from(g.deprel == w.deprel);
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::super::{Deprel, Token, Upos, Xpos};
    use super::*;

    /// A word with the given form, head (1-based, 0 root) and relation.
    fn word(form: &str, head: usize, deprel: Deprel) -> Word {
        Word {
            form: form.to_string(),
            lemma: form.to_lowercase(),
            upos: Upos::X,
            xpos: Xpos::Xx,
            feats: String::new(),
            head,
            deprel,
            start: 0,
            end: 0,
        }
    }

    /// Builds sentences over `text` from a compact description: sentences separated by `|`,
    /// tokens by spaces, the words of a multiword token by `+` (their forms need not spell the
    /// token: `don't=do+not`); heads are given separately, one list per sentence.
    fn build(text: &str, spec: &str, heads: &[&[(usize, Deprel)]]) -> Vec<Sentence> {
        let mut out = Vec::new();
        let mut at = 0usize;
        for (si, sent) in spec.split('|').enumerate() {
            let mut s = Sentence::default();
            for tok in sent.split_whitespace() {
                let (surface, parts) = match tok.split_once('=') {
                    Some((surface, parts)) => (surface, parts.split('+').collect::<Vec<_>>()),
                    None => (tok, tok.split('+').collect::<Vec<_>>()),
                };
                let surface: String = surface.split('+').collect();
                let start = at + text[at..].find(&surface).expect("token in text");
                let end = start + surface.len();
                at = end;
                let first = s.words.len();
                for p in &parts {
                    let (head, rel) = heads
                        .get(si)
                        .and_then(|h| h.get(s.words.len()))
                        .copied()
                        .unwrap_or((0, Deprel::Dep));
                    let mut w = word(p, head, rel);
                    w.start = start;
                    w.end = end;
                    s.words.push(w);
                }
                s.tokens.push(Token {
                    start,
                    end,
                    words: first..s.words.len(),
                    space_after: true,
                });
            }
            s.start = s.tokens[0].start;
            s.end = s.tokens.last().unwrap().end;
            out.push(s);
        }
        out
    }

    fn score(text: &str, gold: &[Sentence], system: &[Sentence]) -> Scores {
        let g: Vec<Scored> = gold.iter().map(|s| Scored { text, sentence: s }).collect();
        let s: Vec<Scored> = system
            .iter()
            .map(|s| Scored { text, sentence: s })
            .collect();
        evaluate(&g, &s).unwrap()
    }

    fn prf(gold: usize, system: usize, correct: usize) -> Prf {
        Prf {
            gold,
            system,
            correct,
        }
    }

    use Deprel::{Nsubj, NsubjPass, Obj, Punct, Root};

    #[test]
    fn identical_analyses_score_one() {
        let text = "Kim saw Lee. Lee left.";
        let h: &[&[(usize, Deprel)]] = &[
            &[(2, Nsubj), (0, Root), (2, Obj), (2, Punct)],
            &[(2, Nsubj), (0, Root), (2, Punct)],
        ];
        let g = build(text, "Kim saw Lee . | Lee left .", h);
        let s = score(text, &g, &g);
        assert_eq!(s.tokens, prf(7, 7, 7));
        assert_eq!(s.sentences, prf(2, 2, 2));
        assert_eq!(s.las, prf(7, 7, 7));
        assert_eq!(s.las.f1(), 1.0);
    }

    #[test]
    fn a_split_token_and_a_merged_token() {
        // Gold: "New-York" is New - York (3 tokens); "e-mail" one token.
        // System: New-York whole (merged), e - mail (split).
        let text = "New-York e-mail";
        let g = build(text, "New - York e-mail", &[]);
        let s = build(text, "New-York e - mail", &[]);
        let sc = score(text, &g, &s);
        // Gold tokens 4, system 4, none in common.
        assert_eq!(sc.tokens, prf(4, 4, 0));
        assert_eq!(sc.words, prf(4, 4, 0));
        assert_eq!(sc.sentences, prf(1, 1, 1));
        assert_eq!(sc.tokens.f1(), 0.0);
    }

    #[test]
    fn a_multiword_token_aligned_by_lcs() {
        // Gold: "don't" = do + n't; system: "don't" = do + not (one form differs).
        let text = "I don't know";
        let h: &[&[(usize, Deprel)]] =
            &[&[(4, Nsubj), (4, Deprel::Aux), (4, Deprel::Advmod), (0, Root)]];
        let g = build(text, "I don't=do+n't know", h);
        let s = build(text, "I don't=do+not know", h);
        let sc = score(text, &g, &s);
        assert_eq!(sc.tokens, prf(3, 3, 3));
        // "do" aligns by LCS, "n't"/"not" do not: 3 of 4 words.
        assert_eq!(sc.words, prf(4, 4, 3));
        assert_eq!(sc.uas, prf(4, 4, 3));
        // A system that leaves the token whole: the region holds gold do, n't and system
        // "don't"; no form is shared, so no word there aligns.
        let s = build(
            text,
            "I don't know",
            &[&[(3, Nsubj), (3, Deprel::Aux), (0, Root)]],
        );
        let sc = score(text, &g, &s);
        assert_eq!(sc.words, prf(4, 3, 2));
        assert_eq!(sc.tokens, prf(3, 3, 3));
        assert_eq!(sc.uas, prf(4, 3, 2));
        // Words: precision 2/3, recall 2/4, F1 4/7.
        assert!((sc.words.f1() - 4.0 / 7.0).abs() < 1e-12);
    }

    #[test]
    fn wrong_heads_and_labels() {
        let text = "Kim was seen by Lee";
        let gold: &[&[(usize, Deprel)]] = &[&[
            (3, NsubjPass),
            (3, Deprel::AuxPass),
            (0, Root),
            (5, Deprel::Case),
            (3, Deprel::OblAgent),
        ]];
        let sys: &[&[(usize, Deprel)]] = &[&[
            (3, Nsubj),        // head right, base label right, full label wrong
            (3, Deprel::Aux),  // same
            (0, Root),         // right
            (3, Deprel::Case), // head wrong
            (3, Deprel::Obl),  // head right, base right (obl:agent -> obl), full wrong
        ]];
        let g = build(text, "Kim was seen by Lee", gold);
        let s = build(text, "Kim was seen by Lee", sys);
        let sc = score(text, &g, &s);
        assert_eq!(sc.uas, prf(5, 5, 4));
        assert_eq!(sc.las, prf(5, 5, 4));
        assert_eq!(sc.las_full, prf(5, 5, 1));
    }

    #[test]
    fn heads_must_be_aligned_words_and_roots_match_roots() {
        // System splits "Lee." wrongly as one token: "Lee." is not aligned, so "saw"'s
        // dependent... the words that point at it lose their head.
        let text = "Kim saw Lee.";
        let g = build(
            text,
            "Kim saw Lee .",
            &[&[(2, Nsubj), (0, Root), (2, Obj), (2, Punct)]],
        );
        let s = build(text, "Kim saw Lee.", &[&[(3, Nsubj), (0, Root), (2, Obj)]]);
        let sc = score(text, &g, &s);
        assert_eq!(sc.words, prf(4, 3, 2));
        // Kim's head in the system is Lee. (unaligned): wrong; saw is root in both: right.
        assert_eq!(sc.uas, prf(4, 3, 1));
    }

    #[test]
    fn a_missed_sentence_boundary() {
        let text = "It rained. We left. Then home.";
        let g = build(text, "It rained . | We left . | Then home .", &[]);
        let s = build(text, "It rained . We left . | Then home .", &[]);
        let sc = score(text, &g, &s);
        assert_eq!(sc.sentences, prf(3, 2, 1));
        assert_eq!(sc.tokens, prf(9, 9, 9));
        // P 1/2, R 1/3, F1 = 2/5.
        assert!((sc.sentences.f1() - 0.4).abs() < 1e-12);
    }

    #[test]
    fn whitespace_does_not_count_and_texts_must_agree() {
        // The system's text has other spacing: still comparable.
        let gt = "a b. c";
        let st = "a  b .\n\nc";
        let g = build(gt, "a b . | c", &[]);
        let s = build(st, "a b . | c", &[]);
        let gs: Vec<Scored> = g
            .iter()
            .map(|x| Scored {
                text: gt,
                sentence: x,
            })
            .collect();
        let ss: Vec<Scored> = s
            .iter()
            .map(|x| Scored {
                text: st,
                sentence: x,
            })
            .collect();
        let sc = evaluate(&gs, &ss).unwrap();
        assert_eq!(sc.tokens, prf(4, 4, 4));
        let other = "a b . x";
        let s = build(other, "a b . | x", &[]);
        let ss: Vec<Scored> = s
            .iter()
            .map(|x| Scored {
                text: other,
                sentence: x,
            })
            .collect();
        let e = evaluate(&gs, &ss).unwrap_err();
        assert_eq!(
            e.to_string(),
            "the gold and system texts differ at character 3 (whitespace removed): gold sentence 2 has 'c', system sentence 2 has 'x'"
        );
    }

    #[test]
    fn bad_offsets_are_reported() {
        let text = "ab";
        let mut g = build(text, "ab", &[]);
        g[0].tokens[0].end = 9;
        let gs = [Scored {
            text,
            sentence: &g[0],
        }];
        let e = evaluate(&gs, &gs).unwrap_err();
        assert_eq!(
            e.to_string(),
            "gold sentence 1, token 1: offsets 0..9 are not a span of the text (2 bytes)"
        );
    }

    #[test]
    fn the_table_prints_every_metric() {
        let text = "Kim left";
        let g = build(text, "Kim left", &[&[(2, Nsubj), (0, Root)]]);
        let out = score(text, &g, &g).to_string();
        assert!(
            out.contains("Tokens     |    100.00 |    100.00 |    100.00 |"),
            "{out}"
        );
        assert!(
            out.contains("LAS (full) |    100.00 |    100.00 |    100.00 |    100.00"),
            "{out}"
        );
    }

    #[test]
    fn raw_text_joins_sentences_and_paragraphs() {
        let src = "# newdoc id = d\n# newpar\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\tSpaceAfter=No\n2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n\
                   1\tYo\tyo\tINTJ\tUH\t_\t0\troot\t_\t_\n\n\
                   # newpar\n1\tBye\tbye\tINTJ\tUH\t_\t0\troot\t_\t_\n\n";
        let a = super::super::conllu::read(src, "t").unwrap();
        let raw = raw_text(&a);
        assert_eq!(raw.text, "Hi. Yo\n\nBye");
        let s = &raw.sentences[2];
        assert_eq!(&raw.text[s.tokens[0].start..s.tokens[0].end], "Bye");
        assert_eq!(
            &raw.text[raw.sentences[1].start..raw.sentences[1].end],
            "Yo"
        );
        let sc = evaluate(&raw.scored(), &raw.scored()).unwrap();
        assert_eq!(sc.sentences, prf(3, 3, 3));
    }
}
