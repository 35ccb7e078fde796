//! Scoring against human labels: theme metrics, score reliability and PII leak rate.

pub mod clusters;
pub mod metrics;
pub mod reliability;
pub mod themes;

/// Cross-validation folds (shared with training's inner CV).
pub use crate::classify::folds;
pub mod pii;
pub mod pii_false_hits;
