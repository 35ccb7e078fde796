//! Stage 5: vocabulary and TF-IDF rows in a sparse CSR matrix, built in parallel.

#[cfg(test)]
pub(crate) mod test_docs;
pub mod tfidf;
pub mod vocabulary;

pub use tfidf::SparseMatrix;
pub use vocabulary::{Vocabulary, VocabularyBuilder, VocabularyError};
