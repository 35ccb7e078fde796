//! [`Changes`]: what a retheme changed, counted for the manifest, and [`NotFound`]: the
//! edit ids that matched nothing.

use serde::Serialize;

use crate::classify::{LabelSource, ThemeAssignment};

/// Themes counted per source.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct SourceCounts {
    /// Themes from the model.
    pub model: u64,
    /// Themes from rules.
    pub rule: u64,
    /// Themes from cluster mappings.
    pub cluster: u64,
    /// Themes from per-comment overrides.
    #[serde(rename = "override")]
    pub override_: u64,
}

impl SourceCounts {
    /// Counts one theme from `source`.
    pub fn add(&mut self, source: LabelSource) {
        match source {
            LabelSource::Model => self.model += 1,
            LabelSource::Rule => self.rule += 1,
            LabelSource::Cluster => self.cluster += 1,
            LabelSource::Override => self.override_ += 1,
        }
    }

    /// The sum of two counts.
    pub fn merge(self, other: SourceCounts) -> SourceCounts {
        SourceCounts {
            model: self.model + other.model,
            rule: self.rule + other.rule,
            cluster: self.cluster + other.cluster,
            override_: self.override_ + other.override_,
        }
    }
}

/// What applying the edits changed, compared with the rows read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Changes {
    /// Rows read (and written).
    pub comments: u64,
    /// Rows whose themes or cluster label changed.
    pub comments_touched: u64,
    /// Labels a comment did not have before, by their new source.
    pub themes_added: SourceCounts,
    /// Labels a comment no longer has, by their old source.
    pub themes_removed: SourceCounts,
    /// Labels a comment keeps but now from another source (e.g. a model theme that a
    /// cluster mapping also gives becomes a `cluster` theme), by their new source.
    pub themes_taken_over: SourceCounts,
    /// Clusters given an analyst name.
    pub clusters_named: u64,
    /// Cluster ids in the edits that are in neither the rows nor `clusters.json`.
    pub cluster_ids_not_found: u64,
    /// Override comment ids that match no row.
    pub override_ids_not_found: u64,
}

impl Changes {
    /// Sums the per-row counts of two sets of rows (the per-run counts stay 0).
    pub fn merge(a: Changes, b: Changes) -> Changes {
        Changes {
            comments: a.comments + b.comments,
            comments_touched: a.comments_touched + b.comments_touched,
            themes_added: a.themes_added.merge(b.themes_added),
            themes_removed: a.themes_removed.merge(b.themes_removed),
            themes_taken_over: a.themes_taken_over.merge(b.themes_taken_over),
            clusters_named: 0,
            cluster_ids_not_found: 0,
            override_ids_not_found: 0,
        }
    }

    /// Counts how a comment's themes changed from `old` to `new`, by label: added
    /// (new source), removed (old source) or taken over by another source (new source).
    pub fn between(old: &[ThemeAssignment], new: &[ThemeAssignment]) -> Changes {
        let mut changes = Changes::default();
        let source_of = |list: &[ThemeAssignment], label: &str| {
            list.iter().find(|o| o.label == label).map(|o| o.source)
        };
        for t in new {
            match source_of(old, &t.label) {
                None => changes.themes_added.add(t.source),
                Some(was) if was != t.source => changes.themes_taken_over.add(t.source),
                Some(_) => {}
            }
        }
        for t in old {
            if source_of(new, &t.label).is_none() {
                changes.themes_removed.add(t.source);
            }
        }
        changes
    }
}

/// Edit ids that matched nothing (not fatal: clusters and comments come and go).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct NotFound {
    /// Cluster ids, in edits-file order.
    pub cluster_ids: Vec<u32>,
    /// Override comment ids, in edits-file order.
    pub override_ids: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn theme(label: &str, source: LabelSource) -> ThemeAssignment {
        ThemeAssignment::named(label, 1.0, source)
    }

    #[test]
    fn added_removed_and_taken_over_by_label() {
        let old = [
            theme("Parking", LabelSource::Model),
            theme("Discharge", LabelSource::Model),
        ];
        let new = [
            theme("Parking", LabelSource::Cluster),
            theme("Pain management", LabelSource::Override),
        ];
        let c = Changes::between(&old, &new);
        assert_eq!(
            c.themes_added,
            SourceCounts {
                override_: 1,
                ..Default::default()
            }
        );
        assert_eq!(
            c.themes_removed,
            SourceCounts {
                model: 1,
                ..Default::default()
            }
        );
        assert_eq!(
            c.themes_taken_over,
            SourceCounts {
                cluster: 1,
                ..Default::default()
            }
        );
        assert_eq!(Changes::between(&new, &new), Changes::default());
    }
}
