//! Dates of birth as people from elsewhere write them: month names of other languages
//! ("3 mai 1961", "3 de mayo de 1961", "3. März 1961", "3 Mehefin 1961"), the East Asian
//! year-month-day ("1961年5月3日", "1961년 5월 3일") and digits of other scripts
//! ("０３/０５/１９６１", "٠٣/٠٥/١٩٦١"). Patients and relatives whose first language is not
//! English write their dates so, and forms filled in on other keyboards print them so.
//!
//! Read only right after a cue (`date_of_birth`): a month name of another language may
//! be an English word or a name elsewhere ("mart", "mai", "ago"), and a date alone is
//! never a date of birth.

/// Month names and their common short forms in the languages of the Latin script NHS
/// patients most often write besides English (French, Spanish, Portuguese, Catalan, Italian,
/// German, Dutch, the Nordic languages, Polish and Czech in the genitive their dates
/// take, Romanian, Hungarian, Finnish, Turkish, Indonesian and Malay, Welsh and Irish,
/// whose September and October are two words, "Meán Fómhair"), each with and without
/// its marks ("août" and "aout"), as keyboards without them write. English names are
/// left to `MONTH`; the months of other scripts are [`MONTH_OF_OTHER_SCRIPTS`].
pub(crate) const MONTH_ABROAD: &str = concat!(
    r"(?:",
    // French.
    r"janvier|janv|f[ée]vrier|f[ée]vr|mars|avril|avr|mai|juin|juillet|juil|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|d[ée]c|",
    // Spanish, Portuguese, Italian.
    r"enero|ene|febrero|marzo|abril|abr|mayo|junio|julio|agosto|ago|se[pt]?tiembre|octubre|noviembre|diciembre|dic|",
    r"janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro|",
    // Catalan, with "d'" before a month that opens on a vowel ("3 d'abril de 1956").
    r"gener|febrer|mar[çc]|maig|juny|juliol|agost|setembre|desembre|d['\x{2019}](?:abril|agost|octubre)|",
    r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|",
    // German, Dutch, the Nordic languages.
    r"januar|j[äa]e?nner|februar|m[äa]e?rz|m[äa]r|juni|juli|oktober|okt|dezember|dez|",
    r"januari|februari|maart|mrt|mei|augustus|",
    r"marts|maj|augusti|desember|",
    // Polish and Czech, in the genitive of a date.
    r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[śs]nia|pa[źz]dziernika|listopada|grudnia|",
    r"ledna|[úu]nora|b[řr]ezna|dubna|kv[ěe]tna|[čc]ervna|[čc]ervence|srpna|z[áa][řr][íi]|[řr][íi]jna|listopadu|prosince|",
    // Romanian, Hungarian, Finnish.
    r"ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|",
    r"janu[áa]r|febru[áa]r|m[áa]rcius|[áa]prilis|m[áa]jus|j[úu]nius|j[úu]lius|augusztus|szeptember|okt[óo]ber|",
    r"tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kes[äa]kuuta|hein[äa]kuuta|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta|",
    // Turkish, Indonesian and Malay.
    r"ocak|[şs]ubat|mart|nisan|may[ıi]s|haziran|temmuz|a[ğg]ustos|eyl[üu]l|ekim|kas[ıi]m|aral[ıi]k|",
    r"maret|agustus|mac|julai|ogos|disember|",
    // Welsh and Irish.
    r"ionawr|chwefror|mawrth|ebrill|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr|",
    r"ean[áa]ir|feabhra|m[áa]rta|aibre[áa]n|bealtaine|meitheamh|i[úu]il|l[úu]nasa|me[áa]n[ \t]+f[óo]mhair|deireadh[ \t]+f[óo]mhair|samhain|nollaig",
    r")\.?"
);

