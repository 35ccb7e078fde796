//! Places in a sentence where only a person can stand, taken whatever word fills them
//! when no list calls it an everyday word: "Could someone let Firmo know…", "Tizes and
//! the other porters were…", "waitin on patimat 2 bring my tabs", "Reames phoned back",
//! "we asked pearl to explain…". The tagger scores a name no list holds, or a listed name
//! written in small letters, by its spelling and lists, and the vetoes after it read
//! such a word alone; these phrasings say "a person" so plainly that the word is taken as
//! a name (what this finds is a name, not a candidate for the vetoes).
//!
//! The word must be written as a name is (capitalised in a cased comment; any case in a
//! comment without capitals), not in brackets, of two letters or more, and either in no
//! English, proper-noun or not-a-name list and no texting form of a word ("didnt",
//! "pls"), or a listed given name or name-word that is no not-a-name word. The slots:
//!
//! - between **"let" and "know"**: "let Firmo know", "let hebe know";
//! - before **"and the other"** and a plural role or "staff": "Tizes and the other
//!   porters were outstanding";
//! - after **"waiting on / for"** and before **"to" / "2"**: "waitin on patimat 2 bring";
//! - after **"ask", "tell", "thank"** and before **"to", "that", "whether" or "if"**,
//!   also in a comment without capitals, where [`super::name_word_position`] reads only
//!   cased text: "we asked pearl to explain", "could someone tell long that…";
//! - after **"because of"**, closing a sentence, a word real comments do not write in
//!   small letters ([`super::corpus_counts`]; "because of covid." is a word): "Why?
//!   Because of Mekurya. 3) Anything else?" (the tagger reads the "3" after the stop as
//!   a bed or ward number's);
//! - before a **mark out of ten**, a colon or a space between: "Anupriya: 10/10.
//!   Djapirri: 9/10. Food: 2/10", "cleanliness 8, waiting 2, Akshaya 10 out of 10"
//!   ("Food" and "waiting" are words, so left);
//! - after a relation written **"s/o", "d/o", "w/o"** (son, daughter, wife of): "Patient
//!   Santhosh s/o Nadhiya";
//! - someone the writer **knows by a name**: "I only know her as X", "knew him as X";
//! - someone **held up as one of a kind of staff** at a sentence's start: "X is one of
//!   those nurses you meet once", "X was one of the best carers";
//! - someone **singled out** by "it was X who", **spoken to** at a sentence's start
//!   before ", if you ever read this", or a family's **team**: "we're Team X";
//! - a name a record was made out in: **"booked in as X"**, "registered as X", "down
//!   as X", "on the rota as X", and both sides of **"as X instead of Y"**;
//! - after **"apologise to"**, "apologies to", "sorry to", "congratulations to", and in
//!   **"owe X an apology"**;
//! - someone **held up as a model or a leader**: "what would X do", "be more X"
//!   closing its clause, "X for prime minister", "X for PM", "X for president";
//! - before **pronouns in brackets**: "X (she/her)", "X (he/him)";
//! - someone **in charge** for a time: "on X's watch", "under X's watch", "during X's
//!   shift", the possessive however written ("Tobias' shift");
//! - someone and **the people with them**: "X and co.", "X and co on ward 9", "X & co"
//!   (in these two, a town is left: "on Swindon's watch");
//! - someone **blessed**: "X, bless her, stayed late", "X bless him";
//! - someone **singled out** ([`singled_out`]): "X, of all people", "none other than
//!   X", "a nurse by the name of X", "from X's biggest fan", and, as ordinary slots, "my
//!   very own X", "a certain X", "as X put it";
//! - someone **wanted more of** ([`wanted_more`]), the given name made plural: "you
//!   need more Kealebogas", "could do with more Clarences";
//! - someone **held up as one of a kind** ([`of_this_world`]), the given name made
//!   plural: "the NHS runs on the Tahyrs of this world";
//! - where someone is **mourned**: "X's funeral", "X's memory", "in memory of X", "the
//!   passing of X";
//! - after a verb of **calling or writing to** someone, closing its clause: "Step B:
//!   call Elisey.", "please ring Tsongwe, she knows" (a word followed by more words,
//!   "call handler", "ring back", is left);
//! - after a **verb of saying**, before a comma, a stop or a word such as "with", "as"
//!   or "and": '"Mind the step," said Youngkyung with a wink' (the speaker after a
//!   quote);
//! - before **"as my" and a role**: "got Djemel as my nurse", "had Aness as our
//!   midwife"; and **apposed to a role** closing its clause: "thanks to Ouled, staff
//!   nurse.", "Ouled, play therapist, was kind";
//! - someone **on a team**, **made or given something** or **running the ward**
//!   ([`team_and_gifts`]): "went to Victoria on the discharge team", "I drew Albert a
//!   picture", "Heather ran the ward";
//! - a word in no list at all before a **verb only a person does**: "Reames phoned back",
//!   "Kingsly explained my results" (a listed name-word there is
//!   [`super::name_word_position`]'s).
//!
//! Never after an article or possessive ("the Zumba and the other…", "your Fitbit
//! explained"), and never a relative or pronoun ("let mum know", "ask him to").

use super::corpus_counts::counts;
use super::cues::{RELATIVES, ROLES, ROLES_PLURAL};
use super::lexicon::{NameLexicon, WordFacts};
use super::medicines::has_medicine_stem;
use super::name_likeness::name_likeness;
use super::name_word_position::{after_a_determiner, person_verb_after};
use super::tagger::features::possessive_after;
use super::texting::texting_form_of_a_word;
use super::tokens::{joined_at, lower_at, single_token_finds, Gap, Shape, Token};
use super::vetoes::town_or_place;

