//! Readable cluster labels: the phrases that set a cluster apart from the others,
//! chosen by class-based TF-IDF (c-TF-IDF, as BERTopic does) and shown in the words
//! people wrote.
//!
//! Candidates are each comment's terms (stemmed content words) and runs of two or three
//! consecutive terms ("car park", "phone line", "waiting time"). A candidate's weight in
//! cluster `c` is `tf(t, c) · ln(1 + A / f(t))`: `tf` is the share of the cluster's
//! comments that hold it, `f` its count over all clusters and `A` the mean number of
//! comments per cluster, so a phrase common in one cluster and rare elsewhere wins.
//! Phrases get a fixed preference over single words, since "car park" says more than
//! "park". Each candidate is shown as its most frequent written form (the unstemmed
//! words), and negation words or tone words on their own never make a label.

use std::collections::BTreeMap;

use rayon::prelude::*;

use super::ClusterInput;
use crate::fast_hash::FastHashMap;
use crate::text::stem_cache_pool::StemCachePool;
use crate::text::Analyzer;

/// Items in a label, e.g. `car park, parking charges, disabled bays`.
pub const LABEL_ITEMS: usize = 3;

/// A phrase's weight is multiplied by this before ranking (chosen before measuring).
const PHRASE_PREFERENCE: f64 = 1.5;

/// A candidate must be in at least this many of the cluster's comments…
const MIN_COMMENTS: usize = 2;

/// …and in at least this share of them.
const MIN_SHARE: f64 = 0.08;

/// The terms [`not_alone`] matches, listed for its test.
#[cfg(test)]
const NOT_ALONE: [&str; 14] = [
    "not", "no", "never", "none", "nobodi", "noth", "didn", "don", "wasn", "isn", "couldn",
    "wouldn", "won", "can",
];

/// One comment's terms with the words they came from and their positions.
pub type TermWords = Vec<(u32, String, String)>;

/// Each text's terms with their words (see [`Analyzer::terms_with_words`]).
pub fn term_words(analyzer: &Analyzer, texts: &[&str]) -> Vec<TermWords> {
    let caches = StemCachePool::default();
    texts
        .par_iter()
        .map_init(
            || caches.lend(),
            |cache, text| analyzer.terms_with_words(cache, text),
        )
        .collect()
}

/// Counts of one candidate in one cluster: comments holding it and its written forms.
#[derive(Default)]
struct Seen {
    comments: usize,
    forms: BTreeMap<String, usize>,
    /// The number of the last text counted (from 1), so a text counts a key once.
    last_text: usize,
}

/// The candidate runs of one comment, in order: single terms, then runs of two, then
/// three. Phrases are runs of terms written side by side (no word left out between
/// them) that do not end in a negation ("not allowed" is a phrase, "access not" is
/// not). A key may come more than once; its first run gives the written form.
fn candidate_runs(terms: &TermWords) -> impl Iterator<Item = &[(u32, String, String)]> {
    (1..=3)
        .flat_map(move |n| terms.windows(n))
        .filter(move |run| match run {
            [(_, t, _)] => !not_alone(t),
            // A run of negations ends in one, so the last word's test covers it; the
            // integer test first, the string tests only for runs written side by side.
            _ => {
                run.windows(2).all(|p| p[1].0 == p[0].0 + 1)
                    && !run.windows(2).any(|p| p[0].1 == p[1].1)
                    && !not_alone(&run[run.len() - 1].1)
            }
        })
}

/// Whether a term may not stand alone in a label (negations and the stems of tone
/// words), matched by length first: one comparison for most terms, where a scan of a
/// list of the fourteen made fourteen.
fn not_alone(term: &str) -> bool {
    matches!(
        term,
        "not"
            | "no"
            | "never"
            | "none"
            | "nobodi"
            | "noth"
            | "didn"
            | "don"
            | "wasn"
            | "isn"
            | "couldn"
            | "wouldn"
            | "won"
            | "can"
    )
}

