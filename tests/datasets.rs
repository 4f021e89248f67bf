//! Black-box tests of the dataset importers: the real GDELT and ICEWS samples of
//! `../shared/data` (skipped with a message when absent), hand-written ACLED and UCDP rows in
//! their layouts (`tests/fixtures/datasets/`), the files seeded with every kind of defect, the
//! filters applied while reading, format detection, `.zip` input and `--top`.
//!
//! `tests/fixtures/datasets/acled-defects.csv`, line by line: 1 header, 2 good, 3 good but dated
//! 2019, 4 short row, 5 bad date (2020-02-30), 6 bad event type, 7 invalid UTF-8 in `notes`,
//! 8 stray quote in `notes`, 9 empty line, 10 good, 11 a quote never closed.
//! `tests/fixtures/datasets/gdelt-defects.tsv` (real rows of the GDELT sample, altered): 1 good,
//! 2 short row, 3 bad SQLDATE, 4 unknown EventCode, 5 invalid UTF-8 in SOURCEURL, 6 empty line,
//! 7 a stray quote in Actor1Code, 8 good.

mod common;

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use common::{Workdir, repo};

const GDELT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/data/gdelt2-20150218230000.export.tsv"
);
const ICEWS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/data/icews-2018-06-sample.tab"
);

/// The shared sample, or `None` (with a message) in a clone without `../shared/data`.
fn shared(path: &str) -> Option<PathBuf> {
    let p = PathBuf::from(path);
    if p.exists() {
        Some(p)
    } else {
        common::skipped(
            "a test of the shared sample",
            &format!("{path} is not here (it is in CI and next to the repository)"),
        );
        None
    }
}

fn fixture(name: &str) -> PathBuf {
    repo().join("tests/fixtures/datasets").join(name)
}

/// The rows of `DIR/timeline.csv` by id, each as column -> value.
fn timeline(w: &Workdir, dir: &str) -> BTreeMap<String, BTreeMap<String, String>> {
    let bytes = w.read(&format!("{dir}/timeline.csv"));
    let mut r = csv::Reader::from_reader(&bytes[..]);
    let header: Vec<String> = r.headers().unwrap().iter().map(str::to_string).collect();
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            let row: BTreeMap<String, String> = header
                .iter()
                .cloned()
                .zip(rec.iter().map(str::to_string))
                .collect();
            (row["id"].clone(), row)
        })
        .collect()
}

/// The `read N = kept K + filtered F + rejected R` numbers of a run's stderr.
fn tally(stderr: &str) -> [u64; 4] {
    let line = stderr
        .lines()
        .find(|l| l.starts_with("casus: read "))
        .unwrap_or_else(|| panic!("no tally in:\n{stderr}"));
    let n: Vec<u64> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().unwrap())
        .collect();
    assert_eq!(n.len(), 4, "{line}");
    assert_eq!(n[0], n[1] + n[2] + n[3], "the counts do not add up: {line}");
    [n[0], n[1], n[2], n[3]]
}

/// The GDELT sample's rows as tab-split fields (the test's own reading, to count against).
fn gdelt_rows(path: &Path) -> Vec<Vec<String>> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect()
}

#[test]
fn gdelt_sample_keeps_every_row_dated_by_sqldate_with_codes_actors_and_source_url() {
    let Some(gdelt) = shared(GDELT) else { return };
    let w = Workdir::new();
    let stderr = w.build(&[gdelt.to_str().unwrap()]);
    assert_eq!(tally(&stderr), [2271, 2271, 0, 0]);
    // No progress bar when stderr is not a terminal: only casus's two summary lines.
    assert!(stderr.lines().all(|l| l.starts_with("casus: ")), "{stderr}");
    let t = timeline(&w, "out");
    assert_eq!(t.len(), 2271);
    // Row 1: no Actor1Code (an unknown actor, kept), Actor2Code GOV (a run-local actor); its
    // SQLDATE 20140218 differs from DATEADDED 20150218230000, and SQLDATE is the event's date.
    let e = &t["gdelt-410412347"];
    assert_eq!(e["date"], "2014-02-18");
    assert_eq!(e["precision"], "day");
    assert_eq!(e["source"], "");
    assert_eq!(e["target_code"], "GOV");
    assert_eq!(e["event_code"], "043");
    assert_eq!(e["origin"], "gdelt");
    assert_eq!(e["location"], "Waterkloof, Free State, South Africa");
    assert!(
        e["provenance"].contains("published=2015-02-18"),
        "{}",
        e["provenance"]
    );
    assert!(e["provenance"].contains(
        "url=http://www.dailymaverick.co.za/article/2015-02-19-sona2015-jamming-state-security-agency-steps-forward-blames-low-ranking-operator/"
    ));
    assert!(e["provenance"].ends_with("gdelt2-20150218230000.export.tsv:1"));
    // RUSGOV is the registry's Russian government.
    let e = &t["gdelt-410412564"];
    assert_eq!(e["target"], "Russian government");
    assert_eq!(e["target_code"], "RUSGOV");
    assert_eq!(e["event_code"], "042");
    // Every row: the date is SQLDATE and the code EventCode.
    for f in gdelt_rows(&gdelt) {
        let e = &t[&format!("gdelt-{}", f[0])];
        assert_eq!(e["start"].replace('-', ""), f[1]);
        assert_eq!(e["event_code"], f[26]);
        assert_eq!(e["source_code"].is_empty(), f[5].is_empty(), "{}", f[0]);
    }
}