mod of_this_world;
mod plural_given_name;
mod singled_out;
mod team_and_gifts;
mod wanted_more;

pub(crate) use of_this_world::of_this_world_after;

/// Words between "as" and a role that make the word before "as" the role's holder:
/// "X as my nurse", "X as the midwife".
const ROLE_OWNERS: &[&str] = &["my", "our", "his", "her", "their", "the", "mum's", "dad's"];

/// Verbs of waiting whose "on" or "for" names who is awaited: "waitin on X 2 bring".
const WAITING: &[&str] = &["waiting", "waitin", "waited", "wait", "waits"];

/// Verbs of calling or writing to someone: "call X.", "ring X,".
const CONTACTING: &[&str] = &[
    "call",
    "calling",
    "ring",
    "ringing",
    "rang",
    "phone",
    "phoning",
    "phoned",
    "text",
    "texting",
    "texted",
    "email",
    "emailed",
    "emailing",
    "message",
    "messaged",
    "contact",
    "contacted",
    "contacting",
];

/// Verbs of saying whose speaker may follow them: "said X with a wink".
const SAYING: &[&str] = &[
    "said",
    "says",
    "asked",
    "replied",
    "added",
    "joked",
    "laughed",
    "whispered",
    "shouted",
    "announced",
    "explained",
    "insisted",
    "warned",
];

/// Words after the speaker of [`SAYING`] that close the speaker's name.
const AFTER_SPEAKER: &[&str] = &["with", "as", "while", "and", "when", "before", "after"];

/// Plural words for staff after "and the other": "X and the other nurses".
const OTHER_STAFF: &[&str] = &["staff", "girls", "lads", "team", "ladies", "hcas"];

/// Words never taken whatever the slot: pronouns and the like, which texting writes in
/// shapes no list holds ("u", "ur", "em"), and texting's interjections, which close a
/// sentence written without a stop ("sarah lol answered the phone").
const NOT_PEOPLE: &[&str] = &[
    "him",
    "her",
    "them",
    "us",
    "me",
    "you",
    "u",
    "ur",
    "em",
    "ya",
    "yous",
    "everyone",
    "someone",
    "no-one",
    "noone",
    "anyone",
    "somebody",
    "everybody",
    "one",
    "it",
    "this",
    "that",
    // Clinical short forms nobody's list holds ("waiting for meds to arrive").
    "meds",
    "obs",
    "tabs",
    "bloods",
    "xrays",
    "xray",
    "scans",
    "ecg",
    "ecgs",
    "bp",
    "lol",
    "lmao",
    "tbh",
    "omg",
    "btw",
    "haha",
    "hahaha",
    "xx",
    "xxx",
    "smh",
    "idk",
    "imo",
    "fyi",
    "ty",
    "thx",
];

/// One comment's tokens and facts, as the rule reads them.
pub(crate) struct PersonSlots<'t, 'a> {
    /// The comment's text (to read the punctuation between tokens).
    pub text: &'a str,
    /// The comment's tokens.
    pub tokens: &'t [Token<'a>],
    /// The lexicon facts of each token.
    pub facts: &'t [WordFacts],
    /// The comment has no capitals (or no small letters).
    pub caseless: bool,
    /// The name lexicon, to look up a texting form's word ("didnt" -> "didn't").
    pub lexicon: &'t NameLexicon,
}

impl PersonSlots<'_, '_> {
    /// The words standing in a person's slot, as one-token inclusive ranges, in order.
    pub(crate) fn finds(&self) -> Vec<(usize, usize)> {
        single_token_finds(self.tokens.len(), |i| self.fills_a_slot(i))
    }

    fn lower(&self, k: usize) -> &str {
        lower_at(self.tokens, k)
    }

    /// Token `k` exists and follows the one before it with only spaces between.
    fn joined(&self, k: usize) -> bool {
        joined_at(self.tokens, k)
    }

    /// In some list of words or names (the word's facts only: no look-up).
    fn listed(&self, i: usize) -> bool {
        listed(&self.facts[i])
    }

    /// In no list of words or names at all, and no texting form of a word.
    fn unlisted(&self, i: usize) -> bool {
        self.word_unlisted(self.tokens[i].lower.as_str(), &self.facts[i])
    }

    /// `word`, with its lexicon `facts`, is in no list of words or names at all, and no
    /// texting form of a word.
    fn word_unlisted(&self, word: &str, facts: &WordFacts) -> bool {
        !listed(facts) && !texting_form_of_a_word(word, |w| self.lexicon.facts(w).english)
    }

    /// Token `i` less a final "s", where the whole word is on no list or is a name that
    /// is no word, and the rest does not end in "s" again: a name with an "s" after it
    /// ("alices" written for "alice's", "michaels" for more than one Michael), not a word
    /// or a place ("diabetes", "leeds", "rays"). The rest is for the caller to judge.
    fn word_less_its_s(&self, i: usize) -> Option<&str> {
        let stem = self.tokens[i].lower.as_str().strip_suffix('s')?;
        ((!self.listed(i) || self.facts[i].plain_name()) && !stem.ends_with('s')).then_some(stem)
    }

    /// A word that may be a person here: [`Self::placed_as_a_name`], and
    /// [`Self::word_may_be_a_person`].
    fn may_be_a_person(&self, i: usize) -> bool {
        self.placed_as_a_name(i)
            && self.word_may_be_a_person(self.tokens[i].lower.as_str(), &self.facts[i])
    }

