//! The syntax stage: English sentences, tokens, part-of-speech tags, lemmas and labelled
//! dependency trees in the Universal Dependencies convention, from raw text, by models trained
//! on UD English and embedded in the binary. See `docs/syntax.md`.

pub mod conllu;
pub mod eval;
pub mod irregular;
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
use std::sync::OnceLock;

pub use model::{Model, ModelError};
pub use tags::{Deprel, Upos, Xpos};

/// The built-in model (trained by `casus-train`, see `docs/syntax.md`).
pub static MODEL_BYTES: &[u8] = include_bytes!("data/en-ud.model");

/// The built-in model, read on first use.
pub fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        // The model is part of the binary and checked by the tests: failing here is a build
        // defect, not bad input.
        Model::from_bytes(MODEL_BYTES).unwrap_or_else(|e| panic!("the built-in {e}"))
    })
}

/// Tokenises, tags, lemmatises and parses English text with the built-in model: one
/// `Sentence` per sentence, in order, offsets into `text`.
pub fn parse(text: &str) -> Vec<Sentence> {
    parse_with(model(), text)
}

/// Tokenises, tags, lemmatises and parses English text with `model`: one `Sentence` per
/// sentence, in order, offsets into `text`. Sentences longer than `tokenize::MAX_WORDS` words
/// come in pieces (see `docs/syntax.md`).
pub fn parse_with(model: &Model, text: &str) -> Vec<Sentence> {
    sentences_with(model, text).collect()
}

/// The sentences of `text` parsed one at a time, for texts too large to hold every parse.
pub fn sentences_with<'a>(model: &'a Model, text: &'a str) -> impl Iterator<Item = Sentence> + 'a {
    tokenize::sentences(text).map(move |raw| {
        let mut s = raw.untagged(text);
        annotate(model, &mut s);
        s
    })
}

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
        let (upos, xpos) = model.tagger.tags[c];
        retag(model, w, upos, xpos);
    }
    // The repairs after the tagger (see `docs/syntax.md`, "The tagger"), in this order.
    for w in s.words.iter_mut().filter(|w| gerund_without_ing(w)) {
        retag(model, w, Upos::Noun, Xpos::Nn);
    }
    for i in plurals_read_as_verbs(&s.words) {
        retag(model, &mut s.words[i], Upos::Noun, Xpos::Nns);
    }
    if let Some(i) = initial_plurals_read_as_verbs(&s.words) {
        retag(model, &mut s.words[i], Upos::Noun, Xpos::Nns);
    }
    for i in counted_plurals_read_as_verbs(&s.words) {
        retag(model, &mut s.words[i], Upos::Noun, Xpos::Nns);
    }
    for i in unseen_agent_nouns_read_as_verbs(&s.words, &model.tagger.lexicon) {
        retag(model, &mut s.words[i], Upos::Noun, Xpos::Nns);
    }
    for i in relative_verbs_read_as_plurals(&s.words) {
        retag(model, &mut s.words[i], Upos::Verb, Xpos::Vbz);
    }
    for i in name_words_read_as_verbs(&s.words) {
        retag(model, &mut s.words[i], Upos::Propn, Xpos::Nnp);
    }
    for i in name_starts_read_as_nouns(&s.words) {
        retag(model, &mut s.words[i], Upos::Propn, Xpos::Nnp);
    }
    for i in verbs_after_an_article(&s.words) {
        retag(model, &mut s.words[i], Upos::Noun, Xpos::Nn);
    }
    for i in bare_verbs_after_a_past_tense(&s.words) {
        retag(model, &mut s.words[i], Upos::Noun, Xpos::Nn);
    }
    for i in plurals_after_a_past_tense(&s.words) {
        retag(model, &mut s.words[i], Upos::Noun, Xpos::Nns);
    }
    for (i, xpos) in irregular_pasts_read_as_other_words(&s.words, &model.tagger.lexicon) {
        retag(model, &mut s.words[i], Upos::Verb, xpos);
    }
    for i in military_read_as_adjective(&s.words) {
        retag(model, &mut s.words[i], Upos::Noun, Xpos::Nn);
    }
    if let Some(i) = main_verb_read_as_participle(&s.words) {
        retag(model, &mut s.words[i], Upos::Verb, Xpos::Vbd);
    }
    for i in subjunctives_read_as_nouns(&s.words, &model.tagger.lexicon) {
        retag(model, &mut s.words[i], Upos::Verb, Xpos::Vb);
    }
    for i in phrasal_pasts_read_as_nouns(&s.words, &model.tagger.lexicon) {
        retag(model, &mut s.words[i], Upos::Verb, Xpos::Vbd);
        retag(model, &mut s.words[i + 1], Upos::Adp, Xpos::Rp);
    }
    for (i, object) in bare_pasts_read_as_other_words(&s.words, &model.tagger.lexicon) {
        retag(model, &mut s.words[i], Upos::Verb, Xpos::Vbd);
        if object {
            retag(model, &mut s.words[i + 1], Upos::Noun, Xpos::Nn);
        }
    }
    for i in verbless_pasts_read_as_adjectives(&s.words, &model.tagger.lexicon) {
        retag(model, &mut s.words[i], Upos::Verb, Xpos::Vbd);
    }
    for i in clause_pasts_read_as_adjectives(&s.words, &model.tagger.lexicon) {
        retag(model, &mut s.words[i], Upos::Verb, Xpos::Vbd);
    }
    for i in suspicion_pasts_read_as_participles(&s.words) {
        retag(model, &mut s.words[i], Upos::Verb, Xpos::Vbn);
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
    past_tense_read_as_modifier(&mut s.words);
    noun_root_before_its_clause(&mut s.words);
    if let Some(k) = participle_read_as_modifier_of_the_root(&mut s.words) {
        retag(model, &mut s.words[k], Upos::Verb, Xpos::Vbd);
    }
    perfect_is_active(&mut s.words);
    relative_clause_read_as_main(&mut s.words);
    coordinated_subjects(&mut s.words);
    subject_read_as_conjunct(&mut s.words);
    infinitive_subject_is_object(&mut s.words);
    gerund_clause_hung_on_a_date(&mut s.words);
    object_control_read_as_purpose(&mut s.words);
    between_pair_read_as_clause(&mut s.words);
    clause_of_time_read_as_phrase(&mut s.words);
    stranded_objects(&mut s.words);
    participle_after_a_noun_read_as_adverbial(&mut s.words);
    for_phrase_read_as_clause(&mut s.words);
}

/// A "for" phrase of the subject read as the start of a clause: "A spokesman for the UN
/// expressed concern" came out with "for" a `mark` of "expressed" and "UN" a second subject of
/// it. No verb of the UD English treebanks (every split) has two subjects, and "for" marks a
/// finite verb four times; so where a verb has two, with "for" its marker between them and the
/// words between "for" and the second all of the second's phrase, "for" becomes the second's
/// preposition and the second an `nmod` of the first.
fn for_phrase_read_as_clause(words: &mut [Word]) {
    let n = words.len();
    let head = |words: &[Word], x: usize| words[x].head.checked_sub(1);
    // From each "for" read as a marker (rare), not from each verb: the sentence is walked once
    // more per such word only.
    for m in 0..n {
        if words[m].deprel != Deprel::Mark || !words[m].form.eq_ignore_ascii_case("for") {
            continue;
        }
        let Some(v) = head(words, m) else { continue };
        let mut subjects = (0..v).filter(|&c| {
            head(words, c) == Some(v)
                && matches!(words[c].deprel, Deprel::Nsubj | Deprel::NsubjPass)
        });
        let (Some(a), Some(b), None) = (subjects.next(), subjects.next(), subjects.next()) else {
            continue;
        };
        if !(a < m && m < b) {
            continue;
        }
        // Every word between the marker and the second subject hangs on the second.
        let of_b = |mut k: usize| {
            for _ in 0..n {
                match head(words, k) {
                    Some(h) if h == b => return true,
                    Some(h) => k = h,
                    None => return false,
                }
            }
            false
        };
        if (m + 1..b).all(of_b) {
            words[m].head = b + 1;
            words[m].deprel = Deprel::Case;
            words[b].head = a + 1;
            words[b].deprel = Deprel::Nmod;
        }
    }
}

/// A participle right after a noun, read as an adverbial clause of a verb after it: "An
/// Israeli strike on a school sheltering displaced people killed 30, officials said" came out
/// with "sheltering" an `advcl` of "said", which gives the clause the speakers as its subject.
/// In the UD English treebanks (every split) a present participle with no marker right after a
/// noun or name is an `acl` 392 times and an `advcl` of a word after it twice (both in broken
/// text), so such an `advcl` becomes an `acl` of the noun before it.
fn participle_after_a_noun_read_as_adverbial(words: &mut [Word]) {
    for x in 1..words.len() {
        let w = &words[x];
        if w.xpos != Xpos::Vbg || w.deprel != Deprel::Advcl || w.head <= x + 1 {
            continue;
        }
        if !matches!(words[x - 1].upos, Upos::Noun | Upos::Propn) {
            continue;
        }
        if words
            .iter()
            .any(|c| c.head == x + 1 && c.deprel == Deprel::Mark)
        {
            continue;
        }
        words[x].head = x;
        words[x].deprel = Deprel::Acl;
    }
}

/// Verbs whose object is the subject of the "to" infinitive after it ("ordered the troops to
/// leave", "urged Turkey to help"): the infinitive is their `xcomp`, as the UD English
/// treebanks have it.
const OBJECT_CONTROL: &[&str] = &[
    "ask",
    "tell",
    "order",
    "urge",
    "instruct",
    "direct",
    "force",
    "compel",
    "oblige",
    "allow",
    "permit",
    "encourage",
    "invite",
    "persuade",
    "advise",
    "remind",
    "warn",
    "request",
    "require",
    "press",
    "pressure",
    "call",
];

/// The infinitive of a verb of asking, ordering or allowing that the parser read as one of
/// purpose: "Mali ordered the French ambassador to leave the country" came out with "leave" an
/// `advcl` of "ordered", which says why it was ordered, not what. Right after the object of
/// such a verb (`OBJECT_CONTROL`; "called on X to ..." with its "on"), a "to" infinitive
/// hung on the verb as `advcl` is its `xcomp`. Other verbs keep their purpose clauses ("sent
/// troops to protect the border").
fn object_control_read_as_purpose(words: &mut [Word]) {
    let n = words.len();
    for k in 2..n {
        let (to, inf) = (&words[k - 1], &words[k]);
        if inf.deprel != Deprel::Advcl
            || inf.xpos != Xpos::Vb
            || to.xpos != Xpos::To
            || to.head != k + 1
        {
            continue;
        }
        let h = inf.head;
        if h == 0 || h > n || !OBJECT_CONTROL.contains(&words[h - 1].lemma.to_lowercase().as_str())
        {
            continue;
        }
        // The word right before "to" ends the verb's object (or, for "call on", the noun of
        // its "on" phrase): walk up from it to the verb, a few phrases at most, so that a
        // sentence costs a bounded walk per infinitive.
        let mut x = k - 2;
        let mut object = None;
        for _ in 0..8 {
            let up = words[x].head;
            if up == h {
                object = Some(x);
                break;
            }
            if up == 0 || up > n {
                break;
            }
            x = up - 1;
        }
        if object.is_some_and(|o| {
            o < k - 1 && matches!(words[o].deprel, Deprel::Obj | Deprel::Obl | Deprel::Iobj)
        }) {
            words[k].deprel = Deprel::Xcomp;
        }
    }
}

/// Words that name a time, on which no "of" + gerund clause hangs.
const TIME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tonight",
    "weekend",
    "morning",
    "afternoon",
    "evening",
    "night",
];

/// The "of" + gerund clause of a verb that the parser hung on a time phrase between them:
/// "X accused Y on Sunday of shelling villages" came out with "villages" an `nmod` of
/// "Sunday" and "shelling" its `amod` (or `compound`), so the clause lost its verb and its
/// object became a second party of the accusation. A day or part of a day takes no such
/// phrase, so when the noun after "of" + a `VBG` verb hangs on a time word that hangs on a
/// verb, the gerund is that verb's `advcl`, "of" its `mark` and the noun its object, as the
/// treebanks have "accused Y of shelling villages". An "of" phrase of an adjective gerund on
/// another noun ("the return of fleeing civilians") is left as it is.
fn gerund_clause_hung_on_a_date(words: &mut [Word]) {
    let n = words.len();
    for g in 1..n {
        let (of, ger) = (&words[g - 1], &words[g]);
        if ger.xpos != Xpos::Vbg
            || ger.upos != Upos::Verb
            || !matches!(ger.deprel, Deprel::Amod | Deprel::Compound)
            || !of.form.eq_ignore_ascii_case("of")
            || of.deprel != Deprel::Case
        {
            continue;
        }
        // The noun both hang on, after the gerund, and the time word it hangs on.
        let noun = ger.head;
        if noun <= g + 1 || noun > n || of.head != noun || words[noun - 1].deprel != Deprel::Nmod {
            continue;
        }
        let time = words[noun - 1].head;
        if time == 0 || time > g || time > n {
            continue;
        }
        let t = &words[time - 1];
        let verb = t.head;
        if !TIME_WORDS.contains(&t.form.to_lowercase().as_str())
            || verb == 0
            || verb > n
            || words[verb - 1].upos != Upos::Verb
        {
            continue;
        }
        words[g].head = verb;
        words[g].deprel = Deprel::Advcl;
        words[g - 1].head = g + 1;
        words[g - 1].deprel = Deprel::Mark;
        words[g - 1].upos = Upos::Sconj;
        words[noun - 1].head = g + 1;
        words[noun - 1].deprel = Deprel::Obj;
    }
}

/// The object of a verb that the parser made the subject of the "to" infinitive after it:
/// "the minister summoned the ambassador to explain ..." came out with "ambassador" as the
/// `nsubj` of "explain" and "summoned" without an object. A "to" infinitive has no subject of
/// its own in UD (but after "for": "for them to leave"), so a nominal subject standing
/// between the infinitive and the verb it hangs on, where that verb has no object, is that
/// verb's object, and a `ccomp` infinitive its `xcomp`. A preposition or subordinator
/// between the verb and the subject ("said that for them to leave ...") leaves it alone.
fn infinitive_subject_is_object(words: &mut [Word]) {
    let n = words.len();
    let nominal = |x: Xpos| matches!(x, Xpos::Nn | Xpos::Nns | Xpos::Nnp | Xpos::Nnps | Xpos::Prp);
    let mut has_object = vec![false; n + 1];
    // For each word, the position of its "to" marker, and whether it has a "for" one.
    let mut to_mark = vec![None; n + 1];
    let mut for_mark = vec![false; n + 1];
    for (k, w) in words.iter().enumerate() {
        if w.head > n {
            continue;
        }
        match w.deprel {
            Deprel::Obj => has_object[w.head] = true,
            Deprel::Mark if w.form.eq_ignore_ascii_case("to") => to_mark[w.head] = Some(k),
            Deprel::Mark if w.form.eq_ignore_ascii_case("for") => for_mark[w.head] = true,
            _ => {}
        }
    }
    for y in 0..n {
        let h = words[y].head;
        if words[y].deprel != Deprel::Nsubj || !nominal(words[y].xpos) || h == 0 || h > n {
            continue;
        }
        let inf = &words[h - 1];
        let g = inf.head;
        if inf.xpos != Xpos::Vb
            || for_mark[h]
            || !to_mark[h].is_some_and(|t| t > y && t < h - 1)
            || !matches!(inf.deprel, Deprel::Advcl | Deprel::Xcomp | Deprel::Ccomp)
            || g == 0
            || g > y
            || words[g - 1].upos == Upos::Aux
            || !matches!(
                words[g - 1].xpos,
                Xpos::Vb | Xpos::Vbd | Xpos::Vbz | Xpos::Vbp | Xpos::Vbn | Xpos::Vbg
            )
            || has_object[g]
            || words[g..y].iter().any(|w| w.xpos == Xpos::In)
        {
            continue;
        }
        words[y].head = g;
        words[y].deprel = Deprel::Obj;
        has_object[g] = true;
        if words[h - 1].deprel == Deprel::Ccomp {
            words[h - 1].deprel = Deprel::Xcomp;
        }
    }
}

