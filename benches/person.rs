//! Speed of `PersonRecognizer::find` alone on generated comments of the size of the gold
//! PII set (about 65 characters): half with a name in one of several phrasings, half
//! PII-free look-alikes (wards, hospitals, roles, Hope/Grace/Will as words, lower case).
//! Comments are generated here from a fixed seed; no shared data is read.
//!
//! The whole redactor targets 50,000 comments per second on one core; the person
//! recognizer should take a small part of that budget.

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use feedback_themes::redact::person::PersonRecognizer;
use feedback_themes::redact::recognizer::Recognizer;
use rand::seq::SliceRandom;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

const FIRST: [&str; 8] = [
    "Amira", "Oliver", "Priya", "Tomasz", "Hope", "Kwame", "Siobhan", "Mei",
];
const LAST: [&str; 8] = [
    "Okafor", "Smith", "Patel", "Nowak", "Hughes", "Mensah", "Byrne", "Chen",
];
const WITH_NAME: [&str; 8] = [
    "Dr {L} was very kind and explained everything to me.",
    "Nurse {F} on Ward 12 went above and beyond for my mum.",
    "Big thank you to {F} {L} in the discharge lounge.",
    "my husband {f} was admitted on a friday and nobody told us.",
    "{F} the healthcare assistant was brilliant, nothing too much.",
    "I complained to {F} {L} at PALS but never heard back.",
    "The receptionist, {F}, was rude when I asked about the wait.",
    "thanks to {f} {l} who stayed late to help us.",
];
const WITHOUT_NAME: [&str; 8] = [
    "I waited 10 minutes in A&E before anyone saw me at all.",
    "The Eye Casualty at Glenfield Hospital ran 3 weeks late.",
    "There is always hope when the staff care this much, thank you.",
    "Will the sonographer please stop shouting across the bay.",
    "By the grace of God my dad pulled through, thank you ICU.",
    "the nurse on the stroke unit was very kind and explained it.",
    "All the May appointments at the Balmoral outpatients were cancelled.",
    "Sister and the whole team on ward 31b deserve a medal.",
];

fn comments(count: usize) -> Vec<String> {
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    (0..count)
        .map(|n| {
            if n % 2 == 0 {
                let first = FIRST.choose(&mut rng).copied().unwrap_or("Anna");
                let last = LAST.choose(&mut rng).copied().unwrap_or("Nowak");
                WITH_NAME
                    .choose(&mut rng)
                    .copied()
                    .unwrap_or("")
                    .replace("{F}", first)
                    .replace("{L}", last)
                    .replace("{f}", &first.to_lowercase())
                    .replace("{l}", &last.to_lowercase())
            } else {
                WITHOUT_NAME
                    .choose(&mut rng)
                    .copied()
                    .unwrap_or("")
                    .to_string()
            }
        })
        .collect()
}

fn bench_person(c: &mut Criterion) {
    let recognizer = PersonRecognizer::new();
    let texts = comments(1_000);
    let mut group = c.benchmark_group("person");
    group.throughput(Throughput::Elements(texts.len() as u64));
    group.bench_function("find_1000_comments", |b| {
        let mut spans = Vec::new();
        b.iter(|| {
            for text in &texts {
                spans.clear();
                recognizer.find(text, &mut spans);
            }
            spans.len()
        })
    });
    group.finish();
}

criterion_group!(benches, bench_person);
criterion_main!(benches);
