//! Stage 3: find personal data in comment text and replace it with typed placeholders.
//!
//! One recognizer per file; the [`Redactor`] runs them all, resolves overlaps and
//! rewrites the text. Redaction happens before tokenising, so no name can become a
//! vocabulary term, a cluster's top term or a model feature.

// One of the three stages allowed to read raw comment text (clippy.toml).
#![allow(clippy::disallowed_methods)]

pub mod address;
pub mod bare_street;
pub mod cued_street;
mod date_call;
mod date_forms_abroad;
mod date_in_any_order;
pub mod date_of_birth;
mod date_tail;
mod date_unknown_month;
mod date_written_abroad;
pub mod email;
pub mod hospital_number;
pub mod kind;
pub mod lexicon;
mod loose_date;
pub mod markers;
pub mod nhs_number;
pub mod nino;
pub mod not_pii;
pub mod overlap;
pub mod pattern;
pub mod person;
pub mod phone;
pub mod pii_corpus;
pub mod placeholders;
pub mod postcode;
pub mod recognizer;
pub mod redacted_text;
pub mod stream;
pub mod url;
mod walking_path;

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::ingest::RawText;
pub use kind::PiiKind;
pub use placeholders::apply_placeholders;
use recognizer::Recognizer;
pub use redacted_text::RedactedText;

/// A stretch of personal data found in a text: byte offsets into that text, end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct PiiSpan {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// What was found.
    pub kind: PiiKind,
}

/// How placeholders are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PlaceholderStyle {
    /// `[PERSON]` for every person.
    #[default]
    Typed,
    /// `[PERSON_1]`, `[PERSON_2]`: the same value gets the same number within a comment.
    Numbered,
}

/// The outcome of redacting one text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redaction {
    /// The text with every span replaced by its placeholder.
    pub text: String,
    /// The spans found, in the *original* text's byte offsets, sorted, non-overlapping.
    pub spans: Vec<PiiSpan>,
}

/// How many spans of each kind were redacted in one comment (never the values).
pub type RedactionCounts = BTreeMap<PiiKind, u32>;

/// Runs every recognizer over a text and replaces what they find.
///
/// Each recognizer that needs digits is skipped for texts with fewer digits than any
/// of its matches holds (most comments have none or few), so the common case costs
/// the names recognizer plus a few byte scans.
#[derive(Debug, Clone)]
pub struct Redactor {
    /// Recognizers that can only match where the text holds at least so many digits.
    digit_recognizers: Arc<Vec<(usize, Box<dyn Recognizer>)>>,
    /// Recognizers that run on every text.
    other_recognizers: Arc<Vec<Box<dyn Recognizer>>>,
    markers: markers::MarkerFinder,
    not_pii: not_pii::NotPiiFinder,
}

impl Default for Redactor {
    fn default() -> Self {
        Self::new()
    }
}

impl Redactor {
    /// Builds the redactor with every recognizer compiled once and the shipped name tagger.
    pub fn new() -> Self {
        Self::with_person_recognizer(person::PersonRecognizer::new())
    }

    /// The redactor with another name tagger, or with the name rules alone (`None`):
    /// for training and for measuring what the tagger adds.
    pub fn with_person_tagger(tagger: Option<person::PersonTagger>) -> Self {
        Self::with_person_recognizer(person::PersonRecognizer::with_tagger(tagger))
    }

    fn with_person_recognizer(person: person::PersonRecognizer) -> Self {
        // The fewest digits any match of each recognizer holds.
        let digit_recognizers: Vec<(usize, Box<dyn Recognizer>)> = vec![
            (10, Box::new(nhs_number::NhsNumberRecognizer::new())),
            (8, Box::new(phone::PhoneRecognizer::new())),
            (1, Box::new(postcode::PostcodeRecognizer::new())),
            (6, Box::new(nino::NinoRecognizer::new())),
            (
                5,
                Box::new(hospital_number::HospitalNumberRecognizer::new()),
            ),
            // No ASCII digit is needed: a date in words ("nineteen sixty-one") or in other
            // scripts' digits; the recognizer looks for those itself.
            (0, Box::new(date_of_birth::DateOfBirthRecognizer::new())),
            (1, Box::new(address::AddressRecognizer::new())),
        ];
        let other_recognizers: Vec<Box<dyn Recognizer>> = vec![
            Box::new(email::EmailRecognizer::new()),
            Box::new(url::UrlRecognizer::new()),
            Box::new(cued_street::CuedStreetRecognizer::new()),
            Box::new(bare_street::BareStreetRecognizer::new()),
            Box::new(person),
        ];
        Redactor {
            digit_recognizers: Arc::new(digit_recognizers),
            other_recognizers: Arc::new(other_recognizers),
            markers: markers::MarkerFinder::new(),
            not_pii: not_pii::NotPiiFinder::new(),
        }
    }

