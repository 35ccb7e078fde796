//! Texting interjections and shorthand the tagger reads as names: "omg X on the labour
//! ward u legend", "shout out X on nights lol", "Er, what else, oh, X in the x-ray".
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

/// Whether `lower` (a lower-cased word) is a listed interjection or shorthand.
pub(crate) fn is_interjection(lower: &str) -> bool {
    INTERJECTIONS.contains(&lower)
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
    fn words_that_are_names_somewhere_are_not() {
        for word in [
            "lil", "luv", "oh", "ty", "um", "ali", "eri", "ema", "cos", "alot",
        ] {
            assert!(!is_interjection(word), "{word}");
        }
    }
}
