#![allow(clippy::unwrap_used)]
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
const FIRST: [&str; 8] = [
    "Amira", "John", "Priya", "Tomasz", "Grace", "Kwame", "Siobhan", "Li",
];
const LAST: [&str; 8] = [
    "Okafor", "Smith", "Patel", "Nowak", "Hughes", "Mensah", "Byrne", "Chen",
];
const STREETS: [&str; 6] = [
    "Mill Lane",
    "Station Road",
    "Oak Close",
    "Park Avenue",
    "High Street",
    "Elm Grove",
];
const WARDS: [&str; 5] = ["Ward 12", "the stroke unit", "ICU", "Ward 3B", "the AMU"];

/// One generated comment; `pii` chooses whether it carries personal data.
fn comment(rng: &mut ChaCha8Rng, pii: bool) -> String {
    let name = format!(
        "{} {}",
        FIRST.choose(rng).unwrap(),
        LAST.choose(rng).unwrap()
    );
    let ward = WARDS.choose(rng).unwrap();
    let hours = rng.gen_range(1..13);
    if !pii {
        return match rng.gen_range(0..4) {
            0 => format!("Waited {hours} hours on {ward} but the nurse was lovely, 9/10."),
            1 => format!(
                "Seen at {}:{:02} after {hours} hours, given 500mg paracetamol.",
                rng.gen_range(8..20),
                rng.gen_range(0..60)
            ),
            2 => "The staff were kind and caring, nothing to improve at all.".to_string(),
            _ => format!("Parking cost £{hours}.50 and the food on {ward} was cold."),
        };
    }
    let digits = |rng: &mut ChaCha8Rng, n: usize| -> String {
        (0..n)
            .map(|_| char::from(b'0' + rng.gen_range(0..10u8)))
            .collect()
    };
    match rng.gen_range(0..6) {
        0 => format!(
            "My NHS number is {} {} {}, please update.",
            digits(rng, 3),
            digits(rng, 3),
            digits(rng, 4)
        ),
        1 => format!("Please call me on 07700 {} about {ward}.", digits(rng, 6)),
        2 => format!(
            "{name}, DOB {}/{}/19{}, lives at {} {}.",
            rng.gen_range(10..28),
            rng.gen_range(10..12),
            rng.gen_range(30..99),
            rng.gen_range(1..200),
            STREETS.choose(rng).unwrap()
        ),
        3 => format!(
            "Email me at {}{}@example.co.uk re LE{} {}AB.",
            LAST.choose(rng).unwrap().to_lowercase(),
            rng.gen_range(1..99),
            rng.gen_range(1..19),
            rng.gen_range(1..9)
        ),
        4 => format!(
            "Hospital number RX{}, NI number AB{}C, thanks.",
            digits(rng, 7),
            digits(rng, 6)
        ),
        _ => format!("Nurse {name} on {ward} was wonderful after {hours} hours."),
    }
}

fn main() {
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    for i in 0..20_000 {
        println!("{}", comment(&mut rng, i % 3 != 0).replace('\n', " "));
    }
}
