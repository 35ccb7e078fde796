//! Averaged perceptron weights: scoring, training updates and the lazy running average.
//!
//! One table of `BUCKETS × TAGS` emission weights followed by the transition table. The
//! average over every training step (what generalises; the last weights overfit the last
//! examples) is kept lazily: each weight remembers when it last changed.

use super::features::BUCKETS;
use super::viterbi::{TAGS, TRANSITION_ROWS};

/// Number of weights: emissions, then transitions.
pub(crate) const WEIGHTS: usize = BUCKETS * TAGS + TRANSITION_ROWS * TAGS;

/// The emission scores of one token: the sum of its features' rows.
pub(crate) fn emission(weights: &[f32], buckets: &[u32]) -> [f32; TAGS] {
    let mut out = [0.0f32; TAGS];
    for &b in buckets {
        let row = b as usize * TAGS;
        for (tag, slot) in out.iter_mut().enumerate() {
            *slot += weights[row + tag];
        }
    }
    out
}

/// The transition table held at the end of `weights`.
pub(crate) fn transitions(weights: &[f32]) -> [[f32; TAGS]; TRANSITION_ROWS] {
    let mut t = [[0.0; TAGS]; TRANSITION_ROWS];
    let base = BUCKETS * TAGS;
    for (prev, row) in t.iter_mut().enumerate() {
        for (cur, slot) in row.iter_mut().enumerate() {
            *slot = weights[base + prev * TAGS + cur];
        }
    }
    t
}

/// Index of the transition weight from `prev` (or `TAGS` for the start) to `cur`.
pub(crate) fn transition_index(prev: usize, cur: usize) -> usize {
    BUCKETS * TAGS + prev * TAGS + cur
}

/// Weights being trained, with their running sums for averaging.
pub(crate) struct AveragedPerceptron {
    /// The current weights.
    pub weights: Vec<f32>,
    sums: Vec<f64>,
    stamps: Vec<u32>,
    step: u32,
}

impl AveragedPerceptron {
    /// All-zero weights.
    pub fn new() -> Self {
        AveragedPerceptron {
            weights: vec![0.0; WEIGHTS],
            sums: vec![0.0; WEIGHTS],
            stamps: vec![0; WEIGHTS],
            step: 0,
        }
    }

    /// Marks the start of one more training example.
    pub fn tick(&mut self) {
        self.step += 1;
    }

    /// Adds `delta` to weight `index`.
    pub fn update(&mut self, index: usize, delta: f32) {
        let idle = f64::from(self.step - self.stamps[index]);
        self.sums[index] += idle * f64::from(self.weights[index]);
        self.stamps[index] = self.step;
        self.weights[index] += delta;
    }

    /// The averaged weights.
    pub fn averaged(&self) -> Vec<f32> {
        let steps = f64::from(self.step.max(1));
        self.weights
            .iter()
            .zip(&self.sums)
            .zip(&self.stamps)
            .map(|((&w, &sum), &stamp)| {
                let total = sum + f64::from(self.step - stamp) * f64::from(w);
                (total / steps) as f32
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn average_weighs_each_value_by_how_long_it_held() {
        let mut p = AveragedPerceptron::new();
        p.tick();
        p.update(5, 1.0); // 0.0 until step 1, then 1.0
        p.tick();
        p.tick();
        p.update(5, 1.0); // 1.0 for steps 1-2, then 2.0
        p.tick(); // 2.0 for step 3
        let avg = p.averaged();
        // 0 + 1 + 1 + 2 over 4 steps.
        assert!((avg[5] - 1.0).abs() < 1e-6, "{}", avg[5]);
        assert_eq!(avg[6], 0.0);
    }

    #[test]
    fn emission_sums_rows_and_transitions_sit_at_the_end() {
        let mut w = vec![0.0; WEIGHTS];
        w[3 * TAGS + 1] = 2.0;
        w[7 * TAGS + 1] = 0.5;
        assert_eq!(emission(&w, &[3, 7]), [0.0, 2.5, 0.0]);
        w[transition_index(TAGS, 1)] = 4.0;
        assert_eq!(transitions(&w)[TAGS][1], 4.0);
    }
}
