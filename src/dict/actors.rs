//! PETRARCH actor dictionaries (`.actors` text, as in `Phoenix.Countries.actors.txt`): entries of a
//! primary phrase, `+` synonyms and codes with optional date bounds (`[AFGGOV 331108-730717]`,
//! `[USAGOV >050501]`, `[IGOUNO <061231]`); see `docs/dictionaries.md`.

use std::path::Path;

use chrono::NaiveDate;

use super::{lines, phrase_key, read_file, strict};
use crate::diag::{Diagnostic, Diagnostics};

/// One code of an actor entry, with the days it applies on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DatedCode {
    /// The CAMEO actor code (`AFGGOV`, `IGOUNO`); `None` for the null code `[---]`.
    pub code: Option<String>,
    /// The first day the code applies (`>date` and `date-date`); `None` when unbounded.
    pub from: Option<NaiveDate>,
    /// The last day the code applies (`<date` and `date-date`), inclusive.
    pub to: Option<NaiveDate>,
    /// The line the code is written on.
    pub line: u64,
}

impl DatedCode {
    /// Whether the code has a date bound.
    pub fn is_dated(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }
}

/// One entry of an actor dictionary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActorEntry {
    /// The primary phrase and then the synonyms, in [`super::phrase_key`] form (`hamid karzai`).
    pub names: Vec<String>,
    /// The codes in the order written: the primary line's, then the indented lines'.
    pub codes: Vec<DatedCode>,
    /// The line of the primary phrase.
    pub line: u64,
}

/// The entries of one actor dictionary, in file order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ActorDictionary {
    /// The entries.
    pub entries: Vec<ActorEntry>,
}

impl ActorDictionary {
    /// Reads an actor dictionary file; any problem is an error naming the file, line and field.
    pub fn read(path: &Path) -> Result<ActorDictionary, Diagnostics> {
        let text = read_file(path)?;
        Self::parse(&text, &path.display().to_string())
    }

    /// Parses an actor dictionary; any problem is an error.
    pub fn parse(text: &str, file: &str) -> Result<ActorDictionary, Diagnostics> {
        let (dict, problems) = Self::parse_lenient(text, file);
        strict(dict, problems)
    }

    /// Parses an actor dictionary, keeping every entry that is well formed and returning the
    /// problems beside it: a line with a problem is skipped (an entry whose primary line is bad
    /// is skipped with its synonyms and codes).
    pub fn parse_lenient(text: &str, file: &str) -> (ActorDictionary, Diagnostics) {
        let mut problems = Diagnostics::default();
        let mut entries: Vec<ActorEntry> = Vec::new();
        // Whether the entry being read is `entries.last()`, or was skipped for a problem.
        let mut current: Option<bool> = None;
        for line in lines(text) {
            let problem = |field: Option<&str>, msg: String| {
                Diagnostic::new(file, Some(line.number), field, msg)
            };
            if line.text.contains("---STOP---") {
                break;
            }
            let indented = line.text.starts_with(['\t', ' ']);
            let body = line.text.trim();
            if indented {
                if !body.starts_with('[') {
                    problems.push(problem(
                        None,
                        format!(
                            "an indented line holds date-bounded codes such as [ABCGOV \
                             990101-051231], not '{body}'"
                        ),
                    ));
                    continue;
                }
                match (current, codes(body, line.number)) {
                    (None, _) => problems.push(problem(
                        Some("code"),
                        "codes before any actor phrase".to_string(),
                    )),
                    (_, Err((field, msg))) => problems.push(problem(Some(field), msg)),
                    (Some(false), Ok(_)) => {}
                    (Some(true), Ok(c)) => entries.last_mut().expect("current").codes.extend(c),
                }
                continue;
            }
            if let Some(synonym) = body.strip_prefix('+') {
                // A synonym is checked even when its entry was skipped, so that every problem
                // of a file is reported.
                let (name, code_text) = split_codes(synonym);
                let key = phrase_key(name);
                let parsed = match code_text {
                    Some(c) => codes(c, line.number),
                    None => Ok(Vec::new()),
                };
                match (current, parsed) {
                    (None, _) => problems.push(problem(
                        Some("synonym"),
                        "a '+' synonym before any actor phrase".to_string(),
                    )),
                    _ if key.is_empty() => {
                        problems.push(problem(Some("synonym"), "an empty synonym".to_string()))
                    }
                    (_, Err((field, msg))) => problems.push(problem(Some(field), msg)),
                    (Some(false), Ok(_)) => {}
                    (Some(true), Ok(c)) => {
                        let entry = entries.last_mut().expect("current");
                        entry.names.push(key);
                        entry.codes.extend(c);
                    }
                }
                continue;
            }
            let (name, code_text) = split_codes(body);
            let key = phrase_key(name);
            if key.is_empty() {
                problems.push(problem(
                    Some("phrase"),
                    format!("an actor entry needs a phrase before its code: '{body}'"),
                ));
                current = Some(false);
                continue;
            }
            let parsed = match code_text {
                Some(c) => codes(c, line.number),
                None => Ok(Vec::new()),
            };
            match parsed {
                Ok(c) => {
                    entries.push(ActorEntry {
                        names: vec![key],
                        codes: c,
                        line: line.number,
                    });
                    current = Some(true);
                }
                Err((field, msg)) => {
                    problems.push(problem(Some(field), msg));
                    current = Some(false);
                }
            }
        }
        (ActorDictionary { entries }, problems)
    }
}