/// Whether the tagger read as a gerund (`VBG`) a word without "-ing": an unknown noun
/// ("watchdog"), as no English gerund lacks the ending but the treebank's "gon" (of "gonna")
/// and the dropped "g" of speech ("goin'", "playin").
fn gerund_without_ing(w: &Word) -> bool {
    if w.xpos != Xpos::Vbg {
        return false;
    }
    let form = w.form.to_lowercase();
    !(form.ends_with("ing") || form.ends_with("in") || form.ends_with("in'") || form == "gon")
}

/// Nouns the tagger read as verbs right after an article ("in a raid in", "after an attack
/// on": `VBN`, which broke the clause): a verb's base form, participle or past tense after
/// "a", "an" or "the" and before a preposition, a comma, a conjunction or the full stop is
/// used as a noun ("the accused in the case", "the wounded in the attack" are too). A word
/// in "-s" (`VBZ`) is left alone, and so is a participle before a noun ("a wounded soldier").
fn verbs_after_an_article(words: &[Word]) -> Vec<usize> {
    use Xpos::*;
    (1..words.len().saturating_sub(1))
        .filter(|&k| {
            matches!(words[k].xpos, Vb | Vbp | Vbn | Vbd)
                && matches!(
                    words[k - 1].form.to_lowercase().as_str(),
                    "a" | "an" | "the"
                )
                && matches!(words[k + 1].xpos, In | Comma | Cc | Period)
        })
        .collect()
}

/// Nouns the tagger read as bare verbs right after a past tense ("troops exchanged gunfire":
/// "gunfire" as `VB`, which made "exchanged" its auxiliary and the clause lost its verb): in
/// the UD English training splits a bare verb follows a past tense only after "did", "helped",
/// "needed", "dared" and the like, so after any other past tense (`VBD`) the word is used as
/// a noun.
fn bare_verbs_after_a_past_tense(words: &[Word]) -> Vec<usize> {
    const BEFORE_A_BARE_VERB: &[&str] = &[
        "do", "help", "need", "dare", "let", "make", "be", "have", "go", "come", "say", "bid",
    ];
    (1..words.len())
        .filter(|&k| {
            words[k].xpos == Xpos::Vb
                && words[k - 1].xpos == Xpos::Vbd
                && !BEFORE_A_BARE_VERB.contains(&words[k - 1].lemma.as_str())
        })
        .collect()
}

/// Plurals the tagger read as verbs of the third person right after a past tense ("China sent
/// warships toward Taiwan": "warships" as `VBZ`, so "sent" lost its object): a lexical past
/// tense (`VBD`, no auxiliary) is followed by a verb in "-s" only where a clause ends ("the
/// man who served seems ..."), which the linking verbs cover. In the UD English treebanks
/// (every split), of the lower-case words in "-s" right after a lexical past tense, 112 are
/// plural nouns and 2 verbs, both "seems" (the others are words such as "his", "this", "us"
/// and "as").
fn plurals_after_a_past_tense(words: &[Word]) -> Vec<usize> {
    (1..words.len())
        .filter(|&k| {
            let (w, before) = (&words[k], &words[k - 1]);
            let lower = w.form.to_lowercase();
            w.xpos == Xpos::Vbz
                && before.xpos == Xpos::Vbd
                && before.upos != Upos::Aux
                && w.form.starts_with(|c: char| c.is_ascii_lowercase())
                && lower.ends_with('s')
                && !LINKING.contains(&lower.as_str())
                && !matches!(lower.as_str(), "was" | "says")
        })
        .collect()
}

/// "military" (or "paramilitary") the tagger read as an adjective where it is the noun, the
/// armed forces ("The Russian military shelled the town", "Myanmar's military detained ...":
/// `JJ`, which made the verb after it a participle or a compound): after a determiner, a
/// possessive, an adjective or a name, and right before a verb or an unseen past tense in
/// "-ed", it heads its phrase, as no adjective comes right before its clause's verb.
fn military_read_as_adjective(words: &[Word]) -> Vec<usize> {
    use Xpos::*;
    (1..words.len().saturating_sub(1))
        .filter(|&k| {
            let next = &words[k + 1];
            words[k].xpos == Jj
                && matches!(
                    words[k].form.to_lowercase().as_str(),
                    "military" | "paramilitary"
                )
                && matches!(words[k - 1].xpos, Dt | Pos | PrpS | Jj | Nnp | Nnps)
                && (matches!(next.xpos, Vbd | Vbn | Vbz | Vbp | Md)
                    || next.xpos == Jj && next.form.len() > 4 && next.form.ends_with("ed"))
        })
        .collect()
}

/// The verb of a "that" clause after a verb of asking, which the tagger read as a noun of
/// the clause's subject: "demanded that the government end its curbs", "insisted that Hamas
/// renounce violence" came out with "end" and "renounce" as `NN`, compounds of the subject,
/// and the clause without a verb. English puts the bare verb there (the subjunctive), so the
/// first singular noun after the subject's noun, within a few words of "that", is that verb
/// when the treebank saw the word as a bare verb and a word that can start an object or a
/// phrase follows it.
fn subjunctives_read_as_nouns(words: &[Word], lexicon: &tagger::Lexicon) -> Vec<usize> {
    use Xpos::*;
    const ASKING: &[&str] = &[
        "demand",
        "insist",
        "ask",
        "request",
        "urge",
        "recommend",
        "propose",
        "require",
    ];
    let mut out = Vec::new();
    for i in 0..words.len().saturating_sub(3) {
        if words[i].upos != Upos::Verb || !ASKING.contains(&words[i].lemma.as_str()) {
            continue;
        }
        // "that" right after the verb or after a phrase of its own ("demanded on Monday
        // that", "in a letter to the council that"), with no verb between.
        let Some(that) = (i + 1..words.len().min(i + 10))
            .take_while(|&k| !matches!(words[k].upos, Upos::Verb | Upos::Aux))
            .find(|&k| words[k].xpos == In && words[k].form.eq_ignore_ascii_case("that"))
        else {
            continue;
        };
        let noun = |x: Xpos| matches!(x, Nn | Nns | Nnp | Nnps | Prp);
        let in_phrase = |x: Xpos| noun(x) || matches!(x, Dt | PrpS | Jj | Pos | Cd);
        let mut k = that + 1;
        while k < words.len() && k < that + 7 && in_phrase(words[k].xpos) {
            let bare_verb =
                lexicon.class(linear::atom(&words[k].form.to_lowercase())) & (1 << Vb.index()) != 0;
            if words[k].xpos == Nn
                && k > that + 1
                && noun(words[k - 1].xpos)
                && bare_verb
                && words.get(k + 1).is_some_and(|next| {
                    matches!(
                        next.xpos,
                        Dt | PrpS | Jj | Nns | Nnp | Cd | In | To | Rb | Rp | Prp
                    )
                })
            {
                out.push(k);
                break;
            }
            k += 1;
        }
    }
    out
}

/// The past tense of a phrasal verb the tagger read as a noun of its subject: in "The
/// Ukrainian military shot down 30 Russian drones" "shot" came out `NN`, "down" an adverb, and
/// the sentence a noun phrase without a verb. A singular noun that the treebank saw as a past
/// tense or participle, right after a noun and right before "down", "up", "off", "out" or "back" and a word
/// that starts a noun phrase, is that past tense, and the word after it its particle: in the
/// UD English training splits no noun stands there (a noun before such a word and a noun
/// phrase, "took her pic off the net", is one the treebank never saw as a past tense).
fn phrasal_pasts_read_as_nouns(words: &[Word], lexicon: &tagger::Lexicon) -> Vec<usize> {
    use Xpos::*;
    (1..words.len().saturating_sub(2))
        .filter(|&k| {
            let w = &words[k];
            let past = || {
                let class = lexicon.class(linear::atom(&w.form.to_lowercase()));
                class & (1 << Vbd.index() | 1 << Vbn.index()) != 0
            };
            w.xpos == Nn
                && matches!(words[k - 1].xpos, Nn | Nns | Nnp | Nnps)
                && ["down", "up", "off", "out", "back"]
                    .iter()
                    .any(|p| words[k + 1].form.eq_ignore_ascii_case(p))
                && matches!(
                    words[k + 2].xpos,
                    Dt | Cd | Jj | Nn | Nns | Nnp | Nnps | PrpS
                )
                && past()
        })
        .collect()
}

/// A past tense spelt as its base form ("cut", "set", "hit", "put", "shut") that the tagger
/// read as another word class between a subject and its object: "The EU cut aid to Niger" came
/// out with "cut" an adverb and "aid" the verb, "The army set fire to the village" with "set"
/// a noun. A word in lower case the treebank saw both as a past tense and as a bare verb, its
/// form not ending in "-ed", right
/// after a noun or pronoun and right before a word that starts a noun phrase (or a particle,
/// "cut off"), is that past tense when it was read as an adverb, preposition, adjective,
/// particle or foreign word; when it was read as a noun, only in a sentence with no finite
/// verb ("the tax cut plan passed" keeps its noun). The word after it read as a bare verb
/// ("aid") is then the object's noun, when the treebank saw it as a singular noun; the second
/// of the pair says so.
fn bare_pasts_read_as_other_words(words: &[Word], lexicon: &tagger::Lexicon) -> Vec<(usize, bool)> {
    use Xpos::*;
    let seen_as = |w: &Word, tag: Xpos| {
        let atom = linear::atom(&w.form.to_lowercase());
        lexicon.knows(atom) && lexicon.class(atom) & (1 << tag.index()) != 0
    };
    let finite = words.iter().any(|w| matches!(w.xpos, Vbd | Vbz | Vbp | Md));
    (1..words.len().saturating_sub(1))
        .filter_map(|k| {
            let (w, next) = (&words[k], &words[k + 1]);
            let misread = match w.xpos {
                Rb | In | Jj | Rp | Gw | Fw => true,
                Nn => !finite,
                _ => false,
            };
            let object = matches!(next.xpos, Vb | Vbp) && seen_as(next, Nn);
            (misread
                && w.form.chars().all(|c| c.is_ascii_lowercase())
                && !w.form.ends_with("ed")
                && matches!(words[k - 1].xpos, Nn | Nns | Nnp | Nnps | Prp)
                && (object
                    || matches!(next.xpos, Dt | Cd | Jj | Nn | Nns | Nnp | Nnps | PrpS | Vbg)
                    || ["off", "down", "up", "back", "out"]
                        .iter()
                        .any(|p| next.form.eq_ignore_ascii_case(p)))
                && seen_as(w, Vbd)
                && seen_as(w, Vb))
            .then_some((k, object))
        })
        .collect()
}

/// Irregular past forms the treebank holds too rarely for the tagger to know ("Armenia froze
/// its participation", "rebels overran the base", "the town was overrun"), read as nouns or
/// adjectives. A lower-case form the tagger's lexicon lacks that the table of irregular verbs
/// ([`irregular`]) gives as a past tense, right after a noun or pronoun (or an adverb after
/// one: "also froze"; or an adjective after a determiner and before its object: "The military
/// overthrew the ..."), is that past tense (`VBD`); one it gives only as a participle, right
/// after a form of "be" or "have", is the participle (`VBN`). One the tagger made an
/// auxiliary ("withheld") is a lexical verb. The first of the pair says which tag.
fn irregular_pasts_read_as_other_words(
    words: &[Word],
    lexicon: &tagger::Lexicon,
) -> Vec<(usize, Xpos)> {
    use Xpos::*;
    let nominal = |x: Xpos| matches!(x, Nn | Nns | Nnp | Nnps | Prp);
    let auxiliary = |w: &Word| {
        matches!(w.lemma.as_str(), "be" | "have") && matches!(w.upos, Upos::Aux | Upos::Verb)
    };
    (1..words.len())
        .filter_map(|k| {
            let w = &words[k];
            let lower = w.form.as_str();
            if !lower.chars().all(|c| c.is_ascii_lowercase())
                || lexicon.knows(linear::atom(lower))
                || w.upos == Upos::Verb
            {
                return None;
            }
            if w.upos == Upos::Aux {
                let irregular = match w.xpos {
                    Vbd => irregular::base_of_past(lower).is_some(),
                    Vbn => irregular::base_of_participle(lower).is_some(),
                    _ => false,
                };
                return irregular.then_some((k, w.xpos));
            }
            let before = &words[k - 1];
            let object_after = words
                .get(k + 1)
                .is_some_and(|n| matches!(n.xpos, Dt | PrpS | Cd));
            let after_subject = nominal(before.xpos)
                || before.xpos == Rb && k >= 2 && nominal(words[k - 2].xpos)
                || before.xpos == Jj
                    && k >= 2
                    && matches!(words[k - 2].xpos, Dt | PrpS | Pos)
                    && object_after;
            let after_auxiliary =
                auxiliary(before) || before.xpos == Rb && k >= 2 && auxiliary(&words[k - 2]);
            if after_subject && irregular::base_of_past(lower).is_some() {
                Some((k, Vbd))
            } else if after_auxiliary && irregular::base_of_participle(lower).is_some() {
                Some((k, Vbn))
            } else {
                None
            }
        })
        .collect()
}

/// A past tense in "-ed" the tagger read as an adjective in a sentence it left with no finite
/// verb: "The bombing, claimed by X, wounded 30 police officers" came out with "wounded" an
/// adjective of "officers", and the sentence a noun phrase. A lower-case word in "-ed" the
/// treebank saw as a past tense or participle, after a noun, pronoun or comma with a noun or pronoun before
/// it, and before a number, determiner or possessive that opens its object, is that past tense
/// (the first such word only: it is the sentence's one verb).
fn verbless_pasts_read_as_adjectives(words: &[Word], lexicon: &tagger::Lexicon) -> Vec<usize> {
    use Xpos::*;
    if words.iter().any(|w| matches!(w.xpos, Vbd | Vbz | Vbp | Md)) {
        return Vec::new();
    }
    let nominal = |x: Xpos| matches!(x, Nn | Nns | Nnp | Nnps | Prp);
    (1..words.len().saturating_sub(1))
        .find(|&k| {
            let w = &words[k];
            let atom = linear::atom(&w.form.to_lowercase());
            w.xpos == Jj
                && w.form.len() > 4
                && w.form.ends_with("ed")
                && w.form.chars().all(|c| c.is_ascii_lowercase())
                && (nominal(words[k - 1].xpos)
                    || words[k - 1].xpos == Comma && words[..k - 1].iter().any(|p| nominal(p.xpos)))
                && matches!(words[k + 1].xpos, Cd | Dt | PrpS)
                && lexicon.knows(atom)
                && lexicon.class(atom) & (1 << Vbd.index() | 1 << Vbn.index()) != 0
        })
        .into_iter()
        .collect()
}

