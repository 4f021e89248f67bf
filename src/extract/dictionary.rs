//! The actors the coder over the parse finds with the field's dictionaries when a verb's
//! argument names no casus actor: PETRARCH-2's Phoenix names (people with dated roles,
//! organisations, armed groups), looked up whole by their words, and Phoenix agent nouns
//! ("police", "rebels", "foreign minister") made into a state's sector actor ("Iraqi police":
//! `IRQCOP`) or, alone, the actor of their code ("police": `cameo-cop`). The names are indexed
//! once per process, on first use; the actors an article's events name that the caller's
//! registry lacks are kept per article. Rules and figures: `docs/extraction.md`.

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use chrono::NaiveDate;

use crate::dict::{Agent, AgentDictionary, AgentPlace, shipped};
use crate::model::coded::{CodeActor, code_actor, segment, unique_name};
use crate::model::{Actor, ActorKind, ActorOrigin, ActorRegistry, DateSpan, Lookup};

use super::mentions::ActorIndex;

/// casus's registry with the Phoenix actors merged in (`dict::merge`), read once per process:
/// its name index is the hash of lower-case word sequences the coder looks names up in.
struct Shipped {
    registry: ActorRegistry,
    /// The most words a Phoenix name has.
    longest: usize,
}

/// The merged registry, built on first use (casus's own registry and the shipped dictionaries
/// read and merged: about 0.2 s, once; commands that do not extract never pay it).
fn shipped_actors() -> &'static Shipped {
    static SHIPPED: OnceLock<Shipped> = OnceLock::new();
    SHIPPED.get_or_init(|| {
        let registry = shipped::registry();
        let longest = registry
            .iter()
            .filter(|a| a.origin == ActorOrigin::Phoenix || !a.dictionary_names.is_empty())
            .flat_map(|a| a.names().map(|(n, _)| n.split_whitespace().count()))
            .max()
            .unwrap_or(1);
        Shipped { registry, longest }
    })
}

/// The most words a dictionary name has: longer spans need not be looked up.
pub fn longest_name() -> usize {
    shipped_actors().longest
}

/// casus's own agent nouns (`src/extract/agents.txt`, Phoenix's format), looked up before the
/// shipped Phoenix agents: "aid workers" are an NGO's, where Phoenix's WORKER makes them labour.
fn casus_agents() -> &'static AgentDictionary {
    static CASUS_AGENTS: OnceLock<AgentDictionary> = OnceLock::new();
    CASUS_AGENTS.get_or_init(|| {
        AgentDictionary::parse(include_str!("agents.txt"), "src/extract/agents.txt")
            .unwrap_or_else(|e| panic!("casus's agent file is invalid:\n{e}"))
    })
}

/// The agent a lower-case noun phrase ("police", "foreign ministers", "aid workers") is in
/// casus's agent file or else the shipped agent dictionary, when its code starts with a role
/// CAMEO's codebook lists (Phoenix's `PPL` is none: such an agent names no actor; casus's
/// file reads "people" as civilians), or is the null code of a phrase that names no actor
/// ("international community": [`Agent::names_no_actor`], which the caller checks).
pub fn agent(phrase: &str) -> Option<&'static Agent> {
    casus_agents()
        .lookup(phrase)
        .or_else(|| shipped::agents().lookup(phrase))
        .filter(|a| a.names_no_actor() || a.code.get(..3).and_then(segment).is_some())
}

/// The shipped agent whose sector `word` stands for as the first word of the agents'
/// phrases (`AgentDictionary::by_first_word`), when the coder knows that sector.
pub fn agent_family(word: &str) -> Option<&'static Agent> {
    shipped::agents()
        .by_first_word(word)
        .filter(|a| a.code.get(..3).and_then(segment).is_some())
}

