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
    // Internet shorthand that opens a sentence ("POV: you wake up from the anaesthetic",
    // "TFW the cannula goes in first time"); "pov" is a surname in one training list of
    // generated names only, and a title or thanks before it keeps the person.
    "pov", "tfw", "iirc", "fyi", "tldr", "afaik",
    // Texting's spellings of everyday words and phrases, glued or cut short ("Nah not
    // really", "Coz nobody rang", "Aswell as the nurses", "Thankyou for everything"):
    // "cos" and "alot" are left out, a surname and a name somewhere.
    "nah", "coz", "cuz", "aswell", "thankyou", "thanku", "thanx",
];

/// Texting's spellings of everyday words, written from common British usage: a dropped
/// final "g" ("amazin", "goin"), sounds spelt out ("nite", "wiv", "wud", "luvly"),
/// shortenings ("fave", "evry") and run-together words ("shoutout", "lowkey"). In a
/// comment without capitals nothing else tells them from a name no list holds ("lol X
/// kept us laughing all nite"). Each is checked against every name list of the project,
/// the measuring rounds' lists included, and those held there as a name are left out
/// ("sayin", "havin", "luv": given names somewhere). The dropped "g" is listed word by
/// word, for everyday verbs only: a rule over every "-in" word lost names such as
/// "Racin" and "Savin" (see `texting.rs`).
const TEXTING_SPELLINGS: &[&str] = &[
    "nite",
    "nites",
    "tonite",
    "wiv",
    "wud",
    "shud",
    "fave",
    "faves",
    "fav",
    "favs",
    "luvly",
    "evry",
    "evrything",
    "evrythin",
    "evryone",
    "evrybody",
    "everythin",
    "nothin",
    "somethin",
    "anythin",
    "amazin",
    "talkin",
    "goin",
    "doin",
    "gettin",
    "comin",
    "lookin",
    "feelin",
    "tryin",
    "waitin",
    "lovin",
    "helpin",
    "stayin",
    "cryin",
    "askin",
    "thinkin",
    "workin",
    "walkin",
    "sittin",
    "runnin",
    "takin",
    "makin",
    "tellin",
    "callin",
    "hopin",
    "laughin",
    "chattin",
    "checkin",
    "eatin",
    "drinkin",
    "sleepin",
    "shoutout",
    "shoutouts",
    "lowkey",
    "nuff",
];

/// Whether `lower` (a lower-cased word) is a texting spelling of an everyday word
/// ([`TEXTING_SPELLINGS`]): a word, never a name, whatever stands around it.
pub(crate) fn is_texting_spelling(lower: &str) -> bool {
    TEXTING_SPELLINGS.contains(&lower)
}

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

/// Whether `lower` (a lower-cased word) is a listed interjection or shorthand, a
/// texting spelling of an everyday word, or a word of thanks or greeting in another
/// language.
pub(crate) fn is_interjection(lower: &str) -> bool {
    INTERJECTIONS.contains(&lower)
        || TEXTING_SPELLINGS.contains(&lower)
        || THANKS_IN_OTHER_LANGUAGES.contains(&lower)
        || is_laughter(lower)
}

/// Whether `lower` is laughter written out: "ha" or "he" twice or more, with perhaps a
/// last "h" ("haha", "hahaha", "hehe", "hahah"). Written at the end of a joke ("X the
/// physio is my desert island luxury haha"), it is the only unknown small-letter word
/// in its clause, and nothing else tells it from a name no list holds. No name list of
/// the redactor holds one (two training-only lists of generated names do).
pub(crate) fn is_laughter(lower: &str) -> bool {
    let syllables = lower.strip_suffix('h').unwrap_or(lower).as_bytes();
    syllables.len() >= 4
        && syllables.len().is_multiple_of(2)
        && syllables
            .chunks(2)
            .all(|pair| pair == b"ha" || pair == b"he")
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
    fn laughter_is_an_interjection_and_words_like_it_are_not() {
        for word in ["haha", "hahaha", "hehe", "hahah", "hehehe"] {
            assert!(is_interjection(word), "{word}");
        }
        for word in [
            "ha", "hah", "hana", "hehir", "haha1", "aha", "hannah", "haas",
        ] {
            assert!(!is_interjection(word), "{word}");
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

    /// Every word that the name lists `files` (under `lexicons/names`) hold, lower-cased.
    fn names_in(files: &[std::path::PathBuf]) -> std::collections::HashSet<String> {
        let mut names = std::collections::HashSet::new();
        for path in files {
            let text = std::fs::read_to_string(path).expect("name list");
            for line in text.lines() {
                let word = line.split(['\t', ',']).next().unwrap_or("").trim();
                names.insert(word.to_lowercase());
            }
        }
        names
    }

    /// The words of `words` that `names` holds.
    fn listed<'w>(words: &[&'w str], names: &std::collections::HashSet<String>) -> Vec<&'w str> {
        words
            .iter()
            .copied()
            .filter(|w| names.contains(*w))
            .collect()
    }

    /// The folder of the name lists.
    fn lists_dir() -> std::path::PathBuf {
        std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/lexicons/names"))
    }

    #[test]
    fn no_word_of_thanks_in_another_language_is_a_listed_name() {
        // The redactor's own name lists (the measuring rounds' lists are not read).
        let dir = lists_dir();
        let names =
            names_in(&["first_names.txt", "surnames.txt", "word_names.txt"].map(|f| dir.join(f)));
        let listed = listed(THANKS_IN_OTHER_LANGUAGES, &names);
        assert!(listed.is_empty(), "listed as names: {listed:?}");
    }

    #[test]
    fn texting_spellings_are_listed() {
        for word in ["nite", "wiv", "amazin", "goin", "fave", "shoutout"] {
            assert!(is_interjection(word), "{word}");
        }
        // The everyday words themselves are not.
        for word in ["night", "amazing", "going", "favourite"] {
            assert!(!is_interjection(word), "{word}");
        }
    }

    #[test]
    fn no_texting_spelling_is_a_name_in_any_list() {
        // Every name list, the measuring rounds' training lists included: a spelling
        // some list holds as a name would hide a round's person.
        let names = super::super::lexicon::every_listed_name();
        let listed = listed(TEXTING_SPELLINGS, &names);
        assert!(listed.is_empty(), "listed as names: {listed:?}");
    }

    #[test]
    fn words_that_are_names_somewhere_are_not() {
        for word in [
            "lil", "luv", "oh", "ty", "um", "ali", "eri", "ema", "cos", "alot", "sayin", "havin",
        ] {
            assert!(!is_interjection(word), "{word}");
        }
    }
}
