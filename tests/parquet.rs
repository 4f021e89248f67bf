//! `casus build --format parquet` read back by the tools it is for: pyarrow (what pandas and
//! Polars read Parquet with) and DuckDB, from PyPI. Both must see the rows of `timeline.csv`
//! with their types (the story of `events/` and the fixture article's events, whose sources'
//! quotes are `timeline.csv`'s evidence), the hive partitions as columns, and DuckDB's `count(*)` and dyads per
//! month must be casus's own (`dyads.csv`).
//!
//! The Python with pyarrow and duckdb is found as `CASUS_PYTHON` or `python3`; `.ci/run`
//! installs both, pinned, into a venv outside the tree. Where they are missing the test fails
//! under CI and is skipped elsewhere with a `SKIPPED:` line.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use common::{Workdir, repo};
use serde_json::Value;

fn under_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// A Python with pyarrow and duckdb, or `None` (a skip, or a failure under CI).
fn python() -> Option<String> {
    let found = std::env::var("CASUS_PYTHON")
        .into_iter()
        .chain(["python3".to_string()])
        .find(|p| {
            Command::new(p)
                .args(["-c", "import pyarrow.dataset, duckdb"])
                .output()
                .is_ok_and(|o| o.status.success())
        });
    if found.is_none() {
        let message = "Python with pyarrow and duckdb not found; install them with: python3 -m \
                       venv ~/.cache/casus-ci-venv && ~/.cache/casus-ci-venv/bin/pip install \
                       pyarrow duckdb, and set CASUS_PYTHON=~/.cache/casus-ci-venv/bin/python \
                       (.ci/run does)";
        assert!(!under_ci(), "{message}");
        common::skipped("parquet_reads_back_in_pyarrow_and_duckdb", message);
    }
    found
}

