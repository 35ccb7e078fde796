//! Numbers as the report writes them: thousands separated, shares always with their base
//! ("41 of 1,745 (2.3%)"), so no percentage appears without the count behind it.

use super::data::Cell;

pub use crate::progress::thousands;

/// A share as a percentage with one decimal (`2.3%`), or `–` when the base is 0.
pub fn percent(part: u64, base: u64) -> String {
    if base == 0 {
        return "–".to_string();
    }
    format!("{:.1}%", part as f64 * 100.0 / base as f64)
}

/// `41 of 1,745`.
pub fn of(part: u64, base: u64) -> String {
    format!("{} of {}", thousands(part), thousands(base))
}

/// `41 of 1,745 (2.3%)`.
pub fn of_with_share(part: u64, base: u64) -> String {
    format!("{} ({})", of(part, base), percent(part, base))
}

/// A count as text: with thousands separators, or `*` when suppressed.
pub fn cell(c: Cell) -> String {
    match c {
        Cell::Count(n) => thousands(n),
        Cell::Suppressed => "*".to_string(),
    }
}

/// `41 of 1,745` when both counts are shown; else whichever is shown, saying what is
/// hidden.
pub fn cell_of(part: Cell, base: Cell) -> String {
    match (part, base) {
        (Cell::Count(p), Cell::Count(b)) => of(p, b),
        (Cell::Suppressed, Cell::Count(b)) => format!("a suppressed number of {}", thousands(b)),
        (Cell::Count(p), Cell::Suppressed) => format!("{} of a suppressed number", thousands(p)),
        (Cell::Suppressed, Cell::Suppressed) => "suppressed".to_string(),
    }
}

/// `41 of 1,745 (2.3%)` when both counts are shown; else as [`cell_of`].
pub fn cell_of_with_share(part: Cell, base: Cell) -> String {
    match (part, base) {
        (Cell::Count(p), Cell::Count(b)) => of_with_share(p, b),
        _ => cell_of(part, base),
    }
}

/// The share as a percentage when both counts are shown, else `*`.
pub fn cell_percent(part: Cell, base: Cell) -> String {
    match (part, base) {
        (Cell::Count(p), Cell::Count(b)) => percent(p, b),
        _ => "*".to_string(),
    }
}

/// A real number with one decimal (`9.5`).
pub fn one_decimal(x: f64) -> String {
    format!("{x:.1}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_carry_their_base() {
        assert_eq!(of_with_share(41, 1745), "41 of 1,745 (2.3%)");
        assert_eq!(percent(1, 0), "–");
    }
}
