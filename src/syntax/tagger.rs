//! The part-of-speech tagger: a greedy left-to-right averaged perceptron over hashed features of
//! the word, its affixes and shape, its neighbours and the tags already given, predicting the
//! UPOS and English XPOS tag together. Training and tagging share `Features`.

use super::linear::{Linear, atom, key};
use super::model::{ModelError, Reader, Writer};
use super::{Upos, Xpos};

/// The names of the feature templates, in the order of their numbers; part of the model's
/// feature-set hash.
pub const FEATURE_SET: &str = "tagger-2: bias form lower suf1 suf2 suf3 suf4 pre1 pre2 pre3 \
    shape flags lower-1 lower-2 lower+1 lower+2 suf3-1 suf3+1 shape+1 t-1 t-2 t-1t-2 \
    t-1lower lower-1lower lowerlower+1 t-1suf3 lower+1lower+2 suf2+1 shape-1 t-2lower \
    amb amb+1 amb+2 amb,amb+1 t-1,amb lower,amb+1; lexicon of words seen twice";

/// What the tagger knows of a word before tags are given: hashes of its form, affixes and
/// shape.
#[derive(Clone, Copy, Default)]
struct Static {
    form: u64,
    lower: u64,
    suf: [u64; 4],
    pre: [u64; 3],
    shape: u64,
    flags: u64,
    /// The word's ambiguity class: the XPOS tags it has in the training data.
    amb: u64,
    /// The same class as a bit set of XPOS tags, for a word the lexicon knows.
    seen: Option<u64>,
}

/// An atom standing for a position before the sentence or after it.
const BOUNDARY_BEFORE: u64 = 0x5EED_0001;
const BOUNDARY_AFTER: u64 = 0x5EED_0002;

impl Static {
    fn of(form: &str, first: bool, lexicon: &Lexicon) -> Static {
        let lower = form.to_lowercase();
        let starts: Vec<usize> = lower.char_indices().map(|(i, _)| i).collect();
        let n = starts.len();
        let suffix = |k: usize| -> u64 {
            if n < k {
                0
            } else {
                atom(&lower[starts[n - k]..])
            }
        };
        let prefix = |k: usize| -> u64 {
            if n < k {
                0
            } else {
                atom(&lower[..starts.get(k).copied().unwrap_or(lower.len())])
            }
        };
        let mut flags = 0u64;
        let mut has_upper = false;
        let mut has_lower = false;
        for c in form.chars() {
            if c.is_uppercase() {
                has_upper = true;
            } else if c.is_lowercase() {
                has_lower = true;
            }
            if c.is_ascii_digit() {
                flags |= 1;
            }
            if c == '-' {
                flags |= 2;
            }
            if c == '.' {
                flags |= 4;
            }
        }
        if has_upper && !has_lower {
            flags |= 8;
        }
        if form.chars().next().is_some_and(char::is_uppercase) {
            flags |= 16;
        }
        if first {
            flags |= 32;
        }
        let lower_atom = atom(&lower);
        Static {
            form: atom(form),
            lower: lower_atom,
            amb: lexicon.class(lower_atom),
            seen: lexicon.knows(lower_atom).then(|| lexicon.class(lower_atom)),
            suf: [suffix(1), suffix(2), suffix(3), suffix(4)],
            pre: [prefix(1), prefix(2), prefix(3)],
            shape: atom(&shape(form)),
            flags,
        }
    }

    fn boundary(atom: u64) -> Static {
        Static {
            form: atom,
            lower: atom,
            suf: [atom; 4],
            pre: [atom; 3],
            shape: atom,
            flags: atom,
            amb: atom,
            seen: None,
        }
    }
}

/// The shape of a word: `X` for capitals, `x` for small letters, `d` for digits, other
/// characters as they are, runs of the same class shortened to two ("Xxx-dd" for "Hello-2020").
pub fn shape(form: &str) -> String {
    let mut out = String::new();
    let mut last = '\0';
    let mut run = 0;
    for c in form.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if k == last {
            run += 1;
        } else {
            run = 1;
            last = k;
        }
        if run <= 2 {
            out.push(k);
        }
    }
    out
}

/// The tags each word of the training data was seen with (its ambiguity class), for the words
/// seen at least twice: a lookahead at the words not yet tagged.
#[derive(Default)]
pub struct Lexicon {
    classes: rustc_hash::FxHashMap<u64, u64>,
}

/// The ambiguity class of a word the lexicon does not know.
const UNKNOWN: u64 = 0x5EED_0003;

