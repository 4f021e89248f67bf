//! Derives the embedded CAMEO table (`src/model/data/cameo.csv`) from the reference data in
//! `../shared/data/` and checks it byte for byte; checks the codebook against real GDELT 2.0 and
//! ICEWS events. Every test passes with a "skipped" message when `../shared` is absent (a user's
//! clone). `CASUS_REGENERATE=1 cargo test --test codebook` rewrites the embedded table instead.

mod common;

use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::Path;

use casus::model::{Codebook, QuadClass};

/// The reference data, next to the project's root on every developer machine and in CI.
const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/");
/// The embedded table this test derives.
const EMBEDDED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/model/data/cameo.csv");
/// The embedded table's header.
const HEADER: [&str; 8] = [
    "code",
    "name",
    "root",
    "goldstein",
    "quad_class",
    "plover_type",
    "plover_mode",
    "plover_context",
];

/// The path of a reference file, or `None` (after saying so) when the reference data is absent.
fn shared(file: &str, test: &str) -> Option<String> {
    if Path::new(SHARED).is_dir() {
        Some(format!("{SHARED}{file}"))
    } else {
        common::skipped(test, &format!("the reference data is not at {SHARED}"));
        None
    }
}

/// Writes a line to standard error directly, so that `cargo test` shows it without
/// `--nocapture` (the test harness captures only the print macros).
fn say(message: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{message}");
}

/// A reference file's text; invalid UTF-8 (the codebook's example sentences carry some) becomes
/// U+FFFD.
fn read_lossy(path: &str) -> String {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    String::from_utf8_lossy(&bytes).into_owned()
}

/// One row of `cameo-codes.csv`, the fields the table keeps.
struct CameoRow {
    code: String,
    name: String,
    root: String,
    goldstein: f64,
}

/// Reads `cameo-codes.csv` (andybega/icews): `"",eventtype_ID,name,code,goldstein,...,root_code,
/// order`, one row per code, with prose columns the table leaves out.
fn read_cameo_codes(path: &str) -> Vec<CameoRow> {
    let text = read_lossy(path);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .expect("cameo-codes.csv has a header")
        .clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("cameo-codes.csv has no column {name:?}"))
    };
    let (code_col, name_col, goldstein_col, root_col) = (
        column("code"),
        column("name"),
        column("goldstein"),
        column("root_code"),
    );
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        let record = record.unwrap_or_else(|e| panic!("cameo-codes.csv row {line}: {e}"));
        let field = |n: usize| record.get(n).unwrap_or("").trim().to_string();
        let (code, name, root) = (field(code_col), field(name_col), field(root_col));
        assert!(
            (2..=4).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_digit()),
            "cameo-codes.csv row {line}: code {code:?} is not two to four digits"
        );
        assert_eq!(
            root,
            code[..2],
            "cameo-codes.csv row {line}: root_code is not the code's first two digits"
        );
        let root_number: u8 = root.parse().unwrap();
        assert!(
            (1..=20).contains(&root_number),
            "cameo-codes.csv row {line}: root {root} is not 01 to 20"
        );
        // Lossy decoding may only touch the prose columns, never a kept field.
        assert!(
            !name.is_empty() && !name.contains('\u{FFFD}'),
            "cameo-codes.csv row {line}: name {name:?} is empty or not valid UTF-8"
        );
        let goldstein: f64 = field(goldstein_col)
            .parse()
            .unwrap_or_else(|_| panic!("cameo-codes.csv row {line}: goldstein is not a number"));
        assert!(
            (-10.0..=10.0).contains(&goldstein),
            "cameo-codes.csv row {line}: goldstein {goldstein} is outside -10 to +10"
        );
        rows.push(CameoRow {
            code,
            name,
            root,
            goldstein,
        });
    }
    rows
}

/// A code's PLOVER cells: event type, mode, context (the last two may be empty).
#[derive(Clone, Debug, PartialEq)]
struct Plover {
    kind: String,
    mode: String,
    context: String,
}

/// What `cameo2plover-2021.txt` says.
struct PloverTable {
    /// The mapping lines, `0311: AGREE,  ,   economic # comment`, by CAMEO code.
    codes: HashMap<String, Plover>,
    /// The section headings, `03: AGREE`, by root, in file order (root 08 has two).
    headings: BTreeMap<String, Vec<String>>,
}

