//! The `manifest.json` that `retheme` writes: what it read (with hashes), which edits,
//! and what changed. It holds no timings, so it is as repeatable as the other outputs.

use serde::Serialize;

use super::changes::{Changes, NotFound};

/// The framework every label is checked against.
pub const FRAMEWORK: &str = "QDC v7";

/// A file `retheme` read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReadFile {
    /// `tagged` or `clusters`.
    pub role: &'static str,
    /// Path as found.
    pub path: String,
    /// SHA-256 of its bytes.
    pub sha256: String,
}

/// The edits file applied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EditsInfo {
    /// Path as given.
    pub path: String,
    /// SHA-256 of its bytes.
    pub sha256: String,
    /// `[[cluster]]` entries.
    pub clusters: usize,
    /// `[[override]]` entries.
    pub overrides: usize,
}

/// The whole `manifest.json` of a retheme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RethemeManifest {
    /// `feedback-themes`.
    pub tool: &'static str,
    /// The tool's version.
    pub tool_version: &'static str,
    /// `retheme`, so a reader can tell this from `run`'s manifest.
    pub command: &'static str,
    /// The theme framework, `QDC v7`.
    pub framework: &'static str,
    /// The run outputs read.
    pub inputs: Vec<ReadFile>,
    /// The edits applied.
    pub edits: EditsInfo,
    /// What changed.
    pub changes: Changes,
    /// Edit ids that matched nothing.
    pub not_found: NotFound,
    /// Files written next to this one.
    pub outputs: Vec<&'static str>,
}
