//! Scoring against human labels: theme metrics and PII leak rate.

pub mod pii;
