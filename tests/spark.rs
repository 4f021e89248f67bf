//! The Spark job of `examples/spark/` in Spark's local mode: 300 articles made from the
//! sentences of our fixture article (`examples/spark/make_articles.py`) go through PySpark,
//! `casus extract --stream` as the map step, and the job's aggregation; its monthly dyad table
//! must equal `dyads.csv` of `casus build` on the same articles, read half from JSON Lines with
//! one bad line, which the job reports, and half from Parquet (written here with pyarrow, the
//! dates as Parquet DATEs), in one run of the job: each Spark session costs about half a minute
//! of CI on two cores.
//!
//! Needs a Python with pyspark (and pyarrow, to read the job's output) as `CASUS_PYTHON` or
//! `python3`, and Java 17; `.ci/run` installs them. Where one is
//! missing the test fails under CI and is skipped elsewhere with a `SKIPPED:` line.

mod common;

use std::path::Path;
use std::process::Command;

use common::{Workdir, repo};
use serde_json::Value;

fn under_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// A Python with pyspark and pyarrow, and Java; `None` (a skip, or a failure under CI).
fn tools() -> Option<String> {
    let java = Command::new("java")
        .arg("-version")
        .output()
        .is_ok_and(|o| o.status.success());
    let python = std::env::var("CASUS_PYTHON")
        .into_iter()
        .chain(["python3".to_string()])
        .find(|p| {
            Command::new(p)
                .args(["-c", "import pyspark, pyarrow"])
                .output()
                .is_ok_and(|o| o.status.success())
        });
    let missing = match (&python, java) {
        (Some(_), true) => return python,
        (None, true) => "Python with pyspark and pyarrow",
        (Some(_), false) => "Java 17",
        (None, false) => "Python with pyspark and pyarrow, and Java 17",
    };
    let message = format!(
        "{missing} not found; install with: python3 -m venv ~/.cache/casus-ci-venv && \
         ~/.cache/casus-ci-venv/bin/pip install pyspark==3.5.9 pyarrow, set \
         CASUS_PYTHON=~/.cache/casus-ci-venv/bin/python; apt-get install \
         openjdk-17-jre-headless (.ci/run does)"
    );
    assert!(!under_ci(), "{message}");
    common::skipped("the_spark_job_gives_the_dyads_of_casus_build", &message);
    None
}

/// Runs the job on `articles` into `out`; its summary line.
fn spark(python: &str, articles: &[&Path], out: &Path) -> Value {
    let result = Command::new(python)
        .arg(repo().join("examples/spark/casus_dyads.py"))
        .args(["--master", "local[2]", "--partitions", "4", "--casus"])
        .arg(env!("CARGO_BIN_EXE_casus"))
        .arg("--articles")
        .args(articles)
        .arg("--out")
        .arg(out)
        .env("PYSPARK_PYTHON", python)
        .env("PYSPARK_DRIVER_PYTHON", python)
        .output()
        .expect("python runs");
    let stdout = String::from_utf8_lossy(&result.stdout);
    assert!(
        result.status.success(),
        "the Spark job failed:\n{}\n{stdout}",
        String::from_utf8_lossy(&result.stderr)
    );
    serde_json::from_str(stdout.lines().last().unwrap_or("")).expect("the job's summary")
}

/// The rows of the job's dyad table as `dyads.csv` writes them.
fn spark_rows(python: &str, dir: &Path) -> Vec<String> {
    let script = "import json, sys\n\
                  import pyarrow.parquet as pq\n\
                  t = pq.read_table(sys.argv[1])\n\
                  for r in t.to_pylist():\n\
                  \x20   print(','.join([r['source'], r['target'], r['month'], str(r['events']),\n\
                  \x20       '%.2f' % r['goldstein_sum'], '%.2f' % r['goldstein_mean'],\n\
                  \x20       str(r['verbal_cooperation']), str(r['material_cooperation']),\n\
                  \x20       str(r['verbal_conflict']), str(r['material_conflict'])]))\n";
    let out = Command::new(python)
        .args(["-c", script])
        .arg(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut rows: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| l.replace("-0.00", "0.00"))
        .collect();
    rows.sort();
    rows
}

#[test]
fn the_spark_job_gives_the_dyads_of_casus_build() {
    let Some(python) = tools() else { return };
    let w = Workdir::new();
    let n = 300;
    // The articles, as files for `casus build` and as JSON Lines with one bad line last.
    let made = Command::new(&python)
        .arg(repo().join("examples/spark/make_articles.py"))
        .arg(n.to_string())
        .arg(w.path())
        .arg("--bad")
        .output()
        .unwrap();
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    // The second half of the good lines as Parquet, `published` a DATE column; the first half
    // and the bad line stay JSON Lines.
    let split = "import datetime, json, sys\n\
                 import pyarrow as pa, pyarrow.parquet as pq\n\
                 lines = open(sys.argv[1]).read().splitlines()\n\
                 good, bad = lines[:-1], lines[-1:]\n\
                 half = len(good) // 2\n\
                 open(sys.argv[2], 'w').write('\\n'.join(good[:half] + bad) + '\\n')\n\
                 rows = [json.loads(l) for l in good[half:]]\n\
                 for r in rows:\n\
                 \x20   r['published'] = datetime.date.fromisoformat(r['published'])\n\
                 pq.write_table(pa.Table.from_pylist(rows), sys.argv[3])\n";
    let jsonl = w.path().join("half.jsonl");
    let parquet = w.path().join("half.parquet");
    let out = Command::new(&python)
        .args(["-c", split])
        .arg(w.path().join("articles.jsonl"))
        .args([&jsonl, &parquet])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let stderr = w.build(&["articles", "--format", "dyads"]);
    assert!(
        !stderr.contains("merged"),
        "the articles must report different happenings for the two counts to agree: {stderr}"
    );
    let mut expected: Vec<String> = String::from_utf8(w.read("out/dyads.csv"))
        .unwrap()
        .lines()
        .skip(1)
        .map(str::to_string)
        .collect();
    expected.sort();
    assert!(expected.len() > 200, "{} dyad rows", expected.len());

    let summary = spark(&python, &[&jsonl, &parquet], &w.path().join("spark"));
    assert_eq!(summary["articles"], n + 1);
    assert_eq!(summary["rejected"], 1);
    assert_eq!(spark_rows(&python, &w.path().join("spark/dyads")), expected);
}
