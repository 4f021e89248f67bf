//! `casus extract --stream`: articles as JSON Lines in, each article's events as JSON Lines out
//! as soon as it is coded (flushed per article), one line held at a time, so that casus runs as
//! the map step of a Spark job (`RDD.pipe`). Every line is accounted for: coded, or reported
//! with its line number and key.

use std::io::{BufRead, Write};

use serde::Serialize;

use crate::diag::{Diagnostic, Diagnostics};
use crate::extract::Lexicon;
use crate::ingest::article_lines::parse_line;
use crate::model::{ActorRegistry, Event};

/// The name of standard input in messages and in the `file` of an article without an id.
pub const STDIN: &str = "<stdin>";

/// What became of the lines: `read = coded + rejected`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StreamTally {
    /// Lines read.
    pub read: u64,
    /// Lines whose article was coded (with or without events).
    pub coded: u64,
    /// Bad lines (only under `--skip-bad`; otherwise the first stops the run).
    pub rejected: u64,
    /// Events written.
    pub events: u64,
}

/// The line written in place of a bad line under `--skip-bad`.
#[derive(Serialize)]
struct Rejected<'a> {
    rejected: RejectedLine<'a>,
}

#[derive(Serialize)]
struct RejectedLine<'a> {
    line: u64,
    id: Option<String>,
    field: Option<&'a str>,
    reason: &'a str,
}

/// The `id` of a line that is JSON, to name a bad line by (`None` when there is none to read).
fn id_of(bytes: &[u8]) -> Option<String> {
    let object: serde_json::Map<String, serde_json::Value> = serde_json::from_slice(bytes).ok()?;
    match object.get("id")? {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Codes every article line of `input` and writes its events to `out`, flushing after each
/// article; the registry gains the actors the coder names (dictionary actors), so that their
/// lines carry them. A bad line is an error naming it, or, with `skip_bad`, a message on
/// standard error and a [`Rejected`] line on `out`.
pub fn run(
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    registry: &mut ActorRegistry,
    lexicon: &Lexicon,
    skip_bad: bool,
) -> anyhow::Result<StreamTally> {
    let mut tally = StreamTally::default();
    let mut buf = Vec::new();
    let mut events: Vec<Event> = Vec::new();
    loop {
        buf.clear();
        let n = input
            .read_until(b'\n', &mut buf)
            .map_err(|e| anyhow::anyhow!("could not read standard input: {e}"))?;
        if n == 0 {
            break;
        }
        tally.read += 1;
        if buf.last() == Some(&b'\n') {
            buf.pop();
        }
        match parse_line(&buf, STDIN, tally.read) {
            Ok(line) => {
                let extraction = crate::extract::extract(&line.article, registry, lexicon);
                for w in &extraction.warnings {
                    eprintln!("{w}");
                }
                for actor in extraction.actors {
                    if registry.get(&actor.id).is_none() {
                        registry.insert(actor);
                    }
                }
                events.clear();
                events.extend(extraction.events);
                events.sort_by(Event::timeline_cmp);
                crate::export::jsonl::write_events(&events, registry, out)?;
                out.flush()?;
                tally.coded += 1;
                tally.events += events.len() as u64;
            }
            Err(d) if skip_bad => {
                eprintln!("{d}");
                reject(out, &d, id_of(&buf), tally.read)?;
                tally.rejected += 1;
            }
            Err(d) => {
                out.flush()?;
                return Err(Diagnostics::from_one(Diagnostic {
                    message: format!(
                        "{}; use --skip-bad to report bad lines and go on",
                        d.message
                    ),
                    ..d
                })
                .into());
            }
        }
    }
    out.flush()?;
    Ok(tally)
}

/// Writes the line that stands for a bad line, and flushes it.
fn reject(
    out: &mut dyn Write,
    d: &Diagnostic,
    id: Option<String>,
    line: u64,
) -> anyhow::Result<()> {
    let record = Rejected {
        rejected: RejectedLine {
            line,
            id,
            field: d.field.as_deref(),
            reason: &d.message,
        },
    };
    serde_json::to_writer(&mut *out, &record)?;
    out.write_all(b"\n")?;
    out.flush()?;
    Ok(())
}

impl std::fmt::Display for StreamTally {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "read {} lines = coded {} + rejected {}; wrote {} events",
            self.read, self.coded, self.rejected, self.events
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_on(input: &str, skip_bad: bool) -> (anyhow::Result<StreamTally>, String) {
        let mut registry = crate::model::builtin::registry();
        let lexicon = Lexicon::builtin();
        let mut out = Vec::new();
        let result = run(
            &mut input.as_bytes(),
            &mut out,
            &mut registry,
            &lexicon,
            skip_bad,
        );
        (result, String::from_utf8(out).unwrap())
    }

    #[test]
    fn every_line_is_coded_or_reported() {
        let input = "{\"id\":\"a\",\"text\":\"Russia urged Turkey to help end the fighting.\",\"published\":\"2020-09-29\"}\n\
                     {\"id\":\"b\",\"text\":\"x\",\"published\":\"2020-02-30\"}\n\
                     {\"id\":\"c\",\"text\":\"Armenia accused Azerbaijan of shelling villages.\",\"published\":\"2020-09-30\"}";
        let (tally, out) = run_on(input, true);
        let tally = tally.unwrap();
        assert_eq!((tally.read, tally.coded, tally.rejected), (3, 2, 1));
        let lines: Vec<serde_json::Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len() as u64, tally.events + 1, "{out}");
        let rejected: Vec<&serde_json::Value> = lines
            .iter()
            .filter(|l| l.get("rejected").is_some())
            .collect();
        assert_eq!(rejected.len(), 1);
        assert_eq!(rejected[0]["rejected"]["line"], 2);
        assert_eq!(rejected[0]["rejected"]["id"], "b");
        assert_eq!(rejected[0]["rejected"]["field"], "published");
        // The events of each article come in input order, article by article, traced to its id.
        let files: Vec<&str> = lines
            .iter()
            .filter_map(|l| l["provenance"][0]["file"].as_str())
            .collect();
        assert!(files.contains(&"a") && files.contains(&"c"), "{files:?}");
        let last_a = files.iter().rposition(|f| *f == "a").unwrap();
        let first_c = files.iter().position(|f| *f == "c").unwrap();
        assert!(last_a < first_c);
    }

    #[test]
    fn without_skip_bad_a_bad_line_stops_the_run_after_the_good_ones() {
        let input = "{\"text\":\"Russia urged Turkey to help end the fighting.\",\"published\":\"2020-09-29\"}\n\
                     not json\n";
        let (result, out) = run_on(input, false);
        let err = result.unwrap_err().to_string();
        assert!(err.starts_with("<stdin>:2: not an article object"), "{err}");
        assert!(err.contains("--skip-bad"), "{err}");
        assert!(
            out.lines().count() >= 1,
            "the first article's events were written: {out}"
        );
        assert!(!out.contains("rejected"));
    }
}