/// The actors the coder found with the dictionaries in one article, beside the caller's
/// registry: Phoenix actors, the actors of Phoenix people's roles, and code actors.
pub struct DictionaryActors<'r> {
    index: &'r ActorIndex<'r>,
    /// Actors the caller's registry lacks, by id.
    made: BTreeMap<String, Actor>,
    /// What was matched, for `--explain`: the words and the actor ids, since the last drain.
    notes: Vec<String>,
    /// The Phoenix people named since the last [`DictionaryActors::take_people`], in order.
    people: Vec<String>,
    /// The article's publication date, which tells apart people who share a name.
    published: Option<NaiveDate>,
    /// The last actor of a state's organ named in the article, by the organ's sector (`GOV`,
    /// `MIL`, ...: [`STATE_ORGANS`]) and noun (see `organ_key`), for "the ministry", "the
    /// army" (see `mentioned`).
    last_of_sector: HashMap<(String, String), String>,
    /// The last actor named by a phrase ending in a noun for a body of people, by that noun
    /// ("the Kyrgyz border service" under "service"), and the last armed group under "group",
    /// for a later "the service", "the group" (see `named_by_phrase`).
    last_by_noun: HashMap<String, String>,
    /// What the main clause of the sentence before had as its subject, for "It" or "They" as
    /// the next sentence's subject (see `coder`).
    main_subject: Option<MainSubject>,
}

/// The actors a sentence's main clause has as its subject, which "It" or "They" opening the
/// next sentence stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MainSubject {
    /// One actor, no person, named in the singular: "Tajikistan", "the ministry",
    /// "Tajikistan's security committee" (for "it").
    One(String),
    /// Actors named in the plural or together: "Ukrainian officials", "Kyrgyz guards and Tajik
    /// troops" (for "they").
    Many(Vec<String>),
}

/// The agents' sectors that stand for a state's own people and institutions: its
/// government, parties, opposition, courts, police, legislature, media, schools, unions,
/// business, clergy and believers, health workers and farmers. An agent of these with no
/// state, in a sentence that names one state only, is of that state (`coder`,
/// `domestic_agents`). Not the sectors of war and of crossing borders (military, rebels,
/// civilians, refugees, militias, spies, criminals, aid and rights groups), whose state a
/// sentence's one state need not be: "Israeli soldiers killed three militants".
pub const DOMESTIC_SECTORS: &[&str] = &[
    "GOV", "PTY", "OPP", "JUD", "COP", "LEG", "MED", "EDU", "LAB", "BUS", "ELI", "REL", "MUS",
    "MOS", "CHR", "JEW", "HIN", "BUD", "HLH", "AGR", "ENV",
];

/// The sectors of a state's organs, which "the ministry", "the army", "the police" refer back
/// to.
const STATE_ORGANS: &[&str] = &["GOV", "MIL", "COP", "LEG", "JUD", "SPY"];

/// Nouns for a body of people that "the" + the noun refers back to once a phrase ending in
/// one has named an actor: "the Kyrgyz border service" ... "the service", "the U.N. Security
/// Council" ... "the council", "the Houthi movement" ... "the movement". Nouns of a place or a
/// thing ("the city", "the attack") are not among them; the agents' own nouns ("the
/// ministry", "the army") refer back through their sector (`last_of_sector`).
const BODY_NOUNS: &[&str] = &[
    "administration",
    "agency",
    "alliance",
    "assembly",
    "association",
    "authority",
    "bloc",
    "bureau",
    "coalition",
    "command",
    "commission",
    "committee",
    "company",
    "congress",
    "corporation",
    "council",
    "delegation",
    "department",
    "directorate",
    "embassy",
    "federation",
    "fund",
    "group",
    "headquarters",
    "league",
    "mission",
    "movement",
    "office",
    "organisation",
    "organization",
    "presidency",
    "programme",
    "secretariat",
    "service",
    "tribunal",
    "union",
];

/// The noun a phrase's last word stands for in `DictionaryActors::last_by_noun`: lower case, a
/// plural as its singular, when that is one of `BODY_NOUNS`.
fn head_noun(word: &str) -> Option<String> {
    let lower = word
        .trim_matches(|c: char| !c.is_alphabetic())
        .to_lowercase();
    let one = singular(&lower);
    [lower, one]
        .into_iter()
        .find(|w| BODY_NOUNS.contains(&w.as_str()))
}

/// A lower-case noun's singular, as far as "-ies" and "-s" tell ("ministries": "ministry").
fn singular(lower: &str) -> String {
    match lower.strip_suffix("ies") {
        Some(stem) => format!("{stem}y"),
        None => lower.strip_suffix('s').unwrap_or(lower).to_string(),
    }
}

