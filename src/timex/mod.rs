//! Temporal expressions in news text: finding them and resolving them against an anchor date.
//!
//! Two stages, as in HeidelTime's design but with casus's own rules and code:
//! 1. [`find()`](fn@find) scans one line by tokens and a lexicon (no regular expressions) and
//!    returns each expression as an underspecified [`Expr`] with its byte range ([`Mention`]).
//! 2. [`Resolver`] fixes each against the publication date (deictic: "on Tuesday", "last week")
//!    or the last date resolved in the text (anaphoric: "two days later", "that day"), and
//!    writes a TIMEX3 value and a [`DateSpan`].
//!
//! [`tag`] runs both over a whole text; [`write_csv`] writes what `casus timex` prints. The
//! policy (anchors, the weekday rule, precision, what is out of scope) is in `docs/timex.md`.

pub mod expr;
pub mod find;
pub mod lexicon;
pub mod resolve;
pub mod timeml;
pub mod token;

use std::io;
use std::ops::Range;

use chrono::NaiveDate;

pub use expr::Expr;
pub use find::Mention;
pub use resolve::{Resolved, Resolver, TimexType};

use crate::model::DateSpan;

/// One temporal expression found and resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timex {
    /// The line it is on, counting from 1.
    pub line: usize,
    /// Its first character within the line, in Unicode scalar values from 0.
    pub start: usize,
    /// One past its last character within the line, in Unicode scalar values.
    pub end: usize,
    /// Its byte range within the whole text.
    pub bytes: Range<usize>,
    /// The TIMEX3 type.
    pub kind: TimexType,
    /// The TIMEX3 value (`2020-09-29`, `2020-W40`, `PAST_REF`, `P3D`, ...).
    pub value: String,
    /// The days it covers, for dates; `None` for durations and sets.
    pub span: Option<DateSpan>,
}

/// Finds the temporal expressions of one line (byte offsets within `line`), unresolved.
pub fn find(line: &str) -> Vec<Mention> {
    let mut toks = Vec::new();
    token::tokenize(line, &mut toks);
    let mut out = Vec::new();
    find::find_in(line, &toks, &mut out);
    out
}

/// Finds and resolves the temporal expressions of `text`, published on `anchor`.
///
/// Expressions never cross a line break. With `lines_mode` every line is a separate text: the
/// anaphoric reference ("two days later") starts afresh on each line; otherwise it carries on
/// from line to line.
pub fn tag(text: &str, anchor: NaiveDate, lines_mode: bool) -> Vec<Timex> {
    let mut out = Vec::new();
    for_each(text, anchor, lines_mode, |t, _| {
        out.push(t);
        Ok(())
    })
    .ok();
    out
}

/// Calls `f` with each expression of `text` in order, and the text of the expression.
fn for_each(
    text: &str,
    anchor: NaiveDate,
    lines_mode: bool,
    mut f: impl FnMut(Timex, &str) -> io::Result<()>,
) -> io::Result<()> {
    let mut resolver = Resolver::new(anchor);
    let mut toks = Vec::new();
    let mut mentions = Vec::new();
    let mut offset = 0;
    for (n, raw) in text.split('\n').enumerate() {
        let line_start = offset;
        offset += raw.len() + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if lines_mode {
            resolver.reset();
        }
        token::tokenize(line, &mut toks);
        mentions.clear();
        find::find_in(line, &toks, &mut mentions);
        let ascii = line.is_ascii();
        let (mut char_pos, mut byte_pos) = (0, 0);
        let mut to_chars = |b: usize| -> usize {
            if ascii {
                return b;
            }
            char_pos += line[byte_pos..b].chars().count();
            byte_pos = b;
            char_pos
        };
        for m in &mentions {
            let Some(r) = resolver.resolve(m) else {
                continue;
            };
            let start = to_chars(m.start);
            let end = to_chars(m.end);
            let t = Timex {
                line: n + 1,
                start,
                end,
                bytes: line_start + m.start..line_start + m.end,
                kind: r.kind,
                value: r.value,
                span: r.span,
            };
            f(t, &line[m.start..m.end])?;
        }
    }
    Ok(())
}

/// Writes the CSV that `casus timex` prints: the header `line,start,end,text,type,value,edtf`
/// and one row per expression of `text` (published on `anchor`), in text order.
///
/// `line` counts from 1; `start` and `end` are Unicode scalar offsets within the line (end
/// exclusive); `type` is `date`, `time`, `duration` or `set`; `value` is the TIMEX3 value;
/// `edtf` is the span in EDTF, empty for durations and sets. `lines_mode` treats every line as its own text
/// (no anaphoric reference carried between lines). Fails only when `out` fails.
pub fn write_csv<W: io::Write>(
    text: &str,
    anchor: NaiveDate,
    lines_mode: bool,
    out: W,
) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    let to_io = |e: csv::Error| match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    };
    w.write_record(["line", "start", "end", "text", "type", "value", "edtf"])
        .map_err(to_io)?;
    let mut edtf = String::new();
    for_each(text, anchor, lines_mode, |t, s| {
        edtf.clear();
        if let Some(span) = &t.span {
            use std::fmt::Write as _;
            let _ = write!(edtf, "{span}");
        }
        w.write_record([
            t.line.to_string().as_str(),
            t.start.to_string().as_str(),
            t.end.to_string().as_str(),
            s,
            t.kind.as_str(),
            t.value.as_str(),
            edtf.as_str(),
        ])
        .map_err(to_io)
    })?;
    w.flush()
}
