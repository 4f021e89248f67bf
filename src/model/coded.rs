//! Resolving the actors of coded event datasets to registry actors: CAMEO actor codes (GDELT's
//! `RUSGOV`), ICEWS names with their sectors and country, ACLED and UCDP actor names
//! ("Military Forces of Armenia (2018-)", "Government of Azerbaijan"). What the registry does not
//! know becomes a run-local actor with a deterministic id, created once and added to the
//! registry so that the exports can name it. The policy is documented in `docs/importers.md`.

use std::sync::Arc;

use rustc_hash::FxHashMap;

use crate::model::{Actor, ActorId, ActorKind, ActorOrigin, ActorRegistry, DateSpan, Lookup};

/// A CAMEO actor code segment that is not a country: (code, name, kind of a run-local actor
/// whose main role it is). From the CAMEO codebook (v1.1b3, actor codes: domestic and
/// international roles, religions, regions) and GDELT's CAMEO type table (which adds `PTY`).
pub const SEGMENTS: &[(&str, &str, ActorKind)] = &[
    // Domestic roles.
    ("COP", "Police", ActorKind::Government),
    ("GOV", "Government", ActorKind::Government),
    ("INS", "Insurgents", ActorKind::ArmedGroup),
    ("JUD", "Judiciary", ActorKind::Government),
    ("MIL", "Military", ActorKind::Military),
    ("OPP", "Political opposition", ActorKind::Other),
    ("PTY", "Political party", ActorKind::Other),
    ("REB", "Rebels", ActorKind::ArmedGroup),
    ("SEP", "Separatist rebels", ActorKind::ArmedGroup),
    ("SPY", "State intelligence", ActorKind::Government),
    ("UAF", "Unaligned armed forces", ActorKind::ArmedGroup),
    ("AGR", "Agriculture", ActorKind::Other),
    ("BUS", "Business", ActorKind::Other),
    ("CRM", "Criminals", ActorKind::Other),
    ("CVL", "Civilians", ActorKind::Other),
    ("DEV", "Development", ActorKind::Other),
    ("EDU", "Education", ActorKind::Other),
    ("ELI", "Elites", ActorKind::Other),
    ("ENV", "Environmental", ActorKind::Other),
    ("HLH", "Health", ActorKind::Other),
    ("HRI", "Human rights", ActorKind::Other),
    ("LAB", "Labour", ActorKind::Other),
    ("LEG", "Legislature", ActorKind::Government),
    ("MED", "Media", ActorKind::Other),
    ("REF", "Refugees", ActorKind::Other),
    ("MOD", "Moderates", ActorKind::Other),
    ("RAD", "Radicals", ActorKind::Other),
    ("SET", "Settlers", ActorKind::Other),
    // International roles and organisations.
    ("AMN", "Amnesty International", ActorKind::Organisation),
    ("IRC", "Red Cross", ActorKind::Organisation),
    ("GRP", "Greenpeace", ActorKind::Organisation),
    ("UNO", "United Nations", ActorKind::Organisation),
    ("PKO", "Peacekeepers", ActorKind::Military),
    ("UIS", "Unidentified state actor", ActorKind::Other),
    (
        "IGO",
        "Intergovernmental organisation",
        ActorKind::Organisation,
    ),
    (
        "IMG",
        "International militarised group",
        ActorKind::ArmedGroup,
    ),
    ("INT", "International actor", ActorKind::Other),
    ("MNC", "Multinational corporation", ActorKind::Organisation),
    ("NGM", "Non-governmental movement", ActorKind::Other),
    (
        "NGO",
        "Non-governmental organisation",
        ActorKind::Organisation,
    ),
    // Religions.
    ("REL", "Religious", ActorKind::Other),
    ("ADR", "African diasporic religion", ActorKind::Other),
    ("ALE", "Alewi", ActorKind::Other),
    ("ATH", "Agnostic", ActorKind::Other),
    ("BAH", "Bahai", ActorKind::Other),
    ("BUD", "Buddhist", ActorKind::Other),
    ("CHR", "Christian", ActorKind::Other),
    ("CON", "Confucian", ActorKind::Other),
    ("CPT", "Coptic", ActorKind::Other),
    ("CTH", "Catholic", ActorKind::Other),
    ("DOX", "Orthodox", ActorKind::Other),
    ("DRZ", "Druze", ActorKind::Other),
    ("HIN", "Hindu", ActorKind::Other),
    ("HSD", "Hasidic", ActorKind::Other),
    ("ITR", "Indigenous tribal religion", ActorKind::Other),
    ("JAN", "Jain", ActorKind::Other),
    ("JEW", "Jewish", ActorKind::Other),
    ("JHW", "Jehovah's Witnesses", ActorKind::Other),
    ("LDS", "Latter Day Saints", ActorKind::Other),
    ("MOS", "Muslim", ActorKind::Other),
    ("MRN", "Maronite", ActorKind::Other),
    ("NRM", "New religious movement", ActorKind::Other),
    ("PAN", "Pagan", ActorKind::Other),
    ("PRO", "Protestant", ActorKind::Other),
    ("SHI", "Shia", ActorKind::Other),
    ("SHN", "Shinto", ActorKind::Other),
    ("SIK", "Sikh", ActorKind::Other),
    ("SUF", "Sufi", ActorKind::Other),
    ("SUN", "Sunni", ActorKind::Other),
    ("TAO", "Taoist", ActorKind::Other),
    ("UDX", "Ultra-Orthodox", ActorKind::Other),
    ("ZRO", "Zoroastrian", ActorKind::Other),
    // Regions.
    ("AFR", "Africa", ActorKind::Other),
    ("ASA", "Asia", ActorKind::Other),
    ("BLK", "Balkans", ActorKind::Other),
    ("CRB", "Caribbean", ActorKind::Other),
    ("CAU", "Caucasus", ActorKind::Other),
    ("CFR", "Central Africa", ActorKind::Other),
    ("CAS", "Central Asia", ActorKind::Other),
    ("CEU", "Central Europe", ActorKind::Other),
    ("EIN", "East Indies", ActorKind::Other),
    ("EAF", "Eastern Africa", ActorKind::Other),
    ("EEU", "Eastern Europe", ActorKind::Other),
    ("EUR", "Europe", ActorKind::Other),
    ("LAM", "Latin America", ActorKind::Other),
    ("MEA", "Middle East", ActorKind::Other),
    ("MDT", "Mediterranean", ActorKind::Other),
    ("NAF", "North Africa", ActorKind::Other),
    ("NMR", "North America", ActorKind::Other),
    ("PGS", "Persian Gulf", ActorKind::Other),
    ("SCN", "Scandinavia", ActorKind::Other),
    ("SAM", "South America", ActorKind::Other),
    ("SAS", "South Asia", ActorKind::Other),
    ("SEA", "Southeast Asia", ActorKind::Other),
    ("SAF", "Southern Africa", ActorKind::Other),
    ("WAF", "West Africa", ActorKind::Other),
    ("WST", "The West", ActorKind::Other),
];

