//! A name written right before a noun for a concrete thing modifies that noun, so it
//! names a make, a kind or a breed, not a person: "a Wilkinson Sword blade", "a Lady
//! Boothby fuchsia", "Gillette razors", "a King Charles spaniel"; and a name owning a food or a
//! plant is a brand or a cultivar: "Frank Cooper's marmalade".
//!
//! What counts as a noun for a concrete thing is read from WordNet, not written for
//! this rule: `lexicons/names/thing_nouns.txt` (made by the script beside it) holds the
//! everyday words whose first sense is a plant, food, animal, artifact, substance or
//! object, that have no adjective or adverb reading and no verb reading seen in use, and
//! that no name list holds. A person's name is followed by a verb ("Sarah pens a note"),
//! a preposition, a role ("Sarah nurse") or what a person has ("Priya's phone"), and
//! none of those is on the list.
//!
//! A capitalised word of colour, season or growth may stand between the name and a
//! plant, a food or an animal, as a cultivar's or breed's name goes on ("Hinnonmaki Red
//! gooseberries", "Timperley Early rhubarb"): a person's name is not followed by such a
//! word and a plant. Not after a possessive ("Zanele's Red roses" are hers) or a
//! person's cue ("Thanks to Zanele Red roses").
//!
//! After an article and a word that describes a thing ("the rechargeable Ocoopa hand
//! warmer", "the heavy Juiceman juicer", "the full Thumler's rock tumbler"), a make is
//! read as after an owner's word: by the thing's noun after it. Words of praise,
//! endearment or pointing out, and forms in "-ing" or "-ed", describe a person ("the
//! lovely Sarah", "the same Sarah", "the smiling Sarah") and are left.
//!
//! Kept as a person:
//! - after a verb of giving or getting, with or without a title or role between
//!   ("bought Sister Amal chocolates", "got Amal flowers"): the name is the one given to;
//! - before a name particle ("Mr Shlok bin Al-Amoudi"): "bin" is a container too;
//! - a possessive before any thing but a food or a plant ("Priya's car");
//! - a title or a role before a place staff work in ("the Dr Patel theatre list"), when
//!   every word of the name may own one ([`may_own_a_workplace`]: "Mr Tumble theatre
//!   show", "Miss Saigon theatre trip", "the GP Fairfield office" stay things);
//! - a hyphenated last word, which may end in a suffix ("Marie-Noelle-shaped hole");
//! - a past form or a person's verb after the noun, which may make one verb with it
//!   ("Paget tube fed dad every night");
//! - any name of a comment written without case, where a sentence may run on with no
//!   stop ("cant thank iremide enuf ambulance came").

use std::collections::HashMap;
use std::sync::OnceLock;

use super::after_an_article::{ARTICLES, ENDEARMENTS, PRAISE};
use super::cues::{cue_before, is_relative, CueStrength, POSSESSIVES, ROLES, TITLES};
use super::lexicon::WordFacts;
use super::name_word_position::{person_verb_after, PASTS_SPELT_AS_THE_BASE, PERSON_VERBS};
use super::noun_words::is_mostly_a_noun;
use super::place_nouns::{may_own_a_workplace, WORKPLACES};
use super::rhyme::rhymes;
use super::rule_scan::is_irregular_past;
use super::tagger::features::possessive_after;
use super::tokens::{Gap, Shape, Token};
use super::PARTICLES;

/// Words of colour, season and growth that go on a cultivar's or a breed's name before
/// its plant, food or animal ("Hinnonmaki Red gooseberries", "Timperley Early rhubarb").
const CULTIVAR_WORDS: &[&str] = &[
    "red",
    "white",
    "black",
    "green",
    "yellow",
    "pink",
    "blue",
    "purple",
    "golden",
    "gold",
    "early",
    "late",
    "sweet",
    "giant",
    "dwarf",
    "climbing",
    "bush",
    "wild",
    "perpetual",
];

/// Goods that carry a character's or a brand's name, which the WordNet list leaves out
/// (their first sense is no concrete thing, or they have a verb's reading): "the giant
/// Merida poster", "a Moana costume", "his Snorlax toy". A person's name is not written
/// right before one.
const CHARACTER_GOODS: &[&str] = &[
    "poster",
    "posters",
    "toy",
    "toys",
    "teddy",
    "plushie",
    "costume",
    "costumes",
    "outfit",
    "pyjamas",
    "onesie",
    "lunchbox",
    "duvet",
    "wallpaper",
    "figurine",
    "comic",
    "comics",
    "plasters",
    "stickers",
];

/// Words that stand before a character's name and its goods ("the Merida poster", "his
/// Snorlax toy", "a giant Gruffalo poster"): a person's name before such a word is
/// written without its possessive too ("My daughter Maya teddy got lost", "Sophie
/// outfit for going home"), so goods are read only after one of these.
const BEFORE_GOODS: &[&str] = &[
    "the",
    "a",
    "an",
    "his",
    "her",
    "my",
    "our",
    "their",
    "your",
    "giant",
    "big",
    "little",
    "new",
    "favourite",
];

/// Words of make or feel that may stand between a character's name and its goods ("his
/// Snorlax cuddly toy", "a Moana fancy-dress costume").
const GOODS_WORDS: &[&str] = &[
    "cuddly",
    "soft",
    "plush",
    "stuffed",
    "inflatable",
    "light-up",
    "fancy-dress",
    "dress-up",
    "cardboard",
    "wall",
    "bedroom",
];

