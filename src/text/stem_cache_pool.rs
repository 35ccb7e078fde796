//! [`StemCachePool`]: stem caches lent to the splits of one parallel pass, and given back.
//!
//! rayon's `map_init` makes its value once per split of the work, not once per thread:
//! a pass over thousands of texts split into many pieces, and cluster labelling (one
//! split per cluster), made a new [`StemCache`] for each split and so stemmed each word
//! again in every split (162,050 stems on the 100k `gen_corpus` corpus, whose comments
//! hold about 4,200 distinct words). Lent from a pool, a cache goes back when its split
//! ends and the next split takes it, so a distinct word is stemmed about once per thread
//! and pass. A cache only saves work (a word's term is the same whichever cache gives
//! it), so which split gets which cache changes no result.

use std::ops::{Deref, DerefMut};
use std::sync::{Mutex, PoisonError};

use super::stemming::StemCache;

/// Idle stem caches for one analyzer's parallel pass (a cache remembers which words its
/// analyzer keeps, so one pool serves one analyzer).
#[derive(Default)]
pub struct StemCachePool {
    idle: Mutex<Vec<StemCache>>,
}

impl StemCachePool {
    /// An idle cache (a new one when none is idle), given back when the loan is dropped:
    /// `map_init(|| pool.lend(), …)`.
    pub fn lend(&self) -> LentStemCache<'_> {
        let cache = self
            .idle
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop()
            .unwrap_or_default();
        LentStemCache {
            cache: Some(cache),
            pool: self,
        }
    }

    #[cfg(test)]
    fn idle(&self) -> usize {
        self.idle.lock().unwrap().len()
    }
}

/// A [`StemCache`] lent by a [`StemCachePool`]; used as the cache itself, back in the
/// pool when dropped.
pub struct LentStemCache<'p> {
    /// `Some` until the loan is dropped.
    cache: Option<StemCache>,
    pool: &'p StemCachePool,
}

impl Deref for LentStemCache<'_> {
    type Target = StemCache;

    fn deref(&self) -> &StemCache {
        self.cache.as_ref().expect("held until the loan is dropped")
    }
}

impl DerefMut for LentStemCache<'_> {
    fn deref_mut(&mut self) -> &mut StemCache {
        self.cache.as_mut().expect("held until the loan is dropped")
    }
}

impl Drop for LentStemCache<'_> {
    fn drop(&mut self) {
        if let Some(cache) = self.cache.take() {
            self.pool
                .idle
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(cache);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rayon::prelude::*;

    #[test]
    fn a_returned_cache_is_lent_again_with_what_it_learnt() {
        let pool = StemCachePool::default();
        let keep = |w: &str| w != "the";
        {
            let mut first = pool.lend();
            assert_eq!(first.term("waiting", keep), Some("wait"));
            assert_eq!(pool.idle(), 0, "lent, not idle");
        }
        assert_eq!(pool.idle(), 1, "given back when dropped");
        let mut again = pool.lend();
        // The same cache: it answers from memory even where the new `keep` would differ.
        assert_eq!(again.term("waiting", |_| false), Some("wait"));
        let mut other = pool.lend();
        assert_eq!(
            other.term("waiting", |_| false),
            None,
            "a new cache when none idle"
        );
        drop((again, other));
        assert_eq!(pool.idle(), 2);
    }

    #[test]
    fn splits_share_caches_and_give_the_same_terms() {
        let words: Vec<String> = (0..5_000).map(|i| format!("waiting{}", i % 50)).collect();
        let pool = StemCachePool::default();
        let pooled: Vec<Option<String>> = words
            .par_iter()
            .with_max_len(1)
            .map_init(
                || pool.lend(),
                |cache, w| cache.term(w, |_| true).map(str::to_string),
            )
            .collect();
        let mut one = StemCache::default();
        let plain: Vec<Option<String>> = words
            .iter()
            .map(|w| one.term(w, |_| true).map(str::to_string))
            .collect();
        assert_eq!(pooled, plain);
        // 5,000 one-word splits, but at most one cache per thread at a time.
        assert!(
            pool.idle() <= rayon::current_num_threads(),
            "{}",
            pool.idle()
        );
        assert!(pool.idle() >= 1);
    }
}
