//! Given names that are also everyday words (Hope, Grace, Dolly, Frank, Long) standing
//! where only a person can stand: "Nobody but Dolly thought to bring me…", "Hope from
//! the ward rang", "It was Grace who…", "ask Will to call me", "a card for Gift but she
//! had gone". The rules take such a word only after a cue, and the tagger scores it as
//! the word it also is, so it leaks in these phrasings.
//!
//! A high-precision rule, run beside the other rules (what it finds is a name, not a
//! candidate for the vetoes). The word must be a listed given name or a name-word
//! (`word_names.txt`), and one of these must hold:
//!
//! - **a verb of bodily care** right after it, a way of feeding at most between: "Bell
//!   tube fed my dad every night", "Grace washed me" (this one takes a listed surname
//!   too, "Bell", which the tagger reads as the word it also is);
//! - **a verb only a person does** right after it, or after "from the ward"-like words:
//!   "Dolly thought", "Hope from the ward rang", "precious knows shes the best"; or, in
//!   a cased comment, a shift after "on": "Grace on the early shift was…";
//! - **"who"** after it, capitalised inside a sentence of a cased comment: "looked
//!   after by Charity who…" (not "a really nice lady who…" in small letters);
//! - in a comment that uses capitals, the word capitalised **inside** a sentence and
//!   - after "ask", "tell", "thank" and followed by "to", "that", "she"…: "ask Will to";
//!     or between "let" and "know": "could someone let Hope know";
//!   - after "without", "except", "but for", "especially", "particularly": "without Grace
//!     I'd have…", "everyone was kind, especially Holly";
//!   - the speaker after words quoted, a comma or a stop after it: "Copy that, said
//!     Holly, and she…";
//!   - followed by "but", "and", "as"… and then "she" or "he": "a card for Gift but she";
//!   - in the possessive before a small-letter word the person owns: "I borrowed
//!     Will's phone", "we stayed at Rose's flat" (not after "St": "St Mark's church";
//!     not a hospital or a listed eponym, as [`super::owned_place`] reads them).
//!
//! - **holding someone**: "Will held my hand", "Grace held me" (a feeling "held firm",
//!   a thing "held the door");
//! - **named as a role**, "is" / "was", "the" / "my" / "our" and a person's role ("Easter
//!   was the nurse who sat with me"), or **helping someone** ("Since Easter helped me"):
//!   the only two that also take a name that is a place's or festival's word
//!   (`not_names.txt`: Easter, Victoria), which the rest leave;
//! - **praised as a person is**, "is" / "was" and "a" before a word said of people: "Rose
//!   is a credit to the NHS", "Jack was an angel", "Ruby is a star";
//! - a listed **given name opening a sentence** of a cased comment before a verb a
//!   subject of its own writes ("Grace went above and beyond", "Mark should be
//!   promoted", "Will never once rushed me", "Hazel was brilliant with my mum", "Amber has
//!   been amazing", "Pearl really cares"): a thing named so takes an article there ("The
//!   rose was"), and only the names that are also feelings or virtues ("Hope was lost",
//!   "Faith kept me going") are left;
//! - **with a team of their own**: "Grace and her team were fantastic", "Holly and the
//!   rest of the team";
//! - in the possessive before **a quality of a person**: "Rose's patience", "Will's
//!   kindness" (not a listed eponym: "Parkinson's care");
//! - in the possessive before **a kinship word**: "Rose's mum came to visit", "Jack's
//!   wife rang" (only a person has a mum);
//! - **addressed**, opening a sentence before a comma and "you", "your" or "thank":
//!   "Grace, you are a star", "Will, thank you".
//!
//! Never taken: a word after an article or possessive ("the Young said" is not a name,
//! nor "your Will"), a not-a-name or soft word (Ward, Lane), and for the phrasings that
//! read the words before it, a month ("in April she had her operation"). The ordinary
//! uses of these words stand elsewhere: "Hope this helps" and "Will you call" have no
//! verb of a person after them, "Grace period" no cue; "Faith helped me through" is
//! left, as "helped", "came", "kept" also follow abstract nouns.

use super::corpus_counts::written_in_small_letters;
use super::cues::{RELATIVES, ROLES};
use super::eponym_conditions::is_eponym;
use super::lexicon::WordFacts;
use super::tagger::features::possessive_after;
use super::tokens::{joined_at, lower_at, single_token_finds, Gap, Shape, Token};
use super::unknown_beside_name::given_name_of_a_place;

/// Verbs whose subject is a person (past and present forms): things, seasons and
/// feelings do not phone, explain or apologise. No form that is also a plural noun
/// ("Diamond rings", "phones") and none a thing also does ("Baby cried", "Rain showered",
/// "Hope stayed with me").
pub(crate) const PERSON_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "asked",
    "asks",
    "explained",
    "explains",
    "rang",
    "phoned",
    "texted",
    "emailed",
    "spotted",
    "noticed",
    "thought",
    "knows",
    "sat",
    "walked",
    "smiled",
    "laughed",
    "apologised",
    "apologized",
    "reassured",
    "chatted",
    "talked",
    "listened",
    "promised",
    "answered",
    "introduced",
    "hugged",
    "cuddled",
    "joked",
    "insisted",
    "realised",
    "realized",
    "remembered",
    "arranged",
    "organised",
    "organized",
    "examined",
    "stitched",
    "injected",
    "prescribed",
    "diagnosed",
    "wrote",
    "sorted",
    "bought",
    "lent",
    "borrowed",
];

/// Whether a verb of [`PERSON_VERBS`] follows token `i` with only spaces between
/// ("Reames phoned back", "Orestes sat with me").
pub(crate) fn person_verb_after(tokens: &[Token<'_>], i: usize) -> bool {
    joined_at(tokens, i + 1) && PERSON_VERBS.contains(&lower_at(tokens, i + 1))
}

/// Whether `word` (in small letters) is spelt as a verb in the past is: five letters
/// or more ending in "-ed" ("treated", "phoned"; not "bed", "shed", "red" or "need").
pub(crate) fn spelt_as_a_past_verb(word: &str) -> bool {
    word.len() >= 5 && word.ends_with("ed")
}

/// Verbs of bodily care a person gives a patient: no thing or feeling "fed", "washed"
/// or "hoisted" anyone. Read after a listed given name, name-word or surname ("Bell
/// tube fed my dad every night").
const CARE_VERBS: &[&str] = &[
    "fed", "washed", "bathed", "showered", "dressed", "shaved", "hoisted",
];

/// Ways of feeding written before "fed" ("tube fed", "peg fed"): never the name itself.
const FEEDING_ROUTES: &[&str] = &["tube", "peg", "ng", "spoon", "syringe", "bottle", "breast"];

/// Words before a word that make it a thing, not a person ("the Young", "your Will"),
/// or a feeling or quality ("lost all Faith", "more Patience", "I felt Joy").
pub(crate) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "my", "your", "his", "her", "our", "their",
    "its", "no", "every", "each", "some", "any", "what", "which", "whose", "all", "more", "less",
    "much", "such", "felt", "feel", "feels", "feeling",
];

