//! The rules that find names from the name lists and the cues around them: the first
//! reading of a comment, before the learned tagger, the vetoes and the position rules
//! (module `person` joins them). Kept apart because it is one idea, a scan over the
//! tokens that decides where a name starts and where it ends, and because the rest of
//! the recognizer only needs its finds.
//!
//! A name starts at a word when one of these holds:
//!
//! - a **cue** stands before the word (module `cues`: `Dr`, `Nurse`, `my wife`, `thanks
//!   to`, `Re:`) or after it (`the receptionist`, `on reception`), trusted according to
//!   its strength: a title takes any capitalised word ("Dr Wojcik"), "to" or "from" only
//!   a listed name ("Complaint from Edyta Zarzycka", but not "We went to Fairview");
//! - the word is a **given name** from the lexicon, capitalised ("Priya Sharma was
//!   great"), or, in a comment without capitals, a given name that is not an everyday
//!   word ("i would like to thank gerard wells");
//! - a **pair** of capitalised words is opened by a given name ("Vera Dumitrescu"), or a
//!   capitalised pair opens a form-like comment ("Zenovia Puscasu / 366 896 7342");
//! - the word is **listed** beside a found name, joined by "and" or a comma, in either
//!   direction ("Yawer, Jodie and Oliver", once Jodie is known).
//!
//! In a cased comment a small-letter word is a name only if listed and cued ("The nurse
//! john"), never "called back" or "sky high"; in a comment without capitals the lexicons
//! and cues carry the whole weight.
//!
//! A name then runs on over the capitalised words, initials and particles that follow
//! ("Duncan J. Howard", "Ludwig van Beethoven"), four words at most; titles stay outside
//! the span ("Dr [Patel]"), matching the gold data's convention.
//!
//! Left alone: words in `not_names.txt` (wards, hospitals, weekdays, drugs, roles) unless
//! also a listed name; "soft" words (Ward, Hall, Lane) without a cue or a name beside them,
//! and before a number ("Kerry Ward 7", "Thank you Ward 9"); names that are everyday words
//! (`word_names.txt`: Hope, Grace, Will) without a cue or another name ("Will the
//! sonographer please stop"); a run ending in or followed by a place word, or led by
//! "the", "Queen", "St" ("Queen Elizabeth Hospital", "Arnold Lodge", "the John
//! Radcliffe"); a capitalised everyday word after an introduction or a heading ("I'm
//! Deaf"); and words inside an existing redaction marker ("[name redacted]").

use super::cues::{self, cue_after, cue_before, CueStrength, PostCue};
use super::interjections::is_laughter;
use super::lexicon::{NameLexicon, WordFacts};
use super::name_word_position::{after_a_determiner, PERSON_VERBS};
use super::place_nouns::{may_own_a_workplace, WORKPLACES};
use super::texting;
use super::tokens::{Gap, Shape, Token};
use super::{
    is_place_word, place_nouns::ends_a_place, BODY_WORDS, LAND_WORDS, LAND_WORDS_NAMELIKE,
    PARTICLES, PLACE_WORDS_NAMELIKE,
};

/// The most words one name may hold (given names, initials, surnames).
const MAX_NAME_WORDS: usize = 4;

/// Words before a capitalised run that make it a place or a thing (`the John Radcliffe`;
/// water and hills: `Lake Louise`, `Mount Elizabeth`).
pub(super) const PLACE_BEFORE: &[&str] = &[
    "the",
    "queen",
    "king",
    "king's",
    "royal",
    "st",
    "saint",
    "university",
    "county",
    "lake",
    "loch",
    "lough",
    "river",
    "mount",
    "isle",
];

