//! [`KeywordRules`]: per-subcategory keyword lists (`lexicons/qdc_v7_rules.toml`) matched
//! against a comment's normalised words. The model uses each rule as a feature.
//!
//! A keyword word written in full (letters only, at least four) also matches its
//! inflections ("picks up" matches "picked up", "worry" matches "worried"): the two words
//! must have the same English stem and differ only by an inflectional ending (-s, -es,
//! -ed, -d, -ing, a final e or y, -ies / -ied, a doubled last consonant), so "caring"
//! matches "cared" but neither "careful" (a derivation, same stem) nor "cars" (another
//! stem). Lists then need not spell out every form, and comments are not missed for
//! writing a form the list did not.

use std::cell::RefCell;

use rust_stemmers::{Algorithm, Stemmer};
use serde::{Deserialize, Serialize};

use super::label_set::LabelSet;
use super::taxonomy;
use super::thread_scratch::with_thread_scratch;
use super::word_memo::{new_owner_id, WordMemo};
use crate::fast_hash::FastHashMap;

/// The rules file shipped with the project, compiled in as the default.
pub const DEFAULT_RULES_TOML: &str = include_str!("../../lexicons/qdc_v7_rules.toml");

/// A rules file that could not be used. Names the rule by position and label.
#[derive(Debug, thiserror::Error)]
pub enum RulesError {
    /// The TOML did not parse.
    #[error("keyword rules are not valid TOML: {0}")]
    Toml(#[from] toml::de::Error),
    /// A rule names a label that is not a QDC v7 subcategory.
    #[error("keyword rule {index} names {label:?}, which is not a QDC v7 subcategory")]
    UnknownLabel {
        /// 1-based rule position.
        index: usize,
        /// The label given.
        label: String,
    },
}

/// One rule as written in the TOML file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeywordRule {
    /// The exact QDC v7 subcategory name.
    pub label: String,
    /// Keywords: words in a row; a trailing `*` matches any word with that prefix.
    pub keywords: Vec<String>,
}

/// The TOML file's shape.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct RulesFile {
    /// Whether keyword words written in full also match their inflections (off when a
    /// file does not say, so older model folders match as they were trained).
    #[serde(default)]
    inflections: bool,
    rule: Vec<KeywordRule>,
}

/// One word of a keyword.
#[derive(Debug, Clone, PartialEq, Eq)]
enum WordPattern {
    /// Only this word (short words, digits).
    Exact(String),
    /// This word or one of its inflections (see [`inflection_of`]); `stem` is its stem.
    Inflected {
        word: String,
        stem: String,
    },
    Prefix(String),
}

/// Keyword words at least this long, letters only, also match their inflections.
const MIN_INFLECTED_LEN: usize = 4;

/// The English (Porter 2) stem of a lower-case word.
fn stem(word: &str) -> String {
    Stemmer::create(Algorithm::English).stem(word).into_owned()
}

/// Whether `b` is `a` with another inflectional ending and the same stem (`a` lower-case
/// ASCII letters): their shared start is at least three letters and what follows it in
/// each is "", s, es, ed, d, ing, e, y, ies or ied, or the shared start's last letter
/// doubled before ed / ing ("stop" / "stopped").
fn inflection_of(a: &str, a_stem: &str, b: &str) -> bool {
    let common = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    if common < 3 || a == b {
        return a == b;
    }
    let last = a.as_bytes()[common - 1];
    let ending = |rest: &[u8]| {
        const ENDINGS: [&[u8]; 10] = [
            b"", b"s", b"es", b"ed", b"d", b"ing", b"e", b"y", b"ies", b"ied",
        ];
        ENDINGS.contains(&rest)
            || (rest.first() == Some(&last) && matches!(&rest[1..], b"ed" | b"ing"))
    };
    ending(&a.as_bytes()[common..]) && ending(&b.as_bytes()[common..]) && stem(b) == a_stem
}

impl WordPattern {
    fn parse(word: &str, inflections: bool) -> Self {
        match word.strip_suffix('*') {
            Some(prefix) => WordPattern::Prefix(prefix.to_string()),
            None if inflections
                && word.len() >= MIN_INFLECTED_LEN
                && word.bytes().all(|b| b.is_ascii_lowercase()) =>
            {
                WordPattern::Inflected {
                    word: word.to_string(),
                    stem: stem(word),
                }
            }
            None => WordPattern::Exact(word.to_string()),
        }
    }

