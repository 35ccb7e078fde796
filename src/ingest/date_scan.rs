//! The first pass over an input file: counts the evidence of its dates' order per
//! organisation ([`DateOrderScan`](super::date_orders::DateOrderScan)) before the rows are read.
//!
//! It reads the date and organisation columns only (a CSV row's other cells are not
//! decoded; a JSON Lines object is parsed as in the second pass) and keeps one counter
//! per organisation, at most [`super::date_orders::MAX_GROUPS`], so memory does not
//! grow with the rows. Rows that the second pass will quarantine for their shape are
//! not counted.

use std::io::BufReader;
use std::path::Path;

use super::csv_reader::scan_csv_dates;
use super::date_orders::DateOrders;
use super::error::IngestError;
use super::jsonl_reader::scan_jsonl_dates;
use super::read_inputs::{open_input, InputFormat};
use super::source_file::SourceFile;

/// How the numeric dates of the file at `path` are to be read: the forced order when
/// one is given, else the order each organisation's dates show.
pub fn date_orders_of(path: &Path, file: SourceFile<'_>) -> Result<DateOrders, IngestError> {
    if let Some(order) = file.opts.date_order {
        return Ok(DateOrders::forced(order));
    }
    let (format, handle) = open_input(path)?;
    let scan = match format {
        InputFormat::Csv => scan_csv_dates(handle, file)?,
        InputFormat::JsonLines => scan_jsonl_dates(BufReader::new(handle), file)?,
    };
    Ok(scan.finish())
}