/// Whether "to" after a verb of going or sending stands right before token `i`, each
/// joined by a space ("go to Rowan Ward", "went to FLORENCE"): a place follows.
pub(super) fn to_after_a_verb_of_going(tokens: &[Token<'_>], i: usize) -> bool {
    i > 1
        && tokens[i].gap == Gap::Space
        && tokens[i - 1].gap == Gap::Space
        && tokens[i - 1].lower.as_str() == "to"
        && GOING.contains(&tokens[i - 2].lower.as_str())
}

/// Verbs of going and sending before "to" and a place ("go to Rowan Ward").
const GOING: &[&str] = &[
    "go",
    "goes",
    "going",
    "gone",
    "went",
    "sent",
    "moved",
    "transferred",
    "admitted",
    "taken",
    "came",
    "come",
    "back",
];

/// Irregular past forms of verbs a person does ("built", "drove", "brought", "hid",
/// "chose"): the common irregular verbs of English that a thing is seldom the subject
/// of, read only after one of the commonest given names that is no everyday word,
/// opening a sentence ("Peter hid my phone"). Not "broke", "set", "shut" or "cut",
/// which a microphone or a ward does as often ("Mike broke on the intercom"): those need
/// an object after them (see `name_word_position`).
const IRREGULAR_PAST: &[&str] = &[
    "ate",
    "became",
    "bought",
    "brought",
    "built",
    "came",
    "caught",
    "chose",
    "dealt",
    "did",
    "drank",
    "drew",
    "drove",
    "dug",
    "fed",
    "fell",
    "felt",
    "fled",
    "flew",
    "forgave",
    "forgot",
    "fought",
    "found",
    "gave",
    "got",
    "heard",
    "held",
    "hid",
    "kept",
    "knew",
    "laid",
    "led",
    "left",
    "lent",
    "lost",
    "made",
    "meant",
    "met",
    "paid",
    "put",
    "ran",
    "rang",
    "read",
    "rode",
    "said",
    "sang",
    "sat",
    "saw",
    "sent",
    "slept",
    "sold",
    "sought",
    "spent",
    "spoke",
    "sprang",
    "stole",
    "stood",
    "swam",
    "swept",
    "taught",
    "thought",
    "threw",
    "told",
    "took",
    "understood",
    "went",
    "wept",
    "withdrew",
    "woke",
    "won",
    "wore",
    "wrote",
];

/// Whether `word` (lower case) is one of the irregular past forms of a person's verbs
/// ([`IRREGULAR_PAST`]: "hid", "drove", "chose").
pub(super) fn is_irregular_past(word: &str) -> bool {
    IRREGULAR_PAST.contains(&word)
}

/// Regular past forms of things people do for a patient ("helped", "wheeled"), where
/// the word names nothing that could do them.
const DONE_BY_PEOPLE: &[&str] = &[
    "helped", "stayed", "carried", "cooked", "painted", "played", "visited", "wheeled", "lifted",
    "pushed", "washed", "called", "phoned",
];

/// One comment's tokens and their lexicon facts, and the rules over them.
pub(super) struct Scan<'t, 'a> {
    /// The comment (to see a possessive after a word).
    pub(super) text: &'a str,
    /// The comment's tokens.
    pub(super) tokens: &'t [Token<'a>],
    /// The lexicon facts of each token.
    pub(super) facts: &'t [WordFacts],
    /// The comment has no capitals (or no small letters).
    pub(super) caseless: bool,
    /// The name lexicons (to look up a texting form's everyday word).
    pub(super) lexicon: &'t NameLexicon,
}

impl Scan<'_, '_> {
    /// Every name found, as inclusive token ranges, sorted and not overlapping.
    pub(super) fn names(&self) -> Vec<(usize, usize)> {
        let mut spans: Vec<(usize, usize)> = Vec::new();
        let mut i = 0;
        while i < self.tokens.len() {
            if let Some(last) = self.name_starting_at(i) {
                spans.push((i, last));
                i = last + 1;
            } else {
                i += 1;
            }
        }
        self.add_coordinated(&mut spans);
        spans
    }

