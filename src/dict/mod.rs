//! The field's coding dictionaries in PETRARCH-2's formats: readers for actor, agent, discard and
//! verb-pattern dictionaries, the Phoenix and CAMEO dictionaries shipped built in
//! ([`shipped`]), and the merge of PETRARCH actor entries into casus's registry ([`merge`]).
//! The formats, the merge rule and the licence are described in `docs/dictionaries.md`.
//!
//! Every reader comes in two forms: `parse_lenient` keeps what it can and returns the problems
//! beside the dictionary (the shipped files use it: their few malformed lines are skipped and
//! counted by the tests), and `parse`/`read` refuse a text with any problem, listing every
//! problem with its file, line and field. Reading is one pass over the lines, linear in the
//! text.

pub mod actors;
pub mod agents;
pub mod discards;
pub mod merge;
pub mod shipped;
pub mod verbs;

pub use actors::{ActorDictionary, ActorEntry, DatedCode};
pub use agents::{Agent, AgentDictionary, AgentPlace};
pub use discards::{Discard, DiscardDictionary};
pub use verbs::{Element, Pattern, VerbDictionary, VerbEntry};

use crate::diag::{Diagnostic, Diagnostics};

/// One line of a dictionary with its comments removed.
#[derive(Debug)]
pub(crate) struct Line<'a> {
    /// The 1-based line number.
    pub number: u64,
    /// The content before any comment, right-trimmed; leading white space kept (it marks the
    /// date lines of actor dictionaries).
    pub text: &'a str,
    /// The text of a `#` comment on the line, trimmed (verb patterns name their source verb
    /// there).
    pub comment: &'a str,
}

/// The lines of a dictionary that carry content: `#` and `;` comments (at the start of a line or
/// after the content) and `<!-- ... -->` comments, which may span lines, are removed; blank lines are
/// skipped. A byte-order mark at the start is ignored.
pub(crate) fn lines(text: &str) -> impl Iterator<Item = Line<'_>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut in_xml_comment = false;
    text.split('\n').enumerate().filter_map(move |(i, raw)| {
        let number = i as u64 + 1;
        let mut line = raw.strip_suffix('\r').unwrap_or(raw);
        if in_xml_comment {
            match line.find("-->") {
                Some(end) => {
                    in_xml_comment = false;
                    line = &line[end + 3..];
                }
                None => return None,
            }
        }
        // `#` starts a comment, and so does `;` (the legacy KEDS/TABARI comment).
        let (mut content, comment) = match line.find(['#', ';']) {
            Some(i) => (&line[..i], line[i + 1..].trim()),
            None => (line, ""),
        };
        if let Some(start) = content.find("<!--") {
            match content[start..].find("-->") {
                // One comment within the line: only what comes before it is kept (PETRARCH
                // keeps the text after it too, which no dictionary uses).
                Some(_) => content = &content[..start],
                None => {
                    in_xml_comment = true;
                    content = &content[..start];
                }
            }
        }
        let content = content.trim_end();
        if content.trim().is_empty() {
            return None;
        }
        Some(Line {
            number,
            text: content,
            comment,
        })
    })
}

