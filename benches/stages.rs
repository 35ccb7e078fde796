//! Per-stage throughput on generated comments: text, vectorize, cluster.

mod common;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

use feedback_themes::cluster::{cluster_comments, KMeansParams};
use feedback_themes::text::Analyzer;
use feedback_themes::vectorize::VocabularyBuilder;

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
        };
        b.iter(|| cluster_comments(&matrix, &vocab, &eligible, &id_refs, &params, None).unwrap())
    });
    group.finish();
}

criterion_group!(benches, text_vectorize_cluster);
criterion_main!(benches);
