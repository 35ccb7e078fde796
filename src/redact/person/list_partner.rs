//! A listed given name standing in a list with a found name: "Daisy and Poppy on the
//! ward were lovely", "Thanks to Faith, Hope and Priya". Alone, a given name that is a
//! word ("Daisy", "Hope") or one opening a sentence is left to the context, and the
//! context of a list's first name is often the list's end ("… on the ward"); but a list
//! of people names people, so a capitalised word that a given-name list holds, listed by
//! a comma, "&", "+", "and", "or" or "n" with a found name, is a name too, when the
//! list as a whole stands where people do: a cue of a person before it ("Thanks to"), a
//! place or role after it ("on the ward", "the porters"), or a verb of a person's
//! clause ("were", "who", "explained").
//!
//! Left: comments without case; lists with no such context ("a poster of Phoebe and
//! Titania", moons, where the tagger took one); a word after a determiner ("the Rose and
//! Crown"); a word after a possessive or a capitalised word ("St David's Day and
//! Ladawan"); a month ("between May and Sarah's visit"); a word that names a place with
//! the word after it ("Sarah and Rose ward", "Daisy Unit"); words no given-name list
//! holds.

use super::cues::{cue_after, cue_before, CueStrength, POST_PLACES};
use super::lexicon::WordFacts;
use super::name_word_position::{after_a_determiner, person_verb_after, MONTHS};
use super::tagger::features::possessive_after;
use super::tokens::{listed_together, lower_at, Gap, Shape, Token};

/// Words after a list of people that go on their clause: "Daisy and Poppy were lovely".
const CLAUSE_AFTER_A_LIST: &[&str] = &["were", "are", "both", "who", "have", "had", "all"];

/// Words after a name that make it a place's: "Rose ward", "Daisy unit".
const PLACE_AFTER: &[&str] = &[
    "ward", "wing", "unit", "suite", "house", "centre", "center", "building", "hospital", "clinic",
    "road", "street", "lane", "court", "lodge", "room", "bay",
];

/// `spans` (inclusive token ranges, in order) with every listed given name listed with
/// one of them added as a one-token span, repeated until the list is taken whole
/// ("Daisy, Poppy and Priya": Priya found, then Poppy, then Daisy).
pub(crate) fn widened_over_listed_partners(
    spans: Vec<(usize, usize)>,
    text: &str,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    caseless: bool,
) -> Vec<(usize, usize)> {
    // Most comments with a name have no list beside it: they stop here, allocating
    // nothing.
    let beside = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.shape == Shape::Capitalised && facts[k].listed_given_name())
    };
    let any_partner = spans.iter().any(|&(first, last)| {
        [
            first.checked_sub(1),
            first.checked_sub(2),
            Some(last + 1),
            Some(last + 2),
        ]
        .into_iter()
        .flatten()
        .any(beside)
    });
    if caseless || !any_partner {
        return spans;
    }
    let mut taken = vec![false; tokens.len()];
    for &(first, last) in &spans {
        taken[first..=last].iter_mut().for_each(|t| *t = true);
    }
    let mut added = Vec::new();
    let mut frontier: Vec<(usize, usize)> = spans.clone();
    while let Some((first, last)) = frontier.pop() {
        let before = [first.checked_sub(1), first.checked_sub(2)];
        let after = [Some(last + 1), Some(last + 2)];
        for k in before.into_iter().chain(after).flatten() {
            let (a, b) = if k < first { (k, first) } else { (last, k) };
            if k < tokens.len()
                && !taken[k]
                && listed_together(text, tokens, a, b)
                && partner_is_a_given_name(text, tokens, facts, k)
                && list_among_people(text, tokens, a, b)
            {
                taken[k] = true;
                added.push((k, k));
                frontier.push((k, k));
            }
        }
    }
    if added.is_empty() {
        return spans;
    }
    let mut all = spans;
    all.extend(added);
    all.sort_unstable();
    all
}

