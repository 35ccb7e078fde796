//! `<place>`, `<street>`, `<saint>` and `<surname>` are look-alikes drawn from the town
//! list, street words, given names and surnames (a hospital named after a saint, or a
//! centre named after a family, is a place, not a person). `<KIND:text>` marks `text` as a
//! look-alike of the kind `KIND` (one of [`DECOY_KINDS`], e.g. `<WARD:Ward 7>`), and
//! `<KIND:*>` draws a value of that kind (a time, a sum of money, a bed number...).
//!
//! Fills one template: names and identifiers drawn from a seeded generator, with the
//! byte span and type of everything that must be redacted and of every look-alike.

use rand::seq::SliceRandom;
use rand::Rng;

use super::names::NamePool;
use crate::ingest::calendar::days_from_civil;

/// A span of a filled template: byte offsets (end exclusive) and a gold type or decoy kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marked {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// `PERSON`, `PHONE_NUMBER`... or, for a decoy, `LOOKALIKE` or one of [`DECOY_KINDS`].
    pub label: &'static str,
}

/// A filled template.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filled {
    /// The sentence.
    pub text: String,
    /// What must be redacted.
    pub spans: Vec<Marked>,
    /// What must be left.
    pub decoys: Vec<Marked>,
}

const TITLES: &[&str] = &[
    "Dr", "Dr", "Mr", "Mrs", "Ms", "Miss", "Nurse", "Sister", "Doctor",
];
const ROLES: &[&str] = &[
    "nurse",
    "doctor",
    "paramedic",
    "receptionist",
    "physio",
    "midwife",
    "porter",
    "consultant",
    "HCA",
    "carer",
    "healthcare assistant",
    "student nurse",
];
const PLURAL_ROLES: &[&str] = &[
    "nurses",
    "paramedics",
    "doctors",
    "carers",
    "midwives",
    "physios",
    "porters",
    "HCAs",
];
const RELATIVES: &[&str] = &[
    "husband",
    "wife",
    "partner",
    "son",
    "daughter",
    "mum",
    "dad",
    "mother",
    "father",
    "brother",
    "sister",
    "nan",
    "grandad",
    "granddaughter",
    "grandson",
    "aunt",
    "uncle",
    "friend",
    "neighbour",
];
const STREET_WORDS: &[&str] = &[
    "Otley",
    "Mill",
    "Church",
    "Station",
    "Chapel",
    "Manor",
    "Oak",
    "Elm",
    "Beech",
    "Ash",
    "Grange",
    "Park",
    "Meadow",
    "Bridge",
    "Kings",
    "Queens",
    "Albert",
    "Castle",
    "Forest",
    "Hollin",
    "Wharf",
    "Tanner",
    "Cross",
    "Broad",
    "Netherfield",
    "Harewood",
    "Moor",
];
const STREET_SUFFIXES: &[&str] = &[
    "Road", "Street", "Lane", "Avenue", "Close", "Drive", "Way", "Crescent", "Terrace", "Grove",
    "Gardens",
];
const POSTCODES: &[&str] = &[
    "GIR 0AA", "GIR0AA", "LS1 4AP", "SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT",
    "NG7 2UH", "LE1 5WW", "S10 2TN", "EH1 1YZ", "CF10 3AT", "BT1 5GS", "LS62AB", "w1a 0ax",
];

/// Towns and cities from `lexicons/pii/towns.txt`, capitalised, parsed once.
fn towns() -> &'static [String] {
    static TOWNS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    TOWNS.get_or_init(|| {
        crate::redact::lexicon::entries(crate::redact::lexicon::TOWNS)
            .into_iter()
            .map(|t| {
                t.split(' ')
                    .map(|w| {
                        let mut c = w.chars();
                        c.next()
                            .map(|f| f.to_uppercase().chain(c).collect::<String>())
                            .unwrap_or_default()
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    })
}

/// A valid NHS number (Modulus 11), spaced 3-3-4 or unspaced.
fn nhs_number(rng: &mut impl Rng) -> String {
    loop {
        let digits: Vec<u32> = (0..9).map(|_| rng.gen_range(0..10)).collect();
        let sum: u32 = digits
            .iter()
            .enumerate()
            .map(|(i, d)| d * (10 - i as u32))
            .sum();
        let check = (11 - sum % 11) % 11;
        if check == 10 {
            continue;
        }
        let s: String = digits
            .iter()
            .chain(std::iter::once(&check))
            .map(|d| char::from_digit(*d, 10).unwrap_or('0'))
            .collect();
        return if rng.gen_bool(0.5) {
            format!("{} {} {}", &s[..3], &s[3..6], &s[6..])
        } else {
            s
        };
    }
}

fn phone(rng: &mut impl Rng) -> String {
    let n = rng.gen_range(0..1000);
    match rng.gen_range(0..4) {
        0 => format!("07700 900{n:03}"),
        1 => format!("0113 496 0{n:03}"),
        2 => format!("+44 7700 900{n:03}"),
        _ => format!("020 7946 0{n:03}"),
    }
}

/// Month names as people write them in a date of birth.
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date of birth in one of the ways people write one (04/06/1984, 4.6.84, 4 June 1984,
/// 4th June 1984): the fourteenth round's style.
fn date_of_birth(rng: &mut impl Rng) -> String {
    let day = rng.gen_range(1..29);
    let month = rng.gen_range(1..13usize);
    let year = rng.gen_range(1925..2024);
    let name = MONTHS[month - 1];
    match rng.gen_range(0..4) {
        0 => format!("{day:02}/{month:02}/{year}"),
        1 => format!("{day}.{month}.{:02}", year % 100),
        2 => format!("{day} {name} {year}"),
        _ => format!("{day}th {name} {year}"),
    }
}

/// The parts of a date of birth the written slots (`{dobw}` to `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`) draw first, in
/// this order: a day (1-28), a month and a year (1925-2023), with the month's name, its
/// three-letter short form and the day's ordinal suffix.
struct DateParts {
    day: usize,
    month: usize,
    year: i32,
    name: &'static str,
    short: &'static str,
    ordinal: &'static str,
}

impl DateParts {
    /// `form` with each part it names in braces written out ("{day:02}/{month:02}").
    fn fill(&self, form: &str) -> String {
        let mut out = String::new();
        let mut rest = form;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let close = open + rest[open..].find('}').expect("a form closes its braces");
            out.push_str(&self.part(&rest[open + 1..close]));
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
        out
    }

    /// One part of the date by the name a form gives it: the day, month and year (with
    /// `:02` for two digits, `yy` for the year's last two), the month's name, short form
    /// and Roman numeral and the day's ordinal suffix, in capitals when named in capitals
    /// (and the name and short form in small letters when named with an `l` before), the
    /// day as an ordinal word (`dayword`: "third", "twenty-first"), the day of the week the
    /// date fell on (`weekday`: "Tuesday", and its short form `wkshort`: "Tue"), the year
    /// in words (`yearword`: "nineteen fifty-six") and the day, month and year with a space
    /// between their digits, as copied from a form's boxes (`boxday`: "0 3", `boxmonth`:
    /// "0 9", `boxyear`: "1 9 5 6", and the year's last two figures so, `boxyy`: "5 6"),
    /// the month's number as an ordinal word (`monthword`: "ninth"), the month's short form
    /// with a full stop where it is shortened, as a British style guide writes it
    /// (`dotshort`: "Sept.", "Jan.", but "May", "June" and "July" whole), the day as an
    /// ordinal word with a capital, as it opens a line (`Dayword`: "Third"), the day's
    /// ordinal suffix in raised letters, as a word processor sets it and a copy keeps it
    /// (`supord`: "ʳᵈ"), the day, month and year in the full-width digits a Chinese or
    /// Japanese keyboard types (`wideday`: "０３", `widemonth`: "０９", `wideyear`: "１９５６"),
    /// the year of the Japanese era the date fell in, the era's initial before it, as a
    /// Japanese form writes a date of birth (`wareki`: "S31", the thirty-first year of
    /// Showa), and the month's name in Welsh, as a bilingual NHS Wales form gives it
    /// (`welshname`: "Medi"), and in Spanish, in small letters as Spanish writes it
    /// (`spanishname`: "septiembre"), the month's name in French, in small letters as
    /// French writes it (`frenchname`: "septembre"), and in Irish, as a bilingual Irish
    /// form gives it (`irishname`: "Meán Fómhair"), the year of the Thai Buddhist era, as
    /// a Thai identity card writes it (`buddhistyear`: "2499"), and the year of the
    /// Republic of China's calendar, as a Taiwanese identity card writes it (`minguo`:
    /// "45"), the month's name in Italian and in Portuguese, in small letters as those
    /// languages write it (`italianname`: "settembre", `portuguesename`: "setembro"), in
    /// Polish and in Russian, in the genitive a date takes (`polishname`: "września",
    /// `russianname`: "сентября"), the day, month and year in the Arabic-Indic digits an
    /// Arabic form writes (`arabicday`: "٠٣", `arabicmonth`: "٠٩", `arabicyear`: "١٩٥٦"),
    /// the Japanese era's name in kanji with its year, the first year written 元
    /// (`warekikanji`: "昭和31"), the day of the year, as an ISO ordinal date gives it
    /// (`yday:03`: "247"), and the spreadsheet serial number of the date, as a date cell
    /// pasted without its format shows it (`excelserial`: "20701"), the month's name in
    /// Turkish (`turkishname`: "Eylül"), in Greek and in Lithuanian, in the genitive a date
    /// takes (`greekname`: "Σεπτεμβρίου", `lithuanianname`: "rugsėjo"), and in Hungarian, in
    /// small letters (`hungarianname`: "szeptember"), the year, month and day of the
    /// Iranian (Solar Hijri) calendar, as an Iranian birth certificate gives them
    /// (`jalaliyear`: "1335", `jalalimonth:02`: "06", `jalaliday:02`: "12"), the day, month
    /// and year in the Devanagari digits a Nepali or Hindi form writes (`devaday`: "०३",
    /// `devamonth`: "०९", `devayear`: "१९५६"), and the date as Unix time, the seconds from
    /// 1 January 1970 to its midnight, as a system's export gives a date field
    /// (`unixtime`: "-420595200"), the month's name in Czech and in Ukrainian, in the
    /// genitive a date takes (`czechname`: "září", `ukrainianname`: "вересня"), in Finnish,
    /// in the partitive a date takes (`finnishname`: "syyskuuta"), in Romanian and in Thai
    /// (`romanianname`: "septembrie", `thainame`: "กันยายน"), and in Catalan with the "de" or
    /// "d'" before it (`catalanname`: "de setembre", "d'abril"), the year, month and day in
    /// Chinese numerals, as a Chinese form writes a date (`hanziyear`: "一九五六",
    /// `hanzimonth`: "九", `hanziday`: "三"), and the date as a SAS or Stata date value, the
    /// days from 1 January 1960, as a research data set exports a date field (`sasdate`:
    /// "-1215"), the month's name in German, with its capital (`germanname`:
    /// "September", "März"), in Albanian, in small letters (`albanianname`: "shtator"), in
    /// Bulgarian (`bulgarianname`: "септември") and in Latvian, in the locative a Latvian
    /// date takes (`latvianname`: "septembrī"), the day, month and year of the Ethiopian
    /// calendar, as an Ethiopian identity card or birth certificate writes a date
    /// (`ethday:02`: "28", `ethmonth:02`: "12", `ethyear`: "1948"), and of the tabular
    /// Islamic (Hijri) calendar, as a Saudi or Gulf document writes a date of birth
    /// (`hijriyear`: "1376", `hijrimonth:02`: "01", `hijriday:02`: "27"), the month's name
    /// in Croatian, in the genitive a date takes (`croatianname`: "rujna"), in Hebrew
    /// (`hebrewname`: "ספטמבר") and in Hindi (`hindiname`: "सितंबर"), the day and year of
    /// the Iranian (Solar Hijri) calendar in the Persian digits an Iranian document writes
    /// and the month's Persian name (`persianday`: "۱۲", `persianmonthname`: "شهریور",
    /// `persianyear`: "۱۳۳۵"), the day, month and year in the Bengali digits a Bangladeshi
    /// form writes (`bengaliday`: "০৩", `bengalimonth`: "০৯", `bengaliyear`: "১৯৫৬"), the
    /// year, week and weekday of the ISO 8601 week date (`isoweekyear`: "1956",
    /// `isoweek:02`: "36", `isoweekday`: "1"), the date as milliseconds of Unix time,
    /// as a .NET JSON serialiser writes a date (`unixms`: "-420595200000"), the month's
    /// name in Norwegian (`norwegianname`: "september"), in Armenian, in the genitive a
    /// date takes (`armenianname`: "սեպտեմբերի"), in Georgian (`georgianname`:
    /// "სექტემბერი"), in Kazakh (`kazakhname`: "қыркүйек") and in Uzbek, in Latin
    /// letters (`uzbekname`: "sentabr"), and the day, month and Thai Buddhist year in the
    /// Thai digits a Thai document writes (`thaiday`: "๓", `thaimonth`: "๙", `thaiyear`:
    /// "๒๔๙๙"), the month's name in Slovak, in the genitive a date takes (`slovakname`:
    /// "septembra"), in Serbian, in Cyrillic letters (`serbianname`: "септембар"), in Tamil
    /// (`tamilname`: "செப்டம்பர்"), in Swahili (`swahiliname`: "Septemba") and in Maltese
    /// (`maltesename`: "Settembru"), and the day, month and year in the Myanmar digits a
    /// Burmese document writes (`myanmarday`: "၃", `myanmarmonth`: "၉", `myanmaryear`:
    /// "၁၉၅၆"), the month's name in Basque, in the genitive a date takes (`basquename`:
    /// "irailaren"), in Belarusian, in the genitive a date takes (`belarusianname`:
    /// "верасня"), in Filipino (`filipinoname`: "Setyembre") and in Malagasy
    /// (`malagasyname`: "Septambra"), and the day, month and year in the Khmer digits a
    /// Cambodian document writes (`khmerday`: "០៣", `khmermonth`: "០៩", `khmeryear`:
    /// "១៩៥៦"), the month's name in Urdu (`urduname`: "ستمبر"), the day, month and year in
    /// the Gujarati digits a Gujarati document writes (`gujaratiday`: "૦૩", `gujaratimonth`:
    /// "૦૯", `gujaratiyear`: "૧૯૫૬"), the month, day and year of the Indian national (Saka)
    /// calendar, as the Gazette of India writes them (`sakamonth`: "Bhadra", `sakaday`:
    /// "12", `sakayear`: "1878"), the year of the Korean Dangi era, as a South Korean
    /// document of the years that era was the official one writes it (`dangiyear`:
    /// "4289"), the month's name in Scottish Gaelic, in the form a date takes
    /// (`gaelicname`: "dhen t-Sultain"), and in Maori (`maoriname`: "Hepetema"), and the
    /// day padded to two places with a space, as C's asctime prints it (`spaceday`: " 3"),
    /// and the month's name in Azerbaijani (`azerbaijaniname`: "sentyabr"), in Lao
    /// (`laoname`: "ກັນຍາ"), in Telugu (`teluguname`: "సెప్టెంబర్"), in Malayalam
    /// (`malayalamname`: "സെപ്റ്റംബർ"), in Hawaiian (`hawaiianname`: "Kepakemapa") and in
    /// Cornish, in the form a date takes (`cornishname`: "mis Gwynngala"), and the month's
    /// name in Punjabi, in Gurmukhi letters (`punjabiname`: "ਸਤੰਬਰ"), in Kannada
    /// (`kannadaname`: "ಸೆಪ್ಟೆಂಬರ್"), in Hausa (`hausaname`: "Satumba"), in Somali
    /// (`somaliname`: "Sebtembar"), in Zulu (`zuluname`: "Septhemba") and in Kyrgyz
    /// (`kyrgyzname`: "сентябрь"), and the month's name in Marathi (`marathiname`:
    /// "सप्टेंबर"), in Nepali (`nepaliname`: "सेप्टेम्बर"), in Amharic (`amharicname`:
    /// "ሴፕቴምበር"), in Odia (`odianame`: "ସେପ୍ଟେମ୍ବର") and in Breton (`bretonname`:
    /// "Gwengolo"), and the date's Julian day number, the days since the Julian period
    /// began, as Ruby's Date inspects itself (`jdn`: "2435720"), and the month's name in
    /// Tigrinya (`tigrinyaname`: "መስከረም"), in Turkmen (`turkmenname`: "sentýabr"), in
    /// Tatar (`tatarname`: "сентябрь") and in Pashto (`pashtoname`: "سېپتمبر"), and the
    /// month's name in Sinhala (`sinhalaname`: "බිනර"), in Yoruba (`yorubaname`: "Oṣù
    /// Owewe"), in Tajik (`tajikname`: "Сентябр") and in Uyghur (`uyghurname`: "سېنتەبىر"),
    /// and the month's name in Gujarati (`gujaratiname`: "સપ્ટેમ્બર"), in Bengali
    /// (`bengaliname`: "সেপ্টেম্বর"), in Khmer (`khmername`: "កញ្ញា") and in Central
    /// Kurdish, Sorani (`soraniname`: "ئەیلوول"),
    /// and the month's name in Dutch (`dutchname`: "september"), in Swedish
    /// (`swedishname`: "september"), in Indonesian (`indonesianname`: "September") and in
    /// Malay (`malayname`: "September").
    fn part(&self, name: &str) -> String {
        let roman = ROMAN_MONTHS[self.month - 1];
        match name {
            "day" => self.day.to_string(),
            "day:02" => format!("{:02}", self.day),
            "month" => self.month.to_string(),
            "month:02" => format!("{:02}", self.month),
            "year" => self.year.to_string(),
            "yy:02" => format!("{:02}", self.year % 100),
            "name" => self.name.to_string(),
            "NAME" => self.name.to_uppercase(),
            "short" => self.short.to_string(),
            "SHORT" => self.short.to_uppercase(),
            "ordinal" => self.ordinal.to_string(),
            "ORDINAL" => self.ordinal.to_uppercase(),
            "roman" => roman.to_string(),
            "ROMAN" => roman.to_uppercase(),
            "lname" => self.name.to_lowercase(),
            "lshort" => self.short.to_lowercase(),
            "dayword" => DAY_WORDS[self.day - 1].to_string(),
            "weekday" => WEEKDAYS[self.weekday()].to_string(),
            "yearword" => year_in_words(self.year),
            "wkshort" => WEEKDAYS[self.weekday()][..3].to_string(),
            "boxday" => spaced_digits(&format!("{:02}", self.day)),
            "boxmonth" => spaced_digits(&format!("{:02}", self.month)),
            "boxyear" => spaced_digits(&self.year.to_string()),
            "boxyy" => spaced_digits(&format!("{:02}", self.year % 100)),
            "monthword" => DAY_WORDS[self.month - 1].to_string(),
            "dotshort" => DOTTED_MONTHS[self.month - 1].to_string(),
            "Dayword" => capitalised(DAY_WORDS[self.day - 1]),
            "supord" => raised(self.ordinal),
            "wideday" => in_script_digits(&format!("{:02}", self.day), FULL_WIDTH_ZERO),
            "widemonth" => in_script_digits(&format!("{:02}", self.month), FULL_WIDTH_ZERO),
            "wideyear" => in_script_digits(&self.year.to_string(), FULL_WIDTH_ZERO),
            "wareki" => japanese_era_year(self.year, self.month, self.day),
            "welshname" => WELSH_MONTHS[self.month - 1].to_string(),
            "spanishname" => SPANISH_MONTHS[self.month - 1].to_string(),
            "frenchname" => FRENCH_MONTHS[self.month - 1].to_string(),
            "irishname" => IRISH_MONTHS[self.month - 1].to_string(),
            "buddhistyear" => thai_buddhist_year(self.year, self.month).to_string(),
            "minguo" => (self.year - 1911).to_string(),
            "italianname" => ITALIAN_MONTHS[self.month - 1].to_string(),
            "portuguesename" => PORTUGUESE_MONTHS[self.month - 1].to_string(),
            "polishname" => POLISH_MONTHS[self.month - 1].to_string(),
            "russianname" => RUSSIAN_MONTHS[self.month - 1].to_string(),
            "arabicday" => in_script_digits(&format!("{:02}", self.day), ARABIC_INDIC_ZERO),
            "arabicmonth" => in_script_digits(&format!("{:02}", self.month), ARABIC_INDIC_ZERO),
            "arabicyear" => in_script_digits(&self.year.to_string(), ARABIC_INDIC_ZERO),
            "warekikanji" => japanese_era_in_kanji(self.year, self.month, self.day),
            "yday:03" => format!("{:03}", self.day_of_year()),
            "excelserial" => self.spreadsheet_serial().to_string(),
            "turkishname" => TURKISH_MONTHS[self.month - 1].to_string(),
            "greekname" => GREEK_MONTHS[self.month - 1].to_string(),
            "hungarianname" => HUNGARIAN_MONTHS[self.month - 1].to_string(),
            "lithuanianname" => LITHUANIAN_MONTHS[self.month - 1].to_string(),
            "jalaliyear" => self.persian().0.to_string(),
            "jalalimonth:02" => format!("{:02}", self.persian().1),
            "jalaliday:02" => format!("{:02}", self.persian().2),
            "devaday" => in_script_digits(&format!("{:02}", self.day), DEVANAGARI_ZERO),
            "devamonth" => in_script_digits(&format!("{:02}", self.month), DEVANAGARI_ZERO),
            "devayear" => in_script_digits(&self.year.to_string(), DEVANAGARI_ZERO),
            "unixtime" => self.unix_time().to_string(),
            "czechname" => CZECH_MONTHS[self.month - 1].to_string(),
            "ukrainianname" => UKRAINIAN_MONTHS[self.month - 1].to_string(),
            "finnishname" => FINNISH_MONTHS[self.month - 1].to_string(),
            "romanianname" => ROMANIAN_MONTHS[self.month - 1].to_string(),
            "thainame" => THAI_MONTHS[self.month - 1].to_string(),
            "catalanname" => CATALAN_MONTHS[self.month - 1].to_string(),
            "hanziyear" => chinese_digits(&self.year.to_string()),
            "hanzimonth" => chinese_number(self.month),
            "hanziday" => chinese_number(self.day),
            "sasdate" => self.sas_date().to_string(),
            "germanname" => GERMAN_MONTHS[self.month - 1].to_string(),
            "albanianname" => ALBANIAN_MONTHS[self.month - 1].to_string(),
            "bulgarianname" => BULGARIAN_MONTHS[self.month - 1].to_string(),
            "latvianname" => LATVIAN_MONTHS[self.month - 1].to_string(),
            "ethday:02" => format!("{:02}", self.ethiopian().2),
            "ethmonth:02" => format!("{:02}", self.ethiopian().1),
            "ethyear" => self.ethiopian().0.to_string(),
            "hijriyear" => self.hijri().0.to_string(),
            "hijrimonth:02" => format!("{:02}", self.hijri().1),
            "hijriday:02" => format!("{:02}", self.hijri().2),
            "croatianname" => CROATIAN_MONTHS[self.month - 1].to_string(),
            "hebrewname" => HEBREW_MONTHS[self.month - 1].to_string(),
            "hindiname" => HINDI_MONTHS[self.month - 1].to_string(),
            "persianday" => in_script_digits(&self.persian().2.to_string(), PERSIAN_ZERO),
            "persianmonthname" => PERSIAN_MONTHS[self.persian().1 - 1].to_string(),
            "persianyear" => in_script_digits(&self.persian().0.to_string(), PERSIAN_ZERO),
            "bengaliday" => in_script_digits(&format!("{:02}", self.day), BENGALI_ZERO),
            "bengalimonth" => in_script_digits(&format!("{:02}", self.month), BENGALI_ZERO),
            "bengaliyear" => in_script_digits(&self.year.to_string(), BENGALI_ZERO),
            "isoweekyear" => self.iso_week().0.to_string(),
            "isoweek:02" => format!("{:02}", self.iso_week().1),
            "isoweekday" => self.iso_week().2.to_string(),
            "unixms" => (self.unix_time() * 1_000).to_string(),
            "norwegianname" => NORWEGIAN_MONTHS[self.month - 1].to_string(),
            "armenianname" => ARMENIAN_MONTHS[self.month - 1].to_string(),
            "georgianname" => GEORGIAN_MONTHS[self.month - 1].to_string(),
            "kazakhname" => KAZAKH_MONTHS[self.month - 1].to_string(),
            "uzbekname" => UZBEK_MONTHS[self.month - 1].to_string(),
            "thaiday" => in_script_digits(&self.day.to_string(), THAI_ZERO),
            "thaimonth" => in_script_digits(&self.month.to_string(), THAI_ZERO),
            "thaiyear" => in_script_digits(
                &thai_buddhist_year(self.year, self.month).to_string(),
                THAI_ZERO,
            ),
            "slovakname" => SLOVAK_MONTHS[self.month - 1].to_string(),
            "serbianname" => SERBIAN_MONTHS[self.month - 1].to_string(),
            "tamilname" => TAMIL_MONTHS[self.month - 1].to_string(),
            "swahiliname" => SWAHILI_MONTHS[self.month - 1].to_string(),
            "maltesename" => MALTESE_MONTHS[self.month - 1].to_string(),
            "myanmarday" => in_script_digits(&self.day.to_string(), MYANMAR_ZERO),
            "myanmarmonth" => in_script_digits(&self.month.to_string(), MYANMAR_ZERO),
            "myanmaryear" => in_script_digits(&self.year.to_string(), MYANMAR_ZERO),
            "basquename" => BASQUE_MONTHS[self.month - 1].to_string(),
            "belarusianname" => BELARUSIAN_MONTHS[self.month - 1].to_string(),
            "filipinoname" => FILIPINO_MONTHS[self.month - 1].to_string(),
            "malagasyname" => MALAGASY_MONTHS[self.month - 1].to_string(),
            "khmerday" => in_script_digits(&format!("{:02}", self.day), KHMER_ZERO),
            "khmermonth" => in_script_digits(&format!("{:02}", self.month), KHMER_ZERO),
            "khmeryear" => in_script_digits(&self.year.to_string(), KHMER_ZERO),
            "urduname" => URDU_MONTHS[self.month - 1].to_string(),
            "gujaratiday" => in_script_digits(&format!("{:02}", self.day), GUJARATI_ZERO),
            "gujaratimonth" => in_script_digits(&format!("{:02}", self.month), GUJARATI_ZERO),
            "gujaratiyear" => in_script_digits(&self.year.to_string(), GUJARATI_ZERO),
            "sakamonth" => SAKA_MONTHS[self.indian_national().1 - 1].to_string(),
            "sakaday" => self.indian_national().2.to_string(),
            "sakayear" => self.indian_national().0.to_string(),
            "dangiyear" => (self.year + 2_333).to_string(),
            "gaelicname" => GAELIC_MONTHS[self.month - 1].to_string(),
            "maoriname" => MAORI_MONTHS[self.month - 1].to_string(),
            "spaceday" => format!("{:>2}", self.day),
            "azerbaijaniname" => AZERBAIJANI_MONTHS[self.month - 1].to_string(),
            "laoname" => LAO_MONTHS[self.month - 1].to_string(),
            "teluguname" => TELUGU_MONTHS[self.month - 1].to_string(),
            "malayalamname" => MALAYALAM_MONTHS[self.month - 1].to_string(),
            "hawaiianname" => HAWAIIAN_MONTHS[self.month - 1].to_string(),
            "cornishname" => CORNISH_MONTHS[self.month - 1].to_string(),
            "punjabiname" => PUNJABI_MONTHS[self.month - 1].to_string(),
            "kannadaname" => KANNADA_MONTHS[self.month - 1].to_string(),
            "hausaname" => HAUSA_MONTHS[self.month - 1].to_string(),
            "somaliname" => SOMALI_MONTHS[self.month - 1].to_string(),
            "zuluname" => ZULU_MONTHS[self.month - 1].to_string(),
            "kyrgyzname" => KYRGYZ_MONTHS[self.month - 1].to_string(),
            "marathiname" => MARATHI_MONTHS[self.month - 1].to_string(),
            "nepaliname" => NEPALI_MONTHS[self.month - 1].to_string(),
            "amharicname" => AMHARIC_MONTHS[self.month - 1].to_string(),
            "odianame" => ODIA_MONTHS[self.month - 1].to_string(),
            "bretonname" => BRETON_MONTHS[self.month - 1].to_string(),
            "jdn" => self.julian_day_number().to_string(),
            "tigrinyaname" => TIGRINYA_MONTHS[self.month - 1].to_string(),
            "turkmenname" => TURKMEN_MONTHS[self.month - 1].to_string(),
            "tatarname" => TATAR_MONTHS[self.month - 1].to_string(),
            "pashtoname" => PASHTO_MONTHS[self.month - 1].to_string(),
            "sinhalaname" => SINHALA_MONTHS[self.month - 1].to_string(),
            "yorubaname" => YORUBA_MONTHS[self.month - 1].to_string(),
            "tajikname" => TAJIK_MONTHS[self.month - 1].to_string(),
            "uyghurname" => UYGHUR_MONTHS[self.month - 1].to_string(),
            "gujaratiname" => GUJARATI_MONTHS[self.month - 1].to_string(),
            "bengaliname" => BENGALI_MONTHS[self.month - 1].to_string(),
            "khmername" => KHMER_MONTHS[self.month - 1].to_string(),
            "soraniname" => SORANI_MONTHS[self.month - 1].to_string(),
            "dutchname" => DUTCH_MONTHS[self.month - 1].to_string(),
            "swedishname" => SWEDISH_MONTHS[self.month - 1].to_string(),
            "indonesianname" => INDONESIAN_MONTHS[self.month - 1].to_string(),
            "malayname" => MALAY_MONTHS[self.month - 1].to_string(),
            other => unreachable!("no date part is called {other}"),
        }
    }

    /// The day of the week the date fell on (0 for Sunday), by Sakamoto's rule for the
    /// Gregorian calendar: worked out from the drawn date, so no draw moves.
    fn weekday(&self) -> usize {
        const MONTH_OFFSETS: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
        let year = if self.month < 3 {
            self.year - 1
        } else {
            self.year
        };
        let day = i32::try_from(self.day).expect("a day of the month");
        let days = year + year / 4 - year / 100 + year / 400 + MONTH_OFFSETS[self.month - 1] + day;
        usize::try_from(days.rem_euclid(7)).expect("a weekday")
    }

    /// The day of the year the date is (1 for 1 January), as an ISO ordinal date counts
    /// it: worked out from the drawn date, so no draw moves.
    fn day_of_year(&self) -> usize {
        let first_of_january = days_from_civil(self.year, 1, 1);
        usize::try_from(self.days_since_1970() - first_of_january + 1).expect("a day of the year")
    }

    /// The days from 1 January 1970 to the date (`ingest::calendar::days_from_civil`).
    fn days_since_1970(&self) -> i64 {
        let month = u32::try_from(self.month).expect("a month");
        let day = u32::try_from(self.day).expect("a day of the month");
        days_from_civil(self.year, month, day)
    }

    /// The date's serial number in a spreadsheet (days since 30 December 1899, so 1
    /// January 1900 would be 2 and 3 September 1956 is 20701), as a date cell pasted
    /// without its format shows it: worked out from the drawn date, so no draw moves.
    fn spreadsheet_serial(&self) -> i64 {
        self.days_since_1970() - days_from_civil(1899, 12, 30)
    }

    /// The date as Unix time, the seconds from 1 January 1970 to its midnight (negative
    /// before 1970; 3 September 1956 is -420595200), as a system's export gives a date
    /// field: worked out from the drawn date, so no draw moves.
    fn unix_time(&self) -> i64 {
        self.days_since_1970() * 86_400
    }

    /// The date's Julian day number, the days since the Julian period began (1 January
    /// 1970 is 2440588 and 3 September 1956 is 2435720), as Ruby's Date inspects itself:
    /// worked out from the drawn date, so no draw moves.
    fn julian_day_number(&self) -> i64 {
        self.days_since_1970() + 2_440_588
    }

    /// The date as a SAS or Stata date value, the days from 1 January 1960 (negative
    /// before it; 3 September 1956 is -1215), as a research data set exports a date
    /// field: worked out from the drawn date, so no draw moves.
    fn sas_date(&self) -> i64 {
        self.days_since_1970() - days_from_civil(1960, 1, 1)
    }

    /// The date's Julian day number (the days from 1 January 4713 BC in the Julian
    /// calendar; 1 January 1970 is 2440588), from which the Ethiopian and Islamic dates
    /// are counted.
    fn julian_day(&self) -> i64 {
        self.days_since_1970() + 2_440_588
    }

    /// The date in the Ethiopian calendar, year, month and day (twelve months of thirty
    /// days and Pagume, the thirteenth, of five or six; the year begins on 11 or 12
    /// September, so 3 September 1956 is 28 Nehase 1948), as an Ethiopian identity card
    /// or birth certificate writes a date: worked out from the drawn date, so no draw
    /// moves.
    fn ethiopian(&self) -> (i64, usize, usize) {
        let days = self.julian_day() - 1_723_856;
        let rest = days.rem_euclid(1_461);
        let day_of_year = rest % 365 + 365 * (rest / 1_460);
        let year = 4 * days.div_euclid(1_461) + rest / 365 - rest / 1_460;
        let month = usize::try_from(day_of_year / 30 + 1).expect("a month");
        let day = usize::try_from(day_of_year % 30 + 1).expect("a day of the month");
        (year, month, day)
    }

    /// The date in the tabular Islamic (Hijri) calendar, year, month and day (the
    /// arithmetical calendar, its years of 354 or 355 days in a cycle of thirty, counted
    /// from 16 July 622; 3 September 1956 is 27 Muharram 1376), as many converters give
    /// it and a Saudi or Gulf document writes a date of birth (the Umm al-Qura calendar,
    /// set by the moon, may differ by a day): worked out from the drawn date, so no draw
    /// moves.
    fn hijri(&self) -> (i64, usize, usize) {
        let mut l = self.julian_day() - 1_948_440 + 10_632;
        let n = (l - 1) / 10_631;
        l = l - 10_631 * n + 354;
        let j = ((10_985 - l) / 5_316) * ((50 * l) / 17_719) + (l / 5_670) * ((43 * l) / 15_238);
        l = l - ((30 - j) / 15) * ((17_719 * j) / 50) - (j / 16) * ((15_238 * j) / 43) + 29;
        let month = (24 * l) / 709;
        let day = l - (709 * month) / 24;
        let year = 30 * n + j - 30;
        (
            year,
            usize::try_from(month).expect("a month"),
            usize::try_from(day).expect("a day of the month"),
        )
    }

    /// The date in the Indian national (Saka) calendar, year, month and day (the year
    /// begins on 22 March, or 21 March in a Gregorian leap year, with Chaitra, of 30 days,
    /// or 31 in such a year; the next five months have 31 days and the last six 30; its
    /// year is the Gregorian one less 78 from Chaitra on and less 79 before it, so 3
    /// September 1956 is 12 Bhadra 1878), as the Gazette of India writes a date: worked out
    /// from the drawn date, so no draw moves.
    fn indian_national(&self) -> (i64, usize, usize) {
        let leap = |year: i32| (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let new_year = |year: i32| days_from_civil(year, 3, if leap(year) { 21 } else { 22 });
        let days = self.days_since_1970();
        let begins = if days >= new_year(self.year) {
            self.year
        } else {
            self.year - 1
        };
        let mut left = days - new_year(begins);
        let chaitra = if leap(begins) { 31 } else { 30 };
        let lengths = [chaitra, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 30];
        let mut month = 0;
        while left >= lengths[month] {
            left -= lengths[month];
            month += 1;
        }
        (
            i64::from(begins) - 78,
            month + 1,
            usize::try_from(left + 1).expect("a day of the month"),
        )
    }

    /// The date in the Iranian (Solar Hijri) calendar, year, month and day
    /// ([`persian_solar_date`]): worked out from the drawn date, so no draw moves.
    fn persian(&self) -> (i64, usize, usize) {
        persian_solar_date(self.year, self.month, self.day)
    }

    /// The date's ISO 8601 week date, year, week and weekday (1 for Monday; the week
    /// belongs to the year its Thursday falls in, so 1 January may be in the last week of
    /// the year before: 3 September 1956 is 1956-W36-1), as a system that files by week
    /// writes a date: worked out from the drawn date, so no draw moves.
    fn iso_week(&self) -> (i32, i64, i64) {
        let days = self.days_since_1970();
        // 1 January 1970 was a Thursday, the fourth day of an ISO week.
        let weekday = (days + 3).rem_euclid(7) + 1;
        let thursday = days + 4 - weekday;
        let year = if thursday < days_from_civil(self.year, 1, 1) {
            self.year - 1
        } else if thursday >= days_from_civil(self.year + 1, 1, 1) {
            self.year + 1
        } else {
            self.year
        };
        let week = (thursday - days_from_civil(year, 1, 1)) / 7 + 1;
        (year, week, weekday)
    }

    /// Draws day, month and year from `rng`, in that order (the slots' comments depend
    /// on the order and the ranges).
    fn draw(rng: &mut impl Rng) -> Self {
        let day = rng.gen_range(1..29usize);
        let month = rng.gen_range(1..13usize);
        let year = rng.gen_range(1925..2024);
        let name = MONTHS[month - 1];
        let ordinal = match day {
            1 | 21 => "st",
            2 | 22 => "nd",
            3 | 23 => "rd",
            _ => "th",
        };
        DateParts {
            day,
            month,
            year,
            name,
            short: &name[..3],
            ordinal,
        }
    }
}

/// The forms of the twenty-eighth round's `{dobw}` slot (3rd March 1956, March 3, 1956,
/// 03-Mar-1956, 3/3/56, 03.03.1956, 1956-03-03, 3 Mar 56, 03 03 1956, 3-3-1956). Each
/// written slot has forms of its own, so the earlier rounds' `{dob}` draws, and so their
/// comments, stay as they were. The parts a form may name are those of
/// [`DateParts::part`].
const WRITTEN_FORMS: &[&str] = &[
    "{day}{ordinal} {name} {year}",
    "{name} {day}, {year}",
    "{day:02}-{short}-{year}",
    "{day}/{month}/{yy:02}",
    "{day:02}.{month:02}.{year}",
    "{year}-{month:02}-{day:02}",
    "{day} {short} {yy:02}",
    "{day:02} {month:02} {year}",
    "{day}-{month}-{year}",
];

/// The days of a date of birth (1-28) as ordinal words, as some people write a date
/// (the third of March 1956): the sixty-second round's slot's forms name it `dayword`.
const DAY_WORDS: [&str; 28] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twenty-first",
    "twenty-second",
    "twenty-third",
    "twenty-fourth",
    "twenty-fifth",
    "twenty-sixth",
    "twenty-seventh",
    "twenty-eighth",
];

/// The days of the week, Sunday first ([`DateParts::weekday`]), as some people write
/// them before a date (Tuesday 3rd March 1956): the sixty-third round's slot's forms name
/// the day `weekday`.
const WEEKDAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];

/// The numbers below twenty in words, for [`year_in_words`].
const SMALL_NUMBER_WORDS: [&str; 20] = [
    "",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// The tens in words, for [`year_in_words`].
const TENS_WORDS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// A number from 1 to 99 in words ("seven", "fifty-six").
fn number_in_words(n: usize) -> String {
    match n {
        0..=19 => SMALL_NUMBER_WORDS[n].to_string(),
        _ if n.is_multiple_of(10) => TENS_WORDS[n / 10].to_string(),
        _ => format!("{}-{}", TENS_WORDS[n / 10], SMALL_NUMBER_WORDS[n % 10]),
    }
}

/// A year of birth (1925-2023) in words as people say it: "nineteen fifty-six", "two
/// thousand", "two thousand and twelve".
fn year_in_words(year: i32) -> String {
    let year = usize::try_from(year).expect("a year after nought");
    match year {
        2000 => "two thousand".to_string(),
        2001.. => format!("two thousand and {}", number_in_words(year - 2000)),
        _ => format!("nineteen {}", number_in_words(year - 1900)),
    }
}

/// The digits of `number` with a space between each two ("1 9 5 6"), as people copy a
/// date from the boxes of a form: the sixty-fourth round's slot's `box` parts.
fn spaced_digits(number: &str) -> String {
    let digits: Vec<String> = number.chars().map(String::from).collect();
    digits.join(" ")
}

/// `word` with its first letter a capital ("third" → "Third"): the sixty-sixth round's
/// slot's `Dayword` part.
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// An ordinal suffix in raised (modifier) letters ("rd" → "ʳᵈ"), as a word processor
/// raises it and a copy of the text keeps it: the sixty-seventh round's slot's `supord`
/// part.
fn raised(suffix: &str) -> String {
    suffix
        .chars()
        .map(|c| match c {
            's' => 'ˢ',
            't' => 'ᵗ',
            'n' => 'ⁿ',
            'd' => 'ᵈ',
            'r' => 'ʳ',
            'h' => 'ʰ',
            other => other,
        })
        .collect()
}

/// The zero of the full-width digits a Chinese or Japanese keyboard types ("1956" →
/// "１９５６"): the sixty-seventh round's slot's `wide` parts.
const FULL_WIDTH_ZERO: u32 = 0xFF10;

/// An era of the Japanese calendar: the day it began, its initial as a form writes it,
/// its name in kanji and the Christian year of its first year.
struct JapaneseEra {
    began: (i32, usize, usize),
    initial: char,
    kanji: &'static str,
    first_year: i32,
}

/// The eras of the Japanese calendar from Taisho, newest first: Taisho to 24 December
/// 1926, Showa from 25 December 1926, Heisei from 8 January 1989, Reiwa from 1 May 2019.
const JAPANESE_ERAS: [JapaneseEra; 4] = [
    JapaneseEra {
        began: (2019, 5, 1),
        initial: 'R',
        kanji: "令和",
        first_year: 2019,
    },
    JapaneseEra {
        began: (1989, 1, 8),
        initial: 'H',
        kanji: "平成",
        first_year: 1989,
    },
    JapaneseEra {
        began: (1926, 12, 25),
        initial: 'S',
        kanji: "昭和",
        first_year: 1926,
    },
    JapaneseEra {
        began: (1912, 7, 30),
        initial: 'T',
        kanji: "大正",
        first_year: 1912,
    },
];

/// The era a date fell in ([`JAPANESE_ERAS`]; a date before Taisho is counted in it)
/// and the date's year in that era, its first year 1.
fn japanese_era(year: i32, month: usize, day: usize) -> (&'static JapaneseEra, i32) {
    let date = (year, month, day);
    let era = JAPANESE_ERAS
        .iter()
        .find(|era| date >= era.began)
        .unwrap_or(&JAPANESE_ERAS[JAPANESE_ERAS.len() - 1]);
    (era, year - era.first_year + 1)
}

/// The year of a date in the Japanese era it fell in, with the era's initial before it,
/// as a Japanese form writes a date of birth ("S31" for 1956), each era's first year its
/// year 1: the sixty-eighth round's slot's `wareki` part.
fn japanese_era_year(year: i32, month: usize, day: usize) -> String {
    let (era, year_of_era) = japanese_era(year, month, day);
    format!("{}{year_of_era}", era.initial)
}

/// The months' names in Welsh, as a bilingual NHS Wales form gives them: the
/// sixty-eighth round's slot's `welshname` part.
const WELSH_MONTHS: [&str; 12] = [
    "Ionawr",
    "Chwefror",
    "Mawrth",
    "Ebrill",
    "Mai",
    "Mehefin",
    "Gorffennaf",
    "Awst",
    "Medi",
    "Hydref",
    "Tachwedd",
    "Rhagfyr",
];

/// The months' names in Spanish, in small letters as Spanish writes them: the
/// sixty-eighth round's slot's `spanishname` part.
const SPANISH_MONTHS: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// The months' names in French, in small letters as French writes them: the
/// sixty-ninth round's slot's `frenchname` part.
const FRENCH_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// The months' names in Irish, as a bilingual form in Ireland gives them: the
/// sixty-ninth round's slot's `irishname` part.
const IRISH_MONTHS: [&str; 12] = [
    "Eanáir",
    "Feabhra",
    "Márta",
    "Aibreán",
    "Bealtaine",
    "Meitheamh",
    "Iúil",
    "Lúnasa",
    "Meán Fómhair",
    "Deireadh Fómhair",
    "Samhain",
    "Nollaig",
];

/// The year of a date in the Thai Buddhist era, as a Thai identity card writes a date of
/// birth ("2499" for 1956): the Christian year and 543 from 1941, when the Thai year
/// began on 1 January; before it the year began on 1 April, so January to March belong
/// to the Buddhist year before (the Christian year and 542): the sixty-ninth round's
/// slot's `buddhistyear` part.
fn thai_buddhist_year(year: i32, month: usize) -> i32 {
    if year < 1941 && month < 4 {
        year + 542
    } else {
        year + 543
    }
}

/// The months' names in Italian, in small letters as Italian writes them: the
/// seventieth round's slot's `italianname` part.
const ITALIAN_MONTHS: [&str; 12] = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
];

/// The months' names in Portuguese, in small letters as Portuguese writes them: the
/// seventieth round's slot's `portuguesename` part.
const PORTUGUESE_MONTHS: [&str; 12] = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
];

/// The months' names in Polish, in the genitive a date takes ("3 września"): the
/// seventieth round's slot's `polishname` part.
const POLISH_MONTHS: [&str; 12] = [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
];

/// The months' names in Russian, in the genitive a date takes ("3 сентября"): the
/// seventieth round's slot's `russianname` part.
const RUSSIAN_MONTHS: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

/// The zero of the Arabic-Indic digits an Arabic form writes ("1956" → "١٩٥٦"): the
/// seventieth round's slot's `arabic` parts.
const ARABIC_INDIC_ZERO: u32 = 0x0660;

/// The zero of the Devanagari digits a Nepali or Hindi form writes ("1956" → "१९५६"):
/// the seventy-first round's slot's `deva` parts.
const DEVANAGARI_ZERO: u32 = 0x0966;

/// The digits of `number` in the script whose zero is `zero` (its ten digits follow in
/// order, as Unicode sets every script's decimal digits).
fn in_script_digits(number: &str, zero: u32) -> String {
    number
        .chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(zero + d).unwrap_or(c),
            None => c,
        })
        .collect()
}

/// The year of a date in the Japanese era it fell in, the era's name in kanji before
/// it ([`JAPANESE_ERAS`]) and its first year written 元, as a Japanese document writes a
/// date of birth ("昭和31" for 1956, "平成元" for 1989): the seventieth round's slot's
/// `warekikanji` part.
fn japanese_era_in_kanji(year: i32, month: usize, day: usize) -> String {
    match japanese_era(year, month, day) {
        (era, 1) => format!("{}元", era.kanji),
        (era, n) => format!("{}{n}", era.kanji),
    }
}

/// The months' names in Turkish, as a Turkish identity card or a patient from Turkey
/// writes a date ("3 Eylül 1956"): the seventy-first round's slot's `turkishname` part.
const TURKISH_MONTHS: [&str; 12] = [
    "Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
    "Kasım", "Aralık",
];

/// The months' names in Greek, in the genitive a date takes ("3 Σεπτεμβρίου 1956"): the
/// seventy-first round's slot's `greekname` part.
const GREEK_MONTHS: [&str; 12] = [
    "Ιανουαρίου",
    "Φεβρουαρίου",
    "Μαρτίου",
    "Απριλίου",
    "Μαΐου",
    "Ιουνίου",
    "Ιουλίου",
    "Αυγούστου",
    "Σεπτεμβρίου",
    "Οκτωβρίου",
    "Νοεμβρίου",
    "Δεκεμβρίου",
];

/// The months' names in Hungarian, in small letters as Hungarian writes them, the year
/// first ("1956. szeptember 3."): the seventy-first round's slot's `hungarianname` part.
const HUNGARIAN_MONTHS: [&str; 12] = [
    "január",
    "február",
    "március",
    "április",
    "május",
    "június",
    "július",
    "augusztus",
    "szeptember",
    "október",
    "november",
    "december",
];

/// The months' names in Lithuanian, in the genitive a date takes, the year first
/// ("1956 m. rugsėjo 3 d."): the seventy-first round's slot's `lithuanianname` part.
const LITHUANIAN_MONTHS: [&str; 12] = [
    "sausio",
    "vasario",
    "kovo",
    "balandžio",
    "gegužės",
    "birželio",
    "liepos",
    "rugpjūčio",
    "rugsėjo",
    "spalio",
    "lapkričio",
    "gruodžio",
];

/// The months' names in Czech, in the genitive a date takes ("3. září 1956"): the
/// seventy-second round's slot's `czechname` part.
const CZECH_MONTHS: [&str; 12] = [
    "ledna",
    "února",
    "března",
    "dubna",
    "května",
    "června",
    "července",
    "srpna",
    "září",
    "října",
    "listopadu",
    "prosince",
];

/// The months' names in Ukrainian, in the genitive a date takes ("3 вересня 1956 р."): the
/// seventy-second round's slot's `ukrainianname` part.
const UKRAINIAN_MONTHS: [&str; 12] = [
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
];

/// The months' names in Finnish, in the partitive a date takes ("3. syyskuuta 1956"): the
/// seventy-second round's slot's `finnishname` part.
const FINNISH_MONTHS: [&str; 12] = [
    "tammikuuta",
    "helmikuuta",
    "maaliskuuta",
    "huhtikuuta",
    "toukokuuta",
    "kesäkuuta",
    "heinäkuuta",
    "elokuuta",
    "syyskuuta",
    "lokakuuta",
    "marraskuuta",
    "joulukuuta",
];

/// The months' names in Romanian, in small letters as Romanian writes them ("3 septembrie
/// 1956"): the seventy-second round's slot's `romanianname` part.
const ROMANIAN_MONTHS: [&str; 12] = [
    "ianuarie",
    "februarie",
    "martie",
    "aprilie",
    "mai",
    "iunie",
    "iulie",
    "august",
    "septembrie",
    "octombrie",
    "noiembrie",
    "decembrie",
];

/// The months' names in Thai, as a Thai identity card or form writes a date with the year
/// of the Buddhist era ("3 กันยายน 2499"): the seventy-second round's slot's `thainame`
/// part.
const THAI_MONTHS: [&str; 12] = [
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
];

/// The months' names in Catalan, in small letters, each with the "de" that joins it to
/// the day, written "d'" before a vowel ("3 de setembre de 1956", "3 d'abril de 1956"):
/// the seventy-second round's slot's `catalanname` part.
const CATALAN_MONTHS: [&str; 12] = [
    "de gener",
    "de febrer",
    "de març",
    "d'abril",
    "de maig",
    "de juny",
    "de juliol",
    "d'agost",
    "de setembre",
    "d'octubre",
    "de novembre",
    "de desembre",
];

/// The months' names in German, with their capital as German writes nouns ("3. März
/// 1956"): the seventy-third round's slot's `germanname` part.
const GERMAN_MONTHS: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];

/// The months' names in Albanian, in small letters as Albanian writes them ("3 shtator
/// 1956"): the seventy-third round's slot's `albanianname` part.
const ALBANIAN_MONTHS: [&str; 12] = [
    "janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor",
    "nëntor", "dhjetor",
];

/// The months' names in Bulgarian, as a Bulgarian document writes a date with "г." (for
/// година, year) after the year ("3 септември 1956 г."): the seventy-third round's slot's
/// `bulgarianname` part.
const BULGARIAN_MONTHS: [&str; 12] = [
    "януари",
    "февруари",
    "март",
    "април",
    "май",
    "юни",
    "юли",
    "август",
    "септември",
    "октомври",
    "ноември",
    "декември",
];

/// The months' names in Latvian, in the locative a Latvian date takes after the year
/// and the day ("1956. gada 3. septembrī"): the seventy-third round's slot's
/// `latvianname` part.
const LATVIAN_MONTHS: [&str; 12] = [
    "janvārī",
    "februārī",
    "martā",
    "aprīlī",
    "maijā",
    "jūnijā",
    "jūlijā",
    "augustā",
    "septembrī",
    "oktobrī",
    "novembrī",
    "decembrī",
];

/// The months' names in Croatian, in the genitive a date takes, as a Croatian document
/// writes a date with a full stop after the day and the year ("3. rujna 1956."): the
/// seventy-fourth round's slot's `croatianname` part.
const CROATIAN_MONTHS: [&str; 12] = [
    "siječnja",
    "veljače",
    "ožujka",
    "travnja",
    "svibnja",
    "lipnja",
    "srpnja",
    "kolovoza",
    "rujna",
    "listopada",
    "studenoga",
    "prosinca",
];

/// The months' names in Hebrew, as an Israeli document writes a date with "ב" (in)
/// before the month ("3 בספטמבר 1956"): the seventy-fourth round's slot's `hebrewname`
/// part.
const HEBREW_MONTHS: [&str; 12] = [
    "ינואר",
    "פברואר",
    "מרץ",
    "אפריל",
    "מאי",
    "יוני",
    "יולי",
    "אוגוסט",
    "ספטמבר",
    "אוקטובר",
    "נובמבר",
    "דצמבר",
];

/// The months' names in Hindi, as an Indian form in Hindi writes a date ("3 सितंबर
/// 1956"): the seventy-fourth round's slot's `hindiname` part.
const HINDI_MONTHS: [&str; 12] = [
    "जनवरी",
    "फरवरी",
    "मार्च",
    "अप्रैल",
    "मई",
    "जून",
    "जुलाई",
    "अगस्त",
    "सितंबर",
    "अक्टूबर",
    "नवंबर",
    "दिसंबर",
];

/// The months of the Iranian (Solar Hijri) calendar by their Persian names, as an
/// Iranian document writes a date ("۱۲ شهریور ۱۳۳۵"): the seventy-fourth round's slot's
/// `persianmonthname` part.
const PERSIAN_MONTHS: [&str; 12] = [
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
];

/// The zero of the Persian (Extended Arabic-Indic) digits an Iranian document writes
/// ("1335" → "۱۳۳۵"): the seventy-fourth round's slot's `persianday` and `persianyear`
/// parts.
const PERSIAN_ZERO: u32 = 0x06F0;

/// The zero of the Bengali digits a Bangladeshi form writes ("1956" → "১৯৫৬"): the
/// seventy-fourth round's slot's `bengali` parts.
const BENGALI_ZERO: u32 = 0x09E6;

/// The months' names in Norwegian, in small letters, as a Norwegian document writes a
/// date with a full stop after the day ("3. september 1956"): the seventy-fifth round's
/// slot's `norwegianname` part.
const NORWEGIAN_MONTHS: [&str; 12] = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
];

/// The months' names in Armenian, in the genitive a date takes, as an Armenian document
/// writes a date with "թ." (year) after the year ("3 սեպտեմբերի 1956 թ."): the
/// seventy-fifth round's slot's `armenianname` part.
const ARMENIAN_MONTHS: [&str; 12] = [
    "հունվարի",
    "փետրվարի",
    "մարտի",
    "ապրիլի",
    "մայիսի",
    "հունիսի",
    "հուլիսի",
    "օգոստոսի",
    "սեպտեմբերի",
    "հոկտեմբերի",
    "նոյեմբերի",
    "դեկտեմբերի",
];

/// The months' names in Georgian, as a Georgian document writes a date after "წლის" (of
/// the year) ("1956 წლის 3 სექტემბერი"): the seventy-fifth round's slot's
/// `georgianname` part.
const GEORGIAN_MONTHS: [&str; 12] = [
    "იანვარი",
    "თებერვალი",
    "მარტი",
    "აპრილი",
    "მაისი",
    "ივნისი",
    "ივლისი",
    "აგვისტო",
    "სექტემბერი",
    "ოქტომბერი",
    "ნოემბერი",
    "დეკემბერი",
];

/// The months' names in Kazakh, as a Kazakh document writes a date after "жылғы" (of
/// the year) ("1956 жылғы 3 қыркүйек"): the seventy-fifth round's slot's `kazakhname`
/// part.
const KAZAKH_MONTHS: [&str; 12] = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
];

/// The months' names in Uzbek, in Latin letters, as an Uzbek document writes a date, the
/// year with "-yil" and the day with a hyphen before the month ("1956-yil 3-sentabr"):
/// the seventy-fifth round's slot's `uzbekname` part.
const UZBEK_MONTHS: [&str; 12] = [
    "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr", "oktabr",
    "noyabr", "dekabr",
];

/// The zero of the Thai digits a Thai document writes ("2499" → "๒๔๙๙"): the
/// seventy-fifth round's slot's `thaiday`, `thaimonth` and `thaiyear` parts.
const THAI_ZERO: u32 = 0x0E50;

/// The months' names in Slovak, in the genitive a date takes, as a Slovak document writes
/// a date with a full stop after the day ("3. septembra 1956"): the seventy-sixth round's
/// slot's `slovakname` part.
const SLOVAK_MONTHS: [&str; 12] = [
    "januára",
    "februára",
    "marca",
    "apríla",
    "mája",
    "júna",
    "júla",
    "augusta",
    "septembra",
    "októbra",
    "novembra",
    "decembra",
];

/// The months' names in Serbian, in Cyrillic letters, as a Serbian document writes a
/// date with a full stop after the day and after the year ("3. септембар 1956."): the
/// seventy-sixth round's slot's `serbianname` part.
const SERBIAN_MONTHS: [&str; 12] = [
    "јануар",
    "фебруар",
    "март",
    "април",
    "мај",
    "јун",
    "јул",
    "август",
    "септембар",
    "октобар",
    "новембар",
    "децембар",
];

/// The months' names in Tamil, as a Tamil document writes a date ("3 செப்டம்பர் 1956"): the
/// seventy-sixth round's slot's `tamilname` part.
const TAMIL_MONTHS: [&str; 12] = [
    "ஜனவரி",
    "பிப்ரவரி",
    "மார்ச்",
    "ஏப்ரல்",
    "மே",
    "ஜூன்",
    "ஜூலை",
    "ஆகஸ்ட்",
    "செப்டம்பர்",
    "அக்டோபர்",
    "நவம்பர்",
    "டிசம்பர்",
];

/// The months' names in Swahili, as a Tanzanian or Kenyan document writes a date
/// ("3 Septemba 1956"): the seventy-sixth round's slot's `swahiliname` part.
const SWAHILI_MONTHS: [&str; 12] = [
    "Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba",
    "Oktoba", "Novemba", "Desemba",
];

/// The months' names in Maltese, as a Maltese document writes a date with "ta'" (of)
/// before the month ("3 ta' Settembru 1956"): the seventy-sixth round's slot's
/// `maltesename` part.
const MALTESE_MONTHS: [&str; 12] = [
    "Jannar",
    "Frar",
    "Marzu",
    "April",
    "Mejju",
    "Ġunju",
    "Lulju",
    "Awwissu",
    "Settembru",
    "Ottubru",
    "Novembru",
    "Diċembru",
];

/// The zero of the Myanmar digits a Burmese document writes ("1956" → "၁၉၅၆"): the
/// seventy-sixth round's slot's `myanmarday`, `myanmarmonth` and `myanmaryear` parts.
const MYANMAR_ZERO: u32 = 0x1040;

/// The months' names in Basque, in the genitive a date takes, as a Basque document writes
/// a date, the year with -ko first and the day with -a last ("1956ko irailaren 3a"): the
/// seventy-seventh round's slot's `basquename` part.
const BASQUE_MONTHS: [&str; 12] = [
    "urtarrilaren",
    "otsailaren",
    "martxoaren",
    "apirilaren",
    "maiatzaren",
    "ekainaren",
    "uztailaren",
    "abuztuaren",
    "irailaren",
    "urriaren",
    "azaroaren",
    "abenduaren",
];

/// The months' names in Belarusian, in the genitive a date takes, as a Belarusian
/// document writes a date with "г." (year) after the year ("3 верасня 1956 г."): the
/// seventy-seventh round's slot's `belarusianname` part.
const BELARUSIAN_MONTHS: [&str; 12] = [
    "студзеня",
    "лютага",
    "сакавіка",
    "красавіка",
    "мая",
    "чэрвеня",
    "ліпеня",
    "жніўня",
    "верасня",
    "кастрычніка",
    "лістапада",
    "снежня",
];

/// The months' names in Filipino, as a Philippine document in Filipino writes a date, the
/// month first ("Setyembre 3, 1956"): the seventy-seventh round's slot's `filipinoname`
/// part.
const FILIPINO_MONTHS: [&str; 12] = [
    "Enero",
    "Pebrero",
    "Marso",
    "Abril",
    "Mayo",
    "Hunyo",
    "Hulyo",
    "Agosto",
    "Setyembre",
    "Oktubre",
    "Nobyembre",
    "Disyembre",
];

/// The months' names in Malagasy, as a Malagasy document writes a date ("3 Septambra
/// 1956"): the seventy-seventh round's slot's `malagasyname` part.
const MALAGASY_MONTHS: [&str; 12] = [
    "Janoary",
    "Febroary",
    "Martsa",
    "Aprily",
    "Mey",
    "Jona",
    "Jolay",
    "Aogositra",
    "Septambra",
    "Oktobra",
    "Novambra",
    "Desambra",
];

/// The zero of the Khmer digits a Cambodian document writes ("1956" → "១៩៥៦"): the
/// seventy-seventh round's slot's `khmerday`, `khmermonth` and `khmeryear` parts.
const KHMER_ZERO: u32 = 0x17E0;

/// The months' names in Urdu, as a Pakistani or Urdu document writes a date, with the
/// Arabic comma after the month ("3 ستمبر، 1956"): the seventy-eighth round's slot's
/// `urduname` part.
const URDU_MONTHS: [&str; 12] = [
    "جنوری",
    "فروری",
    "مارچ",
    "اپریل",
    "مئی",
    "جون",
    "جولائی",
    "اگست",
    "ستمبر",
    "اکتوبر",
    "نومبر",
    "دسمبر",
];

/// The zero of the Gujarati digits a Gujarati document writes ("1956" → "૧૯૫૬"): the
/// seventy-eighth round's slot's `gujaratiday`, `gujaratimonth` and `gujaratiyear` parts.
const GUJARATI_ZERO: u32 = 0x0AE6;

/// The months of the Indian national (Saka) calendar, as the Gazette of India writes them
/// ("Bhadra 12, 1878 (Saka)"): the seventy-eighth round's slot's `sakamonth` part.
const SAKA_MONTHS: [&str; 12] = [
    "Chaitra",
    "Vaisakha",
    "Jyaistha",
    "Asadha",
    "Sravana",
    "Bhadra",
    "Asvina",
    "Kartika",
    "Agrahayana",
    "Pausa",
    "Magha",
    "Phalguna",
];

/// The months' names in Scottish Gaelic, in the form a date takes, "dhen" (of the) and
/// the name, as a computer or phone set to Scottish Gaelic writes a date, the day with
/// "mh" ("3mh dhen t-Sultain 1956"): the seventy-eighth round's slot's `gaelicname` part.
const GAELIC_MONTHS: [&str; 12] = [
    "dhen Fhaoilleach",
    "dhen Ghearran",
    "dhen Mhàrt",
    "dhen Ghiblean",
    "dhen Chèitean",
    "dhen Ògmhios",
    "dhen Iuchar",
    "dhen Lùnastal",
    "dhen t-Sultain",
    "dhen Dàmhair",
    "dhen t-Samhain",
    "dhen Dùbhlachd",
];

/// The months' names in Maori, as a computer or phone set to Maori writes a date ("3
/// Hepetema 1956"): the seventy-eighth round's slot's `maoriname` part.
const MAORI_MONTHS: [&str; 12] = [
    "Hānuere", "Pēpuere", "Māehe", "Āperira", "Mei", "Hune", "Hūrae", "Ākuhata", "Hepetema",
    "Oketopa", "Noema", "Tīhema",
];

/// The months' names in Azerbaijani, as a computer or phone set to Azerbaijani writes a
/// date ("3 sentyabr 1956"): the seventy-ninth round's slot's `azerbaijaniname` part.
const AZERBAIJANI_MONTHS: [&str; 12] = [
    "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr",
    "noyabr", "dekabr",
];

/// The months' names in Lao, as a Lao document writes a date ("3 ກັນຍາ 1956"): the
/// seventy-ninth round's slot's `laoname` part.
const LAO_MONTHS: [&str; 12] = [
    "ມັງກອນ",
    "ກຸມພາ",
    "ມີນາ",
    "ເມສາ",
    "ພຶດສະພາ",
    "ມິຖຸນາ",
    "ກໍລະກົດ",
    "ສິງຫາ",
    "ກັນຍາ",
    "ຕຸລາ",
    "ພະຈິກ",
    "ທັນວາ",
];

/// The months' names in Telugu, as a Telugu document writes a date, with a comma after
/// the month ("3 సెప్టెంబర్, 1956"): the seventy-ninth round's slot's `teluguname` part.
const TELUGU_MONTHS: [&str; 12] = [
    "జనవరి",
    "ఫిబ్రవరి",
    "మార్చి",
    "ఏప్రిల్",
    "మే",
    "జూన్",
    "జులై",
    "ఆగస్టు",
    "సెప్టెంబర్",
    "అక్టోబర్",
    "నవంబర్",
    "డిసెంబర్",
];

/// The months' names in Malayalam, as a Malayalam document writes a date, the year first
/// ("1956 സെപ്റ്റംബർ 3"): the seventy-ninth round's slot's `malayalamname` part (October
/// with the zero-width non-joiner CLDR writes in it).
const MALAYALAM_MONTHS: [&str; 12] = [
    "ജനുവരി",
    "ഫെബ്രുവരി",
    "മാർച്ച്",
    "ഏപ്രിൽ",
    "മേയ്",
    "ജൂൺ",
    "ജൂലൈ",
    "ഓഗസ്റ്റ്",
    "സെപ്റ്റംബർ",
    "ഒക്\u{200c}ടോബർ",
    "നവംബർ",
    "ഡിസംബർ",
];

/// The months' names in Hawaiian, with the ʻokina, as a computer or phone set to Hawaiian
/// writes a date ("3 Kepakemapa 1956"): the seventy-ninth round's slot's `hawaiianname`
/// part.
const HAWAIIAN_MONTHS: [&str; 12] = [
    "Ianuali",
    "Pepeluali",
    "Malaki",
    "ʻApelila",
    "Mei",
    "Iune",
    "Iulai",
    "ʻAukake",
    "Kepakemapa",
    "ʻOkakopa",
    "Nowemapa",
    "Kekemapa",
];

/// The months' names in Cornish, in the form a date takes, "mis" (month) and the name, as a
/// computer or phone set to Cornish writes a date ("3 mis Gwynngala 1956"): the
/// seventy-ninth round's slot's `cornishname` part.
const CORNISH_MONTHS: [&str; 12] = [
    "mis Genver",
    "mis Hwevrer",
    "mis Meurth",
    "mis Ebrel",
    "mis Me",
    "mis Metheven",
    "mis Gortheren",
    "mis Est",
    "mis Gwynngala",
    "mis Hedra",
    "mis Du",
    "mis Kevardhu",
];

/// The months' names in Punjabi, in Gurmukhi letters, as a Punjabi document writes a date
/// ("3 ਸਤੰਬਰ 1956"): the eightieth round's slot's `punjabiname` part.
const PUNJABI_MONTHS: [&str; 12] = [
    "ਜਨਵਰੀ",
    "ਫ਼ਰਵਰੀ",
    "ਮਾਰਚ",
    "ਅਪ੍ਰੈਲ",
    "ਮਈ",
    "ਜੂਨ",
    "ਜੁਲਾਈ",
    "ਅਗਸਤ",
    "ਸਤੰਬਰ",
    "ਅਕਤੂਬਰ",
    "ਨਵੰਬਰ",
    "ਦਸੰਬਰ",
];

/// The months' names in Kannada, as a Kannada document writes a date, the month first and a
/// comma before the year ("ಸೆಪ್ಟೆಂಬರ್ 3, 1956"): the eightieth round's slot's `kannadaname`
/// part.
const KANNADA_MONTHS: [&str; 12] = [
    "ಜನವರಿ",
    "ಫೆಬ್ರವರಿ",
    "ಮಾರ್ಚ್",
    "ಏಪ್ರಿಲ್",
    "ಮೇ",
    "ಜೂನ್",
    "ಜುಲೈ",
    "ಆಗಸ್ಟ್",
    "ಸೆಪ್ಟೆಂಬರ್",
    "ಅಕ್ಟೋಬರ್",
    "ನವೆಂಬರ್",
    "ಡಿಸೆಂಬರ್",
];

/// The months' names in Hausa, as a computer or phone set to Hausa writes a date, with a
/// comma before the year ("3 Satumba, 1956"): the eightieth round's slot's `hausaname` part.
const HAUSA_MONTHS: [&str; 12] = [
    "Janairu",
    "Faburairu",
    "Maris",
    "Afirilu",
    "Mayu",
    "Yuni",
    "Yuli",
    "Agusta",
    "Satumba",
    "Oktoba",
    "Nuwamba",
    "Disamba",
];

/// The months' names in Somali, as a computer or phone set to Somali writes a date, the
/// month first ("Sebtembar 3, 1956"): the eightieth round's slot's `somaliname` part.
const SOMALI_MONTHS: [&str; 12] = [
    "Janaayo",
    "Febraayo",
    "Maarso",
    "Abriil",
    "Maayo",
    "Juun",
    "Luulyo",
    "Agosto",
    "Sebtembar",
    "Oktoobar",
    "Noofeembar",
    "Diseembar",
];

/// The months' names in Zulu, as a computer or phone set to Zulu writes a date, the month
/// first ("Septhemba 3, 1956"): the eightieth round's slot's `zuluname` part.
const ZULU_MONTHS: [&str; 12] = [
    "Januwari",
    "Februwari",
    "Mashi",
    "Ephreli",
    "Meyi",
    "Juni",
    "Julayi",
    "Agasti",
    "Septhemba",
    "Okthoba",
    "Novemba",
    "Disemba",
];

/// The months' names in Kyrgyz, as a computer or phone set to Kyrgyz writes a date, after
/// the year and the day ("1956-ж., 3-сентябрь"): the eightieth round's slot's `kyrgyzname`
/// part.
const KYRGYZ_MONTHS: [&str; 12] = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];

/// The months' names in Marathi, as a Marathi document writes a date, with a comma before
/// the year ("3 सप्टेंबर, 1956"): the eighty-first round's slot's `marathiname` part.
const MARATHI_MONTHS: [&str; 12] = [
    "जानेवारी",
    "फेब्रुवारी",
    "मार्च",
    "एप्रिल",
    "मे",
    "जून",
    "जुलै",
    "ऑगस्ट",
    "सप्टेंबर",
    "ऑक्टोबर",
    "नोव्हेंबर",
    "डिसेंबर",
];

/// The months' names in Nepali, as a Nepali document writes a date, the year first
/// ("1956 सेप्टेम्बर 3"): the eighty-first round's slot's `nepaliname` part.
const NEPALI_MONTHS: [&str; 12] = [
    "जनवरी",
    "फेब्रुअरी",
    "मार्च",
    "अप्रिल",
    "मे",
    "जुन",
    "जुलाई",
    "अगस्ट",
    "सेप्टेम्बर",
    "अक्टोबर",
    "नोभेम्बर",
    "डिसेम्बर",
];

/// The months' names in Amharic, in Ge'ez letters, as a computer or phone set to Amharic
/// writes a date ("3 ሴፕቴምበር 1956"): the eighty-first round's slot's `amharicname` part.
const AMHARIC_MONTHS: [&str; 12] = [
    "ጃንዋሪ",
    "ፌብሩዋሪ",
    "ማርች",
    "ኤፕሪል",
    "ሜይ",
    "ጁን",
    "ጁላይ",
    "ኦገስት",
    "ሴፕቴምበር",
    "ኦክቶበር",
    "ኖቬምበር",
    "ዲሴምበር",
];

/// The months' names in Odia, as an Odia document writes a date, the month first and a
/// comma before the year ("ସେପ୍ଟେମ୍ବର 3, 1956"): the eighty-first round's slot's `odianame`
/// part.
const ODIA_MONTHS: [&str; 12] = [
    "ଜାନୁଆରୀ",
    "ଫେବୃଆରୀ",
    "ମାର୍ଚ୍ଚ",
    "ଅପ୍ରେଲ",
    "ମଇ",
    "ଜୁନ",
    "ଜୁଲାଇ",
    "ଅଗଷ୍ଟ",
    "ସେପ୍ଟେମ୍ବର",
    "ଅକ୍ଟୋବର",
    "ନଭେମ୍ବର",
    "ଡିସେମ୍ବର",
];

/// The months' names in Breton, as a computer or phone set to Breton writes a date
/// ("3 Gwengolo 1956"; February with the modifier apostrophe CLDR writes in it): the
/// eighty-first round's slot's `bretonname` part.
const BRETON_MONTHS: [&str; 12] = [
    "Genver",
    "Cʼhwevrer",
    "Meurzh",
    "Ebrel",
    "Mae",
    "Mezheven",
    "Gouere",
    "Eost",
    "Gwengolo",
    "Here",
    "Du",
    "Kerzu",
];

/// The months' names in Tigrinya, in Ge'ez letters, as a computer or phone set to Tigrinya
/// writes a date, the month first and a comma before the year ("መስከረም 3, 1956"): the
/// eighty-second round's slot's `tigrinyaname` part.
const TIGRINYA_MONTHS: [&str; 12] = [
    "ጥሪ",
    "ለካቲት",
    "መጋቢት",
    "ሚያዝያ",
    "ጉንበት",
    "ሰነ",
    "ሓምለ",
    "ነሓሰ",
    "መስከረም",
    "ጥቅምቲ",
    "ሕዳር",
    "ታሕሳስ",
];

/// The months' names in Turkmen, in the Latin letters Turkmenistan writes, as a computer or
/// phone set to Turkmen writes a date ("3 sentýabr 1956"): the eighty-second round's slot's
/// `turkmenname` part.
const TURKMEN_MONTHS: [&str; 12] = [
    "ýanwar",
    "fewral",
    "mart",
    "aprel",
    "maý",
    "iýun",
    "iýul",
    "awgust",
    "sentýabr",
    "oktýabr",
    "noýabr",
    "dekabr",
];

/// The months' names in Tatar, in Cyrillic letters, as a computer or phone set to Tatar
/// writes a date, a comma before the year and the word for year after it ("3 сентябрь,
/// 1956 ел"): the eighty-second round's slot's `tatarname` part.
const TATAR_MONTHS: [&str; 12] = [
    "гыйнвар",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];

/// The months' names in Pashto, in Arabic letters, as a computer or phone set to Pashto
/// writes a date ("3 سېپتمبر 1956"): the eighty-second round's slot's `pashtoname` part.
const PASHTO_MONTHS: [&str; 12] = [
    "جنوري",
    "فبروري",
    "مارچ",
    "اپریل",
    "مۍ",
    "جون",
    "جولای",
    "اګست",
    "سېپتمبر",
    "اکتوبر",
    "نومبر",
    "دسمبر",
];

/// The months' names in Sinhala, in Sinhala letters, as a computer or phone set to Sinhala
/// writes a date, the year first and the day last ("1956 බිනර 3"): the eighty-third round's
/// slot's `sinhalaname` part.
const SINHALA_MONTHS: [&str; 12] = [
    "දුරුතු",
    "නවම්",
    "මැදින්",
    "බක්",
    "වෙසක්",
    "පොසොන්",
    "ඇසළ",
    "නිකිණි",
    "බිනර",
    "වප්",
    "ඉල්",
    "උඳුවප්",
];

/// The months' names in Yoruba, with their tone marks, as a computer or phone set to Yoruba
/// writes a date ("3 Oṣù Owewe 1956"): the eighty-third round's slot's `yorubaname` part.
const YORUBA_MONTHS: [&str; 12] = [
    "Oṣù Ṣẹ́rẹ́",
    "Oṣù Èrèlè",
    "Oṣù Ẹrẹ̀nà",
    "Oṣù Ìgbé",
    "Oṣù Ẹ̀bibi",
    "Oṣù Òkúdu",
    "Oṣù Agẹmọ",
    "Oṣù Ògún",
    "Oṣù Owewe",
    "Oṣù Ọ̀wàrà",
    "Oṣù Bélú",
    "Oṣù Ọ̀pẹ̀",
];

/// The months' names in Tajik, in Cyrillic letters, as a computer or phone set to Tajik
/// writes a date, the day in two figures ("03 Сентябр 1956"): the eighty-third round's
/// slot's `tajikname` part.
const TAJIK_MONTHS: [&str; 12] = [
    "Январ",
    "Феврал",
    "Март",
    "Апрел",
    "Май",
    "Июн",
    "Июл",
    "Август",
    "Сентябр",
    "Октябр",
    "Ноябр",
    "Декабр",
];

/// The months' names in Uyghur, in Arabic letters, as a computer or phone set to Uyghur
/// writes a date, a hyphen after the day and an Arabic comma before the year
/// ("3-سېنتەبىر، 1956"): the eighty-third round's slot's `uyghurname` part.
const UYGHUR_MONTHS: [&str; 12] = [
    "يانۋار",
    "فېۋرال",
    "مارت",
    "ئاپرېل",
    "ماي",
    "ئىيۇن",
    "ئىيۇل",
    "ئاۋغۇست",
    "سېنتەبىر",
    "ئۆكتەبىر",
    "نويابىر",
    "دېكابىر",
];

/// The months' names in Gujarati, in Gujarati letters, as a computer or phone set to
/// Gujarati writes a date, a comma before the year ("3 સપ્ટેમ્બર, 1956"): the
/// eighty-fourth round's slot's `gujaratiname` part.
const GUJARATI_MONTHS: [&str; 12] = [
    "જાન્યુઆરી",
    "ફેબ્રુઆરી",
    "માર્ચ",
    "એપ્રિલ",
    "મે",
    "જૂન",
    "જુલાઈ",
    "ઑગસ્ટ",
    "સપ્ટેમ્બર",
    "ઑક્ટોબર",
    "નવેમ્બર",
    "ડિસેમ્બર",
];

/// The months' names in Bengali, in Bengali letters, as a computer or phone set to Bengali
/// writes a date, a comma before the year ("3 সেপ্টেম্বর, 1956"): the eighty-fourth
/// round's slot's `bengaliname` part.
const BENGALI_MONTHS: [&str; 12] = [
    "জানুয়ারি",
    "ফেব্রুয়ারি",
    "মার্চ",
    "এপ্রিল",
    "মে",
    "জুন",
    "জুলাই",
    "আগস্ট",
    "সেপ্টেম্বর",
    "অক্টোবর",
    "নভেম্বর",
    "ডিসেম্বর",
];

/// The months' names in Khmer, in Khmer letters, as a computer or phone set to Khmer writes
/// a date ("3 កញ្ញា 1956"): the eighty-fourth round's slot's `khmername` part.
const KHMER_MONTHS: [&str; 12] = [
    "មករា",
    "កុម្ភៈ",
    "មីនា",
    "មេសា",
    "ឧសភា",
    "មិថុនា",
    "កក្កដា",
    "សីហា",
    "កញ្ញា",
    "តុលា",
    "វិច្ឆិកា",
    "ធ្នូ",
];

/// The months' names in Central Kurdish (Sorani), in Arabic letters, as a computer or phone
/// set to Central Kurdish writes a date, the ending "ی" after the day and after the month
/// ("3ی ئەیلوولی 1956"): the eighty-fourth round's slot's `soraniname` part.
const SORANI_MONTHS: [&str; 12] = [
    "کانوونی دووەم",
    "شوبات",
    "ئازار",
    "نیسان",
    "ئایار",
    "حوزەیران",
    "تەمووز",
    "ئاب",
    "ئەیلوول",
    "تشرینی یەکەم",
    "تشرینی دووەم",
    "کانونی یەکەم",
];

/// The months' names in Dutch, in small letters, as a computer or phone set to Dutch
/// writes a date ("3 september 1956"): the eighty-fifth round's slot's `dutchname` part.
const DUTCH_MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// The months' names in Swedish, in small letters, as a computer or phone set to Swedish
/// writes a date ("3 september 1956"): the eighty-fifth round's slot's `swedishname` part.
const SWEDISH_MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];

/// The months' names in Indonesian, as a computer or phone set to Indonesian writes a
/// date ("3 September 1956"): the eighty-fifth round's slot's `indonesianname` part.
const INDONESIAN_MONTHS: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

/// The months' names in Malay, as a computer or phone set to Malay writes a date
/// ("3 September 1956"): the eighty-fifth round's slot's `malayname` part.
const MALAY_MONTHS: [&str; 12] = [
    "Januari",
    "Februari",
    "Mac",
    "April",
    "Mei",
    "Jun",
    "Julai",
    "Ogos",
    "September",
    "Oktober",
    "November",
    "Disember",
];

/// The Chinese numerals for nought to nine, as a year is written digit by digit.
const CHINESE_DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// The digits of `number` in Chinese numerals, one for one, as a Chinese form writes a
/// year ("1956" → "一九五六", "2000" → "二〇〇〇"): the seventy-second round's slot's
/// `hanziyear` part.
fn chinese_digits(number: &str) -> String {
    number
        .chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => CHINESE_DIGITS[d as usize],
            None => c,
        })
        .collect()
}

/// A month or a day (1 to 31) in Chinese numerals, the tens written with 十 ("9" → "九",
/// "10" → "十", "12" → "十二", "20" → "二十", "28" → "二十八"): the seventy-second round's
/// slot's `hanzimonth` and `hanziday` parts.
fn chinese_number(number: usize) -> String {
    let (tens, units) = (number / 10, number % 10);
    let mut out = String::new();
    if tens > 1 {
        out.push(CHINESE_DIGITS[tens]);
    }
    if tens > 0 {
        out.push('十');
    }
    if units > 0 || tens == 0 {
        out.push(CHINESE_DIGITS[units]);
    }
    out
}

/// The year, month and day of a date in the Iranian (Solar Hijri) calendar, as an Iranian
/// birth certificate or passport gives a date of birth (1335/06/12 for 3 September 1956):
/// the year begins at Nowruz (20 or 21 March), its first six months have 31 days, the next
/// five 30 and the last 29, or 30 in a leap year, the leap years counted by the 33-year
/// cycle, which agrees with the calendar's equinox rule for every year the slots draw
/// (1925 to 2023): the seventy-first round's slot's `jalali` parts.
fn persian_solar_date(year: i32, month: usize, day: usize) -> (i64, usize, usize) {
    const DAYS_BEFORE: [i64; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let year = i64::from(year);
    let leap_year = if month > 2 { year + 1 } else { year };
    let mut days = 355_666 + 365 * year + (leap_year + 3) / 4 - (leap_year + 99) / 100
        + (leap_year + 399) / 400
        + i64::try_from(day).expect("a day of the month")
        + DAYS_BEFORE[month - 1];
    let mut persian_year = -1595 + 33 * (days / 12_053);
    days %= 12_053;
    persian_year += 4 * (days / 1461);
    days %= 1461;
    if days > 365 {
        persian_year += (days - 1) / 365;
        days = (days - 1) % 365;
    }
    let days = usize::try_from(days).expect("a day of the Persian year");
    if days < 186 {
        (persian_year, 1 + days / 31, 1 + days % 31)
    } else {
        (persian_year, 7 + (days - 186) / 30, 1 + (days - 186) % 30)
    }
}

/// The months' short forms with a full stop where shortened, as British style guides
/// write them ("Sept.", with four letters; May, June and July whole): the sixty-fifth
/// round's slot's `dotshort` part.
const DOTTED_MONTHS: [&str; 12] = [
    "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
];

/// Lower-case Roman numerals for the months, as some people write a date (3.iii.1956).
const ROMAN_MONTHS: [&str; 12] = [
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
];

/// The forms of the twenty-ninth round's `{dobx}` slot, none of which `{dob}` or
/// `{dobw}` writes (3rd of March 1956, March 3rd, 1956, 03MAR1956, 1956/03/03,
/// 3.iii.1956, 03-03-56, 3 March, 1956, Mar. 3, 1956).
const FURTHER_FORMS: &[&str] = &[
    "{day}{ordinal} of {name} {year}",
    "{name} {day}{ordinal}, {year}",
    "{day:02}{SHORT}{year}",
    "{year}/{month:02}/{day:02}",
    "{day}.{roman}.{year}",
    "{day:02}-{month:02}-{yy:02}",
    "{day} {name}, {year}",
    "{short}. {day}, {year}",
];

/// The forms of the thirtieth round's `{doby}` slot, none of which an earlier slot
/// writes (3/3/1956, 3rd Mar '56, 1956.03.03, 03031956, 03 MAR 1956, March 3 1956,
/// 3-Mar-56, Mar 3rd 1956).
const MORE_FORMS: &[&str] = &[
    "{day}/{month}/{year}",
    "{day}{ordinal} {short} '{yy:02}",
    "{year}.{month:02}.{day:02}",
    "{day:02}{month:02}{year}",
    "{day:02} {SHORT} {year}",
    "{name} {day} {year}",
    "{day}-{short}-{yy:02}",
    "{short} {day}{ordinal} {year}",
];

/// The forms of the thirty-first round's `{dobz}` slot, none of which an earlier slot
/// writes.
const YET_MORE_FORMS: &[&str] = &[
    "{day} {ROMAN} {year}",
    "the {day}{ordinal} of {name} {year}",
    "{day}/{short}/{year}",
    "{day:02} {name} '{yy:02}",
    "{year} {short} {day:02}",
    "{day}.{month}.{year}",
    "{day}{ordinal} {name}, {year}",
    "{NAME} {day}, {year}",
];

/// The forms of the thirty-second round's `{dobzz}` slot, none of which an earlier slot
/// writes.
const STILL_MORE_FORMS: &[&str] = &[
    "{day:02}/{month:02}/{yy:02}",
    "{name} the {day}{ordinal}, {year}",
    "{day}-{name}-{year}",
    "{year}{month:02}{day:02}",
    "{day} {short}. {year}",
    "{day:02}.{short}.{year}",
    "{day}{ordinal} of {short} {year}",
    "{day}{ORDINAL} {NAME} {year}",
];

/// The forms of the thirty-third round's `{dobzzz}` slot, none of which an earlier slot
/// writes.
const YET_FURTHER_FORMS: &[&str] = &[
    "{day}{ordinal} {name} '{yy:02}",
    "{year}-{short}-{day:02}",
    "{day} {name} {yy:02}",
    "{day} / {month} / {year}",
    "{day}{ordinal} {short}. {year}",
    "{short}-{day:02}-{year}",
    "{day:02}{short}{yy:02}",
    "{day}{ordinal} day of {name}, {year}",
];

/// The forms of the thirty-fourth round's written date-of-birth slot, `{dobzzzz}`, none
/// of which an earlier slot writes: a slot of its own, so the earlier rounds' draws, and
/// so their comments, stay as they were.
const STILL_FURTHER_FORMS: &[&str] = &[
    "{day:02}/{short}/{yy:02}",
    "{day}{short}{year}",
    "{short} {day} '{yy:02}",
    "{year} {name} {day}",
    "{day} {short}, {year}",
    "{day}-{SHORT}-{year}",
    "{NAME} {day}{ORDINAL}, {year}",
    "{day}.{roman}.{yy:02}",
];

/// The forms of the thirty-fifth round's written date-of-birth slot, `{dobzzzzz}`, none
/// of which an earlier slot writes: a slot of its own, so the earlier rounds' draws, and
/// so their comments, stay as they were.
const FURTHER_STILL_FORMS: &[&str] = &[
    "{day}. {short} {year}",
    "{SHORT} {day:02} {year}",
    "{day}{ordinal}-{short}-{year}",
    "{day:02}-{month:02}-{year}",
    "{name} {day:02}, {year}",
    "{day}.{ROMAN}.{year}",
    "{short} {day}, '{yy:02}",
    "{month:02}/{day:02}/{year}",
];

/// The forms of the thirty-sixth round's written date-of-birth slot, `{dobzzzzzz}`, none
/// of which an earlier slot writes: a slot of its own, so the earlier rounds' draws, and
/// so their comments, stay as they were.
const YET_FURTHER_STILL_FORMS: &[&str] = &[
    "{year}.{month}.{day}",
    "{day}{ordinal} {SHORT} {year}",
    "{short} {day:02}, {year}",
    "{day}{ordinal} of {name}, {year}",
    "{day} {NAME} {year}",
    "{day:02}{month:02}{yy:02}",
    "{day}-{roman}-{year}",
    "{day} {short} '{yy:02}",
];

/// The forms of the thirty-seventh round's written date-of-birth slot, `{dobzzzzzzz}`,
/// none of which an earlier slot writes: a slot of its own, so the earlier rounds' draws,
/// and so their comments, stay as they were.
const FURTHER_STILL_MORE_FORMS: &[&str] = &[
    "{day} {short} {year}",
    "{year}/{month}/{day}",
    "{day:02}.{month:02}.{yy:02}",
    "{short} {day} {year}",
    "{day}{ordinal} {name} {yy:02}",
    "{year} {month:02} {day:02}",
    "{NAME} {day} {year}",
    "{day}-{month}-{yy:02}",
];

/// The forms of the thirty-eighth round's written date-of-birth slot, `{dobzzzzzzzz}`,
/// none of which an earlier slot writes: a slot of its own, so the earlier rounds' draws,
/// and so their comments, stay as they were.
const STILL_MORE_FURTHER_FORMS: &[&str] = &[
    "{year}-{month}-{day}",
    "{name} {day}{ordinal} {year}",
    "{day}{ordinal} {short}, {year}",
    "{year}/{short}/{day:02}",
    "{day} of {name} {year}",
    "{day}{ordinal} {name}, '{yy:02}",
    "{name} {day} '{yy:02}",
    "{year}.{short}.{day:02}",
];

/// The forms of the thirty-ninth round's written date-of-birth slot, `{dobzzzzzzzzz}`,
/// none of which an earlier slot writes: a slot of its own, so the earlier rounds' draws,
/// and so their comments, stay as they were.
const YET_STILL_MORE_FORMS: &[&str] = &[
    "{short}/{day:02}/{year}",
    "{year}{short}{day:02}",
    "{day:02} - {month:02} - {year}",
    "{year}, {name} {day}",
    "{day}{ordinal} of {name} '{yy:02}",
    "{short}. {day}{ordinal}, {year}",
    "{day}/{roman}/{year}",
    "{name} {day}{ordinal}, '{yy:02}",
];

/// The forms of the fortieth round's written date-of-birth slot, `{dobzzzzzzzzzz}`, none
/// of which an earlier slot writes: a slot of its own, so the earlier rounds' draws, and
/// so their comments, stay as they were.
const FURTHER_YET_STILL_FORMS: &[&str] = &[
    "{day}. {month}. {year}",
    "{day}{ordinal}/{month}/{year}",
    "{day} {short}. '{yy:02}",
    "{SHORT}{day:02}{year}",
    "{day:02}/{SHORT}/{year}",
    "{day}/{month:02}/{year}",
    "{day} {name} '{yy:02}",
    "{day}-{short}-{year}",
];

/// The forms of the forty-first round's written date-of-birth slot, `{dobzzzzzzzzzzz}`,
/// none of which an earlier slot writes: a slot of its own, so the earlier rounds' draws,
/// and so their comments, stay as they were.
const STILL_FURTHER_YET_FORMS: &[&str] = &[
    "{day} {month} {year}",
    "{day:02}.{short}.{yy:02}",
    "{day} - {month} - {year}",
    "{short} {day}{ordinal}, '{yy:02}",
    "{NAME} {day:02}, {year}",
    "{month}/{day}/{year}",
    "{day:02}-{short}-{yy:02}",
    "{day:02}.{month}.{year}",
];

/// The forms of the forty-second round's written date-of-birth slot, `{dobzzzzzzzzzzzz}`,
/// none of which an earlier slot writes: a slot of its own, so the earlier rounds' draws,
/// and so their comments, stay as they were.
const STILL_YET_FURTHER_FORMS: &[&str] = &[
    "{short}. {day} '{yy:02}",
    "{year}, {day} {name}",
    "{short}/{day}/{yy:02}",
    "{day} {SHORT} '{yy:02}",
    "{year} {name} {day}{ordinal}",
    "{day} {name}, '{yy:02}",
    "{NAME} {day}{ordinal} {year}",
    "{day}{ordinal} {SHORT}, {year}",
];

/// The forms of the forty-third round's written date-of-birth slot, `{dobzzzzzzzzzzzzz}`,
/// none of which an earlier slot writes: a slot of its own, so the earlier rounds' draws,
/// and so their comments, stay as they were.
const YET_STILL_FURTHER_FORMS: &[&str] = &[
    "{day}{ordinal} of {SHORT} {year}",
    "{NAME} {day:02} '{yy:02}",
    "{year} - {month:02} - {day:02}",
    "{day}{ordinal} {NAME} '{yy:02}",
    "{short}.{day}.{year}",
    "{day}{ordinal}, {name} {year}",
    "{day}-{ROMAN}-{yy:02}",
    "{day:02}{SHORT}{yy:02}",
];

/// The forms of the forty-fourth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own, so the
/// earlier rounds' draws, and so their comments, stay as they were.
const FURTHER_YET_MORE_FORMS: &[&str] = &[
    "{day}/{month}-{year}",
    "{SHORT}-{day:02}-{yy:02}",
    "{day} / {short} / {year}",
    "{day} {ROMAN} '{yy:02}",
    "{year}, {short} {day}",
    "{day}. {name} {year}",
    "{day}{ordinal} of {NAME}, {year}",
    "{NAME} {day}{ORDINAL} '{yy:02}",
];

/// The forms of the forty-fifth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own, so the
/// earlier rounds' draws, and so their comments, stay as they were.
const MORE_FURTHER_YET_FORMS: &[&str] = &[
    "{day:02}:{month:02}:{year}",
    "{name} {day}, {yy:02}",
    "{day}{ordinal}/{short}/{year}",
    "{day} - {short} - {year}",
    "{short} {day} {yy:02}",
    "{year} / {month:02} / {day:02}",
    "{day}, {name} {year}",
    "{name}, {day} {year}",
];

/// The forms of the forty-sixth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own, so the
/// earlier rounds' draws, and so their comments, stay as they were.
const FURTHER_MORE_YET_FORMS: &[&str] = &[
    "{month:02}.{day:02}.{year}",
    "{month}-{day}-{year}",
    "{day:02} {month:02} {yy:02}",
    "{year} {short}. {day}",
    "{day:02}/{month:02} {year}",
    "{day} {name}, {yy:02}",
    "{name} {day}{ordinal} '{yy:02}",
    "{day}.{month:02}.{year}",
];

/// The forms of the forty-seventh round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own, so the
/// earlier rounds' draws, and so their comments, stay as they were.
const MORE_FURTHER_STILL_FORMS: &[&str] = &[
    "{day}:{month}:{year}",
    "{day} {roman} {year}",
    "{day:02}_{month:02}_{year}",
    "{yy:02}.{month:02}.{day:02}",
    "{name}, {day}{ordinal} {year}",
    "{day:02}.{month:02}. {year}",
    "{day}/{month}/'{yy:02}",
    "{SHORT}. {day}, {year}",
];

/// The forms of the forty-eighth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own, so the
/// earlier rounds' draws, and so their comments, stay as they were.
const FURTHER_STILL_YET_FORMS: &[&str] = &[
    "{year}_{month:02}_{day:02}",
    "{day}.{month}.'{yy:02}",
    "{year}:{month:02}:{day:02}",
    "{day:02}{name}{year}",
    "{day:02}/{name}/{year}",
    "{name}-{day:02}-{year}",
    "{day}-{month}-'{yy:02}",
    "{day}/{month} '{yy:02}",
];

/// The forms of the forty-ninth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own, so the
/// earlier rounds' draws, and so their comments, stay as they were.
const FURTHER_STILL_YET_MORE_FORMS: &[&str] = &[
    "{day:02}|{month:02}|{year}",
    "{year}|{month:02}|{day:02}",
    "{day:02}.{month:02}/{year}",
    "{name} {day:02} {year}",
    "{day}{ordinal} {short}. '{yy:02}",
    "{SHORT}/{day:02}/{year}",
    "{name}, {day}{ordinal}, {year}",
    "{day:02} {roman} {yy:02}",
];

/// The forms of the fiftieth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own, so the
/// earlier rounds' draws, and so their comments, stay as they were.
const FURTHER_STILL_YET_MORE_STILL_FORMS: &[&str] = &[
    "{day:02}\\{month:02}\\{year}",
    "{day:02}-{month:02}/{year}",
    "{day:02}.{month:02}-{year}",
    "{day}{ordinal} {ROMAN} {year}",
    "{NAME}/{day:02}/{year}",
    "{year} {NAME} {day:02}",
    "{short} {day}{ordinal} '{yy:02}",
    "{day:02} {month:02} '{yy:02}",
];

/// The forms of the fifty-first round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own, so the
/// earlier rounds' draws, and so their comments, stay as they were.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_FORMS: &[&str] = &[
    "{day:02} / {month:02} / {yy:02}",
    "{day:02}.{month:02} {year}",
    "{day:02},{month:02},{year}",
    "{SHORT} {day}{ORDINAL} {year}",
    "{day:02}-{NAME}-{year}",
    "{name} {day:02} '{yy:02}",
    "{year}, {day}{ordinal} {name}",
    "{day:02}.{roman}.{year}",
];

/// The forms of the fifty-second round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own, so the
/// earlier rounds' draws, and so their comments, stay as they were.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_FORMS: &[&str] = &[
    "{day:02} . {month:02} . {year}",
    "{day:02}/{month:02}.{year}",
    "{day:02}-{month:02}.{year}",
    "{day:02}.{month:02}.'{yy:02}",
    "{day}{ordinal} {NAME}, {year}",
    "{NAME} {day}, '{yy:02}",
    "{short} {day:02} '{yy:02}",
    "{day} {SHORT}. {year}",
];

/// The forms of the fifty-third round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own, so the
/// earlier rounds' draws, and so their comments, stay as they were.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_FORMS: &[&str] = &[
    "{day:02} | {month:02} | {year}",
    "{day:02} {month:02}/{year}",
    "{day:02} - {month:02} - {yy:02}",
    "{yy:02}/{month:02}/{day:02}",
    "{NAME} the {day}{ordinal}, {year}",
    "{short}, {day} {year}",
    "{day:02} {SHORT}, {year}",
    "{year} {SHORT} {day:02}",
];

/// The forms of the fifty-fourth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own, so the
/// earlier rounds' draws, and so their comments, stay as they were.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FORMS: &[&str] = &[
    "{day:02}~{month:02}~{year}",
    "{day:02} ~ {month:02} ~ {year}",
    "{day:02}//{month:02}//{year}",
    "{year} ~ {month:02} ~ {day:02}",
    "{SHORT} {day}, '{yy:02}",
    "{day}-{SHORT}-{yy:02}",
    "{ROMAN} {day} {year}",
    "{short}. {day}{ordinal} {year}",
];

/// The forms of the fifty-fifth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own, so the
/// earlier rounds' draws, and so their comments, stay as they were.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_FORMS: &[&str] = &[
    "{day:02}/ {month:02}/ {year}",
    "{day:02} . {month:02} . {yy:02}",
    "{day:02},{month:02},{yy:02}",
    "{day:02}.{SHORT}.{year}",
    "{year}, {day}{ordinal} of {name}",
    "{day}{ordinal} of {name}, '{yy:02}",
    "{short} {day}{ordinal}, {year}",
    "{name} {day}, '{yy:02}",
];

/// The forms of the fifty-sixth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own, so the
/// earlier rounds' draws, and so their comments, stay as they were.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_FORMS: &[&str] = &[
    "{day:02}/{month:02} - {year}",
    "{day:02} , {month:02} , {year}",
    "{day:02}+{month:02}+{year}",
    "{year}, {short} {day}{ordinal}",
    "{NAME} {day}{ORDINAL}, '{yy:02}",
    "{day:02}. {month:02}. {yy:02}",
    "{day}{ordinal} of {short}. {year}",
    "{day:02}-{short}-'{yy:02}",
];

/// The forms of the fifty-seventh round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own, so the
/// earlier rounds' draws, and so their comments, stay as they were.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_FORMS: &[&str] = &[
    "the {day}{ordinal} of {name}, {year}",
    "{name} the {day}{ordinal} {year}",
    "{name} {day}{ordinal} of {year}",
    "{day}{ordinal} of {short}, {year}",
    "{day} {month} {yy:02}",
    "{day}{ordinal} {name}, {yy:02}",
    "{day} {short} - {year}",
    "{day}{ordinal} of {name} in {year}",
];

/// The forms of the fifty-eighth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own, so the
/// earlier rounds' draws, and so their comments, stay as they were.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_FORMS: &[&str] =
    &[
        "the {day}{ordinal} {name} {year}",
        "{day}{ordinal} {name} of {year}",
        "{day} {name} of {year}",
        "{day:02} {short} {year}",
        "{day}{ordinal} {short} {year}",
        "{short} {day:02} {year}",
        "{month}/{day}/{yy:02}",
        "{day:02}. {name} {year}",
    ];

/// The forms of the fifty-ninth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own, so the
/// earlier rounds' draws, and so their comments, stay as they were.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_FORMS:
    &[&str] = &[
    "the {day}{ordinal} of {name} '{yy:02}",
    "{day}{ordinal} of {name} {yy:02}",
    "the {day}{ordinal} of {short}. {year}",
    "{day:02} {name} {year}",
    "{day}{ordinal} {short} {yy:02}",
    "{month:02}/{day:02}/{yy:02}",
    "{day}-{month:02}-{year}",
    "{day}/{month:02}/{yy:02}",
];

/// The forms of the sixtieth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own, so the
/// earlier rounds' draws, and so their comments, stay as they were. Four write the
/// year's apostrophe curled (’), as a phone's keyboard does.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_FORMS:
    &[&str] = &[
    "{name} {day}{ordinal} {yy:02}",
    "{day}{ordinal} {name} ’{yy:02}",
    "{day} {short} ’{yy:02}",
    "{day}{ordinal}/{month:02}/{yy:02}",
    "{day}{ordinal} of {name}, {yy:02}",
    "{short} {day}{ordinal} {yy:02}",
    "{day:02}/{month:02}/’{yy:02}",
    "{name} {day}, ’{yy:02}",
];

/// The forms of the sixty-first round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own, so the
/// earlier rounds' draws, and so their comments, stay as they were. Three write the
/// month in capitals, as on a form filled in block letters, and one writes the dashes
/// long, as a word processor turns a spaced hyphen into a dash.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FORMS:
    &[&str] = &[
    "{day} of {name}, {year}",
    "{day}{ordinal} of {short} '{yy:02}",
    "{day:02} {short} '{yy:02}",
    "{day} {NAME} '{yy:02}",
    "{day}{ORDINAL} {SHORT} '{yy:02}",
    "{SHORT} {day}{ORDINAL}, {year}",
    "{name} {day} {yy:02}",
    "{day:02} – {month:02} – {year}",
];

/// The forms of the sixty-second round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own, so the
/// earlier rounds' draws, and so their comments, stay as they were. Three write the day
/// as an ordinal word, as in a letter or a statement (the third of March 1956), four the
/// month's name or short form in small letters, as typed in a hurry on a phone, and one
/// spaces the slashes round a two-digit year.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_FORMS:
    &[&str] = &[
    "{dayword} of {name} {year}",
    "the {dayword} of {name} {year}",
    "{name} {dayword}, {year}",
    "{day} {lname} {year}",
    "{day}{ordinal} {lname} {yy:02}",
    "{lshort} {day} {year}",
    "{day:02}-{lshort}-{year}",
    "{day} / {month} / {yy:02}",
];

/// The forms of the sixty-third round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own, so
/// the earlier rounds' draws, and so their comments, stay as they were. Three write the
/// day of the week before the date, as on a letter or a form that asks for it (through a
/// new weekday part, worked out from the drawn date), three the month's name or short
/// form in small letters before an ordinal day or after one, as typed on a phone, one the
/// year in words, as in a statement (through a new yearword part), and one the month first
/// with stops and a two-digit year, as on an American form.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_FORMS:
    &[&str] = &[
    "{weekday} {day}{ordinal} {name} {year}",
    "{weekday}, {name} {day}, {year}",
    "{weekday} {day:02}/{month:02}/{year}",
    "{lname} {day}{ordinal} {year}",
    "{day}{ordinal} of {lname} {year}",
    "{day}{ordinal} {lshort} {year}",
    "{day} {name} {yearword}",
    "{month}.{day}.{yy:02}",
];

/// The forms of the sixty-fourth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own, so
/// the earlier rounds' draws, and so their comments, stay as they were. Three write the
/// day of the week before the date, one in full with "the" and "of", as said aloud, two
/// in its short form, as a phone's calendar copies it (through a new wkshort part, worked
/// out from the drawn date); two the digits with a space between each, as copied from the
/// boxes of a form (through new boxday, boxmonth and boxyear parts); one the month's name
/// in small letters before the day and a comma, as typed on a phone; one the month's name
/// before the day in words, and one the day in words with the year in words, as in a
/// statement or a letter.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_FORMS:
    &[&str] = &[
    "{weekday} the {day}{ordinal} of {name} {year}",
    "{wkshort} {day} {short} {year}",
    "{wkshort}, {day:02}/{month:02}/{yy:02}",
    "{boxday} / {boxmonth} / {boxyear}",
    "{boxday} {boxmonth} {boxyear}",
    "{lname} {day}, {year}",
    "{name} the {dayword}, {year}",
    "{dayword} of {name} {yearword}",
];

/// The forms of the sixty-fifth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own, so
/// the earlier rounds' draws, and so their comments, stay as they were. Two write the
/// month as an ordinal word after "of the", as some people say a date aloud ("the third
/// of the ninth"), one with the day in words and one in figures (through a new
/// monthword part); three the month's short form with a full stop where it is shortened,
/// as British style guides write it ("Sept.", "Jan.", May, June and July whole; through
/// a new dotshort part), one after the day, one after the day and its suffix with the
/// year's last two figures after an apostrophe, and one before the day and its suffix;
/// one the year first, then the day in words and the month's name, as in a memoir; one
/// the weekday's short form before the month's name, the day and the year, as an American
/// calendar copies it; and one the month as a Roman numeral in capitals between spaced
/// hyphens, as on an old continental document.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_FORMS:
    &[&str] = &[
    "the {dayword} of the {monthword}, {year}",
    "the {day}{ordinal} of the {monthword} {year}",
    "{day} {dotshort} {year}",
    "{day}{ordinal} {dotshort} '{yy:02}",
    "{dotshort} {day}{ordinal}, {year}",
    "{year}, the {dayword} of {name}",
    "{wkshort} {name} {day}, {year}",
    "{day} - {ROMAN} - {year}",
];

/// The forms of the sixty-sixth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own, so
/// the earlier rounds' draws, and so their comments, stay as they were. Two write the day
/// as an ordinal word: one with a capital, opening the date as it opens a line of a form
/// ("Third of September 1956", through a new Dayword part), and one before "day of", as a
/// deed or a certificate words it ("the third day of September, 1956"); two the weekday
/// before the date, one with the month's name before the day and its suffix, as an
/// American letter heads it ("Monday, September 3rd, 1956"), and one with the day in
/// words ("Monday third September 1956"); one the day, month and year's last two figures
/// with a space between their digits, as copied from a form's boxes ("0 3 / 0 9 / 5 6",
/// through a new boxyy part); one the year first, then the month's name and "the" before
/// the day and its suffix ("1956, September the 3rd"); one the day's two figures, the
/// month as a Roman numeral in capitals and the year's last two figures between full
/// stops, as on an old continental document ("03.IX.56"); and one the day and its suffix,
/// "of" and the month's short form with a full stop where it is shortened ("3rd of Sept.
/// 1956", "3rd of May 1956").
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FORMS:
    &[&str] = &[
    "{Dayword} of {name} {year}",
    "the {dayword} day of {name}, {year}",
    "{weekday}, {name} {day}{ordinal}, {year}",
    "{weekday} {dayword} {name} {year}",
    "{boxday} / {boxmonth} / {boxyy}",
    "{year}, {name} the {day}{ordinal}",
    "{day:02}.{ROMAN}.{yy:02}",
    "{day}{ordinal} of {dotshort} {year}",
];

/// The forms of the sixty-seventh round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own, so
/// the earlier rounds' draws, and so their comments, stay as they were. One writes the
/// weekday, a comma and the day before the month's name, as a British letter heads it
/// ("Monday, 3 September 1956"); one the month's name, the day and its suffix, a comma and
/// the year in words, as a card writes it out ("September 3rd, nineteen fifty-six"); two
/// the month before the day, as an American form asks for it, one with hyphens and the
/// year's last two figures ("09-03-56"), one run together with the whole year, as typed
/// into a form's one field ("09031956"); one the day's suffix in raised letters, as a word
/// processor sets it and a copy keeps it ("3ʳᵈ September 1956", through a new supord part);
/// one the year, month and day each with a full stop after it and a space between, as a
/// Hungarian writes a date ("1956. 09. 03."); one the day, month and year with a time of
/// midnight after them, as a spreadsheet's date cell is copied out ("03/09/1956 00:00");
/// and one the day, month and year in full-width digits, as a Chinese or Japanese
/// keyboard types them ("０３/０９/１９５６", through new wideday, widemonth and wideyear
/// parts).
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_FORMS:
    &[&str] = &[
    "{weekday}, {day} {name} {year}",
    "{name} {day}{ordinal}, {yearword}",
    "{month:02}-{day:02}-{yy:02}",
    "{month:02}{day:02}{year}",
    "{day}{supord} {name} {year}",
    "{year}. {month:02}. {day:02}.",
    "{day:02}/{month:02}/{year} 00:00",
    "{wideday}/{widemonth}/{wideyear}",
];

/// The forms of the sixty-eighth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own, so
/// the earlier rounds' draws, and so their comments, stay as they were. One writes the
/// year, month and day with a time of midnight after a T, as a booking system's export
/// copies a date field ("1956-09-03T00:00:00"); one the month before the day, the whole
/// year and a time of midnight with AM after it, as an American spreadsheet's date cell is
/// copied out ("9/3/1956 12:00:00 AM"); one the year, month and day each followed by its
/// character, as a Chinese or Japanese form writes a date ("1956年9月3日"); one the year
/// of the Japanese era with the era's initial, the month and the day between full stops,
/// as a Japanese form or insurance card writes a date of birth ("S31.9.3", through a new
/// wareki part); one the month's name in Welsh, as a bilingual NHS Wales form gives it
/// ("3 Medi 1956", through a new welshname part); one the day, month and year between
/// full stops with "r." (for rok, year) after them, as a Polish form writes a date
/// ("03.09.1956 r."); one the day, month and year with the weekday's short form in
/// brackets after them, as a calendar or a diary copies a date out ("03/09/1956 (Mon)");
/// and one the day, "de", the month's name in Spanish and "de" before the year, as
/// Spanish writes a date ("3 de septiembre de 1956", through a new spanishname part).
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_FORMS:
    &[&str] = &[
    "{year}-{month:02}-{day:02}T00:00:00",
    "{month}/{day}/{year} 12:00:00 AM",
    "{year}年{month}月{day}日",
    "{wareki}.{month}.{day}",
    "{day} {welshname} {year}",
    "{day:02}.{month:02}.{year} r.",
    "{day:02}/{month:02}/{year} ({wkshort})",
    "{day} de {spanishname} de {year}",
];

/// The forms of the sixty-ninth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own, so
/// the earlier rounds' draws, and so their comments, stay as they were. One writes the
/// month's name in French, as a French identity card or a patient from a French-speaking
/// country writes a date ("3 septembre 1956", through a new frenchname part); one the
/// month's name in Irish, as a bilingual form in Ireland gives it ("3 Meán Fómhair 1956",
/// through a new irishname part); one the year, month and day each followed by its
/// Korean character, as a Korean form writes a date ("1956년 09월 03일"); one the day and
/// month with the year of the Thai Buddhist era, as a Thai identity card gives it
/// ("03/09/2499", through a new buddhistyear part); one the year of the Republic of
/// China's calendar after its name, the month and the day each followed by its
/// character, as a Taiwanese identity card writes it ("民國45年09月03日", through a new
/// minguo part); one the year, month and day with midnight, its thousandths and a Z for
/// UTC after them, as a web form's export or an app's JSON copies a date field
/// ("1956-09-03T00:00:00.000Z"); one the year's last two figures, the month and the day
/// run together, as a Korean resident number or a Swedish personal number begins
/// ("560903"); and one the day, month and year with the form's own hint after them in
/// brackets, as a date copied from a form keeps it ("03/09/1956 (dd/mm/yyyy)").
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_FORMS:
    &[&str] = &[
    "{day} {frenchname} {year}",
    "{day} {irishname} {year}",
    "{year}년 {month:02}월 {day:02}일",
    "{day:02}/{month:02}/{buddhistyear}",
    "民國{minguo}年{month:02}月{day:02}日",
    "{year}-{month:02}-{day:02}T00:00:00.000Z",
    "{yy:02}{month:02}{day:02}",
    "{day:02}/{month:02}/{year} (dd/mm/yyyy)",
];

/// The forms of the seventieth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own, so
/// the earlier rounds' draws, and so their comments, stay as they were. One writes the
/// month's name in Italian, as an Italian identity card or a patient from Italy writes a
/// date ("3 settembre 1956", through a new italianname part); one the day, "de", the
/// month's name in Portuguese and "de" before the year, as a Portuguese or Brazilian
/// document writes it ("3 de setembro de 1956", through a new portuguesename part); one
/// the month's name in Polish, in the genitive, with "r." (for roku, of the year) after
/// the year, as a Polish letter dates it ("3 września 1956 r.", through a new polishname
/// part); one the month's name in Russian, in the genitive, with "г." (for года) after
/// the year, as a Russian form writes it ("3 сентября 1956 г.", through a new russianname
/// part); one the day, month and year in Arabic-Indic digits, as an Arabic form writes
/// them ("٠٣/٠٩/١٩٥٦", through new arabicday, arabicmonth and arabicyear parts); one the
/// Japanese era's name in kanji with its year, then the month and the day each followed
/// by its character, as a Japanese document writes a date of birth ("昭和31年9月3日",
/// through a new warekikanji part, the era's first year written 元); one the year and the
/// day of the year, as an ISO ordinal date in a system's export gives it ("1956-247",
/// through a new yday part); and one the date's spreadsheet serial number, as a date cell
/// pasted without its format shows it ("20701", through a new excelserial part).
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_FORMS:
    &[&str] = &[
    "{day} {italianname} {year}",
    "{day} de {portuguesename} de {year}",
    "{day} {polishname} {year} r.",
    "{day} {russianname} {year} г.",
    "{arabicday}/{arabicmonth}/{arabicyear}",
    "{warekikanji}年{month}月{day}日",
    "{year}-{yday:03}",
    "{excelserial}",
];

/// The forms of the seventy-first round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own, so
/// the earlier rounds' draws, and so their comments, stay as they were. One writes the
/// month's name in Turkish, as a Turkish identity card or a patient from Turkey writes a
/// date ("3 Eylül 1956", through a new turkishname part); one the month's name in Greek,
/// in the genitive, as a Greek form writes it ("3 Σεπτεμβρίου 1956", through a new
/// greekname part); one the year with a full stop, the month's name in Hungarian and the
/// day with a full stop, as Hungarian writes a date ("1956. szeptember 3.", through a new
/// hungarianname part); one the year with "m." (for metai, year), the month's name in
/// Lithuanian, in the genitive, and the day with "d." (for diena, day), as a Lithuanian
/// document writes it ("1956 m. rugsėjo 3 d.", through a new lithuanianname part); one
/// the day, month and year with the words for them, as a Vietnamese form writes a date
/// ("ngày 3 tháng 9 năm 1956"); one the year, month and day of the Iranian (Solar Hijri)
/// calendar, as an Iranian birth certificate gives a date of birth ("1335/06/12", through
/// new jalaliyear, jalalimonth and jalaliday parts); one the day, month and year in
/// Devanagari digits, as a Nepali or Hindi form writes them ("०३/०९/१९५६", through new
/// devaday, devamonth and devayear parts); and one the date as Unix time, as a system's
/// export gives a date field ("-420595200", through a new unixtime part).
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FORMS:
    &[&str] = &[
    "{day} {turkishname} {year}",
    "{day} {greekname} {year}",
    "{year}. {hungarianname} {day}.",
    "{year} m. {lithuanianname} {day} d.",
    "ngày {day} tháng {month} năm {year}",
    "{jalaliyear}/{jalalimonth:02}/{jalaliday:02}",
    "{devaday}/{devamonth}/{devayear}",
    "{unixtime}",
];

/// The forms of the seventy-second round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own, so
/// the earlier rounds' draws, and so their comments, stay as they were. One writes the
/// day with a full stop and the month's name in Czech, in the genitive, as a Czech form
/// writes a date ("3. září 1956", through a new czechname part); one the month's name in
/// Ukrainian, in the genitive, and "р." (for рік, year) after the year, as a Ukrainian
/// document writes it ("3 вересня 1956 р.", through a new ukrainianname part); one the day
/// with a full stop and the month's name in Finnish, in the partitive, as Finnish writes a
/// date ("3. syyskuuta 1956", through a new finnishname part); one the month's name in
/// Romanian, as a Romanian identity card or form writes it ("3 septembrie 1956", through a
/// new romanianname part); one the month's name in Thai and the year of the Buddhist era,
/// as a Thai identity card writes a date of birth ("3 กันยายน 2499", through a new
/// thainame part); one the month's name in Catalan with "de" or "d'" before it and "de"
/// before the year, as a Catalan form writes a date ("3 de setembre de 1956", through a
/// new catalanname part); one the year, month and day in Chinese numerals, as a Chinese
/// form writes a date ("一九五六年九月三日", through new hanziyear, hanzimonth and hanziday
/// parts); and one the date as a SAS or Stata date value, the days from 1 January 1960,
/// as a research data set exports a date field ("-1215", through a new sasdate part).
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_FORMS:
    &[&str] = &[
    "{day}. {czechname} {year}",
    "{day} {ukrainianname} {year} р.",
    "{day}. {finnishname} {year}",
    "{day} {romanianname} {year}",
    "{day} {thainame} {buddhistyear}",
    "{day} {catalanname} de {year}",
    "{hanziyear}年{hanzimonth}月{hanziday}日",
    "{sasdate}",
];

/// The forms of the seventy-third round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own, so
/// the earlier rounds' draws, and so their comments, stay as they were. One writes the
/// day with a full stop and the month's name in German, as a German form writes a date
/// ("3. September 1956", "3. März 1956", through a new germanname part); one the month's
/// name in Albanian, as an Albanian or Kosovan document writes it ("3 shtator 1956",
/// through a new albanianname part); one the month's name in Bulgarian and "г." (for
/// година, year) after the year, as a Bulgarian document writes it ("3 септември 1956 г.",
/// through a new bulgarianname part); one the year with a full stop and "gada" (of the
/// year), then the day with a full stop and the month's name in Latvian, in the locative,
/// as a Latvian document writes a date ("1956. gada 3. septembrī", through a new
/// latvianname part); one the day, month and year of the Ethiopian calendar with "E.C."
/// (Ethiopian calendar) after them, as an Ethiopian identity card or birth certificate
/// gives a date of birth in English ("28/12/1948 E.C.", through new ethday, ethmonth and
/// ethyear parts); one the year, month and day of the tabular Islamic calendar with
/// "هـ" (for hijri) after them, as a Saudi or Gulf identity document writes a date of
/// birth ("1376/01/27 هـ", through new hijriyear, hijrimonth and hijriday parts); one the
/// date as a web page's script turns a date into text (JavaScript's `Date.toString()` on
/// a machine set to UTC), as a form that lost its date formatting sends it ("Mon Sep 03
/// 1956 00:00:00 GMT+0000 (Coordinated Universal Time)"); and one the year, month and day
/// with "оны" (of the year) and "сарын" (of the month) after the year and the month, as a
/// Mongolian document writes a date ("1956 оны 09 сарын 03"). The Ethiopian and Islamic
/// dates are worked out from the drawn date, so no draw moves.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_FORMS:
    &[&str] = &[
    "{day}. {germanname} {year}",
    "{day} {albanianname} {year}",
    "{day} {bulgarianname} {year} г.",
    "{year}. gada {day}. {latvianname}",
    "{ethday:02}/{ethmonth:02}/{ethyear} E.C.",
    "{hijriyear}/{hijrimonth:02}/{hijriday:02} هـ",
    "{wkshort} {short} {day:02} {year} 00:00:00 GMT+0000 (Coordinated Universal Time)",
    "{year} оны {month:02} сарын {day:02}",
];

/// The forms of the seventy-fourth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own, so
/// the earlier rounds' draws, and so their comments, stay as they were. One writes the
/// day with a full stop, the month's name in Croatian, in the genitive, and the year with
/// a full stop, as a Croatian document writes a date ("3. rujna 1956.", through a new
/// croatianname part); one the month's name in Hebrew with "ב" (in) before it, as an
/// Israeli document writes a date ("3 בספטמבר 1956", through a new hebrewname part); one
/// the month's name in Hindi, as an Indian form in Hindi writes it ("3 सितंबर 1956",
/// through a new hindiname part); one the day, the month's name and the year of the
/// Iranian (Solar Hijri) calendar, the numbers in Persian digits, as an Iranian birth
/// certificate writes a date ("۱۲ شهریور ۱۳۳۵", through new persianday, persianmonthname
/// and persianyear parts); one the day, month and year in Bengali digits, as a
/// Bangladeshi form writes a date ("০৩/০৯/১৯৫৬", through new bengaliday, bengalimonth and
/// bengaliyear parts); one the ISO 8601 week date, the year, "W" and the week, and the
/// weekday, as a system that files by week writes a date ("1956-W36-1", through new
/// isoweekyear, isoweek and isoweekday parts; new iso_week); one the date as an e-mail's
/// or a web server's header writes it (RFC 2822: "Mon, 03 Sep 1956 00:00:00 +0000"); and
/// one the date as a .NET JSON serialiser writes it, the milliseconds of Unix time in
/// "/Date(...)/" ("/Date(-420595200000)/", through a new unixms part). The Iranian dates
/// and the ISO weeks are worked out from the drawn date, so no draw moves.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_FORMS:
    &[&str] = &[
    "{day}. {croatianname} {year}.",
    "{day} ב{hebrewname} {year}",
    "{day} {hindiname} {year}",
    "{persianday} {persianmonthname} {persianyear}",
    "{bengaliday}/{bengalimonth}/{bengaliyear}",
    "{isoweekyear}-W{isoweek:02}-{isoweekday}",
    "{wkshort}, {day:02} {short} {year} 00:00:00 +0000",
    "/Date({unixms})/",
];

/// The forms of the seventy-fifth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own, so
/// the earlier rounds' draws, and so their comments, stay as they were. One writes the
/// day with a full stop and the month's name in Norwegian, as a Norwegian document writes
/// a date ("3. september 1956", through a new norwegianname part); one the month's name
/// in Armenian, in the genitive, and "թ." (year) after the year, as an Armenian document
/// writes a date ("3 սեպտեմբերի 1956 թ.", through a new armenianname part); one the year
/// with "წლის" (of the year) before the day and the month's name in Georgian, as a
/// Georgian document writes a date ("1956 წლის 3 სექტემბერი", through a new georgianname
/// part); one the year with "жылғы" before the day and the month's name in Kazakh, as a
/// Kazakh document writes a date ("1956 жылғы 3 қыркүйек", through a new kazakhname
/// part); one the year with "-yil" and the day with a hyphen before the month's name in
/// Uzbek, as an Uzbek document writes a date ("1956-yil 3-sentabr", through a new
/// uzbekname part); one the day, month and Thai Buddhist year in Thai digits, as a Thai
/// document writes a date ("๓/๙/๒๔๙๙", through new thaiday, thaimonth and thaiyear
/// parts, the year the sixty-ninth round's thai_buddhist_year); one the date as Python
/// writes a date object in a record it prints ("datetime.date(1956, 9, 3)"); and one the
/// date as an X.509 certificate's date-of-birth attribute and other ASN.1 records write
/// it, GeneralizedTime at midnight UTC ("19560903000000Z"). The Buddhist years are
/// worked out from the drawn date, so no draw moves.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FORMS:
    &[&str] = &[
    "{day}. {norwegianname} {year}",
    "{day} {armenianname} {year} թ.",
    "{year} წლის {day} {georgianname}",
    "{year} жылғы {day} {kazakhname}",
    "{year}-yil {day}-{uzbekname}",
    "{thaiday}/{thaimonth}/{thaiyear}",
    "datetime.date({year}, {month}, {day})",
    "{year}{month:02}{day:02}000000Z",
];

/// The forms of the seventy-sixth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. One writes the
/// day with a full stop and the month's name in Slovak, in the genitive, as a Slovak
/// document writes a date ("3. septembra 1956", through a new slovakname part); one the
/// day with a full stop, the month's name in Serbian Cyrillic and a full stop after the
/// year, as a Serbian document writes a date ("3. септембар 1956.", through a new
/// serbianname part); one the month's name in Tamil, as a Tamil document writes a date
/// ("3 செப்டம்பர் 1956", through a new tamilname part); one the month's name in Swahili, as
/// a Tanzanian or Kenyan document writes a date ("3 Septemba 1956", through a new
/// swahiliname part); one "ta'" (of) and the month's name in Maltese, as a Maltese
/// document writes a date ("3 ta' Settembru 1956", through a new maltesename part); one
/// the day, month and year in Myanmar digits with hyphens, as a Burmese document writes a
/// date ("၃-၉-၁၉၅၆", through new myanmarday, myanmarmonth and myanmaryear parts); one the
/// date as Go prints a time value at midnight UTC in a log or a record
/// ("1956-09-03 00:00:00 +0000 UTC"); and one the date as Java prints a date object at
/// midnight GMT, the weekday first and the year last ("Mon Sep 03 00:00:00 GMT 1956").
/// The weekday is worked out from the drawn date, so no draw moves.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_FORMS:
    &[&str] = &[
    "{day}. {slovakname} {year}",
    "{day}. {serbianname} {year}.",
    "{day} {tamilname} {year}",
    "{day} {swahiliname} {year}",
    "{day} ta' {maltesename} {year}",
    "{myanmarday}-{myanmarmonth}-{myanmaryear}",
    "{year}-{month:02}-{day:02} 00:00:00 +0000 UTC",
    "{wkshort} {short} {day:02} 00:00:00 GMT {year}",
];

/// The forms of the seventy-seventh round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. One writes the
/// year with -ko, the month's name in Basque, in the genitive, and the day with -a, as a
/// Basque document writes a date ("1956ko irailaren 3a", through a new basquename part);
/// one the month's name in Belarusian, in the genitive, and "г." (year) after the year,
/// as a Belarusian document writes a date ("3 верасня 1956 г.", through a new
/// belarusianname part); one the month's name in Filipino first, as a Philippine document
/// in Filipino writes a date ("Setyembre 3, 1956", through a new filipinoname part); one
/// the month's name in Malagasy, as a Malagasy document writes a date ("3 Septambra 1956",
/// through a new malagasyname part); one the day, month and year in Khmer digits with
/// slashes, as a Cambodian document writes a date ("០៣/០៩/១៩៥៦", through new khmerday,
/// khmermonth and khmeryear parts); one the date as Python prints a datetime value at
/// midnight in a log or a dump ("datetime.datetime(1956, 9, 3, 0, 0)"); one the date as
/// SQL Server writes a datetime column at midnight in an export ("1956-09-03
/// 00:00:00.000"); and one the date as JavaScript's toDateString prints it, the weekday
/// first and the year last ("Mon Sep 03 1956"). The weekday is worked out from the drawn
/// date, so no draw moves.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_FORMS:
    &[&str] = &[
    "{year}ko {basquename} {day}a",
    "{day} {belarusianname} {year} г.",
    "{filipinoname} {day}, {year}",
    "{day} {malagasyname} {year}",
    "{khmerday}/{khmermonth}/{khmeryear}",
    "datetime.datetime({year}, {month}, {day}, 0, 0)",
    "{year}-{month:02}-{day:02} 00:00:00.000",
    "{wkshort} {short} {day:02} {year}",
];

/// The forms of the seventy-eighth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. One writes the
/// month's name in Urdu, with the Arabic comma after it, as a Pakistani or Urdu document
/// writes a date ("3 ستمبر، 1956", through a new urduname part); one the day, month and
/// year in Gujarati digits with slashes, as a Gujarati document writes a date
/// ("૦૩/૦૯/૧૯૫૬", through new gujaratiday, gujaratimonth and gujaratiyear parts); one the
/// date in the Indian national (Saka) calendar, the month first, as the Gazette of India
/// writes it ("Bhadra 12, 1878 (Saka)", through new sakamonth, sakaday and sakayear
/// parts); one the year of the Korean Dangi era (the Gregorian year and 2,333), with the
/// month and day, as a South Korean document of the years that era was the official one
/// writes a date ("단기 4289년 9월 3일", through a new dangiyear part); one the day with
/// "mh" and the month's name in Scottish Gaelic, as a computer or phone set to Scottish
/// Gaelic writes a date ("3mh dhen t-Sultain 1956", through a new gaelicname part); one
/// the month's name in Maori, as a computer or phone set to Maori writes a date ("3
/// Hepetema 1956", through a new maoriname part); one the date as C's asctime and ctime
/// print it at midnight, the day padded with a space ("Mon Sep  3 00:00:00 1956",
/// through a new spaceday part); and one the date as PostgreSQL writes a timestamp with
/// time zone at midnight in UTC ("1956-09-03 00:00:00+00"). The Saka date and the weekday
/// are worked out from the drawn date, so no draw moves.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_FORMS:
    &[&str] = &[
    "{day} {urduname}، {year}",
    "{gujaratiday}/{gujaratimonth}/{gujaratiyear}",
    "{sakamonth} {sakaday}, {sakayear} (Saka)",
    "단기 {dangiyear}년 {month}월 {day}일",
    "{day}mh {gaelicname} {year}",
    "{day} {maoriname} {year}",
    "{wkshort} {short} {spaceday} 00:00:00 {year}",
    "{year}-{month:02}-{day:02} 00:00:00+00",
];

/// The forms of the seventy-ninth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. One writes the
/// month's name in Azerbaijani, as a computer or phone set to Azerbaijani writes a date
/// ("3 sentyabr 1956", through a new azerbaijaniname part); one in Lao, as a Lao document
/// writes a date ("3 ກັນຍາ 1956", through a new laoname part); one in Telugu, with a comma
/// after the month, as a Telugu document writes a date ("3 సెప్టెంబర్, 1956", through a
/// new teluguname part); one in Malayalam, the year first, as a Malayalam document writes
/// a date ("1956 സെപ്റ്റംബർ 3", through a new malayalamname part); one in Hawaiian, as a
/// computer or phone set to Hawaiian writes a date ("3 Kepakemapa 1956", through a new
/// hawaiianname part); one in Cornish, "mis" and the month's name, as a computer or phone
/// set to Cornish writes a date ("3 mis Gwynngala 1956", through a new cornishname part);
/// one the date as the Python library pandas prints a timestamp at midnight
/// ("Timestamp('1956-09-03 00:00:00')"); and one the date as Elixir writes a date, its
/// sigil ("~D[1956-09-03]"). The month's names are CLDR's; no part is worked out from
/// another calendar, so no draw moves.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_FORMS:
    &[&str] = &[
    "{day} {azerbaijaniname} {year}",
    "{day} {laoname} {year}",
    "{day} {teluguname}, {year}",
    "{year} {malayalamname} {day}",
    "{day} {hawaiianname} {year}",
    "{day} {cornishname} {year}",
    "Timestamp('{year}-{month:02}-{day:02} 00:00:00')",
    "~D[{year}-{month:02}-{day:02}]",
];

/// The forms of the eightieth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. One writes the
/// month's name in Punjabi, in Gurmukhi letters, as a Punjabi document writes a date
/// ("3 ਸਤੰਬਰ 1956", through a new punjabiname part); one in Kannada, the month first and a
/// comma before the year, as a Kannada document writes a date ("ಸೆಪ್ಟೆಂಬರ್ 3, 1956",
/// through a new kannadaname part); one in Hausa, with a comma before the year, as a
/// computer or phone set to Hausa writes a date ("3 Satumba, 1956", through a new hausaname
/// part); one in Somali, the month first, as a computer or phone set to Somali writes a
/// date ("Sebtembar 3, 1956", through a new somaliname part); one in Zulu, the month first,
/// as a computer or phone set to Zulu writes a date ("Septhemba 3, 1956", through a new
/// zuluname part); one in Kyrgyz, the year with "ж." (жыл, year) and the day joined to the
/// month's name, as a computer or phone set to Kyrgyz writes a date ("1956-ж.,
/// 3-сентябрь", through a new kyrgyzname part); one the date as the Python library NumPy
/// writes a datetime64 ("np.datetime64('1956-09-03')"); and one the date as Clojure prints
/// an instant, its tagged literal ("#inst \"1956-09-03T00:00:00.000-00:00\""). The
/// month's names are CLDR's; no part is worked out from another calendar, so no draw
/// moves.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FORMS:
    &[&str] = &[
    "{day} {punjabiname} {year}",
    "{kannadaname} {day}, {year}",
    "{day} {hausaname}, {year}",
    "{somaliname} {day}, {year}",
    "{zuluname} {day}, {year}",
    "{year}-ж., {day}-{kyrgyzname}",
    "np.datetime64('{year}-{month:02}-{day:02}')",
    "#inst \"{year}-{month:02}-{day:02}T00:00:00.000-00:00\"",
];

/// The forms of the eighty-first round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. One writes the
/// month's name in Marathi, with a comma before the year, as a Marathi document writes a
/// date ("3 सप्टेंबर, 1956", through a new marathiname part); one in Nepali, the year
/// first, as a Nepali document writes a date ("1956 सेप्टेम्बर 3", through a new
/// nepaliname part); one in Amharic, in Ge'ez letters, as a computer or phone set to
/// Amharic writes a date ("3 ሴፕቴምበር 1956", through a new amharicname part); one in Odia,
/// the month first and a comma before the year, as an Odia document writes a date
/// ("ସେପ୍ଟେମ୍ବର 3, 1956", through a new odianame part); one in Breton, as a computer or
/// phone set to Breton writes a date ("3 Gwengolo 1956", through a new bretonname part);
/// one the date as the Ruby language inspects a Date, with its Julian day number ("#<Date:
/// 1956-09-03 ((2435720j,0s,0n),+0s,2299161j)>", through a new jdn part); one as the Unix
/// `date` command of GNU coreutils prints a day at midnight in UTC ("Mon Sep  3 00:00:00
/// UTC 1956"); and one as the MongoDB shell prints a date
/// ("ISODate('1956-09-03T00:00:00.000Z')"). The month's names are CLDR's; the Julian day
/// number is worked out from the drawn date, so no draw moves.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_FORMS:
    &[&str] = &[
    "{day} {marathiname}, {year}",
    "{year} {nepaliname} {day}",
    "{day} {amharicname} {year}",
    "{odianame} {day}, {year}",
    "{day} {bretonname} {year}",
    "#<Date: {year}-{month:02}-{day:02} (({jdn}j,0s,0n),+0s,2299161j)>",
    "{wkshort} {short} {spaceday} 00:00:00 UTC {year}",
    "ISODate('{year}-{month:02}-{day:02}T00:00:00.000Z')",
];

/// The forms of the eighty-second round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. One writes the
/// month's name in Tigrinya, in Ge'ez letters, the month first and a comma before the
/// year, as a computer or phone set to Tigrinya writes a date ("መስከረም 3, 1956", through a
/// new tigrinyaname part); one in Turkmen, in Turkmenistan's Latin letters ("3 sentýabr
/// 1956", through a new turkmenname part); one in Tatar, in Cyrillic letters, with a comma
/// before the year and the word for year after it, a narrow no-break space before that
/// word as CLDR writes it ("3 сентябрь, 1956 ел", through a new tatarname part); one in Pashto, in Arabic letters ("3 سېپتمبر 1956", through a new
/// pashtoname part); one as the Swift language prints a Date at midnight in UTC
/// ("1956-09-03 00:00:00 +0000"); one as Java's and Kotlin's LocalDateTime write
/// midnight, the seconds left out ("1956-09-03T00:00"); one as the R language prints a
/// date-time in UTC (`[1] "1956-09-03 UTC"`); and one as PowerShell's Get-Date prints a
/// day at midnight on a computer set to US English ("Monday, September 3, 1956 12:00:00
/// AM"). The month's names and the four languages' date forms are CLDR's.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_FORMS:
    &[&str] = &[
    "{tigrinyaname} {day}, {year}",
    "{day} {turkmenname} {year}",
    "{day} {tatarname}, {year}\u{202f}ел",
    "{day} {pashtoname} {year}",
    "{year}-{month:02}-{day:02} 00:00:00 +0000",
    "{year}-{month:02}-{day:02}T00:00",
    "[1] \"{year}-{month:02}-{day:02} UTC\"",
    "{weekday}, {name} {day}, {year} 12:00:00 AM",
];

/// The forms of the eighty-third round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. One writes the
/// month's name in Sinhala, in Sinhala letters, the year first and the day last, as a
/// computer or phone set to Sinhala writes a date ("1956 බිනර 3", through a new
/// sinhalaname part); one in Yoruba, with its tone marks ("3 Oṣù Owewe 1956", through a
/// new yorubaname part); one in Tajik, in Cyrillic letters, the day in two figures
/// ("03 Сентябр 1956", through a new tajikname part); one in Uyghur, in Arabic letters, a
/// hyphen after the day and an Arabic comma before the year ("3-سېنتەبىر، 1956", through
/// a new uyghurname part); one as the Haskell language shows a UTCTime at midnight
/// ("1956-09-03 00:00:00 UTC"); one as .NET's DateTime.ToString() writes a day on a
/// computer set to English (United Kingdom) ("03/09/1956 00:00:00"); one as a spreadsheet
/// cell's formula builds the date ("=DATE(1956,9,3)"); and one as Stata shows a date in
/// its default %td format ("03sep1956"). The month's names and the four languages' date
/// forms are CLDR's.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_FORMS:
    &[&str] = &[
    "{year} {sinhalaname} {day}",
    "{day} {yorubaname} {year}",
    "{day:02} {tajikname} {year}",
    "{day}-{uyghurname}، {year}",
    "{year}-{month:02}-{day:02} 00:00:00 UTC",
    "{day:02}/{month:02}/{year} 00:00:00",
    "=DATE({year},{month},{day})",
    "{day:02}{lshort}{year}",
];

/// The forms of the eighty-fourth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. One writes the
/// month's name in Gujarati, in Gujarati letters, a comma before the year, as a computer
/// or phone set to Gujarati writes a date ("3 સપ્ટેમ્બર, 1956", through a new
/// gujaratiname part); one in Bengali, in Bengali letters, a comma before the year
/// ("3 সেপ্টেম্বর, 1956", through a new bengaliname part); one in Khmer, in Khmer letters
/// ("3 កញ្ញា 1956", through a new khmername part); one in Central Kurdish (Sorani), in
/// Arabic letters, the ending "ی" after the day and after the month ("3ی ئەیلوولی 1956",
/// through a new soraniname part); one as a MySQL or SQLite DATETIME column shows a day
/// ("1956-09-03 00:00:00"); one as JavaScript's toLocaleString() writes a Date on a
/// computer set to English (United Kingdom) ("03/09/1956, 00:00:00"); one as
/// JavaScript's toUTCString() and an HTTP date write it ("Mon, 03 Sep 1956 00:00:00 GMT");
/// and one as an HL7 version 2 timestamp to the minute ("195609030000"). The month's names
/// and the four languages' date forms are CLDR's.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FORMS:
    &[&str] = &[
    "{day} {gujaratiname}, {year}",
    "{day} {bengaliname}, {year}",
    "{day} {khmername} {year}",
    "{day}ی {soraniname}ی {year}",
    "{year}-{month:02}-{day:02} 00:00:00",
    "{day:02}/{month:02}/{year}, 00:00:00",
    "{wkshort}, {day:02} {short} {year} 00:00:00 GMT",
    "{year}{month:02}{day:02}0000",
];

/// The forms of the eighty-fifth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. One writes the
/// month's name in Dutch, in small letters, as a computer or phone set to Dutch writes a
/// date ("3 september 1956", through a new dutchname part); one in Swedish, in small
/// letters ("3 september 1956", through a new swedishname part); one in Indonesian
/// ("3 September 1956", through a new indonesianname part); one in Malay ("3 September
/// 1956", through a new malayname part); one as Microsoft SQL Server's CONVERT style 100
/// (and its default for a datetime turned into text) writes it ("Sep  3 1956 12:00AM");
/// one as its style 113 writes it ("03 Sep 1956 00:00:00:000"); one as Oracle shows a
/// TIMESTAMP in its default format ("03-SEP-56 12.00.00.000000 AM"); and one as Windows
/// PowerShell's Get-Date shows a day on a computer set to English (United Kingdom)
/// ("03 September 1956 00:00:00"). The month's names and the four languages' date forms
/// are CLDR's.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_FORMS:
    &[&str] = &[
    "{day} {dutchname} {year}",
    "{day} {swedishname} {year}",
    "{day} {indonesianname} {year}",
    "{day} {malayname} {year}",
    "{short} {spaceday} {year} 12:00AM",
    "{day:02} {short} {year} 00:00:00:000",
    "{day:02}-{SHORT}-{yy:02} 12.00.00.000000 AM",
    "{day:02} {name} {year} 00:00:00",
];

/// The forms of the eighty-sixth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_FORMS:
    &[&str] = &[
    "{day:02}{short}{year}",
    "{SHORT} {day:02}, {year}",
    "{weekday} {day} {name} {year}",
    "{year}-{month:02}-{day:02}T00:00:00+00:00",
    "{day:02}-{month:02}-{year} 00:00:00",
    "{year}/{month:02}/{day:02} 00:00:00",
    "{day:02}/{short}/{year}",
    "{day:02}.{month:02}.{year} 00:00",
];

/// The forms of the eighty-seventh round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_FORMS:
    &[&str] = &[
    "{day:02}-{SHORT}-{yy:02}",
    "{wkshort}, {day} {short} {year}",
    "{day}.{month}.{yy:02}",
    "{year}.{month}.{day}.",
    "{day} {lshort} {year}",
    "{day:02} {NAME} {year}",
    "{year}-{SHORT}-{day:02}",
    "{day:02}/{month:02}/{year} 12:00 AM",
];

/// The forms of the eighty-eighth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_FORMS:
    &[&str] = &[
    "{wkshort} {day:02}/{month:02}/{year}",
    "{day:02} {lname} {yy:02}",
    "{SHORT}-{day:02}-{year}",
    "{year}, {name} {day}{ordinal}",
    "{day:02} / {month:02} / {year}",
    "{day:02}.{lshort}.{year}",
    "{SHORT} {day}{ordinal}, {year}",
    "{weekday}, {day:02}.{month:02}.{year}",
];

/// The forms of the eighty-ninth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_FORMS:
    &[&str] = &[
    "{day:02}·{month:02}·{year}",
    "{year}/{SHORT}/{day:02}",
    "{wkshort}. {day} {lshort} {year}",
    "{yy:02}-{month:02}-{day:02}",
    "{day} {NAME}, {yy:02}",
    "{month:02}.{day:02}.{yy:02}",
    "{weekday} {day}{ordinal} {name}, {year}",
    "{day:02} {short}. {year}",
];

/// The forms of the ninetieth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_FORMS:
    &[&str] = &[
    "{day}{ordinal} {lname} {year}",
    "{weekday} {day:02}.{month:02}.{year}",
    "{day:02}-{lshort}-{yy:02}",
    "{wkshort} {day}{ordinal} {name} {year}",
    "{day:02}/{month:02}/{year} ({weekday})",
    "{lname} {day}{ordinal}, {year}",
    "{day:02}-{month:02}-{year} ({wkshort})",
    "{day}{ORDINAL} {SHORT} {year}",
];

/// The forms of the ninety-first round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FORMS:
    &[&str] = &[
    "{wkshort} {day:02}/{month:02}/{yy:02}",
    "{Dayword} {name} {yearword}",
    "{day}.{month}.{year} ({wkshort})",
    "{day:02}.{month:02}.{yy:02} ({weekday})",
    "{day}{ordinal} {lname} '{yy:02}",
    "{day} {lname}, {year}",
    "{weekday} {day} {lname} {year}",
    "{day}/{month}/{yy:02} ({wkshort})",
];

/// The forms of the ninety-second round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FORMS:
    &[&str] = &[
    "{year}/{month:02}/{day:02} ({wkshort})",
    "{Dayword} of {name}, {year}",
    "{wkshort} {day}{ordinal} {lshort} {yy:02}",
    "{day:02} {NAME} {year} ({weekday})",
    "{day}{ordinal} of {lname}, {yy:02}",
    "{day}/{lshort}/{yy:02}",
    "{lshort} {day}, {year} ({wkshort})",
    "{day:02}-{month:02}-{yy:02} ({wkshort})",
];

/// The forms of the ninety-third round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_FORMS:
    &[&str] = &[
    "{weekday}, {day:02} {SHORT} {year}",
    "{wkshort}, {name} {day}, {year}",
    "{dayword} {lname} {year}",
    "{lname} the {day}{ordinal}, {year}",
    "{day:02}.{month:02}.{year} {wkshort}",
    "{Dayword} {name}, {year}",
    "{day} {SHORT} {yy:02}",
    "{weekday} the {day}{ordinal} of {name}",
];

/// The forms of the ninety-fourth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_FORMS:
    &[&str] = &[
    "{name} {day}{ORDINAL} {year}",
    "{ROMAN}.{day}.{year}",
    "{lshort}. {day}, {year}",
    "{weekday} {day:02}.{month:02}.{yy:02}",
    "{wkshort}. {day} {short}. {year}",
    "{day} {NAME}, {year} ({wkshort})",
    "{weekday}, the {dayword} of {name}",
    "{day:02}/{month:02}/{year} {weekday}",
];

/// The forms of the ninety-fifth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_FORMS:
    &[&str] = &[
    "{day:02}-{SHORT}-{yy:02} ({weekday})",
    "{name} the {dayword}, '{yy:02}",
    "{year}.{month:02}.{day:02} ({wkshort})",
    "{day}·{ROMAN}·{year}",
    "{day:02} {lshort} {year}, {weekday}",
    "{weekday}, {day}-{month}-{year}",
    "{wkshort}, {dotshort} {day} {year}",
    "{year}/{month}/{day} {wkshort}",
];

/// The forms of the ninety-sixth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_FORMS:
    &[&str] = &[
    "{Dayword} day of {name}, {year}",
    "{day:02}{month:02}{year} {wkshort}",
    "{day}{ordinal} {name} {year} ({wkshort})",
    "{wkshort}, {day:02} {short} {yy:02}",
    "{SHORT} {day:02} {year} {wkshort}",
    "{weekday} {day}{ordinal} of {name}, {year}",
    "{yy:02}-{month:02}-{day:02} {wkshort}",
    "{wkshort}. {day:02}-{month:02}-{year}",
];

/// The forms of the ninety-seventh round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_FORMS:
    &[&str] = &[
    "{weekday} the {dayword} of {lname}, {year}",
    "{day}.{month}.{year} ({weekday})",
    "{day:02}/{month:02}/{yy:02} {wkshort}",
    "{day} {dotshort} {year} ({wkshort})",
    "{dayword} of {name} in {year}",
    "{year}-{month:02}-{day:02} ({weekday})",
    "{weekday} {day}{ordinal} {short} '{yy:02}",
    "{day}-{SHORT}-{year} ({wkshort})",
];

/// The forms of the ninety-eighth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_FORMS:
    &[&str] = &[
    "{weekday}, {lname} the {dayword}, {year}",
    "{day:02}{SHORT}{yy:02} ({weekday})",
    "{yy:02}.{month:02}.{day:02} {wkshort}",
    "{month}-{day}-{year} ({weekday})",
    "{weekday} {dotshort} {day}, {year}",
    "{wkshort}, {year}-{month:02}-{day:02}",
    "{dayword} day of {lname} {year}",
    "{year} {SHORT} {day:02} {wkshort}",
];

/// The forms of the ninety-ninth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FORMS:
    &[&str] = &[
    "{weekday} the {day}{ordinal} of {name}, {year}",
    "{year}.{month:02}.{day:02} ({weekday})",
    "{day}/{month}/{yy:02} ({weekday})",
    "{month}/{day}/{year} {wkshort}",
    "{day} {name}, {yearword}",
    "{day:02}/{month:02}/{year} - {weekday}",
    "{day}.{month}.{year}, {weekday}",
    "{day:02}{month:02}{year} ({wkshort})",
];

/// The forms of the hundredth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_FORMS:
    &[&str] = &[
    "{wkshort} {day:02}-{SHORT}-{year}",
    "{name} {day}{ordinal}, {year} ({wkshort})",
    "{weekday} ({day}/{month}/{year})",
    "{name}, {day}, {year}",
    "{weekday}, {name} {day}{ordinal} {year}",
    "{day}{ordinal} {name}, {year} - {weekday}",
    "{name} the {dayword}, {yearword}",
    "{day}/{month}/{year}, a {weekday}",
];

/// The forms of the hundred-and-first round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_FORMS:
    &[&str] = &[
    "{day} {name} {year} [{wkshort}]",
    "{year}, {name} {day} ({weekday})",
    "the {dayword} of {name}, {yearword}",
    "{name} {year}, the {day}{ordinal}",
    "{weekday}; {day}/{month}/{year}",
    "{wkshort} {day} {short} '{yy:02}",
    "{day}.{month}.{year} [{weekday}]",
    "{weekday} {day} {name}, {yearword}",
];

/// The forms of the hundred-and-second round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_FORMS:
    &[&str] = &[
    "{day}{ordinal} {name} ({weekday}), {year}",
    "{day} {name} '{yy:02} ({wkshort})",
    "{day} {name}, {year} [{weekday}]",
    "{day}{ordinal} {name} '{yy:02}, a {weekday}",
    "{day}/{month}/{year} [{wkshort}]",
    "{short} '{yy:02}, the {day}{ordinal}",
    "{name} {day} ({wkshort}) {year}",
    "{weekday} ({day} {short} {year})",
];

/// The forms of the hundred-and-third round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_FORMS:
    &[&str] = &[
    "{name} {day}{ordinal} ({year})",
    "{day}{ordinal} ({name}) {year}",
    "{day}{ordinal}, {name}, {year}",
    "{year} ({day} {short})",
    "{name} '{yy:02} ({day}{ordinal})",
    "{day}{ordinal} {name}/{year}",
    "{name} {year}, on the {day}{ordinal}",
    "{day} {name} ('{yy:02})",
];

/// The forms of the hundred-and-fourth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_FORMS:
    &[&str] = &[
    "{name}, the {dayword}, {year}",
    "{year}: {day} {name}",
    "{day}/{short}/'{yy:02}",
    "{name} {day}/{year}",
    "{day} {short}/{yy:02}",
    "{day}, {name} '{yy:02}",
    "{dayword} {name}, '{yy:02}",
    "{day}{ordinal}, {short} '{yy:02}",
];

/// The forms of the hundred-and-fifth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FORMS:
    &[&str] = &[
    "{name} ({day}{ordinal}) '{yy:02}",
    "{year}, {name} the {dayword}",
    "{short}-{day}-'{yy:02}",
    "{name}, {year} ({dayword})",
    "{month}, {day}, {year}",
    "{day} {name} — {year}",
    "{year} – {day} {short}",
    "{short} {year}, {day}{ordinal}",
];

/// The forms of the hundred-and-sixth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_FORMS:
    &[&str] = &[
    "{year} ({name} {day})",
    "{day} · {short} · {year}",
    "{name}/{day}/'{yy:02}",
    "{short}/{year}, {day}",
    "{name}: {day}, {year}",
    "{day}{ordinal} — {short} {year}",
    "'{yy:02}: {day} {name}",
    "{year}: the {dayword} of {short}",
];

/// The forms of the hundred-and-seventh round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_FORMS:
    &[&str] = &[
    "{name} {day}, yr {year}",
    "day {day}, month {month}, year {year}",
    "{dayword} of {name}, year {year}",
    "{day}/{month} of {year}",
    "{year}: {day}/{month}",
    "{day} {name}, in {year}",
    "{year}, {monthword} month, {dayword} day",
    "{name}, {year}, the {dayword}",
];

/// The forms of the hundred-and-eighth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_FORMS:
    &[&str] = &[
    "{monthword} month of {year}, day {day}",
    "{dayword} day, {name} {year}",
    "{year} {name}, day {day}",
    "{day} / {month} / '{yy:02}",
    "{year}: month {month}, day {day}",
    "{day}.{month}. in {year}",
    "{day} ({name}) {year}",
    "{year} [{month}/{day}]",
];

/// The forms of the hundred-and-ninth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_FORMS:
    &[&str] = &[
    "{year}; {name} {day}",
    "{name} the {day}{ordinal}, in {year}",
    "{year} (month {month}) day {day}",
    "{name}, {dayword}, {year}",
    "{year}.{month:02}{day:02}",
    "{month}/{day} in '{yy:02}",
    "{day} {name}, year of {year}",
    "{yy:02}/{month}/{day}, year first",
];

/// The forms of the hundred-and-tenth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FORMS:
    &[&str] = &[
    "day {day} of {name}, {year}",
    "{name} {year}, the {dayword}",
    "{year}: {name}, {day}",
    "{day}{ordinal} of {month}/{year}",
    "'{yy:02} {name} {day}",
    "{year} (day {day}, {name})",
    "{name} of {year}, day {day}",
    "{year}, month {month:02}, day {day:02}",
];

/// The forms of the hundred-and-eleventh round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_FORMS:
    &[&str] = &[
    "{year}; day {day}; month {month}",
    "{year} {name}, {day}{ordinal}",
    "{month} of {year}, the {day}{ordinal}",
    "month {month}, day {day}, {year}",
    "{name} '{yy:02}, day {day}",
    "{short} {year}, day {day:02}",
    "{name}, {year}: the {dayword}",
    "{year} ({name} the {day}{ordinal})",
];

/// The forms of the hundred-and-twelfth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_FORMS:
    &[&str] = &[
    "the {day}{ordinal} of month {month}, {year}",
    "{year}: {day:02}.{month:02}",
    "{name}/{year}, day {day}",
    "{year}, {name} {dayword}",
    "in {year}, {name} the {day}{ordinal}",
    "{month:02}.{year}, day {day}",
    "{day}{ordinal}, {month}/{year}",
    "{name} ({day}), {year}",
];

/// The forms of the hundred-and-thirteenth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_FORMS:
    &[&str] = &[
    "{name} '{yy:02} the {day}{ordinal}",
    "{year}, {day}/{month}",
    "{day} of the {month}, {year}",
    "{day} {name}, the year {year}",
    "{day}{ordinal} of the {month:02}, {year}",
    "{month} of {year}, day {day:02}",
    "{name}: {day} ({year})",
    "{year} ({day}/{month})",
];

/// The forms of the hundred-and-fourteenth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_FORMS:
    &[&str] = &[
    "{name} {day}, year {year}",
    "{day}/{month}, in {year}",
    "{day}.{month} of {year}",
    "{name} '{yy:02}, {day}{ordinal}",
    "{year} {day:02}.{month:02}",
    "{name} {year} ({day}{ordinal})",
    "the {day}{ordinal} of {month}/{year}",
    "{year}: the {day}{ordinal} of {name}",
];

/// The forms of the hundred-and-fifteenth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FORMS:
    &[&str] = &[
    "{day}{ordinal} of {name} ({year})",
    "{day}, {name}, {year}",
    "{month}/{day} ({year})",
    "{year} ({name} {day}{ordinal})",
    "{day}/{month} ('{yy:02})",
    "{day} {short} ({year})",
    "{name}, {day} ({year})",
    "{year} - {day}/{month}",
];

/// The forms of the hundred-and-sixteenth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_FORMS:
    &[&str] = &[
    "the {day}{ordinal}, {name}, {year}",
    "{day}/{month}, {year}",
    "{name}, {year} ({day}{ordinal})",
    "{year} ({day}{ordinal} {short})",
    "{short} {day} ('{yy:02})",
    "{day}{ordinal} {short} ('{yy:02})",
    "{month}/{year} (the {day}{ordinal})",
    "{day}/{month} - '{yy:02}",
];

/// The forms of the hundred-and-seventeenth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_FORMS:
    &[&str] = &[
    "{day}/{month}; {year}",
    "{name} {day}{ordinal} ('{yy:02})",
    "{day} {name} (in {year})",
    "{year} -- {day}/{month:02}",
    "{day}{ordinal} ({month}/{year})",
    "'{yy:02} ({day}/{month})",
    "the {day}{ordinal} ({name} {year})",
    "{short} {day}{ordinal}; {year}",
];

/// The forms of the hundred-and-eighteenth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_AGAIN_FORMS:
    &[&str] = &[
    "{name} {year} (the {day}{ordinal})",
    "{name}, {day}{ordinal} '{yy:02}",
    "{day} + {month} + {year}",
    "{day}{ordinal} ~ {name} ~ {year}",
    "{day} {name}; '{yy:02}",
    "{day}-{month} ({year})",
    "({day}/{month}) {year}",
    "{short} {day} :: {year}",
];

/// The forms of the hundred-and-nineteenth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_AGAIN_STILL_FORMS:
    &[&str] = &[
    "{year} ({name}, {day}{ordinal})",
    "{day}{ordinal} >> {name} >> {year}",
    "{short} ({day}) {year}",
    "[{day}/{month}] {year}",
    "{day} & {month} & {year}",
    "{name}, {year}, the {day}{ordinal}",
    "{day}-{short} ({year})",
    "{day}{ordinal} / {name} / '{yy:02}",
];

/// The forms of the hundred-and-twentieth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_AGAIN_STILL_YET_FORMS:
    &[&str] = &[
    "{year} <{short} {day}>",
    "{day}{ordinal}: {short}: {year}",
    "{day} ~~ {short} ~~ {year}",
    "{day} = {month} = {year}",
    "({short} {day}) '{yy:02}",
    "{name}; the {day}{ordinal}; {year}",
    "<{day}.{month}.{year}>",
    "{day}{ordinal} * {name} * {year}",
];

/// The forms of the hundred-and-twenty-first round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_AGAIN_STILL_YET_MORE_FORMS:
    &[&str] = &[
    "{day}{ordinal} // {short} // {year}",
    "{year} :: {month} :: {day}",
    "{name} the {day}{ordinal} ~ {year}",
    "[{short} {day}] {year}",
    "{day} + {name} + {year}",
    "{year}: {day}{ordinal} {name}",
    "{day} | {short} | {year}",
    "{year} {name} ({day}{ordinal})",
];

/// The forms of the hundred-and-twenty-second round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_AGAIN_STILL_YET_MORE_AGAIN_FORMS:
    &[&str] = &[
    "{day}{ordinal} :: {name} :: {year}",
    "({day} {short}) {year}",
    "{day} & {name} & {year}",
    "{year} -> {short} {day}",
    "{day} ; {month} ; {year}",
    "{year} ~ {name} ~ {day}",
    "{day} >> {short} >> {year}",
    "{name} // {day}{ordinal} // {year}",
];

/// The forms of the hundred-and-twenty-third round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_AGAIN_STILL_YET_MORE_AGAIN_STILL_FORMS:
    &[&str] = &[
    "{day} ^ {name} ^ {year}",
    "{year} => {month:02} => {day:02}",
    "{day} ** {short} ** {year}",
    "{day} # {month} # {year}",
    "{year} ^^ {month} ^^ {day}",
    "{name} == {day} == {year}",
    "{day}{ordinal} $ {name} $ {year}",
    "{year} ++ {short} ++ {day}",
];

/// The forms of the hundred-and-twenty-fourth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_AGAIN_STILL_YET_MORE_AGAIN_STILL_YET_FORMS:
    &[&str] = &[
    "{day} @ {month} @ {year}",
    "{year} ** {month} ** {day}",
    "{name} ++ {day} ++ {year}",
    "{day}{ordinal} ~~ {short} ~~ {year}",
    "{year} ## {month:02} ## {day:02}",
    "{day} %% {name} %% {year}",
    "{year} == {short} == {day}",
    "{day:02} !! {month:02} !! {year}",
];

/// The forms of the hundred-and-twenty-fifth round's written date-of-birth slot,
/// `{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}`, none of which an earlier slot writes: a slot of its own,
/// so the earlier rounds' draws, and so their comments, stay as they were. They are built
/// from the existing parts (no new part and no new calendar arithmetic, so no draw moves);
/// the unit tests give each on a known day.
const FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_AGAIN_STILL_YET_MORE_AGAIN_STILL_YET_MORE_FORMS:
    &[&str] = &[
    "{day} && {month} && {year}",
    "{year} ?? {month:02} ?? {day:02}",
    "{name} <> {day} <> {year}",
    "{day}{ordinal} ;; {name} ;; {year}",
    "{year} || {short} || {day}",
    "{day:02} <- {month:02} <- {year}",
    "{day} ?! {short} ?! {year}",
    "{year} >< {month} >< {day}",
];

/// The forms of each written date-of-birth slot, in the slots' order: `{dobw}`, `{dobx}`,
/// `{doby}`, then `{dobz}`, `{dobzz}` and so on, one `z` more a slot. Each measuring
/// round that writes new forms adds a slot of its own at the end, so no earlier round's
/// draws move.
const WRITTEN_DOB_SLOT_FORMS: &[&[&str]] = &[
    WRITTEN_FORMS,
    FURTHER_FORMS,
    MORE_FORMS,
    YET_MORE_FORMS,
    STILL_MORE_FORMS,
    YET_FURTHER_FORMS,
    STILL_FURTHER_FORMS,
    FURTHER_STILL_FORMS,
    YET_FURTHER_STILL_FORMS,
    FURTHER_STILL_MORE_FORMS,
    STILL_MORE_FURTHER_FORMS,
    YET_STILL_MORE_FORMS,
    FURTHER_YET_STILL_FORMS,
    STILL_FURTHER_YET_FORMS,
    STILL_YET_FURTHER_FORMS,
    YET_STILL_FURTHER_FORMS,
    FURTHER_YET_MORE_FORMS,
    MORE_FURTHER_YET_FORMS,
    FURTHER_MORE_YET_FORMS,
    MORE_FURTHER_STILL_FORMS,
    FURTHER_STILL_YET_FORMS,
    FURTHER_STILL_YET_MORE_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_AGAIN_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_AGAIN_STILL_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_AGAIN_STILL_YET_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_AGAIN_STILL_YET_MORE_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_AGAIN_STILL_YET_MORE_AGAIN_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_AGAIN_STILL_YET_MORE_AGAIN_STILL_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_AGAIN_STILL_YET_MORE_AGAIN_STILL_YET_FORMS,
    FURTHER_STILL_YET_MORE_STILL_FURTHER_YET_MORE_STILL_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_STILL_YET_AGAIN_MORE_STILL_YET_FURTHER_AGAIN_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_STILL_YET_AGAIN_FURTHER_MORE_AGAIN_STILL_YET_MORE_AGAIN_STILL_YET_MORE_FORMS,
];

/// The forms of the written date-of-birth slot named `slot` ([`WRITTEN_DOB_SLOT_FORMS`]),
/// or `None` for any other name (`{dob}` draws a date of its own forms).
fn written_forms_of_slot(slot: &str) -> Option<&'static [&'static str]> {
    let index = match slot {
        "dobw" => 0,
        "dobx" => 1,
        "doby" => 2,
        _ => {
            let zs = slot.strip_prefix("dob")?;
            if zs.is_empty() || zs.bytes().any(|b| b != b'z') {
                return None;
            }
            zs.len() + 2
        }
    };
    WRITTEN_DOB_SLOT_FORMS.get(index).copied()
}

/// A date of birth in one of a written slot's `forms`: the date's parts are drawn
/// first, then the form, the order every written slot's comments depend on.
fn written_date_of_birth(rng: &mut impl Rng, forms: &[&str]) -> String {
    let parts = DateParts::draw(rng);
    let count = i32::try_from(forms.len()).expect("a handful of forms");
    let form = rng.gen_range(0..count);
    parts.fill(forms[usize::try_from(form).expect("a form index")])
}

/// A National Insurance number shaped as issued (two prefix letters, six digits, a
/// suffix A-D), spaced in pairs or written solid: the fourteenth round's style.
fn nino(rng: &mut impl Rng) -> String {
    const FIRST: &[u8] = b"ABCEGHJKLMNPRSTWXYZ";
    const SECOND: &[u8] = b"ABCEGHJKLMNPRSTWXYZ";
    let a = char::from(FIRST[rng.gen_range(0..FIRST.len())]);
    let b = char::from(SECOND[rng.gen_range(0..SECOND.len())]);
    let d: Vec<u32> = (0..6).map(|_| rng.gen_range(0..10)).collect();
    let suffix = char::from(b"ABCD"[rng.gen_range(0..4)]);
    if rng.gen_bool(0.5) {
        format!(
            "{a}{b} {}{} {}{} {}{} {suffix}",
            d[0], d[1], d[2], d[3], d[4], d[5]
        )
    } else {
        format!(
            "{a}{b}{}{}{}{}{}{}{suffix}",
            d[0], d[1], d[2], d[3], d[4], d[5]
        )
    }
}

/// A hospital number: a trust's letter prefix and seven digits (RWE4304149), or a single
/// letter and seven digits: the fourteenth round's style.
fn hospital_number(rng: &mut impl Rng) -> String {
    const PREFIXES: &[&str] = &["RWE", "RTH", "RR8", "K", "M", "RXF", "H"];
    let prefix = PREFIXES.choose(rng).unwrap_or(&"K");
    format!("{prefix}{:07}", rng.gen_range(0..10_000_000))
}

fn ascii_lower(word: &str) -> String {
    let s: String = word
        .chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if s.len() < 2 {
        "jo".to_string()
    } else {
        s
    }
}

fn pick<'p>(rng: &mut impl Rng, list: &'p [String], fallback: &'p str) -> &'p str {
    list.choose(rng).map_or(fallback, String::as_str)
}

/// The kinds a look-alike may be marked with (`<KIND:text>`): things in feedback that a
/// redactor may take for PII but must leave. The first ten are the kinds of the issue's
/// own measuring set; the rest look like structured identifiers (reference, extension and
/// bed numbers, dates that are not birth dates, ward codes shaped like a postcode
/// district, road numbers, drug and test codes, readings).
pub const DECOY_KINDS: &[&str] = &[
    "DURATION",
    "WARD",
    "TIME",
    "CLINIC",
    "STAFF_ROLE",
    "HOSPITAL",
    "NUMBER",
    "RATING",
    "DOSE",
    "MONEY",
    "REFERENCE",
    "EXTENSION",
    "SERVICE_NUMBER",
    "BED",
    "DATE",
    "YEAR",
    "AGE",
    "WEIGHT",
    "BLOOD_PRESSURE",
    "READING",
    "WARD_CODE",
    "CODE",
    "ROAD",
];

/// `KIND:text` with `KIND` one of [`DECOY_KINDS`]: the kind (as the static name) and text.
fn kinded_decoy(slot: &str) -> Option<(&'static str, &str)> {
    let (kind, value) = slot.split_once(':')?;
    let kind = DECOY_KINDS.iter().copied().find(|k| *k == kind)?;
    Some((kind, value))
}

/// A drawn value of a look-alike kind (`<KIND:*>`); a kind with no drawer gives a plain
/// count.
fn decoy_value(kind: &str, rng: &mut impl Rng) -> String {
    let small = rng.gen_range(2..13);
    match kind {
        "TIME" => {
            let minutes = [0, 5, 10, 15, 20, 30, 40, 45, 50][rng.gen_range(0..9)];
            match rng.gen_range(0..4) {
                0 => format!("{:02}:{minutes:02}", rng.gen_range(0..24)),
                1 => format!("{small}.{minutes:02}pm"),
                2 => format!("{small}am"),
                _ => format!("{small}:{minutes:02}"),
            }
        }
        "DURATION" => match rng.gen_range(0..3) {
            0 => format!("{small} hours"),
            1 => format!("{} minutes", rng.gen_range(2..12) * 5),
            _ => format!("{small} weeks"),
        },
        "MONEY" => match rng.gen_range(0..3) {
            0 => format!("£{}", rng.gen_range(2..60)),
            1 => format!("£{}.{:02}", rng.gen_range(1..20), rng.gen_range(0..100)),
            _ => format!("{}p", rng.gen_range(10..100)),
        },
        "RATING" => match rng.gen_range(0..3) {
            0 => format!("{}/10", rng.gen_range(0..11)),
            1 => format!("{} out of 10", rng.gen_range(0..11)),
            _ => format!("{}/5", rng.gen_range(1..6)),
        },
        "BED" => match rng.gen_range(0..3) {
            0 => format!("bed {}", rng.gen_range(1..31)),
            1 => format!("bay {}", rng.gen_range(1..9)),
            _ => format!("bay {}, bed {}", rng.gen_range(1..9), rng.gen_range(1..7)),
        },
        "REFERENCE" => match rng.gen_range(0..3) {
            0 => format!("{}/{:04}", rng.gen_range(19..26), rng.gen_range(0..10_000)),
            1 => format!("CMP-{:05}", rng.gen_range(0..100_000)),
            _ => format!("{:06}", rng.gen_range(100_000..1_000_000)),
        },
        "EXTENSION" => format!("{}", rng.gen_range(2000..8000)),
        "DATE" => {
            let day = rng.gen_range(1..29);
            let month = rng.gen_range(1..13usize);
            match rng.gen_range(0..3) {
                0 => format!("{day}/{month}"),
                1 => format!("{day} {}", MONTHS[month - 1]),
                _ => format!("{day:02}/{month:02}/{}", rng.gen_range(2023..2026)),
            }
        }
        "YEAR" => format!("{}", rng.gen_range(2015..2026)),
        "AGE" => format!("{}", rng.gen_range(60..99)),
        "WEIGHT" => match rng.gen_range(0..2) {
            0 => format!("{} kg", rng.gen_range(45..120)),
            _ => format!("{} stone", rng.gen_range(7..20)),
        },
        "DOSE" => {
            const DRUGS: &[&str] = &[
                "paracetamol 1 g",
                "ibuprofen 400 mg",
                "Oramorph 5 ml",
                "sertraline 50mg",
                "omeprazole 20 mg",
                "metformin 500mg",
                "codeine 30 mg",
                "gabapentin 300mg",
            ];
            DRUGS.choose(rng).unwrap_or(&"paracetamol 1 g").to_string()
        }
        "BLOOD_PRESSURE" => format!("{}/{}", rng.gen_range(95..200), rng.gen_range(55..115)),
        _ => format!("{}", rng.gen_range(2..40)),
    }
}

/// Fills `template` with names from `pool`.
pub fn fill(template: &str, pool: &NamePool, rng: &mut impl Rng) -> Filled {
    let mut out = Filled::default();
    let mut rest = template;
    while !rest.is_empty() {
        let next = rest.find(['{', '<']).unwrap_or(rest.len());
        out.text.push_str(&rest[..next]);
        rest = &rest[next..];
        let Some(open) = rest.chars().next() else {
            break;
        };
        let close = if open == '{' { '}' } else { '>' };
        let Some(end) = rest.find(close) else {
            out.text.push_str(rest);
            break;
        };
        let slot = &rest[1..end];
        rest = &rest[end + 1..];
        let at_start = out.text.trim().is_empty();
        let start = out.text.len();
        if open == '<' {
            if let Some((kind, value)) = kinded_decoy(slot) {
                match value {
                    "*" => out.text.push_str(&decoy_value(kind, rng)),
                    _ => out.text.push_str(value),
                }
                out.decoys.push(Marked {
                    start,
                    end: out.text.len(),
                    label: kind,
                });
                continue;
            }
            let word = match slot {
                "place" => pick(rng, towns(), "Otley"),
                "street" => STREET_WORDS.choose(rng).unwrap_or(&"Otley"),
                "saint" => pick(rng, &pool.first, "Mary"),
                "surname" => pick(rng, &pool.last, "Okoro"),
                other => other,
            };
            out.text.push_str(word);
            out.decoys.push(Marked {
                start,
                end: out.text.len(),
                label: "LOOKALIKE",
            });
            continue;
        }
        let label = match slot {
            "first" => {
                out.text.push_str(pick(rng, &pool.first, "Zanele"));
                Some("PERSON")
            }
            "last" => {
                out.text.push_str(pick(rng, &pool.last, "Okoro"));
                Some("PERSON")
            }
            // A name written in small letters in otherwise cased text ("thanks to
            // nurse amara and the team"): the twelfth round's style.
            "lfirst" | "llast" => {
                let names = if slot == "lfirst" {
                    &pool.first
                } else {
                    &pool.last
                };
                out.text
                    .push_str(&pick(rng, names, "zanele").to_lowercase());
                Some("PERSON")
            }
            // A name shouted in capitals ("ASK FOR BRONAGH"): the thirteenth round's style.
            "ufirst" | "ulast" => {
                let names = if slot == "ufirst" {
                    &pool.first
                } else {
                    &pool.last
                };
                out.text
                    .push_str(&pick(rng, names, "ZANELE").to_uppercase());
                Some("PERSON")
            }
            "wname" => {
                out.text.push_str(pick(rng, &pool.word_names, "Grace"));
                Some("PERSON")
            }
            // A common name of the shipped lists (the twenty-third round's on).
            "kfirst" => {
                out.text.push_str(pick(rng, &pool.listed_first, "Sarah"));
                Some("PERSON")
            }
            "klast" => {
                out.text.push_str(pick(rng, &pool.listed_last, "Smith"));
                Some("PERSON")
            }
            "kfull" => {
                out.text.push_str(pick(rng, &pool.listed_first, "Sarah"));
                out.text.push(' ');
                out.text.push_str(pick(rng, &pool.listed_last, "Smith"));
                Some("PERSON")
            }
            "full" => {
                let first = pick(rng, &pool.first, "Zanele");
                let last = pick(rng, &pool.last, "Okoro");
                out.text.push_str(first);
                out.text.push(' ');
                let roll: f64 = rng.gen();
                if roll < 0.12 {
                    let initial = pick(rng, &pool.first, "J").chars().next().unwrap_or('J');
                    out.text.push(initial);
                    out.text.push_str(". ");
                }
                out.text.push_str(last);
                if roll > 0.93 {
                    out.text.push('-');
                    out.text.push_str(pick(rng, &pool.last, "Okoro"));
                }
                Some("PERSON")
            }
            "title" => {
                out.text.push_str(TITLES.choose(rng).unwrap_or(&"Dr"));
                None
            }
            "role" | "roles" | "rel" => {
                let list = match slot {
                    "role" => ROLES,
                    "roles" => PLURAL_ROLES,
                    _ => RELATIVES,
                };
                let word = list.choose(rng).unwrap_or(&"nurse");
                if at_start {
                    let mut chars = word.chars();
                    if let Some(c) = chars.next() {
                        out.text.extend(c.to_uppercase());
                        out.text.push_str(chars.as_str());
                    }
                } else {
                    out.text.push_str(word);
                }
                None
            }
            "phone" => {
                out.text.push_str(&phone(rng));
                Some("PHONE_NUMBER")
            }
            "nhs" => {
                out.text.push_str(&nhs_number(rng));
                Some("NHS_NUMBER")
            }
            slot if slot == "dob" || written_forms_of_slot(slot).is_some() => {
                let date = match written_forms_of_slot(slot) {
                    Some(forms) => written_date_of_birth(rng, forms),
                    None => date_of_birth(rng),
                };
                out.text.push_str(&date);
                Some("DATE_OF_BIRTH")
            }
            "nino" => {
                out.text.push_str(&nino(rng));
                Some("UK_NINO")
            }
            "mrn" => {
                out.text.push_str(&hospital_number(rng));
                Some("HOSPITAL_NUMBER")
            }
            "email" => {
                let first = ascii_lower(pick(rng, &pool.first, "jo"));
                let last = ascii_lower(pick(rng, &pool.last, "okoro"));
                let n = rng.gen_range(1..99);
                out.text.push_str(&format!("{first}.{last}{n}@example.com"));
                Some("EMAIL_ADDRESS")
            }
            "postcode" => {
                out.text
                    .push_str(POSTCODES.choose(rng).unwrap_or(&"GIR 0AA"));
                Some("UK_POSTCODE")
            }
            "street" | "road" => {
                if slot == "street" {
                    out.text.push_str(&format!("{} ", rng.gen_range(1..200)));
                }
                out.text
                    .push_str(STREET_WORDS.choose(rng).unwrap_or(&"Otley"));
                out.text.push(' ');
                out.text
                    .push_str(STREET_SUFFIXES.choose(rng).unwrap_or(&"Road"));
                Some("STREET_ADDRESS")
            }
            _ => {
                out.text.push_str(slot);
                None
            }
        };
        if let Some(label) = label {
            out.spans.push(Marked {
                start,
                end: out.text.len(),
                label,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand_chacha::ChaCha8Rng;

    /// The parts of the date `day`/`month`/`year`, the rest drawn from a fixed seed: the
    /// parts worked out from the date (weekday, day of the year, Unix time, …) are then
    /// checked against known values.
    fn date_on(day: usize, month: usize, year: i32) -> DateParts {
        DateParts {
            day,
            month,
            year,
            ..DateParts::draw(&mut ChaCha8Rng::seed_from_u64(0))
        }
    }

    fn pool() -> NamePool {
        NamePool {
            first: vec!["Zanele".into()],
            last: vec!["Okoro".into()],
            word_names: vec!["Grace".into()],
            listed_first: vec!["Sarah".into()],
            listed_last: vec!["Jones".into()],
        }
    }

    #[test]
    fn listed_name_slots_take_the_listed_names_and_are_marked() {
        let mut rng = ChaCha8Rng::seed_from_u64(3);
        let f = fill(
            "{kfirst} and {kfull} met {klast}, not {first}.",
            &pool(),
            &mut rng,
        );
        let marked: Vec<&str> = f.spans.iter().map(|m| &f.text[m.start..m.end]).collect();
        assert_eq!(marked, vec!["Sarah", "Sarah Jones", "Jones", "Zanele"]);
        assert!(f.spans.iter().all(|m| m.label == "PERSON"));
        // A pool with no listed names falls back to a name, never to the slot's text.
        let bare = NamePool {
            first: vec!["Zanele".into()],
            ..NamePool::default()
        };
        let f = fill("{kfirst} {klast}", &bare, &mut rng);
        assert!(!f.text.contains('{') && !f.text.contains("kfirst"));
    }

    #[test]
    fn names_are_marked_and_titles_are_not() {
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        let f = fill(
            "Thanks {title} {last} and {first}, <Will> you call?",
            &pool(),
            &mut rng,
        );
        let marked: Vec<&str> = f.spans.iter().map(|m| &f.text[m.start..m.end]).collect();
        assert_eq!(marked, vec!["Okoro", "Zanele"]);
        assert_eq!(&f.text[f.decoys[0].start..f.decoys[0].end], "Will");
        assert!(!f.text.contains('{') && !f.text.contains('<'));
    }

    #[test]
    fn a_form_writes_each_part_it_names() {
        let parts = DateParts {
            day: 3,
            month: 9,
            year: 1956,
            name: "September",
            short: "Sep",
            ordinal: "rd",
        };
        assert_eq!(parts.fill("{day:02}/{month:02}/{yy:02}"), "03/09/56");
        assert_eq!(
            parts.fill("{day}{ORDINAL} of {NAME}, {year} ({SHORT}, {roman}, {ROMAN})"),
            "3RD of SEPTEMBER, 1956 (SEP, ix, IX)"
        );
        assert_eq!(parts.fill("no parts"), "no parts");
        // The sixty-third round's parts: the weekday the date fell on, the year in words.
        assert_eq!(
            parts.fill("{weekday} {day}{ordinal} {name} {yearword}"),
            "Monday 3rd September nineteen fifty-six"
        );
        for (day, month, year, weekday) in [
            (3, 3, 1956, "Saturday"),
            (1, 1, 2000, "Saturday"),
            (28, 12, 1925, "Monday"),
            (28, 2, 2023, "Tuesday"),
        ] {
            let date = date_on(day, month, year);
            assert_eq!(date.fill("{weekday}"), weekday, "{day}/{month}/{year}");
        }
        assert_eq!(year_in_words(1925), "nineteen twenty-five");
        assert_eq!(year_in_words(1960), "nineteen sixty");
        assert_eq!(year_in_words(2000), "two thousand");
        assert_eq!(year_in_words(2012), "two thousand and twelve");
        // The sixty-fourth round's parts: the weekday's short form, the digits spaced.
        assert_eq!(
            parts.fill("{wkshort} {boxday} / {boxmonth} / {boxyear}"),
            "Mon 0 3 / 0 9 / 1 9 5 6"
        );
        assert_eq!(spaced_digits("2023"), "2 0 2 3");
        // The sixty-fifth round's parts: the month as an ordinal word, the dotted short form.
        assert_eq!(
            parts.fill("the {dayword} of the {monthword}; {day} {dotshort} '{yy:02}"),
            "the third of the ninth; 3 Sept. '56"
        );
        assert_eq!(DOTTED_MONTHS[4], "May");
        assert_eq!(DOTTED_MONTHS[0], "Jan.");
        // The sixty-sixth round's parts: the day in words with a capital, the year's last
        // two figures spaced.
        assert_eq!(
            parts.fill("{Dayword} of {name}; {boxday} / {boxmonth} / {boxyy}"),
            "Third of September; 0 3 / 0 9 / 5 6"
        );
        assert_eq!(capitalised("twenty-first"), "Twenty-first");
        // The sixty-seventh round's parts: the day's suffix raised, the digits full-width.
        assert_eq!(
            parts.fill("{day}{supord} {name}; {wideday}/{widemonth}/{wideyear}"),
            "3ʳᵈ September; ０３/０９/１９５６"
        );
        assert_eq!(raised("st"), "ˢᵗ");
        assert_eq!(raised("nd"), "ⁿᵈ");
        assert_eq!(raised("th"), "ᵗʰ");
        assert_eq!(in_script_digits("2023", FULL_WIDTH_ZERO), "２０２３");
        // The sixty-eighth round's parts: the year of the Japanese era, the month's name in
        // Welsh and in Spanish.
        assert_eq!(
            parts.fill("{wareki}.{month}.{day}; {day} {welshname}; {day} de {spanishname}"),
            "S31.9.3; 3 Medi; 3 de septiembre"
        );
        for (year, month, day, era) in [
            (1925, 6, 1, "T14"),
            (1926, 12, 24, "T15"),
            (1926, 12, 25, "S1"),
            (1989, 1, 7, "S64"),
            (1989, 1, 8, "H1"),
            (2019, 4, 28, "H31"),
            (2019, 5, 1, "R1"),
            (2023, 2, 28, "R5"),
        ] {
            assert_eq!(
                japanese_era_year(year, month, day),
                era,
                "{day}/{month}/{year}"
            );
        }
        assert_eq!(WELSH_MONTHS[0], "Ionawr");
        assert_eq!(SPANISH_MONTHS[11], "diciembre");
        // The sixty-ninth round's parts: the month's name in French and in Irish, the year
        // of the Thai Buddhist era and of the Republic of China's calendar.
        assert_eq!(
            parts.fill("{day} {frenchname}; {day} {irishname}; {buddhistyear}; 民國{minguo}"),
            "3 septembre; 3 Meán Fómhair; 2499; 民國45"
        );
        for (year, month, buddhist) in [
            (1925, 6, 2468),
            (1940, 3, 2482),
            (1940, 4, 2483),
            (1941, 1, 2484),
            (2023, 12, 2566),
        ] {
            assert_eq!(thai_buddhist_year(year, month), buddhist, "{month}/{year}");
        }
        assert_eq!(FRENCH_MONTHS[7], "août");
        assert_eq!(IRISH_MONTHS[11], "Nollaig");
        // The seventieth round's parts: the month's name in Italian, Portuguese, Polish and
        // Russian, the Arabic-Indic digits, the Japanese era in kanji, the day of the year
        // and the spreadsheet serial number.
        assert_eq!(
            parts.fill(
                "{day} {italianname}; {portuguesename}; {polishname}; {russianname}; \
                 {arabicday}/{arabicmonth}/{arabicyear}; {warekikanji}; {year}-{yday:03}; \
                 {excelserial}"
            ),
            "3 settembre; setembro; września; сентября; ٠٣/٠٩/١٩٥٦; 昭和31; 1956-247; 20701"
        );
        for (year, month, day, era) in [
            (1926, 12, 24, "大正15"),
            (1926, 12, 25, "昭和元"),
            (1989, 1, 8, "平成元"),
            (2019, 5, 1, "令和元"),
            (2023, 2, 28, "令和5"),
        ] {
            assert_eq!(
                japanese_era_in_kanji(year, month, day),
                era,
                "{day}/{month}/{year}"
            );
        }
        for (year, month, day, yday, serial) in [
            (1925, 1, 1, 1, 9133),
            (1956, 3, 1, 61, 20515),
            (2000, 12, 28, 363, 36888),
            (2023, 12, 28, 362, 45288),
        ] {
            let date = date_on(day, month, year);
            assert_eq!(date.day_of_year(), yday, "{day}/{month}/{year}");
            assert_eq!(date.spreadsheet_serial(), serial, "{day}/{month}/{year}");
        }
        assert_eq!(POLISH_MONTHS[9], "października");
        assert_eq!(PORTUGUESE_MONTHS[2], "março");
        // The seventy-first round's parts: the month's name in Turkish, Greek, Hungarian and
        // Lithuanian, the Iranian (Solar Hijri) date, the Devanagari digits and Unix time.
        assert_eq!(
            parts.fill(
                "{day} {turkishname}; {greekname}; {year}. {hungarianname}; {lithuanianname}; \
                 {jalaliyear}/{jalalimonth:02}/{jalaliday:02}; {devaday}/{devamonth}/{devayear}; \
                 {unixtime}"
            ),
            "3 Eylül; Σεπτεμβρίου; 1956. szeptember; rugsėjo; 1335/06/12; ०३/०९/१९५६; -420595200"
        );
        for (year, month, day, persian) in [
            (1925, 1, 1, (1303, 10, 11)),
            (1925, 3, 20, (1303, 12, 29)),
            (1925, 3, 21, (1304, 1, 1)),
            (1956, 3, 20, (1334, 12, 29)),
            (1956, 3, 21, (1335, 1, 1)),
            (1979, 2, 11, (1357, 11, 22)),
            (1980, 9, 22, (1359, 6, 31)),
            (2000, 12, 28, (1379, 10, 8)),
            (2023, 3, 20, (1401, 12, 29)),
            (2023, 3, 21, (1402, 1, 1)),
            (2023, 12, 28, (1402, 10, 7)),
        ] {
            assert_eq!(
                persian_solar_date(year, month, day),
                persian,
                "{day}/{month}/{year}"
            );
        }
        for (year, month, day, unix) in [
            (1925, 1, 1, -1_420_070_400),
            (1938, 4, 25, -999_993_600),
            (1969, 12, 28, -345_600),
            (2001, 9, 9, 999_993_600),
            (2023, 12, 28, 1_703_721_600),
        ] {
            let date = date_on(day, month, year);
            assert_eq!(date.unix_time(), unix, "{day}/{month}/{year}");
        }
        assert_eq!(TURKISH_MONTHS[1], "Şubat");
        assert_eq!(GREEK_MONTHS[4], "Μαΐου");
        assert_eq!(HUNGARIAN_MONTHS[2], "március");
        assert_eq!(LITHUANIAN_MONTHS[7], "rugpjūčio");
        // The seventy-second round's parts: the month's name in Czech, Ukrainian, Finnish,
        // Romanian, Thai and Catalan, the date in Chinese numerals and as a SAS date value.
        assert_eq!(
            parts.fill(
                "{day}. {czechname}; {ukrainianname} {year} р.; {finnishname}; {romanianname}; \
                 {thainame} {buddhistyear}; {catalanname} de {year}; \
                 {hanziyear}年{hanzimonth}月{hanziday}日; {sasdate}"
            ),
            "3. září; вересня 1956 р.; syyskuuta; septembrie; กันยายน 2499; de setembre de 1956; \
             一九五六年九月三日; -1215"
        );
        for (number, chinese) in [
            (1, "一"),
            (9, "九"),
            (10, "十"),
            (11, "十一"),
            (12, "十二"),
            (19, "十九"),
            (20, "二十"),
            (21, "二十一"),
            (28, "二十八"),
            (31, "三十一"),
        ] {
            assert_eq!(chinese_number(number), chinese, "{number}");
        }
        assert_eq!(chinese_digits("2000"), "二〇〇〇");
        assert_eq!(chinese_digits("1925"), "一九二五");
        for (year, month, day, sas) in [
            (1925, 1, 1, -12_783),
            (1938, 4, 25, -7_921),
            (1959, 12, 31, -1),
            (1960, 1, 1, 0),
            (1960, 1, 2, 1),
            (2000, 2, 29, 14_669),
            (2023, 12, 28, 23_372),
        ] {
            let date = date_on(day, month, year);
            assert_eq!(date.sas_date(), sas, "{day}/{month}/{year}");
        }
        assert_eq!(CZECH_MONTHS[4], "května");
        assert_eq!(UKRAINIAN_MONTHS[10], "листопада");
        assert_eq!(FINNISH_MONTHS[6], "heinäkuuta");
        assert_eq!(ROMANIAN_MONTHS[10], "noiembrie");
        assert_eq!(THAI_MONTHS[1], "กุมภาพันธ์");
        assert_eq!(CATALAN_MONTHS[3], "d'abril");
        assert_eq!(CATALAN_MONTHS[9], "d'octubre");
        // The seventy-third round's parts: the month's name in German, Albanian, Bulgarian
        // and Latvian, the date in the Ethiopian and the tabular Islamic calendars.
        assert_eq!(
            parts.fill(
                "{day}. {germanname}; {albanianname}; {bulgarianname} {year} г.; \
                 {year}. gada {day}. {latvianname}; {ethday:02}/{ethmonth:02}/{ethyear} E.C.; \
                 {hijriyear}/{hijrimonth:02}/{hijriday:02} هـ; {wkshort} {short} {day:02} {year}; \
                 {year} оны {month:02} сарын {day:02}"
            ),
            "3. September; shtator; септември 1956 г.; 1956. gada 3. septembrī; 28/12/1948 E.C.; \
             1376/01/27 هـ; Mon Sep 03 1956; 1956 оны 09 сарын 03"
        );
        // The Ethiopian and Islamic dates of known days, each checked against Python's
        // convertdate (its Coptic calendar, 276 years behind the Ethiopian, and its
        // arithmetical Islamic one): a year's first day, the Ethiopian New Year and the
        // sixth day of Pagume, a leap day.
        for (year, month, day, ethiopian, hijri) in [
            (1925, 1, 1, (1917, 4, 23), (1343, 6, 5)),
            (1938, 4, 25, (1930, 8, 17), (1357, 2, 24)),
            (1956, 9, 11, (1949, 1, 1), (1376, 2, 5)),
            (1960, 1, 1, (1952, 4, 22), (1379, 7, 2)),
            (2000, 2, 29, (1992, 6, 21), (1420, 11, 24)),
            (2023, 9, 11, (2015, 13, 6), (1445, 2, 25)),
            (2023, 9, 12, (2016, 1, 1), (1445, 2, 26)),
            (2023, 12, 28, (2016, 4, 18), (1445, 6, 15)),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                ..DateParts::draw(&mut ChaCha8Rng::seed_from_u64(0))
            };
            assert_eq!(date.ethiopian(), ethiopian, "{day}/{month}/{year}");
            assert_eq!(date.hijri(), hijri, "{day}/{month}/{year}");
        }
        assert_eq!(GERMAN_MONTHS[2], "März");
        assert_eq!(GERMAN_MONTHS[11], "Dezember");
        assert_eq!(ALBANIAN_MONTHS[10], "nëntor");
        assert_eq!(BULGARIAN_MONTHS[9], "октомври");
        assert_eq!(LATVIAN_MONTHS[2], "martā");
        // The seventy-fourth round's parts: the month's name in Croatian, Hebrew and
        // Hindi, the Iranian date in Persian digits with the month's Persian name, the date
        // in Bengali digits, the ISO week date and the date in milliseconds.
        assert_eq!(
            parts.fill(
                "{day}. {croatianname} {year}.; {day} ב{hebrewname} {year}; {day} {hindiname}; \
                 {persianday} {persianmonthname} {persianyear}; \
                 {bengaliday}/{bengalimonth}/{bengaliyear}; {isoweekyear}-W{isoweek:02}-{isoweekday}; \
                 {wkshort}, {day:02} {short} {year} 00:00:00 +0000; /Date({unixms})/"
            ),
            "3. rujna 1956.; 3 בספטמבר 1956; 3 सितंबर; ۱۲ شهریور ۱۳۳۵; ০৩/০৯/১৯৫৬; 1956-W36-1; \
             Mon, 03 Sep 1956 00:00:00 +0000; /Date(-420595200000)/"
        );
        // The ISO week dates and the Iranian dates of known days, each checked against
        // Python (datetime's isocalendar and convertdate's Persian calendar): a year whose
        // first days are in the year before's last week, a last day of December in the
        // next year's first week, a leap day and Nowruz.
        for (year, month, day, iso, persian) in [
            (1925, 1, 1, (1925, 1, 4), (1303, 10, 11)),
            (1938, 4, 25, (1938, 17, 1), (1317, 2, 5)),
            (1956, 12, 31, (1957, 1, 1), (1335, 10, 10)),
            (1960, 1, 1, (1959, 53, 5), (1338, 10, 10)),
            (1965, 1, 3, (1964, 53, 7), (1343, 10, 13)),
            (2000, 2, 29, (2000, 9, 2), (1378, 12, 10)),
            (2018, 12, 31, (2019, 1, 1), (1397, 10, 10)),
            (2023, 3, 21, (2023, 12, 2), (1402, 1, 1)),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                ..DateParts::draw(&mut ChaCha8Rng::seed_from_u64(0))
            };
            assert_eq!(date.iso_week(), iso, "{day}/{month}/{year}");
            assert_eq!(date.persian(), persian, "{day}/{month}/{year}");
        }
        // Milliseconds before and after 1970, as .NET writes them.
        let date = DateParts {
            day: 1,
            month: 1,
            year: 1970,
            ..DateParts::draw(&mut ChaCha8Rng::seed_from_u64(0))
        };
        assert_eq!(date.fill("/Date({unixms})/"), "/Date(0)/");
        assert_eq!(CROATIAN_MONTHS[2], "ožujka");
        assert_eq!(CROATIAN_MONTHS[10], "studenoga");
        assert_eq!(HEBREW_MONTHS[0], "ינואר");
        assert_eq!(HINDI_MONTHS[11], "दिसंबर");
        assert_eq!(PERSIAN_MONTHS[0], "فروردین");
        // The seventy-fifth round's parts: the month's name in Norwegian, Armenian,
        // Georgian, Kazakh and Uzbek, the date in Thai digits with the Thai Buddhist year,
        // the date as Python prints a date object and as ASN.1's GeneralizedTime.
        assert_eq!(
            parts.fill(
                "{day}. {norwegianname} {year}; {day} {armenianname} {year} թ.; \
                 {year} წლის {day} {georgianname}; {year} жылғы {day} {kazakhname}; \
                 {year}-yil {day}-{uzbekname}; {thaiday}/{thaimonth}/{thaiyear}; \
                 datetime.date({year}, {month}, {day}); {year}{month:02}{day:02}000000Z"
            ),
            "3. september 1956; 3 սեպտեմբերի 1956 թ.; 1956 წლის 3 სექტემბერი; \
             1956 жылғы 3 қыркүйек; 1956-yil 3-sentabr; ๓/๙/๒๔๙๙; \
             datetime.date(1956, 9, 3); 19560903000000Z"
        );
        // Known days in Thai digits, each checked against Python (the digits by their
        // Unicode names, the date object's repr and GeneralizedTime by datetime): a
        // Buddhist year that began on 1 April before 1941 and on 1 January from it, a day
        // and month of two digits and a leap day.
        for (year, month, day, thai, python, generalized) in [
            (
                1925,
                3,
                31,
                "๓๑/๓/๒๔๖๗",
                "datetime.date(1925, 3, 31)",
                "19250331000000Z",
            ),
            (
                1925,
                4,
                1,
                "๑/๔/๒๔๖๘",
                "datetime.date(1925, 4, 1)",
                "19250401000000Z",
            ),
            (
                1940,
                12,
                31,
                "๓๑/๑๒/๒๔๘๓",
                "datetime.date(1940, 12, 31)",
                "19401231000000Z",
            ),
            (
                1941,
                1,
                1,
                "๑/๑/๒๔๘๔",
                "datetime.date(1941, 1, 1)",
                "19410101000000Z",
            ),
            (
                2000,
                2,
                29,
                "๒๙/๒/๒๕๔๓",
                "datetime.date(2000, 2, 29)",
                "20000229000000Z",
            ),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                ..DateParts::draw(&mut ChaCha8Rng::seed_from_u64(0))
            };
            assert_eq!(date.fill("{thaiday}/{thaimonth}/{thaiyear}"), thai);
            assert_eq!(date.fill("datetime.date({year}, {month}, {day})"), python);
            assert_eq!(date.fill("{year}{month:02}{day:02}000000Z"), generalized);
        }
        assert_eq!(NORWEGIAN_MONTHS[11], "desember");
        assert_eq!(ARMENIAN_MONTHS[0], "հունվարի");
        assert_eq!(GEORGIAN_MONTHS[1], "თებერვალი");
        assert_eq!(KAZAKH_MONTHS[3], "сәуір");
        assert_eq!(UZBEK_MONTHS[4], "may");
        // The seventy-sixth round's parts: the month's name in Slovak, Serbian, Tamil,
        // Swahili and Maltese, the date in Myanmar digits, and the date as Go prints a time
        // value and as Java prints a date object.
        assert_eq!(
            parts.fill(
                "{day}. {slovakname} {year}; {day}. {serbianname} {year}.; \
                 {day} {tamilname} {year}; {day} {swahiliname} {year}; \
                 {day} ta' {maltesename} {year}; {myanmarday}-{myanmarmonth}-{myanmaryear}; \
                 {year}-{month:02}-{day:02} 00:00:00 +0000 UTC; \
                 {wkshort} {short} {day:02} 00:00:00 GMT {year}"
            ),
            "3. septembra 1956; 3. септембар 1956.; 3 செப்டம்பர் 1956; 3 Septemba 1956; \
             3 ta' Settembru 1956; ၃-၉-၁၉၅၆; 1956-09-03 00:00:00 +0000 UTC; \
             Mon Sep 03 00:00:00 GMT 1956"
        );
        // Known days in Myanmar digits and as Go and Java print them, each checked against
        // Python (the digits by their Unicode names, MYANMAR DIGIT ZERO to NINE; the Go and
        // Java forms by datetime's strftime at UTC, the weekday with them): the first
        // drawn year's first day, the day Unix time begins, a leap day, and a day and
        // month of two digits.
        for (year, month, day, myanmar, go, java) in [
            (
                1925,
                1,
                1,
                "၁-၁-၁၉၂၅",
                "1925-01-01 00:00:00 +0000 UTC",
                "Thu Jan 01 00:00:00 GMT 1925",
            ),
            (
                1970,
                1,
                1,
                "၁-၁-၁၉၇၀",
                "1970-01-01 00:00:00 +0000 UTC",
                "Thu Jan 01 00:00:00 GMT 1970",
            ),
            (
                2000,
                2,
                29,
                "၂၉-၂-၂၀၀၀",
                "2000-02-29 00:00:00 +0000 UTC",
                "Tue Feb 29 00:00:00 GMT 2000",
            ),
            (
                2023,
                12,
                28,
                "၂၈-၁၂-၂၀၂၃",
                "2023-12-28 00:00:00 +0000 UTC",
                "Thu Dec 28 00:00:00 GMT 2023",
            ),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ..DateParts::draw(&mut ChaCha8Rng::seed_from_u64(0))
            };
            assert_eq!(
                date.fill("{myanmarday}-{myanmarmonth}-{myanmaryear}"),
                myanmar
            );
            assert_eq!(
                date.fill("{year}-{month:02}-{day:02} 00:00:00 +0000 UTC"),
                go
            );
            assert_eq!(
                date.fill("{wkshort} {short} {day:02} 00:00:00 GMT {year}"),
                java
            );
        }
        assert_eq!(SLOVAK_MONTHS[4], "mája");
        assert_eq!(SERBIAN_MONTHS[0], "јануар");
        assert_eq!(TAMIL_MONTHS[11], "டிசம்பர்");
        assert_eq!(SWAHILI_MONTHS[2], "Machi");
        assert_eq!(MALTESE_MONTHS[5], "Ġunju");
        // The seventy-seventh round's parts: the month's name in Basque, Belarusian,
        // Filipino and Malagasy, the date in Khmer digits, and the date as Python prints a
        // datetime value, as SQL Server writes a datetime column and as JavaScript's
        // toDateString prints a date.
        assert_eq!(
            parts.fill(
                "{year}ko {basquename} {day}a; {day} {belarusianname} {year} г.; \
                 {filipinoname} {day}, {year}; {day} {malagasyname} {year}; \
                 {khmerday}/{khmermonth}/{khmeryear}; \
                 datetime.datetime({year}, {month}, {day}, 0, 0); \
                 {year}-{month:02}-{day:02} 00:00:00.000; {wkshort} {short} {day:02} {year}"
            ),
            "1956ko irailaren 3a; 3 верасня 1956 г.; Setyembre 3, 1956; 3 Septambra 1956; \
             ០៣/០៩/១៩៥៦; datetime.datetime(1956, 9, 3, 0, 0); 1956-09-03 00:00:00.000; \
             Mon Sep 03 1956"
        );
        // Known days in Khmer digits and as Python, SQL Server and JavaScript print them,
        // each checked against Python (the digits by their Unicode names, KHMER DIGIT ZERO
        // to NINE; the Python form by repr() of datetime.datetime, the SQL Server and
        // JavaScript forms, weekday included, by datetime's strftime("%Y-%m-%d
        // %H:%M:%S.000") and strftime("%a %b %d %Y")): the first drawn year's first day,
        // the day Unix time begins, a leap day, and a day and month of two digits.
        for (year, month, day, khmer, python, sql, javascript) in [
            (
                1925,
                1,
                1,
                "០១/០១/១៩២៥",
                "datetime.datetime(1925, 1, 1, 0, 0)",
                "1925-01-01 00:00:00.000",
                "Thu Jan 01 1925",
            ),
            (
                1970,
                1,
                1,
                "០១/០១/១៩៧០",
                "datetime.datetime(1970, 1, 1, 0, 0)",
                "1970-01-01 00:00:00.000",
                "Thu Jan 01 1970",
            ),
            (
                2000,
                2,
                29,
                "២៩/០២/២០០០",
                "datetime.datetime(2000, 2, 29, 0, 0)",
                "2000-02-29 00:00:00.000",
                "Tue Feb 29 2000",
            ),
            (
                2023,
                12,
                28,
                "២៨/១២/២០២៣",
                "datetime.datetime(2023, 12, 28, 0, 0)",
                "2023-12-28 00:00:00.000",
                "Thu Dec 28 2023",
            ),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ..DateParts::draw(&mut ChaCha8Rng::seed_from_u64(0))
            };
            assert_eq!(date.fill("{khmerday}/{khmermonth}/{khmeryear}"), khmer);
            assert_eq!(
                date.fill("datetime.datetime({year}, {month}, {day}, 0, 0)"),
                python
            );
            assert_eq!(date.fill("{year}-{month:02}-{day:02} 00:00:00.000"), sql);
            assert_eq!(date.fill("{wkshort} {short} {day:02} {year}"), javascript);
        }
        assert_eq!(BASQUE_MONTHS[4], "maiatzaren");
        assert_eq!(BELARUSIAN_MONTHS[7], "жніўня");
        assert_eq!(FILIPINO_MONTHS[1], "Pebrero");
        assert_eq!(MALAGASY_MONTHS[7], "Aogositra");
        // The seventy-eighth round's parts: the month's name in Urdu, Scottish Gaelic and
        // Maori, the date in Gujarati digits, in the Indian national (Saka) calendar and
        // with the year of the Korean Dangi era, and the date as C's asctime prints it and
        // as PostgreSQL writes a timestamp with time zone.
        assert_eq!(
            parts.fill(
                "{day} {urduname}، {year}; {gujaratiday}/{gujaratimonth}/{gujaratiyear}; \
                 {sakamonth} {sakaday}, {sakayear} (Saka); 단기 {dangiyear}년 {month}월 {day}일; \
                 {day}mh {gaelicname} {year}; {day} {maoriname} {year}; \
                 {wkshort} {short} {spaceday} 00:00:00 {year}; \
                 {year}-{month:02}-{day:02} 00:00:00+00"
            ),
            "3 ستمبر، 1956; ૦૩/૦૯/૧૯૫૬; Bhadra 12, 1878 (Saka); 단기 4289년 9월 3일; \
             3mh dhen t-Sultain 1956; 3 Hepetema 1956; Mon Sep  3 00:00:00 1956; \
             1956-09-03 00:00:00+00"
        );
        // Known days in Gujarati digits, in the Saka calendar, in the Dangi era and as C's
        // asctime and PostgreSQL print them, each checked against Python (the digits by
        // their Unicode names, GUJARATI DIGIT ZERO to NINE; the Saka date by the PyPI
        // package convertdate's indian_civil; the asctime form, weekday included, by
        // time.asctime, and the PostgreSQL form by datetime's strftime("%Y-%m-%d
        // %H:%M:%S+00")): the first drawn year's first day, the day Unix time begins, a
        // leap day, a day and month of two digits, and the Saka new year in a leap year
        // (21 March 1956), the day before it in a common year (21 March 1957, the last of
        // Phalguna) and the new year of that common year (22 March 1957).
        for (year, month, day, gujarati, saka, asctime, postgres) in [
            (
                1925,
                1,
                1,
                "૦૧/૦૧/૧૯૨૫",
                "Pausa 11, 1846 (Saka)",
                "Thu Jan  1 00:00:00 1925",
                "1925-01-01 00:00:00+00",
            ),
            (
                1970,
                1,
                1,
                "૦૧/૦૧/૧૯૭૦",
                "Pausa 11, 1891 (Saka)",
                "Thu Jan  1 00:00:00 1970",
                "1970-01-01 00:00:00+00",
            ),
            (
                2000,
                2,
                29,
                "૨૯/૦૨/૨૦૦૦",
                "Phalguna 10, 1921 (Saka)",
                "Tue Feb 29 00:00:00 2000",
                "2000-02-29 00:00:00+00",
            ),
            (
                2023,
                12,
                28,
                "૨૮/૧૨/૨૦૨૩",
                "Pausa 7, 1945 (Saka)",
                "Thu Dec 28 00:00:00 2023",
                "2023-12-28 00:00:00+00",
            ),
            (
                1956,
                3,
                21,
                "૨૧/૦૩/૧૯૫૬",
                "Chaitra 1, 1878 (Saka)",
                "Wed Mar 21 00:00:00 1956",
                "1956-03-21 00:00:00+00",
            ),
            (
                1957,
                3,
                21,
                "૨૧/૦૩/૧૯૫૭",
                "Phalguna 30, 1878 (Saka)",
                "Thu Mar 21 00:00:00 1957",
                "1957-03-21 00:00:00+00",
            ),
            (
                1957,
                3,
                22,
                "૨૨/૦૩/૧૯૫૭",
                "Chaitra 1, 1879 (Saka)",
                "Fri Mar 22 00:00:00 1957",
                "1957-03-22 00:00:00+00",
            ),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ..DateParts::draw(&mut ChaCha8Rng::seed_from_u64(0))
            };
            assert_eq!(
                date.fill("{gujaratiday}/{gujaratimonth}/{gujaratiyear}"),
                gujarati
            );
            assert_eq!(date.fill("{sakamonth} {sakaday}, {sakayear} (Saka)"), saka);
            assert_eq!(
                date.fill("{wkshort} {short} {spaceday} 00:00:00 {year}"),
                asctime
            );
            assert_eq!(
                date.fill("{year}-{month:02}-{day:02} 00:00:00+00"),
                postgres
            );
            assert_eq!(
                date.fill("단기 {dangiyear}년"),
                format!("단기 {}년", year + 2_333)
            );
        }
        assert_eq!(URDU_MONTHS[4], "مئی");
        assert_eq!(GAELIC_MONTHS[0], "dhen Fhaoilleach");
        assert_eq!(MAORI_MONTHS[11], "Tīhema");
        assert_eq!(SAKA_MONTHS[11], "Phalguna");
        // The seventy-ninth round's parts: the month's name in Azerbaijani, Lao, Telugu,
        // Malayalam, Hawaiian and Cornish, and the date as pandas prints a timestamp and as
        // Elixir writes a date.
        assert_eq!(
            parts.fill(
                "{day} {azerbaijaniname} {year}; {day} {laoname} {year}; \
                 {day} {teluguname}, {year}; {year} {malayalamname} {day}; \
                 {day} {hawaiianname} {year}; {day} {cornishname} {year}; \
                 Timestamp('{year}-{month:02}-{day:02} 00:00:00'); \
                 ~D[{year}-{month:02}-{day:02}]"
            ),
            "3 sentyabr 1956; 3 ກັນຍາ 1956; 3 సెప్టెంబర్, 1956; 1956 സെപ്റ്റംബർ 3; \
             3 Kepakemapa 1956; 3 mis Gwynngala 1956; Timestamp('1956-09-03 00:00:00'); \
             ~D[1956-09-03]"
        );
        // Known days as pandas prints a timestamp and as Elixir writes a date, and in the
        // six languages, each checked against Python (pandas' repr of a Timestamp, and
        // the PyPI package babel's CLDR data, format_date(..., 'long') in the locales az,
        // lo, te, ml, haw and kw): the first drawn year's first day, a leap day, and a day
        // and month of two digits.
        for (year, month, day, pandas, elixir, azerbaijani, hawaiian, cornish) in [
            (
                1925,
                1,
                1,
                "Timestamp('1925-01-01 00:00:00')",
                "~D[1925-01-01]",
                "1 yanvar 1925",
                "1 Ianuali 1925",
                "1 mis Genver 1925",
            ),
            (
                2000,
                2,
                29,
                "Timestamp('2000-02-29 00:00:00')",
                "~D[2000-02-29]",
                "29 fevral 2000",
                "29 Pepeluali 2000",
                "29 mis Hwevrer 2000",
            ),
            (
                2023,
                12,
                28,
                "Timestamp('2023-12-28 00:00:00')",
                "~D[2023-12-28]",
                "28 dekabr 2023",
                "28 Kekemapa 2023",
                "28 mis Kevardhu 2023",
            ),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ..DateParts::draw(&mut ChaCha8Rng::seed_from_u64(0))
            };
            assert_eq!(
                date.fill("Timestamp('{year}-{month:02}-{day:02} 00:00:00')"),
                pandas
            );
            assert_eq!(date.fill("~D[{year}-{month:02}-{day:02}]"), elixir);
            assert_eq!(date.fill("{day} {azerbaijaniname} {year}"), azerbaijani);
            assert_eq!(date.fill("{day} {hawaiianname} {year}"), hawaiian);
            assert_eq!(date.fill("{day} {cornishname} {year}"), cornish);
        }
        assert_eq!(LAO_MONTHS[0], "ມັງກອນ");
        assert_eq!(TELUGU_MONTHS[4], "మే");
        assert_eq!(MALAYALAM_MONTHS[9], "ഒക്\u{200c}ടോബർ");
        assert_eq!(HAWAIIAN_MONTHS[3], "ʻApelila");
        assert_eq!(AZERBAIJANI_MONTHS[7], "avqust");
        assert_eq!(CORNISH_MONTHS[6], "mis Gortheren");
        // The eightieth round's parts: the month's name in Punjabi, Kannada, Hausa, Somali,
        // Zulu and Kyrgyz, and the date as NumPy writes a datetime64 and as Clojure prints
        // an instant.
        assert_eq!(
            parts.fill(
                "{day} {punjabiname} {year}; {kannadaname} {day}, {year}; \
                 {day} {hausaname}, {year}; {somaliname} {day}, {year}; \
                 {zuluname} {day}, {year}; {year}-ж., {day}-{kyrgyzname}; \
                 np.datetime64('{year}-{month:02}-{day:02}'); \
                 #inst \"{year}-{month:02}-{day:02}T00:00:00.000-00:00\""
            ),
            "3 ਸਤੰਬਰ 1956; ಸೆಪ್ಟೆಂಬರ್ 3, 1956; 3 Satumba, 1956; Sebtembar 3, 1956; \
             Septhemba 3, 1956; 1956-ж., 3-сентябрь; np.datetime64('1956-09-03'); \
             #inst \"1956-09-03T00:00:00.000-00:00\""
        );
        // Known days as NumPy writes a datetime64 and as Clojure prints an instant, and in
        // four of the six languages, each checked against Python (NumPy's repr of a
        // datetime64; the instant as "#inst \"" + datetime's isoformat() +
        // "T00:00:00.000-00:00\"", the form Clojure prints a java.util.Date in; the PyPI
        // package babel's CLDR data, format_date(..., 'long') in the locales ha, so, zu and
        // ky): the first drawn year's first day, a leap day, and a day and month of two
        // digits.
        for (year, month, day, numpy, clojure, hausa, somali, zulu, kyrgyz) in [
            (
                1925,
                1,
                1,
                "np.datetime64('1925-01-01')",
                "#inst \"1925-01-01T00:00:00.000-00:00\"",
                "1 Janairu, 1925",
                "Janaayo 1, 1925",
                "Januwari 1, 1925",
                "1925-ж., 1-январь",
            ),
            (
                2000,
                2,
                29,
                "np.datetime64('2000-02-29')",
                "#inst \"2000-02-29T00:00:00.000-00:00\"",
                "29 Faburairu, 2000",
                "Febraayo 29, 2000",
                "Februwari 29, 2000",
                "2000-ж., 29-февраль",
            ),
            (
                2023,
                12,
                28,
                "np.datetime64('2023-12-28')",
                "#inst \"2023-12-28T00:00:00.000-00:00\"",
                "28 Disamba, 2023",
                "Diseembar 28, 2023",
                "Disemba 28, 2023",
                "2023-ж., 28-декабрь",
            ),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ..DateParts::draw(&mut ChaCha8Rng::seed_from_u64(0))
            };
            assert_eq!(
                date.fill("np.datetime64('{year}-{month:02}-{day:02}')"),
                numpy
            );
            assert_eq!(
                date.fill("#inst \"{year}-{month:02}-{day:02}T00:00:00.000-00:00\""),
                clojure
            );
            assert_eq!(date.fill("{day} {hausaname}, {year}"), hausa);
            assert_eq!(date.fill("{somaliname} {day}, {year}"), somali);
            assert_eq!(date.fill("{zuluname} {day}, {year}"), zulu);
            assert_eq!(date.fill("{year}-ж., {day}-{kyrgyzname}"), kyrgyz);
        }
        assert_eq!(PUNJABI_MONTHS[0], "ਜਨਵਰੀ");
        assert_eq!(KANNADA_MONTHS[4], "ಮೇ");
        assert_eq!(HAUSA_MONTHS[7], "Agusta");
        assert_eq!(SOMALI_MONTHS[6], "Luulyo");
        assert_eq!(ZULU_MONTHS[3], "Ephreli");
        assert_eq!(KYRGYZ_MONTHS[10], "ноябрь");
        // The eighty-first round's parts: the month's name in Marathi, Nepali, Amharic,
        // Odia and Breton, and the date as Ruby inspects a Date (its Julian day number),
        // as GNU date prints a day at midnight in UTC and as the MongoDB shell prints a
        // date.
        assert_eq!(
            parts.fill(
                "{day} {marathiname}, {year}; {year} {nepaliname} {day}; \
                 {day} {amharicname} {year}; {odianame} {day}, {year}; \
                 {day} {bretonname} {year}; \
                 #<Date: {year}-{month:02}-{day:02} (({jdn}j,0s,0n),+0s,2299161j)>; \
                 {wkshort} {short} {spaceday} 00:00:00 UTC {year}; \
                 ISODate('{year}-{month:02}-{day:02}T00:00:00.000Z')"
            ),
            "3 सप्टेंबर, 1956; 1956 सेप्टेम्बर 3; 3 ሴፕቴምበር 1956; ସେପ୍ଟେମ୍ବର 3, 1956; \
             3 Gwengolo 1956; #<Date: 1956-09-03 ((2435720j,0s,0n),+0s,2299161j)>; \
             Mon Sep  3 00:00:00 UTC 1956; ISODate('1956-09-03T00:00:00.000Z')"
        );
        // Known days as Ruby inspects a Date, as GNU date and the MongoDB shell print
        // them, and in Marathi, Nepali and Breton, each checked against Python (the Julian
        // day number by the PyPI package convertdate's julianday.from_gregorian, an
        // independent implementation, plus a half; the weekday and GNU date's
        // space-padded day by datetime's strftime("%a %b ") and "{:>2}"; the MongoDB form
        // as "ISODate('" + datetime's isoformat() + "T00:00:00.000Z')"; the languages by
        // the PyPI package babel's CLDR data, format_date(..., 'long') in the locales mr,
        // ne and br): the first drawn year's first day, a leap day, a day and month of two
        // digits, and 3 February 2001, the day Ruby's documentation inspects (2451944).
        for (year, month, day, ruby, gnu, mongo, marathi, nepali, breton) in [
            (
                1925,
                1,
                1,
                "#<Date: 1925-01-01 ((2424152j,0s,0n),+0s,2299161j)>",
                "Thu Jan  1 00:00:00 UTC 1925",
                "ISODate('1925-01-01T00:00:00.000Z')",
                "1 जानेवारी, 1925",
                "1925 जनवरी 1",
                "1 Genver 1925",
            ),
            (
                2000,
                2,
                29,
                "#<Date: 2000-02-29 ((2451604j,0s,0n),+0s,2299161j)>",
                "Tue Feb 29 00:00:00 UTC 2000",
                "ISODate('2000-02-29T00:00:00.000Z')",
                "29 फेब्रुवारी, 2000",
                "2000 फेब्रुअरी 29",
                "29 C\u{2bc}hwevrer 2000",
            ),
            (
                2023,
                12,
                28,
                "#<Date: 2023-12-28 ((2460307j,0s,0n),+0s,2299161j)>",
                "Thu Dec 28 00:00:00 UTC 2023",
                "ISODate('2023-12-28T00:00:00.000Z')",
                "28 डिसेंबर, 2023",
                "2023 डिसेम्बर 28",
                "28 Kerzu 2023",
            ),
            (
                2001,
                2,
                3,
                "#<Date: 2001-02-03 ((2451944j,0s,0n),+0s,2299161j)>",
                "Sat Feb  3 00:00:00 UTC 2001",
                "ISODate('2001-02-03T00:00:00.000Z')",
                "3 फेब्रुवारी, 2001",
                "2001 फेब्रुअरी 3",
                "3 C\u{2bc}hwevrer 2001",
            ),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ..DateParts::draw(&mut ChaCha8Rng::seed_from_u64(0))
            };
            assert_eq!(
                date.fill("#<Date: {year}-{month:02}-{day:02} (({jdn}j,0s,0n),+0s,2299161j)>"),
                ruby
            );
            assert_eq!(
                date.fill("{wkshort} {short} {spaceday} 00:00:00 UTC {year}"),
                gnu
            );
            assert_eq!(
                date.fill("ISODate('{year}-{month:02}-{day:02}T00:00:00.000Z')"),
                mongo
            );
            assert_eq!(date.fill("{day} {marathiname}, {year}"), marathi);
            assert_eq!(date.fill("{year} {nepaliname} {day}"), nepali);
            assert_eq!(date.fill("{day} {bretonname} {year}"), breton);
        }
        assert_eq!(MARATHI_MONTHS[10], "नोव्हेंबर");
        assert_eq!(NEPALI_MONTHS[6], "जुलाई");
        assert_eq!(AMHARIC_MONTHS[4], "ሜይ");
        assert_eq!(ODIA_MONTHS[7], "ଅଗଷ୍ଟ");
        assert_eq!(BRETON_MONTHS[1], "C\u{2bc}hwevrer");
        // The eighty-second round's parts: the month's name in Tigrinya, Turkmen, Tatar
        // and Pashto, and the date as Swift prints a Date, as Java's LocalDateTime writes
        // midnight, as R prints a date-time in UTC and as PowerShell's Get-Date prints a
        // day on a computer set to US English.
        assert_eq!(
            parts.fill(
                "{tigrinyaname} {day}, {year}; {day} {turkmenname} {year}; \
                 {day} {tatarname}, {year}\u{202f}ел; {day} {pashtoname} {year}; \
                 {year}-{month:02}-{day:02} 00:00:00 +0000; {year}-{month:02}-{day:02}T00:00; \
                 [1] \"{year}-{month:02}-{day:02} UTC\"; \
                 {weekday}, {name} {day}, {year} 12:00:00 AM"
            ),
            "መስከረም 3, 1956; 3 sentýabr 1956; 3 сентябрь, 1956\u{202f}ел; 3 سېپتمبر 1956; \
             1956-09-03 00:00:00 +0000; 1956-09-03T00:00; [1] \"1956-09-03 UTC\"; \
             Monday, September 3, 1956 12:00:00 AM"
        );
        // Known days in Tigrinya, Turkmen, Tatar and Pashto and as Swift, Java, R and
        // PowerShell write them, each checked against Python (the languages by the PyPI
        // package babel's CLDR data, format_date(..., 'long') in the locales ti, tk, tt
        // and ps; Swift's form as datetime's isoformat() + " 00:00:00 +0000", Java's as
        // isoformat(timespec='minutes'), R's as '[1] "' + isoformat() + ' UTC"',
        // PowerShell's by strftime("%A, %B "), the day, strftime(", %Y") and
        // " 12:00:00 AM"): the first drawn year's first day, a leap day and a day and
        // month of two digits.
        for (year, month, day, langs, software) in [
            (
                1925,
                1,
                1,
                "ጥሪ 1, 1925; 1 ýanwar 1925; 1 гыйнвар, 1925\u{202f}ел; 1 جنوري 1925",
                "1925-01-01 00:00:00 +0000; 1925-01-01T00:00; [1] \"1925-01-01 UTC\"; \
                 Thursday, January 1, 1925 12:00:00 AM",
            ),
            (
                2000,
                2,
                29,
                "ለካቲት 29, 2000; 29 fewral 2000; 29 февраль, 2000\u{202f}ел; 29 فبروري 2000",
                "2000-02-29 00:00:00 +0000; 2000-02-29T00:00; [1] \"2000-02-29 UTC\"; \
                 Tuesday, February 29, 2000 12:00:00 AM",
            ),
            (
                2023,
                12,
                28,
                "ታሕሳስ 28, 2023; 28 dekabr 2023; 28 декабрь, 2023\u{202f}ел; 28 دسمبر 2023",
                "2023-12-28 00:00:00 +0000; 2023-12-28T00:00; [1] \"2023-12-28 UTC\"; \
                 Thursday, December 28, 2023 12:00:00 AM",
            ),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ..DateParts::draw(&mut ChaCha8Rng::seed_from_u64(0))
            };
            assert_eq!(
                date.fill(
                    "{tigrinyaname} {day}, {year}; {day} {turkmenname} {year}; \
                     {day} {tatarname}, {year}\u{202f}ел; {day} {pashtoname} {year}"
                ),
                langs
            );
            assert_eq!(
                date.fill(
                    "{year}-{month:02}-{day:02} 00:00:00 +0000; {year}-{month:02}-{day:02}T00:00; \
                     [1] \"{year}-{month:02}-{day:02} UTC\"; \
                     {weekday}, {name} {day}, {year} 12:00:00 AM"
                ),
                software
            );
        }
        assert_eq!(TIGRINYA_MONTHS[10], "ሕዳር");
        assert_eq!(TURKMEN_MONTHS[10], "noýabr");
        assert_eq!(TATAR_MONTHS[0], "гыйнвар");
        assert_eq!(PASHTO_MONTHS[10], "نومبر");
        // The eighty-third round's parts: the month's name in Sinhala, Yoruba, Tajik and
        // Uyghur, and the date as Haskell shows a UTCTime, as .NET writes a DateTime on a
        // computer set to English (United Kingdom), as a spreadsheet's DATE formula builds it
        // and as Stata shows a date.
        assert_eq!(
            parts.fill(
                "{year} {sinhalaname} {day}; {day} {yorubaname} {year}; {day:02} {tajikname} {year}; {day}-{uyghurname}، {year}; \
                 {year}-{month:02}-{day:02} 00:00:00 UTC; {day:02}/{month:02}/{year} 00:00:00; =DATE({year},{month},{day}); {day:02}{lshort}{year}"
            ),
            "1956 බිනර 3; 3 Oṣù Owewe 1956; 03 Сентябр 1956; 3-سېنتەبىر، 1956; \
             1956-09-03 00:00:00 UTC; 03/09/1956 00:00:00; =DATE(1956,9,3); 03sep1956"
        );
        // Known days in Sinhala, Yoruba, Tajik and Uyghur and as Haskell, .NET, a
        // spreadsheet and Stata write them, each checked against Python (the languages by
        // the PyPI package babel's CLDR data, format_date(..., 'long') in the locales si,
        // yo, tg and ug; Haskell's form as datetime's isoformat() + " 00:00:00 UTC", .NET's
        // by strftime("%d/%m/%Y") + " 00:00:00", the formula as "=DATE(" and the year, month
        // and day, Stata's by strftime("%d"), strftime("%b") in small letters and the
        // year): the first drawn year's first day, a leap day and a day and month of two
        // digits.
        for (year, month, day, langs, software) in [
            (
                1925,
                1,
                1,
                "1925 දුරුතු 1; 1 Oṣù Ṣẹ́rẹ́ 1925; 01 Январ 1925; 1-يانۋار، 1925",
                "1925-01-01 00:00:00 UTC; 01/01/1925 00:00:00; =DATE(1925,1,1); 01jan1925",
            ),
            (
                2000,
                2,
                29,
                "2000 නවම් 29; 29 Oṣù Èrèlè 2000; 29 Феврал 2000; 29-فېۋرال، 2000",
                "2000-02-29 00:00:00 UTC; 29/02/2000 00:00:00; =DATE(2000,2,29); 29feb2000",
            ),
            (
                2023,
                12,
                28,
                "2023 උඳුවප් 28; 28 Oṣù Ọ̀pẹ̀ 2023; 28 Декабр 2023; 28-دېكابىر، 2023",
                "2023-12-28 00:00:00 UTC; 28/12/2023 00:00:00; =DATE(2023,12,28); 28dec2023",
            ),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ..DateParts::draw(&mut ChaCha8Rng::seed_from_u64(0))
            };
            assert_eq!(date.fill("{year} {sinhalaname} {day}; {day} {yorubaname} {year}; {day:02} {tajikname} {year}; {day}-{uyghurname}، {year}"), langs);
            assert_eq!(date.fill("{year}-{month:02}-{day:02} 00:00:00 UTC; {day:02}/{month:02}/{year} 00:00:00; =DATE({year},{month},{day}); {day:02}{lshort}{year}"), software);
        }
        assert_eq!(SINHALA_MONTHS[10], "ඉල්");
        assert_eq!(YORUBA_MONTHS[10], "Oṣù Bélú");
        assert_eq!(TAJIK_MONTHS[0], "Январ");
        assert_eq!(UYGHUR_MONTHS[10], "نويابىر");
        // The eighty-fourth round's parts: the month's name in Gujarati, Bengali, Khmer and
        // Central Kurdish (Sorani), and the date as a MySQL or SQLite DATETIME column shows
        // it, as JavaScript's toLocaleString() writes it on a computer set to English
        // (United Kingdom), as JavaScript's toUTCString() writes it and as an HL7 version 2
        // timestamp to the minute.
        assert_eq!(
            parts.fill(
                "{day} {gujaratiname}, {year}; {day} {bengaliname}, {year}; {day} {khmername} {year}; {day}ی {soraniname}ی {year}; \
                 {year}-{month:02}-{day:02} 00:00:00; {day:02}/{month:02}/{year}, 00:00:00; {wkshort}, {day:02} {short} {year} 00:00:00 GMT; {year}{month:02}{day:02}0000"
            ),
            "3 સપ્ટેમ્બર, 1956; 3 সেপ্টেম্বর, 1956; 3 កញ្ញា 1956; 3ی ئەیلوولی 1956; \
             1956-09-03 00:00:00; 03/09/1956, 00:00:00; Mon, 03 Sep 1956 00:00:00 GMT; 195609030000"
        );
        // Known days in Gujarati, Bengali, Khmer and Sorani and as MySQL, JavaScript and
        // HL7 write them, each checked against Python (the languages by the PyPI package
        // babel's CLDR data, format_date(..., 'long') in the locales gu, bn, km and ckb;
        // MySQL's form as datetime's isoformat() + " 00:00:00", toLocaleString()'s by
        // strftime("%d/%m/%Y") + ", 00:00:00", toUTCString()'s by
        // strftime("%a, %d %b %Y") + " 00:00:00 GMT", HL7's by strftime("%Y%m%d") +
        // "0000"): the first drawn year's first day, a leap day and a day and month of two
        // digits.
        for (year, month, day, langs, software) in [
            (
                1925,
                1,
                1,
                "1 જાન્યુઆરી, 1925; 1 জানুয়ারি, 1925; 1 មករា 1925; 1ی کانوونی دووەمی 1925",
                "1925-01-01 00:00:00; 01/01/1925, 00:00:00; Thu, 01 Jan 1925 00:00:00 GMT; 192501010000",
            ),
            (
                2000,
                2,
                29,
                "29 ફેબ્રુઆરી, 2000; 29 ফেব্রুয়ারি, 2000; 29 កុម្ភៈ 2000; 29ی شوباتی 2000",
                "2000-02-29 00:00:00; 29/02/2000, 00:00:00; Tue, 29 Feb 2000 00:00:00 GMT; 200002290000",
            ),
            (
                2023,
                12,
                28,
                "28 ડિસેમ્બર, 2023; 28 ডিসেম্বর, 2023; 28 ធ្នូ 2023; 28ی کانونی یەکەمی 2023",
                "2023-12-28 00:00:00; 28/12/2023, 00:00:00; Thu, 28 Dec 2023 00:00:00 GMT; 202312280000",
            ),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ..DateParts::draw(&mut ChaCha8Rng::seed_from_u64(0))
            };
            assert_eq!(date.fill("{day} {gujaratiname}, {year}; {day} {bengaliname}, {year}; {day} {khmername} {year}; {day}ی {soraniname}ی {year}"), langs);
            assert_eq!(date.fill("{year}-{month:02}-{day:02} 00:00:00; {day:02}/{month:02}/{year}, 00:00:00; {wkshort}, {day:02} {short} {year} 00:00:00 GMT; {year}{month:02}{day:02}0000"), software);
        }
        assert_eq!(GUJARATI_MONTHS[10], "નવેમ્બર");
        assert_eq!(BENGALI_MONTHS[10], "নভেম্বর");
        assert_eq!(KHMER_MONTHS[10], "វិច្ឆិកា");
        assert_eq!(SORANI_MONTHS[10], "تشرینی دووەم");
        // The eighty-fifth round's parts: the month's name in Dutch, Swedish, Indonesian
        // and Malay, and the date as Microsoft SQL Server's CONVERT styles 100 and 113
        // write it, as Oracle shows a TIMESTAMP by default and as Windows PowerShell's
        // Get-Date shows it on a computer set to English (United Kingdom).
        assert_eq!(
            parts.fill(
                "{day} {dutchname} {year}; {day} {swedishname} {year}; {day} {indonesianname} {year}; {day} {malayname} {year}; \
                 {short} {spaceday} {year} 12:00AM; {day:02} {short} {year} 00:00:00:000; {day:02}-{SHORT}-{yy:02} 12.00.00.000000 AM; {day:02} {name} {year} 00:00:00"
            ),
            "3 september 1956; 3 september 1956; 3 September 1956; 3 September 1956; \
             Sep  3 1956 12:00AM; 03 Sep 1956 00:00:00:000; 03-SEP-56 12.00.00.000000 AM; 03 September 1956 00:00:00"
        );
        // Known days in Dutch, Swedish, Indonesian and Malay and as SQL Server, Oracle and
        // PowerShell write them, each checked against Python (the languages by the PyPI
        // package babel's CLDR data, format_date(..., 'long') in the locales nl, sv, id
        // and ms; SQL Server's style 100 by strftime("%b ") + the day right-aligned in two
        // places + strftime(" %Y") + " 12:00AM", its style 113 by strftime("%d %b %Y") +
        // " 00:00:00:000", Oracle's by strftime("%d-%b-%y").upper() +
        // " 12.00.00.000000 AM", PowerShell's by strftime("%d %B %Y") + " 00:00:00"): the
        // first drawn year's first day, a leap day and a day and month of two digits.
        for (year, month, day, langs, software) in [
            (
                1925,
                1,
                1,
                "1 januari 1925; 1 januari 1925; 1 Januari 1925; 1 Januari 1925",
                "Jan  1 1925 12:00AM; 01 Jan 1925 00:00:00:000; 01-JAN-25 12.00.00.000000 AM; 01 January 1925 00:00:00",
            ),
            (
                2000,
                2,
                29,
                "29 februari 2000; 29 februari 2000; 29 Februari 2000; 29 Februari 2000",
                "Feb 29 2000 12:00AM; 29 Feb 2000 00:00:00:000; 29-FEB-00 12.00.00.000000 AM; 29 February 2000 00:00:00",
            ),
            (
                2023,
                12,
                28,
                "28 december 2023; 28 december 2023; 28 Desember 2023; 28 Disember 2023",
                "Dec 28 2023 12:00AM; 28 Dec 2023 00:00:00:000; 28-DEC-23 12.00.00.000000 AM; 28 December 2023 00:00:00",
            ),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ..DateParts::draw(&mut ChaCha8Rng::seed_from_u64(0))
            };
            assert_eq!(date.fill("{day} {dutchname} {year}; {day} {swedishname} {year}; {day} {indonesianname} {year}; {day} {malayname} {year}"), langs);
            assert_eq!(date.fill("{short} {spaceday} {year} 12:00AM; {day:02} {short} {year} 00:00:00:000; {day:02}-{SHORT}-{yy:02} 12.00.00.000000 AM; {day:02} {name} {year} 00:00:00"), software);
        }
        assert_eq!(DUTCH_MONTHS[2], "maart");
        assert_eq!(SWEDISH_MONTHS[7], "augusti");
        assert_eq!(INDONESIAN_MONTHS[11], "Desember");
        assert_eq!(MALAY_MONTHS[7], "Ogos");
        // The eighty-sixth round's forms, built from the existing parts, on the table's
        // test day and on known days (the first drawn year's first day, a leap day and a
        // day and month of two digits), each expected string computed independently in
        // Python (datetime's strftime).
        assert_eq!(
            parts.fill("{day:02}{short}{year}; {SHORT} {day:02}, {year}; {weekday} {day} {name} {year}; {year}-{month:02}-{day:02}T00:00:00+00:00; {day:02}-{month:02}-{year} 00:00:00; {year}/{month:02}/{day:02} 00:00:00; {day:02}/{short}/{year}; {day:02}.{month:02}.{year} 00:00"),
            "03Sep1956; SEP 03, 1956; Monday 3 September 1956; 1956-09-03T00:00:00+00:00; 03-09-1956 00:00:00; 1956/09/03 00:00:00; 03/Sep/1956; 03.09.1956 00:00"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "01Jan1925; JAN 01, 1925; Thursday 1 January 1925; 1925-01-01T00:00:00+00:00; 01-01-1925 00:00:00; 1925/01/01 00:00:00; 01/Jan/1925; 01.01.1925 00:00"),
            (2000, 2, 29, "29Feb2000; FEB 29, 2000; Tuesday 29 February 2000; 2000-02-29T00:00:00+00:00; 29-02-2000 00:00:00; 2000/02/29 00:00:00; 29/Feb/2000; 29.02.2000 00:00"),
            (2023, 12, 28, "28Dec2023; DEC 28, 2023; Thursday 28 December 2023; 2023-12-28T00:00:00+00:00; 28-12-2023 00:00:00; 2023/12/28 00:00:00; 28/Dec/2023; 28.12.2023 00:00"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ..DateParts::draw(&mut ChaCha8Rng::seed_from_u64(0))
            };
            assert_eq!(date.fill("{day:02}{short}{year}; {SHORT} {day:02}, {year}; {weekday} {day} {name} {year}; {year}-{month:02}-{day:02}T00:00:00+00:00; {day:02}-{month:02}-{year} 00:00:00; {year}/{month:02}/{day:02} 00:00:00; {day:02}/{short}/{year}; {day:02}.{month:02}.{year} 00:00"), expected);
        }
        // The eighty-seventh round's forms, built from the existing parts, on the table's
        // test day and on known days (the first drawn year's first day, a leap day and a
        // day and month of two digits), each expected string computed independently in
        // Python (datetime's strftime).
        assert_eq!(
            parts.fill("{day:02}-{SHORT}-{yy:02}; {wkshort}, {day} {short} {year}; {day}.{month}.{yy:02}; {year}.{month}.{day}.; {day} {lshort} {year}; {day:02} {NAME} {year}; {year}-{SHORT}-{day:02}; {day:02}/{month:02}/{year} 12:00 AM"),
            "03-SEP-56; Mon, 3 Sep 1956; 3.9.56; 1956.9.3.; 3 sep 1956; 03 SEPTEMBER 1956; 1956-SEP-03; 03/09/1956 12:00 AM"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "01-JAN-25; Thu, 1 Jan 1925; 1.1.25; 1925.1.1.; 1 jan 1925; 01 JANUARY 1925; 1925-JAN-01; 01/01/1925 12:00 AM"),
            (2000, 2, 29, "29-FEB-00; Tue, 29 Feb 2000; 29.2.00; 2000.2.29.; 29 feb 2000; 29 FEBRUARY 2000; 2000-FEB-29; 29/02/2000 12:00 AM"),
            (2023, 12, 28, "28-DEC-23; Thu, 28 Dec 2023; 28.12.23; 2023.12.28.; 28 dec 2023; 28 DECEMBER 2023; 2023-DEC-28; 28/12/2023 12:00 AM"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ..DateParts::draw(&mut ChaCha8Rng::seed_from_u64(0))
            };
            assert_eq!(date.fill("{day:02}-{SHORT}-{yy:02}; {wkshort}, {day} {short} {year}; {day}.{month}.{yy:02}; {year}.{month}.{day}.; {day} {lshort} {year}; {day:02} {NAME} {year}; {year}-{SHORT}-{day:02}; {day:02}/{month:02}/{year} 12:00 AM"), expected);
        }
        // The eighty-eighth round's forms, built from the existing parts, on the table's
        // test day and on known days (the first drawn year's first day, a leap day and a
        // day and month of two digits, the day's ordinal suffix set for each), each expected
        // string computed independently in Python (datetime's strftime).
        assert_eq!(
            parts.fill("{wkshort} {day:02}/{month:02}/{year}; {day:02} {lname} {yy:02}; {SHORT}-{day:02}-{year}; {year}, {name} {day}{ordinal}; {day:02} / {month:02} / {year}; {day:02}.{lshort}.{year}; {SHORT} {day}{ordinal}, {year}; {weekday}, {day:02}.{month:02}.{year}"),
            "Mon 03/09/1956; 03 september 56; SEP-03-1956; 1956, September 3rd; 03 / 09 / 1956; 03.sep.1956; SEP 3rd, 1956; Monday, 03.09.1956"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "Thu 01/01/1925; 01 january 25; JAN-01-1925; 1925, January 1st; 01 / 01 / 1925; 01.jan.1925; JAN 1st, 1925; Thursday, 01.01.1925"),
            (2000, 2, 29, "Tue 29/02/2000; 29 february 00; FEB-29-2000; 2000, February 29th; 29 / 02 / 2000; 29.feb.2000; FEB 29th, 2000; Tuesday, 29.02.2000"),
            (2023, 12, 28, "Thu 28/12/2023; 28 december 23; DEC-28-2023; 2023, December 28th; 28 / 12 / 2023; 28.dec.2023; DEC 28th, 2023; Thursday, 28.12.2023"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{wkshort} {day:02}/{month:02}/{year}; {day:02} {lname} {yy:02}; {SHORT}-{day:02}-{year}; {year}, {name} {day}{ordinal}; {day:02} / {month:02} / {year}; {day:02}.{lshort}.{year}; {SHORT} {day}{ordinal}, {year}; {weekday}, {day:02}.{month:02}.{year}"), expected);
        }
        // The eighty-ninth round's forms, built from the existing parts, on the table's
        // test day and on known days (the first drawn year's first day, a leap day and a
        // day and month of two digits, the day's ordinal suffix set for each), each expected
        // string computed independently in Python (datetime's strftime).
        assert_eq!(
            parts.fill("{day:02}·{month:02}·{year}; {year}/{SHORT}/{day:02}; {wkshort}. {day} {lshort} {year}; {yy:02}-{month:02}-{day:02}; {day} {NAME}, {yy:02}; {month:02}.{day:02}.{yy:02}; {weekday} {day}{ordinal} {name}, {year}; {day:02} {short}. {year}"),
            "03·09·1956; 1956/SEP/03; Mon. 3 sep 1956; 56-09-03; 3 SEPTEMBER, 56; 09.03.56; Monday 3rd September, 1956; 03 Sep. 1956"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "01·01·1925; 1925/JAN/01; Thu. 1 jan 1925; 25-01-01; 1 JANUARY, 25; 01.01.25; Thursday 1st January, 1925; 01 Jan. 1925"),
            (2000, 2, 29, "29·02·2000; 2000/FEB/29; Tue. 29 feb 2000; 00-02-29; 29 FEBRUARY, 00; 02.29.00; Tuesday 29th February, 2000; 29 Feb. 2000"),
            (2023, 12, 28, "28·12·2023; 2023/DEC/28; Thu. 28 dec 2023; 23-12-28; 28 DECEMBER, 23; 12.28.23; Thursday 28th December, 2023; 28 Dec. 2023"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{day:02}·{month:02}·{year}; {year}/{SHORT}/{day:02}; {wkshort}. {day} {lshort} {year}; {yy:02}-{month:02}-{day:02}; {day} {NAME}, {yy:02}; {month:02}.{day:02}.{yy:02}; {weekday} {day}{ordinal} {name}, {year}; {day:02} {short}. {year}"), expected);
        }
        // The ninetieth round's forms, built from the existing parts, on the table's
        // test day and on known days (the first drawn year's first day, a leap day and a
        // day and month of two digits, the day's ordinal suffix set for each), each expected
        // string computed independently in Python (datetime's strftime).
        assert_eq!(
            parts.fill("{day}{ordinal} {lname} {year}; {weekday} {day:02}.{month:02}.{year}; {day:02}-{lshort}-{yy:02}; {wkshort} {day}{ordinal} {name} {year}; {day:02}/{month:02}/{year} ({weekday}); {lname} {day}{ordinal}, {year}; {day:02}-{month:02}-{year} ({wkshort}); {day}{ORDINAL} {SHORT} {year}"),
            "3rd september 1956; Monday 03.09.1956; 03-sep-56; Mon 3rd September 1956; 03/09/1956 (Monday); september 3rd, 1956; 03-09-1956 (Mon); 3RD SEP 1956"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "1st january 1925; Thursday 01.01.1925; 01-jan-25; Thu 1st January 1925; 01/01/1925 (Thursday); january 1st, 1925; 01-01-1925 (Thu); 1ST JAN 1925"),
            (2000, 2, 29, "29th february 2000; Tuesday 29.02.2000; 29-feb-00; Tue 29th February 2000; 29/02/2000 (Tuesday); february 29th, 2000; 29-02-2000 (Tue); 29TH FEB 2000"),
            (2023, 12, 28, "28th december 2023; Thursday 28.12.2023; 28-dec-23; Thu 28th December 2023; 28/12/2023 (Thursday); december 28th, 2023; 28-12-2023 (Thu); 28TH DEC 2023"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{day}{ordinal} {lname} {year}; {weekday} {day:02}.{month:02}.{year}; {day:02}-{lshort}-{yy:02}; {wkshort} {day}{ordinal} {name} {year}; {day:02}/{month:02}/{year} ({weekday}); {lname} {day}{ordinal}, {year}; {day:02}-{month:02}-{year} ({wkshort}); {day}{ORDINAL} {SHORT} {year}"), expected);
        }
        // The ninety-first round's forms, built from the existing parts, on the table's
        // test day and on known days (the first drawn year's first day, the last drawn day
        // of a leap year's February (the slots draw days 1 to 28) and a day and month of two digits, the day's ordinal suffix set for each), each expected
        // string computed independently in Python (datetime's strftime).
        assert_eq!(
            parts.fill("{wkshort} {day:02}/{month:02}/{yy:02}; {Dayword} {name} {yearword}; {day}.{month}.{year} ({wkshort}); {day:02}.{month:02}.{yy:02} ({weekday}); {day}{ordinal} {lname} '{yy:02}; {day} {lname}, {year}; {weekday} {day} {lname} {year}; {day}/{month}/{yy:02} ({wkshort})"),
            "Mon 03/09/56; Third September nineteen fifty-six; 3.9.1956 (Mon); 03.09.56 (Monday); 3rd september '56; 3 september, 1956; Monday 3 september 1956; 3/9/56 (Mon)"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "Thu 01/01/25; First January nineteen twenty-five; 1.1.1925 (Thu); 01.01.25 (Thursday); 1st january '25; 1 january, 1925; Thursday 1 january 1925; 1/1/25 (Thu)"),
            (2000, 2, 28, "Mon 28/02/00; Twenty-eighth February two thousand; 28.2.2000 (Mon); 28.02.00 (Monday); 28th february '00; 28 february, 2000; Monday 28 february 2000; 28/2/00 (Mon)"),
            (2023, 12, 28, "Thu 28/12/23; Twenty-eighth December two thousand and twenty-three; 28.12.2023 (Thu); 28.12.23 (Thursday); 28th december '23; 28 december, 2023; Thursday 28 december 2023; 28/12/23 (Thu)"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{wkshort} {day:02}/{month:02}/{yy:02}; {Dayword} {name} {yearword}; {day}.{month}.{year} ({wkshort}); {day:02}.{month:02}.{yy:02} ({weekday}); {day}{ordinal} {lname} '{yy:02}; {day} {lname}, {year}; {weekday} {day} {lname} {year}; {day}/{month}/{yy:02} ({wkshort})"), expected);
        }
        // The ninety-second round's forms, built from the existing parts, on the table's
        // test day and on known days (the first drawn year's first day, the last drawn day
        // of a leap year's February (the slots draw days 1 to 28) and a day and month of two digits, the day's ordinal suffix set for each), each expected
        // string computed independently in Python (datetime's strftime).
        assert_eq!(
            parts.fill("{year}/{month:02}/{day:02} ({wkshort}); {Dayword} of {name}, {year}; {wkshort} {day}{ordinal} {lshort} {yy:02}; {day:02} {NAME} {year} ({weekday}); {day}{ordinal} of {lname}, {yy:02}; {day}/{lshort}/{yy:02}; {lshort} {day}, {year} ({wkshort}); {day:02}-{month:02}-{yy:02} ({wkshort})"),
            "1956/09/03 (Mon); Third of September, 1956; Mon 3rd sep 56; 03 SEPTEMBER 1956 (Monday); 3rd of september, 56; 3/sep/56; sep 3, 1956 (Mon); 03-09-56 (Mon)"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "1925/01/01 (Thu); First of January, 1925; Thu 1st jan 25; 01 JANUARY 1925 (Thursday); 1st of january, 25; 1/jan/25; jan 1, 1925 (Thu); 01-01-25 (Thu)"),
            (2000, 2, 28, "2000/02/28 (Mon); Twenty-eighth of February, 2000; Mon 28th feb 00; 28 FEBRUARY 2000 (Monday); 28th of february, 00; 28/feb/00; feb 28, 2000 (Mon); 28-02-00 (Mon)"),
            (2023, 12, 28, "2023/12/28 (Thu); Twenty-eighth of December, 2023; Thu 28th dec 23; 28 DECEMBER 2023 (Thursday); 28th of december, 23; 28/dec/23; dec 28, 2023 (Thu); 28-12-23 (Thu)"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{year}/{month:02}/{day:02} ({wkshort}); {Dayword} of {name}, {year}; {wkshort} {day}{ordinal} {lshort} {yy:02}; {day:02} {NAME} {year} ({weekday}); {day}{ordinal} of {lname}, {yy:02}; {day}/{lshort}/{yy:02}; {lshort} {day}, {year} ({wkshort}); {day:02}-{month:02}-{yy:02} ({wkshort})"), expected);
        }
        // The ninety-third round's forms, built from the existing parts, on the table's
        // test day and on known days (the first drawn year's first day, the last drawn day
        // of a leap year's February (the slots draw days 1 to 28) and a day and month of two digits, the day's ordinal suffix set for each), each expected
        // string computed independently in Python (datetime's strftime).
        assert_eq!(
            parts.fill("{weekday}, {day:02} {SHORT} {year}; {wkshort}, {name} {day}, {year}; {dayword} {lname} {year}; {lname} the {day}{ordinal}, {year}; {day:02}.{month:02}.{year} {wkshort}; {Dayword} {name}, {year}; {day} {SHORT} {yy:02}; {weekday} the {day}{ordinal} of {name}"),
            "Monday, 03 SEP 1956; Mon, September 3, 1956; third september 1956; september the 3rd, 1956; 03.09.1956 Mon; Third September, 1956; 3 SEP 56; Monday the 3rd of September"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "Thursday, 01 JAN 1925; Thu, January 1, 1925; first january 1925; january the 1st, 1925; 01.01.1925 Thu; First January, 1925; 1 JAN 25; Thursday the 1st of January"),
            (2000, 2, 28, "Monday, 28 FEB 2000; Mon, February 28, 2000; twenty-eighth february 2000; february the 28th, 2000; 28.02.2000 Mon; Twenty-eighth February, 2000; 28 FEB 00; Monday the 28th of February"),
            (2023, 12, 28, "Thursday, 28 DEC 2023; Thu, December 28, 2023; twenty-eighth december 2023; december the 28th, 2023; 28.12.2023 Thu; Twenty-eighth December, 2023; 28 DEC 23; Thursday the 28th of December"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{weekday}, {day:02} {SHORT} {year}; {wkshort}, {name} {day}, {year}; {dayword} {lname} {year}; {lname} the {day}{ordinal}, {year}; {day:02}.{month:02}.{year} {wkshort}; {Dayword} {name}, {year}; {day} {SHORT} {yy:02}; {weekday} the {day}{ordinal} of {name}"), expected);
        }
        // The ninety-fourth round's forms, built from the existing parts, on the table's
        // test day and on known days (the first drawn year's first day, the last drawn day
        // of a leap year's February (the slots draw days 1 to 28) and a day and month of two digits, the day's ordinal suffix set for each), each expected
        // string computed independently in Python (datetime's strftime).
        assert_eq!(
            parts.fill("{name} {day}{ORDINAL} {year}; {ROMAN}.{day}.{year}; {lshort}. {day}, {year}; {weekday} {day:02}.{month:02}.{yy:02}; {wkshort}. {day} {short}. {year}; {day} {NAME}, {year} ({wkshort}); {weekday}, the {dayword} of {name}; {day:02}/{month:02}/{year} {weekday}"),
            "September 3RD 1956; IX.3.1956; sep. 3, 1956; Monday 03.09.56; Mon. 3 Sep. 1956; 3 SEPTEMBER, 1956 (Mon); Monday, the third of September; 03/09/1956 Monday"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "January 1ST 1925; I.1.1925; jan. 1, 1925; Thursday 01.01.25; Thu. 1 Jan. 1925; 1 JANUARY, 1925 (Thu); Thursday, the first of January; 01/01/1925 Thursday"),
            (2000, 2, 28, "February 28TH 2000; II.28.2000; feb. 28, 2000; Monday 28.02.00; Mon. 28 Feb. 2000; 28 FEBRUARY, 2000 (Mon); Monday, the twenty-eighth of February; 28/02/2000 Monday"),
            (2023, 12, 28, "December 28TH 2023; XII.28.2023; dec. 28, 2023; Thursday 28.12.23; Thu. 28 Dec. 2023; 28 DECEMBER, 2023 (Thu); Thursday, the twenty-eighth of December; 28/12/2023 Thursday"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{name} {day}{ORDINAL} {year}; {ROMAN}.{day}.{year}; {lshort}. {day}, {year}; {weekday} {day:02}.{month:02}.{yy:02}; {wkshort}. {day} {short}. {year}; {day} {NAME}, {year} ({wkshort}); {weekday}, the {dayword} of {name}; {day:02}/{month:02}/{year} {weekday}"), expected);
        }
        // The ninety-fifth round's forms, built from the existing parts, on the table's
        // test day and on known days (the first drawn year's first day, the last drawn day
        // of a leap year's February (the slots draw days 1 to 28) and a day and month of two digits, the day's ordinal suffix set for each), each expected
        // string computed independently in Python (datetime's strftime).
        assert_eq!(
            parts.fill("{day:02}-{SHORT}-{yy:02} ({weekday}); {name} the {dayword}, '{yy:02}; {year}.{month:02}.{day:02} ({wkshort}); {day}·{ROMAN}·{year}; {day:02} {lshort} {year}, {weekday}; {weekday}, {day}-{month}-{year}; {wkshort}, {dotshort} {day} {year}; {year}/{month}/{day} {wkshort}"),
            "03-SEP-56 (Monday); September the third, '56; 1956.09.03 (Mon); 3·IX·1956; 03 sep 1956, Monday; Monday, 3-9-1956; Mon, Sept. 3 1956; 1956/9/3 Mon"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "01-JAN-25 (Thursday); January the first, '25; 1925.01.01 (Thu); 1·I·1925; 01 jan 1925, Thursday; Thursday, 1-1-1925; Thu, Jan. 1 1925; 1925/1/1 Thu"),
            (2000, 2, 28, "28-FEB-00 (Monday); February the twenty-eighth, '00; 2000.02.28 (Mon); 28·II·2000; 28 feb 2000, Monday; Monday, 28-2-2000; Mon, Feb. 28 2000; 2000/2/28 Mon"),
            (2023, 12, 28, "28-DEC-23 (Thursday); December the twenty-eighth, '23; 2023.12.28 (Thu); 28·XII·2023; 28 dec 2023, Thursday; Thursday, 28-12-2023; Thu, Dec. 28 2023; 2023/12/28 Thu"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{day:02}-{SHORT}-{yy:02} ({weekday}); {name} the {dayword}, '{yy:02}; {year}.{month:02}.{day:02} ({wkshort}); {day}·{ROMAN}·{year}; {day:02} {lshort} {year}, {weekday}; {weekday}, {day}-{month}-{year}; {wkshort}, {dotshort} {day} {year}; {year}/{month}/{day} {wkshort}"), expected);
        }
        // The ninety-sixth round's forms, built from the existing parts, on the table's
        // test day and on known days (the first drawn year's first day, the last drawn day
        // of a leap year's February (the slots draw days 1 to 28) and a day and month of two digits, the day's ordinal suffix set for each), each expected
        // string computed independently in Python (datetime's strftime).
        assert_eq!(
            parts.fill("{Dayword} day of {name}, {year}; {day:02}{month:02}{year} {wkshort}; {day}{ordinal} {name} {year} ({wkshort}); {wkshort}, {day:02} {short} {yy:02}; {SHORT} {day:02} {year} {wkshort}; {weekday} {day}{ordinal} of {name}, {year}; {yy:02}-{month:02}-{day:02} {wkshort}; {wkshort}. {day:02}-{month:02}-{year}"),
            "Third day of September, 1956; 03091956 Mon; 3rd September 1956 (Mon); Mon, 03 Sep 56; SEP 03 1956 Mon; Monday 3rd of September, 1956; 56-09-03 Mon; Mon. 03-09-1956"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "First day of January, 1925; 01011925 Thu; 1st January 1925 (Thu); Thu, 01 Jan 25; JAN 01 1925 Thu; Thursday 1st of January, 1925; 25-01-01 Thu; Thu. 01-01-1925"),
            (2000, 2, 28, "Twenty-eighth day of February, 2000; 28022000 Mon; 28th February 2000 (Mon); Mon, 28 Feb 00; FEB 28 2000 Mon; Monday 28th of February, 2000; 00-02-28 Mon; Mon. 28-02-2000"),
            (2023, 12, 28, "Twenty-eighth day of December, 2023; 28122023 Thu; 28th December 2023 (Thu); Thu, 28 Dec 23; DEC 28 2023 Thu; Thursday 28th of December, 2023; 23-12-28 Thu; Thu. 28-12-2023"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{Dayword} day of {name}, {year}; {day:02}{month:02}{year} {wkshort}; {day}{ordinal} {name} {year} ({wkshort}); {wkshort}, {day:02} {short} {yy:02}; {SHORT} {day:02} {year} {wkshort}; {weekday} {day}{ordinal} of {name}, {year}; {yy:02}-{month:02}-{day:02} {wkshort}; {wkshort}. {day:02}-{month:02}-{year}"), expected);
        }
        // The ninety-seventh round's forms, built from the existing parts, on the table's
        // test day and on known days (the first drawn year's first day, the last drawn day
        // of a leap year's February (the slots draw days 1 to 28) and a day and month of two digits, the day's ordinal suffix set for each), each expected
        // string computed independently in Python (datetime's strftime, the ordinal words
        // and the dotted short months from lists written out).
        assert_eq!(
            parts.fill("{weekday} the {dayword} of {lname}, {year}; {day}.{month}.{year} ({weekday}); {day:02}/{month:02}/{yy:02} {wkshort}; {day} {dotshort} {year} ({wkshort}); {dayword} of {name} in {year}; {year}-{month:02}-{day:02} ({weekday}); {weekday} {day}{ordinal} {short} '{yy:02}; {day}-{SHORT}-{year} ({wkshort})"),
            "Monday the third of september, 1956; 3.9.1956 (Monday); 03/09/56 Mon; 3 Sept. 1956 (Mon); third of September in 1956; 1956-09-03 (Monday); Monday 3rd Sep '56; 3-SEP-1956 (Mon)"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "Thursday the first of january, 1925; 1.1.1925 (Thursday); 01/01/25 Thu; 1 Jan. 1925 (Thu); first of January in 1925; 1925-01-01 (Thursday); Thursday 1st Jan '25; 1-JAN-1925 (Thu)"),
            (2000, 2, 28, "Monday the twenty-eighth of february, 2000; 28.2.2000 (Monday); 28/02/00 Mon; 28 Feb. 2000 (Mon); twenty-eighth of February in 2000; 2000-02-28 (Monday); Monday 28th Feb '00; 28-FEB-2000 (Mon)"),
            (2023, 12, 28, "Thursday the twenty-eighth of december, 2023; 28.12.2023 (Thursday); 28/12/23 Thu; 28 Dec. 2023 (Thu); twenty-eighth of December in 2023; 2023-12-28 (Thursday); Thursday 28th Dec '23; 28-DEC-2023 (Thu)"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{weekday} the {dayword} of {lname}, {year}; {day}.{month}.{year} ({weekday}); {day:02}/{month:02}/{yy:02} {wkshort}; {day} {dotshort} {year} ({wkshort}); {dayword} of {name} in {year}; {year}-{month:02}-{day:02} ({weekday}); {weekday} {day}{ordinal} {short} '{yy:02}; {day}-{SHORT}-{year} ({wkshort})"), expected);
        }
        // The ninety-eighth round's forms, built from the existing parts, on the table's
        // test day and on known days (the first drawn year's first day, the last drawn day
        // of a leap year's February (the slots draw days 1 to 28) and a day and month of two digits, the day's ordinal suffix set for each), each expected
        // string computed independently in Python (datetime's strftime, the ordinal words
        // and the dotted short months from lists written out).
        assert_eq!(
            parts.fill("{weekday}, {lname} the {dayword}, {year}; {day:02}{SHORT}{yy:02} ({weekday}); {yy:02}.{month:02}.{day:02} {wkshort}; {month}-{day}-{year} ({weekday}); {weekday} {dotshort} {day}, {year}; {wkshort}, {year}-{month:02}-{day:02}; {dayword} day of {lname} {year}; {year} {SHORT} {day:02} {wkshort}"),
            "Monday, september the third, 1956; 03SEP56 (Monday); 56.09.03 Mon; 9-3-1956 (Monday); Monday Sept. 3, 1956; Mon, 1956-09-03; third day of september 1956; 1956 SEP 03 Mon"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "Thursday, january the first, 1925; 01JAN25 (Thursday); 25.01.01 Thu; 1-1-1925 (Thursday); Thursday Jan. 1, 1925; Thu, 1925-01-01; first day of january 1925; 1925 JAN 01 Thu"),
            (2000, 2, 28, "Monday, february the twenty-eighth, 2000; 28FEB00 (Monday); 00.02.28 Mon; 2-28-2000 (Monday); Monday Feb. 28, 2000; Mon, 2000-02-28; twenty-eighth day of february 2000; 2000 FEB 28 Mon"),
            (2023, 12, 28, "Thursday, december the twenty-eighth, 2023; 28DEC23 (Thursday); 23.12.28 Thu; 12-28-2023 (Thursday); Thursday Dec. 28, 2023; Thu, 2023-12-28; twenty-eighth day of december 2023; 2023 DEC 28 Thu"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{weekday}, {lname} the {dayword}, {year}; {day:02}{SHORT}{yy:02} ({weekday}); {yy:02}.{month:02}.{day:02} {wkshort}; {month}-{day}-{year} ({weekday}); {weekday} {dotshort} {day}, {year}; {wkshort}, {year}-{month:02}-{day:02}; {dayword} day of {lname} {year}; {year} {SHORT} {day:02} {wkshort}"), expected);
        }
        // The ninety-ninth round's forms, built from the existing parts, on the table's
        // test day and on known days (the first drawn year's first day, the last drawn day
        // of a leap year's February (the slots draw days 1 to 28) and a day and month of two digits, the day's ordinal suffix set for each), each expected
        // string computed independently in Python (datetime's weekday, the ordinal suffixes
        // and the years in words from lists written out).
        assert_eq!(
            parts.fill("{weekday} the {day}{ordinal} of {name}, {year}; {year}.{month:02}.{day:02} ({weekday}); {day}/{month}/{yy:02} ({weekday}); {month}/{day}/{year} {wkshort}; {day} {name}, {yearword}; {day:02}/{month:02}/{year} - {weekday}; {day}.{month}.{year}, {weekday}; {day:02}{month:02}{year} ({wkshort})"),
            "Monday the 3rd of September, 1956; 1956.09.03 (Monday); 3/9/56 (Monday); 9/3/1956 Mon; 3 September, nineteen fifty-six; 03/09/1956 - Monday; 3.9.1956, Monday; 03091956 (Mon)"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "Thursday the 1st of January, 1925; 1925.01.01 (Thursday); 1/1/25 (Thursday); 1/1/1925 Thu; 1 January, nineteen twenty-five; 01/01/1925 - Thursday; 1.1.1925, Thursday; 01011925 (Thu)"),
            (2000, 2, 28, "Monday the 28th of February, 2000; 2000.02.28 (Monday); 28/2/00 (Monday); 2/28/2000 Mon; 28 February, two thousand; 28/02/2000 - Monday; 28.2.2000, Monday; 28022000 (Mon)"),
            (2023, 12, 28, "Thursday the 28th of December, 2023; 2023.12.28 (Thursday); 28/12/23 (Thursday); 12/28/2023 Thu; 28 December, two thousand and twenty-three; 28/12/2023 - Thursday; 28.12.2023, Thursday; 28122023 (Thu)"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{weekday} the {day}{ordinal} of {name}, {year}; {year}.{month:02}.{day:02} ({weekday}); {day}/{month}/{yy:02} ({weekday}); {month}/{day}/{year} {wkshort}; {day} {name}, {yearword}; {day:02}/{month:02}/{year} - {weekday}; {day}.{month}.{year}, {weekday}; {day:02}{month:02}{year} ({wkshort})"), expected);
        }
        // The hundredth round's forms, built from the existing parts, on the table's test
        // day and on known days (the first drawn year's first day, the last drawn day of a
        // leap year's February (the slots draw days 1 to 28) and a day and month of two
        // digits, the day's ordinal suffix set for each), each expected string computed
        // independently in Python (datetime's weekday, the ordinal suffixes and the years
        // in words from lists written out).
        assert_eq!(
            parts.fill("{wkshort} {day:02}-{SHORT}-{year}; {name} {day}{ordinal}, {year} ({wkshort}); {weekday} ({day}/{month}/{year}); {name}, {day}, {year}; {weekday}, {name} {day}{ordinal} {year}; {day}{ordinal} {name}, {year} - {weekday}; {name} the {dayword}, {yearword}; {day}/{month}/{year}, a {weekday}"),
            "Mon 03-SEP-1956; September 3rd, 1956 (Mon); Monday (3/9/1956); September, 3, 1956; Monday, September 3rd 1956; 3rd September, 1956 - Monday; September the third, nineteen fifty-six; 3/9/1956, a Monday"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "Thu 01-JAN-1925; January 1st, 1925 (Thu); Thursday (1/1/1925); January, 1, 1925; Thursday, January 1st 1925; 1st January, 1925 - Thursday; January the first, nineteen twenty-five; 1/1/1925, a Thursday"),
            (2000, 2, 28, "Mon 28-FEB-2000; February 28th, 2000 (Mon); Monday (28/2/2000); February, 28, 2000; Monday, February 28th 2000; 28th February, 2000 - Monday; February the twenty-eighth, two thousand; 28/2/2000, a Monday"),
            (2023, 12, 28, "Thu 28-DEC-2023; December 28th, 2023 (Thu); Thursday (28/12/2023); December, 28, 2023; Thursday, December 28th 2023; 28th December, 2023 - Thursday; December the twenty-eighth, two thousand and twenty-three; 28/12/2023, a Thursday"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{wkshort} {day:02}-{SHORT}-{year}; {name} {day}{ordinal}, {year} ({wkshort}); {weekday} ({day}/{month}/{year}); {name}, {day}, {year}; {weekday}, {name} {day}{ordinal} {year}; {day}{ordinal} {name}, {year} - {weekday}; {name} the {dayword}, {yearword}; {day}/{month}/{year}, a {weekday}"), expected);
        }
        // The hundred-and-first round's forms, built from the existing parts, on the
        // table's test day and on known days (the first drawn year's first day, the last
        // drawn day of a leap year's February (the slots draw days 1 to 28) and a day and
        // month of two digits, the day's ordinal suffix set for each), each expected string
        // computed independently in Python (datetime's weekday, the ordinal suffixes and the
        // years in words from lists written out).
        assert_eq!(
            parts.fill("{day} {name} {year} [{wkshort}]; {year}, {name} {day} ({weekday}); the {dayword} of {name}, {yearword}; {name} {year}, the {day}{ordinal}; {weekday}; {day}/{month}/{year}; {wkshort} {day} {short} '{yy:02}; {day}.{month}.{year} [{weekday}]; {weekday} {day} {name}, {yearword}"),
            "3 September 1956 [Mon]; 1956, September 3 (Monday); the third of September, nineteen fifty-six; September 1956, the 3rd; Monday; 3/9/1956; Mon 3 Sep '56; 3.9.1956 [Monday]; Monday 3 September, nineteen fifty-six"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "1 January 1925 [Thu]; 1925, January 1 (Thursday); the first of January, nineteen twenty-five; January 1925, the 1st; Thursday; 1/1/1925; Thu 1 Jan '25; 1.1.1925 [Thursday]; Thursday 1 January, nineteen twenty-five"),
            (2000, 2, 28, "28 February 2000 [Mon]; 2000, February 28 (Monday); the twenty-eighth of February, two thousand; February 2000, the 28th; Monday; 28/2/2000; Mon 28 Feb '00; 28.2.2000 [Monday]; Monday 28 February, two thousand"),
            (2023, 12, 28, "28 December 2023 [Thu]; 2023, December 28 (Thursday); the twenty-eighth of December, two thousand and twenty-three; December 2023, the 28th; Thursday; 28/12/2023; Thu 28 Dec '23; 28.12.2023 [Thursday]; Thursday 28 December, two thousand and twenty-three"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{day} {name} {year} [{wkshort}]; {year}, {name} {day} ({weekday}); the {dayword} of {name}, {yearword}; {name} {year}, the {day}{ordinal}; {weekday}; {day}/{month}/{year}; {wkshort} {day} {short} '{yy:02}; {day}.{month}.{year} [{weekday}]; {weekday} {day} {name}, {yearword}"), expected);
        }
        // The hundred-and-second round's forms, built from the existing parts, on the
        // table's test day and on known days (the first drawn year's first day, the last
        // drawn day of a leap year's February (the slots draw days 1 to 28) and a day and
        // month of two digits, the day's ordinal suffix set for each), each expected string
        // computed independently in Python (datetime's weekday and the ordinal suffixes
        // from a list written out).
        assert_eq!(
            parts.fill("{day}{ordinal} {name} ({weekday}), {year}; {day} {name} '{yy:02} ({wkshort}); {day} {name}, {year} [{weekday}]; {day}{ordinal} {name} '{yy:02}, a {weekday}; {day}/{month}/{year} [{wkshort}]; {short} '{yy:02}, the {day}{ordinal}; {name} {day} ({wkshort}) {year}; {weekday} ({day} {short} {year})"),
            "3rd September (Monday), 1956; 3 September '56 (Mon); 3 September, 1956 [Monday]; 3rd September '56, a Monday; 3/9/1956 [Mon]; Sep '56, the 3rd; September 3 (Mon) 1956; Monday (3 Sep 1956)"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "1st January (Thursday), 1925; 1 January '25 (Thu); 1 January, 1925 [Thursday]; 1st January '25, a Thursday; 1/1/1925 [Thu]; Jan '25, the 1st; January 1 (Thu) 1925; Thursday (1 Jan 1925)"),
            (2000, 2, 28, "28th February (Monday), 2000; 28 February '00 (Mon); 28 February, 2000 [Monday]; 28th February '00, a Monday; 28/2/2000 [Mon]; Feb '00, the 28th; February 28 (Mon) 2000; Monday (28 Feb 2000)"),
            (2023, 12, 28, "28th December (Thursday), 2023; 28 December '23 (Thu); 28 December, 2023 [Thursday]; 28th December '23, a Thursday; 28/12/2023 [Thu]; Dec '23, the 28th; December 28 (Thu) 2023; Thursday (28 Dec 2023)"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{day}{ordinal} {name} ({weekday}), {year}; {day} {name} '{yy:02} ({wkshort}); {day} {name}, {year} [{weekday}]; {day}{ordinal} {name} '{yy:02}, a {weekday}; {day}/{month}/{year} [{wkshort}]; {short} '{yy:02}, the {day}{ordinal}; {name} {day} ({wkshort}) {year}; {weekday} ({day} {short} {year})"), expected);
        }
        // The hundred-and-third round's forms, built from the existing parts, on the
        // table's test day and on known days (the first drawn year's first day, the last
        // drawn day of a leap year's February (the slots draw days 1 to 28) and a day and
        // month of two digits, the day's ordinal suffix set for each), each expected string
        // computed independently in Python (datetime's weekday and the ordinal suffixes
        // from a list written out).
        assert_eq!(
            parts.fill("{name} {day}{ordinal} ({year}); {day}{ordinal} ({name}) {year}; {day}{ordinal}, {name}, {year}; {year} ({day} {short}); {name} '{yy:02} ({day}{ordinal}); {day}{ordinal} {name}/{year}; {name} {year}, on the {day}{ordinal}; {day} {name} ('{yy:02})"),
            "September 3rd (1956); 3rd (September) 1956; 3rd, September, 1956; 1956 (3 Sep); September '56 (3rd); 3rd September/1956; September 1956, on the 3rd; 3 September ('56)"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "January 1st (1925); 1st (January) 1925; 1st, January, 1925; 1925 (1 Jan); January '25 (1st); 1st January/1925; January 1925, on the 1st; 1 January ('25)"),
            (2000, 2, 28, "February 28th (2000); 28th (February) 2000; 28th, February, 2000; 2000 (28 Feb); February '00 (28th); 28th February/2000; February 2000, on the 28th; 28 February ('00)"),
            (2023, 12, 28, "December 28th (2023); 28th (December) 2023; 28th, December, 2023; 2023 (28 Dec); December '23 (28th); 28th December/2023; December 2023, on the 28th; 28 December ('23)"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{name} {day}{ordinal} ({year}); {day}{ordinal} ({name}) {year}; {day}{ordinal}, {name}, {year}; {year} ({day} {short}); {name} '{yy:02} ({day}{ordinal}); {day}{ordinal} {name}/{year}; {name} {year}, on the {day}{ordinal}; {day} {name} ('{yy:02})"), expected);
        }
        // The hundred-and-fourth round's forms, built from the existing parts, on the
        // table's test day and on known days (the first drawn year's first day, the last
        // drawn day of a leap year's February (the slots draw days 1 to 28) and a day and
        // month of two digits, the day's ordinal suffix set for each), each expected string
        // computed independently in Python (datetime's month names and the ordinal suffixes
        // and day words from lists written out).
        assert_eq!(
            parts.fill("{name}, the {dayword}, {year}; {year}: {day} {name}; {day}/{short}/'{yy:02}; {name} {day}/{year}; {day} {short}/{yy:02}; {day}, {name} '{yy:02}; {dayword} {name}, '{yy:02}; {day}{ordinal}, {short} '{yy:02}"),
            "September, the third, 1956; 1956: 3 September; 3/Sep/'56; September 3/1956; 3 Sep/56; 3, September '56; third September, '56; 3rd, Sep '56"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "January, the first, 1925; 1925: 1 January; 1/Jan/'25; January 1/1925; 1 Jan/25; 1, January '25; first January, '25; 1st, Jan '25"),
            (2000, 2, 28, "February, the twenty-eighth, 2000; 2000: 28 February; 28/Feb/'00; February 28/2000; 28 Feb/00; 28, February '00; twenty-eighth February, '00; 28th, Feb '00"),
            (2023, 12, 28, "December, the twenty-eighth, 2023; 2023: 28 December; 28/Dec/'23; December 28/2023; 28 Dec/23; 28, December '23; twenty-eighth December, '23; 28th, Dec '23"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{name}, the {dayword}, {year}; {year}: {day} {name}; {day}/{short}/'{yy:02}; {name} {day}/{year}; {day} {short}/{yy:02}; {day}, {name} '{yy:02}; {dayword} {name}, '{yy:02}; {day}{ordinal}, {short} '{yy:02}"), expected);
        }
        // The hundred-and-fifth round's forms, built from the existing parts, on the
        // table's test day and on known days (the first drawn year's first day, the last
        // drawn day of a leap year's February (the slots draw days 1 to 28) and a day and
        // month of two digits, the day's ordinal suffix set for each), each expected string
        // computed independently in Python (datetime's month names and the ordinal suffixes
        // and day words from lists written out).
        assert_eq!(
            parts.fill("{name} ({day}{ordinal}) '{yy:02}; {year}, {name} the {dayword}; {short}-{day}-'{yy:02}; {name}, {year} ({dayword}); {month}, {day}, {year}; {day} {name} — {year}; {year} – {day} {short}; {short} {year}, {day}{ordinal}"),
            "September (3rd) '56; 1956, September the third; Sep-3-'56; September, 1956 (third); 9, 3, 1956; 3 September — 1956; 1956 – 3 Sep; Sep 1956, 3rd"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "January (1st) '25; 1925, January the first; Jan-1-'25; January, 1925 (first); 1, 1, 1925; 1 January — 1925; 1925 – 1 Jan; Jan 1925, 1st"),
            (2000, 2, 28, "February (28th) '00; 2000, February the twenty-eighth; Feb-28-'00; February, 2000 (twenty-eighth); 2, 28, 2000; 28 February — 2000; 2000 – 28 Feb; Feb 2000, 28th"),
            (2023, 12, 28, "December (28th) '23; 2023, December the twenty-eighth; Dec-28-'23; December, 2023 (twenty-eighth); 12, 28, 2023; 28 December — 2023; 2023 – 28 Dec; Dec 2023, 28th"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{name} ({day}{ordinal}) '{yy:02}; {year}, {name} the {dayword}; {short}-{day}-'{yy:02}; {name}, {year} ({dayword}); {month}, {day}, {year}; {day} {name} — {year}; {year} – {day} {short}; {short} {year}, {day}{ordinal}"), expected);
        }
        // The hundred-and-sixth round's forms, built from the existing parts, on the
        // table's test day and on known days (the first drawn year's first day, the last
        // drawn day of a leap year's February (the slots draw days 1 to 28) and a day and
        // month of two digits, the day's ordinal suffix set for each), each expected string
        // computed independently in Python (datetime's month names and the ordinal suffixes
        // and day words from lists written out).
        assert_eq!(
            parts.fill("{year} ({name} {day}); {day} · {short} · {year}; {name}/{day}/'{yy:02}; {short}/{year}, {day}; {name}: {day}, {year}; {day}{ordinal} — {short} {year}; '{yy:02}: {day} {name}; {year}: the {dayword} of {short}"),
            "1956 (September 3); 3 · Sep · 1956; September/3/'56; Sep/1956, 3; September: 3, 1956; 3rd — Sep 1956; '56: 3 September; 1956: the third of Sep"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "1925 (January 1); 1 · Jan · 1925; January/1/'25; Jan/1925, 1; January: 1, 1925; 1st — Jan 1925; '25: 1 January; 1925: the first of Jan"),
            (2000, 2, 28, "2000 (February 28); 28 · Feb · 2000; February/28/'00; Feb/2000, 28; February: 28, 2000; 28th — Feb 2000; '00: 28 February; 2000: the twenty-eighth of Feb"),
            (2023, 12, 28, "2023 (December 28); 28 · Dec · 2023; December/28/'23; Dec/2023, 28; December: 28, 2023; 28th — Dec 2023; '23: 28 December; 2023: the twenty-eighth of Dec"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{year} ({name} {day}); {day} · {short} · {year}; {name}/{day}/'{yy:02}; {short}/{year}, {day}; {name}: {day}, {year}; {day}{ordinal} — {short} {year}; '{yy:02}: {day} {name}; {year}: the {dayword} of {short}"), expected);
        }
        // The hundred-and-seventh round's forms, built from the existing parts, on the
        // table's test day and on known days (the first drawn year's first day, the last
        // drawn day of a leap year's February (the slots draw days 1 to 28) and a day and
        // month of two digits, the day's ordinal suffix set for each), each expected string
        // computed independently in Python (datetime's month names and the ordinal day
        // words from a list written out).
        assert_eq!(
            parts.fill("{name} {day}, yr {year}; day {day}, month {month}, year {year}; {dayword} of {name}, year {year}; {day}/{month} of {year}; {year}: {day}/{month}; {day} {name}, in {year}; {year}, {monthword} month, {dayword} day; {name}, {year}, the {dayword}"),
            "September 3, yr 1956; day 3, month 9, year 1956; third of September, year 1956; 3/9 of 1956; 1956: 3/9; 3 September, in 1956; 1956, ninth month, third day; September, 1956, the third"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "January 1, yr 1925; day 1, month 1, year 1925; first of January, year 1925; 1/1 of 1925; 1925: 1/1; 1 January, in 1925; 1925, first month, first day; January, 1925, the first"),
            (2000, 2, 28, "February 28, yr 2000; day 28, month 2, year 2000; twenty-eighth of February, year 2000; 28/2 of 2000; 2000: 28/2; 28 February, in 2000; 2000, second month, twenty-eighth day; February, 2000, the twenty-eighth"),
            (2023, 12, 28, "December 28, yr 2023; day 28, month 12, year 2023; twenty-eighth of December, year 2023; 28/12 of 2023; 2023: 28/12; 28 December, in 2023; 2023, twelfth month, twenty-eighth day; December, 2023, the twenty-eighth"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{name} {day}, yr {year}; day {day}, month {month}, year {year}; {dayword} of {name}, year {year}; {day}/{month} of {year}; {year}: {day}/{month}; {day} {name}, in {year}; {year}, {monthword} month, {dayword} day; {name}, {year}, the {dayword}"), expected);
        }
        // The hundred-and-eighth round's forms, built from the existing parts, on the
        // table's test day and on known days (the first drawn year's first day, the last
        // drawn day of a leap year's February (the slots draw days 1 to 28) and a day and
        // month of two digits, the day's ordinal suffix set for each), each expected string
        // computed independently in Python (datetime's month names and the ordinal day
        // words from a list written out).
        assert_eq!(
            parts.fill("{monthword} month of {year}, day {day}; {dayword} day, {name} {year}; {year} {name}, day {day}; {day} / {month} / '{yy:02}; {year}: month {month}, day {day}; {day}.{month}. in {year}; {day} ({name}) {year}; {year} [{month}/{day}]"),
            "ninth month of 1956, day 3; third day, September 1956; 1956 September, day 3; 3 / 9 / '56; 1956: month 9, day 3; 3.9. in 1956; 3 (September) 1956; 1956 [9/3]"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "first month of 1925, day 1; first day, January 1925; 1925 January, day 1; 1 / 1 / '25; 1925: month 1, day 1; 1.1. in 1925; 1 (January) 1925; 1925 [1/1]"),
            (2000, 2, 28, "second month of 2000, day 28; twenty-eighth day, February 2000; 2000 February, day 28; 28 / 2 / '00; 2000: month 2, day 28; 28.2. in 2000; 28 (February) 2000; 2000 [2/28]"),
            (2023, 12, 28, "twelfth month of 2023, day 28; twenty-eighth day, December 2023; 2023 December, day 28; 28 / 12 / '23; 2023: month 12, day 28; 28.12. in 2023; 28 (December) 2023; 2023 [12/28]"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{monthword} month of {year}, day {day}; {dayword} day, {name} {year}; {year} {name}, day {day}; {day} / {month} / '{yy:02}; {year}: month {month}, day {day}; {day}.{month}. in {year}; {day} ({name}) {year}; {year} [{month}/{day}]"), expected);
        }
        // The hundred-and-ninth round's forms, built from the existing parts, on the
        // table's test day and on known days (the first drawn year's first day, the last
        // drawn day of a leap year's February (the slots draw days 1 to 28) and a day and
        // month of two digits, the day's ordinal suffix set for each), each expected string
        // computed independently in Python (datetime's month names and the ordinal day
        // words from a list written out).
        assert_eq!(
            parts.fill("{year}; {name} {day}; {name} the {day}{ordinal}, in {year}; {year} (month {month}) day {day}; {name}, {dayword}, {year}; {year}.{month:02}{day:02}; {month}/{day} in '{yy:02}; {day} {name}, year of {year}; {yy:02}/{month}/{day}, year first"),
            "1956; September 3; September the 3rd, in 1956; 1956 (month 9) day 3; September, third, 1956; 1956.0903; 9/3 in '56; 3 September, year of 1956; 56/9/3, year first"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "1925; January 1; January the 1st, in 1925; 1925 (month 1) day 1; January, first, 1925; 1925.0101; 1/1 in '25; 1 January, year of 1925; 25/1/1, year first"),
            (2000, 2, 28, "2000; February 28; February the 28th, in 2000; 2000 (month 2) day 28; February, twenty-eighth, 2000; 2000.0228; 2/28 in '00; 28 February, year of 2000; 00/2/28, year first"),
            (2023, 12, 28, "2023; December 28; December the 28th, in 2023; 2023 (month 12) day 28; December, twenty-eighth, 2023; 2023.1228; 12/28 in '23; 28 December, year of 2023; 23/12/28, year first"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{year}; {name} {day}; {name} the {day}{ordinal}, in {year}; {year} (month {month}) day {day}; {name}, {dayword}, {year}; {year}.{month:02}{day:02}; {month}/{day} in '{yy:02}; {day} {name}, year of {year}; {yy:02}/{month}/{day}, year first"), expected);
        }
        // The hundred-and-tenth round's forms, built from the existing parts, on the
        // table's test day and on known days (the first drawn year's first day, the last
        // drawn day of a leap year's February (the slots draw days 1 to 28) and a day and
        // month of two digits, the day's ordinal suffix set for each), each expected string
        // computed independently in Python (datetime's month names and the ordinal day
        // words from a list written out).
        assert_eq!(
            parts.fill("day {day} of {name}, {year}; {name} {year}, the {dayword}; {year}: {name}, {day}; {day}{ordinal} of {month}/{year}; '{yy:02} {name} {day}; {year} (day {day}, {name}); {name} of {year}, day {day}; {year}, month {month:02}, day {day:02}"),
            "day 3 of September, 1956; September 1956, the third; 1956: September, 3; 3rd of 9/1956; '56 September 3; 1956 (day 3, September); September of 1956, day 3; 1956, month 09, day 03"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "day 1 of January, 1925; January 1925, the first; 1925: January, 1; 1st of 1/1925; '25 January 1; 1925 (day 1, January); January of 1925, day 1; 1925, month 01, day 01"),
            (2000, 2, 28, "day 28 of February, 2000; February 2000, the twenty-eighth; 2000: February, 28; 28th of 2/2000; '00 February 28; 2000 (day 28, February); February of 2000, day 28; 2000, month 02, day 28"),
            (2023, 12, 28, "day 28 of December, 2023; December 2023, the twenty-eighth; 2023: December, 28; 28th of 12/2023; '23 December 28; 2023 (day 28, December); December of 2023, day 28; 2023, month 12, day 28"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("day {day} of {name}, {year}; {name} {year}, the {dayword}; {year}: {name}, {day}; {day}{ordinal} of {month}/{year}; '{yy:02} {name} {day}; {year} (day {day}, {name}); {name} of {year}, day {day}; {year}, month {month:02}, day {day:02}"), expected);
        }
        // The hundred-and-eleventh round's forms, built from the existing parts, on the
        // table's test day and on known days (the first drawn year's first day, the last
        // drawn day of a leap year's February (the slots draw days 1 to 28) and a day and
        // month of two digits, the day's ordinal suffix set for each), each expected string
        // computed independently in Python (datetime's month names and the ordinal day
        // words from a list written out).
        assert_eq!(
            parts.fill("{year}; day {day}; month {month}; {year} {name}, {day}{ordinal}; {month} of {year}, the {day}{ordinal}; month {month}, day {day}, {year}; {name} '{yy:02}, day {day}; {short} {year}, day {day:02}; {name}, {year}: the {dayword}; {year} ({name} the {day}{ordinal})"),
            "1956; day 3; month 9; 1956 September, 3rd; 9 of 1956, the 3rd; month 9, day 3, 1956; September '56, day 3; Sep 1956, day 03; September, 1956: the third; 1956 (September the 3rd)"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "1925; day 1; month 1; 1925 January, 1st; 1 of 1925, the 1st; month 1, day 1, 1925; January '25, day 1; Jan 1925, day 01; January, 1925: the first; 1925 (January the 1st)"),
            (2000, 2, 28, "2000; day 28; month 2; 2000 February, 28th; 2 of 2000, the 28th; month 2, day 28, 2000; February '00, day 28; Feb 2000, day 28; February, 2000: the twenty-eighth; 2000 (February the 28th)"),
            (2023, 12, 28, "2023; day 28; month 12; 2023 December, 28th; 12 of 2023, the 28th; month 12, day 28, 2023; December '23, day 28; Dec 2023, day 28; December, 2023: the twenty-eighth; 2023 (December the 28th)"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{year}; day {day}; month {month}; {year} {name}, {day}{ordinal}; {month} of {year}, the {day}{ordinal}; month {month}, day {day}, {year}; {name} '{yy:02}, day {day}; {short} {year}, day {day:02}; {name}, {year}: the {dayword}; {year} ({name} the {day}{ordinal})"), expected);
        }
        // The hundred-and-twelfth round's forms, built from the existing parts, on the
        // table's test day and on known days (the first drawn year's first day, the last
        // drawn day of a leap year's February (the slots draw days 1 to 28) and a day and
        // month of two digits, the day's ordinal suffix set for each), each expected string
        // computed independently in Python (datetime's month names and the ordinal day
        // words from a list written out).
        assert_eq!(
            parts.fill("the {day}{ordinal} of month {month}, {year}; {year}: {day:02}.{month:02}; {name}/{year}, day {day}; {year}, {name} {dayword}; in {year}, {name} the {day}{ordinal}; {month:02}.{year}, day {day}; {day}{ordinal}, {month}/{year}; {name} ({day}), {year}"),
            "the 3rd of month 9, 1956; 1956: 03.09; September/1956, day 3; 1956, September third; in 1956, September the 3rd; 09.1956, day 3; 3rd, 9/1956; September (3), 1956"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "the 1st of month 1, 1925; 1925: 01.01; January/1925, day 1; 1925, January first; in 1925, January the 1st; 01.1925, day 1; 1st, 1/1925; January (1), 1925"),
            (2000, 2, 28, "the 28th of month 2, 2000; 2000: 28.02; February/2000, day 28; 2000, February twenty-eighth; in 2000, February the 28th; 02.2000, day 28; 28th, 2/2000; February (28), 2000"),
            (2023, 12, 28, "the 28th of month 12, 2023; 2023: 28.12; December/2023, day 28; 2023, December twenty-eighth; in 2023, December the 28th; 12.2023, day 28; 28th, 12/2023; December (28), 2023"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("the {day}{ordinal} of month {month}, {year}; {year}: {day:02}.{month:02}; {name}/{year}, day {day}; {year}, {name} {dayword}; in {year}, {name} the {day}{ordinal}; {month:02}.{year}, day {day}; {day}{ordinal}, {month}/{year}; {name} ({day}), {year}"), expected);
        }
        // The hundred-and-thirteenth round's forms, built from the existing parts, on the
        // table's test day and on known days (the first drawn year's first day, the last
        // drawn day of a leap year's February (the slots draw days 1 to 28) and a day and
        // month of two digits, the day's ordinal suffix set for each), each expected string
        // computed independently in Python (datetime's month names and the ordinal day
        // words from a list written out).
        assert_eq!(
            parts.fill("{name} '{yy:02} the {day}{ordinal}; {year}, {day}/{month}; {day} of the {month}, {year}; {day} {name}, the year {year}; {day}{ordinal} of the {month:02}, {year}; {month} of {year}, day {day:02}; {name}: {day} ({year}); {year} ({day}/{month})"),
            "September '56 the 3rd; 1956, 3/9; 3 of the 9, 1956; 3 September, the year 1956; 3rd of the 09, 1956; 9 of 1956, day 03; September: 3 (1956); 1956 (3/9)"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "January '25 the 1st; 1925, 1/1; 1 of the 1, 1925; 1 January, the year 1925; 1st of the 01, 1925; 1 of 1925, day 01; January: 1 (1925); 1925 (1/1)"),
            (2000, 2, 28, "February '00 the 28th; 2000, 28/2; 28 of the 2, 2000; 28 February, the year 2000; 28th of the 02, 2000; 2 of 2000, day 28; February: 28 (2000); 2000 (28/2)"),
            (2023, 12, 28, "December '23 the 28th; 2023, 28/12; 28 of the 12, 2023; 28 December, the year 2023; 28th of the 12, 2023; 12 of 2023, day 28; December: 28 (2023); 2023 (28/12)"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{name} '{yy:02} the {day}{ordinal}; {year}, {day}/{month}; {day} of the {month}, {year}; {day} {name}, the year {year}; {day}{ordinal} of the {month:02}, {year}; {month} of {year}, day {day:02}; {name}: {day} ({year}); {year} ({day}/{month})"), expected);
        }
        // The hundred-and-fourteenth round's forms, built from the existing parts, on the
        // table's test day and on known days (the first drawn year's first day, the last
        // drawn day of a leap year's February (the slots draw days 1 to 28) and a day and
        // month of two digits, the day's ordinal suffix set for each), each expected string
        // computed independently in Python (datetime's month names and str.format).
        assert_eq!(
            parts.fill("{name} {day}, year {year}; {day}/{month}, in {year}; {day}.{month} of {year}; {name} '{yy:02}, {day}{ordinal}; {year} {day:02}.{month:02}; {name} {year} ({day}{ordinal}); the {day}{ordinal} of {month}/{year}; {year}: the {day}{ordinal} of {name}"),
            "September 3, year 1956; 3/9, in 1956; 3.9 of 1956; September '56, 3rd; 1956 03.09; September 1956 (3rd); the 3rd of 9/1956; 1956: the 3rd of September"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "January 1, year 1925; 1/1, in 1925; 1.1 of 1925; January '25, 1st; 1925 01.01; January 1925 (1st); the 1st of 1/1925; 1925: the 1st of January"),
            (2000, 2, 28, "February 28, year 2000; 28/2, in 2000; 28.2 of 2000; February '00, 28th; 2000 28.02; February 2000 (28th); the 28th of 2/2000; 2000: the 28th of February"),
            (2023, 12, 28, "December 28, year 2023; 28/12, in 2023; 28.12 of 2023; December '23, 28th; 2023 28.12; December 2023 (28th); the 28th of 12/2023; 2023: the 28th of December"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{name} {day}, year {year}; {day}/{month}, in {year}; {day}.{month} of {year}; {name} '{yy:02}, {day}{ordinal}; {year} {day:02}.{month:02}; {name} {year} ({day}{ordinal}); the {day}{ordinal} of {month}/{year}; {year}: the {day}{ordinal} of {name}"), expected);
        }
        // The hundred-and-fifteenth round's forms, built from the existing parts, on the
        // table's test day and on known days (the first drawn year's first day, the last
        // drawn day of a leap year's February (the slots draw days 1 to 28) and a day and
        // month of two digits, the day's ordinal suffix set for each), each expected string
        // computed independently in Python (datetime's month names and str.format).
        assert_eq!(
            parts.fill("{day}{ordinal} of {name} ({year}); {day}, {name}, {year}; {month}/{day} ({year}); {year} ({name} {day}{ordinal}); {day}/{month} ('{yy:02}); {day} {short} ({year}); {name}, {day} ({year}); {year} - {day}/{month}"),
            "3rd of September (1956); 3, September, 1956; 9/3 (1956); 1956 (September 3rd); 3/9 ('56); 3 Sep (1956); September, 3 (1956); 1956 - 3/9"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "1st of January (1925); 1, January, 1925; 1/1 (1925); 1925 (January 1st); 1/1 ('25); 1 Jan (1925); January, 1 (1925); 1925 - 1/1"),
            (2000, 2, 28, "28th of February (2000); 28, February, 2000; 2/28 (2000); 2000 (February 28th); 28/2 ('00); 28 Feb (2000); February, 28 (2000); 2000 - 28/2"),
            (2023, 12, 28, "28th of December (2023); 28, December, 2023; 12/28 (2023); 2023 (December 28th); 28/12 ('23); 28 Dec (2023); December, 28 (2023); 2023 - 28/12"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{day}{ordinal} of {name} ({year}); {day}, {name}, {year}; {month}/{day} ({year}); {year} ({name} {day}{ordinal}); {day}/{month} ('{yy:02}); {day} {short} ({year}); {name}, {day} ({year}); {year} - {day}/{month}"), expected);
        }
        // The hundred-and-sixteenth round's forms, built from the existing parts, on the
        // table's test day and on known days (the first drawn year's first day, the last
        // drawn day of a leap year's February (the slots draw days 1 to 28) and a day and
        // month of two digits, the day's ordinal suffix set for each), each expected string
        // computed independently in Python (datetime's month names and str.format).
        assert_eq!(
            parts.fill("the {day}{ordinal}, {name}, {year}; {day}/{month}, {year}; {name}, {year} ({day}{ordinal}); {year} ({day}{ordinal} {short}); {short} {day} ('{yy:02}); {day}{ordinal} {short} ('{yy:02}); {month}/{year} (the {day}{ordinal}); {day}/{month} - '{yy:02}"),
            "the 3rd, September, 1956; 3/9, 1956; September, 1956 (3rd); 1956 (3rd Sep); Sep 3 ('56); 3rd Sep ('56); 9/1956 (the 3rd); 3/9 - '56"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "the 1st, January, 1925; 1/1, 1925; January, 1925 (1st); 1925 (1st Jan); Jan 1 ('25); 1st Jan ('25); 1/1925 (the 1st); 1/1 - '25"),
            (2000, 2, 28, "the 28th, February, 2000; 28/2, 2000; February, 2000 (28th); 2000 (28th Feb); Feb 28 ('00); 28th Feb ('00); 2/2000 (the 28th); 28/2 - '00"),
            (2023, 12, 28, "the 28th, December, 2023; 28/12, 2023; December, 2023 (28th); 2023 (28th Dec); Dec 28 ('23); 28th Dec ('23); 12/2023 (the 28th); 28/12 - '23"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("the {day}{ordinal}, {name}, {year}; {day}/{month}, {year}; {name}, {year} ({day}{ordinal}); {year} ({day}{ordinal} {short}); {short} {day} ('{yy:02}); {day}{ordinal} {short} ('{yy:02}); {month}/{year} (the {day}{ordinal}); {day}/{month} - '{yy:02}"), expected);
        }
        // The hundred-and-seventeenth round's forms, built from the existing parts, on the
        // table's test day and on known days (the first drawn year's first day, the last
        // drawn day of a leap year's February (the slots draw days 1 to 28) and a day and
        // month of two digits, the day's ordinal suffix set for each), each expected string
        // computed independently in Python (datetime's month names and str.format).
        assert_eq!(
            parts.fill("{day}/{month}; {year}; {name} {day}{ordinal} ('{yy:02}); {day} {name} (in {year}); {year} -- {day}/{month:02}; {day}{ordinal} ({month}/{year}); '{yy:02} ({day}/{month}); the {day}{ordinal} ({name} {year}); {short} {day}{ordinal}; {year}"),
            "3/9; 1956; September 3rd ('56); 3 September (in 1956); 1956 -- 3/09; 3rd (9/1956); '56 (3/9); the 3rd (September 1956); Sep 3rd; 1956"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "1/1; 1925; January 1st ('25); 1 January (in 1925); 1925 -- 1/01; 1st (1/1925); '25 (1/1); the 1st (January 1925); Jan 1st; 1925"),
            (2000, 2, 28, "28/2; 2000; February 28th ('00); 28 February (in 2000); 2000 -- 28/02; 28th (2/2000); '00 (28/2); the 28th (February 2000); Feb 28th; 2000"),
            (2023, 12, 28, "28/12; 2023; December 28th ('23); 28 December (in 2023); 2023 -- 28/12; 28th (12/2023); '23 (28/12); the 28th (December 2023); Dec 28th; 2023"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{day}/{month}; {year}; {name} {day}{ordinal} ('{yy:02}); {day} {name} (in {year}); {year} -- {day}/{month:02}; {day}{ordinal} ({month}/{year}); '{yy:02} ({day}/{month}); the {day}{ordinal} ({name} {year}); {short} {day}{ordinal}; {year}"), expected);
        }
        // The hundred-and-eighteenth round's forms, built from the existing parts, on the
        // table's test day and on known days (the first drawn year's first day, the last
        // drawn day of a leap year's February (the slots draw days 1 to 28) and a day and
        // month of two digits, the day's ordinal suffix set for each), each expected string
        // computed independently in Python (datetime's month names and str.format).
        assert_eq!(
            parts.fill("{name} {year} (the {day}{ordinal}); {name}, {day}{ordinal} '{yy:02}; {day} + {month} + {year}; {day}{ordinal} ~ {name} ~ {year}; {day} {name}; '{yy:02}; {day}-{month} ({year}); ({day}/{month}) {year}; {short} {day} :: {year}"),
            "September 1956 (the 3rd); September, 3rd '56; 3 + 9 + 1956; 3rd ~ September ~ 1956; 3 September; '56; 3-9 (1956); (3/9) 1956; Sep 3 :: 1956"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "January 1925 (the 1st); January, 1st '25; 1 + 1 + 1925; 1st ~ January ~ 1925; 1 January; '25; 1-1 (1925); (1/1) 1925; Jan 1 :: 1925"),
            (2000, 2, 28, "February 2000 (the 28th); February, 28th '00; 28 + 2 + 2000; 28th ~ February ~ 2000; 28 February; '00; 28-2 (2000); (28/2) 2000; Feb 28 :: 2000"),
            (2023, 12, 28, "December 2023 (the 28th); December, 28th '23; 28 + 12 + 2023; 28th ~ December ~ 2023; 28 December; '23; 28-12 (2023); (28/12) 2023; Dec 28 :: 2023"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{name} {year} (the {day}{ordinal}); {name}, {day}{ordinal} '{yy:02}; {day} + {month} + {year}; {day}{ordinal} ~ {name} ~ {year}; {day} {name}; '{yy:02}; {day}-{month} ({year}); ({day}/{month}) {year}; {short} {day} :: {year}"), expected);
        }
        // The hundred-and-nineteenth round's forms, built from the existing parts, on the
        // table's test day and on known days (the first drawn year's first day, the last
        // drawn day of a leap year's February (the slots draw days 1 to 28) and a day and
        // month of two digits, the day's ordinal suffix set for each), each expected string
        // computed independently in Python (datetime's month names and str.format).
        assert_eq!(
            parts.fill("{year} ({name}, {day}{ordinal}); {day}{ordinal} >> {name} >> {year}; {short} ({day}) {year}; [{day}/{month}] {year}; {day} & {month} & {year}; {name}, {year}, the {day}{ordinal}; {day}-{short} ({year}); {day}{ordinal} / {name} / '{yy:02}"),
            "1956 (September, 3rd); 3rd >> September >> 1956; Sep (3) 1956; [3/9] 1956; 3 & 9 & 1956; September, 1956, the 3rd; 3-Sep (1956); 3rd / September / '56"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "1925 (January, 1st); 1st >> January >> 1925; Jan (1) 1925; [1/1] 1925; 1 & 1 & 1925; January, 1925, the 1st; 1-Jan (1925); 1st / January / '25"),
            (2000, 2, 28, "2000 (February, 28th); 28th >> February >> 2000; Feb (28) 2000; [28/2] 2000; 28 & 2 & 2000; February, 2000, the 28th; 28-Feb (2000); 28th / February / '00"),
            (2023, 12, 28, "2023 (December, 28th); 28th >> December >> 2023; Dec (28) 2023; [28/12] 2023; 28 & 12 & 2023; December, 2023, the 28th; 28-Dec (2023); 28th / December / '23"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{year} ({name}, {day}{ordinal}); {day}{ordinal} >> {name} >> {year}; {short} ({day}) {year}; [{day}/{month}] {year}; {day} & {month} & {year}; {name}, {year}, the {day}{ordinal}; {day}-{short} ({year}); {day}{ordinal} / {name} / '{yy:02}"), expected);
        }
        // The hundred-and-twentieth round's forms, built from the existing parts, on the
        // table's test day and on known days (the first drawn year's first day, the last
        // drawn day of a leap year's February (the slots draw days 1 to 28) and a day and
        // month of two digits, the day's ordinal suffix set for each), each expected string
        // computed independently in Python (datetime's month names and str.format).
        assert_eq!(
            parts.fill("{year} <{short} {day}>; {day}{ordinal}: {short}: {year}; {day} ~~ {short} ~~ {year}; {day} = {month} = {year}; ({short} {day}) '{yy:02}; {name}; the {day}{ordinal}; {year}; <{day}.{month}.{year}>; {day}{ordinal} * {name} * {year}"),
            "1956 <Sep 3>; 3rd: Sep: 1956; 3 ~~ Sep ~~ 1956; 3 = 9 = 1956; (Sep 3) '56; September; the 3rd; 1956; <3.9.1956>; 3rd * September * 1956"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "1925 <Jan 1>; 1st: Jan: 1925; 1 ~~ Jan ~~ 1925; 1 = 1 = 1925; (Jan 1) '25; January; the 1st; 1925; <1.1.1925>; 1st * January * 1925"),
            (2000, 2, 28, "2000 <Feb 28>; 28th: Feb: 2000; 28 ~~ Feb ~~ 2000; 28 = 2 = 2000; (Feb 28) '00; February; the 28th; 2000; <28.2.2000>; 28th * February * 2000"),
            (2023, 12, 28, "2023 <Dec 28>; 28th: Dec: 2023; 28 ~~ Dec ~~ 2023; 28 = 12 = 2023; (Dec 28) '23; December; the 28th; 2023; <28.12.2023>; 28th * December * 2023"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{year} <{short} {day}>; {day}{ordinal}: {short}: {year}; {day} ~~ {short} ~~ {year}; {day} = {month} = {year}; ({short} {day}) '{yy:02}; {name}; the {day}{ordinal}; {year}; <{day}.{month}.{year}>; {day}{ordinal} * {name} * {year}"), expected);
        }
        // The hundred-and-twenty-first round's forms, built from the existing parts, on the
        // table's test day and on known days (the first drawn year's first day, the last
        // drawn day of a leap year's February (the slots draw days 1 to 28) and a day and
        // month of two digits, the day's ordinal suffix set for each), each expected string
        // computed independently in Python (calendar's month names and str.format).
        assert_eq!(
            parts.fill("{day}{ordinal} // {short} // {year}; {year} :: {month} :: {day}; {name} the {day}{ordinal} ~ {year}; [{short} {day}] {year}; {day} + {name} + {year}; {year}: {day}{ordinal} {name}; {day} | {short} | {year}; {year} {name} ({day}{ordinal})"),
            "3rd // Sep // 1956; 1956 :: 9 :: 3; September the 3rd ~ 1956; [Sep 3] 1956; 3 + September + 1956; 1956: 3rd September; 3 | Sep | 1956; 1956 September (3rd)"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "1st // Jan // 1925; 1925 :: 1 :: 1; January the 1st ~ 1925; [Jan 1] 1925; 1 + January + 1925; 1925: 1st January; 1 | Jan | 1925; 1925 January (1st)"),
            (2000, 2, 28, "28th // Feb // 2000; 2000 :: 2 :: 28; February the 28th ~ 2000; [Feb 28] 2000; 28 + February + 2000; 2000: 28th February; 28 | Feb | 2000; 2000 February (28th)"),
            (2023, 12, 28, "28th // Dec // 2023; 2023 :: 12 :: 28; December the 28th ~ 2023; [Dec 28] 2023; 28 + December + 2023; 2023: 28th December; 28 | Dec | 2023; 2023 December (28th)"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{day}{ordinal} // {short} // {year}; {year} :: {month} :: {day}; {name} the {day}{ordinal} ~ {year}; [{short} {day}] {year}; {day} + {name} + {year}; {year}: {day}{ordinal} {name}; {day} | {short} | {year}; {year} {name} ({day}{ordinal})"), expected);
        }
        // The hundred-and-twenty-second round's forms, built from the existing parts, on the
        // table's test day and on known days (the first drawn year's first day, the last
        // drawn day of a leap year's February (the slots draw days 1 to 28) and a day and
        // month of two digits, the day's ordinal suffix set for each), each expected string
        // computed independently in Python (calendar's month names and str.format).
        assert_eq!(
            parts.fill("{day}{ordinal} :: {name} :: {year}; ({day} {short}) {year}; {day} & {name} & {year}; {year} -> {short} {day}; {day} ; {month} ; {year}; {year} ~ {name} ~ {day}; {day} >> {short} >> {year}; {name} // {day}{ordinal} // {year}"),
            "3rd :: September :: 1956; (3 Sep) 1956; 3 & September & 1956; 1956 -> Sep 3; 3 ; 9 ; 1956; 1956 ~ September ~ 3; 3 >> Sep >> 1956; September // 3rd // 1956"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "1st :: January :: 1925; (1 Jan) 1925; 1 & January & 1925; 1925 -> Jan 1; 1 ; 1 ; 1925; 1925 ~ January ~ 1; 1 >> Jan >> 1925; January // 1st // 1925"),
            (2000, 2, 28, "28th :: February :: 2000; (28 Feb) 2000; 28 & February & 2000; 2000 -> Feb 28; 28 ; 2 ; 2000; 2000 ~ February ~ 28; 28 >> Feb >> 2000; February // 28th // 2000"),
            (2023, 12, 28, "28th :: December :: 2023; (28 Dec) 2023; 28 & December & 2023; 2023 -> Dec 28; 28 ; 12 ; 2023; 2023 ~ December ~ 28; 28 >> Dec >> 2023; December // 28th // 2023"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{day}{ordinal} :: {name} :: {year}; ({day} {short}) {year}; {day} & {name} & {year}; {year} -> {short} {day}; {day} ; {month} ; {year}; {year} ~ {name} ~ {day}; {day} >> {short} >> {year}; {name} // {day}{ordinal} // {year}"), expected);
        }
        // The hundred-and-twenty-third round's forms, built from the existing parts, on the
        // table's test day and on known days (the first drawn year's first day, the last
        // drawn day of a leap year's February (the slots draw days 1 to 28) and a day and
        // month of two digits, the day's ordinal suffix set for each), each expected string
        // computed independently in Python (calendar's month names and str.format).
        assert_eq!(
            parts.fill("{day} ^ {name} ^ {year}; {year} => {month:02} => {day:02}; {day} ** {short} ** {year}; {day} # {month} # {year}; {year} ^^ {month} ^^ {day}; {name} == {day} == {year}; {day}{ordinal} $ {name} $ {year}; {year} ++ {short} ++ {day}"),
            "3 ^ September ^ 1956; 1956 => 09 => 03; 3 ** Sep ** 1956; 3 # 9 # 1956; 1956 ^^ 9 ^^ 3; September == 3 == 1956; 3rd $ September $ 1956; 1956 ++ Sep ++ 3"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "1 ^ January ^ 1925; 1925 => 01 => 01; 1 ** Jan ** 1925; 1 # 1 # 1925; 1925 ^^ 1 ^^ 1; January == 1 == 1925; 1st $ January $ 1925; 1925 ++ Jan ++ 1"),
            (2000, 2, 28, "28 ^ February ^ 2000; 2000 => 02 => 28; 28 ** Feb ** 2000; 28 # 2 # 2000; 2000 ^^ 2 ^^ 28; February == 28 == 2000; 28th $ February $ 2000; 2000 ++ Feb ++ 28"),
            (2023, 12, 28, "28 ^ December ^ 2023; 2023 => 12 => 28; 28 ** Dec ** 2023; 28 # 12 # 2023; 2023 ^^ 12 ^^ 28; December == 28 == 2023; 28th $ December $ 2023; 2023 ++ Dec ++ 28"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{day} ^ {name} ^ {year}; {year} => {month:02} => {day:02}; {day} ** {short} ** {year}; {day} # {month} # {year}; {year} ^^ {month} ^^ {day}; {name} == {day} == {year}; {day}{ordinal} $ {name} $ {year}; {year} ++ {short} ++ {day}"), expected);
        }
        // The hundred-and-twenty-fourth round's forms, built from the existing parts, on the
        // table's test day and on known days (the first drawn year's first day, the last
        // drawn day of a leap year's February (the slots draw days 1 to 28) and a day and
        // month of two digits, the day's ordinal suffix set for each), each expected string
        // computed independently in Python (calendar's month names and str.format).
        assert_eq!(
            parts.fill("{day} @ {month} @ {year}; {year} ** {month} ** {day}; {name} ++ {day} ++ {year}; {day}{ordinal} ~~ {short} ~~ {year}; {year} ## {month:02} ## {day:02}; {day} %% {name} %% {year}; {year} == {short} == {day}; {day:02} !! {month:02} !! {year}"),
            "3 @ 9 @ 1956; 1956 ** 9 ** 3; September ++ 3 ++ 1956; 3rd ~~ Sep ~~ 1956; 1956 ## 09 ## 03; 3 %% September %% 1956; 1956 == Sep == 3; 03 !! 09 !! 1956"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "1 @ 1 @ 1925; 1925 ** 1 ** 1; January ++ 1 ++ 1925; 1st ~~ Jan ~~ 1925; 1925 ## 01 ## 01; 1 %% January %% 1925; 1925 == Jan == 1; 01 !! 01 !! 1925"),
            (2000, 2, 28, "28 @ 2 @ 2000; 2000 ** 2 ** 28; February ++ 28 ++ 2000; 28th ~~ Feb ~~ 2000; 2000 ## 02 ## 28; 28 %% February %% 2000; 2000 == Feb == 28; 28 !! 02 !! 2000"),
            (2023, 12, 28, "28 @ 12 @ 2023; 2023 ** 12 ** 28; December ++ 28 ++ 2023; 28th ~~ Dec ~~ 2023; 2023 ## 12 ## 28; 28 %% December %% 2023; 2023 == Dec == 28; 28 !! 12 !! 2023"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{day} @ {month} @ {year}; {year} ** {month} ** {day}; {name} ++ {day} ++ {year}; {day}{ordinal} ~~ {short} ~~ {year}; {year} ## {month:02} ## {day:02}; {day} %% {name} %% {year}; {year} == {short} == {day}; {day:02} !! {month:02} !! {year}"), expected);
        }
        // The hundred-and-twenty-fifth round's forms, built from the existing parts, on the
        // table's test day and on known days (the first drawn year's first day, the last
        // drawn day of a leap year's February (the slots draw days 1 to 28) and a day and
        // month of two digits, the day's ordinal suffix set for each), each expected string
        // computed independently in Python (calendar's month names and str.format).
        assert_eq!(
            parts.fill("{day} && {month} && {year}; {year} ?? {month:02} ?? {day:02}; {name} <> {day} <> {year}; {day}{ordinal} ;; {name} ;; {year}; {year} || {short} || {day}; {day:02} <- {month:02} <- {year}; {day} ?! {short} ?! {year}; {year} >< {month} >< {day}"),
            "3 && 9 && 1956; 1956 ?? 09 ?? 03; September <> 3 <> 1956; 3rd ;; September ;; 1956; 1956 || Sep || 3; 03 <- 09 <- 1956; 3 ?! Sep ?! 1956; 1956 >< 9 >< 3"
        );
        for (year, month, day, expected) in [
            (1925, 1, 1, "1 && 1 && 1925; 1925 ?? 01 ?? 01; January <> 1 <> 1925; 1st ;; January ;; 1925; 1925 || Jan || 1; 01 <- 01 <- 1925; 1 ?! Jan ?! 1925; 1925 >< 1 >< 1"),
            (2000, 2, 28, "28 && 2 && 2000; 2000 ?? 02 ?? 28; February <> 28 <> 2000; 28th ;; February ;; 2000; 2000 || Feb || 28; 28 <- 02 <- 2000; 28 ?! Feb ?! 2000; 2000 >< 2 >< 28"),
            (2023, 12, 28, "28 && 12 && 2023; 2023 ?? 12 ?? 28; December <> 28 <> 2023; 28th ;; December ;; 2023; 2023 || Dec || 28; 28 <- 12 <- 2023; 28 ?! Dec ?! 2023; 2023 >< 12 >< 28"),
        ] {
            let date = DateParts {
                day,
                month,
                year,
                name: MONTHS[month - 1],
                short: &MONTHS[month - 1][..3],
                ordinal: match day {
                    1 | 21 => "st",
                    2 | 22 => "nd",
                    3 | 23 => "rd",
                    _ => "th",
                },
            };
            assert_eq!(date.fill("{day} && {month} && {year}; {year} ?? {month:02} ?? {day:02}; {name} <> {day} <> {year}; {day}{ordinal} ;; {name} ;; {year}; {year} || {short} || {day}; {day:02} <- {month:02} <- {year}; {day} ?! {short} ?! {year}; {year} >< {month} >< {day}"), expected);
        }
        // Every written slot's forms name only parts there are.
        for &forms in WRITTEN_DOB_SLOT_FORMS {
            for form in forms {
                assert!(!parts.fill(form).contains('{'), "{form}");
            }
        }
    }

    #[test]
    fn each_written_slot_finds_its_forms_and_no_other_name_does() {
        assert_eq!(written_forms_of_slot("dobw"), Some(WRITTEN_FORMS));
        assert_eq!(written_forms_of_slot("dobx"), Some(FURTHER_FORMS));
        assert_eq!(written_forms_of_slot("doby"), Some(MORE_FORMS));
        assert_eq!(written_forms_of_slot("dobz"), Some(YET_MORE_FORMS));
        assert_eq!(written_forms_of_slot("dobzz"), Some(STILL_MORE_FORMS));
        let last = format!("dob{}", "z".repeat(WRITTEN_DOB_SLOT_FORMS.len() - 3));
        assert_eq!(
            written_forms_of_slot(&last),
            WRITTEN_DOB_SLOT_FORMS.last().copied()
        );
        for not_a_slot in ["dob", "dobv", "dobzy", "dobzzw", "dobs", "dozz"] {
            assert_eq!(written_forms_of_slot(not_a_slot), None, "{not_a_slot}");
        }
        let one_more = format!("{last}z");
        assert_eq!(written_forms_of_slot(&one_more), None);
    }

    /// The shapes (digits as 9, letters as a) of 200 dates of birth filled into `lead`
    /// then `slot` then "." from `rng`; each must be one span marked whole, right after
    /// `lead` and before the stop, with no slot left unfilled.
    fn date_of_birth_shapes(
        lead: &str,
        slot: &str,
        rng: &mut ChaCha8Rng,
    ) -> std::collections::BTreeSet<String> {
        let mut shapes = std::collections::BTreeSet::new();
        for _ in 0..200 {
            let f = fill(&format!("{lead}{slot}."), &pool(), rng);
            assert_eq!(f.spans.len(), 1);
            assert_eq!(f.spans[0].label, "DATE_OF_BIRTH");
            assert_eq!(f.spans[0].start, lead.len());
            assert_eq!(f.spans[0].end, f.text.len() - 1);
            assert!(!f.text.contains('{'));
            let shape: String = f.text[f.spans[0].start..f.spans[0].end]
                .chars()
                .map(|c| match c {
                    '0'..='9' => '9',
                    c if c.is_alphabetic() => 'a',
                    c => c,
                })
                .collect();
            shapes.insert(shape);
        }
        shapes
    }

    #[test]
    fn written_dates_of_birth_are_marked_whole_and_vary() {
        let mut rng = ChaCha8Rng::seed_from_u64(5);
        let shapes = date_of_birth_shapes("born ", "{dobw}", &mut rng);
        // Nine ways of writing, some of them with more than one length of day or year.
        assert!(shapes.len() >= 9, "{}", shapes.len());
        // The older slot keeps its four ways.
        let f = fill("{dob}", &pool(), &mut rng);
        assert_eq!(f.spans[0].label, "DATE_OF_BIRTH");
    }

    #[test]
    fn further_dates_of_birth_are_marked_whole_and_vary() {
        // The twenty-ninth to hundred-and-twenty-fifth rounds' slots: eight ways of writing each,
        // some with more than one length of day or month; three of them, which no
        // earlier slot writes, by their exact shape; and a word that is not a slot name
        // (`{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}` is a slot from the hundred-and-twenty-fifth round on) is no date.
        for (seed, lead, slot, exact, not_a_slot) in [
            (
                6,
                "born ",
                "{dobx}",
                ["99aaa9999", "9999/99/99", "99-99-99"],
                "{dobxx}",
            ),
            (
                7,
                "dob ",
                "{doby}",
                ["9999.99.99", "99999999", "99 aaa 9999"],
                "{dobyy}",
            ),
            (
                11,
                "dob ",
                "{dobz}",
                ["9999 aaa 99", "9/aaa/9999", "9.9.9999"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
            ),
            (
                12,
                "dob ",
                "{dobzz}",
                ["99/99/99", "99.aaa.9999", "9 aaa. 9999"],
                "{dobzy}",
            ),
            (
                13,
                "dob ",
                "{dobzzz}",
                ["99aaa99", "9999-aaa-99", "aaa-99-9999"],
                "{dobzzy}",
            ),
            (
                14,
                "dob ",
                "{dobzzzz}",
                ["99/aaa/99", "9aaa9999", "aaa 9 '99"],
                "{dobzzzy}",
            ),
            (
                15,
                "dob ",
                "{dobzzzzz}",
                ["9. aaa 9999", "9aa-aaa-9999", "aaa 9, '99"],
                "{dobzzzzy}",
            ),
            (
                16,
                "dob ",
                "{dobzzzzzz}",
                ["9999.9.9", "999999", "9 aaa '99"],
                "{dobzzzzzy}",
            ),
            (
                17,
                "dob ",
                "{dobzzzzzzz}",
                ["9999 99 99", "9999/9/9", "9-9-99"],
                "{dobzzzzzzy}",
            ),
            (
                18,
                "dob ",
                "{dobzzzzzzzz}",
                ["9999-9-9", "9999/aaa/99", "9999.aaa.99"],
                "{dobzzzzzzzy}",
            ),
            (
                19,
                "dob ",
                "{dobzzzzzzzzz}",
                ["aaa/99/9999", "9999aaa99", "99 - 99 - 9999"],
                "{dobzzzzzzzzy}",
            ),
            (
                20,
                "dob ",
                "{dobzzzzzzzzzz}",
                ["9. 9. 9999", "9aa/9/9999", "aaa999999"],
                "{dobzzzzzzzzzy}",
            ),
            (
                21,
                "dob ",
                "{dobzzzzzzzzzzz}",
                ["9 9 9999", "99.aaa.99", "9 - 9 - 9999"],
                "{dobzzzzzzzzzzy}",
            ),
            (
                22,
                "dob ",
                "{dobzzzzzzzzzzzz}",
                ["aaa/99/99", "aaa. 99 '99", "9999, 99 aaaaa"],
                "{dobzzzzzzzzzzzy}",
            ),
            (
                23,
                "dob ",
                "{dobzzzzzzzzzzzzz}",
                ["9999 - 99 - 99", "aaa.99.9999", "99-aaa-99"],
                "{dobzzzzzzzzzzzzy}",
            ),
            (
                24,
                "dob ",
                "{dobzzzzzzzzzzzzzz}",
                ["9/9-9999", "aaa-99-99", "9 / aaa / 9999"],
                "{dobzzzzzzzzzzzzzy}",
            ),
            (
                25,
                "dob ",
                "{dobzzzzzzzzzzzzzzz}",
                ["99:99:9999", "9999 / 99 / 99", "9 - aaa - 9999"],
                "{dobzzzzzzzzzzzzzzy}",
            ),
            (
                26,
                "dob ",
                "{dobzzzzzzzzzzzzzzzz}",
                ["99 99 99", "9999 aaa. 9", "99/99 9999"],
                "{dobzzzzzzzzzzzzzzzy}",
            ),
            (
                27,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzz}",
                ["99_99_9999", "99.99. 9999", "aaa. 99, 9999"],
                "{dobzzzzzzzzzzzzzzzzy}",
            ),
            (
                28,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzz}",
                ["9999_99_99", "9999:99:99", "99/aaaaa/9999"],
                "{dobzzzzzzzzzzzzzzzzzy}",
            ),
            (
                29,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzz}",
                ["99|99|9999", "9999|99|99", "99.99/9999"],
                "{dobzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                30,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzz}",
                ["99\\99\\9999", "99-99/9999", "99.99-9999"],
                "{dobzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                31,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzz}",
                ["99 / 99 / 99", "99.99 9999", "99,99,9999"],
                "{dobzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                32,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzz}",
                ["99 . 99 . 9999", "99/99.9999", "99-99.9999"],
                "{dobzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                33,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzz}",
                ["99 | 99 | 9999", "99 99/9999", "99 - 99 - 99"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                34,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["99~99~9999", "99 ~ 99 ~ 9999", "99//99//9999"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                35,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["99/ 99/ 9999", "99 . 99 . 99", "99,99,99"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                36,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["99/99 - 9999", "99 , 99 , 9999", "99+99+9999"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                37,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["99aa aa aaa, 9999", "99 aaa - 9999", "99 9 99"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                38,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                [
                    "aaa 99aa aaaaaaaa 9999",
                    "99aa aaaaaaaa aa 9999",
                    "99 aaaaaaaa aa 9999",
                ],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                39,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                [
                    "aaa 99aa aa aaaaaaaa '99",
                    "99aa aa aaaaaaaa 99",
                    "aaa 99aa aa aaa. 9999",
                ],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                40,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["99 aaa ’99", "99aa/99/99", "99/99/’99"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                41,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["99 aa aaaaaaaa, 9999", "aaaaaaaa 99 99", "99 – 99 – 9999"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                42,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["9 / 9 / 99", "aaaaa aa aaaaa 9999", "aaaa aaaaa, 9999"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                43,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["9.9.99", "aaaaaa 99/99/9999", "99aa aa aaaaa 9999"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                44,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["aaa, 99/99/99", "9 9 / 9 9 / 9 9 9 9", "9 9 9 9 9 9 9 9"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                45,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["99 - aa - 9999", "aaa aaaaa 99, 9999", "99aa aaa. '99"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                46,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                [
                    "9 9 / 9 9 / 9 9",
                    "9999, aaaaa aaa 99aa",
                    "9aa aa aaaa. 9999",
                ],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                47,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["9999. 99. 99.", "99/99/9999 99:99", "aaaaaa, 99 aaaa 9999"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                48,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["9999-99-99a99:99:99", "99.99.9999 a.", "99/99/9999 (aaa)"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                49,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                [
                    "9999-99-99a99:99:99.999a",
                    "9999a 99a 99a",
                    "99/99/9999 (aa/aa/aaaa)",
                ],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                50,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["9999-999", "99999", "aa99a9a9a"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                51,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                [
                    "aaaa 99 aaaaa 9 aaa 9999",
                    "-999999999",
                    "9999. aaaaaaa 99.",
                ],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                52,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["99 aa aaaaaa aa 9999", "-9999", "99 aaaaaaa 9999 a."],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                53,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["9999 aaa 99 aaaaa 99", "99/99/9999 a.a.", "9999/99/99 aa"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                54,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                [
                    "9999-a99-9",
                    "aaa, 99 aaa 9999 99:99:99 +9999",
                    "/aaaa(-999999999999)/",
                ],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                55,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                [
                    "99999999999999a",
                    "aaaaaaaa.aaaa(9999, 9, 9)",
                    "9999-aaa 99-aaaaaa",
                ],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                56,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                [
                    "9999-99-99 99:99:99 +9999 aaa",
                    "aaa aaa 99 99:99:99 aaa 9999",
                    "9 aa' aaaaaaaa 9999",
                ],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                57,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                [
                    "9999-99-99 99:99:99.999",
                    "aaa aaa 99 9999",
                    "aaaaaaaa.aaaaaaaa(9999, 9, 9, 9, 9)",
                ],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                58,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                [
                    "9999-99-99 99:99:99+99",
                    "aaa aaa  9 99:99:99 9999",
                    "aa 9999a 9a 99a",
                ],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                59,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                [
                    "aaaaaaaaa('9999-99-99 99:99:99')",
                    "~a[9999-99-99]",
                    "99 aaa aaaaaa 9999",
                ],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                60,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                [
                    "aa.aaaaaaaa99('9999-99-99')",
                    "#aaaa \"9999-99-99a99:99:99.999-99:99\"",
                    "9 aaaaaaa, 9999",
                ],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                61,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                [
                    "#<aaaa: 9999-99-99 ((9999999a,9a,9a),+9a,9999999a)>",
                    "aaaaaaa('9999-99-99a99:99:99.999a')",
                    "aaa aaa  9 99:99:99 aaa 9999",
                ],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                62,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                [
                    "[9] \"9999-99-99 aaa\"",
                    "9999-99-99 99:99:99 +9999",
                    "9999-99-99a99:99",
                ],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                63,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                [
                    "9999-99-99 99:99:99 aaa",
                    "99/99/9999 99:99:99",
                    "99aaa9999",
                ],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                64,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                [
                    "9999-99-99 99:99:99",
                    "99/99/9999, 99:99:99",
                    "999999999999",
                ],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                65,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                [
                    "99 aaa 9999 99:99:99:999",
                    "99-aaa-99 99.99.99.999999 aa",
                    "aaa  9 9999 99:99aa",
                ],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                66,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["99aaa9999", "9999-99-99a99:99:99+99:99", "99/aaa/9999"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                67,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["99-aaa-99", "9999-aaa-99", "99/99/9999 99:99 aa"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                68,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["aaa 99/99/9999", "aaa-99-9999", "99 / 99 / 9999"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                69,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["99·99·9999", "99-99-99", "99.99.99"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                70,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                [
                    "99-99-9999 (aaa)",
                    "aaaaaa 99.99.9999",
                    "99/99/9999 (aaaaaa)",
                ],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                71,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["aaa 99/99/99", "99.99.99 (aaaaaa)", "9/9/99 (aaa)"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                72,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["9999/99/99 (aaa)", "99-99-99 (aaa)", "aaa 99aa aaa 99"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                73,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                [
                    "99.99.9999 aaa",
                    "aaa, aaaaaaaa 99, 9999",
                    "aaa, aaaaaaa 99, 9999",
                ],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                74,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["aaaaaa 99.99.99", "aaa. 9 aaa. 9999", "99/99/9999 aaaaaa"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                75,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["99-aaa-99 (aaaaaa)", "9999.99.99 (aaa)", "9999/9/9 aaa"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                76,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["aaa, 99 aaa 99", "aaa 99 9999 aaa", "aaa. 99-99-9999"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                77,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["99/99/99 aaa", "99-aaa-9999 (aaa)", "9999-99-99 (aaaaaa)"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                78,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["99.99.99 aaa", "aaa, 9999-99-99", "9999 aaa 99 aaa"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                79,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                [
                    "99999999 (aaa)",
                    "9999.99.99 (aaaaaa)",
                    "99/99/9999 - aaaaaa",
                ],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                80,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["aaa 99-aaa-9999", "aaaaaa (9/9/9999)", "9/9/9999, a aaaaaa"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                81,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["aaa 99 aaa '99", "aaa 9 aaa '99", "99.9.9999 [aaaaaa]"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                82,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["99/9/9999 [aaa]", "aaa '99, aaa 9aa", "aaaaaa (9 aaa 9999)"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                83,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["9999 (99 aaa)", "9999 (9 aaa)", "99aa, aaaaaaaa, 9999"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                84,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["99/aaa/'99", "99 aaa/99", "99aa, aaa '99"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                85,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["aaa-99-'99", "9999 – 99 aaa", "aaa 9999, 99aa"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                86,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["99 · aaa · 9999", "aaa/9999, 99", "99aa — aaa 9999"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                87,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["aaa 99, aaaaa 9, aaaa 9999", "99/9 aa 9999", "9999: 99/99"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                88,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["9999 [9/9]", "9.9. aa 9999", "9 / 9 / '99"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                89,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["9999.9999", "9/9 aa '99", "9999 (aaaaa 9) aaa 9"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                90,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["9999, aaaaa 99, aaa 99", "9aa aa 9/9999", "9999 (aaa 99, aaaaa)"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                91,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["aaa 9999, aaa 99", "aaaaa 9, aaa 99, 9999", "9999; aaa 99; aaaaa 9"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                92,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["9999: 99.99", "99.9999, aaa 99", "aaa 99aa aa aaaaa 9, 9999"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                93,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["9999, 99/9", "99 aa aaa 9, 9999", "9 aa 9999, aaa 99"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                94,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["9999 99.99", "99.99 aa 9999", "aaa 99aa aa 9/9999"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                95,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["99 aaa (9999)", "9999 - 99/9", "99/9 ('99)"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                96,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["99/9, 9999", "aaa 99 ('99)", "9/9999 (aaa 99aa)"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                97,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["9999 -- 99/99", "aaa 99aa; 9999", "'99 (99/99)"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                98,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["aaa 99 :: 9999", "(99/9) 9999", "99-9 (9999)"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                99,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["[99/99] 9999", "99-aaa (9999)", "aaa (99) 9999"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                100,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["9999 <aaa 99>", "<99.9.9999>", "(aaa 99) '99"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                101,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["9999 :: 9 :: 99", "[aaa 99] 9999", "99 | aaa | 9999"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                102,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["(99 aaa) 9999", "9999 -> aaa 99", "99 >> aaa >> 9999"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                103,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["99 ** aaa ** 9999", "9999 => 99 => 99", "9999 ++ aaa ++ 99"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                104,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["99 !! 99 !! 9999", "9999 ## 99 ## 99", "99aa ~~ aaa ~~ 9999"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
            (
                105,
                "dob ",
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz}",
                ["99 <- 99 <- 9999", "9999 ?? 99 ?? 99", "9999 || aaa || 99"],
                "{dobzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzy}",
            ),
        ] {
            let mut rng = ChaCha8Rng::seed_from_u64(seed);
            let shapes = date_of_birth_shapes(lead, slot, &mut rng);
            assert!(shapes.len() >= 8, "{slot}: {}", shapes.len());
            for shape in exact {
                assert!(shapes.contains(shape), "{slot}: {shape}");
            }
            let f = fill(not_a_slot, &pool(), &mut rng);
            assert!(f.spans.iter().all(|m| m.label != "DATE_OF_BIRTH"));
        }
    }

    #[test]
    fn nhs_numbers_pass_modulus_11() {
        let mut rng = ChaCha8Rng::seed_from_u64(2);
        for _ in 0..50 {
            let digits: Vec<u32> = nhs_number(&mut rng)
                .chars()
                .filter_map(|c| c.to_digit(10))
                .collect();
            let sum: u32 = digits[..9]
                .iter()
                .enumerate()
                .map(|(i, d)| d * (10 - i as u32))
                .sum();
            assert_eq!((11 - sum % 11) % 11, digits[9]);
        }
    }

    #[test]
    fn small_letter_names_are_marked_in_small_letters() {
        let mut rng = ChaCha8Rng::seed_from_u64(4);
        let f = fill("Thanks to {lfirst} {llast} and {first}.", &pool(), &mut rng);
        let marked: Vec<&str> = f.spans.iter().map(|m| &f.text[m.start..m.end]).collect();
        assert_eq!(marked, vec!["zanele", "okoro", "Zanele"]);
        assert!(f.spans.iter().all(|m| m.label == "PERSON"));
    }

    #[test]
    fn capital_letter_names_are_marked_in_capitals() {
        let mut rng = ChaCha8Rng::seed_from_u64(5);
        let f = fill("ASK FOR {ufirst} {ulast}, not {first}.", &pool(), &mut rng);
        let marked: Vec<&str> = f.spans.iter().map(|m| &f.text[m.start..m.end]).collect();
        assert_eq!(marked, vec!["ZANELE", "OKORO", "Zanele"]);
        assert!(f.text.starts_with("ASK FOR ZANELE OKORO, not"));
    }

    #[test]
    fn dates_of_birth_ni_and_hospital_numbers_are_marked_with_their_kinds() {
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        for _ in 0..20 {
            let f = fill(
                "DOB {dob}, NI {nino}, hospital no {mrn}.",
                &pool(),
                &mut rng,
            );
            let kinds: Vec<&str> = f.spans.iter().map(|m| m.label).collect();
            assert_eq!(kinds, vec!["DATE_OF_BIRTH", "UK_NINO", "HOSPITAL_NUMBER"]);
            let nino: String = f.text[f.spans[1].start..f.spans[1].end]
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            assert_eq!(nino.len(), 9);
            assert!(nino[2..8].chars().all(|c| c.is_ascii_digit()));
            assert!(matches!(nino.chars().last(), Some('A'..='D')));
            let mrn = &f.text[f.spans[2].start..f.spans[2].end];
            assert!(mrn.ends_with(|c: char| c.is_ascii_digit()));
            assert!(f.text[f.spans[0].start..f.spans[0].end].contains(char::is_numeric));
        }
    }

    #[test]
    fn kinded_look_alikes_are_marked_with_their_kind() {
        let mut rng = ChaCha8Rng::seed_from_u64(8);
        for _ in 0..30 {
            let f = fill(
                "On <WARD:Ward 7>, <BED:*> at <TIME:*>, {first} said <RATING:*>.",
                &pool(),
                &mut rng,
            );
            let kinds: Vec<&str> = f.decoys.iter().map(|m| m.label).collect();
            assert_eq!(kinds, vec!["WARD", "BED", "TIME", "RATING"]);
            assert_eq!(&f.text[f.decoys[0].start..f.decoys[0].end], "Ward 7");
            for m in &f.decoys[1..] {
                let value = &f.text[m.start..m.end];
                assert!(value.contains(|c: char| c.is_ascii_digit()), "{value}");
                assert!(!value.contains('*'));
            }
            assert_eq!(f.spans.len(), 1);
            assert!(!f.text.contains('<') && !f.text.contains("WARD"));
        }
    }

    #[test]
    fn an_unknown_kind_is_a_plain_look_alike() {
        let mut rng = ChaCha8Rng::seed_from_u64(9);
        let f = fill("Ask <Sister Act: the musical>.", &pool(), &mut rng);
        assert_eq!(f.decoys.len(), 1);
        assert_eq!(f.decoys[0].label, "LOOKALIKE");
        assert_eq!(
            &f.text[f.decoys[0].start..f.decoys[0].end],
            "Sister Act: the musical"
        );
        assert!(kinded_decoy("ward:Ward 7").is_none());
        assert_eq!(kinded_decoy("DOSE:5 mg"), Some(("DOSE", "5 mg")));
    }

    #[test]
    fn every_decoy_kind_draws_a_value() {
        let mut rng = ChaCha8Rng::seed_from_u64(10);
        for kind in DECOY_KINDS {
            let value = decoy_value(kind, &mut rng);
            assert!(
                !value.is_empty() && value.contains(|c: char| c.is_ascii_digit()),
                "{kind}"
            );
        }
    }

    #[test]
    fn roles_opening_a_sentence_are_capitalised() {
        let mut rng = ChaCha8Rng::seed_from_u64(3);
        let f = fill("{roles} {first} came", &pool(), &mut rng);
        assert!(f.text.chars().next().is_some_and(char::is_uppercase));
        assert_eq!(f.spans.len(), 1);
    }
}
