//! TimeML documents and TempEval-3's TIMEX3 measures: reads a `.tml` file (its text, its gold
//! TIMEX3 with type and value, its document creation time) and scores a tagger's output against
//! it by strict and relaxed span match and value over the relaxed matches.
//!
//! The measures are TempEval-3's (UzZaman et al., 2013), computed on character spans:
//! - **strict**: a system expression matches a gold one when both ends are the same;
//! - **relaxed**: when they overlap by at least one character. Each gold expression is matched
//!   to at most one system expression and back (the first unmatched one that overlaps it, in
//!   text order);
//! - precision is matches over system expressions, recall matches over gold ones, F1 their
//!   harmonic mean;
//! - **value** (TempEval-3's attribute F1): the relaxed-matched pairs whose `value` strings are
//!   equal, over system expressions (precision) and over gold ones (recall). So value F1 is
//!   relaxed F1 times the value accuracy over the relaxed matches. `type` is scored the same way.
//!
//! The document creation time (the TIMEX3 with `functionInDocument="CREATION_TIME"`) is the
//! anchor and is not scored; only the TIMEX3 inside `<TEXT>` are.

use std::fmt;

use chrono::NaiveDate;

/// A gold TIMEX3 of a document's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldTimex {
    /// First byte in [`Document::text`].
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The TIMEX3 type as written (`DATE`, `TIME`, `DURATION`, `SET`).
    pub kind: String,
    /// The TIMEX3 value as written.
    pub value: String,
}

/// A TimeML document: the text inside `<TEXT>` with the markup removed and the entities
/// decoded, its gold TIMEX3 and its creation date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// The document creation time (day).
    pub dct: NaiveDate,
    /// The plain text of `<TEXT>`.
    pub text: String,
    /// The gold TIMEX3 of the text, in text order.
    pub gold: Vec<GoldTimex>,
}

/// Why a TimeML document could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TimemlError {
    /// A tag was not closed with `>`.
    #[error("line {line}: a tag is not closed")]
    UnclosedTag {
        /// The line of the `<`.
        line: usize,
    },
    /// A `</TIMEX3>` without its opening tag, or TIMEX3 nested.
    #[error("line {line}: unbalanced TIMEX3 tags")]
    Unbalanced {
        /// The line of the tag.
        line: usize,
    },
    /// A TIMEX3 without a needed attribute.
    #[error("line {line}: TIMEX3 has no {field} attribute")]
    MissingAttribute {
        /// The line of the tag.
        line: usize,
        /// The attribute.
        field: &'static str,
    },
    /// No TIMEX3 with `functionInDocument="CREATION_TIME"`, or its value is no date.
    #[error(
        "no document creation time (a TIMEX3 with functionInDocument=\"CREATION_TIME\" and a value starting YYYY-MM-DD)"
    )]
    NoCreationTime,
    /// No `<TEXT>` element.
    #[error("no <TEXT> element")]
    NoText,
}

/// The value of attribute `name` in the inside of a tag (`TIMEX3 tid="t1" value="..."`).
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = tag;
    while let Some(at) = rest.find(name) {
        let before_ok = at > 0 && rest.as_bytes()[at - 1].is_ascii_whitespace();
        let after = rest[at + name.len()..].trim_start();
        if before_ok && let Some(after) = after.strip_prefix('=') {
            let after = after.trim_start();
            let quote = after.chars().next()?;
            if quote == '"' || quote == '\'' {
                let body = &after[1..];
                return body.find(quote).map(|e| &body[..e]);
            }
        }
        rest = &rest[at + name.len()..];
    }
    None
}

