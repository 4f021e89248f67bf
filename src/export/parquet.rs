//! Parquet (`events.parquet/`): the event table, the timeline's columns with typed values
//! (dates as DATE, Goldstein as DOUBLE, provenance as a list of structs), in a folder of
//! Parquet files partitioned hive-style by the year and month of each event's first day
//! (`year=2020/month=09/part-0.parquet`), Snappy-compressed, with column statistics for
//! predicate pushdown; written with the Arrow project's `parquet` crate.

use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use arrow_array::builder::StringBuilder;
use arrow_array::{
    ArrayRef, Date32Array, Float64Array, Int32Array, Int64Array, ListArray, RecordBatch,
    StructArray,
};
use arrow_buffer::OffsetBuffer;
use arrow_schema::{DataType, Field, Fields, Schema, SchemaRef};
use chrono::{Datelike, NaiveDate};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::{EnabledStatistics, WriterProperties};
use parquet::schema::types::ColumnPath;

use crate::graph::ActorGraph;
use crate::model::{ActorId, ActorRegistry, Event};

/// The folder `casus build --format parquet` writes in the output folder.
pub const FOLDER: &str = "events.parquet";

/// The partition value of an event without a first day (an open or unknown start), as Hive,
/// Spark and pyarrow write a null partition value.
pub const NULL_PARTITION: &str = "__HIVE_DEFAULT_PARTITION__";

/// Rows per record batch handed to the writer.
const BATCH: usize = 65_536;

/// Rows per row group: each has its own statistics, so a filter on `start` or `event_code`
/// skips whole groups of a big partition.
pub const ROW_GROUP: usize = 131_072;

/// The columns of a provenance record.
fn provenance_fields() -> Fields {
    Fields::from(vec![
        Field::new("outlet", DataType::Utf8, true),
        Field::new("title", DataType::Utf8, true),
        Field::new("published", DataType::Date32, true),
        Field::new("url", DataType::Utf8, true),
        Field::new("file", DataType::Utf8, true),
        Field::new("line", DataType::Int64, true),
        Field::new("quote", DataType::Utf8, true),
    ])
}

/// The item field of the `provenance` list.
fn provenance_item() -> Arc<Field> {
    Arc::new(Field::new(
        "item",
        DataType::Struct(provenance_fields()),
        false,
    ))
}

/// The schema of every file: `timeline.csv`'s columns but `evidence` (the quotes are in
/// `provenance`), typed.
pub fn schema() -> SchemaRef {
    let text = |name: &str, nullable: bool| Field::new(name, DataType::Utf8, nullable);
    Arc::new(Schema::new(vec![
        text("id", false),
        text("date", false),
        Field::new("start", DataType::Date32, true),
        Field::new("end", DataType::Date32, true),
        text("precision", false),
        text("source", true),
        text("source_code", true),
        text("event_code", false),
        text("event", false),
        text("target", true),
        text("target_code", true),
        Field::new("goldstein", DataType::Float64, false),
        Field::new("quad_class", DataType::Int32, false),
        text("summary", false),
        text("location", true),
        text("origin", false),
        Field::new("provenance", DataType::List(provenance_item()), false),
    ]))
}

/// The columns (Parquet paths) whose values are nearly all distinct: an event's id, its
/// summary, its sources' URLs and quotes. A dictionary would hold every value once more, and the
/// writer would spend its time filling one only to fall back to plain pages.
const DISTINCT: [&[&str]; 4] = [
    &["id"],
    &["summary"],
    &["provenance", "list", "item", "url"],
    &["provenance", "list", "item", "quote"],
];

/// The writer's settings: Snappy, statistics per page and column chunk, [`ROW_GROUP`] rows per
/// group, dictionaries for every column but the [`DISTINCT`] ones; nothing that varies between
/// runs, so the same events give the same bytes.
fn properties() -> WriterProperties {
    DISTINCT
        .iter()
        .fold(WriterProperties::builder(), |b, path| {
            let path = ColumnPath::new(path.iter().map(|p| p.to_string()).collect());
            b.set_column_dictionary_enabled(path, false)
        })
        .set_compression(Compression::SNAPPY)
        .set_statistics_enabled(EnabledStatistics::Page)
        .set_max_row_group_row_count(Some(ROW_GROUP))
        .build()
}

