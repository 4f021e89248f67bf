//! Output formats: one module per file format, each behind the [`Exporter`] trait, which writes
//! the built graph into one file of the output folder.

pub mod dot;
pub mod timeline;

use std::io::{self, Write};

use crate::graph::ActorGraph;
use crate::model::ActorRegistry;

/// One output format.
pub trait Exporter {
    /// The name of the file it writes in the output folder (`timeline.csv`).
    fn file_name(&self) -> &'static str;

    /// Writes the graph in this format.
    fn write(
        &self,
        graph: &ActorGraph,
        registry: &ActorRegistry,
        out: &mut dyn Write,
    ) -> io::Result<()>;
}

/// `timeline.csv`.
pub struct Timeline(pub timeline::TimelineOptions);

impl Exporter for Timeline {
    fn file_name(&self) -> &'static str {
        "timeline.csv"
    }

    fn write(
        &self,
        graph: &ActorGraph,
        registry: &ActorRegistry,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        timeline::write_timeline(graph, registry, &self.0, out)
    }
}

/// `actors.dot`.
pub struct Dot(pub dot::DotOptions);

impl Exporter for Dot {
    fn file_name(&self) -> &'static str {
        "actors.dot"
    }

    fn write(
        &self,
        graph: &ActorGraph,
        registry: &ActorRegistry,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        dot::write_dot_with(graph, registry, &self.0, out)
    }
}
