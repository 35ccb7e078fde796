//! The vectorize stage of a streamed run: the clustering vocabulary from document
//! frequencies (each distinct text weighted by its copies, so the figures are those of
//! every row), then one TF-IDF row per distinct text, which its copies share.

use rayon::prelude::*;

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

/// Distinct texts per parallel job when building the TF-IDF rows.
const JOB_TEXTS: usize = 8192;

/// The TF-IDF row of every distinct text (rows share their text's: see
/// [`crate::cluster::ClusterInput::terms_row`]), built in parallel jobs straight into
/// CSR, without a vector per text.
pub(super) fn tfidf_rows(texts: &DistinctTexts, vocab: &Vocabulary) -> SparseMatrix {
    let column: Vec<Option<u32>> = texts.terms().iter().map(|t| vocab.id(t)).collect();
    let n = texts.texts.len();
    let jobs: Vec<(Vec<usize>, Vec<u32>, Vec<f32>)> = (0..n)
        .into_par_iter()
        .step_by(JOB_TEXTS)
        .map(|start| {
            let (mut ends, mut indices, mut data) = (Vec::new(), Vec::new(), Vec::new());
            let mut ids = Vec::new();
            for i in start..(start + JOB_TEXTS).min(n) {
                ids.clear();
                ids.extend(texts.term_ids(i).iter().filter_map(|&t| column[t as usize]));
                for (c, w) in vocab.row_of_columns(std::mem::take(&mut ids)) {
                    indices.push(c);
                    data.push(w);
                }
                ends.push(indices.len());
            }
            (ends, indices, data)
        })
        .collect();
    let nnz = jobs.iter().map(|(_, indices, _)| indices.len()).sum();
    let mut indptr = Vec::with_capacity(n + 1);
    let (mut indices, mut data) = (Vec::with_capacity(nnz), Vec::with_capacity(nnz));
    indptr.push(0);
    for (ends, job_indices, job_data) in jobs {
        let base = indices.len();
        indptr.extend(ends.into_iter().map(|end| base + end));
        indices.extend(job_indices);
        data.extend(job_data);
    }
    SparseMatrix::new((n, vocab.len()), indptr, indices, data)
}
