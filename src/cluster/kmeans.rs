//! Spherical k-means on L2-normalised sparse rows: cosine similarity, centroids
//! re-normalised every iteration, seeded k-means++ initialisation.

use rand::distributions::{Distribution, WeightedIndex};
use rand::seq::index::sample;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rayon::prelude::*;

use super::params::ValidKMeansParams;
use crate::fast_hash::FastHashMap;
use crate::vectorize::SparseMatrix;

/// Clusters scored together in [`Centroids::scores`]: 32 sums fill eight 4-lane
/// registers of the x86-64 baseline, half of them.
const WIDE: usize = 32;

/// The next block size in [`Centroids::scores`], once fewer than [`WIDE`] are left.
const NARROW: usize = 8;

/// Fitted centroids, stored term-major (`weights[term * k + cluster]`) so a sparse row's
/// scores against every centroid are one pass over its entries.
#[derive(Debug, Clone, PartialEq)]
pub struct Centroids {
    k: usize,
    dims: usize,
    weights: Vec<f32>,
}

impl Centroids {
    /// Builds centroids from dense unit vectors, one per cluster (each `dims` long).
    pub fn from_dense(vectors: &[Vec<f32>], dims: usize) -> Self {
        let k = vectors.len();
        let mut weights = vec![0.0; k * dims];
        for (c, v) in vectors.iter().enumerate() {
            for (t, &w) in v.iter().enumerate().take(dims) {
                weights[t * k + c] = w;
            }
        }
        Centroids { k, dims, weights }
    }

    /// Number of clusters.
    pub fn k(&self) -> usize {
        self.k
    }

    /// The weight of `term` in cluster `c`'s centroid.
    pub fn weight(&self, c: usize, term: usize) -> f32 {
        self.weights[term * self.k + c]
    }

    /// Cosine similarity of a unit sparse row to every centroid, into `scores`.
    ///
    /// The clusters are taken [`WIDE`] at a time, then [`NARROW`], then one by one, each
    /// block's sums kept in registers over the whole row instead of read from and written
    /// back to `scores` for every entry. Every score is still `0 + w₁c₁ + w₂c₂ + …` in
    /// the row's order, multiply then add, so the same bits as one sum per cluster.
    fn scores(&self, indices: &[u32], data: &[f32], scores: &mut [f32]) {
        let mut start = 0;
        while self.k - start >= WIDE {
            self.block_scores::<WIDE>(start, indices, data, &mut scores[start..start + WIDE]);
            start += WIDE;
        }
        while self.k - start >= NARROW {
            self.block_scores::<NARROW>(start, indices, data, &mut scores[start..start + NARROW]);
            start += NARROW;
        }
        while start < self.k {
            self.block_scores::<1>(start, indices, data, &mut scores[start..=start]);
            start += 1;
        }
    }

    /// The scores of the `N` clusters from `start` on (see [`Centroids::scores`]).
    #[inline(always)]
    fn block_scores<const N: usize>(
        &self,
        start: usize,
        indices: &[u32],
        data: &[f32],
        out: &mut [f32],
    ) {
        let mut acc = [0.0f32; N];
        for (&t, &w) in indices.iter().zip(data) {
            let base = t as usize * self.k + start;
            let c: &[f32; N] = self.weights[base..base + N]
                .try_into()
                .expect("a block of N weights");
            for (a, c) in acc.iter_mut().zip(c) {
                *a += w * c;
            }
        }
        out.copy_from_slice(&acc);
    }

    /// The most similar centroid of a row and the similarity (lowest index on ties).
    pub fn nearest(&self, indices: &[u32], data: &[f32], scores: &mut [f32]) -> (usize, f32) {
        self.scores(indices, data, scores);
        let mut best = (0, f32::NEG_INFINITY);
        for (c, &s) in scores.iter().enumerate() {
            if s > best.1 {
                best = (c, s);
            }
        }
        best
    }
}

