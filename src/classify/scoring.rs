//! [`ScoringWeights`]: the model's weight matrix re-laid out at load time so that
//! scoring a sparse row is fast.
//!
//! The saved matrix has one row per feature column and one column per output, as `i16`
//! with one scale per output. Scoring adds, for every active feature, its weight row
//! times the feature value. Three things make that slow when done naively: the outputs
//! (36) are not a multiple of the vector width, so the compiler cannot vectorise the
//! inner loop; the question type × word block at the end of the row feeds only a few
//! outputs (sentiment), yet the naive loop multiplies all of them; and the weight rows a
//! comment needs are scattered over megabytes, so much of the time goes on waiting for
//! memory. So the head of the matrix (columns before `split`) is kept as fixed-size
//! chunks of [`LANES`] outputs, zero-padded, still as `i16` (half the bytes of `f32`,
//! each row in two cache lines), with each weight worked out while scoring as
//! `f32::from(value) × scale`, exactly as [`QuantizedMatrix::dequantize`] does; the tail
//! only keeps the outputs that have a non-zero weight there, as `f32`.
//!
//! Sums run in row order for every output, exactly as the naive loop over the
//! dequantized matrix does, so scores are bit-identical to it (outputs the tail does not
//! feed only miss additions of zero).

use super::features::DenseBlock;
use crate::model::QuantizedMatrix;

/// Outputs per chunk of the head matrix (one or two SIMD registers).
pub const LANES: usize = 8;

/// Outputs per chunk of the tail matrix.
const TAIL_LANES: usize = 4;

/// Most tail chunks; a tail feeding more outputs is not split off.
const TAIL_CHUNKS: usize = 2;

/// How many row entries ahead the AVX2 loop asks for a head row: the rows of a
/// comment's words and n-grams are scattered over megabytes, so each read would
/// otherwise wait for memory.
const PREFETCH_AHEAD: usize = 6;

/// A chunk of head accumulators or scales.
type Chunk = [f32; LANES];

/// One feature column's head weights, aligned so that no chunk straddles a cache line.
#[derive(Debug, Clone, Copy)]
#[repr(align(16))]
struct HeadRow<const CHUNKS: usize>([[i16; LANES]; CHUNKS]);

/// The weight matrix split at a column, for `CHUNKS * LANES >= outputs` outputs.
#[derive(Debug, Clone)]
pub struct ScoringWeights<const CHUNKS: usize> {
    outputs: usize,
    split: usize,
    head: Vec<HeadRow<CHUNKS>>,
    scales: [Chunk; CHUNKS],
    tail_outputs: Vec<usize>,
    tail_width: usize,
    tail: Vec<[f32; TAIL_LANES]>,
}

impl<const CHUNKS: usize> ScoringWeights<CHUNKS> {
    /// Lays out a `rows × outputs` matrix; columns from `split` on form the tail.
    /// Panics if the outputs do not fit the chunks.
    pub fn new(weights: &QuantizedMatrix, split: usize) -> Self {
        let (rows, outputs) = (weights.rows(), weights.cols());
        assert!(outputs <= CHUNKS * LANES, "too many outputs for the chunks");
        let (values, scales) = (weights.values(), weights.scales());
        let weight = |r: usize, o: usize| f32::from(values[r * outputs + o]) * scales[o];
        let mut split = split.min(rows);
        let fed = |split: usize| -> Vec<usize> {
            (0..outputs)
                .filter(|&o| (split..rows).any(|r| weight(r, o) != 0.0))
                .collect()
        };
        if fed(split).len() > TAIL_CHUNKS * TAIL_LANES {
            split = rows;
        }
        let tail_outputs = fed(split);
        let head = (0..split)
            .map(|r| {
                let mut row = HeadRow([[0i16; LANES]; CHUNKS]);
                for o in 0..outputs {
                    row.0[o / LANES][o % LANES] = values[r * outputs + o];
                }
                row
            })
            .collect();
        let mut head_scales = [[0f32; LANES]; CHUNKS];
        for (o, &scale) in scales.iter().enumerate() {
            head_scales[o / LANES][o % LANES] = scale;
        }
        let tail_width = tail_outputs.len().div_ceil(TAIL_LANES);
        let mut tail = vec![[0f32; TAIL_LANES]; (rows - split) * tail_width];
        for r in split..rows {
            for (j, &o) in tail_outputs.iter().enumerate() {
                tail[(r - split) * tail_width + j / TAIL_LANES][j % TAIL_LANES] = weight(r, o);
            }
        }
        ScoringWeights {
            outputs,
            split,
            head,
            scales: head_scales,
            tail_outputs,
            tail_width,
            tail,
        }
    }

