//! Black-box tests of the casus binary: the build on good input (golden files), every kind of
//! bad input (the message names file, line and field), exit codes, determinism and flags.

mod common;

use common::{Workdir, assert_golden, repo};
use predicates::prelude::*;

fn fixture() -> std::path::PathBuf {
    repo().join("tests/fixtures/basic")
}

#[test]
fn build_of_the_fixture_matches_the_golden_files() {
    let w = Workdir::new();
    w.casus()
        .arg("build")
        .arg(fixture())
        .args(["--out", "out"])
        .assert()
        .success()
        .stderr(predicate::str::contains("casus: 9 events"));
    let timeline = String::from_utf8(w.read("out/timeline.csv")).unwrap();
    // Provenance names input files as given on the command line; make them repo-relative.
    let timeline = timeline.replace(&format!("{}/", repo().display()), "");
    assert_golden("basic-timeline.csv", timeline.as_bytes());
    assert_golden("basic-actors.dot", &w.read("out/actors.dot"));
    assert_dot_renders(&w.path().join("out/actors.dot"));
}

/// Runs Graphviz's real `dot` on a file and asserts it renders without a warning.
fn assert_dot_renders(path: &std::path::Path) {
    let out = std::process::Command::new("dot")
        .arg("-Tsvg")
        .arg(path)
        .output()
        .expect(
            "graphviz's `dot` must be installed (apt-get install graphviz); .ci/run installs it",
        );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.starts_with(b"<?xml"));
}

#[test]
fn build_of_the_shipped_story_matches_the_golden_files() {
    let w = Workdir::new();
    w.casus()
        .current_dir(repo())
        .arg("build")
        .arg("events")
        .arg("--out")
        .arg(w.path().join("out"))
        .assert()
        .success();
    assert_golden("story-timeline.csv", &w.read("out/timeline.csv"));
    assert_golden("story-actors.dot", &w.read("out/actors.dot"));
    assert_dot_renders(&w.path().join("out/actors.dot"));
}

#[test]
fn two_builds_give_identical_bytes() {
    let w = Workdir::new();
    for out in ["a", "b"] {
        w.casus()
            .current_dir(repo())
            .args([
                "build",
                "events",
                "tests/fixtures/basic",
                "tests/fixtures/articles",
                "--format",
                "all",
                "--out",
            ])
            .arg(w.path().join(out))
            .assert()
            .success();
    }
    for file in [
        "timeline.csv",
        "actors.dot",
        "actors.gexf",
        "actors.graphml",
        "events.jsonl",
        "timelinejs.json",
        "timelinejs.csv",
        "vis-timeline.json",
        "report.html",
    ] {
        assert_eq!(
            w.read(&format!("a/{file}")),
            w.read(&format!("b/{file}")),
            "{file}"
        );
    }
}

#[test]
fn an_exported_timeline_reads_back_to_the_same_timeline() {
    let w = Workdir::new();
    w.casus()
        .arg("build")
        .arg(fixture())
        .args(["--out", "one"])
        .assert()
        .success();
    w.casus()
        .args(["build", "one/timeline.csv", "--out", "two", "--actors"])
        .arg(fixture().join("actors.toml"))
        .assert()
        .success();
    assert_eq!(
        String::from_utf8(w.read("one/timeline.csv")).unwrap(),
        String::from_utf8(w.read("two/timeline.csv")).unwrap()
    );
    assert_eq!(w.read("one/actors.dot"), w.read("two/actors.dot"));
}

#[test]
fn the_output_folder_is_never_read_as_input() {
    let w = Workdir::new();
    w.write(
        "in/a.csv",
        "id,date,source,type,target,summary\na,2020-01-01,Russia,appeal,Turkey,x\n",
    );
    for _ in 0..2 {
        w.casus()
            .args(["build", "in", "--out", "in/out"])
            .assert()
            .success()
            .stderr(predicate::str::contains("casus: 1 events"));
    }
}

