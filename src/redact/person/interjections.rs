//! Texting interjections and shorthand the tagger reads as names: "omg X on the labour
//! ward u legend", "shout out X on nights lol", "Er, what else, oh, X in the x-ray".
//!
//! Also "thank you" and "hello" in the languages patients in the UK write beside English
//! ("Diolch.", "Dziękuję, the interpreter was great", "Shukriya to all"): a comment that
//! switches language for its thanks holds a word no name list knows, capitalised,
//! alone between stops, and the tagger reads it as a name.
//!
//! A closed list of words no one is called: hesitations and internet shorthand. Words
//! that are also names or the short form of one ("lil", "luv", "oh", "ty", "um" are a given
//! name or a surname somewhere) are left out, and the caller keeps a listed word a cue
//! or a word of thanks vouches for.

/// Interjections and shorthand, in lower case.
const INTERJECTIONS: &[&str] = &[
    "omg", "lol", "lmao", "lmfao", "rofl", "tbh", "tbf", "ngl", "imo", "imho", "idk", "btw", "smh",
    "ffs", "wtf", "ikr", "brb", "fao", "asap", "er", "erm", "umm", "uhm", "hmm", "hmmm", "ahh",
    "argh", "ugh",
    // Texting's spellings of everyday words and phrases, glued or cut short ("Nah not
    // really", "Coz nobody rang", "Aswell as the nurses", "Thankyou for everything"):
    // "cos" and "alot" are left out, a surname and a name somewhere.
    "nah", "coz", "cuz", "aswell", "thankyou", "thanku", "thanx",
];

/// "Thank you", "thanks" and greetings in other languages, as written in Latin letters
/// (with and without their accents), in lower case: Welsh, Polish, Urdu and Hindi,
/// Punjabi, Bengali, Gujarati, Tamil, Arabic, Somali, Swahili, Hausa, Igbo, Tagalog,
/// Turkish, Kurdish, Persian, Portuguese, Spanish, French, Italian, German, Dutch,
/// Romanian, Lithuanian, Latvian, Czech, Slovak, Hungarian, Croatian and Serbian,
/// Bulgarian, Russian, Ukrainian, Albanian, Greek. Words that are a given name or a
/// surname in any of the project's name lists are left out (a test checks the
/// redactor's lists; "asante", "merci", "bonjour", "hola", "shalom", "salaam" and "nagode"
/// are names in the training lists).
const THANKS_IN_OTHER_LANGUAGES: &[&str] = &[
    "diolch",
    "croeso",
    "shwmae",
    "dziekuje",
    "dziękuję",
    "dzieki",
    "dzięki",
    "shukriya",
    "shukria",
    "shukriyaa",
    "dhanyavaad",
    "dhanyavad",
    "dhanyawad",
    "dhanwad",
    "dhonnobad",
    "dhonyobad",
    "nandri",
    "shukran",
    "mahadsanid",
    "daalu",
    "salamat",
    "tesekkurler",
    "teşekkürler",
    "tesekkur",
    "teşekkür",
    "sagol",
    "sağol",
    "spas",
    "mamnoon",
    "mamnun",
    "obrigado",
    "obrigada",
    "gracias",
    "grazie",
    "danke",
    "dankeschön",
    "dankeschon",
    "dankjewel",
    "bedankt",
    "multumesc",
    "mulțumesc",
    "mulţumesc",
    "aciu",
    "ačiū",
    "paldies",
    "dekuji",
    "děkuji",
    "dakujem",
    "ďakujem",
    "koszonom",
    "köszönöm",
    "hvala",
    "blagodarya",
    "spasibo",
    "dyakuyu",
    "faleminderit",
    "efharisto",
    "efcharisto",
    "ciao",
    "namaste",
    "assalamualaikum",
    "cześć",
    "czesc",
];

/// Whether `lower` (a lower-cased word) is a listed interjection or shorthand, or a
/// word of thanks or greeting in another language.
pub(crate) fn is_interjection(lower: &str) -> bool {
    INTERJECTIONS.contains(&lower) || THANKS_IN_OTHER_LANGUAGES.contains(&lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shorthand_and_hesitations_are_listed() {
        for word in [
            "omg", "lol", "tbh", "er", "fao", "erm", "nah", "coz", "thankyou",
        ] {
            assert!(is_interjection(word), "{word}");
        }
    }

    #[test]
    fn thanks_in_other_languages_are_listed() {
        for word in [
            "diolch",
            "dziekuje",
            "dziękuję",
            "shukriya",
            "obrigada",
            "gracias",
        ] {
            assert!(is_interjection(word), "{word}");
        }
        assert!(!is_interjection("thanks"));
    }

    #[test]
    fn no_word_of_thanks_in_another_language_is_a_listed_name() {
        // The redactor's own name lists (the measuring rounds' lists are not read).
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/lexicons/names");
        let mut names = std::collections::HashSet::new();
        let files = ["first_names.txt", "surnames.txt", "word_names.txt"]
            .map(|f| std::path::PathBuf::from(format!("{dir}/{f}")));
        for path in files {
            let text = std::fs::read_to_string(&path).expect("name list");
            for line in text.lines() {
                let word = line.split(['\t', ',']).next().unwrap_or("").trim();
                names.insert(word.to_lowercase());
            }
        }
        let listed: Vec<&str> = THANKS_IN_OTHER_LANGUAGES
            .iter()
            .copied()
            .filter(|w| names.contains(*w))
            .collect();
        assert!(listed.is_empty(), "listed as names: {listed:?}");
    }

    #[test]
    fn words_that_are_names_somewhere_are_not() {
        for word in [
            "lil", "luv", "oh", "ty", "um", "ali", "eri", "ema", "cos", "alot",
        ] {
            assert!(!is_interjection(word), "{word}");
        }
    }
}
