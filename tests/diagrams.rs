//! The diagrams `casus build` draws: their size, by default at most
//! `casus::export::dot::DEFAULT_TOP` actors (the busiest), said on standard error; `--top N`
//! and `--top all`; the report's lanes follow the same limit and its table keeps every event;
//! the other formats keep every actor. On the GDELT and ICEWS samples of `../shared/data`
//! (skipped with a message when absent), the default diagram renders with Graphviz's `dot`
//! quickly. Without `dot` on the PATH, the report says on standard error which layout stands
//! in.
//!
//! `tests/fixtures/many-actors/events.csv`: 24 states; Russia consults each of the 23 others
//! once (26 events with the three below), Turkey appeals to Russia three times (Turkey: 6
//! events), France criticises Turkey twice (France: 3); the other 21 states have one event
//! each, so ties among them go to the lower id (albania, argentina, … sweden).

mod common;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use casus::export::dot::DEFAULT_TOP;
use common::{Workdir, repo};

fn many_actors() -> PathBuf {
    repo().join("tests/fixtures/many-actors")
}

/// The ids of the actor nodes of a DOT file (the legend's nodes are indented deeper).
fn dot_nodes(dot: &str) -> Vec<String> {
    dot.lines()
        .filter(|l| l.starts_with("  \"") && !l.contains(" -> "))
        .map(|l| l.trim().split('"').nth(1).unwrap().to_string())
        .collect()
}

#[test]
fn a_diagram_of_more_actors_than_the_default_keeps_the_busiest_and_says_so() {
    assert_eq!(
        DEFAULT_TOP, 20,
        "the fixture and docs/formats.md are made for 20"
    );
    let w = Workdir::new();
    let stderr = w.build(&[many_actors().to_str().unwrap()]);
    assert!(
        stderr.contains(
            "casus: actors.dot keeps the 20 busiest of 24 actors (the other 4 are one node); \
             --top N or --top all changes it"
        ),
        "{stderr}"
    );
    // The summary counts every actor.
    assert!(stderr.contains("casus: 28 events, 24 actors"), "{stderr}");
    let dot = String::from_utf8(w.read("out/actors.dot")).unwrap();
    let nodes = dot_nodes(&dot);
    assert_eq!(nodes.len(), DEFAULT_TOP + 1, "{nodes:?}");
    for kept in ["russia", "turkey", "france", "albania", "mexico"] {
        assert!(
            nodes.iter().any(|n| n == kept),
            "{kept} is not drawn: {nodes:?}"
        );
    }
    for merged in ["norway", "peru", "spain", "sweden"] {
        assert!(!nodes.iter().any(|n| n == merged), "{merged} is drawn");
    }
    assert!(
        dot.contains("\"other-actors\" [label=\"4 other actors\""),
        "{dot}"
    );
    // The timeline keeps every event and actor.
    let timeline = String::from_utf8(w.read("out/timeline.csv")).unwrap();
    assert_eq!(timeline.lines().count(), 29);
    assert!(timeline.contains("Sweden"));
}

#[test]
fn top_five_keeps_five_and_top_all_keeps_every_actor() {
    let w = Workdir::new();
    let input = many_actors();
    let stderr = w.build(&[input.to_str().unwrap(), "--top", "5"]);
    assert!(
        stderr.contains(
            "casus: actors.dot keeps the 5 busiest of 24 actors (the other 19 are one node); \
             as --top 5 asks"
        ),
        "{stderr}"
    );
    let nodes = dot_nodes(&String::from_utf8(w.read("out/actors.dot")).unwrap());
    assert_eq!(
        nodes,
        [
            "albania",
            "argentina",
            "france",
            "other-actors",
            "russia",
            "turkey"
        ]
    );

    let stderr = w.build(&[input.to_str().unwrap(), "--top", "all"]);
    assert!(!stderr.contains("busiest"), "{stderr}");
    let nodes = dot_nodes(&String::from_utf8(w.read("out/actors.dot")).unwrap());
    assert_eq!(nodes.len(), 24);
    assert!(!nodes.iter().any(|n| n == "other-actors"));

    let stderr = w.build(&[input.to_str().unwrap(), "--top", "23"]);
    assert!(
        stderr.contains("keeps the 23 busiest of 24 actors (the other is one node)"),
        "{stderr}"
    );

    // A limit the graph does not reach changes nothing and says nothing.
    let stderr = w.build(&[input.to_str().unwrap(), "--top", "24"]);
    assert!(!stderr.contains("busiest"), "{stderr}");
    assert_eq!(
        dot_nodes(&String::from_utf8(w.read("out/actors.dot")).unwrap()).len(),
        24
    );

    // Without a diagram to draw there is nothing to say.
    let stderr = w.build(&[input.to_str().unwrap(), "--format", "timeline"]);
    assert!(!stderr.contains("busiest"), "{stderr}");
}

#[test]
fn top_refuses_zero_and_words_other_than_all() {
    let w = Workdir::new();
    for (value, message) in [
        ("0", "0 would draw no actor"),
        ("many", "'many' is neither a number of actors nor `all`"),
    ] {
        w.casus()
            .args(["build", many_actors().to_str().unwrap(), "--top", value])
            .assert()
            .code(2)
            .stderr(predicates::str::contains(message));
    }
    let help = w.casus().args(["build", "--help"]).output().unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(help.contains("--top <N|all>"), "{help}");
    assert!(
        help.contains(&format!(
            "more than {DEFAULT_TOP} actors keeps the {DEFAULT_TOP} busiest"
        )),
        "the help names another default than DEFAULT_TOP:\n{help}"
    );
}

