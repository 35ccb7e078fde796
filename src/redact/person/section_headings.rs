//! A section's heading that opens a line of a song sheet or a meeting's notes: "Capo 2.",
//! "[D] Bridge (slowly):", "Chorus: thank you, Amal", "Retro: what went well". Some
//! of these words are surnames on name lists ("Capo", "Bridge", "Retro"), and opening a
//! sentence before a colon they sit where a name listed sits. A person is seldom called
//! by them; a heading is.
//!
//! Dropped: a found name of one word of [`SECTION_HEADINGS`] that opens its sentence
//! (or follows a chord in square brackets, "[D] Bridge": [`after_a_chord`]) with a
//! number, a colon or an opening bracket right after it. A heading word inside a sentence
//! ("Mr Bridge said", "thanks to Bridge and Amal"), before any other word ("Bridge was my
//! nurse") or before a comma ("Bridge, you were amazing"; so "Retro, what went well" is
//! left too) is left as found.

use super::tokens::Token;

/// Words that head a part of a song sheet or of a meeting's notes, in small letters.
const SECTION_HEADINGS: &[&str] = &[
    "capo",
    "bridge",
    "verse",
    "chorus",
    "intro",
    "outro",
    "refrain",
    "coda",
    "interlude",
    "retro",
    "retrospective",
];

/// Whether what follows a heading's word (`after`, the text right after it) is a
/// number, a colon or an opening bracket, spaces and tabs skipped. Not a comma: a person
/// is addressed so ("Bridge, you were amazing"), and a heading a comma follows is left
/// ("Retro, what went well").
fn heading_follows(after: &str) -> bool {
    after
        .trim_start_matches([' ', '\t'])
        .starts_with(|c: char| c.is_ascii_digit() || matches!(c, ':' | '('))
}

/// Whether `before` (the text before a word) ends in a chord in square brackets, spaces
/// and tabs skipped: "[D]", "[Bm]", "[F#m7]", "[Gsus4]", "[G/B]".
fn after_a_chord(before: &str) -> bool {
    let Some(open) = before.trim_end_matches([' ', '\t']).strip_suffix(']') else {
        return false;
    };
    open.rsplit_once('[')
        .is_some_and(|(_, chord)| is_chord(chord))
}

/// Whether `text` is a chord's name: a root from A to G, perhaps sharp or flat, a
/// quality ("m", "maj", "min", "dim", "aug", "sus", "add"), digits, and a bass note after
/// a slash.
fn is_chord(text: &str) -> bool {
    let (chord, bass) = text.split_once('/').unwrap_or((text, ""));
    let root = |note: &str| -> Option<usize> {
        let first = note.chars().next().filter(|c| ('A'..='G').contains(c))?;
        let accidental = note[first.len_utf8()..].starts_with(['#', 'b']);
        Some(1 + usize::from(accidental))
    };
    let Some(after_root) = root(chord) else {
        return false;
    };
    let rest = &chord[after_root..];
    let rest = ["maj", "min", "dim", "aug", "sus", "add", "m"]
        .iter()
        .find_map(|quality| rest.strip_prefix(quality))
        .unwrap_or(rest);
    rest.bytes().all(|b| b.is_ascii_digit()) && (bass.is_empty() || root(bass) == Some(bass.len()))
}

/// Whether the found name of one word at token `at` is the heading of a song sheet or
/// of meeting notes (see the module doc).
pub(crate) fn is_section_heading(text: &str, tokens: &[Token<'_>], at: usize) -> bool {
    let token = &tokens[at];
    let opens_a_line = token.sentence_start || after_a_chord(&text[..token.start]);
    opens_a_line
        && SECTION_HEADINGS.contains(&token.lower.as_str())
        && heading_follows(&text[token.end..])
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// Whether `word`, found alone in `text`, is dropped as a heading.
    fn dropped(text: &str, word: &str) -> bool {
        let tokens = tokenize(text);
        let at = tokens.iter().position(|t| t.text == word).expect("word");
        is_section_heading(text, &tokens, at)
    }

    #[test]
    fn headings_opening_a_line_are_dropped() {
        for (text, word) in [
            ("Capo 2. [C] When the consultant came round", "Capo"),
            (
                "Lovely staff. Retro: what went well, the night shift",
                "Retro",
            ),
            (
                "[D] Bridge (slowly): [A] the night she held my hand",
                "Bridge",
            ),
            ("Chorus: thank you all", "Chorus"),
            ("[F#m7] Outro (slowly)", "Outro"),
            ("[G/B] Bridge: the night", "Bridge"),
        ] {
            assert!(dropped(text, word), "{text}");
        }
    }

    #[test]
    fn the_same_words_as_names_are_kept() {
        for (text, word) in [
            ("Thanks to Mr Bridge, who came at 2", "Bridge"),
            ("Bridge was my nurse and she was kind", "Bridge"),
            ("Lovely staff, Capo and Amal, thank you", "Capo"),
            ("Amal Retro, nurse", "Retro"),
            ("Bridge, you were amazing", "Bridge"),
            ("[D] Capo, the porter, joined in", "Capo"),
            // Square brackets round no chord.
            ("thanks to [Ann] Bridge, who came", "Bridge"),
        ] {
            assert!(!dropped(text, word), "{text}");
        }
    }
}
