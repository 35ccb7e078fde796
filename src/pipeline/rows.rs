//! [`RowTable`]: what a streaming run keeps of each row until export (48 bytes a row,
//! plus its id): where it came from, which distinct text and prediction it has, and
//! its metadata as interned ids. No text is held per row. The text and prediction ids
//! are columns of their own, which clustering reads as they are.

use std::collections::{BTreeMap, HashMap};

use super::interner::{Interner, NONE};
use crate::clean::QuestionType;

/// One row, compactly (its text and prediction ids are in [`RowTable::text_of`] and
/// [`RowTable::prediction_of`]).
#[derive(Debug, Clone, Copy)]
pub(super) struct CompactRow {
    /// Input file index.
    pub(super) source: u32,
    /// 1-based line of the row in its file.
    pub(super) line: u64,
    /// End of the row's id in the id arena (it starts where the previous one ends).
    id_end: usize,
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
    /// An earlier row had the same text (for duplicate detection).
    pub(super) duplicate: bool,
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
    pub(super) duplicate: bool,
}

/// Every row of the run, in input order.
#[derive(Debug, Default)]
pub(super) struct RowTable {
    pub(super) rows: Vec<CompactRow>,
    /// Per row: its distinct text id (see [`super::texts::DistinctTexts`]).
    pub(super) text_of: Vec<u32>,
    /// Per row: its prediction id (see [`super::predictions::Predictions`]).
    pub(super) prediction_of: Vec<u32>,
    ids: String,
    dates: Interner,
    pub(super) sites: Interner,
    dates_iso: Interner,
    /// Distinct sets of carried columns (few: equality columns repeat), by id.
    carried: Vec<BTreeMap<String, String>>,
    carried_index: HashMap<BTreeMap<String, String>, u32>,
}

impl RowTable {
    /// Adds a row (its prediction is set later with [`RowTable::set_prediction`]);
    /// returns its index.
    pub(super) fn push(&mut self, facts: RowFacts<'_>) -> usize {
        self.ids.push_str(facts.id);
        self.text_of.push(facts.text);
        self.prediction_of.push(NONE);
        let row = CompactRow {
            source: facts.source,
            line: facts.line,
            id_end: self.ids.len(),
            date: self.dates.id(facts.date),
            site: self.sites.id(facts.site),
            date_iso: self.dates_iso.id(facts.date_iso),
            carried: self.carried_id(facts.carried),
            rating: facts.rating,
            question_type: facts.question_type,
            duplicate: facts.duplicate,
        };
        self.rows.push(row);
        self.rows.len() - 1
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

    /// Row `i`'s ISO date.
    pub(super) fn date_iso(&self, i: usize) -> Option<&str> {
        self.dates_iso.get(self.rows[i].date_iso)
    }

    /// Row `i`'s carried columns.
    pub(super) fn carried(&self, i: usize) -> &BTreeMap<String, String> {
        &self.carried[self.rows[i].carried as usize]
    }

    /// Row `i`'s interned ISO date id and carried-columns id (for adding rows up by
    /// value: see [`RowTable::date_iso_of`] and [`RowTable::carried_set`]).
    pub(super) fn value_ids(&self, i: usize) -> (u32, u32) {
        (self.rows[i].date_iso, self.rows[i].carried)
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

    /// Row `i`'s id.
    pub(super) fn id(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.rows[i - 1].id_end };
        &self.ids[start..self.rows[i].id_end]
    }

    /// Row `i`'s date, as written in the input.
    pub(super) fn date(&self, i: usize) -> Option<&str> {
        self.dates.get(self.rows[i].date)
    }

    /// Row `i`'s site, as written in the input.
    pub(super) fn site(&self, i: usize) -> Option<&str> {
        self.sites.get(self.rows[i].site)
    }
}

impl crate::cluster::RowIds for RowTable {
    fn row_id(&self, i: usize) -> &str {
        self.id(i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_give_back_their_ids_and_metadata() {
        let mut table = RowTable::default();
        for (i, id) in ["RX1-1", "", "RX1-3"].into_iter().enumerate() {
            table.push(RowFacts {
                text: 0,
                source: 0,
                line: i as u64 + 2,
                id,
                date: (i != 1).then_some("01/02/2024"),
                site: Some("A&E"),
                date_iso: None,
                carried: BTreeMap::new(),
                rating: None,
                question_type: QuestionType::WhatGood,
                duplicate: i > 0,
            });
        }
        assert_eq!(table.id(0), "RX1-1");
        assert_eq!(table.id(1), "");
        assert_eq!(table.id(2), "RX1-3");
        assert_eq!(table.date(1), None);
        assert_eq!(table.date(2), Some("01/02/2024"));
        assert_eq!(table.site(2), Some("A&E"));
        assert!(table.carried(2).is_empty());
    }
}