/// ICEWS sectors to CAMEO roles, in priority order: an actor with several sectors takes the role
/// of the first row that matches one of them ("Government,Police" is police; a defence minister
/// with "Government,Military" is military). Sector names are compared in lower case; a sector
/// ending in "ministry" counts as `government`.
pub const ICEWS_SECTORS: &[(&str, &[&str])] = &[
    (
        "MIL",
        &[
            "military",
            "army",
            "navy",
            "air force",
            "marines",
            "defense / security ministry",
            "military intelligence",
            "paramilitary",
            "special forces",
        ],
    ),
    ("COP", &["police"]),
    ("SPY", &["intelligence", "secret police"]),
    ("JUD", &["judicial"]),
    (
        "LEG",
        &[
            "legislative / parliamentary",
            "lower house",
            "upper house",
            "unicameral",
        ],
    ),
    (
        "GOV",
        &[
            "government",
            "executive",
            "executive office",
            "cabinet",
            "local",
            "provincial",
            "municipal",
        ],
    ),
    (
        "IGO",
        &[
            "international government organization",
            "regional diplomatic igos",
            "global diplomatic igos",
            "global economic/financial/trade igos",
            "global defense / security igos",
            "human rights igos",
        ],
    ),
    ("INS", &["insurgents"]),
    ("REB", &["rebel", "rebels"]),
    ("SEP", &["separatists"]),
    ("UAF", &["unidentified forces"]),
    (
        "PTY",
        &[
            "parties",
            "(national) major party",
            "(national) minor party",
            "government major party (in government)",
            "opposition major party (out of government)",
        ],
    ),
    (
        "OPP",
        &[
            "dissident",
            "protestors / popular opposition / mobs",
            "opposition",
        ],
    ),
    ("CRM", &["criminals / gangs", "organized crime"]),
    (
        "MED",
        &["media", "news", "print news", "state media", "television"],
    ),
    (
        "NGO",
        &[
            "nongovernmental organizations / activists",
            "nongovernmental organization (international)",
            "human rights ngos",
        ],
    ),
    ("BUS", &["business", "industrial", "commercial"]),
    ("EDU", &["education"]),
    ("HLH", &["medical / health", "health"]),
    ("LAB", &["labor", "unions"]),
    ("AGR", &["agricultural"]),
    ("REF", &["refugees / displaced"]),
    (
        "REL",
        &["international religious", "national religious", "religious"],
    ),
    ("ELI", &["elite"]),
    ("CVL", &["general population / civilian / social", "social"]),
];