/// The months of more languages of the Latin script, as a date of birth names them:
/// Croatian in the genitive of a date, Serbian and Bosnian, Slovene, Slovak in the
/// genitive, Estonian, Icelandic, Albanian, Maltese, Afrikaans, Swahili, Somali, Tagalog,
/// Galician, Russian (in the genitive) and Uzbek in Latin letters, Malagasy, Maori,
/// Hawaiian, Cornish (after "mis", month), Scottish Gaelic, and the Indian national (Saka)
/// calendar's. Kept out of
/// [`MONTH_ABROAD`], whose patterns run on every comment with a cue (in them these names
/// cost 3.4% of the instructions on the bench's comments): read in the order day, month,
/// year only, by [`other_script_date`], in a comment where one of them stands (looked
/// for with no word boundary: a name beyond ASCII has none, and a false find only runs
/// those patterns for nothing).
pub(crate) const MONTH_ABROAD_MORE: &str = concat!(
    r"(?:",
    r"sije[čc]nja|velja[čc]e|o[žz]ujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|studenoga?|prosinca|",
    r"avgust|septembar|oktobar|novembar|decembar|marec|junij|julij|",
    r"janu[áa]ra|febru[áa]ra|apr[íi]la|m[áa]ja|j[úu]na|j[úu]la|augusta|septembra|okt[óo]bra|novembra|decembra|",
    r"jaanuar|veebruar|m[äa]rts|aprill|juuni|juuli|oktoober|detsember|",
    r"jan[úu]ar|febr[úu]ar|apr[íi]l|ma[íi]|j[úu]n[íi]|j[úu]l[íi]|[áa]g[úu]st|n[óo]vember|",
    // Albanian, Maltese, Afrikaans, Swahili, Somali, Tagalog, Galician.
    r"janar|shkurt|prill|qershor|korrik|gusht|shtator|tetor|n[ëe]ntor|dhjetor|",
    r"jannar|frar|marzu|mejju|[ġg]unju|lulju|awwissu|settembru|ottubru|novembru|di[ċc]embru|",
    r"januarie|junie|julie|",
    r"machi|aprili|agosti|septemba|oktoba|novemba|desemba|",
    r"janaayo|febraayo|maarso|abriil|juun|luuliyo|agoosto|sebtembar|oktoobar|nofembar|desembar|",
    r"pebrero|marso|hunyo|hulyo|setyembre|oktubre|nobyembre|disyembre|",
    r"xaneiro|febreiro|xu[ñn]o|xullo|decembro|",
    // Russian (in the genitive of a date) and Uzbek in Latin letters.
    r"yanvarya|fevralya|marta|aprelya|maya|iyunya|iyulya|avgusta|sentyabrya|oktyabrya|noyabrya|dekabrya|",
    r"yanvar|fevral|aprel|iyun|iyul|avqust|sentyabr|sentabr|oktyabr|oktabr|noyabr|dekabr|",
    // Malagasy.
    r"janoary|febroary|martsa|aprily|jona|jolay|aogositra|septambra|oktobra|novambra|desambra|",
    // Maori, with and without its long vowels' marks (its May is "Mei", in [`MONTH_ABROAD`]).
    r"h[āa]nuere|p[ēe]puere|m[āa]ehe|[āa]perira|hune|h[ūu]rae|[āa]kuhata|hepetema|oketopa|noema|t[īi]hema|",
    // Hawaiian, with its ʻokina, an apostrophe for it, or none.
    r"ianuali|pepeluali|malaki|['\x{2BB}\x{2018}]?apelila|iune|iulai|['\x{2BB}\x{2018}]?aukake|kepakemapa|['\x{2BB}\x{2018}]?okakopa|nowemapa|kekemapa|",
    // Cornish, after "mis" (month): "3 mis Gwynngala 1956".
    r"mis[ \t]+(?:genver|hwevrer|meurth|ebrel|me|metheven|gortheren|est|gwynngala|hedra|du|kevardhu)|",
    // Scottish Gaelic, as a date gives them after "dhen" (of the): "3mh dhen t-Sultain".
    r"fhaoilleach|ghearran|mh[àa]rt|ghiblean|ch[èe]itean|[òo]gmhios|iuchar|l[ùu]nastal|t-sultain|d[àa]mhair|t-samhain|d[ùu]bhlachd|",
    // The months of India's national (Saka) calendar, as the Gazette of India spells them,
    // and their other common spellings ("Bhadra 12, 1878 (Saka)").
    r"chaitra|vaisakha|vaishakha|jyaistha|jyeshtha|asadha|ashadha|sravana|shravana|bhadra|asvina|ashvina|kartika|agrahayana|pausa|pausha|magha|phalguna",
    r")"
);

/// The months Tagalog takes from Spanish unchanged, written first in a Filipino date
/// ("Enero 4, 1964"); its others are in [`MONTH_ABROAD_MORE`].
const TAGALOG_MONTH_OF_SPAIN: &str = "(?:enero|abril|mayo|agosto)";

/// The name of the Indian national calendar's era after its date, as the Gazette of India
/// writes it ("Bhadra 12, 1878 (Saka)"; "Saka Era", "Śaka").
const SAKA_ERA: &str = r"(?:saka|śaka)(?:[ \t]+era)?";

/// The months of India's national (Saka) calendar as [`MONTH_ABROAD_MORE`] holds them, in
/// small letters: a date with one of them has a year of the Saka era, 78 behind the
/// Christian year (79 in Magha and Phalguna, which fall after the Christian new year).
pub(crate) const SAKA_MONTHS: &[&str] = &[
    "chaitra",
    "vaisakha",
    "vaishakha",
    "jyaistha",
    "jyeshtha",
    "asadha",
    "ashadha",
    "sravana",
    "shravana",
    "bhadra",
    "asvina",
    "ashvina",
    "kartika",
    "agrahayana",
    "pausa",
    "pausha",
    "magha",
    "phalguna",
];

/// The months of Basque in the genitive a date gives them, read in Basque's own order:
/// the year with "-ko", the month and the day with "-a" ("1956ko irailaren 3a", 3
/// September 1956); a comment of ASCII is searched for it when a year has "-ko" after it
/// ([`may_hold_a_date_with_a_year_word`]).
const BASQUE_MONTH: &str = r"(?:urtarrilaren|otsailaren|martxoaren|apirilaren|maiatzaren|ekainaren|uztailaren|abuztuaren|irailaren|urriaren|azaroaren|abenduaren)";

