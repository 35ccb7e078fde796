//! The vectorize stage of a streamed run: the clustering vocabulary from document
//! frequencies (each distinct text weighted by its copies, so the figures are those of
//! every row), then one TF-IDF row per distinct text, laid out per row for clustering.

use rayon::prelude::*;

use super::rows::RowTable;
use super::texts::DistinctTexts;
use crate::vectorize::{SparseMatrix, Vocabulary, VocabularyBuilder};

/// The clustering vocabulary of the scored rows (blanks and non-answers left out).
pub(super) fn fit_vocabulary(texts: &DistinctTexts) -> Vocabulary {
    let mut df = vec![0u32; texts.terms().len()];
    let mut n_docs = 0usize;
    let mut seen: Vec<u32> = Vec::new();
    for (i, (text, &copies)) in texts.texts.iter().zip(&texts.copies).enumerate() {
        if text.non_answer {
            continue;
        }
        n_docs += copies as usize;
        seen.clear();
        seen.extend_from_slice(texts.term_ids(i));
        seen.sort_unstable();
        seen.dedup();
        for &t in &seen {
            df[t as usize] += copies;
        }
    }
    let counts = texts
        .terms()
        .iter()
        .zip(df)
        .filter(|&(_, df)| df > 0)
        .map(|(t, df)| (t.as_str(), df));
    VocabularyBuilder {
        min_df: if n_docs >= 100 { 2 } else { 1 },
        max_df_ratio: 0.5,
        max_terms: None,
    }
    .fit_counts(n_docs, counts)
    .expect("fixed vocabulary parameters are valid")
}

/// The TF-IDF row of every row of the run (copies of a text share one computation).
pub(super) fn tfidf_rows(
    texts: &DistinctTexts,
    rows: &RowTable,
    vocab: &Vocabulary,
) -> SparseMatrix {
    let column: Vec<Option<u32>> = texts.terms().iter().map(|t| vocab.id(t)).collect();
    let per_text: Vec<Vec<(u32, f32)>> = (0..texts.texts.len())
        .into_par_iter()
        .with_min_len(1024)
        .map(|i| {
            let ids = texts
                .term_ids(i)
                .iter()
                .filter_map(|&t| column[t as usize])
                .collect();
            vocab.row_of_columns(ids)
        })
        .collect();
    let nnz = rows
        .rows
        .iter()
        .map(|r| per_text[r.text as usize].len())
        .sum();
    let mut indptr = Vec::with_capacity(rows.rows.len() + 1);
    let (mut indices, mut data) = (Vec::with_capacity(nnz), Vec::with_capacity(nnz));
    indptr.push(0);
    for row in &rows.rows {
        for &(c, w) in &per_text[row.text as usize] {
            indices.push(c);
            data.push(w);
        }
        indptr.push(indices.len());
    }
    SparseMatrix::new((rows.rows.len(), vocab.len()), indptr, indices, data)
}
