//! The name on a family tree's person record as GEDCOM writes it: a level number, the
//! tag "NAME", the given names, then the surname between slashes ("1 NAME Merkuriusz
//! /Dryps/", "1 NAME /Czuczko/"). People paste such lines from genealogy software into a
//! comment about a relative or a midwife; the record says which words are the name, so
//! they are taken whole, whether or not a list holds them.

use std::sync::OnceLock;

use regex::Regex;

use crate::redact::pattern::compile;

/// The record: a level's digit, "NAME" in capitals, up to four given names, the surname
/// between slashes on the same line.
fn record() -> &'static Regex {
    static RECORD: OnceLock<Regex> = OnceLock::new();
    RECORD.get_or_init(|| {
        compile(
            r"(?:^|[^\p{L}\p{N}])\d{1,2}[ \t]+NAME[ \t]+((?:\p{L}[\p{L}'\x{2019}.-]*[ \t]+){0,4})/(\p{L}[\p{L}'\x{2019} -]*)/",
        )
    })
}

/// The byte ranges of the given names and of the surname of each GEDCOM name record in
/// `text`, every word of them capitalised as a record writes a name ("Step 1 NAME
/// /optional/ on the form" is no record). Most comments hold no "NAME" and are not
/// searched.
pub(crate) fn names_in_family_tree_records(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    if !memchr::memchr_iter(b'N', bytes).any(|at| bytes[at + 1..].starts_with(b"AME")) {
        return Vec::new();
    }
    let mut found = Vec::new();
    for caps in record().captures_iter(text) {
        let parts = [caps.get(1), caps.get(2)];
        let capitalised = parts.iter().flatten().all(|part| {
            part.as_str()
                .split([' ', '\t'])
                .filter(|word| !word.is_empty())
                .all(|word| word.starts_with(char::is_uppercase))
        });
        if !capitalised {
            continue;
        }
        for part in parts.into_iter().flatten() {
            let trimmed = part.as_str().trim_end_matches([' ', '\t']);
            if !trimmed.is_empty() {
                found.push((part.start(), part.start() + trimmed.len()));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        names_in_family_tree_records(text)
            .into_iter()
            .map(|(start, end)| &text[start..end])
            .collect()
    }

    #[test]
    fn takes_the_given_names_and_the_surname_of_a_record() {
        assert_eq!(
            names("a new INDI record, 1 NAME Merkuriusz /Dryps/, 1 NOTE delivered"),
            vec!["Merkuriusz", "Dryps"]
        );
        assert_eq!(
            names("a line 1 NAME Protogen Jan /Czuczko/ with a note"),
            vec!["Protogen Jan", "Czuczko"]
        );
        assert_eq!(names("1 NAME /Smith/"), vec!["Smith"]);
    }

    #[test]
    fn leaves_other_slashes_and_names() {
        assert!(names("NAME and/or ward 3/4").is_empty());
        assert!(names("my name /Smith/ here").is_empty());
        assert!(names("GAME 1 NAME: Ward /A/").is_empty());
        assert!(names("Step 1 NAME /optional/ on the online form").is_empty());
    }
}
