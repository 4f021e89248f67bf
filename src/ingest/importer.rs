//! What the dataset importers (GDELT, ICEWS, ACLED, UCDP GED) are written against: the
//! `Importer` trait, the context a row is read in (`Cx`: registry, actor coder, filters, places),
//! the filters in the form rows are checked in, why a row is bad, and the field helpers (text,
//! dates, columns). The reading loop that drives the importers is `dataset.rs`; the importers
//! need nothing of it, so that the loop can name them without a cycle.

use std::collections::HashSet;
use std::sync::Arc;

use chrono::{Datelike, NaiveDate};

use super::records::{Dialect, Record};
use crate::model::coded::Coder;
use crate::model::{ActorId, ActorRegistry, DateSpan, Event, EventId, EventType, Filter};

/// Why a row was rejected: the column (by its name in the format) and the reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bad {
    /// The column, when the problem is in one.
    pub column: Option<&'static str>,
    /// What is wrong.
    pub reason: String,
}

impl Bad {
    /// A problem in `column`.
    pub fn at(column: &'static str, reason: impl Into<String>) -> Bad {
        Bad {
            column: Some(column),
            reason: reason.into(),
        }
    }

    /// A problem of the whole row.
    pub fn row(reason: impl Into<String>) -> Bad {
        Bad {
            column: None,
            reason: reason.into(),
        }
    }
}

/// The filters, in the form rows are checked in while they are read.
#[derive(Clone, Debug)]
pub struct RowFilter {
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    roots: [bool; 21],
    any_root: bool,
    quads: [bool; 5],
    any_quad: bool,
    /// ISO alpha-3 codes of `--country`.
    countries: HashSet<String>,
    min_mentions: u32,
    /// Actors of `--actor` (with everything below them, and run-local actors created below
    /// them while reading).
    pub(super) actors: HashSet<ActorId>,
    any_actor: bool,
    /// Every run-local actor created so far, in order.
    pub(super) created: Vec<ActorId>,
    /// The rows are only checked and counted (`casus validate`): their events are dropped at
    /// once, so the importers leave out their provenance.
    pub(super) count_only: bool,
}

impl RowFilter {
    /// The row form of a graph filter.
    pub fn new(filter: &Filter) -> Self {
        let mut roots = [false; 21];
        for &r in &filter.roots {
            if let Some(slot) = roots.get_mut(usize::from(r)) {
                *slot = true;
            }
        }
        let mut quads = [false; 5];
        for &q in &filter.quads {
            if let Some(slot) = quads.get_mut(usize::from(q)) {
                *slot = true;
            }
        }
        RowFilter {
            from: filter.from.and_then(|f| f.start()),
            to: filter.to.and_then(|t| t.end()),
            roots,
            any_root: filter.roots.is_empty(),
            quads,
            any_quad: filter.quads.is_empty(),
            countries: filter.countries.iter().cloned().collect(),
            min_mentions: filter.min_mentions.unwrap_or(0),
            actors: filter.actors.iter().cloned().collect(),
            any_actor: filter.actors.is_empty(),
            created: Vec::new(),
            count_only: false,
        }
    }

    /// The provenance of a row's event: `source`, made only when the event is kept (not by
    /// `casus validate`, which drops every event at once: a row is checked, not stored).
    pub fn provenance(
        &self,
        source: impl FnOnce() -> crate::model::Provenance,
    ) -> Vec<crate::model::Provenance> {
        if self.count_only {
            Vec::new()
        } else {
            vec![source()]
        }
    }

    /// Whether a date passes `--from` and `--to` (by overlap, like [`Filter::matches`]).
    pub fn date(&self, span: &DateSpan) -> bool {
        if let (Some(from), Some(end)) = (self.from, span.end())
            && end < from
        {
            return false;
        }
        if let (Some(to), Some(start)) = (self.to, span.start())
            && start > to
        {
            return false;
        }
        true
    }

    /// Whether a day passes `--from` and `--to`.
    pub fn day(&self, day: NaiveDate) -> bool {
        self.from.is_none_or(|f| day >= f) && self.to.is_none_or(|t| day <= t)
    }

    /// Whether an event type passes `--root` and `--quad`.
    pub fn event_type(&self, t: &EventType) -> bool {
        (self.any_root || self.roots[usize::from(t.root_number()).min(20)])
            && (self.any_quad || self.quads[usize::from(t.quad_class.number()).min(4)])
    }

    /// Whether a mention count passes `--min-mentions`.
    pub fn mentions(&self, n: u32) -> bool {
        n >= self.min_mentions
    }

    /// Whether `--country` is given.
    pub fn has_countries(&self) -> bool {
        !self.countries.is_empty()
    }

