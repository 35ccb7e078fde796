//! [`Analyzer`]: redacted text → words → terms (stop words out, stems in).

use rayon::prelude::*;

use super::stem_cache_pool::StemCachePool;
use super::stemming::{StemCache, TwoStemCache};
use super::stop_words::StopWords;
use super::tokenizer_config::TokenizerConfig;
use super::words::{for_each_word, push_words};
use super::Word;

/// Turns text into normalised words and into terms for TF-IDF.
///
/// Composed of a [`TokenizerConfig`] (normalise + split), a [`StopWords`] list and the
/// English stemmer. It is cheap to share across threads.
#[derive(Debug, Clone)]
pub struct Analyzer {
    config: TokenizerConfig,
    stop_words: StopWords,
}

impl Default for Analyzer {
    fn default() -> Self {
        Self::english()
    }
}

impl Analyzer {
    /// The standard English analyzer.
    pub fn english() -> Self {
        Analyzer {
            config: TokenizerConfig::english(),
            stop_words: StopWords::english(),
        }
    }

    /// An analyzer with a given configuration and stop-word list.
    pub fn new(config: TokenizerConfig, stop_words: StopWords) -> Self {
        Analyzer { config, stop_words }
    }

    /// The same analyzer with more stop words (e.g. clustering's tone words).
    pub fn with_extra_stop_words(mut self, extra: &StopWords) -> Self {
        self.stop_words.extend(extra);
        self
    }

    /// The `tokenizer.json` text a model folder carries.
    pub fn tokenizer_json(&self) -> String {
        self.config.to_json()
    }

    /// The stop-word list in use.
    pub fn stop_words(&self) -> &StopWords {
        &self.stop_words
    }

    /// Normalised lower-case words of `text`, in order, stop words included.
    pub fn words(&self, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        push_words(&self.config, text, &mut out);
        out
    }

    /// True when a word can be a term: not a stop word, not a number, two or more chars.
    fn keeps(&self, word: &str) -> bool {
        word.len() >= 2
            && !word.bytes().all(|b| b.is_ascii_digit())
            && !self.stop_words.contains(word)
    }

    /// Calls `each_term` with the terms of `text` and `each_word` with every word on the
    /// way (stop words included), in order, in one pass over the text.
    fn push_terms(
        &self,
        cache: &mut StemCache,
        text: &str,
        mut each_term: impl FnMut(&str),
        mut each_word: impl FnMut(&str),
    ) {
        for_each_word(&self.config, text, |word| {
            each_word(word);
            if let Some(term) = cache.term(word, |w| self.keeps(w)) {
                each_term(term);
            }
        });
    }

    /// The terms of every text: words minus stop words, stemmed; in parallel, in order.
    ///
    /// Each worker thread keeps a word → term cache (lent from a pool to each split of
    /// the work), so each distinct word is checked and stemmed about once per thread
    /// rather than once per occurrence.
    pub fn terms_batch(&self, texts: &[&str]) -> Vec<Vec<String>> {
        let caches = StemCachePool::default();
        texts
            .par_iter()
            .map_init(
                || caches.lend(),
                |cache, text| {
                    let mut terms = Vec::new();
                    self.push_terms(cache, text, |t| terms.push(t.to_string()), |_| {});
                    terms
                },
            )
            .collect()
    }

    /// The terms of a comment already split into words (by an analyzer with the same
    /// [`TokenizerConfig`]): the same terms [`Analyzer::terms_batch`] gives for its text,
    /// without reading the text again. `cache` is the calling thread's stem cache, used
    /// with this analyzer only (it remembers which words this analyzer keeps).
    pub fn terms_from_words(&self, cache: &mut StemCache, words: &[String]) -> Vec<String> {
        words
            .iter()
            .filter_map(|word| cache.term(word, |w| self.keeps(w)).map(str::to_string))
            .collect()
    }

    /// The words and the terms of one text in one pass, as [`Analyzer::words_and_terms`],
    /// with the terms `other` makes of the same words (as
    /// [`Analyzer::terms_from_words`] of `other`), each word looked up once in `cache`
    /// (used with this pair of analyzers only). `other` must split text as this one
    /// does ([`Analyzer::same_words_as`]); both stem with the English stemmer.
    pub fn words_and_two_terms(
        &self,
        other: &Analyzer,
        cache: &mut TwoStemCache,
        text: &str,
    ) -> (Vec<Word>, Vec<Word>, Vec<String>) {
        with_scratch(|words, terms| {
            let mut other_terms = Vec::new();
            for_each_word(&self.config, text, |word| {
                words.push(Word::new(word));
                let (mine, theirs) = cache.terms(word, |w| self.keeps(w), |w| other.keeps(w));
                if let Some(term) = mine {
                    terms.push(Word::new(term));
                }
                if let Some(term) = theirs {
                    other_terms.push(term.to_string());
                }
            });
            (exact(words), exact(terms), other_terms)
        })
    }

    /// True when `other` splits text into the same words as this analyzer (so words
    /// from one can be turned into terms by the other).
    pub fn same_words_as(&self, other: &Analyzer) -> bool {
        self.config.to_json() == other.config.to_json()
    }

