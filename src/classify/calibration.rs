//! Making scores mean something: Platt scaling of margins into probabilities, and a
//! per-label decision threshold tuned for F1 then shrunk towards 0.5.

use serde::{Deserialize, Serialize};

use super::linear::sigmoid;

/// `p = sigmoid(a · margin + b)`, fitted on out-of-fold margins.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Platt {
    /// Slope.
    pub a: f32,
    /// Offset.
    pub b: f32,
}

impl Platt {
    /// The identity calibration: the plain logistic of the margin.
    pub const IDENTITY: Platt = Platt { a: 1.0, b: 0.0 };

    /// The calibrated probability of a margin.
    pub fn probability(&self, margin: f32) -> f32 {
        sigmoid(self.a * margin + self.b)
    }

    /// Fits `a, b` by Newton's method on (margin, label) pairs, with Platt's smoothed
    /// targets so that a perfectly separated label does not run to infinity.
    pub fn fit(margins: &[f32], y: &[bool]) -> Platt {
        let n_pos = y.iter().filter(|&&v| v).count() as f64;
        let n_neg = y.len() as f64 - n_pos;
        if n_pos == 0.0 || n_neg == 0.0 {
            return Platt::IDENTITY;
        }
        let hi = (n_pos + 1.0) / (n_pos + 2.0);
        let lo = 1.0 / (n_neg + 2.0);
        let (mut a, mut b) = (1.0f64, 0.0f64);
        for _ in 0..50 {
            let (mut ga, mut gb, mut haa, mut hab, mut hbb) = (0.0, 0.0, 1e-9, 0.0, 1e-9);
            for (&m, &label) in margins.iter().zip(y) {
                let m = f64::from(m);
                let t = if label { hi } else { lo };
                let p = 1.0 / (1.0 + (-(a * m + b)).exp());
                let d = p - t;
                let h = (p * (1.0 - p)).max(1e-12);
                ga += d * m;
                gb += d;
                haa += h * m * m;
                hab += h * m;
                hbb += h;
            }
            let det = haa * hbb - hab * hab;
            if det.abs() < 1e-18 {
                break;
            }
            let da = (hbb * ga - hab * gb) / det;
            let db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if da.abs() < 1e-7 && db.abs() < 1e-7 {
                break;
            }
        }
        if a.is_finite() && b.is_finite() && a > 0.0 {
            Platt {
                a: a as f32,
                b: b as f32,
            }
        } else {
            Platt::IDENTITY
        }
    }
}

/// The probability cut that maximises F1 on (probability, label) pairs, moved
/// `shrink` of the way back to 0.5 (0 = keep the tuned cut, 1 = always 0.5).
/// Returns 0.5 when there are no positives to tune on.
pub fn tune_threshold(probabilities: &[f32], y: &[bool], shrink: f32) -> f32 {
    let total_pos = y.iter().filter(|&&v| v).count();
    if total_pos == 0 {
        return 0.5;
    }
    let mut pairs: Vec<(f32, bool)> = probabilities
        .iter()
        .copied()
        .zip(y.iter().copied())
        .collect();
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
    let (mut tp, mut fp) = (0usize, 0usize);
    let (mut best_f1, mut best_cut) = (-1.0f32, 0.5f32);
    for (i, &(p, label)) in pairs.iter().enumerate() {
        if label {
            tp += 1;
        } else {
            fp += 1;
        }
        // Only cut between distinct scores.
        if pairs.get(i + 1).is_some_and(|next| next.0 == p) {
            continue;
        }
        let f1 = 2.0 * tp as f32 / (tp + fp + total_pos) as f32;
        if f1 > best_f1 {
            best_f1 = f1;
            let next = pairs.get(i + 1).map_or(0.0, |n| n.0);
            best_cut = (p + next) / 2.0;
        }
    }
    let cut = best_cut.clamp(0.05, 0.95);
    cut + shrink * (0.5 - cut)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn platt_fits_a_shifted_margin() {
        // Positives sit at margins above 2, negatives below: the fitted 0.5 point is near 2.
        let margins: Vec<f32> = (0..100).map(|i| i as f32 / 25.0).collect();
        let y: Vec<bool> = margins.iter().map(|&m| m > 2.0).collect();
        let platt = Platt::fit(&margins, &y);
        assert!(platt.probability(1.0) < 0.2, "{platt:?}");
        assert!(platt.probability(3.0) > 0.8, "{platt:?}");
        assert!((platt.probability(2.0) - 0.5).abs() < 0.2);
    }

    #[test]
    fn platt_without_both_classes_is_identity() {
        assert_eq!(Platt::fit(&[1.0, 2.0], &[true, true]), Platt::IDENTITY);
    }

    #[test]
    fn threshold_finds_the_gap_and_shrinks() {
        let p = [0.9, 0.35, 0.3, 0.1, 0.05];
        let y = [true, true, true, false, false];
        let cut = tune_threshold(&p, &y, 0.0);
        assert!(cut > 0.1 && cut < 0.3, "{cut}");
        let half = tune_threshold(&p, &y, 0.5);
        assert!((half - (cut + 0.5) / 2.0).abs() < 1e-6);
        assert_eq!(tune_threshold(&p, &[false; 5], 0.5), 0.5);
    }
}
