//! [`rule_scores`]: where the model has no evidence, a keyword rule gives its label
//! alone (source `rule`), scored with how often that was right.
//!
//! A linear model over tens of thousands of columns cannot learn a label from a handful
//! of examples (in the QDC dev file `Parking` has one, `Pain management` nine), so the
//! rule indicator it was given weighs little and plain comments ("Parking is a
//! nightmare") are missed; and a plain comment the model gives no theme at all often
//! names its matter in a keyword. So a rule gives its label alone in two cases: for
//! labels with too few real examples to learn (hand-written seed examples do not count),
//! wherever it fires, if doing so raised the label's F1 on real answers in the inner
//! cross-validation (or it never fired where the model missed the label); for every label, on a real answer the model gave no theme, if that
//! was more often right than wrong. Its score is the share of such cases that were right
//! on real answers in the inner cross-validation (training rows only, out of fold),
//! smoothed towards one half: "how often this keyword, alone, meant this theme".

use super::label_set::LabelSet;
use super::rule_second::SecondRule;
use super::taxonomy::{labelling_not_possible_index, N_LABELS};
use crate::eval::metrics::Counts;

/// Labels with fewer real training examples than this are given by their keyword rule
/// wherever it fires (if that raised their F1 out of fold). Chosen before measuring: a linear model cannot learn a label from
/// fewer than ten examples (in the QDC dev file: `Parking` 1, `Electronic entertainment`
/// 7, `Pain management` 9).
pub const DEFAULT_RULE_FALLBACK_BELOW: usize = 10;

/// A rule gives its label to a themeless comment only if that was right at least this
/// often in the inner cross-validation: more often right than wrong (chosen a priori;
/// `TrainParams::rule_alone_min` sets another).
pub const MIN_ALONE_SCORE: f32 = 0.5;

/// Smoothed share right: `(right + 1) / (fired + 2)` (a Beta(1, 1) prior).
fn smoothed(right: usize, fired: usize) -> f32 {
    (right as f32 + 1.0) / (fired as f32 + 2.0)
}

/// Whether adding `added` decisions to a label decided as `model` counts, `right` of
/// them right (each right one a gold answer the model missed), raises its F1.
fn f1_gains(model: Counts, added: usize, right: usize) -> bool {
    let with_rule = Counts {
        tp: model.tp + right,
        fp: model.fp + (added - right),
        fn_: model.fn_ - right,
    };
    with_rule.f1() > model.f1()
}

/// When each label's keyword rule gives it alone, and with what score.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RuleScores {
    /// Labels with too few real examples, whose rule raised their F1 out of fold (or never
    /// fired where the model missed them):
    /// `Some(score)`, given wherever the rule fires and the model did not give them
    /// (score: how often such an addition was right on real answers).
    pub rare: Vec<Option<f32>>,
    /// Labels whose rule, firing on a real answer to which the model gave no theme at
    /// all, was right at least the minimum share (default [`MIN_ALONE_SCORE`]) of the time: that score (never
    /// `Labelling not possible`).
    pub alone: Vec<Option<f32>>,
    /// On a real answer the model gave no theme, its best-scored label is given (source
    /// `rule`) when that label's keyword rule fires: rule and model agree, though the
    /// model alone was below the label's threshold. `Some(score)`, pooled over labels
    /// (one label has too few such cases to calibrate), when giving it raised micro-F1
    /// out of fold; the score is the smoothed share of those cases that were right.
    #[serde(default)]
    pub agree: Option<f32>,
    /// On a real answer the model gave exactly one theme, its runner-up label is also
    /// given (source `rule`) when that label's keyword rule fires and its probability is
    /// near its threshold (see [`super::rule_second`]); absent: never.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second: Option<SecondRule>,
}