/// A dictionary phrase in the form casus compares: `_` and runs of white space become one
/// space, a trailing `_` (PETRARCH's "whole word" mark) is dropped, letters are lower-cased.
pub fn phrase_key(phrase: &str) -> String {
    let mut out = String::with_capacity(phrase.len());
    for word in phrase.split(|c: char| c == '_' || c.is_whitespace()) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// The regular plural of a lower-case phrase, by PETRARCH's rule on its last word: `-y` after a
/// consonant becomes `-ies`, `-s`, `-x`, `-z`, `-ch` and `-sh` take `-es`, any other word `-s`.
/// (PETRARCH also turns `-y` after a vowel into `-ies`, "attornies"; casus keeps "attorneys".)
pub fn plural(phrase: &str) -> String {
    let (head, last) = match phrase.rfind(' ') {
        Some(i) => (&phrase[..=i], &phrase[i + 1..]),
        None => ("", phrase),
    };
    let bytes = last.as_bytes();
    let n = bytes.len();
    let vowel = |b: u8| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u');
    let word = if n >= 2 && bytes[n - 1] == b'y' && !vowel(bytes[n - 2]) {
        format!("{}ies", &last[..n - 1])
    } else if last.ends_with('s')
        || last.ends_with('x')
        || last.ends_with('z')
        || last.ends_with("ch")
        || last.ends_with("sh")
    {
        format!("{last}es")
    } else {
        format!("{last}s")
    };
    format!("{head}{word}")
}

/// Turns the problems of a lenient read into the result of a strict one.
pub(crate) fn strict<T>(value: T, problems: Diagnostics) -> Result<T, Diagnostics> {
    problems.into_result().map(|()| value)
}

/// Reads a dictionary file as UTF-8 text, naming the file when it cannot.
pub(crate) fn read_file(path: &std::path::Path) -> Result<String, Diagnostics> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| {
        Diagnostics::from_one(Diagnostic::new(
            &shown,
            None,
            None,
            format!("cannot read: {e}"),
        ))
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..offset]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u64
            + 1;
        Diagnostics::from_one(Diagnostic::new(
            &shown,
            Some(line),
            None,
            "the dictionary is not UTF-8 text",
        ))
    })
}

/// Whether an actor file is a PETRARCH text dictionary rather than casus's TOML: a `.toml` file is
/// TOML; any other is told by its first line with content, TOML when it is a table header
/// (`[[actor]]`, `[x]`) or a `key = value` line with a lower-case key, PETRARCH otherwise
/// (`AFGHANISTAN_ [AFG]`, `KOFI_ANNAN_`).
pub fn is_petrarch_text(path: &std::path::Path, text: &str) -> bool {
    let toml = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"));
    if toml {
        return false;
    }
    let Some(line) = lines(text).next() else {
        return false;
    };
    let t = line.text.trim();
    if t.starts_with("[[") || t.starts_with('[') && t.ends_with(']') && !t.contains(' ') {
        return false;
    }
    if let Some((key, _)) = t.split_once('=') {
        let key = key.trim();
        if !key.is_empty()
            && key
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
            && key.bytes().any(|b| b.is_ascii_lowercase())
        {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_are_removed_and_lines_keep_their_numbers() {
        let text = "# head\nA_B  # note\n\n<!-- one\ntwo -->\n\tC <!-- x -->\r\nD";
        let got: Vec<(u64, &str, &str)> =
            lines(text).map(|l| (l.number, l.text, l.comment)).collect();
        assert_eq!(got, vec![(2, "A_B", "note"), (6, "\tC", ""), (7, "D", "")]);
    }

    #[test]
    fn phrases_and_plurals() {
        assert_eq!(phrase_key("POLICE_CHIEF_"), "police chief");
        assert_eq!(phrase_key("  CARLOS SANTOS_CRUZ_ "), "carlos santos cruz");
        assert_eq!(plural("rebel"), "rebels");
        assert_eq!(plural("police chief"), "police chiefs");
        assert_eq!(plural("militia"), "militias");
        assert_eq!(plural("party"), "parties");
        assert_eq!(plural("attorney"), "attorneys");
        assert_eq!(plural("boss"), "bosses");
        assert_eq!(plural("church"), "churches");
    }

    #[test]
    fn petrarch_text_is_told_from_toml() {
        use std::path::Path;
        assert!(!is_petrarch_text(Path::new("a.txt"), "[[actor]]"));
        assert!(is_petrarch_text(Path::new("a.txt"), "HAMAS [PSEREB]"));
        assert!(!is_petrarch_text(Path::new("a.toml"), "X [Y]"));
        assert!(!is_petrarch_text(
            Path::new("a"),
            "# c\n[[actor]]\nid = \"x\""
        ));
        assert!(!is_petrarch_text(Path::new("a"), "id = \"x\""));
        assert!(is_petrarch_text(
            Path::new("a"),
            "# c\nKOFI_ANNAN_\n\t[IGOUNO]"
        ));
        assert!(is_petrarch_text(Path::new("a"), "UN [IGOUNO]"));
    }
}
