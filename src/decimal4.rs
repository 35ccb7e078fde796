//! [`push_4dp`]: an `f32` written with four decimals, the same bytes as
//! `format!("{:.4}", x)`, for the score cells of `tagged.csv`.
//!
//! The standard formatter finds the exactly rounded digits with Grisu and, when Grisu
//! cannot decide, with a big-number fallback (Dragon4); on a million rows that fallback
//! alone was 1% of the run's CPU (`perf`). Scores lie in `0..=1`, where the exact
//! product of the float and 10,000 fits in 128-bit integer arithmetic: `x = m · 2^-k`
//! with `m < 2^24`, so `x · 10^4 = m · 10^4 / 2^k` and its rounding (half to even, as
//! the standard formatter does on an exact tie) is a shift and a comparison. Values
//! outside the range handled here (negative, not finite, or 2^20 and above) go to the
//! standard formatter.

use std::fmt::Write as _;

/// Largest value handled without the standard formatter (exclusive).
const LIMIT: f32 = 1_048_576.0;

/// Appends `x` to `out` exactly as `write!(out, "{:.4}", x)` would.
pub fn push_4dp(out: &mut String, x: f32) {
    let Some(n) = scaled_4dp(x) else {
        let _ = write!(out, "{x:.4}");
        return;
    };
    let (whole, part) = (n / 10_000, n % 10_000);
    if whole < 10 {
        out.push(char::from(b'0' + whole as u8));
    } else {
        let _ = write!(out, "{whole}");
    }
    out.push('.');
    for unit in [1_000, 100, 10, 1] {
        out.push(char::from(b'0' + (part / unit % 10) as u8));
    }
}

/// `x · 10^4` rounded to the nearest integer, ties to even; `None` outside
/// `+0 ≤ x < 2^20` (negative zero included, which the standard formatter signs).
fn scaled_4dp(x: f32) -> Option<u64> {
    if !(0.0..LIMIT).contains(&x) || x.is_sign_negative() {
        return None;
    }
    let bits = x.to_bits();
    let exponent = (bits >> 23) & 0xff;
    let fraction = u64::from(bits & 0x7f_ffff);
    // x = mantissa · 2^-shift (subnormals: no implicit bit, the smallest exponent). Below
    // the limit the exponent is at most 146, so the shift is at least 4.
    let (mantissa, shift) = if exponent == 0 {
        (fraction, 149)
    } else {
        (fraction | 0x80_0000, 150 - exponent)
    };
    if shift >= 100 {
        // mantissa · 10^4 < 2^38 is below half of 2^shift: rounds to zero.
        return Some(0);
    }
    let product = u128::from(mantissa * 10_000);
    let whole = (product >> shift) as u64;
    let rest = product & ((1u128 << shift) - 1);
    let half = 1u128 << (shift - 1);
    let up = rest > half || (rest == half && whole % 2 == 1);
    Some(whole + u64::from(up))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same_as_std(x: f32) {
        let mut ours = String::new();
        push_4dp(&mut ours, x);
        assert_eq!(ours, format!("{x:.4}"), "bits {:#x}", x.to_bits());
    }

    #[test]
    fn ordinary_scores_and_edges() {
        for x in [
            0.0,
            1.0,
            0.5,
            0.812_345,
            0.999_95,
            f32::from_bits(0.999_95f32.to_bits() - 1),
            0.000_05,
            f32::from_bits(0.000_05f32.to_bits() - 1),
            0.123_45,
            1e-30,
            1e-45,
            2.5,
            12_345.678,
            1_048_575.9,
        ] {
            same_as_std(x);
        }
    }

    #[test]
    fn outside_the_range_falls_back() {
        for x in [
            -0.0,
            -0.5,
            -1e-7,
            f32::NAN,
            f32::INFINITY,
            f32::NEG_INFINITY,
            1_048_576.0,
            3.0e38,
        ] {
            same_as_std(x);
        }
    }

    /// Exact ties (`x · 10^4` ending in `.5`: `x` an odd multiple of 1/32) go to the
    /// even neighbour, as the standard formatter's do.
    #[test]
    fn exact_ties_round_to_even() {
        for k in 0..=4_096u32 {
            same_as_std(k as f32 / 32.0);
            same_as_std(k as f32 / 1_024.0);
        }
    }

    /// Checks every `step`-th float from 2^-20 to 2 against the standard formatter.
    fn sweep(step: usize) {
        let start = (2f32).powi(-20).to_bits();
        let end = 2f32.to_bits();
        let mut ours = String::new();
        let mut theirs = String::new();
        for bits in (start..=end).step_by(step) {
            let x = f32::from_bits(bits);
            ours.clear();
            theirs.clear();
            push_4dp(&mut ours, x);
            let _ = write!(theirs, "{x:.4}");
            assert_eq!(ours, theirs, "bits {bits:#x}");
        }
    }

    /// Every 61st float from 2^-20 to 2 (about 3 million of the floats in that range,
    /// every exponent); below 2^-20 every value is `0.0000`. The ignored test below
    /// checks every float in the range.
    #[test]
    fn strided_sweep_matches_std() {
        sweep(61);
    }

    /// Every float from 2^-20 to 2 (about 176 million). Slow (one to a few minutes in
    /// release): `cargo test --release --lib decimal4 -- --ignored`.
    #[test]
    #[ignore = "exhaustive, slow: run by hand when changing the formatter"]
    fn exhaustive_sweep_matches_std() {
        sweep(1);
    }
}
