//! Splits a comment into word tokens with byte offsets and the few facts the person-name
//! rules need: capitalisation shape, what separates a token from the one before it, and
//! whether it sits inside an existing redaction marker such as `[name redacted]`.
//!
//! One pass over the characters; no regex.

use compact_str::CompactString;

/// The letter-case shape of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// `Patel`, `McDonald`, `O'Brien`: an upper-case letter, then not all upper case.
    Capitalised,
    /// `patel`: no upper-case letter.
    Lower,
    /// `NHS`, `XXXX`, `CDU`: two or more letters, all upper case.
    Upper,
    /// `J.`: one letter followed by a full stop (the stop is inside the token).
    Initial,
    /// Holds a digit (`28A`, `4th`): never part of a name.
    Other,
}

/// What lies between a token and the token before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gap {
    /// Only spaces or tabs (or nothing, for the first token).
    Space,
    /// A comma (with optional spaces).
    Comma,
    /// A colon (`Re: Anna Nowak`).
    Colon,
    /// Anything else: sentence punctuation, line breaks, brackets, slashes, digits...
    Break,
}

impl Gap {
    /// True for anything but spaces or a comma: a name or cue never runs across it.
    pub fn is_break(self) -> bool {
        matches!(self, Gap::Break | Gap::Colon)
    }
}

