//! The set of event ids a run has read, to refuse a duplicate: an id that ends in a number
//! (`gdelt-410412347`, `acled-SYR1234`) is a bit in a bitmap of its prefix's numbers, kept
//! compact for dense numbers and sparse ones alike; any other id is a 128-bit hash. Memory
//! then grows with the span of the numbers, not with 16 bytes and more per row.

use std::collections::HashSet;
use std::hash::Hasher;

use rustc_hash::FxHashMap;

/// Ids of at most this many distinct prefixes are kept as numbers; ids of other prefixes are
/// hashed (a run of arbitrary ids with digits at the end would otherwise make a bitmap each).
const MAX_PREFIXES: usize = 4096;

/// Members of a block of 65,536 numbers kept as a sorted list up to this many, as a bitmap of
/// 8 KiB beyond (where the list would take as much).
const LIST_MAX: usize = 4096;

/// The numbers of one block of 65,536 (their low 16 bits).
enum Block {
    List(Vec<u16>),
    Bits(Box<[u64; 1024]>),
}

impl Block {
    /// Adds `low`; whether it was new.
    fn insert(&mut self, low: u16) -> bool {
        match self {
            Block::List(list) => match list.binary_search(&low) {
                Ok(_) => false,
                Err(at) => {
                    if list.len() < LIST_MAX {
                        list.insert(at, low);
                    } else {
                        let mut bits = Box::new([0u64; 1024]);
                        for &x in list.iter().chain([&low]) {
                            bits[usize::from(x >> 6)] |= 1 << (x & 63);
                        }
                        *self = Block::Bits(bits);
                    }
                    true
                }
            },
            Block::Bits(bits) => {
                let (word, bit) = (usize::from(low >> 6), 1u64 << (low & 63));
                let new = bits[word] & bit == 0;
                bits[word] |= bit;
                new
            }
        }
    }
}

/// The ids read so far.
#[derive(Default)]
pub struct IdSet {
    prefixes: FxHashMap<Box<str>, u32>,
    blocks: FxHashMap<(u32, u64), Block>,
    hashed: HashSet<u128, std::hash::BuildHasherDefault<KeyHasher>>,
}

/// An id split into the text before its number and the number: the number is the id's last
/// digits without leading zeros (they stay with the prefix: `x-007` is `x-00` and 7), so that
/// the two give the id back and no two ids share a split.
fn split(id: &str) -> Option<(&str, u64)> {
    let digits = id.len() - id.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return None;
    }
    let tail = &id[id.len() - digits..];
    let zeros = tail.len() - tail.trim_start_matches('0').len();
    let keep = if zeros == tail.len() {
        1
    } else {
        tail.len() - zeros
    };
    let at = id.len() - keep;
    id[at..].parse().ok().map(|n| (&id[..at], n))
}

impl IdSet {
    /// Adds `id`; whether it was not there yet.
    pub fn insert(&mut self, id: &str) -> bool {
        if let Some((prefix, n)) = split(id) {
            let known = self.prefixes.get(prefix).copied();
            let index = match known {
                Some(i) => Some(i),
                None if self.prefixes.len() < MAX_PREFIXES => {
                    let i = self.prefixes.len() as u32;
                    self.prefixes.insert(Box::from(prefix), i);
                    Some(i)
                }
                None => None,
            };
            if let Some(i) = index {
                return self
                    .blocks
                    .entry((i, n >> 16))
                    .or_insert_with(|| Block::List(Vec::new()))
                    .insert(n as u16);
            }
        }
        self.hashed.insert(id_key(id))
    }
}

impl<'a> FromIterator<&'a str> for IdSet {
    fn from_iter<I: IntoIterator<Item = &'a str>>(ids: I) -> Self {
        let mut set = IdSet::default();
        for id in ids {
            set.insert(id);
        }
        set
    }
}

/// The hasher of the set of id keys: the keys are hashes already, so it only mixes their bits
/// (the SplitMix64 finaliser) to spread them over the table.
#[derive(Default)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u128(&mut self, n: u128) {
        self.0 = (n as u64) ^ ((n >> 64) as u64).rotate_left(32);
    }

    fn finish(&self) -> u64 {
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
        z ^ (z >> 31)
    }
}

/// A 128-bit hash of an id.
fn id_key(id: &str) -> u128 {
    // Two different 64-bit hashes with fixed keys (FxHash and FNV-1a): deterministic and fast;
    // two distinct ids agree on both only by an accident far rarer than one in 2^64.
    let mut a = rustc_hash::FxHasher::default();
    a.write(id.as_bytes());
    let mut b: u64 = 0xcbf29ce484222325;
    for &x in id.as_bytes() {
        b = (b ^ u64::from(x)).wrapping_mul(0x100000001b3);
    }
    (u128::from(a.finish()) << 64) | u128::from(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn splits_give_the_id_back_and_keep_leading_zeros_in_the_prefix() {
        assert_eq!(split("gdelt-410412347"), Some(("gdelt-", 410412347)));
        assert_eq!(split("acled-SYR1234"), Some(("acled-SYR", 1234)));
        assert_eq!(split("x-007"), Some(("x-00", 7)));
        assert_eq!(split("x-000"), Some(("x-00", 0)));
        assert_eq!(split("42"), Some(("", 42)));
        assert_eq!(split("e-"), None);
        assert_eq!(split("story"), None);
        // More digits than a u64 holds: hashed.
        assert_eq!(split("x-123456789012345678901234"), None);
    }

    #[test]
    fn dense_and_sparse_numbers_and_other_ids_are_each_found_once() {
        let mut set = IdSet::default();
        // Dense enough that blocks turn into bitmaps, and sparse ones that stay lists.
        for n in (0..200_000u64).step_by(3).chain((1..50).map(|k| k << 30)) {
            assert!(set.insert(&format!("gdelt-{n}")), "{n}");
        }
        for n in (0..200_000u64).step_by(3).chain((1..50).map(|k| k << 30)) {
            assert!(!set.insert(&format!("gdelt-{n}")), "{n} again");
        }
        assert!(set.insert("gdelt-1"));
        assert!(set.insert("gdelt-01"), "another id than gdelt-1");
        assert!(set.insert("icews-1"), "another prefix");
        assert!(set.insert("story-a"));
        assert!(!set.insert("story-a"));
        assert!(matches!(set.blocks.get(&(0, 0)), Some(Block::Bits(_))));
        assert!(matches!(
            set.blocks.get(&(0, 1 << 14)),
            Some(Block::List(_))
        ));
    }

    #[test]
    fn beyond_the_prefixes_kept_ids_are_hashed_and_still_found() {
        let mut set = IdSet::default();
        for k in 0..MAX_PREFIXES + 100 {
            assert!(set.insert(&format!("p{k}-7")));
        }
        for k in 0..MAX_PREFIXES + 100 {
            assert!(!set.insert(&format!("p{k}-7")), "{k}");
        }
        assert_eq!(set.prefixes.len(), MAX_PREFIXES);
        assert_eq!(set.hashed.len(), 100);
    }

    proptest! {
        #[test]
        fn agrees_with_a_set_of_strings(ids in proptest::collection::vec("[a-c]{0,2}-?0{0,2}[0-9]{0,3}", 0..200)) {
            let mut set = IdSet::default();
            let mut plain = std::collections::HashSet::new();
            for id in &ids {
                prop_assert_eq!(set.insert(id), plain.insert(id.clone()), "{}", id);
            }
        }
    }
}
