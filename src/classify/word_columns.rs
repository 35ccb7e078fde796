//! [`WordColumns`]: a per-thread memo of the character n-gram columns of each word.
//!
//! Hashing every n-gram of every word and finding its column was the largest cost of
//! tagging, yet words repeat: a few thousand distinct words make up most of any batch
//! of feedback. So each thread remembers, per word, the kept columns its n-grams hit
//! (with repeats, and their IDF) and reuses them. The memo is exact, so rows are the same with or
//! without it; it belongs to one feature space (by [`WordColumns::use_for`]) and is
//! emptied when it grows past [`MAX_WORDS`], so memory stays bounded.

use crate::fast_hash::FastHashMap;

/// Most words remembered; later new words are computed but not stored.
pub const MAX_WORDS: usize = 50_000;

/// Word → the columns (and IDF) of its n-grams, for one feature space.
#[derive(Debug, Default)]
pub struct WordColumns {
    owner: u64,
    spans: FastHashMap<String, (u32, u32)>,
    columns: Vec<(u16, f32)>,
    scratch: Vec<(u16, f32)>,
}

impl WordColumns {
    /// Makes the memo serve the feature space `owner` (forgetting another space's words).
    pub fn use_for(&mut self, owner: u64) {
        if self.owner != owner {
            self.spans.clear();
            self.columns.clear();
            self.owner = owner;
        }
    }

    /// The columns of `word`, computed by `compute` (which pushes them) on first sight.
    pub fn get(&mut self, word: &str, compute: impl FnOnce(&mut Vec<(u16, f32)>)) -> &[(u16, f32)] {
        let (start, len) = match self.spans.get(word) {
            Some(&span) => span,
            None if self.spans.len() >= MAX_WORDS => {
                self.scratch.clear();
                compute(&mut self.scratch);
                return &self.scratch;
            }
            None => {
                let start = self.columns.len();
                compute(&mut self.columns);
                let span = (start as u32, (self.columns.len() - start) as u32);
                self.spans.insert(word.to_string(), span);
                span
            }
        };
        &self.columns[start as usize..(start + len) as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn computes_once_per_word_and_owner() {
        let mut memo = WordColumns::default();
        let mut calls = 0;
        memo.use_for(1);
        for word in ["ab", "cd", "ab"] {
            let cols = memo.get(word, |out| {
                calls += 1;
                out.extend(word.bytes().map(|b| (u16::from(b), 1.0)));
            });
            assert_eq!(
                cols,
                word.bytes()
                    .map(|b| (u16::from(b), 1.0))
                    .collect::<Vec<_>>()
            );
        }
        assert_eq!(calls, 2);
        memo.use_for(2);
        assert_eq!(memo.get("ab", |out| out.push((9, 0.5))), &[(9, 0.5)]);
    }

    #[test]
    fn a_full_memo_keeps_its_words_and_computes_new_ones_each_time() {
        let mut memo = WordColumns::default();
        memo.use_for(1);
        for i in 0..MAX_WORDS {
            memo.get(&i.to_string(), |out| out.push((1, 1.0)));
        }
        let mut calls = 0;
        for _ in 0..2 {
            let cols = memo.get("new", |out| {
                calls += 1;
                out.push((7, 2.0));
            });
            assert_eq!(cols, &[(7, 2.0)]);
        }
        assert_eq!(calls, 2, "not stored once full");
        assert_eq!(memo.get("0", |_| unreachable!("kept")), &[(1, 1.0)]);
    }
}
