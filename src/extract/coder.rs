//! Event coding over the dependency parse: the lexicon's triggers found by lemma on the words of
//! the syntax stage, their source and target taken from the verb's (or the event noun's)
//! arguments rather than from word order: subjects, objects, passive "by" agents, the subject a
//! coordinated or controlled verb shares, coordination expanded on both sides, relative clauses
//! and appositions kept out of the roles. What it finds joins what the word-pattern finder of
//! `events.rs` found: it adds the triggers that finder missed and widens a role the parse shows
//! to be coordinated. The rules and their cases are in `docs/extraction.md`.

use super::dictionary::{self as dictionary, DictionaryActors, MainSubject};
use super::events::{Clue, Context, Found, Party, Skipped, party};
use super::lexicon::{Lexicon, Pattern, TargetRule};
use super::mentions::{self, Mention, Referent};
use super::text::Tok;
use std::collections::HashMap;
use std::sync::OnceLock;

use crate::dict::{self, Element, VerbDictionary, VerbEntry};
use crate::model::{Codebook, DateSpan};
use crate::syntax::{self, Deprel, Sentence, Upos, Xpos};

/// One parsed stretch of the sentence with, for each of its words, the mention covering it.
struct View<'s> {
    s: &'s Sentence,
    /// The mention (index into the sentence's mentions) of each word.
    mention: Vec<Option<usize>>,
    /// For a noun phrase's head that names no casus actor, the mention the dictionaries give
    /// it (index into the same list, after the sentence's own mentions).
    dict: Vec<Option<usize>>,
    /// Whether that mention is an agent noun's ("police"), not a name's.
    agentive: Vec<bool>,
    /// The first token of each word (index into the sentence's tokens).
    tok: Vec<usize>,
    /// The children of each word, in order.
    children: Vec<Vec<usize>>,
}

impl View<'_> {
    fn rel(&self, w: usize) -> Deprel {
        self.s.words[w].deprel
    }
    fn lemma(&self, w: usize) -> &str {
        &self.s.words[w].lemma
    }
    fn lower(&self, w: usize) -> String {
        self.s.words[w].form.to_lowercase()
    }
    fn head(&self, w: usize) -> Option<usize> {
        self.s.head_of(w)
    }
    fn child(&self, w: usize, rels: &[Deprel]) -> Option<usize> {
        self.children[w]
            .iter()
            .copied()
            .find(|&c| rels.contains(&self.rel(c)))
    }
    /// The preposition (case marker) of a nominal, lower case.
    fn case_of(&self, w: usize) -> Option<String> {
        self.children[w]
            .iter()
            .copied()
            .find(|&c| self.rel(c) == Deprel::Case)
            .map(|c| self.lower(c))
    }
}

/// The words that stand for the nominal headed by `w`: the mentions of `w` itself and of the
/// nominals coordinated with it ("France, Russia and the United States"), and, when `w` is no
/// actor ("the foreign ministers of Azerbaijan and Armenia", "several countries, including the
/// US and Turkey"), of its `of` / "including" / possessive / adjective modifiers and of the
/// name a title holds ("Secretary-General Boutros Boutros-Ghali") or a noun of its kind
/// ("watchdog Amnesty International"). Appositions and relative clauses are never followed.
fn actors(v: &View<'_>, w: usize, out: &mut Vec<usize>, path: &mut Vec<String>) {
    let before = out.len();
    // "shelled rebel-held areas in Idlib", "struck Hamas-controlled parts of Gaza": a place
    // named by its holder stands for the holder, not for the places or people of the phrase.
    if let Some(holder) = held_by(v, w) {
        actors(v, holder, out, path);
        if out.len() > before {
            return;
        }
    }
    // An agent noun is an actor as the head of the phrase ("the police"), not as a modifier
    // of a word that is none ("military actions", "a police station").
    let mut stack = vec![(w, 0usize, false)];
    while let Some((x, depth, modifier)) = stack.pop() {
        if depth > 6 {
            continue;
        }
        // A weapon stands for whoever fired it ("a missile fired by the Houthis struck a
        // ship"), though the dictionaries make "drone" an armed force of its own.
        if let Some(agent) = wielder(v, x) {
            stack.push((agent, depth + 1, false));
            continue;
        }
        let dict = v.dict[x].filter(|_| !(modifier && v.agentive[x]));
        match v.mention[x].or(dict) {
            Some(m) => {
                if !out.contains(&m) {
                    out.push(m);
                }
            }
            None => {
                // "a Saudi-led coalition" is the leader's: the hyphened participle "led" is
                // followed to its modifier ("Iranian-backed militias" are not Iran's).
                let led = x > 0
                    && v.lemma(x).eq_ignore_ascii_case("lead")
                    && v.s.words[x - 1].xpos == Xpos::Hyph;
                // "lend Argentina $20 billion": the parser may hang the recipient on the sum
                // as a compound of its currency sign.
                let noun = matches!(
                    v.s.words[x].upos,
                    Upos::Noun | Upos::Propn | Upos::Adj | Upos::Sym
                ) || led;
                if noun {
                    // "the Russia-led CSTO alliance": a noun its own name modifies is that
                    // name's, not its leader's.
                    let named = v.children[x]
                        .iter()
                        .any(|&d| v.rel(d) == Deprel::Compound && v.mention[d].is_some());
                    let hyphen_led = |c: usize| {
                        c > 0
                            && v.lemma(c).eq_ignore_ascii_case("lead")
                            && v.s.words[c - 1].xpos == Xpos::Hyph
                    };
                    for &c in &v.children[x] {
                        let through = match v.rel(c) {
                            Deprel::Amod if named && hyphen_led(c) => None,
                            Deprel::Amod | Deprel::Compound => Some(true),
                            // The leader before the hyphen, however the parser hangs it ("the
                            // US-led coalition": "US" an `obl:unmarked` of "led").
                            _ if led && c + 2 == x => Some(true),
                            // A possessor is no kind: "the rebels' positions" are the rebels'.
                            Deprel::NmodPoss => Some(false),
                            // A title's name ("Secretary-General Boutros Boutros-Ghali"),
                            // and the title of a name no dictionary knows ("Judge Ana Ruiz",
                            // the title `nmod:desc` of the name): the title's agent. A word
                            // of a name after its first is no title but a surname, even where
                            // it is an agent noun ("Paul King"); in lower case it is the noun
                            // the name modifies, read as part of it ("Amhara militia").
                            Deprel::Flat => {
                                Some(!v.s.words[c].form.starts_with(|ch: char| ch.is_lowercase()))
                            }
                            Deprel::NmodDesc if v.s.words[x].upos == Upos::Propn => Some(false),
                            // A name set beside a noun that names its kind, with no
                            // preposition ("rights watchdog Amnesty International").
                            Deprel::Nmod
                                if v.case_of(c).is_none() && v.s.words[c].upos == Upos::Propn =>
                            {
                                Some(false)
                            }
                            // The "of" phrase of an act done to someone ("the invasion of
                            // Ukraine", "the arrest of X") is whom it was done to, not an
                            // actor of the phrase; that of a charge is the offence.
                            Deprel::Nmod
                                if v.case_of(c).as_deref() == Some("of")
                                    && (DONE_TO_OF
                                        .contains(&v.lemma(x).to_lowercase().as_str())
                                        || CHARGED_WITH_OF
                                            .contains(&v.lemma(x).to_lowercase().as_str())) =>
                            {
                                None
                            }
                            // The "from" phrase of a leaving ("the withdrawal of X's forces
                            // from Y") is the place left: the one who leaves is the actor.
                            Deprel::Nmod
                                if v.case_of(c).as_deref() == Some("from")
                                    && LEAVING.contains(&v.lemma(x).to_lowercase().as_str()) =>
                            {
                                None
                            }
                            Deprel::Nmod => matches!(
                                v.case_of(c).as_deref(),
                                Some("of" | "including" | "from" | "like" | "by")
                            )
                            .then_some(false),
                            _ => None,
                        };
                        if let Some(modifier) = through {
                            stack.push((c, depth + 1, modifier));
                        }
                        // "a ship operated by Greenpeace", "villages held by the rebels",
                        // "a plane belonging to X": a thing stands for whoever holds it.
                        // People held are not their captors ("rescued hostages held by X").
                        if v.rel(c) == Deprel::Acl
                            && HOLDING.contains(&v.lemma(c).to_lowercase().as_str())
                            && !CAPTIVES.contains(&v.lemma(x).to_lowercase().as_str())
                        {
                            for &g in &v.children[c] {
                                let holder = v.rel(g) == Deprel::OblAgent
                                    || v.rel(g) == Deprel::Obl
                                        && v.case_of(g).as_deref() == Some("to")
                                        && v.lemma(c).eq_ignore_ascii_case("belong");
                                if holder {
                                    stack.push((g, depth + 2, false));
                                }
                            }
                        }
                    }
                }
            }
        }
        for &c in &v.children[x] {
            if v.rel(c) == Deprel::Conj && matches!(v.s.words[c].upos, Upos::Noun | Upos::Propn) {
                stack.push((c, depth + 1, modifier));
            }
        }
    }
    // The arc that led here, for `--explain`, when it gave an actor.
    if out.len() > before {
        let head = v.head(w).map_or("ROOT", |h| v.s.words[h].form.as_str());
        path.push(format!(
            "{head} -{}-> {}",
            v.rel(w).as_str(),
            v.s.words[w].form
        ));
    }
}

/// The holder's word of a noun phrase whose head has a participle of holding with its agent
/// after it ("villages held by the rebels") or hyphened before it ("rebel-held areas",
/// "Hamas-controlled parts of Gaza", "government-run media"); people held are no such phrase.
fn held_by(v: &View<'_>, w: usize) -> Option<usize> {
    if !matches!(v.s.words[w].upos, Upos::Noun | Upos::Propn)
        || CAPTIVES.contains(&v.lemma(w).to_lowercase().as_str())
    {
        return None;
    }
    // "villages held by the rebels": the participle's agent.
    let after = v.children[w].iter().find_map(|&p| {
        (v.rel(p) == Deprel::Acl && HOLDING.contains(&v.lemma(p).to_lowercase().as_str()))
            .then(|| v.child(p, &[Deprel::OblAgent]))
            .flatten()
    });
    after.or_else(|| {
        v.children[w].iter().find_map(|&p| {
            let hyphened = p > 0 && v.s.words[p - 1].xpos == Xpos::Hyph;
            (v.rel(p) == Deprel::Amod
                && hyphened
                && HOLDING.contains(&v.lemma(p).to_lowercase().as_str()))
            .then(|| {
                v.children[p].iter().copied().find(|&h| {
                    h < p
                        && matches!(
                            v.rel(h),
                            Deprel::Compound | Deprel::Nsubj | Deprel::Obl | Deprel::Amod
                        )
                })
            })
            .flatten()
        })
    })
}

/// People held by someone, who do not stand for their holder as a thing held does (see
/// `actors`).
const CAPTIVES: &[&str] = &[
    "hostage",
    "captive",
    "prisoner",
    "detainee",
    "people",
    "person",
    "civilian",
    "citizen",
    "national",
    "worker",
    "journalist",
    "soldier",
    "child",
    "woman",
    "man",
];

/// Verbs whose participle after a noun names who holds the thing ("a ship operated by X"):
/// the thing stands for its holder (see `actors`).
const HOLDING: &[&str] = &[
    "operate", "own", "run", "hold", "control", "charter", "belong", "occupy", "man",
];

/// Verbs of using a weapon: a weapon "fired by X" stands for X (see `wielder`).
const WIELDING: &[&str] = &[
    "fire", "launch", "drop", "detonate", "plant", "lay", "shoot",
];

/// The agent of a participle of using weapon `x` ("a missile fired by the Houthis",
/// "a bomb planted by militants").
fn wielder(v: &View<'_>, x: usize) -> Option<usize> {
    if !WEAPONS.contains(&v.lemma(x).to_lowercase().as_str()) {
        return None;
    }
    v.children[x]
        .iter()
        .copied()
        .filter(|&c| {
            v.rel(c) == Deprel::Acl && WIELDING.contains(&v.lemma(c).to_lowercase().as_str())
        })
        .find_map(|c| v.child(c, &[Deprel::OblAgent]))
}

/// The party of the mentions `ms`: one actor list when they all name actors, else the first
/// that resolves.
fn party_of(ms: &[usize], mentions: &[Mention], context: &Context<'_>) -> Option<Party> {
    let mut ids: Vec<String> = Vec::new();
    let mut other = None;
    for &m in ms {
        match party(&mentions[m].referent, context) {
            Some(Party::Actors(a)) => {
                for id in a {
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
            }
            Some(p) if other.is_none() => other = Some(p),
            Some(_) => {}
            None => {}
        }
    }
    if ids.is_empty() {
        other
    } else {
        Some(Party::Actors(ids))
    }
}

/// The pattern whose trigger starts at word `w`, the longest first, and the word after its
/// last word.
fn trigger<'l>(v: &View<'_>, lexicon: &'l Lexicon, w: usize) -> Option<(&'l Pattern, usize)> {
    let word = &v.s.words[w];
    let lower = word.form.to_lowercase();
    let lemma = word.lemma.to_lowercase();
    let n = v.s.words.len();
    let mut best: Option<(&Pattern, usize)> = None;
    for key in [&lower, &lemma] {
        for &p in lexicon.starting_with(key) {
            let pattern = &lexicon.patterns[p];
            let head_ok = if pattern.nominal {
                pattern.forms[0].contains(&lower)
            } else {
                // A verb pattern: the word is a verb (not "co-chairs" or "the attack").
                matches!(word.upos, Upos::Verb)
                    && (pattern.forms[0].contains(&lower) || pattern.forms[0].contains(&lemma))
            };
            if !head_ok {
                continue;
            }
            let mut at = w;
            let mut ok = true;
            for alternatives in &pattern.forms[1..] {
                let found = (at + 1..=(at + 1 + pattern.gap).min(n.saturating_sub(1))).find(|&k| {
                    let f = v.lower(k);
                    alternatives.contains(&f) || alternatives.contains(&v.lemma(k).to_string())
                });
                match found {
                    Some(k) => at = k,
                    None => {
                        ok = false;
                        break;
                    }
                }
            }
            // "a charge Beijing denied", "the accusation, which Moscow rejected": a verb and
            // its object noun, the noun the verb's relative clause modifies.
            if !ok
                && !pattern.nominal
                && let [_, object] = &pattern.forms[..]
                && let Some(o) = relative_object(v, w)
                && (object.contains(&v.lower(o)) || object.contains(&v.lemma(o).to_lowercase()))
            {
                ok = true;
                at = w;
            }
            if ok && best.is_none_or(|(b, _)| b.forms.len() < pattern.forms.len()) {
                best = Some((pattern, at + 1));
            }
        }
    }
    best
}

/// The noun that verb `w`'s relative clause modifies, when it is the verb's object: the clause
/// has a subject of its own and no object but the relative pronoun ("a charge Beijing denied",
/// "the deal, which Iran signed"; not "the rebels who attacked").
fn relative_object(v: &View<'_>, w: usize) -> Option<usize> {
    let n = v.head(w).filter(|&n| n < w)?;
    let relative = |k: usize| matches!(v.lower(k).as_str(), "that" | "which" | "who" | "whom");
    (v.rel(w) == Deprel::AclRelcl
        && v.s.words[n].upos == Upos::Noun
        && v.child(w, &[Deprel::Nsubj]).is_some_and(|s| !relative(s))
        && v.child(w, &[Deprel::Obj]).is_none_or(relative))
    .then_some(n)
}

/// The "on", "against" and "upon" phrases of verb `w`: whom an act was done on.
fn aimed_at<'v>(v: &'v View<'_>, w: usize) -> impl Iterator<Item = usize> + 'v {
    v.children[w].iter().copied().filter(move |&c| {
        v.rel(c) == Deprel::Obl
            && matches!(v.case_of(c).as_deref(), Some("on" | "against" | "upon"))
    })
}

/// The noun a passive verb `w` was done to, which an active one would take as its object: its
/// passive subject ("sanctions were imposed"), or the noun its past participle modifies when
/// the participle says on whom ("sanctions imposed by the EU on Russia"; "hostages held by X"
/// only describes the hostages).
fn passive_object(v: &View<'_>, w: usize) -> Option<usize> {
    if v.s.words[w].xpos != Xpos::Vbn {
        return None;
    }
    let aimed = v.children[w].iter().any(|&c| {
        v.rel(c) == Deprel::Obl
            && matches!(
                v.case_of(c).as_deref(),
                Some("on" | "against" | "upon" | "to" | "at")
            )
    });
    v.child(w, &[Deprel::NsubjPass]).or_else(|| {
        v.head(w).filter(|&n| {
            n < w && aimed && v.rel(w) == Deprel::Acl && v.s.words[n].upos == Upos::Noun
        })
    })
}

/// Whether event noun `w`, in an oblique of verb `h`, is what the verb's subject takes part
/// in: "took part in the protests", "participated in talks", "engaged in fighting", "joined in
/// the strike"; or goes on: "went on hunger strike", "went on the offensive"; or agrees to:
/// "agreed to a ceasefire".
fn takes_part_in(v: &View<'_>, w: usize, h: usize) -> bool {
    if v.rel(w) != Deprel::Obl {
        return false;
    }
    let case = v.case_of(w);
    if case.as_deref() == Some("on") {
        return v.lemma(h).eq_ignore_ascii_case("go");
    }
    // "X and Y agreed to a ceasefire": the sides that agree to an act are its own.
    if case.as_deref() == Some("to") {
        return matches!(v.lemma(h).to_lowercase().as_str(), "agree" | "consent");
    }
    if case.as_deref() != Some("in") {
        return false;
    }
    match v.lemma(h).to_lowercase().as_str() {
        "participate" | "engage" | "join" => true,
        "take" => v
            .child(h, &[Deprel::Obj])
            .is_some_and(|o| v.lower(o) == "part"),
        _ => false,
    }
}

/// The "between" or "among" phrases of word `h` ("talks between X and Y").
fn between_phrases<'v>(v: &'v View<'_>, h: usize) -> impl Iterator<Item = usize> + 'v {
    v.children[h].iter().copied().filter(|&d| {
        v.rel(d) == Deprel::Nmod && matches!(v.case_of(d).as_deref(), Some("between" | "among"))
    })
}

/// The verb "come" of which word `w` is the "under" phrase ("came under attack"), when
/// neither has a "for" or "over" phrase of a reason (figurative: "came under fire for its
/// handling of the crisis", "came under attack over the plan"), nor has the verb's "from"
/// phrase, where the parser may hang it ("came under fire from the opposition over ...").
fn came_under(v: &View<'_>, w: usize) -> Option<usize> {
    let h = v.head(w)?;
    let reason = |x: usize| {
        v.children[x].iter().any(|&c| {
            matches!(v.rel(c), Deprel::Obl | Deprel::Nmod | Deprel::Advcl)
                && matches!(v.case_of(c).as_deref(), Some("for" | "over"))
        })
    };
    (v.rel(w) == Deprel::Obl
        && v.case_of(w).as_deref() == Some("under")
        && v.s.words[h].upos == Upos::Verb
        && v.lemma(h).eq_ignore_ascii_case("come")
        && !reason(h)
        && !reason(w)
        && !v.children[h].iter().any(|&c| {
            matches!(v.rel(c), Deprel::Obl | Deprel::OblAgent)
                && matches!(v.case_of(c).as_deref(), Some("from" | "by"))
                && reason(c)
        }))
    .then_some(h)
}

/// The second member of the one-member "between" phrase `c` of word `h` that the parser hung
/// on `h` itself: "clashes between the army and the rebels killed ten" read with "rebels" a
/// conjunct of "clashes". A "between" phrase names two sides; a conjunct of the head joined
/// by "and" right after the phrase is its second.
fn misplaced_second_member(v: &View<'_>, h: usize, c: usize) -> Option<usize> {
    if v.case_of(c).as_deref() != Some("between") || v.child(c, &[Deprel::Conj]).is_some() {
        return None;
    }
    let end = subtree_end(v, c);
    v.children[h].iter().copied().find(|&d| {
        d > end
            && v.rel(d) == Deprel::Conj
            && matches!(v.s.words[d].upos, Upos::Noun | Upos::Propn)
            && v.children[d]
                .iter()
                .any(|&x| v.rel(x) == Deprel::Cc && v.lower(x) == "and" && x == end + 1)
    })
}

/// The "between" phrase of event noun `w` that the parser hung on the agent of the noun's own
/// participle: "talks hosted by X between Y and Z" (the pair's talks, not X's).
fn between_of_its_agent(v: &View<'_>, w: usize) -> Option<usize> {
    v.children[w]
        .iter()
        .filter(|&&r| v.rel(r) == Deprel::Acl && v.s.words[r].upos == Upos::Verb)
        .flat_map(|&r| v.children[r].iter().copied())
        .filter(|&c| {
            v.rel(c) == Deprel::OblAgent
                || v.rel(c) == Deprel::Obl && v.case_of(c).as_deref() == Some("by")
        })
        .find_map(|c| between_phrases(v, c).next())
}

// The word-pattern pass keeps each word's dependents' relations as bits of a `u64`.
const _: () = assert!(Deprel::ALL.len() <= 64);

/// Verbs that lend their subject to the event noun they take as object, as its doer: verbs of
/// doing, beginning, keeping up and ending it ("held talks", "launched an offensive", "carried
/// out strikes", "imposed a curfew", "signed an agreement", "fought a war"). Any other verb
/// says something about an act that may be another's ("condemned the attack", "discussed the
/// war", "called for talks", "welcomed the agreement").
const LENDING: &[&str] = &[
    "hold",
    "launch",
    "carry",
    "conduct",
    "stage",
    "begin",
    "start",
    "continue",
    "resume",
    "renew",
    "wage",
    "mount",
    "open",
    "step",
    "intensify",
    "escalate",
    "undertake",
    "organize",
    "organise",
    "have",
    "make",
    "sign",
    "reach",
    "conclude",
    "complete",
    "impose",
    "reimpose",
    "tighten",
    "extend",
    "issue",
    "observe",
    "arrange",
    "announce",
    "unveil",
    "declare",
    "fight",
    "lead",
    "join",
    "perform",
    "commit",
    "unleash",
    "deliver",
    "give",
    "pay",
    "host",
    "attend",
    "lodge",
    "file",
    "level",
    "offer",
    "propose",
    "accept",
    "agree",
    "chair",
    "convene",
    "initiate",
    "pursue",
    "maintain",
    "enforce",
    "expand",
    "sustain",
    "keep",
    "ramp",
    "press",
    "repeat",
    "promise",
    "pledge",
    "vow",
    "order",
    "authorize",
    "authorise",
    "approve",
    "send",
    "provide",
    "grant",
    "call",
    "fly",
];

/// Nouns that measure out the acts of an event noun in their "of" phrase ("a new round of
/// talks", "a wave of air strikes", "a package of sanctions").
const MEASURES: &[&str] = &[
    "round", "wave", "series", "package", "tranche", "batch", "shipment", "spate", "string",
    "volley", "barrage", "salvo", "flurry",
];

/// Nouns of a round number, which measure out their "of" phrase ("dozens of rockets").
const ROUND_NUMBERS: &[&str] = &["dozens", "scores", "hundreds", "thousands", "millions"];

/// Whether word `q` measures out its "of" phrase: a measure ([`MEASURES`]), a number, a round
/// number's noun, or a noun with a number ("two rounds of", "dozens of").
fn measures(v: &View<'_>, q: usize) -> bool {
    MEASURES.contains(&v.lemma(q).to_lowercase().as_str())
        || ROUND_NUMBERS.contains(&v.lower(q).as_str())
        || v.s.words[q].upos == Upos::Num
        || v.children[q].iter().any(|&c| v.rel(c) == Deprel::Nummod)
}

/// The word that stands for event noun `w` as a verb's object: the measure or amount whose
/// "of" or "in" phrase it is when that is the object ("approved $1 billion in military aid",
/// "held a new round of talks"; see [`MEASURES`]), else `w` itself.
/// The parser may hang the phrase on the verb instead ("pledged [200 million euros] [in
/// aid]"): then the verb's object before it, when that is an amount or a measure.
fn carrier(v: &View<'_>, w: usize) -> usize {
    let measure = |q: usize| measures(v, q);
    if !matches!(v.case_of(w).as_deref(), Some("of" | "in")) {
        return w;
    }
    let Some(h) = v.head(w) else { return w };
    let q = match v.rel(w) {
        Deprel::Nmod if v.rel(h) == Deprel::Obj => h,
        Deprel::Obl if v.s.words[h].upos == Upos::Verb => match v.child(h, &[Deprel::Obj]) {
            Some(q) if q < w => q,
            _ => return w,
        },
        _ => return w,
    };
    if measure(q) { q } else { w }
}

/// Nouns for the line between two states, whose other side a show of force there is aimed at.
const BORDERS: &[&str] = &["border", "frontier", "boundary", "borderline"];

/// Verbs of defending against an act: their subject is the act's target ("repelled a Russian
/// attack"), and their own event is the defender's force against the attacker.
const DEFENDING: &[&str] = &["repel", "repulse", "withstand", "resist"];

/// Whether word `h` is a verb of defending (see [`DEFENDING`]).
fn defends(v: &View<'_>, h: usize) -> bool {
    v.s.words[h].upos == Upos::Verb && DEFENDING.contains(&v.lemma(h).to_lowercase().as_str())
}

/// Verbs of claiming an act as one's own: "claimed the attack", "took responsibility for".
const CLAIMING: &[&str] = &["claim", "take", "accept", "admit", "assume"];

/// The "by" agent of verb `h`, the parser's `obl:agent` or a plain "by" phrase.
fn by_agent(v: &View<'_>, h: usize) -> Option<usize> {
    v.children[h].iter().copied().find(|&c| {
        v.rel(c) == Deprel::OblAgent
            || v.rel(c) == Deprel::Obl && v.case_of(c).as_deref() == Some("by")
    })
}

/// Verbs whose "by" agent did the act they take as passive subject or modify as a participle
/// ("the attack, carried out by X"), and the claim of it. Narrower than [`LENDING`]: a truce
/// "brokered by" or "called for by" someone is not theirs.
const DONE_BY: &[&str] = &[
    "carry",
    "conduct",
    "launch",
    "stage",
    "mount",
    "perform",
    "commit",
    "perpetrate",
    "unleash",
    "wage",
    "execute",
    "undertake",
    "lead",
    "impose",
    "claim",
];

/// The verb and the "by" agent of a verb of doing (see [`DONE_BY`]) that says who did event
/// noun `w`: a participle that modifies the noun ("the attack, carried out by X", "the
/// bombing, claimed by X") or the verb the noun is the passive subject of ("the raid was
/// conducted by X"); or the one a verb of blaming blames it on ("was blamed on X").
fn done_by(v: &View<'_>, w: usize) -> Option<(usize, usize)> {
    let doing = |h: usize| {
        v.s.words[h].upos == Upos::Verb
            && v.s.words[h].xpos == Xpos::Vbn
            && DONE_BY.contains(&v.lemma(h).to_lowercase().as_str())
    };
    let participle = v.children[w]
        .iter()
        .copied()
        .find(|&c| v.rel(c) == Deprel::Acl && doing(c));
    let verb = participle.or_else(|| {
        v.head(w)
            .filter(|&h| v.rel(w) == Deprel::NsubjPass && doing(h))
    });
    if let Some(verb) = verb
        && let Some(agent) = by_agent(v, verb)
    {
        return Some((verb, agent));
    }
    // "the attack was blamed on X", "officials blamed the bombing on X", "attributed the
    // attack to X": the one an act is blamed on is its doer, as far as the blamer says.
    let h = v.head(w)?;
    let to = match v.lemma(h).to_lowercase().as_str() {
        "blame" | "pin" => "on",
        "attribute" => "to",
        _ => return None,
    };
    if v.s.words[h].upos != Upos::Verb || !matches!(v.rel(w), Deprel::NsubjPass | Deprel::Obj) {
        return None;
    }
    let agent = v.children[h]
        .iter()
        .copied()
        .find(|&c| v.rel(c) == Deprel::Obl && v.case_of(c).as_deref() == Some(to))?;
    Some((h, agent))
}

/// The word naming who claimed event noun `w`, and how it was found: the subject of "claim"
/// with the noun as object ("X claimed the attack"), the "by" agent of "claim" with the noun
/// as passive subject ("the attack was claimed by X"), or the subject of a verb of claiming
/// whose object is "responsibility" or "credit" for the noun ("X claimed responsibility for
/// the bombing").
fn claimed_by(v: &View<'_>, w: usize) -> Option<(usize, Clue)> {
    let h = v.head(w)?;
    let lemma = |k: usize| v.lemma(k).to_lowercase();
    let claimed = |k: usize| {
        v.children[k].iter().any(|&o| {
            v.rel(o) == Deprel::Obj && matches!(lemma(o).as_str(), "responsibility" | "credit")
        })
    };
    let (verb, via_responsibility) = match v.rel(w) {
        Deprel::Obj | Deprel::NsubjPass if lemma(h) == "claim" => (h, false),
        // The parser often hangs the "for" phrase on the verb.
        Deprel::Obl if v.case_of(w).as_deref() == Some("for") && claimed(h) => (h, true),
        Deprel::Nmod
            if v.case_of(w).as_deref() == Some("for")
                && matches!(lemma(h).as_str(), "responsibility" | "credit")
                && v.rel(h) == Deprel::Obj =>
        {
            (v.head(h)?, true)
        }
        _ => return None,
    };
    if via_responsibility && !CLAIMING.contains(&lemma(verb).as_str()) {
        return None;
    }
    if v.rel(w) == Deprel::NsubjPass {
        return Some((by_agent(v, verb)?, Clue::PassiveAgent));
    }
    let mut passive = false;
    let (subj, clue) = subject(v, verb, &mut passive)?;
    (!passive).then_some((subj, clue))
}

/// Holders of a post, whom "fired" or "sacked" dismisses rather than shoots at.
const POSTS: &[&str] = &[
    "executive",
    "chief",
    "director",
    "manager",
    "minister",
    "official",
    "coach",
    "employee",
    "worker",
    "staff",
    "head",
    "secretary",
    "commander",
    "adviser",
    "advisor",
    "editor",
    "president",
    "governor",
];

/// Whether verb `w` is "fire" or "sack" with the holder of a post as its object and no "at"
/// or "on" phrase: "the company fired its chief executive", "Zelensky sacked his army
/// commander". A dismissal, which the verb dictionary would code as force (190).
fn dismissed(v: &View<'_>, w: usize) -> bool {
    if !matches!(v.lemma(w).to_lowercase().as_str(), "fire" | "sack") {
        return false;
    }
    let Some(o) = v.child(w, &[Deprel::Obj]) else {
        return false;
    };
    // The object's head or a modifier the parser took it for ("its chief executive after an
    // investigation" came out with "executive" an adjective of "investigation").
    let post = std::iter::once(o)
        .chain(
            v.children[o]
                .iter()
                .copied()
                .filter(|&c| matches!(v.rel(c), Deprel::Amod | Deprel::Compound)),
        )
        .any(|k| POSTS.contains(&v.lemma(k).to_lowercase().as_str()));
    post && !v.children[w].iter().any(|&c| {
        v.rel(c) == Deprel::Obl
            && matches!(v.case_of(c).as_deref(), Some("at" | "on" | "into" | "upon"))
    })
}

/// Whether verb `h` lends its subject to an event noun it takes as object (see [`LENDING`]).
fn lends_its_subject(v: &View<'_>, h: usize) -> bool {
    LENDING.contains(&v.lemma(h).to_lowercase().as_str())
}

/// The words a headline in title case leaves in lower case.
const TITLE_CASE_LOWER: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "at", "by", "with", "from", "as",
    "but", "vs", "via", "into", "over", "after",
];

/// Why the act a verb threatens is not coded ("threatened to launch an operation").
const THREATENED: &str = "threatened, not done (parse)";

/// Why the act a verb asks for is not coded ("urged X to withdraw").
const APPEALED: &str = "asked or demanded of someone, not done (parse)";

/// Verbs of asking and demanding, whose complement is what they ask for, not a fact ("urged X
/// to withdraw", "called on X to free", "demanded that X halt").
const APPEALING: &[&str] = &[
    "urge",
    "ask",
    "call",
    "demand",
    "insist",
    "request",
    "press",
    "encourage",
    "appeal",
    "implore",
    "beg",
    "exhort",
    "plead",
    "invite",
];

/// Verbs of telling or warning someone to act, whose controlled verb is what they demand
/// ("told Armenia to withdraw", "warned Iran to stop attacking shipping"); their clause ("told
/// reporters that ...") is what was said.
const TELLING: &[&str] = &[
    "tell", "order", "instruct", "direct", "warn", "caution", "advise",
];

/// Prepositions of a phrase of time or circumstance, whose words are no part of what a verb
/// pattern names.
const CIRCUMSTANCES: &[&str] = &[
    "after",
    "before",
    "during",
    "since",
    "until",
    "till",
    "amid",
    "amidst",
    "following",
    "despite",
    "ahead",
    "prior",
];

/// Verbs whose complement is not a fact: "denied sending", "refused to" ("threatened to" is
/// handled apart, in `not_a_fact`).
const NOT_FACT: &[&str] = &["deny", "refuse", "reject", "dismiss", "fail"];

/// Why the complement of a `NOT_FACT` verb is not coded.
const DENIED: &str = "denied or refused (parse)";

/// Whether verb `w` denies what a clause tells: "denied that its troops had entered X",
/// "denied supporting the rebels", "denied it was planning an attack". Such a denial is
/// CAMEO's 016 ("deny responsibility"), as the verb dictionary codes "denied the charges";
/// "denied them entry" or "denied the request" take no clause and are not.
fn denies_a_clause(v: &View<'_>, w: usize) -> bool {
    v.lemma(w).eq_ignore_ascii_case("deny")
        && v.children[w].iter().any(|&c| match v.rel(c) {
            Deprel::Ccomp => true,
            Deprel::Xcomp | Deprel::Advcl => bare_gerund(v, c),
            _ => false,
        })
}

/// Whether word `x` is a gerund with no "after", "by", "while" before it ("denied sending
/// troops"): the object of the verb it hangs on, though the parser may hang it as an
/// adverbial clause.
fn bare_gerund(v: &View<'_>, x: usize) -> bool {
    v.s.words[x].xpos == Xpos::Vbg && v.child(x, &[Deprel::Mark]).is_none()
}

/// Whether verb `w` suspends an actor or its membership: "the African Union suspended Mali",
/// "suspended Russia's membership". A body that suspends a member reduces relations with it
/// (CAMEO's 161); PETRARCH's SUSPEND codes only what ends ("suspended the talks").
fn suspends_a_member(v: &View<'_>, w: usize) -> bool {
    v.lemma(w).eq_ignore_ascii_case("suspend")
        && v.child(w, &[Deprel::Obj]).is_some_and(|o| {
            v.mention[o].is_some()
                || v.lemma(o).eq_ignore_ascii_case("membership")
                    && v.children[o].iter().any(|&c| {
                        (v.rel(c) == Deprel::NmodPoss
                            || v.rel(c) == Deprel::Nmod && v.case_of(c).as_deref() == Some("of"))
                            && v.mention[c].is_some()
                    })
        })
}

/// Words of inquiry, whose "into" phrase names what is inquired into ("an investigation into
/// the attack", "looking into the shelling").
const INQUIRY: &[&str] = &[
    "investigation",
    "inquiry",
    "enquiry",
    "probe",
    "look",
    "inquest",
];

/// Verbs of saying and reporting, whose object or clause is what was said: violence they tell
/// of is not the teller's (see the verb dictionary's events in `find`).
const TELLING_OF: &[&str] = &[
    "say", "report", "tell", "state", "mention", "describe", "cite", "note", "recount", "confirm",
];

/// Nouns of an act left undone, whose "to" infinitive is no fact: "X's failure to respect the
/// border", "its refusal to withdraw", "their inability to agree".
const UNDONE: &[&str] = &[
    "failure",
    "refusal",
    "inability",
    "unwillingness",
    "reluctance",
];

/// Why an act argued against or kept from is not coded (see `not_a_fact`).
const KEPT_FROM_ACT: &str = "argued against or kept from (parse)";

/// Verbs that keep someone from an act: "barred X from entering", "refrained from attacking".
const KEPT_FROM: &[&str] = &[
    "prevent",
    "bar",
    "ban",
    "stop",
    "refrain",
    "abstain",
    "deter",
    "prohibit",
    "keep",
    "restrain",
    "dissuade",
    "desist",
    "block",
    "forbid",
    "discourage",
];

/// Whether word `n` names a day, as the date tagger's lexicon reads it ("Monday", "today",
/// "tonight", "yesterday").
fn is_a_day(v: &View<'_>, n: usize) -> bool {
    use crate::timex::lexicon::{Kw, Lex, classify};
    matches!(
        classify(v.s.words[n].form.as_bytes()),
        Lex::Weekday(_) | Lex::Kw(Kw::Today | Kw::Tomorrow | Kw::Tonight | Kw::Yesterday)
    )
}

