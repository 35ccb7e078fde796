//! How much a word's spelling looks like a person's name rather than an English word, a
//! place, a brand or a medicine: a character n-gram score learnt from the name lists the
//! tagger trains on against the word lists.
//!
//! The learned tagger's lone finds with nothing around them that vouches for a person
//! are mostly capitalised words that no list knows: misspellings opening a sentence
//! ("Dissapointed", "Proffesional"), brands and services ("Toolstation"), medicines,
//! texting words in a comment without capitals ("nites"). Their letters give them
//! away: English words, places and brands share endings and clusters ("-ional", "-ments",
//! "-ford", "-ers") that given names and surnames of most origins do not. Each word is
//! scored as the mean, over its character n-grams of two to four letters (with the word's
//! start and end marked), of the log ratio of the n-gram's smoothed frequency among names
//! to its frequency among non-names. Names: the given names and surnames of
//! `lexicons/names/` and the training-only Faker lists (the same names the tagger trains
//! on; no tuning or measuring list). Non-names: the English word list and its proper
//! nouns, the not-a-name list and the town list, minus every name. The table is built
//! once, on first use, from the embedded lists: only the tagger's lone uncued finds are
//! scored (a handful per thousand comments), so nothing is added to the hot path.

use std::sync::OnceLock;

use super::lexicon::{ENGLISH_WORDS, FIRST_NAMES, NOT_NAMES, PROPER_NOUNS, SURNAMES};
use crate::fast_hash::{FastHashMap, FastHashSet};

const TRAINING_FIRST: &str = include_str!("../../../lexicons/names/training/faker_first_names.txt");
const TRAINING_LAST: &str = include_str!("../../../lexicons/names/training/faker_surnames.txt");

/// Shortest and longest n-gram, in characters (the start and end marks included).
const SHORTEST: usize = 2;
const LONGEST: usize = 4;

/// Below this mean log ratio a word reads as no name. First chosen (-0.8) on the tuning
/// families and the early seen rounds, where about 2% of the names scored lower and most
/// of those had a cue, which kept them. The later rounds' names of other origins score
/// lower ("Serse", "Tite", "Mories", "Inchom" between -0.8 and -1.0), and the lone
/// unknown words between the two are as often names as words: over the 105 seen rounds,
/// -1.0 leaves 114 fewer names missed (801 to 687) for 26 more PII-free comments and 86
/// more look-alikes touched (of about 145,000 and 44,000). The words it lets through are
/// mostly inflected or compound English words ("Blockers", "Bookplate") and misspellings
/// ("efficiant"); the worst misspellings score well below either ("Dissapointed").
pub(crate) const UNNAMELIKE_BELOW: f32 = -1.0;

/// The learnt log ratios, by a hash of the n-gram, and the log ratio of an n-gram seen
/// in neither list.
struct Model {
    ratios: FastHashMap<u64, f32>,
    unseen: f32,
}

/// Words of a list file, lower case (several may share a line; `#` starts a comment).
fn words(file: &str) -> impl Iterator<Item = String> + '_ {
    file.lines()
        .map(|line| line.split('#').next().unwrap_or(""))
        .flat_map(str::split_whitespace)
        .map(str::to_lowercase)
}

/// Calls `visit` with the hash of every n-gram of `lower` (start and end marked): the
/// [`stable_hash`](crate::redact::pii_corpus::names::stable_hash) of the n-gram's text, worked out from each character's lower-cased
/// bytes in turn instead of from a string made for each n-gram (the table is built from
/// about two million n-grams, on first use, while the other workers wait for it).
fn each_gram(lower: &str, visit: impl FnMut(u64)) {
    each_gram_in(&mut GramScratch::default(), lower, visit);
}

/// The buffers [`each_gram_in`] fills for one word, kept across the words of a list.
#[derive(Default)]
struct GramScratch {
    /// Each character's lower-cased UTF-8 bytes, as `stable_hash` reads them.
    bytes: Vec<u8>,
    /// Where each character's bytes end in `bytes`.
    ends: Vec<usize>,
}

/// [`each_gram`] with buffers kept by the caller (the table's build reads about 110,000
/// words; one allocation of each buffer instead of two per word).
fn each_gram_in(scratch: &mut GramScratch, lower: &str, mut visit: impl FnMut(u64)) {
    let GramScratch { bytes, ends } = scratch;
    bytes.clear();
    ends.clear();
    for c in std::iter::once('^')
        .chain(lower.chars())
        .chain(std::iter::once('$'))
    {
        if c.is_ascii() {
            // An ASCII character's lower case is one ASCII byte.
            bytes.push(c.to_ascii_lowercase() as u8);
        } else {
            for l in c.to_lowercase() {
                let mut buf = [0u8; 4];
                bytes.extend_from_slice(l.encode_utf8(&mut buf).as_bytes());
            }
        }
        ends.push(bytes.len());
    }
    for n in SHORTEST..=LONGEST {
        for last in n - 1..ends.len() {
            let start = if last + 1 == n { 0 } else { ends[last - n] };
            visit(fnv1a(&bytes[start..ends[last]]));
        }
    }
}

/// FNV-1a of `bytes`, as `stable_hash` computes it over a text's lower-cased bytes.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