/// The WordNet list of nouns for concrete things (see the module docs).
const THING_NOUNS: &str = include_str!("../../../lexicons/names/thing_nouns.txt");

/// The kind of a thing noun's first WordNet sense.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ThingKind {
    /// Something made: pens, razors, prams, boilers.
    Artifact,
    /// Something eaten or drunk: marmalade, potatoes.
    Food,
    /// A plant or a flower: fuchsias, roses.
    Plant,
    /// An animal or a breed: spaniel, cattle.
    Animal,
    /// A material: wool, tartan.
    Substance,
    /// A natural object: pebble, boulder.
    Object,
}

impl ThingKind {
    fn parse(kind: &str) -> Option<Self> {
        Some(match kind {
            "artifact" => Self::Artifact,
            "food" => Self::Food,
            "plant" => Self::Plant,
            "animal" => Self::Animal,
            "substance" => Self::Substance,
            "object" => Self::Object,
            _ => return None,
        })
    }

    /// A plant, a food or an animal: what a cultivar's or a breed's name goes before.
    fn grows_or_is_bred(self) -> bool {
        matches!(self, Self::Plant | Self::Food | Self::Animal)
    }

    /// Kinds a name in the possessive owns only as a brand or a cultivar.
    fn owned_only_as_a_brand(self) -> bool {
        matches!(self, Self::Food | Self::Plant)
    }
}

/// Verbs of giving or getting after which a name and a thing are two objects ("bought
/// Amal chocolates"), in their everyday forms.
const GIVING_VERBS: &[&str] = &[
    "buy", "buys", "bought", "get", "gets", "got", "give", "gives", "gave", "bring", "brings",
    "brought", "send", "sends", "sent", "make", "makes", "made", "bake", "baked", "hand", "handed",
    "pass", "passed", "offer", "offered", "show", "showed", "fetch", "fetched", "leave", "left",
    "owe", "owed", "pour", "poured", "cook", "cooked", "knit", "knitted", "find", "found", "order",
    "ordered", "sell", "sold", "lend", "lent", "save", "saved", "pay", "paid", "take", "took",
    "grab", "grabbed", "wish", "wished", "promise", "promised", "win", "won",
];

/// The list, word to kind, read once.
fn thing_nouns() -> &'static HashMap<&'static str, ThingKind> {
    static NOUNS: OnceLock<HashMap<&'static str, ThingKind>> = OnceLock::new();
    NOUNS.get_or_init(|| {
        THING_NOUNS
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| {
                let (word, kind) = line.split_once(' ')?;
                Some((word, ThingKind::parse(kind.trim())?))
            })
            .collect()
    })
}

/// Whether `word` (lower case) is on the WordNet list of nouns for concrete things.
pub(crate) fn is_thing_noun(word: &str) -> bool {
    thing_nouns().contains_key(word)
}

/// Whether `word` (lower case) is on the WordNet list as an animal or a breed.
pub(crate) fn is_animal_noun(word: &str) -> bool {
    thing_nouns().get(word) == Some(&ThingKind::Animal)
}

/// Whether `word` (lower case) is on the WordNet list as a food or a plant ("pudding",
/// "carrot"): what a character's name put before it with "the" calls one ("Kevin the
/// Carrot").
pub(crate) fn is_food_or_plant_noun(word: &str) -> bool {
    matches!(
        thing_nouns().get(word),
        Some(ThingKind::Food | ThingKind::Plant)
    )
}

/// Whether `word` (lower case) is on the WordNet list as a thing made (a gun, a statue,
/// a robot): what a name put before it with "the" calls an object, not a person
/// ("Bertha the gun").
pub(crate) fn is_made_thing(word: &str) -> bool {
    thing_nouns().get(word) == Some(&ThingKind::Artifact)
}

