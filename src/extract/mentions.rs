//! Actor mentions in a sentence: registry names, aliases, demonyms and metonyms matched on
//! capitalised words (longest first); titles joined to the person they name ("Turkish President
//! Recep Tayyip Erdogan"); role words that turn a state into its government or military
//! ("Azerbaijan's defence ministry", "Armenian forces"); coordinations ("France, Russia and the
//! United States"); collective references ("both sides", "each other"); and pronouns.

use crate::model::{ActorKind, ActorRegistry, Lookup};

use super::text::{Tok, TokKind};

/// What a mention refers to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Referent {
    /// One or more registry actors (several for a coordination), by id.
    Actors(Vec<String>),
    /// "both sides", "all three countries", "all sides": the article's main parties; the number
    /// when the text gives one.
    Parties(Option<usize>),
    /// "the foreign leaders", "the warring sides": a kind of group without its count, the
    /// last group named (any size), else the article's main parties.
    KindOfGroup,
    /// "each other", "one another".
    EachOther,
    /// "he", "she": the last person named.
    ThirdPerson,
    /// "they": the last group of actors named.
    ThirdPlural,
    /// "we", "I" inside a quotation: its speaker.
    Speaker,
}

/// One mention, by token index range within the sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// What it refers to.
    pub referent: Referent,
}

/// Words that may stand between an organisation or state and the person it names, or form a
/// title ("Kremlin spokesman", "acting Minister of Foreign Affairs").
const TITLE_WORDS: &[&str] = &[
    "president",
    "prime",
    "minister",
    "foreign",
    "defence",
    "defense",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "secretary",
    "general",
    "secretary-general",
    "chief",
    "leader",
    "envoy",
    "ambassador",
    "commander",
    "chancellor",
    "premier",
    "king",
    "emir",
    "crown",
    "prince",
    "aide",
    "adviser",
    "advisor",
    "press",
    "deputy",
    "acting",
    "of",
    "affairs",
    "interior",
    "first",
    "vice",
    "senior",
    "top",
    "head",
    "representative",
    "special",
    "presidential",
    "national",
    "security",
    "council",
    "lt",
    "lieutenant",
    "colonel",
    "col",
    "maj",
    "major",
    "gen",
    "mr",
    "mrs",
    "ms",
    "dr",
    "-",
    ".",
    "'s",
    "the",
    "state",
    "high",
    "for",
];

/// Nouns that make a state mention its government.
const GOVERNMENT_NOUNS: &[&str] = &[
    "government",
    "president",
    "presidents",
    "presidency",
    "minister",
    "ministers",
    "ministry",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "leader",
    "leadership",
    "leaders",
    "officials",
    "official",
    "authorities",
    "cabinet",
    "administration",
    "chancellor",
    "envoy",
    "ambassador",
    "embassy",
    "diplomats",
    "diplomat",
    "department",
    "premier",
    "parliament",
    "service",
    "office",
];

/// Nouns that make a state mention its military.
const MILITARY_NOUNS: &[&str] = &[
    "military",
    "army",
    "forces",
    "troops",
    "soldiers",
    "navy",
    "servicemen",
    "personnel",
    "units",
    "artillery",
    "border guards",
    "guards",
];

/// Words allowed between a state and its role noun ("Azerbaijan's defence ministry").
const ROLE_MODIFIERS: &[&str] = &[
    "foreign", "defence", "defense", "armed", "interior", "state", "acting", "deputy", "top",
    "senior", "press", "national", "security", "military", "prime", "border", "'s", "-", "special",
    "federal", "regular", "ground", "elite",
];

/// Words that, right after a state's name, make it part of the name of a sea or a land
/// ("the South China Sea", "the Korean Peninsula"): see [`part_of_a_region`].
pub const REGION_ENDS: &[&str] = &["sea", "seas", "ocean", "strait", "straits", "peninsula"];

