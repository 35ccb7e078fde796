//! Stretches written all in capitals inside a comment that otherwise uses case ("The
//! staff were kind. WHY DID ELENOIRE FROM PHARMACY TELL ME MY TABLETS WERE READY",
//! "BEST MIDWIFE EVER - VIRNA!!!"): read as a comment without case.
//!
//! In a cased comment an all-capitals word is read as an acronym (NHS, GP, A&E), never a
//! name, and rightly so for single words. But a writer who shouts a sentence writes the
//! names in it in capitals too, and there capitals say nothing about names: the stretch
//! is text without case, as a comment typed wholly in capitals is. So where a comment
//! holds a stretch of at least [`MIN_SHOUTED_WORDS`] all-capital words (with digits,
//! single capital letters and punctuation between them, but no small letter),
//! [`MIN_EVERYDAY_WORDS`] of them everyday words (prose, not a list of acronyms: "MDT,
//! SLT's, OT's"), the whole comment is read again put in small letters, by the whole
//! recognizer, which then gives the lexicons and cues the weight it gives them in a
//! comment typed in small letters; the names it finds inside the stretches are kept.
//! Small letters rather than capitals, as the rules that tell places and things from
//! people ("the Alexandra wing") read small-letter text more fully than all-capital
//! text; the whole comment rather than the stretch, so the words before a stretch still
//! cue or clear its first word. A comment with no such stretch pays one pass over its
//! tokens.

use super::lexicon::WordFacts;
use super::tokens::{Shape, Token};

/// Fewest all-capital words of two letters or more that make a stretch shouted: one or
/// two are acronyms or a heading ("NHS", "A&E DEPT").
const MIN_SHOUTED_WORDS: usize = 3;

/// Fewest everyday words (in the English or common-word lists) among them: a list of
/// acronyms ("MDT, SLT's, OT's, TI's") is no shouted sentence.
const MIN_EVERYDAY_WORDS: usize = 2;

/// Whether the token may stand inside a shouted stretch: an all-capital word, a single
/// capital letter ("I", "A"), or digits without small letters ("3", "111").
fn shouted_or_neutral(token: &Token<'_>) -> bool {
    match token.shape {
        Shape::Upper => true,
        Shape::Capitalised => token.text.chars().count() == 1,
        Shape::Other => !token.text.chars().any(char::is_lowercase),
        Shape::Lower | Shape::Initial => false,
    }
}

/// The shouted stretches of a cased comment's tokens (`facts` their look-ups), as
/// inclusive token ranges, each opening and closing on an all-capital word.
pub(crate) fn shouted_stretches(tokens: &[Token<'_>], facts: &[WordFacts]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i].shape != Shape::Upper || tokens[i].in_brackets {
            i += 1;
            continue;
        }
        let first = i;
        let mut last = i;
        let mut words = 0;
        let mut everyday = 0;
        while i < tokens.len() && shouted_or_neutral(&tokens[i]) && !tokens[i].in_brackets {
            if tokens[i].shape == Shape::Upper {
                words += 1;
                everyday += usize::from(facts[i].english || facts[i].common);
                last = i;
            }
            i += 1;
        }
        if words >= MIN_SHOUTED_WORDS && everyday >= MIN_EVERYDAY_WORDS {
            out.push((first, last));
        }
    }
    out
}

/// `stretch` in small letters, when every letter keeps its length in bytes (so the
/// offsets of the small-letter text are those of the stretch); else the stretch as it is.
fn in_small_letters(stretch: &str) -> String {
    let same_lengths = stretch.chars().all(|c| {
        let mut lower = c.to_lowercase();
        matches!((lower.next(), lower.next()), (Some(l), None) if l.len_utf8() == c.len_utf8())
    });
    if same_lengths {
        stretch.to_lowercase()
    } else {
        stretch.to_string()
    }
}

/// The names in the shouted stretches of a cased comment, as inclusive token ranges of
/// `tokens`. `read` reads the whole comment put in small letters ([`in_small_letters`]:
/// the words before a stretch still cue or clear what opens it, "Went in April. GRACE
/// PERIOD...") and returns its names as byte ranges; those lying wholly in a stretch are
/// kept. A name whose ends fall inside a token of `tokens` rather than on its edges is
/// dropped (the two tokenisations agree on whole words).
pub(crate) fn names_in_shouted_stretches(
    text: &str,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    read: impl FnOnce(&str) -> Vec<(usize, usize)>,
) -> Vec<(usize, usize)> {
    let stretches = shouted_stretches(tokens, facts);
    if stretches.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (start, end) in read(&in_small_letters(text)) {
        let Some(&(first, last)) = stretches
            .iter()
            .find(|&&(first, last)| tokens[first].start <= start && end <= tokens[last].end)
        else {
            continue;
        };
        let at_start = tokens[first..=last].iter().position(|t| t.start == start);
        let at_end = tokens[first..=last].iter().position(|t| t.end == end);
        if let (Some(a), Some(b)) = (at_start, at_end) {
            if !all_words(&facts[first + a..=first + b]) {
                out.push((first + a, first + b));
            }
        }
    }
    out
}