    fn matches(&self, word: &str) -> bool {
        match self {
            WordPattern::Exact(w) => w == word,
            WordPattern::Inflected { word: w, stem } => inflection_of(w, stem, word),
            WordPattern::Prefix(p) => word.starts_with(p.as_str()),
        }
    }
}

/// A compiled keyword: its label, its first word and the words after it.
#[derive(Debug, Clone)]
struct Phrase {
    label: usize,
    first: WordPattern,
    rest: Vec<WordPattern>,
}

/// Compiled keyword rules, indexed by the first word of each keyword for speed.
#[derive(Debug, Clone)]
pub struct KeywordRules {
    source: Vec<KeywordRule>,
    inflections: bool,
    /// Every keyword; the maps below hold positions in this list.
    phrases: Vec<Phrase>,
    by_exact_first: FastHashMap<String, Vec<u32>>,
    /// Keywords whose first word also matches its inflections, by that word's stem.
    by_stem_first: FastHashMap<String, Vec<u32>>,
    by_prefix_first: FastHashMap<String, Vec<u32>>,
    prefix_lengths: Vec<usize>,
    /// Tells the per-thread word memo which compiled rules it serves.
    id: u64,
}

/// Per thread, for each word seen: the labels of one-word keywords it matches, and the
/// longer keywords that start with it (positions in [`KeywordRules`]' phrase list).
type RulesMemo = WordMemo<LabelSet, u32>;

thread_local! {
    static MEMO: RefCell<RulesMemo> = RefCell::new(RulesMemo::default());
}

impl KeywordRules {
    /// Parses and compiles a rules TOML.
    pub fn from_toml(text: &str) -> Result<Self, RulesError> {
        let file: RulesFile = toml::from_str(text)?;
        Self::compile(file.rule, file.inflections)
    }

    /// The project's default rules (`lexicons/qdc_v7_rules.toml`).
    pub fn default_rules() -> Self {
        Self::from_toml(DEFAULT_RULES_TOML).expect("shipped rules file is valid")
    }

    /// Compiles rules already parsed (keyword words match as written, no inflections).
    pub fn from_rules(rules: Vec<KeywordRule>) -> Result<Self, RulesError> {
        Self::compile(rules, false)
    }

    /// Compiles rules; `inflections`: full words also match their inflections.
    fn compile(rules: Vec<KeywordRule>, inflections: bool) -> Result<Self, RulesError> {
        let mut phrases = Vec::new();
        let mut by_exact_first: FastHashMap<String, Vec<u32>> = FastHashMap::default();
        let mut by_stem_first: FastHashMap<String, Vec<u32>> = FastHashMap::default();
        let mut by_prefix_first: FastHashMap<String, Vec<u32>> = FastHashMap::default();
        for (i, rule) in rules.iter().enumerate() {
            let label =
                taxonomy::label_index(&rule.label).ok_or_else(|| RulesError::UnknownLabel {
                    index: i + 1,
                    label: rule.label.clone(),
                })?;
            for keyword in &rule.keywords {
                let words: Vec<String> = keyword
                    .split(|c: char| !(c.is_alphanumeric() || c == '*'))
                    .filter(|w| !w.is_empty() && *w != "*")
                    .map(str::to_lowercase)
                    .collect();
                let Some((first, rest)) = words.split_first() else {
                    continue;
                };
                let first = WordPattern::parse(first, inflections);
                let at = phrases.len() as u32;
                match &first {
                    WordPattern::Exact(w) => by_exact_first.entry(w.clone()).or_default().push(at),
                    WordPattern::Inflected { stem, .. } => {
                        by_stem_first.entry(stem.clone()).or_default().push(at)
                    }
                    WordPattern::Prefix(p) => {
                        by_prefix_first.entry(p.clone()).or_default().push(at)
                    }
                }
                phrases.push(Phrase {
                    label,
                    first,
                    rest: rest
                        .iter()
                        .map(|w| WordPattern::parse(w, inflections))
                        .collect(),
                });
            }
        }
        let mut prefix_lengths: Vec<usize> = by_prefix_first.keys().map(String::len).collect();
        prefix_lengths.sort_unstable();
        prefix_lengths.dedup();
        Ok(KeywordRules {
            source: rules,
            inflections,
            phrases,
            by_exact_first,
            by_stem_first,
            by_prefix_first,
            prefix_lengths,
            id: new_owner_id(),
        })
    }

    /// The rules as written, for saving into a model folder.
    pub fn to_toml(&self) -> String {
        toml::to_string(&RulesFile {
            inflections: self.inflections,
            rule: self.source.clone(),
        })
        .expect("rules serialise")
    }

