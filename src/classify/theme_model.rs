//! [`ThemeModel`]: the trained theme + sentiment model the pipeline calls, with its
//! model folder (save / load) and manifest.

use std::path::Path;
use std::sync::Arc;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::calibration::Platt;
use super::embeddings::EmbeddingTable;
use super::features::{tokenize, Context, DenseBlock, FeatureSpace, Tokens};
use super::form_talk::{self, FORM_TALK_SCORE};
use super::input::ClassifyInput;
use super::label_set::LabelSet;
use super::linear::{sigmoid, softmax_in_place};
use super::prediction::{
    LabelSource, Prediction, SentimentLabel, SentimentPrediction, ThemeAssignment,
};
use super::rule_second::{runner_up, SecondRule};
use super::rules::KeywordRules;
use super::scoring::{ScoringWeights, LANES};
use super::taxonomy::{self, N_LABELS};
use super::trainer::{best_label, train, Calibration, Example, TrainError, TrainParams};
use crate::ingest::hashing_reader::sha256_hex;
use crate::model::files::{json_bytes, read_bytes, read_json, write_atomic, write_json};
use crate::model::{ModelError, ModelManifest, QuantizedMatrix, TrainingProvenance};
use crate::text::{Analyzer, StopWords, TokenizerConfig};

/// Model folder format version. "2": the weights gained the "no v7 label fits" output and
/// the rows the question type × word block, so a version "1" folder must be retrained.
pub const MODEL_VERSION: &str = "2";

/// Outputs per feature column: 32 theme margins, 3 sentiment scores, then the margin
/// of "no v7 label fits".
const N_OUTPUTS: usize = N_LABELS + 4;

/// The output column of the "no v7 label fits" head.
const EMPTY_OUTPUT: usize = N_LABELS + 3;

/// The scoring layout of the weights: outputs in chunks of [`LANES`].
type Scoring = ScoringWeights<{ N_OUTPUTS.div_ceil(LANES) }>;

/// The files of a model folder.
const FILES: [&str; 7] = [
    "manifest.json",
    "tokenizer.json",
    "stop_words.txt",
    "keyword_rules.toml",
    "features.json",
    "heads.json",
    "weights.bin",
];

/// The model folder's copy of the word-embedding table, present when the features use
/// one (see [`EmbeddingTable`]).
const EMBEDDINGS_FILE: &str = "embeddings.bin";

/// One theme's decision head.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct ThemeHead {
    label: String,
    bias: f32,
    platt: Platt,
    threshold: f32,
    /// Score given by the keyword rule alone wherever it fires, for labels with too few
    /// training examples for the model to learn (absent: the model decides).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    rule_score: Option<f32>,
    /// Score given by the keyword rule alone on a real answer the model gave no theme
    /// (absent: never).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    rule_score_alone: Option<f32>,
}

/// Intercepts, calibration and thresholds (`heads.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Heads {
    themes: Vec<ThemeHead>,
    sentiment_labels: Vec<SentimentLabel>,
    sentiment_bias: Vec<f32>,
    top_floor: Option<f32>,
    /// Intercept of the "no v7 label fits" head, if the model has one.
    #[serde(default)]
    empty_bias: Option<f32>,
    /// Probability of "no v7 label fits" at which a comment gets no theme.
    #[serde(default)]
    empty_cut: Option<f32>,
    /// Score given (source `rule`) to a real answer's best-scored label when the model
    /// gave it no theme and that label's keyword rule fires (absent: never).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    rule_score_agree: Option<f32>,
    /// Beside a single theme the model gave, its runner-up label when that label's
    /// keyword rule fires and it scored near its threshold (source `rule`; absent: never).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    rule_second: Option<SecondRule>,
}

impl Heads {
    /// Checks the heads fit the taxonomy and hold only finite numbers.
    fn check(&self) -> Result<(), String> {
        if self.themes.len() != N_LABELS
            || self
                .themes
                .iter()
                .enumerate()
                .any(|(i, h)| h.label != taxonomy::label_name(i))
        {
            return Err("labels do not match the QDC v7 taxonomy".into());
        }
        if self.sentiment_bias.len() != 3 || self.sentiment_labels.len() != 3 {
            return Err(format!(
                "{} sentiment labels and {} biases, expected 3 of each",
                self.sentiment_labels.len(),
                self.sentiment_bias.len()
            ));
        }
        let numbers = self
            .themes
            .iter()
            .flat_map(|h| [h.bias, h.threshold, h.platt.a, h.platt.b])
            .chain(self.sentiment_bias.iter().copied())
            .chain(self.top_floor)
            .chain(self.empty_bias)
            .chain(self.empty_cut)
            .chain(self.rule_second.iter().map(|r| r.margin))
            .chain(
                self.rule_second
                    .iter()
                    .flat_map(|r| r.scores.iter().flatten().copied()),
            );
        if self
            .rule_second
            .as_ref()
            .is_some_and(|r| r.scores.len() != N_LABELS)
        {
            return Err("the runner-up rule does not score every label".into());
        }
        if numbers.into_iter().any(|x| !x.is_finite()) {
            return Err("a bias, threshold or calibration value is not a finite number".into());
        }
        Ok(())
    }
}

