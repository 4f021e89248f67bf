//! The report to work in (`report.html`): one self-contained HTML file that loads nothing —
//! a swimlane timeline drawn as SVG, the actor diagram ([`super::diagram`]), the dyad plots and
//! the event table — with its own small script (`report.js`, no library) for search, filters,
//! sorting, the diagram's zoom and pan and the dyad plots. The events are embedded once, as
//! compact JSON ([`data_json`]); the script builds the table from it a page at a time, so that a
//! report of 100,000 events opens in seconds.
//!
//! The timeline has one lane per actor (in id order; events without a source get a last lane).
//! Each event is a mark in its source's lane, coloured by quad class — a dot for a day, a bar
//! for a span — and a hollow echo of it in its target's lane. A bar's ends fade where the date
//! is fuzzy (a month, a year, an approximate date: it happened somewhere inside) and fade out
//! to the edge of the plot where it is open (`1992/..`); a dashed outline marks an approximate
//! or uncertain date. Every mark lists its events (`data-e`), from which the script shows the
//! evidence on hover and the events in the table on a click, and hides the marks and lanes
//! without a matching event. Marks that would overlap stack in up to [`MAX_ROWS`] rows per
//! lane; a lane with more at once is drawn as counts ([`lane_bins`]).
//!
//! Long stretches without events are cut out of the time axis: the known days are grouped into
//! segments wherever two consecutive ones are more than `max(90 days, span / 16)` apart, each
//! segment is drawn linearly with a width that grows with its number of events, and the cuts are
//! grey bands saying how long they are.

use std::fmt::Write as _;
use std::io::{self, Write};

use chrono::{Datelike, Days, Months, NaiveDate};

use super::diagram::{DiagramLayout, Fallback, actor_diagram};
use super::display::{SourceStyle, display_date, goldstein, source_parts};
use super::dot::quad_colour;
use super::xml::escape;
use crate::graph::ActorGraph;
use crate::model::date::{Bound, Dated, Point};
use crate::model::{ActorId, ActorRegistry, DateSpan, Event, QuadClass};

/// Options of the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportOptions {
    /// The heading of the page.
    pub title: String,
    /// How the actor diagram is laid out.
    pub diagram: DiagramLayout,
    /// The DOT options of the diagram when Graphviz draws it (those of `actors.dot`).
    pub dot: super::dot::DotOptions,
}

impl Default for ReportOptions {
    fn default() -> Self {
        ReportOptions {
            title: super::timelinejs::TITLE.to_string(),
            diagram: DiagramLayout::Auto,
            dot: super::dot::DotOptions::default(),
        }
    }
}

/// The most rows marks stack in within one lane; beyond, marks overlap in the least full row.
pub const MAX_ROWS: usize = 8;

/// Width of the lane labels, left of the plot.
const LABEL_W: f64 = 200.0;
/// Width of the plot.
const PLOT_W: f64 = 1100.0;
/// Width of one cut in the time axis.
const BREAK_W: f64 = 24.0;
/// Height of the axis above the lanes.
const AXIS_H: f64 = 46.0;
/// Height of one row of marks.
const ROW_H: f64 = 14.0;
/// Radius of a day's dot.
const DOT_R: f64 = 5.0;
/// The narrowest bar.
const MIN_BAR: f64 = 6.0;

/// A day as a number, for arithmetic.
fn num(d: NaiveDate) -> i64 {
    i64::from(d.num_days_from_ce())
}

fn from_num(n: i64) -> Option<NaiveDate> {
    i32::try_from(n)
        .ok()
        .and_then(NaiveDate::from_num_days_from_ce_opt)
}

/// One drawn stretch of the time axis: days `[a, b)` between x positions `x0` and `x1`.
#[derive(Clone, Debug, PartialEq)]
struct Segment {
    a: i64,
    b: i64,
    x0: f64,
    x1: f64,
}

/// The cut time axis.
#[derive(Clone, Debug, PartialEq)]
struct Axis {
    segments: Vec<Segment>,
}

impl Axis {
    /// Lays the axis out for the events' known days; `None` when no day is known.
    fn new(events: &[Event]) -> Option<Axis> {
        let mut keys: Vec<i64> = events
            .iter()
            .flat_map(|e| [e.date.start().map(num), e.date.end().map(|d| num(d) + 1)])
            .flatten()
            .collect();
        keys.sort_unstable();
        keys.dedup();
        let (&lo, &hi) = (keys.first()?, keys.last()?);
        let threshold = ((hi - lo) / 16).max(90);
        let mut clusters: Vec<(i64, i64)> = Vec::new();
        for &k in &keys {
            match clusters.last_mut() {
                Some(c) if k - c.1 <= threshold => c.1 = k,
                _ => clusters.push((k, k)),
            }
        }
        // Pad each segment a little, never into its neighbours.
        let n = clusters.len();
        let mut padded: Vec<(i64, i64)> = Vec::with_capacity(n);
        for i in 0..n {
            let (a, b) = clusters[i];
            let b = b.max(a + 1);
            let pad = ((b - a) / 30).max(1);
            let lo = if i > 0 {
                (a - pad).max(clusters[i - 1].1 + (a - clusters[i - 1].1) / 2)
            } else {
                a - pad
            };
            let hi = if i + 1 < n {
                (b + pad).min(b + (clusters[i + 1].0 - b) / 2)
            } else {
                b + pad
            };
            padded.push((lo, hi.max(lo + 1)));
        }
        // Width: 40% shared equally, 60% by the number of events whose days fall inside.
        let mut weights = vec![1.0f64; n];
        for e in events {
            for day in [e.date.start(), e.date.end()].into_iter().flatten() {
                let d = num(day);
                let i = padded.partition_point(|s| s.1 <= d).min(n - 1);
                weights[i] += 0.5;
            }
        }
        let total: f64 = weights.iter().sum();
        let available = PLOT_W - BREAK_W * (n as f64 - 1.0);
        let mut x = LABEL_W;
        let segments = padded
            .iter()
            .zip(&weights)
            .map(|(&(a, b), w)| {
                let width = available * (0.4 / n as f64 + 0.6 * w / total);
                let s = Segment {
                    a,
                    b,
                    x0: x,
                    x1: x + width,
                };
                x += width + BREAK_W;
                s
            })
            .collect();
        Some(Axis { segments })
    }