/// ACLED's and UCDP's generic actor names "ROLE (Country)" and "ROLE of Country" to CAMEO roles
/// (lower case). ACLED writes state forces "Military Forces of Armenia (2018-)", "Police Forces
/// of Armenia (2018-)"; UCDP writes "Government of Armenia".
pub const GENERIC_NAMES: &[(&str, &str)] = &[
    ("military forces of", "MIL"),
    ("police forces of", "COP"),
    ("government of", "GOV"),
    ("naval forces of", "MIL"),
    ("air force of", "MIL"),
    ("civilians", "CVL"),
    ("protesters", "OPP"),
    ("rioters", "OPP"),
    ("unidentified armed group", "UAF"),
    ("unidentified military forces", "UAF"),
    ("labor group", "LAB"),
    ("labour group", "LAB"),
    ("students", "EDU"),
    ("teachers", "EDU"),
    ("journalists", "MED"),
    ("health workers", "HLH"),
    ("lawyers", "JUD"),
    ("judges", "JUD"),
    ("farmers", "AGR"),
    ("refugees/idps", "REF"),
    ("prisoners", "CRM"),
    ("women", "CVL"),
    ("children", "CVL"),
];

/// Country names the datasets write that the registry does not hold as names (lower case) to
/// ISO alpha-3 codes: ICEWS's "Occupied Palestinian Territory", "Democratic Republic of Congo",
/// "Congo" (the Republic of the Congo in ICEWS, ACLED and UCDP), the former name of North
/// Macedonia.
pub const COUNTRY_NAMES: &[(&str, &str)] = &[
    ("occupied palestinian territory", "PSE"),
    ("palestinian territory, occupied", "PSE"),
    ("palestinian territories", "PSE"),
    ("democratic republic of congo", "COD"),
    ("congo, democratic republic of the", "COD"),
    ("congo", "COG"),
    ("republic of congo", "COG"),
    ("congo, republic of the", "COG"),
    ("the former yugoslav republic of macedonia", "MKD"),
    ("macedonia, the former yugoslav republic of", "MKD"),
];

/// ICEWS's name for an actor it could not identify: no actor.
pub const ICEWS_UNSPECIFIED: &str = "Unspecified Actor";

/// The name, and kind of a run-local actor, of a code segment.
pub fn segment(code: &str) -> Option<(&'static str, ActorKind)> {
    SEGMENTS
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, n, k)| (*n, *k))
}

/// The CAMEO role of a set of ICEWS sectors (comma-separated), by [`ICEWS_SECTORS`].
pub fn icews_role(sectors: &str) -> Option<&'static str> {
    let sectors: Vec<String> = sectors
        .split(',')
        .map(|s| s.trim().to_ascii_lowercase())
        .filter(|s| !s.is_empty() && s != "na")
        .collect();
    for (role, names) in ICEWS_SECTORS {
        let hit = sectors
            .iter()
            .any(|s| names.contains(&s.as_str()) || (*role == "GOV" && s.ends_with("ministry")));
        if hit {
            return Some(role);
        }
    }
    None
}

/// Whether `code` looks like a CAMEO actor code: 1 to 30 ASCII letters and digits.
pub fn is_actor_code(code: &[u8]) -> bool {
    !code.is_empty() && code.len() <= 30 && code.iter().all(u8::is_ascii_alphanumeric)
}

/// A slug of a name for a run-local id: lower-case ASCII letters and digits joined by `-`
/// (Latin accents folded); a name with none of them gets a hash of its text.
pub fn slug(name: &str) -> String {
    let folded = crate::model::actor::normalize_name(name);
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        // FNV-1a: stable across runs and platforms.
        let mut h: u64 = 0xcbf29ce484222325;
        for b in name.bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x100000001b3);
        }
        out = format!("x{h:016x}");
    }
    out
}

/// Splits a trailing parenthesised part off a name: `"Civilians (Armenia)"` gives
/// `("Civilians", Some("Armenia"))`, and `"Military Forces of Armenia (2018-)"` gives
/// `("Military Forces of Armenia", Some("2018-"))`. Text after the closing parenthesis (ACLED
/// sub-units) is dropped.
pub fn split_paren(name: &str) -> (&str, Option<&str>) {
    match name.find(" (") {
        Some(i) => {
            let rest = &name[i + 2..];
            let inner = rest.split(')').next().unwrap_or(rest);
            (name[..i].trim(), Some(inner.trim()))
        }
        None => (name.trim(), None),
    }
}