/// A string column of `values`, its buffers allocated once at their final size.
fn text_array<'a>(values: impl Iterator<Item = Option<&'a str>> + Clone) -> ArrayRef {
    let (items, bytes) = values
        .clone()
        .fold((0, 0), |(n, b), v| (n + 1, b + v.map_or(0, str::len)));
    let mut builder = StringBuilder::with_capacity(items, bytes);
    for v in values {
        builder.append_option(v);
    }
    Arc::new(builder.finish())
}

/// Days since 1970-01-01, Arrow's DATE.
fn date32(d: NaiveDate) -> i32 {
    const EPOCH: i32 = 719_163; // 1970-01-01 in days from 0001-01-01 (CE day 1).
    d.num_days_from_ce() - EPOCH
}

/// The partition of an event: the year and month of its first day.
pub fn partition_of(event: &Event) -> Option<(i32, u32)> {
    event.date.start().map(|d| (d.year(), d.month()))
}

/// The folder of a partition, relative to [`FOLDER`]: `year=2020/month=09`.
pub fn partition_dir(partition: Option<(i32, u32)>) -> PathBuf {
    match partition {
        Some((y, m)) => PathBuf::from(format!("year={y}")).join(format!("month={m:02}")),
        None => {
            PathBuf::from(format!("year={NULL_PARTITION}")).join(format!("month={NULL_PARTITION}"))
        }
    }
}

/// An actor's name and code (the id as name, no code, for an actor the registry lacks).
fn actor<'r>(
    registry: &'r ActorRegistry,
    id: &'r Option<ActorId>,
) -> (Option<&'r str>, Option<&'r str>) {
    match id {
        None => (None, None),
        Some(id) => match registry.get(id) {
            Some(a) => (
                Some(a.name.as_str()),
                (!a.code.is_empty()).then_some(a.code.as_str()),
            ),
            None => (Some(&**id), None),
        },
    }
}

/// One record batch of `events`.
fn batch(events: &[&Event], registry: &ActorRegistry) -> io::Result<RecordBatch> {
    let strings = |f: &dyn Fn(&Event) -> Option<&str>| -> ArrayRef {
        text_array(events.iter().map(|e| f(e)))
    };
    // EDTF dates written straight into the column (a date is at most a few tens of bytes).
    let mut dates = StringBuilder::with_capacity(events.len(), events.len() * 12);
    for e in events {
        write!(dates, "{}", e.date).map_err(io::Error::other)?;
        dates.append_value("");
    }
    let sources: Vec<_> = events.iter().map(|e| actor(registry, &e.source)).collect();
    let targets: Vec<_> = events.iter().map(|e| actor(registry, &e.target)).collect();
    let day = |d: Option<NaiveDate>| d.map(date32);
    // Provenance: one struct per source, the list offsets saying whose.
    let records: Vec<&crate::model::Provenance> =
        events.iter().flat_map(|e| e.provenance.iter()).collect();
    let mut offsets = Vec::with_capacity(events.len() + 1);
    offsets.push(0i32);
    let mut total = 0usize;
    for e in events {
        total += e.provenance.len();
        offsets.push(
            i32::try_from(total)
                .map_err(|_| io::Error::other("too many provenance records for one batch"))?,
        );
    }
    let record_text = |f: &dyn Fn(&crate::model::Provenance) -> Option<&str>| -> ArrayRef {
        text_array(records.iter().map(|p| f(p)))
    };
    let provenance = StructArray::try_new(
        provenance_fields(),
        vec![
            record_text(&|p| p.outlet.as_deref()),
            record_text(&|p| p.title.as_deref()),
            Arc::new(
                records
                    .iter()
                    .map(|p| day(p.published))
                    .collect::<Date32Array>(),
            ),
            record_text(&|p| p.url.as_deref()),
            record_text(&|p| p.file.as_deref()),
            Arc::new(
                records
                    .iter()
                    .map(|p| p.line.map(|l| i64::try_from(l).unwrap_or(i64::MAX)))
                    .collect::<Int64Array>(),
            ),
            record_text(&|p| p.quote.as_deref()),
        ],
        None,
    )
    .map_err(io::Error::other)?;
    let provenance = ListArray::try_new(
        provenance_item(),
        OffsetBuffer::new(offsets.into()),
        Arc::new(provenance),
        None,
    )
    .map_err(io::Error::other)?;
    let columns: Vec<ArrayRef> = vec![
        strings(&|e| Some(e.id.as_str())),
        Arc::new(dates.finish()),
        Arc::new(
            events
                .iter()
                .map(|e| day(e.date.start()))
                .collect::<Date32Array>(),
        ),
        Arc::new(
            events
                .iter()
                .map(|e| day(e.date.end()))
                .collect::<Date32Array>(),
        ),
        strings(&|e| Some(e.date.precision().as_str())),
        text_array(sources.iter().map(|s| s.0)),
        text_array(sources.iter().map(|s| s.1)),
        strings(&|e| Some(e.event_type.code.as_str())),
        strings(&|e| Some(e.event_type.name.as_str())),
        text_array(targets.iter().map(|t| t.0)),
        text_array(targets.iter().map(|t| t.1)),
        Arc::new(
            events
                .iter()
                .map(|e| Some(e.event_type.goldstein))
                .collect::<Float64Array>(),
        ),
        Arc::new(
            events
                .iter()
                .map(|e| Some(i32::from(e.event_type.quad_class.number())))
                .collect::<Int32Array>(),
        ),
        strings(&|e| Some(e.summary.as_str())),
        strings(&|e| e.location.as_deref()),
        strings(&|e| Some(e.origin.as_str())),
        Arc::new(provenance),
    ];
    RecordBatch::try_new(schema(), columns).map_err(io::Error::other)
}