    /// Whether any of these ISO alpha-3 codes passes `--country` (true without the flag).
    pub fn country<'a>(&self, codes: impl IntoIterator<Item = &'a str>) -> bool {
        self.countries.is_empty() || codes.into_iter().any(|c| self.countries.contains(c))
    }

    /// Whether the source or target passes `--actor`.
    pub fn actors(&self, source: &Option<ActorId>, target: &Option<ActorId>) -> bool {
        let hit = |a: &Option<ActorId>| a.as_ref().is_some_and(|a| self.actors.contains(a));
        self.any_actor || hit(source) || hit(target)
    }

    /// Takes in the run-local actors the coder created: one below an `--actor` actor is covered
    /// by it.
    pub(super) fn absorb(&mut self, coder: &mut Coder) {
        for c in coder.take_created() {
            self.created.push(c.id.clone());
            if !self.any_actor
                && c.parent
                    .as_deref()
                    .is_some_and(|p| self.actors.iter().any(|a| &**a == p))
            {
                self.actors.insert(c.id);
            }
        }
    }
}

/// What an importer works with while turning a row into an event.
pub struct Cx<'a> {
    /// The registry, which gains the run-local actors.
    pub registry: &'a mut ActorRegistry,
    /// The actor resolver with its caches.
    pub coder: &'a mut Coder,
    /// The filters.
    pub filter: &'a mut RowFilter,
    /// The file, as the user named it.
    pub file: &'a Arc<str>,
    /// The line the row starts on.
    pub line: u64,
    /// The place names seen so far, shared between the events that name them.
    pub places: &'a mut Places,
}

/// Interned place names: every event that names the same place shares one `Arc<str>`.
#[derive(Debug, Default)]
pub struct Places(rustc_hash::FxHashMap<Box<str>, Arc<str>>);

impl Places {
    /// The shared text of `place`, or `None` for an empty one.
    pub fn get(&mut self, place: &str) -> Option<Arc<str>> {
        if place.is_empty() {
            return None;
        }
        if let Some(p) = self.0.get(place) {
            return Some(p.clone());
        }
        let p: Arc<str> = Arc::from(place);
        self.0.insert(place.into(), p.clone());
        Some(p)
    }
}

impl Cx<'_> {
    /// Whether the resolved actors pass `--actor` (taking in actors just created).
    pub fn keep_actors(&mut self, source: &Option<ActorId>, target: &Option<ActorId>) -> bool {
        self.filter.absorb(self.coder);
        self.filter.actors(source, target)
    }

    /// The provenance file of every event of this file (the name as the user gave it).
    pub fn file(&self) -> Option<Arc<str>> {
        Some(self.file.clone())
    }
}

/// One dataset format: checks the header (if it has one) and turns rows into events.
pub trait Importer {
    /// How the file is split into fields.
    fn dialect(&self) -> Dialect;

    /// Whether the first line is a header.
    fn has_header(&self) -> bool;

    /// Checks the header and finds the columns; the error names the missing columns.
    fn header(&mut self, header: &Record) -> Result<(), String>;

    /// Turns a row into an event, `None` when a filter leaves it out, or says why it is bad.
    fn row(&mut self, rec: &Record, cx: &mut Cx<'_>) -> Result<Option<Event>, Bad>;

    /// The part of [`Importer::row`] that needs nothing shared (fields, dates, codes, the
    /// filters that need no actor), which the reading thread does ahead, on its own instance
    /// of the importer (which has seen the header): the event without what
    /// [`Importer::finish`] adds, `None` inside when a filter leaves the row out. `None` when
    /// the format does everything in `row`.
    fn prepare(
        &self,
        _rec: &Record,
        _filter: &RowFilter,
        _file: &Arc<str>,
    ) -> Option<Result<Option<Event>, Bad>> {
        None
    }

    /// Completes an event that [`Importer::prepare`] made (actors, places, the actor filter).
    fn finish(
        &mut self,
        _rec: &Record,
        event: Event,
        _cx: &mut Cx<'_>,
    ) -> Result<Option<Event>, Bad> {
        Ok(Some(event))
    }
}

/// `prefix` followed by `n` in decimal, as `format!("{prefix}{n}")` writes it, without the
/// formatting machinery (it runs once per row).
pub fn numbered_id(prefix: &str, n: u64) -> EventId {
    // Inline in the event when short: a million ids are kept.
    EventId::numbered(prefix, n)
}

/// Renders a row's original bytes for `rejects.csv`: valid UTF-8 as it is, every byte that is
/// not valid UTF-8 as `\xNN`.
pub fn escape_bytes(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02X}"));
        }
    }
    out
}

// ----------------------------------------------------------------------------------------------
// Field helpers shared by the importers.

/// An optional column's field as `text` gives it; empty when the file has no such column.
pub fn opt<'r>(rec: &'r Record, i: Option<usize>, column: &'static str) -> Result<&'r str, Bad> {
    match i {
        Some(i) => text(rec, i, column),
        None => Ok(""),
    }
}

