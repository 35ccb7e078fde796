//! `redact` end to end on things named like people: shops, brands, medicines,
//! charities, eponyms, festivals and towns (left as written), and, in the same places,
//! real names (redacted). The negative cases include the five faults of the withdrawn
//! eleventh-round precision branch: a festival word that is also a name with no
//! festival's context ("Ramzan", "Ashura"), "Eve" after "year", a surname before a unit
//! word, a street before a word that is not a street's, and a word dropped in one place
//! while redacted as a name elsewhere in the same comment.

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

mod support;
use support::bin;

/// `redact` on one plain-text comment per line.
fn redact(lines: &[&str]) -> Vec<String> {
    let out = bin()
        .args(["redact", "-q", "--format", "text"])
        .write_stdin(lines.join("\n") + "\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    let lines_out: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(lines_out.len(), lines.len());
    lines_out
}

#[test]
fn things_named_like_people_are_left_as_written() {
    let lines = [
        "Argos sells a better commode than the one we were lent.",
        "Marie Curie nurses made dad's last days peaceful.",
        "My Hickman line was flushed every week.",
        "Our baby's Apgar score was nine.",
        "Dad has Parkinson's and needs his tablets on time.",
        "Covid rules changed twice between Easter and Whitsun.",
        "Happy Diwali to all the staff on the ward.",
        "Staff are quality from Southwell.",
        "Went to Harlow for the scan because it was quicker.",
        "Piriton before the transfusion, as always.",
    ];
    for (line, out) in lines.iter().zip(redact(&lines)) {
        assert_eq!(&out, line, "a thing was redacted as a name");
    }
}

#[test]
fn real_names_in_the_same_places_are_still_redacted() {
    // (comment, the name that must not be left readable)
    let cases = [
        // Fault 1: festival words that are names, with no festival's context.
        ("Ramzan looked after me so well.", "Ramzan"),
        ("I waited for Ashura to come back.", "Ashura"),
        // Fault 2: "Eve" is a festival only in "Christmas Eve", "New Year's Eve".
        ("This year Eve was my midwife.", "Eve"),
        // Fault 3: a surname before a unit word.
        ("Okonkwo day unit felt calm thanks to him.", "Okonkwo"),
        // Fault 4: a street before a word no list allows after a street.
        ("Otley Road flat is full of mould.", "Otley"),
        // Fault 5: redacted as a name elsewhere in the same comment.
        (
            "Sister Easter was lovely. Easter weekend was busy.",
            "Easter",
        ),
        // Titles, roles and lists keep a person whatever the lists say.
        ("Seen by Dr Heimlich in clinic.", "Heimlich"),
        ("Thanks to Marie who sat with me.", "Marie"),
        ("momir n fanta sorted me out", "fanta"),
        ("I sent a card to Ashley on ward 3.", "Ashley"),
    ];
    let lines: Vec<&str> = cases.iter().map(|(line, _)| *line).collect();
    for ((line, name), out) in cases.iter().zip(redact(&lines)) {
        assert!(!out.contains(name), "{name} left readable in: {line}");
    }
}
