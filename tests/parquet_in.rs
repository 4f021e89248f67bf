//! Dataset events read from Parquet give the events, the accounting and the bad-row reports of
//! the same rows read from the text files: GDELT and ICEWS as BigQuery exports them (typed
//! columns: INT64 ids and dates, DOUBLE scores, DATE days; ICEWS's names with `_` for spaces),
//! ACLED and UCDP GED with their CSV column names, typed the same way (DATE days, and UCDP's
//! `date_start` and `date_end` as TIMESTAMPs where a value has a time). The Parquet files are
//! written here with the `parquet` crate from the rows of the in-tree fixtures and, when
//! `../shared/data` is next to the repository, of the real samples.

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use arrow_array::{
    ArrayRef, Date32Array, Float64Array, Int64Array, RecordBatch, StringArray,
    TimestampMillisecondArray,
};
use arrow_schema::TimeUnit;
use arrow_schema::{DataType, Field, Schema};
use common::{Workdir, repo};

/// Writes rows of text fields as a Parquet file with these column names, each column typed as
/// BigQuery has it: codes (a name with `code`: `EventCode`, `CAMEO_Code`, `Actor1Code`) as
/// STRING, else INT64 when every value is a whole number, DOUBLE when every value is a number,
/// DATE when every value is `YYYY-MM-DD` and `dates` is set, TIMESTAMP (milliseconds) when
/// every value is a day optionally followed by a time (`2020-10-05 00:00:00.000`) and `dates`
/// is set, else STRING; empty values (and ICEWS's `NA`) are null.
fn write_parquet(path: &Path, names: &[String], rows: &[Vec<String>], dates: bool) {
    let mut fields = Vec::new();
    let mut columns: Vec<ArrayRef> = Vec::new();
    for (c, name) in names.iter().enumerate() {
        let values: Vec<Option<&str>> = rows
            .iter()
            .map(|r| {
                r.get(c)
                    .map(String::as_str)
                    .filter(|v| !v.is_empty() && *v != "NA")
            })
            .collect();
        let all = |ok: &dyn Fn(&str) -> bool| values.iter().flatten().all(|v| ok(v));
        let day = |v: &str| chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d").ok();
        let time = |v: &str| {
            chrono::NaiveDateTime::parse_from_str(v, "%Y-%m-%d %H:%M:%S%.f")
                .ok()
                .or_else(|| day(v).and_then(|d| d.and_hms_opt(0, 0, 0)))
        };
        let code = name.to_ascii_lowercase().contains("code");
        let (ty, array): (DataType, ArrayRef) = if code {
            let a: StringArray = values.iter().copied().collect();
            (DataType::Utf8, Arc::new(a))
        } else if all(&|v| v.parse::<i64>().is_ok()) {
            let a: Int64Array = values
                .iter()
                .map(|v| v.map(|v| v.parse().unwrap()))
                .collect();
            (DataType::Int64, Arc::new(a))
        } else if all(&|v| v.parse::<f64>().is_ok()) {
            let a: Float64Array = values
                .iter()
                .map(|v| v.map(|v| v.parse().unwrap()))
                .collect();
            (DataType::Float64, Arc::new(a))
        } else if dates && all(&|v| v.len() == 10 && day(v).is_some()) {
            let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap();
            let a: Date32Array = values
                .iter()
                .map(|v| v.map(|v| (day(v).unwrap() - epoch).num_days() as i32))
                .collect();
            (DataType::Date32, Arc::new(a))
        } else if dates && all(&|v| time(v).is_some()) {
            let a: TimestampMillisecondArray = values
                .iter()
                .map(|v| v.map(|v| time(v).unwrap().and_utc().timestamp_millis()))
                .collect();
            (
                DataType::Timestamp(TimeUnit::Millisecond, None),
                Arc::new(a),
            )
        } else {
            let a: StringArray = values.iter().copied().collect();
            (DataType::Utf8, Arc::new(a))
        };
        fields.push(Field::new(name, ty, true));
        columns.push(array);
    }
    let schema = Arc::new(Schema::new(fields));
    let batch = RecordBatch::try_new(schema.clone(), columns).unwrap();
    let file = std::fs::File::create(path).unwrap();
    let mut w = parquet::arrow::ArrowWriter::try_new(file, schema, None).unwrap();
    w.write(&batch).unwrap();
    w.close().unwrap();
}