/// The months of other scripts, as a date of birth names them: Russian, Ukrainian and
/// Greek in the genitive of a date, Bulgarian, Macedonian, Serbian, Belarusian, Kazakh,
/// Armenian, Georgian, Amharic (and the Ethiopian calendar's), Arabic in its two sets of
/// names (of Egypt and the Gulf, then of the Levant and Iraq), Urdu, Thai in full and
/// short ("ก.ย.", September), Hindi, Bengali, Punjabi, Gujarati, Tamil, Malayalam,
/// Telugu, Lao, Sinhala, Nepal's calendar, Hebrew and the Iranian calendar's; Greek with and
/// without its accents.
/// Kept out of [`MONTH_ABROAD`], which the patterns run on every comment with a cue
/// hold: these are read only in a comment with characters beyond ASCII
/// ([`other_script_date`]).
const MONTH_OF_OTHER_SCRIPTS: &str = concat!(
    r"(?:",
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|",
    r"січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|",
    // Bulgarian and Macedonian, Serbian, Belarusian in the genitive, Kazakh.
    r"януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|декември|",
    r"јануари|мај|јуни|јули|",
    r"јануар|фебруар|јун|јул|септембар|октобар|новембар|децембар|",
    r"студзеня|лютага|сакавіка|красавіка|чэрвеня|ліпеня|жніўня|верасня|кастрычніка|лістапада|снежня|",
    r"қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|",
    // Armenian in the genitive, Georgian, Amharic (the Gregorian months, then the
    // Ethiopian calendar's, as an Ethiopian or Eritrean document dates a birth).
    r"հունվարի|փետրվարի|մարտի|ապրիլի|մայիսի|հունիսի|հուլիսի|օգոստոսի|սեպտեմբերի|հոկտեմբերի|նոյեմբերի|դեկտեմբերի|",
    // Georgian in the nominative or the dative a sentence gives it ("3 სექტემბერს").
    r"(?:იანვარ|თებერვალ|მარტ|აპრილ|მაის|ივნის|ივლის|სექტემბერ|ოქტომბერ|ნოემბერ|დეკემბერ)[ის]|აგვისტოს?|",
    r"ጃንዋሪ|ፌብሩዋሪ|ማርች|ኤፕሪል|ሜይ|ጁን|ጁላይ|ኦገስት|ሴፕቴምበር|ኦክቶበር|ኖቬምበር|ዲሴምበር|",
    r"መስከረም|ጥቅምት|ኅዳር|ህዳር|ታኅሣሥ|ታህሳስ|ጥር|የካቲት|መጋቢት|ሚያዝያ|ግንቦት|ሰኔ|ሐምሌ|ሃምሌ|ነሐሴ|ነሃሴ|ጳጉሜ|",
    r"ιανουαρ[ίι]ου|φεβρουαρ[ίι]ου|μαρτ[ίι]ου|απριλ[ίι]ου|μα[ΐϊι]ου|ιουν[ίι]ου|ιουλ[ίι]ου|",
    r"αυγο[ύυ]στου|σεπτεμβρ[ίι]ου|οκτωβρ[ίι]ου|νοεμβρ[ίι]ου|δεκεμβρ[ίι]ου|",
    r"يناير|فبراير|مارس|[أا]بريل|مايو|يونيو|يوليو|[أا]غسطس|سبتمبر|[أا]كتوبر|نوفمبر|ديسمبر|",
    r"كانون[ \t]+الثاني|شباط|[آا]ذار|نيسان|[أا]يار|حزيران|تموز|[آا]ب|[أا]يلول|تشرين[ \t]+الأول|تشرين[ \t]+الثاني|كانون[ \t]+الأول|",
    r"جنوری|فروری|مارچ|اپریل|مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر|",
    r"มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|",
    r"ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.|",
    // Hindi (with and without the nukta), Bengali, Punjabi in Gurmukhi, Gujarati, Tamil.
    r"जनवरी|फ़?रवरी|\x{095E}रवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर|",
    r"জানুয়ারি|জানুয়ারী|ফেব্রুয়ারি|ফেব্রুয়ারী|জানু\x{09DF}ারি|জানু\x{09DF}ারী|ফেব্রু\x{09DF}ারি|ফেব্রু\x{09DF}ারী|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর|",
    r"ਜਨਵਰੀ|ਫ਼ਰਵਰੀ|ਫਰਵਰੀ|ਮਾਰਚ|ਅਪ੍ਰੈਲ|ਮਈ|ਜੂਨ|ਜੁਲਾਈ|ਅਗਸਤ|ਸਤੰਬਰ|ਅਕਤੂਬਰ|ਨਵੰਬਰ|ਦਸੰਬਰ|",
    r"જાન્યુઆરી|ફેબ્રુઆરી|માર્ચ|એપ્રિલ|મે|જૂન|જુલાઈ|ઑગસ્ટ|ઓગસ્ટ|સપ્ટેમ્બર|ઑક્ટોબર|ઓક્ટોબર|નવેમ્બર|ડિસેમ્બર|",
    r"ஜனவரி|பிப்ரவரி|மார்ச்|ஏப்ரல்|மே|ஜூன்|ஜூலை|ஆகஸ்ட்|செப்டம்பர்|அக்டோபர்|நவம்பர்|டிசம்பர்|",
    // Malayalam, Telugu, Sinhala; the months of Nepal's calendar (Bikram Sambat).
    r"ജനുവരി|ഫെബ്രുവരി|മാർച്ച്|ഏപ്രിൽ|മേയ്|ജൂൺ|ജൂലൈ|ഓഗസ്റ്റ്|സെപ്റ്റംബർ|ഒക്ടോബർ|ഒക്\x{200C}ടോബർ|നവംബർ|ഡിസംബർ|",
    r"జనవరి|ఫిబ్రవరి|మార్చి|ఏప్రిల్|మే|జూన్|జూలై|జులై|ఆగస్టు|సెప్టెంబర్|అక్టోబర్|నవంబర్|డిసెంబర్|",
    // Lao.
    r"ມັງກອນ|ກຸມພາ|ມີນາ|ເມສາ|ພຶດສະພາ|ມິຖຸນາ|ກໍລະກົດ|ສິງຫາ|ກັນຍາ|ຕຸລາ|ພະຈິກ|ທັນວາ|",
    r"ජනවාරි|පෙබරවාරි|මාර්තු|අප්‍රේල්|අප්රේල්|මැයි|ජූනි|ජූලි|අගෝස්තු|සැප්තැම්බර්|ඔක්තෝබර්|නොවැම්බර්|දෙසැම්බර්|",
    r"बैशाख|वैशाख|जेठ|जेष्ठ|असार|साउन|श्रावण|भदौ|असोज|कात्तिक|कार्तिक|मंसिर|पुस|पौष|माघ|फागुन|चैत|",
    // Hebrew, perhaps with "in" before it as a date writes it ("3 בספטמבר 1956").
    r"ב?(?:ינואר|פברואר|מרץ|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר)|",
    // The months of the Iranian (Solar Hijri) calendar, as an Iranian or Afghan birth
    // certificate names them ("12 شهریور 1335").
    r"فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند",
    r")"
);

