//! Events in one sentence: the lexicon's triggers matched on the sentence's words, each given
//! its source (subject, passive "by" agent, quotation speaker, coordinated verb's subject) and
//! target (object, "between X and Y", the article's main parties), negations skipped.

use std::collections::HashMap;

use super::lexicon::{Lexicon, Pattern, TargetRule};
use super::mentions::{self, Mention, Referent};
use super::text::{Tok, TokKind};

/// Who takes part, before people are resolved to the actors they speak for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Party {
    /// Registry actor ids.
    Actors(Vec<String>),
    /// The article's main parties (at most this many).
    Parties(Option<usize>),
    /// "each other".
    EachOther,
}

/// How an event's participants were found: shown by `--explain` and in the summary, and
/// weighed into the event's confidence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clue {
    /// The subject stands next to the verb.
    SubjectNext,
    /// The nearest actor before the verb, further away.
    NearestSubject,
    /// The agent of a passive verb ("was accused by").
    PassiveAgent,
    /// The subject of the coordinated verb before.
    CoordinatedSubject,
    /// The actor modifying the trigger noun ("Armenian shelling").
    Modifier,
    /// The speaker of the quotation.
    Speaker,
    /// The body the subject acts as ("… as the Minsk Group").
    ActsAs,
    /// A named pair ("between X and Y").
    Between,
    /// A pair in the subject ("X and Y clashed").
    PairSubject,
    /// The target after "with" or "against".
    WithAgainst,
    /// The first actor after the verb.
    Object,
    /// The article's main parties stand in for the target.
    Parties,
    /// The verb is passive.
    Passive,
    /// No actor is the target: the act's place is ("imposed a curfew in X").
    Place,
    /// The target is the subject of a threat's condition ("threatened to ... if X ...").
    Condition,
    /// A thing received: its giver ("from X") is the source, the receiver the target.
    Received,
    /// The target is the subject of a verb of defending ("X repelled an attack").
    Defender,
    /// The target is the one who reports an act on "its" own ("X said Y shelled its
    /// positions").
    Owner,
    /// The target is what the verb of harm a violent act's noun is the subject of befalls
    /// ("the strike killed two civilians in X").
    Befallen,
    /// The target is the subject of "come under" an act ("troops came under fire from X").
    CameUnder,
    /// A named act on "each other" with no side named: the two sides act on each other ("days
    /// of strikes on each other").
    EachOtherSides,
}

impl Clue {
    /// What the clue says, for people.
    pub fn text(self) -> &'static str {
        match self {
            Clue::SubjectNext => "source: subject next to the verb",
            Clue::NearestSubject => "source: nearest actor before the verb",
            Clue::PassiveAgent => "source: agent of a passive verb",
            Clue::CoordinatedSubject => "source: subject of the coordinated verb before",
            Clue::Modifier => "source: the actor modifying the trigger noun",
            Clue::Speaker => "source: speaker of the quotation",
            Clue::ActsAs => "source: the body the subject acts as",
            Clue::Between => "participants: between X and Y",
            Clue::PairSubject => "participants: the pair in the subject",
            Clue::WithAgainst => "target: with/against",
            Clue::Object => "target: first actor after the verb",
            Clue::Parties => "target: the article's main parties",
            Clue::Passive => "passive voice",
            Clue::Place => "target: the place of the act",
            Clue::Condition => "target: subject of the threat's condition (if, unless)",
            Clue::Received => "source: the giver (from X), target: the receiver",
            Clue::Defender => "target: the defender (subject of repelled, repulsed ...)",
            Clue::Owner => "target: the reporter of an act on its own (said X shelled its ...)",
            Clue::Befallen => "target: what the act's verb of harm befalls (the strike killed X)",
            Clue::CameUnder => "target: who came under the act (came under fire from X)",
            Clue::EachOtherSides => "participants: the two sides, on each other",
        }
    }

    /// How much the clue adds to (or takes from) the confidence of 0.6 an event starts with.
    pub fn weight(self) -> f64 {
        match self {
            Clue::SubjectNext | Clue::Received => 0.15,
            Clue::Object
            | Clue::WithAgainst
            | Clue::Between
            | Clue::Defender
            | Clue::Owner
            | Clue::Befallen
            | Clue::CameUnder => 0.1,
            Clue::Speaker | Clue::Parties => -0.15,
            Clue::Passive | Clue::NearestSubject => -0.1,
            _ => 0.0,
        }
    }
}

