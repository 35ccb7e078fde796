//! Festivals, holy days and holidays, read as such only where the sentence says so.
//!
//! "Covid rules changed twice between Easter and Whitsun", "Spent Hogmanay on a
//! trolley", "Valentine cards made by the children": the tagger reads a capitalised
//! festival with no cue as a person. Many festivals are names too (Ramzan, Easter,
//! Noel, Valentine), so the list (`lexicons/names/festivals.txt`) is never a veto on
//! its own: a festival word counts only with a word of the festival after it ("Easter
//! weekend", "Eid prayers"), "Happy" or "Merry" before it, or, when no name list holds
//! it, a preposition of time before it ("over Hogmanay", "during Whitsun"); two festivals
//! joined by "and" or a comma share such a context ("between Easter and Whitsun"). An entry of several words ("New Year's
//! Eve", "Boxing Day") is its own context; "Eve" alone is never one ("This year Eve was
//! my midwife").

use std::collections::HashSet;
use std::sync::OnceLock;

use super::known_things::{listed_run_covering, normalise};
use super::tokens::{Gap, Token};

/// The shipped list of festivals.
const FESTIVALS: &str = include_str!("../../../lexicons/names/festivals.txt");

/// Words after a festival that make it one ("Easter weekend", "Christmas dinner").
const FESTIVAL_NOUNS: &[&str] = &[
    "weekend",
    "weekends",
    "holiday",
    "holidays",
    "hols",
    "break",
    "period",
    "dinner",
    "lunch",
    "morning",
    "afternoon",
    "evening",
    "night",
    "service",
    "services",
    "card",
    "cards",
    "egg",
    "eggs",
    "hunt",
    "fast",
    "fasting",
    "celebration",
    "celebrations",
    "festivities",
    "party",
    "parties",
    "tree",
    "decorations",
    "present",
    "presents",
    "jumper",
    "jumpers",
    "rush",
    "closure",
    "shutdown",
    "fortnight",
    "season",
    "rota",
    "meal",
    "prayers",
    "lights",
    "market",
    "pudding",
    "fireworks",
    "leave",
    "menu",
    "carols",
    "cake",
    "treats",
    "bonfire",
    "eve",
    "sweets",
    "greetings",
    "wishes",
];

/// Words before a festival that make it one whatever the name lists say.
const GREETINGS: &[&str] = &["happy", "merry", "blessed"];

/// Prepositions and words of time before a festival no name list holds ("over
/// Hogmanay", "spent Whitsun"). Not "for", "since", "until", "next": people are waited
/// for and come back next ("I waited for Ashura to come back").
const TIME_BEFORE: &[&str] = &[
    "over",
    "during",
    "throughout",
    "between",
    "pre",
    "post",
    "spent",
    "celebrated",
    "celebrating",
];

/// The list's entries, normalised as [`normalise`] does.
fn festivals() -> &'static HashSet<String> {
    static FESTIVALS_SET: OnceLock<HashSet<String>> = OnceLock::new();
    FESTIVALS_SET.get_or_init(|| {
        crate::redact::lexicon::entries(FESTIVALS)
            .into_iter()
            .map(|entry| normalise(&entry))
            .collect()
    })
}