/// Writes `events`, in the order given, as one Parquet file.
pub fn write_file<W: Write + Send>(
    events: &[&Event],
    registry: &ActorRegistry,
    out: W,
) -> io::Result<()> {
    let mut writer =
        ArrowWriter::try_new(out, schema(), Some(properties())).map_err(io::Error::other)?;
    for chunk in events.chunks(BATCH) {
        writer
            .write(&batch(chunk, registry)?)
            .map_err(io::Error::other)?;
    }
    writer.close().map_err(io::Error::other)?;
    Ok(())
}

/// Writes the graph's events as one Parquet file, unpartitioned (what `casus build` writes in
/// each partition's file, for all events).
pub fn write_parquet(
    graph: &ActorGraph,
    registry: &ActorRegistry,
    out: &mut dyn Write,
) -> io::Result<()> {
    let events: Vec<&Event> = graph.events().iter().collect();
    // The writer wants an output it can own across threads; the file is built in memory.
    let mut bytes = Vec::new();
    write_file(&events, registry, &mut bytes)?;
    out.write_all(&bytes)
}

/// Removes what an earlier run wrote in `dir` (`year=*/month=*/part-*.parquet` and the folders
/// they leave empty), so that no old partition is read with the new ones; anything else is left
/// where it is, and a partition folder holding anything else is an error naming it.
fn clear(dir: &Path) -> io::Result<()> {
    let Ok(years) = std::fs::read_dir(dir) else {
        return Ok(());
    };
    let ours = |name: &str, prefix: &str| name.starts_with(prefix);
    for year in years {
        let year = year?;
        let name = year.file_name().to_string_lossy().into_owned();
        if !ours(&name, "year=") || !year.file_type()?.is_dir() {
            continue;
        }
        for month in std::fs::read_dir(year.path())? {
            let month = month?;
            let m = month.file_name().to_string_lossy().into_owned();
            if !ours(&m, "month=") || !month.file_type()?.is_dir() {
                continue;
            }
            for part in std::fs::read_dir(month.path())? {
                let part = part?;
                let p = part.file_name().to_string_lossy().into_owned();
                if ours(&p, "part-") && p.ends_with(".parquet") {
                    std::fs::remove_file(part.path())?;
                }
            }
            std::fs::remove_dir(month.path()).map_err(|e| {
                io::Error::other(format!(
                    "{} holds files casus did not write: {e}",
                    month.path().display()
                ))
            })?;
        }
        std::fs::remove_dir(year.path()).map_err(|e| {
            io::Error::other(format!(
                "{} holds files casus did not write: {e}",
                year.path().display()
            ))
        })?;
    }
    Ok(())
}

