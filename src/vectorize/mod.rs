//! Stage 5: vocabulary and TF-IDF rows in a sparse CSR matrix, built in parallel.

pub mod tfidf;
pub mod vocabulary;

pub use tfidf::SparseMatrix;
pub use vocabulary::{Vocabulary, VocabularyBuilder, VocabularyError};
