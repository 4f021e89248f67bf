//! The dated actor graph: actors as nodes, events as directed dated edges (petgraph), built
//! from the events a [`Filter`] keeps, and the aggregated view per directed dyad.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use petgraph::graph::{DiGraph, NodeIndex};

pub use crate::model::Filter;
use crate::model::{ActorId, DateSpan, Event, EventType, QuadClass};

/// The actor graph: one node per actor that takes part in an event, one edge per event that has
/// both a source and a target.
#[derive(Debug)]
pub struct ActorGraph {
    /// Nodes carry actor ids; edges carry the index of their event in [`ActorGraph::events`].
    pub graph: DiGraph<ActorId, usize>,
    /// Shared with the graphs [`ActorGraph::top`] makes, so that a smaller view of a big
    /// dataset costs no copy of its events.
    events: Arc<Vec<Event>>,
    nodes: BTreeMap<ActorId, NodeIndex>,
    /// In a view made by [`ActorGraph::top`]: the node the other actors were merged into.
    merged: Option<Merged>,
}

/// The node that stands for the actors [`ActorGraph::top`] left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merged {
    /// Its id (a node of the graph, and no actor's id).
    pub id: ActorId,
    /// How many actors it stands for.
    pub count: usize,
}

/// Every event of one directed dyad, summed up.
#[derive(Clone, Debug, PartialEq)]
pub struct Dyad {
    /// The acting actor.
    pub source: ActorId,
    /// The actor acted upon.
    pub target: ActorId,
    /// How many events.
    pub count: usize,
    /// The date of the earliest event.
    pub first: DateSpan,
    /// The date of the latest event.
    pub last: DateSpan,
    /// The mean Goldstein score.
    pub mean_goldstein: f64,
    /// The quad class with the most events (ties go to the more conflictual class).
    pub quad_class: QuadClass,
    /// The event type with the most events within the dominant quad class (ties go to the lower
    /// code), so that it agrees with `quad_class`.
    pub dominant: &'static EventType,
    /// How many of the dyad's events are of the dominant type.
    pub dominant_count: usize,
}

impl ActorGraph {
    /// Builds the graph from the events that pass `filter`, in timeline order. Nodes are added
    /// in id order so that the graph is the same for the same events in any input order.
    pub fn build(events: impl IntoIterator<Item = Event>, filter: &Filter) -> ActorGraph {
        let mut events: Vec<Event> = events.into_iter().filter(|e| filter.matches(e)).collect();
        // Ids are unique, so the order is total and an unstable sort gives the same result
        // without the stable sort's buffer of half the events.
        crate::model::event::sort_timeline(&mut events);
        // The distinct actors through a hash set, then in id order: no string comparisons per
        // event, and a hash lookup per endpoint below.
        let distinct: rustc_hash::FxHashSet<&ActorId> = events
            .iter()
            .flat_map(|e| [e.source.as_ref(), e.target.as_ref()])
            .flatten()
            .collect();
        let mut ids: Vec<ActorId> = distinct.into_iter().cloned().collect();
        ids.sort_unstable();
        let mut graph = DiGraph::with_capacity(ids.len(), events.len());
        let nodes: BTreeMap<ActorId, NodeIndex> = ids
            .into_iter()
            .map(|id| (id.clone(), graph.add_node(id)))
            .collect();
        let index: rustc_hash::FxHashMap<&str, NodeIndex> =
            nodes.iter().map(|(id, &n)| (&**id, n)).collect();
        for (i, e) in events.iter().enumerate() {
            if let (Some(s), Some(t)) = (&e.source, &e.target) {
                graph.add_edge(index[&**s], index[&**t], i);
            }
        }
        ActorGraph {
            graph,
            events: Arc::new(events),
            nodes,
            merged: None,
        }
    }

