//! What happened: `Event` (one directed dyad, one CAMEO event type, one `DateSpan`), where it was
//! coded from (`Origin`) and every source that reports it (`Provenance`).

use std::fmt;
use std::sync::Arc;

use chrono::NaiveDate;

use super::codebook::EventType;
use super::date::DateSpan;

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
/// read from. Every field is optional; a record has at least one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Provenance {
    /// The publisher or dataset ("The Moscow Times", "GDELT").
    pub outlet: Option<String>,
    /// The headline or title of the source.
    pub title: Option<String>,
    /// The publication date of the source.
    pub published: Option<NaiveDate>,
    /// The source's URL.
    pub url: Option<String>,
    /// The input file the event was read from, as given on the command line; shared by every
    /// event of the file.
    pub file: Option<Arc<str>>,
    /// The line of `file` (1-based).
    pub line: Option<u64>,
    /// The words of the source that report the event.
    pub quote: Option<String>,
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
    pub id: String,
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
