//! Person names: cues, name lexicons, capitalisation and lists of words that are not names.
//!
//! The text is split into word tokens once (module `tokens`); each token is looked up once in
//! the lexicons (module `lexicon`); then the rules (module `rule_scan`) find the names the
//! lists and the cues vouch for: a word after a cue (`Dr`, `Nurse`, `my wife`, `thanks to`)
//! or before one (`the receptionist`), a listed given name, a pair opened by one, a word
//! listed beside a found name; never a word of `not_names.txt`, a place (`Queen Elizabeth
//! Hospital`) or a word inside an existing redaction marker (`[name redacted]`).
//!
//! This module prepares a comment for the rules and the learned [`tagger`], and joins
//! their finds: what the tagger alone finds is dropped when the vetoes (module `vetoes`)
//! read it as a place or a word; the position rules (a name-word where only a person can
//! stand, a title before a listed word, a person's slot) add their finds; then finds that
//! name a pet, a thing, a kind or a public figure, among others, are dropped. Comments
//! with small-letter words that may be names, or words or stretches in capitals, are read
//! a second time with those words written as names are (or in small letters).
//! Titles stay outside a name (`Dr [Patel]`), matching the gold data's convention.

mod after_a_colon;
mod after_an_article;
mod birth_cues;
mod bracketed_tag_key;
mod calendars_and_skies;
mod capital_letter_name;
mod cared_for;
mod code_names;
mod coined_method;
pub mod corpus_counts;
mod credited_in_capitals;
mod cues;
mod endearments;
mod eponym_conditions;
mod eponymous_idea;
mod exclamations;
mod faith_adjective;
mod family_tree_name;
mod famous_effects;
mod festivals;
mod firm_suffix;
mod fostering_word;
mod graded_by_name;
mod handles;
mod hashtags;
mod hills_and_characters;
mod hyphenated_name;
mod initials;
pub(crate) mod interjections;
mod joined_name_parts;
mod joined_words;
mod kinship_title;
mod kinship_word;
mod known_entities;
pub(crate) mod lexicon;
mod list_partner;
mod medicines;
pub(crate) mod misspelling;
mod modal_name;
mod name_likeness;
mod name_word_position;
mod named_before_its_kind;
mod named_by_role;
mod named_kinds;
mod named_storms;
mod named_things;
pub(crate) mod noun_words;
mod owned_names;
mod owned_place;
mod past_verb;
mod person_slot;
mod pets;
mod place_given_name_pair;
mod place_nouns;
mod pronoun_verb;
mod public_figures;
mod qualities;
mod referred_back;
mod relative_then_word;
mod rhyme;
mod rule_scan;
mod same_word_again;
mod sayings;
mod section_headings;
mod shouted_name;
mod shouted_stretch;
mod small_letter_context;
mod small_letter_name;
mod spelling_hedge;
mod split_at_breaks;
mod stage_titles;
mod surname_that_is_a_word;
pub mod tagger;
mod texting;
mod things_by_the_word_before;
mod time_of_year;
mod titled_listed_word;
mod titled_possessive;
pub(crate) mod tokens;
mod uncovered_finds;
mod unknown_beside_name;
mod unknown_capitalised;
mod vetoes;
mod with_someone_doing;
mod word_else;

/// Whether a word is a noun for a concrete thing (WordNet): the street finder reads a
/// street before one as the thing's name ("the Downing Street cat").
pub(crate) use named_before_its_kind::is_thing_noun;

use std::sync::Arc;

use tagger::features::Sentence;
pub use tagger::PersonTagger;

use lexicon::{NameLexicon, WordFacts};
use rule_scan::Scan;
use tokens::{tokenize, Gap, Shape, Token};

use super::date_tail::is_a_file_type;
use super::recognizer::Recognizer;
use super::{PiiKind, PiiSpan};

/// The tagger's name bias in the second reading of small-letter words
/// ([`small_letter_name`]): there the context must say "a person", not the bias.
const SECOND_READING_BIAS: f32 = 0.0;

/// A rule that takes names by where a word stands, from the tokens, their lexicon facts
/// and whether the comment is caseless.
type WordPlaceRule = fn(&[Token<'_>], &[WordFacts], bool) -> Vec<(usize, usize)>;

/// The rules of one shape ([`WordPlaceRule`]) whose finds join the names found: a
/// not-a-name word after a title, a pair named by a role, a name after a kinship title,
/// a name credited in capitals, a given name after a colon, a name coined into a method,
/// a given name that is a place's word before a surname, a word whose spelling is doubted.
const WORD_PLACE_RULES: [WordPlaceRule; 8] = [
    titled_listed_word::titled_listed_words,
    credited_in_capitals::names_credited_in_capitals,
    named_by_role::pairs_named_by_a_role,
    kinship_title::given_names_after_kinship_titles,
    after_a_colon::given_names_after_colons,
    coined_method::names_coined_into_methods,
    place_given_name_pair::place_given_names_before_surnames,
    spelling_hedge::names_with_a_spelling_hedge,
];

/// Lower-case particles inside names (`van`, `de`, `bin`), taken only between name words.
pub(crate) const PARTICLES: &[&str] = &[
    "van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "dos", "das", "la", "le",
    "al", "el", "bin", "ibn", "bint", "binti", "binte", "ap", "mac",
];

/// Words after (or ending) a capitalised run that make it a place whatever opens it
/// (`Queen Elizabeth Hospital`, `Arnold Lodge`, `Byron House`); water too
/// ([`WATER_WORDS`], read by [`is_place_word`]), and land capitalised ([`LAND_WORDS`]).
const PLACE_WORDS: &[&str] = &[
    "hospital",
    "hospitals",
    "hosp",
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
    "lounge",
    "hospice",
    "infirmary",
    "trust",
    "suite",
    "department",
    "medical",
    "health",
    "school",
    "college",
    "university",
    "pharmacy",
    "church",
    "station",
    "institute",
    "foundation",
    "road",
    "street",
    "avenue",
];

/// Water named after someone, a word that ends its place's name ("Fraser River", "Tasman
/// Sea", "Bering Strait"): read with [`PLACE_WORDS`] by the rules and alone after a
/// capitalised word by the tagger's vetoes.
pub(crate) const WATER_WORDS: &[&str] = &["river", "lake", "sea", "strait", "estuary"];

/// Land named after someone, a word that ends its place's name and no one's surname
/// ("Stewart Island", "Franz Josef Glacier", "Aldabra Atoll"): read like [`WATER_WORDS`],
/// but only capitalised after a run.
pub(crate) const LAND_WORDS: &[&str] = &[
    "island",
    "islands",
    "glacier",
    "canyon",
    "peninsula",
    "fjord",
    "lagoon",
    "desert",
    "volcano",
    "waterfall",
    "archipelago",
    "atoll",
];

/// Words of land and of the works and sights built on it that are, or may be, surnames
/// ("Sutherland Falls", "Botany Bay", "Kew Gardens", "White Scar Cave", "Rutland Water",
/// "Clevedon Pier", but "Sarah Falls", "Julie Sands", "Emma Towers", "Nurse Sarah Water",
/// "Paul Cave"): a place's only capitalised and when no listed given name opens the
/// run, as `PLACE_WORDS_NAMELIKE` ("Ann falls a lot", "Sarah bay 4" in small letters).
pub(crate) const LAND_WORDS_NAMELIKE: &[&str] = &[
    "falls",
    "bay",
    "beach",
    "sands",
    "sound",
    "isle",
    "gorge",
    "reef",
    "gardens",
    "towers",
    "manor",
    "cliffs",
    "cove",
    "hole",
    "lido",
    "cave",
    "caves",
    "cavern",
    "caverns",
    "viaduct",
    "aqueduct",
    "reservoir",
    "tunnel",
    "railway",
    "pier",
    "water",
];

/// Whether `word` (in small letters) makes a capitalised run it ends, or follows, a place:
/// one of [`PLACE_WORDS`] or [`WATER_WORDS`].
pub(crate) fn is_place_word(word: &str) -> bool {
    PLACE_WORDS.contains(&word) || WATER_WORDS.contains(&word)
}

/// Capitalised words ending a run (or after it) that make it a body of people named for
/// its purpose: "Patient Participation Group", "the Patient Panel", "Maternity Voices
/// Partnership". Only capitalised: in small letters they follow names as often ("I was
/// in Lucy group", "Tom Council housing officer" aside, "Ruth group sessions").
const BODY_WORDS: &[&str] = &[
    "group",
    "forum",
    "committee",
    "council",
    "association",
    "society",
    "panel",
    "network",
    "partnership",
];

/// Place words that are also common surnames (`Edward Lane`, `Amber Hall`): they make a
/// run a place only when no given name opens it (`Jubilee Ward`, `Church Lane`).
const PLACE_WORDS_NAMELIKE: &[&str] = &[
    "ward", "lane", "hall", "drive", "close", "way", "court", "gardens", "park", "green", "hill",
];

/// Finds people's names: the rules (module `rule_scan`, and the position rules below),
/// joined with the learned [`tagger`].
#[derive(Debug, Clone)]
pub struct PersonRecognizer {
    lexicon: NameLexicon,
    tagger: Option<Arc<PersonTagger>>,
}

impl Default for PersonRecognizer {
    fn default() -> Self {
        Self::new()
    }
}

/// One comment made ready for the rules and the tagger.
pub(crate) struct Prepared<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token<'a>>,
    pub facts: Vec<WordFacts>,
    pub caseless: bool,
    /// The rules' names, as inclusive token ranges.
    pub by_rules: Vec<(usize, usize)>,
    /// Whether each token lies in a rules' name.
    pub in_rule_name: Vec<bool>,
}

impl Prepared<'_> {
    /// The view of this comment the tagger's features read.
    pub(crate) fn sentence(&self) -> Sentence<'_, '_> {
        Sentence {
            text: self.text,
            tokens: &self.tokens,
            facts: &self.facts,
            by_rule: &self.in_rule_name,
            caseless: self.caseless,
        }
    }
}