/// Appends `raw` to `out` with the XML entities decoded.
fn push_decoded(out: &mut String, raw: &str) {
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let tail = &rest[amp..];
        let decoded = [
            ("&amp;", '&'),
            ("&lt;", '<'),
            ("&gt;", '>'),
            ("&quot;", '"'),
            ("&apos;", '\''),
        ]
        .iter()
        .find(|(e, _)| tail.starts_with(e));
        match decoded {
            Some((e, c)) => {
                out.push(*c);
                rest = &tail[e.len()..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
}

fn line_of(src: &str, byte: usize) -> usize {
    src.as_bytes()[..byte]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// Reads a TimeML document.
pub fn parse(src: &str) -> Result<Document, TimemlError> {
    let mut dct = None;
    let mut text = String::new();
    let mut gold = Vec::new();
    let mut in_text = false;
    let mut seen_text = false;
    let mut open: Option<(usize, String, String)> = None;
    let mut pos = 0;
    while pos < src.len() {
        let Some(lt) = src[pos..].find('<').map(|k| pos + k) else {
            if in_text {
                push_decoded(&mut text, &src[pos..]);
            }
            break;
        };
        if in_text {
            push_decoded(&mut text, &src[pos..lt]);
        }
        let gt = src[lt..]
            .find('>')
            .map(|k| lt + k)
            .ok_or(TimemlError::UnclosedTag {
                line: line_of(src, lt),
            })?;
        let tag = &src[lt + 1..gt];
        let name = tag
            .trim_start_matches('/')
            .split(|c: char| c.is_ascii_whitespace() || c == '/')
            .next()
            .unwrap_or("");
        let closing = tag.starts_with('/');
        match (name, closing) {
            ("TEXT", false) => {
                in_text = true;
                seen_text = true;
            }
            ("TEXT", true) => in_text = false,
            ("TIMEX3", false) => {
                let line = line_of(src, lt);
                if attribute(tag, "functionInDocument") == Some("CREATION_TIME") {
                    dct = attribute(tag, "value")
                        .and_then(|v| v.get(..10))
                        .and_then(|v| NaiveDate::parse_from_str(v, "%Y-%m-%d").ok());
                }
                if in_text {
                    if open.is_some() {
                        return Err(TimemlError::Unbalanced { line });
                    }
                    let kind = attribute(tag, "type").ok_or(TimemlError::MissingAttribute {
                        line,
                        field: "type",
                    })?;
                    let value = attribute(tag, "value").ok_or(TimemlError::MissingAttribute {
                        line,
                        field: "value",
                    })?;
                    open = Some((text.len(), kind.to_string(), value.to_string()));
                }
            }
            ("TIMEX3", true) if in_text => {
                let (start, kind, value) = open.take().ok_or(TimemlError::Unbalanced {
                    line: line_of(src, lt),
                })?;
                gold.push(GoldTimex {
                    start,
                    end: text.len(),
                    kind,
                    value,
                });
            }
            _ => {}
        }
        pos = gt + 1;
    }
    if !seen_text {
        return Err(TimemlError::NoText);
    }
    if open.is_some() {
        return Err(TimemlError::Unbalanced {
            line: line_of(src, src.len()),
        });
    }
    Ok(Document {
        dct: dct.ok_or(TimemlError::NoCreationTime)?,
        text,
        gold,
    })
}

/// An expression a tagger found, in the terms of the scorer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SystemTimex<'a> {
    /// First byte in the document's text.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The TIMEX3 type, upper case (`DATE`, `TIME`, `DURATION`, `SET`).
    pub kind: &'a str,
    /// The TIMEX3 value.
    pub value: &'a str,
}

/// Counts over one or more documents, from which the measures follow.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Gold expressions.
    pub gold: usize,
    /// System expressions.
    pub system: usize,
    /// Pairs with the same span.
    pub strict: usize,
    /// Pairs that overlap (matched one to one).
    pub relaxed: usize,
    /// Relaxed pairs with the same value.
    pub value: usize,
    /// Relaxed pairs with the same type.
    pub kind: usize,
}

/// Precision, recall and F1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Prf {
    /// Matches over system expressions.
    pub precision: f64,
    /// Matches over gold expressions.
    pub recall: f64,
    /// Their harmonic mean.
    pub f1: f64,
}

impl Prf {
    fn of(hits: usize, system: usize, gold: usize) -> Prf {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let (precision, recall) = (ratio(hits, system), ratio(hits, gold));
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Prf {
            precision,
            recall,
            f1,
        }
    }
}

impl fmt::Display for Prf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "P {:.3} R {:.3} F1 {:.3}",
            self.precision, self.recall, self.f1
        )
    }
}

impl Counts {
    /// Adds another document's counts.
    pub fn add(&mut self, o: Counts) {
        self.gold += o.gold;
        self.system += o.system;
        self.strict += o.strict;
        self.relaxed += o.relaxed;
        self.value += o.value;
        self.kind += o.kind;
    }

    /// Strict span match.
    pub fn strict(&self) -> Prf {
        Prf::of(self.strict, self.system, self.gold)
    }

    /// Relaxed span match.
    pub fn relaxed(&self) -> Prf {
        Prf::of(self.relaxed, self.system, self.gold)
    }

    /// Value over the relaxed matches (TempEval-3's attribute F1).
    pub fn value(&self) -> Prf {
        Prf::of(self.value, self.system, self.gold)
    }

    /// Type over the relaxed matches.
    pub fn kind(&self) -> Prf {
        Prf::of(self.kind, self.system, self.gold)
    }

    /// The share of relaxed matches with the right value.
    pub fn value_accuracy(&self) -> f64 {
        if self.relaxed == 0 {
            0.0
        } else {
            self.value as f64 / self.relaxed as f64
        }
    }
}

/// How one gold expression fared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// No system expression overlaps it.
    Missed,
    /// Matched (relaxed) by the system expression with this index; `strict` when the spans
    /// are equal.
    Matched {
        /// The index in the system list.
        system: usize,
        /// Whether the spans are equal.
        strict: bool,
    },
}

