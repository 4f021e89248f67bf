//! ICEWS event records (Harvard Dataverse `.tab` files: tab-separated with a header): one event
//! per row, keyed by the pair (Event ID, Event Date), actors resolved from their names, sectors
//! and countries, traced to the story and sentence. See `docs/importers.md`.

use super::importer::{Bad, Columns, Cx, Importer, bad_date, check_width, iso_day, text};
use super::records::{Dialect, Record};
use crate::model::{Codebook, DateSpan, Event, Origin, Provenance};

/// The ICEWS columns casus reads; the first five are required.
pub const COLUMNS: [&str; 14] = [
    "Event ID",
    "Event Date",
    "Source Name",
    "CAMEO Code",
    "Target Name",
    "Source Sectors",
    "Source Country",
    "Target Sectors",
    "Target Country",
    "Event Text",
    "Story ID",
    "Sentence Number",
    "Publisher",
    "Country",
];

/// The ICEWS importer.
#[derive(Debug, Default)]
pub struct Icews {
    width: usize,
    /// Column indexes of [`COLUMNS`]; optional ones are `None` when absent.
    at: Vec<Option<usize>>,
    city: Option<usize>,
    province: Option<usize>,
}

const ID: usize = 0;
const DATE: usize = 1;
const SOURCE: usize = 2;
const CODE: usize = 3;
const TARGET: usize = 4;
const SOURCE_SECTORS: usize = 5;
const SOURCE_COUNTRY: usize = 6;
const TARGET_SECTORS: usize = 7;
const TARGET_COUNTRY: usize = 8;
const EVENT_TEXT: usize = 9;
const STORY: usize = 10;
const SENTENCE: usize = 11;
const PUBLISHER: usize = 12;
const COUNTRY: usize = 13;

/// ICEWS writes "NA" for a missing value.
fn value(s: &str) -> &str {
    if s == "NA" { "" } else { s }
}

impl Icews {
    fn get<'r>(&self, rec: &'r Record, which: usize) -> Result<&'r str, Bad> {
        match self.at[which] {
            Some(i) => text(rec, i, COLUMNS[which]).map(value),
            None => Ok(""),
        }
    }
}

impl Importer for Icews {
    fn dialect(&self) -> Dialect {
        Dialect::Tsv
    }

    fn has_header(&self) -> bool {
        true
    }

    fn header(&mut self, header: &Record) -> Result<(), String> {
        let columns = Columns::new(header);
        let lower = COLUMNS.map(|c| c.to_ascii_lowercase());
        columns.require(
            "ICEWS",
            [&lower[0], &lower[1], &lower[2], &lower[3], &lower[4]].map(|s| s.as_str()),
        )?;
        self.at = lower.iter().map(|c| columns.find(c)).collect();
        self.city = columns.find("city");
        self.province = columns.find("province");
        self.width = columns.len();
        Ok(())
    }

    fn row(&mut self, rec: &Record, cx: &mut Cx<'_>) -> Result<Option<Event>, Bad> {
        check_width(rec, self.width, "ICEWS")?;
        let id = self.get(rec, ID)?;
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Bad::at(
                COLUMNS[ID],
                format!("'{id}' is not an ICEWS event id (a whole number)"),
            ));
        }
        let date_text = self.get(rec, DATE)?;
        let day = iso_day(date_text)
            .filter(|_| date_text.len() == 10)
            .ok_or_else(|| bad_date(COLUMNS[DATE], date_text.as_bytes(), "YYYY-MM-DD"))?;
        let code = self.get(rec, CODE)?;
        let event_type = Codebook::get()
            .code(code)
            .ok_or_else(|| Bad::at(COLUMNS[CODE], format!("unknown CAMEO event code '{code}'")))?;
        let source_name = self.get(rec, SOURCE)?;
        let target_name = self.get(rec, TARGET)?;
        let source_sectors = self.get(rec, SOURCE_SECTORS)?;
        let target_sectors = self.get(rec, TARGET_SECTORS)?;
        let source_country = self.get(rec, SOURCE_COUNTRY)?;
        let target_country = self.get(rec, TARGET_COUNTRY)?;
        let event_text = self.get(rec, EVENT_TEXT)?;
        let story = self.get(rec, STORY)?;
        let sentence = self.get(rec, SENTENCE)?;
        let publisher = self.get(rec, PUBLISHER)?;
        let country = self.get(rec, COUNTRY)?;
        let city = match self.city {
            Some(i) => text(rec, i, "City").map(value)?,
            None => "",
        };
        let province = match self.province {
            Some(i) => text(rec, i, "Province").map(value)?,
            None => "",
        };

        if !cx.filter.day(day) || !cx.filter.event_type(event_type) {
            return Ok(None);
        }
        if cx.filter.has_countries() {
            let here = cx.coder.country(cx.registry, country);
            let keep = match here {
                Some(c) => cx.filter.country([&*c]),
                None => {
                    let s = cx.coder.country(cx.registry, source_country);
                    let t = cx.coder.country(cx.registry, target_country);
                    cx.filter.country(s.iter().chain(t.iter()).map(|c| &**c))
                }
            };
            if !keep {
                return Ok(None);
            }
        }
        let date = DateSpan::day(day);
        let source = cx.coder.icews(
            cx.registry,
            source_name,
            source_sectors,
            source_country,
            &date,
        );
        let target = cx.coder.icews(
            cx.registry,
            target_name,
            target_sectors,
            target_country,
            &date,
        );
        if !cx.keep_actors(&source, &target) {
            return Ok(None);
        }
        let place: Vec<&str> = [city, province, country]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        let title = match (story.is_empty(), sentence.is_empty()) {
            (false, false) => Some(format!("ICEWS story {story}, sentence {sentence}")),
            (false, true) => Some(format!("ICEWS story {story}")),
            _ => None,
        };
        let names = match (source_name.is_empty(), target_name.is_empty()) {
            (false, false) => format!("{source_name} → {target_name}"),
            (false, true) => source_name.to_string(),
            (true, false) => format!("→ {target_name}"),
            (true, true) => String::new(),
        };
        let summary = match (names.is_empty(), event_text.is_empty()) {
            (false, false) => format!("{names}: {event_text}"),
            (false, true) => names,
            (true, _) => event_text.to_string(),
        };
        Ok(Some(Event {
            id: format!("icews-{id}-{day}").into(),
            date,
            source,
            target,
            event_type,
            summary,
            location: cx.places.get(&place.join(", ")),
            origin: Origin::Icews,
            provenance: cx.filter.provenance(|| Provenance {
                outlet: (!publisher.is_empty()).then(|| publisher.into()),
                title: title.map(Into::into),
                file: cx.file(),
                line: Some(cx.line),
                ..Provenance::default()
            }),
        }))
    }
}
