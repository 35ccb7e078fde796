//! # feedback-themes
//!
//! Turns raw free-text patient feedback (Friends and Family Test answers, surveys,
//! complaints) into a redacted, themed, clustered dataset that can be shared.
//!
//! ```text
//! input files ─▶ ingest ─▶ clean ─▶ redact ─▶ text ─▶ vectorize ─┬─▶ classify ─┬─▶ export
//!  (csv/jsonl)    rows      fix        PII      tokens   sparse     ├─▶ cluster  ─┤
//!                 + bad rows ─▶ quarantine                          └─▶ sentiment ┘
//! ```
//!
//! - [`ingest`] reads CSV / JSON Lines into [`ingest::Record`]s holding [`ingest::RawText`];
//!   unusable rows become [`ingest::QuarantinedRow`]s with file, line and reason.
//! - [`clean`] repairs mojibake and entities, normalises Unicode and white space, and
//!   flags non-answers and duplicates.
//! - [`redact`] turns `RawText` into [`redact::RedactedText`]; nothing after it can see
//!   raw text.
//! - [`text`] and [`vectorize`] make terms and sparse TF-IDF rows.
//! - [`classify`] assigns QDC v7 themes and sentiment; [`cluster`] groups comments.
//! - [`export`] writes every output under a temporary name and renames it into place,
//!   and reads a written `tagged.jsonl` back.
//! - [`retheme`] applies an analyst's edits file (cluster names, cluster → theme mappings,
//!   per-comment overrides) to a finished run without refitting anything, and lists its
//!   clusters for the analyst.
//! - [`report`] renders one self-contained HTML page (inline SVG charts, tables, quotes)
//!   from counts already suppressed and text already redacted.
//!
//! - [`hub`] loads run outputs into a SQLite database that accumulates nights;
//!   [`insight`] asks it for breakdowns (with small-number suppression) and alerts.
//!
//! Data moves forward only: a stage uses the types of the stages before it, never after.

#![warn(missing_docs)]

pub mod atomic_file;
pub mod build_provenance;
pub mod classify;
pub mod clean;
pub mod cluster;
pub mod config;
pub mod csv_escape;
pub mod decimal4;
pub mod error_text;
pub mod eval;
pub mod export;
pub mod fast_hash;
pub mod hub;
pub mod ingest;
pub mod insight;
pub mod interrupt;
pub mod model;
pub mod pipeline;
pub mod progress;
pub mod redact;
pub mod report;
pub mod retheme;
pub mod source_digest;
pub mod text;
pub mod unchanged_inputs;
pub mod vectorize;
