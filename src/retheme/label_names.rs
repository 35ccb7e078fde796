//! Looking up a QDC v7 subcategory name an analyst typed, and suggesting the nearest
//! valid one when it is not exact.

use crate::classify::{framework_map, taxonomy};

/// The framework's own name for `typed`, which must match exactly (case included), so the
/// label written to outputs is always the framework's spelling.
pub fn resolve(typed: &str) -> Option<&'static str> {
    taxonomy::label_index(typed).map(taxonomy::label_name)
}

/// The valid subcategory nearest to `typed`: the v7 label a v6 name was merged into
/// ("Staff responsiveness" → "Staffing levels & responsiveness"), else the one sharing
/// most words with it (a word matches despite a typo or two), then the fewest
/// single-character edits over the whole name, ignoring case; ties go to the earlier
/// label in framework order.
pub fn nearest(typed: &str) -> &'static str {
    if let Some(merged) = framework_map::v7_index_of(typed) {
        return taxonomy::label_name(merged);
    }
    let typed_lower: Vec<char> = typed.to_lowercase().chars().collect();
    let typed_words = words(typed);
    taxonomy::subcategories()
        .min_by_key(|label| {
            let label_words = words(label);
            let shared = typed_words
                .iter()
                .filter(|w| label_words.iter().any(|l| similar_words(w, l)))
                .count();
            let label: Vec<char> = label.to_lowercase().chars().collect();
            (
                std::cmp::Reverse(shared),
                edit_distance(&typed_lower, &label),
            )
        })
        .expect("the taxonomy has labels")
}

/// Words that say something (lower case; no `&`, `and`, `of`…), as characters.
fn words(name: &str) -> Vec<Vec<char>> {
    const FILLER: [&str; 7] = ["and", "of", "the", "to", "from", "with", "for"];
    name.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !FILLER.contains(w))
        .map(|w| w.chars().collect())
        .collect()
}

/// True when two words differ by at most one edit per four letters (at least one).
fn similar_words(a: &[char], b: &[char]) -> bool {
    edit_distance(a, b) <= (a.len().max(b.len()) / 4).max(1)
}

/// Levenshtein distance between two character slices.
fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        current[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitute.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_names_resolve_and_near_misses_do_not() {
        assert_eq!(resolve("Discharge"), Some("Discharge"));
        assert_eq!(resolve("discharge"), None, "case matters");
        assert_eq!(resolve("Number & deployment of staff"), None, "v6 only");
    }

    #[test]
    fn nearest_label_for_typos_and_case() {
        assert_eq!(nearest("Mental Heath Act"), "Mental Health Act");
        assert_eq!(nearest("discharge"), "Discharge");
        assert_eq!(
            nearest("Number & deployment of staff"),
            "Staffing levels & responsiveness",
            "a v6 name points to the v7 label it was merged into"
        );
        assert_eq!(
            nearest("Food and drink provision & facilities"),
            "Food & drink provision & facilities"
        );
        assert_eq!(
            nearest("Food and drink"),
            "Food & drink provision & facilities"
        );
        assert_eq!(nearest("Dischrage"), "Discharge");
        assert_eq!(
            nearest("staff attitude"),
            "Staff manner & personal attributes"
        );
    }

    #[test]
    fn edit_distance_counts_single_edits() {
        let chars = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(edit_distance(&chars("kitten"), &chars("sitting")), 3);
        assert_eq!(edit_distance(&chars(""), &chars("abc")), 3);
        assert_eq!(edit_distance(&chars("same"), &chars("same")), 0);
    }
}
