//! Properties of the redactor on generated comments (proptest): spans are byte ranges
//! that map back into the original text, redacting redacted text changes nothing, and
//! both placeholder styles say the same thing.

// Test and benchmark code may unwrap: a failure here is a failed run, not a user's error.
#![allow(clippy::unwrap_used)]

use std::sync::OnceLock;

use feedback_themes::redact::{PlaceholderStyle, Redaction, Redactor};
use proptest::prelude::*;

/// One redactor for every case (building one compiles every pattern and lexicon).
fn redactor() -> &'static Redactor {
    static REDACTOR: OnceLock<Redactor> = OnceLock::new();
    REDACTOR.get_or_init(Redactor::new)
}

/// Pieces a comment is built from: PII shapes, look-alikes that must stay, words, and
/// characters that stress byte offsets.
const PIECES: &[&str] = &[
    "Nurse Siobhan",
    "Dr Okafor",
    "my name is Priya Shah",
    "943 476 5919",
    "07700 900063",
    "+44 7700 900741",
    "jo.bloggs@example.com",
    "LE1 4SP",
    "SW1A 1AA",
    "AB123456C",
    "12 Mill Lane",
    "DOB 3 May 1950",
    "MRN M1234567",
    "https://example.org/x",
    "Ward 15B",
    "waited 4 hours",
    "at 10:30pm",
    "2 x 30/500 co-codamol",
    "9/10",
    "£4.50",
    "[name redacted]",
    "Grace",
    "the staff were kind",
    "👍🏽",
    "Zoe\u{301}",
    "İstanbul",
    "\u{a0}",
    "，",
    "\n",
];

/// A comment of up to 12 pieces joined as people write them (spaces, commas, full
/// stops, brackets, new lines). Pieces glued with no separator at all
/// ("5919+44 7700…") are the fuzz targets' business (fuzz/README.md).
fn comment() -> impl Strategy<Value = String> {
    prop::collection::vec((0..PIECES.len(), 0..5usize), 0..12).prop_map(|parts| {
        let mut text = String::new();
        for (piece, joiner) in parts {
            text.push_str(PIECES[piece]);
            text.push_str([" ", ", ", ". ", " (", "\n"][joiner]);
        }
        text
    })
}

/// Rebuilds the typed redaction from the original text and the spans alone.
fn rebuild(text: &str, redaction: &Redaction) -> String {
    let mut out = String::new();
    let mut at = 0;
    for span in &redaction.spans {
        out.push_str(&text[at..span.start]);
        out.push_str(&format!("[{}]", span.kind.name()));
        at = span.end;
    }
    out.push_str(&text[at..]);
    out
}

proptest! {
    // A fixed seed: the same cases on every run, so CI cannot turn red by chance (run
    // with PROPTEST_CASES=100000 to search wider while working on the redactor).
    #![proptest_config(ProptestConfig {
        cases: 400,
        rng_seed: proptest::test_runner::RngSeed::Fixed(0x5eed_f00d),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn spans_map_back_into_the_original(text in comment()) {
        let redaction = redactor().redact(&text, PlaceholderStyle::Typed);
        let mut last = 0;
        for span in &redaction.spans {
            prop_assert!(span.start >= last && span.start < span.end && span.end <= text.len());
            prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            last = span.end;
        }
        prop_assert_eq!(rebuild(&text, &redaction), redaction.text);
    }

    #[test]
    fn redacting_redacted_text_changes_nothing(text in comment()) {
        let redactor = redactor();
        for style in [PlaceholderStyle::Typed, PlaceholderStyle::Numbered] {
            let once = redactor.redact(&text, style).text;
            prop_assert_eq!(redactor.redact(&once, style).text, once);
        }
    }

    #[test]
    fn numbered_and_typed_styles_agree(text in comment()) {
        let redactor = redactor();
        let typed = redactor.redact(&text, PlaceholderStyle::Typed);
        let numbered = redactor.redact(&text, PlaceholderStyle::Numbered);
        prop_assert_eq!(&typed.spans, &numbered.spans);
        // Dropping the numbers from the numbered text gives the typed text.
        let mut unnumbered = numbered.text.clone();
        for span in &numbered.spans {
            for n in (1..=numbered.spans.len()).rev() {
                unnumbered = unnumbered.replace(&format!("[{}_{n}]", span.kind.name()), &format!("[{}]", span.kind.name()));
            }
        }
        prop_assert_eq!(unnumbered, typed.text);
    }
}

#[test]
fn a_name_beside_a_placeholder_is_judged_alike_on_both_passes() {
    // Once a defect: "Grace" was kept on the first pass and redacted on the second.
    let redactor = redactor();
    for text in [
        "07700 900063 Grace ",
        "07700 900063 Grace",
        "Nurse Siobhan Grace",
    ] {
        for style in [PlaceholderStyle::Typed, PlaceholderStyle::Numbered] {
            let once = redactor.redact(text, style).text;
            assert_eq!(redactor.redact(&once, style).text, once, "{style:?}");
        }
    }
}

#[test]
fn numbered_style_gives_one_value_one_number() {
    let text = "Nurse Siobhan and Dr Okafor, then Nurse Siobhan again";
    let out = Redactor::new()
        .redact(text, PlaceholderStyle::Numbered)
        .text;
    assert_eq!(
        out,
        "Nurse [PERSON_1] and Dr [PERSON_2], then Nurse [PERSON_1] again"
    );
}
