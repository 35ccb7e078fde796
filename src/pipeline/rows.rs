//! [`RowTable`]: what a streaming run keeps of each row until export. In memory: the
//! row's distinct text id and prediction id (columns that clustering reads as they
//! are: 8 bytes a row). The rest of a row (where it came from, its metadata as interned
//! ids, whether it is its text's first row, where its id ends: 40 bytes) is kept in memory only while
//! its chunk is worked on, then appended to an unnamed temporary file (removed by the
//! system when the run ends, however it ends) and read back in order by export; its id
//! goes to a second such file ([`ByteSpill`]), read back with the rows (and by position
//! for clustering's examples). No text is held per row.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::fs::File;
use std::io::{Error, ErrorKind};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};

use super::interner::{Interner, NONE};
use super::text_spill::{damaged, ByteSpill};
use crate::clean::QuestionType;

/// One row's facts, compactly (its text and prediction ids are in
/// [`RowTable::text_of`] and [`RowTable::prediction_of`], its id in the table).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct CompactRow {
    /// Input file index.
    pub(super) source: u32,
    /// 1-based line of the row in its file.
    pub(super) line: u64,
    /// Interned date, or [`NONE`].
    date: u32,
    /// Interned site, or [`NONE`].
    pub(super) site: u32,
    /// Interned ISO date, or [`NONE`].
    date_iso: u32,
    /// Interned carried columns (see [`RowTable::carried`]).
    carried: u32,
    /// FFT rating.
    pub(super) rating: Option<u8>,
    /// The question answered.
    pub(super) question_type: QuestionType,
    /// No earlier row holds its text (with the text's duplicate key this gives the
    /// row's duplicate flag: [`super::texts::DistinctTexts::duplicate`]).
    pub(super) first_copy: bool,
    /// Where the row's id ends in the id file (it starts where the previous row's ends).
    id_end: u64,
}

/// Bytes of a row's record in the spill file.
const RECORD: usize = 40;

impl CompactRow {
    /// The row's fixed-size record (little-endian).
    fn encode(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.source.to_le_bytes());
        out.extend_from_slice(&self.line.to_le_bytes());
        for id in [self.date, self.site, self.date_iso, self.carried] {
            out.extend_from_slice(&id.to_le_bytes());
        }
        let question = QuestionType::ALL
            .iter()
            .position(|&q| q == self.question_type)
            .expect("ALL lists every question type");
        let flags = u8::from(self.rating.is_some()) | u8::from(self.first_copy) << 1;
        out.extend_from_slice(&[self.rating.unwrap_or(0), flags, question as u8, 0]);
        out.extend_from_slice(&self.id_end.to_le_bytes());
    }

    /// A row from its record (`None` when the bytes are not one this table wrote).
    fn decode(record: &[u8]) -> Option<Self> {
        let u32_at = |at: usize| {
            record
                .get(at..at + 4)
                .and_then(|b| b.try_into().ok())
                .map(u32::from_le_bytes)
        };
        let u64_at = |at: usize| {
            record
                .get(at..at + 8)
                .and_then(|b| b.try_into().ok())
                .map(u64::from_le_bytes)
        };
        let line = u64_at(4)?;
        let (rating, flags, question) = (*record.get(28)?, *record.get(29)?, *record.get(30)?);
        Some(CompactRow {
            source: u32_at(0)?,
            line,
            date: u32_at(12)?,
            site: u32_at(16)?,
            date_iso: u32_at(20)?,
            carried: u32_at(24)?,
            rating: (flags & 1 == 1).then_some(rating),
            question_type: *QuestionType::ALL.get(usize::from(question))?,
            first_copy: flags & 2 == 2,
            id_end: u64_at(32)?,
        })
    }
}

/// Rows read back from the spill files: their facts and ids, in order.
#[derive(Default)]
pub(super) struct RowBatch {
    /// Each row's facts.
    pub(super) facts: Vec<CompactRow>,
    /// The rows' ids end to end; the `k`-th row's ends at `id_ends[k]`.
    ids: String,
    id_ends: Vec<usize>,
}

