//! The summary of the tests that did not run. A test whose data or tool is missing (`../shared`
//! next to the repository, Graphviz, Chromium, networkx, the JavaScript libraries) passes
//! without checking anything; it records itself with `common::skipped`, and this test binary,
//! which cargo runs last (test binaries run in name order), lists every skip of the same
//! `cargo test` run on standard error, past the harness's capture, under the last test
//! result a person reads. Under CI (`CI` set), where everything must be there, a skip fails
//! this test.

mod common;

use std::io::Write;

#[test]
fn skipped_tests_are_listed() {
    let log = common::skip_log();
    let text = std::fs::read_to_string(&log).unwrap_or_default();
    let run = common::run_id().to_string();
    let (ours, others): (Vec<&str>, Vec<&str>) = text
        .lines()
        .filter(|l| !l.is_empty())
        .partition(|l| l.split('\t').next() == Some(run.as_str()));
    // Older runs' lines are dropped, so that the log does not grow.
    if !others.is_empty() {
        let kept: String = ours.iter().map(|l| format!("{l}\n")).collect();
        let _ = std::fs::write(&log, kept);
    }
    let mut skips: Vec<(String, String)> = ours
        .iter()
        .filter_map(|l| {
            let mut parts = l.splitn(3, '\t').skip(1);
            Some((parts.next()?.to_string(), parts.next()?.to_string()))
        })
        .collect();
    skips.sort();
    skips.dedup();
    if skips.is_empty() {
        return;
    }
    let mut summary = format!(
        "\n*** {} test{} SKIPPED in this run (they passed without checking anything) ***\n",
        skips.len(),
        if skips.len() == 1 { "" } else { "s" }
    );
    for (test, reason) in &skips {
        summary.push_str(&format!("  - {test}: {reason}\n"));
    }
    summary.push_str(
        "  `.ci/run` installs the tools; `../shared` is next to the repository in CI.\n\n",
    );
    // Written directly: the harness captures only the print macros.
    let _ = std::io::stderr().write_all(summary.as_bytes());
    let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0");
    assert!(!ci, "tests were skipped under CI:{summary}");
}
