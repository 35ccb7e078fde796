//! A capitalised word that no list knows, inside a sentence of a comment that uses
//! capitals, spelt like a name: "Viewing with Uchechukwu highly recommended", "cared for
//! by Uchechukwu and the night team". People capitalise names mid-sentence and little else
//! that no list holds; the tagger weighs the words around such a word and, after a word
//! that usually introduces a thing ("with", "highly"), leaves it readable.
//!
//! Its finds are judged by the vetoes of the tagger's own finds (a place: "Okwuosa ward",
//! "transferred to Nethercombe"), and read only where the tagger is. The word must be all
//! of these:
//! - capitalised with the rest in small letters ("NHSuk" is not), letters only, three
//!   or more, not inside a redaction marker, and not opening a sentence, unless right
//!   after a colon with a word in small letters after it ("Ground control to bay 4:
//!   Uchechukwu reporting", "Top story: Uchechukwu on the children's ward": headings
//!   put the person first; a heading's own word, "Note: Parking was", is listed);
//! - on no list: no given-name, surname, English, proper-noun, common or not-a-name
//!   list, no town or place of Great Britain;
//! - never written in the training background, capitalised or not
//!   ([`super::corpus_counts`]): services, shops and places patients name are there;
//! - spelt like a name ([`super::name_likeness`] at least [`NAME_LIKE_FROM`], or at
//!   least [`NAME_LIKE_AFTER_WITH_OR_BY`] right after "with" or "by"), and not
//!   like a medicine ([`super::medicines`]) or a condition ("Myeloma", "-itis");
//! - not after a determiner or possessive ("My Raynaud's flares up") or a verb of
//!   having ("I have Myeloma").
//!
//! Addressed, opening a sentence before a comma and "you" ("Thamea, you've been here
//! since seven"), the word need only be spelt as much like a name as after "with" or
//! "by" ("Specsavers, your hearing test was quick" is spelt like a firm).
//!
//! Where the sentence gives the word a person's place, its spelling does not count and
//! it may open the sentence: right before a verb only a person does ("Yating rang",
//! "as Yating got the drug round going") or ending a sentence that names someone by a
//! role or "who" ("the nurse who stayed with mum at the end was Yating."). Names of
//! origins the lists hold thinly are spelt unlike any listed name ("Yating" scores
//! below every threshold), and the sentence is then the only evidence.
//!
//! The filters read after every rule still drop a pet, a thing, a kind named so.

use super::corpus_counts::counts;
use super::cues::{RELATIVES, ROLES, ROLES_PLURAL, STAFF_PLURALS};
use super::lexicon::WordFacts;
use super::medicines::has_medicine_stem;
use super::name_likeness::name_likeness;
use super::name_word_position::{addressed_at, person_verb_after, DETERMINERS, PERSON_VERBS};
use super::tagger::features::possessive_after;
use super::tokens::{joined_at, lower_at, single_token_finds, Gap, Shape, Token};
use super::vetoes::town_or_place;

/// How name-like the spelling must be (mean log ratio of the word's character n-grams,
/// names against words): chosen on the seen measuring rounds, where 0.5 also took town
/// names and 1.0 fewer names.
const NAME_LIKE_FROM: f32 = 0.7;

/// Words before a companion or an agent ("sat with X", "cared for by X"): after them a
/// capitalised word no list or real comment holds is a person unless spelt much more
/// like a word than a name ([`NAME_LIKE_AFTER_WITH_OR_BY`]).
const COMPANION_OR_AGENT: &[&str] = &["with", "by"];

/// How name-like the spelling must be right after [`COMPANION_OR_AGENT`]: names of
/// origins the name lists cover thinly score low ("Toyin" 0.15, "Akinbode" 0.34). Chosen
/// on the seen measuring rounds: from 0.7 down to -0.5 it took 15 more names in 36
/// rounds and no false span (down to -9, three more names; adding "and" also took a
/// hospital in the real comments, "R.V.I. and Wansbeck").
const NAME_LIKE_AFTER_WITH_OR_BY: f32 = -0.5;

