//! Linear models on sparse rows trained by AdaGrad SGD: binary logistic regression (one
//! per label, optionally on naive-Bayes log-count-ratio scaled features, i.e. NB-SVM
//! style) and multinomial logistic regression (sentiment). Seeded, so deterministic.

use rand::seq::SliceRandom;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

/// A sparse row: `(column, value)` pairs, columns ascending.
pub type SparseRow = Vec<(u32, f32)>;

/// Optimiser settings shared by both models.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SgdParams {
    /// Passes over the data.
    pub epochs: usize,
    /// L2 penalty, applied to the weights a row touches.
    pub l2: f32,
    /// AdaGrad base learning rate.
    pub learning_rate: f32,
}

impl Default for SgdParams {
    fn default() -> Self {
        SgdParams {
            epochs: 12,
            l2: 1e-4,
            learning_rate: 0.5,
        }
    }
}

/// A trained binary linear scorer: `margin = bias + Σ weight[col] · value`.
#[derive(Debug, Clone, PartialEq)]
pub struct BinaryLinear {
    /// One weight per feature column (any NB scaling already folded in).
    pub weights: Vec<f32>,
    /// The intercept.
    pub bias: f32,
}

impl BinaryLinear {
    /// The margin (log-odds before calibration) of a row.
    pub fn margin(&self, row: &[(u32, f32)]) -> f32 {
        self.bias
            + row
                .iter()
                .map(|&(c, v)| self.weights[c as usize] * v)
                .sum::<f32>()
    }
}

/// The logistic function.
pub fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

/// Naive-Bayes log-count ratios per column: how much more a column weighs in positive
/// rows than in negative ones, smoothed by `alpha`.
pub fn nb_ratios(rows: &[SparseRow], y: &[bool], n_features: usize, alpha: f32) -> Vec<f32> {
    let mut pos = vec![alpha; n_features];
    let mut neg = vec![alpha; n_features];
    for (row, &label) in rows.iter().zip(y) {
        let sums = if label { &mut pos } else { &mut neg };
        for &(c, v) in row {
            sums[c as usize] += v.abs();
        }
    }
    let pos_total: f32 = pos.iter().sum();
    let neg_total: f32 = neg.iter().sum();
    pos.iter()
        .zip(&neg)
        .map(|(p, n)| ((p / pos_total) / (n / neg_total)).ln())
        .collect()
}

/// Trains one binary logistic regression.
///
/// `positive_weight` multiplies the loss of positive rows (class balancing); `scale`, if
/// given, multiplies each column before learning (NB-SVM) and is folded into the weights.
pub fn train_binary(
    rows: &[SparseRow],
    y: &[bool],
    n_features: usize,
    positive_weight: f32,
    scale: Option<&[f32]>,
    params: &SgdParams,
    seed: u64,
) -> BinaryLinear {
    let mut w = vec![0f32; n_features];
    let mut g2 = vec![1e-6f32; n_features];
    let (mut bias, mut bias_g2) = (0f32, 1e-6f32);
    let mut order: Vec<usize> = (0..rows.len()).collect();
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let s = |c: u32| scale.map_or(1.0, |s| s[c as usize]);
    for _ in 0..params.epochs {
        order.shuffle(&mut rng);
        for &i in &order {
            let row = &rows[i];
            let margin = bias
                + row
                    .iter()
                    .map(|&(c, v)| w[c as usize] * s(c) * v)
                    .sum::<f32>();
            let target = if y[i] { 1.0 } else { 0.0 };
            let weight = if y[i] { positive_weight } else { 1.0 };
            let grad = (sigmoid(margin) - target) * weight;
            for &(c, v) in row {
                let c = c as usize;
                let g = grad * s(c as u32) * v + params.l2 * w[c];
                g2[c] += g * g;
                w[c] -= params.learning_rate * g / g2[c].sqrt();
            }
            bias_g2 += grad * grad;
            bias -= params.learning_rate * grad / bias_g2.sqrt();
        }
    }
    if let Some(scale) = scale {
        w.iter_mut().zip(scale).for_each(|(w, s)| *w *= s);
    }
    BinaryLinear { weights: w, bias }
}

/// A trained multinomial logistic regression: `K` weight vectors and intercepts.
#[derive(Debug, Clone, PartialEq)]
pub struct Softmax {
    /// `weights[k][col]`.
    pub weights: Vec<Vec<f32>>,
    /// One intercept per class.
    pub bias: Vec<f32>,
}

/// Turns scores into probabilities in place (numerically stable).
pub fn softmax_in_place(scores: &mut [f32]) {
    let max = scores.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let mut total = 0.0;
    for s in scores.iter_mut() {
        *s = (*s - max).exp();
        total += *s;
    }
    scores.iter_mut().for_each(|s| *s /= total);
}

