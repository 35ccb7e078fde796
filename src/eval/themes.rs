//! Theme and sentiment evaluation of a model against gold rows, and K-fold
//! cross-validation on a gold file (folds by a hash of the normalised text; every fold
//! trained from scratch, its thresholds tuned by inner CV on its own training rows).

use serde::Serialize;

use super::metrics::{multi_label_scores, sentiment_scores, MultiLabelScores, SentimentScores};
use super::reliability::{reliability, ReliabilityBand};
use crate::classify::folds::{fold_key, fold_of};
use crate::classify::gold::GoldRow;
use crate::classify::rules::KeywordRules;
use crate::classify::trainer::{training_examples, TrainError};
use crate::classify::{
    ClassifyInput, LabelSet, Prediction, SentimentLabel, ThemeModel, TrainParams,
};
use crate::clean::QuestionType;
use crate::model::TrainingProvenance;
use crate::text::Analyzer;

/// Everything `eval themes` reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ThemeReport {
    /// `model` (a saved model on the gold file) or `cv` (cross-validation).
    pub mode: String,
    /// Folds, for `cv`.
    pub folds: Option<usize>,
    /// Rows in the gold file.
    pub rows: usize,
    /// Headline: real answers only, without `Labelling not possible`.
    pub real_answers: MultiLabelScores,
    /// Every row, with `Labelling not possible` (non-answers get it by rule).
    pub all_rows_with_lnp: MultiLabelScores,
    /// Three-class sentiment on real answers with a gold sentiment.
    pub sentiment: SentimentScores,
    /// The same, per question type (`what_good`, `could_improve`, `nonspecific`), since
    /// "Nothing" means opposite things under the first two.
    pub sentiment_by_question: Vec<(String, SentimentScores)>,
    /// Real answers: assigned themes by score band, with the share a human also gave.
    pub reliability: Vec<ReliabilityBand>,
    /// For `cv`: the headline figures of each fold's held-out rows alone, so a setting
    /// tuned on some folds can be reported on the others.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub by_fold: Vec<FoldFigures>,
}

/// One cross-validation fold's held-out figures (real answers).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FoldFigures {
    /// Fold number, from 1.
    pub fold: usize,
    /// Real answers with a gold sentiment in the fold.
    pub sentiment_rows: usize,
    /// Their sentiment accuracy.
    pub sentiment_accuracy: f64,
    /// Subcategory micro-F1 (without `Labelling not possible`).
    pub subcategory_micro_f1: f64,
    /// Subcategory macro-F1.
    pub subcategory_macro_f1: f64,
    /// Major-category macro-F1.
    pub major_macro_f1: f64,
}

/// Scores predictions (one per gold row, in order).
pub fn report(
    mode: &str,
    folds: Option<usize>,
    rows: &[GoldRow],
    predictions: &[Prediction],
) -> ThemeReport {
    let predicted: Vec<LabelSet> = predictions.iter().map(label_set_of).collect();
    let gold: Vec<LabelSet> = rows.iter().map(|r| r.labels).collect();
    let real: Vec<usize> = (0..rows.len()).filter(|&i| !rows[i].non_answer).collect();
    let pick = |v: &[LabelSet]| real.iter().map(|&i| v[i]).collect::<Vec<_>>();
    let sentiment_gold: Vec<Option<SentimentLabel>> =
        real.iter().map(|&i| rows[i].sentiment).collect();
    let sentiment_pred: Vec<SentimentLabel> = real
        .iter()
        .map(|&i| predictions[i].sentiment.label)
        .collect();
    ThemeReport {
        mode: mode.to_string(),
        folds,
        rows: rows.len(),
        real_answers: multi_label_scores(&pick(&gold), &pick(&predicted), true),
        all_rows_with_lnp: multi_label_scores(&gold, &predicted, false),
        sentiment: sentiment_scores(&sentiment_gold, &sentiment_pred),
        sentiment_by_question: QuestionType::ALL
            .iter()
            .map(|&q| {
                let of_q = |i: &usize| rows[real[*i]].question_type == q;
                let idx: Vec<usize> = (0..real.len()).filter(of_q).collect();
                let gold: Vec<_> = idx.iter().map(|&i| sentiment_gold[i]).collect();
                let pred: Vec<_> = idx.iter().map(|&i| sentiment_pred[i]).collect();
                (q.name().to_string(), sentiment_scores(&gold, &pred))
            })
            .collect(),
        reliability: reliability(
            &real.iter().map(|&i| &predictions[i]).collect::<Vec<_>>(),
            &pick(&gold),
        ),
        by_fold: Vec::new(),
    }
}

/// The fold of each gold row in a `k`-fold cross-validation (by a hash of the
/// normalised text, so identical texts share a fold).
pub fn folds_of(rows: &[GoldRow], k: usize) -> Vec<usize> {
    rows.iter()
        .map(|r| fold_of(fold_key(r.text.as_str()), k, 0))
        .collect()
}

/// The training rows of fold `f`: every row outside it (`fold` from [`folds_of`]).
pub fn fold_training_rows(rows: &[GoldRow], fold: &[usize], f: usize) -> Vec<GoldRow> {
    rows.iter()
        .zip(fold)
        .filter(|(_, &x)| x != f)
        .map(|(r, _)| r.clone())
        .collect()
}

/// The label set of a prediction.
pub fn label_set_of(prediction: &Prediction) -> LabelSet {
    let mut set = LabelSet::EMPTY;
    for theme in &prediction.themes {
        if let Some(i) = crate::classify::taxonomy::label_index(&theme.label) {
            set.insert(i);
        }
    }
    set
}

