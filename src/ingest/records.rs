//! Splitting dataset files into records, one reused [`Record`] per file: tab-separated files
//! whose quotes are plain data (GDELT, ICEWS) and RFC 4180 CSV (ACLED, UCDP). Every line of the
//! input is accounted for: it is part of a record, or it is reported as a [`Defect`] (an empty
//! line, a stray quote, a quote that is never closed) with its line number and original text.

use std::collections::VecDeque;
use std::io::{self, BufRead, Read};

/// How fields are delimited and quoted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    /// Tab-separated, one record per line, `"` is an ordinary character (GDELT, ICEWS).
    Tsv,
    /// RFC 4180 comma-separated: a field may be quoted, `""` is a quote inside a quoted field,
    /// and a quoted field may span lines (ACLED, UCDP).
    Csv,
}

/// The longest a quoted field may run on before it is taken for a quote that is never closed:
/// the record is then reported as a defect and the lines after its first are read again.
pub const MAX_RECORD_LINES: usize = 200;
/// The same limit in bytes.
pub const MAX_RECORD_BYTES: usize = 1 << 20;

/// One record: its first line number, its original text and its fields. Reused from record
/// to record, so that reading allocates nothing once the buffers have grown.
#[derive(Debug, Default)]
pub struct Record {
    /// The 1-based line the record starts on.
    pub line: u64,
    /// The original text, line terminators removed (a record spanning lines keeps `\n` between
    /// them).
    pub raw: Vec<u8>,
    /// Unescaped field contents of a CSV record; TSV fields are slices of `raw`.
    buf: Vec<u8>,
    /// Field ranges into `raw` (TSV) or `buf` (CSV).
    spans: Vec<(usize, usize)>,
    /// Whether `spans` index `buf`.
    unescaped: bool,
}

impl Record {
    /// How many fields the record has.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Whether the record has no fields.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Field `i` (0-based) as bytes; empty when out of range.
    pub fn field(&self, i: usize) -> &[u8] {
        match self.spans.get(i) {
            Some(&(a, b)) if self.unescaped => &self.buf[a..b],
            Some(&(a, b)) => &self.raw[a..b],
            None => b"",
        }
    }

    /// Every field, in order.
    pub fn fields(&self) -> impl Iterator<Item = &[u8]> {
        (0..self.len()).map(|i| self.field(i))
    }

    /// Makes the record hold these fields, as row `line` of a file that is not text (a
    /// Parquet row): its original text, for `rejects.csv`, is the fields joined by tabs.
    pub fn set_fields<'f>(&mut self, line: u64, fields: impl IntoIterator<Item = &'f [u8]>) {
        self.clear();
        self.line = line;
        self.unescaped = true;
        for (n, f) in fields.into_iter().enumerate() {
            if n > 0 {
                self.raw.push(b'\t');
            }
            self.raw.extend_from_slice(f);
            let start = self.buf.len();
            self.buf.extend_from_slice(f);
            self.spans.push((start, self.buf.len()));
        }
    }

    fn clear(&mut self) {
        self.raw.clear();
        self.buf.clear();
        self.spans.clear();
        self.unescaped = false;
    }
}

/// A line or record that is not a well-formed record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Defect {
    /// A line with nothing but white space.
    EmptyLine,
    /// A quote inside an unquoted field, or text after a closing quote; the 0-based field.
    StrayQuote(usize),
    /// A quoted field that is not closed by the end of the file (or within
    /// [`MAX_RECORD_LINES`] lines); the 0-based field.
    UnterminatedQuote(usize),
    /// A line longer than [`MAX_LINE_BYTES`], of this many bytes: its first
    /// [`KEPT_OF_LONG_LINE`] bytes are kept, the rest is passed over without being held.
    TooLong(u64),
}

