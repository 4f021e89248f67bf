//! GDELT 2.0 event records (`*.export.CSV`, tab-separated, no header, 61 columns): one event per
//! row, dated by SQLDATE (not DATEADDED), coded by the CAMEO actor and event codes, traced to
//! SOURCEURL. Also the FIPS 10-4 country codes of GDELT's geography columns. See
//! `docs/importers.md`.

use std::sync::Arc;

use super::importer::{Bad, Cx, Importer, RowFilter, bad_date, text, yyyymmdd};
use super::records::{Dialect, Record};
use crate::model::coded::is_actor_code;
use crate::model::{Codebook, DateSpan, Event, Origin, Provenance};

/// The 61 columns of a GDELT 2.0 event record, in order (GDELT 2.0 event codebook).
pub const COLUMNS: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

const ID: usize = 0;
const SQLDATE: usize = 1;
const ACTOR1_CODE: usize = 5;
const ACTOR1_COUNTRY: usize = 7;
const ACTOR2_CODE: usize = 15;
const ACTOR2_COUNTRY: usize = 17;
const EVENT_CODE: usize = 26;
const NUM_MENTIONS: usize = 31;
const ACTION_NAME: usize = 52;
const ACTION_COUNTRY: usize = 53;
const DATEADDED: usize = 59;
const SOURCEURL: usize = 60;