/// Whether the list that tokens `a` < `b` stand in (walked out over capitalised words
/// listed together) has a person's cue before it, a place or role after it, or a verb of
/// a person's clause after it.
fn list_among_people(text: &str, tokens: &[Token<'_>], a: usize, b: usize) -> bool {
    let in_list = |k: usize| tokens[k].shape == Shape::Capitalised;
    let mut first = a;
    while let Some(j) = (1..=2)
        .filter_map(|d| first.checked_sub(d))
        .find(|&j| in_list(j) && listed_together(text, tokens, j, first))
    {
        first = j;
    }
    let mut last = b;
    while let Some(j) = (1..=2)
        .map(|d| last + d)
        .find(|&j| j < tokens.len() && in_list(j) && listed_together(text, tokens, last, j))
    {
        last = j;
    }
    let cued_before = matches!(
        cue_before(tokens, first),
        Some(CueStrength::Personal | CueStrength::Role | CueStrength::Title)
    );
    let clause_after = tokens.get(last + 1).is_some_and(|t| t.gap == Gap::Space)
        && CLAUSE_AFTER_A_LIST.contains(&lower_at(tokens, last + 1));
    // "on the ward", "at reception", "from the ward".
    let place = if lower_at(tokens, last + 2) == "the" {
        last + 3
    } else {
        last + 2
    };
    let place_after = matches!(lower_at(tokens, last + 1), "on" | "at" | "from" | "in")
        && (last + 1..=place).all(|k| tokens.get(k).is_some_and(|t| t.gap == Gap::Space))
        && POST_PLACES.contains(&lower_at(tokens, place));
    cued_before
        || place_after
        || cue_after(tokens, last).is_some()
        || person_verb_after(tokens, last)
        || clause_after
}

/// Whether token `k` is a capitalised listed given name, not a month, not after a
/// determiner, a possessive or a capitalised word, and not naming a place with the word
/// after it.
fn partner_is_a_given_name(
    text: &str,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    k: usize,
) -> bool {
    let token = &tokens[k];
    let listed = facts[k].listed_given_name();
    let place_after = tokens.get(k + 1).is_some_and(|next| {
        next.gap == Gap::Space
            && (next.shape == Shape::Capitalised || PLACE_AFTER.contains(&next.lower.as_str()))
    });
    let word_before = k > 0
        && token.gap == Gap::Space
        && (tokens[k - 1].shape == Shape::Capitalised || possessive_after(text, tokens[k - 1].end));
    token.shape == Shape::Capitalised
        && !token.in_brackets
        && !word_before
        && listed
        && !facts[k].not_name
        && !MONTHS.contains(&token.lower.as_str())
        && !after_a_determiner(tokens, k)
        && !place_after
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::NameLexicon;
    use super::super::tokens::{is_caseless, span_texts, tokenize};
    use super::*;

    /// What the widening adds to `found` (the words of `text` given as found).
    fn widened<'t>(text: &'t str, found: &[&str]) -> Vec<&'t str> {
        let tokens = tokenize(text);
        let facts = NameLexicon::new().facts_of(&tokens);
        let spans: Vec<(usize, usize)> = found
            .iter()
            .map(|w| {
                let k = tokens.iter().position(|t| t.text == *w).expect("word");
                (k, k)
            })
            .collect();
        let out = widened_over_listed_partners(spans, text, &tokens, &facts, is_caseless(text));
        span_texts(text, &tokens, out)
    }

    #[test]
    fn listed_given_names_beside_a_found_name_are_names() {
        assert_eq!(
            widened("Daisy and Poppy on the ward were lovely.", &["Poppy"]),
            ["Daisy", "Poppy"]
        );
        assert_eq!(
            widened("Thanks to Faith, Hope and Priya.", &["Priya"]),
            ["Faith", "Hope", "Priya"]
        );
        assert_eq!(
            widened("Priya & Grace were great.", &["Priya"]),
            ["Priya", "Grace"]
        );
        assert_eq!(
            widened("Faith and Priya explained it all.", &["Priya"]),
            ["Faith", "Priya"]
        );
    }

    #[test]
    fn words_months_places_and_small_letters_are_left() {
        for (text, found) in [
            ("Priya and the Rose and Crown staff.", "Priya"),
            ("Seen by Priya and Rose ward were great.", "Priya"),
            ("Between May and Priya's visit.", "Priya"),
            ("Priya and Kindness were there.", "Priya"),
            ("priya and daisy on the ward", "priya"),
            ("Thanks to Priya. Daisy was fine.", "Priya"),
            (
                "A poster of Titania and Phoebe next to the planets.",
                "Titania",
            ),
            ("It was St David's Day and Priya brought cakes.", "Priya"),
        ] {
            assert_eq!(widened(text, &[found]), [found], "{text}");
        }
    }
}
