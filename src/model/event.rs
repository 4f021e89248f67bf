//! What happened: `Event` (one directed dyad, one CAMEO event type, one `DateSpan`), where it was
//! coded from (`Origin`) and every source that reports it (`Provenance`).

use std::fmt;
use std::sync::Arc;

use chrono::NaiveDate;

use super::codebook::EventType;
use super::date::DateSpan;
use super::event_id::EventId;

/// An actor's canonical id, cheap to clone.
pub type ActorId = Arc<str>;

/// Where an event was coded from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Origin {
    /// A hand-curated TOML or CSV file.
    Curated,
    /// Extracted from a news article's text.
    Article,
    /// A GDELT 2.0 event record.
    Gdelt,
    /// An ICEWS event record.
    Icews,
    /// An ACLED event record.
    Acled,
    /// A UCDP GED event record.
    Ucdp,
}

impl Origin {
    /// Every origin, in order.
    pub const ALL: [Origin; 6] = [
        Origin::Curated,
        Origin::Article,
        Origin::Gdelt,
        Origin::Icews,
        Origin::Acled,
        Origin::Ucdp,
    ];

    /// The lower-case name used in files (`curated`, `article`, `gdelt`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Curated => "curated",
            Origin::Article => "article",
            Origin::Gdelt => "gdelt",
            Origin::Icews => "icews",
            Origin::Acled => "acled",
            Origin::Ucdp => "ucdp",
        }
    }

    /// The origin with this name.
    pub fn from_name(name: &str) -> Option<Origin> {
        Origin::ALL.into_iter().find(|o| o.as_str() == name)
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One source of an event: the publication it comes from and the place in casus's input it was
/// read from. Every field is optional; a record has at least one. Texts are `Box<str>`, a third
/// smaller than `String`: a big dataset keeps a million of them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Provenance {
    /// The publisher or dataset ("The Moscow Times", "GDELT").
    pub outlet: Option<Box<str>>,
    /// The headline or title of the source.
    pub title: Option<Box<str>>,
    /// The publication date of the source.
    pub published: Option<NaiveDate>,
    /// The source's URL.
    pub url: Option<Box<str>>,
    /// The input file the event was read from, as given on the command line; shared by every
    /// event of the file.
    pub file: Option<Arc<str>>,
    /// The line of `file` (1-based).
    pub line: Option<u64>,
    /// The words of the source that report the event.
    pub quote: Option<Box<str>>,
}

impl Provenance {
    /// Whether no field is set.
    pub fn is_empty(&self) -> bool {
        *self == Provenance::default()
    }
}

/// One dated, directed interaction between two actors.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// Identifier, unique within a run.
    pub id: EventId,
    /// When it happened.
    pub date: DateSpan,
    /// The actor that acts; `None` when the source does not say (common in GDELT).
    pub source: Option<ActorId>,
    /// The actor acted upon; `None` when there is none or it is not known.
    pub target: Option<ActorId>,
    /// The CAMEO event type.
    pub event_type: &'static EventType,
    /// A one-sentence description in the curator's or casus's own words.
    pub summary: String,
    /// Where it happened, as free text (shared between the events of a dataset that name the
    /// same place).
    pub location: Option<Arc<str>>,
    /// What kind of input it was coded from.
    pub origin: Origin,
    /// Every source that reports it, at least one.
    pub provenance: Vec<Provenance>,
}

impl Event {
    /// The order of a timeline: by date, then id.
    pub fn timeline_cmp(&self, other: &Event) -> std::cmp::Ordering {
        self.date
            .cmp(&other.date)
            .then_with(|| self.id.cmp(&other.id))
    }
}

/// Sorts events into timeline order ([`Event::timeline_cmp`]), fast for millions of events:
/// each event gets a key of plain numbers once, the keys are sorted, and only events whose keys
/// are equal are compared in full. The key is the date's [`DateSpan::order_key`], then, for a
/// plain date ([`DateSpan::is_plain`], which the key identifies), the first 15 bytes of the id;
/// other dates get the highest second number, as they come after the plain date of their key.
/// Events equal in date and id keep no particular order among themselves. A key is four 64-bit
/// words, the event's index last, and the sorted keys then serve as the permutation itself:
/// 32 bytes per event while sorting, one of the peaks of a big build's memory.
pub fn sort_timeline(events: &mut [Event]) {
    let mut keys: Vec<[u64; 4]> = events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let [a, b, c] = timeline_key(e);
            [a, b, c, i as u64]
        })
        .collect();
    keys.sort_unstable_by(|a, b| {
        a[..3]
            .cmp(&b[..3])
            .then_with(|| events[a[3] as usize].timeline_cmp(&events[b[3] as usize]))
    });
    // Put the events in place by following the permutation's cycles: no second copy. The
    // fourth word of key `pos` says which event goes to `pos`; it becomes `pos` once done.
    for start in 0..keys.len() {
        let mut pos = start;
        loop {
            let from = keys[pos][3] as usize;
            keys[pos][3] = pos as u64;
            if from == start || from == pos {
                break;
            }
            events.swap(pos, from);
            pos = from;
        }
    }
}

/// The key [`sort_timeline`] sorts by: two events whose keys differ are in the order of their
/// keys; events with equal keys are compared with [`Event::timeline_cmp`].
pub fn timeline_key(e: &Event) -> [u64; 3] {
    let tie = if e.date.is_plain() {
        id_prefix(&e.id)
    } else {
        u128::MAX
    };
    [e.date.order_key(), (tie >> 64) as u64, tie as u64]
}

/// The first 15 bytes of an id as a big-endian number, zero-padded (so below `u128::MAX`):
/// where two prefixes differ, they order as the ids do.
fn id_prefix(id: &str) -> u128 {
    let mut bytes = [0u8; 16];
    let n = id.len().min(15);
    bytes[1..=n].copy_from_slice(&id.as_bytes()[..n]);
    u128::from_be_bytes(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Codebook;
    use crate::model::date::properties::span;
    use proptest::prelude::*;

    fn event(id: String, date: DateSpan) -> Event {
        Event {
            id: id.into(),
            date,
            source: None,
            target: None,
            event_type: Codebook::get().code("010").expect("code 010"),
            summary: String::new(),
            location: None,
            origin: Origin::Curated,
            provenance: Vec::new(),
        }
    }

    proptest! {
        #[test]
        fn sort_timeline_agrees_with_timeline_cmp(
            rows in proptest::collection::vec(
                // Few dates and ids with long shared prefixes, so that keys tie often.
                (prop_oneof![span(), Just(DateSpan::day(chrono::NaiveDate::from_ymd_opt(2020, 9, 27).unwrap()))],
                 "(gdelt-|gdelt-12345678901|x)[0-9]{0,3}"),
                0..60,
            )
        ) {
            let mut events: Vec<Event> = rows
                .into_iter()
                .enumerate()
                .map(|(i, (date, id))| event(format!("{id}#{i}"), date))
                .collect();
            let mut expected = events.clone();
            expected.sort_by(Event::timeline_cmp);
            sort_timeline(&mut events);
            prop_assert_eq!(events, expected);
        }
    }
}
