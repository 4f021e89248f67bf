//! JSON Lines input (`.jsonl`, `.ndjson`): the `events.jsonl` that `casus build` writes, one
//! event per line, read back to the same events. Actors are given by id (any name the registry
//! knows works too, as in curated files); the derived fields (`start`, `end`, `precision`,
//! `event`, `goldstein`, `quad_class`) are accepted and ignored. Every problem is reported with
//! the file, the line and the field.

use chrono::NaiveDate;
use serde_json::{Map, Value};

use super::{NameRef, Parsed, RawEvent};
use crate::diag::{Diagnostic, Diagnostics};
use crate::formats::{ACTOR_KEYS, KEYS, SOURCE_KEYS};
use crate::model::{Codebook, DateSpan, Origin, Provenance};

/// Parses a JSON Lines file's bytes. Blank lines are skipped; a UTF-8 byte order mark at the
/// start is allowed.
pub fn parse(bytes: &[u8], file: &str) -> Parsed {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let mut parsed = Parsed::default();
    for (i, raw) in bytes.split(|&b| b == b'\n').enumerate() {
        let line = i as u64 + 1;
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        let text = match std::str::from_utf8(raw) {
            Ok(t) => t,
            Err(e) => {
                parsed.problems.push(Diagnostic::new(
                    file,
                    Some(line),
                    None,
                    format!(
                        "invalid UTF-8 at byte {} of the line; save the file as UTF-8",
                        e.valid_up_to()
                    ),
                ));
                continue;
            }
        };
        if text.trim().is_empty() {
            continue;
        }
        let mut record = Record {
            file,
            line,
            problems: &mut parsed.problems,
            before: 0,
        };
        record.before = record.problems.len();
        if let Some(event) = record.event(text, &mut parsed.unchecked_names, &mut parsed.carried) {
            parsed.events.push(event);
        }
    }
    parsed
}

/// One line being read, with where its problems go.
struct Record<'a> {
    file: &'a str,
    line: u64,
    problems: &'a mut Diagnostics,
    before: usize,
}

type Unchecked = Vec<(String, NameRef, Option<DateSpan>)>;

