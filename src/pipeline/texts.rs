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

/// What is known of one distinct text when it is added ([`DistinctTexts::fill`] keeps
/// it in compact columns).
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
}

/// Bytes per block of the text arena: texts are appended to blocks of this size (a
/// longer text gets a block of its own), so the arena grows without copying what it
/// holds, and a million texts cost no allocation of their own.
const TEXT_BLOCK: usize = 8 << 20;

/// Id of "no duplicate group" (non-answers).
const NO_GROUP: u32 = u32::MAX;

/// A text's flags and interned redaction counts.
#[derive(Debug, Clone, Copy)]
struct TextFacts {
    /// Index of its redaction counts in [`DistinctTexts::redaction_sets`].
    redactions: u32,
    blank: bool,
    non_answer: bool,
}

/// The distinct texts in first-seen order, their copies and their clustering terms,
/// kept in columns: the redacted texts end to end in blocks, one 8-byte end per text;
/// flags and an interned set of redaction counts (few distinct sets) per text.
#[derive(Debug, Default)]
pub(super) struct DistinctTexts {
    /// The digest of every distinct raw text → its id.
    seen: FastHashMap<TextDigest, u32>,
    /// The redacted texts, end to end, in blocks of [`TEXT_BLOCK`] bytes or more.
    blocks: Vec<String>,
    /// Where text `i` ends: its block in the high 32 bits, its end in that block in
    /// the low 32 (it starts where text `i - 1` ends, or at 0 in a new block).
    text_ends: Vec<u64>,
    facts: Vec<TextFacts>,
    /// Distinct sets of redaction counts, by id (the empty set first).
    redaction_sets: Vec<BTreeMap<&'static str, u32>>,
    redaction_index: std::collections::HashMap<BTreeMap<&'static str, u32>, u32>,
    /// Each text's duplicate group ([`NO_GROUP`] for non-answers); kept while streaming.
    duplicate_groups: Vec<u32>,
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
        let id = u32::try_from(self.len() + pending).expect("under 4 billion texts");
        self.seen.insert(raw, id);
        self.copies.push(1);
        id
    }

    /// Number of texts filled in so far.
    pub(super) fn len(&self) -> usize {
        self.text_ends.len()
    }

    /// Adds the next reserved text, with its duplicate key's digest and clustering terms.
    pub(super) fn fill(
        &mut self,
        text: DistinctText,
        duplicate_key: Option<TextDigest>,
        terms: &[String],
    ) {
        let group = duplicate_key.map_or(NO_GROUP, |key| {
            let next = self.groups.len() as u32;
            *self.groups.entry(key).or_insert(next)
        });
        self.duplicate_groups.push(group);
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
        self.push_text(text.text.as_str());
        let redactions = self.redaction_set(text.redactions);
        self.facts.push(TextFacts {
            redactions,
            blank: text.blank,
            non_answer: text.non_answer,
        });
    }

    /// Appends a text to the arena (a new block when the last one is full).
    fn push_text(&mut self, text: &str) {
        let fits = self
            .blocks
            .last()
            .is_some_and(|b| b.capacity() - b.len() >= text.len());
        if !fits {
            self.blocks
                .push(String::with_capacity(TEXT_BLOCK.max(text.len())));
        }
        let block_index = self.blocks.len() - 1;
        let block = &mut self.blocks[block_index];
        block.push_str(text);
        let end = u32::try_from(block.len()).expect("a text block holds under 4 GiB");
        let block_index = u32::try_from(block_index).expect("under 4 billion text blocks");
        self.text_ends
            .push(u64::from(block_index) << 32 | u64::from(end));
    }

    /// The id of a set of redaction counts (added when new).
    fn redaction_set(&mut self, counts: BTreeMap<&'static str, u32>) -> u32 {
        if self.redaction_sets.is_empty() {
            self.redaction_sets.push(BTreeMap::new());
            self.redaction_index.insert(BTreeMap::new(), 0);
        }
        if let Some(&id) = self.redaction_index.get(&counts) {
            return id;
        }
        let id = u32::try_from(self.redaction_sets.len()).expect("under 4 billion sets");
        self.redaction_sets.push(counts.clone());
        self.redaction_index.insert(counts, id);
        id
    }

    /// Text `i`, redacted.
    pub(super) fn text(&self, i: usize) -> &str {
        let end = self.text_ends[i];
        let block = (end >> 32) as usize;
        let stop = (end & u64::from(u32::MAX)) as usize;
        let start = match i.checked_sub(1).map(|p| self.text_ends[p]) {
            Some(previous) if previous >> 32 == end >> 32 => {
                (previous & u64::from(u32::MAX)) as usize
            }
            _ => 0,
        };
        &self.blocks[block][start..stop]
    }

    /// Text `i` is blank after cleaning.
    pub(super) fn blank(&self, i: usize) -> bool {
        self.facts[i].blank
    }

    /// Text `i` is blank or a non-answer: not scored, not clustered.
    pub(super) fn non_answer(&self, i: usize) -> bool {
        self.facts[i].non_answer
    }

    /// Text `i`'s redactions per PII type.
    pub(super) fn redactions(&self, i: usize) -> &BTreeMap<&'static str, u32> {
        &self.redaction_sets[self.facts[i].redactions as usize]
    }

    /// Text `i`'s duplicate group (`None` for non-answers), while streaming.
    pub(super) fn duplicate_group(&self, i: usize) -> Option<u32> {
        let group = self.duplicate_groups[i];
        (group != NO_GROUP).then_some(group)
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

    /// Drops the look-up tables and the duplicate groups once every row is in.
    pub(super) fn close(&mut self) {
        self.seen = FastHashMap::default();
        self.groups = FastHashMap::default();
        self.term_index = FastHashMap::default();
        self.redaction_index = std::collections::HashMap::new();
        self.duplicate_groups = Vec::new();
    }
}