#[test]
fn formula_guard_is_on_by_default_and_can_be_turned_off() {
    let w = Workdir::new();
    w.casus()
        .arg("build")
        .arg(fixture())
        .args(["--out", "g"])
        .assert()
        .success();
    let guarded = String::from_utf8(w.read("g/timeline.csv")).unwrap();
    assert!(guarded.contains(",\"'=HYPERLINK"), "{guarded}");
    assert!(guarded.contains(",'-5 is a number"), "{guarded}");
    // Goldstein scores are numbers, not text: never guarded.
    assert!(
        guarded.contains(",-10,4,") || guarded.contains(",-10.0,4,") || guarded.contains(",-10,")
    );
    w.casus()
        .arg("build")
        .arg(fixture())
        .args(["--out", "n", "--no-formula-guard"])
        .assert()
        .success();
    let raw = String::from_utf8(w.read("n/timeline.csv")).unwrap();
    assert!(raw.contains(",\"=HYPERLINK"), "{raw}");
}

#[test]
fn excel_flag_writes_a_bom_and_delimiter_is_honoured_and_read_back() {
    let w = Workdir::new();
    w.casus()
        .arg("build")
        .arg(fixture())
        .args(["--out", "x", "--excel", "--delimiter", ";"])
        .assert()
        .success();
    let bytes = w.read("x/timeline.csv");
    assert!(bytes.starts_with("\u{feff}id;date;start;".as_bytes()));
    // The semicolon file with its BOM reads back to the same events.
    w.casus()
        .args(["build", "x/timeline.csv", "--out", "y", "--actors"])
        .arg(fixture().join("actors.toml"))
        .assert()
        .success();
    w.casus()
        .arg("build")
        .arg(fixture())
        .args(["--out", "z"])
        .assert()
        .success();
    assert_eq!(w.read("y/timeline.csv"), w.read("z/timeline.csv"));
    w.casus()
        .arg("build")
        .arg(fixture())
        .args(["--out", "t", "--delimiter", "\\t"])
        .assert()
        .success();
    assert!(w.read("t/timeline.csv").starts_with(b"id\tdate\t"));
}

#[test]
fn filters_choose_events() {
    let w = Workdir::new();
    let rows = |args: &[&str]| -> Vec<String> {
        let out = format!("o{}", args.join("_").replace(['-', '/', ' '], ""));
        w.casus()
            .arg("build")
            .arg(fixture())
            .args(["--out", &out])
            .args(args)
            .assert()
            .success();
        let text = String::from_utf8(w.read(&format!("{out}/timeline.csv"))).unwrap();
        let mut r = csv::Reader::from_reader(text.as_bytes());
        r.records().map(|r| r.unwrap()[0].to_string()).collect()
    };
    assert_eq!(rows(&["--root", "19"]), ["clashes"]);
    // Dates compare by overlap: an open end, a week and a quarter that reach into the window
    // are kept; an open start that ends before it is not.
    assert_eq!(
        rows(&["--from", "2020-10-06", "--to", "2020-10-10"]),
        ["mediation", "clashes", "csv-3", "csv-2", "csv-1"]
    );
    // --actor Russia covers the Russian government and military too.
    let russia = rows(&["--actor", "Russia"]);
    assert!(russia.contains(&"arms".to_string()), "{russia:?}");
    assert!(russia.contains(&"csv-1".to_string()), "{russia:?}");
    assert!(!russia.contains(&"clashes".to_string()), "{russia:?}");
}

#[test]
fn usage_errors_exit_2() {
    let w = Workdir::new();
    for args in [
        vec!["build", "--from", "2020-13-01"],
        vec!["build", "--root", "21"],
        vec!["build", "--actor", "Atlantis"],
        vec!["build", "--delimiter", "ab"],
        vec!["build", "--from", "2021", "--to", "2020"],
        vec!["build", "--no-such-flag"],
        vec!["frobnicate"],
    ] {
        w.casus()
            .args(&args)
            .arg("--")
            .arg(fixture())
            .assert()
            .code(2);
    }
}