    /// If a name starts at token `i`, the index of its last token.
    fn name_starting_at(&self, i: usize) -> Option<usize> {
        let token = &self.tokens[i];
        let facts = self.facts[i];
        let initial = token.shape == Shape::Initial;
        if token.in_brackets || (facts.not_name && !initial) || token.shape == Shape::Other {
            return None;
        }
        if token.shape == Shape::Upper && !self.caseless {
            return None;
        }
        let lower_word = self.caseless || token.shape == Shape::Lower;
        // "Mr de la Cruz", "Dr van der Merwe": a surname's particles right after a title.
        if !self.caseless
            && token.shape == Shape::Lower
            && token.lower.as_str().len() <= 5
            && i > 0
            && token.gap == Gap::Space
            && cues::TITLES.contains(&self.tokens[i - 1].lower.as_str())
            && PARTICLES.contains(&token.lower.as_str())
            && self.name_after_particles(i + 1, false)
        {
            let last = self.extend(i, false);
            return (last > i).then_some(last);
        }
        // Fast path: a small-letter word in a cased comment can only be a listed name
        // (see `accept_lower`), and in any comment never an everyday word.
        if lower_word && (facts.common || (!self.caseless && !facts.plain_name())) {
            return None;
        }
        // (Read after the fast path, which most small-letter words stop at.)
        // "Haha, the porter was hilarious": laughter is no one, whatever follows it.
        if is_laughter(token.lower.as_str()) {
            return None;
        }
        // "find my van keys": a particle in small letters that is an English word, after
        // a determiner, is the word ("my von stein" stays a name).
        if lower_word
            && facts.english
            && PARTICLES.contains(&token.lower.as_str())
            && after_a_determiner(self.tokens, i)
        {
            return None;
        }
        let cue = cue_before(self.tokens, i);
        let last = self.extend(i, lower_word);
        let accepted = if lower_word {
            self.accept_lower(i, last, cue)
        } else {
            self.accept_capitalised(i, last, cue)
        };
        if !accepted {
            return None;
        }
        if self.is_place(i, last) {
            return None;
        }
        Some(last)
    }

    /// Whether the run `i..=last` reads as a place or a thing rather than a person, unless
    /// a title stands before it, or a role before it and a place staff work in, in small
    /// letters, after it ("the nurse tendai hospital discharge letter", "the paramedic
    /// liam hospital handover": the role's own workplace). The run is then one word that
    /// may own a workplace ([`may_own_a_workplace`]: "the physio Kings Mill hospital",
    /// "the registrar Basildon hospital" are hospitals).
    fn is_place(&self, i: usize, last: usize) -> bool {
        let cue = cue_before(self.tokens, i);
        // Read only after a role, most runs stop at the first test.
        let role_at_work = || {
            cue == Some(CueStrength::Role)
                && i == last
                && self.tokens.get(last + 1).is_some_and(|next| {
                    next.gap == Gap::Space
                        && next.shape == Shape::Lower
                        && WORKPLACES.contains(&next.lower.as_str())
                })
                && may_own_a_workplace(&self.tokens[i], &self.facts[i])
        };
        cue != Some(CueStrength::Title)
            && !role_at_work()
            && self.looks_like_place(i, last, cue.is_some())
    }

