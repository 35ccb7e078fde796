//! [`WordMemo`]: a per-thread memo of what a word contributes to a row, for the two
//! per-word lookups of tagging (the character n-gram columns of a word, and which keyword
//! rules a word starts).
//!
//! Hashing every n-gram of every word, and looking every word up in the rules, were the
//! largest costs of tagging, yet words repeat: a few thousand distinct words make up most
//! of any batch of feedback. So each thread remembers, per word, a small header and a run
//! of items in one shared arena, and reuses them. The memo is exact, so results are the
//! same with or without it. It belongs to one owner (a feature space or a rule set, by
//! [`WordMemo::use_for`] with an id from [`new_owner_id`]) and stops taking new words at
//! [`MAX_WORDS`], so memory stays bounded. Words seen first in a batch are mostly the
//! common ones, so a full memo keeps serving them; later rare words are worked out each
//! time instead of evicting the common ones.

use std::sync::atomic::{AtomicU64, Ordering};

use super::short_str_map::ShortStrMap;

/// Most words remembered; later new words are worked out but not stored.
pub const MAX_WORDS: usize = 50_000;

/// Source of owner ids (0 = no owner yet).
static NEXT_OWNER_ID: AtomicU64 = AtomicU64::new(1);

/// A fresh id for something whose per-word results a memo may hold.
pub fn new_owner_id() -> u64 {
    NEXT_OWNER_ID.fetch_add(1, Ordering::Relaxed)
}

/// Word → a header `H` and a run of items `T`, for one owner.
#[derive(Debug)]
pub struct WordMemo<H, T> {
    owner: (u64, u64),
    spans: ShortStrMap<(H, u32, u32)>,
    items: Vec<T>,
    scratch: Vec<T>,
}

impl<H, T> Default for WordMemo<H, T> {
    fn default() -> Self {
        WordMemo {
            owner: (0, 0),
            spans: ShortStrMap::default(),
            items: Vec::new(),
            scratch: Vec::new(),
        }
    }
}

impl<H: Copy, T> WordMemo<H, T> {
    /// Makes the memo serve `owner` (forgetting another owner's words).
    pub fn use_for(&mut self, owner: u64) {
        self.use_for_pair(owner, 0);
    }

    /// Makes the memo serve the pair of owners `(first, second)` (ids from
    /// [`new_owner_id`]), for entries worked out from both (forgetting other words).
    pub fn use_for_pair(&mut self, first: u64, second: u64) {
        let owner = (first, second);
        if self.owner != owner {
            self.spans.clear();
            self.items.clear();
            self.owner = owner;
        }
    }

    /// The header and items of `word`, worked out by `compute` (which pushes the items
    /// and returns the header) on first sight.
    pub fn get(&mut self, word: &str, compute: impl FnOnce(&mut Vec<T>) -> H) -> (H, &[T]) {
        let (header, start, len) = match self.spans.get(word) {
            Some(&span) => span,
            None if self.spans.len() >= MAX_WORDS => {
                self.scratch.clear();
                let header = compute(&mut self.scratch);
                return (header, &self.scratch);
            }
            None => {
                let start = self.items.len();
                let header = compute(&mut self.items);
                let span = (header, start as u32, (self.items.len() - start) as u32);
                self.spans.insert(word, span);
                span
            }
        };
        (header, &self.items[start as usize..(start + len) as usize])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn computes_once_per_word_and_owner() {
        let mut memo: WordMemo<usize, (u16, f32)> = WordMemo::default();
        let mut calls = 0;
        memo.use_for(1);
        for word in ["ab", "cd", "ab"] {
            let (header, cols) = memo.get(word, |out| {
                calls += 1;
                out.extend(word.bytes().map(|b| (u16::from(b), 1.0)));
                word.len()
            });
            assert_eq!(header, 2);
            assert_eq!(
                cols,
                word.bytes()
                    .map(|b| (u16::from(b), 1.0))
                    .collect::<Vec<_>>()
            );
        }
        assert_eq!(calls, 2);
        memo.use_for(2);
        let (_, cols) = memo.get("ab", |out| {
            out.push((9, 0.5));
            1
        });
        assert_eq!(cols, &[(9, 0.5)]);
    }

    #[test]
    fn a_full_memo_keeps_its_words_and_computes_new_ones_each_time() {
        let mut memo: WordMemo<(), (u16, f32)> = WordMemo::default();
        memo.use_for(1);
        for i in 0..MAX_WORDS {
            memo.get(&i.to_string(), |out| out.push((1, 1.0)));
        }
        let mut calls = 0;
        for _ in 0..2 {
            let (_, cols) = memo.get("new", |out| {
                calls += 1;
                out.push((7, 2.0));
            });
            assert_eq!(cols, &[(7, 2.0)]);
        }
        assert_eq!(calls, 2, "not stored once full");
        assert_eq!(memo.get("0", |_| unreachable!("kept")).1, &[(1, 1.0)]);
    }

    #[test]
    fn owner_ids_are_distinct() {
        assert_ne!(new_owner_id(), new_owner_id());
    }
}
