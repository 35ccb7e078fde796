//! Stage 6: spherical k-means on TF-IDF rows, with top-term descriptions and stable ids.
//!
//! Comments with no usable terms are not clustered; comments with a single term go to a
//! "brief" bucket (id 0), which keeps one-word answers from swamping a real cluster.
//! Ids are stable from run to run when the previous `clusters.json` is given: its
//! centroids start k-means, and each cluster that stays close to where it started keeps
//! its id and its analyst-given name.

pub mod describe;
pub mod kmeans;
pub mod params;
pub mod sample_fit;
pub mod saved;

use std::collections::HashMap;

pub use kmeans::{Centroids, KMeansFit};
pub use params::{KMeansError, KMeansParams};
pub use sample_fit::FitScope;
pub use saved::{SavedCluster, SavedClusters, SavedClustersError};

use crate::vectorize::{SparseMatrix, Vocabulary};

/// Id of the bucket for comments with a single term.
pub const BRIEF_CLUSTER_ID: u32 = 0;

/// A cluster keeps its previous id when its centroid stays at least this close (cosine).
pub const STABLE_ID_SIMILARITY: f32 = 0.5;

/// Terms listed per cluster for reading.
const TOP_TERMS: usize = 30;

/// Smallest centroid weight saved for the next run's start.
const MIN_SAVED_WEIGHT: f32 = 0.001;

/// The outcome of clustering one run.
#[derive(Debug, Clone, PartialEq)]
pub struct Clustering {
    /// Each comment's cluster id, `None` when it was not clustered.
    pub assignment: Vec<Option<u32>>,
    /// Description of every cluster (the brief bucket first when used), by id.
    pub saved: SavedClusters,
    /// Lloyd iterations run.
    pub iterations: usize,
    /// Rows the centroids were fitted on and rows assigned (see [`sample_fit`]).
    pub fit_scope: FitScope,
}

impl Clustering {
    /// The label of cluster `id` (the analyst's name when given).
    pub fn label_of(&self, id: u32) -> &str {
        self.saved
            .clusters
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.name.as_deref().unwrap_or(&c.label))
            .unwrap_or("")
    }
}

/// Dense unit vectors in this vocabulary's columns for previously saved clusters.
fn previous_centroids(previous: &SavedClusters, vocab: &Vocabulary) -> Vec<Vec<f32>> {
    previous
        .clusters
        .iter()
        .filter(|c| c.id != BRIEF_CLUSTER_ID)
        .map(|c| {
            let mut v = vec![0.0f32; vocab.len()];
            let saved = if c.centroid.is_empty() {
                &c.top_terms
            } else {
                &c.centroid
            };
            for (term, w) in saved {
                if let Some(id) = vocab.id(term) {
                    v[id as usize] = *w;
                }
            }
            let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
            if norm > 0.0 {
                v.iter_mut().for_each(|x| *x /= norm);
            }
            v
        })
        .collect()
}

/// Cosine similarity of two term → weight lists.
fn cosine(a: &[(String, f32)], b: &[(String, f32)]) -> f32 {
    let b_map: HashMap<&str, f32> = b.iter().map(|(t, w)| (t.as_str(), *w)).collect();
    let dot: f32 = a
        .iter()
        .filter_map(|(t, w)| b_map.get(t.as_str()).map(|v| v * w))
        .sum();
    let na = a.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    let nb = b.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    if na > 0.0 && nb > 0.0 {
        dot / (na * nb)
    } else {
        0.0
    }
}

/// Rounds a weight for output, so files stay readable and stable.
fn round4(w: f32) -> f32 {
    (w * 10_000.0).round() / 10_000.0
}