    /// Rules for a capitalised word in a cased comment.
    fn accept_capitalised(&self, i: usize, last: usize, cue: Option<CueStrength>) -> bool {
        let token = &self.tokens[i];
        let facts = self.facts[i];
        if token.shape == Shape::Initial {
            // An initial starts a name only before a surname after a title ("Dr J. Smith").
            return cue == Some(CueStrength::Title) && last > i;
        }
        let pair = last > i;
        match cue {
            // "Dr Ward" but not "Thank you Ward 9"; after a title a number does not make
            // the word a place ("Dr Hall 2 days ago said").
            Some(CueStrength::Title) | Some(CueStrength::Role) => {
                let numbered_place_word =
                    cue == Some(CueStrength::Role) && facts.soft && !pair && self.number_follows(i);
                let described = self.run_is_everyday_words(i, last)
                    && cues::introduction_or_heading_before(self.tokens, i);
                !(numbered_place_word || described)
            }
            Some(CueStrength::Personal) => facts.plain_name() || (pair && !facts.soft),
            Some(CueStrength::Weak) => {
                facts.plain_name() || (pair && (facts.first || (facts.word_name && !facts.soft)))
            }
            None => {
                if facts.first && !(token.sentence_start && facts.english && !pair) {
                    // A given name: "Kate Martin", "Scott and Dale", even opening a
                    // sentence; but a lone one that is also an everyday word opening a
                    // sentence ("Dawn broke", "Ivy covered") is left to the tagger, which
                    // weighs the words around it.
                    return true;
                }
                if facts.first && (1..=2).contains(&facts.first_rank) && self.past_verb_follows(i) {
                    // One of the commonest given names opening a sentence before a verb
                    // in the past ("John drove me home", "Tony built a ramp"): the
                    // everyday word ("a john", "tony") has no past to do.
                    return true;
                }
                if pair && self.pair_is_named(i, last) {
                    // "Hope Hudson", "Vera Dumitrescu": one of the words is a known name.
                    return !(token.sentence_start
                        && facts.word_name
                        && !self.facts[i + 1].surname);
                }
                if pair && i == 0 && self.record_follows(last) {
                    // "Zenovia Puscasu / 366 896 7342": a form-like entry opening the comment.
                    return true;
                }
                match cue_after(self.tokens, last) {
                    None => false,
                    // Mid-sentence, a capitalised word before "the receptionist" or
                    // "on reception" is a person.
                    Some(_) if !token.sentence_start => !facts.soft || pair,
                    // Opening a sentence every word is capitalised: "Basem the healthcare
                    // assistant was..." but not "Will the sonographer", "Ask the
                    // receptionist" or "Especially the paramedic.".
                    Some(PostCue::Role) => {
                        !facts.common
                            && !facts.soft
                            && (facts.any_name() || self.clause_follows(last))
                    }
                    // "Pearl on reception", "May on reception": listed names only.
                    Some(PostCue::Place) => facts.any_name() || facts.soft,
                }
            }
        }
    }

    /// True when every word of the run `i..=last` is an everyday word only
    /// ([`WordFacts::everyday_word_only`]: "Deaf", "Complaint About"): capitalised there
    /// for emphasis or a heading, not as a name.
    fn run_is_everyday_words(&self, i: usize, last: usize) -> bool {
        self.facts[i..=last]
            .iter()
            .all(WordFacts::everyday_word_only)
    }

    /// True when, after "X the <role>", a clause goes on ("was", "who", "has"): "X" is then
    /// the subject, a person, not an adverb or a verb.
    fn clause_follows(&self, last: usize) -> bool {
        let mut k = last + 2;
        // Skip the rest of a two-word role ("the healthcare assistant").
        while k < self.tokens.len() && k <= last + 4 {
            let token = &self.tokens[k];
            if token.gap.is_break() {
                return false;
            }
            if matches!(
                token.lower.as_str(),
                "was"
                    | "is"
                    | "were"
                    | "who"
                    | "has"
                    | "had"
                    | "did"
                    | "made"
                    | "gave"
                    | "took"
                    | "kept"
                    | "went"
                    | "came"
                    | "helped"
                    | "explained"
                    | "always"
                    | "really"
            ) {
                return true;
            }
            k += 1;
        }
        false
    }

    /// True when the token right after `k` holds a digit ("Ward 7", "Bay 4").
    fn number_follows(&self, k: usize) -> bool {
        self.tokens
            .get(k + 1)
            .is_some_and(|n| n.shape == Shape::Other && n.gap == Gap::Space)
    }

    /// True when the token after `last` starts a record: a number, a date, "DOB", "NHS".
    fn record_follows(&self, last: usize) -> bool {
        self.tokens.get(last + 1).is_some_and(|next| {
            next.gap != Gap::Space
                && (next.shape == Shape::Other
                    || matches!(next.lower.as_str(), "dob" | "nhs" | "born" | "tel" | "mrn"))
        })
    }