/// Whether word `n` names a day or a month ("Monday", "today", "March", "3").
fn is_day(v: &View<'_>, n: usize) -> bool {
    use crate::timex::lexicon::{Lex, classify};
    is_a_day(v, n)
        || matches!(classify(v.s.words[n].form.as_bytes()), Lex::Month(_))
        || v.s.words[n].upos == Upos::Num
}

/// The subject of verb `w`: its own, or the one it shares through coordination or control
/// ("urged Turkey to help": Turkey helps; "met and agreed": the subject of "met").
fn subject(v: &View<'_>, w: usize, passive: &mut bool) -> Option<(usize, Clue)> {
    let mut x = w;
    for _ in 0..6 {
        // A noun phrase the parse split into two subjects ("Human rights organization Amnesty
        // International demanded") has its actor in the part that names one: a later subject
        // counts when only nouns, adjectives and determiners lie between the two.
        let names = |c: &usize| v.mention[*c].is_some() || v.dict[*c].is_some();
        // A subject never has a preposition: "Clashes between Armenia and Azerbaijan threaten"
        // read with "Clashes" as a verb leaves no subject. A preposition of its number is no
        // preposition of the noun ("Up to 100 ethnic Albanians demonstrated").
        // ("sanctions on three officials accused of ..." keeps its preposition: "on" is no
        // number's.)
        let of_a_number = |c: usize| {
            v.children[c].iter().any(|&k| {
                v.rel(k) == Deprel::Case
                    && NUMBER_PREPOSITIONS
                        .iter()
                        .any(|p| v.s.words[k].form.eq_ignore_ascii_case(p))
                    && v.children[c]
                        .iter()
                        .any(|&n| n > k && v.rel(n) == Deprel::Nummod)
            })
        };
        let mut subjects = v.children[x]
            .iter()
            .copied()
            .filter(|&c| v.rel(c) == Deprel::Nsubj && (v.case_of(c).is_none() || of_a_number(c)));
        let first = subjects.next();
        let one_phrase = |a: usize, b: usize| {
            (a..=b).all(|k| {
                matches!(
                    v.s.words[k].upos,
                    Upos::Noun | Upos::Propn | Upos::Adj | Upos::Det | Upos::Num
                )
            })
        };
        let naming = first
            .filter(names)
            .or_else(|| {
                let f = first?;
                subjects.find(|c| names(c) && one_phrase(f, *c))
            })
            .or(first);
        if let Some(c) = naming {
            // "Iran, which borders both countries": the relative pronoun stands for the noun
            // the clause modifies.
            if v.s.words[c].upos == Upos::Pron
                && matches!(v.lower(c).as_str(), "which" | "who" | "that")
                && v.rel(x) == Deprel::AclRelcl
            {
                // "the bombing of a police station that killed nine officers": a clause the
                // parse hung on what an act was done to, when that names no actor of the
                // registry (a dictionary agent, "police station", may be only a place), is
                // the act's.
                let h = v.head(x)?;
                if v.mention[h].is_none()
                    && v.rel(h) == Deprel::Nmod
                    && matches!(v.case_of(h).as_deref(), Some("of" | "on"))
                    && let Some(g) = v.head(h)
                    && DONE_TO_OF.contains(&v.lemma(g).to_lowercase().as_str())
                {
                    return Some((g, Clue::SubjectNext));
                }
                return Some((h, Clue::SubjectNext));
            }
            // "X and Y today signed": a day the parse took for the subject stands after it;
            // the subject is the name right before.
            if is_a_day(v, c) {
                return c
                    .checked_sub(1)
                    .filter(|&p| names(&p))
                    .map(|p| (p, Clue::SubjectNext));
            }
            return Some((c, Clue::SubjectNext));
        }
        if let Some(p) = v.child(x, &[Deprel::NsubjPass]) {
            // "X was forced to withdraw", "X is prepared to lift the ban": the passive
            // subject of a verb of constraint or readiness that governs `w` as its complement
            // is `w`'s own subject ("X was asked to mediate" reports no mediation).
            if x != w
                && v.rel(w) == Deprel::Xcomp
                && v.head(w) == Some(x)
                && CONSTRAINED.contains(&v.lemma(x).to_lowercase().as_str())
            {
                return Some((p, Clue::SubjectNext));
            }
            *passive = true;
            return None;
        }
        match (v.rel(x), v.head(x)) {
            (Deprel::Conj, Some(h)) => {
                // "X mediated ..., but the last push collapsed": a noun the parse made a
                // conjunct of the first verb, right before this one, is this verb's own
                // subject, not a reason to share the first verb's.
                if let Some(n) = v.children[h]
                    .iter()
                    .copied()
                    .rfind(|&c| c < x && c > h && v.rel(c) == Deprel::Conj)
                    && matches!(v.s.words[n].upos, Upos::Noun | Upos::Propn | Upos::Pron)
                {
                    return Some((n, Clue::SubjectNext));
                }
                x = h;
            }
            // "arrested three people accused of spying", "kept them detained": a past
            // participle with no auxiliary of its own is passive, its controller the one it
            // was done to, not its doer.
            (Deprel::Xcomp, Some(_))
                if v.s.words[x].xpos == Xpos::Vbn
                    && v.child(x, &[Deprel::Aux, Deprel::AuxPass]).is_none() =>
            {
                *passive = true;
                return None;
            }
            (Deprel::Xcomp, Some(h)) => {
                // Object control ("urged Turkey to help") else subject control ("agreed to
                // hold").
                // ("would not allow Sweden to join": the parser may read the object as
                // `iobj`.)
                if let Some(o) = v.child(h, &[Deprel::Obj, Deprel::Iobj]) {
                    return Some((o, Clue::CoordinatedSubject));
                }
                x = h;
            }
            // "X shelled the town, killing two civilians": a present participle's adverbial
            // clause has its main verb's subject, when that verb has an active one; so has one
            // of time or means ("withdrew after attacking the base", "by sending troops"). One
            // that draws a conclusion from the clause ("..., suggesting that", "..., prompting
            // fears") is the reporter's inference, no act of that subject.
            // "fired tear gas at students demanding reform": a participle of claims right
            // after a noun of the main verb that names an actor, with no comma between, is
            // that actor's (the parser often hangs it on the verb).
            (Deprel::Advcl, Some(h))
                if x == w
                    && v.s.words[w].xpos == Xpos::Vbg
                    && CLAIMS.contains(&v.lemma(w).to_lowercase().as_str())
                    && w.checked_sub(1).is_some_and(|p| {
                        v.head(p) == Some(h)
                            && matches!(v.rel(p), Deprel::Obj | Deprel::Obl)
                            && (v.mention[p].is_some() || v.dict[p].is_some())
                    }) =>
            {
                return Some((w - 1, Clue::SubjectNext));
            }
            (Deprel::Advcl, Some(h))
                if v.s.words[x].xpos == Xpos::Vbg
                    && v.child(x, &[Deprel::Mark]).is_none_or(|m| {
                        matches!(
                            v.lower(m).as_str(),
                            "after" | "before" | "while" | "by" | "since" | "upon" | "when"
                        )
                    })
                    && !INFERRING.contains(&v.lemma(x).to_lowercase().as_str())
                    && v.child(h, &[Deprel::Nsubj]).is_some() =>
            {
                x = h;
            }
            // "rallied in the capital to demand X", "will travel to X to meet Y": a clause of
            // purpose has its main verb's subject, when it names whom it is aimed at (the
            // parse also hangs here a noun's infinitive, "thanked X for his efforts to
            // resolve the issue", whose doer is another).
            (Deprel::Advcl, Some(h))
                if v.s.words[x].xpos == Xpos::Vb
                    && v.child(x, &[Deprel::Mark])
                        .is_some_and(|m| v.s.words[m].form.eq_ignore_ascii_case("to"))
                    && v.child(h, &[Deprel::Nsubj]).is_some()
                    && v.children[x].iter().any(|&c| {
                        matches!(v.rel(c), Deprel::Obj | Deprel::Obl | Deprel::Iobj) && {
                            let mut out = Vec::new();
                            actors(v, c, &mut out, &mut Vec::new());
                            !out.is_empty()
                        }
                    }) =>
            {
                x = h;
            }
            // "received the visiting Brazilian president", "fleeing civilians": a present
            // participle modifying a noun that names an actor is that actor's act.
            (Deprel::Amod, Some(h))
                if x == w
                    && v.s.words[w].xpos == Xpos::Vbg
                    && (v.mention[h].is_some() || v.dict[h].is_some()) =>
            {
                return Some((h, Clue::SubjectNext));
            }
            (Deprel::Acl, Some(h)) if x == w && participle_main_verb(v, w, h) => {
                return Some((h, Clue::SubjectNext));
            }
            // "a resolution condemning X", "troops firing on protesters": a present participle
            // modifying a noun is the noun's act, and a writing's is its author's, the subject
            // of the verb that makes it ("filed a case at the court accusing X").
            (Deprel::Acl, Some(h)) if x == w && v.s.words[w].xpos == Xpos::Vbg => {
                if v.mention[h].is_some() || v.dict[h].is_some() {
                    return Some((h, Clue::SubjectNext));
                }
                match v.head(h) {
                    // ("vetoed a resolution condemning X": one who rejects a writing is not
                    // its author.)
                    Some(g)
                        if v.rel(h) == Deprel::Obj
                            && WRITINGS.contains(&v.lemma(h).to_lowercase().as_str())
                            && !REJECTING.contains(&v.lemma(g).to_lowercase().as_str()) =>
                    {
                        x = g
                    }
                    _ => return None,
                }
            }
            (Deprel::Acl, Some(_)) if v.s.words[w].upos == Upos::Verb => {
                // "talks hosted by X": a participle modifying a noun is passive.
                *passive = true;
                return None;
            }
            _ => return None,
        }
    }
    None
}

/// Verbs of a crowd's claims, whose participle right after a noun is the noun's: "students
/// demanding reform", "protesters calling for his resignation".
const CLAIMS: &[&str] = &[
    "demand",
    "call",
    "protest",
    "chant",
    "seek",
    "urge",
    "denounce",
    "condemn",
    "oppose",
    "demonstrate",
    "shout",
    "wave",
    "carry",
];

/// Verbs of rejecting a writing, whose subject is not its author ("vetoed a resolution
/// calling for X", "rejected a motion condemning Y").
const REJECTING: &[&str] = &[
    "veto",
    "reject",
    "block",
    "oppose",
    "defeat",
    "dismiss",
    "deny",
    "refuse",
    "ignore",
    "denounce",
    "condemn",
    "criticize",
    "criticise",
    "overturn",
    "quash",
    "strike",
];

/// Writings that say what their author says ("a letter accusing X", "filed a complaint
/// demanding Y").
const WRITINGS: &[&str] = &[
    "case",
    "complaint",
    "lawsuit",
    "suit",
    "petition",
    "motion",
    "resolution",
    "statement",
    "letter",
    "note",
    "report",
    "declaration",
    "communique",
    "memorandum",
    "appeal",
    "bill",
    "draft",
];

/// Prepositions that belong to a number, not to its noun ("up to 100", "more than 50",
/// "about 30").
const NUMBER_PREPOSITIONS: &[&str] = &[
    "to",
    "than",
    "about",
    "around",
    "over",
    "under",
    "nearly",
    "almost",
    "approximately",
];

/// Nouns of leaving a place, whose "from" phrase names the place left, not an actor of the
/// phrase ("the withdrawal of foreign forces from X").
const LEAVING: &[&str] = &[
    "withdrawal",
    "pullout",
    "pull-out",
    "departure",
    "exit",
    "retreat",
    "evacuation",
    "expulsion",
];

/// Nouns of an act done to someone, whose "of" phrase names whom it was done to ("the
/// invasion of Ukraine", "the arrest of the opposition leader"): that phrase is no actor of a
/// noun phrase the noun heads ("Russia's invasion of Ukraine killed ..." is Russia's act).
const DONE_TO_OF: &[&str] = &[
    "invasion",
    "attack",
    "shelling",
    "bombing",
    "bombardment",
    "occupation",
    "blockade",
    "siege",
    "arrest",
    "detention",
    "capture",
    "killing",
    "assassination",
    "massacre",
    "abduction",
    "kidnapping",
    "execution",
    "annexation",
];

/// Nouns of what someone is charged with, whose "of" phrase names an offence ("arrested on
/// charges of rebellion", "on suspicion of espionage"): no actor of the phrase, even where the
/// agent dictionary lists the offence's word (REBELLION is REB there).
const CHARGED_WITH_OF: &[&str] = &[
    "charge",
    "suspicion",
    "accusation",
    "allegation",
    "count",
    "conviction",
];

/// Verbs whose present participle after a clause draws a conclusion from it ("..., suggesting
/// that X had", "..., prompting calls for talks"): not an act of the clause's subject.
const INFERRING: &[&str] = &[
    "suggest",
    "indicate",
    "signal",
    "show",
    "mean",
    "imply",
    "prompt",
    "spark",
    "trigger",
    "raise",
    "fuel",
    "underscore",
    "underline",
    "highlight",
    "reflect",
];

/// Verbs whose passive subject does the act of their complement: "was forced to withdraw"
/// (done), "is prepared to lift" (announced: see `ANNOUNCING`).
const CONSTRAINED: &[&str] = &[
    "force",
    "compel",
    "oblige",
    "obligate",
    "prepare",
    "commit",
    "determine",
];

/// Words whose complement is an act announced, not done: "plans to send", "promised to
/// release", "is ready to supply", "is willing to meet".
const ANNOUNCING: &[&str] = &[
    "plan",
    "intend",
    "promise",
    "pledge",
    "vow",
    "swear",
    "offer",
    "ready",
    "willing",
    "prepared",
    "prepare",
    "agree",
    "commit",
    "determine",
];

/// Verbs of promising: what they take as object is announced ("offered aid", "pledged
/// support"), as what they take as complement is (see [`ANNOUNCING`]).
const PROMISING: &[&str] = &["promise", "pledge", "vow", "offer"];

/// Verbs of saying whose "would" clause is the future of reported speech: "X said it would
/// send troops" reports "we will send troops".
const SAYING: &[&str] = &[
    "say", "announce", "tell", "warn", "state", "declare", "confirm", "insist", "indicate",
];

/// The subject of the verb of saying that reports verb `w` (its `ccomp`, or a verb
/// coordinated with one), when an object or a "on"/"at"/"against" phrase of `w` is owned by
/// "its", "their" or "our" ("X said Y had fired on its positions").
fn reporter_of_its_own(v: &View<'_>, w: usize) -> Option<usize> {
    let owned = v.children[w].iter().any(|&c| {
        let aimed = match v.rel(c) {
            Deprel::Obj => true,
            Deprel::Obl => matches!(v.case_of(c).as_deref(), Some("on" | "at" | "against")),
            _ => false,
        };
        aimed
            && v.children[c].iter().any(|&d| {
                v.rel(d) == Deprel::NmodPoss
                    && matches!(v.lower(d).as_str(), "its" | "their" | "our")
            })
    });
    if !owned {
        return None;
    }
    reporter(v, w)
}

/// The subject of the verb of saying that reports verb `w` (its `ccomp`, or a verb coordinated
/// with one).
fn reporter(v: &View<'_>, w: usize) -> Option<usize> {
    let mut x = w;
    if v.rel(x) == Deprel::Conj {
        x = v.head(x)?;
    }
    let h = v.head(x)?;
    if v.rel(x) != Deprel::Ccomp || !SAYING.contains(&v.lemma(h).to_lowercase().as_str()) {
        return None;
    }
    v.child(h, &[Deprel::Nsubj])
}

/// Whether phrase `d` is a "to", "on", "against" or "upon" phrase that names an actor: where a
/// verb or its object has one, an "at" phrase is only the place ("filed a case against X at
/// the court").
fn aims_at_an_actor(v: &View<'_>, d: usize) -> bool {
    matches!(
        v.case_of(d).as_deref(),
        Some("to" | "on" | "against" | "upon")
    ) && v.mention[d].or(v.dict[d]).is_some()
}

/// Whether verb `w` launches or fires weapons ("launched 40 drones", "fired dozens of
/// rockets"), and whether it does so with no phrase of its own that says where to: no "at",
/// "on", "against", "into", "toward(s)", "over" or "off" ("fired two missiles into the sea" is
/// a test, aimed at no one).
fn launched(v: &View<'_>, w: usize) -> Option<bool> {
    if !matches!(v.lemma(w).to_lowercase().as_str(), "launch" | "fire") {
        return None;
    }
    let weapons = |o: usize| {
        let o = if measures(v, o) {
            v.children[o]
                .iter()
                .copied()
                .find(|&d| v.rel(d) == Deprel::Nmod && v.case_of(d).as_deref() == Some("of"))
                .unwrap_or(o)
        } else {
            o
        };
        let lemma = v.lemma(o).to_lowercase();
        WEAPONS.contains(&lemma.as_str())
            || v.children[o].iter().any(|&d| {
                v.rel(d) == Deprel::Conj && WEAPONS.contains(&v.lemma(d).to_lowercase().as_str())
            })
    };
    let aimed = |c: usize| {
        let rel = v.rel(c);
        matches!(rel, Deprel::Obl | Deprel::Nmod)
            && !is_day(v, c)
            && matches!(
                v.case_of(c).as_deref(),
                Some(
                    "at" | "on"
                        | "against"
                        | "into"
                        | "toward"
                        | "towards"
                        | "over"
                        | "off"
                        | "upon"
                )
            )
    };
    let o = v.child(w, &[Deprel::Obj]).filter(|&o| weapons(o))?;
    // The object's phrases at any depth ("artillery and rocket fire against X").
    let mut stack = vec![o];
    let mut aimless = !v.children[w].iter().any(|&c| aimed(c));
    while let Some(x) = stack.pop() {
        if !aimless {
            break;
        }
        aimless = !v.children[x].iter().any(|&c| aimed(c));
        stack.extend(v.children[x].iter().copied());
    }
    Some(aimless)
}

/// Whether verb `w` announces its act rather than reports it: in the future ("will send",
/// "will continue to supply"; "said it would send", the future of reported speech) or the
/// complement of a word of `ANNOUNCING`, through coordination ("will visit X and meet Y").
/// Any other "would" is a hypothesis, which the word-pattern finder drops.
fn announced(v: &View<'_>, w: usize) -> bool {
    let mut x = w;
    for _ in 0..4 {
        // The speaker's own future: the clause's subject is a pronoun ("X said it would"),
        // not another's ("would attack Y, analysts said").
        let reported = v.rel(x) == Deprel::Ccomp
            && v.head(x)
                .is_some_and(|h| SAYING.contains(&v.lemma(h).to_lowercase().as_str()))
            && v.child(x, &[Deprel::Nsubj])
                .is_some_and(|n| v.s.words[n].upos == Upos::Pron);
        let future = v.children[x].iter().any(|&c| {
            v.rel(c) == Deprel::Aux
                && (matches!(v.lower(c).as_str(), "will" | "shall" | "'ll")
                    || reported && v.lower(c) == "would")
        });
        if future {
            return true;
        }
        match (v.rel(x), v.head(x)) {
            (Deprel::Xcomp, Some(h)) => {
                if ANNOUNCING.contains(&v.lemma(h).to_lowercase().as_str()) {
                    return true;
                }
                x = h;
            }
            (Deprel::Conj, Some(h)) => x = h,
            // "will travel to X to meet Y": the purpose of an act to come is to come.
            (Deprel::Advcl, Some(h))
                if v.child(x, &[Deprel::Mark])
                    .is_some_and(|m| v.s.words[m].form.eq_ignore_ascii_case("to")) =>
            {
                x = h
            }
            _ => return false,
        }
    }
    false
}

/// Whether dependent `d` of a verb names the verb's target: its object, or a "to", "with",
/// "for", "on", "against" or "toward(s)" phrase.
fn names_target(v: &View<'_>, d: usize) -> bool {
    match v.rel(d) {
        Deprel::Obj | Deprel::Iobj => true,
        Deprel::Obl => {
            matches!(
                v.case_of(d).as_deref(),
                Some("to" | "with" | "for" | "on" | "against" | "toward" | "towards")
            ) && !of_a_thing_between(v, d)
        }
        _ => false,
    }
}

/// Whether the phrase of `d`, an oblique of its verb, comes after an oblique actor of the same
/// verb and a phrase of a thing between them: "recalled its ambassador to Israel over arms
/// sales to Azerbaijan" (sales to Azerbaijan, however the parser hangs it). The verb had its
/// own target before; what follows the thing is the thing's.
fn of_a_thing_between(v: &View<'_>, d: usize) -> bool {
    let Some(h) = v.head(d) else {
        return false;
    };
    let obliques: Vec<usize> = v.children[h]
        .iter()
        .copied()
        .filter(|&c| c < d && v.rel(c) == Deprel::Obl)
        .collect();
    let actor = |c: usize| v.mention[c].is_some();
    obliques
        .iter()
        .any(|&c| !actor(c) && obliques.iter().any(|&e| e < c && actor(e)))
}

/// The head of the clause that puts word `w` under an obligation ("Libya must hand over the
/// suspects", "the US must be ready to mediate"): the word with "must" among its auxiliaries,
/// found from `w` through controlled and coordinated verbs, and from an object to its verb.
fn obligation(v: &View<'_>, w: usize) -> Option<usize> {
    let mut x = w;
    for _ in 0..4 {
        let must = v.children[x]
            .iter()
            .any(|&c| v.rel(c) == Deprel::Aux && v.lower(c) == "must");
        if must {
            return Some(x);
        }
        match (v.rel(x), v.head(x)) {
            (Deprel::Xcomp | Deprel::Conj | Deprel::Obj, Some(h)) => x = h,
            _ => return None,
        }
    }
    None
}

/// "X said that Y must do Z": X demands it of Y (CAMEO 10, to the sub-code of what is
/// demanded, `Codebook::demand_of`). `clause` holds "must"; the verb that governs it gives the
/// source, the clause's own subject the target. `None` when either is no actor.
fn demand<'l>(
    v: &View<'_>,
    lexicon: &'l Lexicon,
    verbs: &VerbDictionary,
    clause: usize,
    all: &[Mention],
    context: &Context<'_>,
) -> Option<Found<'l>> {
    if v.rel(clause) != Deprel::Ccomp || not_a_fact(v, clause).is_some() {
        return None;
    }
    let head = v.head(clause)?;
    let mut passive = false;
    let (speaker, _) = subject(v, head, &mut passive)?;
    let obliged = v.child(clause, &[Deprel::Nsubj, Deprel::NsubjPass])?;
    let pattern = Rule::Demand.pattern(&demanded_code(v, lexicon, verbs, clause).code)?;
    demand_of(v, speaker, obliged, clause, pattern, all, context, |_| true)
}

/// The demand `pattern` of the actors word `speaker` names to those word `addressee` names
/// (those `keep` keeps), at word `at`; `None` unless both name actors.
#[allow(clippy::too_many_arguments)]
fn demand_of<'l>(
    v: &View<'_>,
    speaker: usize,
    addressee: usize,
    at: usize,
    pattern: &'l Pattern,
    all: &[Mention],
    context: &Context<'_>,
    keep: impl Fn(usize) -> bool,
) -> Option<Found<'l>> {
    let (mut src, mut tgt, mut path) = (Vec::new(), Vec::new(), Vec::new());
    actors(v, speaker, &mut src, &mut path);
    actors(v, addressee, &mut tgt, &mut path);
    tgt.retain(|&m| keep(m));
    src.retain(|m| !tgt.contains(m));
    let pair = named_pair(&src, &tgt, all, context)?;
    Some(found_at(
        v,
        at,
        pattern,
        pair,
        vec![Clue::SubjectNext, Clue::Object],
        path,
        false,
    ))
}

/// The source and target parties of the mentions `src` and `tgt` when both are named actors
/// (not the article's parties or a pronoun nobody resolves): the rules that code one fixed
/// pair need both.
fn named_pair(
    src: &[usize],
    tgt: &[usize],
    all: &[Mention],
    context: &Context<'_>,
) -> Option<(Party, Party)> {
    let source = party_of(src, all, context)?;
    let target = party_of(tgt, all, context)?;
    (matches!(source, Party::Actors(_)) && matches!(target, Party::Actors(_)))
        .then_some((source, target))
}

/// The event of `pattern` on word `w` alone between a named pair.
fn found_at<'l>(
    v: &View<'_>,
    w: usize,
    pattern: &'l Pattern,
    (source, target): (Party, Party),
    how: Vec<Clue>,
    parse: Vec<String>,
    intent: bool,
) -> Found<'l> {
    let t = v.tok[w];
    Found {
        pattern,
        trigger: (t, t + 1),
        source,
        target: Some(target),
        mutual_pairs: false,
        how,
        parse,
        intent,
    }
}

/// The demand (CAMEO 10, to the sub-code of what is demanded, `Codebook::demand_of`) of the act
/// `clause` names: the first coded word of the clause's head, its controlled verb or its object
/// ("must hand over", "must be ready to mediate", "must reach an agreement"); 100 when none is.
fn demanded_code(
    v: &View<'_>,
    lexicon: &Lexicon,
    verbs: &VerbDictionary,
    clause: usize,
) -> &'static crate::model::codebook::EventType {
    let mut words = vec![clause];
    words.extend(
        v.children[clause]
            .iter()
            .copied()
            .filter(|&c| matches!(v.rel(c), Deprel::Xcomp | Deprel::Obj)),
    );
    let code = words.iter().find_map(|&k| match trigger(v, lexicon, k) {
        Some((p, _)) => Some(p.event_type.code.clone()),
        None if v.s.words[k].upos == Upos::Verb => {
            dictionary_code(v, verbs, k).and_then(|d| d.code)
        }
        None => None,
    });
    Codebook::get().demand_of(code.as_deref().unwrap_or("100"))
}

/// "Aliyev told Armenia to withdraw", "ordered the rebels to lay down their arms": a verb of
/// telling (`TELLING`) with an actor as its object and a controlled verb is a demand of that
/// actor (CAMEO 10, to the sub-code of the act demanded); the act itself is not done (see
/// `not_a_fact`).
fn told<'l>(
    v: &View<'_>,
    lexicon: &'l Lexicon,
    verbs: &VerbDictionary,
    w: usize,
    all: &[Mention],
    context: &Context<'_>,
    dict: &DictionaryActors<'_>,
) -> Option<Found<'l>> {
    if v.s.words[w].upos != Upos::Verb
        || !TELLING.contains(&v.lemma(w).to_lowercase().as_str())
        || not_a_fact(v, w).is_some()
    {
        return None;
    }
    let object = v.child(w, &[Deprel::Obj, Deprel::Iobj])?;
    let act = v.child(w, &[Deprel::Xcomp])?;
    // A pattern of the verb's own that names the act may say what the order does: "ordered the
    // ambassador to leave" is PETRARCH's `- * (TO LEAVE) [174]` under ORDER, an expulsion
    // the dictionary codes, not a demand that the ambassador travel.
    // Only for the acts an order itself does (roots 16 and 17: ordering out, closing,
    // arresting); other patterns a block shares with other verbs ("(TO WITHDRAW)" as a
    // retreat) would code the act demanded as done.
    if dictionary_code(v, verbs, w).is_some_and(|d| {
        d.worded
            && d.code
                .as_deref()
                .is_some_and(|c| c.starts_with("16") || c.starts_with("17"))
    }) {
        return None;
    }
    let mut passive = false;
    let (speaker, _) = subject(v, w, &mut passive)?;
    if passive {
        return None;
    }
    // "ordered its troops to withdraw": the subject's own people are no addressee.
    let pattern = Rule::Told.pattern(&demanded_code(v, lexicon, verbs, act).code)?;
    demand_of(v, speaker, object, w, pattern, all, context, |m| {
        !countryless_agent(&all[m], dict)
    })
}

/// Things received that are words, not visitors ("received a letter from X"): no visit hosted.
const MESSAGES: &[&str] = &[
    "letter", "message", "call", "note", "report", "reply", "response", "document", "email",
];

/// The aid (CAMEO 07) a thing given is, by its noun and the adjective or compound before it:
/// "weapons" and "military aid" are military aid (072), "humanitarian aid" and "food"
/// humanitarian aid (073), "loans" economic aid (071), "aid" alone aid (070); `None` for a thing
/// that is no aid ("a letter", "a delegation").
fn aid_of(v: &View<'_>, o: usize) -> Option<&'static str> {
    let base = match v.lemma(o).to_lowercase().as_str() {
        "weapon" | "arm" | "arms" | "ammunition" | "munition" | "missile" | "tank" | "jet"
        | "drone" | "artillery" | "rifle" | "shell" | "howitzer" | "rocket" | "helicopter"
        | "warplane" | "interceptor" => Some("072"),
        "food" | "medicine" | "vaccine" | "relief" | "rice" | "wheat" | "grain" | "flour" => {
            Some("073")
        }
        "loan" | "fund" | "funding" | "grant" | "money" | "credit" | "dollar" | "euro" | "$"
        | "pound" | "yen" | "yuan" => Some("071"),
        "aid" | "assistance" | "supply" | "supplies" | "equipment" => Some("070"),
        // "air defence systems", "missile systems": aid only when a modifier says what kind.
        "system" => None,
        _ => return None,
    };
    let kind = v.children[o]
        .iter()
        .filter(|&&c| matches!(v.rel(c), Deprel::Amod | Deprel::Compound))
        .find_map(|&c| match v.lemma(c).to_lowercase().as_str() {
            "military" | "defense" | "defence" | "security" | "lethal" | "missile" | "weapon"
            | "rocket" => Some("072"),
            "humanitarian" | "medical" | "emergency" | "food" => Some("073"),
            "economic" | "financial" | "development" | "budget" => Some("071"),
            _ => None,
        });
    kind.or(base)
}

/// What participle `c` of an event noun aims the act at: the object of "targeting" or the "at"
/// phrase of "aimed" ("sanctions targeting Russia's energy sector", "strikes aimed at X").
fn participle_aims_at(v: &View<'_>, c: usize) -> Option<usize> {
    match (v.lemma(c).to_lowercase().as_str(), v.s.words[c].xpos) {
        ("target", Xpos::Vbg) => v.child(c, &[Deprel::Obj]),
        ("aim", Xpos::Vbn) => v.children[c]
            .iter()
            .copied()
            .find(|&o| v.rel(o) == Deprel::Obl && v.case_of(o).as_deref() == Some("at")),
        _ => None,
    }
}

/// Whether verb `w` sends armed forces ("troops", "warplanes", "warships") into, toward, over
/// or near a place and to no one ("sent warplanes into Taiwan's air defence zone", "sent
/// troops into Georgia"): a show of force. Arms and aid sent somewhere ("sent weapons into
/// Ukraine") and forces sent "to" a state ("sent fighter jets to Poland") are left as the
/// dictionary codes them.
fn show_of_force(v: &View<'_>, w: usize) -> bool {
    let forces = v
        .child(w, &[Deprel::Obj])
        .is_some_and(|o| FORCES_SENT.contains(&v.lemma(o).to_lowercase().as_str()));
    let cases = |c: usize| v.case_of(c);
    let toward = v.children[w].iter().any(|&c| {
        v.rel(c) == Deprel::Obl
            && cases(c).is_some_and(|k| {
                matches!(
                    k.as_str(),
                    "into" | "toward" | "towards" | "over" | "near" | "around" | "through" | "off"
                )
            })
    });
    let recipient = v.child(w, &[Deprel::Iobj]).is_some()
        || v.children[w]
            .iter()
            .any(|&c| v.rel(c) == Deprel::Obl && matches!(cases(c).as_deref(), Some("to" | "for")));
    forces && toward && !recipient
}

/// Armed forces a state may send as a show of force (see `show_of_force`).
const FORCES_SENT: &[&str] = &[
    "warplane",
    "aircraft",
    "jet",
    "fighter",
    "bomber",
    "warship",
    "ship",
    "vessel",
    "destroyer",
    "frigate",
    "carrier",
    "submarine",
    "troop",
    "troops",
    "soldier",
    "force",
    "plane",
];

/// Verbs of giving a thing to someone: with aid as the thing ("sent arms to X", "gave X a
/// loan"), the giver's act is aid (CAMEO 07, `given`).
const GIVING: &[&str] = &[
    "give",
    "provide",
    "send",
    "deliver",
    "supply",
    "donate",
    "hand",
    "ship",
    "airlift",
    "grant",
    "extend",
    "transfer",
    "contribute",
];

/// Verbs of promising a thing: with aid as the thing ("pledged military aid to X", "offered
/// Y a loan"), the promise is the intent to give it (CAMEO 033, `given`).
const PLEDGING: &[&str] = &["pledge", "promise", "offer", "vow"];

/// Verbs of deciding that a thing be given: with a noun of giving as their object ("approved
/// the delivery of tanks to X"), the decision is the intent to give it (CAMEO 033, `given`).
const APPROVING: &[&str] = &[
    "approve",
    "authorize",
    "authorise",
    "greenlight",
    "clear",
    "announce",
];

/// Verbs of carrying out the giving a noun names: "completed the delivery of tanks to X" is
/// the aid given (CAMEO 07, `given`).
const COMPLETING: &[&str] = &["complete", "begin", "start", "resume", "finish"];

/// Nouns of giving a thing, whose "of" phrase names it ("the delivery of tanks", "the sale of
/// jets", "the transfer of air defence systems").
const GIVING_NOUNS: &[&str] = &[
    "delivery",
    "transfer",
    "supply",
    "shipment",
    "sale",
    "provision",
    "donation",
    "dispatch",
];

/// Words of amount that stand before the thing itself ("tons of food aid", "$5 million worth
/// of goods", "a shipment of arms").
const AMOUNTS: &[&str] = &[
    "ton",
    "tonne",
    "worth",
    "dollar",
    "euro",
    "million",
    "billion",
    "shipment",
    "consignment",
    "batch",
    "package",
    "kilogram",
    "kg",
    "load",
    "truckload",
    "planeload",
    "lot",
];

/// The thing object `o` names, past the words of its amount ("a shipment of tanks": "tanks").
fn past_amounts(v: &View<'_>, o: usize) -> usize {
    let mut thing = o;
    for _ in 0..2 {
        if !AMOUNTS.contains(&v.lemma(thing).to_lowercase().as_str()) {
            break;
        }
        // "pledged 500 million euros to X": a sum of money with nothing after it is money.
        match v.children[thing]
            .iter()
            .copied()
            .find(|&c| v.rel(c) == Deprel::Nmod && v.case_of(c).as_deref() == Some("of"))
        {
            Some(of) => thing = of,
            None => break,
        }
    }
    thing
}

/// "X sent arms to Y", "X gave Y a loan", "X will provide food aid to Y": a verb of giving
/// (`GIVING`) whose object is aid (`aid_of`; "donated" anything) codes the giver's aid (CAMEO
/// 07) to the receiver (the indirect object or the "to" phrase), or its intent when announced
/// ("will provide": 033) or promised (`PLEDGING`: "pledged food aid to X", 0333). So does a
/// noun of giving (`GIVING_NOUNS`) as the object of a verb of deciding it (`APPROVING`:
/// "approved the delivery of tanks to X", the intent) or of carrying it out (`COMPLETING`:
/// "completed the delivery of jets to X", the aid). `None` when the rule does not apply or an
/// actor is missing.
fn given<'l>(
    v: &View<'_>,
    w: usize,
    all: &[Mention],
    context: &Context<'_>,
    dict: &DictionaryActors<'_>,
) -> Option<Found<'l>> {
    let lemma = v.lemma(w).to_lowercase();
    let pledged = PLEDGING.contains(&lemma.as_str());
    let approved = APPROVING.contains(&lemma.as_str());
    let completed = COMPLETING.contains(&lemma.as_str());
    if v.s.words[w].upos != Upos::Verb
        || !(GIVING.contains(&lemma.as_str()) || pledged || approved || completed)
        || not_a_fact(v, w).is_some()
    {
        return None;
    }
    let o = v.child(w, &[Deprel::Obj])?;
    // "approved the delivery of tanks to X": the noun of giving's "of" phrase is the thing.
    let giving_noun = GIVING_NOUNS.contains(&v.lemma(o).to_lowercase().as_str());
    if (approved || completed) && !giving_noun {
        return None;
    }
    let of = giving_noun
        .then(|| {
            v.children[o]
                .iter()
                .copied()
                .find(|&c| v.rel(c) == Deprel::Nmod && v.case_of(c).as_deref() == Some("of"))
        })
        .flatten();
    let mut thing = past_amounts(v, of.unwrap_or(o));
    // "pledged $500 million in aid to X": a sum's "in" phrase (on the sum or, as the parser
    // often hangs it, on the verb) names what the money is.
    if thing == o
        && measures(v, o)
        && let Some(c) = v.children[o]
            .iter()
            .chain(&v.children[w])
            .copied()
            .find(|&c| {
                c > o
                    && matches!(v.rel(c), Deprel::Nmod | Deprel::Obl)
                    && v.case_of(c).as_deref() == Some("in")
            })
    {
        thing = c;
    }
    let code = match aid_of(v, thing) {
        Some(code) => code,
        None if lemma == "donate" => "070",
        None => return None,
    };
    let mut passive = false;
    let (giver, _) = subject(v, w, &mut passive)?;
    if passive {
        return None;
    }
    let mut path = Vec::new();
    let (mut src, mut tgt) = (Vec::new(), Vec::new());
    let giver = antecedent(v, giver, w, all, dict).unwrap_or(giver);
    actors(v, giver, &mut src, &mut path);
    // The receiver: the verb's indirect object or "to" phrase, or the thing's ("vaccines to
    // X", as the parse often hangs it).
    let mut holders = vec![w, o];
    holders.extend(of.filter(|&f| f != o));
    if !holders.contains(&thing) {
        holders.push(thing);
    }
    for h in holders {
        for &c in &v.children[h] {
            let to = (h == w && v.rel(c) == Deprel::Iobj)
                || (matches!(v.rel(c), Deprel::Obl | Deprel::Nmod)
                    && v.case_of(c).as_deref() == Some("to"));
            if to {
                actors(v, c, &mut tgt, &mut path);
            }
        }
    }
    tgt.retain(|m| !src.contains(m) && !countryless_agent(&all[*m], dict));
    let pair = named_pair(&src, &tgt, all, context)?;
    let pattern = Rule::AidGiven.pattern(code)?;
    Some(found_at(
        v,
        w,
        pattern,
        pair,
        vec![Clue::SubjectNext, Clue::Object],
        path,
        pledged || approved || announced(v, w),
    ))
}