/// Writes the words joined by single spaces into `out` (cleared first).
fn join_into<'a>(out: &mut String, words: impl Iterator<Item = &'a str>) {
    out.clear();
    for (i, w) in words.enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
}

/// Member rows read per cluster for its label: an evenly spaced subset of larger
/// clusters (in input order), so labelling costs the same at any input size.
pub const LABEL_ROWS: usize = 5_000;

/// A label for every cluster of a run: `members` gives each clustered row as
/// (its cluster, run row) in input order, and `sizes[c]` the rows of cluster `c`. Each
/// distinct text is read once, and counts as many comments as it has copies among the
/// rows read (times the spacing, so large and small clusters weigh alike).
pub fn cluster_labels(
    input: &ClusterInput,
    sizes: &[usize],
    members: impl IntoIterator<Item = (usize, usize)>,
) -> Vec<String> {
    let steps: Vec<usize> = sizes
        .iter()
        .map(|&n| n.div_ceil(LABEL_ROWS).max(1))
        .collect();
    let mut met = vec![0usize; sizes.len()];
    let mut copies: Vec<BTreeMap<usize, usize>> = vec![BTreeMap::new(); sizes.len()];
    for (c, i) in members {
        if met[c].is_multiple_of(steps[c]) {
            *copies[c].entry(input.text_of[i] as usize).or_insert(0) += steps[c];
        }
        met[c] += 1;
    }
    let counted: Vec<Vec<(usize, usize)>> = copies
        .into_iter()
        .map(|m| m.into_iter().collect())
        .collect();
    // Clusters are counted in parallel, each text's words read, counted and dropped in
    // turn, so labelling holds one text's words per thread. Each cluster's count is
    // the same whichever thread makes it (the stem cache only saves work). Each
    // cluster is a split of its own, so the caches come from a pool: one per cluster
    // stemmed every word again for each cluster.
    let (texts, analyzer) = (input.texts, input.analyzer);
    let caches = StemCachePool::default();
    let per_cluster: Vec<Counted> = counted
        .par_iter()
        .with_max_len(1)
        .map_init(
            || caches.lend(),
            |cache, list| {
                // One read for the cluster's texts (neighbours in the spill merge).
                let ids: Vec<usize> = list.iter().map(|&(t, _)| t).collect();
                let read = texts.texts_at(&ids);
                let mut counted = Counted::default();
                for (text, &(_, copies)) in read.iter().zip(list) {
                    let words = analyzer.terms_with_words(cache, text);
                    counted.add(&words, copies);
                }
                counted
            },
        )
        .collect();
    rank(&per_cluster)
}

/// A label for every cluster, from the comments' terms: `members[c]` are the comments
/// (indexes into `terms`) of cluster `c`. A cluster with no usable candidate gets an
/// empty label.
pub fn labels(terms: &[TermWords], members: &[Vec<usize>]) -> Vec<String> {
    let per_cluster: Vec<Counted> = members
        .iter()
        .map(|rows| count(rows.iter().map(|&i| (&terms[i], 1))))
        .collect();
    rank(&per_cluster)
}

/// One cluster's candidate labels with their counts, and the comments they came from.
#[derive(Default)]
struct Counted {
    /// Hashed, not sorted: every candidate of every text is looked up here, and the
    /// ranking orders candidates by weight and key, so the map's order never shows.
    seen: FastHashMap<String, Seen>,
    comments: usize,
    /// Texts counted so far.
    texts: usize,
}

impl Counted {
    /// Counts the candidates of one text (its terms and words) with its copies: each
    /// key once, in the written form of its first run. Keys and forms are built in
    /// reused buffers and copied only when new to the cluster.
    fn add(&mut self, terms: &TermWords, copies: usize) {
        self.comments += copies;
        self.texts += 1;
        let text = self.texts;
        let (mut key, mut form) = (String::new(), String::new());
        for run in candidate_runs(terms) {
            join_into(&mut key, run.iter().map(|(_, t, _)| t.as_str()));
            // One look-up for a key the cluster has (most), two for a new one.
            match self.seen.get_mut(key.as_str()) {
                Some(s) => s.count(text, copies, run, &mut form),
                None => {
                    let mut s = Seen::default();
                    s.count(text, copies, run, &mut form);
                    self.seen.insert(key.clone(), s);
                }
            }
        }
    }
}

