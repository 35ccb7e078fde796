//! The tagger's features for one token: hashed indices into the weight table.
//!
//! Every feature is a template number and a few bytes, hashed (FxHash-style, no
//! allocation) into one of [`BUCKETS`] rows. Features describe the word's shape and
//! capitalisation, its place in the sentence, what the lexicons say about it (given name,
//! surname and their frequency, everyday English word, proper noun, not-a-name word), its
//! prefixes and suffixes, the words, shapes and lexicon classes two either side, the
//! existing cues (`Dr`, `my wife`, `the receptionist`) and whether the rules already call
//! it a name. A word's identity is a feature only when it is a dictionary word: names get
//! no identity feature, so the tagger learns what *surrounds* names rather than a list.

use super::super::cues::{cue_after, cue_before, CueStrength, PostCue};
use super::super::lexicon::WordFacts;
use super::super::tokens::{Gap, Shape, Token};

/// log2 of the number of weight rows.
pub(crate) const BUCKET_BITS: u32 = 18;
/// Rows of the weight table (each holds one weight per tag).
pub(crate) const BUCKETS: usize = 1 << BUCKET_BITS;

/// One comment as the tagger sees it.
pub(crate) struct Sentence<'t, 'a> {
    /// The comment.
    pub text: &'a str,
    /// Its tokens.
    pub tokens: &'t [Token<'a>],
    /// Lexicon facts, one per token.
    pub facts: &'t [WordFacts],
    /// Whether the rules put each token inside a name.
    pub by_rule: &'t [bool],
    /// The comment has no capitals (or no small letters).
    pub caseless: bool,
}

/// A streaming hash of one feature, and its mark ([`LEXICON_MARK`] or 0).
struct FeatureHash {
    hash: u64,
    mark: u32,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FeatureHash {
    fn new(template: u8) -> Self {
        let mut h = FeatureHash { hash: 0, mark: 0 };
        h.byte(template);
        h
    }
    /// A feature of the word's own lexicon entries (marked [`LEXICON_MARK`]).
    fn lexicon(template: u8) -> Self {
        let mut h = Self::new(template);
        h.mark = LEXICON_MARK;
        h
    }
    fn byte(&mut self, b: u8) -> &mut Self {
        self.hash = (self.hash.rotate_left(5) ^ u64::from(b)).wrapping_mul(SEED);
        self
    }
    fn bytes(&mut self, bytes: &[u8]) -> &mut Self {
        for &b in bytes {
            self.byte(b);
        }
        self
    }
    fn bucket(&self) -> u32 {
        // The top bits mix best.
        (self.hash.wrapping_mul(SEED) >> (64 - BUCKET_BITS)) as u32
    }
}

/// A coarse class of a neighbouring word, for context features.
fn class_of(token: &Token<'_>, facts: &WordFacts) -> u8 {
    let lexical = if facts.not_name {
        1
    } else if facts.common {
        2
    } else if facts.first || facts.word_name {
        3
    } else if facts.surname {
        4
    } else if facts.english {
        5
    } else if facts.proper {
        6
    } else {
        7
    };
    lexical * 8 + shape_code(token.shape)
}

fn shape_code(shape: Shape) -> u8 {
    match shape {
        Shape::Capitalised => 1,
        Shape::Lower => 2,
        Shape::Upper => 3,
        Shape::Initial => 4,
        Shape::Other => 5,
    }
}

fn gap_code(gap: Gap) -> u8 {
    match gap {
        Gap::Space => 1,
        Gap::Comma => 2,
        Gap::Colon => 3,
        Gap::Break => 4,
    }
}

fn cue_code(cue: Option<CueStrength>) -> u8 {
    match cue {
        None => 0,
        Some(CueStrength::Weak) => 1,
        Some(CueStrength::Personal) => 2,
        Some(CueStrength::Role) => 3,
        Some(CueStrength::Title) => 4,
    }
}

/// Whether a word's identity may be a feature: everyday and domain words, not names.
fn is_vocabulary(token: &Token<'_>, facts: &WordFacts) -> bool {
    token.shape != Shape::Other
        && (facts.english || facts.common || facts.not_name || facts.word_name)
}

/// The bytes that stand for a word in context features: the word itself when it is a
/// dictionary word, else its class.
fn word_key<'w>(token: &'w Token<'_>, facts: &WordFacts, scratch: &'w mut [u8; 2]) -> &'w [u8] {
    if is_vocabulary(token, facts) {
        token.lower.as_str().as_bytes()
    } else {
        scratch[0] = 0xff;
        scratch[1] = class_of(token, facts);
        &scratch[..]
    }
}

/// The first `n` characters of `word` (all of it when shorter).
fn prefix(word: &str, n: usize) -> &str {
    match word.char_indices().nth(n) {
        Some((i, _)) => &word[..i],
        None => word,
    }
}

/// The last `n` characters of `word` (all of it when shorter).
fn suffix(word: &str, n: usize) -> &str {
    let count = word.chars().count();
    if count <= n {
        return word;
    }
    match word.char_indices().nth(count - n) {
        Some((i, _)) => &word[i..],
        None => word,
    }
}

