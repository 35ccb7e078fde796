//! The other part of a name written as records write one, beside a part already found:
//! the given name after a slash in capitals, as an airline or a booking system writes a
//! passenger's name surname first ("SURONOVA/OGASH MRS": "SURONOVA" found, "OGASH"
//! taken), or after a comma with no space in capitals, as a CSV export's row
//! ("ELKUCH,XIUE,PORTER"), or after a caret, as an HL7 message joins a name's parts
//! ("Waterboer^Xuping"), and the surname before a comma, as a catalogue, a register or a list writes a
//! name surname first ("Shesternikov, Viyana": "Viyana" found, "Shesternikov" taken).
//!
//! The part taken must look like a name's: a word on no list of English words, no
//! not-name, no town or place and no exclamation; after a slash or a comma, a word in capitals joined
//! with no space to a found word in capitals ("A&E/ICU" holds no found name); after a
//! caret, a capitalised word joined to a found capitalised one; before a comma, a
//! capitalised word right before ", " and a found name of one word (in small letters a
//! texting word as often: "gd service tbh, hadia n nausicaa sorted me").

use super::covered;
use super::exclamations::is_exclaimed;
use super::lexicon::{NameLexicon, WordFacts};
use super::vetoes::town_or_place;

/// The marks that join a name's parts with no space as records write them: an airline's
/// slash ("SURONOVA/OGASH"), a CSV export's comma ("ELKUCH,XIUE,PORTER") and the caret
/// between the parts of an HL7 message's name ("WATERBOER^HONGYING", "Waterboer^Xuping").
const JOINING_MARKS: [char; 3] = ['/', ',', '^'];

/// Fewest letters of a name's part taken beside a found one.
const FEWEST_LETTERS: usize = 3;

/// Whether a word taken beside a found name may be a name's part: letters only, and no
/// English word, common word, not-name or place by the lists (`lexicon`).
fn may_be_a_names_part(word: &str, lexicon: &NameLexicon) -> bool {
    if word.chars().count() < FEWEST_LETTERS || !word.chars().all(char::is_alphabetic) {
        return false;
    }
    let lower = word.to_lowercase();
    let facts: WordFacts = lexicon.facts(&lower);
    !facts.english
        && !facts.common
        && !facts.not_name
        && !facts.soft
        && !town_or_place(&lower)
        && !is_exclaimed(&lower)
}

/// The byte range of the word of letters ending at byte `end` of `text`.
fn word_ending_at(text: &str, end: usize) -> (usize, usize) {
    let start = text[..end]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic())
        .last()
        .map_or(end, |(at, _)| at);
    (start, end)
}

/// The byte range of the word of letters starting at byte `start` of `text`.
fn word_starting_at(text: &str, start: usize) -> (usize, usize) {
    let length = text[start..]
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(text.len() - start);
    (start, start + length)
}

/// Whether every letter of `word` is a capital.
fn in_capitals(word: &str) -> bool {
    word.chars().all(char::is_uppercase)
}

