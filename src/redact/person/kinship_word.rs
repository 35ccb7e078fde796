//! A relative called by the kinship word itself: "My Nan was looked after", "pls ring
//! me back re my nan", "Our friend, Jo Bloggs, was…", "we brought gran (Jo Bloggs) in".
//!
//! A relative is a cue, so a name found right after one is kept; but the kinship word
//! is no name of its own, even where a given-name list holds it ("Nan", "Gran"), and a
//! name found starting at it ("nan doris") starts after it. The word is read as the
//! relative when nothing but the relative can be meant:
//! - a possessive stands right before it ("my Nan", "our friend", "ma gran");
//! - it is written in small letters in a comment that uses capitals (the writer did not
//!   write it as a name); in a comment without capitals it may be a given name written
//!   small ("shoutout gran ur the best doc"), so one of the other two must hold;
//! - an opening bracket follows it ("gran (Jo Bloggs)"): the bracket holds the name;
//! - it signs a message off after "love" ("Love, Nan", "lots of love from Grandad"): the
//!   writer signs as the relative. Everyday words a found name runs on into after it
//!   ("Love, Nan My CPN was…", a message pasted before the next answer) go with it.
//!
//! - it is a parent or grandparent found alone in a comment that uses capitals ("told Nan
//!   her wrist would mend", "sat with Gran"), with no title or role before it and no
//!   person's cue after it ("Nan on reception"); or found alone in one without capitals
//!   with no cue at all before or after it ("who got nan to the wedding"; "shoutout gran
//!   ur the best doc" thanks her); or closing a list of relatives and its clause,
//!   whatever the case and the cue before ("beloved wife, mother and nan;", "Mum and
//!   Nan."), with no person's cue after it.
//!
//! "Nan Jones was lovely", capitalised with none of these, is left as found. A dialect
//! possessive found alone before a kinship word ("ma brother") is no name either.

use super::cues::{
    cue_after, cue_before, is_owned_relative, is_relative, without_greats, CueStrength,
    ELDERS_IN_OTHER_LANGUAGES, POSSESSIVES, RELATIVES,
};
use super::lexicon::WordFacts;
use super::tokens::{joined_at, lower_at, Gap, Shape, Token};

/// Possessives of dialect and texting that own a relative the way "my" does ("ma nan").
const DIALECT_POSSESSIVES: &[&str] = &["ma"];

/// The found names `spans` (inclusive token ranges, sorted) with a kinship word read as
/// the relative taken off their start; a name that was only that word is dropped.
/// `caseless`: the comment gives capitals no weight.
/// `facts`: the tokens' lexicon facts.
pub(crate) fn without_kinship_words(
    spans: Vec<(usize, usize)>,
    text: &str,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    caseless: bool,
) -> Vec<(usize, usize)> {
    let everyday = |k: usize| facts[k].word_on_no_name_list();
    super::without_leading_words(spans, |k, last| {
        is_the_relative(text, tokens, k, caseless)
            // "ma brother": the dialect possessive, not a name; "My Nan Doris" opening a
            // comment: the possessive, then the relative, taken off the name's start.
            || ((k == last || POSSESSIVES.contains(&tokens[k].lower.as_str()))
                && owns_the_relative_after(tokens, k))
            || (everyday(k) && after_a_signature(tokens, k, &everyday))
            || (k == last && elder_called_by_kinship(tokens, k, caseless))
    })
}

/// What a family calls a parent or grandparent, in place of a name ("told Nan her wrist
/// would mend", "sat with Gran").
const ELDERS: &[&str] = &[
    "nan", "nana", "nanna", "gran", "granny", "grandma", "grandad", "granddad", "grandpa",
    "gramps", "mum", "mam", "mom", "mummy", "dad", "daddy", "granda", "mammy",
];

