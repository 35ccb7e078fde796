//! Redactions that overlap no gold PII span, listed by comment id and offsets (never
//! text), so the false hits of a set can be looked up one by one while developing.
//!
//! `eval pii` counts them (PII-free comments touched, decoys touched, spurious spans by
//! kind); this lists them: which comment, where, which kind, and whether the comment is
//! PII-free or the span touches a look-alike.

use serde::Serialize;

use super::pii::GoldComment;
use crate::redact::{PiiSpan, Redactor};

/// A redacted span that overlaps no gold span: named by comment id, never by text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FalseHit {
    /// The comment's id.
    pub id: String,
    /// The kind the redactor gave it.
    #[serde(rename = "type")]
    pub kind: String,
    /// First character (Unicode scalar values).
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// Whether the comment holds no gold PII at all.
    pub pii_free: bool,
    /// The kind of the first look-alike it overlaps, if any.
    pub decoy: Option<String>,
}

/// Every redaction of `redactor` on `gold` that overlaps no gold span, in file order.
/// (`eval pii` gets the same list from [`super::pii::evaluate`], which redacts once.)
pub fn false_hits(redactor: &Redactor, gold: &[GoldComment]) -> Vec<FalseHit> {
    gold.iter()
        .flat_map(|comment| false_hits_of(comment, &redactor.find(&comment.text)))
        .collect()
}

/// The spans of `found` (byte offsets into `comment`'s text) that overlap none of its
/// gold spans, in char offsets, with the look-alike each touches.
pub(crate) fn false_hits_of(comment: &GoldComment, found: &[PiiSpan]) -> Vec<FalseHit> {
    let text = comment.text.as_str();
    let mut hits = Vec::new();
    for span in found {
        let start = text[..span.start].chars().count();
        let end = start + text[span.start..span.end].chars().count();
        let overlaps = |s: usize, e: usize| s < end && start < e;
        if comment.spans.iter().any(|g| overlaps(g.start, g.end)) {
            continue;
        }
        hits.push(FalseHit {
            id: comment.id.clone(),
            kind: span.kind.name().to_string(),
            start,
            end,
            pii_free: comment.spans.is_empty(),
            decoy: comment
                .decoys
                .iter()
                .find(|d| overlaps(d.start, d.end))
                .map(|d| d.kind.clone()),
        });
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::super::pii::parse_gold;
    use super::*;

    fn gold(lines: &str) -> Vec<GoldComment> {
        parse_gold(lines.as_bytes()).expect("valid gold")
    }

    #[test]
    fn lists_redactions_outside_gold_spans_in_char_offsets() {
        // The phone is gold; the e-mail is not, so it is a false hit (after a two-byte
        // "é", so its char offsets differ from its byte offsets).
        let g = gold(concat!(
            r#"{"id":"a","text":"é call 07700 900123 or jo@example.com","spans":[{"start":7,"end":19,"type":"PHONE_NUMBER"}],"decoys":[{"start":23,"end":37,"kind":"EMAILISH"}]}"#,
            "\n",
        ));
        let hits = false_hits(&Redactor::new(), &g);
        assert_eq!(hits.len(), 1, "{hits:?}");
        let hit = &hits[0];
        assert_eq!((hit.id.as_str(), hit.kind.as_str()), ("a", "EMAIL_ADDRESS"));
        assert_eq!((hit.start, hit.end), (23, 37));
        assert!(!hit.pii_free);
        assert_eq!(hit.decoy.as_deref(), Some("EMAILISH"));
    }

    #[test]
    fn gold_spans_found_are_not_false_hits() {
        let g = gold(concat!(
            r#"{"id":"a","text":"call 07700 900123","spans":[{"start":5,"end":17,"type":"PHONE_NUMBER"}]}"#,
            "\n",
            r#"{"id":"b","text":"Waited 3 hours","spans":[]}"#,
            "\n",
        ));
        assert!(false_hits(&Redactor::new(), &g).is_empty());
    }
}
