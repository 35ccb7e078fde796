//! [`KMeansParams`]: checked hyper-parameters of spherical k-means.

use serde::{Deserialize, Serialize};

/// Hyper-parameters of [`fit`](super::kmeans::fit), checked once by [`KMeansParams::check`].
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct KMeansParams {
    /// Number of clusters; `None` chooses from the number of rows (see [`default_k`]).
    pub k: Option<usize>,
    /// Most Lloyd iterations.
    pub max_iter: usize,
    /// Seed of the k-means++ initialisation.
    pub seed: u64,
    /// Rows sampled for the k-means++ initialisation.
    pub init_sample: usize,
}

impl Default for KMeansParams {
    fn default() -> Self {
        KMeansParams {
            k: None,
            max_iter: 40,
            seed: 42,
            init_sample: 20_000,
        }
    }
}

/// A hyper-parameter out of range.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KMeansError {
    /// `k` was 0.
    #[error(
        "the number of clusters (--clusters) must be at least 1; leave it out for about √(n/4)"
    )]
    ZeroClusters,
    /// `max_iter` was 0.
    #[error("max_iter must be at least 1")]
    ZeroIterations,
    /// `init_sample` was 0.
    #[error("init_sample must be at least 1")]
    ZeroSample,
}

/// The number of clusters used when none is given: about √(n/4), between 2 and 40.
///
/// FINDINGS.md: silhouette cannot choose k on this text; a fixed k of 30-40 did as well
/// as anything on a few thousand comments, and small inputs need fewer.
pub fn default_k(rows: usize) -> usize {
    ((rows as f64 / 4.0).sqrt().round() as usize).clamp(2, 40)
}

impl KMeansParams {
    /// Checks the hyper-parameters.
    pub fn check(&self) -> Result<(), KMeansError> {
        if self.k == Some(0) {
            return Err(KMeansError::ZeroClusters);
        }
        if self.max_iter == 0 {
            return Err(KMeansError::ZeroIterations);
        }
        if self.init_sample == 0 {
            return Err(KMeansError::ZeroSample);
        }
        Ok(())
    }

    /// The number of clusters for `rows` rows.
    pub fn k_for(&self, rows: usize) -> usize {
        self.k.unwrap_or_else(|| default_k(rows)).min(rows.max(1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_k_grows_slowly_and_is_bounded() {
        assert_eq!(default_k(0), 2);
        assert_eq!(default_k(300), 9);
        assert_eq!(default_k(4000), 32);
        assert_eq!(default_k(1_000_000), 40);
    }

    #[test]
    fn check_rejects_zeroes() {
        let p = KMeansParams {
            k: Some(0),
            ..Default::default()
        };
        assert_eq!(p.check(), Err(KMeansError::ZeroClusters));
        assert!(KMeansParams::default().check().is_ok());
    }

    #[test]
    fn k_never_exceeds_rows() {
        let p = KMeansParams {
            k: Some(10),
            ..Default::default()
        };
        assert_eq!(p.k_for(3), 3);
    }
}
