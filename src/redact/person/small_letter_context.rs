//! Whether the words around a small-letter word in a cased comment say "a person"
//! ("Mr ndagi", "thank preye yevloev, who", "the physiotherapist, efa,", "and jannick
//! in particular was patient", "mostly by assuntina on the evening shift").
//!
//! In a comment that uses capitals, a small-letter word in no list is far more often a
//! misspelling, a run-together phrase or a short form ("appt", "coz", "inlaw",
//! "politeyoung") than a person. The second reading of such words
//! ([`super::small_letter_name`]) is run only where this positive context stands around
//! the word: a title or an introduction before it, a thanks, a role as a title ("staff
//! nurse kaijage") or in apposition ("the physio, efa"), a verb of a person or "who"
//! after it, a shift or desk after it. A role after a possessive or article ("my
//! psychiatrist face-to-face"), a relative ("my father inlaw"), "I am", a plural role
//! ("doctors appt") or a bare "and" / "of" before it are not enough on their own: such a
//! word needs the evidence after it as well. The test reads only the few tokens around
//! the word, so a comment pays nothing more when no small-letter word qualifies.

use super::cues::{cue_after, cue_before, CueStrength, ROLES, ROLES_PLURAL, TITLES};
use super::lexicon::WordFacts;
use super::name_word_position::{DETERMINERS, PERSON_VERBS};
use super::named_by_role::{closes_an_apposition, APPOSITION_DETERMINERS};
use super::rule_scan::is_irregular_past;
use super::tokens::{Gap, Shape, Token};

/// Words that thank or greet the person named next ("thank ruvero", "dear ndagi").
/// Texting's spellings of thanks count ("thanx ruvero", "thankyou ruvero").
const ADDRESSING: &[&str] = &[
    "thank", "thanks", "thanked", "dear", "cheers", "thanx", "thankyou", "thanku",
];

/// Verbs of a person beyond [`PERSON_VERBS`], read only after a small-letter word: what
/// a member of staff did or earned ("found us a chair", "seemed rushed", "deserves
/// recognition").
const MORE_PERSON_VERBS: &[&str] = &[
    "found", "seemed", "deserves", "deserved", "helped", "looked", "went", "kept", "made",
];

/// Words after a name that refer back to a person ("efa, who", "syres, whose").
const RELATIVE_PRONOUNS: &[&str] = &["who", "whose", "who's"];

