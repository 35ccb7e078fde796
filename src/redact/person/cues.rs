//! Context cues: the words around a name that say "a person comes here".
//!
//! A cue *before* a word (`Dr`, `Nurse`, `my wife`, `thanks to`) or *after* it
//! (`the receptionist`, `on reception`) raises the odds that the word is a name. How far
//! the recognizer trusts the word then depends on the cue's [`CueStrength`].

use super::tokens::{Gap, Token};

/// How much a cue before a word vouches for it being a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum CueStrength {
    /// "thanks to", "from", "contact": a name often follows, but so do many other words.
    Weak,
    /// A staff role ("Nurse", "the physio") or a relative ("my wife"): a name often follows.
    Role,
    /// A title or introduction ("Dr", "Mrs", "my name is"): what follows is a name.
    Title,
}

/// Titles: the next word is a name (the title itself stays outside the span).
const TITLES: &[&str] = &[
    "dr",
    "doctor",
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "prof",
    "professor",
    "rev",
    "revd",
];

/// Staff roles that may stand before or after a name ("Nurse Ricky", "Guy the porter").
pub(crate) const ROLES: &[&str] = &[
    "nurse",
    "sister",
    "matron",
    "midwife",
    "hca",
    "physio",
    "physiotherapist",
    "consultant",
    "paramedic",
    "surgeon",
    "registrar",
    "receptionist",
    "porter",
    "sonographer",
    "radiographer",
    "pharmacist",
    "therapist",
    "dietitian",
    "dietician",
    "carer",
    "cleaner",
    "volunteer",
    "chaplain",
    "manager",
    "anaesthetist",
    "gp",
    "practitioner",
    "assistant",
    "worker",
    "visitor",
    "housekeeper",
    "doctor",
    "healthcare",
    "technician",
    "optometrist",
    "psychologist",
    "psychiatrist",
    "counsellor",
    "phlebotomist",
    "student",
    "patient",
];

/// Relatives, after a possessive ("my husband Marion", "our son, Max").
const RELATIVES: &[&str] = &[
    "wife",
    "husband",
    "partner",
    "son",
    "daughter",
    "mum",
    "mom",
    "mother",
    "dad",
    "father",
    "brother",
    "sister",
    "nan",
    "nana",
    "nanna",
    "gran",
    "granny",
    "grandma",
    "grandmother",
    "grandad",
    "granddad",
    "grandpa",
    "grandfather",
    "grandson",
    "granddaughter",
    "aunt",
    "auntie",
    "aunty",
    "uncle",
    "niece",
    "nephew",
    "friend",
    "baby",
    "child",
    "boy",
    "girl",
    "fiance",
    "fiancé",
    "fiancee",
    "fiancée",
    "cousin",
    "stepdad",
    "stepmum",
    "stepson",
    "stepdaughter",
    "carer",
    "neighbour",
];

const POSSESSIVES: &[&str] = &["my", "our", "his", "her", "their", "your"];

/// Multi-word introductions, each a title-strength cue (compared in lower case).
const INTRODUCTIONS: &[&[&str]] = &[
    &["name", "is"],
    &["i'm"],
    &["i", "am"],
    &["called"],
    &["named"],
    &["ask", "for"],
    &["asked", "for"],
    &["this", "is"],
];

/// Weak cues: a name often follows.
const WEAK: &[&[&str]] = &[
    &["thanks", "to"],
    &["thank", "you", "to"],
    &["thank", "you"],
    &["thank"],
    &["thanks"],
    &["thanked"],
    &["from"],
    &["contact"],
    &["re"],
    &["to"],
    &["by"],
    &["with"],
    &["for"],
    &["of"],
    &["and"],
    &["praise"],
    &["cheers"],
];

/// Places and desks that, after "on"/"at"/"from"/"in", mark the word before as a person
/// ("Pearl on reception", "Rebecca at PALS").
const POST_PLACES: &[&str] = &[
    "reception",
    "pals",
    "the",
    "ward",
    "nights",
    "days",
    "duty",
    "shift",
    "switchboard",
];

