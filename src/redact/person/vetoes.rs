//! Names the learned tagger finds that read as places, organisations or plain words.
//!
//! The tagger scores a capitalised word on the words around it, but a surname or given
//! name that heads a service ("the Okafor Centre", "Jubilee Ward"), follows a saint's or
//! royal prefix ("St Bede's", "Royal Derby"), or is a listed town after a preposition of
//! place ("transferred to Otley") names a place, not a person. The rules already leave
//! such runs (`looks_like_place` in [`super`]); this applies the strictest of those
//! tests to what the tagger alone finds, so the rules' precision carries over to it.
//!
//! A word right after an article ("u r a star", "the Diamond rings") is used as a word,
//! and a relative ("my nan") is a cue, not a name: both are left too.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::after_an_article::owner_of_what_the_article_counts;
use super::corpus_counts::{counts, WordCounts, EVERYDAY_MIN};
use super::cues::{
    cue_after, cue_before, CueStrength, POSSESSIVES, RELATIVES, ROLES, ROLES_PLURAL, TITLES,
};
use super::eponym_conditions::{is_eponym, reads_as_condition};
use super::exclamations::{exclaims_no_name, is_oath, is_thanked_oath};
use super::festivals::{
    is_festival_named_like_people, is_time_preposition, is_time_word_after, is_unnamed_festival,
};
use super::interjections::{is_interjection, is_laughter, is_texting_spelling};
use super::joined_words::{reads_as_joined_organisation, PartFacts};
use super::kinship_word::owned_relative;
use super::lexicon::{NameLexicon, WordFacts};
use super::medicines::{has_medicine_stem, is_medicine_form};
use super::misspelling::misspelt_everyday_word;
use super::name_likeness::{name_likeness, spelt_unlike_a_name};
use super::noun_words::is_mostly_a_noun;
use super::place_nouns::ends_a_place;
use super::sayings::is_a_saying;
use super::tagger::features::possessive_after;
use super::texting::{negative_contraction, pronoun_i_contraction, texting_form_of_a_word};
use super::tokens::{listed_together, Gap, Shape, Token};
use super::unknown_capitalised::{in_a_persons_place, owns_what_a_person_has};
use super::{LAND_WORDS, LAND_WORDS_NAMELIKE, PARTICLES, WATER_WORDS};

/// Given names that are also verbs of wishing or modals
/// ([`super::kinship_title::VERB_NAMES`] less "sue" and "mark", which before "you" or
/// "we" call someone far more often: "Sue you were the best").
const VERBS_BEFORE_A_SUBJECT: &[&str] = &["hope", "will", "may", "can", "trust", "wish"];

/// Nouns for people and their groups that may follow a name written small ("grace
/// staff nurse", "summer team leader", "joy lady on reception"): after a given name they
/// say "a person", whatever WordNet reads them as.
const PEOPLE_NOUNS: &[&str] = &[
    "staff",
    "team",
    "lady",
    "man",
    "woman",
    "lad",
    "girl",
    "boy",
    "guy",
    "chap",
    "leader",
    "manager",
    "worker",
    "assistant",
    "student",
    "volunteer",
    "officer",
    "person",
];

/// Pronouns a verb of wishing or a modal governs, as texting writes them too ("hope ive
/// got it right", "will u ring"): after such a given name they make it the verb.
const SUBJECTS_AFTER_A_VERB: &[&str] = &[
    "i",
    "i've",
    "ive",
    "i'm",
    "im",
    "i'd",
    "you",
    "u",
    "we",
    "we've",
    "they",
    "he",
    "she",
    "it",
    "everyone",
    "everybody",
    "all",
];

/// Fewest letters a capitalised word of a cased comment needs for its spelling alone to
/// say it is no name: three letters make too few character n-grams to weigh ("Ify"
/// reads like the ending "-ify"; "Ife", "Abi"), and a short capitalised word in no list
/// is a name far more often than a word. Words in small letters are weighed at any length.
const MIN_LETTERS_TO_SPELL_UNLIKE_A_NAME: usize = 4;

/// Words for a surgery or service whose name people give in brackets after them: "my
/// GP (Gillbrook)", "the pharmacy (Lloyds)".
const PRACTICE_WORDS: &[&str] = &[
    "gp", "gps", "surgery", "practice", "pharmacy", "chemist", "hospital", "clinic", "hospice",
];

/// Capitalised words that make a run they end, or follow, a service or building
/// whatever opens it ("Arnold Lodge", "the Okafor Centre"). Close to the rules'
/// `PLACE_WORDS` but not the same list: it adds General and Memorial and leaves out
/// words after which the tagger's own finds are often people or streets (Health,
/// School, Church, Station, University, Lounge; streets are in [`HEADS_NAMELIKE`]).
/// The fourth round's never-tuned figures were measured with exactly these lists.
const HEADS: &[&str] = &[
    "hospital",
    "hospitals",
    "clinic",
    "unit",
    "centre",
    "center",
    "building",
    "wing",
    "house",
    "lodge",
    "surgery",
    "practice",
    "hospice",
    "infirmary",
    "trust",
    "suite",
    "department",
    "pharmacy",
    "institute",
    "foundation",
    "medical",
    "general",
    "memorial",
    "services",
    "arena",
    "stadium",
];

/// Place words that are also common surnames (`Edward Lane`, `Amber Hall`): they make a
/// run a place only when no listed given name opens it (`Jubilee Ward`).
const HEADS_NAMELIKE: &[&str] = &[
    "ward", "hall", "court", "road", "street", "avenue", "lane", "bridge",
];

/// Service words that make the run they follow a place even in small letters ("Elgar
/// ward", "the Jenner unit"): those of [`HEADS`] that rarely follow a person's name as a
/// word of their own ("Zanele house" is rare, "Zanele clinic" is not a sentence). `ward`
/// joins them after a word no given-name list holds.
const SMALL_HEADS: &[&str] = &[
    "hospital",
    "clinic",
    "unit",
    "centre",
    "center",
    "wing",
    "surgery",
    "hospice",
    "infirmary",
    "suite",
    "services",
    "station",
    "lodge",
];

/// Words of a landmark that a town's name goes before ("Edinburgh Castle", "Durham
/// Cathedral").
const LANDMARK_HEADS: &[&str] = &[
    "castle",
    "abbey",
    "cathedral",
    "palace",
    "priory",
    "minster",
    "pier",
    "tower",
];

/// Words right before a run that make it a place (`St Bede's`, `Royal Derby`, `Queen
/// Elizabeth`, `Princess Alexandra`: hospitals named after royals; `Loch Morar`, `Mount
/// Snowdon`, `River Tees`: water and hills, whose words are no one's given name).
const PREFIXES: &[&str] = &[
    "st", "saint", "royal", "queen", "king", "prince", "princess", "loch", "lough", "lake",
    "river", "mount", "isle",
];

/// Short forms before a prison's name ("HMP Styal", "HMYOI Polmont"), in capitals or
/// not.
const PRISON_PREFIXES: &[&str] = &["hmp", "hmyoi", "hmpyoi", "hmip"];

/// The [`PREFIXES`] of water that make a place of the find after them in a comment
/// without capitals too ("camped by loch katrine", "lough neagh"): not "mount" ("mount
/// jack on the trolley") nor "lake" ("by the lake olivia the district nurse comes").
const SMALL_LETTER_PREFIXES: &[&str] = &["loch", "lough"];

/// Words of thanks or praise that "go to" a person: "Special thanks go to X", "credit
/// goes to X", "my gratitude goes to X", "a shout out goes to X".
const DEDICATIONS: &[&str] = &[
    "thanks",
    "thank",
    "credit",
    "credits",
    "praise",
    "gratitude",
    "appreciation",
    "kudos",
    "love",
    "shout",
    "shoutout",
    "mention",
    "compliments",
    "respect",
    "tribute",
    "medal",
    "award",
    "prize",
    "star",
    "plaudits",
    "hugs",
    "props",
];

/// Most words between a word of thanks and its verb of going ("Special thanks in the end
/// credits of my life go to").
const DEDICATION_REACH: usize = 10;

/// Whether a word of thanks stands before the verb of going at `verb`, in the same
/// sentence and at most [`DEDICATION_REACH`] words back: the thanks go to a person.
fn thanks_going_to(tokens: &[Token<'_>], verb: usize) -> bool {
    let mut k = verb;
    while k > 0 && verb - k < DEDICATION_REACH && !tokens[k].gap.is_break() {
        k -= 1;
        if DEDICATIONS.contains(&tokens[k].lower.as_str()) {
            return true;
        }
    }
    false
}

/// Prepositions of place before a listed town (`to Otley`, `at Keighley`).
const PLACE_PREPOSITIONS: &[&str] = &[
    "at", "to", "from", "in", "near", "into", "towards", "around", "outside", "via",
];

/// Prepositions before a country or a state ([`Context::names_a_country`]): those of
/// place, but "to", "through" and "of", which a person follows as often ("handed over to
/// Nevada", "got through to Chile", "the care of Maine and her team").
const COUNTRY_PREPOSITIONS: &[&str] = &[
    "at",
    "from",
    "in",
    "near",
    "into",
    "towards",
    "around",
    "outside",
    "via",
    "on",
    "off",
    "across",
    "throughout",
];

/// Prepositions after a verb of going ([`Context::after_a_journey`]).
const JOURNEY_PREPOSITIONS: &[&str] = &["to", "from", "at", "into"];

/// Verbs of going, taking and being sent or treated somewhere: the word after them and a
/// preposition of place is a place ("transferred to X", "scanned at X").
const JOURNEY_VERBS: &[&str] = &[
    "transferred",
    "transfer",
    "moved",
    "move",
    "referred",
    "refer",
    "sent",
    "send",
    "taken",
    "take",
    "took",
    "driven",
    "drive",
    "drove",
    "went",
    "go",
    "going",
    "gone",
    "travelled",
    "travel",
    "travelling",
    "admitted",
    "discharged",
    "rushed",
    "diverted",
    "redirected",
    "conveyed",
    "blue-lighted",
    "ambulanced",
    "scanned",
    "operated",
    "treated",
    "born",
    "based",
    "located",
    "relocated",
    "transported",
    "walked",
    "walk",
    "ferried",
    "shipped",
    "returned",
    "return",
];

/// The entries of a place lexicon, lower case, curly apostrophes straight: the form
/// [`Context::words_in_small_letters`] looks them up in.
fn place_set(lexicon: &str) -> HashSet<String> {
    crate::redact::lexicon::entries(lexicon)
        .into_iter()
        .map(|place| place.replace('\u{2019}', "'"))
        .collect()
}

/// The towns of `lexicons/pii/towns.txt` ([`place_set`]).
pub(crate) fn towns() -> &'static HashSet<String> {
    static TOWNS: OnceLock<HashSet<String>> = OnceLock::new();
    TOWNS.get_or_init(|| place_set(crate::redact::lexicon::TOWNS))
}

/// The places of `lexicons/pii/places_gb.txt` ([`place_set`]).
pub(crate) fn gb_places() -> &'static HashSet<String> {
    static PLACES: OnceLock<HashSet<String>> = OnceLock::new();
    PLACES.get_or_init(|| place_set(crate::redact::lexicon::GB_PLACES))
}

/// The countries and states of `lexicons/pii/countries_and_states.txt` ([`place_set`]).
pub(crate) fn countries() -> &'static HashSet<String> {
    static COUNTRIES: OnceLock<HashSet<String>> = OnceLock::new();
    COUNTRIES.get_or_init(|| place_set(crate::redact::lexicon::COUNTRIES_AND_STATES))
}

/// The first word of every country of [`countries`]: a found name opening with another word
/// is no country, and costs one look-up.
fn country_first_words() -> &'static HashSet<String> {
    static WORDS: OnceLock<HashSet<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        countries()
            .iter()
            .filter_map(|country| country.split_whitespace().next())
            .map(str::to_owned)
            .collect()
    })
}

