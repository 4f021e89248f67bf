//! The actor diagram of the HTML report as inline SVG: Graphviz's `dot` rendering of the same
//! DOT text as `actors.dot` when `dot` is installed and the graph is small enough for it, else
//! casus's own circular layout (actors on a circle, one arrow per directed dyad with the DOT
//! diagram's colours and widths), which needs nothing installed.

use std::fmt::Write as _;
use std::io::Write as _;
use std::process::{Command, Stdio};

use super::dot::{self, DotOptions, pen_width, quad_colour};
use super::xml::escape;
use crate::graph::ActorGraph;
use crate::model::{ActorRegistry, QuadClass};

/// Which layout draws the report's actor diagram.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DiagramLayout {
    /// Graphviz when `dot` runs and the graph has at most [`GRAPHVIZ_MAX_ACTORS`] actors and
    /// [`GRAPHVIZ_MAX_DYADS`] dyads (dot's layered layout gets slow and unreadable beyond),
    /// else the built-in layout.
    #[default]
    Auto,
    /// Graphviz's `dot`, falling back to the built-in layout when it cannot be run or fails.
    Graphviz,
    /// casus's circular layout, the same on every machine.
    Builtin,
}

/// The most actors [`DiagramLayout::Auto`] gives to Graphviz.
pub const GRAPHVIZ_MAX_ACTORS: usize = 150;
/// The most directed dyads [`DiagramLayout::Auto`] gives to Graphviz.
pub const GRAPHVIZ_MAX_DYADS: usize = 2000;

/// A rendered diagram.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagram {
    /// The `<svg>` element, ready to be put in HTML.
    pub svg: String,
    /// What drew it, for the report's caption.
    pub renderer: String,
    /// Why the built-in layout drew it when Graphviz was wanted ([`DiagramLayout::Auto`] or
    /// [`DiagramLayout::Graphviz`]); `None` when Graphviz drew it or the built-in layout was
    /// asked for.
    pub fallback: Option<Fallback>,
}

/// Why the built-in layout stood in for Graphviz.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fallback {
    /// No `dot` on the PATH.
    NoDot,
    /// `dot` ran and failed, or could not be run: the reason.
    DotFailed(String),
    /// The graph is bigger than [`GRAPHVIZ_MAX_ACTORS`] or [`GRAPHVIZ_MAX_DYADS`]: its actors.
    TooBig(usize),
}

impl Fallback {
    /// The line `casus build` prints on standard error, naming the file and what drew it.
    pub fn note(&self, file: &str) -> String {
        let circular = "draws the diagram with its own circular layout";
        match self {
            Fallback::NoDot => format!(
                "Graphviz's dot is not on PATH; {file} {circular} (install graphviz for a better one)"
            ),
            Fallback::DotFailed(why) => format!("Graphviz's dot failed ({why}); {file} {circular}"),
            Fallback::TooBig(actors) => format!(
                "{file} {circular}: its {actors} actors are more than Graphviz's layered layout \
                 draws in good time ({GRAPHVIZ_MAX_ACTORS} actors, {GRAPHVIZ_MAX_DYADS} dyads)"
            ),
        }
    }
}

/// Draws the actor diagram with the chosen layout; Graphviz gets the DOT text `actors.dot`
/// has with `dot_options`.
pub fn actor_diagram(
    graph: &ActorGraph,
    registry: &ActorRegistry,
    layout: DiagramLayout,
    dot_options: &DotOptions,
) -> Diagram {
    let small = || {
        graph.actors().count() <= GRAPHVIZ_MAX_ACTORS && graph.dyads().len() <= GRAPHVIZ_MAX_DYADS
    };
    let try_graphviz = match layout {
        DiagramLayout::Auto => small(),
        DiagramLayout::Graphviz => true,
        DiagramLayout::Builtin => false,
    };
    let fallback = if try_graphviz {
        let mut text = Vec::new();
        // Writing DOT into memory cannot fail.
        let _ = dot::write_dot_with(graph, registry, dot_options, &mut text);
        match graphviz(&text) {
            Ok(svg) => {
                return Diagram {
                    svg,
                    renderer: "Graphviz dot, from the same DOT text as actors.dot".to_string(),
                    fallback: None,
                };
            }
            Err(fallback) => Some(fallback),
        }
    } else if layout == DiagramLayout::Auto {
        Some(Fallback::TooBig(graph.actors().count()))
    } else {
        None
    };
    let why = match &fallback {
        Some(Fallback::NoDot) => " (Graphviz was not used: dot is not on PATH)".to_string(),
        Some(Fallback::DotFailed(why)) => format!(" (Graphviz was not used: {why})"),
        Some(Fallback::TooBig(_)) => {
            " (the graph is too big for Graphviz's layered layout)".to_string()
        }
        None => String::new(),
    };
    Diagram {
        svg: circular(graph, registry),
        renderer: format!("casus's built-in circular layout{why}"),
        fallback,
    }
}

