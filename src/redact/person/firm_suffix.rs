//! A name a firm's suffix follows is the firm's: "Grandad's umbrella from James Smith &
//! Sons", "Hobbs and Sons Ltd", "Bloggs Partners plc". The firm bears a person's name,
//! but what is written is the firm.
//!
//! The suffixes are the legal ones ("Ltd", "Limited", "plc", "LLP") right after the
//! name, and the family ones ("Sons", "Son", "Daughters", "Partners") after "&", or
//! after "and" when written with a capital. "& Co" is left out: "Sarah & co were
//! brilliant" is Sarah and her colleagues.

use super::tokens::{Gap, Shape, Token};

/// Legal suffixes, right after the name.
const LEGAL: &[&str] = &["ltd", "limited", "plc", "llp"];

/// Family suffixes, after "&" or "and".
const FAMILY: &[&str] = &["sons", "son", "daughters", "partners"];

/// Whether the found name ending at token `last` is followed by a firm's suffix (see
/// the module docs).
pub(crate) fn names_a_firm(text: &str, tokens: &[Token<'_>], last: usize) -> bool {
    let Some(next) = tokens.get(last + 1) else {
        return false;
    };
    let between = &text[tokens[last].end..next.start];
    if LEGAL.contains(&next.lower.as_str()) && between == " " {
        return true;
    }
    if between.trim() == "&" {
        return FAMILY.contains(&next.lower.as_str());
    }
    next.lower.as_str() == "and"
        && next.gap == Gap::Space
        && tokens.get(last + 2).is_some_and(|suffix| {
            suffix.gap == Gap::Space
                && suffix.shape == Shape::Capitalised
                && FAMILY.contains(&suffix.lower.as_str())
        })
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn firm(text: &str, last: usize) -> bool {
        names_a_firm(text, &tokenize(text), last)
    }

    #[test]
    fn a_name_before_a_firms_suffix_is_the_firm() {
        assert!(firm("umbrella from James Smith & Sons went", 3));
        assert!(firm("Hobbs and Sons Ltd did the work", 0));
        assert!(firm("Bloggs Ltd sent it", 0));
        assert!(firm("james smith & sons umbrella", 1));
    }

    #[test]
    fn a_person_and_company_or_a_relative_is_left() {
        assert!(!firm("Sarah & co were brilliant", 0));
        assert!(!firm("Sarah and sons came to visit", 0));
        assert!(!firm("Sarah. Sons of mine came", 0));
        assert!(!firm("Sarah was kind", 0));
    }
}
