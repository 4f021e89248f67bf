//! Issue 13, "nothing lost, nothing hangs": one test per failure a hostile tester found, each
//! on the real binary with inputs written here or taken from `tests/fixtures/` (never from
//! `../shared`), so that a user's `cargo test` checks them. Test names say the behaviour kept.

mod common;

use std::process::Output;
use std::time::{Duration, Instant};

use common::{Workdir, repo};

/// The fixture story: its actors file and a curated CSV of three events.
fn basic(name: &str) -> std::path::PathBuf {
    repo().join("tests/fixtures/basic").join(name)
}

fn dataset(name: &str) -> std::path::PathBuf {
    repo().join("tests/fixtures/datasets").join(name)
}

/// Runs casus in `w` with `args`, with a time limit (a hang fails the test instead of hanging
/// it); the output.
fn run(w: &Workdir, args: &[&str]) -> Output {
    run_env(w, args, &[])
}

fn run_env(w: &Workdir, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = w.casus();
    cmd.args(args).timeout(Duration::from_secs(60));
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("casus runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[track_caller]
fn assert_exit(o: &Output, code: i32) {
    assert_eq!(
        o.status.code(),
        Some(code),
        "exit status; stderr:\n{}",
        stderr(o)
    );
}

/// A small story folder: the fixture actors and curated CSV.
fn story(w: &Workdir, dir: &str) {
    w.write(
        &format!("{dir}/actors.toml"),
        std::fs::read(basic("actors.toml")).unwrap(),
    );
    w.write(
        &format!("{dir}/more.csv"),
        std::fs::read(basic("more.csv")).unwrap(),
    );
}

// ---------------------------------------------------------------------------------------------
// Data loss and silent drops

#[test]
fn the_output_folder_may_not_be_the_input_folder() {
    let w = Workdir::new();
    story(&w, "ed");
    let mine = b"my own notes, not casus's\n";
    w.write("ed/timeline.csv", mine);
    let o = run(&w, &["build", "ed", "--out", "ed"]);
    assert_exit(&o, 2);
    assert!(
        stderr(&o).contains("ed: this input folder is also the output folder"),
        "{}",
        stderr(&o)
    );
    // Nothing was written over.
    assert_eq!(w.read("ed/timeline.csv"), mine);
}

#[test]
fn an_output_file_that_is_an_input_is_refused() {
    let w = Workdir::new();
    story(&w, "ed");
    let o = run(&w, &["build", "ed", "--out", "out"]);
    assert_exit(&o, 0);
    let before = w.read("out/timeline.csv");
    // Reading the timeline back while writing into the same folder would write over it.
    let o = run(
        &w,
        &["build", "out/timeline.csv", "--actors", "ed/actors.toml"],
    );
    assert_exit(&o, 2);
    assert!(
        stderr(&o).contains("out/timeline.csv: casus would write over this file"),
        "{}",
        stderr(&o)
    );
    assert_eq!(w.read("out/timeline.csv"), before);
    // validate's --rejects file may not be an input either.
    w.write("x.csv", "id,date,source,type\n");
    let o = run(
        &w,
        &["validate", "x.csv", "--skip-bad", "--rejects", "x.csv"],
    );
    assert_exit(&o, 2);
    assert_eq!(w.read("x.csv"), b"id,date,source,type\n");
}

#[test]
fn an_output_folder_inside_the_inputs_is_never_read_back() {
    let w = Workdir::new();
    story(&w, "ed");
    let o = run(&w, &["build", "ed", "--out", "ed/sub"]);
    assert_exit(&o, 0);
    // A later build of the folder, with the default output folder, passes over ed/sub.
    let o = run(&w, &["build", "ed"]);
    assert_exit(&o, 0);
    let err = stderr(&o);
    assert!(err.contains("casus: 3 events"), "{err}");
    assert!(
        err.contains("skipped ed/sub: an output folder of casus"),
        "{err}"
    );
    // And the output folder below the input folder is passed over in the same run.
    let o = run(&w, &["build", "ed", "--out", "ed/sub"]);
    assert_exit(&o, 0);
    assert!(
        stderr(&o).contains("skipped ed/sub: the output folder"),
        "{}",
        stderr(&o)
    );
}

// ---------------------------------------------------------------------------------------------
// Hangs and blow-ups

#[cfg(unix)]
#[test]
fn symlink_loops_are_followed_once_and_a_file_named_twice_is_read_once() {
    let w = Workdir::new();
    story(&w, "ed");
    std::os::unix::fs::symlink("..", w.path().join("ed/loop")).unwrap();
    std::os::unix::fs::symlink("more.csv", w.path().join("ed/again.csv")).unwrap();
    let started = Instant::now();
    let o = run(&w, &["validate", "ed", "ed/more.csv", "ed/./more.csv"]);
    assert!(started.elapsed() < Duration::from_secs(30));
    assert_exit(&o, 0);
    assert!(
        stdout(&o).contains("ok: 3 events in 2 files"),
        "{}\n{}",
        stdout(&o),
        stderr(&o)
    );
    let err = stderr(&o);
    assert!(err.contains("a folder already searched (a link)"), "{err}");
    assert!(
        err.contains("skipped ed/more.csv: the same file as ed/again.csv, read once"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn fifos_and_devices_are_skipped_and_named() {
    let w = Workdir::new();
    story(&w, "ed");
    let fifo = w.path().join("ed/pipe.csv");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo (coreutils) runs");
    assert!(made.success());
    std::os::unix::fs::symlink("/dev/zero", w.path().join("ed/zero.csv")).unwrap();
    let o = run(&w, &["validate", "ed"]);
    assert_exit(&o, 0);
    let err = stderr(&o);
    assert!(
        err.contains("skipped ed/pipe.csv: a FIFO; casus reads regular files only"),
        "{err}"
    );
    assert!(
        err.contains("skipped ed/zero.csv: a character device; casus reads regular files only"),
        "{err}"
    );
    // Named on the command line, the same.
    let o = run(&w, &["validate", "ed/zero.csv"]);
    assert!(stderr(&o).contains("ed/zero.csv: a character device"));
}

#[test]
fn a_megabyte_actor_name_is_reported_quickly_and_briefly() {
    let w = Workdir::new();
    let name = "Q".repeat(1 << 20);
    w.write(
        "big.csv",
        format!("id,date,source,type,target\nx-1,2020-10-10,{name},appeal,Turkey\n"),
    );
    let started = Instant::now();
    let o = run(&w, &["validate", "big.csv"]);
    let took = started.elapsed();
    assert_exit(&o, 1);
    assert!(took < Duration::from_secs(5), "took {took:?}");
    let err = stderr(&o);
    assert!(
        err.contains("big.csv:2: field 'source': unknown actor 'QQQ"),
        "{err:.300}"
    );
    assert!(err.contains("truncated"), "{err:.300}");
    assert!(err.len() < 10_000, "{} bytes on stderr", err.len());
}

#[test]
fn a_ten_megabyte_header_is_not_printed_whole() {
    let w = Workdir::new();
    let cell = "h".repeat(10 << 20);
    w.write("wide.csv", format!("id,date,{cell}\nx,2020,y\n"));
    let o = run(&w, &["validate", "wide.csv"]);
    assert_exit(&o, 1);
    let err = stderr(&o);
    assert!(err.len() < 20_000, "{} bytes on stderr", err.len());
    assert!(err.contains("truncated"), "{err:.500}");
}

#[test]
fn a_huge_line_in_a_dataset_is_cut_in_rejects_csv() {
    let w = Workdir::new();
    let mut text = std::fs::read_to_string(dataset("acled-sample.csv")).unwrap();
    // A row of 20 MiB (longer than the 16 MiB a dataset line may have).
    text.push_str(&"A".repeat(20 << 20));
    text.push('\n');
    // And a bad row of 100 kB, which is kept but cut.
    text.push_str(&"B".repeat(100_000));
    text.push('\n');
    w.write("acled.csv", text);
    let o = run(&w, &["build", "acled.csv", "--skip-bad", "--out", "out"]);
    assert_exit(&o, 0);
    let rejects = w.read("out/rejects.csv");
    assert!(
        rejects.len() < 64 << 10,
        "rejects.csv is {} bytes",
        rejects.len()
    );
    let text = String::from_utf8_lossy(&rejects);
    assert!(
        text.contains(&format!("the line is {} bytes long", (20 << 20) + 1)),
        "{text:.400}"
    );
    assert!(
        text.contains("only its first 4096 bytes are kept"),
        "{text:.400}"
    );
    assert!(
        text.contains("BBBB… (truncated, 100000 bytes in all)"),
        "{text:.400}"
    );
}

// ---------------------------------------------------------------------------------------------
// Wrong answers and weak messages

#[test]
fn rejects_csv_is_formula_guarded_and_named_in_the_summary() {
    let w = Workdir::new();
    let text = std::fs::read_to_string(dataset("acled-sample.csv")).unwrap();
    let header = text.lines().next().unwrap();
    // A row with a formula for an id and too few fields: rejected.
    w.write("acled.csv", format!("{header}\n=1+1,2020-13-45,2020\n"));
    let o = run(&w, &["build", "acled.csv", "--skip-bad", "--out", "out"]);
    assert_exit(&o, 0);
    let err = stderr(&o);
    assert!(err.contains("out/rejects.csv"), "{err}");
    let rejects = String::from_utf8(w.read("out/rejects.csv")).unwrap();
    let mut r = csv::Reader::from_reader(rejects.as_bytes());
    let row = r.records().next().unwrap().unwrap();
    assert_eq!(&row[4], "'=1+1,2020-13-45,2020", "{rejects}");
    for cell in row.iter() {
        assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell}");
    }
}

#[cfg(unix)]
#[test]
fn an_unreadable_subfolder_is_reported_under_its_own_name() {
    use std::os::unix::fs::PermissionsExt;
    let w = Workdir::new();
    story(&w, "ed");
    std::fs::create_dir(w.path().join("ed/locked")).unwrap();
    for p in [w.path(), &w.path().join("ed")] {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    std::fs::set_permissions(
        w.path().join("ed/locked"),
        std::fs::Permissions::from_mode(0o000),
    )
    .unwrap();
    // Root reads any folder: drop to nobody to see what a user sees.
    let o = if is_root() {
        let casus = assert_cmd::cargo::cargo_bin("casus");
        std::process::Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(casus)
            .args(["validate", "ed"])
            .current_dir(w.path())
            .output()
            .expect("setpriv (util-linux) runs")
    } else {
        run(&w, &["validate", "ed"])
    };
    std::fs::set_permissions(
        w.path().join("ed/locked"),
        std::fs::Permissions::from_mode(0o755),
    )
    .unwrap();
    assert_exit(&o, 1);
    assert!(
        stderr(&o).contains("ed/locked: cannot list the folder: Permission denied"),
        "{}",
        stderr(&o)
    );
}

#[cfg(unix)]
fn is_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"))
}

#[test]
fn a_text_file_is_an_article_only_when_it_says_so() {
    let w = Workdir::new();
    story(&w, "ed");
    w.write(
        "ed/todo.txt",
        "check whether Russia accused Turkey on 1 October 2020\n",
    );
    w.write(
        "ed/README.md",
        "# notes\nRussia accused Turkey on 1 October 2020.\n",
    );
    // An article by its sidecar.
    w.write(
        "ed/news.txt",
        "Russia accused Turkey of sending fighters to the region on Thursday.\n",
    );
    w.write(
        "ed/news.meta.json",
        r#"{"title": "T", "outlet": "Side Gazette", "url": "https://example.org/s",
            "published": "2020-10-02", "published_source": "the page", "language": "en"}"#,
    );
    let o = run(&w, &["build", "ed", "--out", "out"]);
    assert_exit(&o, 0);
    let err = stderr(&o);
    assert!(
        err.contains("skipped ed/todo.txt: not read as an article"),
        "{err}"
    );
    assert!(!err.contains("README"), "{err}");
    let timeline = String::from_utf8(w.read("out/timeline.csv")).unwrap();
    assert!(!timeline.contains("todo.txt"), "{timeline}");
    assert!(
        timeline.contains("outlet=Side Gazette | published=2020-10-02"),
        "{timeline}"
    );
    assert!(timeline.contains("2020-10-01"), "{timeline}");
}

#[test]
fn extract_reads_the_sidecar_and_its_ids_carry_no_absolute_path() {
    let w = Workdir::new();
    w.write(
        "news.txt",
        "Russia accused Turkey of sending fighters to the region on Thursday.\n",
    );
    w.write(
        "news.meta.json",
        r#"{"outlet": "Side Gazette", "url": "https://example.org/s", "published": "2020-10-02"}"#,
    );
    let abs = w.path().join("news.txt");
    let o = run(&w, &["extract", abs.to_str().unwrap(), "--format", "jsonl"]);
    assert_exit(&o, 0);
    let out = stdout(&o);
    assert!(out.contains("\"outlet\":\"Side Gazette\""), "{out}");
    assert!(out.contains("\"date\":\"2020-10-01\""), "{out}");
    let dir = w.path().to_str().unwrap();
    for line in out.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let id = v["id"].as_str().unwrap();
        assert!(!id.contains(dir) && !id.starts_with('/'), "{id}");
    }
}

#[test]
fn validate_help_says_it_reports_every_problem() {
    let w = Workdir::new();
    let o = run(&w, &["validate", "--help"]);
    assert_exit(&o, 0);
    let help = stdout(&o);
    assert!(!help.contains("first problem"), "{help}");
    assert!(help.contains("every problem"), "{help}");
}