/// Endings of conditions' names, which patients capitalise ("Myeloma", "Sarcoidosis").
const CONDITION_ENDINGS: &[&str] = &[
    "oma", "itis", "osis", "aemia", "emia", "pathy", "algia", "plasia", "trophy",
];

/// Verbs before a condition or a thing had: "I have Myeloma", "she's got Crohnitis".
const HAVING: &[&str] = &["have", "has", "had", "got", "having"];

/// Past forms of what a member of staff does beyond the person verbs of the other
/// rules, read only after a word nothing else knows ("Yating held the phone", "as
/// Yating got the round going"): a thing no list or real comment holds seldom does them.
/// Not "did", "recognised" or "escalated": a misspelt plural or a sign does them too
/// ("Psychists did not follow", "Hypoxia recognised at once").
const DOINGS: &[&str] = &[
    "held", "got", "stood", "stayed", "came", "took", "gave", "brought",
];

/// Two present forms of [`DOINGS`] ("then Litio comes and sits with him"), read only
/// after a word with no ending of [`NOUN_ENDINGS`]: a condition or a service comes and
/// brings as often ("Sundowning comes in the evening", "Reablement brings a carer").
/// Not the forms a firm or an app does ("Spotify takes ages", "Motability gives") or a
/// plural noun also is ("hospital stays").
const PRESENT_DOINGS: &[&str] = &["comes", "brings"];

/// Endings of abstract nouns, conditions and services ("Sundowning", "Reablement",
/// "Hyperemesis", "Rehabilitation", "Homelessness", "Disability"), in small letters.
const NOUN_ENDINGS: &[&str] = &["ing", "ment", "sis", "tion", "ness", "ity", "ance", "ence"];

/// The copulas that end a sentence naming someone: "the nurse that night was Yating."
const NAMING_COPULAS: &[&str] = &["was", "is"];

/// Words earlier in a sentence that, beside the roles, make its subject a person: "who",
/// and people named by their work or as a person, whom a hospital's staff list does not
/// hold ("The pilot on the air ambulance was Yating.", "The lady on the desk was…").
const A_PERSON_BEFORE: &[&str] = &[
    "who",
    "whom",
    "pilot",
    "driver",
    "officer",
    "guard",
    "chef",
    "cook",
    "clerk",
    "secretary",
    "interpreter",
    "translator",
    "steward",
    "stewardess",
    "vicar",
    "priest",
    "imam",
    "rabbi",
    "teacher",
    "policeman",
    "policewoman",
    "firefighter",
    "attendant",
    "administrator",
    "caretaker",
    "lady",
    "man",
    "woman",
    "gentleman",
    "guy",
    "bloke",
    "chap",
];

/// The unknown capitalised words of a cased comment that are spelt like names, as
/// one-token inclusive ranges; nothing in a comment without case.
pub(crate) fn unknown_capitalised_names(
    text: &str,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    caseless: bool,
) -> Vec<(usize, usize)> {
    if caseless {
        return Vec::new();
    }
    single_token_finds(tokens.len(), |i| is_unknown_name(text, tokens, facts, i))
}

