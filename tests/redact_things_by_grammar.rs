//! `redact` end to end where the twenty-ninth reading's grammar applies: a name right
//! before a noun for a concrete thing ("a Lady Boothby fuchsia"), after "my", "his", a
//! relative's possessive or a word for a thing's make ("lost my Biro", "Dad's Alexa", "a
//! proper Yale lock"), after "at" ("trained at Robert Gordon University"), after "works
//! for", after a verb of wearing or singing ("sang Crimond"), and British makes named
//! after people ("Wilkinson Sword"). Names in the same places with a person's cue, verb,
//! possessive or a determiner after them, people beside those words, and people who bear
//! a firm's whole name with nothing around it saying "a firm" ("Paul Smith was
//! brilliant"), must stay redacted.

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

mod support;
use support::{assert_words_not_readable, redact_with};

#[test]
fn things_named_like_people_are_left_as_written() {
    let lines = [
        "A Lady Boothby fuchsia grows up the trellis by the car park.",
        "The shop only had Gillette razors and no foam.",
        "Lost my Biro and had to borrow one.",
        "Dad's Alexa reminds him about his tablets.",
        "They had a cheap padlock instead of a proper Yale lock.",
        "My nurse trained at Robert Gordon University.",
        "Her son sells flats for Savills in Leeds.",
        "The chaplain sang Crimond with us.",
        "The pack of Wilkinson Sword blades cost more than lunch.",
        "Bought the card at John Lewis in town.",
    ];
    for (line, out) in lines.iter().zip(redact_with(&lines, &[])) {
        assert_eq!(&out, line, "a word that is no person was redacted");
    }
}

#[test]
fn people_in_those_places_or_beside_those_words_are_redacted() {
    let cases: &[(&str, &[&str])] = &[
        ("Siwan brought me a Lady Boothby fuchsia.", &["Siwan"]),
        ("We bought Sister Okonkwo chocolates.", &["Okonkwo"]),
        ("It was sent from Priya's phone.", &["Priya"]),
        ("My husband Dave came every day.", &["Dave"]),
        ("Thanks to good old Zerubel on nights.", &["Zerubel"]),
        ("The porter shouted at Siobhan for nothing.", &["Siobhan"]),
        ("I worked for Agnieszka's family once.", &["Agnieszka"]),
        ("She baked Nkechi a cake for her birthday.", &["Nkechi"]),
        (
            "Her lanyard read Sujatha Ravichandran and that was all.",
            &["Sujatha", "Ravichandran"],
        ),
        (
            "We had Oyelaran as our midwife and she was kind.",
            &["Oyelaran"],
        ),
    ];
    assert_words_not_readable(cases);
}