/// What a CAMEO actor code stands for in a registry, worked out without changing it.
#[derive(Clone, Debug, PartialEq)]
pub enum CodeActor {
    /// A registry actor, by id.
    Known(String),
    /// The run-local actor to make for it (`cameo-<code>`), not yet in the registry; its name
    /// is not yet made unique (see [`unique_name`]).
    New(Box<Actor>),
}

/// The actor of a CAMEO actor code by the code policy (`docs/importers.md`): the registry actor
/// with the code; else the one whose code is the longest prefix (at a 3-letter boundary, at
/// least 6 letters: `RUSGOVMIL` -> `RUSGOV`); else a new `cameo-<code>` actor for the country
/// and main role (`SYRREB`, parent the state) or for the whole code (`COP`, "Police").
/// The code must not be empty.
pub fn code_actor(registry: &ActorRegistry, code: &str) -> CodeActor {
    if let Some(a) = registry.by_code(code) {
        return CodeActor::Known(a.id.clone());
    }
    let mut n = code.len() - code.len() % 3;
    if n == code.len() {
        n = n.saturating_sub(3);
    }
    while n >= 6 {
        if code.is_char_boundary(n)
            && let Some(a) = registry.by_code(&code[..n])
        {
            return CodeActor::Known(a.id.clone());
        }
        n -= 3;
    }
    let country = code
        .get(..3)
        .and_then(|c| registry.by_code(c))
        .filter(|a| a.kind == ActorKind::State)
        .map(|a| (a.id.clone(), a.name.clone(), a.code.clone()));
    // A country's code keeps its main role only: `USAMEDJUD` is US media.
    let code = match &country {
        Some(_) if code.len() > 6 && code.is_char_boundary(6) => &code[..6],
        _ => code,
    };
    let id = format!("cameo-{}", code.to_ascii_lowercase());
    if registry.get(&id).is_some() {
        return CodeActor::Known(id);
    }
    let segments: Vec<&str> = (0..code.len())
        .step_by(3)
        .filter_map(|i| code.get(i..(i + 3).min(code.len())))
        .collect();
    let roles: Vec<String> = segments
        .iter()
        .enumerate()
        .skip(usize::from(country.is_some()))
        .map(|(i, s)| match segment(s) {
            Some((n, _)) => n.to_string(),
            // The Phoenix dictionaries write CAMEO's Muslim (`MOS`) as `MUS` after a role
            // (`IMGMUSISI`, `SYRREBMUS`); only a leading `MUS` is Mauritius.
            None if i > 0 && *s == "MUS" => "Muslim".to_string(),
            None => match registry.by_code(s) {
                Some(a) if a.kind == ActorKind::State => a.name.clone(),
                _ => s.to_string(),
            },
        })
        .collect();
    let main = segments
        .get(usize::from(country.is_some()))
        .and_then(|s| segment(s));
    let kind = match (&country, main) {
        (_, Some((_, k))) => k,
        (Some(_), None) if segments.len() == 1 => ActorKind::State,
        _ => ActorKind::Other,
    };
    let name = match &country {
        Some((_, cname, _)) if !roles.is_empty() => format!("{} ({cname})", roles.join(" / ")),
        _ if !roles.is_empty() && main.is_some() => roles.join(" / "),
        _ => code.to_string(),
    };
    let mut actor = Actor::new(&id, &name, kind);
    actor.code = code.to_string();
    if let Some((state_id, _, state_code)) = country {
        actor.parent = Some(state_id);
        actor.country = Some(state_code);
    }
    CodeActor::New(Box::new(actor))
}

/// Gives a new actor a name no registry actor holds: the code (or id) appended, else a number.
pub fn unique_name(registry: &ActorRegistry, actor: &mut Actor) {
    if matches!(registry.find(&actor.name), Lookup::Unknown { .. }) {
        return;
    }
    let base = actor.name.clone();
    actor.name = if actor.code.is_empty() {
        format!("{base} [{}]", actor.id)
    } else {
        format!("{base} [{}]", actor.code)
    };
    let mut n = 2;
    while !matches!(registry.find(&actor.name), Lookup::Unknown { .. }) {
        actor.name = format!("{base} [{}]", n);
        n += 1;
    }
}

/// The new actors a [`Coder`] created, for callers that track them (the `--actor` filter).
#[derive(Clone, Debug)]
pub struct Created {
    /// The new actor's id.
    pub id: ActorId,
    /// Its parent (the state of its country), if any.
    pub parent: Option<String>,
    /// Its country (ISO alpha-3), if any.
    pub country: Option<String>,
}