impl Defect {
    /// What is wrong, in words.
    pub fn reason(self) -> &'static str {
        match self {
            Defect::EmptyLine => "empty line",
            Defect::StrayQuote(_) => {
                "stray quote: a '\"' inside an unquoted field or after a closing quote"
            }
            Defect::UnterminatedQuote(_) => "a quoted field is never closed",
            Defect::TooLong(_) => {
                "the line is longer than 16 MiB, which no row of a dataset is; its first 4096 \
                 bytes are kept"
            }
        }
    }

    /// The 0-based field it is in, if any.
    pub fn field(self) -> Option<usize> {
        match self {
            Defect::EmptyLine | Defect::TooLong(_) => None,
            Defect::StrayQuote(f) | Defect::UnterminatedQuote(f) => Some(f),
        }
    }
}

/// What [`RecordReader::next`] found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Next {
    /// A record, in the [`Record`] given.
    Record,
    /// A defect; the [`Record`] holds its line and original text.
    Defect(Defect),
    /// The end of the input.
    End,
}

/// Reads records from a buffered input.
pub struct RecordReader<R> {
    input: R,
    dialect: Dialect,
    /// Lines read so far from `input`.
    lines_read: u64,
    /// Bytes read so far from `input`.
    bytes_read: u64,
    /// Lines to read again after an unterminated quote, with their numbers.
    pending: VecDeque<(u64, Vec<u8>)>,
    /// The length of the last line read when it was longer than [`MAX_LINE_BYTES`].
    too_long: Option<u64>,
}

/// The longest line a dataset reader holds in memory (16 MiB); a longer one is a defect.
pub const MAX_LINE_BYTES: usize = 1 << 24;

/// The bytes of a line longer than [`MAX_LINE_BYTES`] kept for `rejects.csv`.
pub const KEPT_OF_LONG_LINE: usize = 4096;

impl<R: BufRead> RecordReader<R> {
    /// A reader of `input` in `dialect`.
    pub fn new(input: R, dialect: Dialect) -> Self {
        RecordReader {
            input,
            dialect,
            lines_read: 0,
            bytes_read: 0,
            pending: VecDeque::new(),
            too_long: None,
        }
    }

    /// How many bytes have been read from the input (for progress).
    pub fn bytes_read(&self) -> u64 {
        self.bytes_read
    }

    /// Reads one line into `out` (terminator removed); its number, or `None` at the end. A line
    /// longer than [`MAX_LINE_BYTES`] keeps its first bytes in `out`, the rest is read past, and
    /// `too_long` is set.
    fn read_line(&mut self, out: &mut Vec<u8>) -> io::Result<Option<u64>> {
        out.clear();
        self.too_long = None;
        if let Some((n, text)) = self.pending.pop_front() {
            out.extend_from_slice(&text);
            return Ok(Some(n));
        }
        let limit = MAX_LINE_BYTES as u64 + 1;
        let mut n = (&mut self.input).take(limit).read_until(b'\n', out)?;
        if n == 0 {
            return Ok(None);
        }
        if out.len() > MAX_LINE_BYTES && out.last() != Some(&b'\n') {
            out.truncate(KEPT_OF_LONG_LINE);
            // Pass over the rest of the line without keeping it.
            loop {
                let buf = self.input.fill_buf()?;
                if buf.is_empty() {
                    break;
                }
                match buf.iter().position(|&b| b == b'\n') {
                    Some(i) => {
                        self.input.consume(i + 1);
                        n += i + 1;
                        break;
                    }
                    None => {
                        let len = buf.len();
                        self.input.consume(len);
                        n += len;
                    }
                }
            }
            self.too_long = Some(n as u64);
        }
        self.bytes_read += n as u64;
        self.lines_read += 1;
        if out.last() == Some(&b'\n') {
            out.pop();
        }
        if out.last() == Some(&b'\r') {
            out.pop();
        }
        if self.lines_read == 1 && out.starts_with(b"\xEF\xBB\xBF") {
            out.drain(..3);
        }
        Ok(Some(self.lines_read))
    }

    /// Reads the next record or defect into `rec`.
    pub fn next(&mut self, rec: &mut Record) -> io::Result<Next> {
        rec.clear();
        let Some(number) = self.read_line(&mut rec.raw)? else {
            return Ok(Next::End);
        };
        rec.line = number;
        if let Some(len) = self.too_long {
            return Ok(Next::Defect(Defect::TooLong(len)));
        }
        if rec.raw.iter().all(u8::is_ascii_whitespace) {
            return Ok(Next::Defect(Defect::EmptyLine));
        }
        match self.dialect {
            Dialect::Tsv => {
                split_tabs(&rec.raw, &mut rec.spans);
                Ok(Next::Record)
            }
            Dialect::Csv => self.csv_record(rec),
        }
    }