/// Whether an opening bracket stands right before token `i` (spaces allowed).
fn bracket_before(text: &str, start: usize) -> bool {
    text[..start].trim_end_matches(' ').ends_with(['(', '['])
}

/// Whether a possessive `'s` follows the token directly.
pub(crate) fn possessive_after(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    rest.starts_with("'s") || rest.starts_with("\u{2019}s")
}

/// Set on a bucket (above [`BUCKET_BITS`]) by [`for_each_marked_feature`] when the
/// feature says what a name or word list holds about the word itself.
pub(crate) const LEXICON_MARK: u32 = 1 << 31;

/// Calls `emit` with the bucket of every feature of token `i`.
pub(crate) fn for_each_feature(s: &Sentence<'_, '_>, i: usize, mut emit: impl FnMut(u32)) {
    for_each_marked_feature(s, i, |b| emit(b & !LEXICON_MARK));
}

/// As [`for_each_feature`], with [`LEXICON_MARK`] set on the features that read the
/// word's own lexicon entries (list membership, frequency rank, dictionary identity):
/// training drops them together now and then, so that the word's spelling and the words
/// around it must carry a name on their own, as they must for a name no list holds.
pub(crate) fn for_each_marked_feature(s: &Sentence<'_, '_>, i: usize, mut emit: impl FnMut(u32)) {
    let token = &s.tokens[i];
    let facts = &s.facts[i];
    let lower = token.lower.as_str();
    let shape = shape_code(token.shape);
    let caseless = u8::from(s.caseless);
    let mut f = |h: &FeatureHash| emit(h.bucket() | h.mark);

    f(&FeatureHash::new(1));
    f(FeatureHash::new(2).byte(shape).byte(caseless));
    f(FeatureHash::new(3)
        .byte(shape)
        .byte(u8::from(token.sentence_start)));
    let chars = lower.chars().count().min(12) as u8;
    f(FeatureHash::new(4).byte(shape).byte(chars));
    let hyphen = u8::from(token.text.contains('-'));
    let apostrophe = u8::from(token.text.contains('\'') || token.text.contains('\u{2019}'));
    let ascii = u8::from(token.text.is_ascii());
    f(FeatureHash::new(5)
        .byte(hyphen)
        .byte(apostrophe)
        .byte(ascii));
    f(FeatureHash::new(6).byte(gap_code(token.gap)));
    let gap_after = s.tokens.get(i + 1).map_or(0, |t| gap_code(t.gap));
    f(FeatureHash::new(7).byte(gap_after));
    // Lexicons.
    let bits = [
        facts.first,
        facts.surname,
        facts.word_name,
        facts.not_name,
        facts.soft,
        facts.common,
        facts.english,
        facts.proper,
    ]
    .iter()
    .fold(0u8, |acc, &b| (acc << 1) | u8::from(b));
    f(FeatureHash::lexicon(8).byte(bits));
    f(FeatureHash::lexicon(9)
        .byte(bits)
        .byte(shape)
        .byte(caseless));
    // What the lexicons say, where the word stands: a name-word opening a sentence
    // ("Dawn broke") is weighed apart from one in the middle ("thanks to Dawn").
    f(FeatureHash::lexicon(18)
        .byte(bits)
        .byte(shape)
        .byte(u8::from(token.sentence_start)));
    f(FeatureHash::lexicon(10)
        .byte(facts.first_rank)
        .byte(facts.surname_rank));
    for (template, on) in [
        (11, facts.first),
        (12, facts.surname),
        (13, facts.word_name),
        (14, facts.not_name),
        (15, facts.english),
        (16, facts.proper),
        (17, facts.common),
    ] {
        if on {
            f(FeatureHash::lexicon(template).byte(shape));
        }
    }
    // The word itself (dictionary words only), its prefix and suffixes.
    if is_vocabulary(token, facts) {
        f(FeatureHash::lexicon(20).bytes(lower.as_bytes()));
        f(FeatureHash::lexicon(21).bytes(lower.as_bytes()).byte(shape));
    }
    f(FeatureHash::new(22).bytes(prefix(lower, 3).as_bytes()));
    for (template, n) in [(23, 2), (24, 3), (25, 4)] {
        f(FeatureHash::new(template).bytes(suffix(lower, n).as_bytes()));
    }
    // Neighbours, two either side.
    let mut scratch = [0u8; 2];
    let mut keys: [u64; 4] = [0; 4];
    for (slot, offset) in [-2isize, -1, 1, 2].into_iter().enumerate() {
        let template = 30 + slot as u8 * 4;
        let j = i as isize + offset;
        let Some(other) = usize::try_from(j).ok().and_then(|j| s.tokens.get(j)) else {
            f(FeatureHash::new(template).byte(0xfe));
            continue;
        };
        let j = j as usize;
        let other_facts = &s.facts[j];
        let key = word_key(other, other_facts, &mut scratch);
        let mut h = FeatureHash::new(template);
        h.bytes(key);
        keys[slot] = h.hash;
        f(&h);
        f(FeatureHash::new(template + 1).byte(class_of(other, other_facts)));
        f(FeatureHash::new(template + 2)
            .bytes(key)
            .byte(shape)
            .byte(caseless));
        f(FeatureHash::new(template + 3).byte(u8::from(s.by_rule[j])));
    }
    // Word pairs either side.
    f(FeatureHash::new(50)
        .bytes(&keys[0].to_le_bytes())
        .bytes(&keys[1].to_le_bytes()));
    f(FeatureHash::new(51)
        .bytes(&keys[2].to_le_bytes())
        .bytes(&keys[3].to_le_bytes()));
    f(FeatureHash::new(52)
        .bytes(&keys[1].to_le_bytes())
        .bytes(&keys[2].to_le_bytes())
        .byte(shape));
    // Cues and rules.
    let before = cue_code(cue_before(s.tokens, i));
    let after = match cue_after(s.tokens, i) {
        None => 0,
        Some(PostCue::Role) => 1,
        Some(PostCue::Place) => 2,
    };
    f(FeatureHash::new(60).byte(before).byte(shape));
    f(FeatureHash::new(61).byte(after).byte(shape));
    f(FeatureHash::new(62).byte(u8::from(s.by_rule[i])));
    f(FeatureHash::new(63)
        .byte(u8::from(s.by_rule[i]))
        .byte(bits)
        .byte(shape));
    f(FeatureHash::new(64).byte(u8::from(bracket_before(s.text, token.start))));
    f(FeatureHash::new(65).byte(u8::from(possessive_after(s.text, token.end))));
    f(FeatureHash::new(66).byte(u8::from(token.in_brackets)));
}