    /// Token `i` is written as a name is, and not in brackets nor after a determiner
    /// ("be more X" aside).
    fn placed_as_a_name(&self, i: usize) -> bool {
        let token = &self.tokens[i];
        token.written_as_name(self.caseless)
            && !token.in_brackets
            && (!after_a_determiner(self.tokens, i) || self.be_more(i))
    }

    /// `word` (in small letters, with its lexicon `facts`) may name a person:
    /// [`shaped_like_a_person`], and unlisted, or a listed given name or name-word.
    fn word_may_be_a_person(&self, word: &str, facts: &WordFacts) -> bool {
        shaped_like_a_person(word)
            && (self.word_unlisted(word, facts)
                || (!facts.not_name
                    && !facts.soft
                    && !facts.common
                    && (facts.first || facts.word_name)))
    }

    fn fills_a_slot(&self, i: usize) -> bool {
        // The slots are read first: they compare a few words, where the word's own
        // test looks lists up (most tokens stand in no slot).
        let in_slot = self.let_know(i)
            || self.and_the_other_staff(i)
            || self.waited_on(i)
            || self.asked_to(i)
            || self.contacted(i)
            || self.speaker(i)
            || self.because_of_closing(i)
            || self.marked_out_of_ten(i)
            || self.relation_of(i)
            || self.entered_as(i)
            || self.known_as(i)
            || self.it_was_who(i)
            || self.one_of_those_staff(i)
            || self.if_you_read_this(i)
            || self.team_named_after(i)
            || self.apologised_to(i)
            || self.pronouns_after(i)
            || self.mourned(i)
            || self.as_a_role(i)
            || self.apposed_to_a_role(i)
            || self.held_up_as_a_model(i)
            || self.in_charge(i)
            || self.and_co(i)
            || self.blessed(i)
            || self.very_own(i)
            || self.a_certain(i)
            || self.as_x_put_it(i)
            || self.running_the_ward(i);
        if in_slot {
            return self.may_be_a_person(i);
        }
        if self.singled_out(i) {
            return self.may_be_a_person(i) || self.given_name_singled_out(i);
        }
        if self.on_a_team_or_given_something(i) {
            return true;
        }
        if self.surname_owning_a_relative(i)
            || self.fan_without_an_apostrophe(i)
            || self.wanted_more(i)
            || self.of_this_world(i)
        {
            return true;
        }
        // Most words are listed: their facts say so at once, before the verb list is
        // searched.
        !self.listed(i)
            && person_verb_after(self.tokens, i)
            && self.unlisted(i)
            && self.may_be_a_person(i)
    }

    /// "let X know".
    fn let_know(&self, i: usize) -> bool {
        i > 0
            && self.joined(i)
            && self.joined(i + 1)
            && self.lower(i - 1) == "let"
            && self.lower(i + 1) == "know"
    }

    /// "X and the other nurses".
    fn and_the_other_staff(&self, i: usize) -> bool {
        (1..=4).all(|k| self.joined(i + k))
            && self.lower(i + 1) == "and"
            && self.lower(i + 2) == "the"
            && self.lower(i + 3) == "other"
            && {
                let staff = self.lower(i + 4);
                ROLES_PLURAL.contains(&staff) || OTHER_STAFF.contains(&staff)
            }
    }

    /// "waiting on X to", "waitin on X 2".
    fn waited_on(&self, i: usize) -> bool {
        i > 1
            && self.joined(i)
            && self.joined(i - 1)
            && self.joined(i + 1)
            && matches!(self.lower(i - 1), "on" | "for")
            && WAITING.contains(&self.lower(i - 2))
            && matches!(self.lower(i + 1), "to" | "2")
    }

    /// "asked X to", "tell X that".
    fn asked_to(&self, i: usize) -> bool {
        i > 0
            && self.joined(i)
            && self.joined(i + 1)
            && matches!(
                self.lower(i - 1),
                "ask" | "asked" | "tell" | "told" | "thank" | "thanked"
            )
            && matches!(self.lower(i + 1), "to" | "that" | "whether" | "if")
    }

    /// Someone held up as a model or a leader: "what would X do", "be more X" closing
    /// its clause, "X for prime minister", "X for PM", "X for president".
    fn held_up_as_a_model(&self, i: usize) -> bool {
        // The word before or after says which phrasing to read.
        match (self.lower(i.wrapping_sub(1)), self.lower(i + 1)) {
            ("would", "do") => {
                i >= 2
                    && self.joined(i)
                    && self.joined(i - 1)
                    && self.joined(i + 1)
                    && self.lower(i - 2) == "what"
            }
            ("more", _) if self.be_more(i) => true,
            (_, "for") => {
                self.joined(i + 1)
                    && self.joined(i + 2)
                    && (matches!(self.lower(i + 2), "pm" | "president")
                        || (self.lower(i + 2) == "prime"
                            && self.joined(i + 3)
                            && self.lower(i + 3) == "minister"))
            }
            _ => false,
        }
    }

    /// "be more X" closing its clause: "more" is a determiner here only in form.
    fn be_more(&self, i: usize) -> bool {
        i >= 2
            && self.joined(i)
            && self.joined(i - 1)
            && self.lower(i - 2) == "be"
            && self.lower(i - 1) == "more"
            && self.closes_clause(i)
    }

