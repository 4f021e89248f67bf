//! CoNLL-U, the Universal Dependencies file format: reading treebanks (for training and
//! measuring) and writing parses (`casus parse`). See
//! <https://universaldependencies.org/format.html>.

use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::Path;

use anyhow::Context;

use super::{Deprel, Sentence, Token, Upos, Word, Xpos};
use crate::diag::Diagnostic;

/// A sentence read from a CoNLL-U file, with its comments of note.
#[derive(Clone, Debug, Default)]
pub struct Annotated {
    /// `# sent_id`, when given.
    pub sent_id: Option<String>,
    /// The sentence's text, rebuilt from its tokens and their `SpaceAfter=No` marks (the
    /// offsets of `sentence` point into it).
    pub text: String,
    /// Whether a `# newdoc` comment opens it.
    pub new_doc: bool,
    /// Whether a `# newpar` (or `# newdoc`) comment opens it.
    pub new_par: bool,
    /// The document id of `# newdoc id = ...`, when it opens a document.
    pub doc_id: Option<String>,
    /// The line of the file where the sentence's block starts.
    pub line: u64,
    /// The tokens, words, tags and tree.
    pub sentence: Sentence,
}

/// Reads a CoNLL-U file.
pub fn read_file(path: &Path) -> anyhow::Result<Vec<Annotated>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("could not read {}", path.display()))?;
    read(&text, &path.display().to_string()).map_err(|d| anyhow::anyhow!("{d}"))
}

