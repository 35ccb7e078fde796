//! [`ShortStrMap`]: a hash map from strings that keys short strings by value, for the
//! per-word lookups of tagging.
//!
//! Looking a word up in a `HashMap<String, _>` hashes its bytes, then compares them with
//! the stored key's, which lives in its own heap allocation: a likely cache miss and a
//! `memcmp` call per lookup, a tenth of tagging time. Nearly every word and stem is at
//! most 15 bytes long, so such a key is packed with its length into one `u128`: hashing
//! is one multiply, comparing is one integer comparison, and the key sits in the table.
//! Longer strings go to an ordinary map beside it. Lookups give the same answers as a
//! `HashMap<String, _>`.

use std::hash::{Hash, Hasher};

use crate::fast_hash::{fold_multiply, FastHashMap};

/// Longest string packed into a `u128` (the last byte holds the length).
const MAX_PACKED: usize = 15;

/// A string of at most [`MAX_PACKED`] bytes and its length, as one integer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Packed(u128);

impl Packed {
    /// The packed form of `s`, if it is short enough: its bytes little-endian, its length
    /// in the top byte. Read as two possibly overlapping loads rather than copied, since a
    /// copy of a variable length is a `memcpy` call.
    #[inline]
    fn of(s: &str) -> Option<Packed> {
        let b = s.as_bytes();
        let n = b.len();
        let (lo, hi) = match n {
            0..=3 => (
                b.iter()
                    .enumerate()
                    .fold(0u64, |lo, (i, &x)| lo | u64::from(x) << (8 * i)),
                0,
            ),
            4..=7 => {
                let first = u64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
                let last = u64::from(u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]));
                (first | (last >> (8 * (8 - n))) << 32, 0)
            }
            8..=MAX_PACKED => {
                let word =
                    |at: usize| u64::from_le_bytes(b[at..at + 8].try_into().expect("8 bytes"));
                (
                    word(0),
                    word(n - 8).checked_shr(8 * (16 - n) as u32).unwrap_or(0),
                )
            }
            _ => return None,
        };
        Some(Packed(
            u128::from(lo) | u128::from(hi) << 64 | (n as u128) << (8 * MAX_PACKED),
        ))
    }
}

impl Hash for Packed {
    /// The 128 bits folded into 64 well-mixed ones (short words differ mostly in their
    /// low bytes).
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(fold_multiply(self.0 as u64, (self.0 >> 64) as u64));
    }
}

/// String → `V`, with short strings keyed by value.
#[derive(Debug, Clone)]
pub struct ShortStrMap<V> {
    short: FastHashMap<Packed, V>,
    long: FastHashMap<String, V>,
}

impl<V> Default for ShortStrMap<V> {
    fn default() -> Self {
        ShortStrMap {
            short: FastHashMap::default(),
            long: FastHashMap::default(),
        }
    }
}

impl<V> ShortStrMap<V> {
    /// The value of `key`, if present.
    #[inline]
    pub fn get(&self, key: &str) -> Option<&V> {
        match Packed::of(key) {
            Some(packed) => self.short.get(&packed),
            None => self.long.get(key),
        }
    }

    /// Sets the value of `key` (replacing any earlier one).
    pub fn insert(&mut self, key: &str, value: V) {
        match Packed::of(key) {
            Some(packed) => {
                self.short.insert(packed, value);
            }
            None => {
                self.long.insert(key.to_string(), value);
            }
        }
    }

    /// Number of keys.
    pub fn len(&self) -> usize {
        self.short.len() + self.long.len()
    }

    /// True when there is no key.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Removes every key.
    pub fn clear(&mut self) {
        self.short.clear();
        self.long.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packs_bytes_then_length() {
        let text = "abcdefghijklmnopq";
        for n in 0..=text.len() {
            let s = &text[..n];
            let expected = (n <= MAX_PACKED).then(|| {
                let mut buf = [0u8; 16];
                buf[..n].copy_from_slice(s.as_bytes());
                buf[MAX_PACKED] = n as u8;
                Packed(u128::from_le_bytes(buf))
            });
            assert_eq!(Packed::of(s), expected, "{n} bytes");
        }
    }

    #[test]
    fn same_answers_as_a_string_map() {
        let keys = [
            "",
            "a",
            "a\0",
            "wait",
            "waiting",
            "fifteen_bytes!!",
            "sixteen_bytes!!!",
            "a much longer word than that",
            "café",
            "wait time",
        ];
        let mut map = ShortStrMap::default();
        let mut plain = std::collections::HashMap::new();
        for (i, k) in keys.iter().enumerate() {
            map.insert(k, i);
            plain.insert(k.to_string(), i);
        }
        map.insert("wait", 99);
        plain.insert("wait".to_string(), 99);
        assert_eq!(map.len(), plain.len());
        for k in keys
            .iter()
            .chain(&["b", "waitin", "sixteen_bytes!!?", "\0"])
        {
            assert_eq!(map.get(k), plain.get(*k), "{k:?}");
        }
        map.clear();
        assert!(map.is_empty() && map.get("a").is_none());
    }
}
