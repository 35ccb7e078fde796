//! [`DistinctTexts`]: every distinct comment text of a run, worked on once.
//!
//! Exact copies are common in feedback exports ("Excellent service" thousands of times),
//! and cleaning, redaction and tokenising are functions of the text alone, so a copy
//! costs a hash look-up. The table keeps only the redacted text (in a spill file,
//! [`TextSpill`], read back by id), its redaction counts and flags, and its clustering
//! terms as ids. Texts are looked up by a [`TextDigest`] (128 bits of SHA-256) instead
//! of by their bytes, so the look-up table costs 16 bytes a text however long it is,
//! and no raw text is kept at all. Duplicate keys (the cleaned wording that marks a
//! row as a repeat) are not looked up while streaming: their digests go to a spill
//! file, and once every row is in, [`DistinctTexts::close`] finds the first text of
//! each key a slice of digests at a time, so rows are flagged at export
//! ([`DistinctTexts::duplicate`]) without a table of every key in memory.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Mutex;

use crate::classify::short_str_map::ShortStrMap;
use crate::fast_hash::FastHashMap;
use crate::ingest::hashing_reader::sha256_prefix128;
use crate::ingest::RawText;
use crate::redact::RedactedText;

use super::buckets::Buckets;
use super::text_spill::{ByteSpill, LoadedTexts, TextSpill};

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
/// it in compact columns). Its `Debug` leaves the text out.
#[derive(Clone)]
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

impl std::fmt::Debug for DistinctText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DistinctText")
            .field("text_bytes", &self.text.as_str().len())
            .field("redactions", &self.redactions)
            .field("blank", &self.blank)
            .field("non_answer", &self.non_answer)
            .finish()
    }
}

/// Bytes of a duplicate key's digest in the key spill file.
const KEY_BYTES: usize = 16;

/// Keyed texts whose key digests are sorted at once by [`DistinctTexts::close`]
/// (about 5 MiB); more texts take more passes over the key file, one slice of the
/// digests each.
const KEY_PASS_TEXTS: usize = 1 << 18;

/// Bytes of a keyed text's record in a key bucket: its digest, then its id.
const KEY_RECORD: usize = KEY_BYTES + 4;

/// Key digests read from the key file at a time.
const KEY_READ: usize = 1 << 16;

/// A text's flags and interned redaction counts.
#[derive(Debug, Clone, Copy)]
struct TextFacts {
    /// Index of its redaction counts in [`DistinctTexts::redaction_sets`].
    redactions: u32,
    blank: bool,
    non_answer: bool,
    /// It has a duplicate key (non-answers have none).
    keyed: bool,
    /// No text before it has its duplicate key (set by [`DistinctTexts::close`]).
    first_of_key: bool,
}

/// The distinct texts in first-seen order, their copies and their clustering terms,
/// kept in columns: the redacted texts end to end in a spill file (one 8-byte end per
/// text in memory); flags and an interned set of redaction counts (few distinct sets)
/// per text.
pub(super) struct DistinctTexts {
    /// The digest of every distinct raw text → its id.
    seen: FastHashMap<TextDigest, u32>,
    /// The redacted texts, by id.
    store: TextSpill,
    /// The first failure to read a text for clustering (whose look-ups cannot fail),
    /// reported by [`DistinctTexts::read_failure`].
    failed_read: Mutex<Option<std::io::Error>>,
    facts: Vec<TextFacts>,
    /// Distinct sets of redaction counts, by id (the empty set first).
    redaction_sets: Vec<BTreeMap<&'static str, u32>>,
    redaction_index: std::collections::HashMap<BTreeMap<&'static str, u32>, u32>,
    /// Each text's duplicate key digest (zeros without one), by id, while streaming.
    keys: Option<ByteSpill>,
    /// Rows holding each text.
    pub(super) copies: Vec<u32>,
    /// Clustering terms of text `i`: `term_ids[term_ends[i-1]..term_ends[i]]`, each id
    /// in a variable number of bytes ([`push_varint`]: common terms, met first, have
    /// small ids and take one or two bytes instead of four).
    term_ends: Vec<usize>,
    term_ids: Vec<u8>,
    /// Every clustering term seen, by id.
    terms: Vec<String>,
    /// Each term → its id (short terms keyed by value, see [`ShortStrMap`]).
    term_index: ShortStrMap<u32>,
}

