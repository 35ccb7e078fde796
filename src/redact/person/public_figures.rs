//! People in the public eye, named as such: "Dr Ranj off the telly", "she loved Taylor
//! Swift and sang to my daughter". Their names are public, not the personal data of a
//! patient or of staff, and themes need the words.
//!
//! Two readings, each on evidence a patient's or a nurse's name in the same place does
//! not give:
//! - a found name, alone or after "Dr", right after which the words say it is seen on
//!   a screen: "off / on (the) telly / TV / television", the phrase ending there (a
//!   stop, a comma, the end, or "said", "and", "talking"), with no other cue and no
//!   owner before it ("my daughter X on the telly", "our X on the telly", "Mrs X on the
//!   telly"). "Sister Okafor on the TV screen", "Dr X on the telly was my surgeon" and
//!   "Dave on the radio" (hospital radio's volunteers are named so) are left as found,
//!   and so is any such name in a comment with a word of the writer's care or family
//!   ("he is her GP", "so proud seeing X on the telly", "he looked after me last year",
//!   "she was my doctor": [`super::cared_for`], one reading of the whole comment);
//! - a found name that is wholly a famous full name from a closed list, both words
//!   written, in a sentence that holds a word of songs, screens or books ("sang",
//!   "music", "telly", "recipe"), with no cue at all before it ("Nurse Taylor Swift",
//!   "thanks to Taylor Swift", "stitched up by Taylor Swift"), no owner ("our Taylor
//!   Swift") and no role or place cue after it ("Taylor Swift on reception", "Taylor
//!   Swift the HCA"). One word of the pair alone ("Taylor was lovely") is never read so,
//!   nor is a famous name with no word of fame beside it ("Taylor Swift was my nurse").
//!
//! Read after the tagger and the rules are joined. A name a word of which is written
//! again elsewhere in the comment is kept ("Zanele loved Taylor Swift. Swift was her
//! nurse": the second "Swift" may be found only through the first).

use super::cared_for::says_the_writer_was_cared_for;
use super::cues::{cue_after, cue_before};
use super::tokens::{Gap, Token};

/// Words of a screen or a broadcast: a person named "off the telly" is known from it.
const SCREENS: &[&str] = &["telly", "tv", "television"];

/// Words that may follow the screen when the phrase names the person's fame, not a set
/// in a room ("on the TV screen", "on the TV in the day room" are left). Not "was" or
/// "who": "Dr X on the telly was my surgeon" says what the person did here.
const CLAUSE_WORDS: &[&str] = &[
    "and", "said", "says", "telling", "talking", "talks", "talked",
];

/// Words of songs, screens and books: a famous full name is read as the famous person
/// only in a sentence that holds one.
const FAME_WORDS: &[&str] = &[
    "song",
    "songs",
    "music",
    "sing",
    "sings",
    "sang",
    "singing",
    "singer",
    "concert",
    "album",
    "playlist",
    "radio",
    "telly",
    "tv",
    "television",
    "show",
    "programme",
    "film",
    "films",
    "movie",
    "movies",
    "book",
    "books",
    "recipe",
    "recipes",
    "documentary",
    "fan",
    "famous",
    "celebrity",
    "watch",
    "watched",
    "watching",
    "listen",
    "listened",
    "listening",
];

/// Full names of people famous in Britain by that full name, lower case, as written.
/// Both words must be written, one after the other, for a found name to be read so.
/// Pairs that are also common names of ordinary people (a given name and a common
/// surname, such as a singer who shares his name with many a Welsh nurse) are left out:
/// there a leaked name would cost more than a redacted celebrity.
const FAMOUS_NAMES: &[[&str; 2]] = &[
    ["taylor", "swift"],
    ["ed", "sheeran"],
    ["elton", "john"],
    ["lewis", "capaldi"],
    ["cliff", "richard"],
    ["dua", "lipa"],
    ["michael", "buble"],
    ["michael", "bublé"],
    ["elvis", "presley"],
    ["freddie", "mercury"],
    ["david", "bowie"],
    ["dolly", "parton"],
    ["tina", "turner"],
    ["kylie", "minogue"],
    ["ozzy", "osbourne"],
    ["david", "attenborough"],
    ["gordon", "ramsay"],
    ["phillip", "schofield"],
    ["holly", "willoughby"],
    ["alan", "titchmarsh"],
    ["paul", "hollywood"],
    ["bruce", "forsyth"],
    ["david", "beckham"],
    ["marcus", "rashford"],
    ["emma", "raducanu"],
    ["mo", "farah"],
    ["harry", "potter"],
];

