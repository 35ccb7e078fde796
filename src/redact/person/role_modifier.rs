//! A word that makes a role or a relative more precise, standing right before it, is
//! that word and not a name: "Foster carer again: the letters…", "as his foster carer
//! i could not sign", "our foster son had his op". "Foster" is a listed given name and
//! surname, and it opens a sentence capitalised, so the tagger and the small-letter
//! rules read it as one; the role or relative after it says which it is.
//!
//! Dropped: a found name that is one word of [`ROLE_MODIFIERS`] (or that word and the
//! role after it), followed with only a space by a role, a plural role, a relative or a
//! word of [`CARE_WORDS`], written in small letters in a comment that uses capitals, and
//! after no title or role ("Nurse Foster carer of the year" keeps its name).

use super::cues::{RELATIVES, ROLES, ROLES_PLURAL, TITLES};
use super::named_by_role::ROLE_MODIFIERS;
use super::tokens::{joined_at, lower_at, Shape, Token};

/// Words besides roles and relatives that a role's modifier goes before ("foster
/// parents", "foster care", "a foster placement").
const CARE_WORDS: &[&str] = &[
    "parent",
    "parents",
    "carers",
    "care",
    "placement",
    "placements",
    "family",
    "families",
    "home",
    "homes",
    "children",
    "kids",
    "mums",
    "sons",
    "daughters",
];

/// Whether the found name `first..=last` is a role's modifier before its role (see the
/// module doc).
pub(crate) fn modifies_a_role(
    tokens: &[Token<'_>],
    caseless: bool,
    first: usize,
    last: usize,
) -> bool {
    let role_at = first + 1;
    if last > role_at || !ROLE_MODIFIERS.contains(&lower_at(tokens, first)) {
        return false;
    }
    let before = if first > 0 {
        lower_at(tokens, first - 1)
    } else {
        ""
    };
    if TITLES.contains(&before) || ROLES.contains(&before) {
        return false;
    }
    let Some(role) = tokens.get(role_at) else {
        return false;
    };
    let word = role.lower.as_str();
    joined_at(tokens, role_at)
        && (caseless || role.shape == Shape::Lower)
        && (ROLES.contains(&word)
            || ROLES_PLURAL.contains(&word)
            || RELATIVES.contains(&word)
            || CARE_WORDS.contains(&word))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::person::tokens::tokenize;

    fn dropped(text: &str, first: usize, last: usize) -> bool {
        let tokens = tokenize(text);
        let caseless = !text.chars().any(char::is_uppercase);
        modifies_a_role(&tokens, caseless, first, last)
    }

    #[test]
    fn a_modifier_before_a_role_or_relative_is_a_word() {
        assert!(dropped("Foster carer again: the letters go astray", 0, 0));
        assert!(dropped("as his foster carer i could not sign", 2, 2));
        assert!(dropped("our foster son had his op", 1, 2));
        assert!(dropped("We are foster parents to two boys", 2, 2));
    }

    #[test]
    fn a_name_with_a_title_or_a_verb_after_stays_a_name() {
        assert!(!dropped("Nurse Foster carer of the year", 1, 1));
        assert!(!dropped("Foster was a great nurse", 0, 0));
        assert!(!dropped("Foster Carer is my nurse", 0, 0));
        assert!(!dropped("Ellen Foster carer", 0, 1));
    }
}
