//! Writes `corpus-samples/`: synthetic FFT comments made by this project, covering every
//! QDC v7 subcategory, with planted personal data and the damage real exports carry.
//!
//! Deterministic (fixed ChaCha seed): running it again rewrites identical files.
//! Run from the crate root: `cargo run --example make_corpus`.

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

mod comments;
mod csv_file;
mod jsonl_file;
mod mess;
mod pii;
mod readme;
mod themes;

use std::fs;
use std::path::Path;

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use comments::Coverage;
use csv_file::make_csv;
use jsonl_file::make_jsonl;
use readme::readme;

/// The generator's fixed seed.
const SEED: u64 = 20_240_607;

fn main() -> std::io::Result<()> {
    let out = Path::new("corpus-samples");
    fs::create_dir_all(out)?;
    let mut rng = ChaCha8Rng::seed_from_u64(SEED);
    let mut planted: Vec<String> = Vec::new();
    let mut coverage = Coverage::default();

    let (csv, csv_facts) = make_csv(&mut rng, &mut planted, &mut coverage);
    fs::write(out.join("fft_sample.csv"), &csv)?;
    let (jsonl, jsonl_facts) = make_jsonl(&mut rng, &mut planted, &mut coverage);
    fs::write(out.join("fft_sample.jsonl"), &jsonl)?;

    planted.sort();
    planted.dedup();
    let written = [csv.as_slice(), jsonl.as_slice()].concat();
    for value in &planted {
        let present = written.windows(value.len()).any(|w| w == value.as_bytes());
        assert!(
            present,
            "a planted value was overwritten; adjust the special rows"
        );
    }
    fs::write(out.join("planted_pii.txt"), planted.join("\n") + "\n")?;
    fs::write(
        out.join("README.md"),
        readme(&csv_facts, &jsonl_facts, planted.len(), &coverage),
    )?;
    eprintln!(
        "wrote corpus-samples/: csv {} rows ({} bad), jsonl {} rows ({} bad), {} planted values",
        csv_facts.rows,
        csv_facts.bad,
        jsonl_facts.rows,
        jsonl_facts.bad,
        planted.len()
    );
    Ok(())
}