/// Whether `lower` (a word or words in small letters) is a town or a place of Great
/// Britain: what the rules that take an unknown capitalised word as a name leave.
pub(crate) fn town_or_place(lower: &str) -> bool {
    towns().contains(lower) || gb_places().contains(lower)
}

/// Words of thanks or address that a name follows, one word at most between
/// ([`Context::addressed`]).
pub(crate) const ADDRESS_WORDS: &[&str] = &[
    "thanks", "thank", "thx", "ta", "cheers", "love", "luv", "tell", "hi", "hiya", "hey",
    "shoutout", "dear", "thankyou", "thanku", "thanx",
];

/// Titles written short: after one, even a word spelt like a verb is a surname.
const ABBREVIATED_TITLES: &[&str] = &["dr", "mr", "mrs", "ms", "mx", "prof", "rev", "revd"];

/// Articles: a name does not follow one directly ("a star", "an angel", "the Diamond").
const ARTICLES: &[&str] = &["a", "an", "the", "some", "every", "each", "another"];

/// Verbs and auxiliaries that follow a possessive used as a noun of its own: "Huntington's
/// runs in the family", "Sainsbury's was shut" (a disease, a shop), where a person's
/// possessive is followed by what is theirs ("Priya's phone"). No past participle: after
/// a name, "'s" may be "has" or "is" ("Sjoerd's got a lovely way", "Okonkwo's had my
/// back"), so "got", "had", "made", "run", "meant" there are a person's doing.
const VERBS_AFTER_A_THING: &[&str] = &[
    "is", "was", "has", "runs", "ran", "are", "were", "does", "did", "can", "could", "will",
    "would", "gets", "means", "makes", "affects", "flared", "isn't", "wasn't",
];

/// Small words after a possessive that are no thing owned: "my Raynaud's and my…", "my
/// Addison's too" ([`Context::possessive_used_as_a_noun`]).
pub(crate) const NOT_OWNED: &[&str] = &[
    "and", "or", "but", "too", "as", "so", "then", "now", "again", "still", "that", "which", "to",
    "for", "with", "of", "in", "at", "on", "by", "from", "since", "because", "if", "when", "while",
];

/// Whether a found name listed beside a word ("X and Zanele") vouches for it: not when
/// asking whether that found name stands on its own, so two words that would each be
/// dropped alone cannot vouch for each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lists {
    /// A name listed beside the word vouches for it.
    Vouch,
    /// Names listed beside the word are not looked at.
    Ignore,
}

/// Verbs of handling a thing, whose object after a possessive is a thing
/// ([`Context::thing_handled_after_a_possessive`]), in their everyday forms.
const HANDLING_VERBS: &[&str] = &[
    "aim",
    "aimed",
    "aiming",
    "assembled",
    "assembling",
    "charge",
    "charged",
    "charges",
    "charging",
    "cocked",
    "dismantle",
    "dismantled",
    "dismantling",
    "emptied",
    "emptying",
    "fire",
    "fired",
    "fires",
    "firing",
    "fix",
    "fixed",
    "fixes",
    "fixing",
    "grease",
    "greased",
    "greasing",
    "holstered",
    "inflate",
    "inflated",
    "inflating",
    "lace",
    "laced",
    "lacing",
    "launch",
    "launched",
    "launching",
    "mend",
    "mended",
    "mending",
    "moor",
    "moored",
    "mooring",
    "oil",
    "oiled",
    "oiling",
    "paddle",
    "paddled",
    "paddles",
    "paddling",
    "pawn",
    "pawned",
    "pedal",
    "pedaling",
    "pedalled",
    "pedalling",
    "plug",
    "plugged",
    "plugging",
    "polish",
    "polished",
    "polishing",
    "pump",
    "pumped",
    "pumping",
    "recharge",
    "recharged",
    "recharging",
    "refill",
    "refilled",
    "refilling",
    "refuel",
    "refuelled",
    "refuelling",
    "reload",
    "reloaded",
    "reloading",
    "repair",
    "repaired",
    "repairing",
    "repairs",
    "sail",
    "sailed",
    "sailing",
    "sell",
    "selling",
    "service",
    "serviced",
    "servicing",
    "sharpen",
    "sharpened",
    "sharpening",
    "sold",
    "swing",
    "swinging",
    "swings",
    "switch",
    "switched",
    "switching",
    "swung",
    "tow",
    "towed",
    "towing",
    "tune",
    "tuned",
    "tuning",
    "unplug",
    "unplugged",
    "unplugging",
    "waterproofed",
    "wax",
    "waxed",
    "waxing",
    "wear",
    "wearing",
    "wears",
    "wore",
    "worn",
];

/// Particles between a verb of handling and the possessive ("switch on my").
const PARTICLES_AFTER_A_VERB: &[&str] = &["on", "off", "up", "in", "out", "down"];

/// One comment's tokens and their lexicon facts, as the vetoes read them.
pub(crate) struct Context<'t, 'a> {
    /// The comment.
    pub text: &'a str,
    /// Its tokens.
    pub tokens: &'t [Token<'a>],
    /// What the lexicons say about each token.
    pub facts: &'t [WordFacts],
    /// The name lexicons (to look up a word's everyday forms).
    pub lexicon: &'t NameLexicon,
    /// Whether the comment gives capitals no weight (none, or nothing but).
    pub caseless: bool,
    /// Whether each token is in a name the rules found.
    pub in_rule_name: &'t [bool],
    /// The tagger's finds (before vetoes), as sorted inclusive token ranges.
    pub tagger_spans: &'t [(usize, usize)],
}

impl Context<'_, '_> {
    /// Whether the tokens `first..=last`, found by the tagger alone, are not a person's
    /// name: a place ([`Self::reads_as_place`]) or a word ([`Self::reads_as_word`]).
    pub(crate) fn vetoed(&self, first: usize, last: usize) -> bool {
        self.vetoed_with(first, last, Lists::Vouch)
    }

    /// [`Self::vetoed`], with or without a found name listed beside a word vouching for it.
    fn vetoed_with(&self, first: usize, last: usize, lists: Lists) -> bool {
        self.reads_as_word(first, last)
            || self.reads_as_place(first, last)
            || self.written_as_word_in_real_comments(first, last)
            || self.reads_as_medicine_or_misspelling(first, last)
            || self.listed_as_word(first, last, lists)
            || self.lone_and_spelt_unlike_a_name(first, last, lists)
            || self.texting_spelling(first, last, lists)
            || self.negative_contraction_spelling(first, last)
            || self.pronoun_contraction_going_on(first, last)
            || self.whole_comment_of_one_word(first, last)
            || self.small_word_in_a_cased_comment(first, last)
            || self.possessive_used_as_a_noun(first, last)
            || self.measure_of_a_thing(first)
            || self.thing_handled_after_a_possessive(first, last)
            || self.hyphenated_everyday_words(first, last, lists)
            || self.eponymous_condition(first, last, lists)
            || self.lone_interjection(first, last, lists)
            || self.said_in_another_language(first, last)
            || self.verb_name_before_a_subject(first, last)
            || self.word_name_in_a_caseless_compound(first, last)
            || self.festival(first, last, lists)
            || self.joined_organisation(first, last)
            || self.oath(first, last, lists)
            || self.lone_surname_word_in_small_letters(first, last, lists)
            || self.proper_adjective(first, last, lists)
            || self.abbreviation_after_an_ampersand(first, last)
    }

    /// A lone given name that is also a verb of wishing or a modal
    /// ([`VERBS_BEFORE_A_SUBJECT`]: "hope", "will", "may") opening a sentence or a bracket,
    /// or right after a found name, before a pronoun it governs, with no title or role
    /// before it: "hope ive got the spelling right", "(hope i've got it right)", "Hope you
    /// are all well", "will you ring me". Inside a clause, after a comma or a dash, it is
    /// someone spoken to or of ("thank you mark you made it", "Honestly, Hope you saved
    /// us", "thanks to Sue everyone felt at ease"), and "Nurse Hope you could see was
    /// tired" keeps the name too.
    pub(crate) fn verb_name_before_a_subject(&self, first: usize, last: usize) -> bool {
        let tokens = self.tokens;
        first == last
            && VERBS_BEFORE_A_SUBJECT.contains(&tokens[first].lower.as_str())
            && (tokens[first].sentence_start
                || self.after_an_opening_bracket(first)
                || self.right_after_a_found_name(first))
            && tokens.get(first + 1).is_some_and(|next| {
                next.gap == Gap::Space && SUBJECTS_AFTER_A_VERB.contains(&next.lower.as_str())
            })
            && cue_before(tokens, first).is_none_or(|c| c < CueStrength::Role)
    }

    /// A lone given name that is also an everyday word ("grace", "summer", "charity"),
    /// opening a sentence of a comment without capitals right before a word read mostly
    /// as a noun ([`is_mostly_a_noun`]), on no name list and no cue ("grace period for
    /// parking", "summer heat made it hard", "charity shop volunteers"): a compound, not a
    /// person. A listed surname ("grace mason"), a role ("faith nurse") or a word of
    /// thanks after it keeps the person.
    fn word_name_in_a_caseless_compound(&self, first: usize, last: usize) -> bool {
        let tokens = self.tokens;
        let person_word = |word: &str| {
            ROLES.contains(&word)
                || TITLES.contains(&word)
                || RELATIVES.contains(&word)
                || PEOPLE_NOUNS.contains(&word)
        };
        // "grace staff nurse", "summer night shift nurse": a role in the words after,
        // read last (the cheap tests stop nearly every find first).
        let role_follows = || {
            (first + 1..=first + 3)
                .filter_map(|k| tokens.get(k))
                .any(|t| person_word(t.lower.as_str()))
        };
        first == last
            && self.caseless
            && tokens[first].sentence_start
            && self.facts[first].english
            && tokens.get(first + 1).is_some_and(|next| {
                let word = next.lower.as_str();
                next.gap == Gap::Space
                    && !self.facts[first + 1].any_name()
                    && !matches!(word, "thanks" | "thank" | "thankyou")
                    && is_mostly_a_noun(word)
            })
            && !role_follows()
    }

    /// Whether an opening bracket stands right before token `i`: "(hope i've got it right)".
    fn after_an_opening_bracket(&self, i: usize) -> bool {
        let before = i.checked_sub(1).map_or(0, |k| self.tokens[k].end);
        self.text[before..self.tokens[i].start]
            .trim_end()
            .ends_with(['(', '['])
    }

    /// Whether the word before token `i` is in a name the rules or the tagger found (the
    /// tagger's may run on over `i`): "the nurse was chanae korstad hope ive got it
    /// right" ("hope" then opens a clause).
    fn right_after_a_found_name(&self, i: usize) -> bool {
        i > 0
            && (self.in_rule_name[i - 1]
                || self
                    .tagger_spans
                    .iter()
                    .any(|&(first, last)| first < i && i - 1 <= last))
    }

    /// A lone word joined by "&" with no space to one or two capitals before it: the
    /// end of a short form ("U&Es normal", "A&E", "B&Q"), not a name.
    fn abbreviation_after_an_ampersand(&self, first: usize, last: usize) -> bool {
        first == last
            && first > 0
            && self.text[self.tokens[first - 1].end..self.tokens[first].start] == *"&"
            && (1..=2).contains(&self.tokens[first - 1].text.len())
            && self.tokens[first - 1]
                .text
                .bytes()
                .all(|b| b.is_ascii_uppercase())
    }