/// Whether tokens `a` < `b` are joined as a list: a comma, "&", "+" or "/" between
/// them, or one "and", "or" or "n" token.
pub(crate) fn joined(text: &str, tokens: &[Token<'_>], a: usize, b: usize) -> bool {
    if b == a + 2 {
        let word = &tokens[a + 1];
        return word.gap == Gap::Space
            && tokens[b].gap == Gap::Space
            && matches!(word.lower.as_str(), "and" | "or" | "n");
    }
    b == a + 1
        && matches!(
            text.get(tokens[a].end..tokens[b].start).map(str::trim),
            Some("," | "&" | "+" | "/")
        )
}

/// Whether the festival `from..=to` has a festival word right after it.
fn festival_noun_after(text: &str, tokens: &[Token<'_>], to: usize) -> bool {
    tokens.get(to + 1).is_some_and(|next| {
        let between = text.get(tokens[to].end..next.start).unwrap_or("");
        let between = between.trim_start_matches(['\'', '\u{2019}']);
        let between = between.strip_prefix('s').unwrap_or(between);
        between.chars().all(char::is_whitespace) && FESTIVAL_NOUNS.contains(&next.lower.as_str())
    })
}

/// Whether the found name `first..=last` is a festival in a festival's context;
/// `named(k)` says whether a name list holds token `k`. Returns the festival's range.
pub(crate) fn is_festival(
    text: &str,
    tokens: &[Token<'_>],
    first: usize,
    last: usize,
    named: impl Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let list = festivals();
    if let Some(run) = listed_run_covering(text, tokens, first, last, 2, list) {
        return Some(run);
    }
    let (from, to) = listed_run_covering(text, tokens, first, last, 1, list)?;
    if from != to {
        return None;
    }
    let word_before = |k: usize| {
        k.checked_sub(1)
            .filter(|_| tokens[k].gap == Gap::Space)
            .map(|b| tokens[b].lower.as_str())
    };
    let greeted = |k: usize| word_before(k).is_some_and(|w| GREETINGS.contains(&w));
    let timed = |k: usize| word_before(k).is_some_and(|w| TIME_BEFORE.contains(&w));
    if festival_noun_after(text, tokens, to) || greeted(from) {
        return Some((from, to));
    }
    let listed_name = named(from);
    if !listed_name && timed(from) {
        return Some((from, to));
    }
    // Another festival joined to it, one of the two in no name list, the pair in a
    // festival's context ("between Easter and Whitsun", "Easter and Whitsun holidays"),
    // not "Ramzan and Eid were both on shift".
    let festival_at = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| list.contains(&normalise(t.text)) && (!listed_name || !named(k)))
    };
    let beside = [
        from.checked_sub(1),
        from.checked_sub(2),
        Some(from + 1),
        Some(from + 2),
    ];
    beside
        .into_iter()
        .flatten()
        .any(|k| {
            let (a, b) = if k < from { (k, from) } else { (from, k) };
            k != from
                && festival_at(k)
                && joined(text, tokens, a, b)
                && (greeted(a) || timed(a) || festival_noun_after(text, tokens, b))
        })
        .then_some((from, to))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// Whether `word` of `text` reads as a festival, with `names` the listed names.
    fn festival(text: &str, word: &str, names: &[&str]) -> bool {
        let tokens = tokenize(text);
        let i = tokens
            .iter()
            .position(|t| t.text == word)
            .expect("word in text");
        let named = |k: usize| names.contains(&tokens[k].text);
        is_festival(text, &tokens, i, i, named).is_some()
    }

    #[test]
    fn festivals_in_a_festivals_context_are_festivals() {
        assert!(festival(
            "Rules changed between Easter and Whitsun.",
            "Whitsun",
            &[]
        ));
        assert!(festival(
            "Rules changed between Easter and Whitsun.",
            "Easter",
            &["Easter"]
        ));
        assert!(festival(
            "Spent the Easter weekend on a ward.",
            "Easter",
            &["Easter"]
        ));
        assert!(festival(
            "Valentine cards from the kids.",
            "Valentine",
            &["Valentine"]
        ));
        assert!(festival("Happy Diwali to all the staff.", "Diwali", &[]));
        assert!(festival("Spent Hogmanay on a trolley.", "Hogmanay", &[]));
        assert!(festival("Admitted over Hogmanay again.", "Hogmanay", &[]));
        assert!(festival("Eid prayers ran late.", "Eid", &[]));
        assert!(festival("Born on New Year's Eve.", "Eve", &["Eve"]));
        assert!(festival("Seen on Christmas Eve.", "Eve", &["Eve"]));
    }

    #[test]
    fn names_that_are_festivals_stay_names() {
        // The review's sentences: a festival word as a name, no festival's context.
        assert!(!festival("This year Eve was my midwife.", "Eve", &["Eve"]));
        assert!(!festival(
            "Ramzan looked after me so well.",
            "Ramzan",
            &["Ramzan"]
        ));
        assert!(!festival(
            "Thanks to Easter on ward 4.",
            "Easter",
            &["Easter"]
        ));
        assert!(!festival(
            "I waited for Ashura to come back.",
            "Ashura",
            &["Ashura"]
        ));
        assert!(!festival(
            "Since Ramzan left it has gone downhill.",
            "Ramzan",
            &["Ramzan"]
        ));
        // "for", "next": people are waited for too.
        assert!(!festival("Then next Ashura came to check.", "Ashura", &[]));
        // Two festival words joined, with no festival's context.
        assert!(!festival(
            "Ramzan and Eid were both on shift.",
            "Eid",
            &["Ramzan"]
        ));
        // A word of time before a name-listed festival is no context.
        assert!(!festival(
            "Last Valentine was kind.",
            "Valentine",
            &["Valentine"]
        ));
        // Two festival words that are both names vouch for nothing.
        assert!(!festival(
            "Noel and Valentine were kind.",
            "Valentine",
            &["Noel", "Valentine"]
        ));
    }
}
