//! A name owning an idea: a law, principle, theorem or paradox named after a scientist,
//! philosopher or writer long ago ("Boyle's law", "Mendel's laws", "Archimedes'
//! principle", "Zeno's paradox", "Occam's razor"). A possessive after a name usually
//! makes a person an owner ("Priya's phone"), and people do speak of a colleague's law
//! or principle in fun ("Sarah's law of the ward is tea before ten", "Callum's paradox:
//! the busier he was…", "Rajesh's principles of care"), so the noun alone is no
//! evidence: the name must also be one of a closed list of names that such ideas carry
//! ([`IDEA_EPONYMS`]), read as a single word.
//!
//! Left out of the names on purpose: those of public schemes named after a victim
//! ("Sarah's law", "Clare's law", "Martha's rule"), which are common given names a
//! nurse may bear too; redacting the scheme's name hides nothing, leaking a nurse's
//! does.
//!
//! Kept as a person: a name with a person's cue before it ("Nurse Boyle's law of the
//! ward", "thanks to Dr Dalton's principle").

use super::cues::{cue_before, CueStrength};
use super::eponym_conditions::only_possessive_between;
use super::tokens::Token;

/// Nouns of ideas named after someone. Not "constant" or "hypothesis", which a surname
/// on the list may own as a person ("Murphy's constant checking", "Russell's hypothesis
/// about my pain").
const IDEA_NOUNS: &[&str] = &[
    "law",
    "laws",
    "principle",
    "theorem",
    "paradox",
    "razor",
    "wager",
    "equation",
    "equations",
    "conjecture",
    "postulate",
    "postulates",
    "lemma",
];

/// The names, in lower case, that laws, principles, theorems and paradoxes are known
/// by: physicists, chemists, mathematicians, philosophers and the authors of adages,
/// and the physiologists whose laws clinicians quote ("Starling's law", "Wolff's law").
/// Closed on purpose (see the module doc).
const IDEA_EPONYMS: &[&str] = &[
    "amdahl",
    "archimedes",
    "avogadro",
    "bayes",
    "benford",
    "bernoulli",
    "betteridge",
    "boyle",
    "braess",
    "brandolini",
    "charles",
    "coulomb",
    "dalton",
    "einstein",
    "euclid",
    "euler",
    "faraday",
    "fermat",
    "fermi",
    "fick",
    "fitts",
    "gauss",
    "godel",
    "gödel",
    "godwin",
    "goodhart",
    "hanlon",
    "heisenberg",
    "henry",
    "hess",
    "hick",
    "hilton",
    "hooke",
    "hubble",
    "hume",
    "joule",
    "kepler",
    "kirchhoff",
    "laplace",
    "lenz",
    "mendel",
    "moore",
    "murphy",
    "newcomb",
    "newton",
    "occam",
    "ockham",
    "ohm",
    "olbers",
    "parkinson",
    "pascal",
    "planck",
    "poiseuille",
    "pythagoras",
    "raoult",
    "russell",
    "schrodinger",
    "schrödinger",
    "simpson",
    "snell",
    "sod",
    "starling",
    "sturgeon",
    "wolff",
    "yerkes",
    "zeno",
    "zipf",
];

/// Whether the found name `first..=last` is the name of an idea it owns (see the module
/// doc). The span may hold the idea's noun as its last word, past the possessive
/// ("henry's law", read whole in a comment without capitals).
pub(crate) fn names_an_idea(text: &str, tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    let idea_noun = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|noun| IDEA_NOUNS.contains(&noun.lower.as_str()))
    };
    // The name's one word, right before the possessive.
    let owner = if last > first && idea_noun(last) {
        last - 1
    } else {
        last
    };
    let noun = owner + 1;
    // The noun first: it rules out nearly every found name at once.
    idea_noun(noun)
        && owner == first
        && IDEA_EPONYMS.contains(&tokens[first].lower.as_str())
        && owned_right_before(&text[tokens[owner].end..tokens[noun].start])
        && cue_before(tokens, first).is_none_or(|c| c <= CueStrength::Weak)
}

/// Whether `between` (the text between the name and the noun) is a possessive and
/// spaces ("'s ", "’s ", "' "): the conditions' test, the possessive required.
fn owned_right_before(between: &str) -> bool {
    between.starts_with(['\'', '\u{2019}']) && only_possessive_between(between)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokens_and_span;
    use super::*;

    /// Whether the words `from..=to` of `text`, as a found name, name an idea.
    fn idea(text: &str, from: &str, to: &str) -> bool {
        let (tokens, first, last) = tokens_and_span(text, from, to);
        names_an_idea(text, &tokens, first, last)
    }

    #[test]
    fn a_listed_name_owning_a_law_or_a_theorem_is_the_ideas() {
        for (text, from, to) in [
            ("He explained Boyle's law to Grandad.", "Boyle", "Boyle"),
            ("Mendel's laws were all she remembered.", "Mendel", "Mendel"),
            (
                "like Archimedes' principle in the bath",
                "Archimedes",
                "Archimedes",
            ),
            (
                "It felt like Zeno’s paradox, never arriving.",
                "Zeno",
                "Zeno",
            ),
            ("talked him through henry's law", "henry", "law"),
        ] {
            assert!(idea(text, from, to), "{text}");
        }
    }

    #[test]
    fn a_person_owning_a_thing_an_idea_in_fun_or_a_cued_name_is_left() {
        for (text, from, to) in [
            // Not an idea's noun.
            ("Henry's phone died.", "Henry", "Henry"),
            // A name no idea is known by: a colleague's law, principle or paradox in fun.
            (
                "Sarah's law of the ward is tea before ten.",
                "Sarah",
                "Sarah",
            ),
            (
                "Callum's paradox: the busier he was, the calmer.",
                "Callum",
                "Callum",
            ),
            ("Rajesh's principles of care.", "Rajesh", "Rajesh"),
            // "constant" is left out: a listed surname owns one as a person.
            ("Murphy's constant checking helped.", "Murphy", "Murphy"),
            // A full name.
            ("Kelly Boyle's law on the ward.", "Kelly", "Boyle"),
            // A person's cue before the name.
            (
                "Nurse Boyle's law of the ward: tea at ten.",
                "Boyle",
                "Boyle",
            ),
            // No possessive.
            ("Boyle law", "Boyle", "Boyle"),
        ] {
            assert!(!idea(text, from, to), "{text}");
        }
    }
}
