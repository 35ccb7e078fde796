//! `redact` end to end on the seventeenth round's leaks, found in review (not from any
//! measuring set): names every released binary left readable, each beside look-alikes
//! that must stay as written.
//!
//! - A name seen "on the telly" whom the comment says treated the writer ("Saw Dr
//!   Okafor on the telly, he looked after me last year"): the public-figure reading
//!   released it, as it releases "Dr Ranj off the telly".
//! - A name in the possessive after "my" / "our" with what the person owns after it
//!   ("my Tendai's school sent a card"): the veto of diseases and shops so written ("my
//!   Addison's") released it.
//! - A name no list holds after "my" / "our" with words after it that say a person ("My
//!   Xiaoling birthday was spent on the ward", "Our Xiaoling with her dad came every
//!   day", "I stayed at my Tendai's house"): the tagger read some such phrasings as a
//!   name and these not.
//! - A listed surname that is also an English word before a verb of bodily care ("Bell
//!   tube fed my dad every night"): the tagger read it as the word; no rule took it.
//! - A social handle holding a name ("@wardnurse_kemi", "thanks @zanele_o"): the name
//!   was redacted but the rest of the handle left beside it ("@[PERSON]_o"); a handle
//!   is one identifier, so the whole of it is now one `[PERSON]`.

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

mod support;
use support::{assert_words_not_readable, redact_with};

/// Fails unless every line comes out of `redact` exactly as written.
fn assert_left_as_written(lines: &[&str]) {
    for (line, out) in lines.iter().zip(redact_with(lines, &[])) {
        assert_eq!(&out, line, "a look-alike was redacted");
    }
}

#[test]
fn a_clinician_seen_on_the_telly_who_cared_for_the_writer_is_redacted() {
    assert_words_not_readable(&[
        (
            "Saw Dr Okafor on the telly, he treated me last year",
            &["Okafor"],
        ),
        (
            "Saw Dr Okafor on the telly, he looked after me last year",
            &["Okafor"],
        ),
        (
            "Saw Dr Okafor on the telly, he saved my life in 2019",
            &["Okafor"],
        ),
        (
            "Saw Dr Okafor on the telly, she delivered my baby",
            &["Okafor"],
        ),
        ("Saw Dr Okafor on the telly. He was my doctor.", &["Okafor"]),
        (
            "Saw Dr Okafor on the telly, he stitched me up in A&E",
            &["Okafor"],
        ),
        ("Saw Dr Okafor on the telly, he did my op", &["Okafor"]),
        (
            "Saw Okafor on the telly, he nursed me for weeks",
            &["Okafor"],
        ),
        (
            "Saw Dr Okafor on TV, she saw me in clinic last year",
            &["Okafor"],
        ),
        (
            "Saw Zanele on the telly last night, she is my cousin",
            &["Zanele"],
        ),
    ]);
}

#[test]
fn people_off_the_telly_with_no_tie_to_the_writers_care_are_left() {
    assert_left_as_written(&[
        "Dr Ranj off the telly",
        "better than Dr Ranj off the telly, high praise",
        "like Dr Hilary on TV said, rest is best",
        "Gordon Ramsay off the telly.",
    ]);
}

#[test]
fn a_name_owned_by_the_writer_in_the_possessive_is_redacted() {
    assert_words_not_readable(&[
        ("my Tendai's school sent a card", &["Tendai"]),
        ("My Tendai's birthday was spent on the ward", &["Tendai"]),
        ("Our Xiaoling's dad came every day", &["Xiaoling"]),
        ("I held my Zanele's hand all night.", &["Zanele"]),
    ]);
}

#[test]
fn diseases_and_shops_after_my_in_the_possessive_are_left() {
    assert_left_as_written(&[
        "my Addison's meds ran out",
        "my Parkinson's medication was late",
        "my Crohn's nurse was great",
        "my McDonald's breakfast was cold",
        "It was hard. My Addison's was missed.",
        "my Raynaud's got worse in the cold",
        "our Nan's house is near the hospital",
    ]);
}

#[test]
fn an_unlisted_name_after_my_or_our_is_redacted() {
    assert_words_not_readable(&[
        ("My Xiaoling birthday was spent on the ward", &["Xiaoling"]),
        ("Our Xiaoling with her dad came every day", &["Xiaoling"]),
        ("I stayed at my Tendai's house", &["Tendai"]),
        ("my Tendai's school sent a card", &["Tendai"]),
        ("My Xiaoling school nurse referred us here.", &["Xiaoling"]),
    ]);
}