/// The byte ranges of the other parts of names beside the found names `found` (byte
/// ranges, sorted) in `text`, not already found.
pub(crate) fn joined_name_parts(
    text: &str,
    found: &[(usize, usize)],
    lexicon: &NameLexicon,
) -> Vec<(usize, usize)> {
    let mut parts = Vec::new();
    for &(start, end) in found {
        let name = &text[start..end];
        // "SURONOVA/OGASH", "ELKUCH,XIUE", "Waterboer^Xuping": the word after the
        // joining mark, and the one before it.
        let capitalised = name.starts_with(char::is_uppercase);
        if capitalised && !name.contains(' ') {
            for mark in JOINING_MARKS {
                // A slash or a comma with no space joins parts in capitals only.
                // After a caret, written as the found part is: both in capitals or both
                // capitalised ("Oramorph^Sevredol^PRN" joins no name's parts).
                let same_case = |word: &str| {
                    if mark == '^' {
                        word.starts_with(char::is_uppercase)
                            && in_capitals(word) == in_capitals(name)
                    } else {
                        in_capitals(name) && in_capitals(word)
                    }
                };
                let after = text[end..]
                    .strip_prefix(mark)
                    .map(|_| word_starting_at(text, end + 1));
                let before = text[..start]
                    .strip_suffix(mark)
                    .map(|_| word_ending_at(text, start - 1));
                for (a, b) in after.into_iter().chain(before) {
                    let word = &text[a..b];
                    if same_case(word)
                        && may_be_a_names_part(word, lexicon)
                        && !covered(found, (a, b))
                    {
                        parts.push((a, b));
                    }
                }
            }
        }
        // "Shesternikov, Viyana": the word before the comma.
        if !name.contains(' ') && text[..start].ends_with(", ") {
            let (a, b) = word_ending_at(text, start - 2);
            let word = &text[a..b];
            // Capitalised, not in capitals: "RGN, Amenan" is a nurse's letters; in
            // capitals before a found name in capitals, a record's surname ("OREK,
            // HOSSUN"), if it can be said.
            let capitalised =
                word.starts_with(char::is_uppercase) && word.chars().any(char::is_lowercase);
            let both_in_capitals = in_capitals(word) && in_capitals(name) && has_a_vowel(word);
            let opens = text[..a]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric() && c != '\'');
            if b > a
                && (capitalised || both_in_capitals)
                && opens
                && may_be_a_names_part(word, lexicon)
                && !covered(found, (a, b))
            {
                parts.push((a, b));
            }
        }
        // "Nguyen Van An", "Nguyen Thi An": after a Vietnamese middle name that closes a
        // found name, the given name, whatever word it spells.
        let vietnamese_middle = name
            .rsplit_once(' ')
            .is_some_and(|(_, middle)| matches!(middle, "Van" | "Thi" | "Văn" | "Thị"));
        if vietnamese_middle && text[end..].starts_with(' ') {
            let (a, b) = word_starting_at(text, end + 1);
            if b > a && text[a..b].starts_with(char::is_uppercase) && !covered(found, (a, b)) {
                parts.push((a, b));
            }
        }
        // "linda he, said the board": the Chinese surname He after a found given name,
        // where the pronoun cannot stand: straight before a comma, a colon, a semicolon,
        // a closing bracket or the end ("told Thomas he was kind" keeps the pronoun).
        if !name.contains(' ') {
            if let Some(rest) = text[end..].strip_prefix(' ') {
                let surname = rest
                    .strip_prefix("he")
                    .or_else(|| rest.strip_prefix("He"))
                    .filter(|after| after.is_empty() || after.starts_with([',', ';', ':', ')']));
                if surname.is_some() && !covered(found, (end + 1, end + 3)) {
                    parts.push((end + 1, end + 3));
                }
            }
        }
        // "SMITH John", "Mr J SMITH": a listed surname in capitals right before or after
        // a found name, one space between, as records write the surname.
        let before = text[..start]
            .strip_suffix(' ')
            .map(|rest| word_ending_at(text, rest.len()));
        let after = text[end..]
            .starts_with(' ')
            .then(|| word_starting_at(text, end + 1));
        for (a, b) in before.into_iter().chain(after) {
            let word = &text[a..b];
            // The cheap tests first: nearly every word beside a found name stops here.
            if b == a || !in_capitals(word) || !listed_surname_in_capitals(word, lexicon) {
                continue;
            }
            let whole = text[..a]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
                && text[b..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
            // Not a word of a stretch in capitals ("Evelyn Hersi HELD MY HAND").
            let word_before = text[..a]
                .strip_suffix(' ')
                .map(|rest| &text[word_ending_at(text, rest.len()).0..rest.len()]);
            let word_after = text[b..]
                .strip_prefix(' ')
                .map(|_| &text[b + 1..word_starting_at(text, b + 1).1]);
            let in_a_stretch = [word_before, word_after]
                .into_iter()
                .flatten()
                .any(|w| w.chars().count() >= 2 && in_capitals(w));
            if whole && !in_a_stretch && !covered(found, (a, b)) {
                parts.push((a, b));
            }
        }
        // "SERDAROGLU, ICOZ": in capitals, the given name after a found surname, a comma
        // and a space, as a record writes it, if it can be said ("AMINA, RGN" is a
        // nurse's letters).
        if !name.contains(' ') && in_capitals(name) && text[end..].starts_with(", ") {
            let (a, b) = word_starting_at(text, end + 2);
            let word = &text[a..b];
            let closes = text[b..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric() && c != '\'');
            if b > a
                && in_capitals(word)
                && has_a_vowel(word)
                && closes
                && may_be_a_names_part(word, lexicon)
                && !covered(found, (a, b))
            {
                parts.push((a, b));
            }
        }
    }
    parts
}

/// Whether `word`, in capitals, is a listed surname of three letters or more that is no
/// common word or not-name ("SMITH", "OKAFOR"; not "NHS", "WARD" or "THE").
fn listed_surname_in_capitals(word: &str, lexicon: &NameLexicon) -> bool {
    if word.chars().count() < FEWEST_LETTERS || !word.chars().all(char::is_alphabetic) {
        return false;
    }
    let facts: WordFacts = lexicon.facts(&word.to_lowercase());
    facts.surname && !facts.common && !facts.not_name && !facts.soft
}

