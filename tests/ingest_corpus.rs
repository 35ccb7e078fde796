//! Reading and cleaning `corpus-samples/` through the library: every row accounted
//! for, the planted bad rows quarantined, and the planted damage repaired.

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

use std::path::PathBuf;

use feedback_themes::clean::{clean_records, CleanRecord};
use feedback_themes::ingest::{read_inputs, IngestOptions, IngestOutput};

fn corpus(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("corpus-samples")
        .join(name)
}

fn read(names: &[&str]) -> IngestOutput {
    let paths: Vec<PathBuf> = names.iter().map(|n| corpus(n)).collect();
    read_inputs(&paths, &IngestOptions::default()).expect("corpus reads")
}

/// Rows quarantined per file, by source index.
fn quarantined_in(out: &IngestOutput, source: u32) -> usize {
    out.quarantined
        .iter()
        .filter(|q| q.source == source)
        .count()
}

#[test]
fn csv_rows_read_equal_records_plus_quarantined() {
    let out = read(&["fft_sample.csv"]);
    let rows_read = out.files[0].rows_read as usize;
    assert_eq!(rows_read, 305);
    assert_eq!(out.quarantined.len(), 4);
    assert_eq!(rows_read, out.records.len() + out.quarantined.len());
    let reasons: Vec<&str> = out.quarantined.iter().map(|q| q.reason.as_str()).collect();
    assert!(reasons[0].starts_with("wrong field count: expected 9, found 10"));
    assert!(reasons[1].starts_with("wrong field count: expected 9, found 6"));
    assert!(reasons[2].starts_with("field too long"));
    assert!(reasons[3].contains("neither UTF-8 nor Windows-1252"));
    assert!(out.quarantined.iter().all(|q| q.id.is_some()));
    assert_eq!(out.quarantined[2].column, Some(9));
}

#[test]
fn jsonl_rows_read_equal_records_plus_quarantined() {
    let out = read(&["fft_sample.jsonl"]);
    let rows_read = out.files[0].rows_read as usize;
    assert_eq!(rows_read, 121);
    assert_eq!(out.quarantined.len(), 4);
    assert_eq!(rows_read, out.records.len() + out.quarantined.len());
}

#[test]
fn both_files_together_keep_order_and_sources() {
    let out = read(&["fft_sample.csv", "fft_sample.jsonl"]);
    assert_eq!(quarantined_in(&out, 0), 4);
    assert_eq!(quarantined_in(&out, 1), 4);
    let total_read: u64 = out.files.iter().map(|f| f.rows_read).sum();
    assert_eq!(
        total_read as usize,
        out.records.len() + out.quarantined.len()
    );
    let order: Vec<(u32, u64)> = out.records.iter().map(|r| (r.source, r.line)).collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted, "records in file then line order");
    let fallback: Vec<_> = out
        .records
        .iter()
        .filter(|r| r.id.starts_with("fft_sample:"))
        .collect();
    assert_eq!(fallback.len(), 1, "one CSV row has no Comment ID");
    assert_eq!(fallback[0].id, format!("fft_sample:{}", fallback[0].line));
}

/// Both files read and cleaned. (The texts themselves are hidden outside the crate;
/// `clean::clean_records`'s unit tests check the repaired corpus text.)
fn cleaned() -> Vec<CleanRecord> {
    clean_records(read(&["fft_sample.csv", "fft_sample.jsonl"]).records)
}

#[test]
fn corpus_carries_blanks_non_answers_and_duplicates() {
    let cleaned = cleaned();
    let count = |f: fn(&CleanRecord) -> bool| cleaned.iter().filter(|c| f(c)).count();
    assert!(
        count(|c| c.flags.blank) >= 6,
        "blank, whitespace, null, absent"
    );
    assert!(count(|c| c.flags.non_answer) >= 14);
    assert!(count(|c| c.flags.duplicate) >= 12);
    // A flagged duplicate is never a non-answer.
    assert_eq!(count(|c| c.flags.duplicate && c.flags.non_answer), 0);
}
