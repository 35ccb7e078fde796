//! The analyst's overview of a run's clusters (what `feedback-themes clusters` prints):
//! id, name, size, top terms, themes mapped by an edits file, the model's most common
//! themes inside each cluster, its sentiment mix and its three most representative
//! comments as `clusters.json` holds them (redacted text). It never holds example ids,
//! and no other comment text.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use super::edits::Edits;
use crate::classify::{taxonomy, LabelSource, SentimentLabel};
use crate::cluster::mix::SentimentMix;
use crate::cluster::SavedClusters;
use crate::export::TaggedRow;

/// Top terms listed per cluster.
const TERMS_SHOWN: usize = 8;

/// Model themes listed per cluster.
const THEMES_SHOWN: usize = 5;

/// How many comments in a cluster carry a theme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ThemeTally {
    /// QDC v7 subcategory.
    pub label: String,
    /// Comments in the cluster with it (source `model`).
    pub comments: u64,
}

/// One cluster as the analyst sees it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClusterOverview {
    /// Stable cluster id.
    pub id: u32,
    /// The analyst's name (edits file first, then `clusters.json`), else the label.
    pub name: String,
    /// True when `name` was given by an analyst.
    pub named_by_analyst: bool,
    /// The generated label (top three terms).
    pub label: String,
    /// Comments in the cluster, counted in the tagged rows.
    pub size: u64,
    /// Heaviest centroid terms (from `clusters.json`; empty without it).
    pub top_terms: Vec<String>,
    /// Themes the edits file maps to this cluster.
    pub mapped_themes: Vec<String>,
    /// The most common model themes of its comments, most common first.
    pub model_themes: Vec<ThemeTally>,
    /// Its comments by sentiment, counted in the tagged rows.
    pub sentiment: SentimentMix,
    /// Its most representative comments (nearest the centre; redacted text, from
    /// `clusters.json`, under the same name; empty without it).
    pub example_texts: Vec<String>,
}

/// Every cluster of a run, by id.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClusterList {
    /// Comments in the tagged data.
    pub comments: u64,
    /// Comments in no cluster (blank and non-answers).
    pub unclustered: u64,
    /// The clusters, by id.
    pub clusters: Vec<ClusterOverview>,
    /// Cluster ids in the edits file that the run does not have.
    pub edited_ids_not_found: Vec<u32>,
}

/// What is known of one cluster while counting.
#[derive(Default)]
struct Tally {
    label: Option<String>,
    size: u64,
    themes: BTreeMap<usize, u64>,
    sentiment: SentimentMix,
}

/// Builds the overview from tagged rows, the run's `clusters.json` (if any) and an
/// edits file (if any).
pub fn list_clusters(
    rows: &[TaggedRow],
    saved: Option<&SavedClusters>,
    edits: Option<&Edits>,
) -> ClusterList {
    let mut tallies: BTreeMap<u32, Tally> = BTreeMap::new();
    for c in saved.map_or(&[][..], |s| &s.clusters) {
        tallies.entry(c.id).or_default().label = Some(c.label.clone());
    }
    let mut unclustered = 0;
    for row in rows {
        let Some(cluster) = &row.cluster else {
            unclustered += 1;
            continue;
        };
        let tally = tallies.entry(cluster.id).or_default();
        tally.size += 1;
        tally.label.get_or_insert_with(|| cluster.label.clone());
        match row.sentiment.map(|s| s.label) {
            Some(SentimentLabel::Positive) => tally.sentiment.positive += 1,
            Some(SentimentLabel::Neutral) => tally.sentiment.neutral += 1,
            Some(SentimentLabel::Negative) => tally.sentiment.negative += 1,
            None => {}
        }
        for t in row.themes.iter().filter(|t| t.source == LabelSource::Model) {
            if let Some(i) = taxonomy::label_index(&t.label) {
                *tally.themes.entry(i).or_insert(0) += 1;
            }
        }
    }
    let edited = |id: u32| edits.and_then(|e| e.clusters.iter().find(|c| c.id == id));
    let clusters = tallies
        .into_iter()
        .map(|(id, tally)| {
            let saved = saved.and_then(|s| s.clusters.iter().find(|c| c.id == id));
            let label = tally.label.unwrap_or_default();
            let analyst_name = edited(id)
                .and_then(|e| e.name.clone())
                .or_else(|| saved.and_then(|c| c.name.clone()));
            let mut themes: Vec<(usize, u64)> = tally.themes.into_iter().collect();
            themes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            ClusterOverview {
                id,
                named_by_analyst: analyst_name.is_some(),
                name: analyst_name.unwrap_or_else(|| label.clone()),
                label,
                size: tally.size,
                top_terms: saved.map_or_else(Vec::new, |c| {
                    c.top_terms
                        .iter()
                        .take(TERMS_SHOWN)
                        .map(|(t, _)| t.clone())
                        .collect()
                }),
                mapped_themes: edited(id).map_or_else(Vec::new, |e| {
                    e.themes.iter().map(|t| t.to_string()).collect()
                }),
                model_themes: themes
                    .into_iter()
                    .take(THEMES_SHOWN)
                    .map(|(i, comments)| ThemeTally {
                        label: taxonomy::label_name(i).to_string(),
                        comments,
                    })
                    .collect(),
                sentiment: tally.sentiment,
                example_texts: saved.map_or_else(Vec::new, |c| c.example_texts.clone()),
            }
        })
        .collect::<Vec<_>>();
    let edited_ids_not_found = edits.map_or_else(Vec::new, |e| {
        e.clusters
            .iter()
            .map(|c| c.id)
            .filter(|id| !clusters.iter().any(|c| c.id == *id))
            .collect()
    });
    ClusterList {
        comments: rows.len() as u64,
        unclustered,
        clusters,
        edited_ids_not_found,
    }
}

