//! `redact` end to end where the fifteenth round's rule vetoes read: a person seen on a
//! screen ("Dr Ranj off the telly"), a famous full name ("loved Taylor Swift"), the
//! "Couch to 5K" programme, and street names used as sites, a service's place or a
//! programme ("the Elland Road vaccine centre", "Parking on Clarendon Road", "The
//! clinic moved from Beckett Street to…", "Coronation Street on a loop"). Real names
//! (of origins no lexicon covers) and real addresses in those very places must all
//! stay redacted; the cases were written before the vetoes were measured.

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

mod support;
use support::{assert_words_not_readable, redact_with};

#[test]
fn names_in_the_places_the_person_vetoes_read_are_redacted() {
    // (comment, every word that must not be left readable)
    let cases: &[(&str, &[&str])] = &[
        // Near a screen, but not named as seen on it.
        (
            "Dr Oyinkansola on the TV screen in the day room called my name.",
            &["Oyinkansola"],
        ),
        ("Nurse Gintare off the ward rang me back.", &["Gintare"]),
        ("Sister Bronagh from the TV room fetched me.", &["Bronagh"]),
        ("Dr Mkwawa on the ward said it was fine.", &["Mkwawa"]),
        // The same name written as a person elsewhere in the comment.
        (
            "Dr Mkwawa off the telly said it. Mkwawa then came to my bed.",
            &["Mkwawa"],
        ),
        // A real name beside the look-alike stays redacted.
        (
            "My son thinks Dzmitry is better than Dr Ranj off the telly.",
            &["Dzmitry"],
        ),
        // A famous full name with a title, role, thanks or place cue: a colleague.
        ("Nurse Taylor Swift was lovely.", &["Taylor", "Swift"]),
        (
            "Thanks to Taylor Swift for everything.",
            &["Taylor", "Swift"],
        ),
        (
            "Taylor Swift on reception was lovely.",
            &["Taylor", "Swift"],
        ),
        ("Taylor Swift the HCA was so kind.", &["Taylor", "Swift"]),
        // One of its words written as a person elsewhere.
        (
            "Zanele loved Taylor Swift. Swift was her nurse.",
            &["Zanele", "Swift"],
        ),
        (
            "Swift was her nurse and she loved Taylor Swift.",
            &["Swift"],
        ),
        // Not the whole programme written.
        ("Thanks to Mr Couch for the 5K leaflet.", &["Couch"]),
        ("Student Hanin said she loved Taylor Swift.", &["Hanin"]),
        // One of the writer's own seen on a screen, or with a famous name.
        ("Our Dympna on the telly, so proud of her.", &["Dympna"]),
        (
            "My daughter Zanele on the telly last night, so proud.",
            &["Zanele"],
        ),
        (
            "Our Elton John came every day to see me.",
            &["Elton", "John"],
        ),
    ];
    assert_words_not_readable(cases);
}

#[test]
fn addresses_in_the_places_the_street_vetoes_read_are_redacted() {
    let cases: &[(&str, &[&str])] = &[
        (
            "The ambulance went to Coronation Street by mistake.",
            &["Coronation"],
        ),
        ("I live on Coronation Street so the bus is easy.", &["Coronation"]),
        (
            "The paramedics went to the other end of Quality Street first.",
            &["Quality"],
        ),
        (
            "The taxi dropped me on Tanner Gardens instead of at the entrance.",
            &["Tanner"],
        ),
        (
            "Parked on Clarendon Road and the ambulance could not find it.",
            &["Clarendon"],
        ),
        ("We moved from Beckett Street to Otley last spring.", &["Beckett"]),
        ("The clinic moved my mum to Beckett Street care home.", &["Beckett"]),
        ("My flat is on Elland Road above the chemist.", &["Elland"]),
        (
            "The ambulance could not find Broad Street in the dark, the entrance is round the back.",
            &["Broad"],
        ),
        ("We moved to the Mill Lane flats last spring.", &["Mill"]),
        ("I was living on Mill Lane since hospital discharge.", &["Mill"]),
        // Where someone lives, in the sentence of a veto's place.
        (
            "Parking on Mill Lane where I live is a nightmare for the carers.",
            &["Mill"],
        ),
        ("Watched telly at my nan's on Coronation Street all night.", &["Coronation"]),
        ("Our surgery moved to Oak Road, which is where I live.", &["Oak"]),
        (
            "The ambulance went to the other end of Coronation Street while we watched TV.",
            &["Coronation"],
        ),
    ];
    assert_words_not_readable(cases);
}

/// What a review of the vetoes found them releasing (ten of these thirteen were left
/// readable by the first version of the vetoes and redacted before they came): a staff
/// member, a relative, a volunteer or a fellow patient named beside a screen or sharing
/// a famous name, and homes beside a gate, a district or a home visit.
#[test]
fn people_and_homes_a_review_of_the_vetoes_found_released_are_redacted() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Dr Oyelaran off the telly was my surgeon, so kind.",
            &["Oyelaran"],
        ),
        ("Dr Oyelaran on the TV and he is her GP too.", &["Oyelaran"]),
        (
            "Kwabena on the radio played my song every night.",
            &["Kwabena"],
        ),
        (
            "Mrs Ferreira on the telly till 2am, no sleep at all.",
            &["Ferreira"],
        ),
        (
            "So proud seeing Tamsin on the telly and told the nurses.",
            &["Tamsin"],
        ),
        (
            "Tina Turner in A&E held my hand the whole time.",
            &["Tina", "Turner"],
        ),
        (
            "Stitched up by Elton John, who sang to me.",
            &["Elton", "John"],
        ),
        (
            "Robbie Williams was my nurse and a lovely lad.",
            &["Robbie", "Williams"],
        ),
        ("Mum lives on Willow Close gate code is 4471.", &["Willow"]),
        (
            "Just off the Birch Avenue junction, second house on the left.",
            &["Birch"],
        ),
        (
            "Send the letter to Cardigan Road Hyde Park please.",
            &["Cardigan"],
        ),
        (
            "No parking at Ivy Crescent when the carers visit dad.",
            &["Ivy"],
        ),
        (
            "The crew could not find Coronation Street at all.",
            &["Coronation"],
        ),
    ];
    assert_words_not_readable(cases);
}

#[test]
fn the_round_s_look_alikes_are_left_as_written() {
    let lines = [
        "Dr Ranj off the telly said the same thing.",
        "Signed up to Couch to 5K after rehab.",
        "Student nurse said she loved Taylor Swift songs.",
        "The telly only had Coronation Street on a loop.",
        "Got my jab at the Elland Road vaccine centre.",
        "Parking on Clarendon Road is impossible on match days.",
        "The clinic moved from Beckett Street to the new wing.",
        "Wait by the Broad Street entrance.",
    ];
    for (line, out) in lines.iter().zip(redact_with(&lines, &[])) {
        assert_eq!(&out, line, "a look-alike was redacted");
    }
}
