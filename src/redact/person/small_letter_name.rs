//! Names written in small letters in a comment that otherwise uses capitals ("nurse
//! ruvero was kind", "the surgeon, Mr okafor, explained"): read again as if capitalised.
//!
//! The rules and the tagger read capitals as the main sign of a name, and in a cased
//! comment a small-letter word in no list is far more often a misspelling than a person,
//! so such words are never candidates there. Some writers still type names in small
//! letters inside well-written text. Such a word is given a second reading: the comment
//! is read again with the word capitalised, by the same rules, tagger and vetoes, and a
//! name found there that holds the word is kept. What decides is then the word's
//! context (a title before it, a verb of a person after it, "thank", "who", a role),
//! as it is for a capitalised word, not the word itself.
//!
//! Only words that cannot be everyday words are read again: three letters or more,
//! letters (and hyphens or apostrophes) only, in no English, proper-noun, common-word or
//! not-a-name list, no texting form of a word ("didnt", "pls"), not one edit from a word
//! real comments use ("recieved"), and not a word real comments write in small letters
//! ([`super::corpus_counts`]). A listed given name or surname that is no English word
//! qualifies too. Most comments hold no such word, and pay only the look-ups.

use super::corpus_counts::counts;
use super::cues::{cue_before, CueStrength};
use super::lexicon::{NameLexicon, WordFacts};
use super::misspelling::{misspelt_everyday_word, one_edit_from_a_frequent_word};
use super::small_letter_context;
use super::texting::texting_form_of_a_word;
use super::tokens::{Gap, Shape, Token};
use super::PARTICLES;

/// Shortest word read again.
const MIN_LETTERS: usize = 3;

/// A word real comments write in small letters in this many comments or more is an
/// everyday word (a brand, a short form, a misspelling people share), not a name.
const EVERYDAY_IN_COMMENTS: u32 = 2;

/// Prefixes that make a verb or adjective of an everyday word ("rebook", "unwell").
const WORD_PREFIXES: &[&str] = &["re", "un", "pre", "mis", "non", "over", "under", "out"];

/// Whether `word` is an everyday word with a prefix put before it ("rebook").
fn prefixed_word(word: &str, lexicon: &NameLexicon) -> bool {
    WORD_PREFIXES.iter().any(|prefix| {
        word.strip_prefix(prefix)
            .is_some_and(|rest| rest.len() >= 3 && lexicon.facts(rest).english)
    })
}

/// Prefixes written with a hyphen before an everyday word ("pre-op", "post-natal",
/// "co-ordinator", "non-urgent").
pub(crate) const HYPHENED_PREFIXES: &[&str] = &[
    "pre", "post", "non", "co", "anti", "ex", "mid", "semi", "sub", "multi", "inter", "re", "un",
    "self",
];

/// Whether `word` is a hyphenated run of everyday words ("face-to-face", "follow-up"),
/// the first parts of which may be prefixes ("pre-op", "non-urgent"), the last an
/// everyday word.
pub(crate) fn hyphenated_everyday_words(word: &str, lexicon: &NameLexicon) -> bool {
    let parts: Vec<&str> = word.split('-').collect();
    let Some((last, before)) = parts.split_last() else {
        return false;
    };
    !before.is_empty()
        && lexicon.facts(last).english
        && before.iter().all(|part| {
            !part.is_empty() && (lexicon.facts(part).english || HYPHENED_PREFIXES.contains(part))
        })
}

/// Whether token `i` is a small-letter word that may be a name written in small letters,
/// standing where the words around it say "a person"
/// ([`small_letter_context::person_context`]). After a title or a role as a title
/// ("Dr", "nurse", "the physio,") the word need only be in no list; elsewhere it must also
/// be no everyday word one letter off ("fone", "pik") or with a prefix ("rebook"). The
/// cheap tests come first: most comments hold no small-letter word in no list, and most
/// such words stand in no person context, so the costlier look-ups are rarely made.
fn may_be_a_small_letter_name(
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    lexicon: &NameLexicon,
    i: usize,
) -> bool {
    if !small_letters_in_no_list(&tokens[i], &facts[i])
        || !small_letter_context::person_context(tokens, facts, i)
    {
        return false;
    }
    let word = tokens[i].lower.as_str();
    if written_as_an_everyday_word(word, lexicon) {
        return false;
    }
    small_letter_context::titled_or_role_before(tokens, facts, i)
        || !one_edit_or_a_prefix_from_a_word(word, lexicon)
}

/// Whether token `i` can be no word, whatever stands around it: in small letters, in
/// no list of words, and spelt as no everyday word is, not even one letter or a prefix
/// away from one. The word tests of [`may_be_a_small_letter_name`] without its reading
/// of the context, for rules that read the context their own way.
pub(crate) fn can_be_no_word(
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    lexicon: &NameLexicon,
    i: usize,
) -> bool {
    let word = tokens[i].lower.as_str();
    small_letters_in_no_list(&tokens[i], &facts[i])
        && !written_as_an_everyday_word(word, lexicon)
        && !one_edit_or_a_prefix_from_a_word(word, lexicon)
}

