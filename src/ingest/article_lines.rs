//! News articles as JSON Lines, one article per line (`casus extract --stream`'s input): the
//! keys `text` (required), `published` (`YYYY-MM-DD`, optionally followed by a time), `url`,
//! `outlet`, `title` and `id`; other keys are allowed and passed over, so that a Spark row with
//! more columns pipes in as it is. A bad line is a [`Diagnostic`] naming the line and the key.

use crate::diag::Diagnostic;
use crate::model::Article;
use chrono::NaiveDate;

/// The text values of a line.
struct Fields {
    text: Option<String>,
    published: Option<String>,
    url: Option<String>,
    outlet: Option<String>,
    title: Option<String>,
}

/// What a line says, beyond the article: its id as text, if it has one (a string or a number).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LineArticle {
    /// The article, with `file` set to its id (or `<stdin>:LINE` without one).
    pub article: Article,
    /// The line's `id`, when it has one.
    pub id: Option<String>,
}

/// Reads line `line` (1-based) of the input named `input`: the article it holds, or what is
/// wrong with it, naming the line and, where the problem is in one, the key.
pub fn parse_line(bytes: &[u8], input: &str, line: u64) -> Result<LineArticle, Diagnostic> {
    let bad =
        |field: Option<&str>, message: String| Diagnostic::new(input, Some(line), field, message);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        bad(
            None,
            format!(
                "invalid UTF-8 at byte {} of the line; JSON Lines are UTF-8",
                e.valid_up_to() + 1
            ),
        )
    })?;
    let text = text.strip_suffix('\r').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(bad(
            None,
            "empty line: expected one JSON object (an article)".into(),
        ));
    }
    let object: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(text).map_err(|e| {
            bad(
                None,
                format!(
                    "not an article object: {e} (expected {{\"text\": ..., \"published\": ...}})"
                ),
            )
        })?;
    // A text value of a key, or what is wrong with it; `null` is as good as absent.
    let string = |key: &'static str| -> Result<Option<String>, Diagnostic> {
        match object.get(key) {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(s)) => Ok(Some(s.clone())),
            Some(other) => Err(bad(
                Some(key),
                format!(
                    "{} is not a string",
                    crate::diag::shorten(&other.to_string(), 60)
                ),
            )),
        }
    };
    let id = match object.get("id") {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(s)) => Some(s.clone()),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        Some(other) => {
            return Err(bad(
                Some("id"),
                format!(
                    "{} is not an id (a string or a number)",
                    crate::diag::shorten(&other.to_string(), 60)
                ),
            ));
        }
    };
    let parsed = Fields {
        text: string("text")?,
        published: string("published")?,
        url: string("url")?,
        outlet: string("outlet")?,
        title: string("title")?,
    };
    let Some(body) = parsed.text else {
        return Err(bad(
            Some("text"),
            "missing: every article line needs its text".into(),
        ));
    };
    let published = match parsed.published.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(p) => Some(day(p).ok_or_else(|| {
            bad(
                Some("published"),
                format!(
                    "'{}' is not a date (expected YYYY-MM-DD, optionally followed by a time)",
                    crate::diag::shorten(p, 60)
                ),
            )
        })?),
    };
    let non_empty = |s: Option<String>| s.filter(|s| !s.trim().is_empty());
    let file = id.clone().unwrap_or_else(|| format!("{input}:{line}"));
    Ok(LineArticle {
        article: Article {
            file,
            title: non_empty(parsed.title),
            outlet: non_empty(parsed.outlet),
            url: non_empty(parsed.url),
            published,
            language: None,
            body,
            body_line: 1,
        },
        id,
    })
}

/// `YYYY-MM-DD`, alone or followed by `T` or a space and a time (Spark writes timestamps so).
fn day(text: &str) -> Option<NaiveDate> {
    let head = text.get(..10)?;
    let rest = &text[10..];
    if !(rest.is_empty() || rest.starts_with('T') || rest.starts_with(' ')) {
        return None;
    }
    NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_gives_its_article() {
        let a = parse_line(
            br#"{"id":"a1","text":"Russia urged Turkey.","published":"2020-09-29T08:00:00Z","url":"https://x/1","outlet":"Wire","title":"T","lang":"en"}"#,
            "<stdin>",
            4,
        )
        .unwrap();
        assert_eq!(a.id.as_deref(), Some("a1"));
        assert_eq!(a.article.file, "a1");
        assert_eq!(a.article.body, "Russia urged Turkey.");
        assert_eq!(a.article.published, NaiveDate::from_ymd_opt(2020, 9, 29));
        assert_eq!(a.article.outlet.as_deref(), Some("Wire"));
        let b = parse_line(br#"{"text":"x","id":17,"published":null}"#, "<stdin>", 2).unwrap();
        assert_eq!(b.id.as_deref(), Some("17"));
        assert_eq!(b.article.published, None);
        let c = parse_line(br#"{"text":"x"}"#, "<stdin>", 9).unwrap();
        assert_eq!(c.article.file, "<stdin>:9");
    }

    #[test]
    fn a_bad_line_names_its_line_and_key() {
        let msg = |b: &[u8]| parse_line(b, "<stdin>", 3).unwrap_err().to_string();
        assert_eq!(
            msg(br#"{"text":"x","published":"2020-13-01"}"#),
            "<stdin>:3: field 'published': '2020-13-01' is not a date (expected YYYY-MM-DD, \
             optionally followed by a time)"
        );
        assert!(
            msg(br#"{"published":"2020-01-01"}"#).starts_with("<stdin>:3: field 'text': missing")
        );
        assert_eq!(
            msg(br#"{"text":5}"#),
            "<stdin>:3: field 'text': 5 is not a string"
        );
        assert!(msg(br#"{"text":"x","id":[1]}"#).starts_with("<stdin>:3: field 'id': [1] is not"));
        assert!(msg(b"{\"text\": \"x\"").starts_with("<stdin>:3: not an article object"));
        assert!(msg(b"  ").starts_with("<stdin>:3: empty line"));
        assert!(msg(b"{\"text\":\"\xFF\"}").contains("invalid UTF-8 at byte 10"));
        assert!(msg(br#"{"text":"x","published":"2020-01-01x"}"#).contains("field 'published'"));
    }
}