/// FIPS 10-4 country codes (GDELT's `*Geo_CountryCode`) to ISO 3166-1 alpha-3, for every state
/// of the built-in registry plus Hong Kong and Aruba; Gaza Strip and West Bank are Palestine.
/// From the FIPS 10-4 standard (as GDELT uses it) and ISO 3166-1.
pub const FIPS_TO_ISO3: &[(&str, &str)] = &[
    ("AA", "ABW"),
    ("AC", "ATG"),
    ("AE", "ARE"),
    ("AF", "AFG"),
    ("AG", "DZA"),
    ("AJ", "AZE"),
    ("AL", "ALB"),
    ("AM", "ARM"),
    ("AN", "AND"),
    ("AO", "AGO"),
    ("AR", "ARG"),
    ("AS", "AUS"),
    ("AU", "AUT"),
    ("BA", "BHR"),
    ("BB", "BRB"),
    ("BC", "BWA"),
    ("BE", "BEL"),
    ("BF", "BHS"),
    ("BG", "BGD"),
    ("BH", "BLZ"),
    ("BK", "BIH"),
    ("BL", "BOL"),
    ("BM", "MMR"),
    ("BN", "BEN"),
    ("BO", "BLR"),
    ("BP", "SLB"),
    ("BR", "BRA"),
    ("BT", "BTN"),
    ("BU", "BGR"),
    ("BX", "BRN"),
    ("BY", "BDI"),
    ("CA", "CAN"),
    ("CB", "KHM"),
    ("CD", "TCD"),
    ("CE", "LKA"),
    ("CF", "COG"),
    ("CG", "COD"),
    ("CH", "CHN"),
    ("CI", "CHL"),
    ("CM", "CMR"),
    ("CN", "COM"),
    ("CO", "COL"),
    ("CS", "CRI"),
    ("CT", "CAF"),
    ("CU", "CUB"),
    ("CV", "CPV"),
    ("CY", "CYP"),
    ("DA", "DNK"),
    ("DJ", "DJI"),
    ("DO", "DMA"),
    ("DR", "DOM"),
    ("EC", "ECU"),
    ("EG", "EGY"),
    ("EI", "IRL"),
    ("EK", "GNQ"),
    ("EN", "EST"),
    ("ER", "ERI"),
    ("ES", "SLV"),
    ("ET", "ETH"),
    ("EZ", "CZE"),
    ("FI", "FIN"),
    ("FJ", "FJI"),
    ("FM", "FSM"),
    ("FR", "FRA"),
    ("GA", "GMB"),
    ("GB", "GAB"),
    ("GG", "GEO"),
    ("GH", "GHA"),
    ("GJ", "GRD"),
    ("GM", "DEU"),
    ("GR", "GRC"),
    ("GT", "GTM"),
    ("GV", "GIN"),
    ("GY", "GUY"),
    ("GZ", "PSE"),
    ("HA", "HTI"),
    ("HK", "HKG"),
    ("HO", "HND"),
    ("HR", "HRV"),
    ("HU", "HUN"),
    ("IC", "ISL"),
    ("ID", "IDN"),
    ("IN", "IND"),
    ("IR", "IRN"),
    ("IS", "ISR"),
    ("IT", "ITA"),
    ("IV", "CIV"),
    ("IZ", "IRQ"),
    ("JA", "JPN"),
    ("JM", "JAM"),
    ("JO", "JOR"),
    ("KE", "KEN"),
    ("KG", "KGZ"),
    ("KN", "PRK"),
    ("KR", "KIR"),
    ("KS", "KOR"),
    ("KU", "KWT"),
    ("KV", "XKX"),
    ("KZ", "KAZ"),
    ("LA", "LAO"),
    ("LE", "LBN"),
    ("LG", "LVA"),
    ("LH", "LTU"),
    ("LI", "LBR"),
    ("LO", "SVK"),
    ("LS", "LIE"),
    ("LT", "LSO"),
    ("LU", "LUX"),
    ("LY", "LBY"),
    ("MA", "MDG"),
    ("MD", "MDA"),
    ("MG", "MNG"),
    ("MI", "MWI"),
    ("MJ", "MNE"),
    ("MK", "MKD"),
    ("ML", "MLI"),
    ("MN", "MCO"),
    ("MO", "MAR"),
    ("MP", "MUS"),
    ("MR", "MRT"),
    ("MT", "MLT"),
    ("MU", "OMN"),
    ("MV", "MDV"),
    ("MX", "MEX"),
    ("MY", "MYS"),
    ("MZ", "MOZ"),
    ("NG", "NER"),
    ("NH", "VUT"),
    ("NI", "NGA"),
    ("NL", "NLD"),
    ("NO", "NOR"),
    ("NP", "NPL"),
    ("NR", "NRU"),
    ("NS", "SUR"),
    ("NU", "NIC"),
    ("NZ", "NZL"),
    ("OD", "SSD"),
    ("PA", "PRY"),
    ("PE", "PER"),
    ("PK", "PAK"),
    ("PL", "POL"),
    ("PM", "PAN"),
    ("PO", "PRT"),
    ("PP", "PNG"),
    ("PS", "PLW"),
    ("PU", "GNB"),
    ("QA", "QAT"),
    ("RI", "SRB"),
    ("RM", "MHL"),
    ("RO", "ROU"),
    ("RP", "PHL"),
    ("RS", "RUS"),
    ("RW", "RWA"),
    ("SA", "SAU"),
    ("SC", "KNA"),
    ("SE", "SYC"),
    ("SF", "ZAF"),
    ("SG", "SEN"),
    ("SI", "SVN"),
    ("SL", "SLE"),
    ("SM", "SMR"),
    ("SN", "SGP"),
    ("SO", "SOM"),
    ("SP", "ESP"),
    ("ST", "LCA"),
    ("SU", "SDN"),
    ("SW", "SWE"),
    ("SY", "SYR"),
    ("SZ", "CHE"),
    ("TD", "TTO"),
    ("TH", "THA"),
    ("TI", "TJK"),
    ("TN", "TON"),
    ("TO", "TGO"),
    ("TP", "STP"),
    ("TS", "TUN"),
    ("TT", "TLS"),
    ("TU", "TUR"),
    ("TV", "TUV"),
    ("TW", "TWN"),
    ("TX", "TKM"),
    ("TZ", "TZA"),
    ("UG", "UGA"),
    ("UK", "GBR"),
    ("UP", "UKR"),
    ("US", "USA"),
    ("UV", "BFA"),
    ("UY", "URY"),
    ("UZ", "UZB"),
    ("VC", "VCT"),
    ("VE", "VEN"),
    ("VM", "VNM"),
    ("VT", "VAT"),
    ("WA", "NAM"),
    ("WE", "PSE"),
    ("WS", "WSM"),
    ("WZ", "SWZ"),
    ("YM", "YEM"),
    ("ZA", "ZMB"),
    ("ZI", "ZWE"),
];

