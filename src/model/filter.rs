//! Which events to keep: the query on events that `build`'s options make (dates, actors, CAMEO
//! roots, quad classes, countries, GDELT mentions), applied while datasets are read and again
//! when the graph is built.

use std::collections::BTreeSet;

use super::{ActorId, DateSpan, Event, Origin};

/// Which events to keep. An empty filter keeps everything.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// Keep events that may have happened on or after the start of this span.
    pub from: Option<DateSpan>,
    /// Keep events that may have happened on or before the end of this span.
    pub to: Option<DateSpan>,
    /// Keep events with one of these actors as source or target (empty: any).
    pub actors: BTreeSet<ActorId>,
    /// Keep events of these CAMEO roots, 1 to 20 (empty: any).
    pub roots: BTreeSet<u8>,
    /// Keep events of these quad classes, 1 to 4 (empty: any).
    pub quads: BTreeSet<u8>,
    /// Keep events that took place in these countries (ISO alpha-3; empty: any). Dataset rows
    /// are checked where they happened while they are read (`ingest::dataset`); curated events,
    /// which have no country of their own, by their actors: see `country_actors`.
    pub countries: BTreeSet<String>,
    /// The actors of `countries` (a state and every actor of its country), for curated events.
    pub country_actors: BTreeSet<ActorId>,
    /// Keep GDELT rows with at least this many mentions (checked while reading; other inputs
    /// have no mention count).
    pub min_mentions: Option<u32>,
}

impl Filter {
    /// Whether the event passes every condition. Dates compare by overlap: an event dated
    /// "2020-09" passes `--from 2020-09-15`, and an open "../2020-09-29" passes any `--from`
    /// before its end.
    pub fn matches(&self, event: &Event) -> bool {
        if let (Some(from), Some(end)) = (self.from.and_then(|f| f.start()), event.date.end())
            && end < from
        {
            return false;
        }
        if let (Some(to), Some(start)) = (self.to.and_then(|t| t.end()), event.date.start())
            && start > to
        {
            return false;
        }
        if !self.actors.is_empty() {
            let involved =
                |a: &Option<ActorId>| a.as_ref().is_some_and(|a| self.actors.contains(a));
            if !involved(&event.source) && !involved(&event.target) {
                return false;
            }
        }
        if !self.quads.is_empty() && !self.quads.contains(&event.event_type.quad_class.number()) {
            return false;
        }
        if !self.countries.is_empty() && matches!(event.origin, Origin::Curated | Origin::Article) {
            let inside =
                |a: &Option<ActorId>| a.as_ref().is_some_and(|a| self.country_actors.contains(a));
            if !inside(&event.source) && !inside(&event.target) {
                return false;
            }
        }
        self.roots.is_empty() || self.roots.contains(&event.event_type.root_number())
    }
}
