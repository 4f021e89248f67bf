//! `casus extract --stream`, as Spark's `RDD.pipe` drives it: JSON Lines of articles in, each
//! article's events out as soon as it is coded, the same events `casus extract` finds in the
//! article as a file, and every bad line reported with its line number and key.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::Duration;

use common::{Workdir, repo};
use serde_json::Value;

/// The fixture article's body (after its front matter) and its metadata, as one JSON line.
fn fixture_line(id: &str) -> String {
    let text =
        std::fs::read_to_string(repo().join("tests/fixtures/articles/ministry-talks.txt")).unwrap();
    let body = text.splitn(3, "+++\n").nth(2).unwrap();
    serde_json::json!({
        "id": id,
        "text": body,
        "published": "2021-03-10",
        "outlet": "Test Gazette",
        "url": "https://example.org/news/1",
        "title": "Northland and Southland Agree to Talks",
        "section": "world",
    })
    .to_string()
}

/// The events of JSON Lines output without what names the input (the event id, made from the
/// file's name and the line, and the provenance's file and line: a path and a line of the file
/// for an article file, the id and a line of the text for a JSON line), in a fixed order.
fn without_files(jsonl: &str) -> Vec<String> {
    let mut events: Vec<String> = jsonl
        .lines()
        .map(|l| {
            let mut v: Value = serde_json::from_str(l).unwrap();
            v["id"] = Value::Null;
            for p in v["provenance"].as_array_mut().unwrap() {
                p["file"] = Value::Null;
                p["line"] = Value::Null;
            }
            v.to_string()
        })
        .collect();
    events.sort();
    events
}

#[test]
fn a_line_gives_the_events_of_the_article_as_a_file() {
    let w = Workdir::new();
    let file = w.write(
        "a.txt",
        std::fs::read(repo().join("tests/fixtures/articles/ministry-talks.txt")).unwrap(),
    );
    let from_file = w
        .casus()
        .args(["extract", "--format", "jsonl"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(from_file.status.success());
    let streamed = w
        .casus()
        .args(["extract", "--stream"])
        .write_stdin(fixture_line("gazette-1") + "\n")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&streamed.stderr);
    assert!(streamed.status.success(), "{stderr}");
    let out = String::from_utf8(streamed.stdout).unwrap();
    let expected = without_files(&String::from_utf8(from_file.stdout).unwrap());
    assert!(expected.len() >= 7, "the fixture has its events");
    assert_eq!(without_files(&out), expected);
    for line in out.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["provenance"][0]["file"], "gazette-1", "traced to the id");
    }
    let summary = format!(
        "casus: read 1 lines = coded 1 + rejected 0; wrote {} events",
        expected.len()
    );
    assert!(stderr.contains(&summary), "{stderr}");
}

#[test]
fn each_article_is_written_before_the_next_is_read() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_casus"))
        .args(["extract", "--stream"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    // The first article goes in and stdin stays open: its events must come out all the same.
    writeln!(stdin, "{}", fixture_line("one")).unwrap();
    stdin.flush().unwrap();
    let first = rx
        .recv_timeout(Duration::from_secs(120))
        .expect("an event of the first article before the input ends");
    let v: Value = serde_json::from_str(&first).unwrap();
    assert_eq!(v["provenance"][0]["file"], "one");
    writeln!(stdin, "{}", fixture_line("two")).unwrap();
    drop(stdin);
    let rest: Vec<String> = rx.iter().collect();
    assert!(child.wait().unwrap().success());
    let files: Vec<String> = std::iter::once(first)
        .chain(rest)
        .map(|l| serde_json::from_str::<Value>(&l).unwrap()["provenance"][0]["file"].to_string())
        .collect();
    let n = files.len();
    assert_eq!(files[..n / 2], vec!["\"one\"".to_string(); n / 2]);
    assert_eq!(files[n / 2..], vec!["\"two\"".to_string(); n - n / 2]);
}

#[test]
fn a_bad_line_is_reported_with_its_number_and_key() {
    let w = Workdir::new();
    let input = format!(
        "{}\n{{\"id\":\"x2\",\"text\":\"Russia urged Turkey.\",\"published\":\"2021-02-30\"}}\n{{\"id\":\"x3\"}}\nnot json\n{}\n",
        fixture_line("x1"),
        fixture_line("x5")
    );
    // Without --skip-bad: the first bad line stops the run, after the first article's events.
    let out = w
        .casus()
        .args(["extract", "--stream"])
        .write_stdin(input.clone())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "error: <stdin>:2: field 'published': '2021-02-30' is not a date (expected \
             YYYY-MM-DD, optionally followed by a time); use --skip-bad"
        ),
        "{stderr}"
    );
    let written = String::from_utf8(out.stdout).unwrap();
    assert!(written.lines().count() >= 7 && !written.contains("x5"));

    // With it: each bad line on stderr and as a `rejected` line in its place; the rest coded.
    let out = w
        .casus()
        .args(["extract", "--stream", "--skip-bad"])
        .write_stdin(input)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("<stdin>:3: field 'text': missing"),
        "{stderr}"
    );
    assert!(
        stderr.contains("<stdin>:4: not an article object"),
        "{stderr}"
    );
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let rejected: Vec<(u64, Value, Value)> = lines
        .iter()
        .filter_map(|l| l.get("rejected"))
        .map(|r| {
            (
                r["line"].as_u64().unwrap(),
                r["id"].clone(),
                r["field"].clone(),
            )
        })
        .collect();
    assert_eq!(
        rejected,
        [
            (2, Value::from("x2"), Value::from("published")),
            (3, Value::from("x3"), Value::from("text")),
            (4, Value::Null, Value::Null),
        ]
    );
    let events = lines.len() - 3;
    assert!(
        stderr.contains(&format!(
            "casus: read 5 lines = coded 2 + rejected 3; wrote {events} events"
        )),
        "{stderr}"
    );
}

#[test]
fn stream_takes_no_files_and_no_csv() {
    let w = Workdir::new();
    w.casus()
        .args(["extract", "--stream", "a.txt"])
        .assert()
        .code(2);
    w.casus()
        .args(["extract", "--stream", "--format", "csv"])
        .assert()
        .code(2);
    w.casus()
        .args(["extract", "--skip-bad", "a.txt"])
        .assert()
        .code(2);
    w.casus().args(["extract"]).assert().code(2);
}