/// What "X received Y from Z" says (`receive` alone is a visit hosted, 043: "received a
/// delegation from Iran"), when the thing received is no actor: `None` when the rule does not
/// apply (no such verb, or an actor or people received); `Some(None)` for a message, or aid
/// whose giver or receiver is no actor (no event), or weapons or aid hosted ("hosted nuclear
/// weapons": no visit); `Some(Some(f))` for aid received, the giver's act (CAMEO 07) with the
/// receiver as its target.
fn received<'l>(
    v: &View<'_>,
    w: usize,
    all: &[Mention],
    context: &Context<'_>,
    dict: &DictionaryActors<'_>,
) -> Option<Option<Found<'l>>> {
    if v.s.words[w].upos != Upos::Verb {
        return None;
    }
    let o = v.child(w, &[Deprel::Obj])?;
    // "Belarus hosted Russian nuclear weapons": weapons or aid hosted are no visitors; the
    // verb's other objects (talks, a summit, a delegation) keep their readings.
    match v.lemma(w).to_lowercase().as_str() {
        "receive" => {}
        "host" => {
            let thing = past_amounts(v, o);
            let things = aid_of(v, thing).is_some()
                || WEAPONS.contains(&v.lemma(thing).to_lowercase().as_str());
            return things.then_some(None);
        }
        _ => return None,
    }
    // An actor received makes a visit hosted; so do people ("a delegation from Iran"), as
    // anything that is neither aid nor a message.
    let an_actor = v.mention[o]
        .or(v.dict[o])
        .is_some_and(|m| !countryless_agent(&all[m], dict));
    if an_actor {
        return None;
    }
    // "received a shipment of tanks from X": the tanks.
    let thing = past_amounts(v, o);
    let Some(code) = aid_of(v, thing) else {
        // A message, or goods by the shipment, are no visitors.
        let said = MESSAGES.contains(&v.lemma(o).to_lowercase().as_str()) || thing != o;
        return said.then_some(None);
    };
    let mut path = Vec::new();
    let mut passive = false;
    let Some((receiver, _)) = subject(v, w, &mut passive) else {
        return Some(None);
    };
    if passive || not_a_fact(v, w).is_some() {
        return Some(None);
    }
    let (mut src, mut tgt) = (Vec::new(), Vec::new());
    // The giver: the verb's "from" phrase, or the thing's ("aid from X", "a shipment of
    // tanks from X").
    let mut holders = vec![(w, Deprel::Obl), (o, Deprel::Nmod)];
    if thing != o {
        holders.push((thing, Deprel::Nmod));
    }
    for (h, rel) in holders {
        for &c in &v.children[h] {
            if v.rel(c) == rel && v.case_of(c).as_deref() == Some("from") {
                actors(v, c, &mut src, &mut path);
            }
        }
    }
    actors(v, receiver, &mut tgt, &mut path);
    src.retain(|m| !tgt.contains(m));
    let Some(pair) = named_pair(&src, &tgt, all, context) else {
        return Some(None);
    };
    let pattern = Rule::AidReceived.pattern(code)?;
    Some(Some(found_at(
        v,
        w,
        pattern,
        pair,
        vec![Clue::Received],
        path,
        false,
    )))
}

/// The word of verb `w`'s object that is an event noun of the lexicon: the object itself or
/// one of its compound and adjective modifiers ("an offensive operation"). With `to_phrase`,
/// a "to" phrase stands in for a missing object ("agreed to a ceasefire", "committed to a
/// truce": what an intent is to).
fn names_its_event(v: &View<'_>, lexicon: &Lexicon, w: usize, to_phrase: bool) -> Option<usize> {
    // "the offensive that Azerbaijan launched": the noun a relative clause modifies is its
    // object (see `relative_object`).
    let o = relative_object(v, w)
        .or_else(|| v.child(w, &[Deprel::Obj]))
        .or_else(|| {
            to_phrase.then(|| {
                v.children[w]
                    .iter()
                    .copied()
                    .find(|&c| v.rel(c) == Deprel::Obl && v.case_of(c).as_deref() == Some("to"))
            })?
        })?;
    // "held a new round of talks", "launched a wave of strikes": the measured noun.
    let measured = v.children[o]
        .iter()
        .chain(&v.children[w])
        .copied()
        .filter(|&c| c != o && carrier(v, c) == o);
    std::iter::once(o)
        .chain(measured)
        .flat_map(|n| {
            std::iter::once(n).chain(
                v.children[n]
                    .iter()
                    .copied()
                    .filter(|&c| matches!(v.rel(c), Deprel::Amod | Deprel::Compound)),
            )
        })
        .find(|&k| trigger(v, lexicon, k).is_some_and(|(p, _)| p.nominal))
}

/// Nouns an event noun's "of" phrase or compound names a kind of ("prisoners of war", "war
/// crimes", "war games"): no act of the event is reported.
const KINDS_OF: &[&str] = &[
    "prisoner",
    "veteran",
    "widow",
    "orphan",
    "crime",
    "criminal",
    "zone",
    "game",
    "memorial",
    "museum",
    "anniversary",
];

/// Verbs of agreeing, or of taking up relations together ("Saudi Arabia and Iran restored
/// diplomatic relations"): coded between the members of a group that agrees with no other
/// target.
const AGREEING: &[&str] = &[
    "agree",
    "sign",
    "reach",
    "conclude",
    "declare",
    "observe",
    "restore",
    "establish",
    "normalize",
    "normalise",
    "resume",
    "exchange",
];

/// Verbs of fighting each other: coded between the members of a group that fights with no
/// other target ("Armenia and Azerbaijan clashed on the border").
const FIGHTING: &[&str] = &["clash", "fight", "battle", "skirmish"];

/// Verbs of a journey, made "for talks" with someone by their subject.
const JOURNEYS: &[&str] = &[
    "visit", "arrive", "travel", "fly", "go", "head", "come", "return", "meet",
];

/// Verbs of arriving: a consultation (root 04) they name has its place as the host.
const ARRIVING: &[&str] = &["arrive", "travel", "fly"];

/// The mentions of the "from" phrase of weapons the noun phrase of `o` names ("rockets from
/// Gaza", "dozens of missiles from Yemen"): the ground they are fired from.
fn launched_from(v: &View<'_>, o: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let counted = v.children[o]
        .iter()
        .copied()
        .filter(|&c| v.rel(c) == Deprel::Nmod && v.case_of(c).as_deref() == Some("of"));
    for weapon in std::iter::once(o).chain(counted) {
        if !WEAPONS.contains(&v.lemma(weapon).to_lowercase().as_str()) {
            continue;
        }
        for &c in &v.children[weapon] {
            if v.rel(c) == Deprel::Nmod && v.case_of(c).as_deref() == Some("from") {
                actors(v, c, &mut out, &mut Vec::new());
            }
        }
    }
    out
}

/// Verbs of going somewhere, whose "to" phrase names where (see [`journey`]; `JOURNEYS` are
/// those whose "for talks" names a consultation).
const GOING: &[&str] = &["go", "travel", "journey", "fly", "head", "come", "return"];

/// Verbs of leaving a place, which they take as object (see [`journey`]).
const DEPARTING: &[&str] = &["leave", "depart"];

/// What kind of movement verb `w` tells of, for the visits of [`journey`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum Journey {
    /// A going to a place: a verb of `GOING` with a "to" phrase, a trip or visit made or paid
    /// ("made a trip to X", "paid a visit to X"), or an arrival on one ("arrived in X on a
    /// visit").
    To,
    /// A leaving of a place: a verb of `DEPARTING` with an object.
    Away,
    /// Neither.
    None,
}

/// Whether verb `w` tells of a journey to a place or a departure from one (see [`Journey`]).
fn journey(v: &View<'_>, w: usize) -> Journey {
    let lemma = v.lemma(w).to_lowercase();
    let phrase = |case: &str, nouns: &[&str]| {
        v.children[w].iter().any(|&c| {
            matches!(v.rel(c), Deprel::Obl | Deprel::Obj)
                && (case.is_empty() || v.case_of(c).as_deref() == Some(case))
                && (nouns.is_empty() || nouns.contains(&v.lemma(c).to_lowercase().as_str()))
        })
    };
    let trip = ["trip", "visit", "tour"];
    if GOING.contains(&lemma.as_str()) && phrase("to", &[])
        || matches!(lemma.as_str(), "make" | "pay")
            && v.child(w, &[Deprel::Obj])
                .is_some_and(|o| trip.contains(&v.lemma(o).to_lowercase().as_str()))
        || lemma == "arrive" && phrase("on", &trip)
    {
        Journey::To
    } else if DEPARTING.contains(&lemma.as_str()) && v.child(w, &[Deprel::Obj]).is_some() {
        Journey::Away
    } else {
        Journey::None
    }
}

/// The actors of the place of verb `w` (see `place`) other than its source `src`, as a target.
fn place_target(
    v: &View<'_>,
    w: usize,
    src: &[usize],
    all: &[Mention],
    context: &Context<'_>,
    path: &mut Vec<String>,
) -> Option<Party> {
    let mut at = Vec::new();
    place(v, w, &mut at, path);
    at.retain(|m| !src.contains(m));
    party_of(&at, all, context).filter(|p| matches!(p, Party::Actors(_)))
}

/// The place of verb `w`, as the actors of its "in" / "into" phrase or of its object's ("a
/// curfew in the town of X"): names of places and states, never an agent noun ("in prison").
fn place(v: &View<'_>, w: usize, out: &mut Vec<usize>, path: &mut Vec<String>) {
    let mut phrases: Vec<usize> = Vec::new();
    for &c in &v.children[w] {
        match v.rel(c) {
            // A verb's "in" phrase, or an event noun's ("a blockade in X").
            Deprel::Obl | Deprel::Nmod
                if matches!(v.case_of(c).as_deref(), Some("in" | "into")) =>
            {
                phrases.push(c)
            }
            Deprel::Obj => phrases.extend(v.children[c].iter().copied().filter(|&d| {
                v.rel(d) == Deprel::Nmod && matches!(v.case_of(d).as_deref(), Some("in" | "of"))
            })),
            // "rioted at a jail in northern X", "gathered outside a court in X": the "in"
            // phrase of the spot where it happened.
            Deprel::Obl
                if matches!(
                    v.case_of(c).as_deref(),
                    Some("at" | "outside" | "near" | "inside")
                ) =>
            {
                phrases.extend(
                    v.children[c].iter().copied().filter(|&d| {
                        v.rel(d) == Deprel::Nmod && v.case_of(d).as_deref() == Some("in")
                    }),
                )
            }
            _ => {}
        }
    }
    for c in phrases {
        let mut found = Vec::new();
        actors(v, c, &mut found, path);
        out.extend(found.into_iter().filter(|&m| {
            !v.agentive
                .iter()
                .zip(&v.dict)
                .any(|(&agentive, d)| agentive && *d == Some(m))
        }));
        if !out.is_empty() {
            return;
        }
    }
}

/// Nouns of fighting and violence, the objects of a disapproval aimed at where they happen.
const VIOLENCE: &[&str] = &[
    "violence",
    "fighting",
    "clash",
    "hostility",
    "escalation",
    "attack",
    "shelling",
    "bombing",
    "bombardment",
    "strike",
    "killing",
];

/// "condemned the violence along the X-Y border", "deplored the fighting in X": the actors of
/// the place where the fighting or violence that verb `w` disapproves of happens (its own
/// place phrase or its object's), never an agent noun ("in prison"); an "on" phrase names
/// whom the violence befell, not where ("attacks on civilians").
fn violence_place(v: &View<'_>, w: usize, path: &mut Vec<String>) -> Vec<usize> {
    let Some(o) = v.children[w].iter().copied().find(|&c| {
        v.rel(c) == Deprel::Obj && VIOLENCE.contains(&v.lemma(c).to_lowercase().as_str())
    }) else {
        return Vec::new();
    };
    let place = |c: usize| {
        matches!(v.rel(c), Deprel::Obl | Deprel::Nmod)
            && matches!(
                v.case_of(c).as_deref(),
                Some("in" | "along" | "across" | "at" | "between")
            )
    };
    let mut out = Vec::new();
    let phrases: Vec<usize> = v.children[w]
        .iter()
        .chain(&v.children[o])
        .copied()
        .filter(|&c| place(c))
        .collect();
    for &c in &phrases {
        actors(v, c, &mut out, path);
    }
    // Both states of "the X-Y border": the hyphened first one modifies the second (looked for
    // among the compounds of the place phrases' heads and their dependents).
    for &c in &phrases {
        for &h in std::iter::once(&c).chain(&v.children[c]) {
            for &k in &v.children[h] {
                if v.rel(k) == Deprel::Compound
                    && v.s.words.get(k + 1).is_some_and(|n| n.xpos == Xpos::Hyph)
                    && let Some(m) = v.mention[k]
                    && v.mention[h].is_some_and(|n| out.contains(&n))
                    && !out.contains(&m)
                {
                    out.push(m);
                }
            }
        }
    }
    out.retain(|&m| {
        !v.agentive
            .iter()
            .zip(&v.dict)
            .any(|(&agentive, d)| agentive && *d == Some(m))
    });
    out
}

/// Verbs whose object they end, ease, take back or keep from happening: "lifted the sanctions",
/// "ended the blockade", "suspended the talks", "prevented the demonstration", "foiled an
/// attack".
const ENDING: &[&str] = &[
    "prevent",
    "thwart",
    "foil",
    "ban",
    "prohibit",
    "forbid",
    "postpone",
    "lift",
    "end",
    "ease",
    "halt",
    "stop",
    "cancel",
    "suspend",
    "remove",
    "relax",
    "abandon",
    "withdraw",
    "revoke",
    "terminate",
];

/// Whether noun `w` is the object of a verb that ends it ("lifted sanctions"; "called off the
/// strike" with its particle).
fn ended_by_its_verb(v: &View<'_>, w: usize) -> bool {
    if !matches!(v.s.words[w].upos, Upos::Noun | Upos::Propn) || v.rel(w) != Deprel::Obj {
        return false;
    }
    let Some(h) = v.head(w) else { return false };
    let lemma = v.lemma(h).to_lowercase();
    let particle = v
        .child(h, &[Deprel::CompoundPrt])
        .map(|p| v.lower(p))
        .unwrap_or_default();
    ENDING.contains(&lemma.as_str()) || (lemma == "call" && particle == "off")
}

/// Whether verb `w` is "attack" with a "for" phrase or clause of a gerund, the reason of
/// criticism ("attacked the government for failing to curb inflation").
fn attacked_for_doing(v: &View<'_>, w: usize) -> bool {
    v.s.words[w].upos == Upos::Verb
        && v.lemma(w).eq_ignore_ascii_case("attack")
        && v.children[w].iter().any(|&c| {
            matches!(v.rel(c), Deprel::Advcl | Deprel::Obl)
                && v.s.words[c].xpos == Xpos::Vbg
                && v.children[c].iter().any(|&d| {
                    matches!(v.rel(d), Deprel::Mark | Deprel::Case) && v.lower(d) == "for"
                })
        })
}

/// Verbs of fighting, which fight a thing rather than a side when their object names no actor
/// ("fight terrorism", "combat corruption").
const FIGHTING_THINGS: &[&str] = &["fight", "combat", "battle", "tackle"];

/// Whether verb `w` fights a thing, not a side: its object, whole, names no actor and no act
/// ("efforts to fight terrorism", "fought the fire"; "fought the rebels" and "fought a war"
/// are fights between sides).
fn fights_a_thing(v: &View<'_>, lexicon: &Lexicon, w: usize) -> bool {
    if v.s.words[w].upos != Upos::Verb
        || !FIGHTING_THINGS.contains(&v.lemma(w).to_lowercase().as_str())
    {
        return false;
    }
    let Some(o) = v.child(w, &[Deprel::Obj]) else {
        return false;
    };
    let first = (0..=o)
        .rev()
        .take_while(|&k| descends(v, k, o))
        .last()
        .unwrap_or(o);
    (first..=subtree_end(v, o))
        .all(|k| v.mention[k].is_none() && v.dict[k].is_none() && trigger(v, lexicon, k).is_none())
}

/// "Thousands of Kurds demonstrated in the city.": a sentence that ends in a full stop but has
/// no finite verb, where the tagger read the main verb as a participle and the parse made it a
/// reduced relative of the subject (root "Thousands", "demonstrated" its `acl`). The participle
/// `w` of the sentence's root `h` is then its main verb, with `h` as subject, unless a "by"
/// phrase makes it a passive ("talks hosted by X").
/// A headline ("Two soldiers killed in clash") has no full stop and keeps the passive reading.
fn participle_main_verb(v: &View<'_>, w: usize, h: usize) -> bool {
    let words = &v.s.words;
    let n = words.len();
    words[w].upos == Upos::Verb
        && words[w].xpos == Xpos::Vbn
        && v.head(h).is_none()
        && matches!(
            words[h].upos,
            Upos::Noun | Upos::Propn | Upos::Num | Upos::Pron
        )
        && n > 0
        && words[n - 1].form == "."
        && !words.iter().any(|x| {
            matches!(x.xpos, Xpos::Vbd | Xpos::Vbz | Xpos::Vbp | Xpos::Md)
                && matches!(x.upos, Upos::Verb | Upos::Aux)
        })
        && !v.children[w].iter().any(|&c| {
            matches!(v.rel(c), Deprel::OblAgent | Deprel::AuxPass)
                || v.rel(c) == Deprel::Obl && v.case_of(c).as_deref() == Some("by")
        })
}

/// "for what he called the kidnapping of …", "what Baku termed a provocation": a verb of naming
/// whose object is "what" (or in the relative clause of "what") names a thing; it is no call,
/// no description of an act by its subject.
fn naming(v: &View<'_>, w: usize) -> bool {
    let is_what = |k: usize| v.s.words[k].form.eq_ignore_ascii_case("what");
    matches!(
        v.lemma(w).to_lowercase().as_str(),
        "call" | "term" | "dub" | "label" | "brand" | "describe"
    ) && (v.rel(w) == Deprel::AclRelcl && v.head(w).is_some_and(is_what)
        || v.children[w]
            .iter()
            .any(|&c| v.rel(c) == Deprel::Obj && is_what(c)))
}