#[test]
fn help_has_an_example_for_every_command() {
    let w = Workdir::new();
    for cmd in [
        "build", "validate", "codebook", "actors", "extract", "timex",
    ] {
        w.casus()
            .args([cmd, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Example"));
    }
}

/// Runs `casus validate` on one file and returns stderr; asserts exit code 1.
fn invalid(name: &str, contents: &[u8]) -> String {
    let w = Workdir::new();
    w.write(name, contents);
    let out = w.casus().args(["validate", name]).assert().code(1);
    String::from_utf8(out.get_output().stderr.clone()).unwrap()
}

const HEAD: &str = "id,date,source,type,target,summary\n";

#[test]
fn each_bad_input_is_reported_with_file_line_and_field() {
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "a.toml",
            // (Not "Turky": the Phoenix dictionary lists that misspelling as a name of Turkey.)
            "[[event]]\nid = \"a\"\ndate = \"2020-09-29\"\nsource = \"Turkeyy\"\ntype = \"appeal\"\nsummary = \"x\"\n".into(),
            "a.toml:4: field 'source': unknown actor 'Turkeyy'; did you mean 'Turkey'?",
        ),
        (
            "a.toml",
            "[[event]]\nid = \"a\"\ndate = \"2020-09-29\"\nsource = \"Russia\"\ntype = \"999\"\nsummary = \"x\"\n".into(),
            "a.toml:5: field 'type': unknown event type '999'",
        ),
        (
            "a.toml",
            "[[event]]\nid = \"a\"\ndate = \"2020-02-30\"\nsource = \"Russia\"\ntype = \"appeal\"\nsummary = \"x\"\n".into(),
            "a.toml:3: field 'date': '2020-02-30' is not a date: February 2020 has 29 days",
        ),
        (
            "a.toml",
            "[[event]]\nid = \"a\"\nsource = \"Russia\"\ntype = \"appeal\"\nsummary = \"x\"\n".into(),
            "a.toml:1: field 'date': missing field 'date'",
        ),
        (
            "a.toml",
            "[[event]]\nid = \"a\"\ndate = \"2020\"\nsource = \"Russia\"\ntype = \"appeal\"\nsummary = \"x\"\n\n[[event]]\nid = \"a\"\ndate = \"2020\"\nsource = \"Russia\"\ntype = \"appeal\"\nsummary = \"y\"\n".into(),
            "a.toml:8: field 'id': duplicate id 'a'; first used at a.toml:1",
        ),
        (
            "a.toml",
            "[[event]]\nid = \"a\"\ndate = \"2020\"\nsource = \"Russia\"\ntype = \"appeal\"\nsumary = \"x\"\n".into(),
            "a.toml:6: field 'sumary': unknown field 'sumary'; did you mean 'summary'?",
        ),
        (
            "a.toml",
            "[[event]]\nid = \"a\"\ndate = \"2020\nsource = \"Russia\"\n".into(),
            "a.toml:3:",
        ),
        (
            "a.csv",
            format!("{HEAD}a,2020-09-29,Rusia,appeal,Turkey,x\n"),
            "a.csv:2: field 'source': unknown actor 'Rusia'; did you mean 'Russia'?",
        ),
        (
            "a.csv",
            format!("{HEAD}a,2020-09-29,Russia,apeal,Turkey,x\n"),
            "a.csv:2: field 'type': unknown event type 'apeal'; did you mean 'appeal'?",
        ),
        (
            "a.csv",
            format!("{HEAD}a,2021-02-29,Russia,appeal,Turkey,x\n"),
            "a.csv:2: field 'date': '2021-02-29' is not a date: February 2021 has 28 days",
        ),
        (
            "a.csv",
            format!("{HEAD}a,2020,Russia,appeal,Turkey,x\nb,2020,Russia,appeal\n"),
            "a.csv:3: row has 4 fields but the header has 6",
        ),
        (
            "a.csv",
            format!("{HEAD}a,2020,Russia,appeal,Turkey,\n"),
            "a.csv:2: field 'summary': missing value for 'summary'",
        ),
        (
            "a.csv",
            format!("{HEAD}a,2020,Russia,appeal,Turkey,x\na,2020,Russia,appeal,Turkey,y\n"),
            "a.csv:3: field 'id': duplicate id 'a'; first used at a.csv:2",
        ),
        (
            "a.csv",
            "id,date,source,type,taget,summary\n".into(),
            "a.csv:1: field 'taget': unknown column 'taget'; did you mean 'target'?",
        ),
        (
            "a.csv",
            "id,date,type,target,summary\n".into(),
            "a.csv:1: field 'source': missing column 'source'",
        ),
        (
            "a.csv",
            format!("{HEAD}a,2020,Russia,appeal,Turkey,\"unclosed\nb,2020,Russia,appeal,Turkey,x\n"),
            "a.csv:2: a quote opened in this row is never closed",
        ),
    ];
    for (name, contents, expected) in cases {
        let err = invalid(name, contents.as_bytes());
        assert!(
            err.contains(expected),
            "for {name}:\n{contents}\nexpected: {expected}\ngot: {err}"
        );
    }
}

