//! The PETRARCH dictionaries: the readers on small fixtures written for casus
//! (`tests/fixtures/dict/`), their errors, the shipped Phoenix and CAMEO dictionaries, the merge
//! rule, and the command line (`casus actors --origin`, `--actors FILE.txt`, `--verbs`).

mod common;

use std::path::PathBuf;

use casus::dict::{
    ActorDictionary, AgentDictionary, AgentPlace, DiscardDictionary, Element, VerbDictionary,
    shipped,
};
use casus::model::{ActorKind, ActorOrigin, DateSpan, Lookup, builtin};
use common::Workdir;

fn fixture(name: &str) -> PathBuf {
    common::repo().join("tests/fixtures/dict").join(name)
}

fn messages(e: casus::diag::Diagnostics) -> Vec<String> {
    e.0.iter().map(ToString::to_string).collect()
}

fn ids(l: Lookup<'_>) -> Vec<String> {
    match l {
        Lookup::Found(a) => vec![a.id.clone()],
        Lookup::Ambiguous(v) => v.iter().map(|a| a.id.clone()).collect(),
        Lookup::Unknown { .. } => Vec::new(),
    }
}

fn day(s: &str) -> DateSpan {
    DateSpan::parse(s).unwrap()
}

#[test]
fn the_fixture_verb_dictionary_reads_with_its_patterns_in_order() {
    let d = VerbDictionary::read(&fixture("small.verbs.txt")).unwrap();
    let confer = d.lookup("confer").unwrap();
    assert_eq!(confer.code.as_deref(), Some("040"));
    assert_eq!(d.lookup("parley").unwrap().code.as_deref(), Some("043"));
    assert_eq!(
        d.lemma_of("conferred"),
        None,
        "PETRARCH makes no doubled consonants"
    );
    assert_eq!(d.lemma_of("confers"), Some("confer"));
    assert_eq!(d.lemma_of("met up"), Some("meet up"));
    assert_eq!(d.lookup("meet up").unwrap().head, 0);
    // The most specific pattern comes first.
    let p = &confer.patterns;
    assert_eq!(p[0].code.as_deref(), Some("046"));
    assert_eq!(p[0].before, vec![Element::Source]);
    assert_eq!(p[1].code, None);
    assert_eq!(p[1].second_code.as_deref(), Some("070"));
    assert_eq!(
        p[2].after,
        vec![Element::Prep {
            prep: "with".into(),
            inside: vec![Element::Target]
        }]
    );
    assert_eq!(
        d.synset("WEAPONRY"),
        [
            "rifle",
            "rifles",
            "mortar shell",
            "mortar shells",
            "ammunition"
        ]
    );
    assert_eq!(d.synset("&linking"), ["and", "with"]);
    let supply = d.lookup("furnish").unwrap();
    assert_eq!(supply.code, None);
    assert_eq!(supply.block, "SUPPLY");
    // TO/FOR gives one pattern per preposition.
    assert_eq!(supply.patterns.len(), 3);
}

#[test]
fn verb_dictionary_errors_name_file_line_and_field() {
    let e = messages(VerbDictionary::read(&fixture("bad.verbs.txt")).unwrap_err());
    let file = fixture("bad.verbs.txt").display().to_string();
    let expect = [
        (4, "pattern"),
        (5, "code"),
        (6, "pattern"),
        (7, "synset"),
        (8, "block"),
    ];
    assert_eq!(e.len(), expect.len(), "{e:#?}");
    for (m, (line, field)) in e.iter().zip(expect) {
        assert!(
            m.starts_with(&format!("{file}:{line}: field '{field}'")),
            "{m}"
        );
    }
}

