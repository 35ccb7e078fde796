//! Stage 1: read CSV and JSON Lines exports into [`Record`]s, setting bad rows aside.
//!
//! Columns are found by name (with overrides), bytes are decoded as UTF-8 with a
//! Windows-1252 fallback, and every data row ends up either as a [`Record`] or as a
//! [`QuarantinedRow`] with its file, line and reason: nothing is lost.

pub mod raw_text;
pub mod record;

pub use raw_text::RawText;
pub use record::{IngestOutput, InputFileInfo, QuarantinedRow, Record};
