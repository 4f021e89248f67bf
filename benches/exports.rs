//! Benchmark: the time to write every export format for 1,000,000 synthetic events over 300
//! actors (the report at 100,000 events; see docs/performance.md for why). Run with
//! `cargo bench --bench exports`; `CASUS_BENCH_EVENTS=N` changes the number of events (the
//! report gets a tenth of them); `CASUS_BENCH_FORMATS=timeline,parquet` writes only those
//! formats (by their `--format` names). Each format is written three times into a byte-counting sink
//! behind a 64 KiB buffer, as `casus build` writes files (Parquet, a folder of partitions, into
//! a temporary folder on disk, its files' bytes counted); the table gives the best and the
//! median time.

use std::io::{self, BufWriter, Write};
use std::sync::Arc;
use std::time::{Duration, Instant};

use casus::export::{self, ExportOptions, Format};
use casus::graph::{ActorGraph, Filter};
use casus::model::{
    Actor, ActorKind, ActorRegistry, Codebook, DateSpan, Event, Origin, Provenance,
};
use chrono::{Days, NaiveDate};

const ACTORS: usize = 300;
const RUNS: usize = 3;

/// A small deterministic generator (xorshift64*), so every run benches the same events.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn registry() -> ActorRegistry {
    let kinds = [
        ActorKind::State,
        ActorKind::Government,
        ActorKind::Military,
        ActorKind::Organisation,
        ActorKind::ArmedGroup,
    ];
    let mut r = ActorRegistry::new();
    for i in 0..ACTORS {
        let mut a = Actor::new(
            &format!("actor-{i:03}"),
            &format!("Actor {i:03}"),
            kinds[i % kinds.len()],
        );
        a.code = format!("A{i:03}");
        a.country = Some(format!("C{:02}", i % 97));
        r.insert(a);
    }
    r
}

/// `n` events over 20 years: 70% days, 10% months, 5% years, 10% ranges of up to a month,
/// 3% open-ended, 2% approximate years; 10% without a target.
fn events(n: usize) -> Vec<Event> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let codes: Vec<&str> = Codebook::get().iter().map(|t| t.code.as_str()).collect();
    let ids: Vec<Arc<str>> = (0..ACTORS)
        .map(|i| Arc::from(format!("actor-{i:03}").as_str()))
        .collect();
    let base = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap();
    (0..n)
        .map(|i| {
            let day = base + Days::new(rng.below(7300) as u64);
            let roll = rng.below(100);
            let text = match roll {
                0..70 => day.to_string(),
                70..80 => day.format("%Y-%m").to_string(),
                80..85 => day.format("%Y").to_string(),
                85..95 => format!("{day}/{}", day + Days::new(1 + rng.below(30) as u64)),
                95..98 => format!("{day}/.."),
                _ => day.format("%Y~").to_string(),
            };
            let source = rng.below(ACTORS);
            let target = (rng.below(10) != 0).then(|| ids[rng.below(ACTORS)].clone());
            Event {
                id: format!("ev-{i:07}").into(),
                date: DateSpan::parse(&text).unwrap(),
                source: Some(ids[source].clone()),
                target,
                event_type: Codebook::get().code(codes[rng.below(codes.len())]).unwrap(),
                summary: format!(
                    "Synthetic event {i}: actor {source} acts, as reported by two outlets & \
                     one agency."
                ),
                location: (i % 3 == 0).then(|| "Somewhere".into()),
                origin: Origin::Curated,
                provenance: vec![Provenance {
                    outlet: Some("The Daily Bench".into()),
                    title: Some(format!("Report number {i}").into()),
                    published: Some(day),
                    url: Some(format!("https://example.org/news/{i}").into()),
                    file: Some("bench/events.csv".into()),
                    line: Some(i as u64 + 2),
                    quote: Some("A short quotation of the source.".into()),
                }],
            }
        })
        .collect()
}

/// A writer that only counts bytes.
struct Count(u64);