    fn left(&self) -> f64 {
        self.segments.first().map_or(LABEL_W, |s| s.x0)
    }

    fn right(&self) -> f64 {
        self.segments.last().map_or(LABEL_W + PLOT_W, |s| s.x1)
    }

    /// The day drawn at x position `x`; `None` in a cut or outside the plot.
    fn day_at(&self, x: f64) -> Option<i64> {
        let s = self.segments.iter().find(|s| s.x0 <= x && x < s.x1)?;
        Some(s.a + ((x - s.x0) / (s.x1 - s.x0) * (s.b - s.a) as f64).floor() as i64)
    }

    /// The x position of the start of day number `d`.
    fn x(&self, d: i64) -> f64 {
        let i = self.segments.partition_point(|s| s.b < d);
        match self.segments.get(i) {
            None => self.right(),
            Some(s) if d >= s.a => s.x0 + (d - s.a) as f64 / (s.b - s.a) as f64 * (s.x1 - s.x0),
            Some(s) => match i.checked_sub(1).map(|p| &self.segments[p]) {
                None => s.x0,
                // Inside a cut: spread over the cut's width.
                Some(p) => p.x1 + (d - p.b) as f64 / (s.a - p.b) as f64 * (s.x0 - p.x1),
            },
        }
    }
}

/// The tick step of a segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    Days(u32),
    Months(u32),
    Years(i32),
}

impl Step {
    fn approx_days(self) -> f64 {
        match self {
            Step::Days(n) => f64::from(n),
            Step::Months(n) => 30.44 * f64::from(n),
            Step::Years(n) => 365.25 * f64::from(n),
        }
    }
}

const STEPS: [Step; 13] = [
    Step::Days(1),
    Step::Days(7),
    Step::Months(1),
    Step::Months(3),
    Step::Years(1),
    Step::Years(2),
    Step::Years(5),
    Step::Years(10),
    Step::Years(25),
    Step::Years(50),
    Step::Years(100),
    Step::Years(500),
    Step::Years(1000),
];

/// The ticks of a segment: (day number, label), at least `min_px` apart.
fn ticks(s: &Segment, min_px: f64) -> Vec<(i64, String)> {
    let px_per_day = (s.x1 - s.x0) / (s.b - s.a) as f64;
    let step = STEPS
        .into_iter()
        .find(|st| st.approx_days() * px_per_day >= min_px)
        .unwrap_or(Step::Years(1000));
    let (Some(first), Some(last)) = (from_num(s.a), from_num(s.b - 1)) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let short = |m: u32| &crate::model::date::month_name(m)[..3];
    match step {
        Step::Days(n) => {
            // Days: every day; weeks: Mondays.
            let mut d = first;
            if n == 7 {
                while d.weekday() != chrono::Weekday::Mon {
                    d = d + Days::new(1);
                }
            }
            while d <= last {
                out.push((num(d), format!("{} {}", d.day(), short(d.month()))));
                match d.checked_add_days(Days::new(u64::from(n))) {
                    Some(next) => d = next,
                    None => break,
                }
            }
        }
        Step::Months(n) => {
            let mut d = NaiveDate::from_ymd_opt(first.year(), first.month(), 1).unwrap_or(first);
            while !(d.month() - 1).is_multiple_of(n) {
                d = d + Months::new(1);
            }
            if d < first {
                d = d + Months::new(n);
            }
            let mut shown_year = false;
            while d <= last {
                let label = if d.month() == 1 || !shown_year {
                    shown_year = true;
                    format!("{} {}", short(d.month()), d.year())
                } else {
                    short(d.month()).to_string()
                };
                out.push((num(d), label));
                match d.checked_add_months(Months::new(n)) {
                    Some(next) => d = next,
                    None => break,
                }
            }
        }
        Step::Years(n) => {
            let mut y = first.year() + (n - first.year().rem_euclid(n)) % n;
            if NaiveDate::from_ymd_opt(y, 1, 1).is_some_and(|d| d < first) {
                y += n;
            }
            while let Some(d) = NaiveDate::from_ymd_opt(y, 1, 1) {
                if d > last {
                    break;
                }
                out.push((num(d), y.to_string()));
                y += n;
            }
        }
    }
    out
}

/// The label of a segment too narrow for ticks: its month ("May 1994"), year ("2010") or
/// years ("1990–1995"), from the days it was padded around.
fn period(s: &Segment) -> String {
    let (Some(a), Some(b)) = (from_num(s.a), from_num(s.b - 1)) else {
        return String::new();
    };
    let mid = from_num((s.a + s.b) / 2).unwrap_or(a);
    if s.b - s.a <= 62 {
        format!(
            "{} {}",
            &crate::model::date::month_name(mid.month())[..3],
            mid.year()
        )
    } else if s.b - s.a <= 800 {
        mid.year().to_string()
    } else {
        format!("{}–{}", a.year(), b.year())
    }
}

/// How a bar's end is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum End {
    /// Known to the day.
    Sharp,
    /// Known to a coarser unit, or approximate: fades.
    Fuzzy,
    /// Open or unknown: fades out to the edge of the plot.
    Open,
}

impl End {
    fn letter(self) -> char {
        match self {
            End::Sharp => 's',
            End::Fuzzy => 'f',
            End::Open => 'o',
        }
    }

    fn of(bound: Bound) -> End {
        match bound {
            Bound::Known(d) => Self::of_dated(d),
            Bound::Open | Bound::Unknown => End::Open,
        }
    }

    fn of_dated(d: Dated) -> End {
        if matches!(d.point, Point::Day(_)) && d.qualifier.is_plain() {
            End::Sharp
        } else {
            End::Fuzzy
        }
    }
}

/// The shape of an event's mark.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Shape {
    /// A dot centred on `x`.
    Dot { x: f64 },
    /// A bar from `x0` to `x1` with the given ends.
    Bar {
        x0: f64,
        x1: f64,
        left: End,
        right: End,
    },
}

