//! [`TermColumns`]: the word-block columns of a comment's terms and of its bigrams of
//! consecutive terms, found without building a string per bigram.
//!
//! The vocabulary holds terms and bigrams as strings (`"wait time"`), so looking a
//! bigram up meant joining two terms into a new string first, then hashing and comparing
//! it. Here every string that can be half of a vocabulary bigram gets a small id at load
//! time, each of a comment's terms is looked up once (giving its id and, if it is a
//! vocabulary term, its column), and a bigram is found from the two ids. The columns
//! are those the string lookups give.

use std::hash::{Hash, Hasher};

use super::short_str_map::ShortStrMap;
use crate::fast_hash::{fold_multiply, FastHashMap};
use crate::vectorize::Vocabulary;

/// No column: the string is only ever half of a bigram.
const NO_COLUMN: u32 = u32::MAX;

/// The id [`TermColumns::id_of`] gives a string that is neither a term nor half of a
/// bigram (ids are counted from 0, so no string has it).
pub const NO_ID: u32 = u32::MAX;

/// Two strings' ids, the key of a bigram.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Pair(u32, u32);

impl Hash for Pair {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(fold_multiply(u64::from(self.0), u64::from(self.1)));
    }
}

/// A vocabulary's terms and bigrams by id.
#[derive(Debug, Clone, Default)]
pub struct TermColumns {
    /// Term → its id and its column as a vocabulary term ([`NO_COLUMN`] if it is not one).
    terms: ShortStrMap<(u32, u32)>,
    /// (id of the first half, id of the second) → the bigram's column.
    pairs: FastHashMap<Pair, u32>,
}