/// The result of clustering: centroids and each row's cluster (`None` for empty rows).
#[derive(Debug, Clone, PartialEq)]
pub struct KMeansFit {
    /// The fitted centroids.
    pub centroids: Centroids,
    /// Each row's cluster index, `None` where the row had no terms.
    pub assignments: Vec<Option<usize>>,
    /// Each row's cosine similarity to its centroid (0 for empty rows).
    pub similarity: Vec<f32>,
    /// Lloyd iterations run.
    pub iterations: usize,
}

/// k-means++ on a seeded sample of the non-empty rows: returns the chosen row indices.
///
/// Keeps each candidate's best similarity to the centres chosen so far and updates it
/// with each new centre only, so choosing k centres costs O(n·k) sparse dot products.
///
/// A candidate with an earlier copy among the candidates (`first`, see [`first_copies`])
/// takes that copy's similarity instead of working out the same dot product again.
fn kmeans_plus_plus(
    rows: &SparseMatrix,
    candidates: &[usize],
    first: &[u32],
    k: usize,
    rng: &mut ChaCha8Rng,
) -> Vec<usize> {
    let mut centres = vec![candidates[rng.gen_range(0..candidates.len())]];
    let mut best = vec![f32::NEG_INFINITY; candidates.len()];
    // Per candidate: the position of its first copy among the candidates.
    let mut at_of_row: FastHashMap<u32, usize> = FastHashMap::default();
    let copy_of: Vec<usize> = candidates
        .iter()
        .enumerate()
        .map(|(at, &r)| *at_of_row.entry(first[r]).or_insert(at))
        .collect();
    let mut newest = Scattered::new(rows.cols());
    while centres.len() < k {
        newest.set(
            &rows
                .outer_view(*centres.last().expect("one centre at least"))
                .expect("row index in range"),
        );
        best.par_iter_mut()
            .zip(candidates)
            .zip(&copy_of)
            .enumerate()
            .for_each(|(at, ((b, &r), &copy))| {
                if copy == at {
                    let sim = newest.dot(&rows.outer_view(r).expect("row index in range"));
                    *b = b.max(sim);
                }
            });
        for (at, &copy) in copy_of.iter().enumerate() {
            if copy != at {
                // Same entries, same similarities: the first copy's best, already updated.
                best[at] = best[copy];
            }
        }
        // Squared chordal distance of a unit row to its nearest centre.
        let distances: Vec<f32> = best.iter().map(|s| (2.0 - 2.0 * s).max(0.0)).collect();
        match WeightedIndex::new(&distances) {
            Ok(dist) => centres.push(candidates[dist.sample(rng)]),
            // Every candidate already coincides with a centre: no more distinct centres.
            Err(_) => break,
        }
    }
    centres
}

/// One sparse row laid out densely, to take its dot product with other rows by
/// reading their entries only (a look-up each) instead of merging two index lists.
struct Scattered {
    /// Each column's value (0 where the row has none).
    values: Vec<f32>,
    /// Whether the row has an entry in each column.
    present: Vec<bool>,
    /// The columns set, to clear them for the next row.
    columns: Vec<usize>,
}

impl Scattered {
    /// An empty row of `dims` columns.
    fn new(dims: usize) -> Self {
        Scattered {
            values: vec![0.0; dims],
            present: vec![false; dims],
            columns: Vec::new(),
        }
    }

    /// Makes this the row `row` (the previous one cleared).
    fn set(&mut self, row: &sprs::CsVecViewI<f32, u32>) {
        for &c in &self.columns {
            (self.values[c], self.present[c]) = (0.0, false);
        }
        self.columns.clear();
        for (&c, &w) in row.indices().iter().zip(row.data()) {
            let c = c as usize;
            (self.values[c], self.present[c]) = (w, true);
            self.columns.push(c);
        }
    }

    /// The dot product with `row`: the products of the columns both have, added from
    /// 0 in column order, as `sprs`'s sparse `dot` adds them (so the same bits).
    fn dot(&self, row: &sprs::CsVecViewI<f32, u32>) -> f32 {
        let mut sum = 0.0f32;
        for (&c, &w) in row.indices().iter().zip(row.data()) {
            let c = c as usize;
            if self.present[c] {
                sum += w * self.values[c];
            }
        }
        sum
    }
}