/// An event found in a sentence, before resolution.
#[derive(Clone, Debug)]
pub struct Found<'l> {
    /// The pattern that matched.
    pub pattern: &'l Pattern,
    /// The trigger's first and one-past-last token.
    pub trigger: (usize, usize),
    /// The source.
    pub source: Party,
    /// The targets (empty: none).
    pub target: Option<Party>,
    /// Both ways between every pair of the source group (clashes between X and Y).
    pub mutual_pairs: bool,
    /// How the participants were found, for `--explain` and the confidence.
    pub how: Vec<Clue>,
    /// The dependency arcs that gave the participants (`arrested -nsubj-> police`), when the
    /// coder over the parse found or corrected them; for `--explain`.
    pub parse: Vec<String>,
    /// The act is announced, not done ("will send troops", "is ready to supply arms"): coded as
    /// the intent or threat of it (`Codebook::intent_of`), as the parse shows.
    pub intent: bool,
}

/// A sentence's trigger that gave no event, and why (for `--explain`).
#[derive(Clone, Debug)]
pub struct Skipped {
    /// The trigger's first token.
    pub at: usize,
    /// The trigger's words.
    pub words: String,
    /// Why.
    pub reason: &'static str,
}

impl Skipped {
    /// Whether the trigger was dropped by a reading of the sentence (a negation, a hypothesis,
    /// what an appeal asks for or an accusation alleges) rather than for want of a participant:
    /// the coder over the parse does not bring such a trigger back.
    pub fn is_policy(&self) -> bool {
        [
            "negated",
            "hypothetical",
            "alleged",
            "asked for",
            "the object of a call",
        ]
        .iter()
        .any(|p| self.reason.starts_with(p))
    }
}

/// What the sentence knows of its context.
pub struct Context<'a> {
    /// The speaker of a quotation in or before this sentence.
    pub speaker: Option<&'a [String]>,
    /// The last person named before this sentence (for "he", "she").
    pub last_person: Option<&'a str>,
    /// The last group of actors named (for "they").
    pub last_group: Option<&'a [String]>,
    /// The last group of actors named, when named in the sentence before (for "the two
    /// countries", "both sides": see `extract::RECENT` and [`group_of`]).
    pub recent_group: Option<&'a [String]>,
    /// The actors the sentence before had as its main clause's subject in the plural
    /// ("Ukrainian officials said ... They accused Moscow ..."): "they" before `last_group`.
    pub they: Option<&'a [String]>,
}

const PREPOSITIONS: &[&str] = &[
    "of", "by", "with", "to", "against", "from", "between", "for", "in", "on", "at", "about",
    "over", "into", "toward", "towards", "among", "near", "under", "across", "through",
];

/// Words that end the window in which a target is looked for.
const CLAUSE_BREAKS: &[&str] = &[
    ";", "as", "while", "because", "although", "though", "but", "which", "who", "when", "where",
    "whereas", "since", "after", "before", "until", "if", "unless", "said", "says", "told",
];

const NEGATIONS: &[&str] = &["not", "never", "n't", "no", "without"];
const DENIALS: &[&str] = &[
    "denied",
    "denies",
    "deny",
    "denying",
    "rejected",
    "dismissed",
];
const BE: &[&str] = &[
    "was", "were", "is", "are", "been", "being", "be", "got", "get",
];

