//! The comments both files are made of: theme sentences, non-answers, planted
//! personal data, mixed and damaged comments, duplicates; and their row metadata.

use std::collections::BTreeMap;

use rand::seq::SliceRandom;
use rand::Rng;
use rand_chacha::ChaCha8Rng;

use crate::mess;
use crate::pii;
use crate::themes::{
    Theme, GOOD_QUESTIONS, IMPROVE_QUESTIONS, NON_ANSWERS, QUESTION_DEPENDENT, THEMES,
};

pub const SERVICES: &[(&str, &str)] = &[
    ("PTS - Patient Transport", "Outpatient transport"),
    ("See and Convey", "Emergency"),
    ("111", "Clinical advice"),
    ("Local partnerships- MH", "Inpatient"),
    ("Forensic", "Low secure"),
    ("Community health services", "District nursing"),
];
/// Bytes longer than the 32 KiB default field limit.
pub const OVER_LONG_BYTES: usize = 40 * 1024;

/// How a comment leans, which decides its question, rating and sentiment.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Lean {
    Positive,
    Negative,
    Mixed,
    None,
}

/// One comment before it is written: its text (bytes, as they will appear) and lean.
pub struct Comment {
    pub text: Vec<u8>,
    pub lean: Lean,
    /// Fixed question, when the comment's meaning depends on it.
    pub question: Option<&'static str>,
    /// Holds planted personal data (never altered or copied after planting).
    pub pii: bool,
}

impl Comment {
    pub fn new(text: impl Into<String>, lean: Lean) -> Self {
        Comment {
            text: text.into().into_bytes(),
            lean,
            question: None,
            pii: false,
        }
    }
}

/// Counts of comments per subcategory, for the README.
#[derive(Default)]
pub struct Coverage(pub BTreeMap<(&'static str, &'static str), [usize; 4]>);

impl Coverage {
    pub fn add(&mut self, theme: &Theme, positive: bool, jsonl: bool) {
        let slot = usize::from(jsonl) * 2 + usize::from(!positive);
        self.0.entry((theme.major, theme.name)).or_default()[slot] += 1;
    }
}

/// Row counts of one written file.
pub struct Facts {
    pub rows: usize,
    pub bad: usize,
}

/// The comments common to both files: theme sentences, non-answers, plants, mixes.
pub fn theme_comments(
    rng: &mut ChaCha8Rng,
    per_theme: usize,
    jsonl: bool,
    coverage: &mut Coverage,
) -> Vec<Comment> {
    const OPENERS: &[&str] = &["", "", "Overall, ", "To be honest, ", "Really, "];
    let mut comments = Vec::new();
    for theme in THEMES {
        for (sentences, positive) in [(theme.positive, true), (theme.negative, false)] {
            let chosen: Vec<&&str> = if per_theme >= sentences.len() {
                sentences.iter().collect()
            } else {
                sentences.choose_multiple(rng, per_theme).collect()
            };
            for sentence in chosen {
                let opener = if jsonl {
                    *OPENERS.choose(rng).unwrap()
                } else {
                    ""
                };
                let text = if opener.is_empty() {
                    sentence.to_string()
                } else {
                    format!("{opener}{}{}", sentence[..1].to_lowercase(), &sentence[1..])
                };
                let lean = if positive {
                    Lean::Positive
                } else {
                    Lean::Negative
                };
                comments.push(Comment::new(text, lean));
                coverage.add(theme, positive, jsonl);
            }
        }
    }
    comments
}

/// A praise sentence of one theme followed by a complaint about another.
pub fn mixed(rng: &mut ChaCha8Rng, coverage: &mut Coverage, jsonl: bool) -> Comment {
    let good = THEMES.choose(rng).unwrap();
    let bad = THEMES.choose(rng).unwrap();
    let complaint = bad.negative.choose(rng).unwrap();
    let text = format!(
        "{} But {}{}",
        good.positive.choose(rng).unwrap(),
        complaint[..1].to_lowercase(),
        &complaint[1..]
    );
    coverage.add(good, true, jsonl);
    coverage.add(bad, false, jsonl);
    Comment::new(text, Lean::Mixed)
}

/// A comment holding planted personal data next to a theme sentence.
pub fn planted_comment(rng: &mut ChaCha8Rng, n: usize, planted: &mut Vec<String>) -> Comment {
    let plant = pii::plant(rng, n);
    planted.extend(plant.values);
    let theme = THEMES.choose(rng).unwrap();
    let positive = rng.gen_bool(0.5);
    let other = if positive {
        theme.positive.choose(rng).unwrap()
    } else {
        theme.negative.choose(rng).unwrap()
    };
    let text = if rng.gen_bool(0.5) {
        format!("{} {other}", plant.sentence)
    } else {
        format!("{other} {}", plant.sentence)
    };
    let lean = if positive {
        Lean::Positive
    } else {
        Lean::Negative
    };
    Comment {
        pii: true,
        ..Comment::new(text, lean)
    }
}

