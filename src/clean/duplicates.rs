//! Flagging exact duplicates: the same cleaned text, ignoring case and white space,
//! flagged on every occurrence after the first (in input order).

use std::collections::HashSet;

/// The comparison key: lower case with all white space removed, so `Thank you` and
/// `thankyou ` are the same comment.
fn duplicate_key(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// For each text, whether an earlier text had the same key. Texts for which `skip` is
/// true (blank and non-answers) are never duplicates and never count as a first.
///
/// The set is only used for membership, so its iteration order never reaches output.
pub fn flag_duplicates<'a>(texts: impl IntoIterator<Item = (&'a str, bool)>) -> Vec<bool> {
    let mut seen = HashSet::new();
    texts
        .into_iter()
        .map(|(text, skip)| !skip && !seen.insert(duplicate_key(text)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn later_copies_are_flagged_not_the_first() {
        let flags = flag_duplicates([
            ("Kind staff", false),
            ("Long wait", false),
            ("kind  STAFF", false),
            ("Kind staff", false),
        ]);
        assert_eq!(flags, [false, false, true, true]);
    }

    #[test]
    fn near_duplicates_are_not_flagged() {
        let flags = flag_duplicates([("Kind staff", false), ("Kind staff.", false)]);
        assert_eq!(flags, [false, false]);
    }

    #[test]
    fn skipped_texts_are_never_duplicates() {
        let flags = flag_duplicates([("", true), ("", true), ("N/A", true), ("N/A", true)]);
        assert_eq!(flags, [false; 4]);
    }
}