#[cfg(test)]
mod tests {
    use super::super::super::lexicon::NameLexicon;
    use super::super::super::tokens::tokenize;
    use super::*;

    fn features(text: &str, i: usize) -> Vec<u32> {
        buckets_of(text, i, |s, i, emit| for_each_feature(s, i, emit))
    }

    /// The buckets `each` gives for token `i` of `text` (no rules' findings, with case).
    fn buckets_of(
        text: &str,
        i: usize,
        each: fn(&Sentence<'_, '_>, usize, &mut dyn FnMut(u32)),
    ) -> Vec<u32> {
        let lexicon = NameLexicon::new();
        let tokens = tokenize(text);
        let facts: Vec<WordFacts> = lexicon.facts_of(&tokens);
        let by_rule = vec![false; tokens.len()];
        let s = Sentence {
            text,
            tokens: &tokens,
            facts: &facts,
            by_rule: &by_rule,
            caseless: false,
        };
        let mut out = Vec::new();
        each(&s, i, &mut |b| out.push(b));
        out
    }

    #[test]
    fn buckets_fit_the_table_and_are_deterministic() {
        let a = features("Thanks to Zanele on the ward.", 2);
        assert!(a.len() > 30);
        assert!(a.iter().all(|&b| (b as usize) < BUCKETS));
        assert_eq!(a, features("Thanks to Zanele on the ward.", 2));
    }

    #[test]
    fn unknown_names_share_features_but_dictionary_words_do_not() {
        // Two unlisted names in the same place differ only by their affixes.
        let a = features("Thanks to Zanele on the ward.", 2);
        let b = features("Thanks to Qwertine on the ward.", 2);
        let shared = a.iter().filter(|x| b.contains(x)).count();
        assert!(shared * 10 >= a.len() * 7, "{shared} of {}", a.len());
        // A dictionary word carries its identity (template 20); a name does not.
        let identity = FeatureHash::new(20).bytes(b"kindness").bucket();
        assert!(features("Thanks to Kindness on the ward.", 2).contains(&identity));
        let name_identity = FeatureHash::new(20).bytes(b"zanele").bucket();
        assert!(!a.contains(&name_identity));
    }

    #[test]
    fn lexicon_features_are_marked_and_the_mark_never_reaches_the_weights() {
        let text = "Thanks to Grace on the ward.";
        let marked = buckets_of(text, 2, |s, i, emit| for_each_marked_feature(s, i, emit));
        // A listed name-word: membership, rank and identity features are marked...
        let lexical = marked.iter().filter(|&&b| b & LEXICON_MARK != 0).count();
        assert!(lexical >= 5, "{lexical} marked");
        assert!(lexical < marked.len());
        // ...and the plain buckets are the marked ones with the mark taken off.
        let plain: Vec<u32> = marked.iter().map(|&b| b & !LEXICON_MARK).collect();
        assert_eq!(plain, features(text, 2));
        assert!(plain.iter().all(|&b| (b as usize) < BUCKETS));
        // Context and spelling features are never marked.
        let suffix = FeatureHash::new(24).bytes(b"ace").bucket();
        assert!(marked.contains(&suffix));
    }

    #[test]
    fn brackets_and_possessives_are_seen() {
        assert!(bracket_before("my partner (Ann", 12));
        assert!(!bracket_before("my partner Ann", 11));
        assert!(possessive_after("Priya's phone", 5));
        assert!(!possessive_after("Priya phone", 5));
        assert_eq!(suffix("kowalska", 3), "ska");
        assert_eq!(prefix("zoë", 3), "zoë");
        assert_eq!(suffix("zoë", 2), "oë");
    }
}