/// Finds the events of one sentence.
pub fn find<'l>(
    toks: &[Tok<'_>],
    in_quote: &[bool],
    mentions: &[Mention],
    lexicon: &'l Lexicon,
    context: &Context<'_>,
    skipped: &mut Vec<Skipped>,
) -> Vec<Found<'l>> {
    // Word positions, quotation marks left out so that phrases match across them.
    let words: Vec<usize> = (0..toks.len())
        .filter(|&i| toks[i].kind == TokKind::Word)
        .collect();
    let mut used = vec![false; toks.len()];
    let mut out: Vec<Found<'l>> = Vec::new();
    let mut triggers: Vec<(usize, usize, &Pattern)> = Vec::new();
    // Candidates by the trigger's first word, tried in the lexicon's order (longest patterns
    // first) and then in text order, as if every pattern were tried at every word.
    let mut candidates: Vec<(usize, usize)> = Vec::new();
    for (w, &i) in words.iter().enumerate() {
        for &p in lexicon.starting_with(&toks[i].lower) {
            candidates.push((p, w));
        }
    }
    candidates.sort_unstable();
    for (p, w) in candidates {
        let pattern = &lexicon.patterns[p];
        {
            if let Some(end) = match_at(toks, &words, w, pattern)
                && !(words[w]..end).any(|i| used[i])
            {
                let start = words[w];
                if !pattern.before.is_empty() {
                    let from = w.saturating_sub(8);
                    let ok = words[from..w]
                        .iter()
                        .any(|&i| pattern.before.iter().any(|b| *b == toks[i].lower));
                    if !ok {
                        continue;
                    }
                }
                (start..end).for_each(|i| used[i] = true);
                triggers.push((start, end, pattern));
            }
        }
    }
    triggers.sort_by_key(|t| t.0);
    // "agreed to observe a ceasefire": the specific act is the event, not the intent.
    let specific: Vec<bool> = triggers
        .iter()
        .map(|&(_, e, p)| {
            // Triggers are in text order: those starting within four tokens after this one.
            let from = triggers.partition_point(|t| t.0 < e);
            p.event_type.root_number() == 3
                && triggers[from..]
                    .iter()
                    .take_while(|t| t.0 <= e + 4)
                    .any(|t| t.2.event_type.root_number() != 3)
        })
        .collect();
    let triggers: Vec<(usize, usize, &Pattern)> = triggers
        .into_iter()
        .zip(specific)
        .filter_map(|(t, superseded)| (!superseded).then_some(t))
        .collect();
    let index = MentionIndex::new(toks, in_quote, mentions, context);
    for (start, end, pattern) in triggers {
        // A trigger inside an actor's name ("Defense Army") is not one. Past this test, every
        // mention that starts before the trigger also ends before it.
        if index.covered[start] {
            continue;
        }
        // "stop the fighting", "an end to deadly clashes": a call to end it, not a report of it.
        if pattern.mutual
            && toks[start.saturating_sub(4)..start].iter().any(|t| {
                matches!(
                    t.lower.as_str(),
                    "stop" | "end" | "halt" | "cease" | "prevent" | "avoid"
                )
            })
        {
            skipped.push(Skipped {
                at: start,
                words: pattern.words.clone(),
                reason: "the object of a call to stop or end it",
            });
            continue;
        }
        // "accused Turkey of sending mercenaries to back Azerbaijan", "criticised the Kremlin
        // for the kidnapping": what an accusation alleges is coded as the accusation only; "urged
        // them to hold talks", "demanded it withdraw": what is asked for has not happened.
        if let Some(prev) = out.last() {
            let between = &toks[prev.trigger.1..start];
            let root = prev.pattern.event_type.root_number();
            // A finite verb joined by "and" is the subject's next act, not the allegation:
            // "condemned the killing of its scientist and blamed Israel".
            let next_act = !pattern.nominal
                && toks[start - 1].lower == "and"
                && !toks[start].lower.ends_with("ing");
            let alleged = root == 11
                && !next_act
                && between
                    .iter()
                    .any(|t| matches!(t.lower.as_str(), "of" | "for"));
            let unbroken = || {
                !between
                    .iter()
                    .any(|t| CLAUSE_BREAKS.contains(&t.lower.as_str()) || t.text == ".")
            };
            let asked = matches!(root, 2 | 10) && unbroken();
            // "warned X against any attempt to seize Y": what a warning is against has not
            // happened.
            let warned_against =
                root == 13 && between.iter().any(|t| t.lower == "against") && unbroken();
            if alleged || asked || warned_against {
                skipped.push(Skipped {
                    at: start,
                    words: pattern.words.clone(),
                    reason: if alleged {
                        "alleged in an accusation (coded as the accusation)"
                    } else if asked {
                        "asked for in an appeal or demand, not reported as done"
                    } else {
                        "warned against, not reported as done"
                    },
                });
                continue;
            }
        }
        // A threat is coded with what it holds out ("threatened to retaliate if attacked"):
        // only a modal before it makes it hypothetical.
        let threat = pattern.event_type.root_number() == 13;
        let not_done = if hypothetical(toks, start, end, threat) {
            Some("hypothetical or expected, not reported as done (likely, would, could …)")
        } else if asked_in_passive(toks, start) {
            Some("asked for in an appeal or demand, not reported as done")
        } else if negated(toks, start) {
            Some("negated (not, never, denied …)")
        } else {
            None
        };
        if let Some(reason) = not_done {
            skipped.push(Skipped {
                at: start,
                words: pattern.words.clone(),
                reason,
            });
            continue;
        }
        let mut how = Vec::new();
        let quoted = in_quote.get(start).copied().unwrap_or(false);
        let passive = is_passive(toks, start, end);
        // The agent of a passive ("was accused by Azerbaijan").
        let agent = passive
            .then(|| mention_after(toks, &index, end, 3, &["by"]))
            .flatten();
        let mut source = None;
        let mut subject = None;
        if let Some(a) = agent {
            source = party(&a.referent, context);
            how.push(Clue::PassiveAgent);
            subject = nearest_subject(&index, start, quoted);
        }
        if source.is_none()
            && let Some(prev) = out.last()
            && coordinated(toks, &index, prev.trigger.1, start)
        {
            source = Some(prev.source.clone());
            how.push(Clue::CoordinatedSubject);
        }
        // "Armenian shelling", "Azerbaijan's offensive": an actor right before the trigger noun
        // is its agent.
        if source.is_none()
            && (pattern.nominal || toks[start].lower.ends_with("ing"))
            && let Some(m) = index.modifier_of(toks, start)
        {
            source = party(&m.referent, context);
            how.push(Clue::Modifier);
        }
        if source.is_none() {
            if let Some(m) = nearest_subject(&index, start, quoted) {
                source = party(&m.referent, context);
                how.push(if start - m.last <= 3 {
                    Clue::SubjectNext
                } else {
                    Clue::NearestSubject
                });
            } else if quoted && let Some(speaker) = context.speaker {
                source = Some(Party::Actors(speaker.to_vec()));
                how.push(Clue::Speaker);
            }
        }
        // "clashes between X and Y", "fighting on the border of X and Y", "troops of X and Y
        // exchanged fire": a mutual event takes a named pair as its participants.
        let is_pair = |p: &Party| {
            matches!(p, Party::Actors(a) if a.len() > 1) || matches!(p, Party::Parties(_))
        };
        let between_pair = if pattern.mutual {
            // The nearest pair before the trigger in the sentence, else one shortly after it.
            let before = index.pairs[..index.pairs.partition_point(|&j| j < index.before(start))]
                .last()
                .and_then(|&j| party(&mentions[j].referent, context));
            before.or_else(|| {
                index
                    .starting(end, end + 8)
                    .filter(|m| !hyphenated(toks, m))
                    .filter_map(|m| party(&m.referent, context))
                    .find(is_pair)
            })
        } else {
            None
        };
        if let Some(pair) = between_pair {
            how.push(Clue::Between);
            out.push(Found {
                pattern,
                trigger: (start, end),
                source: pair,
                target: None,
                mutual_pairs: true,
                how,
                parse: Vec::new(),
                intent: false,
            });
            continue;
        }
        if passive && agent.is_none() {
            skipped.push(Skipped {
                at: start,
                words: pattern.words.clone(),
                reason: "passive without an agent (\"is recognised as\", \"were killed\")",
            });
            continue;
        }
        // "France, Russia and the United States mediated … as the Minsk Group": the group acts
        // as the organisation named after "as".
        if let Some(Party::Actors(ids)) = &source
            && ids.len() > 1
            && let Some(m) = mention_after(toks, &index, end, 8, &["as"])
            && let Some(p @ Party::Actors(_)) = party(&m.referent, context)
        {
            source = Some(p);
            how.push(Clue::ActsAs);
        }
        let Some(source) = source else {
            skipped.push(Skipped {
                at: start,
                words: pattern.words.clone(),
                reason: "no actor found as its source",
            });
            continue;
        };
        // Targets, and for mutual events the pair.
        let group = |p: &Party| {
            matches!(p, Party::Actors(a) if a.len() > 1) || matches!(p, Party::Parties(_))
        };
        let (source, target, mutual_pairs) = if passive && agent.is_some() {
            (
                source,
                subject.and_then(|m| party(&m.referent, context)),
                false,
            )
        } else if pattern.mutual {
            if let Some(m) = mention_after(toks, &index, end, 4, &["with", "against"]) {
                how.push(Clue::WithAgainst);
                (source, party(&m.referent, context), false)
            } else if group(&source) {
                how.push(Clue::PairSubject);
                (source, None, true)
            } else if toks[start.saturating_sub(2)..start]
                .iter()
                .any(|t| t.lower == "in")
                || how.contains(&Clue::SubjectNext)
            {
                // "killed in clashes", "Azerbaijan fought": the other side is the article's
                // other main party.
                how.push(Clue::Parties);
                (source, Some(Party::Parties(Some(1))), false)
            } else {
                skipped.push(Skipped {
                    at: start,
                    words: pattern.words.clone(),
                    reason: "a mutual event needs a pair (between X and Y, X with Y, X and Y …)",
                });
                continue;
            }
        } else {
            // "held naval exercises with X": the partner of an act that needs no target is not
            // its target.
            let partner = |m: &Mention| {
                pattern.target == TargetRule::None
                    && m.first > 0
                    && toks[m.first - 1].lower == "with"
            };
            match object(toks, &index, end).filter(|m| !partner(m)) {
                Some(m) => {
                    how.push(Clue::Object);
                    (source, party(&m.referent, context), false)
                }
                None if pattern.target == TargetRule::Parties => {
                    how.push(Clue::Parties);
                    (source, Some(Party::Parties(Some(2))), false)
                }
                None if pattern.target == TargetRule::None => (source, None, false),
                None => {
                    skipped.push(Skipped {
                        at: start,
                        words: pattern.words.clone(),
                        reason: "no actor found as its target",
                    });
                    continue;
                }
            }
        };
        if passive {
            how.push(Clue::Passive);
        }
        out.push(Found {
            pattern,
            trigger: (start, end),
            source,
            target,
            mutual_pairs,
            how,
            parse: Vec::new(),
            intent: false,
        });
    }
    out
}

