//! Tagging speed on a CSV of your own (e.g. real feedback kept outside the repository):
//! tokenizes the `FFT answer` column, then tags the tokens on this thread, and prints
//! comments per second for each, so tokenizing and tagging are timed apart (the `run`
//! manifest's `classify` stage holds both). Prints figures only, never comment text.
//!
//! `RAYON_NUM_THREADS=1 cargo run --release --example tag_speed -- FILE.csv [PASSES]`

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::time::Instant;

use feedback_themes::classify::features::Context;
use feedback_themes::classify::ThemeModel;
use feedback_themes::clean::QuestionType;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        anyhow::bail!("usage: tag_speed FILE.csv [PASSES]");
    };
    let passes: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(3);
    let model = ThemeModel::load(Path::new("models/default"))?;
    let mut reader = csv::Reader::from_path(path)?;
    let column = reader
        .headers()?
        .iter()
        .position(|h| h == "FFT answer")
        .ok_or_else(|| anyhow::anyhow!("no 'FFT answer' column"))?;
    let mut texts = Vec::new();
    for record in reader.records() {
        texts.push(record?.get(column).unwrap_or_default().to_string());
    }
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let n = refs.len() as f64;
    let start = Instant::now();
    let tokens = model.tokenize(&refs);
    let secs = start.elapsed().as_secs_f64();
    println!("tokenize: {:.3} s, {:.0} comments/s", secs, n / secs);
    let context = Context {
        question_type: QuestionType::CouldImprove,
        rating: Some(2),
        site: None,
    };
    for pass in 1..=passes {
        let start = Instant::now();
        let themes: usize = tokens
            .iter()
            .map(|t| model.predict_tokens(t, context, false).themes.len())
            .sum();
        let secs = start.elapsed().as_secs_f64();
        println!(
            "tag pass {pass}: {:.3} s, {:.0} comments/s ({themes} themes)",
            secs,
            n / secs
        );
    }
    Ok(())
}
