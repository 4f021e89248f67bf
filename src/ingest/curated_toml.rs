//! Curated TOML files: `[[event]]` tables (one story per file, comments welcome, git-friendly)
//! and `[[actor]]` tables that extend the registry. See `docs/curated-format.md`.

use std::collections::BTreeMap;

use toml::{Spanned, Value};

use super::{NameRef, Parsed, RawEvent, UserActor};
use crate::diag::{Diagnostic, Diagnostics};
use crate::model::actor_file::{line_of, parse_actor_file_with_lines};
use crate::model::{Codebook, DateSpan, Origin, Provenance};

type Table = BTreeMap<Spanned<String>, Spanned<Value>>;

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    event: Vec<Spanned<Table>>,
    #[serde(default, rename = "actor")]
    _actor: Vec<serde::de::IgnoredAny>,
}

/// The fields an `[[event]]` table may have.
pub const EVENT_FIELDS: &[&str] = &[
    "id", "date", "source", "target", "targets", "type", "summary", "location", "refs",
];

const REF_FIELDS: &[&str] = &["outlet", "title", "url", "published", "quote"];

/// Parses a curated TOML file into its actors and its events; every problem is reported.
pub fn parse(text: &str, file: &str) -> Parsed {
    let raw: RawFile = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            let line = e.span().map(|s| line_of(text, s.start));
            return Parsed {
                problems: Diagnostics(vec![Diagnostic::new(file, line, None, e.message().trim())]),
                ..Parsed::default()
            };
        }
    };
    let mut diags = Diagnostics::default();
    let mut unchecked_names = Vec::new();
    let actors: Vec<UserActor> = match parse_actor_file_with_lines(text, file) {
        Ok(a) => a
            .into_iter()
            .map(|(actor, line)| UserActor {
                actor,
                file: file.to_string(),
                line,
            })
            .collect(),
        Err(d) => {
            diags.0.extend(d.0);
            Vec::new()
        }
    };
    let mut events = Vec::with_capacity(raw.event.len());
    for table in raw.event {
        let line = line_of(text, table.span().start);
        let mut reader = Fields {
            text,
            file,
            line,
            table: table.into_inner(),
            diags: &mut diags,
            names: Vec::new(),
            date: None,
        };
        match reader.event() {
            Some(e) => events.push(e),
            None => {
                let date = reader.date;
                unchecked_names.extend(reader.names.drain(..).map(|n| (file.to_string(), n, date)));
            }
        }
    }
    Parsed {
        actors,
        events,
        unchecked_names,
        problems: diags,
        carried: Vec::new(),
    }
}

struct Fields<'a> {
    text: &'a str,
    file: &'a str,
    line: u64,
    table: Table,
    diags: &'a mut Diagnostics,
    /// The actor names of the event being read, for checking when it has other problems.
    names: Vec<NameRef>,
    /// Its date, if valid.
    date: Option<DateSpan>,
}