/// Words besides the adverbial conjunctions ([`ADVERBIAL_CONJUNCTIONS`]) that open a clause
/// before its subject: "when", "as", "if", "that" and the relative pronouns. A past tense after
/// a subject they open is the clause's verb.
const OTHER_CLAUSE_OPENERS: &[&str] = &[
    "when", "whereas", "once", "as", "if", "that", "which", "who",
];

/// Participles that name or describe their noun ("products called X", "a family owned
/// company"), which stand between two nouns as often as a past tense does.
const NAMING_PARTICIPLES: &[&str] = &[
    "called",
    "named",
    "titled",
    "entitled",
    "dubbed",
    "labelled",
    "labeled",
    "termed",
    "nicknamed",
    "based",
    "owned",
];

/// A past tense in "-ed" that the tagger read as an adjective or participle of the noun after
/// it, where it is the verb of a clause: "Protesters stormed parliament after ..." and "The
/// president resigned after rebels seized territory" came out with "stormed" and "seized" an
/// `amod` of the object, so the act had no subject. A lower-case word in "-ed" (not "un-", not
/// a participle that names), right after a noun or name whose phrase opens the sentence or
/// follows a comma or a word that opens a clause ("after", "because", "that", "which", ...),
/// and right before a noun, determiner, possessive or number, is a past tense when the
/// treebank saw it as one or as a participle, or never saw it. In the UD English treebanks
/// (every split) a word in that place is a past tense 212 times, a participle 3 times ("a
/// family owned company", "web based") and an adjective twice.
fn clause_pasts_read_as_adjectives(words: &[Word], lexicon: &tagger::Lexicon) -> Vec<usize> {
    use Xpos::*;
    let phrase = |x: Xpos| {
        matches!(
            x,
            Dt | Jj | Jjr | Jjs | Nn | Nns | Nnp | Nnps | Cd | Pos | PrpS | Hyph
        )
    };
    (1..words.len().saturating_sub(1))
        .filter(|&k| {
            let w = &words[k];
            let lower = w.form.to_lowercase();
            let atom = linear::atom(&lower);
            let opened = match words[..k].iter().rposition(|p| !phrase(p.xpos)) {
                None => true,
                Some(j) => {
                    let opener = words[j].form.to_lowercase();
                    words[j].xpos == Comma
                        || ADVERBIAL_CONJUNCTIONS.contains(&opener.as_str())
                        || OTHER_CLAUSE_OPENERS.contains(&opener.as_str())
                }
            };
            matches!(w.xpos, Jj | Vbn)
                && w.form.len() > 4
                && w.form.ends_with("ed")
                && w.form.chars().all(|c| c.is_ascii_lowercase())
                && !w.form.starts_with("un")
                && !NAMING_PARTICIPLES.contains(&lower.as_str())
                && matches!(words[k - 1].xpos, Nn | Nns | Nnp | Nnps)
                && matches!(words[k + 1].xpos, Nn | Nns | Dt | PrpS | Cd)
                && (!lexicon.knows(atom)
                    || lexicon.class(atom) & (1 << Vbd.index() | 1 << Vbn.index()) != 0)
                && opened
        })
        .collect()
}

/// A participle of suspicion the tagger read as a past tense: "imposed sanctions on four
/// settlers accused of violence against Palestinians" came out with "accused" a `VBD`, a
/// clause of its own, and the coder made someone accuse the Palestinians. "Accuse",
/// "suspect", "convict" and "indict" put the accused before "of" when active ("accused X of
/// ..."), so such a word right after a noun or name and right before "of" is the participle
/// of a passive. The UD English treebanks (every split) hold these words before "of" only as
/// participles, after an auxiliary or adverb.
fn suspicion_pasts_read_as_participles(words: &[Word]) -> Vec<usize> {
    use Xpos::*;
    (1..words.len().saturating_sub(1))
        .filter(|&k| {
            let w = &words[k];
            w.xpos == Vbd
                && ["accused", "suspected", "convicted", "indicted"]
                    .iter()
                    .any(|p| w.form.eq_ignore_ascii_case(p))
                && matches!(words[k - 1].xpos, Nn | Nns | Nnp | Nnps)
                && words[k + 1].form.eq_ignore_ascii_case("of")
        })
        .collect()
}

/// Gives word `w` the tags `upos` and `xpos`, and the lemma and features they imply.
fn retag(model: &Model, w: &mut Word, upos: Upos, xpos: Xpos) {
    (w.upos, w.xpos) = (upos, xpos);
    w.lemma = model.lemmatizer.lemma(&w.form, xpos);
    w.feats = model.lemmatizer.feats(&w.form, xpos).to_string();
}

/// Auxiliary and linking verbs in "-s", which a past tense or participle may follow ("is
/// gone", "has left", "seems tired").
const LINKING: &[&str] = &[
    "is", "has", "does", "gets", "seems", "becomes", "remains", "looks", "feels", "appears",
    "stays", "sounds", "proves", "goes", "comes", "keeps", "needs", "wants", "'s",
];

/// A plural that opens a sentence, which the tagger read as a verb or auxiliary of the third
/// person ("Israelis rallied in Tel Aviv": "Israelis" came out an auxiliary, and "rallied" a
/// passive participle): a capitalised first word in "-s" tagged `VBZ`, no auxiliary or
/// linking verb, right before a past tense or participle. In the UD English treebanks (every
/// split) the capitalised first words in "-s" before a past tense or participle are 56 nouns
/// and names, 27 determiners and possessives, 6 other words ("As", "Perhaps", "Thus"), and
/// no verb but the auxiliaries "Is", "HAS" and "Was".
fn initial_plurals_read_as_verbs(words: &[Word]) -> Option<usize> {
    let (first, next) = (words.first()?, words.get(1)?);
    let lower = first.form.to_lowercase();
    (first.xpos == Xpos::Vbz
        && first.form.starts_with(char::is_uppercase)
        && lower.ends_with('s')
        && !LINKING.contains(&lower.as_str())
        && lower != "was"
        && matches!(next.xpos, Xpos::Vbd | Xpos::Vbn))
    .then_some(0)
}

/// Plural nouns the tagger read as verbs of the third person ("Hezbollah fighters clashed":
/// "fighters" as `VBZ`, which made "clashed" a passive participle and the name its subject):
/// a `VBZ` word in "-s" that is no auxiliary or linking verb, right after a noun or adjective
/// of its phrase and right before a past tense, cannot be a verb, as no English verb takes a
/// bare past tense after it. A participle before a noun ("reports increased fighting") is an
/// adjective of that noun, so a `VBN` counts only when no noun or adjective follows it.
fn plurals_read_as_verbs(words: &[Word]) -> Vec<usize> {
    let mut out = Vec::new();
    for k in 1..words.len().saturating_sub(1) {
        let w = &words[k];
        let lower = w.form.to_lowercase();
        if w.xpos != Xpos::Vbz || !lower.ends_with('s') || LINKING.contains(&lower.as_str()) {
            continue;
        }
        let noun_before = matches!(
            words[k - 1].xpos,
            Xpos::Nnp | Xpos::Nnps | Xpos::Nn | Xpos::Jj
        );
        let after = words.get(k + 2).map(|x| x.xpos);
        let past_after = match words[k + 1].xpos {
            Xpos::Vbd => true,
            Xpos::Vbn => !matches!(
                after,
                Some(Xpos::Nn | Xpos::Nns | Xpos::Nnp | Xpos::Nnps | Xpos::Jj)
            ),
            _ => false,
        };
        if noun_before && past_after {
            out.push(k);
        }
    }
    out
}

/// Plural nouns the tagger read as verbs after a count ("killed six FARC dissidents": the
/// unseen "dissidents" came out `VBZ`, and the number and name its subject): a number above
/// one cannot be the subject of a verb in "-s", so a `VBZ` word in "-s" that is no auxiliary
/// or linking verb, after a count and only names or adjectives between, is a plural noun. A
/// number that modifies a singular noun is no count of the word after it: a year ("1560 Ruy
/// Lopez visits Rome", four digits), or a number after a determiner, a possessive or a currency
/// sign ("the 2000 tax return", "my 8 year old daughter", "the $75 call"). A number right
/// before the verb may be a noun itself ("six becomes five"), so a name or adjective must
/// stand between. In the UD English treebanks no `VBZ` word stands where this rule looks.
fn counted_plurals_read_as_verbs(words: &[Word]) -> Vec<usize> {
    const AUXILIARIES: &[&str] = &["is", "has", "does", "'s", "was"];
    let count = |k: usize| {
        let w = &words[k];
        let lower = w.form.to_lowercase();
        let year = lower.len() == 4 && lower.bytes().all(|b| b.is_ascii_digit());
        w.xpos == Xpos::Cd
            && !year
            && !matches!(lower.as_str(), "one" | "1" | "0" | "zero")
            && (k == 0
                || !(matches!(
                    words[k - 1].xpos,
                    Xpos::Dt | Xpos::PrpS | Xpos::Pos | Xpos::Dollar
                ) || words[k - 1].form == "#"))
    };
    let mut out = Vec::new();
    for k in 1..words.len() {
        let w = &words[k];
        let lower = w.form.to_lowercase();
        if w.xpos != Xpos::Vbz || !lower.ends_with('s') || AUXILIARIES.contains(&lower.as_str()) {
            continue;
        }
        let mut j = k - 1;
        while j > 0 && matches!(words[j].xpos, Xpos::Nnp | Xpos::Nnps | Xpos::Jj) {
            j -= 1;
        }
        if j < k - 1 && count(j) {
            out.push(k);
        }
    }
    out
}

/// Plural agent nouns the tagger had never seen, read as verbs after the adjective of a people
/// ("from Tigrayan fighters on Wednesday": "fighters", which the treebank holds once, came out
/// `VBZ`, and the phrase a clause). Of the words in "-ers" seen once in the UD English
/// training splits, 123 are plural nouns and 7 verbs; after an adjective or a name, 34 are
/// nouns and 2 verbs, both after a name that is no people's ("India discovers"). So an unseen
/// word in "-ers" tagged `VBZ` after an adjective, or after a name in "-an", "-ese", "-ish" or
/// "-i" ("Tigrayan", "Sudanese", "Kurdish", "Israeli"), is a plural noun.
fn unseen_agent_nouns_read_as_verbs(words: &[Word], lexicon: &tagger::Lexicon) -> Vec<usize> {
    (1..words.len())
        .filter(|&k| {
            let w = &words[k];
            if w.xpos != Xpos::Vbz {
                return false;
            }
            let lower = w.form.to_lowercase();
            let before = &words[k - 1];
            let people = before.xpos == Xpos::Nnp
                && ["an", "ese", "ish", "i"]
                    .iter()
                    .any(|end| before.form.ends_with(end));
            lower.ends_with("ers")
                && (before.xpos == Xpos::Jj || people)
                && !lexicon.knows(linear::atom(&lower))
        })
        .collect()
}

/// The verb of a relative clause the tagger read as a plural noun: in "Turkey, which backs
/// Azerbaijan, called on Armenia to ..." "backs" came out `NNS`, and the parse made the
/// relative clause the sentence's main one. After a comma and "which" or "who", the UD English
/// training splits hold 112 verbs in "-s" (`VBZ`) and one plural noun, followed by the verb of
/// its own clause ("which wolves do not"): a plural noun there with no verb after it is the
/// relative clause's verb.
fn relative_verbs_read_as_plurals(words: &[Word]) -> Vec<usize> {
    use Xpos::*;
    (2..words.len())
        .filter(|&k| {
            let w = &words[k];
            w.xpos == Nns
                && w.form.ends_with('s')
                && words[k - 2].form == ","
                && matches!(words[k - 1].form.to_lowercase().as_str(), "which" | "who")
                && words
                    .get(k + 1)
                    .is_none_or(|next| !matches!(next.xpos, Vb | Vbd | Vbg | Vbn | Vbp | Vbz | Md))
        })
        .collect()
}

/// Whether a sentence is running text: a third of its words that start with a letter or more
/// start in lower case, where a headline in title case has few.
fn running_text(words: &[Word]) -> bool {
    let lettered = words
        .iter()
        .filter(|w| w.form.chars().next().is_some_and(char::is_alphabetic));
    let lower = lettered
        .clone()
        .filter(|w| !w.form.chars().next().is_some_and(char::is_uppercase))
        .count();
    lower * 3 >= lettered.count()
}

/// The words of a name the tagger read as verbs ("Human Rights Watch accused": "Watch" as an
/// auxiliary, which makes the sentence passive): in running text (a third of the words or more
/// in lower case, where a headline in title case has few), a capitalised word tagged as a verb
/// or auxiliary right after a capitalised noun that is not the sentence's first word is a
/// proper noun, and so are the capitalised common nouns and adjectives right before it.
fn name_words_read_as_verbs(words: &[Word]) -> Vec<usize> {
    let capitalised = |w: &Word| w.form.chars().next().is_some_and(char::is_uppercase);
    if !running_text(words) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for k in 2..words.len() {
        let (before, w) = (&words[k - 1], &words[k]);
        let read_as_verb = matches!(w.upos, Upos::Verb | Upos::Aux)
            && w.form.len() > 1
            && capitalised(w)
            && !w.form.chars().all(|c| c.is_uppercase())
            && capitalised(before)
            && matches!(before.xpos, Xpos::Nnp | Xpos::Nnps | Xpos::Nn | Xpos::Nns);
        if !read_as_verb {
            continue;
        }
        // The name's other words the tagger read as common nouns or adjectives ("Human
        // Rights") are the name's too.
        let mut j = k;
        while j > 0
            && capitalised(&words[j - 1])
            && matches!(words[j - 1].xpos, Xpos::Nn | Xpos::Nns | Xpos::Jj)
        {
            j -= 1;
        }
        out.extend(j..=k);
    }
    out
}

/// The first word of a place's name the tagger read as a common noun ("demonstrated in Tel
/// Aviv": "Tel" as `NN`, and "Aviv" the verb's object): in running text (see
/// [`name_words_read_as_verbs`]), a capitalised word after "in", "to", "from", "of" or "at"
/// and before a proper noun is a proper noun: 538 times in the UD English training splits,
/// never a common noun.
fn name_starts_read_as_nouns(words: &[Word]) -> Vec<usize> {
    let capitalised = |w: &Word| w.form.chars().next().is_some_and(char::is_uppercase);
    if !running_text(words) {
        return Vec::new();
    }
    (2..words.len().saturating_sub(1))
        .filter(|&k| {
            let w = &words[k];
            w.xpos == Xpos::Nn
                && capitalised(w)
                && w.form.chars().skip(1).all(char::is_lowercase)
                && matches!(
                    words[k - 1].form.as_str(),
                    "in" | "to" | "from" | "of" | "at"
                )
                && words[k + 1].xpos == Xpos::Nnp
        })
        .collect()
}

