//! Pets' names: "Our spaniel Murphy was the first thing she asked about", "my cat
//! Tibbles". A name right after an owner's word and an animal ("our dog", "Mum's cat")
//! names the animal, and an animal's name identifies no one.
//!
//! Both words must be there and touch the name: a possessive determiner or a
//! possessive noun, then an animal noun from a closed list, then the name after a
//! space. "The dog Sarah brought in" (an article, not an owner), "our dog walker Sarah"
//! (a person's role between), "my dog, Sarah and me" (a comma) are not read so.

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
    "lab",
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

#[cfg(test)]
mod tests {
    use super::*;

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
