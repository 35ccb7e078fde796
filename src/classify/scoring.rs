//! [`ScoringWeights`]: the model's dense weight matrix re-laid out at load time so that
//! scoring a sparse row is fast.
//!
//! The saved matrix has one row per feature column and one column per output. Scoring
//! adds, for every active feature, its weight row times the feature value. Two things
//! make that slow when done naively: the outputs (35) are not a multiple of the vector
//! width, so the compiler cannot vectorise the inner loop; and the question type × word
//! block at the end of the row feeds only a few outputs (sentiment), yet the naive loop
//! multiplies all of them. So the head of the matrix (columns before `split`) is stored
//! as fixed-size chunks of [`LANES`] outputs, zero-padded, and the tail only keeps the
//! outputs that have a non-zero weight there.
//!
//! Sums run in row order for every output, exactly as the naive loop does, so scores
//! are bit-identical to it (outputs the tail does not feed only miss additions of zero).

/// Outputs per chunk of the head matrix (one or two SIMD registers).
pub const LANES: usize = 8;

/// Outputs per chunk of the tail matrix.
const TAIL_LANES: usize = 4;

/// Most tail chunks; a tail feeding more outputs is not split off.
const TAIL_CHUNKS: usize = 2;

/// A chunk of head weights or accumulators.
type Chunk = [f32; LANES];

/// The weight matrix split at a column, for `CHUNKS * LANES >= outputs` outputs.
#[derive(Debug, Clone)]
pub struct ScoringWeights<const CHUNKS: usize> {
    outputs: usize,
    split: usize,
    head: Vec<[Chunk; CHUNKS]>,
    tail_outputs: Vec<usize>,
    tail_width: usize,
    tail: Vec<[f32; TAIL_LANES]>,
}

impl<const CHUNKS: usize> ScoringWeights<CHUNKS> {
    /// Lays out a row-major `rows × outputs` matrix; columns from `split` on form the
    /// tail. Panics if the sizes do not fit (the caller checked the model files).
    pub fn new(rows: usize, outputs: usize, split: usize, dense: &[f32]) -> Self {
        assert!(outputs <= CHUNKS * LANES, "too many outputs for the chunks");
        assert_eq!(dense.len(), rows * outputs, "matrix size");
        let mut split = split.min(rows);
        let fed = |split: usize| -> Vec<usize> {
            let tail_dense = &dense[split * outputs..];
            (0..outputs)
                .filter(|&o| {
                    tail_dense
                        .iter()
                        .skip(o)
                        .step_by(outputs)
                        .any(|&x| x != 0.0)
                })
                .collect()
        };
        if fed(split).len() > TAIL_CHUNKS * TAIL_LANES {
            split = rows;
        }
        let tail_outputs = fed(split);
        let head = dense[..split * outputs]
            .chunks_exact(outputs.max(1))
            .map(|w| {
                let mut row = [[0f32; LANES]; CHUNKS];
                for (o, &x) in w.iter().enumerate() {
                    row[o / LANES][o % LANES] = x;
                }
                row
            })
            .collect();
        let tail_dense = &dense[split * outputs..];
        let tail_width = tail_outputs.len().div_ceil(TAIL_LANES);
        let mut tail = vec![[0f32; TAIL_LANES]; (rows - split) * tail_width];
        for (r, w) in tail_dense.chunks_exact(outputs.max(1)).enumerate() {
            for (j, &o) in tail_outputs.iter().enumerate() {
                tail[r * tail_width + j / TAIL_LANES][j % TAIL_LANES] = w[o];
            }
        }
        ScoringWeights {
            outputs,
            split,
            head: if outputs == 0 { Vec::new() } else { head },
            tail_outputs,
            tail_width,
            tail,
        }
    }

    /// Adds `row` (columns ascending, all below the matrix's rows) times the matrix into
    /// `scores` (one per output, starting from zero).
    pub fn score(&self, row: &[(u32, f32)], scores: &mut [f32]) {
        let cut = row.partition_point(|&(c, _)| (c as usize) < self.split);
        let (head_row, tail_row) = row.split_at(cut);
        let mut acc = [[0f32; LANES]; CHUNKS];
        for &(col, value) in head_row {
            let w = &self.head[col as usize];
            for c in 0..CHUNKS {
                add_scaled(&mut acc[c], &w[c], value);
            }
        }
        for (o, s) in scores.iter_mut().enumerate().take(self.outputs) {
            *s = acc[o / LANES][o % LANES];
        }
        if tail_row.is_empty() || self.tail_outputs.is_empty() {
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
        for (j, &o) in self.tail_outputs.iter().enumerate() {
            scores[o] = tail_acc[j / TAIL_LANES][j % TAIL_LANES];
        }
    }
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

    #[test]
    fn matches_the_naive_loop_bit_for_bit() {
        let (rows, outputs, split) = (30, 11, 20);
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
        let m = ScoringWeights::<2>::new(rows, outputs, split, &dense);
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
    }
}
