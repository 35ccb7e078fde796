//! Multi-label and sentiment metrics: per-label precision / recall / F1, micro and macro
//! F1, roll-up to major categories, exact match, Hamming loss, accuracy.

use serde::Serialize;

use crate::classify::taxonomy::{self, N_LABELS, N_MAJORS};
use crate::classify::{LabelSet, SentimentLabel};

/// Labels need at least this many gold positives to enter a macro average.
pub const MACRO_MIN_SUPPORT: usize = 5;

/// Precision, recall and F1 of one label.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LabelScore {
    /// The label (subcategory, major category or sentiment class).
    pub label: String,
    /// Correct / predicted (0 when nothing was predicted).
    pub precision: f64,
    /// Correct / gold (0 when there is no gold).
    pub recall: f64,
    /// Harmonic mean of the two.
    pub f1: f64,
    /// Gold positives.
    pub support: usize,
    /// Predicted positives.
    pub predicted: usize,
}

/// Counts of one label (also used by the rule fallback to judge a rule out of fold).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Counts {
    pub(crate) tp: usize,
    pub(crate) fp: usize,
    pub(crate) fn_: usize,
}

impl Counts {
    /// Counts one decision against its gold answer.
    pub(crate) fn add(&mut self, predicted: bool, gold: bool) {
        match (predicted, gold) {
            (true, true) => self.tp += 1,
            (true, false) => self.fp += 1,
            (false, true) => self.fn_ += 1,
            (false, false) => {}
        }
    }

    /// F1: `2tp / (2tp + fp + fn)`, 0 without a true positive.
    pub(crate) fn f1(&self) -> f64 {
        if self.tp == 0 {
            0.0
        } else {
            2.0 * self.tp as f64 / (2 * self.tp + self.fp + self.fn_) as f64
        }
    }

    fn score(&self, label: &str) -> LabelScore {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        LabelScore {
            label: label.to_string(),
            precision: ratio(self.tp, self.tp + self.fp),
            recall: ratio(self.tp, self.tp + self.fn_),
            f1: self.f1(),
            support: self.tp + self.fn_,
            predicted: self.tp + self.fp,
        }
    }
}

/// Scores of a set of labels.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoreTable {
    /// Per label, in framework order.
    pub labels: Vec<LabelScore>,
    /// F1 over all pooled label decisions.
    pub micro_f1: f64,
    /// Mean F1 over labels with at least [`MACRO_MIN_SUPPORT`] gold positives.
    pub macro_f1: f64,
    /// How many labels the macro average covers.
    pub macro_labels: usize,
}

fn table(counts: &[Counts], names: &[&str]) -> ScoreTable {
    let mut total = Counts::default();
    for c in counts {
        total.tp += c.tp;
        total.fp += c.fp;
        total.fn_ += c.fn_;
    }
    let eligible: Vec<f64> = counts
        .iter()
        .filter(|c| c.tp + c.fn_ >= MACRO_MIN_SUPPORT)
        .map(Counts::f1)
        .collect();
    ScoreTable {
        labels: counts.iter().zip(names).map(|(c, n)| c.score(n)).collect(),
        micro_f1: total.f1(),
        macro_f1: if eligible.is_empty() {
            0.0
        } else {
            eligible.iter().sum::<f64>() / eligible.len() as f64
        },
        macro_labels: eligible.len(),
    }
}

/// Multi-label scores over subcategories and major categories.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MultiLabelScores {
    /// Rows scored.
    pub rows: usize,
    /// Whether `Labelling not possible` was left out of gold and predictions.
    pub without_labelling_not_possible: bool,
    /// Subcategory scores.
    pub subcategories: ScoreTable,
    /// Major-category scores (a major is on when any of its subcategories is).
    pub majors: ScoreTable,
    /// Share of rows whose predicted subcategory set equals the gold set.
    pub exact_match: f64,
    /// Share of wrong (row, subcategory) decisions.
    pub hamming_loss: f64,
}

/// Scores predicted label sets against gold, optionally without `Labelling not possible`.
pub fn multi_label_scores(
    gold: &[LabelSet],
    predicted: &[LabelSet],
    without_lnp: bool,
) -> MultiLabelScores {
    let lnp = taxonomy::labelling_not_possible_index();
    let strip = |s: LabelSet| if without_lnp { s.without(lnp) } else { s };
    let mut sub = vec![Counts::default(); N_LABELS];
    let mut maj = vec![Counts::default(); N_MAJORS];
    let (mut exact, mut wrong) = (0usize, 0usize);
    for (&g, &p) in gold.iter().zip(predicted) {
        let (g, p) = (strip(g), strip(p));
        for (l, c) in sub.iter_mut().enumerate() {
            c.add(p.contains(l), g.contains(l));
        }
        let (gm, pm) = (g.majors(), p.majors());
        for (m, c) in maj.iter_mut().enumerate() {
            c.add(pm & (1 << m) != 0, gm & (1 << m) != 0);
        }
        exact += usize::from(g == p);
        wrong += (g.0 ^ p.0).count_ones() as usize;
    }
    let names: Vec<&str> = taxonomy::subcategories().collect();
    let keep = |i: &usize| !without_lnp || *i != lnp;
    let kept: Vec<Counts> = (0..N_LABELS).filter(keep).map(|i| sub[i]).collect();
    let kept_names: Vec<&str> = (0..N_LABELS).filter(keep).map(|i| names[i]).collect();
    let subcategories = table(&kept, &kept_names);
    let n_labels = if without_lnp { N_LABELS - 1 } else { N_LABELS };
    let rows = gold.len().min(predicted.len());
    MultiLabelScores {
        rows,
        without_labelling_not_possible: without_lnp,
        subcategories,
        majors: table(&maj, taxonomy::majors()),
        exact_match: if rows == 0 {
            0.0
        } else {
            exact as f64 / rows as f64
        },
        hamming_loss: if rows == 0 {
            0.0
        } else {
            wrong as f64 / (rows * n_labels) as f64
        },
    }
}

