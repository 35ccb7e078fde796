//! Splitting clusters that swallow too much or hold a mixed bag: a cluster holding more
//! than [`KMeansParams::max_share`](super::KMeansParams::max_share) of the comments, or
//! at least [`KMeansParams::mixed_min_share`](super::KMeansParams::mixed_min_share) of
//! them with members whose leading themes spread wider than
//! [`KMeansParams::max_mix_entropy`](super::KMeansParams::max_mix_entropy), is cut in
//! two by 2-means on its own rows, again while one is too big or too mixed and can be cut.
//!
//! Spherical k-means on short text tends to make one broad cluster of comments that
//! share only common words ("care", "time"); it reads as a mixed bag and hides what is
//! in it. Cutting it by its own main directions gives parts an analyst can name.

use super::kmeans::{self, refit_centroids, KMeansFit};
use super::params::{KMeansParams, ValidKMeansParams};
use crate::vectorize::SparseMatrix;

/// Most cuts made in one fit, over all rounds (each adds a cluster).
pub const MAX_SPLITS: usize = 40;

/// Each row's leading theme (the classifier's highest-scored label; `None`: no theme),
/// or no themes known at all (then no cluster is judged mixed).
pub type LeadThemes<'a> = Option<&'a [Option<usize>]>;

/// Splits the clusters of `fit` (over `rows`) that are too large or too mixed (see the
/// module documentation; shares are of `total` comments, the brief bucket included);
/// returns the new fit with its centroids and similarities worked out again. New
/// clusters get the next indexes. At most `budget` cuts are made; `round` varies the
/// 2-means seeds between calls. Columns from `terms_end` on (the theme scores) are left
/// out of the 2-means that cuts a cluster.
pub fn split_clusters(
    rows: &SparseMatrix,
    fit: KMeansFit,
    params: &ValidKMeansParams,
    total: usize,
    leads: LeadThemes,
    (budget, round): (usize, u64),
    terms_end: usize,
) -> KMeansFit {
    let limit = (params.max_share * total as f32).floor() as usize;
    let mixed_size = (params.mixed_min_share * total as f32).ceil().max(2.0) as usize;
    let KMeansFit {
        centroids,
        mut assignments,
        similarity,
        iterations,
    } = fit;
    let mut k = centroids.k();
    let mut unsplittable: Vec<usize> = Vec::new();
    let mut splits = 0;
    while splits < budget {
        let mut members: Vec<Vec<usize>> = vec![Vec::new(); k];
        for (i, a) in assignments.iter().enumerate() {
            if let Some(c) = a {
                members[*c].push(i);
            }
        }
        let too_big = |c: usize| members[c].len() > limit;
        let too_mixed = |c: usize| {
            members[c].len() >= mixed_size
                && leads
                    .is_some_and(|leads| mix_entropy(leads, &members[c]) > params.max_mix_entropy)
        };
        let Some(cut) = (0..k)
            .filter(|c| !unsplittable.contains(c) && (too_big(*c) || too_mixed(*c)))
            .max_by(|&a, &b| members[a].len().cmp(&members[b].len()).then(b.cmp(&a)))
        else {
            break;
        };
        let seed_round = round * MAX_SPLITS as u64 + splits as u64;
        let halves = two_means(rows, &members[cut], params, terms_end, seed_round);
        let moved: Vec<usize> = members[cut]
            .iter()
            .zip(&halves)
            .filter(|(_, h)| **h == Some(1))
            .map(|(&i, _)| i)
            .collect();
        if moved.is_empty() || moved.len() == members[cut].len() {
            unsplittable.push(cut);
            continue;
        }
        for i in moved {
            assignments[i] = Some(k);
        }
        k += 1;
        splits += 1;
    }
    if splits == 0 {
        return KMeansFit {
            centroids,
            assignments,
            similarity,
            iterations,
        };
    }
    let (centroids, similarity) = refit_centroids(rows, &assignments, k);
    KMeansFit {
        centroids,
        assignments,
        similarity,
        iterations,
    }
}