/// Clusters the rows whose `eligible` flag is set; `ids` name the rows in `examples`.
pub fn cluster_comments(
    rows: &SparseMatrix,
    vocab: &Vocabulary,
    eligible: &[bool],
    ids: &[&str],
    params: &KMeansParams,
    previous: Option<&SavedClusters>,
) -> Result<Clustering, KMeansError> {
    params.check()?;
    let n = rows.rows();
    let nnz = |i: usize| rows.outer_view(i).map_or(0, |r| r.nnz());
    // Rows that k-means sees: eligible with two or more terms; others are emptied.
    let clusterable: Vec<usize> = (0..n).filter(|&i| eligible[i] && nnz(i) >= 2).collect();
    let sub = sample_fit::sub_matrix(rows, &clusterable);
    let initial = previous
        .map(|p| previous_centroids(p, vocab))
        .filter(|v| !v.is_empty())
        .map(|v| Centroids::from_dense(&v, vocab.len()));
    let previous_k = initial.as_ref().map(Centroids::k);
    let (fit, fit_scope) = sample_fit::fit(&sub, params, initial)?;
    let k = fit.centroids.k();

    let mut sizes = vec![0usize; k];
    for c in fit.assignments.iter().flatten() {
        sizes[*c] += 1;
    }
    let whole: Vec<Vec<(String, f32)>> = (0..k)
        .map(|c| {
            describe::top_terms(&fit.centroids, vocab, c, vocab.len())
                .into_iter()
                .filter(|&(_, w)| w >= MIN_SAVED_WEIGHT)
                .map(|(t, w)| (t, round4(w)))
                .collect()
        })
        .collect();
    let tops: Vec<Vec<(String, f32)>> = whole
        .iter()
        .map(|c| c.iter().take(TOP_TERMS).cloned().collect())
        .collect();

    // Ids: carried over from the previous run where the centroid stayed put, else fresh.
    let mut id_of = vec![0u32; k];
    let mut name_of: Vec<Option<String>> = vec![None; k];
    let prev_clusters: Vec<&SavedCluster> = previous
        .map(|p| {
            p.clusters
                .iter()
                .filter(|c| c.id != BRIEF_CLUSTER_ID)
                .collect()
        })
        .unwrap_or_default();
    let mut next_id = prev_clusters.iter().map(|c| c.id).max().unwrap_or(0) + 1;
    let mut order: Vec<usize> = (0..k).collect();
    // Largest first; ties broken by the clusters' terms, so the order never depends on
    // k-means' internal numbering.
    let terms_of = |c: usize| tops[c].iter().map(|(t, _)| t);
    order.sort_by(|&a, &b| {
        sizes[b]
            .cmp(&sizes[a])
            .then_with(|| terms_of(a).cmp(terms_of(b)))
    });
    for &c in &order {
        let kept = (previous_k == Some(k))
            .then(|| prev_clusters.get(c))
            .flatten()
            .filter(|p| {
                let saved = if p.centroid.is_empty() {
                    &p.top_terms
                } else {
                    &p.centroid
                };
                cosine(&whole[c], saved) >= STABLE_ID_SIMILARITY
            });
        match kept {
            Some(p) => {
                id_of[c] = p.id;
                name_of[c] = p.name.clone();
            }
            None => {
                id_of[c] = next_id;
                next_id += 1;
            }
        }
    }

    // Examples: the three members nearest each centroid (ties by row order).
    let mut members: Vec<Vec<(f32, usize)>> = vec![Vec::new(); k];
    for (r, a) in fit.assignments.iter().enumerate() {
        if let Some(c) = a {
            members[*c].push((fit.similarity[r], clusterable[r]));
        }
    }
    let mut assignment: Vec<Option<u32>> = vec![None; n];
    for (r, a) in fit.assignments.iter().enumerate() {
        assignment[clusterable[r]] = a.map(|c| id_of[c]);
    }
    let mut brief = 0;
    for i in 0..n {
        if eligible[i] && nnz(i) < 2 {
            assignment[i] = Some(BRIEF_CLUSTER_ID);
            brief += 1;
        }
    }
    let mut clusters: Vec<SavedCluster> = (0..k)
        .filter(|&c| sizes[c] > 0)
        .map(|c| {
            members[c].sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
            SavedCluster {
                id: id_of[c],
                label: describe::label(&tops[c], 3),
                name: name_of[c].clone(),
                size: sizes[c],
                top_terms: tops[c].clone(),
                centroid: whole[c].clone(),
                examples: members[c]
                    .iter()
                    .take(3)
                    .map(|&(_, i)| ids[i].to_string())
                    .collect(),
            }
        })
        .collect();
    if brief > 0 {
        clusters.push(SavedCluster {
            id: BRIEF_CLUSTER_ID,
            label: "brief comments".to_string(),
            name: None,
            size: brief,
            top_terms: Vec::new(),
            centroid: Vec::new(),
            examples: Vec::new(),
        });
    }
    clusters.sort_by_key(|c| c.id);
    let unclustered = eligible.iter().filter(|e| !**e).count();
    Ok(Clustering {
        assignment,
        saved: SavedClusters {
            features: "tfidf".to_string(),
            k,
            seed: params.seed,
            brief,
            unclustered,
            clusters,
        },
        iterations: fit.iterations,
        fit_scope,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vectorize::test_docs::{fit_all, TWO_TOPICS};

    /// The two topics, a one-word comment and an empty one.
    const TEXTS: [&str; 8] = {
        let [a, b, c, d, e, f] = TWO_TOPICS;
        [a, b, c, d, e, f, "thanks", ""]
    };
    const IDS: [&str; 8] = ["a", "b", "c", "d", "e", "f", "g", "h"];

    #[test]
    fn brief_bucket_unclustered_and_stable_ids() {
        let (vocab, m) = fit_all(&TEXTS);
        let eligible = [true, true, true, true, true, true, true, false];
        let params = KMeansParams {
            k: Some(2),
            ..Default::default()
        };
        let first = cluster_comments(&m, &vocab, &eligible, &IDS, &params, None).unwrap();
        assert_eq!(first.assignment[6], Some(BRIEF_CLUSTER_ID));
        assert_eq!(first.assignment[7], None);
        assert_eq!(first.saved.brief, 1);
        assert_eq!(first.saved.unclustered, 1);
        assert_eq!(first.saved.clusters.len(), 3);

        // Next night: same comments reordered; an analyst named a cluster.
        let mut previous = first.saved.clone();
        let wait_id = first.assignment[0].unwrap();
        for c in previous.clusters.iter_mut().filter(|c| c.id == wait_id) {
            c.name = Some("Waiting".into());
        }
        let reordered = [3, 4, 5, 0, 1, 2, 6, 7].map(|i| TEXTS[i]);
        let (vocab2, m2) = fit_all(&reordered);
        let ids2 = [3, 4, 5, 0, 1, 2, 6, 7].map(|i| IDS[i]);
        let second =
            cluster_comments(&m2, &vocab2, &eligible, &ids2, &params, Some(&previous)).unwrap();
        assert_eq!(second.assignment[3], Some(wait_id), "same cluster, same id");
        assert_eq!(
            second.label_of(wait_id),
            "Waiting",
            "analyst name carried forward"
        );
    }

    #[test]
    fn cosine_of_term_lists() {
        let a = vec![("x".to_string(), 1.0), ("y".to_string(), 0.0)];
        let b = vec![("x".to_string(), 2.0)];
        assert!((cosine(&a, &b) - 1.0).abs() < 1e-6);
        assert_eq!(cosine(&a, &[]), 0.0);
    }
}