/// The cheap tests of a small-letter name: a word in small letters, outside brackets,
/// in no list of words, three letters or more, of letters (and inner hyphens or
/// apostrophes) only, no term of address.
#[inline(always)]
fn small_letters_in_no_list(token: &Token<'_>, facts: &WordFacts) -> bool {
    let word = token.lower.as_str();
    token.shape == Shape::Lower
        && !token.in_brackets
        && !facts.listed_as_a_word()
        && !TERMS_OF_ADDRESS.contains(&word)
        && word.chars().count() >= MIN_LETTERS
        && word
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        && !word.starts_with(['-', '\''])
        && !word.ends_with(['-', '\''])
}

/// Whether `word` is written as an everyday word is: hyphenated everyday words, a
/// texting form, a misspelling, or a word real comments write in small letters.
fn written_as_an_everyday_word(word: &str, lexicon: &NameLexicon) -> bool {
    hyphenated_everyday_words(word, lexicon)
        || texting_form_of_a_word(word, |w| lexicon.facts(w).english)
        || misspelt_everyday_word(word)
        || counts(word).lower >= EVERYDAY_IN_COMMENTS
}

/// Whether `word` (small letters) is spelt as an everyday word is, or one letter or a
/// prefix away from one: the word tests of [`can_be_no_word`], for a word in capitals
/// read as a name ([`super::capital_letter_name`]: "EXCELENT", "TELEDERMATOLOGY").
pub(crate) fn spelt_as_a_word(word: &str, lexicon: &NameLexicon) -> bool {
    written_as_an_everyday_word(word, lexicon) || one_edit_or_a_prefix_from_a_word(word, lexicon)
}

/// Whether `word` is one letter off a word real comments use often ("fone", "pik") or
/// an everyday word with a prefix ("rebook").
fn one_edit_or_a_prefix_from_a_word(word: &str, lexicon: &NameLexicon) -> bool {
    one_edit_from_a_frequent_word(word) || prefixed_word(word, lexicon)
}

/// The small-letter words of a cased comment worth a second reading, or `None` when
/// there are none (or the comment has no case, where small letters are already read).
pub(crate) fn promotable_words(
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    caseless: bool,
    lexicon: &NameLexicon,
) -> Option<Vec<usize>> {
    if caseless {
        return None;
    }
    let words: Vec<usize> = (0..tokens.len())
        .filter(|&i| may_be_a_small_letter_name(tokens, facts, lexicon, i))
        .collect();
    (!words.is_empty()).then_some(words)
}

/// The tokens with the words of `promoted` read as capitalised (their text and look-ups
/// unchanged: only the shape the rules and the tagger read).
pub(crate) fn read_as_capitalised<'a>(tokens: &[Token<'a>], promoted: &[usize]) -> Vec<Token<'a>> {
    let mut out = tokens.to_vec();
    for &i in promoted {
        out[i].shape = Shape::Capitalised;
    }
    out
}

/// Informal terms of address that no word list holds and that follow "thanks" or
/// "cheers" just as a name does ("Thanks bestie for driving me in", "Cheers bruv"):
/// never names, so never read again as capitalised.
const TERMS_OF_ADDRESS: &[&str] = &[
    "babes", "bae", "bestie", "besties", "bezzie", "bro", "bros", "bruv", "bruvs", "fam", "hun",
    "hunny", "hunni", "lads", "m8", "m8s", "peeps", "sis", "bby", "hon", "hunz",
];

/// Words after which a noun phrase, and so a name, begins: conjunctions, prepositions
/// and the verbs people address or thank someone with. After any other word a
/// small-letter word is read as part of a compound ("chip butty", "string wodss") or a
/// verb ("you expe").
const PHRASE_OPENERS: &[&str] = &[
    "and",
    "or",
    "but",
    "nor",
    "by",
    "to",
    "from",
    "with",
    "for",
    "of",
    "at",
    "on",
    "in",
    "about",
    "after",
    "before",
    "than",
    "as",
    "like",
    "including",
    "especially",
    "via",
    "thank",
    "thanks",
    "thankyou",
    "thanku",
    "thanx",
    "ask",
    "asked",
    "tell",
    "told",
    "saw",
    "met",
    "called",
    "named",
];

