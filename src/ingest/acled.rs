//! ACLED event records (CSV with a header, the current column layout): one event per row from
//! actor1 to actor2, dated with ACLED's time precision, typed by the CAMEO code its event type
//! and sub-event type map to, with the fatalities and notes in the summary and the sources as
//! provenance. See `docs/importers.md` for the mapping table.

use chrono::{Datelike, Duration, NaiveDate};

use super::importer::{
    Bad, Columns, Cx, Importer, bad_date, check_width, iso_day, opt, span_between, text,
};
use super::records::{Dialect, Record};
use crate::model::{ActorKind, Codebook, DateSpan, Event, EventType, Origin, Provenance};

/// ACLED event type and sub-event type to a CAMEO code (lower case). The codes were chosen by
/// the meaning of ACLED's definitions (ACLED codebook) against the CAMEO codebook's.
pub const SUB_EVENT_TYPES: &[(&str, &str, &str)] = &[
    ("battles", "armed clash", "190"),
    ("battles", "government regains territory", "192"),
    ("battles", "non-state actor overtakes territory", "192"),
    ("explosions/remote violence", "chemical weapon", "2041"),
    ("explosions/remote violence", "air/drone strike", "195"),
    ("explosions/remote violence", "suicide bomb", "1831"),
    (
        "explosions/remote violence",
        "shelling/artillery/missile attack",
        "194",
    ),
    (
        "explosions/remote violence",
        "remote explosive/landmine/ied",
        "183",
    ),
    ("explosions/remote violence", "grenade", "193"),
    ("violence against civilians", "sexual violence", "1821"),
    ("violence against civilians", "attack", "180"),
    (
        "violence against civilians",
        "abduction/forced disappearance",
        "181",
    ),
    ("protests", "peaceful protest", "141"),
    ("protests", "protest with intervention", "141"),
    ("protests", "excessive force against protesters", "175"),
    ("riots", "violent demonstration", "145"),
    ("riots", "mob violence", "145"),
    ("strategic developments", "agreement", "057"),
    ("strategic developments", "arrests", "173"),
    ("strategic developments", "change to group/activity", "010"),
    ("strategic developments", "disrupted weapons use", "150"),
    (
        "strategic developments",
        "headquarters or base established",
        "154",
    ),
    (
        "strategic developments",
        "looting/property destruction",
        "171",
    ),
    (
        "strategic developments",
        "non-violent transfer of territory",
        "192",
    ),
    ("strategic developments", "other", "010"),
];

/// The CAMEO code of an event type whose sub-event type is not in [`SUB_EVENT_TYPES`].
pub const EVENT_TYPES: &[(&str, &str)] = &[
    ("battles", "190"),
    ("explosions/remote violence", "180"),
    ("violence against civilians", "180"),
    ("protests", "141"),
    ("riots", "145"),
    ("strategic developments", "010"),
];

/// The CAMEO event type of an ACLED event type and sub-event type (case does not matter).
pub fn cameo(event_type: &str, sub_event_type: &str) -> Option<&'static EventType> {
    let e = event_type.trim().to_lowercase();
    let s = sub_event_type.trim().to_lowercase();
    let code = SUB_EVENT_TYPES
        .iter()
        .find(|(a, b, _)| *a == e && *b == s)
        .map(|(_, _, c)| *c)
        .or_else(|| EVENT_TYPES.iter().find(|(a, _)| *a == e).map(|(_, c)| *c))?;
    Codebook::get().code(code)
}

/// The kind of a run-local actor of an ACLED interaction code (1 to 8, or its name).
pub fn inter_kind(inter: &str) -> ActorKind {
    match inter.trim().to_lowercase().as_str() {
        "1" | "state forces" => ActorKind::Government,
        "2" | "rebel group" | "rebel groups" => ActorKind::ArmedGroup,
        "3" | "political militia" | "political militias" => ActorKind::ArmedGroup,
        "4" | "identity militia" | "identity militias" => ActorKind::ArmedGroup,
        _ => ActorKind::Other,
    }
}

/// An ACLED date: `2020-09-27`, or the older `27 September 2020`.
pub fn acled_day(text: &str) -> Option<NaiveDate> {
    if let Some(d) = iso_day(text).filter(|_| text.len() == 10) {
        return Some(d);
    }
    NaiveDate::parse_from_str(text, "%d %B %Y").ok()
}

const REQUIRED: [&str; 6] = [
    "event_id_cnty",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
];

/// The ACLED importer.
#[derive(Debug, Default)]
pub struct Acled {
    width: usize,
    req: [usize; 6],
    actor2: Option<usize>,
    inter1: Option<usize>,
    inter2: Option<usize>,
    country: Option<usize>,
    admin1: Option<usize>,
    location: Option<usize>,
    source: Option<usize>,
    notes: Option<usize>,
    fatalities: Option<usize>,
}

impl Importer for Acled {
    fn dialect(&self) -> Dialect {
        Dialect::Csv
    }

    fn has_header(&self) -> bool {
        true
    }

    fn header(&mut self, header: &Record) -> Result<(), String> {
        let c = Columns::new(header);
        self.req = c.require("ACLED", REQUIRED)?;
        self.actor2 = c.find("actor2");
        self.inter1 = c.find("inter1");
        self.inter2 = c.find("inter2");
        self.country = c.find("country");
        self.admin1 = c.find("admin1");
        self.location = c.find("location");
        self.source = c.find("source");
        self.notes = c.find("notes");
        self.fatalities = c.find("fatalities");
        self.width = c.len();
        Ok(())
    }