    /// Someone in charge for a time: "on X's watch", "under X's watch", "during X's
    /// shift" (a watch or a shift is kept by a person).
    fn in_charge(&self, i: usize) -> bool {
        i > 0
            && self.joined(i)
            && matches!(self.lower(i - 1), "on" | "under" | "during")
            && matches!(self.lower(i + 1), "watch" | "shift")
            && self.owner(i)
            && !town_or_place(self.lower(i))
    }

    /// Token `i` is in the possessive before the next token, however written: "X's",
    /// "X’s", "X'S", and "X'" after a final s ("Tobias' shift").
    fn owner(&self, i: usize) -> bool {
        let Some(next) = self.tokens.get(i + 1) else {
            return false;
        };
        match self.text_between(self.tokens[i].end, next.start) {
            "'s " | "\u{2019}s " | "'S " | "\u{2019}S " => true,
            "' " | "\u{2019} " => self.lower(i).ends_with('s'),
            _ => false,
        }
    }

    /// A listed name owning a relative, capitalised in a comment that uses capitals: "I
    /// am Ward's daughter", "Day's mum rang". A surname that is also a word ("Ward",
    /// "Day", "Banks") is taken here too, which the other slots leave: a ward, a day or a
    /// bank has no wife or daughter ("Mother's Day", "the children's ward" name no
    /// relative after the possessive). A relative or a role owning one is left ("Sister's
    /// husband", "Patient's son").
    fn surname_owning_a_relative(&self, i: usize) -> bool {
        let token = &self.tokens[i];
        let facts = &self.facts[i];
        // The shape and the possessive first: the word lists are searched only after.
        !self.caseless
            && token.shape == Shape::Capitalised
            && !token.in_brackets
            && self.owner(i)
            && self.tokens.get(i + 1).is_some_and(|next| {
                next.shape == Shape::Lower && RELATIVES.contains(&next.lower.as_str())
            })
            && !RELATIVES.contains(&token.lower.as_str())
            && !ROLES.contains(&token.lower.as_str())
            && (facts.surname || facts.first)
            && !facts.not_name
            && !after_a_determiner(self.tokens, i)
    }

    /// Someone and the people with them: "X and co.", "X and co on ward 9", "X & co".
    fn and_co(&self, i: usize) -> bool {
        let and_then_co = self.joined(i + 1)
            && self.joined(i + 2)
            && self.lower(i + 1) == "and"
            && self.lower(i + 2) == "co";
        let ampersand_co = self.lower(i + 1) == "co"
            && self
                .tokens
                .get(i + 1)
                .is_some_and(|co| self.text_between(self.tokens[i].end, co.start).trim() == "&");
        // The words are read first: the place list is looked up only when they match.
        (and_then_co || ampersand_co) && !town_or_place(self.lower(i))
    }

    /// "X, bless her", "X bless him": a blessing after a name, a comma or a space
    /// between ("God bless him" leaves "God", a word).
    fn blessed(&self, i: usize) -> bool {
        self.lower(i + 1) == "bless"
            && self
                .tokens
                .get(i + 1)
                .is_some_and(|bless| matches!(bless.gap, Gap::Space | Gap::Comma))
            && self.joined(i + 2)
            && matches!(self.lower(i + 2), "her" | "him" | "them")
    }

    /// "X as my nurse", "X as our midwife".
    fn as_a_role(&self, i: usize) -> bool {
        (1..=3).all(|k| self.joined(i + k))
            && self.lower(i + 1) == "as"
            && ROLE_OWNERS.contains(&self.lower(i + 2))
            && ROLES.contains(&self.lower(i + 3))
    }

    /// "X, staff nurse.", "X, play therapist, was": a comma, a role (after at most one
    /// word), and the role closes its clause.
    fn apposed_to_a_role(&self, i: usize) -> bool {
        let Some(next) = self.tokens.get(i + 1) else {
            return false;
        };
        if next.gap != Gap::Comma {
            return false;
        }
        let role_at = if ROLES.contains(&self.lower(i + 1)) {
            i + 1
        } else if self.joined(i + 2) && ROLES.contains(&self.lower(i + 2)) {
            i + 2
        } else {
            return false;
        };
        self.closes_clause(role_at)
    }

    /// "call X.", "ring X,": a verb of calling or writing, then the word closing its
    /// clause (the comment's end, a comma or a stop); in a comment without capitals,
    /// where stops are often left out, also a word on no list spelt like a name
    /// ("step a call efrosinya step b").
    fn contacted(&self, i: usize) -> bool {
        self.after_one_of(i, CONTACTING)
            && (self.closes_clause(i)
                || (self.caseless
                    && self.unlisted(i)
                    && name_likeness(self.tokens[i].lower.as_str()) > 0.0))
    }

    /// "said X with a wink", "replied X, smiling": a verb of saying, then the speaker
    /// before a comma, a stop or a word of [`AFTER_SPEAKER`].
    fn speaker(&self, i: usize) -> bool {
        self.after_one_of(i, SAYING)
            && (self.closes_clause(i) || AFTER_SPEAKER.contains(&self.lower(i + 1)))
    }

    /// Token `i` follows one of `verbs` with only spaces between.
    fn after_one_of(&self, i: usize, verbs: &[&str]) -> bool {
        i > 0 && self.joined(i) && verbs.contains(&self.lower(i - 1))
    }

    /// Token `i` closes its clause: the comment ends, or a comma or stop follows it.
    fn closes_clause(&self, i: usize) -> bool {
        self.tokens
            .get(i + 1)
            .is_none_or(|next| next.gap != Gap::Space)
    }