/// Whether token `i`, found alone, is a parent or grandparent called by the kinship word
/// ([`ELDERS`]): in a comment that uses capitals, with no title or role before it ("Sister
/// Nan" is a nurse) and no person's cue after it ("Nan on reception"); in one without
/// capitals (`caseless`), with no cue of any strength before it either, since a name
/// written small is often thanked or addressed ("shoutout gran ur the best doc"). No gold
/// name in thirty-eight measuring rounds and the dev set is such a word alone in a cased
/// comment; without capitals, 292 of 293 uncued such words are the relative, and the
/// one name is thanked. Without capitals a weak cue leaves the word the relative too where
/// it is a preposition or a clause's "and" ([`relative_after_a_weak_cue`]), but for the
/// elders that are given names too ([`ELDERS_THAT_ARE_GIVEN_NAMES`]).
fn elder_called_by_kinship(tokens: &[Token<'_>], i: usize, caseless: bool) -> bool {
    let word = without_greats(tokens[i].lower.as_str());
    if !(ELDERS.contains(&word) || ELDERS_IN_OTHER_LANGUAGES.contains(&word)) {
        return false;
    }
    let cue = cue_before(tokens, i);
    let a_given_name_too = ELDERS_THAT_ARE_GIVEN_NAMES.contains(&word);
    let uncued = if caseless {
        cue.is_none()
            || (cue == Some(CueStrength::Weak)
                && !a_given_name_too
                && relative_after_a_weak_cue(tokens, i))
    } else if a_given_name_too {
        // A person's cue ("Thanks to Nana for looking after me", "seen by Nana") keeps it
        // a name.
        cue.is_none_or(|cue| cue < CueStrength::Personal)
    } else {
        cue.is_none_or(|cue| cue < CueStrength::Role)
    };
    (uncued || listed_with_a_relative(tokens, i)) && cue_after(tokens, i).is_none()
}

/// Elders of [`ELDERS`] that are as often a given name ("Nana", in Ghana): read as the
/// relative after no person's cue in a comment that uses capitals, and after no cue at
/// all in one without ("the midwife came with nana from the birth centre").
const ELDERS_THAT_ARE_GIVEN_NAMES: &[&str] = &["nana"];

/// Prepositions after which a parent or grandparent written small, found alone, is the
/// relative ("the ambulance that came for nan", "took her to gran").
const PREPOSITIONS_BEFORE_AN_ELDER: &[&str] = &["for", "to", "by", "from", "of", "with"];

/// Whether the weak cue before token `i` (in a comment without capitals) leaves it the
/// relative: one of [`PREPOSITIONS_BEFORE_AN_ELDER`], or "and" opening a clause after a
/// comma ("when she left, and gran talked about it"), not "and" listing it with someone
/// ("thanks to sarah and nan"). The caller leaves out the elders that are given names too
/// ([`ELDERS_THAT_ARE_GIVEN_NAMES`]). A first token has no cue
/// before it and is never so read.
fn relative_after_a_weak_cue(tokens: &[Token<'_>], i: usize) -> bool {
    let Some(cue) = i.checked_sub(1).map(|k| &tokens[k]) else {
        return false;
    };
    let before = cue.lower.as_str();
    PREPOSITIONS_BEFORE_AN_ELDER.contains(&before) || (before == "and" && cue.gap == Gap::Comma)
}

/// Whether token `i` closes a list of relatives and its clause: "beloved wife, mother
/// and nan;", "mum & gran.", "dad, nan": a relative, then "and", "&", "or" or a comma,
/// then the word, then a stop, a comma or the comment's end. A relative is a cue before
/// a name, but a kinship word listed with relatives is one of them. Words going on after
/// it may say a person ("my wife and nan who works on ward 6", "mum and nan ur the best
/// nurses"), and "sister" may be a nurse's title ("thank Sister and Nan"), so neither is
/// read.
fn listed_with_a_relative(tokens: &[Token<'_>], i: usize) -> bool {
    let relative = |k: usize| {
        let word = tokens[k].lower.as_str();
        word != "sister" && RELATIVES.contains(&word)
    };
    // The comment's end has no token after it, so it closes the clause too.
    let closes_clause = !joined_at(tokens, i + 1);
    let after_a_joining_word = i >= 2
        && joined_at(tokens, i)
        && joined_at(tokens, i - 1)
        && matches!(lower_at(tokens, i - 1), "and" | "&" | "or")
        && relative(i - 2);
    let after_a_comma = i >= 1 && tokens[i].gap == Gap::Comma && relative(i - 1);
    closes_clause && (after_a_joining_word || after_a_comma)
}

/// Most everyday words a found name runs on into after a relative's signature.
const MAX_WORDS_AFTER_A_SIGNATURE: usize = 3;

/// Whether token `k` comes after a relative signing off ("Love, Nan"), with only
/// everyday words between (see the module doc).
fn after_a_signature(tokens: &[Token<'_>], k: usize, everyday: &impl Fn(usize) -> bool) -> bool {
    let mut j = k;
    for _ in 0..MAX_WORDS_AFTER_A_SIGNATURE {
        if j == 0 {
            return false;
        }
        j -= 1;
        if signs_off(tokens, j) {
            return true;
        }
        if !everyday(j) {
            return false;
        }
    }
    false
}

/// Whether token `i` is a kinship word signing a message off after "love": "Love, Nan",
/// "love from grandad", "lots of love Mum".
fn signs_off(tokens: &[Token<'_>], i: usize) -> bool {
    if i == 0 || !is_relative(tokens[i].lower.as_str()) || tokens[i].gap.is_break() {
        return false;
    }
    let before = tokens[i - 1].lower.as_str();
    before == "love"
        || (before == "from"
            && i > 1
            && tokens[i - 1].gap == Gap::Space
            && tokens[i - 2].lower.as_str() == "love")
}

/// Whether token `i` is a kinship word with a possessive right before it, a space
/// between ("my nan", "our friend", "ma gran"): the relative, never a name. The tagger's
/// vetoes read it too.
pub(crate) fn owned_relative(tokens: &[Token<'_>], i: usize) -> bool {
    i > 0
        && tokens[i].gap == Gap::Space
        && is_owned_relative(without_greats(tokens[i].lower.as_str()))
        && is_possessive(tokens[i - 1].lower.as_str())
}

/// Whether `lower` is a possessive that owns a relative, dialect's included.
fn is_possessive(lower: &str) -> bool {
    POSSESSIVES.contains(&lower) || DIALECT_POSSESSIVES.contains(&lower)
}

/// Whether token `i` is a possessive, dialect's included, right before a kinship word
/// ("ma nan", "My Nan").
fn owns_the_relative_after(tokens: &[Token<'_>], i: usize) -> bool {
    is_possessive(tokens[i].lower.as_str())
        && tokens
            .get(i + 1)
            .is_some_and(|next| next.gap == Gap::Space && is_owned_relative(next.lower.as_str()))
}

/// Whether token `i` is a kinship word read as the relative (see the module doc).
fn is_the_relative(text: &str, tokens: &[Token<'_>], i: usize, caseless: bool) -> bool {
    let token = &tokens[i];
    // An elder in another language that is a name too is the relative only when owned.
    if owned_relative(tokens, i) {
        return true;
    }
    if !is_relative(without_greats(token.lower.as_str())) {
        return false;
    }
    let small = !caseless && token.shape == Shape::Lower;
    let bracket_follows = text[token.end..].trim_start().starts_with('(');
    small || bracket_follows || signs_off(tokens, i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::person::tokens::words_kept_by;

    /// The words of `text` that stay in a found name spanning `from..=to` (by word).
    fn kept(text: &str, from: &str, to: &str) -> Vec<String> {
        let caseless = !text.chars().any(char::is_uppercase);
        words_kept_by(text, from, to, |spans, tokens| {
            let facts = super::super::lexicon::NameLexicon::new().facts_of(tokens);
            without_kinship_words(spans, text, tokens, &facts, caseless)
        })
    }

    #[test]
    fn a_kinship_word_owned_small_or_before_a_bracket_is_the_relative() {
        assert!(kept("My Nan was looked after so well", "Nan", "Nan").is_empty());
        assert!(kept("pls ring me back re my nan", "nan", "nan").is_empty());
        assert!(kept(
            "Our friend, Zeljan Gastel, was discharged",
            "friend",
            "friend"
        )
        .is_empty());
        assert!(kept("ma gran loved it", "gran", "gran").is_empty());
        assert!(kept("The nurse sat with nan all night.", "nan", "nan").is_empty());
        assert!(kept("We brought Gran (Ann Lee) in", "Gran", "Gran").is_empty());
        assert!(kept("ma brother buyung still talks", "ma", "ma").is_empty());
        // A name found from the possessive opening a comment keeps only the name.
        assert_eq!(
            kept("My Nan Doris was looked after", "My", "Doris"),
            ["Doris"]
        );
        assert_eq!(
            kept("My Nonno Giuseppe says thank you", "My", "Giuseppe"),
            ["Giuseppe"]
        );
        assert!(kept("Home Tuesday. Love, Nan", "Nan", "Nan").is_empty());
        assert!(kept("Love, Nan My CPN was kind.", "Nan", "My").is_empty());
        assert!(kept("lots of love from Grandad x", "Grandad", "Grandad").is_empty());
        assert!(kept(
            "we visited Great-Gran and the nurse",
            "Great-Gran",
            "Great-Gran"
        )
        .is_empty());
        assert!(kept("my Great-Aunt was looked after", "Great-Aunt", "Great-Aunt").is_empty());
        assert!(kept(
            "we visited great-great-grandad today",
            "great-great-grandad",
            "great-great-grandad"
        )
        .is_empty());
    }

    #[test]
    fn the_name_after_a_kinship_word_stays() {
        assert_eq!(
            kept("my nan doris was treated well", "nan", "doris"),
            ["doris"]
        );
        assert_eq!(
            kept("My Nan Doris Hale came", "Nan", "Hale"),
            ["Doris", "Hale"]
        );
    }

    #[test]
    fn a_capitalised_kinship_word_standing_alone_is_left() {
        // "Nan" may be a given name here: nothing says it is the relative.
        assert_eq!(
            kept("Nan Jones was lovely", "Nan", "Jones"),
            ["Nan", "Jones"]
        );
        assert_eq!(kept("Thanks to Nan on reception", "Nan", "Nan"), ["Nan"]);
        // A name after a signing relative stays: "Love, Nan Doris".
        assert_eq!(kept("Love, Nan Doris", "Nan", "Doris"), ["Doris"]);
        // "Love" before a name that is no kinship word signs off a person.
        assert_eq!(kept("Love, Sarah", "Sarah", "Sarah"), ["Sarah"]);
        // Small, but in a comment without capitals, neither owned nor bracketed, and
        // thanked ("shoutout" is a person's cue).
        assert_eq!(
            kept("shoutout gran ur the best doc", "gran", "gran"),
            ["gran"]
        );
        // Not a kinship word at all, "great-" or not.
        assert_eq!(kept("my Sarah was lovely", "Sarah", "Sarah"), ["Sarah"]);
        assert_eq!(
            kept("Great-Anna was lovely", "Great-Anna", "Great-Anna"),
            ["Great-Anna"]
        );
        // A title before it.
        assert_eq!(kept("Sister Nan was lovely", "Nan", "Nan"), ["Nan"]);
    }

    #[test]
    fn a_parent_or_grandparent_found_alone_in_a_cased_comment_is_the_relative() {
        assert!(kept(
            "Miss Korycki, who told Nan her wrist would mend.",
            "Nan",
            "Nan"
        )
        .is_empty());
        assert!(kept("A nurse sat with Gran on Christmas Eve.", "Gran", "Gran").is_empty());
        assert!(kept("A nurse sat with Nana on Christmas Eve.", "Nana", "Nana").is_empty());
        // "Nana", a given name in Ghana as often, after a person's cue: a name.
        assert_eq!(
            kept("Thanks to Nana for looking after me.", "Nana", "Nana"),
            ["Nana"]
        );
        assert!(kept(
            "The nurse said it meant Granda was near the end.",
            "Granda",
            "Granda"
        )
        .is_empty());
    }

    #[test]
    fn a_parent_or_grandparent_found_alone_and_uncued_without_capitals_is_the_relative() {
        assert!(kept(
            "raise a glass to all who got nan to the wedding",
            "nan",
            "nan"
        )
        .is_empty());
        assert!(kept(
            "we moved the trailer while mammy was having her chemo",
            "mammy",
            "mammy"
        )
        .is_empty());
        // A weak cue that is a preposition, or "and" opening a clause after a comma.
        assert!(kept("the ambulance that came for nan was quick", "nan", "nan").is_empty());
        assert!(kept(
            "she walked well when she left, and gran talked about it all the way home",
            "gran",
            "gran"
        )
        .is_empty());
        // Other cues leave it to the other tests, as do "and" listing it, "nana" (a
        // given name too) and a person's cue after it.
        assert_eq!(kept("spoke to gran on the ward", "gran", "gran"), ["gran"]);
        assert_eq!(
            kept("thank you to sarah and gran", "gran", "gran"),
            ["gran"]
        );
        assert_eq!(
            kept(
                "the midwife came with nana from the birth centre",
                "nana",
                "nana"
            ),
            ["nana"]
        );
    }

    #[test]
    fn a_kinship_word_closing_a_list_of_relatives_is_the_relative() {
        for (text, word) in [
            ("beloved wife, mother and nan; she will be missed", "nan"),
            ("my mother and nan.", "nan"),
            ("Thanks from Mum and Nan.", "Nan"),
            ("wife, mum & gran", "gran"),
        ] {
            assert!(kept(text, word, word).is_empty(), "{text}");
        }
        // Listed with a person who is no relative, words going on after it, or a
        // person's cue after it: left.
        for (text, word) in [
            ("thanks to sarah and nan", "nan"),
            ("thank you to my wife and nan who works on ward 6", "nan"),
            ("shoutout to mum and nan ur the best nurses", "nan"),
            ("Mum and Nan on reception were kind", "Nan"),
        ] {
            assert_eq!(kept(text, word, word), [word], "{text}");
        }
    }
}
