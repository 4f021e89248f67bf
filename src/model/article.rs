//! A news article as the stages see it: its metadata (file, headline, outlet, URL, publication
//! date, language) and its text. Reading one from a file is `ingest::article`'s; extracting
//! events from it is `extract`'s.

use chrono::NaiveDate;

/// An article's metadata and text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Article {
    /// The file, as the user named it.
    pub file: String,
    /// The headline.
    pub title: Option<String>,
    /// The publisher.
    pub outlet: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// The publication date: the anchor of relative dates. Without it they stay unresolved.
    pub published: Option<NaiveDate>,
    /// The language code (`en`); casus extracts English.
    pub language: Option<String>,
    /// The text after the front matter.
    pub body: String,
    /// The 1-based line of the file on which `body` starts.
    pub body_line: u64,
}
