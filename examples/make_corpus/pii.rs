//! Planted personal data: made-up identifiers in clearly cued, standard forms.
//!
//! Every value is invented or drawn from ranges reserved for examples, so none can
//! belong to a real person: NHS numbers in the 999 test range (plus the NHS's published
//! example 943 476 5919), Ofcom drama phone numbers (07700 900xxx, 020 7946 0xxx,
//! 0113 496 0xxx, 0161 496 0xxx), `example.com/org/net` e-mail domains, and national
//! insurance numbers with the never-issued `QQ` prefix. Names are common first names
//! and surnames paired at random.

use rand::seq::SliceRandom;
use rand::Rng;
use rand_chacha::ChaCha8Rng;

const FIRST_NAMES: &[&str] = &[
    "Amelia",
    "Priya",
    "Tomasz",
    "Oluwaseun",
    "Callum",
    "Siobhan",
    "Mohammed",
    "Eleanor",
    "Dylan",
    "Ayesha",
    "Fergus",
    "Hannah",
    "Rhys",
    "Zofia",
    "Imran",
    "Bethany",
    "Kwame",
    "Niamh",
    "Declan",
    "Lucy",
    "Arjun",
    "Megan",
    "Yusuf",
    "Harriet",
];
const SURNAMES: &[&str] = &[
    "Hughes",
    "Sharma",
    "Nowak",
    "Adeyemi",
    "Fraser",
    "Gallagher",
    "Rahman",
    "Whitfield",
    "Pritchard",
    "Siddiqui",
    "McLeod",
    "Okafor",
    "Llewellyn",
    "Kowalska",
    "Chaudhry",
    "Marsh",
    "Mensah",
    "O'Connor",
    "Byrne",
    "Tran",
    "Patel",
    "Thornton",
    "Ellison",
    "Dunmore",
];
const TITLED: &[&str] = &[
    "Dr {} was wonderful and explained everything.",
    "Nurse {} went above and beyond for me.",
    "Sister {} on the ward was brilliant.",
    "Please pass my thanks to Mr {} in outpatients.",
    "Mrs {} at the booking desk was very rude to me.",
    "Paramedic {} stayed calm and reassured my family.",
    "My name is {} and I would like someone to call me back.",
    "Ms {} the physio pushed me just the right amount.",
];
const POSTCODES: &[&str] = &[
    "LS1 4AP", "M13 9WL", "B15 2TT", "EH8 9YL", "CF10 3AT", "NE1 7RU", "BS8 1TH", "G12 8QQ",
    "S10 2TN", "NG7 2UH", "L69 3BX", "SW1A 1AA", "DN4 5HX", "YO10 5DD",
];
const STREET_NAMES: &[&str] = &[
    "Park", "Willow", "Station", "Mill", "Church", "Oak", "Victoria", "Meadow", "Beech", "Albert",
];
const STREET_SUFFIXES: &[&str] = &[
    "Road", "Street", "Lane", "Avenue", "Close", "Drive", "Crescent", "Grove", "Terrace",
];

/// A sentence holding personal data, and the identifier values planted in it.
pub struct Plant {
    /// The sentence.
    pub sentence: String,
    /// Each identifier exactly as written in the sentence.
    pub values: Vec<String>,
}

/// Makes a planted sentence of the `n`th kind (cycling through all kinds).
pub fn plant(rng: &mut ChaCha8Rng, n: usize) -> Plant {
    match n % 10 {
        0 | 1 => person(rng),
        2 => nhs_number(rng),
        3 => phone(rng),
        4 => email(rng),
        5 => address(rng),
        6 => date_of_birth(rng),
        7 => nino(rng),
        8 => hospital_number(rng),
        _ => person(rng),
    }
}

fn pick<'a>(rng: &mut ChaCha8Rng, items: &[&'a str]) -> &'a str {
    items.choose(rng).copied().unwrap_or_default()
}

fn person(rng: &mut ChaCha8Rng) -> Plant {
    let name = format!("{} {}", pick(rng, FIRST_NAMES), pick(rng, SURNAMES));
    let sentence = pick(rng, TITLED).replace("{}", &name);
    Plant {
        sentence,
        values: vec![name],
    }
}

