//! Sayings in other languages that a comment quotes in Latin letters, and a few English
//! ones that end in a word that is also a surname ("touch wood", "come rain or shine", "by
//! and large"): greetings, thanks,
//! blessings, words of faith, toasts, words of endearment and the words other languages
//! have for a feeling ("the porter said Inshallah", "my aunt said JazakAllah khair", "the
//! physio says Ka pai", "Sat Sri Akal", "a bit of Hygge", "Iechyd da", "Mazel tov").
//! Capitalised and on no English word list, a saying's words read to the tagger as a name
//! ("Kia" and "Jai" are given names, "Krishna" a given name and a surname).
//!
//! A closed list, written from common knowledge of the languages patients in the UK
//! speak beside English, with and without their accents. A saying of two or more words
//! is read only as a whole ("Jai Shri Krishna", "Kia ora", "Go raibh maith agat"), so its
//! words may be names on their own: "Hari" and "Jai" alone stay names; and only with no
//! person around it, since some are full names too ("Hari Om on reception"). A saying of
//! one word is on no name list, the measuring rounds' included (a test checks): "Cariad",
//! "Jambo", "Karibu", "Aroha", "Bismillah" and "Sisu" are names somewhere and are left
//! out, as are sayings that read as a full name ("Sita Ram", "Ni Hao", "Xin Chao"). Words
//! of thanks and greeting of one word are listed in [`super::interjections`].