    /// The labels whose rules match somewhere in `words` (lower-case normalised words).
    pub fn matches(&self, words: &[impl AsRef<str>]) -> LabelSet {
        with_thread_scratch(&MEMO, |memo| self.matches_memo(words, memo))
    }

    fn matches_memo(&self, words: &[impl AsRef<str>], memo: &mut RulesMemo) -> LabelSet {
        memo.use_for(self.id);
        let mut hits = LabelSet::EMPTY;
        for (at, word) in words.iter().enumerate() {
            let word = word.as_ref();
            let (single, starts) = memo.get(word, |starts| self.first_word(word, starts));
            hits.0 |= single.0;
            for &i in starts {
                if let Some(label) = self.label_if_rest_follows(i, words, at) {
                    hits.insert(label);
                }
            }
        }
        hits
    }

    /// The label of keyword `i` (a position [`KeywordRules::first_word_hits`] gave for
    /// `words[at]`) when the words after `at` match the rest of it, else `None`.
    pub(super) fn label_if_rest_follows(
        &self,
        i: u32,
        words: &[impl AsRef<str>],
        at: usize,
    ) -> Option<usize> {
        let phrase = &self.phrases[i as usize];
        let fits = phrase.rest.iter().enumerate().all(|(k, pattern)| {
            words
                .get(at + 1 + k)
                .is_some_and(|w| pattern.matches(w.as_ref()))
        });
        fits.then_some(phrase.label)
    }

    /// What `word` matches as the first word of a keyword (see
    /// [`KeywordRules::first_word`]), for a caller that remembers it per word with other
    /// facts of the word: [`KeywordRules::matches`] of a comment is the union of each
    /// word's labels and of the labels of its keywords that
    /// [`KeywordRules::label_if_rest_follows`].
    pub(super) fn first_word_hits(&self, word: &str, starts: &mut Vec<u32>) -> LabelSet {
        self.first_word(word, starts)
    }

    /// Tells a per-word memo which compiled rules its entries came from.
    pub(super) fn owner_id(&self) -> u64 {
        self.id
    }

    /// Number of keywords (each position below it).
    pub(super) fn n_keywords(&self) -> usize {
        self.phrases.len()
    }

    /// What a word matches as the first word of a keyword: labels of one-word keywords,
    /// and (pushed onto `starts`) the longer keywords to check against what follows.
    fn first_word(&self, word: &str, starts: &mut Vec<u32>) -> LabelSet {
        let mut single = LabelSet::EMPTY;
        let mut take = |at: &[u32]| {
            for &i in at {
                let phrase = &self.phrases[i as usize];
                if !phrase.first.matches(word) {
                    continue;
                }
                if phrase.rest.is_empty() {
                    single.insert(phrase.label);
                } else {
                    starts.push(i);
                }
            }
        };
        if let Some(at) = self.by_exact_first.get(word) {
            take(at);
        }
        if word.len() >= 3 && !self.by_stem_first.is_empty() {
            if let Some(at) = self.by_stem_first.get(stem(word).as_str()) {
                take(at);
            }
        }
        for &len in &self.prefix_lengths {
            if len > word.len() {
                break;
            }
            if let Some(at) = word.get(..len).and_then(|p| self.by_prefix_first.get(p)) {
                take(at);
            }
        }
        single
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::taxonomy::label_index;

    fn words(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_lowercase).collect()
    }

    fn rules() -> KeywordRules {
        KeywordRules::from_toml(
            r#"
            [[rule]]
            label = "Timeliness of care"
            keywords = ["wait*", "on time"]
            [[rule]]
            label = "Parking"
            keywords = ["car park"]
            "#,
        )
        .unwrap()
    }

    #[test]
    fn prefix_and_phrase_keywords_match() {
        let timely = label_index("Timeliness of care").unwrap();
        let parking = label_index("Parking").unwrap();
        let r = rules();
        assert_eq!(
            r.matches(&words("we waited ages")),
            LabelSet::single(timely)
        );
        assert_eq!(
            r.matches(&words("they came on time")),
            LabelSet::single(timely)
        );
        assert_eq!(
            r.matches(&words("the car park was full")),
            LabelSet::single(parking)
        );
    }

    #[test]
    fn near_misses_do_not_match() {
        let r = rules();
        assert!(
            r.matches(&words("await no")).is_empty(),
            "prefix is at word start"
        );
        assert!(
            r.matches(&words("the car was parked")).is_empty(),
            "phrase needs order"
        );
        assert!(r.matches(&words("time on")).is_empty());
        assert!(r.matches(&Vec::<String>::new()).is_empty());
    }