/// Non-answers and question-dependent one-word answers.
pub fn short_answers(copies: usize) -> Vec<Comment> {
    let mut comments = Vec::new();
    for _ in 0..copies {
        for text in NON_ANSWERS {
            comments.push(Comment::new(*text, Lean::None));
        }
    }
    for (i, text) in QUESTION_DEPENDENT.iter().enumerate() {
        let mut improve = Comment::new(*text, Lean::Positive);
        improve.question = Some(IMPROVE_QUESTIONS[i % 2]);
        comments.push(improve);
        if i < copies {
            let mut good = Comment::new(*text, Lean::Negative);
            good.question = Some(GOOD_QUESTIONS[0]);
            comments.push(good);
        }
    }
    comments
}

/// Damaged-encoding comments: Windows-1252 bytes, mojibake, HTML entities, odd Unicode,
/// multi-line text. `n` of each kind.
pub fn messy_comments(rng: &mut ChaCha8Rng, n: usize, allow_cp1252: bool) -> Vec<Comment> {
    let mut comments = Vec::new();
    let mut non_ascii: Vec<&str> = mess::NON_ASCII.to_vec();
    non_ascii.shuffle(rng);
    for (i, sentence) in non_ascii.iter().enumerate().take(2 * n) {
        let praise = ["lovely", "clear", "amazing", "spotless"];
        let lean = if praise.iter().any(|word| sentence.contains(word)) {
            Lean::Positive
        } else {
            Lean::Negative
        };
        let comment = if i % 2 == 0 && allow_cp1252 {
            Comment {
                text: mess::windows_1252_bytes(sentence),
                lean,
                question: None,
                pii: false,
            }
        } else {
            Comment::new(mess::mojibake(sentence), lean)
        };
        comments.push(comment);
    }
    // The same damaged sentence also arrives intact: after cleaning it is a duplicate.
    comments.push(Comment::new(mess::NON_ASCII[2], Lean::Positive));
    comments.push(Comment::new(
        mess::mojibake(mess::NON_ASCII[2]),
        Lean::Positive,
    ));
    for sentence in mess::ENTITY_PRONE.iter().take(n) {
        comments.push(Comment::new(mess::html_escaped(sentence), Lean::Mixed));
    }
    for i in 0..n {
        let a = THEMES.choose(rng).unwrap();
        let b = THEMES.choose(rng).unwrap();
        let text = mess::multi_line(
            a.positive.choose(rng).unwrap(),
            b.negative.choose(rng).unwrap(),
            i % 2 == 0,
        );
        comments.push(Comment::new(text, Lean::Mixed));
    }
    comments.push(Comment::new(
        mess::odd_unicode("The café on site was clean and had lots of choice."),
        Lean::Positive,
    ));
    comments
}

/// Exact and case/space-variant copies of some earlier comments.
pub fn duplicates(rng: &mut ChaCha8Rng, comments: &[Comment], n: usize) -> Vec<Comment> {
    let candidates: Vec<&Comment> = comments
        .iter()
        .filter(|c| c.lean != Lean::None && !c.pii && c.text.is_ascii() && !c.text.contains(&b'\n'))
        .collect();
    (0..n)
        .map(|i| {
            let original = candidates.choose(rng).unwrap();
            let text = String::from_utf8_lossy(&original.text).into_owned();
            let text = match i % 3 {
                0 => text,
                1 => text.to_uppercase(),
                _ => format!("  {}  ", text.replace(' ', "  ")),
            };
            Comment::new(text, original.lean)
        })
        .collect()
}

/// The question a comment is given, from its lean.
pub fn question_for(rng: &mut ChaCha8Rng, comment: &Comment) -> &'static str {
    if let Some(q) = comment.question {
        return q;
    }
    match comment.lean {
        Lean::Positive => GOOD_QUESTIONS.choose(rng).unwrap(),
        _ => IMPROVE_QUESTIONS.choose(rng).unwrap(),
    }
}

/// Rating (1 very good .. 5 very poor) and sentiment (1 .. 5, blank for non-answers).
pub fn rating_and_sentiment(rng: &mut ChaCha8Rng, lean: Lean) -> (String, String) {
    match lean {
        Lean::Positive => (
            rng.gen_range(1..=2).to_string(),
            rng.gen_range(1..=2).to_string(),
        ),
        Lean::Negative => (
            rng.gen_range(4..=5).to_string(),
            rng.gen_range(4..=5).to_string(),
        ),
        Lean::Mixed => (rng.gen_range(2..=4).to_string(), "3".to_string()),
        Lean::None => (rng.gen_range(1..=5).to_string(), String::new()),
    }
}

pub fn date(rng: &mut ChaCha8Rng) -> String {
    format!(
        "{:02}/{:02}/2025",
        rng.gen_range(1..29),
        rng.gen_range(1..13)
    )
}
