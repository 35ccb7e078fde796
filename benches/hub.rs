//! The hub on generated data (`hub::synthetic`): loading a run folder, a breakdown and
//! alerts. 26 weeks × 10 sites × 200 comments = 52,000 comments (plus the planted rise);
//! `cargo run --release --example hub_speed` times the same on about a million.

use criterion::{criterion_group, criterion_main, Criterion};

use feedback_themes::hub::synthetic::{write_single_folder, SyntheticSpec};
use feedback_themes::hub::{load_run_folder, open_in_memory};
use feedback_themes::insight::{alerts, breakdown, AlertQuery, BreakdownQuery};

fn bench_hub(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("run");
    let spec = SyntheticSpec {
        weeks: 26,
        sites: 10,
        per_site_week: 200,
        rise: 50,
        seed: 3,
    };
    write_single_folder(&folder, &spec).expect("generated run folder");
    let mut group = c.benchmark_group("hub");
    group.sample_size(10);
    group.bench_function("load_52k_comments", |b| {
        b.iter(|| {
            let mut conn = open_in_memory().expect("hub");
            load_run_folder(&mut conn, &folder).expect("load")
        })
    });
    let mut conn = open_in_memory().expect("hub");
    load_run_folder(&mut conn, &folder).expect("load");
    let by = |dims: &[&str]| BreakdownQuery {
        by: dims.iter().map(|d| d.to_string()).collect(),
        ..BreakdownQuery::default()
    };
    group.bench_function("breakdown_site_month_52k", |b| {
        b.iter(|| breakdown(&conn, &by(&["site", "month"])).expect("breakdown"))
    });
    group.bench_function("breakdown_ethnicity_52k", |b| {
        b.iter(|| breakdown(&conn, &by(&["ethnicity"])).expect("breakdown"))
    });
    group.bench_function("alerts_weekly_52k", |b| {
        b.iter(|| alerts(&conn, &AlertQuery::default()).expect("alerts"))
    });
    group.finish();
}

criterion_group!(benches, bench_hub);
criterion_main!(benches);
