//! Lemmas and morphological features from the form and its XPOS tag: suffix rules learnt from
//! the treebank ("-ies" NNS -> "-y"), an exception list for what the rules get wrong ("met" VBD
//! -> "meet", "n't" -> "not"), the table of irregular verbs for past forms the treebank lacks
//! ("froze" -> "freeze"), and the features of each form and tag as the treebank gives them.

use std::borrow::Cow;
use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use super::Xpos;
use super::model::{ModelError, Reader, Writer};

/// The rules of the lemmatizer; part of the model's feature-set hash.
pub const FEATURE_SET: &str = "lemma-1: exceptions by (xpos, form) then (xpos, lower form); \
    suffix rules by (xpos, lower suffix <= 6 chars) on the base (form for NNP/NNPS and \
    capitalised JJ*, else lower case); feats by (xpos, lower form) else by xpos";

/// The longest suffix a rule looks at, in characters.
const MAX_SUFFIX: usize = 6;

/// An edit from a word's base to its lemma: drop `cut` characters, append `add`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Edit {
    cut: u8,
    add: String,
}

/// The trained lemmatizer and feature table.
#[derive(Default)]
pub struct Lemmatizer {
    exceptions: FxHashMap<(Xpos, String), String>,
    rules: FxHashMap<(Xpos, String), Edit>,
    feats: FxHashMap<(Xpos, String), String>,
    default_feats: FxHashMap<Xpos, String>,
}

/// The form the rules start from: proper nouns and capitalised adjectives ("Armenian") keep
/// their case; everything else is lower-cased.
fn base(form: &str, xpos: Xpos) -> Cow<'_, str> {
    let proper = matches!(xpos, Xpos::Nnp | Xpos::Nnps)
        || (matches!(xpos, Xpos::Jj | Xpos::Jjr | Xpos::Jjs)
            && form.chars().next().is_some_and(char::is_uppercase)
            && form.chars().any(char::is_lowercase));
    if proper || !form.chars().any(char::is_uppercase) {
        Cow::Borrowed(form)
    } else {
        Cow::Owned(form.to_lowercase())
    }
}

/// The byte offsets where the last 0..=MAX_SUFFIX characters of `s` start, shortest first.
fn suffix_starts(s: &str) -> impl Iterator<Item = usize> + '_ {
    std::iter::once(s.len()).chain(s.char_indices().rev().map(|(i, _)| i).take(MAX_SUFFIX))
}

impl Lemmatizer {
    /// The lemma of `form` tagged `xpos`.
    pub fn lemma(&self, form: &str, xpos: Xpos) -> String {
        if let Some(l) = self.exception(form, xpos) {
            return l.to_string();
        }
        // An irregular past the treebank did not list ("froze", "overran"): the table's base.
        let irregular = match xpos {
            Xpos::Vbd => super::irregular::base_of_past(&form.to_lowercase()),
            Xpos::Vbn => super::irregular::base_of_participle(&form.to_lowercase()),
            _ => None,
        };
        if let Some(base) = irregular {
            return base.to_string();
        }
        self.by_rule(form, xpos)
    }

    fn exception(&self, form: &str, xpos: Xpos) -> Option<&str> {
        // Borrowed lookups would need a custom key type; a short-lived String is cheap enough.
        if let Some(l) = self.exceptions.get(&(xpos, form.to_string())) {
            return Some(l);
        }
        if form.chars().any(char::is_uppercase) {
            return self
                .exceptions
                .get(&(xpos, form.to_lowercase()))
                .map(String::as_str);
        }
        None
    }

    fn by_rule(&self, form: &str, xpos: Xpos) -> String {
        let base = base(form, xpos);
        let lower = base.to_lowercase();
        let mut edit = None;
        for start in suffix_starts(&lower) {
            if let Some(e) = self.rules.get(&(xpos, lower[start..].to_string())) {
                edit = Some(e);
            }
        }
        let Some(edit) = edit else {
            return base.into_owned();
        };
        let n = base.chars().count();
        if edit.cut as usize >= n {
            return base.into_owned();
        }
        let keep = base
            .char_indices()
            .nth(n - edit.cut as usize)
            .map_or(base.len(), |(i, _)| i);
        let mut out = base[..keep].to_string();
        out.push_str(&edit.add);
        out
    }

    /// The morphological features of `form` tagged `xpos` (empty when none).
    pub fn feats(&self, form: &str, xpos: Xpos) -> &str {
        self.feats
            .get(&(xpos, form.to_lowercase()))
            .or_else(|| self.default_feats.get(&xpos))
            .map_or("", String::as_str)
    }

