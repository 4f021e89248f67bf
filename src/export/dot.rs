//! The Graphviz DOT actor-relationship diagram (`actors.dot`).
//!
//! One node per actor of the [`ActorGraph`] (labelled with its display name and, on a second
//! line, its code; shaped by its [`ActorKind`]) and one edge per directed dyad (not per event):
//! coloured by the dyad's dominant quad class, thicker the more events it has, labelled with
//! the dominant event type, the event count and the date range, with the mean Goldstein score
//! in its tooltip. A legend, one small table, explains the colours, widths and shapes.
//!
//! Every id and attribute string goes through [`quote`], so that any actor name (quotes,
//! backslashes, newlines, `&`, DOT keywords, any script) comes out as graphviz-safe DOT that
//! renders as the name itself. The output is deterministic: nodes in id order, edges in
//! (source, target) order, floats with fixed decimals.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io;

use crate::graph::{ActorGraph, Dyad};
use crate::model::{ActorKind, ActorRegistry, QuadClass};

/// Options of the diagram.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DotOptions {
    /// The heading drawn above the diagram; the kept events' date range is added on a second
    /// line. Empty: no heading.
    pub title: String,
    /// Whether to draw the legend.
    pub legend: bool,
}

impl Default for DotOptions {
    fn default() -> Self {
        DotOptions {
            title: "Actor relationships".to_string(),
            legend: true,
        }
    }
}

/// The most actors `casus build` draws in a diagram when `--top` is not given: the busiest
/// ones stay, the others become one node. Measured on the GDELT and ICEWS samples
/// (docs/formats.md#how-many-actors): at 20 actors `dot -Tsvg` takes under a second and the
/// labels stay readable; at 30 it takes 4 s, at 40 up to 24 s, at 253 (GDELT whole) 2 minutes.
pub const DEFAULT_TOP: usize = 20;

/// The largest pen width of an edge, reached at 64 events.
pub const MAX_PEN_WIDTH: f64 = 7.0;

/// The font of every text of the diagram.
const FONT: &str = "Helvetica";

/// Quotes a string as a DOT double-quoted string, for an id or any attribute value.
///
/// - A backslash becomes `\\`, which graphviz shows as one visible backslash in labels and
///   tooltips (so a name containing `\N`, `\G`, `\l`, `\r` or `\n` is not taken as an escape).
/// - A double quote becomes `\"`.
/// - A newline becomes the DOT line break `\n`: in a label the text continues, centred, on the
///   next line. A CR (so a CRLF is one line break), a tab and every other control character
///   (C0, DEL, C1) are dropped.
/// - `&` becomes `&amp;`: graphviz decodes HTML entities in labels, so a name such as
///   `AT&amp;T` would otherwise render as `AT&T`.
/// - Everything else, any Unicode script included, is kept as is. Keywords (`node`, `edge`,
///   `graph`, `digraph`, `subgraph`, `strict`) are safe because the result is always quoted.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    quote_into(&mut out, s);
    out
}

