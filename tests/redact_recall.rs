//! `redact` end to end on names that leaked in reviews and measuring rounds, written for
//! this test: a name in square brackets after a relative, a title before a word the
//! not-a-name list holds (festivals), initials before a name, one name written twice
//! around an initial, and names in a place only a person stands ("let X know", "X and
//! the other porters", "waitin on X 2 bring", "asked X to", "X phoned back"). Every name
//! must be redacted; the same words and slots holding ordinary words are left.

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

mod support;
use support::redact_with;

#[test]
fn names_that_leaked_are_redacted() {
    // (comment, every word that must not be left readable)
    let cases: [(&str, &[&str]); 12] = [
        (
            "I came with my mum [Zanele Mokoena] who has dementia.",
            &["Zanele", "Mokoena"],
        ),
        (
            "i came with my grandad [tovah nongrum] who has dementia",
            &["tovah", "nongrum"],
        ),
        (
            "Dr Ramadan was lovely and explained everything.",
            &["Ramadan"],
        ),
        ("Ms Eid on the ward was very kind.", &["Eid"]),
        ("J. Smith looked after me so well.", &["J.", "Smith"]),
        ("Could someone let Firmo know I am home?", &["Firmo"]),
        ("Tizes and the other porters were outstanding.", &["Tizes"]),
        ("waitin on patimat 2 bring my tabs", &["patimat"]),
        (
            "we asked pearl to explain the drip to my dad and she did",
            &["pearl"],
        ),
        ("Reames phoned back within the hour.", &["Reames"]),
        ("Sarah A. Sarah was kind to me.", &["Sarah", "A."]),
        (
            "Thanks to Dr A. Okafor and Nurse Bola.",
            &["A.", "Okafor", "Bola"],
        ),
    ];
    let lines: Vec<&str> = cases.iter().map(|(line, _)| *line).collect();
    let out = redact_with(&lines, &[]);
    for ((line, names), redacted) in cases.iter().zip(&out) {
        assert!(
            redacted.contains("[PERSON]"),
            "nothing redacted in case {line:?}"
        );
        for name in *names {
            let readable = redacted
                .split(|c: char| !(c.is_alphanumeric() || c == '.'))
                .any(|word| word == *name || word.trim_end_matches('.') == *name);
            assert!(!readable, "{name} left readable in case {line:?}");
        }
    }
}

#[test]
fn the_same_words_and_slots_holding_words_are_left() {
    let lines = [
        "During Ramadan the ward was quiet and Eid was busy.",
        "Please let me know. Waiting for results to come back.",
        "The scan and the other tests were fine.",
        "It was [unreadable] but [name redacted] was kind.",
        "My results [see letter] were fine.",
        "The Dr. However said no, and Dr Consultant agreed.",
        "we asked him to explain and told mum to wait",
    ];
    let out = redact_with(&lines, &[]);
    for (line, redacted) in lines.iter().zip(&out) {
        assert_eq!(redacted, line, "an ordinary comment was changed");
    }
}

#[test]
fn a_name_written_twice_around_an_initial_gets_two_placeholders() {
    let out = redact_with(&["Sarah A. Sarah was kind to me."], &[]);
    assert_eq!(out[0], "[PERSON] [PERSON] was kind to me.");
}