/// The mark of the Buddhist era before a Thai year ("พ.ศ. 2499", 1956).
const BUDDHIST_ERA: &str = r"(?:พ\.[ \t]?ศ\.[ \t]*)?";

/// A number in Chinese numerals as a date writes its year digit by digit ("一九五六")
/// or its month and day in tens ("九", "十二", "二十三").
const CHINESE_DIGIT: &str = "[〇零一二三四五六七八九十]";

/// A digit of any script patients type in: ASCII, full-width (East Asian keyboards),
/// Arabic-Indic, Persian, Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu,
/// Kannada, Malayalam, Thai, Lao, Tibetan, Burmese, Khmer and Mongolian.
const ANY_DIGIT: &str = r"[0-9\x{FF10}-\x{FF19}\x{0660}-\x{0669}\x{06F0}-\x{06F9}\x{0966}-\x{096F}\x{09E6}-\x{09EF}\x{0A66}-\x{0A6F}\x{0AE6}-\x{0AEF}\x{0B66}-\x{0B6F}\x{0BE6}-\x{0BEF}\x{0C66}-\x{0C6F}\x{0CE6}-\x{0CEF}\x{0D66}-\x{0D6F}\x{0E50}-\x{0E59}\x{0ED0}-\x{0ED9}\x{0F20}-\x{0F29}\x{1040}-\x{1049}\x{17E0}-\x{17E9}\x{1810}-\x{1819}]";

/// What stands between the parts of a date written in such digits: a slash, stop or
/// hyphen, their full-width forms, the Arabic comma and date marks, the ideographic comma.
const ANY_DATE_MARK: &str = r"[/.\-\x{FF0F}\x{FF0E}\x{FF0D}\x{30FC}\x{2010}-\x{2015}\x{060C}\x{066B}\x{066C}\x{3001}\x{30FB}]";

/// A date of the Japanese calendar in Latin letters, as a Japanese form, residence card
/// or insurance card writes a date of birth: the era's initial in a capital (Meiji,
/// Taisho, Showa, Heisei, Reiwa), or the era's name spelt out, the year of the era, the
/// month and the day between stops, slashes or hyphens ("S31.9.3", "H2/11/27", "Showa
/// 31.9.3"). Read only right after a cue: alone it may be a part, a seat or a reference
/// ("H2.3.1 on the fire plan"). The initial with a stop after it ("S.2.1.4") is as often
/// a section's number ("Birth: S.2.1.4 of the policy"), and is left.
pub(crate) const JAPANESE_ERA_DATE: &str = concat!(
    r"(?:(?-i:[MTSHR])|(?i:meiji|taish[oō]|sh[oō]wa|heisei|reiwa)[ \t]?)",
    r"(?:6[0-4]|[1-5]\d|0?[1-9])[./-](?:1[0-2]|0?[1-9])[./-](?:3[01]|[12]\d|0?[1-9])"
);

/// The eras of the Japanese calendar in kanji (Meiji, Taisho, Showa, Heisei, Reiwa), as
/// a date of birth in Japanese opens: "昭和31年9月3日", "平成元年1月8日" (元, the first
/// year).
const JAPANESE_ERA_NAME: &str = "(?:明治|大正|昭和|平成|令和)";

/// The name of the Republic of China's calendar, as a Taiwanese identity card opens a
/// date of birth ("民國45年09月03日"; "中華民國", and "民国" in simplified characters).
const MINGUO: &str = "(?:中華|中华)?民[國国]";

/// The months of Lithuanian in the genitive a date gives them ("rugsėjo", September),
/// with and without their marks.
const LITHUANIAN_MONTH: &str = r"(?:sausio|vasario|kovo|baland[žz]io|gegu[žz][ėe]s|bir[žz]elio|liepos|rugpj[ūu][čc]io|rugs[ėe]jo|spalio|lapkri[čc]io|gruod[žz]io)";