impl PersonRecognizer {
    /// Builds the recognizer with the shipped tagger, loading the name lexicons once.
    pub fn new() -> Self {
        let tagger = PersonTagger::shipped()
            .expect("the shipped tagger is compiled in and checked by a unit test");
        Self::with_tagger(Some(tagger))
    }

    /// The recognizer with another tagger, or with the rules alone (`None`).
    pub fn with_tagger(tagger: Option<PersonTagger>) -> Self {
        PersonRecognizer {
            lexicon: NameLexicon::new(),
            tagger: tagger.map(Arc::new),
        }
    }

    /// Tokenises `text`, looks each word up and runs the rules.
    pub(crate) fn prepare<'a>(&self, text: &'a str) -> Prepared<'a> {
        let tokens = tokenize(text);
        let facts: Vec<WordFacts> = self.lexicon.facts_of(&tokens);
        self.prepare_tokens(text, tokens, facts)
    }

    /// Runs the rules over tokens already split and looked up.
    fn prepare_tokens<'a>(
        &self,
        text: &'a str,
        tokens: Vec<Token<'a>>,
        facts: Vec<WordFacts>,
    ) -> Prepared<'a> {
        let caseless = tokens::is_caseless(text);
        let by_rules = if tokens.is_empty() {
            Vec::new()
        } else {
            Scan {
                text,
                tokens: &tokens,
                facts: &facts,
                caseless,
                lexicon: &self.lexicon,
            }
            .names()
        };
        let mut in_rule_name = vec![false; tokens.len()];
        for &(first, last) in &by_rules {
            in_rule_name[first..=last].fill(true);
        }
        Prepared {
            text,
            tokens,
            facts,
            caseless,
            by_rules,
            in_rule_name,
        }
    }
}

/// Whether a found name in `spans` (byte ranges) covers the range from `start` to `end`.
pub(crate) fn covered(spans: &[(usize, usize)], (start, end): (usize, usize)) -> bool {
    spans.iter().any(|&(a, b)| a <= start && end <= b)
}

/// Adds to the found names `spans` (byte ranges) each of `more` that none covers.
fn add_uncovered(spans: &mut Vec<(usize, usize)>, more: impl IntoIterator<Item = (usize, usize)>) {
    for range in more {
        if !covered(spans, range) {
            spans.push(range);
        }
    }
}

/// The found names `spans` (inclusive token ranges, sorted) with their opening words
/// taken off while `drops(word, last)` holds for the opening `word` of a name ending at
/// `last`; a name left with no word is dropped. The span filters that read a name's first
/// word as something else (a kinship word, a verb) share it.
fn without_leading_words(
    spans: Vec<(usize, usize)>,
    drops: impl Fn(usize, usize) -> bool,
) -> Vec<(usize, usize)> {
    spans
        .into_iter()
        .filter_map(|(first, last)| {
            let start = (first..=last).find(|&k| !drops(k, last))?;
            Some((start, last))
        })
        .collect()
}

/// An everyday English word in small letters, not a particle of a name ("van", "de").
fn small_letter_word(token: &Token<'_>, facts: &WordFacts) -> bool {
    token.shape == Shape::Lower && facts.english && !PARTICLES.contains(&token.lower.as_str())
}

/// Joins two sorted lists of inclusive ranges: overlapping ones become one.
fn join_ranges(a: &[(usize, usize)], b: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut all: Vec<(usize, usize)> = a.iter().chain(b).copied().collect();
    all.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(all.len());
    for (first, last) in all {
        match out.last_mut() {
            Some(prev) if first <= prev.1 => prev.1 = prev.1.max(last),
            _ => out.push((first, last)),
        }
    }
    out
}

/// Joins two names with one middle initial between them ("Najma", "A.", "Kloese"): the
/// tagger can find the given name and the surname and leave the initial outside.
fn bridge_initials(spans: Vec<(usize, usize)>, tokens: &[Token<'_>]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (first, last) in spans {
        if let Some(prev) = out.last_mut() {
            let middle = prev.1 + 1;
            let initial_between = first == middle + 1
                && tokens[middle].shape == Shape::Initial
                && tokens[middle].gap == Gap::Space
                && tokens[first].gap == Gap::Space;
            // "Sarah A. Sarah": one name written twice, the initial closing the first;
            // each mention keeps a placeholder of its own.
            if initial_between && tokens[prev.1].text == tokens[first].text {
                prev.1 = middle;
            } else if initial_between {
                prev.1 = last;
                continue;
            }
        }
        out.push((first, last));
    }
    out
}

impl Recognizer for PersonRecognizer {
    fn kind(&self) -> PiiKind {
        PiiKind::Person
    }

