//! Stage 6: spherical k-means on TF-IDF rows (optionally joined by the classifier's
//! theme scores), with readable labels, representative comments, theme and sentiment
//! mixes, and stable ids.
//!
//! [`cluster_comments`] runs the steps in order: pick the rows to cluster
//! ([`select_rows`]), build their vectors ([`space`]), fit k-means on them or on a
//! sample of them and split clusters that swallow too much ([`sample_fit`], [`split`]),
//! give ids ([`assign_ids`]) and describe each cluster ([`labels`], [`examples`],
//! [`mix`]). Comments with nothing to cluster on go to a
//! "brief" bucket (id 0): with terms only, those with a single term; with theme scores,
//! those with neither terms nor themes. Ids are stable from run to run when the
//! previous `clusters.json` is given: its centroids start k-means, and each cluster that
//! stays close to where it started keeps its id and its analyst-given name.

pub mod assignment;
pub mod describe;
pub mod examples;
pub mod kmeans;
pub mod labels;
pub mod mix;
pub mod params;
pub mod sample_fit;
pub mod saved;
pub mod space;
pub mod split;

use std::borrow::Cow;
use std::collections::HashMap;

pub use assignment::Assignment;
pub use kmeans::{Centroids, KMeansFit};
pub use params::{KMeansError, KMeansParams, ValidKMeansParams};
pub use sample_fit::FitScope;
pub use sample_fit::Placement;
pub use saved::{SavedCluster, SavedClusters, SavedClustersError};

use crate::classify::SentimentLabel;
use crate::text::Analyzer;
use crate::vectorize::{SparseMatrix, Vocabulary};
use space::{Space, ThemeScores};

/// Id of the bucket for comments with a single term.
pub const BRIEF_CLUSTER_ID: u32 = 0;

/// A cluster keeps its previous id when its centroid stays at least this close (cosine).
pub const STABLE_ID_SIMILARITY: f32 = 0.5;

/// Terms listed per cluster for reading.
const TOP_TERMS: usize = 30;

/// Smallest centroid weight saved for the next run's start.
const MIN_SAVED_WEIGHT: f32 = 0.001;

/// The outcome of clustering one run.
#[derive(Debug, Clone, PartialEq)]
pub struct Clustering {
    /// Each comment's cluster id, `None` when it was not clustered.
    pub assignment: Assignment,
    /// Description of every cluster (the brief bucket first when used), by id.
    pub saved: SavedClusters,
    /// Lloyd iterations run.
    pub iterations: usize,
    /// Rows the centroids were fitted on and rows assigned (see [`sample_fit`]).
    pub fit_scope: FitScope,
}

impl Clustering {
    /// The label of cluster `id` (the analyst's name when given).
    pub fn label_of(&self, id: u32) -> &str {
        self.saved
            .clusters
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.name.as_deref().unwrap_or(&c.label))
            .unwrap_or("")
    }
}

/// Everything clustering reads of a run. Rows are the run's comments in input order;
/// their texts and predictions are held once per distinct value (copies of a text are
/// common), and each row points at its own.
#[derive(Debug, Clone, Copy)]
pub struct ClusterInput<'a> {
    /// TF-IDF rows (unit length) of the distinct texts, indexed like `texts`: row `i`'s
    /// is its text's, `text_of[i]` (see [`ClusterInput::terms_into`]), so copies share
    /// one. A matrix, or rows made when asked (a run keeps none).
    pub rows: &'a dyn TermRows,
    /// Their vocabulary.
    pub vocab: &'a Vocabulary,
    /// Per row: false for comments that are not clustered at all (blanks, non-answers).
    pub eligible: &'a [bool],
    /// Per row: the comment's id, for the examples (looked up by row, so a run need
    /// not list them).
    pub ids: &'a dyn RowIds,
    /// Per row: the index of its text in `texts`.
    pub text_of: &'a [u32],
    /// Distinct redacted texts, for labels in the words people wrote and the examples.
    pub texts: &'a dyn TextList,
    /// The analyzer that made the TF-IDF terms (so labels use the same terms).
    pub analyzer: &'a Analyzer,
    /// Per row: the index of its prediction in `themes` and `sentiments` (empty: no
    /// predictions known; then no theme block and no mixes).
    pub guide_of: &'a [u32],
    /// Per prediction: its themes with scores.
    pub themes: &'a dyn ThemeLists,
    /// Per prediction: its sentiment (`None` for blanks and non-answers).
    pub sentiments: &'a [Option<SentimentLabel>],
}

