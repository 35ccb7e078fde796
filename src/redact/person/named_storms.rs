//! Named storms: "Storm Ciaran cancelled my surgery", "after storm Babet knocked the
//! power out". The Met Office names each winter's storms with given names, so the
//! storm's name is a listed name after a capitalised word, and the tagger takes both as
//! a person's full name.
//!
//! A storm is read only where the words around it say weather did something: "storm"
//! then one word, with a preposition of time or cause right before ("after", "during",
//! "because of") or a verb of damage or disruption right after ("cancelled", "hit",
//! "knocked"). Someone called Storm ("Storm Kelly was lovely", "thanks to Storm Kelly")
//! has neither, and a title, role or personal cue before "Storm" keeps the name. A
//! hurricane's, typhoon's or cyclone's name is read wherever it stands ("Hurricane
//! Arwen was on the news"): no one is called Hurricane.

use super::cues::{cue_before, CueStrength};
use super::tokens::{Gap, Token};

/// Words right before "storm" that place an event in time or give its cause.
const BEFORE_A_STORM: &[&str] = &[
    "after", "during", "since", "before", "of", "by", "through", "until", "till", "post", "in",
    "from",
];

/// Verbs of what a storm did, right after its name.
const WHAT_A_STORM_DID: &[&str] = &[
    "cancelled",
    "canceled",
    "hit",
    "knocked",
    "caused",
    "closed",
    "brought",
    "blew",
    "flooded",
    "meant",
    "disrupted",
    "delayed",
    "struck",
    "battered",
    "damaged",
    "cut",
    "stopped",
    "took",
    "shut",
    "felled",
    "left",
];

/// The token ranges (inclusive) of each named storm written in the comment: "storm" (or
/// "hurricane", "typhoon", "cyclone") and the one word after it.
pub(crate) fn storm_ranges(tokens: &[Token<'_>]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        // No one is called Hurricane: its name is read wherever it stands.
        let always = matches!(token.lower.as_str(), "hurricane" | "typhoon" | "cyclone");
        if token.lower.as_str() != "storm" && !always {
            continue;
        }
        let Some(name) = tokens.get(i + 1) else {
            continue;
        };
        if name.gap != Gap::Space {
            continue;
        }
        if cue_before(tokens, i).is_some_and(|c| c > CueStrength::Weak) {
            continue;
        }
        let cause_before = i > 0
            && token.gap == Gap::Space
            && BEFORE_A_STORM.contains(&tokens[i - 1].lower.as_str());
        let deed_after = tokens.get(i + 2).is_some_and(|next| {
            next.gap == Gap::Space && WHAT_A_STORM_DID.contains(&next.lower.as_str())
        });
        if always || cause_before || deed_after {
            out.push((i, i + 1));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn storms(text: &str) -> Vec<(usize, usize)> {
        storm_ranges(&tokenize(text))
    }

    #[test]
    fn storms_that_did_something_are_storms() {
        assert_eq!(storms("Storm Ciaran cancelled my surgery."), vec![(0, 1)]);
        assert_eq!(
            storms("After Storm Babet knocked the power out we waited."),
            vec![(1, 2)]
        );
        assert_eq!(
            storms("after storm babet the roads were shut"),
            vec![(1, 2)]
        );
        assert_eq!(
            storms("The clinic closed because of Storm Arwen."),
            vec![(5, 6)]
        );
        assert_eq!(storms("Hurricane Arwen was on the news."), vec![(0, 1)]);
    }

    #[test]
    fn people_called_storm_stay_people() {
        assert!(storms("Storm Kelly was lovely.").is_empty());
        assert!(storms("Thanks to Storm Kelly for everything.").is_empty());
        assert!(storms("Nurse Storm Okafor hit the nail on the head.").is_empty());
        assert!(storms("A storm. Kelly cancelled it.").is_empty());
        assert!(storms("There was a storm last night.").is_empty());
    }
}