    /// A view of the graph that keeps the `n` actors with the most events (as source or
    /// target; ties go to the lower id) as nodes and merges every other actor into the one node
    /// `other`, so that a big graph stays readable: the dyads of merged actors add up into dyads
    /// with `other` (a dyad between two merged actors becomes a loop on `other`). The events are
    /// shared with `self` and keep their actors. `None` when there are at most `n` actors
    /// (nothing to merge).
    pub fn top(&self, n: usize, other: &ActorId) -> Option<ActorGraph> {
        let mut counts = ActorCounts::default();
        for e in self.events.iter() {
            counts.add(e);
        }
        let (kept, merged) = counts.top(n)?;
        let map = |a: &ActorId| -> ActorId {
            if kept.contains(a) {
                a.clone()
            } else {
                other.clone()
            }
        };
        let ids: BTreeSet<ActorId> = self
            .events
            .iter()
            .flat_map(|e| [e.source.as_ref(), e.target.as_ref()])
            .flatten()
            .map(map)
            .collect();
        let mut graph = DiGraph::with_capacity(ids.len(), self.graph.edge_count());
        let nodes: BTreeMap<ActorId, NodeIndex> = ids
            .into_iter()
            .map(|id| (id.clone(), graph.add_node(id)))
            .collect();
        for (i, e) in self.events.iter().enumerate() {
            if let (Some(s), Some(t)) = (&e.source, &e.target) {
                graph.add_edge(nodes[&map(s)], nodes[&map(t)], i);
            }
        }
        Some(ActorGraph {
            graph,
            events: Arc::clone(&self.events),
            nodes,
            merged: Some(Merged {
                id: other.clone(),
                count: merged,
            }),
        })
    }

    /// In a view made by [`ActorGraph::top`], the node of the merged actors; `None` in a full
    /// graph.
    pub fn merged(&self) -> Option<&Merged> {
        self.merged.as_ref()
    }

    /// The node an actor of an event is drawn as: the actor itself, or in a view made by
    /// [`ActorGraph::top`] the merged node when the actor was left out; `None` for no actor.
    pub fn node_of<'a>(&'a self, actor: Option<&'a ActorId>) -> Option<&'a ActorId> {
        let actor = actor?;
        match self.nodes.get_key_value(actor) {
            Some((id, _)) => Some(id),
            None => self.merged.as_ref().map(|m| &m.id),
        }
    }

    /// The kept events, in timeline order (by date, then id).
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// Every edge as (source id, target id, event), in the order the edges were added
    /// (timeline order).
    pub fn event_edges(&self) -> impl Iterator<Item = (&ActorId, &ActorId, &Event)> {
        self.graph.edge_indices().filter_map(|edge| {
            let (s, t) = self.graph.edge_endpoints(edge)?;
            Some((
                &self.graph[s],
                &self.graph[t],
                &self.events[self.graph[edge]],
            ))
        })
    }

    /// The actors that take part in at least one kept event, in id order.
    pub fn actors(&self) -> impl Iterator<Item = &ActorId> {
        self.nodes.keys()
    }

    /// The earliest start and latest end of the kept events (open bounds ignored).
    pub fn date_range(&self) -> Option<(chrono::NaiveDate, chrono::NaiveDate)> {
        let start = self.events.iter().filter_map(|e| e.date.start()).min()?;
        let end = self.events.iter().filter_map(|e| e.date.end()).max()?;
        Some((start, end))
    }

    /// One summary per directed dyad, ordered by source then target id.
    pub fn dyads(&self) -> Vec<Dyad> {
        // One pass over the edges in timeline order, summing up per dyad; dyads are found by
        // node indexes (cheap to hash), then ordered by the actors' ids.
        let mut index: rustc_hash::FxHashMap<(NodeIndex, NodeIndex), usize> =
            rustc_hash::FxHashMap::default();
        let mut sums: Vec<((NodeIndex, NodeIndex), DyadSum)> = Vec::new();
        for edge in self.graph.edge_indices() {
            let (s, t) = self.graph.edge_endpoints(edge).expect("edge exists");
            let event = &self.events[self.graph[edge]];
            let at = *index.entry((s, t)).or_insert_with(|| {
                sums.push(((s, t), DyadSum::new(event.date)));
                sums.len() - 1
            });
            sums[at].1.add(event.date, event.event_type);
        }
        sums.sort_unstable_by(|(a, _), (b, _)| {
            (&self.graph[a.0], &self.graph[a.1]).cmp(&(&self.graph[b.0], &self.graph[b.1]))
        });
        sums.into_iter()
            .map(|((s, t), sum)| sum.into_dyad(self.graph[s].clone(), self.graph[t].clone()))
            .collect()
    }
}

