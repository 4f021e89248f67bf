//! The monthly dyad series (`dyads.csv`): one row per (source, target, month) with the number
//! of events, the sum and mean of their Goldstein scores and their count per quad class, for
//! people who plot the conflict-cooperation series of a dyad in their own tools.
//!
//! An event counts in the month of its first day when its date spans at most
//! [`MAX_SPAN_DAYS`] days (first and last included) (a day, a week, a month, a short range); a longer, open or
//! unknown-ended date has no one month and is left out, as is an event without a target (it is
//! no dyad). [`DyadsSummary`] counts both, for the note `casus build` prints. Goldstein scores
//! are multiples of 0.1, so they are summed exactly in tenths.

use std::collections::BTreeMap;
use std::io::{self, Write};

use chrono::Datelike;

use crate::graph::ActorGraph;
use crate::model::{ActorId, ActorRegistry, Event};

/// The longest date, in days with its first and last, that still counts in one month (the
/// month of its first day): a month has up to 31 days.
pub const MAX_SPAN_DAYS: i64 = 31;

/// The header of `dyads.csv`.
pub const HEADER: [&str; 10] = [
    "source",
    "target",
    "month",
    "events",
    "goldstein_sum",
    "goldstein_mean",
    "verbal_cooperation",
    "material_cooperation",
    "verbal_conflict",
    "material_conflict",
];

/// What was left out of `dyads.csv`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DyadsSummary {
    /// Rows written.
    pub rows: usize,
    /// Events counted in a row.
    pub counted: usize,
    /// Events without a target: no dyad.
    pub no_target: usize,
    /// Dyadic events whose date is longer than [`MAX_SPAN_DAYS`], or open or unknown at one end.
    pub no_month: usize,
}

impl DyadsSummary {
    /// The note for standard error when events were left out; `None` when none was.
    pub fn note(&self, file: &str) -> Option<String> {
        let mut parts = Vec::new();
        if self.no_month > 0 {
            parts.push(format!(
                "{} with a date longer than a month or open-ended (no one month to count them in)",
                plural(self.no_month)
            ));
        }
        if self.no_target > 0 {
            parts.push(format!(
                "{} without a target (no dyad)",
                plural(self.no_target)
            ));
        }
        if parts.is_empty() {
            return None;
        }
        Some(format!(
            "{file} counts {} in {} rows and leaves out {}; the timeline has every event",
            plural(self.counted),
            self.rows,
            parts.join(" and ")
        ))
    }
}

fn plural(n: usize) -> String {
    format!("{n} {}", if n == 1 { "event" } else { "events" })
}

/// The month an event counts in, as (year, month); `None` when its date spans more than
/// [`MAX_SPAN_DAYS`] days or has an open or unknown end.
pub fn month_of(event: &Event) -> Option<(i32, u32)> {
    let (start, end) = (event.date.start()?, event.date.end()?);
    ((end - start).num_days() < MAX_SPAN_DAYS).then(|| (start.year(), start.month()))
}

/// One row's sums.
#[derive(Default)]
struct Sums {
    events: usize,
    /// The Goldstein scores in tenths.
    goldstein_tenths: i64,
    quads: [usize; 4],
}

/// The rows of `dyads.csv`, summed up one event at a time: in any order, as the sums are
/// exact (what a build that streams its events writes).
#[derive(Default)]
pub struct DyadRows {
    rows: BTreeMap<(ActorId, ActorId, (i32, u32)), Sums>,
    summary: DyadsSummary,
}

impl DyadRows {
    /// Counts `e` in its row, or as left out.
    pub fn add(&mut self, e: &Event) {
        let (Some(source), Some(target)) = (&e.source, &e.target) else {
            self.summary.no_target += 1;
            return;
        };
        let Some(month) = month_of(e) else {
            self.summary.no_month += 1;
            return;
        };
        self.summary.counted += 1;
        let sums = self
            .rows
            .entry((source.clone(), target.clone(), month))
            .or_default();
        sums.events += 1;
        sums.goldstein_tenths += (e.event_type.goldstein * 10.0).round() as i64;
        sums.quads[usize::from(e.event_type.quad_class.number() - 1)] += 1;
    }

    /// Writes the rows as [`write_dyads`] does.
    pub fn write(
        self,
        registry: &ActorRegistry,
        guard: bool,
        out: &mut dyn Write,
    ) -> io::Result<DyadsSummary> {
        let DyadRows { rows, mut summary } = self;
        summary.rows = rows.len();
        let name = |id: &ActorId| -> String {
            registry
                .get(id)
                .map_or_else(|| id.to_string(), |a| a.name.clone())
        };
        let cell = |name: &str| -> String {
            if guard {
                crate::formats::guard(name).into_owned()
            } else {
                name.to_string()
            }
        };
        // (source name, target name, month, source id, target id): the order of the rows.
        type Key = (String, String, (i32, u32), ActorId, ActorId);
        let mut sorted: Vec<(Key, Sums)> = rows
            .into_iter()
            .map(|((s, t, m), sums)| ((name(&s), name(&t), m, s, t), sums))
            .collect();
        sorted.sort_by(|a, b| a.0.cmp(&b.0));

        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(out);
        w.write_record(HEADER)?;
        for ((source, target, (year, month), _, _), sums) in &sorted {
            let mean = sums.goldstein_tenths as f64 / 10.0 / sums.events as f64;
            let [q1, q2, q3, q4] = sums.quads;
            w.write_record([
                cell(source).as_str(),
                cell(target).as_str(),
                &format!("{year:04}-{month:02}"),
                &sums.events.to_string(),
                &tenths(sums.goldstein_tenths),
                &fixed(mean),
                &q1.to_string(),
                &q2.to_string(),
                &q3.to_string(),
                &q4.to_string(),
            ])?;
        }
        w.flush()?;
        Ok(summary)
    }
}

