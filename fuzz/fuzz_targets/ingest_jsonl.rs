//! JSON Lines ingest never panics, and accounts for every row it reads.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "ingest_common.rs"]
mod ingest_common;

fuzz_target!(|data: &[u8]| {
    ingest_common::read_as(data, ".jsonl");
});
