//! `redact` end to end where the ninety-third round's reading applies: a name coined into
//! a thing after an article ("start the Amy Okafor fan club", "the Siobhan touch", "the
//! Okafor-level patience"), a name owning a saying or a kindness after "a" ("the ward has
//! a Tamsin's rule"), and the weekday a booking system prints after a date of birth
//! ("born 13.07.1979 Fri,"). Medicines, brands, shops and conditions in the same places,
//! and everyday words opening a comment without capitals, must come back as written.

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

mod support;
use support::{assert_left_as_written, assert_words_not_readable, redact_with};

#[test]
fn names_coined_into_things_or_owning_a_saying_are_redacted() {
    assert_words_not_readable(&[
        (
            "Start the Amy Okafor fan club now, she calmed my son down.",
            &["Amy", "Okafor"],
        ),
        (
            "The Siobhan touch on nights made all the difference.",
            &["Siobhan"],
        ),
        ("Mum got the Patel treatment, tea every hour.", &["Patel"]),
        (
            "Hot take: the Okafor-level patience on the unit should be studied.",
            &["Okafor"],
        ),
        (
            "The chemo unit has a Tamsin's rule: nobody leaves without a biscuit.",
            &["Tamsin"],
        ),
        (
            "there is a mbalenhle's law on the ward, tea first",
            &["mbalenhle"],
        ),
    ]);
}

#[test]
fn a_weekday_printed_after_a_date_of_birth_goes_with_it() {
    let out = redact_with(
        &[
            "Born 13.07.1979 Fri, NI number on file.",
            "DOB 03/09/1956 Sat in A&E for hours.",
        ],
        &[],
    );
    assert_eq!(out[0], "Born [DATE_OF_BIRTH], NI number on file.");
    assert!(out[1].ends_with(" Sat in A&E for hours."), "{}", out[1]);
}

#[test]
fn medicines_brands_shops_and_phrases_in_those_places_are_left_as_written() {
    assert_left_as_written(&[
        "We started the Herceptin treatment in May and it worked.",
        "The Dermalogica touch in the hospital spa was lovely.",
        "Nan is in the Westlife fan club with the nurses.",
        "Two A-levels and an Entry-level job, and still the best HCA.",
        "We had a Dunelm's cushion for her back.",
        "He had a Ryle's tube put in on the ward.",
        "house rule on the unit: the nurse gives out squash after bloods",
        "new high score on the breathing test today",
        "Will pay in Quality Street and eternal gratitude.",
    ]);
}
