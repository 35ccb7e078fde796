//! Why plain one-theme comments are missed (issue 14, point 3): for each comment of a
//! plain-theme set (`label,question,text` CSV), prints one JSON line with the model's
//! per-label probabilities, its thresholds, the "no label fits" probability and the
//! labels whose keyword rules fire, so a miss can be put down to a cause (no rule, rule
//! outweighed, below threshold, wrong label, cut). Read only sets whose misses may be read.
//!
//! `cargo run --release --example theme_diagnosis -- MODEL_DIR SET.csv > rows.jsonl`

use std::path::Path;

use anyhow::Context as _;
use feedback_themes::classify::features::Context;
use feedback_themes::classify::rules::KeywordRules;
use feedback_themes::classify::taxonomy::{label_name, N_LABELS};
use feedback_themes::classify::ThemeModel;
use feedback_themes::clean::QuestionType;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let (dir, set) = match args.as_slice() {
        [_, dir, set] => (Path::new(dir), set),
        _ => anyhow::bail!("usage: theme_diagnosis MODEL_DIR SET.csv"),
    };
    let model = ThemeModel::load(dir).context("loading the model")?;
    let rules = KeywordRules::from_toml(&std::fs::read_to_string(dir.join("keyword_rules.toml"))?)?;
    let heads: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("heads.json"))?)?;
    let mut reader = csv::Reader::from_path(set)?;
    for record in reader.records() {
        let record = record?;
        let tokens = model.tokenize(&[&record[2]]).pop().unwrap_or_default();
        let context = Context {
            question_type: QuestionType::from_question(Some(&record[1])),
            rating: None,
            site: None,
        };
        let (probs, _, empty) = model.probabilities(&tokens, context);
        let hits: Vec<&str> = rules
            .matches(&tokens.words)
            .iter()
            .map(label_name)
            .collect();
        let line = serde_json::json!({
            "gold": &record[0],
            "probs": (0..N_LABELS).map(|l| (label_name(l), probs[l])).collect::<Vec<_>>(),
            "empty": empty,
            "hits": hits,
            "heads": heads["themes"],
            "floor": heads["top_floor"],
            "cut": heads["empty_cut"],
        });
        println!("{line}");
    }
    Ok(())
}
