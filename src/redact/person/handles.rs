//! Social-media handles and hashtags of organisations: "Replying to @LTHTrust:",
//! "cc @HeadingleySurgery", "#NHSheroes", "@nhsuk". The tagger reads such a word as a
//! name (capitalised, in no English list, in a name's place after "to" or "cc").
//!
//! Read by the word's own spelling, not a list of handles: a word glued to a `@` or `#`
//! (nothing between, and no letter or digit before the sign, so not an e-mail address)
//! that opens or ends with a service word ("NHSuk", "LTHTrust", "headingleysurgery",
//! "#nhsheroes"). A person's handle ("@SarahJones", "@AJOkafor", "@zanele_k") has no
//! service word in it and is left to the tagger.

/// Service words an organisation's handle opens or ends with, in lower case.
const SERVICE_PARTS: &[&str] = &[
    "nhs",
    "trust",
    "surgery",
    "hospital",
    "hospitals",
    "clinic",
    "health",
    "ccg",
    "pharmacy",
    "practice",
    "ambulance",
    "nursing",
    "hospice",
];

/// The fewest letters a handle must have beside its service word, so that the service
/// word is a part and not the whole word.
const MIN_OTHER_LETTERS: usize = 2;

/// Whether the word at `start..end` of `text` is glued to a `@` or `#` that no letter
/// or digit precedes.
pub(crate) fn after_handle_sign(text: &str, start: usize) -> bool {
    let before = &text[..start];
    let Some(sign) = before.chars().next_back() else {
        return false;
    };
    if sign != '@' && sign != '#' {
        return false;
    }
    let rest = &before[..before.len() - sign.len_utf8()];
    !rest.chars().next_back().is_some_and(char::is_alphanumeric)
}

/// Whether `word` (as written) is spelt as an organisation's handle or hashtag: a
/// service word opening or ending it, with at least two other letters.
pub(crate) fn spelt_as_organisation(word: &str) -> bool {
    let lower = word.to_lowercase();
    SERVICE_PARTS.iter().any(|part| {
        lower.len() >= part.len() + MIN_OTHER_LETTERS
            && (lower.starts_with(part) || lower.ends_with(part))
    })
}

/// Whether the word at `start..end` of `text` is an organisation's handle or hashtag.
pub(crate) fn organisation_handle(text: &str, start: usize, end: usize) -> bool {
    after_handle_sign(text, start) && spelt_as_organisation(&text[start..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn handle(text: &str, word: &str) -> bool {
        let start = text.find(word).unwrap_or(0);
        organisation_handle(text, start, start + word.len())
    }

    #[test]
    fn organisations_handles_and_hashtags_are_read_as_such() {
        assert!(handle("Replying to @LTHTrust: the lifts", "LTHTrust"));
        assert!(handle(
            "cc @HeadingleySurgery - thanks",
            "HeadingleySurgery"
        ));
        assert!(handle("an absolute star #NHSheroes", "NHSheroes"));
        assert!(handle("well done @nhsuk", "nhsuk"));
        assert!(handle("cc @headingleysurgery pls", "headingleysurgery"));
    }

    #[test]
    fn people_and_plain_words_are_not() {
        // A person's handle, no sign, an e-mail address, a bare acronym or service word.
        assert!(!handle("thanks @SarahJones for that", "SarahJones"));
        assert!(!handle("thanks @zanele for that", "zanele"));
        assert!(!handle("thanks #TeamOkafor", "TeamOkafor"));
        assert!(!handle("thanks @AJOkafor", "AJOkafor"));
        assert!(!handle("thanks @JPSmith", "JPSmith"));
        assert!(!handle("the LTHTrust lifts", "LTHTrust"));
        assert!(!handle("mail jo@NHSmail now", "NHSmail"));
        assert!(!handle("follow @NHS now", "NHS"));
        assert!(!handle("follow @trust now", "trust"));
    }
}