/// One word of a comment.
#[derive(Debug, Clone)]
pub(crate) struct Token<'a> {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte (a possessive `'s` is left outside).
    pub end: usize,
    /// The word as written.
    pub text: &'a str,
    /// The word in lower case, curly apostrophes made straight, for lexicon look-ups.
    pub lower: Lower,
    /// Its letter-case shape.
    pub shape: Shape,
    /// What separates it from the previous token.
    pub gap: Gap,
    /// True when it opens a sentence (first token, or after `.`, `!`, `?`, `:` or a line break).
    pub sentence_start: bool,
    /// A whole `[...]` marker or placeholder (one token), or a word after an unclosed `[`.
    pub in_brackets: bool,
}

impl Token<'_> {
    /// Written as a name is: capitalised in a comment that uses capitals; all small or
    /// all capital letters in a comment without case (texting, shouting).
    pub(crate) fn written_as_name(&self, caseless: bool) -> bool {
        if caseless {
            matches!(self.shape, Shape::Lower | Shape::Upper)
        } else {
            self.shape == Shape::Capitalised
        }
    }

    /// Whether the word is a capital letter then small letters only ("Hydes", not
    /// "McDonald", "NHSuk" or "O'Brien"): how a name no list holds is written.
    pub(crate) fn capital_then_small_letters(&self) -> bool {
        let mut chars = self.text.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
    }
}

/// A lower-cased word, kept inline (no allocation) up to 24 bytes.
///
/// A `CompactString` hands out its `&str` without checking the bytes again: the rules
/// read a token's lower-case form many times (every cue phrase compares it), and a
/// byte array re-checked as UTF-8 on every read cost 3-18% of a run's CPU.
#[derive(Debug, Clone)]
pub(crate) struct Lower(CompactString);

impl Lower {
    /// Lower-cases `word`, straightening curly apostrophes.
    fn of(word: &str) -> Self {
        if word.is_ascii() {
            let mut lower = CompactString::new(word);
            lower.as_mut_str().make_ascii_lowercase();
            Lower(lower)
        } else {
            Lower(CompactString::from(
                word.to_lowercase().replace('\u{2019}', "'"),
            ))
        }
    }

    /// The lower-cased word.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

/// Abbreviations whose full stop does not end a sentence (`Dr. Patel`).
const DOTTED_TITLES: [&str; 9] = ["dr", "mr", "mrs", "ms", "prof", "st", "mx", "rev", "sr"];

/// Letters and digits, and the combining marks that may follow them in decomposed
/// text (`Zoe` + U+0308): a mark belongs to its letter's word, so a name written that
/// way is one token and its redaction leaves no stray accent behind.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        // Nearly every character: no ASCII character is a combining mark, and an ASCII
        // character is alphanumeric exactly when it is an ASCII letter or digit.
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || is_combining_mark(c)
}

/// The combining diacritical mark blocks (U+0300–036F and its supplements).
fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{300}'..='\u{36f}'
        | '\u{1ab0}'..='\u{1aff}'
        | '\u{1dc0}'..='\u{1dff}'
        | '\u{20d0}'..='\u{20ff}'
        | '\u{fe20}'..='\u{fe2f}')
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '-')
}

/// The characters of a text with their byte offsets, as `text.char_indices().peekable()`
/// gives them, read by byte where the text is ASCII (nearly every character): the
/// tokenizer asks for each character twice (look, then take), and a peekable
/// character iterator decoded and stored each one.
struct Chars<'a> {
    text: &'a str,
    /// Byte offset of the next character (always on a character boundary).
    at: usize,
}

impl Chars<'_> {
    /// The next character and its offset, without taking it.
    #[inline]
    fn peek(&self) -> Option<(usize, char)> {
        let &b = self.text.as_bytes().get(self.at)?;
        if b.is_ascii() {
            Some((self.at, char::from(b)))
        } else {
            self.text[self.at..].chars().next().map(|c| (self.at, c))
        }
    }

    /// Takes the next character (nothing at the end).
    #[inline]
    fn advance(&mut self) {
        if let Some((_, c)) = self.peek() {
            self.at += c.len_utf8();
        }
    }
}

/// Splits `text` into tokens, in order.
pub(crate) fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens: Vec<Token<'_>> = Vec::with_capacity(text.len() / 5 + 1);
    let bytes_len = text.len();
    let mut chars = Chars { text, at: 0 };
    let mut gap = Gap::Space;
    let mut sentence_start = true;
    let mut bracket_depth: u32 = 0;
    // Closed `[` of ordinary words (not markers) still open.
    let mut open_words: u32 = 0;

    while let Some((i, c)) = chars.peek() {
        if !is_word_char(c) {
            match c {
                ' ' | '\t' => {}
                ',' => {
                    if gap == Gap::Space {
                        gap = Gap::Comma;
                    }
                }
                '[' => {
                    // A whole `[...]` marker on one line is one token: `[PERSON]`,
                    // `[PERSON_2]` and `[name redacted]` look alike to the rules and the
                    // tagger, so redacting redacted text changes nothing. Other words in
                    // closed brackets ("my mum [Ann Lee] who…") are read as words, the
                    // brackets as breaks, as round brackets are.
                    let closed = closing_bracket(&text[i..]);
                    if let Some(close) = closed.filter(|&c| is_marker(&text[i + 1..i + c])) {
                        let end = i + close + 1;
                        tokens.push(Token {
                            start: i,
                            end,
                            text: &text[i..end],
                            lower: Lower::of(&text[i..end]),
                            shape: Shape::Other,
                            gap: Gap::Break,
                            sentence_start,
                            in_brackets: true,
                        });
                        while chars.peek().is_some_and(|(j, _)| j < end) {
                            chars.advance();
                        }
                        gap = Gap::Break;
                        sentence_start = false;
                        continue;
                    }
                    if closed.is_some() {
                        open_words += 1;
                    } else {
                        bracket_depth += 1;
                    }
                    gap = Gap::Break;
                }
                ']' => {
                    if open_words > 0 {
                        open_words -= 1;
                    } else {
                        bracket_depth = bracket_depth.saturating_sub(1);
                    }
                    gap = Gap::Break;
                }
                '.' => {
                    let after_title = tokens
                        .last()
                        .is_some_and(|t| t.end == i && DOTTED_TITLES.contains(&t.lower.as_str()));
                    if !after_title {
                        gap = Gap::Break;
                        sentence_start = true;
                    }
                }
                ':' => {
                    gap = if gap == Gap::Space {
                        Gap::Colon
                    } else {
                        Gap::Break
                    };
                    sentence_start = true;
                }
                '!' | '?' | ';' | '\n' | '\r' => {
                    gap = Gap::Break;
                    sentence_start = true;
                }
                _ => gap = Gap::Break,
            }
            chars.advance();
            continue;
        }
        // A word: alphanumerics joined by single apostrophes or hyphens.
        let start = i;
        let mut end = i;
        while let Some((j, d)) = chars.peek() {
            if is_word_char(d) {
                end = j + d.len_utf8();
                chars.advance();
            } else if is_joiner(d) && end == j {
                // Only join when a word character follows.
                let next_is_word = text[j + d.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(is_word_char);
                if !next_is_word {
                    break;
                }
                chars.advance();
            } else {
                break;
            }
        }
        let mut word = &text[start..end];
        // Leave a possessive 's outside the token.
        for suffix in ["'s", "\u{2019}s", "'S"] {
            if word.len() > suffix.len() + 1 && word.ends_with(suffix) {
                word = &word[..word.len() - suffix.len()];
                break;
            }
        }
        let mut token_end = start + word.len();
        let mut shape = if is_starred_out(text, start, end) {
            Shape::Other
        } else {
            shape_of(word)
        };
        // `J.` is an initial: one letter directly followed by a full stop; in lower case
        // (`k. kelly`) only when a word follows after a space.
        if shape != Shape::Other {
            let mut letters = word.chars();
            let single = letters.next().is_some() && letters.next().is_none();
            let dotted = end < bytes_len && text.as_bytes()[end] == b'.';
            // Read only for a dotted single letter, not for every word.
            let word_follows = || {
                text[end.min(bytes_len)..]
                    .strip_prefix(". ")
                    .and_then(|rest| rest.chars().next())
                    .is_some_and(char::is_alphabetic)
            };
            // The letter after a slash closes a short form ("N/a.", "n/a. Wash at 40"):
            // its stop ends the sentence.
            let after_slash = start > 0 && text.as_bytes()[start - 1] == b'/';
            if single && dotted && !after_slash && (shape != Shape::Lower || word_follows()) {
                shape = Shape::Initial;
                token_end = end + 1;
                chars.advance();
            }
        }
        let lower = Lower::of(word);
        tokens.push(Token {
            start,
            end: token_end,
            text: &text[start..token_end],
            lower,
            shape,
            gap,
            sentence_start,
            in_brackets: bracket_depth > 0,
        });
        gap = Gap::Space;
        sentence_start = false;
    }
    tokens
}

/// Whether the word at `start..end` is part of a word with letters starred out
/// ("pi**ed", "f***ing", "b***", "s**t"): stars joined to it on one side with a letter
/// on their other side, or two or more stars after a word of one or two letters that no
/// star opens (not the bold of "**Ed**"). Such a
/// fragment ("ed", "ing") is no name and is read as a word of its own shape
/// ([`Shape::Other`]). A name with a footnote star ("Sarah* (the nurse)") keeps its shape:
/// one star with nothing joined after it.
fn is_starred_out(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    let stars_before = bytes[..start]
        .iter()
        .rev()
        .take_while(|&&b| b == b'*')
        .count();
    if stars_before > 0 {
        let before_stars = start - stars_before;
        if text[..before_stars]
            .chars()
            .next_back()
            .is_some_and(is_word_char)
        {
            return true;
        }
    }
    let stars_after = bytes[end..].iter().take_while(|&&b| b == b'*').count();
    if stars_after == 0 {
        return false;
    }
    let word_after_stars = text[end + stars_after..]
        .chars()
        .next()
        .is_some_and(is_word_char);
    let short_word_opening_stars = stars_before == 0 && text[start..end].chars().count() <= 2;
    word_after_stars || (stars_after >= 2 && short_word_opening_stars)
}

/// Words that make a bracketed note an editor's marker rather than the writer's words:
/// `[name redacted]`, `[Date Removed]`, `[unreadable]`, `[sic]`.
const MARKER_WORDS: &[&str] = &[
    "redact",
    "removed",
    "withheld",
    "anonymi",
    "unreadable",
    "illegible",
    "inaudible",
    "sic",
    "name",
    "deleted",
    "omitted",
];

/// Whether the inside of a closed `[...]` is a marker, kept as one token: placeholder
/// shaped (no letter at all, `...`; only `X`s; one word of capitals with a digit or an
/// underscore, `PERSON_2`; a placeholder type, `PERSON`), or editor's words only, each
/// word a marker word or starting with one (`name redacted`, `unreadable`, `sic`). Whole
/// words, so a name holding a marker word is read as a name (`[Jessica Brown]`,
/// `[name is Naomi Price]`, `[DR SMITH]`).
fn is_marker(inside: &str) -> bool {
    let trimmed = inside.trim();
    if !trimmed.chars().any(char::is_alphabetic)
        || trimmed.chars().all(|c| c == 'X' || c == 'x')
        || crate::redact::kind::PiiKind::from_name(trimmed).is_some()
    {
        return true;
    }
    let placeholder_shaped = trimmed
        .chars()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        && trimmed.chars().any(|c| c.is_ascii_digit() || c == '_');
    if placeholder_shaped {
        return true;
    }
    let lower = trimmed.to_lowercase();
    let mut words = lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .peekable();
    words.peek().is_some()
        && words.all(|w| {
            MARKER_WORDS
                .iter()
                .any(|m| w == *m || (m.len() > 4 && w.starts_with(m)))
        })
}

/// The byte offset of the `]` closing the `[` that opens `rest`, when it closes on the
/// same line with no other `[` between. However long the note: a translator's or
/// carer's note in square brackets is the writer's words and may hold a name ("[Son's
/// note: the nurse, Beyene, stayed late]"), so only an unclosed `[` marks what follows.
/// A wiki's link opens with two (`[[Dennis]]`): the first closes where the second does,
/// so the name inside is read as any bracketed word is.
fn closing_bracket(rest: &str) -> Option<usize> {
    let inner_opening = usize::from(rest.as_bytes().get(1) == Some(&b'['));
    rest.bytes()
        .enumerate()
        .skip(1 + inner_opening)
        .take_while(|&(_, b)| b != b'[' && b != b'\n')
        .find(|&(_, b)| b == b']')
        .map(|(k, _)| k)
}

fn shape_of(word: &str) -> Shape {
    let shape = if word.is_ascii() {
        shape_of_ascii(word.as_bytes())
    } else {
        shape_of_chars(word)
    };
    if shape == Shape::Other && particle_then_capitalised(word) {
        return Shape::Capitalised;
    }
    shape
}

/// Particles written in small letters and joined by a hyphen or an apostrophe to the
/// capitalised rest of a surname ("al-Rashid", "el-Amin", "d'Souza", "bin-Laden").
const JOINED_PARTICLES: &[&str] = &[
    "al", "el", "ul", "ad", "ar", "as", "at", "an", "ash", "az", "bin", "ben", "abu", "abd", "ibn",
    "d", "l", "de", "di", "da", "du", "la", "le", "van", "von",
];

/// Whether `word` is a small-letter particle, a hyphen or apostrophe, and a capitalised
/// word of small letters: a surname, shaped as one ("al-Rashid" reads as "Rashid" does).
fn particle_then_capitalised(word: &str) -> bool {
    let Some(cut) = word.find(['-', '\'', '\u{2019}']) else {
        return false;
    };
    let (particle, rest) = (&word[..cut], &word[cut..]);
    let rest = rest.trim_start_matches(['-', '\'', '\u{2019}']);
    let mut letters = rest.chars();
    JOINED_PARTICLES.contains(&particle)
        && letters.next().is_some_and(char::is_uppercase)
        && letters.clone().count() >= 2
        && letters.all(|c| c.is_lowercase() || c == '-')
}

/// [`shape_of`] of an ASCII word, by bytes: for an ASCII character, numeric, upper case
/// and lower case are digit, `A`-`Z` and `a`-`z`, and its byte index is its character
/// index.
fn shape_of_ascii(word: &[u8]) -> Shape {
    let (mut upper, mut lower) = (0usize, 0usize);
    for &b in word {
        if b.is_ascii_digit() {
            return Shape::Other;
        }
        upper += usize::from(b.is_ascii_uppercase());
        lower += usize::from(b.is_ascii_lowercase());
    }
    let first_upper = word.first().is_some_and(u8::is_ascii_uppercase);
    shape_from_counts(upper, lower, first_upper)
}

/// [`shape_of`] of any word, by characters.
fn shape_of_chars(word: &str) -> Shape {
    let mut upper = 0usize;
    let mut lower = 0usize;
    let mut first_upper = false;
    for (n, c) in word.chars().enumerate() {
        if c.is_numeric() {
            return Shape::Other;
        }
        if c.is_uppercase() {
            upper += 1;
            if n == 0 {
                first_upper = true;
            }
        } else if c.is_lowercase() {
            lower += 1;
        }
    }
    shape_from_counts(upper, lower, first_upper)
}

/// The shape of a word without digits from its counts of upper- and lower-case letters
/// and whether its first character is upper case.
fn shape_from_counts(upper: usize, lower: usize, first_upper: bool) -> Shape {
    if upper == 0 {
        Shape::Lower
    } else if lower == 0 {
        if upper == 1 && first_upper {
            Shape::Capitalised
        } else {
            Shape::Upper
        }
    } else if first_upper {
        Shape::Capitalised
    } else {
        // `eBay`, `iPhone`: not a name shape.
        Shape::Other
    }
}

/// Whether a comment gives capitalisation no weight: it has no capitals, or no small
/// letters (texting style, or a comment shouted in capitals).
pub(crate) fn is_caseless(text: &str) -> bool {
    !(text.chars().any(char::is_uppercase) && text.chars().any(char::is_lowercase))
}

/// The lower-case form of token `k`, or `""` past either end, so a rule can look a few
/// words around a candidate without a bounds check at each step.
pub(crate) fn lower_at<'s>(tokens: &'s [Token<'_>], k: usize) -> &'s str {
    tokens.get(k).map_or("", |t| t.lower.as_str())
}

/// Whether token `k` ends its clause (no token joined by spaces after it) or goes on
/// with one of `words` ("zone Yankee at the far end", "Exercise Cygnus and said").
pub(crate) fn closes_or_goes_on_with(tokens: &[Token<'_>], k: usize, words: &[&str]) -> bool {
    tokens
        .get(k + 1)
        .is_none_or(|next| next.gap != Gap::Space || words.contains(&next.lower.as_str()))
}

/// Token `k` exists and follows the one before it with only spaces between.
pub(crate) fn joined_at(tokens: &[Token<'_>], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| t.gap == Gap::Space)
}

/// Whether tokens `a` < `b` stand together in a list: a comma, "&" or "+" between them
/// (after a possessive "'s" too: "Sarah's, Jo's"), or one "and", "or" or "n" token
/// ("Zanele and Priya", "precious n blessing").
pub(crate) fn listed_together(text: &str, tokens: &[Token<'_>], a: usize, b: usize) -> bool {
    let (Some(left), Some(right)) = (tokens.get(a), tokens.get(b)) else {
        return false;
    };
    if b == a + 2 {
        let word = &tokens[a + 1];
        return word.gap == Gap::Space
            && right.gap == Gap::Space
            && matches!(word.lower.as_str(), "and" | "or" | "n");
    }
    let between = text.get(left.end..right.start).unwrap_or("").trim();
    let between = between.strip_prefix("'s").unwrap_or(between).trim();
    b == a + 1 && matches!(between, "," | "&" | "+")
}

/// The tokens of `count` that `takes` accepts, each as a one-token inclusive range, in
/// order: the finds of a rule that takes single words.
pub(crate) fn single_token_finds(
    count: usize,
    takes: impl Fn(usize) -> bool,
) -> Vec<(usize, usize)> {
    (0..count).filter(|&i| takes(i)).map(|i| (i, i)).collect()
}

/// The text of each span of tokens (inclusive token ranges) as written: for the tests of
/// the rules that widen, cut or add spans.
#[cfg(test)]
pub(crate) fn span_texts<'t>(
    text: &'t str,
    tokens: &[Token<'_>],
    spans: Vec<(usize, usize)>,
) -> Vec<&'t str> {
    spans
        .into_iter()
        .map(|(first, last)| &text[tokens[first].start..tokens[last].end])
        .collect()
}

/// The tokens of `text` and, as a found name, the words from the first written `from`
/// to the first written `to` at or after it: for the tests of the filters that weigh
/// one found name.
#[cfg(test)]
pub(crate) fn tokens_and_span<'t>(
    text: &'t str,
    from: &str,
    to: &str,
) -> (Vec<Token<'t>>, usize, usize) {
    let tokens = tokenize(text);
    let first = tokens.iter().position(|t| t.text == from).expect("from");
    let last = first
        + tokens[first..]
            .iter()
            .position(|t| t.text == to)
            .expect("to");
    (tokens, first, last)
}

/// The words a span filter keeps of one found name of `text`, running from the first
/// word written `from` to the last written `to`: for the tests of the filters that trim
/// or drop found names.
#[cfg(test)]
pub(crate) fn words_kept_by(
    text: &str,
    from: &str,
    to: &str,
    filter: impl FnOnce(Vec<(usize, usize)>, &[Token<'_>]) -> Vec<(usize, usize)>,
) -> Vec<String> {
    let tokens = tokenize(text);
    let first = tokens.iter().position(|t| t.text == from).expect("from");
    let last = tokens.iter().rposition(|t| t.text == to).expect("to");
    filter(vec![(first, last)], &tokens)
        .into_iter()
        .flat_map(|(a, b)| tokens[a..=b].iter().map(|t| t.text.to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shape of the token of `text` whose text is `word`.
    fn shape_in(text: &str, word: &str) -> Shape {
        tokenize(text)
            .iter()
            .find(|t| t.text == word)
            .map(|t| t.shape)
            .expect("word in text")
    }

    #[test]
    fn starred_out_words_are_no_names() {
        // Both sides of stars joined inside a word, and a short word before two stars.
        assert_eq!(shape_in("pi**ed off doesnt cover it", "ed"), Shape::Other);
        assert_eq!(shape_in("pi**ed off doesnt cover it", "pi"), Shape::Other);
        assert_eq!(shape_in("absolutely f***ing useless", "ing"), Shape::Other);
        assert_eq!(shape_in("absolutely f***ing useless", "f"), Shape::Other);
        assert_eq!(shape_in("What a load of B***. Awful", "B"), Shape::Other);
        assert_eq!(shape_in("Ed was **brilliant**", "brilliant"), Shape::Lower);
        // A footnote star after a name, and stars set apart by spaces, change nothing.
        assert_eq!(
            shape_in("Thanks to Sarah* (*on nights)", "Sarah"),
            Shape::Capitalised
        );
        assert_eq!(
            shape_in("rated it *** Ed was great", "Ed"),
            Shape::Capitalised
        );
        assert_eq!(shape_in("**Ed** was great", "Ed"), Shape::Capitalised);
    }

    #[test]
    fn a_particle_joined_to_a_capitalised_surname_is_shaped_as_a_name() {
        assert_eq!(
            shape_in("Dr Ahmed al-Rashid", "al-Rashid"),
            Shape::Capitalised
        );
        assert_eq!(shape_in("Mr d'Souza", "d'Souza"), Shape::Capitalised);
        assert_eq!(shape_in("Dr el-Amin saw me", "el-Amin"), Shape::Capitalised);
        // Not a particle, no capital after it, or a capital inside: still no name shape.
        assert_eq!(shape_in("my new iPhone", "iPhone"), Shape::Other);
        assert_eq!(shape_in("an e-Mail came", "e-Mail"), Shape::Other);
        assert_eq!(shape_in("the al-dente pasta", "al-dente"), Shape::Lower);
        assert_eq!(shape_in("al-NHS", "al-NHS"), Shape::Other);
    }

    #[test]
    fn ascii_word_characters_are_the_unicode_ones() {
        for b in 0u8..=0x7f {
            let c = char::from(b);
            assert_eq!(
                is_word_char(c),
                c.is_alphanumeric() || is_combining_mark(c),
                "byte {b}"
            );
        }
        assert!(is_word_char('é') && is_word_char('\u{308}') && is_word_char('٣'));
        assert!(!is_word_char('\u{2019}') && !is_word_char('—'));
    }

    #[test]
    fn ascii_shapes_are_the_character_shapes() {
        // Every word of up to four symbols from both cases, a digit and joiners.
        let symbols = [b'a', b'b', b'A', b'B', b'7', b'\'', b'-'];
        let mut words: Vec<Vec<u8>> = vec![Vec::new()];
        let mut last = words.clone();
        for _ in 0..4 {
            last = last
                .iter()
                .flat_map(|w| {
                    symbols.iter().map(move |&s| {
                        let mut longer = w.clone();
                        longer.push(s);
                        longer
                    })
                })
                .collect();
            words.extend(last.iter().cloned());
        }
        for word in &words {
            let text = std::str::from_utf8(word).unwrap();
            assert_eq!(shape_of_ascii(word), shape_of_chars(text), "{text:?}");
        }
        assert_eq!(shape_of("Patel"), Shape::Capitalised);
        assert_eq!(shape_of("NHS"), Shape::Upper);
        assert_eq!(shape_of("eBay"), Shape::Other);
        assert_eq!(shape_of("28A"), Shape::Other);
        assert_eq!(shape_of("Zoë"), Shape::Capitalised);
        assert_eq!(shape_of("ÉMILE"), Shape::Upper);
    }

    #[test]
    fn chars_are_the_char_indices() {
        for text in [
            "",
            "a",
            "Zoe\u{308} O\u{2019}Brien, 4th.",
            "żółć [name redacted] ok",
            "日本語 and 🙂!",
            "\u{1f600}",
        ] {
            let mut chars = Chars { text, at: 0 };
            let mut seen = Vec::new();
            while let Some(next) = chars.peek() {
                assert_eq!(chars.peek(), Some(next), "a look takes nothing");
                seen.push(next);
                chars.advance();
            }
            chars.advance();
            assert_eq!(chars.peek(), None);
            assert_eq!(seen, text.char_indices().collect::<Vec<_>>(), "{text:?}");
        }
    }

    #[test]
    fn combining_marks_stay_in_their_word() {
        let tokens = tokenize("Nurse Zoe\u{308} and e\u{301}\u{301} \u{301}x");
        let texts: Vec<&str> = tokens.iter().map(|t| t.text).collect();
        assert_eq!(
            texts,
            ["Nurse", "Zoe\u{308}", "and", "e\u{301}\u{301}", "\u{301}x"]
        );
        assert!(!is_combining_mark('e') && !is_combining_mark('\u{2019}'));
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn splits_words_and_keeps_byte_offsets() {
        let text = "Dr Ngozi Okafor-Eze, ward 7.";
        let tokens = tokenize(text);
        assert_eq!(words(text), vec!["Dr", "Ngozi", "Okafor-Eze", "ward", "7"]);
        assert_eq!(&text[tokens[2].start..tokens[2].end], "Okafor-Eze");
        assert_eq!(tokens[3].gap, Gap::Comma);
        assert_eq!(tokens[4].shape, Shape::Other);
    }

    #[test]
    fn handles_accents_apostrophes_and_possessives() {
        assert_eq!(
            words("Răducu O'Brien’s and Kowalska's"),
            vec!["Răducu", "O'Brien", "and", "Kowalska"]
        );
        let t = tokenize("Siobhán");
        assert_eq!(t[0].shape, Shape::Capitalised);
        assert_eq!(t[0].lower.as_str(), "siobhán");
    }

    #[test]
    fn recognises_initials_and_dotted_titles() {
        let tokens = tokenize("Dr. Duncan J. Howard came");
        assert_eq!(tokens[1].text, "Duncan");
        assert!(!tokens[1].sentence_start, "Dr. must not end a sentence");
        assert_eq!(tokens[2].shape, Shape::Initial);
        assert_eq!(tokens[2].text, "J.");
        assert_eq!(tokens[3].gap, Gap::Space);
    }

    #[test]
    fn a_letter_after_a_slash_is_no_initial() {
        let tokens = tokenize("N/a. Wash at 40");
        assert_eq!(tokens[1].text, "a");
        assert_ne!(tokens[1].shape, Shape::Initial);
        assert!(
            tokens[2].sentence_start,
            "the stop of n/a ends the sentence"
        );
        assert_eq!(tokens[2].gap, Gap::Break);
        assert_eq!(tokenize("ask J. Howard")[1].shape, Shape::Initial);
    }

    #[test]
    fn marks_sentence_starts_and_breaks() {
        let tokens = tokenize("Good care. Nurse was kind! yes");
        assert!(tokens[0].sentence_start);
        assert!(!tokens[1].sentence_start);
        assert!(tokens[2].sentence_start);
        assert_eq!(tokens[2].gap, Gap::Break);
        assert!(tokens[5].sentence_start);
    }

    #[test]
    fn a_bracketed_marker_is_one_token_and_upper_case_is_seen() {
        let tokens = tokenize("Thanks to [name redacted] and XXXX");
        assert_eq!(tokens[2].text, "[name redacted]");
        assert!(tokens[2].in_brackets && tokens[2].shape == Shape::Other);
        assert!(!tokens[3].in_brackets && tokens[3].gap == Gap::Break);
        assert_eq!(tokens[4].shape, Shape::Upper);
        // Typed and numbered placeholders tokenise alike.
        let typed = tokenize("[PHONE_NUMBER] Grace");
        let numbered = tokenize("[PHONE_NUMBER_1] Grace");
        assert_eq!(typed.len(), 2);
        assert_eq!(numbered.len(), 2);
        assert_eq!(typed[1].gap, numbered[1].gap);
        // An unclosed bracket still marks the words after it.
        let open = tokenize("see [note Ann");
        assert!(open[1].in_brackets && open[2].in_brackets);
        // Editors' notes stay one token.
        assert_eq!(
            words("it was [unreadable] and [sic] ok"),
            ["it", "was", "[unreadable]", "and", "[sic]", "ok"]
        );
        assert_eq!(
            words("[REDACTED] and [XXX] ok"),
            ["[REDACTED]", "and", "[XXX]", "ok"]
        );
        assert_eq!(words("[PERSON] ok"), ["[PERSON]", "ok"]);
    }

    #[test]
    fn a_name_holding_a_marker_word_is_read_as_words() {
        // "Jessica" holds "sic", the note holds "name", the capitals are a name (review).
        assert_eq!(
            words("the doctor [Jessica Brown] was kind"),
            ["the", "doctor", "Jessica", "Brown", "was", "kind"]
        );
        assert_eq!(
            words("carer [name is Naomi Price] came"),
            ["carer", "name", "is", "Naomi", "Price", "came"]
        );
        assert_eq!(
            words("seen by [DR SMITH] who"),
            ["seen", "by", "DR", "SMITH", "who"]
        );
    }

    #[test]
    fn words_in_long_closed_brackets_are_words() {
        let note = "[Son's note: here it means the nurse on nights, Beyene, not a relative] ok";
        let tokens = tokenize(note);
        assert!(tokens.iter().all(|t| !t.in_brackets));
        assert_eq!(tokens.iter().filter(|t| t.text == "Beyene").count(), 1);
        // Another `[` before the `]`, or a line break, leaves the first one unclosed.
        assert!(tokenize("see [note Ann [x] ok")[2].in_brackets);
        assert!(tokenize("see [note Ann\nLee] ok")[2].in_brackets);
    }

    #[test]
    fn words_in_closed_brackets_are_words() {
        let tokens = tokenize("my mum [Ann Lee] who has dementia");
        assert_eq!(
            words("my mum [Ann Lee] who"),
            ["my", "mum", "Ann", "Lee", "who"]
        );
        assert!(!tokens[2].in_brackets && tokens[2].gap == Gap::Break);
        assert_eq!(tokens[3].gap, Gap::Space);
        assert_eq!(tokens[4].gap, Gap::Break);
        assert!(!tokens[4].in_brackets);
        // A placeholder inside ordinary brackets is still one token.
        assert_eq!(
            words("my mum [[PERSON]] who"),
            ["my", "mum", "[PERSON]", "who"]
        );
    }

    #[test]
    fn trailing_joiners_are_not_part_of_words() {
        assert_eq!(words("Smith- and 'Jones'"), vec!["Smith", "and", "Jones"]);
    }

    #[test]
    fn colons_and_lower_case_initials() {
        let tokens = tokenize("Re: sally r. atkins. ok a.");
        assert_eq!(tokens[1].gap, Gap::Colon);
        assert!(tokens[1].gap.is_break());
        assert_eq!(tokens[1].shape, Shape::Lower);
        assert_eq!(tokens[2].shape, Shape::Initial);
        assert_eq!(tokens[2].text, "r.");
        // A lone small letter at the end of a sentence is no initial.
        assert_eq!(tokens[5].text, "a");
        assert_eq!(tokens[5].shape, Shape::Lower);
    }
}
