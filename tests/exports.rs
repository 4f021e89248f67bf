//! Black-box tests of the export formats (`casus build --format …`): golden files of the shipped
//! story, the GEXF and GraphML opened by a real parser (networkx), the JSON Lines read back to
//! the same build, TimelineJS and vis-timeline checked against the events and loaded into the
//! real libraries, and the report rendered in headless Chromium.
//!
//! networkx, Chromium and the two JavaScript libraries are found on the machine
//! (`CASUS_PYTHON`, `CASUS_CHROMIUM`, `CASUS_JS_LIBS` to name them). `.ci/run` installs them;
//! where one is missing, the test that needs it fails under CI (`CI` set) and is skipped with a
//! message saying how to install it elsewhere.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{Workdir, assert_golden, repo};
use serde_json::Value;

/// Builds the shipped story with the given extra arguments into `<workdir>/<out>`, running in
/// the repository so that provenance names `events/…` files.
fn build_story(w: &Workdir, out: &str, args: &[&str]) -> PathBuf {
    let dir = w.path().join(out);
    w.casus()
        .current_dir(repo())
        .args(["build", "events", "--out"])
        .arg(&dir)
        .args(args)
        .assert()
        .success();
    dir
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn json(path: &Path) -> Value {
    serde_json::from_slice(&read(path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The lines of `events.jsonl`, by event id.
fn jsonl_by_id(path: &Path) -> BTreeMap<String, Value> {
    String::from_utf8(read(path))
        .unwrap()
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            (v["id"].as_str().unwrap().to_string(), v)
        })
        .collect()
}

/// Whether this run is CI's (where every tool must be there).
fn under_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// A missing tool: a failure under CI, else a loud skip.
fn missing(what: &str, how: &str) {
    let message = format!("{what} not found; install it with: {how} (.ci/run does)");
    if under_ci() {
        panic!("{message}");
    }
    common::skipped("a test of the exports in the tools they are for", &message);
}

/// A Python whose networkx reads GEXF 1.3 (networkx 3 or later).
fn python() -> Option<String> {
    let candidates = std::env::var("CASUS_PYTHON")
        .into_iter()
        .chain(["python3".to_string(), "python".to_string()]);
    let check =
        "import sys, networkx.readwrite.gexf as g; sys.exit(0 if '1.3' in g.GEXF.versions else 1)";
    let found = candidates.into_iter().find(|p| {
        Command::new(p)
            .args(["-c", check])
            .output()
            .is_ok_and(|o| o.status.success())
    });
    if found.is_none() {
        missing(
            "Python with networkx 3 (for GEXF 1.3)",
            "python3 -m venv ~/.cache/casus-venv && ~/.cache/casus-venv/bin/pip install \
             'networkx>=3' and set CASUS_PYTHON=~/.cache/casus-venv/bin/python",
        );
    }
    found
}

/// Reads a GEXF or GraphML file with networkx and returns its nodes and edges as JSON.
fn networkx(python: &str, reader: &str, path: &Path) -> Value {
    let script = format!(
        "import json, sys\n\
         import networkx as nx\n\
         g = ({reader})(sys.argv[1])\n\
         out = {{'directed': g.is_directed(), 'multi': g.is_multigraph(), 'graph': g.graph,\n\
                'nodes': {{n: d for n, d in g.nodes(data=True)}},\n\
                'edges': [dict(d, _source=u, _target=v) for u, v, d in g.edges(data=True)]}}\n\
         json.dump(out, sys.stdout, default=str)\n"
    );
    let out = Command::new(python)
        .args(["-c", &script])
        .arg(path)
        .output()
        .expect("python runs");
    assert!(
        out.status.success(),
        "networkx could not read {}:\n{}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn every_format_of_the_shipped_story_matches_its_golden_file() {
    let w = Workdir::new();
    let out = build_story(&w, "out", &["--format", "all"]);
    for (file, golden) in [
        ("actors.gexf", "story-actors.gexf"),
        ("actors.graphml", "story-actors.graphml"),
        ("timelinejs.json", "story-timelinejs.json"),
        ("timelinejs.csv", "story-timelinejs.csv"),
        ("vis-timeline.json", "story-vis-timeline.json"),
        ("events.jsonl", "story-events.jsonl"),
    ] {
        assert_golden(golden, &read(&out.join(file)));
    }
    // The report's diagram depends on the machine's Graphviz; its golden file is the one drawn
    // with the built-in layout, which is the same everywhere.
    let html = story_report(casus::export::diagram::DiagramLayout::Builtin);
    assert_golden("story-report.html", html.as_bytes());
}

/// The report of the shipped story, built through the library with the given diagram layout,
/// with input paths made repository-relative.
fn story_report(layout: casus::export::diagram::DiagramLayout) -> String {
    use casus::export::report::{ReportOptions, write_report};
    let root = repo();
    let inputs = casus::ingest::read_inputs(&[root.join("events")], &[], None).unwrap();
    assert!(inputs.problems.is_empty(), "{}", inputs.problems);
    let registry =
        casus::normalize::registry(inputs.actors, &[], casus::model::builtin::registry()).unwrap();
    let events = casus::normalize::resolve(inputs.events, &registry).unwrap();
    let graph = casus::graph::ActorGraph::build(events, &casus::graph::Filter::default());
    let mut html = Vec::new();
    let options = ReportOptions {
        diagram: layout,
        ..ReportOptions::default()
    };
    write_report(&graph, &registry, &options, &mut html).unwrap();
    String::from_utf8(html)
        .unwrap()
        .replace(&format!("{}/", root.display()), "")
}

#[test]
fn formats_choose_the_files_and_the_default_is_timeline_and_dot() {
    let w = Workdir::new();
    let files = |dir: &Path| -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            // The hidden marker of an output folder (src/ingest/mod.rs, OUTPUT_MARKER).
            .filter(|n| !n.starts_with('.'))
            .collect();
        names.sort();
        names
    };
    let plain = build_story(&w, "plain", &[]);
    assert_eq!(files(&plain), ["actors.dot", "timeline.csv"]);
    let some = build_story(&w, "some", &["--format", "timelinejs", "--format", "gexf"]);
    assert_eq!(
        files(&some),
        ["actors.gexf", "timelinejs.csv", "timelinejs.json"]
    );
    let all = build_story(&w, "all", &["--format", "all"]);
    assert_eq!(files(&all).len(), 10);
    assert!(files(&all).contains(&"dyads.csv".to_string()));
    w.casus()
        .args(["build", "--format", "pdf"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("vis-timeline"));
}

#[test]
fn every_format_is_byte_identical_across_builds() {
    let w = Workdir::new();
    let a = build_story(&w, "a", &["--format", "all"]);
    let b = build_story(&w, "b", &["--format", "all"]);
    for entry in std::fs::read_dir(&a).unwrap() {
        let name = entry.unwrap().file_name();
        assert_eq!(read(&a.join(&name)), read(&b.join(&name)), "{name:?}");
    }
}

#[test]
fn events_jsonl_reads_back_to_the_same_build() {
    let w = Workdir::new();
    let one = build_story(&w, "one", &["--format", "all"]);
    let two = w.path().join("two");
    w.casus()
        .current_dir(repo())
        .arg("build")
        .arg(one.join("events.jsonl"))
        // The story's own actors are not built in: the actor file comes along, as for
        // timeline.csv.
        .args(["--actors", "events/actors.toml", "--format", "all", "--out"])
        .arg(&two)
        .assert()
        .success();
    for entry in std::fs::read_dir(&one).unwrap() {
        let name = entry.unwrap().file_name();
        assert_eq!(
            String::from_utf8_lossy(&read(&one.join(&name))),
            String::from_utf8_lossy(&read(&two.join(&name))),
            "{name:?}"
        );
    }
}

#[test]
fn a_bad_jsonl_line_names_the_file_line_and_field() {
    let w = Workdir::new();
    w.write(
        "in/e.jsonl",
        "{\"id\":\"a\",\"date\":\"2020-09-29\",\"source\":\"russia\",\"event_code\":\"020\",\"summary\":\"s\"}\n\
         {\"id\":\"b\",\"date\":\"2020-02-30\",\"source\":\"atlantis\",\"event_code\":\"020\",\"summary\":\"s\"}\n",
    );
    w.casus()
        .args(["build", "in/e.jsonl", "--format", "jsonl"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("in/e.jsonl:2: field 'date'"))
        .stderr(predicates::str::contains(
            "in/e.jsonl:2: field 'source': unknown actor 'atlantis'",
        ));
    assert!(!w.path().join("out").exists(), "nothing is written");
}

/// A story whose names and texts hold markup, quotes, control characters and other scripts.
fn hostile(w: &Workdir) -> PathBuf {
    w.write(
        "in/actors.toml",
        "[[actor]]\nid = \"ctl-corp\"\nname = \"AT&T <\\\"Ü\\\"> 'x' \\u0001bell\\u0007 Հայ\"\n\
         kind = \"other\"\n",
    );
    w.write(
        "in/story.toml",
        "[[event]]\nid = \"hostile\"\ndate = \"2020-09-29\"\nsource = \"ctl-corp\"\n\
         target = \"Russia\"\ntype = \"appeal\"\n\
         summary = \"line one\\nline\\ttwo & <b>bold</b> \\u0001 ]]> \\\"q\\\"\"\n\
         refs = [{ outlet = \"A & B\", url = \"javascript:alert(1)\", quote = \"<script>x</script>\" }]\n\
         [[event]]\nid = \"plain\"\ndate = \"2020-10\"\nsource = \"Russia\"\ntarget = \"ctl-corp\"\n\
         type = \"criticise\"\nsummary = \"Second.\"\n",
    );
    w.casus()
        .args(["build", "in", "--format", "all", "--out", "out"])
        .assert()
        .success();
    w.path().join("out")
}

#[test]
fn gexf_opens_in_networkx_with_every_event_as_a_dated_edge() {
    let Some(python) = python() else { return };
    let w = Workdir::new();
    let out = build_story(&w, "out", &["--format", "gexf", "--format", "jsonl"]);
    let g = networkx(
        &python,
        "lambda p: nx.read_gexf(p, version='1.3')",
        &out.join("actors.gexf"),
    );
    let events = jsonl_by_id(&out.join("events.jsonl"));
    assert_eq!(g["directed"], true);
    assert_eq!(g["multi"], true, "parallel edges are kept");
    assert_eq!(g["graph"]["mode"], "dynamic");
    let actors: std::collections::BTreeSet<&str> = events
        .values()
        .flat_map(|e| [e["source"].as_str(), e["target"].as_str()])
        .flatten()
        .collect();
    let nodes = g["nodes"].as_object().unwrap();
    assert_eq!(
        nodes.keys().map(String::as_str).collect::<Vec<_>>(),
        Vec::from_iter(actors)
    );
    assert_eq!(nodes["russia"]["label"], "Russia");
    assert_eq!(nodes["russia"]["code"], "RUS");
    assert_eq!(nodes["russia"]["kind"], "state");
    assert_eq!(nodes["russia-government"]["country"], "RUS");
    let edges = g["edges"].as_array().unwrap();
    let dyadic = events
        .values()
        .filter(|e| !e["source"].is_null() && !e["target"].is_null())
        .count();
    assert_eq!(edges.len(), dyadic);
    for edge in edges {
        let id = edge["event_id"].as_str().unwrap();
        let e = &events[id];
        assert_eq!(edge["_source"], e["source"], "{id}");
        assert_eq!(edge["_target"], e["target"], "{id}");
        assert_eq!(edge["event_code"], e["event_code"], "{id}");
        assert_eq!(edge["quad_class"], e["quad_class"], "{id}");
        assert_eq!(edge["date"], e["date"], "{id}");
        assert_eq!(edge["weight"].as_f64(), e["goldstein"].as_f64(), "{id}");
        // An open end is left out of the edge.
        assert_eq!(
            edge.get("start").unwrap_or(&Value::Null),
            &e["start"],
            "{id}"
        );
        assert_eq!(edge.get("end").unwrap_or(&Value::Null), &e["end"], "{id}");
        assert!(edge["provenance"].as_str().unwrap().contains("at=events/"));
    }
}

#[test]
fn gexf_and_graphml_keep_hostile_text_and_drop_what_xml_forbids() {
    let Some(python) = python() else { return };
    let w = Workdir::new();
    let out = hostile(&w);
    let name = "AT&T <\"Ü\"> 'x' bell Հայ";
    let summary = "line one\nline\ttwo & <b>bold</b>  ]]> \"q\"";
    let gexf = networkx(
        &python,
        "lambda p: nx.read_gexf(p, version='1.3')",
        &out.join("actors.gexf"),
    );
    assert_eq!(gexf["nodes"]["ctl-corp"]["label"], name);
    let hostile_edge = |g: &Value, key: &str| -> Value {
        g["edges"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e[key] == "hostile")
            .cloned()
            .unwrap()
    };
    assert_eq!(hostile_edge(&gexf, "event_id")["summary"], summary);
    let graphml = networkx(&python, "nx.read_graphml", &out.join("actors.graphml"));
    assert_eq!(graphml["nodes"]["ctl-corp"]["label"], name);
    let edge = hostile_edge(&graphml, "event_id");
    assert_eq!(edge["summary"], summary);
    assert_eq!(edge["start"], "2020-09-29");
    assert_eq!(edge["end"], "2020-09-29");
    assert_eq!(edge["goldstein"], 3.0);
    // The report shows the markup as text and makes no link of a script URL: its data writes
    // `<` as `\u003c`, so no text closes the script element that holds it.
    let html = String::from_utf8(read(&out.join("report.html"))).unwrap();
    assert!(html.contains("\\u003cb>bold\\u003c/b>") && !html.contains("<b>bold"));
    assert_eq!(html.matches("<script").count(), 2);
    assert_eq!(html.matches("</script").count(), 2);
    assert!(!html.contains("href=\"javascript") && !html.contains("href=\\\"javascript"));
    assert!(!html.contains('\u{1}') && !html.contains('\u{7}'));
}

#[test]
fn graphml_opens_in_networkx_with_one_edge_per_event() {
    let Some(python) = python() else { return };
    let w = Workdir::new();
    let out = build_story(&w, "out", &["--format", "graphml", "--format", "jsonl"]);
    let g = networkx(&python, "nx.read_graphml", &out.join("actors.graphml"));
    let events = jsonl_by_id(&out.join("events.jsonl"));
    assert_eq!(
        (g["directed"].clone(), g["multi"].clone()),
        (Value::Bool(true), Value::Bool(true))
    );
    assert_eq!(g["nodes"]["turkey"]["label"], "Turkey");
    assert_eq!(g["nodes"]["turkey"]["kind"], "state");
    let edges = g["edges"].as_array().unwrap();
    assert_eq!(
        edges.len(),
        events.values().filter(|e| !e["target"].is_null()).count()
    );
    for edge in edges {
        let e = &events[edge["event_id"].as_str().unwrap()];
        for key in ["event_code", "quad_class", "goldstein", "date", "summary"] {
            assert_eq!(edge[key], e[key], "{key}");
        }
        for key in ["start", "end"] {
            assert_eq!(edge.get(key).unwrap_or(&Value::Null), &e[key], "{key}");
        }
    }
}

#[test]
fn timelinejs_json_and_csv_agree_with_the_events() {
    let w = Workdir::new();
    let out = build_story(&w, "out", &["--format", "timelinejs", "--format", "jsonl"]);
    let events = jsonl_by_id(&out.join("events.jsonl"));
    let doc = json(&out.join("timelinejs.json"));
    assert!(doc["title"]["text"]["headline"].is_string());
    let slides = doc["events"].as_array().unwrap();
    assert_eq!(slides.len(), events.len());
    let by_id: BTreeMap<&str, &Value> = slides
        .iter()
        .map(|s| (s["unique_id"].as_str().unwrap(), s))
        .collect();
    let slide = |id: &str| by_id[id];
    let minsk = slide("1992-minsk-group-mediation/armenia");
    assert_eq!(minsk["display_date"], "since 1992");
    assert_eq!(minsk["start_date"], serde_json::json!({"year": 1992}));
    assert!(minsk.get("end_date").is_none());
    assert_eq!(minsk["group"], "OSCE Minsk Group");
    assert_eq!(
        minsk["text"]["headline"],
        "OSCE Minsk Group → Armenia: Mediate"
    );
    for slide in slides {
        let id = slide["unique_id"].as_str().unwrap();
        let e = &events[id];
        // The start's year is always there; the day only for dates known to the day.
        assert!(slide["start_date"]["year"].is_i64(), "{id}");
        let precise = e["precision"] == "day";
        if precise {
            assert!(slide["start_date"]["day"].is_i64(), "{id}");
            assert!(slide.get("end_date").is_none(), "{id}");
        }
        if e["precision"] == "year" || e["precision"] == "month" {
            assert!(slide["start_date"].get("day").is_none(), "{id}");
        }
        let text = slide["text"]["text"].as_str().unwrap();
        if let Some(url) = e["provenance"][0]["url"].as_str() {
            assert!(
                text.contains(&format!("href=\"{}\"", url.replace('&', "&amp;"))),
                "{id}"
            );
        }
    }
    // Every open-start event is placed at its end and says "before".
    for (id, e) in &events {
        if e["start"].is_null() {
            let s = slide(id);
            assert!(
                s["display_date"].as_str().unwrap().starts_with("before "),
                "{id}"
            );
            let end = e["end"].as_str().unwrap();
            assert_eq!(
                s["start_date"]["year"].to_string(),
                end[..4].trim_start_matches('0')
            );
        }
    }
    // The CSV has the template's header, a title row, then the same dates as the JSON.
    let text = String::from_utf8(read(&out.join("timelinejs.csv"))).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header.join(","),
        "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,\
         Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background"
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), slides.len() + 1);
    assert_eq!(&rows[0][15], "title");
    let part = |v: &Value| v.as_i64().map(|n| n.to_string()).unwrap_or_default();
    for (row, slide) in rows[1..].iter().zip(slides) {
        let s = &slide["start_date"];
        assert_eq!(&row[0], part(&s["year"]));
        assert_eq!(&row[1], part(&s["month"]));
        assert_eq!(&row[2], part(&s["day"]));
        let e = &slide["end_date"];
        assert_eq!(&row[4], part(&e["year"]));
        assert_eq!(&row[8], slide["display_date"].as_str().unwrap());
        assert_eq!(&row[9], slide["text"]["headline"].as_str().unwrap());
        assert_eq!(&row[16], slide["group"].as_str().unwrap_or(""));
    }
}

#[test]
fn vis_timeline_has_a_point_or_range_per_event_and_a_group_per_actor() {
    let w = Workdir::new();
    let out = build_story(
        &w,
        "out",
        &["--format", "vis-timeline", "--format", "jsonl"],
    );
    let events = jsonl_by_id(&out.join("events.jsonl"));
    let data = json(&out.join("vis-timeline.json"));
    let items = data["items"].as_array().unwrap();
    let groups: Vec<&str> = data["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["id"].as_str().unwrap())
        .collect();
    let actors: std::collections::BTreeSet<&str> = events
        .values()
        .flat_map(|e| [e["source"].as_str(), e["target"].as_str()])
        .flatten()
        .collect();
    assert_eq!(groups, Vec::from_iter(actors));
    assert_eq!(items.len(), events.len());
    let last_day = events
        .values()
        .filter_map(|e| e["end"].as_str())
        .max()
        .unwrap();
    let day_after = |d: &str| {
        (chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap() + chrono::Days::new(1))
            .to_string()
    };
    for item in items {
        let id = item["id"].as_str().unwrap();
        let e = &events[id];
        assert_eq!(item["group"], e["source"], "{id}");
        // The tooltip starts with the date in words, in bold.
        assert!(item["title"].as_str().unwrap().starts_with("<b>"), "{id}");
        if e["precision"] == "day" {
            assert_eq!(item["type"], "point", "{id}");
            assert_eq!(item["start"], e["start"], "{id}");
            assert!(item.get("end").is_none(), "{id}");
        } else {
            assert_eq!(item["type"], "range", "{id}");
            let end = item["end"].as_str().unwrap();
            assert!(item["start"].as_str().unwrap() < end, "{id}");
            match e["end"].as_str() {
                Some(last) => assert_eq!(end, day_after(last), "{id}"),
                None => {
                    assert_eq!(end, day_after(last_day), "{id}");
                    assert!(item["className"].as_str().unwrap().contains("open-end"));
                }
            }
        }
        let quad = format!("quad-{}", e["quad_class"]);
        assert!(
            item["className"].as_str().unwrap().starts_with(&quad),
            "{id}"
        );
    }
}

/// Chromium, or the like, to run headless.
fn chromium() -> Option<String> {
    let candidates = std::env::var("CASUS_CHROMIUM").into_iter().chain(
        ["chromium", "chromium-browser", "google-chrome"]
            .into_iter()
            .map(String::from),
    );
    let found = candidates.into_iter().find(|c| {
        Command::new(c)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    });
    if found.is_none() {
        missing("Chromium", "apt-get install chromium");
    }
    found
}

/// Runs headless Chromium on a file with extra flags; returns stdout and stderr.
fn run_chromium(chromium: &str, w: &Workdir, page: &Path, flags: &[&str]) -> (String, String) {
    let profile = tempfile::tempdir_in(w.path()).unwrap();
    let out = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1400,1000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(flags)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// What headless Chromium shows of a report after its script ran, opened at `fragment` (the
/// page reads its search and filters from it): the dumped DOM and the console messages.
struct Shown {
    dom: String,
    console: Vec<String>,
}

impl Shown {
    fn open(chromium: &str, w: &Workdir, page: &Path, fragment: &str) -> Shown {
        let url = format!("{}{fragment}", page.display());
        let (dom, stderr) = run_chromium(
            chromium,
            w,
            Path::new(&url),
            &["--dump-dom", "--enable-logging=stderr", "--v=0"],
        );
        let console = stderr
            .lines()
            .filter(|l| l.contains(":CONSOLE"))
            .map(String::from)
            .collect();
        let shown = Shown { dom, console };
        assert!(
            shown.dom.contains(" data-ready-ms=\""),
            "the report's script did not finish at {fragment:?}: {:?}",
            shown.console
        );
        assert!(
            !shown.dom.contains(" data-errors=\"") && shown.console.is_empty(),
            "errors at {fragment:?}: {:?} {:?}",
            shown
                .dom
                .split(" data-errors=\"")
                .nth(1)
                .and_then(|s| s.split('"').next()),
            shown.console
        );
        shown
    }

    /// Opens a copy of the report with `driver` (a script) run after the report's own: it works
    /// the page as a user would, by events dispatched to its controls, and writes what it saw as
    /// JSON into `<pre id="casus-probe">`. Chromium runs the page's timers in virtual time (the
    /// search box waits for typing to pause), and the same checks as [`Shown::open`] apply: no
    /// script error, no console message.
    fn drive(chromium: &str, w: &Workdir, page: &Path, driver: &str) -> (Shown, Value) {
        let html = String::from_utf8(read(page)).unwrap();
        let at = html.rfind("</body>").expect("the report ends its body");
        let driven = page.with_file_name("driven.html");
        std::fs::write(
            &driven,
            format!("{}<script>{driver}</script>\n{}", &html[..at], &html[at..]),
        )
        .unwrap();
        let (dom, stderr) = run_chromium(
            chromium,
            w,
            &driven,
            &[
                "--virtual-time-budget=10000",
                "--dump-dom",
                "--enable-logging=stderr",
                "--v=0",
            ],
        );
        let console: Vec<String> = stderr
            .lines()
            .filter(|l| l.contains(":CONSOLE"))
            .map(String::from)
            .collect();
        assert!(
            !dom.contains(" data-errors=\"") && console.is_empty(),
            "errors while driving the page: {:?} {console:?}",
            dom.split(" data-errors=\"")
                .nth(1)
                .and_then(|s| s.split('"').next()),
        );
        let probe = dom
            .split("<pre id=\"casus-probe\">")
            .nth(1)
            .and_then(|s| s.split("</pre>").next())
            .unwrap_or_else(|| panic!("the driver did not finish: {console:?}"))
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&nbsp;", "\u{a0}")
            .replace("&amp;", "&");
        let seen = serde_json::from_str(&probe).unwrap_or_else(|e| panic!("{e}: {probe}"));
        (Shown { dom, console }, seen)
    }

    /// The ids of the events in the table.
    fn rows(&self) -> Vec<usize> {
        self.dom
            .split("<tr id=\"ev-")
            .skip(1)
            .map(|s| s.split('"').next().unwrap().parse().unwrap())
            .collect()
    }

    /// The text of a table row.
    fn row_text(&self, i: usize) -> String {
        let row = self
            .dom
            .split(&format!("<tr id=\"ev-{i}\""))
            .nth(1)
            .and_then(|s| s.split("</tr>").next())
            .unwrap();
        let mut text = String::new();
        let mut tag = false;
        for c in row.chars() {
            match c {
                '<' => tag = true,
                '>' => tag = false,
                _ if !tag => text.push(c),
                _ => {}
            }
        }
        text
    }

    /// How many lanes are shown and how many hidden.
    fn lanes(&self) -> (usize, usize) {
        let classes: Vec<&str> = self
            .dom
            .split("<g class=\"lane")
            .skip(1)
            .filter(|s| !s.starts_with("s\""))
            .map(|s| s.split('"').next().unwrap())
            .collect();
        let hidden = classes.iter().filter(|c| c.contains("off")).count();
        (classes.len() - hidden, hidden)
    }

    /// How many timeline marks (not echoes) are shown.
    fn marks(&self, kind: &str) -> usize {
        self.dom
            .split(&format!("class=\"{kind} q"))
            .skip(1)
            .filter(|s| !s.split('"').next().unwrap().contains("off"))
            .count()
    }
}

/// Works the story's report as a user would (see [`Shown::drive`]): types a search, unticks
/// quad classes, resets; hovers and clicks a timeline mark; zooms the diagram with the wheel and
/// the buttons, drags it, clicks an actor of it. Each step runs after the previous one's timers.
const STORY_DRIVER: &str = r#"
(function () {
  var seen = {}, steps = [];
  function $(id) { return document.getElementById(id); }
  function rows() {
    return [].map.call(document.querySelectorAll('#table tbody tr'), function (tr) {
      return Number(tr.id.slice(3));
    });
  }
  function lanes() {
    return document.querySelectorAll('svg.swimlanes g.lane:not(.off)').length;
  }
  function centre(el) {
    var r = el.getBoundingClientRect();
    return [r.left + r.width / 2, r.top + r.height / 2];
  }
  function fire(el, type, Kind, at, extra) {
    var init = { bubbles: true, cancelable: true, clientX: at[0], clientY: at[1] };
    for (var k in extra || {}) init[k] = extra[k];
    el.dispatchEvent(new Kind(type, init));
  }
  var box = $('diagram'), svg = box.querySelector('svg');
  function view() { return svg.getAttribute('viewBox').split(/[\s,]+/).map(Number); }
  // The point of the drawing under a point of the window.
  function under(at) {
    var p = svg.createSVGPoint();
    p.x = at[0];
    p.y = at[1];
    p = p.matrixTransform(svg.getScreenCTM().inverse());
    return [p.x, p.y];
  }
  steps.push(function () {
    $('q').value = 'ceasefire russia';
    $('q').dispatchEvent(new Event('input', { bubbles: true }));
  });
  steps.push(function () {
    seen.typed = { rows: rows(), lanes: lanes(), hash: location.hash };
    [1, 2].forEach(function (q) {
      var c = document.querySelector('input[name=quad][value="' + q + '"]');
      c.checked = false;
      c.dispatchEvent(new Event('change', { bubbles: true }));
    });
    seen.quad = { rows: rows(), lanes: lanes(), hash: location.hash };
    $('reset').click();
    seen.reset = { rows: rows(), lanes: lanes(), hash: location.hash };

    var mark = document.querySelector('svg.swimlanes .mark');
    fire(mark, 'mousemove', MouseEvent, centre(mark));
    seen.hover = { events: mark.getAttribute('data-e'), shown: !$('tip').hidden,
      text: $('tip').textContent };
    fire(document.querySelector('svg.swimlanes'), 'mouseleave', MouseEvent, [0, 0],
      { bubbles: false });
    seen.left = { shown: !$('tip').hidden };
    fire(mark, 'click', MouseEvent, centre(mark));
    seen.clicked = { rows: rows() };
    $('reset').click();

    var c = centre(box), before = under(c);
    seen.home = view();
    fire(box, 'wheel', WheelEvent, c, { deltaY: -100 });
    seen.wheel = { view: view(), before: before, after: under(c) };
    var from = [c[0] - 100, c[1] - 50], to = [c[0] + 20, c[1] + 10], grabbed = under(from);
    fire(box, 'pointerdown', PointerEvent, from);
    fire(box, 'pointermove', PointerEvent, [from[0] + 60, from[1] + 30]);
    fire(box, 'pointermove', PointerEvent, to);
    fire(box, 'pointerup', PointerEvent, to);
    seen.pan = { view: view(), grabbed: grabbed, dropped: under(to) };
    var buttons = {};
    [].forEach.call(box.querySelectorAll('[data-zoom]'), function (b) {
      b.click();
      buttons[b.getAttribute('data-zoom')] = view();
    });
    seen.buttons = buttons;

    var node = svg.querySelector('g.node');
    if (node) {
      var at = centre(node.querySelector('text') || node);
      fire(node, 'pointerdown', PointerEvent, at);
      fire(node, 'pointerup', PointerEvent, at);
      seen.node = { actor: node.querySelector('title').textContent, rows: rows(),
        value: $('actor').value, hash: location.hash };
    }
  });
  function next() {
    var step = steps.shift();
    if (step) {
      step();
      setTimeout(next, 500);
      return;
    }
    var pre = document.createElement('pre');
    pre.id = 'casus-probe';
    pre.textContent = JSON.stringify(seen);
    document.body.appendChild(pre);
  }
  setTimeout(next, 0);
})();
"#;

#[test]
fn the_report_searches_filters_and_sorts_in_chromium_without_error() {
    let Some(chromium) = chromium() else { return };
    let w = Workdir::new();
    let out = build_story(&w, "out", &["--format", "report", "--format", "jsonl"]);
    let events: Vec<Value> = String::from_utf8(read(&out.join("events.jsonl")))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let html = String::from_utf8(read(&out.join("report.html"))).unwrap();
    // Self-contained: our one script and its data, nothing loaded from anywhere.
    assert_eq!(html.matches("<script").count(), 2);
    assert!(!html.contains("<link") && !html.contains("@import"));
    assert!(!html.contains(" src=") && !html.contains("url(http"));
    let page = out.join("report.html");
    let lanes_of = |kept: &[&Value]| -> usize {
        let actors: std::collections::BTreeSet<&str> = kept
            .iter()
            .flat_map(|e| [e["source"].as_str(), e["target"].as_str()])
            .flatten()
            .collect();
        actors.len()
    };
    let all: Vec<&Value> = events.iter().collect();
    let n = events.len();

    // Everything: every event in the table, every lane, mark and echo shown.
    let shown = Shown::open(&chromium, &w, &page, "");
    assert_eq!(shown.rows(), (0..n).collect::<Vec<_>>());
    assert_eq!(shown.lanes(), (lanes_of(&all), 0));
    assert_eq!(shown.marks("mark"), n);
    let targeted = events.iter().filter(|e| !e["target"].is_null()).count();
    assert_eq!(shown.marks("echo"), targeted);
    assert!(
        shown
            .dom
            .contains("<output id=\"count\">60 events</output>")
    );

    // A search narrows the table to the events that name it, and hides the other lanes.
    let shown = Shown::open(&chromium, &w, &page, "#q=ceasefire%20russia");
    let rows = shown.rows();
    assert!(!rows.is_empty() && rows.len() < n, "{rows:?}");
    for &i in &rows {
        let text = shown.row_text(i).to_lowercase();
        assert!(
            text.contains("ceasefire") && text.contains("russia"),
            "{text}"
        );
    }
    let (lanes, hidden) = shown.lanes();
    assert!(hidden > 0 && lanes < lanes_of(&all));

    // The quad-class and date filters keep exactly the events they should, and the lanes of
    // their actors only.
    let kept: Vec<&Value> = events
        .iter()
        .filter(|e| e["quad_class"] == 4)
        .filter(|e| e["end"].as_str().is_none_or(|end| end >= "2020-10-01"))
        .collect();
    let expected: Vec<usize> = events
        .iter()
        .enumerate()
        .filter(|(_, e)| kept.iter().any(|k| std::ptr::eq(*k, *e)))
        .map(|(i, _)| i)
        .collect();
    assert!(!kept.is_empty() && kept.len() < n);
    let shown = Shown::open(&chromium, &w, &page, "#quad=4&from=2020-10-01");
    assert_eq!(shown.rows(), expected);
    assert_eq!(
        shown.lanes(),
        (lanes_of(&kept), lanes_of(&all) - lanes_of(&kept))
    );
    assert_eq!(shown.marks("mark"), kept.len());
    assert!(shown.dom.contains(&format!(
        "<output id=\"count\">{} of 60 events match</output>",
        kept.len()
    )));

    // Sorted by Goldstein score, highest first.
    let shown = Shown::open(&chromium, &w, &page, "#sort=goldstein:desc");
    let scores: Vec<f64> = shown
        .rows()
        .iter()
        .map(|&i| events[i]["goldstein"].as_f64().unwrap())
        .collect();
    assert_eq!(scores.len(), n);
    assert!(scores.windows(2).all(|p| p[0] >= p[1]), "{scores:?}");

    // The dyad plots: the busiest dyad's series and the matrix are drawn.
    assert!(shown.dom.contains("aria-label=\"Monthly series of "));
    assert!(
        shown
            .dom
            .contains("aria-label=\"Dyad matrix of the 15 busiest actors\"")
    );

    // It draws: a screenshot of the page is a picture of some size (docs/formats.md has the
    // command that makes the screenshots of docs/).
    let shot = w.path().join("report.png");
    run_chromium(
        &chromium,
        &w,
        &page,
        &[
            &format!("--screenshot={}", shot.display()),
            "--hide-scrollbars",
        ],
    );
    let png = read(&shot);
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n") && png.len() > 20_000);

    // Worked by hand (STORY_DRIVER): the same search typed into the box narrows the table as
    // the address did, and is written into the address.
    let (_, seen) = Shown::drive(&chromium, &w, &page, STORY_DRIVER);
    let ids = |v: &Value| -> Vec<usize> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|i| i.as_u64().unwrap() as usize)
            .collect()
    };
    assert_eq!(ids(&seen["typed"]["rows"]), rows, "{seen}");
    assert_eq!(seen["typed"]["lanes"], lanes);
    assert_eq!(seen["typed"]["hash"], "#q=ceasefire+russia");
    // Unticking the two cooperation classes keeps the conflicts among them, and hides more
    // lanes.
    let conflicts: Vec<usize> = rows
        .iter()
        .copied()
        .filter(|&i| events[i]["quad_class"].as_u64().unwrap() >= 3)
        .collect();
    assert!(!conflicts.is_empty() && conflicts.len() < rows.len());
    assert_eq!(ids(&seen["quad"]["rows"]), conflicts);
    let quad_lanes = seen["quad"]["lanes"].as_u64().unwrap();
    assert!(quad_lanes > 0 && quad_lanes < lanes as u64);
    assert_eq!(seen["quad"]["hash"], "#q=ceasefire+russia&quad=3%2C4");
    // Reset shows everything again (the first page of the table) and clears the address.
    assert_eq!(ids(&seen["reset"]["rows"]), (0..n).collect::<Vec<_>>());
    assert_eq!(seen["reset"]["lanes"], lanes_of(&all));
    assert_eq!(seen["reset"]["hash"], "");

    // Hovering a mark shows its event's date, coding and summary; leaving the timeline hides
    // it; a click lists the mark's events in the table.
    let hovered: Vec<usize> = seen["hover"]["events"]
        .as_str()
        .unwrap()
        .split(' ')
        .map(|i| i.parse().unwrap())
        .collect();
    assert_eq!(seen["hover"]["shown"], true);
    let tip = seen["hover"]["text"].as_str().unwrap();
    let first = &events[hovered[0]];
    if hovered.len() == 1 {
        assert!(tip.contains(first["summary"].as_str().unwrap()), "{tip}");
        assert!(
            tip.contains("CAMEO ") && tip.contains("Goldstein "),
            "{tip}"
        );
    } else {
        assert!(
            tip.starts_with(&format!("{} events:", hovered.len())),
            "{tip}"
        );
    }
    assert_eq!(seen["left"]["shown"], false);
    assert_eq!(ids(&seen["clicked"]["rows"]), hovered);

    // The diagram: the wheel zooms in around the pointer (the point under it stays put), a drag
    // moves the drawing with the pointer, the buttons zoom in and out by 1.5 and fit it again.
    let view = |v: &Value| -> Vec<f64> {
        let v: Vec<f64> = v
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_f64().unwrap())
            .collect();
        assert_eq!(v.len(), 4, "{v:?}");
        v
    };
    let close = |a: &[f64], b: &[f64], tolerance: f64| {
        a.len() == b.len() && a.iter().zip(b).all(|(x, y)| (x - y).abs() <= tolerance)
    };
    let home = view(&seen["home"]);
    assert!(home[2] > 0.0 && home[3] > 0.0);
    let zoomed = view(&seen["wheel"]["view"]);
    assert!(
        close(&zoomed[2..], &[home[2] * 0.8, home[3] * 0.8], 0.02),
        "{home:?} {zoomed:?}"
    );
    let (before, after) = (
        view_point(&seen["wheel"]["before"]),
        view_point(&seen["wheel"]["after"]),
    );
    assert!(
        close(&before, &after, home[2] / 500.0),
        "{before:?} {after:?}"
    );
    let panned = view(&seen["pan"]["view"]);
    assert!(close(&panned[2..], &zoomed[2..], 0.02), "{panned:?}");
    assert!(
        panned[0] < zoomed[0] && panned[1] < zoomed[1],
        "{zoomed:?} {panned:?}"
    );
    let (grabbed, dropped) = (
        view_point(&seen["pan"]["grabbed"]),
        view_point(&seen["pan"]["dropped"]),
    );
    assert!(
        close(&grabbed, &dropped, home[2] / 500.0),
        "{grabbed:?} {dropped:?}"
    );
    let buttons = &seen["buttons"];
    let zoomed_in = view(&buttons["in"]);
    assert!(close(
        &zoomed_in[2..],
        &[panned[2] / 1.5, panned[3] / 1.5],
        0.02
    ));
    let zoomed_out = view(&buttons["out"]);
    assert!(
        close(&zoomed_out[2..], &panned[2..], 0.02),
        "{zoomed_out:?}"
    );
    assert!(close(&view(&buttons["fit"]), &home, 0.01));

    // A click on an actor of Graphviz's drawing filters by it (the built-in layout has none).
    if html.contains("Drawn by Graphviz dot") {
        let node = &seen["node"];
        let actor = node["actor"].as_str().unwrap();
        assert_eq!(node["value"], actor);
        assert_eq!(node["hash"], format!("#actor={actor}"));
        let expected: Vec<usize> = (0..n)
            .filter(|&i| events[i]["source"] == actor || events[i]["target"] == actor)
            .collect();
        assert!(!expected.is_empty() && expected.len() < n);
        assert_eq!(ids(&node["rows"]), expected);
    }
}

/// A point `[x, y]` as the driver writes it.
fn view_point(v: &Value) -> Vec<f64> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_f64().unwrap())
        .collect()
}

