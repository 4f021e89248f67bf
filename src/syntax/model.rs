//! The syntax model file: a header (magic, format version, the hash of the feature set, what the
//! model was trained on) and the tagger, lemmatizer and parser sections, little-endian. A model
//! whose header does not match the code is refused with a message, never misread.

use std::fmt;

use super::{lemma::Lemmatizer, parser::Parser, tagger::Tagger};

/// The first bytes of every model file.
const MAGIC: &[u8; 16] = b"CASUS-SYNTAX\0\0\0\x01";
/// The layout version of the file.
const VERSION: u32 = 1;

/// The hash of the feature set the code extracts: a model trained with other features is
/// refused. It changes whenever a feature template of the tagger, lemmatizer or parser changes.
pub fn feature_set_hash() -> u64 {
    let mut h = super::linear::atom(super::tagger::FEATURE_SET);
    h ^= super::linear::atom(super::parser::FEATURE_SET).rotate_left(1);
    h ^= super::linear::atom(super::lemma::FEATURE_SET).rotate_left(2);
    h
}

/// A model file that cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct ModelError {
    /// The byte offset where reading stopped.
    pub at: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "syntax model, byte {}: {}", self.at, self.message)
    }
}

/// Writes the little-endian fields of a model file.
#[derive(Default)]
pub struct Writer {
    buf: Vec<u8>,
}

impl Writer {
    /// An empty writer.
    pub fn new() -> Self {
        Writer::default()
    }

    /// Appends a byte.
    pub fn u8(&mut self, v: u8) {
        self.buf.push(v);
    }

    /// Appends a 16-bit integer.
    pub fn i16(&mut self, v: i16) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }

    /// Appends a 32-bit integer.
    pub fn u32(&mut self, v: u32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }

    /// Appends a 64-bit integer.
    pub fn u64(&mut self, v: u64) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }

    /// Appends a float.
    pub fn f32(&mut self, v: f32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }

    /// Appends bytes as they are.
    pub fn bytes(&mut self, b: &[u8]) {
        self.buf.extend_from_slice(b);
    }

    /// Appends a string (its length, then its bytes).
    pub fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.buf.extend_from_slice(s.as_bytes());
    }

    /// The bytes written.
    pub fn into_bytes(self) -> Vec<u8> {
        self.buf
    }
}

/// Reads the fields of a model file, failing with the offset on a short or bad file.
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `bytes`.
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes, at: 0 }
    }

    /// An error at the current offset.
    pub fn error(&self, message: &str) -> ModelError {
        ModelError {
            at: self.at,
            message: message.to_string(),
        }
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        if self.bytes.len() - self.at < n {
            return Err(self.error("the file ends early"));
        }
        let s = &self.bytes[self.at..self.at + n];
        self.at += n;
        Ok(s)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], ModelError> {
        Ok(self.take(N)?.try_into().expect("N bytes"))
    }

    /// Reads a byte.
    pub fn u8(&mut self) -> Result<u8, ModelError> {
        Ok(self.take(1)?[0])
    }

    /// Reads a 16-bit integer.
    pub fn i16(&mut self) -> Result<i16, ModelError> {
        Ok(i16::from_le_bytes(self.array()?))
    }

    /// Reads a 32-bit integer.
    pub fn u32(&mut self) -> Result<u32, ModelError> {
        Ok(u32::from_le_bytes(self.array()?))
    }

    /// Reads a 64-bit integer.
    pub fn u64(&mut self) -> Result<u64, ModelError> {
        Ok(u64::from_le_bytes(self.array()?))
    }

    /// Reads a float.
    pub fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_le_bytes(self.array()?))
    }

    /// Reads `n` bytes.
    pub fn bytes(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        self.take(n)
    }

    /// Reads a string.
    pub fn str(&mut self) -> Result<&'a str, ModelError> {
        let n = self.u32()? as usize;
        let at = self.at;
        let b = self.take(n)?;
        std::str::from_utf8(b).map_err(|_| ModelError {
            at,
            message: "a string is not UTF-8".into(),
        })
    }

    /// The bytes not read yet.
    pub fn ahead(&self) -> &'a [u8] {
        &self.bytes[self.at..]
    }

    /// Whether every byte was read.
    pub fn at_end(&self) -> bool {
        self.at == self.bytes.len()
    }
}

/// A trained syntax model: tagger, lemmatizer and parser, with what it was trained on.
pub struct Model {
    /// What the model was trained on, with which command and seed.
    pub description: String,
    /// The part-of-speech tagger.
    pub tagger: Tagger,
    /// The lemmatizer.
    pub lemmatizer: Lemmatizer,
    /// The dependency parser.
    pub parser: Parser,
}

impl Model {
    /// The model file's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::new();
        w.buf.extend_from_slice(MAGIC);
        w.u32(VERSION);
        w.u64(feature_set_hash());
        w.str(&self.description);
        self.tagger.write(&mut w);
        self.lemmatizer.write(&mut w);
        self.parser.write(&mut w);
        w.into_bytes()
    }

    /// Reads a model file, refusing one written for another format or feature set.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader::new(bytes);
        if r.take(MAGIC.len()).ok() != Some(&MAGIC[..]) {
            return Err(ModelError {
                at: 0,
                message: "not a casus syntax model (the magic bytes differ)".into(),
            });
        }
        let version = r.u32()?;
        if version != VERSION {
            return Err(r.error(&format!(
                "format version {version}, this casus reads version {VERSION}"
            )));
        }
        let hash = r.u64()?;
        if hash != feature_set_hash() {
            return Err(r.error(
                "the model was trained with another feature set than this casus extracts; \
                 train it again (docs/syntax.md)",
            ));
        }
        let description = r.str()?.to_string();
        let tagger = Tagger::read(&mut r)?;
        let lemmatizer = Lemmatizer::read(&mut r)?;
        let parser = Parser::read(&mut r)?;
        if !r.at_end() {
            return Err(r.error("bytes follow the last section"));
        }
        Ok(Model {
            description,
            tagger,
            lemmatizer,
            parser,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_round_trip_and_short_files_fail() {
        let mut w = Writer::new();
        w.u8(7);
        w.i16(-3);
        w.u32(70000);
        w.u64(u64::MAX - 1);
        w.f32(0.25);
        w.str("EWT");
        let b = w.into_bytes();
        let mut r = Reader::new(&b);
        assert_eq!(r.u8(), Ok(7));
        assert_eq!(r.i16(), Ok(-3));
        assert_eq!(r.u32(), Ok(70000));
        assert_eq!(r.u64(), Ok(u64::MAX - 1));
        assert_eq!(r.f32(), Ok(0.25));
        assert_eq!(r.str(), Ok("EWT"));
        assert!(r.at_end());
        let e = r.u8().unwrap_err();
        assert_eq!(
            e.to_string(),
            format!("syntax model, byte {}: the file ends early", b.len())
        );
    }

    #[test]
    fn a_foreign_file_is_refused() {
        let e = Model::from_bytes(b"hello").err().unwrap();
        assert!(e.message.contains("not a casus syntax model"), "{e}");
        let mut b = MAGIC.to_vec();
        b.extend_from_slice(&99u32.to_le_bytes());
        let e = Model::from_bytes(&b).err().unwrap();
        assert!(e.message.contains("format version 99"), "{e}");
        let mut b = MAGIC.to_vec();
        b.extend_from_slice(&VERSION.to_le_bytes());
        b.extend_from_slice(&(feature_set_hash() ^ 1).to_le_bytes());
        let e = Model::from_bytes(&b).err().unwrap();
        assert!(e.message.contains("another feature set"), "{e}");
    }
}
