//! The syntax stage: English sentences, tokens, part-of-speech tags, lemmas and labelled
//! dependency trees in the Universal Dependencies convention, from raw text, by models trained
//! on UD English and embedded in the binary. See `docs/syntax.md`.

pub mod conllu;
pub mod eval;
pub mod lemma;
pub mod linear;
pub mod model;
pub mod parser;
pub mod perceptron;
pub mod tagger;
pub mod tags;
pub mod tokenize;
pub mod train;

use std::ops::Range;

pub use model::{Model, ModelError};
pub use tags::{Deprel, Upos, Xpos};

/// Fills in the tags, lemmas, features, heads and relations of a sentence whose words have
/// their forms.
pub fn annotate(model: &Model, s: &mut Sentence) {
    if s.words.is_empty() {
        return;
    }
    let features = model
        .tagger
        .features(s.words.iter().map(|w| w.form.as_str()));
    let classes = model.tagger.tag(&features);
    for (w, c) in s.words.iter_mut().zip(classes) {
        (w.upos, w.xpos) = model.tagger.tags[c];
        w.lemma = model.lemmatizer.lemma(&w.form, w.xpos);
        w.feats = model.lemmatizer.feats(&w.form, w.xpos).to_string();
    }
    // The parser takes at most MAX_LEN words at once: a longer run is parsed in pieces, each
    // piece's root hanging from the first piece's root.
    let mut root = None;
    let n = s.words.len();
    for start in (0..n).step_by(parser::MAX_LEN) {
        let piece = &mut s.words[start..(start + parser::MAX_LEN).min(n)];
        let xpos: Vec<Xpos> = piece.iter().map(|w| w.xpos).collect();
        let cx = parser::Context::new(
            piece
                .iter()
                .map(|w| linear::atom(&w.form.to_lowercase()))
                .collect(),
            &xpos,
        );
        let (heads, labels) = model.parser.parse(&cx);
        for ((w, h), l) in piece.iter_mut().zip(heads).zip(labels) {
            w.deprel = l;
            w.head = match (h, root) {
                (parser::NONE, None) => 0,
                (parser::NONE, Some(r)) => {
                    w.deprel = Deprel::Parataxis;
                    r
                }
                (h, _) => start + h + 1,
            };
        }
        if root.is_none() {
            root = piece
                .iter()
                .position(|w| w.head == 0)
                .map(|i| start + i + 1);
        }
    }
}

/// One syntactic word of a sentence: the unit that carries a tag, a lemma and a head.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    /// The word as written.
    pub form: String,
    /// Its dictionary form ("meet" for "met").
    pub lemma: String,
    /// Its Universal POS tag.
    pub upos: Upos,
    /// Its English Penn Treebank tag.
    pub xpos: Xpos,
    /// Its morphological features in CoNLL-U spelling (`Number=Plur|...`), empty when none.
    pub feats: String,
    /// The 1-based index of its head word in the sentence; 0 for the root.
    pub head: usize,
    /// Its relation to the head.
    pub deprel: Deprel,
    /// Its first byte in the text it was read from.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
}

/// One surface token: a stretch of text without spaces that holds one word or, for a
/// contraction ("don't", "Russia's"), several (a multiword token in CoNLL-U).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// Its first byte in the text.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// The 0-based indices of its words in the sentence.
    pub words: Range<usize>,
    /// Whether a space (or line break) follows it in the text.
    pub space_after: bool,
}

/// One sentence: its place in the text, its tokens and its words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sentence {
    /// Its first byte in the text.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// Its surface tokens, in order.
    pub tokens: Vec<Token>,
    /// Its words, in order; word `i` has the 1-based index `i + 1` that heads refer to.
    pub words: Vec<Word>,
}

impl Sentence {
    /// The 0-based index of the head of word `i`, or `None` for the root.
    pub fn head_of(&self, i: usize) -> Option<usize> {
        self.words[i].head.checked_sub(1)
    }

    /// The 0-based indices of the dependents of word `i`, in order.
    pub fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.words
            .iter()
            .enumerate()
            .filter(move |(_, w)| w.head == i + 1)
            .map(|(j, _)| j)
    }

    /// The 0-based index of the root word, when the sentence has one.
    pub fn root(&self) -> Option<usize> {
        self.words.iter().position(|w| w.head == 0)
    }
}
