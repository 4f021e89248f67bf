//! The dataset benchmark's two Rust helpers (`benches/datasets.sh` runs the whole comparison and
//! docs/performance.md records it):
//!
//! - `cargo bench --bench datasets -- gen N OUT`: scales the real GDELT sample
//!   (`../shared/data/gdelt2-20150218230000.export.tsv`, or `--sample PATH`) to N rows. Row k is
//!   sample row k mod 2271 with a new GLOBALEVENTID, its SQLDATE and DATEADDED moved by
//!   k * 730 / N days (so the dates spread over two years whatever N), its actor codes rotated
//!   through the sample's own codes by its cycle k div 2271 (so dyads vary), and its SOURCEURL
//!   made unique per cycle.
//! - `cargo bench --bench datasets -- parse FILE`: the floor casus is measured against: the
//!   csv crate merely splitting the file into records (tab-separated, no quoting), one reused
//!   record, nothing else.
//!
//! Without arguments (plain `cargo bench`) it generates 100,000 rows into a temporary folder
//! and times the parse-only floor on them.

use std::collections::BTreeSet;
use std::io::{BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::{Duration, NaiveDate};

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/data/gdelt2-20150218230000.export.tsv"
);

/// Writes `n` rows scaled from the sample rows to `out`.
fn generate(sample: &Path, n: u64, out: &Path) -> std::io::Result<()> {
    let text = std::fs::read_to_string(sample)?;
    let rows: Vec<Vec<&str>> = text
        .lines()
        .filter(|l| !l.is_empty())
        .map(|l| l.split('\t').collect())
        .collect();
    assert!(!rows.is_empty(), "the sample has no rows");
    let codes: Vec<&str> = rows
        .iter()
        .flat_map(|r| [r[5], r[15]])
        .filter(|c| !c.is_empty())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let index = |c: &str| codes.binary_search(&c).ok();
    let mut w = BufWriter::with_capacity(1 << 20, std::fs::File::create(out)?);
    let day = |s: &str, shift: i64| -> Option<String> {
        let d = NaiveDate::parse_from_str(s.get(..8)?, "%Y%m%d").ok()? + Duration::days(shift);
        Some(format!(
            "{}{}",
            d.format("%Y%m%d"),
            s.get(8..).unwrap_or("")
        ))
    };
    let mut fields: Vec<String> = Vec::with_capacity(61);
    for k in 0..n {
        let row = &rows[(k % rows.len() as u64) as usize];
        let cycle = k / rows.len() as u64;
        let shift = (k * 730 / n) as i64;
        fields.clear();
        fields.extend(row.iter().map(|f| f.to_string()));
        fields[0] = (900_000_000 + k).to_string();
        if let Some(d) = day(row[1], shift) {
            fields[2] = d[..6].to_string();
            fields[3] = d[..4].to_string();
            fields[1] = d;
        }
        if let Some(d) = day(row[59], shift) {
            fields[59] = d;
        }
        for i in [5, 15] {
            if let Some(j) = index(row[i]) {
                let c = codes[(j + cycle as usize * 7) % codes.len()];
                fields[i] = c.to_string();
            }
        }
        if cycle > 0 && !row[60].is_empty() {
            fields[60] = format!("{}#c{cycle}", row[60]);
        }
        w.write_all(fields.join("\t").as_bytes())?;
        w.write_all(b"\n")?;
    }
    w.flush()
}

/// Splits the file into records with the csv crate and nothing else; returns (rows, fields).
fn parse(path: &Path) -> std::io::Result<(u64, u64)> {
    let file = std::fs::File::open(path)?;
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .has_headers(false)
        .quoting(false)
        .flexible(true)
        .from_reader(BufReader::with_capacity(1 << 16, file));
    let mut record = csv::ByteRecord::new();
    let (mut rows, mut fields) = (0u64, 0u64);
    while reader.read_byte_record(&mut record)? {
        rows += 1;
        fields += record.len() as u64;
    }
    Ok((rows, fields))
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let mut sample = PathBuf::from(SAMPLE);
    let mut rest = Vec::new();
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        if a == "--sample" {
            sample = PathBuf::from(it.next().expect("--sample PATH"));
        } else {
            rest.push(a);
        }
    }
    match rest.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["gen", n, out] => {
            let n: u64 = n
                .replace('_', "")
                .parse()
                .expect("gen N OUT: N is a number");
            let t = Instant::now();
            generate(&sample, n, Path::new(out)).expect("generate");
            eprintln!(
                "wrote {n} rows to {out} in {:.2} s",
                t.elapsed().as_secs_f64()
            );
        }
        ["parse", file] => {
            let t = Instant::now();
            let (rows, fields) = parse(Path::new(file)).expect("parse");
            println!(
                "csv parse only: {rows} rows, {fields} fields in {:.3} s",
                t.elapsed().as_secs_f64()
            );
        }
        [] => {
            if !sample.exists() {
                eprintln!("skipped: {} is not here", sample.display());
                return;
            }
            let dir = std::env::temp_dir().join(format!("casus-bench-{}", std::process::id()));
            std::fs::create_dir_all(&dir).expect("temp dir");
            let file = dir.join("gdelt-100k.tsv");
            generate(&sample, 100_000, &file).expect("generate");
            let t = Instant::now();
            let (rows, _) = parse(&file).expect("parse");
            let secs = t.elapsed().as_secs_f64();
            let mb = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0) as f64 / 1e6;
            println!(
                "csv parse only: {rows} rows ({mb:.1} MB) in {secs:.3} s, {:.0} MB/s; \
                 benches/datasets.sh compares casus and the pandas pipeline",
                mb / secs
            );
            let _ = std::fs::remove_dir_all(&dir);
        }
        _ => {
            eprintln!("usage: cargo bench --bench datasets -- gen N OUT [--sample PATH]");
            eprintln!("       cargo bench --bench datasets -- parse FILE");
            std::process::exit(2);
        }
    }
}