/// A trained QDC v7 theme and sentiment model. Send + Sync: share one across threads.
#[derive(Debug, Clone)]
pub struct ThemeModel {
    manifest: ModelManifest,
    analyzer: Analyzer,
    rules: KeywordRules,
    features: FeatureSpace,
    heads: Heads,
    weights: QuantizedMatrix,
    scoring: Scoring,
    /// Thresholds and floor as a [`Calibration`], built once (deciding allocates nothing).
    decision: Calibration,
    /// Whether scoring takes the dense block apart from the sparse row (it can when the
    /// block lies in the scoring layout's tail, as it always does in practice).
    dense_apart: bool,
}

impl ThemeModel {
    /// Trains on gold examples (real answers only) with the given analyzer and rules.
    /// `name` and `provenance` go into the manifest.
    pub fn train(
        examples: &[Example],
        params: &TrainParams,
        analyzer: Analyzer,
        rules: KeywordRules,
        name: &str,
        provenance: TrainingProvenance,
    ) -> Result<ThemeModel, TrainError> {
        let refs: Vec<&Example> = examples.iter().collect();
        let trained = train(&refs, params, &rules)?;
        let fitted = trained.fitted;
        let n_features = fitted.features.n_features();
        let mut matrix = vec![0f32; n_features * N_OUTPUTS];
        for (label, model) in fitted.themes.iter().enumerate() {
            for (f, &w) in model.weights.iter().enumerate() {
                matrix[f * N_OUTPUTS + label] = w;
            }
        }
        for (k, weights) in fitted.sentiment.weights.iter().enumerate() {
            for (f, &w) in weights.iter().enumerate() {
                matrix[f * N_OUTPUTS + N_LABELS + k] = w;
            }
        }
        if let Some(empty) = &fitted.empty {
            for (f, &w) in empty.weights.iter().enumerate() {
                matrix[f * N_OUTPUTS + EMPTY_OUTPUT] = w;
            }
        }
        let weights = QuantizedMatrix::quantize(n_features, N_OUTPUTS, &matrix);
        let Calibration {
            platt,
            thresholds,
            top_floor,
            empty_cut,
            rule_scores,
        } = trained.calibration;
        let heads = Heads {
            themes: (0..N_LABELS)
                .map(|l| ThemeHead {
                    label: taxonomy::label_name(l).to_string(),
                    bias: fitted.themes[l].bias,
                    platt: platt[l],
                    threshold: thresholds[l],
                    rule_score: rule_scores.rare.get(l).copied().flatten(),
                    rule_score_alone: rule_scores.alone.get(l).copied().flatten(),
                })
                .collect(),
            sentiment_labels: SentimentLabel::ALL.to_vec(),
            sentiment_bias: fitted.sentiment.bias.clone(),
            top_floor,
            empty_bias: fitted.empty.as_ref().map(|e| e.bias),
            empty_cut,
            rule_score_agree: rule_scores.agree,
            rule_second: rule_scores.second,
        };
        let sentiment_rows = examples.iter().filter(|e| e.sentiment.is_some()).count();
        let manifest = ModelManifest {
            name: name.to_string(),
            version: MODEL_VERSION.to_string(),
            framework: "QDC v7".to_string(),
            created: crate::model::manifest::now_utc(),
            tool_version: env!("CARGO_PKG_VERSION").to_string(),
            seed: params.seed,
            training: TrainingProvenance {
                theme_rows: examples.len(),
                sentiment_rows,
                ..provenance
            },
            parameters: serde_json::to_value(params).unwrap_or(serde_json::Value::Null),
            cross_validation: None,
            embeddings: fitted.features.embeddings().map(|t| t.provenance()),
            files: FILES
                .iter()
                .copied()
                .chain(fitted.features.embeddings().map(|_| EMBEDDINGS_FILE))
                .map(String::from)
                .collect(),
            checksums: Default::default(),
        };
        Ok(ThemeModel::assemble(
            manifest,
            analyzer,
            rules,
            fitted.features,
            heads,
            weights,
        ))
    }

    /// The manifest: name, version, framework (`QDC v7`), provenance, parameters.
    pub fn manifest(&self) -> &ModelManifest {
        &self.manifest
    }

    /// Records cross-validated figures in the manifest (before saving).
    pub fn set_cross_validation(&mut self, figures: serde_json::Value) {
        self.manifest.cross_validation = Some(figures);
    }

    /// The analyzer the model was trained with (from `tokenizer.json` + `stop_words.txt`).
    pub fn analyzer(&self) -> &Analyzer {
        &self.analyzer
    }

