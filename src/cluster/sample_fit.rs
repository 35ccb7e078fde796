//! k-means fitted on a seeded sample of rows, then every row assigned in parallel.
//!
//! Lloyd iterations over a million rows cost seconds and change little past a few tens
//! of thousands: centroids fitted on [`FIT_SAMPLE_ROWS`] rows drawn with the run's seed
//! describe the same topics, and one parallel pass then puts every row in its nearest
//! cluster. Inputs no larger than the sample are fitted whole, exactly as before.
//! Clusters holding too large a share are split ([`split`](super::split)) on the rows
//! fitted, before every row is assigned.

use rand::seq::index::sample;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use super::kmeans::{self, Centroids, KMeansFit};
use super::params::ValidKMeansParams;
use super::split::{split_clusters, LeadThemes, MAX_SPLITS};
use crate::vectorize::SparseMatrix;

/// Rows k-means is fitted on when there are more.
pub const FIT_SAMPLE_ROWS: usize = 50_000;

/// Seed offset of the row sample, so it does not repeat k-means++'s own draws.
const SAMPLE_SEED_OFFSET: u64 = 0x5eed_5a3b;

/// How the centroids were fitted: recorded in the manifest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct FitScope {
    /// Rows the centroids were fitted on.
    pub fitted_rows: usize,
    /// Rows assigned to the fitted centroids.
    pub assigned_rows: usize,
}

/// Fits on all rows when there are at most [`FIT_SAMPLE_ROWS`], else on a seeded
/// sample of them; splits clusters too large or too mixed ([`split_clusters`]; shares
/// of `total` comments, the rows plus the brief bucket, scaled to the sample); then
/// assigns every row. Same rows, params and seed ⇒ same result.
pub fn fit(
    rows: &SparseMatrix,
    params: &ValidKMeansParams,
    initial: Option<Centroids>,
    total: usize,
    leads: LeadThemes,
    terms_end: usize,
) -> (KMeansFit, FitScope) {
    let n = rows.rows();
    if n <= FIT_SAMPLE_ROWS {
        let fit = fit_and_split(rows, params, initial, total, leads, terms_end, SPLIT_ROUNDS);
        let scope = FitScope {
            fitted_rows: n,
            assigned_rows: n,
        };
        return (fit, scope);
    }
    let mut rng = ChaCha8Rng::seed_from_u64(params.seed ^ SAMPLE_SEED_OFFSET);
    let mut picked = sample(&mut rng, n, FIT_SAMPLE_ROWS).into_vec();
    picked.sort_unstable();
    let sub = sub_matrix(rows, &picked);
    let sample_leads: Option<Vec<Option<usize>>> =
        leads.map(|l| picked.iter().map(|&i| l[i]).collect());
    let sample_total = (total as f64 * FIT_SAMPLE_ROWS as f64 / n as f64).round() as usize;
    let fitted = split_clusters(
        &sub,
        kmeans::fit(&sub, params, initial),
        params,
        sample_total,
        sample_leads.as_deref(),
        (MAX_SPLITS, 0),
        terms_end,
    );
    drop(sub);
    let centroids = fitted.centroids;
    let (assignments, similarity) = kmeans::assign(rows, &centroids);
    let fit = KMeansFit {
        centroids,
        assignments,
        similarity,
        iterations: fitted.iterations,
    };
    let scope = FitScope {
        fitted_rows: FIT_SAMPLE_ROWS,
        assigned_rows: n,
    };
    (fit, scope)
}

/// Most rounds of splitting and Lloyd iterations in [`fit_and_split`].
const SPLIT_ROUNDS: u64 = 4;

/// k-means, then the split of clusters too large or too mixed; after a split, Lloyd
/// iterations go on from the split centroids so every row sits in its nearest cluster
/// (a fixed point: a later run started from these centroids keeps them and the ids).
/// Rows that move back may leave a cluster too large again, so split and Lloyd repeat,
/// up to `rounds` times ([`SPLIT_ROUNDS`]), until no split is needed. If a cluster is still too
/// large or mixed after the last round, it is cut once more without Lloyd iterations
/// (the limits hold; those rows keep the cut's assignment rather than their nearest
/// centroid, so a later run started from these centroids may move a few of them).
fn fit_and_split(
    rows: &SparseMatrix,
    params: &ValidKMeansParams,
    initial: Option<Centroids>,
    total: usize,
    leads: LeadThemes,
    terms_end: usize,
    rounds: u64,
) -> KMeansFit {
    let mut fit = kmeans::fit(rows, params, initial);
    let fitted_k = fit.centroids.k();
    for round in 0..rounds {
        let k = fit.centroids.k();
        let budget = MAX_SPLITS.saturating_sub(k - fitted_k);
        let split = split_clusters(rows, fit, params, total, leads, (budget, round), terms_end);
        if split.centroids.k() == k {
            return split;
        }
        let again = kmeans::fit(rows, params, Some(split.centroids));
        fit = KMeansFit {
            iterations: split.iterations + again.iterations,
            ..again
        };
    }
    let budget = MAX_SPLITS.saturating_sub(fit.centroids.k() - fitted_k);
    split_clusters(rows, fit, params, total, leads, (budget, rounds), terms_end)
}