    /// Finds the personal data in `text`: sorted, non-overlapping byte spans.
    ///
    /// Redacting must be idempotent: what is found next to a placeholder on a second
    /// pass must already be found on the first. So when anything is found, the text is
    /// looked at again with the placeholders written in (as the second pass would see
    /// it), until nothing more turns up (a few rounds at most; PII-free comments, most
    /// of them, take one). Every recognizer runs again: a placeholder is new context
    /// for the word readers ("\[PERSON\] and Okoro"), and for the digit patterns too,
    /// since digits a longer overlapping match claimed can match alone once that match
    /// is a placeholder (found by the `redact_idempotent` fuzz target: a phone number
    /// beside a hospital number). Those with too few digits left are skipped as usual.
    pub fn find(&self, text: &str) -> Vec<PiiSpan> {
        let mut spans = self.find_once(text);
        for _ in 0..MAX_ROUNDS {
            if spans.is_empty() {
                break;
            }
            let view = apply_placeholders(text, &spans, PlaceholderStyle::Typed);
            let more = self.find_once(&view);
            let added = map_back(&spans, &more);
            if added.is_empty() {
                break;
            }
            spans.extend(added);
            spans.sort_unstable();
        }
        spans
    }

    /// One look at `text`: every recognizer with enough digits to read, then overlaps
    /// resolved.
    fn find_once(&self, text: &str) -> Vec<PiiSpan> {
        let mut candidates = Vec::new();
        let digits = text.bytes().filter(u8::is_ascii_digit).count();
        let has_digit = digits > 0;
        for (min_digits, recognizer) in self.digit_recognizers.iter() {
            if digits >= *min_digits {
                recognizer.find(text, &mut candidates);
            }
        }
        for recognizer in self.other_recognizers.iter() {
            recognizer.find(text, &mut candidates);
        }
        if candidates.is_empty() {
            return candidates;
        }
        let markers = self.markers.find(text);
        let not_pii = if has_digit || candidates.iter().any(|c| c.kind == PiiKind::Person) {
            self.not_pii.find(text)
        } else {
            Vec::new()
        };
        overlap::resolve(text, candidates, &markers, &not_pii)
    }

    /// Redacts `text` in the given placeholder style.
    pub fn redact(&self, text: &str, style: PlaceholderStyle) -> Redaction {
        let spans = self.find(text);
        Redaction {
            text: apply_placeholders(text, &spans, style),
            spans,
        }
    }

    /// The pipeline's entry: consumes raw text, returns redacted text and counts per type.
    pub fn redact_raw(&self, raw: &RawText) -> (RedactedText, RedactionCounts) {
        let redaction = self.redact(raw.expose(), PlaceholderStyle::Typed);
        let mut counts = RedactionCounts::new();
        for span in &redaction.spans {
            *counts.entry(span.kind).or_insert(0) += 1;
        }
        (RedactedText::from_redactor(redaction.text), counts)
    }
}

/// Rounds of [`Redactor::find`] after the first, at most.
const MAX_ROUNDS: usize = 4;