impl Fields<'_> {
    fn problem(&mut self, line: u64, field: &str, message: impl Into<String>) {
        self.diags
            .push(Diagnostic::new(self.file, Some(line), Some(field), message));
    }

    fn take(&mut self, field: &str) -> Option<(u64, Value)> {
        let key = self.table.keys().find(|k| k.get_ref() == field)?.clone();
        let value = self.table.remove(&key)?;
        Some((line_of(self.text, value.span().start), value.into_inner()))
    }

    /// A string field (a TOML date is accepted where a date is expected).
    fn string(&mut self, field: &str, required: bool) -> Option<(u64, String)> {
        match self.take(field) {
            None if required => {
                let line = self.line;
                self.problem(line, field, format!("missing field '{field}'"));
                None
            }
            None => None,
            Some((line, Value::String(s))) => {
                let s = s.trim().to_string();
                if s.is_empty() && required {
                    self.problem(line, field, "must not be empty");
                    return None;
                }
                Some((line, s))
            }
            Some((line, Value::Datetime(d))) if field == "date" => Some((line, d.to_string())),
            Some((line, other)) => {
                self.problem(
                    line,
                    field,
                    format!("expected a string, found {}", other.type_str()),
                );
                None
            }
        }
    }

    fn event(&mut self) -> Option<RawEvent> {
        let errors_before = self.diags.len();
        let id = self.string("id", true);
        if let Some((line, id)) = &id
            && id.chars().any(char::is_whitespace)
        {
            let line = *line;
            self.problem(line, "id", format!("'{id}' contains white space"));
        }
        let date = self.string("date", true).and_then(|(line, d)| {
            DateSpan::parse(&d)
                .map_err(|e| self.problem(line, "date", e.to_string()))
                .ok()
        });
        let source = self.string("source", true).map(|(line, name)| NameRef {
            name,
            line,
            field: "source",
        });
        let mut targets: Vec<NameRef> = self
            .string("target", false)
            .filter(|(_, n)| !n.is_empty())
            .map(|(line, name)| NameRef {
                name,
                line,
                field: "target",
            })
            .into_iter()
            .collect();
        if let Some((line, value)) = self.take("targets") {
            match value {
                Value::Array(items) if !targets.is_empty() => {
                    let _ = items;
                    self.problem(
                        line,
                        "targets",
                        "give either 'target' or 'targets', not both",
                    );
                }
                Value::Array(items) => {
                    for item in items {
                        match item {
                            Value::String(name) if !name.trim().is_empty() => {
                                targets.push(NameRef {
                                    name: name.trim().to_string(),
                                    line,
                                    field: "targets",
                                })
                            }
                            other => self.problem(
                                line,
                                "targets",
                                format!("expected actor names, found {}", other.type_str()),
                            ),
                        }
                    }
                }
                other => self.problem(
                    line,
                    "targets",
                    format!("expected a list of actor names, found {}", other.type_str()),
                ),
            }
        }
        let event_type = self.string("type", true).and_then(|(line, code)| {
            let codebook = Codebook::get();
            match codebook.lookup(&code) {
                Some(t) => Some(t),
                None => {
                    let hint = codebook
                        .suggest(&code)
                        .map(|s| format!("; did you mean '{s}'?"))
                        .unwrap_or_else(|| {
                            "; use a CAMEO code (see 'casus codebook') or a short name".to_string()
                        });
                    self.problem(line, "type", format!("unknown event type '{code}'{hint}"));
                    None
                }
            }
        });
        self.names.extend(source.iter().cloned());
        self.names.extend(targets.iter().cloned());
        self.date = date;
        let summary = self.string("summary", true);
        let location = self
            .string("location", false)
            .map(|(_, l)| l)
            .filter(|l| !l.is_empty());
        let refs = self.refs();
        // Whatever is left is not a field of an event.
        let unknown: Vec<(u64, String)> = self
            .table
            .keys()
            .map(|k| (line_of(self.text, k.span().start), k.get_ref().clone()))
            .collect();
        for (line, key) in unknown {
            let hint = EVENT_FIELDS
                .iter()
                .map(|f| (crate::diag::similarity(&key, f), *f))
                .filter(|(s, _)| *s > 0.8)
                .max_by(|a, b| a.0.total_cmp(&b.0))
                .map(|(_, f)| format!("; did you mean '{f}'?"))
                .unwrap_or_else(|| format!("; an event has {}", EVENT_FIELDS.join(", ")));
            self.problem(line, &key, format!("unknown field '{key}'{hint}"));
        }
        if self.diags.len() > errors_before {
            return None;
        }
        let mut provenance = refs;
        let here = Provenance {
            file: Some(self.file.into()),
            line: Some(self.line),
            ..Default::default()
        };
        if provenance.is_empty() {
            provenance.push(here);
        } else {
            for p in &mut provenance {
                p.file.clone_from(&here.file);
                p.line = here.line;
            }
        }
        Some(RawEvent {
            id: id?.1,
            date: date?,
            source,
            targets,
            event_type: event_type?,
            summary: summary?.1,
            location,
            origin: Origin::Curated,
            provenance,
            file: self.file.to_string(),
            line: self.line,
        })
    }

    fn refs(&mut self) -> Vec<Provenance> {
        let Some((line, value)) = self.take("refs") else {
            return Vec::new();
        };
        let items = match value {
            Value::Array(items) => items,
            Value::Table(t) => vec![Value::Table(t)],
            other => {
                self.problem(
                    line,
                    "refs",
                    format!("expected a list of tables, found {}", other.type_str()),
                );
                return Vec::new();
            }
        };
        let mut out = Vec::new();
        for item in items {
            let Value::Table(t) = item else {
                self.problem(
                    line,
                    "refs",
                    "each ref is a table: { outlet = \"…\", url = \"…\" }",
                );
                continue;
            };
            let mut p = Provenance::default();
            for (key, value) in t {
                let text = match &value {
                    Value::String(s) => s.trim().to_string(),
                    Value::Datetime(d) => d.to_string(),
                    other => {
                        self.problem(
                            line,
                            &format!("refs.{key}"),
                            format!("expected a string, found {}", other.type_str()),
                        );
                        continue;
                    }
                };
                match key.as_str() {
                    "outlet" => p.outlet = Some(text.into()),
                    "title" => p.title = Some(text.into()),
                    "url" => p.url = Some(text.into()),
                    "quote" => p.quote = Some(text.into()),
                    "published" => match chrono::NaiveDate::parse_from_str(&text, "%Y-%m-%d") {
                        Ok(d) => p.published = Some(d),
                        Err(_) => self.problem(
                            line,
                            "refs.published",
                            format!("'{text}' is not a YYYY-MM-DD date"),
                        ),
                    },
                    other => self.problem(
                        line,
                        &format!("refs.{other}"),
                        format!(
                            "unknown field '{other}'; a ref has {}",
                            REF_FIELDS.join(", ")
                        ),
                    ),
                }
            }
            out.push(p);
        }
        out
    }
}
