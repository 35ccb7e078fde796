//! `redact` end to end where the nineteenth round's lead readings apply: thanks and
//! greetings in other languages ("Diolch.", "Dziękuję"), named storms ("Storm Ciaran
//! cancelled…"), religious oaths opening a sentence ("Jesus, the wait…"), a listed
//! eponym's possessive with nothing it could own after it ("living with Addison's is
//! hard"), a few things written out that hold a name (vaccines by their maker,
//! characters of books), and things the words before them name as things ("a cup of
//! Earl Grey", "the Duke of Wellington across the road", "played Cluedo"). Names beside those words, and people called by them, must stay
//! redacted.

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

mod support;
use support::{assert_left_as_written, assert_words_not_readable, redact_with};

#[test]
fn named_things_and_foreign_thanks_are_left_as_written() {
    let lines = [
        // Thanks in another language, alone between stops.
        "Diolch. Nothing else to add.",
        "Good care on the whole. Dziękuję.",
        "Obrigada. The midwives were kind.",
        "Shukriya. Very clean ward.",
        // Named storms that did something.
        "Storm Arwen cancelled my op and nobody rang.",
        "After Storm Dudley the car park flooded.",
        "the clinic shut during storm eunice and we were not told",
        // Oaths opening a sentence.
        "Jesus, four hours in the corridor.",
        "Oh my God, the food was cold again.",
        // A condition's possessive with nothing it owns after it.
        "I was diagnosed with Addison's after two years of tests.",
        "Living with Crohn's is hard enough.",
        // A vaccine by its maker, a character of books.
        "They let me have Moderna for the booster.",
        "The corridors are like something out of Harry Potter.",
        // Things the words before them name as things.
        "The nurse gave my daughter a Peppa plaster.",
        "We brought a bottle of Baileys for the night staff.",
        "Somebody made me a cup of Earl Grey at 3am.",
        "The Duke of Wellington across the road does better food.",
        "The HCA played Cluedo with us all evening.",
        "Did Movember for the urology team.",
    ];
    for (line, out) in lines.iter().zip(redact_with(&lines, &[])) {
        assert_eq!(&out, line, "a word that is no person was redacted");
    }
}

#[test]
fn people_beside_or_called_by_those_words_are_redacted() {
    let cases: &[(&str, &[&str])] = &[
        ("Diolch to Siwan on ward 3.", &["Siwan"]),
        ("Dziękuję Agnieszka for everything.", &["Agnieszka"]),
        ("Storm Kelly on reception was lovely.", &["Kelly"]),
        ("Thanks to Storm Okonkwo for the help.", &["Okonkwo"]),
        ("Jesus was my nurse on nights and he was kind.", &["Jesus"]),
        ("Thanks to Jesus, the porter, for the chat.", &["Jesus"]),
        ("Dr Addison's clinic was quick.", &["Addison"]),
        ("Nurse Potter was great with my son.", &["Potter"]),
        ("The play lady Oyelaran was kind.", &["Oyelaran"]),
        ("n/a. Nkechi on reception was kind.", &["Nkechi"]),
        ("dr a. okonkwo explained the results", &["okonkwo"]),
        ("We had a nurse Siobhan who was kind.", &["Siobhan"]),
        ("Thanks to Earl Grey on ward 4.", &["Earl", "Grey"]),
    ];
    assert_words_not_readable(cases);
}

#[test]
fn characters_of_books_films_and_television_are_left_and_people_bearing_their_names_kept() {
    let left = [
        "Gollum is what my husband called himself in the hospital gown.",
        "My son was a brave little Frodo Baggins with his drip stand.",
        "Dad says the ward vending machine is run by Scrappy-Doo.",
        "Willy Wonka would love the snack trolley.",
        "He is Professor Calculus until his hearing aids go in.",
        "The knitted Puddleglum on the reception desk made my son smile.",
    ];
    assert_left_as_written(&left);
    // A whole name of listed names ("Dot Cotton", "Phil Mitchell") is a person's
    // unless the words around it say a thing; a title before a character keeps it.
    assert_words_not_readable(&[
        (
            "Nurse Dot Cotton was lovely with my mum.",
            &["Dot", "Cotton"],
        ),
        (
            "Thanks to Phil Mitchell on the night shift.",
            &["Phil", "Mitchell"],
        ),
        // People who share a character's name (a review's sentences).
        ("Mrs Bennet on reception was kind.", &["Bennet"]),
        ("Dobby the porter was brilliant.", &["Dobby"]),
        ("Our tiny Tim was born at 32 weeks.", &["Tim"]),
        ("Ken Barlow's clinic was great.", &["Ken", "Barlow"]),
    ]);
}