/// Parses `cameo2plover-2021.txt` (openeventdata/PLOVER). Its lines, all of which occur in the
/// 2021 file:
///
/// * `# ...` header comments and blank lines: skipped.
/// * `CODE: TYPE, mode, context # comment`: a mapping; the comment (which may itself contain a
///   colon) is dropped, each cell is trimmed (`access `, ` suicide-attack`), mode and context may
///   be blank.
/// * `NN: TYPE`: a section heading for a root. Sections follow PLOVER types, not CAMEO roots: root
///   08 is split over two headings (CONCEDE for 080-083, RETREAT for 084-087), and some
///   mappings sit under another root's heading (175 and 201 under 18, 191 and 192 under 17).
/// * a mapping repeated verbatim (175, with two wordings of its comment): kept once; a repeat
///   that disagrees fails.
/// * `~~~~~`: the end of the table.
///
/// Anything else fails the test, so a new irregularity in the source is noticed, not guessed at.
fn read_plover(path: &str) -> PloverTable {
    let text = read_lossy(path);
    let mut table = PloverTable {
        codes: HashMap::new(),
        headings: BTreeMap::new(),
    };
    let mut ended = false;
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let content = raw.split_once('#').map_or(raw, |(before, _)| before).trim();
        if content.is_empty() {
            continue;
        }
        assert!(
            !ended,
            "cameo2plover line {line}: content after the end marker: {raw:?}"
        );
        if content.bytes().all(|b| b == b'~') {
            ended = true;
            continue;
        }
        let (code, rest) = content
            .split_once(':')
            .unwrap_or_else(|| panic!("cameo2plover line {line}: no `code:` in {raw:?}"));
        let code = code.trim();
        assert!(
            (2..=4).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_digit()),
            "cameo2plover line {line}: {code:?} is not a CAMEO code"
        );
        let cells: Vec<&str> = rest.split(',').map(str::trim).collect();
        let kind = cells[0];
        assert!(
            !kind.is_empty() && kind.bytes().all(|b| b.is_ascii_uppercase()),
            "cameo2plover line {line}: {kind:?} is not a PLOVER event type"
        );
        match cells.len() {
            1 => {
                assert_eq!(
                    code.len(),
                    2,
                    "cameo2plover line {line}: a type alone belongs to a root heading"
                );
                table
                    .headings
                    .entry(code.to_string())
                    .or_default()
                    .push(kind.to_string());
            }
            3 => {
                let plover = Plover {
                    kind: kind.to_string(),
                    mode: cells[1].to_string(),
                    context: cells[2].to_string(),
                };
                if let Some(previous) = table.codes.insert(code.to_string(), plover.clone()) {
                    assert_eq!(
                        previous, plover,
                        "cameo2plover line {line}: {code} is mapped twice, differently"
                    );
                }
            }
            n => panic!("cameo2plover line {line}: {n} cells, expected 1 or 3: {raw:?}"),
        }
    }
    assert!(ended, "cameo2plover: no `~~~~~` end marker");
    table
}

/// The CAMEO codes the PLOVER table maps that the CAMEO codebook lacks: 1214 ("reject intelligence
/// cooperation") exists in PLOVER only. They are left out of the table.
const PLOVER_ONLY: &[&str] = &["1214"];

