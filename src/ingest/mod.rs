//! Stage 1: read CSV and JSON Lines exports into [`Record`]s, setting bad rows aside.
//!
//! Columns are found by name (with overrides), bytes are decoded as UTF-8 with a
//! Windows-1252 fallback, and every data row ends up either as a [`Record`] or as a
//! [`QuarantinedRow`] with its file, line and reason: nothing is lost. Files are read as
//! streams, one row at a time, and hashed in the same pass; [`read_inputs_in_chunks`]
//! hands rows over in batches for callers that do not hold a whole input in memory.
//!
//! This is the one input layer of the tool: `run` reads through [`read_inputs`](fn@read_inputs),
//! `redact` and the labelled-file reader of `train` / `eval` through the same
//! [`csv_table::CsvTable`] (delimiter, decoding, line numbers, row checks),
//! [`columns`] (one table of column names) and [`decode`], so they cannot drift apart.

// One of the three stages allowed to read raw comment text (clippy.toml).
#![allow(clippy::disallowed_methods)]

pub mod calendar;
pub mod capped_lines;
pub mod carried;
pub mod columns;
pub mod csv_reader;
pub mod csv_table;
mod date_memo;
pub mod date_orders;
pub mod date_scan;
pub mod dates;
pub mod decode;
pub mod error;
pub mod hashing_reader;
pub mod jsonl_reader;
pub mod line_index;
pub mod options;
pub mod raw_text;
pub mod read_inputs;
pub mod record;
pub mod record_sink;
pub mod row_values;
pub mod source_file;

pub use error::IngestError;
pub use options::{IngestOptions, DEFAULT_MAX_FIELD_BYTES};
pub use raw_text::RawText;
pub use read_inputs::{
    open_input, read_inputs, read_inputs_in_chunks, read_inputs_into, read_inputs_with, InputFormat,
};
pub use record::{IngestChunk, IngestOutput, InputFileInfo, QuarantinedRow, Record, Row};
pub use record_sink::RecordSink;
