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
    /// Common given names of the shipped given-name list (`first_names.txt`), for the
    /// `{kfirst}` and `{kfull}` slots: empty but in the rounds whose families draw some
    /// people from the shipped lists ([`LISTED_NAMES_FROM_ROUND`]).
    pub listed_first: Vec<String>,
    /// Common surnames of the shipped surname list (`surnames.txt`), for the `{klast}` and
    /// `{kfull}` slots; empty as [`NamePool::listed_first`].
    pub listed_last: Vec<String>,
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
    /// The own name lists of the measuring rounds from the sixth on, in order (the
    /// sixth round's first): each round's pool leaves out the names of every round
    /// before it.
    pub rounds: &'a [RoundLists<'a>],
    /// The other word lists under `lexicons/names/` (common words, English proper nouns,
    /// not-names), one word a line: no tenth- to hundred-and-twenty-fifth-round name is on them
    /// either.
    pub other_lexicons: &'a str,
}

/// One measuring round's own name lists: a package's names and a hand-written list's,
/// given names and surnames, one name a line.
#[derive(Debug, Clone, Copy)]
pub struct RoundLists<'a> {
    /// Given names.
    pub first: &'a str,
    /// Surnames.
    pub last: &'a str,
}

/// The first measuring round with name lists of its own ([`NameSources::rounds`]).
pub const FIRST_OWN_NAMES_ROUND: usize = 6;

/// From this round on, a measuring round's names are on none of the other word lists
/// under `lexicons/names/` either ([`NameSources::other_lexicons`]).
const OTHER_LEXICONS_FROM_ROUND: usize = 10;

/// From this round on, a measuring round's pool also holds common names of the shipped
/// given-name and surname lists ([`NamePool::listed_first`], [`NamePool::listed_last`]),
/// which some of its families draw their people from; its own names stay unlisted (the
/// twenty-third to hundred-and-twenty-fifth rounds so far).
pub const LISTED_NAMES_FROM_ROUND: usize = 23;

/// How many names of each census run count as common: the census sections are in
/// frequency order, most common first.
const COMMON_CENSUS_NAMES: usize = 150;

/// How many names of each hand-written section count as common (its first ones).
const COMMON_HAND_NAMES: usize = 40;

/// The census given-name section holds every one of the 1,219 men's names, then the
/// women's: two frequency runs, each cut at [`COMMON_CENSUS_NAMES`].
const CENSUS_MEN_GIVEN_NAMES: usize = 1_219;

/// The measuring round a split is (sixth to hundred-and-twenty-fifth), for the splits with name lists
/// of their own.
pub fn own_names_round(split: Split) -> Option<usize> {
    split
        .round()
        .filter(|&round| round >= FIRST_OWN_NAMES_ROUND)
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
    // The decoy set's names are round 20's (both never tuned).
    let split = if split == Split::Decoys20 {
        Split::Round20
    } else {
        split
    };
    if let Some(round) = own_names_round(split) {
        let mut own = own_names_round_pool(sources, round);
        if round >= LISTED_NAMES_FROM_ROUND {
            let word_names: HashSet<String> =
                words(sources.word_names).map(str::to_lowercase).collect();
            own.listed_first = common_listed(
                sources.lexicon_first,
                Some(CENSUS_MEN_GIVEN_NAMES),
                &word_names,
            );
            own.listed_last = common_listed(sources.lexicon_last, None, &word_names);
        }
        return own;
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
                ..NamePool::default()
            }
        }
        // Every other split: the tuning set and the measuring rounds.
        _ => {
            let excluded = training_names_and_words(sources);
            let keep =
                |file: &str| unseen_names(file, &excluded, |w: &str| held_part_of(w) == split);
            NamePool {
                first: keep(sources.held_first),
                last: keep(sources.held_last),
                word_names,
                ..NamePool::default()
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
        ..NamePool::default()
    }
}