/// Whether the words after the name `..=last` say it is seen on a screen.
fn on_screen_after(tokens: &[Token<'_>], last: usize) -> bool {
    let Some(prep) = tokens.get(last + 1) else {
        return false;
    };
    if prep.gap != Gap::Space || !matches!(prep.lower.as_str(), "off" | "on") {
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
    cue_before(tokens, first).is_none()
        && cue_after(tokens, last).is_none()
        && sentence_of(tokens, first)
            .iter()
            .any(|t| FAME_WORDS.contains(&t.lower.as_str()))
}

/// The tokens of the sentence that holds token `at`.
fn sentence_of<'t, 'a>(tokens: &'t [Token<'a>], at: usize) -> &'t [Token<'a>] {
    let start = (0..=at)
        .rev()
        .find(|&k| tokens[k].sentence_start)
        .unwrap_or(0);
    let end = (at + 1..tokens.len())
        .find(|&k| tokens[k].sentence_start)
        .unwrap_or(tokens.len());
    &tokens[start..end]
}

/// Whether the name at `first` has no cue before it, or only "Dr" / "Doctor" right
/// before it ("Dr Ranj off the telly"): any other title, role or introduction says a
/// person of the writer's world ("Mrs X on the telly till 2am", "I'm X on the TV").
fn alone_or_doctor(tokens: &[Token<'_>], first: usize) -> bool {
    let doctor = first
        .checked_sub(1)
        .is_some_and(|p| matches!(tokens[p].lower.as_str(), "dr" | "doctor"));
    doctor || cue_before(tokens, first).is_none()
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
                && alone_or_doctor(tokens, first)
                && !says_the_writer_was_cared_for(tokens);
            let public = screen_named || famous_name(tokens, first, last);
            !public || owned(tokens, first) || written_elsewhere(tokens, first, last)
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
            kept("Tom Jones was brilliant with my dad", &["Tom Jones"]),
            vec!["Tom Jones"]
        );
        assert_eq!(
            kept("Dave on the radio was brilliant at night", &["Dave"]),
            vec!["Dave"]
        );
        assert_eq!(
            kept("Mrs Okafor on the telly till 2am, no sleep", &["Okafor"]),
            vec!["Okafor"]
        );
        assert_eq!(
            kept("Dr Okafor on the TV was my surgeon", &["Okafor"]),
            vec!["Okafor"]
        );
        assert_eq!(
            kept(
                "Dr Okafor on the TV and on the ward, same lovely man",
                &["Okafor"]
            ),
            vec!["Okafor"]
        );
        assert_eq!(
            kept(
                "So proud seeing Zanele on the telly and told everyone",
                &["Zanele"]
            ),
            vec!["Zanele"]
        );
        assert_eq!(
            kept("Tina Turner in A&E held my hand", &["Tina Turner"]),
            vec!["Tina Turner"]
        );
        assert_eq!(
            kept(
                "Stitched up by Tina Turner, who sang to me",
                &["Tina Turner"]
            ),
            vec!["Tina Turner"]
        );
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
            kept(
                "Saw Dr Okafor on the telly, he looked after me last year",
                &["Okafor"]
            ),
            vec!["Okafor"]
        );
        assert_eq!(
            kept("Saw Okafor on the telly. He was my doctor.", &["Okafor"]),
            vec!["Okafor"]
        );
        assert_eq!(
            kept("Taylor Swiftley was lovely", &["Taylor Swiftley"]),
            vec!["Taylor Swiftley"]
        );
    }
}
