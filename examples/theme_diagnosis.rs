//! Why plain one-theme comments are missed (issue 14, point 3): for each comment of a
//! plain-theme set (`label,question,text` CSV), prints one JSON line with the model's
//! per-label probabilities, its thresholds, the "no label fits" probability, the labels
//! whose keyword rules fire, the themes the model gives and the miss's cause; then, on
//! standard error, the misses counted by cause and by label. The text is redacted first,
//! as `run` does, so a keyword the redactor took for a name ("[PERSON] didnt work") shows
//! as its own cause. The clean stage's non-answer step is not run, so `Labelling not possible`
//! misses are counted as if no comment were a non-answer (`run` catches some of them).
//! Lines hold no comment text. Read only sets whose misses may be read.
//!
//! `cargo run --release --example theme_diagnosis -- MODEL_DIR SET.csv > rows.jsonl`

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::Context as _;
use feedback_themes::classify::features::Context;
use feedback_themes::classify::rules::KeywordRules;
use feedback_themes::classify::taxonomy::{label_name, N_LABELS};
use feedback_themes::classify::ThemeModel;
use feedback_themes::clean::QuestionType;
use feedback_themes::redact::{PlaceholderStyle, Redactor};

/// Why a comment's intended label was not given, read off the model's outputs.
fn cause(
    gold: &str,
    given: &[String],
    fires_redacted: bool,
    fires_raw: bool,
    redacted: bool,
) -> &'static str {
    if given.iter().any(|g| g == gold) {
        "hit"
    } else if gold == "Labelling not possible" {
        "non-answer not recognised"
    } else if fires_raw && !fires_redacted {
        "the redactor took the label's keyword for a name"
    } else if redacted {
        "the redactor took a word for a name"
    } else {
        match (given.is_empty(), fires_redacted) {
            (true, true) => "no theme; the label's rule fires",
            (true, false) => "no theme; no rule of the label fires",
            (false, true) => "another label; the label's rule fires but is outweighed",
            (false, false) => "another label; no rule of the label fires",
        }
    }
}

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
    let redactor = Redactor::new();
    let mut by_cause: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut by_label: BTreeMap<(String, &'static str), usize> = BTreeMap::new();
    let mut reader = csv::Reader::from_path(set)?;
    for record in reader.records() {
        let record = record?;
        let gold = &record[0];
        let redaction = redactor.redact(&record[2], PlaceholderStyle::Typed);
        let tokens = model.tokenize(&[&redaction.text]).pop().unwrap_or_default();
        let raw_tokens = model.tokenize(&[&record[2]]).pop().unwrap_or_default();
        let context = Context {
            question_type: QuestionType::from_question(Some(&record[1])),
            rating: None,
            site: None,
        };
        let (probs, _, empty) = model.probabilities(&tokens, context);
        let given: Vec<String> = model
            .predict_tokens(&tokens, context, false)
            .themes
            .into_iter()
            .map(|t| t.label)
            .collect();
        let hits: Vec<&str> = rules
            .matches(&tokens.words)
            .iter()
            .map(label_name)
            .collect();
        let raw_hits: Vec<&str> = rules
            .matches(&raw_tokens.words)
            .iter()
            .map(label_name)
            .collect();
        let why = cause(
            gold,
            &given,
            hits.contains(&gold),
            raw_hits.contains(&gold),
            !redaction.spans.is_empty(),
        );
        *by_cause.entry(why).or_default() += 1;
        if why != "hit" {
            *by_label.entry((gold.to_string(), why)).or_default() += 1;
        }
        let line = serde_json::json!({
            "gold": gold,
            "cause": why,
            "given": given,
            "redactions": redaction.spans.len(),
            "probs": (0..N_LABELS).map(|l| (label_name(l), probs[l])).collect::<Vec<_>>(),
            "empty": empty,
            "hits": hits,
            "heads": heads["themes"],
            "floor": heads["top_floor"],
            "cut": heads["empty_cut"],
        });
        println!("{line}");
    }
    for (why, n) in &by_cause {
        eprintln!("{n:4}  {why}");
    }
    for ((label, why), n) in &by_label {
        eprintln!("{n:4}  {label}: {why}");
    }
    Ok(())
}
