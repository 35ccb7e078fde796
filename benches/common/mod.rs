//! Generated feedback for benchmarks: realistic length and vocabulary, seeded, no real data.

#![allow(dead_code)]

pub mod zipf;

use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

const OPENERS: [&str; 8] = [
    "The staff were",
    "I felt the nurses were",
    "Reception was",
    "Overall the service was",
    "The doctor was",
    "My appointment was",
    "The ward was",
    "Parking was",
];
const JUDGEMENTS: [&str; 10] = [
    "very kind and caring",
    "rude and dismissive",
    "really helpful",
    "clean and tidy",
    "late by two hours",
    "excellent as always",
    "impossible to get through to on the phone",
    "expensive and hard to find",
    "cold and the food was poor",
    "professional and explained everything",
];
const EXTRAS: [&str; 10] = [
    "Thank you to Dr Patel and the team.",
    "I waited 45 minutes past my appointment time.",
    "Please call me on 07700 900123 about my complaint.",
    "Nothing could be improved.",
    "The discharge letter never arrived at 12 Park Road.",
    "They listened and involved my family in decisions.",
    "My mum was kept informed at every step.",
    "Pain relief took too long on ward 7.",
    "Contacting the service by email (help@example.nhs.uk) was easy.",
    "",
];

/// `n` comments of one to three sentences, the same for the same seed.
pub fn comments(n: usize, seed: u64) -> Vec<String> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    (0..n)
        .map(|_| {
            let mut s = format!(
                "{} {}.",
                OPENERS.choose(&mut rng).unwrap(),
                JUDGEMENTS.choose(&mut rng).unwrap()
            );
            for _ in 0..rng.gen_range(0..3) {
                let extra = EXTRAS.choose(&mut rng).unwrap();
                if !extra.is_empty() {
                    s.push(' ');
                    s.push_str(extra);
                }
            }
            s
        })
        .collect()
}

/// The same comments as a CSV in the QDC export layout.
pub fn qdc_csv(n: usize, seed: u64) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "Comment ID",
        "Date",
        "Service type 1",
        "FFT categorical answer",
        "FFT question",
        "FFT answer",
    ])
    .unwrap();
    let questions = ["What was good?", "What could we do better?", "FFT Why?"];
    for (i, text) in comments(n, seed).into_iter().enumerate() {
        w.write_record([
            format!("BENCH-{i}"),
            "01/02/2024".to_string(),
            "Outpatients".to_string(),
            ((i % 5) + 1).to_string(),
            questions[i % 3].to_string(),
            text,
        ])
        .unwrap();
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}
