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
//!
//! So is a name after an owner and a thing people name ("my car Herbie", "her doll
//! Annabelle"), after a thing and a word of naming ("a cat called Larry", "a boat named
//! Mary Rose"; "a man called Steve", "a nurse named Jo" stay people), or after a verb of
//! naming and such a thing ("we named the tumour Kevin", "Dad calls his wheelchair
//! Nigel").
//!
//! A name the words after it call an animal, a creature or a thing is read the same way:
//! "Murphy the dog came in", "a photo of Larry the Downing Street cat", "Morag, the
//! monster of Loch Morar", "Bertha the gun": one found word, then "the" (after a comma or
//! a space), at most two capitalised words, and a noun that ends the phrase: an animal
//! (the list below), a creature of stories, or an animal, breed or made thing of the
//! WordNet list of things, but for the few made things said of a person in praise ("Sarah
//! the machine"). "Sarah the dog walker", "Jo the cat lady" name a person by a role made
//! with the animal, so a word of a person after the noun keeps the name. So does "one of
//! the" and such a noun after a comma ("Maud, one of the boats that crossed"), but for
//! nouns people are counted among ("Jo, one of the cleaners", "Declan, one of the
//! machines on nights").

use super::cues::{POSSESSIVES, ROLES, ROLES_PLURAL, STAFF_PLURALS, TITLES};
use super::named_before_its_kind::{is_animal_noun, is_food_or_plant_noun, is_made_thing};
use super::noun_words::is_mostly_a_noun;
use super::tagger::features::possessive_after;
use super::tokens::{Gap, Shape, Token};

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