/// A field as UTF-8 text, trimmed; invalid UTF-8 is a problem of `column`.
pub fn text<'r>(rec: &'r Record, i: usize, column: &'static str) -> Result<&'r str, Bad> {
    let bytes = rec.field(i);
    std::str::from_utf8(bytes).map(str::trim).map_err(|e| {
        Bad::at(
            column,
            format!(
                "invalid UTF-8 at byte {} of the field; save the file as UTF-8",
                e.valid_up_to() + 1
            ),
        )
    })
}

/// A day written `YYYYMMDD` (GDELT's SQLDATE; DATEADDED's first eight digits).
pub fn yyyymmdd(bytes: &[u8]) -> Option<NaiveDate> {
    if bytes.len() < 8 || !bytes[..8].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n = |r: std::ops::Range<usize>| {
        bytes[r]
            .iter()
            .fold(0u32, |acc, &b| acc * 10 + u32::from(b - b'0'))
    };
    NaiveDate::from_ymd_opt(n(0..4) as i32, n(4..6), n(6..8))
}

/// A day written `YYYY-MM-DD`, optionally followed by a time (`2020-09-27 00:00:00.000`).
pub fn iso_day(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() < 10 || (b.len() > 10 && !matches!(b[10], b' ' | b'T')) {
        return None;
    }
    if b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let s = &b[r];
        s.iter()
            .all(u8::is_ascii_digit)
            .then(|| s.iter().fold(0u32, |a, &d| a * 10 + u32::from(d - b'0')))
    };
    NaiveDate::from_ymd_opt(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)
}

/// The message for a date that is not a date.
pub fn bad_date(column: &'static str, value: &[u8], expected: &str) -> Bad {
    Bad::at(
        column,
        format!(
            "'{}' is not a date (expected {expected})",
            escape_bytes(value)
        ),
    )
}

/// The most precise `DateSpan` for the inclusive days `a..=b`: a day, an ISO week, a calendar
/// month or year when the span is exactly one, else the interval.
pub fn span_between(a: NaiveDate, b: NaiveDate) -> Option<DateSpan> {
    use crate::model::date::{Bound, Dated, Point, Qualifier};
    if b < a {
        return None;
    }
    if a == b {
        return Some(DateSpan::day(a));
    }
    if a.day() == 1 && a.month() == 1 && b.month() == 12 && b.day() == 31 && a.year() == b.year() {
        return DateSpan::year(a.year());
    }
    let month_end = |d: NaiveDate| {
        let (y, m) = if d.month() == 12 {
            (d.year() + 1, 1)
        } else {
            (d.year(), d.month() + 1)
        };
        NaiveDate::from_ymd_opt(y, m, 1).and_then(|n| n.pred_opt())
    };
    if a.day() == 1 && a.year() == b.year() && a.month() == b.month() && month_end(a) == Some(b) {
        return DateSpan::month(a.year(), a.month());
    }
    if a.weekday() == chrono::Weekday::Mon && (b - a).num_days() == 6 {
        let w = a.iso_week();
        return DateSpan::week(w.year(), w.week());
    }
    let known = |d: NaiveDate| {
        Bound::Known(Dated {
            point: Point::Day(d),
            qualifier: Qualifier::default(),
        })
    };
    DateSpan::interval(known(a), known(b)).ok()
}

/// The header columns of a dataset with a header, by lower-cased name.
#[derive(Debug, Default)]
pub struct Columns {
    names: Vec<String>,
}

impl Columns {
    /// The columns of a header record.
    pub fn new(header: &Record) -> Self {
        Columns {
            names: header
                .fields()
                .map(|f| String::from_utf8_lossy(f).trim().to_ascii_lowercase())
                .collect(),
        }
    }

    /// The index of a column.
    pub fn find(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| n == name)
    }

    /// The indexes of required columns, or the message naming every missing one.
    pub fn require<const N: usize>(
        &self,
        format: &str,
        names: [&str; N],
    ) -> Result<[usize; N], String> {
        let mut out = [0; N];
        let mut missing = Vec::new();
        for (slot, name) in out.iter_mut().zip(names) {
            match self.find(name) {
                Some(i) => *slot = i,
                None => missing.push(name),
            }
        }
        if missing.is_empty() {
            Ok(out)
        } else {
            Err(format!(
                "not a {format} header: missing column{} {}",
                if missing.len() == 1 { "" } else { "s" },
                missing
                    .iter()
                    .map(|m| format!("'{m}'"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        }
    }

    /// How many columns the header has.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether the header has no columns.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

/// Checks a row has as many fields as the header.
pub fn check_width(rec: &Record, expected: usize, format: &str) -> Result<(), Bad> {
    if rec.len() == expected {
        Ok(())
    } else {
        Err(Bad::row(format!(
            "row has {} field{} but the {format} header has {expected}",
            rec.len(),
            if rec.len() == 1 { "" } else { "s" }
        )))
    }
}
