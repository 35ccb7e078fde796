//! Out-of-fold evidence for designing theme routes (issue 14, point 3): for each real
//! answer of a labelled file, the 5-fold cross-validation model that did not see it
//! gives one JSON line with its fold, gold labels, per-label probabilities, "no label
//! fits" probability, decided themes and the labels whose keyword rules fire. With a
//! model folder and a plain-theme set (`label,question,text` CSV) instead, the same
//! line for each of the set's comments from that model. Lines hold no comment text.
//!
//! `cargo run --release --example oof_dump -- cv GOLD.csv SEEDS.csv > dev.jsonl`
//! `cargo run --release --example oof_dump -- set MODEL_DIR SET.csv > set.jsonl`

use std::path::Path;
use std::sync::Arc;

use anyhow::Context as _;
use feedback_themes::classify::embeddings::EmbeddingTable;
use feedback_themes::classify::features::Context;
use feedback_themes::classify::gold::{read_gold, GoldLayout, GoldRow};
use feedback_themes::classify::label_set::LabelSet;
use feedback_themes::classify::rules::KeywordRules;
use feedback_themes::classify::taxonomy::{label_name, N_LABELS};
use feedback_themes::classify::trainer::training_examples;
use feedback_themes::classify::{ThemeModel, TrainParams};
use feedback_themes::clean::QuestionType;
use feedback_themes::eval::themes::{fold_training_rows, folds_of};
use feedback_themes::model::TrainingProvenance;
use feedback_themes::text::Analyzer;

/// Names of the labels in a set.
fn names(set: LabelSet) -> Vec<&'static str> {
    set.iter().map(label_name).collect()
}

/// One JSON line for a comment scored by `model`.
fn line(
    model: &ThemeModel,
    rules: &KeywordRules,
    text: &str,
    context: Context,
    non_answer: bool,
) -> serde_json::Value {
    let tokens = model.tokenize(&[text]).pop().unwrap_or_default();
    let (probs, _, empty) = model.probabilities(&tokens, context);
    let prediction = model.predict_tokens(&tokens, context, non_answer);
    serde_json::json!({
        "probs": probs.to_vec(),
        "empty": empty,
        "hits": names(rules.matches(&tokens.words)),
        "themes": prediction.themes.iter().map(|t| (t.label.clone(), t.score)).collect::<Vec<_>>(),
        "non_answer": non_answer,
    })
}

fn cv(gold: &str, seeds: &str) -> anyhow::Result<()> {
    let rows = read_gold(Path::new(gold), &GoldLayout::default())?;
    let seeds = read_gold(Path::new(seeds), &GoldLayout::default())?;
    let analyzer = Analyzer::english();
    let rules = KeywordRules::default_rules();
    let table = EmbeddingTable::load(Path::new("models/embeddings/embeddings.bin"))?;
    let params = TrainParams {
        embeddings: Some(Arc::new(table)),
        ..TrainParams::default()
    };
    let fold = folds_of(&rows, 5);
    let mut out: Vec<Option<serde_json::Value>> = vec![None; rows.len()];
    for f in 0..5 {
        let train: Vec<GoldRow> = fold_training_rows(&rows, &fold, f);
        let examples = training_examples(&train, &seeds, &analyzer);
        let provenance = TrainingProvenance {
            file: format!("cv fold {}", f + 1),
            sha256: String::new(),
            rows: train.len(),
            theme_rows: 0,
            sentiment_rows: 0,
            seed_examples: None,
        };
        let model = ThemeModel::train(
            &examples,
            &params,
            analyzer.clone(),
            rules.clone(),
            "cv",
            provenance,
        )?;
        for (i, r) in rows.iter().enumerate().filter(|(i, _)| fold[*i] == f) {
            let context = Context {
                question_type: r.question_type,
                rating: r.rating,
                site: r.site.as_deref(),
            };
            let mut v = line(&model, &rules, r.text.as_str(), context, r.non_answer);
            v["fold"] = f.into();
            v["gold"] = names(r.labels).into();
            out[i] = Some(v);
        }
        eprintln!("fold {} done", f + 1);
    }
    for v in out.into_iter().flatten() {
        println!("{v}");
    }
    Ok(())
}

fn set(dir: &str, path: &str) -> anyhow::Result<()> {
    let model = ThemeModel::load(Path::new(dir)).context("loading the model")?;
    let rules = KeywordRules::from_toml(&std::fs::read_to_string(
        Path::new(dir).join("keyword_rules.toml"),
    )?)?;
    let mut reader = csv::Reader::from_path(path)?;
    for record in reader.records() {
        let record = record?;
        let context = Context {
            question_type: QuestionType::from_question(Some(&record[1])),
            rating: None,
            site: None,
        };
        let mut v = line(&model, &rules, &record[2], context, false);
        v["gold"] = vec![&record[0]].into();
        println!("{v}");
    }
    Ok(())
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let _ = N_LABELS;
    match args.as_slice() {
        [_, mode, gold, seeds] if mode == "cv" => cv(gold, seeds),
        [_, mode, dir, path] if mode == "set" => set(dir, path),
        _ => {
            anyhow::bail!("usage: oof_dump cv GOLD.csv SEEDS.csv | oof_dump set MODEL_DIR SET.csv")
        }
    }
}