/// The count bars of the first lane of a report, as Chromium shows them: (quad class, hidden, y,
/// height) in the order of the page.
fn first_lane_bins(dom: &str) -> Vec<(u8, bool, f64, f64)> {
    let lane = dom
        .split("<g class=\"lane")
        .skip(1)
        .find(|s| !s.starts_with("s\""))
        .and_then(|s| s.split("</g>").next())
        .unwrap();
    let attr = |b: &str, name: &str| -> f64 {
        b.split(&format!(" {name}=\""))
            .nth(1)
            .and_then(|s| s.split('"').next())
            .unwrap()
            .parse()
            .unwrap()
    };
    lane.split("<rect class=\"bin q")
        .skip(1)
        .map(|b| {
            let class = b.split('"').next().unwrap();
            (
                class[..1].parse().unwrap(),
                class.contains("off"),
                attr(b, "y"),
                attr(b, "height"),
            )
        })
        .collect()
}

#[test]
fn the_report_redraws_crowded_lanes_counts_for_the_matching_events_in_chromium() {
    let Some(chromium) = chromium() else { return };
    let w = Workdir::new();
    // One lane too crowded for marks: on 2 March 12 consultations (verbal cooperation) and 2
    // attacks (material conflict), on 3 March 3 attacks.
    let mut csv = String::from("id,date,source,type,target,summary\n");
    for i in 0..12 {
        csv += &format!("c{i},2021-03-02,Russia,040,Turkey,Russia consults Turkey.\n");
    }
    for (i, day) in ["02", "02", "03", "03", "03"].iter().enumerate() {
        csv += &format!("a{i},2021-03-{day},Russia,190,Turkey,Russia attacks Turkey.\n");
    }
    let input = w.write("crowded.csv", csv);
    let out = w.path().join("out");
    w.casus()
        .args(["build", "--format", "report", "--out"])
        .arg(&out)
        .arg(&input)
        .assert()
        .success();
    let page = out.join("report.html");
    // The lane is 64 px high; its stacks may rise to 58 px, from 61 px down.
    let (room, bottom) = (58.0, 61.0);
    let near = |a: f64, b: f64| (a - b).abs() < 0.06;

    // All events: the busiest day (14) is full height, the other (3) 3/14 of it.
    // The dyad series' scale of events per month (the label at its top) is that of the
    // matching events too: 17 in March for all, 5 for the attacks alone.
    let series_top = |dom: &str, n: usize| dom.contains(&format!("text-anchor=\"end\">{n}</text>"));
    let shown = Shown::open(&chromium, &w, &page, "");
    assert!(series_top(&shown.dom, 17) && !series_top(&shown.dom, 5));
    let all = first_lane_bins(&shown.dom);
    let bins = all.clone();
    assert_eq!(bins.len(), 3, "{bins:?}");
    let (consult, attack_2, attack_3) = (bins[0], bins[1], bins[2]);
    assert_eq!((consult.0, attack_2.0, attack_3.0), (1, 4, 4));
    assert!(near(consult.3, room * 12.0 / 14.0) && near(consult.2, bottom - consult.3));
    assert!(near(attack_2.3, room * 2.0 / 14.0) && near(attack_2.2, consult.2 - attack_2.3));
    assert!(near(attack_3.3, room * 3.0 / 14.0) && near(attack_3.2, bottom - attack_3.3));

    // Material conflict only: the consultations are hidden and the attacks rescale to the
    // busiest day that is left, 3 March, now full height.
    let shown = Shown::open(&chromium, &w, &page, "#quad=4");
    assert!(series_top(&shown.dom, 5) && !series_top(&shown.dom, 17));
    let bins = first_lane_bins(&shown.dom);
    assert!(bins[0].1 && !bins[1].1 && !bins[2].1, "{bins:?}");
    assert!(
        near(bins[1].3, room * 2.0 / 3.0) && near(bins[1].2, bottom - bins[1].3),
        "{bins:?}"
    );
    assert!(
        near(bins[2].3, room) && near(bins[2].2, bottom - room),
        "{bins:?}"
    );

    // By hand: unticking material conflict leaves the consultations, now full height; ticking
    // it again draws the counts as casus wrote them.
    let (shown, seen) = Shown::drive(
        &chromium,
        &w,
        &page,
        "setTimeout(function () {\
           var c = document.querySelector('input[name=quad][value=\"4\"]');\
           c.checked = false; c.dispatchEvent(new Event('change', { bubbles: true }));\
           var left = [].map.call(document.querySelectorAll('svg.swimlanes rect.bin:not(.off)'),\
             function (b) { return Number(b.getAttribute('height')); });\
           c.checked = true; c.dispatchEvent(new Event('change', { bubbles: true }));\
           var pre = document.createElement('pre'); pre.id = 'casus-probe';\
           pre.textContent = JSON.stringify({ without_attacks: left });\
           document.body.appendChild(pre);\
         }, 0);",
    );
    // Each of the two lanes keeps its one bar of consultations.
    assert_eq!(view_point(&seen["without_attacks"]), [room, room]);
    assert_eq!(first_lane_bins(&shown.dom), all);
}

