//! Names of things that hold a person's name: "Marks & Spencer", "Marie Curie nurses",
//! "Florence Nightingale would turn in her grave", "Terry's Chocolate Orange", "a Sue
//! Ryder shop" (listed in `lexicons/pii/entities_named_after_people.txt`), "walked
//! Offa's Dyke" (`long_distance_paths.txt`).
//!
//! The whole entity must be written, word after word, for a found name inside it to be
//! read as the thing: "Marie" alone, "Spencer" alone, "Florence from the ward" stay
//! names. A found name that runs past the entity's words is left as found, and a title,
//! role or personal cue right before the entity keeps it ("Nurse Marie Curie", "thanks
//! to Marks and Spencer": two colleagues, perhaps); a name written again
//! elsewhere in the comment as a person's is still taken there by the rule that follows
//! (`same_word_again`), which also covers the entity's word.
//!
//! An entity every word of which is a listed given name or surname ("Paul Smith", "John
//! Lewis", "Sue Ryder") is also a name a nurse may bear, so it is read as the thing only
//! where the words around it say "a thing": an article, a possessive determiner or a
//! preposition of place or "out of" right before it ("at John Lewis", "a Ted Baker
//! jacket", "something out of Harry Potter"), a thing owned ("my father's Paul Smith
//! shirt"), a noun for a thing or a shop right after it ("the Sue Ryder shop", "John
//! Lewis vouchers"), or the entity written as a firm or a place is ("Ben & Jerry's",
//! "Jack Daniel's", "Martin House"). "Paul Smith was brilliant" and "put in touch with Sue
//! Ryder" keep the name. An entity of two words or more with no listed name in it
//! ("Holy Communion") is the thing after a personal cue too ("asked for Holy
//! Communion"): no one is called so; a title or role before it still keeps it.
//!
//! Things of everyday life in care that are named like people are read here too, from
//! eight hand-written lexicons: dishes ("made Menemen on the ward", "ordered Pad Thai"),
//! brands of medicine ("I use Ventolin and Symbicort"), the NHS's systems and services
//! ("booked through Accurx", "Healthwatch helped me complain"), programmes and games
//! ("Watching Emmerdale in the day room"), the products and suppliers of care ("ran
//! out of Kaltostat", "Serco took over the portering"), hospitals patients name by a
//! short name ("transferred to Derriford") and sayings of other languages said as they
//! stand ("Deo gratias, the crisis line answered", "Mea culpa, I missed it"; two words or
//! more, read only written out whole): each capitalised, in no word list, with no cue,
//! so the tagger takes it for an unknown name ([`EntityKind::NamedLikePeople`]). The
//! lexicons leave out an entry someone could be called (a one-word entry on any name
//! list, the measuring rounds' training lists too; an entry every word of which is a
//! listed name and none an English word, "Kung Pao"; one opening with a given name, "Tom
//! Yum", or a surname that is no English word, or ending in a given name after a word that
//! is none, "Rogan Josh"; and by hand "Postman Pat", "Spotted Dick", "Cheung fun": a review
//! wrote "our postman Pat found mum"). Such an entry is the thing unless its one word is a
//! listed name, or a title, role, relative or word of thanks stands right before it ("Dr
//! Menemen", "thanks to Japchae"), a role after it ("Accurx, the receptionist") or a
//! possessive on it ("Japchae's kindness"); a place after it is said of things too.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::cues::{cue_after, cue_before, CueStrength, PostCue, RELATIVES, ROLES, TITLES};
use super::lexicon::WordFacts;
use super::named_before_its_kind::is_thing_noun;
use super::named_storms::storm_ranges;
use super::tagger::features::possessive_after;
use super::tokens::{joined_at, lower_at, Shape, Token};
use crate::redact::lexicon::{
    entries, CARE_SUPPLIES, CARE_SYSTEMS, DISHES, ENTITIES_NAMED_AFTER_PEOPLE, EVERYDAY_GOODS,
    HOSPITALS, LONG_DISTANCE_PATHS, MEDICINE_BRANDS, PROGRAMMES_AND_GAMES, SAYINGS,
};

/// What kind of entity a lexicon holds, which says what keeps a name inside it a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EntityKind {
    /// A thing that holds a person's name (`entities_named_after_people.txt`,
    /// `long_distance_paths.txt`): read as the module doc's first paragraphs say.
    NamedAfterPeople,
    /// A thing named like a person, no one's name (the dishes, medicines, systems,
    /// programmes, care supplies, everyday goods and hospitals lexicons): the thing
    /// unless a cue vouches for a person.
    NamedLikePeople,
}