    /// Rules for a lower-case word (or any word of a comment without capitals).
    fn accept_lower(&self, i: usize, last: usize, cue: Option<CueStrength>) -> bool {
        let token = &self.tokens[i];
        let facts = self.facts[i];
        if facts.common || token.text.chars().count() < 2 {
            return false;
        }
        let pair = last > i;
        if !self.caseless {
            // A small-letter word in a cased comment: a name only if listed and cued
            // ("Dr patel", "the nurse john"), never "called back" or "sky high".
            return match cue {
                // A title written as a small-letter noun is that noun before a word of
                // English ("every doctor card"), not before a name as "Dr patel" is.
                Some(CueStrength::Title) => {
                    facts.plain_name() && !(facts.english && self.title_is_a_plain_noun(i - 1))
                }
                Some(CueStrength::Role) => facts.first,
                _ => false,
            };
        }
        match cue {
            Some(CueStrength::Title) => {
                // "dr hale", "mr mann": anything but an everyday word, if titles are real
                // titles ("dr", "mr"); introductions ("i am") need a listed name.
                let title = self.tokens[i - 1].lower.as_str();
                if matches!(title, "dr" | "mr" | "mrs" | "ms" | "prof" | "mx") {
                    true
                } else {
                    facts.first || facts.word_name
                }
            }
            // An unlisted everyday word after a role is the sentence going on ("patient
            // needs", "patient transport"): names that are words are listed.
            Some(CueStrength::Role) => {
                (facts.any_name() && !self.said_as_everyday_words(i))
                    || (!facts.english && !self.caseless_unlikely(i))
            }
            Some(CueStrength::Weak) | Some(CueStrength::Personal) | None => {
                if facts.first {
                    // Lexicon given names that are not everyday words: "gerard wells".
                    true
                } else if facts.word_name {
                    // "hope jones", "pearl on reception": a word-name needs company. A
                    // place's, service's or kin's word-name that is an everyday word or
                    // no ranked given name, with an everyday word after it, is the phrase
                    // it opens ("house rule", "new high score", "my son read it",
                    // "birmingham roller pigeons"; not "victoria wood").
                    let with_a_surname = pair && {
                        let next = self.facts[i + 1];
                        let phrase_opener = facts.soft && (facts.english || facts.first_rank == 0);
                        next.surname && !(phrase_opener && next.english)
                    };
                    with_a_surname || cue_after(self.tokens, last).is_some()
                } else {
                    false
                }
            }
        }
    }

    /// Whether the title at `k` is written as an everyday noun in small letters
    /// ("doctor", "professor", "miss"), not as a title ("Dr", "Doctor", "mr").
    fn title_is_a_plain_noun(&self, k: usize) -> bool {
        let title = &self.tokens[k];
        title.shape == Shape::Lower
            && matches!(title.lower.as_str(), "doctor" | "professor" | "miss")
    }

    /// Whether the listed name at `i`, after a role in a comment without capitals, reads
    /// as everyday words with the word after it: a word with its apostrophe left out
    /// before more of its sentence ("the nicest doctor ive ever met": "Ive" is a surname),
    /// or an English word before "away" ("referred me for physio straight away", "the
    /// nurse right away").
    fn said_as_everyday_words(&self, i: usize) -> bool {
        let Some(next) = self.tokens.get(i + 1).filter(|next| next.gap == Gap::Space) else {
            return false;
        };
        let word = self.tokens[i].lower.as_str();
        let is_english = |w: &str| self.lexicon.facts(w).english;
        (next.lower.as_str() == "away" && self.facts[i].english)
            || (next.shape == Shape::Lower && texting::apostrophe_left_out(word, is_english))
    }

