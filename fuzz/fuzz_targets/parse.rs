//! Fuzz target for the whole syntax stage (tokens, tags, lemmas, trees) with the built-in model:
//! any bytes, read as (lossy) UTF-8 text. It must never panic, and every sentence must be a
//! tree: one root, every head inside the sentence, no cycle; the CoNLL-U it writes must read
//! back to the same words.
#![no_main]

use casus::syntax::{self, conllu};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let sentences = syntax::parse(&text);
    for s in &sentences {
        let n = s.words.len();
        assert!(n > 0 && n <= syntax::tokenize::MAX_WORDS);
        assert_eq!(s.words.iter().filter(|w| w.head == 0).count(), 1);
        for i in 0..n {
            // Climbing from any word reaches the root in fewer than n steps.
            let mut at = i;
            let mut steps = 0;
            while let Some(h) = s.head_of(at) {
                assert!(h < n);
                at = h;
                steps += 1;
                assert!(steps <= n, "a cycle through word {}", i + 1);
            }
        }
    }
    let mut out = Vec::new();
    let mut w = conllu::Writer::new(&mut out);
    for (k, s) in sentences.iter().enumerate() {
        w.write(&text, &format!("fuzz-{}", k + 1), s).expect("writing to memory");
    }
    let back = conllu::read(std::str::from_utf8(&out).expect("CoNLL-U is UTF-8"), "fuzz")
        .expect("our CoNLL-U reads back");
    assert_eq!(back.len(), sentences.len());
    for (a, b) in back.iter().zip(&sentences) {
        assert_eq!(a.sentence.words.len(), b.words.len());
        for (x, y) in a.sentence.words.iter().zip(&b.words) {
            assert_eq!((x.head, x.deprel, x.upos), (y.head, y.deprel, y.upos));
        }
    }
});
