//! [`DistinctTexts`]: every distinct comment text of a run, worked on once.
//!
//! Exact copies are common in feedback exports ("Excellent service" thousands of times),
//! and cleaning, redaction and tokenising are functions of the text alone, so a copy
//! costs a hash look-up. The table keeps only the redacted text, its redaction counts
//! and flags, and its clustering terms as ids. Texts and duplicate keys are looked up
//! by a [`TextDigest`] (128 bits of SHA-256) instead of by their bytes, so the look-up
//! tables cost 16 bytes a text however long it is, and no raw text is kept at all.

use std::collections::BTreeMap;

use crate::fast_hash::FastHashMap;
use crate::ingest::hashing_reader::sha256_prefix128;
use crate::ingest::RawText;
use crate::redact::RedactedText;

/// The first 128 bits of a text's SHA-256: equal digests are taken as equal texts (two
/// different texts share one with probability about 2^-128 per pair, far below any
/// hardware error rate, even for billions of texts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) struct TextDigest([u8; 16]);

impl TextDigest {
    /// The digest of `bytes`.
    pub(super) fn of(bytes: &[u8]) -> Self {
        TextDigest(sha256_prefix128(bytes))
    }

    /// The digest of a raw comment text.
    pub(super) fn of_raw(raw: &RawText) -> Self {
        TextDigest(raw.digest128())
    }
}

/// What is known of one distinct text.
#[derive(Debug, Clone)]
pub(super) struct DistinctText {
    /// The cleaned, redacted text.
    pub(super) text: RedactedText,
    /// Redactions per PII type.
    pub(super) redactions: BTreeMap<&'static str, u32>,
    /// Empty after cleaning.
    pub(super) blank: bool,
    /// Blank or a non-answer: not scored, not clustered.
    pub(super) non_answer: bool,
    /// Texts equal for duplicate detection share a group (`None` for non-answers).
    pub(super) duplicate_group: Option<u32>,
}

/// The distinct texts in first-seen order, their copies and their clustering terms.
#[derive(Debug, Default)]
pub(super) struct DistinctTexts {
    /// The digest of every distinct raw text → its id.
    seen: FastHashMap<TextDigest, u32>,
    /// Each distinct text.
    pub(super) texts: Vec<DistinctText>,
    /// Rows holding each text.
    pub(super) copies: Vec<u32>,
    /// Clustering terms of text `i`: `term_ids[term_ends[i-1]..term_ends[i]]`.
    term_ends: Vec<usize>,
    term_ids: Vec<u32>,
    /// Every clustering term seen, by id.
    terms: Vec<String>,
    term_index: FastHashMap<String, u32>,
    /// Digests of duplicate keys → group ids.
    groups: FastHashMap<TextDigest, u32>,
}

impl DistinctTexts {
    /// The id of the raw text with digest `raw` if seen before (counting the copy), else
    /// `None` and the caller reserves it with [`DistinctTexts::reserve`].
    pub(super) fn copy_of(&mut self, raw: TextDigest) -> Option<u32> {
        let id = *self.seen.get(&raw)?;
        self.copies[id as usize] += 1;
        Some(id)
    }

    /// Reserves the next id for a new raw text, by its digest (its work follows in
    /// [`DistinctTexts::fill`], in reservation order).
    pub(super) fn reserve(&mut self, raw: TextDigest, pending: usize) -> u32 {
        let id = u32::try_from(self.texts.len() + pending).expect("under 4 billion texts");
        self.seen.insert(raw, id);
        self.copies.push(1);
        id
    }

    /// Number of texts filled in so far.
    pub(super) fn len(&self) -> usize {
        self.texts.len()
    }

    /// Adds the next reserved text, with its duplicate key's digest and clustering terms.
    pub(super) fn fill(
        &mut self,
        mut text: DistinctText,
        duplicate_key: Option<TextDigest>,
        terms: &[String],
    ) {
        text.duplicate_group = duplicate_key.map(|key| {
            let next = self.groups.len() as u32;
            *self.groups.entry(key).or_insert(next)
        });
        for term in terms {
            let id = match self.term_index.get(term.as_str()) {
                Some(&id) => id,
                None => {
                    let id = self.terms.len() as u32;
                    self.terms.push(term.clone());
                    self.term_index.insert(term.clone(), id);
                    id
                }
            };
            self.term_ids.push(id);
        }
        self.term_ends.push(self.term_ids.len());
        self.texts.push(text);
    }

    /// Duplicate groups so far.
    pub(super) fn groups(&self) -> usize {
        self.groups.len()
    }

    /// The clustering term ids of text `i`, one per occurrence, in text order.
    pub(super) fn term_ids(&self, i: usize) -> &[u32] {
        let start = if i == 0 { 0 } else { self.term_ends[i - 1] };
        &self.term_ids[start..self.term_ends[i]]
    }

    /// Every clustering term, by id.
    pub(super) fn terms(&self) -> &[String] {
        &self.terms
    }

    /// Drops the look-up tables once every row is in.
    pub(super) fn close(&mut self) {
        self.seen = FastHashMap::default();
        self.groups = FastHashMap::default();
        self.term_index = FastHashMap::default();
    }
}

impl crate::cluster::TextList for DistinctTexts {
    fn text_at(&self, t: usize) -> &str {
        self.texts[t].text.as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> DistinctText {
        DistinctText {
            text: RedactedText::assume_redacted(s.to_string()),
            redactions: BTreeMap::new(),
            blank: false,
            non_answer: false,
            duplicate_group: None,
        }
    }

    #[test]
    fn copies_are_counted_and_terms_shared() {
        let mut table = DistinctTexts::default();
        let a = TextDigest::of_raw(&RawText::new("Long wait"));
        assert_eq!(table.copy_of(a), None);
        assert_eq!(table.reserve(a, 0), 0);
        assert_eq!(table.copy_of(a), Some(0));
        let b = TextDigest::of_raw(&RawText::new("long  WAIT"));
        assert_ne!(a, b);
        assert_eq!(table.copy_of(b), None);
        assert_eq!(table.reserve(b, 1), 1);
        let key = Some(TextDigest::of(b"longwait"));
        table.fill(text("Long wait"), key, &["long".into(), "wait".into()]);
        table.fill(text("long  WAIT"), key, &["wait".into(), "long".into()]);
        assert_eq!(table.copies, [2, 1]);
        assert_eq!(table.term_ids(0), [0, 1]);
        assert_eq!(table.term_ids(1), [1, 0]);
        assert_eq!(
            table.texts[0].duplicate_group,
            table.texts[1].duplicate_group
        );
        assert_eq!(table.groups(), 1);
    }
}
