//! `redact` end to end on given names that are also everyday words (Hope, Grace, Will,
//! Frank, Dolly, Faith…), written for this test in the phrasings patients use: as a
//! person's name where only a person can stand (a verb of a person after it, "ask X to",
//! "without X", "X who", a title and a possessive), and as the ordinary word ("Hope this
//! helps", "Will you call", "grace period", "frank discussion"). Names must be redacted
//! and the ordinary uses left as written. Also: two mentions of a name across a full
//! stop get a placeholder each, and the stop between them is kept.

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

mod support;
use support::{assert_left_as_written, assert_name_replaced, redact_with};

#[test]
fn name_words_in_a_name_position_are_redacted() {
    // (comment, the name-word that must not be left readable)
    let cases = [
        ("Nobody but Dolly thought to fetch me a blanket.", "Dolly"),
        ("Hope from the ward rang to check on my dad.", "Hope"),
        ("Could you ask Will to ring me about the letter?", "Will"),
        ("Please tell Grace that the cream has worked.", "Grace"),
        ("Honestly, without Faith I would have gone home.", "Faith"),
        ("I left a box of chocolates for Joy but she was off.", "Joy"),
        (
            "We were looked after by Charity who never stopped smiling.",
            "Charity",
        ),
        (
            "On the second night Frank explained the scan results.",
            "Frank",
        ),
        (
            "The physio was brilliant and Rich phoned the next day.",
            "Rich",
        ),
        (
            "Everyone was busy, but Precious sat with me for an hour.",
            "Precious",
        ),
        (
            "When the alarm went off Patience apologised straight away.",
            "Patience",
        ),
        ("My drip ran out and Sunny noticed before I did.", "Sunny"),
        ("hope mercy knows shes a star", "mercy"),
        (
            "Sister Audsley's clinic always runs late but it is worth it.",
            "Audsley",
        ),
        ("Nurse Okonkwo's clinic was calm and friendly.", "Okonkwo"),
        (
            "Then Autumn walked me down to the discharge lounge.",
            "Autumn",
        ),
        (
            "Dawn said the surgeon would come round after lunch.",
            "Dawn",
        ),
    ];
    assert_name_replaced(&cases);
}

#[test]
fn the_same_words_used_as_words_are_left() {
    let lines = [
        "Hope this helps the next patient.",
        "Will you please call me back about the results?",
        "The grace period for parking is only ten minutes.",
        "We had a frank discussion about the risks.",
        "I live in hope that the waiting list gets shorter.",
        "Faith in the NHS restored after this visit.",
        "It was a long wait but she was kind when we got in.",
        "Patience is needed in A&E on a Friday night.",
        "The young doctor said I could go home.",
        "Sunny day, clean ward, kind staff.",
        "In April she had her operation and it went well.",
        "Joy of joys, the car park was free.",
        "Mercy me, the food was cold again.",
        "Your will is your own business, the solicitor said.",
        "Dawn broke before anyone came to see me.",
        "Precious little information was given to us.",
        "Ask for the Grace Ward at reception, it is on the left.",
        "Without May half term the clinic would have been quieter.",
    ];
    assert_left_as_written(&lines);
}

#[test]
fn two_mentions_across_a_full_stop_get_a_placeholder_each() {
    let lines = [
        "Sarah. Sarah was lovely.",
        "My nurse was Sarah. Sarah was lovely and so was Sarah.",
        "SARAH. SARAH WAS LOVELY",
    ];
    let out = redact_with(&lines, &["--style", "numbered"]);
    assert_eq!(out[0], "[PERSON_1]. [PERSON_1] was lovely.");
    assert_eq!(
        out[1],
        "My nurse was [PERSON_1]. [PERSON_1] was lovely and so was [PERSON_1]."
    );
    assert_eq!(out[2], "[PERSON_1]. [PERSON_1] WAS LOVELY");
}

#[test]
fn a_name_found_once_is_redacted_where_it_is_written_again() {
    let lines = [
        "Sister Smith. Smith was lovely.",
        "Dr Baker saw me first, then Baker came back at 6.",
        "Nurse Will was kind, he will be missed.",
    ];
    let out = redact_with(&lines, &["--style", "numbered"]);
    assert_eq!(out[0], "Sister [PERSON_1]. [PERSON_1] was lovely.");
    assert_eq!(
        out[1],
        "Dr [PERSON_1] saw me first, then [PERSON_1] came back at 6."
    );
    assert_eq!(out[2], "Nurse [PERSON_1] was kind, he will be missed.");
}