    /// "because of X." closing a sentence (or the comment), X a word real comments do
    /// not write in small letters.
    fn because_of_closing(&self, i: usize) -> bool {
        i > 1
            && self.joined(i)
            && self.joined(i - 1)
            && self.lower(i - 1) == "of"
            && self.lower(i - 2) == "because"
            && self
                .tokens
                .get(i + 1)
                .is_none_or(|next| next.gap.is_break())
            && counts(self.tokens[i].lower.as_str()).lower < 3
    }

    /// "X: 9/10", "X 9/10", "X 10 out of 10", "X: 8 out of 10".
    fn marked_out_of_ten(&self, i: usize) -> bool {
        let is_number = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| !t.text.is_empty() && t.text.bytes().all(|b| b.is_ascii_digit()))
        };
        let Some(mark) = self.tokens.get(i + 1) else {
            return false;
        };
        if !matches!(mark.gap, Gap::Space | Gap::Colon) || !is_number(i + 1) {
            return false;
        }
        let slash_ten = self.tokens.get(i + 2).is_some_and(|t| t.text == "10")
            && self
                .tokens
                .get(i + 1)
                .zip(self.tokens.get(i + 2))
                .is_some_and(|(a, b)| self.text_between(a.end, b.start) == "/");
        let out_of_ten = self.lower(i + 2) == "out"
            && self.lower(i + 3) == "of"
            && self.tokens.get(i + 4).is_some_and(|t| t.text == "10");
        slash_ten || out_of_ten
    }

    /// "s/o X", "d/o X", "w/o X".
    fn relation_of(&self, i: usize) -> bool {
        i > 1
            && self.joined(i)
            && self.lower(i - 1) == "o"
            && matches!(self.lower(i - 2), "s" | "d" | "w")
            && self.text_between(self.tokens[i - 2].end, self.tokens[i - 1].start) == "/"
    }

    /// A name a record was made out in: "booked in as X", "registered as X", "had me
    /// down as X", and either side of "as X instead of Y".
    fn entered_as(&self, i: usize) -> bool {
        if i < 2 || !self.joined(i) {
            return false;
        }
        let as_x = self.lower(i - 1) == "as" && self.joined(i - 1);
        let as_x_instead = as_x && self.lower(i + 1) == "instead" && self.lower(i + 2) == "of";
        let instead_of_y = self.lower(i - 1) == "of"
            && self.lower(i - 2) == "instead"
            && i >= 4
            && self.lower(i - 4) == "as"
            && self.joined(i - 1)
            && self.joined(i - 2);
        let recorded_as = as_x
            && matches!(
                self.lower(i - 2),
                "in" | "registered"
                    | "listed"
                    | "down"
                    | "recorded"
                    | "logged"
                    | "labelled"
                    | "labeled"
                    | "admitted"
                    | "entered"
                    | "rota"
                    | "board"
                    | "whiteboard"
                    | "system"
                    | "badge"
            );
        // A medicine is what a system holds as often ("on the system as Dexamethasone").
        (as_x_instead || instead_of_y || recorded_as)
            && !has_medicine_stem(self.tokens[i].lower.as_str())
    }

    /// Someone the writer knows by a name alone: "I only know her as X", "knew him as X".
    fn known_as(&self, i: usize) -> bool {
        i >= 3
            && self.joined(i)
            && self.lower(i - 1) == "as"
            && self.joined(i - 1)
            && matches!(self.lower(i - 2), "her" | "him")
            && self.joined(i - 2)
            && matches!(self.lower(i - 3), "know" | "knew" | "known")
    }

    /// Someone singled out by a cleft sentence: "I think it was X who held my hand", "it
    /// is X who". Not "that" after the word: "it was March that" names a time.
    fn it_was_who(&self, i: usize) -> bool {
        // The rarest word first, its bytes compared (no call): this is asked of every word.
        i >= 2
            && matches!(self.lower(i + 1).as_bytes(), [b'w', b'h', b'o'])
            && matches!(self.lower(i - 1), "was" | "is")
            && self.lower(i - 2) == "it"
            && self.joined(i)
            && self.joined(i - 1)
            && self.joined(i + 1)
    }

    /// Someone held up as one of a kind of staff at the start of a sentence: "X is one
    /// of those nurses you meet once and remember", "X was one of the best carers". Only
    /// before a plural role, "staff" or "people": "Triage is one of those things".
    fn one_of_those_staff(&self, i: usize) -> bool {
        if !self.tokens[i].sentence_start || !(i + 1..=i + 4).all(|j| self.joined(j)) {
            return false;
        }
        let mut k = i + 4;
        let of_whom = matches!(self.lower(i + 1), "is" | "was")
            && self.lower(i + 2) == "one"
            && self.lower(i + 3) == "of"
            && matches!(self.lower(i + 4), "those" | "the" | "these");
        if of_whom && self.lower(i + 5) == "best" && self.joined(i + 5) {
            k += 1;
        }
        of_whom
            && self.joined(k + 1)
            && (ROLES_PLURAL.contains(&self.lower(k + 1))
                || matches!(self.lower(k + 1), "staff" | "people"))
    }

    /// Someone spoken to at the start of a sentence, hoping they see the comment: "X, if
    /// you ever read this, …", "X, if you're reading this", "X, if u see this".
    fn if_you_read_this(&self, i: usize) -> bool {
        let Some(comma) = self.tokens.get(i + 1) else {
            return false;
        };
        if comma.gap != Gap::Comma
            || !matches!(comma.lower.as_str().as_bytes(), [b'i', b'f'])
            || !self.tokens[i].sentence_start
        {
            return false;
        }
        let mut k = i + 2;
        match self.lower(k) {
            "you're" | "youre" | "ur" => k += 1,
            "you" | "u" => {
                k += 1;
                if matches!(self.lower(k), "ever" | "are" | "do") {
                    k += 1;
                }
            }
            _ => return false,
        }
        (k..=k + 1).all(|j| self.joined(j))
            && matches!(self.lower(k), "read" | "see" | "reading" | "seeing")
            && self.lower(k + 1) == "this"
    }

    /// A family or ward naming itself after someone: "we're Team X", "we are Team X
    /// now". Not a given name that is a word: "we're Team Hope for the charity walk".
    fn team_named_after(&self, i: usize) -> bool {
        i >= 2
            && matches!(self.lower(i - 1).as_bytes(), [b't', b'e', b'a', b'm'])
            && !self.facts[i].word_name
            && self.joined(i)
            && self.joined(i - 1)
            && (self.lower(i - 2) == "we're"
                || (i >= 3 && self.lower(i - 2) == "are" && self.lower(i - 3) == "we"))
    }

    /// "X's funeral", "X's memory", "in memory of X", "the passing of X": only a person
    /// is mourned.
    fn mourned(&self, i: usize) -> bool {
        let owned_by_x = possessive_after(self.text, self.tokens[i].end)
            && self.joined(i + 1)
            && MOURNING_NOUNS.contains(&self.lower(i + 1));
        let of_x = i >= 2
            && self.joined(i)
            && self.joined(i - 1)
            && self.lower(i - 1) == "of"
            && MOURNING_NOUNS.contains(&self.lower(i - 2));
        owned_by_x || of_x
    }

    /// "apologise to X", "apologies to X", "sorry to X", "congratulations to X", "owe X
    /// an apology": what is said to a person.
    fn apologised_to(&self, i: usize) -> bool {
        let to_x = i >= 2
            && self.joined(i)
            && self.joined(i - 1)
            && self.lower(i - 1) == "to"
            && matches!(
                self.lower(i - 2),
                "apologise"
                    | "apologize"
                    | "apologised"
                    | "apologized"
                    | "apologies"
                    | "apology"
                    | "sorry"
                    | "congratulations"
                    | "congrats"
            );
        let owe_x = i >= 1
            && self.joined(i)
            && self.lower(i - 1) == "owe"
            && matches!(self.lower(i + 1), "an" | "a")
            && matches!(self.lower(i + 2), "apology" | "apologies");
        to_x || owe_x
    }

    /// Pronouns in brackets right after the word, as people sign: "X (she/her)", "X
    /// (he/him)", "X (they/them)".
    fn pronouns_after(&self, i: usize) -> bool {
        let rest = self.text.get(self.tokens[i].end..).unwrap_or("");
        let rest = rest.trim_start();
        let Some(inside) = rest.strip_prefix('(') else {
            return false;
        };
        let inside = inside.trim_start();
        ["she/her", "he/him", "they/them", "she/they", "he/they"]
            .iter()
            .any(|p| {
                inside
                    .get(..p.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(p))
            })
    }

    /// The text between two byte offsets of the comment, or "" when it cannot be had.
    fn text_between(&self, from: usize, to: usize) -> &str {
        self.text.get(from..to).unwrap_or("")
    }
}

