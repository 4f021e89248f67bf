//! Dataset events in Parquet files (GDELT and ICEWS as BigQuery exports them; ACLED and UCDP
//! too): the format told by the column names, and each row turned into the [`Record`] the
//! format's importer reads from its text files, so that the same importer codes it with the
//! same checks and the same accounting. GDELT's columns are taken by name (`GLOBALEVENTID`,
//! `SQLDATE`, `Actor1Code`, ...; absent ones are empty); the other formats' header is the list
//! of column names, ICEWS's with `_` read as a space (`Event_Date` is `Event Date`). A row's
//! number (from 1) stands where a text file has its line.

use std::fs::File;
use std::path::Path;

use arrow_array::cast::AsArray;
use arrow_array::types::{
    Date32Type, Date64Type, Float32Type, Float64Type, Int8Type, Int16Type, Int32Type, Int64Type,
    UInt8Type, UInt16Type, UInt32Type, UInt64Type,
};
use arrow_array::{Array, RecordBatch};
use arrow_schema::{DataType, TimeUnit};
use chrono::{DateTime, NaiveDate};
use parquet::arrow::ProjectionMask;
use parquet::arrow::arrow_reader::{ParquetRecordBatchReader, ParquetRecordBatchReaderBuilder};

use super::dataset::InputFormat;
use super::gdelt;
use super::records::Record;

/// Rows per batch read from the file.
const BATCH: usize = 8192;

/// Whether a path is a Parquet file (by extension).
pub fn is_parquet(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("parquet"))
}

fn open(path: &Path) -> anyhow::Result<ParquetRecordBatchReaderBuilder<File>> {
    let shown = path.display();
    let file = File::open(path).map_err(|e| anyhow::anyhow!("{shown}: cannot read: {e}"))?;
    ParquetRecordBatchReaderBuilder::try_new(file)
        .map_err(|e| anyhow::anyhow!("{shown}: not a readable Parquet file: {e}"))
}

/// The top-level column names of a Parquet file.
fn names(builder: &ParquetRecordBatchReaderBuilder<File>) -> Vec<String> {
    builder
        .schema()
        .fields()
        .iter()
        .map(|f| f.name().clone())
        .collect()
}

/// A column name as the header of the format's text files has it: ICEWS's BigQuery names
/// (`Event_ID`) with spaces.
fn header_name(name: &str, format: InputFormat) -> String {
    if format == InputFormat::Icews {
        name.replace('_', " ")
    } else {
        name.to_string()
    }
}

/// The dataset a Parquet file holds, told by its column names.
pub fn detect(path: &Path) -> anyhow::Result<InputFormat> {
    let names = names(&open(path)?);
    let lower: Vec<String> = names.iter().map(|n| n.to_ascii_lowercase()).collect();
    if lower.iter().any(|n| n == "globaleventid") && lower.iter().any(|n| n == "sqldate") {
        return Ok(InputFormat::Gdelt);
    }
    let line = names
        .iter()
        .map(|n| header_name(n, InputFormat::Icews))
        .collect::<Vec<_>>()
        .join("\t");
    let format = super::dataset::detect_line(line.as_bytes());
    let format = if format == InputFormat::Icews {
        format
    } else {
        super::dataset::detect_line(names.join("\t").as_bytes())
    };
    if format.is_dataset() && format != InputFormat::Gdelt {
        return Ok(format);
    }
    let shown: Vec<&str> = names.iter().take(12).map(String::as_str).collect();
    anyhow::bail!(
        "a Parquet file must hold GDELT, ICEWS, ACLED or UCDP events, with their usual column \
         names (GDELT: GLOBALEVENTID, SQLDATE, ...; ICEWS: Event ID or Event_ID, Event Date, \
         CAMEO Code, ...); its columns are {}{}",
        shown.join(", "),
        if names.len() > shown.len() {
            ", ..."
        } else {
            ""
        }
    )
}

/// How dates and times are written in the format's text files.
#[derive(Clone, Copy)]
enum Dates {
    /// GDELT: `20150218`, `20150218230000`.
    Compact,
    /// The others: `2018-06-01`, `2018-06-01 12:00:00`.
    Iso,
}

/// The rows of a Parquet file as records in the layout of the format's text files.
pub struct Rows {
    reader: ParquetRecordBatchReader,
    /// For each field of a record, the column of the batch it comes from (`None`: empty).
    fields: Vec<Option<usize>>,
    /// The header record's fields (header formats only).
    header: Option<Vec<String>>,
    dates: Dates,
    batch: Option<RecordBatch>,
    /// The next row of `batch`.
    at: usize,
    /// Rows read so far.
    row: u64,
    /// The texts of the current row's fields.
    cells: Vec<Vec<u8>>,
    file: String,
}