    /// A lone adjective made from a proper noun ("the ward's Edwardian windows", "my
    /// son's Eustachian tube", "the toilets are Victorian"): a word of the proper-noun
    /// list, on no name list, ending as such adjectives do, with no title before it
    /// (a relative's possessive is no cue for a word no name list holds: "my son's"),
    /// no cue after it and no name listed with it. In a comment without capitals only "-esque" is read so: a word
    /// in "-ian" there may be a name no list holds ("wen is justinian back").
    fn proper_adjective(&self, first: usize, last: usize, lists: Lists) -> bool {
        let facts = self.facts[first];
        let lower = self.tokens[first].lower.as_str();
        let endings = if self.caseless {
            PROPER_ADJECTIVE_ENDINGS_WITHOUT_CASE
        } else {
            PROPER_ADJECTIVE_ENDINGS
        };
        first == last
            && facts.proper
            && !facts.any_name()
            && endings.iter().any(|end| lower.ends_with(end))
            && cue_before(self.tokens, first).is_none_or(|c| c < CueStrength::Title)
            && cue_after(self.tokens, first).is_none()
            && !self.listed_with_names(first, lists)
    }

    /// In a comment without capitals, a lone everyday word that a surname list holds but
    /// no given-name list ("kinder", "held", "waits", "box"), with nothing that vouches
    /// for a person: people write a surname alone only after a title or role, which
    /// vouches ("mrs box").
    fn lone_surname_word_in_small_letters(&self, first: usize, last: usize, lists: Lists) -> bool {
        let facts = self.facts[first];
        self.caseless
            && first == last
            && facts.english
            && facts.surname
            && !facts.first
            && !facts.word_name
            && self.unvouched(first, lists)
    }

    /// A lone word joined as organisations write their handles and hashtags
    /// ("LTHTrust", "NHSheroes", "HeadingleySurgery": [`super::joined_words`]), with no
    /// title, role or relative before it ("thanks to @LTHTrust" is still the trust).
    fn joined_organisation(&self, first: usize, last: usize) -> bool {
        let token = &self.tokens[first];
        first == last
            && token.shape == Shape::Capitalised
            && cue_before(self.tokens, first).is_none_or(|c| c < CueStrength::Role)
            && reads_as_joined_organisation(token.text, |part| {
                let facts = self.lexicon.facts(part);
                PartFacts {
                    english: facts.english,
                    any_name: facts.any_name(),
                    given_name: facts.first || facts.word_name,
                    not_name: facts.not_name,
                }
            })
    }

    /// A religious exclamation opening a sentence ("Jesus, the wait…", "Oh my God, the
    /// food": [`super::exclamations`]), with nothing around it that vouches for a
    /// person (a word no name list holds needs none: [`exclaims_no_name`]); or the word of an oath after "thank" ("thank
    /// goodness"), whatever the thanks would vouch for.
    fn oath(&self, first: usize, last: usize, lists: Lists) -> bool {
        is_thanked_oath(self.tokens, self.caseless, first, last)
            || exclaims_no_name(self.text, self.tokens, self.facts, first, last)
            || (is_oath(self.tokens, first, last)
                && cue_before(self.tokens, first).is_none()
                && self.unvouched(first, lists))
    }

    /// A lone festival ([`super::festivals`]): one no name list holds ("Whitsun",
    /// "Hanukkah") with no title or role before it; "Easter" only with no cue at all
    /// before it ("spoke to Easter" stays a name) and with a time word after
    /// it ("Easter weekend"), a time preposition before it and the clause ending after it
    /// ("since Easter."), or listed with a festival no name list holds ("Easter and
    /// Whitsun"). Kept when a found name is listed with it.
    fn festival(&self, first: usize, last: usize, lists: Lists) -> bool {
        if first != last || self.listed_with_names(first, lists) {
            return false;
        }
        let tokens = self.tokens;
        if cue_before(tokens, first).is_some_and(|c| c >= CueStrength::Role) {
            return false;
        }
        let lower = tokens[first].lower.as_str();
        let unnamed = |k: usize| {
            tokens
                .get(k)
                .is_some_and(|t| is_unnamed_festival(t.lower.as_str()))
                && !self.facts[k].any_name()
        };
        if unnamed(first) {
            return true;
        }
        // "Easter" with any cue before it ("spoke to Easter and Whitsun") stays a name.
        if !is_festival_named_like_people(lower)
            || possessive_after(self.text, tokens[first].end)
            || cue_before(tokens, first).is_some()
        {
            return false;
        }
        let next = tokens.get(first + 1);
        let time_after =
            next.is_some_and(|n| n.gap == Gap::Space && is_time_word_after(n.lower.as_str()));
        let clause_ends = next.is_none_or(|n| n.gap != Gap::Space);
        let preposition_before = first > 0
            && tokens[first].gap == Gap::Space
            && is_time_preposition(tokens[first - 1].lower.as_str());
        let with_a_festival = next.is_some_and(|n| {
            n.gap == Gap::Space && matches!(n.lower.as_str(), "and" | "or") && unnamed(first + 2)
        }) || (first >= 2
            && matches!(tokens[first - 1].lower.as_str(), "and" | "or")
            && unnamed(first - 2));
        time_after || (preposition_before && clause_ends) || with_a_festival
    }

    /// A found name every word of which is a medical eponym, before a condition noun
    /// ("Tourette's tics", "Bell's palsy", "Heimlich manoeuvre"), or a hyphenated pair
    /// of eponyms ("Guillain-Barré"): [`super::eponym_conditions`] (named spots and
    /// blood groups are dropped later, over every found name). Kept when a title,
    /// role or relative stands before it ("Dr Bell's palsy clinic") or a found name is
    /// listed with it.
    fn eponymous_condition(&self, first: usize, last: usize, lists: Lists) -> bool {
        let tokens = self.tokens;
        let words: Vec<&str> = tokens[first..=last]
            .iter()
            .map(|t| t.lower.as_str())
            .collect();
        let next = tokens.get(last + 1);
        let between = next
            .and_then(|n| self.text.get(tokens[last].end..n.start))
            .unwrap_or("");
        reads_as_condition(&words, between, next.map(|n| n.lower.as_str()))
            && cue_before(tokens, first).is_none_or(|c| c <= CueStrength::Weak)
            && !self.listed_with_names(first, lists)
            && !self.listed_with_names(last, lists)
    }

    /// A lone texting interjection or shorthand ("omg", "lol", "Er,"), with nothing
    /// around it that vouches for a person ([`super::interjections`]).
    /// A texting spelling of an everyday word ("nite", "amazin") is a word wherever it
    /// stands: "thx 4 evrything" has a word of thanks before it, and still no name; so
    /// is laughter ("haha, the porter was hilarious", "cheers nurse haha").
    fn lone_interjection(&self, first: usize, last: usize, lists: Lists) -> bool {
        let lower = self.tokens[first].lower.as_str();
        first == last
            && (is_texting_spelling(lower)
                || is_laughter(lower)
                || (is_interjection(lower) && self.unvouched(first, lists)))
    }

    /// Words inside a saying in another language ([`super::sayings`]: "said Inshallah
    /// to my dad", "Jai Shri Krishna", "Kia ora"), said and not a person so named (the
    /// tagger's finds are the names a saying may be listed with).
    fn said_in_another_language(&self, first: usize, last: usize) -> bool {
        is_a_saying(self.text, self.tokens, self.tagger_spans, first, last)
    }

    /// Whether nothing around lone token `i` vouches for a person: no cue, possessive or
    /// word of thanks, and (with `lists`) no found name listed with it.
    fn unvouched(&self, i: usize, lists: Lists) -> bool {
        !self.vouched_for(i) && !self.addressed(i) && !self.listed_with_names(i, lists)
    }

    /// A lone word in no name list written as people text an everyday word
    /// ([`super::texting`]: "didnt", "pls"), with nothing that vouches for a
    /// person around it.
    fn texting_spelling(&self, first: usize, last: usize, lists: Lists) -> bool {
        let facts = self.facts[first];
        first == last
            && !facts.any_name()
            && !facts.soft
            && texting_form_of_a_word(self.tokens[first].lower.as_str(), |w| {
                self.lexicon.facts(w).english
            })
            && self.unvouched(first, lists)
    }

    /// Whether token `i` stands right after an abbreviated title ("Dr", "Mrs"), which
    /// makes even a word spelt as an everyday one a surname ("Dr Cant", "Dr ive").
    fn after_an_abbreviated_title(&self, i: usize) -> bool {
        i > 0
            && cue_before(self.tokens, i) == Some(CueStrength::Title)
            && ABBREVIATED_TITLES.contains(&self.tokens[i - 1].lower.as_str())
    }

    /// A lone word in no name list written as a negative contraction without its
    /// apostrophe ([`negative_contraction`]: "doesnt", "didnt"), an auxiliary verb: a
    /// role, relative or written-out title before it does not make it a name ("the
    /// nurse doesnt know", "the doctor didnt listen", "my son wasnt told"). Kept after
    /// an abbreviated title ("Dr Cant" when no list holds the surname).
    fn negative_contraction_spelling(&self, first: usize, last: usize) -> bool {
        let facts = self.facts[first];
        first == last
            && !facts.any_name()
            && !facts.soft
            && !self.after_an_abbreviated_title(first)
            && negative_contraction(self.tokens[first].lower.as_str(), |w| {
                self.lexicon.facts(w).english
            })
    }

    /// A lone word in small letters that is one of "I"'s contractions without its
    /// apostrophe ([`pronoun_i_contraction`]: "ive", "im"), with a word in small letters
    /// after it: the sentence goes on from the pronoun ("the nicest doctor ive ever met",
    /// "the nurse im seeing"), though a list holds "Ive" as a surname. Kept after an
    /// abbreviated title ("Dr ive").
    fn pronoun_contraction_going_on(&self, first: usize, last: usize) -> bool {
        let token = &self.tokens[first];
        first == last
            && token.shape == Shape::Lower
            && !self.after_an_abbreviated_title(first)
            && pronoun_i_contraction(token.lower.as_str())
            && self
                .tokens
                .get(first + 1)
                .is_some_and(|next| next.gap == Gap::Space && next.shape == Shape::Lower)
    }

    /// The whole comment one word in no name list, with no possessive, spelt as an
    /// adjective of judgement is ("Shambolic.", "Shameless!", "Marvellous"): a one-word
    /// answer so spelt judges the care. Other unlisted words alone stay names: a
    /// one-word answer to "Who would you like to thank?" is a name ("Oyelaran.").
    fn whole_comment_of_one_word(&self, first: usize, last: usize) -> bool {
        let facts = self.facts[first];
        first == 0
            && last == 0
            && self.tokens.len() == 1
            && !facts.any_name()
            && !facts.soft
            && !possessive_after(self.text, self.tokens[0].end)
            && spelt_as_an_adjective(self.tokens[0].lower.as_str())
    }

    /// A lone everyday English word written in small letters in a comment that uses
    /// capitals ("summer and sunny weather"), with no cue, possessive or thanks that
    /// vouches for a person around it: the writer capitalises, and left this word small.
    /// A capitalised name listed beside it does not vouch ("a card for Thariq, flowers
    /// for the desk"): the writer would have capitalised both.
    fn small_word_in_a_cased_comment(&self, first: usize, last: usize) -> bool {
        let token = &self.tokens[first];
        first == last
            && !self.caseless
            && token.shape == Shape::Lower
            && self.facts[first].english
            && self.unvouched(first, Lists::Ignore)
    }