/// Whether verb `w` is negated, conditional, or the complement of a denial or a refusal.
fn not_a_fact(v: &View<'_>, w: usize) -> Option<&'static str> {
    for &c in &v.children[w] {
        let lower = v.lower(c);
        if v.rel(c) == Deprel::Advmod && matches!(lower.as_str(), "not" | "never" | "n't") {
            return Some("negated");
        }
        if v.rel(c) == Deprel::Mark && matches!(lower.as_str(), "if" | "unless" | "whether") {
            return Some("conditional");
        }
    }
    let mut x = verb_of_object(v, w);
    // "urged X and Y to agree to a truce": an event noun in a phrase of a verb is as much a
    // fact as the verb.
    if x == w
        && v.s.words[w].upos == Upos::Noun
        && v.rel(w) == Deprel::Obl
        && let Some(h) = v.head(w)
        && v.s.words[h].upos == Upos::Verb
    {
        x = h;
    }
    // "X's failure to respect the border": read from the words, as the parser often makes the
    // noun the infinitive's subject.
    if v.children[x].iter().any(|&m| {
        v.rel(m) == Deprel::Mark
            && v.lower(m) == "to"
            && m > 0
            && UNDONE.contains(&v.lower(m - 1).as_str())
    }) {
        return Some("failed or refused (parse)");
    }
    // "warned X against selling arms", "voted against sending troops", "barred X from
    // entering", "refrained from attacking": what one argues against or is kept from doing
    // has not happened.
    if v.s.words[x].xpos == Xpos::Vbg
        && let Some(m) = v.child(x, &[Deprel::Mark])
    {
        let mark = v.lower(m);
        if mark == "against"
            || mark == "from"
                && v.head(x)
                    .is_some_and(|h| KEPT_FROM.contains(&v.lemma(h).to_lowercase().as_str()))
        {
            return Some(KEPT_FROM_ACT);
        }
    }
    // "denied sending troops": the denial's object.
    if v.rel(x) == Deprel::Advcl
        && bare_gerund(v, x)
        && v.head(x)
            .is_some_and(|h| NOT_FACT.contains(&v.lemma(h).to_lowercase().as_str()))
    {
        return Some(DENIED);
    }
    // "its demand that X withdraw", "renewed its demand that X withdraw" (the parser may hang
    // the clause on the verb whose object the noun is): what a noun of asking asks for.
    let asking = |k: usize| ASKING_NOUNS.contains(&v.lemma(k).to_lowercase().as_str());
    for _ in 0..3 {
        if asked_clause(v, x)
            && let Some(h) = v.head(x)
            && (asking(h)
                || v.s.words[h].upos == Upos::Verb
                    && v.children[h]
                        .iter()
                        .any(|&c| v.rel(c) == Deprel::Obj && asking(c) && c < x))
        {
            return Some(APPEALED);
        }
        match (v.rel(x), v.head(x)) {
            // "accused the United States of helping Ukraine plan the attack", "blamed X for
            // shelling the town": what an accusation alleges is coded as the accusation only.
            (Deprel::Advcl, Some(h))
                if ACCUSING.contains(&v.lemma(h).to_lowercase().as_str())
                    && v.child(x, &[Deprel::Mark])
                        .is_some_and(|m| matches!(v.lower(m).as_str(), "of" | "for")) =>
            {
                return Some(ALLEGED);
            }
            // "accused the UAE of arming the RSF" where the parse hangs the clause on the
            // accused ("of arming" an `acl` of "Emirates"): still what the accusation alleges.
            (Deprel::Acl, Some(h))
                if v.rel(h) == Deprel::Obj
                    && v.head(h).is_some_and(|g| {
                        ACCUSING.contains(&v.lemma(g).to_lowercase().as_str())
                    })
                    && v.child(x, &[Deprel::Mark])
                        .is_some_and(|m| matches!(v.lower(m).as_str(), "of" | "for")) =>
            {
                return Some(ALLEGED);
            }
            // "denied Ukraine's claims that its forces had shelled the plant", "rejected
            // reports that it had arrested X": what a denied claim or report says.
            (Deprel::Acl | Deprel::Ccomp, Some(h))
                if v.s.words[h].upos == Upos::Noun
                    && v.rel(h) == Deprel::Obj
                    && v.child(x, &[Deprel::Mark])
                        .is_some_and(|m| v.lower(m) == "that")
                    && v.head(h).is_some_and(|g| {
                        NOT_FACT.contains(&v.lemma(g).to_lowercase().as_str())
                    }) =>
            {
                return Some(DENIED);
            }
            (Deprel::Xcomp | Deprel::Ccomp | Deprel::Conj, Some(h)) => {
                let lemma = v.lemma(h).to_lowercase();
                // "would not allow Sweden to join NATO", "did not agree to withdraw": the
                // complement of a negated verb is not done.
                if v.rel(x) == Deprel::Xcomp
                    && v.children[h].iter().any(|&c| {
                        v.rel(c) == Deprel::Advmod
                            && matches!(v.lower(c).as_str(), "not" | "never" | "n't")
                    })
                {
                    return Some("negated");
                }
                // A finite verb joined to the denial is the subject's next act ("denied the
                // accusation and blamed the army").
                let next_act = v.rel(x) == Deprel::Conj
                    && matches!(v.s.words[x].xpos, Xpos::Vbd | Xpos::Vbz | Xpos::Vbp);
                if NOT_FACT.contains(&lemma.as_str()) && !next_act {
                    return Some(DENIED);
                }
                // "threatened to launch an operation": the threat is coded (13), the act not.
                if lemma == "threaten" && v.rel(x) == Deprel::Xcomp {
                    return Some(THREATENED);
                }
                // "urged Turkey to withdraw its troops", "demanded that Israel halt": the appeal
                // or demand is coded (02, 10), the act asked for not.
                if APPEALING.contains(&lemma.as_str()) && v.rel(x) != Deprel::Conj
                    || TELLING.contains(&lemma.as_str()) && v.rel(x) == Deprel::Xcomp
                {
                    return Some(APPEALED);
                }
                x = h;
            }
            _ => break,
        }
    }
    None
}

/// Verbs of accusing, whose "of" or "for" clause is what they allege (see `not_a_fact`).
const ACCUSING: &[&str] = &[
    "accuse",
    "blame",
    "charge",
    "criticize",
    "criticise",
    "condemn",
    "denounce",
    "fault",
    "suspect",
    "convict",
    "indict",
];

/// Why an act is not coded: an accusation alleges it.
const ALLEGED: &str = "alleged in an accusation (coded as the accusation)";

/// Whether verb `x` heads a clause that may say what a noun asks for: a complement or a
/// clause of the noun, or an adverbial clause opened by "that" or "to" (as the parser may read
/// "X's demand that it withdraw", "a proposal by X to meet").
fn asked_clause(v: &View<'_>, x: usize) -> bool {
    match v.rel(x) {
        Deprel::Ccomp | Deprel::Acl => true,
        // "rejected a proposal by X to hold a meeting": the parser hangs the noun's
        // infinitive on the verb whose object the noun is.
        Deprel::Advcl => v.children[x]
            .iter()
            .find(|&&c| v.rel(c) == Deprel::Mark)
            .is_some_and(|&m| matches!(v.lower(m).as_str(), "that" | "to")),
        _ => false,
    }
}

/// The subject of the clause that says what noun of asking `w` asks for ("renewed its demand
/// that X withdraw": X), the clause hung on the noun or on the verb whose object it is.
fn asked_of(v: &View<'_>, w: usize) -> Option<usize> {
    if !ASKING_NOUNS.contains(&v.lemma(w).to_lowercase().as_str()) {
        return None;
    }
    let on_verb = (v.rel(w) == Deprel::Obj).then(|| v.head(w)).flatten();
    let clause = v.children[w]
        .iter()
        .chain(on_verb.map_or(&[][..], |h| &v.children[h][..]))
        .copied()
        .find(|&c| {
            c > w
                && asked_clause(v, c)
                && v.s.words[c].upos == Upos::Verb
                && v.children[c]
                    .iter()
                    .any(|&m| v.rel(m) == Deprel::Mark && v.lower(m) == "that")
        })?;
    v.child(clause, &[Deprel::Nsubj])
}

/// Nouns of asking, whose clause ("the demand that X withdraw") is asked for, not done.
const ASKING_NOUNS: &[&str] = &[
    "demand",
    "call",
    "appeal",
    "request",
    "plea",
    "insistence",
    "ultimatum",
    "proposal",
];

/// Why a verb of a relative clause in the simple present is not coded (see `describes`).
const DESCRIBES: &str = "a relative clause in the present: it describes, reports no act (parse)";

/// Whether verb `w` heads a relative clause in the simple present, active ("who control much
/// of Yemen") or passive ("which is backed by Iran"): a description of the noun it modifies,
/// not a report of an act. A progressive ("who are fighting") or perfect ("which has
/// attacked") is still an act.
fn describes(v: &View<'_>, w: usize) -> bool {
    if v.rel(w) != Deprel::AclRelcl {
        return false;
    }
    let aux: Vec<usize> = v.children[w]
        .iter()
        .copied()
        .filter(|&c| matches!(v.rel(c), Deprel::Aux | Deprel::AuxPass))
        .collect();
    match v.s.words[w].xpos {
        Xpos::Vbz | Xpos::Vbp => aux.is_empty(),
        Xpos::Vbn => {
            aux.len() == 1
                && v.rel(aux[0]) == Deprel::AuxPass
                && matches!(v.lower(aux[0]).as_str(), "is" | "are" | "'s" | "'re")
        }
        _ => false,
    }
}

/// The verb of event noun `w` when `w` is its object ("threatened to impose sanctions": the
/// sanctions are what imposing them is), else `w`.
fn verb_of_object(v: &View<'_>, w: usize) -> usize {
    match (v.rel(w), v.head(w)) {
        (Deprel::Obj, Some(h)) if v.s.words[w].upos != Upos::Verb => h,
        _ => w,
    }
}

/// The verb "threaten" or "warn" whose complement act `w` is ("threatened to cut gas
/// supplies", "threatened to retaliate and close the strait", "warned that it would attack").
fn threatening_verb(v: &View<'_>, w: usize) -> Option<usize> {
    let mut x = verb_of_object(v, w);
    for _ in 0..3 {
        match (v.rel(x), v.head(x)) {
            (Deprel::Xcomp | Deprel::Ccomp | Deprel::Conj, Some(h)) => {
                let lemma = v.lemma(h).to_lowercase();
                if lemma == "threaten" && v.rel(x) == Deprel::Xcomp
                    || lemma == "warn" && v.rel(x) == Deprel::Ccomp
                {
                    return Some(h);
                }
                x = h;
            }
            _ => return None,
        }
    }
    None
}

/// What a state holds as its own ground, air and sea: a show of force there is on that state.
const SOVEREIGN: &[&str] = &["airspace", "territory", "waters", "border", "frontier"];

/// Verbs of harm whose subject may be a violent act ("the strike killed eight people").
const HARMING: &[&str] = &[
    "kill", "wound", "injure", "hit", "destroy", "damage", "target", "strike", "level", "flatten",
];

/// Whether word `x` is (the last word of) an event noun of a violent act, roots 18-20
/// ("shelling", "the air strikes").
fn names_violence(v: &View<'_>, lexicon: &Lexicon, x: usize) -> bool {
    (x.saturating_sub(3)..=x).any(|k| {
        trigger(v, lexicon, k).is_some_and(|(p, end)| {
            p.nominal && end > x && (18..=20).contains(&p.event_type.root_number())
        })
    })
}

/// Whether word `x` is (the last word of) an event noun of any act ("air strikes", "a raid").
fn names_an_act(v: &View<'_>, lexicon: &Lexicon, x: usize) -> bool {
    v.s.words[x].upos != Upos::Verb
        && (x.saturating_sub(3)..=x)
            .any(|k| trigger(v, lexicon, k).is_some_and(|(p, end)| p.nominal && end > x))
}

/// Weapons, which a "with" phrase of force names as its instrument ("struck the town with
/// drones"), by lemma.
const WEAPONS: &[&str] = &[
    "weapon",
    "drone",
    "missile",
    "rocket",
    "artillery",
    "mortar",
    "shell",
    "bomb",
    "grenade",
    "explosive",
    "tank",
    "jet",
    "warplane",
    "aircraft",
    "helicopter",
    "gun",
    "rifle",
    "gunfire",
    "knife",
    "machete",
    "gas",
    "bullet",
    "munition",
];

/// Verbs of taking by force, whose "from" phrase names whom a place or thing was taken from.
const TAKING: &[&str] = &[
    "capture",
    "recapture",
    "seize",
    "take",
    "retake",
    "wrest",
    "win",
    "regain",
    "reclaim",
    "grab",
    "snatch",
];

/// Verbs of harm whose subject fell in a fight: "were killed in clashes", "died in fighting".
const HARMED: &[&str] = &["kill", "wound", "injure", "die", "capture"];

/// The verb of harm of which event noun `w` is the circumstance: "were killed in clashes",
/// "died in a second day of fighting with X" (through a noun of time, "day of").
fn fallen_in(v: &View<'_>, w: usize) -> Option<usize> {
    let mut x = w;
    let of = |c: usize| v.lower(c) == "of";
    if v.rel(x) == Deprel::Nmod && v.case_of(x).as_deref() == Some("of")
        || v.rel(x) == Deprel::Acl && v.children[x].iter().any(|&c| of(c))
    {
        x = v.head(x)?;
    }
    if v.rel(x) != Deprel::Obl || !matches!(v.case_of(x).as_deref(), Some("in" | "during" | "amid"))
    {
        return None;
    }
    let h = v.head(x)?;
    HARMED
        .contains(&v.lemma(h).to_lowercase().as_str())
        .then_some(h)
}

/// Codes the events of one sentence over its parse. `found` holds what the word-pattern finder
/// found; the result is what to add to it, and the roles of `found` are widened in place where
/// the parse shows a coordination the finder did not take. `dict` gives the actors of noun
/// phrases that name no casus actor (Phoenix names and agents) and keeps them for the article.
/// `dates` is filled with what the parse says about the sentence's dates (see [`DateLinks`]).
#[allow(clippy::too_many_arguments)]
pub fn find<'l>(
    text: &str,
    toks: &[Tok<'_>],
    mentions: &[Mention],
    lexicon: &'l Lexicon,
    context: &Context<'_>,
    found: &mut Vec<Found<'l>>,
    skipped: &mut Vec<Skipped>,
    dict: &mut DictionaryActors<'_>,
    dates: &mut DateLinks,
) -> Vec<Found<'l>> {
    let mut coded = Vec::new();
    dates.reset(toks.len());
    // A headline in title case ("Russia Urges Armenia to Hold Talks") is no sentence the
    // tagger knows: it is left to the word-pattern finder. A word in lower case other than a
    // short function word shows running text, however many names it holds ("East German
    // Foreign Minister Oskar Fischer will visit Albania in June").
    let words: Vec<&Tok<'_>> = toks.iter().filter(|t| t.is_word()).collect();
    let capitalised = words.iter().filter(|t| t.is_capitalised()).count();
    let running = words
        .iter()
        .any(|t| !t.is_capitalised() && !TITLE_CASE_LOWER.contains(&t.lower.as_str()));
    if words.len() >= 3 && capitalised * 10 >= words.len() * 7 && !running {
        dict.set_main_subject(None);
        return coded;
    }
    // What the word-pattern finder dropped on purpose stays dropped, except that a modal it
    // read as a hypothesis may be the future of reported speech (see `announced`): the
    // tokens, each with whether every reason given for it is a hypothesis.
    let mut vetoed: Vec<(usize, bool)> = Vec::new();
    for k in skipped.iter().filter(|k| k.is_policy()) {
        vetoed.push((k.at, k.reason.starts_with("hypothetical")));
    }
    vetoed.sort_unstable();
    vetoed.dedup_by(|later, kept| {
        let same = later.0 == kept.0;
        if same {
            kept.1 &= later.1;
        }
        same
    });
    let verbs: &VerbDictionary = match &lexicon.verbs {
        Some(v) => v,
        None => dict::shipped::verbs(),
    };
    // The mention of each token, and the tag of each token's first word: built once, so that
    // the work stays linear in the sentence however long it is.
    let mut tok_mention: Vec<Option<usize>> = vec![None; toks.len()];
    for (m, mention) in mentions.iter().enumerate() {
        for slot in &mut tok_mention[mention.first.min(toks.len())..mention.last.min(toks.len())] {
            slot.get_or_insert(m);
        }
    }
    let mut tok_verb_like: Vec<Option<bool>> = vec![None; toks.len()];
    // The tokens of participles that modify a noun ("settlers accused of violence", "arrested
    // a bishop accused of spying": an `acl`, or an `xcomp` with no auxiliary of its own).
    // See `noun_participle` below.
    let mut tok_noun_participle: Vec<bool> = vec![false; toks.len()];
    let model = syntax::model();
    let mut parsed = Vec::new();
    let unquoted = without_quotation_marks(text);
    // Tokens and words are both in text order: one pass maps each word to its token.
    let mut t = 0;
    for s in syntax::sentences_with(model, &unquoted) {
        let mut tok = Vec::with_capacity(s.words.len());
        // The words an article determines ("a meeting", "the shelling"): nouns, whatever
        // their ending.
        let mut determined = vec![false; s.words.len()];
        // The relations each word's dependents bear ("was accused": an auxiliary), one bit
        // per relation (UD has fewer than 64).
        let bit = |r: Deprel| 1u64 << r.index();
        let mut below: Vec<u64> = vec![0; s.words.len()];
        for w in &s.words {
            if let Some(slot) = w.head.checked_sub(1).and_then(|h| below.get_mut(h)) {
                *slot |= bit(w.deprel);
            }
            if w.deprel == Deprel::Det
                && matches!(w.form.to_lowercase().as_str(), "a" | "an" | "the")
                && let Some(slot) = w.head.checked_sub(1).and_then(|h| determined.get_mut(h))
            {
                *slot = true;
            }
        }
        // A participle that modifies a noun has no object of its own (and no agent, which the
        // word-pattern finder takes for the source: "a lunch hosted by X"), and is read so only in
        // a sentence whose parse holds together: a verb as its root, with a subject and no
        // marker. Where the parse breaks, the parser makes a main verb such a participle
        // ("A top official today praised X's efforts": "praised" an `acl` of "official").
        let sound = s.words.iter().zip(&below).any(|(w, b)| {
            w.head == 0
                && w.upos == Upos::Verb
                && b & bit(Deprel::Nsubj) != 0
                && b & bit(Deprel::Mark) == 0
        });
        let noun_participle = |i: usize, w: &syntax::Word| {
            let has = |r: Deprel| below[i] & bit(r) != 0;
            sound
                && w.xpos == Xpos::Vbn
                && (w.deprel == Deprel::Acl
                    || w.deprel == Deprel::Xcomp && !has(Deprel::Aux) && !has(Deprel::AuxPass))
                && !has(Deprel::Obj)
                && !has(Deprel::Iobj)
                && !has(Deprel::OblAgent)
        };
        for (i, w) in s.words.iter().enumerate() {
            while t + 1 < toks.len() && toks[t].end <= w.start {
                t += 1;
            }
            tok.push(t);
            // Every token the word covers: "co-chairs" is one word of the parser's and three
            // tokens, the last of which a verb pattern may match. A word in "-ing" counts as
            // a verb unless the tagger reads it as a noun with an article ("hosted a meeting").
            let verb_like = matches!(w.upos, Upos::Verb | Upos::Aux)
                || w.form.to_lowercase().ends_with("ing")
                    && !(w.upos == Upos::Noun && determined[i]);
            let mut k = t;
            while k < toks.len() && (k == t || toks[k].start < w.end) {
                if let Some(slot) = tok_verb_like.get_mut(k)
                    && slot.is_none()
                {
                    *slot = Some(verb_like);
                }
                if noun_participle(i, w)
                    && let Some(slot) = tok_noun_participle.get_mut(k)
                {
                    *slot = true;
                }
                k += 1;
            }
        }
        parsed.push((s, tok));
    }
    // The word-pattern finder does not know parts of speech: a verb pattern on a word the
    // tagger reads as a noun or adjective ("pledged support to") is not a verb's event.
    // Nor does it know a participle that modifies a noun ("settlers accused of violence
    // against X"): the noun before it is the one it was done to, not its doer; the coder over
    // the parse codes such a participle with its agent, if it has one.
    found.retain(|g| {
        let reason = if g.pattern.nominal {
            return true;
        } else if tok_verb_like.get(g.trigger.0).copied().flatten() == Some(false) {
            "a verb pattern on a word the tagger reads as a noun or adjective"
        } else if tok_noun_participle.get(g.trigger.0) == Some(&true) {
            "a verb pattern on a participle of the noun before it: done to it, not by it"
        } else {
            return true;
        };
        skipped.push(Skipped {
            at: g.trigger.0,
            words: g.pattern.words.clone(),
            reason,
        });
        false
    });
    // The sentence's mentions, then those the dictionaries give noun phrases that name no
    // casus actor.
    let mut all: Vec<Mention> = mentions.to_vec();
    // Each piece of the sentence (a sentence of the parser's within it) works on the
    // word-pattern finder's events whose trigger starts in it, and on its own: a long text
    // without a full stop is many pieces, and the work stays linear in them.
    let mut piece_of: Vec<Option<usize>> = vec![None; toks.len()];
    for (i, (_, tok)) in parsed.iter().enumerate() {
        for &t in tok {
            if let Some(slot) = piece_of.get_mut(t) {
                slot.get_or_insert(i);
            }
        }
    }
    let mut by_piece: Vec<Vec<Found<'l>>> = parsed.iter().map(|_| Vec::new()).collect();
    let mut elsewhere = Vec::new();
    for g in found.drain(..) {
        match piece_of.get(g.trigger.0).copied().flatten() {
            Some(i) => by_piece[i].push(g),
            None => elsewhere.push(g),
        }
    }
    // What the main clause before had as its subject, for "It" (see `it_before`; "They" is
    // read through the context, see `events::Context::they`).
    let mut subject_before = dict.main_subject().cloned();
    // The token of the last piece's main verb.
    let mut main_verb = None;
    for ((s, tok), found) in parsed.iter().zip(by_piece.iter_mut()) {
        let mut out = Vec::new();
        let n = s.words.len();
        let mut children = vec![Vec::new(); n];
        for i in 0..n {
            if let Some(h) = s.head_of(i) {
                children[h].push(i);
            }
        }
        let mention = (0..n)
            .map(|i| {
                let t = tok[i];
                let inside = toks.get(t).is_some_and(|k| k.start < s.words[i].end);
                if inside { tok_mention[t] } else { None }
            })
            .collect();
        let mut v = View {
            s,
            mention,
            dict: Vec::new(),
            agentive: Vec::new(),
            tok: tok.clone(),
            children,
        };
        (v.dict, v.agentive) = dictionary_mentions(&v, text, &mut all, dict);
        if let Some(MainSubject::One(id)) = &subject_before
            && let Some(k) = it_before(&v)
        {
            let id = id.clone();
            dict.note(
                &v.s.words[k].form,
                &id,
                "the subject of the sentence before",
            );
            all.push(Mention {
                first: v.tok[k],
                last: v.tok[k] + 1,
                referent: Referent::Actors(vec![id]),
            });
            v.dict[k] = Some(all.len() - 1);
        }
        subject_before = main_subject(&v, toks, &all, context, dict);
        main_verb = (0..n).find(|&w| v.head(w).is_none()).map(|w| v.tok[w]);
        bodies_named(&v, &all, dict);
        // What a sentence says must be done is not done: the word-pattern finder's events on
        // such words give way to the demand (below).
        let obliged: Vec<usize> = (0..n).filter(|&w| obligation(&v, w).is_some()).collect();
        drop_found_at(
            &v,
            &obliged,
            found,
            skipped,
            "an obligation (must): coded as a demand",
        );
        // "Hezbollah, which is backed by Iran", "the Houthis, who control much of Yemen": a
        // relative clause in the simple present describes the noun; it reports no act.
        let relative: Vec<usize> = (0..n).filter(|&w| describes(&v, w)).collect();
        drop_found_at(&v, &relative, found, skipped, DESCRIBES);
        // Why each word's act is not done, if it is not (read once for the rules below).
        let facts: Vec<Option<&'static str>> = (0..n).map(|w| not_a_fact(&v, w)).collect();
        let words_not_done =
            |why: &str| -> Vec<usize> { (0..n).filter(|&w| facts[w] == Some(why)).collect() };
        // "threatened to attack X": the word-pattern finder's attack gives way to the threat;
        // "urged X to withdraw": its withdrawal to the appeal; "accused X of backing the
        // rebels": what an accusation alleges, also where the word-pattern finder saw no
        // accusation (its accuser an actor of the dictionaries).
        for why in [THREATENED, APPEALED, ALLEGED, DENIED] {
            drop_found_at(&v, &words_not_done(why), found, skipped, why);
        }
        // "ordered an investigation into the attack on X": the event noun an inquiry is into
        // has its own agent or none; the word-pattern finder's nearest subject is the one who
        // inquires (the coder still codes it from its own "by" or possessive phrase).
        // The "into" must follow a word of inquiry (the parser may hang the phrase on the
        // verb): "the protest turned into clashes" is no inquiry.
        let inquired: Vec<usize> = (0..n)
            .filter(|&w| {
                v.s.words[w].upos == Upos::Noun
                    && matches!(v.rel(w), Deprel::Obl | Deprel::Nmod)
                    && v.children[w].iter().any(|&c| {
                        v.rel(c) == Deprel::Case
                            && v.lower(c) == "into"
                            && c.checked_sub(1).is_some_and(|b| {
                                INQUIRY.contains(&v.lemma(b).to_lowercase().as_str())
                            })
                    })
            })
            .collect();
        drop_found_at(
            &v,
            &inquired,
            found,
            skipped,
            "what an inquiry is into: not the inquirer's act (parse)",
        );
        drop_found_at(
            &v,
            &words_not_done(KEPT_FROM_ACT),
            found,
            skipped,
            KEPT_FROM_ACT,
        );
        // "lifted the sanctions", "ended the blockade", "called off the strike": an event noun
        // that is the object of a verb of ending is not done; the verb codes the easing.
        let ended: Vec<usize> = (0..n).filter(|&w| ended_by_its_verb(&v, w)).collect();
        drop_found_at(
            &v,
            &ended,
            found,
            skipped,
            "the object of a verb that ends it (lift, end, ease, call off ...)",
        );
        // "attacked the government for failing to act": an attack for what someone did is
        // criticism, which the verb dictionary codes ("- * (FOR) [111] # ATTACK").
        let criticised: Vec<usize> = (0..n).filter(|&w| attacked_for_doing(&v, w)).collect();
        drop_found_at(
            &v,
            &criticised,
            found,
            skipped,
            "attacked for doing something: criticism, coded by the verb dictionary (parse)",
        );
        // "efforts to fight terrorism": a fight against a thing is no fight between sides.
        let against_things: Vec<usize> =
            (0..n).filter(|&w| fights_a_thing(&v, lexicon, w)).collect();
        drop_found_at(
            &v,
            &against_things,
            found,
            skipped,
            "fights a thing, not a side: its object names no actor (parse)",
        );
        // "the Israeli-occupied West Bank", "rebel-held territory": a participle joined by a
        // hyphen to the word before it describes the noun it modifies and reports no act.
        let described: Vec<usize> = (1..n)
            .filter(|&w| {
                v.s.words[w - 1].xpos == Xpos::Hyph
                    && matches!(v.s.words[w].xpos, Xpos::Vbn | Xpos::Vbd)
                    && matches!(v.rel(w), Deprel::Amod | Deprel::Compound)
            })
            .collect();
        drop_found_at(
            &v,
            &described,
            found,
            skipped,
            "a hyphened participle that describes a noun (\"Israeli-occupied\")",
        );
        // "prisoners of war", "war crimes", "a war zone": an event noun that names a kind of
        // person or thing reports no act.
        // So does one that is the compound of an actor or agent noun: "riot police", "attack
        // helicopters", "protest leaders" (a verb is none: "begins deploying peacekeepers", a
        // headline's participle the parse hung on its object).
        let kinds: Vec<usize> = (0..n)
            .filter(|&w| {
                matches!(v.rel(w), Deprel::Compound | Deprel::Nmod)
                    && v.s.words[w].upos != Upos::Verb
                    && (v.rel(w) == Deprel::Compound || v.case_of(w).as_deref() == Some("of"))
                    && v.head(w).is_some_and(|h| {
                        KINDS_OF.contains(&v.lemma(h).to_lowercase().as_str())
                            || v.rel(w) == Deprel::Compound
                                && (v.mention[h].is_some() || v.dict[h].is_some())
                    })
            })
            .collect();
        drop_found_at(
            &v,
            &kinds,
            found,
            skipped,
            "an event noun that names a kind (\"prisoners of war\", \"war crimes\")",
        );
        for &w in &obliged {
            if obligation(&v, w) == Some(w)
                && let Some(f) = demand(&v, lexicon, verbs, w, &all, context)
            {
                merge(found, &mut out, f);
            }
        }
        for w in 0..n {
            if let Some(f) = told(&v, lexicon, verbs, w, &all, context, dict) {
                merge(found, &mut out, f);
            }
        }
        // "received weapons from X": no visit hosted, but X's aid, when it is aid; "sent
        // arms to X": X's aid. The words are not read again below (`marked`).
        let mut marked = Vec::new();
        // The verbs of announcing whose act of giving aid is coded as its intent.
        let mut intents_of_aid: Vec<usize> = Vec::new();
        let (mut received_at, mut joined_to) = (Vec::new(), Vec::new());
        for w in 0..n {
            if let Some(aid) = received(&v, w, &all, context, dict) {
                marked.push(w);
                received_at.push(w);
                if let Some(f) = aid {
                    out.push(f);
                }
            }
            // "sent arms to X": the aid given, read before the verb's own patterns.
            if let Some(f) = given(&v, w, &all, context, dict) {
                marked.push(w);
                // "agreed to send arms to X": the aid's intent replaces the bare intent.
                if v.rel(w) == Deprel::Xcomp
                    && let Some(h) = v.head(w)
                    && ANNOUNCING.contains(&v.lemma(h).to_lowercase().as_str())
                {
                    intents_of_aid.push(h);
                }
                // "donated and delivered vaccines to X": one act, coded once.
                if v.rel(w) == Deprel::Conj
                    && let Some(h) = v.head(w)
                    && GIVING.contains(&v.lemma(h).to_lowercase().as_str())
                    && v.child(h, &[Deprel::Obj]).is_none()
                {
                    marked.push(h);
                    joined_to.push(h);
                }
                merge(found, &mut out, f);
            }
        }
        marked.sort_unstable();
        let reason = "its act is coded as the intent of it (parse)";
        drop_found_at(&v, &intents_of_aid, found, skipped, reason);
        let reason = "a thing received, not a visit hosted (parse)";
        drop_found_at(&v, &received_at, found, skipped, reason);
        let reason = "coded with the verb of giving coordinated with it (parse)";
        drop_found_at(&v, &joined_to, found, skipped, reason);
        // The dictionary verbs' events that wait for their object's (see below).
        let mut deferred: Vec<(usize, Found<'l>)> = Vec::new();
        // The verbs of threatening whose act is coded as the threat.
        let mut threat_verbs: Vec<usize> = Vec::new();
        // The verbs whose subject names a pair of actors (see the mediation below), worked
        // out once for the sentence when first needed.
        let mut subject_pairs: Option<HashMap<usize, usize>> = None;
        for (w, &fact) in facts.iter().enumerate() {
            if against_things.contains(&w) {
                continue;
            }
            // `from_dictionary`: the verb dictionary coded it; `worded`: by a pattern that names
            // words of the verb's phrase ("imposed a curfew"), not by the verb alone;
            // `reciprocal`: by a pattern that codes the act both ways ("exchanged fire").
            let mut reciprocal = false;
            let lexical = trigger(&v, lexicon, w).filter(|_| !criticised.contains(&w));
            let (mut pattern, end, from_dictionary, worded) = match lexical {
                Some((p, end)) => (p, end, false, false),
                None if v.s.words[w].upos == Upos::Verb => {
                    // A verb the lexicon does not know: the field's verb dictionary codes it.
                    // Statements (01) only when a pattern of words names what kind ("denied
                    // the charges", "expressed condolences"): saying alone is coded as what was
                    // said.
                    let d = dictionary_code(&v, verbs, w);
                    // "denied supporting the rebels": a denial of what a clause tells, which
                    // the dictionary's words (nouns: "denied the charges") do not code.
                    // "the African Union suspended Mali": a member suspended, which the
                    // dictionary does not code either.
                    let uncoded = d.as_ref().is_none_or(|d| d.code.is_none());
                    let rule = if uncoded && denies_a_clause(&v, w) {
                        Some("016")
                    } else if uncoded && suspends_a_member(&v, w) {
                        Some("161")
                    } else {
                        None
                    };
                    let d = if let Some(code) = rule {
                        DictionaryCode {
                            code: Some(code.to_string()),
                            worded: true,
                            both_ways: false,
                            line: d.map_or(0, |d| d.line),
                        }
                    } else if let Some(d) = d {
                        d
                    } else {
                        continue;
                    };
                    if dismissed(&v, w) {
                        skipped.push(Skipped {
                            at: v.tok[w],
                            words: v.lower(w),
                            reason: "fired someone from a post: a dismissal, not force (parse)",
                        });
                        continue;
                    }
                    let Some(code) = d.code else {
                        skipped.push(Skipped {
                            at: v.tok[w],
                            words: format!("{} (verb dictionary line {})", v.lower(w), d.line),
                            reason: "a pattern of the verb dictionary says these words name no event ([---])",
                        });
                        continue;
                    };
                    // "Russian shelling killed two civilians": the act is the noun's, and
                    // the noun's event takes the verb's object as its target. Mass violence
                    // (20) the verb tells of is an act of its own ("the invasion has killed
                    // thousands of civilians").
                    if matches!(code.get(..2), Some("18" | "19"))
                        && HARMING.contains(&v.lemma(w).to_lowercase().as_str())
                        && v.child(w, &[Deprel::Nsubj])
                            .is_some_and(|subj| names_violence(&v, lexicon, subj))
                    {
                        skipped.push(Skipped {
                            at: v.tok[w],
                            words: v.lower(w),
                            reason: "its subject names a violent act, coded from the noun (parse)",
                        });
                        continue;
                    }
                    // "X reported an attack on Y", "X said an attack on its embassy had been
                    // foiled": PETRARCH's block of saying lends REPORT's "- * ATTACK [190]" to
                    // every verb of saying, which makes the reporter the attacker. Whoever says
                    // or reports violence (18-20) is not its doer; the noun codes it with its
                    // own actors.
                    if matches!(code.get(..2), Some("18" | "19" | "20"))
                        && TELLING_OF.contains(&v.lemma(w).to_lowercase().as_str())
                    {
                        skipped.push(Skipped {
                            at: v.tok[w],
                            words: v.lower(w),
                            reason: "violence said or reported is not the speaker's act (parse)",
                        });
                        continue;
                    }
                    // "conducted air strikes on X", "conducted a raid": a verb of doing an act
                    // its object names, coded by the verb alone (CONDUCT is 060 in its
                    // block), says no more than the noun, which codes the act.
                    if !d.worded
                        && DONE_BY.contains(&v.lemma(w).to_lowercase().as_str())
                        && v.child(w, &[Deprel::Obj]).is_some_and(|o| {
                            names_an_act(&v, lexicon, o)
                                || measures(&v, o)
                                    && v.children[o].iter().any(|&c| {
                                        v.case_of(c).as_deref() == Some("of")
                                            && names_an_act(&v, lexicon, c)
                                    })
                        })
                    {
                        skipped.push(Skipped {
                            at: v.tok[w],
                            words: v.lower(w),
                            reason: "a verb of doing the act its object names: the noun codes it (parse)",
                        });
                        continue;
                    }
                    let specific = d.worded;
                    reciprocal = d.both_ways;
                    // "increase military aid": the dictionary's aid code (07) takes the kind
                    // its object names.
                    let code = match v.child(w, &[Deprel::Obj]).and_then(|o| aid_of(&v, o)) {
                        Some(kind)
                            if matches!(code.as_str(), "070" | "071" | "072" | "073")
                                && kind != "070" =>
                        {
                            kind.to_string()
                        }
                        _ => code,
                    };
                    // "sent 21 warplanes into Taiwan's air defence zone": forces sent into or
                    // toward another's space, to no one, are a show of force (150), not aid
                    // (072) or military cooperation (062, "sent troops into Georgia").
                    let code = if matches!(code.as_str(), "062" | "072") && show_of_force(&v, w) {
                        "150".to_string()
                    } else {
                        code
                    };
                    // "travelled to Berlin", "flew to Riyadh", "made a trip to Washington": a
                    // journey to another's place is a visit (042), one way, or, still to come,
                    // the intent to meet (036); the dictionary codes the verbs of going as
                    // consulting (040, both ways) and "fly to" and "make a trip" as the intent
                    // whatever their tense. Leaving a place ("left Cairo") meets no one.
                    let code = match journey(&v, w) {
                        Journey::To if matches!(code.get(..2), Some("03" | "04")) => {
                            if announced(&v, w) { "036" } else { "042" }.to_string()
                        }
                        Journey::Away if !d.worded && code == "040" => {
                            skipped.push(Skipped {
                                at: v.tok[w],
                                words: v.lower(w),
                                reason: "leaving a place meets no one (parse)",
                            });
                            continue;
                        }
                        _ => code,
                    };
                    match Rule::Dictionary.pattern(&code) {
                        Some(p) if specific || p.event_type.root_number() != 1 => {
                            (p, w + 1, true, specific)
                        }
                        _ => continue,
                    }
                }
                None => continue,
            };
            // A trigger inside an actor's name ("Defense Army") is not one; a thing received
            // or given is read above.
            if v.mention[w].is_some() || marked.binary_search(&w).is_ok() {
                continue;
            }
            let first_tok = v.tok[w];
            let last_tok = v.tok[end - 1] + 1;
            if let Ok(i) = vetoed.binary_search_by_key(&first_tok, |&(t, _)| t)
                && !(vetoed[i].1 && announced(&v, verb_of_object(&v, w)))
            {
                continue;
            }
            // "threatened to cut gas supplies to X": a hostile act threatened is coded as its
            // threat (1311), in place of the bare threat of its verb.
            let threat_of_act = fact == Some(THREATENED)
                && Codebook::get()
                    .intent_of(&pattern.event_type.code)
                    .is_some_and(|t| t.root_number() == 13);
            let not_done = if threat_of_act {
                None
            } else if ended.contains(&w) {
                Some("the object of a verb that ends it (parse)")
            } else if obliged.contains(&w) {
                Some("an obligation (must): coded as a demand (parse)")
            } else if naming(&v, w) {
                Some("what someone calls a thing: a name, not an act (parse)")
            } else if relative.binary_search(&w).is_ok() {
                Some(DESCRIBES)
            } else if kinds.contains(&w) {
                Some("an event noun that names a kind (parse)")
            } else {
                fact
            };
            if let Some(why) = not_done {
                skipped.push(Skipped {
                    at: first_tok,
                    words: pattern.words.clone(),
                    reason: match why {
                        "negated" => "negated (parse)",
                        "conditional" => "conditional (parse)",
                        other => other,
                    },
                });
                continue;
            }
            let mut how = Vec::new();
            let mut passive = false;
            let mut src: Vec<usize> = Vec::new();
            let mut tgt: Vec<usize> = Vec::new();
            let mut path: Vec<String> = Vec::new();
            let mut pair = false;
            // The source is the pair a noun subject names ("talks between X and Y broke
            // down"): the act is between them, as a mutual one.
            let mut between_subject = false;
            // The source is the side of those a fight killed (see `fallen_in`).
            let mut of_the_fallen = false;
            // An event noun that is the object of a verb answering another's act, with no
            // actor of its own as its source (see `LENDING`).
            let mut answered = false;
            let intent: bool;
            // A noun pattern on a word the tagger reads as a verb ("threatened to attack the
            // capital", "were shelling the village") is coded as a verb; so is an adjective
            // said of a subject ("he was optimistic about the talks").
            let predicated = v.s.words[w].upos == Upos::Adj
                && v.child(w, &[Deprel::Cop]).is_some()
                && v.child(w, &[Deprel::Nsubj]).is_some();
            if v.s.words[w].upos != Upos::Verb && !predicated {
                // An event noun: "talks between X and Y", "a request by X", "X's appeal",
                // "Armenian shelling", "talks with X". The phrase's syntactic head stands for
                // it: the word of the phrase whose head lies outside ("conversation" in
                // "telephone conversation with"), prepositions left out.
                let phrase = w..end;
                let w = (w..end)
                    .find(|&k| {
                        v.rel(k) != Deprel::Case && v.head(k).is_none_or(|h| h < w || h >= end)
                    })
                    .unwrap_or(w);
                // "will hold talks": the noun's verb announces it ("will attack": the word
                // itself, a verb the lexicon knows as a noun too).
                intent = if v.s.words[w].upos == Upos::Verb {
                    announced(&v, w)
                } else {
                    // "offered humanitarian aid", "pledged $500 million in aid": what a verb
                    // of promising takes as object is promised, not done.
                    let o = carrier(&v, w);
                    v.rel(o) == Deprel::Obj
                        && v.head(o).is_some_and(|h| {
                            announced(&v, h)
                                || v.s.words[h].upos == Upos::Verb
                                    && PROMISING.contains(&v.lemma(h).to_lowercase().as_str())
                        })
                };
                for &c in &v.children[w] {
                    let case = v.case_of(c);
                    match (v.rel(c), case.as_deref()) {
                        (Deprel::Nmod, Some("between" | "among")) => {
                            actors(&v, c, &mut src, &mut path);
                            if let Some(d) = misplaced_second_member(&v, w, c) {
                                actors(&v, d, &mut src, &mut path);
                            }
                            pair = true;
                            how.push(Clue::Between);
                        }
                        // "the shelling of Stepanakert", "the blockade of Qatar", "the
                        // arrest of X": the "of" phrase of a coercive or violent act (roots
                        // 15-20) is what it is done to; of any other, who does it ("the appeal
                        // of the President of Russia").
                        (Deprel::Nmod, Some("of"))
                            if pattern.event_type.root_number() >= 15
                                && !pattern.mutual
                                && tgt.is_empty() =>
                        {
                            actors(&v, c, &mut tgt, &mut path);
                            // "the arrest of a French journalist by Russian police": the
                            // parser often hangs the noun's "by" phrase on its "of" phrase.
                            if src.is_empty() {
                                for &d in &v.children[c] {
                                    if v.rel(d) == Deprel::Nmod
                                        && v.case_of(d).as_deref() == Some("by")
                                    {
                                        actors(&v, d, &mut src, &mut path);
                                    }
                                }
                                if !src.is_empty() {
                                    how.push(Clue::Modifier);
                                }
                            }
                        }
                        (Deprel::Nmod, Some("of"))
                            if pattern.event_type.root_number() >= 15 && !pattern.mutual => {}
                        (Deprel::Nmod, Some("by" | "of" | "from")) if src.is_empty() => {
                            actors(&v, c, &mut src, &mut path);
                            how.push(Clue::Modifier);
                            // "the visit by the Chinese foreign minister to Moscow": the
                            // parser often hangs the noun's "to" phrase on its doer.
                            if tgt.is_empty() && !src.is_empty() {
                                for &d in &v.children[c] {
                                    if d > c
                                        && v.rel(d) == Deprel::Nmod
                                        && matches!(
                                            v.case_of(d).as_deref(),
                                            Some("to" | "with" | "against" | "toward")
                                        )
                                    {
                                        actors(&v, d, &mut tgt, &mut path);
                                    }
                                }
                                if !tgt.is_empty() {
                                    how.push(Clue::WithAgainst);
                                }
                            }
                        }
                        (Deprel::NmodPoss | Deprel::Amod | Deprel::Compound, _)
                            if src.is_empty()
                                && (v.mention[c].is_some()
                                    || v.dict[c].is_some() && !v.agentive[c]) =>
                        {
                            actors(&v, c, &mut src, &mut path);
                            how.push(Clue::Modifier);
                        }
                        (Deprel::Nmod, Some("with" | "against" | "on" | "to" | "toward"))
                            if tgt.is_empty() =>
                        {
                            actors(&v, c, &mut tgt, &mut path);
                            how.push(Clue::WithAgainst);
                        }
                        _ => {}
                    }
                }
                if src.is_empty()
                    && let Some(d) = between_of_its_agent(&v, w)
                {
                    actors(&v, d, &mut src, &mut path);
                    pair = true;
                    how.push(Clue::Between);
                }
                // "X and Y were in contact": the subject of a noun predicate (not a word of
                // the phrase: "new military exercises" with "exercises" read as a verb).
                if src.is_empty()
                    && let Some(c) = v.child(w, &[Deprel::Nsubj])
                    && !phrase.contains(&c)
                {
                    actors(&v, c, &mut src, &mut path);
                    how.push(Clue::SubjectNext);
                }
                // "X claimed the attack", "the bombing was claimed by X", "X claimed
                // responsibility for the attack": whoever claims a violent act did it.
                if src.is_empty()
                    && (18..=20).contains(&pattern.event_type.root_number())
                    && let Some((claimer, clue)) = claimed_by(&v, w)
                {
                    let claimer = antecedent(&v, claimer, w, &all, dict).unwrap_or(claimer);
                    actors(&v, claimer, &mut src, &mut path);
                    if !src.is_empty() {
                        how.push(clue);
                    }
                }
                // "the attack, carried out by X", "the offensive, launched by X", "the raid
                // was conducted by X": the agent of a verb of doing it (see `done_by`).
                if src.is_empty()
                    && let Some((verb, agent)) = done_by(&v, w)
                {
                    actors(&v, agent, &mut src, &mut path);
                    if !src.is_empty() {
                        how.push(Clue::PassiveAgent);
                    }
                    // "strikes were carried out against Houthi targets by X": the verb's
                    // "on" or "against" phrase names the act's target.
                    if tgt.is_empty() && !src.is_empty() {
                        for c in aimed_at(&v, verb) {
                            actors(&v, c, &mut tgt, &mut path);
                        }
                        tgt.retain(|m| !src.contains(m));
                        if !tgt.is_empty() {
                            how.push(Clue::Object);
                        }
                    }
                }
                // "the strike, which Russia carried out on Monday", "the talks they held": the
                // subject of a relative clause of doing it (see `LENDING`) whose object is the
                // noun itself (a relative pronoun or none).
                if src.is_empty()
                    && let Some(r) = v.children[w].iter().copied().find(|&r| {
                        v.rel(r) == Deprel::AclRelcl
                            && v.s.words[r].upos == Upos::Verb
                            && lends_its_subject(&v, r)
                            && v.child(r, &[Deprel::NsubjPass]).is_none()
                            && v.child(r, &[Deprel::Obj])
                                .is_none_or(|o| matches!(v.lower(o).as_str(), "which" | "that"))
                    })
                    && let Some((subj, clue)) = subject(&v, r, &mut false)
                    && !matches!(v.lower(subj).as_str(), "which" | "that" | "who")
                {
                    actors(&v, subj, &mut src, &mut path);
                    how.push(clue);
                }
                // "the attack killed eight people in Kharkiv", "air strikes hit targets in
                // Lebanon": a violent act that is the subject of a verb of harm befalls that
                // verb's object, else the place it names. So does one whose verb's conjunct
                // without a subject of its own is that verb ("the attack was carried out by X
                // and killed ten").
                let harming = |h: usize| HARMING.contains(&v.lemma(h).to_lowercase().as_str());
                if tgt.is_empty()
                    && !pair
                    && pattern.event_type.root_number() >= 18
                    && matches!(v.rel(w), Deprel::Nsubj | Deprel::NsubjPass)
                    && let Some(h) = v.head(w)
                    && v.s.words[h].upos == Upos::Verb
                    && let Some(h) = if v.rel(w) == Deprel::Nsubj && harming(h) {
                        Some(h)
                    } else {
                        v.children[h].iter().copied().find(|&c| {
                            v.rel(c) == Deprel::Conj
                                && v.s.words[c].upos == Upos::Verb
                                && harming(c)
                                && v.child(c, &[Deprel::Nsubj, Deprel::NsubjPass]).is_none()
                        })
                    }
                {
                    let place = |c: usize| {
                        matches!(v.rel(c), Deprel::Obl | Deprel::Nmod) && named_place(&v, c)
                    };
                    let object = v.child(h, &[Deprel::Obj]);
                    let mut places: Vec<usize> = object.into_iter().collect();
                    for x in object.into_iter().chain([h]) {
                        places.extend(v.children[x].iter().copied().filter(|&c| place(c)));
                    }
                    for c in places {
                        actors(&v, c, &mut tgt, &mut path);
                        tgt.retain(|m| !src.contains(m));
                        if !tgt.is_empty() {
                            how.push(Clue::Befallen);
                            break;
                        }
                    }
                }
                // "After talks with X, Y said ...", "during a meeting with X, Y warned": the
                // subject of the verb a meeting (roots 03-04) frames in time took part in it.
                // So did the subject of a journey made for it ("visited Tehran for talks with
                // Iranian leaders", "flew to Cairo for talks with X").
                if src.is_empty()
                    && !tgt.is_empty()
                    && matches!(pattern.event_type.root_number(), 3 | 4)
                    && v.rel(w) == Deprel::Obl
                    && let Some(h) = v.head(w)
                    && match v.case_of(w).as_deref() {
                        Some("after" | "following" | "during" | "at" | "in") => true,
                        Some("for") => JOURNEYS.contains(&v.lemma(h).to_lowercase().as_str()),
                        _ => false,
                    }
                    && v.s.words[h].upos == Upos::Verb
                    && let Some((subj, clue)) = subject(&v, h, &mut false)
                {
                    let subj = antecedent(&v, subj, h, &all, dict).unwrap_or(subj);
                    actors(&v, subj, &mut src, &mut path);
                    how.push(clue);
                }
                // "X held talks with Y": the noun's verb gives the source; so does a verb of
                // taking part ("took part in the protests", "engaged in talks with Y").
                // But only a verb of doing it (see `LENDING`): "condemned the attack on X",
                // "discussed the war", "called for talks with Y" say nothing of whose act it is.
                // The object may carry the noun: "approved $1 billion in military aid", "held a
                // new round of talks" (see `carrier`).
                let o = carrier(&v, w);
                if src.is_empty()
                    && let Some(h) = v.head(o)
                    && v.rel(o) == Deprel::Obj
                    && v.s.words[h].upos == Upos::Verb
                    && !lends_its_subject(&v, h)
                {
                    answered = true;
                }
                // "repelled a Russian attack": an attack a verb of defending takes as object
                // was on that verb's subject.
                // "said it had repelled an attack by X": the pronoun is the one who said so.
                if tgt.iter().all(|m| src.contains(m))
                    && let Some(h) = v.head(o)
                    && v.rel(o) == Deprel::Obj
                    && defends(&v, h)
                    && let Some((subj, _)) = subject(&v, h, &mut false)
                {
                    let subj = antecedent(&v, subj, h, &all, dict).unwrap_or(subj);
                    tgt.clear();
                    actors(&v, subj, &mut tgt, &mut path);
                    tgt.retain(|m| !src.contains(m));
                    if !tgt.is_empty() {
                        how.push(Clue::Defender);
                    }
                }
                // "US troops came under attack from militias", "the convoy came under fire":
                // a violent act someone comes under is on them, by the "from" or "by" phrase
                // of the act or of the verb. Not one "for" or "over" something, which is
                // criticism ("came under fire for its handling of the crisis").
                if let Some(h) = came_under(&v, w)
                    && pattern.event_type.root_number() >= 18
                {
                    if src.is_empty() {
                        for c in v.children[h].iter().copied().filter(|&c| {
                            matches!(v.rel(c), Deprel::Obl | Deprel::OblAgent)
                                && matches!(v.case_of(c).as_deref(), Some("from" | "by"))
                        }) {
                            actors(&v, c, &mut src, &mut path);
                        }
                        if !src.is_empty() {
                            how.push(Clue::Modifier);
                        }
                    }
                    if let Some((subj, _)) = subject(&v, h, &mut false) {
                        let subj = antecedent(&v, subj, h, &all, dict).unwrap_or(subj);
                        tgt.clear();
                        actors(&v, subj, &mut tgt, &mut path);
                        tgt.retain(|m| !src.contains(m));
                        if !tgt.is_empty() {
                            how.push(Clue::CameUnder);
                        }
                    }
                    // Its subject is no doer.
                    answered = true;
                }
                if src.is_empty()
                    && !answered
                    && let Some(h) = v.head(o)
                    && (v.rel(o) == Deprel::Obj || takes_part_in(&v, w, h))
                    && let Some((subj, clue)) = subject(&v, h, &mut passive)
                {
                    // "X said he would extend the curfew": "he" is X.
                    let subj = antecedent(&v, subj, h, &all, dict).unwrap_or(subj);
                    actors(&v, subj, &mut src, &mut path);
                    how.push(clue);
                    if tgt.is_empty() {
                        // "imposed a curfew on the city", "an embargo on Libya": for a
                        // coercive or violent act (roots 15-20) an "on" phrase of the verb
                        // names its target too (for talks, "on" is their subject).
                        let hostile = pattern.event_type.root_number() >= 15;
                        for &c in &v.children[h] {
                            if v.rel(c) == Deprel::Obl
                                && (matches!(v.case_of(c).as_deref(), Some("with" | "against"))
                                    || hostile && v.case_of(c).as_deref() == Some("on"))
                            {
                                actors(&v, c, &mut tgt, &mut path);
                                how.push(Clue::WithAgainst);
                            }
                        }
                    }
                }
            } else {
                intent = announced(&v, w);
                // A subject that opens a trigger phrase running over the verb is that
                // phrase's word, not its doer ("new military exercises" with "exercises" read
                // as a verb).
                let in_a_phrase = |subj: usize| {
                    subj < w && trigger(&v, lexicon, subj).is_some_and(|(_, e)| e > w)
                };
                match subject(&v, w, &mut passive).filter(|&(subj, _)| !in_a_phrase(subj)) {
                    Some((subj, clue)) => {
                        let subj = antecedent(&v, subj, w, &all, dict).unwrap_or(subj);
                        actors(&v, subj, &mut src, &mut path);
                        how.push(clue);
                        // "Talks between Israel and Hamas collapsed": a mutual act whose
                        // subject is a noun of the pair's dealings is between the pair.
                        if src.is_empty()
                            && (pattern.mutual || matches!(pattern.target, TargetRule::Parties))
                        {
                            for c in between_phrases(&v, subj) {
                                actors(&v, c, &mut src, &mut path);
                                pair = true;
                                between_subject = true;
                                how.push(Clue::Between);
                            }
                        }
                    }
                    None if passive => {
                        // The "by" agent is the source; the passive subject the target.
                        let agents = |x: usize| -> Vec<usize> {
                            v.children[x]
                                .iter()
                                .copied()
                                .filter(|&c| {
                                    matches!(v.rel(c), Deprel::OblAgent)
                                        || (v.rel(c) == Deprel::Obl
                                            && v.case_of(c).as_deref() == Some("by"))
                                })
                                .collect()
                        };
                        for c in agents(w) {
                            actors(&v, c, &mut src, &mut path);
                            how.push(Clue::PassiveAgent);
                        }
                        // "was shot and wounded by a gunman": passive participles joined
                        // by "and" share the last one's agent, and the first one's subject,
                        // when the later one has no subject or auxiliary of its own (not
                        // "is recognised as X but is controlled by Y").
                        let bare = |c: usize| {
                            v.s.words[c].xpos == Xpos::Vbn
                                && v.child(
                                    c,
                                    &[
                                        Deprel::Nsubj,
                                        Deprel::NsubjPass,
                                        Deprel::Aux,
                                        Deprel::AuxPass,
                                    ],
                                )
                                .is_none()
                                && v.child(c, &[Deprel::Cc])
                                    .is_none_or(|a| v.lower(a) == "and")
                        };
                        if src.is_empty() {
                            let joined: Vec<usize> = v.children[w]
                                .iter()
                                .copied()
                                .filter(|&c| v.rel(c) == Deprel::Conj && bare(c))
                                .collect();
                            for c in joined.into_iter().flat_map(agents) {
                                actors(&v, c, &mut src, &mut path);
                                how.push(Clue::PassiveAgent);
                            }
                        }
                        let shared_subject = (v.rel(w) == Deprel::Conj && bare(w))
                            .then(|| v.head(w))
                            .flatten()
                            .and_then(|h| v.child(h, &[Deprel::NsubjPass]));
                        if let Some(c) = v.child(w, &[Deprel::NsubjPass]).or(shared_subject) {
                            actors(&v, c, &mut tgt, &mut path);
                            // "talks between X and Y were mediated by Z": the parties of
                            // talks or a truce a third side hosts or brokers, as in the active.
                            if tgt.is_empty() && pattern.event_type.root_number() <= 5 {
                                for d in between_phrases(&v, c) {
                                    actors(&v, d, &mut tgt, &mut path);
                                }
                            }
                        } else if v.rel(w) == Deprel::Acl
                            && let Some(h) = v.head(w)
                        {
                            actors(&v, h, &mut tgt, &mut path);
                            // "X and Y agreed to a ceasefire brokered by Z", "talks hosted by
                            // Z between X and Y": talks or a truce a third side brokers or
                            // hosts are between their own parties, the pair the noun names
                            // or the subject of the verb by which they take part in it.
                            if tgt.is_empty() && pattern.event_type.root_number() <= 5 {
                                for d in between_phrases(&v, h) {
                                    actors(&v, d, &mut tgt, &mut path);
                                }
                                if tgt.is_empty()
                                    && let Some(d) = between_of_its_agent(&v, h)
                                {
                                    actors(&v, d, &mut tgt, &mut path);
                                }
                                if tgt.is_empty()
                                    && let Some(g) = v.head(h)
                                    && v.s.words[g].upos == Upos::Verb
                                    && (v.rel(h) == Deprel::Obj && lends_its_subject(&v, g)
                                        || takes_part_in(&v, h, g))
                                    && let Some((subj, _)) = subject(&v, g, &mut false)
                                {
                                    let subj = antecedent(&v, subj, g, &all, dict).unwrap_or(subj);
                                    actors(&v, subj, &mut tgt, &mut path);
                                }
                            }
                            tgt.retain(|m| !src.contains(m));
                        }
                        // "sanctions imposed by the EU on Russia", "strikes were carried out
                        // on the town by X": what a passive act was done to names no actor,
                        // the one it was done on or against does.
                        if tgt.is_empty() {
                            for c in aimed_at(&v, w) {
                                actors(&v, c, &mut tgt, &mut path);
                            }
                            tgt.retain(|m| !src.contains(m));
                        }
                        how.push(Clue::Passive);
                    }
                    None => {}
                }
                if !passive {
                    // The mentions the verb's objects gave, with those of the objects' own
                    // "to X" phrases.
                    let mut objects: Vec<usize> = Vec::new();
                    // Those of an object the subject owns ("its troops").
                    let mut owned: Vec<usize> = Vec::new();
                    // "filed a complaint against X at the tribunal": where another phrase of
                    // the verb says whom it is aimed at, an "at" phrase is only where.
                    let aimed_otherwise = v.children[w]
                        .iter()
                        .any(|&c| v.rel(c) == Deprel::Obl && aims_at_an_actor(&v, c));
                    for &c in &v.children[w] {
                        match v.rel(c) {
                            Deprel::Obj | Deprel::Iobj => {
                                let before = tgt.len();
                                actors(&v, c, &mut tgt, &mut path);
                                // "fired rockets from Gaza into Israel": where weapons are
                                // fired from is the firer's ground, not the target.
                                if pattern.event_type.root_number() >= 18 {
                                    let origin = launched_from(&v, c);
                                    let mut found = tgt.split_off(before);
                                    found.retain(|m| !origin.contains(m));
                                    tgt.extend(found);
                                }
                                objects.extend_from_slice(&tgt[before..]);
                                if v.children[c].iter().any(|&d| {
                                    v.rel(d) == Deprel::NmodPoss
                                        && matches!(v.lower(d).as_str(), "its" | "their")
                                }) {
                                    owned.extend_from_slice(&tgt[before..]);
                                }
                                // An object that is no actor may name its target: "halted aid
                                // to X", "imposed sanctions on X", "signed a deal with X", and,
                                // for a cooperative act, "brokered a truce between X and Y"; so
                                // may one that is an agent of no country ("sold fighter jets to
                                // X").
                                if tgt[before..]
                                    .iter()
                                    .all(|&m| countryless_agent(&all[m], dict))
                                {
                                    // ("fired dozens of rockets at X": the phrase hangs on
                                    // what a measure's "of" phrase counts.)
                                    let counted = measures(&v, c)
                                        .then(|| {
                                            v.children[c].iter().copied().find(|&o| {
                                                v.rel(o) == Deprel::Nmod
                                                    && v.case_of(o).as_deref() == Some("of")
                                            })
                                        })
                                        .flatten();
                                    // "shot down three drones launched by the Houthis": force
                                    // against a thing a participle's "by" phrase says whose it
                                    // is falls on that owner, not on the thing.
                                    let by_owner = v.children[c]
                                        .iter()
                                        .chain(counted.iter().flat_map(|&o| &v.children[o]))
                                        .copied()
                                        .filter(|&d| {
                                            v.rel(d) == Deprel::Acl
                                                && v.s.words[d].xpos == Xpos::Vbn
                                                && pattern.event_type.root_number() >= 11
                                        })
                                        .find_map(|d| by_agent(&v, d));
                                    if let Some(a) = by_owner {
                                        let mut owners = Vec::new();
                                        actors(&v, a, &mut owners, &mut path);
                                        owners.retain(|m| !src.contains(m));
                                        if !owners.is_empty() {
                                            let added = tgt.len() - before;
                                            tgt.truncate(before);
                                            objects.truncate(objects.len() - added);
                                            owned.retain(|m| !tgt.contains(m));
                                            tgt.extend(owners);
                                        }
                                    }
                                    let phrases = v.children[c]
                                        .iter()
                                        .chain(counted.iter().flat_map(|&o| &v.children[o]));
                                    let phrases: Vec<usize> = phrases.copied().collect();
                                    // "filed a case against X at the court": where another
                                    // phrase of the object says whom it is aimed at, an "at"
                                    // phrase is only where.
                                    let aimed_otherwise = phrases.iter().any(|&d| {
                                        v.rel(d) == Deprel::Nmod && aims_at_an_actor(&v, d)
                                    });
                                    for &d in &phrases {
                                        // "fired rockets at northern Israel": an "at"
                                        // phrase aims force (roots 11-20), not a meeting.
                                        let aimed_at = v.case_of(d).as_deref() == Some("at")
                                            && pattern.event_type.root_number() >= 11
                                            && !aimed_otherwise;
                                        // "signed a deal with the mediation of X": a
                                        // third side's help names no partner.
                                        let third_side = mentions::THIRD_SIDE_NOUNS
                                            .contains(&v.lemma(d).to_lowercase().as_str());
                                        if v.rel(d) == Deprel::Nmod
                                            && !third_side
                                            && (aimed_at
                                                || matches!(
                                                    v.case_of(d).as_deref(),
                                                    Some(
                                                        "to" | "on"
                                                            | "against"
                                                            | "with"
                                                            | "toward"
                                                            | "towards"
                                                    )
                                                ))
                                        {
                                            actors(&v, d, &mut tgt, &mut path);
                                        } else if v.rel(d) == Deprel::Nmod
                                            && matches!(
                                                v.case_of(d).as_deref(),
                                                Some("between" | "among")
                                            )
                                            && pattern.event_type.root_number() <= 5
                                        {
                                            // The parties of talks or a truce a third side
                                            // hosts or brokers: named ones, not "the two
                                            // presidents" the discourse must resolve.
                                            let mut parties = Vec::new();
                                            actors(&v, d, &mut parties, &mut path);
                                            if !parties
                                                .iter()
                                                .all(|&m| countryless_agent(&all[m], dict))
                                            {
                                                tgt.extend(parties);
                                            }
                                        }
                                    }
                                }
                            }
                            // "called the DGMO of India": a noun phrase the parse made the
                            // verb's secondary predicate, where the verb has no object, is its
                            // object ("called him a liar" has both).
                            Deprel::Xcomp
                                if matches!(v.s.words[c].upos, Upos::Noun | Upos::Propn)
                                    && v.child(w, &[Deprel::Obj]).is_none() =>
                            {
                                actors(&v, c, &mut tgt, &mut path);
                            }
                            // "fired at X", "protested at X"; but "signed a declaration at
                            // the White House", "met at the Kremlin": for a cooperative act
                            // (roots 01-10) an "at" phrase is its place, not its target.
                            Deprel::Obl
                                if matches!(
                                    v.case_of(c).as_deref(),
                                    Some(
                                        "with"
                                            | "against"
                                            | "on"
                                            | "upon"
                                            | "to"
                                            | "at"
                                            | "for"
                                            | "toward"
                                            | "towards"
                                            | "into"
                                    )
                                ) && (v.case_of(c).as_deref() != Some("at")
                                    || pattern.event_type.root_number() >= 11
                                        && !aimed_otherwise)
                                    && !of_a_thing_between(&v, c) =>
                            {
                                // "attacked a ship with drones and missiles": what force
                                // is done with is its instrument, not its target.
                                if v.case_of(c).as_deref() == Some("with")
                                    && pattern.event_type.root_number() >= 17
                                    && WEAPONS.contains(&v.lemma(c).to_lowercase().as_str())
                                {
                                    continue;
                                }
                                let before = tgt.len();
                                actors(&v, c, &mut tgt, &mut path);
                                if tgt.len() > before {
                                    how.push(Clue::WithAgainst);
                                }
                            }
                            // "mediated between Israel and Hamas": the parties of a
                            // cooperative act a third side does between them.
                            Deprel::Obl
                                if matches!(v.case_of(c).as_deref(), Some("between" | "among"))
                                    && pattern.event_type.root_number() <= 5 =>
                            {
                                let mut parties = Vec::new();
                                actors(&v, c, &mut parties, &mut path);
                                if !parties.iter().all(|&m| countryless_agent(&all[m], dict)) {
                                    tgt.extend(parties);
                                    how.push(Clue::Between);
                                }
                            }
                            _ => {}
                        }
                    }
                    // "recaptured the town from the rebels", "seized the airport from X":
                    // the "from" phrase of a taking by force names whom it was taken from.
                    if tgt.is_empty()
                        && pattern.event_type.root_number() >= 17
                        && TAKING.contains(&v.lemma(w).to_lowercase().as_str())
                    {
                        for &c in &v.children[w] {
                            if v.rel(c) == Deprel::Obl && v.case_of(c).as_deref() == Some("from") {
                                actors(&v, c, &mut tgt, &mut path);
                            }
                        }
                        tgt.retain(|m| !src.contains(m));
                        if !tgt.is_empty() {
                            how.push(Clue::WithAgainst);
                        }
                    }
                    // "sold fighter jets to Turkey", "withdrew its troops from Niger", "recalled
                    // its ambassador from Guyana": an object that is only an agent noun of no
                    // country (the subject's own people, or goods the agent dictionary lists)
                    // gives way to the phrase that says to whom, or, failing one, from whom;
                    // with neither, the subject's own ("its troops") are no target at all.
                    // "sent 10,000 troops to its border with Belarus": the verb dictionary's
                    // sending of forces (06, as to an ally) is, to a border, a show of force
                    // (150) aimed across it (below), not cooperation with one's own troops.
                    if from_dictionary
                        && pattern.event_type.root_number() == 6
                        && !objects.is_empty()
                        && objects.iter().all(|&m| countryless_agent(&all[m], dict))
                        && v.children[w].iter().any(|&c| {
                            v.rel(c) == Deprel::Obl
                                && matches!(
                                    v.case_of(c).as_deref(),
                                    Some("to" | "toward" | "towards")
                                )
                                && BORDERS.contains(&v.lemma(c).to_lowercase().as_str())
                        })
                        && let Some(p) = Rule::Dictionary.pattern("150")
                    {
                        pattern = p;
                    }
                    let countryless: Vec<usize> = objects
                        .iter()
                        .copied()
                        .filter(|&m| countryless_agent(&all[m], dict))
                        .collect();
                    if !countryless.is_empty() {
                        let others: Vec<usize> = tgt
                            .iter()
                            .copied()
                            .filter(|m| !countryless.contains(m))
                            .collect();
                        let mut from = Vec::new();
                        if others.is_empty() {
                            for &c in &v.children[w] {
                                if v.rel(c) == Deprel::Obl
                                    && v.case_of(c).as_deref() == Some("from")
                                {
                                    actors(&v, c, &mut from, &mut path);
                                }
                            }
                        }
                        if !others.is_empty() {
                            tgt = others;
                        } else if !from.is_empty() {
                            tgt = from;
                            how.push(Clue::WithAgainst);
                        } else if countryless.iter().all(|m| owned.contains(m))
                            || pattern.event_type.root_number() == 15
                            || pattern.event_type.code.starts_with("087")
                        {
                            // "placed its troops on alert": the subject's own are no target;
                            // nor are the forces a show of force (15) moves ("massed troops",
                            // "deployed police") or a military de-escalation (087) pulls back
                            // or demobilises ("withdrew troops"), which are its own too.
                            tgt.clear();
                        }
                    }
                    // "deployed troops to its border with Syria", "massed forces near the
                    // Iraqi border": a show of force (15) at a border, with no target but its
                    // own people, is aimed at the state across it.
                    if pattern.event_type.root_number() == 15
                        && tgt.iter().all(|&m| countryless_agent(&all[m], dict))
                    {
                        let mut across = Vec::new();
                        for &c in &v.children[w] {
                            let at_border = v.rel(c) == Deprel::Obl
                                && matches!(
                                    v.case_of(c).as_deref(),
                                    Some(
                                        "to" | "along"
                                            | "near"
                                            | "on"
                                            | "at"
                                            | "toward"
                                            | "towards"
                                    )
                                )
                                && BORDERS.contains(&v.lemma(c).to_lowercase().as_str());
                            if !at_border {
                                continue;
                            }
                            for &d in &v.children[c] {
                                let across_it = match v.rel(d) {
                                    Deprel::Nmod => v.case_of(d).as_deref() == Some("with"),
                                    Deprel::Amod | Deprel::Compound => true,
                                    Deprel::NmodPoss => {
                                        !matches!(v.lower(d).as_str(), "its" | "their" | "our")
                                    }
                                    _ => false,
                                };
                                if across_it {
                                    actors(&v, d, &mut across, &mut path);
                                }
                            }
                        }
                        across.retain(|m| !src.contains(m));
                        if !across.is_empty() {
                            tgt = across;
                            how.push(Clue::WithAgainst);
                        }
                    }
                    // "demanded that Israel halt", "insisted that Y withdraw": an appeal or a
                    // demand with no object is made of the subject of the clause it governs.
                    if tgt.is_empty() && matches!(pattern.event_type.root_number(), 2 | 10) {
                        for &c in &v.children[w] {
                            if v.rel(c) == Deprel::Ccomp
                                && let Some(sj) = v.child(c, &[Deprel::Nsubj, Deprel::NsubjPass])
                            {
                                actors(&v, sj, &mut tgt, &mut path);
                            }
                        }
                    }
                    // "donated and delivered medicine to X": a verb with no target shares
                    // the one of the verb coordinated right after it, which has no subject
                    // of its own.
                    if tgt.is_empty() && v.s.words[w].upos == Upos::Verb {
                        let shared = v.children[w].iter().copied().find(|&c| {
                            v.rel(c) == Deprel::Conj
                                && c > w
                                && c - w <= 4
                                && v.s.words[c].upos == Upos::Verb
                                && v.child(c, &[Deprel::Nsubj, Deprel::NsubjPass]).is_none()
                        });
                        if let Some(c) = shared {
                            for &d in &v.children[c] {
                                if names_target(&v, d) {
                                    actors(&v, d, &mut tgt, &mut path);
                                }
                            }
                            tgt.retain(|m| !countryless_agent(&all[*m], dict));
                        }
                    }
                    // "X said Y had shelled its positions": force used on what the one who
                    // reports it calls its own was used on the reporter (not on the one
                    // who used it, whose own positions it would not shell).
                    // Force only (roots 17-20): "froze its participation", "placed its
                    // troops on alert" speak of the subject's own; a show of force (15) only
                    // on a state's ground, air or sea ("X said Y's drones had violated its
                    // airspace").
                    let on_its_ground = v
                        .child(w, &[Deprel::Obj])
                        .is_some_and(|o| SOVEREIGN.contains(&v.lemma(o).to_lowercase().as_str()));
                    if tgt.is_empty()
                        && (pattern.event_type.root_number() >= 17
                            || pattern.event_type.root_number() >= 15 && on_its_ground)
                        && let Some(owner) = reporter_of_its_own(&v, w)
                    {
                        let before = tgt.len();
                        actors(&v, owner, &mut tgt, &mut path);
                        tgt.retain(|m| !src.contains(m));
                        if tgt.len() > before {
                            how.push(Clue::Owner);
                        }
                    }
                    // "Ukraine said Russia had launched 40 drones overnight": the weapons
                    // launched are no target ("drones" is an agent noun of no state); launched
                    // at no one the clause names, as a state's side reports it, they were
                    // launched at that side, when the one who launched them is of another
                    // state or of none.
                    let launch = launched(&v, w).filter(|_| pattern.event_type.root_number() >= 18);
                    if launch.is_some() {
                        tgt.retain(|&m| !countryless_agent(&all[m], dict));
                    }
                    if launch == Some(true)
                        && tgt.is_empty()
                        && let Some(owner) = reporter(&v, w)
                    {
                        let mut reporters = Vec::new();
                        actors(&v, owner, &mut reporters, &mut path);
                        let date = dict.published().map(DateSpan::day);
                        let state_of =
                            |dict: &DictionaryActors<'_>, m: usize| match &all[m].referent {
                                Referent::Actors(ids) if ids.len() == 1 => {
                                    dict.state_at(&ids[0], date.as_ref())
                                }
                                _ => None,
                            };
                        let doers: Vec<Option<String>> =
                            src.iter().map(|&m| state_of(dict, m)).collect();
                        if let [r] = reporters.as_slice()
                            && let Some(state) = state_of(dict, *r)
                            && !doers.contains(&Some(state))
                        {
                            tgt.push(*r);
                            how.push(Clue::Owner);
                        }
                    }
                    // "Insurgents seized the city of X": property seized that is a town or
                    // land is territory occupied (192), as the verb dictionary codes OCCUPY
                    // &TOWN and TAKE TERRITORY.
                    if pattern.event_type.code == "171"
                        && v.s.words[w].upos == Upos::Verb
                        && v.child(w, &[Deprel::Obj])
                            .is_some_and(|o| is_land(&v, verbs, o))
                        && let Some(p) = land_taken_pattern()
                    {
                        pattern = p;
                    }
                    // "captured the village of X": land taken is no civilians (Phoenix reads
                    // VILLAGE as civilians), whoever held it.
                    if pattern.event_type.code == "192" {
                        tgt.retain(|&m| {
                            !(countryless_agent(&all[m], dict)
                                && matches!(&all[m].referent, Referent::Actors(ids)
                                    if ids.iter().all(|id| dict.get(id).is_some_and(|a| a.code == "CVL"))))
                        });
                    }
                    // "retook the presidential palace from the RSF": territory or property
                    // taken is taken from the one a "from" phrase names, whatever the place's
                    // own name gives ("seized weapons from the rebels").
                    if matches!(pattern.event_type.code.as_str(), "192" | "171") {
                        let mut from = Vec::new();
                        for &c in &v.children[w] {
                            if v.rel(c) == Deprel::Obl && v.case_of(c).as_deref() == Some("from") {
                                actors(&v, c, &mut from, &mut path);
                            }
                        }
                        from.retain(|m| !src.contains(m));
                        if !from.is_empty() {
                            tgt = from;
                        }
                    }
                    // "received the visiting Brazilian president": a visit a participle tells
                    // of is to the one who receives, meets or hosts the visitor.
                    if tgt.is_empty()
                        && matches!(pattern.event_type.root_number(), 3 | 4)
                        && v.rel(w) == Deprel::Amod
                        && let Some(h) = v.head(w)
                        && v.rel(h) == Deprel::Obj
                        && let Some(g) = v.head(h)
                        && v.s.words[g].upos == Upos::Verb
                        && let Some((host, clue)) = subject(&v, g, &mut false)
                    {
                        let host = antecedent(&v, host, g, &all, dict).unwrap_or(host);
                        actors(&v, host, &mut tgt, &mut path);
                        tgt.retain(|m| !src.contains(m));
                        if !tgt.is_empty() {
                            how.push(clue);
                        }
                    }
                    // "denied the accusations by X": a "by" phrase of an active verb is the
                    // object's agent the parse attached to the verb; the target when nothing
                    // else is.
                    if tgt.is_empty() {
                        for &c in &v.children[w] {
                            if v.rel(c) == Deprel::Obl
                                && v.case_of(c).as_deref() == Some("by")
                                && v.child(w, &[Deprel::Obj]).is_some()
                            {
                                actors(&v, c, &mut tgt, &mut path);
                            }
                        }
                    }
                    // "agreed to open its airports to African Union monitors": agreeing to an act
                    // the coder does not code is an intent to cooperate (030) with the actor
                    // the act's own arguments name, not a mutual agreement that needs a pair.
                    // An act it codes is coded as its intent ("agreed to release prisoners":
                    // 0353), and "agreed to a prisoner exchange" (a noun) stays mutual.
                    if pattern.mutual
                        && tgt.is_empty()
                        && v.lemma(w).eq_ignore_ascii_case("agree")
                        && let Some(x) = v.children[w]
                            .iter()
                            .copied()
                            .find(|&c| v.rel(c) == Deprel::Xcomp && v.s.words[c].upos == Upos::Verb)
                        && trigger(&v, lexicon, x).is_none()
                        && marked.binary_search(&x).is_err()
                        && dictionary_code(&v, verbs, x).is_none_or(|d| {
                            !d.worded && d.code.as_deref().is_none_or(|c| c.starts_with("01"))
                        })
                        && let Some(p) = agreed_act_pattern()
                    {
                        for &c in &v.children[x] {
                            if names_target(&v, c) {
                                actors(&v, c, &mut tgt, &mut path);
                            }
                        }
                        // "agreed to share military intelligence": an agent of no country
                        // is a thing shared, not a party.
                        tgt.retain(|&m| !countryless_agent(&all[m], dict));
                        if !tgt.is_empty() {
                            pattern = p;
                        }
                    }
                    if !tgt.is_empty() && !how.contains(&Clue::WithAgainst) {
                        how.push(Clue::Object);
                    }
                }
            }
            let intent = intent || threat_of_act;
            // "Four soldiers were killed in clashes", "died in a second day of fighting with
            // X": the side of those a fight between sides killed or wounded is one of its sides.
            if src.is_empty()
                && pattern.mutual
                && matches!(pattern.event_type.root_number(), 18..=20)
                && let Some(h) = fallen_in(&v, w)
                && let Some(c) = v.child(h, &[Deprel::NsubjPass, Deprel::Nsubj])
            {
                actors(&v, c, &mut src, &mut path);
                of_the_fallen = !src.is_empty();
                how.push(Clue::NearestSubject);
            }
            // "Two soldiers were killed in an attack by X": those an attack (not a fight
            // between sides) killed or wounded were its target.
            if tgt.is_empty()
                && !src.is_empty()
                && !pattern.mutual
                && matches!(pattern.event_type.root_number(), 18..=20)
                && v.s.words[w].upos != Upos::Verb
                && let Some(h) = fallen_in(&v, w)
                && let Some(c) = v.child(h, &[Deprel::NsubjPass, Deprel::Nsubj])
            {
                actors(&v, c, &mut tgt, &mut path);
                tgt.retain(|m| !src.contains(m));
                if !tgt.is_empty() {
                    how.push(Clue::Object);
                }
            }
            src.retain(|m| !tgt.contains(m));
            // "after three days of strikes on each other": a named act on "each other" with no
            // side named is between the two sides, the pair just named or else the article's
            // two main parties.
            // Read from the words as well, as the parser often leaves "each other" unattached.
            let each_other = |k: usize| {
                v.mention
                    .get(k)
                    .copied()
                    .flatten()
                    .is_some_and(|m| all[m].referent == Referent::EachOther)
            };
            let among_sides = src.is_empty()
                && v.s.words[w].upos != Upos::Verb
                && if tgt.is_empty() {
                    each_other(end)
                        || end < n
                            && matches!(v.lower(end).as_str(), "on" | "against" | "at")
                            && each_other(end + 1)
                } else {
                    tgt.iter().all(|&m| all[m].referent == Referent::EachOther)
                };
            if among_sides {
                how.push(Clue::EachOtherSides);
            }
            let source = if among_sides {
                party(&Referent::Parties(Some(2)), context)
            } else {
                party_of(&src, &all, context)
            };
            let Some(source) = source else {
                skipped.push(Skipped {
                    at: first_tok,
                    words: pattern.words.clone(),
                    reason: "no actor as its subject or agent (parse)",
                });
                if answered {
                    // The word-pattern finder took the answering verb's subject for the act's.
                    found.retain(|g| g.trigger.0 != first_tok);
                }
                continue;
            };
            // "the bombing of a hospital by Israeli jets": a bombing (183, the codebook's
            // "non-military bombing") by a state, its government or its forces is the use of
            // aerial weapons (195), as the verb "bomb" is coded.
            if pattern.event_type.code == "183"
                && let Party::Actors(ids) = &source
                && !ids.is_empty()
                && ids.iter().all(|id| dict.country_of(id).is_some())
                && let Some(p) = state_bombing_pattern()
            {
                pattern = p;
            }
            // "Insurgents bombed a government building": the verb "bomb" (195, the codebook's
            // attack from the air) of a side that is no state's and names no aircraft is a
            // bombing (183), as its noun is.
            if pattern.event_type.code == "195"
                && v.lemma(w).eq_ignore_ascii_case("bomb")
                && let Party::Actors(ids) = &source
                && !ids.is_empty()
                && ids.iter().all(|id| dict.country_of(id).is_none())
                && !names_aircraft(&v, verbs)
                && let Some(p) = ground_bombing_pattern()
            {
                pattern = p;
            }
            // "held naval exercises with X": the partner of an act that needs no target is not
            // its target.
            if pattern.target == TargetRule::None
                && (0..n).any(|k| {
                    v.mention[k].or(v.dict[k]).is_some_and(|m| tgt.contains(&m))
                        && v.case_of(k).as_deref() == Some("with")
                })
            {
                tgt.clear();
            }
            let mut target = party_of(&tgt, &all, context);
            if among_sides {
                target = Some(Party::EachOther);
            }
            // "used water cannon to disperse opposition supporters": force whose own phrase
            // names no target is aimed at the object of its purpose.
            if target.is_none()
                && pattern.event_type.root_number() >= 17
                && v.s.words[w].upos == Upos::Verb
            {
                let mut aimed = Vec::new();
                clause_actors(&v, w, &["to"], Deprel::Obj, &mut aimed, &mut path);
                aimed.retain(|m| !src.contains(m));
                if let Some(t) = party_of(&aimed, &all, context) {
                    target = Some(t);
                    how.push(Clue::Object);
                }
            }
            // "imposed sanctions targeting Russian oligarchs", "carried out strikes aimed at
            // X": an act whose own phrase names no target is aimed at what the participle of
            // its noun (or of its verb's object) aims it at.
            if target.is_none() && pattern.event_type.root_number() >= 15 {
                let nouns = [Some(w), v.child(w, &[Deprel::Obj])];
                let mut aimed = Vec::new();
                for n in nouns.into_iter().flatten() {
                    for &c in &v.children[n] {
                        if v.rel(c) == Deprel::Acl
                            && let Some(o) = participle_aims_at(&v, c)
                        {
                            actors(&v, o, &mut aimed, &mut path);
                        }
                    }
                }
                aimed.retain(|m| !src.contains(m));
                if let Some(t) = party_of(&aimed, &all, context) {
                    target = Some(t);
                    how.push(Clue::Object);
                }
            }
            // "began a hunger strike to demand the resignation of X", "rallies calling for the
            // removal of X": a protest whose own phrase names no target is aimed at whom its
            // purpose names.
            if target.is_none()
                && pattern.event_type.root_number() == 14
                && let Some(t) = first_other_party(purpose_actors(&v, w), &src, &all, dict, context)
            {
                target = Some(t);
                how.push(Clue::Object);
            }
            // "renewed its demand that X withdraw": a demand or appeal a noun names is made of
            // the subject of the clause that says what it asks for.
            if target.is_none()
                && matches!(pattern.event_type.root_number(), 2 | 10)
                && v.s.words[w].upos != Upos::Verb
                && let Some(subj) = asked_of(&v, w)
            {
                let mut asked = Vec::new();
                actors(&v, subj, &mut asked, &mut path);
                asked.retain(|m| !src.contains(m));
                if let Some(t) = party_of(&asked, &all, context) {
                    target = Some(t);
                    how.push(Clue::Object);
                }
            }
            // "threatened to stop the talks if X deploys missiles": a threat (root 13) whose
            // own phrase names no target is aimed at the one its condition names, the subject
            // of its "if" or "unless" clause, under the threatening verb or an act it
            // threatens; else at whom the act threatened is done to ("threatened to resume
            // attacks in X", "to deliver blows to X").
            // "accused X of attacking the plant and threatened to retaliate": a threat with
            // no target of its own, coordinated with a verb of the same subject that has an
            // object, is aimed at that object.
            if target.is_none()
                && pattern.event_type.root_number() == 13
                && v.rel(w) == Deprel::Conj
                && v.child(w, &[Deprel::Nsubj, Deprel::NsubjPass]).is_none()
                && let Some(h) = v.head(w)
                && v.s.words[h].upos == Upos::Verb
                && let Some(o) = v.child(h, &[Deprel::Obj])
            {
                let mut aimed = Vec::new();
                actors(&v, o, &mut aimed, &mut path);
                aimed.retain(|m| !src.contains(m) && !countryless_agent(&all[*m], dict));
                if let Some(t) = party_of(&aimed, &all, context) {
                    target = Some(t);
                    how.push(Clue::Object);
                }
            }
            if target.is_none() && (pattern.event_type.root_number() == 13 || threat_of_act) {
                let acts = threatened_acts(&v, w);
                let mut aimed = Vec::new();
                for &x in &acts {
                    let marks = ["if", "unless"];
                    clause_actors(&v, x, &marks, Deprel::Nsubj, &mut aimed, &mut path);
                }
                aimed.retain(|m| !src.contains(m));
                if let Some(t) = party_of(&aimed, &all, context) {
                    target = Some(t);
                    how.push(Clue::Condition);
                } else if let Some(t) =
                    first_other_party(acts_arguments(&v, &acts), &src, &all, dict, context)
                {
                    target = Some(t);
                    how.push(Clue::Object);
                }
            }
            // "Two soldiers were killed when their convoy was attacked", "protested after a
            // ship rammed one of its vessels": an act of an adverbial clause, with no target
            // of its own, on a thing a possessive pronoun gives an owner is done to the main
            // clause's subject.
            if target.is_none()
                && let Some(h) = owner_in_main_clause(&v, w)
            {
                let mut owner = Vec::new();
                actors(&v, h, &mut owner, &mut path);
                owner.retain(|m| !src.contains(m));
                if let Some(t) = party_of(&owner, &all, context) {
                    target = Some(t);
                    how.push(Clue::Object);
                }
            }
            // "Vietnam protested after China deployed a survey ship", "recalled its ambassador
            // after X signed a deal": a protest, a rebuke or a cut in relations (CAMEO 14, 11,
            // 16) with no target of its own is aimed at the doer of the act its clause of
            // "after", "when" or "because" tells.
            if target.is_none() && matches!(pattern.event_type.root_number(), 11 | 14 | 16) {
                let mut doers = Vec::new();
                let marks = ["after", "when", "because"];
                clause_actors(&v, w, &marks, Deprel::Nsubj, &mut doers, &mut path);
                doers.retain(|m| !src.contains(m));
                if let Some(t) = party_of(&doers, &all, context) {
                    target = Some(t);
                    how.push(Clue::Object);
                }
            }
            // The dictionary's verbs carry no target rule of casus's: they are coded only
            // between two actors the verb's own arguments name, except protests (CAMEO 14),
            // whose target is often left unsaid ("students demonstrated in the capital"), and
            // material acts and ceasefires named by a worded pattern ("imposed a curfew",
            // "declared a ceasefire"), whose target may be their place or nobody.
            let root = pattern.event_type.root_number();
            let material = matches!(root, 8 | 13..=20);
            let group = matches!(&source, Party::Actors(a) if a.len() > 1)
                || matches!(source, Party::Parties(_));
            // "X and Y agreed on a ceasefire", "X and Y signed a treaty", "X and Y clashed", "X
            // and Y exchanged fire": an agreement, a fight or an act the dictionary codes both
            // ways, of a group with no other target, is between its members.
            let lemma = v.lemma(w).to_lowercase();
            let agreed = from_dictionary
                && group
                && (reciprocal
                    || matches!(root, 3..=6 | 8) && AGREEING.contains(&lemma.as_str())
                    || matches!(root, 18..=20) && FIGHTING.contains(&lemma.as_str()));
            // "Iran and Saudi Arabia exchanged ambassadors": what the members agree on or
            // exchange, an agent of no country, is none of the targets.
            if agreed && !tgt.is_empty() && tgt.iter().all(|&m| countryless_agent(&all[m], dict)) {
                target = None;
            }
            // "The Iranian foreign minister arrived in Baghdad for talks": a visit's place is its
            // host (the codebook's 042, "make a visit", has the host as target), when a pattern
            // with words of its own says what for ("peacekeepers arrived in X" is no visit), or
            // the arrival is on a visit ("arrived in X on a visit").
            if from_dictionary
                && (worded || journey(&v, w) == Journey::To)
                && root == 4
                && !group
                && target.is_none()
                && ARRIVING.contains(&lemma.as_str())
            {
                target = place_target(&v, w, &src, &all, context, &mut path);
                if target.is_some() {
                    how.push(Clue::Place);
                }
            }
            // "Houthi rebels attacked a commercial ship": an assault a finite verb reports on a
            // thing, with no actor in its phrase, is an event with no target ("would stop all
            // firing" reports none).
            let assault_on_a_thing = matches!(root, 18..=20)
                && matches!(v.s.words[w].xpos, Xpos::Vbd | Xpos::Vbz | Xpos::Vbp)
                && !matches!(v.rel(w), Deprel::Xcomp | Deprel::Acl | Deprel::Advcl)
                && v.child(w, &[Deprel::Obj])
                    .is_some_and(|o| matches!(v.s.words[o].upos, Upos::Noun));
            // "Guerrillas blew up three power lines": violence done to a thing that destroys it
            // is the destruction of property (1712, "use force to destroy, demolish property").
            if assault_on_a_thing
                && !matches!(target, Some(Party::Actors(_)))
                && destroys(&v, w)
                && let Some(p) = destruction_pattern()
            {
                pattern = p;
            }
            // "Five hundred rebels surrendered", "the minister resigned": a yield (CAMEO 08)
            // told without an object yields to nobody named, when it is told as a fact or a
            // report, or announced ("agreed to resign", coded as the intent); "demanded that
            // X withdraw" is the demand's.
            let told = match v.rel(w) {
                Deprel::Ccomp => v
                    .head(w)
                    .is_some_and(|h| SAYING.contains(&v.lemma(h).to_lowercase().as_str())),
                Deprel::Xcomp => intent,
                Deprel::Csubj | Deprel::Acl | Deprel::Advcl => false,
                _ => true,
            };
            let intransitive_yield = root == 8
                && told
                && !passive
                && v.child(
                    w,
                    &[Deprel::Obj, Deprel::Iobj, Deprel::Ccomp, Deprel::Xcomp],
                )
                .is_none();
            // A claim or denial of responsibility (015, 016: "denied involvement in the
            // attack") and an inquiry the verb's object names (09: "launched an investigation
            // into the killing") are about an act and need no target either.
            let about_an_act = matches!(pattern.event_type.code.as_str(), "015" | "016")
                || root == 9
                    && worded
                    && v.child(w, &[Deprel::Obj])
                        .is_some_and(|o| INQUIRY.contains(&v.lemma(o).to_lowercase().as_str()));
            if from_dictionary
                && !(root == 14
                    || about_an_act
                    || worded && material
                    || agreed
                    || assault_on_a_thing
                    || intransitive_yield)
                && !matches!(target, Some(Party::Actors(_)))
            {
                skipped.push(Skipped {
                    at: first_tok,
                    words: v.s.words[w].form.clone(),
                    reason: "a verb of the verb dictionary without an actor as its target",
                });
                continue;
            }
            // "Putin and Xi met in Moscow", "Ankara and Athens pledged to resolve their
            // disputes", "X and Y cut diplomatic ties", "X and Y agreed to stop fighting": a
            // consultation, an intent to cooperate, a break of relations (161) or a truce
            // (0871) of a group with no counterpart named is between its members.
            // A group by coordination, not the several actors of one person's phrase
            // ("British Defence Secretary Tom King").
            // So is "the two countries' commanders", "both sides".
            let coordinated = src.iter().any(|&m| {
                matches!(&all[m].referent, Referent::Actors(ids) if ids.len() > 1)
                    || matches!(
                        all[m].referent,
                        Referent::Parties(_) | Referent::KindOfGroup
                    )
            }) || (0..n).any(|k| {
                v.rel(k) == Deprel::Conj
                    && v.mention[k].or(v.dict[k]).is_some_and(|m| src.contains(&m))
            });
            // So is an intent to yield or cooperate materially announced by the group ("X
            // and Y agreed to withdraw troops", "pledged to reopen their embassies"), not a
            // threat.
            let yield_announced = intent && !threat_of_act && matches!(root, 5..=8);
            // A visit, a host's welcome or a mediation (042, 043, 045, and the offer to
            // mediate, 039) has its counterpart outside the group: "Qatar and Egypt mediated
            // the talks" is not a mediation between Qatar and Egypt.
            let third_party = matches!(
                pattern.event_type.code.as_str(),
                "039" | "042" | "043" | "045"
            );
            let met = (matches!(root, 3 | 4) && !third_party
                || yield_announced
                || matches!(pattern.event_type.code.as_str(), "161" | "0871"))
                && group
                && coordinated
                && !matches!(target, Some(Party::Actors(_)));
            let mutual = pattern.mutual || agreed || met || between_subject;
            let mutual_pairs = mutual && target.is_none() && (pair || group);
            // "Two Armenian soldiers were killed in clashes": the fallen's side fought the other
            // side of the article's two.
            let mut target = if of_the_fallen && target.is_none() && !mutual_pairs {
                how.push(Clue::Parties);
                Some(Party::Parties(Some(2)))
            } else {
                target
            };
            // A verb with no actor as its object keeps its event with an empty target ("called
            // for an immediate ceasefire"); a mutual one without a pair needs one.
            if pattern.mutual && target.is_none() && !mutual_pairs {
                skipped.push(Skipped {
                    at: first_tok,
                    words: pattern.words.clone(),
                    reason: "a mutual event needs a pair (parse)",
                });
                continue;
            }
            // "imposed a curfew in X", "lifted the blockade of X": a material act or a
            // ceasefire with no actor as its target has its place as the target (the
            // codebook's rule for ceasefires, 0871: "the location for the ceasefire or the
            // opponent").
            // So has an event noun of a coercive or violent act (roots 15-20; a rally's place
            // is not what it is against), through its own "in" phrase or that of the verb it
            // is the object of ("reimposed a blockade in X").
            if target.is_none() && !mutual_pairs && root == 11 && !pattern.nominal {
                let mut at = violence_place(&v, w, &mut path);
                at.retain(|m| !src.contains(m));
                target = party_of(&at, &all, context).filter(|p| matches!(p, Party::Actors(_)));
                if target.is_some() {
                    how.push(Clue::Place);
                }
            }
            if target.is_none() && !mutual_pairs && material && (!pattern.nominal || root >= 15) {
                target = place_target(&v, w, &src, &all, context, &mut path);
                if target.is_none()
                    && pattern.nominal
                    && v.s.words[w].upos != Upos::Verb
                    && v.rel(w) == Deprel::Obj
                    && let Some(h) = v.head(w)
                {
                    target = place_target(&v, h, &src, &all, context, &mut path);
                }
                if target.is_some() {
                    how.push(Clue::Place);
                }
            }
            // A pair the sentence names itself as the subject of a verb whose clause holds the
            // trigger ("X and Y exchanged prisoners in a deal mediated by Z"; not through a
            // coordination), before the article's main parties.
            let target = match (target, pattern.target) {
                (None, TargetRule::Parties) if !mutual_pairs => {
                    let pairs = subject_pairs.get_or_insert_with(|| {
                        let mut by_verb = HashMap::new();
                        for k in 0..n {
                            if matches!(v.rel(k), Deprel::Nsubj | Deprel::NsubjPass)
                                && let (Some(h), Some(m)) = (v.head(k), v.mention[k])
                                && matches!(&all[m].referent, Referent::Actors(ids) if ids.len() > 1)
                            {
                                by_verb.entry(h).or_insert(m);
                            }
                        }
                        by_verb
                    });
                    // Up from the trigger, at most eight steps, never out of a conjunct.
                    let mut pair = None;
                    let mut x = w;
                    for _ in 0..8 {
                        if v.rel(x) == Deprel::Conj {
                            break;
                        }
                        let Some(up) = v.head(x) else { break };
                        if let Some(&m) = pairs.get(&up)
                            && !src.contains(&m)
                        {
                            pair = Some(m);
                            break;
                        }
                        x = up;
                    }
                    match pair.and_then(|m| party_of(&[m], &all, context)) {
                        Some(p) => {
                            how.push(Clue::Between);
                            Some(p)
                        }
                        None => Some(Party::Parties(Some(2))),
                    }
                }
                (t, _) => t,
            };
            // "Israel's cabinet met on Sunday": a consultation needs someone to consult; a body
            // that meets alone holds a session.
            if root == 4 && target.is_none() && !mutual_pairs {
                skipped.push(Skipped {
                    at: first_tok,
                    words: pattern.words.clone(),
                    reason: "a consultation without a counterpart (parse)",
                });
                continue;
            }
            let f = Found {
                pattern,
                trigger: (first_tok, last_tok),
                source,
                target,
                mutual_pairs,
                how,
                parse: path,
                intent,
            };
            // "conducted an offensive", "carried out strikes": a dictionary verb whose object
            // is an event noun of the lexicon leaves the event to the noun when the noun
            // makes one (it takes the verb's subject as its source). A verb that codes an act
            // of another kind on the noun's event is an event of its own: "brokered a truce
            // between X and Y" is a mediation (045) beside the truce (0871).
            let root = f.pattern.event_type.root_number();
            let a_threat = f.intent
                && Codebook::get()
                    .intent_of(&f.pattern.event_type.code)
                    .is_some_and(|t| t.root_number() == 13);
            if a_threat && let Some(t) = threatening_verb(&v, w) {
                threat_verbs.push(t);
            }
            // A verb whose code is only its root's general one (170 "coerce" for "imposed")
            // on a coercive or violent noun ("imposed an arms embargo": 163) is the noun's
            // support verb too.
            let general = {
                let code = &f.pattern.event_type.code;
                code.len() == 3 && code.ends_with('0') && root >= 15
            };
            match names_its_event(&v, lexicon, w, root == 3) {
                // A verb of defending is the defender's act beside the attacker's.
                Some(noun)
                    if from_dictionary
                        && !defends(&v, w)
                        && trigger(&v, lexicon, noun).is_some_and(|(p, _)| {
                            let r = p.event_type.root_number();
                            r == root || general && r >= 15
                        }) =>
                {
                    deferred.push((v.tok[noun], f))
                }
                // A verb that lends its subject to the noun ("unveiled new sanctions against
                // X", "unveiled an arms package for X") says no more than that the noun's act
                // is its subject's, whatever the verb dictionary codes it as alone (UNVEIL:
                // 050); unless it asks for, promises, demands or threatens the act
                // ("proposed sanctions": an appeal, the sanctions not done).
                Some(noun)
                    if from_dictionary
                        && !matches!(root, 2 | 3 | 10 | 13)
                        && !defends(&v, w)
                        && LENDING.contains(&v.lemma(w).to_lowercase().as_str())
                        && trigger(&v, lexicon, noun).is_some() =>
                {
                    deferred.push((v.tok[noun], f))
                }
                // "agreed to a ceasefire": an intent to cooperate (03) whose object is an act
                // of another kind is that act; the noun codes it, as the word-pattern finder
                // codes "agreed to observe a ceasefire".
                Some(noun)
                    if root == 3
                        && trigger(&v, lexicon, noun)
                            .is_some_and(|(p, _)| p.event_type.root_number() != 3) =>
                {
                    deferred.push((v.tok[noun], f))
                }
                _ => merge(found, &mut out, f),
            }
        }
        // "threatened to cut gas supplies": the act's threat replaces the bare threat.
        threat_verbs.sort_unstable();
        threat_verbs.dedup();
        let reason = "its threatened act is coded as the threat (parse)";
        drop_found_at(&v, &threat_verbs, found, skipped, reason);
        drop_found_at(&v, &threat_verbs, &mut out, skipped, reason);
        // "have sworn to fight", "plans to visit": a verb the word-pattern finder coded and the
        // parse did not is announced as well when the parse shows it (see `announced`).
        for g in found.iter_mut().filter(|g| !g.intent) {
            g.intent = (0..v.s.words.len()).any(|w| {
                v.tok[w] == g.trigger.0 && v.s.words[w].upos == Upos::Verb && announced(&v, w)
            });
        }
        for (noun, f) in deferred {
            let coded =
                |g: &Found<'_>| g.trigger.0 <= noun && noun < g.trigger.1.max(g.trigger.0 + 1);
            if found.iter().any(coded) || out.iter().any(coded) {
                skipped.push(Skipped {
                    at: f.trigger.0,
                    words: f.pattern.words.clone(),
                    reason: "its object names the event, coded by the noun",
                });
            } else {
                merge(found, &mut out, f);
            }
        }
        // The tokens of this piece of the sentence, and its triggers: what follows looks only
        // at these, so that its work stays linear in a long sentence's pieces.
        let lo = v.tok.first().copied().unwrap_or(0);
        let hi = v.tok.last().map_or(lo, |&t| t + 1).min(toks.len()).max(lo);
        let in_piece = |g: &&Found<'_>| (lo..hi).contains(&g.trigger.0);
        // "proposed sanctions against X", "suggested a ceasefire between X and Y": an act that
        // a verb coded as an appeal or a demand (roots 02, 10) takes as its object is asked
        // for, not done (the word-pattern finder's rule for "called for", here for the verbs
        // only the parse codes).
        let mut appeal_at = vec![false; hi - lo];
        for g in found.iter().chain(&out).filter(in_piece) {
            appeal_at[g.trigger.0 - lo] |= matches!(g.pattern.event_type.root_number(), 2 | 10);
        }
        let asked: Vec<usize> = (0..v.s.words.len())
            .filter(|&x| {
                let o = carrier(&v, x);
                matches!(v.s.words[x].upos, Upos::Noun | Upos::Propn)
                    && v.rel(o) == Deprel::Obj
                    && v.head(o).is_some_and(|h| {
                        v.s.words[h].upos == Upos::Verb
                            && appeal_at.get(v.tok[h].wrapping_sub(lo)) == Some(&true)
                    })
            })
            .collect();
        let reason = "asked for in an appeal or demand, not reported as done (parse)";
        drop_found_at(&v, &asked, found, skipped, reason);
        drop_found_at(&v, &asked, &mut out, skipped, reason);
        // "agreed to restore relations", "pledged to send aid", "pledged $500 million in
        // aid": a bare intent to cooperate (030) whose complement or object is an act announced
        // by it gives way to the intent of that act, which says more.
        let mut intent_at = vec![false; hi - lo];
        let mut general_at = vec![false; hi - lo];
        for g in found.iter().chain(&out).filter(in_piece) {
            intent_at[g.trigger.0 - lo] |= g.intent;
            general_at[g.trigger.0 - lo] |= g.pattern.event_type.code == "030";
        }
        let announces = |c: usize| intent_at.get(v.tok[c].wrapping_sub(lo)) == Some(&true);
        let bare: Vec<usize> = (0..v.s.words.len())
            .filter(|&w| {
                general_at.get(v.tok[w].wrapping_sub(lo)) == Some(&true)
                    && (v.children[w].iter().any(|&c| {
                        v.rel(c) == Deprel::Xcomp
                            && (announces(c)
                                || names_its_event(&v, lexicon, c, false).is_some_and(announces))
                    }) || names_its_event(&v, lexicon, w, false).is_some_and(announces))
            })
            .collect();
        if !bare.is_empty() {
            let reason = "its complement is coded as the intent of that act (parse)";
            drop_found_at(&v, &bare, found, skipped, reason);
            drop_found_at(&v, &bare, &mut out, skipped, reason);
        }
        // Which trigger each date phrase modifies, now that the triggers are known: the first
        // token of each trigger, for every token of the piece it covers.
        let mut trigger_at: Vec<Option<usize>> = vec![None; hi - lo];
        for g in found.iter().chain(&out).filter(in_piece) {
            let end = g.trigger.1.max(g.trigger.0 + 1).min(hi);
            for slot in trigger_at
                .get_mut(g.trigger.0 - lo..end - lo)
                .into_iter()
                .flatten()
            {
                slot.get_or_insert(g.trigger.0);
            }
        }
        let trigger_of = |t: usize| trigger_at.get(t.wrapping_sub(lo)).copied().flatten();
        for w in 0..v.s.words.len() {
            let t = v.tok[w];
            if t < dates.modifies.len() && dates.modifies[t].is_none() {
                dates.modifies[t] = date_owner_of(&v, w, &trigger_of);
            }
        }
        // "sent military aid to Mali on Monday": the act of an event noun a verb takes as
        // object is the verb's, whichever of the two the date is attached to.
        for g in found
            .iter()
            .chain(&out)
            .filter(in_piece)
            .filter(|g| g.pattern.nominal)
        {
            let (first, end) = (g.trigger.0, g.trigger.1.max(g.trigger.0 + 1));
            let inside = |k: usize| (first..end).contains(&v.tok[k]);
            // The noun phrase's head: its word whose head lies outside it.
            let Some(w) = (0..v.s.words.len()).find(|&k| {
                inside(k) && v.rel(k) != Deprel::Case && v.head(k).is_none_or(|h| !inside(h))
            }) else {
                continue;
            };
            let o = carrier(&v, w);
            if v.s.words[w].upos != Upos::Verb
                && v.rel(o) == Deprel::Obj
                && let Some(h) = v.head(o)
                && let Some(verb) = trigger_of(v.tok[h])
                && verb != first
                && first < dates.shares.len()
            {
                dates.shares[first].get_or_insert(verb);
                dates.shares[verb].get_or_insert(first);
            }
        }
        coded.append(&mut out);
    }
    // The caller sorts the events by their trigger, so the order of the pieces is kept.
    found.extend(by_piece.into_iter().flatten().chain(elsewhere));
    // The parse's events and the word-pattern finder's, with the actors the parse gave them
    // ("three protesters were arrested by Iranian security forces": Iran's opposition).
    domestic_agents([&mut coded[..], &mut found[..]], toks, &all, dict);
    victims_of_the_other_state([&mut coded[..], &mut found[..]], &all, dict);
    victims_named_twice([&mut coded[..], &mut found[..]], dict);
    suicide_attacks([&mut coded[..], &mut found[..]], toks, &all);
    let subject = match main_verb {
        Some(verb) => as_the_main_verb_has_it(
            subject_before,
            coded
                .iter()
                .chain(found.iter())
                .filter(|g| g.trigger.0 == verb),
        ),
        None => subject_before,
    };
    dict.set_main_subject(subject);
    coded
}

