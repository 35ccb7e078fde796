//! `quarantine.csv`: every row that could not be used, with where it was and why.

use std::path::Path;

use crate::atomic_file::{AtomicFile, WriteError};
use crate::csv_escape::CsvEscape;
use crate::ingest::{InputFileInfo, QuarantinedRow};

/// Columns of `quarantine.csv`.
pub const QUARANTINE_HEADER: [&str; 5] = ["file", "line", "column", "id", "reason"];

/// Writes `quarantine.csv` atomically (a header only when nothing was set aside); ids
/// and file names go through `escape` (see [`crate::csv_escape`]).
pub fn write_quarantine(
    path: &Path,
    rows: &[QuarantinedRow],
    files: &[InputFileInfo],
    escape: CsvEscape,
) -> Result<(), WriteError> {
    let mut file = AtomicFile::create(path)?;
    let result = (|| -> std::io::Result<()> {
        let mut csv = csv::Writer::from_writer(file.writer());
        csv.write_record(QUARANTINE_HEADER)?;
        for row in rows {
            let source = files
                .get(row.source as usize)
                .map(|f| f.path.as_str())
                .unwrap_or("?");
            let cells = [
                source,
                &row.line.to_string(),
                &row.column.map(|c| c.to_string()).unwrap_or_default(),
                row.id.as_deref().unwrap_or(""),
                &row.reason,
            ];
            csv.write_record(escape.record(&cells))?;
        }
        csv.flush()
    })();
    result.map_err(|e| file.error(e))?;
    file.commit()
}