#[test]
fn all_problems_of_a_file_are_reported_not_only_the_first() {
    let err = invalid(
        "a.csv",
        format!("{HEAD}a,2020-13,Rusia,apeal,Turkey,x\nb,2020,Russia,appeal,Narnia,y\n").as_bytes(),
    );
    for expected in [
        "a.csv:2: field 'date'",
        "a.csv:2: field 'source': unknown actor 'Rusia'",
        "a.csv:2: field 'type'",
        "a.csv:3: field 'target': unknown actor 'Narnia'",
        "4 problems found",
    ] {
        assert!(err.contains(expected), "expected {expected} in\n{err}");
    }
}

#[test]
fn invalid_utf8_is_reported_with_line_and_byte() {
    let mut toml = b"[[event]]\nid = \"a\"\nsummary = \"caf".to_vec();
    toml.extend([0xff, 0xfe]);
    toml.extend(b"\"\n");
    let err = invalid("a.toml", &toml);
    assert!(err.contains("a.toml:3: invalid UTF-8 at byte 33"), "{err}");
    let mut csv = HEAD.as_bytes().to_vec();
    csv.extend(b"a,2020,Russia,appeal,Turkey,caf");
    csv.extend([0xe9]);
    csv.extend(b"\n");
    let err = invalid("a.csv", &csv);
    assert!(
        err.contains("a.csv:2: field 'summary': invalid UTF-8"),
        "{err}"
    );
}