/// The main subject (`subject`) as the events of the main verb (`at_verb`) have their sides,
/// after the rules that give agents their state ("The protesters blocked roads in Dhaka":
/// Bangladesh's, for "They demanded ..." next): the source of the first with one, the same in
/// number. After a meeting (CAMEO 04) "they" are all who met ("X met Y. They discussed ..."),
/// whoever its subject was.
fn as_the_main_verb_has_it<'a, 'l: 'a>(
    subject: Option<MainSubject>,
    at_verb: impl Iterator<Item = &'a Found<'l>>,
) -> Option<MainSubject> {
    let events: Vec<&Found<'_>> = at_verb.collect();
    let sides = |p: &Party| match p {
        Party::Actors(ids) => ids.clone(),
        _ => Vec::new(),
    };
    if events
        .iter()
        .any(|g| g.pattern.event_type.root_number() == 4)
    {
        let mut all: Vec<String> = Vec::new();
        for g in &events {
            for id in sides(&g.source)
                .into_iter()
                .chain(g.target.as_ref().map(sides).unwrap_or_default())
            {
                if !all.contains(&id) {
                    all.push(id);
                }
            }
        }
        if all.len() > 1 {
            return Some(MainSubject::Many(all));
        }
    }
    match (
        subject,
        events
            .iter()
            .map(|g| sides(&g.source))
            .find(|s| !s.is_empty()),
    ) {
        (Some(MainSubject::One(_)), Some(ids)) if ids.len() == 1 => {
            Some(MainSubject::One(ids[0].clone()))
        }
        (Some(MainSubject::Many(_)), Some(ids)) => Some(MainSubject::Many(ids)),
        (subject, _) => subject,
    }
}

