//! Axis arithmetic shared by the charts: a "nice" upper bound and a linear map from
//! data to pixels.

/// The smallest of 1, 2, 2.5, 5 × 10^k that is at least `max` (at least 1), so axes
/// end on a round number.
pub fn nice_max(max: f64) -> f64 {
    if max.is_nan() || max <= 1.0 {
        return 1.0;
    }
    let magnitude = 10f64.powf(max.log10().floor());
    for step in [1.0, 2.0, 2.5, 5.0, 10.0] {
        if step * magnitude >= max {
            return step * magnitude;
        }
    }
    10.0 * magnitude
}

/// A linear map from `[0, max]` onto a pixel range (which may run downwards).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Linear {
    /// Data value at the start of the range (always 0: counts start from zero).
    max: f64,
    /// Pixel of 0.
    from: f64,
    /// Pixel of `max`.
    to: f64,
}

impl Linear {
    /// Maps 0 to `from` and `max` to `to` (a `max` of 0 or less is taken as 1).
    pub fn new(max: f64, from: f64, to: f64) -> Self {
        let max = if max > 0.0 { max } else { 1.0 };
        Linear { max, from, to }
    }

    /// The pixel of `value`.
    pub fn at(&self, value: f64) -> f64 {
        self.from + (self.to - self.from) * value / self.max
    }
}

/// Positions of `n` points spread evenly from `left` to `right` (one point: the middle).
pub fn spread(n: usize, left: f64, right: f64) -> Vec<f64> {
    match n {
        0 => Vec::new(),
        1 => vec![(left + right) / 2.0],
        _ => (0..n)
            .map(|i| left + (right - left) * i as f64 / (n - 1) as f64)
            .collect(),
    }
}

/// Indices of at most `max_labels` evenly spaced ticks out of `n`, always including the
/// last (the period that matters most).
pub fn tick_indices(n: usize, max_labels: usize) -> Vec<usize> {
    if n == 0 {
        return Vec::new();
    }
    let step = n.div_ceil(max_labels.max(1)).max(1);
    let mut ticks: Vec<usize> = (0..n).rev().step_by(step).collect();
    ticks.reverse();
    ticks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_max_rounds_up_to_a_round_number() {
        assert_eq!(nice_max(0.0), 1.0);
        assert_eq!(nice_max(7.0), 10.0);
        assert_eq!(nice_max(18.8), 20.0);
        assert_eq!(nice_max(21.0), 25.0);
        assert_eq!(nice_max(312.0), 500.0);
        assert_eq!(nice_max(100.0), 100.0);
    }

    #[test]
    fn linear_maps_both_ends() {
        let y = Linear::new(20.0, 200.0, 0.0);
        assert_eq!(y.at(0.0), 200.0);
        assert_eq!(y.at(20.0), 0.0);
        assert_eq!(y.at(10.0), 100.0);
    }

    #[test]
    fn ticks_always_include_the_last_period() {
        assert_eq!(tick_indices(5, 8), vec![0, 1, 2, 3, 4]);
        assert_eq!(tick_indices(20, 8), vec![1, 4, 7, 10, 13, 16, 19]);
        assert_eq!(tick_indices(0, 8), Vec::<usize>::new());
        assert_eq!(spread(1, 0.0, 10.0), vec![5.0]);
    }
}