/// The given rows of a CSR matrix, in the order given (copied slice by slice: no
/// triplets, so a million rows cost their own size once).
pub(super) fn sub_matrix(rows: &SparseMatrix, picked: &[usize]) -> SparseMatrix {
    let mut indptr = Vec::with_capacity(picked.len() + 1);
    let (mut indices, mut data) = (Vec::new(), Vec::new());
    indptr.push(0);
    for &i in picked {
        let row = rows.outer_view(i).expect("sampled row index in range");
        indices.extend_from_slice(row.indices());
        data.extend_from_slice(row.data());
        indptr.push(indices.len());
    }
    SparseMatrix::new((picked.len(), rows.cols()), indptr, indices, data)
}

#[cfg(test)]
mod tests {
    use super::super::params::KMeansParams;
    use super::*;
    use crate::vectorize::test_docs::{fit_all, TWO_TOPICS};

    #[test]
    fn small_inputs_are_fitted_whole() {
        let (_, m) = fit_all(&TWO_TOPICS);
        let params = KMeansParams {
            k: Some(2),
            max_share: 1.0,
            ..Default::default()
        }
        .check()
        .unwrap();
        let (fit, scope) = fit(&m, &params, None, TWO_TOPICS.len(), None, m.cols());
        assert_eq!(fit, kmeans::fit(&m, &params, None));
        assert_eq!(scope.fitted_rows, TWO_TOPICS.len());
    }

    #[test]
    fn the_final_cut_leaves_no_cluster_over_the_share() {
        let words = [
            "wait", "hour", "appoint", "park", "car", "space", "food", "cold", "staff", "kind",
            "nurse", "bed",
        ];
        let mut texts = Vec::new();
        for (i, a) in words.iter().enumerate() {
            for (j, b) in words.iter().enumerate().skip(i + 1) {
                texts.push(format!("{a} {b} {}", words[(i + j) % words.len()]));
            }
        }
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let (_, m) = fit_all(&texts);
        for k in [2, 3, 5] {
            let params = KMeansParams {
                k: Some(k),
                max_share: 0.2,
                ..Default::default()
            }
            .check()
            .unwrap();
            // With no split-and-Lloyd round at all, the final cut alone must keep the cap.
            let fit = fit_and_split(&m, &params, None, texts.len(), None, m.cols(), 0);
            let mut sizes = vec![0usize; fit.centroids.k()];
            for c in fit.assignments.iter().flatten() {
                sizes[*c] += 1;
            }
            let limit = (0.2 * texts.len() as f32).floor() as usize;
            assert!(
                sizes.iter().all(|&s| s <= limit),
                "k {k}: sizes {sizes:?}, limit {limit}"
            );
        }
    }

    #[test]
    fn large_inputs_are_fitted_on_a_sample_and_all_assigned() {
        let texts: Vec<&str> = TWO_TOPICS
            .iter()
            .cycle()
            .take(FIT_SAMPLE_ROWS + 600)
            .copied()
            .collect();
        let (_, m) = fit_all(&texts);
        let params = KMeansParams {
            k: Some(2),
            max_iter: 5,
            max_share: 1.0,
            ..Default::default()
        }
        .check()
        .unwrap();
        let (first, scope) = fit(&m, &params, None, texts.len(), None, m.cols());
        assert_eq!(scope.fitted_rows, FIT_SAMPLE_ROWS);
        assert_eq!(first.assignments.len(), texts.len());
        // The two topics land in two clusters, every copy with its own text's cluster.
        let per_text: Vec<_> = first.assignments[..TWO_TOPICS.len()].to_vec();
        for (i, a) in first.assignments.iter().enumerate() {
            assert_eq!(*a, per_text[i % TWO_TOPICS.len()]);
        }
        assert_ne!(per_text[0], per_text[3]);
        assert_eq!(
            first,
            fit(&m, &params, None, texts.len(), None, m.cols()).0,
            "deterministic"
        );
    }
}
