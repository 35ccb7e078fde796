//! Religious exclamations: "Jesus, the wait in A&E was nine hours", "Oh my God, the
//! food", "Christ! Four hours". Said at the start of a sentence and cut off by a comma or
//! a stop, they are oaths, not the name of someone who did something.
//!
//! Only a closed list of words so used is read ([`EXCLAIMED`]), and only where it opens
//! a sentence (or follows "oh", "my", "good", "dear", "sweet") and punctuation, or
//! "Christ", follows at once. "Jesus was my nurse", "thanks to Jesus on nights" and
//! "Jesus, the porter, was kind" after a cue are left to the other readings.

use super::tokens::{Gap, Token};

/// Words said as oaths, in lower case.
const EXCLAIMED: &[&str] = &["jesus", "christ", "god", "lord", "gosh", "jeez", "jeezus"];

/// Words that open an oath before the exclaimed word ("oh my God", "good Lord").
const OATH_OPENERS: &[&str] = &["oh", "my", "good", "dear", "sweet", "omg"];

/// Whether the tokens `first..=last` are an oath: one exclaimed word, or "Jesus
/// Christ", opening a sentence or after an oath's opener, with a comma, a stop or the
/// end right after it.
pub(crate) fn is_oath(tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    let exclaimed = |k: usize| EXCLAIMED.contains(&tokens[k].lower.as_str());
    let words_are_oath = match last - first {
        0 => exclaimed(first),
        1 => exclaimed(first) && exclaimed(last) && tokens[last].gap == Gap::Space,
        _ => false,
    };
    if !words_are_oath {
        return false;
    }
    // An opener right before it that itself opens the sentence or a clause, or follows
    // another opener ("Oh my God").
    let opener = |k: usize| OATH_OPENERS.contains(&tokens[k].lower.as_str());
    let after_an_opener = first > 0
        && opener(first - 1)
        && (first == 1 || tokens[first - 1].gap != Gap::Space || opener(first - 2));
    let opens = first == 0 || tokens[first].gap == Gap::Break || after_an_opener;
    let cut_off = tokens
        .get(last + 1)
        .is_none_or(|next| next.gap != Gap::Space);
    opens && cut_off
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn oath(text: &str, first: usize, last: usize) -> bool {
        is_oath(&tokenize(text), first, last)
    }

    #[test]
    fn oaths_are_oaths() {
        assert!(oath("Jesus, the wait in A&E was nine hours.", 0, 0));
        assert!(oath("Good food. Jesus! Four hours though.", 2, 2));
        assert!(oath("Oh my God, the food.", 2, 2));
        assert!(oath("Jesus Christ, what a wait", 0, 1));
        assert!(oath("Good Lord. Never again", 1, 1));
    }

    #[test]
    fn people_and_other_uses_are_not() {
        assert!(!oath("Jesus was my nurse on nights.", 0, 0));
        assert!(!oath("Thanks to Jesus, the porter.", 2, 2));
        assert!(!oath("Ask for Jesus on ward 4.", 2, 2));
        assert!(!oath("Maria and Jesus were great.", 2, 2));
        assert!(!oath("Aisha Khan, the midwife.", 0, 1));
    }
}
