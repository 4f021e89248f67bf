//! Splitting one line of text into the tokens the finder matches: words (classified by the
//! lexicon), digit runs and punctuation, each with its byte range.
//!
//! A word is a run of letters, a number a run of ASCII digits; "15th" is the number 15 followed
//! by the word "th" with no gap, which the finder checks with [`Tok::touches`]. Typographic
//! apostrophes become `'` and the en dash becomes `-`, so "Monday’s" and "13–15" read like their
//! ASCII forms.

use super::lexicon::{Lex, classify};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A run of letters, classified.
    Word(Lex),
    /// A run of ASCII digits: its value (saturating) and how many digits it has.
    Num {
        /// The value, `u32::MAX` when it does not fit.
        value: u32,
        /// The number of digits (saturating at 255).
        digits: u8,
    },
    /// One punctuation character; non-ASCII symbols other than dashes and quotes are `0`.
    Punct(u8),
}

/// One token with its byte range in the line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tok {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What it is.
    pub kind: Kind,
    /// Whether the token starts with an upper-case letter.
    pub upper: bool,
}

impl Tok {
    /// Whether `next` starts exactly where this token ends (no space between).
    pub fn touches(&self, next: &Tok) -> bool {
        self.end == next.start
    }
}

/// Splits `line` into tokens, replacing the contents of `out`.
pub fn tokenize(line: &str, out: &mut Vec<Tok>) {
    out.clear();
    let b = line.as_bytes();
    let n = b.len();
    let mut i = 0;
    while i < n {
        let c = b[i];
        if c.is_ascii_alphabetic() || (c >= 0x80 && is_letter_at(line, i)) {
            let start = i;
            let mut ascii = true;
            while i < n {
                let c = b[i];
                if c.is_ascii_alphabetic() {
                    i += 1;
                } else if c >= 0x80 && is_letter_at(line, i) {
                    ascii = false;
                    i += char_len(c);
                } else {
                    break;
                }
            }
            let lex = if ascii {
                classify(&b[start..i])
            } else {
                Lex::Other
            };
            out.push(Tok {
                start,
                end: i,
                kind: Kind::Word(lex),
                upper: b[start].is_ascii_uppercase(),
            });
        } else if c.is_ascii_digit() {
            let start = i;
            let mut value: u32 = 0;
            while i < n && b[i].is_ascii_digit() {
                value = value
                    .saturating_mul(10)
                    .saturating_add(u32::from(b[i] - b'0'));
                i += 1;
            }
            let digits = u8::try_from(i - start).unwrap_or(u8::MAX);
            out.push(Tok {
                start,
                end: i,
                kind: Kind::Num { value, digits },
                upper: false,
            });
        } else if c.is_ascii_whitespace() {
            i += 1;
        } else if c < 0x80 {
            out.push(Tok {
                start: i,
                end: i + 1,
                kind: Kind::Punct(c),
                upper: false,
            });
            i += 1;
        } else {
            let len = char_len(c);
            let ch = line[i..].chars().next().unwrap_or(' ');
            if !ch.is_whitespace() {
                let p = match ch {
                    '\u{2013}' | '\u{2012}' | '\u{2010}' | '\u{2011}' => b'-',
                    '\u{2018}' | '\u{2019}' | '\u{2032}' => b'\'',
                    '\u{201c}' | '\u{201d}' => b'"',
                    '\u{2026}' => b'.',
                    _ => 0,
                };
                out.push(Tok {
                    start: i,
                    end: i + len,
                    kind: Kind::Punct(p),
                    upper: false,
                });
            }
            i += len;
        }
    }
}

/// The length in bytes of the UTF-8 sequence that starts with `lead`.
fn char_len(lead: u8) -> usize {
    match lead {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

/// Whether the character starting at byte `i` (a non-ASCII lead byte) is a letter.
fn is_letter_at(line: &str, i: usize) -> bool {
    line.get(i..)
        .and_then(|s| s.chars().next())
        .is_some_and(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timex::lexicon::Lex;

    #[test]
    fn splits_words_numbers_and_punctuation() {
        let mut t = Vec::new();
        tokenize("On Sept. 30th, 2020\u{2013}21 Erdo\u{11f}an’s", &mut t);
        let kinds: Vec<Kind> = t.iter().map(|t| t.kind).collect();
        assert_eq!(kinds[0], Kind::Word(Lex::Kw(super::super::lexicon::Kw::On)));
        assert_eq!(kinds[1], Kind::Word(Lex::MonthAbbr(9)));
        assert_eq!(kinds[2], Kind::Punct(b'.'));
        assert_eq!(
            kinds[3],
            Kind::Num {
                value: 30,
                digits: 2
            }
        );
        assert!(t[3].touches(&t[4]));
        assert_eq!(kinds[7], Kind::Punct(b'-'));
        assert_eq!(kinds[9], Kind::Word(Lex::Other));
        assert_eq!(kinds[10], Kind::Punct(b'\''));
        assert_eq!(t.last().map(|t| t.kind), Some(Kind::Word(Lex::Other)));
    }

    #[test]
    fn huge_numbers_saturate() {
        let mut t = Vec::new();
        tokenize("99999999999999999999999", &mut t);
        assert_eq!(
            t[0].kind,
            Kind::Num {
                value: u32::MAX,
                digits: 23
            }
        );
    }
}
