//! Joining a rule's one-word finds to the tagger's: the readings that put forward words the
//! tagger missed (a word a pronoun refers back to, a name after "my" / "our") add only the
//! words no tagger find already covers, so the vetoes then read every find alike.

/// `tagged` (sorted inclusive token ranges) with each of `added` that no range of it
/// covers put in, sorted again; `tagged` is returned as it was when nothing is added.
pub(crate) fn with_uncovered(
    mut tagged: Vec<(usize, usize)>,
    added: Vec<(usize, usize)>,
) -> Vec<(usize, usize)> {
    let added: Vec<(usize, usize)> = added
        .into_iter()
        .filter(|&(i, _)| !tagged.iter().any(|&(first, last)| first <= i && i <= last))
        .collect();
    if !added.is_empty() {
        tagged.extend(added);
        tagged.sort_unstable();
    }
    tagged
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_no_find_covers_is_added_in_order() {
        assert_eq!(
            with_uncovered(vec![(4, 5)], vec![(1, 1)]),
            vec![(1, 1), (4, 5)]
        );
    }

    #[test]
    fn a_word_a_find_covers_is_not_added_again() {
        assert_eq!(with_uncovered(vec![(0, 2)], vec![(1, 1)]), vec![(0, 2)]);
        assert_eq!(with_uncovered(vec![], vec![]), vec![]);
    }
}