/// Two subjects of one verb joined by a conjunction are one coordinated subject: the parser
/// sometimes hangs both conjuncts and the "and" from the verb ("Colombia and the rebels held
/// talks" read with two `nsubj`), which no UD tree allows. The later subject becomes a `conj`
/// of the earlier and takes the conjunction as its `cc`, when no verb stands between the
/// first and the conjunction.
fn coordinated_subjects(words: &mut [Word]) {
    let n = words.len();
    let subject = |d: Deprel| matches!(d, Deprel::Nsubj | Deprel::NsubjPass);
    let verb = |x: Xpos| {
        matches!(
            x,
            Xpos::Vb | Xpos::Vbd | Xpos::Vbg | Xpos::Vbn | Xpos::Vbp | Xpos::Vbz | Xpos::Md
        )
    };
    // One pass: each head's children in order, and the verbs before each word, so that the
    // rule stays linear in the sentence however long it is.
    let mut children = vec![Vec::new(); n + 1];
    for (k, w) in words.iter().enumerate() {
        if w.head <= n {
            children[w.head].push(k);
        }
    }
    let mut verbs_before = Vec::with_capacity(n + 1);
    verbs_before.push(0usize);
    for w in words.iter() {
        verbs_before.push(verbs_before.last().copied().unwrap_or(0) + usize::from(verb(w.xpos)));
    }
    for (h, kids) in children.iter().enumerate().skip(1) {
        let mut subjects = kids.iter().copied().filter(|&k| subject(words[k].deprel));
        let (Some(a), Some(b)) = (subjects.next(), subjects.next()) else {
            continue;
        };
        // Both before the verb, with a conjunction of the verb's between them.
        if b + 1 >= h {
            continue;
        }
        let Some(cc) = kids
            .iter()
            .copied()
            .find(|&k| k > a && k < b && words[k].deprel == Deprel::Cc)
        else {
            continue;
        };
        // A clause between them ("the situation along the line dividing X had been tense as
        // troops of Y and Z deployed") is no noun phrase's coordination.
        if verbs_before[cc] > verbs_before[a + 1] {
            continue;
        }
        words[b].head = a + 1;
        words[b].deprel = Deprel::Conj;
        words[cc].head = b + 1;
    }
}

/// The subject of a verb after a comma that the parser made a conjunct of the noun before the
/// comma: "... killing five soldiers, police said" read "police" as a `conj` of "soldiers"
/// and left "said" with no subject. A finite verb with no subject of its own whose word right
/// before is a noun or pronoun hung as a `conj` with no conjunction ("and", "or"), and whose
/// phrase opens right after a comma, takes that phrase as its subject.
fn subject_read_as_conjunct(words: &mut [Word]) {
    let n = words.len();
    let finite = |x: Xpos| matches!(x, Xpos::Vbd | Xpos::Vbz | Xpos::Vbp);
    let nominal = |x: Xpos| matches!(x, Xpos::Nn | Xpos::Nns | Xpos::Nnp | Xpos::Nnps | Xpos::Prp);
    // One pass each: which words have a subject or a conjunction among their children, and
    // the first word of each word's phrase (its leftmost dependent, punctuation left out):
    // words are taken left to right, and each climbs its heads only while they have no
    // leftmost word yet, so every word is given one once.
    let mut has_subject = vec![false; n + 1];
    let mut has_cc = vec![false; n + 1];
    for w in words.iter() {
        if w.head <= n {
            match w.deprel {
                Deprel::Nsubj | Deprel::NsubjPass | Deprel::Expl => has_subject[w.head] = true,
                Deprel::Cc => has_cc[w.head] = true,
                _ => {}
            }
        }
    }
    let mut first: Vec<Option<usize>> = vec![None; n];
    for k in 0..n {
        if words[k].xpos == Xpos::Comma {
            continue;
        }
        let mut x = k;
        for _ in 0..n {
            if first[x].is_some() {
                break;
            }
            first[x] = Some(k);
            match words[x].head {
                h if h == 0 || h > n => break,
                h => x = h - 1,
            }
        }
    }
    for v in 1..n {
        let m = v - 1;
        if !finite(words[v].xpos)
            || !nominal(words[m].xpos)
            || words[m].deprel != Deprel::Conj
            || words[m].head == v + 1
            || has_subject[v + 1]
            || has_cc[m + 1]
        {
            continue;
        }
        let start = first[m].unwrap_or(m);
        if start == 0 || words[start - 1].xpos != Xpos::Comma {
            continue;
        }
        words[m].head = v + 1;
        words[m].deprel = Deprel::Nsubj;
        has_subject[v + 1] = true;
    }
}

/// A relative clause the parser read as the main clause: "Armenia, which joined the bloc in
/// 2002, froze its participation" had "joined" as the root with two subjects ("Armenia" and
/// "which") and the main verb "froze" as its conjunct, so the freeze had no subject. A verb
/// with a relative pronoun ("which", "who") as its subject, right after a comma, and a noun
/// before that comma as a second subject, and a later verb after a comma hung on it with no
/// subject of its own: the later verb is the main one, with the noun as its subject, and the
/// first verb the noun's relative clause. What hung on the first verb before the noun or
/// from the later verb's comma on is the main verb's.
fn relative_clause_read_as_main(words: &mut [Word]) {
    let n = words.len();
    let subject = |d: Deprel| matches!(d, Deprel::Nsubj | Deprel::NsubjPass);
    let verb_form = |x: Xpos| matches!(x, Xpos::Vbd | Xpos::Vbz | Xpos::Vbp | Xpos::Vb);
    // The children of each word (by 1-based head), built once.
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
    for (k, w) in words.iter().enumerate() {
        if w.head <= n {
            children[w.head].push(k);
        }
    }
    for r in 2..n {
        let hv = words[r].head;
        if !matches!(words[r].form.to_lowercase().as_str(), "which" | "who")
            || !subject(words[r].deprel)
            || words[r - 1].xpos != Xpos::Comma
            || hv == 0
            || hv > n
            || hv - 1 <= r
        {
            continue;
        }
        let v = hv - 1;
        let kids = &children[hv];
        let Some(noun) = kids
            .iter()
            .copied()
            .find(|&k| k + 1 < r && subject(words[k].deprel))
        else {
            continue;
        };
        // The later verb, after a comma, with no subject of its own.
        let Some(main) = kids.iter().copied().find(|&k| {
            k > v
                && verb_form(words[k].xpos)
                && matches!(
                    words[k].deprel,
                    Deprel::Conj | Deprel::Advcl | Deprel::Parataxis | Deprel::Ccomp
                )
                && !children[k + 1].iter().any(|&c| subject(words[c].deprel))
        }) else {
            continue;
        };
        let Some(comma) = (v + 1..main).rev().find(|&c| words[c].xpos == Xpos::Comma) else {
            continue;
        };
        let moved: Vec<usize> = kids
            .iter()
            .copied()
            .filter(|&k| k != main && k != noun && (k < noun || k >= comma))
            .collect();
        for k in moved {
            words[k].head = main + 1;
        }
        words[main].head = words[v].head;
        words[main].deprel = words[v].deprel;
        words[v].head = noun + 1;
        words[v].deprel = Deprel::AclRelcl;
        words[noun].head = main + 1;
        // One repair per sentence: the children lists are stale after it.
        return;
    }
}

/// Objects the parser left stranded: "Police arrested Mohamed Ali." came out with "Mohamed" a
/// `parataxis` hanging on the final period, and "Soldiers detained President Mohamed Bazoum"
/// alike, so that the arrest had no one arrested. In the UD English treebanks (every split) a
/// mark of punctuation heads 16 words, all of them punctuation too, never a noun or a name;
/// and a noun or name right after the verb it depends on is its object 2,250 times, its
/// `parataxis` never. So a noun or name that hangs on a mark of punctuation, or as `parataxis`
/// on a verb, becomes the object of the verb before it (the punctuation's own head) when that
/// verb has no object and every word of the seven at most between them belongs to the noun's
/// phrase. So does a noun or name the parser made the subject of a later oblique with a
/// preposition and no copula ("detained President Mohamed Bazoum in the presidential palace":
/// "Mohamed" the subject of "palace"), which the treebanks never have: there the subjects of
/// such a noun hang on an `advcl`, `acl`, `conj`, `parataxis` or root ("with one goal in
/// mind"), never on an `obl`.
fn stranded_objects(words: &mut [Word]) {
    let n = words.len();
    let head = |words: &[Word], x: usize| words[x].head.checked_sub(1);
    for x in 0..n {
        // (A name's first word the tagger read as an adjective, "Syrian President Bashar
        // al-Assad", keeps its XPOS NNP.)
        if !matches!(words[x].upos, Upos::Noun | Upos::Propn) && words[x].xpos != Xpos::Nnp {
            continue;
        }
        let Some(h) = head(words, x) else { continue };
        let has = |k: usize, rel: Deprel| {
            (0..n).any(|c| words[c].head == k + 1 && words[c].deprel == rel)
        };
        let verb = if words[h].upos == Upos::Punct {
            head(words, h)
        } else if words[x].deprel == Deprel::Parataxis {
            Some(h)
        } else if words[x].deprel == Deprel::Nsubj
            && h > x
            && words[h].deprel == Deprel::Obl
            && matches!(words[h].upos, Upos::Noun | Upos::Propn)
            && has(h, Deprel::Case)
            && !has(h, Deprel::Cop)
        {
            head(words, h)
        } else {
            None
        };
        let Some(verb) = verb.filter(|&v| v < x && words[v].upos == Upos::Verb) else {
            continue;
        };
        let has_object =
            (0..n).any(|k| k != x && words[k].head == verb + 1 && words[k].deprel == Deprel::Obj);
        // Every word between the verb and the noun hangs, through its heads, on the noun.
        let of_the_noun = |mut k: usize| {
            for _ in 0..n {
                if k == x {
                    return true;
                }
                match head(words, k) {
                    Some(h) => k = h,
                    None => return false,
                }
            }
            false
        };
        // (A noun phrase of a few words: the walk up from each word stays short.)
        if !has_object && x - verb <= 8 && (verb + 1..x).all(of_the_noun) {
            words[x].head = verb + 1;
            words[x].deprel = Deprel::Obj;
        }
    }
}

/// A clause of time the parser read as a phrase: "launched strikes after Iranian missiles hit
/// its territory" came out with "after" the preposition of "missiles", an oblique of
/// "launched", and "hit" a conjunct of "launched" that took its subject; or with "missiles"
/// the subject of "hit" but "after" still its preposition and the clause a complement. In the
/// UD English treebanks "after", "before", "since", "until" and "till" right before a clause
/// are its marker (`mark`), the clause an adverbial one (`advcl`). So when such a word is the
/// preposition of a noun whose phrase runs up to a finite verb right after it, and the verb is
/// a conjunct, complement or parataxis (with no subject of its own, or with the noun as its
/// subject), the word becomes the verb's marker, the noun its subject and the verb an
/// adverbial clause of the word it hung on.
fn clause_of_time_read_as_phrase(words: &mut [Word]) {
    let n = words.len();
    for k in 0..n {
        let lower = words[k].form.to_lowercase();
        if !matches!(
            lower.as_str(),
            "after" | "before" | "since" | "until" | "till"
        ) || words[k].deprel != Deprel::Case
            || words[k].head == 0
        {
            continue;
        }
        let noun = words[k].head - 1;
        if noun < k
            || !matches!(
                words[noun].xpos,
                Xpos::Nn | Xpos::Nns | Xpos::Nnp | Xpos::Nnps | Xpos::Prp
            )
        {
            continue;
        }
        // The end of the noun's phrase: the last word of the unbroken run of its subtree.
        let within = |mut x: usize| {
            for _ in 0..n {
                if x == noun {
                    return true;
                }
                match words[x].head {
                    0 => return false,
                    h => x = h - 1,
                }
            }
            false
        };
        let end = (noun + 1..n)
            .take_while(|&j| within(j))
            .last()
            .unwrap_or(noun);
        let verb = end + 1;
        if verb >= n
            || !matches!(words[verb].xpos, Xpos::Vbd | Xpos::Vbz | Xpos::Vbp)
            || !matches!(
                words[verb].deprel,
                Deprel::Conj | Deprel::Ccomp | Deprel::Parataxis
            )
        {
            continue;
        }
        let subject_of_verb = words[noun].head == verb + 1 && words[noun].deprel == Deprel::Nsubj;
        // The noun hangs on the verb's head or on a word of its clause before the phrase
        // ("declared a state of emergency after gangs stormed ...": "gangs" an `nmod` of
        // "state").
        let under_head = |mut x: usize| {
            for _ in 0..n {
                match words[x].head {
                    0 => return false,
                    h if h == words[verb].head => return true,
                    h => x = h - 1,
                }
            }
            false
        };
        let beside = (words[noun].head == words[verb].head
            || words[noun].head < k + 1 && under_head(noun))
            && matches!(words[noun].deprel, Deprel::Obl | Deprel::Nmod)
            && !words.iter().any(|w| {
                w.head == verb + 1
                    && matches!(w.deprel, Deprel::Nsubj | Deprel::NsubjPass | Deprel::Cc)
            });
        if !(subject_of_verb || beside) {
            continue;
        }
        words[noun].head = verb + 1;
        words[noun].deprel = Deprel::Nsubj;
        words[k].head = verb + 1;
        words[k].deprel = Deprel::Mark;
        words[k].upos = Upos::Sconj;
        words[verb].deprel = Deprel::Advcl;
    }
    // The parser may also give such a clause its marker but make it the verb's complement
    // ("protested after China deployed a ship": "deployed" a `ccomp`); a complement opened
    // by a conjunction of time, cause or concession is an adverbial clause.
    for v in 0..n {
        if words[v].deprel == Deprel::Ccomp
            && words.iter().any(|w| {
                w.head == v + 1
                    && w.deprel == Deprel::Mark
                    && ADVERBIAL_CONJUNCTIONS.contains(&w.form.to_lowercase().as_str())
            })
        {
            words[v].deprel = Deprel::Advcl;
        }
    }
}

/// Conjunctions that open an adverbial clause, never a complement.
const ADVERBIAL_CONJUNCTIONS: &[&str] = &[
    "after", "before", "since", "until", "till", "because", "while", "although", "though",
];

/// A "between" phrase's second member that the parser read as the subject of a clause of its
/// own: "Fighting between the army and the rebels killed ten" came out as the noun "fighting"
/// for root, with "rebels killed ten" a conjunct clause, and the "between" phrase holding the
/// army alone. A noun root whose "between" phrase has one member, followed at once by "and" and
/// the subject of a finite verb hung on the root as its conjunct: the subject becomes the
/// phrase's second member (taking the "and"), the verb the root, and the noun its subject; what
/// hung on the noun after the verb (the final full stop) is the verb's.
fn between_pair_read_as_clause(words: &mut [Word]) {
    let n = words.len();
    let Some(r) = words.iter().position(|w| w.head == 0) else {
        return;
    };
    if !matches!(words[r].xpos, Xpos::Nn | Xpos::Nns) {
        return;
    }
    let mut children = vec![Vec::new(); n + 1];
    for (k, w) in words.iter().enumerate() {
        if w.head <= n {
            children[w.head].push(k);
        }
    }
    let kids = |x: usize| children[x + 1].iter().copied();
    let Some(b) = kids(r).find(|&b| {
        words[b].deprel == Deprel::Nmod
            && kids(b).any(|c| {
                words[c].deprel == Deprel::Case && words[c].form.eq_ignore_ascii_case("between")
            })
            && !kids(b).any(|c| words[c].deprel == Deprel::Conj)
    }) else {
        return;
    };
    // The end of the phrase: the last word of the unbroken run of its subtree.
    let within = |mut x: usize| {
        for _ in 0..n {
            if x == b {
                return true;
            }
            match words[x].head {
                0 => return false,
                h => x = h - 1,
            }
        }
        false
    };
    let end = (b + 1..n).take_while(|&k| within(k)).last().unwrap_or(b);
    let cc = end + 1;
    if cc >= n || !words[cc].form.eq_ignore_ascii_case("and") || words[cc].deprel != Deprel::Cc {
        return;
    }
    let Some(v) = kids(r).find(|&v| {
        v > cc
            && words[v].deprel == Deprel::Conj
            && matches!(words[v].xpos, Xpos::Vbd | Xpos::Vbz | Xpos::Vbp)
            && words[cc].head == v + 1
    }) else {
        return;
    };
    let Some(subj) = kids(v).find(|&s| s > cc && words[s].deprel == Deprel::Nsubj) else {
        return;
    };
    words[subj].head = b + 1;
    words[subj].deprel = Deprel::Conj;
    words[cc].head = subj + 1;
    for k in kids(r).filter(|&k| k > v).collect::<Vec<_>>() {
        words[k].head = v + 1;
    }
    words[v].head = 0;
    words[v].deprel = Deprel::Root;
    words[r].head = v + 1;
    words[r].deprel = Deprel::Nsubj;
}