/// True when the name at tokens `first..=last` is written right before a noun for a
/// concrete thing, and so names a make, a kind or a breed (see the module docs).
pub(crate) fn names_a_make_or_kind(
    text: &str,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    caseless: bool,
    first: usize,
    last: usize,
) -> bool {
    // "Hinnonmaki Red gooseberries": a cultivar's word between the name and a plant.
    // Capitalised as part of the name, right after it (no possessive: "Zanele's red
    // roses" are hers), and not after a person's cue ("Thanks to Zanele Red roses").
    let cultivar_word = tokens.get(last + 1).is_some_and(|word| {
        word.shape == Shape::Capitalised
            && text.get(tokens[last].end..word.start) == Some(" ")
            && CULTIVAR_WORDS.contains(&word.lower.as_str())
    }) && !matches!(
        cue_before(tokens, first),
        Some(CueStrength::Personal | CueStrength::Role | CueStrength::Title)
    ) && tokens.get(last + 2).is_some_and(|noun| {
        noun.gap == Gap::Space
            && noun.shape == Shape::Lower
            && thing_nouns()
                .get(noun.lower.as_str())
                .is_some_and(|kind| kind.grows_or_is_bred())
    });
    if owned_goods_of_a_firm(text, tokens, facts, first, last) {
        return true;
    }
    // "his Snorlax cuddly toy": a word of make or feel between a name and its goods,
    // written small.
    let goods_word = !cultivar_word
        && tokens.get(last + 1).is_some_and(|word| {
            word.shape == Shape::Lower
                && text.get(tokens[last].end..word.start) == Some(" ")
                && GOODS_WORDS.contains(&word.lower.as_str())
        })
        && tokens.get(last + 2).is_some_and(|noun| {
            noun.gap == Gap::Space && CHARACTER_GOODS.contains(&noun.lower.as_str())
        });
    let noun_at = if cultivar_word || goods_word {
        last + 2
    } else {
        last + 1
    };
    let Some(noun) = tokens.get(noun_at) else {
        return false;
    };
    // A hyphenated word may carry a suffix ("Marie-Noelle-shaped hole"): the noun is
    // then the suffix's, not the name's.
    if tokens[last].text.contains('-') {
        return false;
    }
    let owned = possessive_after(text, tokens[last].end);
    let between = if cultivar_word || goods_word {
        " "
    } else {
        &text[tokens[last].end..noun.start]
    };
    let after_possessive = between
        .strip_prefix("'s")
        .or_else(|| between.strip_prefix("\u{2019}s"));
    let written_beside = between == " " || (owned && after_possessive == Some(" "));
    if !written_beside || noun.shape != Shape::Lower {
        return false;
    }
    // Not in a comment written without case, where a possessive's "'s" is as often
    // left out ("our kelly car") and a run-on sentence may follow a name; but for an
    // owned thing whose noun no person's word or verb is spelt as ("my duncan yo-yo",
    // "my omer speargun").
    if caseless {
        return !owned
            && goods_of_an_owner(tokens, facts, first, noun_at)
            && (reduplicated(noun.lower.as_str())
                || closed_compound_head(noun.lower.as_str()).is_some());
    }
    if !owned && goods_of_an_owner(tokens, facts, first, noun_at) {
        return true;
    }
    if owned && described_make_owning_a_compound(tokens, facts, first, last) {
        return true;
    }
    let word = noun.lower.as_str();
    if PARTICLES.contains(&word) {
        return false;
    }
    let goods_after_a_determiner = || {
        CHARACTER_GOODS.contains(&word)
            && first > 0
            && tokens[first].gap == Gap::Space
            && BEFORE_GOODS.contains(&tokens[first - 1].lower.as_str())
            && cue_before(tokens, first).is_none()
    };
    let Some(kind) = thing_nouns()
        .get(word)
        .copied()
        .or_else(|| goods_after_a_determiner().then_some(ThingKind::Artifact))
    else {
        return false;
    };
    // A noun and a past form after it may be one verb ("Paget tube fed dad", "spoon
    // fed"), or the noun a person's description: the name is then the subject.
    // Not after an owner ("my mother-in-law's Tefal cooker hissed"): an owned name is no
    // verb's subject.
    let owned_before = owner_word_before(tokens, first)
        || (first > 0
            && tokens[first].gap == Gap::Space
            && possessive_after(text, tokens[first - 1].end));
    let verb_after = !owned_before
        && tokens
            .get(noun_at + 1)
            .is_some_and(|after| after.gap == Gap::Space && after.lower.as_str().ends_with("ed"));
    // Not after a cultivar's word: "Cupani sweet peas climbed" is the plant's verb.
    if !cultivar_word && (verb_after || person_verb_after(tokens, noun_at)) {
        return false;
    }
    if owned && !kind.owned_only_as_a_brand() {
        return false;
    }
    // A clinician's workplace after a title or a role is theirs, a list or a team of
    // theirs ("the Dr Patel theatre list", "the Rev Olusegun chapel service"), not a
    // make ("Dr Martens boots").
    let cued = matches!(
        cue_before(tokens, first),
        Some(CueStrength::Title | CueStrength::Role)
    );
    if cued
        && WORKPLACES.contains(&word)
        && (first..=last).all(|k| may_own_a_workplace(&tokens[k], &facts[k]))
    {
        return false;
    }
    // The verb of giving may stand before a title or role ("bought Sister Amal
    // chocolates").
    let titled = first > 0 && {
        let before = tokens[first - 1].lower.as_str();
        TITLES.contains(&before) || ROLES.contains(&before)
    };
    let opens = if titled { first - 1 } else { first };
    let given_to = opens > 0
        && tokens[opens].gap == Gap::Space
        && GIVING_VERBS.contains(&tokens[opens - 1].lower.as_str());
    !given_to
}