fn matches_before(tokens: &[Token<'_>], end: usize, phrase: &[&str]) -> bool {
    if phrase.len() > end {
        return false;
    }
    let first = end - phrase.len();
    tokens[first..end]
        .iter()
        .zip(phrase)
        .enumerate()
        .all(|(n, (token, word))| {
            token.lower == *word && !token.in_brackets && (n == 0 || token.gap != Gap::Break)
        })
}

/// The strongest cue that ends right before token `i`, if any.
pub(crate) fn cue_before(tokens: &[Token<'_>], i: usize) -> Option<CueStrength> {
    if i == 0 {
        return None;
    }
    let gap = tokens[i].gap;
    if gap == Gap::Break {
        return None;
    }
    let prev = &tokens[i - 1];
    if prev.in_brackets {
        return None;
    }
    let word = prev.lower.as_str();
    if gap == Gap::Space && TITLES.contains(&word) {
        return Some(CueStrength::Title);
    }
    if gap == Gap::Space
        && INTRODUCTIONS
            .iter()
            .any(|phrase| matches_before(tokens, i, phrase))
    {
        return Some(CueStrength::Title);
    }
    if RELATIVES.contains(&word)
        && i >= 2
        && tokens[i - 1].gap != Gap::Break
        && POSSESSIVES.contains(&tokens[i - 2].lower.as_str())
    {
        return Some(CueStrength::Role);
    }
    if ROLES.contains(&word) {
        return Some(CueStrength::Role);
    }
    if gap == Gap::Space && WEAK.iter().any(|phrase| matches_before(tokens, i, phrase)) {
        return Some(CueStrength::Weak);
    }
    None
}

/// True when the words right after token `last` say the span ending there is a person:
/// "the receptionist", ", the healthcare assistant", "on reception", "at PALS".
pub(crate) fn cue_after(tokens: &[Token<'_>], last: usize) -> bool {
    let Some(next) = tokens.get(last + 1) else {
        return false;
    };
    if next.gap == Gap::Break || next.in_brackets {
        return false;
    }
    let after = tokens.get(last + 2).filter(|t| t.gap != Gap::Break);
    match (next.lower.as_str(), after) {
        ("the" | "our" | "my" | "your", Some(role)) => ROLES.contains(&role.lower.as_str()),
        ("on" | "at" | "from" | "in", Some(place)) => {
            let place_word = place.lower.as_str();
            if place_word == "the" {
                // "on the night shift", "on the desk": look one word further.
                tokens.get(last + 3).is_some_and(|t| {
                    t.gap == Gap::Space && matches!(t.lower.as_str(), "night" | "day" | "desk")
                })
            } else {
                POST_PLACES.contains(&place_word) && place_word != "the"
            }
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn cue_for(text: &str, word: &str) -> Option<CueStrength> {
        let tokens = tokenize(text);
        let i = tokens.iter().position(|t| t.text == word).unwrap();
        cue_before(&tokens, i)
    }

    #[test]
    fn titles_and_introductions_are_strong() {
        assert_eq!(
            cue_for("Dr Patel was kind", "Patel"),
            Some(CueStrength::Title)
        );
        assert_eq!(
            cue_for("Seen by Dr. Patel", "Patel"),
            Some(CueStrength::Title)
        );
        assert_eq!(cue_for("my name is Ana", "Ana"), Some(CueStrength::Title));
        assert_eq!(cue_for("I'm Ana, and", "Ana"), Some(CueStrength::Title));
    }

    #[test]
    fn roles_and_relatives_allow_a_comma() {
        assert_eq!(
            cue_for("The receptionist, Katie", "Katie"),
            Some(CueStrength::Role)
        );
        assert_eq!(cue_for("my wife, Mei", "Mei"), Some(CueStrength::Role));
        assert_eq!(cue_for("Nurse Ricky", "Ricky"), Some(CueStrength::Role));
        // A relative word without a possessive is no cue ("the son of").
        assert_eq!(cue_for("a son Tom", "Tom"), None);
    }

    #[test]
    fn weak_cues_and_no_cue() {
        assert_eq!(
            cue_for("Thanks to Hope Hudson", "Hope"),
            Some(CueStrength::Weak)
        );
        assert_eq!(cue_for("It was Monday", "Monday"), None);
        // A full stop breaks any cue.
        assert_eq!(cue_for("Saw the nurse. Grace and dignity", "Grace"), None);
        // A redaction marker is no cue.
        assert_eq!(cue_for("Dr [name redacted]", "name"), None);
    }

    #[test]
    fn cues_after_a_name() {
        let tokens = tokenize("Guy the healthcare assistant was kind");
        assert!(cue_after(&tokens, 0));
        let tokens = tokenize("Pearl on reception sorted it");
        assert!(cue_after(&tokens, 0));
        let tokens = tokenize("Scott on the night shift");
        assert!(cue_after(&tokens, 0));
        let tokens = tokenize("Waited on the trolley");
        assert!(!cue_after(&tokens, 0));
        let tokens = tokenize("Grace and dignity");
        assert!(!cue_after(&tokens, 0));
    }
}
