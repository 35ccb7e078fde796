//! Flagging exact duplicates: the same cleaned text, ignoring case and white space,
//! flagged on every occurrence after the first (in input order).

use std::collections::HashSet;

/// The comparison key: lower case with all white space removed, so `Thank you` and
/// `thankyou ` are the same comment. Computed per record (in parallel) before the
/// sequential first-occurrence pass.
pub fn duplicate_key(text: &str) -> Vec<u8> {
    if text.is_ascii() {
        return text
            .bytes()
            .filter(|b| !b.is_ascii_whitespace())
            .map(|b| b.to_ascii_lowercase())
            .collect();
    }
    text.split_whitespace()
        .collect::<String>()
        .to_lowercase()
        .into_bytes()
}

/// For each key, whether an earlier key was the same. `None` keys (blank texts and
/// non-answers) are never duplicates and never count as a first.
///
/// The set is only used for membership, so its iteration order never reaches output.
pub fn flag_duplicates<'a>(keys: impl IntoIterator<Item = Option<&'a [u8]>>) -> Vec<bool> {
    let mut seen = HashSet::new();
    keys.into_iter()
        .map(|key| key.is_some_and(|key| !seen.insert(key)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flags(texts: &[Option<&str>]) -> Vec<bool> {
        let keys: Vec<Option<Vec<u8>>> = texts.iter().map(|t| t.map(duplicate_key)).collect();
        flag_duplicates(keys.iter().map(|k| k.as_deref()))
    }

    #[test]
    fn later_copies_are_flagged_not_the_first() {
        let flags = flags(&[
            Some("Kind staff"),
            Some("Long wait"),
            Some("kind  STAFF"),
            Some("Kind staff"),
            Some("KINDSTAFF"),
        ]);
        assert_eq!(flags, [false, false, true, true, true]);
    }

    #[test]
    fn non_ascii_keys_ignore_case_and_space() {
        assert_eq!(duplicate_key("Café\u{a0}Été"), duplicate_key("caféété"));
        assert_ne!(duplicate_key("Café"), duplicate_key("Cafe"));
    }

    #[test]
    fn near_duplicates_are_not_flagged() {
        assert_eq!(
            flags(&[Some("Kind staff"), Some("Kind staff.")]),
            [false, false]
        );
    }

    #[test]
    fn skipped_texts_are_never_duplicates() {
        assert_eq!(flags(&[None, None, Some("x"), None]), [false; 4]);
    }
}
