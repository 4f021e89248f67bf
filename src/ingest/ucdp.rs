//! UCDP Georeferenced Event Dataset records (GED CSV with a header): one event per row from
//! side_a to side_b, dated date_start..date_end with the precision UCDP gives, typed by the
//! CAMEO root of its type of violence, with the death counts in the summary and the source
//! articles as provenance. See `docs/importers.md`.

use super::importer::{
    Bad, Columns, Cx, Importer, bad_date, check_width, iso_day, opt, span_between, text,
};
use super::records::{Dialect, Record};
use crate::model::{ActorKind, Codebook, Event, EventType, Origin, Provenance};

/// UCDP's type of violence to a CAMEO code: 1 state-based armed conflict and 2 non-state
/// conflict are fighting (root 19, `190` Use conventional military force); 3 one-sided
/// violence against civilians is assault (root 18, `180` Use unconventional violence).
pub const TYPES_OF_VIOLENCE: &[(&str, &str, &str)] = &[
    ("1", "state-based armed conflict", "190"),
    ("2", "non-state conflict", "190"),
    ("3", "one-sided violence", "180"),
];

/// The CAMEO event type and the name of a UCDP type of violence.
pub fn cameo(type_of_violence: &str) -> Option<(&'static EventType, &'static str)> {
    let (_, name, code) = TYPES_OF_VIOLENCE
        .iter()
        .find(|(t, _, _)| *t == type_of_violence.trim())?;
    Some((Codebook::get().code(code)?, name))
}

const REQUIRED: [&str; 7] = [
    "id",
    "type_of_violence",
    "side_a",
    "side_b",
    "date_prec",
    "date_start",
    "date_end",
];

/// The UCDP GED importer.
#[derive(Debug, Default)]
pub struct Ucdp {
    width: usize,
    req: [usize; 7],
    dyad_name: Option<usize>,
    source_article: Option<usize>,
    source_office: Option<usize>,
    source_date: Option<usize>,
    where_description: Option<usize>,
    adm_1: Option<usize>,
    country: Option<usize>,
    best: Option<usize>,
    low: Option<usize>,
    high: Option<usize>,
}

fn count(rec: &Record, i: Option<usize>, column: &'static str) -> Result<Option<u64>, Bad> {
    let t = opt(rec, i, column)?;
    if t.is_empty() {
        return Ok(None);
    }
    t.parse()
        .map(Some)
        .map_err(|_| Bad::at(column, format!("'{t}' is not a number of deaths")))
}

impl Importer for Ucdp {
    fn dialect(&self) -> Dialect {
        Dialect::Csv
    }

    fn has_header(&self) -> bool {
        true
    }

    fn header(&mut self, header: &Record) -> Result<(), String> {
        let c = Columns::new(header);
        self.req = c.require("UCDP GED", REQUIRED)?;
        self.dyad_name = c.find("dyad_name");
        self.source_article = c.find("source_article");
        self.source_office = c.find("source_office");
        self.source_date = c.find("source_date");
        self.where_description = c.find("where_description");
        self.adm_1 = c.find("adm_1");
        self.country = c.find("country");
        self.best = c.find("best");
        self.low = c.find("low");
        self.high = c.find("high");
        self.width = c.len();
        Ok(())
    }

    fn row(&mut self, rec: &Record, cx: &mut Cx<'_>) -> Result<Option<Event>, Bad> {
        check_width(rec, self.width, "UCDP GED")?;
        let [id_i, type_i, a_i, b_i, prec_i, start_i, end_i] = self.req;
        let id = text(rec, id_i, "id")?;
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Bad::at("id", format!("'{id}' is not a UCDP event id")));
        }
        let tov = text(rec, type_i, "type_of_violence")?;
        let (event_type, violence) = cameo(tov).ok_or_else(|| {
            Bad::at(
                "type_of_violence",
                format!("'{tov}' is not a UCDP type of violence (1, 2 or 3)"),
            )
        })?;
        let prec = text(rec, prec_i, "date_prec")?;
        if !matches!(prec, "1" | "2" | "3" | "4" | "5") {
            return Err(Bad::at(
                "date_prec",
                format!("'{prec}' is not a UCDP date precision (1 to 5)"),
            ));
        }
        let start_text = text(rec, start_i, "date_start")?;
        let end_text = text(rec, end_i, "date_end")?;
        let start = iso_day(start_text)
            .ok_or_else(|| bad_date("date_start", start_text.as_bytes(), "YYYY-MM-DD"))?;
        let end = iso_day(end_text)
            .ok_or_else(|| bad_date("date_end", end_text.as_bytes(), "YYYY-MM-DD"))?;
        let date = span_between(start, end).ok_or_else(|| {
            Bad::at(
                "date_end",
                format!("date_end {end} is before date_start {start}"),
            )
        })?;
        let side_a = text(rec, a_i, "side_a")?;
        let side_b = text(rec, b_i, "side_b")?;
        let dyad = opt(rec, self.dyad_name, "dyad_name")?;
        let article = opt(rec, self.source_article, "source_article")?;
        let office = opt(rec, self.source_office, "source_office")?;
        let source_date = opt(rec, self.source_date, "source_date")?;
        let place = opt(rec, self.where_description, "where_description")?;
        let adm_1 = opt(rec, self.adm_1, "adm_1")?;
        let country = opt(rec, self.country, "country")?;
        let best = count(rec, self.best, "best")?;
        let low = count(rec, self.low, "low")?;
        let high = count(rec, self.high, "high")?;

        if !cx.filter.date(&date) || !cx.filter.event_type(event_type) {
            return Ok(None);
        }
        let here = cx.coder.country(cx.registry, country);
        if cx.filter.has_countries() && !cx.filter.country(here.iter().map(|c| &**c)) {
            return Ok(None);
        }
        let source = cx.coder.generic(
            cx.registry,
            "ucdp",
            side_a,
            here.as_deref(),
            ActorKind::ArmedGroup,
            &date,
        );
        let target = cx.coder.generic(
            cx.registry,
            "ucdp",
            side_b,
            here.as_deref(),
            ActorKind::ArmedGroup,
            &date,
        );
        if !cx.keep_actors(&source, &target) {
            return Ok(None);
        }
        let who = if dyad.is_empty() {
            format!("{side_a} – {side_b}")
        } else {
            dyad.to_string()
        };
        let deaths = match (best, low, high) {
            (Some(b), Some(l), Some(h)) => format!("{b} deaths (low {l}, high {h})"),
            (Some(b), _, _) => format!("{b} deaths"),
            _ => "deaths not given".to_string(),
        };
        let place: Vec<&str> = [place, adm_1, country]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        let published = source_date
            .split([';', ','])
            .next()
            .and_then(|d| iso_day(d.trim()));
        Ok(Some(Event {
            id: format!("ucdp-{id}").into(),
            date,
            source,
            target,
            event_type,
            summary: format!("{who}: {deaths}; {violence}."),
            location: cx.places.get(&place.join(", ")),
            origin: Origin::Ucdp,
            provenance: cx.filter.provenance(|| Provenance {
                outlet: (!office.is_empty()).then(|| office.into()),
                title: (!article.is_empty()).then(|| article.into()),
                published,
                file: cx.file(),
                line: Some(cx.line),
                ..Provenance::default()
            }),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_of_violence_map_to_codebook_codes() {
        assert_eq!(cameo("1").unwrap().0.code, "190");
        assert_eq!(cameo("2").unwrap().0.root, "19");
        assert_eq!(cameo("3").unwrap().0.root, "18");
        assert!(cameo("4").is_none());
    }
}
