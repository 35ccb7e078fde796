//! A small run's clustering input built from texts, for the cluster module's tests.

use super::space::ThemeScores;
use super::ClusterInput;
use crate::classify::SentimentLabel;
use crate::text::Analyzer;
use crate::vectorize::test_docs::fit_all;
use crate::vectorize::{SparseMatrix, Vocabulary};

/// Everything a [`ClusterInput`] borrows, one row per text (all eligible, no
/// predictions) until a test changes a field.
pub(crate) struct TestRun {
    pub(crate) vocab: Vocabulary,
    pub(crate) matrix: SparseMatrix,
    pub(crate) analyzer: Analyzer,
    pub(crate) texts: Vec<&'static str>,
    pub(crate) ids: Vec<&'static str>,
    pub(crate) eligible: Vec<bool>,
    pub(crate) text_of: Vec<u32>,
    pub(crate) guide_of: Vec<u32>,
    pub(crate) themes: Vec<ThemeScores>,
    pub(crate) sentiments: Vec<Option<SentimentLabel>>,
}

impl TestRun {
    /// One row per text, ids "r0", "r1", …
    pub(crate) fn new(texts: &[&'static str]) -> Self {
        let (vocab, matrix) = fit_all(texts);
        const IDS: [&str; 12] = [
            "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11",
        ];
        TestRun {
            vocab,
            matrix,
            analyzer: Analyzer::english(),
            texts: texts.to_vec(),
            ids: IDS[..texts.len()].to_vec(),
            eligible: vec![true; texts.len()],
            text_of: (0..texts.len() as u32).collect(),
            guide_of: Vec::new(),
            themes: Vec::new(),
            sentiments: Vec::new(),
        }
    }

    /// Gives row `i` prediction `i`: these themes and sentiments.
    pub(crate) fn with_guides(
        mut self,
        themes: Vec<ThemeScores>,
        sentiments: Vec<Option<SentimentLabel>>,
    ) -> Self {
        self.guide_of = (0..themes.len() as u32).collect();
        self.themes = themes;
        self.sentiments = sentiments;
        self
    }

    /// The input borrowing this run.
    pub(crate) fn input(&self) -> ClusterInput<'_> {
        ClusterInput {
            rows: &self.matrix,
            vocab: &self.vocab,
            eligible: &self.eligible,
            ids: &self.ids,
            text_of: &self.text_of,
            texts: &self.texts,
            analyzer: &self.analyzer,
            guide_of: &self.guide_of,
            themes: &self.themes,
            sentiments: &self.sentiments,
        }
    }
}
