//! Informal non-answers: whole comments that say only "I don't know", "see my earlier
//! answer", "nothing to add" or that the writer will not or cannot answer, in the many
//! ways people write them ("dunno", "not sure what to put tbh", "as I said before",
//! "already answered on the other form", "rather not say", "skip", "idk lol", "dunno,
//! hard to say", "no comment from me").
//!
//! `lexicons/non_answers.txt` lists fixed phrases, compared whole; these are families of
//! them, with hedges and place words around ("really", "sorry", "here", "on this one"),
//! so they are patterns. Under every question type the QDC labellers gave such answers
//! no theme (`Not assigned` in the dev file: "See previous entry.", "Said it previously",
//! "already covered by previous answers", "Can't remember.", "I don't really know."), so
//! they are non-answers, not real answers the model has missed. Left out on purpose:
//! "nothing" and "none" (praise under "could improve"), "no" (the same), "can't think of
//! anything" (praise under "could improve" in the dev file) and "ok" (praise).

use std::sync::OnceLock;

use regex::Regex;

/// Words a non-answer may open with ("um, not sure").
const OPENERS: &str = r"(?:(?:um+|erm+|er|hmm+|sorry|honestly|well|oh|ah|err+)\s)*";

/// What it says: that the writer does not know, points elsewhere, or has nothing to add.
const CORES: &[&str] = &[
    // Not knowing what to say.
    r"(?:i\s)?(?:really\s)?(?:don't|dont|do\snot|didn't|didnt|did\snot)\s(?:really\s)?know(?:\swhat\sto\s(?:say|put|write|answer))?",
    r"(?:dunno|dno|idk|no\sidea|no\sclue|not\ssure|unsure|not\scertain)(?:\swhat\sto\s(?:say|put|write|answer))?",
    r"(?:i'm|im|i\sam)\s(?:not\ssure|unsure|not\scertain)(?:\swhat\sto\s(?:say|put|write|answer))?",
    r"(?:i\s)?(?:can't|cant|cannot|can\snot|don't|dont|do\snot)\s(?:really\s)?(?:remember|recall|say|comment)",
    r"(?:i\s)?(?:don't|dont|do\snot|didn't|didnt|did\snot)\s(?:understand|get)\s(?:the|this|that|your)\squestion",
    r"(?:not\ssure|no\sidea|unsure)\s(?:what|how)\s(?:the|this|that|your)\squestion\s(?:is\sasking|means|wants|is\sabout)",
    r"(?:i\s)?(?:don't|dont|do\snot)\swish\sto\s(?:say|comment|answer)",
    r"(?:it's\s|its\s|it\sis\s)?(?:hard|difficult|too\shard)\sto\s(?:say|tell)",
    // Not answering: declining, skipping, unable to answer or decide.
    r"(?:i'd\s|id\s|i\swould\s)?(?:rather|prefer)\snot\s(?:to\s)?(?:say|comment|answer)(?:\sanything)?",
    r"(?:i\s)?(?:can't|cant|cannot|can\snot)\s(?:really\s)?(?:answer|decide)(?:\swhat\sto\s(?:say|put|write))?(?:\s(?:this|that|it)(?:\sone)?)?",
    r"(?:just\s)?(?:skip|pass)(?:\s(?:this|that|it))?(?:\s(?:one|box|question|bit|section))?",
    r"no\s(?:thoughts|opinion|opinions|view|views)(?:\seither\sway)?",
    r"not\sapplicable(?:\sto\s(?:me|us|my\scase))?",
    // Pointing to another answer.
    r"(?:please\s)?(?:see|look\sat|refer\sto|read|check)\s(?:my\s|the\s)?(?:above|previous|earlier|other|last|first|prior)(?:\s(?:answer|answers|comment|comments|question|questions|box|section|page|form|response|responses|entry|reply))?",
    r"(?:as|same\sas|the\ssame\sas)\s(?:above|before|previous|previously|earlier|the\sother\s(?:one|answer|question|box)|my\s(?:other|last|previous)\s(?:one|answer|comment|reply))",
    r"(?:as|same\sas|the\ssame\sas)(?:\swhat)?\s(?:i\s|i've\s|i\shave\s)?(?:said|wrote|written|put|stated|mentioned|described|answered)(?:\s(?:above|before|previously|earlier|last\stime))?",
    r"(?:i\s)?(?:said|wrote|put|stated|mentioned|described|answered)\s(?:it|this|that|everything|all\sof\sit)?\s?(?:above|before|previously|earlier|already)",
    r"(?:i've\s|i\shave\s|i\s|ive\s)?already\s(?:said|answered|commented|covered|written|explained|put|mentioned)(?:\s(?:it|this|that|all|it\sall|everything|all\sof\sit))?(?:\s(?:above|before|earlier|previously))?",
    r"already\scovered(?:\s(?:above|before|earlier|previously))?",
    r"(?:please\s)?(?:see|read|check|refer\s(?:back\s)?to|look\sback\sat|go\sback\sto)\swhat\si(?:'ve|\shave)?\s(?:wrote|written|said|put)(?:\s(?:first(?:\soff)?|before|earlier|above|previously|already))?",
    r"(?:please\s)?(?:see|read|check|refer\sto)\smy\s(?:other\s|earlier\s|previous\s|last\s)?(?:answer|answers|comment|comments|reply|response|responses)",
    // Saying who is writing, and nothing else.
    r"(?:(?:this|the)\s)?(?:form\s|survey\s)?(?:is\s|was\s|has\sbeen\s)?(?:filled\sin|filled\sout|completed|written)\s(?:by|for)\s(?:my\s|the\s|a\s)?(?:son|daughter|husband|wife|partner|carer|mum|mother|dad|father|friend|relative|family|nurse|sister|brother|grandson|granddaughter|patient)(?:\son\s(?:my|his|her|their)\sbehalf)?",
    r"(?:my\s)?(?:son|daughter|husband|wife|partner|carer|mum|mother|dad|father|friend|relative|sister|brother|grandson|granddaughter)\s(?:is\s|has\s|was\s)?(?:filling|filled|completing|completed|writing|wrote|doing|done)\s(?:this|it|the\sform|the\ssurvey)(?:\s(?:in|out))?(?:\s(?:for\sme|on\smy\sbehalf|for\sher|for\shim|for\sthem))?",
    // Nothing to add.
    r"(?:nothing|nowt|owt)\s(?:more\s|else\s|further\s|much\s)?to\s(?:add|say|report|comment|write|put|mention)",
    r"(?:i\s)?(?:have|had|got)\s(?:nothing|no\scomments?)\s(?:more\s|else\s|further\s)?to\s(?:add|say|report|comment|write|put)",
    r"no\s(?:further\s|other\s|more\s)?(?:comment|comments)",
    // A bare assent or a placeholder.
    r"(?:yes|yeah|yep|yea|yup|x+|z+|\?+)",
];

