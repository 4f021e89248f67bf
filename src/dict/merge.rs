//! The merge of PETRARCH actor entries into casus's actor registry (the rule is written out in
//! `docs/dictionaries.md`): casus's own entries win, entries with dated roles become people
//! (or places, when every code is a bare state code), entries coded like a casus actor give it
//! their names, the others become actors of their own.

use std::collections::{HashMap, HashSet};

use super::actors::{ActorDictionary, ActorEntry};
use crate::model::coded::{Coder, segment, slug};
use crate::model::{
    Actor, ActorKind, ActorOrigin, ActorRegistry, Affiliation, Lookup, actor::normalize_name,
};

/// What a merge did with the entries it read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergeCounts {
    /// Entries read.
    pub entries: usize,
    /// Entries that became people (they have a date-bounded code), or places whose state
    /// changed (only bare state codes, several of them, dated).
    pub people: usize,
    /// Date-bounded roles of those people.
    pub roles: usize,
    /// Entries that became actors of their own (groups, organisations, named bodies).
    pub actors: usize,
    /// Entries whose code a casus (or user) actor holds: their names were added to it.
    pub names_to_own: usize,
    /// Actors made for the codes of roles (`cameo-afgeli`, "Elites (Afghanistan)").
    pub code_actors: usize,
    /// Entries left out because a person of casus (or the user) has one of their names.
    pub known_people: usize,
    /// Entries left out because they have no code, or only the null code `[---]`.
    pub uncoded: usize,
}