#[test]
fn the_report_draws_the_busiest_lanes_and_keeps_every_event_in_its_table() {
    let w = Workdir::new();
    let stderr = w.build(&[
        many_actors().to_str().unwrap(),
        "--format",
        "report",
        "--format",
        "gexf",
    ]);
    assert!(
        stderr.contains("casus: report.html keeps the 20 busiest of 24 actors"),
        "{stderr}"
    );
    let html = String::from_utf8(w.read("out/report.html")).unwrap();
    assert_eq!(html.matches(" data-h=\"").count(), DEFAULT_TOP + 1);
    assert!(html.contains(
        "The timeline and the actor diagram show the 20 busiest of the 24 actors; the other 4 \
         are one lane and one node, “4 other actors”. Every event, with its own actors, is in \
         <a href=\"#events\">the table</a> below, and the actor filter offers every actor."
    ));
    assert!(html.contains("28 events, 24 actors"));
    // The table's data (read by the page's script) has every event and every actor.
    let data = common::report_data(&html);
    assert_eq!(data["events"].as_array().unwrap().len(), 28);
    let actors = data["actors"].as_array().unwrap();
    assert_eq!(actors.len(), 24);
    assert!(
        actors.iter().any(|a| a[1] == "Sweden"),
        "the table names the merged actors"
    );
    // Formats for other tools keep every actor.
    let gexf = String::from_utf8(w.read("out/actors.gexf")).unwrap();
    assert_eq!(gexf.matches("<node ").count(), 24);
}

#[test]
fn the_report_puts_the_events_of_merged_sources_in_the_merged_lane() {
    // No event of the ACLED fixture lacks a source, so there is no "unknown source" lane to
    // fall back on: the merged actors' events must go to their lane.
    let w = Workdir::new();
    let acled = repo().join("tests/fixtures/datasets/acled-sample.csv");
    w.build(&[acled.to_str().unwrap(), "--top", "2", "--format", "report"]);
    let html = String::from_utf8(w.read("out/report.html")).unwrap();
    assert_eq!(html.matches(" data-h=\"").count(), 3);
    assert!(!html.contains("(unknown source)"));
    // Every event has its mark (and its echo in its target's lane, when it has a target).
    assert_eq!(html.matches("class=\"mark q").count(), 7);
    assert!(html.contains(">7 other actors</text>"), "{html}");
}

/// The default diagram of a shared sample: its number of actor nodes and the seconds `dot`
/// takes to render it.
fn sample_diagram(name: &str) -> Option<(usize, Duration)> {
    let path = repo().join("../shared/data").join(name);
    if !path.exists() {
        common::skipped(
            "the default diagram of the shared samples",
            &format!(
                "{} is not here (it is in CI and next to the repository)",
                path.display()
            ),
        );
        return None;
    }
    let w = Workdir::new();
    let stderr = w.build(&[path.to_str().unwrap()]);
    assert!(
        stderr.contains(&format!("keeps the {DEFAULT_TOP} busiest of")),
        "{stderr}"
    );
    let dot = w.path().join("out/actors.dot");
    let nodes = dot_nodes(&std::fs::read_to_string(&dot).unwrap()).len();
    let start = Instant::now();
    let out = std::process::Command::new("dot")
        .arg("-Tsvg")
        .arg(&dot)
        .output()
        .expect(
            "graphviz's `dot` must be installed (apt-get install graphviz); .ci/run installs it",
        );
    let took = start.elapsed();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some((nodes, took))
}

#[test]
fn the_default_diagrams_of_the_gdelt_and_icews_samples_render_quickly() {
    for name in [
        "gdelt2-20150218230000.export.tsv",
        "icews-2018-06-sample.tab",
    ] {
        let Some((nodes, took)) = sample_diagram(name) else {
            return;
        };
        assert_eq!(nodes, DEFAULT_TOP + 1, "{name}");
        // Measured: under a second on either sample (docs/formats.md); the whole GDELT graph
        // takes two minutes. The bound leaves room for a busy machine.
        assert!(took < Duration::from_secs(20), "{name}: dot took {took:?}");
    }
}

#[test]
fn without_dot_on_the_path_the_report_says_which_layout_stands_in() {
    let w = Workdir::new();
    // A PATH with nothing on it: casus itself is run by its full path.
    let empty = w.path().join("empty-bin");
    std::fs::create_dir_all(&empty).unwrap();
    let out = w
        .casus()
        .current_dir(repo())
        .env("PATH", &empty)
        .args(["build", "events", "--format", "report", "--out"])
        .arg(w.path().join("out"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let note = "casus: Graphviz's dot is not on PATH; report.html draws the diagram with its own \
                circular layout (install graphviz for a better one)\n";
    assert_eq!(stderr.matches(note).count(), 1, "{stderr}");
    let html = String::from_utf8(w.read("out/report.html")).unwrap();
    assert!(
        html.contains(
            "Drawn by casus&#39;s built-in circular layout (Graphviz was not used: dot is not on \
             PATH)"
        ),
        "the caption does not say why"
    );

    // With dot on the PATH, Graphviz draws it and there is nothing to say.
    let out = w
        .casus()
        .current_dir(repo())
        .args(["build", "events", "--format", "report", "--out"])
        .arg(w.path().join("out2"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.contains("dot"), "{stderr}");
    let html = String::from_utf8(w.read("out2/report.html")).unwrap();
    assert!(
        html.contains("Drawn by Graphviz dot"),
        "graphviz's `dot` must be installed (apt-get install graphviz); .ci/run installs it"
    );
}
