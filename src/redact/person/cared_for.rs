//! Words that say someone named in a comment cared for the writer or the writer's own:
//! "he treated me last year", "she looked after me", "he saved my life", "she delivered
//! my baby", "he was my doctor". A reading that releases a name as a public figure's
//! ([`super::public_figures`]: "Dr Ranj off the telly") must not release one the
//! writer says treated them: the screen is then where they saw their own clinician.
//!
//! Four kinds of evidence, any one enough, anywhere in the comment:
//! - a word of the writer's care or family alone ("GP", "ward", "proud", "mum");
//! - a verb or noun of care in any form ("treats", "cared", "nursed", "stitched",
//!   "op", "surgery", "clinic", "appointment");
//! - "looked / looking / looks / look after", "saw / seen me / us";
//! - a possessive before a staff role or a relative ("my doctor", "her nurse", "my
//!   cousin").
//!
//! Not "helped" or "made": a person off the telly helps and makes people laugh too.

use super::cues::{POSSESSIVES, RELATIVES, ROLES};
use super::tokens::Token;

/// Verbs and nouns of a clinician's care for a patient, in their written forms.
const CARE_WORDS: &[&str] = &[
    "treat",
    "treats",
    "treating",
    "treatment",
    "cared",
    "caring",
    "saved",
    "saves",
    "delivered",
    "stitched",
    "nursed",
    "diagnosed",
    "operate",
    "operates",
    "operating",
    "op",
    "ops",
    "surgery",
    "discharged",
    "referred",
    "prescribed",
    "examined",
    "scanned",
    "clinic",
    "appointment",
    "appointments",
];

/// Words that tie a person seen on a screen to the writer's own care or family on their
/// own ("Dr X on the TV and he is her GP", "proud seeing X on the telly").
const CARE_OR_FAMILY: &[&str] = &[
    "gp",
    "surgeon",
    "consultant",
    "ward",
    "operated",
    "operation",
    "treated",
    "patient",
    "bed",
    "volunteer",
    "volunteers",
    "proud",
    "gran",
    "nan",
    "grandma",
    "granddad",
    "grandad",
    "granddaughter",
    "grandson",
    "daughter",
    "son",
    "niece",
    "nephew",
    "brother",
    "mum",
    "mam",
    "dad",
    "wife",
    "husband",
    "partner",
];

/// Whether a word of `tokens` says the writer or the writer's own was cared for, or
/// ties the comment to the writer's care or family ([`CARE_OR_FAMILY`]).
pub(crate) fn says_the_writer_was_cared_for(tokens: &[Token<'_>]) -> bool {
    tokens.iter().enumerate().any(|(k, t)| {
        let word = t.lower.as_str();
        let next = tokens.get(k + 1).filter(|n| !n.gap.is_break());
        let next_word = next.map_or("", |n| n.lower.as_str());
        CARE_WORDS.contains(&word)
            || CARE_OR_FAMILY.contains(&word)
            || (matches!(word, "look" | "looks" | "looked" | "looking") && next_word == "after")
            || (matches!(word, "saw" | "seen") && matches!(next_word, "me" | "us"))
            || (POSSESSIVES.contains(&word)
                && (ROLES.contains(&next_word) || RELATIVES.contains(&next_word)))
    })
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn cared(text: &str) -> bool {
        says_the_writer_was_cared_for(&tokenize(text))
    }

    #[test]
    fn words_of_the_writers_care_are_read() {
        assert!(cared("Saw Dr Okafor on the telly, he looked after me"));
        assert!(cared("he saved my life in 2019"));
        assert!(cared("she delivered my baby"));
        assert!(cared("She treats me at the clinic"));
        assert!(cared("He was my doctor."));
        assert!(cared("he nursed me for weeks"));
        assert!(cared("she is my cousin"));
        assert!(cared("he did my op"));
        assert!(cared("she saw me in clinic last year"));
    }

    #[test]
    fn a_public_figures_own_words_are_not() {
        assert!(!cared("better than Dr Ranj off the telly, high praise"));
        assert!(!cared(
            "Dr Ranj off the telly made me laugh and helped me relax"
        ));
        assert!(!cared("Gordon Ramsay off the telly."));
        assert!(!cared("look at the state of it, after all that"));
        assert!(!cared("My word, Dr Ranj on the telly again"));
    }
}
