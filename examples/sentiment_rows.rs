//! Sentiment feature rows for prototyping outside Rust (issue 14, point 4): for each
//! fold of the 5-fold CV that `eval themes --cv 5` runs (folds by a hash of the
//! normalised text), fits the feature space on the other folds plus the seed examples,
//! as the trainer does, and writes the sparse row of every real answer of the gold file
//! to `OUT_DIR/foldF.txt` (F = 0..4, i.e. folds 1..5). `scripts/sentiment_prototypes.py`
//! reads them. The files hold feature values only, never comment text; keep them
//! outside the repository all the same (they are derived from the labelled data).
//!
//! `cargo run --release --example sentiment_rows -- GOLD.csv SEEDS.csv OUT_DIR`
//!
//! Each file starts with `# n_features context_offset cross_offset dense_offset
//! n_word_terms`, then one line per real answer: `gold_row fold sentiment question
//! rating n_words col:value ...` (gold_row: 0-based record index in the gold file;
//! sentiment 0 positive, 1 neutral, 2 negative, 9 unlabelled; rating 0 if none).

use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use anyhow::Context as _;
use feedback_themes::classify::embeddings::EmbeddingTable;
use feedback_themes::classify::features::FeatureSpace;
use feedback_themes::classify::gold::{read_gold, GoldLayout, GoldRow};
use feedback_themes::classify::rules::KeywordRules;
use feedback_themes::classify::trainer::{examples_from_gold, training_examples};
use feedback_themes::classify::{SentimentLabel, TrainParams};
use feedback_themes::eval::themes::{fold_training_rows, folds_of};
use feedback_themes::text::Analyzer;

/// Folds, as `eval themes --cv 5`.
const FOLDS: usize = 5;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let [_, gold, seeds, out_dir] = args.as_slice() else {
        anyhow::bail!("usage: sentiment_rows GOLD.csv SEEDS.csv OUT_DIR");
    };
    let gold = read_gold(Path::new(gold), &GoldLayout::default())?;
    let seeds = read_gold(Path::new(seeds), &GoldLayout::default())?;
    let table = EmbeddingTable::load(Path::new("models/embeddings/embeddings.bin"))
        .context("run from the repository root (models/embeddings/embeddings.bin)")?;
    let table = Arc::new(table);
    let params = TrainParams::default();
    let rules = KeywordRules::default_rules();
    let analyzer = Analyzer::english();
    let fold = folds_of(&gold, FOLDS);
    let real: Vec<usize> = (0..gold.len()).filter(|&i| !gold[i].non_answer).collect();
    let real_rows: Vec<GoldRow> = real.iter().map(|&i| gold[i].clone()).collect();
    let examples = examples_from_gold(&real_rows, &analyzer);
    for f in 0..FOLDS {
        let train_rows = fold_training_rows(&gold, &fold, f);
        let train = training_examples(&train_rows, &seeds, &analyzer);
        let tokens: Vec<_> = train.iter().map(|e| e.tokens.clone()).collect();
        let sites: Vec<Option<&str>> = train.iter().map(|e| e.site.as_deref()).collect();
        let space = FeatureSpace::fit(&params.features, &tokens, &sites, Some(table.clone()))?;
        let path = Path::new(out_dir).join(format!("fold{f}.txt"));
        let file = std::fs::File::create(&path)
            .with_context(|| format!("cannot create {}", path.display()))?;
        let mut w = std::io::BufWriter::new(file);
        writeln!(
            w,
            "# {} {} {} {} {}",
            space.n_features(),
            space.context_offset(),
            space.n_theme_features(),
            space.dense_start().unwrap_or(0),
            space.n_word_terms()
        )?;
        for (&i, e) in real.iter().zip(&examples) {
            let row = space.row(&e.tokens, rules.matches(&e.tokens.words), e.context());
            let sentiment = match e.sentiment {
                Some(SentimentLabel::Positive) => 0,
                Some(SentimentLabel::Neutral) => 1,
                Some(SentimentLabel::Negative) => 2,
                None => 9,
            };
            write!(
                w,
                "{i} {} {sentiment} {:?} {} {}",
                fold[i],
                e.question_type,
                e.rating.unwrap_or(0),
                e.tokens.words.len()
            )?;
            for (c, v) in row {
                write!(w, " {c}:{v}")?;
            }
            writeln!(w)?;
        }
        w.flush()?;
    }
    Ok(())
}
