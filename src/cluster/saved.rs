//! Clusters as written to `clusters.json`, and read back to keep ids stable next run.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::mix::{SentimentMix, ThemeShare};
use crate::error_text::without_values;

/// One cluster as saved: id, names, size and centroid (top terms with weights).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedCluster {
    /// Stable id: kept from run to run while the cluster stays recognisably the same.
    pub id: u32,
    /// Label made from the top terms.
    pub label: String,
    /// A name an analyst gave the cluster, carried forward with its id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Comments in the cluster this run.
    #[serde(default)]
    pub size: usize,
    /// Heaviest centroid terms with their weights (for reading).
    pub top_terms: Vec<(String, f32)>,
    /// The whole centroid (terms weighing at least 0.001), what the next run starts from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub centroid: Vec<(String, f32)>,
    /// Ids of the comments nearest the centroid.
    #[serde(default)]
    pub examples: Vec<String>,
    /// The redacted text of those comments, in the same order: the cluster's most
    /// representative comments.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub example_texts: Vec<String>,
    /// The most common themes of its comments.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<ThemeShare>,
    /// Its comments by sentiment.
    #[serde(default)]
    pub sentiment: SentimentMix,
}

/// The whole `clusters.json` document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedClusters {
    /// What the clusters were computed on: `tfidf` (the comments' terms) or
    /// `tfidf+themes` (terms and the classifier's theme scores).
    pub features: String,
    /// Number of k-means clusters (the brief bucket excluded).
    pub k: usize,
    /// Seed used.
    pub seed: u64,
    /// Comments too short to cluster (≤ 1 term), kept in the bucket with id 0.
    pub brief: usize,
    /// Comments not clustered at all (blank and non-answers).
    pub unclustered: usize,
    /// The clusters, by id.
    pub clusters: Vec<SavedCluster>,
}

/// Why a previous `clusters.json` could not be used.
#[derive(Debug, thiserror::Error)]
pub enum SavedClustersError {
    /// The file could not be read.
    #[error("cannot read {path}")]
    Read {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// The file is not a clusters.json written by this tool.
    #[error("{path} is not a clusters.json written by feedback-themes (line {line}, column {column}): {message}")]
    Parse {
        /// The file.
        path: String,
        /// Line of the problem.
        line: usize,
        /// Column of the problem.
        column: usize,
        /// What serde said.
        message: String,
    },
    /// The file parses, but its cluster ids are not ones this tool writes: two clusters
    /// share an id, or an id is so large that the next new cluster's id would overflow.
    #[error("{path}: {problem}; use the clusters.json a run wrote, or delete it to start the ids afresh")]
    Ids {
        /// The file.
        path: String,
        /// Which id is wrong and why (ids only, never text).
        problem: String,
    },
}

/// The largest cluster id a previous `clusters.json` may hold. Ids count up from 1, one
/// per new cluster a run makes, so a real file stays far below this; the bound leaves
/// room for every id the next run may add without overflowing a `u32`.
pub const MAX_SAVED_CLUSTER_ID: u32 = 1 << 30;

impl SavedClusters {
    /// Reads a `clusters.json` written by an earlier run.
    pub fn read(path: &Path) -> Result<Self, SavedClustersError> {
        let text = std::fs::read_to_string(path).map_err(|source| SavedClustersError::Read {
            path: path.display().to_string(),
            source,
        })?;
        Self::parse(&text, path)
    }

    /// Parses the text of a `clusters.json`; `path` names it in errors.
    pub fn parse(text: &str, path: &Path) -> Result<Self, SavedClustersError> {
        let saved: Self = serde_json::from_str(text).map_err(|e| SavedClustersError::Parse {
            path: path.display().to_string(),
            line: e.line(),
            column: e.column(),
            message: without_values(&e.to_string()),
        })?;
        saved
            .check_ids()
            .map_err(|problem| SavedClustersError::Ids {
                path: path.display().to_string(),
                problem,
            })?;
        Ok(saved)
    }

    /// Every id at most [`MAX_SAVED_CLUSTER_ID`] and no two clusters alike; else what is
    /// wrong, by id.
    fn check_ids(&self) -> Result<(), String> {
        let mut seen = std::collections::BTreeSet::new();
        for cluster in &self.clusters {
            if cluster.id > MAX_SAVED_CLUSTER_ID {
                return Err(format!(
                    "cluster id {} is larger than {MAX_SAVED_CLUSTER_ID}, the largest a run can carry forward",
                    cluster.id
                ));
            }
            if !seen.insert(cluster.id) {
                return Err(format!(
                    "cluster id {} is given to two clusters",
                    cluster.id
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_ids(ids: &[u32]) -> String {
        let clusters: Vec<String> = ids
            .iter()
            .map(|id| format!(r#"{{"id":{id},"label":"a b","top_terms":[]}}"#))
            .collect();
        format!(
            r#"{{"features":"tfidf","k":{},"seed":7,"brief":0,"unclustered":0,"clusters":[{}]}}"#,
            ids.len(),
            clusters.join(",")
        )
    }

    #[test]
    fn ids_a_run_writes_are_read() {
        let saved = SavedClusters::parse(
            &with_ids(&[0, 1, 2, MAX_SAVED_CLUSTER_ID]),
            Path::new("c.json"),
        );
        assert_eq!(saved.expect("valid ids").clusters.len(), 4);
    }

    #[test]
    fn an_id_near_the_top_of_u32_is_refused_by_id() {
        let err = SavedClusters::parse(&with_ids(&[1, u32::MAX]), Path::new("c.json"))
            .expect_err("u32::MAX would overflow the next new id");
        let message = err.to_string();
        assert!(
            message.contains("c.json") && message.contains(&u32::MAX.to_string()),
            "{message}"
        );
        assert!(matches!(err, SavedClustersError::Ids { .. }));
    }

    #[test]
    fn a_repeated_id_is_refused() {
        let err = SavedClusters::parse(&with_ids(&[3, 4, 3]), Path::new("c.json"))
            .expect_err("two clusters with id 3");
        assert!(
            err.to_string()
                .contains("cluster id 3 is given to two clusters"),
            "{err}"
        );
    }
}
