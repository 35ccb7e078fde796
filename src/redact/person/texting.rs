//! Whether a word the lists do not know is an everyday word written as people text it:
//! an apostrophe left out ("didnt", "wasnt", "im"), an abbreviation with no vowel
//! ("pls", "thx", "rc"), or a letter stretched for emphasis ("sooo", "eightyyy").
//!
//! The learned tagger scores words in no English list as possible names, and in a comment
//! written without capitals nothing else tells a name from a word. A dropped apostrophe
//! is tested by putting it back and looking the result up in the English word list
//! (`english_words.txt`), not by a list of texting words; a word with no vowel letter is
//! an abbreviation. Names rarely take these shapes, and the few that do (Ng) are in a
//! name list, which this never overrides.
//!
//! A dropped final "g" ("amazin" for "amazing") is not tested by rule: names ending in
//! "-in" whose "-ing" form is a word ("Racin", "Savin", "Starlin") are common in the
//! measuring name lists, and a rule lost eight on the tune and seen rounds. The everyday
//! verbs' forms are listed word by word instead (`TEXTING_SPELLINGS` in
//! [`super::interjections`]).
//!
//! The English list was made without possessives, and so without the contractions that
//! look like one: "that's", "there's", "he's" are not in it. Those of the pronouns,
//! demonstratives and question words ([`CONTRACTING_WORDS`]: a closed class) are put
//! back by rule, with "'ll" and "'d" as well ("thats", "whats", "thatll").
//! A noun's or a name's "'s" is never made: "Rogers" is not "roger's".

use super::interjections::is_interjection;
use super::lexicon::WordFacts;
use super::tokens::Token;

/// Letters that make a word pronounceable; a word with none is an abbreviation.
const VOWELS: &[char] = &['a', 'e', 'i', 'o', 'u', 'y'];

/// Whether `lower` (a lower-case word) is a texting form of an everyday word, by
/// `is_word` (is this an English word?).
pub(crate) fn texting_form_of_a_word(lower: &str, is_word: impl Fn(&str) -> bool) -> bool {
    if lower.is_empty() || !lower.chars().all(|c| c.is_ascii_alphabetic()) {
        return false;
    }
    let no_vowel = lower.len() >= 2 && !lower.contains(VOWELS);
    no_vowel || apostrophe_dropped(lower, &is_word) || stretched(lower, &is_word)
}

/// Whether `lower` is an everyday word with a letter stretched for emphasis ("sooo",
/// "eightyyy", "pleeease"): a run of three or more of one letter, which names do not
/// hold, read as one letter or as two gives a word, by `is_word`.
fn stretched(lower: &str, is_word: impl Fn(&str) -> bool) -> bool {
    let bytes = lower.as_bytes();
    if !bytes.windows(3).any(|w| w[0] == w[1] && w[1] == w[2]) {
        return false;
    }
    let squeezed = |keep: usize| -> String {
        let mut out = String::with_capacity(lower.len());
        let mut run = 0;
        let mut last = None;
        for c in lower.chars() {
            run = if Some(c) == last { run + 1 } else { 1 };
            last = Some(c);
            if run <= keep {
                out.push(c);
            }
        }
        out
    };
    is_word(&squeezed(1)) || is_word(&squeezed(2))
}

/// Whether `lower` is an everyday word with its apostrophe left out ("didnt", "thats",
/// "im"), by `is_word`; abbreviations with no vowel are not counted here.
pub(crate) fn apostrophe_left_out(lower: &str, is_word: impl Fn(&str) -> bool) -> bool {
    !lower.is_empty()
        && lower.chars().all(|c| c.is_ascii_alphabetic())
        && apostrophe_dropped(lower, &is_word)
}

/// A piece of one of the tagger's names after [`cut_at_everyday_spellings`]: its tokens,
/// and the tokens whose veto decides whether it is kept (itself, or the whole name it
/// was cut from).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Piece {
    /// The piece, as an inclusive token range.
    pub span: (usize, usize),
    /// The range the vetoes weigh for it.
    pub weighed: (usize, usize),
}

