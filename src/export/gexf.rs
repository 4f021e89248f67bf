//! The GEXF 1.3 network for Gephi (`actors.gexf`): a dynamic, directed graph with the actors as
//! nodes and one dated edge per event (parallel edges allowed), every text through
//! [`xml::escape`](super::xml::escape).
//!
//! Nodes carry the actor's code, kind and country; edges carry `start`/`end` (the event's
//! inclusive first and last day; an open or unknown end is left out, so the edge runs on from
//! the start or up to the end in Gephi's timeline), the CAMEO code as the edge `kind` (GEXF 1.3's
//! way of telling parallel edges apart), the Goldstein score as `weight`, and the event's
//! code, name, quad class, EDTF date, summary, location, origin and provenance as attributes.
//! Events without both a source and a target are not edges and are not in the file.

use std::io::{self, Write};

use super::xml::escape;
use crate::graph::ActorGraph;
use crate::model::ActorRegistry;
use crate::model::provenance;

/// The node attributes: (id and title, GEXF type).
const NODE_ATTRIBUTES: [(&str, &str); 3] = [
    ("code", "string"),
    ("kind", "string"),
    ("country", "string"),
];

/// The edge attributes: (id and title, GEXF type).
const EDGE_ATTRIBUTES: [(&str, &str); 12] = [
    ("event_code", "string"),
    ("event", "string"),
    ("quad_class", "integer"),
    ("goldstein", "double"),
    ("date", "string"),
    ("precision", "string"),
    ("summary", "string"),
    ("location", "string"),
    ("origin", "string"),
    ("provenance", "string"),
    ("evidence", "string"),
    ("event_id", "string"),
];

/// Writes the graph as GEXF 1.3.
pub fn write_gexf(
    graph: &ActorGraph,
    registry: &ActorRegistry,
    out: &mut dyn Write,
) -> io::Result<()> {
    for line in [
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
        "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">",
        "  <meta>",
        "    <creator>casus</creator>",
        "    <description>Actors as nodes, one directed edge per event, dated by its first and \
         last day</description>",
        "  </meta>",
        "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\" \
         timerepresentation=\"interval\">",
    ] {
        writeln!(out, "{line}")?;
    }
    for (class, list) in [
        ("node", &NODE_ATTRIBUTES[..]),
        ("edge", &EDGE_ATTRIBUTES[..]),
    ] {
        writeln!(out, "    <attributes class=\"{class}\" mode=\"static\">")?;
        for (id, kind) in list {
            writeln!(
                out,
                "      <attribute id=\"{id}\" title=\"{id}\" type=\"{kind}\"/>"
            )?;
        }
        writeln!(out, "    </attributes>")?;
    }

    writeln!(out, "    <nodes>")?;
    for id in graph.actors() {
        let actor = registry.get(id);
        let label = actor.map_or(&**id, |a| a.name.as_str());
        writeln!(
            out,
            "      <node id=\"{}\" label=\"{}\">",
            escape(id),
            escape(label)
        )?;
        let values: Vec<(&str, &str)> = match actor {
            Some(a) => vec![
                ("code", a.code.as_str()),
                ("kind", a.kind.as_str()),
                ("country", a.country.as_deref().unwrap_or("")),
            ],
            None => Vec::new(),
        };
        attvalues(out, "        ", &values)?;
        writeln!(out, "      </node>")?;
    }
    writeln!(out, "    </nodes>")?;

    writeln!(out, "    <edges>")?;
    for (s, t, e) in graph.event_edges() {
        let ty = e.event_type;
        write!(
            out,
            "      <edge id=\"{}\" source=\"{}\" target=\"{}\" label=\"{}\" kind=\"{}\" weight=\"{:.1}\"",
            escape(&e.id),
            escape(s),
            escape(t),
            escape(&ty.name),
            escape(&ty.code),
            ty.goldstein
        )?;
        if let Some(start) = e.date.start() {
            write!(out, " start=\"{start}\"")?;
        }
        if let Some(end) = e.date.end() {
            write!(out, " end=\"{end}\"")?;
        }
        writeln!(out, ">")?;
        let quad = ty.quad_class.number().to_string();
        let goldstein = format!("{:.1}", ty.goldstein);
        let date = e.date.to_string();
        let sources = provenance::render(&e.provenance);
        let evidence = provenance::render_evidence(&e.provenance);
        attvalues(
            out,
            "        ",
            &[
                ("event_code", ty.code.as_str()),
                ("event", ty.name.as_str()),
                ("quad_class", quad.as_str()),
                ("goldstein", goldstein.as_str()),
                ("date", date.as_str()),
                ("precision", e.date.precision().as_str()),
                ("summary", e.summary.as_str()),
                ("location", e.location.as_deref().unwrap_or("")),
                ("origin", e.origin.as_str()),
                ("provenance", sources.as_str()),
                ("evidence", evidence.as_str()),
                ("event_id", e.id.as_str()),
            ],
        )?;
        writeln!(out, "      </edge>")?;
    }
    writeln!(out, "    </edges>")?;
    writeln!(out, "  </graph>")?;
    writeln!(out, "</gexf>")
}

/// Writes an `<attvalues>` element with the non-empty values.
fn attvalues(out: &mut dyn Write, indent: &str, values: &[(&str, &str)]) -> io::Result<()> {
    if values.iter().all(|(_, v)| v.is_empty()) {
        return Ok(());
    }
    writeln!(out, "{indent}<attvalues>")?;
    for (key, value) in values.iter().filter(|(_, v)| !v.is_empty()) {
        writeln!(
            out,
            "{indent}  <attvalue for=\"{key}\" value=\"{}\"/>",
            escape(value)
        )?;
    }
    writeln!(out, "{indent}</attvalues>")
}