/// Whether the found name `first..=last` names a pet or a thing: one word right after an
/// owner and an animal or a belonging, with at most a title between ("our dog Murphy",
/// "my cat Mr Tibbles", "my car Herbie"), or after a verb of naming, "the" or an owner
/// and such a noun ("named the tumour Kevin"); or a name of any length after an animal
/// or thing and a word of naming ("a boat called Mary Rose"). Not a found name of two
/// words after an owner: "our dog walker Zanele" holds a role.
pub(crate) fn names_a_pet(text: &str, tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    if tokens[first].gap != Gap::Space {
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
    // The two words before the name (or its title): an owner and a noun ("our dog"), or
    // a noun and a word of naming ("a cat called").
    let (two_before, one_before) = (&tokens[k - 2], &tokens[k - 1]);
    if one_before.gap != Gap::Space || tokens[k].gap != Gap::Space {
        return false;
    }
    let word = one_before.lower.as_str();
    // "a cat called Larry", "a boat named Mary Rose": the noun, then a word of naming
    // (a name of any length).
    if NAMING.contains(&word) {
        return two_before.gap == Gap::Space
            && two_before.shape == Shape::Lower
            && names_no_person(two_before.lower.as_str());
    }
    let (owner, noun) = (two_before, word);
    if last != first || one_before.shape != Shape::Lower || !owned_and_named(noun) {
        return false;
    }
    // "our dog Murphy", "my car Herbie"; "named the tumour Kevin", "calls his
    // wheelchair Nigel".
    let named_so = k >= 3
        && owner.gap == Gap::Space
        && NAMING.contains(&tokens[k - 3].lower.as_str())
        && (owner.lower.as_str() == "the" || OWNERS.contains(&owner.lower.as_str()));
    named_so || is_owner(owner.lower.as_str(), possessive_after(text, owner.end))
}

/// Words of naming a thing: "a cat called Larry", "named the tumour Kevin".
const NAMING: &[&str] = &[
    "called",
    "named",
    "nicknamed",
    "christened",
    "call",
    "calls",
    "name",
    "names",
];

/// Creatures of stories and legends, which WordNet files under people or not at all.
const CREATURES: &[&str] = &[
    "monster", "dragon", "ghost", "giant", "beast", "creature", "mascot", "unicorn", "troll",
    "mermaid", "serpent", "yeti",
];

/// Plurals WordNet files first under made things that name people one is counted
/// among ("Jo, one of the cleaners", "Priya, one of the gems of the ward").
const PEOPLE_AMONG_THINGS: &[&str] = &["cleaners", "gems", "diamonds", "treasures"];

/// Made things said of a person in praise or jest: "Sarah the machine", "Jo the tank".
const SAID_OF_PEOPLE: &[&str] = &[
    "machine",
    "tank",
    "gem",
    "lifesaver",
    "legend",
    "agent",
    "commuter",
    "entrant",
    "shooter",
    "bomber",
    "cruiser",
    "milker",
];

/// Things people give names to (vehicles, toys, a tumour), most of which WordNet lists with
/// a verb's reading or not at all.
const BELONGINGS: &[&str] = &[
    "doll",
    "dolls",
    "teddy",
    "bear",
    "toy",
    "car",
    "bike",
    "motorbike",
    "boat",
    "ship",
    "van",
    "caravan",
    "cannon",
    "locomotive",
    "tumour",
    "tumor",
    "wheelchair",
    "scooter",
    "defibrillator",
    "manikin",
    "mannequin",
    "hoover",
    "puppet",
    "plant",
];

/// Whether a small-letter noun names an animal, a creature, a belonging or a made thing
/// (not one said of people in praise): what a name after it, or called so, is not a
/// person.
fn names_no_person(word: &str) -> bool {
    owned_and_named(word) || (is_made_thing(word) && !SAID_OF_PEOPLE.contains(&word))
}

/// Whether a small-letter noun after an owner names what a name after it belongs to: an
/// animal, a creature or a belonging, not any made thing ("our lab Priya" is a person
/// in a lab).
fn owned_and_named(word: &str) -> bool {
    is_animal(word)
        || is_animal_noun(word)
        || CREATURES.contains(&word)
        || BELONGINGS.contains(&word)
}

/// Words after an animal that make it part of a person's role or description ("dog
/// walker", "cat lady", "horse whisperer").
const PERSON_AFTER_AN_ANIMAL: &[&str] = &[
    "walker",
    "walkers",
    "sitter",
    "groomer",
    "trainer",
    "whisperer",
    "lover",
    "lady",
    "man",
    "woman",
    "person",
    "breeder",
    "handler",
    "keeper",
    "owner",
    "catcher",
    "warden",
    "expert",
    "guy",
    "lad",
    "girl",
    "boy",
    "driver",
    "fitter",
    "engineer",
    "mechanic",
    "operator",
];

/// Whether the found name `first..=last` (one word) is called an animal, a creature or a
/// thing by the words after it: "Murphy the dog", "Larry the Downing Street cat",
/// "Morag, the monster", and a character's noun written with a capital, "Monty the
/// Penguin" (see the module docs).
pub(crate) fn called_a_creature_after(tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    if last != first {
        return false;
    }
    // "Dr Okello, the pencil case …", "Nurse Okello the machine": a clinician's title
    // right before a capitalised name says a person, whatever the words after call it
    // (in small letters a title may be a word before a verb: "the nurse cross the …").
    if first > 0
        && tokens[first].gap == Gap::Space
        && tokens[first].shape == Shape::Capitalised
        && CLINICIANS_TITLES.contains(&tokens[first - 1].lower.as_str())
    {
        return false;
    }
    let word_at = |k: usize| tokens.get(k).map(|t| (t.lower.as_str(), t.gap));
    // "Murphy the dog", "Morag, the monster"; or "Maud, one of the boats that crossed":
    // one of a kind of things.
    let noun_from = match word_at(last + 1) {
        Some(("the", Gap::Space | Gap::Comma)) => last + 2,
        Some(("one", Gap::Comma))
            if word_at(last + 2) == Some(("of", Gap::Space))
                && word_at(last + 3) == Some(("the", Gap::Space)) =>
        {
            last + 4
        }
        _ => return false,
    };
    let mut k = noun_from;
    while k < noun_from + 2 && tokens.get(k).is_some_and(|t| t.shape == Shape::Capitalised) {
        if tokens[k].gap != Gap::Space {
            return false;
        }
        k += 1;
    }
    // "Kevin the Carrot", "Monty the Penguin", "Marvin the Paranoid Android": a
    // character's noun written with a capital, closing the run, when no noun or role
    // goes on after it ("Chris the Bus driver" is a person).
    let character_noun = |word: &str| names_no_person(word) || is_food_or_plant_noun(word);
    let capitalised_noun_closes = k > noun_from
        && character_noun(tokens[k - 1].lower.as_str())
        && tokens.get(k).is_none_or(|next| {
            next.gap != Gap::Space
                || (next.shape == Shape::Lower
                    && !is_mostly_a_noun(next.lower.as_str())
                    && !ROLES.contains(&next.lower.as_str())
                    && !PERSON_AFTER_AN_ANIMAL.contains(&next.lower.as_str()))
        });
    if capitalised_noun_closes {
        k -= 1;
    }
    let Some(animal) = tokens.get(k) else {
        return false;
    };
    let word = animal.lower.as_str();
    if animal.gap != Gap::Space
        || !(if capitalised_noun_closes {
            character_noun(word)
        } else {
            animal.shape == Shape::Lower && names_no_person(word)
        })
    {
        return false;
    }
    // "Ntebaleng, the hen house she keeps her bantams in": an animal before a noun makes
    // a compound, whose last noun is the thing; a noun in "-s" may be a verb ("Murphy the
    // dog barks").
    let small_word_at = |j: usize| {
        tokens
            .get(j)
            .filter(|after| after.gap == Gap::Space && after.shape == Shape::Lower)
            .map(|after| after.lower.as_str())
    };
    let mut head = k;
    while small_word_at(head + 1).is_some_and(|word| {
        is_mostly_a_noun(word) && !word.ends_with('s') && !APPOSITION_GOES_ON.contains(&word)
    }) {
        head += 1;
    }
    if head > k && !names_no_person(tokens[head].lower.as_str()) {
        return false;
    }
    // "Jo, one of the cleaners", "Declan, one of the machines on nights": counted among
    // people; and a staff's word after the noun ("Annbeth, one of the cabin crew", "the
    // ward team").
    let singular = word.strip_suffix('s').unwrap_or(word);
    let staff_after = tokens.get(k + 1).is_some_and(|next| {
        next.gap == Gap::Space
            && (STAFF_PLURALS.contains(&next.lower.as_str())
                || ROLES_PLURAL.contains(&next.lower.as_str()))
    });
    if staff_after
        || (noun_from > last + 2
            && (PEOPLE_AMONG_THINGS.contains(&word) || SAID_OF_PEOPLE.contains(&singular)))
    {
        return false;
    }
    // "Ziporah, the grocery email said", "Dr Kanya, the pencil case on his trolley
    // attests,": the thing (and the words about it, to the clause's end) says the name,
    // as a message, a screen or a label reports it; the name is what it said.
    let clause: Vec<&Token<'_>> = tokens[k + 1..]
        .iter()
        .take(MOST_WORDS_TO_THE_SAYING)
        .take_while(|word| word.gap == Gap::Space)
        .collect();
    // After a comma the words in apposition must end at the thing's noun, or go on as a
    // phrase about it does ("Morag, the monster of the loch", "Bertha, the gun that…"):
    // "Ziporah, the grocery email said" goes on with a noun and a verb: a clause's subject.
    let comma_before = tokens[last + 1].gap == Gap::Comma;
    // Set off by commas, a clause that ends in a verb of its own with no relative
    // pronoun is a parenthesis that vouches for the name, whatever the verb ("Nerys,
    // the bookmark in her library book professes, is the kindest"): a thing in
    // apposition ends at a noun or goes on with a relative ("Barney, the dinosaur that
    // everyone loves, …").
    // The verb may take a particle ("blurts out"), and agrees with a plural thing in
    // its plain form ("the sequins on her tap shoes divulge"). Without a comma before
    // the name, a role set off before it says the person ("the physiotherapist,
    // Kyaligonza the sequins on her tap shoes divulge, gave me …").
    let role_before = first > 0
        && tokens[first].gap == Gap::Comma
        && (ROLES.contains(&tokens[first - 1].lower.as_str())
            || CLINICIANS_TITLES.contains(&tokens[first - 1].lower.as_str()));
    let verb_at = match clause.split_last() {
        Some((last, rest)) if VERB_PARTICLES.contains(&last.lower.as_str()) => rest.last(),
        Some((last, _)) => Some(last),
        None => None,
    };
    let plural_thing = word.ends_with('s') && !word.ends_with("ss");
    // A word in "-s" that is mostly a noun is the verb after a singular thing and an
    // owner's noun ("the transom of her trawler telegraphs,"): the owner's noun ends the
    // phrase about the thing, so the word after it is the clause's verb.
    let after_an_owned_noun = !plural_thing
        && clause.len() >= 3
        && !VERB_PARTICLES.contains(&clause[clause.len() - 1].lower.as_str())
        && POSSESSIVES.contains(&clause[clause.len() - 3].lower.as_str())
        && clause[clause.len() - 2].shape == Shape::Lower;
    let ends_in_its_own_verb = (comma_before || role_before)
        && tokens
            .get(k + 1 + clause.len())
            .is_some_and(|after| after.gap == Gap::Comma)
        && !clause
            .iter()
            .any(|word| RELATIVES.contains(&word.lower.as_str()))
        && verb_at.is_some_and(|verb| {
            let lower = verb.lower.as_str();
            verb.shape == Shape::Lower
                && lower.len() >= MIN_LETTERS_OF_A_CLOSING_VERB
                && (lower.ends_with('s') || lower.ends_with("ed") || plural_thing)
                && (!is_mostly_a_noun(lower) || after_an_owned_noun)
                && !NOT_VERBS_IN_S.contains(&lower)
        });
    let says_it = ends_in_its_own_verb
        || vouched_by_its_owner(tokens, head)
        || clause
            .iter()
            .any(|word| SAYING.contains(&word.lower.as_str()));
    // Nouns go on with the thing ("the hospital elephant mascot,"); a word after them
    // that goes on with no phrase about it opens a clause: "the grocery email said", not
    // "the dinosaur puppet, on the telly" or "the robot comes round" (no noun after).
    let mut j = k + 1;
    while small_word_at(j)
        .is_some_and(|word| is_mostly_a_noun(word) && !APPOSITION_GOES_ON.contains(&word))
    {
        j += 1;
    }
    let a_clause_follows = comma_before
        && j > k + 1
        && small_word_at(j).is_some_and(|word| !APPOSITION_GOES_ON.contains(&word));
    !says_it
        && !a_clause_follows
        && !tokens.get(k + 1).is_some_and(|after| {
            after.gap == Gap::Space
                && (PERSON_AFTER_AN_ANIMAL.contains(&after.lower.as_str())
                    || ROLES.contains(&after.lower.as_str()))
        })
}

/// Whether the words after a made thing's noun at `head`, to a comma that closes them,
/// are a parenthesis about the thing's owner that goes on past the owner's words:
/// "Sanjeevani, the kettle on her desk makes plain, was the kindest nurse", "Mirela, the
/// scarf her gran knitted makes known, changed my dressing". A person's word ("her",
/// "his", "she", "he") with words after it says whose the thing is and what it says of
/// them, so the name set off before is the owner, whatever the verb. A phrase that ends
/// at the owner's noun names the thing by where it is ("Bertha, the boiler in his loft,
/// broke down"); an animal's own "his" or "her" is no owner's ("Biscuit, the spaniel
/// with his red bandana, visited"); and a relative pronoun opens a clause about the
/// thing ("Barney, the dinosaur that her son loves,"). Without a comma before the name
/// the parenthesis still ends in one ("Gwenllian the hairbrush in her bag spells out,
/// listened").
fn vouched_by_its_owner(tokens: &[Token<'_>], head: usize) -> bool {
    let thing = tokens[head].lower.as_str();
    if is_animal(thing) || is_animal_noun(thing) || CREATURES.contains(&thing) {
        return false;
    }
    let after_the_thing = &tokens[head + 1..];
    let length = after_the_thing
        .iter()
        .take(MOST_WORDS_IN_AN_OWNERS_PARENTHESIS + 1)
        .take_while(|word| word.gap == Gap::Space && word.shape == Shape::Lower)
        .count();
    let closes = length <= MOST_WORDS_IN_AN_OWNERS_PARENTHESIS
        && after_the_thing
            .get(length)
            .is_some_and(|after| after.gap == Gap::Comma);
    let parenthesis = &after_the_thing[..length];
    closes
        && !parenthesis
            .iter()
            .any(|word| RELATIVES.contains(&word.lower.as_str()))
        && parenthesis.iter().enumerate().any(|(i, word)| {
            let words_after = length - 1 - i;
            match word.lower.as_str() {
                "her" | "his" => words_after >= 2,
                "she" | "he" => words_after >= 3,
                _ => false,
            }
        })
}

/// Most words after a made thing's noun read for a parenthesis about its owner ("the
/// hen house she keeps her bantams in makes no secret").
const MOST_WORDS_IN_AN_OWNERS_PARENTHESIS: usize = 12;

/// Titles only a person bears, before a name the words after it would call a thing
/// ("Dr Okello, the pencil case on his trolley"); "Mr" and "Mrs" are left out, since pets
/// and characters bear them ("Mr Tibbles the cat").
const CLINICIANS_TITLES: &[&str] = &[
    "dr",
    "doctor",
    "prof",
    "professor",
    "sister",
    "matron",
    "nurse",
    "rev",
    "reverend",
];

/// Words after the noun of an apposition ("X, the monster …") that go on with a phrase
/// about it rather than a clause of its own: relatives, prepositions, conjunctions, a
/// verb it is the subject of, a pronoun opening a relative clause ("the dog we adopted",
/// "the horse nobody else could ride").
const APPOSITION_GOES_ON: &[&str] = &[
    "that",
    "which",
    "who",
    "whose",
    "of",
    "from",
    "in",
    "on",
    "at",
    "with",
    "for",
    "by",
    "to",
    "and",
    "or",
    "but",
    "is",
    "was",
    "has",
    "had",
    "we",
    "i",
    "they",
    "he",
    "she",
    "you",
    "my",
    "our",
    "named",
    "called",
    "everyone",
    "everybody",
    "all",
    "who'd",
    "itself",
    "off",
    "up",
    "down",
    "out",
    "near",
    "outside",
    "inside",
    "behind",
    "nobody",
    "somebody",
    "anybody",
    "someone",
    "anyone",
    "no",
    "it",
    "me",
    "him",
    "her",
    "them",
    "us",
    "your",
    "their",
    "his",
];

/// Verbs by which a message, a screen or a note reports a name ("Ziporah, the grocery
/// email said").
const SAYING: &[&str] = &[
    "said",
    "says",
    "read",
    "reads",
    "showed",
    "shows",
    "told",
    "tells",
    "confirmed",
    "confirms",
    "attests",
    "attested",
    "records",
    "recorded",
    "states",
    "stated",
    "notes",
    "noted",
    "proves",
    "proved",
    "claims",
    "claimed",
    "declares",
    "declared",
    "announces",
    "announced",
    "reminds",
    "reminded",
    "reports",
    "reported",
    "insists",
    "insisted",
    "testifies",
    "testified",
    "vouches",
    "vouched",
];

/// Most words after the thing's noun, to the clause's end, read for a verb of saying
/// ("the pencil case on his trolley attests").
const MOST_WORDS_TO_THE_SAYING: usize = 6;

/// Relative pronouns: a clause after a thing in apposition that holds one is about the
/// thing ("Barney, the dinosaur that everyone loves,").
const RELATIVES: &[&str] = &["that", "which", "who", "whom", "whose"];

/// Particles a verb closing a parenthesis may take ("the decal on her campervan blurts
/// out,").
const VERB_PARTICLES: &[&str] = &[
    "out", "up", "off", "away", "back", "down", "over", "forth", "through", "on",
];

/// Fewest letters of a verb closing a parenthesis ("notes", "boasts").
const MIN_LETTERS_OF_A_CLOSING_VERB: usize = 5;

/// Words in "-s" that close a phrase and are no verb ("the monster of the loch as
/// always,").
const NOT_VERBS_IN_S: &[&str] = &[
    "always",
    "perhaps",
    "anyways",
    "nowadays",
    "sometimes",
    "besides",
    "afterwards",
    "towards",
    "upstairs",
    "downstairs",
    "indoors",
    "outdoors",
    "nevertheless",
    "regardless",
    "unless",
    "across",
    "whereas",
];

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
    fn a_name_given_to_a_thing_or_an_animal_is_no_person() {
        assert!(pet("We had a cat called Larry at home.", 5, 5));
        assert!(pet("The ward had a therapy dog named Murphy.", 7, 7));
        assert!(pet("There was a robot called Pepper on the ward.", 5, 5));
        assert!(pet("Dad had a boat called Mary Rose.", 5, 6));
        assert!(pet("She taught it on a manikin called Resusci Anne.", 7, 8));
        // A machine or a tank called so is said of people as often.
        assert!(!pet("An absolute machine called Sarah ran the bay.", 4, 4));
        assert!(!pet("Some dummy called Kev shouted at us.", 3, 3));
        assert!(!pet("A man called Steve Smith sorted it.", 3, 4));
        assert!(pet("My doll Annabelle came too.", 2, 2));
        assert!(pet("We named the tumour Kevin.", 4, 4));
        assert!(pet("Dad calls his wheelchair Nigel.", 4, 4));
        assert!(!pet("A man called Steve sorted it.", 3, 3));
        assert!(!pet("A nurse called Steve sorted it.", 3, 3));
        assert!(!pet("The car Sarah drove was late.", 2, 2));
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

    fn called(text: &str, first: usize) -> bool {
        called_a_creature_after(&tokenize(text), first, first)
    }

    #[test]
    fn a_name_the_words_after_call_a_creature_is_no_person() {
        assert!(called("Murphy the dog came to visit.", 0));
        assert!(called("A photo of Larry the Downing Street cat on it.", 3));
        assert!(called("We saw Barney, the dinosaur, on the telly.", 2));
        assert!(called("Hoppy the rabbit.", 0));
        assert!(called(
            "Dad told me about Morag, the monster of the loch.",
            4
        ));
        assert!(called("Bertha the gun could throw a shell.", 0));
        assert!(called(
            "Grandad crewed Maud, one of the boats that crossed.",
            2
        ));
        // A character's noun written with a capital.
        assert!(called(
            "The advert with Monty the Penguin stopped the tears.",
            3
        ));
        assert!(called("She was as glum as Marvin the Paranoid Android.", 5));
        assert!(called("He loves Kevin the Carrot.", 2));
    }

    #[test]
    fn a_parenthesis_about_the_things_owner_keeps_a_person() {
        assert!(!called(
            "Sanjeevani, the kettle on her desk makes plain, was the kindest nurse.",
            0
        ));
        assert!(!called(
            "Mirela, the scarf her gran knitted makes known, changed my dressing.",
            0
        ));
        assert!(!called(
            "Ximena, the apron she wears on nights shouts it, got my dad a chair.",
            0
        ));
        assert!(!called(
            "Gwenllian the hairbrush in her bag spells out, listened to me.",
            0
        ));
        // Ends at the owner's noun, an animal's own "his", a relative, no closing comma.
        assert!(called("Bertha, the boiler in his loft, broke down.", 0));
        assert!(called(
            "Biscuit, the spaniel with his red bandana, visited the ward.",
            0
        ));
        assert!(called(
            "Barney, the dinosaur that her son loves most, was on.",
            0
        ));
        assert!(called("Bertha, the boiler she had fitted last year.", 0));
    }

    #[test]
    fn a_role_made_with_an_animal_or_no_animal_keeps_a_person() {
        assert!(!called("Sarah the dog walker was great.", 0));
        assert!(!called("Jo the cat lady helped.", 0));
        assert!(!called("Sarah the nurse was lovely.", 0));
        assert!(!called("Sarah the machine did six shifts.", 0));
        assert!(!called("Kevin the computer guy fixed it.", 0));
        assert!(!called("Sarah, the nurse on nights, was kind.", 0));
        assert!(!called("Sarah the dog.", 1));
        // A clinician's title before a capitalised name.
        assert!(!called("Dr Okello, the machine, did six shifts.", 1));
        assert!(!called("Nurse Okello the robot of the ward.", 1));
        assert!(called("Mr Tibbles the cat came in.", 1));
        assert!(called("why did the nurse cross the road", 4));
        // A capitalised noun before a role or a noun is part of the role.
        assert!(!called("Chris the Bus driver was lovely.", 0));
        assert!(!called("Sarah the Nurse was lovely.", 0));
        assert!(!called("Jack the Lad on nights.", 0));
        assert!(!called("Sarah. The dog came.", 0));
        assert!(!called("Jo, one of the cleaners, was kind.", 0));
        assert!(!called("Priya, one of the nurses, was kind.", 0));
        assert!(!called(
            "Declan, one of the machines on the ward, was amazing.",
            0
        ));
        assert!(!called("Jo one of the dogs came.", 0));
        assert!(!called(
            "Your shopper was Ziporah, the grocery email said.",
            3
        ));
        assert!(!called("It was Ziporah, the app said.", 2));
        // A verb of saying further on in the clause: the thing is the name's source.
        assert!(!called(
            "Honestly, Kanya, the pencil case on her trolley attests, found us a room.",
            2
        ));
        assert!(!called(
            "Dr Kanya, the badge on his blue lanyard records, was kind.",
            1
        ));
        // Any verb of its own closing a parenthesis set off by commas.
        assert!(!called(
            "As a joiner, Nerys, the bookmark in her library book professes, is kind.",
            4
        ));
        assert!(called(
            "We saw Barney, the dinosaur that everyone loves, on the telly.",
            2
        ));
        assert!(called(
            "We saw Barney, the dinosaur of the kids, on the telly.",
            2
        ));
        // The closing verb with a particle, or in its plain form after a plural thing;
        // with no comma before the name, a role set off before it.
        assert!(!called(
            "As a gondolier, Ainebyoona, the decal on her campervan blurts out, is kind.",
            4
        ));
        assert!(!called(
            "But Bwesigye, the sequins on her tap shoes divulge, came out.",
            1
        ));
        assert!(!called(
            "The physiotherapist, Kyaligonza the sequins on her tap shoes divulge, gave me a leaflet.",
            2
        ));
        assert!(!called(
            "Golly, Pratheesh, the transom of her trawler telegraphs, was the paramedic.",
            2
        ));
        assert!(called("Murphy the dog barks, and then sleeps.", 0));
        assert!(called("Murphy, the dogs next door, barked all night.", 0));
        // An animal before a noun of its own names the thing the last noun is ("the hen
        // house"), no creature; one alone, or before a verb in "-s", still does.
        assert!(!called(
            "As a plasterer, Ntebaleng, the hen house she keeps her bantams in makes no secret, sorted it.",
            4
        ));
        assert!(!called("Sarah, the dog bed by the door says, is kind.", 0));
        assert!(called("Murphy the dog barks at night.", 0));
        assert!(called("Maisie, the hen, lays well.", 0));
        // Not past the clause's end.
        assert!(called(
            "We saw Barney, the dinosaur puppet on the telly, and Mum said hello.",
            2
        ));
        // After a comma, a noun phrase that goes on with a noun of its own is a clause's
        // subject: the name is no creature's.
        assert!(!called(
            "Your driver was Ziporah, the taxi app confirmed it.",
            3
        ));
        assert!(!called("Thanks to Okello, the ward phone rang at last.", 2));
        assert!(called(
            "We saw Barney, the dinosaur puppet, on the telly.",
            2
        ));
        assert!(called(
            "Nelly, the hospital elephant mascot, was on the wall.",
            0
        ));
        assert!(called("Rosie, the robot comes round every morning.", 0));
        assert!(!called_a_creature_after(
            &tokenize("Sarah Jones the dog came."),
            0,
            1
        ));
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
