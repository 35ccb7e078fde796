//! Splitting clusters that swallow too much: a cluster holding more than
//! [`KMeansParams::max_share`](super::KMeansParams::max_share) of the comments is cut in
//! two by 2-means on its own rows, again while one is too big and can be cut.
//!
//! Spherical k-means on short text tends to make one broad cluster of comments that
//! share only common words ("care", "time"); it reads as a mixed bag and hides what is
//! in it. Cutting it by its own main directions gives parts an analyst can name.

use super::kmeans::{self, refit_centroids, KMeansFit};
use super::params::{KMeansParams, ValidKMeansParams};
use crate::vectorize::SparseMatrix;

/// Most cuts made in one run (each adds a cluster).
const MAX_SPLITS: usize = 40;

/// Splits the clusters of `fit` (over `rows`) holding more than `params.max_share` of
/// `total` comments (the brief bucket counts in `total`); returns the new fit with its
/// centroids and similarities worked out again. New clusters get the next indexes.
pub fn split_large(
    rows: &SparseMatrix,
    fit: KMeansFit,
    params: &ValidKMeansParams,
    total: usize,
) -> KMeansFit {
    let limit = (params.max_share * total as f32).floor() as usize;
    let KMeansFit {
        centroids,
        mut assignments,
        similarity,
        iterations,
    } = fit;
    let mut k = centroids.k();
    let mut unsplittable: Vec<usize> = Vec::new();
    let mut splits = 0;
    while splits < MAX_SPLITS {
        let mut sizes = vec![0usize; k];
        assignments.iter().flatten().for_each(|&c| sizes[c] += 1);
        let Some(largest) = (0..k)
            .filter(|c| !unsplittable.contains(c) && sizes[*c] > limit)
            .max_by(|&a, &b| sizes[a].cmp(&sizes[b]).then(b.cmp(&a)))
        else {
            break;
        };
        let members: Vec<usize> = (0..assignments.len())
            .filter(|&i| assignments[i] == Some(largest))
            .collect();
        let halves = two_means(rows, &members, params, splits as u64);
        let moved: Vec<usize> = members
            .iter()
            .zip(&halves)
            .filter(|(_, h)| **h == Some(1))
            .map(|(&i, _)| i)
            .collect();
        if moved.is_empty() || moved.len() == members.len() {
            unsplittable.push(largest);
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

/// 2-means on the rows `members` of `rows`: each member's half (`Some(0)` or `Some(1)`).
fn two_means(
    rows: &SparseMatrix,
    members: &[usize],
    params: &ValidKMeansParams,
    round: u64,
) -> Vec<Option<usize>> {
    let sub = super::sample_fit::sub_matrix(rows, members);
    let two = KMeansParams {
        k: Some(2),
        seed: params.seed.wrapping_add(1 + round),
        ..**params
    }
    .check()
    .expect("k = 2 with checked parameters is valid");
    kmeans::fit(&sub, &two, None).assignments
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vectorize::test_docs::{fit_all, TWO_TOPICS};

    #[test]
    fn a_cluster_over_the_share_is_cut_in_two() {
        let (_, m) = fit_all(&TWO_TOPICS);
        let params = KMeansParams {
            k: Some(1),
            max_share: 0.6,
            ..Default::default()
        }
        .check()
        .unwrap();
        let one = kmeans::fit(&m, &params, None);
        assert_eq!(one.centroids.k(), 1);
        let cut = split_large(&m, one, &params, TWO_TOPICS.len());
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
        assert_eq!(split_large(&m, fit.clone(), &params, 6), fit);
    }
}
