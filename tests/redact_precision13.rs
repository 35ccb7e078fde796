//! `redact` end to end on the thirteenth round's precision vetoes (eponymous conditions,
//! pets' names, texting interjections) and, written first, every name the two
//! withdrawn precision branches left readable in review (pii12: "Thanks to Tommy", "a
//! card from Maggie", "Siri was so lovely", "went to Ashley at the front desk",
//! "transferred to Bradley", "happy Valentine was on shift", "Could Murphy sign",
//! "spoke with Hashimoto"; the round before: festival words in a bare list, "Eve" after
//! "year", a surname before a unit word, a street before a word that is no street's),
//! with real names in the very places the new vetoes read. Every name must be
//! redacted; the look-alikes the vetoes are for are left as written.

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

mod support;
use support::{assert_words_not_readable, redact_with};

#[test]
fn names_earlier_precision_branches_left_readable_are_redacted() {
    // (comment, every word that must not be left readable)
    let cases: &[(&str, &[&str])] = &[
        // pii12's review.
        ("Thanks to Tommy for everything.", &["Tommy"]),
        ("We got a lovely card from Maggie on the ward.", &["Maggie"]),
        ("Siri was so lovely to my dad.", &["Siri"]),
        ("We went to Ashley at the front desk.", &["Ashley"]),
        (
            "I was transferred to Bradley who sorted it all.",
            &["Bradley"],
        ),
        (
            "So happy Valentine was on shift that night.",
            &["Valentine"],
        ),
        ("Could Murphy sign the forms please?", &["Murphy"]),
        ("I spoke with Hashimoto about my results.", &["Hashimoto"]),
        ("Spoke to Sky on reception.", &["Sky"]),
        ("Rennie explained everything.", &["Rennie"]),
        // The round before (pii11).
        ("Ramzan looked after me so well.", &["Ramzan"]),
        ("Thanks to Ramzan, Easter and Joy.", &["Ramzan", "Easter"]),
        ("This year Eve was my midwife.", &["Eve"]),
        ("Okonkwo day unit felt calm thanks to him.", &["Okonkwo"]),
        // Eponyms: a surname with no condition noun, a title, a person's own palsy.
        ("Thanks to Bell for explaining my results.", &["Bell"]),
        ("Mr Bell's palsy clinic was moved.", &["Bell"]),
        ("Dr Parkinson's disease clinic was quick.", &["Parkinson"]),
        ("Sarah's palsy got worse after the stroke.", &["Sarah"]),
        ("Zanele's disease was explained at last.", &["Zanele"]),
        (
            "Lloyd-Jones took weeks to get back to me.",
            &["Lloyd-Jones"],
        ),
        ("Nurse Tourette was lovely.", &["Tourette"]),
        // Pets: an article or a role between, a comma, a title, a person beside.
        ("The dog Sarah brought in cheered everyone.", &["Sarah"]),
        ("Our dog walker Zanele was a godsend.", &["Zanele"]),
        ("My cat sitter Priya fed him while I was in.", &["Priya"]),
        ("My son Murphy visited every day.", &["Murphy"]),
        (
            "Our spaniel Murphy and Nurse Okafor both cheered her up.",
            &["Okafor"],
        ),
        // Interjections beside names, and names that look like shorthand.
        ("omg meilyr on the labour ward u legend x", &["meilyr"]),
        ("shout out kabula on nights lol", &["kabula"]),
        (
            "Er, what else, oh, Colombine in the x-ray place was kind.",
            &["Colombine"],
        ),
        ("thank u lil x", &["lil"]),
        ("Ms Er was very kind to me.", &["Er"]),
        // Festivals: a festival word that is a name with no festival's context, a title.
        (
            "Sister Easter was lovely. Easter weekend was busy.",
            &["Easter"],
        ),
        ("Easter was the nurse who sat with me.", &["Easter"]),
        ("Thanks to Easter for waiting with me.", &["Easter"]),
        (
            "Thanks to Easter and Zanele on the ward.",
            &["Easter", "Zanele"],
        ),
        ("Nurse Christmas was so kind.", &["Christmas"]),
        ("Spoke to Easter and Whitsun was fine after.", &["Easter"]),
        ("Since Easter helped me I have felt better.", &["Easter"]),
        ("This year Eve was my midwife.", &["Eve"]),
        // Known entities: their words alone, or after a title, or written again as a person.
        ("Marie came at night and held my hand.", &["Marie"]),
        ("Thanks to Spencer on reception.", &["Spencer"]),
        ("Florence from the ward rang me back.", &["Florence"]),
        ("Nurse Marie Curie was kind to me.", &["Marie"]),
        (
            "Marie Curie nurses came, and Marie on ward 3 was lovely.",
            &["Marie"],
        ),
        ("Leonard was our carer and he was brilliant.", &["Leonard"]),
        ("Thanks to Earl for helping me with my bags.", &["Earl"]),
        ("Earl Grey on the ward was lovely to me.", &["Earl", "Grey"]),
        (
            "Thanks to Marks and Spencer on the ward.",
            &["Marks", "Spencer"],
        ),
    ];
    assert_words_not_readable(cases);
}

#[test]
fn eponymous_conditions_pets_and_interjections_are_left_as_written() {
    let lines = [
        "Tourette's tics were treated as bad behaviour by one nurse.",
        "Bell's palsy frightened us at first.",
        "Guillain-Barré took weeks to diagnose.",
        "The Heimlich manoeuvre was shown to us on the course.",
        "Our spaniel Murphy was the first thing she asked about.",
        "Our cockapoo Poppy was allowed to visit the garden.",
        "My cat Mr Tibbles was fed by the neighbour.",
        "Er, what else, the x-ray place was fine.",
        "omg the food was so good",
        "Covid rules changed twice between Easter and Whitsun.",
        "The barrier has been broken since Easter.",
        "The ward was decorated for Diwali and Hanukkah as well as Christmas.",
        "Eurovision night on the children's ward was great.",
        "A Marks & Spencer sandwich for the carers.",
        "Marie Curie nurses came at night.",
        "Florence Nightingale would turn in her grave.",
    ];
    for (line, out) in lines.iter().zip(redact_with(&lines, &[])) {
        assert_eq!(&out, line, "a look-alike was redacted as a name");
    }
}
