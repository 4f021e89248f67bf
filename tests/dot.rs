//! The `actors.dot` diagram through the real graphviz: hostile actor names render as
//! themselves, arbitrary names are accepted and reported back unchanged, and the output is
//! deterministic.
//!
//! These tests need graphviz's `dot` on the PATH (CI installs it with apt); they fail, and say
//! so, when it is missing.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::process::{Command, Stdio};

use casus::export::dot::{DotOptions, write_dot, write_dot_with};
use casus::graph::{ActorGraph, Filter};
use casus::model::{
    Actor, ActorKind, ActorRegistry, Codebook, DateSpan, Event, Origin, Provenance,
};
use proptest::prelude::*;

/// Runs `dot -T<format>` on `input`; panics with the reason when dot is missing or fails.
fn run_dot(format: &str, input: &str) -> String {
    let mut child = match Command::new("dot")
        .arg(format!("-T{format}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => panic!(
            "graphviz's `dot` is not installed or not on the PATH: install graphviz \
             (apt-get install graphviz, brew install graphviz) to run these tests"
        ),
        Err(e) => panic!("could not run dot: {e}"),
    };
    let mut stdin = child.stdin.take().expect("piped stdin");
    let text = input.to_string();
    // Write from another thread so that a large output cannot deadlock the pipes.
    let writer = std::thread::spawn(move || stdin.write_all(text.as_bytes()));
    let output = child.wait_with_output().expect("dot runs");
    writer.join().unwrap().expect("dot reads its input");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "dot -T{format} failed ({}):\n{stderr}\n--- input ---\n{input}",
        output.status
    );
    assert!(
        !stderr.contains("rror"),
        "dot -T{format} reported an error:\n{stderr}\n--- input ---\n{input}"
    );
    String::from_utf8(output.stdout).expect("dot writes UTF-8")
}

fn event(id: &str, date: &str, source: &str, target: &str, code: &str) -> Event {
    Event {
        id: id.into(),
        date: DateSpan::parse(date).unwrap(),
        source: Some(source.into()),
        target: Some(target.into()),
        event_type: Codebook::get().lookup(code).unwrap(),
        summary: format!("{source} {code} {target}"),
        location: None,
        origin: Origin::Curated,
        provenance: vec![Provenance::default()],
    }
}