/// The rows of a tab-separated file (invalid UTF-8, in a row not used here, replaced).
fn tsv(path: &Path) -> Vec<Vec<String>> {
    String::from_utf8_lossy(&std::fs::read(path).unwrap())
        .lines()
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect()
}

/// `timeline.csv` of a build with the input's name and line taken out of the provenance (a
/// line of the text file, a row of the Parquet file).
fn timeline_without_at(w: &Workdir, dir: &str) -> String {
    let text = String::from_utf8(w.read(&format!("{dir}/timeline.csv"))).unwrap();
    text.split(" | at=")
        .enumerate()
        .map(|(i, part)| {
            if i == 0 {
                part.to_string()
            } else {
                // Drop `FILE:LINE` up to the end of the cell.
                let end = part.find(['"', ',', '\n', '\r']).unwrap_or(part.len());
                part[end..].to_string()
            }
        })
        .collect()
}

fn gdelt_columns() -> Vec<String> {
    casus::ingest::gdelt::COLUMNS
        .iter()
        .map(|c| c.to_string())
        .collect()
}

/// Runs `casus build INPUT --out OUT` and returns its standard error; panics if it fails.
fn build(w: &Workdir, input: &str, out: &str) -> String {
    let o = w
        .casus()
        .args(["build", input, "--out", out])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(o.status.success(), "casus build {input} failed:\n{stderr}");
    stderr
}

/// The tally line of a build's stderr.
fn tally(stderr: &str) -> String {
    stderr
        .lines()
        .find(|l| l.starts_with("casus: read "))
        .unwrap_or_else(|| panic!("no tally in {stderr}"))
        .to_string()
}

#[test]
fn gdelt_from_parquet_gives_the_events_of_the_text_file() {
    let w = Workdir::new();
    let mut inputs: Vec<(String, Vec<Vec<String>>)> = Vec::new();
    // The fixture's good rows, 1 and 8.
    let fixture = tsv(&repo().join("tests/fixtures/datasets/gdelt-defects.tsv"));
    inputs.push((
        "fixture".into(),
        vec![fixture[0].clone(), fixture[7].clone()],
    ));
    let sample = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/gdelt2-20150218230000.export.tsv"
    ));
    if sample.exists() {
        inputs.push(("sample".into(), tsv(&sample)));
    } else {
        common::skipped(
            "gdelt_from_parquet_gives_the_events_of_the_text_file (the real sample)",
            &format!("{} is not here", sample.display()),
        );
    }
    for (name, rows) in inputs {
        let text: String = rows.iter().map(|r| r.join("\t") + "\n").collect();
        w.write(&format!("{name}.tsv"), text);
        // BigQuery's column order is the codebook's; casus takes them by name, so shuffle.
        let mut names = gdelt_columns();
        let mut shuffled = rows.clone();
        names.reverse();
        for r in &mut shuffled {
            r.reverse();
        }
        let parquet = w.path().join(format!("{name}.parquet"));
        write_parquet(&parquet, &names, &shuffled, false);
        let a = build(&w, &format!("{name}.tsv"), &format!("{name}-tsv"));
        let b = build(&w, &format!("{name}.parquet"), &format!("{name}-pq"));
        assert_eq!(tally(&a), tally(&b), "{name}");
        assert_eq!(
            timeline_without_at(&w, &format!("{name}-tsv")),
            timeline_without_at(&w, &format!("{name}-pq")),
            "{name}"
        );
        let timeline = String::from_utf8(w.read(&format!("{name}-pq/timeline.csv"))).unwrap();
        assert!(
            timeline.contains(&format!("at={name}.parquet:2")),
            "rows are numbered"
        );
    }
}