impl Shape {
    fn of(date: &DateSpan, axis: &Axis) -> Shape {
        let (left, right) = match *date {
            DateSpan::Single(d) if matches!(d.point, Point::Day(_)) => {
                let day = num(d.point.first_day());
                return Shape::Dot {
                    x: (axis.x(day) + axis.x(day + 1)) / 2.0,
                };
            }
            DateSpan::Single(d) => {
                let end = End::of_dated(d).max(End::Fuzzy);
                (end, end)
            }
            DateSpan::Interval { from, to } => (End::of(from), End::of(to)),
        };
        let mut x0 = date.start().map_or(axis.left(), |d| axis.x(num(d)));
        let mut x1 = date.end().map_or(axis.right(), |d| axis.x(num(d) + 1));
        if x1 - x0 < MIN_BAR {
            let mid = (x0 + x1) / 2.0;
            x0 = mid - MIN_BAR / 2.0;
            x1 = mid + MIN_BAR / 2.0;
        }
        Shape::Bar {
            x0,
            x1,
            left,
            right,
        }
    }

    fn extent(self) -> (f64, f64) {
        match self {
            Shape::Dot { x } => (x - DOT_R, x + DOT_R),
            Shape::Bar { x0, x1, .. } => (x0, x1),
        }
    }
}

/// The id of the gradient for a quad class and a bar's two ends.
fn gradient_id(quad: QuadClass, left: End, right: End) -> String {
    format!("fade-{}-{}{}", quad.number(), left.letter(), right.letter())
}

/// The gradient definition for a quad class and a bar's two ends.
fn gradient(quad: QuadClass, left: End, right: End) -> String {
    let colour = quad_colour(quad);
    let mut stops: Vec<(f64, f64)> = match left {
        End::Sharp => vec![(0.0, 1.0)],
        End::Fuzzy => vec![(0.0, 0.15), (0.2, 1.0)],
        End::Open => vec![(0.0, 0.0), (0.35, 1.0)],
    };
    stops.extend(match right {
        End::Sharp => vec![(1.0, 1.0)],
        End::Fuzzy => vec![(0.8, 1.0), (1.0, 0.15)],
        End::Open => vec![(0.65, 1.0), (1.0, 0.0)],
    });
    let mut s = format!("<linearGradient id=\"{}\">", gradient_id(quad, left, right));
    for (offset, opacity) in stops {
        let _ = write!(
            s,
            "<stop offset=\"{offset}\" stop-color=\"{colour}\" stop-opacity=\"{opacity}\"/>"
        );
    }
    s.push_str("</linearGradient>");
    s
}

/// One lane of the timeline.
struct Lane {
    label: String,
    code: String,
    tip: String,
    /// Right edge of the last mark of each row.
    rows: Vec<f64>,
    /// (row, event index, shape, echo).
    marks: Vec<(usize, usize, Shape, bool)>,
    /// Whether a mark found no free row: the lane is drawn as counts ([`Lane::bins`]).
    crowded: bool,
}

impl Lane {
    /// Puts a mark in the first row where it does not overlap the previous one.
    fn place(&mut self, event: usize, shape: Shape, echo: bool) {
        let (x0, x1) = shape.extent();
        let row = match self.rows.iter().position(|&end| end + 2.0 <= x0) {
            Some(r) => r,
            None if self.rows.len() < MAX_ROWS => {
                self.rows.push(f64::NEG_INFINITY);
                self.rows.len() - 1
            }
            None => {
                self.crowded = true;
                // Full: the row whose last mark ends first.
                let mut best = 0;
                for (i, &end) in self.rows.iter().enumerate() {
                    if end < self.rows[best] {
                        best = i;
                    }
                }
                best
            }
        };
        self.rows[row] = self.rows[row].max(x1);
        self.marks.push((row, event, shape, echo));
    }

    fn height(&self) -> f64 {
        if self.crowded {
            COUNTS_H
        } else {
            self.rows.len().max(1) as f64 * ROW_H + 8.0
        }
    }
}

/// Shortens a label to `max` characters with an ellipsis.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut s: String = text.chars().take(max - 1).collect();
        s.push('…');
        s
    }
}

