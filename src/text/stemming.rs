//! English stemming (`rust-stemmers`), applied once per distinct word via a cache.

use rust_stemmers::{Algorithm, Stemmer};

use crate::fast_hash::FastHashMap;

/// A word → term cache: each distinct word is filtered and stemmed once.
///
/// Stemming each occurrence is 10-20× slower than stemming each distinct word once;
/// batch callers keep one cache per worker thread. Keyed with the fast unkeyed hash,
/// as the classifier's per-thread word memos are: every word of every comment is
/// looked up here, and SipHash cost more than the look-up itself.
pub struct StemCache {
    stemmer: Stemmer,
    terms: FastHashMap<String, Option<String>>,
}

impl Default for StemCache {
    fn default() -> Self {
        StemCache {
            stemmer: Stemmer::create(Algorithm::English),
            terms: FastHashMap::default(),
        }
    }
}

impl StemCache {
    /// The term for `word`: its stem when `keep(word)`, else `None`.
    pub fn term(&mut self, word: &str, keep: impl Fn(&str) -> bool) -> Option<&str> {
        if !self.terms.contains_key(word) {
            let term = keep(word).then(|| self.stemmer.stem(word).into_owned());
            self.terms.insert(word.to_string(), term);
        }
        self.terms[word].as_deref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_kept_words_and_drops_others() {
        let mut cache = StemCache::default();
        let keep = |w: &str| w != "the";
        assert_eq!(cache.term("waiting", keep), Some("wait"));
        assert_eq!(cache.term("waited", keep), Some("wait"));
        assert_eq!(cache.term("appointments", keep), Some("appoint"));
        assert_eq!(cache.term("the", keep), None);
        assert_eq!(cache.terms.len(), 4, "each distinct word cached once");
        assert_eq!(
            cache.term("waiting", |_| false),
            Some("wait"),
            "cached answer reused"
        );
    }
}