/// Whether one of [`DETERMINERS`] stands right before token `i` in the same clause ("the
/// Duckworth-Lewis method", "our Easter"): the word is then a thing's, not a person's.
pub(crate) fn after_a_determiner(tokens: &[Token<'_>], i: usize) -> bool {
    i > 0 && !tokens[i].gap.is_break() && DETERMINERS.contains(&lower_at(tokens, i - 1))
}

/// Words before a month that make it a date: "In April sat in A&E", "since May rang".
const BEFORE_A_DATE: &[&str] = &[
    "in", "since", "last", "next", "until", "till", "by", "from", "during", "early", "late", "mid",
    "of", "this",
];

/// Verbs of asking and telling: the person asked comes next ("ask Will to call").
const ASKING: &[&str] = &[
    "ask", "asked", "asking", "tell", "told", "telling", "thank", "thanked", "thanking",
];

/// What follows the person asked: "ask Will to", "tell Hope that", "thank Grace for".
const AFTER_ASKED: &[&str] = &[
    "to", "that", "for", "she", "he", "her", "his", "how", "about", "if", "i", "we",
];

/// Verbs of saying after words quoted, before the speaker ("said Holly,").
const SAYING: &[&str] = &["said", "says", "replied", "added", "whispered", "laughed"];

/// Words before a person missed or singled out: "without Grace", "except Hope",
/// "especially Holly".
const WITHOUT: &[&str] = &["without", "except", "besides", "especially", "particularly"];

/// Links after which "she" or "he" says the word before was a person: "for Gift but she".
const LINKS: &[&str] = &[
    "but", "and", "as", "because", "cos", "so", "until", "when", "though", "who",
];

/// Words after a possessive that go on the sentence, not name a thing owned: "at
/// Guy's was moved", "Sarah's is the best", "at Rose's and then home".
const CLAUSE_AFTER_A_POSSESSIVE: &[&str] = &[
    "was", "is", "has", "had", "were", "been", "got", "did", "does", "do", "will", "would",
    "could", "can", "should", "and", "or", "but", "so", "then", "the", "a", "an", "to", "in", "on",
    "at", "for", "with", "from", "by", "of", "not", "very", "too", "also", "just", "really",
    "always", "never", "now", "there", "here", "as", "that", "which", "who", "where", "when",
    "because", "if", "it", "they", "she", "he", "i", "we", "you", "all",
];

/// Words of praise said of a person ("a credit to the NHS", "an angel"), not of a thing.
/// Verbs of care a listed surname that is a word opens a sentence before, a person
/// after them: "Smith helped my mum", "Brown treated us".
const SURNAME_CARE_VERBS: &[&str] = &[
    "helped",
    "treated",
    "visited",
    "saw",
    "examined",
    "reassured",
    "supported",
    "looked",
    "listened",
    "comforted",
    "explained",
    "phoned",
    "called",
    "checked",
    "discharged",
    "admitted",
    "operated",
    "referred",
    "assessed",
    "diagnosed",
    "stitched",
    "scanned",
    "vaccinated",
    "bandaged",
];

/// Words of a person's manner after "is" / "was": "Smith was lovely with my mum".
const MANNER_OF_A_PERSON: &[&str] = &[
    "lovely",
    "kind",
    "brilliant",
    "amazing",
    "fantastic",
    "wonderful",
    "helpful",
    "caring",
    "friendly",
    "polite",
    "rude",
    "patient",
    "professional",
    "supportive",
    "attentive",
    "compassionate",
    "dismissive",
    "unhelpful",
    "abrupt",
    "gentle",
    "thorough",
];

const SAID_OF_PEOPLE: &[&str] = &[
    "credit",
    "asset",
    "star",
    "superstar",
    "angel",
    "legend",
    "gem",
    "saint",
    "hero",
    "heroine",
    "diamond",
];

/// Verbs and adverbs that follow a sentence's subject: "Grace went…", "Mark should…",
/// "Will never…", "Hazel was…", "Pearl really cares". No present form a bare noun also
/// takes before another noun ("Rose petals", "Mark scheme"); "is", "was" and "has" are
/// here because a listed given name opening a sentence before them is a person far more
/// often than a thing, which takes an article there ("The amber light was on"). The
/// verbs of [`PERSON_VERBS`] ("rang", "noticed") are read anywhere by
/// `person_acts_after`, so they are not repeated here.
const VERBS_AFTER_A_SUBJECT: &[&str] = &[
    "went",
    "came",
    "took",
    "gave",
    "made",
    "got",
    "kept",
    "stayed",
    "did",
    "had",
    "never",
    "always",
    "should",
    "would",
    "could",
    "couldn't",
    "wouldn't",
    "didn't",
    "wasn't",
    "brought",
    "helped",
    "looked",
    "checked",
    "treated",
    "saw",
    "visited",
    "returned",
    "popped",
    "is",
    "was",
    "has",
    "isn't",
    "hasn't",
    "really",
    "especially",
    "also",
    "deserves",
    "cares",
    "cared",
    "works",
    "worked",
    "managed",
    "stood",
    "knew",
    "drove",
    "flew",
    "spoke",
    "lived",
    "wore",
];

/// Past forms not in "-ed" ("Treasure found at last", "Money spent wisely", "Harry hid
/// a toy car"), read as a subject's verb only with what a verb takes after it
/// ([`AFTER_A_PAST_VERB`]): "Heather spent a year nursing", "Joy sent me a card". Only
/// forms unlike the verb's base ("hid", not "set" or "cut"), so that a name that is also
/// a modal or a command ("Will set the alarm") is not read before one.
const IRREGULAR_PASTS: &[&str] = &[
    "bought", "brought", "built", "caught", "dealt", "drew", "drove", "dug", "fed", "found",
    "gave", "heard", "held", "hid", "kept", "laid", "lent", "made", "met", "sent", "sold", "spent",
    "swept", "taught", "took", "won", "wrote",
];

/// Past forms not in "-ed" that a thing does as often as a person ("Mike broke on the
/// intercom", "a fight broke out", "the pump froze up"): read as a subject's verb only
/// with a real object after it, not a particle ("Harry broke the news", not "Barney
/// broke out in the waiting room").
const PASTS_THINGS_DO_TOO: &[&str] = &[
    "began", "bent", "blew", "broke", "froze", "grew", "hung", "sank", "shook", "shot", "spun",
    "struck", "stuck", "tore",
];

/// Past forms spelt as the verb's base ("set", "cut", "read"), read as a subject's verb
/// only after a given name that is no everyday word and with an object after it ("Peter
/// set the alarm", "Tom read Dad's notes"): after a name that is also a word, a modal
/// or a command reads the same ("Will set the alarm", "Mark read the leaflet").
pub(crate) const PASTS_SPELT_AS_THE_BASE: &[&str] = &[
    "set",
    "cut",
    "read",
    "hit",
    "let",
    "shut",
    "spread",
    "hurt",
    "put",
    "cast",
    "cost",
    "quit",
    "bet",
    "burst",
    "split",
    "shed",
    "upset",
    "broadcast",
];

/// What follows a verb and not a describing word: an article, a pronoun or a particle
/// ("fitted a lock", "swapped the chair", "cheered me up", "sorted it out").
const AFTER_A_PAST_VERB: &[&str] = &[
    "a",
    "an",
    "the",
    "my",
    "me",
    "him",
    "her",
    "us",
    "them",
    "his",
    "our",
    "their",
    "it",
    "up",
    "out",
    "back",
    "everything",
    "everyone",
    "all",
];

/// Given names that are also words for a person, written with the article left out as
/// feedback often is: "Lady was lovely on the phone" (a lady), "Guy was helpful".
const WORDS_FOR_A_PERSON: &[&str] = &["lady", "guy", "gent", "lad", "lass", "bloke", "fella"];

/// Given names that are also feelings or virtues, the subject of a sentence as often as a
/// person: "Hope was lost", "Faith kept me going", "Patience wore thin".
const FEELINGS_AND_VIRTUES: &[&str] = &[
    "hope",
    "faith",
    "joy",
    "patience",
    "charity",
    "honour",
    "honor",
    "mercy",
    "love",
    "peace",
    "comfort",
    "prudence",
    "constance",
    "destiny",
    "harmony",
    "serenity",
    "felicity",
    "liberty",
    "justice",
    "unity",
    "glory",
    "bliss",
    "trust",
    "care",
    "dawn",
    "summer",
    "autumn",
    "winter",
    "spring",
    "sunny",
    "sky",
    "rain",
    "storm",
];

/// Qualities and doings of a person, owned in the possessive: "Rose's patience".
const QUALITIES_OF_A_PERSON: &[&str] = &[
    "patience",
    "kindness",
    "compassion",
    "humour",
    "smile",
    "attitude",
    "manner",
    "empathy",
    "warmth",
    "gentleness",
    "reassurance",
    "dedication",
    "professionalism",
    "calmness",
    "positivity",
    "enthusiasm",
    "honesty",
    "bedside",
    "care",
    "help",
    "support",
    "advice",
    "knowledge",
    "expertise",
    "skill",
    "skills",
];

/// Words said to a person, after the person's name and a comma ("Grace, you are…").
const ADDRESSED_WITH: &[&str] = &["you", "your", "you're", "youre", "thank", "thanks"];

/// More words said to a person, read after a word no list knows ("Thamea, you've been
/// here since seven"): after a listed word that is also an everyday word they open a
/// saying as often ("Patience, you'll need lots of it", "May, you'll recall, was when").
const ALSO_ADDRESSED_WITH: &[&str] = &["you've", "youve", "you'll", "youll"];

/// Cries and answers that open a sentence before a comma and words said to a person
/// ("Oh, thank God", "Well, thank you", "Yes, you did"): no one addressed, though "Oh"
/// and "Well" are surnames somewhere.
const CRIES: &[&str] = &[
    "oh",
    "ohh",
    "ah",
    "ahh",
    "aw",
    "aww",
    "awww",
    "ooh",
    "wow",
    "well",
    "yes",
    "yeah",
    "no",
    "ok",
    "okay",
    "right",
    "so",
    "anyway",
    "honestly",
    "seriously",
    "sorry",
    "please",
    "again",
];

/// Whether token `i` opens a sentence before a comma and words said to a person
/// ("Grace, you are a star"; with `also`, [`ALSO_ADDRESSED_WITH`] too: "Thamea, you've
/// been here since seven"), and is no cry or answer ("Oh, thank God").
pub(crate) fn addressed_at(tokens: &[Token<'_>], i: usize, also: bool) -> bool {
    tokens[i].sentence_start
        && !CRIES.contains(&tokens[i].lower.as_str())
        && tokens.get(i + 1).is_some_and(|next| {
            let said = next.lower.as_str();
            next.gap == Gap::Comma
                && (ADDRESSED_WITH.contains(&said) || (also && ALSO_ADDRESSED_WITH.contains(&said)))
        })
}

/// Pronouns that refer to a person.
const PERSON_PRONOUNS: &[&str] = &["she", "he", "she's", "he's", "she'd", "he'd", "shes", "hes"];

/// Months, which are also given names ("in April she had her operation").
pub(crate) const MONTHS: &[&str] = &["april", "may", "june", "july", "august"];

/// Shifts a person works: "Grace on the early shift was…", "Hope on nights".
const SHIFTS: &[&str] = &[
    "shift",
    "shifts",
    "nights",
    "days",
    "lates",
    "earlies",
    "nightshift",
    "weekends",
];

/// Most small-letter words between a name and its verb ("Hope from the ward rang").
const MAX_FROM_WORDS: usize = 3;

/// One comment's tokens and facts, as the rule reads them.
pub(crate) struct NameWordScan<'t, 'a> {
    /// The comment (to see a possessive after a word).
    pub text: &'a str,
    /// The comment's tokens.
    pub tokens: &'t [Token<'a>],
    /// The lexicon facts of each token.
    pub facts: &'t [WordFacts],
    /// The comment has no capitals (or no small letters).
    pub caseless: bool,
}

impl NameWordScan<'_, '_> {
    /// The name-words this rule takes, as one-token inclusive ranges, in order.
    pub(crate) fn finds(&self) -> Vec<(usize, usize)> {
        single_token_finds(self.tokens.len(), |i| self.takes(i))
    }

    fn lower(&self, k: usize) -> &str {
        lower_at(self.tokens, k)
    }

    /// Token `k` exists and follows the one before it with only spaces between.
    fn joined(&self, k: usize) -> bool {
        joined_at(self.tokens, k)
    }

    fn takes(&self, i: usize) -> bool {
        let token = &self.tokens[i];
        let facts = &self.facts[i];
        // A listed surname is taken only before a phrase of care ("Bell tube fed my
        // dad"), read below after the shared checks.
        let surname_only = facts.surname && !(facts.first || facts.word_name);
        if token.in_brackets || facts.not_name || !(facts.first || facts.word_name || surname_only)
        {
            return false;
        }
        if !token.written_as_name(self.caseless) || after_a_determiner(self.tokens, i) {
            return false;
        }
        // A name that is also a place's or a festival's word ("Easter", "Victoria") only
        // capitalised, as a person's role or as one who helped someone.
        if facts.soft {
            return !self.caseless && (self.named_as_a_role(i) || self.helped_someone(i));
        }
        if i > 0
            && !token.gap.is_break()
            && MONTHS.contains(&token.lower.as_str())
            && BEFORE_A_DATE.contains(&self.lower(i - 1))
        {
            return false;
        }
        if self.cares_after(i) {
            return true;
        }
        if surname_only {
            return self.surname_word_said_of_a_person(i);
        }
        if self.person_acts_after(i)
            || self.held_someone(i)
            || self.praised_as_a_person(i)
            || self.named_as_a_role(i)
            || self.helped_someone(i)
            || self.opens_a_sentence_before_a_verb(i)
            || self.paired_before_a_verb(i)
            || self.with_their_team(i)
            || self.owns_a_quality(i)
            || self.owns_a_relative(i)
            || self.addressed(i)
        {
            return true;
        }
        // The rest read the words before and around it: only a capitalised word inside a
        // sentence of a cased comment, and never a month.
        if self.caseless || token.sentence_start || MONTHS.contains(&token.lower.as_str()) {
            return false;
        }
        self.asked(i)
            || self.missed(i)
            || self.pronoun_after_link(i)
            || self.owns(i)
            || self.speaker_after_words_said(i)
    }

    /// The speaker after words quoted: "Copy that, said Holly, and she…", "'Nearly
    /// there,' says Long." A verb of saying right before it and a comma, a stop or the
    /// end right after it (not "said Young people are…").
    fn speaker_after_words_said(&self, i: usize) -> bool {
        let ends_here = self
            .tokens
            .get(i + 1)
            .is_none_or(|next| next.gap != Gap::Space || next.sentence_start);
        i > 0 && self.joined(i) && SAYING.contains(&self.lower(i - 1)) && ends_here
    }

    /// In the possessive before a small-letter word it owns, not after a saint's "St":
    /// "borrowed Will's phone", "at Rose's flat". A verb or a link after the possessive
    /// ([`CLAUSE_AFTER_A_POSSESSIVE`]: "my appointment at Guy's was moved") owns nothing.
    fn owns(&self, i: usize) -> bool {
        let after_saint = i > 0 && matches!(self.lower(i - 1), "st" | "saint");
        !after_saint
            && !CLAUSE_AFTER_A_POSSESSIVE.contains(&self.lower(i + 1))
            && super::owned_place::owned_by(self.text, self.tokens, i)
    }

    /// A verb of a person, or "who", right after the word or after "from" and a few
    /// small-letter words: "Dolly thought", "Hope from the ward rang", "Charity who".
    fn person_acts_after(&self, i: usize) -> bool {
        let next = i + 1;
        if !self.joined(next) {
            return false;
        }
        let word = self.lower(next);
        if PERSON_VERBS.contains(&word) {
            return true;
        }
        // "who" only after a capitalised word inside a sentence: "a really nice lady who"
        // in a comment without capitals is the word.
        if word == "who" {
            let token = &self.tokens[i];
            return !self.caseless && !token.sentence_start;
        }
        if word != "from" && word != "on" {
            return false;
        }
        // "from the ward rang", "on the early shift was", "on nights":
        // small-letter words only, then a verb of a person or (after "on") a shift.
        let mut k = next + 1;
        while k <= next + MAX_FROM_WORDS + 1 && self.joined(k) {
            let here = self.lower(k);
            if k > next + 1 && PERSON_VERBS.contains(&here) {
                return true;
            }
            if word == "on" && !self.caseless && SHIFTS.contains(&here) {
                return true;
            }
            if self.tokens[k].shape != Shape::Lower || self.facts[k].first {
                return false;
            }
            k += 1;
        }
        false
    }

    /// A listed surname that is also a word ("Smith", "Brown", "Wright") and that real
    /// comments do not write in small letters, in a place only
    /// a person stands: before a verb only a person does ("Brown said", "Smith from the
    /// ward rang"), helping someone, named as a role or praised as a person ("Wright was
    /// an angel"), addressed ("Smith, thank you"), owning a relative or a team; or opening
    /// a sentence of a cased comment before a verb of care and the one cared for ("Smith
    /// helped my mum", "Brown treated us") or before "is" / "was" and a word of a person's
    /// manner ("Smith was lovely with my mum", "Green is so kind"). Not the other verbs a
    /// given name opens a sentence before: "Green was everywhere", "Wood had rotted"; and
    /// only in a comment written with capitals.
    fn surname_word_said_of_a_person(&self, i: usize) -> bool {
        // Only a word real comments do not write in small letters ("best", "still",
        // "driver", "more" are everyday there), no common word and no role.
        let word = self.lower(i);
        if self.caseless
            || self.facts[i].common
            || ROLES.contains(&word)
            || WORDS_FOR_A_PERSON.contains(&word)
            || written_in_small_letters(word)
        {
            return false;
        }
        // Inside a run of capitals it is a place's or a thing's ("at Cardinal Newman
        // said"), but after a given name that is a place's word ("Albert Smith").
        let after_place_given_name = i > 0
            && self.joined(i)
            && given_name_of_a_place(&self.tokens[i - 1], self.facts[i - 1]);
        let after_capital =
            i > 0 && self.joined(i) && self.tokens[i - 1].shape == Shape::Capitalised;
        if after_capital && !after_place_given_name {
            return false;
        }
        // A verb only a person does right after it ("Brown said"; a bell rings: "Bell
        // rang for ages").
        let next = self.lower(i + 1);
        let acts = self.joined(i + 1)
            && PERSON_VERBS.contains(&next)
            && !matches!(next, "rang" | "rings" | "rung");
        if acts
            || self.helped_someone(i)
            || self.named_as_a_role(i)
            || self.praised_as_a_person(i)
            || self.addressed(i)
            || self.owns_a_relative(i)
            || self.with_their_team(i)
        {
            return true;
        }
        let token = &self.tokens[i];
        // Opening the sentence, or after a given name that is also a place's word
        // opening it ("Albert Smith helped my mum").
        let opens =
            token.sentence_start || (after_place_given_name && self.tokens[i - 1].sentence_start);
        if !opens || token.shape != Shape::Capitalised {
            return false;
        }
        let (verb, after) = (self.lower(i + 1), self.lower(i + 2));
        if !(self.joined(i + 1) && self.joined(i + 2)) {
            return false;
        }
        if SURNAME_CARE_VERBS.contains(&verb) {
            return matches!(after, "me" | "us" | "him" | "her" | "them" | "my" | "our");
        }
        let manner = if matches!(after, "so" | "very" | "really" | "always" | "extremely") {
            self.joined(i + 3).then(|| self.lower(i + 3))
        } else {
            Some(after)
        };
        matches!(verb, "is" | "was") && manner.is_some_and(|m| MANNER_OF_A_PERSON.contains(&m))
    }

    /// "held" and a person or a hand after it: "Will held my hand", "Grace held me".
    fn held_someone(&self, i: usize) -> bool {
        if !(self.joined(i + 1) && matches!(self.lower(i + 1), "held" | "holds")) {
            return false;
        }
        let object = self.lower(i + 2);
        self.joined(i + 2)
            && (matches!(object, "me" | "him" | "her" | "us" | "them")
                || (matches!(object, "my" | "his" | "her" | "our" | "their")
                    && self.joined(i + 3)
                    && matches!(self.lower(i + 3), "hand" | "hands")))
    }

    /// "is" / "was", "the" / "my" / "our" and a person's role: "Easter was the nurse who
    /// sat with me", "Victoria is our midwife".
    fn named_as_a_role(&self, i: usize) -> bool {
        !self.facts[i].common
            && (1..=3).all(|k| self.joined(i + k))
            && matches!(self.lower(i + 1), "is" | "was")
            && matches!(self.lower(i + 2), "the" | "my" | "our")
            && ROLES.contains(&self.lower(i + 3))
    }

    /// "helped" and a person it helped: "Since Easter helped me I have felt better"
    /// (after "since" a festival is a time, and a time helps no one); never a feeling
    /// or virtue ("Faith helped me through it") or a common word ("He", a listed surname).
    fn helped_someone(&self, i: usize) -> bool {
        !FEELINGS_AND_VIRTUES.contains(&self.lower(i))
            && !self.facts[i].common
            && (1..=2).all(|k| self.joined(i + k))
            && self.lower(i + 1) == "helped"
            && matches!(self.lower(i + 2), "me" | "us" | "him" | "her" | "them")
    }

    /// "is" / "was", "a" / "an" and a word said of people: "Rose is a credit to",
    /// "Jack was an angel".
    fn praised_as_a_person(&self, i: usize) -> bool {
        (1..=3).all(|k| self.joined(i + k))
            && matches!(self.lower(i + 1), "is" | "was")
            && matches!(self.lower(i + 2), "a" | "an")
            && SAID_OF_PEOPLE.contains(&self.lower(i + 3))
    }

    /// A listed given name or name-word opening a sentence of a cased comment, before a verb of
    /// [`VERBS_AFTER_A_SUBJECT`], and no feeling or virtue ([`FEELINGS_AND_VIRTUES`]).
    fn opens_a_sentence_before_a_verb(&self, i: usize) -> bool {
        let token = &self.tokens[i];
        !self.caseless
            && token.sentence_start
            && token.shape == Shape::Capitalised
            && (self.facts[i].first || self.facts[i].word_name)
            && !FEELINGS_AND_VIRTUES.contains(&token.lower.as_str())
            && !WORDS_FOR_A_PERSON.contains(&token.lower.as_str())
            && self.verb_at_after_an_aside(i).is_some_and(|verb| {
                VERBS_AFTER_A_SUBJECT.contains(&self.lower(verb))
                    || self.past_verb_and_object(verb)
                    || self.present_verb_and_object(verb)
            })
    }

    /// Where the verb of a subject at token `i` stands: right after it, a space between,
    /// or past an aside in round brackets right after it, on one line and with no bracket
    /// inside ("Don (it was piped on the cake she left) found a vein"), a space after it.
    fn verb_at_after_an_aside(&self, i: usize) -> Option<usize> {
        if self.joined(i + 1) {
            return Some(i + 1);
        }
        let after = &self.text[self.tokens[i].end..];
        let aside = after.strip_prefix(' ').unwrap_or(after).strip_prefix('(')?;
        let close = aside.find([')', '(', '\n'])?;
        if !aside[close..].starts_with(") ") {
            return None;
        }
        let verb_start = self.text.len() - aside[close + 1..].trim_start_matches(' ').len();
        let k = self
            .tokens
            .partition_point(|token| token.start < verb_start);
        (k > i && self.tokens.get(k)?.start == verb_start).then_some(k)
    }

    /// Token `k` a small-letter everyday word in "-s", not mostly a noun (WordNet's count:
    /// "Grace periods", "Violet bruises"), with what a verb takes after it
    /// ([`AFTER_A_PAST_VERB`]): "John runs the tea van", "Peter drives the minibus".
    fn present_verb_and_object(&self, k: usize) -> bool {
        let word = self.lower(k);
        self.tokens[k].shape == Shape::Lower
            && self.facts[k].english
            && word.len() >= 4
            && word.ends_with('s')
            && !super::noun_words::is_mostly_a_noun(word)
            && !word.ends_with("ss")
            && !word.ends_with("us")
            && !word.ends_with("is")
            && self.joined(k + 1)
            && AFTER_A_PAST_VERB.contains(&self.lower(k + 1))
    }

    /// Token `k` a small-letter past form ("fitted", "swapped", one of
    /// [`IRREGULAR_PASTS`], one of [`PASTS_THINGS_DO_TOO`], or after a given name no word
    /// one of [`PASTS_SPELT_AS_THE_BASE`]) with what a verb takes after it ([`AFTER_A_PAST_VERB`], or a
    /// possessive: "changed Mum's drip"): "Gareth fitted a new lock", "Terry swapped the
    /// chair". Not a past form before a noun, which describes it ("Sandy coloured walls",
    /// "Daisy patterned curtains").
    fn past_verb_and_object(&self, k: usize) -> bool {
        let word = self.lower(k);
        // "Mike cut out twice", "a fight broke out": a form a thing does too takes a
        // real object, not a particle.
        // "Roman set up the hoist": a particle with an object after it is as good.
        let real_object = !matches!(self.lower(k + 1), "up" | "out" | "back")
            || (self.joined(k + 2)
                && matches!(
                    self.lower(k + 2),
                    "the" | "a" | "an" | "my" | "his" | "her" | "our" | "their" | "your"
                ));
        let spelt_as_the_base =
            k > 0 && self.facts[k - 1].first && PASTS_SPELT_AS_THE_BASE.contains(&word);
        let done_by_things_too = spelt_as_the_base || PASTS_THINGS_DO_TOO.contains(&word);
        self.tokens[k].shape == Shape::Lower
            && self.facts[k].english
            && (spelt_as_a_past_verb(word)
                || IRREGULAR_PASTS.contains(&word)
                || (done_by_things_too && real_object))
            && self.joined(k + 1)
            && (AFTER_A_PAST_VERB.contains(&self.lower(k + 1)) || self.owner_at(k + 1))
    }

    /// Token `k` a word that owns the noun after it ("Mum's", "Dad's", "Peter's"): the
    /// object of a verb before it as surely as "the" or "my".
    fn owner_at(&self, k: usize) -> bool {
        self.tokens
            .get(k)
            .is_some_and(|t| possessive_after(self.text, t.end))
    }

    /// One of two listed given names or name-words joined by "and" before a verb a subject
    /// of its own writes, in a cased comment: "Will and Grace looked after me", "Mark and
    /// Ruby came every day". Neither a feeling nor a virtue ("Faith and Hope kept me
    /// going"), a place's word or a word for a person.
    fn paired_before_a_verb(&self, i: usize) -> bool {
        let name_like = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| t.shape == Shape::Capitalised)
                && !self.facts[k].soft
                && !self.facts[k].not_name
                && (self.facts[k].first || self.facts[k].word_name)
                && !FEELINGS_AND_VIRTUES.contains(&self.lower(k))
                && !WORDS_FOR_A_PERSON.contains(&self.lower(k))
        };
        let pair_at = |a: usize| {
            (1..=3).all(|k| self.joined(a + k))
                && self.lower(a + 1) == "and"
                && name_like(a)
                && name_like(a + 2)
                && (VERBS_AFTER_A_SUBJECT.contains(&self.lower(a + 3))
                    || PERSON_VERBS.contains(&self.lower(a + 3)))
        };
        !self.caseless && (pair_at(i) || (i >= 2 && pair_at(i - 2)))
    }

    /// "and her team", "and the rest of the team": "Grace and her team were fantastic".
    fn with_their_team(&self, i: usize) -> bool {
        let team = |k: usize| {
            self.joined(k) && matches!(self.lower(k), "team" | "colleagues" | "staff" | "crew")
        };
        if !(self.joined(i + 1) && self.joined(i + 2) && self.lower(i + 1) == "and") {
            return false;
        }
        match self.lower(i + 2) {
            "her" | "his" | "their" => team(i + 3),
            // "and the rest of the team"
            "the" => {
                (3..=5).all(|k| self.joined(i + k))
                    && self.lower(i + 3) == "rest"
                    && self.lower(i + 4) == "of"
                    && self.lower(i + 5) == "the"
                    && team(i + 6)
            }
            _ => false,
        }
    }

    /// In the possessive before a quality of a person: "Rose's patience", "Will's
    /// kindness"; not a listed eponym ("Parkinson's care").
    fn owns_a_quality(&self, i: usize) -> bool {
        !is_eponym(self.tokens[i].lower.as_str())
            && self.possessive_before_one_of(i, QUALITIES_OF_A_PERSON)
    }

    /// In the possessive before a kinship word: "Rose's mum", "Jack's wife".
    fn owns_a_relative(&self, i: usize) -> bool {
        self.possessive_before_one_of(i, RELATIVES)
    }

    /// Token `i` in the possessive, then one of `words` after a space.
    fn possessive_before_one_of(&self, i: usize, words: &[&str]) -> bool {
        possessive_after(self.text, self.tokens[i].end)
            && self.joined(i + 1)
            && words.contains(&self.lower(i + 1))
    }

    /// Opening a sentence, then a comma and words said to a person: "Grace, you are a
    /// star", "Will, thank you", "Ruby, your kindness…".
    fn addressed(&self, i: usize) -> bool {
        addressed_at(self.tokens, i, false)
    }

    /// A verb of bodily care right after the word, a way of feeding at most between:
    /// "Bell tube fed my dad", "Grace washed me", "Marsh fed him".
    fn cares_after(&self, i: usize) -> bool {
        if FEEDING_ROUTES.contains(&self.lower(i)) {
            return false;
        }
        let mut next = i + 1;
        if self.joined(next) && FEEDING_ROUTES.contains(&self.lower(next)) {
            next += 1;
        }
        self.joined(next) && CARE_VERBS.contains(&self.lower(next))
    }

    /// "ask Will to…", "tell Hope that…", "thank Grace for…", "let Hope know".
    fn asked(&self, i: usize) -> bool {
        if i == 0 || !self.joined(i) || !self.joined(i + 1) {
            return false;
        }
        let before = self.lower(i - 1);
        let after = self.lower(i + 1);
        (ASKING.contains(&before) && AFTER_ASKED.contains(&after))
            || (before == "let" && after == "know")
    }

    /// "without Grace", "except Hope", "but for Dolly".
    fn missed(&self, i: usize) -> bool {
        if i == 0 || !self.joined(i) {
            return false;
        }
        let before = self.lower(i - 1);
        WITHOUT.contains(&before)
            || (before == "for" && i > 1 && self.joined(i - 1) && self.lower(i - 2) == "but")
    }

    /// "a card for Gift but she…": a link word, then a pronoun of a person.
    fn pronoun_after_link(&self, i: usize) -> bool {
        self.joined(i + 1)
            && LINKS.contains(&self.lower(i + 1))
            && self.joined(i + 2)
            && PERSON_PRONOUNS.contains(&self.lower(i + 2))
    }
}