    /// Writes the model folder (each file atomically), the manifest last with the
    /// sha256 of every other file, so a damaged or edited file is found at load.
    pub fn save(&self, dir: &Path) -> Result<(), ModelError> {
        let mut stop = self.analyzer.stop_words().sorted().join("\n");
        stop.push('\n');
        let mut files: Vec<(&str, Vec<u8>)> = vec![
            (
                "tokenizer.json",
                self.analyzer.tokenizer_json().into_bytes(),
            ),
            ("stop_words.txt", stop.into_bytes()),
            ("keyword_rules.toml", self.rules.to_toml().into_bytes()),
            (
                "features.json",
                json_bytes(&dir.join("features.json"), &self.features)?,
            ),
            (
                "heads.json",
                json_bytes(&dir.join("heads.json"), &self.heads)?,
            ),
            ("weights.bin", self.weights.to_bytes()),
        ];
        if let Some(table) = self.features.embeddings() {
            files.push((EMBEDDINGS_FILE, table.bytes().to_vec()));
        }
        let mut manifest = self.manifest.clone();
        for (name, bytes) in &files {
            write_atomic(&dir.join(name), bytes)?;
            manifest
                .checksums
                .insert((*name).to_string(), sha256_hex(bytes));
        }
        write_json(&dir.join("manifest.json"), &manifest)
    }

    /// Loads a model folder written by [`ThemeModel::save`], checking it first: every
    /// file's sha256 against the manifest, the format version, and the sizes of every
    /// table against each other and the weights. Any damage is a [`ModelError`] that
    /// names the file and says what to do, never a panic.
    pub fn load(dir: &Path) -> Result<ThemeModel, ModelError> {
        if !dir.is_dir() {
            return Err(ModelError::NoFolder {
                path: dir.to_path_buf(),
            });
        }
        let manifest: ModelManifest = read_json(&dir.join("manifest.json"))?;
        let format = |file: &str, message: String| ModelError::Format {
            path: dir.join(file),
            message,
        };
        if manifest.version != MODEL_VERSION {
            return Err(format(
                "manifest.json",
                format!(
                    "model format version {:?}, but this tool reads version {MODEL_VERSION:?}",
                    manifest.version
                ),
            ));
        }
        if !manifest.parameters.is_null() {
            TrainParams::deserialize(&manifest.parameters).map_err(|e| {
                let e = e.to_string();
                let hint = if e.contains("unknown field") {
                    ": the model was trained by a newer feedback-themes; run it with that \
                     version, or retrain the model with this one (`feedback-themes train`)"
                } else {
                    ""
                };
                format(
                    "manifest.json",
                    format!("its training parameters do not parse ({e}){hint}"),
                )
            })?;
        }
        let verified = |file: &str| -> Result<Vec<u8>, ModelError> {
            let bytes = read_bytes(&dir.join(file))?;
            match manifest.checksums.get(file) {
                None => Err(format(
                    "manifest.json",
                    format!("no checksum recorded for {file} (written by an older version)"),
                )),
                Some(sum) if *sum != sha256_hex(&bytes) => Err(format(
                    file,
                    "its sha256 does not match the manifest: the file is damaged or was edited"
                        .into(),
                )),
                Some(_) => Ok(bytes),
            }
        };
        let text = |file: &str| -> Result<String, ModelError> {
            String::from_utf8(verified(file)?).map_err(|_| format(file, "not UTF-8 text".into()))
        };
        let json_error = |file: &str| {
            let path = dir.join(file);
            move |source| ModelError::Json { path, source }
        };
        let config = TokenizerConfig::from_json(&text("tokenizer.json")?)
            .map_err(|e| format("tokenizer.json", e.to_string()))?;
        let stop_words = StopWords::parse(&text("stop_words.txt")?);
        let rules = KeywordRules::from_toml(&text("keyword_rules.toml")?)
            .map_err(|e| format("keyword_rules.toml", e.to_string()))?;
        let mut features: FeatureSpace = serde_json::from_slice(&verified("features.json")?)
            .map_err(json_error("features.json"))?;
        features
            .params()
            .check()
            .map_err(|e| format("features.json", e.to_string()))?;
        features
            .check_sizes()
            .map_err(|message| format("features.json", message))?;
        features.index_buckets();
        let table = if features.params().uses_embeddings() {
            let bytes = verified(EMBEDDINGS_FILE)?;
            Some(Arc::new(EmbeddingTable::from_bytes(
                bytes,
                &dir.join(EMBEDDINGS_FILE),
            )?))
        } else {
            None
        };
        features
            .set_embeddings(table)
            .map_err(|message| format("features.json", message))?;
        let heads: Heads =
            serde_json::from_slice(&verified("heads.json")?).map_err(json_error("heads.json"))?;
        heads
            .check()
            .map_err(|message| format("heads.json", message))?;
        let weights_path = dir.join("weights.bin");
        let weights = QuantizedMatrix::from_bytes(&verified("weights.bin")?, &weights_path)?;
        if weights.rows() != features.n_features() || weights.cols() != N_OUTPUTS {
            return Err(format(
                "weights.bin",
                format!(
                    "{}×{} weights do not fit {} features × {N_OUTPUTS} outputs",
                    weights.rows(),
                    weights.cols(),
                    features.n_features()
                ),
            ));
        }
        Ok(ThemeModel::assemble(
            manifest,
            Analyzer::new(config, stop_words),
            rules,
            features,
            heads,
            weights,
        ))
    }

