//! Normalisation: resolving the actor names of ingested events to registry actors (a person to
//! the actor they speak for on the event's date), one event per target, and unique ids.

pub mod merge;

use std::collections::HashMap;
use std::sync::Arc;

use crate::diag::{Diagnostic, Diagnostics};
use crate::ingest::{NameRef, RawEvent, UserActor};
use crate::model::{ActorId, ActorOrigin, ActorRegistry, DateSpan, Event, Lookup};

/// Builds the registry for a run: the built-in actors (with or without the Phoenix ones), then
/// the user's PETRARCH actor dictionaries merged by the rule of `docs/dictionaries.md`, then the
/// user's TOML actors in file order (a user's actor with a built-in id replaces it). Parents and
/// affiliations must name known actors.
pub fn registry(
    user_actors: Vec<UserActor>,
    petrarch: &[(String, crate::dict::ActorDictionary)],
    builtin: ActorRegistry,
) -> Result<ActorRegistry, Diagnostics> {
    let mut registry = builtin;
    if !petrarch.is_empty() {
        let dicts: Vec<&crate::dict::ActorDictionary> = petrarch.iter().map(|(_, d)| d).collect();
        registry = crate::dict::merge::merge(registry, &dicts, ActorOrigin::Petrarch).0;
    }
    let mut user_actors = user_actors;
    for u in &mut user_actors {
        u.actor.origin = ActorOrigin::User;
    }
    let mut diags = Diagnostics::default();
    let mut defined: HashMap<String, (String, u64)> = HashMap::new();
    for u in &user_actors {
        if let Some((file, line)) = defined.get(&u.actor.id) {
            diags.push(Diagnostic::new(
                &u.file,
                Some(u.line),
                Some("id"),
                format!(
                    "actor id '{}' is already defined at {file}:{line}",
                    u.actor.id
                ),
            ));
        }
        defined.insert(u.actor.id.clone(), (u.file.clone(), u.line));
    }
    for u in &user_actors {
        registry.insert(u.actor.clone());
    }
    // Only the user's actors can be wrong here: the built-in table is checked by its own tests.
    for u in &user_actors {
        let actor = &u.actor;
        let mut check = |field: &str, id: &str| {
            if registry.get(id).is_none() {
                let hint = match registry.lookup(id) {
                    crate::model::Lookup::Found(a) => format!("; did you mean the id '{}'?", a.id),
                    _ => String::new(),
                };
                diags.push(Diagnostic::new(
                    &u.file,
                    Some(u.line),
                    Some(field),
                    format!("unknown actor id '{id}'{hint}"),
                ));
            }
        };
        if let Some(parent) = &actor.parent {
            check("parent", parent);
        }
        for a in &actor.affiliations {
            check("affiliations.actor", &a.actor);
        }
    }
    diags.into_result().map(|()| registry)
}

/// The registry a run starts from before the user's files: casus's built-in actors, with the
/// shipped Phoenix actors merged in when `phoenix` is true (reading and merging them takes a
/// few hundred milliseconds, so runs whose names casus knows do without).
pub fn base_registry(phoenix: bool) -> ActorRegistry {
    if phoenix {
        crate::dict::shipped::registry()
    } else {
        crate::model::builtin::registry()
    }
}

/// Whether a name is unknown to the registry (neither found nor ambiguous): a run with such a
/// name needs the Phoenix actors.
pub fn is_unknown(registry: &ActorRegistry, name: &str) -> bool {
    matches!(registry.find(name), Lookup::Unknown { .. })
}

/// Adds to `registry` the carried actors it does not know (by id for a JSON line's, by name
/// for a timeline's), so that what casus wrote reads back without the actor files it was built
/// with; a parent the registry still does not know is dropped. Returns the names added, in
/// order.
pub fn add_carried(
    registry: &mut ActorRegistry,
    carried: &[crate::ingest::Carried],
) -> Vec<String> {
    let mut added: Vec<String> = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    for c in carried {
        let a = &c.actor;
        if c.by_name {
            if a.name.trim().is_empty()
                || !matches!(registry.find(&a.name), crate::model::Lookup::Unknown { .. })
            {
                continue;
            }
            let mut actor = a.clone();
            while registry.get(&actor.id).is_some() {
                actor.id.insert(0, '_');
            }
            added.push(actor.name.clone());
            ids.push(actor.id.clone());
            registry.insert(actor);
        } else if registry.get(&a.id).is_none() {
            added.push(a.name.clone());
            ids.push(a.id.clone());
            registry.insert(a.clone());
        }
    }
    for id in ids {
        let dangling = registry
            .get(&id)
            .and_then(|a| a.parent.as_deref())
            .is_some_and(|p| registry.get(p).is_none());
        if dangling && let Some(mut a) = registry.get(&id).cloned() {
            a.parent = None;
            registry.insert(a);
        }
    }
    added
}

