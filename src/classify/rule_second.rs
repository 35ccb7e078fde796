//! [`second_rule`]: a comment the model gives exactly one theme also gets its runner-up
//! label when that label's keyword rule fires and the model scored it near its threshold.
//!
//! Plain comments the model misses often have the right label as its second choice,
//! just under that label's threshold, while another label (a neighbour in meaning) passed
//! its own. A keyword of the runner-up firing on the comment is independent evidence, so
//! rule and model together give it (source `rule`). How near counts ("margin": the
//! runner-up's probability at least this share of its threshold) is learnt by the inner
//! cross-validation, on real answers only, among a few margins fixed in advance; the
//! addition is made only if it raised micro-F1 there, and its score is the smoothed share
//! of such additions that were right.
//!
//! The wide form ([`SecondRule::wide`]) reaches further: the unchosen label with the
//! highest share of its threshold among those whose keyword rule fires (not only the
//! overall runner-up), beside one chosen label or none. Most plain comments the narrow
//! form missed had a rule of the right label firing with that label third or fourth, or
//! no label chosen at all.

use serde::{Deserialize, Serialize};

use super::label_set::LabelSet;
use super::taxonomy::labelling_not_possible_index;
use crate::eval::metrics::Counts;

/// The margins the inner cross-validation tries, strictest first (the runner-up's
/// probability as a share of its threshold).
pub const MARGINS: [f32; 8] = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2];

/// When a runner-up label is given beside the one the model chose, and its score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SecondRule {
    /// The runner-up's probability must be at least this share of its threshold.
    pub margin: f32,
    /// Per label: `Some(score)` if it may be given as a runner-up (how often such an
    /// addition was right out of fold, smoothed), `None` if that lowered its F1.
    pub scores: Vec<Option<f32>>,
    /// The wide form: the best label among those whose rule fires, beside one chosen
    /// label or none (see [`runner_up`]). False in models saved before it existed.
    #[serde(default, skip_serializing_if = "is_false")]
    pub wide: bool,
}

/// For `skip_serializing_if`: a narrow rule is saved as models before the wide form were.
fn is_false(b: &bool) -> bool {
    !*b
}

/// The label to add beside a single chosen label: the unchosen label with the highest
/// probability relative to its threshold (the lower index on a tie), if its keyword
/// rule fires (`hits`), it is not `Labelling not possible`, and its probability is at
/// least `margin` times its threshold. `None` unless exactly one label was chosen.
/// With `wide`: the best such label among those whose rule fires (so a label ranked
/// below an unfired one may be given), beside one chosen label or none.
pub fn runner_up(
    probabilities: &[f32],
    thresholds: &[f32],
    chosen: LabelSet,
    hits: LabelSet,
    margin: f32,
    wide: bool,
) -> Option<usize> {
    let chosen_count = chosen.0.count_ones();
    // Either form gives only a label whose rule fires: most answers fire none.
    if hits.0 == 0 || chosen_count > 1 || (chosen_count == 0 && !wide) {
        return None;
    }
    let ratio = |l: usize| probabilities[l] / thresholds[l].max(f32::EPSILON);
    let second = (0..probabilities.len())
        .filter(|&l| !chosen.contains(l))
        .filter(|&l| !wide || (hits.contains(l) && l != labelling_not_possible_index()))
        .max_by(|&a, &b| ratio(a).total_cmp(&ratio(b)).then(b.cmp(&a)))?;
    (second != labelling_not_possible_index() && hits.contains(second) && ratio(second) >= margin)
        .then_some(second)
}

/// How a [`SecondRule`] is learnt: its margin fixed or searched, and its form.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Search {
    /// If set: this margin, whatever it does to micro-F1; unset: the best of [`MARGINS`].
    pub fixed: Option<f32>,
    /// The wide form (see [`SecondRule::wide`]).
    pub wide: bool,
}

/// One margin and form tried.
#[derive(Debug, Clone, Copy)]
struct Reach {
    margin: f32,
    wide: bool,
}

/// Smoothed share right: `(right + 1) / (fired + 2)` (a Beta(1, 1) prior).
fn smoothed(right: usize, fired: usize) -> f32 {
    (right as f32 + 1.0) / (fired as f32 + 2.0)
}

/// Counts of `set` against `gold` over all labels.
fn counts_of(set: LabelSet, gold: LabelSet) -> Counts {
    Counts {
        tp: (set.0 & gold.0).count_ones() as usize,
        fp: (set.0 & !gold.0).count_ones() as usize,
        fn_: (!set.0 & gold.0).count_ones() as usize,
    }
}

