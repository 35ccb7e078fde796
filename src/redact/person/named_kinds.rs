//! Words that name a kind of thing, not a person, though capitalised as a name is: a
//! language ("Written in Tigrinya", "a Sorani interpreter"), a star sign ("our
//! Capricorn baby"), a local nickname ("my Brummie accent", "a proper Geordie"), a
//! method, aid or test named after the person who made it ("Bobath therapy", "in
//! Braille", "Gillick competent", "the Heimlich manoeuvre"), a word of kinship or
//! respect written like a name ("Akiiki akka", "told Appa").
//!
//! A nickname, a method or a kinship word is read as the thing when no list of given
//! names or surnames holds it; any of these words, and a star sign or a language always
//! (people are named Virgo, Gemini and Dari), only when the words around it say the kind
//! (a star sign heading a horoscope's line, "Gemini: you will..."): a language after
//! "in" / "speaks" / "translated from", or a language no name list holds between "is" or
//! "was" and "for" ("which she says is Twi for well done"), any of them before a noun a
//! person's name does not stand before ("accent", "therapy", "competent", "baby",
//! "interpreter"). A title, a relative or a role right before the word keeps it a name
//! ("Nurse Geordie", "my son Leo").
//!
//! A method's or test's maker, written before a noun of method ("the Fraser
//! guidelines", "Apgar score", "Epley manoeuvre"), is read the same way whatever the
//! word: a person's name does not stand right before "guidelines" or "manoeuvre".

use std::collections::HashSet;
use std::sync::OnceLock;

use super::cues::{cue_before, CueStrength};
use super::lexicon::WordFacts;
use super::tokens::{Gap, Token};

/// Star signs that no given-name list holds as a plain name ("Leo" is left out).
const STAR_SIGNS: &[&str] = &[
    "aries",
    "taurus",
    "gemini",
    "virgo",
    "libra",
    "scorpio",
    "sagittarius",
    "capricorn",
    "aquarius",
    "pisces",
];

/// Nicknames for the people of a British or Irish place or region.
const LOCAL_NICKNAMES: &[&str] = &[
    "geordie",
    "geordies",
    "scouser",
    "scousers",
    "scouse",
    "brummie",
    "brummies",
    "mancunian",
    "mancunians",
    "cockney",
    "cockneys",
    "glaswegian",
    "glaswegians",
    "weegie",
    "liverpudlian",
    "liverpudlians",
    "londoner",
    "londoners",
    "yorkshireman",
    "yorkshirewoman",
    "janner",
    "janners",
    "mackem",
    "mackems",
    "sassenach",
    "dubliner",
    "dubliners",
    "cornishman",
];

/// Words of kinship and respect from South Asian languages, written after or instead of a
/// name as "aunty" and "nan" are ("Akiiki akka on the night shift", "told Appa"); those a
/// given-name list holds ("Anna", "Mama") are left, and so are words people are also
/// named ("Amma", "Didi", "Nani", "Dadi": round 1 has a Didi; "Ajja", round 75's).
const KINSHIP_WORDS: &[&str] = &[
    "akka",
    "appa",
    "thambi",
    "thangachi",
    "chechi",
    "chetta",
    "chettan",
    "bhaiya",
    "bhaiyya",
    "ammi",
    "abbu",
    "ammiji",
    "abbuji",
    "mausi",
    "chacha",
    "chachi",
    "mamu",
    "mamaji",
    "bibiji",
    "paati",
    "thatha",
    "ajji",
];

/// Methods, aids, devices and tests named after their makers, as patients and carers
/// write them. A word here that no name list holds is read as the method even alone, so
/// makers' names that people are also given are left out ("Hanen", "Brandt").
const EPONYMOUS_METHODS: &[&str] = &[
    "bobath",
    "braille",
    "pilates",
    "montessori",
    "makaton",
    "feldenkrais",
    "heimlich",
    "epley",
    "kegel",
    "kegels",
    "valsalva",
    "zimmer",
    "apgar",
    "gillick",
    "bolam",
    "caldicott",
    "waterlow",
    "glasgow",
    "barthel",
    "semont",
    "nordic",
    "alexander",
    "mckenzie",
    "mulligan",
    "maitland",
    "kaltenborn",
    "schroth",
    "ponseti",
    "buteyko",
    "daroff",
    "jeffcoate",
    "lamaze",
    "bowen",
];

/// Nouns a person's name does not stand right before, but a method's, a test's, a
/// language's or a nickname's does ("Bobath therapy", "Gillick competent", "Geordie
/// accent", "Sorani interpreter").
const KIND_NOUNS: &[&str] = &[
    "accent",
    "accents",
    "dialect",
    "humour",
    "banter",
    "therapy",
    "therapies",
    "treatment",
    "treatments",
    "technique",
    "techniques",
    "method",
    "syllabus",
    "exams",
    "approach",
    "concept",
    "exercises",
    "classes",
    "manoeuvre",
    "manoeuvres",
    "maneuver",
    "competent",
    "competence",
    "competency",
    "guidelines",
    "guideline",
    "criteria",
    "principle",
    "principles",
    "ruling",
    "judgment",
    "judgement",
    "test",
    "score",
    "scale",
    "frame",
    "nursery",
    "interpreter",
    "interpreters",
    "interpreting",
    "translator",
    "translation",
    "speaker",
    "speakers",
    "speaking",
    "version",
    "leaflet",
    "leaflets",
    "signs",
    "sign",
    "baby",
];