/// Writes `dyads.csv` (RFC 4180, CRLF, a header row): rows sorted by source name, target name
/// and month (then by the actors' ids, should two actors share a name). `guard` puts a `'`
/// before a name that a spreadsheet would take for a formula, as in `timeline.csv`.
pub fn write_dyads(
    graph: &ActorGraph,
    registry: &ActorRegistry,
    guard: bool,
    out: &mut dyn Write,
) -> io::Result<DyadsSummary> {
    let mut rows = DyadRows::default();
    for e in graph.events() {
        rows.add(e);
    }
    rows.write(registry, guard, out)
}

/// A sum in tenths with two decimals, exactly (`-23` is `-2.30`).
fn tenths(t: i64) -> String {
    let sign = if t < 0 { "-" } else { "" };
    format!("{sign}{}.{}0", t.abs() / 10, t.abs() % 10)
}

/// A float with two decimals, never `-0.00`.
fn fixed(x: f64) -> String {
    let s = format!("{x:.2}");
    if s == "-0.00" { "0.00".to_string() } else { s }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::test_support::event;
    use crate::graph::Filter;
    use crate::model::{Actor, ActorKind};

    fn csv_of(events: Vec<Event>, registry: &ActorRegistry) -> (String, DyadsSummary) {
        let graph = ActorGraph::build(events, &Filter::default());
        let mut out = Vec::new();
        let summary = write_dyads(&graph, registry, true, &mut out).unwrap();
        (String::from_utf8(out).unwrap(), summary)
    }

    #[test]
    fn one_row_per_dyad_and_month_with_exact_goldstein_sums_and_quad_counts() {
        let mut registry = ActorRegistry::new();
        registry.insert(Actor::new("a", "Alpha", ActorKind::State));
        registry.insert(Actor::new("b", "=Beta", ActorKind::State));
        let (csv, summary) = csv_of(
            vec![
                // 020 appeal +3.0 (quad 1); 111 criticise -2.0 (quad 3); 190 fight -10 (quad 4).
                event("e1", "2020-09-27", "a", Some("b"), "020"),
                event("e2", "2020-09-29", "a", Some("b"), "111"),
                event("e3", "2020-10", "a", Some("b"), "190"),
                event("e4", "2020-W40", "b", Some("a"), "020"),
                event("e5", "2020-09-30/2020-10-02", "b", Some("a"), "020"),
                event("e6", "2020", "a", Some("b"), "020"),
                event("e7", "1995/..", "a", Some("b"), "020"),
                event("e8", "2020-09-27", "a", None, "020"),
            ],
            &registry,
        );
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(
            lines,
            [
                "source,target,month,events,goldstein_sum,goldstein_mean,verbal_cooperation,\
                 material_cooperation,verbal_conflict,material_conflict",
                // Sorted by the names ("=" before "A"); "=Beta" is guarded. The week of
                // 28 Sep - 4 Oct and the range from 30 Sep count in September.
                "'=Beta,Alpha,2020-09,2,6.00,3.00,2,0,0,0",
                "Alpha,'=Beta,2020-09,2,1.00,0.50,1,0,1,0",
                "Alpha,'=Beta,2020-10,1,-10.00,-10.00,0,0,0,1",
                "",
            ]
        );
        assert_eq!(
            summary,
            DyadsSummary {
                rows: 3,
                counted: 5,
                no_target: 1,
                no_month: 2
            }
        );
        assert_eq!(
            summary.note("dyads.csv").unwrap(),
            "dyads.csv counts 5 events in 3 rows and leaves out 2 events with a date longer \
             than a month or open-ended (no one month to count them in) and 1 event without a \
             target (no dyad); the timeline has every event"
        );
    }

    #[test]
    fn the_month_of_an_event_is_that_of_its_first_day_within_a_month_long_date() {
        let month = |d: &str| month_of(&event("e", d, "a", Some("b"), "020"));
        assert_eq!(month("2020-09-27"), Some((2020, 9)));
        assert_eq!(month("2020-02"), Some((2020, 2)));
        assert_eq!(month("2020-01"), Some((2020, 1)), "31 days");
        assert_eq!(month("2020-09-15/2020-10-15"), Some((2020, 9)));
        assert_eq!(month("2020-09-15/2020-10-16"), None, "32 days");
        assert_eq!(month("2020-35"), None, "a quarter");
        assert_eq!(month("2020"), None);
        assert_eq!(month("../2020-09-29"), None);
        assert_eq!(month("2020-09-29/"), None);
    }

    #[test]
    fn sums_in_tenths_keep_their_sign_and_two_decimals() {
        assert_eq!(tenths(0), "0.00");
        assert_eq!(tenths(-23), "-2.30");
        assert_eq!(tenths(-3), "-0.30");
        assert_eq!(tenths(100), "10.00");
        assert_eq!(fixed(-0.001), "0.00");
        assert_eq!(fixed(1.0 / 3.0), "0.33");
    }

    #[test]
    fn nothing_left_out_means_no_note() {
        let (_, summary) = csv_of(
            vec![event("e1", "2020-09-27", "a", Some("b"), "020")],
            &ActorRegistry::new(),
        );
        assert_eq!(summary.note("dyads.csv"), None);
        assert_eq!(summary.rows, 1);
    }
}