/// Resolves dataset actors through the registry, caching every answer so that each distinct
/// code or name is worked out once per run.
#[derive(Debug, Default)]
pub struct Coder {
    /// Interned actor ids, one `Arc` per id.
    ids: FxHashMap<String, ActorId>,
    /// CAMEO code -> actor.
    codes: FxHashMap<Box<[u8]>, ActorId>,
    /// (dataset, name, extra) -> actor, for names resolved by pattern or created.
    names: FxHashMap<(u8, String, String), Option<ActorId>>,
    /// Country name -> ISO alpha-3 code of a registry state.
    countries: FxHashMap<String, Option<Arc<str>>>,
    /// Actors created since the last [`Coder::take_created`].
    created: Vec<Created>,
    /// The origin given to the actors it creates.
    origin: ActorOrigin,
}

impl Coder {
    /// A coder with empty caches.
    pub fn new() -> Self {
        Self::default()
    }

    /// A coder whose new actors have this origin (the merge of a PETRARCH dictionary makes its
    /// code actors with the dictionary's origin).
    pub fn with_origin(origin: ActorOrigin) -> Self {
        Coder {
            origin,
            ..Self::default()
        }
    }

    /// The actors created since the last call.
    pub fn take_created(&mut self) -> Vec<Created> {
        std::mem::take(&mut self.created)
    }

    fn intern(&mut self, id: &str) -> ActorId {
        if let Some(a) = self.ids.get(id) {
            return a.clone();
        }
        let a: ActorId = Arc::from(id);
        self.ids.insert(id.to_string(), a.clone());
        a
    }

    /// The ISO alpha-3 code of the state a country name or code names, if the registry has it
    /// (`Russian Federation`, `RUS`, `DR Congo (Zaire)`).
    pub fn country(&mut self, registry: &ActorRegistry, name: &str) -> Option<Arc<str>> {
        let name = name.trim();
        if name.is_empty() || name.eq_ignore_ascii_case("na") {
            return None;
        }
        if let Some(c) = self.countries.get(name) {
            return c.clone();
        }
        let state = |n: &str| match registry.find(n) {
            Lookup::Found(a) if a.kind == ActorKind::State && a.code.len() == 3 => {
                Some(a.code.clone())
            }
            _ => match registry.by_code(n) {
                Some(a) if a.kind == ActorKind::State => Some(a.code.clone()),
                _ => None,
            },
        };
        let lower = name.to_lowercase();
        let alias = COUNTRY_NAMES
            .iter()
            .find(|(n, _)| *n == lower)
            .map(|(_, c)| c.to_string());
        let found = alias.or_else(|| state(name)).or_else(|| {
            let (base, paren) = split_paren(name);
            state(base).or_else(|| paren.and_then(state)).or_else(|| {
                // ICEWS and UN style "Korea, Republic of": try the parts the other way round.
                name.split_once(", ")
                    .and_then(|(a, b)| state(&format!("{b} {a}")).or_else(|| state(a)))
            })
        });
        let found: Option<Arc<str>> = found.map(Arc::from);
        self.countries.insert(name.to_string(), found.clone());
        found
    }

    /// Resolves a CAMEO actor code (policy in `docs/importers.md`): the registry actor with the
    /// code; else the one whose code is the longest prefix (at a 3-letter boundary, at least 6
    /// letters: `RUSGOVMIL` -> `RUSGOV`); else a run-local actor `cameo-<code>` for the country
    /// and main role (`SYRREB`) or the whole code. An empty code is no actor.
    pub fn code(&mut self, registry: &mut ActorRegistry, code: &[u8]) -> Option<ActorId> {
        if code.is_empty() {
            return None;
        }
        if let Some(a) = self.codes.get(code) {
            return Some(a.clone());
        }
        let text = String::from_utf8_lossy(code).into_owned();
        let id = self.resolve_code(registry, &text);
        self.codes.insert(code.into(), id.clone());
        Some(id)
    }

    fn resolve_code(&mut self, registry: &mut ActorRegistry, code: &str) -> ActorId {
        match code_actor(registry, code) {
            CodeActor::Known(id) => self.intern(&id),
            CodeActor::New(actor) => self.create(registry, *actor),
        }
    }

    /// Adds a run-local actor to the registry; the name gets the code or a number appended if
    /// another actor holds it already, so that names stay unambiguous.
    fn create(&mut self, registry: &mut ActorRegistry, mut actor: Actor) -> ActorId {
        unique_name(registry, &mut actor);
        actor.origin = self.origin;
        let id = self.intern(&actor.id);
        self.created.push(Created {
            id: id.clone(),
            parent: actor.parent.clone(),
            country: actor.country.clone(),
        });
        registry.insert(actor);
        id
    }

