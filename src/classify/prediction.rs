//! What the classify stage says of one comment: themes with scores, and a sentiment.

use serde::{Deserialize, Serialize};

/// Why a label is on a comment, so an analyst can see where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LabelSource {
    /// The trained model scored it above its threshold.
    Model,
    /// A keyword rule or a fixed rule (e.g. non-answers) put it there.
    Rule,
    /// The comment's cluster is mapped to this theme by an analyst.
    Cluster,
    /// An analyst set it on this comment by hand.
    Override,
}

impl ThemeAssignment {
    /// A QDC v7 subcategory with its major category looked up in the taxonomy (empty
    /// for a name the taxonomy does not know), its score and its source.
    pub fn named(label: &str, score: f32, source: LabelSource) -> Self {
        ThemeAssignment {
            label: label.to_string(),
            major: super::taxonomy::major_of(label)
                .unwrap_or_default()
                .to_string(),
            score,
            source,
        }
    }
}

impl LabelSource {
    /// The name used in `tagged.jsonl` and `tagged.csv` (`model`, `rule`, `cluster`,
    /// `override`).
    pub fn name(self) -> &'static str {
        match self {
            LabelSource::Model => "model",
            LabelSource::Rule => "rule",
            LabelSource::Cluster => "cluster",
            LabelSource::Override => "override",
        }
    }
}

/// One QDC v7 subcategory assigned to a comment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ThemeAssignment {
    /// The QDC v7 subcategory name, exactly as in the framework.
    pub label: String,
    /// Its QDC v7 major category.
    pub major: String,
    /// The model's probability-like score in 0..=1.
    pub score: f32,
    /// Where the label came from.
    pub source: LabelSource,
}

/// Three-class sentiment, as the QDC `Comment sentiment` column groups it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SentimentLabel {
    /// Gold 1-2.
    Positive,
    /// Gold 3: neutral or mixed.
    Neutral,
    /// Gold 4-5.
    Negative,
}

impl SentimentLabel {
    /// Every label, in a fixed order.
    pub const ALL: [SentimentLabel; 3] = [
        SentimentLabel::Positive,
        SentimentLabel::Neutral,
        SentimentLabel::Negative,
    ];

    /// The name written in outputs.
    pub fn name(self) -> &'static str {
        match self {
            SentimentLabel::Positive => "positive",
            SentimentLabel::Neutral => "neutral",
            SentimentLabel::Negative => "negative",
        }
    }
}

/// A sentiment with the model's confidence in it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct SentimentPrediction {
    /// The most likely class.
    pub label: SentimentLabel,
    /// Its probability in 0..=1.
    pub score: f32,
}

/// Everything predicted for one comment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Prediction {
    /// Zero or more subcategories, highest score first.
    pub themes: Vec<ThemeAssignment>,
    /// The comment's sentiment.
    pub sentiment: SentimentPrediction,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_names_match_the_json_names() {
        for source in [
            LabelSource::Model,
            LabelSource::Rule,
            LabelSource::Cluster,
            LabelSource::Override,
        ] {
            let json = serde_json::to_string(&source).unwrap();
            assert_eq!(json, format!("\"{}\"", source.name()));
        }
    }
}