    /// In lower-case text after a role cue, an unknown word is taken as a name unless it
    /// is short, looks like an ordinary word form (ends in -ed, -ing, -ly...) or is an
    /// everyday word with its apostrophe left out ("the nurse doesnt know").
    fn caseless_unlikely(&self, i: usize) -> bool {
        let word = self.tokens[i].lower.as_str();
        word.chars().count() < 3
            || texting::apostrophe_left_out(word, |w| self.lexicon.facts(w).english)
            || [
                "ed", "ing", "ly", "ful", "ness", "ment", "tion", "ous", "ive",
            ]
            .iter()
            .any(|suffix| word.ends_with(suffix))
    }

    /// True when the run `i..=last` opens with a given name (word-names included) and
    /// goes on with a capitalised word: "Hope Hudson", "Vera Dumitrescu".
    fn pair_is_named(&self, i: usize, last: usize) -> bool {
        let opener = self.facts[i];
        (opener.first || (opener.word_name && !opener.soft))
            && (i + 1..=last).any(|k| self.tokens[k].shape == Shape::Capitalised)
    }

    /// The last token of the name that starts at `i`: following capitalised words,
    /// initials and particles (or, in lower-case text, listed names).
    fn extend(&self, i: usize, lower_word: bool) -> usize {
        let mut last = i;
        let mut k = i + 1;
        while k < self.tokens.len() && k - i < MAX_NAME_WORDS {
            let token = &self.tokens[k];
            let facts = self.facts[k];
            if token.gap != Gap::Space
                || token.in_brackets
                || (facts.not_name && token.shape != Shape::Initial)
            {
                break;
            }
            let joins =
                if token.shape == Shape::Initial || PARTICLES.contains(&token.lower.as_str()) {
                    self.name_after_particles(k + 1, lower_word)
                } else {
                    self.continues(k, lower_word)
                };
            if !joins {
                if self.surname_initial_at(k) {
                    last = k;
                }
                break;
            }
            last = k;
            k += 1;
        }
        // An initial or particle never ends a name, but for a surname's initial after a
        // given name ("Arjun T. from the crew", "Nurse Sarah B. was great").
        while last > i
            && (self.tokens[last].shape == Shape::Initial
                || PARTICLES.contains(&self.tokens[last].lower.as_str()))
            && !self.surname_initial_at(last)
        {
            last -= 1;
        }
        last
    }

    /// Whether token `k` is an initial right after a listed given name, itself no
    /// initial: the surname cut to its first letter.
    fn surname_initial_at(&self, k: usize) -> bool {
        k > 0
            && self.tokens[k].shape == Shape::Initial
            && self.tokens[k].gap == Gap::Space
            && self.tokens[k - 1].shape != Shape::Initial
            && self.facts[k - 1].listed_given_name()
    }

    /// Whether a verb a person does, in the past, follows token `i` after a space: one
    /// of [`IRREGULAR_PAST`], [`DONE_BY_PEOPLE`] or the shared person verbs. Not any form
    /// in "-ed": "Gene tested positive", "Nick appeared on my arm".
    fn past_verb_follows(&self, i: usize) -> bool {
        let Some(next) = self.tokens.get(i + 1).filter(|t| t.gap == Gap::Space) else {
            return false;
        };
        let word = next.lower.as_str();
        next.shape == Shape::Lower
            && (IRREGULAR_PAST.contains(&word)
                || DONE_BY_PEOPLE.contains(&word)
                || PERSON_VERBS.contains(&word))
    }

    /// Whether a name word follows at token `k`, past up to two more particles ("van
    /// der Merwe", "de la Cruz"), each after a space.
    fn name_after_particles(&self, k: usize, lower_word: bool) -> bool {
        for k in k..k + 3 {
            let Some(token) = self.tokens.get(k).filter(|t| t.gap == Gap::Space) else {
                return false;
            };
            if !PARTICLES.contains(&token.lower.as_str()) {
                return self.continues(k, lower_word);
            }
        }
        false
    }