/// Three-class sentiment scores over rows with a gold sentiment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SentimentScores {
    /// Rows with a gold sentiment.
    pub rows: usize,
    /// Share predicted correctly.
    pub accuracy: f64,
    /// Mean F1 over the three classes.
    pub macro_f1: f64,
    /// Per class.
    pub classes: Vec<LabelScore>,
}

/// Scores predicted sentiments against gold; rows with no gold are skipped.
pub fn sentiment_scores(
    gold: &[Option<SentimentLabel>],
    predicted: &[SentimentLabel],
) -> SentimentScores {
    let mut counts = [Counts::default(); 3];
    let (mut rows, mut correct) = (0usize, 0usize);
    for (g, &p) in gold.iter().zip(predicted) {
        let Some(g) = *g else { continue };
        rows += 1;
        correct += usize::from(g == p);
        for (k, c) in counts.iter_mut().enumerate() {
            let class = SentimentLabel::ALL[k];
            c.add(p == class, g == class);
        }
    }
    let classes: Vec<LabelScore> = counts
        .iter()
        .zip(SentimentLabel::ALL)
        .map(|(c, l)| c.score(l.name()))
        .collect();
    SentimentScores {
        rows,
        accuracy: if rows == 0 {
            0.0
        } else {
            correct as f64 / rows as f64
        },
        macro_f1: classes.iter().map(|c| c.f1).sum::<f64>() / 3.0,
        classes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::taxonomy::label_index;

    fn set(labels: &[&str]) -> LabelSet {
        let mut s = LabelSet::EMPTY;
        for l in labels {
            s.insert(label_index(l).unwrap());
        }
        s
    }

    #[test]
    fn micro_macro_exact_and_hamming_on_a_hand_case() {
        let gold = [
            set(&["Parking"]),
            set(&["Parking", "Discharge"]),
            set(&["Labelling not possible"]),
        ];
        let pred = [
            set(&["Parking"]),
            set(&["Parking"]),
            set(&["Labelling not possible"]),
        ];
        let with = multi_label_scores(&gold, &pred, false);
        // tp 3 (Parking ×2, LNP), fn 1 (Discharge), fp 0 → micro 6/7.
        assert!((with.subcategories.micro_f1 - 6.0 / 7.0).abs() < 1e-9);
        assert!((with.exact_match - 2.0 / 3.0).abs() < 1e-9);
        assert!((with.hamming_loss - 1.0 / 96.0).abs() < 1e-9);
        assert_eq!(
            with.subcategories.macro_labels, 0,
            "no label has 5 positives"
        );
        let without = multi_label_scores(&gold, &pred, true);
        assert_eq!(without.subcategories.labels.len(), 31);
        // tp 2, fn 1 → 4/5; the LNP row becomes empty = empty: exact.
        assert!((without.subcategories.micro_f1 - 0.8).abs() < 1e-9);
        // Majors: Discharge's major (Patient journey) missed.
        let journey = without
            .majors
            .labels
            .iter()
            .find(|l| l.label.starts_with("Patient journey"))
            .unwrap();
        assert_eq!((journey.support, journey.predicted), (1, 0));
    }

    #[test]
    fn macro_counts_labels_with_five_positives() {
        let gold = vec![set(&["Parking"]); 5];
        let mut pred = vec![set(&["Parking"]); 5];
        pred[0] = LabelSet::EMPTY;
        let s = multi_label_scores(&gold, &pred, true);
        assert_eq!(s.subcategories.macro_labels, 1);
        assert!((s.subcategories.macro_f1 - 8.0 / 9.0).abs() < 1e-9);
    }

    #[test]
    fn sentiment_skips_unlabelled_rows() {
        use SentimentLabel::*;
        let gold = [Some(Positive), None, Some(Negative), Some(Neutral)];
        let pred = [Positive, Negative, Negative, Positive];
        let s = sentiment_scores(&gold, &pred);
        assert_eq!(s.rows, 3);
        assert!((s.accuracy - 2.0 / 3.0).abs() < 1e-9);
        // F1: positive 2/3, neutral 0, negative 1 → macro 5/9.
        assert!((s.macro_f1 - 5.0 / 9.0).abs() < 1e-9);
    }
}