    /// Parses a CSV record whose first line is in `rec.raw`, reading more lines while a quoted
    /// field is open.
    fn csv_record(&mut self, rec: &mut Record) -> io::Result<Next> {
        rec.unescaped = true;
        let mut state = CsvState::FieldStart;
        let mut field_start = 0;
        let mut pos = 0;
        let mut extra: Vec<(u64, Vec<u8>)> = Vec::new();
        loop {
            let bytes = &rec.raw[pos..];
            for &b in bytes {
                match state {
                    CsvState::FieldStart => {
                        if b == b'"' {
                            state = CsvState::Quoted;
                        } else if b == b',' {
                            rec.spans.push((field_start, rec.buf.len()));
                            field_start = rec.buf.len();
                        } else {
                            rec.buf.push(b);
                            state = CsvState::Unquoted;
                        }
                    }
                    CsvState::Unquoted => {
                        if b == b',' {
                            rec.spans.push((field_start, rec.buf.len()));
                            field_start = rec.buf.len();
                            state = CsvState::FieldStart;
                        } else if b == b'"' {
                            return Ok(Next::Defect(Defect::StrayQuote(rec.spans.len())));
                        } else {
                            rec.buf.push(b);
                        }
                    }
                    CsvState::Quoted => {
                        if b == b'"' {
                            state = CsvState::QuoteInQuoted;
                        } else {
                            rec.buf.push(b);
                        }
                    }
                    CsvState::QuoteInQuoted => {
                        if b == b'"' {
                            rec.buf.push(b'"');
                            state = CsvState::Quoted;
                        } else if b == b',' {
                            rec.spans.push((field_start, rec.buf.len()));
                            field_start = rec.buf.len();
                            state = CsvState::FieldStart;
                        } else {
                            return Ok(Next::Defect(Defect::StrayQuote(rec.spans.len())));
                        }
                    }
                }
            }
            if state != CsvState::Quoted {
                rec.spans.push((field_start, rec.buf.len()));
                return Ok(Next::Record);
            }
            // A quoted field runs on to the next line.
            let field = rec.spans.len();
            let mut next = Vec::new();
            let more = self.read_line(&mut next)?;
            let too_long = extra.len() + 1 >= MAX_RECORD_LINES
                || rec.raw.len() + next.len() > MAX_RECORD_BYTES;
            match more {
                Some(n) if !too_long => {
                    extra.push((n, next.clone()));
                    rec.buf.push(b'\n');
                    pos = rec.raw.len() + 1;
                    rec.raw.push(b'\n');
                    rec.raw.extend_from_slice(&next);
                }
                _ => {
                    // Not closed: report the first line alone and read the others again.
                    if let Some(n) = more {
                        extra.push((n, next));
                    }
                    for l in extra.into_iter().rev() {
                        self.pending.push_front(l);
                    }
                    let first = rec.raw.split(|&b| b == b'\n').next().unwrap_or(b"").len();
                    rec.raw.truncate(first);
                    return Ok(Next::Defect(Defect::UnterminatedQuote(field)));
                }
            }
        }
    }
}

