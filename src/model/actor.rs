//! Who acts: `Actor` (states, governments, militaries, organisations, armed groups, people with
//! date-bounded affiliations) and the `ActorRegistry` that resolves names, aliases, demonyms and
//! metonyms ("Kremlin", "Ankara") to them.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use serde::{Deserialize, Serialize};

use super::date::DateSpan;

/// What sort of actor this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A sovereign state, standing for the country as a whole.
    State,
    /// A state's executive or one of its ministries.
    Government,
    /// A state's armed forces.
    Military,
    /// An international or non-governmental organisation.
    Organisation,
    /// A rebel, separatist, militia or mercenary group.
    ArmedGroup,
    /// A person, who speaks for the actors of their affiliations.
    Person,
    /// Anything else.
    Other,
}

impl ActorKind {
    /// The snake-case name used in actor files and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::State => "state",
            ActorKind::Government => "government",
            ActorKind::Military => "military",
            ActorKind::Organisation => "organisation",
            ActorKind::ArmedGroup => "armed_group",
            ActorKind::Person => "person",
            ActorKind::Other => "other",
        }
    }
}

/// Where an actor's record comes from. A name of a `Casus` or `User` actor always ranks above
/// the names of `Petrarch` actors, and those above the names of `Phoenix` actors (the merge rule
/// of `docs/dictionaries.md`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ActorOrigin {
    /// casus's built-in table (`src/model/data/actors.toml`), or made by casus for a code.
    #[default]
    Casus,
    /// The user's TOML actor files.
    User,
    /// The user's actor dictionaries in PETRARCH's format (`--actors FILE.txt`).
    Petrarch,
    /// The shipped Phoenix dictionaries of PETRARCH-2.
    Phoenix,
}

impl ActorOrigin {
    /// The lower-case name used by `casus actors --origin`.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorOrigin::Casus => "casus",
            ActorOrigin::User => "user",
            ActorOrigin::Petrarch => "petrarch",
            ActorOrigin::Phoenix => "phoenix",
        }
    }

    /// The origin named `name` (`casus`, `user`, `petrarch`, `phoenix`).
    pub fn parse(name: &str) -> Option<ActorOrigin> {
        match name {
            "casus" => Some(ActorOrigin::Casus),
            "user" => Some(ActorOrigin::User),
            "petrarch" => Some(ActorOrigin::Petrarch),
            "phoenix" => Some(ActorOrigin::Phoenix),
            _ => None,
        }
    }

    /// Whether the record was made from a PETRARCH dictionary entry (the user's or Phoenix's).
    pub fn is_dictionary(self) -> bool {
        matches!(self, ActorOrigin::Petrarch | ActorOrigin::Phoenix)
    }

    /// The rank of the actor's names in the index: casus's and the user's TOML first, then the
    /// user's PETRARCH dictionaries, then Phoenix.
    fn rank(self) -> u8 {
        match self {
            ActorOrigin::Casus | ActorOrigin::User => 0,
            ActorOrigin::Petrarch => 1,
            ActorOrigin::Phoenix => 2,
        }
    }
}

/// A person's role for another actor during a period ("Kremlin spokesman" for Russia's
/// presidency from 2012).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Affiliation {
    /// The id of the actor the person speaks for.
    pub actor: String,
    /// The role, for display ("President", "Kremlin spokesman").
    pub role: String,
    /// When the role began and ended; `None` means unbounded on that side.
    pub from: Option<chrono::NaiveDate>,
    /// The last day of the role (inclusive).
    pub to: Option<chrono::NaiveDate>,
}

impl Affiliation {
    /// Whether the role may have been held at some time within `date`.
    pub fn covers(&self, date: &DateSpan) -> bool {
        let after_start = match (self.from, date.end()) {
            (Some(from), Some(end)) => end >= from,
            _ => true,
        };
        let before_end = match (self.to, date.start()) {
            (Some(to), Some(start)) => start <= to,
            _ => true,
        };
        after_start && before_end
    }
}