impl Write for Count {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0 += buf.len() as u64;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Writes every exporter of `format` once; the time and the bytes written.
fn write_once(
    format: Format,
    graph: &ActorGraph,
    registry: &ActorRegistry,
) -> (Duration, u64, Vec<&'static str>) {
    let exporters = export::exporters(&[format], &ExportOptions::default());
    let start = Instant::now();
    let mut bytes = 0;
    let mut names = Vec::new();
    for e in &exporters {
        if format == Format::Parquet {
            // The folder of partitions, into a temporary folder: the bytes are the files'.
            let dir = std::env::temp_dir().join(format!("casus-bench-{}", std::process::id()));
            let path = dir.join(e.file_name());
            e.write_to(graph, registry, &path).expect("write");
            bytes += folder_size(&path);
            names.push("events.parquet/ (partitioned, on disk)");
            std::fs::remove_dir_all(&dir).expect("remove the bench folder");
            continue;
        }
        let mut out = BufWriter::with_capacity(1 << 16, Count(0));
        e.write(graph, registry, &mut out).expect("write");
        out.flush().expect("flush");
        bytes += out.get_ref().0;
        names.push(e.file_name());
    }
    (start.elapsed(), bytes, names)
}

/// The bytes of the files under `dir`.
fn folder_size(dir: &std::path::Path) -> u64 {
    std::fs::read_dir(dir)
        .expect("read the folder")
        .map(|e| {
            let e = e.expect("an entry");
            if e.file_type().expect("its type").is_dir() {
                folder_size(&e.path())
            } else {
                e.metadata().expect("its size").len()
            }
        })
        .sum()
}

fn main() {
    let n: usize = std::env::var("CASUS_BENCH_EVENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let registry = registry();
    let t = Instant::now();
    let big = ActorGraph::build(events(n), &Filter::default());
    eprintln!("built {n} events in {:.2} s", t.elapsed().as_secs_f64());
    let small = ActorGraph::build(events(n / 10), &Filter::default());

    println!("| format | file(s) | events | MB written | best (s) | median (s) | MB/s (best) |");
    println!("|---|---|---:|---:|---:|---:|---:|");
    // Only the formats named in CASUS_BENCH_FORMATS, when it is set.
    let only: Option<Vec<String>> = std::env::var("CASUS_BENCH_FORMATS")
        .ok()
        .map(|v| v.split(',').map(|f| f.trim().to_string()).collect());
    let formats = Format::EVERY
        .into_iter()
        .chain([Format::Parquet])
        .filter(|f| {
            only.as_ref()
                .is_none_or(|o| o.iter().any(|n| n == format_name(*f)))
        });
    for format in formats {
        let graph = if format == Format::Report {
            &small
        } else {
            &big
        };
        let mut times = Vec::with_capacity(RUNS);
        let mut bytes = 0;
        let mut names = Vec::new();
        for _ in 0..RUNS {
            let (time, b, n) = write_once(format, graph, &registry);
            times.push(time.as_secs_f64());
            bytes = b;
            names = n;
        }
        times.sort_by(f64::total_cmp);
        let mb = bytes as f64 / 1e6;
        println!(
            "| {} | {} | {} | {mb:.0} | {:.2} | {:.2} | {:.0} |",
            format_name(format),
            names.join(", "),
            graph.events().len(),
            times[0],
            times[RUNS / 2],
            mb / times[0]
        );
    }
}

fn format_name(format: Format) -> &'static str {
    match format {
        Format::Timeline => "timeline",
        Format::Dot => "dot",
        Format::Gexf => "gexf",
        Format::Timelinejs => "timelinejs",
        Format::VisTimeline => "vis-timeline",
        Format::Graphml => "graphml",
        Format::Jsonl => "jsonl",
        Format::Dyads => "dyads",
        Format::Report => "report",
        Format::Parquet => "parquet",
        Format::All => "all",
    }
}