/// The overview as a plain-text table: one line per cluster, then its terms and themes.
pub fn render_table(list: &ClusterList) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{:>4}  {:>6}  name", "id", "size");
    for c in &list.clusters {
        let name = if c.named_by_analyst && c.name != c.label {
            format!("{} (analyst; generated: {})", c.name, c.label)
        } else {
            c.name.clone()
        };
        let _ = writeln!(out, "{:>4}  {:>6}  {name}", c.id, c.size);
        let indent = " ".repeat(14);
        if !c.top_terms.is_empty() {
            let _ = writeln!(out, "{indent}top terms: {}", c.top_terms.join(", "));
        }
        if !c.mapped_themes.is_empty() {
            let _ = writeln!(out, "{indent}mapped themes: {}", c.mapped_themes.join("; "));
        }
        if !c.model_themes.is_empty() {
            let themes: Vec<String> = c
                .model_themes
                .iter()
                .map(|t| format!("{} ({})", t.label, t.comments))
                .collect();
            let _ = writeln!(out, "{indent}model themes: {}", themes.join("; "));
        }
        let m = &c.sentiment;
        if m.positive + m.neutral + m.negative > 0 {
            let _ = writeln!(
                out,
                "{indent}sentiment: {} positive, {} neutral, {} negative",
                m.positive, m.neutral, m.negative
            );
        }
        for example in &c.example_texts {
            let _ = writeln!(out, "{indent}e.g. \"{example}\"");
        }
    }
    let _ = writeln!(
        out,
        "{} comments: {} in {} clusters, {} not clustered (blank or non-answers)",
        list.comments,
        list.comments - list.unclustered,
        list.clusters.len(),
        list.unclustered
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::{SentimentLabel, SentimentPrediction, ThemeAssignment};
    use crate::clean::QuestionType;
    use crate::cluster::SavedCluster;
    use crate::export::{ClusterRef, RowMeta};
    use crate::redact::RedactedText;

    fn row(id: &str, text: &str, cluster: Option<u32>, themes: &[&str]) -> TaggedRow {
        TaggedRow {
            id: id.into(),
            text: RedactedText::assume_redacted(text),
            question_type: QuestionType::Nonspecific,
            themes: themes
                .iter()
                .map(|l| ThemeAssignment::named(l, 0.9, LabelSource::Model))
                .collect(),
            sentiment: Some(SentimentPrediction {
                label: SentimentLabel::Neutral,
                score: 0.5,
            }),
            cluster: cluster.map(|id| ClusterRef {
                id,
                label: "food cold hot".into(),
            }),
            flags: vec![],
            redactions: BTreeMap::new(),
            meta: RowMeta {
                file: "f".into(),
                line: 1,
                date: None,
                site: None,
                rating: None,
                date_iso: None,
                carried: BTreeMap::new(),
            },
        }
    }

    #[test]
    fn counts_sizes_names_and_model_themes_without_text() {
        let rows = vec![
            row(
                "a",
                "The SECRET soup was cold",
                Some(9),
                &["Food & drink provision & facilities"],
            ),
            row(
                "b",
                "cold food",
                Some(9),
                &["Food & drink provision & facilities", "Parking"],
            ),
            row("c", "-", None, &[]),
        ];
        let saved = SavedClusters {
            features: "tfidf".into(),
            k: 1,
            seed: 42,
            brief: 0,
            unclustered: 1,
            clusters: vec![SavedCluster {
                id: 9,
                label: "food cold hot".into(),
                name: None,
                size: 2,
                top_terms: vec![("food".into(), 0.5), ("cold".into(), 0.4)],
                centroid: vec![],
                examples: vec!["a".into()],
                example_texts: vec!["The food was cold".into()],
                themes: vec![],
                sentiment: Default::default(),
            }],
        };
        let edits = Edits::parse(
            "[[cluster]]\nid = 9\nname = \"Meals\"\nthemes = [\"Sensory experience\"]\n[[cluster]]\nid = 4\n",
            "e",
        )
        .unwrap();
        let list = list_clusters(&rows, Some(&saved), Some(&edits));
        assert_eq!(list.unclustered, 1);
        assert_eq!(list.edited_ids_not_found, [4]);
        let c = &list.clusters[0];
        assert_eq!(
            (c.id, c.size, c.name.as_str(), c.named_by_analyst),
            (9, 2, "Meals", true)
        );
        assert_eq!(c.top_terms, ["food", "cold"]);
        assert_eq!(c.mapped_themes, ["Sensory experience"]);
        assert_eq!(
            c.model_themes[0].label,
            "Food & drink provision & facilities"
        );
        assert_eq!(c.model_themes[0].comments, 2);
        assert_eq!(c.model_themes[1].label, "Parking");
        let table = render_table(&list);
        assert!(
            table.contains("Meals (analyst; generated: food cold hot)"),
            "{table}"
        );
        assert!(table.contains("e.g. \"The food was cold\""), "{table}");
        assert!(table.contains("sentiment: 0 positive, 2 neutral, 0 negative"));
        let json = serde_json::to_string(&list).unwrap();
        for shown in [&table, &json] {
            assert!(
                !shown.contains("SECRET") && !shown.contains("\"a\""),
                "no other text, no example ids"
            );
        }
    }
}
