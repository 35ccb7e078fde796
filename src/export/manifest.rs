//! `manifest.json`: what was run, on what, with which model, and how the rows add up.

use serde::Serialize;

use crate::cluster::FitScope;
use crate::ingest::date_orders::DateOrderGroup;
use crate::ingest::InputFileInfo;

/// One input file in the manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ManifestInput {
    /// Path as given.
    pub path: String,
    /// SHA-256 of the file's bytes.
    pub sha256: String,
    /// Data rows read from it.
    pub rows_read: u64,
    /// Which order its numeric dates were read in, per organisation, and why (the
    /// counts of unambiguous evidence); absent when it has no dates.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub date_orders: Vec<DateOrderGroup>,
}

impl From<&InputFileInfo> for ManifestInput {
    fn from(f: &InputFileInfo) -> Self {
        ManifestInput {
            path: f.path.clone(),
            sha256: f.sha256.clone(),
            rows_read: f.rows_read,
            date_orders: f.date_orders.clone(),
        }
    }
}

/// Row accounting: `read == tagged + quarantined`, always.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RowCounts {
    /// Data rows read from all inputs.
    pub read: u64,
    /// Rows written to the tagged outputs.
    pub tagged: u64,
    /// Rows written to `quarantine.csv`.
    pub quarantined: u64,
    /// Tagged rows flagged as non-answers or blank.
    pub non_answers: u64,
    /// Tagged rows flagged as duplicates.
    pub duplicates: u64,
}

/// The model used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ManifestModel {
    /// Model folder.
    pub path: String,
    /// Model name.
    pub name: String,
    /// Model version.
    pub version: String,
}

/// Wall time of one stage, in milliseconds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StageTiming {
    /// Stage name.
    pub stage: &'static str,
    /// Milliseconds.
    pub millis: u64,
}

/// The whole `manifest.json`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Manifest {
    /// `feedback-themes`.
    pub tool: &'static str,
    /// The tool's version.
    pub tool_version: &'static str,
    /// The theme framework, `QDC v7`.
    pub framework: String,
    /// Inputs, in command-line order.
    pub inputs: Vec<ManifestInput>,
    /// Row accounting.
    pub rows: RowCounts,
    /// The model used.
    pub model: ManifestModel,
    /// Seed for clustering.
    pub seed: u64,
    /// Clusters (k-means, brief bucket excluded).
    pub clusters: usize,
    /// Rows k-means was fitted on (a seeded sample when the run is large) and rows
    /// then assigned to the fitted clusters.
    pub cluster_fit: FitScope,
    /// Per-stage wall times. Not deterministic; every other file is.
    pub timings: Vec<StageTiming>,
    /// Files written next to this one.
    pub outputs: Vec<&'static str>,
}