/// Whether `word` holds a vowel ("y" counting): a name can be said, letters ("RGN") not.
fn has_a_vowel(word: &str) -> bool {
    word.chars()
        .any(|c| matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts<'t>(text: &'t str, found: &[&str]) -> Vec<&'t str> {
        let lexicon = NameLexicon::new();
        let ranges: Vec<(usize, usize)> = found
            .iter()
            .map(|name| {
                let start = text.find(name).expect("name in text");
                (start, start + name.len())
            })
            .collect();
        joined_name_parts(text, &ranges, &lexicon)
            .into_iter()
            .map(|(a, b)| &text[a..b])
            .collect()
    }

    #[test]
    fn takes_the_given_name_after_a_slash_in_capitals() {
        assert_eq!(
            parts("the name read SURONOVA/OGASH MRS, the nurse", &["SURONOVA"]),
            vec!["OGASH"]
        );
        assert_eq!(
            parts("escort VORDAKOVA/SHPRINTSA, nurse", &["SHPRINTSA"]),
            vec!["VORDAKOVA"]
        );
    }

    #[test]
    fn takes_the_parts_joined_by_a_comma_in_capitals_or_a_caret() {
        assert_eq!(
            parts("SURNAME,FORENAME,ROLE then ELKUCH,XIUE,PORTER", &["ELKUCH"]),
            vec!["XIUE"]
        );
        assert_eq!(
            parts("ROL|1|AD|NURSE|WATERBOER^HONGYING, all", &["WATERBOER"]),
            vec!["HONGYING"]
        );
        assert_eq!(
            parts(
                "PV1|1|I|W9^B4^12|||C4471^Waterboer^Xuping^^^Dr",
                &["Waterboer"]
            ),
            vec!["Xuping"]
        );
        // A comma in small letters, and a word in small letters after a caret.
        assert!(parts("ELKUCH,xiue", &["ELKUCH"]).is_empty());
        assert!(parts("Waterboer^xuping", &["Waterboer"]).is_empty());
        assert!(parts("Elkuch,Xiue", &["Elkuch"]).is_empty());
        assert!(parts("Oramorph^Sevredol^PRN", &["Sevredol"]).is_empty());
    }

    #[test]
    fn takes_the_surname_before_a_comma_and_a_given_name() {
        assert_eq!(
            parts("100 1# $a Shesternikov, Viyana, $e compiler", &["Viyana"]),
            vec!["Shesternikov"]
        );
        // In capitals, as a record writes surname and given name, either found.
        // The given name after a Vietnamese middle name.
        assert_eq!(
            parts("Nguyen Van An was kind.", &["Nguyen Van"]),
            vec!["An"]
        );
        assert!(parts("Dr Van An was kind.", &["Van"]).is_empty());
        assert_eq!(
            parts("top rung: linda he, said the board", &["linda"]),
            ["he"]
        );
        assert_eq!(parts("observer: Thomas He; the log", &["Thomas"]), ["He"]);
        assert_eq!(parts("the winner was Wei He", &["Wei"]), ["He"]);
        assert!(parts("I told Thomas he was kind", &["Thomas"]).is_empty());
        assert!(parts("thanks to Sarah he felt safe, truly", &["Sarah"]).is_empty());
        assert!(parts("thanks Sarah hey, you were great", &["Sarah"]).is_empty());
        // A listed surname in capitals beside a found name, a space between.
        assert_eq!(parts("SMITH John was seen.", &["John"]), vec!["SMITH"]);
        assert_eq!(parts("Patient: Mr J SMITH", &["J"]), vec!["SMITH"]);
        assert!(parts("Thanks John NHS staff", &["John"]).is_empty());
        assert!(parts("Thanks John THE BEST", &["John"]).is_empty());
        assert!(parts("STOP Evelyn Hersi HELD MY HAND STOP", &["Evelyn Hersi"]).is_empty());
        assert_eq!(
            parts("Candidate: OREK, HOSSUN, said the paper.", &["HOSSUN"]),
            vec!["OREK"]
        );
        assert_eq!(
            parts(
                "Candidate: SERDAROGLU, ICOZ, said the paper.",
                &["SERDAROGLU"]
            ),
            vec!["ICOZ"]
        );
    }

    #[test]
    fn leaves_words_places_and_small_letters() {
        assert!(parts("Thanks, Sarah was lovely", &["Sarah"]).is_empty());
        assert!(parts("I moved from Leeds, Sarah helped", &["Sarah"]).is_empty());
        assert!(parts("went home, Sarah rang", &["Sarah"]).is_empty());
        assert!(parts("gd service tbh, hadia n nausicaa", &["hadia"]).is_empty());
        assert!(parts("Thanks to Cauan Ishak RGN, Amenan Machen", &["Amenan"]).is_empty());
        assert!(parts("SMITH/ward 9 was", &["SMITH"]).is_empty());
        assert!(parts("A&E/ICU and SMITH", &["SMITH"]).is_empty());
        assert!(parts("Thanks AMINA, RGN and all", &["AMINA"]).is_empty());
        assert!(parts("Thanks NHS, AMINA was kind", &["AMINA"]).is_empty());
        assert!(parts("Thanks AMINA, NHS staff", &["AMINA"]).is_empty());
    }
}
