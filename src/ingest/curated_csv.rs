//! Curated CSV files (for spreadsheets): one event per row under a header. Accepts the columns
//! of an exported `timeline.csv`, so a timeline can be edited and fed back in, and a shorter
//! hand-written form. See `docs/curated-format.md`.

use csv::ByteRecord;

use super::{NameRef, Parsed, RawEvent};
use crate::diag::{Diagnostic, Diagnostics};
use crate::formats::unguard;
use crate::model::provenance;
use crate::model::{Codebook, DateSpan, Origin, Provenance};

/// Columns read from a curated CSV.
pub const INPUT_COLUMNS: &[&str] = &[
    "id",
    "date",
    "source",
    "target",
    "type",
    "event_code",
    "summary",
    "location",
    "origin",
    "outlet",
    "title",
    "url",
    "published",
    "quote",
    "provenance",
    "evidence",
    "notes",
];

/// Columns of `timeline.csv` that casus computes; accepted in input and ignored.
pub const DERIVED_COLUMNS: &[&str] = &[
    "start",
    "end",
    "precision",
    "source_code",
    "event",
    "target_code",
    "goldstein",
    "quad_class",
];

/// The delimiter of a CSV text: tab for `.tsv` files, else whichever of `,` `;` and tab is most
/// frequent in the header line (`,` on a tie).
pub fn sniff_delimiter(bytes: &[u8], file: &str) -> u8 {
    if file.to_ascii_lowercase().ends_with(".tsv") {
        return b'\t';
    }
    let header = bytes.split(|&b| b == b'\n').next().unwrap_or(b"");
    let count = |c: u8| header.iter().filter(|&&b| b == c).count();
    let mut best = (count(b','), b',');
    for b in [b';', b'\t'] {
        if count(b) > best.0 {
            best = (count(b), b);
        }
    }
    best.1
}

/// Parses a curated CSV file's bytes; every problem of every row is reported, invalid UTF-8
/// with the line and column it is in.
pub fn parse(text: &[u8], file: &str) -> Parsed {
    let mut parsed = Parsed::default();
    match parse_rows(text, file, &mut parsed.unchecked_names, &mut parsed.carried) {
        Ok(events) => parsed.events = events,
        Err((events, problems)) => {
            parsed.events = events;
            parsed.problems = problems;
        }
    }
    parsed
}

type Unchecked = Vec<(String, NameRef, Option<DateSpan>)>;

fn parse_rows(
    text: &[u8],
    file: &str,
    unchecked: &mut Unchecked,
    carried: &mut Vec<super::Carried>,
) -> Result<Vec<RawEvent>, (Vec<RawEvent>, Diagnostics)> {
    let text = text.strip_prefix("\u{feff}".as_bytes()).unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sniff_delimiter(text, file))
        .flexible(true)
        .has_headers(false)
        .from_reader(text);
    let mut diags = Diagnostics::default();
    let mut record = ByteRecord::new();
    let header = match reader.read_byte_record(&mut record) {
        Ok(true) => record
            .iter()
            .map(|h| String::from_utf8_lossy(h).trim().to_ascii_lowercase())
            .collect::<Vec<_>>(),
        Ok(false) => return Ok(Vec::new()),
        Err(e) => {
            diags.push(Diagnostic::new(file, Some(1), None, e.to_string()));
            return Err((Vec::new(), diags));
        }
    };
    // Excel leaves empty columns after the last one with a name: they are passed over (a value
    // in one is a problem of its row).
    let named = header
        .iter()
        .rposition(|h| !h.is_empty())
        .map_or(0, |i| i + 1);
    let columns = match Columns::new(&header[..named], file, &mut diags) {
        Some(c) => c,
        None => return Err((Vec::new(), diags)),
    };
    let mut events = Vec::new();
    let mut seen_names = std::collections::HashSet::new();
    let mut lines = LineCounter::default();
    let mut last_start = (0usize, 1u64);
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let start = record.position().map_or(0, |p| p.byte());
                let line = lines.line_at(text, start);
                last_start = (start as usize, line);
                if record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
                    continue;
                }
                if record.len() != header.len() && record.len() != named {
                    diags.push(Diagnostic::new(
                        file,
                        Some(line),
                        None,
                        format!(
                            "row has {} fields but the header has {}; check quoting and delimiters",
                            record.len(),
                            header.len()
                        ),
                    ));
                    continue;
                }
                if let Some(i) = (named..record.len()).find(|&i| !record[i].trim_ascii().is_empty())
                {
                    diags.push(Diagnostic::new(
                        file,
                        Some(line),
                        None,
                        format!(
                            "field {} has a value but its column has no name in the header",
                            i + 1
                        ),
                    ));
                    continue;
                }
                if let Some(e) = row(
                    &record,
                    &columns,
                    &header[..named],
                    file,
                    line,
                    &mut diags,
                    unchecked,
                ) {
                    events.push(e);
                    carry(&record, &columns, &mut seen_names, carried);
                }
            }
            Err(e) => {
                let line = e.position().map(|p| p.line());
                diags.push(Diagnostic::new(file, line, None, e.to_string()));
                break;
            }
        }
    }
    // A quote that is never closed makes the reader take the rest of the file as one cell:
    // rows would vanish into it silently.
    let tail = &text[last_start.0.min(text.len())..];
    if tail.iter().filter(|&&b| b == b'"').count() % 2 == 1 {
        diags.push(Diagnostic::new(
            file,
            Some(last_start.1),
            None,
            "a quote opened in this row is never closed, so the rest of the file would be one \
             cell; close the quote or double it (\"\") inside a quoted cell",
        ));
    }
    if diags.is_empty() {
        Ok(events)
    } else {
        Err((events, diags))
    }
}