/// Appends what [`quote`] returns to `out`.
fn quote_into(out: &mut String, s: &str) {
    out.reserve(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '&' => out.push_str("&amp;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The edge colour of a quad class: green for cooperation, red for conflict, the verbal class
/// lighter than the material one.
pub fn quad_colour(quad: QuadClass) -> &'static str {
    match quad {
        QuadClass::VerbalCooperation => "#74c476",
        QuadClass::MaterialCooperation => "#006d2c",
        QuadClass::VerbalConflict => "#fb6a4a",
        QuadClass::MaterialConflict => "#a50f15",
    }
}

/// The pen width of an edge of `count` events: `1 + log2(count)`, capped at
/// [`MAX_PEN_WIDTH`] (64 events and more).
pub fn pen_width(count: usize) -> f64 {
    (1.0 + (count.max(1) as f64).log2()).min(MAX_PEN_WIDTH)
}

/// The node shape (and extra style) of an actor kind; `None` is an actor the registry lacks.
fn shape(kind: Option<ActorKind>) -> (&'static str, &'static str) {
    match kind {
        Some(ActorKind::State) => ("box", "filled"),
        Some(ActorKind::Government) => ("box", "rounded,filled"),
        Some(ActorKind::Military) => ("hexagon", "filled"),
        Some(ActorKind::Organisation) => ("octagon", "filled"),
        Some(ActorKind::ArmedGroup) => ("trapezium", "filled"),
        Some(ActorKind::Person) => ("ellipse", "filled"),
        Some(ActorKind::Other) => ("ellipse", "dashed,filled"),
        None => ("ellipse", "dotted,filled"),
    }
}

/// The legend's name of an actor kind; `None` is an actor the registry lacks.
fn kind_name(kind: Option<ActorKind>) -> &'static str {
    match kind {
        Some(k) => k.as_str(),
        None => "not in the registry",
    }
}

/// A float with two decimals, never `-0.00`.
fn fixed(x: f64) -> String {
    let s = format!("{x:.2}");
    if s == "-0.00" { "0.00".to_string() } else { s }
}

/// A Goldstein score with its sign (`+3.00`, `-2.20`, `0.00`).
fn signed(x: f64) -> String {
    let s = fixed(x);
    if s == "0.00" || s.starts_with('-') {
        s
    } else {
        format!("+{s}")
    }
}

/// Writes `graph` as a DOT digraph with the default [`DotOptions`]; actors are looked up in
/// `registry` for their names, codes and kinds (an actor it lacks is drawn with its id).
pub fn write_dot<W: io::Write>(
    graph: &ActorGraph,
    registry: &ActorRegistry,
    out: W,
) -> io::Result<()> {
    write_dot_with(graph, registry, &DotOptions::default(), out)
}

/// Writes `graph` as a DOT digraph with the given options.
pub fn write_dot_with<W: io::Write>(
    graph: &ActorGraph,
    registry: &ActorRegistry,
    options: &DotOptions,
    out: W,
) -> io::Result<()> {
    let ids: Vec<&str> = graph.actors().map(|id| &**id).collect();
    let drawn = Drawn {
        actors: &ids,
        dates: graph.date_range(),
        dyads: graph.dyads(),
    };
    write_drawn(&drawn, registry, options, out)
}

/// What a diagram draws: its actors in id order, the first and last day of its events, and one
/// summary per directed dyad in (source, target) order. [`write_dot_with`] takes them from a
/// graph; a build that streams its events sums them up as they pass.
pub struct Drawn<'a> {
    /// The actors, in id order.
    pub actors: &'a [&'a str],
    /// The earliest start and latest end of the events.
    pub dates: Option<(chrono::NaiveDate, chrono::NaiveDate)>,
    /// The directed dyads, in (source, target) order.
    pub dyads: Vec<Dyad>,
}

/// Writes `drawn` as a DOT digraph with the given options.
pub fn write_drawn<W: io::Write>(
    drawn: &Drawn<'_>,
    registry: &ActorRegistry,
    options: &DotOptions,
    mut out: W,
) -> io::Result<()> {
    render(drawn, registry, options, &mut out)?;
    out.flush()
}

/// Hands the text written so far to `out` once it is this long, so that a big diagram is never
/// held whole in memory.
const CHUNK: usize = 1 << 16;