/// The [`SecondRule`] for one margin and its micro-F1 on the real answers: a label may
/// be given as a runner-up only if that does not lower its own F1 out of fold.
fn at_margin(
    reach: Reach,
    probabilities: &[Vec<f32>],
    thresholds: &[f32],
    decided: &[LabelSet],
    gold: &[LabelSet],
    hits: &[LabelSet],
    real: &[bool],
) -> (f64, SecondRule) {
    let n = thresholds.len();
    let mut per_label = vec![Counts::default(); n];
    let (mut added, mut right) = (vec![0usize; n], vec![0usize; n]);
    let mut second = vec![None; decided.len()];
    for i in (0..decided.len()).filter(|&i| real[i]) {
        for (l, c) in per_label.iter_mut().enumerate() {
            c.add(decided[i].contains(l), gold[i].contains(l));
        }
        second[i] = runner_up(
            &probabilities[i],
            thresholds,
            decided[i],
            hits[i],
            reach.margin,
            reach.wide,
        );
        if let Some(l) = second[i] {
            added[l] += 1;
            right[l] += usize::from(gold[i].contains(l));
        }
    }
    let scores: Vec<Option<f32>> = (0..n)
        .map(|l| {
            let c = per_label[l];
            let with = Counts {
                tp: c.tp + right[l],
                fp: c.fp + (added[l] - right[l]),
                fn_: c.fn_ - right[l],
            };
            (with.f1() >= c.f1()).then(|| smoothed(right[l], added[l]))
        })
        .collect();
    let mut micro = Counts::default();
    for i in (0..decided.len()).filter(|&i| real[i]) {
        let mut set = decided[i];
        if let Some(l) = second[i].filter(|&l| scores[l].is_some()) {
            set.insert(l);
        }
        let c = counts_of(set, gold[i]);
        (micro.tp, micro.fp, micro.fn_) = (micro.tp + c.tp, micro.fp + c.fp, micro.fn_ + c.fn_);
    }
    let rule = SecondRule {
        margin: reach.margin,
        scores,
        wide: reach.wide,
    };
    (micro.f1(), rule)
}