/// `word` (in small letters) could name a person by its letters alone: two letters or
/// more, letters (a hyphen, an apostrophe) only, and no pronoun, relative or misspelt
/// role.
fn shaped_like_a_person(word: &str) -> bool {
    word.chars().count() >= 2
        && word
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        && !NOT_PEOPLE.contains(&word)
        && !RELATIVES.contains(&word)
        && !misspelt_role(word)
}

/// In some list of words or names (the facts only: no look-up).
fn listed(facts: &WordFacts) -> bool {
    facts.listed_as_a_word() || facts.first || facts.surname || facts.word_name
}

/// What only a person has when they have died, read after "X's" or before "of X":
/// "X's funeral", "in memory of X".
const MOURNING_NOUNS: &[&str] = &[
    "funeral",
    "memory",
    "ashes",
    "grave",
    "wake",
    "passing",
    "headstone",
    "eulogy",
    "obituary",
];

/// Staff words people write before a verb of a person, besides the roles of [`ROLES`].
const STAFF: &[&str] = &["receptionist", "doctor", "receptionists", "doctors"];

/// Whether `word` (eight letters or more) is a role or staff word misspelt: at most one
/// edit away, two for words over nine letters ("Consultent", "Receptionst",
/// "Recepionist"). Shorter words are left to the name rules: names sit one letter from
/// a role too ("Yorker" / worker), and a leaked name is worse than "Docter" redacted.
fn misspelt_role(word: &str) -> bool {
    let len = word.chars().count();
    if len < 8 {
        return false;
    }
    let allowed = if len > 9 { 2 } else { 1 };
    ROLES
        .iter()
        .chain(STAFF)
        .any(|role| role.len().abs_diff(word.len()) <= allowed && edits(word, role) <= allowed)
}

