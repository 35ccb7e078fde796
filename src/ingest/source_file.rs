//! [`SourceFile`]: the facts about one input file that its reader needs.

use std::path::Path;

use super::columns::Field;
use super::date_orders::DateOrders;
use super::error::{describe_columns, IngestError};
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
    /// How its numeric dates are read (chosen by a first pass, or forced).
    pub dates: &'a DateOrders,
}

impl<'a> SourceFile<'a> {
    /// Where a row starting at `line` in this file is.
    pub fn place(&self, line: u64) -> RowPlace<'a> {
        RowPlace {
            source: self.source,
            line,
            stem: self.stem,
            dates: self.dates,
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

    /// The error for a file that holds no data rows; `what` says what was found.
    pub fn empty(&self, what: &'static str) -> IngestError {
        IngestError::EmptyFile {
            path: self.path.to_path_buf(),
            what,
        }
    }

    /// The error for a `field` found in no column, given the column names that were
    /// found, or `None` when the field may be absent (it is optional and no option
    /// named its column). Shared by the CSV and JSON Lines readers so both say the
    /// same thing.
    pub fn missing_field(&self, field: Field, found: &[String]) -> Option<IngestError> {
        match (field, self.opts.column_override(field)) {
            (_, Some(name)) => Some(IngestError::MissingColumn {
                path: self.path.to_path_buf(),
                flag: field.flag(),
                name: name.to_string(),
                found: describe_columns(found),
            }),
            (Field::Text, None) => Some(self.missing_text(found)),
            _ => None,
        }
    }

    /// The error for a `--meta-col` column that is not in the file.
    pub fn missing_meta_col(&self, name: &str, found: &[String]) -> IngestError {
        IngestError::MissingColumn {
            path: self.path.to_path_buf(),
            flag: "--meta-col",
            name: name.to_string(),
            found: describe_columns(found),
        }
    }

    /// The error for a file whose text column is not found: the named one (with the
    /// option that named it) or, without an option, any of the usual names.
    pub fn text_not_found(&self, found: &[String]) -> IngestError {
        self.missing_field(Field::Text, found)
            .unwrap_or_else(|| self.missing_text(found))
    }

    /// The error for a file with no comment text column, given the names found.
    pub fn missing_text(&self, found: &[String]) -> IngestError {
        IngestError::MissingTextColumn {
            path: self.path.to_path_buf(),
            found: describe_columns(found),
        }
    }
}

/// What a reader test gets back: records, quarantined rows, rows read.
#[cfg(test)]
pub(crate) type ReadOutcome = (Vec<super::Record>, Vec<QuarantinedRow>, u64);

/// Runs a reader over test bytes as file `t.<extension>` (stem `t`), collecting its
/// output; shared by the CSV and JSON Lines reader tests.
#[cfg(test)]
pub(crate) fn read_test_file(
    extension: &str,
    source: u32,
    opts: &IngestOptions,
    read: impl FnOnce(SourceFile<'_>, &mut dyn FnMut(super::record::Row)) -> Result<u64, IngestError>,
) -> Result<ReadOutcome, IngestError> {
    let path = std::path::PathBuf::from(format!("t.{extension}"));
    let dates = DateOrders::forced(opts.date_order.unwrap_or_default());
    let file = SourceFile {
        path: &path,
        source,
        stem: "t",
        opts,
        dates: &dates,
    };
    let mut chunk = super::record::IngestChunk::default();
    let rows = read(file, &mut |row| chunk.push(row))?;
    Ok((chunk.records, chunk.quarantined, rows))
}