/// "The Kyrgyz presidential office said ... The office accused Tajikistan ...": a common noun
/// for a body of people (`dictionary::BODY_NOUNS`) that names no actor itself, with one actor
/// among its modifiers (an adjective, a compound, a possessive or an "of" phrase), is that
/// actor's body, which a later "the office" refers to.
fn bodies_named(v: &View<'_>, all: &[Mention], dict: &mut DictionaryActors<'_>) {
    for x in 0..v.s.words.len() {
        if v.s.words[x].upos != Upos::Noun || v.mention[x].is_some() || v.dict[x].is_some() {
            continue;
        }
        let owners: Vec<&String> = v.children[x]
            .iter()
            .copied()
            .filter(|&c| match v.rel(c) {
                Deprel::Amod | Deprel::Compound | Deprel::NmodPoss => true,
                Deprel::Nmod => v.case_of(c).as_deref() == Some("of"),
                _ => false,
            })
            .filter_map(|c| v.mention[c].or(v.dict[c]))
            .flat_map(|m| match &all[m].referent {
                Referent::Actors(ids) => ids.iter().collect(),
                _ => Vec::new(),
            })
            .collect();
        if let [id] = owners.as_slice() {
            dict.named_by_phrase(id, &v.s.words[x].form);
        }
    }
}

/// The subject of the main clause: the root's `nsubj` or `nsubj:pass`.
fn main_subject_word(v: &View<'_>) -> Option<usize> {
    let root = (0..v.s.words.len()).find(|&w| v.head(w).is_none())?;
    v.child(root, &[Deprel::Nsubj, Deprel::NsubjPass])
}

/// "The Tajik security committee said ... It called on Bishkek to ...": the word of "it" as
/// the main clause's subject, which stands for the sentence before's main subject when that
/// is one actor (see `main_subject`). In the clause of another verb, "it" is that verb's
/// subject's (see `antecedent`).
fn it_before(v: &View<'_>) -> Option<usize> {
    let k = main_subject_word(v)?;
    (v.lower(k) == "it"
        && v.s.words[k].upos == Upos::Pron
        && v.mention[k].is_none()
        && v.dict[k].is_none())
    .then_some(k)
}