/// A subject's noun phrase the parser cut in two, its first nouns the root and the clause a
/// relative one: "The Saudi crown prince received the Iranian foreign minister" came out with
/// "crown" the root and "prince received ..." an `acl:relcl` of it, so the reception had no
/// one's prince. In the UD English treebanks (every split) a nominal root with no copula is
/// never followed right away by a noun or name that is the subject of its relative clause. So
/// there the clause's verb becomes the root, the old root a `compound` of the subject's noun,
/// which takes the old root's dependents before it (its article and adjectives); the old
/// root's other dependents go to the verb.
fn noun_root_before_its_clause(words: &mut [Word]) {
    let n = words.len();
    let Some(root) = words.iter().position(|w| w.head == 0) else {
        return;
    };
    let subject = root + 1;
    if subject >= n
        || words[root].upos != Upos::Noun
        || words[subject].deprel != Deprel::Nsubj
        || !matches!(words[subject].upos, Upos::Noun | Upos::Propn)
        || (0..n).any(|c| words[c].head == root + 1 && words[c].deprel == Deprel::Cop)
    {
        return;
    }
    let Some(verb) = words[subject].head.checked_sub(1) else {
        return;
    };
    if verb <= subject
        || words[verb].head != root + 1
        || words[verb].deprel != Deprel::AclRelcl
        || words[verb].upos != Upos::Verb
    {
        return;
    }
    for (c, w) in words.iter_mut().enumerate() {
        if w.head == root + 1 {
            w.head = if c < root { subject + 1 } else { verb + 1 };
        }
    }
    words[verb].head = 0;
    words[verb].deprel = Deprel::Root;
    words[root].head = subject + 1;
    words[root].deprel = Deprel::Compound;
}

/// A main verb the tagger read as a participle and the parser as an adjective of its object,
/// the object then the sentence's root with the subject hanging on it: "The killing of a
/// teenager by the police sparked protests" came out with "sparked" an `amod` of "protests"
/// and "killing" the subject of "protests". In the UD English treebanks (every split) a
/// participle or past tense right before a nominal root whose subject stands before it occurs
/// 20 times, each time with a copula ("This is an Enron-sponsored event"), never without one.
/// So with no copula or auxiliary on the root, the participle becomes the root, a past tense
/// (`VBD`, the index returned for retagging), the noun its object; the root's subject and the
/// rest of the root's dependents before the participle, and its punctuation, go to the verb.
fn participle_read_as_modifier_of_the_root(words: &mut [Word]) -> Option<usize> {
    let n = words.len();
    let root = words.iter().position(|w| w.head == 0)?;
    let k = root.checked_sub(1)?;
    let on_root = |words: &[Word], rel: Deprel| {
        (0..n).any(|c| words[c].head == root + 1 && words[c].deprel == rel)
    };
    if !matches!(words[root].upos, Upos::Noun | Upos::Propn)
        || !matches!(words[k].xpos, Xpos::Vbn | Xpos::Vbd)
        || words[k].deprel != Deprel::Amod
        || words[k].head != root + 1
        || on_root(words, Deprel::Cop)
        || on_root(words, Deprel::Aux)
        || on_root(words, Deprel::AuxPass)
        || !(0..k).any(|c| words[c].head == root + 1 && words[c].deprel == Deprel::Nsubj)
    {
        return None;
    }
    for (c, w) in words.iter_mut().enumerate() {
        if w.head == root + 1 && (c < k || w.deprel == Deprel::Punct) {
            w.head = k + 1;
        }
    }
    words[k].head = 0;
    words[k].deprel = Deprel::Root;
    words[root].head = k + 1;
    words[root].deprel = Deprel::Obj;
    Some(k)
}

/// A perfect tense is active: "it had arrested 20 militants" has "it" as the subject of
/// "arrested", not its passive subject, as the parser sometimes reads a participle after a
/// pronoun. A participle with an auxiliary "have" and no passive auxiliary ("had been
/// arrested" keeps it) takes an active subject.
/// A past tense the parser hung as an adjective on the noun after it, with the noun before it
/// a compound of that noun and the noun the sentence's root: "The Syrian army shelled villages
/// held by the rebels" came out as one noun phrase, "army shelled villages". No past tense
/// (`VBD`) is an `amod` in the UD English training splits, so the verb becomes the root, the
/// noun after it its object and the noun before it its subject; the root's punctuation moves
/// to the verb.
fn past_tense_read_as_modifier(words: &mut [Word]) {
    let Some(k) = (1..words.len()).find(|&k| {
        let h = words[k].head;
        words[k].xpos == Xpos::Vbd
            && words[k].deprel == Deprel::Amod
            && h > k + 1
            && words[h - 1].head == 0
            && words[k - 1].head == h
            && matches!(words[k - 1].deprel, Deprel::Compound | Deprel::Nmod)
            && matches!(
                words[k - 1].xpos,
                Xpos::Nn | Xpos::Nns | Xpos::Nnp | Xpos::Nnps
            )
    }) else {
        return;
    };
    let noun = words[k].head;
    let verb = k + 1;
    words[k].head = 0;
    words[k].deprel = Deprel::Root;
    words[noun - 1].head = verb;
    words[noun - 1].deprel = Deprel::Obj;
    words[k - 1].head = verb;
    words[k - 1].deprel = Deprel::Nsubj;
    for w in words.iter_mut() {
        if w.head == noun && w.deprel == Deprel::Punct {
            w.head = verb;
        }
    }
}

fn perfect_is_active(words: &mut [Word]) {
    for i in 0..words.len() {
        if words[i].deprel != Deprel::NsubjPass || words[i].head == 0 {
            continue;
        }
        let h = words[i].head;
        let verb = h - 1;
        if words[verb].xpos != Xpos::Vbn {
            continue;
        }
        let auxiliaries = || words.iter().filter(|w| w.head == h);
        let have = auxiliaries().any(|w| {
            w.deprel == Deprel::Aux
                && matches!(
                    w.form.to_lowercase().as_str(),
                    "have" | "has" | "had" | "'ve" | "'d" | "having"
                )
        });
        let passive = auxiliaries().any(|w| w.deprel == Deprel::AuxPass);
        if have && !passive {
            words[i].deprel = Deprel::Nsubj;
            let feats: Vec<&str> = words[verb]
                .feats
                .split('|')
                .filter(|f| *f != "Voice=Pass")
                .collect();
            words[verb].feats = feats.join("|");
        }
    }
}