/// Mean of the rows in each cluster, re-normalised to unit length.
///
/// Each cluster's rows are summed in row order, one cluster per parallel task, so the
/// floating-point sums do not depend on how the work is split between threads. (A
/// fold/reduce over the rows did: rayon splits adaptively, so the same seed gave
/// centroids differing in their last bits from run to run on a busy machine, and with
/// them different example rows in `clusters.json`.)
fn update(rows: &SparseMatrix, assignments: &[Option<usize>], old: &Centroids) -> Centroids {
    let (k, dims) = (old.k, old.dims);
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); k];
    for (i, a) in assignments.iter().enumerate() {
        if let Some(c) = *a {
            members[c].push(i);
        }
    }
    let sums: Vec<Vec<f32>> = members
        .par_iter()
        .map(|of_cluster| {
            let mut sum = vec![0.0f32; dims];
            for &i in of_cluster {
                let r = rows.outer_view(i).expect("row index in range");
                for (&t, &w) in r.indices().iter().zip(r.data()) {
                    sum[t as usize] += w;
                }
            }
            sum
        })
        .collect();
    let mut weights = vec![0.0f32; k * dims];
    for (c, sum) in sums.iter().enumerate() {
        let norm = sum.iter().map(|x| x * x).sum::<f32>().sqrt();
        for (t, &x) in sum.iter().enumerate() {
            weights[t * k + c] = if norm > 0.0 {
                x / norm
            } else {
                // An empty cluster keeps its previous centre.
                old.weights[t * k + c]
            };
        }
    }
    Centroids { k, dims, weights }
}

/// The unit mean of each of `k` clusters' rows (zero for an empty cluster) and each
/// row's cosine similarity to its own cluster's centroid: what a fit holds after its
/// assignments were changed from outside (e.g. a cluster split in two).
pub(crate) fn refit_centroids(
    rows: &SparseMatrix,
    assignments: &[Option<usize>],
    k: usize,
) -> (Centroids, Vec<f32>) {
    let empty = Centroids {
        k,
        dims: rows.cols(),
        weights: vec![0.0; k * rows.cols()],
    };
    let centroids = update(rows, assignments, &empty);
    let similarity = assignments
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let (Some(c), Some(r)) = (*a, rows.outer_view(i)) else {
                return 0.0;
            };
            r.iter().map(|(t, &w)| w * centroids.weight(c, t)).sum()
        })
        .collect();
    (centroids, similarity)
}

/// Assigns every row to its nearest centroid, in parallel.
#[cfg(test)]
pub(super) fn assign(rows: &SparseMatrix, centroids: &Centroids) -> (Vec<Option<usize>>, Vec<f32>) {
    let itself: Vec<u32> = (0..rows.rows()).map(row_id).collect();
    assign_distinct(rows, centroids, &itself)
}

/// [`assign`] with each row's first copy known (`first[i]`, see [`first_copies`]): the
/// nearest centroid is worked out for first copies only and copied to the others, which
/// have the same entries and so the same scores.
fn assign_distinct(
    rows: &SparseMatrix,
    centroids: &Centroids,
    first: &[u32],
) -> (Vec<Option<usize>>, Vec<f32>) {
    let (mut assignments, mut similarity): (Vec<Option<usize>>, Vec<f32>) = (0..rows.rows())
        .into_par_iter()
        .map_init(
            || vec![0.0f32; centroids.k],
            |scores, i| {
                let r = rows.outer_view(i).expect("row index in range");
                if r.nnz() == 0 || first[i] as usize != i {
                    (None, 0.0)
                } else {
                    let (c, s) = centroids.nearest(r.indices(), r.data(), scores);
                    (Some(c), s)
                }
            },
        )
        .unzip();
    for (i, &f) in first.iter().enumerate() {
        let f = f as usize;
        if f != i {
            // A first copy comes before its copies, so it is already filled in.
            assignments[i] = assignments[f];
            similarity[i] = similarity[f];
        }
    }
    (assignments, similarity)
}

