//! The last look at every name found: is it a thing that only looks like a person?
//!
//! The rules, the tagger and the rules after it find names; some are shops and brands
//! ("Argos sells"), charities and foods holding a person's name ("Marie Curie nurses",
//! "Victoria sponge"), eponyms ("Hickman line"), festivals ("between Easter and
//! Whitsun") or towns ("from Southwell"). Each is dropped here only on evidence that a
//! real name in the same place rarely gives ([`super::known_things`],
//! [`super::eponyms`], [`super::festivals`], [`super::places_named`]), and never when:
//!
//! - a title, role or relative stands before it (not in the possessive: "our baby's
//!   Apgar score"), or a role or place of work after it ("Dr Heimlich", "Nurse Easter",
//!   "Valentine on reception"): a person is meant;
//! - the same word is kept as a name elsewhere in the comment: the comment names a
//!   person so, and dropping one mention would give the other away;
//! - it is listed with a name that is kept ("momir n fanta", "Astarté and Hashimoto").

use super::cues::{cue_after, cue_before, CueStrength};
use super::eponyms::is_eponym;
use super::festivals::{is_festival, joined};
use super::known_things::is_known_thing;
use super::lexicon::WordFacts;
use super::places_named::is_place_named;
use super::tagger::features::possessive_after;
use super::tokens::Token;

/// Drops from `spans` (sorted inclusive token ranges) every found name that reads as a
/// thing named like a person, as the module says.
pub(crate) fn drop_things_named_like_people(
    spans: Vec<(usize, usize)>,
    text: &str,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
) -> Vec<(usize, usize)> {
    if spans.is_empty() {
        return spans;
    }
    let named = |k: usize| {
        let f = facts[k];
        f.first || f.surname || f.word_name
    };
    let thing: Vec<bool> = spans
        .iter()
        .map(|&(first, last)| {
            let found = is_known_thing(text, tokens, first, last, named)
                .or_else(|| is_eponym(text, tokens, first, last, named))
                .or_else(|| is_festival(text, tokens, first, last, named))
                .or_else(|| is_place_named(text, tokens, first, last, named));
            found.is_some_and(|(from, to)| {
                let start = from.min(first);
                let end = to.max(last);
                // "Our baby's Apgar score": a relative in the possessive owns the thing
                // after it; it does not name it.
                let owner_before = start > 0 && possessive_after(text, tokens[start - 1].end);
                let cued_before = !owner_before
                    && cue_before(tokens, start).is_some_and(|c| c >= CueStrength::Role);
                !cued_before && cue_after(tokens, end).is_none()
            })
        })
        .collect();
    if !thing.iter().any(|&t| t) {
        return spans;
    }
    // The words of the names kept, as written (the same letters, the same case).
    let kept_words: Vec<&str> = spans
        .iter()
        .zip(&thing)
        .filter(|(_, &t)| !t)
        .flat_map(|(&(first, last), _)| &tokens[first..=last])
        .map(|t| t.text)
        .collect();
    // A thing joined to a kept name as one of a list ("momir n fanta", "Astarté and
    // Hashimoto") is a name too.
    let listed_with_kept = |s: usize| {
        let (first, last) = spans[s];
        let before = s
            .checked_sub(1)
            .filter(|&p| !thing[p] && joined(text, tokens, spans[p].1, first));
        let after = spans
            .get(s + 1)
            .filter(|&&(next, _)| !thing[s + 1] && joined(text, tokens, last, next));
        before.is_some() || after.is_some()
    };
    let keep: Vec<bool> = (0..spans.len())
        .map(|s| {
            let (first, last) = spans[s];
            !thing[s]
                || listed_with_kept(s)
                || tokens[first..=last]
                    .iter()
                    .any(|w| kept_words.contains(&w.text))
        })
        .collect();
    spans
        .into_iter()
        .zip(keep)
        .filter(|&(_, k)| k)
        .map(|(span, _)| span)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::NameLexicon;
    use super::super::tokens::tokenize;
    use super::*;

    /// The words of `text` at `spans` that are kept.
    fn kept<'a>(text: &'a str, spans: &[&str]) -> Vec<&'a str> {
        let tokens = tokenize(text);
        let facts = NameLexicon::new().facts_of(&tokens);
        let mut ranges: Vec<(usize, usize)> = spans
            .iter()
            .map(|words| {
                let parts: Vec<&str> = words.split(' ').collect();
                let i = tokens
                    .iter()
                    .position(|t| t.text == parts[0])
                    .expect("word in text");
                (i, i + parts.len() - 1)
            })
            .collect();
        ranges.sort_unstable();
        drop_things_named_like_people(ranges, text, &tokens, &facts)
            .into_iter()
            .map(|(a, b)| &text[tokens[a].start..tokens[b].end])
            .collect()
    }

    #[test]
    fn things_are_dropped() {
        assert!(kept("Argos sells a better commode.", &["Argos"]).is_empty());
        assert!(kept("Marie Curie nurses were kind.", &["Marie"]).is_empty());
        assert!(kept("My Hickman line was flushed.", &["Hickman"]).is_empty());
        assert!(kept(
            "Changed between Easter and Whitsun.",
            &["Easter", "Whitsun"]
        )
        .is_empty());
    }

    #[test]
    fn a_cue_keeps_a_person() {
        assert_eq!(
            kept("Dr Heimlich was kind.", &["Heimlich"]),
            vec!["Heimlich"]
        );
        assert_eq!(
            kept("My wife Parkinson's and me.", &["Parkinson"]),
            vec!["Parkinson"]
        );
        // A relative in the possessive owns the thing; it does not name it.
        assert!(kept("Our baby's Apgar score was nine.", &["Apgar"]).is_empty());
        assert_eq!(
            kept("Nurse Valentine cards every patient.", &["Valentine"]),
            vec!["Valentine"]
        );
        assert_eq!(
            kept("Thanks Whitsun on reception.", &["Whitsun"]),
            vec!["Whitsun"]
        );
    }

    #[test]
    fn a_thing_listed_with_a_kept_name_is_a_name() {
        assert_eq!(
            kept("momir n fanta sorted me out", &["momir", "fanta"]).len(),
            2
        );
        assert!(kept(
            "Fybogel and Lactulose did the job.",
            &["Fybogel", "Lactulose"]
        )
        .is_empty());
    }

    #[test]
    fn a_word_kept_as_a_name_elsewhere_is_never_dropped() {
        // "Easter" is kept as a name in the second sentence, so the first stays too.
        let text = "Easter weekend was busy. Easter looked after me.";
        let tokens = tokenize(text);
        let facts = NameLexicon::new().facts_of(&tokens);
        let spans = vec![(0, 0), (4, 4)];
        assert_eq!(
            drop_things_named_like_people(spans.clone(), text, &tokens, &facts),
            spans
        );
        // Alone, the festival is dropped.
        assert!(kept("Easter weekend was busy.", &["Easter"]).is_empty());
    }
}
