//! Statistical process control for counts, as NHS "Making Data Count" charts them: a
//! c-chart whose centre line is the mean of a series' earlier periods and whose upper
//! limit is the Poisson 99.865% point (the exact form of c̄ + 3√c̄), and the run rules
//! (a run of 7 above the centre line, a trend of 6 rising points).

use serde::Serialize;

/// Earlier periods a series needs before it is judged (fewer: not judged).
pub const MIN_HISTORY: usize = 8;
/// Earlier periods used for the centre line at most (the most recent ones).
pub const MAX_HISTORY: usize = 26;
/// Points in a shift: the latest and the six before it all above the centre line.
pub const RUN_LENGTH: usize = 7;
/// Points in a trend: six, each higher than the one before.
pub const TREND_LENGTH: usize = 6;
/// One-sided probability beyond 3 sigma.
const TAIL: f64 = 0.001_35;

/// A special-cause signal on the latest point of a series.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// The latest count is above the upper limit.
    AboveUpperLimit,
    /// The latest count and the 6 before it are all above the centre line.
    RunOf7AboveMean,
    /// The latest count ends 6 rising points.
    TrendOf6Rising,
}

impl Rule {
    /// The name in outputs.
    pub fn name(self) -> &'static str {
        match self {
            Rule::AboveUpperLimit => "above_upper_limit",
            Rule::RunOf7AboveMean => "run_of_7_above_mean",
            Rule::TrendOf6Rising => "trend_of_6_rising",
        }
    }
}

/// The smallest count `k` with P(X ≤ k) ≥ 1 − 0.00135 for X ~ Poisson(`mean`): counts
/// above it are signals. For large means, c̄ + 3√c̄ (rounded down), which it approaches.
pub fn poisson_upper_limit(mean: f64) -> u64 {
    if mean <= 0.0 {
        return 0;
    }
    if mean > 600.0 {
        return (mean + 3.0 * mean.sqrt()).floor() as u64;
    }
    let mut p = (-mean).exp();
    let mut cdf = p;
    let mut k = 0u64;
    while cdf < 1.0 - TAIL {
        k += 1;
        p *= mean / k as f64;
        cdf += p;
    }
    k
}

/// How the latest point of a series was judged.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Judgement {
    /// Mean of the earlier periods used (the centre line).
    pub centre: f64,
    /// The upper limit (counts above it signal).
    pub upper_limit: u64,
    /// The rules the latest point breaks, strongest first.
    pub rules: Vec<Rule>,
}

/// Judges the last of `counts` against the ones before it (at most [`MAX_HISTORY`]);
/// `None` when there are fewer than [`MIN_HISTORY`] earlier periods.
pub fn judge(counts: &[u64]) -> Option<Judgement> {
    let (&latest, before) = counts.split_last()?;
    if before.len() < MIN_HISTORY {
        return None;
    }
    let history = &before[before.len().saturating_sub(MAX_HISTORY)..];
    let centre = history.iter().sum::<u64>() as f64 / history.len() as f64;
    let upper_limit = poisson_upper_limit(centre);
    let mut rules = Vec::new();
    if latest > upper_limit {
        rules.push(Rule::AboveUpperLimit);
    }
    let run = &counts[counts.len() - RUN_LENGTH..];
    if run.iter().all(|&c| c as f64 > centre) {
        rules.push(Rule::RunOf7AboveMean);
    }
    let trend = &counts[counts.len() - TREND_LENGTH..];
    if trend.windows(2).all(|w| w[1] > w[0]) {
        rules.push(Rule::TrendOf6Rising);
    }
    Some(Judgement {
        centre,
        upper_limit,
        rules,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn poisson_limits_match_tables_and_approach_three_sigma() {
        assert_eq!(poisson_upper_limit(0.0), 0);
        assert_eq!(poisson_upper_limit(1.0), 5); // P(X ≤ 4) = 0.9963, P(X ≤ 5) = 0.9994
        assert_eq!(poisson_upper_limit(10.0), 21); // P(X ≤ 20) = 0.99841, P(X ≤ 21) = 0.99922
        let big = poisson_upper_limit(400.0) as f64;
        assert!((big - (400.0 + 3.0 * 20.0)).abs() < 5.0, "{big}");
        assert_eq!(poisson_upper_limit(10_000.0), 10_300);
    }

    #[test]
    fn too_short_a_history_is_not_judged() {
        assert_eq!(judge(&[5, 5, 5, 5, 5, 5, 5, 50]), None);
        assert!(judge(&[5, 5, 5, 5, 5, 5, 5, 5, 50]).is_some());
    }

    #[test]
    fn a_spike_breaks_the_upper_limit() {
        let j = judge(&[10, 9, 11, 10, 12, 8, 10, 9, 11, 10, 30]).unwrap();
        assert_eq!(j.rules, [Rule::AboveUpperLimit]);
        assert!((j.centre - 10.0).abs() < 1e-9);
        assert_eq!(j.upper_limit, 21);
    }

    #[test]
    fn a_shift_and_a_trend_are_found() {
        let shift = judge(&[5, 5, 4, 6, 5, 5, 4, 6, 5, 5, 7, 8, 7, 8, 7, 8, 7]).unwrap();
        assert!(shift.rules.contains(&Rule::RunOf7AboveMean), "{shift:?}");
        let trend = judge(&[10, 10, 10, 10, 10, 10, 10, 10, 6, 7, 8, 9, 10, 11]).unwrap();
        assert_eq!(trend.rules, [Rule::TrendOf6Rising]);
    }

    #[test]
    fn a_flat_series_breaks_no_rule() {
        let j = judge(&[10, 9, 11, 10, 12, 8, 10, 9, 11, 10, 12]).unwrap();
        assert!(j.rules.is_empty(), "{j:?}");
    }
}
