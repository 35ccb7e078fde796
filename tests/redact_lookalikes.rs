//! `redact` end to end on look-alikes that the learned tagger used to take for names:
//! medicines (by stem, or by a form or dose after them), misspellings opening a
//! sentence, wards named after people with the service word in small letters, and
//! places after a verb of going; people written the same way around them stay redacted.
//! The words here are made up (no list holds them), so only the rules read them.

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

mod support;
use support::bin;

/// `redact` on one plain-text comment per line; the redacted lines.
fn redact(lines: &[&str]) -> Vec<String> {
    let out = bin()
        .args(["redact", "-q"])
        .write_stdin(lines.join("\n") + "\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn medicines_misspellings_wards_and_places_are_left() {
    let lines = [
        "Tavoprazole gave me a headache every morning.",
        "They forgot my Zelomycin two nights running.",
        "Quimbrex injections twice a day were painful.",
        "Docter never came back to explain the results.",
        "Moved up to Okwuosa ward after a night in resus.",
        "Then she was transferred to Nethercombe at midnight.",
    ];
    let out = redact(&lines);
    assert_eq!(out.len(), lines.len());
    for (line, redacted) in lines.iter().zip(&out) {
        assert_eq!(line, redacted);
    }
}

#[test]
fn people_written_around_the_same_words_are_still_redacted() {
    let out = redact(&[
        "Thanks to Dr Tavoprazole for the tablets.",
        "Zanele on the ward sorted my Zelomycin.",
        "Sent from Nethercombe's phone.",
        "Zanele ward 4 was great.",
    ]);
    assert_eq!(out[0], "Thanks to Dr [PERSON] for the tablets.");
    assert!(out[1].starts_with("[PERSON] on the ward"), "{}", out[1]);
    assert_eq!(out[2], "Sent from [PERSON]'s phone.");
    assert!(out[3].starts_with("[PERSON]"), "{}", out[3]);
}

/// Names a pronoun refers back to (texting style and cased), and a name someone goes by
/// ("just call me X"): the tenth round's new kinds, with names in no list.
#[test]
fn names_referred_back_to_and_names_gone_by_are_redacted() {
    let out = redact(&[
        "bless dzifweni she sat wiv me all nite",
        "Left my glasses in Suphaphon's office and she posted them back.",
        "She said 'just call me Lipingwe' and I relaxed.",
        "In April she had her operation.",
    ]);
    assert!(!out[0].contains("dzifweni"), "{}", out[0]);
    assert!(!out[1].contains("Suphaphon"), "{}", out[1]);
    assert!(!out[2].contains("Lipingwe"), "{}", out[2]);
    assert_eq!(out[3], "In April she had her operation.");
}