fn build() -> Model {
    let names: FastHashSet<String> = [FIRST_NAMES, SURNAMES, TRAINING_FIRST, TRAINING_LAST]
        .into_iter()
        .flat_map(words)
        .filter(|w| w.chars().all(char::is_alphabetic))
        .collect();
    let others: FastHashSet<String> = [
        ENGLISH_WORDS,
        PROPER_NOUNS,
        NOT_NAMES,
        crate::redact::lexicon::TOWNS,
    ]
    .into_iter()
    .flat_map(words)
    .filter(|w| !names.contains(w))
    .collect();
    let mut counts: FastHashMap<u64, (u32, u32)> = FastHashMap::default();
    let in_names = count_grams(&names, &mut counts, |c| &mut c.0);
    let in_others = count_grams(&others, &mut counts, |c| &mut c.1);
    // Add-one smoothing over the n-grams seen in either list.
    let kinds = counts.len() as f64;
    let name_total = in_names as f64 + kinds;
    let other_total = in_others as f64 + kinds;
    let ratio = |a: u32, b: u32| {
        ((f64::from(a) + 1.0) / name_total).ln() - ((f64::from(b) + 1.0) / other_total).ln()
    };
    let ratios = counts
        .iter()
        .map(|(&g, &(a, b))| (g, ratio(a, b) as f32))
        .collect();
    Model {
        ratios,
        unseen: ratio(0, 0) as f32,
    }
}

/// Counts the n-grams of `words` into one side of `counts` (chosen by `side`); returns
/// how many were counted. The counts are integers, so the sets' order (a hash set's)
/// does not change them.
fn count_grams(
    words: &FastHashSet<String>,
    counts: &mut FastHashMap<u64, (u32, u32)>,
    side: fn(&mut (u32, u32)) -> &mut u32,
) -> u64 {
    let mut scratch = GramScratch::default();
    let mut total = 0u64;
    for w in words {
        each_gram_in(&mut scratch, w, |g| {
            *side(counts.entry(g).or_default()) += 1;
            total += 1;
        });
    }
    total
}

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(build)
}

/// The mean log ratio of `lower`'s n-grams: above 0 its spelling is more like a name's,
/// below 0 more like a word's.
pub(crate) fn name_likeness(lower: &str) -> f32 {
    let model = model();
    let (mut sum, mut n) = (0.0f32, 0u32);
    each_gram(lower, |g| {
        sum += model.ratios.get(&g).copied().unwrap_or(model.unseen);
        n += 1;
    });
    if n == 0 {
        0.0
    } else {
        sum / n as f32
    }
}

/// Whether `lower` is spelt unlike a name ([`UNNAMELIKE_BELOW`]).
pub(crate) fn spelt_unlike_a_name(lower: &str) -> bool {
    name_likeness(lower) < UNNAMELIKE_BELOW
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::pii_corpus::names::stable_hash;

    #[test]
    fn gram_hashes_are_the_stable_hashes_of_the_grams_as_text() {
        for word in [
            "",
            "a",
            "jo",
            "siobhán",
            "małgorzata",
            "İstanbul",
            "Σίσυφος",
            "o'neil",
        ] {
            let chars: Vec<char> = std::iter::once('^')
                .chain(word.chars())
                .chain(std::iter::once('$'))
                .collect();
            let mut expected = Vec::new();
            for n in SHORTEST..=LONGEST {
                for window in chars.windows(n) {
                    expected.push(stable_hash(&window.iter().collect::<String>()));
                }
            }
            let mut got = Vec::new();
            each_gram(word, |h| got.push(h));
            assert_eq!(got, expected, "{word}");
        }
    }

    #[test]
    fn kept_buffers_give_each_words_own_grams() {
        // Long then short and back, ASCII and not: nothing of one word leaks into the next.
        let words = [
            "wojciechowska",
            "jo",
            "",
            "siobhán",
            "a",
            "İstanbul",
            "priya",
        ];
        let mut scratch = GramScratch::default();
        for word in words {
            let (mut fresh, mut kept) = (Vec::new(), Vec::new());
            each_gram(word, |h| fresh.push(h));
            each_gram_in(&mut scratch, word, |h| kept.push(h));
            assert_eq!(kept, fresh, "{word}");
        }
        let (mut other, mut jo) = (Vec::new(), Vec::new());
        each_gram("jon", |h| other.push(h));
        each_gram_in(&mut scratch, "jo", |h| jo.push(h));
        assert_ne!(jo, other);
    }

    #[test]
    fn misspelt_words_brands_and_texting_are_spelt_unlike_names() {
        for word in [
            "dissapointed",
            "proffesional",
            "unfortunatly",
            "apointments",
            "psychists",
        ] {
            assert!(spelt_unlike_a_name(word), "{word}: {}", name_likeness(word));
        }
    }

    #[test]
    fn names_of_many_origins_are_not() {
        for word in [
            "zanele",
            "okonkwo",
            "siobhan",
            "nguyen",
            "wojciechowska",
            "priya",
            "chidinma",
        ] {
            assert!(
                !spelt_unlike_a_name(word),
                "{word}: {}",
                name_likeness(word)
            );
        }
    }

    #[test]
    fn scores_are_ordered_and_stable() {
        assert!(name_likeness("okonkwo") > name_likeness("professional"));
        assert_eq!(name_likeness("zanele"), name_likeness("zanele"));
        assert_eq!(name_likeness(""), name_likeness(""));
    }
}