    /// Adds `row` (columns ascending, all below the matrix's rows) times the matrix into
    /// `scores` (one per output, starting from zero).
    pub fn score(&self, row: &[(u32, f32)], scores: &mut [f32]) {
        self.score_with_dense(row, None, scores)
    }

    /// The first column a [`DenseBlock`] given to [`Self::score_with_dense`] may start
    /// at: the tail's first column.
    pub fn split(&self) -> usize {
        self.split
    }

    /// [`Self::score`] of `row` followed by the columns of `dense` (which must start
    /// at or after [`Self::split`] and after the row's last column): the same sums in
    /// the same order as if the block's columns were entries of the row, so the same
    /// bits, without building those entries.
    #[allow(
        unsafe_code,
        reason = "the project's one unsafe block: calling the AVX2 build of the scoring loop after checking the CPU has AVX2"
    )]
    pub fn score_with_dense(
        &self,
        row: &[(u32, f32)],
        dense: Option<DenseBlock>,
        scores: &mut [f32],
    ) {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU has AVX2 (checked just above), the only requirement for
            // calling a function compiled with it enabled. Worth it: the same loop in
            // 8-lane registers (the x86-64 baseline has 4) tags ~10% more comments per
            // second on real text (profile: scoring 27% → 19% of tagging time).
            return unsafe { self.score_avx2(row, dense, scores) };
        }
        self.score_portable(row, dense, scores, |_| {})
    }

    /// [`Self::score_portable`] compiled for AVX2 (plain multiplies and adds, no fused
    /// multiply-add, so results are the same bits), asking for each head row a few
    /// entries ahead of its use ([`PREFETCH_AHEAD`]).
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn score_avx2(&self, row: &[(u32, f32)], dense: Option<DenseBlock>, scores: &mut [f32]) {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        self.score_portable(row, dense, scores, |w| {
            let first = w.as_ptr().cast::<i8>();
            _mm_prefetch::<_MM_HINT_T0>(first);
            _mm_prefetch::<_MM_HINT_T0>(first.wrapping_add(std::mem::size_of_val(w) - 1));
        })
    }

    /// The scoring loop, for any CPU; `prefetch` is handed each head row
    /// [`PREFETCH_AHEAD`] entries before it is read (a hint only: it changes no value).
    #[inline(always)]
    fn score_portable(
        &self,
        row: &[(u32, f32)],
        dense: Option<DenseBlock>,
        scores: &mut [f32],
        prefetch: impl Fn(&[[i16; LANES]; CHUNKS]),
    ) {
        let cut = row.partition_point(|&(c, _)| (c as usize) < self.split);
        let (head_row, tail_row) = row.split_at(cut);
        let mut acc = [[0f32; LANES]; CHUNKS];
        for (at, &(col, value)) in head_row.iter().enumerate() {
            if let Some(&(ahead, _)) = head_row.get(at + PREFETCH_AHEAD) {
                prefetch(&self.head[ahead as usize].0);
            }
            let w = &self.head[col as usize].0;
            for c in 0..CHUNKS {
                add_scaled_quantized(&mut acc[c], &w[c], &self.scales[c], value);
            }
        }
        for (o, s) in scores.iter_mut().enumerate().take(self.outputs) {
            *s = acc[o / LANES][o % LANES];
        }
        let dense = dense.filter(|d| !d.unit.is_empty());
        if (tail_row.is_empty() && dense.is_none()) || self.tail_outputs.is_empty() {
            return;
        }
        let mut tail_acc = [[0f32; TAIL_LANES]; TAIL_CHUNKS];
        for (j, &o) in self.tail_outputs.iter().enumerate() {
            tail_acc[j / TAIL_LANES][j % TAIL_LANES] = scores[o];
        }
        for &(col, value) in tail_row {
            let start = (col as usize - self.split) * self.tail_width;
            let w = &self.tail[start..start + self.tail_width];
            for (a, w) in tail_acc.iter_mut().zip(w) {
                add_scaled(a, w, value);
            }
        }
        if let Some(d) = dense {
            let first = (d.first as usize)
                .checked_sub(self.split)
                .expect("the dense block starts in the tail (see score_with_dense)");
            let rows =
                &self.tail[first * self.tail_width..(first + d.unit.len()) * self.tail_width];
            for (&x, w) in d.unit.iter().zip(rows.chunks_exact(self.tail_width)) {
                let value = x * d.scale;
                for (a, w) in tail_acc.iter_mut().zip(w) {
                    add_scaled(a, w, value);
                }
            }
        }
        for (j, &o) in self.tail_outputs.iter().enumerate() {
            scores[o] = tail_acc[j / TAIL_LANES][j % TAIL_LANES];
        }
    }
}

