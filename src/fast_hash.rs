//! [`FastHasher`]: a small, fixed (unseeded) hasher for the hash maps that the tagging
//! hot path looks words up in (vocabulary terms, keyword rules).
//!
//! The standard SipHash guards against hash flooding from untrusted keys, at several
//! times the cost. These maps are keyed by a model's own terms and only ever looked up,
//! so a multiply-rotate hash in the style of rustc's FxHash is enough, and being unseeded
//! it is deterministic across runs. Nothing depends on iteration order.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A hash map using [`FastHasher`].
pub type FastHashMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// A hash set using [`FastHasher`], for sets that are only asked what they hold.
pub type FastHashSet<T> = HashSet<T, BuildHasherDefault<FastHasher>>;

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// Mixes two words into one, every output bit depending on every input bit (a folded
/// 128-bit multiply, after constants so that zero inputs mix too). For integer keys
/// whose low bits alone would cluster: [`FastHasher`] carries only the low bits of its
/// input into the low bits of the hash, which pick the table slot.
#[inline]
pub fn fold_multiply(a: u64, b: u64) -> u64 {
    let product = u128::from(a ^ 0x243f_6a88_85a3_08d3) * u128::from(b ^ 0x1319_8a2e_0370_7344);
    (product as u64) ^ ((product >> 64) as u64)
}

/// FxHash-style hasher: per 8-byte word, `h = (h.rotl(5) ^ word) × SEED`.
#[derive(Debug, Clone, Copy, Default)]
pub struct FastHasher {
    hash: u64,
}

impl FastHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word) ^ ((rest.len() as u64) << 59));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::{BuildHasher, Hash};

    fn hash_of(s: &str) -> u64 {
        BuildHasherDefault::<FastHasher>::default().hash_one(s)
    }

    #[test]
    fn fixed_and_distinguishes_close_keys() {
        assert_eq!(hash_of("waiting"), hash_of("waiting"));
        let keys = [
            "wait",
            "waits",
            "waiting",
            "a",
            "ab",
            "",
            "abcdefgh",
            "abcdefgh\0",
        ];
        let mut hashes: Vec<u64> = keys.iter().map(|k| hash_of(k)).collect();
        hashes.sort_unstable();
        hashes.dedup();
        assert_eq!(hashes.len(), keys.len());
        let mut h = FastHasher::default();
        "x".hash(&mut h);
        assert_ne!(h.finish(), 0);
    }

    #[test]
    fn map_works_as_a_map() {
        let mut m: FastHashMap<String, u32> = FastHashMap::default();
        for (i, w) in ["long", "wait", "long wait"].iter().enumerate() {
            m.insert(w.to_string(), i as u32);
        }
        assert_eq!(m.get("long wait"), Some(&2));
        assert_eq!(m.get("rude"), None);
    }
}