/// The embedded table, derived from the two reference files; `None` when they are absent (`test`
/// names the caller in the message).
fn derive_table(test: &str) -> Option<Vec<u8>> {
    let cameo_path = shared("cameo-codes.csv", test)?;
    let plover_path = format!("{SHARED}cameo2plover-2021.txt");
    let mut cameo = read_cameo_codes(&cameo_path);
    let plover = read_plover(&plover_path);

    // Code order is the string order ("01" < "010" < "0211" < "022"), which is also the order of
    // the hierarchy.
    cameo.sort_by(|a, b| a.code.cmp(&b.code));
    for pair in cameo.windows(2) {
        assert_ne!(pair[0].code, pair[1].code, "cameo-codes.csv repeats a code");
    }
    let known: HashMap<&str, &CameoRow> = cameo.iter().map(|r| (r.code.as_str(), r)).collect();
    let mut orphans: Vec<&str> = plover
        .codes
        .keys()
        .map(String::as_str)
        .filter(|c| !known.contains_key(c))
        .collect();
    orphans.sort_unstable();
    assert_eq!(
        orphans, PLOVER_ONLY,
        "PLOVER maps codes the CAMEO codebook lacks"
    );

    // A root's row takes its first heading. Only root 08 has two, and the first (CONCEDE) is what
    // its residual code 080 "Yield" maps to; every root's first heading must agree with its NN0
    // code, or the rule needs revisiting.
    let mut root_type = HashMap::new();
    for (root, kinds) in &plover.headings {
        assert!(
            known.contains_key(root.as_str()),
            "heading for unknown root {root}"
        );
        let first = &kinds[0];
        if let Some(residual) = plover.codes.get(&format!("{root}0")) {
            assert_eq!(
                &residual.kind, first,
                "root {root}: first heading {first} differs from {root}0's type"
            );
        }
        root_type.insert(root.as_str(), first.as_str());
    }

    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(HEADER).unwrap();
    for row in &cameo {
        let quad = QuadClass::of_root(row.root.parse().unwrap()).expect("root 01 to 20");
        let (kind, mode, context) = if row.code.len() == 2 {
            (
                root_type.get(row.code.as_str()).copied().unwrap_or(""),
                "",
                "",
            )
        } else {
            plover.codes.get(&row.code).map_or(("", "", ""), |p| {
                (p.kind.as_str(), p.mode.as_str(), p.context.as_str())
            })
        };
        writer
            .write_record([
                row.code.as_str(),
                row.name.as_str(),
                row.root.as_str(),
                &row.goldstein.to_string(),
                &quad.number().to_string(),
                kind,
                mode,
                context,
            ])
            .unwrap();
    }
    Some(writer.into_inner().unwrap())
}

#[test]
fn embedded_table_is_derived_from_the_reference_data() {
    let Some(derived) = derive_table("embedded_table_is_derived_from_the_reference_data") else {
        return;
    };
    if std::env::var("CASUS_REGENERATE").as_deref() == Ok("1") {
        std::fs::write(EMBEDDED, &derived).unwrap_or_else(|e| panic!("{EMBEDDED}: {e}"));
        say(&format!("regenerated {EMBEDDED}; rebuild to embed it"));
        return;
    }
    let embedded = std::fs::read(EMBEDDED).unwrap_or_else(|e| panic!("{EMBEDDED}: {e}"));
    if embedded != derived {
        let (old, new) = (
            String::from_utf8_lossy(&embedded),
            String::from_utf8_lossy(&derived),
        );
        let differences: Vec<String> = old
            .lines()
            .zip(new.lines())
            .enumerate()
            .filter(|(_, (a, b))| a != b)
            .take(10)
            .map(|(i, (a, b))| format!("  line {}:\n    embedded {a}\n    derived  {b}", i + 1))
            .collect();
        panic!(
            "src/model/data/cameo.csv differs from its derivation ({} lines embedded, {} derived)\n\
             {}\nrun `CASUS_REGENERATE=1 cargo test --test codebook` to rewrite it",
            old.lines().count(),
            new.lines().count(),
            differences.join("\n")
        );
    }
}

#[test]
fn derivation_counts() {
    let Some(derived) = derive_table("derivation_counts") else {
        return;
    };
    let mut reader = csv::Reader::from_reader(derived.as_slice());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 312);
    assert_eq!(rows.iter().filter(|r| r[0].len() == 2).count(), 20);
    // Roots 01 and 02 (statements, appeals) have no PLOVER type in the 2021 table; every other
    // code does.
    let unmapped: Vec<&str> = rows
        .iter()
        .filter(|r| r[5].is_empty())
        .map(|r| &r[0])
        .collect();
    assert_eq!(unmapped.len(), 39);
    assert!(
        unmapped
            .iter()
            .all(|c| c.starts_with("01") || c.starts_with("02"))
    );
    let eight = rows.iter().find(|r| &r[0] == "08").unwrap();
    assert_eq!(&eight[5], "CONCEDE");
}

/// Where GDELT's Goldstein lookup (`CAMEO.goldsteinscale.txt` on gdeltproject.org) differs from
/// the andybega/icews codebook this table follows: code, this table's score, GDELT's score. GDELT
/// also has no 1213. ICEWS's own events agree with this table (see the ICEWS test below).
const GDELT_GOLDSTEIN: &[(&str, f64, f64)] = &[
    ("016", -5.0, -2.0),
    ("022", 3.4, 3.2),
    ("164", -6.5, -7.0),
    ("165", -7.0, -6.5),
];

