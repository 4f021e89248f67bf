//! Output formats: one module per file format, each behind the [`Exporter`] trait, which writes
//! the built graph into one file of the output folder; the [`Format`] names `casus build
//! --format` takes, and the exporters each one stands for.

pub mod diagram;
pub mod display;
pub mod dot;
pub mod dyads;
pub mod gexf;
pub mod graphml;
pub mod jsonl;
pub mod parquet;
pub mod report;
pub mod timeline;
pub mod timelinejs;
pub mod vis_timeline;
pub mod xml;

use std::io::{self, Write};
use std::path::Path;

use crate::graph::ActorGraph;
use crate::model::ActorRegistry;

/// One output format.
pub trait Exporter: Send + Sync {
    /// The name of the file it writes in the output folder (`timeline.csv`).
    fn file_name(&self) -> &'static str;

    /// Whether it draws the actors (the diagram of `actors.dot`, the report's diagram and
    /// lanes), and so gets the view of the busiest actors `casus build --top` keeps rather than
    /// the whole graph.
    fn diagram(&self) -> bool {
        false
    }

    /// What the person should know about the file last written (a tool it wanted and did
    /// not find), one line each, for standard error.
    fn notes(&self) -> Vec<String> {
        Vec::new()
    }

    /// How a build that streams its events (beyond `--memory`) writes this format, one event
    /// at a time in timeline order; `None` for a format that needs every event at once.
    fn streamed(&self) -> Option<Streamed> {
        None
    }

    /// Writes the graph in this format.
    fn write(
        &self,
        graph: &ActorGraph,
        registry: &ActorRegistry,
        out: &mut dyn Write,
    ) -> io::Result<()>;

    /// Writes the graph into `path` (the output folder joined with [`Exporter::file_name`]):
    /// [`Exporter::write`] into a new file, unless the format is a folder of files (Parquet's
    /// partitions).
    fn write_to(
        &self,
        graph: &ActorGraph,
        registry: &ActorRegistry,
        path: &Path,
    ) -> io::Result<()> {
        let file = std::fs::File::create(path)?;
        let mut out = io::BufWriter::with_capacity(1 << 16, file);
        self.write(graph, registry, &mut out)?;
        out.flush()
    }
}

/// The formats a build can write from its events streamed in timeline order, without the
/// graph: what `casus build --memory` keeps within its budget.
#[derive(Clone, Debug)]
pub enum Streamed {
    /// `timeline.csv`, a row per event.
    Timeline(timeline::TimelineOptions),
    /// `actors.dot`, from the dyads summed up as the events pass.
    Dot(dot::DotOptions),
    /// `events.jsonl`, a line per event.
    Jsonl,
    /// `dyads.csv`, from its rows summed up as the events pass; whether names are guarded.
    Dyads(bool),
}

/// `events.parquet/`: the event table as Parquet files partitioned by year and month.
pub struct Parquet;

impl Exporter for Parquet {
    fn file_name(&self) -> &'static str {
        parquet::FOLDER
    }

    /// The whole table as one unpartitioned Parquet file.
    fn write(
        &self,
        graph: &ActorGraph,
        registry: &ActorRegistry,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        parquet::write_parquet(graph, registry, out)
    }

    fn write_to(
        &self,
        graph: &ActorGraph,
        registry: &ActorRegistry,
        path: &Path,
    ) -> io::Result<()> {
        parquet::write_partitioned(graph, registry, path).map(|_| ())
    }
}

/// `timeline.csv`.
pub struct Timeline(pub timeline::TimelineOptions);

impl Exporter for Timeline {
    fn file_name(&self) -> &'static str {
        "timeline.csv"
    }

    fn streamed(&self) -> Option<Streamed> {
        Some(Streamed::Timeline(self.0.clone()))
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

    fn diagram(&self) -> bool {
        true
    }

    fn streamed(&self) -> Option<Streamed> {
        Some(Streamed::Dot(self.0.clone()))
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

/// A format written by a plain function of the graph and the registry: GEXF, GraphML,
/// TimelineJS's JSON, vis-timeline and JSON Lines.
pub struct Plain {
    /// The file it writes.
    pub file_name: &'static str,
    /// The function that writes it.
    pub write: fn(&ActorGraph, &ActorRegistry, &mut dyn Write) -> io::Result<()>,
    /// How a streaming build writes it, if it can.
    pub streamed: Option<Streamed>,
}

impl Exporter for Plain {
    fn file_name(&self) -> &'static str {
        self.file_name
    }

    fn streamed(&self) -> Option<Streamed> {
        self.streamed.clone()
    }

    fn write(
        &self,
        graph: &ActorGraph,
        registry: &ActorRegistry,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        (self.write)(graph, registry, out)
    }
}

/// `timelinejs.csv` (the columns of TimelineJS's Google Sheets template); the flag says whether
/// text cells are guarded against formula injection.
pub struct TimelineJsCsv(pub bool);

impl Exporter for TimelineJsCsv {
    fn file_name(&self) -> &'static str {
        "timelinejs.csv"
    }

    fn write(
        &self,
        graph: &ActorGraph,
        registry: &ActorRegistry,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        timelinejs::write_csv(graph, registry, self.0, out)
    }
}