/// The unit TF-IDF rows of distinct texts, by text.
pub trait TermRows: Sync + std::fmt::Debug {
    /// Entries in text `t`'s row (0 when none of its terms is in the vocabulary).
    fn row_len(&self, t: usize) -> usize;
    /// Appends text `t`'s row to `out` as (column, weight), columns ascending.
    fn push_row(&self, t: usize, out: &mut Vec<(usize, f32)>);
}

impl TermRows for SparseMatrix {
    fn row_len(&self, t: usize) -> usize {
        self.outer_view(t).map_or(0, |r| r.nnz())
    }

    fn push_row(&self, t: usize, out: &mut Vec<(usize, f32)>) {
        if let Some(row) = self.outer_view(t) {
            out.extend(row.iter().map(|(c, &w)| (c, w)));
        }
    }
}

/// Distinct texts, by index: borrowed when held in memory, read when a run keeps them
/// in a file (so a run need not hold every text while clustering). A read that fails
/// may give `""`: an implementation that reads from a file keeps the failure for its
/// owner to check after clustering, and the run stops there without writing outputs.
pub trait TextList: Sync + std::fmt::Debug {
    /// Text `t`.
    fn text_at(&self, t: usize) -> Cow<'_, str>;
    /// Texts `ids`, in the order given (one read for many, where that is cheaper).
    fn texts_at(&self, ids: &[usize]) -> Vec<Cow<'_, str>> {
        ids.iter().map(|&t| self.text_at(t)).collect()
    }
}

impl TextList for Vec<&str> {
    fn text_at(&self, t: usize) -> Cow<'_, str> {
        Cow::Borrowed(self[t])
    }
}

/// Each prediction's themes with scores, by prediction (nothing for an index past
/// the end).
pub trait ThemeLists: Sync + std::fmt::Debug {
    /// Themes of prediction `g`.
    fn theme_count(&self, g: usize) -> usize;
    /// Appends prediction `g`'s themes to `out` as (subcategory index, score).
    fn push_themes(&self, g: usize, out: &mut Vec<(usize, f32)>);
}

impl ThemeLists for Vec<ThemeScores> {
    fn theme_count(&self, g: usize) -> usize {
        self.get(g).map_or(0, Vec::len)
    }

    fn push_themes(&self, g: usize, out: &mut Vec<(usize, f32)>) {
        if let Some(themes) = self.get(g) {
            out.extend_from_slice(themes);
        }
    }
}

/// Each row's comment id, looked up by row (borrowed when held in memory, read when a
/// run keeps them in a file).
pub trait RowIds: Sync + std::fmt::Debug {
    /// Row `i`'s id.
    fn row_id(&self, i: usize) -> Cow<'_, str>;
}

impl RowIds for Vec<&str> {
    fn row_id(&self, i: usize) -> Cow<'_, str> {
        Cow::Borrowed(self[i])
    }
}

impl ClusterInput<'_> {
    /// Appends row `i`'s themes with scores to `out` (none when no predictions are
    /// known).
    pub fn themes_into(&self, i: usize, out: &mut Vec<(usize, f32)>) {
        if let Some(&g) = self.guide_of.get(i) {
            self.themes.push_themes(g as usize, out);
        }
    }

    /// Row `i`'s number of themes.
    pub fn theme_count(&self, i: usize) -> usize {
        self.guide_of
            .get(i)
            .map_or(0, |&g| self.themes.theme_count(g as usize))
    }

    /// Row `i`'s sentiment, when known.
    pub fn sentiment_of(&self, i: usize) -> Option<SentimentLabel> {
        self.guide_of
            .get(i)
            .and_then(|&g| self.sentiments.get(g as usize))
            .copied()
            .flatten()
    }

    /// Row `i`'s redacted text.
    pub fn text(&self, i: usize) -> Cow<'_, str> {
        self.texts.text_at(self.text_of[i] as usize)
    }

    /// Appends row `i`'s TF-IDF row (its text's) to `out` as (column, weight).
    pub fn terms_into(&self, i: usize, out: &mut Vec<(usize, f32)>) {
        self.rows.push_row(self.text_of[i] as usize, out);
    }

    /// Entries in row `i`'s TF-IDF row.
    pub fn terms_len(&self, i: usize) -> usize {
        self.rows.row_len(self.text_of[i] as usize)
    }
}