/// Events per actor, as source or target (a loop counts once), to rank the actors for
/// [`ActorGraph::top`] and for a build that streams its events.
#[derive(Debug, Default)]
pub struct ActorCounts(BTreeMap<ActorId, usize>);

impl ActorCounts {
    /// Counts the actors of `e`.
    pub fn add(&mut self, e: &Event) {
        match (&e.source, &e.target) {
            (Some(s), Some(t)) if s == t => self.bump(s),
            (s, t) => {
                for a in [s, t].into_iter().flatten() {
                    self.bump(a);
                }
            }
        }
    }

    fn bump(&mut self, a: &ActorId) {
        match self.0.get_mut(a) {
            Some(n) => *n += 1,
            None => {
                self.0.insert(a.clone(), 1);
            }
        }
    }

    /// How many actors.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether no actor was counted.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The actors counted, in id order.
    pub fn actors(&self) -> impl Iterator<Item = &ActorId> {
        self.0.keys()
    }

    /// The `n` actors with the most events (ties go to the lower id), and how many others
    /// there are; `None` when there are at most `n` actors.
    pub fn top(&self, n: usize) -> Option<(BTreeSet<ActorId>, usize)> {
        if self.0.len() <= n {
            return None;
        }
        let mut ranked: Vec<(&ActorId, usize)> = self.0.iter().map(|(a, &c)| (a, c)).collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        let kept: BTreeSet<ActorId> = ranked.iter().take(n).map(|(a, _)| (*a).clone()).collect();
        let merged = ranked.len() - kept.len();
        Some((kept, merged))
    }
}

/// The dyads of events given one at a time in timeline order, as [`ActorGraph::dyads`] sums
/// them: what a build that streams its events draws.
#[derive(Default)]
pub struct DyadTally {
    /// Actor numbers by the address of an id seen (the id is held, so the address stays its
    /// own), then by the id's text.
    by_address: rustc_hash::FxHashMap<usize, (ActorId, u32)>,
    by_id: rustc_hash::FxHashMap<ActorId, u32>,
    ids: Vec<ActorId>,
    index: rustc_hash::FxHashMap<(u32, u32), usize>,
    sums: Vec<((u32, u32), DyadSum)>,
    /// With [`DyadTally::logged`]: every event added, in order, for [`DyadTally::view`].
    log: Option<DyadLog>,
}

/// The events a [`DyadTally`] added, 16 bytes each in a temporary file (the source's and
/// target's numbers, the date's and the event type's), so that a view of the dyads can be
/// summed up again in the same order without the events.
struct DyadLog {
    out: std::io::BufWriter<std::fs::File>,
    dates: Vec<DateSpan>,
    date_numbers: rustc_hash::FxHashMap<DateSpan, u32>,
    types: Vec<&'static EventType>,
    type_numbers: rustc_hash::FxHashMap<usize, u16>,
    /// The first error writing the file, reported by [`DyadTally::view`].
    failed: Option<std::io::Error>,
}

impl DyadLog {
    fn write(&mut self, source: u32, target: u32, e: &Event) {
        let date = match self.date_numbers.get(&e.date) {
            Some(&n) => n,
            None => {
                let n = self.dates.len() as u32;
                self.dates.push(e.date);
                self.date_numbers.insert(e.date, n);
                n
            }
        };
        let address = std::ptr::from_ref(e.event_type) as usize;
        let kind = match self.type_numbers.get(&address) {
            Some(&n) => n,
            None => {
                let n = self.types.len() as u16;
                self.types.push(e.event_type);
                self.type_numbers.insert(address, n);
                n
            }
        };
        let mut record = [0u8; 16];
        record[..4].copy_from_slice(&source.to_le_bytes());
        record[4..8].copy_from_slice(&target.to_le_bytes());
        record[8..12].copy_from_slice(&date.to_le_bytes());
        record[12..14].copy_from_slice(&kind.to_le_bytes());
        if self.failed.is_none()
            && let Err(err) = std::io::Write::write_all(&mut self.out, &record)
        {
            self.failed = Some(err);
        }
    }
}

