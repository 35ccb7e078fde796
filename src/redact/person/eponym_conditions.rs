//! Eponymous conditions and manoeuvres the tagger reads as people: "Tourette's tics",
//! "Bell's palsy", "Heimlich manoeuvre", "Guillain-Barré took weeks to diagnose".
//!
//! Two closed lists must agree before a word is read as a condition: the word is a
//! medical eponym ([`EPONYMS`], names of physicians kept as the names of diseases), and
//! the word right after it (past a possessive) is a noun of a disease, syndrome or
//! procedure ([`CONDITION_NOUNS`]). A surname alone ("spoke with Hashimoto", "Could
//! Murphy sign the forms") or before any other word ("Wilson test results") is never
//! read so; nor is a person's name before a condition noun ("Sarah's palsy got worse":
//! Sarah is no eponym). A hyphenated pair of eponyms ("Guillain-Barré",
//! "Creutzfeldt-Jakob") names a condition wherever it stands: no person is called so.
//! A few eponyms read before nouns of their own ("Kussmaul breathing", "Mobitz type II",
//! [`OWN_NOUNS`]; a person of one of those rare names "breathing down my neck" is read
//! so too, knowingly), and two hyphenated pairs of surnames name a sign or a cell
//! ("Reed-Sternberg cells"). Structures, findings and signs are read so too, the name in
//! the possessive before its noun ("Descemet's membrane", "Battle's sign"; a listed
//! given name is left there: "Sarah's ligament") or after "the pouch of" and the like
//! ("the ligament of Treitz", [`names_a_structure_or_sign`]); any word but a given name
//! is, after a noun of anatomy and "of" ("the foramen of Monro"). An eponym alone is never a condition here ("the ECG showed
//! Wenckebach": "Wenckebach, the charge nurse" is written the same way). The caller keeps the name when a title, role or relative vouches for a person ("Dr
//! Bell's palsy clinic", "Mr Parkinson's disease").

use super::cues::{cue_after, cue_before, CueStrength};
use super::lexicon::WordFacts;
use super::name_word_position::person_verb_after;
use super::tagger::features::possessive_after;
use super::tokens::{joined_at, lower_at, Gap, Token};
use super::vetoes::NOT_OWNED;

/// Physicians' names that name conditions, signs or procedures, in lower case, and the few
/// places that name a disease the same way ("Lyme disease", "Lassa fever"). Words that
/// are also common given names are left out (the given-name rules stand).
const EPONYMS: &[&str] = &[
    "addison",
    "alcock",
    "alzheimer",
    "alzheimers",
    "amyand",
    "angelman",
    "asperger",
    "aspergers",
    "auerbach",
    "babinski",
    "barr",
    "barre",
    "barré",
    "bartholin",
    "becker",
    "behcet",
    "behçet",
    "bell",
    "biot",
    "bruch",
    "brudzinski",
    "calot",
    "charcot",
    "chvostek",
    "colles",
    "courvoisier",
    "cowper",
    "creutzfeldt",
    "crohn",
    "crohns",
    "cushing",
    "danlos",
    "denonvilliers",
    "descemet",
    "disse",
    "dorello",
    "down",
    "downs",
    "duchenne",
    "dupuytren",
    "ehlers",
    "epstein",
    "fallot",
    "gerota",
    "gimbernat",
    "glisson",
    "graves",
    "guillain",
    "guyon",
    "hartmann",
    "hashimoto",
    "hasner",
    "hassall",
    "heberden",
    "heimlich",
    "heister",
    "henle",
    "hesselbach",
    "hirschsprung",
    "hodgkin",
    "hodgkins",
    "huntington",
    "huntingtons",
    "jakob",
    "kaposi",
    "kawasaki",
    "kernig",
    "kiesselbach",
    "klinefelter",
    "koebner",
    "korotkoff",
    "korsakoff",
    "kupffer",
    "kussmaul",
    "köbner",
    "langerhans",
    "lassa",
    "lewy",
    "leydig",
    "lhermitte",
    "littre",
    "luschka",
    "lyme",
    "magendie",
    "marfan",
    "meckel",
    "meibom",
    "meissner",
    "meniere",
    "menière",
    "merkel",
    "mobitz",
    "morison",
    "munchausen",
    "nikolsky",
    "nuck",
    "oddi",
    "osgood",
    "osler",
    "pacini",
    "paget",
    "paneth",
    "parkinson",
    "parkinsons",
    "perthes",
    "peyer",
    "phalen",
    "poupart",
    "prader",
    "prussak",
    "purkinje",
    "rathke",
    "raynaud",
    "raynauds",
    "reinke",
    "rett",
    "retzius",
    "romberg",
    "rovsing",
    "ruffini",
    "sachs",
    "santorini",
    "scarpa",
    "schlatter",
    "schlemm",
    "schmorl",
    "sertoli",
    "sibson",
    "sjogren",
    "sjögren",
    "skene",
    "stensen",
    "sylvius",
    "tay",
    "tenon",
    "tinel",
    "tourette",
    "tourettes",
    "traube",
    "treitz",
    "trousseau",
    "uhthoff",
    "vater",
    "vieussens",
    "virchow",
    "waldeyer",
    "weil",
    "wenckebach",
    "wernicke",
    "whipple",
    "willi",
    "wirsung",
    "zeis",
    "zenker",
    "zuckerkandl",
];