/// The months of Latvian, as a date names them ("septembris", or "septembrī", in
/// September), with and without their marks.
const LATVIAN_MONTH: &str = r"(?:janv[āa]r(?:is|[īi])|febru[āa]r(?:is|[īi])|mart(?:s|[āa])|apr[īi]l(?:is|[īi])|maij(?:s|[āa])|j[ūu]nij(?:s|[āa])|j[ūu]lij(?:s|[āa])|august(?:s|[āa])|septembr(?:is|[īi])|oktobr(?:is|[īi])|novembr(?:is|[īi])|decembr(?:is|[īi]))";

/// The word for "year" after the year that opens a date written year, day, month:
/// Georgian "წლის" (of the year), Kazakh "жылғы" or "жылы" (Kyrgyz "жылы" too), Uzbek in
/// Cyrillic "йил" and in Latin letters "yil" after a hyphen or a space ("1956 წლის 3
/// სექტემბერი", "1956 жылғы 3 қыркүйек", "1956-yil 3-sentabr"), as a passport, an
/// identity card or a birth certificate of Georgia or Central Asia dates a birth.
const YEAR_WORD: &str = r"(?:[ \t]+(?:წლის|жылғы|жылы|йил)|[ \t]*-?[ \t]*yil)";

/// The months of the languages that write a date year, day, month after a [`YEAR_WORD`]:
/// Georgian (in the nominative or the dative), Kazakh, and Uzbek in Latin letters and in
/// Cyrillic ("sentabr", "сентябрь"). Read only after a year, its word and a day: alone,
/// "mart" or "may" is a word of English or Turkish. Kept to these languages' months (not
/// every month of [`MONTH_OF_OTHER_SCRIPTS`] again), so the pattern stays small.
const YEAR_WORD_MONTH: &str = concat!(
    r"(?:",
    r"(?:იანვარ|თებერვალ|მარტ|აპრილ|მაის|ივნის|ივლის|სექტემბერ|ოქტომბერ|ნოემბერ|დეკემბერ)[ის]|აგვისტოს?|",
    r"қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|",
    r"yanvar|fevral|mart|aprel|may|iyun|iyul|avgust|sentabr|sentyabr|oktabr|oktyabr|noyabr|dekabr|",
    r"(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)ь?|март|май|август",
    r")"
);

/// A full date in other scripts or in an order of its own: the East Asian
/// year-month-day with its marks (年月日 or 년월일), the year perhaps of a Japanese era
/// ([`JAPANESE_ERA_NAME`]) or of the Republic of China's calendar, the Christian year
/// less 1911 ([`MINGUO`]), its numbers in digits or Chinese numerals ("昭和三十一年九月三日"); day-month-year or year-month-day in digits of any script; the
/// Lithuanian year, month and day with their marks ("1956 m. rugsėjo 3 d.") and the
/// Latvian year, day and month ("1956. gada 3. septembrī"); the year, its word and the
/// day and month of Georgian, Kazakh and Uzbek ("1956 წლის 3 სექტემბერი", "1956 жылғы 3
/// қыркүйек", "1956-yil 3-sentabr", [`YEAR_WORD`]), read, as all of these, only in a
/// comment with a character beyond ASCII, a year's word after a year
/// ([`may_hold_a_date_with_a_year_word`]) or a month of [`MONTH_ABROAD_MORE`]; the day, a month of another script
/// ([`MONTH_OF_OTHER_SCRIPTS`]) and the year ("3 сентября 1956", "٣ سبتمبر ١٩٥٦", "3η
/// Σεπτεμβρίου 1956" with the Greek ordinal's ending, "3ης" too, "3 ก.ย. พ.ศ. 2499" with
/// the Thai Buddhist era's mark, the Maltese "ta'" (of) after the day, "3 ta' Settembru
/// 1956", the Scottish Gaelic ordinal's ending ("mh", "d", "na", "s") and "dhen" (of the),
/// "3mh dhen t-Sultain 1956", and the
/// Arabic comma after an Urdu month, "3 ستمبر، 1956"); a month of [`MONTH_ABROAD_MORE`]
/// first, as Tagalog and the Gazette of India's Saka dates write it ("Setyembre 3, 1956",
/// "Enero 4, 1964", "Bhadra 12, 1878 (Saka)", the era's name after it taken in); the Vietnamese day, month and year ("ngày 3 tháng 9 năm
/// 1956"); the Mongolian year, month and day with their words ("1956 оны 09 сарын 03",
/// "1956 оны 9 дүгээр сарын 3-ны өдөр"); and the year, month and day in Chinese numerals
/// ("一九五六年九月三日", or 号 for the day), the Korean year perhaps of the Dangi era
/// ("단기 4289년 9월 3일", the Christian year and 2,333); and Basque's year, month and day ("1956ko
/// irailaren 3a", [`BASQUE_MONTH`]).
pub(crate) fn other_script_date() -> String {
    let d = ANY_DIGIT;
    let m = ANY_DATE_MARK;
    format!(
        r"(?:{d}{{1,2}}(?:\.|ης|η|mh|d|na|s)?(?:[ \t]+(?:ta['\x{{2019}}]|dh?en))?[ \t]+(?:{MONTH_OF_OTHER_SCRIPTS}|{MONTH_ABROAD_MORE})(?:[ \t]+ماه)?[,\x{{060C}}]?[ \t]+{BUDDHIST_ERA}{d}{{4}}|(?:{MONTH_ABROAD_MORE}|{TAGALOG_MONTH_OF_SPAIN})[ \t]+{d}{{1,2}},?[ \t]+{d}{{4}}(?:[ \t]*\({SAKA_ERA}\)|[ \t]+{SAKA_ERA}\b)?|(?:ngày[ \t]+)?{d}{{1,2}}[ \t]+tháng[ \t]+{d}{{1,2}},?[ \t]+năm[ \t]+{d}{{4}}|{d}{{4}}[ \t]*оны[ \t]+{d}{{1,2}}(?:[ \t]*-?[ \t]*(?:р|дугаар|дүгээр))?[ \t]+сарын[ \t]+{d}{{1,2}}(?:-?(?:ны|ний|нд))?(?:[ \t]+өдөр)?|{CHINESE_DIGIT}{{4}}[ \t]*年[ \t]*{CHINESE_DIGIT}{{1,2}}[ \t]*月[ \t]*{CHINESE_DIGIT}{{1,3}}[ \t]*[日号號]|{d}{{4}}[ \t]*m\.?[ \t]+{LITHUANIAN_MONTH}[ \t]+{d}{{1,2}}[ \t]*d(?:\.|\b)|{d}{{4}}\.?[ \t]*g(?:ada|\.)[ \t]+{d}{{1,2}}\.[ \t]*{LATVIAN_MONTH}|{d}{{4}}{YEAR_WORD}[ \t]+{d}{{1,2}}(?:-|[ \t]+){YEAR_WORD_MONTH}|(?:{JAPANESE_ERA_NAME}[ \t]*(?:{d}{{1,2}}|{CHINESE_DIGIT}{{1,3}}|元)|{MINGUO}[ \t]*(?:{d}{{1,3}}|{CHINESE_DIGIT}{{1,4}}|元))[ \t]*年[ \t]*(?:{d}{{1,2}}|{CHINESE_DIGIT}{{1,2}})[ \t]*月[ \t]*(?:{d}{{1,2}}|{CHINESE_DIGIT}{{1,3}})(?:[ \t]*日)?|(?:단기[ \t]*)?{d}{{2,4}}[ \t]*[年년][ \t]*{d}{{1,2}}[ \t]*[月월][ \t]*{d}{{1,2}}(?:[ \t]*[日일])?|{d}{{4}}{m}{d}{{1,2}}{m}{d}{{1,2}}|{d}{{1,2}}{m}{d}{{1,2}}{m}{d}{{2,4}}|{d}{{4}}[ \t]+{MONTH_OF_OTHER_SCRIPTS}[ \t]+{d}{{1,2}}|{d}{{4}}ko[ \t]+{BASQUE_MONTH}[ \t]+{d}{{1,2}}(?:ean|an|a))"
    )
}