impl RowBatch {
    /// The id of the `k`-th row read.
    pub(super) fn id(&self, k: usize) -> &str {
        let start = if k == 0 { 0 } else { self.id_ends[k - 1] };
        &self.ids[start..self.id_ends[k]]
    }
}

/// The metadata of a row as read, before it is made compact.
pub(super) struct RowFacts<'a> {
    pub(super) text: u32,
    pub(super) source: u32,
    pub(super) line: u64,
    pub(super) id: &'a str,
    pub(super) date: Option<&'a str>,
    pub(super) site: Option<&'a str>,
    pub(super) date_iso: Option<&'a str>,
    pub(super) carried: BTreeMap<String, String>,
    pub(super) rating: Option<u8>,
    pub(super) question_type: QuestionType,
    pub(super) first_copy: bool,
}

/// Every row of the run, in input order.
pub(super) struct RowTable {
    /// Per row: its distinct text id (see [`super::texts::DistinctTexts`]).
    pub(super) text_of: Vec<u32>,
    /// Per row: its prediction id (see [`super::predictions::Predictions`]).
    pub(super) prediction_of: Vec<u32>,
    /// Rows pushed (kept when [`RowTable::drop_columns`] frees the per-row columns).
    rows: usize,
    /// The rows' ids end to end, in a spill file (each row's record says where its
    /// id ends).
    ids: ByteSpill,
    /// The first failure to read an id for clustering (whose look-ups cannot fail),
    /// reported by [`RowTable::read_failure`].
    failed_read: std::sync::Mutex<Option<std::io::Error>>,
    /// Facts of the rows not yet written to `spill` (the last ones pushed).
    pending: Vec<CompactRow>,
    /// Rows whose facts are in `spill`.
    spilled: usize,
    /// Where the facts of rows go once their chunk is done (made when first needed).
    spill: Option<File>,
    /// Folder of the spill file.
    spill_dir: PathBuf,
    dates: Interner,
    pub(super) sites: Interner,
    dates_iso: Interner,
    /// Distinct sets of carried columns (few: equality columns repeat), by id.
    carried: Vec<BTreeMap<String, String>>,
    carried_index: HashMap<BTreeMap<String, String>, u32>,
}

// Row ids and carried columns are the input's (they may be personal), so `Debug` shows
// sizes and counts only.

impl std::fmt::Debug for RowBatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RowBatch")
            .field("rows", &self.facts.len())
            .field("id_bytes", &self.ids.len())
            .finish()
    }
}

impl std::fmt::Debug for RowTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RowTable")
            .field("rows", &self.rows)
            .field("spilled", &self.spilled)
            .field("pending", &self.pending.len())
            .field("ids", &self.ids)
            .field("carried_sets", &self.carried.len())
            .finish()
    }
}

impl RowTable {
    /// An empty table whose rows' facts spill into an unnamed file in `spill_dir`.
    pub(super) fn new(spill_dir: &Path) -> Self {
        RowTable {
            text_of: Vec::new(),
            prediction_of: Vec::new(),
            rows: 0,
            ids: ByteSpill::new(spill_dir),
            failed_read: std::sync::Mutex::new(None),
            pending: Vec::new(),
            spilled: 0,
            spill: None,
            spill_dir: spill_dir.to_path_buf(),
            dates: Interner::default(),
            sites: Interner::default(),
            dates_iso: Interner::default(),
            carried: Vec::new(),
            carried_index: HashMap::new(),
        }
    }

    /// Adds a row (its prediction is set later with [`RowTable::set_prediction`]);
    /// returns its index (an error when its id cannot be written to the spill file).
    pub(super) fn push(&mut self, facts: RowFacts<'_>) -> std::io::Result<usize> {
        let id_end = self.ids.append(facts.id.as_bytes())?;
        self.text_of.push(facts.text);
        self.prediction_of.push(NONE);
        self.rows += 1;
        let row = CompactRow {
            source: facts.source,
            line: facts.line,
            date: self.dates.id(facts.date),
            site: self.sites.id(facts.site),
            date_iso: self.dates_iso.id(facts.date_iso),
            carried: self.carried_id(facts.carried),
            rating: facts.rating,
            question_type: facts.question_type,
            first_copy: facts.first_copy,
            id_end,
        };
        self.pending.push(row);
        Ok(self.len() - 1)
    }