    fn find(&self, text: &str, out: &mut Vec<PiiSpan>) {
        let prepared = self.prepare(text);
        if prepared.tokens.is_empty() {
            return;
        }
        let mut found = self.names_in(&prepared, None);
        if let Some(promoted) = small_letter_name::promotable_words(
            &prepared.tokens,
            &prepared.facts,
            prepared.caseless,
            &self.lexicon,
        ) {
            found = join_ranges(
                &found,
                &self.second_reading(&prepared, &promoted, Some(SECOND_READING_BIAS)),
            );
        }
        let capitals = capital_letter_name::promotable_capital_words(
            &prepared.tokens,
            &prepared.facts,
            prepared.caseless,
        );
        if !capitals.is_empty() {
            // Read with the tagger's own bias: unlike a small-letter word, a long
            // unlisted word in capitals is no misspelling, and the bias weighs a
            // capitalised word's leak against a redacted word, as anywhere.
            found = join_ranges(&found, &self.names_of_capital_words(&prepared, &capitals));
        }
        if !prepared.caseless {
            let shouted = self.names_in_shouted_stretches(&prepared);
            if !shouted.is_empty() {
                found = join_ranges(&found, &shouted);
            }
        }
        let mut bytes: Vec<(usize, usize)> = found
            .into_iter()
            .map(|(first, last)| (prepared.tokens[first].start, prepared.tokens[last].end))
            .collect();
        // A file's type after its name's stop ("card for Ann Lee.docx") is no name.
        let file_type = |start: usize, end: usize| {
            text[..start].ends_with('.') && is_a_file_type(&text[start..end])
        };
        bytes.retain(|&(start, end)| {
            !(bracketed_tag_key::is_key_of_a_bracketed_tag(text, start, end)
                || file_type(start, end))
        });
        // A name inside a hyphenated word ("Our Murekatete-shaped hole") and a
        // double-barrelled name wherever it stands ("Lloyd-Jones took weeks…"), where no
        // name found already covers it.
        let (tokens, lexicon, caseless) = (&prepared.tokens, &self.lexicon, prepared.caseless);
        add_uncovered(
            &mut bytes,
            hyphenated_name::names_before_describing_hyphens(tokens, lexicon, caseless)
                .into_iter()
                .chain(hyphenated_name::double_barrelled_names(
                    tokens, lexicon, caseless,
                )),
        );
        // "@lucy_nurse", "@sarahj": a handle that holds a listed given name or surname.
        let held_in_handles = handles::handles_holding_names(text, |part| {
            let facts = self.lexicon.facts(part);
            (facts.first || facts.surname)
                && !facts.english
                && !facts.common
                && !facts.not_name
                && !facts.soft
        });
        add_uncovered(&mut bytes, held_in_handles);
        // A family tree's name record ("1 NAME Merkuriusz /Dryps/"), taken whole.
        add_uncovered(
            &mut bytes,
            family_tree_name::names_in_family_tree_records(text),
        );
        bytes.sort_unstable();
        // The other part of a name written as records write one ("SURONOVA/OGASH",
        // "Shesternikov, Viyana").
        let joined = joined_name_parts::joined_name_parts(text, &bytes, &self.lexicon);
        if !joined.is_empty() {
            bytes.extend(joined);
            bytes.sort_unstable();
        }
        for (start, end) in handles::widened_to_handles(text, bytes) {
            out.push(PiiSpan {
                start,
                end,
                kind: PiiKind::Person,
            });
        }
    }
}

impl PersonRecognizer {
    /// The names of the second reading of small-letter words ([`small_letter_name`]) or
    /// words in capitals ([`capital_letter_name`]), with the tagger's `name_bias` (its
    /// own when `None`).
    /// Kept out of line: few comments need it, and the common path stays small.
    #[inline(never)]
    fn second_reading(
        &self,
        prepared: &Prepared<'_>,
        promoted: &[usize],
        name_bias: Option<f32>,
    ) -> Vec<(usize, usize)> {
        let read_again = self.prepare_tokens(
            prepared.text,
            small_letter_name::read_as_capitalised(&prepared.tokens, promoted),
            prepared.facts.clone(),
        );
        small_letter_name::names_holding(
            self.names_in(&read_again, name_bias),
            promoted,
            &prepared.tokens,
            &prepared.facts,
        )
    }

    /// The names holding the words in capitals of `capitals`
    /// ([`capital_letter_name`]), found by reading the comment again with those words
    /// written as names are ("ELAMURUGU" as "Elamurugu": same letters, same bytes, so
    /// the tokens line up), with the tagger's own bias. Kept out of line, as above.
    #[inline(never)]
    fn names_of_capital_words(
        &self,
        prepared: &Prepared<'_>,
        capitals: &[usize],
    ) -> Vec<(usize, usize)> {
        let recased =
            capital_letter_name::written_as_names(prepared.text, &prepared.tokens, capitals);
        let mut read = self.prepare(&recased);
        if read.tokens.len() != prepared.tokens.len() {
            return Vec::new();
        }
        // The writer singled the word out: most are taken as a rule's name is, and only
        // the filters of things, places and kinds can drop them.
        let taken: Vec<(usize, usize)> = capitals
            .iter()
            .filter(|&&k| capital_letter_name::taken_as_a_name(&prepared.tokens, k, &self.lexicon))
            .map(|&k| (k, k))
            .collect();
        for &(k, _) in &taken {
            read.in_rule_name[k] = true;
        }
        read.by_rules = join_ranges(&read.by_rules, &taken);
        // Only the names holding a promoted word: the others were found, or not, by
        // the first reading.
        self.names_in(&read, None)
            .into_iter()
            .filter(|&(first, last)| capitals.iter().any(|&k| first <= k && k <= last))
            .collect()
    }

    /// The names inside stretches written all in capitals ([`shouted_stretch`]), found by
    /// reading the comment again in small letters. Kept out of line, as above.
    #[inline(never)]
    fn names_in_shouted_stretches(&self, prepared: &Prepared<'_>) -> Vec<(usize, usize)> {
        shouted_stretch::names_in_shouted_stretches(
            prepared.text,
            &prepared.tokens,
            &prepared.facts,
            |lowered| {
                let read = self.prepare(lowered);
                self.names_in(&read, None)
                    .into_iter()
                    .map(|(first, last)| (read.tokens[first].start, read.tokens[last].end))
                    .collect()
            },
        )
    }