    /// Whether token `k` can continue a name.
    fn continues(&self, k: usize, lower_word: bool) -> bool {
        let token = &self.tokens[k];
        let facts = self.facts[k];
        if facts.not_name || token.in_brackets {
            return false;
        }
        // "Edward Lane" but not "Kerry Ward 7".
        if facts.soft && self.number_follows(k) {
            return false;
        }
        if lower_word {
            !facts.common && (facts.surname || facts.first || facts.word_name)
        } else {
            token.shape == Shape::Capitalised
        }
    }

    /// True when the run `i..=last` names a place: `the John Radcliffe`,
    /// `Queen Elizabeth Hospital`, `Osborne Building`.
    fn looks_like_place(&self, i: usize, last: usize, cued: bool) -> bool {
        let opener = self.facts[i];
        // "on Cherry Ward", "go to Rowan Ward", "at Heather Close": after a word of
        // place, a given name opening the run names the ward or the street.
        let named_opener = (opener.first || (cued && opener.word_name && !opener.soft))
            && !self.after_a_word_of_place(i);
        let last_word = self.tokens[last].lower.as_str();
        if last > i
            && (is_place_word(last_word)
                || LAND_WORDS.contains(&last_word)
                || ends_a_place(self.tokens, self.facts, i, last)
                || (!named_opener && PLACE_WORDS_NAMELIKE.contains(&last_word))
                || (!named_opener && !cued && LAND_WORDS_NAMELIKE.contains(&last_word)))
        {
            return true;
        }
        // "Patient Participation Group", "the Patient Panel": a body, however short,
        // unless a given name opens it ("thanks to Sarah Council", "Tom Council housing
        // officer": a surname, or a name before a body's word).
        if !named_opener && self.is_body_word(last) {
            return true;
        }
        // "Sarah's house": the place word is hers, so no place follows the run.
        if let Some(next) = (self.tokens.get(last + 1))
            .filter(|t| t.gap == Gap::Space)
            .filter(|_| !super::owned_place::owned_by(self.text, self.tokens, last))
        {
            let next_word = next.lower.as_str();
            // "Mansfield Community Hospital": a domain word right after the run.
            let domain_word_follows =
                next.shape == Shape::Capitalised && self.facts[last + 1].not_name;
            if is_place_word(next_word)
                || (next.shape == Shape::Capitalised
                    && (LAND_WORDS.contains(&next_word)
                        || ends_a_place(self.tokens, self.facts, i, last + 1)
                        || (!named_opener && !cued && LAND_WORDS_NAMELIKE.contains(&next_word))))
                || (!named_opener && PLACE_WORDS_NAMELIKE.contains(&next_word))
                || domain_word_follows
                || (!named_opener && self.is_body_word(last + 1))
            {
                return true;
            }
        }
        // "Lake Victoria", "River Tees": water or a hill opening the run.
        let water_or_hill_opens = last > i
            && self.tokens[i].shape == Shape::Capitalised
            && matches!(
                self.tokens[i].lower.as_str(),
                "lake" | "loch" | "lough" | "river" | "mount"
            );
        water_or_hill_opens
            || (i > 0
                && self.tokens[i].gap == Gap::Space
                && PLACE_BEFORE.contains(&self.tokens[i - 1].lower.as_str()))
    }

    /// Whether token `k` is a capitalised word for a body of people ([`BODY_WORDS`]).
    fn is_body_word(&self, k: usize) -> bool {
        let token = &self.tokens[k];
        token.shape == Shape::Capitalised && BODY_WORDS.contains(&token.lower.as_str())
    }

    /// Whether a word of place stands right before token `i`: "on", "onto", "at", or
    /// "to" after a verb of going or sending ("go to", "moved to").
    fn after_a_word_of_place(&self, i: usize) -> bool {
        if i == 0 || self.tokens[i].gap != Gap::Space {
            return false;
        }
        matches!(self.tokens[i - 1].lower.as_str(), "on" | "onto" | "at")
            || to_after_a_verb_of_going(self.tokens, i)
    }