    fn row(&mut self, rec: &Record, cx: &mut Cx<'_>) -> Result<Option<Event>, Bad> {
        check_width(rec, self.width, "ACLED")?;
        let [id_i, date_i, prec_i, type_i, sub_i, actor1_i] = self.req;
        let id = text(rec, id_i, "event_id_cnty")?;
        if id.is_empty() || id.chars().any(char::is_whitespace) {
            return Err(Bad::at(
                "event_id_cnty",
                format!("'{id}' is not an ACLED event id"),
            ));
        }
        let date_text = text(rec, date_i, "event_date")?;
        let day = acled_day(date_text).ok_or_else(|| {
            bad_date(
                "event_date",
                date_text.as_bytes(),
                "YYYY-MM-DD or '27 September 2020'",
            )
        })?;
        let precision = text(rec, prec_i, "time_precision")?;
        let date = match precision {
            "1" => Some(DateSpan::day(day)),
            "2" => span_between(day - Duration::days(3), day + Duration::days(3)),
            "3" => DateSpan::month(day.year(), day.month()),
            other => {
                return Err(Bad::at(
                    "time_precision",
                    format!("'{other}' is not an ACLED time precision (1, 2 or 3)"),
                ));
            }
        }
        .ok_or_else(|| bad_date("event_date", date_text.as_bytes(), "a date in 0001-9998"))?;
        let event_type_text = text(rec, type_i, "event_type")?;
        let sub_text = text(rec, sub_i, "sub_event_type")?;
        let event_type = cameo(event_type_text, sub_text).ok_or_else(|| {
            Bad::at(
                "event_type",
                format!(
                    "unknown ACLED event type '{event_type_text}' (sub-event type '{sub_text}')"
                ),
            )
        })?;
        let actor1 = text(rec, actor1_i, "actor1")?;
        let actor2 = opt(rec, self.actor2, "actor2")?;
        let inter1 = opt(rec, self.inter1, "inter1")?;
        let inter2 = opt(rec, self.inter2, "inter2")?;
        let country = opt(rec, self.country, "country")?;
        let admin1 = opt(rec, self.admin1, "admin1")?;
        let location = opt(rec, self.location, "location")?;
        let source_text = opt(rec, self.source, "source")?;
        let notes = opt(rec, self.notes, "notes")?;
        let fatalities_text = opt(rec, self.fatalities, "fatalities")?;
        let fatalities: Option<u64> = if fatalities_text.is_empty() {
            None
        } else {
            Some(fatalities_text.parse().map_err(|_| {
                Bad::at(
                    "fatalities",
                    format!("'{fatalities_text}' is not a number of fatalities"),
                )
            })?)
        };

        if !cx.filter.date(&date) || !cx.filter.event_type(event_type) {
            return Ok(None);
        }
        let here = cx.coder.country(cx.registry, country);
        if cx.filter.has_countries() && !cx.filter.country(here.iter().map(|c| &**c)) {
            return Ok(None);
        }
        let source = cx.coder.generic(
            cx.registry,
            "acled",
            actor1,
            here.as_deref(),
            inter_kind(inter1),
            &date,
        );
        let target = cx.coder.generic(
            cx.registry,
            "acled",
            actor2,
            here.as_deref(),
            inter_kind(inter2),
            &date,
        );
        if !cx.keep_actors(&source, &target) {
            return Ok(None);
        }
        let mut summary = if notes.is_empty() {
            format!("{event_type_text}: {sub_text}.")
        } else {
            notes.to_string()
        };
        if let Some(n) = fatalities {
            summary.push_str(&format!(
                " [{n} fatalit{}]",
                if n == 1 { "y" } else { "ies" }
            ));
        }
        let place: Vec<&str> = [location, admin1, country]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        Ok(Some(Event {
            id: format!("acled-{id}").into(),
            date,
            source,
            target,
            event_type,
            summary,
            location: cx.places.get(&place.join(", ")),
            origin: Origin::Acled,
            provenance: cx.filter.provenance(|| Provenance {
                outlet: (!source_text.is_empty()).then(|| source_text.into()),
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
    fn every_mapping_names_a_codebook_code_and_types_map() {
        for (e, s, c) in SUB_EVENT_TYPES {
            assert!(Codebook::get().code(c).is_some(), "{e}/{s}: {c}");
        }
        for (e, c) in EVENT_TYPES {
            assert!(Codebook::get().code(c).is_some(), "{e}: {c}");
        }
        assert_eq!(cameo("Battles", "Armed clash").unwrap().code, "190");
        assert_eq!(
            cameo("Explosions/Remote violence", "Air/drone strike")
                .unwrap()
                .code,
            "195"
        );
        assert_eq!(cameo("Battles", "Something new").unwrap().code, "190");
        assert!(cameo("Picnics", "Armed clash").is_none());
        assert_eq!(
            acled_day("27 September 2020"),
            NaiveDate::from_ymd_opt(2020, 9, 27)
        );
        assert_eq!(inter_kind("2"), ActorKind::ArmedGroup);
        assert_eq!(inter_kind("Civilians"), ActorKind::Other);
    }
}