/// The tens of a year in words, each ending in "ty": "sixty-one", "nineteen forty".
const TENS: [&[u8]; 8] = [
    b"twen", b"thir", b"for", b"fif", b"six", b"seven", b"eigh", b"nine",
];

/// Whether a word of tens ("twenty" to "ninety", any case) ends at byte `y` (its "y").
fn tens_word_ends_at(bytes: &[u8], y: usize) -> bool {
    if y < 1 || !bytes[y - 1].eq_ignore_ascii_case(&b't') {
        return false;
    }
    let stem_end = y - 1;
    let ends_word = bytes.get(y + 1).is_none_or(|b| !b.is_ascii_alphabetic());
    ends_word
        && TENS.iter().any(|stem| {
            stem_end >= stem.len()
                && bytes[stem_end - stem.len()..stem_end].eq_ignore_ascii_case(stem)
                && (stem_end == stem.len()
                    || !bytes[stem_end - stem.len() - 1].is_ascii_alphabetic())
        })
}

/// Whether a comment of ASCII alone may hold a date with a word for "year" after its
/// year, which [`other_script_date`] reads: a Lithuanian or Latvian date typed without
/// its marks ("1956 m. kovo 3 d.", "1956. gada 3. septembris") or an Uzbek one in Latin
/// letters ("1956-yil 3-mart"), or a Basque one ("1956ko irailaren 3a"). A four-digit
/// year, perhaps a stop, a hyphen and spaces, then the year's word ("m", "g", "gada",
/// "yil", "ko", in either case); "m" and "g" with a stop, a space or a tab after them,
/// "ko" with a space or a tab. Most comments hold none, and those patterns are then not
/// run.
pub(crate) fn may_hold_a_date_with_a_year_word(text: &str) -> bool {
    let bytes = text.as_bytes();
    let year_before = |at: usize| {
        let before = text[..at].trim_end_matches([' ', '\t']);
        let before = before.strip_suffix(['.', '-']).unwrap_or(before);
        let before = before.trim_end_matches([' ', '\t']);
        let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        digits == 4
    };
    let year_word_ends = |at: usize| {
        let after = &bytes[at + 1..];
        after.starts_with(b".")
            || after.starts_with(b" ")
            || after.starts_with(b"\t")
            || after.len() >= 3 && after[..3].eq_ignore_ascii_case(b"ada")
    };
    let uzbek_year_word = |at: usize| {
        let after = &bytes[at + 1..];
        after.len() >= 2 && after[..2].eq_ignore_ascii_case(b"il")
    };
    // Basque's "-ko" after the year ("1956ko irailaren 3a").
    let basque_year_ending = |at: usize| {
        let after = &bytes[at + 1..];
        after.len() >= 2 && after[0].eq_ignore_ascii_case(&b'o') && matches!(after[1], b' ' | b'\t')
    };
    bytes.iter().enumerate().any(|(at, &b)| {
        let year_word = match b {
            b'm' | b'M' | b'g' | b'G' => year_word_ends(at),
            b'y' | b'Y' => uzbek_year_word(at),
            b'k' | b'K' => basque_year_ending(at),
            _ => false,
        };
        year_word && year_before(at)
    })
}

