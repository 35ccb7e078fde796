//! A past-tense verb that is also a given name, written in small letters, before its
//! object: "My daughter drew a picture for the nurses", "marcjanna rzeszotko drew the
//! perfect wood", "and drew it on the back of a letter". A relative or a found name before the word makes the rules and the
//! tagger read it as a name (Drew, Rose, Sang); but a name in small letters right
//! before "the", "a" or a possessive is the sentence's verb, and so is one before an
//! object pronoun after a subject and before where or for whom ("and drew it on the
//! back", "mum drew it for them"), or before a second object ("miss neuber drew me a
//! diagram"). After another word, or before any other word, the name may be the person
//! told or thanked ("told drew it was fine", "thank you rose it really helped", "kim
//! and drew them two were amazing"). No gold name of the
//! measuring rounds or the development set is one of these words before a determiner.
//!
//! Left alone: the word capitalised in a comment that uses capitals ("Rose the nurse"),
//! and before a determiner and a staff role ("rose the healthcare assistant").

use super::cues::{RELATIVES, ROLES};
use super::name_word_position::DETERMINERS;
use super::tokens::{joined_at, lower_at, Shape, Token};

/// Past forms of verbs that name lists also hold as given names.
const PAST_FORMS_THAT_ARE_NAMES: &[&str] = &[
    "drew", "rose", "sang", "won", "ran", "hung", "wore", "led", "bore", "rode", "chose",
];

/// Object pronouns after a past verb: "drew it", "led them", "chose me".
const OBJECT_PRONOUNS: &[&str] = &["it", "them", "me", "us", "him"];

/// Words after the object pronoun that say where or for whom the thing was done: "drew
/// it on the back", "rose them up", "drew it for mum". Any other word may go on a
/// clause of the pronoun's own ("thanks to amy and rose it really helped", "kim and
/// drew them two were amazing"): the word before is then a name.
const PLACE_AFTER_AN_OBJECT: &[&str] = &[
    "on", "in", "into", "onto", "for", "back", "up", "out", "down", "over", "round", "off", "at",
    "from",
];

/// Words before the verb that make it the verb of a subject ("and drew it", "mum drew
/// it", "she rose them"): a pronoun, "and" or "then", or a relative. After any other word
/// the name may be the person told or asked ("ask drew it's urgent", "told rose it
/// hurt").
const SUBJECTS: &[&str] = &["and", "then", "i", "we", "he", "she", "they", "who"];