impl Record<'_> {
    fn problem(&mut self, field: Option<&str>, message: String) {
        self.problems
            .push(Diagnostic::new(self.file, Some(self.line), field, message));
    }

    fn event(
        &mut self,
        text: &str,
        unchecked: &mut Unchecked,
        carried: &mut Vec<super::Carried>,
    ) -> Option<RawEvent> {
        let map = match serde_json::from_str::<Value>(text) {
            Ok(Value::Object(map)) => map,
            Ok(other) => {
                self.problem(
                    None,
                    format!(
                        "expected a JSON object ({{\"id\": …, \"date\": …}}), found {}",
                        kind(&other)
                    ),
                );
                return None;
            }
            Err(e) => {
                self.problem(None, format!("not valid JSON: {e}"));
                return None;
            }
        };
        for key in map.keys() {
            if !KEYS.contains(&key.as_str()) {
                let hint = suggest(key, &KEYS);
                self.problem(Some(key), format!("unknown field '{key}'{hint}"));
            }
        }
        let id = self.required(&map, "id");
        if let Some(id) = &id
            && id.chars().any(char::is_whitespace)
        {
            self.problem(Some("id"), format!("'{id}' contains white space"));
        }
        let date = self.required(&map, "date").and_then(|d| {
            DateSpan::parse(&d)
                .map_err(|e| self.problem(Some("date"), e.to_string()))
                .ok()
        });
        let at_line = self.line;
        let name = move |field: &'static str, name: Option<String>| {
            name.map(|name| NameRef {
                name,
                line: at_line,
                field,
            })
        };
        // As in curated CSV: only a dataset event may have no source.
        let dataset_row = matches!(map.get("origin"), Some(Value::String(o))
            if Origin::from_name(o).is_some_and(|o| !matches!(o, Origin::Curated | Origin::Article)));
        let source = if dataset_row {
            self.text(&map, "source")
                .flatten()
                .filter(|s| !s.trim().is_empty())
        } else {
            self.required(&map, "source")
        };
        let source = name("source", source);
        let target = self.text(&map, "target").flatten();
        let targets: Vec<NameRef> = name("target", target).into_iter().collect();
        let event_type = self.required(&map, "event_code").and_then(|code| {
            let found = Codebook::get().code(&code);
            if found.is_none() {
                self.problem(
                    Some("event_code"),
                    format!("unknown CAMEO code '{code}'; see 'casus codebook'"),
                );
            }
            found
        });
        let summary = self.text(&map, "summary").flatten().unwrap_or_default();
        let location = self.text(&map, "location").flatten();
        let origin = match self.text(&map, "origin").flatten() {
            None => Some(Origin::Curated),
            Some(o) => Origin::from_name(&o).or_else(|| {
                self.problem(
                    Some("origin"),
                    format!(
                        "unknown origin '{o}'; expected curated, article, gdelt, icews, acled \
                         or ucdp"
                    ),
                );
                None
            }),
        };
        let provenance = self.provenance(map.get("provenance"));
        self.actors(map.get("actors"), carried);
        if origin == Some(Origin::Curated) && summary.is_empty() {
            self.problem(Some("summary"), "missing value for 'summary'".into());
        }
        if self.problems.len() > self.before {
            let names = source.iter().chain(&targets).cloned();
            unchecked.extend(names.map(|n| (self.file.to_string(), n, date)));
            return None;
        }
        Some(RawEvent {
            id: id?,
            date: date?,
            source,
            targets,
            event_type: event_type?,
            summary,
            location,
            origin: origin?,
            provenance: provenance?,
            file: self.file.to_string(),
            line: self.line,
        })
    }

    /// The actors a line carries (`actors`: records of `id`, `name`, `code`, `kind`, `country`,
    /// `parent`), added to `carried`; a malformed record is a problem.
    fn actors(&mut self, value: Option<&Value>, carried: &mut Vec<super::Carried>) {
        let items = match value {
            None | Some(Value::Null) => return,
            Some(Value::Array(items)) => items,
            Some(other) => {
                self.problem(
                    Some("actors"),
                    format!("expected a list of actor records, found {}", kind(other)),
                );
                return;
            }
        };
        for (i, item) in items.iter().enumerate() {
            let at = |key: &str| format!("actors[{i}].{key}");
            let Value::Object(map) = item else {
                self.problem(
                    Some(&format!("actors[{i}]")),
                    format!(
                        "expected an actor record {{\"id\": …}}, found {}",
                        kind(item)
                    ),
                );
                continue;
            };
            let before = self.problems.len();
            for key in map.keys() {
                if !ACTOR_KEYS.contains(&key.as_str()) {
                    let hint = suggest(key, &ACTOR_KEYS);
                    self.problem(Some(&at(key)), format!("unknown field '{key}'{hint}"));
                }
            }
            let get = |key: &str, this: &mut Self| this.text_at(map, key, &at(key)).flatten();
            let id = get("id", self).filter(|s| !s.trim().is_empty());
            let name = get("name", self).filter(|s| !s.trim().is_empty());
            let code = get("code", self).unwrap_or_default();
            let kind_name = get("kind", self).unwrap_or_else(|| "other".into());
            let country = get("country", self);
            let parent = get("parent", self);
            let actor_kind = crate::model::actor_file::parse_kind(&kind_name);
            if actor_kind.is_none() {
                self.problem(
                    Some(&at("kind")),
                    format!(
                        "unknown actor kind '{kind_name}'; expected state, government, \
                         military, organisation, armed_group, person or other"
                    ),
                );
            }
            let (Some(id), Some(name), Some(actor_kind)) = (id, name, actor_kind) else {
                if self.problems.len() == before {
                    self.problem(
                        Some(&format!("actors[{i}]")),
                        "an actor record needs an 'id' and a 'name'".into(),
                    );
                }
                continue;
            };
            if self.problems.len() > before {
                continue;
            }
            let mut actor = crate::model::Actor::new(&id, &name, actor_kind);
            actor.code = code;
            actor.country = country;
            actor.parent = parent;
            carried.push(super::Carried {
                actor,
                by_name: false,
            });
        }
    }

    /// A string field: `Some(None)` when absent or `null`, `None` (and a problem) when it is
    /// not a string.
    fn text(&mut self, map: &Map<String, Value>, field: &str) -> Option<Option<String>> {
        self.text_at(map, field, field)
    }

    /// A string field of a nested record, its problem reported at `path`
    /// (`provenance[0].url`).
    fn text_at(
        &mut self,
        map: &Map<String, Value>,
        field: &str,
        path: &str,
    ) -> Option<Option<String>> {
        match map.get(field) {
            None | Some(Value::Null) => Some(None),
            Some(Value::String(s)) => Some(Some(s.clone())),
            Some(other) => {
                self.problem(
                    Some(path),
                    format!("expected a string, found {}", kind(other)),
                );
                None
            }
        }
    }

    /// A string field that must be there and not empty.
    fn required(&mut self, map: &Map<String, Value>, field: &str) -> Option<String> {
        match self.text(map, field)? {
            Some(s) if !s.trim().is_empty() => Some(s),
            _ => {
                self.problem(Some(field), format!("missing value for '{field}'"));
                None
            }
        }
    }

    /// The provenance list; when absent or empty, one record naming this file and line (as a
    /// curated file's event without sources gets).
    fn provenance(&mut self, value: Option<&Value>) -> Option<Vec<Provenance>> {
        let items = match value {
            None | Some(Value::Null) => &[][..],
            Some(Value::Array(items)) => items.as_slice(),
            Some(other) => {
                self.problem(
                    Some("provenance"),
                    format!("expected a list of records, found {}", kind(other)),
                );
                return None;
            }
        };
        if items.is_empty() {
            return Some(vec![Provenance {
                file: Some(self.file.into()),
                line: Some(self.line),
                ..Provenance::default()
            }]);
        }
        let mut records = Vec::with_capacity(items.len());
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            match self.source(i, item) {
                Some(p) => records.push(p),
                None => ok = false,
            }
        }
        ok.then_some(records)
    }

    fn source(&mut self, i: usize, item: &Value) -> Option<Provenance> {
        let at = |key: &str| format!("provenance[{i}].{key}");
        let Value::Object(map) = item else {
            self.problem(
                Some(&format!("provenance[{i}]")),
                format!("expected a record {{\"outlet\": …}}, found {}", kind(item)),
            );
            return None;
        };
        let before = self.problems.len();
        for key in map.keys() {
            if !SOURCE_KEYS.contains(&key.as_str()) {
                let hint = suggest(key, &SOURCE_KEYS);
                self.problem(Some(&at(key)), format!("unknown field '{key}'{hint}"));
            }
        }
        let text = |key: &str, this: &mut Self| this.text_at(map, key, &at(key)).flatten();
        let published = text("published", self).and_then(|p| {
            NaiveDate::parse_from_str(&p, "%Y-%m-%d")
                .map_err(|_| {
                    self.problem(
                        Some(&at("published")),
                        format!("'{p}' is not a YYYY-MM-DD date"),
                    )
                })
                .ok()
        });
        let line = match map.get("line") {
            None | Some(Value::Null) => None,
            Some(v) => match v.as_u64() {
                Some(n) => Some(n),
                None => {
                    self.problem(
                        Some(&at("line")),
                        format!("expected a line number, found {}", kind(v)),
                    );
                    None
                }
            },
        };
        let p = Provenance {
            outlet: text("outlet", self).map(Into::into),
            title: text("title", self).map(Into::into),
            published,
            url: text("url", self).map(Into::into),
            file: text("file", self).map(Into::into),
            line,
            quote: text("quote", self).map(Into::into),
        };
        (self.problems.len() == before).then_some(p)
    }
}