/// Hedges, place words and sign-offs a non-answer may end with ("really", "on this
/// one", "lol", a kiss).
const CLOSERS: &str = r"(?:\s(?:really|tbh|lol|mate|x+|this\stime|either\sway|honestly|to\sbe\shonest|sorry|now|at\sthe\smoment|at\sthis\stime|right\snow|anymore|any\smore|i'm\safraid|im\safraid|here|there|above|up\stop|(?:from|for)\s(?:me|us|my\s(?:husband|wife|partner|son|daughter|mum|mother|dad|father))|(?:on|for|in|to|about)\s(?:this|that|the|my)\s(?:(?:other|previous|last|first|earlier|next)\s)?(?:one|bit|part|question|box|section|page|form|sheet|survey|questionnaire)|(?:on|for|in)\s(?:this|that|here)))*";

/// The longest comment, in words, that is checked (non-answers are short).
const MAX_WORDS: usize = 16;

/// The pattern's source: openers, one core or two in a row ("dunno, it's hard to say"),
/// closers, the whole comment.
fn source() -> String {
    let cores = CORES.join("|");
    format!(r"^{OPENERS}(?:{cores})(?:\s(?:{cores}))?{CLOSERS}$")
}

/// The compiled pattern (`None` only if the constants above did not compile, which the
/// unit tests rule out).
fn pattern() -> Option<&'static Regex> {
    static PATTERN: OnceLock<Option<Regex>> = OnceLock::new();
    PATTERN.get_or_init(|| Regex::new(&source()).ok()).as_ref()
}

