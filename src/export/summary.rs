//! `summary.json`: counts per theme and per major category, by sentiment.

use std::collections::BTreeMap;

use serde::Serialize;

use super::tagged::TaggedRow;
use crate::classify::{taxonomy, SentimentLabel};

/// Counts of comments by sentiment.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SentimentCounts {
    /// All comments counted.
    pub total: u64,
    /// Positive ones.
    pub positive: u64,
    /// Neutral or mixed ones.
    pub neutral: u64,
    /// Negative ones.
    pub negative: u64,
    /// Ones with no sentiment (blanks and non-answers), so the four parts add up to `total`.
    pub unscored: u64,
}

impl SentimentCounts {
    fn merge(&mut self, other: &SentimentCounts) {
        self.total += other.total;
        self.positive += other.positive;
        self.neutral += other.neutral;
        self.negative += other.negative;
        self.unscored += other.unscored;
    }

    fn add(&mut self, label: Option<SentimentLabel>) {
        self.total += 1;
        match label {
            Some(SentimentLabel::Positive) => self.positive += 1,
            Some(SentimentLabel::Neutral) => self.neutral += 1,
            Some(SentimentLabel::Negative) => self.negative += 1,
            None => self.unscored += 1,
        }
    }
}

/// A theme's counts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ThemeCount {
    /// QDC v7 subcategory.
    pub label: String,
    /// Its major category.
    pub major: String,
    /// Comments carrying it, by sentiment.
    #[serde(flatten)]
    pub counts: SentimentCounts,
}

/// A major category's counts (a comment counts once per major, however many subcategories).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MajorCount {
    /// QDC v7 major category.
    pub major: String,
    /// Comments carrying it, by sentiment.
    #[serde(flatten)]
    pub counts: SentimentCounts,
}

/// The whole `summary.json`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// Comments tagged.
    pub comments: u64,
    /// All comments by sentiment.
    pub sentiment: SentimentCounts,
    /// Real answers (not blank, not a non-answer) given no theme at all: the comments
    /// the framework and the rules did not cover, for an analyst to read.
    pub no_theme: u64,
    /// Count of each flag.
    pub flags: BTreeMap<&'static str, u64>,
    /// Redactions made, per PII type.
    pub redactions: BTreeMap<&'static str, u64>,
    /// Every framework subcategory, in framework order (zero counts included).
    pub themes: Vec<ThemeCount>,
    /// Every major category, in framework order.
    pub majors: Vec<MajorCount>,
}

/// The QDC v7 `(subcategory, major)` pairs in framework order: what every
/// `summary.json` is counted against, zero counts included.
fn qdc_v7_framework() -> Vec<(&'static str, &'static str)> {
    taxonomy::subcategories()
        .map(|label| (label, taxonomy::major_of(label).unwrap_or("")))
        .collect()
}

/// Counts rows one at a time (so a streaming run never holds them all), then
/// [`SummaryBuilder::finish`] lays the counts out against the QDC v7 framework.
#[derive(Debug, Clone, Default)]
pub struct SummaryBuilder {
    comments: u64,
    theme_counts: BTreeMap<String, SentimentCounts>,
    major_counts: BTreeMap<String, SentimentCounts>,
    sentiment: SentimentCounts,
    no_theme: u64,
    flags: BTreeMap<&'static str, u64>,
    redactions: BTreeMap<&'static str, u64>,
}

impl SummaryBuilder {
    /// Counts one tagged row.
    pub fn add(&mut self, row: &TaggedRow) {
        self.add_parts(
            row.sentiment.map(|s| s.label),
            &row.flags,
            &row.redactions,
            row.themes
                .iter()
                .map(|t| (t.label.as_str(), t.major.as_str())),
        );
    }