impl DyadTally {
    /// The number of an actor.
    fn number(&mut self, id: &ActorId) -> u32 {
        let address = Arc::as_ptr(id).cast::<u8>() as usize;
        if let Some((_, n)) = self.by_address.get(&address) {
            return *n;
        }
        let n = match self.by_id.get(id) {
            Some(&n) => n,
            None => {
                let n = self.ids.len() as u32;
                self.ids.push(id.clone());
                self.by_id.insert(id.clone(), n);
                n
            }
        };
        self.by_address.insert(address, (id.clone(), n));
        n
    }

    /// A tally that also logs every event added into a temporary file (under `TMPDIR`), for
    /// [`DyadTally::view`].
    pub fn logged() -> std::io::Result<DyadTally> {
        let file = tempfile::tempfile()?;
        Ok(DyadTally {
            log: Some(DyadLog {
                out: std::io::BufWriter::with_capacity(1 << 20, file),
                dates: Vec::new(),
                date_numbers: rustc_hash::FxHashMap::default(),
                types: Vec::new(),
                type_numbers: rustc_hash::FxHashMap::default(),
                failed: None,
            }),
            ..DyadTally::default()
        })
    }

    /// Adds an event drawn from `source` to `target`.
    pub fn add(&mut self, source: &ActorId, target: &ActorId, e: &Event) {
        let key = (self.number(source), self.number(target));
        self.add_numbered(key, e.date, e.event_type);
        if let Some(log) = &mut self.log {
            log.write(key.0, key.1, e);
        }
    }

    fn add_numbered(&mut self, key: (u32, u32), date: DateSpan, event_type: &'static EventType) {
        let at = *self.index.entry(key).or_insert_with(|| {
            self.sums.push((key, DyadSum::new(date)));
            self.sums.len() - 1
        });
        self.sums[at].1.add(date, event_type);
    }

    /// The dyads of the events logged ([`DyadTally::logged`]) with every actor drawn as
    /// `node` gives it (the view of the busiest actors), summed up in the order the events
    /// were added: what [`DyadTally::finish`] gives for a tally of the events with their actors
    /// so drawn.
    pub fn view(&mut self, node: impl Fn(&ActorId) -> ActorId) -> std::io::Result<Vec<Dyad>> {
        use std::io::{Read, Seek};
        let Some(log) = self.log.take() else {
            return Err(std::io::Error::other("the dyad tally kept no log"));
        };
        if let Some(err) = log.failed {
            return Err(err);
        }
        let mut file = log.out.into_inner().map_err(|e| e.into_error())?;
        file.seek(std::io::SeekFrom::Start(0))?;
        let mut input = std::io::BufReader::with_capacity(1 << 20, file);
        let mut view = DyadTally::default();
        let nodes: Vec<u32> = self.ids.iter().map(|id| view.number(&node(id))).collect();
        let number = |bytes: &[u8]| u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
        let damaged = || std::io::Error::other("the dyad log was changed during the run");
        let mut record = [0u8; 16];
        loop {
            match input.read_exact(&mut record) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => break,
                Err(e) => return Err(e),
            }
            let actor = |at: usize| nodes.get(number(&record[at..at + 4]) as usize).copied();
            let (Some(s), Some(t)) = (actor(0), actor(4)) else {
                return Err(damaged());
            };
            let date = *log
                .dates
                .get(number(&record[8..12]) as usize)
                .ok_or_else(damaged)?;
            let kind = *log
                .types
                .get(usize::from(u16::from_le_bytes([record[12], record[13]])))
                .ok_or_else(damaged)?;
            view.add_numbered((s, t), date, kind);
        }
        Ok(view.finish())
    }

    /// One summary per dyad, ordered by source then target id.
    pub fn finish(self) -> Vec<Dyad> {
        let ids = self.ids;
        let mut sums = self.sums;
        sums.sort_unstable_by(|(a, _), (b, _)| {
            (&ids[a.0 as usize], &ids[a.1 as usize]).cmp(&(&ids[b.0 as usize], &ids[b.1 as usize]))
        });
        sums.into_iter()
            .map(|((s, t), sum)| sum.into_dyad(ids[s as usize].clone(), ids[t as usize].clone()))
            .collect()
    }
}