#[test]
fn the_report_diagram_comes_from_graphviz_when_dot_is_installed() {
    use casus::export::diagram::DiagramLayout;
    let graphviz = Command::new("dot")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !graphviz {
        missing("Graphviz's dot", "apt-get install graphviz");
        return;
    }
    let html = story_report(DiagramLayout::Graphviz);
    assert!(html.contains("Drawn by Graphviz dot"));
    assert!(html.contains("<svg class=\"diagram\""));
    assert!(!html.contains("<?xml") && !html.contains("<!--"));
    let builtin = story_report(DiagramLayout::Builtin);
    assert!(builtin.contains("Drawn by casus&#39;s built-in circular layout"));
}

/// The folder with vis-timeline and TimelineJS as `.ci/run` fetches them.
fn js_libs() -> Option<PathBuf> {
    let dir = std::env::var_os("CASUS_JS_LIBS")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/casus-js")))?;
    let found = dir
        .join("vis-timeline/standalone/umd/vis-timeline-graph2d.min.js")
        .is_file()
        && dir.join("timelinejs/dist/js/timeline.js").is_file();
    if !found {
        missing(
            "vis-timeline 7.7.4 and TimelineJS 3.9.11",
            "the npm pack lines of .ci/run, into ~/.cache/casus-js or CASUS_JS_LIBS",
        );
    }
    found.then_some(dir)
}

