//! `redact` end to end on three phrasings read in round 91 and tried by two reviews of
//! their own sentences: one of the commonest given names opening a sentence before an
//! irregular past ("Peter hid my phone", "Tony changed Mum's drip"); a name in small
//! letters in a cased comment with a role set off by commas after it ("the diary
//! madlenka, the ICU nurse, kept for me"); and laughter and the gift draw, which are no
//! one ("… my desert island luxury haha", "secret santa was …"). Each with the look-alike
//! sentences the reviews wrote to break it, which must come back as written.

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

mod support;
use support::{assert_left_as_written, assert_name_replaced, redact_with};

#[test]
fn common_names_before_an_irregular_past_are_redacted() {
    let cases = [
        ("Peter hid my phone so I would actually rest.", "Peter"),
        ("Harry hid a toy car in the linen cupboard.", "Harry"),
        ("Tony changed Mum's drip faster than a pit stop.", "Tony"),
        ("Tom read Dad's poems at the bedside.", "Tom"),
        (
            "Martin sprang into action as soon as my waters broke.",
            "Martin",
        ),
        ("Dean dealt with it all with a smile.", "Dean"),
        (
            "Roger forgave the delay because everyone was honest.",
            "Roger",
        ),
        ("Mike shook my hand and told me I was doing well.", "Mike"),
    ];
    assert_name_replaced(&cases);
}

#[test]
fn things_doing_the_same_verbs_are_left() {
    let lines = [
        "Mike cut out twice during the video consultation.",
        "Mike broke on the intercom so we could not hear.",
        "Mike set up so we could hear the consultant on speaker.",
        "Barney broke out in the waiting room between two families.",
        "Will set the alarm before you leave, the nurse said.",
        "Amber lit the dashboard all the way to the hospital.",
        "Dawn broke before anyone came to see me.",
    ];
    assert_left_as_written(&lines);
}

#[test]
fn small_letter_names_before_a_role_set_off_by_commas_are_redacted() {
    let cases = [
        (
            "The book I'd take to a desert island is the diary madlenka, the ICU nurse, kept for me.",
            "madlenka",
        ),
        ("We loved the cards efa, the nurse, wrote for me.", "efa"),
        ("yevgenia, our MSK physio, got me back running.", "yevgenia"),
    ];
    assert_name_replaced(&cases);
}

#[test]
fn words_ending_a_clause_before_a_role_set_off_by_commas_are_left() {
    let lines = [
        "I am so greatful, the midwife, the student and the consultant were all amazing.",
        "The wait was rediculous, the receptionist, to be fair, kept apologising.",
        "I have fibromyalgia, the physio, however, actually understood it.",
        "I went to sdec, the nurse, the HCA and the doctor were quick.",
        "We went to treliske, the midwife, the consultant and the HCAs were lovely.",
    ];
    assert_left_as_written(&lines);
}

#[test]
fn laughter_and_the_gift_draw_are_no_one() {
    let out = redact_with(
        &[
            "pecirka the physio is my desert island luxury haha",
            "secret santa was zdencinka from nights, best present i got all year",
            "Haha, the porter was hilarious.",
            "Santa Claus visited the children's ward on Christmas Eve.",
        ],
        &[],
    );
    assert_eq!(
        out[0],
        "[PERSON] the physio is my desert island luxury haha"
    );
    assert_eq!(
        out[1],
        "secret santa was [PERSON] from nights, best present i got all year"
    );
    assert_eq!(out[2], "Haha, the porter was hilarious.");
    assert_eq!(
        out[3],
        "Santa Claus visited the children's ward on Christmas Eve."
    );
}
