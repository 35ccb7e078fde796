//! [`Predictions`]: each distinct (text, question, rating, site) predicted once.
//!
//! A prediction depends on the comment's tokens and its survey context only, so rows
//! sharing both share one prediction. Scores are stored already rounded as written.

use crate::classify::{taxonomy, LabelSource, Prediction, SentimentPrediction};
use crate::clean::QuestionType;
use crate::fast_hash::FastHashMap;

/// One theme of a stored prediction.
#[derive(Debug, Clone, Copy)]
struct CompactTheme {
    label: u8,
    score: f32,
    source: LabelSource,
}

/// One theme of a stored prediction as written: what a
/// [`ThemeAssignment`](crate::classify::ThemeAssignment) holds, without owning its names.
#[derive(Debug, Clone, Copy)]
pub(super) struct ThemePart {
    pub(super) label: &'static str,
    pub(super) major: &'static str,
    pub(super) score: f32,
    pub(super) source: LabelSource,
}

/// A stored prediction.
#[derive(Debug, Clone)]
pub(super) struct CompactPrediction {
    themes: Box<[CompactTheme]>,
    /// Sentiment, score rounded (written only for scored comments).
    pub(super) sentiment: SentimentPrediction,
}

/// Rounds a score to four decimals so outputs stay short and readable.
fn round4(x: f32) -> f32 {
    (x * 10_000.0).round() / 10_000.0
}

impl CompactPrediction {
    /// Stores a model prediction, scores rounded to four decimals.
    pub(super) fn new(p: &Prediction) -> Self {
        let themes = p
            .themes
            .iter()
            .map(|t| CompactTheme {
                label: taxonomy::label_index(&t.label)
                    .and_then(|i| u8::try_from(i).ok())
                    .expect("the model predicts QDC v7 labels"),
                score: round4(t.score),
                source: t.source,
            })
            .collect();
        CompactPrediction {
            themes,
            sentiment: SentimentPrediction {
                score: round4(p.sentiment.score),
                ..p.sentiment
            },
        }
    }

    /// The subcategory index of each theme, as written.
    pub(super) fn label_indices(&self) -> impl Iterator<Item = usize> + '_ {
        self.themes.iter().map(|t| usize::from(t.label))
    }

    /// The themes as written, borrowed from the taxonomy (no string per theme).
    pub(super) fn theme_parts(&self) -> impl Iterator<Item = ThemePart> + '_ {
        self.themes.iter().map(|t| {
            let index = usize::from(t.label);
            ThemePart {
                label: taxonomy::label_name(index),
                major: taxonomy::majors()[taxonomy::major_index_of(index)],
                score: t.score,
                source: t.source,
            }
        })
    }

    /// The themes as written.
    #[cfg(test)]
    pub(super) fn themes(&self) -> Vec<crate::classify::ThemeAssignment> {
        self.themes
            .iter()
            .map(|t| {
                crate::classify::ThemeAssignment::named(
                    taxonomy::label_name(t.label.into()),
                    t.score,
                    t.source,
                )
            })
            .collect()
    }
}

/// The survey context a prediction was made in, with the text's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) struct PredictionKey {
    pub(super) text: u32,
    pub(super) site: u32,
    pub(super) rating: Option<u8>,
    pub(super) question_type: QuestionType,
}

/// Every distinct prediction of the run, found again by key.
#[derive(Debug, Default)]
pub(super) struct Predictions {
    pub(super) stored: Vec<CompactPrediction>,
    index: FastHashMap<PredictionKey, u32>,
}

impl Predictions {
    /// The id of `key`'s prediction, and whether it still has to be made (its id is
    /// then reserved: the predictions to make are pushed in reservation order).
    pub(super) fn id(&mut self, key: PredictionKey, pending: usize) -> (u32, bool) {
        if let Some(&id) = self.index.get(&key) {
            return (id, false);
        }
        let id = u32::try_from(self.stored.len() + pending).expect("under 4 billion predictions");
        self.index.insert(key, id);
        (id, true)
    }

    /// Drops the look-up table once every row is in.
    pub(super) fn close(&mut self) {
        self.index = FastHashMap::default();
    }
}

impl crate::cluster::ThemeLists for Predictions {
    fn theme_count(&self, g: usize) -> usize {
        self.stored.get(g).map_or(0, |p| p.themes.len())
    }

    fn push_themes(&self, g: usize, out: &mut Vec<(usize, f32)>) {
        if let Some(p) = self.stored.get(g) {
            out.extend(p.themes.iter().map(|t| (usize::from(t.label), t.score)));
        }
    }
}
