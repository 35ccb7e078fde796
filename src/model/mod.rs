//! Saving and loading a model folder (`models/<name>/`) with its manifest.
//!
//! This module knows files, not learning: the manifest with provenance, JSON and text
//! files written atomically, and a compact quantised weight matrix. The classify stage
//! decides what goes in them.

pub mod error;
pub mod files;
pub mod manifest;
pub mod quantized;

pub use error::ModelError;
pub use manifest::{ModelManifest, SeedExamples, TrainingProvenance};
pub use quantized::QuantizedMatrix;