#[test]
fn the_fixture_actor_dictionary_and_its_errors() {
    let d = ActorDictionary::read(&fixture("people.actors.txt")).unwrap();
    assert_eq!(d.entries.len(), 5);
    assert_eq!(
        d.entries[0].names,
        ["orla vantree", "vantree", "foreign minister vantree"]
    );
    assert_eq!(d.entries[0].codes.len(), 3);
    let e = messages(ActorDictionary::read(&fixture("bad.actors.txt")).unwrap_err());
    let file = fixture("bad.actors.txt").display().to_string();
    let expect = [
        (3, "field 'date'"),
        (4, "field 'code'"),
        (5, "field 'synonym'"),
        (6, "an indented"),
        (7, "field 'date'"),
    ];
    assert_eq!(e.len(), expect.len(), "{e:#?}");
    for (m, (line, what)) in e.iter().zip(expect) {
        assert!(m.starts_with(&format!("{file}:{line}: {what}")), "{m}");
    }
}

#[test]
fn the_fixture_agents_and_discards() {
    let a = AgentDictionary::read(&fixture("small.agents.txt")).unwrap();
    assert_eq!(a.lookup("constables").unwrap().code, "COP");
    assert_eq!(a.lookup("border guardsmen").unwrap().code, "MIL");
    assert!(a.lookup("militias").is_none());
    assert_eq!(a.lookup("chambers of trade").unwrap().code, "BUS");
    assert_eq!(
        a.lookup("relief agencies").unwrap().place,
        AgentPlace::Before
    );
    let e = messages(AgentDictionary::read(&fixture("bad.agents.txt")).unwrap_err());
    assert_eq!(e.len(), 3, "{e:#?}");
    assert!(e[0].contains("bad.agents.txt:1: field 'code'"), "{}", e[0]);
    assert!(e[1].contains("bad.agents.txt:2: field 'code'"), "{}", e[1]);
    assert!(
        e[2].contains("bad.agents.txt:3: field 'phrase'"),
        "{}",
        e[2]
    );

    let d = DiscardDictionary::read(&fixture("small.discards.txt")).unwrap();
    assert_eq!(d.find_in("A croquet match.").unwrap().phrase, "croquet");
    assert!(d.find_in("The regatta was cancelled").unwrap().story);
    assert!(d.find_in("the regattas").is_none());
    assert!(d.find_in("won the heavyweight titles").is_some());
    assert!(d.find_in("The ministers met").is_none());
}

#[test]
fn the_shipped_dictionaries_read_with_a_known_number_of_bad_lines() {
    let counts: Vec<(&str, usize)> = shipped::problems()
        .into_iter()
        .map(|(name, p)| (name, p.len()))
        .collect();
    // Each of these lines is malformed in the source files (an unclosed parenthesis, a date of
    // seven digits, a code written `080!`, text after a code without `#`...): they are skipped.
    assert_eq!(
        counts,
        vec![
            ("CAMEO.2.0.txt", 5),
            ("Phoenix.agents.txt", 8),
            ("Phoenix.discards.txt", 0),
            ("Phoenix.Countries.actors.txt", 9),
            ("Phoenix.International.actors.txt", 5),
            ("Phoenix.MilNonState.actors.txt", 0),
        ]
    );
    let c = shipped::verbs().counts();
    assert!(
        c.verbs > 1_700 && c.patterns > 4_600 && c.synsets == 40,
        "{c:?}"
    );
    assert!(shipped::agents().len() > 2_200);
    assert!(shipped::discards().len() > 500);
}

#[test]
fn the_shipped_verbs_agents_and_discards_answer_the_coders_questions() {
    let v = shipped::verbs();
    let meet = v.lookup("meet").unwrap();
    assert_eq!(meet.code.as_deref(), Some("040"));
    assert_eq!(v.lemma_of("met"), Some("meet"));
    assert_eq!(v.lemma_of("meeting"), Some("meet"));
    assert!(!meet.patterns.is_empty());
    let weights: Vec<usize> = meet.patterns.iter().map(|p| p.weight()).collect();
    assert!(weights.windows(2).all(|w| w[0] >= w[1]), "{weights:?}");
    assert!(v.synset("CURRENCY").iter().any(|w| w == "dollars"));
    let a = shipped::agents();
    for (noun, code) in [
        ("police", "COP"),
        ("rebels", "REB"),
        ("minister", "GOV"),
        ("ministers", "GOV"),
        ("troops", "MIL"),
    ] {
        assert_eq!(
            a.lookup(noun).map(|a| a.code.as_str()),
            Some(code),
            "{noun}"
        );
    }
    assert!(
        shipped::discards()
            .find_in("He scored in the World Cup final")
            .is_some()
    );
}