/// Lower case, straight apostrophes, every other mark a space, white space collapsed.
fn words_form(text: &str) -> String {
    if text.is_ascii() {
        return ascii_words_form(text);
    }
    general_words_form(text)
}

/// [`words_form`] of any text, character by character: lower case, curly and back quotes
/// as `'`, every character but letters, digits, `'` and `?` a space, spaces collapsed.
/// The ASCII form ([`ascii_words_form`]) must give the same bytes.
fn general_words_form(text: &str) -> String {
    let lowered = text
        .to_lowercase()
        .replace(['\u{2019}', '\u{2018}', '`', '\u{b4}'], "'");
    let spaced: String = lowered
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '\'' || c == '?' {
                c
            } else {
                ' '
            }
        })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// [`words_form`] of an ASCII text in one pass and one string: the same bytes (ASCII
/// lower-cases byte for byte, and its only apostrophe to straighten is the backtick),
/// without the four strings the general form builds.
fn ascii_words_form(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space_before = false;
    for b in text.bytes() {
        let b = match b.to_ascii_lowercase() {
            b'`' => b'\'',
            other => other,
        };
        if b.is_ascii_alphanumeric() || b == b'\'' || b == b'?' {
            if space_before && !out.is_empty() {
                out.push(' ');
            }
            space_before = false;
            out.push(char::from(b));
        } else {
            space_before = true;
        }
    }
    out
}

/// Whether an ASCII text has more than `words` words (split at white space as
/// [`str::split_whitespace`] splits), counted in one pass that stops at the first one over.
fn ascii_more_words_than(text: &str, words: usize) -> bool {
    let mut count = 0;
    let mut in_word = false;
    for b in text.bytes() {
        let space = char::from(b).is_whitespace();
        if !space && !in_word {
            count += 1;
            if count > words {
                return true;
            }
        }
        in_word = !space;
    }
    false
}

