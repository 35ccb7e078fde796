//! The row types that leave the ingest stage.

use std::collections::BTreeMap;

use super::raw_text::RawText;

/// One usable input row: its place in the input, its id, its (raw) text and metadata.
#[derive(Debug, Clone)]
pub struct Record {
    /// Index of the input file in the order given on the command line.
    pub source: u32,
    /// 1-based line number in that file where the row starts.
    pub line: u64,
    /// The row's id (from the id column, or `<file stem>:<line>` when there is none).
    pub id: String,
    /// The free-text comment, not yet redacted.
    pub text: RawText,
    /// The survey question the comment answers, when known.
    pub question: Option<String>,
    /// The date column, verbatim.
    pub date: Option<String>,
    /// The site / service column, verbatim.
    pub site: Option<String>,
    /// The FFT categorical rating, 1 (very good) .. 5 (very poor); 6/7 = don't know.
    pub rating: Option<u8>,
    /// The date as ISO 8601, parsed at ingest ([`super::dates`]); `None` without a date.
    pub date_iso: Option<String>,
    /// Protected-characteristic and `--meta-col` columns, by canonical name
    /// ([`super::carried`]), blank values left out.
    pub carried: BTreeMap<String, String>,
}

/// A row that could not be used, with where it was and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuarantinedRow {
    /// Index of the input file in the order given on the command line.
    pub source: u32,
    /// 1-based line number in that file where the row starts.
    pub line: u64,
    /// 1-based column (field) number, where the problem is in one field.
    pub column: Option<u64>,
    /// The row's id, when it could be read.
    pub id: Option<String>,
    /// Why the row was set aside; never contains comment text.
    pub reason: String,
}

/// What became of one data row: a usable record or a quarantined row.
#[derive(Debug, Clone)]
pub enum Row {
    /// A usable row.
    Record(Record),
    /// A row set aside, with where and why.
    Quarantined(QuarantinedRow),
}

/// What is known of one input file after reading it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFileInfo {
    /// The path as given.
    pub path: String,
    /// Lower-case hex SHA-256 of the file's bytes.
    pub sha256: String,
    /// Data rows read (header excluded), usable or not.
    pub rows_read: u64,
    /// The order its numeric dates were read in, per organisation, and why.
    pub date_orders: Vec<super::date_orders::DateOrderGroup>,
}

/// A batch of consecutive rows from [`super::read_inputs_in_chunks`].
#[derive(Debug, Clone, Default)]
pub struct IngestChunk {
    /// Usable rows, in input order.
    pub records: Vec<Record>,
    /// Rows set aside, in input order.
    pub quarantined: Vec<QuarantinedRow>,
}

impl IngestChunk {
    /// Adds one row to the batch.
    pub fn push(&mut self, row: Row) {
        match row {
            Row::Record(record) => self.records.push(record),
            Row::Quarantined(row) => self.quarantined.push(row),
        }
    }

    /// Rows in the batch, usable or not.
    pub fn len(&self) -> usize {
        self.records.len() + self.quarantined.len()
    }

    /// True when the batch holds no rows.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Everything the ingest stage produces: usable rows, set-aside rows, file facts.
#[derive(Debug, Clone, Default)]
pub struct IngestOutput {
    /// Usable rows, in input order (file order, then line order).
    pub records: Vec<Record>,
    /// Rows set aside, in input order.
    pub quarantined: Vec<QuarantinedRow>,
    /// One entry per input file, in command-line order.
    pub files: Vec<InputFileInfo>,
}
