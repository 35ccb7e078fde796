//! The name lexicons in `lexicons/names/`, embedded at build time and loaded once.
//!
//! Plain text an analyst can edit: one or more entries per line, `#` starts a comment,
//! case does not matter. `README.md` beside the files says where each list came from.

use crate::classify::short_str_map::ShortStrMap;
use crate::fast_hash::FastHashMap;

/// The word map, on the project's fast unkeyed hash: its keys are the embedded lexicons'
/// words, not attacker-chosen input, so the standard library's keyed hash buys nothing
/// here and costs about a third of a look-up.
type WordMap = FastHashMap<String, Entry>;

/// The shipped `lexicons/names` file of that name (one copy in the binary, shared with
/// [`super::name_likeness`]).
pub(super) const FIRST_NAMES: &str = include_str!("../../../lexicons/names/first_names.txt");
/// The shipped `lexicons/names` file of that name (one copy in the binary, shared with
/// [`super::name_likeness`]).
pub(super) const SURNAMES: &str = include_str!("../../../lexicons/names/surnames.txt");
const WORD_NAMES: &str = include_str!("../../../lexicons/names/word_names.txt");
/// More names that are words, which the redactor reads and `train-pii`'s generator does
/// not (so adding one leaves every measuring round as written).
const MORE_WORD_NAMES: &str = include_str!("../../../lexicons/names/word_names_more.txt");
/// The shipped `lexicons/names` file of that name (one copy in the binary, shared with
/// [`super::name_likeness`]).
pub(crate) const NOT_NAMES: &str = include_str!("../../../lexicons/names/not_names.txt");
const COMMON_WORDS: &str = include_str!("../../../lexicons/names/common_words.txt");
/// The shipped `lexicons/names` file of that name (one copy in the binary, shared with
/// [`super::name_likeness`]).
pub(crate) const ENGLISH_WORDS: &str = include_str!("../../../lexicons/names/english_words.txt");
/// More everyday words (colloquial and ward words SCOWL's list lacks: "telly",
/// "shambolic"), which the redactor reads and `train-pii`'s generator does not (so adding
/// one leaves every measuring round as written).
pub(crate) const MORE_ENGLISH_WORDS: &str =
    include_str!("../../../lexicons/names/english_words_more.txt");
/// The shipped `lexicons/names` file of that name (one copy in the binary, shared with
/// [`super::name_likeness`]).
pub(super) const PROPER_NOUNS: &str =
    include_str!("../../../lexicons/names/english_proper_nouns.txt");

/// What the lexicons say about one lower-cased word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct WordFacts {
    /// In `first_names.txt` (and not a plain word).
    pub first: bool,
    /// In `surnames.txt`.
    pub surname: bool,
    /// In `word_names.txt`: a name that is also an everyday word (Hope, Will, Mark).
    pub word_name: bool,
    /// In `not_names.txt` and in no name list: never part of a name (NHS, Monday).
    pub not_name: bool,
    /// In `not_names.txt` *and* a name list (Ward, Hall, Lane, Victoria): read as a word
    /// unless a cue or a name beside it says otherwise; may continue a name
    /// ("Edward Lane", "Dr Hall").
    pub soft: bool,
    /// In `common_words.txt`: an everyday word that never starts a name (was, the, kind).
    pub common: bool,
    /// Written in lower case in the SCOWL British English word list (`english_words.txt`).
    pub english: bool,
    /// Only capitalised in that word list (`english_proper_nouns.txt`): names, places, brands.
    pub proper: bool,
    /// On no list, and English only as a prefix before a listed word ("reshape",
    /// "Rechichi": "re" + "chichi"): weaker evidence of a word than a listed one.
    pub derived: bool,
    /// How common a listed given name is: 0 unlisted, 1 (most common) to 5 (rare).
    pub first_rank: u8,
    /// The same for surnames.
    pub surname_rank: u8,
}

impl WordFacts {
    /// Listed as a given name (a name that is a word, or ranked by frequency, included):
    /// what the rules that take a name by its place in the sentence accept.
    pub(crate) fn listed_given_name(&self) -> bool {
        self.first || self.word_name || self.first_rank > 0
    }

    /// Among the 2,000 commonest given names or surnames of the lists ("Sally",
    /// "Cooper"), whatever else the word is: not a rare surname that is an everyday word
    /// ("Home", "Child"). Rules that take a capitalised word by its place accept such a
    /// name even when it is a word.
    pub(crate) fn common_listed_name(&self) -> bool {
        (1..=3).contains(&self.first_rank) || (1..=3).contains(&self.surname_rank)
    }

    /// Listed as a given name or surname (word-names included), and not a not-name.
    pub fn any_name(&self) -> bool {
        !self.not_name && (self.first || self.surname || self.word_name)
    }

