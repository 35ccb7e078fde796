//! How far a theme's score can be trusted: the assigned labels grouped by score band,
//! with the share of them a human also gave. A well-calibrated model's labels scored
//! 0.5-0.6 are right about half the time.

use serde::Serialize;

use crate::classify::taxonomy::{label_index, labelling_not_possible_index};
use crate::classify::{LabelSet, Prediction};

/// Number of equal-width score bands over 0..=1.
const BANDS: usize = 10;

/// One score band.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReliabilityBand {
    /// Lowest score in the band.
    pub from: f32,
    /// Score the band stops below (1.0 is included in the last band).
    pub to: f32,
    /// Labels assigned with a score in the band.
    pub assigned: usize,
    /// Share of them in the gold set (0 when none were assigned).
    pub precision: f64,
}

/// Bands of the labels assigned by `source: model`, excluding `Labelling not possible`,
/// over the given predictions and their gold label sets.
pub fn reliability(predictions: &[&Prediction], gold: &[LabelSet]) -> Vec<ReliabilityBand> {
    let lnp = labelling_not_possible_index();
    let mut counts = [(0usize, 0usize); BANDS];
    for (prediction, gold) in predictions.iter().zip(gold) {
        for theme in &prediction.themes {
            let Some(label) = label_index(&theme.label).filter(|&l| l != lnp) else {
                continue;
            };
            let band = ((theme.score.clamp(0.0, 1.0) * BANDS as f32) as usize).min(BANDS - 1);
            counts[band].0 += 1;
            counts[band].1 += usize::from(gold.contains(label));
        }
    }
    counts
        .iter()
        .enumerate()
        .map(|(band, &(assigned, correct))| ReliabilityBand {
            from: band as f32 / BANDS as f32,
            to: (band + 1) as f32 / BANDS as f32,
            assigned,
            precision: if assigned == 0 {
                0.0
            } else {
                correct as f64 / assigned as f64
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::taxonomy::label_name;
    use crate::classify::{LabelSource, SentimentLabel, SentimentPrediction, ThemeAssignment};

    fn prediction(themes: &[(usize, f32)]) -> Prediction {
        Prediction {
            themes: themes
                .iter()
                .map(|&(label, score)| ThemeAssignment {
                    label: label_name(label).to_string(),
                    major: String::new(),
                    score,
                    source: LabelSource::Model,
                })
                .collect(),
            sentiment: SentimentPrediction {
                label: SentimentLabel::Neutral,
                score: 1.0,
            },
        }
    }

    #[test]
    fn bands_count_assigned_labels_and_their_precision() {
        let a = prediction(&[(0, 0.95), (5, 0.55)]);
        let b = prediction(&[(0, 0.91), (labelling_not_possible_index(), 1.0)]);
        let bands = reliability(&[&a, &b], &[LabelSet::single(0), LabelSet::EMPTY]);
        assert_eq!(bands.len(), BANDS);
        assert_eq!((bands[9].assigned, bands[9].precision), (2, 0.5));
        assert_eq!((bands[5].assigned, bands[5].precision), (1, 0.0));
        assert_eq!(
            bands.iter().map(|b| b.assigned).sum::<usize>(),
            3,
            "Labelling not possible is not counted"
        );
    }
}