/// Splits a phrase from the codes that follow it (`HAMAS [PSEREB]`): the phrase, and the text
/// from the first `[` or stray `]` on, if any.
fn split_codes(text: &str) -> (&str, Option<&str>) {
    match text.find(['[', ']']) {
        Some(i) => (&text[..i], Some(&text[i..])),
        None => (text, None),
    }
}

/// The codes of a run of `[...]` groups (`[USAGOV 010120-050120] [IGOUNOKID >050501]`).
fn codes(text: &str, line: u64) -> Result<Vec<DatedCode>, (&'static str, String)> {
    let mut out = Vec::new();
    let mut rest = text.trim();
    while !rest.is_empty() {
        let Some(inner) = rest.strip_prefix('[') else {
            return Err((
                "code",
                format!("expected a code in brackets such as [RUSGOV], found '{rest}'"),
            ));
        };
        let Some(end) = inner.find(']') else {
            return Err(("code", format!("'[{inner}' has no closing ']'")));
        };
        out.push(code(&inner[..end], line)?);
        rest = inner[end + 1..].trim_start();
    }
    Ok(out)
}

/// One code group's content: `CODE`, `CODE >date`, `CODE <date`, `CODE date-date` or `---`.
fn code(text: &str, line: u64) -> Result<DatedCode, (&'static str, String)> {
    let mut parts = text.split_whitespace();
    let Some(name) = parts.next() else {
        return Err(("code", "an empty code '[]'".to_string()));
    };
    let mut restriction: Vec<&str> = parts.collect();
    // `[CODE > 140608]`: a space after the sign is read as if it were not there.
    let joined;
    if let [sign @ ("<" | ">"), day] = restriction.as_slice() {
        joined = format!("{sign}{day}");
        restriction = vec![joined.as_str()];
    }
    let code = if name == "---" {
        None
    } else if name.bytes().all(|b| b.is_ascii_alphanumeric()) {
        Some(name.to_ascii_uppercase())
    } else {
        return Err((
            "code",
            format!("'{name}' is not a code: use letters and digits (RUSGOV) or --- for none"),
        ));
    };
    let (from, to) = match restriction.as_slice() {
        [] => (None, None),
        [r] => restriction_days(r)?,
        _ => {
            return Err((
                "date",
                format!(
                    "'{}': a code takes one restriction, <date, >date or date-date",
                    restriction.join(" ")
                ),
            ));
        }
    };
    Ok(DatedCode {
        code,
        from,
        to,
        line,
    })
}

type Bounds = (Option<NaiveDate>, Option<NaiveDate>);

fn restriction_days(r: &str) -> Result<Bounds, (&'static str, String)> {
    if let Some(d) = r.strip_prefix('<') {
        Ok((None, Some(date(d)?)))
    } else if let Some(d) = r.strip_prefix('>') {
        Ok((Some(date(d)?), None))
    } else if let Some((a, b)) = r.split_once('-') {
        let (from, to) = (date(a)?, date(b)?);
        if to < from {
            return Err((
                "date",
                format!("'{r}': the restriction ends before it begins"),
            ));
        }
        Ok((Some(from), Some(to)))
    } else {
        Err((
            "date",
            format!("'{r}' is not a restriction: use <date, >date or date-date"),
        ))
    }
}