/// Checks the actor names of records that had other problems, so that all problems of a file
/// are reported together. Without a valid date only the name itself is checked.
pub fn check_names(
    names: &[(String, NameRef, Option<DateSpan>)],
    registry: &ActorRegistry,
) -> Diagnostics {
    let mut diags = Diagnostics::default();
    for (file, name, date) in names {
        let error = match date {
            Some(d) => registry.resolve(&name.name, d).err(),
            None => registry.named(&name.name).err(),
        };
        if let Some(e) = error {
            diags.push(Diagnostic::new(
                file,
                Some(name.line),
                Some(name.field),
                e.to_string(),
            ));
        }
    }
    diags
}

/// Resolves every event's actors and checks ids are unique across all inputs. An event with
/// several targets becomes one event per target, with `/<target id>` appended to its id.
pub fn resolve(raw: Vec<RawEvent>, registry: &ActorRegistry) -> Result<Vec<Event>, Diagnostics> {
    let mut diags = Diagnostics::default();
    let mut interned: HashMap<String, ActorId> = HashMap::new();
    let mut intern = |id: &str| -> ActorId {
        interned
            .entry(id.to_string())
            .or_insert_with(|| Arc::from(id))
            .clone()
    };
    let mut events = Vec::with_capacity(raw.len());
    let mut seen: HashMap<String, (String, u64)> = HashMap::new();
    for r in raw {
        let mut resolve_one = |name: &NameRef, diags: &mut Diagnostics| -> Option<ActorId> {
            match registry.resolve(&name.name, &r.date) {
                Ok(res) => Some(intern(&res.actor.id)),
                Err(e) => {
                    diags.push(Diagnostic::new(
                        &r.file,
                        Some(name.line),
                        Some(name.field),
                        e.to_string(),
                    ));
                    None
                }
            }
        };
        let before = diags.len();
        let source = r.source.as_ref().map(|n| resolve_one(n, &mut diags));
        let targets: Vec<Option<ActorId>> = r
            .targets
            .iter()
            .map(|n| resolve_one(n, &mut diags))
            .collect();
        if diags.len() > before {
            continue;
        }
        let source = source.flatten();
        let expanded: Vec<(String, Option<ActorId>)> = if targets.len() > 1 {
            targets
                .into_iter()
                .map(|t| {
                    let t = t.expect("resolved");
                    (format!("{}/{}", r.id, t), Some(t))
                })
                .collect()
        } else {
            vec![(r.id.clone(), targets.into_iter().next().flatten())]
        };
        for (id, target) in expanded {
            if let Some((file, line)) = seen.get(&id) {
                diags.push(Diagnostic::new(
                    &r.file,
                    Some(r.line),
                    Some("id"),
                    format!("duplicate id '{id}'; first used at {file}:{line}"),
                ));
                continue;
            }
            seen.insert(id.clone(), (r.file.clone(), r.line));
            events.push(Event {
                id: id.into(),
                date: r.date,
                source: source.clone(),
                target,
                event_type: r.event_type,
                summary: r.summary.clone(),
                location: r.location.as_deref().map(Into::into),
                origin: r.origin,
                provenance: r.provenance.clone(),
            });
        }
    }
    diags.into_result().map(|()| events)
}

/// Resolves actor names given on the command line (`--actor`) to the ids of the actors they
/// cover: the actor itself and every actor below it (`Russia` covers the Russian government and
/// military); a person covers the actors they have spoken for.
pub fn resolve_names(names: &[String], registry: &ActorRegistry) -> Result<Vec<ActorId>, String> {
    let mut out = std::collections::BTreeSet::new();
    for name in names {
        let actor = registry.named(name).map_err(|e| e.to_string())?;
        let roots: Vec<&str> = if actor.affiliations.is_empty() {
            vec![actor.id.as_str()]
        } else {
            actor
                .affiliations
                .iter()
                .map(|a| a.actor.as_str())
                .collect()
        };
        for a in registry.iter() {
            if roots.iter().any(|r| is_within(registry, &a.id, r)) {
                out.insert(Arc::from(a.id.as_str()));
            }
        }
    }
    Ok(out.into_iter().collect())
}

/// Whether `id` is `ancestor` or lies below it through parent links.
fn is_within(registry: &ActorRegistry, id: &str, ancestor: &str) -> bool {
    let mut current = Some(id);
    // Bounded walk: a parent cycle in a user's file must not hang the run.
    for _ in 0..32 {
        match current {
            Some(c) if c == ancestor => return true,
            Some(c) => current = registry.get(c).and_then(|a| a.parent.as_deref()),
            None => return false,
        }
    }
    false
}