    /// A lone word in the possessive used as a noun of its own, a disease or a shop:
    /// a verb right after it ("Huntington's runs in the family") or a possessive
    /// determiner right before it ("my Addison's"), with no cue stronger than "to" /
    /// "by" before it. After a determiner, a small-letter word after the possessive is
    /// what a person owns ("my Tendai's school"), unless the word is a listed eponym or
    /// a listed surname that is no given name (a shop: "my McDonald's breakfast").
    fn possessive_used_as_a_noun(&self, first: usize, last: usize) -> bool {
        let tokens = self.tokens;
        if first != last || !possessive_after(self.text, tokens[first].end) {
            return false;
        }
        if cue_before(tokens, first).is_some_and(|c| c > CueStrength::Weak) {
            return false;
        }
        let verb_after = tokens.get(first + 1).is_some_and(|next| {
            next.gap == Gap::Space && VERBS_AFTER_A_THING.contains(&next.lower.as_str())
        });
        let determiner_before = first > 0
            && tokens[first].gap == Gap::Space
            && POSSESSIVES.contains(&tokens[first - 1].lower.as_str());
        // "my Tendai's school", "our Xiaoling's birthday": a small-letter word after the
        // possessive is what the person owns; a disease so written is a listed eponym
        // ("my Addison's meds") or stands alone ("my Addison's.", "my Raynaud's and…").
        let owned_thing_after = tokens.get(first + 1).is_some_and(|next| {
            next.gap == Gap::Space
                && next.shape == Shape::Lower
                && !NOT_OWNED.contains(&next.lower.as_str())
        });
        // A listed surname that is no given name after "my" is a shop's ("my
        // McDonald's breakfast", "my Morrison's shop"): nobody calls their own so.
        let facts = self.facts[first];
        let shop_or_eponym =
            is_eponym(tokens[first].lower.as_str()) || (facts.surname && !facts.first);
        verb_after || (determiner_before && (shop_or_eponym || !owned_thing_after))
    }

    /// Words found right after "of" after a measure or a container, or after "out of" or
    /// "full of": what is measured, held or run out of ("a bottle of Calpol", "a dab of
    /// Sudocrem", "the chemist was out of Derbac", "a tub of Vaseline"), never a person
    /// (no name of the measuring rounds stands there).
    fn measure_of_a_thing(&self, first: usize) -> bool {
        const MEASURES: &[&str] = &[
            "bottle", "bottles", "packet", "packets", "tube", "tubes", "tin", "tins", "jar",
            "jars", "box", "boxes", "pot", "pots", "can", "cans", "bag", "bags", "pack", "packs",
            "sachet", "sachets", "tub", "tubs", "carton", "cartons", "spoonful", "cup", "cups",
            "glass", "glasses", "pint", "pints", "dab", "dash", "drop", "drops", "squirt", "bit",
            "out", "full", "vase", "bowl", "plate", "slice",
        ];
        let tokens = self.tokens;
        first >= 2
            && tokens[first].gap == Gap::Space
            && tokens[first - 1].gap == Gap::Space
            && tokens[first - 1].lower.as_str() == "of"
            && MEASURES.contains(&tokens[first - 2].lower.as_str())
    }

    /// A lone word after a possessive that a verb of handling a thing takes as its object
    /// ("paddle my Pyranha", "oiling his Miroku", "recharged her Kambrook"): what one
    /// paddles, swings, charges, oils or repairs is a thing. Verbs that take people too
    /// are not among them: of caring ("wash", "clean", "feed", "dress", "strap in"), of
    /// carrying or taking ("drive", "load", "park", "fly", "borrow", "lend"), of meeting
    /// or seeing. A particle may stand between the verb and the possessive ("switch on
    /// my", "pump up her").
    fn thing_handled_after_a_possessive(&self, first: usize, last: usize) -> bool {
        let tokens = self.tokens;
        if first != last || first < 2 || tokens[first].gap != Gap::Space {
            return false;
        }
        if !POSSESSIVES.contains(&tokens[first - 1].lower.as_str())
            || tokens[first - 1].gap != Gap::Space
        {
            return false;
        }
        // The verb, past a particle ("switch on my").
        let particle = PARTICLES_AFTER_A_VERB.contains(&tokens[first - 2].lower.as_str());
        let verb = if particle { first - 3 } else { first - 2 };
        (!particle || first >= 3)
            && tokens[verb + 1].gap == Gap::Space
            && HANDLING_VERBS.contains(&tokens[verb].lower.as_str())
    }

    /// Found words that are each a hyphenated compound of everyday words
    /// ("Cross-sectoral", "Follow-up", "Self-referral", "Long-term"): every part an
    /// English word or spelt more like a word than a name, at least one part an English
    /// word, no part a listed given name (a name-word part only when it is an English
    /// word beside a part that is an English word on no name list, and no part is a
    /// particle of a name: "Long-term", not "Van-Dam"), not every part a listed surname
    /// (a double-barrelled surname of
    /// words, "Baker-White"), and nothing that vouches for a person around a lone one
    /// unless every part is an English word no name list holds and no title or other
    /// strong cue stands before it ("Face-off at the reception desk": no name of the
    /// measuring rounds or the development set is so made).
    fn hyphenated_everyday_words(&self, first: usize, last: usize, lists: Lists) -> bool {
        let everyday_compound = |k: usize| {
            let lower = self.tokens[k].lower.as_str();
            let parts: Vec<&str> = lower.split('-').collect();
            if parts.len() < 2 || parts.iter().any(|p| p.is_empty()) {
                return false;
            }
            let facts: Vec<WordFacts> = parts.iter().map(|p| self.lexicon.facts(p)).collect();
            // A name-word part that is an English word ("Long-term") counts as the word
            // beside a part that is an English word on no name list, unless a particle
            // of a name is among the parts ("Van-Dam").
            let beside_a_plain_word = !parts.iter().any(|p| PARTICLES.contains(p))
                && facts.iter().any(|f| f.english && !f.any_name());
            facts
                .iter()
                .all(|f| !f.first && (!f.word_name || (f.english && beside_a_plain_word)))
                && !facts.iter().all(|f| f.surname)
                && facts.iter().any(|f| f.english)
                && parts
                    .iter()
                    .zip(&facts)
                    .all(|(p, f)| f.english || name_likeness(p) < 0.0)
        };
        let of_plain_words = |k: usize| {
            self.tokens[k].lower.as_str().split('-').all(|p| {
                let f = self.lexicon.facts(p);
                !p.is_empty() && f.english && !f.any_name() && !f.word_name
            })
        };
        (first..=last).all(everyday_compound)
            && (first < last
                || self.unvouched(first, lists)
                || (of_plain_words(first)
                    && cue_before(self.tokens, first).is_none_or(|c| c <= CueStrength::Weak)))
    }

    /// A lone word the not-a-name list holds ("Macmillan", "English", "Crohn's"), unless
    /// it is also a listed given name ("Victoria", "Albert": left to the tagger), with no
    /// cue stronger than "to" / "by" before it and none after it. A possessive does not
    /// vouch here: services, shops and eponymous diseases are written with one
    /// ("Barnardo's", "Sainsbury's", "Parkinson's"). The lists say such a word is a word
    /// unless a title or role makes it a name; this holds the tagger to the same rule.
    fn listed_as_word(&self, first: usize, last: usize, lists: Lists) -> bool {
        let facts = self.facts[first];
        if first != last || !(facts.not_name || (facts.soft && facts.first_rank == 0)) {
            return false;
        }
        let strong_before = cue_before(self.tokens, first).is_some_and(|c| c > CueStrength::Weak);
        !strong_before
            && cue_after(self.tokens, first).is_none()
            && !self.listed_with_names(first, lists)
    }

    /// A lone word in no name list, with nothing around it that vouches for a person,
    /// whose spelling reads as an English word, a place or a brand rather than a name
    /// ([`super::name_likeness`]: "Dissapointed", "Toolstation", "nites").
    /// A person's place in the sentence vouches here too
    /// ([`super::unknown_capitalised::in_a_persons_place`]: a verb only a person does right
    /// after the word, "Orestes sat with me", "Refat said"; the end of a sentence naming
    /// someone by a role, "the nurse that night was Yating."): the spelling is the only
    /// evidence against it.
    fn lone_and_spelt_unlike_a_name(&self, first: usize, last: usize, lists: Lists) -> bool {
        let facts = self.facts[first];
        let lower = self.tokens[first].lower.as_str();
        first == last
            && !facts.any_name()
            && !facts.soft
            && (lower.chars().count() >= MIN_LETTERS_TO_SPELL_UNLIKE_A_NAME
                || self.caseless
                || self.tokens[first].shape != Shape::Capitalised)
            && spelt_unlike_a_name(lower)
            && self.unvouched(first, lists)
            && !in_a_persons_place(self.tokens, first)
            && !owns_what_a_person_has(self.text, self.tokens, first)
    }

    /// Whether words of thanks or address stand right before token `i` (one word may
    /// sit between: "thank u X", "big love to X", "tell X", "ta X"): people are thanked
    /// and greeted, in texting style too.
    fn addressed(&self, i: usize) -> bool {
        let tokens = self.tokens;
        (1..=2).any(|back| {
            i >= back
                && tokens[i + 1 - back..=i].iter().all(|t| t.gap == Gap::Space)
                && ADDRESS_WORDS.contains(&tokens[i - back].lower.as_str())
        })
    }

    /// With `lists`, whether token `i` is listed with a found name
    /// ([`Self::in_a_list_of_names`]).
    fn listed_with_names(&self, i: usize, lists: Lists) -> bool {
        lists == Lists::Vouch && self.in_a_list_of_names(i)
    }

    /// Whether token `k` is in a name that stands on its own: one the rules found, or
    /// one the tagger found that no veto drops even with no name listed beside it. Two
    /// words that would each be dropped alone cannot vouch for each other this way.
    fn named_on_its_own(&self, k: usize) -> bool {
        if self.in_rule_name.get(k).is_some_and(|&r| r) {
            return true;
        }
        self.tagger_spans
            .iter()
            .find(|&&(first, last)| first <= k && k <= last)
            .is_some_and(|&(first, last)| !self.vetoed_with(first, last, Lists::Ignore))
    }

    /// Whether token `i` is joined by a comma, "and", "or", "n" or "&" to a neighbour
    /// that is in a name found on its own ([`Self::named_on_its_own`]) and is no listed
    /// word ("Dissapointed and Zanele", "Atleta, Runfast and Priya"; not "Macmillan and
    /// Westminster"), or is followed by a middle initial and such a name: a word listed
    /// with names is one.
    fn in_a_list_of_names(&self, i: usize) -> bool {
        let named = |k: usize| {
            self.facts.get(k).is_some_and(|f| !f.not_name && !f.soft) && self.named_on_its_own(k)
        };
        // Tokens `a` < `b` joined by a comma, "&" or "+" between them, or by one
        // "and" / "or" / "n" token.
        let joined = |a: usize, b: usize| -> bool {
            let neighbour = if a == i { b } else { a };
            named(neighbour) && listed_together(self.text, self.tokens, a, b)
        };
        // "Hypolit G. Mehlorn": a found name after a middle initial.
        let initial_then_name = self.tokens.get(i + 1).is_some_and(|t| {
            t.gap == Gap::Space
                && (t.shape == Shape::Initial
                    || (t.shape == Shape::Capitalised && t.text.chars().count() == 1))
        }) && named(i + 2);
        initial_then_name
            || (i > 0 && joined(i - 1, i))
            || (i > 1 && joined(i - 2, i))
            || joined(i, i + 1)
            || joined(i, i + 2)
    }

    /// A lone word in no name list, with nothing around it that vouches for a person,
    /// that reads as a medicine ([`super::medicines`]: a generic stem, or a form or dose
    /// after it, "Clexane injections") or as an everyday word misspelt
    /// ([`super::misspelling`]: "Recieved my letter", "Docter never came", opening a
    /// sentence only).
    fn reads_as_medicine_or_misspelling(&self, first: usize, last: usize) -> bool {
        if first != last || self.facts[first].any_name() || self.vouched_for(first) {
            return false;
        }
        let token = &self.tokens[first];
        let lower = token.lower.as_str();
        let form_after = self
            .tokens
            .get(first + 1)
            .is_some_and(|next| next.gap == Gap::Space && is_medicine_form(next.lower.as_str()));
        // A misspelling is read as one only where a capital says nothing: opening a
        // sentence. Inside one, an unknown capitalised word is far more often a name,
        // and rare names are often one edit from some word ("Primerose", "Abondance").
        form_after
            || has_medicine_stem(lower)
            || (token.sentence_start && misspelt_everyday_word(lower))
    }