/// One actor of the registry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    /// Canonical id: lower-case, stable, used in files and exports (`russia`, `dmitry-peskov`).
    pub id: String,
    /// Display name, unique in a registry (`Russia`, `Dmitry Peskov`).
    pub name: String,
    /// CAMEO-style code: ISO 3166 alpha-3 country plus sector (`RUS`, `RUSGOV`, `ARMMIL`),
    /// or an organisation code (`IGOEUROSC`); empty when there is none.
    pub code: String,
    /// What sort of actor this is.
    pub kind: ActorKind,
    /// ISO 3166 alpha-3 code of the actor's country, when it has one.
    pub country: Option<String>,
    /// The id of the actor this one is part of (a government's state, the Minsk Group's OSCE).
    pub parent: Option<String>,
    /// The capital city, for states.
    pub capital: Option<String>,
    /// Other names: short forms, former names, abbreviations.
    pub aliases: Vec<String>,
    /// Adjectives and nouns for the people and things of the actor ("Russian", "Turkish").
    pub demonyms: Vec<String>,
    /// Places and buildings that stand for the actor ("Kremlin", "Moscow", "White House").
    pub metonyms: Vec<String>,
    /// For a person: whom they speak for, and when.
    pub affiliations: Vec<Affiliation>,
    /// Names a PETRARCH dictionary gives the actor (Phoenix's `HELMAND` for Afghanistan): they
    /// rank below every other name of casus's and the user's actors.
    pub dictionary_names: Vec<String>,
    /// Where the record comes from.
    pub origin: ActorOrigin,
}

impl Actor {
    /// A bare actor with the given id, name and kind.
    pub fn new(id: &str, name: &str, kind: ActorKind) -> Self {
        Actor {
            id: id.to_string(),
            name: name.to_string(),
            code: String::new(),
            kind,
            country: None,
            parent: None,
            capital: None,
            aliases: Vec::new(),
            demonyms: Vec::new(),
            metonyms: Vec::new(),
            affiliations: Vec::new(),
            dictionary_names: Vec::new(),
            origin: ActorOrigin::Casus,
        }
    }

    /// Every name the actor is known by, with what sort of name it is.
    pub fn names(&self) -> impl Iterator<Item = (&str, NameKind)> {
        std::iter::once((self.name.as_str(), NameKind::Name))
            .chain(std::iter::once((self.id.as_str(), NameKind::Id)))
            .chain(self.aliases.iter().map(|a| (a.as_str(), NameKind::Alias)))
            .chain(
                self.demonyms
                    .iter()
                    .map(|a| (a.as_str(), NameKind::Demonym)),
            )
            .chain(self.capital.iter().map(|a| (a.as_str(), NameKind::Metonym)))
            .chain(
                self.metonyms
                    .iter()
                    .map(|a| (a.as_str(), NameKind::Metonym)),
            )
            .chain(
                self.dictionary_names
                    .iter()
                    .map(|a| (a.as_str(), NameKind::Dictionary)),
            )
    }

    /// Whether the actor stands for its affiliation on a date rather than for itself: a person,
    /// or a place with no code of its own whose state changed over time (a Phoenix entry such
    /// as Leipzig, `DDR` then `DEU`: `docs/dictionaries.md`).
    pub fn stands_for_role(&self) -> bool {
        self.kind == ActorKind::Person || (self.code.is_empty() && !self.affiliations.is_empty())
    }

    /// The affiliation a person speaks for at `date`: the first one listed that covers the
    /// span's last day (an undated report, "on or before publication", speaks of the role
    /// held at publication: "President X" of news from 2000 is the head of state he was then,
    /// not the opposition leader he had been before), else the first that covers any of it.
    pub fn affiliation_on(&self, date: &DateSpan) -> Option<&Affiliation> {
        date.end()
            .and_then(|end| {
                let last = DateSpan::day(end);
                self.affiliations.iter().find(|a| a.covers(&last))
            })
            .or_else(|| self.affiliations.iter().find(|a| a.covers(date)))
    }
}

/// How a name refers to an actor; a name ranks above an alias, an alias above a metonym.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NameKind {
    /// The display name.
    Name,
    /// The canonical id.
    Id,
    /// An alias.
    Alias,
    /// A demonym.
    Demonym,
    /// A capital, building or other metonym.
    Metonym,
    /// A name from a PETRARCH dictionary, on a casus or user actor.
    Dictionary,
}