/// Writes the graph's events into the folder `dir`: one file per year and month of the first
/// day, rows in timeline order, the partitions written side by side (as many as there are
/// cores). Returns the files written, in partition order.
pub fn write_partitioned(
    graph: &ActorGraph,
    registry: &ActorRegistry,
    dir: &Path,
) -> io::Result<Vec<PathBuf>> {
    clear(dir)?;
    std::fs::create_dir_all(dir)?;
    let mut parts: std::collections::BTreeMap<Option<(i32, u32)>, Vec<&Event>> =
        std::collections::BTreeMap::new();
    for e in graph.events() {
        parts.entry(partition_of(e)).or_default().push(e);
    }
    let parts: Vec<(PathBuf, Vec<&Event>)> = parts
        .into_iter()
        .map(|(key, events)| (dir.join(partition_dir(key)).join("part-0.parquet"), events))
        .collect();
    let write = |(path, events): &(PathBuf, Vec<&Event>)| -> io::Result<()> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let file = std::fs::File::create(path)?;
        let mut out = io::BufWriter::with_capacity(1 << 16, file);
        write_file(events, registry, &mut out)?;
        out.flush()
    };
    let threads = crate::threads().clamp(1, parts.len().max(1));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let failed = std::sync::Mutex::new(Vec::new());
    let work = || {
        loop {
            let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some(part) = parts.get(i) else { break };
            if let Err(e) = write(part)
                && let Ok(mut failed) = failed.lock()
            {
                failed.push((
                    i,
                    io::Error::new(e.kind(), format!("{}: {e}", part.0.display())),
                ));
            }
        }
    };
    std::thread::scope(|scope| {
        for _ in 1..threads {
            scope.spawn(work);
        }
        work();
    });
    let mut failed = failed
        .into_inner()
        .map_err(|_| io::Error::other("a Parquet writer thread failed"))?;
    failed.sort_by_key(|(i, _)| *i);
    if let Some((_, e)) = failed.into_iter().next() {
        return Err(e);
    }
    Ok(parts.into_iter().map(|(p, _)| p).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::test_support::event;
    use crate::graph::Filter;
    use crate::model::{Actor, ActorKind, DateSpan, Provenance};
    use arrow_array::{Array, StringArray};
    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

    fn graph() -> ActorGraph {
        let mut a = event("a", "2020-09-27", "rus", Some("tur"), "020");
        a.provenance = vec![
            Provenance {
                outlet: Some("Wire".into()),
                published: NaiveDate::from_ymd_opt(2020, 9, 28),
                line: Some(7),
                ..Provenance::default()
            },
            Provenance {
                url: Some("https://x/1".into()),
                ..Provenance::default()
            },
        ];
        let b = event("b", "2020-10", "arm", None, "190");
        let mut c = event("c", "../2020-09-29", "aze", Some("arm"), "112");
        c.date = DateSpan::parse("../2020-09-29").unwrap();
        ActorGraph::build(vec![a, b, c], &Filter::default())
    }

    fn registry() -> ActorRegistry {
        let mut r = ActorRegistry::new();
        r.insert(Actor::new("rus", "Russia", ActorKind::State));
        r.insert(Actor::new("tur", "Turkey", ActorKind::State));
        r
    }

    #[test]
    fn partitions_by_year_and_month_of_the_first_day_and_reads_back() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join(FOLDER);
        let files = write_partitioned(&graph(), &registry(), &out).unwrap();
        let names: Vec<String> = files
            .iter()
            .map(|f| f.strip_prefix(&out).unwrap().display().to_string())
            .collect();
        assert_eq!(
            names,
            [
                "year=__HIVE_DEFAULT_PARTITION__/month=__HIVE_DEFAULT_PARTITION__/part-0.parquet",
                "year=2020/month=09/part-0.parquet",
                "year=2020/month=10/part-0.parquet",
            ]
        );
        let file = std::fs::File::open(&files[1]).unwrap();
        let builder = ParquetRecordBatchReaderBuilder::try_new(file).unwrap();
        let meta = builder.metadata().clone();
        assert_eq!(
            meta.row_group(0).column(0).compression(),
            Compression::SNAPPY
        );
        let start = meta
            .row_group(0)
            .column(2)
            .statistics()
            .expect("statistics");
        assert!(start.min_bytes_opt().is_some() && start.max_bytes_opt().is_some());
        let batches: Vec<RecordBatch> = builder.build().unwrap().map(|b| b.unwrap()).collect();
        let b = &batches[0];
        assert_eq!(b.num_rows(), 1);
        let text = |c: &str| {
            b.column_by_name(c)
                .unwrap()
                .as_any()
                .downcast_ref::<StringArray>()
                .unwrap()
                .clone()
        };
        assert_eq!(text("source").value(0), "Russia");
        assert!(text("source_code").is_null(0), "no code: null");
        assert_eq!(text("event_code").value(0), "020");
        let start = b
            .column_by_name("start")
            .unwrap()
            .as_any()
            .downcast_ref::<Date32Array>()
            .unwrap()
            .value(0);
        assert_eq!(start, date32(NaiveDate::from_ymd_opt(2020, 9, 27).unwrap()));
        assert_eq!(date32(NaiveDate::from_ymd_opt(1970, 1, 2).unwrap()), 1);
        let prov = b
            .column_by_name("provenance")
            .unwrap()
            .as_any()
            .downcast_ref::<ListArray>()
            .unwrap()
            .value(0);
        let prov = prov.as_any().downcast_ref::<StructArray>().unwrap();
        assert_eq!(prov.len(), 2);
        let lines = prov
            .column_by_name("line")
            .unwrap()
            .as_any()
            .downcast_ref::<Int64Array>()
            .unwrap()
            .clone();
        assert_eq!((lines.value(0), lines.is_null(1)), (7, true));
    }

    #[test]
    fn columns_of_distinct_values_have_no_dictionary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("events.parquet");
        let mut bytes = Vec::new();
        write_parquet(&graph(), &registry(), &mut bytes).unwrap();
        std::fs::write(&path, bytes).unwrap();
        let builder =
            ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(&path).unwrap()).unwrap();
        let group = builder.metadata().row_group(0);
        let dictionary: Vec<(String, bool)> = group
            .columns()
            .iter()
            .map(|c| {
                (
                    c.column_path().string(),
                    c.dictionary_page_offset().is_some(),
                )
            })
            .collect();
        for path in DISTINCT {
            let path = path.join(".");
            assert!(
                dictionary.contains(&(path.clone(), false)),
                "{path} without a dictionary: {dictionary:?}"
            );
        }
        for path in ["event_code", "source", "provenance.list.item.outlet"] {
            assert!(
                dictionary.contains(&(path.to_string(), true)),
                "{path} with a dictionary: {dictionary:?}"
            );
        }
    }

    #[test]
    fn the_same_events_give_the_same_bytes_and_old_partitions_go() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join(FOLDER);
        let stale = out.join("year=1999/month=01/part-0.parquet");
        std::fs::create_dir_all(stale.parent().unwrap()).unwrap();
        std::fs::write(&stale, b"old").unwrap();
        let files = write_partitioned(&graph(), &registry(), &out).unwrap();
        assert!(!stale.exists() && !out.join("year=1999").exists());
        let first: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(f).unwrap()).collect();
        write_partitioned(&graph(), &registry(), &out).unwrap();
        let second: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(f).unwrap()).collect();
        assert_eq!(first, second);
        // A partition folder with a file of someone else's is not removed.
        std::fs::write(out.join("year=2020/month=09/notes.txt"), b"mine").unwrap();
        let err = write_partitioned(&graph(), &registry(), &out).unwrap_err();
        assert!(
            err.to_string().contains("holds files casus did not write"),
            "{err}"
        );
    }
}