    /// Rows in the table.
    pub(super) fn len(&self) -> usize {
        self.rows
    }

    /// Frees the per-row text and prediction ids once export is done (their last
    /// user); the rows' facts and ids stay readable from the spill files.
    pub(super) fn drop_columns(&mut self) {
        self.text_of = Vec::new();
        self.prediction_of = Vec::new();
    }

    /// The facts of row `i`, not yet spilled (a row of the chunk being worked on).
    pub(super) fn pending_row(&mut self, i: usize) -> &mut CompactRow {
        &mut self.pending[i - self.spilled]
    }

    /// Writes the facts and ids of the rows pushed since the last call to the spill
    /// files.
    pub(super) fn spill(&mut self) -> std::io::Result<()> {
        self.ids.flush()?;
        if self.pending.is_empty() {
            return Ok(());
        }
        let file = match &mut self.spill {
            Some(file) => file,
            None => self.spill.insert(tempfile::tempfile_in(&self.spill_dir)?),
        };
        let mut bytes = Vec::with_capacity(self.pending.len() * RECORD);
        for row in &self.pending {
            row.encode(&mut bytes);
        }
        file.write_all_at(&bytes, (self.spilled * RECORD) as u64)?;
        self.spilled += self.pending.len();
        self.pending.clear();
        Ok(())
    }

    /// Folder of the spill files (other spills of the run go there too).
    pub(super) fn spill_dir(&self) -> &Path {
        &self.spill_dir
    }

    /// Names the spill file in an error (it has no name of its own).
    pub(super) fn spill_error(&self, source: std::io::Error) -> crate::export::WriteError {
        crate::export::WriteError {
            path: format!("a temporary row file in {}", self.spill_dir.display()),
            source,
        }
    }

    /// The facts and ids of rows `range`, read back in order (every row must be
    /// spilled).
    pub(super) fn read(&self, range: std::ops::Range<usize>) -> std::io::Result<RowBatch> {
        let mut batch = RowBatch::default();
        if range.is_empty() {
            return Ok(batch);
        }
        let Some(file) = self.spill.as_ref().filter(|_| range.end <= self.spilled) else {
            return Err(Error::new(ErrorKind::NotFound, "rows not written yet"));
        };
        // The row before the range too, for where the first id starts.
        let from = range.start.saturating_sub(1);
        let mut bytes = vec![0u8; (range.end - from) * RECORD];
        file.read_exact_at(&mut bytes, (from * RECORD) as u64)
            .map_err(|e| match e.kind() {
                ErrorKind::UnexpectedEof => damaged("row file shorter than written"),
                _ => e,
            })?;
        let mut rows = bytes.chunks_exact(RECORD).map(|record| {
            CompactRow::decode(record).ok_or_else(|| damaged("unreadable row record"))
        });
        let id_start = match range.start {
            0 => 0,
            _ => rows.next().transpose()?.map_or(0, |r| r.id_end),
        };
        batch.facts = rows.collect::<std::io::Result<_>>()?;
        let id_end = batch.facts.last().map_or(id_start, |r| r.id_end);
        if id_end < id_start || id_end > self.ids.written() {
            return Err(damaged("ids"));
        }
        let mut ids = vec![0u8; (id_end - id_start) as usize];
        self.ids.read_at(&mut ids, id_start)?;
        batch.ids = String::from_utf8(ids).map_err(|_| damaged("ids not UTF-8"))?;
        for row in &batch.facts {
            let end = row
                .id_end
                .checked_sub(id_start)
                .ok_or_else(|| damaged("ids"))? as usize;
            let previous = batch.id_ends.last().copied().unwrap_or(0);
            if end < previous || !batch.ids.is_char_boundary(end) || end > batch.ids.len() {
                return Err(damaged("ids"));
            }
            batch.id_ends.push(end);
        }
        Ok(batch)
    }