/// What sort of JSON value this is, for messages.
fn kind(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("the boolean {b}"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) => format!("the string {s:?}"),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
    }
}

/// "; did you mean 'x'?" for a close known key, else the list of known keys.
fn suggest(key: &str, known: &[&str]) -> String {
    known
        .iter()
        .map(|k| (crate::diag::similarity(key, k), *k))
        .filter(|(s, _)| *s > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| format!("; did you mean '{k}'?"))
        .unwrap_or_else(|| format!("; known fields: {}", known.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(text: &str) -> Vec<String> {
        parse(text.as_bytes(), "x.jsonl")
            .problems
            .0
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    const GOOD: &str = r#"{"id":"a","date":"2020-09-29","source":"russia","target":"turkey","event_code":"020","summary":"s","location":null,"origin":"curated","provenance":[{"outlet":"O","title":null,"published":"2020-09-29","url":"https://e.org","file":"events/a.toml","line":12,"quote":"q"}]}"#;

    #[test]
    fn reads_a_line_with_every_field() {
        let parsed = parse(format!("{GOOD}\n\n").as_bytes(), "x.jsonl");
        assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        let e = &parsed.events[0];
        assert_eq!((e.id.as_str(), e.line), ("a", 1));
        assert_eq!(e.source.as_ref().unwrap().name, "russia");
        assert_eq!(e.targets[0].name, "turkey");
        assert_eq!(e.event_type.code, "020");
        let p = &e.provenance[0];
        assert_eq!(p.file.as_deref(), Some("events/a.toml"));
        assert_eq!(p.line, Some(12));
        assert_eq!(p.quote.as_deref(), Some("q"));
        assert_eq!(p.title, None);
    }

    #[test]
    fn derived_fields_are_ignored_and_missing_sources_point_at_the_line() {
        let line = r#"{"id":"b","date":"2020","source":"russia","event_code":"010","summary":"s","goldstein":99,"event":"anything","quad_class":"x","start":null}"#;
        let parsed = parse(format!("\n{line}").as_bytes(), "y.jsonl");
        assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        let e = &parsed.events[0];
        assert_eq!(e.event_type.goldstein, 0.0);
        assert_eq!(e.provenance[0].file.as_deref(), Some("y.jsonl"));
        assert_eq!(e.provenance[0].line, Some(2));
    }

    #[test]
    fn every_problem_names_the_line_and_field() {
        let text = "[1]\n{\"id\":\"a b\",\"date\":\"2020-13\",\"event_code\":\"999\",\"summry\":\"x\"}\n\
                    not json\n{\"id\":\"c\",\"date\":\"2020\",\"source\":7,\"event_code\":\"010\",\
                    \"summary\":\"s\",\"origin\":\"rumour\",\"provenance\":[{\"line\":\"3\",\"published\":\"2020\"}]}\n";
        let p = problems(text);
        let expect = [
            "x.jsonl:1: expected a JSON object",
            "x.jsonl:2: field 'id': 'a b' contains white space",
            "x.jsonl:2: field 'date':",
            "x.jsonl:2: field 'event_code': unknown CAMEO code '999'",
            "x.jsonl:2: field 'summry': unknown field 'summry'; did you mean 'summary'?",
            "x.jsonl:3: not valid JSON",
            "x.jsonl:4: field 'source': expected a string, found the number 7",
            "x.jsonl:4: field 'origin': unknown origin 'rumour'",
            "x.jsonl:4: field 'provenance[0].line': expected a line number",
            "x.jsonl:4: field 'provenance[0].published': '2020' is not a YYYY-MM-DD date",
        ];
        for e in expect {
            assert!(p.iter().any(|m| m.starts_with(e)), "{e}\nin {p:#?}");
        }
    }

    #[test]
    fn invalid_utf8_names_the_line() {
        let parsed = parse(b"\n\xff\n", "z.jsonl");
        assert!(
            parsed.problems.0[0]
                .to_string()
                .starts_with("z.jsonl:2: invalid UTF-8")
        );
    }
}