    /// Whether token `k`, listed beside a found name, is a name too.
    fn listable(&self, k: usize) -> bool {
        let token = &self.tokens[k];
        let facts = self.facts[k];
        if facts.not_name || token.in_brackets || facts.common {
            return false;
        }
        if self.caseless {
            facts.any_name()
        } else if token.shape == Shape::Lower {
            // A small-letter everyday word in a comment that uses capitals is the word
            // ("Sir, it's free and Nicole Farah brought it"): the writer would have
            // capitalised a name beside the one they capitalised.
            facts.any_name() && !facts.english
        } else {
            // An everyday word no name list holds is capitalised for emphasis ("I'm Deaf
            // and Priya was..."): names that are words are listed.
            token.shape == Shape::Capitalised
                && !facts.everyday_word_only()
                && !(facts.soft
                    && self
                        .tokens
                        .get(k + 1)
                        .is_some_and(|n| n.shape == Shape::Other))
        }
    }

    /// Adds names listed beside a found one: "Julianna, Kerry and Susan", "Scott and Dale".
    fn add_coordinated(&self, spans: &mut Vec<(usize, usize)>) {
        let mut added = Vec::new();
        for &(_, last) in spans.iter() {
            let mut k = last + 1;
            while let Some(next) = self.tokens.get(k) {
                // Skip one "and" (a comma shows as the next token's gap): "A, B, and C".
                let candidate = if next.lower.as_str() == "and" && !next.gap.is_break() {
                    k + 1
                } else if next.gap == Gap::Comma {
                    k
                } else {
                    break;
                };
                let Some(token) = self.tokens.get(candidate) else {
                    break;
                };
                // The spans are in order of their first token (`names` finds them left to
                // right), so a binary search tells whether one starts here.
                if token.gap.is_break()
                    || spans
                        .binary_search_by_key(&candidate, |&(first, _)| first)
                        .is_ok()
                {
                    break;
                }
                let lower_word = self.caseless || token.shape == Shape::Lower;
                if !self.listable(candidate) {
                    break;
                }
                let end = self.extend(candidate, lower_word);
                if self.looks_like_place(candidate, end, true) {
                    break;
                }
                added.push((candidate, end));
                k = end + 1;
            }
        }
        // Backwards: "Yawer, Jodie and Oliver" once Jodie is known. Each name found or
        // added proposes the word before it (past a comma, or "and" / "&"); a word no
        // known name covers that may be listed is added, and proposes the word before it
        // in turn. What is added does not depend on the order the names are read in, so
        // a work list and a map of the tokens covered read each name once (a line of
        // thousands of names run together is read in a time that grows with its length).
        // (The forward pass adds only beside a found name.)
        if spans.is_empty() {
            return;
        }
        let mut covered = vec![false; self.tokens.len()];
        for &(first, last) in spans.iter().chain(added.iter()) {
            covered[first..=last].fill(true);
        }
        let mut work: Vec<usize> = spans
            .iter()
            .chain(added.iter())
            .map(|&(first, _)| first)
            .collect();
        while let Some(first) = work.pop() {
            let before = match (self.tokens[first].gap, first.checked_sub(1)) {
                (Gap::Comma, Some(prev)) => Some(prev),
                (Gap::Space, Some(prev))
                    if matches!(self.tokens[prev].lower.as_str(), "and" | "&")
                        && self.tokens[prev].gap == Gap::Space
                        && prev > 0 =>
                {
                    Some(prev - 1)
                }
                _ => None,
            };
            if let Some(candidate) = before {
                if !covered[candidate] && self.listable(candidate) {
                    added.push((candidate, candidate));
                    covered[candidate] = true;
                    work.push(candidate);
                }
            }
        }
        if !added.is_empty() {
            spans.extend(added);
            spans.sort_unstable();
            spans.dedup();
            // Drop any span that overlaps the one before it.
            let mut kept: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
            for span in spans.drain(..) {
                if kept.last().is_some_and(|&(_, end)| span.0 <= end) {
                    continue;
                }
                kept.push(span);
            }
            *spans = kept;
        }
    }
}