/// The outcome of looking a name up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Lookup<'a> {
    /// Exactly one actor has the name.
    Found(&'a Actor),
    /// Several actors share the name at the same rank.
    Ambiguous(Vec<&'a Actor>),
    /// No actor has the name; the closest known name, if one is close.
    Unknown {
        /// A known name close to the one asked for.
        suggestion: Option<String>,
    },
}

/// An actor chosen for an event: the actor that acts, and the person named, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved<'a> {
    /// The actor the event is coded for (a person's affiliation on the date).
    pub actor: &'a Actor,
    /// The person who was named, when the name was a person's.
    pub person: Option<&'a Actor>,
}

/// Why a name could not be resolved to one actor.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ResolveError {
    /// No actor has the name.
    #[error("unknown actor '{name}'{}", hint(suggestion))]
    Unknown {
        /// The name as written.
        name: String,
        /// A close known name.
        suggestion: Option<String>,
    },
    /// Several actors have the name.
    #[error("actor name '{name}' is ambiguous: it names {}; use an id", candidates.join(", "))]
    Ambiguous {
        /// The name as written.
        name: String,
        /// The ids of the candidates.
        candidates: Vec<String>,
    },
    /// A person named for an event has no affiliation covering its date.
    #[error(
        "'{name}' has no affiliation on {date}; add one to the actor file or name the state or group"
    )]
    NoAffiliation {
        /// The person's name.
        name: String,
        /// The event's date (EDTF).
        date: String,
    },
}

fn hint(suggestion: &Option<String>) -> String {
    match suggestion {
        Some(s) => format!("; did you mean '{s}'?"),
        None => String::new(),
    }
}

/// The actors known to a run: the built-in ones plus the user's, by id and by every name.
#[derive(Clone, Debug, Default)]
pub struct ActorRegistry {
    actors: BTreeMap<String, Actor>,
    /// Normalised name -> (rank: origin then kind of name, ids), rebuilt on every insert.
    index: FxHashMap<String, ((u8, NameKind), Vec<String>)>,
    /// CAMEO-style code -> ids of the actors with that code, rebuilt with `index`.
    codes: FxHashMap<String, Vec<String>>,
}

impl ActorRegistry {
    /// An empty registry.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds an actor, replacing any actor with the same id (a user's file overrides the built-in).
    pub fn insert(&mut self, actor: Actor) {
        let replaced = self
            .actors
            .insert(actor.id.clone(), actor.clone())
            .is_some();
        if replaced {
            // Rare (a user's override): rebuild the index so that no stale name survives.
            self.index.clear();
            self.codes.clear();
            let all = std::mem::take(&mut self.actors);
            for a in all.values() {
                self.index_actor(a);
            }
            self.actors = all;
        } else {
            self.index_actor(&actor);
        }
    }

    /// A registry of these actors (a later one with the same id replaces an earlier one),
    /// indexed once: linear in the number of names.
    pub fn from_actors(actors: impl IntoIterator<Item = Actor>) -> Self {
        let mut registry = ActorRegistry::new();
        for a in actors {
            registry.actors.insert(a.id.clone(), a);
        }
        let all = std::mem::take(&mut registry.actors);
        for a in all.values() {
            registry.index_actor(a);
        }
        registry.actors = all;
        registry
    }

    /// Every actor, by value, in id order (to build a new registry from this one).
    pub fn into_actors(self) -> impl Iterator<Item = Actor> {
        self.actors.into_values()
    }

    fn index_actor(&mut self, actor: &Actor) {
        // A named entry of a PETRARCH dictionary (a group coded `GRCREB`) carries a code that
        // names its class, not the actor: it is not found by code.
        let by_code = !actor.origin.is_dictionary() || actor.id.starts_with("cameo-");
        if !actor.code.is_empty() && by_code {
            let ids = self.codes.entry(actor.code.clone()).or_default();
            if !ids.contains(&actor.id) {
                ids.push(actor.id.clone());
            }
        }
        for (name, kind) in actor.names() {
            let key = normalize_name(name);
            if key.is_empty() {
                continue;
            }
            let kind = (actor.origin.rank(), kind);
            let entry = self.index.entry(key).or_insert((kind, Vec::new()));
            if kind < entry.0 {
                *entry = (kind, vec![actor.id.clone()]);
            } else if kind == entry.0 && !entry.1.contains(&actor.id) {
                entry.1.push(actor.id.clone());
            }
        }
    }

