//! The vectors k-means clusters: each comment's TF-IDF row, optionally joined by the
//! classifier's theme scores, as one unit-length sparse row.
//!
//! With theme scores (FINDINGS.md measured NMI 0.37 against the human major categories,
//! against 0.21 for terms alone) comments about the same theme fall together even when
//! they share few words, while the terms still separate topics the framework has no
//! label for. Columns: the vocabulary's terms, then one per QDC v7 subcategory, named
//! `theme:<label>` in saved centroids.

use super::ClusterInput;
use crate::classify::taxonomy::{self, N_LABELS};
use crate::text::{stop_words::CLUSTER_STOP_WORDS, Analyzer, StopWords};
use crate::vectorize::{SparseMatrix, Vocabulary, VocabularyBuilder};

/// Prefix of a theme column's name in saved centroids.
pub const THEME_PREFIX: &str = "theme:";

/// A comment's themes as (subcategory index, score).
pub type ThemeScores = Vec<(usize, f32)>;

/// The analyzer clustering uses: English, with words of tone (good, great, poor…) also
/// left out, so clusters are about topics.
pub fn cluster_analyzer() -> Analyzer {
    Analyzer::english().with_extra_stop_words(&StopWords::parse(CLUSTER_STOP_WORDS))
}

/// The TF-IDF vocabulary fitted on the eligible comments' terms, and every comment's
/// unit TF-IDF row (terms in at least two comments once there are 100 or more, and in
/// at most half of them).
pub fn term_matrix(terms: &[Vec<String>], eligible: &[bool]) -> (Vocabulary, SparseMatrix) {
    let eligible_docs: Vec<&Vec<String>> = terms
        .iter()
        .zip(eligible)
        .filter(|(_, e)| **e)
        .map(|(t, _)| t)
        .collect();
    let vocab = VocabularyBuilder {
        min_df: if eligible_docs.len() >= 100 { 2 } else { 1 },
        max_df_ratio: 0.5,
        max_terms: None,
    }
    .fit(&eligible_docs)
    .expect("fixed vocabulary parameters are valid");
    let matrix = vocab.transform(terms);
    (vocab, matrix)
}

/// The columns of the clustering space.
#[derive(Debug, Clone, Copy)]
pub struct Space<'a> {
    /// The TF-IDF vocabulary (first columns).
    pub vocab: &'a Vocabulary,
    /// Weight of the theme block (0: no theme columns are filled).
    pub theme_weight: f32,
}

impl Space<'_> {
    /// Number of columns: terms, then themes.
    pub fn dims(&self) -> usize {
        self.vocab.len() + N_LABELS
    }

    /// True for a term column (not a theme column).
    pub fn is_term(&self, column: usize) -> bool {
        column < self.vocab.len()
    }

    /// The name of a column: its term, or `theme:<label>`.
    pub fn name(&self, column: usize) -> String {
        if self.is_term(column) {
            self.vocab.term(column as u32).to_string()
        } else {
            format!(
                "{THEME_PREFIX}{}",
                taxonomy::label_name(column - self.vocab.len())
            )
        }
    }

    /// The column of a saved name, if this space has it.
    pub fn column(&self, name: &str) -> Option<usize> {
        match name.strip_prefix(THEME_PREFIX) {
            Some(label) => taxonomy::label_index(label).map(|l| self.vocab.len() + l),
            None => self.vocab.id(name).map(|id| id as usize),
        }
    }

    /// The unit rows of `picked` rows of the input in this space, in that order (see
    /// [`Space::push_unit_row`]). Built straight into CSR, a row at a time.
    pub fn rows(&self, input: &ClusterInput, picked: &[usize]) -> SparseMatrix {
        let mut indptr = Vec::with_capacity(picked.len() + 1);
        let (mut indices, mut data): (Vec<u32>, Vec<f32>) = (Vec::new(), Vec::new());
        indptr.push(0);
        let mut entries: Vec<(usize, f32)> = Vec::new();
        for &i in picked {
            self.push_unit_row(input, i, &mut entries, &mut indices, &mut data);
            indptr.push(indices.len());
        }
        SparseMatrix::new((picked.len(), self.dims()), indptr, indices, data)
    }

    /// Appends row `i`'s unit vector in this space to `indices` and `data` (nothing when
    /// it is empty): the TF-IDF terms joined (when the theme weight is above 0) by the
    /// row's theme scores, scaled to unit length and then by the theme weight, before
    /// the whole row is made unit length again. `entries` is scratch space. One function
    /// for the fitted rows and for rows assigned later, so both get the same bits.
    pub fn push_unit_row(
        &self,
        input: &ClusterInput,
        i: usize,
        entries: &mut Vec<(usize, f32)>,
        indices: &mut Vec<u32>,
        data: &mut Vec<f32>,
    ) {
        entries.clear();
        input.terms_into(i, entries);
        if self.theme_weight > 0.0 {
            let start = entries.len();
            input.themes_into(i, entries);
            let scores = &mut entries[start..];
            let norm = scores.iter().map(|(_, s)| s * s).sum::<f32>().sqrt();
            if norm > 0.0 {
                let base = self.vocab.len();
                for (c, s) in scores.iter_mut() {
                    (*c, *s) = (base + *c, self.theme_weight * *s / norm);
                }
                scores.sort_by_key(|&(c, _)| c);
            } else {
                entries.truncate(start);
            }
        }
        let norm = entries.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        if norm > 0.0 {
            for &(c, w) in entries.iter() {
                indices.push(u32::try_from(c).expect("under 4 billion columns"));
                data.push(w / norm);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vectorize::test_docs::fit_all;

    #[test]
    fn theme_scores_join_the_terms_as_a_unit_row_and_names_round_trip() {
        let (vocab, m) = fit_all(&["car park full", "waited hours", "car park"]);
        let space = Space {
            vocab: &vocab,
            theme_weight: 1.0,
        };
        let parking = taxonomy::label_index("Parking").unwrap();
        let themes = vec![vec![(parking, 0.9)], vec![], vec![]];
        let analyzer = Analyzer::english();
        let input = ClusterInput {
            rows: &m,
            vocab: &vocab,
            eligible: &[true; 3],
            ids: &vec!["a", "b", "c"],
            text_of: &[0, 1, 2],
            texts: &vec!["car park full", "waited hours", "car park"],
            analyzer: &analyzer,
            guide_of: &[0, 1, 2],
            themes: &themes,
            sentiments: &[None; 3],
        };
        let rows = space.rows(&input, &[0, 1]);
        assert_eq!(rows.rows(), 2);
        let first = rows.outer_view(0).unwrap();
        let norm: f32 = first.data().iter().map(|w| w * w).sum();
        assert!((norm - 1.0).abs() < 1e-5);
        let theme_col = vocab.len() + parking;
        assert!((first.get(theme_col).copied().unwrap() - 0.5f32.sqrt()).abs() < 1e-5);
        assert_eq!(space.column(&space.name(theme_col)), Some(theme_col));
        let terms_only = Space {
            theme_weight: 0.0,
            ..space
        };
        assert!(terms_only
            .rows(&input, &[0])
            .outer_view(0)
            .unwrap()
            .get(theme_col)
            .is_none());
    }
}