/// GDELT 2.0 event columns (0-based), per the GDELT 2.0 event codebook: GLOBALEVENTID, SQLDATE,
/// MonthYear, Year, FractionDate, ten Actor1 and ten Actor2 fields, IsRootEvent, then these.
const EVENT_CODE: usize = 26;
const EVENT_BASE_CODE: usize = 27;
const EVENT_ROOT_CODE: usize = 28;
const QUAD_CLASS: usize = 29;
const GOLDSTEIN_SCALE: usize = 30;

#[test]
fn gdelt_quad_classes_and_goldstein_scores_agree() {
    let Some(path) = shared(
        "gdelt2-20150218230000.export.tsv",
        "gdelt_quad_classes_and_goldstein_scores_agree",
    ) else {
        return;
    };
    let codebook = Codebook::get();
    let text = read_lossy(&path);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .has_headers(false)
        .quoting(false)
        .from_reader(text.as_bytes());
    let (mut rows, mut same, mut documented) = (0, 0, BTreeMap::<&str, usize>::new());
    let mut mismatches = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 1;
        let record = record.unwrap_or_else(|e| panic!("gdelt line {line}: {e}"));
        assert_eq!(record.len(), 61, "gdelt line {line}: columns");
        rows += 1;
        let (code, base, root) = (
            &record[EVENT_CODE],
            &record[EVENT_BASE_CODE],
            &record[EVENT_ROOT_CODE],
        );
        let event = codebook
            .code(code)
            .unwrap_or_else(|| panic!("gdelt line {line}: unknown EventCode {code}"));
        assert_eq!(
            event.root, root,
            "gdelt line {line}: EventRootCode of {code}"
        );
        assert_eq!(
            &code[..code.len().min(3)],
            base,
            "gdelt line {line}: EventBaseCode"
        );
        let root_type = codebook
            .code(root)
            .unwrap_or_else(|| panic!("gdelt line {line}: unknown EventRootCode {root}"));
        let quad: u8 = record[QUAD_CLASS].parse().unwrap();
        assert_eq!(
            root_type.quad_class.number(),
            quad,
            "gdelt line {line}: QuadClass of root {root}"
        );
        let score: f64 = record[GOLDSTEIN_SCALE].parse().unwrap();
        if event.goldstein == score {
            same += 1;
        } else if let Some(&(c, ours, theirs)) = GDELT_GOLDSTEIN.iter().find(|d| d.0 == code) {
            assert_eq!(
                (event.goldstein, score),
                (ours, theirs),
                "gdelt line {line}"
            );
            *documented.entry(c).or_default() += 1;
        } else {
            mismatches.push(format!(
                "line {line}: {code} codebook {} GDELT {score}",
                event.goldstein
            ));
        }
    }
    eprintln!(
        "gdelt: {rows} rows; quad class agrees on all; Goldstein agrees on {same}, differs as \
         documented on {documented:?}"
    );
    assert!(
        mismatches.is_empty(),
        "undocumented Goldstein differences:\n{}",
        mismatches.join("\n")
    );
    assert_eq!(rows, 2271);
    assert_eq!(same, 2264);
    assert_eq!(
        documented.into_iter().collect::<Vec<_>>(),
        [("016", 3), ("022", 2), ("164", 2)]
    );
}

#[test]
fn icews_intensities_agree() {
    let Some(path) = shared("icews-2018-06-sample.tab", "icews_intensities_agree") else {
        return;
    };
    let codebook = Codebook::get();
    let text = read_lossy(&path);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .quoting(false)
        .from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (code_col, intensity_col) = (column("CAMEO Code"), column("Intensity"));
    let mut rows = 0;
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        let record = record.unwrap_or_else(|e| panic!("icews line {line}: {e}"));
        let code = &record[code_col];
        let event = codebook
            .code(code)
            .unwrap_or_else(|| panic!("icews line {line}: unknown CAMEO code {code}"));
        let intensity: f64 = record[intensity_col].parse().unwrap();
        assert_eq!(event.goldstein, intensity, "icews line {line}: code {code}");
        rows += 1;
    }
    eprintln!("icews: {rows} rows; Goldstein agrees on all");
    assert_eq!(rows, 3705);
}