/// `report.html` (the self-contained report with search, filters, the swimlane timeline, the
/// diagram, the dyad plots and the event table).
pub struct Report {
    /// Its options.
    pub options: report::ReportOptions,
    /// Why casus's own layout drew the last report's diagram, when Graphviz was wanted.
    fallback: std::sync::Mutex<Option<diagram::Fallback>>,
}

impl Report {
    /// The exporter with these options.
    pub fn new(options: report::ReportOptions) -> Self {
        Report {
            options,
            fallback: std::sync::Mutex::new(None),
        }
    }
}

impl Exporter for Report {
    fn file_name(&self) -> &'static str {
        "report.html"
    }

    fn diagram(&self) -> bool {
        true
    }

    fn write(
        &self,
        graph: &ActorGraph,
        registry: &ActorRegistry,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        let fallback = report::write_report_noting(graph, registry, &self.options, out)?;
        if let Ok(mut slot) = self.fallback.lock() {
            *slot = fallback;
        }
        Ok(())
    }

    fn notes(&self) -> Vec<String> {
        self.fallback
            .lock()
            .ok()
            .and_then(|f| f.as_ref().map(|f| f.note(self.file_name())))
            .into_iter()
            .collect()
    }
}

/// `dyads.csv` (one row per source, target and month); the flag says whether names are guarded
/// against formula injection.
pub struct Dyads {
    /// Whether names are guarded against formula injection.
    pub guard: bool,
    /// What the last file left out.
    summary: std::sync::Mutex<Option<dyads::DyadsSummary>>,
}

impl Dyads {
    /// The exporter, guarding names or not.
    pub fn new(guard: bool) -> Self {
        Dyads {
            guard,
            summary: std::sync::Mutex::new(None),
        }
    }
}

impl Exporter for Dyads {
    fn file_name(&self) -> &'static str {
        "dyads.csv"
    }

    fn streamed(&self) -> Option<Streamed> {
        Some(Streamed::Dyads(self.guard))
    }

    fn notes(&self) -> Vec<String> {
        self.summary
            .lock()
            .ok()
            .and_then(|s| s.and_then(|s| s.note(self.file_name())))
            .into_iter()
            .collect()
    }

    fn write(
        &self,
        graph: &ActorGraph,
        registry: &ActorRegistry,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        let summary = dyads::write_dyads(graph, registry, self.guard, out)?;
        if let Ok(mut slot) = self.summary.lock() {
            *slot = Some(summary);
        }
        Ok(())
    }
}

/// A format name of `casus build --format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, clap::ValueEnum)]
pub enum Format {
    /// timeline.csv: one row per event.
    Timeline,
    /// actors.dot: the Graphviz actor diagram, one edge per directed dyad.
    Dot,
    /// actors.gexf: GEXF 1.3 for Gephi, one dated edge per event.
    Gexf,
    /// timelinejs.json and timelinejs.csv: Knight Lab's TimelineJS (JSON, and its Google Sheets
    /// template's columns).
    Timelinejs,
    /// vis-timeline.json: items and groups for vis-timeline.
    VisTimeline,
    /// actors.graphml: GraphML for Cytoscape and yEd, one edge per event.
    Graphml,
    /// events.jsonl: every field of every event, one per line; reads back as input.
    Jsonl,
    /// dyads.csv: per source, target and month, the events, their Goldstein sum and mean and
    /// their count per quad class, to plot in your own tools.
    Dyads,
    /// report.html: a self-contained page to work in, offline: search and filters, the swimlane
    /// timeline, the actor diagram to zoom, the dyad plots and the sortable event table.
    Report,
    /// events.parquet/: the event table for DuckDB, Spark, Polars and pandas, a folder of
    /// Parquet files partitioned by year and month (year=2020/month=09/part-0.parquet); not
    /// part of `all`.
    Parquet,
    /// Every format above but parquet.
    All,
}

impl Format {
    /// Every format `all` stands for, in the order files are written.
    pub const EVERY: [Format; 9] = [
        Format::Timeline,
        Format::Dot,
        Format::Gexf,
        Format::Timelinejs,
        Format::VisTimeline,
        Format::Graphml,
        Format::Jsonl,
        Format::Dyads,
        Format::Report,
    ];