/// What a sentence's main clause has as its subject, which "It" or "They" opening the next
/// sentence may stand for: one actor, no person, named by a singular subject ("Tajikistan",
/// "the ministry", "it" standing for one already) or by the possessive or "of" phrase of one
/// ("Tajikistan's security committee"); or the actors a plural subject names ("Ukrainian
/// officials", "the protesters", "X and Y", "they" standing for some already). None for a
/// person or an office named with its holder in the singular ("President X"), or a subject that
/// names no actor (an event, a thing): "it" after those is not read.
fn main_subject(
    v: &View<'_>,
    toks: &[Tok<'_>],
    all: &[Mention],
    context: &Context<'_>,
    dict: &DictionaryActors<'_>,
) -> Option<MainSubject> {
    let k = main_subject_word(v)?;
    let m = v.mention[k].or(v.dict[k]).or_else(|| {
        v.children[k].iter().copied().find_map(|c| {
            let owner = v.rel(c) == Deprel::NmodPoss
                || v.rel(c) == Deprel::Nmod && v.case_of(c).as_deref() == Some("of");
            owner.then(|| v.mention[c].or(v.dict[c])).flatten()
        })
    })?;
    let Some(Party::Actors(ids)) = party(&all[m].referent, context) else {
        return None;
    };
    let plural = matches!(v.s.words[k].xpos, Xpos::Nns | Xpos::Nnps)
        || v.lower(k) == "they"
        || ids.len() > 1;
    match ids.as_slice() {
        [] => None,
        _ if plural => Some(MainSubject::Many(ids)),
        [id] if dict
            .get(id)
            .is_some_and(|a| a.kind != crate::model::ActorKind::Person)
            && !mentions::titled_person(toks, &all[m]) =>
        {
            Some(MainSubject::One(id.clone()))
        }
        _ => None,
    }
}

/// What a suicide bombing's doer is called ("a suicide bomber", "suicide attackers").
const SUICIDE_AGENTS: &[&str] = &["bomber", "bombers", "attacker", "attackers"];

/// The violent codes a suicide bombing (1831) takes precedence over, the codebook's rule for
/// car bombings (1832): the residual ones and the bombings, not an abduction or an
/// assassination.
const SUICIDE_REPLACES: &[&str] = &["180", "183", "1832", "1833", "190", "193", "194", "195"];

/// In the events of `lists`: "a suicide bomber blew himself up at a mosque, killing 59
/// people": violence whose source the sentence names as a suicide bomber or attacker is a
/// suicide bombing (1831). One pass over the sentence's mentions.
fn suicide_attacks(lists: [&mut [Found<'_>]; 2], toks: &[Tok<'_>], all: &[Mention]) {
    let bombers: Vec<&[String]> = all
        .iter()
        .filter_map(|m| match &m.referent {
            Referent::Actors(ids)
                if (m.first.max(1)..m.last.min(toks.len())).any(|k| {
                    toks[k - 1].lower == "suicide"
                        && SUICIDE_AGENTS.contains(&toks[k].lower.as_str())
                }) =>
            {
                Some(ids.as_slice())
            }
            _ => None,
        })
        .collect();
    if bombers.is_empty() {
        return;
    }
    let Some(p) = suicide_bombing_pattern() else {
        return;
    };
    let [a, b] = lists;
    for g in a.iter_mut().chain(b.iter_mut()) {
        if SUICIDE_REPLACES.contains(&g.pattern.event_type.code.as_str())
            && matches!(&g.source, Party::Actors(ids) if bombers.contains(&ids.as_slice()))
        {
            g.pattern = p;
        }
    }
}

/// In the events of `lists`: "the junta bombed a village in Sagaing, killing 50 people": where
/// one violent act (CAMEO 18-20) of a sentence falls on a sector of a state (the village's
/// people) and another of the same doer on the same sector with no state ("people"), they are
/// the same people, of that state. A sentence whose acts fall on that sector of two states
/// leaves them as they are.
fn victims_named_twice(lists: [&mut [Found<'_>]; 2], dict: &mut DictionaryActors<'_>) {
    let date = dict.published().map(DateSpan::day);
    let violent = |g: &Found<'_>| (18..=20).contains(&g.pattern.event_type.root_number());
    // The (source, sector, state code) of each violent act on a sector of a state.
    let mut owned: Vec<(Party, String, String)> = Vec::new();
    let [a, b] = lists;
    for g in a.iter().chain(b.iter()).filter(|g| violent(g)) {
        let Some(Party::Actors(target)) = &g.target else {
            continue;
        };
        let [target] = target.as_slice() else {
            continue;
        };
        let Some(state) = dict.state_at(target, date.as_ref()) else {
            continue;
        };
        let (Some(actor), Some(country)) = (dict.get(target), dict.get(&state)) else {
            continue;
        };
        if country.code.len() == 3
            && actor.code.len() == 6
            && let Some(sector) = actor.code.strip_prefix(country.code.as_str())
        {
            owned.push((g.source.clone(), sector.to_owned(), country.code.clone()));
        }
    }
    for g in a.iter_mut().chain(b.iter_mut()).filter(|g| violent(g)) {
        let Some(Party::Actors(target)) = &g.target else {
            continue;
        };
        let [target] = target.as_slice() else {
            continue;
        };
        let Some(sector) = dict.get(target).map(|a| a.code.clone()) else {
            continue;
        };
        let mut states: Vec<&String> = owned
            .iter()
            .filter(|(source, s, _)| *source == g.source && *s == sector)
            .map(|(_, _, c)| c)
            .collect();
        states.sort();
        states.dedup();
        let [code] = states.as_slice() else {
            continue;
        };
        if let Some(id) = dict.agent_of_country_in(target, code, &[sector.as_str()]) {
            g.target = Some(Party::Actors(vec![id]));
        }
    }
}

/// In the events of `lists`: "Russian forces shelled Kherson, killing three civilians, Ukrainian
/// officials said": those a violent act (CAMEO 18-20) of one state's side kills or harms,
/// civilians, soldiers or an agent of a domestic sector that no word gives a state, are of
/// the other state when the sentence names exactly one state besides the doer's. A sentence
/// that names a third state, or none, leaves them as they are.
fn victims_of_the_other_state(
    lists: [&mut [Found<'_>]; 2],
    all: &[Mention],
    dict: &mut DictionaryActors<'_>,
) {
    let date = dict.published().map(DateSpan::day);
    let mut states: Vec<String> = Vec::new();
    for m in all {
        if let Referent::Actors(ids) = &m.referent {
            for state in ids
                .iter()
                .filter_map(|id| dict.state_named_by(id, date.as_ref()))
            {
                if !states.contains(&state) {
                    states.push(state);
                }
            }
        }
    }
    if states.len() != 2 {
        return;
    }
    // Civilians and soldiers as well as the domestic sectors; not armed groups, whose fighters
    // a state's strike abroad need not find of that state ("Turkish drones killed 12 militants
    // in northern Iraq").
    let victims = [dictionary::DOMESTIC_SECTORS, &["CVL", "MIL"]].concat();
    for g in lists.into_iter().flat_map(|l| l.iter_mut()) {
        if !(18..=20).contains(&g.pattern.event_type.root_number()) {
            continue;
        }
        let (Party::Actors(source), Some(Party::Actors(target))) = (&g.source, &g.target) else {
            continue;
        };
        let [target] = target.as_slice() else {
            continue;
        };
        let doers: Vec<String> = source
            .iter()
            .filter_map(|id| dict.state_at(id, date.as_ref()))
            .collect();
        let [doer] = doers.as_slice() else {
            continue;
        };
        if doers.len() != source.len()
            || !states.contains(doer)
            || dict.state_at(target, date.as_ref()).is_some()
        {
            continue;
        }
        let Some(other) = states.iter().find(|s| *s != doer) else {
            continue;
        };
        let Some(code) = dict
            .get(other)
            .map(|a| a.code.clone())
            .filter(|c| c.len() == 3)
        else {
            continue;
        };
        if let Some(owned) = dict.agent_of_country_in(target, &code, &victims) {
            g.target = Some(Party::Actors(vec![owned]));
        }
    }
}

/// In the events of `lists` (the parse's and the word-pattern finder's, one pass over the
/// sentence's mentions for both): "Islamic fundamentalists went on hunger strike to demand the
/// resignation of the Algerian president", "journalists appealed to the Sudanese government":
/// an agent of a domestic
/// sector that no word gives a state (`dictionary::DOMESTIC_SECTORS`) is of the other party's
/// state when every actor the sentence names is of that one state. CAMEO codes such an event
/// as the domestic one it is, both sides of one state; a sentence that names a second state
/// leaves the agent as it is ("France offered troops to a force in X": whose troops is not
/// said), and so does a word of the agent's own for abroad or a region ("a European court",
/// "foreign journalists").
fn domestic_agents(
    lists: [&mut [Found<'_>]; 2],
    toks: &[Tok<'_>],
    all: &[Mention],
    dict: &mut DictionaryActors<'_>,
) {
    if lists.iter().all(|l| l.is_empty()) {
        return;
    }
    // The state of each actor the sentence names (a person's through the role held at
    // publication; an armed group's or organisation's country is no state's side: "police
    // raided a Taliban depot" names no state): one, or nothing to do.
    let date = dict.published().map(DateSpan::day);
    let mut named: Option<String> = None;
    for m in all {
        if let Referent::Actors(ids) = &m.referent {
            for state in ids
                .iter()
                .filter_map(|id| dict.state_named_by(id, date.as_ref()))
            {
                match &named {
                    Some(n) if *n != state => return,
                    Some(_) => {}
                    None => named = Some(state),
                }
            }
        }
    }
    let Some(state) = named else {
        return;
    };
    let Some(code) = dict
        .get(&state)
        .map(|a| a.code.clone())
        .filter(|c| c.len() == 3)
    else {
        return;
    };
    // The agents a mention with a word for abroad or a region in it or right before it names
    // ("a European court": the dictionary's mention may be "court" alone); one pass over the
    // sentence's mentions, so that a long sentence costs no more per word.
    let mut from_elsewhere: std::collections::HashSet<&str> = Default::default();
    for m in all {
        if let Referent::Actors(ids) = &m.referent
            && let [id] = ids.as_slice()
            && (m.first.saturating_sub(1)..m.last.min(toks.len())).any(|k| {
                ABROAD.contains(&toks[k].lower.as_str())
                    || VESSELS.contains(&toks[k].lower.as_str())
            })
        {
            from_elsewhere.insert(id);
        }
    }
    let from_elsewhere = |id: &str| from_elsewhere.contains(id);
    let of_state = |dict: &DictionaryActors<'_>, party: &Party| match party {
        Party::Actors(ids) => {
            !ids.is_empty()
                && ids
                    .iter()
                    .all(|id| dict.state_at(id, date.as_ref()).as_ref() == Some(&state))
        }
        _ => false,
    };
    let single = |party: &Party| match party {
        Party::Actors(ids) if ids.len() == 1 => Some(ids[0].clone()),
        _ => None,
    };
    // A government acting on the state itself is not that state's ("the minister thanked
    // Kenya": Kenya's minister would be thanking his own state), nor one the state acts on,
    // where other sectors are (CAMEO codes "clerics condemned Egypt" as Egypt's clergy against
    // Egypt).
    let bare = |party: &Party| matches!(party, Party::Actors(ids) if *ids == [state.clone()]);
    let government =
        |dict: &mut DictionaryActors<'_>, id: &str| dict.get(id).is_some_and(|a| a.code == "GOV");
    // But a people's protest against "the government" is against its own ("Israelis
    // demonstrated against the government").
    let protest = |g: &Found<'_>| g.pattern.event_type.root_number() == 14;
    // Whether the state is named as a place ("in Dhaka", "across Serbia"), where two sides of
    // no state may be of it ("police arrested people accused of working for Iran" names Iran
    // as no place).
    let placed = all.iter().any(|m| {
        matches!(&m.referent, Referent::Actors(ids)
            if ids.iter().any(|id| dict.state_named_by(id, date.as_ref()).as_ref() == Some(&state)))
            && m.first > 0
            && toks
                .get(m.first - 1)
                .is_some_and(|t| PLACE_PREPOSITIONS.contains(&t.lower.as_str()))
    });
    for g in lists.into_iter().flat_map(|l| l.iter_mut()) {
        let Some(target) = g.target.clone() else {
            if placed {
                domestic_pair(g, dict, &code, date.as_ref(), &from_elsewhere);
            }
            continue;
        };
        if of_state(dict, &target)
            && let Some(id) = single(&g.source)
            && !(bare(&target) && government(dict, &id))
            && !from_elsewhere(&id)
            && let Some(owned) = dict.agent_of_country(&id, &code)
        {
            g.source = Party::Actors(vec![owned]);
        } else if of_state(dict, &g.source)
            && let Some(id) = single(&target)
            && !(bare(&g.source) && government(dict, &id) && !protest(g))
            && !from_elsewhere(&id)
            && let Some(owned) = dict.agent_of_country(&id, &code)
        {
            g.target = Some(Party::Actors(vec![owned]));
        } else if placed {
            domestic_pair(g, dict, &code, date.as_ref(), &from_elsewhere);
        }
    }
}

/// Prepositions of a place where an act happens.
const PLACE_PREPOSITIONS: &[&str] = &["in", "across", "throughout", "outside", "near", "at"];

/// In event `g`: "Thousands marched in Belgrade against the government", "police and
/// protesters clashed in Nairobi": the agents of no state on both sides (or the pair of a
/// mutual act), where the sentence names one state (`code`) and names it as a place, are all
/// of it; only when each is of a domestic sector, civilians or soldiers ("gunmen attacked
/// police" keeps its gunmen).
fn domestic_pair(
    g: &mut Found<'_>,
    dict: &mut DictionaryActors<'_>,
    code: &str,
    date: Option<&DateSpan>,
    from_elsewhere: &dyn Fn(&str) -> bool,
) {
    let Party::Actors(source) = &g.source else {
        return;
    };
    let target: &[String] = match &g.target {
        Some(Party::Actors(ids)) if ids.len() == 1 => ids,
        None if source.len() > 1 => &[],
        _ => return,
    };
    let sectors = [dictionary::DOMESTIC_SECTORS, &["CVL", "MIL"]].concat();
    let mut owned = Vec::new();
    for id in source.iter().chain(target) {
        if from_elsewhere(id) || dict.state_at(id, date).is_some() {
            return;
        }
        match dict.agent_of_country_in(id, code, &sectors) {
            Some(o) => owned.push(o),
            None => return,
        }
    }
    let target = owned.split_off(source.len());
    g.source = Party::Actors(owned);
    if !target.is_empty() {
        g.target = Some(Party::Actors(target));
    }
}

/// Ships and airliners: a state's forces seize or strike them at sea or in the air, where
/// their owners are seldom of that state ("Iran seized a tanker in the Gulf" says nothing of
/// an Iranian business), so the domestic rule gives them no state.
const VESSELS: &[&str] = &[
    "ship",
    "ships",
    "tanker",
    "tankers",
    "vessel",
    "vessels",
    "freighter",
    "freighters",
    "boat",
    "boats",
    "trawler",
    "trawlers",
    "airliner",
    "airliners",
];

/// Words that say an agent is from abroad or of a region, not of the state its sentence names.
const ABROAD: &[&str] = &[
    "foreign",
    "international",
    "regional",
    "global",
    "world",
    "overseas",
    "exiled",
    "expatriate",
    "european",
    "african",
    "arab",
    "asian",
    "western",
    "latin",
    "gulf",
];

/// What the parse says about a sentence's dates, per token of the sentence.
#[derive(Debug, Default)]
pub struct DateLinks {
    /// For the first token of a date phrase, the first token of the trigger it modifies (see
    /// `date_owner_of`).
    pub modifies: Vec<Option<usize>>,
    /// For the first token of an event noun's trigger, the first token of the verb's trigger
    /// that takes it as object, whose date it shares ("sent military aid to Mali on Monday"),
    /// and the other way round.
    pub shares: Vec<Option<usize>>,
}

impl DateLinks {
    fn reset(&mut self, tokens: usize) {
        for v in [&mut self.modifies, &mut self.shares] {
            v.clear();
            v.resize(tokens, None);
        }
    }
}

/// The trigger a date phrase that starts at word `w` modifies, by the parse: up from `w`
/// through the relations inside a noun phrase and of an oblique or adverbial ("on Wednesday",
/// "last week", "two days ago", "the raid of 3 May") to the first word that is a trigger (the
/// first token of that trigger, from `trigger_at`, which maps a token to it). `None` when a
/// verb that is no trigger comes first ("said on Monday that ..."), or a relation of another
/// kind: the date is then left to its nearest trigger (see `extract::extract_with`).
fn date_owner_of(
    v: &View<'_>,
    w: usize,
    trigger_at: &dyn Fn(usize) -> Option<usize>,
) -> Option<usize> {
    use Deprel::*;
    let mut x = w;
    for _ in 0..6 {
        if !matches!(
            v.rel(x),
            Amod | Det
                | Nummod
                | Compound
                | Flat
                | Case
                | Fixed
                | Advmod
                | Nmod
                | NmodUnmarked
                | Obl
                | OblUnmarked
        ) {
            return None;
        }
        let h = v.head(x)?;
        if let Some(t) = trigger_at(v.tok[h]) {
            return Some(t);
        }
        if matches!(v.s.words[h].upos, Upos::Verb | Upos::Aux) {
            // "held talks in Brussels on Sunday": a date of a verb that reports no act of its
            // own is the date of the event noun it takes as object.
            return v.children[h]
                .iter()
                .find(|&&o| v.rel(o) == Obj)
                .and_then(|&o| trigger_at(v.tok[o]));
        }
        x = h;
    }
    None
}

/// `text` with its double quotation marks (straight, curly and guillemets) blanked out, byte for
/// byte, so that every word keeps its offsets. The parser learnt from treebanks of web and
/// spoken text, where a sentence seldom opens with a quotation mark, and reads news quotations
/// badly: after an opening mark, "Peru called the Foreign Ministry of Chile at 08:30 ..." had
/// the ministry as an `xcomp` of "called", and the call lost its target. A quotation mark tells the coder nothing the parse needs (the
/// quotation's scope comes from the word-pattern tokens), so the parser never sees one.
fn without_quotation_marks(text: &str) -> std::borrow::Cow<'_, str> {
    const MARKS: [char; 6] = ['"', '“', '”', '«', '»', '„'];
    if !text.contains(MARKS) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if MARKS.contains(&c) {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Drops the word-pattern finder's events whose trigger starts at one of `words`, saying why.
fn drop_found_at(
    v: &View<'_>,
    words: &[usize],
    found: &mut Vec<Found<'_>>,
    skipped: &mut Vec<Skipped>,
    reason: &'static str,
) {
    found.retain(|g| {
        let at = words.iter().any(|&w| v.tok[w] == g.trigger.0);
        if at {
            skipped.push(Skipped {
                at: g.trigger.0,
                words: g.pattern.words.clone(),
                reason,
            });
        }
        !at
    });
}

/// Drops an event with no target whose trigger spans the trigger of the same act, by the same
/// source, with a target: "offered to hold talks with X" is found as "offer talks" (no target)
/// and as "hold talks with X", announced (036 both); the two are one offer, to X.
pub(super) fn drop_targetless_twins(found: &mut Vec<Found<'_>>, skipped: &mut Vec<Skipped>) {
    let twin = |f: &Found<'_>, g: &Found<'_>| {
        g.target.is_some()
            && !g.mutual_pairs
            && g.source == f.source
            && f.trigger.0 <= g.trigger.0
            && g.trigger.0 < f.trigger.1
            && effective_type(f) == effective_type(g)
    };
    // `found` is in trigger order: the triggers inside one's span are a slice of it.
    let drop: Vec<bool> = found
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let from = found.partition_point(|g| g.trigger.0 < f.trigger.0);
            let to = found.partition_point(|g| g.trigger.0 < f.trigger.1);
            f.target.is_none()
                && !f.mutual_pairs
                && (from..to).any(|j| j != i && twin(f, &found[j]))
        })
        .collect();
    let mut k = 0;
    found.retain(|f| {
        k += 1;
        if drop[k - 1] {
            skipped.push(Skipped {
                at: f.trigger.0,
                words: f.pattern.words.clone(),
                reason: "the same act found inside it with its target",
            });
        }
        !drop[k - 1]
    });
}

/// The event type `f` codes: its pattern's, or the intent of it when the act is announced.
fn effective_type(f: &Found<'_>) -> &'static crate::model::EventType {
    let t = f.pattern.event_type;
    if f.intent {
        Codebook::get().intent_of(&t.code).unwrap_or(t)
    } else {
        t
    }
}

/// Adds `f` unless the word-pattern finder found the same trigger; then widens that one's
/// source or target when the parse's is a strict superset (a coordination it did not take).
fn merge<'l>(found: &mut [Found<'l>], out: &mut Vec<Found<'l>>, f: Found<'l>) {
    let same = found
        .iter_mut()
        .find(|g| g.trigger.0 <= f.trigger.0 && f.trigger.0 < g.trigger.1.max(g.trigger.0 + 1));
    match same {
        Some(g) => {
            // The parse's reading of the same trigger, for `--explain` (replaced below when it
            // corrects the word-pattern finder's source or target).
            if g.parse.is_empty() {
                g.parse = f.parse.clone();
            }
            // "pledged military aid to X", "sent arms to X": the aid rule's kind of aid (0332,
            // 072) replaces the general code of the same root the verb's pattern gives
            // ("pledge": 030, "send aid to": 070).
            if Rule::AidGiven.made(f.pattern) {
                let (old, new) = (effective_type(g), effective_type(&f));
                if old.code.len() == 3
                    && old.code.ends_with('0')
                    && old.root_number() == new.root_number()
                    && old.code != new.code
                {
                    g.pattern = f.pattern;
                    g.intent = f.intent;
                    g.parse = f.parse.clone();
                }
            }
            // The word-pattern finder sees no tense: the parse says when the act is announced.
            g.intent |= f.intent;
            // "agreed to open its airports to X": the parse's reading of agreeing to an act
            // (one way, to the act's actor) replaces the finder's mutual "agree to".
            if g.pattern.mutual && agreed_act_pattern().is_some_and(|p| std::ptr::eq(p, f.pattern))
            {
                g.pattern = f.pattern;
                g.target = f.target.clone();
                g.mutual_pairs = false;
                g.how
                    .retain(|c| !matches!(c, Clue::Parties | Clue::Object | Clue::Between));
                g.how.push(Clue::Object);
                g.parse = f.parse.clone();
            }
            // The parse's subject wins over a guess by word order ("Pakistan, a key U.S. ally,
            // criticised India": not the U.S.), and its object over the article's parties and
            // over the first actor after the verb.
            let guessed_source = !g
                .how
                .iter()
                .any(|c| matches!(c, Clue::PassiveAgent | Clue::Speaker | Clue::ActsAs));
            if guessed_source
                && f.how.contains(&Clue::SubjectNext)
                && matches!(f.source, Party::Actors(_))
            {
                g.source = f.source.clone();
                g.how.retain(|c| {
                    !matches!(
                        c,
                        Clue::NearestSubject | Clue::CoordinatedSubject | Clue::SubjectNext
                    )
                });
                g.how.insert(0, Clue::SubjectNext);
                g.parse = f.parse.clone();
            }
            // The parse's passive with its "by" agent wins over word order ("X, backed by Y,
            // retook the town": Y backed X, not X Y).
            if guessed_source
                && f.how.contains(&Clue::PassiveAgent)
                && matches!(f.source, Party::Actors(_))
                && !g.how.contains(&Clue::Passive)
            {
                g.source = f.source.clone();
                g.target = f.target.clone();
                g.mutual_pairs = f.mutual_pairs;
                g.how = f.how.clone();
                g.parse = f.parse.clone();
            }
            // The parse's "by" agent wins over the word-pattern finder's, the first actor after
            // "by": it is the whole phrase ("were detained by Turkish police": the police,
            // not Turkey).
            if g.how.contains(&Clue::PassiveAgent)
                && f.how.contains(&Clue::PassiveAgent)
                && matches!(&f.source, Party::Actors(a) if !a.is_empty())
            {
                g.source = f.source.clone();
                g.parse = f.parse.clone();
            }
            // An event noun's own actor ("a visit by X to Y", "X's visit") wins over the
            // nearest actor before it or the subject of the verb before it ("Beijing
            // condemned the visit of X to Y"), and its own target over the first one after it.
            if (g.how.contains(&Clue::NearestSubject) || g.how.contains(&Clue::SubjectNext))
                && !g.mutual_pairs
                && f.pattern.nominal
                && f.how.contains(&Clue::Modifier)
                && matches!(f.source, Party::Actors(_))
            {
                g.source = f.source.clone();
                if f.target.is_some() {
                    g.target = f.target.clone();
                }
                g.how = f.how.clone();
                g.parse = f.parse.clone();
            }
            // The parse's object wins over the first actor after the verb ("Iraqi police
            // arrested two protesters in Baghdad": the protesters, not Baghdad's state), and so
            // does the place of a material act ("reimposed a blockade in X after the deaths of
            // two Y": X).
            if (g.how.contains(&Clue::Parties) || g.how.contains(&Clue::Object))
                && (!f.pattern.nominal
                    && (f.how.contains(&Clue::Object) || f.how.contains(&Clue::WithAgainst))
                    || f.how.contains(&Clue::Place)
                    || f.how.contains(&Clue::Befallen))
                && matches!(f.target, Some(Party::Actors(_)))
                && !g.mutual_pairs
            {
                g.target = f.target.clone();
                g.how.retain(|c| !matches!(c, Clue::Parties | Clue::Object));
                g.how.push(Clue::Object);
                g.parse = f.parse.clone();
            }
            // "Putin and Xi met in Moscow": where the parse reads a meeting of the subject's
            // members, the word-pattern finder's target by word order (the place) gives way;
            // so does its fallback to the article's other main party when its source is of
            // the pair ("The Niger junta and the Malian government signed a pact": the
            // article's party was one of the two, and the pact was lost).
            if f.mutual_pairs
                && !g.mutual_pairs
                && f.trigger.0 == g.trigger.0
                && (g.how.contains(&Clue::Object)
                    || g.how.contains(&Clue::Parties)
                        && matches!((&g.source, &f.source),
                            (Party::Actors(some), Party::Actors(pair))
                                if some.iter().all(|id| pair.contains(id))))
                && !g.how.contains(&Clue::WithAgainst)
                && matches!(f.source, Party::Actors(ref a) if a.len() > 1)
            {
                g.source = f.source.clone();
                g.target = None;
                g.mutual_pairs = true;
                g.how.retain(|c| !matches!(c, Clue::Object | Clue::Parties));
                g.how.push(Clue::PairSubject);
                g.parse = f.parse.clone();
            }
            // "Qatar hosted negotiations between the United States and the Taliban": the pair
            // the parse names for an event noun wins over the word-pattern finder's source by
            // word order and the article's parties (it sees no actor it must look up in the
            // dictionaries, such as "the Taliban").
            if f.mutual_pairs
                && !g.mutual_pairs
                && f.how.contains(&Clue::Between)
                && !g.how.contains(&Clue::Between)
                && g.target
                    .as_ref()
                    .is_none_or(|t| matches!(t, Party::Parties(_)))
                && matches!(f.source, Party::Actors(ref a) if a.len() > 1)
            {
                g.source = f.source.clone();
                g.target = None;
                g.mutual_pairs = true;
                g.how = f.how.clone();
                g.parse = f.parse.clone();
            }
            // "X and Y held joint drills with Z": where the parse gives a mutual act of the
            // subject a counterpart in a "with" phrase, the act is between the subject's
            // members and it (as "X and Y held talks with Z"), not among the members alone.
            if g.mutual_pairs
                && !f.mutual_pairs
                && g.pattern.mutual
                && f.how.contains(&Clue::WithAgainst)
                && matches!(f.source, Party::Actors(_))
                && matches!(f.target, Some(Party::Actors(_)))
            {
                g.source = f.source.clone();
                g.target = f.target.clone();
                g.mutual_pairs = false;
                g.how = f.how.clone();
                g.parse = f.parse.clone();
            }
            // "Hamas militants were arrested by Egyptian police": the parse's target where the
            // word-pattern finder found none.
            if g.target.is_none()
                && !g.mutual_pairs
                && !f.mutual_pairs
                && matches!(f.target, Some(Party::Actors(_)))
            {
                g.target = f.target.clone();
                g.how.push(Clue::Object);
                g.parse = f.parse.clone();
            }
            if let (Party::Actors(old), Party::Actors(new)) = (&g.source, &f.source)
                && new.len() > old.len()
                && old.iter().all(|a| new.contains(a))
            {
                g.source = f.source.clone();
            }
            if let (Some(Party::Actors(old)), Some(Party::Actors(new))) = (&g.target, &f.target)
                && new.len() > old.len()
                && old.iter().all(|a| new.contains(a))
            {
                g.target = f.target.clone();
            }
        }
        None => {
            // "impose sanctions on X" and its noun "sanctions on X" are one event.
            match out.iter_mut().find(|g| {
                g.trigger.0 <= f.trigger.0 && f.trigger.0 < g.trigger.1.max(g.trigger.0 + 1)
            }) {
                None => out.push(f),
                // "offered to hold talks with the rebels": the act inside a wider trigger
                // ("offer talks") gives that trigger the target it lacks, when the two code
                // the same (the talks announced are the offer).
                Some(g) => {
                    if g.target.is_none()
                        && !g.mutual_pairs
                        && !f.mutual_pairs
                        && g.pattern.target != TargetRule::None
                        && matches!(&f.target, Some(Party::Actors(a)) if !a.is_empty())
                        && effective_type(g) == effective_type(&f)
                    {
                        g.target = f.target;
                        g.how.push(Clue::Object);
                        g.parse = f.parse;
                    }
                }
            }
        }
    }
}

/// A pattern for every CAMEO code, so that events coded by a rule rather than a lexicon entry
/// travel as the lexicon's do (`Found` refers to a pattern); `words` names the rule with the
/// code, `origin` where it comes from.
fn rule_patterns(words: &str, origin: &str) -> Vec<Pattern> {
    Codebook::get()
        .iter()
        .map(|t| rule_pattern_of(t, words, origin))
        .collect()
}

/// The rule pattern of one event type (see [`rule_patterns`]).
fn rule_pattern_of(
    event_type: &'static crate::model::EventType,
    words: &str,
    origin: &str,
) -> Pattern {
    Pattern {
        words: format!("{words} {}", event_type.code),
        forms: vec![Vec::new()],
        gap: 0,
        event_type,
        before: Vec::new(),
        target: TargetRule::Object,
        mutual: false,
        nominal: false,
        origin: origin.to_string(),
    }
}

/// The one pattern of a rule that always gives `code`, made on first use.
fn fixed_rule_pattern(
    cell: &'static OnceLock<Option<Pattern>>,
    words: &str,
    origin: &str,
    code: &str,
) -> Option<&'static Pattern> {
    cell.get_or_init(|| {
        Codebook::get()
            .code(code)
            .map(|t| rule_pattern_of(t, words, origin))
    })
    .as_ref()
}

/// The rules whose events carry a pattern of every CAMEO code (see [`rule_patterns`]), so that
/// an event's summary names the rule that coded it rather than a lexicon entry.
#[derive(Clone, Copy)]
enum Rule {
    /// The events the verb dictionary codes.
    Dictionary,
    /// Aid given ("X sent arms to Y", `given`).
    AidGiven,
    /// Aid received ("X received weapons from Y", `received`).
    AidReceived,
    /// The demands a verb of telling makes ("X told Y to ...", `told`).
    Told,
    /// The demands read off an obligation ("X said that Y must ...", `demand`).
    Demand,
}

impl Rule {
    /// How many rules there are.
    const COUNT: usize = 5;

    /// The rule's name and origin, as an event's summary gives them.
    fn words_and_origin(self) -> (&'static str, &'static str) {
        match self {
            Rule::Dictionary => ("verb dictionary", "PETRARCH-2 CAMEO.2.0.txt"),
            Rule::AidGiven => ("X gave aid to Y", "casus: aid given, docs/extraction.md"),
            Rule::AidReceived => (
                "X received aid from Y",
                "casus: aid received, its giver the source, docs/extraction.md",
            ),
            Rule::Told => (
                "X told Y to ...",
                "casus: a demand told to its addressee, docs/extraction.md",
            ),
            Rule::Demand => (
                "X said that Y must ...",
                "casus: an obligation in a reported clause, docs/extraction.md",
            ),
        }
    }

    /// Whether `pattern` is one of the rule's.
    fn made(self, pattern: &Pattern) -> bool {
        pattern.origin == self.words_and_origin().1
    }

    /// The rule's pattern of code `code`; each rule's patterns are made once, on first use.
    fn pattern(self, code: &str) -> Option<&'static Pattern> {
        static PATTERNS: [OnceLock<Vec<Pattern>>; Rule::COUNT] =
            [const { OnceLock::new() }; Rule::COUNT];
        let (words, origin) = self.words_and_origin();
        PATTERNS[self as usize]
            .get_or_init(|| rule_patterns(words, origin))
            .iter()
            .find(|p| p.event_type.code == code)
    }
}

/// The pattern of agreeing to an act the coder does not code (030, an intent to cooperate), so
/// that the event's summary names the rule.
fn agreed_act_pattern() -> Option<&'static Pattern> {
    static PATTERN: OnceLock<Option<Pattern>> = OnceLock::new();
    fixed_rule_pattern(
        &PATTERN,
        "agree to + an act",
        "casus: agreeing to an act, docs/extraction.md",
        "030",
    )
}

/// The actors of the `role` argument (its object, its subject) of each adverbial clause of
/// verb `w` that one of `marks` opens: the object of a purpose ("to disperse X"), the subject
/// of a condition ("if X deploys").
fn clause_actors(
    v: &View<'_>,
    w: usize,
    marks: &[&str],
    role: Deprel,
    out: &mut Vec<usize>,
    path: &mut Vec<String>,
) {
    for &c in &v.children[w] {
        // "when" is the clause's `advmod` in UD English.
        let opened = v.rel(c) == Deprel::Advcl
            && v.children[c].iter().any(|&d| {
                matches!(v.rel(d), Deprel::Mark | Deprel::Advmod)
                    && marks.contains(&v.lower(d).as_str())
            });
        if opened && let Some(a) = v.child(c, &[role]) {
            actors(v, a, out, path);
        }
    }
}

/// Possessive pronouns that may refer back to a main clause's subject.
const POSSESSIVE_PRONOUNS: &[&str] = &["its", "their", "his", "her"];

/// For verb `w` heading an adverbial clause ("when their convoy was attacked", "after a ship
/// rammed one of its vessels", "after China deployed a ship in its waters"): the subject of
/// the clause it modifies when what the act is done to (its object, its passive subject, one
/// "of" them) or where (a phrase of its own) belongs to a possessive pronoun, which reads as
/// that subject.
fn owner_in_main_clause(v: &View<'_>, w: usize) -> Option<usize> {
    if v.rel(w) != Deprel::Advcl {
        return None;
    }
    let owned = |n: usize| {
        v.children[n].iter().any(|&d| {
            v.rel(d) == Deprel::NmodPoss && POSSESSIVE_PRONOUNS.contains(&v.lower(d).as_str())
        })
    };
    let things = v.children[w]
        .iter()
        .filter(|&&c| matches!(v.rel(c), Deprel::Obj | Deprel::NsubjPass | Deprel::Obl));
    let mut any = false;
    for &c in things {
        any |= owned(c)
            || v.children[c].iter().any(|&d| {
                v.rel(d) == Deprel::Nmod && v.case_of(d).as_deref() == Some("of") && owned(d)
            });
    }
    if !any {
        return None;
    }
    v.child(v.head(w)?, &[Deprel::Nsubj, Deprel::NsubjPass])
}

/// The party of the first of `found` (mentions in text order) that is none of the source's
/// and more than an agent of no country: a target read from a phrase around the act.
fn first_other_party(
    found: Vec<usize>,
    src: &[usize],
    all: &[Mention],
    dict: &DictionaryActors<'_>,
    context: &Context<'_>,
) -> Option<Party> {
    let first = found
        .into_iter()
        .find(|m| !src.contains(m) && !countryless_agent(&all[*m], dict))?;
    party_of(&[first], all, context)
}

/// The mentions a clause of purpose names, in text order: the clauses that say what an act
/// was for ("to demand the resignation of X", "calling for the removal of X", "demanding that
/// X step down", "in protest of X's refusal"), hung on the act's word `w` or, for a noun, on
/// the verb it is the object of ("began a hunger strike to protest X's decision"); their
/// objects, oblique phrases and the subjects of their own clauses, followed through modifiers,
/// never the purpose's own subject.
fn purpose_actors(v: &View<'_>, w: usize) -> Vec<usize> {
    // The head of the act's phrase ("strike" of "hunger strike").
    let w = match v.head(w) {
        Some(h) if v.rel(w) == Deprel::Compound => h,
        _ => w,
    };
    let mut hosts = vec![w];
    if v.s.words[w].upos != Upos::Verb
        && v.rel(w) == Deprel::Obj
        && let Some(h) = v.head(w)
    {
        hosts.push(h);
    }
    let mut found: Vec<(usize, usize)> = Vec::new();
    for host in hosts {
        for &c in &v.children[host] {
            let purpose = matches!(v.rel(c), Deprel::Advcl | Deprel::Xcomp | Deprel::Acl)
                && v.s.words[c].upos == Upos::Verb
                && (v.s.words[c].xpos == Xpos::Vbg
                    || v.children[c]
                        .iter()
                        .any(|&d| v.rel(d) == Deprel::Mark && v.lower(d) == "to"))
                // "in protest of X's refusal", "in protest at X".
                || v.rel(c) == Deprel::Obl
                    && v.lemma(c).eq_ignore_ascii_case("protest")
                    && v.case_of(c).as_deref() == Some("in");
            if !purpose {
                continue;
            }
            let mut stack = vec![(c, 0usize)];
            while let Some((x, depth)) = stack.pop() {
                if x != c
                    && let Some(m) = v.mention[x].or(v.dict[x])
                {
                    found.push((x, m));
                    continue;
                }
                if depth >= 4 {
                    continue;
                }
                for &d in &v.children[x] {
                    let follow = match v.rel(d) {
                        Deprel::Obj
                        | Deprel::Obl
                        | Deprel::Nmod
                        | Deprel::NmodPoss
                        | Deprel::Ccomp
                        | Deprel::Amod
                        | Deprel::Compound => true,
                        Deprel::Nsubj | Deprel::NsubjPass => x != c,
                        _ => false,
                    };
                    if follow {
                        stack.push((d, depth + 1));
                    }
                }
            }
        }
    }
    found.sort_unstable();
    found.into_iter().map(|(_, m)| m).collect()
}

/// The words of a threat at word `w`: `w`, the verbs above it up to the one that threatens
/// (for an act named by a noun: "threatened to launch an offensive"), and the acts these
/// threaten, down their complements ("threatened to stop talks to reduce arms").
fn threatened_acts(v: &View<'_>, w: usize) -> Vec<usize> {
    let mut acts = vec![w];
    let mut x = w;
    for _ in 0..3 {
        match v.head(x) {
            Some(h) if matches!(v.rel(x), Deprel::Obj | Deprel::Xcomp | Deprel::Compound) => {
                acts.push(h);
                x = h;
            }
            _ => break,
        }
    }
    let mut i = 0;
    while i < acts.len() && acts.len() < 12 {
        for &c in &v.children[acts[i]] {
            if matches!(v.rel(c), Deprel::Xcomp | Deprel::Ccomp) && !acts.contains(&c) {
                acts.push(c);
            }
        }
        i += 1;
    }
    acts
}

/// The mentions the arguments of `acts` name, in text order: their objects and their phrases
/// of direction or place ("to X", "against X", "on X", "in X", "with X"), and those phrases
/// of an object or oblique noun that names no actor ("blows to X", "a war with X").
fn acts_arguments(v: &View<'_>, acts: &[usize]) -> Vec<usize> {
    const TOWARD: &[&str] = &[
        "to", "against", "on", "in", "into", "at", "with", "toward", "towards",
    ];
    let aimed = |c: usize| {
        matches!(v.rel(c), Deprel::Obj | Deprel::Iobj)
            || v.rel(c) == Deprel::Obl && v.case_of(c).is_some_and(|p| TOWARD.contains(&p.as_str()))
    };
    let mut found: Vec<(usize, usize)> = Vec::new();
    for &a in acts {
        for &c in v.children[a].iter().filter(|&&c| aimed(c)) {
            if let Some(m) = v.mention[c].or(v.dict[c]) {
                found.push((c, m));
                continue;
            }
            for &d in &v.children[c] {
                if v.rel(d) == Deprel::Nmod
                    && v.case_of(d).is_some_and(|p| TOWARD.contains(&p.as_str()))
                    && let Some(m) = v.mention[d].or(v.dict[d])
                {
                    found.push((d, m));
                }
            }
        }
    }
    found.sort_unstable();
    found.into_iter().map(|(_, m)| m).collect()
}

/// Verbs of destroying a thing; "blow" only with "up".
const DESTROYING: &[&str] = &[
    "destroy", "demolish", "raze", "torch", "burn", "bulldoze", "wreck", "flatten", "dynamite",
    "sabotage",
];

/// Whether verb `w` destroys its object ("destroyed", "blew up").
fn destroys(v: &View<'_>, w: usize) -> bool {
    let lemma = v.lemma(w).to_lowercase();
    DESTROYING.contains(&lemma.as_str())
        || lemma == "blow"
            && v.children[w]
                .iter()
                .any(|&c| v.rel(c) == Deprel::CompoundPrt && v.lower(c) == "up")
}

/// Whether word `k` is the "bomber" of a "suicide bomber", a person and not the aircraft of
/// the verb dictionary's `&AIRCRAFT` ("a suicide bomber blew himself up" is no air strike).
fn suicide_bomber(v: &View<'_>, k: usize) -> bool {
    k > 0 && v.lower(k - 1) == "suicide" && v.lemma(k).eq_ignore_ascii_case("bomber")
}

/// The pattern of a bombing by a state's forces (195), so that the event's summary names the
/// rule.
fn state_bombing_pattern() -> Option<&'static Pattern> {
    static PATTERN: OnceLock<Option<Pattern>> = OnceLock::new();
    fixed_rule_pattern(
        &PATTERN,
        "a bombing by a state's forces",
        "casus: a state's bombing is aerial, docs/extraction.md",
        "195",
    )
}

/// Nouns of land held, besides the verb dictionary's `&TOWN` (town, city, village ...).
const LAND: &[&str] = &[
    "capital",
    "territory",
    "region",
    "province",
    "district",
    "area",
    "airport",
    "airfield",
    "stronghold",
    "port",
    "island",
    "peninsula",
    "enclave",
    "border",
    "crossing",
];

/// Whether word `o` (a verb's object) names land: a town or another noun of held ground.
fn is_land(v: &View<'_>, verbs: &VerbDictionary, o: usize) -> bool {
    let lemma = v.lemma(o).to_lowercase();
    v.s.words[o].upos == Upos::Noun
        && (LAND.contains(&lemma.as_str()) || verbs.synset("TOWN").contains(&lemma))
}

/// The pattern of land seized (192), so that the event's summary names the rule.
fn land_taken_pattern() -> Option<&'static Pattern> {
    static PATTERN: OnceLock<Option<Pattern>> = OnceLock::new();
    fixed_rule_pattern(
        &PATTERN,
        "land seized",
        "casus: a town or land seized is territory occupied, docs/extraction.md",
        "192",
    )
}

/// Whether the sentence names an aircraft or a strike from the air (the verb dictionary's
/// `&AIRCRAFT`, "air", "airstrike").
fn names_aircraft(v: &View<'_>, verbs: &VerbDictionary) -> bool {
    let aircraft = verbs.synset("AIRCRAFT");
    (0..v.s.words.len()).any(|k| {
        let lemma = v.lemma(k).to_lowercase();
        matches!(lemma.as_str(), "air" | "airstrike" | "aerial" | "drone")
            || aircraft.contains(&lemma)
    })
}

/// The pattern of a bombing by no state's forces (183), so that the event's summary names
/// the rule.
fn ground_bombing_pattern() -> Option<&'static Pattern> {
    static PATTERN: OnceLock<Option<Pattern>> = OnceLock::new();
    fixed_rule_pattern(
        &PATTERN,
        "a bombing by no state's forces",
        "casus: a bombing from no aircraft is non-military, docs/extraction.md",
        "183",
    )
}

/// The pattern of a suicide bombing (1831), so that the event's summary names the rule.
fn suicide_bombing_pattern() -> Option<&'static Pattern> {
    static PATTERN: OnceLock<Option<Pattern>> = OnceLock::new();
    fixed_rule_pattern(
        &PATTERN,
        "violence by a suicide bomber",
        "casus: a suicide bomber's violence is a suicide bombing, docs/extraction.md",
        "1831",
    )
}

/// The pattern of the destruction of property (1712), so that the event's summary names the
/// rule.
fn destruction_pattern() -> Option<&'static Pattern> {
    static PATTERN: OnceLock<Option<Pattern>> = OnceLock::new();
    fixed_rule_pattern(
        &PATTERN,
        "violence that destroys a thing",
        "casus: destruction of property, docs/extraction.md",
        "1712",
    )
}

/// Whether the words of element `e` stand among `words` (lower-case forms and lemmas of the
/// verb's phrase after it) or, for a preposition, whether one of the verb's dependents has it.
fn element_holds(verbs: &VerbDictionary, e: &Element, words: &[String], preps: &[String]) -> bool {
    match e {
        Element::Word(w) => w.split(' ').all(|part| words.iter().any(|x| x == part)),
        Element::Synset(name) => verbs.synset(name).iter().any(|phrase| {
            phrase
                .split(' ')
                .all(|part| words.iter().any(|x| x == part))
        }),
        Element::Phrase(inside) => inside.iter().all(|i| element_holds(verbs, i, words, preps)),
        Element::Prep { prep, inside } => {
            preps.iter().any(|p| p == prep)
                && inside.iter().all(|i| element_holds(verbs, i, words, preps))
        }
        Element::Source | Element::Target | Element::Compound | Element::Skip => true,
    }
}

/// Whether pattern element `e` names a preposition of time or circumstance ("(DURING
/// PROTEST)").
fn names_circumstance(e: &Element) -> bool {
    match e {
        Element::Prep { prep, inside } => {
            CIRCUMSTANCES.contains(&prep.as_str()) || inside.iter().any(names_circumstance)
        }
        Element::Phrase(inside) => inside.iter().any(names_circumstance),
        _ => false,
    }
}

/// What the verb dictionary says of a verb.
struct DictionaryCode {
    /// The CAMEO code; `None` when a null pattern (`[---]`) says the words name no event.
    code: Option<String>,
    /// Whether a pattern with words of its own gave it, not the verb alone.
    worded: bool,
    /// Whether that pattern codes the act both ways, its second code (the target's act
    /// towards the source) being its first (`- * FIRE [193:193]` under EXCHANGE: "exchanged
    /// fire").
    both_ways: bool,
    /// The line of the pattern, or of the verb when no pattern gave the code.
    line: u64,
}

/// What the verb dictionary gives verb `w`: the first (heaviest) of its entry's patterns whose
/// words stand in the verb's own phrase (before it, its subject's; after it, its object's and
/// its prepositional phrases'), else the entry's own code; see [`DictionaryCode`].
fn dictionary_code(v: &View<'_>, verbs: &VerbDictionary, w: usize) -> Option<DictionaryCode> {
    let lemma = v.lemma(w).to_lowercase();
    // A particle verb ("take over", "walk out") before the verb alone.
    let particle = v.children[w]
        .iter()
        .find(|&&c| v.rel(c) == Deprel::CompoundPrt)
        .map(|&c| v.lower(c));
    // The dictionary's own forms when the lemmatizer's guess misses ("rioted" -> "riote").
    let listed = verbs.lemma_of(&v.lower(w)).unwrap_or(&lemma).to_string();
    let entry: &VerbEntry = particle
        .and_then(|p| {
            verbs
                .lookup(&format!("{lemma} {p}"))
                .or_else(|| verbs.lookup(&format!("{listed} {p}")))
        })
        .or_else(|| verbs.lookup(&lemma))
        .or_else(|| verbs.lookup(&listed))?;
    // The words of the verb's phrase after it: its dependents' subtrees, up to 12 words, but
    // not a clause of its own ("announced that they agreed on a ceasefire" is no announced
    // ceasefire; "and then met" is another verb's phrase).
    let n = v.s.words.len();
    let (mut forms, mut lemmas) = (Vec::new(), Vec::new());
    let mut preps = Vec::new();
    // The words of the verb's phrase before it, its subject's above all, for the patterns
    // that name words there ("- &WEAPON * [183]": "a bomb killed ..."); never a passive
    // subject's (those the act was done to) nor a clause's of its own.
    let (mut before, mut preps_before) = (Vec::new(), Vec::new());
    for k in w.saturating_sub(12)..w {
        let mut x = k;
        for _ in 0..8 {
            if x != k && v.s.words[x].upos == Upos::Verb {
                break;
            }
            match v.head(x) {
                Some(h) if h == w => {
                    if !matches!(
                        v.rel(x),
                        Deprel::NsubjPass
                            | Deprel::Ccomp
                            | Deprel::Advcl
                            | Deprel::Parataxis
                            | Deprel::Conj
                            | Deprel::Mark
                    ) && !suicide_bomber(v, k)
                    {
                        before.push(v.lower(k));
                        before.push(v.lemma(k).to_lowercase());
                        if v.rel(k) == Deprel::Case {
                            preps_before.push(v.lower(k));
                        }
                    }
                    break;
                }
                Some(h) => x = h,
                None => break,
            }
        }
    }
    // The same with the phrases of time or circumstance.
    let (mut forms_all, mut lemmas_all, mut preps_all) = (Vec::new(), Vec::new(), Vec::new());
    for k in w + 1..n.min(w + 13) {
        let mut x = k;
        let mut under = false;
        let mut circumstance = false;
        for _ in 0..8 {
            // A verb on the way up heads a clause of its own ("said both sides focused on a
            // ceasefire", "said the two countries agreed to a ceasefire" where the parse hung
            // "agreed" on "countries"), unless it is the verb's complement ("agreed to observe a
            // ceasefire").
            if x != k && v.s.words[x].upos == Upos::Verb && v.rel(x) != Deprel::Xcomp {
                break;
            }
            match v.head(x) {
                Some(h) if h == w => {
                    // A phrase of time or circumstance counts only for the patterns that
                    // name its preposition ("closed its border after the fighting" is no end
                    // of the fighting; "(DURING PROTEST)" under ARREST names it).
                    circumstance = v.rel(x) == Deprel::Obl
                        && v.case_of(x)
                            .is_some_and(|c| CIRCUMSTANCES.contains(&c.as_str()));
                    under = !matches!(
                        v.rel(x),
                        Deprel::Ccomp | Deprel::Advcl | Deprel::Parataxis | Deprel::Conj
                    );
                    break;
                }
                Some(h) => x = h,
                None => break,
            }
        }
        if !under {
            continue;
        }
        forms_all.push(v.lower(k));
        lemmas_all.push(v.lemma(k).to_lowercase());
        // "called India on Monday": the preposition of a day is no pattern's ("call on").
        let of_a_day = v.rel(k) == Deprel::Case && v.head(k).is_some_and(|n| is_day(v, n));
        // A preposition heads the verb's own phrase, or its object's ("fired a rocket at X",
        // the parse hanging "at X" on "rocket"), not one nested deeper ("a part in the
        // atrocities" is no `(IN ...)` of "indicted"), nor is it the last word of a
        // preposition of several ("in retaliation for", "in response to": the parse may hang
        // its noun on the verb).
        let prep = (v.rel(k) == Deprel::Case || v.rel(k) == Deprel::Mark)
            && !of_a_day
            && v.head(k)
                .and_then(|p| v.head(p))
                .is_some_and(|h| h == w || (v.rel(h) == Deprel::Obj && v.head(h) == Some(w)))
            && !ends_complex_preposition(v, k);
        if prep {
            preps_all.push(v.lower(k));
        }
        if !circumstance {
            forms.push(v.lower(k));
            lemmas.push(v.lemma(k).to_lowercase());
            if prep {
                preps.push(v.lower(k));
            }
        }
    }
    // "a charge Beijing denied", "the accusation, which Moscow rejected": the noun a relative
    // clause modifies is its verb's object when the clause has none of its own but the
    // relative pronoun, and counts as words of the verb's phrase (with its modifiers).
    // So is the passive subject of the verb, or the noun its passive participle modifies
    // ("sanctions were imposed on X", "sanctions imposed by Y": imposed sanctions).
    if let Some(n) = relative_object(v, w).or_else(|| passive_object(v, w)) {
        let modifiers = v.children[n]
            .iter()
            .copied()
            .filter(|&c| c < n && matches!(v.rel(c), Deprel::Amod | Deprel::Compound));
        for k in modifiers.chain([n]) {
            forms.push(v.lower(k));
            lemmas.push(v.lemma(k).to_lowercase());
            forms_all.push(v.lower(k));
            lemmas_all.push(v.lemma(k).to_lowercase());
        }
    }
    // The patterns with words of their own on the words as written first ("lifted sanctions"
    // is SANCTIONS, 085, before SANCTION, 0351), then every pattern with the lemmas too.
    let both: Vec<String> = forms.iter().chain(&lemmas).cloned().collect();
    let both_all: Vec<String> = forms_all.iter().chain(&lemmas_all).cloned().collect();
    for ((words, words_all), worded_only) in
        [((&forms, &forms_all), true), ((&both, &both_all), false)]
    {
        for p in entry.patterns.iter() {
            let (words, preps) = if p.after.iter().any(names_circumstance) {
                (words_all, &preps_all)
            } else {
                (words, &preps)
            };
            let worded = p.before.iter().chain(&p.after).any(|e| {
                !matches!(
                    e,
                    Element::Source | Element::Target | Element::Compound | Element::Skip
                )
            });
            if worded_only && !worded {
                continue;
            }
            if p.before
                .iter()
                .all(|e| element_holds(verbs, e, &before, &preps_before))
                && p.after
                    .iter()
                    .all(|e| element_holds(verbs, e, words, preps))
            {
                // The null code says the words name no event ("killed in an accident").
                return Some(DictionaryCode {
                    code: p.code.clone(),
                    worded,
                    both_ways: p.code.is_some() && p.second_code == p.code,
                    line: p.line,
                });
            }
        }
    }
    entry.code.clone().map(|c| DictionaryCode {
        code: Some(c),
        worded: false,
        both_ways: false,
        line: entry.line,
    })
}

