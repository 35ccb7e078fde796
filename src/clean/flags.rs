//! [`Flags`]: what the cleaning stage noticed about a comment.

/// Facts about a comment that later stages and analysts act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Flags {
    /// The text is empty after cleaning.
    pub blank: bool,
    /// The text says nothing about the care (blank, `Did not answer`, `N/A`, `-`…);
    /// always true when `blank` is.
    pub non_answer: bool,
    /// The same text (ignoring case and white space) appeared earlier in the input.
    pub duplicate: bool,
}

impl Flags {
    /// Every flag name, in the order written in outputs (readers of `tagged.jsonl` check
    /// flags against this list).
    pub const NAMES: [&'static str; 3] = ["blank", "non_answer", "duplicate"];

    /// The names of the flags that are set, in the fixed order
    /// `blank`, `non_answer`, `duplicate` (the order written in outputs).
    pub fn names(&self) -> Vec<&'static str> {
        [self.blank, self.non_answer, self.duplicate]
            .into_iter()
            .zip(Self::NAMES)
            .filter_map(|(set, name)| set.then_some(name))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_fixed_order() {
        let all = Flags {
            blank: true,
            non_answer: true,
            duplicate: true,
        };
        assert_eq!(all.names(), ["blank", "non_answer", "duplicate"]);
        let one = Flags {
            duplicate: true,
            ..Flags::default()
        };
        assert_eq!(one.names(), ["duplicate"]);
        assert!(Flags::default().names().is_empty());
    }
}
