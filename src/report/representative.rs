//! Choosing quotes that stand for a group of comments (a theme or a cluster): the
//! comments nearest the group's centre, not a random few.
//!
//! Every comment becomes a TF-IDF row (the same analyzer and vectoriser as clustering,
//! IDF learned on all the period's comments); the group's centre is the mean of its
//! rows; comments are ranked by cosine similarity to that centre, ties broken by their
//! order in the input, so the choice is deterministic. Only readable comments are
//! quoted (4 to 60 words), and a comment sharing most of its words with one already
//! chosen (60% or more of the shorter one's distinct words) is passed over, so three
//! quotes say three things, and a comment that repeats a chosen one inside a longer
//! comment is passed over too.

use crate::text::Analyzer;
use crate::vectorize::{Vocabulary, VocabularyBuilder};

/// Fewest words a quote may have (shorter comments say too little to stand for a theme).
const MIN_WORDS: usize = 4;
/// Most words a quote may have (longer ones do not fit a page of quotes).
const MAX_WORDS: usize = 60;
/// A quote sharing this share of the shorter one's words with a chosen one is a near
/// repeat.
const NEAR_REPEAT: f64 = 0.6;

/// The share of the shorter of two sorted, deduplicated word lists found in the other
/// (the overlap coefficient): 1 when one comment's words all appear in the other.
fn overlap(a: &[String], b: &[String]) -> f64 {
    let shared = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    let shorter = a.len().min(b.len());
    if shorter == 0 {
        1.0
    } else {
        shared as f64 / shorter as f64
    }
}

/// Picks representative comments; fitted once per report on the period's comments.
#[derive(Debug, Clone)]
pub struct Representative {
    analyzer: Analyzer,
    vocab: Vocabulary,
}

impl Representative {
    /// Learns the vocabulary and IDF from `corpus` (every real answer in the period).
    pub fn fit(corpus: &[&str]) -> Self {
        let analyzer = Analyzer::english();
        let docs = analyzer.terms_batch(corpus);
        let builder = VocabularyBuilder {
            min_df: if corpus.len() < 50 { 1 } else { 2 },
            max_df_ratio: 0.5,
            max_terms: None,
        };
        let vocab = builder
            .fit(&docs)
            .expect("min_df ≥ 1 and max_df_ratio in (0, 1] are valid");
        Representative { analyzer, vocab }
    }

    /// Indices into `texts` of up to `k` comments nearest the centre of all of `texts`,
    /// the nearest first (comments with no known term last, in input order). Comments
    /// outside 4–60 words, or nearly repeating one already chosen, are passed over.
    pub fn pick(&self, texts: &[&str], k: usize) -> Vec<usize> {
        if texts.is_empty() || k == 0 {
            return Vec::new();
        }
        let rows = self.vocab.transform(&self.analyzer.terms_batch(texts));
        let mut centre = vec![0.0f32; self.vocab.len()];
        for row in rows.outer_iterator() {
            for (&t, &w) in row.indices().iter().zip(row.data()) {
                centre[t as usize] += w;
            }
        }
        let mut ranked: Vec<(usize, f32)> = rows
            .outer_iterator()
            .enumerate()
            .map(|(i, row)| {
                let dot = row
                    .indices()
                    .iter()
                    .zip(row.data())
                    .map(|(&t, &w)| w * centre[t as usize])
                    .sum::<f32>();
                (i, dot)
            })
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut chosen: Vec<usize> = Vec::with_capacity(k);
        let mut seen: Vec<Vec<String>> = Vec::with_capacity(k);
        for (i, _) in ranked {
            let mut words = self.analyzer.words(texts[i]);
            if !(MIN_WORDS..=MAX_WORDS).contains(&words.len()) {
                continue;
            }
            words.sort_unstable();
            words.dedup();
            if seen.iter().any(|s| overlap(s, &words) >= NEAR_REPEAT) {
                continue;
            }
            seen.push(words);
            chosen.push(i);
            if chosen.len() == k {
                break;
            }
        }
        chosen
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CORPUS: [&str; 10] = [
        "The wait in the emergency department was far too long",
        "We waited four hours to be seen, the wait was too long",
        "Long wait at reception before anyone saw us",
        "Parking was impossible and the car park too expensive",
        "Staff were kind and caring throughout my stay",
        "The food was cold and the menu had no choice",
        "Lovely nurses, kind and caring",
        "Waiting room was dirty",
        "Could not find a parking space anywhere",
        "The doctor explained everything clearly to me",
    ];

    #[test]
    fn picks_the_comments_nearest_the_centre_first() {
        let picker = Representative::fit(&CORPUS);
        let group = [
            "Waited a long wait to be seen in the department",
            "The wait was long and the wait for results longer",
            "Parking was awful but the wait was long too",
            "Staff were kind and caring throughout",
        ];
        let picked = picker.pick(&group, 2);
        assert_eq!(picked.len(), 2);
        assert!(
            !picked.contains(&3),
            "the off-topic comment is not representative"
        );
    }

    #[test]
    fn short_long_and_repeated_comments_are_passed_over() {
        let picker = Representative::fit(&CORPUS);
        let long = "wait ".repeat(70);
        let group = [
            "Long wait",
            long.as_str(),
            "The wait was too long today",
            "The wait was too long today",
        ];
        assert_eq!(picker.pick(&group, 3), vec![2]);
    }

    #[test]
    fn near_repeats_are_passed_over() {
        let picker = Representative::fit(&CORPUS);
        let group = [
            "The wait was far too long today",
            "The wait was far too long today, thank you",
            "Long wait for results and for the doctor",
        ];
        assert_eq!(picker.pick(&group, 3).len(), 2);
        let inside = [
            "Some staff were unfriendly and made me feel like a nuisance",
            "Some staff were unfriendly and made me feel like a nuisance. The desk was rude",
            "The car park was full and the machine was broken",
        ];
        assert_eq!(
            picker.pick(&inside, 3).len(),
            2,
            "one comment repeated inside a longer one is a near repeat"
        );
    }

    #[test]
    fn the_choice_is_deterministic() {
        let picker = Representative::fit(&CORPUS);
        let first = picker.pick(&CORPUS, 3);
        for _ in 0..5 {
            assert_eq!(picker.pick(&CORPUS, 3), first);
        }
        assert_eq!(first.len(), 3);
        assert!(picker.pick(&[], 3).is_empty());
    }
}