    /// The formats written when `--format` is not given.
    pub const DEFAULT: [Format; 2] = [Format::Timeline, Format::Dot];
}

/// The options of every exporter.
#[derive(Clone, Debug, Default)]
pub struct ExportOptions {
    /// `timeline.csv` (its formula guard also applies to `timelinejs.csv`).
    pub timeline: timeline::TimelineOptions,
    /// `actors.dot`.
    pub dot: dot::DotOptions,
    /// `report.html` (its `dot` options are taken from [`ExportOptions::dot`]).
    pub report: report::ReportOptions,
}

/// The exporters for the formats asked for (`all` for every one but Parquet; none asked for:
/// the [`Format::DEFAULT`] ones), each once and in the order of [`Format::EVERY`] whatever the
/// order asked, Parquet last.
pub fn exporters(formats: &[Format], options: &ExportOptions) -> Vec<Box<dyn Exporter>> {
    let mut wanted: Vec<Format> = if formats.is_empty() {
        Format::DEFAULT.to_vec()
    } else if formats.contains(&Format::All) {
        Format::EVERY.to_vec()
    } else {
        Format::EVERY
            .into_iter()
            .filter(|f| formats.contains(f))
            .collect()
    };
    if formats.contains(&Format::Parquet) {
        wanted.push(Format::Parquet);
    }
    let mut out: Vec<Box<dyn Exporter>> = Vec::new();
    for format in wanted {
        match format {
            Format::Timeline => out.push(Box::new(Timeline(options.timeline.clone()))),
            Format::Dot => out.push(Box::new(Dot(options.dot.clone()))),
            Format::Gexf => out.push(Box::new(Plain {
                file_name: "actors.gexf",
                write: gexf::write_gexf,
                streamed: None,
            })),
            Format::Timelinejs => {
                out.push(Box::new(Plain {
                    file_name: "timelinejs.json",
                    write: timelinejs::write_json,
                    streamed: None,
                }));
                out.push(Box::new(TimelineJsCsv(options.timeline.formula_guard)));
            }
            Format::VisTimeline => out.push(Box::new(Plain {
                file_name: "vis-timeline.json",
                write: vis_timeline::write_vis_timeline,
                streamed: None,
            })),
            Format::Graphml => out.push(Box::new(Plain {
                file_name: "actors.graphml",
                write: graphml::write_graphml,
                streamed: None,
            })),
            Format::Jsonl => out.push(Box::new(Plain {
                file_name: "events.jsonl",
                write: jsonl::write_jsonl,
                streamed: Some(Streamed::Jsonl),
            })),
            Format::Dyads => out.push(Box::new(Dyads::new(options.timeline.formula_guard))),
            Format::Report => out.push(Box::new(Report::new(report::ReportOptions {
                dot: options.dot.clone(),
                ..options.report.clone()
            }))),
            Format::Parquet => out.push(Box::new(Parquet)),
            Format::All => {}
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod test_support {
    //! Events for the exporters' unit tests.

    use std::sync::Arc;

    use crate::model::{Codebook, DateSpan, Event, Origin};

    /// An event with the given id, EDTF date, source and target ids and CAMEO code.
    pub fn event(id: &str, date: &str, source: &str, target: Option<&str>, code: &str) -> Event {
        Event {
            id: id.into(),
            date: DateSpan::parse(date).unwrap(),
            source: Some(Arc::from(source)),
            target: target.map(Arc::from),
            event_type: Codebook::get().code(code).unwrap(),
            summary: String::new(),
            location: None,
            origin: Origin::Curated,
            provenance: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(formats: &[Format]) -> Vec<&'static str> {
        exporters(formats, &ExportOptions::default())
            .iter()
            .map(|e| e.file_name())
            .collect()
    }

    #[test]
    fn formats_choose_files_once_each_in_a_fixed_order() {
        assert_eq!(names(&[]), ["timeline.csv", "actors.dot"]);
        assert_eq!(
            names(&[Format::Report, Format::Gexf, Format::Report]),
            ["actors.gexf", "report.html"]
        );
        assert_eq!(
            names(&[Format::Parquet, Format::Dot, Format::Parquet]),
            ["actors.dot", "events.parquet"]
        );
        assert_eq!(names(&[Format::All]).len(), 10, "all leaves Parquet out");
        assert_eq!(
            names(&[Format::Timelinejs]),
            ["timelinejs.json", "timelinejs.csv"]
        );
        let all = names(&[Format::Dot, Format::All]);
        assert_eq!(
            all,
            [
                "timeline.csv",
                "actors.dot",
                "actors.gexf",
                "timelinejs.json",
                "timelinejs.csv",
                "vis-timeline.json",
                "actors.graphml",
                "events.jsonl",
                "dyads.csv",
                "report.html"
            ]
        );
    }
}