    /// The actor with this id.
    pub fn get(&self, id: &str) -> Option<&Actor> {
        self.actors.get(id)
    }

    /// Every actor, by id.
    pub fn iter(&self) -> impl Iterator<Item = &Actor> {
        self.actors.values()
    }

    /// How many actors the registry holds.
    pub fn len(&self) -> usize {
        self.actors.len()
    }

    /// Whether the registry is empty.
    pub fn is_empty(&self) -> bool {
        self.actors.is_empty()
    }

    /// The actor with this CAMEO-style code (`RUSGOV`, `IGOUNO`), compared exactly. When several
    /// actors share a code, casus's and the user's come first, then the first by kind (state, government, military, organisation, armed
    /// group, other, person) and then by id wins, so that the answer does not depend on the order
    /// the actors were added in.
    pub fn by_code(&self, code: &str) -> Option<&Actor> {
        let rank = |a: &Actor| {
            let kind = match a.kind {
                ActorKind::State => 0,
                ActorKind::Government => 1,
                ActorKind::Military => 2,
                ActorKind::Organisation => 3,
                ActorKind::ArmedGroup => 4,
                ActorKind::Other => 5,
                ActorKind::Person => 6,
            };
            (a.origin.rank(), kind, a.id.clone())
        };
        self.codes
            .get(code)?
            .iter()
            .filter_map(|id| self.actors.get(id))
            .min_by_key(|a| rank(a))
    }

    /// Like [`ActorRegistry::lookup`], but an unknown name gets no suggestion: fast enough to
    /// call for every distinct name of a dataset.
    pub fn find(&self, name: &str) -> Lookup<'_> {
        match self.index.get(&normalize_name(name)) {
            Some((_, ids)) if ids.len() == 1 => Lookup::Found(&self.actors[&ids[0]]),
            Some((_, ids)) => Lookup::Ambiguous(ids.iter().map(|id| &self.actors[id]).collect()),
            None => Lookup::Unknown { suggestion: None },
        }
    }

    /// The one actor whose demonym `name` is the plural of ("Armenians", "Azerbaijanis", "East
    /// Germans": a state's people, as news names them), when `name` is no name itself.
    pub fn find_plural_demonym(&self, name: &str) -> Option<&Actor> {
        let stem = name.strip_suffix(['s', 'S'])?;
        if self.index.contains_key(&normalize_name(name)) {
            return None;
        }
        match self.index.get(&normalize_name(stem)) {
            Some(((_, NameKind::Demonym), ids)) if ids.len() == 1 => Some(&self.actors[&ids[0]]),
            _ => None,
        }
    }

    /// Looks a name, alias, demonym, metonym or id up (case, accents and a leading "the" do not
    /// matter).
    pub fn lookup(&self, name: &str) -> Lookup<'_> {
        let key = normalize_name(name);
        match self.index.get(&key) {
            Some((_, ids)) if ids.len() == 1 => Lookup::Found(&self.actors[&ids[0]]),
            Some((_, ids)) => Lookup::Ambiguous(ids.iter().map(|id| &self.actors[id]).collect()),
            None => Lookup::Unknown {
                suggestion: self.suggest(&key),
            },
        }
    }

    /// The one actor a name refers to, or why there is none (unknown, with a suggestion, or
    /// ambiguous); a person is returned as the person.
    pub fn named(&self, name: &str) -> Result<&Actor, ResolveError> {
        match self.lookup(name) {
            Lookup::Found(a) => Ok(a),
            Lookup::Ambiguous(c) => Err(ResolveError::Ambiguous {
                name: name.to_string(),
                candidates: c.iter().map(|a| a.id.clone()).collect(),
            }),
            Lookup::Unknown { suggestion } => Err(ResolveError::Unknown {
                name: name.to_string(),
                suggestion,
            }),
        }
    }

    /// Resolves a name to the actor an event on `date` is coded for: a person (or a place whose
    /// state changed) stands for the actor of their affiliation on that date.
    pub fn resolve(&self, name: &str, date: &DateSpan) -> Result<Resolved<'_>, ResolveError> {
        let actor = self.named(name)?;
        if !actor.stands_for_role() {
            return Ok(Resolved {
                actor,
                person: None,
            });
        }
        let affiliated = actor
            .affiliation_on(date)
            .and_then(|a| self.get(&a.actor))
            .ok_or_else(|| ResolveError::NoAffiliation {
                name: actor.name.clone(),
                date: date.to_string(),
            })?;
        Ok(Resolved {
            actor: affiliated,
            person: Some(actor),
        })
    }

    /// The known name closest to `key` (normalised), if it is close enough to be a typo. Only
    /// the names of casus's and the user's actors are suggested: the tens of thousands of the
    /// PETRARCH dictionaries would make every unknown name slow to report.
    fn suggest(&self, key: &str) -> Option<String> {
        if key.is_empty() {
            return None;
        }
        let mut best: Option<(f64, &str)> = None;
        for actor in self.actors.values() {
            if actor.origin.is_dictionary() {
                continue;
            }
            for (name, _) in actor.names() {
                let score = crate::diag::similarity(key, &normalize_name(name));
                if score >= 0.85 && best.is_none_or(|(s, n)| score > s || (score == s && name < n))
                {
                    best = Some((score, name));
                }
            }
        }
        best.map(|(_, n)| n.to_string())
    }
}