/// Merges actor dictionaries into `registry`; the new actors get `origin`. Entries are taken in
/// order (dictionaries, then lines); names already held by casus's or the user's actors stay
/// theirs (the registry ranks those names first whatever the order).
pub fn merge(
    registry: ActorRegistry,
    dictionaries: &[&ActorDictionary],
    origin: ActorOrigin,
) -> (ActorRegistry, MergeCounts) {
    let mut registry = registry;
    let mut counts = MergeCounts::default();
    let mut coder = Coder::with_origin(origin);
    let mut new_actors: Vec<Actor> = Vec::new();
    let mut used_ids: HashSet<String> = registry.iter().map(|a| a.id.clone()).collect();
    let mut extra_names: HashMap<String, Vec<String>> = HashMap::new();
    let prefix = match origin {
        ActorOrigin::Phoenix => "phoenix",
        _ => "petrarch",
    };
    for dict in dictionaries {
        for entry in &dict.entries {
            counts.entries += 1;
            let entry = &written_names(entry);
            let coded: Vec<_> = entry.codes.iter().filter(|c| c.code.is_some()).collect();
            if coded.is_empty() {
                counts.uncoded += 1;
                continue;
            }
            // A state of the past or a place whose state changed ("CZECHOSLOVAKIA [CSK
            // 19181001-19930101]", "LEIPZIG_ [DDR ...] [DEU ...]"): every code a bare state code,
            // dated or not. It is no person: one code makes a state (or names a casus state of
            // that code), several a place keeping its dated codes.
            let place = coded.iter().all(|c| {
                c.code
                    .as_deref()
                    .is_some_and(|k| k.len() == 3 && k.bytes().all(|b| b.is_ascii_uppercase()))
                    && segment(c.code.as_deref().unwrap_or_default()).is_none()
            });
            let one_code = coded.iter().all(|c| c.code == coded[0].code);
            let dated = coded.iter().any(|c| c.is_dated()) && !(place && one_code);
            // A state casus has, written with its history ("UKRAINE_ [USRUKR <910824] [UKRUNR
            // 910824-911221] [UKR >911221]"): casus's state wins as a person of casus does, and
            // takes the entry's names (Phoenix lists the state's cities there).
            if dated
                && let Some(state) = entry.names.iter().find_map(|n| {
                    own_holders(&registry, n).find(|a| {
                        a.kind == ActorKind::State
                            && coded
                                .iter()
                                .any(|c| c.code.as_deref() == Some(a.code.as_str()))
                    })
                })
            {
                let names = extra_names.entry(state.id.clone()).or_default();
                names.extend(entry.names.iter().cloned());
                counts.names_to_own += 1;
                continue;
            }
            if dated {
                if entry
                    .names
                    .iter()
                    .any(|n| own_holders(&registry, n).any(|a| a.kind == ActorKind::Person))
                {
                    counts.known_people += 1;
                    continue;
                }
                // Dated roles first, in file order, then the undated default roles, so that the
                // first role covering a date is the dated one (`Actor::affiliation_on`).
                let mut affiliations = Vec::new();
                for dated in [true, false] {
                    for c in coded.iter().filter(|c| c.is_dated() == dated) {
                        let code = c.code.as_deref().unwrap_or_default();
                        let Some(id) = coder.code(&mut registry, code.as_bytes()) else {
                            continue;
                        };
                        affiliations.push(Affiliation {
                            actor: id.to_string(),
                            role: code.to_string(),
                            from: c.from,
                            to: c.to,
                        });
                    }
                }
                counts.roles += affiliations.len();
                let kind = if place {
                    ActorKind::Other
                } else {
                    ActorKind::Person
                };
                let mut person = actor_for(entry, kind, prefix, &mut used_ids);
                person.country = country_of(&registry, coded[0].code.as_deref());
                person.affiliations = affiliations;
                person.origin = origin;
                counts.people += 1;
                new_actors.push(person);
                continue;
            }
            let code = coded[0].code.as_deref().unwrap_or_default();
            if let Some(own) = registry.by_code(code).filter(|a| !a.origin.is_dictionary()) {
                let names = extra_names.entry(own.id.clone()).or_default();
                names.extend(entry.names.iter().cloned());
                counts.names_to_own += 1;
                continue;
            }
            // Only a dated entry is read as a state of the past: an undated bare code may be a
            // region's (`WEU`) or a territory's.
            let former = place && coded.iter().any(|c| c.is_dated());
            let kind = if former && registry.by_code(code).is_none() {
                ActorKind::State
            } else {
                kind_of(&registry, code)
            };
            let mut actor = actor_for(entry, kind, prefix, &mut used_ids);
            actor.code = code.to_string();
            actor.country = country_of(&registry, Some(code));
            actor.origin = origin;
            counts.actors += 1;
            new_actors.push(actor);
        }
    }
    counts.code_actors = coder.take_created().len();
    let mut actors: Vec<Actor> = registry.into_actors().collect();
    for a in &mut actors {
        if let Some(names) = extra_names.remove(&a.id) {
            // Phoenix gives the bare "Congo" to the Republic of the Congo, where news (the
            // style of AP and Reuters) means the Democratic Republic with it; the built-in table
            // gives it to both, for an article's other names to settle, and so it stays theirs.
            // (Phoenix's "Congolese" is the Democratic Republic's, as in news: kept.)
            let mut own: HashSet<String> = a.names().map(|(n, _)| normalize_name(n)).collect();
            own.insert(normalize_name("Congo"));
            let mut seen = HashSet::new();
            for n in names {
                let key = normalize_name(&n);
                if !own.contains(&key) && seen.insert(key) {
                    a.dictionary_names.push(title_case(&n));
                }
            }
        }
    }
    actors.extend(new_actors);
    (ActorRegistry::from_actors(actors), counts)
}

/// The entry with, after its own names, the names text writes for those that end in a
/// parenthesis, which no text writes after the name: the name without it when two words or
/// more remain ("national liberation army (colombia)" -> "national liberation army"; a single
/// word, "korea (north)", names a neighbour as well), and the parenthesis itself when it is
/// the initials of the name ("animal liberation front (alf)" -> "alf", three letters or more;
/// "basque fatherland and freedom (eta)" keeps only its words). A name several entries give
/// names none of them (the lookup finds it ambiguous).
fn written_names(entry: &ActorEntry) -> ActorEntry {
    let mut out = entry.clone();
    for name in &entry.names {
        let Some((base, inner)) = trailing_parenthesis(name) else {
            continue;
        };
        if base.split(' ').count() >= 2 && !out.names.iter().any(|n| n == base) {
            out.names.push(base.to_string());
        }
        if initials_of(inner, base) && !out.names.iter().any(|n| n == inner) {
            out.names.push(inner.to_string());
        }
    }
    out
}

/// A phrase key ending in a parenthesis, split into the words before it and the words inside:
/// `"dev sol (karatas faction)"` -> `("dev sol", "karatas faction")`.
fn trailing_parenthesis(name: &str) -> Option<(&str, &str)> {
    let open = name.rfind(" (")?;
    let inner = name[open + 2..].strip_suffix(')')?.trim();
    let base = name[..open].trim();
    (!base.is_empty() && !inner.is_empty() && !inner.contains(['(', ')'])).then_some((base, inner))
}

