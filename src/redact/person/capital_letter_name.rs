//! A name written in capital letters in a comment that otherwise uses small letters too:
//! "I think the badge said ELAMURUGU.", "the nurse on the board was SUGANYA". The rules
//! and the tagger take a word in capitals in a cased comment for a short form ("NHS",
//! "ADHD", "ASAP"), so such a word is never a candidate there. A long one that no list
//! holds and that real comments do not use ([`super::corpus_counts`]: "COVID" is
//! written so, and as "covid") is read again: the comment is read with the word
//! capitalised, and a name found there that holds it is kept. Most such words are then
//! taken as a rule's name is ("Spotted the plate GILEABART 60 in the car park", "had
//! NANAG cut into the back of it": the writer singled the word out, and nothing around it
//! need say a person), and only the filters of things, places and kinds that read every
//! find can drop them. Left to the reading's context, as before, are those an adversarial
//! review found redacted: a word spelt as a word is or nearly ("EXCELENT"), drawn out
//! ("SOOOO"), two words joined ("PLUSNET", "TALKWORKS"), a medicine's stem or form
//! ("APIXABAN", "ZOLADEX injection"), a word naming the small-letter noun after it ("The
//! OXLEAS nurse", "LINTHORPE surgery", "My OZEMPIC pen"), a word after a possessive
//! ("swapped my MOUNJARO") and a word right after a word of place ("moved to BRAMCOTE",
//! "on FERNDALE").
//!
//! Short forms are kept out by their shape, and by the service they run on into ("ICATT
//! South Team"): five letters or more, at least two vowels
//! and no run of four consonants ("LCMHT" and "RODBT" are left). The real QDC comments'
//! short forms are in the counts (read from those comments), and a hospital's own
//! sayable short form that they lack ("RESUS") is listed as a word. A
//! word in capitals right before a colon is a form's label ("CODENAME: Night Owl"); no
//! gold name in thirty-seven measuring rounds stood so.

use super::corpus_counts::counts;
use super::cues::{POSSESSIVES, ROLES};
use super::is_place_word;
use super::lexicon::{NameLexicon, WordFacts};
use super::medicines::{has_medicine_stem, is_medicine_form};
use super::named_before_its_kind::is_thing_noun;
use super::place_nouns::WORKPLACES;
use super::rule_scan::to_after_a_verb_of_going;
use super::small_letter_name::spelt_as_a_word;
use super::tokens::{Gap, Shape, Token};

/// Fewest letters of a word in capitals read again.
const MIN_LETTERS: usize = 5;

/// Whether `word` (lower case) is spelt as a word can be said, not as a short form:
/// two vowels or more ("y" counts) and no four consonants in a row.
pub(crate) fn sayable(word: &str) -> bool {
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let vowels = word.chars().filter(|&c| vowel(c)).count();
    let mut run = 0;
    for c in word.chars() {
        run = if vowel(c) { 0 } else { run + 1 };
        if run >= 4 {
            return false;
        }
    }
    vowels >= 2
}

/// Words of place after which an unheard-of word in capitals is left to the reading's
/// context ("on FERNDALE", "referred to KLINIK", "sent my bloods to WORTHING").
const WORDS_OF_PLACE: &[&str] = &["on", "onto", "to", "into", "at", "in", "from", "via"];

/// Words of place after which a listed given name in capitals is a place's
/// ([`super::shouted_name`]: "on FERNDALE"): not "to" and "from", which come before a
/// person as often ("gave the card to ROSALIND", "sent from AUGUSTINE at the GP"), but
/// "to" after a verb of going counts ("went to FLORENCE") for either.
pub(crate) const WORDS_OF_PLACE_BEFORE_A_NAME: &[&str] = &["on", "onto", "into", "at", "in", "via"];

/// Nouns of a service, a body, a ward, a street or a trip that a word in capitals names
/// ("The ELEFRIENDS group", "WINDERMERE ward", "The LOURDES trip").
const NOUNS_OF_A_SERVICE: &[&str] = &[
    "group",
    "groups",
    "team",
    "teams",
    "service",
    "services",
    "trust",
    "app",
    "unit",
    "practice",
    "programme",
    "scheme",
    "line",
    "ward",
    "wards",
    "street",
    "road",
    "trip",
    "trips",
    "holiday",
    "holidays",
    "visit",
];