/// Nouns of a disease, syndrome, structure or procedure that follow an eponym ("palsy",
/// "syndrome", "manoeuvre", "membrane"), read only after a listed eponym (rare names
/// of physicians, no common given name). Not "test", "results", "clinic" or "sign": a
/// person's name stands before those as often ("Wilson test results", "Could Murphy
/// sign").
const CONDITION_NOUNS: &[&str] = &[
    "disease",
    "diseases",
    "syndrome",
    "palsy",
    "tics",
    "tic",
    "fracture",
    "manoeuvre",
    "maneuver",
    "procedure",
    "sarcoma",
    "lymphoma",
    "cyst",
    "contracture",
    "phenomenon",
    "thyroiditis",
    "encephalopathy",
    "dystrophy",
    "chorea",
    "dementia",
    "disorder",
    "hernia",
    "fever",
];

/// Structures, findings and cells named after who described them ("Descemet's
/// membrane", "Schmorl's nodes", "Lewy bodies", "Virchow's node"), read like
/// [`CONDITION_NOUNS`] but only after an eponym no surname list holds: several are
/// everyday nouns a person's surname owns as often ("Paget's duct tape", "Tay's cells").
const STRUCTURE_NOUNS: &[&str] = &[
    "node",
    "nodes",
    "nodules",
    "membrane",
    "membranes",
    "pouch",
    "ligament",
    "ligaments",
    "bodies",
    "triad",
    "canal",
    "duct",
    "ducts",
    "diverticulum",
    "reflex",
    "cells",
    "rings",
    "islets",
    "glands",
    "gland",
    "valve",
    "valves",
    "space",
    "capsule",
    "triangle",
    "tubercles",
    "patches",
    "bundle",
    "ganglion",
    "fossa",
];

/// Nouns of anatomy that a physician's name stands after "of" far more often than a
/// patient's ("the foramen of Monro", "the plexus of Auerbach"): a word there that is no
/// listed given name is the physician's ("the plexus of Chidinma" stays a person).
/// Before them, as before the other structure nouns, only a listed eponym no name list
/// holds is read ("Gerota's fascia"): a rare surname owns a fascia as often ("Amadi's
/// fascia", "Wojcik's fascia needed another look"). Not "ganglion", "fossa" or
/// "sphincter" for any word after "of": patients have ganglion cysts, a sore iliac fossa
/// and sphincter repairs.
const ANATOMY_ONLY_NOUNS: &[&str] = &[
    "fascia",
    "fasciae",
    "plexus",
    "plexuses",
    "aqueduct",
    "foramen",
    "foramina",
    "corpuscle",
    "corpuscles",
    "ampulla",
];

/// Nouns read after an eponym only in the possessive: "Kernig's sign", "Babinski's sign".
/// Without it the word is a verb as often ("Could Murphy sign the forms").
const NOUNS_AFTER_A_POSSESSIVE: &[&str] = &["sign", "signs"];

/// Structures named "the X of" a physician ("the pouch of Douglas", "the ligament of
/// Treitz", "the islets of Langerhans"): the nouns before "of", none of them an everyday
/// noun a group of people is ("a circle of Willis, Joan and Mo", "the loop of Sachs,
/// the charge nurse").
const STRUCTURES_BEFORE_OF: &[&str] = &[
    "sphincter",
    "pouch",
    "ligament",
    "islets",
    "crypts",
    "tetralogy",
    "duct",
    "ducts",
    "canal",
    "valve",
    "valves",
    "space",
    "gland",
    "glands",
    "triangle",
];

/// Given names a structure is named after, with the noun before "of" that makes them the
/// structure: only there, as the names are common ("Douglas was my nurse").
const GIVEN_NAMES_OF_STRUCTURES: &[(&str, &str)] =
    &[("pouch", "douglas"), ("gland", "moll"), ("glands", "moll")];