/// Which comments k-means sees and which go to the brief bucket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowSelection {
    /// Comments clustered by k-means, ascending.
    pub clustered: Vec<usize>,
    /// Comments in the brief bucket, ascending.
    pub brief: Vec<usize>,
    /// Comments not clustered at all.
    pub unclustered: usize,
}

/// Step 1: with terms only, comments with two or more terms are clustered and those
/// with fewer go to the brief bucket; with theme scores, every comment with a term or a
/// theme is clustered and only those with neither are brief.
pub fn select_rows(input: &ClusterInput, guided: bool) -> RowSelection {
    let nnz = |i: usize| input.terms_len(i);
    let has_theme = |i: usize| input.theme_count(i) > 0;
    let mut selection = RowSelection {
        clustered: Vec::new(),
        brief: Vec::new(),
        unclustered: 0,
    };
    for (i, &eligible) in input.eligible.iter().enumerate() {
        let clusterable = if guided {
            nnz(i) >= 1 || has_theme(i)
        } else {
            nnz(i) >= 2
        };
        match (eligible, clusterable) {
            (false, _) => selection.unclustered += 1,
            (true, true) => selection.clustered.push(i),
            (true, false) => selection.brief.push(i),
        }
    }
    selection
}

/// Step 2b: each clustered row's leading theme (highest score, lowest label on ties),
/// by which a mixed-bag cluster is recognised; `None` when no predictions are known.
fn lead_themes(input: &ClusterInput, clustered: &[usize]) -> Option<Vec<Option<usize>>> {
    if input.guide_of.is_empty() {
        return None;
    }
    let mut themes = Vec::new();
    let mut lead = |i: usize| {
        themes.clear();
        input.themes_into(i, &mut themes);
        themes
            .iter()
            .copied()
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
            .map(|(l, _)| l)
    };
    Some(clustered.iter().map(|&i| lead(i)).collect())
}

/// Dense unit vectors in this space's columns for previously saved clusters.
fn previous_centroids(previous: &SavedClusters, space: &Space) -> Vec<Vec<f32>> {
    previous
        .clusters
        .iter()
        .filter(|c| c.id != BRIEF_CLUSTER_ID)
        .map(|c| {
            let mut v = vec![0.0f32; space.dims()];
            let saved = if c.centroid.is_empty() {
                &c.top_terms
            } else {
                &c.centroid
            };
            for (term, w) in saved {
                if let Some(col) = space.column(term) {
                    v[col] = *w;
                }
            }
            let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
            if norm > 0.0 {
                v.iter_mut().for_each(|x| *x /= norm);
            }
            v
        })
        .collect()
}

/// Cosine similarity of two term → weight lists.
fn cosine(a: &[(String, f32)], b: &[(String, f32)]) -> f32 {
    let b_map: HashMap<&str, f32> = b.iter().map(|(t, w)| (t.as_str(), *w)).collect();
    let dot: f32 = a
        .iter()
        .filter_map(|(t, w)| b_map.get(t.as_str()).map(|v| v * w))
        .sum();
    let na = a.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    let nb = b.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    if na > 0.0 && nb > 0.0 {
        dot / (na * nb)
    } else {
        0.0
    }
}

/// Rounds a weight for output, so files stay readable and stable.
fn round4(w: f32) -> f32 {
    (w * 10_000.0).round() / 10_000.0
}