/// Whether every word of a name found in small letters is also an everyday or domain
/// word ("HOPE YOU ALL", "FRANK AND HONEST", "ROBIN HOOD", "BOB'S YOUR UNCLE"): in
/// capitals nothing tells such a word from a name, and the small-letter reading takes
/// word-names before a person verb. A shouted name that is also a word is left to the
/// comment's own reading, as before this reading existed.
fn all_words(facts: &[WordFacts]) -> bool {
    facts
        .iter()
        .all(|f| f.english || f.word_name || f.common || f.not_name || f.soft)
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::NameLexicon;
    use super::super::tokens::tokenize;
    use super::*;

    fn stretches(text: &str) -> Vec<String> {
        let tokens = tokenize(text);
        let facts = NameLexicon::new().facts_of(&tokens);
        shouted_stretches(&tokens, &facts)
            .into_iter()
            .map(|(a, b)| text[tokens[a].start..tokens[b].end].to_string())
            .collect()
    }

    #[test]
    fn a_shouted_sentence_is_a_stretch() {
        assert_eq!(
            stretches("Kind staff. WHY DID ELENOIRE FROM PHARMACY TELL ME. Thanks"),
            vec!["WHY DID ELENOIRE FROM PHARMACY TELL ME"]
        );
        assert_eq!(
            stretches("Good. BEST MIDWIFE EVER - VIRNA!!!"),
            vec!["BEST MIDWIFE EVER - VIRNA"]
        );
        assert_eq!(
            stretches("THE CAFE CLOSES AT 3 WHICH IS SILLY But fine"),
            vec!["THE CAFE CLOSES AT 3 WHICH IS SILLY"]
        );
        assert_eq!(
            stretches("Thank you THANK YOU AOMAR for it"),
            vec!["THANK YOU AOMAR"]
        );
    }

    #[test]
    fn acronyms_and_headings_are_not() {
        assert!(stretches("Seen in A&E by the GP and the NHS was great").is_empty());
        assert!(stretches("The ICU DEPT was calm").is_empty());
        assert!(stretches("all in small letters here").is_empty());
        assert!(stretches("The AMU, the CDU and ICU staff").is_empty());
        assert!(stretches("Help from the MDT, SLT's, OT's, TI's. Good").is_empty());
    }

    #[test]
    fn small_letters_keep_the_offsets() {
        assert_eq!(in_small_letters("ORÇUN SAID"), "orçun said");
        // A letter whose small form is longer in bytes leaves the stretch as it is.
        assert_eq!(in_small_letters("ȺLAN SAID"), "ȺLAN SAID");
    }

    #[test]
    fn names_map_back_to_the_comment_tokens() {
        let text = "Lovely. DR KPUINEN IS THE ONLY GP WHO LISTENS";
        let tokens = tokenize(text);
        let facts = NameLexicon::new().facts_of(&tokens);
        let found = names_in_shouted_stretches(text, &tokens, &facts, |lowered| {
            assert_eq!(lowered, "lovely. dr kpuinen is the only gp who listens");
            vec![(11, 18), (0, 6)]
        });
        assert_eq!(found.len(), 1);
        let (a, b) = found[0];
        assert_eq!(&text[tokens[a].start..tokens[b].end], "KPUINEN");
        // A range outside a stretch ("Lovely", above) or not on token edges is dropped.
        let found = names_in_shouted_stretches(text, &tokens, &facts, |_| vec![(12, 18)]);
        assert!(found.is_empty());
    }

    #[test]
    fn names_that_are_also_words_are_left_to_the_comment_reading() {
        // The small-letter reading may take "hope" or "frank" before a verb; in capitals
        // nothing says they are names, so they are dropped. An unlisted name is kept.
        let text = "Thanks. HOPE YOU ALL HAVE A GOOD BREAK AND THANK ZANELWYN";
        let tokens = tokenize(text);
        let facts = NameLexicon::new().facts_of(&tokens);
        let hope = (8, 12);
        let name = (text.len() - "ZANELWYN".len(), text.len());
        let found = names_in_shouted_stretches(text, &tokens, &facts, |_| vec![hope, name]);
        let words: Vec<&str> = found
            .iter()
            .map(|&(a, b)| &text[tokens[a].start..tokens[b].end])
            .collect();
        assert_eq!(words, ["ZANELWYN"]);
        for phrase in ["FRANK AND HONEST", "ROBIN HOOD", "BOB'S YOUR UNCLE"] {
            let tokens = tokenize(phrase);
            let facts = NameLexicon::new().facts_of(&tokens);
            assert!(all_words(&facts[..1]), "{phrase}");
        }
    }
}
