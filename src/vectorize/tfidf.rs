//! TF-IDF rows in a sparse CSR matrix: sublinear TF × IDF, each row L2-normalised.

use rayon::prelude::*;
use sprs::CsMatI;

use super::vocabulary::Vocabulary;

/// A sparse document × term matrix: `f32` values, `u32` column indices.
pub type SparseMatrix = CsMatI<f32, u32, usize>;

/// One document's sorted `(column, weight)` pairs, L2-normalised.
fn row(vocab: &Vocabulary, doc: &[String]) -> Vec<(u32, f32)> {
    vocab.row_of_columns(doc.iter().filter_map(|t| vocab.id(t)).collect())
}

impl Vocabulary {
    /// One document's TF-IDF row from the columns of its terms (one per occurrence, in
    /// any order): sorted `(column, weight)` pairs, L2-normalised. What
    /// [`Vocabulary::transform`] computes per document, for callers that keep term ids
    /// instead of strings.
    pub fn row_of_columns(&self, mut ids: Vec<u32>) -> Vec<(u32, f32)> {
        ids.sort_unstable();
        let mut entries: Vec<(u32, f32)> = Vec::with_capacity(ids.len());
        for id in ids {
            match entries.last_mut() {
                Some((last, count)) if *last == id => *count += 1.0,
                _ => entries.push((id, 1.0)),
            }
        }
        let idf = self.idf();
        for (id, w) in entries.iter_mut() {
            *w = (1.0 + w.ln()) * idf[*id as usize];
        }
        let norm = entries.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        if norm > 0.0 {
            entries.iter_mut().for_each(|(_, w)| *w /= norm);
        }
        entries
    }
}

impl Vocabulary {
    /// TF-IDF rows for tokenised documents, built in parallel, one row per document.
    pub fn transform(&self, docs: &[Vec<String>]) -> SparseMatrix {
        let rows: Vec<Vec<(u32, f32)>> = docs.par_iter().map(|d| row(self, d)).collect();
        let nnz = rows.iter().map(Vec::len).sum();
        let mut indptr = Vec::with_capacity(rows.len() + 1);
        let mut indices = Vec::with_capacity(nnz);
        let mut data = Vec::with_capacity(nnz);
        indptr.push(0);
        for r in rows {
            for (id, w) in r {
                indices.push(id);
                data.push(w);
            }
            indptr.push(indices.len());
        }
        CsMatI::new((docs.len(), self.len()), indptr, indices, data)
    }
}

#[cfg(test)]
mod tests {
    use crate::vectorize::test_docs::{docs, KEEP_ALL};

    #[test]
    fn rows_are_unit_length_and_sorted() {
        let train = docs(&["wait long wait", "rude staff", "long rude", "wait staff"]);
        let vocab = KEEP_ALL.fit(&train).unwrap();
        let m = vocab.transform(&train);
        assert_eq!(m.rows(), 4);
        for row in m.outer_iterator() {
            let norm: f32 = row.data().iter().map(|w| w * w).sum();
            assert!((norm - 1.0).abs() < 1e-5);
            assert!(row.indices().windows(2).all(|w| w[0] < w[1]));
        }
        // "wait" twice outweighs "long" once in the first row (same idf).
        let first = m.outer_view(0).unwrap();
        let wait = first.get(vocab.id("wait").unwrap() as usize).unwrap();
        let long = first.get(vocab.id("long").unwrap() as usize).unwrap();
        assert!(wait > long);
    }

    #[test]
    fn unknown_terms_and_empty_docs_give_empty_rows() {
        let vocab = KEEP_ALL.fit(&docs(&["a b"])).unwrap();
        let m = vocab.transform(&docs(&["zzz", ""]));
        assert_eq!(m.nnz(), 0);
        assert_eq!(m.rows(), 2);
    }
}