/// Scores one document: the counts, the outcome of each gold expression, and for each system
/// expression whether it matched a gold one. `system` must be in text order.
pub fn score(gold: &[GoldTimex], system: &[SystemTimex<'_>]) -> (Counts, Vec<Outcome>, Vec<bool>) {
    let mut used = vec![false; system.len()];
    let mut outcomes = Vec::with_capacity(gold.len());
    let mut c = Counts {
        gold: gold.len(),
        system: system.len(),
        ..Counts::default()
    };
    // Strict pairs first, so an exact match is never taken by a neighbour that only overlaps.
    let mut pair: Vec<Option<usize>> = gold
        .iter()
        .map(|g| {
            let k = system
                .iter()
                .enumerate()
                .position(|(k, s)| !used[k] && s.start == g.start && s.end == g.end)?;
            used[k] = true;
            Some(k)
        })
        .collect();
    for (gi, g) in gold.iter().enumerate() {
        if pair[gi].is_none() {
            pair[gi] = system
                .iter()
                .enumerate()
                .position(|(k, s)| !used[k] && s.start < g.end && g.start < s.end);
            if let Some(k) = pair[gi] {
                used[k] = true;
            }
        }
    }
    for (g, p) in gold.iter().zip(&pair) {
        match *p {
            None => outcomes.push(Outcome::Missed),
            Some(k) => {
                let s = &system[k];
                let strict = s.start == g.start && s.end == g.end;
                c.relaxed += 1;
                c.strict += usize::from(strict);
                c.value += usize::from(s.value == g.value);
                c.kind += usize::from(s.kind == g.kind);
                outcomes.push(Outcome::Matched { system: k, strict });
            }
        }
    }
    (c, outcomes, used)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="2000-01-10T09:00:00" temporalFunction="false" functionInDocument="CREATION_TIME">01/10/2000</TIMEX3></DCT>
<TEXT>
The council <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2000-01-07">Friday</TIMEX3> &amp; will meet again <TIMEX3 tid="t2" type="DATE" value="2000-01-14">Jan. 14</TIMEX3>.
It lasted <TIMEX3 tid="t3" type="DURATION" value="PT5H30M">5 1/2 hours</TIMEX3>.
</TEXT>
</TimeML>
"#;

    #[test]
    fn reads_text_gold_and_creation_time() {
        let d = parse(DOC).unwrap();
        assert_eq!(d.dct, NaiveDate::from_ymd_opt(2000, 1, 10).unwrap());
        assert_eq!(d.gold.len(), 3);
        let texts: Vec<&str> = d.gold.iter().map(|g| &d.text[g.start..g.end]).collect();
        assert_eq!(texts, ["Friday", "Jan. 14", "5 1/2 hours"]);
        assert!(d.text.contains("Friday & will meet"));
        assert_eq!(d.gold[2].kind, "DURATION");
        assert_eq!(d.gold[2].value, "PT5H30M");
    }

    #[test]
    fn bad_documents_say_where() {
        assert_eq!(
            parse("<TEXT>a <TIMEX3 tid"),
            Err(TimemlError::UnclosedTag { line: 1 })
        );
        assert_eq!(
            parse("<TEXT>\n<TIMEX3 type=\"DATE\">x</TIMEX3></TEXT>"),
            Err(TimemlError::MissingAttribute {
                line: 2,
                field: "value"
            })
        );
        assert_eq!(
            parse("<TEXT>x</TIMEX3></TEXT>"),
            Err(TimemlError::Unbalanced { line: 1 })
        );
        assert_eq!(parse("<TEXT>x</TEXT>"), Err(TimemlError::NoCreationTime));
        assert_eq!(parse("<DOC/>"), Err(TimemlError::NoText));
    }

    #[test]
    fn scores_as_tempeval3() {
        let d = parse(DOC).unwrap();
        let at = |s: &str| d.text.find(s).unwrap();
        let sys = [
            // Exact span, right value.
            SystemTimex {
                start: at("Friday"),
                end: at("Friday") + 6,
                kind: "DATE",
                value: "2000-01-07",
            },
            // Overlaps "Jan. 14" only, wrong value.
            SystemTimex {
                start: at("Jan."),
                end: at("Jan.") + 4,
                kind: "DATE",
                value: "2000-01",
            },
            // Not in the gold.
            SystemTimex {
                start: at("council"),
                end: at("council") + 7,
                kind: "DATE",
                value: "PRESENT_REF",
            },
        ];
        let (c, outcomes, used) = score(&d.gold, &sys);
        assert_eq!(
            c,
            Counts {
                gold: 3,
                system: 3,
                strict: 1,
                relaxed: 2,
                value: 1,
                kind: 2
            }
        );
        assert_eq!(outcomes[2], Outcome::Missed);
        assert_eq!(used, [true, true, false]);
        let v = c.value();
        assert!((v.precision - 1.0 / 3.0).abs() < 1e-9 && (v.recall - 1.0 / 3.0).abs() < 1e-9);
        // Value F1 is relaxed F1 times the value accuracy over the relaxed matches.
        assert!((c.value().f1 - c.relaxed().f1 * c.value_accuracy()).abs() < 1e-9);
        assert_eq!(format!("{}", c.strict()), "P 0.333 R 0.333 F1 0.333");
    }
}