#[test]
fn missing_paths_and_unsupported_files_are_errors() {
    let w = Workdir::new();
    w.casus()
        .args(["build", "no-such-dir"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no-such-dir: cannot read"));
    w.write("notes.docx", "x");
    w.casus()
        .args(["validate", "notes.docx"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "notes.docx: unsupported file type",
        ));
}

#[test]
fn a_user_actor_file_is_checked_and_can_override_the_builtin() {
    let err = invalid(
        "actors.toml",
        b"[[actor]]\nid = \"x\"\nname = \"X\"\nkind = \"armed_group\"\nparent = \"Russia\"\n\n[[actor]]\nid = \"y\"\nname = \"Y\"\nkind = \"person\"\naffiliations = [{ actor = \"nowhere\" }]\n",
    );
    assert!(
        err.contains("actors.toml:1: field 'parent': unknown actor id 'Russia'; did you mean the id 'russia'?"),
        "{err}"
    );
    assert!(
        err.contains("actors.toml:7: field 'affiliations.actor': unknown actor id 'nowhere'"),
        "{err}"
    );
    let w = Workdir::new();
    w.write(
        "in/actors.toml",
        "[[actor]]\nid = \"turkey\"\nname = \"Republic of T\u{00fc}rkiye\"\ncode = \"TUR\"\nkind = \"state\"\n",
    );
    w.write(
        "in/e.csv",
        "id,date,source,type,target,summary\na,2020,Russia,appeal,Republic of Turkiye,x\n",
    );
    w.casus()
        .args(["build", "in", "--out", "o"])
        .assert()
        .success();
    let timeline = String::from_utf8(w.read("o/timeline.csv")).unwrap();
    assert!(
        timeline.contains(",Republic of T\u{fc}rkiye,TUR,"),
        "{timeline}"
    );
}

#[test]
fn a_person_outside_their_term_is_reported() {
    let err = invalid(
        "a.csv",
        format!("{HEAD}a,1990,Peskov,appeal,Turkey,x\n").as_bytes(),
    );
    assert!(
        err.contains("a.csv:2: field 'source': 'Dmitry Peskov' has no affiliation on 1990"),
        "{err}"
    );
}

#[test]
fn an_empty_input_folder_builds_an_empty_timeline() {
    let w = Workdir::new();
    std::fs::create_dir(w.path().join("empty")).unwrap();
    w.casus()
        .args(["build", "empty", "--out", "o"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "casus: 0 events, 0 actors, no dates",
        ));
    assert!(w.read("o/timeline.csv").starts_with(b"id,date,start,end,"));
}

#[test]
fn a_pipe_closed_early_is_not_an_error() {
    let w = Workdir::new();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("casus"))
        .arg("codebook")
        .current_dir(w.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_timex_command_reads_files_and_stdin() {
    let w = Workdir::new();
    w.write(
        "t.txt",
        "Russia on Monday urged Turkey.\nTwo days later talks began.\n",
    );
    w.casus()
        .args(["timex", "--anchor", "2020-09-29", "t.txt"])
        .assert()
        .success()
        .stdout(
            "line,start,end,text,type,value,edtf\n1,10,16,Monday,date,2020-09-28,2020-09-28\n\
             2,0,14,Two days later,date,2020-09-30,2020-09-30\n",
        );
    // --lines: no anaphoric reference carried from one line to the next, so "two days later"
    // counts from the anchor.
    w.casus()
        .args(["timex", "--anchor", "2020-09-29", "--lines", "t.txt"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "2,0,14,Two days later,date,2020-10-01,2020-10-01",
        ));
    w.casus()
        .args(["timex", "--anchor", "2020-09-29"])
        .write_stdin("in 2010\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("1,3,7,2010,date,2010,2010"));
    w.casus()
        .args(["timex", "--anchor", "29/09/2020"])
        .write_stdin("")
        .assert()
        .code(2);
    w.casus()
        .args(["timex", "--anchor", "2020-09-29", "missing.txt"])
        .assert()
        .code(1);
}

#[test]
fn the_parse_command_writes_conllu_that_reads_back() {
    let w = Workdir::new();
    // A byte-order mark, a contraction and two sentences.
    w.write(
        "a.txt",
        "\u{feff}Turkey didn't attend.\nThe talks were hosted by France.\n",
    );
    let out = w.casus().args(["parse", "a.txt"]).assert().success();
    let conllu = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(conllu.starts_with("# sent_id = 1\n# text = Turkey didn't attend.\n"));
    assert!(conllu.contains("\n2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\tTokenRange=7:13\n"));
    assert!(conllu.contains("# sent_id = 2\n# text = The talks were hosted by France.\n"));
    let sentences = casus::syntax::conllu::read(&conllu, "stdout").expect("valid CoNLL-U");
    assert_eq!(sentences.len(), 2);
    let words: Vec<&str> = sentences[0]
        .sentence
        .words
        .iter()
        .map(|w| w.form.as_str())
        .collect();
    assert_eq!(words, ["Turkey", "did", "n't", "attend", "."]);
    for s in &sentences {
        let roots = s.sentence.words.iter().filter(|w| w.head == 0).count();
        assert_eq!(roots, 1, "{conllu}");
    }
    // Standard input, and '-' for it, give the same bytes as the file (less the mark).
    let stdin = w
        .casus()
        .arg("parse")
        .write_stdin("Turkey didn't attend.\nThe talks were hosted by France.\n")
        .assert()
        .success();
    assert_eq!(stdin.get_output().stdout, out.get_output().stdout);
    w.casus()
        .args(["parse", "-"])
        .write_stdin("")
        .assert()
        .success()
        .stdout("");
    w.casus()
        .args(["parse", "missing.txt"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("missing.txt"));
}