/// A noun and the word after it that make the noun an everyday thing a person owns or
/// does, not the structure or sign: "Tinel's sign said clinic closed", "Bruch's
/// membrane sweep" (a midwife's), "Paget's duct tape", "Meckel's pouch of sweets".
const EVERYDAY_READINGS: &[(&str, &str)] = &[
    ("sign", "said"),
    ("sign", "says"),
    ("sign", "read"),
    ("sign", "reads"),
    ("membrane", "sweep"),
    ("membrane", "sweeps"),
    ("duct", "tape"),
    ("pouch", "of"),
];

/// Surnames read as a sign or finding only in the possessive before their own nouns
/// ("Battle's sign", "Bouchard's nodes"): surnames people bear, so never before any
/// other noun ("Battle's cells" stays a person's). Not "Murphy": so common a surname
/// that "Murphy's sign said closed" is a person's shop as often as the sign is a
/// surgeon's.
const POSSESSIVE_EPONYMS: &[(&str, &[&str])] = &[
    ("battle", &["sign"]),
    ("bouchard", &["nodes", "node"]),
    ("brunner", &["glands", "gland"]),
    ("houston", &["valves", "valve"]),
    ("alcock", &["canal"]),
    ("buck", &["fascia"]),
];

/// Eponyms read before nouns of their own, which other eponyms' names stand before as a
/// person's ("Bell breathing down my neck"): breathing named after who described it
/// ("Kussmaul breathing", "Biot's respiration") and the types of heart block ("Mobitz
/// type II", "mobitz 2").
const OWN_NOUNS: &[(&str, &[&str])] = &[
    ("biot", &["breathing", "respiration", "respirations"]),
    ("kussmaul", &["breathing", "respiration", "respirations"]),
    ("mobitz", &["type", "i", "ii", "1", "2", "block"]),
    ("heinz", &["bodies"]),
    // Deformities, injuries, lesions and ulcers named after who described them, read only
    // before their own nouns: "Becker's injury", "Barr's ulcer" are a person's.
    ("madelung", &["deformity"]),
    ("haglund", &["deformity", "syndrome"]),
    ("sprengel", &["shoulder", "deformity"]),
    (
        "lisfranc",
        &["injury", "injuries", "fracture", "joint", "ligament"],
    ),
    ("chopart", &["joint", "fracture", "amputation"]),
    ("bankart", &["lesion", "repair", "tear"]),
    ("monteggia", &["fracture"]),
    ("galeazzi", &["fracture"]),
    ("frykman", &["fracture"]),
    ("marjolin", &["ulcer"]),
    ("meleney", &["ulcer", "gangrene"]),
    ("kienbock", &["disease"]),
    ("kienböck", &["disease"]),
    ("scheuermann", &["disease", "kyphosis"]),
];

/// Words after a condition's possessive that it cannot own ("with Addison's after years",
/// "Crohn's is hard"), besides the conjunctions and prepositions of [`NOT_OWNED`].
const NOT_OWNED_AFTER_A_CONDITION: &[&str] = &[
    "after", "before", "until", "during", "over", "is", "was", "has", "had",
];

