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
use rayon::prelude::*;

use super::kmeans::{self, Centroids, KMeansFit};
use super::params::ValidKMeansParams;
use super::space::Space;
use super::split::{split_clusters, LeadThemes, MAX_SPLITS};
use super::ClusterInput;
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

/// The fitted centroids and where every clustered row went.
#[derive(Debug, Clone, PartialEq)]
pub struct Placement {
    /// The fitted centroids.
    pub centroids: Centroids,
    /// Lloyd iterations run.
    pub iterations: usize,
    /// Rows fitted and rows assigned.
    pub scope: FitScope,
    by: PlacedBy,
}

/// Where the rows' clusters are kept.
#[derive(Debug, Clone, PartialEq)]
enum PlacedBy {
    /// One entry per clustered row (fitted whole): its cluster and its cosine
    /// similarity to that cluster's centroid.
    Rows {
        assignments: Vec<Option<usize>>,
        similarity: Vec<f32>,
    },
    /// One entry per distinct vector: rows with one vector share its nearest
    /// centroid, so a million rows need one entry per distinct text or prediction,
    /// and no vector per row is ever built or kept.
    Keys {
        key: VectorKey,
        /// Per key: its cluster ([`NO_CLUSTER`] when its vector is empty) and the
        /// cosine similarity to that cluster's centroid.
        placed: Vec<(u32, f32)>,
    },
}

/// What decides a clustered row's vector.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum VectorKey {
    /// Its prediction (with theme scores: each prediction belongs to one text).
    Guide,
    /// Its text (terms only).
    Text,
    /// Nothing shared: one key per clustered row.
    Row,
}

/// A key with no row, or a vector with no cluster.
const NO_CLUSTER: u32 = u32::MAX;

impl Placement {
    /// Clustered row `r` (run row `row`): its cluster (`None` for an empty vector) and
    /// its cosine similarity to that cluster's centroid.
    pub fn of(&self, input: &ClusterInput, r: usize, row: usize) -> (Option<usize>, f32) {
        match &self.by {
            PlacedBy::Rows {
                assignments,
                similarity,
            } => (assignments[r], similarity[r]),
            PlacedBy::Keys { key, placed } => {
                let at = match key {
                    VectorKey::Guide => input.guide_of[row] as usize,
                    VectorKey::Text => input.text_of[row] as usize,
                    VectorKey::Row => r,
                };
                let (c, s) = placed[at];
                ((c != NO_CLUSTER).then_some(c as usize), s)
            }
        }
    }
}

/// Fits on all `clustered` rows when there are at most [`FIT_SAMPLE_ROWS`], else on a
/// seeded sample of them; splits clusters too large or too mixed ([`split_clusters`];
/// shares of `total` comments, the rows plus the brief bucket, scaled to the sample);
/// then assigns every row. Only the fitted rows' vectors are built. Same rows, params
/// and seed ⇒ same result.
pub fn fit(
    input: &ClusterInput,
    space: &Space,
    clustered: &[usize],
    params: &ValidKMeansParams,
    initial: Option<Centroids>,
    total: usize,
) -> Placement {
    let n = clustered.len();
    let terms_end = space.vocab.len();
    if n <= FIT_SAMPLE_ROWS {
        let rows = space.rows(input, clustered);
        let leads = super::lead_themes(input, clustered);
        let KMeansFit {
            centroids,
            assignments,
            similarity,
            iterations,
        } = fit_and_split(
            &rows,
            params,
            initial,
            total,
            leads.as_deref(),
            terms_end,
            SPLIT_ROUNDS,
        );
        return Placement {
            centroids,
            iterations,
            scope: FitScope {
                fitted_rows: n,
                assigned_rows: n,
            },
            by: PlacedBy::Rows {
                assignments,
                similarity,
            },
        };
    }
    let mut rng = ChaCha8Rng::seed_from_u64(params.seed ^ SAMPLE_SEED_OFFSET);
    let mut picked = sample(&mut rng, n, FIT_SAMPLE_ROWS).into_vec();
    picked.sort_unstable();
    let picked_rows: Vec<usize> = picked.iter().map(|&p| clustered[p]).collect();
    let sub = space.rows(input, &picked_rows);
    let sample_leads = super::lead_themes(input, &picked_rows);
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
    let (key, placed) = assign_keys(input, space, clustered, &fitted.centroids);
    Placement {
        centroids: fitted.centroids,
        iterations: fitted.iterations,
        scope: FitScope {
            fitted_rows: FIT_SAMPLE_ROWS,
            assigned_rows: n,
        },
        by: PlacedBy::Keys { key, placed },
    }
}

