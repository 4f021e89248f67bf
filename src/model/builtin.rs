//! The built-in actor registry: every UN member state, the main international organisations and
//! the people of the stories casus ships, embedded from `src/model/data/actors.toml`
//! (`docs/actors.md` describes what it covers and how to extend it).

use super::actor::ActorRegistry;
use super::actor_file::parse_actor_file;

/// The text of the built-in actor table.
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

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use super::*;
    use crate::model::actor::{ActorKind, Lookup, NameKind, ResolveError, normalize_name};
    use crate::model::date::DateSpan;

    /// ISO 3166-1 alpha-3 codes of the 193 UN member states.
    const UN_MEMBERS: [&str; 193] = [
        "AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "ARM", "AUS", "AUT", "AZE", "BHS", "BHR",
        "BGD", "BRB", "BLR", "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BRA", "BRN", "BGR",
        "BFA", "BDI", "CPV", "KHM", "CMR", "CAN", "CAF", "TCD", "CHL", "CHN", "COL", "COM", "COG",
        "CRI", "CIV", "HRV", "CUB", "CYP", "CZE", "PRK", "COD", "DNK", "DJI", "DMA", "DOM", "ECU",
        "EGY", "SLV", "GNQ", "ERI", "EST", "SWZ", "ETH", "FJI", "FIN", "FRA", "GAB", "GMB", "GEO",
        "DEU", "GHA", "GRC", "GRD", "GTM", "GIN", "GNB", "GUY", "HTI", "HND", "HUN", "ISL", "IND",
        "IDN", "IRN", "IRQ", "IRL", "ISR", "ITA", "JAM", "JPN", "JOR", "KAZ", "KEN", "KIR", "KWT",
        "KGZ", "LAO", "LVA", "LBN", "LSO", "LBR", "LBY", "LIE", "LTU", "LUX", "MDG", "MWI", "MYS",
        "MDV", "MLI", "MLT", "MHL", "MRT", "MUS", "MEX", "FSM", "MCO", "MNG", "MNE", "MAR", "MOZ",
        "MMR", "NAM", "NRU", "NPL", "NLD", "NZL", "NIC", "NER", "NGA", "MKD", "NOR", "OMN", "PAK",
        "PLW", "PAN", "PNG", "PRY", "PER", "PHL", "POL", "PRT", "QAT", "KOR", "MDA", "ROU", "RUS",
        "RWA", "KNA", "LCA", "VCT", "WSM", "SMR", "STP", "SAU", "SEN", "SRB", "SYC", "SLE", "SGP",
        "SVK", "SVN", "SLB", "SOM", "ZAF", "SSD", "ESP", "LKA", "SDN", "SUR", "SWE", "CHE", "SYR",
        "TJK", "TZA", "THA", "TLS", "TGO", "TON", "TTO", "TUN", "TUR", "TKM", "TUV", "UGA", "UKR",
        "ARE", "GBR", "USA", "URY", "UZB", "VUT", "VEN", "VNM", "YEM", "ZMB", "ZWE",
    ];

    fn day(s: &str) -> DateSpan {
        DateSpan::parse(s).unwrap()
    }

    fn found(registry: &ActorRegistry, name: &str) -> String {
        match registry.lookup(name) {
            Lookup::Found(a) => a.id.clone(),
            other => panic!("'{name}' did not resolve to one actor: {other:?}"),
        }
    }

    #[test]
    fn the_table_parses_with_unique_ids_and_every_reference_exists() {
        let parsed = parse_actor_file(ACTORS, "actors.toml").unwrap();
        let r = registry();
        assert_eq!(parsed.len(), r.len(), "an id is used twice");
        for a in r.iter() {
            if let Some(parent) = &a.parent {
                assert!(
                    r.get(parent).is_some(),
                    "{}: unknown parent '{parent}'",
                    a.id
                );
                assert_ne!(parent, &a.id, "{} is its own parent", a.id);
            }
            for aff in &a.affiliations {
                assert!(
                    r.get(&aff.actor).is_some(),
                    "{}: unknown affiliation '{}'",
                    a.id,
                    aff.actor
                );
                assert!(!aff.role.is_empty(), "{}: an affiliation has no role", a.id);
                if let (Some(from), Some(to)) = (aff.from, aff.to) {
                    assert!(from <= to, "{}: {} ends before it begins", a.id, aff.role);
                }
            }
            // Anyone else with affiliations stands for them, so has no code of its own (the
            // Taliban: an insurgency or a government by date).
            match a.kind {
                ActorKind::Person => assert!(!a.affiliations.is_empty(), "{} has no role", a.id),
                _ => assert!(
                    a.affiliations.is_empty() || a.code.is_empty(),
                    "{} has a code and affiliations",
                    a.id
                ),
            }
        }
    }

    #[test]
    fn every_un_member_state_is_a_state() {
        assert_eq!(UN_MEMBERS.iter().collect::<BTreeSet<_>>().len(), 193);
        let r = registry();
        let states: BTreeMap<&str, &str> = r
            .iter()
            .filter(|a| a.kind == ActorKind::State)
            .map(|a| (a.code.as_str(), a.id.as_str()))
            .collect();
        for code in UN_MEMBERS {
            assert!(states.contains_key(code), "no state with code {code}");
        }
        // The 193 members, the two observer states (VAT, PSE), Kosovo and Taiwan, and four
        // former states, which have no capital (theirs are today's states' metonyms).
        assert_eq!(states.len(), 201);
        for code in ["VAT", "PSE", "XKX", "TWN"] {
            assert!(states.contains_key(code), "no state with code {code}");
        }
        const FORMER: [&str; 4] = ["SUN", "YUG", "CSK", "DDR"];
        for a in r.iter().filter(|a| a.kind == ActorKind::State) {
            let former = FORMER.contains(&a.code.as_str());
            assert_eq!(a.capital.is_none(), former, "{}'s capital", a.id);
        }
    }

    #[test]
    fn no_name_is_held_by_two_actors_at_the_same_rank() {
        let r = registry();
        let mut holders: BTreeMap<(String, NameKind), BTreeSet<&str>> = BTreeMap::new();
        for a in r.iter() {
            for (name, kind) in a.names() {
                let key = normalize_name(name);
                assert!(
                    !key.is_empty(),
                    "{}: the name '{name}' normalises to nothing",
                    a.id
                );
                holders.entry((key, kind)).or_default().insert(&a.id);
            }
        }
        // Shared on purpose: "Congo", the two Congos' name, which an article's other names
        // settle (see `extract::mentions::Named`).
        const SHARED: &[&str] = &["congo"];
        let clashes: Vec<String> = holders
            .iter()
            .filter(|((key, _), ids)| ids.len() > 1 && !SHARED.contains(&key.as_str()))
            .map(|((key, kind), ids)| format!("'{key}' ({kind:?}): {ids:?}"))
            .collect();
        assert!(
            clashes.is_empty(),
            "names held twice:\n{}",
            clashes.join("\n")
        );
    }

    #[test]
    fn display_names_and_codes_are_unique_and_well_formed() {
        let r = registry();
        let mut names = BTreeSet::new();
        let mut codes = BTreeSet::new();
        for a in r.iter() {
            assert!(
                names.insert(normalize_name(&a.name)),
                "display name '{}' twice",
                a.name
            );
            if a.kind == ActorKind::Person || a.stands_for_role() {
                assert!(
                    a.code.is_empty(),
                    "{}: a person is coded by affiliation",
                    a.id
                );
                continue;
            }
            assert!(
                !a.code.is_empty() && a.code.bytes().all(|b| b.is_ascii_uppercase()),
                "{}: code '{}' is not upper-case ASCII",
                a.id,
                a.code
            );
            assert!(codes.insert(a.code.as_str()), "code {} twice", a.code);
        }
    }

    #[test]
    fn governments_and_militaries_follow_their_state() {
        let r = registry();
        for a in r.iter() {
            let suffix = match a.kind {
                ActorKind::Government => "GOV",
                ActorKind::Military => "MIL",
                _ => continue,
            };
            let Some(state) = a.parent.as_deref().and_then(|p| r.get(p)) else {
                continue; // the Nagorno-Karabakh authorities have no recognised state
            };
            assert_eq!(state.kind, ActorKind::State, "{}", a.id);
            assert_eq!(a.code, format!("{}{suffix}", state.code), "{}", a.id);
            assert!(a.id.starts_with(&state.id), "{}", a.id);
        }
    }

    #[test]
    fn the_names_of_the_stories_resolve() {
        let r = registry();
        for (name, id) in [
            ("Kremlin", "russia-government"),
            ("the Kremlin", "russia-government"),
            ("White House", "united-states-government"),
            ("Élysée", "france-government"),
            ("Elysee", "france-government"),
            ("Downing Street", "united-kingdom-government"),
            ("Zhongnanhai", "china-government"),
            ("Pentagon", "united-states-military"),
            ("Ankara", "turkey"),
            ("Yerevan", "armenia"),
            ("Baku", "azerbaijan"),
            ("Moscow", "russia"),
            ("Minsk", "belarus"),
            ("Minsk Group", "osce-minsk-group"),
            ("OSCE Minsk Group", "osce-minsk-group"),
            ("CSTO", "csto"),
            ("Collective Security Treaty Organization", "csto"),
            ("Turkish", "turkey"),
            ("Türkiye", "turkey"),
            ("Turkiye", "turkey"),
            ("Azeri", "azerbaijan"),
            ("U.S.", "united-states"),
            ("US", "united-states"),
            ("USA", "united-states"),
            ("United States", "united-states"),
            ("UK", "united-kingdom"),
            ("Britain", "united-kingdom"),
            ("DPRK", "north-korea"),
            ("Burma", "myanmar"),
            ("Ivory Coast", "cote-divoire"),
            ("Côte d'Ivoire", "cote-divoire"),
            ("Czech Republic", "czechia"),
            ("Swaziland", "eswatini"),
            ("Macedonia", "north-macedonia"),
            ("East Timor", "timor-leste"),
            ("Cape Verde", "cabo-verde"),
            ("Georgia", "georgia"),
            ("DRC", "democratic-republic-of-the-congo"),
            ("Congo-Brazzaville", "republic-of-the-congo"),
            ("Nigerien", "niger"),
            ("Nigerian", "nigeria"),
            ("Dominican", "dominican-republic"),
            ("Armenian armed forces", "armenia-military"),
            ("Azerbaijani army", "azerbaijan-military"),
            ("Azerbaijani government", "azerbaijan-government"),
            ("Nagorno-Karabakh", "nagorno-karabakh-authorities"),
            ("Artsakh", "nagorno-karabakh-authorities"),
            ("Erdoğan", "recep-tayyip-erdogan"),
            ("Recep Tayyip Erdogan", "recep-tayyip-erdogan"),
            ("Cavusoglu", "mevlut-cavusoglu"),
            ("Aliyev", "ilham-aliyev"),
        ] {
            assert_eq!(found(&r, name), id, "{name}");
        }
        for name in ["Korea", "Congolese", "Korean"] {
            assert!(
                matches!(r.lookup(name), Lookup::Unknown { .. }),
                "'{name}' names two states and must stay unknown"
            );
        }
        // "Congo" is both Congos' name, which an article's other names settle.
        assert!(
            matches!(r.lookup("Congo"), Lookup::Ambiguous(ref c) if c.len() == 2),
            "'Congo' names the two Congos"
        );
    }

    #[test]
    fn former_states_resolve_by_their_names_and_demonyms() {
        let r = registry();
        for (name, id) in [
            ("Yugoslavia", "yugoslavia"),
            ("Yugoslav", "yugoslavia"),
            ("USSR", "soviet-union"),
            ("Soviet", "soviet-union"),
            ("Czechoslovak", "czechoslovakia"),
            ("East German", "east-germany"),
            ("German Democratic Republic", "east-germany"),
        ] {
            assert!(
                matches!(r.find(name), Lookup::Found(a) if a.id == id),
                "{name}"
            );
        }
    }

    #[test]
    fn people_stand_for_their_affiliation_on_the_date() {
        let r = registry();
        let res = r.resolve("Peskov", &day("2020-09-29")).unwrap();
        assert_eq!(res.actor.id, "russia-government");
        assert_eq!(res.person.unwrap().id, "dmitry-peskov");

        for (date, role) in [("2010", "Prime Minister"), ("2020", "President")] {
            let d = day(date);
            let res = r.resolve("Erdogan", &d).unwrap();
            assert_eq!(res.actor.id, "turkey-government", "{date}");
            let person = res.person.unwrap();
            assert_eq!(person.affiliation_on(&d).unwrap().role, role, "{date}");
        }

        let putin = r.get("vladimir-putin").unwrap();
        for (date, role) in [
            ("2000-01-15", "Acting President"),
            ("2005", "President"),
            ("2010-06", "Prime Minister"),
            ("2022-02-24", "President"),
        ] {
            assert_eq!(
                putin.affiliation_on(&day(date)).unwrap().role,
                role,
                "{date}"
            );
        }

        let hulusi = r.resolve("Hulusi Akar", &day("2016-07-15")).unwrap();
        assert_eq!(hulusi.actor.id, "turkey-military");
        let hulusi = r.resolve("Akar", &day("2020-11-11")).unwrap();
        assert_eq!(hulusi.actor.id, "turkey-government");

        let nkr = r.resolve("Arayik Harutyunyan", &day("2020-10-01")).unwrap();
        assert_eq!(nkr.actor.id, "nagorno-karabakh-authorities");
        let ms = r.resolve("Stoltenberg", &day("2020")).unwrap();
        assert_eq!(ms.actor.id, "nato");

        assert!(matches!(
            r.resolve("Trump", &day("2023")),
            Err(ResolveError::NoAffiliation { .. })
        ));
        assert_eq!(
            r.resolve("Trump", &day("2020-09-29")).unwrap().actor.id,
            "united-states-government"
        );
        assert_eq!(
            r.resolve("Trump", &day("2025-08-08")).unwrap().actor.id,
            "united-states-government"
        );
    }
}
