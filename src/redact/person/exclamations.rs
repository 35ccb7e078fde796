//! Religious exclamations: "Jesus, the wait in A&E was nine hours", "Oh my God, the
//! food", "Christ! Four hours", and those of surprise said the same way ("Och, the heat
//! lamp tripped", "Blimey! Four hours"). Said at the start of a sentence and cut off by
//! a comma or a stop, they are oaths, not the name of someone who did something.
//!
//! Only a closed list of words so used is read ([`EXCLAIMED`]), and only where it opens
//! a sentence (or follows "oh", "my", "good", "dear", "sweet") and punctuation, or
//! "Christ", follows at once. "Jesus was my nurse", "thanks to Jesus on nights" and
//! "Jesus, the porter, was kind" after a cue are left to the other readings, and so is
//! a word with a role in apposition after its comma ("— Jesus, night nurse, ward 11").
//!
//! A listed word that no name list holds is read within a sentence too: set off by marks
//! on both sides, after "oh" or a verb of saying, or cheering something ("We waited,
//! Crikey, for five hours", "the porter shouted Whoa", "Hooray for the midwives").
//!
//! A word no list holds is read by the clause after it: opening a sentence, cut off by a
//! comma, before a clause with a subject of its own that is no person ("Alamak, I slipped
//! a disc", "Yoicks, the diabetes clinic ran on time"), or capitalised and cut off by
//! "!" before a sentence of its own ("Heerlijk! The children's ward had a playroom"). Two
//! rhyming words opening a sentence and cut off are an exclamation whatever lists hold
//! them ("Hooley dooley,").
//!
//! An oath is thanked too: "thank goodness", "thank God", "thank heavens" thank no one
//! ([`is_thanked_oath`]).

use super::cues::{is_relative, ROLES, ROLES_PLURAL, STAFF_PLURALS};
use super::lexicon::WordFacts;
use super::named_before_its_kind::{capitalised_run_start, owner_word_before};
use super::noun_words::is_mostly_a_noun;
use super::rhyme::rhymes;
use super::rule_scan::is_irregular_past;
use super::tagger::features::possessive_after;
use super::tokens::{Gap, Shape, Token};

/// Words said as oaths, in lower case, and the exclamations of surprise or relief that
/// open a sentence as they do ("Och, the heat lamp tripped", "Crikey, four hours";
/// British, Scots and Australian: "blimey", "strewth", "jings", "crivvens").
#[rustfmt::skip]
const EXCLAIMED: &[&str] = &[
    // Oaths.
    "jesus", "christ", "god", "lord", "gawd", "gad", "bejesus", "jaysus", "lordy", "lawdy",
    "holy", "moly", "moley", "smokes", "cow", "goodness", "gracious", "grief", "heavens",
    // Surprise, relief, dismay: British, Scots, Irish, American and Australian.
    "gosh", "golly", "jeez", "jeezus", "geez", "gee", "whiz", "whizz", "jeepers", "creepers",
    "jiminy", "criminy", "crikey", "crickey", "cripes", "crumbs", "blimey", "gorblimey", "cor",
    "lumme", "lummy", "lawks", "lawk", "lor", "gor", "egad", "egads", "begad", "gadzooks",
    "zounds", "strewth", "struth", "och", "ochone", "jings", "crivvens", "crivens", "michty",
    "losh", "begorrah", "begorra", "bejabers", "bejeebers", "yikes", "yowza", "yowzer",
    "yowzers", "wowsers", "wowzers", "wowza", "wowzer", "wowee", "zowie", "wow", "whoa", "woah",
    "whoah", "ee", "ooh", "oooh", "ooer", "oof", "ooft", "phew", "whew", "heck", "dang", "darn",
    "drat", "shucks", "dagnabbit", "doggone", "flip", "flipping", "flippin", "blooming",
    "bloomin", "blimmin", "blimming", "blinking", "blasted", "botheration", "fiddlesticks",
    "oops", "whoops", "whoopsie", "yay", "hooray", "hurray", "hurrah", "huzzah", "yippee",
    "whoopee", "wahey", "ugh", "urgh", "argh", "aargh", "eek", "yeesh", "sheesh", "jeesh",
    "oi", "oy", "vey", "ach", "aw", "aww", "bah", "meh", "hmm", "hmph", "pah", "pfft", "tsk",
    "ahem", "alas", "sakes", "zoinks", "jinkies", "yoinks", "dearie", "deary", "succotash",
    "blistering", "barnacles", "great",
    // Old American and Australian: "Tarnation,", "fair dinkum,", "Gee willikers".
    "tarnation", "dadgum", "dadgummit", "consarn", "goldarn", "willikers", "diggity", "yeehaw",
    "dinkum", "bonza",
    // The Englishes of Malaysia and Singapore, India, the Caribbean, Ireland, Wales, southern
    // and western Africa, and words from other languages said in English comments; each on
    // no name list of the project's, the measuring rounds' training lists included.
    "alamak", "alamakjang", "aiyoh", "aiyee", "ayyo", "ayyoo", "ayy", "ayyy", "walao", "walau",
    "wahlau", "haiyaa", "adoi", "aduh", "aduhai", "astaga", "aigoo", "accha", "uff", "arrah",
    "wisha", "lawd", "chups", "kmt", "eish", "hayibo", "sjoe", "jislaaik", "yissus", "ehen",
    "ewo", "chineke", "naku", "gevalt", "feh", "yallah", "wallahi", "khalas", "sacrebleu",
    "donnerwetter", "hoppla", "oje", "jejku", "kurde", "yabai", "duw", "iesu", "jiw", "ayoo",
    "ecky",
    // On one list of generated names only, and no list the redactor reads: "Zut alors,".
    "zut",
];

