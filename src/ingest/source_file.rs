//! [`SourceFile`]: the facts about one input file that its reader needs.

use std::path::Path;

use super::options::IngestOptions;
use super::record::QuarantinedRow;
use super::row_values::RowPlace;

/// One input file being read: its path, its index, its stem and the options.
#[derive(Debug, Clone, Copy)]
pub struct SourceFile<'a> {
    /// The path as given (for error messages).
    pub path: &'a Path,
    /// Index of the file in the order given.
    pub source: u32,
    /// The file name without extension, for fallback ids.
    pub stem: &'a str,
    /// Column overrides and limits.
    pub opts: &'a IngestOptions,
}

impl<'a> SourceFile<'a> {
    /// Where a row starting at `line` in this file is.
    pub fn place(&self, line: u64) -> RowPlace<'a> {
        RowPlace {
            source: self.source,
            line,
            stem: self.stem,
        }
    }

    /// A quarantine entry for the row at `line`.
    pub fn quarantine(
        &self,
        line: u64,
        column: Option<u64>,
        id: Option<String>,
        reason: impl Into<String>,
    ) -> QuarantinedRow {
        QuarantinedRow {
            source: self.source,
            line,
            column,
            id: id
                .filter(|id| !id.trim().is_empty())
                .map(|id| id.trim().to_string()),
            reason: reason.into(),
        }
    }
}