    /// The id of a set of carried columns (added when new).
    fn carried_id(&mut self, carried: BTreeMap<String, String>) -> u32 {
        if let Some(&id) = self.carried_index.get(&carried) {
            return id;
        }
        let id = u32::try_from(self.carried.len()).expect("under 4 billion column sets");
        self.carried.push(carried.clone());
        self.carried_index.insert(carried, id);
        id
    }

    /// A row's ISO date.
    pub(super) fn date_iso(&self, row: &CompactRow) -> Option<&str> {
        self.dates_iso.get(row.date_iso)
    }

    /// A row's carried columns.
    pub(super) fn carried(&self, row: &CompactRow) -> &BTreeMap<String, String> {
        &self.carried[row.carried as usize]
    }

    /// A row's interned ISO date id and carried-columns id (for adding rows up by
    /// value: see [`RowTable::date_iso_of`] and [`RowTable::carried_sets`]).
    pub(super) fn value_ids(&self, row: &CompactRow) -> (u32, u32) {
        (row.date_iso, row.carried)
    }

    /// The ISO date interned as `id` (`None` past the last one).
    pub(super) fn date_iso_of(&self, id: u32) -> Option<&str> {
        self.dates_iso.get(id)
    }

    /// The distinct sets of carried columns, by id.
    pub(super) fn carried_sets(&self) -> &[BTreeMap<String, String>] {
        &self.carried
    }

    /// Sets row `i`'s prediction id.
    pub(super) fn set_prediction(&mut self, i: usize, prediction: u32) {
        self.prediction_of[i] = prediction;
    }

    /// The first failure to read a row's id for clustering, if any (clustering then
    /// saw an empty id, so its result must not be used).
    pub(super) fn read_failure(&self) -> Option<std::io::Error> {
        let mut failed = self.failed_read.lock().unwrap_or_else(|e| e.into_inner());
        failed.take()
    }

    /// A row's date, as written in the input.
    pub(super) fn date(&self, row: &CompactRow) -> Option<&str> {
        self.dates.get(row.date)
    }

    /// A row's site, as written in the input.
    pub(super) fn site(&self, row: &CompactRow) -> Option<&str> {
        self.sites.get(row.site)
    }
}