/// Levenshtein distance between two short words (letters, inserts, deletes, changes).
fn edits(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::super::name_word_position::found_by;
    use super::*;

    fn found(text: &str) -> Vec<String> {
        let lexicon = NameLexicon::new();
        found_by(text, |tokens, facts, caseless| {
            PersonSlots {
                text,
                tokens,
                facts,
                caseless,
                lexicon: &lexicon,
            }
            .finds()
        })
    }

    #[test]
    fn someone_known_by_a_name_is_a_person() {
        assert_finds(
            &[
                ("I only know her as Admise, the night nurse.", "Admise"),
                ("we knew him as zorbel on the ward", "zorbel"),
            ],
            &[
                "I only know her as the night nurse.",
                "I know her as Sister on the ward.",
                "We knew it as Covid.",
                "It is known as Resus.",
                "The ward is known to us as Resus.",
            ],
        );
    }

    #[test]
    fn someone_singled_out_spoken_to_or_teamed_with_is_a_person() {
        assert_finds(
            &[
                ("I think it was Shaked who held my hand.", "Shaked"),
                ("i think it was distin who let me stay", "distin"),
                ("Hearld, if you ever read this, thank you.", "Hearld"),
                ("Pledger, if you're reading this, thanks.", "Pledger"),
                ("We're Team Rece down our end.", "Rece"),
                ("we are team pressly now", "pressly"),
                ("The nurse down on the rota as Pledger was kind.", "Pledger"),
                (
                    "alured is one of those nurses you meet once and remember",
                    "alured",
                ),
                ("Zorbek was one of the best carers we had.", "Zorbek"),
            ],
            &[
                "I think it was Monday that it happened.",
                "It was them who rang.",
                "Thanks, if you ever read this, to all.",
                "We're team players on this ward.",
                "We are Team GB fans.",
                "we're Team Hope for the charity walk",
                "Triage is one of those things you never forget.",
                "It was one of those nurses who rang.",
                "Down on the rota as usual.",
                "It was on the system as Dexamethasone.",
                "it was paeds who sorted it",
            ],
        );
    }

    #[test]
    fn records_made_out_apologies_and_pronouns_are_slots() {
        assert_eq!(
            found("I was booked in as Tsongwe instead of Chahngu, so the results went astray."),
            ["Tsongwe", "Chahngu"]
        );
        assert_eq!(
            found("They had me down as Zerubel on the board."),
            ["Zerubel"]
        );
        assert_eq!(
            found("My husband wants to apologise to Nopadol for swearing."),
            ["Nopadol"]
        );
        assert_eq!(found("i owe aymurat an apology"), ["aymurat"]);
        assert_eq!(
            found("Preyanka (she/her) was the first to ask."),
            ["Preyanka"]
        );
        // Negative: everyday words in the same places.
        assert!(found("I was booked in as Urgent instead of Routine.").is_empty());
        assert!(found("She came in as a day case.").is_empty());
        assert!(found("Sorry to Everyone on the ward.").is_empty());
        assert!(found("The form (she/her) was confusing.").is_empty());
        assert!(found("still nbm, no-one knows why").is_empty());
    }

    /// Each text of `people` has its one name found; no text of `words` has any.
    pub(super) fn assert_finds(people: &[(&str, &str)], words: &[&str]) {
        for (text, name) in people {
            assert_eq!(found(text), [*name], "{text}");
        }
        for text in words {
            assert!(found(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn someone_held_up_as_a_model_is_a_person() {
        assert_finds(
            &[
                (
                    "The gym opens at nine. What would Zerubel do? Ask.",
                    "Zerubel",
                ),
                ("before every meeting: what would nopadol do?", "nopadol"),
                ("To every student: be more Sarah.", "Sarah"),
                ("Five: be more Zerubel. Done.", "Zerubel"),
                ("Tsongwe for prime minister, mum said.", "Tsongwe"),
                ("Zerubel for PM!", "Zerubel"),
            ],
            &[
                // Words, pronouns, a clause going on, and no leader after "for".
                "What would you do? What would Everyone do?",
                "Be more patient. Be more Careful.",
                "be more zerubel about it",
                "Thanks for everything.",
                "Zerubel for pain relief.",
                "Vote Labour for prime minister.",
            ],
        );
    }

    #[test]
    fn people_in_charge_with_others_blessed_or_owning_a_relative_are_people() {
        assert_finds(
            &[
                ("Nothing went missing on Zerubel's watch.", "Zerubel"),
                (
                    "nothing was said in front of him on nopadol's watch",
                    "nopadol",
                ),
                ("Not under Tsongwe's watch!", "Tsongwe"),
                ("It all went well during Chahngu's shift.", "Chahngu"),
                ("Zerubel and co. on ward 4 learnt his signs.", "Zerubel"),
                ("Huge thanks to Nopadol and co on the day unit.", "Nopadol"),
                ("Sally & co were great.", "Sally"),
                ("It all went well during Tobias' shift.", "Tobias"),
                ("NOTHING WENT MISSING ON ZERUBEL'S WATCH", "ZERUBEL"),
                ("Zerubel, bless her, stayed late.", "Zerubel"),
                ("Victor bless him never stopped.", "Victor"),
                ("I am Ward's daughter and nobody rang me.", "Ward"),
                ("Thank you from Day's mum.", "Day"),
                ("Ward's wife was given a chair.", "Ward"),
            ],
            &[
                // An owner, a pronoun, a thing, a relative, a word; no watch or shift.
                "It happened on the council's watch.",
                "on my watch nothing happened.",
                "It went wrong on Labour's watch.",
                "Mum and co came to visit.",
                "The boys and co were fine.",
                "It was on Zerubel's ward.",
                "Zerubel and Chahngu were great.",
                "God bless him.",
                "Lovely staff, bless them.",
                // A town or a place, however written.
                "Nothing got fixed on Swindon's watch.",
                "Swindon and co were no help.",
                // A relative owned by a thing, after a determiner, or by a relative or a role.
                "It was on the Children's ward, Mother's Day.",
                "We went to the Ward's family room.",
                "Sister's husband came round.",
                "Patient's son was rude.",
            ],
        );
    }

    #[test]
    fn the_mourned_are_people() {
        assert_eq!(
            found("The money from Zerubel's funeral collection went to the hospice."),
            ["Zerubel"]
        );
        assert_eq!(found("We raised it in memory of Nopadol."), ["Nopadol"]);
        assert_eq!(
            found("The money from Abdulsayed's funeral collection went."),
            ["Abdulsayed"]
        );
        assert_eq!(found("since the passing of aymurat last year"), ["aymurat"]);
        // Negative: a relative, a word, a thing's possessive.
        assert!(found("We raised it in memory of Mum.").is_empty());
        assert!(found("The Hospice's memory cafe is lovely.").is_empty());
        assert!(found("A grave of Victorian headstones.").is_empty());
    }

    #[test]
    fn a_word_in_a_persons_slot_is_a_name() {
        assert_eq!(found("Could someone let Firmo know I am home?"), ["Firmo"]);
        assert_eq!(found("drew a card and got djemel as my nurse"), ["djemel"]);
        assert_eq!(found("We had Zerubel as our midwife."), ["Zerubel"]);
        assert_eq!(found("Thanks to Zerubel, staff nurse."), ["Zerubel"]);
        assert_eq!(found("Zerubel, play therapist, was kind."), ["Zerubel"]);
        assert_eq!(found("Tizes and the other porters were great."), ["Tizes"]);
        assert_eq!(found("waitin on patimat 2 bring my tabs"), ["patimat"]);
        assert_eq!(found("we asked pearl to explain the drip"), ["pearl"]);
        assert_eq!(found("Reames phoned back within the hour."), ["Reames"]);
        assert_eq!(found("Step B: call Elisey. Step C: relax."), ["Elisey"]);
        assert_eq!(found("Please ring Tsongwe, she knows."), ["Tsongwe"]);
        assert_eq!(found("step a call efrosinya step b relax"), ["efrosinya"]);
        assert_eq!(
            found("\"Mind the step,\" said Youngkyung with a wink."),
            ["Youngkyung"]
        );
        assert_eq!(found("\"No,\" replied Tsongwe."), ["Tsongwe"]);
        assert_eq!(found("Grace and the other nurses were kind."), ["Grace"]);
        assert_eq!(
            found("Why? Because of Zerubel. 3) Anything else?"),
            ["Zerubel"]
        );
        assert_eq!(found("why? because of zerubel"), ["zerubel"]);
        assert_eq!(
            found("Anupriya: 10/10. Djapirri: 9/10. Food: 2/10. Parking: 0."),
            ["Anupriya", "Djapirri"]
        );
        assert_eq!(
            found("Marks: cleanliness 8, waiting 2, Akshaya 10 out of 10."),
            ["Akshaya"]
        );
        assert_eq!(
            found("Patient Santhosh s/o Zerubel, born 1967"),
            ["Zerubel"]
        );
    }

    #[test]
    fn words_pronouns_and_things_in_those_slots_are_left() {
        assert!(found("Could someone let me know? Please let them know.").is_empty());
        assert!(found("I worked there as a nurse. Mum, as my carer, came.").is_empty());
        assert!(found("Parking, staff nurse. Food, the nurse.").is_empty());
        assert!(found("we asked him to explain, then told mum to wait").is_empty());
        assert!(found("Waiting for results to come back.").is_empty());
        assert!(found("Call handler was rude. Please call back, or call 111.").is_empty());
        assert!(found("I had to ring them. Phone Chemist. Call me.").is_empty());
        assert!(found("call handler was rude, had to call back and call 111").is_empty());
        assert!(found("He said Monday, then explained everything and left.").is_empty());
        assert!(found("She said sorry with a smile. They said yes.").is_empty());
        assert!(found("The scan and the other tests were fine.").is_empty());
        assert!(found("Your Fitbit explained it. Staff explained.").is_empty());
        assert!(found("waiting on u 2 ring back, didnt phone").is_empty());
        assert!(found("Please let Boots know.").is_empty());
        assert!(found("ta sarah lol answered promptly").is_empty());
        // Not closing the sentence, or a word real comments write in small letters.
        assert!(found("Because of Zerubel the stay was good.").is_empty());
        assert!(found("Delayed because of covid. Fine now.").is_empty());
        assert!(found("Because of them.").is_empty());
        // Words before a mark, a mark not out of ten, and "o" not after "s/".
        assert!(found("Food: 2/10. Staff 9 out of 10, parking: 0").is_empty());
        assert!(found("Zerubel 9/11 was the date").is_empty());
        assert!(found("go to Zerubel").is_empty());
    }

    #[test]
    fn misspelt_roles_and_clinical_short_forms_are_left() {
        // From the review: a misspelt job title before a verb of a person, and a short
        // form in the "waiting for X to" slot.
        assert!(found("Consultent explained the op.").is_empty());
        assert!(found("Receptionst said there were no appointments.").is_empty());
        assert!(found("Recepionist said no.").is_empty());
        assert!(found("waiting for meds to arrive").is_empty());
        assert!(found("waiting on obs to be done").is_empty());
        // A name in the same places is still taken.
        assert_eq!(found("Reames explained the op."), ["Reames"]);
        // Names one letter from an everyday word are still names ("thanks", "worker").
        assert_eq!(found("Thanos phoned back within the hour."), ["Thanos"]);
        assert_eq!(found("Yorker sat with me all night."), ["Yorker"]);
        assert_eq!(found("waiting for Zanele to ring"), ["Zanele"]);
    }
}