/// One entity of a lexicon: its lower-case words in order, and its kind.
struct Entity {
    words: Vec<String>,
    kind: EntityKind,
}

/// The entities of `lexicons/pii/entities_named_after_people.txt`, the paths of
/// `long_distance_paths.txt` ("walked Offa's Dyke") and the things of `dishes.txt`,
/// `medicine_brands.txt`, `care_systems.txt`, `programmes_and_games.txt`,
/// `care_supplies.txt`, `everyday_goods.txt`, `hospitals.txt` and `sayings.txt`, as
/// lower-case words in order ("&" dropped, a possessive "'s" taken off its word: "Ben &
/// Jerry's" is `["ben", "jerry"]`), grouped by their first word so that a token is
/// compared only with the entities it could open.
fn entities() -> &'static HashMap<String, Vec<Entity>> {
    static ENTITIES: OnceLock<HashMap<String, Vec<Entity>>> = OnceLock::new();
    ENTITIES.get_or_init(|| {
        let mut by_first: HashMap<String, Vec<Entity>> = HashMap::new();
        let lexicons = [
            (ENTITIES_NAMED_AFTER_PEOPLE, EntityKind::NamedAfterPeople),
            (LONG_DISTANCE_PATHS, EntityKind::NamedAfterPeople),
            (DISHES, EntityKind::NamedLikePeople),
            (MEDICINE_BRANDS, EntityKind::NamedLikePeople),
            (CARE_SYSTEMS, EntityKind::NamedLikePeople),
            (PROGRAMMES_AND_GAMES, EntityKind::NamedLikePeople),
            (CARE_SUPPLIES, EntityKind::NamedLikePeople),
            (EVERYDAY_GOODS, EntityKind::NamedLikePeople),
            (HOSPITALS, EntityKind::NamedLikePeople),
            (SAYINGS, EntityKind::NamedLikePeople),
        ];
        for (lexicon, kind) in lexicons {
            for entry in entries(lexicon) {
                // Split at dots too, as the tokens are: "T.M. Lewin" is `["t", "m", "lewin"]`.
                let words: Vec<String> = entry
                    .split(|c: char| c.is_whitespace() || c == '.')
                    .filter(|word| !word.is_empty() && *word != "&")
                    .map(|word| {
                        word.trim_end_matches("'s")
                            .trim_end_matches("\u{2019}s")
                            .to_string()
                    })
                    .collect();
                if let Some(first) = words.first() {
                    by_first
                        .entry(first.clone())
                        .or_default()
                        .push(Entity { words, kind });
                }
            }
        }
        by_first
    })
}

/// Words right before an entity made of names that make it the thing: articles,
/// possessive determiners and prepositions of place. Not "from", "of" or "like", which
/// stand before people as often ("a card from Paul Smith", "a friend of John Lewis").
const THING_BEFORE: &[&str] = &[
    "a", "an", "the", "my", "his", "her", "our", "their", "your", "its", "at", "in", "into",
    "outside", "inside", "some",
];

/// Words right after an entity made of names that make it a shop, a charity or a make.
const THING_AFTER: &[&str] = &[
    "shop",
    "shops",
    "store",
    "stores",
    "hospice",
    "hospices",
    "charity",
    "nurse",
    "nurses",
    "voucher",
    "vouchers",
    "card",
    "cards",
    "sale",
    "book",
    "books",
    "film",
    "films",
    "partnership",
    "solicitors",
    "lawyers",
    "stall",
    "branch",
    "outlet",
];

/// Whether the text between two words of an entity joins them ("", " ", " & ", "'s ").
fn joins(between: &str) -> bool {
    let trimmed = between.trim_matches(|c| c == ' ' || c == '\t');
    trimmed.is_empty() || matches!(trimmed, "&" | "'s" | "\u{2019}s")
}

/// The token ranges (inclusive) of every entity written in the comment, with no title,
/// role or personal cue ("thanks to") right before it.
pub(crate) fn entity_ranges(
    text: &str,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
) -> Vec<(usize, usize)> {
    entity_ranges_of(text, tokens, facts, |_| true)
}

