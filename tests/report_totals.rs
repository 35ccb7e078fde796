//! `run` makes its report.html from totals it adds up while writing its rows; `report
//! --tagged` makes the page by loading the written folder into a hub. Both must give
//! the same bytes: on the samples (`cli_report.rs`), and here on generated corpora
//! with several weeks or months, sites, protected characteristics, duplicates, blanks,
//! undated rows and a planted rise, whatever the thread count, and when two rows share
//! an id (where `run` falls back to the hub).

#![allow(clippy::unwrap_used)]

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use feedback_themes::ingest::calendar::civil_from_days;

mod support;
use support::{bin, csv_field};

/// A small deterministic generator (no dependency on a crate's stream of numbers).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// The sample answers (those in UTF-8), as a pool of texts.
fn pool() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus-samples/fft_sample.csv");
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(path)
        .unwrap();
    let headers = reader.headers().unwrap().clone();
    let at = headers.iter().position(|h| h == "Answer").unwrap();
    // Some sample rows are malformed on purpose (bytes that are not UTF-8, a field too
    // many): the texts that are fine are enough.
    reader
        .byte_records()
        .filter_map(|r| String::from_utf8(r.unwrap().get(at)?.to_vec()).ok())
        .filter(|t| !t.trim().is_empty())
        .collect()
}

/// How a corpus is spread over time.
#[derive(Clone, Copy)]
enum Span {
    /// 20 weeks of days (the report charts weeks).
    Weeks,
    /// 20 months (the report charts months).
    Months,
}

/// Writes `rows` generated comments to `path`; with `repeat_an_id`, the last row
/// takes the first row's id.
fn write_corpus(path: &Path, rows: usize, span: Span, repeat_an_id: bool) {
    const SITES: [&str; 4] = ["A&E", "Ward 7", "Maternity", "Outpatients"];
    const ETHNICITIES: [&str; 4] = ["White British", "Asian or Asian British", "Mixed", ""];
    const AGES: [&str; 4] = ["18-34", "35-49", "50-64", "65+"];
    const QUESTIONS: [&str; 2] = ["What could we do better?", "What did we do well?"];
    const WHEN: [&str; 6] = [
        "today",
        "this morning",
        "on Monday",
        "at night",
        "twice",
        "again",
    ];
    const WHERE: [&str; 6] = [
        "for clinic",
        "for my scan",
        "for bloods",
        "to see the nurse",
        "for physio",
        "to visit",
    ];
    let pool = pool();
    let mut rng = Lcg(7);
    let days = match span {
        Span::Weeks => 140,
        Span::Months => 600,
    };
    let mut out = String::from(
        "Comment ID,Date,Service type 1,FFT categorical answer,FFT question,FFT answer,Ethnicity,Age band\n",
    );
    let mut texts: Vec<String> = Vec::new();
    for i in 0..rows {
        let day = rng.below(days);
        let latest = day >= days - 7;
        let text = match rng.below(20) {
            0 => String::new(),
            1 => "N/A".to_string(),
            2..=5 if !texts.is_empty() => texts[rng.below(texts.len().min(50))].clone(),
            _ if latest && rng.below(3) == 0 => format!(
                "The car park barrier was broken again {} so I was late {}",
                WHEN[rng.below(WHEN.len())],
                WHERE[rng.below(WHERE.len())]
            ),
            _ => format!(
                "{} {}",
                pool[rng.below(pool.len())],
                pool[rng.below(pool.len())]
            ),
        };
        texts.push(text.clone());
        let date = if rng.below(40) == 0 {
            String::new()
        } else {
            // Day `day` after 6 January 2025 (a Monday), as dd/mm/yyyy.
            let (y, m, d) = civil_from_days(20_094 + day as i64);
            format!("{d:02}/{m:02}/{y}")
        };
        let site = if rng.below(30) == 0 {
            ""
        } else if latest && text.contains("car park barrier") {
            "Ward 7"
        } else {
            SITES[rng.below(SITES.len())]
        };
        let ethnicity = if i % 997 == 5 {
            "Gypsy or Irish Traveller"
        } else {
            ETHNICITIES[rng.below(ETHNICITIES.len())]
        };
        let id = if repeat_an_id && i == rows - 1 {
            "GEN-0".to_string()
        } else {
            format!("GEN-{i}")
        };
        writeln!(
            out,
            "{id},{date},{},{},{},{},{},{}",
            csv_field(site),
            1 + rng.below(5),
            csv_field(QUESTIONS[rng.below(2)]),
            csv_field(&text),
            csv_field(ethnicity),
            AGES[rng.below(AGES.len())],
        )
        .unwrap();
    }
    fs::write(path, out).unwrap();
}

/// Runs `run` on `corpus` into `dir/name` with `threads` worker threads.
fn run(corpus: &Path, dir: &Path, name: &str, threads: &str) -> PathBuf {
    let out = dir.join(name);
    bin()
        .env("RAYON_NUM_THREADS", threads)
        .arg("run")
        .arg(corpus)
        .args(["--quiet", "--out"])
        .arg(&out)
        .assert()
        .success();
    out
}

/// The page `report --tagged` makes of the run folder `out` (through a hub).
fn hub_page(out: &Path) -> String {
    let page = out.with_extension("hub.html");
    bin()
        .args(["report", "--quiet", "--tagged"])
        .arg(out)
        .arg("-o")
        .arg(&page)
        .assert()
        .success();
    fs::read_to_string(page).unwrap()
}

/// Fails with where two pages first differ (not the whole pages).
fn assert_same(a: &str, b: &str, what: &str) {
    if a != b {
        let at = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
        let around = |s: &str| {
            s.get(at.saturating_sub(80)..(at + 80).min(s.len()))
                .map(str::to_string)
        };
        panic!(
            "{what}: the pages differ from byte {at} ({} and {} bytes):\n{:?}\n{:?}",
            a.len(),
            b.len(),
            around(a),
            around(b)
        );
    }
}

/// Runs a generated corpus and checks run's page against the hub's, byte for byte,
/// and against run's page on one thread; returns run's page.
fn same_page_both_ways(rows: usize, span: Span, repeat_an_id: bool) -> String {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus.csv");
    write_corpus(&corpus, rows, span, repeat_an_id);
    let out = run(&corpus, &dir.path().join("two"), "out", "2");
    let page = fs::read_to_string(out.join("report.html")).unwrap();
    assert_same(&page, &hub_page(&out), "run's report and report --tagged");
    let one = run(&corpus, &dir.path().join("one"), "out", "1");
    let again = fs::read_to_string(one.join("report.html")).unwrap();
    assert_same(&page, &again, "run's report on two threads and on one");
    page
}

#[test]
fn weekly_corpus_with_sites_groups_and_a_rise_gives_the_hubs_page() {
    let page = same_page_both_ways(6_000, Span::Weeks, false);
    for part in [
        "per week",
        "By ethnicity",
        "Ward 7",
        "raised an alert",
        "Up from",
        "<blockquote",
    ] {
        assert!(page.contains(part), "the page shows {part}");
    }
}

#[test]
fn monthly_corpus_gives_the_hubs_page() {
    let page = same_page_both_ways(6_000, Span::Months, false);
    assert!(page.contains("per month"));
}

#[test]
fn rows_sharing_an_id_give_the_hubs_page() {
    same_page_both_ways(1_500, Span::Weeks, true);
}
