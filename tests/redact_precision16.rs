//! `redact` end to end where the sixteenth round's readings of everyday words apply: a
//! negative contraction written without its apostrophe ("doesnt", "didnt"), even after
//! a role or relative; a name the tagger runs on over such a word ("hand doesnt", whose
//! "hand" was then taken wherever written again); the contractions of "that", "what",
//! "there" the English list lacks ("Thats all."); and a comment of one unlisted word
//! ("Shambolic."); and texting's spellings of everyday words ("Thankyou", "Nah",
//! "Coz"). Every look-alike below was redacted on the round's starting binary.
//! Names beside those words, and in the same places, must stay redacted.

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

mod support;
use support::{assert_words_not_readable, redact_with};

#[test]
fn everyday_words_the_round_reads_are_left_as_written() {
    let lines = [
        // A negative contraction after a role or a relative, in small letters.
        "the nurse doesnt know",
        "the physio doesnt answer her phone",
        "the porter didnt come till gone six",
        "my husband wasnt told about the scan",
        // The same with a word written again around it.
        "the left hand doesnt know what the right hand is doing",
        "the left eye doesnt see what the right eye sees",
        // Contractions the English list lacks.
        "Thats all.",
        "Thats it.",
        "Thats everything.",
        "Thats about it really.",
        // A comment of one word no list holds.
        "Shambolic.",
        "Shambolic",
        // Texting's spellings of everyday words, glued or cut short.
        "Thankyou for looking after us all.",
        "Nah not really, it was ok.",
        "Coz nobody rang us back.",
        "Aswell as the nurses, the porters were kind.",
    ];
    for (line, out) in lines.iter().zip(redact_with(&lines, &[])) {
        assert_eq!(&out, line, "an everyday word was redacted");
    }
}

#[test]
fn names_beside_the_words_the_round_reads_are_redacted() {
    let cases: &[(&str, &[&str])] = &[
        // A name right before a negative contraction: the name alone is taken.
        (
            "the nurse oyelaran doesnt know much but was kind",
            &["oyelaran"],
        ),
        ("my son kwabena didnt get a letter", &["kwabena"]),
        ("thats when nurse kaijage came in", &["kaijage"]),
        (
            "the left hand doesnt know what the right hand is doing but thanks to hendrika",
            &["hendrika"],
        ),
        // Beside a contraction of "that", and after a one-word opening.
        ("Thats all, thanks to Dr Wojtaszek.", &["Wojtaszek"]),
        (
            "Shambolic, but Oyelaran on reception sorted it.",
            &["Oyelaran"],
        ),
        // A name as the whole answer ("Who would you like to thank?").
        ("Oyelaran.", &["Oyelaran"]),
        ("Kaijage!", &["Kaijage"]),
        // A title written short vouches even for a word spelt like a contraction.
        ("Seen by Dr Wasnt today, he was lovely.", &["Wasnt"]),
        // After a glued "thank you", or beside texting shorthand, a name is still one.
        ("Thankyou Oyelaran for everything.", &["Oyelaran"]),
        ("thanku kaijage u r a star", &["kaijage"]),
        ("Thanx to dympna and the team.", &["dympna"]),
        ("Thankyou ruvero for the help.", &["ruvero"]),
        ("omg hendrika u saved my life", &["hendrika"]),
        ("Nah, Oyelaran sorted it in the end.", &["Oyelaran"]),
        // A listed given name alone as the comment.
        ("Priya.", &["Priya"]),
    ];
    assert_words_not_readable(cases);
}