use super::cues::{cue_after, cue_before, is_relative, CueStrength, POSSESSIVES, ROLES};
use super::tagger::features::possessive_after;
use super::tokens::{listed_together, Gap, Shape, Token};
use super::vetoes::ADDRESS_WORDS;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The sayings, in lower case, their words separated by single spaces as the tokenizer
/// splits them (a test checks).
const SAYINGS: &[&str] = &[
    // English sayings that end in a word that is also a surname, read as names in a
    // comment without capitals ("touch wood, pauline", "come rain or shine, ronald").
    "touch wood",
    "rain or shine",
    "by and large",
    // "Fair's fair", its possessive left outside the first word's token.
    "fair fair",
    // Islam: words of faith, thanks and blessing said in Arabic by Muslims of every
    // language.
    "inshallah",
    "inshaallah",
    "insha'allah",
    "insha allah",
    "in sha allah",
    "mashallah",
    "mashaallah",
    "masha'allah",
    "masha allah",
    "alhamdulillah",
    "alhamdulilah",
    "alhamdulillaah",
    "alhamdolillah",
    "subhanallah",
    "subhan'allah",
    "subhan allah",
    "astaghfirullah",
    "jazakallah",
    "jazakallahu",
    "jazakallah khair",
    "jazakallahu khair",
    "jazakallahu khairan",
    "jazak allah",
    "jazak allah khair",
    "jazakallah khairan",
    "allahu akbar",
    "ya allah",
    "barakallah",
    "barakallahu feek",
    "assalamu alaikum",
    "assalamu alaykum",
    "as salamu alaykum",
    "salaam alaikum",
    "salam alaikum",
    "salaam aleikum",
    "salam aleikum",
    "wa alaikum salaam",
    "walaikum salaam",
    "walaikum assalam",
    "walaikumsalam",
    "khuda hafiz",
    "allah hafiz",
    "khoda hafez",
    "eid mubarak",
    "ramadan mubarak",
    "ramadan kareem",
    "jummah mubarak",
    "jumma mubarak",
    "yallah",
    "habibti",
    // Sikh, Hindu and Jain greetings and words of faith.
    "waheguru",
    "wahiguru",
    "waheguru ji",
    "waheguru ji ka khalsa",
    "waheguru ji ki fateh",
    "sat sri akal",
    "sat shri akal",
    "sat sri akaal",
    "jai shri krishna",
    "jai shree krishna",
    "jai sri krishna",
    "jai shri ram",
    "jai shree ram",
    "jai sri ram",
    "jai siya ram",
    "jai mata di",
    "jai jinendra",
    "jai swaminarayan",
    "hari om",
    "hare krishna",
    "hare rama",
    "om shanti",
    "om namah shivaya",
    "radhe radhe",
    "namaskar",
    "namaskaram",
    "vanakkam",
    "pranam",
    "pranaam",
    // Jewish.
    "mazel tov",
    "mazal tov",
    "shabbat shalom",
    "chag sameach",
    "baruch hashem",
    "toda raba",
    "todah rabah",
    "shana tova",
    "l'chaim",
    "oy vey",
    "oy vay",
    "chutzpah",
    // Christian, in Latin and other languages.
    "deo gratias",
    "kyrie eleison",
    "pax vobiscum",
    "dominus vobiscum",
    "dios mio",
    "dios mío",
    "mon dieu",
    // Africa: Swahili, Zulu, Akan, Yoruba, Igbo, Shona.
    "karibu sana",
    "asante sana",
    "habari",
    "habari gani",
    "hakuna matata",
    "pole pole",
    "pole sana",
    "sawubona",
    "ngiyabonga",
    "akwaaba",
    "medaase",
    "medaase paa",
    "ndewo",
    "ndatenda",
    "ubuntu",
    // The Pacific: Māori, Hawaiian, Tagalog.
    "kia ora",
    "ka pai",
    "kia kaha",
    "tena koe",
    "tēnā koe",
    "tena koutou",
    "tēnā koutou",
    "haere mai",
    "haere ra",
    "mauri ora",
    "whanau",
    "whānau",
    "mahalo",
    "kumusta",
    "salamat po",
    "maraming salamat",
    // Irish, Scottish Gaelic, Welsh and Cornish.
    "go raibh maith agat",
    "go raibh míle maith agat",
    "go raibh mile maith agat",
    "dia duit",
    "dia dhuit",
    "céad míle fáilte",
    "cead mile failte",
    "ceud mìle fàilte",
    "ceud mile failte",
    "sláinte",
    "slainte",
    "slàinte",
    "sláinte mhath",
    "slàinte mhath",
    "slainte mhath",
    "tapadh leat",
    "tapadh leibh",
    "ciamar a tha thu",
    "madainn mhath",
    "oidhche mhath",
    "mo ghràidh",
    "mo chroí",
    "craic",
    "iechyd da",
    "bore da",
    "nos da",
    "diolch yn fawr",
    "diolch o galon",
    "da iawn",
    "pob lwc",
    "cwtch",
    "hiraeth",
    "hwyl",
    "meur ras",
    // The north of Europe.
    "hygge",
    "lagom",
    "gezellig",
    "gezelligheid",
    "tusen takk",
    "tack så mycket",
    "tack sa mycket",
    "mange tak",
    "kiitos",
    "kiitos paljon",
    "skål",
    // The rest of Europe.
    "danke schön",
    "danke sehr",
    "vielen dank",
    "gute besserung",
    "alles gute",
    "gesundheit",
    "gemütlichkeit",
    "gemutlichkeit",
    "schadenfreude",
    "zeitgeist",
    "wanderlust",
    "merci beaucoup",
    "bon courage",
    "bonne chance",
    "bon appétit",
    "bon appetit",
    "joie de vivre",
    "muchas gracias",
    "buenos días",
    "buenos dias",
    "buenas noches",
    "mi amor",
    "grazie mille",
    "mamma mia",
    "dolce far niente",
    "muito obrigado",
    "muito obrigada",
    "bom dia",
    "saudade",
    "dziękuję bardzo",
    "dziekuje bardzo",
    "na zdrowie",
    "dzień dobry",
    "dzien dobry",
    "kochanie",
    "na zdorovie",
    "spasibo bolshoye",
    "köszönöm szépen",
    "koszonom szepen",
    "multumesc frumos",
    "mulțumesc frumos",
    "labai ačiū",
    "labai aciu",
    "liels paldies",
    "děkuji moc",
    "dekuji moc",
    "hvala lijepa",
    "faleminderit shumë",
    "faleminderit shume",
    "efharisto poli",
    "yia sou",
    "yia sas",
    "kalimera",
    "geçmiş olsun",
    "gecmis olsun",
    "kolay gelsin",
    "afiyet olsun",
    "çok teşekkürler",
    "cok tesekkurler",
    // Asia.
    "gong xi fa cai",
    "kung hei fat choi",
    "gung hay fat choy",
    "arigato",
    "arigatou",
    "arigato gozaimasu",
    "arigatou gozaimasu",
    "domo arigato",
    "konnichiwa",
    "ganbatte",
    "ikigai",
    "kamsahamnida",
    "gamsahamnida",
    "annyeonghaseyo",
    "cảm ơn",
    "sawasdee",
    "sawadee",
    "khop khun ka",
    "khop khun krap",
    // Everyday words of the languages patients and staff speak beside English, said in
    // a comment as they are said on a ward: thanks, greetings and farewells, wishes for
    // health and for a meal, toasts, praise and a birthday's song.
    // Chinese (Mandarin in pinyin, Cantonese).
    "xie xie",
    "xiexie",
    "xie xie ni",
    "ni hao ma",
    "zai jian",
    "zaijian",
    "jiayou",
    "gongxi",
    "gong xi",
    "man man chi",
    "sheng ri kuai le",
    "shengri kuaile",
    "xin nian kuai le",
    "m goi",
    "m goi saai",
    // Vietnamese, Thai, Malay and Indonesian, Japanese, Korean.
    "cam on nhieu",
    "xin chao ban",
    "tam biet",
    "chuc mung",
    "khob khun",
    "khob khun ka",
    "khob khun krub",
    "khop khun krub",
    "sabai dee",
    "sawasdee ka",
    "sawasdee krap",
    "terima kasih",
    "terima kasih banyak",
    "selamat pagi",
    "selamat datang",
    "selamat jalan",
    "selamat makan",
    "apa khabar",
    "jumpa lagi",
    "oyasumi",
    "oyasuminasai",
    "ohayo",
    "ohayou",
    "ohayo gozaimasu",
    "itadakimasu",
    "gochisousama",
    "otsukaresama",
    "gomen nasai",
    "kampai",
    "kanpai",
    "annyeong",
    "annyeonghi gaseyo",
    "saranghae",
    "hwaiting",
    "gomawo",
    "kamsahamida",
    // Tagalog and the Philippines.
    "ingat ka",
    "ingat kayo",
    "ingat po",
    "bahala na",
    "maraming salamat po",
    "magandang umaga",
    "magandang gabi",
    "kain tayo",
    "kain na",
    // South Asia: Hindi, Urdu, Punjabi, Bengali, Gujarati, Tamil, Nepali, Sinhala.
    "bahut shukriya",
    "bahut dhanyavaad",
    "theek hai",
    "thik hai",
    "accha",
    "achha",
    "jaldi theek ho jao",
    "khush raho",
    "jeete raho",
    "dhonnobaad",
    "nomoshkar",
    "kemon acho",
    "kem cho",
    "aavjo",
    "saru che",
    "romba nandri",
    "vanakkam amma",
    "namaste ji",
    "namaskar ji",
    "sat sri akaal ji",
    "bahut shukria",
    "khuda hafiz ji",
    "balle balle",
    "chak de phatte",
    "ayubowan",
    "bohoma sthuthi",
    // West Asia and Africa's horn: Arabic, Persian, Kurdish, Turkish, Somali, Amharic.
    "shukran jazeelan",
    "afwan",
    "marhaba",
    "ahlan wa sahlan",
    "ma'a salama",
    "ma salama",
    "sahtein",
    "sahteen",
    "bil hana wal shifa",
    "salamtak",
    "salamtik",
    "alf mabrouk",
    "kheili mamnoon",
    "merci merci",
    "khoda negahdar",
    "nooshe jan",
    "noush e jan",
    "sipas",
    "zor spas",
    "sag ol",
    "sağ ol",
    "sag olun",
    "sağ olun",
    "tesekkur ederim",
    "teşekkür ederim",
    "gule gule",
    "güle güle",
    "hos geldiniz",
    "hoş geldiniz",
    "hayirli olsun",
    "hayırlı olsun",
    "eline saglik",
    "eline sağlık",
    "iyi gunler",
    "iyi günler",
    "mahadsanid aad",
    "nabad gelyo",
    "iska warran",
    "amesegenallehu",
    "ameseginalehu",
    "tenayistilign",
    "yekenyeley",
    // Africa.
    "ayekoo",
    "ayeekoo",
    "medase",
    "me da wo ase",
    "akwaaba o",
    "e ku ise",
    "e kaaro",
    "e kaasan",
    "e kaale",
    "o dabo",
    "daalu nu",
    "kedu",
    "sannu da aiki",
    "ngiyabonga kakhulu",
    "hamba kahle",
    "sala kahle",
    "enkosi",
    "dankie",
    "baie dankie",
    "zikomo kwambiri",
    "mungu akubariki",
    "safari njema",
    "lala salama",
    "webale",
    "webale nyo",
    "murakoze",
    "mwaramutse",
    // The Caribbean.
    "likkle more",
    "lickle more",
    "wah gwaan",
    "wha gwaan",
    // Greek, Cypriot, Albanian, the Balkans.
    "efcharisto poli",
    "kali orexi",
    "kali orexh",
    "kalinichta",
    "kalinihta",
    "kalispera",
    "kali tichi",
    "kali tyhi",
    "perastika",
    "geia sou",
    "yamas",
    "yia mas",
    "opa opa",
    "xronia polla",
    "chronia polla",
    "mirupafshim",
    "hvala lijepo",
    "hvala vam",
    "zivjeli",
    "živjeli",
    "ziveli",
    "živeli",
    "dobar tek",
    "dovidjenja",
    "doviđenja",
    "nazdrave",
    // Poland, Czechia, Slovakia, the Baltic, Ukraine and Russia.
    "smacznego",
    "sto lat",
    "do widzenia",
    "trzymaj się",
    "trzymaj sie",
    "wszystkiego najlepszego",
    "zdrowia",
    "dobrou chut",
    "dobrou chuť",
    "na shledanou",
    "sveikas",
    "priekā",
    "prieka",
    "aitäh",
    "aitah",
    "terviseks",
    "spasiba",
    "bolshoye spasibo",
    "do svidaniya",
    "zdravstvuyte",
    "priyatnogo appetita",
    "bud zdorov",
    "bud zdorova",
    "diakuiu",
    "duzhe dyakuyu",
    "slava bohu",
    // Romania, Hungary, Moldova.
    "pofta buna",
    "poftă bună",
    "la multi ani",
    "la mulți ani",
    "noroc",
    "sanatate",
    "sănătate",
    "egeszsegedre",
    "egészségedre",
    "jo etvagyat",
    "jó étvágyat",
    // The west and north of Europe.
    "bom apetite",
    "boa sorte",
    "saúde",
    "tchau",
    "de nada",
    "buen provecho",
    "que aproveche",
    "hasta luego",
    "hasta mañana",
    "hasta manana",
    "feliz cumpleaños",
    "feliz cumpleanos",
    "que te mejores",
    "mejórate",
    "mejorate",
    "buon appetito",
    "buona fortuna",
    "ciao ciao",
    "arrivederci",
    "auguri",
    "cin cin",
    "tanti auguri",
    "merci bien",
    "bon rétablissement",
    "bon retablissement",
    "bonne santé",
    "bonne sante",
    "à bientôt",
    "a bientot",
    "santé",
    "bisous",
    "danke schon",
    "guten appetit",
    "guten tag",
    "auf wiedersehen",
    "tschüss",
    "tschuss",
    "alles gute zum geburtstag",
    "dank je",
    "dank je wel",
    "dank u wel",
    "eet smakelijk",
    "tot ziens",
    "lekker",
    "tak for mad",
    "mange tak for mad",
    "takk",
    "takk for maten",
    "smaklig måltid",
    "smaklig maltid",
    "god bedring",
    "hyvää ruokahalua",
    "hyvaa ruokahalua",
    "kippis",
    "moi moi",
    "heippa",
    "takk fyrir",
    "skál",
];