#[test]
fn gdelt_filters_apply_while_reading_and_are_counted() {
    let Some(gdelt) = shared(GDELT) else { return };
    let rows = gdelt_rows(&gdelt);
    let w = Workdir::new();
    let g = gdelt.to_str().unwrap();

    let stderr = w.build(&[g, "--from", "2015-02-18"]);
    let on_day = rows.iter().filter(|f| f[1] == "20150218").count() as u64;
    assert_eq!(tally(&stderr), [2271, on_day, 2271 - on_day, 0]);
    assert_eq!(timeline(&w, "out").len() as u64, on_day);

    let stderr = w.build(&[g, "--min-mentions", "10"]);
    let many = rows
        .iter()
        .filter(|f| f[31].parse::<u32>().unwrap() >= 10)
        .count() as u64;
    assert_eq!(tally(&stderr)[1], many);

    let stderr = w.build(&[g, "--quad", "4", "--root", "19"]);
    let fights = rows.iter().filter(|f| f[28] == "19").count() as u64;
    assert_eq!(tally(&stderr)[1], fights);

    // Where it happened (ActionGeo, FIPS SF), else the actors' country (ZAF).
    let stderr = w.build(&[g, "--country", "South Africa"]);
    let za = rows
        .iter()
        .filter(|f| f[53] == "SF" || (f[53].is_empty() && (f[7] == "ZAF" || f[17] == "ZAF")))
        .count() as u64;
    assert!(za > 0);
    assert_eq!(tally(&stderr)[1], za);

    // --actor Syria covers Syria and every Syrian actor, run-local ones (SYRREB) included.
    let stderr = w.build(&[g, "--actor", "Syria"]);
    let syria = rows
        .iter()
        .filter(|f| f[5].starts_with("SYR") || f[15].starts_with("SYR"))
        .count() as u64;
    assert!(syria > 0);
    assert_eq!(tally(&stderr)[1], syria);
    for e in timeline(&w, "out").values() {
        assert!(
            e["source_code"].starts_with("SYR") || e["target_code"].starts_with("SYR"),
            "{e:?}"
        );
    }
}