    /// A lone word that real comments ([`super::corpus_counts`]) mostly write in small
    /// letters ("Sunny day", "Miles from home"), or mostly capitalised mid-sentence while
    /// no given-name list holds it ("Easter", "Macmillan nurses"), with nothing around it
    /// that vouches for a person: no cue stronger than "to" / "by" before it ("Nurse",
    /// "my wife", "thanks to"), no cue after it ("X on the ward"), no possessive.
    fn written_as_word_in_real_comments(&self, first: usize, last: usize) -> bool {
        let facts = self.facts[first];
        if first != last || facts.word_name || self.vouched_for(first) {
            return false;
        }
        let WordCounts { lower, capitalised } = counts(self.tokens[first].lower.as_str());
        let everyday = lower >= EVERYDAY_MIN && lower >= capitalised;
        let proper = capitalised >= EVERYDAY_MIN && capitalised > lower && !facts.first;
        everyday || proper
    }

    /// Whether a cue before or after token `i`, or a possessive after it, says a person.
    fn vouched_for(&self, i: usize) -> bool {
        let strong_before = cue_before(self.tokens, i).is_some_and(|c| c > CueStrength::Weak);
        let possessive = possessive_after(self.text, self.tokens[i].end);
        strong_before || possessive || cue_after(self.tokens, i).is_some() || self.who_after(i)
    }

    /// Whether "who" or "whose" follows token `i` after a comma ("from Getent, who was
    /// in bed 6"): the relative pronoun of a person.
    fn who_after(&self, i: usize) -> bool {
        self.tokens.get(i + 1).is_some_and(|next| {
            next.gap == Gap::Comma && matches!(next.lower.as_str(), "who" | "whose")
        })
    }

    /// A relative after a possessive ("my nan"), or a run after an article written as a
    /// word (small letters, or opening a sentence: not the initial of "Najma A. Kloese"),
    /// with at most two capitalised everyday or domain words between ("a First
    /// Responder"), except "the X family" and an owner of what the article counts ("a
    /// Zmagoslav's law", [`owner_of_what_the_article_counts`]).
    fn reads_as_word(&self, first: usize, last: usize) -> bool {
        let tokens = self.tokens;
        if first == 0 {
            return false;
        }
        if first == last && owned_relative(tokens, first) {
            return true;
        }
        let family = tokens
            .get(last + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "family" | "families"));
        if family {
            return false;
        }
        // Walk back over capitalised everyday words ("First", "Senior") to the article.
        let mut k = first;
        while k > 0 && tokens[k].gap == Gap::Space {
            let prev = &tokens[k - 1];
            let article_as_word = prev.shape == Shape::Lower
                || (prev.sentence_start && prev.shape == Shape::Capitalised);
            if article_as_word && ARTICLES.contains(&prev.lower.as_str()) {
                // "has a Zmagoslav's law": the article counts what the name owns.
                return !(k == first
                    && owner_of_what_the_article_counts(
                        self.text, tokens, self.facts, first, last,
                    ));
            }
            let facts = self.facts[k - 1];
            let word = prev.lower.as_str();
            let cue =
                ROLES.contains(&word) || ROLES_PLURAL.contains(&word) || TITLES.contains(&word);
            let everyday = prev.shape == Shape::Capitalised
                && !prev.sentence_start
                && !cue
                && !facts.not_name
                && facts.english
                && !facts.any_name();
            if !everyday || first - k >= 2 {
                return false;
            }
            k -= 1;
        }
        false
    }

    /// Whether the tokens `first..=last` name a place: a service word ends or follows
    /// them, a saint's or royal prefix stands before them, or they are (part of) a
    /// listed town after a preposition of place.
    fn reads_as_place(&self, first: usize, last: usize) -> bool {
        let (text, tokens) = (self.text, self.tokens);
        let named_opener = self.facts[first].first;
        // The words of land that may be surnames make no place after a listed given name,
        // nor after a cue of a person ("Staff nurse Olu Cave").
        let land_namelike = |word: &str| {
            !named_opener
                && LAND_WORDS_NAMELIKE.contains(&word)
                && cue_before(tokens, first).is_none_or(|c| c < CueStrength::Role)
        };
        let is_head = |t: &Token<'_>| {
            t.shape == Shape::Capitalised
                && (HEADS.contains(&t.lower.as_str())
                    || WATER_WORDS.contains(&t.lower.as_str())
                    || LAND_WORDS.contains(&t.lower.as_str())
                    || (!named_opener && HEADS_NAMELIKE.contains(&t.lower.as_str()))
                    || land_namelike(t.lower.as_str()))
        };
        if last > first && is_head(&tokens[last]) {
            return true;
        }
        // A noun of the WordNet list of places ending the find, right after it, or
        // after up to three more capitalised everyday words ("on loan from Kelvingrove
        // Art Gallery"; not "Zeynep Kaya Kings Mill Hospital", a name signed before a
        // place).
        let mut end = last + 1;
        while end < last + 4
            && self.facts.get(end).is_some_and(|f| f.english)
            && tokens
                .get(end + 1)
                .is_some_and(|t| t.gap == Gap::Space && t.shape == Shape::Capitalised)
        {
            end += 1;
        }
        if (last..=end).any(|noun| ends_a_place(tokens, self.facts, first, noun)) {
            return true;
        }
        // "stood under victoria falls": without capitals, a word of water or land ending
        // a find of two words or more.
        let landscape = |t: &Token<'_>| {
            let word = t.lower.as_str();
            WATER_WORDS.contains(&word)
                || LAND_WORDS.contains(&word)
                || (word != "water" && land_namelike(word))
        };
        if self.caseless && last > first && landscape(&tokens[last]) {
            return true;
        }
        // "the franz josef glacier": without capitals, a word of water or land right after
        // the find, but for those a person also does or has ("falls", "bay", "lake").
        if self.caseless
            && tokens.get(last + 1).is_some_and(|next| {
                next.gap == Gap::Space
                    && landscape(next)
                    && !matches!(next.lower.as_str(), "falls" | "bay" | "lake")
            })
        {
            return true;
        }
        // "the Fraser River", "Stewart Island": a lone word of water (or of land,
        // capitalised) right after a capitalised word ends the place's name that word
        // opens.
        let water = WATER_WORDS.contains(&tokens[first].lower.as_str())
            || (tokens[first].shape == Shape::Capitalised
                && LAND_WORDS.contains(&tokens[first].lower.as_str()));
        if first == last
            && water
            && first > 0
            && tokens[first].gap == Gap::Space
            && tokens[first - 1].shape == Shape::Capitalised
        {
            return true;
        }
        if tokens
            .get(last + 1)
            .is_some_and(|next| next.gap == Gap::Space && is_head(next))
        {
            return true;
        }
        // A service word in small letters after the run ("Elgar ward", "the Jenner
        // unit"), unless a number follows it ("Zanele ward 4": a person on a ward).
        let numbered = tokens
            .get(last + 2)
            .is_some_and(|t| t.text.starts_with(|c: char| c.is_ascii_digit()));
        let small_head = tokens.get(last + 1).is_some_and(|next| {
            next.gap == Gap::Space
                && next.shape == Shape::Lower
                && (SMALL_HEADS.contains(&next.lower.as_str())
                    || (!named_opener && next.lower.as_str() == "ward"))
        });
        // "Sarah's clinic": the clinic is hers, the name no place's.
        let owned = super::owned_place::owned_by(text, tokens, last);
        if small_head && !numbered && !owned {
            return true;
        }
        if first > 0 {
            let before = &tokens[first - 1];
            let between = text
                .get(before.end..tokens[first].start)
                .unwrap_or("")
                .trim();
            let adjacent = between.is_empty() || (between == "." && before.lower.as_str() == "st");
            if adjacent
                && before.shape == Shape::Capitalised
                && PREFIXES.contains(&before.lower.as_str())
            {
                return true;
            }
            // "used to nurse at HMP Styal": a prison, whatever the case.
            if adjacent && PRISON_PREFIXES.contains(&before.lower.as_str()) {
                return true;
            }
            // "swam the length of loch lomond": without capitals, the words of water
            // that are no verb, no one's name, and no everyday place beside a person
            // ("by the lake olivia"), unless a title or role stands before them ("staff
            // nurse lough ciara").
            if adjacent
                && self.caseless
                && SMALL_LETTER_PREFIXES.contains(&before.lower.as_str())
                && cue_before(tokens, first - 1).is_none_or(|c| c < CueStrength::Role)
            {
                return true;
            }
        }
        // A landmark's word after a listed town or place: "Edinburgh Castle", "Whitby
        // Abbey" (Castle and Abbey are surnames too, so only there).
        if first == last && first > 0 && LANDMARK_HEADS.contains(&tokens[first].lower.as_str()) {
            let town = &tokens[first - 1];
            if tokens[first].gap == Gap::Space
                && town.shape == Shape::Capitalised
                && town_or_place(town.lower.as_str())
            {
                return true;
            }
        }
        self.in_listed_town(first, last)
            || self.names_a_country(first, last)
            || self.after_a_journey(first)
            || self.practice_named_in_brackets(first, last)
    }

    /// Whether the run is all that stands in brackets right after a word for a surgery
    /// or service: "My GP (Gillbrook) knows nothing", "the pharmacy (Lloyds)". A person
    /// in brackets comes after a person's word ("my nurse (Sarah)") or with a title
    /// ("my GP (Dr Okafor)": the title, not a practice word, stands before the name).
    fn practice_named_in_brackets(&self, first: usize, last: usize) -> bool {
        let (text, tokens) = (self.text, self.tokens);
        if first == 0 {
            return false;
        }
        let opened = text
            .get(tokens[first - 1].end..tokens[first].start)
            .is_some_and(|between| between.trim() == "(");
        let closed = text
            .get(tokens[last].end..)
            .is_some_and(|rest| rest.trim_start().starts_with(')'));
        opened && closed && PRACTICE_WORDS.contains(&tokens[first - 1].lower.as_str())
    }

    /// Whether a verb of going or being sent somewhere, and a preposition of place, stand
    /// right before token `first` ("transferred to Pinderfields", "referred back to
    /// Hinchingbrooke", "scanned at Wythenshawe"): people are taken *to* places and
    /// passed *to* people ("passed it on to Zanele", "spoke to Zanele"), and these verbs
    /// take a place. A cue before the word ("sent to Dr Okafor"), after it ("to Zanele on
    /// reception") or a possessive ("sent from Zanele's phone") vouches for a person.
    fn after_a_journey(&self, first: usize) -> bool {
        let tokens = self.tokens;
        if first < 2 || tokens[first].gap != Gap::Space {
            return false;
        }
        let preposition = &tokens[first - 1];
        if !JOURNEY_PREPOSITIONS.contains(&preposition.lower.as_str())
            || preposition.gap != Gap::Space
        {
            return false;
        }
        // "referred back to X", "moved over to X": one adverb may stand between.
        let mut k = first - 2;
        if matches!(
            tokens[k].lower.as_str(),
            "back" | "over" | "across" | "up" | "down" | "out"
        ) && k > 0
            && tokens[k].gap == Gap::Space
        {
            k -= 1;
        }
        // The cue scans last: almost no word follows a verb of going.
        JOURNEY_VERBS.contains(&tokens[k].lower.as_str())
            && !self.vouched_for(first)
            && !thanks_going_to(tokens, k)
    }

    /// Whether the tokens `first..=last` are, with at most two words after them, a country
    /// or a state ([`countries`]: "flowers from Mauritius", "worked in pennsylvania", "on
    /// the Ivory Coast") after a preposition of place ([`COUNTRY_PREPOSITIONS`]), in small
    /// letters too: no word of it a listed given name or surname ("Jordan", "Georgia", "Chad" stay names), and
    /// no cue, possessive or word of thanks vouching for a person.
    fn names_a_country(&self, first: usize, last: usize) -> bool {
        let tokens = self.tokens;
        if !country_first_words().contains(tokens[first].lower.as_str()) {
            return false;
        }
        // After a preposition of place, "the" perhaps between: people are named after
        // states too ("Montana was our midwife").
        let mut k = first;
        if k > 0 && tokens[k].gap == Gap::Space && tokens[k - 1].lower.as_str() == "the" {
            k -= 1;
        }
        if k == 0
            || tokens[k].gap != Gap::Space
            || !COUNTRY_PREPOSITIONS.contains(&tokens[k - 1].lower.as_str())
        {
            return false;
        }
        (last..(last + 3).min(tokens.len())).any(|to| {
            (first + 1..=to).all(|k| tokens[k].gap == Gap::Space)
                && countries().contains(&self.words_in_small_letters(first, to))
                && self.facts[first..=to]
                    .iter()
                    .all(|f| !f.any_name() && !f.soft)
                && !self.vouched_for(first)
                && !self.addressed(first)
                && cue_after(tokens, to).is_none()
        })
    }

    /// The words of tokens `from..=to` as the place lexicons hold them ([`place_set`]):
    /// one space between, small letters, curly apostrophes straight.
    fn words_in_small_letters(&self, from: usize, to: usize) -> String {
        self.text
            .get(self.tokens[from].start..self.tokens[to].end)
            .unwrap_or("")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
            .replace('\u{2019}', "'")
    }

    /// Whether a listed town of up to four words covers `first..=last`, right after a
    /// preposition of place ("to High Wycombe", "from King's Lynn"); or a place of Great
    /// Britain ([`gb_places`]: "from Rothbury", "open in Worksop") in a comment that
    /// uses capitals, no word of which a name list holds ("to Ashley", "from Bradley"
    /// stay names), with no cue, possessive or word of thanks vouching for a person
    /// ("thanks to X", "X's", "from X on reception", "ta to deri").
    fn in_listed_town(&self, first: usize, last: usize) -> bool {
        let tokens = self.tokens;
        let lowest = first.saturating_sub(2).max(1);
        for from in lowest..=first {
            let preposition = &tokens[from - 1];
            if !PLACE_PREPOSITIONS.contains(&preposition.lower.as_str())
                || tokens[from].gap != Gap::Space
            {
                continue;
            }
            for to in last..(last + 3).min(tokens.len()) {
                if to - from > 3 {
                    continue;
                }
                let words = self.words_in_small_letters(from, to);
                if towns().contains(&words) {
                    return true;
                }
                if !self.caseless
                    && gb_places().contains(&words)
                    && !self.vouched_for(first)
                    && !self.addressed(first)
                    && self.facts[from..=to]
                        .iter()
                        .all(|f| !f.any_name() && !f.soft)
                    && cue_after(tokens, to).is_none()
                {
                    return true;
                }
            }
        }
        false
    }
}