/// The running sums of one dyad's events.
struct DyadSum {
    count: usize,
    /// The earliest date.
    first: DateSpan,
    /// The date with the latest end (ties: the greatest date).
    last: DateSpan,
    /// The Goldstein scores added up in timeline order.
    goldstein: f64,
    /// Events per quad class 1 to 4.
    quads: [usize; 5],
    /// Events per event type (a dyad has few types: a list is quicker than a map).
    types: Vec<(&'static EventType, usize)>,
}

impl DyadSum {
    fn new(date: DateSpan) -> Self {
        DyadSum {
            count: 0,
            first: date,
            last: date,
            goldstein: 0.0,
            quads: [0; 5],
            types: Vec::new(),
        }
    }

    fn add(&mut self, date: DateSpan, event_type: &'static EventType) {
        self.count += 1;
        if date < self.first {
            self.first = date;
        }
        if date
            .end()
            .cmp(&self.last.end())
            .then_with(|| date.cmp(&self.last))
            == std::cmp::Ordering::Greater
        {
            self.last = date;
        }
        self.goldstein += event_type.goldstein;
        self.quads[usize::from(event_type.quad_class.number())] += 1;
        match self
            .types
            .iter_mut()
            .find(|(t, _)| std::ptr::eq(*t, event_type))
        {
            Some((_, n)) => *n += 1,
            None => self.types.push((event_type, 1)),
        }
    }

    /// The summary of the dyad from `source` to `target`.
    fn into_dyad(self, source: ActorId, target: ActorId) -> Dyad {
        let quad_class = self.quad_class();
        let (dominant_count, dominant) = self.dominant(quad_class);
        Dyad {
            source,
            target,
            count: self.count,
            first: self.first,
            last: self.last,
            mean_goldstein: self.goldstein / self.count as f64,
            quad_class,
            dominant,
            dominant_count,
        }
    }

    /// The event type with the most events within `quad_class`, so that an edge's label and
    /// colour agree; ties go to the lower code.
    fn dominant(&self, quad_class: QuadClass) -> (usize, &'static EventType) {
        let mut best: Option<(usize, &'static EventType)> = None;
        for &(t, n) in self
            .types
            .iter()
            .filter(|(t, _)| t.quad_class == quad_class)
        {
            if best.is_none_or(|(m, d)| n > m || (n == m && t.code < d.code)) {
                best = Some((n, t));
            }
        }
        best.expect("the dominant class has events")
    }

    /// The quad class with the most events; ties go to the higher (more conflictual) class.
    fn quad_class(&self) -> QuadClass {
        let mut best = (0, QuadClass::VerbalCooperation);
        for n in 1..=4u8 {
            let count = self.quads[usize::from(n)];
            if count > 0 && count >= best.0 {
                best = (count, QuadClass::from_number(n).unwrap_or(best.1));
            }
        }
        best.1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Codebook, Origin};
    use std::sync::Arc;

    fn event(id: &str, date: &str, s: &str, t: Option<&str>, code: &str) -> Event {
        Event {
            id: id.into(),
            date: DateSpan::parse(date).unwrap(),
            source: Some(Arc::from(s)),
            target: t.map(Arc::from),
            event_type: Codebook::get().code(code).unwrap(),
            summary: String::new(),
            location: None,
            origin: Origin::Curated,
            provenance: Vec::new(),
        }
    }

    fn sample() -> Vec<Event> {
        vec![
            event("c", "2020-10-10", "rus", Some("arm"), "0871"),
            event("a", "2020-09-29", "rus", Some("tur"), "020"),
            event("b", "2020-09-30", "rus", Some("tur"), "020"),
            event("d", "2020-09-27/2020-11-10", "aze", Some("arm"), "190"),
            event("e", "2010", "osce", Some("arm"), "046"),
            event("f", "2020-09-28", "tur", None, "010"),
            event("g", "2020-10-01", "rus", Some("tur"), "111"),
        ]
    }

    #[test]
    fn events_come_out_in_timeline_order_and_dyadic_ones_become_edges() {
        let g = ActorGraph::build(sample(), &Filter::default());
        let ids: Vec<&str> = g.events().iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["e", "d", "f", "a", "b", "g", "c"]);
        assert_eq!(g.graph.edge_count(), 6);
        assert_eq!(g.graph.node_count(), 5);
        let actors: Vec<&str> = g.actors().map(|a| &**a).collect();
        assert_eq!(actors, ["arm", "aze", "osce", "rus", "tur"]);
    }

