//! The one-cell text form of provenance records used in `timeline.csv` and accepted back from
//! it: one record per line, `key=value` fields separated by ` | `, with `\|` and `\\` escapes.
//!
//! ```text
//! outlet=The Moscow Times | published=2020-09-29 | title=Kremlin Urges Turkey | url=https://… | at=events/karabakh-2020.toml:12
//! ```

use chrono::NaiveDate;

use crate::model::Provenance;

/// Writes records, one per line (quotes are not part of this cell; see [`render_evidence`]).
pub fn render(records: &[Provenance]) -> String {
    let mut out = String::new();
    render_into(records, &mut out);
    out
}

/// Appends what [`render`] writes to `out`, so that a caller can reuse one buffer.
pub fn render_into(records: &[Provenance], out: &mut String) {
    for (i, p) in records.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        render_one(p, out);
    }
}

fn render_one(p: &Provenance, out: &mut String) {
    let mut first = true;
    let mut key = |out: &mut String, key: &str| {
        if !first {
            out.push_str(" | ");
        }
        first = false;
        out.push_str(key);
        out.push('=');
    };
    if let Some(v) = &p.outlet {
        key(out, "outlet");
        escape_into(v, out);
    }
    if let Some(v) = p.published {
        key(out, "published");
        crate::fmt::push_day(out, v);
    }
    if let Some(v) = &p.title {
        key(out, "title");
        escape_into(v, out);
    }
    if let Some(v) = &p.url {
        key(out, "url");
        escape_into(v, out);
    }
    match (&p.file, p.line) {
        (Some(f), Some(l)) => {
            key(out, "at");
            if plain(f) {
                // ":{l}" is plain too, and a plain name does not end in a space.
                out.push_str(f);
                out.push(':');
                crate::fmt::push_u64(out, l);
            } else {
                escape_into(&format!("{f}:{l}"), out);
            }
        }
        (Some(f), None) => {
            key(out, "at");
            escape_into(f, out);
        }
        _ => {}
    }
}

/// Writes the quotes of the records, one line per record (an empty line for a record without).
pub fn render_evidence(records: &[Provenance]) -> String {
    let mut out = String::new();
    render_evidence_into(records, &mut out);
    out
}

/// Appends what [`render_evidence`] writes to `out`, so that a caller can reuse one buffer.
pub fn render_evidence_into(records: &[Provenance], out: &mut String) {
    if records.iter().all(|p| p.quote.is_none()) {
        return;
    }
    for (i, p) in records.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if let Some(q) = &p.quote {
            out.push_str(&one_line(q));
        }
    }
}

/// Collapses runs of white space (newlines included) into single spaces.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `value` is printable ASCII on one line with single spaces, nothing to trim and
/// nothing to escape: then [`escape_into`] copies it as it is.
fn plain(value: &str) -> bool {
    !value.starts_with(' ')
        && !value.ends_with(' ')
        && !value.contains("  ")
        && value
            .bytes()
            .all(|b| (b' '..=b'~').contains(&b) && b != b'\\' && b != b'|')
}

/// Appends `value` on one line with `\` and `|` escaped. Text that is already on one line
/// with single spaces and nothing to escape (a URL, most names) is copied as it is.
fn escape_into(value: &str, out: &mut String) {
    if plain(value) {
        out.push_str(value);
    } else {
        out.push_str(&one_line(value).replace('\\', "\\\\").replace('|', "\\|"));
    }
}

/// Reads the records of a provenance cell and the matching evidence cell.
pub fn parse(cell: &str, evidence: &str) -> Result<Vec<Provenance>, String> {
    let mut records = Vec::new();
    for line in cell.lines().filter(|l| !l.trim().is_empty()) {
        records.push(parse_one(line)?);
    }
    let quotes: Vec<&str> = if evidence.is_empty() {
        Vec::new()
    } else {
        evidence.split('\n').collect()
    };
    if quotes.len() > records.len() {
        if records.is_empty() {
            records.push(Provenance::default());
        }
        if quotes.len() > records.len() {
            return Err(format!(
                "{} evidence lines for {} provenance records; put one line per record",
                quotes.len(),
                records.len()
            ));
        }
    }
    for (record, quote) in records.iter_mut().zip(quotes) {
        let q = quote.trim();
        record.quote = (!q.is_empty()).then(|| q.into());
    }
    Ok(records)
}

fn parse_one(line: &str) -> Result<Provenance, String> {
    let mut p = Provenance::default();
    for field in split_fields(line) {
        let (key, value) = field
            .split_once('=')
            .ok_or_else(|| format!("'{field}' is not key=value"))?;
        let value = value.trim().to_string();
        match key.trim() {
            "outlet" => p.outlet = Some(value.into()),
            "title" => p.title = Some(value.into()),
            "url" => p.url = Some(value.into()),
            "published" => {
                p.published = Some(
                    NaiveDate::parse_from_str(&value, "%Y-%m-%d")
                        .map_err(|_| format!("published '{value}' is not a YYYY-MM-DD date"))?,
                )
            }
            "at" => match value.rsplit_once(':') {
                Some((file, line))
                    if line.bytes().all(|b| b.is_ascii_digit()) && !line.is_empty() =>
                {
                    p.file = Some(file.into());
                    p.line = line.parse().ok();
                }
                _ => p.file = Some(value.into()),
            },
            other => {
                return Err(format!(
                    "unknown provenance field '{other}'; expected outlet, published, title, url or at"
                ));
            }
        }
    }
    Ok(p)
}

/// Splits on unescaped ` | ` and undoes the escapes.
fn split_fields(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut cur = String::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some(n) => cur.push(n),
                None => cur.push('\\'),
            },
            '|' => fields.push(std::mem::take(&mut cur)),
            other => cur.push(other),
        }
    }
    fields.push(cur);
    fields
        .into_iter()
        .map(|f| f.trim().to_string())
        .filter(|f| !f.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_records_with_awkward_text() {
        let records = vec![
            Provenance {
                outlet: Some("A | B \\ C".into()),
                published: NaiveDate::from_ymd_opt(2020, 9, 29),
                title: Some("x=y".into()),
                url: Some("https://e.org/a?b=c|d".into()),
                file: Some("C:\\data\\x.toml".into()),
                line: Some(12),
                quote: Some("he said \"no\"".into()),
            },
            Provenance {
                file: Some("events/a.csv".into()),
                line: Some(3),
                ..Default::default()
            },
        ];
        let cell = render(&records);
        let ev = render_evidence(&records);
        assert_eq!(parse(&cell, &ev).unwrap(), records);
    }

    #[test]
    fn rejects_unknown_fields() {
        assert!(parse("source=x", "").is_err());
        assert!(parse("published=2020-13-01", "").is_err());
    }
}