/// The actors an exported timeline's row names with their codes side by side (`source` with
/// `source_code`, `target` with `target_code`), each name once per file: so that a timeline
/// reads back without the actor files it was built with. A name without a code carries
/// nothing (a hand-written file's typo stays an error), but on a dataset's row.
fn carry(
    record: &ByteRecord,
    columns: &Columns,
    seen: &mut std::collections::HashSet<String>,
    carried: &mut Vec<super::Carried>,
) {
    let cell = |name: &str| -> Option<String> {
        let i = *columns.index.get(name)?;
        let v = std::str::from_utf8(record.get(i)?).ok()?.trim();
        (!v.is_empty()).then(|| unguard(v).to_string())
    };
    // A dataset's row was not typed by hand: its actors come back even without a code (an
    // actor a dataset made up may have none).
    let dataset_row = cell("origin")
        .and_then(|o| Origin::from_name(&o))
        .is_some_and(|o| !matches!(o, Origin::Curated | Origin::Article));
    let codes_column = columns.index.contains_key("source_code");
    for (name_col, code_col) in [("source", "source_code"), ("target", "target_code")] {
        let Some(name) = cell(name_col) else {
            continue;
        };
        let code = match cell(code_col) {
            Some(code) => code,
            None if dataset_row && codes_column => String::new(),
            None => continue,
        };
        if !seen.insert(name.clone()) {
            continue;
        }
        let id: String = name
            .to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        let id = if id.is_empty() {
            "actor".to_string()
        } else {
            id
        };
        let mut actor = crate::model::Actor::new(&id, &name, crate::model::ActorKind::Other);
        actor.code = code;
        carried.push(super::Carried {
            actor,
            by_name: true,
        });
    }
}

/// Line numbers of record starts. The csv crate's own line count is one short after a CRLF
/// line end (it reports the `\n` of the previous line as the record's first byte), so lines
/// are counted here: the line of the byte after the reported start.
#[derive(Default)]
struct LineCounter {
    byte: usize,
    newlines: u64,
}

impl LineCounter {
    fn line_at(&mut self, text: &[u8], start: u64) -> u64 {
        let end = (start as usize + 1).min(text.len());
        if end > self.byte {
            self.newlines += text[self.byte..end].iter().filter(|&&b| b == b'\n').count() as u64;
            self.byte = end;
        }
        self.newlines + 1
    }
}

struct Columns {
    index: std::collections::HashMap<String, usize>,
}

impl Columns {
    fn new(header: &[String], file: &str, diags: &mut Diagnostics) -> Option<Columns> {
        let mut index = std::collections::HashMap::new();
        let before = diags.len();
        for (i, name) in header.iter().enumerate() {
            let name = name.as_str();
            if !INPUT_COLUMNS.contains(&name) && !DERIVED_COLUMNS.contains(&name) {
                let hint = INPUT_COLUMNS
                    .iter()
                    .chain(DERIVED_COLUMNS)
                    .map(|c| (crate::diag::similarity(name, c), *c))
                    .filter(|(s, _)| *s > 0.8)
                    .max_by(|a, b| a.0.total_cmp(&b.0))
                    .map(|(_, c)| format!("; did you mean '{c}'?"))
                    .unwrap_or_else(|| format!("; known columns: {}", INPUT_COLUMNS.join(", ")));
                diags.push(Diagnostic::new(
                    file,
                    Some(1),
                    Some(name),
                    format!("unknown column '{name}'{hint}"),
                ));
            } else if index.insert(name.to_string(), i).is_some() {
                diags.push(Diagnostic::new(
                    file,
                    Some(1),
                    Some(name),
                    format!("column '{name}' appears twice"),
                ));
            }
        }
        for required in ["id", "date", "source"] {
            if !index.contains_key(required) {
                diags.push(Diagnostic::new(
                    file,
                    Some(1),
                    Some(required),
                    format!("missing column '{required}'"),
                ));
            }
        }
        if !index.contains_key("type") && !index.contains_key("event_code") {
            diags.push(Diagnostic::new(
                file,
                Some(1),
                Some("type"),
                "missing column 'type' (or 'event_code')",
            ));
        }
        (diags.len() == before).then_some(Columns { index })
    }
}