    #[test]
    fn dyads_sum_up_count_dates_goldstein_and_the_dominant_class_and_type() {
        let g = ActorGraph::build(sample(), &Filter::default());
        let dyads = g.dyads();
        let rt = dyads
            .iter()
            .find(|d| &*d.source == "rus" && &*d.target == "tur")
            .unwrap();
        assert_eq!(rt.count, 3);
        assert_eq!(rt.first.to_string(), "2020-09-29");
        assert_eq!(rt.last.to_string(), "2020-10-01");
        let expected = (3.0 + 3.0 + Codebook::get().code("111").unwrap().goldstein) / 3.0;
        assert!((rt.mean_goldstein - expected).abs() < 1e-9);
        assert_eq!(rt.quad_class, QuadClass::VerbalCooperation);
        assert_eq!(rt.dominant.code, "020");
        assert_eq!(rt.dominant_count, 2);
        let order: Vec<(String, String)> = dyads
            .iter()
            .map(|d| (d.source.to_string(), d.target.to_string()))
            .collect();
        let mut sorted = order.clone();
        sorted.sort();
        assert_eq!(order, sorted);
    }

    #[test]
    fn a_tie_between_quad_classes_goes_to_the_more_conflictual_one() {
        let events = vec![
            event("a", "2020", "x", Some("y"), "020"),
            event("b", "2020", "x", Some("y"), "190"),
        ];
        let d = &ActorGraph::build(events, &Filter::default()).dyads()[0];
        assert_eq!(d.quad_class, QuadClass::MaterialConflict);
        assert_eq!(d.dominant.code, "190");
    }

    #[test]
    fn a_tie_between_types_goes_to_the_lower_code_and_the_last_date_ends_last() {
        let events = vec![
            event("a", "2020-09-30", "x", Some("y"), "020"),
            event("b", "2020-09", "x", Some("y"), "010"),
            event("c", "2020-09-10", "x", Some("y"), "190"),
        ];
        let d = &ActorGraph::build(events, &Filter::default()).dyads()[0];
        assert_eq!(d.quad_class, QuadClass::VerbalCooperation);
        assert_eq!((d.dominant.code.as_str(), d.dominant_count), ("010", 1));
        assert_eq!(d.first.to_string(), "2020-09");
        // "2020-09" and "2020-09-30" end on the same day: the later date wins.
        assert_eq!(d.last.to_string(), "2020-09-30");
    }

    #[test]
    fn filters_by_overlapping_dates_actors_and_roots() {
        let keep = |f: Filter| -> Vec<String> {
            ActorGraph::build(sample(), &f)
                .events()
                .iter()
                .map(|e| e.id.to_string())
                .collect()
        };
        let from = |s: &str| Some(DateSpan::parse(s).unwrap());
        assert_eq!(
            keep(Filter {
                from: from("2020-10"),
                ..Filter::default()
            }),
            ["d", "g", "c"]
        );
        assert_eq!(
            keep(Filter {
                to: from("2020-09-28"),
                ..Filter::default()
            }),
            ["e", "d", "f"]
        );
        assert_eq!(
            keep(Filter {
                actors: [Arc::from("tur")].into_iter().collect(),
                ..Filter::default()
            }),
            ["f", "a", "b", "g"]
        );
        assert_eq!(
            keep(Filter {
                roots: [2, 8].into_iter().collect(),
                ..Filter::default()
            }),
            ["a", "b", "c"]
        );
        assert_eq!(
            ActorGraph::build(sample(), &Filter::default()).date_range(),
            Some((
                chrono::NaiveDate::from_ymd_opt(2010, 1, 1).unwrap(),
                chrono::NaiveDate::from_ymd_opt(2020, 11, 10).unwrap()
            ))
        );
    }