/// Nouns of a third side's part in an act ("with the mediation of X", "under the auspices of
/// X", "with the help of X", "under Egyptian mediation"): the actors they name are no partner
/// of the act.
pub const THIRD_SIDE_NOUNS: &[&str] = &[
    "mediation",
    "auspices",
    "help",
    "assistance",
    "support",
    "backing",
    "facilitation",
];

/// Whether mention `m` names a third side's part in an act: the actor of "the mediation of
/// X" or "X's mediation" / "X mediation" (see [`THIRD_SIDE_NOUNS`]), the noun at token `from`
/// or after (a trigger's own noun, "announced its support of X", is no third side's).
pub fn third_side(toks: &[Tok<'_>], m: &Mention, from: usize) -> bool {
    let third = |k: usize| {
        k >= from
            && toks
                .get(k)
                .is_some_and(|t| THIRD_SIDE_NOUNS.contains(&t.lower.as_str()))
    };
    let mut k = m.first;
    if k > 0 && toks[k - 1].lower == "the" {
        k -= 1;
    }
    let of = k >= 2 && toks[k - 1].lower == "of" && third(k - 2);
    let after = if toks.get(m.last).is_some_and(|t| t.lower == "'s") {
        m.last + 1
    } else {
        m.last
    };
    of || third(after)
}

/// Whether a state's name that opens with `first` (lower case), after the words `before` (the
/// last two, lower case, nearest last) and before the word `after` (lower case), is part of the
/// name of a region or a sea, not the state: "Latin American", "South America", "Central
/// American" are no United States; "the Gulf of Oman", "the Sea of Japan", "the Bay of
/// Bengal", "the South China Sea", "the Taiwan Strait", "the Indian Ocean" and "the Korean
/// Peninsula" are waters and land.
pub fn part_of_a_region(before: &[&str], first: &str, after: Option<&str>) -> bool {
    if after.is_some_and(|w| REGION_ENDS.contains(&w)) {
        return true;
    }
    match before {
        [.., w] if first.starts_with("america") => {
            matches!(*w, "latin" | "south" | "central" | "north")
        }
        [.., water, "of"] => matches!(*water, "gulf" | "sea" | "strait" | "straits" | "bay"),
        _ => false,
    }
}

/// The registry and what extraction needs to know about its actors.
pub struct ActorIndex<'r> {
    /// The registry.
    pub registry: &'r ActorRegistry,
    /// Each state's government and military, by (state id, kind).
    children: std::collections::HashMap<(String, ActorKind), String>,
}

impl<'r> ActorIndex<'r> {
    /// An index over `registry`.
    pub fn new(registry: &'r ActorRegistry) -> Self {
        let mut children = std::collections::HashMap::new();
        for a in registry.iter() {
            if let Some(parent) = &a.parent {
                children
                    .entry((parent.clone(), a.kind))
                    .or_insert_with(|| a.id.clone());
            }
        }
        ActorIndex { registry, children }
    }

    /// The actor a run of tokens names, if exactly one does. A name several actors share
    /// ("Congo") is the one of them the article has named ([`Named`]), if it named exactly
    /// one.
    fn lookup(&self, text: &str, named: &Named) -> Option<String> {
        match self.registry.find(text) {
            Lookup::Found(a) => Some(a.id.clone()),
            Lookup::Unknown { .. } => self
                .registry
                .find_plural_demonym(text)
                .map(|a| a.id.clone()),
            Lookup::Ambiguous(candidates) => {
                let mut known = candidates.iter().filter(|a| named.contains(&a.id));
                match (known.next(), known.next()) {
                    (Some(a), None) => Some(a.id.clone()),
                    _ => None,
                }
            }
        }
    }

    /// The state an actor belongs to (itself for a state), following parent links.
    pub fn state_of(&self, id: &str) -> Option<String> {
        let mut current = self.registry.get(id)?;
        for _ in 0..16 {
            if current.kind == ActorKind::State {
                return Some(current.id.clone());
            }
            current = self.registry.get(current.parent.as_deref()?)?;
        }
        None
    }

