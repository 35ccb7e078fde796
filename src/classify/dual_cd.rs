//! L2-regularised logistic regression solved exactly by dual coordinate descent (the
//! method of liblinear, Yu, Huang & Lin 2011). Unlike SGD it converges to the optimum of
//! the regularised loss, so the result depends on `C`, not on a learning-rate schedule,
//! and its probabilities are the model's own. Seeded shuffling, so deterministic.

use rand::seq::SliceRandom;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use super::linear::{BinaryLinear, SparseRow};

/// Settings of the dual coordinate descent solver.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DualCdParams {
    /// Inverse regularisation strength: larger fits the training data more closely.
    pub c: f64,
    /// Stop when the largest projected dual gradient falls below this.
    pub tolerance: f64,
    /// At most this many passes over the data.
    pub max_passes: usize,
    /// Value of the constant column that carries the intercept (regularised like any
    /// weight, as in liblinear).
    pub bias: f64,
}

impl Default for DualCdParams {
    fn default() -> Self {
        DualCdParams {
            c: 1.0,
            tolerance: 0.1,
            max_passes: 100,
            bias: 1.0,
        }
    }
}

impl DualCdParams {
    /// True when every setting is usable.
    pub fn is_valid(&self) -> bool {
        self.c.is_finite()
            && self.c > 0.0
            && self.tolerance.is_finite()
            && self.tolerance > 0.0
            && self.max_passes > 0
            && self.bias.is_finite()
            && self.bias >= 0.0
    }
}

/// Inner Newton steps allowed per coordinate.
const MAX_INNER_STEPS: usize = 100;

