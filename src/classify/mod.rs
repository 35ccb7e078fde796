//! Stage 5a: assign QDC v7 themes (multi-label) and a sentiment to each comment.

pub mod prediction;

pub use prediction::{
    LabelSource, Prediction, SentimentLabel, SentimentPrediction, ThemeAssignment,
};