/// The first and last tokens of the small-letter run holding token `i`: the word and at
/// most one small-letter neighbour in no word list on either side ("preye yevloev").
fn run_around(tokens: &[Token<'_>], facts: &[WordFacts], i: usize) -> (usize, usize) {
    let unlisted_small = |k: usize| {
        tokens[k].shape == Shape::Lower
            && !(facts[k].english || facts[k].common || facts[k].not_name)
    };
    let first = if i > 0 && tokens[i].gap == Gap::Space && unlisted_small(i - 1) {
        i - 1
    } else {
        i
    };
    let last = match tokens.get(i + 1) {
        Some(next) if next.gap == Gap::Space && unlisted_small(i + 1) => i + 1,
        _ => i,
    };
    (first, last)
}

/// The lower-case word `back` tokens before token `i`, when no break lies between.
fn word_before<'t>(tokens: &'t [Token<'_>], i: usize, back: usize) -> Option<&'t str> {
    if back > i || (i + 1 - back..=i).any(|k| tokens[k].gap.is_break()) {
        return None;
    }
    Some(tokens[i - back].lower.as_str())
}

/// A title or an introduction stands right before `first` ("Dr", "Re:", "my name is",
/// "known as"), not "I am" or "this is", which as often open a state ("I am comin").
fn titled(tokens: &[Token<'_>], first: usize) -> bool {
    if first == 0 || tokens[first - 1].in_brackets {
        return false;
    }
    if tokens[first].gap == Gap::Colon {
        return cue_before(tokens, first) == Some(CueStrength::Title);
    }
    let Some(prev) = word_before(tokens, first, 1) else {
        return false;
    };
    let before = word_before(tokens, first, 2);
    tokens[first].gap == Gap::Space
        && (TITLES.contains(&prev)
            || matches!(prev, "called" | "named")
            || (prev == "is" && before == Some("name"))
            || (prev == "me" && matches!(before, Some("call" | "calls")))
            || (prev == "as" && before == Some("known"))
            || (prev == "for" && matches!(before, Some("ask" | "asked"))))
}

/// A thanks, a role written as a title or a role in apposition stands before `first`:
/// "thank ruvero", "thanks to ruvero", "staff nurse kaijage", "the physio, efa".
fn thanked_or_role_before(tokens: &[Token<'_>], first: usize) -> bool {
    let Some(prev) = word_before(tokens, first, 1) else {
        return false;
    };
    let gap = tokens[first].gap;
    if gap == Gap::Space && ADDRESSING.contains(&prev) {
        return true;
    }
    if gap == Gap::Space && (prev == "you" || prev == "to") {
        let before = word_before(tokens, first, 2);
        if matches!(before, Some("thank" | "thanks" | "thanx")) {
            return true;
        }
    }
    if ROLES.contains(&prev) {
        // "nurse kaijage", "staff nurse kaijage" read as a title; "the physio, efa" as an
        // apposition; "my psychiatrist face-to-face" neither.
        let determined = word_before(tokens, first, 2).is_some_and(|w| DETERMINERS.contains(&w));
        return gap == Gap::Comma || (gap == Gap::Space && !determined);
    }
    if gap == Gap::Space && !ROLES_PLURAL.contains(&prev) {
        // "spoke to", "seen by", "looked after by": the phrase cues of [`cue_before`].
        return cue_before(tokens, first) == Some(CueStrength::Personal);
    }
    false
}

/// A verb of a person, "who", "in particular", a role ("efa the porter"), a role set
/// off by commas ("efa, the ICU nurse,") or a shift or desk ("on the evening shift", "on
/// reception") stands right after `last`.
fn person_after(tokens: &[Token<'_>], last: usize) -> bool {
    let word_at = |k: usize| {
        tokens
            .get(k)
            .filter(|t| !t.gap.is_break() && !t.in_brackets)
            .map(|t| t.lower.as_str())
    };
    if role_in_apposition_after(tokens, last) {
        return true;
    }
    let Some(next) = word_at(last + 1) else {
        return false;
    };
    if RELATIVE_PRONOUNS.contains(&next) {
        return true;
    }
    if tokens[last + 1].gap != Gap::Space {
        return false;
    }
    if PERSON_VERBS.contains(&next) || MORE_PERSON_VERBS.contains(&next) {
        return true;
    }
    if next == "in" && word_at(last + 2) == Some("particular") {
        return true;
    }
    // "on the evening shift", "on the late shift".
    if matches!(next, "on" | "at")
        && word_at(last + 2) == Some("the")
        && matches!(word_at(last + 4), Some("shift" | "shifts" | "desk"))
    {
        return true;
    }
    cue_after(tokens, last).is_some()
}

/// A role set off by commas right after `last`, perhaps with one word before it that
/// makes it more precise: "madlenka, the ICU nurse, kept a diary", "efa, our physio,
/// got me walking". Both commas are needed ("fibro, the physio said" has the speaker's
/// role), and a verb right after the second: a word ending a clause before a role set
/// off by commas ("I am so greatful, the midwife, the student…", "The wait was
/// rediculous, the receptionist, to be fair, kept apologising") is no name.
pub(crate) fn role_in_apposition_after(tokens: &[Token<'_>], last: usize) -> bool {
    let joined = |k: usize| tokens.get(k).is_some_and(|t| t.gap == Gap::Space);
    let Some(determiner) = tokens.get(last + 1) else {
        return false;
    };
    if determiner.gap != Gap::Comma || !APPOSITION_DETERMINERS.contains(&determiner.lower.as_str())
    {
        return false;
    }
    let is_role = |k: usize| joined(k) && ROLES.contains(&tokens[k].lower.as_str());
    let role = if is_role(last + 2) {
        last + 2
    } else if joined(last + 2) && is_role(last + 3) {
        last + 3
    } else {
        return false;
    };
    // The sentence goes on with the name's own verb: "madlenka, the ICU nurse, kept a
    // diary", not "rediculous, the receptionist, to be fair, kept apologising".
    tokens.get(role + 1).is_some_and(|t| {
        let verb = t.lower.as_str();
        t.gap == Gap::Comma
            && t.shape == Shape::Lower
            && (closes_an_apposition(verb) || is_irregular_past(verb))
    })
}

/// Whether the words around the small-letter word at `i` say "a person" (see the module
/// doc): a title, a thanks or a role before the word's run, or a person after it.
pub(crate) fn person_context(tokens: &[Token<'_>], facts: &[WordFacts], i: usize) -> bool {
    let (first, last) = run_around(tokens, facts, i);
    titled(tokens, first) || thanked_or_role_before(tokens, first) || person_after(tokens, last)
}

/// Whether the context before the word at `i` is a title or a role: such a context may
/// take a word one letter off an everyday word ("Mr bosc"), which elsewhere is read as a
/// misspelling.
pub(crate) fn titled_or_role_before(tokens: &[Token<'_>], facts: &[WordFacts], i: usize) -> bool {
    let (first, _) = run_around(tokens, facts, i);
    titled(tokens, first)
        || (word_before(tokens, first, 1).is_some_and(|w| ROLES.contains(&w))
            && thanked_or_role_before(tokens, first))
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::NameLexicon;
    use super::super::tokens::tokenize;
    use super::*;

    fn context_of(text: &str, word: &str) -> bool {
        let tokens = tokenize(text);
        let facts = NameLexicon::new().facts_of(&tokens);
        let i = tokens.iter().position(|t| t.text == word).unwrap();
        person_context(&tokens, &facts, i)
    }

    #[test]
    fn titles_thanks_and_roles_before_say_a_person() {
        assert!(context_of("The surgeon, Mr ndagi, took time.", "ndagi"));
        assert!(context_of(
            "Everyone was kind, although Dr adejoh rushed.",
            "adejoh"
        ));
        assert!(context_of(
            "I would like to thank preye yevloev, who",
            "yevloev"
        ));
        assert!(context_of(
            "I would like to thank preye yevloev today.",
            "preye"
        ));
        assert!(context_of("Thanks to ruvero for the help.", "ruvero"));
        assert!(context_of("Thanx to ruvero and the team.", "ruvero"));
        assert!(context_of("Thankyou ruvero for the help.", "ruvero"));
        assert!(context_of(
            "Overall good; nurse bakhtiar was calm.",
            "bakhtiar"
        ));
        assert!(context_of("The staff nurse kaijage helped.", "kaijage"));
        assert!(context_of(
            "My thanks to the physiotherapist, efa, for it.",
            "efa"
        ));
        assert!(context_of("Her name is ayomike and she cared.", "ayomike"));
        assert!(context_of("We spoke to ndagi about it.", "ndagi"));
    }

    #[test]
    fn person_evidence_after_says_a_person() {
        assert!(context_of(
            "The staff were kind and gbedoton found us a chair.",
            "gbedoton"
        ));
        assert!(context_of(
            "It was good, and jannick in particular was patient.",
            "jannick"
        ));
        assert!(context_of(
            "Kept informed, mostly by assuntina on the evening shift.",
            "assuntina"
        ));
        assert!(context_of("Then ruvero explained it all.", "ruvero"));
        assert!(context_of("Then ruvero, who was kind, came.", "ruvero"));
    }

    #[test]
    fn misspellings_and_short_forms_in_weak_context_do_not() {
        // The seventeen small-letter words of real comments the second reading took for
        // names, each in the kind of context it stood in.
        assert!(!context_of("They made my father inlaw feel calm.", "inlaw"));
        assert!(!context_of("Be quicker, emoly more staff please.", "emoly"));
        assert!(!context_of("Leaflets, underdores and signs.", "underdores"));
        assert!(!context_of("Groups (mon-fri) were good.", "mon-fri"));
        assert!(!context_of(
            "Pain and diarrhea but they say carry on.",
            "diarrhea"
        ));
        assert!(!context_of(
            "My zimmer frame was left by the bed.",
            "zimmer"
        ));
        assert!(!context_of(
            "Nice to leave the wing - timeout helps.",
            "timeout"
        ));
        assert!(!context_of("Less stodge, tooooo much pasta.", "tooooo"));
        assert!(!context_of("Both doctors appt ran late.", "appt"));
        assert!(!context_of("Two kind and politeyoung men.", "politeyoung"));
        assert!(!context_of(
            "Pleased with all the advicetheygave us.",
            "advicetheygave"
        ));
        assert!(!context_of("The list of dos and donts was long.", "donts"));
        assert!(!context_of("They asked about my mum's dnar twice.", "dnar"));
        assert!(!context_of("The pain is awful. I am comin", "comin"));
        assert!(!context_of("Ring back coz its hard to get through.", "coz"));
        assert!(!context_of(
            "I want my review face-to-face next time.",
            "face-to-face"
        ));
        assert!(!context_of("I waited an hour before disconn", "disconn"));
    }

    #[test]
    fn a_role_set_off_by_commas_before_a_verb_says_a_person() {
        assert!(context_of(
            "The diary madlenka, the ICU nurse, kept for me.",
            "madlenka"
        ));
        assert!(context_of("efa, our physio, got me walking.", "efa"));
        // A clause going on after the role with no verb of the name's own, or one comma.
        assert!(!context_of(
            "I am so greatful, the midwife, the student and the consultant were amazing.",
            "greatful"
        ));
        assert!(!context_of(
            "The wait was rediculous, the receptionist, to be fair, kept apologising.",
            "rediculous"
        ));
        assert!(!context_of("I had fibro, the physio said.", "fibro"));
    }
}