/// The swimlane timeline as an SVG element, with the number of lanes and of crowded lanes
/// (drawn as counts); `None` without events.
fn swimlanes(graph: &ActorGraph, registry: &ActorRegistry) -> Option<(String, usize, usize)> {
    let events = graph.events();
    let axis = Axis::new(events)?;
    let ids: Vec<&str> = graph.actors().map(|a| &**a).collect();
    let mut lanes: Vec<Lane> = ids
        .iter()
        .map(|id| {
            let actor = registry.get(id);
            Lane {
                label: actor.map_or(id.to_string(), |a| a.name.clone()),
                code: actor.map_or(String::new(), |a| a.code.clone()),
                tip: match actor {
                    Some(a) => format!("{} ({}, id {})", a.name, a.kind.as_str(), a.id),
                    None => format!("{id} (not in the registry)"),
                },
                rows: Vec::new(),
                marks: Vec::new(),
                crowded: false,
            }
        })
        .collect();
    let none_lane = ids.len();
    if events.iter().any(|e| e.source.is_none()) {
        lanes.push(Lane {
            label: "(unknown source)".to_string(),
            code: String::new(),
            tip: "events whose acting actor is not known".to_string(),
            rows: Vec::new(),
            marks: Vec::new(),
            crowded: false,
        });
    }
    // In a view of the busiest actors, a left-out actor's events go to the merged lane.
    let lane_of = |id: &Option<crate::model::ActorId>| -> Option<usize> {
        graph
            .node_of(id.as_ref())
            .and_then(|id| ids.binary_search(&&**id).ok())
    };
    let mut gradients = std::collections::BTreeSet::new();
    for (i, e) in events.iter().enumerate() {
        let shape = Shape::of(&e.date, &axis);
        if let Shape::Bar { left, right, .. } = shape
            && (left, right) != (End::Sharp, End::Sharp)
        {
            gradients.insert((e.event_type.quad_class, left, right));
        }
        lanes[lane_of(&e.source).unwrap_or(none_lane)].place(i, shape, false);
        if let Some(t) = lane_of(&e.target) {
            lanes[t].place(i, shape, true);
        }
    }

    let height = AXIS_H + lanes.iter().map(Lane::height).sum::<f64>() + 10.0;
    let width = LABEL_W + PLOT_W + 20.0;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "<svg class=\"swimlanes\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:.0}\" \
         height=\"{height:.0}\" viewBox=\"0 0 {width:.0} {height:.0}\" role=\"img\" \
         aria-label=\"Timeline: {} events in {} lanes\">",
        events.len(),
        lanes.len()
    );
    // The hatch pattern of the cuts, and the fading ends of bars.
    s.push_str(
        "<defs><pattern id=\"cut-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" \
         patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#eceef1\"/>\
         <line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#c4c8ce\" stroke-width=\"2\"/></pattern>",
    );
    for &(q, l, r) in &gradients {
        s.push_str(&gradient(q, l, r));
    }
    s.push_str("</defs>\n");

    // The axis first, so that the lanes' stripes and marks lie over its grid lines: ticks and
    // labels per segment, grey bands for the cuts. The page's script shortens the grid lines
    // and the bands when it hides lanes.
    let plot_bottom = height - 10.0;
    s.push_str("<g class=\"axis\">\n");
    for (i, seg) in axis.segments.iter().enumerate() {
        // Ticks too close to a cut would run into the next segment's labels.
        let t: Vec<(i64, String)> = ticks(seg, 64.0)
            .into_iter()
            .filter(|(day, _)| {
                let x = axis.x(*day);
                x - seg.x0 >= 20.0 && seg.x1 - x >= 20.0
            })
            .collect();
        if t.is_empty() {
            let _ = writeln!(
                s,
                "<text x=\"{:.1}\" y=\"30\" text-anchor=\"middle\">{}</text>",
                (seg.x0 + seg.x1) / 2.0,
                escape(&period(seg))
            );
        }
        for (day, label) in t {
            let x = axis.x(day);
            let _ = writeln!(
                s,
                "<line class=\"grid\" x1=\"{x:.1}\" y1=\"36\" x2=\"{x:.1}\" y2=\"{plot_bottom:.1}\" \
                 stroke=\"#d0d4da\" stroke-width=\"0.6\"/><text x=\"{x:.1}\" y=\"30\" \
                 text-anchor=\"middle\">{}</text>",
                escape(&label)
            );
        }
        if let Some(next) = axis.segments.get(i + 1) {
            let years = (next.a - seg.b) as f64 / 365.25;
            let gap = if years >= 2.0 {
                format!("{years:.0} years")
            } else {
                format!("{} days", next.a - seg.b)
            };
            let _ = writeln!(
                s,
                "<rect class=\"cut\" x=\"{:.1}\" y=\"20\" width=\"{:.1}\" height=\"{:.1}\" \
                 fill=\"url(#cut-hatch)\"><title>{gap} without events cut out</title></rect>",
                seg.x1 + 3.0,
                BREAK_W - 6.0,
                plot_bottom - 20.0
            );
        }
    }
    let _ = writeln!(
        s,
        "<line x1=\"{:.1}\" y1=\"36\" x2=\"{:.1}\" y2=\"36\" stroke=\"#888888\"/>",
        axis.left(),
        axis.right()
    );
    s.push_str("</g>\n");

    // The lanes: each a group the page's script can hide and move up, with its stripe, its
    // label and its marks (or, crowded, its counts).
    let mut y = AXIS_H;
    s.push_str("<g class=\"lanes\">\n");
    for (i, lane) in lanes.iter().enumerate() {
        let h = lane.height();
        let code = if lane.code.is_empty() {
            String::new()
        } else {
            format!(" <tspan class=\"code\">{}</tspan>", escape(&lane.code))
        };
        let _ = writeln!(
            s,
            "<g class=\"lane{}\" data-h=\"{h:.1}\" transform=\"translate(0,{y:.1})\"><rect \
             class=\"bg\" x=\"0\" y=\"0\" width=\"{width:.0}\" height=\"{h:.1}\"/><text \
             class=\"lane-label\" x=\"8\" y=\"{:.1}\"><title>{}</title>{}{code}</text>",
            if i % 2 == 0 { " alt" } else { "" },
            4.0 + ROW_H / 2.0 + 4.0,
            escape(&lane.tip),
            escape(&shorten(&lane.label, 24))
        );
        if lane.crowded {
            lane_bins(&mut s, lane, events, &axis);
        } else {
            lane_marks(&mut s, lane, events);
        }
        s.push_str("</g>\n");
        y += h;
    }
    s.push_str("</g>\n</svg>");
    let crowded = lanes.iter().filter(|l| l.crowded).count();
    Some((s, lanes.len(), crowded))
}

/// The event indexes of a mark, for the page's script: `3 17 42`.
fn event_list(events: &[usize]) -> String {
    let mut s = String::with_capacity(events.len() * 6);
    for (k, i) in events.iter().enumerate() {
        if k > 0 {
            s.push(' ');
        }
        let _ = write!(s, "{i}");
    }
    s
}

/// Draws a lane's marks, one element per mark; marks drawn exactly alike (same place, shape
/// and colour: a full lane reusing a row) are one element listing their events.
fn lane_marks(s: &mut String, lane: &Lane, events: &[Event]) {
    let mut drawn: Vec<(String, Vec<usize>)> = Vec::new();
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for &(row, i, shape, echo) in &lane.marks {
        let e = &events[i];
        let quad = e.event_type.quad_class;
        let colour = quad_colour(quad);
        let cy = 4.0 + row as f64 * ROW_H + ROW_H / 2.0;
        let fuzzy = e.date.is_approximate() || e.date.is_uncertain();
        let class = format!(
            "{} q{}{}",
            if echo { "echo" } else { "mark" },
            quad.number(),
            if fuzzy { " approx" } else { "" }
        );
        let paint = match shape {
            Shape::Bar { left, right, .. } if (left, right) != (End::Sharp, End::Sharp) => {
                format!("url(#{})", gradient_id(quad, left, right))
            }
            _ => colour.to_string(),
        };
        let style = if echo {
            format!("fill=\"#ffffff\" stroke=\"{paint}\" stroke-width=\"1.6\"")
        } else if fuzzy {
            format!("fill=\"{paint}\" stroke=\"#333333\" stroke-dasharray=\"2 2\"")
        } else {
            format!("fill=\"{paint}\"")
        };
        let body = match shape {
            Shape::Dot { x } => {
                let r = if echo { DOT_R - 1.0 } else { DOT_R };
                format!("circle class=\"{class}\" cx=\"{x:.1}\" cy=\"{cy:.1}\" r=\"{r}\" {style}")
            }
            Shape::Bar { x0, x1, .. } => {
                let h = if echo { 8.0 } else { 10.0 };
                format!(
                    "rect class=\"{class}\" x=\"{x0:.1}\" y=\"{:.1}\" width=\"{:.1}\" \
                     height=\"{h}\" rx=\"2\" {style}",
                    cy - h / 2.0,
                    x1 - x0
                )
            }
        };
        match seen.get(&body) {
            Some(&k) => drawn[k].1.push(i),
            None => {
                seen.insert(body.clone(), drawn.len());
                drawn.push((body, vec![i]));
            }
        }
    }
    for (body, list) in drawn {
        let _ = writeln!(s, "<{body} data-e=\"{}\"/>", event_list(&list));
    }
}