/// The common names of a shipped name list: its sections open with a `# ---` line; the
/// first section (the census one) is cut at `census_runs` into two frequency runs when
/// given (men's, then women's given names), each run keeps its first
/// [`COMMON_CENSUS_NAMES`], every later (hand-written) section its first
/// [`COMMON_HAND_NAMES`]. Names that are also words (`word_names`: Grace, Will) are left
/// out (they have a slot of their own); each name once, capitalised, in file order.
fn common_listed(
    file: &str,
    census_runs: Option<usize>,
    word_names: &HashSet<String>,
) -> Vec<String> {
    let mut sections: Vec<Vec<&str>> = vec![Vec::new()];
    for line in file.lines() {
        if line.starts_with("# ---") {
            sections.push(Vec::new());
        } else if let Some(section) = sections.last_mut() {
            section.extend(words(line));
        }
    }
    let mut sections = sections.into_iter().filter(|s| !s.is_empty());
    let mut runs: Vec<(Vec<&str>, usize)> = Vec::new();
    if let Some(census) = sections.next() {
        let cut = census_runs.unwrap_or(census.len()).min(census.len());
        let (first_run, second_run) = census.split_at(cut);
        runs.push((first_run.to_vec(), COMMON_CENSUS_NAMES));
        runs.push((second_run.to_vec(), COMMON_CENSUS_NAMES));
    }
    runs.extend(sections.map(|section| (section, COMMON_HAND_NAMES)));
    let mut seen = HashSet::new();
    runs.into_iter()
        .flat_map(|(names, keep)| names.into_iter().take(keep))
        .filter(|w| !word_names.contains(&w.to_lowercase()))
        .filter(|w| seen.insert(w.to_lowercase()))
        .map(cased)
        .collect()
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

/// Every name of the lists before round `round` (the sixth to `round - 1`th rounds'
/// included) and, from the tenth round, every word of the other lists under
/// `lexicons/names/`.
fn names_before_round(sources: &NameSources<'_>, round: usize) -> HashSet<String> {
    let mut excluded = earlier_rounds_names(sources);
    for lists in &sources.rounds[..round - FIRST_OWN_NAMES_ROUND] {
        excluded.extend(
            lines(lists.first)
                .chain(lines(lists.last))
                .map(str::to_lowercase),
        );
    }
    if round >= OTHER_LEXICONS_FROM_ROUND {
        excluded.extend(words(sources.other_lexicons).map(str::to_lowercase));
    }
    excluded
}

/// Round `round`'s pool (the sixth on): its own name lists minus every name of every
/// earlier list ([`names_before_round`]).
fn own_names_round_pool(sources: &NameSources<'_>, round: usize) -> NamePool {
    let lists = sources.rounds[round - FIRST_OWN_NAMES_ROUND];
    own_source_pool(
        sources,
        &names_before_round(sources, round),
        lists.first,
        lists.last,
    )
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
            rounds: &[
                RoundLists {
                    first: "Duccio\nAnna\nWirimu\nRose\nLapo\n",
                    last: "Acciai\nSmith\nTane\nNowak\n",
                },
                RoundLists {
                    first: "Wanjiru\nLapo\nAnna\nKeoni\nRose\n",
                    last: "Tesfaye\nAcciai\nNowak\nTane\n",
                },
                RoundLists {
                    first: "Aputi\nWanjiru\nDuccio\nZofia\nKeoni\nRose\n",
                    last: "Magga\nTesfaye\nAcciai\nSmith\nKaleo\n",
                },
                RoundLists {
                    first: "Sjoerd\nAputi\nWanjiru\nDuccio\nZofia\nKeoni\nRose\nBob\n",
                    last: "Yazzie\nMagga\nTesfaye\nAcciai\nNowak\nSmith\nTane\n[surnames]\n",
                },
                RoundLists {
                    first: "Bence\nSjoerd\nAputi\nAnna\nRose\nHospital\nZsofi\n",
                    last: "Horvath\nYazzie\nMagga\nSmith\nKaleo\nKovac\n",
                },
                RoundLists {
                    first: "Tiwonge\nBence\nSjoerd\nAnna\nRose\nWard\nNejc\n",
                    last: "Nyirenda\nHorvath\nYazzie\nSmith\nKovac\nDell'Agnese\n",
                },
                RoundLists {
                    first: "Ahanu\nTiwonge\nNejc\nBence\nAnna\nRose\nWard\nEilir\n",
                    last: "Gwilym\nNyirenda\nDell'Agnese\nHorvath\nSmith\nKovac\nYılmaz\n",
                },
                RoundLists {
                    first: "Stanzin\nAhanu\nEilir\nNejc\nAnna\nRose\nLily-Mae\nward\n",
                    last: "Gwilym\nYılmaz\nNyirenda\nSmith\nO'Dwyer\nOsei-Bonsu\n",
                },
                RoundLists {
                    first: "Hrafnhildur\nStanzin\nLily-Mae\nAhanu\nAnna\nRose\nKeizo\nward\n",
                    last: "Gudmundsson\nO'Dwyer\nYılmaz\nSmith\nKovac\nTakahashi\n",
                },
                RoundLists {
                    first: "Sudip\nHrafnhildur\nKeizo\nStanzin\nAnna\nYankel\nward\n",
                    last: "Tharu\nTakahashi\nGudmundsson\nSmith\nKovac\nAl-Amoudi\n",
                },
                RoundLists {
                    first: "Ardeshir\nSudip\nKeizo\nAmir-Hossein\nAnna\nHrafnhildur\nward\n",
                    last: "Shirazi\nTharu\nTakahashi\nSmith\nKovac\nD'Mello\nAl-Amoudi\n",
                },
                RoundLists {
                    first: "Abebech\nTesfaye\nArdeshir\nSudip\nAmir-Hossein\nAnna\nKerubo\nward\n",
                    last: "Gebremedhin\nShirazi\nD'Mello\nTharu\nSmith\nKovac\nNyamweya\n",
                },
                RoundLists {
                    first: "Kavin\nAbebech\nKerubo\nArdeshir\nAnna\nAkiiki\nHrafnhildur\nward\n",
                    last: "Selvaraj\nGebremedhin\nNyamweya\nShirazi\nSmith\nKovac\nYunupingu\n",
                },
                RoundLists {
                    first: "Shalabh\nKavin\nAkiiki\nAbebech\nAnna\nSahr\nward\n",
                    last: "Dabral\nSelvaraj\nYunupingu\nGebremedhin\nSmith\nKovac\nDebbarma\n",
                },
                RoundLists {
                    first: "Somchai\nShalabh\nSahr\nKavin\nAnna\nEssozimna\nward\n",
                    last: "Teo\nDabral\nDebbarma\nSelvaraj\nSmith\nKovac\nBancoult\n",
                },
                RoundLists {
                    first: "Mahmoud\nSomchai\nEssozimna\nShalabh\nAnna\nQaiyaan\nward\n",
                    last: "Shalaby\nTeo\nBancoult\nDabral\nSmith\nKovac\nOkakok\n",
                },
                RoundLists {
                    first: "Ahsan\nMahmoud\nQaiyaan\nSomchai\nAnna\nMufaddal\nward\n",
                    last: "Bangash\nShalaby\nOkakok\nTeo\nSmith\nKovac\nCrowshoe\n",
                },
                RoundLists {
                    first: "Lounes\nAhsan\nMufaddal\nBob\nAnna\nward\n",
                    last: "Boudreaux\nBangash\nCrowshoe\nSmith\nKovac\nAmrouche\n",
                },
                RoundLists {
                    first: "Sasindu\nLounes\nAhsan\nBob\nAnna\nward\nKarsan\n",
                    last: "Varsani\nBoudreaux\nAmrouche\nSmith\nKovac\nTsatoke\n",
                },
                RoundLists {
                    first: "Erkan\nSasindu\nKarsan\nBob\nAnna\nward\nMamadsho\n",
                    last: "Benjelloun\nVarsani\nTsatoke\nSmith\nKovac\nJamwal\n",
                },
                RoundLists {
                    first: "Gbenga\nErkan\nMamadsho\nBob\nAnna\nward\nZofia\nMasereka\n",
                    last: "Adeoye\nBenjelloun\nJamwal\nSmith\nKovac\nNowak\nHaokip\n",
                },
                RoundLists {
                    first: "Dalisay\nGbenga\nMasereka\nBob\nAnna\nward\nZofia\nCharbel\n",
                    last: "Dimaano\nAdeoye\nHaokip\nSmith\nKovac\nNowak\nZebua\n",
                },
                RoundLists {
                    first: "Ensio\nDalisay\nCharbel\nBob\nAnna\nward\nZofia\nMuangfin\n",
                    last: "Haapala\nDimaano\nZebua\nSmith\nKovac\nNowak\nSaekoy\n",
                },
                RoundLists {
                    first: "Joao\nEnsio\nMuangfin\nBob\nAnna\nward\nZofia\nLukeria\n",
                    last: "Stoltzfus\nHaapala\nSaekoy\nSmith\nKovac\nNowak\nDreiling\n",
                },
                RoundLists {
                    first: "Pendo\nJoao\nLukeria\nBob\nAnna\nward\nZofia\nToiwilou\n",
                    last: "Nyarko\nStoltzfus\nDreiling\nSmith\nKovac\nNowak\nTschinkel\n",
                },
                RoundLists {
                    first: "Temujin\nPendo\nToiwilou\nBob\nAnna\nward\nZofia\nTenesor\n",
                    last: "Umpierrez\nNyarko\nTschinkel\nSmith\nKovac\nNowak\nMarguerettaz\n",
                },
                RoundLists {
                    first: "Laimnesis\nTemujin\nTenesor\nBob\nAnna\nward\nZofia\nHelier\n",
                    last: "Renouf\nUmpierrez\nMarguerettaz\nSmith\nKovac\nNowak\nGasienica\n",
                },
                RoundLists {
                    first: "Avksentiy\nLaimnesis\nHelier\nBob\nAnna\nward\nZofia\nEvdochim\n",
                    last: "Ababilov\nRenouf\nGasienica\nSmith\nKovac\nNowak\nSkenderovic\n",
                },
                RoundLists {
                    first: "Quillon\nAvksentiy\nEvdochim\nBob\nAnna\nward\nZofia\nBrisamo\n",
                    last: "Varnedo\nAbabilov\nSkenderovic\nSmith\nKovac\nNowak\nTelluri\n",
                },
                RoundLists {
                    first: "Ouardix\nQuillon\nBrisamo\nBob\nAnna\nward\nZofia\nMerzoubel\n",
                    last: "Tazrouk\nVarnedo\nTelluri\nSmith\nKovac\nNowak\nBelhadrine\n",
                },
                RoundLists {
                    first: "Kanchhora\nOuardix\nMerzoubel\nBob\nAnna\nward\nZofia\nGauchelli\n",
                    last: "Mutafrik\nTazrouk\nBelhadrine\nSmith\nKovac\nNowak\nZonzarini\n",
                },
                RoundLists {
                    first: "Khoavien\nKanchhora\nGauchelli\nBob\nAnna\nward\nZofia\nTeikimano\n",
                    last: "Szehidrak\nMutafrik\nZonzarini\nSmith\nKovac\nNowak\nCabuzeli\n",
                },
                RoundLists {
                    first: "Hulomiro\nKhoavien\nTeikimano\nBob\nAnna\nward\nZofia\nSaputrini\n",
                    last: "Mokotabuan\nSzehidrak\nCabuzeli\nSmith\nKovac\nNowak\nKeskivaara\n",
                },
                RoundLists {
                    first: "Veriszlan\nHulomiro\nSaputrini\nBob\nAnna\nward\nZofia\nPujolrica\n",
                    last: "Resztarich\nMokotabuan\nKeskivaara\nSmith\nKovac\nNowak\nCanolmanyi\n",
                },
                RoundLists {
                    first: "Drazimirka\nVeriszlan\nPujolrica\nBob\nAnna\nward\nZofia\nMasuhrine\n",
                    last: "Sdunkarek\nResztarich\nCanolmanyi\nSmith\nKovac\nNowak\nOlopaiwen\n",
                },
                RoundLists {
                    first: "Zuanetka\nDrazimirka\nMasuhrine\nBob\nAnna\nward\nZofia\nKalamatin\n",
                    last: "Velcioric\nSdunkarek\nOlopaiwen\nSmith\nKovac\nNowak\nMinkombah\n",
                },
                RoundLists {
                    first: "Tomeulina\nZuanetka\nKalamatin\nBob\nAnna\nward\nZofia\nAigerimza\n",
                    last: "Quetglasor\nVelcioric\nMinkombah\nSmith\nKovac\nNowak\nZhumabekul\n",
                },
                RoundLists {
                    first: "Spisgottla\nTomeulina\nAigerimza\nBob\nAnna\nward\nZofia\nOleksyvka\n",
                    last: "Hanakovic\nQuetglasor\nZhumabekul\nSmith\nKovac\nNowak\nDovhorukyn\n",
                },
                RoundLists {
                    first: "Oleksyvka\nVicentola\nSpisgottla\nBob\nAnna\nward\nZofia\nJosenildra\n",
                    last: "Dovhorukyn\nHanakovic\nPizzoferrin\nSmith\nKovac\nNowak\nVaissierot\n",
                },
                RoundLists {
                    first:
                        "Ragnhildet\nJosenildra\nVicentola\nBob\nAnna\nward\nZofia\nKanioletta\n",
                    last: "Holmqvistar\nPizzoferrin\nVaissierot\nSmith\nKovac\nNowak\nBrodbeckle\n",
                },
                RoundLists {
                    first: "Oronzetta\nRagnhildet\nKanioletta\nBob\nAnna\nward\nZofia\nTaxquenia\n",
                    last: "Lapertosino\nHolmqvistar\nBrodbeckle\nSmith\nKovac\nNowak\nPscheidler\n",
                },
                RoundLists {
                    first: "Venanziola\nOronzetta\nTaxquenia\nBob\nAnna\nward\nZofia\nAygunella\n",
                    last:
                        "Perticarolin\nLapertosino\nPscheidler\nSmith\nKovac\nNowak\nMarullazet\n",
                },
                RoundLists {
                    first: "Xinyuezi\nVenanziola\nAygunella\nBob\nAnna\nward\nZofia\nWennemarte\n",
                    last: "Iacovonel\nPerticarolin\nMarullazet\nSmith\nKovac\nNowak\nThouvenotz\n",
                },
                RoundLists {
                    first: "Brugelinde\nXinyuezi\nWennemarte\nBob\nAnna\nward\nZofia\nToribiella\n",
                    last: "Vrignaudet\nIacovonel\nThouvenotz\nSmith\nKovac\nNowak\nBassewitzer\n",
                },
                RoundLists {
                    first:
                        "Szczepanela\nBrugelinde\nToribiella\nBob\nAnna\nward\nZofia\nSinforiano\n",
                    last:
                        "Grzegorczykow\nVrignaudet\nBassewitzer\nSmith\nKovac\nNowak\nPusterhofer\n",
                },
                RoundLists {
                    first:
                        "Fulgenziola\nSzczepanela\nSinforiano\nBob\nAnna\nward\nZofia\nGundekarin\n",
                    last:
                        "Ruckdeschelt\nGrzegorczykow\nPusterhofer\nSmith\nKovac\nNowak\nChaumonotte\n",
                },
                RoundLists {
                    first:
                        "Fermincita\nFulgenziola\nGundekarin\nBob\nAnna\nward\nZofia\nNicaisette\n",
                    last:
                        "Ziegenhornel\nRuckdeschelt\nChaumonotte\nSmith\nKovac\nNowak\nSelossard\n",
                },
                RoundLists {
                    first:
                        "Celedonita\nFermincita\nNicaisette\nBob\nAnna\nward\nZofia\nYrieixette\n",
                    last:
                        "Vogelsbergel\nZiegenhornel\nSelossard\nSmith\nKovac\nNowak\nPeyrichoutel\n",
                },
                RoundLists {
                    first:
                        "Hilairetta\nCeledonita\nYrieixette\nBob\nAnna\nward\nZofia\nPorchairine\n",
                    last:
                        "Gatinouteau\nVogelsbergel\nPeyrichoutel\nSmith\nKovac\nNowak\nWestrichler\n",
                },
                RoundLists {
                    first:
                        "Froilanetta\nHilairetta\nPorchairine\nBob\nAnna\nward\nZofia\nGebhardine\n",
                    last:
                        "Turienzolo\nGatinouteau\nWestrichler\nSmith\nKovac\nNowak\nMoosbruggel\n",
                },
                RoundLists {
                    first:
                        "Setefillita\nFroilanetta\nGebhardine\nBob\nAnna\nward\nZofia\nWendalinette\n",
                    last:
                        "Benjumeola\nTurienzolo\nMoosbruggel\nSmith\nKovac\nNowak\nRecktenwalder\n",
                },
                RoundLists {
                    first:
                        "Lesmitella\nSetefillita\nWendalinette\nBob\nAnna\nward\nZofia\nEnglmarine\n",
                    last:
                        "Pampliegon\nBenjumeola\nRecktenwalder\nSmith\nKovac\nNowak\nHaselgrubel\n",
                },
                RoundLists {
                    first:
                        "Xuaculina\nLesmitella\nEnglmarine\nBob\nAnna\nward\nZofia\nRomedine\n",
                    last:
                        "Tschuggler\nPampliegon\nHaselgrubel\nSmith\nKovac\nNowak\nLahitteau\n",
                },
                RoundLists {
                    first:
                        "Mishariel\nXuaculina\nRomedine\nBob\nAnna\nward\nZofia\nSabeekina\n",
                    last:
                        "Alghanimeh\nTschuggler\nLahitteau\nSmith\nKovac\nNowak\nKanooway\n",
                },
                RoundLists {
                    first:
                        "Jhunrelio\nMishariel\nSabeekina\nBob\nAnna\nward\nZofia\nPampangita\n",
                    last:
                        "Manalastig\nAlghanimeh\nKanooway\nSmith\nKovac\nNowak\nLoffelhardt\n",
                },
                RoundLists {
                    first:
                        "Pleuntjelo\nJhunrelio\nPampangita\nBob\nAnna\nward\nZofia\nNdayikezila\n",
                    last:
                        "Noftallin\nManalastig\nLoffelhardt\nSmith\nKovac\nNowak\nKgosietsane\n",
                },
                RoundLists {
                    first:
                        "Tabuakelo\nPleuntjelo\nNdayikezila\nBob\nAnna\nward\nZofia\nGuerlinette\n",
                    last:
                        "Caturegliot\nNoftallin\nKgosietsane\nSmith\nKovac\nNowak\nOwezowan\n",
                },
                RoundLists {
                    first:
                        "Zefejko\nTabuakelo\nGuerlinette\nBob\nAnna\nward\nZofia\nUbbolena\n",
                    last:
                        "Mischkulnigg\nCaturegliot\nOwezowan\nSmith\nKovac\nNowak\nTroelsgaardt\n",
                },
                RoundLists {
                    first:
                        "Chrigulo\nZefejko\nUbbolena\nBob\nAnna\nward\nZofia\nDankegottli\n",
                    last:
                        "Zschiedricht\nMischkulnigg\nTroelsgaardt\nSmith\nKovac\nNowak\nBruelisauerr\n",
                },
                RoundLists {
                    first:
                        "Tinocaa\nChrigulo\nDankegottli\nBob\nAnna\nward\nZofia\nHannchel\n",
                    last:
                        "Marmittz\nZschiedricht\nBruelisauerr\nSmith\nKovac\nNowak\nPimparell\n",
                },
                RoundLists {
                    first:
                        "Nionioss\nTinocaa\nHannchel\nBob\nAnna\nward\nZofia\nJolijntjes\n",
                    last:
                        "Kosmetatoss\nMarmittz\nPimparell\nSmith\nKovac\nNowak\nZwetselaarr\n",
                },
                RoundLists {
                    first:
                        "Tsambikoss\nNionioss\nJolijntjes\nBob\nAnna\nward\nZofia\nBjarnthoraa\n",
                    last:
                        "Zempilass\nKosmetatoss\nZwetselaarr\nSmith\nKovac\nNowak\nKojundzicc\n",
                },
                RoundLists {
                    first:
                        "Ioulittaa\nTsambikoss\nBjarnthoraa\nBob\nAnna\nward\nZofia\nHarukazee\n",
                    last:
                        "Sechiarii\nZempilass\nKojundzicc\nSmith\nKovac\nNowak\nTsuetanii\n",
                },
                RoundLists {
                    first:
                        "Myrtoulaa\nIoulittaa\nHarukazee\nBob\nAnna\nward\nZofia\nSatunndingg\n",
                    last:
                        "Fatseass\nSechiarii\nTsuetanii\nSmith\nKovac\nNowak\nAallonrantaa\n",
                },
                RoundLists {
                    first:
                        "Bayarmaaa\nMyrtoulaa\nSatunndingg\nBob\nAnna\nward\nZofia\nTsogzolmaaa\n",
                    last:
                        "Gucetiicc\nFatseass\nAallonrantaa\nSmith\nKovac\nNowak\nAbdagicc\n",
                },
                RoundLists {
                    first:
                        "Onufrijj\nBayarmaaa\nTsogzolmaaa\nBob\nAnna\nward\nZofia\nMaelysse\n",
                    last:
                        "Trevgodaa\nGucetiicc\nAbdagicc\nSmith\nKovac\nNowak\nTriboulott\n",
                },
                RoundLists {
                    first:
                        "Muhdorr\nOnufrijj\nMaelysse\nBob\nAnna\nward\nZofia\nZaynutdinn\n",
                    last:
                        "Alkafff\nTrevgodaa\nTriboulott\nSmith\nKovac\nNowak\nSenotrusovv\n",
                },
                RoundLists {
                    first:
                        "Wasylynaa\nMuhdorr\nZaynutdinn\nBob\nAnna\nward\nZofia\nKhvedirr\n",
                    last:
                        "Wasylyshynn\nAlkafff\nSenotrusovv\nSmith\nKovac\nNowak\nNechyporenkoo\n",
                },
                RoundLists {
                    first:
                        "Gjorgjijaa\nWasylynaa\nKhvedirr\nBob\nAnna\nward\nZofia\nBainzuu\n",
                    last:
                        "Stojchevskii\nWasylyshynn\nNechyporenkoo\nSmith\nKovac\nNowak\nPinnaddu\n",
                },
                RoundLists {
                    first:
                        "Aillohass\nGjorgjijaa\nBainzuu\nBob\nAnna\nward\nZofia\nHeindrikurr\n",
                    last:
                        "Aakvaagg\nStojchevskii\nPinnaddu\nSmith\nKovac\nNowak\nVolganskii\n",
                },
                RoundLists {
                    first:
                        "Boguchwall\nAillohass\nHeindrikurr\nBob\nAnna\nward\nZofia\nLutomirr\n",
                    last:
                        "Szutkiewiczz\nAakvaagg\nVolganskii\nSmith\nKovac\nNowak\nThaosenn\n",
                },
                RoundLists {
                    first:
                        "Yoryshh\nBoguchwall\nLutomirr\nBob\nAnna\nward\nZofia\nAkpatyrr\n",
                    last:
                        "Aytuganovv\nSzutkiewiczz\nThaosenn\nSmith\nKovac\nNowak\nWilchcombee\n",
                },
                RoundLists {
                    first: "Ayosee\nYoryshh\nAkpatyrr\nBob\nAnna\nward\nZofia\nZebenzuii\n",
                    last:
                        "Diergaardtt\nAytuganovv\nWilchcombee\nSmith\nKovac\nNowak\nWenaweserr\n",
                },
                RoundLists {
                    first:
                        "Kagekiyoo\nAyosee\nZebenzuii\nBob\nAnna\nward\nZofia\nMagozaemonn\n",
                    last:
                        "Agariee\nDiergaardtt\nWenaweserr\nSmith\nKovac\nNowak\nTomasetigg\n",
                },
                RoundLists {
                    first:
                        "Hayrudinn\nKagekiyoo\nMagozaemonn\nBob\nAnna\nward\nZofia\nBardhimm\n",
                    last:
                        "Abaspahicc\nAgariee\nTomasetigg\nSmith\nKovac\nNowak\nAltaracc\n",
                },
                RoundLists {
                    first:
                        "Caoilfhinnn\nHayrudinn\nBardhimm\nBob\nAnna\nward\nZofia\nSomporrn\n",
                    last:
                        "Chiplunkarr\nAbaspahicc\nAltaracc\nSmith\nKovac\nNowak\nGhaisass\n",
                },
                RoundLists {
                    first: "Afsinn\nCaoilfhinnn\nSomporrn\nBob\nAnna\nward\nZofia\nGokboraa\n",
                    last: "Atunn\nChiplunkarr\nGhaisass\nSmith\nKovac\nNowak\nHasipogluu\n",
                },
                RoundLists {
                    first: "Aaleiyahh\nAfsinn\nGokboraa\nBob\nAnna\nward\nZofia\nYaritssaa\n",
                    last: "Courtauldd\nAtunn\nHasipogluu\nSmith\nKovac\nNowak\nFonnereauu\n",
                },
                RoundLists {
                    first: "Lubomilaa\nAaleiyahh\nYaritssaa\nBob\nAnna\nward\nZofia\nStsiapann\n",
                    last: "Tangyee\nCourtauldd\nFonnereauu\nSmith\nKovac\nNowak\nTrynieckaa\n",
                },
                RoundLists {
                    first: "Dominigg\nLubomilaa\nStsiapann\nBob\nAnna\nward\nZofia\nKatelligg\n",
                    last: "Gonidegg\nTangyee\nTrynieckaa\nSmith\nKovac\nNowak\nUexkulll\n",
                },
                RoundLists {
                    first: "Akhbolatt\nDominigg\nKatelligg\nBob\nAnna\nward\nZofia\nDzerassaa\n",
                    last: "Khouww\nGonidegg\nUexkulll\nSmith\nKovac\nNowak\nAuwjongg\n",
                },
                RoundLists {
                    first: "Azatuhii\nAkhbolatt\nDominigg\nBob\nAnna\nward\nZofia\nSrbuhii\n",
                    last: "Ghazarosyann\nKhouww\nGonidegg\nSmith\nKovac\nNowak\nKasbatii\n",
                },
                RoundLists {
                    first: "Gunselinn\nAzatuhii\nAkhbolatt\nBob\nAnna\nward\nZofia\nSahsenemm\n",
                    last: "Abaliogluu\nGhazarosyann\nKhouww\nSmith\nKovac\nNowak\nHunjann\n",
                },
                RoundLists {
                    first: "Eydbjortt\nGunselinn\nAzatuhii\nBob\nAnna\nward\nZofia\nSunnleygg\n",
                    last: "Mortanssonn\nAbaliogluu\nGhazarosyann\nSmith\nKovac\nNowak\nBasrurr\n",
                },
                RoundLists {
                    first: "Beathagg\nEydbjortt\nGunselinn\nBob\nAnna\nward\nZofia\nSeonaidhh\n",
                    last: "Macleoidd\nMortanssonn\nAbaliogluu\nSmith\nKovac\nNowak\nVastradd\n",
                },
                RoundLists {
                    first: "Andulkaa\nBeathagg\nEydbjortt\nBob\nAnna\nward\nZofia\nVerunkaa\n",
                    last: "Abrmann\nMacleoidd\nMortanssonn\nSmith\nKovac\nNowak\nChakyarr\n",
                },
                RoundLists {
                    first: "Julieanee\nAndulkaa\nBeathagg\nBob\nAnna\nward\nZofia\nGunildee\n",
                    last: "Adsersenn\nAbrmann\nMacleoidd\nSmith\nKovac\nNowak\nGheii\n",
                },
                RoundLists {
                    first: "Hotimirr\nJulieanee\nAndulkaa\nBob\nAnna\nward\nZofia\nTugomerr\n",
                    last: "Locnikarr\nAdsersenn\nAbrmann\nSmith\nKovac\nNowak\nKesisoglouu\n",
                },
                RoundLists {
                    first: "Chasperr\nHotimirr\nJulieanee\nBob\nAnna\nward\nZofia\nLendritt\n",
                    last: "Lindemeierr\nLocnikarr\nAdsersenn\nSmith\nKovac\nNowak\nTikooo\n",
                },
                RoundLists {
                    first: "Zolikaa\nChasperr\nHotimirr\nBob\nAnna\nward\nZofia\nMarcsii\n",
                    last: "Thuroczyy\nLindemeierr\nLocnikarr\nSmith\nKovac\nNowak\nJajatii\n",
                },
                RoundLists {
                    first: "Ruaidrii\nZolikaa\nChasperr\nBob\nAnna\nward\nZofia\nMeadbhh\n",
                    last: "Yakobashvilii\nThuroczyy\nLindemeierr\nSmith\nKovac\nNowak\nBaazovv\n",
                },
                RoundLists {
                    first: "Staniborr\nRuaidrii\nZolikaa\nBob\nAnna\nward\nZofia\nDobiegnieww\n",
                    last: "Farulewskii\nYakobashvilii\nThuroczyy\nSmith\nKovac\nNowak\nSoutsoss\n",
                },
                RoundLists {
                    first: "Dartautass\nStaniborr\nRuaidrii\nBob\nAnna\nward\nZofia\nAbylayy\n",
                    last: "Jokubauskass\nFarulewskii\nYakobashvilii\nSmith\nKovac\nNowak\nNahuelquinn\n",
                },
                RoundLists {
                    first: "Hristomirr\nDartautass\nStaniborr\nBob\nAnna\nward\nZofia\nTsvyatkoo\n",
                    last: "Abadzhievv\nJokubauskass\nFarulewskii\nSmith\nKovac\nNowak\nAmoulii\n",
                },
                RoundLists {
                    first: "Chandrapall\nHristomirr\nDartautass\nBob\nAnna\nward\nZofia\nTamaraebii\n",
                    last: "Ezhilarasann\nAbadzhievv\nJokubauskass\nSmith\nKovac\nNowak\nMertukk\n",
                },
                RoundLists {
                    first: "Wiktorynn\nChandrapall\nHristomirr\nBob\nAnna\nward\nZofia\nZyndramm\n",
                    last: "Kuropieskii\nEzhilarasann\nAbadzhievv\nSmith\nKovac\nNowak\nMungardd\n",
                },
                RoundLists {
                    first: "Aadhishankarr\nWiktorynn\nChandrapall\nBob\nAnna\nward\nZofia\nAngarikaa\n",
                    last: "Larestanii\nKuropieskii\nEzhilarasann\nSmith\nKovac\nNowak\nBastakii\n",
                },
                RoundLists {
                    first: "Heriniainaa\nAadhishankarr\nWiktorynn\nBob\nAnna\nward\nZofia\nFanomezantsoaa\n",
                    last: "Rakotondrabee\nLarestanii\nKuropieskii\nSmith\nKovac\nNowak\nRazafindrasoaa\n",
                },
                RoundLists {
                    first: "Khamsaengg\nHeriniainaa\nAadhishankarr\nBob\nAnna\nward\nZofia\nBuaphunn\n",
                    last: "Phonsenaa\nRakotondrabee\nLarestanii\nSmith\nKovac\nNowak\nSisaenkhamm\n",
                },
                RoundLists {
                    first: "Inkaeoo\nKhamsaengg\nHeriniainaa\nBob\nAnna\nward\nZofia\nFongkhamm\n",
                    last: "Intawongg\nPhonsenaa\nRakotondrabee\nSmith\nKovac\nNowak\nPanyachaii\n",
                },
                RoundLists {
                    first: "Thirawatt\nInkaeoo\nKhamsaengg\nBob\nAnna\nward\nZofia\nKanokwann\n",
                    last: "Chuaisombatt\nIntawongg\nPhonsenaa\nSmith\nKovac\nNowak\nLimsakunn\n",
                },
                RoundLists {
                    first: "Gunadasaa\nThirawatt\nInkaeoo\nBob\nAnna\nward\nZofia\nSomawathii\n",
                    last: "Wijethilakee\nChuaisombatt\nIntawongg\nSmith\nKovac\nNowak\nIllangakoonn\n",
                },
                RoundLists {
                    first: "Relebohilee\nGunadasaa\nThirawatt\nBob\nAnna\nward\nZofia\nMathaboo\n",
                    last: "Mokhehlee\nWijethilakee\nChuaisombatt\nSmith\nKovac\nNowak\nRamakoaee\n",
                },
                RoundLists {
                    first: "Mawuenyegaa\nRelebohilee\nGunadasaa\nBob\nAnna\nward\nZofia\nAinembabazii\n",
                    last: "Agbenyegaa\nMokhehlee\nWijethilakee\nSmith\nKovac\nNowak\nSegbefiaa\n",
                },
                RoundLists {
                    first: "Unnikrishnann\nMawuenyegaa\nRelebohilee\nBob\nAnna\nward\nZofia\nBopannaa\n",
                    last: "Puthenveettill\nAgbenyegaa\nMokhehlee\nSmith\nKovac\nNowak\nBiddandaa\n",
                },
                RoundLists {
                    first: "Tigorr\nUnnikrishnann\nMawuenyegaa\nBob\nAnna\nward\nZofia\nHotmaulii\n",
                    last: "Simanjuntakk\nPuthenveettill\nAgbenyegaa\nSmith\nKovac\nNowak\nSembiringg\n",
                },
                RoundLists {
                    first: "Lalthanzualaa\nTigorr\nUnnikrishnann\nBob\nAnna\nward\nZofia\nIbetombii\n",
                    last: "Chhangtee\nSimanjuntakk\nPuthenveettill\nSmith\nKovac\nNowak\nWahengbamm\n",
                },
                RoundLists {
                    first: "Keonaonaa\nLalthanzualaa\nTigorr\nBob\nAnna\nward\nZofia\nPilialohaa\n",
                    last: "Kahaulelioo\nChhangtee\nSimanjuntakk\nSmith\nKovac\nNowak\nKamakeaa\n",
                },
                RoundLists {
                    first: "Fetuolemoanaa\nKeonaonaa\nLalthanzualaa\nBob\nAnna\nward\nZofia\nSinataeoloo\n",
                    last: "Fuimaonoo\nKahaulelioo\nChhangtee\nSmith\nKovac\nNowak\nTaumoepeauu\n",
                },
                RoundLists {
                    first: "Wharehuiaa\nFetuolemoanaa\nKeonaonaa\nBob\nAnna\nward\nZofia\nHinerangii\n",
                    last: "Tirikatenee\nFuimaonoo\nKahaulelioo\nSmith\nKovac\nNowak\nPewhairangii\n",
                },
                RoundLists {
                    first: "Salizann\nWharehuiaa\nFetuolemoanaa\nBob\nAnna\nward\nZofia\nDresedresee\n",
                    last: "Takivatann\nTirikatenee\nFuimaonoo\nSmith\nKovac\nNowak\nIstandaa\n",
                },
                RoundLists {
                    first: "Haesoll\nSalizann\nWharehuiaa\nBob\nAnna\nward\nZofia\nDalnimm\n",
                    last: "Tsattiee\nTakivatann\nTirikatenee\nSmith\nKovac\nNowak\nChimonii\n",
                },
                RoundLists {
                    first: "Qiaojuu\nHaesoll\nSalizann\nBob\nAnna\nward\nZofia\nFengqii\n",
                    last: "Kahyaogluu\nTsattiee\nTakivatann\nSmith\nKovac\nNowak\nTopalogluu\n",
                },
                RoundLists {
                    first: "Souksavanhh\nQiaojuu\nHaesoll\nBob\nAnna\nward\nZofia\nKhamphonee\n",
                    last: "Phommachanhh\nKahyaogluu\nTsattiee\nSmith\nKovac\nNowak\nKeovongsaa\n",
                },
                RoundLists {
                    first: "Jhamatmall\nSouksavanhh\nQiaojuu\nBob\nAnna\nward\nZofia\nTahilramm\n",
                    last: "Gidwanii\nPhommachanhh\nKahyaogluu\nSmith\nKovac\nNowak\nHingoranii\n",
                },
                RoundLists {
                    first: "Zarlashtt\nJhamatmall\nSouksavanhh\nBob\nAnna\nward\nZofia\nBaryalaii\n",
                    last: "Zadrankhell\nGidwanii\nPhommachanhh\nSmith\nKovac\nNowak\nKharotaii\n",
                },
                RoundLists {
                    first: "Venkammaa\nZarlashtt\nJhamatmall\nBob\nAnna\nward\nZofia\nSubbayyaa\n",
                    last: "Yarlagaddaa\nZadrankhell\nGidwanii\nSmith\nKovac\nNowak\nKodalii\n",
                },
                RoundLists {
                    first: "Jagabandhuu\nVenkammaa\nZarlashtt\nBob\nAnna\nward\nZofia\nSubhasmitaa\n",
                    last: "Mohapatroo\nYarlagaddaa\nZadrankhell\nSmith\nKovac\nNowak\nSamantarayy\n",
                },
                RoundLists {
                    first: "Bhanwarlall\nJagabandhuu\nVenkammaa\nBob\nAnna\nward\nZofia\nSugnibaii\n",
                    last: "Shekhawatt\nMohapatroo\nYarlagaddaa\nSmith\nKovac\nNowak\nNitharwall\n",
                },
                RoundLists {
                    first: "Dashinimaa\nBhanwarlall\nJagabandhuu\nBob\nAnna\nward\nZofia\nTsyrenmaa\n",
                    last: "Zhambalovv\nShekhawatt\nMohapatroo\nSmith\nKovac\nNowak\nDugarovv\n",
                },
            ],
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

    /// Each measuring round's pool opens with these given names and surnames: its own
    /// lists, minus every other list's names (every earlier round's, and from the tenth
    /// round every lexicon's) and every English word. Its names that are words are the
    /// held-out half, like the held-out split's.
    #[test]
    fn each_rounds_names_are_in_no_other_list() {
        let held_out_words = pool(&sources(), Split::HeldOut).word_names;
        let rounds: &[(Split, &[&str], &[&str])] = &[
            (Split::Round6, &["Duccio", "Lapo"], &["Acciai"]),
            (Split::Round7, &["Wanjiru"], &["Tesfaye"]),
            (Split::Round8, &["Aputi"], &["Magga"]),
            (Split::Round9, &["Sjoerd"], &["Yazzie"]),
            (Split::Round10, &["Bence", "Zsofi"], &["Horvath"]),
            (
                Split::Round11,
                &["Tiwonge", "Nejc"],
                &["Nyirenda", "Dell'Agnese"],
            ),
            (Split::Round12, &["Ahanu", "Eilir"], &["Gwilym", "Yılmaz"]),
            (
                Split::Round13,
                &["Stanzin", "Lily-Mae"],
                &["O'Dwyer", "Osei-Bonsu"],
            ),
            (
                Split::Round14,
                &["Hrafnhildur", "Keizo"],
                &["Gudmundsson", "Takahashi"],
            ),
            (
                Split::Round15,
                &["Sudip", "Yankel"],
                &["Tharu", "Al-Amoudi"],
            ),
            (
                Split::Round16,
                &["Ardeshir", "Amir-Hossein"],
                &["Shirazi", "D'Mello"],
            ),
            (
                Split::Round17,
                &["Abebech", "Kerubo"],
                &["Gebremedhin", "Nyamweya"],
            ),
            (
                Split::Round18,
                &["Kavin", "Akiiki"],
                &["Selvaraj", "Yunupingu"],
            ),
            (
                Split::Round19,
                &["Shalabh", "Sahr"],
                &["Dabral", "Debbarma"],
            ),
            (
                Split::Round20,
                &["Somchai", "Essozimna"],
                &["Teo", "Bancoult"],
            ),
            (
                Split::Round21,
                &["Mahmoud", "Qaiyaan"],
                &["Shalaby", "Okakok"],
            ),
            (
                Split::Round22,
                &["Ahsan", "Mufaddal"],
                &["Bangash", "Crowshoe"],
            ),
            (Split::Round23, &["Lounes"], &["Boudreaux", "Amrouche"]),
            (
                Split::Round24,
                &["Sasindu", "Karsan"],
                &["Varsani", "Tsatoke"],
            ),
            (
                Split::Round25,
                &["Erkan", "Mamadsho"],
                &["Benjelloun", "Jamwal"],
            ),
            (
                Split::Round26,
                &["Gbenga", "Masereka"],
                &["Adeoye", "Haokip"],
            ),
            (
                Split::Round27,
                &["Dalisay", "Charbel"],
                &["Dimaano", "Zebua"],
            ),
            (
                Split::Round28,
                &["Ensio", "Muangfin"],
                &["Haapala", "Saekoy"],
            ),
            (
                Split::Round29,
                &["Joao", "Lukeria"],
                &["Stoltzfus", "Dreiling"],
            ),
            (
                Split::Round30,
                &["Pendo", "Toiwilou"],
                &["Nyarko", "Tschinkel"],
            ),
            (
                Split::Round31,
                &["Temujin", "Tenesor"],
                &["Umpierrez", "Marguerettaz"],
            ),
            (
                Split::Round32,
                &["Laimnesis", "Helier"],
                &["Renouf", "Gasienica"],
            ),
            (
                Split::Round33,
                &["Avksentiy", "Evdochim"],
                &["Ababilov", "Skenderovic"],
            ),
            (
                Split::Round34,
                &["Quillon", "Brisamo"],
                &["Varnedo", "Telluri"],
            ),
            (
                Split::Round35,
                &["Ouardix", "Merzoubel"],
                &["Tazrouk", "Belhadrine"],
            ),
            (
                Split::Round36,
                &["Kanchhora", "Gauchelli"],
                &["Mutafrik", "Zonzarini"],
            ),
            (
                Split::Round37,
                &["Khoavien", "Teikimano"],
                &["Szehidrak", "Cabuzeli"],
            ),
            (
                Split::Round38,
                &["Hulomiro", "Saputrini"],
                &["Mokotabuan", "Keskivaara"],
            ),
            (
                Split::Round39,
                &["Veriszlan", "Pujolrica"],
                &["Resztarich", "Canolmanyi"],
            ),
            (
                Split::Round40,
                &["Drazimirka", "Masuhrine"],
                &["Sdunkarek", "Olopaiwen"],
            ),
            (
                Split::Round41,
                &["Zuanetka", "Kalamatin"],
                &["Velcioric", "Minkombah"],
            ),
            (
                Split::Round42,
                &["Tomeulina", "Aigerimza"],
                &["Quetglasor", "Zhumabekul"],
            ),
            (
                Split::Round43,
                &["Spisgottla", "Oleksyvka"],
                &["Hanakovic", "Dovhorukyn"],
            ),
            (
                Split::Round44,
                &["Vicentola", "Josenildra"],
                &["Pizzoferrin", "Vaissierot"],
            ),
            (
                Split::Round45,
                &["Ragnhildet", "Kanioletta"],
                &["Holmqvistar", "Brodbeckle"],
            ),
            (
                Split::Round46,
                &["Oronzetta", "Taxquenia"],
                &["Lapertosino", "Pscheidler"],
            ),
            (
                Split::Round47,
                &["Venanziola", "Aygunella"],
                &["Perticarolin", "Marullazet"],
            ),
            (
                Split::Round48,
                &["Xinyuezi", "Wennemarte"],
                &["Iacovonel", "Thouvenotz"],
            ),
            (
                Split::Round49,
                &["Brugelinde", "Toribiella"],
                &["Vrignaudet", "Bassewitzer"],
            ),
            (
                Split::Round50,
                &["Szczepanela", "Sinforiano"],
                &["Grzegorczykow", "Pusterhofer"],
            ),
            (
                Split::Round51,
                &["Fulgenziola", "Gundekarin"],
                &["Ruckdeschelt", "Chaumonotte"],
            ),
            (
                Split::Round52,
                &["Fermincita", "Nicaisette"],
                &["Ziegenhornel", "Selossard"],
            ),
            (
                Split::Round53,
                &["Celedonita", "Yrieixette"],
                &["Vogelsbergel", "Peyrichoutel"],
            ),
            (
                Split::Round54,
                &["Hilairetta", "Porchairine"],
                &["Gatinouteau", "Westrichler"],
            ),
            (
                Split::Round55,
                &["Froilanetta", "Gebhardine"],
                &["Turienzolo", "Moosbruggel"],
            ),
            (
                Split::Round56,
                &["Setefillita", "Wendalinette"],
                &["Benjumeola", "Recktenwalder"],
            ),
            (
                Split::Round57,
                &["Lesmitella", "Englmarine"],
                &["Pampliegon", "Haselgrubel"],
            ),
            (
                Split::Round58,
                &["Xuaculina", "Romedine"],
                &["Tschuggler", "Lahitteau"],
            ),
            (
                Split::Round59,
                &["Mishariel", "Sabeekina"],
                &["Alghanimeh", "Kanooway"],
            ),
            (
                Split::Round60,
                &["Jhunrelio", "Pampangita"],
                &["Manalastig", "Loffelhardt"],
            ),
            (
                Split::Round61,
                &["Pleuntjelo", "Ndayikezila"],
                &["Noftallin", "Kgosietsane"],
            ),
            (
                Split::Round62,
                &["Tabuakelo", "Guerlinette"],
                &["Caturegliot", "Owezowan"],
            ),
            (
                Split::Round63,
                &["Zefejko", "Ubbolena"],
                &["Mischkulnigg", "Troelsgaardt"],
            ),
            (
                Split::Round64,
                &["Chrigulo", "Dankegottli"],
                &["Zschiedricht", "Bruelisauerr"],
            ),
            (
                Split::Round65,
                &["Tinocaa", "Hannchel"],
                &["Marmittz", "Pimparell"],
            ),
            (
                Split::Round66,
                &["Nionioss", "Jolijntjes"],
                &["Kosmetatoss", "Zwetselaarr"],
            ),
            (
                Split::Round67,
                &["Tsambikoss", "Bjarnthoraa"],
                &["Zempilass", "Kojundzicc"],
            ),
            (
                Split::Round68,
                &["Ioulittaa", "Harukazee"],
                &["Sechiarii", "Tsuetanii"],
            ),
            (
                Split::Round69,
                &["Myrtoulaa", "Satunndingg"],
                &["Fatseass", "Aallonrantaa"],
            ),
            (
                Split::Round70,
                &["Bayarmaaa", "Tsogzolmaaa"],
                &["Gucetiicc", "Abdagicc"],
            ),
            (
                Split::Round71,
                &["Onufrijj", "Maelysse"],
                &["Trevgodaa", "Triboulott"],
            ),
            (
                Split::Round72,
                &["Muhdorr", "Zaynutdinn"],
                &["Alkafff", "Senotrusovv"],
            ),
            (
                Split::Round73,
                &["Wasylynaa", "Khvedirr"],
                &["Wasylyshynn", "Nechyporenkoo"],
            ),
            (
                Split::Round74,
                &["Gjorgjijaa", "Bainzuu"],
                &["Stojchevskii", "Pinnaddu"],
            ),
            (
                Split::Round75,
                &["Aillohass", "Heindrikurr"],
                &["Aakvaagg", "Volganskii"],
            ),
            (
                Split::Round76,
                &["Boguchwall", "Lutomirr"],
                &["Szutkiewiczz", "Thaosenn"],
            ),
            (
                Split::Round77,
                &["Yoryshh", "Akpatyrr"],
                &["Aytuganovv", "Wilchcombee"],
            ),
            (
                Split::Round78,
                &["Ayosee", "Zebenzuii"],
                &["Diergaardtt", "Wenaweserr"],
            ),
            (
                Split::Round79,
                &["Kagekiyoo", "Magozaemonn"],
                &["Agariee", "Tomasetigg"],
            ),
            (
                Split::Round80,
                &["Hayrudinn", "Bardhimm"],
                &["Abaspahicc", "Altaracc"],
            ),
            (
                Split::Round81,
                &["Caoilfhinnn", "Somporrn"],
                &["Chiplunkarr", "Ghaisass"],
            ),
            (
                Split::Round82,
                &["Afsinn", "Gokboraa"],
                &["Atunn", "Hasipogluu"],
            ),
            (
                Split::Round83,
                &["Aaleiyahh", "Yaritssaa"],
                &["Courtauldd", "Fonnereauu"],
            ),
            (
                Split::Round84,
                &["Lubomilaa", "Stsiapann"],
                &["Tangyee", "Trynieckaa"],
            ),
            (
                Split::Round85,
                &["Dominigg", "Katelligg"],
                &["Gonidegg", "Uexkulll"],
            ),
            (
                Split::Round86,
                &["Akhbolatt", "Dzerassaa"],
                &["Khouww", "Auwjongg"],
            ),
            (
                Split::Round87,
                &["Azatuhii", "Srbuhii"],
                &["Ghazarosyann", "Kasbatii"],
            ),
            (
                Split::Round88,
                &["Gunselinn", "Sahsenemm"],
                &["Abaliogluu", "Hunjann"],
            ),
            (
                Split::Round89,
                &["Eydbjortt", "Sunnleygg"],
                &["Mortanssonn", "Basrurr"],
            ),
            (
                Split::Round90,
                &["Beathagg", "Seonaidhh"],
                &["Macleoidd", "Vastradd"],
            ),
            (
                Split::Round91,
                &["Andulkaa", "Verunkaa"],
                &["Abrmann", "Chakyarr"],
            ),
            (
                Split::Round92,
                &["Julieanee", "Gunildee"],
                &["Adsersenn", "Gheii"],
            ),
            (
                Split::Round93,
                &["Hotimirr", "Tugomerr"],
                &["Locnikarr", "Kesisoglouu"],
            ),
            (
                Split::Round94,
                &["Chasperr", "Lendritt"],
                &["Lindemeierr", "Tikooo"],
            ),
            (
                Split::Round95,
                &["Zolikaa", "Marcsii"],
                &["Thuroczyy", "Jajatii"],
            ),
            (
                Split::Round96,
                &["Ruaidrii", "Meadbhh"],
                &["Yakobashvilii", "Baazovv"],
            ),
            (
                Split::Round97,
                &["Staniborr", "Dobiegnieww"],
                &["Farulewskii", "Soutsoss"],
            ),
            (
                Split::Round98,
                &["Dartautass", "Abylayy"],
                &["Jokubauskass", "Nahuelquinn"],
            ),
            (
                Split::Round99,
                &["Hristomirr", "Tsvyatkoo"],
                &["Abadzhievv", "Amoulii"],
            ),
            (
                Split::Round100,
                &["Chandrapall", "Tamaraebii"],
                &["Ezhilarasann", "Mertukk"],
            ),
            (
                Split::Round101,
                &["Wiktorynn", "Zyndramm"],
                &["Kuropieskii", "Mungardd"],
            ),
            (
                Split::Round102,
                &["Aadhishankarr", "Angarikaa"],
                &["Larestanii", "Bastakii"],
            ),
            (
                Split::Round103,
                &["Heriniainaa", "Fanomezantsoaa"],
                &["Rakotondrabee", "Razafindrasoaa"],
            ),
            (
                Split::Round104,
                &["Khamsaengg", "Buaphunn"],
                &["Phonsenaa", "Sisaenkhamm"],
            ),
            (
                Split::Round105,
                &["Inkaeoo", "Fongkhamm"],
                &["Intawongg", "Panyachaii"],
            ),
            (
                Split::Round106,
                &["Thirawatt", "Kanokwann"],
                &["Chuaisombatt", "Limsakunn"],
            ),
            (
                Split::Round107,
                &["Gunadasaa", "Somawathii"],
                &["Wijethilakee", "Illangakoonn"],
            ),
            (
                Split::Round108,
                &["Relebohilee", "Mathaboo"],
                &["Mokhehlee", "Ramakoaee"],
            ),
            (
                Split::Round109,
                &["Mawuenyegaa", "Ainembabazii"],
                &["Agbenyegaa", "Segbefiaa"],
            ),
            (
                Split::Round110,
                &["Unnikrishnann", "Bopannaa"],
                &["Puthenveettill", "Biddandaa"],
            ),
            (
                Split::Round111,
                &["Tigorr", "Hotmaulii"],
                &["Simanjuntakk", "Sembiringg"],
            ),
            (
                Split::Round112,
                &["Lalthanzualaa", "Ibetombii"],
                &["Chhangtee", "Wahengbamm"],
            ),
            (
                Split::Round113,
                &["Keonaonaa", "Pilialohaa"],
                &["Kahaulelioo", "Kamakeaa"],
            ),
            (
                Split::Round114,
                &["Fetuolemoanaa", "Sinataeoloo"],
                &["Fuimaonoo", "Taumoepeauu"],
            ),
            (
                Split::Round115,
                &["Wharehuiaa", "Hinerangii"],
                &["Tirikatenee", "Pewhairangii"],
            ),
            (
                Split::Round116,
                &["Salizann", "Dresedresee"],
                &["Takivatann", "Istandaa"],
            ),
            (
                Split::Round117,
                &["Haesoll", "Dalnimm"],
                &["Tsattiee", "Chimonii"],
            ),
            (
                Split::Round118,
                &["Qiaojuu", "Fengqii"],
                &["Kahyaogluu", "Topalogluu"],
            ),
            (
                Split::Round119,
                &["Souksavanhh", "Khamphonee"],
                &["Phommachanhh", "Keovongsaa"],
            ),
            (
                Split::Round120,
                &["Jhamatmall", "Tahilramm"],
                &["Gidwanii", "Hingoranii"],
            ),
            (
                Split::Round121,
                &["Zarlashtt", "Baryalaii"],
                &["Zadrankhell", "Kharotaii"],
            ),
            (
                Split::Round122,
                &["Venkammaa", "Subbayyaa"],
                &["Yarlagaddaa", "Kodalii"],
            ),
            (
                Split::Round123,
                &["Jagabandhuu", "Subhasmitaa"],
                &["Mohapatroo", "Samantarayy"],
            ),
            (
                Split::Round124,
                &["Bhanwarlall", "Sugnibaii"],
                &["Shekhawatt", "Nitharwall"],
            ),
            (
                Split::Round125,
                &["Dashinimaa", "Tsyrenmaa"],
                &["Zhambalovv", "Dugarovv"],
            ),
        ];
        for &(split, first, last) in rounds {
            let round = pool(&sources(), split);
            assert_eq!(round.first, first, "{split:?}");
            assert_eq!(round.last, last, "{split:?}");
            assert_eq!(round.word_names, held_out_words, "{split:?}");
        }
        // A round's pool does not change with the next round's lists beside it: each
        // pool above is read with every later round's lists present.
    }

    #[test]
    fn only_the_twenty_third_and_later_rounds_hold_listed_names_and_their_own_stay_unlisted() {
        let sources = sources();
        let listed: HashSet<String> = words(sources.lexicon_first)
            .chain(words(sources.lexicon_last))
            .map(str::to_lowercase)
            .collect();
        let with_listed: Vec<Split> = Split::ALL
            .into_iter()
            .filter(|s| s.round().is_some_and(|r| r >= LISTED_NAMES_FROM_ROUND))
            .collect();
        assert_eq!(with_listed.first(), Some(&Split::Round23));
        for &split in &with_listed {
            let round = pool(&sources, split);
            assert_eq!(round.listed_first, vec!["Anna", "Bob"], "{split:?}");
            assert_eq!(round.listed_last, vec!["Smith"], "{split:?}");
            for name in round.first.iter().chain(&round.last) {
                assert!(!listed.contains(&name.to_lowercase()), "{name}");
            }
        }
        for split in Split::ALL.into_iter().filter(|s| !with_listed.contains(s)) {
            let other = pool(&sources, split);
            assert!(other.listed_first.is_empty(), "{split:?}");
            assert!(other.listed_last.is_empty(), "{split:?}");
        }
    }

    #[test]
    fn common_listed_names_are_each_runs_first_ones_less_word_names() {
        let run = |prefix: &str, n: usize| -> String {
            (0..n).map(|i| format!("{prefix}{i:03}\n")).collect()
        };
        let file = format!(
            "# header, no section yet\n# --- census\n{}{}# --- hand-written\nm000\n{}",
            run("m", 200),
            run("w", 200),
            run("h", 100)
        );
        let word_names: HashSet<String> = ["m001".to_string()].into();
        let common = common_listed(&file, Some(200), &word_names);
        let has = |n: &str| common.iter().any(|c| c == n);
        // Men's run: its first 150 less the word name; women's run: its first 150.
        assert!(has("M000") && !has("M001") && has("M149") && !has("M150"));
        assert!(has("W000") && has("W149") && !has("W150"));
        // A hand-written section: its first 40, the repeated name counted once.
        assert!(has("H000") && has("H038") && !has("H039"));
        assert_eq!(common.len(), 149 + 150 + 39);
        assert_eq!(common[0], "M000");
        // With no cut the census section is one run.
        let one_run = common_listed(&file, None, &HashSet::new());
        assert!(one_run.iter().any(|c| c == "M149") && !one_run.iter().any(|c| c == "W000"));
    }

    #[test]
    fn the_shipped_lists_common_names_hold_both_census_runs() {
        let first = include_str!("../../../lexicons/names/first_names.txt");
        let last = include_str!("../../../lexicons/names/surnames.txt");
        let word_names: HashSet<String> =
            words(include_str!("../../../lexicons/names/word_names.txt"))
                .map(str::to_lowercase)
                .collect();
        let given = common_listed(first, Some(CENSUS_MEN_GIVEN_NAMES), &word_names);
        let has = |n: &str| given.iter().any(|g| g == n);
        // The men's run ends with Alonso and the women's opens with Linda.
        assert!(has("James") && has("Linda") && !has("Alonso"));
        assert!(has("Aled") && !has("Grace") && !has("Will"));
        assert_eq!(given.len(), 481);
        let surnames = common_listed(last, None, &word_names);
        assert!(surnames.iter().any(|s| s == "Smith"));
        assert_eq!(surnames.len(), 345);
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