fn dot_text(graph: &ActorGraph, registry: &ActorRegistry) -> String {
    let mut out = Vec::new();
    write_dot(graph, registry, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// Every actor in a chain: event i goes from actor i to actor i + 1, and the last actor
/// appeals to the first so that each one has an edge.
fn chain(ids: &[String]) -> Vec<Event> {
    let codes = ["020", "057", "111", "190", "042", "163"];
    (0..ids.len())
        .map(|i| {
            let day = 1 + i % 28;
            event(
                &format!("e{i}"),
                &format!("2020-10-{day:02}"),
                &ids[i],
                &ids[(i + 1) % ids.len()],
                codes[i % codes.len()],
            )
        })
        .collect()
}

/// Decodes the XML entities graphviz writes in SVG text.
fn xml_unescape(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i..];
        let end = after.find(';').expect("an entity ends with ';'");
        let entity = &after[1..end];
        let c = match entity {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ if entity.starts_with("#x") => {
                char::from_u32(u32::from_str_radix(&entity[2..], 16).unwrap()).unwrap()
            }
            _ if entity.starts_with('#') => char::from_u32(entity[1..].parse().unwrap()).unwrap(),
            _ => panic!("unknown entity &{entity};"),
        };
        out.push(c);
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// The decoded contents of every `<text>` element of an SVG.
fn svg_texts(svg: &str) -> Vec<String> {
    let mut texts = Vec::new();
    let mut rest = svg;
    while let Some(i) = rest.find("<text") {
        let open_end = i + rest[i..].find('>').unwrap() + 1;
        let close = open_end + rest[open_end..].find("</text>").unwrap();
        texts.push(xml_unescape(&rest[open_end..close]));
        rest = &rest[close..];
    }
    texts
}

/// The label lines graphviz laid out for each node, by node name, from `dot -Tjson`.
fn json_labels(json: &str) -> BTreeMap<String, Vec<String>> {
    let value: serde_json::Value = serde_json::from_str(json).expect("dot -Tjson is JSON");
    let mut labels = BTreeMap::new();
    for object in value["objects"].as_array().expect("objects") {
        let name = object["name"].as_str().expect("name").to_string();
        let lines = object["_ldraw_"]
            .as_array()
            .map(|ops| {
                ops.iter()
                    .filter(|op| op["op"] == "T")
                    .map(|op| op["text"].as_str().expect("text").to_string())
                    .collect()
            })
            .unwrap_or_default();
        labels.insert(name, lines);
    }
    labels
}

/// Names no DOT writer should trust: quotes, backslashes and escapes, line breaks, control
/// characters, entities, keywords, and non-Latin scripts.
const HOSTILE: &[(&str, &str)] = &[
    ("node", "node"),
    ("graph", "graph"),
    ("edge", "edge"),
    ("strict", "the \"Wagner\" group"),
    ("subgraph", r"back\slash \N \G \E \T \H \L \l \r \n end\"),
    ("id \"quoted\" \\ id", "two\nlines"),
    ("ctl", "ctl\u{0}\u{7}\r\t\u{1b}\u{7f}\u{85}x"),
    ("armenia", "Հայաստանի Հանրապետություն"),
    ("russia", "Российская Федерация"),
    ("china", "中华人民共和国"),
    ("amp", "AT&T &amp; <b>bold</b> &#92;"),
    ("digraph", "{ } [ ] ; = -> -- // /* */ #"),
];

fn hostile_registry() -> ActorRegistry {
    let mut registry = ActorRegistry::new();
    for (i, (id, name)) in HOSTILE.iter().enumerate() {
        let kinds = [
            ActorKind::State,
            ActorKind::Government,
            ActorKind::Military,
            ActorKind::Organisation,
            ActorKind::ArmedGroup,
            ActorKind::Person,
            ActorKind::Other,
        ];
        let mut actor = Actor::new(id, name, kinds[i % kinds.len()]);
        actor.code = format!("C{i}");
        registry.insert(actor);
    }
    registry
}

/// What a name looks like once drawn: its lines, control characters dropped.
fn drawn_lines(name: &str) -> Vec<String> {
    name.split('\n')
        .map(|line| line.chars().filter(|c| !c.is_control()).collect::<String>())
        .filter(|line| !line.is_empty())
        .collect()
}

#[test]
fn svg_renders_hostile_names_as_themselves() {
    let registry = hostile_registry();
    let ids: Vec<String> = HOSTILE.iter().map(|(id, _)| id.to_string()).collect();
    let mut events = chain(&ids);
    events.push(event("ghost", "2020-11", "node", "not-in-registry", "020"));
    let graph = ActorGraph::build(events, &Filter::default());
    let dot = dot_text(&graph, &registry);
    let svg = run_dot("svg", &dot);
    let texts = svg_texts(&svg);
    for (_, name) in HOSTILE {
        for line in drawn_lines(name) {
            assert!(
                texts.contains(&line),
                "the SVG has no text {line:?} (from {name:?}); texts: {texts:#?}"
            );
        }
    }
    // The escaped SVG text itself, for the scripts and the XML-special characters.
    for raw in [
        "Հայաստանի Հանրապետություն",
        "Российская Федерация",
        "中华人民共和国",
        "AT&amp;T &amp;amp; &lt;b&gt;bold&lt;/b&gt; &amp;#92;",
        "ctlx",
        "the &quot;Wagner&quot; group",
    ] {
        assert!(svg.contains(raw), "the SVG lacks {raw:?}");
    }
    assert!(
        texts
            .iter()
            .any(|t| t == r"back\slash \N \G \E \T \H \L \l \r \n end\")
    );
    assert!(texts.contains(&"not-in-registry".to_string()));
    // Every dyad's edge label and the legend are drawn too.
    assert!(texts.contains(&"Make an appeal or request".to_string()));
    assert!(texts.contains(
        &"Legend: edge colour is the dominant quad class, width 1 + log2(events)".to_string()
    ));
    assert!(texts.contains(&"64+ events".to_string()));
    assert!(texts.contains(&"material conflict".to_string()));
}

#[test]
fn builtin_actors_render() {
    let registry = casus::model::builtin::registry();
    let events = vec![
        event("e1", "2020-09-27", "azerbaijan", "armenia", "190"),
        event("e2", "2020-09-28", "armenia", "azerbaijan", "190"),
        event("e3", "2020-09-29", "russia", "armenia", "020"),
        event("e4", "2020-10-10", "russia", "armenia", "020"),
        event("e5", "2020-10-01", "russia", "armenia", "020"),
        event("e6", "2020-10-09", "turkey", "azerbaijan", "051"),
    ];
    let graph = ActorGraph::build(events, &Filter::default());
    let dot = dot_text(&graph, &registry);
    assert!(dot.contains("Make an appeal or request\\n3 events, 29 Sep – 10 Oct 2020"));
    let labels = json_labels(&run_dot("json", &dot));
    let russia = &labels["russia"];
    assert_eq!(russia[0], registry.get("russia").unwrap().name);
    assert_eq!(labels.get("armenia").map(|l| l.is_empty()), Some(false));
    // One edge per directed dyad, not per event.
    let edges = dot
        .lines()
        .filter(|l| l.starts_with("  \"") && l.contains(" -> "))
        .count();
    assert_eq!(edges, graph.dyads().len());
    assert_eq!(edges, 4);
    assert!(run_dot("svg", &dot).contains("<svg"));
}

#[test]
fn output_is_deterministic() {
    let registry = hostile_registry();
    let ids: Vec<String> = HOSTILE.iter().map(|(id, _)| id.to_string()).collect();
    let mut events = chain(&ids);
    events.extend(chain(&ids[..5]));
    let first = dot_text(
        &ActorGraph::build(events.clone(), &Filter::default()),
        &registry,
    );
    let graph = ActorGraph::build(events.clone(), &Filter::default());
    assert_eq!(dot_text(&graph, &registry), dot_text(&graph, &registry));
    events.reverse();
    let reversed = dot_text(&ActorGraph::build(events, &Filter::default()), &registry);
    assert_eq!(first.as_bytes(), reversed.as_bytes());
    // And graphviz lays the same text out the same way.
    assert_eq!(run_dot("canon", &first), run_dot("canon", &reversed));
}

#[test]
fn options_title_and_legend() {
    let registry = hostile_registry();
    let graph = ActorGraph::build(
        vec![event("e1", "2020-10-01", "node", "edge", "020")],
        &Filter::default(),
    );
    let options = DotOptions {
        title: "Nagorno-Karabakh \"2020\" \\ war".to_string(),
        legend: false,
    };
    let mut out = Vec::new();
    write_dot_with(&graph, &registry, &options, &mut out).unwrap();
    let dot = String::from_utf8(out).unwrap();
    assert!(!dot.contains("legend"));
    let texts = svg_texts(&run_dot("svg", &dot));
    assert!(texts.contains(&"Nagorno-Karabakh \"2020\" \\ war".to_string()));
    assert!(texts.contains(&"1 Oct 2020".to_string()));
}

/// Actor names: arbitrary Unicode without control characters, arbitrary characters with
/// them, strings of DOT's special characters and escape letters, and keywords.
fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::collection::vec(any::<char>(), 0..16).prop_map(String::from_iter),
        "[\\\\\"\n\r\t &;#<>{}\\[\\]=,:/*NGETHLlnr -]{0,16}",
        prop::sample::select(vec![
            "node", "graph", "edge", "strict", "subgraph", "digraph", "\\", "\\N", "\\\\\"",
            "&amp;", "&#92;", "--", "->",
        ])
        .prop_map(String::from),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// dot accepts the diagram of any names, and draws each name (with its code on the next
    /// line) exactly: unchanged without control characters, with them dropped and newlines as
    /// line breaks otherwise.
    #[test]
    fn graphviz_draws_any_name_as_itself(names in prop::collection::vec(name(), 1..8)) {
        let mut registry = ActorRegistry::new();
        let ids: Vec<String> = (0..names.len()).map(|i| format!("n{i}")).collect();
        for (id, name) in ids.iter().zip(&names) {
            let mut actor = Actor::new(id, name, ActorKind::State);
            actor.code = "X1".to_string();
            registry.insert(actor);
        }
        let graph = ActorGraph::build(chain(&ids), &Filter::default());
        let dot = dot_text(&graph, &registry);
        let labels = json_labels(&run_dot("json", &dot));
        for (id, name) in ids.iter().zip(&names) {
            let drawn = &labels[id.as_str()];
            let mut expected = if name.chars().any(char::is_control) {
                drawn_lines(name)
            } else if name.is_empty() {
                Vec::new()
            } else {
                vec![name.clone()]
            };
            expected.push("X1".to_string());
            prop_assert_eq!(drawn, &expected, "name {:?}", name);
        }
    }
}