impl Lexicon {
    /// Learns the lexicon from (form, XPOS) pairs.
    pub fn learn<'a>(words: impl IntoIterator<Item = (&'a str, Xpos)>) -> Self {
        let mut seen: rustc_hash::FxHashMap<u64, (u32, u64)> = Default::default();
        for (form, xpos) in words {
            let e = seen.entry(atom(&form.to_lowercase())).or_default();
            e.0 += 1;
            e.1 |= 1 << xpos.index();
        }
        Lexicon {
            classes: seen
                .into_iter()
                .filter(|(_, (n, _))| *n >= 2)
                .map(|(k, (_, mask))| (k, mask))
                .collect(),
        }
    }

    /// The ambiguity class of a word given by the atom of its lower-case form.
    pub fn class(&self, lower: u64) -> u64 {
        self.classes.get(&lower).copied().unwrap_or(UNKNOWN)
    }

    /// Whether the treebank held the word (given by the atom of its lower-case form) at least
    /// twice.
    pub fn knows(&self, lower: u64) -> bool {
        self.classes.contains_key(&lower)
    }

    /// Writes the lexicon (sorted, so the bytes are the same for the same lexicon).
    pub fn write(&self, w: &mut Writer) {
        let mut rows: Vec<(&u64, &u64)> = self.classes.iter().collect();
        rows.sort();
        w.u32(rows.len() as u32);
        for (k, m) in rows {
            w.u64(*k);
            w.u64(*m);
        }
    }

    /// Reads a lexicon.
    pub fn read(r: &mut Reader) -> Result<Self, ModelError> {
        let n = r.u32()? as usize;
        let mut classes = rustc_hash::FxHashMap::default();
        classes.reserve(n.min(1 << 22));
        for _ in 0..n {
            let k = r.u64()?;
            classes.insert(k, r.u64()?);
        }
        Ok(Lexicon { classes })
    }
}

/// The features of one sentence, for tagging it left to right.
pub struct Features {
    words: Vec<Static>,
}

impl Features {
    /// The static features of the words of a sentence.
    pub fn new<'a>(forms: impl IntoIterator<Item = &'a str>, lexicon: &Lexicon) -> Self {
        let mut words = vec![Static::boundary(BOUNDARY_BEFORE); 2];
        for (i, f) in forms.into_iter().enumerate() {
            words.push(Static::of(f, i == 0, lexicon));
        }
        words.push(Static::boundary(BOUNDARY_AFTER));
        words.push(Static::boundary(BOUNDARY_AFTER));
        Features { words }
    }

    /// The number of words.
    pub fn len(&self) -> usize {
        self.words.len() - 4
    }

    /// Whether the sentence has no words.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The features of word `i`, given the tags (class numbers) of the two words before it
    /// (`u64::MAX` before the sentence).
    pub fn of(&self, i: usize, t1: u64, t2: u64, out: &mut Vec<u64>) {
        out.clear();
        let w = &self.words;
        let (p2, p1, c, n1, n2) = (&w[i], &w[i + 1], &w[i + 2], &w[i + 3], &w[i + 4]);
        let mut f = |t: u32, atoms: &[u64]| out.push(key(t, atoms));
        f(0, &[]);
        f(1, &[c.form]);
        f(2, &[c.lower]);
        f(3, &[c.suf[0]]);
        f(4, &[c.suf[1]]);
        f(5, &[c.suf[2]]);
        f(6, &[c.suf[3]]);
        f(7, &[c.pre[0]]);
        f(8, &[c.pre[1]]);
        f(9, &[c.pre[2]]);
        f(10, &[c.shape]);
        f(11, &[c.flags]);
        f(12, &[p1.lower]);
        f(13, &[p2.lower]);
        f(14, &[n1.lower]);
        f(15, &[n2.lower]);
        f(16, &[p1.suf[2]]);
        f(17, &[n1.suf[2]]);
        f(18, &[n1.shape]);
        f(19, &[t1]);
        f(20, &[t2]);
        f(21, &[t1, t2]);
        f(22, &[t1, c.lower]);
        f(23, &[p1.lower, c.lower]);
        f(24, &[c.lower, n1.lower]);
        f(25, &[t1, c.suf[2]]);
        f(26, &[n1.lower, n2.lower]);
        f(27, &[n1.suf[1]]);
        f(28, &[p1.shape]);
        f(29, &[t2, c.lower]);
        f(30, &[c.amb]);
        f(31, &[n1.amb]);
        f(32, &[n2.amb]);
        f(33, &[c.amb, n1.amb]);
        f(34, &[t1, c.amb]);
        f(35, &[c.lower, n1.amb]);
    }
}

/// The trained tagger.
pub struct Tagger {
    /// The tag pairs, by class number.
    pub tags: Vec<(Upos, Xpos)>,
    /// The ambiguity classes of known words.
    pub lexicon: Lexicon,
    /// The weights.
    pub model: Linear,
}

