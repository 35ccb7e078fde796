//! Annotated comments for training and measuring the person tagger, made from real
//! PII-free comments with names written in where a person would write one.
//!
//! A comment is a real background comment (PII-free: the rules find nothing in it), with
//! one sentence of a [`families::Family`] put at a sentence boundary, or left as it is
//! (PII-free comments the tagger must leave alone). Families, background comments and
//! names are each split into a training and a held-out part ([`families::Split`]); the
//! held-out comments are made from held-out parts only. Same inputs and seed give the
//! same comments.

pub mod families;
pub mod names;
pub mod render;
pub mod word_uses;

use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::eval::pii::{GoldComment, GoldDecoy, GoldSpan};
use crate::redact::person::tagger::train::NamedComment;
use crate::redact::Redactor;
use families::{Holds, Split, FAMILIES};
use names::{stable_hash, NamePool};
use render::{fill, Marked};

/// One generated comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    /// `train-000123` or `heldout-000123`.
    pub id: String,
    /// The family of the inserted sentence (`background` when none).
    pub family: &'static str,
    /// The comment.
    pub text: String,
    /// What must be redacted (byte offsets).
    pub spans: Vec<Marked>,
    /// Look-alikes that must be left.
    pub decoys: Vec<Marked>,
}

/// Real comments split into a training and a held-out part.
#[derive(Debug, Clone, Default)]
pub struct Background {
    /// For training comments.
    pub train: Vec<String>,
    /// For tuning comments.
    pub tune: Vec<String>,
    /// For held-out comments.
    pub held_out: Vec<String>,
}

impl Background {
    /// Keeps the comments in which `rules` find nothing (PII-free as far as the rules
    /// tell; one-word comments such as "Fine." included, as real feedback has many), one
    /// in five by a hash of the text to tuning and held out (half each).
    pub fn split(comments: impl IntoIterator<Item = String>, rules: &Redactor) -> Self {
        let mut out = Background::default();
        for text in comments {
            let trimmed = text.trim();
            if trimmed.is_empty() || !rules.find(trimmed).is_empty() {
                continue;
            }
            let hash = stable_hash(trimmed);
            if hash.is_multiple_of(5) {
                if (hash / 5).is_multiple_of(2) {
                    out.tune.push(trimmed.to_string());
                } else {
                    out.held_out.push(trimmed.to_string());
                }
            } else {
                out.train.push(trimmed.to_string());
            }
        }
        out
    }

    /// The part for `split`.
    pub fn part(&self, split: Split) -> &[String] {
        match split {
            Split::Train => &self.train,
            Split::Tune => &self.tune,
            _ => &self.held_out,
        }
    }
}

/// The byte offsets where a sentence may go: the start, after each sentence end, the end.
fn boundaries(text: &str) -> Vec<usize> {
    let mut out = vec![0];
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if matches!(b, b'.' | b'!' | b'?' | b'\n')
            && bytes.get(i + 1).is_some_and(|&n| n == b' ' || n == b'\n')
        {
            out.push(i + 2);
        }
    }
    out.push(text.len());
    out.dedup();
    out
}

/// Lower-cases `text`, moving the marks with it (lower-casing may change byte lengths).
fn lower_case(text: &str, marks: &mut [&mut Vec<Marked>]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut map = vec![0usize; text.len() + 1];
    for (i, c) in text.char_indices() {
        map[i] = out.len();
        out.extend(c.to_lowercase());
    }
    map[text.len()] = out.len();
    for list in marks.iter_mut() {
        for m in list.iter_mut() {
            m.start = map[m.start];
            m.end = map[m.end];
        }
    }
    out
}

/// Where the training comments cut from real word uses start in the roll of each comment
/// (inside the share of named comments, so the other shares stay as they are).
const WORD_USE_FROM: f64 = 0.42;
/// The share of training comments cut from real word uses.
const WORD_USE_SHARE: f64 = 0.10;

/// The share of the decoy set's comments ([`Split::Decoys20`]) that hold look-alikes only.
const DECOY_SET_PII_FREE: f64 = 0.66;