impl Seen {
    /// Counts text number `text` (from 1) with its copies, unless it was counted
    /// already, and the written form of `run` (built in `form`).
    fn count(
        &mut self,
        text: usize,
        copies: usize,
        run: &[(u32, String, String)],
        form: &mut String,
    ) {
        if self.last_text == text {
            return;
        }
        self.last_text = text;
        self.comments += copies;
        join_into(form, run.iter().map(|(_, _, w)| w.as_str()));
        match self.forms.get_mut(form.as_str()) {
            Some(n) => *n += copies,
            None => {
                self.forms.insert(form.clone(), copies);
            }
        }
    }
}

/// Counts the candidates of texts given as (their terms and words, copies).
fn count<'a>(texts: impl Iterator<Item = (&'a TermWords, usize)>) -> Counted {
    let mut counted = Counted::default();
    for (terms, copies) in texts {
        counted.add(terms, copies);
    }
    counted
}

/// The labels of clusters given as their counted candidates.
fn rank(members: &[Counted]) -> Vec<String> {
    let per_cluster: Vec<&FastHashMap<String, Seen>> = members.iter().map(|m| &m.seen).collect();
    let sizes: Vec<usize> = members.iter().map(|m| m.comments).collect();
    let mut total: FastHashMap<&str, usize> = FastHashMap::default();
    for &seen in &per_cluster {
        for (key, s) in seen {
            *total.entry(key.as_str()).or_insert(0) += s.comments;
        }
    }
    let comments: usize = sizes.iter().sum();
    let mean = comments as f64 / members.len().max(1) as f64;
    per_cluster
        .iter()
        .zip(&sizes)
        .map(|(seen, &size)| {
            let strict = pick(&ranked(seen, size, &total, mean, MIN_SHARE));
            if strict.is_empty() {
                // A mixed bag where no phrase reaches the share: its most distinctive
                // phrases held by at least two comments, still in written form, rather
                // than the centroid's stems.
                pick(&ranked(seen, size, &total, mean, 0.0))
            } else {
                strict
            }
        })
        .collect()
}

/// One cluster's candidates held by at least [`MIN_COMMENTS`] comments and `min_share`
/// of them, best first by c-TF-IDF weight (ties by key).
fn ranked<'a>(
    seen: &'a FastHashMap<String, Seen>,
    size: usize,
    total: &FastHashMap<&str, usize>,
    mean: f64,
    min_share: f64,
) -> Vec<(f64, &'a str, &'a Seen)> {
    let size = size.max(1) as f64;
    let mut ranked: Vec<(f64, &str, &Seen)> = seen
        .iter()
        .filter(|(_, s)| s.comments >= MIN_COMMENTS && s.comments as f64 >= min_share * size)
        .map(|(key, s)| {
            let f = total[key.as_str()] as f64;
            let mut w = (s.comments as f64 / size) * (1.0 + mean / f).ln();
            if key.contains(' ') {
                w *= PHRASE_PREFERENCE;
            }
            (w, key.as_str(), s)
        })
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    ranked
}