/// Loads a page that builds a timeline from inlined data, lets it run, and returns what its
/// probe wrote; fails on any console message.
fn run_library_page(chromium: &str, w: &Workdir, name: &str, page: String) -> String {
    let path = w.write(name, page);
    let (dom, stderr) = run_chromium(
        chromium,
        w,
        &path,
        &[
            "--virtual-time-budget=5000",
            "--dump-dom",
            "--enable-logging=stderr",
            "--v=0",
        ],
    );
    let console: Vec<&str> = stderr.lines().filter(|l| l.contains(":CONSOLE")).collect();
    assert!(console.is_empty(), "{name}: console messages: {console:#?}");
    dom.split("<pre id=\"casus-probe\">")
        .nth(1)
        .and_then(|s| s.split("</pre>").next())
        .unwrap_or_else(|| panic!("{name}: the probe did not run:\n{stderr}"))
        .replace("&amp;", "&")
}

#[test]
fn vis_timeline_and_timelinejs_load_the_json_exports() {
    let Some(chromium) = chromium() else { return };
    let Some(libs) = js_libs() else { return };
    let w = Workdir::new();
    let out = build_story(
        &w,
        "out",
        &["--format", "vis-timeline", "--format", "timelinejs"],
    );
    let lib = |p: &str| format!("file://{}", libs.join(p).display());
    let catch = "<script>window.__errors=[];addEventListener('error',function(e){\
                 __errors.push(String(e.message)+' '+(e.filename||(e.target&&(e.target.src||e.target.href))||''))},true);</script>";

    let vis = String::from_utf8(read(&out.join("vis-timeline.json"))).unwrap();
    let data = json(&out.join("vis-timeline.json"));
    let page = format!(
        "<!doctype html><html><head><meta charset=\"utf-8\">\
         <link rel=\"stylesheet\" href=\"{}\">{catch}<script src=\"{}\"></script></head>\
         <body><div id=\"t\"></div><script>var data={vis};\
         new vis.Timeline(document.getElementById('t'),new vis.DataSet(data.items),\
         new vis.DataSet(data.groups),{{}});\
         setTimeout(function(){{var p=document.createElement('pre');p.id='casus-probe';\
         p.textContent='items='+document.querySelectorAll('.vis-item.vis-point,.vis-item.vis-range').length\
         +';groups='+document.querySelectorAll('.vis-label').length+';errors='+__errors.join('|');\
         document.body.appendChild(p)}},1000);</script></body></html>",
        lib("vis-timeline/styles/vis-timeline-graph2d.min.css"),
        lib("vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"),
    );
    assert_eq!(
        run_library_page(&chromium, &w, "vis.html", page),
        format!(
            "items={};groups={};errors=",
            data["items"].as_array().unwrap().len(),
            data["groups"].as_array().unwrap().len()
        )
    );

    // TimelineJS, without its web font (font: null), so that it loads nothing from the network.
    let tl = String::from_utf8(read(&out.join("timelinejs.json"))).unwrap();
    let doc = json(&out.join("timelinejs.json"));
    let page = format!(
        "<!doctype html><html><head><meta charset=\"utf-8\">\
         <link rel=\"stylesheet\" href=\"{}\">{catch}<script src=\"{}\"></script></head>\
         <body><div id=\"tl\" style=\"width:1200px;height:700px\"></div><script>var data={tl};\
         new TL.Timeline('tl',data,{{font:null}});\
         setTimeout(function(){{var p=document.createElement('pre');p.id='casus-probe';\
         var dates=Array.prototype.map.call(document.querySelectorAll('.tl-slide .tl-headline-date'),\
         function(d){{return d.textContent}}).filter(function(t){{return t}}).sort();\
         p.textContent='markers='+document.querySelectorAll('.tl-timemarker').length+';slides='\
         +document.querySelectorAll('.tl-slide').length+';errors='+__errors.join('|')+';dates='+dates.join('|');\
         document.body.appendChild(p)}},2000);</script></body></html>",
        lib("timelinejs/dist/css/timeline.css"),
        lib("timelinejs/dist/js/timeline.js"),
    );
    let slides = doc["events"].as_array().unwrap();
    let mut dates: Vec<&str> = slides
        .iter()
        .map(|s| s["display_date"].as_str().unwrap())
        .collect();
    dates.sort_unstable();
    assert_eq!(
        run_library_page(&chromium, &w, "timelinejs.html", page),
        format!(
            "markers={};slides={};errors=;dates={}",
            slides.len(),
            slides.len() + 1,
            dates.join("|")
        )
    );
}