/// What a definite agent noun must share with the organ it refers back to: the sector, and
/// for a government's organs, the noun ("the ministry" is the ministry named last, not the
/// ambassador); the armed forces and the police are one body whatever the noun ("Pakistani
/// troops ... the army").
fn organ_key(sector: &str, words: &str) -> (String, String) {
    let noun = match sector {
        "MIL" | "COP" => String::new(),
        _ => {
            let last = words.rsplit(' ').next().unwrap_or(words).to_lowercase();
            singular(last.trim_end_matches(|c: char| !c.is_alphanumeric()))
        }
    };
    (sector.to_string(), noun)
}

impl<'r> DictionaryActors<'r> {
    /// None yet, beside the registry of `index`, for an article published on `published`.
    pub fn new(index: &'r ActorIndex<'r>, published: Option<NaiveDate>) -> Self {
        DictionaryActors {
            index,
            made: BTreeMap::new(),
            notes: Vec::new(),
            people: Vec::new(),
            published,
            last_of_sector: HashMap::new(),
            last_by_noun: HashMap::new(),
            main_subject: None,
        }
    }

    /// Notes an actor the article named in `words`: an organ of a state (`IRNGOV`, "Iran's
    /// foreign ministry") becomes the one a later definite agent noun of its sector and noun
    /// refers to ("The ministry accused London ...": see [`DictionaryActors::last_of_sector`]).
    pub fn mentioned(&mut self, id: &str, words: &str) {
        let Some(code) = self.get(id).map(|a| a.code.clone()) else {
            return;
        };
        let Some(state) = self.state_of(id) else {
            return;
        };
        let Some(state_code) = self.get(&state).map(|a| a.code.clone()) else {
            return;
        };
        if state_code.len() == 3
            && let Some(sector) = code
                .strip_prefix(state_code.as_str())
                .and_then(|c| c.get(..3))
            && STATE_ORGANS.contains(&sector)
        {
            self.last_of_sector
                .insert(organ_key(sector, words), id.to_string());
        }
    }

    /// The last actor of the sector of agent `agent` (the first three letters of its code)
    /// the article named with the same noun as `words`, when that is the sector of a state's
    /// organ.
    pub fn last_of_sector(&self, agent: &Agent, words: &str) -> Option<&str> {
        let sector = agent.code.get(..3)?;
        if agent.place != AgentPlace::After || !STATE_ORGANS.contains(&sector) {
            return None;
        }
        self.last_of_sector
            .get(&organ_key(sector, words))
            .map(String::as_str)
    }

    /// Notes the one actor a phrase named, given the phrase's last word: "the Kyrgyz border
    /// service" becomes the actor a later "the service" refers to (see
    /// [`DictionaryActors::last_by_noun`]), when the actor is no person and the word a noun for
    /// a body of people (`BODY_NOUNS`); an armed group ("Hezbollah", "the M23 rebels") the one
    /// a later "the group" refers to.
    pub fn named_by_phrase(&mut self, id: &str, last_word: &str) {
        let Some(kind) = self.get(id).map(|a| a.kind) else {
            return;
        };
        if kind == ActorKind::ArmedGroup {
            self.last_by_noun.insert("group".into(), id.to_string());
        }
        if kind != ActorKind::Person
            && let Some(noun) = head_noun(last_word)
        {
            self.last_by_noun.insert(noun, id.to_string());
        }
    }

    /// The last actor the article named by a phrase of several words whose last noun is
    /// `word` ("the service" after "the Kyrgyz border service").
    pub fn last_by_noun(&self, word: &str) -> Option<&str> {
        self.last_by_noun.get(&head_noun(word)?).map(String::as_str)
    }

    /// What the sentence before had as its main clause's subject (see `set_main_subject`).
    pub fn main_subject(&self) -> Option<&MainSubject> {
        self.main_subject.as_ref()
    }

    /// Notes what the sentence at hand has as its main clause's subject, if an actor or
    /// actors: it serves the next sentence only.
    pub fn set_main_subject(&mut self, subject: Option<MainSubject>) {
        self.main_subject = subject;
    }

    /// Notes for `--explain` that `words` were read as `id`, for `why`.
    pub fn note(&mut self, words: &str, id: &str, why: &str) {
        self.notes.push(format!("'{words}' -> {id} ({why})"));
    }

    /// The actor with this id: the caller's, else one the dictionaries gave.
    pub fn get(&self, id: &str) -> Option<&Actor> {
        self.index.registry.get(id).or_else(|| self.made.get(id))
    }