/// Writes the DOT text to `out`, a chunk at a time. Writing to the `String` of a chunk cannot
/// fail, hence the ignored results.
fn render(
    drawn: &Drawn<'_>,
    registry: &ActorRegistry,
    options: &DotOptions,
    out: &mut dyn io::Write,
) -> io::Result<()> {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "// casus actor-relationship diagram; render with: dot -Tsvg actors.dot -o actors.svg"
    );
    let _ = writeln!(s, "digraph {} {{", quote("actors"));

    let mut graph_attrs = vec![
        ("charset", "UTF-8".to_string()),
        ("fontname", FONT.to_string()),
        ("rankdir", "LR".to_string()),
        ("overlap", "false".to_string()),
        ("splines", "true".to_string()),
    ];
    if !options.title.is_empty() {
        let mut title = options.title.clone();
        if let Some((start, end)) = drawn.dates {
            let dates = super::display::span_words(
                &crate::model::DateSpan::day(start),
                &crate::model::DateSpan::day(end),
            );
            let _ = write!(title, "\n{dates}");
        }
        graph_attrs.push(("label", title));
        graph_attrs.push(("labelloc", "t".to_string()));
        graph_attrs.push(("fontsize", "16".to_string()));
    }
    let _ = writeln!(s, "  graph {};", attrs(&graph_attrs));
    let _ = writeln!(
        s,
        "  node {};",
        attrs(&[
            ("fontname", FONT.to_string()),
            ("fontsize", "12".to_string()),
            ("fillcolor", "#f7f7f7".to_string()),
            ("style", "filled".to_string()),
        ])
    );
    let _ = writeln!(
        s,
        "  edge {};",
        attrs(&[
            ("fontname", FONT.to_string()),
            ("fontsize", "10".to_string()),
            ("fontcolor", "#333333".to_string()),
        ])
    );

    // Nodes, in id order.
    let mut kinds: BTreeSet<Option<ActorKind>> = BTreeSet::new();
    let ids = drawn.actors;
    if !ids.is_empty() {
        let _ = writeln!(s, "\n  // Actors, in id order.");
    }
    for &id in ids {
        let actor = registry.get(id);
        let kind = actor.map(|a| a.kind);
        kinds.insert(kind);
        let (shape, style) = shape(kind);
        let (label, tooltip) = match actor {
            Some(a) => {
                let label = if a.code.is_empty() {
                    a.name.clone()
                } else {
                    format!("{}\n{}", a.name, a.code)
                };
                (
                    label,
                    format!("{} ({}, id {})", a.name, kind_name(kind), a.id),
                )
            }
            None => (id.to_string(), format!("{id} (not in the registry)")),
        };
        let _ = writeln!(
            s,
            "  {} {};",
            quote(id),
            attrs(&[
                ("label", label),
                ("shape", shape.to_string()),
                ("style", style.to_string()),
                ("tooltip", tooltip),
            ])
        );
        if s.len() >= CHUNK {
            out.write_all(s.as_bytes())?;
            s.clear();
        }
    }

    // Edges, one per directed dyad, in (source, target) order.
    let dyads = &drawn.dyads;
    if !dyads.is_empty() {
        let _ = writeln!(s, "\n  // Directed dyads, in (source, target) order.");
    }
    fn name<'a>(registry: &'a ActorRegistry, id: &'a str) -> &'a str {
        registry.get(id).map_or(id, |a| a.name.as_str())
    }
    for dyad in dyads {
        s.push_str("  ");
        quote_into(&mut s, &dyad.source);
        s.push_str(" -> ");
        quote_into(&mut s, &dyad.target);
        s.push(' ');
        attrs_into(
            &mut s,
            &edge_attrs(
                dyad,
                name(registry, &dyad.source),
                name(registry, &dyad.target),
            ),
        );
        s.push_str(";\n");
        if s.len() >= CHUNK {
            out.write_all(s.as_bytes())?;
            s.clear();
        }
    }

    if options.legend {
        legend(&mut s, ids, &kinds);
    }
    let _ = writeln!(s, "}}");
    out.write_all(s.as_bytes())
}

/// The label of a dyad's edge, two lines: the dominant event type (with how many of the events
/// it covers when not all: "(2 of the 5)"), then the number of events and their dates in words
/// ("3 events, 27 Sep – 30 Oct 2020"; one event: its date, "27 Sep 2020").
pub fn edge_label(dyad: &Dyad) -> String {
    let dates = super::display::span_words(&dyad.first, &dyad.last);
    let what = if dyad.dominant_count == dyad.count {
        dyad.dominant.name.clone()
    } else {
        format!(
            "{} ({} of the {})",
            dyad.dominant.name, dyad.dominant_count, dyad.count
        )
    };
    if dyad.count == 1 {
        format!("{what}\n{dates}")
    } else {
        format!("{what}\n{} events, {dates}", dyad.count)
    }
}

