//! Words joined without spaces as organisations write their handles and hashtags:
//! "@LTHTrust", "#NHSheroes", "@HeadingleySurgery", "BBCnews". The tagger reads any
//! capitalised word in no list as a possible name, and these are in no list.
//!
//! Two spellings give such a word away. It opens with an acronym of three or more
//! capitals run straight into an everyday word ("NHSheroes", "LTHTrust", "NHSuk"): a
//! name never does ("McDONALD" has a small letter second, "AJones" only two capitals,
//! and "NHSKemi" ends in a given name, a person's handle). Or it is
//! joined in camel case and its last part is an everyday English word no name list holds
//! ("HeadingleySurgery", "ThankYouNurses"), with no part a listed given name: names
//! joined so end in a name ("MaryBeth", "ThorstenUlf", "VanSluys"), and a handle that
//! holds a given name ("SarahRocks") is a person's.

/// Capitals an acronym opening a joined word must have.
const ACRONYM_MIN: usize = 3;

/// Letters the last part of a camel-case word must have to count as a word.
const LAST_PART_MIN: usize = 3;

/// Facts about one lower-cased part of a joined word, from the name lexicons.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct PartFacts {
    /// An everyday English word (the SCOWL list, small letters).
    pub english: bool,
    /// Held by a given-name or surname list.
    pub any_name: bool,
    /// Held by a given-name list.
    pub given_name: bool,
    /// Held by the not-a-name list and no name list ("NHS").
    pub not_name: bool,
}

/// Whether `word` (as written) opens with an acronym of [`ACRONYM_MIN`] or more
/// capitals run straight into small letters and reads as an organisation's word: the
/// small letters after the capitals, or the last capital and them, are an everyday
/// English word no name list holds ("NHSheroes", "LTHTrust"), or the capitals are a
/// listed not-a-name word and such a word or one or two letters follow ("NHSuk"). No
/// reading may be a listed given name ("NHSKemi" when "Kemi" is listed, "NHSJo").
fn acronym_organisation(word: &str, facts: &impl Fn(&str) -> PartFacts) -> bool {
    let capitals = word.chars().take_while(|c| c.is_uppercase()).count();
    if capitals < ACRONYM_MIN || !word.chars().nth(capitals).is_some_and(char::is_lowercase) {
        return false;
    }
    if !word.chars().all(char::is_alphabetic) {
        return false;
    }
    let cut = |n: usize| word.char_indices().nth(n).map_or(word.len(), |(k, _)| k);
    let (run, after) = (&word[..cut(capitals)], &word[cut(capitals)..]);
    let with_last_capital = &word[cut(capitals - 1)..];
    let (after, with_last_capital) = (after.to_lowercase(), with_last_capital.to_lowercase());
    let word_after = |f: PartFacts| f.english && !f.any_name;
    let after_facts = facts(&after);
    if facts(&run.to_lowercase()).not_name {
        // The capitals are the acronym itself ("NHS"): what follows is read alone.
        return !after_facts.given_name && (word_after(after_facts) || after.chars().count() <= 2);
    }
    let last_facts = facts(&with_last_capital);
    !after_facts.given_name
        && !last_facts.given_name
        && (word_after(after_facts) || word_after(last_facts))
}

/// The parts of a camel-case `word`, cut before each capital that follows a small
/// letter ("HeadingleySurgery" → "Headingley", "Surgery"); `None` unless it is all
/// letters with at least one such cut.
fn camel_parts(word: &str) -> Option<Vec<&str>> {
    if !word.chars().all(char::is_alphabetic) {
        return None;
    }
    let mut parts = Vec::new();
    let mut start = 0;
    let mut previous_small = false;
    for (k, c) in word.char_indices() {
        if c.is_uppercase() && previous_small {
            parts.push(&word[start..k]);
            start = k;
        }
        previous_small = c.is_lowercase();
    }
    parts.push(&word[start..]);
    (parts.len() >= 2).then_some(parts)
}

/// Whether `word`, written as it stands, is an organisation's joined word rather than a
/// name (see the module comment). `facts` looks up one lower-cased part.
pub(crate) fn reads_as_joined_organisation(word: &str, facts: impl Fn(&str) -> PartFacts) -> bool {
    if acronym_organisation(word, &facts) {
        return true;
    }
    let Some(parts) = camel_parts(word) else {
        return false;
    };
    let lowered: Vec<String> = parts.iter().map(|p| p.to_lowercase()).collect();
    let Some(last) = lowered.last() else {
        return false;
    };
    let last_facts = facts(last);
    last.chars().count() >= LAST_PART_MIN
        && last_facts.english
        && !last_facts.any_name
        && !lowered.iter().any(|p| facts(p).given_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small stand-in lexicon: enough English words and names for the cases below.
    fn facts(lower: &str) -> PartFacts {
        let english = [
            "surgery", "trust", "heroes", "nurses", "you", "thank", "rocks", "news",
        ]
        .contains(&lower);
        let given_name = ["sarah", "mary", "beth", "thorsten", "ulf"].contains(&lower);
        let given_name = given_name || ["kemi", "jo", "suk"].contains(&lower);
        let surname = ["sluys", "laine", "jones", "rust"].contains(&lower);
        PartFacts {
            english,
            any_name: given_name || surname,
            given_name,
            not_name: ["nhs", "bbc"].contains(&lower),
        }
    }

    #[test]
    fn acronyms_and_camel_case_organisations_are_not_names() {
        for word in [
            "NHSheroes",
            "LTHTrust",
            "NHSuk",
            "BBCnews",
            "HeadingleySurgery",
            "ThankYouNurses",
            "OtleyNews",
        ] {
            assert!(reads_as_joined_organisation(word, facts), "{word}");
        }
    }

    #[test]
    fn names_written_joined_or_with_inner_capitals_stay_names() {
        for word in [
            "McDonald",
            "MacLaine",
            "VanSluys",
            "MaryBeth",
            "ThorstenUlf",
            "SarahRocks",
            "DrSarahJ",
            "NurseKemi",
            "AJones",
            "Zanele",
            "O'Brien",
            "McDONALD",
            "NHS",
            "NHSKemi",
            "NHSJo",
            "LTHJones",
            "XYZab",
        ] {
            assert!(!reads_as_joined_organisation(word, facts), "{word}");
        }
    }

    #[test]
    fn camel_parts_cut_before_capitals_after_small_letters() {
        assert_eq!(
            camel_parts("HeadingleySurgery"),
            Some(vec!["Headingley", "Surgery"])
        );
        assert_eq!(camel_parts("LTHTrust"), None);
        assert_eq!(camel_parts("Zanele"), None);
        assert_eq!(camel_parts("Mc-Donald"), None);
    }
}