    /// The actor a role of a country stands for: the registry's `<ISO3><ROLE>` actor, else a
    /// run-local one (see [`Coder::code`]); the state itself when there is no role.
    pub fn country_role(
        &mut self,
        registry: &mut ActorRegistry,
        iso3: &str,
        role: Option<&str>,
    ) -> Option<ActorId> {
        let code = format!("{iso3}{}", role.unwrap_or(""));
        self.code(registry, code.as_bytes())
    }

    /// A run-local actor for a dataset's name that no rule resolves: id `<prefix>-<slug>`
    /// (a number appended when another name has the same slug), kind as given, with its country.
    pub fn named(
        &mut self,
        registry: &mut ActorRegistry,
        prefix: &str,
        name: &str,
        kind: ActorKind,
        country: Option<&str>,
    ) -> ActorId {
        let key = (0u8, format!("{prefix}\u{1}{name}"), String::new());
        if let Some(Some(a)) = self.names.get(&key) {
            return a.clone();
        }
        let base = format!("{prefix}-{}", slug(name));
        let mut id = base.clone();
        let mut n = 2;
        while registry.get(&id).is_some_and(|a| a.name != name) {
            id = format!("{base}-{n}");
            n += 1;
        }
        let result = if registry.get(&id).is_some() {
            self.intern(&id)
        } else {
            let mut actor = Actor::new(&id, name, kind);
            if let Some(c) = country {
                actor.country = Some(c.to_string());
                actor.parent = registry.by_code(c).map(|s| s.id.clone());
            }
            self.create(registry, actor)
        };
        self.names.insert(key, Some(result.clone()));
        result
    }

    /// A name as the registry knows it (name, alias, id; exact after normalisation, no
    /// suggestion): a person stands for their affiliation on `date`, and a person without one
    /// is not resolved here.
    pub fn registry_name(
        &mut self,
        registry: &ActorRegistry,
        name: &str,
        date: &DateSpan,
    ) -> Option<ActorId> {
        let actor = match registry.find(name) {
            Lookup::Found(a) => a,
            _ => return None,
        };
        if !actor.stands_for_role() {
            let id = actor.id.clone();
            return Some(self.intern(&id));
        }
        let aff = actor.affiliation_on(date)?;
        let id = registry.get(&aff.actor)?.id.clone();
        Some(self.intern(&id))
    }

    /// Resolves an ICEWS actor: its name if the registry knows it; else its country's actor for
    /// the role of its sectors (`Police (India)` with sector `Police` -> `INDCOP`); an
    /// international organisation, or an actor without a known country, becomes a run-local
    /// actor `icews-<slug>` of its own name. An empty name is no actor.
    pub fn icews(
        &mut self,
        registry: &mut ActorRegistry,
        name: &str,
        sectors: &str,
        country: &str,
        date: &DateSpan,
    ) -> Option<ActorId> {
        let name = name.trim();
        if name.is_empty() || name == ICEWS_UNSPECIFIED {
            return None;
        }
        let key = (1u8, name.to_string(), format!("{sectors}\u{1}{country}"));
        if let Some(cached) = self.names.get(&key) {
            // Only names that are not people's are cached: a person depends on the date.
            return cached.clone();
        }
        if let Some(a) = self.registry_name(registry, name, date) {
            if !matches!(registry.find(name), Lookup::Found(p) if p.kind == ActorKind::Person) {
                self.names.insert(key, Some(a.clone()));
            }
            return Some(a);
        }
        let role = icews_role(sectors);
        let (_, paren) = split_paren(name);
        let iso3 = self
            .country(registry, country)
            .or_else(|| paren.and_then(|p| self.country(registry, p)));
        let result = match (iso3, role) {
            (Some(c), Some(r)) if r != "IGO" => self.country_role(registry, &c, Some(r)),
            (c, r) => {
                let kind = r.and_then(segment).map_or(ActorKind::Other, |(_, k)| k);
                Some(self.named(registry, "icews", name, kind, c.as_deref()))
            }
        };
        self.names.insert(key, result.clone());
        result
    }

