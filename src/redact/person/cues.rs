//! Context cues: the words around a name that say "a person comes here".
//!
//! A cue *before* a word (`Dr`, `Nurse`, `my wife`, `thanks to`) or *after* it
//! (`the receptionist`, `on reception`) raises the odds that the word is a name. How far
//! the recognizer trusts the word then depends on the cue's [`CueStrength`].

use super::name_word_position::after_a_determiner;
use super::named_by_role::{APPOSITION_DETERMINERS, APPOSITION_ROLES};
use super::tokens::{Gap, Shape, Token};

/// How much a cue before a word vouches for it being a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum CueStrength {
    /// "to", "from", "by": a name may follow, but so do places and other words.
    Weak,
    /// "thanks to", "complained to", "seen by": a person is meant, though the words after
    /// may be a team or a place.
    Personal,
    /// A staff role ("Nurse", "the physio") or a relative ("my wife"): a name often follows.
    Role,
    /// A title or introduction ("Dr", "Mrs", "my name is"): what follows is a name.
    Title,
}

/// Titles: the next word is a name (the title itself stays outside the span).
pub(crate) const TITLES: &[&str] = &[
    "dr",
    "doctor",
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "prof",
    "professor",
    "rev",
    "revd",
    "reverend",
];

/// Staff roles that may stand before or after a name ("Nurse Ricky", "Guy the porter").
pub(crate) const ROLES: &[&str] = &[
    "nurse",
    "sister",
    "matron",
    "midwife",
    "hca",
    "physio",
    "physiotherapist",
    "consultant",
    "paramedic",
    "surgeon",
    "registrar",
    "receptionist",
    "porter",
    "sonographer",
    "radiographer",
    "pharmacist",
    "therapist",
    "dietitian",
    "dietician",
    "carer",
    "cleaner",
    "volunteer",
    "chaplain",
    "imam",
    "rabbi",
    "vicar",
    "manager",
    "anaesthetist",
    "gp",
    "practitioner",
    "assistant",
    "worker",
    "visitor",
    "housekeeper",
    "doctor",
    "healthcare",
    "technician",
    "optometrist",
    "psychologist",
    "psychiatrist",
    "counsellor",
    "phlebotomist",
    "student",
    "patient",
    "sr",
    "medic",
    "coordinator",
    "co-ordinator",
];

/// Plural words for staff that are no role on their own, which a person is one of:
/// "one of the cabin crew", "one of the volunteers", "one of the kitchen staff".
pub(crate) const STAFF_PLURALS: &[&str] = &[
    "crew",
    "staff",
    "volunteers",
    "stewards",
    "drivers",
    "helpers",
    "workers",
    "attendants",
];

/// Plural roles ("Nurses Adwoa and Beata"): a weaker cue, since a heading or a capitalised
/// noun often follows ("paramedics Explanation of...").
pub(crate) const ROLES_PLURAL: &[&str] = &[
    "nurses",
    "doctors",
    "midwives",
    "physios",
    "hcas",
    "porters",
    "receptionists",
    "carers",
    "paramedics",
    "consultants",
];

/// Relatives, after a possessive ("my husband Marion", "our son, Max").
pub(crate) const RELATIVES: &[&str] = &[
    "wife",
    "husband",
    "partner",
    "son",
    "daughter",
    "mum",
    "mom",
    "mother",
    "dad",
    "father",
    "brother",
    "sister",
    "nan",
    "nana",
    "nanna",
    "nanny",
    "gran",
    "granny",
    "grandma",
    "grandmother",
    "grandad",
    "granddad",
    "grandpa",
    "grandfather",
    "grandson",
    "granddaughter",
    "aunt",
    "auntie",
    "aunty",
    "uncle",
    "niece",
    "nephew",
    "friend",
    "baby",
    "child",
    "boy",
    "girl",
    "fiance",
    "fiancé",
    "fiancee",
    "fiancée",
    "cousin",
    "stepdad",
    "stepmum",
    "stepson",
    "stepdaughter",
    "carer",
    "neighbour",
];

/// Parents and grandparents in the other languages of British families (Welsh, Polish,
/// Greek, Russian, Urdu): "told Mamgu her wrist would mend", "my babcia". On no name list at
/// all, the measuring rounds' included (a test checks), so read as [`RELATIVES`] are.
pub(crate) const ELDERS_IN_OTHER_LANGUAGES: &[&str] = &[
    "mamgu", "tadcu", "abbu", "babcia", "yiayia", "babushka", "dedushka",
];