/// Whether token `i` follows one of [`SUBJECTS`] or a relative, spaces only between.
fn subject_before(tokens: &[Token<'_>], i: usize) -> bool {
    i > 0 && joined_at(tokens, i) && {
        let before = lower_at(tokens, i - 1);
        SUBJECTS.contains(&before) || RELATIVES.contains(&before)
    }
}

/// `spans` (inclusive token ranges of found names) without such a verb at their end;
/// a span that was only the verb is dropped. `caseless`: the comment gives capitals no
/// weight.
pub(crate) fn without_past_verbs_before_objects(
    spans: Vec<(usize, usize)>,
    tokens: &[Token<'_>],
    caseless: bool,
) -> Vec<(usize, usize)> {
    spans
        .into_iter()
        .filter_map(|(first, last)| {
            if is_past_verb_before_its_object(tokens, caseless, last) {
                (last > first).then(|| (first, last - 1))
            } else {
                Some((first, last))
            }
        })
        .collect()
}

/// Whether token `i` is such a verb (see the module doc).
fn is_past_verb_before_its_object(tokens: &[Token<'_>], caseless: bool, i: usize) -> bool {
    let token = &tokens[i];
    let object = lower_at(tokens, i + 1);
    let small_past_form = (caseless || token.shape == Shape::Lower)
        && PAST_FORMS_THAT_ARE_NAMES.contains(&token.lower.as_str());
    // Right after "who" and ending the clause the word is its verb ("the cleaner who
    // sang, and Jo who listened"); a word after it may be the verb of a clause of the
    // name's own ("the nurse who drew mentioned").
    let after_who = i > 0
        && joined_at(tokens, i)
        && lower_at(tokens, i - 1) == "who"
        && !joined_at(tokens, i + 1);
    small_past_form
        && (after_who
            || joined_at(tokens, i + 1)
                && ((DETERMINERS.contains(&object) && !ROLES.contains(&lower_at(tokens, i + 2)))
                    || (OBJECT_PRONOUNS.contains(&object)
                        && subject_before(tokens, i)
                        && (PLACE_AFTER_AN_OBJECT.contains(&lower_at(tokens, i + 2))
                            && joined_at(tokens, i + 2)
                            || object_ends_the_clause(tokens, i)))
                    || (OBJECT_PRONOUNS.contains(&object)
                        && matches!(lower_at(tokens, i + 2), "a" | "an" | "the" | "some")
                        && joined_at(tokens, i + 2))))
}

/// Whether the object pronoun after the verb at `i` ends its clause, the verb's subject a
/// pronoun or a relative: "as my son drew them: the doctor…", "she drew it." After "and"
/// or "then" the word may be a name listed last ("thanks to kim and drew it").
fn object_ends_the_clause(tokens: &[Token<'_>], i: usize) -> bool {
    !joined_at(tokens, i + 2) && !matches!(lower_at(tokens, i - 1), "and" | "then")
}

#[cfg(test)]
mod tests {
    use super::super::tokens::{is_caseless, span_texts, tokenize};
    use super::*;

    /// What is left of the found names `found` (first and last words) of `text`.
    fn kept<'t>(text: &'t str, found: &[(&str, &str)]) -> Vec<&'t str> {
        let tokens = tokenize(text);
        let at = |word: &str| tokens.iter().position(|t| t.text == word).expect("word");
        let spans = found.iter().map(|&(a, b)| (at(a), at(b))).collect();
        span_texts(
            text,
            &tokens,
            without_past_verbs_before_objects(spans, &tokens, is_caseless(text)),
        )
    }

    #[test]
    fn a_past_verb_before_its_object_is_no_name() {
        assert!(kept(
            "My daughter drew a picture for the nurses.",
            &[("drew", "drew")]
        )
        .is_empty());
        assert_eq!(
            kept(
                "roll the jack and marcjanna rzeszotko drew the perfect wood",
                &[("marcjanna", "drew")]
            ),
            ["marcjanna rzeszotko"]
        );
        assert!(kept(
            "papa's visions were lewy bodies, and drew it on the back of a letter",
            &[("drew", "drew")]
        )
        .is_empty());
        assert!(kept("mum drew it for the nurses", &[("drew", "drew")]).is_empty());
        assert!(kept("miss neuber drew me a diagram", &[("neuber", "drew")]).len() == 1);
        // The object ending the clause after a relative or a pronoun; after "who" the
        // clause's end or a determiner.
        assert!(kept(
            "Cast of characters, as my son drew them: the doctor",
            &[("drew", "drew")]
        )
        .is_empty());
        assert!(kept("and she rose it. Then", &[("rose", "rose")]).is_empty());
        assert!(kept("the cleaner who sang, and jo", &[("sang", "sang")]).is_empty());
        assert!(kept("the nurse who won the award", &[("won", "won")]).is_empty());
        assert!(kept("thanks to the one who sang.", &[("sang", "sang")]).is_empty());
    }

    #[test]
    fn names_stay_names() {
        for (text, name) in [
            ("Rose the nurse was lovely.", "Rose"),
            ("thanks to rose the healthcare assistant", "rose"),
            ("my daughter drew came to visit", "drew"),
            ("Thanks to Drew, the porter.", "Drew"),
            ("i told drew it was fine", "drew"),
            ("ask drew it's urgent", "drew"),
            ("i told rose it hurt", "rose"),
            ("and drew it", "drew"),
            ("thank you rose it really helped", "rose"),
            ("thanks to amy and rose it really helped", "rose"),
            ("kim and drew them two were amazing", "drew"),
            ("thanks to kim and drew them.", "drew"),
            ("the nurse who Drew thanked", "Drew"),
            ("the nurse who drew mentioned was off", "drew"),
        ] {
            assert_eq!(kept(text, &[(name, name)]), [name], "{text}");
        }
    }
}