/// Pushes the spans of the tab-separated fields of `line`. A GDELT line has 61 short fields:
/// looking at 8 bytes at a time and taking every tab of a word from one bit mask is faster
/// than a search per field.
fn split_tabs(line: &[u8], spans: &mut Vec<(usize, usize)>) {
    const LOWS: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const TABS: u64 = 0x0909_0909_0909_0909;
    let mut start = 0;
    let mut chunks = line.chunks_exact(8);
    let mut base = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word) ^ TABS;
        // The high bit of each byte that was a tab (x's byte is zero), and no other bit.
        let mut tabs = !(((x & LOWS) + LOWS) | x | LOWS);
        while tabs != 0 {
            let i = base + (tabs.trailing_zeros() / 8) as usize;
            spans.push((start, i));
            start = i + 1;
            tabs &= tabs - 1;
        }
        base += 8;
    }
    for (j, &b) in chunks.remainder().iter().enumerate() {
        if b == b'\t' {
            spans.push((start, base + j));
            start = base + j + 1;
        }
    }
    spans.push((start, line.len()));
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CsvState {
    FieldStart,
    Unquoted,
    Quoted,
    QuoteInQuoted,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(text: &[u8], dialect: Dialect) -> Vec<(u64, Result<Vec<String>, Defect>, String)> {
        let mut r = RecordReader::new(text, dialect);
        let mut rec = Record::default();
        let mut out = Vec::new();
        loop {
            match r.next(&mut rec).unwrap() {
                Next::End => break,
                Next::Record => out.push((
                    rec.line,
                    Ok(rec
                        .fields()
                        .map(|f| String::from_utf8_lossy(f).into_owned())
                        .collect()),
                    String::from_utf8_lossy(&rec.raw).into_owned(),
                )),
                Next::Defect(d) => out.push((
                    rec.line,
                    Err(d),
                    String::from_utf8_lossy(&rec.raw).into_owned(),
                )),
            }
        }
        out
    }

    #[test]
    fn tsv_splits_on_tabs_keeps_quotes_and_reports_empty_lines() {
        let rows = read_all(b"a\tb\"c\t\r\n\n x\ty\n", Dialect::Tsv);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0].0, 1);
        assert_eq!(rows[0].1, Ok(vec!["a".into(), "b\"c".into(), "".into()]));
        assert_eq!(rows[1].0, 2);
        assert_eq!(rows[1].1, Err(Defect::EmptyLine));
        assert_eq!(rows[2].0, 3);
        assert_eq!(rows[2].1, Ok(vec![" x".into(), "y".into()]));
    }

    proptest::proptest! {
        #[test]
        fn split_tabs_agrees_with_split(line in proptest::collection::vec(
            proptest::prop_oneof![proptest::strategy::Just(b'\t'), proptest::num::u8::ANY],
            0..80,
        )) {
            let mut spans = Vec::new();
            split_tabs(&line, &mut spans);
            let got: Vec<&[u8]> = spans.iter().map(|&(a, b)| &line[a..b]).collect();
            let want: Vec<&[u8]> = line.split(|&b| b == b'\t').collect();
            proptest::prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn csv_unescapes_quotes_and_multiline_fields_and_counts_lines() {
        let rows = read_all(
            b"\xEF\xBB\xBFid,note\n1,\"a \"\"b\"\", c\"\n2,\"two\nlines\"\n3,x\n",
            Dialect::Csv,
        );
        let fields: Vec<_> = rows.iter().map(|r| (r.0, r.1.clone())).collect();
        assert_eq!(
            fields,
            vec![
                (1, Ok(vec!["id".into(), "note".into()])),
                (2, Ok(vec!["1".into(), "a \"b\", c".into()])),
                (3, Ok(vec!["2".into(), "two\nlines".into()])),
                (5, Ok(vec!["3".into(), "x".into()])),
            ]
        );
        assert_eq!(rows[2].2, "2,\"two\nlines\"");
    }

    #[test]
    fn csv_reports_stray_and_unterminated_quotes_and_reads_on() {
        let rows = read_all(b"a,b\"c\n\"x\"y,z\n1,\"open\n2,ok\n3,ok\n", Dialect::Csv);
        let kinds: Vec<_> = rows.iter().map(|r| (r.0, r.1.clone())).collect();
        assert_eq!(
            kinds,
            vec![
                (1, Err(Defect::StrayQuote(1))),
                (2, Err(Defect::StrayQuote(0))),
                (3, Err(Defect::UnterminatedQuote(1))),
                (4, Ok(vec!["2".into(), "ok".into()])),
                (5, Ok(vec!["3".into(), "ok".into()])),
            ]
        );
        assert_eq!(rows[2].2, "1,\"open");
        assert_eq!(rows[0].2, "a,b\"c");
    }
}