/// Makes `count` comments of `split` from its families, names and background.
pub fn generate(
    split: Split,
    pool: &NamePool,
    background: &[String],
    count: usize,
    seed: u64,
) -> Vec<Generated> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let families: Vec<&families::Family> = FAMILIES.iter().filter(|f| f.split == split).collect();
    let of = |holds: Holds| -> Vec<&families::Family> {
        families
            .iter()
            .copied()
            .filter(|f| f.holds == holds)
            .collect()
    };
    let named: Vec<&families::Family> = families
        .iter()
        .copied()
        .filter(|f| matches!(f.holds, Holds::Names | Holds::LowerCaseNames))
        .collect();
    let (decoys, contact) = (of(Holds::Decoys), of(Holds::Contact));
    let prefix = split.id_prefix();
    let lexicon = crate::redact::person::lexicon::NameLexicon::new();
    let mut out = Vec::with_capacity(count);
    for n in 0..count {
        let roll: f64 = rng.gen();
        // Training only: one comment in ten is a real sentence cut to open with a word
        // that a name list also holds, used as a word (`word_uses`).
        if split == Split::Train && (WORD_USE_FROM..WORD_USE_FROM + WORD_USE_SHARE).contains(&roll)
        {
            let fragment = (0..20).find_map(|_| {
                let base = background.choose(&mut rng)?;
                word_uses::word_use_fragment(base, &lexicon, &mut rng)
            });
            if let Some((text, mark)) = fragment {
                out.push(Generated {
                    id: format!("{prefix}-{n:06}"),
                    family: "word_use",
                    text,
                    spans: Vec::new(),
                    decoys: vec![mark],
                });
                continue;
            }
        }
        let family = if split == Split::Decoys20 {
            // The decoy set: two comments in three hold look-alikes only, the rest names
            // or contact details beside look-alikes.
            if roll < DECOY_SET_PII_FREE {
                decoys.choose(&mut rng).copied()
            } else if roll < DECOY_SET_PII_FREE + 0.12 {
                contact.choose(&mut rng).copied()
            } else {
                named.choose(&mut rng).copied()
            }
        } else if roll < 0.25 && !background.is_empty() {
            None
        } else if roll < 0.35 {
            decoys.choose(&mut rng).copied()
        } else if roll < 0.42 {
            contact.choose(&mut rng).copied()
        } else {
            named.choose(&mut rng).copied()
        };
        let base = background.choose(&mut rng).map_or("", String::as_str);
        let mut comment = Generated {
            id: format!("{prefix}-{n:06}"),
            family: family.map_or("background", |f| f.name),
            text: base.to_string(),
            spans: Vec::new(),
            decoys: Vec::new(),
        };
        if let Some(family) = family {
            let template = family.templates.choose(&mut rng).copied().unwrap_or("");
            let filled = fill(template, pool, &mut rng);
            let places = boundaries(base);
            let at = places.choose(&mut rng).copied().unwrap_or(0);
            let (before, after) = base.split_at(at);
            let mut text = before.to_string();
            if !text.is_empty() && !text.ends_with([' ', '\n']) {
                text.push_str(if text.ends_with(['.', '!', '?']) {
                    " "
                } else {
                    ". "
                });
            }
            let shift = text.len();
            text.push_str(&filled.text);
            if !after.is_empty() {
                text.push(' ');
                text.push_str(after);
            }
            let moved = |m: &Marked| Marked {
                start: m.start + shift,
                end: m.end + shift,
                label: m.label,
            };
            comment.spans = filled.spans.iter().map(moved).collect();
            comment.decoys = filled.decoys.iter().map(moved).collect();
            comment.text = text;
            let lower = family.holds == Holds::LowerCaseNames
                || (family.holds == Holds::Names && rng.gen_bool(0.15));
            if lower {
                let (spans, decoys) = (&mut comment.spans, &mut comment.decoys);
                comment.text = lower_case(&comment.text, &mut [spans, decoys]);
            }
        }
        out.push(comment);
    }
    out
}

