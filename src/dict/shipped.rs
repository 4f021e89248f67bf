//! The PETRARCH-2 dictionaries shipped inside casus (`src/dict/data/`, MIT, Open Event Data
//! Alliance): the CAMEO verb patterns, the Phoenix agents, discards and actors, each read once
//! on first use (a `OnceLock`) and kept for the run. Their few malformed lines are skipped; the
//! tests count them.

use std::sync::OnceLock;

use super::actors::ActorDictionary;
use super::agents::AgentDictionary;
use super::discards::DiscardDictionary;
use super::merge::{MergeCounts, merge};
use super::verbs::VerbDictionary;
use crate::diag::Diagnostics;
use crate::model::{ActorOrigin, ActorRegistry, builtin};

/// The verb-pattern dictionary's text.
pub const VERBS: &str = include_str!("data/CAMEO.2.0.txt");
/// The agent dictionary's text.
pub const AGENTS: &str = include_str!("data/Phoenix.agents.txt");
/// The discard list's text.
pub const DISCARDS: &str = include_str!("data/Phoenix.discards.txt");
/// The actor dictionaries' names and texts, in the order they merge.
pub const ACTORS: [(&str, &str); 3] = [
    (
        "Phoenix.Countries.actors.txt",
        include_str!("data/Phoenix.Countries.actors.txt"),
    ),
    (
        "Phoenix.International.actors.txt",
        include_str!("data/Phoenix.International.actors.txt"),
    ),
    (
        "Phoenix.MilNonState.actors.txt",
        include_str!("data/Phoenix.MilNonState.actors.txt"),
    ),
];

/// The shipped CAMEO verb-pattern dictionary (`CAMEO.2.0.txt`).
pub fn verbs() -> &'static VerbDictionary {
    static VERB_DICT: OnceLock<VerbDictionary> = OnceLock::new();
    VERB_DICT.get_or_init(|| VerbDictionary::parse_lenient(VERBS, "CAMEO.2.0.txt").0)
}

/// The shipped agent dictionary (`Phoenix.agents.txt`): `agents().lookup("police")` gives `COP`.
pub fn agents() -> &'static AgentDictionary {
    static AGENT_DICT: OnceLock<AgentDictionary> = OnceLock::new();
    AGENT_DICT.get_or_init(|| AgentDictionary::parse_lenient(AGENTS, "Phoenix.agents.txt").0)
}

/// The shipped discard list (`Phoenix.discards.txt`).
pub fn discards() -> &'static DiscardDictionary {
    static DISCARD_DICT: OnceLock<DiscardDictionary> = OnceLock::new();
    DISCARD_DICT
        .get_or_init(|| DiscardDictionary::parse_lenient(DISCARDS, "Phoenix.discards.txt").0)
}

/// The shipped Phoenix actor dictionaries, read (not merged), in [`ACTORS`] order.
pub fn actor_dictionaries() -> &'static [ActorDictionary] {
    static ACTOR_DICTS: OnceLock<Vec<ActorDictionary>> = OnceLock::new();
    ACTOR_DICTS.get_or_init(|| {
        ACTORS
            .iter()
            .map(|(name, text)| ActorDictionary::parse_lenient(text, name).0)
            .collect()
    })
}

/// A new registry of casus's built-in actors with the Phoenix actors merged in (casus's own
/// entries win; `docs/dictionaries.md`), and what the merge did. The dictionaries are read once
/// per process; the registry is built at each call, for the caller to extend.
pub fn registry_with_counts() -> (ActorRegistry, MergeCounts) {
    let dicts: Vec<&ActorDictionary> = actor_dictionaries().iter().collect();
    merge(builtin::registry(), &dicts, ActorOrigin::Phoenix)
}

/// A new registry of casus's built-in actors with the Phoenix actors merged in.
pub fn registry() -> ActorRegistry {
    registry_with_counts().0
}

/// The malformed lines of the shipped files, skipped when they are read, by file.
pub fn problems() -> Vec<(&'static str, Diagnostics)> {
    let mut out = vec![
        (
            "CAMEO.2.0.txt",
            VerbDictionary::parse_lenient(VERBS, "CAMEO.2.0.txt").1,
        ),
        (
            "Phoenix.agents.txt",
            AgentDictionary::parse_lenient(AGENTS, "Phoenix.agents.txt").1,
        ),
        (
            "Phoenix.discards.txt",
            DiscardDictionary::parse_lenient(DISCARDS, "Phoenix.discards.txt").1,
        ),
    ];
    for (name, text) in ACTORS {
        out.push((name, ActorDictionary::parse_lenient(text, name).1));
    }
    out
}