/// The ISO alpha-3 code of a FIPS 10-4 country code.
pub fn fips_to_iso3(fips: &[u8]) -> Option<&'static str> {
    FIPS_TO_ISO3
        .binary_search_by(|(f, _)| f.as_bytes().cmp(fips))
        .ok()
        .map(|i| FIPS_TO_ISO3[i].1)
}

/// The GDELT 2.0 importer.
#[derive(Debug, Default)]
pub struct Gdelt;

fn number(rec: &Record, i: usize) -> Result<u64, Bad> {
    let b = rec.field(i);
    if b.is_empty() || b.len() > 19 || !b.iter().all(u8::is_ascii_digit) {
        return Err(Bad::at(
            COLUMNS[i],
            format!(
                "'{}' is not a whole number",
                super::importer::escape_bytes(b)
            ),
        ));
    }
    Ok(b.iter().fold(0u64, |a, &d| a * 10 + u64::from(d - b'0')))
}

fn actor_code(rec: &Record, i: usize) -> Result<&[u8], Bad> {
    let b = rec.field(i);
    if b.is_empty() || is_actor_code(b) {
        Ok(b)
    } else {
        Err(Bad::at(
            COLUMNS[i],
            format!(
                "'{}' is not a CAMEO actor code (letters and digits)",
                super::importer::escape_bytes(b)
            ),
        ))
    }
}

impl Importer for Gdelt {
    fn dialect(&self) -> Dialect {
        Dialect::Tsv
    }

    fn has_header(&self) -> bool {
        false
    }

    fn header(&mut self, _header: &Record) -> Result<(), String> {
        Ok(())
    }

    fn row(&mut self, rec: &Record, cx: &mut Cx<'_>) -> Result<Option<Event>, Bad> {
        match prepare(rec, cx.filter, cx.file)? {
            Some(event) => self.finish(rec, event, cx),
            None => Ok(None),
        }
    }

    fn prepare(
        &self,
        rec: &Record,
        filter: &RowFilter,
        file: &Arc<str>,
    ) -> Option<Result<Option<Event>, Bad>> {
        Some(prepare(rec, filter, file))
    }

    fn finish(
        &mut self,
        rec: &Record,
        mut event: Event,
        cx: &mut Cx<'_>,
    ) -> Result<Option<Event>, Bad> {
        // The codes and the place were checked by `prepare`.
        let source = cx.coder.code(cx.registry, rec.field(ACTOR1_CODE));
        let target = cx.coder.code(cx.registry, rec.field(ACTOR2_CODE));
        if !cx.keep_actors(&source, &target) {
            return Ok(None);
        }
        event.source = source;
        event.target = target;
        event.location = cx.places.get(text(rec, ACTION_NAME, COLUMNS[ACTION_NAME])?);
        Ok(Some(event))
    }
}

