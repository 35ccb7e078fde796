//! [`LabelSet`]: a set of QDC v7 subcategories held as a 32-bit mask (one bit per label).

use super::taxonomy::{major_index_of, N_LABELS};

/// A set of subcategory indices (framework order). 32 labels fit one `u32` exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct LabelSet(pub u32);

impl LabelSet {
    /// The empty set.
    pub const EMPTY: LabelSet = LabelSet(0);

    /// A set holding only `index`.
    pub fn single(index: usize) -> Self {
        LabelSet(1 << index)
    }

    /// Adds `index`.
    pub fn insert(&mut self, index: usize) {
        self.0 |= 1 << index;
    }

    /// True when `index` is in the set.
    pub fn contains(self, index: usize) -> bool {
        self.0 & (1 << index) != 0
    }

    /// True when no label is in the set.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The set without `index`.
    pub fn without(self, index: usize) -> Self {
        LabelSet(self.0 & !(1 << index))
    }

    /// Label indices in the set, ascending.
    pub fn iter(self) -> impl Iterator<Item = usize> {
        (0..N_LABELS).filter(move |&i| self.contains(i))
    }

    /// The set of major-category indices its labels roll up to (as a bit mask).
    pub fn majors(self) -> u16 {
        self.iter().fold(0u16, |m, i| m | (1 << major_index_of(i)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_contains_and_roll_up() {
        let mut set = LabelSet::EMPTY;
        assert!(set.is_empty());
        set.insert(5);
        set.insert(31);
        assert!(set.contains(5) && set.contains(31) && !set.contains(4));
        assert_eq!(set.iter().collect::<Vec<_>>(), vec![5, 31]);
        // 5 = Staff manner (Staff, major 1); 31 = Parking (major 9).
        assert_eq!(set.majors(), (1 << 1) | (1 << 9));
        assert_eq!(set.without(5), LabelSet::single(31));
    }
}