/// True when a whole comment only says that its writer does not know, points to another
/// answer, has nothing to add, or is a bare "yes" or placeholder.
pub fn is_informal_non_answer(text: &str) -> bool {
    let too_long = if text.is_ascii() {
        ascii_more_words_than(text, MAX_WORDS)
    } else {
        text.split_whitespace().nth(MAX_WORDS).is_some()
    };
    if too_long {
        return false;
    }
    let form = words_form(text);
    !form.is_empty() && pattern().is_some_and(|p| p.is_match(&form))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ascii_words_form_is_the_general_one() {
        let mut texts: Vec<String> = [
            "",
            "   ",
            "I DON'T know?? `really`",
            "\t\x0b\x0cidk\r\n",
            " -- as above -- ",
            "Same as before.",
        ]
        .map(String::from)
        .into();
        // Every pair of ASCII bytes, around a word.
        for a in 0u8..0x80 {
            for b in 0u8..0x80 {
                texts.push(format!("{}x{}", char::from(a), char::from(b)));
            }
        }
        for text in &texts {
            assert_eq!(ascii_words_form(text), general_words_form(text), "{text:?}");
        }
    }

    #[test]
    fn ascii_word_counts_split_as_split_whitespace() {
        for text in [
            "",
            " ",
            "one",
            " one two\x0bthree\x0cfour\r\nfive\tsix ",
            "a b c d e f g h i j k l m n o p",
            "a b c d e f g h i j k l m n o p q",
            "a b c d e f g h i j k l m n o p q ",
        ] {
            for words in 0..20 {
                assert_eq!(
                    ascii_more_words_than(text, words),
                    text.split_whitespace().nth(words).is_some(),
                    "{text:?} {words}"
                );
            }
        }
    }

    #[test]
    fn the_pattern_compiles() {
        assert!(Regex::new(&source()).is_ok());
    }

    #[test]
    fn informal_non_answers_are_found() {
        for text in [
            "I don't really know",
            "Do not know what to write",
            "idk",
            "Dunno, sorry",
            "Um not sure what to say",
            "I'm not sure to be honest",
            "No idea at the moment",
            "Can't remember",
            "I cannot recall now",
            "I don't understand the question",
            "See previous entry.",
            "Please refer to my earlier comments",
            "Look at the other box",
            "Same as before",
            "As I said above.",
            "Said it previously",
            "As described previously",
            "I've already answered this on the other form",
            "already covered",
            "Nothing more to say about this one",
            "I have nothing further to add",
            "No further comments",
            "Yes",
            "yeah.",
            "XXX",
            "??",
            "Don't wish to say.",
            "Please see my comments in the previous box",
            "Form completed by my daughter",
            "My husband filled it out on my behalf",
            "See my answer above",
            // Declining, skipping, unable to answer, and sign-offs after any of them.
            "I'd rather not say",
            "Prefer not to comment on this one",
            "Can't answer that one, sorry",
            "cannot really decide what to write",
            "Skip",
            "um pass on this question",
            "No opinion either way",
            "Not applicable to me this time",
            "nowt more to add",
            "idk lol",
            "no idea mate x",
            "Refer back to what I wrote first",
            "see what i put before",
            "Same as I put on the other sheet",
            // Two in a row, "hard to say", and who it is from or for.
            "Dunno, it's hard to say",
            "Not sure. Hard to tell really",
            "No comment from me",
            "Refer to what I wrote up top",
            "Same as I put on the other sheet for my husband",
        ] {
            assert!(is_informal_non_answer(text), "{text}");
        }
    }

    #[test]
    fn real_answers_are_not_non_answers() {
        for text in [
            "Nothing",
            "None",
            "No",
            "ok",
            "Nothing I can think of",
            "Can't think of anything",
            "Not sure why I had to wait so long",
            "I don't know why nobody called me back",
            "See a doctor sooner",
            "Same nurse every time, which was lovely",
            "As above, the parking is terrible",
            "Yes, the help that was given to me.",
            "Yes my peer support worker.",
            "Nothing to add, all is well",
            "Already in the process",
            "Lovely lass. Wish I could remember her name.",
            "Nothing only what I said previously, the wait was long",
            "The staff said they didn't know",
            "See my GP sooner",
            "My daughter filled in the form and the nurse was rude to her",
            // From the review: a topic, thanks, a visit, the phones, a procedure.
            "Didn't know about the card",
            "Don't know what to say, thank you",
            "Can't say thank you enough",
            "Same as last time",
            "No answer",
            "No response",
            "Done by the nurse",
            "Can't answer the phone at night",
            "Pass the message on to the ward",
            "Skipped my appointment because of the wait",
            "No thoughts given to my dad's needs",
            "Rather not say the food was good",
            "See what I wrote about the parking",
            "Hard to say how grateful we are",
            "It's hard to tell what the plan is",
            "No comment from me about the food, it was fine",
            "Not sure, the nurse was rude",
        ] {
            assert!(!is_informal_non_answer(text), "{text}");
        }
    }

    #[test]
    fn long_comments_are_never_checked() {
        let long = "not sure ".repeat(MAX_WORDS);
        assert!(!is_informal_non_answer(&long));
    }
}