/// Whether the found name `first..=last` is one listed eponym in the possessive with
/// nothing it could own after it ("diagnosed with Addison's after years", "living with
/// Crohn's is hard", "my Raynaud's."), and no cue stronger than "to" / "with" before
/// it: the condition, not a person, whoever found it. "Dr Addison's clinic", "Addison's
/// mum" are left.
pub(crate) fn condition_owning_nothing(
    text: &str,
    tokens: &[Token<'_>],
    first: usize,
    last: usize,
) -> bool {
    first == last
        && is_eponym(tokens[first].lower.as_str())
        && possessive_after(text, tokens[first].end)
        && cue_before(tokens, first).is_none_or(|c| c <= CueStrength::Weak)
        && tokens.get(first + 1).is_none_or(|next| {
            next.gap != Gap::Space
                || NOT_OWNED.contains(&next.lower.as_str())
                || NOT_OWNED_AFTER_A_CONDITION.contains(&next.lower.as_str())
        })
}

/// Whether `lower` (a lower-cased word) is a listed medical eponym.
pub(crate) fn is_eponym(lower: &str) -> bool {
    EPONYMS.contains(&lower)
}

/// Hyphenated pairs of physicians' names that name a sign or cell, either name of which
/// alone is a surname people bear ("Reed", "Stokes"): read as the pair only, so "Reed-
/// Stokes", a double-barrelled surname, stays a person's.
const PAIRS_OF_SURNAMES: &[&str] = &[
    "reed-sternberg",
    "cheyne-stokes",
    "howell-jolly",
    "kayser-fleischer",
];

/// Whether `lower` is a hyphenated pair of listed eponyms ("guillain-barré") or one of
/// [`PAIRS_OF_SURNAMES`] ("reed-sternberg").
pub(crate) fn is_eponym_pair(lower: &str) -> bool {
    let mut parts = lower.split('-');
    let count = lower.split('-').count();
    (count >= 2 && parts.all(is_eponym)) || PAIRS_OF_SURNAMES.contains(&lower)
}

/// Whether `between` (the text between an eponym and the next word) is only a
/// possessive and spaces ("'s ", "' ", " ").
pub(crate) fn only_possessive_between(between: &str) -> bool {
    let rest = between
        .strip_prefix("'s")
        .or_else(|| between.strip_prefix("\u{2019}s"))
        .or_else(|| between.strip_prefix('\''))
        .or_else(|| between.strip_prefix('\u{2019}'))
        .unwrap_or(between);
    !rest.is_empty() && rest.chars().all(|c| c == ' ' || c == '\t')
}

/// Whether the words `words` (lower-cased, one found name) followed by `next` (the
/// next word, lower-cased, after `between`) read as an eponymous condition: every
/// word an eponym and the next a condition noun, one word before a noun of its own
/// ([`OWN_NOUNS`]: "Kussmaul breathing", "Heinz bodies"), or one hyphenated pair of
/// eponyms.
pub(crate) fn reads_as_condition(words: &[&str], between: &str, next: Option<&str>) -> bool {
    if words.is_empty() {
        return false;
    }
    if words.len() == 1 && is_eponym_pair(words[0]) {
        return true;
    }
    let own_noun = words.len() == 1
        && next.is_some_and(|n| {
            OWN_NOUNS
                .iter()
                .any(|(eponym, nouns)| *eponym == words[0] && nouns.contains(&n))
        });
    let all_eponyms = words.iter().all(|w| is_eponym(w) || is_eponym_pair(w));
    // An eponym of its own nouns may be no eponym of the list ("Heinz bodies": Heinz is
    // a given name too, read only before its nouns).
    only_possessive_between(between)
        && (own_noun || (all_eponyms && next.is_some_and(|n| CONDITION_NOUNS.contains(&n))))
}

/// Physicians' names kept as the names of spots seen on the skin or in the mouth
/// ("Koplik spots", "Fordyce spots", "Brushfield spots"): read only before "spots", and
/// only where "spots" is no verb (see [`named_spots_or_blood_group`]). "Morgan" only
/// after "de" ("Campbell de Morgan spots"): alone it is a common given name.
const SPOT_EPONYMS: &[&str] = &["koplik", "fordyce", "brushfield"];

/// Blood groups named after the patients they were found in ("Duffy negative", "Kell
/// antibodies"), read only before an antibody or antigen, or "negative" / "positive"
/// after a verb of being ("Dad is Duffy negative"): "Duffy positive attitude" is a
/// person's.
const BLOOD_GROUPS: &[&str] = &["duffy", "kell", "kidd"];

/// Words after "spots" that make it the noun ("Koplik spots inside his mouth", "Fordyce
/// spots on my lip", "Koplik spots were found") rather than the verb ("Kidd spots
/// problems", "Fordyce spots the signs").
const AFTER_SPOTS_THE_NOUN: &[&str] = &[
    "in", "inside", "on", "around", "under", "over", "at", "near", "of", "were", "are", "was",
    "is", "had", "have", "appeared",
];

/// Verbs of being before a blood group's "negative" or "positive": "is Duffy negative".
const BEING: &[&str] = &[
    "is", "was", "are", "were", "am", "be", "being", "been", "as",
];

/// Whether the one-token found name `i` names spots or a blood group
/// ([`SPOT_EPONYMS`], [`BLOOD_GROUPS`]) by the words around it: "Koplik spots inside my
/// brother's mouth", "red dots are Campbell de Morgan spots", "Dad is Duffy negative",
/// "Kell antibodies". A person of the same name doing something is left: "Fordyce
/// spots the little things", "Duffy positive attitude", "Kell's positive attitude".
fn named_spots_or_blood_group(tokens: &[Token<'_>], i: usize) -> bool {
    let word = tokens[i].lower.as_str();
    if !joined_at(tokens, i + 1) {
        return false;
    }
    let next = lower_at(tokens, i + 1);
    let spot_eponym = SPOT_EPONYMS.contains(&word)
        || (word == "morgan"
            && joined_at(tokens, i)
            && lower_at(tokens, i.wrapping_sub(1)) == "de");
    if spot_eponym && next == "spots" {
        return tokens.get(i + 2).is_none_or(|after| {
            after.gap != Gap::Space || AFTER_SPOTS_THE_NOUN.contains(&after.lower.as_str())
        });
    }
    if !BLOOD_GROUPS.contains(&word) {
        return false;
    }
    let antibodies = matches!(next, "antibody" | "antibodies" | "antigen" | "antigens");
    let being_before = joined_at(tokens, i) && BEING.contains(&lower_at(tokens, i.wrapping_sub(1)));
    antibodies || (being_before && matches!(next, "negative" | "positive"))
}

/// Whether the found name `first..=last`, whoever found it, is one word naming spots or
/// a blood group ([`named_spots_or_blood_group`]) with no cue stronger than "to" /
/// "with" before it: a listed given name ("Campbell de Morgan spots", found by the name
/// rules) as much as a word the tagger found. "Nurse Duffy is positive" keeps the name.
pub(crate) fn spots_or_blood_group_found(tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    first == last
        && named_spots_or_blood_group(tokens, first)
        && cue_before(tokens, first).is_none_or(|c| c <= CueStrength::Weak)
}

/// Whether the found name `first..=last`, whoever found it, is one word naming a
/// structure, sign or finding after the physician who described it, with no cue
/// stronger than "to" / "with" before it:
/// - a listed eponym in the possessive before a condition noun or "sign" ("Kernig's
///   sign"), a listed eponym no surname list holds before a structure noun, possessive
///   or not ("Descemet's membrane", "Lewy bodies"; not "Paget's duct tape"), or a
///   surname before its own nouns ([`POSSESSIVE_EPONYMS`]: "Battle's sign", "Bouchard's
///   nodes"). Any other
///   surname is left ("Okafor's sign said closed", "Patel's membrane sweep"): a
///   surname no list of eponyms holds is a person's there as often;
/// - a listed eponym no surname list holds before a noun of anatomy
///   ([`ANATOMY_ONLY_NOUNS`]: "Gerota's fascia", "Auerbach plexus");
/// - before such a noun without the possessive, as [`reads_as_condition`] reads it
///   ("Lewy bodies", "Heinz bodies", "Howell-Jolly bodies");
/// - after a structure's noun and "of" ("the ligament of Treitz", "the pouch of
///   Douglas"), where the word is a listed eponym no surname list holds or listed with
///   that noun ([`GIVEN_NAMES_OF_STRUCTURES`]), or any word but a listed given name after
///   a noun of anatomy ("the foramen of Monro"), and nothing after it makes it one of
///   several, an owner or a person ("the pouch of Douglas and Jane", "the pouch of
///   Douglas's friends", "the pouch of Douglas was there", "…, the charge nurse").
///
/// "Nurse Murphy's sign", "Dr Bruch's membrane clinic" keep the name, and so does
/// "Smith's sign-off" (a hyphenated word is one token, no noun of the list).
pub(crate) fn names_a_structure_or_sign(
    text: &str,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    first: usize,
    last: usize,
) -> bool {
    // A find that took the noun of anatomy with it ("gerota's fascia") is the name and
    // its noun.
    let takes_its_noun = last == first + 1 && ANATOMY_ONLY_NOUNS.contains(&lower_at(tokens, last));
    if (first != last && !takes_its_noun)
        || cue_before(tokens, first).is_some_and(|c| c > CueStrength::Weak)
    {
        return false;
    }
    let word = tokens[first].lower.as_str();
    // A noun of anatomy is nobody's name, wherever it was found ("through gerota's
    // fascia", the two words found one by one).
    if first == last && ANATOMY_ONLY_NOUNS.contains(&word) {
        return true;
    }
    let eponym = is_eponym(word) || is_eponym_pair(word);
    // A listed eponym no surname list holds ("Descemet", "Treitz"; not "Paget", "Bell").
    let rare_eponym = is_eponym(word) && !facts[first].any_name();
    let next = tokens.get(first + 1).filter(|n| {
        text.get(tokens[first].end..n.start)
            .is_some_and(only_possessive_between)
    });
    if let Some(next) = next {
        let noun = next.lower.as_str();
        let after_noun = lower_at(tokens, first + 2);
        if joined_at(tokens, first + 2) && EVERYDAY_READINGS.contains(&(noun, after_noun)) {
            return false;
        }
        // A sign read only in the possessive; a structure with or without it; a
        // condition noun or a noun of its own as the tagger's veto reads them.
        let sign = possessive_after(text, tokens[first].end)
            && ((eponym && NOUNS_AFTER_A_POSSESSIVE.contains(&noun))
                || POSSESSIVE_EPONYMS
                    .iter()
                    .any(|(name, nouns)| *name == word && nouns.contains(&noun)));
        let anatomy = ANATOMY_ONLY_NOUNS.contains(&noun);
        let structure = rare_eponym && (anatomy || STRUCTURE_NOUNS.contains(&noun));
        let between = text.get(tokens[first].end..next.start).unwrap_or("");
        if sign || structure || reads_as_condition(&[word], between, Some(noun)) {
            return true;
        }
    }
    // Nothing after the name that makes it one of several people ("the pouch of
    // Douglas and Jane"), an owner, or a person doing something or named by a role ("the
    // pouch of Douglas was there", "…, the charge nurse").
    let listed_with_others =
        joined_at(tokens, first + 1) && matches!(lower_at(tokens, first + 1), "and" | "or" | "&");
    let alone = !(possessive_after(text, tokens[first].end)
        || listed_with_others
        || person_verb_after(tokens, first)
        || cue_after(tokens, first).is_some());
    first >= 2
        && alone
        && joined_at(tokens, first)
        && joined_at(tokens, first - 1)
        && lower_at(tokens, first - 1) == "of"
        && {
            let structure = lower_at(tokens, first - 2);
            let given_name = facts[first].first || facts[first].word_name;
            (ANATOMY_ONLY_NOUNS.contains(&structure) && !given_name)
                || (STRUCTURES_BEFORE_OF.contains(&structure)
                    && (rare_eponym || GIVEN_NAMES_OF_STRUCTURES.contains(&(structure, word))))
        }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn released(text: &str, i: usize) -> bool {
        let tokens = tokenize(text);
        condition_owning_nothing(text, &tokens, i, i)
    }

    #[test]
    fn a_condition_owning_nothing_is_released() {
        assert!(released(
            "Diagnosed with Addison's after years of tests.",
            2
        ));
        assert!(released("Living with Crohn's is hard.", 2));
        assert!(released("Nobody knew about my Raynaud's.", 4));
    }

    #[test]
    fn a_person_or_a_possessive_that_owns_stays() {
        assert!(!released("Dr Addison's clinic was quick.", 1));
        assert!(!released("Thanks to Addison's mum.", 2));
        assert!(!released("Addison's team were great.", 0));
        assert!(!released("Thanks to Sarah's team.", 2));
        assert!(!released("Thanks to Addison.", 2));
    }

    #[test]
    fn an_eponym_before_a_condition_noun_is_a_condition() {
        assert!(reads_as_condition(&["tourette"], "'s ", Some("tics")));
        assert!(reads_as_condition(&["bell"], "\u{2019}s ", Some("palsy")));
        assert!(reads_as_condition(&["heimlich"], " ", Some("manoeuvre")));
        assert!(reads_as_condition(&["graves"], "' ", Some("disease")));
        assert!(reads_as_condition(&["guillain-barré"], " ", Some("took")));
        assert!(reads_as_condition(&["creutzfeldt-jakob"], "", None));
        assert!(reads_as_condition(&["amyand"], "'s ", Some("hernia")));
        // Places that name a disease the same way.
        assert!(reads_as_condition(&["lyme"], " ", Some("disease")));
        assert!(reads_as_condition(&["lassa"], " ", Some("fever")));
        assert!(reads_as_condition(&["weil"], "'s ", Some("disease")));
        assert!(!reads_as_condition(&["lyme"], " ", Some("said")));
        assert!(reads_as_condition(&["kussmaul"], " ", Some("breathing")));
        assert!(reads_as_condition(&["biot"], "'s ", Some("respiration")));
        assert!(reads_as_condition(&["mobitz"], " ", Some("type")));
        assert!(reads_as_condition(&["mobitz"], " ", Some("2")));
        assert!(reads_as_condition(&["reed-sternberg"], " ", Some("cells")));
        assert!(reads_as_condition(&["wenckebach"], " ", Some("phenomenon")));
        assert!(reads_as_condition(&["madelung"], "'s ", Some("deformity")));
        assert!(reads_as_condition(&["lisfranc"], " ", Some("injury")));
        assert!(reads_as_condition(&["sprengel"], "'s ", Some("shoulder")));
        // Before another noun, or another eponym (a surname too) before these nouns, a
        // person's.
        assert!(!reads_as_condition(&["marjolin"], "'s ", Some("injury")));
        assert!(!reads_as_condition(&["becker"], "'s ", Some("injury")));
        assert!(!reads_as_condition(&["barr"], "'s ", Some("ulcer")));
        assert!(!reads_as_condition(&["addison"], "'s ", Some("lesion")));
        assert!(!reads_as_condition(&["sarah"], "'s ", Some("deformity")));
    }

    fn spots_or_blood_group(text: &str, i: usize) -> bool {
        named_spots_or_blood_group(&tokenize(text), i)
    }

    #[test]
    fn named_spots_and_blood_groups_are_no_people() {
        assert!(spots_or_blood_group(
            "He spotted Koplik spots inside his mouth.",
            2
        ));
        assert!(spots_or_blood_group("I have Fordyce spots on my lip.", 2));
        assert!(spots_or_blood_group(
            "The dots are Campbell de Morgan spots, she said.",
            5
        ));
        assert!(spots_or_blood_group(
            "She said Dad is Duffy negative and fine.",
            4
        ));
        assert!(spots_or_blood_group("They found Kell antibodies.", 2));
        // People of the same names, doing or being something.
        assert!(!spots_or_blood_group("Fordyce spots the little things.", 0));
        assert!(!spots_or_blood_group("Kidd spots problems early.", 0));
        assert!(!spots_or_blood_group(
            "Duffy positive attitude lifted us.",
            0
        ));
        assert!(!spots_or_blood_group("Kell spots when we struggle.", 0));
        assert!(!spots_or_blood_group("Ask Morgan spots are fine.", 1));
        assert!(!spots_or_blood_group("Duffy, negative as ever.", 0));
    }

    #[test]
    fn a_title_before_named_spots_keeps_the_person() {
        let found = |text: &str, i: usize| spots_or_blood_group_found(&tokenize(text), i, i);
        assert!(found("The dots are Campbell de Morgan spots.", 5));
        assert!(!found("Ask Dr Fordyce spots on the lip.", 2));
        assert!(!spots_or_blood_group_found(
            &tokenize("Campbell de Morgan spots."),
            0,
            2
        ));
    }

    #[test]
    fn a_surname_or_a_person_before_other_words_is_not() {
        // A surname with no condition noun after it.
        assert!(!reads_as_condition(&["hashimoto"], " ", Some("about")));
        assert!(!reads_as_condition(&["bell"], " ", Some("explained")));
        // A breathing or heart-block noun after another eponym: a person's.
        assert!(!reads_as_condition(&["bell"], " ", Some("breathing")));
        assert!(!reads_as_condition(&["paget"], " ", Some("type")));
        assert!(!reads_as_condition(&["kussmaul"], ", ", Some("breathing")));
        assert!(!reads_as_condition(&["wenckebach"], " ", Some("was")));
        assert!(!reads_as_condition(&["wenckebach"], ", ", Some("the")));
        assert!(!reads_as_condition(&["wenckebach"], "", None));
        // A medical noun a person's name also stands before.
        assert!(!reads_as_condition(&["wilson"], " ", Some("test")));
        assert!(!reads_as_condition(&["murphy"], " ", Some("sign")));
        // A person's name before a condition noun: not an eponym.
        assert!(!reads_as_condition(&["sarah"], "'s ", Some("palsy")));
        // A comma or a full stop between: the noun is not the eponym's.
        assert!(!reads_as_condition(&["bell"], ", ", Some("disease")));
        assert!(!reads_as_condition(&["bell"], ". ", Some("disease")));
        // A double-barrelled surname of names, not of eponyms.
        assert!(!reads_as_condition(&["lloyd-jones"], " ", Some("took")));
        assert!(!reads_as_condition(&["bell-smith"], " ", Some("took")));
        assert!(!reads_as_condition(&["reed-stokes"], " ", Some("was")));
        assert!(!reads_as_condition(&[], " ", Some("disease")));
    }

    fn structure(text: &str, word: &str) -> bool {
        super::super::lexicon::rule_holds_of_word(text, word, |tokens, facts, i| {
            names_a_structure_or_sign(text, tokens, facts, i, i)
        })
    }

    #[test]
    fn a_structure_or_sign_named_after_a_physician_is_no_person() {
        // In the possessive before a structure, a finding or "sign".
        assert!(structure(
            "The graft replaces Descemet's membrane.",
            "Descemet"
        ));
        assert!(structure("The X-ray says Bouchard's nodes.", "Bouchard"));
        assert!(structure(
            "She checked for Battle's sign after the fall.",
            "Battle"
        ));
        assert!(structure("A cyst left over from Rathke's pouch.", "Rathke"));
        // Without the possessive, a listed eponym or pair before its noun.
        assert!(structure("His visions were down to Lewy bodies.", "Lewy"));
        assert!(structure("The letter mentions Heinz bodies.", "Heinz"));
        assert!(structure(
            "The film showed Howell-Jolly bodies.",
            "Howell-Jolly"
        ));
        // After a structure's noun and "of".
        assert!(structure("It went past the ligament of Treitz.", "Treitz"));
        assert!(structure(
            "It was in the pouch of Douglas, she said.",
            "Douglas"
        ));
        // A listed eponym before a noun of anatomy; any word but a given name after it
        // and "of", listed or not.
        assert!(structure("Held in by Buck's fascia, it said.", "Buck"));
        assert!(structure("Not through Gerota's fascia.", "Gerota"));
        assert!(structure(
            "It slipped through the foramen of Winslow.",
            "Winslow"
        ));
        assert!(structure("blocked at the foramen of monro, and", "monro"));
        // Listed eponyms before everyday structure nouns, and their own nouns.
        assert!(structure("The nerve is trapped in Guyon's canal.", "Guyon"));
        assert!(structure("He tapped over Traube's space.", "Traube"));
        assert!(structure("a blocked skene's gland", "skene"));
        assert!(structure("a stone in the duct of Wirsung, and", "Wirsung"));
        assert!(structure("the space of Retzius after it", "Retzius"));
        assert!(structure("a blocked gland of Moll for the lump", "Moll"));
        assert!(structure("The biopsy showed Brunner's glands.", "Brunner"));
        assert!(structure("It mentions Houston's valves.", "Houston"));
        assert!(structure("tracking through Alcock's canal", "Alcock"));
        // A find that took the noun with it.
        let text = "not broken through gerota's fascia, which";
        let tokens = tokenize(text);
        let facts = super::super::lexicon::NameLexicon::new().facts_of(&tokens);
        assert!(names_a_structure_or_sign(text, &tokens, &facts, 3, 4));
        assert!(names_a_structure_or_sign(text, &tokens, &facts, 4, 4));
    }

    #[test]
    fn a_person_before_the_same_nouns_is_left() {
        // A listed given name owning a body part, a title before, a noun of its own.
        assert!(!structure("Sarah's ligament was torn.", "Sarah"));
        assert!(!structure("Nurse Murphy's sign was on the door.", "Murphy"));
        assert!(!structure("Could Murphy sign the forms?", "Murphy"));
        assert!(!structure("Smith's sign-off took ages.", "Smith"));
        // A surname no list of eponyms holds, or a common one before another noun.
        assert!(!structure("Okafor's sign said closed.", "Okafor"));
        assert!(!structure("Patel's membrane sweep was painless.", "Patel"));
        assert!(!structure("Murphy's fracture was missed.", "Murphy"));
        assert!(!structure("Murphy's sign said closed.", "Murphy"));
        assert!(!structure("the node of Okafor was swollen", "Okafor"));
        assert!(!structure(
            "My circle of Willis and Jane kept me going.",
            "Willis"
        ));
        assert!(!structure("a loop of Treitz's friends came by", "Treitz"));
        assert!(!structure("Heinz was my nurse.", "Heinz"));
        // A given name after "of" before any other structure, or no structure at all.
        assert!(!structure(
            "the circle of Douglas and his friends",
            "Douglas"
        ));
        assert!(!structure("A friend of Treitz came.", "Treitz"));
        // A person before an everyday noun that a physician's structure shares.
        assert!(!structure("Give Sarah's space a tidy.", "Sarah"));
        assert!(!structure("Zanele's glands were up.", "Zanele"));
        assert!(!structure("the space of Zanele and me", "Zanele"));
        assert!(!structure("Houston's car park was full.", "Houston"));
        // A title before a noun of anatomy still vouches; a word no list of eponyms holds
        // before one is a person's.
        assert!(!structure(
            "The nerves of Zorbek plexus were fine.",
            "Zorbek"
        ));
        assert!(!structure("Dr Nwosu looked at Amadi's fascia.", "Amadi"));
        assert!(!structure("Dr Buck's fascia clinic ran late.", "Buck"));
        // A patient's part: a given name, or a word of injury or care after the noun.
        assert!(!structure("Leanne's fascia tear is healing.", "Leanne"));
        assert!(!structure(
            "Okoro's plexus injury rehab was great.",
            "Okoro"
        ));
        assert!(!structure("Jones fascia clinic was running late.", "Jones"));
        assert!(!structure("Priya's ganglion was removed quickly.", "Priya"));
        assert!(!structure(
            "Oliver's sphincter repair was delayed.",
            "Oliver"
        ));
        assert!(!structure(
            "The space of Winslow's ward was small.",
            "Winslow"
        ));
        assert!(!structure("Wojcik's fascia needed another look.", "Wojcik"));
        assert!(!structure("the plexus of Chidinma was injured", "Chidinma"));
    }
}