    /// The names of one prepared comment (rules, tagger, vetoes and the position rules),
    /// as sorted inclusive token ranges.
    fn names_in(&self, prepared: &Prepared<'_>, name_bias: Option<f32>) -> Vec<(usize, usize)> {
        let text = prepared.text;
        let found = match &self.tagger {
            Some(tagger) => {
                let sentence = prepared.sentence();
                let pieces = texting::cut_at_everyday_spellings(
                    &owned_names::with_owned_words(
                        referred_back::with_words_referred_back(
                            // Cut at sentence starts first, so that each sentence's part
                            // is weighed by the vetoes on its own ("…Swagata Podeschi.
                            // Runner-up: the porter" is a name, then a word).
                            split_at_breaks::split_at_sentence_starts(
                                match name_bias {
                                    Some(bias) => tagger.tag_with_bias(&sentence, bias),
                                    None => tagger.tag(&sentence),
                                },
                                &prepared.tokens,
                            ),
                            text,
                            &prepared.tokens,
                            &prepared.facts,
                            prepared.caseless,
                        ),
                        text,
                        &prepared.tokens,
                        &prepared.facts,
                        prepared.caseless,
                    ),
                    &prepared.tokens,
                    &prepared.facts,
                    |w| self.lexicon.facts(w).english,
                );
                let tagged: Vec<(usize, usize)> = pieces.iter().map(|p| p.span).collect();
                // What the tagger alone finds is dropped when it reads as a place or a word.
                let context = vetoes::Context {
                    text,
                    tokens: &prepared.tokens,
                    facts: &prepared.facts,
                    lexicon: &self.lexicon,
                    caseless: prepared.caseless,
                    in_rule_name: &prepared.in_rule_name,
                    tagger_spans: &tagged,
                };
                let (by_tagger, vetoed_finds): (Vec<texting::Piece>, Vec<texting::Piece>) =
                    pieces.iter().partition(|piece| {
                        let (first, last) = piece.span;
                        let (from, to) = piece.weighed;
                        prepared.in_rule_name[first..=last].iter().any(|&r| r)
                            || !context.vetoed(from, to)
                    });
                // A verb of wishing closing the tagger's name before a pronoun is the
                // verb: "the nurse was chanae korstad hope ive got it right".
                let by_tagger: Vec<(usize, usize)> = by_tagger
                    .into_iter()
                    .map(|piece| match piece.span {
                        (first, last)
                            if last > first
                                && !prepared.in_rule_name[last]
                                && context.verb_name_before_a_subject(last, last) =>
                        {
                            (first, last - 1)
                        }
                        span => span,
                    })
                    .collect();
                // "What a star Rebecca is!": in a comment that uses capitals, a
                // small-letter word opening the tagger's name is the word it is (it would
                // take the rules' "Rebecca" with it into the article's thing below). One
                // inside it cuts it ("in March means Gran is"), and each new part is
                // weighed by the vetoes on its own.
                let by_tagger = if prepared.caseless {
                    by_tagger
                } else {
                    let small =
                        |k: usize| small_letter_word(&prepared.tokens[k], &prepared.facts[k]);
                    let by_tagger =
                        split_at_breaks::cut_out_inner_words(by_tagger, small, |first, last| {
                            prepared.in_rule_name[first..=last].iter().any(|&r| r)
                                || !context.vetoed(first, last)
                        });
                    without_leading_words(by_tagger, |k, last| k < last && small(k))
                };
                // Unknown capitalised words spelt like names, judged by the same vetoes
                // as the tagger's own finds ("Okwuosa ward" is a place), and left when
                // the tagger's own find holding them was vetoed ("The Van Gogh
                // sunflowers": the whole was read, and read as a thing).
                let unknown: Vec<(usize, usize)> = unknown_capitalised::unknown_capitalised_names(
                    text,
                    &prepared.tokens,
                    &prepared.facts,
                    prepared.caseless,
                )
                .into_iter()
                .filter(|&(first, last)| {
                    !context.vetoed(first, last)
                        && !vetoed_finds
                            .iter()
                            .any(|piece| piece.span.0 <= first && last <= piece.span.1)
                })
                .collect();
                bridge_initials(
                    join_ranges(&join_ranges(&prepared.by_rules, &by_tagger), &unknown),
                    &prepared.tokens,
                )
            }
            None => prepared.by_rules.clone(),
        };
        let name_words = name_word_position::NameWordScan {
            text,
            tokens: &prepared.tokens,
            facts: &prepared.facts,
            caseless: prepared.caseless,
        }
        .finds();
        let titled = titled_possessive::titled_possessives(
            text,
            &prepared.tokens,
            &prepared.facts,
            prepared.caseless,
        );
        let slots = person_slot::PersonSlots {
            text,
            tokens: &prepared.tokens,
            facts: &prepared.facts,
            caseless: prepared.caseless,
            lexicon: &self.lexicon,
        }
        .finds();
        let shouted = shouted_name::shouted_given_names(
            text,
            &prepared.tokens,
            &prepared.facts,
            prepared.caseless,
        );
        let modals = modal_name::modal_names(&prepared.tokens);
        let apposed = named_by_role::given_names_with_a_role_after(
            text,
            &prepared.tokens,
            &prepared.facts,
            prepared.caseless,
        );
        // "with maiyumi holding my belt": a word that can be no word, doing something
        // to the writer.
        let with_the_writer = with_someone_doing::people_with_the_writer(
            &prepared.tokens,
            &prepared.facts,
            &self.lexicon,
        );
        let by_place = WORD_PLACE_RULES
            .iter()
            .map(|rule| rule(&prepared.tokens, &prepared.facts, prepared.caseless));
        let joined = [
            name_words,
            titled,
            slots,
            with_the_writer,
            shouted,
            apposed,
            modals,
        ]
        .into_iter()
        .chain(by_place)
        // Most rules find nothing in most comments: an empty find leaves the joined
        // names as they are (joining is order-free, so the names found first are joined
        // once with nothing to merge what overlaps among them).
        .fold(join_ranges(&found, &[]), |all, more| {
            if more.is_empty() {
                all
            } else {
                join_ranges(&all, &more)
            }
        });
        // The other half of a name no list knows ("Emirita Hydes").
        let joined = unknown_beside_name::widened_over_unknown_words(
            joined,
            &prepared.tokens,
            &prepared.facts,
            prepared.caseless,
            |w| self.lexicon.facts(w).english,
        );
        // A particle written small never ends a name in a comment with capitals ("Stom
        // van mij,": no surname follows its "van"), whichever reading found it; one
        // capitalised may be a surname ("Nurse Kim Le").
        let joined: Vec<(usize, usize)> = joined
            .into_iter()
            .map(|(first, mut last)| {
                while !prepared.caseless
                    && last > first
                    && prepared.tokens[last].shape == Shape::Lower
                    && PARTICLES.contains(&prepared.tokens[last].lower.as_str())
                {
                    last -= 1;
                }
                (first, last)
            })
            .collect();
        // Names wholly inside a multiword thing written out ("Marks & Spencer") or a thing
        // named like a person ("made Menemen", "through Accurx"); pets
        // ("our dog Murphy", "Murphy the dog"), a condition's possessive owning nothing
        // ("with Addison's after years"), named spots or a blood group ("Campbell de
        // Morgan spots"), things the words before them name as things ("a cup of Earl
        // Grey"), kinds of things (languages, star signs, methods named after people),
        // an everyday word after a relative ("my grandmother wants"), a quality paired
        // with another ("with Grace and dignity"), "foster" before
        // a carer or a relative ("Foster carer"), "else" after "everything" or "what", a
        // season or month closing its clause after a word of time ("until April."), a structure or sign
        // named after a physician ("Descemet's membrane", "the pouch of Douglas"):
        // read once, over every found name.
        let tokens = prepared.tokens.as_slice();
        let joined: Vec<(usize, usize)> =
            known_entities::without_entities(joined, text, tokens, &prepared.facts)
                .into_iter()
                .filter(|&(first, last)| {
                    !exclamations::exclaims_no_name(text, tokens, &prepared.facts, first, last)
                        && !endearments::is_endearment_said(tokens, &prepared.facts, first, last)
                        && !hashtags::is_hashtag_of_words(text, tokens, first, last, |word| {
                            let facts = self.lexicon.facts(word);
                            facts.english && !facts.first
                        })
                        && !pets::names_a_pet(text, tokens, first, last)
                        && !pets::called_a_creature_after(tokens, first, last)
                        && !birth_cues::is_birth_cue(tokens, first, last)
                        && !eponym_conditions::condition_owning_nothing(text, tokens, first, last)
                        && !eponym_conditions::spots_or_blood_group_found(tokens, first, last)
                        && !eponymous_idea::names_an_idea(text, tokens, first, last)
                        && !named_things::names_a_thing(text, tokens, &prepared.facts, first, last)
                        && !qualities::names_a_quality(tokens, &prepared.facts, first, last)
                        && !festivals::names_a_festival_day(text, tokens, first, last)
                        && !code_names::names_a_code_name(
                            tokens,
                            &prepared.facts,
                            prepared.caseless,
                            first,
                            last,
                        )
                        && !calendars_and_skies::names_a_time_house_or_star(
                            text,
                            tokens,
                            &prepared.facts,
                            first,
                            last,
                        )
                        && !time_of_year::names_a_time_of_year(tokens, first, last)
                        && !stage_titles::names_a_work(text, tokens, first, last)
                        && !hills_and_characters::names_a_hill_or_character(tokens, first, last)
                        && !place_nouns::place_with_a_small_noun(
                            tokens,
                            &prepared.facts,
                            first,
                            last,
                        )
                        && !eponym_conditions::names_a_structure_or_sign(
                            text,
                            tokens,
                            &prepared.facts,
                            first,
                            last,
                        )
                        && !firm_suffix::names_a_firm(text, tokens, last)
                        && !named_before_its_kind::names_a_make_or_kind(
                            text,
                            tokens,
                            &prepared.facts,
                            prepared.caseless,
                            first,
                            last,
                        )
                        && !named_kinds::names_a_kind(tokens, &prepared.facts, first, last)
                        && !graded_by_name::names_a_grading(
                            text,
                            tokens,
                            &prepared.facts,
                            first,
                            last,
                        )
                        && !fostering_word::fostering_word(text, tokens, first, last)
                        && !word_else::else_after_its_word(tokens, prepared.caseless, first, last)
                        && !relative_then_word::everyday_word_after_a_relative(
                            tokens,
                            &prepared.facts,
                            &self.lexicon,
                            prepared.caseless,
                            first,
                            last,
                        )
                })
                .collect();
        // A relative called by its kinship word ("my Nan", "gran (Jo Bloggs)").
        let joined = kinship_word::without_kinship_words(
            joined,
            text,
            tokens,
            &prepared.facts,
            prepared.caseless,
        );
        // Words of a saying in another language, however found ("greets every patient
        // with Kia ora", "Sat Sri Akal from the healthcare assistant").
        // (Read against all the found names, so the ones to drop are gathered first; most
        // comments have none, and the list is then never allocated.)
        let said: Vec<(usize, usize)> = joined
            .iter()
            .copied()
            .filter(|&(first, last)| sayings::is_a_saying(text, tokens, &joined, first, last))
            .collect();
        let mut joined = joined;
        if !said.is_empty() {
            joined.retain(|span| !said.contains(span));
        }
        // A thing or a word after an article ("the Mona Lisa", "a transgender").
        let joined = after_an_article::without_names_after_articles(
            joined,
            text,
            tokens,
            &prepared.facts,
            prepared.caseless,
        );
        // A place after "at", a firm one works for, what was worn, sung or eaten
        // ("trained at Robert Gordon University", "works for Paddy Power", "sang Crimond").
        let joined =
            things_by_the_word_before::without_places_firms_and_things_used(joined, text, tokens);
        // A word where a verb must stand ("i don not", "to chase them", "my daughter
        // drew a picture").
        let joined = pronoun_verb::without_verbs_after_pronouns(joined, tokens);
        let joined =
            past_verb::without_past_verbs_before_objects(joined, tokens, prepared.caseless);
        // People in the public eye, named as such ("Dr Ranj off the telly").
        let mut joined = public_figures::without_public_figures(joined, &prepared.tokens);
        // A song sheet's or a meeting's heading ("Capo 2.", "[D] Bridge (slowly):") and a
        // word of faith or diet before its noun ("Christian music", "Halal food"), one
        // word each: dropped in one pass.
        joined.retain(|&(first, last)| {
            first != last
                || !(section_headings::is_section_heading(text, tokens, first)
                    || faith_adjective::is_faith_adjective(tokens, first))
        });
        let found = same_word_again::same_word_again(
            initials::initials_before(
                initials::split_repeated_after_initial(
                    split_at_breaks::split_at_breaks(joined, &prepared.tokens),
                    &prepared.tokens,
                ),
                &prepared.tokens,
                prepared.caseless,
            ),
            &prepared.tokens,
        );
        // "Daisy and Poppy on the ward": a listed given name listed with a found name.
        let found = list_partner::widened_over_listed_partners(
            found,
            text,
            &prepared.tokens,
            &prepared.facts,
            prepared.caseless,
        );
        // "Ellen Hall, obviously": a surname that is a word after a found given name.
        surname_that_is_a_word::widened_over_surnames_that_are_words(
            found,
            &prepared.tokens,
            &prepared.facts,
            prepared.caseless,
        )
    }
}