/// Whether `word` (one word, three letters or more) is made of the initials of `phrase`'s
/// words, in order, starting with the first ("islamic army of aden" gives "iaa"; words joined by
/// a hyphen count apart).
fn initials_of(word: &str, phrase: &str) -> bool {
    if word.chars().count() < 3 || !word.chars().all(|c| c.is_alphabetic()) {
        return false;
    }
    let initials: Vec<char> = phrase
        .split([' ', '-'])
        .filter_map(|w| w.chars().next())
        .collect();
    let mut letters = word.chars();
    let Some(first) = letters.next() else {
        return false;
    };
    if initials.first() != Some(&first) {
        return false;
    }
    let mut rest = initials[1..].iter();
    letters.all(|c| rest.any(|&i| i == c))
}

/// The actors of casus or the user's TOML files that hold a name (at whatever rank).
fn own_holders<'r>(registry: &'r ActorRegistry, name: &str) -> impl Iterator<Item = &'r Actor> {
    let found: Vec<&Actor> = match registry.find(name) {
        Lookup::Found(a) => vec![a],
        Lookup::Ambiguous(v) => v,
        Lookup::Unknown { .. } => Vec::new(),
    };
    found.into_iter().filter(|a| !a.origin.is_dictionary())
}

/// A new actor for an entry: a unique id `<prefix>-<slug>`, the primary phrase as its name,
/// the synonyms as aliases.
fn actor_for(
    entry: &ActorEntry,
    kind: ActorKind,
    prefix: &str,
    used: &mut HashSet<String>,
) -> Actor {
    let base = format!("{prefix}-{}", slug(&entry.names[0]));
    let mut id = base.clone();
    let mut n = 2;
    while used.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    used.insert(id.clone());
    let mut actor = Actor::new(&id, &title_case(&entry.names[0]), kind);
    let mut seen = HashSet::from([normalize_name(&entry.names[0])]);
    for n in &entry.names[1..] {
        if seen.insert(normalize_name(n)) {
            actor.aliases.push(title_case(n));
        }
    }
    actor
}

/// The ISO code of the registry state a code starts with.
fn country_of(registry: &ActorRegistry, code: Option<&str>) -> Option<String> {
    let head = code?.get(..3)?;
    registry
        .by_code(head)
        .filter(|a| a.kind == ActorKind::State)
        .map(|a| a.code.clone())
}

/// The kind of a named entry by its code: the role after a state's code (`SYRREB` is an armed
/// group), else the code's first part (`IGO` an organisation, `IMG` an armed group); other.
fn kind_of(registry: &ActorRegistry, code: &str) -> ActorKind {
    let role = match country_of(registry, Some(code)) {
        Some(_) => code.get(3..6),
        None => code.get(..3),
    };
    match role.and_then(segment) {
        Some((_, ActorKind::Government)) => ActorKind::Government,
        Some((_, kind)) => kind,
        None => ActorKind::Other,
    }
}