#[test]
fn the_merged_registry_knows_over_ten_thousand_people_and_casus_wins() {
    let (r, counts) = shipped::registry_with_counts();
    let people = r
        .iter()
        .filter(|a| {
            a.kind == ActorKind::Person
                && a.affiliations
                    .iter()
                    .any(|f| f.from.is_some() || f.to.is_some())
        })
        .count();
    assert!(people > 10_000, "{people} people with dated roles");
    assert!(
        counts.people > 10_000 && counts.roles > counts.people,
        "{counts:?}"
    );
    // casus's own actors keep their ids, names and roles.
    let casus = builtin::registry();
    for a in casus.iter() {
        let merged = r.get(&a.id).unwrap();
        assert_eq!(merged.name, a.name);
        assert_eq!(merged.affiliations, a.affiliations);
        assert_eq!(merged.origin, ActorOrigin::Casus);
        for (name, _) in a.names() {
            assert_eq!(ids(casus.find(name)), ids(r.find(name)), "{name}");
        }
    }
    for (name, id) in [
        ("Kremlin", "russia-government"),
        ("Minsk", "belarus"),
        ("Peskov", "dmitry-peskov"),
    ] {
        assert!(
            matches!(r.find(name), Lookup::Found(a) if a.id == id),
            "{name}"
        );
    }
    // A Phoenix person stands for the actor of their role on the date.
    let obama = r.resolve("Barack Obama", &day("2010-06-01")).unwrap();
    assert_eq!(obama.actor.id, "united-states-government");
    assert_eq!(obama.person.unwrap().origin, ActorOrigin::Phoenix);
    // A named armed group of the Phoenix dictionaries.
    match r.find("Hamas") {
        Lookup::Found(a) => {
            assert_eq!(a.kind, ActorKind::ArmedGroup);
            assert_eq!(a.origin, ActorOrigin::Phoenix);
        }
        other => panic!("Hamas: {other:?}"),
    }
}