/// The sentence's first verb when the tagger read a past tense as a participle right after
/// the subject: "Thousands of Kurds demonstrated in Kirkuk, witnesses said", "Zambia extradited
/// X to Britain, an official said". The tagger, reading left to right, weighs the reduced
/// relative ("Two soldiers killed in the clash were buried") too much; the sentence decides.
/// The first verb is a `VBN` after nothing but a noun phrase, ending in a noun or pronoun, and
/// not followed by a "by" agent; it is the main verb when no later finite verb could be the
/// one the noun phrase is subject of: there is none, or the next one has its own subject after
/// a comma (", witnesses said") or is coordinated with it ("and called"). A past tense the
/// treebank never showed the tagger may come out an adjective of its object ("Ukrainian forces
/// shelled Russian positions"): an "-ed" word tagged `JJ` right after the subject's noun and
/// right before a word that starts an object counts as that first verb.
fn main_verb_read_as_participle(words: &[Word]) -> Option<usize> {
    use Xpos::*;
    let verb = |x: Xpos| matches!(x, Vb | Vbd | Vbg | Vbn | Vbp | Vbz | Md);
    let finite = |x: Xpos| matches!(x, Vbd | Vbp | Vbz | Md);
    let nominal = |w: &Word| {
        matches!(
            w.xpos,
            Dt | Pdt | Jj | Jjr | Jjs | Nn | Nns | Nnp | Nnps | Cd | Pos | PrpS | Hyph | Lrb | Rrb
        ) || matches!(w.xpos, Cc | Comma) && w.form != "but"
            || w.xpos == In
                && ["of", "at", "in", "from", "for", "with"]
                    .iter()
                    .any(|p| w.form.eq_ignore_ascii_case(p))
    };
    // A headline ("Two soldiers killed in clash") has no full stop and keeps the participle.
    if words.last()?.xpos != Period {
        return None;
    }
    // A number's own words ("nearly 300", "up to 100") belong to the noun phrase.
    let of_a_number = |k: usize| {
        matches!(words[k].xpos, Rb | In | To) && words[k + 1..].iter().take(2).any(|w| w.xpos == Cd)
    };
    // A past tense the tagger has never seen may be read as an adjective ("Ukrainian forces
    // shelled Russian positions"): an "-ed" word tagged `JJ` right after the subject's noun and
    // right before the start of an object counts as the first verb.
    let object_start = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| matches!(w.xpos, Dt | Jj | Nn | Nns | Nnp | Nnps | Cd | PrpS))
    };
    let unseen_past = |k: usize| {
        words[k].xpos == Jj
            && k > 0
            && matches!(words[k - 1].xpos, Nn | Nns | Nnp | Nnps)
            && words[k].form.len() > 4
            && words[k].form.ends_with("ed")
            && object_start(k + 1)
    };
    // A participle joined to the word before it by a hyphen ("Saudi-led") is an adjective of
    // the noun phrase.
    let hyphened = |k: usize| words[k].xpos == Vbn && k > 0 && words[k - 1].xpos == Hyph;
    // So is a participle between a determiner, a possessive, an adverb or an adjective and a
    // noun or adjective ("the most respected daily paper", "the recently signed accord"), and
    // an adverb before such a participle or an adjective.
    let prenominal = |k: usize| {
        matches!(words[k].xpos, Vbn | Vbg)
            && k > 0
            && matches!(
                words[k - 1].xpos,
                Dt | PrpS | Pos | Rb | Rbs | Rbr | Jj | Jjs | Jjr | Cd
            )
            && words
                .get(k + 1)
                .is_some_and(|w| matches!(w.xpos, Jj | Nn | Nns | Nnp | Nnps))
    };
    let degree = |k: usize| {
        matches!(words[k].xpos, Rb | Rbs | Rbr)
            && k > 0
            && words
                .get(k + 1)
                .is_some_and(|w| matches!(w.xpos, Jj | Jjs | Jjr) || prenominal(k + 1))
    };
    let p = (0..words.len())
        .find(|&k| verb(words[k].xpos) && !hyphened(k) && !prenominal(k) || unseen_past(k))?;
    if !(words[p].xpos == Vbn || unseen_past(p))
        || p == 0
        || !matches!(words[p - 1].xpos, Nn | Nns | Nnp | Nnps | Prp)
        || !(0..p).all(|k| {
            nominal(&words[k])
                || words[k].xpos == Prp
                || of_a_number(k)
                || hyphened(k)
                || prenominal(k)
                || degree(k)
        })
        || words
            .get(p + 1)
            .is_none_or(|w| w.form.eq_ignore_ascii_case("by") || w.xpos == Period)
    {
        return None;
    }
    let Some(f) = (p + 1..words.len()).find(|&k| finite(words[k].xpos)) else {
        return Some(p);
    };
    let coordinated = matches!(words[f - 1].form.as_str(), "and" | "but");
    let own_subject = (p + 1..f)
        .rfind(|&k| words[k].xpos == Comma)
        .is_some_and(|c| {
            c + 1 < f
                && words[c + 1..f].iter().all(|w| nominal(w) || w.xpos == Prp)
                && matches!(words[f - 1].xpos, Nn | Nns | Nnp | Nnps | Prp)
        });
    (coordinated || own_subject).then_some(p)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The word of `s` with this form.
    fn word<'a>(s: &'a Sentence, form: &str) -> (usize, &'a Word) {
        s.words
            .iter()
            .enumerate()
            .find(|(_, w)| w.form == form)
            .unwrap_or_else(|| panic!("no word '{form}'"))
    }

    /// Whether `dep` hangs from `head` with `rel`.
    fn arc(s: &Sentence, head: &str, rel: Deprel, dep: &str) -> bool {
        let (h, _) = word(s, head);
        let (_, d) = word(s, dep);
        d.head == h + 1 && d.deprel == rel
    }

    #[test]
    fn the_built_in_model_reads_a_news_sentence() {
        let text = "Russia urged Turkey to help end the fighting.";
        let s = &parse(text)[0];
        assert_eq!(s.root(), Some(1), "{s:?}");
        assert!(arc(s, "urged", Deprel::Nsubj, "Russia"));
        assert!(arc(s, "urged", Deprel::Obj, "Turkey"));
        assert!(arc(s, "urged", Deprel::Xcomp, "help"));
        assert_eq!(word(s, "urged").1.lemma, "urge");
        assert_eq!(word(s, "urged").1.xpos, Xpos::Vbd);
        assert_eq!(&text[s.words[2].start..s.words[2].end], "Turkey");
    }

    #[test]
    fn passives_coordination_and_relative_clauses() {
        let s = &parse("The talks were hosted by France and Germany.")[0];
        assert!(arc(s, "hosted", Deprel::NsubjPass, "talks"), "{s:?}");
        assert!(arc(s, "hosted", Deprel::OblAgent, "France"), "{s:?}");
        assert!(arc(s, "France", Deprel::Conj, "Germany"), "{s:?}");
        let s = &parse("Iran, which borders both countries, offered to mediate.")[0];
        assert!(arc(s, "offered", Deprel::Nsubj, "Iran"), "{s:?}");
        assert!(arc(s, "Iran", Deprel::AclRelcl, "borders"), "{s:?}");
    }

    #[test]
    fn a_complement_opened_by_a_conjunction_of_time_is_adverbial() {
        // The parser gave "deployed" its marker "after" but made it a complement.
        let s = &parse("Vietnam protested after China deployed a survey ship in its waters.")[0];
        assert!(arc(s, "protested", Deprel::Advcl, "deployed"), "{s:?}");
        assert!(arc(s, "deployed", Deprel::Mark, "after"), "{s:?}");
    }

    #[test]
    fn contractions_are_multiword_tokens() {
        let text = "Azerbaijan's army didn't stop.";
        let s = &parse(text)[0];
        let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        assert_eq!(
            forms,
            ["Azerbaijan", "'s", "army", "did", "n't", "stop", "."]
        );
        assert_eq!(s.tokens[0].words, 0..2);
        assert_eq!(word(s, "n't").1.lemma, "not");
        assert!(arc(s, "army", Deprel::NmodPoss, "Azerbaijan"), "{s:?}");
    }

    #[test]
    fn irregular_pasts_the_treebank_lacks_are_verbs() {
        // "froze" had been a noun, the root of the sentence.
        let s = &parse("Armenia froze its participation in the CSTO.")[0];
        let (_, froze) = word(s, "froze");
        assert_eq!((froze.xpos, froze.lemma.as_str()), (Xpos::Vbd, "freeze"));
        assert!(arc(s, "froze", Deprel::Nsubj, "Armenia"), "{s:?}");
        // After an adjective that a determiner opens, before the object's determiner.
        let s = &parse("The military overthrew the elected government.")[0];
        assert_eq!(word(s, "overthrew").1.xpos, Xpos::Vbd, "{s:?}");
        // A participle only after "be" or "have".
        let s = &parse("The town was overrun by rebels.")[0];
        assert_eq!(word(s, "overrun").1.xpos, Xpos::Vbn, "{s:?}");
        // A noun of the same spelling after a determiner stays a noun.
        let s = &parse("The report found a slew of abuses.")[0];
        assert_eq!(word(s, "slew").1.upos, Upos::Noun, "{s:?}");
    }

    #[test]
    fn plurals_after_a_past_tense_are_nouns() {
        let s = &parse("China sent warships toward Taiwan.")[0];
        assert_eq!(word(s, "warships").1.xpos, Xpos::Nns, "{s:?}");
        assert!(arc(s, "sent", Deprel::Obj, "warships"), "{s:?}");
        let w = tagged("they/PRP sent/VBD warships/VBZ toward/IN it/PRP");
        assert_eq!(plurals_after_a_past_tense(&w), [2]);
        // Linking verbs after a clause's past tense are left alone.
        let w = tagged("the/DT man/NN who/WP served/VBD seems/VBZ tired/JJ");
        assert!(plurals_after_a_past_tense(&w).is_empty());
    }

    /// Words with these forms and tags, for the rules that read tags alone.
    fn tagged(spec: &str) -> Vec<Word> {
        spec.split(' ')
            .map(|wt| {
                let (form, tag) = wt.rsplit_once('/').unwrap();
                Word {
                    form: form.to_string(),
                    lemma: form.to_lowercase(),
                    upos: Upos::X,
                    xpos: tag.parse().unwrap(),
                    feats: String::new(),
                    head: 0,
                    deprel: Deprel::Dep,
                    start: 0,
                    end: 0,
                }
            })
            .collect()
    }

    /// Hangs `words` by `arcs`: each word's head, counted from 1 (0 for the root), and
    /// relation, as the parser may give them.
    fn hang(words: &mut [Word], arcs: &[(usize, Deprel)]) {
        for (w, &(head, rel)) in words.iter_mut().zip(arcs) {
            (w.head, w.deprel) = (head, rel);
        }
    }

    #[test]
    fn a_gerund_without_ing_is_a_noun() {
        let mut words = tagged("watchdog/VBG going/VBG gon/VBG playin/VBG");
        for w in &mut words {
            w.upos = Upos::Verb;
        }
        let nouns: Vec<bool> = words.iter().map(gerund_without_ing).collect();
        assert_eq!(nouns, [true, false, false, false]);
        let s = &parse("Rights watchdog Amnesty International accused Kenya of abuses.")[0];
        assert_eq!(word(s, "watchdog").1.upos, Upos::Noun, "{s:?}");
    }

    #[test]
    fn a_name_word_read_as_a_verb_in_running_text_is_a_proper_noun() {
        let s = &parse("Human Rights Watch accused Egypt of torture.")[0];
        for name in ["Human", "Rights", "Watch"] {
            assert_eq!(word(s, name).1.upos, Upos::Propn, "{s:?}");
        }
        assert!(arc(s, "accused", Deprel::Nsubj, "Human"), "{s:?}");
        // A headline in title case is left as the tagger read it.
        let mut headline = tagged("Russia/NNP Will/MD Send/VB Troops/NNS To/TO Syria/NNP");
        for w in &mut headline[1..3] {
            w.upos = Upos::Aux;
        }
        assert!(name_words_read_as_verbs(&headline).is_empty());
        // So is a verb after a word in lower case.
        let mut running = tagged("The/DT army/NN Will/MD attack/VB the/DT town/NN ./.");
        running[2].upos = Upos::Aux;
        assert!(name_words_read_as_verbs(&running).is_empty());
    }

    #[test]
    fn a_past_tense_read_as_a_participle_after_the_subject_is_the_main_verb() {
        let main_verb = |spec: &str| main_verb_read_as_participle(&tagged(spec));
        // Nothing after it could be the subject's verb: the report's verb has its own subject.
        assert_eq!(
            main_verb(
                "Hundreds/NNS of/IN Kurdish/JJ farmers/NNS marched/VBN in/IN the/DT town/NN ,/, \
                 witnesses/NNS said/VBD ./."
            ),
            Some(4)
        );
        assert_eq!(
            main_verb("Police/NNS sealed/VBN the/DT road/NN ./."),
            Some(1)
        );
        assert_eq!(
            main_verb("Farmers/NNS gathered/VBN and/CC blocked/VBD roads/NNS ./."),
            Some(1)
        );
        // A reduced relative whose noun is the subject of a later verb.
        assert_eq!(
            main_verb(
                "Two/CD soldiers/NNS killed/VBN in/IN the/DT clash/NN were/VBD buried/VBN ./."
            ),
            None
        );
        assert_eq!(
            main_verb("Nearly/RB 300/CD farmers/NNS marched/VBN ,/, police/NNS said/VBD ./."),
            Some(3)
        );
        // A "by" agent, a headline without a full stop, a verb after an adverb.
        assert_eq!(
            main_verb("Talks/NNS hosted/VBN by/IN France/NNP ended/VBD ./."),
            None
        );
        assert_eq!(
            main_verb("Two/CD soldiers/NNS killed/VBN in/IN clash/NN"),
            None
        );
        assert_eq!(
            main_verb("Yesterday/RB police/NNS sealed/VBN it/PRP ./."),
            None
        );
        // A past tense already read as one is left alone.
        assert_eq!(main_verb("Police/NNS sealed/VBD the/DT road/NN ./."), None);
        // An unseen past tense read as an adjective, before an object.
        assert_eq!(
            main_verb(
                "Rebel/JJ forces/NNS shelled/JJ government/NN positions/NNS ,/, \
                 officials/NNS said/VBD ./."
            ),
            Some(2)
        );
        // An adjective after the subject that is no verb, or that no object follows.
        assert_eq!(
            main_verb("The/DT forces/NNS armed/JJ with/IN rifles/NNS fled/VBD ./."),
            None
        );
        assert_eq!(
            main_verb("Its/PRP$ shelled/JJ positions/NNS fell/VBD ./."),
            None
        );
        assert_eq!(
            main_verb("Rebel/JJ forces/NNS shelled/JJ positions/NNS fell/VBD ./."),
            None
        );
        // A noun phrase with a prepositional phrase and a participle before its noun.
        assert_eq!(
            main_verb(
                "Dozens/NNS of/IN reporters/NNS at/IN the/DT country/NN 's/POS most/RBS \
                 respected/VBN paper/NN protested/VBN outside/IN ./."
            ),
            Some(10)
        );
        assert_eq!(
            main_verb(
                "Farmers/NNS in/IN the/DT recently/RB flooded/VBN valley/NN gathered/VBN \
                 and/CC blocked/VBD roads/NNS ./."
            ),
            Some(6)
        );
        // ... still no main verb where a later verb has the noun phrase for its subject.
        assert_eq!(
            main_verb(
                "Two/CD soldiers/NNS in/IN the/DT convoy/NN killed/VBN in/IN the/DT \
                 ambush/NN were/VBD buried/VBN ./."
            ),
            None
        );
        // A participle hyphened to the word before it belongs to the noun phrase.
        assert_eq!(
            main_verb("Saudi/JJ -/HYPH led/VBN coalition/NN aircraft/NN struck/VBN it/PRP ./."),
            Some(5)
        );
        assert_eq!(
            main_verb("Saudi/JJ -/HYPH led/VBN forces/NNS struck/VBD it/PRP ./."),
            None
        );
    }

    #[test]
    fn a_verb_after_an_article_and_before_a_preposition_is_a_noun() {
        let nouns = |spec: &str| verbs_after_an_article(&tagged(spec));
        assert_eq!(
            nouns("killed/VBD nine/CD in/IN a/DT raid/VBN in/IN Mali/NNP ./."),
            [4]
        );
        // A participle before a noun, and a verb after no article, stay verbs.
        assert!(nouns("a/DT wounded/VBN soldier/NN died/VBD ./.").is_empty());
        assert!(nouns("they/PRP raided/VBD in/IN force/NN ./.").is_empty());
    }

    #[test]
    fn a_past_tense_hung_as_an_adjective_is_the_main_verb() {
        // "The army shelled villages ." parsed as one noun phrase.
        let mut words = tagged("The/DT army/NN shelled/VBD villages/NNS ./.");
        let tree = [
            (2, Deprel::Det),
            (4, Deprel::Compound),
            (4, Deprel::Amod),
            (0, Deprel::Root),
            (4, Deprel::Punct),
        ];
        for (w, (h, r)) in words.iter_mut().zip(tree) {
            (w.head, w.deprel) = (h, r);
        }
        past_tense_read_as_modifier(&mut words);
        let got: Vec<(usize, Deprel)> = words.iter().map(|w| (w.head, w.deprel)).collect();
        assert_eq!(
            got,
            [
                (2, Deprel::Det),
                (3, Deprel::Nsubj),
                (0, Deprel::Root),
                (3, Deprel::Obj),
                (3, Deprel::Punct)
            ]
        );
        // A participle (`VBN`) before its noun stays an adjective.
        let mut words = tagged("The/DT army/NN shelled/VBN villages/NNS ./.");
        for (w, (h, r)) in words.iter_mut().zip(tree) {
            (w.head, w.deprel) = (h, r);
        }
        past_tense_read_as_modifier(&mut words);
        assert_eq!(words[2].deprel, Deprel::Amod);
    }

    /// Words with these forms and tags, of these universal tags, hung by `arcs` (see
    /// [`hang`]): a parse as the parser may give it, for the repairs after it.
    fn parsed(spec: &str, upos: &[Upos], arcs: &[(usize, Deprel)]) -> Vec<Word> {
        let mut words = tagged(spec);
        for (w, &u) in words.iter_mut().zip(upos) {
            w.upos = u;
        }
        hang(&mut words, arcs);
        words
    }

    #[test]
    fn a_noun_left_on_a_period_or_as_parataxis_is_the_verbs_object() {
        use Deprel::*;
        use Upos as U;
        // "Police arrested Mohamed Ali ." with "Mohamed" hung on the period.
        let mut words = parsed(
            "Police/NNS arrested/VBD Mohamed/NNP Ali/NNP ./.",
            &[U::Noun, U::Verb, U::Propn, U::Propn, U::Punct],
            &[(2, Nsubj), (0, Root), (5, Parataxis), (3, Flat), (2, Punct)],
        );
        stranded_objects(&mut words);
        assert_eq!((words[2].head, words[2].deprel), (2, Obj));
        // The subject of a later oblique with a preposition and no copula.
        let mut words = parsed(
            "Troops/NNS held/VBD Ali/NNP in/IN a/DT camp/NN ./.",
            &[
                U::Noun,
                U::Verb,
                U::Propn,
                U::Adp,
                U::Det,
                U::Noun,
                U::Punct,
            ],
            &[
                (2, Nsubj),
                (0, Root),
                (6, Nsubj),
                (6, Case),
                (6, Det),
                (2, Obl),
                (2, Punct),
            ],
        );
        stranded_objects(&mut words);
        assert_eq!((words[2].head, words[2].deprel), (2, Obj));
        // A name's first word tagged an adjective, its XPOS NNP.
        let mut words = parsed(
            "Jordan/NNP invited/VBD Syrian/NNP President/NNP Assad/NNP ./.",
            &[U::Propn, U::Verb, U::Adj, U::Propn, U::Propn, U::Punct],
            &[
                (2, Nsubj),
                (0, Root),
                (2, Parataxis),
                (3, Flat),
                (3, Flat),
                (3, Punct),
            ],
        );
        stranded_objects(&mut words);
        assert_eq!((words[2].head, words[2].deprel), (2, Obj));
        // A verb with an object keeps it; the stranded noun stays where it was.
        let mut words = parsed(
            "Police/NNS arrested/VBD him/PRP Monday/NNP ./.",
            &[U::Noun, U::Verb, U::Pron, U::Propn, U::Punct],
            &[(2, Nsubj), (0, Root), (2, Obj), (2, Parataxis), (2, Punct)],
        );
        stranded_objects(&mut words);
        assert_eq!(words[3].deprel, Parataxis);
    }

    #[test]
    fn a_for_phrase_between_two_subjects_is_the_first_ones() {
        use Deprel::*;
        use Upos as U;
        // "A spokesman for the UN expressed concern ." with "for" a marker of "expressed" and
        // "UN" its second subject.
        let mut words = parsed(
            "A/DT spokesman/NN for/IN the/DT UN/NNP expressed/VBD concern/NN ./.",
            &[
                U::Det,
                U::Noun,
                U::Adp,
                U::Det,
                U::Propn,
                U::Verb,
                U::Noun,
                U::Punct,
            ],
            &[
                (2, Det),
                (6, Nsubj),
                (6, Mark),
                (5, Det),
                (6, Nsubj),
                (0, Root),
                (6, Obj),
                (6, Punct),
            ],
        );
        for_phrase_read_as_clause(&mut words);
        assert_eq!((words[2].head, words[2].deprel), (5, Case));
        assert_eq!((words[4].head, words[4].deprel), (2, Nmod));
        // One subject: "for" stays the marker it was read as.
        let mut words = parsed(
            "for/IN the/DT UN/NNP expressed/VBD concern/NN",
            &[U::Adp, U::Det, U::Propn, U::Verb, U::Noun],
            &[(4, Mark), (3, Det), (4, Nsubj), (0, Root), (4, Obj)],
        );
        for_phrase_read_as_clause(&mut words);
        assert_eq!((words[0].head, words[0].deprel), (4, Mark));
    }

    #[test]
    fn a_participle_right_after_a_noun_is_the_nouns_clause() {
        use Deprel::*;
        use Upos as U;
        // "strike on a school sheltering people killed 30 , officials said ." with
        // "sheltering" an adverbial clause of "said".
        let spec = "strike/NN on/IN a/DT school/NN sheltering/VBG people/NNS killed/VBD 30/CD \
                    ,/, officials/NNS said/VBD ./.";
        let upos = [
            U::Noun,
            U::Adp,
            U::Det,
            U::Noun,
            U::Verb,
            U::Noun,
            U::Verb,
            U::Num,
            U::Punct,
            U::Noun,
            U::Verb,
            U::Punct,
        ];
        let arcs = [
            (11, Ccomp),
            (4, Case),
            (4, Det),
            (1, Nmod),
            (11, Advcl),
            (5, Obj),
            (6, Acl),
            (7, Obj),
            (5, Punct),
            (11, Nsubj),
            (0, Root),
            (11, Punct),
        ];
        let mut words = parsed(spec, &upos, &arcs);
        participle_after_a_noun_read_as_adverbial(&mut words);
        assert_eq!((words[4].head, words[4].deprel), (4, Acl));
        // With a marker ("... while fleeing") it stays the verb's.
        let mut words = parsed(
            "troops/NNS while/IN fleeing/VBG were/VBD shot/VBN",
            &[U::Noun, U::Sconj, U::Verb, U::Aux, U::Verb],
            &[(5, Nsubj), (3, Mark), (5, Advcl), (5, AuxPass), (0, Root)],
        );
        participle_after_a_noun_read_as_adverbial(&mut words);
        assert_eq!((words[2].head, words[2].deprel), (5, Advcl));
    }

    #[test]
    fn a_noun_root_before_the_subject_of_its_clause_is_the_subjects_compound() {
        use Deprel::*;
        use Upos as U;
        // "The crown prince received the minister ." with "crown" the root and "prince
        // received ..." its relative clause.
        let mut words = parsed(
            "The/DT crown/NN prince/NNP received/VBD the/DT minister/NN ./.",
            &[
                U::Det,
                U::Noun,
                U::Propn,
                U::Verb,
                U::Det,
                U::Noun,
                U::Punct,
            ],
            &[
                (2, Det),
                (0, Root),
                (4, Nsubj),
                (2, AclRelcl),
                (6, Det),
                (4, Obj),
                (2, Punct),
            ],
        );
        noun_root_before_its_clause(&mut words);
        let got: Vec<(usize, Deprel)> = words.iter().map(|w| (w.head, w.deprel)).collect();
        assert_eq!(
            got,
            [
                (3, Det),
                (3, Compound),
                (4, Nsubj),
                (0, Root),
                (6, Det),
                (4, Obj),
                (4, Punct)
            ]
        );
        // A relative clause with a pronoun for its subject stays: "the book I read".
        let mut words = parsed(
            "The/DT book/NN I/PRP read/VBD ./.",
            &[U::Det, U::Noun, U::Pron, U::Verb, U::Punct],
            &[(2, Det), (0, Root), (4, Nsubj), (2, AclRelcl), (2, Punct)],
        );
        noun_root_before_its_clause(&mut words);
        assert_eq!(words[1].deprel, Root);
    }

    #[test]
    fn a_participle_modifying_a_root_noun_with_a_subject_is_the_main_verb() {
        use Deprel::*;
        use Upos as U;
        // "The killing sparked protests ." with "sparked" an adjective of the root "protests".
        let mut words = parsed(
            "The/DT killing/NN sparked/VBN protests/NNS ./.",
            &[U::Det, U::Noun, U::Verb, U::Noun, U::Punct],
            &[(2, Det), (4, Nsubj), (4, Amod), (0, Root), (4, Punct)],
        );
        assert_eq!(participle_read_as_modifier_of_the_root(&mut words), Some(2));
        let got: Vec<(usize, Deprel)> = words.iter().map(|w| (w.head, w.deprel)).collect();
        assert_eq!(got, [(2, Det), (3, Nsubj), (0, Root), (3, Obj), (3, Punct)]);
        // With a copula the noun is a predicate: "This is an Enron-sponsored event".
        let mut words = parsed(
            "This/DT is/VBZ a/DT sponsored/VBN event/NN ./.",
            &[U::Pron, U::Aux, U::Det, U::Verb, U::Noun, U::Punct],
            &[
                (5, Nsubj),
                (5, Cop),
                (5, Det),
                (5, Amod),
                (0, Root),
                (5, Punct),
            ],
        );
        assert_eq!(participle_read_as_modifier_of_the_root(&mut words), None);
        assert_eq!(words[4].deprel, Root);
    }

    #[test]
    fn a_between_pair_read_as_a_clause_is_the_subject() {
        // "Fighting between troops and rebels killed ten ." with "rebels killed ten" a
        // conjunct clause of the root "Fighting".
        let mut words =
            tagged("Fighting/NN between/IN troops/NNS and/CC rebels/NNS killed/VBD ten/CD ./.");
        let tree = [
            (0, Deprel::Root),
            (3, Deprel::Case),
            (1, Deprel::Nmod),
            (6, Deprel::Cc),
            (6, Deprel::Nsubj),
            (1, Deprel::Conj),
            (6, Deprel::Obj),
            (1, Deprel::Punct),
        ];
        for (w, (h, r)) in words.iter_mut().zip(tree) {
            (w.head, w.deprel) = (h, r);
        }
        between_pair_read_as_clause(&mut words);
        let got: Vec<(usize, Deprel)> = words.iter().map(|w| (w.head, w.deprel)).collect();
        assert_eq!(
            got,
            [
                (6, Deprel::Nsubj),
                (3, Deprel::Case),
                (1, Deprel::Nmod),
                (5, Deprel::Cc),
                (3, Deprel::Conj),
                (0, Deprel::Root),
                (6, Deprel::Obj),
                (6, Deprel::Punct)
            ]
        );
        // A "between" phrase that has its two members keeps the clause as the parser read it.
        let mut words =
            tagged("Talks/NNS between/IN X/NNP and/CC Y/NNP ended/VBD and/CC Z/NNP left/VBD ./.");
        let tree = [
            (0, Deprel::Root),
            (3, Deprel::Case),
            (1, Deprel::Nmod),
            (5, Deprel::Cc),
            (3, Deprel::Conj),
            (1, Deprel::Conj),
            (9, Deprel::Cc),
            (9, Deprel::Nsubj),
            (1, Deprel::Conj),
            (1, Deprel::Punct),
        ];
        for (w, (h, r)) in words.iter_mut().zip(tree) {
            (w.head, w.deprel) = (h, r);
        }
        let before: Vec<(usize, Deprel)> = words.iter().map(|w| (w.head, w.deprel)).collect();
        between_pair_read_as_clause(&mut words);
        let after: Vec<(usize, Deprel)> = words.iter().map(|w| (w.head, w.deprel)).collect();
        assert_eq!(before, after);
    }

    #[test]
    fn a_clause_of_time_read_as_a_phrase_is_a_clause() {
        // "after" the preposition of "missiles", an oblique of "struck"; "hit" a conjunct.
        let mut words = tagged("X/NNP struck/VBD Y/NNP after/IN missiles/NNS hit/VBD Z/NNP ./.");
        let tree = [
            (2, Deprel::Nsubj),
            (0, Deprel::Root),
            (2, Deprel::Obj),
            (5, Deprel::Case),
            (2, Deprel::Obl),
            (2, Deprel::Conj),
            (6, Deprel::Obj),
            (2, Deprel::Punct),
        ];
        hang(&mut words, &tree);
        clause_of_time_read_as_phrase(&mut words);
        let got: Vec<(usize, Deprel)> = words.iter().map(|w| (w.head, w.deprel)).collect();
        assert_eq!(
            got,
            [
                (2, Deprel::Nsubj),
                (0, Deprel::Root),
                (2, Deprel::Obj),
                (6, Deprel::Mark),
                (6, Deprel::Nsubj),
                (2, Deprel::Advcl),
                (6, Deprel::Obj),
                (2, Deprel::Punct)
            ]
        );
        // The noun already the verb's subject, the clause a complement.
        let mut words = tagged("X/NNP struck/VBD Y/NNP after/IN rebels/NNS hit/VBD Z/NNP");
        hang(
            &mut words,
            &[
                (2, Deprel::Nsubj),
                (0, Deprel::Root),
                (2, Deprel::Obj),
                (5, Deprel::Case),
                (6, Deprel::Nsubj),
                (2, Deprel::Ccomp),
                (6, Deprel::Obj),
            ],
        );
        clause_of_time_read_as_phrase(&mut words);
        assert_eq!((words[3].head, words[3].deprel), (6, Deprel::Mark));
        assert_eq!(words[5].deprel, Deprel::Advcl);
        // A conjunct with its own "and" and subject is a conjunct: "after the talks and X
        // left" is left as read.
        let mut words = tagged("X/NNP left/VBD after/IN talks/NNS and/CC Y/NNP stayed/VBD");
        let tree = [
            (2, Deprel::Nsubj),
            (0, Deprel::Root),
            (4, Deprel::Case),
            (2, Deprel::Obl),
            (7, Deprel::Cc),
            (7, Deprel::Nsubj),
            (2, Deprel::Conj),
        ];
        hang(&mut words, &tree);
        clause_of_time_read_as_phrase(&mut words);
        let got: Vec<(usize, Deprel)> = words.iter().map(|w| (w.head, w.deprel)).collect();
        assert_eq!(got, tree);
    }

    #[test]
    fn a_bare_verb_after_a_past_tense_is_a_noun() {
        let nouns = |spec: &str| bare_verbs_after_a_past_tense(&tagged(spec));
        assert_eq!(
            nouns("troops/NNS exchanged/VBD gunfire/VB near/IN it/PRP ./."),
            [2]
        );
        // After "did", "helped" and the like the bare verb stays one.
        for (spec, lemma) in [
            ("they/PRP did/VBD go/VB ./.", "do"),
            ("she/PRP helped/VBD rebuild/VB it/PRP ./.", "help"),
        ] {
            let mut words = tagged(spec);
            words[1].lemma = lemma.to_string();
            assert!(bare_verbs_after_a_past_tense(&words).is_empty(), "{spec}");
        }
    }

    #[test]
    fn military_before_its_verb_is_a_noun() {
        let military = |spec: &str| military_read_as_adjective(&tagged(spec));
        assert_eq!(
            military("The/DT Russian/JJ military/JJ shelled/VBD the/DT town/NN ./."),
            [2]
        );
        assert_eq!(
            military("Chad/NNP 's/POS military/JJ detained/VBN Idris/NNP ./."),
            [2]
        );
        // An adjective of a noun, or after no word of a noun phrase, stays one.
        assert!(military("the/DT military/JJ junta/NN seized/VBD power/NN ./.").is_empty());
        assert!(military("it/PRP was/VBD military/JJ ./.").is_empty());
    }

    #[test]
    fn a_plural_before_a_past_tense_is_no_verb() {
        let plurals = |spec: &str| plurals_read_as_verbs(&tagged(spec));
        assert_eq!(
            plurals("Hezbollah/NNP fighters/VBZ clashed/VBN with/IN troops/NNS ./."),
            [1]
        );
        assert_eq!(
            plurals("rebel/JJ fighters/VBZ captured/VBD it/PRP ./."),
            [1]
        );
        // A verb before an adjectival participle, a linking verb, an auxiliary: verbs.
        assert!(plurals("the/DT ministry/NN reports/VBZ increased/VBN fighting/NN ./.").is_empty());
        assert!(plurals("the/DT army/NN seems/VBZ exhausted/VBN ./.").is_empty());
        assert!(plurals("the/DT army/NN has/VBZ retreated/VBN ./.").is_empty());
        // A verb after its subject's noun and before an object: a verb.
        assert!(plurals("the/DT army/NN attacks/VBZ villages/NNS ./.").is_empty());
    }

    #[test]
    fn a_plural_opening_a_sentence_before_a_past_tense_is_no_verb() {
        let initial = |spec: &str| initial_plurals_read_as_verbs(&tagged(spec));
        assert_eq!(
            initial("Israelis/VBZ rallied/VBN in/IN Haifa/NNP ./."),
            Some(0)
        );
        assert_eq!(
            initial("Insurgents/VBZ bombed/VBD a/DT base/NN ./."),
            Some(0)
        );
        // An auxiliary, a linking verb, a word in lower case, a present tense after it.
        assert_eq!(initial("Has/VBZ anyone/NN called/VBN ?/."), None);
        assert_eq!(initial("Seems/VBZ tired/VBN ./."), None);
        assert_eq!(initial("insurgents/VBZ bombed/VBD it/PRP ./."), None);
        assert_eq!(initial("Israelis/VBZ rally/VBP ./."), None);
    }

    #[test]
    fn a_place_names_first_word_is_no_common_noun() {
        let names = |spec: &str| name_starts_read_as_nouns(&tagged(spec));
        assert_eq!(
            names("thousands/NNS rallied/VBD in/IN Tel/NN Aviv/NNP ./."),
            [3]
        );
        // A lower-case noun, a word in capitals, a headline in title case: left alone.
        assert!(names("thousands/NNS rallied/VBD in/IN city/NN Hall/NNP ./.").is_empty());
        assert!(names("thousands/NNS rallied/VBD in/IN TEL/NN Aviv/NNP ./.").is_empty());
        assert!(names("Thousands/NNS Rally/VBD In/IN Tel/NN Aviv/NNP").is_empty());
    }

    #[test]
    fn a_counted_plural_is_no_verb() {
        let plurals = |spec: &str| counted_plurals_read_as_verbs(&tagged(spec));
        assert_eq!(
            plurals("troops/NNS killed/VBD six/CD FARC/NNP dissidents/VBZ ./."),
            [4]
        );
        assert_eq!(
            plurals("police/NNS held/VBD 30/CD Kurdish/JJ activists/VBZ ./."),
            [4]
        );
        // A year, a number after a determiner or a sign, one, a number right before the verb.
        assert!(plurals("1560/CD Ruy/NNP Lopez/NNP visits/VBZ Rome/NNP ./.").is_empty());
        assert!(plurals("the/DT 2000/CD tax/NN return/NN has/VBZ no/DT").is_empty());
        assert!(plurals("my/PRP$ 8/CD year/NN old/JJ daughter/NN loves/VBZ it/PRP").is_empty());
        assert!(plurals("one/CD Russian/JJ official/NN says/VBZ so/RB").is_empty());
        assert!(plurals("six/CD becomes/VBZ five/CD").is_empty());
        assert!(plurals("#/NN 13/CD Metro/NNP goes/VBZ west/RB").is_empty());
    }

    /// "calm/NN returned/VBD as/IN troops/NNS of/IN X/NNP and/CC Y/NNP withdrew/VBD" read
    /// with "calm" and "Y" both subjects of "withdrew": a verb between them.
    fn words_with_a_verb_between() -> Vec<Word> {
        let mut words =
            tagged("calm/NN returned/VBD as/IN troops/NNS X/NNP and/CC Y/NNP withdrew/VBD");
        let arcs = [
            (8, Deprel::Nsubj),
            (1, Deprel::Acl),
            (4, Deprel::Case),
            (2, Deprel::Obl),
            (4, Deprel::Nmod),
            (8, Deprel::Cc),
            (8, Deprel::Nsubj),
            (0, Deprel::Root),
        ];
        hang(&mut words, &arcs);
        words
    }

    #[test]
    fn a_relative_clause_read_as_the_main_one_gives_its_noun_back() {
        let mut words = tagged(
            "Armenia/NNP ,/, which/WDT joined/VBD it/PRP ,/, froze/VB its/PRP$ ties/NNS ./.",
        );
        let arcs = [
            (4, Deprel::Nsubj),
            (4, Deprel::Punct),
            (4, Deprel::Nsubj),
            (0, Deprel::Root),
            (4, Deprel::Obj),
            (7, Deprel::Punct),
            (4, Deprel::Advcl),
            (9, Deprel::NmodPoss),
            (7, Deprel::Obj),
            (4, Deprel::Punct),
        ];
        hang(&mut words, &arcs);
        let mut kept = words.clone();
        relative_clause_read_as_main(&mut words);
        let heads: Vec<(usize, Deprel)> = words.iter().map(|w| (w.head, w.deprel)).collect();
        assert_eq!(
            heads,
            [
                (7, Deprel::Nsubj),
                (4, Deprel::Punct),
                (4, Deprel::Nsubj),
                (1, Deprel::AclRelcl),
                (4, Deprel::Obj),
                (7, Deprel::Punct),
                (0, Deprel::Root),
                (9, Deprel::NmodPoss),
                (7, Deprel::Obj),
                (7, Deprel::Punct),
            ]
        );
        // A later verb with a subject of its own is a clause of its own.
        kept[7] = tagged("it/PRP")[0].clone();
        (kept[7].head, kept[7].deprel) = (7, Deprel::Nsubj);
        let before: Vec<usize> = kept.iter().map(|w| w.head).collect();
        relative_clause_read_as_main(&mut kept);
        assert_eq!(kept.iter().map(|w| w.head).collect::<Vec<_>>(), before);
    }

    #[test]
    fn a_subject_after_a_comma_read_as_a_conjunct_is_the_subject() {
        let mut words = tagged("it/PRP killed/VBD soldiers/NNS ,/, police/NNS said/VBD ./.");
        let arcs = [
            (2, Deprel::Nsubj),
            (6, Deprel::Ccomp),
            (2, Deprel::Obj),
            (5, Deprel::Punct),
            (3, Deprel::Conj),
            (0, Deprel::Root),
            (6, Deprel::Punct),
        ];
        hang(&mut words, &arcs);
        let mut listed = words.clone();
        subject_read_as_conjunct(&mut words);
        assert_eq!((words[4].head, words[4].deprel), (6, Deprel::Nsubj));
        // A conjunct with its own "and" is one of a list, not a subject.
        listed[3] = tagged("and/CC")[0].clone();
        (listed[3].head, listed[3].deprel) = (5, Deprel::Cc);
        subject_read_as_conjunct(&mut listed);
        assert_eq!((listed[4].head, listed[4].deprel), (3, Deprel::Conj));
    }

    #[test]
    fn the_subject_of_a_to_infinitive_after_a_verb_is_its_object() {
        let mut words = tagged("Kenya/NNP summoned/VBD the/DT envoy/NN to/TO explain/VB ./.");
        let arcs = [
            (2, Deprel::Nsubj),
            (0, Deprel::Root),
            (4, Deprel::Det),
            (6, Deprel::Nsubj),
            (6, Deprel::Mark),
            (2, Deprel::Advcl),
            (2, Deprel::Punct),
        ];
        hang(&mut words, &arcs);
        infinitive_subject_is_object(&mut words);
        assert_eq!((words[3].head, words[3].deprel), (2, Deprel::Obj));
        assert_eq!(words[5].deprel, Deprel::Advcl);
        // "for the envoy to explain": the infinitive's own subject.
        let mut words = tagged("Kenya/NNP asked/VBD for/IN the/DT envoy/NN to/TO explain/VB");
        let arcs = [
            (2, Deprel::Nsubj),
            (0, Deprel::Root),
            (7, Deprel::Mark),
            (5, Deprel::Det),
            (7, Deprel::Nsubj),
            (7, Deprel::Mark),
            (2, Deprel::Advcl),
        ];
        hang(&mut words, &arcs);
        infinitive_subject_is_object(&mut words);
        assert_eq!((words[4].head, words[4].deprel), (7, Deprel::Nsubj));
    }

    #[test]
    fn two_subjects_joined_by_a_conjunction_are_coordinated() {
        // Heads and relations as the parser may give them: both conjuncts and the "and" on
        // the verb.
        let mut words = tagged("Colombia/NNP and/CC the/DT rebels/NNS held/VBD talks/NNS");
        hang(
            &mut words,
            &[
                (5, Deprel::Nsubj),
                (5, Deprel::Cc),
                (4, Deprel::Det),
                (5, Deprel::Nsubj),
                (0, Deprel::Root),
                (5, Deprel::Obj),
            ],
        );
        let mut apart = words.clone();
        coordinated_subjects(&mut words);
        assert_eq!((words[0].head, words[0].deprel), (5, Deprel::Nsubj));
        assert_eq!((words[3].head, words[3].deprel), (1, Deprel::Conj));
        assert_eq!((words[1].head, words[1].deprel), (4, Deprel::Cc));
        // Without the conjunction between them nothing changes.
        apart[1].deprel = Deprel::Punct;
        let before = apart.clone();
        coordinated_subjects(&mut apart);
        let mut clause = words_with_a_verb_between();
        let kept = clause.clone();
        coordinated_subjects(&mut clause);
        assert_eq!(
            clause
                .iter()
                .map(|w| (w.head, w.deprel))
                .collect::<Vec<_>>(),
            kept.iter().map(|w| (w.head, w.deprel)).collect::<Vec<_>>()
        );
        assert_eq!(
            apart.iter().map(|w| (w.head, w.deprel)).collect::<Vec<_>>(),
            before
                .iter()
                .map(|w| (w.head, w.deprel))
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_perfect_tense_has_an_active_subject() {
        // Heads and relations as the parser may give them: "it" as a passive subject.
        let mut words = tagged("it/PRP had/VBD arrested/VBN militants/NNS");
        hang(
            &mut words,
            &[
                (3, Deprel::NsubjPass),
                (3, Deprel::Aux),
                (0, Deprel::Root),
                (3, Deprel::Obj),
            ],
        );
        words[2].feats = "Tense=Past|VerbForm=Part|Voice=Pass".to_string();
        let mut passive = words.clone();
        perfect_is_active(&mut words);
        assert_eq!(words[0].deprel, Deprel::Nsubj);
        assert_eq!(words[2].feats, "Tense=Past|VerbForm=Part");
        // "it had been arrested" keeps its passive subject.
        passive.insert(2, tagged("been/VBN")[0].clone());
        for w in passive.iter_mut() {
            if w.head == 3 {
                w.head = 4;
            }
        }
        passive[2].head = 4;
        passive[2].deprel = Deprel::AuxPass;
        passive[3].head = 0;
        perfect_is_active(&mut passive);
        assert_eq!(passive[0].deprel, Deprel::NsubjPass);
    }

    #[test]
    fn the_bare_verb_of_a_clause_asked_for_is_a_verb() {
        // "end" and "step" had been nouns of the clause's subject, the clause verbless.
        for (text, verb, subject) in [
            (
                "Rights groups demanded that the Kenyan government end its curfew.",
                7,
                "government",
            ),
            (
                "Washington insisted on Monday that Hezbollah end its attacks.",
                6,
                "Hezbollah",
            ),
            (
                "Protesters demanded that the president step down.",
                5,
                "president",
            ),
        ] {
            let s = &parse(text)[0];
            let w = &s.words[verb];
            assert_eq!((w.upos, w.xpos), (Upos::Verb, Xpos::Vb), "{text}: {w:?}");
            let subj = s
                .words
                .iter()
                .find(|x| x.deprel == Deprel::Nsubj && x.head == verb + 1);
            assert_eq!(subj.map(|x| x.form.as_str()), Some(subject), "{text}");
        }
        // A noun after the subject that the treebank never saw as a verb stays a noun, and so
        // does one with nothing after it that can start an object.
        let s = &parse("They demanded that the government security forces leave.")[0];
        assert_eq!(s.words[5].xpos, Xpos::Nn);
    }

    #[test]
    fn the_past_tense_of_a_phrasal_verb_read_as_a_noun_is_the_verb() {
        // "shot" had been a noun, the sentence a noun phrase without a verb.
        for (text, verb, subject) in [
            (
                "The Ukrainian military shot down 30 Russian drones overnight.",
                3,
                "military",
            ),
            ("Air defence shot down two missiles.", 2, "defence"),
        ] {
            let s = &parse(text)[0];
            let w = &s.words[verb];
            assert_eq!((w.upos, w.xpos), (Upos::Verb, Xpos::Vbd), "{text}: {w:?}");
            assert_eq!(s.words[verb + 1].xpos, Xpos::Rp, "{text}");
            let subj = s
                .words
                .iter()
                .find(|x| x.deprel == Deprel::Nsubj && x.head == verb + 1);
            assert_eq!(subj.map(|x| x.form.as_str()), Some(subject), "{text}");
        }
        // A noun the treebank never saw as a past tense stays a noun.
        let s = &parse("The dog ran after a chase off the port.")[0];
        assert_eq!(s.words[5].xpos, Xpos::Nn);
    }

    #[test]
    fn a_past_tense_spelt_as_its_base_between_subject_and_object_is_the_verb() {
        // "cut" had been an adverb and "aid" the verb; "set" a noun of "army set fire".
        for (text, verb, subject, object) in [
            ("The EU cut aid to Niger after the coup.", 2, "EU", "aid"),
            ("The army set fire to the village.", 2, "army", "fire"),
            (
                "Russia cut gas supplies to Europe.",
                1,
                "Russia",
                "supplies",
            ),
        ] {
            let s = &parse(text)[0];
            let w = &s.words[verb];
            assert_eq!((w.upos, w.xpos), (Upos::Verb, Xpos::Vbd), "{text}: {w:?}");
            let of = |rel: Deprel| {
                s.words
                    .iter()
                    .find(|x| x.deprel == rel && x.head == verb + 1)
                    .map(|x| x.form.as_str())
            };
            assert_eq!(of(Deprel::Nsubj), Some(subject), "{text}");
            assert_eq!(of(Deprel::Obj), Some(object), "{text}");
        }
        // A noun in a sentence that has its finite verb stays a noun.
        let s = &parse("The tax cut plan passed.")[0];
        assert_eq!(s.words[2].upos, Upos::Noun);
    }

    #[test]
    fn a_past_in_ed_read_as_an_adjective_in_a_verbless_sentence_is_the_verb() {
        let lexicon = &model().tagger.lexicon;
        let pasts = |spec: &str| verbless_pasts_read_as_adjectives(&tagged(spec), lexicon);
        assert_eq!(
            pasts("The/DT raid/NN ,/, led/VBN by/IN police/NN ,/, wounded/JJ 30/CD people/NNS"),
            [7]
        );
        assert_eq!(pasts("The/DT storm/NN damaged/JJ the/DT roof/NN"), [2]);
        // A finite verb elsewhere, or no noun before it: the adjective stays.
        assert!(
            pasts("The/DT storm/NN damaged/JJ the/DT roof/NN ,/, police/NN said/VBD").is_empty()
        );
        assert!(pasts("Wounded/JJ 30/CD times/NNS").is_empty());
        assert!(pasts("a/DT storm/NN ,/, armed/JJ men/NNS").is_empty());
    }

    #[test]
    fn a_past_in_ed_before_a_bare_noun_after_a_subject_is_the_verb() {
        let lexicon = &model().tagger.lexicon;
        let pasts = |spec: &str| clause_pasts_read_as_adjectives(&tagged(spec), lexicon);
        assert_eq!(
            pasts(
                "Protesters/NNS stormed/JJ parliament/NN after/IN police/NNS shot/VBD a/DT teenager/NN"
            ),
            [1]
        );
        assert_eq!(
            pasts("The/DT president/NN resigned/VBD after/IN rebels/NNS seized/VBN territory/NN"),
            [5]
        );
        // A phrase after a preposition or a verb, a naming participle, a word in "un-": no verb.
        assert!(pasts("a/DT category/NN of/IN products/NNS called/VBN gels/NNS").is_empty());
        assert!(pasts("it/PRP left/VBD Bush/NNP damaged/JJ goods/NNS").is_empty());
        assert!(pasts("Items/NNS called/VBN gels/NNS sold/VBD").is_empty());
        assert!(pasts("Peoples/NNS unlimited/JJ access/NN").is_empty());
        assert!(pasts("a/DT family/NN owned/VBN company/NN").is_empty());
    }

    #[test]
    fn a_participle_of_suspicion_before_of_is_no_past_tense() {
        let participles = |spec: &str| suspicion_pasts_read_as_participles(&tagged(spec));
        assert_eq!(
            participles("sanctions/NNS on/IN settlers/NNS accused/VBD of/IN violence/NN"),
            [3]
        );
        // The active verb has its object before "of"; after an auxiliary it is tagged so.
        assert!(participles("Russia/NNP accused/VBD Ukraine/NNP of/IN shelling/VBG").is_empty());
        assert!(participles("they/PRP suspected/VBD of/IN course/NN").is_empty());
    }

    #[test]
    fn an_unseen_agent_noun_after_a_peoples_adjective_is_a_noun() {
        let lexicon = &model().tagger.lexicon;
        let nouns = |spec: &str| unseen_agent_nouns_read_as_verbs(&tagged(spec), lexicon);
        assert_eq!(
            nouns("from/IN Tigrayan/NNP fighters/VBZ on/IN Monday/NNP"),
            [2]
        );
        assert_eq!(nouns("the/DT rebel/JJ fighters/VBZ left/VBD"), [2]);
        // A verb the treebank knows, and one after a name that is no people's, stay verbs.
        assert!(nouns("the/DT Kurdish/NNP offers/VBZ").is_empty());
        assert!(nouns("India/NNP discovers/VBZ herself/PRP").is_empty());
    }

    #[test]
    fn a_relative_clauses_verb_read_as_a_plural_is_the_verb() {
        let s = &parse("Turkey, which backs Azerbaijan, called on Armenia to withdraw.")[0];
        assert_eq!(s.words[3].xpos, Xpos::Vbz, "{s:?}");
        assert_eq!(s.root().map(|r| s.words[r].form.as_str()), Some("called"));
        // A plural noun followed by its own verb stays a noun.
        let verbs = |spec: &str| relative_verbs_read_as_plurals(&tagged(spec));
        assert!(verbs("people/NNS ,/, which/WDT wolves/NNS do/VBP not/RB").is_empty());
    }

    #[test]
    fn a_gerund_clause_after_a_date_is_the_verbs() {
        // "civilians" had hung on "Sunday" (`nmod`), "shelling" on "civilians" (`amod`).
        for text in [
            "Russia accused Ukraine on Sunday of shelling civilians.",
            "Kenya accused Uganda in a statement on Monday of arming rebels.",
        ] {
            let s = &parse(text)[0];
            let at = |form: &str| s.words.iter().position(|w| w.form == form).unwrap();
            let (verb, gerund, object) = (at("accused"), at("of") + 1, at("of") + 2);
            let w = |i: usize| (s.words[i].head, s.words[i].deprel);
            assert_eq!(w(gerund), (verb + 1, Deprel::Advcl), "{text}");
            assert_eq!(w(object), (gerund + 1, Deprel::Obj), "{text}");
            assert_eq!(w(gerund - 1), (gerund + 1, Deprel::Mark), "{text}");
        }
        // The "of" phrase of a noun keeps its adjective gerund.
        let s = &parse("The return of fleeing civilians began on Monday.")[0];
        assert_ne!(s.words[3].deprel, Deprel::Advcl);
    }

    #[test]
    fn the_infinitive_of_an_order_is_its_complement_not_its_purpose() {
        // "leave" had been an `advcl` of "ordered".
        let s = &parse("Mali ordered the French ambassador to leave the country.")[0];
        assert_eq!((s.words[6].head, s.words[6].deprel), (2, Deprel::Xcomp));
        // A verb that takes no such object keeps its purpose clause.
        let s = &parse("The army sent troops to protect the border.")[0];
        assert_eq!((s.words[5].head, s.words[5].deprel), (3, Deprel::Advcl));
    }

    #[test]
    fn long_sentences_are_cut_and_every_word_has_a_head() {
        let text = "Russia and Turkey ".repeat(200);
        let parsed = parse(&text);
        assert!(parsed.len() >= 3);
        for s in &parsed {
            assert!(s.words.len() <= tokenize::MAX_WORDS);
            assert_eq!(s.words.iter().filter(|w| w.head == 0).count(), 1);
            assert!(s.words.iter().all(|w| w.head <= s.words.len()));
        }
    }
}