/// [`entity_ranges`] of the entities of the kinds `read` keeps.
fn entity_ranges_of(
    text: &str,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    read: impl Fn(EntityKind) -> bool,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let entities = entities();
    for start in 0..tokens.len() {
        let Some(opened) = entities.get(tokens[start].lower.as_str()) else {
            continue;
        };
        for entity in opened.iter().filter(|entity| read(entity.kind)) {
            let end = start + entity.words.len() - 1;
            if end >= tokens.len() {
                continue;
            }
            // Cheapest test first: the cue is read only where the entity is written.
            let words_match = entity
                .words
                .iter()
                .enumerate()
                .all(|(j, word)| tokens[start + j].lower.as_str() == word);
            if !words_match {
                continue;
            }
            let joined = (start + 1..=end).all(|k| {
                text.get(tokens[k - 1].end..tokens[k].start)
                    .is_some_and(joins)
            });
            if entity.kind == EntityKind::NamedLikePeople {
                if joined && !vouched_for_as_a_person(text, tokens, facts, start, end) {
                    out.push((start, end));
                }
                continue;
            }
            // A thing owned is no person, whoever owns it: "my father's Patek Philippe".
            let owned = start > 0 && possessive_after(text, tokens[start - 1].end);
            // An initial is a name's word too, and makes the entity read as a person's
            // name unless the words around it say "a thing": "T.M. Lewin was my surgeon".
            let initial = |k: usize| tokens[k].shape == Shape::Initial;
            let name_word = |k: usize| facts[k].any_name() || initial(k);
            let named_as_a_thing = !(start..=end).any(initial) && !(start..=end).all(name_word)
                || owned
                || written_as_a_firm(text, tokens, start, end)
                || thing_around(tokens, start, end);
            // An entity of two words or more with no name word in it ("Holy Communion")
            // names no one after a cue of asking or thanks ("asked for Holy Communion");
            // a title, role or relative right before it still vouches for a person.
            let nameless = end > start
                && !(start..=end).any(name_word)
                && !(start > 0 && {
                    let before = lower_at(tokens, start - 1);
                    TITLES.contains(&before)
                        || ROLES.contains(&before)
                        || RELATIVES.contains(&before)
                });
            if joined
                && named_as_a_thing
                && (owned
                    || nameless
                    || cue_before(tokens, start).is_none_or(|c| c < CueStrength::Personal))
            {
                out.push((start, end));
            }
        }
    }
    out
}

/// Whether a thing named like a person at tokens `start..=end` is someone's name after
/// all: its one word a listed name, a title, role, relative or word of thanks right
/// before it, a role after it, or a possessive on it ("Dr Menemen", "thanks to Japchae",
/// "Accurx, the receptionist", "Japchae's kindness").
fn vouched_for_as_a_person(
    text: &str,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    start: usize,
    end: usize,
) -> bool {
    (start == end && facts[start].any_name())
        || cue_before(tokens, start).is_some_and(|cue| cue > CueStrength::Weak)
        || cue_after(tokens, end) == Some(PostCue::Role)
        || possessive_after(text, tokens[end].end)
}

/// Places an entity made of names may end on: "Martin House", "Helen & Douglas House".
const PLACE_ENDINGS: &[&str] = &["house", "home", "hospice", "centre", "center", "trust"];