/// A row index as `u32` (fits: a fit holds at most a sample of the rows).
fn row_id(i: usize) -> u32 {
    u32::try_from(i).expect("under 4 billion rows in a fit")
}

/// A row's entries, compared and hashed by their bits.
#[derive(Clone, Copy)]
struct RowBits<'a>(&'a [u32], &'a [f32]);

impl PartialEq for RowBits<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
            && self.1.len() == other.1.len()
            && self
                .1
                .iter()
                .zip(other.1)
                .all(|(a, b)| a.to_bits() == b.to_bits())
    }
}

impl Eq for RowBits<'_> {}

impl std::hash::Hash for RowBits<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state);
        for w in self.1 {
            state.write_u32(w.to_bits());
        }
    }
}

/// Each row's first copy: the lowest index of a row with the same entries, to the bit
/// (itself when none comes before it). Duplicate comments give many equal rows, and a
/// row's nearest centroid and its similarity to the centres depend on its entries alone.
fn first_copies(rows: &SparseMatrix) -> Vec<u32> {
    let indptr = rows.proper_indptr();
    let (indices, data) = (rows.indices(), rows.data());
    let mut seen: FastHashMap<RowBits, u32> = FastHashMap::default();
    (0..rows.rows())
        .map(|i| {
            let entries = indptr[i]..indptr[i + 1];
            *seen
                .entry(RowBits(&indices[entries.clone()], &data[entries]))
                .or_insert(row_id(i))
        })
        .collect()
}

/// Clusters unit-length sparse rows; `initial` centroids (e.g. last night's) replace
/// the k-means++ start when given, which keeps clusters and their ids stable.
pub fn fit(
    rows: &SparseMatrix,
    params: &ValidKMeansParams,
    initial: Option<Centroids>,
) -> KMeansFit {
    let non_empty: Vec<usize> = (0..rows.rows())
        .filter(|&i| rows.outer_view(i).is_some_and(|r| r.nnz() > 0))
        .collect();
    let dims = rows.cols();
    let first = first_copies(rows);
    let mut centroids = match initial {
        Some(c) if c.dims == dims && c.k > 0 => c,
        _ => {
            if non_empty.is_empty() {
                let k = params.k_for(1);
                return KMeansFit {
                    centroids: Centroids {
                        k,
                        dims,
                        weights: vec![0.0; k * dims],
                    },
                    assignments: vec![None; rows.rows()],
                    similarity: vec![0.0; rows.rows()],
                    iterations: 0,
                };
            }
            let mut rng = ChaCha8Rng::seed_from_u64(params.seed);
            let k = params.k_for(non_empty.len());
            let candidates: Vec<usize> = if non_empty.len() > params.init_sample {
                let mut picked: Vec<usize> = sample(&mut rng, non_empty.len(), params.init_sample)
                    .into_iter()
                    .map(|i| non_empty[i])
                    .collect();
                picked.sort_unstable();
                picked
            } else {
                non_empty.clone()
            };
            let centres = kmeans_plus_plus(rows, &candidates, &first, k, &mut rng);
            let dense: Vec<Vec<f32>> = centres
                .iter()
                .map(|&r| {
                    let mut v = vec![0.0; dims];
                    let row = rows.outer_view(r).expect("row index in range");
                    for (&t, &w) in row.indices().iter().zip(row.data()) {
                        v[t as usize] = w;
                    }
                    v
                })
                .collect();
            Centroids::from_dense(&dense, dims)
        }
    };
    let (mut assignments, mut similarity) = assign_distinct(rows, &centroids, &first);
    let mut iterations = 0;
    while iterations < params.max_iter {
        iterations += 1;
        centroids = update(rows, &assignments, &centroids);
        let (next, sims) = assign_distinct(rows, &centroids, &first);
        let changed = next != assignments;
        assignments = next;
        similarity = sims;
        if !changed {
            break;
        }
    }
    KMeansFit {
        centroids,
        assignments,
        similarity,
        iterations,
    }
}

#[cfg(test)]
mod tests {
    use super::super::params::KMeansParams;
    use super::*;
    use crate::vectorize::test_docs::{fit_all, TWO_TOPICS};

