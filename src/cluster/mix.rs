//! What a cluster holds: its most common themes and its comments by sentiment, so an
//! analyst sees at a glance whether it is one matter and how people feel about it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::ClusterInput;
use crate::classify::{taxonomy, SentimentLabel};

/// Themes listed per cluster.
pub const THEMES_LISTED: usize = 5;

/// One theme's part of a cluster.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ThemeShare {
    /// QDC v7 subcategory.
    pub label: String,
    /// Comments of the cluster carrying it.
    pub comments: usize,
    /// `comments` over the cluster's size (rounded to 3 decimals).
    pub share: f32,
}

/// A cluster's comments by sentiment.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentimentMix {
    /// Positive comments.
    pub positive: usize,
    /// Neutral or mixed comments.
    pub neutral: usize,
    /// Negative comments.
    pub negative: usize,
}

/// A cluster's themes and sentiments counted one member at a time, so the members
/// need not be listed first.
#[derive(Debug, Clone, Default)]
pub struct MixCounts {
    members: usize,
    themes: BTreeMap<usize, usize>,
    sentiment: SentimentMix,
    /// Scratch space for a member's themes.
    scratch: Vec<(usize, f32)>,
}

impl MixCounts {
    /// Counts row `i` of the input as a member.
    pub fn add(&mut self, input: &ClusterInput, i: usize) {
        self.members += 1;
        self.scratch.clear();
        input.themes_into(i, &mut self.scratch);
        for &(label, _) in &self.scratch {
            *self.themes.entry(label).or_insert(0) += 1;
        }
        match input.sentiment_of(i) {
            Some(SentimentLabel::Positive) => self.sentiment.positive += 1,
            Some(SentimentLabel::Neutral) => self.sentiment.neutral += 1,
            Some(SentimentLabel::Negative) => self.sentiment.negative += 1,
            None => {}
        }
    }

    /// The most common themes of the members, most common first (ties in framework
    /// order), at most [`THEMES_LISTED`].
    pub fn theme_shares(&self) -> Vec<ThemeShare> {
        let mut ranked: Vec<(usize, usize)> = self.themes.iter().map(|(&l, &n)| (l, n)).collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let size = self.members.max(1) as f32;
        ranked
            .into_iter()
            .take(THEMES_LISTED)
            .map(|(label, comments)| ThemeShare {
                label: taxonomy::label_name(label).to_string(),
                comments,
                share: (comments as f32 / size * 1000.0).round() / 1000.0,
            })
            .collect()
    }

    /// The members by sentiment.
    pub fn sentiment(&self) -> SentimentMix {
        self.sentiment.clone()
    }
}

/// The counts of the comments `members` (rows of the input): one pass gives both
/// the theme and the sentiment mix.
pub fn counts(input: &ClusterInput, members: &[usize]) -> MixCounts {
    let mut counts = MixCounts::default();
    for &i in members {
        counts.add(input, i);
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cluster::test_run::TestRun;

    #[test]
    fn themes_by_frequency_and_sentiment_counts() {
        let run = TestRun::new(&["a b", "c d", "e f"]).with_guides(
            vec![vec![(3, 0.9), (5, 0.6)], vec![(5, 0.8)], vec![]],
            vec![
                Some(SentimentLabel::Positive),
                None,
                Some(SentimentLabel::Negative),
            ],
        );
        let mix = counts(&run.input(), &[0, 1, 2]).theme_shares();
        assert_eq!(mix[0].label, taxonomy::label_name(5));
        assert_eq!(mix[0].comments, 2);
        assert!((mix[0].share - 0.667).abs() < 1e-6);
        assert_eq!(mix.len(), 2);
        let s = counts(&run.input(), &[0, 1, 2]).sentiment();
        assert_eq!((s.positive, s.neutral, s.negative), (1, 0, 1));
    }
}