impl Tagger {
    /// The features of a sentence's words.
    pub fn features<'a>(&self, forms: impl IntoIterator<Item = &'a str>) -> Features {
        Features::new(forms, &self.lexicon)
    }

    /// Tags a sentence: one class number per word (an index into `tags`).
    pub fn tag(&self, features: &Features) -> Vec<usize> {
        let mut out = Vec::with_capacity(features.len());
        let mut feats = Vec::with_capacity(32);
        let mut scores = vec![0f32; self.tags.len()];
        let (mut t1, mut t2) = (u64::MAX, u64::MAX);
        for i in 0..features.len() {
            features.of(i, t1, t2, &mut feats);
            scores.iter_mut().for_each(|s| *s = 0.0);
            self.model.score(&feats, &mut scores);
            // A word the treebank knows takes a closed-class tag only where the treebank gave
            // it that tag ("Watch" in "Human Rights Watch" is no WDT); an unknown word may be a
            // misspelt one ("Theyre").
            if let Some(seen) = features.words[i + 2].seen {
                for (k, (_, x)) in self.tags.iter().enumerate() {
                    if CLOSED.contains(x) && seen & (1u64 << x.index()) == 0 {
                        scores[k] = f32::NEG_INFINITY;
                    }
                }
            }
            let best = argmax(&scores);
            out.push(best);
            t2 = t1;
            t1 = best as u64;
        }
        out
    }

    /// Writes the tagger's section of the model file.
    pub fn write(&self, w: &mut Writer) {
        w.u32(self.tags.len() as u32);
        for (u, x) in &self.tags {
            w.u8(u.index() as u8);
            w.u8(x.index() as u8);
        }
        self.lexicon.write(w);
        self.model.write(w);
    }

    /// Reads the tagger's section.
    pub fn read(r: &mut Reader) -> Result<Self, ModelError> {
        let n = r.u32()? as usize;
        let mut tags = Vec::with_capacity(n.min(256));
        for _ in 0..n {
            let u = Upos::from_index(r.u8()? as usize).ok_or_else(|| r.error("bad UPOS"))?;
            let x = Xpos::from_index(r.u8()? as usize).ok_or_else(|| r.error("bad XPOS"))?;
            tags.push((u, x));
        }
        let lexicon = Lexicon::read(r)?;
        let model = Linear::read(r)?;
        if model.classes() != tags.len() {
            return Err(r.error("the tagger's classes do not match its tags"));
        }
        Ok(Tagger {
            tags,
            lexicon,
            model,
        })
    }
}

/// The closed word classes of the XPOS tags: a word takes one of them only where the training
/// data gave it that tag (see [`Tagger::tag`]).
const CLOSED: &[Xpos] = &[
    Xpos::Cc,
    Xpos::Dt,
    Xpos::Ex,
    Xpos::Md,
    Xpos::Pdt,
    Xpos::Pos,
    Xpos::Prp,
    Xpos::PrpS,
    Xpos::To,
    Xpos::Wdt,
    Xpos::Wp,
    Xpos::WpS,
    Xpos::Wrb,
];

/// The index of the largest score (the first on ties).
pub fn argmax(scores: &[f32]) -> usize {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = i;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert_eq!(shape("Hello-2020"), "Xxx-dd");
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(shape("iPhone"), "xXxx");
        assert_eq!(shape(""), "");
    }

    #[test]
    fn features_are_the_same_for_the_same_context() {
        let lexicon = Lexicon::default();
        let a = Features::new(["The", "talks", "failed"], &lexicon);
        let b = Features::new(["The", "talks", "stalled"], &lexicon);
        let (mut fa, mut fb) = (Vec::new(), Vec::new());
        a.of(0, u64::MAX, u64::MAX, &mut fa);
        b.of(0, u64::MAX, u64::MAX, &mut fb);
        // Only the features that look at the word after next differ.
        let differ = fa.iter().zip(&fb).filter(|(x, y)| x != y).count();
        assert_eq!(differ, 2);
        assert_eq!(a.len(), 3);
    }

    #[test]
    fn a_known_word_takes_a_closed_class_tag_only_where_the_treebank_gave_it() {
        let t = &crate::syntax::model().tagger;
        let xpos = |forms: &[&str]| -> Vec<Xpos> {
            let classes = t.tag(&t.features(forms.iter().copied()));
            classes.into_iter().map(|c| t.tags[c].1).collect()
        };
        // The model alone reads "Watch" as WDT here.
        let got = xpos(&[
            "Human",
            "Rights",
            "Watch",
            "criticised",
            "the",
            "government",
            ".",
        ]);
        assert!(!CLOSED.contains(&got[2]), "{got:?}");
        // A word the treebank gave the tag keeps it.
        let got = xpos(&["the", "town", "which", "the", "rebels", "took"]);
        assert_eq!(got[2], Xpos::Wdt, "{got:?}");
    }
}