/// The form names are compared in: lower case, Latin accents folded, punctuation other than
/// letters and digits turned into single spaces, a leading "the" dropped.
pub fn normalize_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut space = true;
    for c in name.chars() {
        let c = fold_accent(c);
        if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                out.push(l);
            }
            space = false;
        } else if c == '\'' || c == '\u{2019}' || c == '.' {
            // "Côte d'Ivoire", "U.S." keep their letters together.
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    if out.starts_with("the ") {
        out.drain(..4);
    }
    out
}

/// Folds the accented Latin letters common in actor names to their base letter.
fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => 'A',
        'ç' | 'ć' | 'č' => 'c',
        'Ç' | 'Ć' | 'Č' => 'C',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'ə' => 'e',
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' | 'Ə' => 'E',
        'ğ' => 'g',
        'Ğ' => 'G',
        'ì' | 'í' | 'î' | 'ï' | 'ı' | 'ī' => 'i',
        'Ì' | 'Í' | 'Î' | 'Ï' | 'İ' | 'Ī' => 'I',
        'ñ' | 'ń' | 'ň' => 'n',
        'Ñ' | 'Ń' | 'Ň' => 'N',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => 'O',
        'ş' | 'ś' | 'š' | 'ș' => 's',
        'Ş' | 'Ś' | 'Š' | 'Ș' => 'S',
        'ţ' | 'ť' | 'ț' => 't',
        'Ţ' | 'Ť' | 'Ț' => 'T',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' => 'U',
        'ý' | 'ÿ' => 'y',
        'Ý' | 'Ÿ' => 'Y',
        'ž' | 'ź' | 'ż' => 'z',
        'Ž' | 'Ź' | 'Ż' => 'Z',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn registry() -> ActorRegistry {
        let mut r = ActorRegistry::new();
        let mut rus = Actor::new("russia", "Russia", ActorKind::State);
        rus.code = "RUS".into();
        rus.capital = Some("Moscow".into());
        rus.demonyms = vec!["Russian".into()];
        rus.aliases = vec!["Russian Federation".into()];
        r.insert(rus);
        let mut gov = Actor::new(
            "russia-government",
            "Russian government",
            ActorKind::Government,
        );
        gov.code = "RUSGOV".into();
        gov.metonyms = vec!["Kremlin".into()];
        r.insert(gov);
        let mut tur = Actor::new("turkey", "Turkey", ActorKind::State);
        tur.aliases = vec!["Türkiye".into()];
        r.insert(tur);
        let mut peskov = Actor::new("dmitry-peskov", "Dmitry Peskov", ActorKind::Person);
        peskov.aliases = vec!["Peskov".into()];
        peskov.affiliations = vec![Affiliation {
            actor: "russia-government".into(),
            role: "Kremlin spokesman".into(),
            from: chrono::NaiveDate::from_ymd_opt(2012, 5, 22),
            to: None,
        }];
        r.insert(peskov);
        r
    }

    #[test]
    fn resolves_names_aliases_metonyms_regardless_of_case_and_accents() {
        let r = registry();
        for (name, id) in [
            ("Russia", "russia"),
            ("the Russian Federation", "russia"),
            ("moscow", "russia"),
            ("KREMLIN", "russia-government"),
            ("Turkiye", "turkey"),
            ("Türkiye", "turkey"),
        ] {
            match r.lookup(name) {
                Lookup::Found(a) => assert_eq!(a.id, id, "{name}"),
                other => panic!("{name}: {other:?}"),
            }
        }
    }

    #[test]
    fn a_plural_demonym_names_the_state_and_a_name_stays_a_name() {
        let r = registry();
        assert_eq!(r.find_plural_demonym("Russians").unwrap().id, "russia");
        assert_eq!(r.find_plural_demonym("RUSSIANS").unwrap().id, "russia");
        // A name is never read as a plural; a name's plural is no demonym's.
        assert!(r.find_plural_demonym("Moscows").is_none());
        assert!(r.find_plural_demonym("Russian").is_none());
    }

    #[test]
    fn a_person_stands_for_their_affiliation_on_the_date() {
        let r = registry();
        let d = DateSpan::parse("2020-09-29").unwrap();
        let res = r.resolve("Peskov", &d).unwrap();
        assert_eq!(res.actor.id, "russia-government");
        assert_eq!(res.person.unwrap().id, "dmitry-peskov");
        let early = DateSpan::parse("2005").unwrap();
        assert!(matches!(
            r.resolve("Peskov", &early),
            Err(ResolveError::NoAffiliation { .. })
        ));
    }

    #[test]
    fn unknown_names_get_a_suggestion() {
        let r = registry();
        let d = DateSpan::parse("2020").unwrap();
        let e = r.resolve("Turky", &d).unwrap_err().to_string();
        assert_eq!(e, "unknown actor 'Turky'; did you mean 'Turkey'?");
        let e = r.resolve("Atlantis", &d).unwrap_err().to_string();
        assert_eq!(e, "unknown actor 'Atlantis'");
    }

    #[test]
    fn a_later_insert_with_the_same_id_overrides() {
        let mut r = registry();
        let mut tur = Actor::new("turkey", "Republic of Türkiye", ActorKind::State);
        tur.aliases = vec!["Ankara".into()];
        r.insert(tur);
        assert!(matches!(r.lookup("Türkiye"), Lookup::Unknown { .. }));
        assert!(matches!(r.lookup("Republic of Türkiye"), Lookup::Found(a) if a.id == "turkey"));
        assert!(matches!(r.lookup("Ankara"), Lookup::Found(a) if a.id == "turkey"));
    }

    #[test]
    fn codes_find_their_actor_and_find_never_suggests() {
        let mut r = registry();
        assert_eq!(r.by_code("RUSGOV").unwrap().id, "russia-government");
        assert_eq!(r.by_code("RUS").unwrap().id, "russia");
        assert!(r.by_code("RU").is_none());
        // A second actor with a state's code: the state wins, whatever the order.
        let mut other = Actor::new("a-russian-club", "Russian Club", ActorKind::Other);
        other.code = "RUS".into();
        r.insert(other);
        assert_eq!(r.by_code("RUS").unwrap().id, "russia");
        assert!(matches!(r.find("the Kremlin"), Lookup::Found(a) if a.id == "russia-government"));
        assert_eq!(r.find("Turky"), Lookup::Unknown { suggestion: None });
        assert!(matches!(
            r.lookup("Turky"),
            Lookup::Unknown {
                suggestion: Some(_)
            }
        ));
    }
}
