//! End-to-end throughput of `run` on generated data (ingest → … → export).

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

mod common;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

use feedback_themes::cluster::KMeansParams;
use feedback_themes::ingest::IngestOptions;
use feedback_themes::pipeline::{resolve_model_dir, run_pipeline, RunOptions};
use feedback_themes::progress::Progress;

/// Rows per end-to-end run.
const ROWS: usize = 20_000;

fn end_to_end(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("bench.csv");
    std::fs::write(&input, common::qdc_csv(ROWS, 7)).unwrap();
    let options = RunOptions {
        inputs: vec![input],
        out_dir: dir.path().join("out"),
        ingest: IngestOptions::default(),
        model_dir: resolve_model_dir(None),
        kmeans: KMeansParams::default(),
        previous_clusters: None,
        hub: None,
        csv_escape: Default::default(),
        // The data outputs only, as this bench measured them before run wrote a report.
        report: false,
    };
    let mut group = c.benchmark_group("pipeline");
    group.sample_size(10);
    group.throughput(Throughput::Elements(ROWS as u64));
    group.bench_function("run_20k_comments", |b| {
        b.iter(|| run_pipeline(&options, &Progress::hidden()).unwrap())
    });
    group.finish();
}

criterion_group!(benches, end_to_end);
criterion_main!(benches);