    /// On a list of words that are not names as such: English, proper nouns, common
    /// words, not-a-name words or soft (place and service) words. A word in none of them
    /// and written oddly (in small letters, in capitals) may be a name written so.
    pub fn listed_as_a_word(&self) -> bool {
        self.english || self.proper || self.common || self.not_name || self.soft
    }

    /// An everyday English word that no name list holds and the word list never writes
    /// with a capital ("Everything", "Deaf", "needs"): names that are words (Grace, Will,
    /// Baker) are on the name lists, so a capital on such a word is emphasis or a heading.
    pub fn everyday_word_only(&self) -> bool {
        self.english && !self.any_name() && !self.proper
    }

    /// An everyday or common word that no given-name or surname list holds ("My",
    /// "Dealt", "Quicker"): what a found name may run on into after a relative's
    /// signature ("Love, Nan My CPN was…"). Name-words count ("Well").
    pub fn word_on_no_name_list(&self) -> bool {
        (self.english || self.common) && !(self.first || self.surname)
    }

    /// A listed name that is no ordinary or domain word: enough on its own beside a cue.
    pub fn plain_name(&self) -> bool {
        !self.not_name && !self.soft && (self.first || self.surname)
    }
}

/// Prefixes that make new English words from English words ("re" + "shape"), read by
/// [`NameLexicon::facts`] for a word on no list.
const DERIVING_PREFIXES: &[&str] = &[
    "re", "un", "pre", "mis", "dis", "over", "under", "out", "non", "sub", "inter", "counter",
    "anti", "semi", "multi",
];

/// Bits of [`NameLexicon`]'s one map: which files list a word.
const IN_FIRST: u8 = 1;
const IN_SURNAMES: u8 = 2;
const IN_WORD_NAMES: u8 = 4;
const IN_NOT_NAMES: u8 = 8;
const IN_COMMON: u8 = 16;
const IN_ENGLISH: u8 = 32;
const IN_PROPER: u8 = 64;
const IN_DERIVED: u8 = 128;

/// What the map holds for one word: the files that list it and, for names, the line
/// order of the name files (frequency order for their census sections) as a bucket.
#[derive(Debug, Clone, Copy, Default)]
struct Entry {
    bits: u8,
    first_rank: u8,
    surname_rank: u8,
}

/// A name's position in its file as a frequency bucket (1 most common .. 5 rare).
fn rank_bucket(position: usize) -> u8 {
    match position {
        0..100 => 1,
        100..500 => 2,
        500..2000 => 3,
        2000..5000 => 4,
        _ => 5,
    }
}

/// The loaded lexicons: one map from lower-cased word to the files that list it, built
/// once in [`NameLexicon::new`], so each token costs one look-up.
#[derive(Debug, Clone)]
pub(crate) struct NameLexicon {
    /// Looked up once or more per token of every comment: words of up to 15 bytes
    /// (nearly all) are keyed by value, so a look-up is one multiply and one integer
    /// comparison instead of hashing bytes and a `memcmp` against a heap key.
    words: ShortStrMap<Entry>,
    /// Given names, surnames, word-names and not-names loaded.
    #[cfg(test)]
    sizes: [usize; 4],
}

/// The entries of one lexicon file, lower-cased (shared with `date_unknown_month`, which
/// reads the word lists to tell a month from a word).
pub(crate) fn entries(file: &str) -> impl Iterator<Item = String> + '_ {
    file.lines()
        .map(|line| line.split('#').next().unwrap_or(""))
        .flat_map(str::split_whitespace)
        .map(|word| word.to_lowercase().replace('\u{2019}', "'"))
}

/// Fewest letters of an English word that a prefix or "-ed" makes another word of
/// ("reshape", "lasered"): shorter ones would read short names as words ("Predrag":
/// "pre" + "drag"; "Sayed": "say" + "ed").
const SHORTEST_DERIVING_WORD: usize = 5;