/// Whether the name at `first` stands between an owner's word and a small-letter noun
/// that is no person's ("our Worx pressure washer", "the hitch on our Brian James
/// trailer", "my Eden greenhouse"): what one owns and names by its make. A time of one's
/// life named after a person ("in my Aneurin era") or a meeting with them ("my Priya
/// appointment") is theirs. A person right
/// after "my" or "our" is followed by a verb or a possessive ("our Kelly rang", "my
/// Sarah's car"), not by a noun of a thing; a noun in "-s" may be a verb ("our Kelly
/// works"), and a relative, a role or a person's noun is the person's ("my Sarah boy").
fn goods_of_an_owner(
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    first: usize,
    noun_at: usize,
) -> bool {
    let noun = tokens[noun_at].lower.as_str();
    // A thing's noun: one WordNet reads mostly as a noun; a reduplicated word ("yo-yo",
    // "walkie-talkie"), no verb's form; or a word no everyday word list holds before a
    // noun that closes a compound with it ("Vurtego pogo stick"), where an everyday word
    // may be a verb with its object ("our Kelly made tea").
    let unknown = |k: usize| !facts[k].english && !facts[k].common && !facts[k].any_name();
    let compound_head = closed_compound_head(noun);
    let noun_follows = small_noun_at(tokens, noun_at + 1);
    let thing_noun = is_mostly_a_noun(noun)
        || reduplicated(noun)
        || modifier_of_a_compound(tokens, first, noun_at)
        || (unknown(noun_at) && (compound_head.is_some() || noun_follows));
    // The noun, its head if it is two written as one ("daytrip"), and the word after it,
    // which may make a compound with it ("phone call").
    let compound = std::iter::once(noun).chain(compound_head).chain(
        tokens
            .get(noun_at + 1)
            .filter(|next| next.gap == Gap::Space && next.shape == Shape::Lower)
            .map(|next| next.lower.as_str()),
    );
    // A word in "-s" may be a verb's form ("our Kelly works", "our Kelly childminds
    // twins"), unless it is a listed noun that is no other noun's plural and a noun
    // follows it ("my Wilson tennis racket").
    let no_verbs_s = !noun.ends_with('s')
        || (is_mostly_a_noun(noun) && !is_mostly_a_noun(&noun[..noun.len() - 1]) && noun_follows);
    // The make may be a run of capitalised words, the found name its last ("her Aqua
    // Marina surfboard"), after an owner's word or an article and a word for the thing
    // ("the heavy Juiceman juicer").
    let run_start = capitalised_run_start(tokens, first);
    let owner_word = owner_word_before(tokens, run_start);
    (owner_word || described_after_an_article(tokens, facts, run_start))
        && thing_noun
        && no_verbs_s
        && !compound.into_iter().any(a_persons_word)
        && !person_verb_after(tokens, noun_at)
        && (owner_word || !past_after(tokens, noun_at))
}

