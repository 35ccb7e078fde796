//! Shared by the two ingest targets: write the bytes as an input file, read it, and
//! check that reading never panics and every row is accounted for.

use std::io::Write;

use feedback_themes::ingest::{read_inputs, IngestOptions};

/// Reads `data` as a file with extension `ext`; any `Err` is a clean refusal.
pub fn read_as(data: &[u8], ext: &str) {
    let Ok(mut file) = tempfile::Builder::new().suffix(ext).tempfile() else {
        return;
    };
    if file.write_all(data).and_then(|()| file.flush()).is_err() {
        return;
    }
    let opts = IngestOptions {
        max_field_bytes: 256,
        ..IngestOptions::default()
    };
    let path = file.path().to_path_buf();
    if let Ok(out) = read_inputs(&[path], &opts) {
        let read: u64 = out.files.iter().map(|f| f.rows_read).sum();
        let kept = (out.records.len() + out.quarantined.len()) as u64;
        assert_eq!(read, kept, "rows read = records + quarantined");
        for q in &out.quarantined {
            assert!(q.line >= 1, "quarantined rows name a line");
        }
    }
}
