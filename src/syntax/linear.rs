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

/// A trained linear model: for each known feature, a row of class weights quantised to 16 bits
/// against one scale.
///
/// The layout is made for the cache and for vector instructions: `index` is an open-addressing
/// table of 64-bit slots, each a feature's 32-bit tag (the high half of its key) beside the
/// offset of its row in `data`. A row starts with a header: `-1` for a dense row (one weight
/// per class follows), else the number of (class, weight) pairs of a sparse row. Rows with many
/// classes (frequent features) are dense, the rest sparse. Scoring looks up every feature's slot
/// first, then reads the rows, so the memory reads of one step overlap. Two keys with one tag
/// (about one pair in four thousand million) share a row.
pub struct Linear {
    classes: usize,
    scale: f32,
    mask: usize,
    index: Vec<u64>,
    data: Vec<i16>,
    features: usize,
}

/// A key's tag: its high half, never 0 (0 marks an empty slot).
#[inline]
fn tag(key: u64) -> u32 {
    ((key >> 32) as u32).max(1)
}

/// Most features scored at once (longer lists are scored in pieces).
const BATCH: usize = 128;

/// The header of a dense row.
const DENSE: i16 = -1;

/// The largest quantised weight: eight dense rows add up in 16 bits without overflow.
const QMAX: f32 = 4095.0;