#[cfg(test)]
mod tests {

    use super::*;

    /// What the rules alone find (the tagger has its own tests below).
    fn names(text: &str) -> Vec<&str> {
        let recognizer = PersonRecognizer::with_tagger(None);
        let mut spans = Vec::new();
        recognizer.find(text, &mut spans);
        spans.iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn a_listed_name_after_a_role_that_reads_as_everyday_words_is_left() {
        assert!(names("response time. the locum referred me for physio straight away.").is_empty());
        assert!(names("the nurse right away came over").is_empty());
        // A name after the role stays one.
        assert_eq!(names("seen by physio smith today"), vec!["smith"]);
    }

    #[test]
    fn a_common_name_opening_a_sentence_before_a_persons_irregular_past_is_a_name() {
        assert_eq!(names("Peter hid behind the curtain."), ["Peter"]);
        assert_eq!(names("Terry withdrew from the trial."), ["Terry"]);
        assert_eq!(names("Nick fled the room, bless him."), ["Nick"]);
        // A past that a thing does as often needs an object (see `name_word_position`).
        assert!(names("Mike broke on the intercom.").is_empty());
        assert!(names("Mike froze twice on the video call.").is_empty());
    }

    #[test]
    fn a_surname_initial_after_a_given_name_ends_the_name() {
        assert_eq!(
            names("Arjun T. from the ambulance crew was calm."),
            ["Arjun T."]
        );
        assert_eq!(names("Nurse Sarah B. was great."), ["Sarah B."]);
        // Not after a word that is no given name, nor a second initial on its own.
        assert!(names("We had hepatitis B. tests.").is_empty());
    }

    #[test]
    fn a_run_ending_in_or_before_a_capitalised_body_word_is_a_body() {
        assert!(names("Patient Participation Group, item 5: the screen is too high.").is_empty());
        assert!(names("The Patient Panel met on Monday.").is_empty());
        // In small letters the word follows a name as often.
        assert_eq!(names("I was in Lucy group on Mondays."), ["Lucy"]);
        // A given name opening the run: a surname, or a name before a body's word.
        assert_eq!(
            names("thanks to Sarah Council for chasing it"),
            ["Sarah Council"]
        );
        assert_eq!(
            names("My key worker Tom Council housing officer was useful."),
            ["Tom Council"]
        );
    }

    #[test]
    fn a_role_before_a_name_and_a_workplace_after_it_say_a_person() {
        assert_eq!(
            names("the nurse tendai hospital discharge letter was clear"),
            ["tendai"]
        );
        assert_eq!(
            names("the paramedic liam hospital handover was so thorough"),
            ["liam"]
        );
        // No role before it: the hospital's name.
        assert!(names("my mum was taken to queen elizabeth hospital").is_empty());
    }

    #[test]
    fn faith_staff_are_roles_before_a_name() {
        assert_eq!(
            names("Thanks to the imam Yusuf for his kindness."),
            ["Yusuf"]
        );
        assert_eq!(
            names("The vicar John Smith prayed with us."),
            ["John Smith"]
        );
        assert!(names("The vicar came to see mum every Sunday.").is_empty());
    }

    #[test]
    fn a_common_given_name_that_is_a_word_opening_a_sentence_before_a_past_verb() {
        assert_eq!(names("John drove me home."), ["John"]);
        assert_eq!(names("Tony built a ramp for the chair."), ["Tony"]);
        assert_eq!(names("Harry painted the room."), ["Harry"]);
        // No verb in the past after it.
        assert!(names("Gene therapy helped.").is_empty());
        assert!(names("Drew blood from my arm.").is_empty());
    }

    #[test]
    fn particles_inside_and_after_a_title_are_part_of_the_name() {
        assert_eq!(
            names("Thanks to Pieter van den Berg on ward 3."),
            ["Pieter van den Berg"]
        );
        assert_eq!(names("Mr de la Cruz was my surgeon."), ["de la Cruz"]);
        assert_eq!(names("Dr van der Merwe was thorough."), ["van der Merwe"]);
        // Particles with no name after them stay words, and so does a particle after a
        // determiner in small letters.
        assert!(names("i went to find my van keys after they fell out").is_empty());
        assert_eq!(names("my von stein consultant was a gem"), ["von stein"]);
        assert!(names("Mr de la was it").is_empty());
        assert!(names("We ate at the van de la place.").is_empty());
    }

    #[test]
    fn a_middle_initial_between_two_names_is_part_of_the_name() {
        let tokens = tokenize("Najma A. Kloese was kind");
        assert_eq!(bridge_initials(vec![(0, 0), (2, 2)], &tokens), vec![(0, 2)]);
        let tokens = tokenize("Najma and Kloese were kind");
        assert_eq!(
            bridge_initials(vec![(0, 0), (2, 2)], &tokens),
            vec![(0, 0), (2, 2)]
        );
        let tokens = tokenize("Sarah A. Sarah was kind");
        assert_eq!(
            bridge_initials(vec![(0, 0), (2, 2)], &tokens),
            vec![(0, 1), (2, 2)]
        );
    }

    #[test]
    fn title_cue_takes_the_name_but_not_the_title() {
        assert_eq!(
            names("Dr Pamela Harrison rushed me."),
            vec!["Pamela Harrison"]
        );
        assert_eq!(names("Mr Okonjo the consultant listened."), vec!["Okonjo"]);
        assert_eq!(names("Seen by Dr. Wojcik today"), vec!["Wojcik"]);
        // Negative: a title before a non-name word.
        assert!(names("The Dr was lovely and Dr said no.").is_empty());
    }

    #[test]
    fn after_a_role_in_small_letters_a_word_without_its_apostrophe_is_no_name() {
        assert!(names("the nurse doesnt know").is_empty());
        assert!(names("my sister wasnt told anything").is_empty());
        // An unknown word there is still taken.
        assert_eq!(names("the nurse oyelaran came back"), vec!["oyelaran"]);
    }

    #[test]
    fn role_and_relative_cues() {
        assert_eq!(
            names("Nurse Tamsyn on ward 4 was an angel."),
            vec!["Tamsyn"]
        );
        assert_eq!(
            names("The physio Bryony gave me exercises."),
            vec!["Bryony"]
        );
        assert_eq!(
            names("My husband Olufemi Adeyinka was admitted."),
            vec!["Olufemi Adeyinka"]
        );
        assert_eq!(
            names("The receptionist, Zofia Nowak, was rude."),
            vec!["Zofia Nowak"]
        );
        assert_eq!(names("Nurse Hope on CDU was an angel."), vec!["Hope"]);
        // Negative: roles and relatives followed by ordinary words.
        assert!(names("Sister and the whole team on Ward 31b deserve a medal.").is_empty());
        assert!(names("My husband was admitted on a Friday.").is_empty());
        assert!(names("Frank and honest talk with the physio, which helped.").is_empty());
    }

    #[test]
    fn introductions_and_weak_cues() {
        assert_eq!(
            names("my name is Florin Pătrașcu please ring"),
            vec!["Florin Pătrașcu"]
        );
        assert_eq!(
            names("I'm Duncan J. Howard (NHS 1)."),
            vec!["Duncan J. Howard"]
        );
        assert_eq!(
            names("Thanks to Hope Hudson who stayed late."),
            vec!["Hope Hudson"]
        );
        assert_eq!(
            names("Complaint from Edyta Zarzycka about"),
            vec!["Edyta Zarzycka"]
        );
        // Negative: a weak cue before a lone unknown capitalised word.
        assert!(names("We went to Fairview for a scan.").is_empty());
    }

    #[test]
    fn an_everyday_word_after_an_introduction_or_a_heading_is_no_name() {
        assert_eq!(
            names("I'm Deaf and Priya was the first nurse to write things down."),
            vec!["Priya"]
        );
        assert!(names("Nothing. I'm Deaf, so please ring me.").is_empty());
        assert_eq!(
            names("Re: Complaint About Dr Sahay And The Cancelled Clinic"),
            vec!["Sahay"]
        );
        // An everyday word spoken to or thanked.
        assert_eq!(
            names("Dear Diary, today Zanele taught me my injections."),
            vec!["Zanele"]
        );
        // The same cues before a name.
        assert_eq!(names("Dear Zanele, thank you."), vec!["Zanele"]);
        assert_eq!(names("Hello, I'm Zanele from bay 3."), vec!["Zanele"]);
        assert_eq!(names("Re: Anna Nowak"), vec!["Anna Nowak"]);
    }

    #[test]
    fn after_a_role_in_small_letters_an_unlisted_everyday_word_is_no_name() {
        assert!(names("it seems the patient needs to go to hospital").is_empty());
        assert!(names("more of a patient transport service").is_empty());
        // Names that are words are listed: still taken.
        assert_eq!(names("the nurse comfort was so kind"), vec!["comfort"]);
    }

    #[test]
    fn lexicon_first_names_and_pairs_without_cues() {
        assert_eq!(names("Priya Sharma was great"), vec!["Priya Sharma"]);
        assert_eq!(
            names("Big thanks to Julie, Kerry and Susan."),
            vec!["Julie", "Kerry", "Susan"]
        );
        assert_eq!(
            names("Scott and Dale on the night shift were amazing."),
            vec!["Scott", "Dale"]
        );
        assert_eq!(
            names("Re: Danielle Connolly DOB 1/1/1990"),
            vec!["Danielle Connolly"]
        );
        // Negative: a capitalised pair of unknown words.
        assert!(names("The Eye Casualty ran late.").is_empty());
    }

    #[test]
    fn names_after_a_person_cue() {
        assert_eq!(
            names("Guy the healthcare assistant was brilliant."),
            vec!["Guy"]
        );
        assert_eq!(names("Pearl on reception sorted it."), vec!["Pearl"]);
        // Negative: a capitalised ordinary word opening the sentence.
        assert!(names("Ask the receptionist for a form.").is_empty());
    }

    #[test]
    fn lower_case_comments_still_find_cued_and_listed_names() {
        assert_eq!(names("the physio witold gave me exercises"), vec!["witold"]);
        assert_eq!(names("dr hale was very kind"), vec!["hale"]);
        assert_eq!(names("thanks to hope jones who stayed"), vec!["hope jones"]);
        assert_eq!(
            names("i would like to thank gerard wells for"),
            vec!["gerard wells"]
        );
        assert_eq!(names("i'm sally r. atkins (nhs"), vec!["sally r. atkins"]);
        assert_eq!(
            names("pauline and carole on the night shift"),
            vec!["pauline", "carole"]
        );
        // Negative: no names in a lower-case comment full of look-alikes.
        assert!(names("the nurse on the stroke unit was very kind").is_empty());
        assert!(names("there is always hope when the staff care this much").is_empty());
        assert!(names("the nurse checked on me every hour").is_empty());
        // A place's word-name opening a phrase with an everyday word.
        assert!(names("house rule on the unit: the nurse gives out squash").is_empty());
        assert!(names("new high score on the breathing test").is_empty());
        assert_eq!(
            names("i met victoria wood on the ward"),
            vec!["victoria wood"]
        );
    }

    #[test]
    fn not_name_words_and_decoys_are_left_alone() {
        for text in [
            "Mark my words, Leicester General Hospital is the best.",
            "Keep the faith, the team are doing their best.",
            "By the grace of God my dad pulled through, thank you ICU.",
            "Will the sonographer please stop shouting.",
            "Grace and dignity were shown to my mum.",
            "Patience is needed in the waiting room.",
            "I will recommend the John Radcliffe to friends.",
            "Dr Bowen at Queen Elizabeth Hospital was kind.",
            "All the May appointments at the Balmoral outpatients were cancelled.",
            "Admitted on Monday, seen in A&E by the NHS 111 team.",
            "Where there's a will there's a way, and the Osborne Building team found one.",
        ] {
            let found = names(text);
            assert!(found.iter().all(|n| *n == "Bowen"), "{text}: {found:?}");
        }
    }

    #[test]
    fn a_files_type_after_its_names_stop_is_no_name() {
        let found = names("The newest file is Card for Ann Lee.docx, still unprinted.");
        assert!(!found.contains(&"docx"), "{found:?}");
    }

    #[test]
    fn existing_redactions_are_left_as_they_are() {
        assert!(names("Thanks to [name redacted] and XXXX on ward 7.").is_empty());
        assert!(names("Dr [name redacted] was kind").is_empty());
    }

    #[test]
    fn spans_are_byte_offsets_into_the_text() {
        let text = "Merci à Dr Zoë Kowalczyk.";
        let recognizer = PersonRecognizer::with_tagger(None);
        let mut spans = Vec::new();
        recognizer.find(text, &mut spans);
        assert_eq!(spans.len(), 1);
        assert_eq!(&text[spans[0].start..spans[0].end], "Zoë Kowalczyk");
        assert_eq!(spans[0].kind, PiiKind::Person);
    }

    #[test]
    fn soft_words_are_names_only_with_help() {
        assert_eq!(names("Dr Hall was very kind."), vec!["Hall"]);
        assert_eq!(
            names("I complained to Edward Lane at PALS."),
            vec!["Edward Lane"]
        );
        assert_eq!(
            names("Staff nurse Victoria Kaur should get an award."),
            vec!["Victoria Kaur"]
        );
        assert_eq!(
            names("Mandy Ward, 7th February 1936, 98 Oak Road"),
            vec!["Mandy Ward"]
        );
        // Negative: the same words as places and wards.
        assert!(names("Kerry Ward 7 was clean.")
            .iter()
            .all(|n| *n == "Kerry"));
        assert!(names("Thank you Ward 9 for everything.").is_empty());
        // After a title a number does not make the word a place.
        assert_eq!(names("Dr Hall 2 days ago said so."), vec!["Hall"]);
        assert!(names("We walked round Victoria Park after.").is_empty());
    }

    #[test]
    fn place_words_turn_runs_into_places() {
        for text in [
            "My GP referred me to Jubilee Ward.",
            "Podiatry by Mansfield Community Hospital was slow.",
            "Too many staff at Arnold Lodge.",
            "Byron House, Newark, was excellent.",
        ] {
            assert!(names(text).is_empty(), "{text}");
        }
        // Positive: a given name before a name-like place word is still a person.
        assert_eq!(
            names("Thanks to Amber Hall who stayed late."),
            vec!["Amber Hall"]
        );
        // After a word of place, a given name opens the ward's or the street's name.
        for text in [
            "All the staff on Cherry Ward were proud of their care.",
            "I would like to go to Rowan Ward next time.",
            "Saw the nurse at Heather close.",
        ] {
            assert!(names(text).is_empty(), "{text}");
        }
        assert_eq!(names("I spoke to Sarah Ward about it."), vec!["Sarah Ward"]);
    }

    #[test]
    fn personal_cues_take_unknown_pairs_but_bare_prepositions_do_not() {
        assert_eq!(
            names("Thank you to Nikodem Trepka in the pain clinic."),
            vec!["Nikodem Trepka"]
        );
        assert_eq!(
            names("I complained to Chandran Arya at PALS."),
            vec!["Chandran Arya"]
        );
        // Negative: places after "to" and "from".
        assert!(names("Had to travel to Bishop Auckland for it.").is_empty());
        assert!(names("I just moved here from South Africa.").is_empty());
    }

    #[test]
    fn contact_words_need_a_way_to_reach_the_person() {
        assert_eq!(
            names("Contact Bilaal on 07700 900000 about it."),
            vec!["Bilaal"]
        );
        assert!(names("Regular contact Responsive to needs.").is_empty());
        assert!(names("Told to phone Chemist at Wooler.").is_empty());
    }

    #[test]
    fn colon_headings_and_form_entries() {
        assert_eq!(
            names("Re: Kajetan Burza DOB 11-09-1952"),
            vec!["Kajetan Burza"]
        );
        assert_eq!(
            names("Zenovia Puscasu / 366 896 7342 / call"),
            vec!["Zenovia Puscasu"]
        );
        // Negative: an unknown capitalised pair opening a comment with no record after it.
        assert!(names("Eye Casualty ran three weeks late.").is_empty());
    }

    #[test]
    fn a_name_before_a_role_opens_a_sentence_only_as_a_subject() {
        assert_eq!(
            names("Basem the healthcare assistant was brilliant."),
            vec!["Basem"]
        );
        assert!(names("Especially the paramedic.").is_empty());
        assert!(names("Respect the patient").is_empty());
    }

    #[test]
    fn lists_are_followed_both_ways() {
        assert_eq!(
            names("Nurses Adwoa and Beata were wonderful."),
            vec!["Adwoa", "Beata"]
        );
        assert!(names("Paramedics Explanation of the plan was clear.").is_empty());
        assert_eq!(
            names("Big thank you to Yawer, Jodie and Oliver on CDU."),
            vec!["Yawer", "Jodie", "Oliver"]
        );
        // Backwards more than once: each name added proposes the word before it.
        assert_eq!(
            names("Big thank you to Yawer, Zerubel, Tsongwe, Jodie and Oliver on CDU."),
            vec!["Yawer", "Zerubel", "Tsongwe", "Jodie", "Oliver"]
        );
        assert_eq!(
            names("Aamirah and Kenneth on the night shift."),
            vec!["Aamirah", "Kenneth"]
        );
        // Negative: a list of ordinary capitalised words.
        assert!(names("Started training, Coffee Bar, Bingo and cooking.").is_empty());
    }

    #[test]
    fn initials_after_titles_and_in_lower_case() {
        assert_eq!(names("Seen by Dr A. Kapoor in clinic."), vec!["A. Kapoor"]);
        assert_eq!(
            names("i would like to thank justin k. kelly for"),
            vec!["justin k. kelly"]
        );
    }

    #[test]
    fn small_letter_words_in_cased_comments_need_a_listed_name_and_a_cue() {
        assert_eq!(names("The nurse john was great."), vec!["john"]);
        assert!(names("I was told I would be called back.").is_empty());
        assert!(names("My blood pressure was sky high.").is_empty());
        assert!(names("Dr needs to listen. However the Dr. However said").is_empty());
        // A title written as a small-letter noun before a word of English is that noun.
        assert_eq!(names("The doctor patel was great."), vec!["patel"]);
        assert_eq!(names("Seen by Dr card at last."), vec!["card"]);
        assert!(names("It trumps every doctor card my son owns.").is_empty());
    }

    fn shipped(text: &str) -> Vec<&str> {
        let mut spans = Vec::new();
        PersonRecognizer::new().find(text, &mut spans);
        spans.iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn a_small_letter_word_inside_a_tagged_find_cuts_it() {
        // The tagger runs "March means Gran" together; cut at "means", "March" is a
        // month and "Gran" the relative.
        assert_eq!(
            shipped(
                "Cheers for Mrs Marrugat, whose operation in March means Gran is at table one."
            ),
            vec!["Marrugat"]
        );
    }

    #[test]
    fn a_small_particle_never_ends_a_name() {
        assert_eq!(shipped("I saw Stom van mij there."), vec!["Stom"]);
        assert_eq!(
            shipped("Thanks to Pieter van der Berg."),
            vec!["Pieter van der Berg"]
        );
        // Capitalised, it may be a surname.
        assert_eq!(shipped("Nurse Kim Le was lovely."), vec!["Kim Le"]);
    }

    #[test]
    fn an_unheard_of_sayable_word_in_capitals_is_taken_as_a_name() {
        assert_eq!(
            shipped("Spotted the plate GILEABART 60 in the car park, my old physio."),
            vec!["GILEABART"]
        );
        assert_eq!(
            shipped("The biggest pumpkin had NANAGO cut into the back of it."),
            vec!["NANAGO"]
        );
        // Short forms: too short, unsayable, known to real comments or listed as words.
        assert!(shipped("Seen in CAMHS and then LCMHT, all good.").is_empty());
        assert!(shipped("INT. RESUS - CONTINUOUS. Everyone is shouting.").is_empty());
        assert!(shipped("The COVID rules were clear.").is_empty());
    }

    #[test]
    fn names_where_a_thing_or_a_relative_might_stand_are_kept() {
        // Tried and not shipped in the sixty-sixth reading: each read one false hit
        // and dropped many names (an adversarial review's sentences).
        assert_eq!(
            shipped("i told her sarah would be back in the morning"),
            vec!["sarah"]
        );
        assert_eq!(
            shipped("the midwife came with nana from the birth centre"),
            vec!["nana"]
        );
        assert_eq!(
            shipped("when nighat came round she sat and listened"),
            vec!["nighat"]
        );
        assert_eq!(
            shipped("hope wood explained everything to us"),
            vec!["hope wood"]
        );
    }

    #[test]
    fn the_shipped_tagger_finds_names_the_rules_miss() {
        // Names in no lexicon, without a cue, of the kinds the rules missed.
        assert!(names("Zanevra made the stay bearable.").is_empty());
        assert_eq!(shipped("Zanevra made the stay bearable."), vec!["Zanevra"]);
        assert_eq!(
            shipped("Paramedics Brindley and Oyelowo were fantastic."),
            vec!["Brindley", "Oyelowo"]
        );
        assert_eq!(shipped("Sent from Priyanka's phone."), vec!["Priyanka"]);
        assert_eq!(
            shipped("My partner (Halvor Quintrell) was left waiting."),
            vec!["Halvor Quintrell"]
        );
    }

    #[test]
    fn the_shipped_tagger_leaves_ordinary_comments_alone() {
        for text in [
            "The staff were kind and the ward was clean.",
            "Waited four hours in A&E, then seen by a lovely nurse.",
            "Will the doctor ring me back?",
            "Parking at the hospital is far too expensive.",
        ] {
            assert!(shipped(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_name_before_a_noun_or_a_bare_verb_is_still_redacted() {
        // The review of the tenth round's withdrawn noun-modifier veto: a possessive
        // written without its apostrophe, a verb in its base form, a sign-off or a full
        // name before a noun read as a modifier, and the name was left readable.
        for (text, name) in [
            ("Sarah care was excellent.", "Sarah"),
            ("Tracey kindness will stay with me.", "Tracey"),
            ("Mohammed help me with my tablets.", "Mohammed"),
            ("Priya look after me every night.", "Priya"),
            ("Sharon well done you are a star.", "Sharon"),
            ("Thank you so much. Sarah xxx", "Sarah"),
            ("Sarah Jones care was excellent.", "Sarah Jones"),
            ("Zanele care was excellent.", "Zanele"),
        ] {
            assert!(shipped(text).contains(&name), "{name} kept in: {text}");
        }
        let twice = shipped("The nurse, Sarah, was lovely. Sarah care was outstanding.");
        assert_eq!(twice, vec!["Sarah", "Sarah"]);
    }

    #[test]
    fn a_name_owning_a_small_place_word_is_redacted() {
        // The place rules read "Sarah's house" as a place named so and let it through.
        for (text, name) in [
            ("We stayed at Sarah's house.", "Sarah"),
            ("I went to Mike's house yesterday.", "Mike"),
            (
                "If I were writing Bruce's school report it would say a pleasure.",
                "Bruce",
            ),
        ] {
            assert!(shipped(text).contains(&name), "{name} kept in: {text}");
        }
        assert!(shipped("We went to Guy's hospital.").is_empty());
    }

    #[test]
    fn a_small_letter_word_does_not_open_the_taggers_name() {
        // The tagger read "star Rebecca" as one name, and the article before "star" then
        // made a thing of it, the rules' "Rebecca" with it.
        assert_eq!(shipped("What a star Rebecca is!"), vec!["Rebecca"]);
        assert_eq!(shipped("What a gem Priya is."), vec!["Priya"]);
        // A particle still opens a name; in a comment without capitals nothing is cut.
        assert!(small_letter_word(
            &tokenize("star")[0],
            &NameLexicon::new().facts("star")
        ));
        assert!(!small_letter_word(
            &tokenize("van")[0],
            &NameLexicon::new().facts("van")
        ));
    }
}
