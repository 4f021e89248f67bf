//! News articles as input: a UTF-8 text file (`.txt`, `.md`) with optional TOML front matter
//! between `+++` lines (`title`, `outlet`, `url`, `published`, `language`), or the same fields
//! in a JSON sidecar `NAME.meta.json` beside `NAME.txt`. Invalid UTF-8 is decoded lossily with
//! a warning naming the file and byte offset.

use std::path::Path;

use chrono::NaiveDate;

use crate::diag::Diagnostic;

pub use crate::model::Article;

/// Metadata given on the command line, which overrides the front matter.
#[derive(Clone, Debug, Default)]
pub struct ArticleOverrides {
    /// `--published`.
    pub published: Option<NaiveDate>,
    /// `--outlet`.
    pub outlet: Option<String>,
    /// `--url`.
    pub url: Option<String>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: Option<String>,
    outlet: Option<String>,
    url: Option<String>,
    published: Option<toml::Value>,
    language: Option<String>,
}

/// The sidecar of an article: `NAME.meta.json` beside `NAME.txt` (or `NAME.md`).
pub fn sidecar(path: &Path) -> std::path::PathBuf {
    path.with_extension("meta.json")
}

/// The metadata of a sidecar file (other keys, such as notes on where a field came from, are
/// allowed and ignored).
#[derive(serde::Deserialize)]
struct Sidecar {
    title: Option<String>,
    outlet: Option<String>,
    url: Option<String>,
    published: Option<String>,
    language: Option<String>,
}

/// Reads the sidecar of an article, if there is one, as overrides under the front matter's.
fn read_sidecar(path: &Path) -> Result<Option<(Sidecar, String)>, Diagnostic> {
    let side = sidecar(path);
    if !side.is_file() {
        return Ok(None);
    }
    let shown = side.display().to_string();
    let text = crate::ingest::read_text(&side)?;
    let meta: Sidecar = serde_json::from_str(&text).map_err(|e| {
        Diagnostic::new(
            &shown,
            Some(e.line() as u64),
            None,
            format!("not a metadata object: {e}"),
        )
    })?;
    Ok(Some((meta, shown)))
}

/// Reads an article file: bytes decoded as UTF-8 (lossily, with a warning in `warnings`), the
/// `NAME.meta.json` sidecar if there is one, then the front matter, then the overrides, each
/// over the one before. A malformed front matter or sidecar is an error naming the line.
pub fn read_article(
    path: &Path,
    overrides: &ArticleOverrides,
    warnings: &mut Vec<Diagnostic>,
) -> Result<Article, Diagnostic> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path)
        .map_err(|e| Diagnostic::new(shown.clone(), None, None, format!("cannot read: {e}")))?;
    let text = decode(&bytes, &shown, warnings);
    let mut article = parse_article(&text, &shown, overrides)?;
    if let Some((meta, side)) = read_sidecar(path)? {
        let published = match &meta.published {
            Some(p) => Some(
                NaiveDate::parse_from_str(p.get(..10).unwrap_or(p), "%Y-%m-%d").map_err(|_| {
                    Diagnostic::new(
                        &side,
                        None,
                        Some("published"),
                        format!("'{}' is not a YYYY-MM-DD date", crate::diag::shorten(p, 80)),
                    )
                })?,
            ),
            None => None,
        };
        // The front matter and the command line win over the sidecar.
        let fill = |slot: &mut Option<String>, value: Option<String>| {
            if slot.is_none() {
                *slot = value;
            }
        };
        fill(&mut article.title, meta.title);
        fill(&mut article.outlet, meta.outlet);
        fill(&mut article.url, meta.url);
        fill(&mut article.language, meta.language);
        if article.published.is_none() {
            article.published = published;
        }
    }
    Ok(article)
}

/// Decodes bytes as UTF-8, replacing invalid sequences with U+FFFD and warning about the first.
pub fn decode(bytes: &[u8], file: &str, warnings: &mut Vec<Diagnostic>) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.strip_prefix('\u{feff}').unwrap_or(s).to_string(),
        Err(e) => {
            let offset = e.valid_up_to();
            let line = bytes[..offset].iter().filter(|&&b| b == b'\n').count() as u64 + 1;
            warnings.push(Diagnostic::new(
                file,
                Some(line),
                None,
                format!(
                    "warning: invalid UTF-8 at byte {offset}; decoded with replacement characters"
                ),
            ));
            String::from_utf8_lossy(bytes).into_owned()
        }
    }
}

