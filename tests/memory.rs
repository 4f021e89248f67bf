//! `casus build --memory`: events beyond the budget are spilled to disk in sorted runs and
//! merged back, and every file written is byte for byte the file of a build held in memory.
//! The dataset is made here, so the tests run without `../shared`.

mod common;

use common::Workdir;

/// Country codes of the made-up rows: more actors than a diagram keeps by default (20).
const STATES: [&str; 26] = [
    "RUS", "UKR", "USA", "CHN", "FRA", "DEU", "GBR", "TUR", "IRN", "IRQ", "SYR", "ISR", "EGY",
    "SAU", "IND", "PAK", "AFG", "ARM", "AZE", "GEO", "JPN", "KOR", "PRK", "BRA", "MEX", "NGA",
];

/// CAMEO codes with their quad class and Goldstein score.
const CODES: [(&str, &str, &str); 5] = [
    ("043", "1", "2.8"),
    ("036", "1", "4.0"),
    ("112", "3", "-2.0"),
    ("190", "4", "-10.0"),
    ("0871", "2", "9.0"),
];

/// `n` GDELT 2.0 rows (61 tab-separated fields) with ids, dates, actors and codes varied so
/// that many rows share a day, some have one actor only, and the dyads mix quad classes.
fn gdelt(n: u64) -> String {
    let mut out = String::new();
    for i in 0..n {
        let mut f = vec![String::new(); 61];
        // Ids not in date order, so that runs and the merge have work to do.
        f[0] = (500_000_000 + (i * 7_919) % (n * 3)).to_string();
        let day = chrono::NaiveDate::from_ymd_opt(2014, 1, 1).unwrap()
            + chrono::Days::new((i * 37) % 180);
        f[1] = day.format("%Y%m%d").to_string();
        f[2] = day.format("%Y%m").to_string();
        f[3] = day.format("%Y").to_string();
        f[4] = format!("{}.5000", day.format("%Y"));
        let a = STATES[(i % 26) as usize];
        let b = STATES[((i * 5 + 3) % 26) as usize];
        f[5] = a.to_string();
        f[7] = a.to_string();
        if i % 9 != 0 {
            f[15] = b.to_string();
            f[17] = b.to_string();
        }
        let (code, quad, goldstein) = CODES[((i * i) % 5) as usize];
        f[25] = "1".into();
        f[26] = code.into();
        f[27] = code[..3].into();
        f[28] = code[..2].into();
        f[29] = quad.into();
        f[30] = goldstein.into();
        f[31] = "3".into();
        f[32] = "1".into();
        f[33] = "3".into();
        f[34] = "-1.5".into();
        f[59] = "20150218230000".into();
        f[60] = format!("https://example.org/news/{i}");
        out.push_str(&f.join("\t"));
        out.push('\n');
    }
    out
}

/// Runs `casus build` with `args`, into `dir`; its standard error.
fn build(w: &Workdir, dir: &str, args: &[&str]) -> String {
    let out = w
        .casus()
        .args(["build", "--out", dir])
        .args(args)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "casus build {args:?}:\n{stderr}");
    stderr
}

/// Runs a build that must succeed and spill its events to disk.
fn spilled(cmd: &mut assert_cmd::Command) {
    let out = cmd.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && stderr.contains("runs on disk"),
        "{stderr}"
    );
}

/// Every file of a folder, by name.
fn files(w: &Workdir, dir: &str) -> Vec<(String, Vec<u8>)> {
    let mut names: Vec<String> = std::fs::read_dir(w.path().join(dir))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|n| {
            let bytes = w.read(&format!("{dir}/{n}"));
            (n, bytes)
        })
        .collect()
}

