//! Cross-validation folds keyed by a hash of the normalised comment text, so identical
//! (or trivially different) texts always land in the same fold and never straddle a
//! train/test split.

/// Lower-case letters and digits of `text`, words separated by single spaces.
pub fn normalise_for_folds(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// A stable 64-bit key (FNV-1a) of the normalised text.
pub fn fold_key(text: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in normalise_for_folds(text).bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    // Final avalanche (splitmix64) so that `key % k` is well spread.
    let mut z = hash.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The fold (0..k) of a key. `salt` gives independent splits (e.g. inner folds).
pub fn fold_of(key: u64, k: usize, salt: u64) -> usize {
    let mixed = key ^ salt.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let mixed = (mixed ^ (mixed >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    ((mixed ^ (mixed >> 32)) % k.max(1) as u64) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_texts_never_straddle_folds() {
        let a = fold_key("Staff were lovely!");
        let b = fold_key("  staff WERE lovely ");
        assert_eq!(a, b);
        for salt in 0..5 {
            assert_eq!(fold_of(a, 5, salt), fold_of(b, 5, salt));
        }
        assert_ne!(fold_key("staff were lovely"), fold_key("staff were rude"));
    }

    #[test]
    fn folds_are_roughly_balanced() {
        let mut counts = [0usize; 5];
        for i in 0..5000 {
            counts[fold_of(fold_key(&format!("comment number {i}")), 5, 0)] += 1;
        }
        assert!(
            counts.iter().all(|&c| (850..1150).contains(&c)),
            "{counts:?}"
        );
    }
}