/// Checks every field of a row casus uses and applies the filters that need no actor: the
/// event without its actors and place, which [`Importer::finish`] adds; `None` when a filter
/// leaves the row out.
fn prepare(rec: &Record, filter: &RowFilter, file: &Arc<str>) -> Result<Option<Event>, Bad> {
    if rec.len() != COLUMNS.len() {
        return Err(Bad::row(format!(
            "row has {} field{} but a GDELT 2.0 event has {}",
            rec.len(),
            if rec.len() == 1 { "" } else { "s" },
            COLUMNS.len()
        )));
    }
    // Check every field used before filtering, so that a bad row is rejected whatever the
    // filters.
    let id = number(rec, ID)?;
    let day = yyyymmdd(rec.field(SQLDATE))
        .filter(|_| rec.field(SQLDATE).len() == 8)
        .ok_or_else(|| bad_date(COLUMNS[SQLDATE], rec.field(SQLDATE), "YYYYMMDD"))?;
    let code = rec.field(EVENT_CODE);
    let event_type = std::str::from_utf8(code)
        .ok()
        .and_then(|c| Codebook::get().code(c))
        .ok_or_else(|| {
            Bad::at(
                COLUMNS[EVENT_CODE],
                format!(
                    "unknown CAMEO event code '{}'",
                    super::importer::escape_bytes(code)
                ),
            )
        })?;
    actor_code(rec, ACTOR1_CODE)?;
    actor_code(rec, ACTOR2_CODE)?;
    let mentions = if rec.field(NUM_MENTIONS).is_empty() {
        0
    } else {
        u32::try_from(number(rec, NUM_MENTIONS)?).unwrap_or(u32::MAX)
    };
    let added = rec.field(DATEADDED);
    let published = if added.is_empty() {
        None
    } else if matches!(added.len(), 8 | 14) && added.iter().all(u8::is_ascii_digit) {
        Some(yyyymmdd(added).ok_or_else(|| bad_date(COLUMNS[DATEADDED], added, "YYYYMMDDHHMMSS"))?)
    } else {
        return Err(bad_date(COLUMNS[DATEADDED], added, "YYYYMMDDHHMMSS"));
    };
    let url = text(rec, SOURCEURL, COLUMNS[SOURCEURL])?;
    text(rec, ACTION_NAME, COLUMNS[ACTION_NAME])?;

    if !filter.day(day) || !filter.event_type(event_type) || !filter.mentions(mentions) {
        return Ok(None);
    }
    if filter.has_countries() {
        // Where it happened; without a place, the actors' countries.
        let here = fips_to_iso3(rec.field(ACTION_COUNTRY));
        let keep = match here {
            Some(c) => filter.country([c]),
            None => filter.country(
                [rec.field(ACTOR1_COUNTRY), rec.field(ACTOR2_COUNTRY)]
                    .into_iter()
                    .filter_map(|b| std::str::from_utf8(b).ok()),
            ),
        };
        if !keep {
            return Ok(None);
        }
    }
    Ok(Some(Event {
        id: super::importer::numbered_id("gdelt-", id),
        date: DateSpan::day(day),
        source: None,
        target: None,
        event_type,
        summary: String::new(),
        location: None,
        origin: Origin::Gdelt,
        provenance: filter.provenance(|| Provenance {
            url: (!url.is_empty()).then(|| url.into()),
            published,
            file: Some(file.clone()),
            line: Some(rec.line),
            ..Provenance::default()
        }),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fips_table_is_sorted_and_names_registry_states() {
        let mut sorted = FIPS_TO_ISO3.to_vec();
        sorted.sort();
        sorted.dedup_by_key(|(f, _)| *f);
        assert_eq!(sorted, FIPS_TO_ISO3, "sorted by FIPS code, no code twice");
        let registry = crate::model::builtin::registry();
        for (fips, iso) in FIPS_TO_ISO3 {
            if matches!(*iso, "HKG" | "ABW") {
                continue;
            }
            assert!(
                registry.by_code(iso).is_some(),
                "{fips} -> {iso}: no registry state"
            );
        }
        // Every registry state of today has a FIPS code (GDELT's places are today's; the former
        // states, with no capital, have none).
        let isos: std::collections::BTreeSet<&str> = FIPS_TO_ISO3.iter().map(|(_, i)| *i).collect();
        for a in registry
            .iter()
            .filter(|a| a.kind == crate::model::ActorKind::State && a.capital.is_some())
        {
            assert!(
                isos.contains(a.code.as_str()),
                "{} has no FIPS code",
                a.code
            );
        }
        assert_eq!(fips_to_iso3(b"SF"), Some("ZAF"));
        assert_eq!(fips_to_iso3(b"ZZ"), None);
    }
}
