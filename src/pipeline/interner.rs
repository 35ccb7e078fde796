//! [`Interner`]: each distinct string stored once, rows keep a `u32` id.

use crate::fast_hash::FastHashMap;

/// Id meaning "no value".
pub(super) const NONE: u32 = u32::MAX;

/// Distinct strings in first-seen order, found again by value.
#[derive(Debug, Default)]
pub(super) struct Interner {
    strings: Vec<String>,
    index: FastHashMap<String, u32>,
}

impl Interner {
    /// The id of `value` (added when new); [`NONE`] for `None`.
    pub(super) fn id(&mut self, value: Option<&str>) -> u32 {
        let Some(value) = value else { return NONE };
        if let Some(&id) = self.index.get(value) {
            return id;
        }
        let id = u32::try_from(self.strings.len()).expect("fewer than 4 billion distinct values");
        self.strings.push(value.to_string());
        self.index.insert(value.to_string(), id);
        id
    }

    /// The string of an id (`None` for [`NONE`]).
    pub(super) fn get(&self, id: u32) -> Option<&str> {
        self.strings.get(id as usize).map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_value_same_id_and_none_is_none() {
        let mut interner = Interner::default();
        let a = interner.id(Some("A&E"));
        assert_eq!(interner.id(Some("Outpatients")), a + 1);
        assert_eq!(interner.id(Some("A&E")), a);
        assert_eq!(interner.id(None), NONE);
        assert_eq!(interner.get(a), Some("A&E"));
        assert_eq!(interner.get(NONE), None);
    }
}