#[test]
fn a_build_beyond_its_memory_writes_the_files_of_a_build_in_memory() {
    let w = Workdir::new();
    w.write("events.tsv", gdelt(3000));
    // Curated events too: they stay in memory and join the merge.
    let story = std::fs::read(common::repo().join("tests/fixtures/basic/story.toml")).unwrap();
    w.write("story.toml", story);
    let actors = std::fs::read(common::repo().join("tests/fixtures/basic/actors.toml")).unwrap();
    w.write("actors.toml", actors);
    let streamed = [
        "--format", "timeline", "--format", "dot", "--format", "jsonl", "--format", "dyads",
    ];
    let cases: [&[&str]; 5] = [
        &[],
        &["--top", "all"],
        &["--top", "3"],
        &["--from", "2014-02-01", "--to", "2014-04-30", "--top", "5"],
        &["--actor", "Russia"],
    ];
    for (k, extra) in cases.iter().enumerate() {
        let inputs = ["events.tsv", "story.toml", "--actors", "actors.toml"];
        let held = format!("held-{k}");
        let spilled = format!("spilled-{k}");
        let args: Vec<&str> = inputs
            .iter()
            .chain(&streamed)
            .chain(*extra)
            .copied()
            .collect();
        let quiet = build(&w, &held, &args);
        assert!(!quiet.contains("runs on disk"), "{quiet}");
        let mut small = args.clone();
        small.extend(["--memory", "64K"]);
        let stderr = build(&w, &spilled, &small);
        assert!(stderr.contains("runs on disk"), "{extra:?}: {stderr}");
        let (a, b) = (files(&w, &held), files(&w, &spilled));
        assert_eq!(
            a.iter().map(|f| &f.0).collect::<Vec<_>>(),
            b.iter().map(|f| &f.0).collect::<Vec<_>>()
        );
        for ((name, x), (_, y)) in a.iter().zip(&b) {
            assert!(x == y, "{extra:?}: {name} differs when spilled");
        }
        // The closing line counts the same events and actors, and names the same files.
        let last = |s: &str| s.lines().last().unwrap_or("").replace(&spilled, &held);
        assert_eq!(last(&stderr), last(&quiet), "{extra:?}");
    }
    // Something was filtered, something drawn: the comparisons above compared real files.
    let timeline = String::from_utf8(w.read("held-3/timeline.csv")).unwrap();
    assert!(timeline.lines().count() > 100 && timeline.lines().count() < 3000);
    let dot = String::from_utf8(w.read("held-2/actors.dot")).unwrap();
    assert!(dot.contains("other actors"), "{dot}");
}

#[test]
fn rejected_rows_and_their_file_are_the_same_when_spilled() {
    let w = Workdir::new();
    let mut text = gdelt(2000);
    // A bad date and a duplicate id among the rows.
    text.push_str(&gdelt(1).replace("20140101", "20140230"));
    text.push_str(&gdelt(1));
    w.write("events.tsv", text);
    let args = ["events.tsv", "--skip-bad", "--format", "timeline"];
    let quiet = build(&w, "held", &args);
    let mut small = args.to_vec();
    small.extend(["--memory", "64K"]);
    let stderr = build(&w, "spilled", &small);
    assert!(stderr.contains("runs on disk"), "{stderr}");
    assert!(quiet.contains("rejected 2"), "{quiet}");
    assert_eq!(files(&w, "held"), files(&w, "spilled"));
}

#[test]
fn a_format_that_needs_every_event_says_the_budget_does_not_hold() {
    let w = Workdir::new();
    w.write("events.tsv", gdelt(1000));
    let stderr = build(
        &w,
        "out",
        &["events.tsv", "--format", "gexf", "--memory", "64K"],
    );
    assert!(
        stderr.contains("actors.gexf needs every event at once"),
        "{stderr}"
    );
    assert!(!stderr.contains("runs on disk"), "{stderr}");
    // Within the budget nothing is said.
    let stderr = build(&w, "out2", &["events.tsv", "--format", "gexf"]);
    assert!(!stderr.contains("--memory"), "{stderr}");
}

#[test]
fn a_bad_memory_size_is_a_usage_error() {
    let w = Workdir::new();
    w.write("events.tsv", gdelt(10));
    for (size, says) in [("1K", "too small"), ("lots", "not a size")] {
        let out = w
            .casus()
            .args(["build", "events.tsv", "--memory", size])
            .output()
            .unwrap();
        assert!(!out.status.success());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains(says) && stderr.contains("--memory"),
            "{stderr}"
        );
    }
}

#[test]
fn the_spilled_runs_are_removed_after_the_build() {
    let w = Workdir::new();
    w.write("events.tsv", gdelt(2000));
    let tmp = w.path().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    spilled(
        w.casus()
            .env("TMPDIR", &tmp)
            .args(["build", "events.tsv", "--memory", "64K"]),
    );
    assert_eq!(std::fs::read_dir(&tmp).unwrap().count(), 0);
}

#[test]
fn one_thread_and_two_write_the_same_files_when_spilled() {
    let w = Workdir::new();
    w.write("events.tsv", gdelt(3000));
    let mut outputs = Vec::new();
    for threads in ["1", "2"] {
        let dir = format!("out-{threads}");
        spilled(
            w.casus()
                .env("CASUS_THREADS", threads)
                .args(["build", "events.tsv", "--out", &dir, "--memory", "64K"])
                .args([
                    "--format", "timeline", "--format", "jsonl", "--format", "dot",
                ]),
        );
        outputs.push(files(&w, &dir));
    }
    assert!(outputs[0] == outputs[1], "one thread and two differ");
}