/// Runs `dot -Tsvg` on DOT text and returns the `<svg>` element without the XML prologue and
/// comments (which name graphviz's version), so that the same graphviz gives the same bytes.
fn graphviz(dot_text: &[u8]) -> Result<String, Fallback> {
    let child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Fallback::NoDot,
            _ => Fallback::DotFailed(format!("cannot run dot: {e}")),
        })?;
    svg_of(child, dot_text).map_err(Fallback::DotFailed)
}

/// Feeds DOT text to a running `dot -Tsvg` and cleans up the SVG it writes.
fn svg_of(mut child: std::process::Child, dot_text: &[u8]) -> Result<String, String> {
    let mut stdin = child.stdin.take().ok_or("dot has no input pipe")?;
    let input = dot_text.to_vec();
    // Fed from another thread, so that a big output cannot block both sides.
    let feeder = std::thread::spawn(move || stdin.write_all(&input));
    let output = child
        .wait_with_output()
        .map_err(|e| format!("dot failed: {e}"))?;
    let fed = feeder.join().map_err(|_| "dot's input thread failed")?;
    if !output.status.success() {
        let err = String::from_utf8_lossy(&output.stderr);
        return Err(format!("dot failed: {}", err.trim()));
    }
    fed.map_err(|e| format!("cannot write to dot: {e}"))?;
    let svg = String::from_utf8(output.stdout).map_err(|_| "dot wrote invalid UTF-8")?;
    let start = svg.find("<svg").ok_or("dot wrote no <svg>")?;
    let mut clean = String::with_capacity(svg.len());
    let mut rest = &svg[start..];
    while let Some(open) = rest.find("<!--") {
        clean.push_str(&rest[..open]);
        match rest[open..].find("-->") {
            Some(close) => rest = &rest[open + close + 3..],
            None => {
                rest = "";
            }
        }
    }
    clean.push_str(rest);
    // Blank lines left where comments were.
    let lines: Vec<&str> = clean.lines().filter(|l| !l.trim().is_empty()).collect();
    Ok(lines
        .join("\n")
        .replacen("<svg", "<svg class=\"diagram\"", 1))
}

