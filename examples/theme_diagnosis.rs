//! Why plain one-theme comments are missed (issue 14, point 3): for each comment of a
//! plain-theme set (`label,question,text` CSV), prints one JSON line with the model's
//! per-label probabilities, its thresholds, the "no label fits" probability, the labels
//! whose keyword rules fire, the themes the model gives and the miss's cause; then, on
//! standard error, the misses counted by cause and by label. The text is redacted first,
//! as `run` does, so a keyword the redactor took for a name ("[PERSON] didnt work") shows
//! as its own cause. The clean stage's non-answer step is not run, so `Labelling not possible`
//! misses are counted as if no comment were a non-answer (`run` catches some of them).
//! A miss's cause says which step lost the label: no keyword of it fires (and whether an
//! inflection of one would, read with the model's rules compiled with `inflections =
//! true`), its rule fires but the model scored it under the runner-up margin, or above it
//! where the runner-up rule may not give that label, the floor, the "no label fits" head.
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

/// What the model and the rules said about one comment's intended label.
struct Evidence {
    /// The label's probability and its threshold.
    probability: f32,
    threshold: f32,
    /// The label has the highest probability of all.
    best: bool,
    /// The "no label fits" head cleared the comment.
    cleared: bool,
    /// The label's rule fires on the redacted words, on the raw words, and on the
    /// redacted words with inflections on.
    fires: bool,
    fires_raw: bool,
    fires_inflected: bool,
    /// The text had a span redacted.
    redacted: bool,
    /// The runner-up rule: its margin (0 when the model has none), whether it may give
    /// this label, and whether the label is the best unchosen fired label.
    margin: f32,
    second_allowed: bool,
    first_fired: bool,
}

/// Why a comment's intended label was not given, read off the model's outputs: the
/// first of the causes below that holds, in this order.
fn cause(gold: &str, given: &[String], e: &Evidence) -> &'static str {
    let share = e.probability / e.threshold.max(f32::EPSILON);
    if given.iter().any(|g| g == gold) {
        "hit"
    } else if gold == "Labelling not possible" {
        "non-answer not recognised"
    } else if e.fires_raw && !e.fires {
        "the redactor took the label's keyword for a name"
    } else if e.cleared && share >= 1.0 {
        "the no-label-fits head cleared the label, which passed its threshold"
    } else if e.fires && e.margin > 0.0 && share >= e.margin {
        if given.len() > 1 {
            "rule fires, near its threshold; the runner-up rule: two labels already given"
        } else if !e.first_fired {
            "rule fires, near its threshold; the runner-up rule: another fired label ranks higher"
        } else if !e.second_allowed {
            "rule fires, near its threshold; the runner-up rule may not give this label"
        } else {
            "rule fires, near its threshold; the runner-up rule gives it (cleared later?)"
        }
    } else if e.fires {
        "rule fires; the model's score is under the runner-up margin (outweighed)"
    } else if e.redacted {
        "no rule fires; the redactor took a word for a name"
    } else if e.fires_inflected {
        "no rule fires; an inflection of a keyword would"
    } else if e.best && given.is_empty() {
        "no rule fires; the best label, under its threshold and the floor"
    } else if e.margin > 0.0 && share >= e.margin {
        "no rule fires; the model is near its threshold"
    } else {
        "no rule fires; the model's score is far off (wording neither rules nor model know)"
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
    let rules_text = std::fs::read_to_string(dir.join("keyword_rules.toml"))?;
    let inflected = KeywordRules::from_toml(&rules_text.replacen(
        "inflections = false",
        "inflections = true",
        1,
    ))?;
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
        let inflected_hits = inflected.matches(&tokens.words);
        let gold_index = (0..N_LABELS).find(|&l| label_name(l) == gold);
        let threshold = |l: usize| heads["themes"][l]["threshold"].as_f64().unwrap_or(0.5) as f32;
        let share = |l: usize| probs[l] / threshold(l).max(f32::EPSILON);
        let first_fired = (0..N_LABELS)
            .filter(|&l| hits.contains(&label_name(l)) && !given.iter().any(|g| g == label_name(l)))
            .filter(|&l| label_name(l) != "Labelling not possible")
            .max_by(|&a, &b| share(a).total_cmp(&share(b)).then(b.cmp(&a)));
        let evidence = gold_index.map(|g| Evidence {
            probability: probs[g],
            threshold: threshold(g),
            best: (0..N_LABELS).all(|l| probs[l] <= probs[g]),
            cleared: empty
                .zip(heads["empty_cut"].as_f64())
                .is_some_and(|(p, c)| f64::from(p) >= c),
            fires: hits.contains(&gold),
            fires_raw: raw_hits.contains(&gold),
            fires_inflected: inflected_hits.contains(g),
            redacted: !redaction.spans.is_empty(),
            margin: heads["rule_second"]["margin"].as_f64().unwrap_or(0.0) as f32,
            second_allowed: !heads["rule_second"]["scores"][g].is_null(),
            first_fired: first_fired == Some(g),
        });
        let why = evidence.map_or("unknown label", |e| cause(gold, &given, &e));
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
