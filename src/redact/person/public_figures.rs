//! People in the public eye, named as such: "Dr Ranj off the telly", "she loved Taylor
//! Swift and sang to my daughter". Their names are public, not the personal data of a
//! patient or of staff, and themes need the words.
//!
//! Two readings, each on evidence a patient's or a nurse's name in the same place does
//! not give:
//! - a found name right after which the words say it is seen on a screen: "off / on /
//!   from (the) telly / TV / television / radio", the phrase ending there (a stop, a
//!   comma, the end, or a clause word: "said", "and", "who"), with no role, relative or
//!   owner before it ("my daughter X on the telly", "our X on the telly"). "Sister
//!   Okafor on the TV screen" or "Sister Okafor on the ward" are left as found;
//! - a found name that is wholly a famous full name from a closed list, both words
//!   written, with no title, role or personal cue before it ("Nurse Taylor Swift",
//!   "thanks to Taylor Swift"), no owner ("our Taylor Swift") and no role or place cue
//!   after it ("Taylor Swift on reception", "Taylor Swift the HCA"). One word of the
//!   pair alone ("Taylor was lovely") is never read so.
//!
//! Read after the tagger and the rules are joined. A name a word of which is written
//! again elsewhere in the comment is kept ("Zanele loved Taylor Swift. Swift was her
//! nurse": the second "Swift" may be found only through the first).

use super::cues::{cue_after, cue_before, CueStrength};
use super::tokens::{Gap, Token};

/// Words of a screen or a broadcast: a person named "off the telly" is known from it.
const SCREENS: &[&str] = &["telly", "tv", "television", "radio"];

/// Words that may follow the screen when the phrase names the person's fame, not a set
/// in a room ("on the TV screen", "on the TV in the day room" are left).
const CLAUSE_WORDS: &[&str] = &[
    "and", "who", "said", "says", "was", "is", "would", "does", "did", "has", "had", "telling",
    "talking", "talks", "talked",
];

/// Full names of people famous in Britain by that full name, lower case, as written.
/// Both words must be written, one after the other, for a found name to be read so.
const FAMOUS_NAMES: &[[&str; 2]] = &[
    ["taylor", "swift"],
    ["ed", "sheeran"],
    ["elton", "john"],
    ["harry", "styles"],
    ["lewis", "capaldi"],
    ["tom", "jones"],
    ["cliff", "richard"],
    ["rod", "stewart"],
    ["robbie", "williams"],
    ["dua", "lipa"],
    ["michael", "buble"],
    ["michael", "bublé"],
    ["michael", "jackson"],
    ["elvis", "presley"],
    ["freddie", "mercury"],
    ["david", "bowie"],
    ["dolly", "parton"],
    ["tina", "turner"],
    ["kylie", "minogue"],
    ["ozzy", "osbourne"],
    ["david", "attenborough"],
    ["gordon", "ramsay"],
    ["jamie", "oliver"],
    ["mary", "berry"],
    ["phillip", "schofield"],
    ["holly", "willoughby"],
    ["alan", "titchmarsh"],
    ["graham", "norton"],
    ["joe", "wicks"],
    ["paul", "hollywood"],
    ["bruce", "forsyth"],
    ["david", "beckham"],
    ["marcus", "rashford"],
    ["harry", "kane"],
    ["andy", "murray"],
    ["emma", "raducanu"],
    ["mo", "farah"],
    ["harry", "potter"],
];

