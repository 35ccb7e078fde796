//! English stemming (`rust-stemmers`), applied once per distinct word via a cache.

use rust_stemmers::{Algorithm, Stemmer};

use crate::classify::short_str_map::ShortStrMap;

/// A word → term cache: each distinct word is filtered and stemmed once.
///
/// Stemming each occurrence is 10-20× slower than stemming each distinct word once;
/// batch callers keep one cache per worker thread. Every word of every comment is
/// looked up here, so the index is a [`ShortStrMap`], as the classifier's word memos
/// are: a word of at most 15 bytes is hashed and compared as one integer, not through
/// a `memcmp` with a key on the heap (that `memcmp` was 1.5% of a 1M run's CPU). A
/// word seen before costs one look-up (the map gives the index of its term, so the
/// term is borrowed without a second search).
pub struct StemCache {
    stemmer: Stemmer,
    /// Each word seen → the index of its term in `terms`.
    index: ShortStrMap<u32>,
    /// Per distinct word: its term, `None` when the word is not kept.
    terms: Vec<Option<Box<str>>>,
}

impl Default for StemCache {
    fn default() -> Self {
        StemCache {
            stemmer: Stemmer::create(Algorithm::English),
            index: ShortStrMap::default(),
            terms: Vec::new(),
        }
    }
}

impl StemCache {
    /// The term for `word`: its stem when `keep(word)`, else `None`.
    pub fn term(&mut self, word: &str, keep: impl Fn(&str) -> bool) -> Option<&str> {
        let at = match self.index.get(word) {
            Some(&at) => at,
            None => {
                let term = keep(word).then(|| self.stemmer.stem(word).into());
                let at = u32::try_from(self.terms.len()).expect("under 4 billion words");
                self.terms.push(term);
                self.index.insert(word, at);
                at
            }
        };
        self.terms[at as usize].as_deref()
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
        let long = "uncharacteristically";
        assert_eq!(cache.term(long, keep), Some("uncharacterist"));
        assert_eq!(cache.term(long, |_| false), Some("uncharacterist"));
        assert_eq!(cache.terms.len(), 5, "long words are cached too");
        assert_eq!(
            cache.term("waiting", |_| false),
            Some("wait"),
            "cached answer reused"
        );
    }
}
