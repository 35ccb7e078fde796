//! How real feedback writes a word: in how many comments of the training background it
//! appears in small letters, and in how many it appears capitalised, never counting a
//! word that opens a sentence.
//!
//! A word that real comments write in small letters ("sunny", "miles", "price") is an
//! everyday word there, whatever a name list says; a word they write capitalised in the
//! middle of a sentence and no given-name list holds ("Macmillan", "Easter") is a
//! service, place, brand or season more often than a person, since real comments name
//! people rarely. The table is built by `train-pii` from the *training* part of the
//! background only (so words of the tuning and held-out comments are not in it), keeps
//! only words seen in at least [`MIN_COMMENTS`] comments, and stores a 64-bit hash of
//! each word, never the word (`models/pii/word_counts.tsv`, provenance in the manifest).

use std::collections::HashMap;
use std::sync::OnceLock;

use super::tokens::{tokenize, Shape};
use crate::fast_hash::FastHashMap;
use crate::redact::pii_corpus::names::stable_hash;

/// The shipped table: one line per word, `hash<TAB>small-letter comments<TAB>capitalised comments`.
pub const SHIPPED: &str = include_str!("../../../models/pii/word_counts.tsv");

/// A word is kept only when this many comments hold it (in either form).
pub const MIN_COMMENTS: u32 = 3;

/// In how many training-background comments a word appears in each form (0 when the
/// table does not hold it).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct WordCounts {
    /// Comments writing it in small letters, not opening a sentence.
    pub lower: u32,
    /// Comments writing it capitalised, not opening a sentence.
    pub capitalised: u32,
}

fn table() -> &'static FastHashMap<u64, WordCounts> {
    static TABLE: OnceLock<FastHashMap<u64, WordCounts>> = OnceLock::new();
    TABLE.get_or_init(|| parse(SHIPPED))
}

/// Reads a table written by [`build`]; malformed lines are skipped.
fn parse(text: &str) -> FastHashMap<u64, WordCounts> {
    let mut out = FastHashMap::default();
    for line in text.lines() {
        let mut fields = line.split('\t');
        let (Some(hash), Some(lower), Some(capitalised)) =
            (fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        let (Ok(hash), Ok(lower), Ok(capitalised)) = (
            u64::from_str_radix(hash, 16),
            lower.parse(),
            capitalised.parse(),
        ) else {
            continue;
        };
        out.insert(hash, WordCounts { lower, capitalised });
    }
    out
}

/// Comments of the training background a word must appear in, written in one form, to be
/// read as written so in real feedback (an everyday word in small letters, a proper
/// noun capitalised).
pub(crate) const EVERYDAY_MIN: u32 = 3;

/// Whether real comments write `lower` in small letters often enough to make it an
/// everyday word there ("best", "still", "driver"), whatever a name list says.
pub(crate) fn written_in_small_letters(lower: &str) -> bool {
    counts(lower).lower >= EVERYDAY_MIN
}

/// The counts of one lower-cased word in the shipped table.
pub(crate) fn counts(lower: &str) -> WordCounts {
    table()
        .get(&stable_hash(lower))
        .copied()
        .unwrap_or_default()
}

/// The table for `comments` (the training background), sorted by hash: same input, same
/// bytes.
pub fn build(comments: &[String]) -> String {
    let mut seen: HashMap<u64, WordCounts> = HashMap::new();
    for comment in comments {
        let mut lower_here: Vec<u64> = Vec::new();
        let mut capitalised_here: Vec<u64> = Vec::new();
        for token in tokenize(comment) {
            if token.sentence_start || token.in_brackets {
                continue;
            }
            let hash = stable_hash(token.lower.as_str());
            match token.shape {
                Shape::Lower => lower_here.push(hash),
                Shape::Capitalised => capitalised_here.push(hash),
                _ => {}
            }
        }
        for (list, is_lower) in [(&mut lower_here, true), (&mut capitalised_here, false)] {
            list.sort_unstable();
            list.dedup();
            for &hash in list.iter() {
                let entry = seen.entry(hash).or_default();
                if is_lower {
                    entry.lower += 1;
                } else {
                    entry.capitalised += 1;
                }
            }
        }
    }
    let mut kept: Vec<(u64, WordCounts)> = seen
        .into_iter()
        .filter(|(_, c)| c.lower.max(c.capitalised) >= MIN_COMMENTS)
        .collect();
    kept.sort_unstable_by_key(|&(hash, _)| hash);
    kept.iter()
        .map(|(hash, c)| format!("{hash:016x}\t{}\t{}\n", c.lower, c.capitalised))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_comments_not_uses_and_skips_sentence_openers() {
        let comments: Vec<String> = [
            "It was sunny and sunny again.",
            "A sunny day at the Macmillan centre.",
            "Sunny weather. The sunny garden, with Macmillan nurses.",
            "Thanks to Zanele.",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let table = parse(&build(&comments));
        let sunny = table
            .get(&stable_hash("sunny"))
            .copied()
            .unwrap_or_default();
        // Three comments write it in small letters; the sentence opener is not counted.
        assert_eq!(
            sunny,
            WordCounts {
                lower: 3,
                capitalised: 0
            }
        );
        // Two comments only: below the floor, so not kept (nor is a name seen once).
        assert!(!table.contains_key(&stable_hash("macmillan")));
        assert!(!table.contains_key(&stable_hash("zanele")));
    }

    #[test]
    fn the_table_holds_hashes_not_words() {
        let comments: Vec<String> = (0..3).map(|i| format!("Day {i} was sunny")).collect();
        let text = build(&comments);
        assert!(!text.contains("sunny"));
        assert_eq!(text.lines().count(), 2);
    }

    /// The manifest must describe the compiled-in table (train-pii writes both).
    #[test]
    fn the_manifest_describes_the_shipped_table() {
        let manifest: serde_json::Value =
            serde_json::from_str(include_str!("../../../models/pii/manifest.json"))
                .expect("manifest is JSON");
        assert_eq!(
            manifest["word_counts_sha256"].as_str(),
            Some(crate::ingest::hashing_reader::sha256_hex(SHIPPED.as_bytes()).as_str())
        );
        assert_eq!(
            manifest["word_counts"]["words"].as_u64(),
            Some(SHIPPED.lines().count() as u64)
        );
    }

    #[test]
    fn the_shipped_table_knows_everyday_words() {
        assert!(counts("staff").lower > 100);
        assert_eq!(counts("zanele"), WordCounts::default());
    }
}
