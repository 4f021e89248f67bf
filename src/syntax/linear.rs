//! The linear scorer the tagger and the parser share: hashed features, each with a short sparse
//! row of class weights, kept in one open-addressing table; and feature hashing itself.

use super::model::{ModelError, Reader, Writer};

/// Combines a feature's template number with its atoms into a 64-bit key; never 0 (0 marks an
/// empty slot of the table).
#[inline]
pub fn key(template: u32, atoms: &[u64]) -> u64 {
    let mut h = 0x243F_6A88_85A3_08D3u64 ^ u64::from(template).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    for &a in atoms {
        h = (h.rotate_left(23) ^ a).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    finish(h) | 1
}

/// The 64-bit finaliser of MurmurHash3: every input bit reaches every output bit.
#[inline]
fn finish(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    h ^= h >> 33;
    h = h.wrapping_mul(0xC4CE_B9FE_1A85_EC53);
    h ^ (h >> 33)
}

/// A hash of a string, for use as a feature atom.
#[inline]
pub fn atom(s: &str) -> u64 {
    let mut h = 0xCBF2_9CE4_8422_2325u64;
    for chunk in s.as_bytes().chunks(8) {
        let mut b = [0u8; 8];
        b[..chunk.len()].copy_from_slice(chunk);
        h = (h ^ u64::from_le_bytes(b))
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .rotate_left(29);
    }
    finish(h ^ s.len() as u64)
}

/// A trained linear model: for each known feature, a sparse row of (class, weight), weights
/// quantised to 16 bits against one scale.
///
/// The layout is made for the cache: `index` is an open-addressing table of 64-bit slots, each
/// a feature's 32-bit tag (the high half of its key) beside the offset of its row in `rows`; a
/// row is its length in a byte, then (class byte, little-endian 16-bit weight) per entry.
/// Scoring first looks up every feature's slot, then reads every row, so the memory reads of
/// one step overlap. Two keys with one tag (about one pair in a thousand million) share a row.
pub struct Linear {
    classes: usize,
    scale: f32,
    mask: usize,
    index: Vec<u64>,
    rows: Vec<u8>,
    features: usize,
}

/// A key's tag: its high half, never 0 (0 marks an empty slot).
#[inline]
fn tag(key: u64) -> u32 {
    ((key >> 32) as u32).max(1)
}

/// Most features scored at once (longer lists are scored in pieces).
const BATCH: usize = 128;

impl Linear {
    /// A model with `classes` classes (at most 256) built from feature rows; rows with no
    /// entries are left out, rows of keys with one tag are added up.
    pub fn from_rows(
        classes: usize,
        rows: impl IntoIterator<Item = (u64, Vec<(u8, f32)>)>,
    ) -> Self {
        let rows: Vec<(u32, Vec<(u8, f32)>)> = rows
            .into_iter()
            .filter(|(_, r)| !r.is_empty())
            .map(|(k, r)| (tag(k), r))
            .collect();
        let max = rows
            .iter()
            .flat_map(|(_, r)| r.iter().map(|(_, w)| w.abs()))
            .fold(0f32, f32::max);
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        Linear::build(
            classes,
            scale,
            rows.into_iter().map(|(t, r)| {
                let q: Vec<(u8, i16)> = r
                    .into_iter()
                    .map(|(c, w)| (c, (w / scale).round() as i16))
                    .collect();
                (t, q)
            }),
        )
    }

    /// Builds the table from rows of quantised weights.
    fn build(
        classes: usize,
        scale: f32,
        rows: impl Iterator<Item = (u32, Vec<(u8, i16)>)>,
    ) -> Self {
        let mut merged: rustc_hash::FxHashMap<u32, usize> = Default::default();
        let mut order: Vec<(u32, Vec<(u8, i16)>)> = Vec::new();
        for (t, row) in rows {
            match merged.get(&t) {
                Some(&i) => {
                    for (c, q) in row {
                        match order[i].1.iter_mut().find(|(k, _)| *k == c) {
                            Some(e) => e.1 = e.1.saturating_add(q),
                            None => order[i].1.push((c, q)),
                        }
                    }
                }
                None => {
                    merged.insert(t, order.len());
                    order.push((t, row));
                }
            }
        }
        let size = (order.len() * 3 / 2 + 1).next_power_of_two().max(16);
        let mut model = Linear {
            classes,
            scale,
            mask: size - 1,
            index: vec![0; size],
            rows: Vec::new(),
            features: 0,
        };
        for (t, mut row) in order {
            row.retain(|(_, q)| *q != 0);
            row.truncate(255);
            if row.is_empty() {
                continue;
            }
            let offset = model.rows.len();
            assert!(offset < 1 << 32, "a model's rows fit in 4 GiB");
            model.rows.push(row.len() as u8);
            for (c, q) in row {
                model.rows.push(c);
                model.rows.extend_from_slice(&q.to_le_bytes());
            }
            let mut i = t as usize & model.mask;
            while model.index[i] != 0 {
                i = (i + 1) & model.mask;
            }
            model.index[i] = u64::from(t) << 32 | offset as u64;
            model.features += 1;
        }
        model
    }

    /// The offset of the row of `key`, if the model has it.
    #[inline]
    fn find(&self, key: u64) -> Option<usize> {
        let t = u64::from(tag(key));
        let mut i = t as usize & self.mask;
        loop {
            let slot = self.index[i];
            if slot == 0 {
                return None;
            }
            if slot >> 32 == t {
                return Some((slot & 0xFFFF_FFFF) as usize);
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The number of classes.
    pub fn classes(&self) -> usize {
        self.classes
    }

    /// The number of features with weights.
    pub fn features(&self) -> usize {
        self.features
    }

    /// The number of (feature, class) weights.
    pub fn weights(&self) -> usize {
        (self.rows.len() - self.features) / 3
    }

    /// Adds the weights of `features` to `scores` (one score per class).
    pub fn score(&self, features: &[u64], scores: &mut [f32]) {
        let mut acc = [0i32; 256];
        let mut offsets = [usize::MAX; BATCH];
        for chunk in features.chunks(BATCH) {
            // First every slot, then every row: the reads of each pass are independent.
            for (o, &f) in offsets.iter_mut().zip(chunk) {
                *o = self.find(f).unwrap_or(usize::MAX);
            }
            for &o in &offsets[..chunk.len()] {
                if o == usize::MAX {
                    continue;
                }
                let len = self.rows[o] as usize;
                for e in self.rows[o + 1..o + 1 + 3 * len].chunks_exact(3) {
                    acc[e[0] as usize] += i32::from(i16::from_le_bytes([e[1], e[2]]));
                }
            }
        }
        for (s, a) in scores.iter_mut().zip(&acc[..self.classes]) {
            *s += *a as f32 * self.scale;
        }
    }

    /// Writes the model: each feature's tag and row, in the order of the rows.
    pub fn write(&self, w: &mut Writer) {
        w.u32(self.classes as u32);
        w.f32(self.scale);
        let mut slots: Vec<u64> = self.index.iter().copied().filter(|&s| s != 0).collect();
        slots.sort_unstable_by_key(|s| s & 0xFFFF_FFFF);
        w.u32(slots.len() as u32);
        for s in slots {
            w.u32((s >> 32) as u32);
            let o = (s & 0xFFFF_FFFF) as usize;
            w.bytes(&self.rows[o..o + 1 + 3 * self.rows[o] as usize]);
        }
    }

    /// Reads a model written by `write`.
    pub fn read(r: &mut Reader) -> Result<Self, ModelError> {
        let classes = r.u32()? as usize;
        let scale = r.f32()?;
        let n = r.u32()? as usize;
        if classes > 256 || !scale.is_finite() {
            return Err(r.error("a weight table's header is inconsistent"));
        }
        let mut rows = Vec::with_capacity(n.min(1 << 24));
        for _ in 0..n {
            let t = r.u32()?;
            if t == 0 {
                return Err(r.error("a feature's tag is 0"));
            }
            let len = r.u8()? as usize;
            let mut row = Vec::with_capacity(len);
            for e in r.bytes(3 * len)?.chunks_exact(3) {
                if e[0] as usize >= classes {
                    return Err(r.error("a weight's class is out of range"));
                }
                row.push((e[0], i16::from_le_bytes([e[1], e[2]])));
            }
            rows.push((t, row));
        }
        Ok(Linear::build(classes, scale, rows.into_iter()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_differ_by_template_and_atoms() {
        let a = key(1, &[atom("the")]);
        assert_ne!(a, key(2, &[atom("the")]));
        assert_ne!(a, key(1, &[atom("The")]));
        assert_ne!(key(1, &[1, 2]), key(1, &[2, 1]));
        assert_eq!(a, key(1, &[atom("the")]));
        assert_eq!(a & 1, 1);
        assert_ne!(atom("abcdefgh"), atom("abcdefgh\0"));
    }

    #[test]
    fn scores_sum_the_rows_of_known_features() {
        let (f1, f2, f3) = (key(1, &[1]), key(1, &[2]), key(1, &[3]));
        let m = Linear::from_rows(
            3,
            vec![(f1, vec![(0, 1.0), (2, -0.5)]), (f2, vec![(2, 2.0)])],
        );
        let mut s = vec![0.0; 3];
        m.score(&[f1, f2, f3], &mut s);
        let want = [1.0, 0.0, 1.5];
        assert!(
            s.iter().zip(want).all(|(a, b)| (a - b).abs() < 1e-3),
            "{s:?}"
        );
        assert_eq!((m.features(), m.weights()), (2, 3));
    }

    #[test]
    fn write_then_read_keeps_the_scores() {
        let rows: Vec<(u64, Vec<(u8, f32)>)> = (0..1000u64)
            .map(|i| (key(7, &[i]), vec![((i % 5) as u8, i as f32 / 100.0 - 3.0)]))
            .collect();
        let m = Linear::from_rows(5, rows.clone());
        let mut w = Writer::new();
        m.write(&mut w);
        let bytes = w.into_bytes();
        let back = Linear::read(&mut Reader::new(&bytes)).unwrap();
        for (k, row) in rows {
            let (mut a, mut b) = (vec![0.0; 5], vec![0.0; 5]);
            m.score(&[k], &mut a);
            back.score(&[k], &mut b);
            let c = row[0].0 as usize;
            assert!((a[c] - b[c]).abs() < 1e-3, "{} vs {}", a[c], b[c]);
        }
    }
}
