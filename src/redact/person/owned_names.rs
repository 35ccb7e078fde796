//! Words the writer calls their own: "My Xiaoling birthday was spent on the ward", "Our
//! Xiaoling with her dad came every day", "I stayed at my Tendai's house". People write
//! "my" or "our" before a relative's name with no relative word ("our Dympna"), and the
//! tagger, which scores a word no list holds on the words around it, reads some such
//! phrasings as a name and others not (a name before "school nurse" but not before
//! "birthday" or "with").
//!
//! Only words no English or proper-noun list holds are put forward (everyday words, "my
//! Birthday", and listed names that are words are left to the rules and the tagger),
//! written as a name is, right after "my" or "our", and only when what follows says a
//! person: the word in the possessive ("my Tendai's house"), a verb of a person ("came",
//! "visited", "was born", "passed away"), "with" and a possessive ("with her dad"), "and
//! I", a day of a person's life ("birthday", "funeral"), a person's role right after it
//! or one word on ("my Xiaoling school nurse"), or a person's pronoun or a
//! relative's verb a few words on ("my Gintare last week had her bloods done"). A thing the writer owns is followed by
//! its own noun or by nothing ("my Ozempic pen", "my Fitbit broke", "my Xbox"). What is
//! put forward goes through the same vetoes as the tagger's own finds (a medicine, a
//! spelling unlike a name, a disease or shop in the possessive), so the owner and the
//! words after add a candidate, not a verdict.

use super::after_an_article::owner_of_what_the_article_counts;
use super::cues::ROLES;
use super::lexicon::WordFacts;
use super::name_word_position::PERSON_VERBS;
use super::tagger::candidates::is_candidate;
use super::tagger::features::possessive_after;
use super::tokens::{Gap, Shape, Token};

/// Possessive determiners of the writer's own people: "my", "our" (not "your", "his",
/// "her": "gave her Oramorph" puts a medicine after "her").
const OWNERS: &[&str] = &["my", "our"];

/// Verbs of a relative's doing besides [`PERSON_VERBS`]: things the writer owns do not
/// visit, stay, cry or hug ("died", "broke", "turned off", "passed its MOT" are left:
/// devices and cars do those).
const RELATIVE_VERBS: &[&str] = &[
    "came", "comes", "visited", "visits", "stayed", "stays", "held", "holds", "brought", "brings",
    "cried", "cries", "crying", "hugged", "kissed", "loves", "loved",
];

/// A person's pronouns in every case, subject, object and possessive, that a few words
/// on say the owned word was a person: "my Gintare last week had her bloods done" (a
/// thing owned is "it"). Wider than the subject pronouns [`super::referred_back`] reads
/// after a name, as "her" and "his" here follow a word the writer owns.
const PRONOUNS_OF_A_PERSON: &[&str] = &["she", "he", "her", "him", "his"];

/// How many words after the owned word [`PRONOUNS_OF_A_PERSON`] and [`RELATIVE_VERBS`]
/// are looked for ("my Bronagh couldnt stop crying").
const PERSON_WORDS_WITHIN: usize = 4;

/// Words that say where a role serves, between an owned name and the role: "my Xiaoling
/// school nurse", "our Tendai district nurse".
const ROLE_SETTINGS: &[&str] = &[
    "school",
    "district",
    "practice",
    "community",
    "ward",
    "specialist",
    "night",
    "key",
    "support",
];

/// Days of a person's life: a thing owned has none ("my X birthday").
const DAYS_OF_A_LIFE: &[&str] = &[
    "birthday",
    "birthdays",
    "funeral",
    "wedding",
    "christening",
    "graduation",
];

/// Whether the words after token `i` say a person: the word in the possessive, a day of
/// a life or a verb of a person right after it, a person's pronoun or a relative's verb
/// within [`PERSON_WORDS_WITHIN`] words of the same clause, or two words that do ("with
/// their", "was born", "passed away", "and I").
fn person_follows(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    if possessive_after(text, tokens[i].end) {
        return true;
    }
    let word_at = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.gap == Gap::Space)
            .map(|t| t.lower.as_str())
    };
    let Some(next) = word_at(i + 1) else {
        return false;
    };
    if DAYS_OF_A_LIFE.contains(&next) || PERSON_VERBS.contains(&next) {
        return true;
    }
    // A role right after the name or after a word saying where it serves: "our Tendai
    // nurse", "my Xiaoling school nurse" (a thing owned takes its own noun, no role).
    let role_at = |k: usize| word_at(k).is_some_and(|w| ROLES.contains(&w));
    if role_at(i + 1) || (ROLE_SETTINGS.contains(&next) && role_at(i + 2)) {
        return true;
    }
    // From the next word on (a relative's verb right after, "with her dad", included).
    let person_word_soon = (i + 1..=i + PERSON_WORDS_WITHIN)
        .map_while(word_at)
        .any(|w| PRONOUNS_OF_A_PERSON.contains(&w) || RELATIVE_VERBS.contains(&w));
    if person_word_soon {
        return true;
    }
    let then = word_at(i + 2).unwrap_or("");
    match next {
        // "with her" and "with his" are read above, with the pronouns.
        "with" => matches!(then, "their" | "my" | "our"),
        "was" | "is" => then == "born",
        "passed" => then == "away",
        "and" => matches!(then, "i" | "me"),
        _ => false,
    }
}