/// A dictionary phrase (lower-case) for display: each word capitalised (`hamid karzai` ->
/// `Hamid Karzai`, `al-qaeda` -> `Al-Qaeda`, `u.n.` -> `U.N.`), a word without vowels upper-cased
/// as the acronym it is (`bhf` -> `BHF`), and `of`, `the`, `and`, `for`, `in`, `on`, `to`, `de`
/// and `la` lower-case after the first word. (The Phoenix files are written in capitals: an
/// acronym with vowels, `UNICEF`, comes out `Unicef`.)
pub fn title_case(phrase: &str) -> String {
    if let Some((base, inner)) = trailing_parenthesis(phrase).filter(|(b, i)| initials_of(i, b)) {
        return format!("{} ({})", title_case(base), inner.to_uppercase());
    }
    const SMALL: [&str; 9] = ["of", "the", "and", "for", "in", "on", "to", "de", "la"];
    let mut out = String::with_capacity(phrase.len());
    for (i, word) in phrase.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let vowels = word
            .chars()
            .filter(|c| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y'))
            .count();
        if i > 0 && SMALL.contains(&word) {
            out.push_str(word);
        } else if letters >= 2 && vowels == 0 {
            out.push_str(&word.to_uppercase());
        } else {
            let mut start = true;
            for c in word.chars() {
                if start {
                    out.extend(c.to_uppercase());
                } else {
                    out.push(c);
                }
                start = matches!(c, '-' | '(' | '/' | '.' | '\'');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DateSpan;

    fn base() -> ActorRegistry {
        let mut land = Actor::new("landia", "Landia", ActorKind::State);
        land.code = "LND".into();
        let mut gov = Actor::new(
            "landia-government",
            "Landian government",
            ActorKind::Government,
        );
        gov.code = "LNDGOV".into();
        gov.parent = Some("landia".into());
        let mut jo = Actor::new("jo-smith", "Jo Smith", ActorKind::Person);
        jo.affiliations.push(Affiliation {
            actor: "landia-government".into(),
            role: "President".into(),
            from: None,
            to: None,
        });
        ActorRegistry::from_actors([land, gov, jo])
    }

    #[test]
    fn casus_wins_and_entries_become_people_groups_or_names() {
        let text = "\
LANDIA_ [LND]
+LANDLAND
+JO_SMITH
JO_SMITH_
\t[LNDGOV 990101-051231]
ANN_BELL_
+BELL
\t[LNDGOV 060101-101231]
\t[LNDELI]
FREE_LAND_FRONT [LNDREB]
+FLF
NOBODY [---]
";
        let dict = ActorDictionary::parse(text, "t.actors").unwrap();
        let (r, counts) = merge(base(), &[&dict], ActorOrigin::Phoenix);
        assert_eq!(
            counts,
            MergeCounts {
                entries: 5,
                people: 1,
                roles: 2,
                actors: 1,
                names_to_own: 1,
                code_actors: 1,
                known_people: 1,
                uncoded: 1,
            }
        );
        // The entry of casus's state gave it a name; its "Jo Smith" stays casus's person's.
        let landia = r.get("landia").unwrap();
        assert_eq!(landia.dictionary_names, vec!["Landland", "Jo Smith"]);
        assert_eq!(landia.origin, ActorOrigin::Casus);
        assert!(matches!(r.find("Landland"), Lookup::Found(a) if a.id == "landia"));
        assert!(matches!(r.find("Jo Smith"), Lookup::Found(a) if a.id == "jo-smith"));
        // A dated entry is a person; a date in the role picks the role.
        let ann = r.get("phoenix-ann-bell").unwrap();
        assert_eq!(ann.origin, ActorOrigin::Phoenix);
        assert_eq!(ann.country.as_deref(), Some("LND"));
        let in_office = r
            .resolve("Bell", &DateSpan::parse("2008").unwrap())
            .unwrap();
        assert_eq!(in_office.actor.id, "landia-government");
        let later = r
            .resolve("Ann Bell", &DateSpan::parse("2015").unwrap())
            .unwrap();
        assert_eq!(later.actor.id, "cameo-lndeli");
        assert_eq!(later.actor.name, "Elites (Landia)");
        assert_eq!(later.actor.origin, ActorOrigin::Phoenix);
        // A named group keeps its name, its code and its kind, and is not found by its code.
        let flf = r.get("phoenix-free-land-front").unwrap();
        assert_eq!(
            (flf.kind, flf.code.as_str()),
            (ActorKind::ArmedGroup, "LNDREB")
        );
        assert!(matches!(r.find("FLF"), Lookup::Found(a) if a.id == flf.id));
        assert!(r.by_code("LNDREB").is_none());
        assert_eq!(r.by_code("LNDELI").unwrap().id, "cameo-lndeli");
    }

    #[test]
    fn a_phoenix_name_never_shadows_a_casus_name() {
        let text = "LANDIAN_GOVERNMENT [XYZ]\nSOMEONE\n\t[LNDGOV <201231]\n+LANDIA\n";
        let dict = ActorDictionary::parse(text, "t.actors").unwrap();
        let (r, _) = merge(base(), &[&dict], ActorOrigin::Phoenix);
        assert!(
            matches!(r.find("Landian government"), Lookup::Found(a) if a.id == "landia-government")
        );
        assert!(matches!(r.find("Landia"), Lookup::Found(a) if a.id == "landia"));
        assert!(matches!(r.find("Someone"), Lookup::Found(a) if a.id == "phoenix-someone"));
    }

    #[test]
    fn a_former_state_is_a_state_and_a_place_that_changed_state_no_person() {
        let text = "\
OLDLAND [OLD 19181001-19930101]
+OLDLANDIAN
BORDERTOWN_
\t[OLD 491007-901003]
\t[LND >19901003]
LANDIA_OF_OLD [LND 19000101-19101231]
WESTLANDS [WST]
";
        let dict = ActorDictionary::parse(text, "t.actors").unwrap();
        let (r, counts) = merge(base(), &[&dict], ActorOrigin::Phoenix);
        let old = r.get("phoenix-oldland").unwrap();
        assert_eq!((old.kind, old.code.as_str()), (ActorKind::State, "OLD"));
        assert!(old.affiliations.is_empty());
        let town = r.get("phoenix-bordertown").unwrap();
        assert_eq!(town.kind, ActorKind::Other);
        let later = r
            .resolve("Bordertown", &DateSpan::parse("2001").unwrap())
            .unwrap();
        assert_eq!(later.actor.id, "landia");
        // A dated code a casus state holds: the entry's name goes to that state.
        assert_eq!(
            r.get("landia").unwrap().dictionary_names,
            vec!["Landia of Old"]
        );
        // An undated bare code is no state: it may name a region.
        assert_eq!(r.get("phoenix-westlands").unwrap().kind, ActorKind::Other);
        assert_eq!(
            (counts.people, counts.actors, counts.names_to_own),
            (1, 2, 1)
        );
    }

    #[test]
    fn a_state_of_casus_written_with_its_history_takes_the_entrys_names() {
        // Phoenix writes a state that left a union with its codes of before and after; the
        // entry also lists the state's cities.
        let text = "\
LANDIA_
+CAPITALTOWN_
\t[OLDLND <910824]
\t[LND >910824]
";
        let dict = ActorDictionary::parse(text, "t.actors").unwrap();
        let (r, counts) = merge(base(), &[&dict], ActorOrigin::Phoenix);
        assert!(r.get("phoenix-landia").is_none());
        assert_eq!(
            r.get("landia").unwrap().dictionary_names,
            vec!["Capitaltown"]
        );
        assert_eq!((counts.people, counts.names_to_own), (0, 1));
    }

    #[test]
    fn names_in_parentheses_give_the_names_text_writes() {
        let entry = |names: &[&str]| ActorEntry {
            names: names.iter().map(|n| n.to_string()).collect(),
            codes: Vec::new(),
            line: 1,
        };
        let names = |e: &ActorEntry| written_names(e).names;
        assert_eq!(
            names(&entry(&["animal liberation front (alf)"])),
            [
                "animal liberation front (alf)",
                "animal liberation front",
                "alf"
            ]
        );
        // A disambiguation is dropped; its words are no initials.
        assert_eq!(
            names(&entry(&["national liberation army (colombia)"])),
            [
                "national liberation army (colombia)",
                "national liberation army"
            ]
        );
        assert_eq!(
            names(&entry(&["basque fatherland and freedom (eta)"])),
            [
                "basque fatherland and freedom (eta)",
                "basque fatherland and freedom"
            ]
        );
        assert_eq!(
            names(&entry(&[
                "islamic army of aden-abyan (iaaa)",
                "islamic army of aden"
            ])),
            [
                "islamic army of aden-abyan (iaaa)",
                "islamic army of aden",
                "islamic army of aden-abyan",
                "iaaa"
            ]
        );
        // One word left names more than this entry; a parenthesis inside a name stays.
        assert_eq!(names(&entry(&["korea (north)"])), ["korea (north)"]);
        assert_eq!(
            names(&entry(&["e-house (china) holdings limited"])),
            ["e-house (china) holdings limited"]
        );
        // Two letters are too few to stand alone.
        assert_eq!(
            names(&entry(&["aryan nations (an)"])),
            ["aryan nations (an)", "aryan nations"]
        );
        assert_eq!(
            title_case("animal liberation front (alf)"),
            "Animal Liberation Front (ALF)"
        );
        assert_eq!(
            title_case("dev sol (karatas faction)"),
            "Dev Sol (Karatas Faction)"
        );
    }

    #[test]
    fn titles() {
        assert_eq!(title_case("al-qaeda in iraq"), "Al-Qaeda in Iraq");
        assert_eq!(title_case("u.n."), "U.N.");
        assert_eq!(title_case("bhf"), "BHF");
        assert_eq!(title_case("the plaza committee"), "The Plaza Committee");
    }
}
