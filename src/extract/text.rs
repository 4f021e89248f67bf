//! Word tokens of a sentence for extraction: words with their byte ranges and whether they are
//! capitalised, possessive `'s` split off, quotation marks and punctuation kept as their own
//! tokens so that phrases can be matched across them.

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    /// Letters and digits (with inner `.`, `'` or `&`: "U.S", "d'Ivoire").
    Word,
    /// A possessive `'s` or `’s`.
    Possessive,
    /// An opening or closing quotation mark.
    Quote,
    /// Any other punctuation character.
    Punct,
}

/// One token of a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tok<'a> {
    /// The text as written.
    pub text: &'a str,
    /// The lower-case form (for matching).
    pub lower: String,
    /// First byte within the tokenised text.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What it is.
    pub kind: TokKind,
}

impl Tok<'_> {
    /// Whether the token is a word that starts with a capital letter.
    pub fn is_capitalised(&self) -> bool {
        self.kind == TokKind::Word && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether the token is a word.
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»' | '„' | '‘')
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, n)) = iter.peek() {
                if n.is_alphanumeric() {
                    end = j + n.len_utf8();
                    iter.next();
                    continue;
                }
                // Inner `.`, `'`, `’`, `&` join a word when a letter follows ("U.S", "AT&T",
                // "d'Ivoire"), except the possessive "'s".
                if matches!(n, '.' | '\'' | '’' | '&') {
                    let after = &text[j + n.len_utf8()..];
                    let next = after.chars().next();
                    let possessive = matches!(n, '\'' | '’')
                        && after.starts_with(['s', 'S'])
                        && !after[1..].starts_with(char::is_alphanumeric);
                    if next.is_some_and(char::is_alphanumeric) && !possessive {
                        end = j + n.len_utf8();
                        iter.next();
                        continue;
                    }
                }
                break;
            }
            let word = &text[i..end];
            out.push(Tok {
                text: word,
                lower: word.to_lowercase(),
                start: i,
                end,
                kind: TokKind::Word,
            });
            continue;
        }
        if matches!(c, '\'' | '’') {
            let after = &text[i + c.len_utf8()..];
            if after.starts_with(['s', 'S']) && !after[1..].starts_with(char::is_alphanumeric) {
                iter.next();
                out.push(Tok {
                    text: &text[i..i + c.len_utf8() + 1],
                    lower: "'s".to_string(),
                    start: i,
                    end: i + c.len_utf8() + 1,
                    kind: TokKind::Possessive,
                });
                continue;
            }
        }
        let kind = if is_quote(c) {
            TokKind::Quote
        } else {
            TokKind::Punct
        };
        out.push(Tok {
            text: &text[i..i + c.len_utf8()],
            lower: c.to_string(),
            start: i,
            end: i + c.len_utf8(),
            kind,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_possessives_quotes_and_abbreviations() {
        let toks =
            tokenize("Moscow's “appeal” to the U.S. and Azerbaijan’s ally, Nagorno-Karabakh.");
        let texts: Vec<&str> = toks.iter().map(|t| t.text).collect();
        assert_eq!(
            texts,
            [
                "Moscow",
                "'s",
                "“",
                "appeal",
                "”",
                "to",
                "the",
                "U.S",
                ".",
                "and",
                "Azerbaijan",
                "’s",
                "ally",
                ",",
                "Nagorno",
                "-",
                "Karabakh",
                "."
            ]
        );
        assert_eq!(toks[1].kind, TokKind::Possessive);
        assert_eq!(toks[2].kind, TokKind::Quote);
        assert!(toks[0].is_capitalised() && !toks[3].is_capitalised());
    }
}
