//! What an alert may show without giving a small count away. A control chart shows
//! more than its points: its centre line is the mean of the earlier periods, so with
//! the points shown it gives away the one hidden point among them, and its rules say
//! how hidden points compare ("7 above the mean", "6 rising"). So, as `breakdown` does
//! for a table with its totals:
//!
//! - every count from 1 to N−1 is hidden;
//! - the mean and the limit are shown only when the earlier periods' total is 0 or at
//!   least N (it is a count too: the mean times the number of periods);
//! - when they are shown and exactly one earlier period is hidden, the smallest shown
//!   one is hidden as well, so no hidden count can be worked out from the mean;
//! - a run or trend rule is named only when none of the points it rests on is hidden,
//!   and an alert with no rule left is withheld (the page says how many were).

use super::conversions::small;
use crate::insight::spc::{MAX_HISTORY, RUN_LENGTH, TREND_LENGTH};
use crate::insight::Rule;
use crate::report::data::Cell;

/// A series as the report may show it.
#[derive(Debug, Clone, PartialEq)]
pub struct SafeSeries {
    /// One cell per period, oldest first, the alerted period last.
    pub points: Vec<Cell>,
    /// Whether the centre line and the limit may be shown.
    pub baseline_shown: bool,
    /// The rules that may be named, strongest first (empty: withhold the alert).
    pub rules: Vec<Rule>,
}

/// The periods the centre line is the mean of: up to [`MAX_HISTORY`] before the last.
fn baseline_window(len: usize) -> std::ops::Range<usize> {
    let end = len.saturating_sub(1);
    end.saturating_sub(MAX_HISTORY)..end
}

/// The points one rule rests on: the last `n` (the alerted period included).
fn rests_on_hidden(points: &[Cell], n: usize) -> bool {
    points[points.len().saturating_sub(n)..].contains(&Cell::Suppressed)
}

/// Decides what of a series (`counts`, the alerted period last) and its `rules` the
/// report may show, with threshold `min_cell`.
pub fn protect(counts: &[u64], rules: &[Rule], min_cell: u64) -> SafeSeries {
    let mut points: Vec<Cell> = counts.iter().map(|&n| small(n, min_cell)).collect();
    let window = baseline_window(counts.len());
    let total: u64 = counts[window.clone()].iter().sum();
    let baseline_shown = !(1..min_cell).contains(&total);
    if baseline_shown {
        let hidden = points[window.clone()]
            .iter()
            .filter(|c| **c == Cell::Suppressed)
            .count();
        if hidden == 1 {
            let smallest = window
                .clone()
                .filter_map(|i| points[i].count().map(|n| (n, i)))
                .min();
            if let Some((_, i)) = smallest {
                points[i] = Cell::Suppressed;
            }
        }
    }
    let rules = rules
        .iter()
        .copied()
        .filter(|rule| match rule {
            Rule::AboveUpperLimit => true,
            Rule::RunOf7AboveMean => !rests_on_hidden(&points, RUN_LENGTH),
            Rule::TrendOf6Rising => !rests_on_hidden(&points, TREND_LENGTH),
        })
        .collect();
    SafeSeries {
        points,
        baseline_shown,
        rules,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hidden_at(s: &SafeSeries) -> Vec<usize> {
        (0..s.points.len())
            .filter(|&i| s.points[i] == Cell::Suppressed)
            .collect()
    }

    #[test]
    fn one_hidden_point_takes_the_smallest_shown_one_with_it() {
        let s = protect(&[9, 3, 8, 7, 9, 8, 10, 9, 25], &[Rule::AboveUpperLimit], 5);
        assert!(s.baseline_shown);
        assert_eq!(
            hidden_at(&s),
            [1, 3],
            "the 3, and the 7 so the mean hides it"
        );
        assert_eq!(s.rules, [Rule::AboveUpperLimit]);
    }

    #[test]
    fn two_hidden_points_need_no_other_and_none_needs_nothing() {
        let two = protect(&[9, 3, 8, 2, 9, 8, 10, 9, 25], &[Rule::AboveUpperLimit], 5);
        assert_eq!(hidden_at(&two), [1, 3]);
        let none = protect(&[9, 5, 8, 0, 9, 8, 10, 9, 25], &[Rule::AboveUpperLimit], 5);
        assert!(hidden_at(&none).is_empty());
    }

    #[test]
    fn a_small_baseline_total_hides_the_mean() {
        let s = protect(
            &[0, 0, 3, 0, 0, 0, 0, 0, 0, 12],
            &[Rule::AboveUpperLimit],
            5,
        );
        assert!(!s.baseline_shown, "3 comments in the earlier periods");
        assert_eq!(
            hidden_at(&s),
            [2],
            "no second point needed: the mean is not shown"
        );
        let zero = protect(
            &[0; 10].iter().chain(&[8]).copied().collect::<Vec<_>>(),
            &[],
            5,
        );
        assert!(zero.baseline_shown, "a total of 0 gives nothing away");
    }

    #[test]
    fn only_the_earlier_periods_of_the_centre_line_count() {
        // 30 points: the first 3 are older than the 26 periods the mean is taken over.
        let mut counts = vec![2, 9, 9];
        counts.extend([9; 26]);
        counts.push(30);
        counts[10] = 4;
        let s = protect(&counts, &[Rule::AboveUpperLimit], 5);
        assert_eq!(
            hidden_at(&s),
            [0, 3, 10],
            "the old 2 is hidden alone; the 4 in the window takes a 9 with it"
        );
    }

    #[test]
    fn a_rule_resting_on_a_hidden_point_is_not_named() {
        let trend = [6, 6, 6, 6, 6, 6, 6, 6, 0, 1, 2, 3, 4, 5];
        let s = protect(&trend, &[Rule::TrendOf6Rising], 5);
        assert!(s.rules.is_empty(), "6 rising would pin 1, 2, 3, 4");
        let both = protect(&trend, &[Rule::AboveUpperLimit, Rule::TrendOf6Rising], 5);
        assert_eq!(both.rules, [Rule::AboveUpperLimit]);
        let run = [5, 5, 5, 5, 5, 5, 5, 5, 6, 7, 6, 7, 6, 7, 8];
        assert_eq!(
            protect(&run, &[Rule::RunOf7AboveMean], 5).rules,
            [Rule::RunOf7AboveMean],
            "nothing hidden: the rule is named"
        );
    }
}