/// Predicts every gold row with a model, in order.
pub fn predict_gold(model: &ThemeModel, rows: &[GoldRow]) -> Vec<Prediction> {
    let inputs: Vec<ClassifyInput> = rows
        .iter()
        .map(|r| ClassifyInput {
            text: &r.text,
            question_type: r.question_type,
            rating: r.rating,
            site: r.site.as_deref(),
            non_answer: r.non_answer,
        })
        .collect();
    model.predict_batch(&inputs)
}

/// Scores a saved model on gold rows.
pub fn evaluate_model(model: &ThemeModel, rows: &[GoldRow]) -> ThemeReport {
    report("model", None, rows, &predict_gold(model, rows))
}

/// K-fold cross-validation: each fold's model is trained from scratch on the other
/// folds' real answers (plus `seeds`, hand-written examples that are never scored) and
/// predicts the held-out rows. Predictions are pooled.
pub fn cross_validate(
    rows: &[GoldRow],
    seeds: &[GoldRow],
    k: usize,
    params: &TrainParams,
    analyzer: &Analyzer,
    rules: &KeywordRules,
    progress: impl FnMut(usize),
) -> Result<ThemeReport, TrainError> {
    let predictions =
        cross_validated_predictions(rows, seeds, k, params, analyzer, rules, progress)?;
    let fold = folds_of(rows, k);
    let mut pooled = report("cv", Some(k), rows, &predictions);
    pooled.by_fold = (0..k)
        .map(|f| {
            let idx: Vec<usize> = (0..rows.len()).filter(|&i| fold[i] == f).collect();
            let sub_rows: Vec<GoldRow> = idx.iter().map(|&i| rows[i].clone()).collect();
            let sub_predictions: Vec<Prediction> =
                idx.iter().map(|&i| predictions[i].clone()).collect();
            let one = report("cv", Some(k), &sub_rows, &sub_predictions);
            FoldFigures {
                fold: f + 1,
                sentiment_rows: one.sentiment.rows,
                sentiment_accuracy: one.sentiment.accuracy,
                subcategory_micro_f1: one.real_answers.subcategories.micro_f1,
                subcategory_macro_f1: one.real_answers.subcategories.macro_f1,
                major_macro_f1: one.real_answers.majors.macro_f1,
            }
        })
        .collect();
    Ok(pooled)
}

/// Each gold row's prediction by the model of the K-fold cross-validation that did not
/// see it (folds as [`cross_validate`]'s, `seeds` added to every fold's training rows),
/// in row order.
pub fn cross_validated_predictions(
    rows: &[GoldRow],
    seeds: &[GoldRow],
    k: usize,
    params: &TrainParams,
    analyzer: &Analyzer,
    rules: &KeywordRules,
    mut progress: impl FnMut(usize),
) -> Result<Vec<Prediction>, TrainError> {
    let fold = folds_of(rows, k);
    let mut predictions: Vec<Option<Prediction>> = vec![None; rows.len()];
    for f in 0..k {
        let train_rows = fold_training_rows(rows, &fold, f);
        let test_idx: Vec<usize> = (0..rows.len()).filter(|&i| fold[i] == f).collect();
        let examples = training_examples(&train_rows, seeds, analyzer);
        let provenance = TrainingProvenance {
            file: format!("cv fold {}", f + 1),
            sha256: String::new(),
            rows: train_rows.len() + seeds.len(),
            theme_rows: 0,
            sentiment_rows: 0,
            seed_examples: None,
        };
        let model = ThemeModel::train(
            &examples,
            params,
            analyzer.clone(),
            rules.clone(),
            "cv",
            provenance,
        )?;
        let test_rows: Vec<GoldRow> = test_idx.iter().map(|&i| rows[i].clone()).collect();
        for (i, p) in test_idx.into_iter().zip(predict_gold(&model, &test_rows)) {
            predictions[i] = Some(p);
        }
        progress(f + 1);
    }
    Ok(predictions
        .into_iter()
        .map(|p| p.expect("every row is in one fold"))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::gold::{read_gold_from, GoldLayout};

    fn rows(csv: &str) -> Vec<GoldRow> {
        read_gold_from(
            csv.as_bytes(),
            std::path::Path::new("t.csv"),
            &GoldLayout::default(),
        )
        .expect("a well-formed sample")
    }

    #[test]
    fn a_fold_trains_on_every_other_row_and_the_hand_written_seeds() {
        let gold = rows(
            "FFT question,FFT answer,Comment sentiment,Parking\n\
             What was good?,Kind staff,1,\n\
             What was good?,KIND  staff!,1,\n\
             What could we do better?,Shorter waits,4,\n\
             What could we do better?,Parking,4,1\n\
             What was good?,Clean ward,2,\n",
        );
        let seeds = rows("FFT question,FFT answer,Parking\nWhat was good?,Lovely food,\n");
        let fold = folds_of(&gold, 3);
        assert_eq!(fold[0], fold[1], "the same text, normalised, shares a fold");
        for f in 0..3 {
            let train = fold_training_rows(&gold, &fold, f);
            let outside = fold.iter().filter(|&&x| x != f).count();
            assert_eq!(train.len(), outside);
            let examples = training_examples(&train, &seeds, &Analyzer::english());
            assert_eq!(examples.len(), outside + 1);
            assert!(examples.last().is_some_and(|e| e.hand_written));
            assert!(examples[..outside].iter().all(|e| !e.hand_written));
            let held: Vec<&str> = (0..gold.len())
                .filter(|&i| fold[i] == f)
                .map(|i| gold[i].text.as_str())
                .collect();
            assert!(train.iter().all(|r| !held.contains(&r.text.as_str())));
        }
    }
}
