//! [`ModelManifest`]: what a model is, what it was trained on, and how well it did.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Where a model's training data came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrainingProvenance {
    /// The training file's name (no directories, so no local paths leak).
    pub file: String,
    /// SHA-256 of the training file's bytes.
    pub sha256: String,
    /// Rows read from the file.
    pub rows: usize,
    /// Rows the theme model learned from (real answers).
    pub theme_rows: usize,
    /// Rows the sentiment model learned from (real answers with a gold sentiment).
    pub sentiment_rows: usize,
    /// Hand-written seed examples added to the training rows (`train --seed-examples`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seed_examples: Option<SeedExamples>,
}

/// The seed-example file a model was trained with beside its labelled file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeedExamples {
    /// The file's name (no directories).
    pub file: String,
    /// SHA-256 of its bytes.
    pub sha256: String,
    /// Example rows read from it.
    pub rows: usize,
}

/// The `manifest.json` of a model folder.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModelManifest {
    /// Model name (the folder name by default).
    pub name: String,
    /// Model format version; bumped when files change meaning.
    pub version: String,
    /// The label framework: `QDC v7`.
    pub framework: String,
    /// UTC creation time, `YYYY-MM-DDTHH:MM:SSZ`.
    pub created: String,
    /// The version of feedback-themes that trained it.
    pub tool_version: String,
    /// The seed the training used.
    pub seed: u64,
    /// Training data provenance.
    pub training: TrainingProvenance,
    /// Every training hyper-parameter.
    pub parameters: serde_json::Value,
    /// Cross-validated figures measured when it was trained, if any.
    pub cross_validation: Option<serde_json::Value>,
    /// The files of the folder.
    pub files: Vec<String>,
    /// Lower-case hex SHA-256 of every other file of the folder, by file name,
    /// recorded when the model was saved and checked when it is loaded. Empty in a
    /// folder written before checksums existed (such a folder must be retrained).
    #[serde(default)]
    pub checksums: BTreeMap<String, String>,
    /// Where the word-embedding table (`embeddings.bin`) came from, for a model whose
    /// sentiment reads one: the table's sha256 and size, and the `manifest.json` written
    /// beside the table by the distillation script (source package, upstream model,
    /// licence, method).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub embeddings: Option<serde_json::Value>,
}

/// Formats seconds since the Unix epoch as `YYYY-MM-DDTHH:MM:SSZ` (UTC).
pub fn utc_timestamp(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3_600,
        rem % 3_600 / 60,
        rem % 60
    )
}

/// Now, as [`utc_timestamp`]; honours `SOURCE_DATE_EPOCH` for reproducible builds.
pub fn now_utc() -> String {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
        });
    utc_timestamp(secs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_format_known_instants() {
        assert_eq!(utc_timestamp(0), "1970-01-01T00:00:00Z");
        assert_eq!(utc_timestamp(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(utc_timestamp(1_700_000_000), "2023-11-14T22:13:20Z");
    }
}