/// Grandparents and parents in other languages that some name list holds as a name too
/// (Welsh "nain" and "taid", Punjabi and Hindi "nani" and "dadi", Urdu "ammi", Italian
/// "nonna" and "nonno", Spanish "abuela" and "abuelo", Polish "dziadek", Yiddish "bubbe"
/// and "zaide", German "opa"): the relative only after a possessive ("my nani Gurpreet",
/// "our nonna"; as a cue, a possessive a few words before counts as for any relative),
/// never alone ("Nonna and Nicea on the ward").
const OWNED_ELDERS_NAMED_TOO: &[&str] = &[
    "nain", "taid", "nani", "dadi", "ammi", "nonna", "nonno", "abuela", "abuelo", "dziadek",
    "bubbe", "zaide", "zayde", "opa",
];

/// Whether `word` (lower case, its "great-"s taken off) is a relative: one of
/// [`RELATIVES`] or an elder in another language ([`ELDERS_IN_OTHER_LANGUAGES`]).
pub(crate) fn is_relative(word: &str) -> bool {
    RELATIVES.contains(&word) || ELDERS_IN_OTHER_LANGUAGES.contains(&word)
}

/// Whether `word` is a relative where a possessive owns it: one of [`is_relative`]'s or
/// an elder in another language that is a name too ([`OWNED_ELDERS_NAMED_TOO`]).
pub(crate) fn is_owned_relative(word: &str) -> bool {
    is_relative(word) || OWNED_ELDERS_NAMED_TOO.contains(&word)
}

pub(crate) const POSSESSIVES: &[&str] = &["my", "our", "his", "her", "their", "your"];

/// A kinship word less the "great-" that makes it a generation older ("great-gran",
/// "great-great-grandad", "great-aunt"): the relative all the same, as a cue ("my
/// great-niece Poppy") and as the word itself ("we visited Great-Gran").
pub(crate) fn without_greats(lower: &str) -> &str {
    let mut word = lower;
    while let Some(rest) = word.strip_prefix("great-") {
        word = rest;
    }
    word
}

/// Multi-word introductions, each a title-strength cue (compared in lower case).
const INTRODUCTIONS: &[&[&str]] = &[
    &["name", "is"],
    &["i'm"],
    &["i", "am"],
    &["called"],
    &["named"],
    &["ask", "for"],
    &["asked", "for"],
    &["this", "is"],
    // "just call me Liping", "she's known as Dolly": a name someone goes by.
    &["call", "me"],
    &["calls", "me"],
    &["known", "as"],
];

/// Headings before a colon that introduce a person (`Re: Anna Nowak`, `Patient: ...`).
const COLON_HEADINGS: &[&str] = &[
    "re",
    "name",
    "patient",
    "regarding",
    "fao",
    "attn",
    "from",
    "client",
    "resident",
];

/// Words that address or reach a person (`Dear Anna`, `Contact Bilal on ...`).
const ADDRESSING: &[&str] = &[
    "dear",
    "hi",
    "hello",
    "cc",
    "thank",
    "thanked",
    "praise",
    "cheers",
    "congratulate",
    "congratulations",
];

/// Words that reach a person, cues only when a way to reach them follows.
const CONTACT: &[&str] = &["contact", "ring", "phone", "email", "text", "call"];

/// Nouns that make a compound with a word of [`CONTACT`] ("call bell", "phone number",
/// "text message"), some of them surnames too ("Bell", "Button"). After a determiner
/// ([`after_a_determiner`]) a word of [`CONTACT`] but "contact" (a person: "my contact
/// Sarah") is a noun, and one of these after it names a thing ("pressed the call bell at
/// 3am", "the phone number at the top"); another word after it may be a person still
/// ("the text Liping sent at midnight").
const CONTACT_COMPOUNDS: &[&str] = &[
    "bell", "bells", "button", "buttons", "buzzer", "buzzers", "number", "numbers", "line",
    "lines", "box", "centre", "center", "handler", "handlers", "back", "message", "messages",
    "address", "alarm", "card", "charger", "screen", "queue", "log", "list", "system",
];