impl NameLexicon {
    /// Parses the embedded lexicon files.
    pub fn new() -> Self {
        let mut words = WordMap::with_capacity_and_hasher(96_000, Default::default());
        for (file, bit) in [
            (FIRST_NAMES, IN_FIRST),
            (SURNAMES, IN_SURNAMES),
            (WORD_NAMES, IN_WORD_NAMES),
            (MORE_WORD_NAMES, IN_WORD_NAMES),
            (NOT_NAMES, IN_NOT_NAMES),
            (COMMON_WORDS, IN_COMMON),
            (ENGLISH_WORDS, IN_ENGLISH),
            (MORE_ENGLISH_WORDS, IN_ENGLISH),
            (PROPER_NOUNS, IN_PROPER),
        ] {
            for (position, word) in entries(file).enumerate() {
                let entry = words.entry(word).or_default();
                entry.bits |= bit;
                if bit == IN_FIRST && entry.first_rank == 0 {
                    entry.first_rank = rank_bucket(position);
                }
                if bit == IN_SURNAMES && entry.surname_rank == 0 {
                    entry.surname_rank = rank_bucket(position);
                }
            }
        }
        // A possessive entry of the not-a-name list ("Crohn's", "Barnardo's") also lists
        // its stem, the token a possessive leaves ("Crohn" + "'s"), unless the stem is an
        // everyday word ("Down's": "down").
        for entry in entries(NOT_NAMES) {
            let Some(stem) = entry.strip_suffix("'s") else {
                continue;
            };
            let known = words.get(stem).is_some_and(|e| e.bits & IN_ENGLISH != 0);
            if !known && !stem.is_empty() {
                words.entry(stem.to_string()).or_default().bits |= IN_NOT_NAMES;
            }
        }
        #[cfg(test)]
        let sizes = {
            let count = |bit: u8| words.values().filter(|e| e.bits & bit != 0).count();
            [
                count(IN_FIRST),
                count(IN_SURNAMES),
                count(IN_WORD_NAMES),
                count(IN_NOT_NAMES),
            ]
        };
        let mut short = ShortStrMap::default();
        for (word, entry) in words {
            short.insert(&word, entry);
        }
        NameLexicon {
            words: short,
            #[cfg(test)]
            sizes,
        }
    }

    /// Looks up every word of a tokenised comment, in order: what the rules, the
    /// tagger and the vetoes read beside the tokens.
    pub(crate) fn facts_of(&self, tokens: &[super::tokens::Token<'_>]) -> Vec<WordFacts> {
        tokens
            .iter()
            .map(|t| self.facts(t.lower.as_str()))
            .collect()
    }

    /// Looks up one lower-cased word.
    pub fn facts(&self, lower: &str) -> WordFacts {
        let entry = self
            .words
            .get(lower)
            .copied()
            .unwrap_or_else(|| self.derived_word(lower));
        let bits = entry.bits;
        let has = |bit: u8| bits & bit != 0;
        let listed_word = has(IN_NOT_NAMES);
        let in_first = has(IN_FIRST);
        let surname = has(IN_SURNAMES);
        let soft = listed_word && (in_first || surname || has(IN_WORD_NAMES));
        let word_name = has(IN_WORD_NAMES) || soft;
        WordFacts {
            first: !word_name && in_first,
            surname,
            word_name,
            not_name: listed_word && !soft,
            soft,
            common: has(IN_COMMON),
            english: has(IN_ENGLISH),
            proper: has(IN_PROPER),
            derived: has(IN_DERIVED),
            first_rank: entry.first_rank,
            surname_rank: entry.surname_rank,
        }
    }

    /// A word on no list that is an English word of five letters or more with a
    /// prefix before it ("reshape", "rebooked", "unclip"): the word list holds the
    /// everyday words, not every word a prefix makes, and such a word opening a
    /// sentence ("Reshape while damp") is no name. Only [`DERIVING_PREFIXES`]; the
    /// rest must be five letters so short names are not read as words
    /// ("Predrag": "pre" + "drag").
    fn derived_word(&self, lower: &str) -> Entry {
        // The shortest prefix and word: most unknown tokens (names, numbers) are shorter
        // and skip the prefix look-ups.
        const SHORTEST: usize = 2 + SHORTEST_DERIVING_WORD;
        let english = lower.len() >= SHORTEST
            && DERIVING_PREFIXES.iter().any(|prefix| {
                lower
                    .strip_prefix(prefix)
                    .is_some_and(|rest| self.deriving_word(rest))
            });
        let english = english || self.past_form_of_a_word(lower);
        Entry {
            bits: if english { IN_ENGLISH | IN_DERIVED } else { 0 },
            ..Entry::default()
        }
    }

    /// Whether a word on no list is the past form in "-ed" of an English word of five
    /// letters or more ("lasered"): the word list holds the everyday words' forms, not
    /// those of every noun made a verb. Names ending so are shorter over a word ("Ahmed",
    /// "Sayed"), and a word in "-e" taking only "-d" is left ("Shaked" is a name).
    fn past_form_of_a_word(&self, lower: &str) -> bool {
        lower
            .strip_suffix("ed")
            .is_some_and(|stem| self.deriving_word(stem))
    }

    /// Whether `word` is a listed English word of [`SHORTEST_DERIVING_WORD`] letters or
    /// more: what a prefix before it or "-ed" after it makes another word of.
    fn deriving_word(&self, word: &str) -> bool {
        word.len() >= SHORTEST_DERIVING_WORD
            && self
                .words
                .get(word)
                .is_some_and(|e| e.bits & IN_ENGLISH != 0)
    }

    /// Number of given names, surnames, word-names and not-names loaded.
    #[cfg(test)]
    pub fn sizes(&self) -> [usize; 4] {
        self.sizes
    }
}

impl Default for NameLexicon {
    fn default() -> Self {
        Self::new()
    }
}

/// Test support: the words of every given-name, surname and name-that-is-a-word list of
/// `lexicons/names`, the measuring rounds' training lists included, in small letters and
/// without comments: what a word list that must hide no person is checked against.
#[cfg(test)]
pub(crate) fn every_listed_name() -> std::collections::HashSet<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lexicons/names");
    let mut files: Vec<std::path::PathBuf> = [
        "first_names.txt",
        "surnames.txt",
        "word_names.txt",
        "word_names_more.txt",
    ]
    .map(|f| dir.join(f))
    .to_vec();
    for entry in std::fs::read_dir(dir.join("training")).expect("training lists") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            files.push(path);
        }
    }
    let mut names = std::collections::HashSet::new();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("name list");
        for line in text.lines() {
            let word = line.split('#').next().unwrap_or("").trim().to_lowercase();
            if !word.is_empty() {
                names.insert(word);
            }
        }
    }
    names
}