/// A PETRARCH date: `YYYYMMDD`, or `YYMMDD` with years 00 to 30 read as 2000-2030 and the
/// others as 1931-1999 (PETRARCH's rule).
pub fn date(text: &str) -> Result<NaiveDate, (&'static str, String)> {
    let bad = |why: &str| ("date", format!("'{text}' is not a date: {why}"));
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad("use YYMMDD or YYYYMMDD digits"));
    }
    let num = |s: &str| s.parse::<u32>().unwrap_or(0);
    let (year, month, day) = match text.len() {
        6 => {
            let yy = num(&text[..2]) as i32;
            let year = if yy <= 30 { 2000 + yy } else { 1900 + yy };
            (year, num(&text[2..4]), num(&text[4..6]))
        }
        8 => (num(&text[..4]) as i32, num(&text[4..6]), num(&text[6..8])),
        n => return Err(bad(&format!("{n} digits, not 6 (YYMMDD) or 8 (YYYYMMDD)"))),
    };
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| bad("no such day"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn reads_entries_synonyms_and_dated_codes() {
        let text = "# c\nLAND_  [LND]\n+LANDISH_\n\nJO_SMITH_  # note\n+SMITH_\n\t[LNDGOV \
                    990101-20050630]\n\t[LNDELI >050701]\n\t[---]\nANN_B\t[LNDGOV <291231] \
                    [IGOUNO 300101-301231]\n";
        let dict = ActorDictionary::parse(text, "t.actors").unwrap();
        assert_eq!(dict.entries.len(), 3);
        let land = &dict.entries[0];
        assert_eq!(land.names, vec!["land", "landish"]);
        assert_eq!(land.codes[0].code.as_deref(), Some("LND"));
        assert!(!land.codes[0].is_dated());
        let jo = &dict.entries[1];
        assert_eq!(jo.line, 5);
        assert_eq!(jo.names, vec!["jo smith", "smith"]);
        assert_eq!(jo.codes[0].from, d(1999, 1, 1));
        assert_eq!(jo.codes[0].to, d(2005, 6, 30));
        assert_eq!(jo.codes[1].from, d(2005, 7, 1));
        assert_eq!(jo.codes[1].to, None);
        assert_eq!(jo.codes[2].code, None);
        let ann = &dict.entries[2];
        assert_eq!(ann.codes[0].to, d(2029, 12, 31));
        assert_eq!(ann.codes[1].from, d(2030, 1, 1));
    }

    #[test]
    fn problems_name_the_line_and_field() {
        let text = "A [AGOV 2004017-20061201]\nB [BGOV\nC\n\t[CGOV 990231-]\n+\nD [B-C]\nE\n\tX\n";
        let e = ActorDictionary::parse(text, "bad.actors").unwrap_err();
        let msgs: Vec<String> = e.0.iter().map(ToString::to_string).collect();
        assert_eq!(msgs.len(), 6, "{msgs:#?}");
        assert!(msgs[0].starts_with("bad.actors:1: field 'date': '2004017' is not a date"));
        assert!(msgs[1].starts_with("bad.actors:2: field 'code': '[BGOV' has no closing ']'"));
        assert!(msgs[2].starts_with("bad.actors:4: field 'date'"));
        assert!(msgs[3].starts_with("bad.actors:5: field 'synonym': an empty synonym"));
        assert!(msgs[4].starts_with("bad.actors:6: field 'code': 'B-C' is not a code"));
        assert!(msgs[5].starts_with("bad.actors:8: an indented line"));
        let (dict, problems) = ActorDictionary::parse_lenient(text, "bad.actors");
        assert_eq!(problems.len(), 6);
        let names: Vec<&str> = dict.entries.iter().map(|e| e.names[0].as_str()).collect();
        assert_eq!(names, vec!["c", "e"]);
    }

    #[test]
    fn dates_follow_petrarchs_century_rule() {
        assert_eq!(date("300101").unwrap(), d(2030, 1, 1).unwrap());
        assert_eq!(date("310101").unwrap(), d(1931, 1, 1).unwrap());
        assert_eq!(date("19270101").unwrap(), d(1927, 1, 1).unwrap());
        assert!(date("19990229").is_err());
        assert!(date("9901").is_err());
    }
}
