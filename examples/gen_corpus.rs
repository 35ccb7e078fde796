//! Writes a large FFT-style CSV for speed and memory measurements, deterministically.
//!
//! ```sh
//! cargo run --release --example gen_corpus -- --rows 1000000 --out big.csv [--from FILE.csv] [--seed 7]
//! ```
//!
//! Answers are resampled from a pool: by default the project's own synthetic
//! `corpus-samples/fft_sample.csv`, or any CSV in the QDC export layout given with
//! `--from` (e.g. the labelled QDC file beside the repository, which is read, never
//! copied: only recombined sentences reach the output). Two rows in three are new
//! combinations of one to three pool sentences (sometimes with a ward, wait or visit
//! detail added); one row in three repeats an earlier row's text exactly, drawn with a
//! bias towards early rows so a few answers recur thousands of times, as "Excellent
//! service" does in real exports. Question, service type and rating come from the pool
//! answer of the first sentence. The same arguments write byte-identical files.

use std::error::Error;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// One pool answer split into sentences, with its context columns.
struct PoolAnswer {
    sentences: Vec<String>,
    question: String,
    site: String,
    rating: String,
}

/// Details appended to some new combinations (`{}` becomes a number).
const DETAILS: [&str; 6] = [
    "This was on ward {}.",
    "I waited {} minutes.",
    "It was my {} visit this year.",
    "Bed {} was by the window.",
    "We came back after {} days.",
    "Room {} was cold.",
];

/// Command-line arguments.
struct Args {
    rows: usize,
    out: PathBuf,
    from: PathBuf,
    seed: u64,
}

fn parse_args() -> Result<Args, Box<dyn Error>> {
    let mut args = Args {
        rows: 1_000_000,
        out: PathBuf::from("gen_corpus.csv"),
        from: PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/corpus-samples/fft_sample.csv"
        )),
        seed: 7,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let value = it.next().ok_or(format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--rows" => args.rows = value.parse()?,
            "--out" => args.out = PathBuf::from(value),
            "--from" => args.from = PathBuf::from(value),
            "--seed" => args.seed = value.parse()?,
            other => return Err(format!("unknown argument {other}").into()),
        }
    }
    Ok(args)
}

/// Splits an answer into sentences (after `.`, `!` or `?` followed by a space).
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for i in 0..bytes.len() {
        if matches!(bytes[i], b'.' | b'!' | b'?') && bytes.get(i + 1) == Some(&b' ') {
            out.push(text[start..=i].trim().to_string());
            start = i + 1;
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest.to_string());
    }
    out
}

/// Reads the pool answers from a QDC-layout CSV (columns found by name).
fn read_pool(path: &PathBuf) -> Result<Vec<PoolAnswer>, Box<dyn Error>> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_path(path)?;
    let headers = reader.headers()?.clone();
    let col = |names: &[&str]| {
        headers.iter().position(|h| {
            let h = h.trim_start_matches('\u{feff}').trim().to_ascii_lowercase();
            names.contains(&h.as_str())
        })
    };
    let text = col(&["fft answer", "answer", "text", "comment"])
        .ok_or("no text column in the pool file")?;
    let question = col(&["fft question", "question"]);
    let site = col(&["service type 1", "site"]);
    let rating = col(&["fft categorical answer", "rating"]);
    let mut pool = Vec::new();
    // Byte records read lossily: the bundled sample holds Windows-1252 rows on purpose.
    for row in reader.byte_records() {
        let row = row?;
        let get = |c: Option<usize>| {
            c.and_then(|c| row.get(c))
                .map(|b| String::from_utf8_lossy(b).into_owned())
                .unwrap_or_default()
        };
        let answer = get(Some(text));
        let split = sentences(&answer);
        if split.is_empty() {
            continue;
        }
        pool.push(PoolAnswer {
            sentences: split,
            question: get(question),
            site: get(site),
            rating: get(rating),
        });
    }
    if pool.is_empty() {
        return Err("the pool file has no answers".into());
    }
    Ok(pool)
}

/// A new answer: one to three pool sentences, sometimes with a numbered detail.
fn compose(pool: &[PoolAnswer], rng: &mut ChaCha8Rng) -> (String, usize) {
    let first = rng.gen_range(0..pool.len());
    let n = match rng.gen_range(0..100) {
        0..=29 => 1,
        30..=74 => 2,
        _ => 3,
    };
    let mut parts = Vec::with_capacity(n + 1);
    for i in 0..n {
        let answer = if i == 0 {
            &pool[first]
        } else {
            &pool[rng.gen_range(0..pool.len())]
        };
        parts.push(answer.sentences[rng.gen_range(0..answer.sentences.len())].clone());
    }
    if rng.gen_bool(0.5) {
        let detail = DETAILS[rng.gen_range(0..DETAILS.len())];
        parts.push(detail.replace("{}", &rng.gen_range(1..60).to_string()));
    }
    (parts.join(" "), first)
}

fn main() -> Result<(), Box<dyn Error>> {
    let args = parse_args()?;
    let pool = read_pool(&args.from)?;
    let mut rng = ChaCha8Rng::seed_from_u64(args.seed);
    let mut texts: Vec<(String, usize)> = Vec::with_capacity(args.rows);
    let mut out = csv::Writer::from_writer(BufWriter::new(File::create(&args.out)?));
    out.write_record([
        "Comment ID",
        "Date",
        "Service type 1",
        "FFT categorical answer",
        "FFT question",
        "FFT answer",
    ])?;
    for i in 0..args.rows {
        let (text, source) = if i > 0 && rng.gen_range(0..3) == 0 {
            // Biased towards early rows: u³ puts most mass near 0.
            let u: f64 = rng.gen();
            texts[((i as f64) * u * u * u) as usize].clone()
        } else {
            compose(&pool, &mut rng)
        };
        let answer = &pool[source];
        let date = format!(
            "{:02}/{:02}/2025",
            rng.gen_range(1..=28),
            rng.gen_range(1..=12)
        );
        out.write_record([
            format!("GEN-{i:07}").as_str(),
            &date,
            &answer.site,
            &answer.rating,
            &answer.question,
            &text,
        ])?;
        texts.push((text, source));
    }
    out.into_inner()
        .map_err(|e| e.into_error())?
        .flush()
        .map_err(Box::<dyn Error>::from)?;
    eprintln!(
        "wrote {} rows from a pool of {} answers to {}",
        args.rows,
        pool.len(),
        args.out.display()
    );
    Ok(())
}
