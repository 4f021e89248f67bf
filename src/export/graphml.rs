//! The GraphML network for Cytoscape and yEd (`actors.graphml`): a directed graph with the
//! actors as nodes and one edge per event (parallel edges allowed), typed `<key>` declarations,
//! and the event's first and last day as `start` and `end`; every text through
//! [`xml::escape`](super::xml::escape).

use std::io::{self, Write};

use super::xml::escape;
use crate::graph::ActorGraph;
use crate::model::ActorRegistry;
use crate::model::provenance;

/// The node keys: (id and name, GraphML type).
const NODE_KEYS: [(&str, &str); 4] = [
    ("label", "string"),
    ("code", "string"),
    ("kind", "string"),
    ("country", "string"),
];

/// The edge keys: (id and name, GraphML type).
const EDGE_KEYS: [(&str, &str); 14] = [
    ("event_id", "string"),
    ("event_code", "string"),
    ("event", "string"),
    ("quad_class", "int"),
    ("goldstein", "double"),
    ("date", "string"),
    ("start", "string"),
    ("end", "string"),
    ("precision", "string"),
    ("summary", "string"),
    ("location", "string"),
    ("origin", "string"),
    ("provenance", "string"),
    ("evidence", "string"),
];

/// Writes the graph as GraphML.
pub fn write_graphml(
    graph: &ActorGraph,
    registry: &ActorRegistry,
    out: &mut dyn Write,
) -> io::Result<()> {
    out.write_all(
        b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    )?;
    for (class, keys) in [("node", &NODE_KEYS[..]), ("edge", &EDGE_KEYS[..])] {
        for (id, kind) in keys {
            writeln!(
                out,
                "  <key id=\"{id}\" for=\"{class}\" attr.name=\"{id}\" attr.type=\"{kind}\"/>"
            )?;
        }
    }
    writeln!(out, "  <graph id=\"actors\" edgedefault=\"directed\">")?;
    for id in graph.actors() {
        writeln!(out, "    <node id=\"{}\">", escape(id))?;
        match registry.get(id) {
            Some(a) => data(
                out,
                &[
                    ("label", a.name.as_str()),
                    ("code", a.code.as_str()),
                    ("kind", a.kind.as_str()),
                    ("country", a.country.as_deref().unwrap_or("")),
                ],
            )?,
            None => data(out, &[("label", id)])?,
        }
        writeln!(out, "    </node>")?;
    }
    for (s, t, e) in graph.event_edges() {
        let ty = e.event_type;
        writeln!(
            out,
            "    <edge id=\"{}\" source=\"{}\" target=\"{}\">",
            escape(&e.id),
            escape(s),
            escape(t)
        )?;
        let quad = ty.quad_class.number().to_string();
        let goldstein = format!("{:.1}", ty.goldstein);
        let date = e.date.to_string();
        let start = e.date.start().map(|d| d.to_string()).unwrap_or_default();
        let end = e.date.end().map(|d| d.to_string()).unwrap_or_default();
        let sources = provenance::render(&e.provenance);
        let evidence = provenance::render_evidence(&e.provenance);
        data(
            out,
            &[
                ("event_id", e.id.as_str()),
                ("event_code", ty.code.as_str()),
                ("event", ty.name.as_str()),
                ("quad_class", quad.as_str()),
                ("goldstein", goldstein.as_str()),
                ("date", date.as_str()),
                ("start", start.as_str()),
                ("end", end.as_str()),
                ("precision", e.date.precision().as_str()),
                ("summary", e.summary.as_str()),
                ("location", e.location.as_deref().unwrap_or("")),
                ("origin", e.origin.as_str()),
                ("provenance", sources.as_str()),
                ("evidence", evidence.as_str()),
            ],
        )?;
        writeln!(out, "    </edge>")?;
    }
    writeln!(out, "  </graph>")?;
    writeln!(out, "</graphml>")
}

/// Writes a `<data>` element for each non-empty value.
fn data(out: &mut dyn Write, values: &[(&str, &str)]) -> io::Result<()> {
    for (key, value) in values.iter().filter(|(_, v)| !v.is_empty()) {
        writeln!(out, "      <data key=\"{key}\">{}</data>", escape(value))?;
    }
    Ok(())
}