/// Whether token `i` is such a word (see the module doc). The checks run cheapest first:
/// most tokens fail on their shape or their lexicon facts, read once already.
fn is_unknown_name(text: &str, tokens: &[Token<'_>], facts: &[WordFacts], i: usize) -> bool {
    let token = &tokens[i];
    if token.shape != Shape::Capitalised
        || token.in_brackets
        || facts[i].listed_as_a_word()
        || facts[i].any_name()
    {
        return false;
    }
    let lower = token.lower.as_str();
    if !token.capital_then_small_letters() || lower.chars().count() < 3 {
        return false;
    }
    let after_a_colon = token.gap == Gap::Colon
        && tokens
            .get(i + 1)
            .is_some_and(|next| next.gap == Gap::Space && next.shape == Shape::Lower);
    let placed = in_a_persons_place(tokens, i) || owns_what_a_person_has(text, tokens, i);
    let addressed = addressed_at(tokens, i, true);
    if token.sentence_start && !after_a_colon && !placed && !addressed {
        return false;
    }
    let before = i
        .checked_sub(1)
        .filter(|_| !token.gap.is_break())
        .map_or("", |k| tokens[k].lower.as_str());
    if DETERMINERS.contains(&before) || HAVING.contains(&before) {
        return false;
    }
    let name_like_from = if COMPANION_OR_AGENT.contains(&before) || addressed {
        NAME_LIKE_AFTER_WITH_OR_BY
    } else {
        NAME_LIKE_FROM
    };
    unheard_of(lower) && (placed || name_likeness(lower) >= name_like_from)
}

/// Whether the sentence puts token `i` where only a person stands: right before a verb
/// only a person does, right after a person's work ("Ring steward Latece"), or last in a sentence after "was" or "is" when a role or "who"
/// comes earlier in it with no verb of saying between (see the module doc).
pub(crate) fn in_a_persons_place(tokens: &[Token<'_>], i: usize) -> bool {
    let next = lower_at(tokens, i + 1);
    let does = |verbs: &[&str]| joined_at(tokens, i + 1) && verbs.contains(&next);
    if person_verb_after(tokens, i)
        || treats_someone_after(tokens, i)
        || named_by_work_before(tokens, i)
        || role_in_apposition_after(tokens, i)
        || team_in_apposition_after(tokens, i)
        || one_of_the_staff_after(tokens, i)
        || does(DOINGS)
        || (does(PRESENT_DOINGS)
            && !NOUN_ENDINGS
                .iter()
                .any(|ending| tokens[i].lower.as_str().ends_with(ending)))
    {
        return true;
    }
    let ends_its_sentence = tokens.get(i + 1).is_none_or(|t| t.sentence_start);
    if !ends_its_sentence
        || i < 2
        || tokens[i].gap != Gap::Space
        || !NAMING_COPULAS.contains(&tokens[i - 1].lower.as_str())
    {
        return false;
    }
    let mut k = i - 1;
    while !tokens[k].sentence_start && k > 0 {
        k -= 1;
        let word = tokens[k].lower.as_str();
        if PERSON_VERBS.contains(&word) {
            // "The nurse said the drug was Oxyfrantol.": what was said is named.
            return false;
        }
        if ROLES.contains(&word) || A_PERSON_BEFORE.contains(&word) {
            return true;
        }
    }
    false
}

/// Determiners that open a role in apposition after a comma: "Binates, an off-duty
/// midwife, got me on my side", "Ecre, the health visitor who came".
const APPOSITION_OPENERS: &[&str] = &["a", "an", "the", "our", "my", "his", "her", "their", "your"];

/// Words that may follow a role in apposition and close it: the clause goes on about
/// the person ("a student nurse on placement", "the health visitor who came").
const AFTER_AN_APPOSED_ROLE: &[&str] = &[
    "who", "on", "from", "at", "in", "for", "with", "and", "that", "whose",
];

/// Whether a staff role stands in apposition right after token `i`: a comma, a
/// determiner, at most two words that make the role precise ("an off-duty midwife",
/// "a student nurse", "the health visitor") and a role of [`ROLES`], closed by a
/// break (a comma, a full stop) or a word that goes on about the person
/// ([`AFTER_AN_APPOSED_ROLE`]). Only a person is described by their work so.
fn role_in_apposition_after(tokens: &[Token<'_>], i: usize) -> bool {
    let Some(opener) = tokens.get(i + 1) else {
        return false;
    };
    if opener.gap != Gap::Comma || !APPOSITION_OPENERS.contains(&opener.lower.as_str()) {
        return false;
    }
    small_words(tokens, i + 2, i + 4)
        .any(|k| ROLES.contains(&lower_at(tokens, k)) && closes_an_apposition(tokens, k))
}

/// The tokens `from..=to` while each stands after a space in small letters: the words of
/// an apposition, up to its role or its team.
fn small_words<'t>(
    tokens: &'t [Token<'_>],
    from: usize,
    to: usize,
) -> impl Iterator<Item = usize> + 't {
    (from..=to).take_while(move |&k| joined_at(tokens, k) && tokens[k].shape == Shape::Lower)
}