/// The group "the two countries" (`k` = 2) refers to: the recent group when it has `k`
/// members.
pub(super) fn group_of(k: usize, recent: Option<&[String]>) -> Option<&[String]> {
    recent.filter(|g| g.len() == k)
}

pub(super) fn party(referent: &Referent, context: &Context<'_>) -> Option<Party> {
    match referent {
        Referent::Actors(ids) => Some(Party::Actors(ids.clone())),
        // "the two countries": the group just named with as many members, else the article's
        // main parties.
        Referent::Parties(Some(k)) => match group_of(*k, context.recent_group) {
            Some(g) => Some(Party::Actors(g.to_vec())),
            None => Some(Party::Parties(Some(*k))),
        },
        Referent::Parties(None) => Some(Party::Parties(None)),
        Referent::KindOfGroup => Some(
            context
                .last_group
                .map_or(Party::Parties(None), |g| Party::Actors(g.to_vec())),
        ),
        Referent::EachOther => Some(Party::EachOther),
        Referent::ThirdPerson => context
            .last_person
            .map(|p| Party::Actors(vec![p.to_string()])),
        Referent::ThirdPlural => context
            .they
            .or(context.last_group)
            .map(|g| Party::Actors(g.to_vec())),
        Referent::Speaker => context.speaker.map(|s| Party::Actors(s.to_vec())),
    }
}