/// Trains a `k`-class softmax regression; `class_weight[y]` multiplies each row's loss;
/// `scale`, if given, multiplies each column before learning and is folded into the weights.
#[allow(clippy::too_many_arguments)]
pub fn train_softmax(
    rows: &[SparseRow],
    y: &[usize],
    k: usize,
    n_features: usize,
    class_weight: &[f32],
    scale: Option<&[f32]>,
    params: &SgdParams,
    seed: u64,
) -> Softmax {
    let s = |c: u32| scale.map_or(1.0, |s| s[c as usize]);
    let mut w = vec![vec![0f32; n_features]; k];
    let mut g2 = vec![vec![1e-6f32; n_features]; k];
    let mut bias = vec![0f32; k];
    let mut bias_g2 = vec![1e-6f32; k];
    let mut order: Vec<usize> = (0..rows.len()).collect();
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut p = vec![0f32; k];
    for _ in 0..params.epochs {
        order.shuffle(&mut rng);
        for &i in &order {
            let row = &rows[i];
            for (j, pj) in p.iter_mut().enumerate() {
                *pj = bias[j]
                    + row
                        .iter()
                        .map(|&(c, v)| w[j][c as usize] * s(c) * v)
                        .sum::<f32>();
            }
            softmax_in_place(&mut p);
            let weight = class_weight[y[i]];
            for j in 0..k {
                let grad = (p[j] - if y[i] == j { 1.0 } else { 0.0 }) * weight;
                for &(c, v) in row {
                    let c = c as usize;
                    let g = grad * s(c as u32) * v + params.l2 * w[j][c];
                    g2[j][c] += g * g;
                    w[j][c] -= params.learning_rate * g / g2[j][c].sqrt();
                }
                bias_g2[j] += grad * grad;
                bias[j] -= params.learning_rate * grad / bias_g2[j].sqrt();
            }
        }
    }
    if let Some(scale) = scale {
        for wj in w.iter_mut() {
            wj.iter_mut().zip(scale).for_each(|(w, s)| *w *= s);
        }
    }
    Softmax { weights: w, bias }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Asserts that a model trained on [`toy`] scores a positive row above `confidence`
    /// and a negative one below `1 - confidence`.
    pub(crate) fn assert_separates_toy(model: &BinaryLinear, confidence: f32) {
        assert!(sigmoid(model.margin(&[(0, 1.0), (2, 0.5)])) > confidence);
        assert!(sigmoid(model.margin(&[(1, 1.0), (2, 0.5)])) < 1.0 - confidence);
    }

    /// Column 0 marks positives, column 1 negatives, column 2 is noise on both.
    pub(crate) fn toy() -> (Vec<SparseRow>, Vec<bool>) {
        let mut rows = Vec::new();
        let mut y = Vec::new();
        for i in 0..40 {
            let positive = i % 4 == 0;
            rows.push(vec![(if positive { 0 } else { 1 }, 1.0), (2, 0.5)]);
            y.push(positive);
        }
        (rows, y)
    }

    #[test]
    fn binary_learns_the_marker_column() {
        let (rows, y) = toy();
        let model = train_binary(&rows, &y, 3, 1.0, None, &SgdParams::default(), 7);
        assert_separates_toy(&model, 0.8);
    }

    #[test]
    fn nb_scaling_keeps_direction_and_is_deterministic() {
        let (rows, y) = toy();
        let r = nb_ratios(&rows, &y, 3, 0.5);
        assert!(r[0] > 0.0 && r[1] < 0.0 && r[2].abs() < 0.2, "{r:?}");
        let a = train_binary(&rows, &y, 3, 3.0, Some(&r), &SgdParams::default(), 1);
        let b = train_binary(&rows, &y, 3, 3.0, Some(&r), &SgdParams::default(), 1);
        assert_eq!(a, b);
        assert!(a.margin(&[(0, 1.0)]) > a.margin(&[(1, 1.0)]));
    }

    #[test]
    fn softmax_separates_three_classes() {
        let rows: Vec<SparseRow> = (0..30).map(|i| vec![((i % 3) as u32, 1.0)]).collect();
        let y: Vec<usize> = (0..30).map(|i| i % 3).collect();
        let model = train_softmax(&rows, &y, 3, 3, &[1.0; 3], None, &SgdParams::default(), 3);
        for class in 0..3 {
            let mut s: Vec<f32> = (0..3)
                .map(|j| model.bias[j] + model.weights[j][class])
                .collect();
            softmax_in_place(&mut s);
            assert!(s[class] > 0.8, "class {class}: {s:?}");
        }
    }
}