impl crate::cluster::TextList for DistinctTexts {
    fn text_at(&self, t: usize) -> &str {
        self.text(t)
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
        }
    }

    #[test]
    fn texts_come_back_across_arena_blocks() {
        let mut table = DistinctTexts::default();
        let long = "a".repeat(TEXT_BLOCK - 3);
        let longer = "b".repeat(TEXT_BLOCK + 5);
        let texts = ["", "first", &long, "next", &longer, "x", ""];
        for (i, t) in texts.iter().enumerate() {
            table.reserve(TextDigest::of(i.to_string().as_bytes()), 0);
            table.fill(text(t), None, &[]);
        }
        for (i, t) in texts.iter().enumerate() {
            assert_eq!(table.text(i), *t, "text {i}");
        }
        // "", "first" | long | "next" | longer (a block of its own) | "x", "".
        assert_eq!(table.blocks.len(), 5);
    }

    #[test]
    fn redaction_counts_are_kept_per_text() {
        let mut table = DistinctTexts::default();
        let mut named = text("Thanks [PERSON]");
        named.redactions.insert("PERSON", 1);
        for (i, t) in [text("plain"), named.clone(), text("other"), named]
            .into_iter()
            .enumerate()
        {
            table.reserve(TextDigest::of(i.to_string().as_bytes()), 0);
            table.fill(t, None, &[]);
        }
        assert!(table.redactions(0).is_empty());
        assert_eq!(table.redactions(1).get("PERSON"), Some(&1));
        assert!(table.redactions(2).is_empty());
        assert_eq!(table.redactions(3), table.redactions(1));
        assert_eq!(table.redaction_sets.len(), 2);
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
        assert_eq!(table.duplicate_group(0), table.duplicate_group(1));
        assert_eq!(table.groups(), 1);
        assert_eq!(table.text(0), "Long wait");
        assert_eq!(table.text(1), "long  WAIT");
    }
}
