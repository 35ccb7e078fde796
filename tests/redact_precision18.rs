//! `redact` end to end where the eighteenth round's precision readings apply: words
//! joined as organisations write their handles and hashtags ("@LTHTrust", "#NHSheroes",
//! "@ParkviewSurgery"), and places of Great Britain after a preposition of place ("from
//! Rothbury", "open in Worksop"). Every look-alike below was redacted on the round's
//! starting binary. People's handles, and names in the very places the readings look
//! at (after "to", "from", "at"; beside a hashtag; a handle holding a given name), must
//! stay redacted.

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

mod support;
use support::{assert_words_not_readable, redact_with};

#[test]
fn organisations_joined_words_and_places_are_left_as_written() {
    let lines = [
        // An acronym run straight into a word, or a camel-case word ending in one.
        "Shout out to the whole maternity team #NHSheroes",
        "Replying to @LTHTrust: the lifts in the car park are broken again.",
        "Replying to @NHSuk: waited four hours for a bed.",
        "cc @ParkviewSurgery the phone line never gets answered.",
        "Shared this with @BBCnews because nobody listens.",
        "Huge thanks to everyone on the stroke unit #ThankYouNurses",
        // A place of Great Britain after a preposition of place.
        "The ambulance came all the way from Rothbury in the snow.",
        "Please keep the minor injuries unit open in Worksop.",
        "The community team from Southwell were brilliant.",
        "My sister lives near Ilkley so it was easy for her to visit.",
    ];
    for (line, out) in lines.iter().zip(redact_with(&lines, &[])) {
        assert_eq!(&out, line, "an organisation or a place was redacted");
    }
}

#[test]
fn names_beside_handles_and_places_are_redacted() {
    let cases: &[(&str, &[&str])] = &[
        // People's handles: a given name after the acronym, a role before a name.
        ("Thanks @NHSKemi for the call back yesterday.", &["Kemi"]),
        (
            "Big thanks to @NurseOyelaran on the day unit.",
            &["Oyelaran"],
        ),
        ("Thanks @SarahRocks for the lift home.", &["Sarah"]),
        // A name beside an organisation's handle or hashtag.
        ("Shout out to Dympna on ward 3 #NHSheroes", &["Dympna"]),
        (
            "Replying to @LTHTrust: Kaijage on the desk was so kind.",
            &["Kaijage"],
        ),
        // Names after a preposition of place: listed names, a cue after, a possessive,
        // thanks, a comment without capitals.
        (
            "We went to Ashley at the front desk and she sorted it.",
            &["Ashley"],
        ),
        ("A card from Maggie made my mum cry.", &["Maggie"]),
        (
            "Thanks to Rothbury on reception for the tea.",
            &["Rothbury"],
        ),
        ("Sent from Worksop's phone at midnight.", &["Worksop"]),
        ("ta to deri for the lift home", &["deri"]),
        // A town and a name in one sentence: the name is taken.
        (
            "The paramedic from Rothbury, Dr Wojtaszek, was lovely.",
            &["Wojtaszek"],
        ),
    ];
    assert_words_not_readable(cases);
}
