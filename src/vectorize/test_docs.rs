//! Test helpers shared by the vectorize and cluster tests: whitespace-split documents
//! and a vocabulary that keeps every term.

use super::{SparseMatrix, Vocabulary, VocabularyBuilder};

/// Hyper-parameters that keep every term, so small test corpora keep their words.
pub(crate) const KEEP_ALL: VocabularyBuilder = VocabularyBuilder {
    min_df: 1,
    max_df_ratio: 1.0,
    max_terms: None,
};

/// Six stemmed comments on two obvious topics (waiting, then parking), for tests
/// that cluster them.
pub(crate) const TWO_TOPICS: [&str; 6] = [
    "wait hour appoint",
    "wait long hour",
    "appoint wait delay",
    "park car expens",
    "car park space",
    "park space car",
];

/// Each text split on white space into tokens.
pub(crate) fn docs(texts: &[&str]) -> Vec<Vec<String>> {
    texts
        .iter()
        .map(|t| t.split_whitespace().map(String::from).collect())
        .collect()
}

/// A keep-everything vocabulary fitted on `texts`, and their TF-IDF rows.
pub(crate) fn fit_all(texts: &[&str]) -> (Vocabulary, SparseMatrix) {
    let docs = docs(texts);
    let vocab = KEEP_ALL.fit(&docs).expect("KEEP_ALL is a valid builder");
    let matrix = vocab.transform(&docs);
    (vocab, matrix)
}