/// Reads CoNLL-U text; `file` names it in errors. Empty nodes (`8.1`) are skipped; the DEPS
/// and MISC columns are read only for `SpaceAfter=No`.
pub fn read(src: &str, file: &str) -> Result<Vec<Annotated>, Diagnostic> {
    let mut out = Vec::new();
    let mut cur = Annotated::default();
    let mut started = false;
    // The multiword token being filled: its last word's 1-based index.
    let mut mwt_until = 0usize;
    for (n, raw) in src.lines().enumerate() {
        let line_no = n as u64 + 1;
        let line = raw.trim_end_matches('\r');
        let err =
            |field: Option<&str>, msg: String| Diagnostic::new(file, Some(line_no), field, msg);
        if line.trim().is_empty() {
            if started {
                finish(&mut cur, file)?;
                out.push(std::mem::take(&mut cur));
                started = false;
                mwt_until = 0;
            }
            continue;
        }
        if !started {
            started = true;
            cur.line = line_no;
        }
        if let Some(comment) = line.strip_prefix('#') {
            let comment = comment.trim();
            if let Some(id) = comment.strip_prefix("sent_id") {
                cur.sent_id = Some(id.trim_start_matches([' ', '=']).trim().to_string());
            } else if let Some(id) = comment.strip_prefix("newdoc") {
                cur.new_doc = true;
                cur.new_par = true;
                let id = id
                    .trim_start_matches([' ', '='])
                    .trim_start_matches("id")
                    .trim();
                let id = id.trim_start_matches('=').trim();
                if !id.is_empty() {
                    cur.doc_id = Some(id.to_string());
                }
            } else if comment.starts_with("newpar") {
                cur.new_par = true;
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(err(
                None,
                format!(
                    "a word line has 10 tab-separated columns, this one {}",
                    cols.len()
                ),
            ));
        }
        let id = cols[0];
        if id.contains('.') {
            continue;
        }
        let space_after = !cols[9].split('|').any(|m| m == "SpaceAfter=No");
        let s = &mut cur.sentence;
        if let Some((a, b)) = id.split_once('-') {
            let (a, b) = match (a.parse::<usize>(), b.parse::<usize>()) {
                (Ok(a), Ok(b)) if a == s.words.len() + 1 && b >= a => (a, b),
                _ => return Err(err(Some("ID"), format!("bad multiword token range '{id}'"))),
            };
            s.tokens.push(Token {
                start: 0,
                end: 0,
                words: a - 1..b,
                space_after,
            });
            mwt_until = b;
            continue;
        }
        let index: usize = id
            .parse()
            .map_err(|_| err(Some("ID"), format!("'{id}' is not a word index")))?;
        if index != s.words.len() + 1 {
            return Err(err(
                Some("ID"),
                format!("word {index} follows word {}", s.words.len()),
            ));
        }
        let head = if cols[6] == "_" {
            0
        } else {
            cols[6]
                .parse()
                .map_err(|_| err(Some("HEAD"), format!("'{}' is not a head index", cols[6])))?
        };
        let upos = if cols[3] == "_" {
            Upos::X
        } else {
            cols[3]
                .parse()
                .map_err(|e| err(Some("UPOS"), format!("{e}")))?
        };
        let xpos = if cols[4] == "_" {
            Xpos::Xx
        } else {
            cols[4]
                .parse()
                .map_err(|e| err(Some("XPOS"), format!("{e}")))?
        };
        let deprel = if cols[7] == "_" {
            Deprel::Dep
        } else {
            Deprel::parse_lenient(cols[7]).map_err(|e| err(Some("DEPREL"), format!("{e}")))?
        };
        s.words.push(Word {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos,
            xpos,
            feats: if cols[5] == "_" {
                String::new()
            } else {
                cols[5].to_string()
            },
            head,
            deprel,
            start: 0,
            end: 0,
        });
        if index > mwt_until {
            s.tokens.push(Token {
                start: 0,
                end: 0,
                words: index - 1..index,
                space_after,
            });
        }
    }
    if started {
        finish(&mut cur, file)?;
        out.push(cur);
    }
    Ok(out)
}

/// Checks the heads of a sentence and rebuilds its text and offsets from its tokens.
fn finish(a: &mut Annotated, file: &str) -> Result<(), Diagnostic> {
    let s = &mut a.sentence;
    let n = s.words.len();
    if n == 0 {
        return Err(Diagnostic::new(
            file,
            Some(a.line),
            None,
            "a sentence without words",
        ));
    }
    if let Some(w) = s.words.iter().find(|w| w.head > n) {
        return Err(Diagnostic::new(
            file,
            Some(a.line),
            Some("HEAD"),
            format!(
                "head {} of '{}' is past the sentence's {n} words",
                w.head, w.form
            ),
        ));
    }
    let mut text = String::new();
    for t in &mut s.tokens {
        t.start = text.len();
        if t.words.len() == 1 {
            let w = &mut s.words[t.words.start];
            text.push_str(&w.form);
            w.start = t.start;
            w.end = text.len();
        } else {
            // The token's surface form is the words' forms joined when they spell it, as in
            // English; each word then gets its own part of the token.
            for i in t.words.clone() {
                let w = &mut s.words[i];
                w.start = text.len();
                text.push_str(&w.form);
                w.end = text.len();
            }
        }
        t.end = text.len();
        if t.space_after {
            text.push(' ');
        }
    }
    if text.ends_with(' ') {
        text.pop();
    }
    s.start = 0;
    s.end = text.len();
    a.text = text;
    Ok(())
}

/// Writes parsed sentences as CoNLL-U: `# sent_id` and `# text` comments, multiword token
/// lines, the ten columns (DEPS `_`), and in MISC `SpaceAfter=No` and `TokenRange=START:END`,
/// the token's character offsets in the text it was parsed from.
pub struct Writer<W: Write> {
    out: W,
    /// The byte and character offsets reached in the source text (offsets only move forward).
    byte: usize,
    chars: usize,
    line: String,
}

impl<W: Write> Writer<W> {
    /// A writer into `out`.
    pub fn new(out: W) -> Self {
        Writer {
            out,
            byte: 0,
            chars: 0,
            line: String::new(),
        }
    }

    /// The character offset of byte `at` of `text`; sentences must come in text order.
    fn char_offset(&mut self, text: &str, at: usize) -> usize {
        if at < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += text[self.byte..at].chars().count();
        self.byte = at;
        self.chars
    }

    /// Writes one sentence of `text` under the id `sent_id`.
    pub fn write(&mut self, text: &str, sent_id: &str, s: &Sentence) -> io::Result<()> {
        let mut block = std::mem::take(&mut self.line);
        block.clear();
        let _ = writeln!(block, "# sent_id = {sent_id}");
        block.push_str("# text = ");
        let mut gap = false;
        for c in text[s.start..s.end].chars() {
            if c.is_whitespace() {
                gap = true;
            } else {
                if gap {
                    block.push(' ');
                    gap = false;
                }
                block.push(c);
            }
        }
        block.push('\n');
        for t in &s.tokens {
            let start = self.char_offset(text, t.start);
            let end = self.char_offset(text, t.end);
            let mut misc = String::new();
            if !t.space_after {
                misc.push_str("SpaceAfter=No|");
            }
            let _ = write!(misc, "TokenRange={start}:{end}");
            if t.words.len() > 1 {
                let _ = writeln!(
                    block,
                    "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{misc}",
                    t.words.start + 1,
                    t.words.end,
                    &text[t.start..t.end]
                );
            }
            for i in t.words.clone() {
                let w = &s.words[i];
                let word_misc = if t.words.len() > 1 { "_" } else { &misc };
                let _ = writeln!(
                    block,
                    "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t_\t{}",
                    i + 1,
                    w.form,
                    w.lemma,
                    w.upos,
                    w.xpos,
                    if w.feats.is_empty() { "_" } else { &w.feats },
                    w.head,
                    w.deprel,
                    word_misc
                );
            }
        }
        block.push('\n');
        let r = self.out.write_all(block.as_bytes());
        self.line = block;
        r
    }

    /// Flushes and returns the output.
    pub fn finish(mut self) -> io::Result<W> {
        self.out.flush()?;
        Ok(self.out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# newdoc id = d1\n# sent_id = d1-1\n# text = They don't know.\n\
        1\tThey\tthey\tPRON\tPRP\tCase=Nom\t4\tnsubj\t_\t_\n\
        2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n\
        2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n\
        3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n\
        4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n\
        4.1\tx\tx\tX\tXX\t_\t_\t_\t_\t_\n\
        5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

    #[test]
    fn reads_words_tokens_and_text() {
        let s = read(SAMPLE, "t.conllu").unwrap();
        assert_eq!(s.len(), 1);
        let a = &s[0];
        assert!(a.new_doc && a.new_par);
        assert_eq!(a.doc_id.as_deref(), Some("d1"));
        assert_eq!(a.sent_id.as_deref(), Some("d1-1"));
        assert_eq!(a.text, "They don't know.");
        let s = &a.sentence;
        assert_eq!(s.words.len(), 5);
        assert_eq!(s.tokens.len(), 4);
        assert_eq!(s.tokens[1].words, 1..3);
        assert_eq!(&a.text[s.tokens[1].start..s.tokens[1].end], "don't");
        assert_eq!(&a.text[s.words[2].start..s.words[2].end], "n't");
        assert_eq!(s.words[3].deprel, Deprel::Root);
        assert_eq!(s.root(), Some(3));
        assert_eq!(s.children(3).collect::<Vec<_>>(), vec![0, 1, 2, 4]);
    }

    #[test]
    fn errors_name_line_and_field() {
        let bad = "1\tA\ta\tNOUN\tNN\t_\t0\troot\t_\t_\n2\tb\tb\tNOPE\tNN\t_\t1\tdep\t_\t_\n";
        let e = read(bad, "t.conllu").unwrap_err();
        assert_eq!(
            e.to_string(),
            "t.conllu:2: field 'UPOS': 'NOPE' is not a Upos tag"
        );
        let e = read("1\tA\ta\tNOUN\tNN\t_\t7\troot\t_\t_\n", "t.conllu").unwrap_err();
        assert!(e.to_string().contains("head 7"), "{e}");
        let e = read("1\tA\n", "t.conllu").unwrap_err();
        assert!(e.to_string().contains("10 tab-separated columns"), "{e}");
    }

    #[test]
    fn writes_back_what_it_reads() {
        let a = &read(SAMPLE, "t.conllu").unwrap()[0];
        let mut w = Writer::new(Vec::new());
        w.write(&a.text, "d1-1", &a.sentence).unwrap();
        let out = String::from_utf8(w.finish().unwrap()).unwrap();
        assert!(out.contains("2-3\tdon't\t_"), "{out}");
        assert!(
            out.contains("4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No|TokenRange=11:15")
        );
        let back = &read(&out, "out.conllu").unwrap()[0];
        assert_eq!(back.text, a.text);
        assert_eq!(back.sentence, a.sentence);
    }
}