/// The narrowest bar of a crowded lane's counts, in pixels.
const BIN_W: f64 = 4.0;
/// The height of a crowded lane.
const COUNTS_H: f64 = 64.0;

/// Draws a crowded lane (more marks at once than [`MAX_ROWS`] rows hold) as counts: a bar per
/// day where a day is at least [`BIN_W`] pixels wide, else per [`BIN_W`] pixels of the axis,
/// of the lane's events (as source or target) whose mark is centred there, stacked by quad
/// class, as high as its share of the lane's highest bar. The page's script redraws the bars
/// the same way from the matching events alone while a search or filter is on (`rescaleBins`
/// in `report.js`): the bars of a place are consecutive and in quad-class order, and a lane's
/// `data-h` is its height.
fn lane_bins(s: &mut String, lane: &Lane, events: &[Event], axis: &Axis) {
    // (left edge and width in tenths of a pixel, quad) -> events, each event once per lane (a
    // loop is drawn twice).
    type Bin = (i64, i64);
    let mut bins: std::collections::BTreeMap<(Bin, u8), Vec<usize>> = Default::default();
    for &(_, i, shape, _) in &lane.marks {
        let (x0, x1) = shape.extent();
        let centre = (x0 + x1) / 2.0;
        let (left, width) = match axis.day_at(centre) {
            Some(d) if axis.x(d + 1) - axis.x(d) >= BIN_W => (axis.x(d), axis.x(d + 1) - axis.x(d)),
            _ => (
                LABEL_W + ((centre - LABEL_W) / BIN_W).floor() * BIN_W,
                BIN_W,
            ),
        };
        let bin = ((left * 10.0).round() as i64, (width * 10.0).round() as i64);
        let list = bins
            .entry((bin, events[i].event_type.quad_class.number()))
            .or_default();
        if list.last() != Some(&i) {
            list.push(i);
        }
    }
    let mut totals: std::collections::BTreeMap<Bin, usize> = Default::default();
    for (&(bin, _), list) in &bins {
        *totals.entry(bin).or_default() += list.len();
    }
    let highest = totals.values().copied().max().unwrap_or(1) as f64;
    let room = COUNTS_H - 6.0;
    let mut stacked: std::collections::BTreeMap<Bin, f64> = Default::default();
    for (&((left, width), q), list) in &bins {
        let bar = (list.len() as f64 / highest * room).max(1.0);
        let below = stacked.entry((left, width)).or_default();
        let top = COUNTS_H - 3.0 - *below - bar;
        *below += bar;
        let colour = QuadClass::from_number(q).map_or("#777777", quad_colour);
        // A gap between bars a day wide.
        let (x, w) = (left as f64 / 10.0, width as f64 / 10.0);
        let (x, w) = if w > BIN_W {
            (x + 0.5, w - 1.0)
        } else {
            (x, w)
        };
        let _ = writeln!(
            s,
            "<rect class=\"bin q{q}\" x=\"{x:.1}\" y=\"{top:.1}\" width=\"{w:.1}\" \
             height=\"{bar:.1}\" fill=\"{colour}\" data-e=\"{}\"/>",
            event_list(list)
        );
    }
}

/// The legend of the timeline, as a small SVG.
fn legend() -> String {
    let mut s = String::from(
        "<svg class=\"legend\" xmlns=\"http://www.w3.org/2000/svg\" width=\"1320\" height=\"30\" \
         viewBox=\"0 0 1320 30\" aria-label=\"Legend\">",
    );
    let mut x = 8.0;
    for q in 1..=4u8 {
        let Some(quad) = QuadClass::from_number(q) else {
            continue;
        };
        let _ = write!(
            s,
            "<circle cx=\"{:.0}\" cy=\"15\" r=\"5\" fill=\"{}\"/><text x=\"{:.0}\" y=\"19\">{}</text>",
            x + 5.0,
            quad_colour(quad),
            x + 14.0,
            quad.label()
        );
        x += 160.0;
    }
    let grey = "#777777";
    let _ = write!(
        s,
        "<rect x=\"{x:.0}\" y=\"10\" width=\"34\" height=\"10\" rx=\"2\" fill=\"{grey}\"/>\
         <text x=\"{:.0}\" y=\"19\">span</text>",
        x + 40.0
    );
    x += 90.0;
    let _ = write!(
        s,
        "<defs><linearGradient id=\"legend-fuzzy\"><stop offset=\"0\" stop-color=\"{grey}\" \
         stop-opacity=\"0.15\"/><stop offset=\"0.3\" stop-color=\"{grey}\"/><stop offset=\"0.7\" \
         stop-color=\"{grey}\"/><stop offset=\"1\" stop-color=\"{grey}\" stop-opacity=\"0.15\"/>\
         </linearGradient></defs><rect x=\"{x:.0}\" y=\"10\" width=\"34\" height=\"10\" rx=\"2\" \
         fill=\"url(#legend-fuzzy)\"/><text x=\"{:.0}\" y=\"19\">month, year… (fuzzy ends) or open</text>",
        x + 40.0
    );
    x += 270.0;
    let _ = write!(
        s,
        "<circle cx=\"{:.0}\" cy=\"15\" r=\"5\" fill=\"{grey}\" stroke=\"#333333\" \
         stroke-dasharray=\"2 2\"/><text x=\"{:.0}\" y=\"19\">approximate</text>",
        x + 5.0,
        x + 14.0
    );
    x += 120.0;
    let _ = write!(
        s,
        "<circle cx=\"{:.0}\" cy=\"15\" r=\"4\" fill=\"#ffffff\" stroke=\"{grey}\" \
         stroke-width=\"1.6\"/><text x=\"{:.0}\" y=\"19\">as target</text>",
        x + 5.0,
        x + 14.0
    );
    s.push_str("</svg>");
    s
}