    /// The model from its parts, with the scoring layout derived from the weights.
    fn assemble(
        manifest: ModelManifest,
        analyzer: Analyzer,
        rules: KeywordRules,
        features: FeatureSpace,
        heads: Heads,
        weights: QuantizedMatrix,
    ) -> ThemeModel {
        let scoring = Scoring::new(&weights, features.n_theme_features());
        let dense_apart = features
            .dense_start()
            .is_some_and(|start| start >= scoring.split());
        let decision = Calibration {
            platt: Vec::new(),
            thresholds: heads.themes.iter().map(|h| h.threshold).collect(),
            top_floor: heads.top_floor,
            empty_cut: heads.empty_cut,
            rule_scores: Default::default(),
        };
        ThemeModel {
            manifest,
            analyzer,
            rules,
            features,
            heads,
            weights,
            scoring,
            decision,
            dense_apart,
        }
    }

    /// Tokenizes texts the way this model expects (in parallel, in order).
    pub fn tokenize(&self, texts: &[&str]) -> Vec<Tokens> {
        tokenize(&self.analyzer, texts)
    }

    /// Raw outputs for one tokenized comment: 32 theme probabilities, 3 sentiment
    /// probabilities (positive, neutral, negative) and, if the model has that head, the
    /// probability that no v7 label fits.
    pub fn probabilities(
        &self,
        tokens: &Tokens,
        context: Context,
    ) -> ([f32; N_LABELS], [f32; 3], Option<f32>) {
        let (themes, sentiment, empty, _) = self.outputs(tokens, context);
        (themes, sentiment, empty)
    }

    /// [`ThemeModel::probabilities`] and the labels whose keyword rules fired.
    fn outputs(
        &self,
        tokens: &Tokens,
        context: Context,
    ) -> ([f32; N_LABELS], [f32; 3], Option<f32>, LabelSet) {
        let any_rule_score = self
            .heads
            .themes
            .iter()
            .any(|h| h.rule_score.is_some() || h.rule_score_alone.is_some())
            || self.heads.rule_score_agree.is_some()
            || self.heads.rule_second.is_some();
        let mut scores = [0f32; N_OUTPUTS];
        let score =
            |row: &[(u32, f32)], dense: Option<DenseBlock>, scores: &mut [f32; N_OUTPUTS]| {
                if self.dense_apart {
                    self.scoring.score_with_dense(row, dense, scores)
                } else {
                    self.scoring.score(row, scores)
                }
            };
        let hits = if self.features.params().rules || any_rule_score {
            // The rules are matched while the row is built (one memo look-up per word
            // for both); the row only shows them when the features have rule columns.
            self.features.with_row_finding_rules(
                tokens,
                &self.rules,
                context,
                self.dense_apart,
                |row, dense, hits| {
                    score(row, dense, &mut scores);
                    hits
                },
            )
        } else {
            if self.dense_apart {
                (self.features).with_row_and_dense(
                    tokens,
                    LabelSet::EMPTY,
                    context,
                    |row, dense| score(row, dense, &mut scores),
                );
            } else {
                (self.features).with_row(tokens, LabelSet::EMPTY, context, |row| {
                    score(row, None, &mut scores)
                });
            }
            LabelSet::EMPTY
        };
        let mut themes = [0f32; N_LABELS];
        for (l, head) in self.heads.themes.iter().enumerate() {
            themes[l] = head.platt.probability(scores[l] + head.bias);
        }
        let mut sentiment = [0f32; 3];
        for k in 0..3 {
            sentiment[k] = scores[N_LABELS + k] + self.heads.sentiment_bias[k];
        }
        softmax_in_place(&mut sentiment);
        let empty = self
            .heads
            .empty_bias
            .map(|bias| sigmoid(scores[EMPTY_OUTPUT] + bias));
        (themes, sentiment, empty, hits)
    }