    /// The state an actor belongs to, following parent links through both registries.
    pub fn state_of(&self, id: &str) -> Option<String> {
        if self.index.registry.get(id).is_some() {
            return self.index.state_of(id);
        }
        let parent = self.made.get(id)?.parent.as_deref()?;
        self.index.state_of(parent)
    }

    /// The publication date of the article whose actors these are.
    pub fn published(&self) -> Option<NaiveDate> {
        self.published
    }

    /// The state an actor (or a person, through their affiliation at `date`, else their last
    /// one) belongs to.
    pub fn state_at(&self, id: &str, date: Option<&DateSpan>) -> Option<String> {
        let actor = self.get(id)?;
        if actor.stands_for_role() {
            let aff = match date {
                Some(d) => actor.affiliation_on(d),
                None => actor.affiliations.last(),
            }?;
            return self.state_of(&aff.actor);
        }
        self.state_of(id)
    }

    /// The state a mention of this actor names: its own ([`DictionaryActors::state_at`]), or,
    /// for a place of the dictionaries that is no state's organ ("Gaza", `PSEGZA`), the state
    /// its code begins with. Armed groups and organisations name none ("Hamas" is no side of
    /// Palestine's).
    pub fn state_named_by(&self, id: &str, date: Option<&DateSpan>) -> Option<String> {
        if let Some(state) = self.state_at(id, date) {
            return Some(state);
        }
        let actor = self.get(id)?;
        if actor.kind != ActorKind::Other || actor.origin != ActorOrigin::Phoenix {
            return None;
        }
        let state = self.index.registry.by_code(actor.country.as_deref()?)?;
        (state.kind == ActorKind::State).then(|| state.id.clone())
    }

    /// The ISO code of the state an actor speaks for, as [`DictionaryActors::country_of`], or
    /// that of the role a person holds at publication (the last one without a date): "his
    /// forces" after a president's name are that president's state's.
    pub fn country_of_holder(&self, id: &str) -> Option<String> {
        let actor = self.get(id)?;
        if actor.stands_for_role() {
            let aff = match self.published {
                Some(p) => actor.affiliation_on(&DateSpan::day(p)),
                None => actor.affiliations.last(),
            }?;
            return self.country_of(&aff.actor);
        }
        self.country_of(id)
    }

    /// The ISO code of the state an actor speaks for when it is a state, its government or
    /// its military ("Iraqi", "Russia's", "the Kremlin"): the country an agent noun belongs to.
    pub fn country_of(&self, id: &str) -> Option<String> {
        let actor = self.get(id)?;
        if !matches!(
            actor.kind,
            ActorKind::State | ActorKind::Government | ActorKind::Military
        ) {
            return None;
        }
        let state = self.state_of(id)?;
        let code = &self.index.registry.get(&state)?.code;
        (code.len() == 3).then(|| code.clone())
    }

    /// The actor a capitalised name names in the merged registry, adopted for this article.
    /// A name several actors share is none, unless they are all people and only one of them
    /// held a dated role on the publication date ("President Bush" of 2003 is George W.
    /// Bush, in office then; his father's dated roles had ended).
    pub fn name(&mut self, words: &str) -> Option<String> {
        let actor = match shipped_actors().registry.find(words) {
            Lookup::Found(a) => a,
            Lookup::Ambiguous(all) => self.in_office(&all)?,
            Lookup::Unknown { .. } => return None,
        };
        let id = actor.id.clone();
        if actor.kind == ActorKind::Person {
            self.people.push(id.clone());
        }
        self.adopt(&id);
        self.notes
            .push(format!("'{words}' -> {id} (dictionary name)"));
        Some(id)
    }