/// Each fitted cluster's whole centroid by name (weights ≥ [`MIN_SAVED_WEIGHT`]).
fn named_centroids(centroids: &Centroids, space: &Space) -> Vec<Vec<(String, f32)>> {
    let k = centroids.k();
    (0..k)
        .map(|c| {
            let mut weighted: Vec<(usize, f32)> = (0..space.dims())
                .map(|t| (t, centroids.weight(c, t)))
                .filter(|&(_, w)| w >= MIN_SAVED_WEIGHT)
                .collect();
            weighted.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            weighted
                .into_iter()
                .map(|(t, w)| (space.name(t), round4(w)))
                .collect()
        })
        .collect()
}

/// Step 5: ids, carried over from the previous run where a centroid stayed put (with
/// the analyst's name), else fresh; largest clusters first. Returns (id, name) per
/// fitted cluster.
pub fn assign_ids(
    whole: &[Vec<(String, f32)>],
    sizes: &[usize],
    previous: Option<&SavedClusters>,
    previous_k: Option<usize>,
) -> Vec<(u32, Option<String>)> {
    let k = whole.len();
    let mut out: Vec<(u32, Option<String>)> = vec![(0, None); k];
    let prev_clusters: Vec<&SavedCluster> = previous
        .map(|p| {
            p.clusters
                .iter()
                .filter(|c| c.id != BRIEF_CLUSTER_ID)
                .collect()
        })
        .unwrap_or_default();
    let mut next_id = prev_clusters.iter().map(|c| c.id).max().unwrap_or(0) + 1;
    let mut order: Vec<usize> = (0..k).collect();
    // Largest first; ties broken by the clusters' terms, so the order never depends on
    // k-means' internal numbering.
    let terms_of = |c: usize| whole[c].iter().take(TOP_TERMS).map(|(t, _)| t);
    order.sort_by(|&a, &b| {
        sizes[b]
            .cmp(&sizes[a])
            .then_with(|| terms_of(a).cmp(terms_of(b)))
    });
    for &c in &order {
        // k-means started cluster c from previous cluster c; clusters split off later
        // (c ≥ the previous k) are new.
        let kept = previous_k
            .filter(|&pk| c < pk)
            .and_then(|_| prev_clusters.get(c))
            .filter(|p| {
                let saved = if p.centroid.is_empty() {
                    &p.top_terms
                } else {
                    &p.centroid
                };
                cosine(&whole[c], saved) >= STABLE_ID_SIMILARITY
            });
        out[c] = match kept {
            Some(p) => (p.id, p.name.clone()),
            None => {
                next_id += 1;
                (next_id - 1, None)
            }
        };
    }
    out
}