    /// Counts one row given as the parts [`SummaryBuilder::add`] reads: its sentiment
    /// (none for blanks and non-answers), flags, redactions and themes as (label,
    /// major), so a writer that never builds a [`TaggedRow`] counts the same.
    pub fn add_parts<'a>(
        &mut self,
        sentiment: Option<SentimentLabel>,
        flags: &[&'static str],
        redactions: &BTreeMap<&'static str, u32>,
        themes: impl Iterator<Item = (&'a str, &'a str)>,
    ) {
        self.comments += 1;
        let s = sentiment;
        self.sentiment.add(s);
        let real = !flags.iter().any(|f| *f == "blank" || *f == "non_answer");
        for flag in flags {
            *self.flags.entry(flag).or_insert(0) += 1;
        }
        for (kind, n) in redactions {
            *self.redactions.entry(kind).or_insert(0) += u64::from(*n);
        }
        let mut majors_seen: Vec<&str> = Vec::new();
        let mut themed = false;
        for (label, major) in themes {
            themed = true;
            count(&mut self.theme_counts, label, s);
            if !majors_seen.contains(&major) {
                majors_seen.push(major);
                count(&mut self.major_counts, major, s);
            }
        }
        self.no_theme += u64::from(real && !themed);
    }

    /// Adds another builder's counts (rows counted in parallel, merged in order).
    pub fn merge(&mut self, other: SummaryBuilder) {
        self.comments += other.comments;
        self.sentiment.merge(&other.sentiment);
        self.no_theme += other.no_theme;
        for (flag, n) in other.flags {
            *self.flags.entry(flag).or_insert(0) += n;
        }
        for (kind, n) in other.redactions {
            *self.redactions.entry(kind).or_insert(0) += n;
        }
        for (label, c) in other.theme_counts {
            self.theme_counts.entry(label).or_default().merge(&c);
        }
        for (major, c) in other.major_counts {
            self.major_counts.entry(major).or_default().merge(&c);
        }
    }

    /// The summary, every framework subcategory and major in framework order.
    pub fn finish(self) -> Summary {
        let framework = qdc_v7_framework();
        let themes = framework
            .iter()
            .map(|&(label, major)| ThemeCount {
                label: label.to_string(),
                major: major.to_string(),
                counts: self.theme_counts.get(label).cloned().unwrap_or_default(),
            })
            .collect();
        let mut major_order: Vec<&str> = Vec::new();
        for &(_, major) in &framework {
            if !major_order.contains(&major) {
                major_order.push(major);
            }
        }
        let majors = major_order
            .into_iter()
            .map(|major| MajorCount {
                major: major.to_string(),
                counts: self.major_counts.get(major).cloned().unwrap_or_default(),
            })
            .collect();
        Summary {
            comments: self.comments,
            sentiment: self.sentiment,
            no_theme: self.no_theme,
            flags: self.flags,
            redactions: self.redactions,
            themes,
            majors,
        }
    }
}

/// Adds a comment of sentiment `s` to `key`'s counts (allocating the key only once).
fn count(counts: &mut BTreeMap<String, SentimentCounts>, key: &str, s: Option<SentimentLabel>) {
    match counts.get_mut(key) {
        Some(c) => c.add(s),
        None => {
            let mut c = SentimentCounts::default();
            c.add(s);
            counts.insert(key.to_string(), c);
        }
    }
}

/// Counts the tagged rows against the QDC v7 framework, in framework order.
pub fn summarise(rows: &[TaggedRow]) -> Summary {
    let mut builder = SummaryBuilder::default();
    for row in rows {
        builder.add(row);
    }
    builder.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::{LabelSource, ThemeAssignment};
    use crate::clean::QuestionType;
    use crate::export::RowMeta;
    use crate::redact::RedactedText;

    fn row(themes: Vec<ThemeAssignment>, flags: Vec<&'static str>) -> TaggedRow {
        TaggedRow {
            id: "x".into(),
            text: RedactedText::from_redactor("text".into()),
            question_type: QuestionType::Nonspecific,
            themes,
            sentiment: None,
            cluster: None,
            flags,
            redactions: BTreeMap::new(),
            meta: RowMeta {
                file: "in.csv".into(),
                line: 1,
                date: None,
                date_iso: None,
                site: None,
                rating: None,
                carried: BTreeMap::new(),
            },
        }
    }

    #[test]
    fn real_answers_without_a_theme_are_counted() {
        let timely = ThemeAssignment::named("Timeliness of care", 0.9, LabelSource::Model);
        let rows = [
            row(vec![timely], vec![]),
            row(vec![], vec![]),
            row(vec![], vec!["duplicate"]),
            row(vec![], vec!["blank"]),
            row(vec![], vec!["non_answer"]),
        ];
        assert_eq!(summarise(&rows).no_theme, 2);
    }
}
