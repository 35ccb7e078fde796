//! How well clusters agree with people: the largest cluster's share (the brief bucket
//! included) and the normalised mutual information (NMI) between clusters and the
//! human major category of each comment, on a labelled file.
//!
//! The theme scores that guide clustering come from cross-validated predictions (each
//! comment scored by a model that never saw it). Clusters are fitted on every real
//! answer of the file, and NMI is reported separately for the comments of the first two
//! folds (looked at while choosing settings) and of the other three (never looked at),
//! which is the figure to quote.

use serde::Serialize;

use crate::classify::folds::{fold_key, fold_of};
use crate::classify::gold::GoldRow;
use crate::classify::{taxonomy, Prediction};
use crate::cluster::space::{cluster_analyzer, term_matrix, ThemeScores};
use crate::cluster::{cluster_comments, ClusterInput, ValidKMeansParams};

/// Folds (of five) whose comments were looked at while choosing cluster settings.
pub const TUNING_FOLDS: [usize; 2] = [0, 1];

/// What `eval clusters` reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClusterReport {
    /// `tfidf` or `tfidf+themes`.
    pub features: String,
    /// Clusters fitted (the brief bucket not counted).
    pub k: usize,
    /// Real answers clustered (the brief bucket included).
    pub comments: usize,
    /// Share of the real answers in the largest cluster, brief bucket included.
    pub largest_share: f64,
    /// Share in the brief bucket.
    pub brief_share: f64,
    /// NMI against the first human major category, comments of the folds never looked
    /// at while tuning (3-5 of 5): the figure to quote.
    pub nmi_held_out: f64,
    /// The same on the folds looked at while tuning (1-2 of 5).
    pub nmi_tuning: f64,
    /// The same on every labelled real answer.
    pub nmi_all: f64,
}

/// Normalised mutual information of two labelings of the same items, with the
/// arithmetic mean of the entropies as normaliser (scikit-learn's default).
pub fn nmi(a: &[usize], b: &[usize]) -> f64 {
    use std::collections::HashMap;
    let n = a.len() as f64;
    if a.is_empty() {
        return 0.0;
    }
    let mut joint: HashMap<(usize, usize), f64> = HashMap::new();
    let mut pa: HashMap<usize, f64> = HashMap::new();
    let mut pb: HashMap<usize, f64> = HashMap::new();
    for (&x, &y) in a.iter().zip(b) {
        *joint.entry((x, y)).or_insert(0.0) += 1.0;
        *pa.entry(x).or_insert(0.0) += 1.0;
        *pb.entry(y).or_insert(0.0) += 1.0;
    }
    let entropy =
        |p: &HashMap<usize, f64>| -> f64 { p.values().map(|&c| -(c / n) * (c / n).ln()).sum() };
    let mi: f64 = joint
        .iter()
        .map(|(&(x, y), &c)| (c / n) * ((c * n) / (pa[&x] * pb[&y])).ln())
        .sum();
    let (ha, hb) = (entropy(&pa), entropy(&pb));
    if ha + hb == 0.0 {
        return 1.0;
    }
    (2.0 * mi / (ha + hb)).max(0.0)
}

/// Clusters the real answers of `rows` with `params`, guided by `predictions` (one per
/// row; its themes and sentiment), and scores them against the human major categories.
pub fn evaluate_clusters(
    rows: &[GoldRow],
    predictions: &[Prediction],
    params: &ValidKMeansParams,
) -> ClusterReport {
    let texts: Vec<&str> = rows.iter().map(|r| r.text.as_str()).collect();
    let eligible: Vec<bool> = rows.iter().map(|r| !r.non_answer).collect();
    let analyzer = cluster_analyzer();
    let terms = analyzer.terms_batch(&texts);
    let (vocab, matrix) = term_matrix(&terms, &eligible);
    let ids: Vec<String> = (0..rows.len()).map(|i| i.to_string()).collect();
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    let themes: Vec<ThemeScores> = predictions
        .iter()
        .map(|p| {
            p.themes
                .iter()
                .filter_map(|t| taxonomy::label_index(&t.label).map(|l| (l, t.score)))
                .collect()
        })
        .collect();
    let sentiments: Vec<_> = predictions
        .iter()
        .map(|p| Some(p.sentiment.label))
        .collect();
    let one_each: Vec<u32> = (0..rows.len() as u32).collect();
    let input = ClusterInput {
        rows: &matrix,
        vocab: &vocab,
        eligible: &eligible,
        ids: &ids,
        text_of: &one_each,
        texts: &texts,
        analyzer: &analyzer,
        guide_of: &one_each,
        themes: &themes,
        sentiments: &sentiments,
    };
    let clustering = cluster_comments(&input, params, None);
    let clustered: Vec<usize> = (0..rows.len()).filter(|&i| eligible[i]).collect();
    let comments = clustered.len();
    let share = |size: usize| size as f64 / comments.max(1) as f64;
    let largest = clustering
        .saved
        .clusters
        .iter()
        .map(|c| c.size)
        .max()
        .unwrap_or(0);
    let fold: Vec<usize> = rows
        .iter()
        .map(|r| fold_of(fold_key(r.text.as_str()), 5, 0))
        .collect();
    let score = |keep: &dyn Fn(usize) -> bool| {
        let (mut a, mut b) = (Vec::new(), Vec::new());
        for &i in &clustered {
            let first = rows[i].labels.iter().next();
            if let (Some(label), Some(cluster), true) =
                (first, clustering.assignment.get(i), keep(i))
            {
                a.push(cluster as usize);
                b.push(taxonomy::major_index_of(label));
            }
        }
        nmi(&a, &b)
    };
    ClusterReport {
        features: clustering.saved.features.clone(),
        k: clustering.saved.k,
        comments,
        largest_share: share(largest),
        brief_share: share(clustering.saved.brief),
        nmi_held_out: score(&|i| !TUNING_FOLDS.contains(&fold[i])),
        nmi_tuning: score(&|i| TUNING_FOLDS.contains(&fold[i])),
        nmi_all: score(&|_| true),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nmi_is_one_for_the_same_partition_and_zero_for_independent_ones() {
        assert!((nmi(&[0, 0, 1, 1], &[5, 5, 7, 7]) - 1.0).abs() < 1e-12);
        assert!(nmi(&[0, 1, 0, 1], &[0, 0, 1, 1]).abs() < 1e-12);
        let partial = nmi(&[0, 0, 1, 1, 2, 2], &[0, 0, 1, 1, 1, 1]);
        assert!(partial > 0.5 && partial < 1.0, "{partial}");
    }
}
