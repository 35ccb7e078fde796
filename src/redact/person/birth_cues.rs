//! The words that introduce a date of birth ("DOB", "DoB", "birthdate", "d.o.b") are no
//! names. Written in capitals or odd case at the head of a comment or in brackets ("DoB -
//! 03 Mar 1956", "(DOB 03/03/1956)"), the tagger read them as unknown names and the cue
//! became a `[PERSON]` beside the `[DATE_OF_BIRTH]` it introduces. The words are the
//! one-word cues of `lexicons/pii/date_of_birth_cues.txt`, the list the date-of-birth
//! recognizer reads, so the two never drift apart.
//!
//! A cue's spelling capitalised after a title ("Sister Dob", "Dr Dob") is a surname: a
//! title is never followed by a date of birth's cue.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::cues::TITLES;
use super::tokens::{Gap, Shape, Token};
use crate::redact::lexicon::{entries, DATE_OF_BIRTH_CUES};

/// Roles written as titles before a surname ("Sister Dob"); not "Patient", which a
/// date of birth's cue follows ("Patient DOB - 03/03/1956").
const TITLED_ROLES: &[&str] = &["sister", "matron", "nurse"];

/// The one-word cues of a date of birth, lower case, without their dots ("dob" for
/// "d.o.b").
fn birth_cue_words() -> &'static HashSet<String> {
    static WORDS: OnceLock<HashSet<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        entries(DATE_OF_BIRTH_CUES)
            .into_iter()
            .filter(|cue| !cue.contains(' '))
            .map(|cue| cue.replace('.', ""))
            .collect()
    })
}

/// Whether the found name `first..=last` is one word that introduces a date of birth.
pub(crate) fn is_birth_cue(tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    if first != last {
        return false;
    }
    let after_a_title = first > 0
        && tokens[first].gap == Gap::Space
        && tokens[first].shape == Shape::Capitalised
        && {
            let before = tokens[first - 1].lower.as_str();
            TITLES.contains(&before) || TITLED_ROLES.contains(&before)
        };
    if after_a_title {
        return false;
    }
    let lower = tokens[first].lower.as_str();
    // Only a cue written with dots ("d.o.b") needs a copy without them.
    if lower.contains('.') {
        birth_cue_words().contains(&lower.replace('.', ""))
    } else {
        birth_cue_words().contains(lower)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    #[test]
    fn date_of_birth_cues_are_no_names() {
        for (text, i) in [
            ("DoB - 03 Mar 1956", 0),
            ("(DOB 03/03/1956)", 0),
            ("my birthdate", 1),
        ] {
            let tokens = tokenize(text);
            assert!(is_birth_cue(&tokens, i, i), "{text}");
        }
        let tokens = tokenize("Bob was kind");
        assert!(!is_birth_cue(&tokens, 0, 0));
        let tokens = tokenize("DOB Smith");
        assert!(!is_birth_cue(&tokens, 0, 1));
        let tokens = tokenize("She meant Sister Dob, who checked");
        assert!(!is_birth_cue(&tokens, 3, 3));
        let tokens = tokenize("Patient DOB 03/03/1956");
        assert!(is_birth_cue(&tokens, 1, 1));
        let tokens = tokenize("Account of my stay. Patient Dob - 15.5.28.");
        assert!(is_birth_cue(&tokens, 5, 5));
    }
}