/// Endings of adjectives made from proper nouns: "Victorian", "Eustachian",
/// "Shakespearean", "Kafkaesque".
const PROPER_ADJECTIVE_ENDINGS: &[&str] = &["ian", "ean", "esque"];

/// The endings of [`PROPER_ADJECTIVE_ENDINGS`] read in a comment without capitals, where
/// a word in "-ian" may be a name no list holds ("wen is justinian back").
const PROPER_ADJECTIVE_ENDINGS_WITHOUT_CASE: &[&str] = &["esque"];

/// Endings of English adjectives of judgement that names of people seldom have
/// ("shambolic", "terrific", "dramatic", "shameless", "marvellous", "unbearable",
/// "horrible", "attentive", "dismissive", "wonderful").
const ADJECTIVE_ENDINGS: &[&str] = &[
    "olic", "ific", "astic", "atic", "etic", "ful", "less", "ous", "able", "ible", "tive", "sive",
];

/// Whether a word of five letters or more ends as an adjective of judgement does.
fn spelt_as_an_adjective(word: &str) -> bool {
    word.len() >= 5 && ADJECTIVE_ENDINGS.iter().any(|end| word.ends_with(end))
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::NameLexicon;
    use super::super::tokens::tokenize;
    use super::*;

    /// The tokens of `text` and what the lexicons say about each.
    fn tokens_and_facts(text: &str) -> (Vec<Token<'_>>, Vec<WordFacts>) {
        let tokens = tokenize(text);
        let lexicon = NameLexicon::new();
        let facts = lexicon.facts_of(&tokens);
        (tokens, facts)
    }

    /// Whether the tagger's find `first..=last` of `text` is vetoed, when the rules found
    /// the tokens at `by_rules` and the tagger the words at `tagged` too.
    fn vetoed_among(
        text: &str,
        first: usize,
        last: usize,
        by_rules: &[usize],
        tagged: &[usize],
    ) -> bool {
        let (tokens, facts) = tokens_and_facts(text);
        let lexicon = NameLexicon::new();
        let mut in_rule_name = vec![false; tokens.len()];
        for &k in by_rules {
            in_rule_name[k] = true;
        }
        let mut tagger_spans: Vec<(usize, usize)> = tagged.iter().map(|&k| (k, k)).collect();
        tagger_spans.push((first, last));
        tagger_spans.sort_unstable();
        let has_upper = text.chars().any(char::is_uppercase);
        let has_lower = text.chars().any(char::is_lowercase);
        Context {
            text,
            tokens: &tokens,
            facts: &facts,
            lexicon: &lexicon,
            caseless: !(has_upper && has_lower),
            in_rule_name: &in_rule_name,
            tagger_spans: &tagger_spans,
        }
        .vetoed(first, last)
    }

    /// Whether the word `word` of `text` reads as a place.
    fn place(text: &str, word: &str) -> bool {
        // (true for any veto: a place or a word)
        let words: Vec<&str> = word.split(' ').collect();
        let (tokens, _) = tokens_and_facts(text);
        let i = tokens
            .iter()
            .position(|t| t.text == words[0])
            .expect("word in text");
        vetoed_among(text, i, i + words.len() - 1, &[], &[])
    }

    /// Whether token `i` of `text`, found by the tagger alone, is vetoed when the rules
    /// found the tokens at `found`.
    fn vetoed_beside(text: &str, i: usize, found: &[usize]) -> bool {
        vetoed_among(text, i, i, found, &[])
    }

    #[test]
    fn services_saints_and_towns_are_places() {
        assert!(place("The Okafor Centre team were kind.", "Okafor"));
        assert!(place("Moved to St Bede's last night.", "Bede"));
        assert!(place("Moved to St. Bede's last night.", "Bede"));
        assert!(place("Seen at the Royal Ashworth.", "Ashworth"));
        assert!(place("Sent to Keighley for the scan.", "Keighley"));
        assert!(place("Had to go to High Wycombe for it.", "Wycombe"));
        assert!(place("The bus from King's Lynn was late.", "King Lynn"));
        assert!(place(
            "I asked to go to Arnold Lodge again.",
            "Arnold Lodge"
        ));
        assert!(place("Moved to Cherry Ward after theatre.", "Cherry"));
        assert!(place("Boots at the Queen Elizabeth site.", "Elizabeth"));
        assert!(place("Seen at the Princess Alexandra.", "Alexandra"));
        assert!(place(
            "A poster of the guns at Edinburgh Castle, next to us.",
            "Castle"
        ));
        assert!(!place("Mrs Castle, the nurse, was kind.", "Castle"));
        // Water and hills.
        assert!(place("Told Dad about the monster of Loch Morar.", "Morar"));
        assert!(place("We walked up Mount Keen on my birthday.", "Keen"));
        // A place of Great Britain in no name list, after a preposition of place.
        assert!(place("The ambulance came from Rothbury.", "Rothbury"));
        assert!(place("Keep the unit open in Worksop.", "Worksop"));
        assert!(place("A bear on the banks of the Fraser River.", "River"));
        assert!(!place("My nurse was River, so kind.", "River"));
        // Land named after someone, and venues.
        assert!(place(
            "My uncle fishes off Stewart Island now.",
            "Stewart Island"
        ));
        assert!(place(
            "The poster is of Sutherland Falls, by the gym.",
            "Sutherland Falls"
        ));
        assert!(place("Boats in Botany Bay at dawn.", "Botany"));
        assert!(place(
            "A print of Kew Gardens hangs in the bay.",
            "Kew Gardens"
        ));
        assert!(place(
            "We took the kids to Drayton Manor once.",
            "Drayton Manor"
        ));
        assert!(place("Surfing at Bondi Beach, and sun.", "Bondi Beach"));
        assert!(!place("Nurse Sarah Beach was so kind.", "Sarah"));
        assert!(place(
            "We walked round Rutland Water from the car.",
            "Rutland"
        ));
        assert!(place(
            "A day out at White Scar Cave on Sunday.",
            "White Scar"
        ));
        assert!(place(
            "We went to Clevedon Pier, and it rained.",
            "Clevedon"
        ));
        assert!(!place("the nurse gave sarah water to drink", "sarah"));
        assert!(!place("Nurse Sarah Water was so kind to my dad.", "Sarah"));
        assert!(!place(
            "The nurse, Paul Cave, was patient and kind.",
            "Paul"
        ));
        assert!(!place("kate cave on the ward was kind", "kate"));
        assert!(!place("Staff nurse Olu Cave was brilliant.", "Olu"));
        assert!(!place("nurse julie sands was so kind to my mum", "julie"));
        assert!(!place(
            "Staff nurse Emma Towers went above and beyond.",
            "Emma"
        ));
        assert!(!place(
            "Nurse Julie Sands was so kind to my mother.",
            "Julie"
        ));
        assert!(place(
            "She walked on the Franz Josef Glacier.",
            "Josef Glacier"
        ));
        assert!(place("A seat at the Rod Laver Arena for Mum.", "Laver"));
        assert!(place(
            "she stood under victoria falls on her gap year",
            "victoria falls"
        ));
        assert!(place("he walked on the franz josef glacier", "josef"));
        assert!(!place("Sarah Falls was our nurse.", "Sarah"));
        assert!(!place("then ann falls a lot at home", "ann"));
        // Buildings and land of the WordNet list end a place's name, after the find or
        // after more capitalised words.
        assert!(place(
            "The prints are on loan from Kelvingrove Art Gallery, and nice.",
            "Kelvingrove"
        ));
        assert!(place(
            "Cuttings from Thorp Perrow Arboretum, and acers.",
            "Thorp Perrow"
        ));
        assert!(place("A trip to Jodrell Bank Observatory.", "Jodrell"));
        assert!(!place("Nurse Amy Gallagher was kind.", "Amy Gallagher"));
        // Surnames no list holds among them stay names after a cue or a given name.
        assert!(!place(
            "Staff nurse Olu Chapel was brilliant.",
            "Olu Chapel"
        ));
        assert!(!place("Paul Cottage was our nurse.", "Paul Cottage"));
        // Water and hills before a find in small letters.
        assert!(place(
            "she camped by loch katrine on her honeymoon",
            "katrine"
        ));
        assert!(place("he swam the length of loch lomond for us", "lomond"));
        assert!(!place("she camped by the loch with katrine", "katrine"));
        assert!(!place("they had to mount jack on the trolley", "jack"));
        assert!(place(
            "Tushik used to nurse at HMP Styal, she said.",
            "Styal"
        ));
        assert!(place(
            "Dad's coach trip to Happisburgh Lighthouse was cancelled.",
            "Happisburgh"
        ));
        assert!(!place(
            "Mum gave the card to Aliyu Dune on the ward.",
            "Aliyu"
        ));
        assert!(!place("Mum lives near Ikechukwu Pasture now.", "Ikechukwu"));
        assert!(!place("A lovely card from Bolanle Cottage.", "Bolanle"));
        assert!(!place(
            "thank you to staff nurse lough ciara for her care",
            "ciara"
        ));
        // Two-word runs, and runs a given name or a person's cue opens, stay people.
        assert!(!place(
            "Thank You Paul Chapel For Everything.",
            "Paul Chapel"
        ));
        assert!(!place("Thanks to Aliyu Dune for explaining.", "Aliyu Dune"));
        assert!(!place(
            "Thanks To Linda Baker Reception Team Hospital.",
            "Linda Baker"
        ));
        assert!(place(
            "She took her class round the Walker Art Gallery.",
            "Art Gallery"
        ));
        assert!(!place(
            "Kelechi Nwosu Great Ormond Street Hospital saved my son.",
            "Kelechi Nwosu"
        ));
        assert!(!place(
            "Great care from Zeynep Kaya Kings Mill Hospital.",
            "Zeynep"
        ));
        assert!(!place(
            "We saw Amir Raigmore Hospital staff were good.",
            "Amir"
        ));
        assert!(!place(
            "Thank You To Everyone And Especially Zoe Orchard.",
            "Zoe Orchard"
        ));
    }

    #[test]
    fn countries_and_states_are_places_unless_names() {
        assert!(place("The salt flats in Bolivia, and the bay.", "Bolivia"));
        assert!(place(
            "My cousin sent flowers from Mauritius, which we loved.",
            "Mauritius"
        ));
        assert!(place(
            "she worked in pennsylvania for two years",
            "pennsylvania"
        ));
        assert!(place("He was born on the Ivory Coast.", "Ivory"));
        // Not without a preposition before it: people are named after states too.
        assert!(!place("Montana was our midwife and so kind.", "Montana"));
        assert!(!place(
            "I was handed over to Nevada and she was lovely.",
            "Nevada"
        ));
        assert!(!place("Thanks to the care of Maine and her team.", "Maine"));
        // A listed name, a cue after it, thanks.
        assert!(!place("A card from Georgia made my day.", "Georgia"));
        assert!(!place("Flying home to Virginia for a wedding.", "Virginia"));
        assert!(!place("Thanks to Bolivia on reception.", "Bolivia"));
        // The subdivisions of the United Kingdom are read the same way.
        assert!(place("Half the staff on the ward are from Powys.", "Powys"));
        assert!(!place(
            "A lovely visit from Sefton, he cheers dad up.",
            "Sefton"
        ));
        // And the cities of the time zones.
        assert!(place("Dad flew in from Dhaka to be with her.", "Dhaka"));
        assert!(!place(
            "A lovely visit from Manila, she cheers dad up.",
            "Manila"
        ));
    }

    #[test]
    fn no_subdivision_of_the_united_kingdom_or_city_holds_a_word_any_name_list_holds() {
        let names = super::super::lexicon::every_listed_name();
        let list = crate::redact::lexicon::COUNTRIES_AND_STATES;
        let subdivisions = list
            .split("# The subdivisions of the United Kingdom")
            .nth(1)
            .expect("the subdivisions' section, and the cities' after it");
        assert!(subdivisions.contains("# Cities that name a time zone"));
        let named: Vec<&str> = subdivisions
            .lines()
            .skip(1)
            .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
            .filter(|line| {
                line.split([' ', '-'])
                    .any(|word| names.contains(&word.to_lowercase()))
            })
            .collect();
        assert!(named.is_empty(), "holding a listed name: {named:?}");
    }

    #[test]
    fn a_word_name_opening_a_caseless_sentence_before_a_noun_is_a_compound() {
        assert!(place("grace period for parking is too short", "grace"));
        assert!(place("summer heat made it hard", "summer"));
        assert!(place(
            "the staff were kind. charity shop volunteers too",
            "charity"
        ));
        // A verb, a listed surname, a role or a name that is no word after it: a person.
        assert!(!place("grace helped me a lot", "grace"));
        assert!(!place("grace mason helped me a lot", "grace"));
        assert!(!place("faith nurse was lovely", "faith"));
        assert!(!place("grace staff nurse was fab", "grace"));
        assert!(!place("summer night shift nurse was fab", "summer"));
        assert!(!place("sarah period pains were sorted", "sarah"));
        // With capitals, or inside a sentence, the rule is not read.
        assert!(!place("Grace period was too short.", "Grace"));
        assert!(!place("thanks to grace period was fine", "grace"));
    }

    #[test]
    fn a_verb_name_before_a_pronoun_is_the_verb() {
        assert!(place("hope ive got the spelling right", "hope"));
        assert!(place("the nurse was jo (hope i've got it right)", "hope"));
        assert!(place("Hope you are all well on the ward.", "Hope"));
        assert!(place("will u ring me back", "will"));
        // Before anything but a pronoun, or after a role, the name stands.
        assert!(!place("Hope looked after me all night.", "Hope"));
        assert!(!place("Nurse Hope you could see was tired.", "Hope"));
        let after_a_name = "the nurse was jo bloggs hope ive got it right";
        assert!(vetoed_among(after_a_name, 5, 5, &[], &[3, 4]));
        assert!(!vetoed_among(after_a_name, 5, 5, &[], &[]));
        assert!(!place("thank you mark you made it bearable", "mark"));
        assert!(!place("Thanks to Sue everyone felt at ease.", "Sue"));
        assert!(!place("Honestly, Hope you saved us that night.", "Hope"));
        assert!(!place("Sue you were the best.", "Sue"));
    }

    #[test]
    fn what_a_verb_of_handling_takes_after_a_possessive_is_a_thing() {
        assert!(place(
            "The physio said I could paddle my Pyranha again.",
            "Pyranha"
        ));
        assert!(place("Oiling his Miroku indoors.", "Miroku"));
        assert!(place(
            "She had to switch on her Kambrook first.",
            "Kambrook"
        ));
        // Verbs that take people too, no possessive, or a word after the find: a person.
        assert!(!place("Nobody asked how my Banatou was doing.", "Banatou"));
        assert!(!place("I went to hug my Banatou at the door.", "Banatou"));
        assert!(!place("Then I drove my Banatou home.", "Banatou"));
        assert!(!place("We had to paddle Banatou back.", "Banatou"));
    }

    #[test]
    fn what_a_measure_holds_is_a_thing() {
        assert!(place("the chemist was out of Derbac again", "Derbac"));
        assert!(place("a dab of Sudocrem on his bum", "Sudocrem"));
        assert!(place("She brought a bottle of Kaltostat", "Kaltostat"));
        // "of" after anything else, or a measure with no "of", keeps the name.
        assert!(!place("a photo of Sarah on the wall", "Sarah"));
        assert!(!place("the bottle Sarah brought", "Sarah"));
    }

    #[test]
    fn a_contraction_of_i_going_on_in_small_letters_is_the_pronoun() {
        assert!(place("the nicest doctor ive ever met", "ive"));
        assert!(place("the nurse im seeing next week", "im"));
        // After an abbreviated title it stands.
        assert!(!place("thanks to dr ive and the team", "ive"));
    }

    #[test]
    fn motorway_services_are_places() {
        assert!(place("We stopped at Tebay services on the way.", "Tebay"));
        assert!(place("Met at Okafor Services, junction 4.", "Okafor"));
        assert!(place("Victoria station was busy.", "Victoria"));
        // A person's name before other words is left.
        assert!(!place("We thanked Okafor for the tea.", "Okafor"));
    }

    #[test]
    fn adjectives_made_from_proper_nouns_are_no_names() {
        assert!(place("The ward's Edwardian windows rattle.", "Edwardian"));
        assert!(place("My son's Eustachian tube was blocked.", "Eustachian"));
        assert!(place("The toilets are Victorian, sadly.", "Victorian"));
        assert!(place(
            "the whole thing was kafkaesque, honestly",
            "kafkaesque"
        ));
        // Not a given name ending so, nor after a cue, nor "-ian" without capitals.
        assert!(!place("Thanks to Brian for the tea.", "Brian"));
        assert!(!place("Seen by Dr Victorian today.", "Victorian"));
        assert!(!place("wen is justinian back on shift", "justinian"));
    }

    #[test]
    fn places_of_great_britain_yield_to_names_and_cues() {
        // A place that is a listed name ("Ashley"), a cue after it, a possessive,
        // thanks, or a comment without capitals: left to the tagger.
        assert!(!place("A card from Ashley made my day.", "Ashley"));
        assert!(!place("Thanks to Rothbury on reception.", "Rothbury"));
        assert!(!place("Sent from Worksop's phone.", "Worksop"));
        assert!(!place("ta to rothbury for the lift", "rothbury"));
        // No preposition of place before it.
        assert!(!place("Rothbury was lovely with my mum.", "Rothbury"));
    }

    #[test]
    fn organisations_joined_words_are_vetoed_but_titled_ones_are_not() {
        assert!(place("Replying to @LTHTrust about the lifts.", "LTHTrust"));
        assert!(place("Shout out to the team #NHSheroes", "NHSheroes"));
        assert!(place(
            "cc @ParkviewSurgery about my letter.",
            "ParkviewSurgery"
        ));
        assert!(!place("Thanks @NHSKemi for the call.", "NHSKemi"));
        assert!(!place(
            "Seen by Dr ParkviewSurgery today.",
            "ParkviewSurgery"
        ));
    }

    #[test]
    fn a_verb_of_a_person_after_a_word_spelt_unlike_a_name_keeps_it() {
        // Spelt unlike a name and alone, these are dropped...
        assert!(spelt_unlike_a_name("orestes") && spelt_unlike_a_name("pericles"));
        assert!(place("Orestes was on nights.", "Orestes"));
        // ...unless the next word is a verb only a person does.
        assert!(!place(
            "On the second night Orestes sat with me.",
            "Orestes"
        ));
        assert!(!place("Pericles said it would be fine.", "Pericles"));
        // A verb after a comma or full stop does not count.
        assert!(place("Orestes. Sat in the corridor for hours.", "Orestes"));
    }

    #[test]
    fn a_lone_surname_that_is_an_everyday_word_in_small_letters_is_a_word() {
        assert!(place("prerna was kinder than fatu but busy", "kinder"));
        assert!(place("my husband was held in a queue for an hour", "held"));
        // After a title it is a person, and a given name is left to the tagger.
        assert!(!place("mrs kinder was lovely", "kinder"));
        assert!(!place("sarah was kinder than the rest", "sarah"));
    }

    #[test]
    fn words_real_comments_write_in_small_letters_are_words() {
        // "chase" is written in small letters in real comments and no name list makes it
        // a name-that-is-a-word; no cue vouches for a person here.
        assert!(place("Please could someone Chase up the results.", "Chase"));
        // The same word after a title, or with a possessive, is a person.
        assert!(!place("Thanks to Dr Chase for the results.", "Chase"));
        assert!(!place("Sent from Chase's phone.", "Chase"));
        // A name real comments never write in small letters stays.
        assert!(!place(
            "Please could someone Zanele up the results.",
            "Zanele"
        ));
    }

    #[test]
    fn people_stay_people() {
        assert!(!place("Thanks to Okafor on the ward.", "Okafor"));
        assert!(!place("Zanele made the stay bearable.", "Zanele"));
        assert!(!place("Ask Bede, the nurse, to ring me.", "Bede"));
        assert!(!place("Zanele ward 4 was great", "Zanele"));
        // A town's name with no preposition of place before it is left to the tagger.
        assert!(!place("Keighley was lovely with my mum.", "Keighley"));
        assert!(!place(
            "Thanks to the Okafor family for the flowers.",
            "Okafor"
        ));
        assert!(!place("my nan gloria was lovely", "gloria"));
        assert!(!place("My partner (Najma A. Kloese) was kind.", "Kloese"));
        assert!(!place("Thanks Najma A Kloese.", "Kloese"));
        assert!(!place("Mom sorted the transport.", "Mom"));
        assert!(!place("The lovely Zanele sat with me.", "Zanele"));
        assert!(!place("I saw the Senior Nurse Zanele twice.", "Zanele"));
        assert!(!place("The HCAs Zanele and Dilek were kind.", "Zanele"));
        // A listed given name before a surname-like place word is a person.
        assert!(!place("Thanks to Edward Lane for his help.", "Edward Lane"));
        // A queen's name with no prefix, or a royal title used as a word, stays a person.
        assert!(!place("Elizabeth on the desk was kind.", "Elizabeth"));
    }

    #[test]
    fn medicines_misspellings_and_eponymous_wards_are_not_people() {
        assert!(place("Ondansetron finally helped.", "Ondansetron"));
        assert!(place("I was given Flucloxacillin twice.", "Flucloxacillin"));
        assert!(place("Zanelex injections every night.", "Zanelex"));
        assert!(place("Docter never came back.", "Docter"));
        assert!(place("Recieved the letter late.", "Recieved"));
        assert!(place("Moved to Zanele ward after theatre.", "Zanele"));
        assert!(place("The Okafor unit was calm.", "Okafor"));
        assert!(place(
            "Then transferred to Zanelebury overnight.",
            "Zanelebury"
        ));
        assert!(place("Referred back to Okafield for the scan.", "Okafield"));
        assert!(place("I was scanned at Zanelewood.", "Zanelewood"));
        assert!(!place("I passed it on to Zanele today.", "Zanele"));
        assert!(!place("I was sent to Dr Zanele.", "Zanele"));
        assert!(!place("Sent from Zanele's phone.", "Zanele"));
        // Thanks that go to someone are no journey.
        assert!(!place(
            "Special thanks go to Zanele in the burns unit.",
            "Zanele"
        ));
        assert!(!place(
            "All the credit goes to Okafield, honestly.",
            "Okafield"
        ));
        assert!(place(
            "Thanks. We go to Zanelewood next week.",
            "Zanelewood"
        ));
        // A cue or a possessive vouches for a person; a number after the ward word
        // makes it a person on a ward.
        assert!(!place("Thanks to Dr Ondansetron.", "Ondansetron"));
        assert!(!place("Zanele ward 4 was great", "Zanele"));
        assert!(!place("Thanks to Zanele for the tea.", "Zanele"));
    }

    #[test]
    fn listed_words_alone_are_words_unless_a_cue_makes_them_names() {
        assert!(place("Macmillan nurses were a godsend.", "Macmillan"));
        assert!(place("I was born in Leeds and speak English.", "English"));
        assert!(place(
            "Dad has Parkinson's and needs his tablets.",
            "Parkinson"
        ));
        assert!(!place("Thanks to Dr Macmillan for the time.", "Macmillan"));
        assert!(!place("Mr English on the ward was kind.", "English"));
        // Listed with a found name that is no listed word, it is a name.
        assert!(!vetoed_beside("So Monday and Abelard were kind.", 1, &[3]));
        assert!(!vetoed_beside("So Monday & Abelard were kind.", 1, &[2]));
        assert!(vetoed_beside("So Monday and Abelard were kind.", 1, &[]));
        assert!(vetoed_beside(
            "Seen at Macmillan and Westminster today",
            2,
            &[4]
        ));
        // A listed given name that is also a word is left to the tagger.
        assert!(!place("Victoria was lovely with my mum.", "Victoria"));
    }

    #[test]
    fn lone_words_spelt_unlike_names_are_words() {
        assert!(place("Dissapointed that nobody phoned.", "Dissapointed"));
        assert!(place("Got my screws at Toolstation after.", "Toolstation"));
        assert!(!place("Zanele made the stay bearable.", "Zanele"));
        // A cue or a possessive vouches for a person whatever the spelling.
        assert!(!place(
            "Thanks to Dr Toolstation for the time.",
            "Toolstation"
        ));
        assert!(!place("Sent from Toolstation's phone.", "Toolstation"));
        // Three capitalised letters are too few to spell unlike a name.
        assert!(!place("Much improved by Ify.", "Ify"));
        assert!(
            spelt_unlike_a_name("ify"),
            "the spelling alone would veto it"
        );
    }

    #[test]
    fn words_listed_with_found_names_or_after_thanks_keep_their_spelling_gate_open() {
        let text = "Both Dissapointed and Zanele were kind.";
        assert!(vetoed_among(text, 1, 1, &[], &[]));
        // Zanele found by the rules, or by the tagger and standing on its own.
        assert!(!vetoed_among(text, 1, 1, &[3], &[]));
        assert!(!vetoed_among(text, 1, 1, &[], &[3]));
        // "were": a found name two words on, with no initial between.
        assert!(vetoed_among(text, 1, 1, &[4], &[]));
        assert!(!place("thank u dissapointed x", "dissapointed"));
        let text = "Seen by Dissapointed G. Zanele today.";
        assert!(!vetoed_among(text, 2, 2, &[4], &[]));
        assert!(place("so dissapointed x", "dissapointed"));
    }

    #[test]
    fn two_words_each_dropped_alone_do_not_vouch_for_each_other() {
        // Both found by the tagger alone, both spelt unlike names: neither stands on its
        // own, so neither vouches for the other.
        let text = "Both Dissapointed and Toolstation were there.";
        assert!(vetoed_among(text, 1, 1, &[], &[3]));
        assert!(vetoed_among(text, 3, 3, &[], &[1]));
        // A listed word beside a tagger-only word that is itself dropped alone.
        assert!(vetoed_among(
            "So Monday and Toolstation were kind.",
            1,
            1,
            &[],
            &[3]
        ));
        // Beside a tagger-only name that stands on its own, the word is kept.
        assert!(!vetoed_among(
            "So Monday and Abelard were kind.",
            1,
            1,
            &[],
            &[3]
        ));
    }

    #[test]
    fn the_end_of_a_short_form_after_an_ampersand_is_no_name() {
        assert!(place("LFTs normal. U&Es normal.", "Es"));
        assert!(!place("Thanks to Tom & Es on nights.", "Es"));
    }

    #[test]
    fn texting_spellings_of_everyday_words_are_words() {
        assert!(place("tell her she's a legend pls", "pls"));
        assert!(place("they didnt ring back", "didnt"));
        // A cue or thanks vouches for a person; a name list's name is left to the tagger.
        assert!(!place("thank u pls x", "pls"));
        assert!(!place("thanks to nurse pls", "pls"));
        // A dropped "g" is not read as a word: names end so too.
        assert!(!place("me n racin both cried", "racin"));
        assert!(!place("me n robin cried", "robin"));
        assert!(!place("zanele made the stay bearable", "zanele"));
    }

    #[test]
    fn small_everyday_words_in_comments_with_capitals_are_words() {
        assert!(place("Shade during summer and sunny weather.", "sunny"));
        assert!(place(
            "Friday: a card for Thariq, flowers for the desk.",
            "flowers"
        ));
        // Not in a comment written without capitals, nor after a cue or thanks.
        assert!(!place("shade during summer and sunny weather", "sunny"));
        assert!(!place("Big thanks to sunny on the ward.", "sunny"));
        // A name in no English list written small is left to the tagger.
        assert!(!place("We saw zanele twice.", "zanele"));
    }

    #[test]
    fn possessives_used_as_nouns_are_things() {
        assert!(place("Huntington's runs in the family.", "Huntington"));
        assert!(place("It was hard. My Addison's was missed.", "Addison"));
        // A possessive with what is theirs after it is a person's.
        assert!(!place("Sent from Addison's phone.", "Addison"));
        assert!(!place("Thanks to Dr Addison's team.", "Addison"));
        // After a determiner too, unless the word is a listed eponym or stands alone.
        assert!(!place("my Tendai's school sent a card", "Tendai"));
        assert!(!place("I held our Xiaoling's hand", "Xiaoling"));
        assert!(place("my Addison's meds ran out", "Addison"));
        assert!(place("my McDonald's breakfast was cold", "McDonald"));
        assert!(place("nobody asked about my Kienbock's.", "Kienbock"));
        assert!(place(
            "nobody asked about my Kienbock's and my hip",
            "Kienbock"
        ));
        // "'s" for "has" or "is" before a participle: a person's doing.
        assert!(!place("Sjoerd's got a lovely way with patients.", "Sjoerd"));
        assert!(!place("Okonkwo's had my back all week.", "Okonkwo"));
        assert!(!place("Sjoerd's meant to ring me back.", "Sjoerd"));
        assert!(!place("Sjoerd's run off her feet.", "Sjoerd"));
    }

    #[test]
    fn hyphenated_compounds_of_everyday_words_are_words() {
        assert!(place("Cross-sectoral working is poor.", "Cross-sectoral"));
        assert!(place("Follow-up was slow.", "Follow-up"));
        assert!(place("Never higher. Long-term investment.", "Long-term"));
        assert!(!place("Hope-Smith was kind.", "Hope-Smith"));
        assert!(!place("Van-Dam on the acute team rang.", "Van-Dam"));
        // Parts all plain words: a word whatever comes after it.
        assert!(place(
            "Face-off at the reception desk, and the system won.",
            "Face-off"
        ));
        assert!(!place("Thanks to Dr Face-off today.", "Face-off"));
    }

    #[test]
    fn a_practice_named_in_brackets_is_a_place() {
        assert!(place("My GP (Gillbrook) knows nothing.", "Gillbrook"));
        assert!(place("the pharmacy ( Lloydsby ) was shut", "Lloydsby"));
        assert!(!place("My nurse (Zanele) knows all.", "Zanele"));
        assert!(!place("My GP (Zanele Okafor, a locum) knows.", "Zanele"));
        // Parts that are names, or a cue before, make it a person.
        assert!(!place("Zanele-Okafor was kind.", "Zanele-Okafor"));
        assert!(!place("Mary-Jane was kind.", "Mary-Jane"));
        // A double-barrelled surname made of words is a surname.
        assert!(!place("Baker-White was kind.", "Baker-White"));
        assert!(!place(
            "Thanks to Dr Cross-sectoral today.",
            "Cross-sectoral"
        ));
    }

    #[test]
    fn words_after_articles_and_relatives_alone_are_words() {
        assert!(place("thanks zanele u r a star", "star"));
        assert!(place("The Diamond rings had to come off.", "Diamond"));
        assert!(place("writing this for my nan", "nan"));
        assert!(place("They sent a First Responder out.", "Responder"));
    }

    #[test]
    fn negative_contractions_without_apostrophes_are_words_whatever_the_cue() {
        assert!(place("the nurse doesnt know", "doesnt"));
        assert!(place("the doctor didnt listen", "didnt"));
        assert!(place("My son wasnt told.", "wasnt"));
        // After an abbreviated title it may be a surname no list holds.
        assert!(!place("Seen by Dr Wasnt today.", "Wasnt"));
        // A word that is no contraction is left to the other vetoes.
        assert!(!place("the nurse Oyelaran came", "Oyelaran"));
    }

    #[test]
    fn a_comment_of_one_unlisted_word_is_a_word() {
        assert!(place("Shambolic.", "Shambolic"));
        assert!(place("Shameless!", "Shameless"));
        assert!(place("Marvellous", "Marvellous"));
        // Unlisted words alone not spelt as adjectives are answers naming someone.
        assert!(!place("Oyelaran.", "Oyelaran"));
        assert!(!place("Fabulosity!", "Fabulosity"));
        // Not alone in the comment, or in the possessive: left to the other vetoes.
        assert!(!place("Oyelaran. Lovely nurse.", "Oyelaran"));
        assert!(!place("Oyelaran's.", "Oyelaran"));
    }

    #[test]
    fn contractions_of_that_and_what_are_words() {
        assert!(place("Thats all.", "Thats"));
        assert!(place("Whats the point", "Whats"));
        // Thanks before it vouches for a person, as for any texting form.
        assert!(!place("Thanks Thats", "Thats"));
    }
}