    /// Each term of `text` with the word it was made from and that word's position
    /// among the text's words, in order (`(3, "wait", "waiting")`): labels show the words
    /// people wrote, not stems, and join only words written side by side.
    pub fn terms_with_words(
        &self,
        cache: &mut StemCache,
        text: &str,
    ) -> Vec<(u32, String, String)> {
        let mut out = Vec::new();
        let mut position = 0u32;
        for_each_word(&self.config, text, |word| {
            if let Some(term) = cache.term(word, |w| self.keeps(w)) {
                out.push((position, term.to_string(), word.to_string()));
            }
            position += 1;
        });
        out
    }

    /// Both [`Analyzer::words`] and [`Analyzer::terms_batch`] of every text, from one
    /// pass over each text instead of two; in parallel, in order.
    pub fn words_and_terms_batch(&self, texts: &[&str]) -> Vec<(Vec<Word>, Vec<Word>)> {
        let caches = StemCachePool::default();
        texts
            .par_iter()
            .map_init(
                || caches.lend(),
                |cache, text| self.words_and_terms(cache, text),
            )
            .collect()
    }

    /// The words and the terms of one text in one pass, with the caller's stem cache
    /// (used with this analyzer only), for callers that keep a cache per thread.
    pub fn words_and_terms(&self, cache: &mut StemCache, text: &str) -> (Vec<Word>, Vec<Word>) {
        with_scratch(|words, terms| {
            self.push_terms(
                cache,
                text,
                |term| terms.push(Word::new(term)),
                |word| words.push(Word::new(word)),
            );
            (exact(words), exact(terms))
        })
    }
}

thread_local! {
    /// Per thread, the words and terms of the comment being split, before they are
    /// moved into lists of their exact length.
    static SCRATCH: std::cell::RefCell<(Vec<Word>, Vec<Word>)> = const {
        std::cell::RefCell::new((Vec::new(), Vec::new()))
    };
}

/// Calls `f` with this thread's two scratch lists (empty), so a comment's lists grow in
/// reused buffers and are then allocated once at their length, not doubled as they fill.
fn with_scratch<R>(f: impl FnOnce(&mut Vec<Word>, &mut Vec<Word>) -> R) -> R {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => {
            let (words, terms) = &mut *scratch;
            words.clear();
            terms.clear();
            f(words, terms)
        }
        // Only reachable if `f` itself splits a comment: fresh buffers then.
        Err(_) => f(&mut Vec::new(), &mut Vec::new()),
    })
}

/// The items of `scratch` (emptied) in a list of exactly their number.
fn exact(scratch: &mut Vec<Word>) -> Vec<Word> {
    let mut out = Vec::with_capacity(scratch.len());
    out.append(scratch);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_drop_stop_words_numbers_and_stem() {
        let analyzer = Analyzer::english();
        let terms = analyzer.terms_batch(&[
            "We waited 4 hours for the appointments",
            "Not happy: [PERSON] was rude",
        ]);
        assert_eq!(terms[0], vec!["wait", "hour", "appoint"]);
        assert_eq!(terms[1], vec!["not", "happi", "rude"]);
    }

    #[test]
    fn one_pass_gives_the_words_and_the_terms_of_two() {
        let analyzer = Analyzer::english();
        let texts = [
            "We waited 4 hours for the appointments",
            "Not happy: [PERSON] was rude",
            "Café staff were LOVELY, naïve ones too",
            "",
            "didn't   turn up — again!!",
        ];
        let both = analyzer.words_and_terms_batch(&texts);
        let terms = analyzer.terms_batch(&texts);
        for ((text, (words, one_pass_terms)), two_pass_terms) in texts.iter().zip(&both).zip(&terms)
        {
            assert_eq!(words, &analyzer.words(text), "{text}");
            assert_eq!(one_pass_terms, two_pass_terms, "{text}");
        }
    }

    #[test]
    fn terms_from_words_match_terms_of_the_text() {
        let model = Analyzer::english();
        let clusters = Analyzer::english().with_extra_stop_words(&StopWords::parse("great"));
        assert!(model.same_words_as(&clusters));
        let texts = ["Great staff, we waited 4 hours", "Café naïve ONES didn't"];
        let mut cache = StemCache::default();
        for (text, terms) in texts.iter().zip(clusters.terms_batch(&texts)) {
            let words = model.words(text);
            assert_eq!(clusters.terms_from_words(&mut cache, &words), terms);
        }
    }

    #[test]
    fn two_terms_in_one_pass_are_those_of_each_analyzer() {
        let model = Analyzer::english();
        let clusters = Analyzer::english().with_extra_stop_words(&StopWords::parse("great"));
        let texts = [
            "Great staff, we waited 4 hours",
            "Café naïve ONES didn't",
            "",
        ];
        let mut cache = TwoStemCache::default();
        let mut one = StemCache::default();
        for (text, cluster_terms) in texts.iter().zip(clusters.terms_batch(&texts)) {
            let (words, terms, other) = model.words_and_two_terms(&clusters, &mut cache, text);
            assert_eq!(
                (words, terms),
                model.words_and_terms(&mut one, text),
                "{text}"
            );
            assert_eq!(other, cluster_terms, "{text}");
        }
    }

    #[test]
    fn extra_stop_words_apply() {
        let analyzer = Analyzer::english().with_extra_stop_words(&StopWords::parse("great\nstaff"));
        assert_eq!(
            analyzer.terms_batch(&["Great staff, clean ward"])[0],
            vec!["clean", "ward"]
        );
    }
}