/// Clusters a run's comments (see the module documentation for the steps).
pub fn cluster_comments(
    input: &ClusterInput,
    params: &ValidKMeansParams,
    previous: Option<&SavedClusters>,
) -> Clustering {
    let guided = params.theme_weight > 0.0 && !input.guide_of.is_empty();
    let space = Space {
        vocab: input.vocab,
        theme_weight: if guided { params.theme_weight } else { 0.0 },
    };
    let selection = select_rows(input, guided);
    let initial = previous
        .map(|p| previous_centroids(p, &space))
        .filter(|v| !v.is_empty())
        .map(|v| Centroids::from_dense(&v, space.dims()));
    let previous_k = initial.as_ref().map(Centroids::k);
    let total = selection.clustered.len() + selection.brief.len();
    let placement = sample_fit::fit(input, &space, &selection.clustered, params, initial, total);
    let k = placement.centroids.k();
    // Every clustered row in order: (run row, cluster, similarity). Read a few times
    // over instead of kept in per-row lists.
    let placed = || {
        selection.clustered.iter().enumerate().map(|(r, &row)| {
            let (c, s) = placement.of(input, r, row);
            (row, c, s)
        })
    };
    let members = || placed().filter_map(|(row, c, _)| c.map(|c| (c, row)));

    let mut sizes = vec![0usize; k];
    for (c, _) in members() {
        sizes[c] += 1;
    }
    // The theme mixes, the examples and the labels are separate passes over the rows,
    // each in row order: made side by side (same results, one core no longer idle).
    let (mixes, (examples, names)) = rayon::join(
        || {
            let mut mixes = vec![mix::MixCounts::default(); k];
            for (c, row) in members() {
                mixes[c].add(input, row);
            }
            mixes
        },
        || {
            rayon::join(
                || examples::nearest(input, placed(), k),
                || labels::cluster_labels(input, &sizes, members()),
            )
        },
    );
    let whole = named_centroids(&placement.centroids, &space);
    let ids = assign_ids(&whole, &sizes, previous, previous_k);

    // Slots 0..k are the fitted clusters, slot k the brief bucket.
    let slot_ids = ids.iter().map(|(id, _)| *id).chain([BRIEF_CLUSTER_ID]);
    let mut assignment = Assignment::new(input.eligible.len(), slot_ids.collect());
    for (row, c, _) in placed() {
        assignment.set(row, c);
    }
    for &i in &selection.brief {
        assignment.set(i, Some(k));
    }
    let mut clusters: Vec<SavedCluster> = (0..k)
        .filter(|&c| sizes[c] > 0)
        .map(|c| {
            let top: Vec<(String, f32)> = whole[c]
                .iter()
                .filter(|(t, _)| !t.starts_with(space::THEME_PREFIX))
                .take(TOP_TERMS)
                .cloned()
                .collect();
            let themes = mixes[c].theme_shares();
            // No phrase held by two comments: the cluster's main theme names it, and the
            // centroid's stems only when it has none (never seen on real answers).
            let label = match (names[c].is_empty(), themes.first()) {
                (false, _) => names[c].clone(),
                (true, Some(main)) => format!("mixed: {}", main.label),
                (true, None) => describe::label(&top, 3),
            };
            SavedCluster {
                id: ids[c].0,
                label,
                name: ids[c].1.clone(),
                size: sizes[c],
                top_terms: top,
                centroid: whole[c].clone(),
                examples: examples[c]
                    .iter()
                    .map(|&i| input.ids.row_id(i).into_owned())
                    .collect(),
                example_texts: examples[c]
                    .iter()
                    .map(|&i| input.text(i).into_owned())
                    .collect(),
                themes,
                sentiment: mixes[c].sentiment(),
            }
        })
        .collect();
    if !selection.brief.is_empty() {
        let brief = mix::counts(input, &selection.brief);
        clusters.push(SavedCluster {
            id: BRIEF_CLUSTER_ID,
            label: "brief comments".to_string(),
            name: None,
            size: selection.brief.len(),
            top_terms: Vec::new(),
            centroid: Vec::new(),
            examples: Vec::new(),
            example_texts: Vec::new(),
            themes: brief.theme_shares(),
            sentiment: brief.sentiment(),
        });
    }
    clusters.sort_by_key(|c| c.id);
    Clustering {
        assignment,
        saved: SavedClusters {
            features: if guided { "tfidf+themes" } else { "tfidf" }.to_string(),
            k,
            seed: params.seed,
            brief: selection.brief.len(),
            unclustered: selection.unclustered,
            clusters,
        },
        iterations: placement.iterations,
        fit_scope: placement.scope,
    }
}

#[cfg(test)]
mod test_run;

#[cfg(test)]
mod tests {
    use super::test_run::TestRun;
    use super::*;
    use crate::vectorize::test_docs::TWO_TOPICS;