#[test]
fn gdelt_zip_archives_read_like_the_plain_file() {
    let Some(gdelt) = shared(GDELT) else { return };
    let w = Workdir::new();
    let zip_path = w.path().join("20150218230000.export.CSV.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&zip_path).unwrap());
    zip.start_file(
        "20150218230000.export.CSV",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    zip.write_all(&std::fs::read(&gdelt).unwrap()).unwrap();
    zip.finish().unwrap();
    let plain = w.path().join("20150218230000.export.CSV");
    std::fs::copy(&gdelt, &plain).unwrap();
    w.build(&["20150218230000.export.CSV.zip"]);
    let zipped = timeline(&w, "out");
    w.build(&["20150218230000.export.CSV"]);
    let unzipped = timeline(&w, "out");
    assert_eq!(zipped.len(), 2271);
    for (id, row) in &unzipped {
        let z = &zipped[id];
        for (k, v) in row {
            if k == "provenance" {
                assert_eq!(
                    z[k].replace(".CSV.zip:", ".CSV:"),
                    *v,
                    "the provenance names the archive"
                );
            } else {
                assert_eq!(&z[k], v, "{id} {k}");
            }
        }
    }
}

#[test]
fn icews_sample_resolves_names_sectors_and_keeps_story_and_sentence() {
    let Some(icews) = shared(ICEWS) else { return };
    let w = Workdir::new();
    let stderr = w.build(&[icews.to_str().unwrap()]);
    assert_eq!(tally(&stderr), [3705, 3705, 0, 0]);
    let t = timeline(&w, "out");
    let e = &t["icews-32889836-2018-06-01"];
    assert_eq!(e["date"], "2018-06-01");
    // "Foreign Affairs (Bangladesh)", sectors Executive, Foreign Ministry, Government.
    assert_eq!(e["source"], "Government (Bangladesh)");
    assert_eq!(e["source_code"], "BGDGOV");
    // "High Ranking Military Personnel (Vietnam)", sectors Military, Government.
    assert_eq!(e["target_code"], "VNMMIL");
    assert_eq!(e["event_code"], "040");
    assert_eq!(
        e["summary"],
        "Foreign Affairs (Bangladesh) → High Ranking Military Personnel (Vietnam): Consult"
    );
    assert_eq!(e["location"], "Hanoi, Thanh Pho Ha Noi, Vietnam");
    assert!(e["provenance"].starts_with(
        "outlet=Vietnam News Agency Bulletin | title=ICEWS story 47400351, sentence 2 | at="
    ));
    // A person of the registry stands for their government on the date; ICEWS's country
    // names resolve ("Russian Federation").
    let lavrov = t
        .values()
        .find(|e| e["summary"].starts_with("Sergey Viktorovich Lavrov →"))
        .unwrap();
    assert_eq!(lavrov["source"], "Russian government");
    // "Unspecified Actor" is no actor: the event is kept without one.
    let unspecified = t
        .values()
        .find(|e| e["summary"].contains("→ Unspecified Actor"))
        .unwrap();
    assert_eq!(unspecified["target"], "");
    // The registry's own names come through unchanged.
    assert!(t.values().any(|e| e["source"] == "US government"));
}

#[test]
fn icews_rows_are_keyed_by_event_id_and_date() {
    let w = Workdir::new();
    let header = "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\t\
                  CAMEO Code\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\t\
                  Sentence Number\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\t\
                  Longitude";
    let row = |date: &str| {
        format!(
            "7\t{date}\tRussia\tNA\tRussian Federation\tConsult\t040\t1\tTurkey\tNA\tTurkey\t\
             100\t1\tSome Wire\tMoscow\tNA\tMoskva\tRussian Federation\t55.75\t37.62"
        )
    };
    w.write(
        "pair.tab",
        format!(
            "{header}\n{}\n{}\n{}\n",
            row("2018-06-01"),
            row("2018-06-02"),
            row("2018-06-01")
        ),
    );
    let out = w.casus().args(["build", "pair.tab"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("pair.tab:4: duplicate id 'icews-7-2018-06-01'"),
        "{stderr}"
    );
    let stderr = w.build(&["pair.tab", "--skip-bad"]);
    assert_eq!(tally(&stderr), [3, 2, 0, 1]);
    let t = timeline(&w, "out");
    assert!(t.contains_key("icews-7-2018-06-01") && t.contains_key("icews-7-2018-06-02"));
}

#[test]
fn acled_rows_keep_precision_actors_codes_fatalities_and_sources() {
    let w = Workdir::new();
    let stderr = w.build(&[fixture("acled-sample.csv").to_str().unwrap()]);
    assert_eq!(tally(&stderr), [7, 7, 0, 0]);
    let t = timeline(&w, "out");
    // time_precision 1: the day; "Military Forces of Armenia (2018-)" is the registry's army.
    let e = &t["acled-ARM1001"];
    assert_eq!(
        (e["date"].as_str(), e["precision"].as_str()),
        ("2020-09-27", "day")
    );
    assert_eq!(e["source"], "Azerbaijani military");
    assert_eq!(e["target"], "Armenian military");
    assert_eq!(e["event_code"], "190");
    assert!(e["summary"].ends_with("[4 fatalities]"));
    assert!(e["summary"].starts_with("Around dawn, Azerbaijani and Armenian army units"));
    assert!(e["provenance"].starts_with("outlet=Armenpress; Azatutyun | at="));
    assert!(e["provenance"].ends_with("acled-sample.csv:2"));
    assert_eq!(e["location"], "Vorotan, Syunik, Armenia");
    // time_precision 2: three days either side; an air/drone strike on civilians.
    let e = &t["acled-ARM1002"];
    assert_eq!(e["date"], "2020-10-01/2020-10-07");
    assert_eq!(e["precision"], "range");
    assert_eq!(e["event_code"], "195");
    assert_eq!(e["source"], "Azerbaijani military");
    assert_eq!(
        (e["target"].as_str(), e["target_code"].as_str()),
        ("Civilians (Armenia)", "ARMCVL")
    );
    assert!(e["summary"].ends_with("[1 fatality]"));
    // time_precision 3: the month; protesters without a target.
    let e = &t["acled-ARM1003"];
    assert_eq!(
        (e["date"].as_str(), e["precision"].as_str()),
        ("2020-10", "month")
    );
    assert_eq!(e["event_code"], "141");
    assert_eq!(e["source_code"], "ARMOPP");
    assert_eq!(e["target"], "");
    // A quoted field with commas and doubled quotes.
    assert!(t["acled-AZE2001"]["summary"].contains("the \"second city\" of Azerbaijan"));
    assert_eq!(t["acled-AZE2001"]["event_code"], "194");
    // Governments; a named group the registry lacks becomes a run-local actor.
    assert_eq!(t["acled-AZE2002"]["target"], "Armenian government");
    assert_eq!(t["acled-AZE2002"]["event_code"], "057");
    assert_eq!(t["acled-ARM1005"]["source"], "Karabakh Volunteer Militia");
    assert_eq!(t["acled-ARM1004"]["event_code"], "181");
    let dot = String::from_utf8(w.read("out/actors.dot")).unwrap();
    assert!(dot.contains("\"acled-karabakh-volunteer-militia\""));
}

#[test]
fn ucdp_rows_keep_the_date_span_precision_sides_deaths_and_articles() {
    let w = Workdir::new();
    let stderr = w.build(&[fixture("ucdp-sample.csv").to_str().unwrap()]);
    assert_eq!(tally(&stderr), [5, 5, 0, 0]);
    let t = timeline(&w, "out");
    let e = &t["ucdp-900001"];
    assert_eq!(
        (e["date"].as_str(), e["precision"].as_str()),
        ("2020-09-27", "day")
    );
    assert_eq!(e["source"], "Azerbaijani government");
    assert_eq!(e["target"], "Armenian government");
    assert_eq!(e["event_code"], "190");
    assert_eq!(
        e["summary"],
        "Government of Azerbaijan - Government of Armenia: 12 deaths (low 10, high 20); \
         state-based armed conflict."
    );
    assert!(e["provenance"].contains(
        "title=\"Agence France Presse,2020-09-28,Heavy fighting along the Karabakh front\";\"Reuters,2020-09-28,Clashes continue\""
    ), "{}", e["provenance"]);
    assert!(e["provenance"].contains("published=2020-09-28"));
    // date_prec 3 over Monday to Sunday is the ISO week; 4 the month; 5 the year; 2 a range.
    assert_eq!(t["ucdp-900002"]["precision"], "week");
    assert_eq!(t["ucdp-900002"]["date"], "2020-10-05/2020-10-11");
    assert_eq!(t["ucdp-900003"]["date"], "2020-10");
    assert_eq!(t["ucdp-900005"]["date"], "2020");
    assert_eq!(t["ucdp-900004"]["date"], "2020-10-12/2020-10-14");
    assert_eq!(t["ucdp-900004"]["precision"], "range");
    // One-sided violence against "Civilians" in the event's country.
    let e = &t["ucdp-900003"];
    assert_eq!(e["event_code"], "180");
    assert_eq!(
        (e["target"].as_str(), e["target_code"].as_str()),
        ("Civilians (Azerbaijan)", "AZECVL")
    );
    assert_eq!(t["ucdp-900004"]["source"], "Karabakh Volunteer Militia");
}

#[test]
fn the_first_bad_row_stops_the_run_with_file_line_and_column() {
    let w = Workdir::new();
    let out = w
        .casus()
        .args(["build", fixture("gdelt-defects.tsv").to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "gdelt-defects.tsv:2: row has 30 fields but a GDELT 2.0 event has 61; use --skip-bad"
        ),
        "{stderr}"
    );
    assert!(!w.path().join("out").exists(), "nothing is written");
    let out = w
        .casus()
        .args([
            "build",
            fixture("acled-defects.csv").to_str().unwrap(),
            "--from",
            "2020",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("acled-defects.csv:4: row has 12 fields"),
        "{stderr}"
    );
    // With --skip-bad, every bad row is written and counted, and the status says so.
    let all = w
        .casus()
        .args(["validate", fixture("acled-defects.csv").to_str().unwrap()])
        .args([
            "--input-format",
            "acled",
            "--skip-bad",
            "--rejects",
            "bad.csv",
        ])
        .output()
        .unwrap();
    assert_eq!(all.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&all.stderr);
    let [read, kept, filtered, rejected] = tally(&stderr);
    assert_eq!(read, kept + filtered + rejected);
    assert!(rejected >= 6, "{stderr}");
    assert!(
        stderr.contains(&format!("bad.csv: {rejected} bad rows written here")),
        "{stderr}"
    );
    let rows = csv::Reader::from_path(w.path().join("bad.csv"))
        .unwrap()
        .records()
        .count();
    assert_eq!(rows as u64, rejected);
    // --rejects needs --skip-bad.
    let usage = w
        .casus()
        .args(["validate", "x.csv", "--rejects", "bad.csv"])
        .output()
        .unwrap();
    assert_eq!(usage.status.code(), Some(2));
}

/// `rejects.csv` as (line, column, reason, text) rows.
fn rejects(w: &Workdir) -> Vec<[String; 4]> {
    let bytes = w.read("out/rejects.csv");
    let mut r = csv::Reader::from_reader(&bytes[..]);
    assert_eq!(
        r.headers().unwrap().iter().collect::<Vec<_>>(),
        ["file", "line", "column", "reason", "text"]
    );
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            [
                rec[1].to_string(),
                rec[2].to_string(),
                rec[3].to_string(),
                rec[4].to_string(),
            ]
        })
        .collect()
}

#[test]
fn skip_bad_accounts_for_every_row_of_a_file_seeded_with_every_defect() {
    let w = Workdir::new();
    let acled = fixture("acled-defects.csv");
    let stderr = w.build(&[acled.to_str().unwrap(), "--skip-bad", "--from", "2020"]);
    assert_eq!(tally(&stderr), [10, 2, 1, 7]);
    let r = rejects(&w);
    let lines: Vec<(&str, &str)> = r.iter().map(|x| (x[0].as_str(), x[1].as_str())).collect();
    assert_eq!(
        lines,
        [
            ("4", ""),
            ("5", "event_date"),
            ("6", "event_type"),
            ("7", "notes"),
            ("8", "notes"),
            ("9", ""),
            ("11", "notes"),
        ]
    );
    assert!(r[0][2].starts_with("row has 12 fields but the ACLED header has 31"));
    assert!(r[1][2].contains("'2020-02-30' is not a date"));
    assert!(r[2][2].contains("unknown ACLED event type 'Picnics'"));
    assert!(r[3][2].starts_with("invalid UTF-8"));
    assert!(
        r[3][3].contains("Caf\\xE9 bytes"),
        "the original bytes, escaped"
    );
    assert!(r[4][2].starts_with("stray quote"));
    assert!(r[4][3].contains("Armenian \"forces said so"));
    assert_eq!((r[5][2].as_str(), r[5][3].as_str()), ("empty line", ""));
    assert!(r[6][2].contains("never closed"));
    assert!(r[6][3].starts_with("ARM3008,2020-10-06"));
    let t = timeline(&w, "out");
    assert_eq!(
        t.keys().collect::<Vec<_>>(),
        ["acled-ARM3001", "acled-ARM3007"]
    );

    let gdelt = fixture("gdelt-defects.tsv");
    let stderr = w.build(&[gdelt.to_str().unwrap(), "--skip-bad"]);
    assert_eq!(tally(&stderr), [8, 2, 0, 6]);
    let r = rejects(&w);
    let lines: Vec<(&str, &str)> = r.iter().map(|x| (x[0].as_str(), x[1].as_str())).collect();
    assert_eq!(
        lines,
        [
            ("2", ""),
            ("3", "SQLDATE"),
            ("4", "EventCode"),
            ("5", "SOURCEURL"),
            ("6", ""),
            ("7", "Actor1Code"),
        ]
    );
    let original = std::fs::read(&gdelt).unwrap();
    let third = original.split(|&b| b == b'\n').nth(2).unwrap();
    assert_eq!(r[1][3].as_bytes(), third, "the original text of the row");
    assert!(r[3][3].ends_with("http://example.org/caf\\xE9"));
}

#[test]
fn formats_are_detected_or_forced_and_mixed_with_curated_files() {
    let w = Workdir::new();
    // An ACLED file named like a curated one, beside the curated fixture.
    std::fs::copy(fixture("acled-sample.csv"), w.path().join("notes.csv")).unwrap();
    let curated = repo().join("tests/fixtures/basic");
    let stderr = w.build(&["notes.csv", curated.to_str().unwrap()]);
    assert_eq!(tally(&stderr), [7, 7, 0, 0]);
    let t = timeline(&w, "out");
    assert!(t.values().any(|e| e["origin"] == "curated"));
    assert_eq!(t.values().filter(|e| e["origin"] == "acled").count(), 7);
    let fails_with = |file: &str, format: &str, message: &str| {
        let out = w
            .casus()
            .args(["build", file, "--input-format", format])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(message), "{stderr}");
    };
    // Forcing another format reports the header it lacks.
    fails_with(
        "notes.csv",
        "ucdp",
        "notes.csv:1: not a UCDP GED header: missing columns 'id', ",
    );
    // An empty file forced to a format with a header says so.
    std::fs::write(w.path().join("empty.csv"), "").unwrap();
    fails_with(
        "empty.csv",
        "acled",
        "empty.csv: the file is empty: it has no header line",
    );
    let help = w.casus().args(["build", "--help"]).output().unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(help.contains("--input-format") && help.contains("OUTPUT formats"));
}

#[test]
fn top_keeps_the_busiest_actors_and_merges_the_rest_into_one_node() {
    let w = Workdir::new();
    let acled = fixture("acled-sample.csv");
    w.build(&[acled.to_str().unwrap(), "--top", "2"]);
    let dot = String::from_utf8(w.read("out/actors.dot")).unwrap();
    // Azerbaijani military (3 events) and Armenian military (2, tied with Civilians (Armenia),
    // whose id sorts after) stay; the 7 others are one node.
    let nodes: Vec<&str> = dot
        .lines()
        .filter(|l| l.starts_with("  \"") && !l.contains("->"))
        .map(|l| l.trim().split('"').nth(1).unwrap())
        .collect();
    assert_eq!(
        nodes,
        ["armenia-military", "azerbaijan-military", "other-actors"]
    );
    assert!(dot.contains("label=\"7 other actors\""), "{dot}");
    // Dyads to and from the merged actors add up on the one node (two events between merged
    // actors make a loop); the timeline keeps every event.
    assert!(dot.contains("\"armenia-military\" -> \"other-actors\" [label=\"fight with"));
    assert!(dot.contains("\"azerbaijan-military\" -> \"other-actors\""));
    assert!(dot.contains(
        "\"other-actors\" -> \"other-actors\" [label=\"Abduct, hijack, or take hostage (1 of the 2)\\n2 events, "
    ));
    assert!(!dot.contains("cameo-armcvl"));
    assert_eq!(timeline(&w, "out").len(), 7);
}

#[test]
fn the_fips_table_agrees_with_the_place_names_of_the_gdelt_sample() {
    let Some(gdelt) = shared(GDELT) else { return };
    let registry = casus::model::builtin::registry();
    let mut checked = 0;
    for f in gdelt_rows(&gdelt) {
        let (name, fips) = (&f[52], &f[53]);
        if fips.is_empty() {
            continue;
        }
        let country = name.rsplit(", ").next().unwrap();
        let casus::model::Lookup::Found(state) = registry.find(country) else {
            continue; // a place name that is not a registry state name ("Gaza Strip")
        };
        let iso = casus::ingest::gdelt::fips_to_iso3(fips.as_bytes())
            .unwrap_or_else(|| panic!("FIPS {fips} ({name}) is not in the table"));
        assert_eq!(iso, state.code, "FIPS {fips} is {name}");
        checked += 1;
    }
    assert!(checked > 1500, "only {checked} rows checked");
}

#[test]
fn validate_reads_datasets_and_stops_at_the_first_bad_row() {
    let w = Workdir::new();
    let ok = w
        .casus()
        .args(["validate", fixture("ucdp-sample.csv").to_str().unwrap()])
        .output()
        .unwrap();
    assert!(ok.status.success());
    assert_eq!(
        String::from_utf8_lossy(&ok.stdout).trim(),
        format!(
            "ok: 5 events in 1 files, {} actors known; no problems found",
            // The run-local actors: Civilians (Azerbaijan) and the two militias.
            casus::model::builtin::registry().len() + 3
        )
    );
    let bad = w
        .casus()
        .args(["validate", fixture("acled-defects.csv").to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&bad.stderr);
    assert!(
        stderr.contains("acled-defects.csv:4: row has 12 fields"),
        "{stderr}"
    );
}

#[test]
fn a_timeline_of_dataset_events_reads_back_with_the_run_actors_file() {
    let w = Workdir::new();
    let mut inputs = vec![fixture("acled-sample.csv"), fixture("ucdp-sample.csv")];
    inputs.extend(shared(GDELT));
    let args: Vec<&str> = inputs.iter().map(|p| p.to_str().unwrap()).collect();
    w.build(&args);
    let actors = String::from_utf8(w.read("out/dataset-actors.toml")).unwrap();
    assert!(
        actors.contains(
            "id = \"cameo-azecvl\"\nname = \"Civilians (Azerbaijan)\"\ncode = \"AZECVL\""
        )
    );
    assert!(actors.contains("id = \"ucdp-zangezur-defence-group\""));
    let out = w
        .casus()
        .args([
            "build",
            "out/timeline.csv",
            "--actors",
            "out/dataset-actors.toml",
            "--out",
            "again",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(w.read("again/timeline.csv"), w.read("out/timeline.csv"));
    assert_eq!(w.read("again/actors.dot"), w.read("out/actors.dot"));
}

#[test]
fn one_thread_and_several_write_the_same_files() {
    let Some(sample) = shared(GDELT) else { return };
    let w = Workdir::new();
    // Five copies of the sample with new ids: enough events for the timeline's parallel
    // writer (more than four chunks) and many batches of the reading thread.
    let text = std::fs::read_to_string(sample).unwrap();
    let mut big = String::new();
    for copy in 0..5u64 {
        for line in text.lines() {
            let (id, rest) = line.split_once('\t').unwrap();
            let id: u64 = id.parse().unwrap();
            big.push_str(&format!("{}\t{rest}\n", id + copy * 10_000_000));
        }
    }
    std::fs::write(w.path().join("big.tsv"), big).unwrap();
    let formats = [
        "--format", "timeline", "--format", "dot", "--format", "jsonl",
    ];
    let mut outputs = Vec::new();
    for threads in ["1", "2", "3"] {
        let dir = format!("out-{threads}");
        let out = w
            .casus()
            .env("CASUS_THREADS", threads)
            .args(["build", "big.tsv", "--out", &dir])
            .args(formats)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let files: Vec<Vec<u8>> = ["timeline.csv", "actors.dot", "events.jsonl"]
            .iter()
            .map(|f| w.read(&format!("{dir}/{f}")))
            .collect();
        outputs.push(files);
    }
    assert_eq!(timeline(&w, "out-1").len(), 5 * text.lines().count());
    assert!(outputs[0] == outputs[1], "one thread and two differ");
    assert!(outputs[0] == outputs[2], "one thread and three differ");
}

#[test]
fn validate_checks_and_counts_every_row_as_build_does() {
    // `validate` leaves out what only an output needs (each row's provenance): its counts and
    // rejected rows must still be those of `build`.
    let w = Workdir::new();
    for name in [
        "gdelt-defects.tsv",
        "acled-defects.csv",
        "acled-sample.csv",
        "ucdp-sample.csv",
    ] {
        let file = fixture(name);
        let built = w
            .casus()
            .args([
                "build",
                file.to_str().unwrap(),
                "--skip-bad",
                "--out",
                "out",
            ])
            .output()
            .unwrap();
        let checked = w
            .casus()
            .args(["validate", file.to_str().unwrap(), "--skip-bad"])
            .args(["--rejects", "checked.csv"])
            .output()
            .unwrap();
        let (b, c) = (
            String::from_utf8_lossy(&built.stderr),
            String::from_utf8_lossy(&checked.stderr),
        );
        assert_eq!(tally(&b), tally(&c), "{name}:\n{b}\n{c}");
        let rejected = |path: &str| std::fs::read(w.path().join(path)).unwrap_or_default();
        assert_eq!(
            rejected("out/rejects.csv"),
            rejected("checked.csv"),
            "{name}"
        );
    }
}