/// Works out [`RuleScores`] from the inner cross-validation: `decided[i]`, `gold[i]` and
/// `hits[i]` are example `i`'s out-of-fold decided labels, gold labels and the labels
/// whose keyword rules fire on it; `real[i]` is false for a hand-written seed example.
/// Only real answers count, both for how many examples a label has (a label with a few
/// real answers and many seeds is still learnt from plain sentences only) and for how
/// often a rule was right (seeds are plain comments, on which a keyword is right far
/// more often than on real answers). `Labelling not possible` is never given by a rule
/// to a real answer (it cannot stand beside other themes).
pub fn rule_scores(
    decided: &[LabelSet],
    gold: &[LabelSet],
    hits: &[LabelSet],
    real: &[bool],
    below: usize,
    alone_min: f32,
) -> RuleScores {
    let lnp = labelling_not_possible_index();
    let mut scores = RuleScores {
        rare: vec![None; N_LABELS],
        alone: vec![None; N_LABELS],
        agree: None,
        second: None,
    };
    for l in (0..N_LABELS).filter(|&l| l != lnp) {
        let positives = gold
            .iter()
            .zip(real)
            .filter(|(s, &r)| r && s.contains(l))
            .count();
        let (mut added, mut added_right) = (0usize, 0usize);
        let (mut alone, mut alone_right) = (0usize, 0usize);
        let mut model = Counts::default();
        for (((d, g), h), &r) in decided.iter().zip(gold).zip(hits).zip(real) {
            if !r {
                continue;
            }
            model.add(d.contains(l), g.contains(l));
            if !h.contains(l) || d.contains(l) {
                continue;
            }
            added += 1;
            added_right += usize::from(g.contains(l));
            if d.is_empty() {
                alone += 1;
                alone_right += usize::from(g.contains(l));
            }
        }
        if positives < below && (added == 0 || f1_gains(model, added, added_right)) {
            scores.rare[l] = Some(smoothed(added_right, added));
        }
        let alone_score = smoothed(alone_right, alone);
        if alone > 0 && alone_score >= alone_min {
            scores.alone[l] = Some(alone_score);
        }
    }
    scores
}