#[test]
fn gdelt_parquet_bad_rows_are_reported_by_row_and_column() {
    let w = Workdir::new();
    let fixture = tsv(&repo().join("tests/fixtures/datasets/gdelt-defects.tsv"));
    // Rows 1 (good), 3 (SQLDATE 20150230), 4 (EventCode 999), 8 (good).
    let rows: Vec<Vec<String>> = [0, 2, 3, 7].iter().map(|&i| fixture[i].clone()).collect();
    write_parquet(&w.path().join("g.parquet"), &gdelt_columns(), &rows, false);
    let out = w.casus().args(["build", "g.parquet"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr
            .contains("g.parquet:2: field 'SQLDATE': '20150230' is not a date (expected YYYYMMDD)"),
        "{stderr}"
    );
    let stderr = w.build(&["g.parquet", "--skip-bad"]);
    assert_eq!(
        tally(&stderr),
        "casus: read 4 = kept 2 + filtered 0 + rejected 2"
    );
    let rejects = String::from_utf8(w.read("out/rejects.csv")).unwrap();
    let lines: Vec<&str> = rejects.lines().collect();
    assert!(lines[1].starts_with("g.parquet,2,SQLDATE,"), "{rejects}");
    assert!(
        lines[2].starts_with("g.parquet,3,EventCode,unknown CAMEO event code '999'"),
        "{rejects}"
    );
    assert!(
        lines[1].contains("410412348\t20150230\t"),
        "the row's values, tab-joined"
    );
    // Filters count as in the text file.
    let stderr = w.build(&["g.parquet", "--skip-bad", "--root", "19"]);
    assert_eq!(
        tally(&stderr),
        "casus: read 4 = kept 0 + filtered 2 + rejected 2"
    );

    // A Parquet file of no dataset, and a GDELT file without its key columns.
    let names = ["a".to_string(), "b".to_string()];
    write_parquet(
        &w.path().join("x.parquet"),
        &names,
        &[vec!["1".into(), "2".into()]],
        false,
    );
    w.casus()
        .args(["build", "x.parquet"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "x.parquet: a Parquet file must hold GDELT, ICEWS, ACLED or UCDP events",
        ))
        .stderr(predicates::str::contains("its columns are a, b"));
    w.casus()
        .args(["build", "x.parquet", "--input-format", "gdelt"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "not a GDELT Parquet file: no column 'GLOBALEVENTID', 'SQLDATE', 'EventCode'",
        ));
    std::fs::write(w.path().join("junk.parquet"), b"not parquet").unwrap();
    w.casus()
        .args(["build", "junk.parquet"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "junk.parquet: not a readable Parquet file",
        ));
}

#[test]
fn icews_from_parquet_with_bigquery_names_gives_the_events_of_the_tab_file() {
    let w = Workdir::new();
    let header = "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\t\
                  CAMEO Code\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\t\
                  Sentence Number\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\t\
                  Longitude";
    let row = |id: u32, date: &str, code: &str| {
        format!(
            "{id}\t{date}\tRussia\tNA\tRussian Federation\tConsult\t{code}\t1\tTurkey\tNA\t\
             Turkey\t100\t1\tSome Wire\tMoscow\tNA\tMoskva\tRussian Federation\t55.75\t37.62"
        )
    };
    let mut inputs: Vec<(String, String)> = vec![(
        "inline".into(),
        format!(
            "{header}\n{}\n{}\n{}\n",
            row(7, "2018-06-01", "040"),
            row(8, "2018-06-02", "0234"),
            row(9, "2018-06-02", "190")
        ),
    )];
    let sample = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/icews-2018-06-sample.tab"
    ));
    if sample.exists() {
        inputs.push(("sample".into(), std::fs::read_to_string(&sample).unwrap()));
    } else {
        common::skipped(
            "icews_from_parquet_with_bigquery_names_gives_the_events_of_the_tab_file (the sample)",
            &format!("{} is not here", sample.display()),
        );
    }
    for (name, text) in inputs {
        w.write(&format!("{name}.tab"), &text);
        let rows: Vec<Vec<String>> = text
            .lines()
            .map(|l| l.split('\t').map(str::to_string).collect())
            .collect();
        // BigQuery's names: no spaces.
        let names: Vec<String> = rows[0].iter().map(|n| n.replace(' ', "_")).collect();
        write_parquet(
            &w.path().join(format!("{name}.parquet")),
            &names,
            &rows[1..],
            true,
        );
        let a = build(&w, &format!("{name}.tab"), &format!("{name}-tab"));
        let b = build(&w, &format!("{name}.parquet"), &format!("{name}-pq"));
        assert_eq!(tally(&a), tally(&b), "{name}");
        assert_eq!(
            timeline_without_at(&w, &format!("{name}-tab")),
            timeline_without_at(&w, &format!("{name}-pq")),
            "{name}"
        );
    }
}