/// The label from ranked candidates: the best ones that share no term with one already
/// taken, each in its most frequent written form.
fn pick(ranked: &[(f64, &str, &Seen)]) -> String {
    let mut taken: Vec<&str> = Vec::new();
    let mut items: Vec<String> = Vec::new();
    for &(_, key, seen) in ranked {
        if items.len() == LABEL_ITEMS {
            break;
        }
        let words: Vec<&str> = key.split(' ').collect();
        if words.iter().any(|w| taken.contains(w)) {
            continue;
        }
        taken.extend(words);
        let form = seen
            .forms
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map(|(f, _)| f.clone())
            .unwrap_or_else(|| key.to_string());
        items.push(form);
    }
    items.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(texts: &[&str]) -> Vec<TermWords> {
        term_words(&Analyzer::english(), texts)
    }

    #[test]
    fn a_distinctive_phrase_in_written_form_names_the_cluster() {
        let t = terms(&[
            "The car park was full",
            "No spaces in the car park",
            "car park charges are too high",
            "parking is a nightmare, car park full",
            "We waited hours for the ambulance",
            "waiting times were too long",
            "long waiting times again",
            "the ambulance took hours",
        ]);
        let l = labels(&t, &[vec![0, 1, 2, 3], vec![4, 5, 6, 7]]);
        assert!(l[0].starts_with("car park"), "{l:?}");
        assert!(
            l[1].contains("waiting times") || l[1].contains("hours"),
            "{l:?}"
        );
        assert!(!l[1].contains("wait "), "written forms, not stems: {l:?}");
    }

    #[test]
    fn negations_never_label_alone_and_rare_words_need_support() {
        let t = terms(&["not not no", "not no never", "never not", "no"]);
        let l = labels(&t, &[vec![0, 1, 2, 3]]);
        assert_eq!(l[0], "", "{l:?}");
    }

    #[test]
    fn a_mixed_bag_is_still_named_in_written_words_not_stems() {
        // No word is in 8% of the first cluster's comments, but "satisfied" is in two:
        // it names the cluster as written ("satisfied", not the stem "satisfi").
        let mut texts = vec!["I was satisfied", "satisfied overall"];
        let others = [
            "lovely",
            "brilliant",
            "fine",
            "good",
            "great",
            "super",
            "ace",
            "okay",
            "nice",
            "superb",
            "fab",
            "grand",
            "smashing",
            "champion",
            "decent",
            "tidy",
            "splendid",
            "marvellous",
            "terrific",
            "wonderful",
            "fantastic",
            "perfect",
            "excellent",
            "outstanding",
        ];
        texts.extend(others);
        texts.extend(["car park full", "car park again"]);
        let t = terms(&texts);
        let first: Vec<usize> = (0..texts.len() - 2).collect();
        let l = labels(&t, &[first, vec![texts.len() - 2, texts.len() - 1]]);
        assert_eq!(l[0], "satisfied", "{l:?}");
        assert!(l[1].starts_with("car park"), "{l:?}");
    }

    #[test]
    fn not_alone_matches_the_list_and_nothing_else() {
        for t in NOT_ALONE {
            assert!(not_alone(t), "{t}");
            assert!(!not_alone(&format!("{t}s")), "{t}s");
            assert!(!not_alone(&t[1..]) || NOT_ALONE.contains(&&t[1..]), "{t}");
        }
        for t in ["", "n", "nobody", "nothing", "car", "cant", "park"] {
            assert!(!not_alone(t), "{t}");
        }
    }

    #[test]
    fn phrases_join_only_words_written_side_by_side_and_never_end_in_a_negation() {
        let t = terms(&[
            "staff unfriendly and made me wait",
            "no access not even once",
        ]);
        let mut keys: Vec<String> = Vec::new();
        for run in t.iter().flat_map(candidate_runs) {
            let mut key = String::new();
            join_into(&mut key, run.iter().map(|(_, t, _)| t.as_str()));
            keys.push(key);
        }
        assert!(keys.iter().any(|k| k == "staff unfriend"), "{keys:?}");
        assert!(!keys.iter().any(|k| k == "unfriend made"), "{keys:?}");
        assert!(keys.iter().any(|k| k == "no access"), "{keys:?}");
        assert!(!keys.iter().any(|k| k.ends_with(" not")), "{keys:?}");
    }

    #[test]
    fn a_text_counts_each_key_once_in_the_form_of_its_first_run() {
        let t = terms(&["parked near parking", "parking"]);
        let mut counted = Counted::default();
        counted.add(&t[0], 3);
        counted.add(&t[1], 2);
        let park = &counted.seen["park"];
        assert_eq!(park.comments, 5);
        assert_eq!(park.forms.get("parked"), Some(&3));
        assert_eq!(park.forms.get("parking"), Some(&2));
        assert_eq!(counted.comments, 5);
    }
}