impl TermColumns {
    /// Indexes a vocabulary's strings. A string with spaces is also indexed as each way
    /// of splitting it at a space, so a pair of terms is found exactly when the two joined
    /// with a space are in the vocabulary.
    pub fn new(vocabulary: &Vocabulary) -> Self {
        fn id_of<'a>(ids: &mut FastHashMap<&'a str, (u32, u32)>, s: &'a str) -> u32 {
            let next = ids.len() as u32;
            ids.entry(s).or_insert((next, NO_COLUMN)).0
        }
        let mut ids: FastHashMap<&str, (u32, u32)> = FastHashMap::default();
        let mut pairs = FastHashMap::default();
        for (column, term) in vocabulary.terms().iter().enumerate() {
            let id = id_of(&mut ids, term);
            ids.insert(term, (id, column as u32));
            for (at, _) in term.match_indices(' ') {
                let first = id_of(&mut ids, &term[..at]);
                let second = id_of(&mut ids, &term[at + 1..]);
                pairs.insert(Pair(first, second), column as u32);
            }
        }
        let mut terms = ShortStrMap::default();
        for (s, entry) in ids {
            terms.insert(s, entry);
        }
        TermColumns { terms, pairs }
    }

    /// Calls `emit(column)` for every term of `terms` in the vocabulary and, if `bigrams`,
    /// for every pair of consecutive terms whose bigram is.
    #[inline]
    pub fn for_each_column(&self, terms: &[impl AsRef<str>], bigrams: bool, emit: impl FnMut(u32)) {
        self.scan(terms, true, bigrams, emit);
    }

    /// Calls `emit(column)` for every pair of consecutive `words` whose bigram is in the
    /// vocabulary, and for nothing else: phrases of words as written, whose single words
    /// must not count as terms.
    #[inline]
    pub fn for_each_pair_column(&self, words: &[impl AsRef<str>], emit: impl FnMut(u32)) {
        self.scan(words, false, true, emit);
    }

    /// The id of `word` as a term or as half of a vocabulary bigram, or [`NO_ID`] when
    /// it is neither (then no pair holding it has a column). A caller that memoises
    /// each word's id gives the ids of a comment's words to
    /// [`Self::for_each_pair_column_of_ids`], which then finds the same columns as
    /// [`Self::for_each_pair_column`] without looking the words up again.
    #[inline]
    pub fn id_of(&self, word: &str) -> u32 {
        self.terms.get(word).map_or(NO_ID, |&(id, _)| id)
    }

    /// [`Self::for_each_pair_column`] of words given by their [`Self::id_of`] ids: the
    /// same columns in the same order.
    #[inline]
    pub fn for_each_pair_column_of_ids(&self, ids: &[u32], mut emit: impl FnMut(u32)) {
        for pair in ids.windows(2) {
            if pair[0] != NO_ID && pair[1] != NO_ID {
                if let Some(&column) = self.pairs.get(&Pair(pair[0], pair[1])) {
                    emit(column);
                }
            }
        }
    }

    /// One pass over `terms`, emitting term columns if `unigrams` and bigram columns if
    /// `bigrams`.
    #[inline]
    fn scan(
        &self,
        terms: &[impl AsRef<str>],
        unigrams: bool,
        bigrams: bool,
        mut emit: impl FnMut(u32),
    ) {
        let mut previous = None;
        for term in terms {
            let found = self.terms.get(term.as_ref());
            if let Some(&(id, column)) = found {
                if unigrams && column != NO_COLUMN {
                    emit(column);
                }
                if let Some(before) = previous.filter(|_| bigrams) {
                    if let Some(&pair) = self.pairs.get(&Pair(before, id)) {
                        emit(pair);
                    }
                }
            }
            previous = found.map(|&(id, _)| id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The string lookups this replaces.
    fn by_strings(vocabulary: &Vocabulary, terms: &[String], bigrams: bool) -> Vec<u32> {
        let mut out: Vec<u32> = terms.iter().filter_map(|t| vocabulary.id(t)).collect();
        if bigrams {
            out.extend(
                terms
                    .windows(2)
                    .filter_map(|w| vocabulary.id(&format!("{} {}", w[0], w[1]))),
            );
        }
        out.sort_unstable();
        out
    }

    #[test]
    fn same_columns_as_joining_strings() {
        let terms: Vec<String> = [
            "long",
            "wait",
            "long wait",
            "wait time",
            "time",
            "rude staff",
            "a b c",
            "a",
            "b c",
            "an extraordinarily long term",
            "extraordinarily long",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let vocabulary = Vocabulary::from_parts(terms.clone(), vec![1.0; terms.len()]);
        let index = TermColumns::new(&vocabulary);
        // Terms separated by '|' (a term may hold a space).
        let comments = [
            "long|wait|time",
            "rude|staff",
            "wait|long|wait",
            "a|b|c",
            "a b|c",
            "a|b c",
            "an|extraordinarily long|term",
            "an extraordinarily|long term",
            "time",
            "",
            "zzz|long|zzz|wait",
        ];
        for comment in comments {
            let words: Vec<String> = comment
                .split('|')
                .filter(|w| !w.is_empty())
                .map(String::from)
                .collect();
            for bigrams in [false, true] {
                let mut got = Vec::new();
                index.for_each_column(&words, bigrams, |c| got.push(c));
                got.sort_unstable();
                assert_eq!(got, by_strings(&vocabulary, &words, bigrams), "{comment:?}");
            }
            let mut pairs = Vec::new();
            index.for_each_pair_column(&words, |c| pairs.push(c));
            pairs.sort_unstable();
            let mut expected = by_strings(&vocabulary, &words, true);
            for single in by_strings(&vocabulary, &words, false) {
                let at = expected.iter().position(|&c| c == single).unwrap();
                expected.remove(at);
            }
            assert_eq!(pairs, expected, "pairs only: {comment:?}");
            let ids: Vec<u32> = words.iter().map(|w| index.id_of(w)).collect();
            let mut by_ids = Vec::new();
            index.for_each_pair_column_of_ids(&ids, |c| by_ids.push(c));
            by_ids.sort_unstable();
            assert_eq!(by_ids, pairs, "pairs by ids: {comment:?}");
        }
    }
}