/// The nouns of [`KIND_NOUNS`] that only a method or a test stands before, so that any
/// word right before them is its maker's name, not a person ("the Semont manoeuvre").
const METHOD_NOUNS: &[&str] = &[
    "manoeuvre",
    "manoeuvres",
    "maneuver",
    "competent",
    "competence",
    "competency",
    "guidelines",
    "guideline",
    "criteria",
    "principle",
    "ruling",
    "technique",
    "syllabus",
    "exams",
];

/// Words before a language that say it is one ("written in", "speaks"); "from" only
/// after "translated", and "plain", "simple" or "broken" only after "in" ("in plain
/// English", not "keep it simple Shona told us"; see [`language_said_before`]).
const LANGUAGE_BEFORE: &[&str] = &[
    "in",
    "speak",
    "speaks",
    "spoke",
    "speaking",
    "spoken",
    "into",
    "fluent",
    "understand",
    "understands",
];

/// Whether the words right before token `i` say a language follows: one of
/// [`LANGUAGE_BEFORE`], or "translated from".
fn language_said_before(tokens: &[Token<'_>], i: usize) -> bool {
    let word = |k: usize| tokens[k].lower.as_str();
    let joined = |k: usize| tokens[k].gap == Gap::Space;
    let after = |k: usize, before: &str| k > 0 && joined(k) && word(k - 1) == before;
    i > 0
        && joined(i)
        && (LANGUAGE_BEFORE.contains(&word(i - 1))
            || (word(i - 1) == "from" && after(i - 1, "translated"))
            || (["plain", "simple", "broken"].contains(&word(i - 1)) && after(i - 1, "in")))
}

/// Whether token `i`, a language, says what a word means in it: "is" or "was" before, "for"
/// after ("which she says is Twi for well done"). Read only of a language no name list
/// holds: "the midwife was Shona for the whole of my labour".
fn a_word_of_the_language(tokens: &[Token<'_>], i: usize) -> bool {
    i > 0
        && tokens[i].gap == Gap::Space
        && ["is", "was"].contains(&tokens[i - 1].lower.as_str())
        && tokens
            .get(i + 1)
            .is_some_and(|next| next.gap == Gap::Space && next.lower.as_str() == "for")
}

/// The languages of `lexicons/pii/languages.txt`, lower case.
fn languages() -> &'static HashSet<String> {
    static LANGUAGES: OnceLock<HashSet<String>> = OnceLock::new();
    LANGUAGES.get_or_init(|| {
        crate::redact::lexicon::entries(crate::redact::lexicon::LANGUAGES)
            .into_iter()
            .map(|language| language.to_lowercase())
            .collect()
    })
}

/// Whether the found name `first..=last` is a kind of thing (see the module doc): one
/// word, with no title, relative or role right before it.
pub(crate) fn names_a_kind(
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    first: usize,
    last: usize,
) -> bool {
    if first != last || cue_before(tokens, first).is_some_and(|c| c >= CueStrength::Role) {
        return false;
    }
    let word = tokens[first].lower.as_str();
    // A horoscope's heading: "Gemini: you will meet someone kind".
    if STAR_SIGNS.contains(&word)
        && tokens[first].sentence_start
        && tokens
            .get(first + 1)
            .is_some_and(|next| next.gap == Gap::Colon)
    {
        return true;
    }
    let noun_after = tokens
        .get(first + 1)
        .is_some_and(|next| next.gap == Gap::Space && KIND_NOUNS.contains(&next.lower.as_str()));
    if noun_after && !KIND_NOUNS.contains(&word) {
        let kind = STAR_SIGNS.contains(&word)
            || LOCAL_NICKNAMES.contains(&word)
            || EPONYMOUS_METHODS.contains(&word)
            || languages().contains(word);
        // A maker's name before a noun of method or test, whatever the word.
        let of_method = METHOD_NOUNS.contains(&tokens[first + 1].lower.as_str());
        if kind || of_method {
            return true;
        }
    }
    let listed_name = facts[first].first || facts[first].surname || facts[first].word_name;
    if languages().contains(word) {
        return language_said_before(tokens, first)
            || (!listed_name && a_word_of_the_language(tokens, first));
    }
    !listed_name
        && (LOCAL_NICKNAMES.contains(&word)
            || EPONYMOUS_METHODS.contains(&word)
            || KINSHIP_WORDS.contains(&word))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::person::tokens::tokenize;

    /// Whether the word `word` of `text`, taken as a found name, names a kind; `listed`
    /// marks it as held by a given-name list.
    fn kind(text: &str, word: &str, listed: bool) -> bool {
        let tokens = tokenize(text);
        let i = tokens.iter().position(|t| t.text == word).unwrap();
        let mut facts = vec![WordFacts::default(); tokens.len()];
        facts[i].first = listed;
        names_a_kind(&tokens, &facts, i, i)
    }

    #[test]
    fn languages_signs_nicknames_and_methods_are_kinds() {
        assert!(kind(
            "Written in Tigrinya, put into English by my son",
            "Tigrinya",
            false
        ));
        assert!(kind(
            "we asked for a Sorani interpreter twice",
            "Sorani",
            false
        ));
        assert!(kind(
            "Our Capricorn baby arrived on New Year's Day",
            "Capricorn",
            false
        ));
        assert!(kind(
            "My Brummie accent made the triage call hard",
            "Brummie",
            false
        ));
        assert!(kind(
            "She does Bobath therapy twice a week",
            "Bobath",
            false
        ));
        assert!(kind(
            "My daughter is 14 and Gillick competent",
            "Gillick",
            false
        ));
        assert!(kind("signs in Braille on every door", "Braille", false));
        assert!(kind(
            "the McKenzie treatment sorted my back",
            "McKenzie",
            true
        ));
        assert!(kind("I paid for the Bowen treatment", "Bowen", true));
        assert!(kind(
            "the nurse explained it to Appa in Tamil",
            "Appa",
            false
        ));
        assert!(kind("Akiiki akka on nights was kind", "akka", false));
        // A listed given name only where the words say the kind.
        assert!(kind(
            "a lovely Geordie accent on the phone",
            "Geordie",
            true
        ));
        assert!(kind("she only speaks Tamil at home", "Tamil", true));
        assert!(kind(
            "she explained the scan in plain english and drew us a picture",
            "english",
            true
        ));
        assert!(kind("he answered in broken English", "English", true));
        // What a word means in the language.
        assert!(kind(
            "a cheerful greeting, which she says is Twi for well done",
            "Twi",
            false
        ));
        assert!(kind("Shukran was Arabic for thank you", "Arabic", false));
        assert!(!kind(
            "The midwife on shift was Shona for the whole of my labour.",
            "Shona",
            true
        ));
        assert!(!kind("the nurse is Twi, for sure", "Twi", false));
        assert!(!kind("thanks to Twi for the care", "Twi", false));
        // A maker's name before a noun of method, whatever the word.
        assert!(kind("they taught us the Semont manoeuvre", "Semont", false));
    }

    #[test]
    fn method_nouns_are_kind_nouns() {
        assert!(METHOD_NOUNS.iter().all(|noun| KIND_NOUNS.contains(noun)));
    }

    #[test]
    fn people_stay_people() {
        // A listed name with nothing that says the kind.
        assert!(!kind("Geordie on the ward was brilliant", "Geordie", true));
        assert!(!kind("Tamil looked after my dad", "Tamil", true));
        // A title, relative or role before the word keeps it a name.
        assert!(!kind("Nurse Capricorn was kind", "Capricorn", false));
        assert!(!kind("my son Gemini has autism", "Gemini", false));
        // A star sign heading a horoscope is the sign; a name heading a line is not.
        assert!(kind(
            "Ward news. Gemini: you will meet someone kind",
            "Gemini",
            true
        ));
        assert!(kind(
            "scorpio: do not argue with the machine",
            "scorpio",
            true
        ));
        assert!(!kind("Thanks to Gemini: she was kind", "Gemini", true));
        assert!(!kind("Sarah: you were kind", "Sarah", true));
        // An unlisted word that is none of the kinds.
        assert!(!kind("Beyene came every hour", "Beyene", false));
        // Nouns of method after a name that is no kind: a person's test, not a method's.
        assert!(!kind("Mekurya test results came back", "Mekurya", false));
        // Star signs and languages are given names too: only their kind's words count.
        assert!(!kind(
            "Virgo kept me calm during the procedure",
            "Virgo",
            false
        ));
        assert!(!kind("tell dari she's a legend", "dari", false));
        assert!(!kind("a card from Dari and the team", "Dari", false));
        assert!(kind("translated from Dari by my son", "Dari", false));
        // A kinship word a given-name list holds is a name.
        assert!(!kind("Chacha on the ward was kind", "Chacha", true));
        // Words people are also named stay names.
        assert!(!kind("Didi kept me calm", "Didi", false));
        assert!(!kind("Amma on nights was kind", "Amma", false));
        assert!(!kind("Ajja brought her own cup from home", "Ajja", true));
        assert!(!kind("keep it simple Shona told us", "Shona", true));
        assert!(!kind(
            "nothing was broken Welsh the physio said",
            "Welsh",
            true
        ));
    }
}