/// Whether `lower` is a word said as an oath or an exclamation ([`EXCLAIMED`]): no part
/// of a name taken by its place beside one ("Wowsers, Hotdiman in the eye clinic" is
/// no catalogue's "Surname, Given name").
pub(crate) fn is_exclaimed(lower: &str) -> bool {
    EXCLAIMED.contains(&lower)
}

/// Words that open an oath before the exclaimed word ("oh my God", "good Lord").
#[rustfmt::skip]
const OATH_OPENERS: &[&str] = &[
    "oh", "my", "good", "dear", "sweet", "omg", "land", "lands", "suffering", "for", "well",
    "fair",
];

/// Words that may close an exclamation before its cut ("Dearie me,", "Goodness me!", "Gee
/// whiz,", "Ecky thump,", "Zut alors,"; any exclaimed word too).
const CLOSING_WORDS: &[&str] = &["me", "alive", "above", "thump", "alors"];

/// Whether the tokens `first..=last` are an oath: one exclaimed word, or "Jesus
/// Christ", opening a sentence or after an oath's opener, with a comma, a stop or the
/// end right after it.
pub(crate) fn is_oath(tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    opens_and_is_cut_off(tokens, first, last) && !role_in_apposition(tokens, last)
}

/// Whether the tokens `first..=last` are exclaimed words opening a sentence (or after an
/// oath's opener) and cut off ([`is_oath`] but for a role in apposition).
fn opens_and_is_cut_off(tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    if !words_are_exclaimed(tokens, first, last) {
        return false;
    }
    // An opener right before it that itself opens the sentence or a clause, or follows
    // another opener ("Oh my God").
    let opener = |k: usize| OATH_OPENERS.contains(&tokens[k].lower.as_str());
    let after_an_opener = first > 0
        && opener(first - 1)
        && (first == 1 || tokens[first - 1].gap != Gap::Space || opener(first - 2));
    let opens = opens_a_sentence(tokens, first) || after_an_opener;
    // Cut off, perhaps after another exclaimed word ("Gee whiz, the clinic was …").
    let cut_off_after = |k: usize| tokens.get(k + 1).is_none_or(|next| next.gap != Gap::Space);
    let cut_off = cut_off_after(last)
        || (last == first
            && tokens.get(last + 1).is_some_and(|next| {
                (is_exclaimed(next.lower.as_str()) || CLOSING_WORDS.contains(&next.lower.as_str()))
                    && next.shape == Shape::Lower
            })
            && cut_off_after(last + 1));
    opens && cut_off
}