/// Whether token `k` is a noun in small letters, mostly a noun by WordNet, written after a
/// space: what may close a compound with the word before it ("tennis racket").
fn small_noun_at(tokens: &[Token<'_>], k: usize) -> bool {
    tokens.get(k).is_some_and(|token| {
        token.gap == Gap::Space
            && token.shape == Shape::Lower
            && is_mostly_a_noun(token.lower.as_str())
    })
}

/// Whether a past follows the word at `k`, which may make one verb with it ("hand
/// washed", "spoon fed"): a form in "-ed", an irregular past or one spelt as its base
/// ("hand cut").
fn past_after(tokens: &[Token<'_>], k: usize) -> bool {
    tokens.get(k + 1).is_some_and(|next| {
        let word = next.lower.as_str();
        next.gap == Gap::Space
            && (word.ends_with("ed")
                || is_irregular_past(word)
                || PASTS_SPELT_AS_THE_BASE.contains(&word))
    })
}

/// Whether `word` (lower case) is a person's, after a name it may follow: a time, day or
/// meeting of theirs, a workplace, a role, a relative or a noun for a person ("my Priya
/// appointment", "the Patel theatre", "my Sarah boy").
fn a_persons_word(word: &str) -> bool {
    PERSONS_TIMES_AND_MEETINGS.contains(&word)
        || WORKPLACES.contains(&word)
        || ROLES.contains(&word)
        || is_relative(word)
        || PEOPLE_NOUNS.contains(&word)
}

/// The modals and auxiliaries, and adverbs between a subject and its verb: after "our
/// Kelly" each is hers ("our Kelly can drive vans", "our Kelly never cook"); the pasts
/// spelt as their base are [`PASTS_SPELT_AS_THE_BASE`] ("our Kelly cut hair").
#[rustfmt::skip]
const VERBS_AFTER_A_SUBJECT: &[&str] = &[
    "can", "could", "will", "would", "shall", "should", "may", "might", "must", "do", "did",
    "had", "never", "always", "just",
];

/// Words before an owner's word after which a person's bare verb follows the owned name
/// ("we watched our Kelly play football", "let my Sarah drive cars", "me and our Kelly
/// cook meals"): verbs that take a bare infinitive after their object, and the words
/// joining another subject.
const BEFORE_A_BARE_VERB: &[&str] = &[
    "let", "lets", "letting", "make", "makes", "made", "making", "watch", "watched", "watching",
    "see", "saw", "seen", "hear", "heard", "help", "helped", "helps", "have", "had", "has", "felt",
    "noticed", "bid", "and", "&", "or", "nor", "did", "does", "do", "will", "would", "can",
    "could", "should", "might", "must",
];

/// Whether the word at `noun_at`, after the name owned at `first`, is in its base form
/// before a lower-case noun, the two a compound of the make's kit ("her Curver pedal
/// bin", "my Ekrin massage gun", "my son's Tacwise nail gun"), the head a made thing: a
/// verb in its base form cannot follow a name owned by "my" or "our" ("our Kelly
/// pedals", "our Kelly pedalled"), but after a past spelt as the base or a modal
/// ([`VERBS_AFTER_A_SUBJECT`]), or where the name is the object of a verb taking a bare
/// verb after it or is one of two subjects ([`BEFORE_A_BARE_VERB`]).
fn modifier_of_a_compound(tokens: &[Token<'_>], first: usize, noun_at: usize) -> bool {
    let word = tokens[noun_at].lower.as_str();
    let base_form = word.len() >= 3
        && !word.ends_with('s')
        && !word.ends_with("ed")
        && !word.ends_with("ing")
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !VERBS_AFTER_A_SUBJECT.contains(&word)
        && !PASTS_SPELT_AS_THE_BASE.contains(&word)
        && !is_irregular_past(word)
        && !PERSON_VERBS.contains(&word);
    // The compound's head a made thing ("bin", "gun", "clippers"): "I rang our Kelly
    // last night", "our Kelly cook dinner" are no kit.
    let head = tokens.get(noun_at + 1).is_some_and(|head| {
        head.gap == Gap::Space && head.shape == Shape::Lower && is_made_thing(head.lower.as_str())
    });
    let bare_verb_before = first >= 2
        && tokens[first - 1].gap == Gap::Space
        && BEFORE_A_BARE_VERB.contains(&tokens[first - 2].lower.as_str());
    tokens[noun_at].shape == Shape::Lower && base_form && head && !bare_verb_before
}

/// Whether `word` is reduplicated, two rhyming halves joined by a hyphen ("yo-yo",
/// "walkie-talkie").
fn reduplicated(word: &str) -> bool {
    word.split_once('-').is_some_and(|(a, b)| rhymes(a, b))
}

/// Shortest part of a closed compound noun ([`closed_compound_head`]).
const COMPOUND_PART_MIN: usize = 3;

/// The head of `word` (lower case, on no word list) when it is two nouns written as one
/// ("speargun", "kettlebell", "mountainbike" and their heads "gun", "bell", "bike"): a
/// thing's name, which no verb of texting ("txt", "sed") or name is spelt as.
fn closed_compound_head(word: &str) -> Option<&str> {
    if !word.is_ascii() {
        return None;
    }
    (COMPOUND_PART_MIN..=word.len().saturating_sub(COMPOUND_PART_MIN))
        .find(|&cut| is_mostly_a_noun(&word[..cut]) && is_mostly_a_noun(&word[cut..]))
        .map(|cut| &word[cut..])
}

/// Whether the found name `first..=last` is one of two capitalised names joined by "&"
/// that stand between an owner's word and a small-letter noun that is no person's (as
/// [`goods_of_an_owner`] reads one name): a firm that made what one owns ("the boiler on
/// our Clayton & Shuttleworth traction engine").
fn owned_goods_of_a_firm(
    text: &str,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    first: usize,
    last: usize,
) -> bool {
    let joined_to_the_next = |k: usize| {
        tokens.get(k + 1).is_some_and(|next| {
            next.shape == Shape::Capitalised && text.get(tokens[k].end..next.start) == Some(" & ")
        })
    };
    let (firm_first, firm_last) = if joined_to_the_next(last) {
        (first, last + 1)
    } else if first > 0
        && tokens[first - 1].shape == Shape::Capitalised
        && joined_to_the_next(first - 1)
    {
        (first - 1, last)
    } else {
        return false;
    };
    let noun_at = firm_last + 1;
    tokens
        .get(noun_at)
        .is_some_and(|noun| noun.gap == Gap::Space && noun.shape == Shape::Lower)
        && goods_of_an_owner(tokens, facts, firm_first, noun_at)
}

/// The first token of the run of capitalised words, joined by spaces, that ends at `k`
/// ("Aqua Marina", "Mountain King"): a make's name of several words. An owner's word
/// opening a sentence ("My Makita") is the owner's, not the make's.
pub(crate) fn capitalised_run_start(tokens: &[Token<'_>], k: usize) -> usize {
    let mut start = k;
    while start > 0
        && tokens[start].gap == Gap::Space
        && tokens[start - 1].shape == Shape::Capitalised
        && !POSSESSIVES.contains(&tokens[start - 1].lower.as_str())
    {
        start -= 1;
    }
    start
}

/// Whether the capitalised run opening at `first` follows an article and one word in
/// small letters that describes a thing, not a person ("the rechargeable Ocoopa hand
/// warmer", "the long Draper spirit level", "the heavy Juiceman juicer"): an everyday
/// word that is mostly no noun ("the night Alvisia held my hand" is a time's), no role,
/// no word of praise or endearment ("the lovely Sarah", "the amazing Marcus"), and no
/// form in "-ing" or "-ed" ("the smiling Sarah", "the dedicated Sarah"). What follows
/// the make decides, as after an owner's word: a person after such words is followed by
/// a verb, a surname, a role or a stop, not by a thing's noun.
fn described_after_an_article(tokens: &[Token<'_>], facts: &[WordFacts], first: usize) -> bool {
    if first < 2 || tokens[first].gap != Gap::Space || tokens[first - 1].gap != Gap::Space {
        return false;
    }
    let word = tokens[first - 1].lower.as_str();
    tokens[first - 1].shape == Shape::Lower
        && facts[first - 1].english
        && !is_mostly_a_noun(word)
        && !PERSONS_OWN_DESCRIPTIONS.contains(&word)
        && !word.ends_with("ing")
        && !word.ends_with("ed")
        && !PRAISE.contains(&word)
        && !ENDEARMENTS.contains(&word)
        && !ROLES.contains(&word)
        && !TITLES.contains(&word)
        && ARTICLES.contains(&tokens[first - 2].lower.as_str())
}

/// Words before a name after an article that point out a person or say how they are,
/// not describe a thing: "the same Sarah", "the other Sarah", "the young Sarah", and the
/// words of manner the real comments say of staff ("the staff were helpful, polite and
/// efficient": those said at least twice after "was" or "were" of staff in the QDC
/// comments, and a few more of the kind), which a person's name follows with its "'s"
/// left out ("the gentle Ratnaraju blood test").
#[rustfmt::skip]
const PERSONS_OWN_DESCRIPTIONS: &[&str] = &[
    "same", "other", "very", "usual", "former", "young", "wee", "only", "one", "first",
    "last", "next", "certain", "rare", "inimitable", "unique", "cheerful", "quiet", "funny",
    "sweet", "gentle", "patient", "friendly", "tall", "short", "late", "helpful",
    "unhelpful", "good", "professional", "excellent", "polite", "nice", "efficient", "busy",
    "knowledgeable", "pleasant", "attentive", "supportive", "calm", "respectful", "prompt",
    "courteous", "thorough", "swift", "chatty", "reliable", "careful", "responsive",
    "competent", "considerate", "compassionate", "skilful", "skillful", "thoughtful",
    "experienced", "brave", "clever", "wise", "honest", "rude", "grumpy",
    "miserable", "happy", "jolly", "smiley", "bubbly", "lively", "hardworking", "tireless",
    "fabulous", "superb", "dear", "poor",
];

/// Whether the make `first..=last`, owned with "'s" after an article and a word for the
/// thing ([`described_after_an_article`]), owns a compound of two nouns in small
/// letters, neither of them a person's word: "the full Thumler's rock tumbler". A person
/// so described owns what a person has ("the quiet Sarah's smile"), one word.
fn described_make_owning_a_compound(
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    first: usize,
    last: usize,
) -> bool {
    let noun = |k: usize| small_noun_at(tokens, k) && !a_persons_word(tokens[k].lower.as_str());
    described_after_an_article(tokens, facts, capitalised_run_start(tokens, first))
        && noun(last + 1)
        && noun(last + 2)
        && !person_verb_after(tokens, last + 2)
}

/// Whether an owner's word (my, our, his, her, their, your) stands right before the name
/// at `first`, a space between.
pub(crate) fn owner_word_before(tokens: &[Token<'_>], first: usize) -> bool {
    first > 0
        && tokens[first].gap == Gap::Space
        && POSSESSIVES.contains(&tokens[first - 1].lower.as_str())
}

/// Nouns after a name and an owner's word that say a time of one's life named after the
/// person, a day of theirs, or a meeting or a list of theirs ("my Aneurin era", "my
/// Xiaoling birthday", "my Priya appointment").
const PERSONS_TIMES_AND_MEETINGS: &[&str] = &[
    "era",
    "phase",
    "stage",
    "chapter",
    "period",
    "moment",
    "mode",
    "vibe",
    "energy",
    "arc",
    "journey",
    "life",
    "time",
    "summer",
    "year",
    "appointment",
    "appt",
    "trip",
    "outing",
    "visit",
    "session",
    "call",
    "clinic",
    "shift",
    "team",
    "list",
    "round",
    "class",
    "lesson",
    "lessons",
    "match",
    "concert",
    "recital",
    "practice",
    "training",
    "gig",
    "group",
    "review",
    "referral",
    "letter",
    "consultation",
    "birthday",
    "party",
    "wedding",
    "funeral",
    "anniversary",
    "christening",
    "graduation",
    "retirement",
    "memorial",
];

/// Nouns for a person that may follow a name after an owner's word ("my Sarah boy").
const PEOPLE_NOUNS: &[&str] = &[
    "boy",
    "girl",
    "lad",
    "lass",
    "baby",
    "babe",
    "friend",
    "mate",
    "pal",
    "bestie",
    "man",
    "woman",
    "love",
    "darling",
    "angel",
    "hero",
    "star",
    "princess",
    "prince",
    "queen",
    "king",
    "bairn",
    "child",
    "kid",
    "sweetheart",
    "buddy",
    "bro",
    "sis",
    "girlfriend",
    "boyfriend",
    "fiance",
    "fiancee",
    "partner",
    "husband",
    "wife",
    "neighbour",
    "carer",
    "twin",
];

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn make_or_kind(text: &str, first: usize, last: usize) -> bool {
        make_or_kind_in(text, false, first, last)
    }

    fn make_or_kind_caseless(text: &str, first: usize, last: usize) -> bool {
        make_or_kind_in(text, true, first, last)
    }

    /// [`names_a_make_or_kind`] on the found name `first..=last` of `text`, a comment
    /// written without case or not.
    fn make_or_kind_in(text: &str, caseless: bool, first: usize, last: usize) -> bool {
        let tokens = tokenize(text);
        let lexicon = super::super::lexicon::NameLexicon::new();
        let facts = lexicon.facts_of(&tokens);
        names_a_make_or_kind(text, &tokens, &facts, caseless, first, last)
    }

    #[test]
    fn in_a_comment_without_case_only_an_owned_things_own_noun_names_a_make() {
        assert!(make_or_kind_caseless(
            "the string of my duncan yo-yo snapped",
            4,
            4
        ));
        assert!(make_or_kind_caseless(
            "the spear from my omer speargun hit me",
            4,
            4
        ));
        // Any other noun may follow a person's name written small ("our kelly car").
        assert!(!make_or_kind_caseless("our kelly car broke down", 1, 1));
        assert!(!make_or_kind_caseless(
            "my worx pressure washer broke",
            1,
            1
        ));
        assert!(!make_or_kind_caseless("my jo daytrip was cancelled", 1, 1));
        assert!(!make_or_kind_caseless("our kelly childminds twins", 1, 1));
    }

    #[test]
    fn a_workplace_after_a_title_or_role_and_a_name_is_theirs() {
        assert!(!make_or_kind(
            "The Dr Patel theatre team were amazing.",
            2,
            2
        ));
        assert!(!make_or_kind(
            "The Reverend Siobhan chapel service was lovely.",
            2,
            2
        ));
        assert!(!make_or_kind(
            "We loved the nurse Priya theatre tour.",
            4,
            4
        ));
        // With no title or role, or before a thing that is no workplace, still a make.
        assert!(make_or_kind("The Hartley chapel service was lovely.", 1, 1));
        assert!(make_or_kind("He wore his Dr Martens boots.", 4, 4));
        assert!(make_or_kind("We saw the Mr Tumble theatre show.", 4, 4));
        assert!(make_or_kind("Our Miss Saigon theatre trip was fun.", 2, 2));
        assert!(make_or_kind("The GP Fairfield office lost my forms.", 2, 2));
    }

    #[test]
    fn a_name_before_a_thing_names_a_make_or_kind() {
        assert!(make_or_kind("The Gillette razors in the shop.", 1, 1));
        // A character before the goods that carry it, a word of make or feel perhaps
        // between.
        assert!(make_or_kind("The giant Gruffalo poster in clinic.", 2, 2));
        assert!(make_or_kind("She wore her Elsa costume to theatre.", 3, 3));
        assert!(make_or_kind("Not without his Pikachu cuddly toy.", 3, 3));
        // Not without a word before the name that goods take ("My daughter Maya teddy").
        assert!(!make_or_kind("My daughter Maya teddy got lost.", 2, 2));
        assert!(!make_or_kind(
            "Sophie outfit for going home was lovely.",
            0,
            0
        ));
        // Not the person's own toy, nor a word of feel before no goods.
        assert!(!make_or_kind("Amara's toy was lost on the ward.", 0, 0));
        assert!(!make_or_kind("Thanks Amara soft words helped.", 1, 1));
        assert!(make_or_kind(
            "Her Cavalier King Charles spaniel visits.",
            1,
            3
        ));
        assert!(make_or_kind(
            "A Lady Boothby fuchsia grows by the door.",
            1,
            2
        ));
        assert!(make_or_kind(
            "The pack of Wilkinson Sword blades cost a lot.",
            3,
            4
        ));
        assert!(make_or_kind("Full of Mrs Popple fuchsias.", 3, 3));
        assert!(make_or_kind("The Hartley potatoes were cold.", 1, 1));
        assert!(make_or_kind(
            "She spread Frank Cooper's marmalade on toast.",
            2,
            3
        ));
        // A word of colour, season or growth between the name and its plant or food.
        assert!(make_or_kind(
            "Ms Vale says Hinnonmaki Red gooseberries are sweet.",
            3,
            3
        ));
        assert!(make_or_kind("She forces Timperley Early rhubarb.", 2, 2));
        assert!(make_or_kind("Her Cupani Sweet peas climbed.", 1, 1));
        // A curly apostrophe, as phones write it.
        assert!(make_or_kind(
            "She spread Frank Cooper\u{2019}s marmalade on toast.",
            2,
            3
        ));
        // An owned name before its thing and a past form: no subject of that verb.
        assert!(make_or_kind(
            "My mother-in-law's Tefal cooker hissed steam.",
            2,
            2
        ));
        assert!(make_or_kind("My Tefal cooker hissed steam.", 1, 1));
        // A name between an owner's word and a noun that is no person's: its make.
        assert!(make_or_kind("Our Worx pressure washer broke.", 1, 1));
        assert!(make_or_kind("The hitch on our Brian James trailer.", 4, 5));
        assert!(make_or_kind("The door of my Eden greenhouse fell.", 4, 4));
        // Two nouns written as one after the make, or a noun in "-s" that is no
        // plural before its head.
        assert!(make_or_kind(
            "The spear from my Omer speargun hit me.",
            4,
            4
        ));
        assert!(make_or_kind(
            "The chain came off my Raleigh mountainbike.",
            5,
            5
        ));
        assert!(make_or_kind(
            "I tripped over my Wilson tennis racket.",
            4,
            4
        ));
        // Two names joined by "&": a firm.
        let engine = "The boiler on our Clayton & Shuttleworth traction engine spat.";
        assert!(make_or_kind(engine, 4, 4));
        assert!(make_or_kind(engine, 5, 5));
    }

    #[test]
    fn an_owned_person_before_a_verb_a_person_or_a_time_of_theirs_stays_a_person() {
        assert!(!make_or_kind("Our Kelly rang the ward.", 1, 1));
        assert!(!make_or_kind("Our Kelly works nights.", 1, 1));
        assert!(!make_or_kind("My Sarah boy is lovely.", 1, 1));
        assert!(!make_or_kind("Honestly I am in my Aneurin era now.", 4, 4));
        assert!(!make_or_kind("My Priya appointment was fine.", 1, 1));
        assert!(!make_or_kind("Our Kelly's car was towed.", 1, 1));
        assert!(!make_or_kind("Our Dympna phone call was cut short.", 1, 1));
        assert!(!make_or_kind("Our Kelly & Sam rang the ward.", 1, 1));
        assert!(!make_or_kind("My Kelly & Sam boys are lovely.", 3, 3));
        // A verb in "-s" before its object, a verb written as two words in one, or a
        // time of the person's written so: still the person.
        assert!(!make_or_kind("Our Kelly childminds twins now.", 1, 1));
        assert!(!make_or_kind("Our Jess housesits dogs for people.", 1, 1));
        assert!(!make_or_kind("Our Kelly walks dogs for a living.", 1, 1));
        assert!(!make_or_kind("My Jo daytrip was cancelled.", 1, 1));
    }

    #[test]
    fn an_owned_make_before_a_compound_of_its_kit_names_the_make() {
        // A word in its base form, then a made thing: no verb of "our Kelly".
        assert!(make_or_kind(
            "The hinge on her Curver pedal bin snapped.",
            4,
            4
        ));
        assert!(make_or_kind("My Ekrin massage gun broke.", 1, 1));
        // A make of two capitalised words, the found name its last.
        assert!(make_or_kind("The edge of her Aqua Marina surfboard.", 5, 5));
        // "My" opening the sentence, capitalised, is the owner's word, not the make's.
        assert!(make_or_kind("My Makita angle grinder threw a spark.", 1, 1));
        // A past spelt as its base, a modal, an irregular past or a person's verb, a
        // head that is no made thing, or a verb taking a bare verb before the owner, or
        // a second subject: the person.
        assert!(!make_or_kind("Our Kelly cut hair for a living.", 1, 1));
        assert!(!make_or_kind("Our Kelly can drive vans.", 1, 1));
        assert!(!make_or_kind("Our Kelly made tea.", 1, 1));
        assert!(!make_or_kind("I rang our Kelly last night.", 3, 3));
        assert!(!make_or_kind("Our Kelly cook dinner every night.", 1, 1));
        assert!(!make_or_kind("We watched our Kelly play football.", 3, 3));
        assert!(!make_or_kind("I let my Sarah drive cars.", 3, 3));
        assert!(!make_or_kind("Me and our Kelly clean cars.", 3, 3));
    }

    #[test]
    fn a_make_after_an_article_and_a_word_for_the_thing_names_the_make() {
        assert!(make_or_kind(
            "She asked whether the rechargeable Ocoopa hand warmer was hot.",
            5,
            5
        ));
        assert!(make_or_kind(
            "Dad dropped the long Draper spirit level off the scaffold.",
            4,
            4
        ));
        assert!(make_or_kind("He dropped the heavy Juiceman juicer.", 4, 4));
        // Owned with "'s", before a compound of two nouns.
        assert!(make_or_kind(
            "I lifted the full Thumler's rock tumbler off the shelf.",
            4,
            4
        ));
        // A word of praise, endearment or pointing out, or a form in "-ing" or "-ed",
        // describes a person; a past after the noun makes a verb with it; a person's
        // noun or one thing a person has is theirs.
        assert!(!make_or_kind("The lovely Sarah hand cream helped.", 2, 2));
        assert!(!make_or_kind("The same Sarah hand washed him.", 2, 2));
        assert!(!make_or_kind("The brave Sarah hand washed him.", 2, 2));
        assert!(!make_or_kind(
            "The smiling Sarah hand massage helped.",
            2,
            2
        ));
        assert!(!make_or_kind("The quiet Sarah's smile.", 2, 2));
        assert!(!make_or_kind("The cheerful Sarah's rock collection.", 2, 2));
        assert!(!make_or_kind("The brave Sarah night shift.", 2, 2));
        assert!(!make_or_kind("The night Alvisia held my hand.", 2, 2));
        // A word of manner said of staff: a person whose "'s" was left out.
        assert!(!make_or_kind(
            "The gentle Ratnaraju blood test was painless.",
            2,
            2
        ));
        assert!(!make_or_kind(
            "The helpful Sarah hair wash was lovely.",
            2,
            2
        ));
    }

    #[test]
    fn people_before_other_words_stay_people() {
        assert!(!make_or_kind("Sarah pens a note every day.", 0, 0));
        assert!(!make_or_kind("Thanks to Priya nurse on ward 4.", 2, 2));
        assert!(!make_or_kind("It was sent from Priya's phone.", 4, 4));
        assert!(!make_or_kind("Took Priya's car to get here.", 1, 1));
        assert!(!make_or_kind("We bought Amal chocolates.", 2, 2));
        assert!(!make_or_kind("We bought Sister Amal chocolates.", 3, 3));
        assert!(!make_or_kind("Mr Shlok bin Hamid did my op.", 1, 1));
        assert!(!make_or_kind("Sarah, pens are needed.", 0, 0));
        assert!(!make_or_kind("Sarah was kind.", 0, 0));
        assert!(!make_or_kind("Paget tube fed dad every night.", 0, 0));
        assert!(!make_or_kind("Thanks Sarah", 1, 1));
        assert!(!make_or_kind("Sarah brought flowers.", 0, 0));
        assert!(!make_or_kind("Sarah Green pens were given out.", 0, 0));
        assert!(!make_or_kind("We bought Sarah Sweet peas.", 2, 2));
        // A possessive, a small-letter word or a person's cue before the name.
        assert!(!make_or_kind("Zanele's Red roses were lovely.", 0, 0));
        assert!(!make_or_kind("Kemi red roses on the ward.", 0, 0));
        assert!(!make_or_kind("Thanks to Zanele Red roses.", 2, 2));
        assert!(!make_or_kind(
            "Our Marie-Noelle-shaped hole in the rota.",
            1,
            1
        ));
    }
}