/// The built-in layout: actors on a circle in id order, labels outside, one arrow per directed
/// dyad (curved when the dyad goes both ways, so the two arrows do not overlap).
fn circular(graph: &ActorGraph, registry: &ActorRegistry) -> String {
    let ids: Vec<&str> = graph.actors().map(|a| &**a).collect();
    let n = ids.len();
    let radius = (n as f64 * 28.0 / std::f64::consts::TAU).max(140.0);
    let margin_x = 230.0;
    let margin_y = 60.0;
    let (cx, cy) = (margin_x + radius, margin_y + radius);
    let (width, height) = (2.0 * (margin_x + radius), 2.0 * (margin_y + radius));
    let node_r = 7.0;
    let pos: Vec<(f64, f64, f64)> = (0..n)
        .map(|i| {
            let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * i as f64 / n as f64;
            (cx + radius * angle.cos(), cy + radius * angle.sin(), angle)
        })
        .collect();
    let index = |id: &str| ids.binary_search(&id).ok();
    let mut s = String::new();
    let _ = write!(
        s,
        "<svg class=\"diagram\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:.0}\" \
         height=\"{height:.0}\" viewBox=\"0 0 {width:.0} {height:.0}\" role=\"img\" \
         aria-label=\"Actor relationships\">\n<defs>\n"
    );
    for q in 1..=4u8 {
        let colour = QuadClass::from_number(q).map_or("#666666", quad_colour);
        let _ = writeln!(
            s,
            "<marker id=\"arrow-q{q}\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" \
             markerWidth=\"9\" markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" \
             orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"{colour}\"/></marker>"
        );
    }
    s.push_str("</defs>\n<g class=\"dyads\">\n");
    let dyads = graph.dyads();
    let pairs: std::collections::BTreeSet<(&str, &str)> =
        dyads.iter().map(|d| (&*d.source, &*d.target)).collect();
    let name = |id: &str| registry.get(id).map_or(id, |a| a.name.as_str()).to_string();
    for d in &dyads {
        let (Some(a), Some(b)) = (index(&d.source), index(&d.target)) else {
            continue;
        };
        let q = d.quad_class.number();
        let colour = quad_colour(d.quad_class);
        let width = pen_width(d.count);
        let (x1, y1, angle) = pos[a];
        let (x2, y2, _) = pos[b];
        let path = if a == b {
            // A loop outside the circle.
            let (ox, oy) = (angle.cos(), angle.sin());
            let (px, py) = (-oy, ox);
            let (sx, sy) = (x1 + ox * node_r + px * 4.0, y1 + oy * node_r + py * 4.0);
            let (ex, ey) = (x1 + ox * node_r - px * 4.0, y1 + oy * node_r - py * 4.0);
            format!(
                "M{sx:.1},{sy:.1} C{:.1},{:.1} {:.1},{:.1} {ex:.1},{ey:.1}",
                sx + ox * 40.0 + px * 20.0,
                sy + oy * 40.0 + py * 20.0,
                ex + ox * 40.0 - px * 20.0,
                ey + oy * 40.0 - py * 20.0
            )
        } else {
            let (dx, dy) = (x2 - x1, y2 - y1);
            let len = (dx * dx + dy * dy).sqrt().max(1.0);
            let (ux, uy) = (dx / len, dy / len);
            // Both ways: bend each arrow to its right.
            let bend = if pairs.contains(&(&*d.target, &*d.source)) {
                0.12 * len
            } else {
                0.0
            };
            let (mx, my) = ((x1 + x2) / 2.0 - uy * bend, (y1 + y2) / 2.0 + ux * bend);
            let toward = |fx: f64, fy: f64, tx: f64, ty: f64, by: f64| {
                let (vx, vy) = (tx - fx, ty - fy);
                let l = (vx * vx + vy * vy).sqrt().max(1.0);
                (fx + vx / l * by, fy + vy / l * by)
            };
            let (sx, sy) = toward(x1, y1, mx, my, node_r + 1.0);
            let (ex, ey) = toward(x2, y2, mx, my, node_r + 2.0);
            format!("M{sx:.1},{sy:.1} Q{mx:.1},{my:.1} {ex:.1},{ey:.1}")
        };
        let events = if d.count == 1 { "event" } else { "events" };
        let tip = format!(
            "{} → {}: {} {events}, mean Goldstein {:+.2}\nmostly {} (CAMEO {} {})",
            name(&d.source),
            name(&d.target),
            d.count,
            d.mean_goldstein,
            d.quad_class.label(),
            d.dominant.code,
            d.dominant.name
        );
        let _ = writeln!(
            s,
            "<path class=\"dyad\" d=\"{path}\" fill=\"none\" stroke=\"{colour}\" \
             stroke-width=\"{width:.2}\" stroke-opacity=\"0.85\" \
             marker-end=\"url(#arrow-q{q})\"><title>{}</title></path>",
            escape(&tip)
        );
    }
    s.push_str("</g>\n<g class=\"actors\">\n");
    for (i, id) in ids.iter().enumerate() {
        let (x, y, angle) = pos[i];
        let actor = registry.get(id);
        let label = actor.map_or(*id, |a| a.name.as_str());
        let tip = match actor {
            Some(a) => format!("{} ({}, id {})", a.name, a.kind.as_str(), a.id),
            None => format!("{id} (not in the registry)"),
        };
        let (lx, ly) = (x + angle.cos() * 14.0, y + angle.sin() * 14.0);
        let anchor = if angle.cos() > 0.2 {
            "start"
        } else if angle.cos() < -0.2 {
            "end"
        } else {
            "middle"
        };
        let dy = if angle.sin() > 0.5 {
            "0.9em"
        } else if angle.sin() < -0.5 {
            "-0.3em"
        } else {
            "0.35em"
        };
        let _ = writeln!(
            s,
            "<g class=\"actor\"><title>{}</title><circle cx=\"{x:.1}\" cy=\"{y:.1}\" \
             r=\"{node_r}\" fill=\"#f7f7f7\" stroke=\"#555555\"/><text x=\"{lx:.1}\" \
             y=\"{ly:.1}\" dy=\"{dy}\" text-anchor=\"{anchor}\">{}</text></g>",
            escape(&tip),
            escape(label)
        );
    }
    s.push_str("</g>\n</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::test_support::event;
    use crate::graph::Filter;

    #[test]
    fn a_graph_too_big_for_graphviz_is_drawn_by_the_builtin_layout_and_says_why() {
        let ids: Vec<String> = (0..=GRAPHVIZ_MAX_ACTORS)
            .map(|i| format!("a{i:03}"))
            .collect();
        let events = ids
            .windows(2)
            .enumerate()
            .map(|(i, w)| event(&i.to_string(), "2020-09-29", &w[0], Some(&w[1]), "020"));
        let graph = ActorGraph::build(events, &Filter::default());
        let registry = ActorRegistry::new();
        let d = actor_diagram(
            &graph,
            &registry,
            DiagramLayout::Auto,
            &DotOptions::default(),
        );
        assert_eq!(d.fallback, Some(Fallback::TooBig(GRAPHVIZ_MAX_ACTORS + 1)));
        assert!(d.renderer.contains("too big for Graphviz"));
        assert_eq!(
            d.fallback.unwrap().note("report.html"),
            "report.html draws the diagram with its own circular layout: its 151 actors are \
             more than Graphviz's layered layout draws in good time (150 actors, 2000 dyads)"
        );
        // Asked for, the built-in layout is no fallback.
        let d = actor_diagram(
            &graph,
            &registry,
            DiagramLayout::Builtin,
            &DotOptions::default(),
        );
        assert_eq!(d.fallback, None);
        assert!(d.svg.starts_with("<svg class=\"diagram\""));
    }

    #[test]
    fn the_notes_name_the_file_and_the_fallback() {
        assert_eq!(
            Fallback::NoDot.note("report.html"),
            "Graphviz's dot is not on PATH; report.html draws the diagram with its own circular \
             layout (install graphviz for a better one)"
        );
        assert_eq!(
            Fallback::DotFailed("dot failed: syntax error".to_string()).note("r.html"),
            "Graphviz's dot failed (dot failed: syntax error); r.html draws the diagram with its \
             own circular layout"
        );
    }
}
