//! `redact` end to end on names the capitals do not mark, in sentences written for this
//! test in the phrasings patients use: names typed in small letters inside a comment
//! that otherwise uses capitals ("Mr okonjo", "thank ifeoma adeyemi, who", "and oyelaran
//! found us", "by chidinma on the night shift"), and names inside a sentence shouted in
//! capitals ("DR KOWALCZYK IS THE ONLY GP WHO LISTENS"). The names must be redacted; the
//! small-letter words that are misspellings, short forms or run-together words in such
//! comments ("inlaw", "appt", "coz", "tooooo", "zimmer", "face-to-face") and shouted
//! sentences without a name ("THE ALEXANDRA WING CAFE CLOSES AT 3") must be left.

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

mod support;
use support::{assert_name_replaced, redact_with};

#[test]
fn small_letter_and_shouted_names_are_redacted() {
    // (comment, the name word that must not be left readable)
    let cases = [
        (
            "The consultant, Mr okonjo, explained everything twice.",
            "okonjo",
        ),
        (
            "Everyone was rushed, although Dr wieczorek still listened.",
            "wieczorek",
        ),
        (
            "I want to thank ifeoma adeyemi, who stayed late for us.",
            "ifeoma",
        ),
        ("Thanks to ruvimbo for the cup of tea at 3am.", "ruvimbo"),
        (
            "My thanks to the physiotherapist, siosaia, for the exercises.",
            "siosaia",
        ),
        (
            "A good stay overall; nurse tamsanqa deserves a medal.",
            "tamsanqa",
        ),
        (
            "The porters were kind and oyelaran found us a wheelchair.",
            "oyelaran",
        ),
        (
            "We were kept informed, mostly by chidinma on the night shift.",
            "chidinma",
        ),
        (
            "The ward was calm, and kaveh in particular was patient with dad.",
            "kaveh",
        ),
        ("Then nnamdi explained the tablets to my wife.", "nnamdi"),
        (
            "Lovely staff. DR KOWALCZYK IS THE ONLY GP WHO LISTENS.",
            "KOWALCZYK",
        ),
        ("Complaint: NURSE BRENNAGH WAS RUDE TO MY MUM.", "BRENNAGH"),
        (
            "Nobody rang. WHY DID OLUWASEUN FROM PHARMACY NOT CALL?",
            "OLUWASEUN",
        ),
        (
            "Thank you thank you THANK YOU ZANELE for everything.",
            "ZANELE",
        ),
        (
            "Kind staff. NOBODY ANSWERS THE PHONE. NOBODY. TAMARIKI OYELOWO PROMISED A CALL BACK.",
            "TAMARIKI",
        ),
    ];
    assert_name_replaced(&cases);
}

#[test]
fn misspellings_short_forms_and_shouted_prose_are_left() {
    let lines = [
        "Lovely crew, they made my father inlaw feel calm.",
        "Be quicker, emoly more staff would help.",
        "Leaflets, underdores and signs please.",
        "Lots of activities (mon-fri) and the food was good.",
        "Pain and diarrhea but they say carry on.",
        "My zimmer frame was left by the bed and the carers were patient.",
        "Nice to leave the wing - timeout helps me.",
        "Serve less carbohydrates, tooooo much pasta every day.",
        "Both doctors appt ran late which was a pain.",
        "Two kind and politeyoung men came out to us.",
        "Pleased with all the advicetheygave us on the day.",
        "The list of dos and donts was too long to take in.",
        "They asked about my mum's dnar twice, not needed.",
        "My back is agony. I am comin",
        "Do not change the nurse for a patient coz its hard to settle.",
        "I want my review face-to-face, not by phone.",
        "Held for an hour on the line before disconn",
        "The nurses were lovely. PLEASE SORT OUT THE PARKING AT THE HOSPITAL.",
        "Food was cold. THE FOOD WAS COLD AND NOBODY CAME TO HELP.",
        "Very happy. VERY GOOD SERVICE FROM ALL THE STAFF ON WARD 7.",
        "Had a scan. THE ALEXANDRA WING CAFE CLOSES AT 3 WHICH IS SILLY.",
        "Went in April. GRACE PERIOD FOR PARKING IS TOO SHORT.",
        "Help from the MDT, SLT's, OT's, TI's was good.",
        // A verb of a person after a word in no list, but the word is a thing.
        "The staff were kind but my zimmer went missing on the ward.",
        "The food was ok but the brekkie seemed cold.",
        "The wait was long and the recption found us a chair.",
    ];
    let out = redact_with(&lines, &[]);
    for (line, redacted) in lines.iter().zip(&out) {
        assert_eq!(line, redacted, "a word that is no name was redacted");
    }
}
