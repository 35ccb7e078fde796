//! [`Vocabulary`]: the terms kept for TF-IDF, with their inverse document frequencies.

use std::collections::HashMap;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::fast_hash::FastHashMap;

/// Hyper-parameters of a vocabulary, checked once by [`VocabularyBuilder::fit`].
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct VocabularyBuilder {
    /// A term must appear in at least this many documents.
    pub min_df: u32,
    /// A term appearing in more than this share of documents is dropped (0 < x ≤ 1).
    pub max_df_ratio: f32,
    /// Keep at most this many terms (the most frequent), if set.
    pub max_terms: Option<usize>,
}

impl Default for VocabularyBuilder {
    fn default() -> Self {
        VocabularyBuilder {
            min_df: 2,
            max_df_ratio: 0.5,
            max_terms: None,
        }
    }
}

/// A hyper-parameter out of range.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum VocabularyError {
    /// `min_df` was 0.
    #[error("min_df must be at least 1")]
    MinDfZero,
    /// `max_df_ratio` outside (0, 1].
    #[error("max_df_ratio must be in (0, 1], got {0}")]
    MaxDfRatio(f32),
}

/// Terms in sorted order with their smoothed IDF: `ln((1 + n) / (1 + df)) + 1`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Vocabulary {
    terms: Vec<String>,
    idf: Vec<f32>,
    #[serde(skip)]
    index: FastHashMap<String, u32>,
}

/// Counts, for each distinct term, how many documents hold it (in parallel).
fn document_frequencies<D: AsRef<[String]> + Sync>(docs: &[D]) -> HashMap<&str, u32> {
    docs.par_iter()
        .fold(HashMap::new, |mut df: HashMap<&str, u32>, doc| {
            let mut seen: Vec<&str> = doc.as_ref().iter().map(String::as_str).collect();
            seen.sort_unstable();
            seen.dedup();
            for term in seen {
                *df.entry(term).or_insert(0) += 1;
            }
            df
        })
        .reduce(HashMap::new, |mut a, b| {
            let (mut big, small) = if a.len() >= b.len() { (a, b) } else { (b, a) };
            for (term, n) in small {
                *big.entry(term).or_insert(0) += n;
            }
            a = big;
            a
        })
}

impl VocabularyBuilder {
    /// Checks the hyper-parameters.
    pub fn check(&self) -> Result<(), VocabularyError> {
        if self.min_df == 0 {
            return Err(VocabularyError::MinDfZero);
        }
        if !(self.max_df_ratio > 0.0 && self.max_df_ratio <= 1.0) {
            return Err(VocabularyError::MaxDfRatio(self.max_df_ratio));
        }
        Ok(())
    }

    /// Learns the vocabulary and IDF from tokenised documents (owned term lists or
    /// references to them, so a caller can fit on a subset without copying it).
    pub fn fit<D: AsRef<[String]> + Sync>(
        &self,
        docs: &[D],
    ) -> Result<Vocabulary, VocabularyError> {
        self.fit_counts(docs.len(), document_frequencies(docs))
    }

    /// Learns the vocabulary from document frequencies already counted: `n_docs`
    /// documents, and each term with the number of documents holding it (each term
    /// once). [`VocabularyBuilder::fit`] counts them from the documents; a streaming
    /// caller counts them as it goes, weighting each distinct text by its copies.
    pub fn fit_counts<'t>(
        &self,
        n_docs: usize,
        df: impl IntoIterator<Item = (&'t str, u32)>,
    ) -> Result<Vocabulary, VocabularyError> {
        self.check()?;
        let n = n_docs;
        let max_df = ((self.max_df_ratio as f64) * n as f64).floor().max(1.0) as u32;
        let mut kept: Vec<(&str, u32)> = df
            .into_iter()
            .filter(|&(_, df)| df >= self.min_df && df <= max_df)
            .collect();
        if let Some(max_terms) = self.max_terms {
            kept.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            kept.truncate(max_terms);
        }
        kept.sort_unstable_by(|a, b| a.0.cmp(b.0));
        let idf = kept
            .iter()
            .map(|&(_, df)| (((1 + n) as f64 / (1 + df) as f64).ln() + 1.0) as f32)
            .collect();
        let terms = kept.into_iter().map(|(t, _)| t.to_string()).collect();
        Ok(Vocabulary::from_parts(terms, idf))
    }
}

impl Vocabulary {
    /// Builds a vocabulary from saved terms (sorted or not) and their IDF values.
    pub fn from_parts(terms: Vec<String>, idf: Vec<f32>) -> Self {
        let index = terms
            .iter()
            .enumerate()
            .map(|(i, t)| (t.clone(), i as u32))
            .collect();
        Vocabulary { terms, idf, index }
    }

    /// Rebuilds the term index after deserialising.
    pub fn reindexed(self) -> Self {
        Self::from_parts(self.terms, self.idf)
    }

    /// Number of terms.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// True when no term was kept.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The column of `term`, if it is in the vocabulary.
    pub fn id(&self, term: &str) -> Option<u32> {
        self.index.get(term).copied()
    }

    /// The term of a column.
    pub fn term(&self, id: u32) -> &str {
        &self.terms[id as usize]
    }

    /// All terms, in column order.
    pub fn terms(&self) -> &[String] {
        &self.terms
    }

    /// The IDF of every column.
    pub fn idf(&self) -> &[f32] {
        &self.idf
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vectorize::test_docs::docs;

    #[test]
    fn keeps_terms_within_document_frequency_bounds() {
        let d = docs(&["wait wait long", "wait rude", "rude long", "once", "wait x"]);
        let vocab = VocabularyBuilder {
            min_df: 2,
            max_df_ratio: 0.6,
            max_terms: None,
        }
        .fit(&d)
        .unwrap();
        // wait: df 3 of 5 = 0.6 kept; long, rude: 2; once, x: 1 dropped.
        assert_eq!(vocab.terms(), ["long", "rude", "wait"]);
        assert!(
            vocab.idf()[2] < vocab.idf()[0],
            "commoner term has lower idf"
        );
        assert_eq!(vocab.id("rude"), Some(1));
        assert_eq!(vocab.id("once"), None);
    }

    #[test]
    fn max_terms_keeps_the_most_frequent() {
        let d = docs(&["a b c", "a b", "a"]);
        let vocab = VocabularyBuilder {
            min_df: 1,
            max_df_ratio: 1.0,
            max_terms: Some(2),
        }
        .fit(&d)
        .unwrap();
        assert_eq!(vocab.terms(), ["a", "b"]);
    }

    #[test]
    fn bad_hyper_parameters_are_rejected() {
        let bad = VocabularyBuilder {
            min_df: 0,
            ..Default::default()
        };
        assert_eq!(bad.fit::<Vec<String>>(&[]), Err(VocabularyError::MinDfZero));
        let bad = VocabularyBuilder {
            max_df_ratio: 1.5,
            ..Default::default()
        };
        assert!(bad.fit::<Vec<String>>(&[]).is_err());
    }

    #[test]
    fn serde_round_trip_rebuilds_index() {
        let vocab = Vocabulary::from_parts(vec!["a".into(), "b".into()], vec![1.0, 2.0]);
        let json = serde_json::to_string(&vocab).unwrap();
        let back: Vocabulary = serde_json::from_str::<Vocabulary>(&json)
            .unwrap()
            .reindexed();
        assert_eq!(back.id("b"), Some(1));
    }
}