/// The nouns of the prepositions of several words, "in X for/to/of/with/at/against/over"
/// ("in retaliation for", "in response to", "in support of", "on behalf of").
const COMPLEX_PREPOSITION_NOUNS: &[&str] = &[
    "accordance",
    "addition",
    "behalf",
    "connection",
    "exchange",
    "favor",
    "favour",
    "lieu",
    "protest",
    "reprisal",
    "response",
    "retaliation",
    "return",
    "solidarity",
    "spite",
    "support",
    "view",
];

/// Whether word `k` ends a preposition of several words ("for" in "in retaliation for").
fn ends_complex_preposition(v: &View<'_>, k: usize) -> bool {
    let form = |i: usize| v.s.words[i].form.as_str();
    k >= 2
        && ["in", "on"]
            .iter()
            .any(|p| form(k - 2).eq_ignore_ascii_case(p))
        && COMPLEX_PREPOSITION_NOUNS
            .iter()
            .any(|n| form(k - 1).eq_ignore_ascii_case(n))
}

/// Words that may stand between the capitalised words of a name ("Front for the Liberation
/// of ...", "al-Aqsa").
const NAME_JOINERS: &[&str] = &["of", "the", "for", "and", "de", "al", "el", "-", "in", "on"];

/// Plural counts that stand alone for a crowd of people ("thousands marched").
const CROWD_COUNTS: &[&str] = &[
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "tens",
    "scores",
];

/// The dictionary mention of each word that heads a noun phrase naming no casus actor: a
/// Phoenix name, or an agent noun with or without a state ("Iraqi police", "rebels"). The
/// new mentions are appended to `all`.
fn dictionary_mentions(
    v: &View<'_>,
    text: &str,
    all: &mut Vec<Mention>,
    dict: &mut DictionaryActors<'_>,
) -> (Vec<Option<usize>>, Vec<bool>) {
    let n = v.s.words.len();
    let mut memo = Phrases {
        of: vec![None; n],
        agent: vec![false; n],
    };
    for x in 0..n {
        noun_phrase(v, text, x, 0, &mut memo, all, dict);
    }
    (
        memo.of.into_iter().map(Option::flatten).collect(),
        memo.agent,
    )
}

/// The dictionary mentions of a sentence's words as they are worked out: for each word, not
/// yet looked at, none, or the mention; and whether it is an agent's.
struct Phrases {
    of: Vec<Option<Option<usize>>>,
    agent: Vec<bool>,
}

/// The dictionary mention of the noun phrase headed by `x`, worked out once (`memo`).
fn noun_phrase(
    v: &View<'_>,
    text: &str,
    x: usize,
    depth: usize,
    memo: &mut Phrases,
    all: &mut Vec<Mention>,
    dict: &mut DictionaryActors<'_>,
) -> Option<usize> {
    if let Some(m) = memo.of[x] {
        return m;
    }
    if depth > 4 {
        return None;
    }
    memo.of[x] = Some(None);
    let word = &v.s.words[x];
    // A capitalised adjective may be a name ("Soviet"); agents are nouns.
    if v.mention[x].is_some() || !matches!(word.upos, Upos::Noun | Upos::Propn | Upos::Adj) {
        return None;
    }
    // "a Kremlin spokesman", "a spokeswoman for the ministry": a spokesperson speaks for the
    // body named with the word, not as the media the agent files make of the word alone.
    if SPOKESPEOPLE.contains(&v.lemma(x).to_lowercase().as_str()) {
        let body = v.children[x].iter().copied().find_map(|c| match v.rel(c) {
            Deprel::Compound | Deprel::NmodPoss => v.mention[c],
            // ("a spokesman for the UN secretary-general": the body that names the office.)
            Deprel::Nmod if matches!(v.case_of(c).as_deref(), Some("for" | "of")) => v.mention[c]
                .or_else(|| noun_phrase(v, text, c, depth + 1, memo, all, dict))
                .or_else(|| {
                    v.children[c]
                        .iter()
                        .find(|&&d| v.rel(d) == Deprel::Compound && v.mention[d].is_some())
                        .and_then(|&d| v.mention[d])
                }),
            _ => None,
        });
        if body.is_some() {
            memo.of[x] = Some(body);
            return body;
        }
    }
    let found = match name_at(v, text, x, dict) {
        Some((i, j, id)) => {
            // "the U.N. Security Council" ... "the council"; "Hezbollah" ... "the group".
            dict.named_by_phrase(&id, &v.s.words[j].form);
            Some((i, j, vec![id]))
        }
        // A body or state named before ("the service", "the country"), else an agent.
        None if word.upos != Upos::Adj => named_before(v, x, dict)
            .or_else(|| state_before(v, x, dict))
            .or_else(|| {
                memo.agent[x] = true;
                agent_at(v, text, x, depth, memo, all, dict)
            }),
        None => None,
    };
    let (i, j, ids) = found?;
    let mention = Mention {
        first: v.tok[i],
        last: v.tok[j] + 1,
        referent: Referent::Actors(ids),
    };
    // Two words of one name ("Islamic State") find the same mention: it is made once. The
    // sentence's own mentions come first in `all`; this looks only at those made after them.
    let m = match all.iter().rposition(|m| *m == mention) {
        Some(m) if memo.of.contains(&Some(Some(m))) => m,
        _ => {
            all.push(mention);
            all.len() - 1
        }
    };
    memo.of[x] = Some(Some(m));
    Some(m)
}

/// Nouns for a state that "the" makes the state the sentence before spoke of ("the country",
/// "the kingdom").
const STATE_NOUNS: &[&str] = &["country", "kingdom", "nation", "republic", "emirate"];

/// "Niger's junta expelled the French ambassador. The country's military rulers also ...": a
/// noun for a state (`STATE_NOUNS`) with "the" and nothing else (but its possessive "'s") is
/// the state of the sentence before's main subject, when that names one state (see
/// `main_subject`); unresolved otherwise.
fn state_before(
    v: &View<'_>,
    x: usize,
    dict: &mut DictionaryActors<'_>,
) -> Option<(usize, usize, Vec<String>)> {
    if !matches!(v.s.words[x].upos, Upos::Noun | Upos::Propn)
        || !STATE_NOUNS.contains(&v.s.words[x].form.as_str())
    {
        return None;
    }
    // "the country's", with its possessive.
    if !with_the_alone(v, x, |c| v.rel(c) == Deprel::Case) {
        return None;
    }
    let ids = match dict.main_subject()? {
        MainSubject::One(id) => vec![id.clone()],
        MainSubject::Many(ids) => ids.clone(),
    };
    let mut states = ids.iter().filter_map(|id| dict.state_of(id));
    let state = states.next()?;
    if states.any(|s| s != state) {
        return None;
    }
    dict.note(
        &v.s.words[x].form,
        &state,
        "the state of the sentence before's subject",
    );
    Some((x, x, vec![state]))
}

/// Whether noun `x` has "the" and no other word of its own but punctuation and the words
/// `also` allows: a noun that refers back ("the service", "the country").
fn with_the_alone(v: &View<'_>, x: usize, also: impl Fn(usize) -> bool) -> bool {
    let mut the = false;
    for &c in &v.children[x] {
        match v.rel(c) {
            Deprel::Det if v.lower(c) == "the" => the = true,
            Deprel::Punct => {}
            _ if also(c) => {}
            _ => return false,
        }
    }
    the
}

/// Words for an armed group that may stand between "the" and "group" ("the militant group").
const GROUP_WORDS: &[&str] = &[
    "militant",
    "armed",
    "rebel",
    "jihadist",
    "islamist",
    "extremist",
    "insurgent",
    "paramilitary",
    "terrorist",
    "separatist",
];

/// "... according to the Kyrgyz border service. The service accused ...": a common noun for a
/// body of people with "the" and nothing else (but a word for an armed group: "the militant
/// group") is the last actor the article named by a phrase ending in that noun, or for "the
/// group" the last armed group named (see `DictionaryActors::named_by_phrase`).
fn named_before(
    v: &View<'_>,
    x: usize,
    dict: &mut DictionaryActors<'_>,
) -> Option<(usize, usize, Vec<String>)> {
    if v.s.words[x].upos != Upos::Noun {
        return None;
    }
    let group_word = |c: usize| {
        matches!(v.rel(c), Deprel::Amod | Deprel::Compound)
            && GROUP_WORDS.contains(&v.lower(c).as_str())
    };
    if !with_the_alone(v, x, group_word) {
        return None;
    }
    let id = dict.last_by_noun(&v.s.words[x].form)?.to_string();
    dict.note(
        &v.s.words[x].form,
        &id,
        "the last actor the article named with this noun",
    );
    Some((x, x, vec![id]))
}

/// Whether a mention names only agents of no country ("troops", "fighter jets": `MIL`), as
/// the dictionaries give an agent noun no state modifies.
fn countryless_agent(m: &Mention, dict: &DictionaryActors<'_>) -> bool {
    let Referent::Actors(ids) = &m.referent else {
        return false;
    };
    !ids.is_empty()
        && ids.iter().all(|id| {
            dict.get(id).is_some_and(|a| {
                a.origin == crate::model::ActorOrigin::Phoenix
                    && a.parent.is_none()
                    && a.country.is_none()
                    && !matches!(
                        a.kind,
                        crate::model::ActorKind::State | crate::model::ActorKind::Person
                    )
            })
        })
}

/// Whether word `k` starts with a capital letter.
fn capitalised(v: &View<'_>, k: usize) -> bool {
    v.s.words[k]
        .form
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// The longest Phoenix (or other dictionary) name among the capitalised words around `x`
/// that holds `x`: its first and last word, and the actor. Every word of the span but `x`
/// depends on a word inside it (one noun phrase) or, as a `flat` word, on a title before it in
/// the same run of capitalised words; a lone word that opens the sentence must be
/// a proper noun, and a lone agent noun ("Police") is left to the agents.
fn name_at(
    v: &View<'_>,
    text: &str,
    x: usize,
    dict: &mut DictionaryActors<'_>,
) -> Option<(usize, usize, String)> {
    let n = v.s.words.len();
    // The Arabic article is written in lower case before a hyphen ("al-Shabaab", "el-Sisi"),
    // also where it opens the name, and the parse may make it the name's head.
    let article = |k: usize| {
        matches!(v.lower(k).as_str(), "al" | "el") && k + 1 < n && v.s.words[k + 1].form == "-"
    };
    if !capitalised(v, x) && !article(x) {
        return None;
    }
    let limit = dictionary::longest_name().clamp(1, 8);
    // Words of casus's names may stand in a longer dictionary name ("European" in "European
    // Community").
    // So may a possessive between two capitalised words ("Tigray People's Liberation Front",
    // which the dictionaries spell "PEOPLES").
    let possessive =
        |k: usize| v.s.words[k].xpos == Xpos::Pos && k > 0 && k + 1 < n && capitalised(v, k + 1);
    let fits = |k: usize| {
        capitalised(v, k) || NAME_JOINERS.contains(&v.lower(k).as_str()) || possessive(k)
    };
    let mut a = x;
    while a > 0 && x + 1 - a < limit && fits(a - 1) {
        a -= 1;
    }
    let mut b = x;
    while b + 1 < n && b + 1 - a < limit && fits(b + 1) {
        b += 1;
    }
    let modifier = |k: usize| matches!(v.rel(k), Deprel::Amod | Deprel::Compound);
    // A title the parse made the head of the name ("Secretary-General Boutros Boutros-Ghali",
    // the name's words `flat` on "Secretary") leaves the name one phrase: a word may hang on a
    // title to the left of the span, in the same run of capitalised words.
    // So may the parse's reading of the name's words as modifiers of the noun after it, side
    // by side ("Islamic State militants": "Islamic" and "State" both on "militants").
    let within = |k: usize, i: usize, j: usize| {
        v.head(k).is_some_and(|h| {
            (h >= i && h <= j)
                || (h >= a && h < i && v.rel(k) == Deprel::Flat)
                || (h > j && Some(h) == v.head(x) && modifier(k) && modifier(x))
        })
    };
    // A dictionary name may end in the lower-case noun the capitalised words modify ("the
    // Reagan administration"), or stand beside them on a noun after it ("Reagan
    // administration officials").
    let tail = (b + 1 < n
        && !capitalised(v, b + 1)
        && v.s.words[b + 1].upos == Upos::Noun
        && (v.head(x) == Some(b + 1)
            || (modifier(x) && modifier(b + 1) && v.head(x) == v.head(b + 1))))
    .then_some(b + 1);
    let last = tail.unwrap_or(b);
    for len in (1..=last + 1 - a).rev() {
        for i in a.max((x + 1).saturating_sub(len))..=x.min(last + 1 - len) {
            let j = i + len - 1;
            if !(capitalised(v, i) || article(i)) || !(capitalised(v, j) || Some(j) == tail) {
                continue;
            }
            let inside = (i..=j).all(|k| k == x || Some(k) == tail || within(k, i, j));
            if !inside {
                continue;
            }
            if len == 1 {
                if i == 0 && v.s.words[x].upos != Upos::Propn {
                    continue;
                }
                if dictionary::agent(&v.lower(x)).is_some() {
                    continue;
                }
                // The dictionaries write every name in capitals, so "UN" cannot tell an
                // acronym from a short word: a word of up to three letters not written in
                // capitals, inside a longer run of capitalised words ("Kim Jong Un"), is a
                // part of that name, not the acronym.
                let form = &v.s.words[x].form;
                let in_a_run =
                    (x > 0 && capitalised(v, x - 1)) || (x + 1 < n && capitalised(v, x + 1));
                if form.chars().count() <= 3 && !form.chars().all(|c| c.is_uppercase()) && in_a_run
                {
                    continue;
                }
            }
            // (Only a word before that can open a region's name, or one after that can end
            // it, is worth lowering.)
            let opens_a_region = i > 0
                && ["of", "latin", "south", "central", "north"]
                    .iter()
                    .any(|w| v.s.words[i - 1].form.eq_ignore_ascii_case(w));
            let after = (j + 1 < n).then(|| v.lower(j + 1));
            let ends_a_region = after
                .as_deref()
                .is_some_and(|w| mentions::REGION_ENDS.contains(&w));
            if opens_a_region || ends_a_region {
                let before: Vec<String> = (i.saturating_sub(2)..i).map(|k| v.lower(k)).collect();
                let before: Vec<&str> = before.iter().map(String::as_str).collect();
                if mentions::part_of_a_region(&before, &v.lower(i), after.as_deref()) {
                    continue;
                }
            }
            let words = &text[v.s.words[i].start..v.s.words[j].end];
            if let Some(id) = dict.name(words) {
                return Some((i, j, id));
            }
        }
    }
    None
}

/// An agent noun headed by `x` ("police", "foreign minister", "riot police": `x` with the
/// compound and adjective words right before it) and the actors it stands for: the sector
/// actor of each state its modifiers name ("Iraqi police", "Russia's foreign minister", "the
/// foreign ministers of Armenia and Azerbaijan", "police in Baghdad"); a group, organisation
/// or person that modifies it stands for itself ("Hamas fighters"); with neither, the actor of
/// the agent's code ("police": `cameo-cop`). A modifier that refers through the discourse
/// ("their", "both sides'") leaves the phrase to the article's own mentions.
fn agent_at(
    v: &View<'_>,
    text: &str,
    x: usize,
    depth: usize,
    memo: &mut Phrases,
    all: &mut Vec<Mention>,
    dict: &mut DictionaryActors<'_>,
) -> Option<(usize, usize, Vec<String>)> {
    // The agent's words: `x` and the compound and adjective words before it that depend on
    // the run (not a name: "Hamas" in "Hamas fighters" is a modifier; nor a verb's present
    // participle the parse hung on it: "begins deploying peacekeepers" in a headline).
    let mut first = x;
    while first > 0
        && x - (first - 1) <= 3
        && matches!(v.rel(first - 1), Deprel::Compound | Deprel::Amod)
        && !(v.s.words[first - 1].upos == Upos::Verb && v.s.words[first - 1].xpos == Xpos::Vbg)
        && v.head(first - 1).is_some_and(|h| h >= first && h <= x)
        && v.mention[first - 1].is_none()
        && (!capitalised(v, first - 1)
            || (first == 1 && v.s.words[0].upos != Upos::Propn)
            || dictionary::agent(&v.lower(first - 1)).is_some())
    {
        first -= 1;
    }
    // The longest agent phrase ending at the head ("foreign minister"); when only the head
    // word is one, the nearest phrase before it names the body ("police officials", "rebel
    // leaders"). A head that is no agent makes no actor ("military actions").
    let phrase_at = |end: usize| {
        (first..=end).find_map(|i| {
            let phrase = text[v.s.words[i].start..v.s.words[end].end].to_lowercase();
            dictionary::agent(&phrase).map(|a| (i, a))
        })
    };
    let agent = match phrase_at(x) {
        Some((i, a)) if i < x => a,
        Some((_, head)) => (first..x)
            .rev()
            .find_map(phrase_at)
            .map_or(head, |(_, a)| a),
        // A word for a part of a body takes the body's agent ("opposition groups", "rebel
        // factions", "army units").
        None if GROUP_HEADS.contains(&v.lemma(x).to_lowercase().as_str())
            || PLACE_HEADS.contains(&v.lemma(x).to_lowercase().as_str()) =>
        {
            match (first..x).rev().find_map(phrase_at) {
                Some((_, a)) => a,
                // "opposition groups": a modifier that opens the dictionary's phrases of one
                // sector ("opposition party", "opposition leader").
                None => (first..x)
                    .rev()
                    .find_map(|k| dictionary::agent_family(&v.lower(k)))?,
            }
        }
        None if PERSON_HEADS.contains(&v.lemma(x).to_lowercase().as_str()) => {
            (first..x).rev().find_map(phrase_at)?.1
        }
        // "The Venezuelan opposition rejected the results": "opposition" alone is the
        // political opposition as the subject of a clause or a possessor ("the opposition's
        // demands"), a stance elsewhere ("voiced its opposition to the plan"), which is why
        // the agent files list only its phrases. Elsewhere "the opposition" with no "to"
        // phrase of its own is the political opposition too ("criticised the opposition",
        // "talks with the government and the opposition"; not "their opposition to the plan").
        None if v.lower(x) == "opposition"
            && (matches!(
                v.rel(x),
                Deprel::Nsubj | Deprel::NsubjPass | Deprel::NmodPoss
            ) || v.children[x]
                .iter()
                .any(|&c| v.rel(c) == Deprel::Det && v.lower(c) == "the")
                && !v.children[x].iter().any(|&c| {
                    v.rel(c) == Deprel::Nmod
                        && v.children[c]
                            .iter()
                            .any(|&d| v.rel(d) == Deprel::Case && v.lower(d) == "to")
                })) =>
        {
            dictionary::agent_family("opposition")?
        }
        // "his forces had killed 200 rebels": "forces" that someone owns are armed forces
        // ("the use of force" is none, which is why the agent files list only phrases).
        None if v.lower(x) == "forces"
            && v.children[x].iter().any(|&c| {
                v.rel(c) == Deprel::NmodPoss
                    && matches!(v.lower(c).as_str(), "his" | "her" | "its" | "their" | "our")
            }) =>
        {
            dictionary::agent("armed forces")?
        }
        // "Thousands marched in Belgrade", "tens of thousands rallied": a bare count of people
        // as a clause's subject is a crowd, as "people" is; counting something else ("dozens
        // of soldiers") it is that thing's, and as an object it may count anything.
        None if CROWD_COUNTS.contains(&v.lower(x).as_str())
            && v.rel(x) == Deprel::Nsubj
            && v.children[x].iter().all(|&c| {
                v.rel(c) != Deprel::Nmod || CROWD_COUNTS.contains(&v.lower(c).as_str())
            }) =>
        {
            dictionary::agent("people")?
        }
        None => return None,
    };
    // "the international community": a phrase the agent files mark as naming no actor.
    if agent.names_no_actor() {
        return None;
    }
    let i = first;
    let mut countries: Vec<String> = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    let mut last = x;
    // The modifiers of the agent's words ("Israeli" in "Israeli intelligence officials", however
    // the parser attaches it), not the agent's words themselves.
    // A place ("police in Baghdad", "students throughout the country") only when nothing else
    // names the agent's state: "British aid workers in Kabul" are British.
    let mut modifiers: Vec<usize> = (i..=x)
        .flat_map(|k| v.children[k].iter().copied())
        .filter(|c| !(i..=x).contains(c))
        .collect();
    let is_place = |c: usize| {
        v.rel(c) == Deprel::Nmod
            && v.case_of(c)
                .is_some_and(|p| AGENT_PLACES.contains(&p.as_str()))
    };
    // "rebel-held areas in Idlib", "Albanian rebel-held territory": the holder of a place is
    // of the place's state, named after it or before the holder (see `held_by`).
    if let Some(held) = v.head(x).and_then(|p| v.head(p))
        && held_by(v, held) == Some(x)
    {
        modifiers.extend(v.children[held].iter().copied().filter(|&c| {
            is_place(c)
                || c < x && matches!(v.rel(c), Deprel::Amod | Deprel::Compound | Deprel::NmodPoss)
        }));
    }
    modifiers.sort_by_key(|&c| is_place(c));
    // Peacekeepers serve abroad: "peacekeepers in southern Lebanon" are not Lebanon's.
    let abroad = STATIONED_ABROAD.contains(&agent.code.as_str());
    for c in modifiers {
        let modifier = match v.rel(c) {
            Deprel::NmodPoss | Deprel::Amod | Deprel::Compound => true,
            // A name the tagger reads as a number ("M23 rebels", `nummod`).
            Deprel::Nummod => v.mention[c].is_some(),
            Deprel::Nmod if is_place(c) => countries.is_empty() && ids.is_empty() && !abroad,
            Deprel::Nmod => matches!(v.case_of(c).as_deref(), Some("of" | "from")),
            _ => false,
        };
        if !modifier {
            continue;
        }
        let mut found = Vec::new();
        modifier_actors(v, text, c, depth + 1, memo, all, dict, &mut found);
        for m in found {
            let Referent::Actors(named) = &all[m].referent else {
                return None;
            };
            last = last.max(c);
            // "Colombia and the ELN rebels" (the rebels the second conjunct): a coordination
            // the mentions joined across the modifier's own words gives it its last actor only,
            // the one next to the noun.
            // (Only the mention's own words before `c` are looked at: linear in its length.)
            let across = named.len() > 1
                && v.mention[c] == Some(m)
                && (0..c)
                    .rev()
                    .take_while(|&k| v.tok[k] >= all[m].first)
                    .any(|k| v.mention[k] == Some(m) && !descends(v, k, c));
            let named = if across {
                named[named.len() - 1..].to_vec()
            } else {
                named.clone()
            };
            for id in named {
                // A place of a state that is none of its organs ("a hospital in Gaza"): the
                // state's.
                let place_state = || {
                    let state = dict.state_named_by(&id, None)?;
                    let code = dict.get(&state)?.code.clone();
                    (code.len() == 3).then_some(code)
                };
                let country = dict
                    .country_of(&id)
                    .or_else(|| is_place(c).then(place_state).flatten());
                match country {
                    Some(code) if !countries.contains(&code) => countries.push(code),
                    Some(_) => {}
                    None if !ids.contains(&id) => ids.push(id),
                    None => {}
                }
            }
        }
    }
    // Nothing names the state of those an act befalls: the place of the act does ("killed two
    // civilians in Kherson", "police officers were wounded in Nairobi"). A place written as a
    // name only, not an act's ("in Russia's attack").
    if countries.is_empty()
        && ids.is_empty()
        && !abroad
        && matches!(v.rel(x), Deprel::Obj | Deprel::NsubjPass)
        && let Some(h) = v.head(x)
    {
        // The place may be that of the act's phrase: "killed 12 villagers in an attack in
        // Burkina Faso".
        let places: Vec<usize> = v.children[h]
            .iter()
            .copied()
            .filter(|&c| v.rel(c) == Deprel::Obl)
            .flat_map(|c| {
                let own = named_place(v, c).then_some(c);
                // ... or of the spot where it happened ("at a checkpoint in X").
                let of_the_act = (own.is_none()
                    && matches!(
                        v.case_of(c).as_deref(),
                        Some("in" | "during" | "at" | "near" | "outside" | "inside")
                    ))
                .then(|| {
                    v.children[c]
                        .iter()
                        .copied()
                        .filter(|&d| v.rel(d) == Deprel::Nmod && named_place(v, d))
                })
                .into_iter()
                .flatten();
                own.into_iter().chain(of_the_act)
            })
            .collect();
        for c in places {
            let mut found = Vec::new();
            modifier_actors(v, text, c, depth + 1, memo, all, dict, &mut found);
            for m in found {
                if let Referent::Actors(named) = &all[m].referent {
                    for id in named {
                        if let Some(code) = dict.country_of(id)
                            && !countries.contains(&code)
                        {
                            countries.push(code);
                        }
                    }
                }
            }
        }
    }
    // "Aliyev said his troops had taken the town", "Azerbaijan said its troops ...": a subject
    // agent noun a possessive pronoun owns is of the state of the nearest single actor named
    // before it in the sentence (an object so owned is the subject's own, no target: see
    // `countryless_agent`).
    // So is the doer a passive's "by" phrase names ("X was detained by members of his
    // presidential guard"): a subject's, or a part's of it ("members of").
    let doer = |k: usize| {
        matches!(
            v.rel(k),
            Deprel::Nsubj | Deprel::NsubjPass | Deprel::OblAgent
        )
    };
    if countries.is_empty()
        && ids.is_empty()
        && (doer(x)
            || v.rel(x) == Deprel::Nmod
                && v.case_of(x).as_deref() == Some("of")
                && v.head(x).is_some_and(doer))
        && let Some(p) = v.children[x].iter().copied().find(|&c| {
            v.rel(c) == Deprel::NmodPoss
                && matches!(v.lower(c).as_str(), "his" | "her" | "its" | "their")
        })
    {
        let single = |m: usize| match &all[m].referent {
            Referent::Actors(named) if named.len() == 1 => Some(named[0].clone()),
            _ => None,
        };
        // "The group said its fighters had attacked ...": the fighters of an armed group, the
        // nearest single actor before the pronoun (the sentence's own or the dictionaries'),
        // are the group.
        let group = (0..p)
            .rev()
            .find_map(|k| v.mention[k].or(memo.of[k].flatten()).and_then(single))
            .filter(|id| {
                dict.get(id)
                    .is_some_and(|a| a.kind == crate::model::ActorKind::ArmedGroup)
                    && agent
                        .code
                        .get(..3)
                        .is_some_and(|sector| FIGHTERS.contains(&sector))
            });
        match group {
            Some(id) => ids.push(id),
            None => {
                if let Some(code) = (0..p).rev().find_map(|k| {
                    v.mention[k]
                        .and_then(single)
                        .and_then(|id| dict.country_of_holder(&id))
                }) {
                    countries.push(code);
                }
            }
        }
    }
    let words = &text[v.s.words[i].start..v.s.words[x].end];
    if countries.is_empty() && ids.is_empty() {
        // "Iran's foreign ministry summoned ... The ministry accused London ...": a definite
        // agent noun of a state's organ with no state of its own is the last such organ the
        // article named; only the noun with its article, as "the armed forces of this
        // country" say whose they are in a phrase of their own.
        let definite = v.children[x]
            .iter()
            .any(|&c| v.rel(c) == Deprel::Det && v.lower(c) == "the")
            && !v.children[x]
                .iter()
                .any(|&c| matches!(v.rel(c), Deprel::Nmod | Deprel::NmodPoss | Deprel::Acl));
        match definite
            .then(|| dict.last_of_sector(agent, words).map(str::to_string))
            .flatten()
        {
            Some(id) => {
                dict.note(words, &id, "the last of its sector the article named");
                ids.push(id);
            }
            None => ids.push(dict.agent_actor(words, agent, None)),
        }
    }
    for code in &countries {
        ids.push(dict.agent_actor(words, agent, Some(code)));
    }
    Some((i.min(first), last, ids))
}

/// The sectors of agents who fight, whom an armed group's possessive makes the group's own
/// ("its fighters", "their militants").
const FIGHTERS: &[&str] = &["MIL", "UAF", "REB", "INS", "SEP"];

/// The sectors of agents that serve outside their own state, whom the place they are in does
/// not give a state (CAMEO's peacekeepers).
const STATIONED_ABROAD: &[&str] = &["PKO"];

/// The last word of the unbroken run of `c`'s subtree that starts at `c`.
fn subtree_end(v: &View<'_>, c: usize) -> usize {
    (c + 1..v.s.words.len())
        .take_while(|&k| descends(v, k, c))
        .last()
        .unwrap_or(c)
}

/// Whether word `k` is `c` or in its subtree.
fn descends(v: &View<'_>, k: usize, c: usize) -> bool {
    let mut x = k;
    for _ in 0..v.s.words.len() {
        if x == c {
            return true;
        }
        match v.head(x) {
            Some(h) => x = h,
            None => return false,
        }
    }
    false
}

/// Nouns for one who speaks for a body, which stand for the body named with them.
const SPOKESPEOPLE: &[&str] = &["spokesman", "spokeswoman", "spokesperson", "spokespeople"];

/// Nouns for a part of a body of people, which stand for the agent that modifies them.
const GROUP_HEADS: &[&str] = &[
    "group",
    "member",
    "supporter",
    "activist",
    "faction",
    "wing",
    "unit",
    "delegation",
    "representative",
    "camp",
    "bloc",
    "organization",
    "organisation",
    "movement",
    "network",
    "cell",
    "candidate",
];

/// Nouns for a place a body holds or works from, which stand for the agent that modifies them
/// when it is the target of an act ("attacked rebel positions", "shelled a police station",
/// "protested outside army headquarters").
const PLACE_HEADS: &[&str] = &[
    "position",
    "post",
    "outpost",
    "base",
    "station",
    "stronghold",
    "hideout",
    "headquarters",
    "barracks",
    "checkpoint",
    "convoy",
    "patrol",
];

/// Nouns for a person who leads a body or speaks for it, which stand for the agent a
/// dictionary phrase before them names ("Islamic fundamentalist leaders": the dictionary's
/// "Islamic fundamentalist"); unlike [`GROUP_HEADS`], a word that only opens phrases of one
/// sector is not enough ("the foreign leaders" are no government of their own).
const PERSON_HEADS: &[&str] = &["leader", "spokesman", "spokeswoman", "spokesperson"];

/// The mentions (the article's, else the dictionaries') a modifier of an agent noun holds,
/// through the same modifiers and coordinations as [`actors`] ("the website of the Landian
/// government's press office": Landia).
#[allow(clippy::too_many_arguments)]
fn modifier_actors(
    v: &View<'_>,
    text: &str,
    w: usize,
    depth: usize,
    memo: &mut Phrases,
    all: &mut Vec<Mention>,
    dict: &mut DictionaryActors<'_>,
    out: &mut Vec<usize>,
) {
    let mut stack = vec![(w, depth, modifies(v, w))];
    while let Some((x, depth, modifier)) = stack.pop() {
        if depth > 6 {
            continue;
        }
        let m = match v.mention[x] {
            Some(m) => Some(m),
            None => noun_phrase(v, text, x, depth, memo, all, dict)
                .filter(|_| !(modifier && memo.agent[x])),
        };
        match m {
            Some(m) if !out.contains(&m) => out.push(m),
            Some(_) => {}
            None if matches!(v.s.words[x].upos, Upos::Noun | Upos::Propn | Upos::Adj) => {
                for &c in &v.children[x] {
                    let through = match v.rel(c) {
                        Deprel::NmodPoss | Deprel::Amod | Deprel::Compound => true,
                        Deprel::Nmod => {
                            matches!(v.case_of(c).as_deref(), Some("of" | "from" | "in"))
                        }
                        _ => false,
                    };
                    if through {
                        stack.push((c, depth + 1, modifies(v, c)));
                    }
                }
            }
            None => {}
        }
        for &c in &v.children[x] {
            if v.rel(c) == Deprel::Conj
                && matches!(v.s.words[c].upos, Upos::Noun | Upos::Propn | Upos::Adj)
            {
                stack.push((c, depth + 1, modifier));
            }
        }
    }
}

/// Whether word `c` modifies its head as a possessive, adjective or compound word.
fn modifies(v: &View<'_>, c: usize) -> bool {
    matches!(v.rel(c), Deprel::NmodPoss | Deprel::Amod | Deprel::Compound)
}

/// The prepositions of an agent noun's place, whose state is the agent's when nothing else
/// names one ("police in Baghdad", "protesters across Iran").
const AGENT_PLACES: &[&str] = &["in", "throughout", "across", "inside"];

/// Whether word `c` is a name in a place phrase ("in Kharkiv"): a proper noun whose
/// preposition is one of [`AGENT_PLACES`], not an act's phrase ("in Russia's attack").
fn named_place(v: &View<'_>, c: usize) -> bool {
    v.s.words[c].upos == Upos::Propn
        && v.case_of(c)
            .is_some_and(|p| AGENT_PLACES.contains(&p.as_str()))
}

/// Nouns for one person who holds an office or speaks for a body: "he" or "she" may stand for
/// the actor they name.
const PERSON_NOUNS: &[&str] = &[
    "president",
    "minister",
    "premier",
    "chancellor",
    "secretary",
    "secretary-general",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "leader",
    "envoy",
    "ambassador",
    "diplomat",
    "negotiator",
    "commander",
    "chief",
    "general",
    "official",
    "king",
    "queen",
    "emir",
    "prince",
    "representative",
];

/// The named subject a pronoun subject of verb `w` stands for within the sentence, through the
/// parse: the subject of a verb that governs `w`'s clause (a complement, an adverbial clause, a
/// coordinated verb: "the rebels said they would release", "Landia warned that it would"), the
/// nearest first, when it is compatible: "he" or "she" a person (or one actor a noun of
/// [`PERSON_NOUNS`] names), "it" one actor that is no
/// person, "they" several actors or one that is no person (a state, a group, "the police").
/// Never by counting mentions; a pronoun without such a subject keeps the article's reading
/// (the last person or group named before).
fn antecedent(
    v: &View<'_>,
    subj: usize,
    w: usize,
    all: &[Mention],
    dict: &DictionaryActors<'_>,
) -> Option<usize> {
    #[derive(PartialEq)]
    enum Wants {
        Person,
        Thing,
        Plural,
    }
    let wants = match v.s.words[subj].form.to_lowercase().as_str() {
        "he" | "she" => Wants::Person,
        "it" => Wants::Thing,
        "they" => Wants::Plural,
        _ => return None,
    };
    if v.s.words[subj].upos != Upos::Pron {
        return None;
    }
    let mut x = w;
    for _ in 0..6 {
        let h = match v.rel(x) {
            Deprel::Ccomp | Deprel::Xcomp | Deprel::Advcl | Deprel::Conj | Deprel::Parataxis => {
                v.head(x)?
            }
            _ => return None,
        };
        if let Some(s) = v.child(h, &[Deprel::Nsubj]) {
            let person = |id: &String| {
                dict.get(id)
                    .is_some_and(|a| a.kind == crate::model::ActorKind::Person)
            };
            let fits = |k: usize| {
                let Some(m) = v.mention[k].or(v.dict[k]) else {
                    return false;
                };
                let Referent::Actors(ids) = &all[m].referent else {
                    return false;
                };
                match wants {
                    // A person, or one actor named by a noun for a person who holds an
                    // office ("the foreign minister said he ...").
                    Wants::Person => {
                        ids.len() == 1
                            && (person(&ids[0])
                                || v.s.words[k].xpos == Xpos::Nn
                                    && PERSON_NOUNS.contains(&v.lemma(k).to_lowercase().as_str()))
                    }
                    Wants::Thing => ids.len() == 1 && !person(&ids[0]),
                    Wants::Plural => ids.len() > 1 || (ids.len() == 1 && !person(&ids[0])),
                }
            };
            // The subject's head, or a name the parse hung on it ("U.N. Secretary-General
            // Kofi Annan", headed by "U.N.", is Annan for "he").
            return std::iter::once(s)
                .chain(
                    v.children[s]
                        .iter()
                        .copied()
                        .filter(|&c| v.rel(c) == Deprel::Flat),
                )
                .find(|&k| fits(k));
        }
        x = h;
    }
    None
}
