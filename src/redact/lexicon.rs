//! The plain-text word lists in `lexicons/pii/`, embedded in the binary so it works
//! anywhere, and helpers that turn them into patterns.

/// Street types that end a street name ("Lane", "Close", "Gardens").
pub const STREET_SUFFIXES: &str = include_str!("../../lexicons/pii/street_suffixes.txt");
/// UK towns and cities, used only to extend an address already found.
pub const TOWNS: &str = include_str!("../../lexicons/pii/towns.txt");
/// Places in Great Britain of 1,000 inhabitants or more (GeoNames), read only by the
/// person-name vetoes: a place so listed after a preposition of place is no person.
pub const GB_PLACES: &str = include_str!("../../lexicons/pii/places_gb.txt");
/// Countries of the world and the states of the US, Canada and Australia (ISO 3166), read
/// only by the person-name vetoes: a found name that is one and no listed name is no person.
pub const COUNTRIES_AND_STATES: &str = include_str!("../../lexicons/pii/countries_and_states.txt");
/// Dishes and foods of the world's kitchens (written by hand), read only by the
/// person-name rules: a found name that is a dish and nobody's cue is no person.
pub const DISHES: &str = include_str!("../../lexicons/pii/dishes.txt");
/// Brand names of medicines UK patients use (written by hand), read as [`DISHES`] is.
pub const MEDICINE_BRANDS: &str = include_str!("../../lexicons/pii/medicine_brands.txt");
/// The NHS's systems, online services and patient-facing bodies (written by hand), read
/// as [`DISHES`] is.
pub const CARE_SYSTEMS: &str = include_str!("../../lexicons/pii/care_systems.txt");
/// Television programmes, children's characters and games (written by hand), read as
/// [`DISHES`] is.
pub const PROGRAMMES_AND_GAMES: &str = include_str!("../../lexicons/pii/programmes_and_games.txt");
/// Products and suppliers of everyday care (dressings, feeds, nappies, stoma and
/// diabetes products, breathing equipment, the firms that run hospitals' services under
/// contract; written by hand), read as [`DISHES`] is.
pub const CARE_SUPPLIES: &str = include_str!("../../lexicons/pii/care_supplies.txt");
/// Everyday goods of home, garden, motoring and sport (sat navs, footballs, plant feeds,
/// bird food; written by hand), read as [`DISHES`] is.
pub const EVERYDAY_GOODS: &str = include_str!("../../lexicons/pii/everyday_goods.txt");
/// Hospitals and hospital sites of the United Kingdom that patients name by a short name
/// ("transferred to Derriford"; written by hand), read as [`DISHES`] is.
pub const HOSPITALS: &str = include_str!("../../lexicons/pii/hospitals.txt");
/// Sayings of other languages that English writers use as they stand, mostly Latin tags
/// ("Deo gratias,", "Mea culpa,"; written by hand, two words or more), read as [`DISHES`]
/// is when written out whole.
pub const SAYINGS: &str = include_str!("../../lexicons/pii/sayings.txt");
/// Languages people speak or write (English names), read only by the person-name rules:
/// a language is not a person ("Written in Tigrinya").
pub const LANGUAGES: &str = include_str!("../../lexicons/pii/languages.txt");
/// Words never part of a street name (time units, measures).
pub const NOT_STREET_WORDS: &str = include_str!("../../lexicons/pii/not_street_words.txt");
/// Further words that cannot be street-name words in an all-lower-case comment.
pub const NOT_STREET_WORDS_LOWER_CASE: &str =
    include_str!("../../lexicons/pii/not_street_words_lower_case.txt");
/// Phrases that mark a following date as a date of birth.
pub const DATE_OF_BIRTH_CUES: &str = include_str!("../../lexicons/pii/date_of_birth_cues.txt");
/// Shops, brands, charities, characters, typefaces and stars that hold a person's name,
/// read only by the person-name rules: a name wholly inside one written out is the thing.
pub const ENTITIES_NAMED_AFTER_PEOPLE: &str =
    include_str!("../../lexicons/pii/entities_named_after_people.txt");
/// Long-distance paths and earthworks ("Pennine Way", "Offa's Dyke"): no street where
/// they are walked, and a name inside one written out whole is the path.
pub const LONG_DISTANCE_PATHS: &str = include_str!("../../lexicons/pii/long_distance_paths.txt");
/// Phrases that mark a following code as a hospital / record number.
pub const HOSPITAL_NUMBER_CUES: &str = include_str!("../../lexicons/pii/hospital_number_cues.txt");

/// The entries of a lexicon: trimmed, lower-cased, without blanks or `#` comments,
/// sorted longest first (so a regex alternation prefers the longest phrase) and deduplicated.
pub fn entries(lexicon: &str) -> Vec<String> {
    let mut words: Vec<String> = lexicon
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
        .collect();
    words.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    words.dedup();
    words
}

/// A regex alternation (no flags) matching any entry: spaces match any run of white
/// space, and dots are optional (so "d.o.b" also matches "dob" and "d.o.b").
pub fn alternation(lexicon: &str) -> String {
    alternation_of(&entries(lexicon))
}

/// [`alternation`] of entries already read (see [`entries`]).
pub fn alternation_of(entries: &[String]) -> String {
    let parts: Vec<String> = entries
        .iter()
        .map(|entry| {
            entry
                .split(' ')
                .map(|word| {
                    word.split('.')
                        .map(regex::escape)
                        .collect::<Vec<_>>()
                        .join(r"\.?")
                })
                .collect::<Vec<_>>()
                .join(r"\s+")
        })
        .collect();
    format!("(?:{})", parts.join("|"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_skip_comments_and_sort_longest_first() {
        let e = entries("# comment\n\nLane\nroad\nlane\nhigh street\n");
        assert_eq!(e, vec!["high street", "lane", "road"]);
    }

    #[test]
    fn alternation_makes_dots_optional_and_spaces_flexible() {
        let re =
            regex::Regex::new(&format!("(?i)^{}$", alternation("d.o.b\ndate of birth"))).unwrap();
        assert!(re.is_match("DOB"));
        assert!(re.is_match("d.o.b"));
        assert!(re.is_match("date  of\tbirth"));
        assert!(!re.is_match("dab"));
    }

    #[test]
    fn shipped_lexicons_are_not_empty() {
        for lex in [
            STREET_SUFFIXES,
            TOWNS,
            GB_PLACES,
            COUNTRIES_AND_STATES,
            LANGUAGES,
            NOT_STREET_WORDS,
            DATE_OF_BIRTH_CUES,
            HOSPITAL_NUMBER_CUES,
            ENTITIES_NAMED_AFTER_PEOPLE,
            LONG_DISTANCE_PATHS,
        ] {
            assert!(entries(lex).len() > 3);
        }
    }
}
