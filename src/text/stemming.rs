//! English stemming (`rust-stemmers`), applied once per distinct word of a batch.

use std::collections::HashMap;

use rayon::prelude::*;
use rust_stemmers::{Algorithm, Stemmer};

/// Stems every distinct word in `words` once and returns the word → stem table.
///
/// Stemming each occurrence is 10-20× slower than stemming each distinct word once,
/// so batch callers collect the distinct words first.
pub fn stem_table<'a>(words: impl IntoIterator<Item = &'a str>) -> HashMap<&'a str, String> {
    let mut distinct: Vec<&str> = words.into_iter().collect();
    distinct.par_sort_unstable();
    distinct.dedup();
    let stemmer = Stemmer::create(Algorithm::English);
    let stems: Vec<String> = distinct
        .par_iter()
        .map(|w| stemmer.stem(w).into_owned())
        .collect();
    distinct.into_iter().zip(stems).collect()
}

/// Stems one word (for single comments; batches should use [`stem_table`]).
pub fn stem_one(word: &str) -> String {
    Stemmer::create(Algorithm::English).stem(word).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_stems_each_distinct_word() {
        let table = stem_table(["waiting", "waited", "waiting", "appointments"]);
        assert_eq!(table.len(), 3);
        assert_eq!(table["waiting"], "wait");
        assert_eq!(table["waited"], "wait");
        assert_eq!(table["appointments"], "appoint");
    }

    #[test]
    fn single_word_matches_table() {
        assert_eq!(stem_one("caring"), stem_table(["caring"])["caring"]);
    }
}