/// Whether a name may open at token `first` by what stands before it: nothing, a stop or
/// a comma, a cue ([`cue_before`] stronger than "to" / "by"), or a word of
/// [`PHRASE_OPENERS`].
fn opens_a_phrase(tokens: &[Token<'_>], first: usize) -> bool {
    if first == 0 || tokens[first].gap != Gap::Space {
        return true;
    }
    if matches!(
        cue_before(tokens, first),
        Some(CueStrength::Title | CueStrength::Role | CueStrength::Personal)
    ) {
        return true;
    }
    PHRASE_OPENERS.contains(&tokens[first - 1].lower.as_str())
}

/// The names of the second reading that hold a promoted word (the others were found, or
/// not, by the first reading), and rest on it: a name joining a promoted word to a small
/// letter word that was not promoted ("by major businesse") or to an everyday word that
/// is capitalised only because it opens a sentence ("Chip butty from the cafe") is not
/// kept, as the first reading would not have taken that word either; nor is one that
/// does not open a phrase ([`opens_a_phrase`]) unless a role set off by commas follows
/// it ("the diary madlenka, the ICU nurse, kept": a relative clause without its "that").
pub(crate) fn names_holding(
    names: Vec<(usize, usize)>,
    promoted: &[usize],
    tokens: &[Token<'_>],
    facts: &[WordFacts],
) -> Vec<(usize, usize)> {
    let is_promoted = |k: usize| promoted.binary_search(&k).is_ok();
    names
        .into_iter()
        .filter(|&(first, last)| {
            (first..=last).any(is_promoted)
                && (opens_a_phrase(tokens, first)
                    || small_letter_context::role_in_apposition_after(tokens, last))
                && (first..=last).all(|k| {
                    let token = &tokens[k];
                    let small_unpromoted = token.shape == Shape::Lower
                        && !is_promoted(k)
                        && !PARTICLES.contains(&token.lower.as_str());
                    let opening_word = token.sentence_start
                        && token.shape == Shape::Capitalised
                        && (facts[k].english || facts[k].common);
                    !small_unpromoted && !opening_word
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::name_word_position::read_for_test;
    use super::super::tokens::tokenize;
    use super::*;

    /// The words of `text` `promotable_words` would read again.
    fn promoted(text: &str) -> Vec<String> {
        let lexicon = NameLexicon::new();
        let (tokens, facts, caseless) = read_for_test(text);
        promotable_words(&tokens, &facts, caseless, &lexicon)
            .unwrap_or_default()
            .into_iter()
            .map(|i| tokens[i].text.to_string())
            .collect()
    }

    #[test]
    fn unlisted_small_letter_words_in_a_person_context_are_read_again() {
        assert_eq!(promoted("The surgeon, Mr ndagi, took time."), ["ndagi"]);
        assert_eq!(
            promoted("I want to thank ifeoma adeyemi, who stayed."),
            ["ifeoma", "adeyemi"]
        );
        assert_eq!(
            promoted("Kept informed by chidinma on the night shift."),
            ["chidinma"]
        );
        // After a title, a word one letter off an everyday word is still taken.
        assert_eq!(promoted("Seen by Dr bosc today."), ["bosc"]);
    }

    #[test]
    fn everyday_words_and_words_without_context_are_not() {
        // No person context.
        assert!(promoted("Be quicker, emoly more staff please.").is_empty());
        assert!(promoted("Pleased with all the advicetheygave us.").is_empty());
        // A person context, but a word of everyday writing: hyphenated words, a misspelling.
        assert!(promoted("I want to see Dr face-to-face next time.").is_empty());
        assert!(promoted("The nurse in pre-op knows the answer.").is_empty());
        assert!(promoted("Thanks to recieved letters we knew.").is_empty());
        // English words and short words are never read again.
        assert!(promoted("Thank goodness it was quick.").is_empty());
        assert!(promoted("Mr jo was kind.").is_empty());
        // Terms of address follow thanks as a name does, but are none.
        assert!(promoted("Thanks bestie for driving me in, Nurses were ace.").is_empty());
        assert!(promoted("Cheers bruv for the lift to xray.").is_empty());
        assert!(promoted("Thanks hunny for the cuppa, Really kind.").is_empty());
        // A comment without case is read in small letters already.
        assert!(promoted("mr ndagi was kind").is_empty());
    }

    #[test]
    fn names_of_the_second_reading_must_hold_a_promoted_word_and_open_a_phrase() {
        let lexicon = NameLexicon::new();
        let text = "The cafe was good and Mr ndagi was kind.";
        let tokens = tokenize(text);
        let facts = lexicon.facts_of(&tokens);
        let promoted = [6];
        assert_eq!(tokens[6].text, "ndagi");
        // Holds the promoted word, after a title: kept.
        assert_eq!(
            names_holding(vec![(6, 6)], &promoted, &tokens, &facts),
            [(6, 6)]
        );
        // Holds no promoted word ("cafe"): dropped, the first reading decides it.
        assert!(names_holding(vec![(1, 1)], &promoted, &tokens, &facts).is_empty());
        // Joins the promoted word to a small-letter word that was not promoted: dropped.
        assert!(names_holding(vec![(6, 7)], &promoted, &tokens, &facts).is_empty());
    }
}
