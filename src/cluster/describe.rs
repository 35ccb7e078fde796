//! Describing a cluster by the terms that weigh most in its centroid.

use super::kmeans::Centroids;
use crate::vectorize::Vocabulary;

/// The `n` heaviest terms of cluster `c`, heaviest first (ties by term), weights > 0.
pub fn top_terms(
    centroids: &Centroids,
    vocab: &Vocabulary,
    c: usize,
    n: usize,
) -> Vec<(String, f32)> {
    let mut weighted: Vec<(u32, f32)> = (0..vocab.len() as u32)
        .map(|t| (t, centroids.weight(c, t as usize)))
        .filter(|&(_, w)| w > 0.0)
        .collect();
    weighted.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    weighted
        .into_iter()
        .take(n)
        .map(|(t, w)| (vocab.term(t).to_string(), w))
        .collect()
}

/// A short label from the top terms, e.g. `wait hour appoint`.
pub fn label(top: &[(String, f32)], words: usize) -> String {
    top.iter()
        .take(words)
        .map(|(t, _)| t.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heaviest_terms_first() {
        let vocab = crate::vectorize::Vocabulary::from_parts(
            vec!["car".into(), "park".into(), "wait".into()],
            vec![1.0; 3],
        );
        let centroids = Centroids::from_dense(&[vec![0.6, 0.8, 0.0]], 3);
        let top = top_terms(&centroids, &vocab, 0, 5);
        assert_eq!(top.len(), 2, "zero-weight terms are left out");
        assert_eq!(top[0].0, "park");
        assert_eq!(label(&top, 3), "park car");
    }
}
