//! Terms of endearment said to whoever is thanked or greeted: "Cheers Duck, see you at my
//! next check-up", "Ta Love", "Thanks so much Hinny for the tea", "Bye Petal x". British
//! speech calls a stranger so, and a comment that writes the word capitalised after its
//! thanks puts it where a first name stands.
//!
//! Read only for a word of [`ENDEARMENTS`] that no given-name list holds (a nurse may be
//! called "Angel", "Buddy" or "Chuck", so those stay names), standing lone right after a
//! word of thanks or greeting (perhaps with "so much", "again" between) and cut off
//! after it, or followed by "for" or kisses. Thanking by a bare surname is rare, so a
//! surname the word also is ("Love", "Darling") does not keep it.

use super::lexicon::WordFacts;
use super::tokens::{Gap, Token};

/// Terms of endearment and of friendly address, in lower case: British regional ("duck",
/// "hinny", "pet", "bab", "hen", "chuck" is a given name and left out), general ("love",
/// "darling", "sweetheart") and familiar ("mate", "pal", "bro", "hun").
#[rustfmt::skip]
const ENDEARMENTS: &[&str] = &[
    "love", "luv", "lovey", "lovie", "duck", "duckie", "ducky", "hinny", "pet", "petal",
    "flower", "bab", "babs", "babe", "babes", "hen", "hun", "hon", "honey", "hunny", "sweetheart",
    "sweetie", "sweetpea", "darling", "darlin", "dear", "dearie", "lovely", "treacle", "poppet",
    "chick", "chicken", "doll", "dollface", "sunshine", "mate", "matey", "pal", "chum", "buddy",
    "bud", "lad", "lads", "lass", "fella", "bro", "bruv", "cuz", "sis", "boss", "chief", "kiddo",
    "gorgeous", "princess", "angel",
];

/// Words of thanks or greeting a term of endearment is said after.
const THANKS_AND_GREETINGS: &[&str] = &[
    "thanks", "thank", "thankyou", "thanx", "ta", "cheers", "bye", "hiya", "hi", "hello", "hey",
    "morning", "night", "tara", "ta-ra", "cheerio", "you",
];

/// Words that may stand between the thanks and the term ("Thanks so much Hinny", "Cheers
/// again Duck").
const BETWEEN: &[&str] = &["so", "much", "very", "again", "a", "lot", "loads", "ever"];

/// Most words between the thanks and the term ([`BETWEEN`]).
const MOST_BETWEEN: usize = 3;

/// Whether the found name `first..=last` is a lone term of endearment, on no given-name
/// list, said right after a word of thanks or greeting and cut off after it (or before
/// "for" or kisses): "Cheers Duck, see you", "Thanks so much Hinny for the tea".
pub(crate) fn is_endearment_said(
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    first: usize,
    last: usize,
) -> bool {
    if first != last
        || facts[first].listed_given_name()
        || !ENDEARMENTS.contains(&tokens[first].lower.as_str())
    {
        return false;
    }
    // Back over the small words that may stand between ("so much") to the thanks.
    let mut k = first;
    let mut after_thanks = false;
    while first - k <= MOST_BETWEEN && k > 0 && tokens[k].gap == Gap::Space {
        k -= 1;
        let word = tokens[k].lower.as_str();
        after_thanks = THANKS_AND_GREETINGS.contains(&word);
        if after_thanks || !BETWEEN.contains(&word) {
            break;
        }
    }
    let cut_off = tokens.get(last + 1).is_none_or(|next| {
        next.gap != Gap::Space || matches!(next.lower.as_str(), "for" | "x" | "xx" | "xxx")
    });
    after_thanks && cut_off
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::NameLexicon;
    use super::super::tokens::tokenize;
    use super::*;

    fn said(text: &str, k: usize) -> bool {
        let tokens = tokenize(text);
        let facts = NameLexicon::new().facts_of(&tokens);
        is_endearment_said(&tokens, &facts, k, k)
    }

    #[test]
    fn endearments_after_thanks_are_no_names() {
        assert!(said("Cheers Duck, see you at my next check-up.", 1));
        assert!(said("Ta Love, the tea lady made my day.", 1));
        assert!(said("Thanks so much Hinny for the tea.", 3));
        assert!(said("Bye Petal x", 1));
        assert!(said("Thank you Darling.", 2));
    }

    #[test]
    fn names_and_other_places_stay() {
        // A given name, a word that goes on, no thanks before, a word not listed.
        assert!(!said("Cheers Angel, see you soon.", 1));
        assert!(!said("Cheers Chuck, see you soon.", 1));
        assert!(!said("Thanks Love Island for nothing.", 1));
        assert!(!said("Love was there for us.", 0));
        assert!(!said("Thanks Zanele, see you soon.", 1));
    }
}