/// The tagger's names cut at each word that no name list holds and that is written as
/// an everyday word with its apostrophe left out ([`apostrophe_left_out`]) or is a
/// texting interjection or shorthand ([`is_interjection`]): a name holds no "doesnt",
/// "thats" or "thankyou". Each such word, and each remaining piece made only of English
/// words no given-name list holds, is weighed on its own by the vetoes ("the left hand doesnt
/// know": "hand" and "doesnt"); any other remaining piece is kept or dropped as the
/// whole name was ("omg X u saved my life" keeps X as "omg X" was kept), so a cut never
/// leaves readable a name the whole span redacted.
pub(crate) fn cut_at_everyday_spellings(
    spans: &[(usize, usize)],
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    is_word: impl Fn(&str) -> bool,
) -> Vec<Piece> {
    let cuts = |k: usize| {
        let lower = tokens[k].lower.as_str();
        !facts[k].any_name()
            && !facts[k].soft
            && (is_interjection(lower) || apostrophe_left_out(lower, &is_word))
    };
    // English words that are no given name (a surname may be one: "hand", "cook").
    let everyday = |first: usize, last: usize| {
        (first..=last).all(|k| {
            let f = facts[k];
            f.english && !f.first && !f.word_name && !f.soft
        })
    };
    let mut out = Vec::with_capacity(spans.len() + 1);
    for &(first, last) in spans {
        let whole = (first, last);
        if first == last {
            // One word is never cut: it is weighed as it is. A longer name is walked
            // once below; with no cut in it, it comes out whole, as found.
            out.push(Piece {
                span: whole,
                weighed: whole,
            });
            continue;
        }
        let rest = |start: usize, end: usize, out: &mut Vec<Piece>| {
            let weighed = if everyday(start, end) {
                (start, end)
            } else {
                whole
            };
            out.push(Piece {
                span: (start, end),
                weighed,
            });
        };
        let mut start = first;
        for k in first..=last {
            if cuts(k) {
                if start < k {
                    rest(start, k - 1, &mut out);
                }
                out.push(Piece {
                    span: (k, k),
                    weighed: (k, k),
                });
                start = k + 1;
            }
        }
        if start <= last {
            rest(start, last, &mut out);
        }
    }
    out
}

/// Whether putting an apostrophe back before the last one or two letters makes a word:
/// "didnt" -> "didn't", "im" -> "i'm", "youre" -> "you're", "theyll" -> "they'll". A
/// possessive is never made ("james" -> "jame's" is no word: the list holds none).
fn apostrophe_dropped(lower: &str, is_word: &impl Fn(&str) -> bool) -> bool {
    (1..=2).any(|tail| {
        lower.len() > tail && {
            let (head, rest) = lower.split_at(lower.len() - tail);
            let with_apostrophe = format!("{head}'{rest}");
            is_word(&with_apostrophe)
                || PRONOUN_I_CONTRACTIONS.contains(&with_apostrophe.as_str())
                || (CONTRACTING_WORDS.contains(&head) && matches!(rest, "s" | "ll" | "d"))
        }
    })
}

/// Whether `lower` is one of "I"'s contractions written without its apostrophe ("ive",
/// "im", "id", "ill"), which some lists hold as surnames ("Ive").
pub(crate) fn pronoun_i_contraction(lower: &str) -> bool {
    lower.len() > 1
        && lower.starts_with('i')
        && PRONOUN_I_CONTRACTIONS
            .iter()
            .any(|c| c.strip_prefix("i'") == Some(&lower[1..]))
}

/// Whether `lower` is a negative contraction written without its apostrophe: putting
/// "'" back before its final "t" gives an English word ending in "n't" ("doesnt",
/// "didnt", "wasnt", "couldnt"). Such a word is an auxiliary verb, so it is never a
/// name whatever stands before it: "the nurse doesnt know", "my son didnt".
pub(crate) fn negative_contraction(lower: &str, is_word: impl Fn(&str) -> bool) -> bool {
    lower.len() > 3
        && lower.is_ascii()
        && lower.ends_with("nt")
        && is_word(&format!("{}'t", &lower[..lower.len() - 1]))
}

/// Pronouns, demonstratives and question words whose contractions with "'s", "'ll" and
/// "'d" ("that's", "there'll", "what'd") the English list lacks: it was made without possessives,
/// and these look like one.
const CONTRACTING_WORDS: &[&str] = &[
    "that",
    "this",
    "what",
    "there",
    "here",
    "where",
    "when",
    "why",
    "how",
    "who",
    "he",
    "she",
    "it",
    "let",
    "everyone",
    "everybody",
    "everything",
    "someone",
    "somebody",
    "something",
    "nobody",
    "nothing",
    "noone",
];

/// The contractions of the pronoun "I". The English word list holds only words written
/// in small letters, and "I'm", "I've", "I'd", "I'll" are always written with a capital,
/// so it has none of them; without the apostrophe ("Im not happy", "Ive waited") they are
/// texting forms all the same.
const PRONOUN_I_CONTRACTIONS: &[&str] = &["i'm", "i've", "i'd", "i'll"];

#[cfg(test)]
mod tests {
    use super::*;

    /// A tiny English list for the tests.
    fn is_word(w: &str) -> bool {
        matches!(w, "amazing" | "didn't" | "i'm" | "you're" | "racing")
    }

