//! The built-in actor registry: every UN member state, the main international organisations and
//! the people of the stories casus ships, embedded from `src/model/data/actors.toml`.

use super::actor::ActorRegistry;
use super::actor_file::parse_actor_file;

const ACTORS: &str = include_str!("data/actors.toml");

/// The built-in registry (a fresh copy the caller can extend).
pub fn registry() -> ActorRegistry {
    let mut registry = ActorRegistry::new();
    let actors = parse_actor_file(ACTORS, "built-in actors.toml")
        .unwrap_or_else(|e| panic!("the built-in actor table is invalid:\n{e}"));
    for actor in actors {
        registry.insert(actor);
    }
    registry
}
