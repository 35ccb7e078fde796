//! [`RecordSink`]: where the readers put usable rows, so a caller can take them in
//! chunks while the file is still being read instead of holding every row at once.

use super::record::Record;

/// Receives usable rows in input order.
pub trait RecordSink {
    /// Takes one row.
    fn push(&mut self, record: Record);
}

/// Collects every row (what [`super::read_inputs()`] does).
impl RecordSink for Vec<Record> {
    fn push(&mut self, record: Record) {
        Vec::push(self, record);
    }
}
