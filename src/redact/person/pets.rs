//! Pets' names: "Our spaniel Murphy was the first thing she asked about", "my cat Mr
//! Tibbles". A name right after an owner's word and an animal ("our dog", "Mum's cat")
//! names the animal, and an animal's name identifies no one.
//!
//! Both words must be there and touch the name: a possessive determiner or a
//! possessive noun, then an animal noun from a closed list, then (past a title at most:
//! "Mr Tibbles") the name after a space. "The dog Sarah brought in" (an article, not an
//! owner), "our dog walker Sarah" (a person's role between), "my dog, Sarah and me" (a
//! comma) are not read so. Read after the rules and the tagger are joined, for every
//! found name of one word ("our dog walker Zanele" can be found as one name of two
//! words: it is kept); a name written again elsewhere as a person's is
//! still taken there by the rule that follows (`same_word_again`).

use super::cues::TITLES;
use super::tagger::features::possessive_after;
use super::tokens::{Gap, Token};

/// Animals people keep and write about by name, in lower case.
const ANIMALS: &[&str] = &[
    "dog",
    "dogs",
    "puppy",
    "pup",
    "cat",
    "kitten",
    "kitty",
    "spaniel",
    "cockapoo",
    "cavapoo",
    "labrador",
    "retriever",
    "terrier",
    "collie",
    "poodle",
    "dachshund",
    "greyhound",
    "whippet",
    "lurcher",
    "pug",
    "beagle",
    "schnauzer",
    "rabbit",
    "bunny",
    "hamster",
    "guinea-pig",
    "budgie",
    "parrot",
    "tortoise",
    "pony",
    "horse",
];

/// Owners' words before an animal: possessive determiners.
const OWNERS: &[&str] = &["my", "our", "his", "her", "their", "your", "me"];

/// Whether `lower` is a listed animal noun.
pub(crate) fn is_animal(lower: &str) -> bool {
    ANIMALS.contains(&lower)
}

/// Whether `owner` (lower-cased word before the animal, with `owner_possessive` when
/// it was written with "'s": "Mum's", "Dad's") owns an animal.
pub(crate) fn is_owner(owner: &str, owner_possessive: bool) -> bool {
    owner_possessive || OWNERS.contains(&owner)
}

/// Whether the found name `first..=last` names a pet: one word right after an owner
/// and an animal, with at most a title between ("our dog Murphy", "my cat Mr
/// Tibbles"). Not a found name of two words: "our dog walker Zanele" holds a role.
pub(crate) fn names_a_pet(text: &str, tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    if last != first || tokens[first].gap != Gap::Space {
        return false;
    }
    let mut k = first;
    if k > 0 && TITLES.contains(&tokens[k - 1].lower.as_str()) {
        if tokens[k - 1].gap != Gap::Space {
            return false;
        }
        k -= 1;
    }
    if k < 2 {
        return false;
    }
    let (owner, animal) = (&tokens[k - 2], &tokens[k - 1]);
    animal.gap == Gap::Space
        && is_animal(animal.lower.as_str())
        && is_owner(owner.lower.as_str(), possessive_after(text, owner.end))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn pet(text: &str, first: usize, last: usize) -> bool {
        names_a_pet(text, &tokenize(text), first, last)
    }

    #[test]
    fn a_name_after_an_owner_and_an_animal_is_a_pet() {
        assert!(pet("Our spaniel Murphy was lovely.", 2, 2));
        assert!(pet("My cat Mr Tibbles was fed.", 3, 3));
        assert!(pet("Dad's dog Buster missed him.", 2, 2));
    }

    #[test]
    fn an_article_a_role_a_comma_or_no_owner_keeps_a_person() {
        assert!(!pet("The dog Sarah brought in was lovely.", 2, 2));
        assert!(!pet("Our dog walker Sarah was great.", 3, 3));
        assert!(!pet("My dog, Sarah and me went.", 2, 2));
        assert!(!pet("Our lab Priya ran the tests.", 2, 2));
        assert!(!pet("Dog Sarah was great.", 1, 1));
        assert!(!pet("Our spaniel Murphy Okafor Jones came.", 2, 4));
        // A role found with the name: "walker Zanele" is one found name.
        assert!(!pet("Our dog walker Zanele was great.", 2, 3));
        assert!(!pet("our dog walker zanele was great", 2, 3));
    }

    #[test]
    fn animals_and_owners_are_listed() {
        assert!(is_animal("spaniel"));
        assert!(is_animal("cat"));
        assert!(is_owner("our", false));
        assert!(is_owner("mum", true));
    }

    #[test]
    fn roles_articles_and_people_are_not() {
        assert!(!is_animal("walker"));
        assert!(!is_animal("sitter"));
        assert!(!is_animal("nurse"));
        assert!(!is_owner("the", false));
        assert!(!is_owner("a", false));
        assert!(!is_owner("mum", false));
    }
}