/// A comment's tokens, their lexicon facts and whether it is caseless, as `find` reads
/// them: for the tests of the rules that run after the tagger.
#[cfg(test)]
pub(super) fn read_for_test(text: &str) -> (Vec<Token<'_>>, Vec<WordFacts>, bool) {
    let tokens = super::tokens::tokenize(text);
    let facts = super::lexicon::NameLexicon::new().facts_of(&tokens);
    (tokens, facts, super::tokens::is_caseless(text))
}

/// The words a single-word rule takes in `text`, as written: the tests of the rules that
/// run after the tagger call their rule on [`read_for_test`]'s reading through this.
#[cfg(test)]
pub(super) fn found_by(
    text: &str,
    rule: impl FnOnce(&[Token<'_>], &[WordFacts], bool) -> Vec<(usize, usize)>,
) -> Vec<String> {
    let (tokens, facts, caseless) = read_for_test(text);
    rule(&tokens, &facts, caseless)
        .into_iter()
        .map(|(i, _)| tokens[i].text.to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        found_by(text, |tokens, facts, caseless| {
            NameWordScan {
                text,
                tokens,
                facts,
                caseless,
            }
            .finds()
        })
    }

    #[test]
    fn a_name_opening_a_sentence_before_an_aside_and_its_verb_is_a_name() {
        assert_eq!(
            found("No niin! Don (it was piped on the cake she left) found a vein."),
            ["Don"]
        );
        assert_eq!(found("Grace (the nurse) went above and beyond."), ["Grace"]);
        // A feeling or virtue stays the word; no verb after the aside, no name.
        assert!(found("Hope (fingers crossed) is not lost.").is_empty());
        assert!(found("Grace (the nurse) on the ward.").is_empty());
    }

    #[test]
    fn a_name_named_as_a_role_or_helping_someone_is_a_name_even_a_festivals() {
        assert_eq!(found("Easter was the nurse who sat with me."), ["Easter"]);
        assert_eq!(
            found("Since Easter helped me I have felt better."),
            ["Easter"]
        );
        assert_eq!(found("I think Holly was my midwife."), ["Holly"]);
        for text in [
            "Easter was the best time on the ward.",
            "Since Easter I have felt better.",
            "Easter helped the staff rota.",
            "our Easter was the nurse's day off",
            "easter was the nurse who sat with me",
            "He helped me on and off the transport.",
            "She was the nurse who sat with me.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_name_word_before_a_verb_of_a_person_is_a_name() {
        assert_eq!(
            found("Nobody but Dolly thought to bring a commode."),
            ["Dolly"]
        );
        assert_eq!(found("Hope from the ward rang me at home."), ["Hope"]);
        assert_eq!(found("Frank explained it all twice."), ["Frank"]);
        assert_eq!(found("Heather lent Dad her umbrella."), ["Heather"]);
        assert_eq!(found("Grace on the early shift was lovely."), ["Grace"]);
        assert_eq!(found("Could someone let Hope know I am home?"), ["Hope"]);
        assert_eq!(found("hope precious knows shes the best"), ["precious"]);
        assert_eq!(
            found("We were looked after by Charity who was kind."),
            ["Charity"]
        );
    }

    #[test]
    fn a_name_before_an_irregular_past_and_its_object_is_a_name() {
        assert_eq!(found("Harry hid a toy car in the cupboard."), ["Harry"]);
        assert_eq!(found("Tony changed Mum's drip."), ["Tony"]);
        assert_eq!(found("Peter set the alarm on the pump."), ["Peter"]);
        assert_eq!(found("Harry broke the news kindly."), ["Harry"]);
        // A particle after a form a thing does too, a base-spelt form after a name that
        // is also a word, or no object.
        assert!(found("Barney broke out in the waiting room.").is_empty());
        // A particle with an object after it.
        assert_eq!(found("Roman set up the hoist for Dad."), ["Roman"]);
        assert!(found("Mike cut out twice on the call.").is_empty());
        assert!(found("Will set the alarm before you go.").is_empty());
        assert!(found("Harry broke on the intercom.").is_empty());
    }

    #[test]
    fn two_names_joined_by_and_before_a_verb_are_names() {
        assert_eq!(found("Will and Grace looked after me."), ["Will", "Grace"]);
        assert_eq!(
            found("Then Mark and Ruby came every day."),
            ["Mark", "Ruby"]
        );
        for text in [
            "Faith and Hope kept me going.",
            "will and grace looked after me",
            "Will and the nurse looked after me.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_surname_that_is_a_word_where_only_a_person_stands_is_a_name() {
        for (text, name) in [
            ("Smith helped my mum.", "Smith"),
            ("Smith was lovely with my mum.", "Smith"),
            ("Baker was so kind to us.", "Baker"),
            ("Brown said it was fine.", "Brown"),
            ("Wright treated me well.", "Wright"),
            ("Wood referred me to the clinic.", "Wood"),
            ("Cooper, thank you so much.", "Cooper"),
            ("Albert Smith helped my mum.", "Smith"),
        ] {
            assert_eq!(found(text), [name], "{text}");
        }
        for text in [
            "Green was everywhere.",
            "White is the colour of the walls.",
            "Hill was steep.",
            "Wood had rotted.",
            "The Smith helped my mum.",
            "smith helped my mum",
            "Brown helped the paint dry.",
            "Driver was very helpful and chatty.",
            "Best remembered by nobody in outpatients.",
            "More thought needed.",
            "Card on the fridge says thank you.",
            "My teacher at Cardinal Newman said so.",
            "my teacher at cardinal newman said so",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_name_or_surname_before_a_verb_of_care_is_a_name() {
        assert_eq!(found("Bell tube fed my dad every night"), ["Bell"]);
        assert_eq!(found("Nurse Bell tube fed him"), ["Bell"]);
        assert_eq!(found("Marsh fed him when we could not."), ["Marsh"]);
        assert_eq!(found("Grace washed me."), ["Grace"]);
        // Not a feeding route, a thing, or a surname before any other verb.
        assert!(found("Tube fed him overnight.").is_empty());
        assert!(found("Peg fed since March.").is_empty());
        assert!(found("The Bell washed up.").is_empty());
        assert!(found("Bell rang for ages.").is_empty());
        assert!(found("Bell's palsy was missed.").is_empty());
    }

    #[test]
    fn a_name_word_after_asking_or_missing_is_a_name() {
        assert_eq!(found("Please ask Will to call me back."), ["Will"]);
        assert_eq!(
            found("Could someone tell Long that her tip worked?"),
            ["Long"]
        );
        assert_eq!(
            found("Honestly, without Grace I would have gone home."),
            ["Grace"]
        );
        assert_eq!(
            found("I left a card for Gift but she had gone home."),
            ["Gift"]
        );
        assert_eq!(found("Everyone was kind, especially Holly."), ["Holly"]);
        assert_eq!(found("Thanks to all, particularly Robin."), ["Robin"]);
        assert!(found("Everyone was kind, especially at night.").is_empty());
        assert_eq!(
            found("Copy that, said Holly, and she sorted it."),
            ["Holly"]
        );
        assert_eq!(found("'Nearly there,' says Long."), ["Long"]);
        assert!(found("The doctor said Young people wait longest.").is_empty());
    }

    #[test]
    fn a_name_word_owning_a_relative_or_a_thing_or_addressed_is_a_name() {
        assert_eq!(found("Rose's mum came to visit."), ["Rose"]);
        assert_eq!(found("Jack's wife rang the ward."), ["Jack"]);
        assert_eq!(found("Grace, you are a star."), ["Grace"]);
        assert_eq!(found("Will, thank you for everything."), ["Will"]);
        assert_eq!(found("I borrowed Will's phone to ring home."), ["Will"]);
        assert_eq!(found("We stayed at Rose's flat."), ["Rose"]);
        // A verb after the possessive, a saint's church, a sentence's opening word
        // owning a thing, a word with no comma before "you".
        assert!(found("My appointment at Guy's was moved.").is_empty());
        assert!(found("We married at St Mark's church.").is_empty());
        assert!(found("Rose's lime cordial was all they had.").is_empty());
        assert!(found("Hope you are well.").is_empty());
        assert_eq!(found("Will held my hand all night."), ["Will"]);
        assert_eq!(found("Grace is a credit to the NHS."), ["Grace"]);
        assert_eq!(found("Jack was an angel."), ["Jack"]);
        assert!(found("Hope held firm.").is_empty());
        assert_eq!(found("Grace and her team were fantastic."), ["Grace"]);
        assert_eq!(found("Staff were kind. Mark should be promoted."), ["Mark"]);
        assert!(found("Hope was lost by the second day.").is_empty());
        assert!(found("Thank you. Dawn came and I was still waiting.").is_empty());
        assert_eq!(found("Rose's patience was unbelievable."), ["Rose"]);
        assert!(found("Parkinson's care has improved.").is_empty());
        assert!(found("Hope and faith kept me going.").is_empty());
        assert!(found("Faith was a comfort.").is_empty());
        assert!(found("The ward is a credit to the trust.").is_empty());
        assert!(found("Well, you would think so.").is_empty());
        // A cry or an answer before the comma is no one addressed.
        assert!(found("'Yes.' 'Oh, thank God.'").is_empty());
        assert!(found("Oh, you star.").is_empty());
    }

    #[test]
    fn a_name_opening_a_sentence_before_a_verb_or_with_the_team_is_a_name() {
        for (text, name) in [
            ("Holly and the rest of the team were great.", "Holly"),
            ("Hazel was brilliant with my mum.", "Hazel"),
            ("Amber has been amazing throughout.", "Amber"),
            ("Pearl really cares about patients.", "Pearl"),
            ("Mike is a brilliant nurse.", "Mike"),
            ("Gareth fitted a new lock for us.", "Gareth"),
            ("Terry swapped the awful chair.", "Terry"),
            ("Heather spent a year nursing in Peru.", "Heather"),
            ("Amber sent me a card.", "Amber"),
            ("Ruby stood under the falls on her gap year.", "Ruby"),
            ("Peter runs the tea van at the car boot sale.", "Peter"),
            ("Don drives the minibus on Tuesdays.", "Don"),
        ] {
            assert_eq!(found(text), [name], "{text}");
        }
        for text in [
            "Frank and honest talk with the consultant.",
            "Amber and the rest of the lights were off.",
            "Sandy coloured walls in the family room.",
            "Treasure found at last, my details are below.",
            "Mark left a bruise on my arm from the cannula.",
            "Grace became the theme of the whole stay.",
            "Daisy patterned curtains in the bay.",
            "Patience was wearing thin by then.",
            "Lady was lovely on the phone, she helped.",
            "The amber light was on.",
            "Grace periods the same for everyone.",
            "Violet bruises all up my arm from the blood tests.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn ordinary_uses_of_the_same_words_are_left() {
        for text in [
            "Hope this helps.",
            "Will you call me back?",
            "The grace period was short.",
            "I will ask them to call.",
            "Faith helped me through it.",
            "In April she had her operation.",
            "The Young Persons service rang me.",
            "Without hope I would have gone home.",
            "i hope you said thanks",
            "It was a long wait but she was kind.",
            "Your Will said nothing about it.",
            "I waited too long on the night shift.",
            "Hope on the ward was in short supply.",
            "i was seen by a really nice lady who put my mind at rest",
            "Back in June rang the surgery 20 times.",
            "In April sat in A&E for nine hours.",
            "In May said they would call and never did.",
            "I had lost all Faith and she knows why.",
            "We need more Patience as he is old.",
            "I felt Joy when he woke up.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }
}