/// Sizes and counts only: no text.
impl std::fmt::Debug for DistinctTexts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DistinctTexts")
            .field("texts", &self.len())
            .field("store", &self.store)
            .field("looked_up", &self.seen.len())
            .field("with_facts", &self.facts.len())
            .field("redaction_sets", &self.redaction_sets.len())
            .field("keys", &self.keys)
            .field("term_id_bytes", &self.term_ids.len())
            .field("terms", &self.terms.len())
            .finish()
    }
}

impl DistinctTexts {
    /// An empty table whose texts spill into an unnamed file in `spill_dir`.
    pub(super) fn new(spill_dir: &Path) -> Self {
        DistinctTexts {
            seen: FastHashMap::default(),
            store: TextSpill::new(spill_dir),
            failed_read: Mutex::new(None),
            facts: Vec::new(),
            redaction_sets: Vec::new(),
            redaction_index: std::collections::HashMap::new(),
            keys: Some(ByteSpill::new(spill_dir)),
            copies: Vec::new(),
            term_ends: Vec::new(),
            term_ids: Vec::new(),
            terms: Vec::new(),
            term_index: ShortStrMap::default(),
        }
    }

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

    /// Number of texts filled in so far (all of the run's once streaming is done; still
    /// right after [`DistinctTexts::drop_terms`] and [`DistinctTexts::drop_facts`]).
    pub(super) fn len(&self) -> usize {
        self.store.len()
    }

    /// Adds the next reserved text, with its duplicate key's digest and clustering terms
    /// (an error when a spill file cannot be written).
    pub(super) fn fill(
        &mut self,
        text: DistinctText,
        duplicate_key: Option<TextDigest>,
        terms: &[String],
    ) -> std::io::Result<()> {
        let keys = (self.keys.as_mut()).ok_or_else(|| std::io::Error::other("texts closed"))?;
        keys.append(&duplicate_key.map_or([0; KEY_BYTES], |k| k.0))?;
        for term in terms {
            let id = match self.term_index.get(term) {
                Some(&id) => id,
                None => {
                    let id = self.terms.len() as u32;
                    self.terms.push(term.clone());
                    self.term_index.insert(term, id);
                    id
                }
            };
            push_varint(&mut self.term_ids, id);
        }
        self.term_ends.push(self.term_ids.len());
        self.store.push(text.text.as_str())?;
        let redactions = self.redaction_set(text.redactions);
        self.facts.push(TextFacts {
            redactions,
            blank: text.blank,
            non_answer: text.non_answer,
            keyed: duplicate_key.is_some(),
            first_of_key: false,
        });
        Ok(())
    }

    /// Writes the texts filled so far to the spill file, so they can be read.
    pub(super) fn flush(&mut self) -> std::io::Result<()> {
        self.store.flush()
    }