    /// The two topics, a one-word comment and an empty one (not eligible).
    fn run(texts: [&'static str; 8]) -> TestRun {
        let mut run = TestRun::new(&texts);
        run.eligible[7] = false;
        run
    }

    const TEXTS: [&str; 8] = {
        let [a, b, c, d, e, f] = TWO_TOPICS;
        [a, b, c, d, e, f, "thanks", ""]
    };

    fn two() -> ValidKMeansParams {
        // Eight comments are too few for the 20% split; it has its own tests.
        KMeansParams {
            k: Some(2),
            max_share: 1.0,
            ..Default::default()
        }
        .check()
        .unwrap()
    }

    #[test]
    fn brief_bucket_unclustered_and_stable_ids() {
        let first_run = run(TEXTS);
        let first = cluster_comments(&first_run.input(), &two(), None);
        assert_eq!(first.assignment.get(6), Some(BRIEF_CLUSTER_ID));
        assert_eq!(first.assignment.get(7), None);
        assert_eq!(first.saved.brief, 1);
        assert_eq!(first.saved.unclustered, 1);
        assert_eq!(first.saved.clusters.len(), 3);
        assert_eq!(first.saved.features, "tfidf", "no themes given");
        let parking = first
            .saved
            .clusters
            .iter()
            .find(|c| c.id == first.assignment.get(3).unwrap())
            .unwrap();
        assert_eq!(parking.example_texts.len(), 3);
        assert!(parking.label.contains("park"), "{}", parking.label);

        // Next night: same comments reordered; an analyst named a cluster.
        let mut previous = first.saved.clone();
        let wait_id = first.assignment.get(0).unwrap();
        for c in previous.clusters.iter_mut().filter(|c| c.id == wait_id) {
            c.name = Some("Waiting".into());
        }
        let order = [3, 4, 5, 0, 1, 2, 6, 7];
        let mut second_run = run(order.map(|i| TEXTS[i]));
        second_run.ids = order.map(|i| first_run.ids[i]).to_vec();
        let second = cluster_comments(&second_run.input(), &two(), Some(&previous));
        assert_eq!(
            second.assignment.get(3),
            Some(wait_id),
            "same cluster, same id"
        );
        assert_eq!(
            second.label_of(wait_id),
            "Waiting",
            "analyst name carried forward"
        );
    }

    #[test]
    fn copies_of_a_text_are_one_example() {
        let texts = [
            TEXTS[0], TEXTS[0], TEXTS[0], TEXTS[1], TEXTS[2], TEXTS[3], TEXTS[4], TEXTS[5],
        ];
        let mut copies = run(texts);
        copies.eligible[7] = true;
        // Rows 0-2 hold one distinct text.
        copies.text_of = vec![0, 0, 0, 3, 4, 5, 6, 7];
        let out = cluster_comments(&copies.input(), &two(), None);
        let waiting = out.assignment.get(0).unwrap();
        let c = out.saved.clusters.iter().find(|c| c.id == waiting).unwrap();
        assert_eq!(c.size, 5);
        let mut seen = c.example_texts.clone();
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), 3, "{:?}", c.example_texts);
    }

    #[test]
    fn theme_scores_guide_clusters_and_are_reported() {
        let timely = crate::classify::taxonomy::label_index("Timeliness of care").unwrap();
        let parking = crate::classify::taxonomy::label_index("Parking").unwrap();
        let themes: Vec<ThemeScores> = (0..8)
            .map(|i| match i {
                0..=2 => vec![(timely, 0.9)],
                3..=5 => vec![(parking, 0.9)],
                _ => vec![],
            })
            .collect();
        let guided = run(TEXTS).with_guides(themes, vec![Some(SentimentLabel::Negative); 8]);
        let out = cluster_comments(&guided.input(), &two(), None);
        assert_eq!(out.saved.features, "tfidf+themes");
        assert_ne!(
            out.assignment.get(6),
            Some(BRIEF_CLUSTER_ID),
            "one term is enough beside theme scores"
        );
        assert_eq!(out.saved.brief, 0);
        let c = out
            .saved
            .clusters
            .iter()
            .find(|c| c.id == out.assignment.get(0).unwrap())
            .unwrap();
        assert_eq!(c.themes[0].label, "Timeliness of care");
        assert_eq!(c.sentiment.negative, 3);
        assert!(c
            .top_terms
            .iter()
            .all(|(t, _)| !t.starts_with(space::THEME_PREFIX)));
        assert!(c
            .centroid
            .iter()
            .any(|(t, _)| t.starts_with(space::THEME_PREFIX)));
    }

    #[test]
    fn cosine_of_term_lists() {
        let a = vec![("x".to_string(), 1.0), ("y".to_string(), 0.0)];
        let b = vec![("x".to_string(), 2.0)];
        assert!((cosine(&a, &b) - 1.0).abs() < 1e-6);
        assert_eq!(cosine(&a, &[]), 0.0);
    }
}
