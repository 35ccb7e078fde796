//! Comments whose words follow a Zipf-like law over a few thousand distinct words, as real
//! feedback does: a few hundred common words make up most of the text and a long tail
//! turns up now and then. Words are the project's stop words (the commonest ranks), the
//! words of its keyword rules, inflected and misspelt forms of those, and made-up words;
//! about 12 words per comment, as in real answers. Seeded, so the same every run.

use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// Distinct words to draw from.
const VOCABULARY: usize = 4_000;

/// Zipf exponent: the word of rank r is drawn with weight 1 / r^S.
const S: f64 = 1.0;

/// The project's stop words and rule words, then made-up forms of the rule words and
/// made-up words, up to [`VOCABULARY`] distinct words in rank order.
fn vocabulary(rng: &mut ChaCha8Rng) -> Vec<String> {
    let mut stop: Vec<String> = include_str!("../../lexicons/stop_words_en.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect();
    stop.shuffle(rng);
    let mut content: Vec<String> = include_str!("../../lexicons/qdc_v7_rules.toml")
        .lines()
        .filter(|l| l.trim_start().starts_with("keywords"))
        .flat_map(|l| l.split(|c: char| !c.is_ascii_lowercase()))
        .filter(|w| w.len() > 1 && *w != "keywords")
        .map(String::from)
        .collect();
    content.sort_unstable();
    content.dedup();
    content.shuffle(rng);
    let forms: Vec<String> = content
        .iter()
        .flat_map(|w| {
            let mut dropped = w.clone();
            dropped.remove(w.len() / 2);
            [
                format!("{w}s"),
                format!("{w}ed"),
                format!("{w}ing"),
                format!("{w}ly"),
                dropped,
            ]
        })
        .collect();
    // Common ranks alternate stop words and rule words; rarer forms come after.
    let mut words: Vec<String> = Vec::with_capacity(VOCABULARY);
    for i in 0..stop.len().max(content.len()) {
        words.extend(stop.get(i).cloned());
        words.extend(content.get(i).cloned());
    }
    words.extend(forms);
    let mut seen = std::collections::HashSet::new();
    words.retain(|w| seen.insert(w.clone()));
    while words.len() < VOCABULARY {
        let len = rng.gen_range(4..=10);
        let word: String = (0..len)
            .map(|_| char::from(b'a' + rng.gen_range(0..26u8)))
            .collect();
        if seen.insert(word.clone()) {
            words.push(word);
        }
    }
    words.truncate(VOCABULARY);
    words
}

/// `n` comments of 3 to 21 words (12 on average) drawn by rank with Zipf weights.
pub fn zipf_comments(n: usize, seed: u64) -> Vec<String> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let words = vocabulary(&mut rng);
    let mut cumulative = Vec::with_capacity(words.len());
    let mut total = 0.0;
    for rank in 1..=words.len() {
        total += 1.0 / (rank as f64).powf(S);
        cumulative.push(total);
    }
    (0..n)
        .map(|_| {
            let len = rng.gen_range(3..=21);
            let mut text = String::new();
            for i in 0..len {
                let x = rng.gen::<f64>() * total;
                let word = &words[cumulative.partition_point(|&c| c < x).min(words.len() - 1)];
                if i > 0 {
                    text.push_str(if rng.gen_ratio(1, 8) { ". " } else { " " });
                }
                text.push_str(word);
            }
            text.push('.');
            text
        })
        .collect()
}