/// `acc += (f32::from(q) × scale) × value`, lane by lane: the dequantized weight, then
/// the same product and sum as [`add_scaled`]. The weights are worked out into a chunk
/// first, which the compiler turns into a few vector instructions.
#[inline(always)]
fn add_scaled_quantized(acc: &mut Chunk, q: &[i16; LANES], scale: &Chunk, value: f32) {
    let w: Chunk = std::array::from_fn(|i| f32::from(q[i]) * scale[i]);
    add_scaled(acc, &w, value);
}

/// `acc += w × value`, lane by lane (a fixed-size loop the compiler vectorises).
#[inline(always)]
fn add_scaled<const N: usize>(acc: &mut [f32; N], w: &[f32; N], value: f32) {
    for i in 0..N {
        acc[i] += w[i] * value;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The naive loop the layout replaces.
    fn naive(dense: &[f32], outputs: usize, row: &[(u32, f32)]) -> Vec<f32> {
        let mut s = vec![0f32; outputs];
        for &(c, v) in row {
            for o in 0..outputs {
                s[o] += dense[c as usize * outputs + o] * v;
            }
        }
        s
    }

    /// A `rows × outputs` matrix of made-up weights whose rows from `split` on feed
    /// only the outputs from 8 on (as the sentiment tail does).
    fn test_matrix(rows: usize, outputs: usize, split: usize) -> QuantizedMatrix {
        let dense: Vec<f32> = (0..rows * outputs)
            .map(|i| {
                let (r, o) = (i / outputs, i % outputs);
                if r >= split && o < 8 {
                    0.0
                } else {
                    ((i * 7919 % 1000) as f32 - 500.0) / 337.0
                }
            })
            .collect();
        QuantizedMatrix::quantize(rows, outputs, &dense)
    }

    #[test]
    fn matches_the_naive_loop_bit_for_bit() {
        let (rows, outputs, split) = (30, 11, 20);
        let quantized = test_matrix(rows, outputs, split);
        let dense = quantized.dequantize();
        let m = ScoringWeights::<2>::new(&quantized, split);
        assert_eq!(m.tail_outputs, vec![8, 9, 10]);
        let row: Vec<(u32, f32)> = [1u32, 4, 5, 19, 20, 22, 29]
            .iter()
            .map(|&c| (c, 0.1 + c as f32 / 7.0))
            .collect();
        let mut scores = vec![0f32; outputs];
        m.score(&row, &mut scores);
        let expected = naive(&dense, outputs, &row);
        let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
        assert_eq!(bits(&scores), bits(&expected));
        m.score(&row[..3], &mut scores);
        assert_eq!(bits(&scores), bits(&naive(&dense, outputs, &row[..3])));
        let mut portable = vec![0f32; outputs];
        m.score_portable(&row, None, &mut portable, |_| {});
        m.score(&row, &mut scores);
        assert_eq!(
            bits(&portable),
            bits(&scores),
            "same bits with or without AVX2"
        );
    }

    #[test]
    fn a_dense_block_apart_scores_as_its_entries_in_the_row() {
        let (rows, outputs, split) = (40, 11, 20);
        let quantized = test_matrix(rows, outputs, split);
        let m = ScoringWeights::<2>::new(&quantized, split);
        let unit = [0.3f32, -0.7, 0.1, 0.64, -0.02];
        let block = DenseBlock {
            first: 33,
            unit: &unit,
            scale: 2.0,
        };
        let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
        for sparse in [
            &[(2u32, 0.5f32), (21, 0.25), (25, 1.5)][..],
            &[(3, 0.7)],
            &[],
        ] {
            let mut whole = sparse.to_vec();
            whole.extend(
                unit.iter()
                    .enumerate()
                    .map(|(d, &x)| (33 + d as u32, x * 2.0)),
            );
            let (mut apart, mut inline) = (vec![0f32; outputs], vec![0f32; outputs]);
            m.score_with_dense(sparse, Some(block), &mut apart);
            m.score(&whole, &mut inline);
            assert_eq!(bits(&apart), bits(&inline), "{sparse:?}");
            m.score_portable(sparse, Some(block), &mut apart, |_| {});
            assert_eq!(bits(&apart), bits(&inline), "portable, {sparse:?}");
        }
    }
}