#[test]
fn things_the_writer_owns_and_everyday_words_after_my_or_our_are_left() {
    assert_left_as_written(&[
        "My birthday was spent on the ward",
        "My Birthday was spent on the ward",
        "Our ward with its new beds was lovely",
        "Our Christmas with her was lovely",
        "my Ozempic pen ran out",
        "my Mounjaro pen ran out",
        "my Libre sensor fell off",
        "my Iphone with my photos went missing",
        "my Vauxhall passed its MOT",
        "my Whatsapp messages were ignored",
        "our Asda delivery came late",
    ]);
}

#[test]
fn a_surname_that_is_a_word_before_a_verb_of_care_is_redacted() {
    assert_words_not_readable(&[
        ("Bell tube fed my dad every night", &["Bell"]),
        ("Nurse Bell tube fed him", &["Bell"]),
        ("Bell washed my mum every morning", &["Bell"]),
        ("Marsh fed him when we could not", &["Marsh"]),
    ]);
}

#[test]
fn eponyms_bells_and_feeding_words_are_left() {
    assert_left_as_written(&[
        "Bell's palsy was diagnosed late",
        "My Bell's palsy was missed",
        "the call bell rang for ages",
        "Bell rang for ages and nobody came",
        "Tube fed him overnight.",
        "Peg fed since March.",
        "Fed up with waiting.",
    ]);
}

#[test]
fn a_handle_holding_a_name_becomes_one_placeholder() {
    let cases = [
        ("@nhsfiona was great", "@[PERSON] was great"),
        ("tweeted @DrSarahJ about it", "tweeted @[PERSON] about it"),
        (
            "follow @wardnurse_kemi for updates",
            "follow @[PERSON] for updates",
        ),
        (
            "thanks @zanele_o and @tendai.m",
            "thanks @[PERSON] and @[PERSON]",
        ),
        ("thanks @Zanele_O_1", "thanks @[PERSON]"),
    ];
    let lines: Vec<&str> = cases.iter().map(|c| c.0).collect();
    for ((line, expected), out) in cases.iter().zip(redact_with(&lines, &[])) {
        assert_eq!(&out, expected, "{line}");
    }
}

#[test]
fn email_addresses_and_at_signs_that_are_no_handle_of_a_name_are_left() {
    let out = redact_with(&["email me at fiona@nhs.net please"], &[]);
    assert_eq!(out, ["email me at [EMAIL_ADDRESS] please"]);
    assert_left_as_written(&[
        "we waited @ the hospital for 4 hours",
        "meet @ 3pm at reception",
        "cc @ward7 team",
    ]);
}

#[test]
fn more_shapes_of_the_issues_families_are_redacted() {
    // Written for this round's probe of the issue's families (possessives, brackets,
    // texting, sentence-initial surnames, names that are words); each was redacted
    // when written, and is kept here so no later change leaks it.
    assert_words_not_readable(&[
        ("Our Tendai sat with her all night", &["Tendai"]),
        ("my Chidi's birthday was ruined", &["Chidi"]),
        ("me Xiaoling came every day", &["Xiaoling"]),
        (
            "My partner (Tendai Moyo) was kept waiting",
            &["Tendai", "Moyo"],
        ),
        ("my son (Kwabena) was seen quickly", &["Kwabena"]),
        ("Thanks to the nurse (Fiona) on ward 7", &["Fiona"]),
        ("hi its xiaoling again, still waiting", &["xiaoling"]),
        ("ta to tendai 4 the help", &["tendai"]),
        ("cheers kemi ur a star", &["kemi"]),
        ("Okonkwo from the ward rang me", &["Okonkwo"]),
        ("Moyo phoned back", &["Moyo"]),
        ("It was Joy who held my hand", &["Joy"]),
        ("ask Sunny to ring me", &["Sunny"]),
        ("Patience on ward 3 was kind", &["Patience"]),
        (
            "Precious and Blessing were lovely",
            &["Precious", "Blessing"],
        ),
        ("Our Dympna's wedding was the week after", &["Dympna"]),
        ("sent from tendai's phone", &["tendai"]),
        ("Nurse Iwu's kindness", &["Iwu"]),
        ("Dr Bell's clinic was late", &["Bell"]),
        ("Nurses Bell and Marsh were great", &["Bell", "Marsh"]),
        (
            "The paramedics, Bell and Okafor, were great",
            &["Bell", "Okafor"],
        ),
    ]);
}
