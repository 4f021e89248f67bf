//! The dated actor graph: actors as nodes, events as directed dated edges (petgraph), the filters
//! that choose which events enter it, and the aggregated view per directed dyad.

use std::collections::{BTreeMap, BTreeSet};

use petgraph::graph::{DiGraph, NodeIndex};

use crate::model::{ActorId, DateSpan, Event, EventType, QuadClass};

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
        self.roots.is_empty() || self.roots.contains(&event.event_type.root_number())
    }
}

/// The actor graph: one node per actor that takes part in an event, one edge per event that has
/// both a source and a target.
#[derive(Debug)]
pub struct ActorGraph {
    /// Nodes carry actor ids; edges carry the index of their event in [`ActorGraph::events`].
    pub graph: DiGraph<ActorId, usize>,
    events: Vec<Event>,
    nodes: BTreeMap<ActorId, NodeIndex>,
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
    /// The event type with the most events (ties go to the lower code).
    pub dominant: &'static EventType,
}

impl ActorGraph {
    /// Builds the graph from the events that pass `filter`, in timeline order. Nodes are added
    /// in id order so that the graph is the same for the same events in any input order.
    pub fn build(events: impl IntoIterator<Item = Event>, filter: &Filter) -> ActorGraph {
        let mut events: Vec<Event> = events.into_iter().filter(|e| filter.matches(e)).collect();
        events.sort_by(Event::timeline_cmp);
        let ids: BTreeSet<ActorId> = events
            .iter()
            .flat_map(|e| [e.source.clone(), e.target.clone()])
            .flatten()
            .collect();
        let mut graph = DiGraph::with_capacity(ids.len(), events.len());
        let nodes: BTreeMap<ActorId, NodeIndex> = ids
            .into_iter()
            .map(|id| (id.clone(), graph.add_node(id)))
            .collect();
        for (i, e) in events.iter().enumerate() {
            if let (Some(s), Some(t)) = (&e.source, &e.target) {
                graph.add_edge(nodes[s], nodes[t], i);
            }
        }
        ActorGraph {
            graph,
            events,
            nodes,
        }
    }

    /// The kept events, in timeline order (by date, then id).
    pub fn events(&self) -> &[Event] {
        &self.events
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
        let mut groups: BTreeMap<(ActorId, ActorId), Vec<&Event>> = BTreeMap::new();
        for edge in self.graph.edge_indices() {
            let (s, t) = self.graph.edge_endpoints(edge).expect("edge exists");
            let event = &self.events[self.graph[edge]];
            groups
                .entry((self.graph[s].clone(), self.graph[t].clone()))
                .or_default()
                .push(event);
        }
        groups
            .into_iter()
            .map(|((source, target), events)| summarize(source, target, &events))
            .collect()
    }
}

fn summarize(source: ActorId, target: ActorId, events: &[&Event]) -> Dyad {
    let first = events
        .iter()
        .map(|e| e.date)
        .min()
        .expect("a dyad has events");
    let last = events
        .iter()
        .map(|e| e.date)
        .max_by(|a, b| a.end().cmp(&b.end()).then_with(|| a.cmp(b)))
        .expect("a dyad has events");
    let mean_goldstein =
        events.iter().map(|e| e.event_type.goldstein).sum::<f64>() / events.len() as f64;
    let mut quads: BTreeMap<QuadClass, usize> = BTreeMap::new();
    let mut types: BTreeMap<&str, (usize, &'static EventType)> = BTreeMap::new();
    for e in events {
        *quads.entry(e.event_type.quad_class).or_default() += 1;
        types
            .entry(&e.event_type.code)
            .or_insert((0, e.event_type))
            .0 += 1;
    }
    // max_by_key returns the last maximum: iterate quads ascending so ties go to the higher
    // (more conflictual) class, and codes descending so ties go to the lower code.
    let quad_class = *quads
        .iter()
        .max_by_key(|(_, n)| **n)
        .map(|(q, _)| q)
        .expect("a dyad has events");
    let dominant = types
        .values()
        .rev()
        .max_by_key(|(n, _)| *n)
        .map(|(_, t)| *t)
        .expect("a dyad has events");
    Dyad {
        source,
        target,
        count: events.len(),
        first,
        last,
        mean_goldstein,
        quad_class,
        dominant,
    }
}
