//! Looking up a QDC v7 subcategory name an analyst typed, and suggesting the nearest
//! valid one when it is not exact.

use crate::classify::taxonomy;

/// The framework's own name for `typed`, which must match exactly (case included), so the
/// label written to outputs is always the framework's spelling.
pub fn resolve(typed: &str) -> Option<&'static str> {
    taxonomy::label_index(typed).map(taxonomy::label_name)
}

/// The valid subcategory nearest to `typed`: fewest single-character edits, ignoring
/// case; ties go to the earlier label in framework order.
pub fn nearest(typed: &str) -> &'static str {
    let typed: Vec<char> = typed.to_lowercase().chars().collect();
    taxonomy::subcategories()
        .min_by_key(|label| {
            let label: Vec<char> = label.to_lowercase().chars().collect();
            edit_distance(&typed, &label)
        })
        .expect("the taxonomy has labels")
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
            nearest("Food and drink provision & facilities"),
            "Food & drink provision & facilities"
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