/// A saying's words and the place of one of them among them.
type SayingPlace = (Vec<&'static str>, usize);

/// The sayings split into their words, each listed under every word it holds, so that
/// a found name is matched only against the sayings its first word is in.
fn sayings_by_word() -> &'static HashMap<&'static str, Vec<SayingPlace>> {
    static BY_WORD: OnceLock<HashMap<&'static str, Vec<SayingPlace>>> = OnceLock::new();
    BY_WORD.get_or_init(|| {
        let mut by_word: HashMap<&'static str, Vec<SayingPlace>> = HashMap::new();
        for saying in SAYINGS {
            let words: Vec<&'static str> = saying.split(' ').collect();
            for (at, word) in words.iter().enumerate() {
                by_word.entry(word).or_default().push((words.clone(), at));
            }
        }
        by_word
    })
}

/// The first token and the number of words of the first saying, in the order of
/// [`SAYINGS`], that holds the tokens `first..=last`, its words joined by spaces alone,
/// or `None`.
fn saying_around(tokens: &[Token<'_>], first: usize, last: usize) -> Option<(usize, usize)> {
    let places = sayings_by_word().get(tokens[first].lower.as_str())?;
    // Each saying the span's first word is in, at each place it holds there.
    places.iter().find_map(|(words, at)| {
        let start = first.checked_sub(*at)?;
        let end = start + words.len() - 1;
        let fits = end >= last
            && end < tokens.len()
            && words
                .iter()
                .enumerate()
                .all(|(k, word)| tokens[start + k].lower.as_str() == *word)
            && (start + 1..=end).all(|k| tokens[k].gap == Gap::Space);
        fits.then_some((start, words.len()))
    })
}

/// Whether the word `lower` thanks or greets the person after it: a word of address of
/// the vetoes ([`ADDRESS_WORDS`]: "thanks", "hi", "shoutout"), or the "u" or "you" of
/// "thank u Hari Om", "thank you Hari Om".
fn thanks_or_greets(lower: &str) -> bool {
    ADDRESS_WORDS.contains(&lower) || matches!(lower, "u" | "you")
}

/// Verbs of saying that take the one spoken to before what is said: "told my dad
/// Salamtak", "wished the nurse Smacznego", "said to my nan Perastika". Not "called",
/// which names ("called my mum Habibti" may be a nickname).
const SPEECH_VERBS: &[&str] = &[
    "said",
    "say",
    "says",
    "saying",
    "told",
    "tell",
    "tells",
    "telling",
    "wished",
    "wish",
    "wishes",
    "wishing",
    "greeted",
    "greet",
    "greets",
    "greeting",
    "taught",
    "teach",
    "teaches",
    "teaching",
    "sang",
    "sing",
    "sings",
    "singing",
    "shouted",
    "whispered",
    "replied",
    "answered",
];

/// Whether a saying starting at token `start` follows the one it is said to, a relative or
/// role owned or with an article, after a verb of saying ([`SPEECH_VERBS`], "to"
/// perhaps between): the relative or role is then no cue for a name.
fn spoken_to(tokens: &[Token<'_>], start: usize) -> bool {
    if start < 3 || !(start - 2..=start).all(|k| tokens[k].gap == Gap::Space) {
        return false;
    }
    let word = |k: usize| tokens[k].lower.as_str();
    let listener = is_relative(word(start - 1)) || ROLES.contains(&word(start - 1));
    let owner = POSSESSIVES.contains(&word(start - 2)) || ["the", "a"].contains(&word(start - 2));
    let verb = if word(start - 3) == "to" && start >= 4 && tokens[start - 3].gap == Gap::Space {
        start - 4
    } else {
        start - 3
    };
    listener && owner && SPEECH_VERBS.contains(&word(verb))
}

/// Verbs a person does right after their name ("Kia Ora was great", "Hari Om said").
const PERSON_AFTER: &[&str] = &[
    "was",
    "is",
    "were",
    "are",
    "has",
    "had",
    "did",
    "does",
    "said",
    "says",
    "came",
    "stayed",
    "helped",
    "made",
    "gave",
    "took",
    "looked",
    "explained",
    "listened",
    "rang",
];

/// Whether the tokens `first..=last` lie inside a saying in another language
/// ([`SAYINGS`]) said, not a person so named: no title or role right before the saying
/// ("Dr Lagom", "nurse Hygge", "Paramedic Hari Om" are people), unless a possessive makes
/// the role its owner ("the porter's Go raibh maith agat") or the role or relative is the
/// one it is said to ([`spoken_to`]: "Dad told my mum Smacznego"). A saying of several
/// words, which may be a person's full name as well, must also stand with no cue before
/// it but a weak one ("to Hari Om"; not "thanks to Hari Om"), or a role's or relative's
/// where it is written as a phrase ("brought my father Afiyet olsun"); no word of thanks
/// or greeting right before it ("thank u Hari Om"), no role or place after it ("Hari Om
/// on reception", "Xin Chao the student nurse") nor a verb a person does ("Kia Ora was
/// great"); and not be listed with a found name (`found`: "the crew, Hari Om and
/// Leanne") that is not itself a saying said ("Kia ora and Mazel tov").
pub(crate) fn is_a_saying(
    text: &str,
    tokens: &[Token<'_>],
    found: &[(usize, usize)],
    first: usize,
    last: usize,
) -> bool {
    saying_said(text, tokens, first, last).is_some_and(|(start, end)| {
        is_english_saying(tokens, start, end)
            || !listed_with_a_name(text, tokens, found, start, end)
    })
}

/// The English sayings of [`SAYINGS`]: a name after one is the one spoken to, not a
/// name listed with it ("touch wood, pauline, if the door plaque is right").
const ENGLISH_SAYINGS: &[&str] = &["touch wood", "rain or shine", "by and large", "fair fair"];

/// Whether the saying at tokens `start..=end` is one of [`ENGLISH_SAYINGS`].
fn is_english_saying(tokens: &[Token<'_>], start: usize, end: usize) -> bool {
    ENGLISH_SAYINGS.iter().any(|saying| {
        saying.split(' ').count() == end - start + 1
            && saying
                .split(' ')
                .zip(&tokens[start..=end])
                .all(|(word, token)| token.lower.as_str() == word)
    })
}

/// The saying `start..=end` around the tokens `first..=last` if it is read as said by
/// everything [`is_a_saying`] reads but the names listed with it.
fn saying_said(
    text: &str,
    tokens: &[Token<'_>],
    first: usize,
    last: usize,
) -> Option<(usize, usize)> {
    let (start, words) = saying_around(tokens, first, last)?;
    let end = start + words - 1;
    // What a role owns is no person: "the porter's Go raibh maith agat".
    let owned = start > 0 && possessive_after(text, tokens[start - 1].end);
    let cue = cue_before(tokens, start).filter(|_| !owned && !spoken_to(tokens, start));
    if words == 1 {
        return cue
            .is_none_or(|c| c < CueStrength::Role)
            .then_some((start, end));
    }
    let thanked = start > 0
        && tokens[start].gap == Gap::Space
        && thanks_or_greets(tokens[start - 1].lower.as_str());
    let person_after = tokens
        .get(end + 1)
        .is_some_and(|next| next.gap == Gap::Space && PERSON_AFTER.contains(&next.lower.as_str()));
    // Written as a phrase, its first word capitalised and a later one in small letters
    // ("brought my father Afiyet olsun"), the saying is no name even after a role or
    // relative; thanks ("thanks to Hari om") and a title still say a name.
    let written_as_a_phrase = tokens[start].shape == Shape::Capitalised
        && (start + 1..=end).any(|k| tokens[k].shape == Shape::Lower);
    let said = cue
        .is_none_or(|c| c == CueStrength::Weak || (written_as_a_phrase && c == CueStrength::Role))
        && !thanked
        && cue_after(tokens, end).is_none()
        && !person_after;
    said.then_some((start, end))
}

/// Whether a found name of `found` is listed with the saying `start..=end`, right after
/// or right before it ([`listed_together`]: "and", "or", a comma, "&"), and is not itself
/// a saying said ("Kia ora and Mazel tov"; but "Dr Kia Ora and Hari Om" are people).
fn listed_with_a_name(
    text: &str,
    tokens: &[Token<'_>],
    found: &[(usize, usize)],
    start: usize,
    end: usize,
) -> bool {
    found.iter().any(|&(first, last)| {
        ((first > end && listed_together(text, tokens, end, first))
            || (last < start && listed_together(text, tokens, last, start)))
            && saying_said(text, tokens, first, last).is_none()
    })
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// Whether the tagger-free reading finds the words `words` (a span of `text`, by
    /// its text) inside a saying.
    fn said(text: &str, words: &str) -> bool {
        let tokens = tokenize(text);
        let first = tokens
            .iter()
            .position(|t| text[t.start..].starts_with(words))
            .expect("the words are in the text");
        let last = tokens
            .iter()
            .rposition(|t| text[..t.end].ends_with(words))
            .expect("the words are in the text");
        is_a_saying(text, &tokens, &[], first, last)
    }

    #[test]
    fn english_sayings_ending_in_a_surname_are_sayings() {
        assert!(said(
            "touch wood, pauline, if the door plaque is right",
            "wood"
        ));
        assert!(said("come rain or shine, ronald, was there", "shine"));
        assert!(said("by and large, amy was kind", "large"));
        assert!(said(
            "fair's fair, the specialist nurse, oniniaina was kind",
            "fair"
        ));
        // A name after an English saying is the one spoken to, not listed with it.
        let text = "touch wood, pauline, if the door plaque is right";
        let tokens = tokenize(text);
        assert!(is_a_saying(text, &tokens, &[(2, 2)], 1, 1));
        // The word alone is no saying.
        assert!(!said("thanks to wood for the care", "wood"));
    }

    #[test]
    fn each_saying_is_split_as_the_tokenizer_splits_it() {
        for saying in SAYINGS {
            let tokens = tokenize(saying);
            let lowers: Vec<&str> = tokens.iter().map(|t| t.lower.as_str()).collect();
            let words: Vec<&str> = saying.split(' ').collect();
            assert_eq!(lowers, words, "{saying}");
        }
    }

    #[test]
    fn sayings_and_their_parts_are_found() {
        assert!(said(
            "the Gujarati grannies light up when a nurse says Jai Shri Krishna, so",
            "Shri Krishna"
        ));
        assert!(said("when a nurse says Jai Shri Krishna, so", "Jai"));
        assert!(said(
            "Milijada greeted my nani with Sat Sri Akal, and",
            "Sri Akal"
        ));
        assert!(said(
            "the porter's Go raibh maith agat to every patient",
            "Go"
        ));
        assert!(said("my aunt said JazakAllah khair to every", "JazakAllah"));
        assert!(said("and said Iechyd da, because", "Iechyd"));
        assert!(said("greets every patient with Kia ora, and", "Kia ora"));
        assert!(said(
            "the rehab team has a bit of Hygge about them",
            "Hygge"
        ));
        assert!(said("said Inshallah to my dad", "Inshallah"));
        assert!(said(
            "a quiet room where families can say SubhanAllah or",
            "SubhanAllah"
        ));
        // A role that owns the saying ('s) is no cue; a role before it is, unless the
        // saying is written as a phrase.
        assert!(said("the Irish porter's Go raibh maith agat to", "Go"));
        assert!(said("the Irish porter Go raibh maith agat to", "Go"));
        assert!(!said("the Irish porter Go Raibh Maith Agat to", "Go"));
        // "&" lists the saying with a name as "and" does.
        let text = "The crew, Hari Om & Leanne, were kind";
        let tokens = tokenize(text);
        assert!(!is_a_saying(text, &tokens, &[(4, 4)], 2, 3));
        // Thanks closed by a stop is no thanks to the saying.
        assert!(said("Thanks. Kia ora from all of us", "Kia ora"));
    }

    #[test]
    fn parts_alone_and_names_after_a_title_are_not_sayings() {
        // A part of a saying of several words is no saying alone.
        assert!(!said("Jai on the front desk was kind", "Jai"));
        assert!(!said("Kia was my nurse", "Kia"));
        assert!(!said("Hari stayed late", "Hari"));
        assert!(!said("Krishna Patel rang me back", "Krishna"));
        // A break inside the words makes no saying.
        assert!(!said("Jai. Shri Krishna rang", "Shri Krishna"));
        // A title or role before the saying keeps a person.
        assert!(!said("Dr Lagom saw me", "Lagom"));
        assert!(!said("thanks to nurse Hygge on nights", "Hygge"));
    }

    #[test]
    fn no_saying_of_one_word_is_a_name_on_any_list() {
        // Every name list, the measuring rounds' training lists included.
        let names = super::super::lexicon::every_listed_name();
        let listed: Vec<&str> = SAYINGS
            .iter()
            .copied()
            .filter(|s| !s.contains(' ') && names.contains(*s))
            .collect();
        assert!(listed.is_empty(), "listed as names: {listed:?}");
    }

    #[test]
    fn a_saying_of_several_words_with_a_person_around_it_is_a_name() {
        assert!(!said("Paramedic Hari Om was lovely", "Hari Om"));
        assert!(!said("Big thanks to Hari Om for the care", "Hari Om"));
        assert!(!said("thank u hari om", "hari om"));
        assert!(!said("Kia Ora was great with my mum", "Kia Ora"));
        assert!(!said("Hari Om on reception sorted it", "Hari Om"));
        // Written as a phrase, a capital only at its start: the saying, even after a
        // relative; never after a title.
        assert!(said(
            "Jerry brought my father Afiyet olsun at lunch",
            "Afiyet olsun"
        ));
        assert!(!said("my father Hari Om on Tuesday", "Hari Om"));
        assert!(!said("Huge thanks to Hari om for everything", "Hari om"));
        assert!(!said("we saw Dr Xie xie twice", "Xie xie"));
        // A relative or role spoken to before the saying is no cue for a name.
        assert!(said("Dad told my mum Smacznego every night", "Smacznego"));
        assert!(said(
            "she said to the nurse Perastika as she left",
            "Perastika"
        ));
        assert!(said(
            "He wished my dad Alles Gute zum Geburtstag on the ward",
            "Alles Gute zum Geburtstag"
        ));
        assert!(!said("visiting my dad Smacznego today", "Smacznego"));
        let text = "The crew, Hari Om and Leanne, were kind";
        let tokens = tokenize(text);
        // "Leanne" (token 5) found: Hari Om (tokens 2-3) is listed with her.
        assert!(!is_a_saying(text, &tokens, &[(5, 5)], 2, 3));
        assert!(is_a_saying(text, &tokens, &[], 2, 3));
        // Listed with another saying, it is still a saying.
        let text = "The porters said Kia ora and Mazel tov to us all";
        let tokens = tokenize(text);
        assert!(is_a_saying(text, &tokens, &[(3, 4), (6, 7)], 3, 4));
        assert!(is_a_saying(text, &tokens, &[(3, 4), (6, 7)], 6, 7));
        // Listed with a saying that is a person's name here, it is a name too.
        let text = "Huge thanks to Dr Kia Ora and Hari Om for everything";
        let tokens = tokenize(text);
        assert!(!is_a_saying(text, &tokens, &[(4, 5), (7, 8)], 7, 8));
    }
}
