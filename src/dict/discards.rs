//! PETRARCH discard lists (`Phoenix.discards.txt`): phrases that stop a sentence from being coded
//! (sports, entertainment, history), `+` for the whole story, a trailing `_` for a whole word
//! rather than a stem; see `docs/dictionaries.md`.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use super::{lines, phrase_key, read_file, strict};
use crate::diag::{Diagnostic, Diagnostics};

/// One discard phrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Discard {
    /// The phrase in [`super::phrase_key`] form (`world cup`).
    pub phrase: String,
    /// `+`: the whole story is left uncoded, not only the sentence.
    pub story: bool,
    /// A trailing `_`: the last word must end there; otherwise it is a stem ("basketball"
    /// matches "basketballer").
    pub whole_word: bool,
    /// The line of the entry.
    pub line: u64,
}

/// The discard phrases of a dictionary.
#[derive(Clone, Debug, Default)]
pub struct DiscardDictionary {
    discards: Vec<Discard>,
    /// Phrase -> index; the first entry of a phrase keeps it.
    by_phrase: HashMap<String, usize>,
    /// First word -> the phrases of two or more words that start with it.
    by_first: HashMap<String, Vec<usize>>,
    /// One-word stems and whole words.
    words: HashMap<String, usize>,
    /// The lengths (in bytes) of one-word stems, to try only those prefixes of a word.
    stem_lengths: Vec<usize>,
}

impl DiscardDictionary {
    /// Reads a discard file; any problem is an error naming the file and line.
    pub fn read(path: &Path) -> Result<DiscardDictionary, Diagnostics> {
        let text = read_file(path)?;
        Self::parse(&text, &path.display().to_string())
    }

    /// Parses a discard list; any problem is an error.
    pub fn parse(text: &str, file: &str) -> Result<DiscardDictionary, Diagnostics> {
        let (dict, problems) = Self::parse_lenient(text, file);
        strict(dict, problems)
    }

    /// Parses a discard list, skipping the lines with a problem and returning them beside it.
    pub fn parse_lenient(text: &str, file: &str) -> (DiscardDictionary, Diagnostics) {
        let mut problems = Diagnostics::default();
        let mut dict = DiscardDictionary::default();
        let mut stem_lengths = HashSet::new();
        for line in lines(text) {
            let mut body = line.text.trim();
            let story = body.starts_with('+');
            if story {
                body = body[1..].trim_start();
            }
            if body.contains(['[', ']']) {
                problems.push(Diagnostic::new(
                    file,
                    Some(line.number),
                    Some("phrase"),
                    format!("a discard is a phrase without a code: '{body}'"),
                ));
                continue;
            }
            let whole_word = body.ends_with('_');
            let phrase = phrase_key(body);
            if phrase.is_empty() {
                problems.push(Diagnostic::new(
                    file,
                    Some(line.number),
                    Some("phrase"),
                    "an empty discard phrase",
                ));
                continue;
            }
            if dict.by_phrase.contains_key(&phrase) {
                continue;
            }
            let index = dict.discards.len();
            dict.by_phrase.insert(phrase.clone(), index);
            match phrase.split_once(' ') {
                Some((first, _)) => dict
                    .by_first
                    .entry(first.to_string())
                    .or_default()
                    .push(index),
                None => {
                    dict.words.insert(phrase.clone(), index);
                    if !whole_word {
                        stem_lengths.insert(phrase.len());
                    }
                }
            }
            dict.discards.push(Discard {
                phrase,
                story,
                whole_word,
                line: line.number,
            });
        }
        dict.stem_lengths = stem_lengths.into_iter().collect();
        dict.stem_lengths.sort_unstable();
        (dict, problems)
    }

    /// The discard with exactly this phrase (compared as [`super::phrase_key`] forms).
    pub fn lookup(&self, phrase: &str) -> Option<&Discard> {
        self.by_phrase
            .get(&phrase_key(phrase))
            .map(|&i| &self.discards[i])
    }

    /// The first discard found in a text, scanning its words left to right (letters, digits,
    /// `'` and `-` make a word; case does not matter); time linear in the text.
    pub fn find_in(&self, text: &str) -> Option<&Discard> {
        let words: Vec<String> = text
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        for (i, word) in words.iter().enumerate() {
            if let Some(&d) = self.words.get(word) {
                return Some(&self.discards[d]);
            }
            for &n in &self.stem_lengths {
                if n < word.len()
                    && word.is_char_boundary(n)
                    && let Some(&d) = self.words.get(&word[..n])
                    && !self.discards[d].whole_word
                {
                    return Some(&self.discards[d]);
                }
            }
            for &d in self.by_first.get(word).into_iter().flatten() {
                if self.matches_at(&self.discards[d], &words[i..]) {
                    return Some(&self.discards[d]);
                }
            }
        }
        None
    }

    fn matches_at(&self, discard: &Discard, words: &[String]) -> bool {
        let parts: Vec<&str> = discard.phrase.split(' ').collect();
        if words.len() < parts.len() {
            return false;
        }
        let last = parts.len() - 1;
        parts.iter().enumerate().all(|(k, p)| {
            let w = words[k].as_str();
            w == *p || (k == last && !discard.whole_word && w.starts_with(p))
        })
    }

    /// Every discard, in file order.
    pub fn iter(&self) -> impl Iterator<Item = &Discard> {
        self.discards.iter()
    }

    /// How many discard phrases the dictionary has.
    pub fn len(&self) -> usize {
        self.discards.len()
    }

    /// Whether the dictionary is empty.
    pub fn is_empty(&self) -> bool {
        self.discards.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_phrases_stems_and_whole_words() {
        let text = "CRICKET\n+ GRAND_PRIX_  # note\nCHESS_\nLEAGUE CUP\n";
        let d = DiscardDictionary::parse(text, "d.txt").unwrap();
        assert_eq!(d.len(), 4);
        assert!(d.lookup("grand prix").unwrap().story);
        assert_eq!(d.find_in("The cricketers met.").unwrap().phrase, "cricket");
        assert!(d.find_in("a chessboard").is_none());
        assert_eq!(d.find_in("won at chess").unwrap().phrase, "chess");
        assert_eq!(d.find_in("the League Cups").unwrap().phrase, "league cup");
        assert!(d.find_in("the Grand Prixes").is_none());
        assert!(d.find_in("Ministers met in Geneva").is_none());
    }

    #[test]
    fn a_code_on_a_discard_line_is_an_error() {
        let e = DiscardDictionary::parse("A\nB [010]\n", "d.txt").unwrap_err();
        assert_eq!(e.0[0].line, Some(2));
        assert!(e.to_string().contains("d.txt:2: field 'phrase'"), "{e}");
    }
}
