//! Stage 4: turn redacted text into terms (normalise, pre-tokenise, stop words, stems).
//!
//! Read like a chain of small filters, one file each:
//! [`tokenizer_config`] (normalise + split, via the `tokenizers` crate) →
//! [`words`] (keep words, drop placeholders, ASCII fast path) →
//! [`stop_words`] → [`stemming`], composed by [`Analyzer`].

pub mod analyzer;
pub mod stem_cache_pool;
pub mod stemming;
pub mod stop_words;
pub mod tokenizer_config;
pub mod words;

pub use analyzer::Analyzer;
pub use stop_words::StopWords;
pub use tokenizer_config::TokenizerConfig;

/// A word or term of a tokenized comment. Held inline up to 24 bytes (nearly every
/// word), so splitting a comment into words and terms allocates no string per word; it
/// reads as a `&str` (`Deref`, `AsRef<str>`) wherever a `String` did.
pub type Word = compact_str::CompactString;