/// Dense rows added in 16 bits before the sums move to 32 bits.
const DENSE_RUN: usize = 8;

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
        let scale = if max > 0.0 { max / QMAX } else { 1.0 };
        let mut merged: rustc_hash::FxHashMap<u32, usize> = Default::default();
        let mut order: Vec<(u32, Vec<(u8, i16)>)> = Vec::new();
        for (t, row) in rows {
            let q = row
                .into_iter()
                .map(|(c, w)| (c, (w / scale).round() as i16));
            match merged.get(&t) {
                Some(&i) => {
                    for (c, q) in q {
                        match order[i].1.iter_mut().find(|(k, _)| *k == c) {
                            Some(e) => e.1 = (e.1 + q).clamp(-(QMAX as i16), QMAX as i16),
                            None => order[i].1.push((c, q)),
                        }
                    }
                }
                None => {
                    merged.insert(t, order.len());
                    order.push((t, q.collect()));
                }
            }
        }
        let mut model = Linear::empty(classes, scale, order.len());
        for (t, mut row) in order {
            row.retain(|(_, q)| *q != 0);
            row.sort_unstable_by_key(|(c, _)| *c);
            if !row.is_empty() {
                model.push(t, &row);
            }
        }
        model
    }

    /// The room the rows of a table take in `data`, from the header of each row.
    fn room(len: usize, classes: usize) -> usize {
        if len * 4 >= classes {
            1 + classes.next_multiple_of(8)
        } else {
            1 + 2 * len
        }
    }

    /// A model with room for `features` rows and none yet.
    fn empty(classes: usize, scale: f32, features: usize) -> Linear {
        let size = (features * 3 / 2 + 1).next_power_of_two().max(16);
        Linear {
            classes,
            scale,
            mask: size - 1,
            index: vec![0; size],
            data: Vec::new(),
            features: 0,
        }
    }

    /// Adds a row of (class, weight), classes ascending, under a tag that is not in the table
    /// yet (false when it is).
    fn push(&mut self, t: u32, row: &[(u8, i16)]) -> bool {
        if self.find(u64::from(t) << 32).is_some() {
            return false;
        }
        let offset = self.append(row);
        self.insert(t, offset)
    }

    /// The slot of tag `t` in the table: the first free one from its home (`None` when the tag
    /// is there already).
    #[inline]
    fn free_slot(&self, t: u32) -> Option<usize> {
        let mut i = t as usize & self.mask;
        while self.index[i] != 0 {
            if self.index[i] >> 32 == u64::from(t) {
                return None;
            }
            i = (i + 1) & self.mask;
        }
        Some(i)
    }

    /// Puts the row at `offset` in the table under tag `t` (false when the tag is there).
    fn insert(&mut self, t: u32, offset: usize) -> bool {
        let Some(i) = self.free_slot(t) else {
            return false;
        };
        self.index[i] = u64::from(t) << 32 | offset as u64;
        self.features += 1;
        true
    }

    /// Appends a row of (class, weight), classes ascending, to `data`; returns its offset.
    fn append(&mut self, row: &[(u8, i16)]) -> usize {
        let offset = self.data.len();
        assert!(offset < 1 << 32, "a model's rows fit in 8 GiB");
        if Linear::room(row.len(), self.classes) > 1 + 2 * row.len() {
            self.data.push(DENSE);
            let start = self.data.len();
            self.data
                .resize(start + self.classes.next_multiple_of(8), 0);
            for &(c, q) in row {
                self.data[start + c as usize] = q;
            }
        } else {
            self.data.push(row.len() as i16);
            for &(c, q) in row {
                self.data.push(i16::from(c));
                self.data.push(q);
            }
        }
        offset
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

    /// The size of the weights in bytes.
    pub fn bytes(&self) -> usize {
        self.data.len() * 2 + self.index.len() * 8
    }

    /// The (class, weight) entries of the row at `offset` and the offset after it.
    fn row(&self, offset: usize) -> (Vec<(u8, i16)>, usize) {
        let h = self.data[offset];
        if h == DENSE {
            let w = &self.data[offset + 1..offset + 1 + self.classes];
            let row = (0..self.classes)
                .filter(|&c| w[c] != 0)
                .map(|c| (c as u8, w[c]))
                .collect();
            (row, offset + 1 + self.classes.next_multiple_of(8))
        } else {
            let n = h as usize;
            let e = &self.data[offset + 1..offset + 1 + 2 * n];
            let row = e.chunks_exact(2).map(|p| (p[0] as u8, p[1])).collect();
            (row, offset + 1 + 2 * n)
        }
    }

    /// Adds the weights of `features` to `scores` (one score per class).
    pub fn score(&self, features: &[u64], scores: &mut [f32]) {
        let mut acc = [0i32; 256];
        // Dense rows are added eight lanes at a time in 16 bits (the compiler makes vector adds
        // of them), and moved to the 32-bit sums every DENSE_RUN rows: |weight| <= QMAX keeps
        // that from overflowing.
        let mut acc16 = [0i16; 256];
        let acc16 = &mut acc16[..self.classes.next_multiple_of(8)];
        let mut pending = 0;
        let flush = |acc: &mut [i32; 256], acc16: &mut [i16]| {
            for (a, b) in acc.chunks_exact_mut(8).zip(acc16.chunks_exact_mut(8)) {
                let a: &mut [i32; 8] = a.try_into().expect("eight lanes");
                let b: &mut [i16; 8] = b.try_into().expect("eight lanes");
                for k in 0..8 {
                    a[k] += i32::from(b[k]);
                }
                *b = [0; 8];
            }
        };
        let mut offsets = [usize::MAX; BATCH];
        for chunk in features.chunks(BATCH) {
            // First every slot, then every row: the reads of each pass are independent. The
            // slots' and the rows' cache lines are asked for ahead of their use.
            for &f in chunk {
                prefetch(&self.index[tag(f) as usize & self.mask]);
            }
            for (o, &f) in offsets.iter_mut().zip(chunk) {
                *o = self.find(f).unwrap_or(usize::MAX);
                if *o != usize::MAX {
                    prefetch(&self.data[*o]);
                }
            }
            for &o in &offsets[..chunk.len()] {
                if o == usize::MAX {
                    continue;
                }
                let h = self.data[o];
                if h == DENSE {
                    let w = &self.data[o + 1..o + 1 + acc16.len()];
                    for (a, w) in acc16.chunks_exact_mut(8).zip(w.chunks_exact(8)) {
                        let a: &mut [i16; 8] = a.try_into().expect("eight lanes");
                        let w: &[i16; 8] = w.try_into().expect("eight lanes");
                        for k in 0..8 {
                            a[k] = a[k].wrapping_add(w[k]);
                        }
                    }
                    pending += 1;
                    if pending == DENSE_RUN {
                        flush(&mut acc, acc16);
                        pending = 0;
                    }
                } else {
                    for p in self.data[o + 1..o + 1 + 2 * h as usize].chunks_exact(2) {
                        acc[p[0] as u8 as usize] += i32::from(p[1]);
                    }
                }
            }
        }
        if pending > 0 {
            flush(&mut acc, acc16);
        }
        for (s, a) in scores.iter_mut().zip(acc.iter()) {
            *s += *a as f32 * self.scale;
        }
    }

    /// Writes the model: each feature's tag and row, in the order of the rows.
    pub fn write(&self, w: &mut Writer) {
        w.u32(self.classes as u32);
        w.f32(self.scale);
        w.u32(self.features as u32);
        // In the order of the table, so that reading places each row at or just after the slot
        // before: the table fills front to back.
        for &s in self.index.iter().filter(|&&s| s != 0) {
            w.u32((s >> 32) as u32);
            let (row, _) = self.row((s & 0xFFFF_FFFF) as usize);
            w.u8(row.len() as u8);
            for (c, q) in row {
                w.u8(c);
                w.i16(q);
            }
        }
    }

    /// Reads a model written by `write`.
    pub fn read(r: &mut Reader) -> Result<Self, ModelError> {
        let classes = r.u32()? as usize;
        let scale = r.f32()?;
        let n = r.u32()? as usize;
        if classes > 256 || !scale.is_finite() || n > 1 << 28 {
            return Err(r.error("a weight table's header is inconsistent"));
        }
        let mut model = Linear::empty(classes, scale, n);
        // One look over the rows' lengths sizes `data` exactly.
        let (mut at, mut room, ahead) = (0, 0, r.ahead());
        for _ in 0..n {
            let Some(&len) = ahead.get(at + 4) else {
                break;
            };
            room += Linear::room(len as usize, classes);
            at += 5 + 3 * len as usize;
        }
        model.data.reserve_exact(room);
        // The rows go to `data` in the file's order, and their slots to the table afterwards in
        // the order of their homes: filled front to back, the table is written in one sweep
        // instead of a cache miss per row (the file's order is that of the writer's table, whose
        // size need not be this one's).
        let mut slots: Vec<u64> = Vec::with_capacity(n);
        let mut row = Vec::with_capacity(classes);
        for _ in 0..n {
            let t = r.u32()?;
            let len = r.u8()? as usize;
            row.clear();
            for e in r.bytes(3 * len)?.chunks_exact(3) {
                let q = i16::from_le_bytes([e[1], e[2]]);
                if e[0] as usize >= classes || f32::from(q).abs() > QMAX {
                    return Err(r.error("a weight's class or size is out of range"));
                }
                row.push((e[0], q));
            }
            if t == 0 || row.is_empty() {
                return Err(r.error("a weight row is empty"));
            }
            slots.push(u64::from(t) << 32 | model.append(&row) as u64);
        }
        sort_by_home(&mut slots, model.mask);
        for s in slots {
            if !model.insert((s >> 32) as u32, (s & 0xFFFF_FFFF) as usize) {
                return Err(r.error("a weight row repeats a feature"));
            }
        }
        Ok(model)
    }
}

