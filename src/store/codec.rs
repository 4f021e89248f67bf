//! The bytes of one spilled event: [`encode`] writes an [`Event`] as a length-prefixed record
//! of plain fields, [`Decoder`] reads it back equal, sharing one `Arc` per actor, place and
//! file as the events of a run in memory do.

use std::sync::Arc;

use chrono::NaiveDate;
use rustc_hash::FxHashMap;

use crate::model::{ActorId, Codebook, DateSpan, Event, EventType, Origin, Provenance};

/// The length that stands for an absent string.
const NONE: u32 = u32::MAX;

fn put_u32(out: &mut Vec<u8>, n: u32) {
    out.extend_from_slice(&n.to_le_bytes());
}

fn put_str(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        // A dataset row is at most 16 MiB, an article far less: a field is never 4 GiB.
        Some(s) => {
            put_u32(out, u32::try_from(s.len()).unwrap_or(NONE - 1));
            out.extend_from_slice(&s.as_bytes()[..s.len().min((NONE - 1) as usize)]);
        }
        None => put_u32(out, NONE),
    }
}

fn put_day(out: &mut Vec<u8>, day: Option<NaiveDate>) {
    use chrono::Datelike;
    match day {
        Some(d) => {
            out.push(1);
            out.extend_from_slice(&d.num_days_from_ce().to_le_bytes());
        }
        None => out.push(0),
    }
}

/// Appends `e` to `out` as one record: its length (four bytes), then its fields.
pub fn encode(e: &Event, out: &mut Vec<u8>) {
    let at = out.len();
    put_u32(out, 0);
    put_str(out, Some(&e.id));
    if e.date.is_plain() && e.date.precision() == crate::model::Precision::Day {
        out.push(0);
        put_day(out, e.date.start());
    } else {
        out.push(1);
        let mut text = String::new();
        e.date.push_edtf(&mut text);
        put_str(out, Some(&text));
    }
    put_str(out, e.source.as_deref());
    put_str(out, e.target.as_deref());
    put_str(out, Some(&e.event_type.code));
    let origin = Origin::ALL.iter().position(|o| *o == e.origin).unwrap_or(0);
    out.push(origin as u8);
    put_str(out, Some(&e.summary));
    put_str(out, e.location.as_deref());
    put_u32(out, u32::try_from(e.provenance.len()).unwrap_or(0));
    for p in &e.provenance {
        put_str(out, p.outlet.as_deref());
        put_str(out, p.title.as_deref());
        put_day(out, p.published);
        put_str(out, p.url.as_deref());
        put_str(out, p.file.as_deref());
        match p.line {
            Some(n) => {
                out.push(1);
                out.extend_from_slice(&n.to_le_bytes());
            }
            None => out.push(0),
        }
        put_str(out, p.quote.as_deref());
    }
    let len = u32::try_from(out.len() - at - 4).unwrap_or(NONE);
    out[at..at + 4].copy_from_slice(&len.to_le_bytes());
}

/// Why a record could not be read back: the spill file was cut or changed under casus.
#[derive(Debug, thiserror::Error)]
#[error("a spilled event is damaged ({0}); was the temporary folder changed during the run?")]
pub struct Damaged(&'static str);

/// Reads records back, sharing one `Arc` per actor id, place and file name.
#[derive(Default)]
pub struct Decoder {
    actors: FxHashMap<Box<str>, ActorId>,
    places: FxHashMap<Box<str>, Arc<str>>,
    files: FxHashMap<Box<str>, Arc<str>>,
    types: FxHashMap<Box<str>, &'static EventType>,
}

/// A cursor over the bytes of one record.
struct Bytes<'a>(&'a [u8]);