/// The attributes of a dyad's edge.
fn edge_attrs(dyad: &Dyad, source: &str, target: &str) -> Vec<(&'static str, String)> {
    let events = if dyad.count == 1 { "event" } else { "events" };
    let colour = quad_colour(dyad.quad_class).to_string();
    vec![
        ("label", edge_label(dyad)),
        ("color", colour),
        ("penwidth", fixed(pen_width(dyad.count))),
        (
            "tooltip",
            format!(
                "{source} → {target}: {} {events}, mean Goldstein {}\nmostly {} (CAMEO {} {})",
                dyad.count,
                signed(dyad.mean_goldstein),
                dyad.quad_class.label(),
                dyad.dominant.code,
                dyad.dominant.name,
            ),
        ),
    ]
}

/// The shape of an actor kind in words, for the legend.
fn shape_words(kind: Option<ActorKind>) -> &'static str {
    match kind {
        Some(ActorKind::State) => "box",
        Some(ActorKind::Government) => "rounded box",
        Some(ActorKind::Military) => "hexagon",
        Some(ActorKind::Organisation) => "octagon",
        Some(ActorKind::ArmedGroup) => "trapezium",
        Some(ActorKind::Person) => "ellipse",
        Some(ActorKind::Other) => "dashed ellipse",
        None => "dotted ellipse",
    }
}

/// Writes the legend: one node holding a small table (an HTML-like label), so that it stays
/// smaller than the diagram of a small story. Two rows pair the four quad-class colours with
/// the thinnest and the thickest edge; a last row names the shapes of the kinds drawn. Its node
/// id starts with a prefix no actor id starts with.
fn legend(s: &mut String, ids: &[&str], kinds: &BTreeSet<Option<ActorKind>>) {
    let mut prefix = "legend:".to_string();
    while ids.iter().any(|id| {
        let clean: String = id.chars().filter(|c| !c.is_control()).collect();
        clean.starts_with(&prefix)
    }) {
        prefix.insert(0, '_');
    }
    // A line sample: a coloured cell as high as the edge is wide, in a table of its own so
    // that the row's height does not stretch it.
    let sample = |colour: &str, width: f64| {
        format!(
            "<TD><TABLE BORDER=\"0\" CELLPADDING=\"0\" CELLSPACING=\"0\"><TR><TD \
             BGCOLOR=\"{colour}\" WIDTH=\"20\" HEIGHT=\"{:.0}\" FIXEDSIZE=\"TRUE\"></TD>\
             </TR></TABLE></TD>",
            width.round().max(1.0)
        )
    };
    let text = |t: &str| format!("<TD ALIGN=\"LEFT\">{t}</TD>");
    let quads = [
        [QuadClass::VerbalCooperation, QuadClass::MaterialCooperation],
        [QuadClass::VerbalConflict, QuadClass::MaterialConflict],
    ];
    let widths = [(1, "1 event"), (64, "64+ events")];
    let mut rows = String::from(
        "<TR><TD COLSPAN=\"6\" ALIGN=\"LEFT\">Legend: edge colour is the dominant quad class, \
         width 1 + log2(events)</TD></TR>",
    );
    for (pair, (n, words)) in quads.iter().zip(widths) {
        rows.push_str("<TR>");
        for &q in pair {
            rows.push_str(&sample(quad_colour(q), 3.0));
            rows.push_str(&text(q.label()));
        }
        rows.push_str(&sample("#666666", pen_width(n)));
        rows.push_str(&text(words));
        rows.push_str("</TR>");
    }
    // Registry kinds first, in kind order; actors the registry lacks last.
    let shapes: Vec<String> = kinds
        .iter()
        .filter(|k| k.is_some())
        .chain(kinds.get(&None))
        .map(|&k| format!("{}: {}", kind_name(k), shape_words(k)))
        .collect();
    if !shapes.is_empty() {
        let _ = write!(
            rows,
            "<TR><TD COLSPAN=\"6\" ALIGN=\"LEFT\">{}</TD></TR>",
            shapes.join(" · ")
        );
    }
    let _ = writeln!(s, "\n  // Legend.");
    let _ = writeln!(s, "  subgraph {} {{", quote("legend"));
    let _ = writeln!(
        s,
        "    {} [shape=\"plaintext\", margin=\"0\", fontsize=\"10\", tooltip=\"legend\", \
         label=<<TABLE BORDER=\"1\" COLOR=\"#999999\" STYLE=\"ROUNDED\" CELLBORDER=\"0\" \
         CELLSPACING=\"0\" CELLPADDING=\"2\">{rows}</TABLE>>];",
        quote(&format!("{prefix}table"))
    );
    let _ = writeln!(s, "  }}");
}

