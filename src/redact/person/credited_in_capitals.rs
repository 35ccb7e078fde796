//! A name credited in capitals in a comment that uses case: a person's label and a colon
//! ("PHOTOGRAPHER: JANE OKAFOR", "Nurse: ADEYEMI"), or a maker's past form and "by"
//! ("compiled by IZOLD GLEHN", "photographed by TJIO"). Cards, captions, posters and
//! rotas print names so, and a comment copying one keeps the capitals. Elsewhere in a
//! cased comment a word in capitals is read as a short form ("NHS", "ADHD"), so the
//! rules and the tagger leave it.
//!
//! Taken: one to three words in capitals right after the label (a staff role, or a word
//! for who made or led a thing) and its colon, or after a maker's form and "by", each a
//! word that can be said (a fifth of it vowels), of three letters or
//! more (two after the first: "JANE XU"), and no everyday, common or not-a-name word
//! unless a name list holds it; the run must end there (a comma, a stop, a small-letter
//! word or the end), as a shouted sentence runs on in capitals.

use super::cues::ROLES;
use super::lexicon::WordFacts;
use super::tokens::{Gap, Shape, Token};

/// Labels of who made, led or took part in a thing, printed before a colon and a name
/// as well as the staff roles ("AUTHOR: ...", "Organiser: ...").
const CREDIT_LABELS: &[&str] = &[
    "photographer",
    "photo",
    "photos",
    "author",
    "artist",
    "writer",
    "editor",
    "illustrator",
    "designer",
    "presenter",
    "speaker",
    "host",
    "organiser",
    "organizer",
    "instructor",
    "coach",
    "leader",
    "captain",
    "chair",
    "secretary",
    "treasurer",
    "winner",
    "contact",
    "credit",
];

/// A maker's past forms that "by" and a name follow ("compiled by ..."): not "taken",
/// "run" or "led", which services and ambulances do too ("taken by YAS", "run by NELFT").
const MADE_BY: &[&str] = &[
    "compiled",
    "written",
    "organised",
    "organized",
    "photographed",
    "hosted",
    "designed",
    "painted",
    "drawn",
    "presented",
    "edited",
    "illustrated",
];

/// Most words in capitals a credited name runs to.
const MAX_WORDS: usize = 3;

/// The names credited in capitals (see the module doc), as inclusive token ranges;
/// nothing in a comment without case.
pub(crate) fn names_credited_in_capitals(
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    caseless: bool,
) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    if caseless {
        return found;
    }
    let mut i = 1;
    while i < tokens.len() {
        if credited_at(tokens, i) {
            if let Some(last) = name_in_capitals(tokens, facts, i) {
                found.push((i, last));
                i = last + 1;
                continue;
            }
        }
        i += 1;
    }
    found
}

/// Whether token `i` stands where a credited name goes: after a label and a colon, or
/// after a maker's form and "by".
fn credited_at(tokens: &[Token<'_>], i: usize) -> bool {
    let before = &tokens[i - 1];
    let word = before.lower.as_str();
    match tokens[i].gap {
        Gap::Colon => {
            !before.in_brackets && (ROLES.contains(&word) || CREDIT_LABELS.contains(&word))
        }
        Gap::Space => {
            word == "by"
                && i >= 2
                && tokens[i - 1].gap == Gap::Space
                && MADE_BY.contains(&tokens[i - 2].lower.as_str())
        }
        _ => false,
    }
}

/// The last token of the name in capitals opening at `first`, if one does.
fn name_in_capitals(tokens: &[Token<'_>], facts: &[WordFacts], first: usize) -> Option<usize> {
    let mut last = first;
    loop {
        let token = &tokens[last];
        let min = if last == first { 3 } else { 2 };
        if token.shape != Shape::Upper || !name_like(token.lower.as_str(), facts[last], min) {
            return None;
        }
        match tokens.get(last + 1) {
            Some(next) if next.gap == Gap::Space && next.shape == Shape::Upper => {
                if last + 1 - first >= MAX_WORDS {
                    return None;
                }
                last += 1;
            }
            _ => return Some(last),
        }
    }
}

/// Whether a word in capitals (given in small letters) may be a name: enough vowels to be said, long
/// enough, and no everyday word unless listed as a name.
fn name_like(word: &str, facts: WordFacts, min_letters: usize) -> bool {
    let listed = facts.first || facts.surname;
    let everyday = facts.english || facts.common || facts.not_name;
    word.chars().count() >= min_letters
        && word.chars().all(char::is_alphabetic)
        && enough_vowels(word)
        && (!everyday || (listed && !facts.common && !facts.not_name))
}

/// Whether `word` can be said: a fifth of its letters or more are vowels ("y" counts):
/// "KHATAKHTSKHO" and "GLEHN" are, "LCMHT" and "NHS" are not. Looser than the test of a
/// lone word in capitals (`capital_letter_name::sayable`: no four consonants in a row),
/// as the label says a name follows.
fn enough_vowels(word: &str) -> bool {
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let vowels = word.chars().filter(|&c| vowel(c)).count();
    vowels > 0 && vowels * 5 >= word.chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::person::tokens::tokenize;

    /// The names found in `text`, with `english` marked as everyday words.
    fn found(text: &str, english: &[&str]) -> Vec<String> {
        let tokens = tokenize(text);
        let facts: Vec<WordFacts> = tokens
            .iter()
            .map(|t| WordFacts {
                english: english.contains(&t.lower.as_str()),
                ..WordFacts::default()
            })
            .collect();
        let caseless = !text.chars().any(char::is_uppercase);
        names_credited_in_capitals(&tokens, &facts, caseless)
            .into_iter()
            .map(|(first, last)| text[tokens[first].start..tokens[last].end].to_string())
            .collect()
    }

    #[test]
    fn a_name_after_a_label_and_a_colon_is_found() {
        assert_eq!(
            found(
                "The card said PHOTOGRAPHER: BUKHARBEG SOUW, and he did my echo.",
                &[]
            ),
            ["BUKHARBEG SOUW"]
        );
        assert_eq!(found("Nurse: ADEYEMI was kind.", &[]), ["ADEYEMI"]);
        assert_eq!(found("Organiser: JANE XU.", &[]), ["JANE XU"]);
        assert_eq!(
            found("Artist: KHATAKHTSKHO OENTORO", &[]),
            ["KHATAKHTSKHO OENTORO"]
        );
    }

    #[test]
    fn a_name_after_a_makers_by_is_found() {
        assert_eq!(
            found(
                "The newsletter was compiled by IZOLD GLEHN this month.",
                &[]
            ),
            ["IZOLD GLEHN"]
        );
    }

    #[test]
    fn short_forms_words_and_shouting_are_left() {
        // No vowel, an everyday word, a run that goes on in capitals, no label.
        assert!(found("Nurse: NHS staff were kind.", &[]).is_empty());
        assert!(found("Contact: PALS office.", &["pals"]).is_empty());
        assert!(found(
            "Nurse: PLEASE LISTEN TO THE PATIENTS MORE",
            &["please", "listen", "to"]
        )
        .is_empty());
        assert!(found("The ward: SOUW was there.", &[]).is_empty());
        assert!(found("Caused by MRSA BUG", &[]).is_empty());
        assert!(found("I was taken by YAS to the wrong hospital.", &[]).is_empty());
        assert!(found("The service is run by NELFT and it is rubbish.", &[]).is_empty());
        assert!(found("Nurse: LCMHT referral", &[]).is_empty());
        assert!(found("photographer: bukharbeg souw", &[]).is_empty());
    }
}