/// Parses an article's text (front matter and body).
pub fn parse_article(
    text: &str,
    file: &str,
    overrides: &ArticleOverrides,
) -> Result<Article, Diagnostic> {
    let mut article = Article {
        file: file.to_string(),
        body_line: 1,
        ..Article::default()
    };
    let mut body = text;
    let first = text.lines().next().unwrap_or("");
    if first.trim_end() == "+++" {
        let after = &text[first.len()..];
        let after = after
            .strip_prefix("\r\n")
            .or_else(|| after.strip_prefix('\n'))
            .unwrap_or(after);
        let Some(close) = find_closing(after) else {
            return Err(Diagnostic::new(
                file,
                Some(1),
                None,
                "front matter opened with +++ is never closed; end it with a line of +++",
            ));
        };
        let front = &after[..close.0];
        let fm: FrontMatter = toml::from_str(front).map_err(|e| {
            let line = e
                .span()
                .map(|s| 1 + crate::model::actor_file::line_of(front, s.start));
            Diagnostic::new(
                file,
                line,
                None,
                format!("front matter: {}", e.message().trim()),
            )
        })?;
        article.title = fm.title;
        article.outlet = fm.outlet;
        article.url = fm.url;
        article.language = fm.language;
        if let Some(p) = fm.published {
            let text = match &p {
                toml::Value::String(s) => s.clone(),
                toml::Value::Datetime(d) => d.to_string(),
                other => other.to_string(),
            };
            let line = 1
                + front
                    .lines()
                    .position(|l| l.trim_start().starts_with("published"))
                    .unwrap_or(0) as u64
                + 1;
            article.published = Some(
                NaiveDate::parse_from_str(text.get(..10).unwrap_or(&text), "%Y-%m-%d").map_err(
                    |_| {
                        Diagnostic::new(
                            file,
                            Some(line),
                            Some("published"),
                            format!("'{text}' is not a YYYY-MM-DD date"),
                        )
                    },
                )?,
            );
        }
        body = &after[close.1..];
        article.body_line = 1 + text[..text.len() - body.len()].matches('\n').count() as u64;
    }
    article.body = body.to_string();
    if let Some(p) = overrides.published {
        article.published = Some(p);
    }
    if let Some(o) = &overrides.outlet {
        article.outlet = Some(o.clone());
    }
    if let Some(u) = &overrides.url {
        article.url = Some(u.clone());
    }
    Ok(article)
}

/// The byte range of the closing `+++` line in `text`: (start of the line, start of the body).
fn find_closing(text: &str) -> Option<(usize, usize)> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            return Some((offset, offset + line.len()));
        }
        offset += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_read_and_overridden() {
        let text = "+++\ntitle = \"T\"\noutlet = \"O\"\npublished = 2020-09-29\n+++\nBody line.\n";
        let a = parse_article(text, "a.txt", &ArticleOverrides::default()).unwrap();
        assert_eq!(a.title.as_deref(), Some("T"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2020, 9, 29));
        assert_eq!(a.body, "Body line.\n");
        assert_eq!(a.body_line, 6);
        let o = ArticleOverrides {
            published: NaiveDate::from_ymd_opt(2021, 1, 1),
            outlet: Some("X".into()),
            url: None,
        };
        let a = parse_article(text, "a.txt", &o).unwrap();
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2021, 1, 1));
        assert_eq!(a.outlet.as_deref(), Some("X"));
    }

    #[test]
    fn bad_front_matter_names_the_line() {
        let e = parse_article(
            "+++\ntitle = \"T\"\npublished = \"2020-13-01\"\n+++\n",
            "a.txt",
            &ArticleOverrides::default(),
        )
        .unwrap_err();
        assert_eq!(
            e.to_string(),
            "a.txt:3: field 'published': '2020-13-01' is not a YYYY-MM-DD date"
        );
        let e = parse_article(
            "+++\ntitle = \n+++\n",
            "a.txt",
            &ArticleOverrides::default(),
        )
        .unwrap_err();
        assert!(e.to_string().starts_with("a.txt:2: front matter"), "{e}");
        let e = parse_article(
            "+++\ntitle = \"x\"\n",
            "a.txt",
            &ArticleOverrides::default(),
        )
        .unwrap_err();
        assert!(e.to_string().contains("never closed"), "{e}");
    }

    #[test]
    fn invalid_utf8_is_decoded_with_a_warning() {
        let mut w = Vec::new();
        let s = decode(b"ab\ncd\xffe", "a.txt", &mut w);
        assert_eq!(s, "ab\ncd\u{fffd}e");
        assert_eq!(
            w[0].to_string(),
            "a.txt:2: warning: invalid UTF-8 at byte 5; decoded with replacement characters"
        );
    }
}
