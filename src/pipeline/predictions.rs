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

/// A prediction as made, before [`Predictions::push`] stores it in columns.
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
}

/// A stored prediction, borrowed from [`Predictions`].
#[derive(Debug, Clone, Copy)]
pub(super) struct PredictionRef<'a> {
    themes: &'a [CompactTheme],
    /// Sentiment, score rounded (written only for scored comments).
    pub(super) sentiment: SentimentPrediction,
}

impl CompactPrediction {
    /// This prediction, borrowed as [`Predictions::get`] gives one.
    #[cfg(test)]
    pub(super) fn borrowed(&self) -> PredictionRef<'_> {
        PredictionRef {
            themes: &self.themes,
            sentiment: self.sentiment,
        }
    }
}

impl PredictionRef<'_> {
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

/// A text's first prediction: most texts are met in one context only, so their
/// predictions are found by text id, without a hash table entry.
#[derive(Debug, Clone, Copy)]
struct FirstPrediction {
    /// Its id, or [`NONE`] when the text has none yet.
    id: u32,
    site: u32,
    rating: Option<u8>,
    question_type: QuestionType,
}

/// Id meaning "no prediction".
const NONE: u32 = u32::MAX;

/// Every distinct prediction of the run, found again by key, kept in columns: the
/// themes of all predictions end to end, one end and one sentiment per prediction.
#[derive(Debug, Default)]
pub(super) struct Predictions {
    themes: Vec<CompactTheme>,
    /// Prediction `g`'s themes are `themes[theme_ends[g - 1]..theme_ends[g]]`.
    theme_ends: Vec<u32>,
    sentiments: Vec<SentimentPrediction>,
    /// Ids reserved so far (stored or pending).
    reserved: u32,
    /// Per text: its first prediction (while streaming).
    first: Vec<FirstPrediction>,
    /// Predictions of a text in a context other than its first one (while streaming).
    others: FastHashMap<PredictionKey, u32>,
}

impl Predictions {
    /// The id of `key`'s prediction, and whether it still has to be made (its id is
    /// then reserved: the predictions to make are pushed in reservation order, after
    /// the `pending` ones reserved before).
    pub(super) fn id(&mut self, key: PredictionKey, pending: usize) -> (u32, bool) {
        debug_assert_eq!(self.reserved as usize, self.len() + pending);
        let text = key.text as usize;
        if self.first.len() <= text {
            let none = FirstPrediction {
                id: NONE,
                site: NONE,
                rating: None,
                question_type: QuestionType::default(),
            };
            self.first.resize(text + 1, none);
        }
        let first = &mut self.first[text];
        let same = |f: &FirstPrediction| {
            f.site == key.site && f.rating == key.rating && f.question_type == key.question_type
        };
        if first.id != NONE && same(first) {
            return (first.id, false);
        }
        if first.id != NONE {
            if let Some(&id) = self.others.get(&key) {
                return (id, false);
            }
        }
        let id = self.reserved;
        self.reserved = id.checked_add(1).expect("under 4 billion predictions");
        if first.id == NONE {
            *first = FirstPrediction {
                id,
                site: key.site,
                rating: key.rating,
                question_type: key.question_type,
            };
        } else {
            self.others.insert(key, id);
        }
        (id, true)
    }

    /// Stores the next reserved prediction.
    pub(super) fn push(&mut self, prediction: &CompactPrediction) {
        self.themes.extend_from_slice(&prediction.themes);
        let end = u32::try_from(self.themes.len()).expect("under 4 billion themes");
        self.theme_ends.push(end);
        self.sentiments.push(prediction.sentiment);
    }

    /// Predictions stored.
    pub(super) fn len(&self) -> usize {
        self.theme_ends.len()
    }

    /// Prediction `g`.
    pub(super) fn get(&self, g: usize) -> PredictionRef<'_> {
        PredictionRef {
            themes: &self.themes[self.theme_range(g)],
            sentiment: self.sentiments[g],
        }
    }

    /// Where prediction `g`'s themes are in `themes`.
    fn theme_range(&self, g: usize) -> std::ops::Range<usize> {
        let start = if g == 0 { 0 } else { self.theme_ends[g - 1] };
        start as usize..self.theme_ends[g] as usize
    }

    /// Each prediction's sentiment, by id.
    pub(super) fn sentiments(&self) -> &[SentimentPrediction] {
        &self.sentiments
    }

    /// Drops the look-up tables once every row is in.
    pub(super) fn close(&mut self) {
        self.first = Vec::new();
        self.others = FastHashMap::default();
    }
}

impl crate::cluster::ThemeLists for Predictions {
    fn theme_count(&self, g: usize) -> usize {
        if g < self.len() {
            self.theme_range(g).len()
        } else {
            0
        }
    }

    fn push_themes(&self, g: usize, out: &mut Vec<(usize, f32)>) {
        if g < self.len() {
            let themes = &self.themes[self.theme_range(g)];
            out.extend(themes.iter().map(|t| (usize::from(t.label), t.score)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::{SentimentLabel, ThemeAssignment};

    fn made(labels: &[&str]) -> CompactPrediction {
        CompactPrediction::new(&Prediction {
            themes: labels
                .iter()
                .map(|l| ThemeAssignment::named(l, 0.5, LabelSource::Model))
                .collect(),
            sentiment: SentimentPrediction {
                label: SentimentLabel::Positive,
                score: 0.9,
            },
        })
    }

    fn key(text: u32, site: u32, rating: Option<u8>) -> PredictionKey {
        PredictionKey {
            text,
            site,
            rating,
            question_type: QuestionType::default(),
        }
    }

    #[test]
    fn each_key_gets_one_id_in_reservation_order() {
        let mut p = Predictions::default();
        assert_eq!(p.id(key(0, 1, Some(5)), 0), (0, true));
        assert_eq!(p.id(key(0, 1, Some(5)), 1), (0, false));
        assert_eq!(p.id(key(0, 1, Some(4)), 1), (1, true));
        assert_eq!(p.id(key(2, NONE, None), 2), (2, true));
        assert_eq!(p.id(key(0, 1, Some(4)), 3), (1, false));
        assert_eq!(p.id(key(2, NONE, None), 3), (2, false));
        assert_eq!(p.id(key(1, NONE, None), 3), (3, true));
    }

    #[test]
    fn stored_themes_come_back_per_prediction() {
        let mut p = Predictions::default();
        let labels = [taxonomy::label_name(0), taxonomy::label_name(3)];
        for made in [made(&labels), made(&[]), made(&labels[1..])] {
            p.push(&made);
        }
        let got: Vec<Vec<usize>> = (0..3).map(|g| p.get(g).label_indices().collect()).collect();
        assert_eq!(got, [vec![0, 3], vec![], vec![3]]);
        use crate::cluster::ThemeLists;
        assert_eq!(p.theme_count(0), 2);
        assert_eq!(p.theme_count(1), 0);
        assert_eq!(p.theme_count(3), 0, "past the end");
    }
}
