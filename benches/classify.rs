//! Tagging speed of the theme + sentiment model on generated comments: a few dozen words
//! reused (the per-word memos always hit), a few thousand words drawn Zipf-like as in real
//! feedback (`_zipf`, the figure to quote), and made-up words that no per-word memo has
//! seen (`_unseen_words`, the worst case for the memos).
//!
//! Measures `predict_tokens` (features, rules, 35 linear heads, calibration) on text that
//! is already tokenized, one thread, so the figure is comments per second per core; and
//! `predict_batch` from raw text (tokenizing included, all cores) for comparison. Uses the
//! shipped `models/default` when present, otherwise a model trained on generated text.
//! Never reads `../shared/data`.

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use feedback_themes::classify::features::Context;
use feedback_themes::classify::rules::KeywordRules;
use feedback_themes::classify::trainer::Example;
use feedback_themes::classify::{ClassifyInput, LabelSet, ThemeModel, TrainParams};
use feedback_themes::clean::QuestionType;
use feedback_themes::ingest::RawText;
use feedback_themes::model::TrainingProvenance;
use feedback_themes::redact::{RedactedText, Redactor};
use feedback_themes::text::Analyzer;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

const OPENERS: [&str; 6] = [
    "The",
    "Our",
    "My",
    "Overall the",
    "Honestly the",
    "Today the",
];
const SUBJECTS: [&str; 10] = [
    "staff",
    "nurse",
    "driver",
    "ambulance crew",
    "appointment",
    "waiting time",
    "food",
    "ward",
    "phone line",
    "parking",
];
const VERDICTS: [&str; 10] = [
    "was very kind and caring",
    "took far too long to arrive",
    "explained everything clearly to my family",
    "was rude and did not listen",
    "could be cleaner and quieter at night",
    "was excellent, thank you so much",
    "kept cancelling without telling us",
    "never answered when I rang",
    "gave me the wrong medication",
    "was hard to find and expensive",
];

/// A generated comment of 1-3 sentences.
fn comment(rng: &mut ChaCha8Rng) -> String {
    let sentences = rng.gen_range(1..=3);
    (0..sentences)
        .map(|_| {
            format!(
                "{} {} {}.",
                OPENERS[rng.gen_range(0..OPENERS.len())],
                SUBJECTS[rng.gen_range(0..SUBJECTS.len())],
                VERDICTS[rng.gen_range(0..VERDICTS.len())]
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A comment with `rare` made-up words (random letters) mixed in: real feedback has a long
/// tail of words (names of places, misspellings) that per-word memos have not seen.
fn comment_with_rare_words(rng: &mut ChaCha8Rng, rare: usize) -> String {
    let mut text = comment(rng);
    for _ in 0..rare {
        let len = rng.gen_range(5..=9);
        let word: String = (0..len)
            .map(|_| char::from(b'a' + rng.gen_range(0..26u8)))
            .collect();
        text.push(' ');
        text.push_str(&word);
    }
    text
}

/// The shipped model, or one trained on generated comments labelled by their verdicts.
fn model(texts: &[String]) -> ThemeModel {
    if let Ok(m) = ThemeModel::load(Path::new("models/default")) {
        return m;
    }
    let analyzer = Analyzer::english();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let tokens = feedback_themes::classify::features::tokenize(&analyzer, &refs);
    let examples: Vec<Example> = tokens
        .into_iter()
        .zip(texts)
        .map(|(tokens, text)| Example {
            labels: LabelSet(
                VERDICTS
                    .iter()
                    .enumerate()
                    .filter(|(_, v)| text.contains(*v))
                    .fold(0, |m, (i, _)| m | 1 << (i * 3)),
            ),
            tokens,
            question_type: QuestionType::Nonspecific,
            rating: Some(1),
            site: None,
            sentiment: None,
            fold_key: feedback_themes::classify::folds::fold_key(text),
            hand_written: false,
        })
        .collect();
    let provenance = TrainingProvenance {
        file: "generated".into(),
        sha256: String::new(),
        rows: examples.len(),
        theme_rows: 0,
        sentiment_rows: 0,
        seed_examples: None,
    };
    let table = feedback_themes::classify::embeddings::EmbeddingTable::load(Path::new(
        "models/embeddings/embeddings.bin",
    ))
    .expect("the shipped embedding table");
    ThemeModel::train(
        &examples,
        &TrainParams {
            embeddings: Some(std::sync::Arc::new(table)),
            ..TrainParams::default()
        },
        analyzer,
        KeywordRules::default_rules(),
        "bench",
        provenance,
    )
    .expect("training on generated text")
}

fn bench_classify(c: &mut Criterion) {
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    let texts: Vec<String> = (0..10_000).map(|_| comment(&mut rng)).collect();
    let model = model(&texts[..2_000]);
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let tokens = model.tokenize(&refs);
    let context = Context {
        question_type: QuestionType::CouldImprove,
        rating: Some(2),
        site: Some("111"),
    };

    let mut group = c.benchmark_group("classify");
    group.sample_size(10);
    group.throughput(Throughput::Elements(tokens.len() as u64));
    group.bench_function("predict_tokens_one_core_10k", |b| {
        b.iter(|| {
            tokens
                .iter()
                .map(|t| model.predict_tokens(t, context, false).themes.len())
                .sum::<usize>()
        })
    });
    let zipf_texts = common::zipf::zipf_comments(10_000, 11);
    let zipf_refs: Vec<&str> = zipf_texts.iter().map(String::as_str).collect();
    let zipf_tokens = model.tokenize(&zipf_refs);
    group.bench_function("predict_tokens_one_core_10k_zipf", |b| {
        b.iter(|| {
            zipf_tokens
                .iter()
                .map(|t| model.predict_tokens(t, context, false).themes.len())
                .sum::<usize>()
        })
    });
    let mut seed = 100u64;
    group.bench_function("predict_tokens_one_core_10k_unseen_words", |b| {
        // Three made-up words per comment, new every iteration, so the per-thread word
        // memos never hold them: the worst case for the memos.
        b.iter_batched(
            || {
                seed += 1;
                let mut rng = ChaCha8Rng::seed_from_u64(seed);
                let fresh: Vec<String> = (0..10_000)
                    .map(|_| comment_with_rare_words(&mut rng, 3))
                    .collect();
                let refs: Vec<&str> = fresh.iter().map(String::as_str).collect();
                model.tokenize(&refs)
            },
            |fresh_tokens| {
                fresh_tokens
                    .iter()
                    .map(|t| model.predict_tokens(t, context, false).themes.len())
                    .sum::<usize>()
            },
            criterion::BatchSize::PerIteration,
        )
    });
    let redactor = Redactor::new();
    let redacted: Vec<RedactedText> = texts
        .iter()
        .map(|t| redactor.redact_raw(&RawText::new(t.clone())).0)
        .collect();
    let inputs: Vec<ClassifyInput> = redacted
        .iter()
        .map(|text| ClassifyInput {
            text,
            question_type: QuestionType::CouldImprove,
            rating: Some(2),
            site: Some("111"),
            non_answer: false,
        })
        .collect();
    group.bench_function("predict_batch_from_text_all_cores_10k", |b| {
        b.iter(|| model.predict_batch(&inputs).len())
    });
    group.finish();
}

criterion_group!(benches, bench_classify);
criterion_main!(benches);