/// The event table's sources cell: one list item per source, with a link when its URL is a
/// plain web address, and its quoted words.
fn sources_cell(e: &Event) -> String {
    let mut s = String::from("<ol>");
    for p in &e.provenance {
        let mut parts = source_parts(p, SourceStyle::Html { new_tab: false });
        match (&p.file, p.line) {
            (Some(f), Some(l)) => parts.push(format!("<code>{}:{l}</code>", escape(f))),
            (Some(f), None) => parts.push(format!("<code>{}</code>", escape(f))),
            _ => {}
        }
        let _ = write!(s, "<li>{}", parts.join(", "));
        if let Some(q) = &p.quote {
            let _ = write!(s, "<blockquote>{}</blockquote>", escape(q));
        }
        s.push_str("</li>");
    }
    s.push_str("</ol>");
    s
}

/// The report's style sheet.
const STYLE: &str = include_str!("report.css");

/// The report's script: search, filters, the paged and sortable table, the diagram's zoom and
/// pan, the dyad series and matrix. It reads the events from the page's `casus-data` JSON.
const SCRIPT: &str = include_str!("report.js");

/// 1970-01-01 as a day number ([`num`]): the page's script counts days from it.
const EPOCH: i64 = 719_163;

/// The events as the page's script reads them: one JSON object (`<` written `\u003c`, so that
/// no text can close the script element) with the actors (`[id, name, code]`), the event types
/// (`[code, name, quad class, Goldstein]`) and the events, each
/// `[date in words, EDTF, first day, last day, source, target, type, month, summary, location,
/// id, sources]`: days count from 1970-01-01 (`null` when open or unknown); source, target and
/// type are indexes into the lists above (`-1` for no actor); the month is `year * 12 + month -
/// 1` of [`super::dyads::month_of`] (`-1` when the event counts in no month); the sources are
/// the HTML of the table's cell.
fn data_json(events: &[Event], registry: &ActorRegistry) -> String {
    let text = |t: &str| serde_json::to_string(t).unwrap_or_else(|_| "\"\"".to_string());
    let mut actors: Vec<&ActorId> = events
        .iter()
        .flat_map(|e| [e.source.as_ref(), e.target.as_ref()])
        .flatten()
        .collect();
    actors.sort_unstable();
    actors.dedup();
    let mut types: Vec<&crate::model::EventType> = events.iter().map(|e| e.event_type).collect();
    types.sort_unstable_by(|a, b| a.code.cmp(&b.code));
    types.dedup_by(|a, b| a.code == b.code);
    let mut s = String::with_capacity(256 * events.len() + 1024);
    s.push_str("{\"actors\":[");
    for (k, id) in actors.iter().enumerate() {
        let (name, code) = registry
            .get(id)
            .map_or((id.to_string(), String::new()), |a| {
                (a.name.clone(), a.code.clone())
            });
        if k > 0 {
            s.push(',');
        }
        let _ = write!(s, "[{},{},{}]", text(id), text(&name), text(&code));
    }
    s.push_str("],\n\"types\":[");
    for (k, t) in types.iter().enumerate() {
        if k > 0 {
            s.push(',');
        }
        let _ = write!(
            s,
            "[{},{},{},{}]",
            text(&t.code),
            text(&t.name),
            t.quad_class.number(),
            goldstein(t.goldstein).trim_start_matches('+')
        );
    }
    s.push_str("],\n\"events\":[\n");
    let actor = |id: &Option<ActorId>| -> i64 {
        id.as_ref()
            .and_then(|id| actors.binary_search(&id).ok())
            .map_or(-1, |k| k as i64)
    };
    let day = |d: Option<NaiveDate>| d.map_or("null".to_string(), |d| (num(d) - EPOCH).to_string());
    for (k, e) in events.iter().enumerate() {
        if k > 0 {
            s.push_str(",\n");
        }
        let month =
            super::dyads::month_of(e).map_or(-1, |(y, m)| i64::from(y) * 12 + i64::from(m) - 1);
        let _ = write!(
            s,
            "[{},{},{},{},{},{},{},{month},{},{},{},{}]",
            text(&display_date(&e.date)),
            text(&e.date.to_string()),
            day(e.date.start()),
            day(e.date.end()),
            actor(&e.source),
            actor(&e.target),
            types
                .binary_search_by(|t| t.code.cmp(&e.event_type.code))
                .unwrap_or(0),
            text(&e.summary),
            text(e.location.as_deref().unwrap_or("")),
            text(&e.id),
            text(&sources_cell(e)),
        );
    }
    s.push_str("\n]}");
    s.replace('<', "\\u003c")
}

/// Writes `report.html`.
pub fn write_report(
    graph: &ActorGraph,
    registry: &ActorRegistry,
    options: &ReportOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    write_report_noting(graph, registry, options, out).map(|_| ())
}