/// Test support: whether `rule` holds of the word `word` of `text` (its first token so
/// written) found alone as a name, read with the tokens and lexicon facts the redactor
/// reads.
#[cfg(test)]
pub(crate) fn rule_holds_of_word(
    text: &str,
    word: &str,
    rule: impl Fn(&[super::tokens::Token<'_>], &[WordFacts], usize) -> bool,
) -> bool {
    let tokens = super::tokens::tokenize(text);
    let facts = NameLexicon::new().facts_of(&tokens);
    let i = tokens.iter().position(|t| t.text == word).expect("word");
    rule(&tokens, &facts, i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_thousands_of_names_of_many_origins() {
        let lexicon = NameLexicon::new();
        let [first, surnames, word_names, not_names] = lexicon.sizes();
        assert!(first > 3000 && surnames > 3000, "{first} {surnames}");
        assert!(word_names > 50 && not_names > 300);
        for name in [
            "priya",
            "oluwaseun",
            "małgorzata",
            "siobhán",
            "mohammed",
            "wei",
        ] {
            assert!(lexicon.facts(name).first, "{name}");
        }
        for name in ["patel", "okafor", "kowalski", "nguyen", "o'brien", "smith"] {
            assert!(lexicon.facts(name).surname, "{name}");
        }
    }

    #[test]
    fn everyday_words_are_not_plain_first_names() {
        let lexicon = NameLexicon::new();
        for word in ["hope", "grace", "will", "faith", "joy", "patience", "mark"] {
            let facts = lexicon.facts(word);
            assert!(facts.word_name && !facts.first, "{word}");
        }
        for word in [
            "monday",
            "nhs",
            "a&e",
            "paracetamol",
            "hospital",
            "september",
        ] {
            assert!(lexicon.facts(word).not_name, "{word}");
        }
        // Domain words that are also names are "soft": words first, names with help.
        for word in ["ward", "hall", "lane", "victoria"] {
            let facts = lexicon.facts(word);
            assert!(
                facts.soft && !facts.not_name && !facts.plain_name(),
                "{word}"
            );
        }
        assert!(lexicon.facts("was").common);
        assert!(lexicon.facts("kindness").english && !lexicon.facts("kindness").proper);
        assert!(lexicon.facts("london").proper && !lexicon.facts("london").english);
        // A prefix and an English word of five letters or more make a word; a prefix
        // and a shorter word do not ("predrag" is a given name).
        assert!(lexicon.facts("reshape").english);
        assert!(lexicon.facts("rebooked").english);
        assert!(!lexicon.facts("predrag").english);
        assert!(!lexicon.facts("rezanele").english);
        // The past form in "-ed" of an English word of five letters or more is a word;
        // a shorter stem or a word in "-e" with "-d" is not ("ahmed", "shaked").
        assert!(lexicon.facts("lasered").english);
        assert!(!lexicon.facts("ahmed").english);
        assert!(!lexicon.facts("shaked").english);
        assert_eq!(lexicon.facts("james").first_rank, 1);
        assert_eq!(lexicon.facts("kindness").first_rank, 0);
        assert!(!lexicon.facts("zzzz").any_name());
        // The stem of a possessive not-a-name entry is listed; an everyday stem is not.
        assert!(lexicon.facts("barnardo").not_name);
        assert!(!lexicon.facts("down").not_name && !lexicon.facts("down").soft);
    }

    #[test]
    fn comments_and_case_are_ignored() {
        let set: Vec<String> = entries("# heading\nAnna  Bob # trailing\n").collect();
        assert_eq!(set, vec!["anna", "bob"]);
    }
}
