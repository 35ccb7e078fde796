//! Effects known by a scientist's, a writer's, a character's or a public figure's name:
//! "the Hawthorne effect", "the Doppler effect", "the Streisand effect", "the Somogyi
//! effect". People also coin a colleague's name into an effect ("call it the Kathleen
//! effect", [`super::coined_method`]), so the noun alone says nothing: the name, alone
//! between an article and "effect" or "effects", must be one of a closed list
//! ([`EFFECT_EPONYMS`]) for the pair to be read as the effect.
//!
//! Left out of the list on purpose: given names that staff bear too ("the Matthew
//! effect", "the Matilda effect", "the Kylie effect"); redacting the effect's name
//! hides nothing, leaking a nurse's does.

use super::after_an_article::ARTICLES;
use super::tokens::Token;

/// The names, in lower case, that effects are known by in science, medicine, psychology
/// and the news. Closed on purpose (see the module doc). "Hawthorne" and "Zeigarnik"
/// were read in the fifty-fifth round's look-alikes; the rest are the well-known ones.
const EFFECT_EPONYMS: &[&str] = &[
    "allee",
    "anrep",
    "attenborough",
    "baader",
    "baldwin",
    "barnum",
    "bernoulli",
    "bezold",
    "bohr",
    "bowditch",
    "cinderella",
    "coanda",
    "compton",
    "coolidge",
    "diderot",
    "doppler",
    "droste",
    "dunning",
    "fahraeus",
    "flynn",
    "forer",
    "ganzfeld",
    "golem",
    "goody",
    "haldane",
    "hawthorne",
    "jolie",
    "kruger",
    "kuleshov",
    "leidenfrost",
    "lindy",
    "lombard",
    "lucifer",
    "macbeth",
    "mandela",
    "marangoni",
    "mcgurk",
    "meinhof",
    "meissner",
    "michelangelo",
    "mozart",
    "mpemba",
    "nightingale",
    "osborne",
    "papageno",
    "peltier",
    "pollyanna",
    "proteus",
    "purkinje",
    "pygmalion",
    "raman",
    "restorff",
    "ringelmann",
    "rosenthal",
    "seebeck",
    "somogyi",
    "streisand",
    "stroop",
    "tetris",
    "tyndall",
    "veblen",
    "venturi",
    "warburg",
    "werther",
    "westermarck",
    "windkessel",
    "zeeman",
    "zeigarnik",
];

/// Whether the token at `i` is the name of a famous effect standing alone after an
/// article, "effect" or "effects" right after it: "the Hawthorne effect", "the doppler
/// effect". After a given name it is a person's surname ("the Sarah Flynn effect").
pub(crate) fn names_a_famous_effect(tokens: &[Token<'_>], i: usize) -> bool {
    i > 0
        && ARTICLES.contains(&tokens[i - 1].lower.as_str())
        && tokens
            .get(i + 1)
            .is_some_and(|noun| matches!(noun.lower.as_str(), "effect" | "effects"))
        && EFFECT_EPONYMS.contains(&tokens[i].lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// Whether the word `word` of `text` names a famous effect.
    fn famous(text: &str, word: &str) -> bool {
        let tokens = tokenize(text);
        let i = tokens.iter().position(|t| t.text == word).unwrap();
        names_a_famous_effect(&tokens, i)
    }

    #[test]
    fn famous_effects_are_known() {
        for (text, word) in [
            ("A case of the Hawthorne effect, I think.", "Hawthorne"),
            ("the doppler effect of the siren", "doppler"),
            ("A classic case of the Streisand effect.", "Streisand"),
            ("Insulin at night: the Somogyi effect.", "Somogyi"),
            ("the Doppler effects of two sirens", "Doppler"),
        ] {
            assert!(famous(text, word), "{text}");
        }
    }

    #[test]
    fn other_names_and_nouns_are_not() {
        for (text, word) in [
            ("Call it the Kathleen effect.", "Kathleen"),
            ("the Matthew effect on the ward", "Matthew"),
            ("the Hawthorne wing", "Hawthorne"),
            ("Hawthorne", "Hawthorne"),
            ("It was the Sarah Flynn effect.", "Flynn"),
            ("Classic Streisand effect.", "Streisand"),
        ] {
            assert!(!famous(text, word), "{text}");
        }
    }
}