    /// Resolves an ACLED or UCDP actor name: the registry's actor of that name (with or without
    /// ACLED's period "(2018-)"); a generic name of [`GENERIC_NAMES`] for a country ("Military
    /// Forces of Armenia (2018-)", "Civilians (Armenia)", UCDP's bare "Civilians" in the event's
    /// country); else a run-local actor `<prefix>-<slug>` of the name, of kind `kind`.
    pub fn generic(
        &mut self,
        registry: &mut ActorRegistry,
        prefix: &str,
        name: &str,
        event_country: Option<&str>,
        kind: ActorKind,
        date: &DateSpan,
    ) -> Option<ActorId> {
        let name = name.trim();
        if name.is_empty() {
            return None;
        }
        let key = (
            2u8,
            format!("{prefix}\u{1}{name}"),
            event_country.unwrap_or("").to_string(),
        );
        if let Some(cached) = self.names.get(&key) {
            return cached.clone();
        }
        let (base, paren) = split_paren(name);
        if let Some(a) = self
            .registry_name(registry, name, date)
            .or_else(|| self.registry_name(registry, base, date))
        {
            if !matches!(registry.find(name), Lookup::Found(p) if p.kind == ActorKind::Person)
                && !matches!(registry.find(base), Lookup::Found(p) if p.kind == ActorKind::Person)
            {
                self.names.insert(key, Some(a.clone()));
            }
            return Some(a);
        }
        let lower = base.to_lowercase();
        let mut result = None;
        for (generic, role) in GENERIC_NAMES {
            let country = if let Some(rest) = lower.strip_prefix(generic) {
                let rest = rest.trim();
                if rest.is_empty() {
                    // "Civilians (Armenia)", or UCDP's bare "Civilians".
                    match paren {
                        Some(p) => self.country(registry, p),
                        None => event_country.and_then(|c| self.country(registry, c)),
                    }
                } else if generic.ends_with(" of") {
                    let start = base.len() - rest.len();
                    self.country(registry, &base[start..])
                } else {
                    continue;
                }
            } else {
                continue;
            };
            if let Some(c) = country {
                result = self.country_role(registry, &c, Some(role));
            }
            break;
        }
        let result = result.or_else(|| {
            let country = paren.and_then(|p| self.country(registry, p));
            Some(self.named(registry, prefix, name, kind, country.as_deref()))
        });
        self.names.insert(key, result.clone());
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::builtin;

    fn day(s: &str) -> DateSpan {
        DateSpan::parse(s).unwrap()
    }

    #[test]
    fn mus_after_a_role_is_muslim_and_leading_mus_is_mauritius() {
        let mut r = builtin::registry();
        let mut c = Coder::new();
        let isi = c.code(&mut r, b"IMGMUSISI").unwrap();
        assert_eq!(
            r.get(&isi).unwrap().name,
            "International militarised group / Muslim / ISI"
        );
        let gov = c.code(&mut r, b"MUSGOV").unwrap();
        assert_eq!(r.get(&gov).unwrap().country.as_deref(), Some("MUS"));
    }

    #[test]
    fn codes_resolve_exactly_then_by_prefix_then_as_run_local_actors() {
        let mut r = builtin::registry();
        let mut c = Coder::new();
        assert_eq!(&*c.code(&mut r, b"RUS").unwrap(), "russia");
        assert_eq!(&*c.code(&mut r, b"RUSGOV").unwrap(), "russia-government");
        assert_eq!(&*c.code(&mut r, b"RUSGOVMIL").unwrap(), "russia-government");
        assert_eq!(&*c.code(&mut r, b"IGOUNOXYZ").unwrap(), "united-nations");
        assert!(c.code(&mut r, b"").is_none());
        let reb = c.code(&mut r, b"SYRREB").unwrap();
        assert_eq!(&*reb, "cameo-syrreb");
        let a = r.get("cameo-syrreb").unwrap();
        assert_eq!(a.name, "Rebels (Syria)");
        assert_eq!(a.code, "SYRREB");
        assert_eq!(a.kind, ActorKind::ArmedGroup);
        assert_eq!(a.parent.as_deref(), Some("syria"));
        assert_eq!(a.country.as_deref(), Some("SYR"));
        // The main role only, and the same Arc each time.
        let media = c.code(&mut r, b"USAMEDJUD").unwrap();
        assert_eq!(&*media, "cameo-usamed");
        assert!(Arc::ptr_eq(&media, &c.code(&mut r, b"USAMEDJUD").unwrap()));
        assert_eq!(r.get("cameo-usamed").unwrap().name, "Media (United States)");
        // Codes without a country keep every segment.
        assert_eq!(&*c.code(&mut r, b"GOV").unwrap(), "cameo-gov");
        assert_eq!(r.get("cameo-gov").unwrap().name, "Government");
        assert_eq!(&*c.code(&mut r, b"MNCUSA").unwrap(), "cameo-mncusa");
        assert_eq!(
            r.get("cameo-mncusa").unwrap().name,
            "Multinational corporation / United States"
        );
        assert_eq!(&*c.code(&mut r, b"ran").unwrap(), "cameo-ran");
        let created: Vec<String> = c.take_created().iter().map(|a| a.id.to_string()).collect();
        assert_eq!(
            created,
            [
                "cameo-syrreb",
                "cameo-usamed",
                "cameo-gov",
                "cameo-mncusa",
                "cameo-ran"
            ]
        );
    }

    #[test]
    fn icews_names_resolve_by_registry_then_by_sector_and_country() {
        let mut r = builtin::registry();
        let mut c = Coder::new();
        let d = day("2018-06-01");
        let mut icews = |name: &str, sectors: &str, country: &str| {
            c.icews(&mut r, name, sectors, country, &d)
                .map(|a| a.to_string())
        };
        assert_eq!(
            icews("Government (Russia)", "Government", "Russian Federation").as_deref(),
            Some("russia-government")
        );
        assert_eq!(
            icews("Police (India)", "Government,Police", "India").as_deref(),
            Some("cameo-indcop")
        );
        assert_eq!(
            icews("Russia", "NA", "Russian Federation").as_deref(),
            Some("russia")
        );
        assert_eq!(
            icews(
                "Foreign Affairs (Bangladesh)",
                "Executive,Foreign Ministry,Government",
                "Bangladesh"
            )
            .as_deref(),
            Some("cameo-bgdgov")
        );
        assert_eq!(
            icews(
                "High Ranking Military Personnel (Vietnam)",
                "Military,Government",
                "Vietnam"
            )
            .as_deref(),
            Some("cameo-vnmmil")
        );
        assert_eq!(
            icews(
                "Sergey Viktorovich Lavrov",
                "Government,Cabinet,Executive,Foreign Ministry",
                "Russian Federation"
            )
            .as_deref(),
            Some("russia-government")
        );
        assert_eq!(
            icews(
                "Association of Coastal States",
                "International Government Organization,Regional",
                "NA"
            )
            .as_deref(),
            Some("icews-association-of-coastal-states")
        );
        assert_eq!(icews("", "Government", "India"), None);
        assert_eq!(
            r.get("icews-association-of-coastal-states").unwrap().kind,
            ActorKind::Organisation
        );
    }

    #[test]
    fn acled_and_ucdp_generic_names_resolve_to_the_country_actors() {
        let mut r = builtin::registry();
        let mut c = Coder::new();
        let d = day("2020-09-27");
        let mut acled = |name: &str, country: Option<&str>| {
            c.generic(&mut r, "acled", name, country, ActorKind::ArmedGroup, &d)
                .map(|a| a.to_string())
        };
        assert_eq!(
            acled("Military Forces of Armenia (2018-)", Some("Armenia")).as_deref(),
            Some("armenia-military")
        );
        assert_eq!(
            acled("Military Forces of Azerbaijan (2003-) Air Force", None).as_deref(),
            Some("azerbaijan-military")
        );
        assert_eq!(
            acled("Police Forces of Armenia (2018-)", None).as_deref(),
            Some("cameo-armcop")
        );
        assert_eq!(
            acled("Civilians (Azerbaijan)", Some("Armenia")).as_deref(),
            Some("cameo-azecvl")
        );
        assert_eq!(
            acled("Civilians", Some("Azerbaijan")).as_deref(),
            Some("cameo-azecvl")
        );
        assert_eq!(
            acled("Government of Armenia", None).as_deref(),
            Some("armenia-government")
        );
        assert_eq!(
            acled("Zangezur Volunteer Battalion (Armenia)", None).as_deref(),
            Some("acled-zangezur-volunteer-battalion-armenia")
        );
        let a = r.get("acled-zangezur-volunteer-battalion-armenia").unwrap();
        assert_eq!(a.parent.as_deref(), Some("armenia"));
        assert_eq!(a.kind, ActorKind::ArmedGroup);
    }

    #[test]
    fn countries_resolve_by_name_code_and_inverted_forms() {
        let r = builtin::registry();
        let mut c = Coder::new();
        let mut iso = |n: &str| c.country(&r, n).map(|a| a.to_string());
        assert_eq!(iso("Russian Federation").as_deref(), Some("RUS"));
        assert_eq!(iso("RUS").as_deref(), Some("RUS"));
        assert_eq!(iso("DR Congo (Zaire)").as_deref(), Some("COD"));
        assert_eq!(iso("Russia (Soviet Union)").as_deref(), Some("RUS"));
        assert_eq!(iso("NA"), None);
        assert_eq!(iso("Atlantis"), None);
    }

    #[test]
    fn slugs_are_ascii_and_stable() {
        assert_eq!(
            slug("Zangezur Battalion (Armenia)"),
            "zangezur-battalion-armenia"
        );
        assert_eq!(slug("Türkiye's Army"), "turkiyes-army");
        let s = slug("Հայաստան");
        assert!(s.starts_with('x') && s.len() == 17, "{s}");
        assert_eq!(s, slug("Հայաստան"));
    }
}