    /// Names the spill file in an error (it has no name of its own).
    pub(super) fn spill_error(&self, source: std::io::Error) -> crate::export::WriteError {
        crate::export::WriteError {
            path: format!("a temporary text file in {}", self.store.dir().display()),
            source,
        }
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

    /// Texts `ids` (redacted; any order, repeats allowed), read back from the spill
    /// file (written texts only: see [`DistinctTexts::flush`]).
    pub(super) fn load(&self, ids: impl IntoIterator<Item = u32>) -> std::io::Result<LoadedTexts> {
        self.store.load(ids)
    }

    /// Remembers the first failure to read a text where the reader cannot fail.
    fn note_failure(&self, error: std::io::Error) {
        let mut failed = self.failed_read.lock().unwrap_or_else(|e| e.into_inner());
        failed.get_or_insert(error);
    }

    /// The first failure to read a text for clustering, if any (clustering then saw an
    /// empty text, so its result must not be used).
    pub(super) fn read_failure(&self) -> Option<std::io::Error> {
        let mut failed = self.failed_read.lock().unwrap_or_else(|e| e.into_inner());
        failed.take()
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

    /// Whether a row holding text `i` repeats the duplicate key of an earlier row (once
    /// [`DistinctTexts::close`] has run): `first_copy` when no earlier row holds text
    /// `i` itself. Texts get ids in the order of their first rows, so the first row of
    /// a text is a repeat exactly when an earlier text has its key; every later copy
    /// repeats the first. Non-answers have no key and are never repeats.
    pub(super) fn duplicate(&self, i: usize, first_copy: bool) -> bool {
        let facts = self.facts[i];
        facts.keyed && !(first_copy && facts.first_of_key)
    }

    /// The clustering term ids of text `i`, one per occurrence, in text order.
    pub(super) fn term_ids(&self, i: usize) -> impl Iterator<Item = u32> + '_ {
        let start = if i == 0 { 0 } else { self.term_ends[i - 1] };
        Varints(&self.term_ids[start..self.term_ends[i]])
    }

    /// Every clustering term, by id.
    pub(super) fn terms(&self) -> &[String] {
        &self.terms
    }

    /// Drops the clustering terms and the copy counts once clustering is done (their
    /// last user), so export and the report do not carry them.
    pub(super) fn drop_terms(&mut self) {
        self.term_ends = Vec::new();
        self.term_ids = Vec::new();
        self.terms = Vec::new();
        self.copies = Vec::new();
    }

    /// Drops each text's flags and redaction counts once export is done (their last
    /// user): the report only reads texts back from the spill file. [`Self::len`] still
    /// counts the texts; [`Self::blank`], [`Self::non_answer`], [`Self::redactions`]
    /// and [`Self::duplicate`] must not be asked after this.
    pub(super) fn drop_facts(&mut self) {
        self.facts = Vec::new();
        self.redaction_sets = Vec::new();
    }

    /// Once every row is in: drops the look-up tables, then finds the first text of
    /// each duplicate key from the key spill file (an error when it cannot be read
    /// back), which is then dropped.
    pub(super) fn close(&mut self) -> std::io::Result<()> {
        self.seen = FastHashMap::default();
        self.term_index = ShortStrMap::default();
        self.redaction_index = std::collections::HashMap::new();
        let Some(mut keys) = self.keys.take() else {
            return Ok(());
        };
        keys.flush()?;
        self.mark_first_of_keys(keys, KEY_PASS_TEXTS)
    }

    /// Sets `first_of_key` on the first (lowest id) text of each duplicate key: the
    /// keys' digests are read back from `keys` once and split into `passes` bucket
    /// files ([`Buckets`]: bucket `p` holds the digests whose first 8 bytes are `p`
    /// modulo `passes`), then each bucket is sorted on its own, so at most about
    /// `pass_texts` digests are in memory at once and the bytes read grow linearly
    /// with the texts, not with their square.
    fn mark_first_of_keys(&mut self, keys: ByteSpill, pass_texts: usize) -> std::io::Result<()> {
        let n = self.facts.len();
        if keys.written() != (n * KEY_BYTES) as u64 {
            return Err(super::text_spill::damaged("key file size"));
        }
        let passes = n.div_ceil(pass_texts).max(1);
        let mut buckets = Buckets::new(keys.dir(), passes, KEY_RECORD);
        let mut block = vec![0u8; KEY_READ * KEY_BYTES];
        for start in (0..n).step_by(KEY_READ) {
            let end = (start + KEY_READ).min(n);
            let bytes = &mut block[..(end - start) * KEY_BYTES];
            keys.read_at(bytes, (start * KEY_BYTES) as u64)?;
            for (id, digest) in (start..end).zip(bytes.chunks_exact(KEY_BYTES)) {
                if self.facts[id].keyed {
                    let mut record = [0u8; KEY_RECORD];
                    record[..KEY_BYTES].copy_from_slice(digest);
                    record[KEY_BYTES..].copy_from_slice(&(id as u32).to_le_bytes());
                    buckets.push(key_pass(digest, passes), &record)?;
                }
            }
        }
        drop((keys, block));
        let mut slice: Vec<([u8; KEY_BYTES], u32)> = Vec::new();
        for pass in 0..passes {
            let records = buckets.take(pass)?;
            slice.clear();
            slice.extend(records.chunks_exact(KEY_RECORD).map(|record| {
                let (digest, id) = record.split_at(KEY_BYTES);
                let digest: [u8; KEY_BYTES] = digest.try_into().expect("KEY_BYTES bytes");
                let id: [u8; 4] = id.try_into().expect("a record ends in a 4-byte id");
                (digest, u32::from_le_bytes(id))
            }));
            drop(records);
            slice.sort_unstable();
            let mut previous = None;
            for &(digest, id) in &slice {
                if previous != Some(digest) {
                    let facts = self.facts.get_mut(id as usize);
                    let facts = facts.ok_or_else(|| super::text_spill::damaged("bucket id"))?;
                    facts.first_of_key = true;
                    previous = Some(digest);
                }
            }
        }
        Ok(())
    }
}

/// Which of `passes` slices a key digest (`KEY_BYTES` bytes) is sorted in.
fn key_pass(digest: &[u8], passes: usize) -> usize {
    let mut low = [0u8; 8];
    low.copy_from_slice(&digest[..8]);
    (u64::from_le_bytes(low) % passes as u64) as usize
}

/// Appends `value` in LEB128: seven bits a byte, low bits first, the high bit set on
/// every byte but the last.
fn push_varint(out: &mut Vec<u8>, mut value: u32) {
    while value >= 0x80 {
        out.push((value & 0x7f) as u8 | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// The values of bytes written by [`push_varint`], in order.
struct Varints<'a>(&'a [u8]);

impl Iterator for Varints<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        let mut value = 0u32;
        for (k, &byte) in self.0.iter().enumerate() {
            let bits = u32::try_from(7 * k).unwrap_or(u32::MAX);
            value |= u32::from(byte & 0x7f).checked_shl(bits).unwrap_or(0);
            if byte & 0x80 == 0 {
                self.0 = &self.0[k + 1..];
                return Some(value);
            }
        }
        self.0 = &[];
        None
    }
}

/// Clustering reads texts through this; a text that cannot be read comes back empty
/// and the failure is kept for [`DistinctTexts::read_failure`].
impl crate::cluster::TextList for DistinctTexts {
    fn text_at(&self, t: usize) -> Cow<'_, str> {
        let read = u32::try_from(t)
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::NotFound, "no such text"))
            .and_then(|t| self.store.read(t));
        match read {
            Ok(text) => Cow::Owned(text),
            Err(e) => {
                self.note_failure(e);
                Cow::Borrowed("")
            }
        }
    }

    fn texts_at(&self, ids: &[usize]) -> Vec<Cow<'_, str>> {
        let as_ids = ids.iter().map(|&t| u32::try_from(t).unwrap_or(u32::MAX));
        match self.load(as_ids) {
            Ok(loaded) => ids
                .iter()
                .map(|&t| {
                    let text = u32::try_from(t).ok().and_then(|t| loaded.get(t));
                    if text.is_none() {
                        self.note_failure(std::io::Error::new(
                            std::io::ErrorKind::NotFound,
                            "a text was missing from its read",
                        ));
                    }
                    Cow::Owned(text.unwrap_or_default().to_string())
                })
                .collect(),
            Err(e) => {
                self.note_failure(e);
                ids.iter().map(|_| Cow::Borrowed("")).collect()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::text_spill::test_dir;
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
    fn texts_come_back_from_the_spill_file() {
        use crate::cluster::TextList;
        let mut table = DistinctTexts::new(&test_dir());
        let long = "a".repeat(5 << 20);
        let texts = ["", "first", &long, "next", "x", ""];
        for (i, t) in texts.iter().enumerate() {
            table.reserve(TextDigest::of(i.to_string().as_bytes()), 0);
            table.fill(text(t), None, &[]).unwrap();
        }
        table.flush().unwrap();
        let loaded = table.load((0..texts.len() as u32).rev()).unwrap();
        for (i, t) in texts.iter().enumerate() {
            assert_eq!(loaded.get(i as u32), Some(*t), "text {i}");
            assert_eq!(table.text_at(i), *t, "text {i}");
        }
        assert_eq!(table.texts_at(&[4, 1, 4]), ["x", "first", "x"]);
        assert!(table.read_failure().is_none());
    }

    #[test]
    fn a_text_clustering_cannot_read_is_reported_after() {
        use crate::cluster::TextList;
        let mut table = DistinctTexts::new(&test_dir());
        table.reserve(TextDigest::of(b"0"), 0);
        table.fill(text("written"), None, &[]).unwrap();
        table.reserve(TextDigest::of(b"1"), 0);
        table.fill(text("not flushed"), None, &[]).unwrap();
        assert_eq!(table.text_at(1), "");
        assert_eq!(table.texts_at(&[0, 1]), ["", ""]);
        let failure = table.read_failure().expect("the failed read is kept");
        assert_eq!(failure.kind(), std::io::ErrorKind::NotFound);
        assert!(table.read_failure().is_none(), "reported once");
    }

    #[test]
    fn term_ids_come_back_from_their_short_form() {
        let values = [0, 1, 127, 128, 300, 16_383, 16_384, 2_097_152, u32::MAX];
        let mut bytes = Vec::new();
        for v in values {
            push_varint(&mut bytes, v);
        }
        assert_eq!(bytes.len(), 1 + 1 + 1 + 2 + 2 + 2 + 3 + 4 + 5);
        assert_eq!(Varints(&bytes).collect::<Vec<_>>(), values);
        assert_eq!(Varints(&[]).next(), None);
        assert_eq!(
            Varints(&[0x80]).next(),
            None,
            "a cut-off value is not made up"
        );
    }

    #[test]
    fn redaction_counts_are_kept_per_text() {
        let mut table = DistinctTexts::new(&test_dir());
        let mut named = text("Thanks [PERSON]");
        named.redactions.insert("PERSON", 1);
        for (i, t) in [text("plain"), named.clone(), text("other"), named]
            .into_iter()
            .enumerate()
        {
            table.reserve(TextDigest::of(i.to_string().as_bytes()), 0);
            table.fill(t, None, &[]).unwrap();
        }
        assert!(table.redactions(0).is_empty());
        assert_eq!(table.redactions(1).get("PERSON"), Some(&1));
        assert!(table.redactions(2).is_empty());
        assert_eq!(table.redactions(3), table.redactions(1));
        assert_eq!(table.redaction_sets.len(), 2);
    }

    #[test]
    fn copies_are_counted_and_terms_shared() {
        let mut table = DistinctTexts::new(&test_dir());
        let a = TextDigest::of_raw(&RawText::new("Long wait"));
        assert_eq!(table.copy_of(a), None);
        assert_eq!(table.reserve(a, 0), 0);
        assert_eq!(table.copy_of(a), Some(0));
        let b = TextDigest::of_raw(&RawText::new("long  WAIT"));
        assert_ne!(a, b);
        assert_eq!(table.copy_of(b), None);
        assert_eq!(table.reserve(b, 1), 1);
        let key = Some(TextDigest::of(b"longwait"));
        (table.fill(text("Long wait"), key, &["long".into(), "wait".into()])).unwrap();
        (table.fill(text("long  WAIT"), key, &["wait".into(), "long".into()])).unwrap();
        assert_eq!(table.copies, [2, 1]);
        assert_eq!(table.term_ids(0).collect::<Vec<_>>(), [0, 1]);
        assert_eq!(table.term_ids(1).collect::<Vec<_>>(), [1, 0]);
        table.flush().unwrap();
        table.close().unwrap();
        assert!(!table.duplicate(0, true), "the first row of the key");
        assert!(table.duplicate(0, false), "a copy of that row");
        assert!(
            table.duplicate(1, true),
            "a new text with an earlier text's key"
        );
        let loaded = table.load([1, 0]).unwrap();
        assert_eq!(loaded.get(0), Some("Long wait"));
        assert_eq!(loaded.get(1), Some("long  WAIT"));
    }

    /// Rows flagged as repeats the way a table of every key, filled row by row, flags
    /// them: the first row of a key is not a repeat, every later row with the key is.
    fn duplicates_row_by_row(rows: &[(u32, Option<u8>)]) -> Vec<bool> {
        let mut seen = std::collections::HashSet::new();
        rows.iter()
            .map(|&(_, key)| key.is_some_and(|k| !seen.insert(k)))
            .collect()
    }

    #[test]
    fn duplicates_found_after_streaming_match_a_key_table_whatever_the_passes() {
        // Rows as (text, key): texts get ids in the order of their first rows; some
        // texts share a key, text 4 has none (a non-answer).
        let text_keys = [Some(0u8), Some(1), Some(0), Some(2), None, Some(1), Some(3)];
        let rows: Vec<(u32, Option<u8>)> = [0, 1, 0, 2, 3, 4, 2, 4, 5, 1, 6, 5, 0]
            .into_iter()
            .map(|t: u32| (t, text_keys[t as usize]))
            .collect();
        let expected = duplicates_row_by_row(&rows);
        assert!(expected.contains(&true) && expected.contains(&false));
        for pass_texts in [1, 2, 3, 100] {
            let mut table = DistinctTexts::new(&test_dir());
            for (t, key) in text_keys.iter().enumerate() {
                table.reserve(TextDigest::of(format!("raw {t}").as_bytes()), 0);
                let key = key.map(|k| TextDigest::of(&[k]));
                table.fill(text("t"), key, &[]).unwrap();
            }
            let mut keys = table.keys.take().unwrap();
            keys.flush().unwrap();
            table.mark_first_of_keys(keys, pass_texts).unwrap();
            let mut met = std::collections::HashSet::new();
            let got: Vec<bool> = rows
                .iter()
                .map(|&(t, _)| table.duplicate(t as usize, met.insert(t)))
                .collect();
            assert_eq!(got, expected, "{pass_texts} texts a pass");
        }
    }

    #[test]
    fn a_damaged_key_file_is_an_error() {
        let mut table = DistinctTexts::new(&test_dir());
        for t in 0..3u8 {
            table.reserve(TextDigest::of(&[t]), 0);
            table
                .fill(text("t"), Some(TextDigest::of(&[t])), &[])
                .unwrap();
        }
        let mut keys = table.keys.take().unwrap();
        keys.flush().unwrap();
        keys.file_for_tests().unwrap().set_len(20).unwrap();
        let err = table.mark_first_of_keys(keys, 100).unwrap_err();
        assert!(err.to_string().contains("shorter than written"), "{err}");
    }

    #[test]
    fn many_keyed_texts_in_bucket_files_match_a_key_table() {
        // 30,000 texts, one row each, keys repeating every 7,001 texts; every tenth
        // text a non-answer. Passes of 4,096 texts make 8 buckets of about 75 kB
        // each, so every bucket is written to its file before it is read back.
        let n = 30_000u32;
        let key_of = |t: u32| (t % 10 != 9).then_some(t % 7_001);
        let mut seen = std::collections::HashSet::new();
        let expected: Vec<bool> = (0..n)
            .map(|t| key_of(t).is_some_and(|k| !seen.insert(k)))
            .collect();
        assert!(expected.iter().filter(|&&d| d).count() > 10_000);
        for pass_texts in [4_096, 1 << 18] {
            let mut table = DistinctTexts::new(&test_dir());
            for t in 0..n {
                table.reserve(TextDigest::of(&t.to_le_bytes()), 0);
                let key = key_of(t).map(|k| TextDigest::of(&k.to_be_bytes()));
                table.fill(text("t"), key, &[]).unwrap();
            }
            let mut keys = table.keys.take().unwrap();
            keys.flush().unwrap();
            table.mark_first_of_keys(keys, pass_texts).unwrap();
            let got: Vec<bool> = (0..n as usize).map(|t| table.duplicate(t, true)).collect();
            assert_eq!(got, expected, "{pass_texts} texts a pass");
        }
    }

    #[test]
    fn len_counts_texts_after_their_facts_and_terms_are_dropped() {
        let mut table = DistinctTexts::new(&test_dir());
        for t in 0..3u8 {
            table.reserve(TextDigest::of(&[t]), 0);
            table.fill(text("t"), None, &["term".into()]).unwrap();
        }
        table.flush().unwrap();
        table.close().unwrap();
        table.drop_terms();
        table.drop_facts();
        assert_eq!(table.len(), 3);
        assert_eq!(table.load([2]).unwrap().get(2), Some("t"));
    }

    #[test]
    fn debug_shows_counts_never_text() {
        let secret = "Alice Smith on ward 9";
        let mut table = DistinctTexts::new(&test_dir());
        table.reserve(TextDigest::of(b"0"), 0);
        table.fill(text(secret), None, &["alic".into()]).unwrap();
        let mut pending = text(secret);
        pending.redactions.insert("PERSON", 1);
        for shown in [format!("{table:?}"), format!("{pending:?}")] {
            assert!(
                !shown.contains("Alice") && !shown.contains("alic"),
                "{shown}"
            );
        }
        assert!(format!("{table:?}").contains("texts: 1"));
        assert!(format!("{pending:?}").contains("PERSON"));
    }
}