    fn matrix(texts: &[&str]) -> SparseMatrix {
        fit_all(texts).1
    }

    /// The two topics and an empty comment.
    const TEXTS: [&str; 7] = {
        let [a, b, c, d, e, f] = TWO_TOPICS;
        [a, b, c, d, e, f, ""]
    };

    #[test]
    fn separates_two_obvious_topics() {
        let m = matrix(&TEXTS);
        let params = KMeansParams {
            k: Some(2),
            ..Default::default()
        }
        .check()
        .unwrap();
        let fit = fit(&m, &params, None);
        let a = &fit.assignments;
        assert_eq!(a[0], a[1]);
        assert_eq!(a[1], a[2]);
        assert_eq!(a[3], a[4]);
        assert_eq!(a[4], a[5]);
        assert_ne!(a[0], a[3]);
        assert_eq!(a[6], None, "an empty row has no cluster");
    }

    #[test]
    fn same_seed_same_result() {
        let m = matrix(&TEXTS);
        let params = KMeansParams {
            k: Some(3),
            seed: 7,
            ..Default::default()
        }
        .check()
        .unwrap();
        assert_eq!(fit(&m, &params, None), fit(&m, &params, None));
    }

    #[test]
    fn starting_from_previous_centroids_keeps_them() {
        let m = matrix(&TEXTS);
        let params = KMeansParams {
            k: Some(2),
            ..Default::default()
        }
        .check()
        .unwrap();
        let first = fit(&m, &params, None);
        let again = fit(&m, &params, Some(first.centroids.clone()));
        assert_eq!(first.assignments, again.assignments);
    }