/// Whether the words after the name `..=last` say it is seen on a screen.
fn on_screen_after(tokens: &[Token<'_>], last: usize) -> bool {
    let Some(prep) = tokens.get(last + 1) else {
        return false;
    };
    if prep.gap != Gap::Space || !matches!(prep.lower.as_str(), "off" | "on" | "from") {
        return false;
    }
    let mut k = last + 2;
    if tokens
        .get(k)
        .is_some_and(|t| t.gap == Gap::Space && t.lower.as_str() == "the")
    {
        k += 1;
    }
    let Some(screen) = tokens.get(k) else {
        return false;
    };
    if screen.gap != Gap::Space || !SCREENS.contains(&screen.lower.as_str()) {
        return false;
    }
    match tokens.get(k + 1) {
        None => true,
        Some(next) => next.gap != Gap::Space || CLAUSE_WORDS.contains(&next.lower.as_str()),
    }
}

/// Whether an owner stands before the name, a title at most between ("our Dympna on the
/// telly", "my Dr Okafor"): someone of the writer's own, so kept.
fn owned(tokens: &[Token<'_>], first: usize) -> bool {
    let mut k = first;
    for _ in 0..2 {
        let Some(prev) = k.checked_sub(1).map(|p| &tokens[p]) else {
            return false;
        };
        if tokens[k].gap.is_break() {
            return false;
        }
        if matches!(
            prev.lower.as_str(),
            "my" | "our" | "your" | "his" | "her" | "their"
        ) {
            return true;
        }
        k -= 1;
    }
    false
}

/// Whether `first..=last` is wholly a famous full name with no cue of a person around it.
fn famous_name(tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    if last != first + 1 || tokens[last].gap != Gap::Space {
        return false;
    }
    let pair = [tokens[first].lower.as_str(), tokens[last].lower.as_str()];
    if !FAMOUS_NAMES.iter().any(|famous| famous == &pair) {
        return false;
    }
    cue_before(tokens, first).is_none_or(|c| c < CueStrength::Personal)
        && cue_after(tokens, last).is_none()
}

/// Whether a word of `first..=last` is written again elsewhere in the comment ("Zanele
/// loved Taylor Swift. Swift was her nurse."): the name may then be a person's there,
/// found only through this mention, so it is kept.
fn written_elsewhere(tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    tokens.iter().enumerate().any(|(k, t)| {
        !(first..=last).contains(&k)
            && tokens[first..=last]
                .iter()
                .any(|w| w.lower.as_str() == t.lower.as_str())
    })
}

/// `found` without the names of people in the public eye, named as such.
pub(crate) fn without_public_figures(
    found: Vec<(usize, usize)>,
    tokens: &[Token<'_>],
) -> Vec<(usize, usize)> {
    if found.is_empty() {
        return found;
    }
    found
        .into_iter()
        .filter(|&(first, last)| {
            let screen_named = on_screen_after(tokens, last)
                && cue_before(tokens, first)
                    .is_none_or(|c| matches!(c, CueStrength::Weak | CueStrength::Title));
            let public_figure = screen_named || famous_name(tokens, first, last);
            // Kept unless a public figure, neither owned nor written again.
            !public_figure || owned(tokens, first) || written_elsewhere(tokens, first, last)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// The words of `found` kept, for a text and the token ranges found in it.
    fn kept<'a>(text: &'a str, words: &[&str]) -> Vec<&'a str> {
        let tokens = tokenize(text);
        let found: Vec<(usize, usize)> = words
            .iter()
            .map(|w| {
                let parts: Vec<&str> = w.split(' ').collect();
                let first = tokens
                    .iter()
                    .position(|t| t.text == parts[0])
                    .unwrap_or_else(|| panic!("{w} not in the test text"));
                (first, first + parts.len() - 1)
            })
            .collect();
        without_public_figures(found, &tokens)
            .into_iter()
            .map(|(a, b)| &text[tokens[a].start..tokens[b].end])
            .collect()
    }

    #[test]
    fn people_seen_on_a_screen_and_famous_full_names_are_dropped() {
        assert!(kept("better than Dr Ranj off the telly, high praise", &["Ranj"]).is_empty());
        assert!(kept("like Dr Hilary on TV said", &["Hilary"]).is_empty());
        assert!(kept("Gordon Ramsay off the telly.", &["Gordon Ramsay"]).is_empty());
        assert!(kept("She loved Taylor Swift and sang to her", &["Taylor Swift"]).is_empty());
        assert!(kept("she loved taylor swift and sang", &["taylor swift"]).is_empty());
    }

    #[test]
    fn names_on_a_ward_after_a_cue_or_alone_stay() {
        assert_eq!(
            kept("Sister Okafor on the TV screen called me", &["Okafor"]),
            vec!["Okafor"]
        );
        assert_eq!(
            kept("Sister Okafor on the ward was kind", &["Okafor"]),
            vec!["Okafor"]
        );
        assert_eq!(
            kept("Nurse Taylor Swift was lovely", &["Taylor Swift"]),
            vec!["Taylor Swift"]
        );
        assert_eq!(
            kept("Thanks to Taylor Swift for everything", &["Taylor Swift"]),
            vec!["Taylor Swift"]
        );
        assert_eq!(
            kept("Taylor Swift on reception was lovely", &["Taylor Swift"]),
            vec!["Taylor Swift"]
        );
        assert_eq!(kept("Taylor was lovely", &["Taylor"]), vec!["Taylor"]);
        assert_eq!(
            kept("Our Dympna on the telly, so proud.", &["Dympna"]),
            vec!["Dympna"]
        );
        assert_eq!(
            kept("My daughter Dympna on the telly, so proud.", &["Dympna"]),
            vec!["Dympna"]
        );
        assert_eq!(
            kept("Our Taylor Swift came every day", &["Taylor Swift"]),
            vec!["Taylor Swift"]
        );
        assert_eq!(
            kept(
                "She loved Taylor Swift. Swift was her nurse.",
                &["Taylor Swift"]
            ),
            vec!["Taylor Swift"]
        );
        assert_eq!(
            kept("Dr Ranj off the telly. Ranj came to see me.", &["Ranj"]),
            vec!["Ranj"]
        );
        assert_eq!(
            kept("Taylor Swiftley was lovely", &["Taylor Swiftley"]),
            vec!["Taylor Swiftley"]
        );
    }
}