/// A valid Modulus-11 NHS number in the 999 test range, or the NHS's own example.
fn nhs_number(rng: &mut ChaCha8Rng) -> Plant {
    let digits = if rng.gen_bool(0.15) {
        "9434765919".to_string()
    } else {
        loop {
            let body: Vec<u32> = [9, 9, 9]
                .into_iter()
                .chain((0..6).map(|_| rng.gen_range(0..10)))
                .collect();
            let sum: u32 = body.iter().zip((2..=10).rev()).map(|(d, w)| d * w).sum();
            let check = match 11 - sum % 11 {
                11 => 0,
                10 => continue,
                c => c,
            };
            let mut s: String = body
                .iter()
                .map(|d| char::from_digit(*d, 10).unwrap())
                .collect();
            s.push(char::from_digit(check, 10).unwrap());
            break s;
        }
    };
    let written = match rng.gen_range(0..3) {
        0 => digits.clone(),
        1 => format!("{}-{}-{}", &digits[..3], &digits[3..6], &digits[6..]),
        _ => format!("{} {} {}", &digits[..3], &digits[3..6], &digits[6..]),
    };
    let sentence = match rng.gen_range(0..3) {
        0 => format!("My NHS number is {written} but the letter had it wrong."),
        1 => format!("NHS number {written} was on someone else's notes."),
        _ => format!("They asked for my NHS no. {written} three times."),
    };
    Plant {
        sentence,
        values: vec![written],
    }
}

fn phone(rng: &mut ChaCha8Rng) -> Plant {
    let n = rng.gen_range(0..1000);
    let written = match rng.gen_range(0..6) {
        0 => format!("07700 900{n:03}"),
        1 => format!("07700900{n:03}"),
        2 => format!("+44 7700 900{n:03}"),
        3 => format!("020 7946 0{n:03}"),
        4 => format!("+44 20 7946 0{n:03}"),
        _ => format!("0113 496 0{n:03}"),
    };
    let sentence = match rng.gen_range(0..3) {
        0 => format!("Please call me on {written} about my complaint."),
        1 => format!("My mobile is {written} if there is a cancellation."),
        _ => format!("I rang {written} and nobody picked up."),
    };
    Plant {
        sentence,
        values: vec![written],
    }
}

fn email(rng: &mut ChaCha8Rng) -> Plant {
    let domain = pick(rng, &["example.com", "example.org", "example.net"]);
    let written = format!(
        "{}.{}{}@{domain}",
        pick(rng, FIRST_NAMES).to_lowercase(),
        pick(rng, SURNAMES).to_lowercase().replace('\'', ""),
        rng.gen_range(1..99)
    );
    let sentence = match rng.gen_range(0..2) {
        0 => format!("Email me at {written} with the results."),
        _ => format!("My email is {written} but nobody replied."),
    };
    Plant {
        sentence,
        values: vec![written],
    }
}

fn address(rng: &mut ChaCha8Rng) -> Plant {
    let street = format!(
        "{} {} {}",
        rng.gen_range(1..120),
        pick(rng, STREET_NAMES),
        pick(rng, STREET_SUFFIXES)
    );
    let postcode = pick(rng, POSTCODES).to_string();
    let sentence = match rng.gen_range(0..2) {
        0 => format!("I live at {street}, {postcode} and the transport went to the wrong house."),
        _ => format!("Letters keep going to {street} instead of my address, postcode {postcode}."),
    };
    Plant {
        sentence,
        values: vec![street, postcode],
    }
}

fn date_of_birth(rng: &mut ChaCha8Rng) -> Plant {
    let written = format!(
        "{:02}/{:02}/{}",
        rng.gen_range(1..29),
        rng.gen_range(1..13),
        rng.gen_range(1930..2005)
    );
    let sentence = match rng.gen_range(0..2) {
        0 => format!("My DOB {written} was recorded wrong on the system."),
        _ => format!("Date of birth {written} and they still mixed me up with another patient."),
    };
    Plant {
        sentence,
        values: vec![written],
    }
}

fn nino(rng: &mut ChaCha8Rng) -> Plant {
    let written = format!(
        "QQ {:02} {:02} {:02} {}",
        rng.gen_range(0..100),
        rng.gen_range(0..100),
        rng.gen_range(0..100),
        pick(rng, &["A", "B", "C", "D"])
    );
    let sentence = format!("Why did the form ask for my national insurance number {written}?");
    Plant {
        sentence,
        values: vec![written],
    }
}

fn hospital_number(rng: &mut ChaCha8Rng) -> Plant {
    let digits = format!("{}", rng.gen_range(1_000_000..10_000_000));
    let sentence = match rng.gen_range(0..2) {
        0 => format!("My MRN {digits} was not on the system."),
        _ => format!("Hospital number {digits} belongs to me, not the other patient."),
    };
    Plant {
        sentence,
        values: vec![digits],
    }
}