    /// Predicts one tokenized comment. Non-answers and comments with no words get
    /// `Labelling not possible` by rule.
    pub fn predict_tokens(
        &self,
        tokens: &Tokens,
        context: Context,
        non_answer: bool,
    ) -> Prediction {
        let (probs, sentiment_probs, empty, hits) = self.outputs(tokens, context);
        let best = (0..3)
            .max_by(|&a, &b| {
                sentiment_probs[a]
                    .total_cmp(&sentiment_probs[b])
                    .then(b.cmp(&a))
            })
            .unwrap_or(1);
        let sentiment = SentimentPrediction {
            label: self.heads.sentiment_labels[best],
            score: sentiment_probs[best],
        };
        let lnp = taxonomy::labelling_not_possible_index();
        let mut themes: Vec<ThemeAssignment> = if non_answer || tokens.words.is_empty() {
            vec![assignment(lnp, 1.0, LabelSource::Rule)]
        } else {
            let chosen = self.decide(&probs, empty);
            let by_rule = hits.iter().filter_map(|l| {
                let head = &self.heads.themes[l];
                let score = if chosen.is_empty() {
                    head.rule_score.or(head.rule_score_alone)
                } else {
                    head.rule_score
                }?;
                (!chosen.contains(l)).then(|| assignment(l, score, LabelSource::Rule))
            });
            let mut themes: Vec<ThemeAssignment> = chosen
                .iter()
                .map(|l| assignment(l, probs[l], LabelSource::Model))
                .chain(by_rule)
                .collect();
            if let Some(score) = self.heads.rule_score_agree.filter(|_| chosen.is_empty()) {
                let best = best_label(&probs);
                let name = taxonomy::label_name(best);
                if best != lnp && hits.contains(best) && themes.iter().all(|t| t.label != name) {
                    themes.push(assignment(best, score, LabelSource::Rule));
                }
            }
            if let Some(rule) = &self.heads.rule_second {
                let thresholds = &self.decision.thresholds;
                let second = runner_up(&probs, thresholds, chosen, hits, rule.margin, rule.wide);
                if let Some((l, score)) = second.and_then(|l| Some((l, rule.scores[l]?))) {
                    let name = taxonomy::label_name(l);
                    if themes.iter().all(|t| t.label != name) {
                        themes.push(assignment(l, score, LabelSource::Rule));
                    }
                }
            }
            if themes.is_empty() && form_talk::talks_about_the_form(&tokens.words) {
                themes.push(assignment(lnp, FORM_TALK_SCORE, LabelSource::Rule));
            }
            themes
        };
        themes.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.label.cmp(&b.label))
        });
        Prediction { themes, sentiment }
    }

    /// The label set chosen from per-label probabilities (the "no label fits" cut,
    /// thresholds, then the floor).
    fn decide(&self, probs: &[f32; N_LABELS], empty: Option<f32>) -> LabelSet {
        self.decision.decide(probs, empty)
    }

    /// Predicts one comment.
    pub fn predict(&self, input: &ClassifyInput) -> Prediction {
        let tokens = self
            .tokenize(&[input.text.as_str()])
            .pop()
            .unwrap_or_default();
        self.predict_tokens(&tokens, context_of(input), input.non_answer)
    }

    /// Predicts many comments in parallel; results are in input order.
    pub fn predict_batch(&self, inputs: &[ClassifyInput]) -> Vec<Prediction> {
        let texts: Vec<&str> = inputs.iter().map(|i| i.text.as_str()).collect();
        let tokens = self.tokenize(&texts);
        inputs
            .par_iter()
            .zip(tokens.par_iter())
            .map(|(input, tokens)| self.predict_tokens(tokens, context_of(input), input.non_answer))
            .collect()
    }
}

fn context_of<'a>(input: &ClassifyInput<'a>) -> Context<'a> {
    Context {
        question_type: input.question_type,
        rating: input.rating,
        site: input.site,
    }
}