    /// Learns the rules, exceptions and features from treebank words (form, XPOS, lemma,
    /// features); words whose lemma is `_` teach only their features.
    pub fn learn<'a>(words: impl IntoIterator<Item = (&'a str, Xpos, &'a str, &'a str)>) -> Self {
        let mut edits: FxHashMap<(Xpos, String), BTreeMap<Edit, u32>> = FxHashMap::default();
        let mut lemmas: BTreeMap<(Xpos, &str), BTreeMap<&str, u32>> = BTreeMap::new();
        let mut feats: BTreeMap<(Xpos, String), BTreeMap<&str, u32>> = BTreeMap::new();
        let mut tag_feats: BTreeMap<Xpos, BTreeMap<&str, u32>> = BTreeMap::new();
        for (form, xpos, lemma, f) in words {
            *feats
                .entry((xpos, form.to_lowercase()))
                .or_default()
                .entry(f)
                .or_default() += 1;
            *tag_feats.entry(xpos).or_default().entry(f).or_default() += 1;
            if lemma == "_" || form.is_empty() {
                continue;
            }
            *lemmas
                .entry((xpos, form))
                .or_default()
                .entry(lemma)
                .or_default() += 1;
            let b = base(form, xpos);
            let bc: Vec<char> = b.chars().collect();
            let lc: Vec<char> = lemma.chars().collect();
            let common = bc.iter().zip(&lc).take_while(|(a, b)| a == b).count();
            let cut = bc.len() - common;
            if cut > MAX_SUFFIX {
                continue;
            }
            let edit = Edit {
                cut: cut as u8,
                add: lc[common..].iter().collect(),
            };
            let lower = b.to_lowercase();
            for (k, start) in suffix_starts(&lower).enumerate() {
                if k >= cut {
                    *edits
                        .entry((xpos, lower[start..].to_string()))
                        .or_default()
                        .entry(edit.clone())
                        .or_default() += 1;
                }
            }
        }
        let mut out = Lemmatizer::default();
        // The most frequent edit of each suffix, kept only where it differs from what the next
        // shorter suffix would give (shortest first, so that suffix is already settled).
        let mut keys: Vec<&(Xpos, String)> = edits.keys().collect();
        keys.sort_by_key(|(x, s)| (s.chars().count(), *x, s.clone()));
        for k in keys {
            let counts = &edits[k];
            let best = counts
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
                .map(|(e, _)| e.clone())
                .expect("counted");
            let (xpos, suffix) = k;
            // The closest shorter suffix with a rule of its own.
            let shorter: Vec<usize> = suffix_starts(suffix).filter(|&s| s > 0).collect();
            let parent = shorter
                .iter()
                .rev()
                .find_map(|&s| out.rules.get(&(*xpos, suffix[s..].to_string())));
            if parent != Some(&best) {
                out.rules.insert(k.clone(), best);
            }
        }
        for ((xpos, form), counts) in &lemmas {
            let lemma = majority(counts);
            if out.by_rule(form, *xpos) != lemma {
                out.exceptions
                    .insert((*xpos, form.to_string()), lemma.to_string());
            }
        }
        for (xpos, counts) in &tag_feats {
            out.default_feats
                .insert(*xpos, majority(counts).to_string());
        }
        for ((xpos, form), counts) in &feats {
            let f = majority(counts);
            if out.default_feats.get(xpos).map(String::as_str) != Some(f) {
                out.feats.insert((*xpos, form.clone()), f.to_string());
            }
        }
        out
    }

    /// Writes the lemmatizer's section of the model file (sorted, so the bytes are the same
    /// for the same tables).
    pub fn write(&self, w: &mut Writer) {
        fn table(w: &mut Writer, t: &FxHashMap<(Xpos, String), String>) {
            let mut rows: Vec<_> = t.iter().collect();
            rows.sort();
            w.u32(rows.len() as u32);
            for ((x, k), v) in rows {
                w.u8(x.index() as u8);
                w.str(k);
                w.str(v);
            }
        }
        table(w, &self.exceptions);
        let rules: FxHashMap<(Xpos, String), String> = self
            .rules
            .iter()
            .map(|(k, e)| (k.clone(), format!("{}\t{}", e.cut, e.add)))
            .collect();
        table(w, &rules);
        table(w, &self.feats);
        let defaults: FxHashMap<(Xpos, String), String> = self
            .default_feats
            .iter()
            .map(|(x, f)| ((*x, String::new()), f.clone()))
            .collect();
        table(w, &defaults);
    }

    /// Reads the lemmatizer's section.
    pub fn read(r: &mut Reader) -> Result<Self, ModelError> {
        fn table(r: &mut Reader) -> Result<FxHashMap<(Xpos, String), String>, ModelError> {
            let n = r.u32()? as usize;
            let mut t = FxHashMap::default();
            for _ in 0..n {
                let x = Xpos::from_index(r.u8()? as usize).ok_or_else(|| r.error("bad XPOS"))?;
                let k = r.str()?.to_string();
                let v = r.str()?.to_string();
                t.insert((x, k), v);
            }
            Ok(t)
        }
        let exceptions = table(r)?;
        let mut rules = FxHashMap::default();
        for (k, v) in table(r)? {
            let (cut, add) = v
                .split_once('\t')
                .ok_or_else(|| r.error("bad lemma rule"))?;
            let cut = cut.parse().map_err(|_| r.error("bad lemma rule"))?;
            rules.insert(
                k,
                Edit {
                    cut,
                    add: add.to_string(),
                },
            );
        }
        let feats = table(r)?;
        let default_feats = table(r)?.into_iter().map(|((x, _), f)| (x, f)).collect();
        Ok(Lemmatizer {
            exceptions,
            rules,
            feats,
            default_feats,
        })
    }
}