/// Byte offset → Unicode scalar offset.
fn char_offset(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

impl Generated {
    /// The comment in the gold format of `eval pii`.
    pub fn to_gold(&self) -> GoldComment {
        GoldComment {
            id: self.id.clone(),
            text: self.text.clone(),
            has_pii: !self.spans.is_empty(),
            spans: self
                .spans
                .iter()
                .map(|m| GoldSpan {
                    start: char_offset(&self.text, m.start),
                    end: char_offset(&self.text, m.end),
                    kind: m.label.to_string(),
                })
                .collect(),
            decoys: self
                .decoys
                .iter()
                .map(|m| GoldDecoy {
                    start: char_offset(&self.text, m.start),
                    end: char_offset(&self.text, m.end),
                    kind: m.label.to_string(),
                })
                .collect(),
        }
    }

    /// The comment as the tagger trains on it: the text and its people's names.
    pub fn to_named(&self) -> NamedComment {
        NamedComment {
            text: self.text.clone(),
            names: self
                .spans
                .iter()
                .filter(|m| m.label == "PERSON")
                .map(|m| (m.start, m.end))
                .collect(),
        }
    }

    /// One line of the gold JSON Lines format (for `eval pii --gold`).
    pub fn to_json_line(&self) -> String {
        let gold = self.to_gold();
        let spans: Vec<serde_json::Value> = gold
            .spans
            .iter()
            .map(|s| serde_json::json!({"start": s.start, "end": s.end, "type": s.kind}))
            .collect();
        let decoys: Vec<serde_json::Value> = gold
            .decoys
            .iter()
            .map(|d| serde_json::json!({"start": d.start, "end": d.end, "kind": d.kind}))
            .collect();
        serde_json::json!({
            "id": gold.id, "text": gold.text, "has_pii": gold.has_pii,
            "spans": spans, "decoys": decoys, "template_id": self.family,
        })
        .to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pool() -> NamePool {
        NamePool {
            first: vec!["Zanele".into(), "İlkay".into()],
            last: vec!["Okoro".into()],
            word_names: vec!["Grace".into()],
            listed_first: vec!["Aoife".into()],
            listed_last: vec!["Byrne".into()],
        }
    }

    fn background() -> Vec<String> {
        vec![
            "The staff were kind. Parking was hard!".to_string(),
            "Waited four hours in the corridor".to_string(),
        ]
    }

    #[test]
    fn the_decoy_set_is_two_thirds_look_alikes_only_with_kinds_marked() {
        let comments = generate(Split::Decoys20, &pool(), &background(), 900, 11);
        let pii_free = comments.iter().filter(|c| c.spans.is_empty()).count();
        assert!((540..660).contains(&pii_free), "{pii_free}");
        for c in &comments {
            let family = FAMILIES.iter().find(|f| f.name == c.family);
            assert!(
                family.is_some_and(|f| f.split == Split::Decoys20),
                "{}",
                c.family
            );
            assert!(!c.decoys.is_empty());
            for d in &c.decoys {
                assert!(render::DECOY_KINDS.contains(&d.label), "{}", d.label);
                assert!(c.text.get(d.start..d.end).is_some_and(|v| !v.is_empty()));
            }
            assert!(!c.text.contains(['<', '>', '{', '}']));
        }
        assert_eq!(
            comments,
            generate(Split::Decoys20, &pool(), &background(), 900, 11)
        );
    }

    #[test]
    fn spans_point_at_what_they_label_even_after_lower_casing() {
        for split in Split::ALL.into_iter().filter(|s| *s != Split::Decoys20) {
            let comments = generate(split, &pool(), &background(), 300, 9);
            assert_eq!(comments.len(), 300);
            for c in &comments {
                for m in &c.spans {
                    let value = c.text.get(m.start..m.end).expect("span on char boundaries");
                    if m.label == "PERSON" {
                        let known = [
                            "zanele", "i̇lkay", "ilkay", "okoro", "grace", "aoife", "byrne",
                        ];
                        assert!(
                            value
                                .split([' ', '-', '.'])
                                .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 1)
                                .all(|w| known.contains(&w.to_lowercase().as_str())),
                            "{value}"
                        );
                    }
                }
                assert!(!c.text.contains('{'));
            }
            // Some comments stay PII-free, most hold a name.
            assert!(comments
                .iter()
                .any(|c| c.spans.is_empty() && c.decoys.is_empty()));
            assert!(comments.iter().filter(|c| !c.spans.is_empty()).count() > 150);
        }
    }

    #[test]
    fn held_out_comments_use_held_out_families_only() {
        let comments = generate(Split::HeldOut, &pool(), &background(), 200, 3);
        for c in &comments {
            let family = FAMILIES.iter().find(|f| f.name == c.family);
            assert!(
                family.is_none_or(|f| f.split == Split::HeldOut),
                "{}",
                c.family
            );
        }
        assert_eq!(
            comments,
            generate(Split::HeldOut, &pool(), &background(), 200, 3)
        );
    }

    #[test]
    fn gold_offsets_count_characters() {
        let c = Generated {
            id: "x".into(),
            family: "f",
            text: "Zoë and Ann".into(),
            spans: vec![Marked {
                start: 9,
                end: 12,
                label: "PERSON",
            }],
            decoys: vec![],
        };
        let gold = c.to_gold();
        assert_eq!((gold.spans[0].start, gold.spans[0].end), (8, 11));
        assert!(c.to_json_line().contains("\"PERSON\""));
    }

    #[test]
    fn background_keeps_pii_free_comments_and_splits_them() {
        let rules = Redactor::with_person_tagger(None);
        let comments = (0..50)
            .map(|i| format!("The food on day {i} was cold"))
            .chain(["Call me on 07700 900123".to_string()]);
        let bg = Background::split(comments, &rules);
        assert_eq!(bg.train.len() + bg.tune.len() + bg.held_out.len(), 50);
        assert!(!bg.held_out.is_empty() && !bg.train.is_empty() && !bg.tune.is_empty());
    }
}
