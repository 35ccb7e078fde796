//! Stage 5a: assign QDC v7 themes (multi-label) and a sentiment to each comment.
//!
//! - [`taxonomy`]: the 32 v7 subcategories in 10 majors; [`framework_map`]: v6 → v7.
//! - [`gold`]: reading labelled CSVs; [`rules`]: analyst-editable keyword rules.
//! - [`features`] (+ [`char_ngrams`], [`bucket_index`], [`column_counts`],
//!   [`word_memo`], [`short_str_map`], [`term_columns`]): one sparse row per comment.
//! - [`embeddings`]: a static word-embedding table for the sentiment model's dense block.
//! - [`scoring`]: the weight matrix laid out for fast scoring.
//! - [`linear`], [`dual_cd`], [`calibration`], [`trainer`]: learning; [`theme_model`]: the model the
//!   pipeline calls ([`ThemeModel::predict_batch`]) and its folder.

pub mod bucket_index;
pub mod calibration;
pub mod char_ngrams;
pub mod column_counts;
pub mod dual_cd;
pub mod embeddings;
pub mod features;
pub mod folds;
pub mod form_talk;
pub mod framework_map;
pub mod gold;
pub mod input;
pub mod label_set;
pub mod linear;
pub mod prediction;
pub mod rule_fallback;
pub mod rule_second;
pub mod rules;
pub mod scoring;
pub mod short_str_map;
pub mod taxonomy;
pub mod term_columns;
pub mod theme_model;
pub mod thread_scratch;
pub mod trainer;
pub mod word_memo;

pub use input::ClassifyInput;
pub use label_set::LabelSet;
pub use prediction::{
    LabelSource, Prediction, SentimentLabel, SentimentPrediction, ThemeAssignment,
};
pub use theme_model::ThemeModel;
pub use trainer::TrainParams;