    /// The centroids are the same to the last bit however many threads compute them (a
    /// regression test: summing through rayon's adaptive fold/reduce made them vary).
    #[test]
    fn centroids_do_not_depend_on_the_thread_count() {
        let words = [
            "wait", "hour", "park", "car", "staff", "kind", "rude", "ward",
        ];
        let docs: Vec<String> = (0..6000)
            .map(|i: usize| {
                (0..1 + i % 5)
                    .map(|j| words[(i * 7 + j * 3 + i / 11) % words.len()])
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let texts: Vec<&str> = docs.iter().map(String::as_str).collect();
        let m = matrix(&texts);
        let assignments: Vec<Option<usize>> = (0..m.rows()).map(|i| Some(i % 3)).collect();
        let start = Centroids {
            k: 3,
            dims: m.cols(),
            weights: vec![0.0; 3 * m.cols()],
        };
        let in_pool = |threads: usize| {
            rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap()
                .install(|| update(&m, &assignments, &start))
        };
        let one = in_pool(1);
        for threads in [2, 3, 8] {
            let bits = |c: &Centroids| c.weights.iter().map(|w| w.to_bits()).collect::<Vec<_>>();
            assert_eq!(bits(&in_pool(threads)), bits(&one), "{threads} threads");
        }
    }

    /// The blocked scores are the bits of one plain sum per cluster, in the row's order,
    /// for every k from 1 to 80 (wide, narrow and single blocks, and their mixes).
    #[test]
    fn blocked_scores_are_the_bits_of_plain_sums() {
        let dims = 23;
        let mut rng = ChaCha8Rng::seed_from_u64(3);
        for k in 1..=80 {
            let weights: Vec<f32> = (0..k * dims).map(|_| rng.gen_range(-1.0..1.0)).collect();
            let centroids = Centroids { k, dims, weights };
            for nnz in [0, 1, 5, 23] {
                let mut indices: Vec<u32> = sample(&mut rng, dims, nnz)
                    .into_iter()
                    .map(|t| t as u32)
                    .collect();
                indices.sort_unstable();
                let data: Vec<f32> = (0..nnz).map(|_| rng.gen_range(0.0..1.0)).collect();
                let mut scores = vec![f32::NAN; k];
                centroids.scores(&indices, &data, &mut scores);
                for (c, s) in scores.iter().enumerate() {
                    let mut plain = 0.0f32;
                    for (&t, &w) in indices.iter().zip(&data) {
                        plain += w * centroids.weight(c, t as usize);
                    }
                    assert_eq!(
                        s.to_bits(),
                        plain.to_bits(),
                        "k {k}, nnz {nnz}, cluster {c}"
                    );
                }
            }
        }
        // A wrong weight is seen (the check can fail).
        let centroids = Centroids {
            k: 9,
            dims: 1,
            weights: (0..9).map(|c| c as f32).collect(),
        };
        let mut scores = vec![0.0; 9];
        centroids.scores(&[0], &[2.0], &mut scores);
        assert_eq!(scores, [0.0, 2.0, 4.0, 6.0, 8.0, 10.0, 12.0, 14.0, 16.0]);
    }

    /// The scattered dot product is the bits of `sprs`'s sparse one, whichever rows meet
    /// (shared columns or none, one row empty), and a row set after another forgets it.
    #[test]
    fn scattered_dot_is_the_bits_of_the_sparse_dot() {
        let dims = 40;
        let mut rng = ChaCha8Rng::seed_from_u64(5);
        let mut row = |nnz: usize| {
            let mut indices: Vec<u32> = sample(&mut rng, dims, nnz)
                .into_iter()
                .map(|t| t as u32)
                .collect();
            indices.sort_unstable();
            let data: Vec<f32> = (0..nnz).map(|_| rng.gen_range(-1.0..1.0)).collect();
            sprs::CsVecI::new(dims, indices, data)
        };
        let rows: Vec<sprs::CsVecI<f32, u32>> = [0, 1, 3, 7, 12, 20, 40, 5, 9].map(&mut row).into();
        let mut scattered = Scattered::new(dims);
        for a in &rows {
            scattered.set(&a.view());
            for b in &rows {
                let want = b.dot(a);
                assert_eq!(scattered.dot(&b.view()).to_bits(), want.to_bits());
            }
        }
        let (one, other) = (
            sprs::CsVecI::<f32, u32>::new(dims, vec![3], vec![2.0]),
            sprs::CsVecI::<f32, u32>::new(dims, vec![4], vec![5.0]),
        );
        scattered.set(&one.view());
        assert_eq!(scattered.dot(&one.view()), 4.0);
        scattered.set(&other.view());
        assert_eq!(scattered.dot(&one.view()), 0.0, "the first row is cleared");
    }

    /// Equal rows are found by their bits (a row differing in one weight's last bit is
    /// not a copy), and assigning first copies only gives every row what it gets alone.
    #[test]
    fn copies_share_their_first_rows_assignment() {
        let texts = [
            "car park full",
            "waited hours",
            "car park full",
            "",
            "waited hours",
            "",
            "rude staff",
            "car park full",
        ];
        let m = matrix(&texts);
        assert_eq!(first_copies(&m), [0, 1, 0, 3, 1, 3, 6, 0]);
        let mut nudged = m.clone();
        let last = nudged.data().len() - 1;
        nudged.data_mut()[last] = f32::from_bits(m.data()[last].to_bits() + 1);
        assert_eq!(first_copies(&nudged), [0, 1, 0, 3, 1, 3, 6, 7]);
        let params = KMeansParams {
            k: Some(3),
            ..Default::default()
        }
        .check()
        .unwrap();
        let fitted = fit(&m, &params, None);
        let alone = assign(&m, &fitted.centroids);
        let by_copies = assign_distinct(&m, &fitted.centroids, &first_copies(&m));
        assert_eq!(by_copies.0, alone.0);
        let bits = |s: &[f32]| s.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
        assert_eq!(bits(&by_copies.1), bits(&alone.1));
        assert_eq!(
            (fitted.assignments, bits(&fitted.similarity)),
            (alone.0, bits(&alone.1))
        );
    }

    #[test]
    fn all_empty_rows_cluster_nothing() {
        let m = matrix(&["", ""]);
        let fit = fit(&m, &KMeansParams::default().check().unwrap(), None);
        assert_eq!(fit.assignments, vec![None, None]);
    }
}