fn row(
    record: &ByteRecord,
    columns: &Columns,
    header: &[String],
    file: &str,
    line: u64,
    diags: &mut Diagnostics,
    unchecked: &mut Unchecked,
) -> Option<RawEvent> {
    let before = diags.len();
    let mut cells: Vec<String> = Vec::with_capacity(record.len());
    // Cells past the named columns are empty (checked by the caller).
    for (i, bytes) in record.iter().take(header.len()).enumerate() {
        match std::str::from_utf8(bytes) {
            // Multi-line cells keep their line structure: line N of `evidence` belongs to
            // record N of `provenance`, even when earlier lines are empty.
            Ok(s) if matches!(header[i].as_str(), "provenance" | "evidence") => {
                cells.push(unguard(s.trim_matches(' ')).to_string())
            }
            Ok(s) => cells.push(unguard(s.trim()).to_string()),
            Err(e) => {
                diags.push(Diagnostic::new(
                    file,
                    Some(line),
                    Some(&header[i]),
                    format!(
                        "invalid UTF-8 at byte {} of the cell; save the file as UTF-8",
                        e.valid_up_to()
                    ),
                ));
                cells.push(String::new());
            }
        }
    }
    let get = |name: &str| -> &str {
        columns
            .index
            .get(name)
            .map(|&i| cells[i].as_str())
            .unwrap_or("")
    };
    let mut problem = |field: &str, message: String| {
        diags.push(Diagnostic::new(file, Some(line), Some(field), message));
    };
    let require = |name: &str, problem: &mut dyn FnMut(&str, String)| -> Option<String> {
        let v = get(name);
        if v.is_empty() {
            problem(name, format!("missing value for '{name}'"));
            None
        } else {
            Some(v.to_string())
        }
    };
    let id = require("id", &mut problem);
    if let Some(id) = &id
        && id.chars().any(char::is_whitespace)
    {
        problem("id", format!("'{id}' contains white space"));
    }
    let date = require("date", &mut problem).and_then(|d| {
        DateSpan::parse(&d)
            .map_err(|e| problem("date", e.to_string()))
            .ok()
    });
    // Dataset events (an exported timeline of GDELT rows, say) may have no known source.
    let dataset_row = Origin::from_name(get("origin"))
        .is_some_and(|o| !matches!(o, Origin::Curated | Origin::Article));
    let source = if dataset_row && get("source").is_empty() {
        None
    } else {
        require("source", &mut problem).map(|name| NameRef {
            name,
            line,
            field: "source",
        })
    };
    let targets: Vec<NameRef> = Some(get("target"))
        .filter(|t| !t.is_empty())
        .map(|t| NameRef {
            name: t.to_string(),
            line,
            field: "target",
        })
        .into_iter()
        .collect();
    let (type_field, code) = if !get("type").is_empty() {
        ("type", get("type"))
    } else {
        ("event_code", get("event_code"))
    };
    let codebook = Codebook::get();
    let event_type = if code.is_empty() {
        problem(
            type_field,
            "missing value for 'type' (a CAMEO code or short name)".into(),
        );
        None
    } else {
        let found = codebook.lookup(code);
        if found.is_none() {
            let hint = codebook
                .suggest(code)
                .map(|s| format!("; did you mean '{s}'?"))
                .unwrap_or_else(|| {
                    "; use a CAMEO code (see 'casus codebook') or a short name".into()
                });
            problem(type_field, format!("unknown event type '{code}'{hint}"));
        }
        found
    };
    let origin = match get("origin") {
        "" => Some(Origin::Curated),
        o => Origin::from_name(o).or_else(|| {
            problem(
                "origin",
                format!(
                    "unknown origin '{o}'; expected curated, article, gdelt, icews, acled or ucdp"
                ),
            );
            None
        }),
    };
    let provenance = if get("provenance").is_empty() {
        let published = match get("published") {
            "" => None,
            p => chrono::NaiveDate::parse_from_str(p, "%Y-%m-%d")
                .map_err(|_| problem("published", format!("'{p}' is not a YYYY-MM-DD date")))
                .ok(),
        };
        let opt = |name: &str| Some(get(name).to_string()).filter(|s| !s.is_empty());
        let quote = opt("quote").or_else(|| opt("evidence"));
        Some(vec![Provenance {
            outlet: opt("outlet").map(Into::into),
            published,
            title: opt("title").map(Into::into),
            url: opt("url").map(Into::into),
            file: Some(file.into()),
            line: Some(line),
            quote: quote.map(Into::into),
        }])
    } else {
        provenance::parse(get("provenance"), get("evidence"))
            .map_err(|e| problem("provenance", e))
            .ok()
    };
    if origin == Some(Origin::Curated) && get("summary").is_empty() {
        problem("summary", "missing value for 'summary'".into());
    }
    if diags.len() > before {
        let names = source.iter().chain(&targets).cloned();
        unchecked.extend(names.map(|n| (file.to_string(), n, date)));
        return None;
    }
    let location = Some(get("location").to_string()).filter(|s| !s.is_empty());
    Some(RawEvent {
        id: id?,
        date: date?,
        source,
        targets,
        event_type: event_type?,
        summary: get("summary").to_string(),
        location,
        origin: origin?,
        provenance: provenance?,
        file: file.to_string(),
        line,
    })
}
