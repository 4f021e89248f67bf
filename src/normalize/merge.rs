//! Merging events that describe the same happening: the same directed dyad, the same CAMEO
//! root and overlapping dates. Extracted (article) events merge into a curated event or into
//! each other, and the merged event keeps every source; two curated events are never merged,
//! since a curator who wrote two meant two.

use std::collections::HashMap;

use crate::model::{ActorId, DateSpan, Event, Origin, Precision};

/// Merges duplicates, keeping the first event of each happening (in input order) and folding
/// the others' provenance into it. Returns the events and how many were merged away.
pub fn merge(events: Vec<Event>) -> (Vec<Event>, usize) {
    merge_by(events, |id| id.to_string())
}

/// Like [`merge`], with actors compared through `side` (for instance the state an actor
/// belongs to, so that "the Kremlin" and "Russia" urging Turkey are one happening).
pub fn merge_by(events: Vec<Event>, side: impl Fn(&ActorId) -> String) -> (Vec<Event>, usize) {
    type Key = (Option<String>, Option<String>, String);
    let mut kept: Vec<Event> = Vec::with_capacity(events.len());
    let mut by_key: HashMap<Key, Vec<usize>> = HashMap::new();
    // How many of a key's kept events each file has a source in: an article's event never
    // merges with one from its own file, so when every candidate shares its file the scan is
    // skipped (one long article with many events of one dyad stays linear).
    let mut from_file: HashMap<(Key, Option<std::sync::Arc<str>>), usize> = HashMap::new();
    let mut merged = 0;
    for event in events {
        let key: Key = (
            event.source.as_ref().map(&side),
            event.target.as_ref().map(&side),
            event.event_type.root.clone(),
        );
        let own_file = match event.provenance.as_slice() {
            [only] if event.origin != Origin::Curated => Some(only.file.clone()),
            _ => None,
        };
        let candidates = by_key.entry(key.clone()).or_default();
        let all_same_file = own_file.as_ref().is_some_and(|f| {
            from_file
                .get(&(key.clone(), f.clone()))
                .copied()
                .unwrap_or(0)
                == candidates.len()
        });
        let into = if all_same_file {
            None
        } else {
            candidates
                .iter()
                .copied()
                .find(|&i| mergeable(&kept[i], &event) && same_time(&kept[i].date, &event.date))
        };
        match into {
            Some(i) => {
                absorb(&mut kept[i], event);
                merged += 1;
            }
            None => {
                candidates.push(kept.len());
                let mut files: Vec<Option<std::sync::Arc<str>>> =
                    event.provenance.iter().map(|p| p.file.clone()).collect();
                files.sort();
                files.dedup();
                for f in files {
                    *from_file.entry((key.clone(), f)).or_default() += 1;
                }
                kept.push(event);
            }
        }
    }
    (kept, merged)
}

/// Two curated events never merge, nor two events read from the same file (one article that
/// reports two acts reports two events); an article's event merges with a curated one or with
/// another article's.
fn mergeable(a: &Event, b: &Event) -> bool {
    if a.origin == Origin::Curated && b.origin == Origin::Curated {
        return false;
    }
    let files = |e: &Event| -> Vec<Option<std::sync::Arc<str>>> {
        e.provenance.iter().map(|p| p.file.clone()).collect()
    };
    let (fa, fb) = (files(a), files(b));
    a.origin == Origin::Curated || b.origin == Origin::Curated || !fa.iter().any(|f| fb.contains(f))
}

/// Whether two dates can name the same happening: identical, or overlapping with both ends of
/// both known (an open "on or before" date overlaps everything before it and says too little
/// to merge on).
pub fn same_time(a: &DateSpan, b: &DateSpan) -> bool {
    a == b
        || (a.overlaps(b)
            && a.precision() != Precision::Unknown
            && b.precision() != Precision::Unknown)
}

/// How tightly a date is known: finer precision first, open spans last.
fn tightness(d: &DateSpan) -> (u8, i64) {
    let width = match (d.start(), d.end()) {
        (Some(a), Some(b)) => (b - a).num_days(),
        _ => i64::MAX,
    };
    let open = u8::from(d.precision() == Precision::Unknown);
    (open, width)
}

/// Folds `other` into `into`: every new source is added; a curated event keeps its fields, an
/// extracted one takes the tighter date and, when it had none, the curated fields.
fn absorb(into: &mut Event, other: Event) {
    let other_curated = other.origin == Origin::Curated;
    if other_curated && into.origin != Origin::Curated {
        // The curated event leads: its id, date, summary and location win.
        let mut provenance = other.provenance.clone();
        for p in std::mem::take(&mut into.provenance) {
            if !provenance.contains(&p) {
                provenance.push(p);
            }
        }
        *into = Event {
            provenance,
            ..other
        };
        return;
    }
    if into.origin != Origin::Curated && tightness(&other.date) < tightness(&into.date) {
        into.date = other.date;
    }
    for p in other.provenance {
        if !into.provenance.contains(&p) {
            into.provenance.push(p);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Codebook, Provenance};
    use std::sync::Arc;

    fn ev(id: &str, date: &str, s: &str, t: &str, code: &str, origin: Origin) -> Event {
        Event {
            id: id.into(),
            date: DateSpan::parse(date).unwrap(),
            source: Some(Arc::from(s)),
            target: Some(Arc::from(t)),
            event_type: Codebook::get().code(code).unwrap(),
            summary: id.into(),
            location: None,
            origin,
            provenance: vec![Provenance {
                file: Some(format!("{id}.txt").into()),
                ..Provenance::default()
            }],
        }
    }

    #[test]
    fn same_dyad_root_and_overlapping_dates_merge_keeping_every_source() {
        let (out, n) = merge(vec![
            ev("a1", "2020-09", "rus", "tur", "020", Origin::Article),
            ev("a2", "2020-09-29", "rus", "tur", "021", Origin::Article),
            ev("a3", "2020-10-05", "rus", "tur", "020", Origin::Article),
            ev("a4", "2020-09-29", "tur", "rus", "020", Origin::Article),
            ev("a5", "../2020-09-29", "rus", "tur", "020", Origin::Article),
        ]);
        assert_eq!(n, 1);
        assert_eq!(
            out.len(),
            4,
            "an open date merges with nothing but its equal"
        );
        assert_eq!(
            out[0].date.to_string(),
            "2020-09-29",
            "the tighter date wins"
        );
        assert_eq!(out[0].provenance.len(), 2);
    }

    #[test]
    fn two_events_of_one_file_never_merge() {
        let mut a = ev("a1", "2020-09-29", "rus", "tur", "020", Origin::Article);
        let mut b = ev("a2", "2020-09-29", "rus", "tur", "020", Origin::Article);
        a.provenance[0].file = Some("same.txt".into());
        b.provenance[0].file = Some("same.txt".into());
        assert_eq!(merge(vec![a, b]).1, 0);
    }

    #[test]
    fn an_extracted_event_merges_into_the_curated_one_but_curated_events_never_merge() {
        let (out, n) = merge(vec![
            ev("x", "2020-09-29", "rus", "tur", "020", Origin::Article),
            ev("c1", "2020-09", "rus", "tur", "020", Origin::Curated),
            ev("c2", "2020-09-29", "rus", "tur", "020", Origin::Curated),
        ]);
        assert_eq!(n, 1);
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].id, "c1");
        assert_eq!(out[0].date.to_string(), "2020-09", "the curated date wins");
        assert_eq!(out[0].provenance.len(), 2);
        assert_eq!(out[1].id, "c2");
    }
}