/// The most frequent key (the smallest on ties).
fn majority<'a>(counts: &BTreeMap<&'a str, u32>) -> &'a str {
    counts
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(k, _)| *k)
        .unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trained() -> Lemmatizer {
        let words = [
            ("talks", Xpos::Nns, "talk", "Number=Plur"),
            ("walks", Xpos::Nns, "walk", "Number=Plur"),
            ("parties", Xpos::Nns, "party", "Number=Plur"),
            ("cities", Xpos::Nns, "city", "Number=Plur"),
            ("met", Xpos::Vbd, "meet", "Tense=Past"),
            ("welcomed", Xpos::Vbd, "welcome", "Tense=Past"),
            ("agreed", Xpos::Vbd, "agree", "Tense=Past"),
            ("urged", Xpos::Vbd, "urge", "Tense=Past"),
            ("called", Xpos::Vbd, "call", "Tense=Past"),
            ("asked", Xpos::Vbd, "ask", "Tense=Past"),
            ("they", Xpos::Prp, "they", "Case=Nom|Number=Plur"),
            ("them", Xpos::Prp, "they", "Case=Acc|Number=Plur"),
            ("Armenian", Xpos::Jj, "Armenian", "Degree=Pos"),
            ("n't", Xpos::Rb, "not", "Polarity=Neg"),
            ("Russia", Xpos::Nnp, "Russia", "Number=Sing"),
            ("second", Xpos::Jj, "2nd", "NumType=Ord"),
        ];
        Lemmatizer::learn(words)
    }

    #[test]
    fn rules_generalise_and_exceptions_hold() {
        let l = trained();
        assert_eq!(l.lemma("parties", Xpos::Nns), "party");
        assert_eq!(l.lemma("stories", Xpos::Nns), "story");
        assert_eq!(l.lemma("Talks", Xpos::Nns), "talk");
        assert_eq!(l.lemma("met", Xpos::Vbd), "meet");
        assert_eq!(l.lemma("MET", Xpos::Vbd), "meet");
        assert_eq!(l.lemma("n't", Xpos::Rb), "not");
        assert_eq!(l.lemma("Azerbaijani", Xpos::Jj), "Azerbaijani");
        assert_eq!(l.lemma("Baku", Xpos::Nnp), "Baku");
        assert_eq!(l.lemma("them", Xpos::Prp), "they");
    }

    #[test]
    fn features_by_form_then_by_tag() {
        let l = trained();
        assert_eq!(l.feats("them", Xpos::Prp), "Case=Acc|Number=Plur");
        assert_eq!(l.feats("houses", Xpos::Nns), "Number=Plur");
        assert_eq!(l.feats("zzz", Xpos::Sym), "");
    }

    #[test]
    fn written_tables_read_back() {
        let l = trained();
        let mut w = Writer::new();
        l.write(&mut w);
        let b = w.into_bytes();
        let back = Lemmatizer::read(&mut Reader::new(&b)).unwrap();
        let cases = [
            ("stories", Xpos::Nns),
            ("met", Xpos::Vbd),
            ("them", Xpos::Prp),
            ("second", Xpos::Jj),
        ];
        for (f, x) in cases {
            assert_eq!(back.lemma(f, x), l.lemma(f, x));
            assert_eq!(back.feats(f, x), l.feats(f, x));
        }
    }
}