/// Whether a comment with no ASCII digit may still hold a date of birth: in another
/// script's digits or marks (any character beyond ASCII), or with its year in words
/// ("nineteen", "thousand", or tens: "the third of May, sixty-one"). Most comments hold
/// none of these, and the date patterns are then not run.
pub(crate) fn may_hold_a_date_without_ascii_digits(text: &str) -> bool {
    let bytes = text.as_bytes();
    !text.is_ascii()
        || memchr::memchr2_iter(b'y', b'Y', bytes).any(|y| tens_word_ends_at(bytes, y))
        || memchr::memchr2_iter(b'n', b'N', bytes)
            .any(|i| bytes[i..].len() >= 8 && bytes[i..i + 8].eq_ignore_ascii_case(b"nineteen"))
        || memchr::memchr2_iter(b'h', b'H', bytes).any(|i| {
            i > 0
                && bytes[i - 1].eq_ignore_ascii_case(&b't')
                && bytes[i..].len() >= 7
                && bytes[i..i + 7].eq_ignore_ascii_case(b"housand")
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_names_of_other_languages_match_whole_with_or_without_marks() {
        let re = regex::Regex::new(&format!("(?i)^{MONTH_ABROAD}$")).expect("valid");
        for month in [
            "mai",
            "Mayo",
            "août",
            "aout",
            "März",
            "maerz",
            "Mehefin",
            "maja",
            "Mei",
            "Mayıs",
            "mayis",
            "Lúnasa",
            "décembre",
            "setiembre",
            "kesäkuuta",
            "Meán Fómhair",
            "Deireadh  Fomhair",
            "maig",
            "setembre",
            "d'abril",
            "d\u{2019}octubre",
        ] {
            assert!(re.is_match(month), "{month}");
        }
        for word in [
            "may",
            "march",
            "made",
            "martin",
            "agenda",
            "mais",
            "Meán",
            "Fómhair",
            "сентября",
            "abril'",
            "d'maig",
        ] {
            assert!(!re.is_match(word), "{word}");
        }
    }

    #[test]
    fn other_script_dates_match_and_plain_numbers_do_not() {
        let re = regex::Regex::new(&format!("(?i)^{}$", other_script_date())).expect("valid");
        for date in [
            "昭和31年9月3日",
            "平成元年1月8日",
            "民國45年09月03日",
            "民國105年4月16日",
            "中華民國45年9月3日",
            "民国45年9月3日",
            "1961年5月3日",
            "1961년 5월 3일",
            "０３/０５/１９６１",
            "٠٣/٠٥/١٩٦١",
            "१९६१-०५-०३",
            "๐๓/๐๙/๒๔๙๙",
            "3 ก.ย. 2499",
            "3 กันยายน พ.ศ. 2499",
            "3η Σεπτεμβρίου 1956",
            "ngày 3 tháng 9 năm 1956",
            "3 tháng 9, năm 1956",
            "一九五六年九月三日",
            "一九五六年九月三号",
            "3ης Σεπτεμβρίου 1956",
            "3 सितंबर 1956",
            "3 फ़रवरी 1956",
            "৩ সেপ্টেম্বর ১৯৫৬",
            "3 ਸਤੰਬਰ 1956",
            "૩ સપ્ટેમ્બર ૧૯૫૬",
            "3 செப்டம்பர் 1956",
            "3 בספטמבר 1956",
            "12 شهریور 1335",
            "۱۲ دی ماه ۱۳۳۵",
            "3 सितंबर, 1956",
            "3 \u{095E}रवरी 1956",
            "৩ জানু\u{09DF}ারি ১৯৫৬",
            "੦੩/੦੯/੧੯੫੬",
            "௦௩/௦௯/௧௯௫௬",
            "二〇〇一年十二月二十三日",
            "昭和三十一年九月三日",
            "民國四十五年九月三日",
            "3 септември 1956",
            "12. rujna 1956",
            "3 shtator 1956",
            "3 Setyembre 1956",
            "3 sentyabrya 1956",
            "3 ágúst 1956",
            "3 sebtembar 1956",
            "3 вересня 1956",
            "3 სექტემბერი 1956",
            "3 սեպտեմբերի 1956",
            "3 መስከረም 1949",
            "3 ഡിസംബർ 1956",
            "3 సెప్టెంబర్ 1956",
            "3 भदौ 2013",
            "៣/៩/១៩៥៦",
            "၃/၉/၁၉၅၆",
            "1956 оны 09 сарын 03",
            "1956 оны 9 дүгээр сарын 3-ны өдөр",
            "1956 оны 9-р сарын 3",
            "᠑᠙᠕᠖ оны ᠐᠙ сарын ᠐᠓",
            "1956 წლის 3 სექტემბერი",
            "1956 წლის 3 სექტემბერს",
            "3 აგვისტოს 1956",
            "1956 жылғы 3 қыркүйек",
            "1956 жылы 3 қыркүйек",
            "1956-yil 3-sentabr",
            "1956-yil 3-mart",
            "1956 yil 3 may",
            "1956 йил 3 сентябрь",
            "3 ستمبر، 1956",
            "3mh dhen t-Sultain 1956",
            "24mh dhen Dùbhlachd 1934",
            "3 Hepetema 1956",
            "6 Hūrae 1944",
            "6 Hurae 1944",
            "Setyembre 3, 1956",
            "Bhadra 12, 1878 (Saka)",
            "Pausa 16, 1846",
            "단기 4289년 9월 3일",
            "21d dhen t-Sultain 1941",
            "22na den Ghiblean 1950",
            "Enero 4, 1964",
            "Bhadra 12, 1947 Saka",
            "1995ko otsailaren 9an",
            "20 ກັນຍາ 1940",
            "1956 സെപ്റ്റംബർ 3",
            "1931 ഒക്\u{200C}ടോബർ 20",
            "20 జులై, 1982",
            "7 Kepakemapa 1984",
            "7 ʻAukake 1948",
            "17 'Okakopa 2019",
            "13 mis Gwynngala 1969",
            "25 mis Me 1927",
        ] {
            assert!(re.is_match(date), "{date}");
        }
        for not_date in [
            "１９６１",
            "3年",
            "12/10",
            "昭和年9月3日",
            "民國年9月3日",
            "民國1050年4月16日",
            "ก.ย. 2499",
            "3 tháng 9",
            "五六年九月三日",
            "1956 оны 09 сарын",
            "56 оны 09 сарын 03",
            "1956 წლის 3",
            "1956-yil 3",
            "yil 3-sentabr",
            "56-yil 3-mart",
            "1956-yil mart",
            "Bhadra 12",
            "3mh dhen 1956",
            "Saka 12, 1878",
            "단기 4289년",
            "3 ستمبر،",
            "Bhadra 12, 1947 Sakamoto",
            "Enero 4",
            "25 Me 1927",
            "1956 സെപ്റ്റംബർ",
        ] {
            assert!(!re.is_match(not_date), "{not_date}");
        }
    }

    #[test]
    fn the_saka_months_are_months_of_the_latin_script_pattern() {
        let re = regex::Regex::new(&format!("(?i)^{MONTH_ABROAD_MORE}$")).expect("valid");
        for month in SAKA_MONTHS {
            assert!(re.is_match(month), "{month}");
        }
    }

    #[test]
    fn japanese_era_dates_match_with_a_capital_initial_only() {
        let re = regex::Regex::new(&format!("(?i)^{JAPANESE_ERA_DATE}$")).expect("valid");
        for date in [
            "S31.9.3",
            "H2/11/27",
            "R5-1-30",
            "T14.12.24",
            "S64.1.7",
            "M45.7.29",
            "Showa 31.9.3",
            "heisei2/11/27",
            "Taishō 14.12.24",
        ] {
            assert!(re.is_match(date), "{date}");
        }
        for not_date in [
            "s31.9.3",
            "S65.1.1",
            "S31.13.3",
            "S31.9.32",
            "X31.9.3",
            "S319.3",
            "S..31.9.3",
            "Shows 31.9.3",
        ] {
            assert!(!re.is_match(not_date), "{not_date}");
        }
    }

    #[test]
    fn only_comments_that_may_hold_such_a_date_are_read() {
        assert!(may_hold_a_date_without_ascii_digits(
            "DOB ０３/０５/１９６１"
        ));
        assert!(may_hold_a_date_without_ascii_digits(
            "born the third of May, Nineteen sixty-one"
        ));
        assert!(may_hold_a_date_without_ascii_digits(
            "DOB the first of June two THOUSAND and two"
        ));
        assert!(!may_hold_a_date_without_ascii_digits(
            "Lovely staff, thank you for the care on the ward"
        ));
        assert!(may_hold_a_date_without_ascii_digits(
            "born the third of May, Sixty-one"
        ));
        assert!(may_hold_a_date_without_ascii_digits(
            "DOB fifth June, forty"
        ));
        assert!(!may_hold_a_date_without_ascii_digits(
            "nine or ten, a house and"
        ));
        assert!(!may_hold_a_date_without_ascii_digits(
            "a pretty party, plenty of dirty fortyish certainty"
        ));
    }

    #[test]
    fn dates_with_a_year_word_are_looked_for_only_after_a_year() {
        for text in [
            "DOB 1956-yil 3-mart",
            "born 1956 yil 3 may",
            "DOB 1956 - Yil 3 mart",
            "date of birth 1976 m. kovo 3 d.",
            "DOB 1956 m rugsejo 3 d",
            "born 1956. gada 3. septembris",
            "born 1956 g. 3. septembris",
            "BORN 1956. GADA 3. SEPTEMBRIS",
            "DOB 1956 m\tkovo 3 d",
        ] {
            assert!(may_hold_a_date_with_a_year_word(text), "{text}");
        }
        for text in [
            "my mum gave 3 mg of morphine",
            "birthday 2.10.112 version of the app, 5 m. steps",
            "ran 10000 m. in the park",
            "born at 10am, 3 kg",
            "seen in room 4 going home",
            "yil 3-mart, no year",
            "ref 123-yil",
            "",
        ] {
            assert!(!may_hold_a_date_with_a_year_word(text), "{text}");
        }
    }
}