/// An attribute list, `[name="value", ...]`, every value quoted.
fn attrs<K: AsRef<str>>(list: &[(K, String)]) -> String {
    let mut out = String::new();
    attrs_into(&mut out, list);
    out
}

/// Appends what [`attrs`] returns to `out`.
fn attrs_into<K: AsRef<str>>(out: &mut String, list: &[(K, String)]) {
    out.push('[');
    for (i, (k, v)) in list.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(k.as_ref());
        out.push('=');
        quote_into(out, v);
    }
    out.push(']');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::Filter;
    use crate::model::{Actor, Codebook, DateSpan, Event, Origin, Provenance};

    #[test]
    fn quote_wraps_plain_text() {
        assert_eq!(quote("Armenia"), "\"Armenia\"");
        assert_eq!(quote(""), "\"\"");
    }

    #[test]
    fn quote_escapes_double_quotes() {
        assert_eq!(quote(r#"the "Wagner" group"#), r#""the \"Wagner\" group""#);
        assert_eq!(quote("\""), r#""\"""#);
    }

    #[test]
    fn quote_doubles_backslashes_so_escapes_stay_literal() {
        assert_eq!(quote(r"a\b"), r#""a\\b""#);
        assert_eq!(quote(r"\N\G\l\r\n"), r#""\\N\\G\\l\\r\\n""#);
        // A trailing backslash cannot swallow the closing quote.
        assert_eq!(quote("end\\"), r#""end\\""#);
        assert_eq!(quote("\\\""), r#""\\\"""#);
    }

    #[test]
    fn quote_turns_newlines_into_line_breaks() {
        assert_eq!(quote("two\nlines"), r#""two\nlines""#);
        assert_eq!(quote("crlf\r\nline"), r#""crlf\nline""#);
    }

    #[test]
    fn quote_drops_cr_nul_and_other_control_characters() {
        assert_eq!(quote("a\rb"), "\"ab\"");
        assert_eq!(quote("a\0b"), "\"ab\"");
        assert_eq!(
            quote("a\tb\u{7}c\u{1b}d\u{7f}e\u{85}f\u{9f}g"),
            "\"abcdefg\""
        );
        let all_c0: String = (0u8..0x20).map(char::from).collect();
        assert_eq!(quote(&all_c0), r#""\n""#);
    }

    #[test]
    fn quote_escapes_ampersands_against_entity_decoding() {
        assert_eq!(quote("AT&T"), "\"AT&amp;T\"");
        assert_eq!(quote("&amp;"), "\"&amp;amp;\"");
    }

    #[test]
    fn quote_keeps_non_latin_scripts() {
        for name in [
            "Հայաստան",
            "Россия",
            "中华人民共和国",
            "Azərbaycan",
            "ישראל",
            "العربية",
            "😀",
            "e\u{301}",
        ] {
            assert_eq!(quote(name), format!("\"{name}\""));
        }
    }

    #[test]
    fn quote_makes_keywords_safe() {
        for word in [
            "node", "graph", "edge", "digraph", "subgraph", "strict", "NODE",
        ] {
            assert_eq!(quote(word), format!("\"{word}\""));
        }
    }

    #[test]
    fn quote_output_is_one_well_formed_string() {
        // Inside the quotes every `"` is escaped and backslashes come in pairs with their
        // escaped character, so the string ends exactly at the last character.
        for input in ["\\", "\\\\\"", "\"\\n\"", "a\\\nb", "\\\u{0}\""] {
            let q = quote(input);
            let inner = &q[1..q.len() - 1];
            let mut chars = inner.chars();
            while let Some(c) = chars.next() {
                assert_ne!(c, '"', "unescaped quote in {q}");
                if c == '\\' {
                    assert!(matches!(chars.next(), Some('\\' | '"' | 'n')), "{q}");
                }
            }
        }
    }

    #[test]
    fn colours_are_four_and_distinct() {
        let colours: BTreeSet<&str> = [
            QuadClass::VerbalCooperation,
            QuadClass::MaterialCooperation,
            QuadClass::VerbalConflict,
            QuadClass::MaterialConflict,
        ]
        .into_iter()
        .map(quad_colour)
        .collect();
        assert_eq!(colours.len(), 4);
    }

    #[test]
    fn pen_width_grows_with_log_count_and_is_capped() {
        assert_eq!(pen_width(0), 1.0);
        assert_eq!(pen_width(1), 1.0);
        assert_eq!(pen_width(2), 2.0);
        assert_eq!(pen_width(8), 4.0);
        assert_eq!(pen_width(64), MAX_PEN_WIDTH);
        assert_eq!(pen_width(1_000_000), MAX_PEN_WIDTH);
        assert!(pen_width(3) > pen_width(2) && pen_width(3) < pen_width(4));
    }

    #[test]
    fn floats_have_fixed_decimals_and_no_negative_zero() {
        assert_eq!(fixed(2.0), "2.00");
        assert_eq!(fixed(-0.001), "0.00");
        assert_eq!(signed(3.0), "+3.00");
        assert_eq!(signed(-2.2), "-2.20");
        assert_eq!(signed(0.0), "0.00");
    }

    fn event(id: &str, date: &str, source: &str, target: &str, code: &str) -> Event {
        Event {
            id: id.into(),
            date: DateSpan::parse(date).unwrap(),
            source: Some(source.into()),
            target: Some(target.into()),
            event_type: Codebook::get().lookup(code).unwrap(),
            summary: String::new(),
            location: None,
            origin: Origin::Curated,
            provenance: vec![Provenance::default()],
        }
    }

    fn render_default(events: Vec<Event>, registry: &ActorRegistry) -> String {
        let graph = ActorGraph::build(events, &Filter::default());
        let mut out = Vec::new();
        write_dot(&graph, registry, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn an_actor_missing_from_the_registry_is_drawn_with_its_id() {
        let mut registry = ActorRegistry::new();
        registry.insert(Actor::new("known", "Known", ActorKind::State));
        let dot = render_default(
            vec![event("e1", "2020-09-29", "known", "ghost", "020")],
            &registry,
        );
        assert!(dot.contains(r#""ghost" [label="ghost", shape="ellipse", style="dotted,filled""#));
        assert!(dot.contains(r#""known" [label="Known", shape="box""#));
        assert!(dot.contains(r#""known" -> "ghost""#));
        assert!(dot.contains("not in the registry"));
    }

    #[test]
    fn one_edge_per_dyad_with_count_dates_and_colour() {
        let mut registry = ActorRegistry::new();
        let mut a = Actor::new("a", "Alpha", ActorKind::State);
        a.code = "ALP".to_string();
        registry.insert(a);
        registry.insert(Actor::new("b", "Beta", ActorKind::Person));
        let dot = render_default(
            vec![
                event("e3", "2020-10-10", "a", "b", "020"),
                event("e1", "2020-09-29", "a", "b", "020"),
                event("e2", "2020-10-01", "a", "b", "020"),
                event("e4", "2020-10-02", "b", "a", "190"),
            ],
            &registry,
        );
        assert!(dot.contains(r#""a" [label="Alpha\nALP", shape="box""#));
        assert!(dot.contains(r#""b" [label="Beta", shape="ellipse""#));
        let ab: Vec<&str> = dot
            .lines()
            .filter(|l| l.contains(r#""a" -> "b""#))
            .collect();
        assert_eq!(ab.len(), 1);
        assert!(
            ab[0].contains(r#"label="Make an appeal or request\n3 events, 29 Sep – 10 Oct 2020""#),
            "{}",
            ab[0]
        );
        assert!(ab[0].contains(r##"color="#74c476""##));
        assert!(ab[0].contains(r#"penwidth="2.58""#));
        assert!(ab[0].contains("mean Goldstein +3.00"));
        let ba = dot.lines().find(|l| l.contains(r#""b" -> "a""#)).unwrap();
        assert!(
            ba.contains(r#"label="Use conventional military force\n2 Oct 2020""#),
            "{ba}"
        );
        assert!(ba.contains(r##"color="#a50f15""##));
        assert!(ba.contains(r#"penwidth="1.00""#));
        // Edges come in (source, target) order, after the nodes.
        assert!(dot.find(r#""a" -> "b""#) < dot.find(r#""b" -> "a""#));
        assert!(dot.find(r#"  "b" ["#) < dot.find(r#""a" -> "b""#));
    }

    #[test]
    fn a_mixed_dyad_says_how_many_events_its_type_covers_and_open_dates_read_in_words() {
        let label = |events: Vec<Event>| {
            let graph = ActorGraph::build(events, &Filter::default());
            edge_label(&graph.dyads()[0])
        };
        assert_eq!(
            label(vec![
                event("e1", "2020-09-27", "a", "b", "020"),
                event("e2", "2020-09-28", "a", "b", "020"),
                event("e3", "2020-09-29", "a", "b", "010"),
            ]),
            "Make an appeal or request (2 of the 3)\n3 events, 27 – 29 Sep 2020"
        );
        assert_eq!(
            label(vec![event("e1", "1995/..", "a", "b", "020")]),
            "Make an appeal or request\nsince 1995"
        );
        assert_eq!(
            label(vec![
                event("e1", "../2020-09-29", "a", "b", "020"),
                event("e2", "2020-09", "a", "b", "020"),
            ]),
            "Make an appeal or request\n2 events, until Sep 2020"
        );
    }

    #[test]
    fn legend_lists_colours_widths_and_drawn_kinds() {
        let mut registry = ActorRegistry::new();
        registry.insert(Actor::new("a", "Alpha", ActorKind::Military));
        registry.insert(Actor::new("b", "Beta", ActorKind::Organisation));
        let dot = render_default(vec![event("e1", "2020", "a", "b", "111")], &registry);
        let legend: Vec<&str> = dot
            .lines()
            .filter(|l| l.contains("\"legend:table\""))
            .collect();
        assert_eq!(legend.len(), 1, "one node: {dot}");
        let legend = legend[0];
        for q in [
            QuadClass::VerbalCooperation,
            QuadClass::MaterialCooperation,
            QuadClass::VerbalConflict,
            QuadClass::MaterialConflict,
        ] {
            assert!(legend.contains(&format!("<TD ALIGN=\"LEFT\">{}</TD>", q.label())));
            assert!(legend.contains(&format!("BGCOLOR=\"{}\"", quad_colour(q))));
        }
        // The widest edge is as high a sample as it is wide.
        assert!(legend.contains(
            r#"HEIGHT="7" FIXEDSIZE="TRUE"></TD></TR></TABLE></TD><TD ALIGN="LEFT">64+ events"#
        ));
        assert!(legend.contains("military: hexagon · organisation: octagon</TD>"));
        assert!(!legend.contains("state:"));
    }

    #[test]
    fn legend_ids_never_clash_with_actor_ids() {
        let dot = render_default(
            vec![event("e1", "2020", "legend:kind:state", "_legend:x", "111")],
            &ActorRegistry::new(),
        );
        assert!(dot.contains(r#""__legend:table" [shape="plaintext""#));
        assert!(dot.contains("not in the registry: dotted ellipse</TD>"));
    }

    #[test]
    fn no_title_and_no_legend_when_asked() {
        let graph = ActorGraph::build(
            vec![event("e1", "2020", "a", "b", "111")],
            &Filter::default(),
        );
        let options = DotOptions {
            title: String::new(),
            legend: false,
        };
        let mut out = Vec::new();
        write_dot_with(&graph, &ActorRegistry::new(), &options, &mut out).unwrap();
        let dot = String::from_utf8(out).unwrap();
        assert!(!dot.contains("legend"));
        assert!(!dot.contains("labelloc"));
        assert!(dot.ends_with("}\n"));
    }
}
