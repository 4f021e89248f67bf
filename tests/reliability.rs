//! Issue 13, "nothing lost, nothing hangs": one test per failure a hostile tester found, each
//! on the real binary with inputs written here or taken from `tests/fixtures/` (never from
//! `../shared`), so that a user's `cargo test` checks them. Test names say the behaviour kept.

mod common;

use std::process::Output;
use std::time::Duration;

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
    // A loop followed forever would hit `run`'s timeout.
    let o = run(&w, &["validate", "ed", "ed/more.csv", "ed/./more.csv"]);
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
    // `extract` refuses them too instead of blocking on the FIFO or reading /dev/zero forever.
    let o = run(&w, &["extract", "ed/pipe.csv", "--published", "2020-10-10"]);
    assert_exit(&o, 1);
    assert!(
        stderr(&o).contains("ed/pipe.csv: a FIFO; casus reads regular files only"),
        "{}",
        stderr(&o)
    );
    let o = run(&w, &["extract", "ed/zero.csv", "--published", "2020-10-10"]);
    assert_exit(&o, 1);
    assert!(stderr(&o).contains("ed/zero.csv: a character device"));
}

#[test]
fn a_megabyte_actor_name_is_reported_briefly_and_never_hangs() {
    let w = Workdir::new();
    let name = "Q".repeat(1 << 20);
    w.write(
        "big.csv",
        format!("id,date,source,type,target\nx-1,2020-10-10,{name},appeal,Turkey\n"),
    );
    // A suggestion weighed character by character against the name (a million squared steps)
    // would hit `run`'s timeout; the time itself is not measured here (a loaded machine is no
    // clock).
    let o = run(&w, &["validate", "big.csv"]);
    assert_exit(&o, 1);
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

/// The lines of the GDELT fixture that are valid UTF-8 (its first and last are good rows).
fn gdelt_rows() -> Vec<String> {
    std::fs::read(dataset("gdelt-defects.tsv"))
        .unwrap()
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .filter_map(|l| String::from_utf8(l.to_vec()).ok())
        .collect()
}

#[test]
fn every_file_of_a_zip_archive_is_read_and_counted() {
    use std::io::Write;
    let w = Workdir::new();
    let rows = gdelt_rows();
    let (first, last) = (&rows[0], &rows[rows.len() - 1]);
    let zip_path = w.path().join("two.export.CSV.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&zip_path).unwrap());
    for (name, row) in [("a.export.CSV", first), ("b.export.CSV", last)] {
        zip.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(format!("{row}\n").as_bytes()).unwrap();
    }
    zip.finish().unwrap();
    let o = run(&w, &["build", "two.export.CSV.zip", "--out", "out"]);
    assert_exit(&o, 0);
    let err = stderr(&o);
    assert!(err.contains("read 2 = kept 2"), "{err}");
    assert!(
        err.contains("two.export.CSV.zip: read all 2 files of the archive"),
        "{err}"
    );
    let timeline = String::from_utf8(w.read("out/timeline.csv")).unwrap();
    assert!(
        timeline.contains("two.export.CSV.zip (b.export.CSV):1"),
        "{timeline}"
    );
}

/// The story's own actors (not built in) in a tiny story, built to `out`.
fn own_actor_story(w: &Workdir) {
    w.write(
        "ed/actors.toml",
        "[[actor]]\nid = \"peacekeepers-x\"\nname = \"Peacekeepers of X\"\ncode = \"RUSPKO\"\n\
         kind = \"military\"\nparent = \"russia\"\n",
    );
    w.write(
        "ed/events.csv",
        "id,date,source,type,target,summary\n\
         e-1,2020-11-10,Peacekeepers of X,peacekeeping,Armenia,Deployed.\n\
         e-2,2020-11-11,Turkey,appeal,Peacekeepers of X,Asked.\n",
    );
}

#[test]
fn events_jsonl_reads_back_alone_with_the_storys_own_actors() {
    let w = Workdir::new();
    own_actor_story(&w);
    let o = run(
        &w,
        &["build", "ed", "--format", "jsonl", "--format", "timeline"],
    );
    assert_exit(&o, 0);
    let o = run(
        &w,
        &[
            "build",
            "out/events.jsonl",
            "--format",
            "jsonl",
            "--format",
            "timeline",
            "--out",
            "back",
        ],
    );
    assert_exit(&o, 0);
    assert_eq!(
        String::from_utf8(w.read("back/events.jsonl")).unwrap(),
        String::from_utf8(w.read("out/events.jsonl")).unwrap()
    );
    assert_eq!(w.read("back/timeline.csv"), w.read("out/timeline.csv"));
    // With the actor file too, the same (the carried actors are known and not added).
    let o = run(
        &w,
        &[
            "build",
            "out/events.jsonl",
            "--actors",
            "ed/actors.toml",
            "--format",
            "jsonl",
            "--out",
            "again",
        ],
    );
    assert_exit(&o, 0);
    assert!(
        !stderr(&o).contains("not in the actor files"),
        "{}",
        stderr(&o)
    );
    assert_eq!(w.read("again/events.jsonl"), w.read("out/events.jsonl"));
}

#[test]
fn timeline_csv_reads_back_alone_with_the_storys_own_actors() {
    let w = Workdir::new();
    own_actor_story(&w);
    let o = run(&w, &["build", "ed"]);
    assert_exit(&o, 0);
    let o = run(&w, &["build", "out/timeline.csv", "--out", "back"]);
    assert_exit(&o, 0);
    let err = stderr(&o);
    assert!(err.contains("casus: 2 events"), "{err}");
    assert!(err.contains("'Peacekeepers of X'"), "{err}");
    let back = String::from_utf8(w.read("back/timeline.csv")).unwrap();
    assert!(back.contains("Peacekeepers of X,RUSPKO"), "{back}");
    // A hand-written file's unknown name (no code beside it) stays an error.
    w.write(
        "typo.csv",
        "id,date,source,type,target,summary\nt-1,2020-11-10,Rusia,appeal,Armenia,x\n",
    );
    let o = run(&w, &["validate", "typo.csv"]);
    assert_exit(&o, 1);
    assert!(
        stderr(&o).contains("unknown actor 'Rusia'"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_trailing_empty_header_column_is_accepted() {
    let w = Workdir::new();
    w.write(
        "excel.csv",
        "id,date,source,type,target,summary,,\r\nx-1,2020-10-10,Russia,appeal,Turkey,hi,,\r\n",
    );
    let o = run(&w, &["validate", "excel.csv"]);
    assert_exit(&o, 0);
    assert!(stdout(&o).contains("ok: 1 events"), "{}", stdout(&o));
    // A value under a column without a name is a problem of its row.
    w.write(
        "excel.csv",
        "id,date,source,type,target,summary,\nx-1,2020-10-10,Russia,appeal,Turkey,hi,oops\n",
    );
    let o = run(&w, &["validate", "excel.csv"]);
    assert_exit(&o, 1);
    assert!(
        stderr(&o).contains("excel.csv:2: field 7 has a value but its column has no name"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_utf16_file_is_named_as_such() {
    let w = Workdir::new();
    let text = "id,date,source,type,target,summary\nx-1,2020-10-10,Russia,appeal,Turkey,hi\n";
    let mut bytes = vec![0xFF, 0xFE];
    for u in text.encode_utf16() {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    w.write("u16.csv", &bytes);
    let o = run(&w, &["validate", "u16.csv"]);
    assert_exit(&o, 1);
    let err = stderr(&o);
    assert!(
        err.contains("u16.csv: the file is UTF-16 (little-endian), not UTF-8"),
        "{err}"
    );
    assert!(!err.contains('\0'), "raw NUL bytes on stderr");
    // Without a byte order mark, and as a dataset forced by --input-format, the same.
    w.write("nobom.csv", &bytes[2..]);
    let o = run(&w, &["validate", "nobom.csv", "--input-format", "acled"]);
    assert_exit(&o, 1);
    assert!(
        stderr(&o).contains("nobom.csv: the file is UTF-16"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn the_last_iso_week_of_9999_is_refused_rather_than_written_unreadably() {
    let w = Workdir::new();
    w.write(
        "w.csv",
        "id,date,source,type,target,summary\nx-1,9999-W52,Russia,appeal,Turkey,hi\n\
         x-2,9999-W51,Russia,appeal,Turkey,hi\n",
    );
    let o = run(&w, &["validate", "w.csv"]);
    assert_exit(&o, 1);
    assert!(
        stderr(&o).contains(
            "w.csv:2: field 'date': '9999-W52': 9999 has no ISO week 52 that casus can write"
        ),
        "{}",
        stderr(&o)
    );
    // The week before it is written and reads back.
    w.write(
        "w.csv",
        "id,date,source,type,target,summary\nx-2,9999-W51,Russia,appeal,Turkey,hi\n",
    );
    let o = run(&w, &["build", "w.csv", "--out", "out"]);
    assert_exit(&o, 0);
    let o = run(&w, &["validate", "out/timeline.csv"]);
    assert_exit(&o, 0);
}

#[test]
fn near_miss_dataset_files_name_the_missing_or_extra_column() {
    let w = Workdir::new();
    let rows = gdelt_rows();
    let row = &rows[0];
    w.write("g62.csv", format!("{row}\textra\n"));
    let sixty: Vec<&str> = row.split('\t').take(60).collect();
    w.write("g60.csv", format!("{}\n", sixty.join("\t")));
    let acled = std::fs::read_to_string(dataset("acled-sample.csv")).unwrap();
    w.write(
        "acled.csv",
        acled.replacen("event_date", "date_of_event", 1),
    );
    let ucdp = std::fs::read_to_string(dataset("ucdp-sample.csv")).unwrap();
    w.write("ucdp.csv", ucdp.replacen("side_a,", "side_1,", 1));
    let cases = [
        ("g62.csv", "has 62 fields, not 61: 1 extra"),
        ("g60.csv", "has 60 fields, not 61: 1 missing"),
        (
            "acled.csv",
            "looks like an ACLED file (its header has 'event_id_cnty') but has no column 'event_date'",
        ),
        (
            "ucdp.csv",
            "looks like a UCDP GED file (its header has 'type_of_violence', 'date_start') but has no column 'side_a'",
        ),
    ];
    for (file, says) in cases {
        let o = run(&w, &["validate", file]);
        assert_exit(&o, 1);
        let err = stderr(&o);
        assert!(
            err.contains(&format!("{file}: this ")) && err.contains(says),
            "{file}: {err}"
        );
        assert!(!err.contains("unknown column"), "{file}: {err}");
    }
}

#[test]
fn icews_required_columns_are_what_the_docs_say() {
    // docs/importers.md lists the required ICEWS columns; the importer requires those.
    let docs = std::fs::read_to_string(repo().join("docs/importers.md")).unwrap();
    let line = docs
        .lines()
        .find(|l| l.starts_with("Required columns:"))
        .expect("docs/importers.md has a 'Required columns:' line for ICEWS");
    let listed: Vec<&str> = line.split('`').skip(1).step_by(2).collect();
    assert_eq!(listed, casus::ingest::icews::COLUMNS[..5].to_vec());
    // And a file without Source Country (not required) is read.
    let w = Workdir::new();
    w.write(
        "i.tab",
        "Event ID\tEvent Date\tSource Name\tCAMEO Code\tTarget Name\n\
         1\t2018-06-01\tRussia\t020\tTurkey\n",
    );
    let o = run(&w, &["validate", "i.tab"]);
    assert_exit(&o, 0);
    // Without a required one, the message names it.
    w.write(
        "j.tab",
        "Event ID\tEvent Date\tSource Name\tCAMEO Code\n1\t2018-06-01\tRussia\t020\n",
    );
    let o = run(&w, &["validate", "j.tab", "--input-format", "icews"]);
    assert_exit(&o, 1);
    assert!(
        stderr(&o).contains("missing column 'target name'"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_null_source_in_json_lines_is_rejected_as_an_empty_one_is_in_csv() {
    let w = Workdir::new();
    w.write(
        "n.jsonl",
        "{\"id\":\"a\",\"date\":\"2020-10-10\",\"source\":null,\"event_code\":\"020\",\
         \"target\":\"turkey\",\"summary\":\"x\"}\n",
    );
    let o = run(&w, &["validate", "n.jsonl"]);
    assert_exit(&o, 1);
    assert!(
        stderr(&o).contains("n.jsonl:1: field 'source': missing value for 'source'"),
        "{}",
        stderr(&o)
    );
    w.write(
        "e.csv",
        "id,date,source,type,target,summary\na,2020-10-10,,appeal,Turkey,x\n",
    );
    let o = run(&w, &["validate", "e.csv"]);
    assert!(stderr(&o).contains("e.csv:2: field 'source': missing value for 'source'"));
    // A dataset event may have no source, in both.
    w.write(
        "d.jsonl",
        "{\"id\":\"g\",\"date\":\"2020-10-10\",\"source\":null,\"event_code\":\"020\",\
         \"target\":\"turkey\",\"summary\":\"\",\"origin\":\"gdelt\"}\n",
    );
    let o = run(&w, &["validate", "d.jsonl"]);
    assert_exit(&o, 0);
}

#[test]
fn dates_are_quoted_back_exactly_and_negative_years_are_named() {
    let w = Workdir::new();
    w.write(
        "d.csv",
        "id,date,source,type,target,summary\na,-0044,Russia,appeal,Turkey,x\n\
         b,2020?~,Russia,appeal,Turkey,x\nc,10000,Russia,appeal,Turkey,x\n",
    );
    let o = run(&w, &["validate", "d.csv"]);
    assert_exit(&o, 1);
    let err = stderr(&o);
    assert!(
        err.contains("d.csv:2: field 'date': '-0044': negative years (BCE) are not supported"),
        "{err}"
    );
    assert!(
        err.contains("d.csv:3: field 'date': '2020?~' is not an EDTF date"),
        "{err}"
    );
    assert!(
        err.contains("d.csv:4: field 'date': '10000': years after 9999 are not supported"),
        "{err}"
    );
}

#[test]
fn a_bad_casus_threads_is_a_clear_error() {
    let w = Workdir::new();
    w.write(
        "ok.csv",
        "id,date,source,type,target,summary\na,2020-10-10,Russia,appeal,Turkey,x\n",
    );
    for bad in ["abc", "0", "-1", ""] {
        let o = run_env(&w, &["validate", "ok.csv"], &[("CASUS_THREADS", bad)]);
        assert_exit(&o, 2);
        assert!(
            stderr(&o).contains(&format!(
                "CASUS_THREADS='{bad}': expected a positive whole number"
            )),
            "{bad}: {}",
            stderr(&o)
        );
    }
    let o = run_env(&w, &["validate", "ok.csv"], &[("CASUS_THREADS", "1")]);
    assert_exit(&o, 0);
}

#[test]
fn a_timeline_of_dataset_events_reads_back_alone() {
    // The actors a dataset made up (run-local) come back from the names and codes side by
    // side, and from the lines of events.jsonl, without dataset-actors.toml.
    let w = Workdir::new();
    let acled = dataset("acled-sample.csv");
    let o = run(
        &w,
        &[
            "build",
            acled.to_str().unwrap(),
            "--format",
            "timeline",
            "--format",
            "jsonl",
        ],
    );
    assert_exit(&o, 0);
    for (input, out) in [("out/timeline.csv", "a"), ("out/events.jsonl", "b")] {
        let o = run(&w, &["build", input, "--out", out]);
        assert_exit(&o, 0);
        let kept = stderr(&o);
        let first = String::from_utf8(w.read("out/timeline.csv")).unwrap();
        let n = first.lines().count() - 1;
        assert!(
            kept.contains(&format!("casus: {n} events")),
            "{input}: {kept}"
        );
    }
}
