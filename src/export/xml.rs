//! The one escaping function for every XML and HTML text casus writes (GEXF, GraphML, the HTML
//! report and its SVG): markup characters become entities, and the characters XML 1.0 forbids
//! are dropped.

use std::borrow::Cow;

/// Whether XML 1.0 allows the character anywhere in a document (its `Char` production): tab,
/// LF, CR, and everything from U+0020 up except the surrogates (which a Rust `char` cannot be)
/// and U+FFFE, U+FFFF.
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Whether [`escape`] drops the character: one XML 1.0 forbids (C0 controls other than tab, LF
/// and CR — Gephi refuses a file with U+0001 — and U+FFFE, U+FFFF), and the DEL and C1 controls
/// XML 1.0 discourages and HTML reports as parse errors.
fn dropped(c: char) -> bool {
    !is_xml_char(c) || ('\u{7F}'..='\u{9F}').contains(&c)
}

/// Whether the character is written differently from itself.
fn special(c: char) -> bool {
    matches!(c, '&' | '<' | '>' | '"' | '\'' | '\t' | '\n' | '\r') || dropped(c)
}

/// Escapes text for XML or HTML, as element content or as a single- or double-quoted attribute
/// value:
///
/// - `&`, `<`, `>`, `"` and `'` become `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&#39;`;
/// - tab, LF and CR become `&#9;`, `&#10;` and `&#13;`, so that an XML parser keeps them in an
///   attribute value instead of normalising them to spaces;
/// - the characters XML 1.0 forbids, and the DEL and C1 controls, are dropped;
/// - everything else, any script, is kept as it is (the files are UTF-8).
///
/// Text that needs no change is returned as it is, without a copy.
pub fn escape(text: &str) -> Cow<'_, str> {
    let Some(first) = text.find(special) else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len() + 16);
    out.push_str(&text[..first]);
    for c in text[first..].chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c if dropped(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_becomes_entities_and_forbidden_characters_go() {
        assert_eq!(
            escape(r#"AT&T <b> "q" 'a'"#),
            "AT&amp;T &lt;b&gt; &quot;q&quot; &#39;a&#39;"
        );
        assert_eq!(escape("a\u{1}b\u{0}c\u{1F}d\u{FFFE}\u{FFFF}"), "abcd");
        assert_eq!(escape("x\u{7F}\u{85}\u{9F}y"), "xy");
        assert_eq!(escape("l1\nl2\r\tx"), "l1&#10;l2&#13;&#9;x");
        assert_eq!(escape("]]>"), "]]&gt;");
    }

    #[test]
    fn clean_text_is_borrowed_and_any_script_is_kept() {
        for text in ["Russia", "Հայաստան", "Азербайджан", "中国", "emoji 🕊", ""]
        {
            assert!(
                matches!(escape(text), Cow::Borrowed(t) if t == text),
                "{text}"
            );
        }
        assert!(is_xml_char('\u{10FFFF}') && is_xml_char('\u{E000}'));
        assert!(!is_xml_char('\u{1}') && !is_xml_char('\u{FFFE}'));
    }
}