/// Whether an apposition's role at token `role` is closed: the text ends, a break or a
/// comma follows, or a word that goes on about the person ([`AFTER_AN_APPOSED_ROLE`]).
fn closes_an_apposition(tokens: &[Token<'_>], role: usize) -> bool {
    match tokens.get(role + 1) {
        None => true,
        Some(next) => {
            next.gap.is_break()
                || next.gap == Gap::Comma
                || (next.gap == Gap::Space && AFTER_AN_APPOSED_ROLE.contains(&next.lower.as_str()))
        }
    }
}

/// Words for a group of staff one belongs to: "Binates, from the cardiac rehab team,".
const STAFF_GROUPS: &[&str] = &["team", "unit", "department", "service", "crew"];

/// Whether a team one works in stands in apposition right after token `i`, between
/// commas, and a verb only a person does follows: ", from the cardiac rehab team,
/// spotted" (a comma, "from the", at most three words and a word of [`STAFF_GROUPS`], a
/// comma, then a person's verb or one of [`DOINGS`]). A thing comes from a team too
/// ("Dexcom, from the diabetes team, is brilliant"), but does not spot or say.
fn team_in_apposition_after(tokens: &[Token<'_>], i: usize) -> bool {
    let opens = tokens.get(i + 1).is_some_and(|t| t.gap == Gap::Comma)
        && lower_at(tokens, i + 1) == "from"
        && joined_at(tokens, i + 2)
        && lower_at(tokens, i + 2) == "the";
    opens
        && small_words(tokens, i + 3, i + 6).any(|k| {
            STAFF_GROUPS.contains(&lower_at(tokens, k))
                && tokens.get(k + 1).is_some_and(|next| next.gap == Gap::Comma)
                && (PERSON_VERBS.contains(&lower_at(tokens, k + 1))
                    || DOINGS.contains(&lower_at(tokens, k + 1)))
        })
}

/// Whether "one of the" staff stands in apposition right after token `i`: "Annbeth, one of
/// the cabin crew, kept my husband calm", "Ecre, one of the night nurses who" (a comma,
/// "one of the" or "one of our", at most two words, a plural role or a word of
/// [`STAFF_PLURALS`] or [`STAFF_GROUPS`], closed as a role in apposition is). A thing is one
/// of the things ("Dexcom, one of the new monitors"), not one of the staff.
fn one_of_the_staff_after(tokens: &[Token<'_>], i: usize) -> bool {
    let opens = tokens.get(i + 1).is_some_and(|t| t.gap == Gap::Comma)
        && lower_at(tokens, i + 1) == "one"
        && joined_at(tokens, i + 2)
        && lower_at(tokens, i + 2) == "of"
        && joined_at(tokens, i + 3)
        && matches!(lower_at(tokens, i + 3), "the" | "our" | "your");
    opens
        && small_words(tokens, i + 4, i + 6).any(|k| {
            let word = lower_at(tokens, k);
            (ROLES_PLURAL.contains(&word)
                || STAFF_PLURALS.contains(&word)
                || STAFF_GROUPS.contains(&word))
                && closes_an_apposition(tokens, k)
        })
}

/// What only a person has, after a possessive: a home, a day of one's life, kin ("Izold's
/// house", "Izold's birthday", "Izold's husband"; [`RELATIVES`] too).
const WHAT_A_PERSON_HAS: &[&str] = &[
    "house", "home", "flat", "bedside", "birthday", "funeral", "wedding", "family", "kids",
];

/// Whether token `i` is in the possessive before what only a person has ("Hosted at
/// Izold's house", "Nevenou's husband rang"): a firm or a place owns no home or kin.
pub(crate) fn owns_what_a_person_has(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    possessive_after(text, tokens[i].end) && joined_at(tokens, i + 1) && {
        let owned = lower_at(tokens, i + 1);
        WHAT_A_PERSON_HAS.contains(&owned) || RELATIVES.contains(&owned)
    }
}

/// Whether a person's work, in small letters, stands right before token `i` as a title
/// does: "Ring steward Latece called us in", "the pilot Uchenna", "our nurse Yating".
fn named_by_work_before(tokens: &[Token<'_>], i: usize) -> bool {
    i > 0 && tokens[i].gap == Gap::Space && tokens[i - 1].shape == Shape::Lower && {
        let work = tokens[i - 1].lower.as_str();
        ROLES.contains(&work)
            || (A_PERSON_BEFORE.contains(&work) && !matches!(work, "who" | "whom"))
    }
}

/// Words for how someone treated a person, after "was" or "is": things are not "kind to
/// my mum" ([`treats_someone_after`]).
const TREATMENT_WORDS: &[&str] = &[
    "kind",
    "lovely",
    "nice",
    "rude",
    "brilliant",
    "helpful",
    "wonderful",
    "amazing",
    "patient",
    "gentle",
    "caring",
    "friendly",
    "polite",
    "horrible",
    "nasty",
    "abrupt",
    "dismissive",
    "supportive",
    "good",
    "great",
    "fantastic",
    "excellent",
    "sharp",
    "short",
    "unkind",
];

/// People one treats, after a word of [`TREATMENT_WORDS`] and "to" or "with".
const TREATED: &[&str] = &[
    "me",
    "us",
    "him",
    "her",
    "them",
    "my",
    "our",
    "his",
    "their",
    "everyone",
    "everybody",
    "mum",
    "dad",
    "patients",
];

/// Adverbs that may stand before a word of [`TREATMENT_WORDS`]: "was so kind to me".
const DEGREE: &[&str] = &[
    "so",
    "very",
    "really",
    "always",
    "extremely",
    "super",
    "incredibly",
];

/// Whether how token `i` treated a person follows it: "was lovely to my mum", "is
/// always so patient with Dad", "was rude to us" (a verb of being, an adverb or two
/// perhaps, a word of [`TREATMENT_WORDS`], "to" or "with", and a person of [`TREATED`]
/// or a capitalised word).
fn treats_someone_after(tokens: &[Token<'_>], i: usize) -> bool {
    let joined = |k: usize| joined_at(tokens, k);
    if !(joined(i + 1) && matches!(lower_at(tokens, i + 1), "was" | "is" | "were")) {
        return false;
    }
    let mut k = i + 2;
    while k < i + 4 && joined(k) && DEGREE.contains(&lower_at(tokens, k)) {
        k += 1;
    }
    joined(k)
        && TREATMENT_WORDS.contains(&lower_at(tokens, k))
        && joined(k + 1)
        && matches!(lower_at(tokens, k + 1), "to" | "with" | "towards")
        && joined(k + 2)
        && (TREATED.contains(&lower_at(tokens, k + 2)) || tokens[k + 2].shape == Shape::Capitalised)
}

/// Whether a word (in small letters) is one nothing else knows: never written in the
/// training background, no town or place of Great Britain, not spelt like a medicine or
/// a condition. Shared with [`super::unknown_beside_name`].
pub(super) fn unheard_of(lower: &str) -> bool {
    let seen = counts(lower);
    seen.lower == 0
        && seen.capitalised == 0
        && !town_or_place(lower)
        && !has_medicine_stem(lower)
        && !CONDITION_ENDINGS
            .iter()
            .any(|ending| lower.ends_with(ending))
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::NameLexicon;
    use super::super::tokens::{is_caseless, tokenize};
    use super::*;

    fn found(text: &str) -> Vec<String> {
        let tokens = tokenize(text);
        let facts = NameLexicon::new().facts_of(&tokens);
        unknown_capitalised_names(text, &tokens, &facts, is_caseless(text))
            .into_iter()
            .map(|(i, _)| tokens[i].text.to_string())
            .collect()
    }

    #[test]
    fn an_unknown_name_like_word_inside_a_sentence_is_a_name() {
        assert_eq!(
            found("Viewing with Uchechukwu highly recommended."),
            ["Uchechukwu"]
        );
        assert_eq!(
            found("We were cared for by Uchechukwu and the night team."),
            ["Uchechukwu"]
        );
        // Spelt less like the names the lists hold: enough after "with" or "by".
        assert_eq!(found("Viewing with Toyin highly recommended."), ["Toyin"]);
        assert_eq!(found("Seen quickly by Akinbode today."), ["Akinbode"]);
        assert!(found("Lunch later and Toyin there.").is_empty());
        assert_eq!(
            found("Top story: Uchechukwu on the children's ward."),
            ["Uchechukwu"]
        );
        // Not before what a sign or a misspelt plural does too.
        assert!(found("Hypoxia recognised at once.").is_empty());
        assert!(found("Psychists did not follow with promise.").is_empty());
    }

    #[test]
    fn an_unknown_word_in_a_persons_place_is_a_name_however_spelt() {
        assert_eq!(found("Yating held the phone to his ear."), ["Yating"]);
        assert_eq!(found("As Yating got the round going, we woke."), ["Yating"]);
        assert_eq!(found("Lunch later and Toyin came."), ["Toyin"]);
        // How someone treated a person: "was lovely to my mum".
        assert_eq!(found("Yating was lovely to my mum."), ["Yating"]);
        assert_eq!(
            found("Then Yating was always so patient with Dad."),
            ["Yating"]
        );
        assert!(found("Then Yating was lovely to look at.").is_empty());
        assert_eq!(
            found("When he rings, then Litio comes and sits with him."),
            ["Litio"]
        );
        assert_eq!(
            found("The one who stayed with mum at the end was Yating."),
            ["Yating"]
        );
        assert_eq!(
            found("The nurse on the ward that night was Yating."),
            ["Yating"]
        );
        assert_eq!(
            found("The pilot on the air ambulance was Yating."),
            ["Yating"]
        );
        // A person's work as a title right before it.
        assert_eq!(
            found("Ring steward Latece called us in by number."),
            ["Latece"]
        );
        assert_eq!(found("Our pilot Latece was so calm."), ["Latece"]);
        // In the possessive before what only a person has.
        assert_eq!(
            found("Izold's house is where the book group meets."),
            ["Izold"]
        );
        assert_eq!(found("We met at Nevenou's house on Thursday."), ["Nevenou"]);
        assert!(found("We met at Izold's cafe on Thursday.").is_empty());
        assert!(found("The steward said Latece was closed.").is_empty());
        // Addressed, opening a sentence before a comma and "you", spelt enough like a
        // name.
        assert_eq!(
            found("Overheard at 3am: 'Zodwa, you've been here since seven, go home.'"),
            ["Zodwa"]
        );
        // No person's place: the spelling must carry it, and it does not.
        for text in [
            "Yating was lovely.",
            "The last stop was Yating.",
            "The nurse was Yating at heart, she said.",
            "Selsis has turned to septic shock.",
            "The nurse said the drug was Oxyfrantol.",
            "Then Sarcoidosis came back.",
            "Then Sarcoidosis comes back.",
            "Spotify takes ages to load on the ward wifi.",
            "By teatime Sundowning comes and she forgets us.",
            "Every morning Reablement comes to help him wash.",
            "Since the op Deconditioning brings him down.",
            "In week ten Hyperemesis comes back.",
            "My Yating came back.",
            "The driver said the road was Yating.",
            "Yating, they said, is a village.",
            "Specsavers, your hearing test was quick.",
            "Hypnobirthing, you were worth every penny.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn listed_words_places_openers_and_odd_spellings_are_left() {
        for text in [
            "Uchechukwu was lovely.",
            "viewing with uchechukwu highly recommended.",
            "We went to Llanelli for the scan.",
            "Seen at NHSuk online.",
            "The staff at Specsavers were kind.",
            "Parking at the Hospital was awful.",
            "Thanks to Sarah for it.",
            "My Raynaud's flares up in the cold.",
            "I have Myeloma and the transport helps.",
            // After "with" or "by" still a medicine, a condition or a place.
            "Treated with Amoxicillin for a week.",
            "Knocked down by Pneumonitis last spring.",
            "Came back with Llanelli ambulance crews.",
            "Since then Sarcoidosis has kept me in.",
            // After a colon, only before a word in small letters.
            "Top story: Uchechukwu. The ward was calm.",
            "Top story: Uchechukwu Trust Appeal.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }
}