/// Weak cues: a name often follows.
const PERSONAL: &[&[&str]] = &[
    &["thanks", "to"],
    &["thanks", "go", "to"],
    &["thanks", "goes", "to"],
    &["thanks", "must", "go", "to"],
    &["thank", "you", "to"],
    &["thank", "you"],
    &["thanks"],
    &["complained", "to"],
    &["complaint", "from"],
    &["complaint", "about"],
    &["spoke", "to"],
    &["spoke", "with"],
    &["speak", "to"],
    &["spoken", "to"],
    &["talked", "to"],
    &["seen", "by"],
    &["treated", "by"],
    &["looked", "after", "by"],
    &["cared", "for", "by"],
    &["behalf", "of"],
    &["shout", "out", "to"],
    &["shout", "out"],
    &["shoutout", "to"],
    &["shoutout"],
    // Credit and salute: "hat tip to Naning", "hats off to Precious", "kudos to Ade",
    // "long live Cading!".
    &["hat", "tip", "to"],
    &["hat", "tip"],
    &["hats", "off", "to"],
    &["kudos", "to"],
    &["long", "live"],
];

/// True when "h/t" (a hat tip, credit given to someone) stands right before token `i`:
/// "h/t Pocut for it". A slash breaks a phrase, so the two letters are read here: one
/// mark between them, not a space ("bay h t Rose ward" is no hat tip).
fn hat_tip_before(tokens: &[Token<'_>], i: usize) -> bool {
    i >= 2
        && tokens[i - 1].lower.as_str() == "t"
        && tokens[i - 2].lower.as_str() == "h"
        && tokens[i - 1].gap == Gap::Break
        && tokens[i - 1].start == tokens[i - 2].end + 1
}

/// Weak cues: a name may follow.
const WEAK: &[&[&str]] = &[
    &["from"],
    &["re"],
    &["to"],
    &["by"],
    &["with"],
    &["for"],
    &["of"],
    &["and"],
];

/// Places and desks that, after "on"/"at"/"from"/"in", mark the word before as a person
/// ("Pearl on reception", "Rebecca at PALS").
pub(crate) const POST_PLACES: &[&str] = &[
    "reception",
    "pals",
    "ward",
    "nights",
    "days",
    "duty",
    "shift",
    "switchboard",
];

fn matches_before(tokens: &[Token<'_>], end: usize, phrase: &[&str]) -> bool {
    if phrase.len() > end {
        return false;
    }
    let first = end - phrase.len();
    tokens[first..end]
        .iter()
        .zip(phrase)
        .enumerate()
        .all(|(n, (token, word))| {
            token.lower.as_str() == *word && !token.in_brackets && (n == 0 || !token.gap.is_break())
        })
}

/// True when a possessive stands before the relative at `relative`, directly or across
/// up to two describing words ("my late husband", "my 90 year old mum").
fn possessive_before(tokens: &[Token<'_>], relative: usize) -> bool {
    let mut k = relative;
    for _ in 0..4 {
        if k == 0 || tokens[k].gap.is_break() {
            return false;
        }
        k -= 1;
        if POSSESSIVES.contains(&tokens[k].lower.as_str()) {
            return true;
        }
    }
    false
}

/// True when an introduction ("I'm", "my name is"), a heading before a colon ("Re:") or
/// a word of address ("Dear", "Hi", "Thank") stands right before token `i`: cues that
/// take whatever word follows, where an everyday word ("I'm Deaf", "Re: Complaint
/// About...", "Dear Diary") is a description, a subject or a thing
/// spoken to, not a name.
pub(crate) fn introduction_or_heading_before(tokens: &[Token<'_>], i: usize) -> bool {
    if i == 0 || tokens[i - 1].in_brackets {
        return false;
    }
    let gap = tokens[i].gap;
    let before = tokens[i - 1].lower.as_str();
    (gap == Gap::Colon && COLON_HEADINGS.contains(&before))
        || (gap == Gap::Space
            && (ADDRESSING.contains(&before)
                || INTRODUCTIONS
                    .iter()
                    .any(|phrase| matches_before(tokens, i, phrase))))
}

/// Whether the found name `first..=last` is one word with no cue stronger than a weak
/// one right before it: what the rules that read a word as a thing's name ask first
/// ("the Eris variant", "fell in Tishrei"; not "Dr Strain variant").
pub(crate) fn alone_with_a_weak_cue_at_most(
    tokens: &[Token<'_>],
    first: usize,
    last: usize,
) -> bool {
    first == last && cue_before(tokens, first).is_none_or(|cue| cue <= CueStrength::Weak)
}

/// The strongest cue that ends right before token `i`, if any.
pub(crate) fn cue_before(tokens: &[Token<'_>], i: usize) -> Option<CueStrength> {
    if i == 0 {
        return None;
    }
    let gap = tokens[i].gap;
    let prev = &tokens[i - 1];
    if prev.in_brackets {
        return None;
    }
    let word = prev.lower.as_str();
    if gap == Gap::Colon && COLON_HEADINGS.contains(&word) {
        return Some(CueStrength::Title);
    }
    if gap.is_break() {
        return None;
    }
    if gap == Gap::Space && ADDRESSING.contains(&word) {
        return Some(CueStrength::Role);
    }
    if gap == Gap::Space && CONTACT.contains(&word) {
        if word != "contact"
            && after_a_determiner(tokens, i - 1)
            && CONTACT_COMPOUNDS.contains(&tokens[i].lower.as_str())
        {
            return None;
        }
        // "Contact Bilal on 07...": a person when a way to reach them follows.
        let reach_follows = tokens
            .get(i + 1)
            .is_some_and(|t| !t.gap.is_break() && matches!(t.lower.as_str(), "on" | "at" | "via"));
        return Some(if reach_follows {
            CueStrength::Role
        } else {
            CueStrength::Weak
        });
    }
    if gap == Gap::Space && TITLES.contains(&word) {
        return Some(CueStrength::Title);
    }
    if gap == Gap::Space
        && INTRODUCTIONS
            .iter()
            .any(|phrase| matches_before(tokens, i, phrase))
    {
        return Some(CueStrength::Title);
    }
    if is_owned_relative(without_greats(word)) && possessive_before(tokens, i - 1) {
        return Some(CueStrength::Role);
    }
    if ROLES.contains(&word) {
        return Some(CueStrength::Role);
    }
    if ROLES_PLURAL.contains(&word) {
        return Some(CueStrength::Personal);
    }
    if gap == Gap::Space
        && (hat_tip_before(tokens, i)
            || PERSONAL
                .iter()
                .any(|phrase| matches_before(tokens, i, phrase)))
    {
        return Some(CueStrength::Personal);
    }
    if gap == Gap::Space && WEAK.iter().any(|phrase| matches_before(tokens, i, phrase)) {
        return Some(CueStrength::Weak);
    }
    None
}

/// A cue after a word that says the word is a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PostCue {
    /// "the receptionist", ", the healthcare assistant".
    Role,
    /// "on reception", "at PALS", "on the night shift".
    Place,
}

/// The cue, if any, right after token `last`.
pub(crate) fn cue_after(tokens: &[Token<'_>], last: usize) -> Option<PostCue> {
    let next = tokens.get(last + 1)?;
    if next.gap.is_break() || next.in_brackets {
        return None;
    }
    let after = tokens.get(last + 2).filter(|t| !t.gap.is_break())?;
    let after_word = after.lower.as_str();
    match next.lower.as_str() {
        "the" | "our" | "my" | "your" if ROLES.contains(&after_word) => Some(PostCue::Role),
        // "Festime the play specialist", "Nyree our ward clerk": a small word, then the
        // head of a job of two words, a role of apposition or "specialist" (a role after
        // a word is not read: "whos the best nurse" asks a question).
        determiner
            if APPOSITION_DETERMINERS.contains(&determiner)
                && after.gap == Gap::Space
                && after.shape == Shape::Lower
                && tokens.get(last + 3).is_some_and(|head| {
                    let head_word = head.lower.as_str();
                    head.gap == Gap::Space
                        && (APPOSITION_ROLES.contains(&head_word) || head_word == "specialist")
                })
                // The head ends the job: "the cancer specialist nurses" are nurses.
                && tokens.get(last + 4).is_none_or(|next| {
                    let word = next.lower.as_str();
                    next.gap.is_break() || (!ROLES.contains(&word) && !ROLES_PLURAL.contains(&word))
                }) =>
        {
            Some(PostCue::Role)
        }
        "on" | "at" | "from" | "in" => {
            let found = if after_word == "the" {
                // "on the night shift", "on the desk": look one word further; "on the
                // admissions desk", "at the front desk": or one more past a word.
                let post = |k: usize, words: &[&str]| {
                    tokens
                        .get(k)
                        .is_some_and(|t| t.gap == Gap::Space && words.contains(&t.lower.as_str()))
                };
                post(last + 3, &["night", "day", "desk"])
                    || (post(last + 4, &["desk", "shift", "reception"])
                        && tokens
                            .get(last + 3)
                            .is_some_and(|t| t.gap == Gap::Space && t.shape == Shape::Lower))
            } else {
                POST_PLACES.contains(&after_word)
            };
            found.then_some(PostCue::Place)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn cue_for(text: &str, word: &str) -> Option<CueStrength> {
        let tokens = tokenize(text);
        let i = tokens.iter().position(|t| t.text == word).unwrap();
        cue_before(&tokens, i)
    }

    #[test]
    fn titles_and_introductions_are_strong() {
        assert_eq!(
            cue_for("Dr Patel was kind", "Patel"),
            Some(CueStrength::Title)
        );
        assert_eq!(
            cue_for("Seen by Dr. Patel", "Patel"),
            Some(CueStrength::Title)
        );
        assert_eq!(cue_for("my name is Ana", "Ana"), Some(CueStrength::Title));
        assert_eq!(cue_for("I'm Ana, and", "Ana"), Some(CueStrength::Title));
        assert_eq!(
            cue_for("She said just call me Liping and", "Liping"),
            Some(CueStrength::Title)
        );
        assert_eq!(
            cue_for("she is known as Dolly here", "Dolly"),
            Some(CueStrength::Title)
        );
        // "call" alone reaches a person only when a way to reach them follows.
        assert_eq!(
            cue_for("call Liping tomorrow", "Liping"),
            Some(CueStrength::Weak)
        );
        assert_eq!(cue_for("me Liping", "Liping"), None);
        // After a determiner the word is a noun, and a compound's second noun no name.
        assert_eq!(cue_for("pressed the call bell at 3am", "bell"), None);
        assert_eq!(cue_for("her phone Button at", "Button"), None);
        assert_eq!(
            cue_for("Thanks for the text Liping at midnight", "Liping"),
            Some(CueStrength::Role)
        );
        assert_eq!(
            cue_for("please call Bell at the office", "Bell"),
            Some(CueStrength::Role)
        );
        assert_eq!(
            cue_for("my contact Liping at the council", "Liping"),
            Some(CueStrength::Role)
        );
    }

    #[test]
    fn roles_and_relatives_allow_a_comma() {
        assert_eq!(
            cue_for("The receptionist, Katie", "Katie"),
            Some(CueStrength::Role)
        );
        assert_eq!(cue_for("my wife, Mei", "Mei"), Some(CueStrength::Role));
        assert_eq!(cue_for("Nurse Ricky", "Ricky"), Some(CueStrength::Role));
        assert_eq!(
            cue_for("bravo to the activities coordinator Soudaly, by", "Soudaly"),
            Some(CueStrength::Role)
        );
        // A generation older is a relative all the same.
        assert_eq!(
            cue_for("my great-niece Poppy", "Poppy"),
            Some(CueStrength::Role)
        );
        assert_eq!(
            cue_for("My Great-Aunty Pat", "Pat"),
            Some(CueStrength::Role)
        );
        // A relative word without a possessive is no cue ("the son of").
        assert_eq!(cue_for("a son Tom", "Tom"), None);
        assert_eq!(
            cue_for("my late husband Tom", "Tom"),
            Some(CueStrength::Role)
        );
        assert_eq!(
            cue_for("my 90 year old mum Joan", "Joan"),
            Some(CueStrength::Role)
        );
        assert_eq!(
            cue_for("Nurses Sarah and", "Sarah"),
            Some(CueStrength::Personal)
        );
    }

    #[test]
    fn credit_and_salute_are_personal_cues() {
        for (text, word) in [
            ("My thanks go to Andrew Hall (it's painted", "Andrew"),
            ("Special thanks must go to Bea on nights", "Bea"),
            ("Back on track, h/t Pocut for it.", "Pocut"),
            ("hat tip to Naning for every yard", "Naning"),
            ("Hats off to Precious on ward 3", "Precious"),
            ("kudos to Ade and the team", "Ade"),
            ("Long live Cading! She found", "Cading"),
        ] {
            assert_eq!(cue_for(text, word), Some(CueStrength::Personal), "{text}");
        }
        // Not a hat tip: other letters, or "h" and "t" apart.
        assert_eq!(cue_for("the h / t Pocut", "Pocut"), None);
        assert_eq!(cue_for("a/t Pocut", "Pocut"), None);
        assert_eq!(cue_for("bay h t Pocut ward", "Pocut"), None);
        assert_eq!(cue_for("he will live Pocut", "Pocut"), None);
    }

    #[test]
    fn weak_cues_and_no_cue() {
        assert_eq!(
            cue_for("Thanks to Hope Hudson", "Hope"),
            Some(CueStrength::Personal)
        );
        assert_eq!(
            cue_for("We went to Leeds", "Leeds"),
            Some(CueStrength::Weak)
        );
        assert_eq!(
            cue_for("Contact Bilal on 07", "Bilal"),
            Some(CueStrength::Role)
        );
        assert_eq!(
            cue_for("Regular contact Responsive", "Responsive"),
            Some(CueStrength::Weak)
        );
        assert_eq!(cue_for("It was Monday", "Monday"), None);
        assert_eq!(
            cue_for("Re: Kasia Nowak", "Kasia"),
            Some(CueStrength::Title)
        );
        assert_eq!(cue_for("Note: Kasia", "Kasia"), None);
        assert_eq!(
            cue_for("Contact Bilal on", "Bilal"),
            Some(CueStrength::Role)
        );
        // A full stop breaks any cue.
        assert_eq!(cue_for("Saw the nurse. Grace and dignity", "Grace"), None);
        // A redaction marker is no cue.
        assert_eq!(cue_for("Dr [name redacted] was", "was"), None);
    }

    #[test]
    fn cues_after_a_name() {
        let tokens = tokenize("Guy the healthcare assistant was kind");
        assert_eq!(cue_after(&tokens, 0), Some(PostCue::Role));
        let tokens = tokenize("Pearl on reception sorted it");
        assert_eq!(cue_after(&tokens, 0), Some(PostCue::Place));
        let tokens = tokenize("Scott on the night shift");
        assert_eq!(cue_after(&tokens, 0), Some(PostCue::Place));
        let tokens = tokenize("Warren on the admissions desk was kind");
        assert_eq!(cue_after(&tokens, 0), Some(PostCue::Place));
        let tokens = tokenize("Leeds on the Friday shift");
        assert_eq!(cue_after(&tokens, 0), None);
        let tokens = tokenize("Waited on the trolley");
        assert_eq!(cue_after(&tokens, 0), None);
        let tokens = tokenize("Grace and dignity");
        assert_eq!(cue_after(&tokens, 0), None);
    }

    #[test]
    fn a_job_of_two_words_after_the_is_a_role_after() {
        let tokens = tokenize("from Festime the play specialist to my daughter");
        assert_eq!(cue_after(&tokens, 1), Some(PostCue::Role));
        let tokens = tokenize("Nyree our ward clerk rang");
        assert_eq!(cue_after(&tokens, 0), Some(PostCue::Role));
        // A thing's words after "the" are no role.
        let tokens = tokenize("Dexcom the new monitor was great");
        assert_eq!(cue_after(&tokens, 0), None);
        let tokens = tokenize("Festime the Play specialist");
        assert_eq!(cue_after(&tokens, 0), None);
        let tokens = tokenize("Macmillan the cancer specialist nurses came");
        assert_eq!(cue_after(&tokens, 0), None);
        let tokens = tokenize("Festime the play specialist. Nurses were great");
        assert_eq!(cue_after(&tokens, 0), Some(PostCue::Role));
        let tokens = tokenize("riddle whos the best nurse on ward 4");
        assert_eq!(cue_after(&tokens, 1), None);
    }

    #[test]
    fn elders_in_other_languages_are_on_no_name_list_and_the_others_are() {
        // Every name list, the measuring rounds' training lists included.
        let names = super::super::lexicon::every_listed_name();
        let listed: Vec<&str> = ELDERS_IN_OTHER_LANGUAGES
            .iter()
            .copied()
            .filter(|w| names.contains(*w))
            .collect();
        assert!(listed.is_empty(), "listed as names: {listed:?}");
        let unlisted: Vec<&str> = OWNED_ELDERS_NAMED_TOO
            .iter()
            .copied()
            .filter(|w| !names.contains(*w))
            .collect();
        assert!(unlisted.is_empty(), "on no name list: {unlisted:?}");
    }

    #[test]
    fn an_elder_in_another_language_after_a_possessive_is_a_relative() {
        let tokens = tokenize("my nani Gurpreet came");
        assert_eq!(cue_before(&tokens, 2), Some(CueStrength::Role));
        assert!(is_relative("mamgu"));
        assert!(!is_relative("nani"));
        assert!(is_owned_relative("nani"));
        assert!(!is_owned_relative("lola"));
    }
}