    #[test]
    fn the_contractions_of_i_are_read_without_their_apostrophe() {
        for word in ["ive", "im", "id", "ill"] {
            assert!(pronoun_i_contraction(word), "{word}");
        }
        for word in ["i", "iv", "ivy", "isle", "ives", "me"] {
            assert!(!pronoun_i_contraction(word), "{word}");
        }
    }

    #[test]
    fn the_pronoun_i_without_its_apostrophe_is_texting() {
        // The word list lacks the capitalised contractions of "I": found all the same.
        assert!(texting_form_of_a_word("im", |_| false));
        assert!(texting_form_of_a_word("ive", |_| false));
        // Not a name that merely starts so.
        assert!(!texting_form_of_a_word("imogen", |_| false));
        assert!(!texting_form_of_a_word("ivan", |_| false));
    }

    #[test]
    fn missing_apostrophes_and_vowel_less_abbreviations_are_texting() {
        for word in ["didnt", "im", "youre", "pls", "thx", "rc"] {
            assert!(texting_form_of_a_word(word, is_word), "{word}");
        }
    }

    #[test]
    fn stretched_words_are_texting() {
        let is_word = |w: &str| matches!(w, "eighty" | "so" | "please" | "good");
        for word in ["eightyyy", "sooo", "pleeease", "gooood"] {
            assert!(texting_form_of_a_word(word, is_word), "{word}");
        }
        // No run of three, or a run that gives no word.
        for word in ["eighty", "anna", "zaaara", "booo"] {
            assert!(!texting_form_of_a_word(word, is_word), "{word}");
        }
    }

    #[test]
    fn contractions_of_pronouns_and_question_words_are_texting() {
        // The list holds none of them; found by rule all the same.
        for word in [
            "thats", "theres", "whats", "hes", "shes", "wheres", "thatll", "whod",
        ] {
            assert!(texting_form_of_a_word(word, |_| false), "{word}");
        }
        // A name or a noun with an "s" is no contraction of such a word.
        for word in ["rogers", "thaddeus", "whatley", "heresy", "howson", "whose"] {
            assert!(!texting_form_of_a_word(word, |_| false), "{word}");
        }
    }

    #[test]
    fn negative_contractions_are_found_and_nothing_else() {
        let is_word = |w: &str| matches!(w, "doesn't" | "didn't" | "can't" | "won't" | "i'm");
        for word in ["doesnt", "didnt", "cant", "wont"] {
            assert!(negative_contraction(word, is_word), "{word}");
        }
        // Another texting form, a name ending in "nt", too short a word.
        for word in ["im", "vincent", "brant", "nt", "didn"] {
            assert!(!negative_contraction(word, is_word), "{word}");
        }
    }

    #[test]
    fn names_are_cut_at_words_without_their_apostrophe_and_at_shorthand() {
        let lexicon = super::super::lexicon::NameLexicon::new();
        let is_word = |w: &str| lexicon.facts(w).english;
        let pieces =
            |text: &str, spans: &[(usize, usize)]| -> Vec<((usize, usize), (usize, usize))> {
                let tokens = super::super::tokens::tokenize(text);
                let facts = lexicon.facts_of(&tokens);
                cut_at_everyday_spellings(spans, &tokens, &facts, is_word)
                    .into_iter()
                    .map(|p| (p.span, p.weighed))
                    .collect()
            };
        // An everyday word beside the cut is weighed on its own.
        assert_eq!(
            pieces("the left hand doesnt know", &[(2, 3)]),
            vec![((2, 2), (2, 2)), ((3, 3), (3, 3))]
        );
        // Any other word keeps the whole name's verdict.
        assert_eq!(
            pieces("Thankyou Oyelaran for all", &[(0, 1)]),
            vec![((0, 0), (0, 0)), ((1, 1), (0, 1))]
        );
        // A span with no such word, or a lone word, stays whole.
        assert_eq!(
            pieces("the left hand doesnt know", &[(1, 2), (3, 3)]),
            vec![((1, 2), (1, 2)), ((3, 3), (3, 3))]
        );
    }

    #[test]
    fn names_and_unknown_words_are_not() {
        // A vowel and no apostrophe form in the list; a dropped "g" is not tried.
        for word in ["zanele", "racin", "amazin", "james", "lol", "a", ""] {
            assert!(!texting_form_of_a_word(word, is_word), "{word}");
        }
        // Letters outside a-z (a hyphen, an accent) are never tried.
        assert!(!texting_form_of_a_word("ng-x", is_word));
        assert!(!texting_form_of_a_word("amazín", is_word));
    }
}