/// Matches `pattern` at word `w`; returns the token index one past its last word.
fn match_at(toks: &[Tok<'_>], words: &[usize], w: usize, pattern: &Pattern) -> Option<usize> {
    if !pattern.forms[0].iter().any(|f| *f == toks[words[w]].lower) {
        return None;
    }
    let mut at = w;
    for alternatives in &pattern.forms[1..] {
        let mut found = None;
        for next in at + 1..=(at + 1 + pattern.gap).min(words.len().saturating_sub(1)) {
            if next < words.len() && alternatives.iter().any(|a| *a == toks[words[next]].lower) {
                found = Some(next);
                break;
            }
        }
        at = found?;
    }
    Some(words[at] + 1)
}

const MODALS: &[&str] = &[
    "likely", "unlikely", "possible", "possibly", "would", "could", "might", "may", "probably",
    "if", "risk",
];

/// A trigger in a clause that speaks of what may happen ("an attack was very likely"): a modal
/// up to three tokens before it or seven after it (none after, when `before_only`).
fn hypothetical(toks: &[Tok<'_>], start: usize, end: usize, before_only: bool) -> bool {
    let from = start.saturating_sub(3);
    let to = if before_only {
        start
    } else {
        (end + 7).min(toks.len())
    };
    toks[from..to]
        .iter()
        .any(|t| MODALS.contains(&t.lower.as_str()))
}

fn negated(toks: &[Tok<'_>], start: usize) -> bool {
    let from = start.saturating_sub(4);
    // "denied the accusation and blamed the army": a verb after "and" or "but" is the
    // subject's next act, outside the denial ("denied attacking and killing" keeps it).
    let window = &toks[from..start];
    let cut = if toks[start].lower.ends_with("ing") {
        0
    } else {
        window
            .iter()
            .rposition(|t| matches!(t.lower.as_str(), "and" | "but"))
            .map_or(0, |p| p + 1)
    };
    window[cut..].iter().any(|t| {
        NEGATIONS.contains(&t.lower.as_str())
            || DENIALS.contains(&t.lower.as_str())
            || t.lower.ends_with("n't")
    })
}

/// Verbs of asking whose passive ("was asked to", "were urged to") puts the act after it
/// under a request, not on record as done.
const ASKING: &[&str] = &[
    "asked",
    "urged",
    "requested",
    "invited",
    "pressed",
    "encouraged",
    "told",
    "called",
    "advised",
];

/// Whether the trigger at `start` follows a passive request: a form of "be", a verb of
/// `ASKING` (with "on" or "upon" after "called") and "to" ("Russia was urged to lift the
/// sanctions", "both sides were called on to stop").
fn asked_in_passive(toks: &[Tok<'_>], start: usize) -> bool {
    let from = start.saturating_sub(5);
    let before = &toks[from..start];
    let Some(to) = before.iter().rposition(|t| t.lower == "to") else {
        return false;
    };
    if to + 1 != before.len() {
        return false;
    }
    let mut k = to;
    if k > 0 && matches!(before[k - 1].lower.as_str(), "on" | "upon") {
        k -= 1;
    }
    k >= 2
        && ASKING.contains(&before[k - 1].lower.as_str())
        && (before[k - 1].lower != "called" || k < to)
        && BE.contains(&before[k - 2].lower.as_str())
}

/// A past participle after a form of "be" ("was accused", "has been shelled", "is
/// recognised"), or right before "by" ("talks hosted by X", "a truce brokered by X"); its
/// agent, if any, follows "by". `end` is one past the trigger's last token.
fn is_passive(toks: &[Tok<'_>], start: usize, end: usize) -> bool {
    let trigger = &toks[start].lower;
    let participle = trigger.ends_with("ed")
        || trigger.ends_with("en")
        || matches!(
            trigger.as_str(),
            "met" | "struck" | "shot" | "fought" | "held" | "sold" | "sent"
        );
    let be_before = toks[start.saturating_sub(3)..start]
        .iter()
        .any(|t| BE.contains(&t.lower.as_str()));
    let by_after = end == start + 1 && toks.get(end).is_some_and(|t| t.lower == "by");
    participle && (be_before || by_after)
}

/// The first mention within `window` tokens after `from`, right after one of `preps`.
fn mention_after<'m>(
    toks: &[Tok<'_>],
    index: &MentionIndex<'m>,
    from: usize,
    window: usize,
    preps: &[&str],
) -> Option<&'m Mention> {
    let limit = (from + window).min(toks.len());
    (from..limit)
        .find(|&i| preps.contains(&toks[i].lower.as_str()))
        .and_then(|p| index.starting(p + 1, p + 3).next())
}

/// Whether a mention is a candidate subject: not the object of a preposition, not a modifier
/// in a hyphenated compound ("Armenia-Azerbaijan border"), not inside a quotation unless the
/// trigger is.
fn subject_candidate(toks: &[Tok<'_>], in_quote: &[bool], m: &Mention, quoted: bool) -> bool {
    // A trigger outside a quotation takes its subject outside; one inside, inside (else the
    // quotation's speaker).
    if in_quote.get(m.first).copied().unwrap_or(false) != quoted {
        return false;
    }
    let mut k = m.first;
    while k > 0 && matches!(toks[k - 1].lower.as_str(), "the" | "a" | "an" | "both") {
        k -= 1;
    }
    if k > 0 && PREPOSITIONS.contains(&toks[k - 1].lower.as_str()) {
        return false;
    }
    !hyphenated(toks, m)
}

/// The nearest subject candidate before the trigger at `start` (which no mention covers).
fn nearest_subject<'m>(
    index: &MentionIndex<'m>,
    start: usize,
    quoted: bool,
) -> Option<&'m Mention> {
    let candidates = &index.subjects[usize::from(quoted)];
    let upto = candidates.partition_point(|&j| j < index.before(start));
    candidates[..upto].last().map(|&j| &index.mentions[j])
}

/// Whether the trigger at `start` is coordinated with the one ending at `prev_end` ("demanded
/// Armenia leave … and called for …") with no new subject between.
fn coordinated(toks: &[Tok<'_>], index: &MentionIndex<'_>, prev_end: usize, start: usize) -> bool {
    if prev_end > start {
        return false;
    }
    let near_and = toks[start.saturating_sub(2)..start]
        .iter()
        .any(|t| t.lower == "and");
    let new_subject = (start.saturating_sub(2)..=start).any(|last| {
        index
            .ending_at(last)
            .any(|m| m.first >= prev_end && m.last <= start)
    });
    near_and && !new_subject
}

/// The target: the first mention after the trigger, within its clause.
fn object<'m>(toks: &[Tok<'_>], index: &MentionIndex<'m>, end: usize) -> Option<&'m Mention> {
    // A clause break, or "and" before a second verb in the past ("condemned the killing of
    // its scientist and blamed Israel": Israel is what was blamed, not condemned).
    let second_verb = |i: usize| {
        toks[i].lower == "and"
            && toks
                .get(i + 1)
                .is_some_and(|t| t.is_word() && !t.is_capitalised() && t.lower.ends_with("ed"))
    };
    // ", the U.S. military said.", ", according to X": a comma before the clause that says
    // who reports the sentence ends the act's clause.
    let attribution = |i: usize| {
        toks[i].text == ","
            && (toks.get(i + 1).is_some_and(|t| t.lower == "according")
                || (i + 2..toks.len().min(i + 8)).any(|k| {
                    matches!(
                        toks[k].lower.as_str(),
                        "said" | "says" | "reported" | "added"
                    ) && toks[k + 1..].iter().take(4).all(|t| t.text != ",")
                        && toks.len() - k <= 5
                }))
    };
    // "detained a man suspected of spying for X", "arrested two people accused of working
    // for X": a participle of suspicion opens a clause of its own, whose actors are not the
    // act's ("three suspected militants" opens none).
    let suspected = |i: usize| {
        matches!(
            toks[i].lower.as_str(),
            "suspected" | "accused" | "charged" | "convicted"
        ) && i > end
            && toks
                .get(i + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "of" | "with"))
    };
    let limit = (end..toks.len().min(end + 15))
        .find(|&i| {
            CLAUSE_BREAKS.contains(&toks[i].lower.as_str())
                || second_verb(i)
                || attribution(i)
                || suspected(i)
        })
        .unwrap_or_else(|| toks.len().min(end + 15));
    if limit <= end {
        return None;
    }
    index
        .starting(end, limit - 1)
        .find(|m| !hyphenated(toks, m) && !mentions::third_side(toks, m, end))
}

/// The mentions of a sentence arranged for the questions `find` asks of each trigger, so that
/// each is a lookup or a binary search and a sentence of any length is coded in linear time.
/// Mentions come sorted by their first token (`mentions::find`).
struct MentionIndex<'m> {
    mentions: &'m [Mention],
    /// Whether each token lies inside a mention.
    covered: Vec<bool>,
    /// The mentions ending at each token (index of the token one past their last), in order.
    ends: HashMap<usize, Vec<usize>>,
    /// The mentions that may be a subject, outside quotations [0] and inside them [1].
    subjects: [Vec<usize>; 2],
    /// The mentions that name a pair (several actors, or the parties), not hyphenated.
    pairs: Vec<usize>,
}

impl<'m> MentionIndex<'m> {
    fn new(
        toks: &[Tok<'_>],
        in_quote: &[bool],
        mentions: &'m [Mention],
        context: &Context<'_>,
    ) -> Self {
        // Coverage by a difference array: linear however the mentions overlap.
        let mut depth = vec![0i32; toks.len() + 1];
        for m in mentions {
            let (a, b) = (m.first.min(toks.len()), m.last.min(toks.len()));
            if a < b {
                depth[a] += 1;
                depth[b] -= 1;
            }
        }
        let mut level = 0;
        let covered = depth[..toks.len()]
            .iter()
            .map(|d| {
                level += d;
                level > 0
            })
            .collect();
        let mut ends: HashMap<usize, Vec<usize>> = HashMap::new();
        let mut subjects = [Vec::new(), Vec::new()];
        let mut pairs = Vec::new();
        for (j, m) in mentions.iter().enumerate() {
            ends.entry(m.last).or_default().push(j);
            for (q, list) in subjects.iter_mut().enumerate() {
                if subject_candidate(toks, in_quote, m, q == 1) {
                    list.push(j);
                }
            }
            let pair = match party(&m.referent, context) {
                Some(Party::Actors(a)) => a.len() > 1,
                Some(Party::Parties(_)) => true,
                _ => false,
            };
            if pair && !hyphenated(toks, m) {
                pairs.push(j);
            }
        }
        MentionIndex {
            mentions,
            covered,
            ends,
            subjects,
            pairs,
        }
    }

    /// How many mentions start before token `tok`.
    fn before(&self, tok: usize) -> usize {
        self.mentions.partition_point(|m| m.first < tok)
    }

    /// The mentions whose first token lies in `from..=to`, in order.
    fn starting(&self, from: usize, to: usize) -> impl Iterator<Item = &'m Mention> + '_ {
        self.mentions[self.before(from)..]
            .iter()
            .take_while(move |m| m.first <= to)
    }

    /// The mentions whose last token is `last - 1`, in order.
    fn ending_at(&self, last: usize) -> impl Iterator<Item = &'m Mention> + '_ {
        self.ends
            .get(&last)
            .into_iter()
            .flatten()
            .map(|&j| &self.mentions[j])
    }

    /// The first mention (in order) right before the trigger at `start`, or before a possessive
    /// right before it ("Armenian shelling", "Azerbaijan's offensive").
    fn modifier_of(&self, toks: &[Tok<'_>], start: usize) -> Option<&'m Mention> {
        let next = self.ends.get(&start).and_then(|v| v.first().copied());
        let possessive = start
            .checked_sub(1)
            .filter(|&p| toks[p].kind == TokKind::Possessive)
            .and_then(|p| self.ends.get(&p))
            .and_then(|v| v.first().copied());
        next.into_iter()
            .chain(possessive)
            .min()
            .map(|j| &self.mentions[j])
    }
}

/// A mention joined to a word by a hyphen is a modifier ("Russian-dominated",
/// "Armenia-Azerbaijan border"), not an actor that takes part.
fn hyphenated(toks: &[Tok<'_>], m: &Mention) -> bool {
    toks.get(m.last).is_some_and(|t| t.text == "-")
        || (m.first > 0 && toks[m.first - 1].text == "-")
}
