//! Per-stage benchmarks on generated data. Each stage's group lives in its own function.

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

mod common;

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use feedback_themes::clean::{clean_records, clean_text};
use feedback_themes::cluster::{cluster_comments, ClusterInput, KMeansParams};
use feedback_themes::ingest::{read_inputs, IngestOptions};
use feedback_themes::text::Analyzer;
use feedback_themes::vectorize::VocabularyBuilder;

/// Comments the ingest/clean bench rows are built from: plain, damaged and blank.
const BENCH_TEXTS: &[&str] = &[
    "The staff were kind, caring and friendly.",
    "I waited over five hours to be seen, far too long.",
    "The nurseâ€™s explanation was clear &amp; helpful.",
    "Did not answer",
    "",
    "Parking is a nightmare,\nand far too expensive at £4 an hour.",
    "It&#39;s spotless &ndash; cleaner than my own house!",
    "Nobody listened to me or took my views seriously. The doctor used jargon.",
];

/// Rows in the generated ingest/clean bench input.
const BENCH_ROWS: usize = 20_000;

/// Writes a QDC-layout CSV and a JSON Lines file of `rows` rows into `dir`.
fn write_bench_inputs(dir: &std::path::Path, rows: usize) -> (PathBuf, PathBuf) {
    let mut csv = String::from("Comment ID,Date,Service type 1,FFT question,FFT answer\r\n");
    let mut jsonl = String::new();
    for i in 0..rows {
        let text = BENCH_TEXTS[i % BENCH_TEXTS.len()];
        let question = if i % 2 == 0 {
            "What was good?"
        } else {
            "How could we improve?"
        };
        let quoted = format!("\"{}\"", text.replace('"', "\"\""));
        let _ = write!(csv, "B{i},01/02/2025,111,{question},{quoted} {i}\r\n");
        let object = serde_json::json!({"id": format!("B{i}"), "question": question, "text": format!("{text} {i}")});
        let _ = writeln!(jsonl, "{object}");
    }
    let csv_path = dir.join("bench.csv");
    let jsonl_path = dir.join("bench.jsonl");
    std::fs::File::create(&csv_path)
        .and_then(|mut f| f.write_all(csv.as_bytes()))
        .expect("write bench csv");
    std::fs::File::create(&jsonl_path)
        .and_then(|mut f| f.write_all(jsonl.as_bytes()))
        .expect("write bench jsonl");
    (csv_path, jsonl_path)
}

/// Ingest (CSV, JSON Lines) and clean, on 20,000 generated rows.
pub fn ingest_clean(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let (csv_path, jsonl_path) = write_bench_inputs(dir.path(), BENCH_ROWS);
    let opts = IngestOptions::default();
    let records = read_inputs(std::slice::from_ref(&csv_path), &opts)
        .expect("bench csv reads")
        .records;

    let mut group = c.benchmark_group("ingest_clean");
    group.sample_size(10);
    group.throughput(Throughput::Elements(BENCH_ROWS as u64));
    group.bench_function("read_csv_20k", |b| {
        b.iter(|| read_inputs(std::slice::from_ref(&csv_path), &opts).expect("reads"))
    });
    group.bench_function("read_jsonl_20k", |b| {
        b.iter(|| read_inputs(std::slice::from_ref(&jsonl_path), &opts).expect("reads"))
    });
    group.bench_function("clean_records_20k", |b| {
        b.iter_batched(|| records.clone(), clean_records, BatchSize::LargeInput)
    });
    let one_thread = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("one-thread pool");
    group.bench_function("clean_records_20k_one_thread", |b| {
        b.iter_batched(
            || records.clone(),
            |records| one_thread.install(|| clean_records(records)),
            BatchSize::LargeInput,
        )
    });
    group.throughput(Throughput::Elements(BENCH_TEXTS.len() as u64));
    group.bench_function("clean_text_mixed", |b| {
        b.iter(|| {
            BENCH_TEXTS
                .iter()
                .map(|t| clean_text(t).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

/// Comments per stage run.
const N: usize = 50_000;

fn text_vectorize_cluster(c: &mut Criterion) {
    let comments = common::comments(N, 1);
    let texts: Vec<&str> = comments.iter().map(String::as_str).collect();
    let analyzer = Analyzer::english();
    let terms = analyzer.terms_batch(&texts);
    let vocab = VocabularyBuilder::default().fit(&terms).unwrap();
    let matrix = vocab.transform(&terms);
    let eligible = vec![true; N];
    let ids: Vec<String> = (0..N).map(|i| i.to_string()).collect();
    let id_refs: Vec<&str> = ids.iter().map(String::as_str).collect();

    let mut group = c.benchmark_group("stages");
    group.sample_size(10);
    group.throughput(Throughput::Elements(N as u64));
    group.bench_function("text_terms_batch", |b| {
        b.iter(|| analyzer.terms_batch(&texts))
    });
    // The same comments written with typographic apostrophes, as many exports are.
    let curly: Vec<String> = texts.iter().map(|t| format!("{t} didn’t")).collect();
    let curly: Vec<&str> = curly.iter().map(String::as_str).collect();
    group.bench_function("text_terms_batch_typographic", |b| {
        b.iter(|| analyzer.terms_batch(&curly))
    });
    group.bench_function("vectorize_fit_transform", |b| {
        b.iter(|| {
            let v = VocabularyBuilder::default().fit(&terms).unwrap();
            v.transform(&terms)
        })
    });
    group.bench_function("cluster_kmeans_k40", |b| {
        let params = KMeansParams {
            k: Some(40),
            ..Default::default()
        }
        .check()
        .unwrap();
        // Terms only (no theme scores), as before: the k-means cost itself.
        let one_each: Vec<u32> = (0..texts.len() as u32).collect();
        let input = ClusterInput {
            rows: &matrix,
            vocab: &vocab,
            eligible: &eligible,
            ids: &id_refs,
            text_of: &one_each,
            texts: &texts,
            analyzer: &analyzer,
            guide_of: &[],
            themes: &Vec::new(),
            sentiments: &[],
        };
        b.iter(|| cluster_comments(&input, &params, None))
    });
    group.finish();
}

/// Export's number cells: 100,000 scores written with four decimals, as `tagged.csv`.
pub fn export_cells(c: &mut Criterion) {
    const SCORES: usize = 100_000;
    let scores: Vec<f32> = (0..SCORES as u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) % 1_000_003) as f32 / 1_000_003.0)
        .collect();
    let mut group = c.benchmark_group("export");
    group.throughput(Throughput::Elements(SCORES as u64));
    group.bench_function("score_cells_4dp_100k", |b| {
        let mut out = String::with_capacity(SCORES * 8);
        b.iter(|| {
            out.clear();
            for &x in &scores {
                feedback_themes::decimal4::push_4dp(&mut out, x);
                out.push(';');
            }
            out.len()
        })
    });
    group.finish();
}

criterion_group!(benches, ingest_clean, text_vectorize_cluster, export_cells);
criterion_main!(benches);