/// Whether token `k` opens the comment or follows a break (a stop, a bracket, a line).
fn opens_a_sentence(tokens: &[Token<'_>], k: usize) -> bool {
    k == 0 || tokens[k].gap == Gap::Break
}

/// Whether the tokens `first..=last` are one exclaimed word, or two written with a space
/// between them ("Gee whiz", "Jesus Christ").
fn words_are_exclaimed(tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    let exclaimed = |k: usize| is_exclaimed(tokens[k].lower.as_str());
    match last - first {
        0 => exclaimed(first),
        1 => exclaimed(first) && exclaimed(last) && tokens[last].gap == Gap::Space,
        _ => false,
    }
}

/// Verbs of saying or crying out before the words said ("the porter shouted Whoa", "my
/// little boy shouted Yippee", "the nurse went Oops").
#[rustfmt::skip]
const SAYING_VERBS: &[&str] = &[
    "said", "says", "say", "shouted", "shouts", "cried", "cries", "yelled", "yells", "screamed",
    "exclaimed", "cheered", "muttered", "gasped", "went", "goes", "squealed", "whispered",
];

/// Exclamations that cheer something: "Hooray for the midwives", "Yay for short waits".
const CHEERS: &[&str] = &[
    "hooray", "hurray", "hurrah", "huzzah", "yay", "yippee", "whoopee", "wahey", "bravo",
];

/// Whether the exclaimed words `first..=last` are said within a sentence rather than
/// opening it: set off by marks on both sides ("We waited, Crikey, for five hours", "The
/// food - Yikes - was inedible", "The wait was long, Yikes!"), after "oh" ("and oh Crikey
/// it hurt"), after a verb of saying ("the porter shouted Whoa"), or cheering something
/// ("Huzzah for the new parking machines"). Read only for words no name list holds
/// ([`exclaims_no_name`]): a vocative name stands in the same places ("Thanks again,
/// Zanele, for everything").
fn said_within_a_sentence(tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    if !words_are_exclaimed(tokens, first, last) {
        return false;
    }
    let spaced = tokens[first].gap == Gap::Space;
    let before = first.checked_sub(1).map(|k| tokens[k].lower.as_str());
    let next = tokens.get(last + 1);
    let set_off = (first == 0 || !spaced) && next.is_none_or(|n| n.gap != Gap::Space);
    let after_oh = spaced && before == Some("oh");
    let after_saying = spaced && before.is_some_and(|word| SAYING_VERBS.contains(&word));
    let cheering = first == last
        && CHEERS.contains(&tokens[first].lower.as_str())
        && next.is_some_and(|n| n.gap == Gap::Space && n.lower.as_str() == "for");
    set_off || after_oh || after_saying || cheering
}

/// Whether the found name `first..=last` is an exclamation no name list holds, opening a
/// sentence and cut off ([`is_oath`], whatever role follows): "Egad, Agnieszka Lal, the
/// diamanté …", "Lawks, the physio, Oloan …", "yowza, the porter sean, …"; said within a
/// sentence; or cut off before a clause of its own. Read over every found name, since
/// the rules take such a word by its place (listed before a name, or before a role in
/// apposition); a word also borne as a name ("Jesus", "Cor", "Heck") is left to the
/// tagger's vetoes, which weigh what vouches for it, but for two rhyming words opening a
/// sentence ("Hooley dooley,"), an exclamation whatever lists hold them.
pub(crate) fn exclaims_no_name(
    text: &str,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    first: usize,
    last: usize,
) -> bool {
    // Initials before the word, in the found name or left out of it ("P.S.
    // Donnerwetter,", "at A&E. Ayoo,"): a postscript's letters or a stop's. When they
    // open the sentence, the word after them is read as if it opened it.
    let core = (first..=last)
        .find(|&k| tokens[k].shape != Shape::Initial)
        .unwrap_or(first);
    let mut opening = core;
    while opening > 0
        && tokens[opening - 1].shape == Shape::Initial
        && tokens[opening].gap == Gap::Space
    {
        opening -= 1;
    }
    // An abbreviation of three letters or more, each with its stop and written close
    // ("by P.T.S. Fichtre,"), ends the sentence with its last stop, as no one's initials
    // before a name are read with a clause of its own after it.
    let abbreviation_ends_a_sentence = core - opening >= ABBREVIATION_LETTERS
        && (opening + 1..core).all(|k| tokens[k].start == tokens[k - 1].end);
    if opening < core && (opens_a_sentence(tokens, opening) || abbreviation_ends_a_sentence) {
        return exclaims_no_name(text, &tokens[core..], &facts[core..], 0, last - core);
    }
    (facts[first..=last].iter().all(|f| !f.any_name())
        && (opens_and_is_cut_off(tokens, first, last)
            || said_within_a_sentence(tokens, first, last)
            || cut_off_before_a_clause_of_its_own(text, tokens, facts, first, last)))
        || rhyming_pair_cut_off(tokens, facts, first, last)
}

/// Letters an abbreviation written with stops has at the least to end a sentence before
/// an exclamation ("P.T.S.").
const ABBREVIATION_LETTERS: usize = 3;

/// Whether the found name `first..=last` is two rhyming words, the second the first with
/// its opening consonants changed ("Hooley dooley", "Okey dokey", "Holy moly"), opening
/// a sentence and cut off: a rhyming exclamation, whatever lists hold its words. Not a
/// given name before a surname ("Jenny Kenny, the nurse"), which people are called.
fn rhyming_pair_cut_off(
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    first: usize,
    last: usize,
) -> bool {
    // The pair found whole, or its first word found alone with the second after it in
    // small letters ("Hooley dooley," where only "Hooley" is on a list).
    let second = if last == first + 1 {
        last
    } else if last == first {
        first + 1
    } else {
        return false;
    };
    let Some(rhyme) = tokens.get(second) else {
        return false;
    };
    let (a, b) = (tokens[first].lower.as_str(), rhyme.lower.as_str());
    let opens = opens_a_sentence(tokens, first);
    let cut_off = tokens
        .get(second + 1)
        .is_none_or(|next| next.gap != Gap::Space);
    rhyme.gap == Gap::Space
        && a != b
        && rhymes(a, b)
        && opens
        && cut_off
        && (second == last || rhyme.shape == Shape::Lower)
        && !(facts[first].listed_given_name() && facts[second].surname)
}

/// Whether the lone word at `first` (perhaps with one or two small words after it),
/// opening a sentence and cut off by a comma or by "!" (see the body), is
/// followed by a clause with a subject of its own that is no person: "I" or "we" and a
/// past form ("Alamak, I slipped a disc lifting the jukebox"), or a determiner ("the",
/// "a", "my", "our"…) and a few words, capitalised makes among them, then a verb (a form
/// of "be", "have" or "do", a common past form, or a past form in "-ed") that goes on
/// ("Yoicks, the diabetes clinic ran on time", "Alamak, the steel strings on my Northfield
/// mandolin have gone"). Such a word is no subject of that clause, and no name set in
/// apposition before it, which would close with a comma ("Priya, the nurse on nights,
/// was kind"). A person's noun in the subject may be one ("Priya, the nurse was kind"),
/// unless it owns the thing ("Alamak, my son's pogo stick snapped"); an owner's word may
/// say whose a vouching thing is ("Nerys, the badge on her lapel confirmed it, …"); a
/// given name may be another person listed; and a clause that speaks to someone ("Zanele,
/// I can't thank you enough") or says "she" or "her" of someone ("Zanele, I owe her my
/// life") is about the name before it.
fn cut_off_before_a_clause_of_its_own(
    text: &str,
    tokens: &[Token<'_>],
    facts: &[WordFacts],
    first: usize,
    last: usize,
) -> bool {
    let opens = opens_a_sentence(tokens, first);
    // The exclamation may be two words, the second small ("Bozhe moi,", "Madre mia,"),
    // or three, the third small and no English word ("Stom van mij,"): the clause opens
    // after it.
    let small_word = |k: usize| {
        tokens.get(k).is_some_and(|word| {
            word.gap == Gap::Space
                && word.shape == Shape::Lower
                && !NOT_AN_EXCLAMATIONS_WORD.contains(&word.lower.as_str())
        })
    };
    let third_word = small_word(first + 1)
        && small_word(first + 2)
        && !facts[first + 2].english
        && !facts[first + 2].common;
    let exclamation_end = if third_word {
        first + 2
    } else if small_word(first + 1) {
        first + 1
    } else {
        first
    };
    let Some(opener) = tokens.get(exclamation_end + 1) else {
        return false;
    };
    // Cut off by a comma, or by "!" before a sentence of its own ("Heerlijk! The ward
    // had a playroom"), a capitalised word opening the comment or a sentence ended by
    // its stop (not a dash or a trailing "...", after which a name is announced: "best
    // midwife ever - Sevgul!!!").
    let marks = text[tokens[exclamation_end].end..opener.start].trim();
    let exclaimed = opener.gap == Gap::Break
        && !marks.is_empty()
        && marks.bytes().all(|b| b == b'!')
        && tokens[first].shape == Shape::Capitalised
        && after_a_full_stop(text, tokens, first);
    if last > exclamation_end || !opens || !(opener.gap == Gap::Comma || exclaimed) {
        return false;
    }
    let subject_start = exclamation_end + 2;
    let is_verb = |lower: &str| {
        CLAUSE_VERBS.contains(&lower)
            || PAST_FORMS.contains(&lower)
            || is_irregular_past(lower)
            || (lower.len() >= 4 && lower.ends_with("ed"))
    };
    // The clause from its verb on: it goes on, and neither speaks to the name nor says
    // "she" or "her" of it.
    let goes_on_of_its_own = |verb: usize| {
        let rest = &tokens[verb + 1..];
        rest.first().is_some_and(|next| next.gap == Gap::Space)
            && !rest
                .iter()
                .take_while(|word| !word.gap.is_break())
                .any(|word| ADDRESSING.contains(&word.lower.as_str()))
            && !says_she_or_he_before_another(rest)
    };
    if PRONOUN_SUBJECTS.contains(&opener.lower.as_str()) {
        let verb = subject_start;
        return tokens.get(verb).is_some_and(|word| {
            word.gap == Gap::Space && word.shape == Shape::Lower && is_verb(word.lower.as_str())
        }) && goes_on_of_its_own(verb);
    }
    if !DETERMINERS.contains(&opener.lower.as_str()) {
        return false;
    }
    // Staff or a team as the subject, praised: the name before may be one of them, told
    // of the others ("Lwazi, the midwives made the birth so calm").
    let mut staff_subject = false;
    let mut listing = false;
    for k in subject_start..(subject_start + MOST_WORDS_OF_THE_SUBJECT).min(tokens.len()) {
        let word = &tokens[k];
        let lower = word.lower.as_str();
        if word.gap != Gap::Space {
            if !listed_in_the_subject(tokens, subject_start, k, is_verb) {
                return false;
            }
            listing = true;
        }
        // The "and" or "or" that closes a list of the subject's nouns joins them, no
        // other subject.
        if listing && matches!(lower, "and" | "or") {
            continue;
        }
        if word.shape == Shape::Lower && is_verb(lower) && k > subject_start {
            let praised = || {
                tokens[k..]
                    .iter()
                    .take_while(|word| !word.gap.is_break())
                    .any(|word| PRAISE.contains(&word.lower.as_str()))
            };
            return goes_on_of_its_own(k) && !(staff_subject && praised());
        }
        let owner = possessive_after(text, word.end);
        // One's own people after "my" or "our" are the subject's ("Ayoo, my little boy
        // fell off the rocking horse"); a role may still be the name's ("Priya, my
        // nurse was kind").
        let ones_own = OWNERS.contains(&opener.lower.as_str())
            && (is_relative(lower) || PEOPLE_OF_ONES_OWN.contains(&lower));
        // A staff group in the plural is no one name set in apposition ("Caspita, the
        // community nurses came on time"), as a team is not.
        let staff_group = ROLES_PLURAL.contains(&lower) || STAFF_PLURALS.contains(&lower);
        staff_subject |= staff_group || GROUPS_OF_STAFF.contains(&lower);
        // A role before a noun of its own is that noun's ("Upeaa! The physio department
        // posted the videos"): the department, not a physio.
        let modifies_a_noun = tokens.get(k + 1).is_some_and(|next| {
            let next_lower = next.lower.as_str();
            next.gap == Gap::Space
                && next.shape == Shape::Lower
                && is_mostly_a_noun(next_lower)
                && !persons_noun(next_lower)
                && !is_verb(next_lower)
        });
        let a_person = !ones_own
            && ((persons_noun(lower) && !staff_group && !modifies_a_noun)
                || NOT_IN_THE_SUBJECT.contains(&lower));
        let another_name = word.shape != Shape::Lower
            && facts[k].listed_given_name()
            && !a_make_owned(tokens, k, is_verb);
        if (a_person && !owner) || another_name {
            return false;
        }
    }
    false
}

/// Whether the word at `k`, after a comma in the subject opening at `subject_start`, is
/// an item of a list of nouns in small letters that "and" or "or" closes before the
/// subject's verb ("the ear, nose and throat clinic texted"). A name set in apposition
/// closes with a comma before a verb ("Priya, the nurse, was kind"), which is no such
/// item.
fn listed_in_the_subject(
    tokens: &[Token<'_>],
    subject_start: usize,
    k: usize,
    is_verb: impl Fn(&str) -> bool,
) -> bool {
    let small_noun = |word: &Token<'_>| word.shape == Shape::Lower && !is_verb(word.lower.as_str());
    k > subject_start
        && tokens[k].gap == Gap::Comma
        && small_noun(&tokens[k - 1])
        && small_noun(&tokens[k])
        && tokens[k + 1..]
            .iter()
            .take(LIST_ITEMS_BEFORE_ITS_JOIN)
            .take_while(|word| !word.gap.is_break())
            .any(|word| word.gap == Gap::Space && matches!(word.lower.as_str(), "and" | "or"))
}

/// Most words between a list's comma and the "and" or "or" that closes it
/// ([`listed_in_the_subject`]).
const LIST_ITEMS_BEFORE_ITS_JOIN: usize = 3;

/// Whether token `k` opens the comment or a line, or follows a sentence's stop, "!" or
/// "?" (not "..." or "..", which may announce what comes, nor ";" or ":", which go on
/// with the sentence: the tokenizer's `sentence_start` takes those too).
fn after_a_full_stop(text: &str, tokens: &[Token<'_>], k: usize) -> bool {
    let before = text[..tokens[k].start].trim_end_matches([' ', '\t']);
    k == 0
        || before.is_empty()
        || before.ends_with('\n')
        || (before.ends_with(['.', '!', '?']) && !before.ends_with(".."))
}

/// Whether the capitalised word at `k` is in a run of them after an owner's word and
/// before a small word that is no verb (`is_verb`) nor a joining one: the make of a thing
/// owned ("the handle of my Abu Garcia fishing reel", "the tip of my Mountain King
/// trekking poles"), not a person, who would do something ("my Sarah rang") or be
/// listed ("my Sarah and I").
fn a_make_owned(tokens: &[Token<'_>], k: usize, is_verb: impl Fn(&str) -> bool) -> bool {
    let run_start = capitalised_run_start(tokens, k);
    let mut run_end = k;
    while tokens
        .get(run_end + 1)
        .is_some_and(|next| next.gap == Gap::Space && next.shape == Shape::Capitalised)
    {
        run_end += 1;
    }
    owner_word_before(tokens, run_start)
        && tokens.get(run_end + 1).is_some_and(|thing| {
            let lower = thing.lower.as_str();
            thing.gap == Gap::Space
                && thing.shape == Shape::Lower
                && !is_verb(lower)
                && !NOT_A_THINGS_WORD.contains(&lower)
        })
}

/// Small words after an owned name that join it to another or say what it did, not a
/// thing's noun ("my Sarah and I", "my Sarah always rings").
const NOT_A_THINGS_WORD: &[&str] = &[
    "and", "or", "too", "also", "always", "never", "just", "still", "then", "who", "was", "is",
    "has", "had", "will", "would", "can", "could",
];

/// Words for the staff of a service taken together, besides roles in the plural ("the
/// mental health team"); a unit or a ward is a place, praised on its own.
const GROUPS_OF_STAFF: &[&str] = &["team", "teams"];

/// Words of praise for staff, which a clause told to one of them about the others holds
/// ("Lwazi, the whole team looked after me so well").
#[rustfmt::skip]
const PRAISE: &[&str] = &[
    "brilliant", "great", "amazing", "lovely", "kind", "kindness", "wonderful", "fantastic",
    "excellent", "fab", "calm", "caring", "helpful", "help", "smile", "smiles", "best", "well",
    "grateful", "superb", "outstanding", "professional", "friendly", "patient", "gentle",
    "reassuring", "supportive", "support", "good", "nice", "angels", "heroes", "stars", "star",
    "credit",
];

/// Whether `lower` is a noun a person is called by: a role, a staff group or a relative.
fn persons_noun(lower: &str) -> bool {
    ROLES.contains(&lower)
        || ROLES_PLURAL.contains(&lower)
        || STAFF_PLURALS.contains(&lower)
        || is_relative(lower)
}

/// Whether the words of `rest`, up to the end of the sentence, say "she", "her", "he" or
/// "his" of someone before another person is named or called by a noun ("Zanele, I was
/// scared, but she held my hand"): that someone is the name before the clause. A
/// pronoun after another name ("…, but Rhys and his team were calm") is that person's.
fn says_she_or_he_before_another(rest: &[Token<'_>]) -> bool {
    for word in rest.iter().take_while(|word| !word.gap.is_break()) {
        let lower = word.lower.as_str();
        if SAID_OF_SOMEONE.contains(&lower) {
            return true;
        }
        let another = (word.shape != Shape::Lower && lower != "i") || persons_noun(lower);
        if another {
            return false;
        }
    }
    false
}

/// Small words after a capitalised one that are no second word of its exclamation but
/// part of a sentence or a sign-off ("Zanele too, the nurse…", "Zanele x, the…").
const NOT_AN_EXCLAMATIONS_WORD: &[&str] = &[
    "and", "or", "too", "as", "also", "x", "xx", "xxx", "again", "here", "there", "now", "then",
    "please",
];

/// Pronouns that open a clause of their own after an exclamation ("Alamak, I tried my
/// daughter's pogo stick").
const PRONOUN_SUBJECTS: &[&str] = &["i", "we", "it"];

/// Words that open a subject of things after an exclamation ("Yoicks, the clinic…",
/// "Alamak, our dog…").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "my", "our", "this", "that", "these", "those", "some",
];

/// Determiners of one's own ([`DETERMINERS`]): "my little boy", "our dog".
const OWNERS: &[&str] = &["my", "our"];

/// One's own people named by a noun after "my" or "our" besides relatives ("my little
/// boy", "our lass").
const PEOPLE_OF_ONES_OWN: &[&str] = &[
    "boy", "girl", "lad", "lass", "baby", "kid", "kids", "boys", "girls", "one", "ones",
];

/// Words that say something of a person named before the clause ("Zanele, I owe her my
/// life").
const SAID_OF_SOMEONE: &[&str] = &[
    "she", "he", "her", "him", "his", "hers", "herself", "himself",
];

/// Common past forms not in "-ed" beyond [`CLAUSE_VERBS`] ("I threw", "the edge caught me").
#[rustfmt::skip]
const PAST_FORMS: &[&str] = &[
    "caught", "threw", "hit", "cut", "fell", "bit", "blew", "flew", "drove", "rode", "shook",
    "spun", "stung", "struck", "swung", "tore", "wore", "woke", "wrote", "ate", "drank", "began",
    "bent", "bled", "burnt", "burst", "dug", "fed", "fought", "froze", "grew", "hung", "hurt",
    "laid", "lay", "led", "lent", "lit", "lost", "meant", "met", "paid", "rose", "sank", "sang",
    "shot", "shut", "slid", "split", "spat", "spilt", "sprang", "stank", "stuck", "swam",
    "swept", "taught", "thought", "understood", "wept", "won", "wound", "slept", "sold", "heard",
    "dealt", "knelt", "leapt", "spent", "sped", "tripped", "slipped",
];

/// Most words of the subject after "the" read for its verb ([`cut_off_before_a_clause_of_its_own`]).
const MOST_WORDS_OF_THE_SUBJECT: usize = 9;

/// Verbs a clause's subject is followed by: forms of "be", "have" and "do", and common
/// past forms not in "-ed".
const CLAUSE_VERBS: &[&str] = &[
    "was", "were", "is", "are", "has", "had", "have", "did", "does", "do", "ran", "gave", "took",
    "made", "came", "went", "sent", "kept", "got", "let", "put", "felt", "found", "told", "said",
    "saw", "left", "rang", "broke", "stood", "sat", "held", "brought", "bought", "knew",
];

/// Words that speak to someone: a clause holding one is said to the name before it.
const ADDRESSING: &[&str] = &[
    "you", "your", "yours", "you're", "youre", "thank", "thanks", "ta",
];

/// Words that may make the subject a person or someone's ("lady", "team leader", "her")
/// or a clause of its own ("she", "who"): a name before them may be set in apposition. A
/// team or a service is no person ("Swelp, the mental health team always rang back"),
/// but its leader or member is ("Kaveh, the team leader was lovely").
const NOT_IN_THE_SUBJECT: &[&str] = &[
    "people", "person", "lady", "man", "woman", "girl", "boy", "guy", "lad", "lads", "ladies",
    "men", "women", "leader", "leaders", "lead", "member", "members", "captain", "her", "his",
    "their", "she", "he", "they", "who", "that", "which", "one", "ones", "and", "or", "you",
    "your",
];

/// Most words after the comma in which a role in apposition is looked for ("Jesus, night
/// nurse", "Jesus, the porter", "Jesus, our lovely nurse").
const APPOSITION_REACH: usize = 3;

/// Whether a comma follows token `last` and a role stands within [`APPOSITION_REACH`]
/// words after it, in the same sentence: the word before is the person the role names.
/// Not a role with a name of its own written after it ("Lawks, the physio, Oloan …",
/// "Heck, the dietitian Sariaman …"): the role names that person.
pub(super) fn role_in_apposition(tokens: &[Token<'_>], last: usize) -> bool {
    // A name written, or its placeholder on a pass over the redacted text.
    let named_after = |k: usize| {
        tokens.get(k + 1).is_some_and(|next| {
            next.lower.as_str() == "[person]"
                || (matches!(next.gap, Gap::Space | Gap::Comma) && next.shape == Shape::Capitalised)
        })
    };
    tokens
        .get(last + 1)
        .is_some_and(|next| next.gap == Gap::Comma)
        && (last + 1..tokens.len())
            .take(APPOSITION_REACH)
            .take_while(|&k| k == last + 1 || tokens[k].gap == Gap::Space)
            .any(|k| ROLES.contains(&tokens[k].lower.as_str()) && !named_after(k))
}

/// Words thanked in an oath ("thank goodness it was quick", "thank God for the nurses").
const THANKED_IN_OATHS: &[&str] = &[
    "goodness", "god", "gosh", "heavens", "heaven", "lord", "christ", "gawd", "jesus", "fuck",
];

/// Of [`THANKED_IN_OATHS`], the words people also bear as names ("Heaven", "Jesus",
/// "Goodness"): read as an oath after "thank" only when written small in a comment that
/// uses capitals ("Status: fine, thank goodness, while…"), since "thank Heaven on
/// nights" may thank a nurse.
const THANKED_WORDS_ALSO_NAMES: &[&str] = &["goodness", "heaven", "jesus"];

/// Whether the lone token `first..=last` is the word of an oath after "thank" ("thank
/// goodness", "thank heavens"): a word of [`THANKED_IN_OATHS`] right after "thank",
/// one that is also a name only when small in a comment that uses capitals.
pub(crate) fn is_thanked_oath(
    tokens: &[Token<'_>],
    caseless: bool,
    first: usize,
    last: usize,
) -> bool {
    if first != last || first == 0 || tokens[first].gap != Gap::Space {
        return false;
    }
    let word = tokens[first].lower.as_str();
    let written_small = !caseless && tokens[first].shape == Shape::Lower;
    tokens[first - 1].lower.as_str() == "thank"
        && THANKED_IN_OATHS.contains(&word)
        && (written_small || !THANKED_WORDS_ALSO_NAMES.contains(&word))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn oath(text: &str, first: usize, last: usize) -> bool {
        is_oath(&tokenize(text), first, last)
    }

    #[test]
    fn oaths_are_oaths() {
        assert!(oath("Jesus, the wait in A&E was nine hours.", 0, 0));
        assert!(oath("Good food. Jesus! Four hours though.", 2, 2));
        assert!(oath("Oh my God, the food.", 2, 2));
        assert!(oath("Jesus Christ, what a wait", 0, 1));
        assert!(oath("Good Lord. Never again", 1, 1));
        assert!(oath("Och, the heat lamp on my incubator tripped.", 0, 0));
        assert!(oath("Four hours. Crikey! Never again", 2, 2));
        assert!(oath("Egad, the chemo unit gave us free parking.", 0, 0));
        assert!(oath("wowsers, ewa from the memory clinic said so", 0, 0));
        assert!(oath("Gee whiz, the fracture clinic was heaving", 0, 1));
        assert!(oath("Gee whiz, the fracture clinic was heaving", 0, 0));
        // A role with a name of its own after it names that person.
        assert!(oath("Lawks, the physio, Oloan came round.", 0, 0));
        assert!(oath("Heck, the dietitian Sariaman came round.", 0, 0));
        assert!(oath("Lawks, the physio, [PERSON] came round.", 0, 0));
        assert!(oath("Dearie me, the dental hospital ran late.", 0, 0));
        assert!(oath("land sakes, dr laitonjam was kind", 1, 1));
        assert!(oath("Suffering succotash, the boiler spat.", 1, 1));
    }

    fn exclaims(text: &str) -> bool {
        exclaims_span(text, 0, 0)
    }

    /// [`exclaims_no_name`] on the found name `first..=last` of `text`.
    fn exclaims_span(text: &str, first: usize, last: usize) -> bool {
        let tokens = tokenize(text);
        let facts = super::super::lexicon::NameLexicon::new().facts_of(&tokens);
        exclaims_no_name(text, &tokens, &facts, first, last)
    }

    #[test]
    fn a_word_before_a_clause_of_its_own_exclaims() {
        assert!(exclaims("Yoicks, the diabetes clinic ran on time."));
        assert!(exclaims("Howay, the cardiac rehab classes were friendly."));
        assert!(exclaims("Zorp, the kidney unit's machines broke down."));
        assert!(exclaims(
            "Swelp, the mental health team always rang back the same day."
        ));
        // A person's noun, an owner's word, a verb closing a parenthesis, a name.
        assert!(!exclaims("Zanele, the nurse was kind."));
        assert!(!exclaims("Kaveh, the team leader was lovely to us."));
        // Staff in the plural are no one name in apposition; one of them may be.
        assert!(exclaims(
            "Caspita, the community nurses came at the same time every day."
        ));
        assert!(!exclaims("Kaveh, the nurse was kind to me."));
        // Staff or a team praised: the name may be one of them, told of the others.
        assert!(!exclaims("Lwazi, the midwives made the birth so calm."));
        assert!(!exclaims("Lwazi, the whole team looked after me so well."));
        assert!(!exclaims(
            "Zanele, the badge on her lapel confirmed it, was kind."
        ));
        assert!(!exclaims(
            "Zanele, the bookmark in the book confirmed, was kind."
        ));
        assert!(!exclaims("Zanele, the clinic and the ward were kind."));
        assert!(!exclaims("Sarah, the clinic ran on time."));
        assert!(!exclaims("Zanele, the care you gave was lovely."));
        assert!(!exclaims("Zanele, the ward was spotless, thank you."));
    }

    #[test]
    fn a_clause_of_a_pronoun_or_an_owned_thing_is_its_own() {
        assert!(exclaims("Alamak, I slipped a disc lifting the jukebox."));
        assert!(exclaims("Alamak, we waited four hours in the corridor."));
        assert!(exclaims(
            "Alamak, our dog snapped at a frisbee in the park."
        ));
        assert!(exclaims(
            "Alamak, the steel strings on my Northfield mandolin have gone rusty."
        ));
        assert!(exclaims("Alamak, my son's pogo stick snapped under him."));
        assert!(exclaims(
            "Alamak, the edge of a frisbee caught me on the chin."
        ));
        // A make of what one owns, though a name list holds its words.
        assert!(exclaims(
            "Yerra, the tip of my Mountain King trekking poles snapped on the hill."
        ));
        // One's own person who does something, or is listed, stays a person.
        assert!(!exclaims("Zanele, my Sarah always rang the ward."));
        assert!(!exclaims("Zanele, the hug from my Sarah meant everything."));
        // A pronoun after another person named is that person's.
        assert!(exclaims(
            "Howay, the cath lab was backed up, but Rhys and his team were calm."
        ));
    }

    #[test]
    fn ones_own_people_and_initials_before_the_word() {
        assert!(exclaims("Ayoo, my little boy fell off the rocking horse."));
        // The found name with the initials, and without them.
        let text = "P.S. Donnerwetter, the chemo suite had comfy chairs.";
        assert!(exclaims_span(text, 0, 2));
        assert!(exclaims_span(text, 2, 2));
        // An abbreviation of three letters with its stops ends the sentence before it;
        // spaced initials before a surname do not.
        let text = "We came home by P.T.S. Fichtre, the chest clinic gave me a spacer.";
        assert!(exclaims_span(text, 5, 7));
        assert!(!exclaims_span(
            "Seen by J. R. T. Kaveh, the clinic ran on time.",
            2,
            5
        ));
        assert!(oath("Ecky thump, the baby unit let us stay.", 0, 0));
        assert!(oath("Zut alors, the crisis team answered.", 0, 0));
        // A role after "my" may be the name's; a pronoun says it of the name.
        assert!(!exclaims("Zanele, my nurse was kind."));
        assert!(!exclaims("Zanele, my little boy fell off his bike."));
    }

    #[test]
    fn an_exclamation_of_two_words_before_a_clause() {
        assert!(exclaims(
            "Bozhe moi, the handle of the kettlebell tore the skin off my palm."
        ));
        assert!(exclaims("Bozhe moi, I tripped over my skipping rope."));
        // A word of the sentence after the name, not of an exclamation.
        assert!(!exclaims("Zanele too, the clinic ran on time."));
        assert!(!exclaims("Zanele x, I can't thank you enough."));
        // Three words, the third no English word, or an exclamation mark before a
        // sentence of its own.
        assert!(exclaims(
            "Stom van mij, I dropped the heavy juicer on my foot."
        ));
        assert!(exclaims("Heerlijk! The children's ward had a playroom."));
        // An irregular past, or a short one in "-ed", after "I".
        assert!(exclaims("Stom van mij, I forgot the roof box was on."));
        assert!(exclaims(
            "Stom van mij, I tied the hammock to a rotten post."
        ));
        assert!(exclaims("Mooi zo! The surgery sent a text reminder."));
        assert!(!exclaims("Zanele we love you, the nurses were great."));
        // A role before a noun of its own is that noun's; alone, it may be the name's.
        assert!(exclaims(
            "Upeaa! The physio department posted the exercise videos."
        ));
        assert!(!exclaims("Zanele, the physio was so kind to me."));
        // A list of nouns in the subject, closed by "and".
        assert!(exclaims(
            "Tänan! The ear, nose and throat clinic texted when they had a slot."
        ));
        assert!(exclaims(
            "Heerlijk, the ear, nose and throat clinic texted me."
        ));
        assert!(!exclaims("Zanele, the nurse, was kind."));
        assert!(!exclaims("Zanele, the nurse, doctor and porter were kind."));
        // Not after a dash or "...", where a name is announced, nor in capitals.
        assert!(!exclaims_span(
            "Best midwife ever - Sevgul!!! I was taken in at night.",
            4,
            4
        ));
        assert!(!exclaims_span(
            "And the award goes to... Muawad! I was so glad.",
            5,
            5
        ));
    }

    #[test]
    fn a_clause_about_the_name_before_it_keeps_the_name() {
        assert!(!exclaims("Zanele, I can't thank you enough."));
        assert!(!exclaims("Zanele, I owe her my life."));
        assert!(!exclaims("Zanele, I was scared, but she held my hand."));
        assert!(!exclaims("Zanele, my daughter's midwife, was amazing."));
        assert!(!exclaims("Zanele, my daughter was in bed four."));
        assert!(!exclaims("Zanele, the Sarah Ryder ward was lovely."));
        assert!(!exclaims("Zanele, I will never forget."));
    }

    #[test]
    fn rhyming_pairs_that_open_and_are_cut_off_exclaim() {
        let pair = |text: &str| exclaims_span(text, 0, 1);
        assert!(pair(
            "Hooley dooley, the urology unit explained everything."
        ));
        assert!(pair("Okey dokey, the clinic rang back."));
        // Not rhyming, not cut off, or a given name before a surname.
        assert!(!pair("Jenny Kenny, the nurse, was lovely."));
        assert!(!pair("Hooley dooley was the nurse."));
        assert!(!pair("Anna Kowalski, the nurse, was lovely."));
    }

    fn said_within(text: &str, k: usize) -> bool {
        said_within_a_sentence(&tokenize(text), k, k)
    }

    #[test]
    fn exclamations_said_within_a_sentence() {
        assert!(said_within("We waited, Crikey, for nearly five hours.", 2));
        assert!(said_within("The food - Yikes - was inedible.", 2));
        assert!(said_within("The wait was long, Yikes!", 4));
        assert!(said_within("We got a bed (Hooray) at 3am.", 4));
        assert!(said_within(
            "The physio made me walk and oh Crikey it hurt.",
            7
        ));
        assert!(said_within("The porter shouted Whoa as the bed rolled.", 3));
        assert!(said_within("Huzzah for the new parking machines.", 0));
        assert!(exclaims("Huzzah for the new parking machines."));
        assert!(exclaims("Hooray for the midwives."));
    }

    #[test]
    fn words_within_a_sentence_that_exclaim_nothing() {
        // Not cut off after, spaced before with no "oh" or verb of saying, or no
        // exclaimed word at all (a vocative name stands set off the same way).
        assert!(!said_within("We waited, Crikey the porter came.", 2));
        assert!(!said_within("We asked Crikey about it.", 2));
        assert!(!said_within("Thanks again, Zanele, for everything.", 2));
        assert!(!said_within("Thanks to Egad on nights.", 2));
        assert!(!said_within("Yikes for the porter.", 0));
        assert!(!said_within("The nurse said Zanele was off.", 3));
    }

    #[test]
    fn people_and_other_uses_are_not() {
        assert!(!oath("Jesus was my nurse on nights.", 0, 0));
        assert!(!oath("Thanks to Jesus, the porter.", 2, 2));
        assert!(!oath("Ask for Jesus on ward 4.", 2, 2));
        assert!(!oath("Maria and Jesus were great.", 2, 2));
        assert!(!oath("Aisha Khan, the midwife.", 0, 1));
        assert!(!oath("Tea for all. Jesus, night nurse, ward 11.", 3, 3));
        assert!(!oath("Jesus, the porter, was kind.", 0, 0));
        assert!(!oath("Thanks to Och on nights.", 2, 2));
        assert!(!oath("Cor, the porter, was kind.", 0, 0));
        assert!(!oath("Cor, the porter on nights, was kind.", 0, 0));
        assert!(!oath("Thanks to Egad on nights.", 2, 2));
    }

    fn thanked(text: &str, caseless: bool, k: usize) -> bool {
        is_thanked_oath(&tokenize(text), caseless, k, k)
    }

    #[test]
    fn thanked_oaths_thank_no_one() {
        assert!(thanked(
            "Status: fine, thank goodness, while Tony is here.",
            false,
            3
        ));
        assert!(thanked("Thank God for the nurses.", false, 1));
        assert!(thanked("thank heavens it was quick", true, 1));
        assert!(thanked("We were seen fast, thank heaven.", false, 5));
    }

    #[test]
    fn names_that_are_thanked_stay_names() {
        // A word also borne as a name, written with its capital: a person may be thanked.
        assert!(!thanked("Thank Heaven on nights for the tea.", false, 1));
        assert!(!thanked("Thank Goodness and Ada on ward 2.", false, 1));
        // In a comment without capitals the case says nothing.
        assert!(!thanked("thank goodness and ada on ward 2", true, 1));
        // Another word, or another word before it.
        assert!(!thanked("Thank Grace for the tea.", false, 1));
        assert!(!thanked("Thanks to goodness knows who.", false, 2));
    }
}