/// Spans found in a view of a text with `placed` written in as typed placeholders,
/// moved back to the text's own offsets; those touching a placeholder are dropped (a
/// placeholder is never redacted again).
fn map_back(placed: &[PiiSpan], found: &[PiiSpan]) -> Vec<PiiSpan> {
    let mut out = Vec::new();
    for span in found {
        // `shift`: how far the view runs ahead of the text before `span`.
        let mut shift: isize = 0;
        let mut touches = false;
        for p in placed {
            let view_start = (p.start as isize + shift) as usize;
            let view_end = view_start + p.kind.name().len() + 2;
            if view_end <= span.start {
                shift += (view_end - view_start) as isize - (p.end - p.start) as isize;
            } else {
                touches = view_start < span.end;
                break;
            }
        }
        if !touches {
            out.push(PiiSpan {
                start: (span.start as isize - shift) as usize,
                end: (span.end as isize - shift) as usize,
                kind: span.kind,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn redact(text: &str) -> String {
        Redactor::new().redact(text, PlaceholderStyle::Typed).text
    }

    #[test]
    fn redacts_several_kinds_in_one_comment() {
        assert_eq!(
            redact("NHS 943 476 5919, call 07700 900063 or jo@example.com, LE1 4SP."),
            "NHS [NHS_NUMBER], call [PHONE_NUMBER] or [EMAIL_ADDRESS], [UK_POSTCODE]."
        );
    }

    #[test]
    fn keeps_look_alikes_that_themes_need() {
        let text = "Waited 4 hours on Ward 15B, seen at 10:30pm, 2 x 30/500 co-codamol, 9/10, £4.50 parking.";
        assert_eq!(redact(text), text);
    }

    #[test]
    fn keeps_existing_markers_and_is_idempotent() {
        let once = redact("thanks [name redacted] and XXXX, my DOB 01/02/1960");
        assert_eq!(
            once,
            "thanks [name redacted] and XXXX, my DOB [DATE_OF_BIRTH]"
        );
        assert_eq!(redact(&once), once);
    }

    #[test]
    fn digits_freed_by_a_longer_match_are_found_on_the_first_pass() {
        // Found by the `redact_idempotent` fuzz target: the phone number's digits were
        // claimed by an overlapping hospital number, then matched alone on a second pass.
        let text = "\u{8}RH.\u{339}#1#UUUV.D#UUUV.D9999199+9999919199+9+99+\0\0\09";
        let once = redact(text);
        assert_eq!(redact(&once), once);
        assert!(!once.contains("9999919199"));
    }

    #[test]
    fn spans_found_beside_placeholders_map_back() {
        let text = "call 07700 900063 Ann";
        let placed = [PiiSpan {
            start: 5,
            end: 17,
            kind: PiiKind::PhoneNumber,
        }];
        // The view is "call [PHONE_NUMBER] Ann": "Ann" at 20..23 there, 18..21 here.
        let found = [PiiSpan {
            start: 20,
            end: 23,
            kind: PiiKind::Person,
        }];
        let back = map_back(&placed, &found);
        assert_eq!(&text[back[0].start..back[0].end], "Ann");
        let on_placeholder = [PiiSpan {
            start: 6,
            end: 12,
            kind: PiiKind::Person,
        }];
        assert!(map_back(&placed, &on_placeholder).is_empty());
    }

    #[test]
    fn spans_are_sorted_and_disjoint() {
        let text = "Flat 2, 14 Mill Lane, Leicester LE1 4SP, DOB 3 May 1950, MRN M1234567";
        let spans = Redactor::new().find(text);
        assert!(!spans.is_empty());
        assert!(spans.windows(2).all(|w| w[0].end <= w[1].start));
    }

    #[test]
    fn counts_per_kind_never_values() {
        let raw = RawText::new("call 07700 900063 or 07700 900064".to_string());
        let (text, counts) = Redactor::new().redact_raw(&raw);
        assert_eq!(text.as_str(), "call [PHONE_NUMBER] or [PHONE_NUMBER]");
        assert_eq!(counts.get(&PiiKind::PhoneNumber), Some(&2));
    }
}

#[cfg(test)]
mod odd_input_tests {
    use super::*;

    /// Pieces that stress byte offsets: multi-byte and combining characters, case
    /// mappings that change length, digits that are not ASCII, next to PII shapes.
    const PIECES: [&str; 24] = [
        "👍🏽",
        "👨\u{200d}👩\u{200d}👧",
        "Zoe\u{301}",
        "e\u{301}\u{301}\u{301}",
        "İstanbul",
        "STRAẞE",
        "ΣΊΣΥΦΟΣ",
        "\u{a0}",
        "\u{feff}",
        "\u{202e}",
        "“Dr Patel”",
        "€5–£6",
        "０７７００ ９０００６３",
        "٠٧٧٠٠",
        "07700 900063",
        "SW1A 1AA",
        "jo@example.com",
        "AB123456C",
        "943 476 5919",
        "12 Mill Lane",
        "Nurse Siobhan",
        "[name redacted]",
        "Ward 3B",
        "ﬁ",
    ];

    #[test]
    fn odd_unicode_next_to_pii_never_panics_and_spans_fit() {
        let redactor = Redactor::new();
        for a in PIECES {
            for b in PIECES {
                for joiner in ["", " ", "\u{301}", "\n"] {
                    let text = format!("{a}{joiner}{b}");
                    let spans = redactor.find(&text);
                    for span in &spans {
                        assert!(text.get(span.start..span.end).is_some());
                    }
                    for style in [PlaceholderStyle::Typed, PlaceholderStyle::Numbered] {
                        redactor.redact(&text, style);
                    }
                }
            }
        }
    }

    #[test]
    fn one_megabyte_line_is_redacted() {
        let line = "waited 3 hours 👍🏽 call 07700 900063 Zoe\u{301} ".repeat(25_000);
        assert!(line.len() > 1_000_000);
        let out = Redactor::new().redact(&line, PlaceholderStyle::Typed).text;
        assert!(!out.contains("900063"));
    }

    #[test]
    fn decomposed_accent_goes_with_the_name() {
        let out = Redactor::new()
            .redact("Nurse Zoe\u{308} was kind", PlaceholderStyle::Typed)
            .text;
        assert_eq!(out, "Nurse [PERSON] was kind");
    }
}
