//! Applying checked [`Edits`] to tagged rows and their clusters.
//!
//! Each row's themes are worked out again from its `model` and `rule` themes (earlier
//! `cluster` and `override` themes are dropped first), so applying the same edits twice,
//! or to a previous retheme output, gives the same rows. Precedence, highest first:
//!
//! 1. `override`: `set` replaces every theme; `add` puts labels first, `remove` takes a
//!    label off whatever its source.
//! 2. `cluster`: the cluster's mapped themes, on every real answer in it (not on blank or
//!    non-answer comments, nor on comments the model or rules gave `Labelling not
//!    possible`).
//! 3. `model` and `rule` themes, in their original order.
//!
//! A label appears once: the entry from the highest source wins, so a model theme that a
//! cluster also maps becomes one `cluster` entry (counted as taken over). Analyst themes score 1.0 ("set by an
//! analyst") and take their major category from the taxonomy. `Labelling not possible`
//! stands alone: an override that adds it clears the other themes, and an override that
//! gives a non-answer a real theme takes it away.

use std::collections::{BTreeMap, BTreeSet};

use super::changes::{Changes, NotFound};
use super::edits::{ClusterEdit, CommentOverride, Edits, OverrideChange};
use crate::classify::taxonomy::LABELLING_NOT_POSSIBLE;
use crate::classify::{LabelSource, ThemeAssignment};
use crate::cluster::SavedClusters;
use crate::export::TaggedRow;
use rayon::prelude::*;

/// The score given to a theme set by an analyst.
pub const ANALYST_SCORE: f32 = 1.0;

/// The outcome of [`apply`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Applied {
    /// Counts of what changed.
    pub changes: Changes,
    /// Ids that matched nothing.
    pub not_found: NotFound,
}

/// Applies `edits` to `rows` and to the clusters' names, in place.
pub fn apply(
    rows: &mut [TaggedRow],
    clusters: Option<&mut SavedClusters>,
    edits: &Edits,
) -> Applied {
    let by_cluster: BTreeMap<u32, &ClusterEdit> =
        edits.clusters.iter().map(|c| (c.id, c)).collect();
    let by_comment: BTreeMap<&str, &CommentOverride> =
        edits.overrides.iter().map(|o| (o.id.as_str(), o)).collect();

    let mut changes = rows
        .par_iter_mut()
        .map(|row| {
            let cluster = row.cluster.as_ref().and_then(|c| by_cluster.get(&c.id));
            let over = by_comment.get(row.id.as_str());
            apply_row(row, cluster.copied(), over.copied())
        })
        .reduce(Changes::default, Changes::merge);
    changes.comments = rows.len() as u64;

    let mut cluster_ids: BTreeSet<u32> = rows
        .iter()
        .filter_map(|r| r.cluster.as_ref())
        .map(|c| c.id)
        .collect();
    if let Some(saved) = clusters {
        for c in &mut saved.clusters {
            cluster_ids.insert(c.id);
            if let Some(name) = by_cluster.get(&c.id).and_then(|e| e.name.as_ref()) {
                c.name = Some(name.clone());
            }
        }
    }
    let row_ids: BTreeSet<&str> = rows.iter().map(|r| r.id.as_str()).collect();
    let not_found = NotFound {
        cluster_ids: edits
            .clusters
            .iter()
            .map(|c| c.id)
            .filter(|id| !cluster_ids.contains(id))
            .collect(),
        override_ids: edits
            .overrides
            .iter()
            .map(|o| o.id.clone())
            .filter(|id| !row_ids.contains(id.as_str()))
            .collect(),
    };
    changes.clusters_named = edits
        .clusters
        .iter()
        .filter(|c| c.name.is_some() && cluster_ids.contains(&c.id))
        .count() as u64;
    changes.cluster_ids_not_found = not_found.cluster_ids.len() as u64;
    changes.override_ids_not_found = not_found.override_ids.len() as u64;
    Applied { changes, not_found }
}

