//! Problems found in user input, each with the file, line and field it concerns, collected so
//! that every problem of a file is reported at once.

use std::borrow::Cow;
use std::fmt;

/// The longest value, in characters, quoted whole in a message; longer ones are cut (see
/// [`shorten`]).
pub const MAX_QUOTED: usize = 200;

/// The longest message, file name or field name, in bytes, that a [`Diagnostic`] holds: a
/// message quoting a 10 MB line is cut in its middle, saying how much was left out.
pub const MAX_MESSAGE: usize = 2000;

/// `text` whole when it has at most `max` characters, else its first `max` characters and a
/// note of how long it was: "abc… (truncated, 10485760 bytes in all)".
pub fn shorten(text: &str, max: usize) -> Cow<'_, str> {
    match text.char_indices().nth(max) {
        None => Cow::Borrowed(text),
        Some((cut, _)) => Cow::Owned(format!(
            "{}… (truncated, {} bytes in all)",
            &text[..cut],
            text.len()
        )),
    }
}

/// `text` cut in its middle when longer than `max` bytes, saying how many bytes were left out.
fn bound(text: String, max: usize) -> String {
    if text.len() <= max {
        return text;
    }
    let mut head = max / 2;
    while !text.is_char_boundary(head) {
        head -= 1;
    }
    let mut tail = text.len() - max / 4;
    while !text.is_char_boundary(tail) {
        tail += 1;
    }
    format!(
        "{} … ({} bytes truncated) … {}",
        &text[..head],
        tail - head,
        &text[tail..]
    )
}

/// How alike two names are (Jaro-Winkler, 0 to 1) for "did you mean" hints; 0 when either is
/// longer than [`MAX_QUOTED`] bytes, which no name is, so that a hint costs bounded time
/// whatever the input (the measure is quadratic in the length).
pub fn similarity(a: &str, b: &str) -> f64 {
    if a.len() > MAX_QUOTED || b.len() > MAX_QUOTED {
        return 0.0;
    }
    strsim::jaro_winkler(a, b)
}

/// One problem in one place of an input file.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// The file, as the user named it.
    pub file: String,
    /// The 1-based line, when known.
    pub line: Option<u64>,
    /// The field or column, when the problem is in one.
    pub field: Option<String>,
    /// What is wrong, with a hint where one helps.
    pub message: String,
}

impl Diagnostic {
    /// A problem in `file` at `line`, in `field`.
    pub fn new(
        file: impl Into<String>,
        line: Option<u64>,
        field: Option<&str>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            file: bound(file.into(), MAX_MESSAGE),
            line,
            field: field.map(|f| shorten(f, MAX_QUOTED).into_owned()),
            message: bound(message.into(), MAX_MESSAGE),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_values_are_cut_and_say_so() {
        assert_eq!(shorten("abc", 3), "abc");
        assert_eq!(shorten("abcd", 3), "abc… (truncated, 4 bytes in all)");
        assert_eq!(shorten("ééé", 2), "éé… (truncated, 6 bytes in all)");
        let d = Diagnostic::new(
            "f",
            Some(1),
            Some(&"x".repeat(10_000)),
            "é".repeat(1_000_000),
        );
        assert!(d.message.len() < MAX_MESSAGE + 100, "{}", d.message.len());
        assert!(d.message.contains("bytes truncated"));
        assert!(
            d.field
                .as_ref()
                .unwrap()
                .contains("truncated, 10000 bytes in all")
        );
        assert_eq!(similarity(&"a".repeat(1 << 20), "a"), 0.0);
        assert!(similarity("Turky", "Turkey") > 0.9);
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(field) = &self.field {
            write!(f, ": field '{field}'")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Every problem found in the input; the error of a run that found any.
#[derive(Clone, Debug, Default, PartialEq, Eq, thiserror::Error)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// The problems of one diagnostic.
    pub fn from_one(d: Diagnostic) -> Self {
        Diagnostics(vec![d])
    }

    /// Adds a problem.
    pub fn push(&mut self, d: Diagnostic) {
        self.0.push(d);
    }

    /// Whether no problem was found.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many problems were found.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Ok when no problem was found, else the problems sorted by file and line.
    pub fn into_result(mut self) -> Result<(), Diagnostics> {
        if self.0.is_empty() {
            Ok(())
        } else {
            self.0.sort();
            self.0.dedup();
            Err(self)
        }
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.0 {
            writeln!(f, "{d}")?;
        }
        let n = self.0.len();
        write!(
            f,
            "{n} problem{} found in the input",
            if n == 1 { "" } else { "s" }
        )
    }
}