/// Whether the entity at tokens `start..=end` is written as a firm or a place is, not as
/// a person's name: two names joined by "&" ("Ben & Jerry's"), a possessive ending it
/// ("Jack Daniel's"), or a place word ending it ("Martin House").
fn written_as_a_firm(text: &str, tokens: &[Token<'_>], start: usize, end: usize) -> bool {
    let ampersand = text
        .get(tokens[start].end..tokens[end].start)
        .is_some_and(|between| between.contains('&'));
    ampersand
        || possessive_after(text, tokens[end].end)
        || PLACE_ENDINGS.contains(&tokens[end].lower.as_str())
}

/// Whether the words right around tokens `start..=end` say "a thing" (see the module
/// docs): one of [`THING_BEFORE`] before, or a thing noun or one of [`THING_AFTER`] after.
fn thing_around(tokens: &[Token<'_>], start: usize, end: usize) -> bool {
    let word = |k: usize| lower_at(tokens, k);
    // "out of": "something out of Harry Potter".
    let out_of = start > 1
        && joined_at(tokens, start)
        && joined_at(tokens, start - 1)
        && word(start - 1) == "of"
        && word(start - 2) == "out";
    let before = out_of
        || (start > 0 && joined_at(tokens, start) && THING_BEFORE.contains(&word(start - 1)));
    let after = joined_at(tokens, end + 1) && {
        let next = word(end + 1);
        THING_AFTER.contains(&next) || is_thing_noun(next)
    };
    before || after
}

/// `found` without the names that lie wholly inside an entity written in the comment.
pub(crate) fn without_entities(
    found: Vec<(usize, usize)>,
    text: &str,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
) -> Vec<(usize, usize)> {
    // Most comments have no name to release: the entities are then not looked for.
    if found.is_empty() {
        return found;
    }
    let mut entities = entity_ranges(text, tokens, facts);
    entities.extend(storm_ranges(tokens));
    if entities.is_empty() {
        return found;
    }
    found
        .into_iter()
        .filter(|&(first, last)| !entities.iter().any(|&(a, b)| a <= first && last <= b))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::{every_listed_name, NameLexicon};
    use super::super::tokens::tokenize;
    use super::*;

    fn kept(text: &str, found: &[(usize, usize)]) -> Vec<(usize, usize)> {
        let tokens = tokenize(text);
        let facts = NameLexicon::new().facts_of(&tokens);
        without_entities(found.to_vec(), text, &tokens, &facts)
    }

    /// Whether the found name `first..=last` lies inside a thing named like a person.
    fn dish(text: &str, first: usize, last: usize) -> bool {
        let tokens = tokenize(text);
        let facts = NameLexicon::new().facts_of(&tokens);
        entity_ranges_of(text, &tokens, &facts, |kind| {
            kind == EntityKind::NamedLikePeople
        })
        .iter()
        .any(|&(a, b)| a <= first && last <= b)
    }

    /// The entries of the seven lexicons of things named like people, in small letters.
    fn things_named_like_people() -> &'static [String] {
        static THINGS: OnceLock<Vec<String>> = OnceLock::new();
        THINGS.get_or_init(|| {
            [
                DISHES,
                MEDICINE_BRANDS,
                CARE_SYSTEMS,
                PROGRAMMES_AND_GAMES,
                CARE_SUPPLIES,
                EVERYDAY_GOODS,
                HOSPITALS,
            ]
            .into_iter()
            .flat_map(entries)
            .collect()
        })
    }

    #[test]
    fn dishes_are_no_people_even_beside_a_surname() {
        assert!(dish(
            "Am I the only one who made Menemen on the ward?",
            7,
            7
        ));
        assert!(dish("Mum brought Japchae to the lunch.", 2, 2));
        // The found word is the second of a dish of two words, a surname.
        assert!(dish("We ordered Pad Thai from the takeaway.", 3, 3));
        // The found word is the second of a dish of two words.
        assert!(dish("The canteen did Pad Thai on Fridays.", 4, 4));
        assert!(dish("the jollof rice was cold", 1, 1));
        assert!(dish("They served Okonomiyaki at the fete.", 2, 2));
        // However the tokens split an apostrophe or a hyphen.
        let tokens = tokenize("We had Shepherd's pie and Co-codamol.");
        let shepherd = tokens.iter().position(|t| t.text == "Shepherd").unwrap();
        let codamol = tokens
            .iter()
            .rposition(|t| t.text.contains("codamol"))
            .unwrap();
        let co = tokens
            .iter()
            .position(|t| t.text.starts_with("Co"))
            .unwrap();
        assert!(dish(
            "We had Shepherd's pie and Co-codamol.",
            shepherd,
            shepherd
        ));
        assert!(dish("We had Shepherd's pie and Co-codamol.", co, codamol));
    }

    #[test]
    fn medicines_systems_and_programmes_are_no_people() {
        assert!(dish("I use Ventolin and Symbicort every day.", 4, 4));
        assert!(dish("I booked through Accurx and got a text.", 3, 3));
        assert!(dish("Healthwatch helped me complain.", 0, 0));
        assert!(dish(
            "Watching Emmerdale in the day room kept me sane.",
            1,
            1
        ));
        assert!(dish("My son kept asking for Peppa Pig on the iPad.", 5, 5));
    }

    #[test]
    fn hospitals_named_short_are_no_people() {
        assert!(dish("They sent me to Derriford for the specialist.", 4, 4));
        assert!(dish("Treliske was a long drive but worth it.", 0, 0));
        // Named after its founder, in the possessive.
        assert!(kept("I was transferred to Addenbrooke's for surgery.", &[(4, 4)]).is_empty());
        // A title or thanks before one keeps a person.
        assert!(!dish("Dr Derriford saw me.", 1, 1));
        assert!(!dish("Thanks to Treliske for the lift home.", 2, 2));
    }

    #[test]
    fn supplies_and_suppliers_of_care_are_no_people() {
        assert!(dish(
            "The district nurses ran out of Kaltostat again.",
            6,
            6
        ));
        assert!(dish("We used Kendamil instead of breastfeeding.", 2, 2));
        assert!(dish("The porter told me Serco had taken over.", 4, 4));
        assert!(dish(
            "The Fisher & Paykel mask left marks on my nose.",
            1,
            2
        ));
        // A title or thanks before one, a role after it, keep a person.
        assert!(!dish("Dr Kaltostat saw me.", 1, 1));
        assert!(!dish("Thanks to Serco for the lift home.", 2, 2));
        assert!(!dish("Aquacel, the nurse, was lovely.", 0, 0));
    }

    #[test]
    fn people_named_like_dishes_stay_people() {
        // A title, role or thanks before it, a cue after it, a possessive.
        assert!(!dish("Dr Menemen saw me.", 1, 1));
        assert!(!dish("Thanks to Japchae for the care.", 2, 2));
        assert!(!dish("Okonomiyaki, the receptionist, was lovely.", 0, 0));
        assert!(!dish("Japchae's kindness got me through.", 0, 0));
        // A name that is no dish, and a name beside a dish's word.
        assert!(!dish("Sarah brought the rice.", 0, 0));
        assert!(!dish("Cheung was my nurse.", 0, 0));
        // Entries someone could be called are left out of the lexicons.
        assert!(!dish("I found Cheung fun to talk to.", 2, 2));
        assert!(!dish("Tom Kha looked after me all night.", 0, 1));
        assert!(!dish("Our postman Pat found mum on the floor.", 2, 2));
    }

    #[test]
    fn no_one_word_entry_is_a_listed_name() {
        let names = every_listed_name();
        let listed: Vec<&String> = things_named_like_people()
            .iter()
            .filter(|dish| !dish.contains(' ') && names.contains(*dish))
            .collect();
        assert!(
            listed.is_empty(),
            "one-word dishes that are names: {listed:?}"
        );
    }

    #[test]
    fn no_entry_is_names_alone() {
        let names = every_listed_name();
        let lexicon = NameLexicon::new();
        let all_names: Vec<&String> = things_named_like_people()
            .iter()
            .filter(|thing| {
                thing.contains(' ')
                    && thing.split(' ').all(|word| names.contains(word))
                    && !thing.split(' ').any(|word| lexicon.facts(word).english)
            })
            .collect();
        assert!(all_names.is_empty(), "things of names only: {all_names:?}");
    }

    #[test]
    fn no_entry_opens_or_ends_like_a_name() {
        let lexicon = NameLexicon::new();
        let like_a_name: Vec<&String> = things_named_like_people()
            .iter()
            .filter(|thing| {
                let words: Vec<&str> = thing.split(' ').collect();
                let (first, last) = (
                    lexicon.facts(words[0]),
                    lexicon.facts(words[words.len() - 1]),
                );
                words.len() > 1
                    && (first.first
                        || (first.surname && !first.english)
                        || (last.first && !first.english))
            })
            .collect();
        assert!(
            like_a_name.is_empty(),
            "entries like a name: {like_a_name:?}"
        );
    }

    #[test]
    fn sayings_are_read_whole_and_never_by_one_word() {
        // Both words of a saying may be on a name list; written whole it names no one.
        assert!(kept("Laus Deo, the crisis line answered.", &[(0, 1)]).is_empty());
        assert!(kept("Dum spiro spero, the nurses came.", &[(0, 0)]).is_empty());
        assert!(kept("Mea culpa, I missed the call.", &[(0, 0)]).is_empty());
        // Part of a saying, or one with a title before it, stays a name.
        assert_eq!(kept("Deo was our porter.", &[(0, 0)]), vec![(0, 0)]);
        assert_eq!(kept("Dr Laus Deo saw me.", &[(1, 2)]), vec![(1, 2)]);
        assert!(entries(SAYINGS).iter().all(|saying| saying.contains(' ')));
        assert!(entries(SAYINGS)
            .iter()
            .all(|saying| saying.split(' ').count() <= 5));
    }

    #[test]
    fn no_entry_is_longer_than_five_words() {
        assert!(things_named_like_people()
            .iter()
            .all(|dish| dish.split(' ').count() <= 5));
    }

    #[test]
    fn names_inside_a_written_entity_are_things() {
        // Marks & Spencer: tokens 1 and 2.
        assert!(kept("A Marks & Spencer sandwich.", &[(1, 1), (2, 2)]).is_empty());
        assert!(kept("Marks and Spencer food hall", &[(0, 0), (2, 2)]).is_empty());
        assert!(kept("Marie Curie nurses came at night.", &[(0, 0)]).is_empty());
        assert!(kept("Like something out of Harry Potter.", &[(4, 5)]).is_empty());
        assert!(kept("Let me have Pfizer for the 2nd jab.", &[(3, 3)]).is_empty());
        assert!(kept("Storm Ciaran cancelled my surgery.", &[(0, 1)]).is_empty());
        // Joined by a possessive, a single word, in small letters.
        assert!(kept("She shared her Terry's Chocolate Orange.", &[(3, 3)]).is_empty());
        assert!(kept("We got help from the Sue Ryder shop.", &[(5, 6)]).is_empty());
        assert!(kept("you can see sirius from the window", &[(3, 3)]).is_empty());
        // Owned, even after a relative: "my father's" is no cue for his watch.
        assert!(kept("My father's Patek Philippe went missing.", &[(2, 3)]).is_empty());
        // No name word in the entity: a personal cue before it is no person's.
        assert!(kept("She asked for Holy Communion.", &[(3, 4)]).is_empty());
        // Initials with their dots, split as the tokens are.
        assert!(kept("Dad wore his T.M. Lewin shirt.", &[(3, 5)]).is_empty());
        assert_eq!(
            kept("I was seen by T.M. Lewin in clinic.", &[(4, 6)]),
            vec![(4, 6)]
        );
        assert_eq!(kept("T.M. Lewin was my surgeon.", &[(0, 2)]), vec![(0, 2)]);
        // One word on no name list after a title or role stays a name.
        assert_eq!(kept("Dr Kilner was brilliant.", &[(1, 1)]), vec![(1, 1)]);
        assert_eq!(kept("Dr Holy Communion was kind.", &[(1, 2)]), vec![(1, 2)]);
    }

    #[test]
    fn no_name_found_is_no_name_kept_entity_or_not() {
        assert!(kept("A Marks & Spencer sandwich.", &[]).is_empty());
        assert!(kept("The ward was cold.", &[]).is_empty());
        let text = "A Marks & Spencer sandwich.";
        let tokens = tokenize(text);
        let facts = NameLexicon::new().facts_of(&tokens);
        assert!(!entity_ranges(text, &tokens, &facts).is_empty());
    }

    #[test]
    fn names_outside_or_beyond_an_entity_or_after_a_title_stay() {
        assert_eq!(kept("Marie came at night.", &[(0, 0)]), vec![(0, 0)]);
        assert_eq!(kept("Thanks to Spencer.", &[(2, 2)]), vec![(2, 2)]);
        assert_eq!(kept("Harry on the ward.", &[(0, 0)]), vec![(0, 0)]);
        assert_eq!(kept("Storm Kelly was lovely.", &[(0, 1)]), vec![(0, 1)]);
        // The found name runs past the entity.
        assert_eq!(kept("Marie Curie Okafor rang.", &[(0, 2)]), vec![(0, 2)]);
        // A title, role or personal cue before the entity.
        assert_eq!(kept("Nurse Marie Curie rang.", &[(1, 2)]), vec![(1, 2)]);
        assert_eq!(
            kept(
                "Thanks to Marks and Spencer on the ward.",
                &[(2, 2), (4, 4)]
            ),
            vec![(2, 2), (4, 4)]
        );
        // Only part of the entity, or another word between.
        assert_eq!(kept("Sue rang about the shop.", &[(0, 0)]), vec![(0, 0)]);
        assert_eq!(
            kept("Terry's chocolate was lovely.", &[(0, 0)]),
            vec![(0, 0)]
        );
        // Every word a listed name, and nothing around it saying "a thing".
        assert_eq!(kept("Paul Smith was brilliant.", &[(0, 1)]), vec![(0, 1)]);
        assert_eq!(
            kept("We were put in touch with Sue Ryder.", &[(6, 7)]),
            vec![(6, 7)]
        );
        assert!(kept("Bought it at John Lewis.", &[(3, 4)]).is_empty());
        assert_eq!(
            kept("We got a card from Paul Smith.", &[(5, 6)]),
            vec![(5, 6)]
        );
        assert!(kept("Helen & Douglas House gave us respite.", &[(0, 0), (1, 2)]).is_empty());
        // A full stop between: not the entity.
        assert_eq!(kept("Thanks Marie. Curie was on.", &[(1, 1)]), vec![(1, 1)]);
        // Florence from the ward is a person.
        assert_eq!(
            kept("Florence from the ward rang.", &[(0, 0)]),
            vec![(0, 0)]
        );
    }
}