/// Runs a Python script with the argument and parses what it prints as JSON.
fn run_python(python: &str, script: &str, arg: &Path) -> Value {
    let out = Command::new(python)
        .args(["-c", script])
        .arg(arg)
        .output()
        .expect("python runs");
    assert!(
        out.status.success(),
        "the script failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("the script prints JSON")
}

const PYARROW: &str = r#"
import json, sys
import pyarrow.dataset as ds
d = ds.dataset(sys.argv[1], format="parquet", partitioning="hive")
t = d.to_table()
types = {f.name: str(f.type) for f in t.schema}
rows = {}
for r in t.to_pylist():
    rows[r["id"]] = {
        "date": r["date"],
        "start": r["start"].isoformat() if r["start"] else "",
        "end": r["end"].isoformat() if r["end"] else "",
        "precision": r["precision"],
        "source": r["source"] or "",
        "source_code": r["source_code"] or "",
        "event_code": r["event_code"],
        "target": r["target"] or "",
        "target_code": r["target_code"] or "",
        "goldstein": r["goldstein"],
        "quad_class": r["quad_class"],
        "origin": r["origin"],
        "sources": len(r["provenance"]),
        # timeline.csv's evidence: each source's quote on one line, line N for source N.
        "evidence": "\n".join(" ".join((p["quote"] or "").split()) for p in r["provenance"])
        if any(p["quote"] is not None for p in r["provenance"]) else "",
        "year": r["year"],
        "month": r["month"],
    }
files = sorted(f.replace(sys.argv[1] + "/", "") for f in d.files)
json.dump({"types": types, "rows": rows, "files": files}, sys.stdout)
"#;

const DUCKDB: &str = r#"
import json, sys
import duckdb
src = "read_parquet('" + sys.argv[1] + "/**/*.parquet', hive_partitioning = true)"
con = duckdb.connect()
count = con.sql("SELECT count(*) FROM " + src).fetchone()[0]
types = {r[0]: r[1] for r in con.sql("DESCRIBE SELECT * FROM " + src).fetchall()}
pairs = con.sql(
    "SELECT source, target, count(*) FROM " + src + " WHERE source IS NOT NULL AND target IS NOT NULL "
    "GROUP BY source, target ORDER BY source, target").fetchall()
monthly = con.sql(
    "SELECT source, target, strftime(start, '%Y-%m') AS month, count(*), "
    "sum(goldstein), count(*) FILTER (quad_class = 1), count(*) FILTER (quad_class = 2), "
    "count(*) FILTER (quad_class = 3), count(*) FILTER (quad_class = 4) FROM " + src +
    " WHERE source IS NOT NULL AND target IS NOT NULL AND \"end\" - start < 31 "
    "GROUP BY ALL ORDER BY ALL").fetchall()
pushed = con.sql(
    "SELECT count(*) FROM " + src + " WHERE year = 2020 AND month = 10").fetchone()[0]
json.dump({"count": count, "types": types, "pairs": pairs, "monthly": monthly,
           "october": pushed}, sys.stdout)
"#;

/// The rows of a CSV file as maps of column to value.
fn csv_rows(path: &Path) -> Vec<BTreeMap<String, String>> {
    let mut r = csv::Reader::from_path(path).unwrap();
    let header = r.headers().unwrap().clone();
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            header
                .iter()
                .zip(rec.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

#[test]
fn parquet_reads_back_in_pyarrow_and_duckdb() {
    let Some(python) = python() else { return };
    let w = Workdir::new();
    let out = w.path().join("out");
    w.casus()
        .current_dir(repo())
        .args([
            "build",
            "events",
            "tests/fixtures/articles",
            "--no-formula-guard",
            "--out",
        ])
        .arg(&out)
        .args([
            "--format", "timeline", "--format", "dyads", "--format", "parquet",
        ])
        .assert()
        .success();
    let dir = out.join("events.parquet");
    let timeline = csv_rows(&out.join("timeline.csv"));
    assert!(timeline.len() >= 50, "the story has its events");
    assert!(
        timeline.iter().any(|t| t["evidence"].contains('\n')),
        "the article's events have quotes, some of several sources"
    );

    // pyarrow: every row with its values and types, partitions as columns.
    let got = run_python(&python, PYARROW, &dir);
    let types = &got["types"];
    for (column, ty) in [
        ("id", "string"),
        ("start", "date32[day]"),
        ("end", "date32[day]"),
        ("goldstein", "double"),
        ("quad_class", "int32"),
        ("event_code", "string"),
        ("year", "int32"),
        ("month", "int32"),
    ] {
        assert_eq!(types[column], ty, "{column}: {types}");
    }
    assert!(
        types["provenance"]
            .as_str()
            .unwrap()
            .starts_with("list<item: struct<outlet: string, title: string, published: date32[day]"),
        "{types}"
    );
    let rows = got["rows"].as_object().unwrap();
    assert_eq!(rows.len(), timeline.len(), "no row lost or added");
    let mut partitions = std::collections::BTreeSet::new();
    for t in &timeline {
        let r = &rows[&t["id"]];
        for column in [
            "date",
            "start",
            "end",
            "precision",
            "source",
            "source_code",
            "event_code",
            "target",
            "target_code",
            "origin",
            "evidence",
        ] {
            assert_eq!(r[column], t[column].as_str(), "{} {column}", t["id"]);
        }
        assert_eq!(r["goldstein"].as_f64().unwrap().to_string(), t["goldstein"]);
        assert_eq!(r["quad_class"].to_string(), t["quad_class"]);
        assert_eq!(
            r["sources"].as_u64().unwrap() as usize,
            t["provenance"].lines().count()
        );
        // The partition is the year and month of the first day (null without one).
        if t["start"].is_empty() {
            assert!(r["year"].is_null() && r["month"].is_null(), "{}", t["id"]);
            let null = "__HIVE_DEFAULT_PARTITION__";
            partitions.insert(format!("year={null}/month={null}/part-0.parquet"));
            continue;
        }
        let (year, month) = (&t["start"][..4], &t["start"][5..7]);
        assert_eq!(r["year"].to_string(), year.trim_start_matches('0'));
        assert_eq!(r["month"].to_string(), month.trim_start_matches('0'));
        partitions.insert(format!("year={year}/month={month}/part-0.parquet"));
    }
    let files: Vec<String> = got["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap().to_string())
        .collect();
    assert_eq!(files, partitions.into_iter().collect::<Vec<_>>());

    // DuckDB: count(*), the types, and casus's own dyads.
    let db = run_python(&python, DUCKDB, &dir);
    assert_eq!(db["count"], timeline.len());
    assert_eq!(db["types"]["start"], "DATE");
    assert_eq!(db["types"]["goldstein"], "DOUBLE");
    let mut pairs: BTreeMap<(String, String), u64> = BTreeMap::new();
    for t in timeline
        .iter()
        .filter(|t| !t["source"].is_empty() && !t["target"].is_empty())
    {
        *pairs
            .entry((t["source"].clone(), t["target"].clone()))
            .or_default() += 1;
    }
    let duck_pairs: BTreeMap<(String, String), u64> = db["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                (r[0].as_str().unwrap().into(), r[1].as_str().unwrap().into()),
                r[2].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(duck_pairs, pairs);
    let dyads: Vec<Vec<String>> = csv_rows(&out.join("dyads.csv"))
        .into_iter()
        .map(|d| {
            [
                "source",
                "target",
                "month",
                "events",
                "goldstein_sum",
                "verbal_cooperation",
                "material_cooperation",
                "verbal_conflict",
                "material_conflict",
            ]
            .map(|c| d[c].clone())
            .to_vec()
        })
        .collect();
    let mut duck_dyads: Vec<Vec<String>> = db["monthly"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let r = r.as_array().unwrap();
            let mut row: Vec<String> = r
                .iter()
                .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
                .collect();
            row[4] = format!("{:.2}", r[4].as_f64().unwrap());
            row
        })
        .collect();
    let mut dyads = dyads;
    dyads.sort();
    duck_dyads.sort();
    assert_eq!(duck_dyads, dyads);
    let october = timeline
        .iter()
        .filter(|t| t["start"].starts_with("2020-10"))
        .count();
    assert!(october > 0);
    assert_eq!(db["october"], october);
}

#[test]
fn parquet_output_is_deterministic_and_partitioned() {
    let w = Workdir::new();
    let dirs: Vec<_> = ["a", "b"]
        .iter()
        .map(|name| {
            let out = w.path().join(name);
            w.casus()
                .current_dir(repo())
                .args(["build", "events", "--format", "parquet", "--out"])
                .arg(&out)
                .assert()
                .success()
                .stderr(predicates::str::contains("events.parquet"));
            out.join("events.parquet")
        })
        .collect();
    let mut files = Vec::new();
    for year in std::fs::read_dir(&dirs[0]).unwrap() {
        let year = year.unwrap().path();
        for month in std::fs::read_dir(&year).unwrap() {
            let part = month.unwrap().path().join("part-0.parquet");
            let rel = part.strip_prefix(&dirs[0]).unwrap().to_path_buf();
            let a = std::fs::read(&part).unwrap();
            assert_eq!(&a[..4], b"PAR1", "{}", rel.display());
            assert_eq!(
                a,
                std::fs::read(dirs[1].join(&rel)).unwrap(),
                "{}",
                rel.display()
            );
            files.push(rel);
        }
    }
    assert!(files.len() > 5, "{files:?}");
}