/// The header and rows of a CSV file.
fn csv_rows(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_path(path).unwrap();
    let header = r.headers().unwrap().iter().map(str::to_string).collect();
    let rows = r
        .records()
        .map(|rec| rec.unwrap().iter().map(str::to_string).collect())
        .collect();
    (header, rows)
}

/// Writes a CSV fixture's rows as Parquet, typed, and checks that both give the same tally
/// and timeline; the Parquet build's standard error.
fn same_as_csv(w: &Workdir, fixture: &str, name: &str) -> String {
    let (header, rows) = csv_rows(&repo().join("tests/fixtures/datasets").join(fixture));
    std::fs::copy(
        repo().join("tests/fixtures/datasets").join(fixture),
        w.path().join(format!("{name}.csv")),
    )
    .unwrap();
    let parquet = w.path().join(format!("{name}.parquet"));
    write_parquet(&parquet, &header, &rows, true);
    let a = build(w, &format!("{name}.csv"), &format!("{name}-csv"));
    let b = build(w, &format!("{name}.parquet"), &format!("{name}-pq"));
    assert_eq!(tally(&a), tally(&b), "{name}");
    assert_eq!(
        timeline_without_at(w, &format!("{name}-csv")),
        timeline_without_at(w, &format!("{name}-pq")),
        "{name}"
    );
    b
}

#[test]
fn acled_from_parquet_gives_the_events_of_the_csv_file() {
    let w = Workdir::new();
    let stderr = same_as_csv(&w, "acled-sample.csv", "acled");
    assert_eq!(
        tally(&stderr),
        "casus: read 7 = kept 7 + filtered 0 + rejected 0"
    );
    let timeline = String::from_utf8(w.read("acled-pq/timeline.csv")).unwrap();
    assert!(timeline.contains("at=acled.parquet:1"), "rows are numbered");

    // A bad row (an event type ACLED does not have) is reported by its row and column.
    let (header, mut rows) = csv_rows(&repo().join("tests/fixtures/datasets/acled-sample.csv"));
    let kind = header.iter().position(|c| c == "event_type").unwrap();
    rows[1][kind] = "Picnics".into();
    write_parquet(&w.path().join("bad.parquet"), &header, &rows, true);
    let out = w.casus().args(["build", "bad.parquet"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("bad.parquet:2: field 'event_type'"),
        "{stderr}"
    );
    let stderr = w.build(&["bad.parquet", "--skip-bad"]);
    assert_eq!(
        tally(&stderr),
        "casus: read 7 = kept 6 + filtered 0 + rejected 1"
    );
    let rejects = String::from_utf8(w.read("out/rejects.csv")).unwrap();
    assert!(
        rejects
            .lines()
            .nth(1)
            .unwrap()
            .starts_with("bad.parquet,2,event_type,"),
        "{rejects}"
    );
}

#[test]
fn ucdp_from_parquet_with_timestamps_gives_the_events_of_the_csv_file() {
    let w = Workdir::new();
    let stderr = same_as_csv(&w, "ucdp-sample.csv", "ucdp");
    assert_eq!(
        tally(&stderr),
        "casus: read 5 = kept 5 + filtered 0 + rejected 0"
    );
    // The dates went in as timestamps (one row has a time in the CSV) and came out as days.
    let (header, rows) = csv_rows(&repo().join("tests/fixtures/datasets/ucdp-sample.csv"));
    let start = header.iter().position(|c| c == "date_start").unwrap();
    assert!(rows.iter().any(|r| r[start].contains(' ')));
    let timeline = String::from_utf8(w.read("ucdp-pq/timeline.csv")).unwrap();
    assert!(timeline.contains("2020-10-05/2020-10-11"), "{timeline}");
}
