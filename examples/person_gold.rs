//! Development check of the person-name recognizer alone against the gold PII file:
//! PERSON recall (a gold span counts as caught when found spans cover all its letters),
//! share of PERSON letters left readable, PII-free comments with a PERSON span, decoys
//! touched, and a template hold-out split to check that rules generalise.
//!
//! `cargo run --release --example person_gold [-- GOLD] [--misses] [--false]`
//! Prints ids and offsets only, never comment text, unless `--show` is given (for a
//! developer on synthetic data).

use std::io::BufRead;

use feedback_themes::redact::person::PersonRecognizer;
use feedback_themes::redact::recognizer::Recognizer;
use serde::Deserialize;

#[derive(Deserialize)]
struct Span {
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: String,
}

#[derive(Deserialize)]
struct Decoy {
    start: usize,
    end: usize,
}

#[derive(Deserialize)]
struct Row {
    id: String,
    text: String,
    has_pii: bool,
    spans: Vec<Span>,
    decoys: Vec<Decoy>,
    template_id: String,
}

#[derive(Default)]
struct Tally {
    gold: usize,
    caught: usize,
    letters: usize,
    leaked: usize,
    clean: usize,
    clean_flagged: usize,
    decoys: usize,
    decoys_touched: usize,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .cloned()
        .unwrap_or_else(|| "../shared/data/pii/pii_dev.jsonl".to_string());
    let show = args.iter().any(|a| a == "--show");
    let misses = args.iter().any(|a| a == "--misses");
    let falses = args.iter().any(|a| a == "--false");
    let Ok(file) = std::fs::File::open(&path) else {
        eprintln!("skipping: {path} absent");
        return;
    };
    let recognizer = PersonRecognizer::new();
    // Templates are split by the parity of their number: tune on even, check on odd.
    let mut tallies = [Tally::default(), Tally::default()];
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let Ok(line) = line else { continue };
        let Ok(row) = serde_json::from_str::<Row>(&line) else {
            eprintln!("line {}: not a gold row", n + 1);
            continue;
        };
        let number: usize = row
            .template_id
            .rsplit('-')
            .next()
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let tally = &mut tallies[number % 2];
        let mut found = Vec::new();
        recognizer.find(&row.text, &mut found);
        // Map byte spans to char index coverage.
        let chars: Vec<(usize, char)> = row.text.char_indices().collect();
        let covered: Vec<bool> = chars
            .iter()
            .map(|&(b, _)| found.iter().any(|s| s.start <= b && b < s.end))
            .collect();
        for span in row.spans.iter().filter(|s| s.kind == "PERSON") {
            tally.gold += 1;
            let mut ok = true;
            for k in span.start..span.end.min(chars.len()) {
                if chars[k].1.is_alphanumeric() {
                    tally.letters += 1;
                    if !covered[k] {
                        tally.leaked += 1;
                        ok = false;
                    }
                }
            }
            if ok {
                tally.caught += 1;
            } else if misses {
                let shown = if show {
                    format!(" {:?}", row.text)
                } else {
                    String::new()
                };
                println!(
                    "miss {} {} [{}..{}]{}",
                    row.id, row.template_id, span.start, span.end, shown
                );
            }
        }
        if !row.has_pii {
            tally.clean += 1;
            if !found.is_empty() {
                tally.clean_flagged += 1;
                if falses {
                    let shown = if show {
                        let parts: Vec<&str> =
                            found.iter().map(|s| &row.text[s.start..s.end]).collect();
                        format!(" {:?} in {:?}", parts, row.text)
                    } else {
                        String::new()
                    };
                    println!("false {} {}{}", row.id, row.template_id, shown);
                }
            }
        }
        for decoy in &row.decoys {
            tally.decoys += 1;
            if (decoy.start..decoy.end.min(chars.len())).any(|k| covered[k]) {
                tally.decoys_touched += 1;
            }
        }
    }
    for (name, t) in ["even templates", "odd templates"].iter().zip(&tallies) {
        println!(
            "{name}: PERSON recall {:.1}% ({}/{}), letters leaked {:.2}%, PII-free flagged {:.2}% ({}/{}), decoys touched {:.2}% ({}/{})",
            100.0 * t.caught as f64 / t.gold.max(1) as f64,
            t.caught,
            t.gold,
            100.0 * t.leaked as f64 / t.letters.max(1) as f64,
            100.0 * t.clean_flagged as f64 / t.clean.max(1) as f64,
            t.clean_flagged,
            t.clean,
            100.0 * t.decoys_touched as f64 / t.decoys.max(1) as f64,
            t.decoys_touched,
            t.decoys
        );
    }
}
