//! Spotting non-answers: blank comments, punctuation only, and the phrases in
//! `lexicons/non_answers.txt` (`Did not answer`, `N/A`, `no comment`…), and the informal
//! families of [`super::informal_non_answer`] ("dunno", "see my earlier answer").
//!
//! "Nothing" and "None" are *not* non-answers: under "could improve" questions people
//! (and the QDC labellers) mean "all was good", under "what was good" the opposite. The
//! lexicon's header records the counts behind that decision.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::informal_non_answer::is_informal_non_answer;

/// The shipped non-answer phrases, compiled in so the binary needs no files at run time.
const LEXICON: &str = include_str!("../../lexicons/non_answers.txt");

/// The phrases, parsed once, and the byte length of the longest.
fn phrases() -> &'static (HashSet<String>, usize) {
    static PHRASES: OnceLock<(HashSet<String>, usize)> = OnceLock::new();
    PHRASES.get_or_init(|| {
        let set = parse_lexicon(LEXICON);
        let longest = set.iter().map(String::len).max().unwrap_or(0);
        (set, longest)
    })
}

/// Reads a lexicon: one phrase a line, `#` comments and blank lines skipped, each
/// phrase put in the same form as the comments it is compared with.
pub fn parse_lexicon(text: &str) -> HashSet<String> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(comparison_form)
        .collect()
}

/// Lower case, straight apostrophes, outer punctuation trimmed, white space collapsed.
fn comparison_form(text: &str) -> String {
    let lowered = text
        .to_lowercase()
        .replace(['\u{2019}', '\u{2018}', '`'], "'");
    let trimmed = lowered.trim_matches(|c: char| !c.is_alphanumeric());
    trimmed.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// True for white space and punctuation marks (ASCII and general punctuation), but
/// not for symbols: an emoji-only comment such as "❤️" is a real answer.
fn is_mark(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_punctuation()
        || matches!(c, '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205e}' | '·' | '¿' | '¡')
}

/// True when a (cleaned) comment is blank, punctuation only, a listed phrase or an
/// informal non-answer.
pub fn is_non_answer(text: &str) -> bool {
    if text.chars().all(is_mark) {
        return true;
    }
    let (set, longest) = phrases();
    // Cheap rejection of real comments, which are longer than any phrase (lower-casing
    // can at most double a byte length; collapsing white space only shortens) or any
    // informal non-answer (at most a few words).
    let core = text.trim_matches(|c: char| !c.is_alphanumeric());
    if core.len() > 2 * (*longest).max(INFORMAL_MAX_BYTES) {
        return false;
    }
    in_lexicon(text, set, *longest) || is_informal_non_answer(text)
}

/// Whether the comment's [`comparison_form`] is a listed phrase. An ASCII comment whose
/// core (outer punctuation trimmed) holds more non-space bytes than the longest phrase
/// cannot be one (its form keeps every such byte), so its form is not built.
fn in_lexicon(text: &str, set: &HashSet<String>, longest: usize) -> bool {
    if text.is_ascii() {
        let core = text.trim_matches(|c: char| !c.is_alphanumeric());
        let kept = core
            .bytes()
            .filter(|&b| !char::from(b).is_whitespace())
            .count();
        if kept > longest {
            return false;
        }
    }
    set.contains(&comparison_form(text))
}

/// Longer comments are never informal non-answers (a bound for the cheap rejection,
/// generous for the at most 16 words [`is_informal_non_answer`] reads).
const INFORMAL_MAX_BYTES: usize = 64;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_phrases_in_any_case_and_punctuation() {
        for text in [
            "Did not answer",
            "did not answer.",
            "N/A",
            "n/a",
            "N/a.",
            "NA",
            "No comment!",
            "Nothing to add",
            "Don’t know.",
            "(as above)",
            "I don't really know.",
            "See previous entry.",
        ] {
            assert!(is_non_answer(text), "{text}");
        }
    }

    #[test]
    fn the_length_shortcut_only_skips_what_is_not_listed() {
        let (set, longest) = phrases();
        let mut texts: Vec<String> = set.iter().cloned().collect();
        texts.extend(set.iter().map(|p| format!("  ..{}!! ", p.to_uppercase())));
        texts.extend(set.iter().map(|p| format!("{p} x")));
        texts.extend(set.iter().map(|p| p.replace(' ', "\t\t")));
        texts.push("x".repeat(*longest));
        texts.push("x".repeat(longest + 1));
        for text in &texts {
            assert_eq!(
                in_lexicon(text, set, *longest),
                set.contains(&comparison_form(text)),
                "{text:?}"
            );
        }
        assert!(texts.iter().any(|t| in_lexicon(t, set, *longest)));
        assert!(!in_lexicon(&"x".repeat(longest + 1), set, *longest));
    }

    #[test]
    fn blank_and_punctuation_only() {
        for text in ["", "   ", "-", ".", "...", "?!", "--", "…", "–"] {
            assert!(is_non_answer(text), "{text:?}");
        }
    }

    #[test]
    fn real_answers_are_not_flagged() {
        for text in [
            "Nothing",
            "Nothing.",
            "None",
            "Nothing, all was good",
            "Everything",
            "No comment on the food but the staff were lovely",
            "NAD",
            "Not sure why I waited so long",
            "Nurse",
            "5",
            "❤️",
            "👍",
            "10/10",
        ] {
            assert!(!is_non_answer(text), "{text}");
        }
    }

    #[test]
    fn lexicon_parsing_skips_comments_and_normalises() {
        let set = parse_lexicon("# header\n\n  No Comment.  \nDon’t know\n");
        assert_eq!(set.len(), 2);
        assert!(set.contains("no comment"));
        assert!(set.contains("don't know"));
    }
}
