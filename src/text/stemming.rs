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

/// A word → two terms cache, for two analyzers that split text alike and stem alike
/// but keep different words (the classifier's and clustering's, whose stop words
/// differ): one look-up per word gives both terms, where two [`StemCache`]s take two.
/// Each distinct word is filtered by both and stemmed once (if either keeps it).
pub struct TwoStemCache {
    stemmer: Stemmer,
    /// Each word seen → the index of its entry in `entries`.
    index: ShortStrMap<u32>,
    /// Per distinct word: its stem (`None` when neither keeps it) and whether the
    /// first and the second analyzer keep it.
    entries: Vec<(Option<Box<str>>, bool, bool)>,
}

impl Default for TwoStemCache {
    fn default() -> Self {
        TwoStemCache {
            stemmer: Stemmer::create(Algorithm::English),
            index: ShortStrMap::default(),
            entries: Vec::new(),
        }
    }
}

impl TwoStemCache {
    /// The terms of `word` for the two analyzers: its stem for each that keeps it
    /// (`keep_first(word)`, `keep_second(word)`, asked on first sight only), else
    /// `None`; the same as two [`StemCache::term`] calls.
    pub fn terms(
        &mut self,
        word: &str,
        keep_first: impl Fn(&str) -> bool,
        keep_second: impl Fn(&str) -> bool,
    ) -> (Option<&str>, Option<&str>) {
        let at = match self.index.get(word) {
            Some(&at) => at,
            None => {
                let (first, second) = (keep_first(word), keep_second(word));
                let stem = (first || second).then(|| self.stemmer.stem(word).into());
                let at = u32::try_from(self.entries.len()).expect("under 4 billion words");
                self.entries.push((stem, first, second));
                self.index.insert(word, at);
                at
            }
        };
        let (stem, first, second) = &self.entries[at as usize];
        let stem = stem.as_deref();
        (stem.filter(|_| *first), stem.filter(|_| *second))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_terms_are_those_of_two_caches() {
        let mut two = TwoStemCache::default();
        let (mut a, mut b) = (StemCache::default(), StemCache::default());
        let keep_a = |w: &str| w != "the" && w != "great";
        let keep_b = |w: &str| w != "the" && w != "waiting";
        for word in [
            "waiting",
            "the",
            "great",
            "waited",
            "the",
            "waiting",
            "uncharacteristically",
        ] {
            let both = two.terms(word, keep_a, keep_b);
            assert_eq!(both.0, a.term(word, keep_a), "{word}");
            assert_eq!(both.1, b.term(word, keep_b), "{word}");
        }
        assert_eq!(two.entries.len(), 5, "each distinct word cached once");
        assert_eq!(
            two.terms("great", |_| true, |_| true),
            (None, Some("great"))
        );
    }

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
