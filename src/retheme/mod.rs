//! Re-theming a finished run with an analyst's edits, without refitting anything.
//!
//! - [`edits`]: the human-edited TOML file, checked with line and column in every error.
//! - [`label_names`]: exact QDC v7 names, and the nearest one for a typo.

pub mod edits;
pub mod label_names;

pub use edits::{ClusterEdit, CommentOverride, Edits, EditsError, EditsFile, OverrideChange};