    /// The child of `state` of the given kind (its government or military), if the registry has
    /// one.
    fn child(&self, state: &str, kind: ActorKind) -> Option<String> {
        self.children.get(&(state.to_string(), kind)).cloned()
    }
}

/// The actors an article has named so far by a name of their own, which settle the names
/// several actors share: after "the Democratic Republic of Congo", "Congo" and "Congolese" are
/// that state (the Republic of the Congo shares them). A name no earlier name settles is no
/// mention.
#[derive(Debug, Default)]
pub struct Named(std::collections::HashSet<String>);

impl Named {
    /// Whether the article has named actor `id`.
    pub fn contains(&self, id: &str) -> bool {
        self.0.contains(id)
    }

    /// Adds the actors of `mentions` and their states ("the DRC's army" names the state).
    pub fn add(&mut self, index: &ActorIndex<'_>, mentions: &[Mention]) {
        for m in mentions {
            if let Referent::Actors(ids) = &m.referent {
                for id in ids {
                    self.0.extend(index.state_of(id));
                    self.0.insert(id.clone());
                }
            }
        }
    }
}

/// The longest run of words a registry name can span.
const MAX_NAME_WORDS: usize = 6;

/// Finds the mentions of a sentence's tokens.
/// `sector` gives the actor of a state's sector the registry lacks (state id, sector, role
/// noun), if any: without one, "Somali forces" stands for Somalia.
pub fn find(
    text: &str,
    toks: &[Tok<'_>],
    index: &ActorIndex<'_>,
    in_quote: &[bool],
    last_state: Option<&str>,
    named: &Named,
    sector: &mut dyn FnMut(&str, ActorKind, &str) -> Option<String>,
) -> Vec<Mention> {
    let mut mentions = names(text, toks, index, named);
    this_country(toks, index, last_state, &mut mentions);
    join_titles(toks, index, &mut mentions);
    roles(toks, index, &mut mentions, sector);
    let mut mentions = coordinate(toks, mentions);
    collectives(toks, in_quote, &mut mentions);
    mentions.sort_by_key(|m| m.first);
    mentions
}

fn names(text: &str, toks: &[Tok<'_>], index: &ActorIndex<'_>, named: &Named) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !toks[i].is_capitalised() {
            i += 1;
            continue;
        }
        let mut found = None;
        for n in (1..=MAX_NAME_WORDS.min(toks.len() - i)).rev() {
            let run = &toks[i..i + n];
            // A name is words joined by hyphens or spaces, ending in a word; a possessive
            // stands inside one between capitalised words ("Democratic People's Republic of
            // Korea", which "Republic of Korea" inside it must not win over).
            let inner_possessive = |k: usize| {
                run[k].kind == TokKind::Possessive
                    && k > 0
                    && run[k - 1].is_capitalised()
                    && run.get(k + 1).is_some_and(Tok::is_capitalised)
            };
            if !run.last().is_some_and(Tok::is_word)
                || (0..n).any(|k| !(run[k].is_word() || run[k].text == "-" || inner_possessive(k)))
            {
                continue;
            }
            let span = &text[run[0].start..run[n - 1].end];
            let Some(id) = index.lookup(span, named) else {
                continue;
            };
            // Short names ("US", "UN", "EU", "WHO") only in capitals, so that "us" or "who" are
            // never actors; and every word of a multi-word name other than "of", "the",
            // "and" capitalised.
            let letters: String = span.chars().filter(|c| c.is_alphabetic()).collect();
            if letters.chars().count() <= 3 && !letters.chars().all(char::is_uppercase) {
                continue;
            }
            let lower_words = ["of", "the", "and", "de", "du", "for", "-"];
            if run.iter().any(|t| {
                !t.is_capitalised() && !lower_words.contains(&t.lower.as_str()) && t.is_word()
            }) {
                continue;
            }
            let before: Vec<&str> = toks[i.saturating_sub(2)..i]
                .iter()
                .map(|t| t.lower.as_str())
                .collect();
            let after = toks.get(i + n).map(|t| t.lower.as_str());
            if part_of_a_region(&before, &run[0].lower, after) {
                break;
            }
            found = Some((n, id));
            break;
        }
        match found {
            Some((n, id)) => {
                out.push(Mention {
                    first: i,
                    last: i + n,
                    referent: Referent::Actors(vec![id]),
                });
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

/// "this country", "that country" (from `mentions` in text order): the state of the nearest
/// actor named before it in the sentence other than one that opens the sentence, else
/// `last_state`, the last state named before the sentence, if not that one; unresolved
/// without either. "We call on the forces of this country" after a
/// sentence that named X is X's military (the role is joined later, as for a name).
fn this_country(
    toks: &[Tok<'_>],
    index: &ActorIndex<'_>,
    last_state: Option<&str>,
    mentions: &mut Vec<Mention>,
) {
    let state = |m: &Mention| single(m).and_then(|id| index.state_of(id));
    // The state that opens the sentence is most often the one that speaks of "this country",
    // not the one meant ("X urged the forces of that country to withdraw").
    let speaking = mentions
        .first()
        .filter(|m| {
            toks[..m.first.min(toks.len())]
                .iter()
                .all(|t| !t.is_word() || t.lower == "the")
        })
        .and_then(state);
    // One pass over the tokens and the mentions together, so that a long text stays linear:
    // `nearest` is the last state other than the speaking one named before token `i`.
    let mut nearest: Option<String> = None;
    let mut seen = 0;
    let mut added = Vec::new();
    let mut i = 0;
    while i + 1 < toks.len() {
        if !(matches!(toks[i].lower.as_str(), "this" | "that") && toks[i + 1].lower == "country") {
            i += 1;
            continue;
        }
        while seen < mentions.len() && mentions[seen].first < i {
            let m = &mentions[seen];
            if m.last <= i
                && let Some(s) = state(m)
                && Some(&s) != speaking.as_ref()
            {
                nearest = Some(s);
            }
            seen += 1;
        }
        let referent = nearest.clone().or_else(|| {
            last_state
                .filter(|s| Some(*s) != speaking.as_deref())
                .map(str::to_string)
        });
        if let Some(state) = referent {
            added.push(Mention {
                first: i,
                last: i + 2,
                referent: Referent::Actors(vec![state]),
            });
        }
        i += 2;
    }
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| m.first);
    }
}

/// The state of the last actor a sentence's `mentions` name, if any: what "this country" in
/// the sentences after refers to (see `this_country`).
pub fn last_state(index: &ActorIndex<'_>, mentions: &[Mention]) -> Option<String> {
    mentions.iter().rev().find_map(|m| match &m.referent {
        Referent::Actors(ids) => ids.iter().rev().find_map(|id| index.state_of(id)),
        _ => None,
    })
}

/// Words of a title right before a person's name, for [`titled_person`].
const PERSON_TITLES: &[&str] = &[
    "president",
    "minister",
    "premier",
    "chancellor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "secretary",
    "secretary-general",
    "ambassador",
    "envoy",
    "commander",
    "general",
    "king",
    "emir",
    "prince",
    "leader",
    "chief",
    "adviser",
    "advisor",
    "aide",
];

/// Whether a mention ends in a person's name after a title ("Kenyan President William Ruto",
/// "Foreign Minister Ana Silva"): one to three capitalised words, none of them a title word,
/// right after a title word the mention holds. The mention names the office's actor; "he" in
/// a later sentence refers to it.
pub fn titled_person(toks: &[Tok<'_>], m: &Mention) -> bool {
    let span = &toks[m.first.min(m.last)..m.last.min(toks.len())];
    let name = span
        .iter()
        .rev()
        .take_while(|t| t.is_capitalised() && !TITLE_WORDS.contains(&t.lower.as_str()))
        .count();
    (1..=3).contains(&name)
        && span.len() > name
        && PERSON_TITLES.contains(&span[span.len() - name - 1].lower.as_str())
}

fn single(m: &Mention) -> Option<&str> {
    match &m.referent {
        Referent::Actors(ids) if ids.len() == 1 => Some(ids[0].as_str()),
        _ => None,
    }
}

/// "Kremlin spokesman Dmitry Peskov", "Turkish President Recep Tayyip Erdogan": the person
/// absorbs the mention and title words before them.
fn join_titles(toks: &[Tok<'_>], index: &ActorIndex<'_>, mentions: &mut Vec<Mention>) {
    let mut i = 1;
    while i < mentions.len() {
        let is_person = single(&mentions[i])
            .and_then(|id| index.registry.get(id))
            .is_some_and(|a| a.kind == ActorKind::Person);
        let between = &toks[mentions[i - 1].last..mentions[i].first];
        let all_titles = !between.is_empty()
            && between
                .iter()
                .all(|t| TITLE_WORDS.contains(&t.lower.as_str()))
            || between.iter().all(|t| t.kind == TokKind::Possessive);
        if is_person && all_titles && single(&mentions[i - 1]).is_some() {
            let first = mentions[i - 1].first;
            mentions[i].first = first;
            mentions.remove(i - 1);
            continue;
        }
        i += 1;
    }
}

/// State mentions followed by a role noun become the state's government or military (the
/// registry's, else `sector`'s); so do role nouns followed by `"of [the Republic of] <state>"`.
fn roles(
    toks: &[Tok<'_>],
    index: &ActorIndex<'_>,
    mentions: &mut [Mention],
    sector: &mut dyn FnMut(&str, ActorKind, &str) -> Option<String>,
) {
    // The role noun each state mention took from the words after it, by mention.
    let mut role_after: Vec<Option<(ActorKind, usize)>> = vec![None; mentions.len()];
    // The role noun each state mention took from the words before it ("the leaders of").
    let mut role_before: Vec<Option<(ActorKind, usize)>> = vec![None; mentions.len()];
    for (i, m) in mentions.iter_mut().enumerate() {
        let Some(id) = single(m).map(str::to_string) else {
            continue;
        };
        let Some(actor) = index.registry.get(&id) else {
            continue;
        };
        if actor.kind != ActorKind::State {
            continue;
        }
        // After: "Armenian forces", "Azerbaijan's defence ministry".
        let mut j = m.last;
        while j < toks.len() && ROLE_MODIFIERS.contains(&toks[j].lower.as_str()) {
            j += 1;
        }
        if let Some(mut kind) = toks.get(j).and_then(|t| role_kind(&t.lower)) {
            // "government forces", "government troops" are the state's armed forces.
            if kind == ActorKind::Government
                && toks
                    .get(j + 1)
                    .is_some_and(|t| matches!(t.lower.as_str(), "forces" | "troops" | "soldiers"))
            {
                (kind, j) = (ActorKind::Military, j + 1);
            }
            if let Some(child) = index
                .child(&id, kind)
                .or_else(|| sector(&id, kind, &toks[j].lower))
            {
                m.referent = Referent::Actors(vec![child]);
            }
            role_after[i] = Some((kind, j));
            // Absorb the role and an unknown name that follows it ("Minister Vagharshak
            // Harutyunyan").
            let mut end = j + 1;
            while end < toks.len() && toks[end].is_capitalised() && end - j <= 3 {
                end += 1;
            }
            m.last = end;
            continue;
        }
        // Before: "the Ministry of Defense of the Republic of Armenia", "the armed forces of
        // Azerbaijan".
        let mut k = m.first;
        while k > 0 && matches!(toks[k - 1].lower.as_str(), "the" | "republic") {
            k -= 1;
        }
        if k >= 2 && toks[k - 1].lower == "of" {
            let mut r = k - 1;
            while r > 0 {
                let w = toks[r - 1].lower.as_str();
                if let Some(kind) = role_kind(w) {
                    if let Some(child) = index.child(&id, kind).or_else(|| sector(&id, kind, w)) {
                        m.referent = Referent::Actors(vec![child]);
                    }
                    role_before[i] = Some((kind, r - 1));
                    m.first = r - 1;
                    break;
                }
                if !(ROLE_MODIFIERS.contains(&w)
                    || matches!(w, "of" | "defense" | "foreign" | "affairs"))
                {
                    break;
                }
                r -= 1;
            }
        }
    }
    // "the leaders of Azerbaijan and Armenia", "the armies of Mali, Niger and Burkina Faso": the
    // role noun before the first of a list of states is each one's.
    for i in 1..mentions.len() {
        let Some((kind, w)) = role_before[i - 1] else {
            continue;
        };
        let (m, next) = (&mentions[i - 1], &mentions[i]);
        let joined = m.last < next.first
            && toks[m.last..next.first]
                .iter()
                .all(|t| matches!(t.lower.as_str(), "," | "and" | "or" | "the"))
            && toks[m.last..next.first]
                .iter()
                .any(|t| matches!(t.lower.as_str(), "," | "and" | "or"));
        if !joined || role_after[i].is_some() || role_before[i].is_some() {
            continue;
        }
        if !take_role(&mut mentions[i], index, kind, &toks[w].lower, sector) {
            continue;
        }
        role_before[i] = Some((kind, w));
    }
    // "Indian and Chinese troops", "Russian, Turkish and Iranian diplomats": a role noun after
    // coordinated states is each one's. From the last mention back, so that it reaches the
    // first of a list. A list has its "and" or "or" before the last item: a state a comma alone
    // joins to the role's own mention is a clause's end ("... in Iraq, Turkish officials said").
    let mut listed = vec![false; mentions.len()];
    for i in (0..mentions.len().saturating_sub(1)).rev() {
        let Some((kind, j)) = role_after[i + 1] else {
            continue;
        };
        let (m, next) = (&mentions[i], &mentions[i + 1]);
        let between = if m.last < next.first {
            &toks[m.last..next.first]
        } else {
            &[][..]
        };
        let joined = !between.is_empty()
            && between
                .iter()
                .all(|t| matches!(t.lower.as_str(), "," | "and" | "or"));
        let conj = between
            .iter()
            .any(|t| matches!(t.lower.as_str(), "and" | "or"));
        if role_after[i].is_some() || !joined || !(conj || listed[i + 1]) {
            continue;
        }
        listed[i] = true;
        if !take_role(&mut mentions[i], index, kind, &toks[j].lower, sector) {
            continue;
        }
        role_after[i] = Some((kind, j));
    }
}

/// Makes a mention of one state that state's government or military (`kind`, named by the
/// role noun `word`): the registry's, else `sector`'s. False when `m` names no single state.
fn take_role(
    m: &mut Mention,
    index: &ActorIndex<'_>,
    kind: ActorKind,
    word: &str,
    sector: &mut dyn FnMut(&str, ActorKind, &str) -> Option<String>,
) -> bool {
    let Some(id) = single(m).map(str::to_string) else {
        return false;
    };
    if index
        .registry
        .get(&id)
        .is_none_or(|a| a.kind != ActorKind::State)
    {
        return false;
    }
    if let Some(child) = index.child(&id, kind).or_else(|| sector(&id, kind, word)) {
        m.referent = Referent::Actors(vec![child]);
    }
    true
}

fn role_kind(word: &str) -> Option<ActorKind> {
    if MILITARY_NOUNS.contains(&word) {
        Some(ActorKind::Military)
    } else if GOVERNMENT_NOUNS.contains(&word) {
        Some(ActorKind::Government)
    } else {
        None
    }
}

/// Mentions joined by `,`, `and`, `or` (with an optional "both" before) become one mention of
/// several actors. Names joined by commas alone are a list only at the head of the sentence,
/// as a headline writes one ("Russia, Ukraine agree to talks"); elsewhere a comma with no
/// "and" or "or" in the run is more often a clause's end ("If Russia invades Ukraine, the
/// United States will ...") or an apposition.
fn coordinate(toks: &[Tok<'_>], mentions: Vec<Mention>) -> Vec<Mention> {
    #[derive(Clone, Copy, PartialEq)]
    enum Join {
        None,
        Comma,
        Conj,
    }
    let join_of = |prev: &Mention, m: &Mention| {
        if !matches!(
            (&prev.referent, &m.referent),
            (Referent::Actors(_), Referent::Actors(_))
        ) || m.first < prev.last
        {
            return Join::None;
        }
        // Short parentheticals between the names are skipped: "Trump (C), Aliyev (L) and …".
        let between: Vec<&Tok<'_>> = {
            let mut depth = 0;
            toks[prev.last..m.first]
                .iter()
                .filter(|t| {
                    match t.text {
                        "(" => depth += 1,
                        ")" => {
                            depth -= 1;
                            return false;
                        }
                        _ => {}
                    }
                    depth == 0
                })
                .collect()
        };
        let joins = !between.is_empty()
            && between
                .iter()
                .all(|t| matches!(t.lower.as_str(), "," | "and" | "or" | "the"));
        if !joins {
            Join::None
        } else if between
            .iter()
            .any(|t| matches!(t.lower.as_str(), "and" | "or"))
        {
            Join::Conj
        } else if between.iter().any(|t| t.lower == ",") {
            Join::Comma
        } else {
            Join::None
        }
    };
    let joins: Vec<Join> = mentions.windows(2).map(|w| join_of(&w[0], &w[1])).collect();
    let mut out: Vec<Mention> = Vec::new();
    let mut i = 0;
    while i < mentions.len() {
        // The run of mentions joined to the one before: i..end.
        let mut end = i + 1;
        while end < mentions.len() && joins[end - 1] != Join::None {
            end += 1;
        }
        let conj = joins[i..end - 1].contains(&Join::Conj);
        let heads_sentence = toks[..mentions[i].first]
            .iter()
            .all(|t| !t.is_word() || t.lower == "the");
        if conj || heads_sentence {
            let mut m = mentions[i].clone();
            for next in &mentions[i + 1..end] {
                if let (Referent::Actors(a), Referent::Actors(b)) =
                    (&mut m.referent, &next.referent)
                {
                    for id in b {
                        if !a.contains(id) {
                            a.push(id.clone());
                        }
                    }
                }
                m.last = next.last;
            }
            out.push(m);
        } else {
            out.extend(mentions[i..end].iter().cloned());
        }
        i = end;
    }
    for m in &mut out {
        if m.first > 0
            && toks[m.first - 1].lower == "both"
            && matches!(&m.referent, Referent::Actors(a) if a.len() > 1)
        {
            m.first -= 1;
        }
    }
    out
}

const NUMBERS: &[(&str, usize)] = &[
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("2", 2),
    ("3", 3),
    ("4", 4),
];
const GROUP_NOUNS: &[&str] = &[
    "sides",
    "parties",
    "countries",
    "nations",
    "states",
    "neighbours",
    "neighbors",
    "leaders",
    "presidents",
    "governments",
    "ministers",
    "delegations",
];
/// Words that may stand between the count and the noun of a group: "both world leaders",
/// "the two foreign ministers", "the two warring sides".
const GROUP_MODIFIERS: &[&str] = &[
    "world",
    "foreign",
    "prime",
    "defence",
    "defense",
    "warring",
    "rival",
    "neighbouring",
    "neighboring",
];

/// How many tokens from `at` make the noun of a group ("countries", "foreign ministers"),
/// or 0 when they do not.
fn group_noun(toks: &[Tok<'_>], at: usize) -> usize {
    let word = |k: usize| toks.get(k).map(|t| t.lower.as_str()).unwrap_or("");
    if GROUP_NOUNS.contains(&word(at)) {
        1
    } else if GROUP_MODIFIERS.contains(&word(at)) && GROUP_NOUNS.contains(&word(at + 1)) {
        2
    } else {
        0
    }
}

/// "both sides", "the two countries", "all three countries", "all sides", "each other",
/// pronouns.
fn collectives(toks: &[Tok<'_>], in_quote: &[bool], mentions: &mut Vec<Mention>) {
    // The tokens the names found so far cover (each added collective is passed over at once,
    // so it need not be marked): one pass, so that a long sentence stays linear.
    let mut taken = vec![false; toks.len()];
    for m in mentions.iter() {
        for t in &mut taken[m.first.min(toks.len())..m.last.min(toks.len())] {
            *t = true;
        }
    }
    let mut i = 0;
    while i < toks.len() {
        if taken[i] {
            i += 1;
            continue;
        }
        let w = toks[i].lower.as_str();
        let next = toks.get(i + 1).map(|t| t.lower.as_str()).unwrap_or("");
        let next2 = toks.get(i + 2).map(|t| t.lower.as_str()).unwrap_or("");
        // The last group named earlier in the sentence, for "they" and "them": several
        // actors, or the parties ("both countries ... urged them").
        let group_before = if w == "they" || w == "them" {
            mentions
                .iter()
                .rev()
                .filter(|m| m.last <= i)
                .find_map(|m| match &m.referent {
                    Referent::Actors(ids) if ids.len() > 1 => Some(m.referent.clone()),
                    Referent::Parties(_) | Referent::KindOfGroup => Some(m.referent.clone()),
                    _ => None,
                })
        } else {
            None
        };
        let mut add = |first: usize, last: usize, referent: Referent| {
            mentions.push(Mention {
                first,
                last,
                referent,
            });
        };
        // "both sides", "all three countries", "the two foreign ministers": the group's
        // first token after its determiner, its count, and where its noun ends.
        let count = NUMBERS.iter().find(|(k, _)| *k == next).map(|(_, v)| *v);
        let group = match w {
            "both" | "all" if group_noun(toks, i + 1) > 0 => {
                Some((i + 1 + group_noun(toks, i + 1), (w == "both").then_some(2)))
            }
            "the" | "all" if count.is_some() && group_noun(toks, i + 2) > 0 => {
                Some((i + 2 + group_noun(toks, i + 2), count))
            }
            // "called on the sides to ...": the sides of the conflict, the main parties, as
            // "all sides" (not "the sides of the road").
            "the" if next == "sides" => Some((i + 2, None)),
            // "the foreign leaders", "the warring sides": a kind of group without its count,
            // not "the leaders" alone, who may be any.
            "the" if GROUP_MODIFIERS.contains(&next) && group_noun(toks, i + 1) == 2 => {
                if toks.get(i + 3).is_none_or(|t| t.lower != "of") {
                    add(i, i + 3, Referent::KindOfGroup);
                }
                i += 3;
                continue;
            }
            _ => None,
        };
        if let Some((end, count)) = group {
            // "both sides of the line" is a place, "the two leaders of the party" people of
            // a party: not the parties.
            if toks.get(end).is_none_or(|t| t.lower != "of") {
                add(i, end, Referent::Parties(count));
            }
            i = end;
            continue;
        }
        match (w, next, next2) {
            ("each" | "one", "other" | "another", _) => {
                add(i, i + 2, Referent::EachOther);
                i += 2;
            }
            ("they" | "them", _, _) => {
                add(i, i + 1, group_before.unwrap_or(Referent::ThirdPlural));
                i += 1;
            }
            ("he" | "she", _, _) => {
                add(i, i + 1, Referent::ThirdPerson);
                i += 1;
            }
            ("we" | "i", _, _) if in_quote.get(i).copied().unwrap_or(false) => {
                add(i, i + 1, Referent::Speaker);
                i += 1;
            }
            _ => i += 1,
        }
    }
}