/// Fewest letters of each of two everyday words joined into one ("PLUSNET").
const JOINED_PART_MIN: usize = 3;

/// Whether the words beside the word in capitals at `k` make it a place's or a thing's
/// name: one of `words_of_place` before it, or "to" after a verb of going ("moved to
/// BRAMCOTE"), a possessive before it
/// ("swapped my MOUNJARO"), or a small-letter noun after it that it names ("The OXLEAS
/// nurse", "LINTHORPE surgery", "My OZEMPIC pen", "The LOURDES trip").
pub(crate) fn named_as_a_place_or_thing(
    tokens: &[Token<'_>],
    k: usize,
    words_of_place: &[&str],
) -> bool {
    let word_before = |words: &[&str]| {
        k > 0 && tokens[k].gap == Gap::Space && words.contains(&tokens[k - 1].lower.as_str())
    };
    let after_a_word_of_place = word_before(words_of_place) || to_after_a_verb_of_going(tokens, k);
    let names_the_noun_after = tokens
        .get(k + 1)
        .filter(|next| next.gap == Gap::Space && next.shape == Shape::Lower)
        .is_some_and(|next| {
            let noun = next.lower.as_str();
            ROLES.contains(&noun)
                || is_place_word(noun)
                || WORKPLACES.contains(&noun)
                || NOUNS_OF_A_SERVICE.contains(&noun)
                || is_thing_noun(noun)
        });
    after_a_word_of_place || names_the_noun_after || word_before(POSSESSIVES)
}

/// Whether the word in capitals at `k` (one of [`promotable_capital_words`]) is taken
/// as a name whatever its context says (see the module doc).
pub(crate) fn taken_as_a_name(tokens: &[Token<'_>], k: usize, lexicon: &NameLexicon) -> bool {
    let word = tokens[k].lower.as_str();
    let drawn_out = word
        .as_bytes()
        .windows(3)
        .any(|w| w[0] == w[1] && w[1] == w[2]);
    let english = |part: &str| lexicon.facts(part).english;
    let two_words_joined = (JOINED_PART_MIN..=word.len().saturating_sub(JOINED_PART_MIN))
        .any(|i| word.is_char_boundary(i) && english(&word[..i]) && english(&word[i..]));
    let medicine_form_after = tokens.get(k + 1).is_some_and(|next| {
        next.gap == Gap::Space
            && next.shape == Shape::Lower
            && is_medicine_form(next.lower.as_str())
    });
    !named_as_a_place_or_thing(tokens, k, WORDS_OF_PLACE)
        && !drawn_out
        && !has_medicine_stem(word)
        && !medicine_form_after
        && !two_words_joined
        && !spelt_as_a_word(word, lexicon)
}

/// Whether token `i` is a word in capitals that may be a name (see the module doc).
fn may_be_a_capital_letter_name(tokens: &[Token<'_>], facts: &[WordFacts], i: usize) -> bool {
    let token = &tokens[i];
    let word_facts = &facts[i];
    if token.shape != Shape::Upper || token.in_brackets {
        return false;
    }
    if word_facts.listed_as_a_word() {
        return false;
    }
    let word = token.lower.as_str();
    if word.len() < MIN_LETTERS || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    // A short form runs on into the service it names ("ICATT South Team").
    let runs_on = tokens.get(i + 1).is_some_and(|next| {
        next.gap == Gap::Space && matches!(next.shape, Shape::Capitalised | Shape::Upper)
    });
    // A label before its colon, as a form writes it ("CODENAME: Night Owl").
    let labels_what_follows = tokens.get(i + 1).is_some_and(|next| next.gap == Gap::Colon);
    let seen = counts(word);
    !runs_on && !labels_what_follows && sayable(word) && seen.lower == 0 && seen.capitalised == 0
}

/// The words in capitals of a cased comment worth a second reading, in order (none in a
/// comment without case, where capitals are already read as any letters are).
pub(crate) fn promotable_capital_words(
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    caseless: bool,
) -> Vec<usize> {
    if caseless {
        return Vec::new();
    }
    (0..tokens.len())
        .filter(|&i| may_be_a_capital_letter_name(tokens, facts, i))
        .collect()
}

/// `text` with each word of `capitals` written as a name is, its first letter capital
/// and the rest small ("ELAMURUGU" -> "Elamurugu"). Only ASCII words are promoted
/// ([`may_be_a_capital_letter_name`]), so every byte offset stays where it was.
pub(crate) fn written_as_names(text: &str, tokens: &[Token<'_>], capitals: &[usize]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for &i in capitals {
        let token = &tokens[i];
        for b in &mut bytes[token.start + 1..token.end] {
            b.make_ascii_lowercase();
        }
    }
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::super::name_word_position::read_for_test;
    use super::super::tokens::tokenize;
    use super::*;

    /// Whether the word `word` of `text` is taken as a name whatever its context.
    fn taken(text: &str, word: &str) -> bool {
        let tokens = tokenize(text);
        let k = tokens.iter().position(|t| t.text == word).expect("word");
        taken_as_a_name(&tokens, k, &NameLexicon::new())
    }

    #[test]
    fn a_word_in_capitals_singled_out_is_taken_as_a_name() {
        assert!(taken(
            "Spotted the plate GILEABART 60 in the car park",
            "GILEABART"
        ));
        assert!(taken("The pumpkin had NANAGO cut into the back", "NANAGO"));
        assert!(taken(
            "Thanks AINNDREAS for sorting the scooter",
            "AINNDREAS"
        ));
    }

    #[test]
    fn words_spelt_as_words_drawn_out_joined_medicines_or_places_are_left_to_the_reading() {
        assert!(!taken("The care was EXCELENT on the day", "EXCELENT"));
        assert!(!taken("They were SOOOO kind to us", "SOOOO"));
        assert!(!taken("The wifi is PLUSNET and it drops", "PLUSNET"));
        assert!(!taken("They started APIXABAN after the clot", "APIXABAN"));
        assert!(!taken("My ZOLADEX injection was late", "ZOLADEX"));
        assert!(!taken("Dad was moved to BRAMCOTE last week", "BRAMCOTE"));
        assert!(!taken("The OXLEAS nurse was kind", "OXLEAS"));
        assert!(!taken("LINTHORPE surgery staff are friendly", "LINTHORPE"));
        assert!(!taken("They swapped my MOUNJARO for another", "MOUNJARO"));
    }

    fn promoted(text: &str) -> Vec<String> {
        let (tokens, facts, caseless) = read_for_test(text);
        promotable_capital_words(&tokens, &facts, caseless)
            .into_iter()
            .map(|i| tokens[i].text.to_string())
            .collect()
    }

    #[test]
    fn long_unlisted_words_in_capitals_are_read_again() {
        assert_eq!(promoted("I think the badge said ELAMURUGU."), ["ELAMURUGU"]);
        assert_eq!(promoted("the board said SUGANYA for nights"), ["SUGANYA"]);
    }

    #[test]
    fn short_forms_listed_and_everyday_words_are_not() {
        assert!(promoted("Seen by CAMHS and the LCMHT and RODBT.").is_empty());
        // A word running on into capitalised words names a service.
        assert!(promoted("ICATT South Team were excellent").is_empty());
        assert!(promoted("FILE 0047. CODENAME: Night Owl, on nights").is_empty());
        assert!(promoted("Due to COVID we waited. NHS, ADHD, ASAP.").is_empty());
        assert!(promoted("It was AMAZING and the staff were BRILLIANT").is_empty());
        // A comment all in capitals is read as it is, not word by word.
        assert!(promoted("THE BADGE SAID ELAMURUGU").is_empty());
    }

    #[test]
    fn words_are_rewritten_as_names_in_place() {
        let text = "the badge said ELAMURUGU. NHS";
        let tokens = tokenize(text);
        assert_eq!(
            written_as_names(text, &tokens, &[3]),
            "the badge said Elamurugu. NHS"
        );
    }

    #[test]
    fn sayable_words_have_vowels_and_no_long_consonant_runs() {
        assert!(sayable("elamurugu"));
        assert!(!sayable("lcmht"));
        assert!(!sayable("nsec"));
    }
}