/// Assigns every distinct vector of the clustered rows to its nearest centroid, in
/// parallel: one representative row per key, its vector built in scratch space.
fn assign_keys(
    input: &ClusterInput,
    space: &Space,
    clustered: &[usize],
    centroids: &Centroids,
) -> (VectorKey, Vec<(u32, f32)>) {
    let (key, representatives) = representatives(input, space, clustered);
    let placed = representatives
        .par_iter()
        .with_min_len(1024)
        .map_init(
            || {
                (
                    vec![0.0f32; centroids.k()],
                    Vec::new(),
                    Vec::new(),
                    Vec::new(),
                )
            },
            |(scores, entries, indices, data), &row| {
                if row == NO_CLUSTER {
                    return (NO_CLUSTER, 0.0);
                }
                indices.clear();
                data.clear();
                space.push_unit_row(input, row as usize, entries, indices, data);
                if indices.is_empty() {
                    return (NO_CLUSTER, 0.0);
                }
                let (c, s) = centroids.nearest(indices, data, scores);
                (u32::try_from(c).expect("under 4 billion clusters"), s)
            },
        )
        .collect();
    (key, placed)
}

/// The key that decides the clustered rows' vectors and, per key, its first row
/// ([`NO_CLUSTER`] for keys no clustered row has). With theme scores a row's vector
/// is its text's terms and its prediction's scores, so rows sharing a prediction share
/// a vector when every prediction belongs to one text (as in a run, where a
/// prediction is made per text and context); else rows are keyed one by one.
fn representatives(
    input: &ClusterInput,
    space: &Space,
    clustered: &[usize],
) -> (VectorKey, Vec<u32>) {
    let as_row = |i: usize| u32::try_from(i).expect("under 4 billion rows");
    let by = |of: &[u32]| -> Option<Vec<u32>> {
        let keys = clustered
            .iter()
            .map(|&i| of[i] as usize + 1)
            .max()
            .unwrap_or(0);
        let mut first = vec![NO_CLUSTER; keys];
        for &i in clustered {
            let slot = &mut first[of[i] as usize];
            if *slot == NO_CLUSTER {
                *slot = as_row(i);
            } else if input.text_of[*slot as usize] != input.text_of[i] {
                return None;
            }
        }
        Some(first)
    };
    let keyed = if space.theme_weight > 0.0 {
        by(input.guide_of).map(|first| (VectorKey::Guide, first))
    } else {
        by(input.text_of).map(|first| (VectorKey::Text, first))
    };
    keyed.unwrap_or_else(|| {
        (
            VectorKey::Row,
            clustered.iter().map(|&i| as_row(i)).collect(),
        )
    })
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

#[cfg(test)]
mod tests {
    use super::super::params::KMeansParams;
    use super::*;
    use crate::cluster::test_run::TestRun;
    use crate::vectorize::test_docs::{fit_all, TWO_TOPICS};

    /// Terms-only clustering space of an input.
    fn terms_space<'a>(input: &ClusterInput<'a>) -> Space<'a> {
        Space {
            vocab: input.vocab,
            theme_weight: 0.0,
        }
    }

    #[test]
    fn small_inputs_are_fitted_whole() {
        let run = TestRun::new(&TWO_TOPICS);
        let input = run.input();
        let space = terms_space(&input);
        let params = KMeansParams {
            k: Some(2),
            max_share: 1.0,
            ..Default::default()
        }
        .check()
        .unwrap();
        let all: Vec<usize> = (0..TWO_TOPICS.len()).collect();
        let placement = fit(&input, &space, &all, &params, None, all.len());
        let whole = kmeans::fit(&space.rows(&input, &all), &params, None);
        assert_eq!(placement.centroids, whole.centroids);
        for (r, &row) in all.iter().enumerate() {
            let (c, s) = placement.of(&input, r, row);
            assert_eq!((c, s), (whole.assignments[r], whole.similarity[r]));
        }
        assert_eq!(placement.scope.fitted_rows, TWO_TOPICS.len());
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
        // Many rows, six distinct texts: row i holds text i % 6.
        let mut run = TestRun::new(&TWO_TOPICS);
        let n = FIT_SAMPLE_ROWS + 600;
        run.text_of = (0..n).map(|i| (i % TWO_TOPICS.len()) as u32).collect();
        run.eligible = vec![true; n];
        run.ids = vec!["r"; n];
        let input = run.input();
        let space = terms_space(&input);
        let params = KMeansParams {
            k: Some(2),
            max_iter: 5,
            max_share: 1.0,
            ..Default::default()
        }
        .check()
        .unwrap();
        let all: Vec<usize> = (0..n).collect();
        let first = fit(&input, &space, &all, &params, None, n);
        assert_eq!(first.scope.fitted_rows, FIT_SAMPLE_ROWS);
        assert_eq!(first.scope.assigned_rows, n);
        // The two topics land in two clusters, every copy with its own text's cluster,
        // at its text's nearest centroid.
        let rows = space.rows(&input, &all);
        let (nearest, similarity) = kmeans::assign(&rows, &first.centroids);
        for r in 0..n {
            assert_eq!(first.of(&input, r, r), (nearest[r], similarity[r]));
            assert_eq!(first.of(&input, r, r), first.of(&input, r % 6, r % 6));
        }
        assert_ne!(first.of(&input, 0, 0).0, first.of(&input, 3, 3).0);
        assert_eq!(
            first,
            fit(&input, &space, &all, &params, None, n),
            "deterministic"
        );
    }
}