fn assignment(label: usize, score: f32, source: LabelSource) -> ThemeAssignment {
    ThemeAssignment::named(taxonomy::label_name(label), score, source)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::QuestionType;
    use crate::redact::RedactedText;

    const TIMELY: &str = "Timeliness of care";
    const FOOD: &str = "Food & drink provision & facilities";

    /// 120 synthetic comments: waiting talk ⇒ Timeliness, meal talk ⇒ Food; rating
    /// decides sentiment.
    fn synthetic() -> Vec<Example> {
        let analyzer = Analyzer::english();
        let waits = [
            "we waited hours for the ambulance",
            "long wait to be seen",
            "the wait was far too long",
        ];
        let meals = [
            "the food was cold",
            "lovely meals and hot drinks",
            "menu had no vegetarian food",
        ];
        let fillers = ["on tuesday", "again", "this time", "sadly", "as usual"];
        let mut texts = Vec::new();
        let mut gold = Vec::new();
        for i in 0..120 {
            let (text, label) = if i % 2 == 0 {
                (waits[i % 3], TIMELY)
            } else {
                (meals[i % 3], FOOD)
            };
            texts.push(format!("{text} {}", fillers[i % 5]));
            gold.push((label, if i % 4 < 2 { 1 } else { 5 }));
        }
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        tokenize(&analyzer, &refs)
            .into_iter()
            .zip(gold)
            .zip(&texts)
            .map(|((tokens, (label, rating)), text)| Example {
                tokens,
                question_type: QuestionType::Nonspecific,
                rating: Some(rating),
                site: None,
                labels: LabelSet::single(taxonomy::label_index(label).unwrap()),
                sentiment: Some(if rating == 1 {
                    SentimentLabel::Positive
                } else {
                    SentimentLabel::Negative
                }),
                fold_key: crate::classify::folds::fold_key(text),
                hand_written: false,
            })
            .collect()
    }

    /// A model trained on [`synthetic`] comments, with a word-embedding table when one
    /// is given (sentiment's dense block on) and without one otherwise.
    fn trained_on_synthetic(table: Option<EmbeddingTable>) -> ThemeModel {
        let weight = if table.is_some() { 1.0 } else { 0.0 };
        trained_with_weights(table, weight, 0.0)
    }

    /// A model trained on [`synthetic`] comments with the given weights of sentiment's
    /// and the themes' dense blocks (a table is needed if either is above 0).
    fn trained_with_weights(
        table: Option<EmbeddingTable>,
        weight_embeddings: f32,
        weight_theme_embeddings: f32,
    ) -> ThemeModel {
        let provenance = TrainingProvenance {
            file: "synthetic".into(),
            sha256: String::new(),
            rows: 120,
            theme_rows: 0,
            sentiment_rows: 0,
            seed_examples: None,
        };
        let params = TrainParams {
            features: crate::classify::features::FeatureParams {
                char_max_buckets: 2_000,
                weight_embeddings,
                weight_theme_embeddings,
                ..Default::default()
            },
            embeddings: table.map(Arc::new),
            ..TrainParams::default()
        };
        ThemeModel::train(
            &synthetic(),
            &params,
            Analyzer::english(),
            KeywordRules::default_rules(),
            "t",
            provenance,
        )
        .unwrap()
    }

    fn trained() -> ThemeModel {
        trained_on_synthetic(None)
    }

    fn input(text: &RedactedText, rating: u8, non_answer: bool) -> ClassifyInput<'_> {
        ClassifyInput {
            text,
            question_type: QuestionType::Nonspecific,
            rating: Some(rating),
            site: None,
            non_answer,
        }
    }

    #[test]
    fn learns_the_obvious_and_rules_non_answers() {
        let model = trained();
        let wait = RedactedText::assume_redacted("Waited hours, far too long");
        let p = model.predict(&input(&wait, 5, false));
        assert_eq!(
            p.themes.first().map(|t| t.label.as_str()),
            Some(TIMELY),
            "{:?}",
            p.themes
        );
        assert!(p.themes.iter().all(|t| t.label != FOOD));
        assert_eq!(p.themes[0].source, LabelSource::Model);
        assert_eq!(p.sentiment.label, SentimentLabel::Negative);
        let food = RedactedText::assume_redacted("the meals were cold");
        let p = model.predict(&input(&food, 1, false));
        assert_eq!(
            p.themes.first().map(|t| t.label.as_str()),
            Some(FOOD),
            "{:?}",
            p.themes
        );
        assert_eq!(p.sentiment.label, SentimentLabel::Positive);
        let blank = RedactedText::assume_redacted("Did not answer");
        let p = model.predict(&input(&blank, 1, true));
        assert_eq!(p.themes.len(), 1);
        assert_eq!(p.themes[0].label, taxonomy::LABELLING_NOT_POSSIBLE);
        assert_eq!(p.themes[0].source, LabelSource::Rule);
        assert_eq!(p.themes[0].major, "General");
    }

    #[test]
    fn a_themeless_answer_about_the_form_is_labelling_not_possible() {
        // The synthetic model themes everything; with thresholds out of reach and no
        // floor it themes nothing, as the real model leaves comments it cannot place.
        let mut model = trained();
        model.decision.thresholds = vec![2.0; N_LABELS];
        model.decision.top_floor = None;
        model.decision.empty_cut = None;
        let form = RedactedText::assume_redacted("ticked the wrong box on the form");
        let p = model.predict(&input(&form, 3, false));
        assert_eq!(p.themes.len(), 1, "{:?}", p.themes);
        assert_eq!(p.themes[0].label, taxonomy::LABELLING_NOT_POSSIBLE);
        assert_eq!(p.themes[0].source, LabelSource::Rule);
        assert_eq!(p.themes[0].score, FORM_TALK_SCORE);
        // Without a form word the same kind of comment stays without a theme, and a
        // comment the model themes keeps its theme though it names the form.
        let plain = RedactedText::assume_redacted("hmm, one of those");
        let p = model.predict(&input(&plain, 3, false));
        assert!(p.themes.is_empty(), "{:?}", p.themes);
        let food = RedactedText::assume_redacted("the meals were cold, see the form");
        let p = trained().predict(&input(&food, 3, false));
        assert!(p.themes.iter().any(|t| t.label == FOOD), "{:?}", p.themes);
        assert!(p
            .themes
            .iter()
            .all(|t| t.label != taxonomy::LABELLING_NOT_POSSIBLE));
    }

    #[test]
    fn save_load_round_trip_gives_identical_predictions() {
        let model = trained();
        let dir = tempfile::tempdir().unwrap();
        model.save(dir.path()).unwrap();
        let loaded = ThemeModel::load(dir.path()).unwrap();
        let unsealed = ModelManifest {
            checksums: Default::default(),
            ..loaded.manifest().clone()
        };
        assert_eq!(
            &unsealed,
            model.manifest(),
            "the same manifest plus checksums"
        );
        assert_eq!(loaded.manifest().framework, "QDC v7");
        let texts: Vec<RedactedText> =
            ["long wait", "cold food and a long wait", "nothing", "", "x"]
                .iter()
                .map(|t| RedactedText::assume_redacted(*t))
                .collect();
        let inputs: Vec<ClassifyInput> = texts.iter().map(|t| input(t, 3, false)).collect();
        assert_eq!(loaded.predict_batch(&inputs), model.predict_batch(&inputs));
        let one: Vec<Prediction> = inputs.iter().map(|i| model.predict(i)).collect();
        assert_eq!(one, model.predict_batch(&inputs), "batch keeps input order");
    }

    #[test]
    fn missing_or_corrupt_files_are_named() {
        let model = trained();
        let dir = tempfile::tempdir().unwrap();
        model.save(dir.path()).unwrap();
        std::fs::write(dir.path().join("heads.json"), "{}").unwrap();
        let err = ThemeModel::load(dir.path()).unwrap_err().to_string();
        assert!(err.contains("heads.json"), "{err}");
        std::fs::remove_file(dir.path().join("weights.bin")).unwrap();
        let empty = tempfile::tempdir().unwrap();
        let err = ThemeModel::load(empty.path()).unwrap_err().to_string();
        assert!(err.contains("manifest.json"), "{err}");
    }

    /// A small word-embedding table for the synthetic comments.
    fn small_table() -> EmbeddingTable {
        let words = ["cold", "food", "long", "lovely", "wait", "waited"];
        let vectors: Vec<f32> = (0..words.len() * 4).map(|i| (i % 7) as f32 - 3.0).collect();
        let bytes = crate::classify::embeddings::table_bytes(&words, 4, &vectors);
        EmbeddingTable::from_bytes(bytes, Path::new("t.bin")).unwrap()
    }

    /// A model trained with a small word-embedding table (dense block on).
    fn trained_with_table() -> ThemeModel {
        trained_on_synthetic(Some(small_table()))
    }

    #[test]
    fn themes_dense_block_alone_keeps_its_table_and_leaves_sentiment_as_it_was() {
        let model = trained_with_weights(Some(small_table()), 0.0, 1.0);
        assert!(model.manifest().files.iter().any(|f| f == EMBEDDINGS_FILE));
        let dir = tempfile::tempdir().unwrap();
        model.save(dir.path()).unwrap();
        let loaded = ThemeModel::load(dir.path()).unwrap();
        let texts: Vec<RedactedText> = ["long wait", "lovely food", "cold", "waited on tuesday"]
            .iter()
            .map(|t| RedactedText::assume_redacted(*t))
            .collect();
        let inputs: Vec<ClassifyInput> = texts.iter().map(|t| input(t, 3, false)).collect();
        let predictions = model.predict_batch(&inputs);
        assert_eq!(loaded.predict_batch(&inputs), predictions);
        assert_eq!(predictions[0].themes[0].label, TIMELY);
        assert_eq!(predictions[1].themes[0].label, FOOD);
        for (a, b) in predictions.iter().zip(trained().predict_batch(&inputs)) {
            assert_eq!(
                a.sentiment, b.sentiment,
                "sentiment does not read the block"
            );
        }
    }

    #[test]
    fn a_model_keeps_its_embedding_table_and_refuses_to_load_without_it() {
        let model = trained_with_table();
        assert!(model.manifest().files.iter().any(|f| f == EMBEDDINGS_FILE));
        let dir = tempfile::tempdir().unwrap();
        model.save(dir.path()).unwrap();
        let loaded = ThemeModel::load(dir.path()).unwrap();
        let texts: Vec<RedactedText> = ["long wait", "lovely food", "cold"]
            .iter()
            .map(|t| RedactedText::assume_redacted(*t))
            .collect();
        let inputs: Vec<ClassifyInput> = texts.iter().map(|t| input(t, 3, false)).collect();
        assert_eq!(loaded.predict_batch(&inputs), model.predict_batch(&inputs));
        let plain = trained();
        for (a, b) in model
            .predict_batch(&inputs)
            .iter()
            .zip(plain.predict_batch(&inputs))
        {
            assert_eq!(a.themes, b.themes, "the dense block is for sentiment only");
        }
        let table = dir.path().join(EMBEDDINGS_FILE);
        let mut bytes = std::fs::read(&table).unwrap();
        bytes.truncate(bytes.len() - 1);
        std::fs::write(&table, &bytes).unwrap();
        let err = ThemeModel::load(dir.path()).unwrap_err().to_string();
        assert!(
            err.contains(EMBEDDINGS_FILE) && err.contains("damaged"),
            "{err}"
        );
        reseal(dir.path(), EMBEDDINGS_FILE);
        let err = ThemeModel::load(dir.path()).unwrap_err().to_string();
        assert!(
            err.contains(EMBEDDINGS_FILE) && err.contains("shorter"),
            "{err}"
        );
        std::fs::remove_file(&table).unwrap();
        let err = ThemeModel::load(dir.path()).unwrap_err().to_string();
        assert!(err.contains(EMBEDDINGS_FILE), "{err}");
    }

    /// Rewrites the manifest's checksum of `file` to match its bytes now (as a folder
    /// edited consistently, or by a buggy writer, would be).
    fn reseal(dir: &Path, file: &str) {
        let path = dir.join("manifest.json");
        let mut manifest: ModelManifest =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let bytes = std::fs::read(dir.join(file)).unwrap();
        manifest
            .checksums
            .insert(file.to_string(), sha256_hex(&bytes));
        std::fs::write(&path, serde_json::to_vec_pretty(&manifest).unwrap()).unwrap();
    }

    /// Loads a folder, catching a panic so the test can say which damage caused it.
    fn load_without_panic(dir: &Path, what: &str) -> Result<ThemeModel, ModelError> {
        std::panic::catch_unwind(|| ThemeModel::load(dir))
            .unwrap_or_else(|_| panic!("loading a model with {what} panicked"))
    }

    #[test]
    fn every_file_truncated_or_corrupted_is_an_error_naming_it() {
        let model = trained();
        let saved = tempfile::tempdir().unwrap();
        model.save(saved.path()).unwrap();
        let manifest = ThemeModel::load(saved.path()).unwrap().manifest().clone();
        assert_eq!(
            manifest.checksums.len(),
            FILES.len() - 1,
            "every other file"
        );
        for file in FILES {
            let original = std::fs::read(saved.path().join(file)).unwrap();
            let mut flipped = original.clone();
            let middle = flipped.len() / 2;
            flipped[middle] ^= 0x20;
            let damages: [(&str, Vec<u8>); 4] = [
                ("truncated to half", original[..original.len() / 2].to_vec()),
                ("emptied", Vec::new()),
                ("one byte changed", flipped),
                ("replaced by garbage", b"\x00\xff garbage {[".to_vec()),
            ];
            for (damage, bytes) in damages {
                let dir = tempfile::tempdir().unwrap();
                for other in FILES {
                    std::fs::copy(saved.path().join(other), dir.path().join(other)).unwrap();
                }
                std::fs::write(dir.path().join(file), &bytes).unwrap();
                let what = format!("{file} {damage}");
                let err = load_without_panic(dir.path(), &what)
                    .err()
                    .unwrap_or_else(|| panic!("{what} was accepted"))
                    .to_string();
                assert!(err.contains(file), "{what}: {err}");
                assert!(err.contains("retrain"), "{what}: {err}");
                // The same damage with the checksum made to match: the content checks
                // must still refuse it or load it, never panic.
                if file != "manifest.json" {
                    reseal(dir.path(), file);
                    let _ = load_without_panic(dir.path(), &format!("{what}, resealed"));
                }
            }
        }
    }

    #[test]
    fn tables_of_the_wrong_size_are_refused_even_with_matching_checksums() {
        let model = trained();
        let dir = tempfile::tempdir().unwrap();
        model.save(dir.path()).unwrap();
        let path = dir.path().join("features.json");
        let mut features: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let idf = features["char_idf"].as_array_mut().unwrap();
        assert!(idf.len() > 1, "the test model has character buckets");
        idf.pop();
        std::fs::write(&path, serde_json::to_vec_pretty(&features).unwrap()).unwrap();
        reseal(dir.path(), "features.json");
        let err = load_without_panic(dir.path(), "a short char_idf")
            .expect_err("a short char_idf is refused")
            .to_string();
        assert!(
            err.contains("features.json") && err.contains("char_idf"),
            "{err}"
        );
    }

    #[test]
    fn a_folder_without_checksums_or_missing_asks_for_a_retrain() {
        let model = trained();
        let dir = tempfile::tempdir().unwrap();
        model.save(dir.path()).unwrap();
        let path = dir.path().join("manifest.json");
        let mut manifest: ModelManifest =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        manifest.checksums.clear();
        std::fs::write(&path, serde_json::to_vec_pretty(&manifest).unwrap()).unwrap();
        let err = ThemeModel::load(dir.path()).unwrap_err().to_string();
        assert!(
            err.contains("no checksum") && err.contains("retrain"),
            "{err}"
        );
        let err = ThemeModel::load(&dir.path().join("nope"))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("not found") && err.contains("--model"),
            "{err}"
        );
    }

    #[test]
    fn an_older_model_version_asks_for_a_retrain() {
        let model = trained();
        let dir = tempfile::tempdir().unwrap();
        model.save(dir.path()).unwrap();
        let path = dir.path().join("manifest.json");
        let manifest = std::fs::read_to_string(&path).unwrap();
        let old = manifest.replace(
            &format!("\"version\": \"{MODEL_VERSION}\""),
            "\"version\": \"1\"",
        );
        assert_ne!(old, manifest, "the manifest names its version");
        std::fs::write(&path, old).unwrap();
        let err = ThemeModel::load(dir.path()).unwrap_err().to_string();
        assert!(err.contains("retrain"), "{err}");
    }

    #[test]
    fn a_model_from_a_newer_version_says_so() {
        let model = trained();
        let dir = tempfile::tempdir().unwrap();
        model.save(dir.path()).unwrap();
        let path = dir.path().join("manifest.json");
        let mut manifest: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let parameters = manifest["parameters"]
            .as_object_mut()
            .expect("the manifest records its training parameters");
        parameters.insert("a_parameter_from_the_future".into(), 1.into());
        std::fs::write(&path, serde_json::to_string_pretty(&manifest).unwrap()).unwrap();
        let err = ThemeModel::load(dir.path()).unwrap_err().to_string();
        assert!(
            err.contains("a_parameter_from_the_future") && err.contains("newer feedback-themes"),
            "{err}"
        );
    }

    #[test]
    fn model_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<ThemeModel>();
    }
}
