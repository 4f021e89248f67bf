//! Fuzz target for the tokenizer and sentence splitter: any bytes, read as (lossy) UTF-8 text.
//! It must never panic, and its output must hold together: tokens in order, on character
//! boundaries, without separators, covering every other character once; the words of a token
//! tiling it; no sentence over `MAX_WORDS` words. The scorer, given the output as both gold and
//! system, must find everything correct.
#![no_main]

use casus::syntax::eval::{self, Scored};
use casus::syntax::tokenize::{self, MAX_WORDS, is_separator};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text = text.as_ref();
    let mut last = 0usize;
    let mut covered = 0usize;
    let mut sentences = Vec::new();
    for s in tokenize::sentences(text) {
        assert!(!s.tokens.is_empty());
        assert!(s.words.len() <= MAX_WORDS);
        assert_eq!(s.start, s.tokens[0].start);
        assert_eq!(s.end, s.tokens[s.tokens.len() - 1].end);
        let mut next_word = 0;
        for t in &s.tokens {
            assert!(last <= t.start && t.start < t.end && t.end <= text.len());
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
            let form = &text[t.start..t.end];
            assert!(!form.chars().any(is_separator), "{form:?}");
            covered += form.chars().count();
            last = t.end;
            assert_eq!(t.words.start, next_word);
            assert!(t.words.end > t.words.start);
            next_word = t.words.end;
            let mut at = t.start;
            for &(a, b) in &s.words[t.words.clone()] {
                assert!(a == at && a < b && text.is_char_boundary(b));
                at = b;
            }
            assert_eq!(at, t.end);
        }
        assert_eq!(next_word, s.words.len());
        sentences.push(s.untagged(text));
    }
    assert_eq!(covered, text.chars().filter(|c| !is_separator(*c)).count());
    let scored: Vec<Scored> = sentences
        .iter()
        .map(|s| Scored { text, sentence: s })
        .collect();
    let scores = eval::evaluate(&scored, &scored).expect("the same analysis");
    assert_eq!(scores.tokens.correct, scores.tokens.gold);
    assert_eq!(scores.words.correct, scores.words.gold);
    assert_eq!(scores.sentences.correct, scores.sentences.system);
    assert_eq!(scores.las.correct, scores.las.gold);
});