impl Rows {
    /// Opens a Parquet file of `format`; the error names the file and, for GDELT, the
    /// required columns it lacks.
    pub fn open(path: &Path, format: InputFormat) -> anyhow::Result<Rows> {
        let builder = open(path)?;
        let shown = path.display().to_string();
        let names = names(&builder);
        let (projection, fields, header, dates) = if format == InputFormat::Gdelt {
            let find = |c: &str| names.iter().position(|n| n.eq_ignore_ascii_case(c));
            let missing: Vec<&str> = ["GLOBALEVENTID", "SQLDATE", "EventCode"]
                .into_iter()
                .filter(|c| find(c).is_none())
                .collect();
            if !missing.is_empty() {
                anyhow::bail!(
                    "{shown}: not a GDELT Parquet file: no column {}",
                    missing
                        .iter()
                        .map(|m| format!("'{m}'"))
                        .collect::<Vec<_>>()
                        .join(", ")
                );
            }
            let wanted: Vec<Option<usize>> = gdelt::COLUMNS.iter().map(|c| find(c)).collect();
            let mut roots: Vec<usize> = wanted.iter().flatten().copied().collect();
            roots.sort_unstable();
            // Batch columns are the projected ones, in file order.
            let fields: Vec<Option<usize>> = wanted
                .iter()
                .map(|w| w.and_then(|i| roots.iter().position(|&r| r == i)))
                .collect();
            (roots, fields, None, Dates::Compact)
        } else {
            let all: Vec<usize> = (0..names.len()).collect();
            let header = names.iter().map(|n| header_name(n, format)).collect();
            (
                all.clone(),
                all.into_iter().map(Some).collect(),
                Some(header),
                Dates::Iso,
            )
        };
        let mask = ProjectionMask::roots(builder.parquet_schema(), projection);
        let reader = builder
            .with_projection(mask)
            .with_batch_size(BATCH)
            .build()
            .map_err(|e| anyhow::anyhow!("{shown}: not a readable Parquet file: {e}"))?;
        Ok(Rows {
            reader,
            cells: vec![Vec::new(); fields.len()],
            fields,
            header,
            dates,
            batch: None,
            at: 0,
            row: 0,
            file: shown,
        })
    }

    /// Fills `rec` with the header (the column names), for a format with a header; false for
    /// GDELT, which has none.
    pub fn header(&self, rec: &mut Record) -> bool {
        match &self.header {
            Some(h) => {
                rec.set_fields(0, h.iter().map(|s| s.as_bytes()));
                true
            }
            None => false,
        }
    }

    /// Fills `rec` with the next row; false at the end. A column of a type casus cannot read
    /// as text is an error naming it.
    pub fn next(&mut self, rec: &mut Record) -> anyhow::Result<bool> {
        loop {
            if let Some(batch) = &self.batch
                && self.at < batch.num_rows()
            {
                break;
            }
            match self.reader.next() {
                None => return Ok(false),
                Some(b) => {
                    self.batch = Some(b.map_err(|e| {
                        anyhow::anyhow!("{}: cannot read after row {}: {e}", self.file, self.row)
                    })?);
                    self.at = 0;
                }
            }
        }
        let Some(batch) = &self.batch else {
            return Ok(false);
        };
        self.row += 1;
        for (cell, field) in self.cells.iter_mut().zip(&self.fields) {
            cell.clear();
            if let Some(c) = field {
                let column = batch.column(*c);
                let name = batch.schema().field(*c).name().clone();
                text(column.as_ref(), self.at, self.dates, cell).map_err(|why| {
                    anyhow::anyhow!("{}:{}: field '{name}': {why}", self.file, self.row)
                })?;
            }
        }
        self.at += 1;
        rec.set_fields(self.row, self.cells.iter().map(Vec::as_slice));
        Ok(true)
    }
}