/// Learns [`SecondRule`] from the inner cross-validation: `probabilities[i]`,
/// `decided[i]`, `gold[i]` and `hits[i]` are example `i`'s out-of-fold probabilities,
/// decided labels, gold labels and firing rules; `real[i]` is false for a hand-written
/// seed (seeds never count). Each label may be given as a runner-up only where that did
/// not lower its own F1 on the real answers. With `search.fixed` unset: of [`MARGINS`],
/// the one that raises micro-F1 over all labels most, `None` if none raises it. With it
/// set: that margin, whatever it does to micro-F1 (the outer cross-validation judges it).
/// `search.wide` picks the form.
pub fn second_rule(
    probabilities: &[Vec<f32>],
    thresholds: &[f32],
    decided: &[LabelSet],
    gold: &[LabelSet],
    hits: &[LabelSet],
    real: &[bool],
    search: Search,
) -> Option<SecondRule> {
    let fixed = search.fixed;
    let mut base = Counts::default();
    for (d, g) in decided
        .iter()
        .zip(gold)
        .zip(real)
        .filter(|(_, &r)| r)
        .map(|(x, _)| x)
    {
        let c = counts_of(*d, *g);
        (base.tp, base.fp, base.fn_) = (base.tp + c.tp, base.fp + c.fp, base.fn_ + c.fn_);
    }
    let tried = fixed.map_or(MARGINS.to_vec(), |m| vec![m]);
    let mut best: Option<(f64, SecondRule)> = None;
    for margin in tried {
        let reach = Reach {
            margin,
            wide: search.wide,
        };
        let (f1, rule) = at_margin(reach, probabilities, thresholds, decided, gold, hits, real);
        let beats = best.as_ref().map_or(f1 > base.f1(), |(b, _)| f1 > *b);
        if fixed.is_some() || beats {
            best = Some((f1, rule));
        }
    }
    best.map(|(_, rule)| rule)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NARROW: Search = Search {
        fixed: None,
        wide: false,
    };

    fn probs(values: &[(usize, f32)]) -> Vec<f32> {
        let mut p = vec![0.01; 32];
        for &(l, v) in values {
            p[l] = v;
        }
        p
    }

    #[test]
    fn the_runner_up_is_given_only_beside_one_label_near_its_threshold_with_its_rule() {
        let t = vec![0.4; 32];
        let p = probs(&[(0, 0.7), (1, 0.3), (2, 0.2)]);
        let one = LabelSet::single(0);
        let rule1 = LabelSet::single(1);
        assert_eq!(
            runner_up(&p, &t, one, rule1, 0.7, false),
            Some(1),
            "0.3 / 0.4 = 0.75"
        );
        assert_eq!(
            runner_up(&p, &t, one, rule1, 0.8, false),
            None,
            "not near enough"
        );
        assert_eq!(
            runner_up(&p, &t, one, LabelSet::single(2), 0.4, false),
            None,
            "rule on the third"
        );
        assert_eq!(
            runner_up(&p, &t, LabelSet::EMPTY, rule1, 0.4, false),
            None,
            "no label chosen"
        );
        let mut two = one;
        two.insert(2);
        assert_eq!(
            runner_up(&p, &t, two, rule1, 0.4, false),
            None,
            "two labels chosen"
        );
        let lnp = labelling_not_possible_index();
        let p = probs(&[(0, 0.7), (lnp, 0.39)]);
        assert_eq!(
            runner_up(&p, &t, one, LabelSet::single(lnp), 0.4, false),
            None
        );
    }

    #[test]
    fn the_runner_up_is_ranked_by_its_share_of_its_own_threshold() {
        let mut t = vec![0.5; 32];
        t[2] = 0.1;
        let p = probs(&[(0, 0.7), (1, 0.3), (2, 0.09)]);
        let mut hits = LabelSet::single(1);
        hits.insert(2);
        assert_eq!(
            runner_up(&p, &t, LabelSet::single(0), hits, 0.5, false),
            Some(2)
        );
    }

    #[test]
    fn a_margin_is_learnt_only_where_it_raises_micro_f1_on_real_answers() {
        let t = vec![0.5; 32];
        // Ten real answers with gold {0, 1}, decided {0}, label 1 at 0.45 with its rule:
        // adding it is right every time.
        let p = vec![probs(&[(0, 0.9), (1, 0.45)]); 10];
        let mut both = LabelSet::single(0);
        both.insert(1);
        let gold = vec![both; 10];
        let decided = vec![LabelSet::single(0); 10];
        let hits = vec![LabelSet::single(1); 10];
        let real = vec![true; 10];
        let rule = second_rule(&p, &t, &decided, &gold, &hits, &real, NARROW);
        let rule = rule.expect("right every time: given");
        assert_eq!(rule.margin, 0.9);
        assert_eq!(rule.scores[1], Some(smoothed(10, 10)));
        assert_eq!(
            rule.scores[2],
            Some(smoothed(0, 0)),
            "never added: F1 unchanged"
        );
        // Wrong every time: never given.
        let wrong = vec![LabelSet::single(0); 10];
        assert_eq!(
            second_rule(&p, &t, &decided, &wrong, &hits, &real, NARROW),
            None
        );
        // Seeds do not count.
        let seeds = vec![false; 10];
        assert_eq!(
            second_rule(&p, &t, &decided, &gold, &hits, &seeds, NARROW),
            None
        );
    }

    #[test]
    fn the_wide_form_takes_the_best_fired_label_beside_one_label_or_none() {
        let t = vec![0.4; 32];
        // Label 1 is the runner-up but its rule does not fire; label 2's does.
        let p = probs(&[(0, 0.7), (1, 0.35), (2, 0.2)]);
        let one = LabelSet::single(0);
        let rule2 = LabelSet::single(2);
        assert_eq!(runner_up(&p, &t, one, rule2, 0.3, false), None, "narrow");
        assert_eq!(
            runner_up(&p, &t, one, rule2, 0.3, true),
            Some(2),
            "0.5 >= 0.3"
        );
        assert_eq!(runner_up(&p, &t, one, rule2, 0.6, true), None, "not near");
        assert_eq!(
            runner_up(&p, &t, one, LabelSet::EMPTY, 0.01, true),
            None,
            "no rule fires"
        );
        // No label chosen: the best fired label.
        let none = LabelSet::EMPTY;
        assert_eq!(runner_up(&p, &t, none, rule2, 0.3, false), None, "narrow");
        assert_eq!(runner_up(&p, &t, none, rule2, 0.3, true), Some(2));
        // Two chosen: never.
        let mut two = one;
        two.insert(1);
        assert_eq!(runner_up(&p, &t, two, rule2, 0.3, true), None);
        // Labelling not possible is never given, even when its rule fires.
        let lnp = labelling_not_possible_index();
        let p = probs(&[(0, 0.7), (lnp, 0.45)]);
        assert_eq!(
            runner_up(&p, &t, one, LabelSet::single(lnp), 0.3, true),
            None
        );
    }

    #[test]
    fn the_wide_form_is_learnt_and_saved_as_wide() {
        let t = vec![0.5; 32];
        // Themeless real answers whose gold label 3 fires at 0.3 / 0.5: right every time.
        let p = vec![probs(&[(3, 0.3)]); 10];
        let gold = vec![LabelSet::single(3); 10];
        let decided = vec![LabelSet::EMPTY; 10];
        let hits = vec![LabelSet::single(3); 10];
        let real = vec![true; 10];
        let wide = Search {
            fixed: Some(0.3),
            wide: true,
        };
        let rule = second_rule(&p, &t, &decided, &gold, &hits, &real, wide).expect("fixed");
        assert!(rule.wide);
        assert_eq!(rule.scores[3], Some(smoothed(10, 10)));
        let narrow = Search {
            fixed: Some(0.3),
            wide: false,
        };
        let rule = second_rule(&p, &t, &decided, &gold, &hits, &real, narrow).expect("fixed");
        assert!(!rule.wide);
        assert_eq!(
            rule.scores[3],
            Some(smoothed(0, 0)),
            "never added when narrow"
        );
        // A narrow rule is saved without the field, and read back narrow.
        let json = serde_json::to_string(&rule).unwrap();
        assert!(!json.contains("wide"));
        let read: SecondRule = serde_json::from_str(&json).unwrap();
        assert!(!read.wide);
    }
}