/// Clustering reads the examples' ids through this; an id that cannot be read comes
/// back empty and the failure is kept for [`RowTable::read_failure`].
impl crate::cluster::RowIds for RowTable {
    fn row_id(&self, i: usize) -> Cow<'_, str> {
        match self.read(i..i + 1) {
            Ok(batch) => Cow::Owned(batch.id(0).to_string()),
            Err(e) => {
                let mut failed = self.failed_read.lock().unwrap_or_else(|e| e.into_inner());
                failed.get_or_insert(e);
                Cow::Borrowed("")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::text_spill::test_dir;
    use super::*;

    #[test]
    fn rows_give_back_their_ids_and_metadata() {
        let mut table = RowTable::new(&test_dir());
        for (i, id) in ["RX1-1", "", "RX1-3"].into_iter().enumerate() {
            (table.push(RowFacts {
                text: 0,
                source: 0,
                line: i as u64 + 2,
                id,
                date: (i != 1).then_some("01/02/2024"),
                site: Some("A&E"),
                date_iso: None,
                carried: BTreeMap::new(),
                rating: (i != 2).then_some(i as u8),
                question_type: QuestionType::ALL[i],
                first_copy: i > 0,
            }))
            .unwrap();
            if i == 1 {
                table.pending_row(1).first_copy = false;
                table.spill().unwrap();
            }
        }
        table.spill().unwrap();
        let batch = table.read(0..3).unwrap();
        let rows = &batch.facts;
        assert_eq!(table.read(1..2).unwrap().facts, rows[1..2]);
        assert_eq!(table.read(1..3).unwrap().id(1), "RX1-3");
        assert_eq!(batch.id(0), "RX1-1");
        assert_eq!(batch.id(1), "");
        assert_eq!(batch.id(2), "RX1-3");
        use crate::cluster::RowIds;
        assert_eq!(table.row_id(2), "RX1-3");
        assert!(table.read_failure().is_none());
        assert_eq!(table.date(&rows[1]), None);
        assert_eq!(table.date(&rows[2]), Some("01/02/2024"));
        assert_eq!(table.site(&rows[2]), Some("A&E"));
        assert!(table.carried(&rows[2]).is_empty());
        let facts: Vec<_> = rows
            .iter()
            .map(|r| (r.line, r.rating, r.question_type, r.first_copy))
            .collect();
        assert_eq!(
            facts,
            [
                (2, Some(0), QuestionType::ALL[0], false),
                (3, Some(1), QuestionType::ALL[1], false),
                (4, None, QuestionType::ALL[2], true),
            ]
        );
        assert!(table.read(0..4).is_err(), "past the rows written");
        assert_eq!(table.row_id(3), "", "past the rows written");
        let failure = table.read_failure().expect("the failed read is kept");
        assert_eq!(failure.kind(), std::io::ErrorKind::NotFound);

        // Once export is done the per-row columns go; the rows stay countable and
        // readable from the spill files.
        table.drop_columns();
        assert!(table.text_of.is_empty() && table.prediction_of.is_empty());
        assert_eq!(table.len(), 3);
        assert_eq!(table.read(0..3).unwrap().facts, batch.facts);
        assert_eq!(table.read(2..3).unwrap().id(0), "RX1-3");
    }

    #[test]
    fn a_damaged_row_file_is_an_error_not_a_panic() {
        let mut table = RowTable::new(&test_dir());
        for line in 0..3 {
            let facts = RowFacts {
                text: 0,
                source: 0,
                line,
                id: "id",
                date: None,
                site: None,
                date_iso: None,
                carried: BTreeMap::new(),
                rating: None,
                question_type: QuestionType::ALL[0],
                first_copy: false,
            };
            table.push(facts).unwrap();
        }
        table.spill().unwrap();
        // An id file cut short: the rows whose ids are still whole read back.
        let ids = table.ids.file_for_tests().unwrap();
        ids.set_len(3).unwrap();
        assert_eq!(table.read(0..1).unwrap().id(0), "id");
        let err = table.read(1..2).unwrap_err();
        assert!(err.to_string().contains("shorter than written"), "{err}");
        // A row record no row has (question number 200).
        let file = table.spill.as_ref().unwrap();
        file.write_all_at(&[200], RECORD as u64 + 30).unwrap();
        let err = table.read(0..3).unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::InvalidData);
        assert!(err.to_string().contains("unreadable row record"), "{err}");
        // A row file cut short.
        file.set_len(RECORD as u64 * 2 + 5).unwrap();
        assert_eq!(table.read(0..1).unwrap().facts.len(), 1);
        let err = table.read(2..3).unwrap_err();
        assert!(err.to_string().contains("shorter than written"), "{err}");
    }

    #[test]
    fn debug_shows_counts_never_ids_or_columns() {
        let mut table = RowTable::new(&test_dir());
        let carried = BTreeMap::from([("ethnicity".to_string(), "Secret".to_string())]);
        let facts = RowFacts {
            text: 0,
            source: 0,
            line: 2,
            id: "NHS-ID-Alice",
            date: None,
            site: None,
            date_iso: None,
            carried,
            rating: None,
            question_type: QuestionType::ALL[0],
            first_copy: true,
        };
        table.push(facts).unwrap();
        table.spill().unwrap();
        let batch = table.read(0..1).unwrap();
        for shown in [format!("{table:?}"), format!("{batch:?}")] {
            assert!(
                !shown.contains("Alice") && !shown.contains("Secret"),
                "{shown}"
            );
        }
        assert!(format!("{table:?}").contains("rows: 1"));
    }
}