/// Works out [`RuleScores::agree`] from the inner cross-validation (arguments as for
/// [`rule_scores`], plus `best[i]`, the label the model scored highest on example `i`):
/// on real answers with no decided theme whose best label's rule fires, how often that
/// label was right, pooled over labels; `None` unless giving it raised micro-F1 over all
/// labels of the real answers (so a rule that agrees with a weak model guess is given
/// only where such guesses are right more often than the model's own decisions are on
/// average, about half the time).
pub fn agree_score(
    decided: &[LabelSet],
    gold: &[LabelSet],
    hits: &[LabelSet],
    real: &[bool],
    best: &[usize],
) -> Option<f32> {
    let lnp = labelling_not_possible_index();
    let mut micro = Counts::default();
    let (mut added, mut right) = (0usize, 0usize);
    for ((((d, g), h), &r), &b) in decided.iter().zip(gold).zip(hits).zip(real).zip(best) {
        if !r {
            continue;
        }
        for l in 0..N_LABELS {
            micro.add(d.contains(l), g.contains(l));
        }
        if d.is_empty() && b != lnp && h.contains(b) {
            added += 1;
            right += usize::from(g.contains(b));
        }
    }
    (added > 0 && f1_gains(micro, added, right)).then(|| smoothed(right, added))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rare_labels_and_themeless_comments_get_smoothed_rule_precision() {
        // Label 1 (rare: 3 examples) fires on 4 comments the model did not give it, 2
        // right; label 0 (10 examples) fires on 2 comments with no model theme, 1 right.
        let mut gold = vec![LabelSet::single(0); 10];
        let mut decided = gold.clone();
        let mut hits = vec![LabelSet::EMPTY; 10];
        gold.extend([LabelSet::single(1); 3]);
        decided.extend([LabelSet::EMPTY; 3]);
        hits.extend([
            LabelSet::single(1),
            LabelSet::single(1),
            LabelSet::single(0),
        ]);
        gold.push(LabelSet::single(2));
        decided.push(LabelSet::single(2));
        hits.push(LabelSet::single(1));
        gold.push(LabelSet::EMPTY);
        decided.push(LabelSet::single(2));
        hits.push(LabelSet::single(1));
        gold.push(LabelSet::single(0));
        decided.push(LabelSet::EMPTY);
        hits.push(LabelSet::single(0));
        gold.push(LabelSet::EMPTY);
        decided.push(LabelSet::EMPTY);
        hits.push(LabelSet::single(0));
        let real = vec![true; gold.len()];
        let s = rule_scores(&decided, &gold, &hits, &real, 5, MIN_ALONE_SCORE);
        assert_eq!(s.rare[1], Some(smoothed(2, 4)));
        assert_eq!(s.rare[0], None, "label 0 has enough examples");
        assert_eq!(s.alone[0], None, "right 1 time in 3: below one half");
        assert_eq!(s.alone[1], Some(smoothed(2, 2)));
        assert_eq!(s.alone[labelling_not_possible_index()], None);
    }

    #[test]
    fn hand_written_examples_count_neither_as_evidence_nor_as_rule_precision() {
        // Label 1: 4 real examples (2 found by the model, 2 missed where its rule fires),
        // one real answer of label 0 where label 1's rule fires, and 8 seeds the model
        // missed where the rule fires (right every time).
        let mut gold = vec![LabelSet::single(1); 4];
        let mut decided = vec![LabelSet::single(1), LabelSet::single(1)];
        decided.extend([LabelSet::single(0); 2]);
        let mut hits = vec![LabelSet::EMPTY, LabelSet::EMPTY];
        hits.extend([LabelSet::single(1); 2]);
        gold.push(LabelSet::single(0));
        decided.push(LabelSet::single(0));
        hits.push(LabelSet::single(1));
        let mut real = vec![true; 5];
        gold.extend([LabelSet::single(1); 8]);
        decided.extend([LabelSet::EMPTY; 8]);
        hits.extend([LabelSet::single(1); 8]);
        real.extend([false; 8]);
        let s = rule_scores(&decided, &gold, &hits, &real, 5, MIN_ALONE_SCORE);
        assert_eq!(s.rare[1], Some(smoothed(2, 3)), "4 real examples: rare");
        assert_eq!(s.alone[1], None, "the seeds are not real themeless answers");
        let all_real = vec![true; gold.len()];
        let s = rule_scores(&decided, &gold, &hits, &all_real, 5, MIN_ALONE_SCORE);
        assert_eq!(s.rare[1], None, "12 examples counting the seeds");
        assert_eq!(
            s.alone[1],
            Some(smoothed(8, 8)),
            "seeds would flatter the rule"
        );
    }

    #[test]
    fn a_rule_agreeing_with_the_best_guess_is_given_only_if_it_raises_micro_f1() {
        // Ten real answers decided right (label 0); four themeless ones whose best label
        // 1 has its rule firing: three right, one wrong.
        let mut gold = vec![LabelSet::single(0); 10];
        let mut decided = gold.clone();
        let mut hits = vec![LabelSet::EMPTY; 10];
        let mut best = vec![0; 10];
        gold.extend([
            LabelSet::single(1),
            LabelSet::single(1),
            LabelSet::single(1),
        ]);
        gold.push(LabelSet::EMPTY);
        decided.extend([LabelSet::EMPTY; 4]);
        hits.extend([LabelSet::single(1); 4]);
        best.extend([1; 4]);
        let real = vec![true; gold.len()];
        let score = agree_score(&decided, &gold, &hits, &real, &best);
        assert_eq!(score, Some(smoothed(3, 4)));
        // The rule must fire on the best label itself, not on another one.
        let other = vec![LabelSet::single(2); gold.len()];
        assert_eq!(agree_score(&decided, &gold, &other, &real, &best), None);
        // Right once in four: adding it lowers micro-F1 (1.0 before), so never given.
        let mut wrong = gold.clone();
        for g in &mut wrong[10..13] {
            *g = LabelSet::single(3);
        }
        wrong[13] = LabelSet::single(1);
        let right_once: Vec<LabelSet> = wrong;
        assert_eq!(
            agree_score(&decided, &right_once, &hits, &real, &best),
            None
        );
        // Hand-written seeds never count.
        let seeds = vec![false; gold.len()];
        assert_eq!(agree_score(&decided, &gold, &hits, &seeds, &best), None);
    }

    #[test]
    fn a_rare_rule_that_would_lower_its_labels_f1_is_not_given() {
        // Label 1: 2 real examples, both found by the model; its rule fires on 3 real
        // answers of label 0, all wrong: F1 1.0 would fall to 0.57.
        let mut gold = vec![LabelSet::single(1); 2];
        let mut decided = gold.clone();
        let mut hits = vec![LabelSet::EMPTY; 2];
        gold.extend([LabelSet::single(0); 3]);
        decided.extend([LabelSet::single(0); 3]);
        hits.extend([LabelSet::single(1); 3]);
        let real = vec![true; gold.len()];
        let s = rule_scores(&decided, &gold, &hits, &real, 5, MIN_ALONE_SCORE);
        assert_eq!(s.rare[1], None);
        // A rare label whose rule never fired where the model missed it keeps its rule.
        let s = rule_scores(
            &decided[..2],
            &gold[..2],
            &hits[..2],
            &real[..2],
            5,
            MIN_ALONE_SCORE,
        );
        assert_eq!(s.rare[1], Some(smoothed(0, 0)));
    }
}