#[test]
fn dyads_csv_counts_each_event_in_its_month_or_says_why_not() {
    let w = Workdir::new();
    let fixture = repo().join("tests/fixtures/basic");
    let run = |out: &str| {
        let o = w
            .casus()
            .arg("build")
            .arg(&fixture)
            .args(["--format", "dyads", "--out", out])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8(o.stderr).unwrap()
    };
    let stderr = run("out");
    // The fixture's 9 events: 4 within a month, 4 longer or open-ended (1992/.., 2010~,
    // 2020-09-27/2020-11-10, 2020-36), 1 without a target.
    assert!(
        stderr.contains(
            "casus: dyads.csv counts 4 events in 4 rows and leaves out 4 events with a date \
             longer than a month or open-ended (no one month to count them in) and 1 event \
             without a target (no dyad); the timeline has every event\n"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("casus: 9 events"), "{stderr}");
    let csv = String::from_utf8(w.read("out/dyads.csv")).unwrap();
    assert_eq!(
        csv,
        "source,target,month,events,goldstein_sum,goldstein_mean,verbal_cooperation,\
         material_cooperation,verbal_conflict,material_conflict\r\n\
         Northland,Russia,2020-09,1,3.00,3.00,1,0,0,0\r\n\
         Northland,\"Southland \"\"the Free\"\"\",2020-09,1,3.00,3.00,1,0,0,0\r\n\
         Northland,\"Southland \"\"the Free\"\"\",2020-10,1,-5.00,-5.00,0,0,1,0\r\n\
         Russia,Northland,2020-10,1,9.00,9.00,0,1,0,0\r\n"
    );
    run("again");
    assert_eq!(
        w.read("again/dyads.csv"),
        csv.as_bytes(),
        "not deterministic"
    );

    let help = w.casus().args(["build", "--help"]).output().unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(
        help.contains("dyads:") && help.contains("dyads.csv"),
        "{help}"
    );
}

#[test]
fn dyads_csv_of_the_shipped_story_accounts_for_every_event() {
    let w = Workdir::new();
    let out = w
        .casus()
        .current_dir(repo())
        .args(["build", "events", "--format", "dyads", "--out"])
        .arg(w.path().join("out"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let csv = String::from_utf8(w.read("out/dyads.csv")).unwrap();
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let mut counted = 0;
    let mut keys = Vec::new();
    for row in r.records() {
        let row = row.unwrap();
        let events: usize = row[3].parse().unwrap();
        let quads: usize = (6..10).map(|i| row[i].parse::<usize>().unwrap()).sum();
        assert_eq!(events, quads, "{row:?}");
        let sum: f64 = row[4].parse().unwrap();
        let mean: f64 = row[5].parse().unwrap();
        assert!((sum / events as f64 - mean).abs() < 0.005, "{row:?}");
        assert!(row[2].len() == 7 && &row[2][4..5] == "-", "{row:?}");
        keys.push((row[0].to_string(), row[1].to_string(), row[2].to_string()));
        counted += events;
    }
    let mut sorted = keys.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(
        keys, sorted,
        "rows are sorted by source, target and month, once each"
    );
    // What is not counted is said: counted + left out = the 60 events.
    let note = stderr
        .lines()
        .find(|l| l.starts_with("casus: dyads.csv counts"))
        .unwrap_or_else(|| panic!("no note: {stderr}"));
    let numbers: Vec<usize> = note.split(' ').filter_map(|w| w.parse().ok()).collect();
    assert_eq!(numbers[0], counted, "{note}");
    assert_eq!(numbers[1], keys.len(), "{note}");
    assert_eq!(
        numbers[0] + numbers[2..].iter().sum::<usize>(),
        60,
        "{note}"
    );
}