/// Entropy (bits) of the leading themes of the rows `members` ("no theme" counts as
/// one more value): 0 when they all share one, log2(n) when n themes are equally common.
pub fn mix_entropy(leads: &[Option<usize>], members: &[usize]) -> f32 {
    let mut counts: std::collections::BTreeMap<Option<usize>, usize> = Default::default();
    for &i in members {
        *counts.entry(leads[i]).or_insert(0) += 1;
    }
    let n = members.len() as f32;
    counts
        .values()
        .map(|&c| {
            let p = c as f32 / n;
            -p * p.log2()
        })
        .sum()
}

/// 2-means on the rows `members` of `rows`: each member's half (`Some(0)` or `Some(1)`;
/// `None` for a row with nothing to split on, which stays where it was). Only the
/// columns before `terms_end` (the terms) are used: a too-large cluster's members mostly
/// share their leading theme, and 2-means on rows that agree on most of their weight
/// only peels off slivers (on the QDC dev file: 40 cuts of 10-30 comments each, and the
/// cluster still too large), while their words part them into halves.
fn two_means(
    rows: &SparseMatrix,
    members: &[usize],
    params: &ValidKMeansParams,
    terms_end: usize,
    round: u64,
) -> Vec<Option<usize>> {
    let sub = term_part(rows, members, terms_end);
    let two = KMeansParams {
        k: Some(2),
        seed: params.seed.wrapping_add(1 + round),
        ..**params
    }
    .check()
    .expect("k = 2 with checked parameters is valid");
    kmeans::fit(&sub, &two, None).assignments
}