#[test]
fn casus_actors_lists_origins_and_reads_petrarch_actor_files() {
    let w = Workdir::new();
    w.write("events/.keep", "");
    let out = w
        .casus()
        .args(["actors", "--origin", "phoenix", "--kind", "armed_group"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next().unwrap(),
        "id,name,code,kind,country,parent,aliases,affiliations,origin"
    );
    let rows: Vec<&str> = lines.collect();
    assert!(rows.len() > 100, "{} rows", rows.len());
    assert!(rows.iter().all(|r| r.ends_with(",phoenix")));
    assert!(rows.iter().any(|r| r.starts_with("phoenix-hamas,Hamas,")));

    let out = w
        .casus()
        .args(["actors", "--origin", "petrarch"])
        .arg("--actors")
        .arg(fixture("people.actors.txt"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains(
            "petrarch-orla-vantree,Orla Vantree,,person,ARM,,Vantree; Foreign Minister Vantree,\"\
             armenia-government (ARMGOV, 2015-03-01/2019-06-30); armenia-government (ARMGOV, \
             2019-07-01/..); cameo-armeli (ARMELI, ../..)\",petrarch"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "petrarch-brannock-hill-front,Brannock Hill Front,AZEREB,armed_group,AZE,,BHF,,petrarch"
        ),
        "{text}"
    );
    // The entry coded like casus's Russia gave Russia its names; casus's "Kremlin" is untouched.
    let out = w
        .casus()
        .args(["actors", "--origin", "casus"])
        .arg("--actors")
        .arg(fixture("people.actors.txt"))
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let russia = text.lines().find(|l| l.starts_with("russia,")).unwrap();
    assert!(
        russia.contains("Grand Plaza Committee; The Plaza Committee"),
        "{russia}"
    );

    let out = w
        .casus()
        .args(["actors", "--origin", "mars"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_bad_petrarch_actor_file_is_reported_with_its_lines() {
    let w = Workdir::new();
    w.write("events/.keep", "");
    let out = w
        .casus()
        .args(["actors", "--actors"])
        .arg(fixture("bad.actors.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("bad.actors.txt:3: field 'date'"), "{err}");
    assert!(err.contains("bad.actors.txt:7: field 'date'"), "{err}");
}

#[test]
fn curated_events_may_name_phoenix_and_user_dictionary_actors() {
    let w = Workdir::new();
    w.write(
        "events.csv",
        "id,date,source,type,target,summary\n\
         e1,2010-06-01,Barack Obama,consult,Vantree,A call.\n\
         e2,2016-05-01,Orla Vantree,appeal,BHF,An appeal.\n",
    );
    let out = w
        .casus()
        .args(["build", "events.csv", "--actors"])
        .arg(fixture("people.actors.txt"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let timeline = String::from_utf8(w.read("out/timeline.csv")).unwrap();
    assert!(timeline.contains("US government,USAGOV"), "{timeline}");
    assert!(timeline.contains("Elites (Armenia),ARMELI"), "{timeline}");
    assert!(timeline.contains("Brannock Hill Front"), "{timeline}");
}

#[test]
fn verbs_flag_reads_a_petrarch_verb_dictionary() {
    let w = Workdir::new();
    w.write("a.txt", "Armenia and Azerbaijan met in Moscow on Friday.\n");
    let out = w
        .casus()
        .args([
            "extract",
            "a.txt",
            "--published",
            "2020-10-10",
            "--explain",
            "--verbs",
        ])
        .arg(fixture("small.verbs.txt"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("small.verbs.txt (5 verbs, 6 patterns, 2 synonym sets)"),
        "{err}"
    );

    // The user's dictionary codes the verbs the lexicon lacks, its patterns first: "furnish X
    // with rifles" is military aid (072) by the pattern "* + (WITH &WEAPONRY)".
    w.write(
        "b.txt",
        "Russia parleyed with Turkey on Friday.\n\nRussia furnished Armenia with rifles on Friday.\n",
    );
    let out = w
        .casus()
        .args(["extract", "b.txt", "--published", "2020-10-10", "--verbs"])
        .arg(fixture("small.verbs.txt"))
        .output()
        .unwrap();
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(csv.contains(",Russia,RUS,043,"), "{csv}");
    assert!(csv.contains(",Russia,RUS,072,"), "{csv}");

    let out = w
        .casus()
        .args(["extract", "a.txt", "--verbs"])
        .arg(fixture("bad.verbs.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("bad.verbs.txt:4: field 'pattern'"), "{err}");
    assert!(err.contains("bad.verbs.txt:8: field 'block'"), "{err}");

    let out = w
        .casus()
        .args(["validate", "a.txt", "--verbs"])
        .arg(fixture("bad.verbs.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("bad.verbs.txt:7: field 'synset'"), "{err}");
}

#[test]
fn actor_files_are_told_apart_by_content_not_only_by_extension() {
    let w = Workdir::new();
    w.write("events/.keep", "");
    w.write(
        "mine.txt",
        "[[actor]]\nid = \"tarn-league\"\nname = \"Tarn League\"\nkind = \"organisation\"\n",
    );
    w.write("mine-dict", "# no extension\nQUILL_RIVER_PACT [IGO]\n");
    let out = w
        .casus()
        .args(["actors", "--actors", "mine.txt", "--actors", "mine-dict"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("\ntarn-league,Tarn League,,organisation,,,,,user\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "\npetrarch-quill-river-pact,Quill River Pact,IGO,organisation,,,,,petrarch\n"
        ),
        "{text}"
    );
}