/// Writes the value of row `i` of a column as the format's text files have it (nothing for a
/// null); a type with no text form there is an error naming the type.
fn text(column: &dyn Array, i: usize, dates: Dates, out: &mut Vec<u8>) -> Result<(), String> {
    use std::io::Write;
    if column.is_null(i) {
        return Ok(());
    }
    let day = |d: NaiveDate, out: &mut Vec<u8>| match dates {
        Dates::Compact => write!(out, "{}", d.format("%Y%m%d")),
        Dates::Iso => write!(out, "{}", d.format("%Y-%m-%d")),
    };
    let r = match column.data_type() {
        DataType::Utf8 => {
            out.extend_from_slice(column.as_string::<i32>().value(i).as_bytes());
            Ok(())
        }
        DataType::LargeUtf8 => {
            out.extend_from_slice(column.as_string::<i64>().value(i).as_bytes());
            Ok(())
        }
        DataType::Utf8View => {
            out.extend_from_slice(column.as_string_view().value(i).as_bytes());
            Ok(())
        }
        DataType::Boolean => write!(out, "{}", column.as_boolean().value(i)),
        DataType::Int8 => write!(out, "{}", column.as_primitive::<Int8Type>().value(i)),
        DataType::Int16 => write!(out, "{}", column.as_primitive::<Int16Type>().value(i)),
        DataType::Int32 => write!(out, "{}", column.as_primitive::<Int32Type>().value(i)),
        DataType::Int64 => write!(out, "{}", column.as_primitive::<Int64Type>().value(i)),
        DataType::UInt8 => write!(out, "{}", column.as_primitive::<UInt8Type>().value(i)),
        DataType::UInt16 => write!(out, "{}", column.as_primitive::<UInt16Type>().value(i)),
        DataType::UInt32 => write!(out, "{}", column.as_primitive::<UInt32Type>().value(i)),
        DataType::UInt64 => write!(out, "{}", column.as_primitive::<UInt64Type>().value(i)),
        DataType::Float32 => write!(out, "{}", column.as_primitive::<Float32Type>().value(i)),
        DataType::Float64 => write!(out, "{}", column.as_primitive::<Float64Type>().value(i)),
        DataType::Date32 => {
            let days = column.as_primitive::<Date32Type>().value(i);
            match NaiveDate::from_ymd_opt(1970, 1, 1)
                .and_then(|e| e.checked_add_signed(chrono::Duration::days(i64::from(days))))
            {
                Some(d) => day(d, out),
                None => return Err(format!("day {days} from 1970-01-01 is not a date")),
            }
        }
        DataType::Date64 => {
            let ms = column.as_primitive::<Date64Type>().value(i);
            match DateTime::from_timestamp_millis(ms) {
                Some(t) => day(t.date_naive(), out),
                None => return Err(format!("{ms} ms from 1970-01-01 is not a date")),
            }
        }
        DataType::Timestamp(unit, _) => {
            use arrow_array::types::{
                TimestampMicrosecondType, TimestampMillisecondType, TimestampNanosecondType,
                TimestampSecondType,
            };
            let t = match unit {
                TimeUnit::Second => DateTime::from_timestamp(
                    column.as_primitive::<TimestampSecondType>().value(i),
                    0,
                ),
                TimeUnit::Millisecond => DateTime::from_timestamp_millis(
                    column.as_primitive::<TimestampMillisecondType>().value(i),
                ),
                TimeUnit::Microsecond => DateTime::from_timestamp_micros(
                    column.as_primitive::<TimestampMicrosecondType>().value(i),
                ),
                TimeUnit::Nanosecond => Some(DateTime::from_timestamp_nanos(
                    column.as_primitive::<TimestampNanosecondType>().value(i),
                )),
            };
            match (t, dates) {
                (None, _) => return Err("the timestamp is out of range".to_string()),
                (Some(t), Dates::Compact) => write!(out, "{}", t.format("%Y%m%d%H%M%S")),
                // A midnight is the day alone, as ICEWS, ACLED and UCDP write their dates.
                (Some(t), Dates::Iso) if t.time() == chrono::NaiveTime::MIN => {
                    day(t.date_naive(), out)
                }
                (Some(t), Dates::Iso) => write!(out, "{}", t.format("%Y-%m-%d %H:%M:%S")),
            }
        }
        DataType::Dictionary(_, value) if value.as_ref() == &DataType::Utf8 => {
            // The key's text is its number; the value is the dictionary's entry.
            let dict = column.as_any_dictionary();
            let mut key = Vec::new();
            text(dict.keys(), i, dates, &mut key)?;
            let key: usize = std::str::from_utf8(&key)
                .ok()
                .and_then(|k| k.parse().ok())
                .ok_or("a dictionary key is not an index")?;
            return text(dict.values().as_ref(), key, dates, out);
        }
        other => {
            return Err(format!(
                "a {other} column has no text form in a dataset row"
            ));
        }
    };
    r.map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow_array::{Date32Array, Float64Array, Int64Array, StringArray, TimestampSecondArray};

    #[test]
    fn values_are_written_as_the_text_files_have_them() {
        let mut out = Vec::new();
        let mut t = |a: &dyn Array, dates| {
            out.clear();
            text(a, 0, dates, &mut out).unwrap();
            String::from_utf8(out.clone()).unwrap()
        };
        let day = Date32Array::from(vec![Some(16484)]);
        assert_eq!(t(&day, Dates::Compact), "20150218");
        assert_eq!(t(&day, Dates::Iso), "2015-02-18");
        let at = TimestampSecondArray::from(vec![Some(1_424_300_400)]);
        assert_eq!(t(&at, Dates::Compact), "20150218230000");
        assert_eq!(t(&at, Dates::Iso), "2015-02-18 23:00:00");
        let midnight = TimestampSecondArray::from(vec![Some(1_424_217_600)]);
        assert_eq!(t(&midnight, Dates::Iso), "2015-02-18");
        assert_eq!(
            t(&Int64Array::from(vec![410412347]), Dates::Iso),
            "410412347"
        );
        assert_eq!(t(&Float64Array::from(vec![-2.0]), Dates::Iso), "-2");
        assert_eq!(t(&StringArray::from(vec![Some("RUS")]), Dates::Iso), "RUS");
        assert_eq!(t(&StringArray::from(vec![None::<&str>]), Dates::Iso), "");
        let list = arrow_array::ListArray::from_iter_primitive::<Int32Type, _, _>(vec![Some(
            vec![Some(1)],
        )]);
        let mut out = Vec::new();
        assert!(
            text(&list, 0, Dates::Iso, &mut out)
                .unwrap_err()
                .contains("no text form")
        );
    }
}
