//! `redact` end to end where the ninety-fourth round's reading applies: sayings in other
//! languages ("greets every patient with Kia ora", "said Jai Shri Krishna", "Iechyd da"),
//! grandparents called by a word of another language ("my nani", "Mamgu"), counties after
//! a preposition of place ("half the staff are from Powys"), internet shorthand ("POV:")
//! a Roman January in a date of birth ("born I.19.1997") and a weekday after a comma that
//! closes one ("born 12 mar 1953, Thursday,"). People named beside them, or
//! by a part of a saying alone ("Jai on the front desk"), must still be redacted.

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

mod support;
use support::{assert_left_as_written, assert_words_not_readable, redact_with};

#[test]
fn sayings_elders_counties_and_shorthand_are_left_as_written() {
    assert_left_as_written(&[
        "The nurses on the day unit say Jai Shri Krishna to the grannies and they light up.",
        "The porter greets every patient with Kia ora, and the old boys say it back.",
        "My aunt said JazakAllah khair to every single member of staff.",
        "We toasted the ward with squash and said Iechyd da, because half the staff are from Powys.",
        "The physio saying Ka pai every time I managed a step did more than any leaflet.",
        "Before the injection my mother said Inshallah and waited.",
        "Sat Sri Akal from the healthcare assistant made my dad smile.",
        "Mamgu was so well looked after on the ward.",
        "POV: you are terrified of needles and it is over before you know it.",
    ]);
}

#[test]
fn people_beside_sayings_and_named_by_parts_of_them_are_redacted() {
    assert_words_not_readable(&[
        (
            "Jai on the front desk sorted my letter out in minutes.",
            &["Jai"],
        ),
        ("Kia was my midwife and she was brilliant.", &["Kia"]),
        (
            "Veronica Mousa greets the families with Karibu every morning.",
            &["Veronica", "Mousa"],
        ),
        (
            "He wants Cariad from the district team to know she is missed.",
            &["Cariad"],
        ),
        ("Midwives Nonna and Nicea were calm.", &["Nonna", "Nicea"]),
        (
            "Quote of the day from Festime the play specialist to my daughter.",
            &["Festime"],
        ),
        (
            "My nani Gurpreet was treated with such respect.",
            &["Gurpreet"],
        ),
        // Sayings that are names too, and full names that are sayings, with a person
        // around them; a county that is a surname somewhere.
        ("Mum said Aroha was the kindest midwife.", &["Aroha"]),
        ("Paramedic Hari Om was so calm with dad.", &["Hari", "Om"]),
        ("Big thanks to Sita Ram on reception.", &["Sita", "Ram"]),
        (
            "A lovely visit from Sefton yesterday, he always cheers dad up.",
            &["Sefton"],
        ),
    ]);
}

#[test]
fn a_roman_january_and_a_weekday_after_a_comma_go_with_the_date_of_birth() {
    let out = redact_with(
        &[
            "Born I.19.1997, NHS number on the letter.",
            "Please update it: born 12 mar 1953, Thursday, hospital number on file.",
        ],
        &[],
    );
    assert_eq!(out[0], "Born [DATE_OF_BIRTH], NHS number on the letter.");
    assert_eq!(
        out[1],
        "Please update it: born [DATE_OF_BIRTH], hospital number on file."
    );
}
