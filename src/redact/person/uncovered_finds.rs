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

/// A rule that finds one-word names in a comment, as the recognizer calls it: text,
/// tokens, their facts and whether the comment is caseless.
#[cfg(test)]
type OneWordFinder = fn(
    &str,
    &[super::tokens::Token<'_>],
    &[super::lexicon::WordFacts],
    bool,
) -> Vec<(usize, usize)>;

/// A rule's one-word finds (`finder`, as [`super::owned_names::owned_words`] is called)
/// on `text` as the words found, with the comment's facts and casing worked out as the
/// recognizer does: for the rules' unit tests.
#[cfg(test)]
pub(crate) fn words_found_by(text: &str, finder: OneWordFinder) -> Vec<&str> {
    let lexicon = super::lexicon::NameLexicon::new();
    let tokens = super::tokens::tokenize(text);
    let facts = lexicon.facts_of(&tokens);
    let has_upper = text.chars().any(char::is_uppercase);
    let has_lower = text.chars().any(char::is_lowercase);
    finder(text, &tokens, &facts, !(has_upper && has_lower))
        .into_iter()
        .map(|(i, _)| tokens[i].text)
        .collect()
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