/// Writes `report.html` and says why casus's own layout drew the diagram when Graphviz was
/// wanted (`dot` missing, failing, or the graph too big), for a note to the person.
pub fn write_report_noting(
    graph: &ActorGraph,
    registry: &ActorRegistry,
    options: &ReportOptions,
    out: &mut dyn Write,
) -> io::Result<Option<Fallback>> {
    let events = graph.events();
    let title = escape(&options.title);
    // A view of the busiest actors counts the merged ones, not their node.
    let n_actors = match graph.merged() {
        Some(m) => graph.actors().count() - 1 + m.count,
        None => graph.actors().count(),
    };
    let range = match graph.date_range() {
        Some((a, b)) => format!(
            ", {} to {}",
            display_date(&DateSpan::day(a)),
            display_date(&DateSpan::day(b))
        ),
        None => String::new(),
    };
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let (min, max) = graph
        .date_range()
        .map_or((String::new(), String::new()), |(a, b)| {
            (
                format!(" min=\"{}\"", a.format("%Y-%m-%d")),
                format!(" max=\"{}\"", b.format("%Y-%m-%d")),
            )
        });
    write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <h1>{title}</h1>\n<p class=\"summary\">{}, {}{}. Built by casus.</p>\n\
         <noscript><p class=\"note\">The search, the filters, the event table and the dyad \
         plots need JavaScript; the timeline and the diagram are drawn without it.</p></noscript>\n\
         <form id=\"controls\" class=\"controls\" role=\"search\" onsubmit=\"return false\">\
         <input type=\"search\" id=\"q\" placeholder=\"Search actor, event type, text…\" \
         aria-label=\"Search\"> <label>from <input type=\"date\" id=\"from\"{min}{max}></label> \
         <label>to <input type=\"date\" id=\"to\"{min}{max}></label> ",
        plural(events.len(), "event", "events"),
        plural(n_actors, "actor", "actors"),
        escape(&range)
    )?;
    for q in 1..=4u8 {
        if let Some(quad) = QuadClass::from_number(q) {
            write!(
                out,
                "<label class=\"quad q{q}\"><input type=\"checkbox\" name=\"quad\" value=\"{q}\" \
                 checked> {}</label> ",
                quad.label()
            )?;
        }
    }
    writeln!(
        out,
        "<select id=\"actor\" aria-label=\"Actor\"><option value=\"\">any actor</option>\
         </select> <button type=\"button\" id=\"reset\">Reset</button> <output id=\"count\">\
         </output></form>"
    )?;

    writeln!(out, "<h2 id=\"timeline\">Timeline</h2>")?;
    if let Some(m) = graph.merged() {
        let kept = graph.actors().count() - 1;
        let name = registry
            .get(&m.id)
            .map_or_else(|| m.id.to_string(), |a| a.name.clone());
        writeln!(
            out,
            "<p class=\"note\">The timeline and the actor diagram show the {kept} busiest of the \
             {n_actors} actors; the other {} are one lane and one node, “{}”. Every event, with \
             its own actors, is in <a href=\"#events\">the table</a> below, and the actor \
             filter offers every actor. (<code>casus build --top N</code> or <code>--top \
             all</code> changes how many are drawn.)</p>",
            m.count,
            escape(&name)
        )?;
    }
    match swimlanes(graph, registry) {
        Some((svg, lanes, crowded)) => {
            let counts = if crowded > 0 {
                format!(
                    " {} with more events at once than {MAX_ROWS} rows hold {} drawn as \
                     counts: a bar per day (or per {BIN_W} px of the axis where a day is \
                     narrower), stacked by quad class, as high as its share of the lane's \
                     highest bar (of the matching events while a search or filter is on).",
                    plural(crowded, "lane", "lanes"),
                    if crowded == 1 { "is" } else { "are" }
                )
            } else {
                String::new()
            };
            writeln!(
                out,
                "<p class=\"caption\">One lane per actor ({lanes} lanes): each event is drawn in \
                 its source's lane and echoed, hollow, in its target's.{counts} Hover for the \
                 evidence; click to list the events in the table. Lanes without a matching \
                 event are hidden while a search or filter is on.</p>\n{}\n<div \
                 class=\"scroll\">\n{svg}\n</div>",
                legend()
            )?;
        }
        None => writeln!(out, "<p>No events.</p>")?,
    }

    let diagram = actor_diagram(graph, registry, options.diagram, &options.dot);
    writeln!(
        out,
        "<h2 id=\"actors\">Actors</h2>\n<p class=\"caption\">Who acted on whom: one arrow per \
         directed dyad, coloured by its dominant quad class, thicker for more events. Drawn by \
         {}. Scroll or use the buttons to zoom, drag to pan.</p>\n<div class=\"zoom\" \
         id=\"diagram\"><div class=\"zoom-buttons\"><button type=\"button\" data-zoom=\"in\" \
         title=\"Zoom in\">+</button><button type=\"button\" data-zoom=\"out\" title=\"Zoom \
         out\">−</button><button type=\"button\" data-zoom=\"fit\" title=\"Fit the whole \
         diagram\">fit</button></div>\n{}\n</div>",
        escape(&diagram.renderer),
        diagram.svg
    )?;

    writeln!(
        out,
        "<h2 id=\"dyads\">Dyads</h2>\n<p class=\"caption\">The conflict–cooperation series of one \
         directed dyad: events per month, and the month's sum of Goldstein scores, cooperation \
         above the line and conflict below. An event counts in the month of its first day when \
         its date spans at most {} days, as in <code>dyads.csv</code>. Below, the matrix of the \
         busiest actors: each cell is a directed dyad (source row, target column) coloured by \
         its net Goldstein score; click one to plot its series. Both follow the search and \
         filters.</p>\n<p><label>Dyad <select id=\"dyad\"></select></label></p>\n<div \
         id=\"series\" class=\"plot\"></div>\n<div id=\"matrix\" class=\"plot\"></div>",
        super::dyads::MAX_SPAN_DAYS
    )?;

    writeln!(
        out,
        "<h2 id=\"events\">Events</h2>\n<p class=\"caption\" id=\"table-note\"></p>\n<table \
         id=\"table\">\n<thead><tr><th data-sort=\"index\">#</th><th data-sort=\"index\">date</th>\
         <th data-sort=\"source\">source</th><th data-sort=\"type\">event</th>\
         <th data-sort=\"target\">target</th><th data-sort=\"goldstein\">Goldstein</th>\
         <th>summary</th><th>sources</th></tr></thead>\n<tbody></tbody>\n</table>\n<p><button \
         type=\"button\" id=\"more\" hidden>Show more</button></p>\n<div id=\"tip\" \
         class=\"tip\" hidden></div>"
    )?;
    writeln!(
        out,
        "<script type=\"application/json\" id=\"casus-data\">{}</script>\n<script>{SCRIPT}\
         </script>\n</body>\n</html>",
        data_json(events, registry)
    )?;
    Ok(diagram.fallback)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::test_support::event;

    fn axis(dates: &[&str]) -> Axis {
        let events: Vec<Event> = dates
            .iter()
            .enumerate()
            .map(|(i, d)| event(&i.to_string(), d, "a", Some("b"), "010"))
            .collect();
        Axis::new(&events).unwrap()
    }

    #[test]
    fn long_empty_stretches_are_cut_out_of_the_axis() {
        let a = axis(&["1992/..", "1994-05-12", "2010", "2020-09-27", "2020-10-10"]);
        let years: Vec<i32> = a
            .segments
            .iter()
            .map(|s| from_num(s.a).unwrap().year())
            .collect();
        assert_eq!(years, [1991, 1994, 2009, 2020]);
        // Segments run left to right without overlap, inside the plot.
        for w in a.segments.windows(2) {
            assert!(w[0].b < w[1].a);
            assert!((w[1].x0 - w[0].x1 - BREAK_W).abs() < 1e-9);
        }
        assert!((a.right() - (LABEL_W + PLOT_W)).abs() < 1e-6);
        // The busiest segment is the widest.
        let widest = a
            .segments
            .iter()
            .max_by(|x, y| (x.x1 - x.x0).total_cmp(&(y.x1 - y.x0)))
            .unwrap();
        assert_eq!(from_num(widest.a).unwrap().year(), 2020);
        // x grows with the day, also across a cut.
        let mut last = f64::NEG_INFINITY;
        for d in (num(NaiveDate::from_ymd_opt(1990, 1, 1).unwrap())..)
            .step_by(97)
            .take(120)
        {
            let x = a.x(d);
            assert!(x >= last, "{d}");
            last = x;
        }
    }

    #[test]
    fn close_dates_share_one_linear_segment() {
        let a = axis(&["2020-09-27", "2020-10-10", "2020-11-10"]);
        assert_eq!(a.segments.len(), 1);
        let s = &a.segments[0];
        let x = |d: &str| a.x(num(NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap()));
        let (x1, x2, x3) = (x("2020-09-27"), x("2020-10-10"), x("2020-10-23"));
        assert!(((x2 - x1) - (x3 - x2)).abs() < 1e-6);
        assert!(s.x0 < x1 && x3 < s.x1);
    }

    #[test]
    fn ticks_are_spaced_and_labelled_by_the_zoom() {
        let seg = |a: &str, b: &str, w: f64| Segment {
            a: num(NaiveDate::parse_from_str(a, "%Y-%m-%d").unwrap()),
            b: num(NaiveDate::parse_from_str(b, "%Y-%m-%d").unwrap()),
            x0: 0.0,
            x1: w,
        };
        let labels = |s: &Segment| ticks(s, 64.0).into_iter().map(|t| t.1).collect::<Vec<_>>();
        assert_eq!(
            labels(&seg("2020-09-01", "2021-01-01", 600.0)),
            ["Sep 2020", "Oct", "Nov", "Dec"]
        );
        assert_eq!(
            labels(&seg("2020-09-27", "2020-10-12", 600.0))[..2],
            ["28 Sep".to_string(), "5 Oct".to_string()]
        );
        assert_eq!(
            labels(&seg("1990-06-01", "2011-01-01", 300.0)),
            ["1995", "2000", "2005", "2010"]
        );
    }

    #[test]
    fn fuzzy_and_open_ends_follow_the_date() {
        let a = axis(&["2020-01-01", "2020-12-31"]);
        let ends = |d: &str| match Shape::of(&DateSpan::parse(d).unwrap(), &a) {
            Shape::Bar { left, right, .. } => Some((left, right)),
            Shape::Dot { .. } => None,
        };
        assert_eq!(ends("2020-05-03"), None);
        // An approximate day is still a dot (drawn with a dashed outline).
        assert_eq!(ends("2020-05-03~"), None);
        assert_eq!(
            ends("2020-05-03~/2020-05-09"),
            Some((End::Fuzzy, End::Sharp))
        );
        assert_eq!(ends("2020-05"), Some((End::Fuzzy, End::Fuzzy)));
        assert_eq!(
            ends("2020-05-03/2020-06-01"),
            Some((End::Sharp, End::Sharp))
        );
        assert_eq!(ends("2020-05-03/2020-06"), Some((End::Sharp, End::Fuzzy)));
        assert_eq!(ends("2020-05-03/.."), Some((End::Sharp, End::Open)));
        assert_eq!(ends("../2020-05"), Some((End::Open, End::Fuzzy)));
        match Shape::of(&DateSpan::parse("2020-05-03/..").unwrap(), &a) {
            Shape::Bar { x1, .. } => assert_eq!(x1, a.right()),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_full_lane_stacks_marks_in_rows_then_reuses_the_emptiest() {
        let mut lane = Lane {
            label: String::new(),
            code: String::new(),
            tip: String::new(),
            rows: Vec::new(),
            marks: Vec::new(),
            crowded: false,
        };
        for i in 0..MAX_ROWS + 3 {
            lane.place(i, Shape::Dot { x: 100.0 }, false);
        }
        assert_eq!(lane.rows.len(), MAX_ROWS);
        lane.place(99, Shape::Dot { x: 300.0 }, false);
        assert_eq!(lane.marks.last().unwrap().0, 0);
    }

    #[test]
    fn a_crowded_lane_is_drawn_as_day_bars_listing_their_events() {
        use crate::graph::Filter;
        // 12 events on 1 June and 3 on 2 June, all of a on b: more at once than 8 rows hold.
        let mut events: Vec<Event> = (0..12)
            .map(|i| event(&format!("x{i:02}"), "2018-06-01", "a", Some("b"), "190"))
            .collect();
        events.extend((0..3).map(|i| event(&format!("y{i}"), "2018-06-02", "a", Some("b"), "020")));
        let graph = ActorGraph::build(events, &Filter::default());
        let (svg, lanes, crowded) = swimlanes(&graph, &ActorRegistry::new()).unwrap();
        assert_eq!((lanes, crowded), (2, 2));
        assert!(!svg.contains("class=\"mark"));
        let bins: Vec<&str> = svg
            .lines()
            .filter(|l| l.starts_with("<rect class=\"bin"))
            .collect();
        // Per lane: a bar of the 12 conflicts on one day, one of the 3 appeals on the next.
        assert_eq!(bins.len(), 4, "{svg}");
        let lists: Vec<&str> = bins
            .iter()
            .map(|b| {
                b.split("data-e=\"")
                    .nth(1)
                    .unwrap()
                    .trim_end_matches("\"/>")
            })
            .collect();
        assert_eq!(lists[0], "0 1 2 3 4 5 6 7 8 9 10 11");
        assert_eq!(lists[1], "12 13 14");
        // A day is wider than the narrowest bar, so the bars are a day wide, the busier full
        // height.
        let attr = |b: &str, name: &str| -> f64 {
            b.split(&format!(" {name}=\""))
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
                .parse()
                .unwrap()
        };
        assert!(attr(bins[0], "width") > 100.0);
        assert!((attr(bins[0], "height") - (COUNTS_H - 6.0)).abs() < 1e-9);
        assert!((attr(bins[1], "height") - (COUNTS_H - 6.0) / 4.0).abs() < 0.06);
    }
}