/// Asks the processor to bring the cache line of `x` in (a hint; nothing on other targets).
#[inline(always)]
fn prefetch<T>(x: &T) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
        // SAFETY: a prefetch is a hint that never faults; SSE is part of every x86-64
        // processor, and the pointer comes from a reference.
        unsafe { _mm_prefetch::<_MM_HINT_T0>((x as *const T).cast::<i8>()) };
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = x;
}

/// Sorts table slots (tag in the high half) by their home, `tag & mask`: a radix sort, eleven
/// bits a pass, stable, linear in the number of slots.
fn sort_by_home(slots: &mut Vec<u64>, mask: usize) {
    const BITS: u32 = 11;
    let mut other = vec![0u64; slots.len()];
    let mut shift = 0;
    while mask >> shift != 0 {
        let digit = |s: u64| (((s >> 32) as usize & mask) >> shift) & ((1 << BITS) - 1);
        let mut start = [0usize; 1 << BITS];
        for &s in slots.iter() {
            start[digit(s)] += 1;
        }
        let mut sum = 0;
        for c in start.iter_mut() {
            (*c, sum) = (sum, sum + *c);
        }
        for &s in slots.iter() {
            let d = digit(s);
            other[start[d]] = s;
            start[d] += 1;
        }
        std::mem::swap(slots, &mut other);
        shift += BITS;
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
        assert_eq!(m.features(), 2);
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

    #[test]
    fn slots_sort_by_home_keeping_every_slot() {
        let mask = (1 << 20) - 1;
        let mut slots: Vec<u64> = (0..5000u64)
            .map(|i| (key(3, &[i]) >> 32) << 32 | i)
            .collect();
        let mut want = slots.clone();
        sort_by_home(&mut slots, mask);
        let home = |s: &u64| (s >> 32) as usize & mask;
        assert!(slots.windows(2).all(|w| home(&w[0]) <= home(&w[1])));
        slots.sort_unstable();
        want.sort_unstable();
        assert_eq!(slots, want);
    }

    #[test]
    fn a_table_with_a_repeated_feature_is_refused() {
        let m = Linear::from_rows(4, vec![(key(1, &[1]), vec![(0, 1.0)])]);
        let mut w = Writer::new();
        m.write(&mut w);
        let one = w.into_bytes();
        // Header (classes, scale, count) then one row: write the row twice and count two.
        let (head, row) = one.split_at(12);
        let mut two = head.to_vec();
        two[8..12].copy_from_slice(&2u32.to_le_bytes());
        two.extend_from_slice(row);
        two.extend_from_slice(row);
        let e = Linear::read(&mut Reader::new(&two)).err().expect("refused");
        assert!(e.message.contains("repeats a feature"), "{e}");
        assert!(Linear::read(&mut Reader::new(&one)).is_ok());
    }

    #[test]
    fn dense_and_sparse_rows_score_alike() {
        let dense: Vec<(u8, f32)> = (0..8u8).map(|c| (c, f32::from(c) - 3.0)).collect();
        let sparse = vec![(1u8, 2.0f32), (6, -1.0)];
        let (a, b) = (key(1, &[1]), key(1, &[2]));
        // Seven weights of sixteen classes make a dense row, two a sparse one.
        let m = Linear::from_rows(16, vec![(a, dense.clone()), (b, sparse.clone())]);
        assert_eq!(m.data[m.find(a).unwrap()], DENSE);
        assert_eq!(m.data[m.find(b).unwrap()], 2);
        let mut s = vec![0.0; 16];
        m.score(&[a, b, a], &mut s);
        for c in 0..8 {
            let want = 2.0 * dense[c].1
                + sparse
                    .iter()
                    .filter(|e| e.0 as usize == c)
                    .map(|e| e.1)
                    .sum::<f32>();
            assert!((s[c] - want).abs() < 1e-2, "class {c}: {} vs {want}", s[c]);
        }
        let mut w = Writer::new();
        m.write(&mut w);
        let bytes = w.into_bytes();
        let back = Linear::read(&mut Reader::new(&bytes)).unwrap();
        let mut t = vec![0.0; 16];
        back.score(&[a, b, a], &mut t);
        assert_eq!(s, t);
        assert_eq!(back.features(), 2);
    }
}