    #[test]
    fn filters_by_quad_class_and_curated_events_by_their_actors_country() {
        let keep = |f: Filter| -> Vec<String> {
            ActorGraph::build(sample(), &f)
                .events()
                .iter()
                .map(|e| e.id.to_string())
                .collect()
        };
        assert_eq!(
            keep(Filter {
                quads: [4].into_iter().collect(),
                ..Filter::default()
            }),
            ["d"]
        );
        let turkey = Filter {
            countries: ["TUR".to_string()].into_iter().collect(),
            country_actors: [Arc::from("tur")].into_iter().collect(),
            ..Filter::default()
        };
        assert_eq!(keep(turkey.clone()), ["f", "a", "b", "g"]);
        // Dataset events were checked where they happened while they were read.
        let mut events = sample();
        events[0].origin = Origin::Gdelt;
        let kept: Vec<String> = ActorGraph::build(events, &turkey)
            .events()
            .iter()
            .map(|e| e.id.to_string())
            .collect();
        assert_eq!(kept, ["f", "a", "b", "g", "c"]);
    }

    #[test]
    fn top_merges_the_other_actors_into_one_node_and_keeps_every_event() {
        let full = ActorGraph::build(sample(), &Filter::default());
        let other: ActorId = Arc::from("other");
        // Events per actor: rus 4, tur 4, arm 3, aze 1, osce 1.
        let g = full.top(2, &other).unwrap();
        assert_eq!(
            g.merged(),
            Some(&Merged {
                id: other.clone(),
                count: 3
            })
        );
        assert_eq!(full.merged(), None);
        assert_eq!(full.actors().count(), 5, "the full graph is untouched");
        let rus: ActorId = Arc::from("rus");
        let arm: ActorId = Arc::from("arm");
        assert_eq!(g.node_of(Some(&rus)), Some(&rus));
        assert_eq!(g.node_of(Some(&arm)), Some(&other));
        assert_eq!(full.node_of(Some(&arm)), Some(&arm));
        assert_eq!(g.node_of(None), None);
        let actors: Vec<&str> = g.actors().map(|a| &**a).collect();
        assert_eq!(actors, ["other", "rus", "tur"]);
        assert_eq!(g.events().len(), 7);
        let dyads: Vec<(String, String, usize)> = g
            .dyads()
            .iter()
            .map(|d| (d.source.to_string(), d.target.to_string(), d.count))
            .collect();
        assert_eq!(
            dyads,
            [
                ("other".to_string(), "other".to_string(), 2),
                ("rus".to_string(), "other".to_string(), 1),
                ("rus".to_string(), "tur".to_string(), 3),
            ]
        );
        assert!(full.top(5, &other).is_none(), "nothing to merge");
        assert!(full.top(4, &other).is_some());
    }

    #[test]
    fn a_tally_of_streamed_events_and_its_view_sum_up_as_the_graph_does() {
        let full = ActorGraph::build(sample(), &Filter::default());
        let other: ActorId = Arc::from("other");
        let mut counts = ActorCounts::default();
        let mut tally = DyadTally::logged().unwrap();
        for e in full.events() {
            counts.add(e);
            if let (Some(s), Some(t)) = (&e.source, &e.target) {
                tally.add(s, t, e);
            }
        }
        assert_eq!(counts.len(), full.actors().count());
        let (kept, merged) = counts.top(2).unwrap();
        assert_eq!(merged, 3);
        let node = |a: &ActorId| {
            if kept.contains(a) {
                a.clone()
            } else {
                other.clone()
            }
        };
        let view = tally.view(node).unwrap();
        assert_eq!(view, full.top(2, &other).unwrap().dyads());
        assert!(tally.view(node).is_err(), "the log is read once");
        let mut again = DyadTally::default();
        for e in full.events() {
            if let (Some(s), Some(t)) = (&e.source, &e.target) {
                again.add(s, t, e);
            }
        }
        assert_eq!(again.finish(), full.dyads());
    }
}