    /// The one person of `all` (every one a person) with a dated role that covers the
    /// publication date.
    fn in_office<'a>(&self, all: &[&'a Actor]) -> Option<&'a Actor> {
        let day = DateSpan::day(self.published?);
        if all.iter().any(|a| a.kind != ActorKind::Person) {
            return None;
        }
        let mut holding = all.iter().filter(|a| {
            a.affiliations
                .iter()
                .any(|r| (r.from.is_some() || r.to.is_some()) && r.covers(&day))
        });
        let one = holding.next()?;
        holding.next().is_none().then_some(*one)
    }

    /// The actor of agent `agent` of the country `country` (ISO code): `IRQ` + `~COP` is
    /// `IRQCOP`, `NGO~` + `RUS` is `NGORUS`; without a country, the agent's own code (`COP`).
    /// The caller's actor with that code first, else the code policy over the merged registry
    /// (`model::coded::code_actor`): `cameo-irqcop`, "Police (Iraq)".
    pub fn agent_actor(&mut self, words: &str, agent: &Agent, country: Option<&str>) -> String {
        let id = self.coded_agent(agent, country);
        self.notes
            .push(format!("'{words}' -> {id} (agent {}{})", agent.code, {
                match country {
                    Some(c) => format!(" of {c}"),
                    None => String::new(),
                }
            }));
        if country.is_some() {
            self.mentioned(&id, words);
        }
        id
    }

    /// The actor of an agent of a country, as [`DictionaryActors::agent_actor`] gives it,
    /// adopted for this article without a note for `--explain`.
    fn coded_agent(&mut self, agent: &Agent, country: Option<&str>) -> String {
        let code = match (country, agent.place) {
            (None, _) => agent.code.clone(),
            (Some(c), AgentPlace::After) => format!("{c}{}", agent.code),
            (Some(c), AgentPlace::Before) => format!("{}{c}", agent.code),
        };
        let id = match self.index.registry.by_code(&code) {
            Some(a) => a.id.clone(),
            None => {
                let merged = &shipped_actors().registry;
                match code_actor(merged, &code) {
                    CodeActor::Known(id) => id,
                    CodeActor::New(mut actor) => {
                        let id = actor.id.clone();
                        if self.get(&id).is_none() {
                            unique_name(merged, &mut actor);
                            unique_name(self.index.registry, &mut actor);
                            actor.origin = ActorOrigin::Phoenix;
                            self.made.insert(id.clone(), *actor);
                        }
                        id
                    }
                }
            }
        };
        self.adopt(&id);
        id
    }

    /// The actor of agent `id` of country `country` (a state's three-letter code, as
    /// [`DictionaryActors::country_of`] gives it), when `id` is an agent of
    /// the dictionaries that no state owns ("journalists": `MED`) and of a domestic sector,
    /// one that stands for a state's own people and institutions ([`DOMESTIC_SECTORS`]):
    /// `SDN` and `MED` give Sudan's media. None for any other actor.
    pub fn agent_of_country(&mut self, id: &str, country: &str) -> Option<String> {
        self.agent_of_country_in(id, country, DOMESTIC_SECTORS)
    }

    /// [`DictionaryActors::agent_of_country`] for an agent of one of `sectors`.
    pub fn agent_of_country_in(
        &mut self,
        id: &str,
        country: &str,
        sectors: &[&str],
    ) -> Option<String> {
        let actor = self.get(id)?;
        let countryless = actor.origin == ActorOrigin::Phoenix
            && actor.parent.is_none()
            && actor.country.is_none()
            && !matches!(actor.kind, ActorKind::State | ActorKind::Person);
        if !countryless || !sectors.contains(&actor.code.as_str()) {
            return None;
        }
        let agent = Agent {
            phrase: String::new(),
            code: actor.code.clone(),
            place: AgentPlace::After,
            line: 0,
        };
        Some(self.coded_agent(&agent, Some(country)))
    }

    /// The sector actor of a state the caller's registry has none of, for a state mention with
    /// a role noun ("Somali forces", "Bolivian soldiers": casus's registry knows Ukraine's
    /// military, not Somalia's): by the code policy, as an agent noun is ("Somali police"),
    /// with the role noun's own agent when the agent dictionary has it ("soldiers": `MIL`,
    /// "parliament": `LEG`), else its sector's (`MIL`, `GOV`). `SOM` + `MIL` is `SOMMIL`.
    pub fn sector(&mut self, state: &str, kind: ActorKind, word: &str) -> Option<String> {
        let code = self.country_of(state)?;
        let sector = match kind {
            ActorKind::Military => "military",
            _ => "government",
        };
        let agent = agent(word)
            .filter(|a| !a.names_no_actor())
            .or_else(|| agent(sector))?;
        // No note: the mention's own line in `--explain` names the actor.
        Some(self.coded_agent(agent, Some(&code)))
    }

    /// Copies an actor of the merged registry the caller's lacks into this article's, with
    /// the actors of a person's roles and an actor's parent.
    fn adopt(&mut self, id: &str) {
        let mut todo = vec![id.to_string()];
        let mut steps = 0;
        while let Some(id) = todo.pop() {
            steps += 1;
            if steps > 64 || self.get(&id).is_some() {
                continue;
            }
            let Some(actor) = shipped_actors().registry.get(&id) else {
                continue;
            };
            todo.extend(actor.affiliations.iter().map(|a| a.actor.clone()));
            todo.extend(actor.parent.clone());
            self.made.insert(id, actor.clone());
        }
    }

    /// The Phoenix people named since the last call, in the order they were found (for "he"
    /// and "she" in later sentences).
    pub fn take_people(&mut self) -> Vec<String> {
        std::mem::take(&mut self.people)
    }

    /// What was matched since the last call, for `--explain`.
    pub fn drain_notes(&mut self) -> Vec<String> {
        // Two words of one name look it up twice ("Islamic State"): it is said once.
        let mut notes = std::mem::take(&mut self.notes);
        notes.dedup();
        notes
    }

    /// The actors of the caller's registry's lack that `ids` name, in id order.
    pub fn named<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> Vec<Actor> {
        let mut out: BTreeMap<&str, &Actor> = BTreeMap::new();
        for id in ids {
            if let Some(a) = self.made.get(id) {
                out.insert(&a.id, a);
            }
        }
        out.into_values().cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn casus_agent_file_reads_and_every_code_is_a_codebook_sector() {
        let agents = casus_agents();
        assert!(!agents.is_empty());
        for a in agents.iter() {
            assert!(
                a.names_no_actor() || a.code.get(..3).and_then(segment).is_some(),
                "{}: {}",
                a.phrase,
                a.code
            );
        }
    }

    #[test]
    fn casus_agents_come_before_phoenix_ones() {
        assert_eq!(agent("aid workers").map(|a| a.code.as_str()), Some("NGO"));
        assert_eq!(agent("relief agency").map(|a| a.code.as_str()), Some("NGO"));
        // Phoenix's PPL is no CAMEO sector: a crowd is civilians.
        assert_eq!(agent("people").map(|a| a.code.as_str()), Some("CVL"));
        assert_eq!(agent("crowds").map(|a| a.code.as_str()), Some("CVL"));
        assert_eq!(agent("counterparts").map(|a| a.code.as_str()), Some("GOV"));
        assert_eq!(agent("jets").map(|a| a.code.as_str()), Some("MIL"));
        assert_eq!(agent("aircraft").map(|a| a.code.as_str()), None);
        assert_eq!(agent("drones").map(|a| a.code.as_str()), Some("MIL"));
        assert_eq!(agent("gunships").map(|a| a.code.as_str()), Some("MIL"));
        assert_eq!(agent("passenger jet").map(|a| a.code.as_str()), Some("CVL"));
        assert_eq!(
            agent("passenger planes").map(|a| a.code.as_str()),
            Some("CVL")
        );
        assert_eq!(
            agent("civilian aircraft").map(|a| a.code.as_str()),
            Some("CVL")
        );
        assert_eq!(agent("airliner").map(|a| a.code.as_str()), Some("CVL"));
        assert_eq!(agent("peacekeepers").map(|a| a.code.as_str()), Some("PKO"));
        assert_eq!(
            agent("peacekeeping troops").map(|a| a.code.as_str()),
            Some("PKO")
        );
        assert_eq!(
            agent("presidential guard").map(|a| a.code.as_str()),
            Some("MIL")
        );
        assert_eq!(
            agent("Republican Guard").map(|a| a.code.as_str()),
            Some("MIL")
        );
        assert_eq!(agent("palace guards").map(|a| a.code.as_str()), Some("MIL"));
        assert_eq!(
            agent("schoolchildren").map(|a| a.code.as_str()),
            Some("EDU")
        );
        assert_eq!(agent("schoolgirls").map(|a| a.code.as_str()), Some("EDU"));
        assert_eq!(agent("boys").map(|a| a.code.as_str()), Some("CVL"));
        assert_eq!(agent("teenagers").map(|a| a.code.as_str()), Some("CVL"));
        assert_eq!(agent("babies").map(|a| a.code.as_str()), Some("CVL"));
        // Phoenix still gives the rest.
        assert_eq!(agent("workers").map(|a| a.code.as_str()), Some("LAB"));
        assert_eq!(agent("police").map(|a| a.code.as_str()), Some("COP"));
    }
}