/// The lone words of a comment right after "my" or "our" that no English or proper-noun
/// list holds, written as a name is, with words after that say a person; and the words
/// written as a name after "a" or "an" that own a saying or a kindness with "'s" ("has a
/// Zmagoslav's law", "a Wendy's rule": the article counts the owned noun,
/// [`owner_of_what_the_article_counts`]), as one-token inclusive ranges.
pub(crate) fn owned_words(
    text: &str,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    caseless: bool,
) -> Vec<(usize, usize)> {
    (1..tokens.len())
        .filter(|&i| {
            let (token, fact) = (&tokens[i], &facts[i]);
            let before = tokens[i - 1].lower.as_str();
            let by_the_writer = OWNERS.contains(&before);
            let after_an_article = matches!(before, "a" | "an");
            (by_the_writer || after_an_article)
                && token.gap == Gap::Space
                && (caseless || token.shape == Shape::Capitalised)
                && token.text.chars().count() >= 3
                && is_candidate(token, fact, caseless)
                && if by_the_writer {
                    !fact.english && !fact.proper && !fact.soft && person_follows(text, tokens, i)
                } else {
                    // "has a Zmagoslav's law": the owner of a saying or a kindness. That
                    // test reads the word's lists itself: a listed given name that is a
                    // proper noun too, "a Wendy's rule", is kept.
                    owner_of_what_the_article_counts(text, tokens, facts, i, i)
                }
        })
        .map(|i| (i, i))
        .collect()
}

/// The tagger's finds with the owned words ([`owned_words`]) that none of them covers
/// added, as sorted inclusive token ranges: the vetoes then read them all alike.
pub(crate) fn with_owned_words(
    tagged: Vec<(usize, usize)>,
    text: &str,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    caseless: bool,
) -> Vec<(usize, usize)> {
    super::uncovered_finds::with_uncovered(tagged, owned_words(text, tokens, facts, caseless))
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::NameLexicon;
    use super::super::tokens::tokenize;
    use super::super::uncovered_finds::words_found_by;
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        words_found_by(text, owned_words)
    }

    #[test]
    fn an_unlisted_word_after_my_or_our_is_put_forward() {
        assert_eq!(
            found("My Xiaoling birthday was spent on the ward"),
            vec!["Xiaoling"]
        );
        assert_eq!(
            found("Our Xiaoling with her dad came every day"),
            vec!["Xiaoling"]
        );
        assert_eq!(found("I stayed at my Tendai's house"), vec!["Tendai"]);
        assert_eq!(
            found("The unit has a Zmagoslav's law, which is that"),
            vec!["Zmagoslav"]
        );
        assert_eq!(found("the unit has a atanazija's law"), vec!["atanazija"]);
        assert_eq!(found("there's a Wendy's rule on nights"), vec!["Wendy"]);
        assert_eq!(found("our xiaoling came every day"), vec!["xiaoling"]);
        // A person's pronoun or doing a few words on.
        assert_eq!(
            found("My Gintare last week had her bloods done"),
            vec!["Gintare"]
        );
        assert_eq!(found("My Bronagh couldnt stop crying"), vec!["Bronagh"]);
        // A person's role right after it or one word on.
        assert_eq!(
            found("My Xiaoling school nurse referred us here."),
            vec!["Xiaoling"]
        );
        assert_eq!(found("our Tendai nurse was great"), vec!["Tendai"]);
    }

    #[test]
    fn a_pronoun_past_a_stop_or_too_far_on_says_nothing() {
        assert!(found("my Fitbit stopped and it beeped all night").is_empty());
        assert!(found("my Fitbit broke. She was cross").is_empty());
        assert!(found("my Fitbit was not working on the ward so her").is_empty());
    }

    #[test]
    fn everyday_words_other_owners_and_small_letters_are_not() {
        assert!(found("My Birthday was spent on the ward").is_empty());
        assert!(found("Our Ward was clean").is_empty());
        assert!(found("They gave her Xiaoling twice").is_empty());
        assert!(found("Your Xiaoling came").is_empty());
        assert!(found("My xiaoling came, said Nurse Ann").is_empty());
        assert!(found("My. Xiaoling came").is_empty());
        // A thing the writer owns: its own noun, or nothing, after it.
        assert!(found("my Ozempic pen ran out").is_empty());
        assert!(found("my Fitbit died").is_empty());
        assert!(found("my Xbox").is_empty());
        // After "a", only an owner of a noun in small letters.
        assert!(found("We had a Zmagoslav's, then").is_empty());
        assert!(found("We had a Zmagoslav on the ward").is_empty());
        assert!(found("We had a Zmagoslav's Special").is_empty());
        assert!(found("my Dexcom was fine").is_empty());
        assert!(found("my Dexcom sensor nurse team").is_empty());
    }

    #[test]
    fn words_the_tagger_found_are_not_added_twice() {
        let lexicon = NameLexicon::new();
        let text = "our xiaoling came";
        let tokens = tokenize(text);
        let facts: Vec<WordFacts> = lexicon.facts_of(&tokens);
        assert_eq!(
            with_owned_words(vec![], text, &tokens, &facts, true),
            vec![(1, 1)]
        );
        assert_eq!(
            with_owned_words(vec![(1, 2)], text, &tokens, &facts, true),
            vec![(1, 2)]
        );
    }
}
