//! `redact` end to end on the fourteenth round's precision vetoes: organisations'
//! handles and hashtags ("@LTHTrust", "#NHSheroes") and a word owned by "my", "our",
//! "your" or "their" before a noun or a passive ("my Moderna booster", "Got my Ozempic
//! sorted by"). Written first: real names in the very places the vetoes read (a
//! person's handle, a name after a handle, a name after "my" with a verb, a possessive,
//! a name listed with it, "her" as an object), which must all stay redacted.

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

mod support;
use support::redact_with;

/// Whether `word` is still readable as a word of `redacted`.
fn readable(redacted: &str, word: &str) -> bool {
    redacted
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .map(|w| w.trim_end_matches("'s").trim_end_matches('\''))
        .any(|w| w == word)
}

#[test]
fn names_in_the_places_the_vetoes_read_are_redacted() {
    // (comment, every word that must not be left readable)
    let cases: &[(&str, &[&str])] = &[
        // Handles and hashtags of people, names beside an organisation's handle.
        ("Thanks @SarahJones for the lovely care.", &["SarahJones"]),
        ("Thanks @AJOkafor for everything.", &["AJOkafor"]),
        ("Huge thanks to #TeamOkafor on the ward.", &["TeamOkafor"]),
        ("Dr @Mkwawa was brilliant.", &["Mkwawa"]),
        (
            "Replying to @LTHTrust: Nurse Zanele Okafor was lovely.",
            &["Zanele", "Okafor"],
        ),
        (
            "cc @HeadingleySurgery - please thank Wilm for fitting me in.",
            &["Wilm"],
        ),
        ("#NHSheroes Sister Priya on ward 12 is a star.", &["Priya"]),
        // A name where a body part's eponym stands, with no noun of its own after it.
        ("Thanks to Achilles on reception.", &["Achilles"]),
        ("Zanele's tendon clinic was quick.", &["Zanele"]),
        // A name after an owner: a verb of a person, a possessive, a list, a listed
        // given name, the clause ending, "her" as an object.
        ("Then my Zanele phoned the ward.", &["Zanele"]),
        ("Then my Banatou passed away on the ward.", &["Banatou"]),
        ("Nobody asked how my Banatou was doing.", &["Banatou"]),
        ("My Banatou came every day.", &["Banatou"]),
        ("Our Banatou sat with him all night.", &["Banatou"]),
        ("My Mkwawa explained it all to the doctors.", &["Mkwawa"]),
        ("I held my Zanele's hand all night.", &["Zanele"]),
        ("My Zanele and Tom visited every day.", &["Zanele", "Tom"]),
        ("Nobody asked how my Ellie was doing.", &["Ellie"]),
        (
            "Everyone calls her Zanele but her badge says otherwise.",
            &["Zanele"],
        ),
        ("My husband Okonkwo was treated so kindly.", &["Okonkwo"]),
        (
            "Got my Ozempic sorted by pharmacist Zanele Okafor.",
            &["Zanele", "Okafor"],
        ),
    ];
    let lines: Vec<&str> = cases.iter().map(|(line, _)| *line).collect();
    let out = redact_with(&lines, &[]);
    for ((line, names), redacted) in cases.iter().zip(&out) {
        for name in *names {
            assert!(
                !readable(redacted, name),
                "{name} left readable in case {line:?}"
            );
        }
    }
}

#[test]
fn organisations_handles_and_owned_things_are_left_as_written() {
    let lines = [
        "Replying to @LTHTrust: the lifts have been broken for weeks.",
        "cc @HeadingleySurgery thanks for fitting me in.",
        "Just want to say ward 12 is an absolute star #NHSheroes",
        "well done @nhsuk",
        "Their Moderna booster was late.",
        "Got my Moderna booster at the clinic.",
        "Our Fitbit strap broke in the scanner.",
        "Physio gave me a leaflet about Achilles tendinopathy.",
    ];
    for (line, out) in lines.iter().zip(redact_with(&lines, &[])) {
        assert_eq!(&out, line, "a look-alike was redacted as a name");
    }
    // The medicines are left, the pharmacist's and the nurse's names stay redacted.
    let out = redact_with(
        &[
            "Got my Ozempic sorted by pharmacist Zanele Okafor.",
            "Nurse Giusiana swapped my Oramorph for Zomorph and the pain settled.",
        ],
        &[],
    );
    assert!(readable(&out[0], "Ozempic"), "the medicine is left");
    assert!(readable(&out[1], "Zomorph"), "the medicine is left");
    assert!(
        !readable(&out[1], "Giusiana"),
        "the nurse's name is redacted"
    );
}