    #[test]
    fn memo_gives_the_same_hits_across_rule_sets() {
        let timely = label_index("Timeliness of care").unwrap();
        let r = rules();
        let other =
            KeywordRules::from_toml("[[rule]]\nlabel = \"Parking\"\nkeywords = [\"wait\"]\n")
                .unwrap();
        for _ in 0..2 {
            assert_eq!(
                r.matches(&words("we wait on time")),
                LabelSet::single(timely)
            );
            assert_eq!(
                other.matches(&words("we wait on time")),
                LabelSet::single(label_index("Parking").unwrap())
            );
        }
        assert_eq!(
            r.matches_memo(&words("car park"), &mut WordMemo::default()),
            r.matches(&words("car park"))
        );
    }

    #[test]
    fn full_words_match_their_inflections_and_nothing_else() {
        let r = KeywordRules::from_toml(
            "inflections = true\n[[rule]]\nlabel = \"Contacting services\"\nkeywords = [\"picks up\", \"worry\", \"stop\"]\n[[rule]]\nlabel = \"Staff manner & personal attributes\"\nkeywords = [\"caring\", \"pay\"]\n",
        )
        .unwrap();
        let contact = label_index("Contacting services").unwrap();
        let manner = label_index("Staff manner & personal attributes").unwrap();
        for text in [
            "nobody picked up",
            "no one ever picking up",
            "i was worried",
            "she worries",
            "they stopped it",
        ] {
            assert!(r.matches(&words(text)).contains(contact), "{text}");
        }
        assert!(r.matches(&words("they cared")).contains(manner));
        assert!(r.matches(&words("the care was good")).contains(manner));
        for text in [
            "nobody picked it up",
            "a picky eater",
            "be careful",
            "two cars",
            "worrisome",
            "stoppage",
            "they paid",
        ] {
            let hits = r.matches(&words(text));
            assert!(hits.is_empty(), "{text}: {hits:?}");
        }
    }

    #[test]
    fn unknown_label_is_rejected_by_position() {
        let err = KeywordRules::from_toml("[[rule]]\nlabel = \"Nope\"\nkeywords = [\"x\"]\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("rule 1") && err.contains("Nope"), "{err}");
    }

    #[test]
    fn shipped_rules_cover_every_label_and_round_trip() {
        let r = KeywordRules::default_rules();
        let labels: std::collections::BTreeSet<&str> =
            r.source.iter().map(|k| k.label.as_str()).collect();
        assert_eq!(labels.len(), 32);
        let again = KeywordRules::from_toml(&r.to_toml()).unwrap();
        assert_eq!(again.source, r.source);
    }

    #[test]
    fn shipped_rules_know_plain_words_and_keep_ambiguous_ones_out() {
        let r = KeywordRules::default_rules();
        let fires = |text: &str, label: &str| {
            r.matches(&words(text))
                .contains(label_index(label).unwrap())
        };
        assert!(fires(
            "kept in the dark all day",
            "Being kept informed, clarity & consistency of information"
        ));
        assert!(fires("my apointment was moved", "Appointment arrangements"));
        assert!(fires(
            "the perscription was late",
            "Supplying & understanding medication"
        ));
        assert!(fires("nobody replied to my emails", "Contacting services"));
        assert!(fires(
            "the cafe shuts at four",
            "Food & drink provision & facilities"
        ));
        assert!(fires("passed from pillar to post", "Continuity of care"));
        assert!(!fires(
            "the ambulance came quickly",
            "Transport to/ from services"
        ));
        assert!(!fires("i had a panic attack", "Feeling safe"));
        assert!(!fires(
            "my broken arm",
            "Environment, facilities & equipment"
        ));
        assert!(!fires("give them a number to ring", "Pain management"));
        assert!(!fires("my mum has parkinsons", "Parking"));
    }

    #[test]
    fn shipped_rules_read_a_tablet_as_medication_not_entertainment() {
        let r = KeywordRules::default_rules();
        let entertainment = label_index("Electronic entertainment").unwrap();
        let medication = label_index("Supplying & understanding medication").unwrap();
        let safe = label_index("Feeling safe").unwrap();
        let tablet = r.matches(&words("they gave me a tablet for the pain"));
        assert!(
            !tablet.contains(entertainment),
            "a tablet is usually medication"
        );
        assert!(r.matches(&words("two tablets a day")).contains(medication));
        assert!(r
            .matches(&words("let us keep our mobile phones and ipads"))
            .contains(entertainment));
        assert!(r
            .matches(&words("another patient was aggressive"))
            .contains(safe));
    }
}