/// Trains a binary logistic regression minimising
/// `½‖w‖² + Σᵢ Cᵢ · log(1 + exp(−yᵢ w·xᵢ))`, where `Cᵢ = C · positive_weight` for positive
/// rows and `C` for the others. `scale`, if given, multiplies each column before learning
/// (NB-SVM) and is folded into the returned weights.
pub fn train_logistic_dual(
    rows: &[SparseRow],
    y: &[bool],
    n_features: usize,
    positive_weight: f32,
    scale: Option<&[f32]>,
    params: &DualCdParams,
    seed: u64,
) -> BinaryLinear {
    let s = |c: u32| scale.map_or(1.0, |s| f64::from(s[c as usize]));
    let sign_of = |i: usize| if y[i] { 1.0 } else { -1.0 };
    let cost = |i: usize| {
        if y[i] {
            params.c * f64::from(positive_weight)
        } else {
            params.c
        }
    };
    let n = rows.len();
    let mut w = vec![0f64; n_features];
    let mut w_bias = 0f64;
    // alpha[2i] is the dual variable, alpha[2i+1] = C_i − alpha[2i].
    let mut alpha = vec![0f64; 2 * n];
    let mut squared_norm = vec![0f64; n];
    for i in 0..n {
        let c = cost(i);
        alpha[2 * i] = (1e-3 * c).min(1e-8);
        alpha[2 * i + 1] = c - alpha[2 * i];
        let step = sign_of(i) * alpha[2 * i];
        let mut norm = params.bias * params.bias;
        for &(col, v) in &rows[i] {
            let x = s(col) * f64::from(v);
            norm += x * x;
            w[col as usize] += step * x;
        }
        w_bias += step * params.bias;
        squared_norm[i] = norm;
    }

    let mut order: Vec<usize> = (0..n).collect();
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut inner_tolerance = 1e-2f64;
    let inner_tolerance_min = params.tolerance.min(1e-8);
    for _ in 0..params.max_passes {
        order.shuffle(&mut rng);
        let mut newton_steps = 0usize;
        let mut largest_gradient = 0f64;
        for &i in &order {
            let yi = sign_of(i);
            let c = cost(i);
            let a = squared_norm[i];
            let dot = w_bias * params.bias
                + rows[i]
                    .iter()
                    .map(|&(col, v)| w[col as usize] * s(col) * f64::from(v))
                    .sum::<f64>();
            let b = yi * dot;
            let (mut first, mut second, mut sign) = (2 * i, 2 * i + 1, 1.0);
            if 0.5 * a * (alpha[second] - alpha[first]) + b < 0.0 {
                std::mem::swap(&mut first, &mut second);
                sign = -1.0;
            }
            let old = alpha[first];
            let mut z = old;
            if c - z < 0.5 * c {
                z *= 0.1;
            }
            let gradient = |z: f64| a * (z - old) + sign * b + (z / (c - z)).ln();
            let mut g = gradient(z);
            largest_gradient = largest_gradient.max(g.abs());
            let mut steps = 0;
            while steps < MAX_INNER_STEPS && g.abs() >= inner_tolerance {
                let curvature = a + c / (c - z) / z;
                let next = z - g / curvature;
                z = if next <= 0.0 { z * 0.1 } else { next };
                g = gradient(z);
                steps += 1;
            }
            newton_steps += steps;
            if steps > 0 {
                alpha[first] = z;
                alpha[second] = c - z;
                let step = sign * (z - old) * yi;
                for &(col, v) in &rows[i] {
                    w[col as usize] += step * s(col) * f64::from(v);
                }
                w_bias += step * params.bias;
            }
        }
        if largest_gradient < params.tolerance {
            break;
        }
        if newton_steps <= n / 10 {
            inner_tolerance = inner_tolerance_min.max(0.1 * inner_tolerance);
        }
    }
    let weights = w
        .iter()
        .enumerate()
        .map(|(col, &wc)| (wc * s(col as u32)) as f32)
        .collect();
    BinaryLinear {
        weights,
        bias: (w_bias * params.bias) as f32,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::linear::tests::{assert_separates_toy, toy};

    #[test]
    fn learns_the_marker_column() {
        let (rows, y) = toy();
        let model = train_logistic_dual(&rows, &y, 3, 1.0, None, &DualCdParams::default(), 7);
        assert_separates_toy(&model, 0.7);
    }

    #[test]
    fn stronger_regularisation_gives_smaller_weights() {
        let (rows, y) = toy();
        let loose = DualCdParams {
            c: 10.0,
            ..DualCdParams::default()
        };
        let tight = DualCdParams {
            c: 0.1,
            ..DualCdParams::default()
        };
        let a = train_logistic_dual(&rows, &y, 3, 1.0, None, &loose, 1);
        let b = train_logistic_dual(&rows, &y, 3, 1.0, None, &tight, 1);
        assert!(a.weights[0] > b.weights[0] && b.weights[0] > 0.0);
    }

    #[test]
    fn matches_the_optimum_of_a_one_feature_problem() {
        // One feature, value 1 on every row, no bias: 30 positives, 10 negatives, C = 1.
        // The optimum solves w = 30·σ(−w) − 10·σ(w).
        let rows: Vec<SparseRow> = (0..40).map(|_| vec![(0, 1.0)]).collect();
        let y: Vec<bool> = (0..40).map(|i| i < 30).collect();
        let params = DualCdParams {
            bias: 0.0,
            tolerance: 1e-6,
            max_passes: 1000,
            ..DualCdParams::default()
        };
        let w = f64::from(train_logistic_dual(&rows, &y, 1, 1.0, None, &params, 3).weights[0]);
        let s = |x: f64| 1.0 / (1.0 + (-x).exp());
        let residual = w - (30.0 * s(-w) - 10.0 * s(w));
        assert!(residual.abs() < 1e-3, "w {w}, residual {residual}");
    }

    #[test]
    fn same_seed_same_weights() {
        let (rows, y) = toy();
        let p = DualCdParams::default();
        assert_eq!(
            train_logistic_dual(&rows, &y, 3, 2.0, None, &p, 5),
            train_logistic_dual(&rows, &y, 3, 2.0, None, &p, 5)
        );
    }
}