impl<'a> Bytes<'a> {
    fn take(&mut self, n: usize, what: &'static str) -> Result<&'a [u8], Damaged> {
        if self.0.len() < n {
            return Err(Damaged(what));
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }

    fn u8(&mut self, what: &'static str) -> Result<u8, Damaged> {
        Ok(self.take(1, what)?[0])
    }

    fn u32(&mut self, what: &'static str) -> Result<u32, Damaged> {
        let b = self.take(4, what)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn str(&mut self, what: &'static str) -> Result<Option<&'a str>, Damaged> {
        let n = self.u32(what)?;
        if n == NONE {
            return Ok(None);
        }
        let b = self.take(n as usize, what)?;
        std::str::from_utf8(b).map(Some).map_err(|_| Damaged(what))
    }

    fn some_str(&mut self, what: &'static str) -> Result<&'a str, Damaged> {
        self.str(what)?.ok_or(Damaged(what))
    }

    fn day(&mut self, what: &'static str) -> Result<Option<NaiveDate>, Damaged> {
        if self.u8(what)? == 0 {
            return Ok(None);
        }
        let b = self.take(4, what)?;
        let n = i32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        NaiveDate::from_num_days_from_ce_opt(n)
            .map(Some)
            .ok_or(Damaged(what))
    }
}

/// The shared `Arc` of `s` in `table`, made on first sight.
fn shared(table: &mut FxHashMap<Box<str>, Arc<str>>, s: &str) -> Arc<str> {
    if let Some(a) = table.get(s) {
        return Arc::clone(a);
    }
    let a: Arc<str> = Arc::from(s);
    table.insert(Box::from(s), Arc::clone(&a));
    a
}

impl Decoder {
    /// The event of one record (without its four length bytes).
    pub fn decode(&mut self, record: &[u8]) -> Result<Event, Damaged> {
        let mut b = Bytes(record);
        let id = b.some_str("id")?;
        let date = match b.u8("date")? {
            0 => DateSpan::day(b.day("date")?.ok_or(Damaged("date"))?),
            _ => DateSpan::parse(b.some_str("date")?).map_err(|_| Damaged("date"))?,
        };
        let source = b.str("source")?.map(|s| shared(&mut self.actors, s));
        let target = b.str("target")?.map(|s| shared(&mut self.actors, s));
        let code = b.some_str("event code")?;
        let event_type = match self.types.get(code) {
            Some(t) => *t,
            None => {
                let t = Codebook::get().code(code).ok_or(Damaged("event code"))?;
                self.types.insert(Box::from(code), t);
                t
            }
        };
        let origin = *Origin::ALL
            .get(usize::from(b.u8("origin")?))
            .ok_or(Damaged("origin"))?;
        let summary = b.some_str("summary")?.to_string();
        let location = b.str("location")?.map(|s| shared(&mut self.places, s));
        let n = b.u32("provenance")? as usize;
        let mut provenance = Vec::with_capacity(n.min(64));
        for _ in 0..n {
            let outlet = b.str("outlet")?.map(Box::from);
            let title = b.str("title")?.map(Box::from);
            let published = b.day("published")?;
            let url = b.str("url")?.map(Box::from);
            let file = b.str("file")?.map(|s| shared(&mut self.files, s));
            let line = match b.u8("line")? {
                0 => None,
                _ => {
                    let x = b.take(8, "line")?;
                    let mut a = [0u8; 8];
                    a.copy_from_slice(x);
                    Some(u64::from_le_bytes(a))
                }
            };
            let quote = b.str("quote")?.map(Box::from);
            provenance.push(Provenance {
                outlet,
                title,
                published,
                url,
                file,
                line,
                quote,
            });
        }
        if !b.0.is_empty() {
            return Err(Damaged("trailing bytes"));
        }
        Ok(Event {
            id: id.into(),
            date,
            source,
            target,
            event_type,
            summary,
            location,
            origin,
            provenance,
        })
    }

    /// The actors of every event decoded so far, each once.
    pub fn actors(&self) -> impl Iterator<Item = &ActorId> {
        self.actors.values()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(id: &str, date: &str, source: Option<&str>, target: Option<&str>) -> Event {
        Event {
            id: id.into(),
            date: DateSpan::parse(date).expect("date"),
            source: source.map(ActorId::from),
            target: target.map(ActorId::from),
            event_type: Codebook::get().code("190").expect("code"),
            summary: "a summary, with \"quotes\" and ünïcode".to_string(),
            location: Some(Arc::from("Stepanakert")),
            origin: Origin::Gdelt,
            provenance: vec![
                Provenance {
                    outlet: Some("GDELT".into()),
                    url: Some("https://example.org/a".into()),
                    file: Some(Arc::from("events/a.csv")),
                    line: Some(1 << 40),
                    published: NaiveDate::from_ymd_opt(2020, 9, 28),
                    ..Provenance::default()
                },
                Provenance::default(),
            ],
        }
    }

    /// The record of an event with its actors, its four length bytes first.
    fn record(id: &str, date: &str, source: &str, target: &str) -> Vec<u8> {
        let mut bytes = Vec::new();
        encode(&event(id, date, Some(source), Some(target)), &mut bytes);
        bytes
    }

    fn round_trip(e: &Event) -> Event {
        let mut bytes = Vec::new();
        encode(e, &mut bytes);
        let len = u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as usize;
        assert_eq!(len + 4, bytes.len());
        Decoder::default().decode(&bytes[4..]).expect("decodes")
    }

    #[test]
    fn every_field_and_kind_of_date_reads_back_equal() {
        for date in [
            "2020-09-27",
            "2020-09",
            "2020",
            "2020-09-27~",
            "2020-09-27/2020-10-01",
            "../2020-10",
            "2020-21",
            "/2020",
        ] {
            for (s, t) in [
                (Some("arm"), Some("aze")),
                (None, Some("aze")),
                (None, None),
            ] {
                let e = event("gdelt-123", date, s, t);
                let back = round_trip(&e);
                assert_eq!(back.id, e.id);
                assert_eq!(back.date, e.date, "{date}");
                assert_eq!(back.source, e.source);
                assert_eq!(back.target, e.target);
                assert!(std::ptr::eq(back.event_type, e.event_type));
                assert_eq!(back.summary, e.summary);
                assert_eq!(back.location, e.location);
                assert_eq!(back.origin, e.origin);
                assert_eq!(back.provenance, e.provenance);
            }
        }
    }

    #[test]
    fn actors_places_and_files_are_shared_between_events() {
        let mut bytes = record("a", "2020-09-27", "arm", "aze");
        let first = bytes.len();
        bytes.extend(record("b", "2020-09-28", "aze", "arm"));
        let mut d = Decoder::default();
        let a = d.decode(&bytes[4..first]).expect("a");
        let b = d.decode(&bytes[first + 4..]).expect("b");
        let (Some(s), Some(t)) = (&a.source, &b.target) else {
            panic!("actors")
        };
        assert!(Arc::ptr_eq(s, t));
        assert!(Arc::ptr_eq(
            a.location.as_ref().expect("place"),
            b.location.as_ref().expect("place")
        ));
        assert_eq!(d.actors().count(), 2);
    }

    #[test]
    fn a_cut_or_changed_record_is_an_error_not_a_panic() {
        let bytes = record("a", "2020-09-27", "arm", "aze");
        let record = &bytes[4..];
        for cut in 0..record.len() {
            assert!(Decoder::default().decode(&record[..cut]).is_err(), "{cut}");
        }
        let mut longer = record.to_vec();
        longer.push(0);
        assert!(Decoder::default().decode(&longer).is_err());
    }
}