/// The rows `members` of `rows` with the columns from `end` on left out, each
/// re-normalised to unit length (a row left with nothing stays empty).
fn term_part(rows: &SparseMatrix, members: &[usize], end: usize) -> SparseMatrix {
    let mut indptr = Vec::with_capacity(members.len() + 1);
    let (mut indices, mut data) = (Vec::new(), Vec::new());
    indptr.push(0);
    for &i in members {
        let row = rows.outer_view(i).expect("member row index in range");
        let kept: Vec<(u32, f32)> = row
            .indices()
            .iter()
            .zip(row.data())
            .filter(|(&c, _)| (c as usize) < end)
            .map(|(&c, &w)| (c, w))
            .collect();
        let norm = kept.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        if norm > 0.0 {
            for (c, w) in kept {
                indices.push(c);
                data.push(w / norm);
            }
        }
        indptr.push(indices.len());
    }
    SparseMatrix::new((members.len(), rows.cols()), indptr, indices, data)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vectorize::test_docs::{fit_all, TWO_TOPICS};

    /// Parameters for one cluster cut at `max_share` (mixed bags over `max_mix_entropy`
    /// bits), and the one-cluster fit of `m` to cut.
    fn one_cluster(
        m: &SparseMatrix,
        max_share: f32,
        max_mix_entropy: f32,
    ) -> (ValidKMeansParams, KMeansFit) {
        let params = KMeansParams {
            k: Some(1),
            max_share,
            max_mix_entropy,
            mixed_min_share: 0.5,
            ..Default::default()
        }
        .check()
        .unwrap();
        let one = kmeans::fit(m, &params, None);
        (params, one)
    }

    #[test]
    fn a_cluster_over_the_share_is_cut_in_two() {
        let (_, m) = fit_all(&TWO_TOPICS);
        let (params, one) = one_cluster(&m, 0.6, f32::INFINITY);
        assert_eq!(one.centroids.k(), 1);
        let cut = split_clusters(
            &m,
            one,
            &params,
            TWO_TOPICS.len(),
            None,
            (MAX_SPLITS, 0),
            m.cols(),
        );
        assert_eq!(cut.centroids.k(), 2);
        let a = &cut.assignments;
        assert_eq!(a[0], a[1]);
        assert_eq!(a[3], a[4]);
        assert_ne!(a[0], a[3], "the two topics end up apart");
        assert!(cut.similarity.iter().all(|s| *s > 0.0));
    }

    #[test]
    fn clusters_within_the_share_are_left_alone() {
        let (_, m) = fit_all(&TWO_TOPICS);
        let params = KMeansParams {
            k: Some(2),
            ..Default::default()
        }
        .check()
        .unwrap();
        let fit = kmeans::fit(&m, &params, None);
        let params = KMeansParams {
            max_share: 1.0,
            ..*params
        }
        .check()
        .unwrap();
        assert_eq!(
            split_clusters(&m, fit.clone(), &params, 6, None, (MAX_SPLITS, 0), m.cols()),
            fit
        );
    }

    /// `m` with one more column that every row shares with weight `w` (as theme scores
    /// that all rows agree on), rows re-normalised.
    fn with_shared_column(m: &SparseMatrix, w: f32) -> SparseMatrix {
        let mut indptr = vec![0];
        let (mut indices, mut data) = (Vec::new(), Vec::new());
        for r in m.outer_iterator() {
            let norm = (1.0 + w * w).sqrt();
            for (c, &x) in r.iter() {
                indices.push(c as u32);
                data.push(x / norm);
            }
            indices.push(m.cols() as u32);
            data.push(w / norm);
            indptr.push(indices.len());
        }
        SparseMatrix::new((m.rows(), m.cols() + 1), indptr, indices, data)
    }

    #[test]
    fn a_large_cluster_sharing_one_theme_is_cut_by_its_words() {
        let (_, terms) = fit_all(&TWO_TOPICS);
        let m = with_shared_column(&terms, 3.0);
        let (params, one) = one_cluster(&m, 0.6, f32::INFINITY);
        let cut = split_clusters(&m, one, &params, 6, None, (MAX_SPLITS, 0), terms.cols());
        let a = &cut.assignments;
        assert_eq!(cut.centroids.k(), 2);
        assert!(a[0] == a[1] && a[1] == a[2], "{a:?}");
        assert!(a[3] == a[4] && a[4] == a[5], "{a:?}");
        assert_ne!(a[0], a[3], "the words part the topics, not a sliver");
    }

    #[test]
    fn a_mixed_cluster_is_cut_even_when_not_too_large() {
        let (_, m) = fit_all(&TWO_TOPICS);
        let leads = [Some(0), Some(0), Some(0), Some(1), Some(1), Some(1)];
        let mixed = |max_mix_entropy: f32| {
            let (params, one) = one_cluster(&m, 1.0, max_mix_entropy);
            let cut = split_clusters(&m, one, &params, 6, Some(&leads), (MAX_SPLITS, 0), m.cols());
            cut.centroids.k()
        };
        // Two leading themes, equally common: 1 bit.
        assert_eq!(mixed(0.9), 2, "more mixed than allowed: cut");
        assert_eq!(mixed(1.1), 1, "within the allowed mix: kept");
        let (params, one) = one_cluster(&m, 1.0, 0.0);
        let kept = split_clusters(&m, one, &params, 6, None, (MAX_SPLITS, 0), m.cols());
        assert_eq!(kept.centroids.k(), 1, "no themes known: never judged mixed");
    }

    #[test]
    fn mix_entropy_counts_leading_themes_in_bits() {
        let leads = [Some(0), Some(1), Some(2), Some(3), None, Some(0)];
        assert_eq!(mix_entropy(&leads, &[0, 5]), 0.0);
        assert!((mix_entropy(&leads, &[0, 1, 2, 3]) - 2.0).abs() < 1e-6);
        assert!(
            (mix_entropy(&leads, &[0, 4]) - 1.0).abs() < 1e-6,
            "no theme is a value"
        );
    }

    #[test]
    fn the_split_budget_is_respected() {
        let (_, m) = fit_all(&TWO_TOPICS);
        let (params, one) = one_cluster(&m, 0.1, f32::INFINITY);
        let cut = split_clusters(&m, one, &params, 6, None, (1, 0), m.cols());
        assert_eq!(cut.centroids.k(), 2, "one cut allowed");
    }
}