/// Re-themes one row and renames its cluster; returns what changed in it.
fn apply_row(
    row: &mut TaggedRow,
    cluster: Option<&ClusterEdit>,
    over: Option<&CommentOverride>,
) -> Changes {
    let themes = rethemed(row, cluster, over);
    let mut changes = Changes::between(&row.themes, &themes);
    let mut touched = themes != row.themes;
    row.themes = themes;
    if let (Some(edit), Some(current)) = (cluster, row.cluster.as_mut()) {
        if let Some(name) = edit.name.as_ref().filter(|n| **n != current.label) {
            current.label = name.clone();
            touched = true;
        }
    }
    changes.comments_touched = u64::from(touched);
    changes
}

/// A theme set by an analyst.
fn analyst(label: &'static str, source: LabelSource) -> ThemeAssignment {
    ThemeAssignment::named(label, ANALYST_SCORE, source)
}

/// True for the sources that `run` produces (kept as the base of every retheme).
fn from_run(source: LabelSource) -> bool {
    matches!(source, LabelSource::Model | LabelSource::Rule)
}

/// The row's themes under the edits (see the module documentation for the rules).
fn rethemed(
    row: &TaggedRow,
    cluster: Option<&ClusterEdit>,
    over: Option<&CommentOverride>,
) -> Vec<ThemeAssignment> {
    let (add, remove): (&[&'static str], &[&'static str]) = match over.map(|o| &o.change) {
        Some(OverrideChange::Set(labels)) => {
            return labels
                .iter()
                .map(|l| analyst(l, LabelSource::Override))
                .collect()
        }
        Some(OverrideChange::Adjust { add, remove }) => (add, remove),
        None => (&[], &[]),
    };
    let base = row.themes.iter().filter(|t| from_run(t.source));
    let non_answer = row
        .flags
        .iter()
        .any(|f| *f == "blank" || *f == "non_answer")
        || base.clone().any(|t| t.label == LABELLING_NOT_POSSIBLE);
    let mapped: &[&'static str] = match cluster {
        Some(c) if !non_answer => &c.themes,
        _ => &[],
    };
    let mut themes: Vec<ThemeAssignment> = Vec::with_capacity(row.themes.len() + add.len());
    let candidates = add
        .iter()
        .map(|l| analyst(l, LabelSource::Override))
        .chain(mapped.iter().map(|l| analyst(l, LabelSource::Cluster)))
        .chain(base.cloned());
    for t in candidates {
        if !themes.iter().any(|k| k.label == t.label) && !remove.contains(&t.label.as_str()) {
            themes.push(t);
        }
    }
    if add.contains(&LABELLING_NOT_POSSIBLE) {
        themes.retain(|t| t.label == LABELLING_NOT_POSSIBLE);
    } else if themes
        .iter()
        .any(|t| !from_run(t.source) && t.label != LABELLING_NOT_POSSIBLE)
    {
        themes.retain(|t| t.label != LABELLING_NOT_POSSIBLE);
    }
    themes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::{SentimentLabel, SentimentPrediction};
    use crate::clean::QuestionType;
    use crate::cluster::SavedCluster;
    use crate::export::{ClusterRef, RowMeta};
    use crate::redact::RedactedText;
    use crate::retheme::changes::SourceCounts;

    const FOOD: &str = "Food & drink provision & facilities";
    const MHA: &str = "Mental Health Act";

    fn theme(label: &str, score: f32, source: LabelSource) -> ThemeAssignment {
        ThemeAssignment::named(label, score, source)
    }

    fn row(id: &str, cluster: Option<u32>, themes: Vec<ThemeAssignment>) -> TaggedRow {
        TaggedRow {
            id: id.into(),
            text: RedactedText::assume_redacted("text"),
            question_type: QuestionType::Nonspecific,
            themes,
            sentiment: Some(SentimentPrediction {
                label: SentimentLabel::Neutral,
                score: 0.5,
            }),
            cluster: cluster.map(|id| ClusterRef {
                id,
                label: format!("generated {id}"),
            }),
            flags: vec![],
            redactions: BTreeMap::new(),
            meta: RowMeta {
                file: "f.csv".into(),
                line: 2,
                date: None,
                site: None,
                rating: None,
                date_iso: None,
                carried: BTreeMap::new(),
            },
        }
    }

    fn rows() -> Vec<TaggedRow> {
        let mut non_answer = row(
            "N",
            None,
            vec![theme(LABELLING_NOT_POSSIBLE, 1.0, LabelSource::Rule)],
        );
        non_answer.flags = vec!["non_answer"];
        vec![
            row(
                "A",
                Some(7),
                vec![theme("Continuity of care", 0.8, LabelSource::Model)],
            ),
            row(
                "B",
                Some(7),
                vec![
                    theme(MHA, 0.6, LabelSource::Model),
                    theme("Discharge", 0.5, LabelSource::Model),
                ],
            ),
            row("C", Some(5), vec![theme(FOOD, 0.9, LabelSource::Model)]),
            non_answer,
        ]
    }

    fn edits() -> Edits {
        Edits::parse(
            r#"
[[cluster]]
id = 7
name = "Advocacy and tribunals"
themes = ["Mental Health Act"]

[[cluster]]
id = 99
name = "Gone"

[[override]]
id = "C"
add = ["Discharge"]
remove = ["Food & drink provision & facilities"]

[[override]]
id = "B"
remove = ["Mental Health Act"]

[[override]]
id = "missing"
set = []
"#,
            "edits.toml",
        )
        .unwrap()
    }

    fn labels(row: &TaggedRow) -> Vec<(&str, LabelSource, f32)> {
        row.themes
            .iter()
            .map(|t| (t.label.as_str(), t.source, t.score))
            .collect()
    }

    #[test]
    fn precedence_override_then_cluster_then_model() {
        let mut rows = rows();
        let applied = apply(&mut rows, None, &edits());
        assert_eq!(
            labels(&rows[0]),
            [
                (MHA, LabelSource::Cluster, 1.0),
                ("Continuity of care", LabelSource::Model, 0.8)
            ]
        );
        assert_eq!(
            rows[0].cluster.as_ref().unwrap().label,
            "Advocacy and tribunals"
        );
        assert_eq!(rows[0].themes[0].major, "Mental Health specifics");
        // B: the override removes what the cluster maps (override beats cluster).
        assert_eq!(labels(&rows[1]), [("Discharge", LabelSource::Model, 0.5)]);
        assert_eq!(
            labels(&rows[2]),
            [("Discharge", LabelSource::Override, 1.0)]
        );
        assert_eq!(
            labels(&rows[3]),
            [(LABELLING_NOT_POSSIBLE, LabelSource::Rule, 1.0)]
        );
        let c = &applied.changes;
        assert_eq!(c.comments, 4);
        assert_eq!(c.comments_touched, 3);
        assert_eq!(
            c.themes_added,
            SourceCounts {
                cluster: 1,
                override_: 1,
                ..Default::default()
            }
        );
        assert_eq!(
            c.themes_removed,
            SourceCounts {
                model: 2,
                ..Default::default()
            }
        );
        assert_eq!(c.clusters_named, 1);
        assert_eq!(applied.not_found.cluster_ids, [99]);
        assert_eq!(applied.not_found.override_ids, ["missing"]);
        assert_eq!((c.cluster_ids_not_found, c.override_ids_not_found), (1, 1));
    }

    #[test]
    fn cluster_theme_replaces_the_same_model_theme() {
        let mut rows = vec![row(
            "B",
            Some(7),
            vec![
                theme("Discharge", 0.9, LabelSource::Model),
                theme(MHA, 0.6, LabelSource::Model),
            ],
        )];
        let edits = Edits::parse(
            "[[cluster]]\nid = 7\nthemes = [\"Mental Health Act\"]\n",
            "e",
        )
        .unwrap();
        let applied = apply(&mut rows, None, &edits);
        assert_eq!(
            labels(&rows[0]),
            [
                (MHA, LabelSource::Cluster, 1.0),
                ("Discharge", LabelSource::Model, 0.9)
            ]
        );
        assert_eq!(applied.changes.themes_taken_over.cluster, 1);
        assert_eq!(applied.changes.themes_added, SourceCounts::default());
        assert_eq!(applied.changes.themes_removed, SourceCounts::default());
    }

    #[test]
    fn idempotent_and_a_no_op_on_its_own_output() {
        let mut once = rows();
        apply(&mut once, None, &edits());
        let mut twice = once.clone();
        let again = apply(&mut twice, None, &edits());
        assert_eq!(once, twice);
        assert_eq!(again.changes.comments_touched, 0);
        assert_eq!(again.changes.themes_added, SourceCounts::default());
        assert_eq!(again.changes.themes_removed, SourceCounts::default());
        assert_eq!(again.changes.themes_taken_over, SourceCounts::default());
    }

    #[test]
    fn earlier_analyst_themes_are_worked_out_again() {
        let mut rows = rows();
        apply(&mut rows, None, &edits());
        // The analyst drops every mapping and override: cluster/override themes go.
        let applied = apply(&mut rows, None, &Edits::default());
        assert_eq!(
            labels(&rows[0]),
            [("Continuity of care", LabelSource::Model, 0.8)]
        );
        assert!(
            rows[2].themes.is_empty(),
            "the removed model theme is not in the file any more"
        );
        assert_eq!(applied.changes.themes_removed.cluster, 1);
        assert_eq!(applied.changes.themes_removed.override_, 1);
    }

    #[test]
    fn set_replaces_everything_and_labelling_not_possible_stands_alone() {
        let set = Edits::parse("[[override]]\nid = \"A\"\nset = [\"Parking\"]\n[[override]]\nid = \"N\"\nadd = [\"Parking\"]\n[[override]]\nid = \"C\"\nadd = [\"Labelling not possible\"]\n", "e").unwrap();
        let mut rows = rows();
        apply(&mut rows, None, &set);
        assert_eq!(labels(&rows[0]), [("Parking", LabelSource::Override, 1.0)]);
        assert_eq!(
            labels(&rows[3]),
            [("Parking", LabelSource::Override, 1.0)],
            "a non-answer given a real theme"
        );
        assert_eq!(
            labels(&rows[2]),
            [(LABELLING_NOT_POSSIBLE, LabelSource::Override, 1.0)]
        );
    }

    #[test]
    fn non_answers_are_not_touched_by_cluster_mappings() {
        let mut lnp = row(
            "X",
            Some(7),
            vec![theme(LABELLING_NOT_POSSIBLE, 0.7, LabelSource::Model)],
        );
        lnp.flags = vec![];
        let mut rows = vec![lnp];
        apply(&mut rows, None, &edits());
        assert_eq!(
            labels(&rows[0]),
            [(LABELLING_NOT_POSSIBLE, LabelSource::Model, 0.7)]
        );
        assert_eq!(
            rows[0].cluster.as_ref().unwrap().label,
            "Advocacy and tribunals",
            "renamed all the same"
        );
    }

    #[test]
    fn cluster_names_reach_clusters_json() {
        let cluster = |id: u32| SavedCluster {
            id,
            label: format!("generated {id}"),
            name: None,
            size: 1,
            top_terms: vec![],
            centroid: vec![],
            examples: vec![],
            example_texts: vec![],
            themes: vec![],
            sentiment: Default::default(),
        };
        let mut saved = SavedClusters {
            features: "tfidf".into(),
            k: 2,
            seed: 42,
            brief: 0,
            unclustered: 0,
            clusters: vec![cluster(5), cluster(7), cluster(99)],
        };
        let mut rows = rows();
        let applied = apply(&mut rows, Some(&mut saved), &edits());
        assert_eq!(
            saved.clusters[1].name.as_deref(),
            Some("Advocacy and tribunals")
        );
        assert_eq!(saved.clusters[2].name.as_deref(), Some("Gone"));
        assert_eq!(saved.clusters[0].name, None);
        assert!(
            applied.not_found.cluster_ids.is_empty(),
            "99 is in clusters.json"
        );
        assert_eq!(applied.changes.clusters_named, 2);
    }
}
