#!/usr/bin/env python3
"""Writes apertium_macedonian_first_names.txt and apertium_macedonian_surnames.txt from
the Debian package `apertium-mkd-eng` 0.1.3-2 (the Apertium project's Macedonian-English
translation data; its Macedonian morphological dictionary by Francis M. Tyers, Filip
Petkovski, Kevin Brubeck Unhammer and others, 2010-2014, under the GNU General Public
License version 2 by the package's copyright file; see apertium_macedonian_LICENSE.md).

    apt-get download apertium-mkd-eng=0.1.3-2
    dpkg-deb -x apertium-mkd-eng_0.1.3-2_all.deb /tmp/mkd
    python3 extract_apertium_macedonian_names.py \\
        /tmp/mkd/usr/share/apertium/apertium-mkd-eng/mkd-eng.automorf.bin

`mkd-eng.automorf.bin` is the Macedonian analyser compiled by lttoolbox: read here as
data with `lttoolbox_transducers` of name_list_tools.py, never loaded by lttoolbox or
Apertium or run, and the lemmas of its analyses (a lemma and its tags) read with
`lttoolbox_lemmas_tagged`, by the tags they begin with; the dictionary tags proper nouns `np` and files them as given names (`np.ant`, anthroponyms,
men's and women's) and surnames (`np.cog`, cognomina, men's and women's forms and those
of either), beside places, organisations and others, which are left out. Read here: every
lemma tagged `np` then `ant` as a given name and every one tagged `np` then `cog` as a
surname, each once, in the order of the Cyrillic lemmas. Bare names, no person's record
and no list of anyone (the dictionary was built for translating news, so it also holds
foreign given names and surnames in their Macedonian spelling, Majkl, Dzhordzh, and the
surnames of some people in the news, as any list of family names does; they are kept as
it gives them). Each name written in Latin letters by `MACEDONIAN_LATIN` (ѓ gj, ќ kj, ж zh,
ч ch, ш sh, џ dzh, ѕ dz, ц c, ј j, љ lj, њ nj, х h: Gjorgji, Kjiro, Cvetkovski,
Ljubcho), capitalised with the rest in small letters, three letters or more, ASCII
letters only, with a vowel, each once (`write_kept_given_and_surnames` of
name_list_tools.py); titles and particles (`TITLES`), the spellings comments use for
words in texting style (`TEXTING_SPELLINGS` of src/redact/person/interjections.rs) and
`NOT_NAMES` left out.
Measuring names only, never trained on.
"""

import sys
from pathlib import Path

from name_list_tools import (
    lttoolbox_given_and_surnames,
    write_kept_given_and_surnames,
)

# Macedonian letters in Latin ones (the digraphs of the romanisation Macedonian names
# take in English: gj and kj for ѓ and ќ, zh, ch, sh and dzh, dz for ѕ, c for ц).
MACEDONIAN_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ѓ": "gj", "е": "e", "ж": "zh",
    "з": "z", "ѕ": "dz", "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m",
    "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ќ": "kj",
    "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "ch", "џ": "dzh", "ш": "sh",
}

# Entries found by reading every given name no other list holds (2,106, with the Sardinian
# dictionary's), every surname of four letters or fewer no other list holds (134) and a
# sample of the rest (300): the dictionary's np ant tag is loose, and it files as given
# names places (Gardabani, Ernestinovo, Krivolak, Kalemegdan, Durmitor, Shabac), firms,
# banks, newspapers and bodies (Zarubezhneft, Halkbank, Eurostat, Europol, Telespazio,
# Adnkronos, Hezbolah, Fejsbuk), words (Klopka, a trap; Kompromat; Latinica; Algoritam;
# Tunel; Haos), events (Evrovizija, Bitef, Kukeri), gods and beings of myth and fiction
# (Zevs, Kronos, Tiamat, Krampus, Drakula, Frankenshtajn, Rusalka), works (Nabuko,
# Rigoleto, Lakrimosa), single figures of antiquity and history (Herodot, Arhimed,
# Evripid, Skenderbeg, Zog, Galerius) and a ruling house (Hapsburg), and as surnames firms
# and places (Kosovapres, Hidrogradnja, Montenegrobank, Zabljak, Haberturk) and words
# (Zmaj, a dragon; Okej), in Latin letters.
NOT_NAMES = {
    "adijaman", "adnkronos", "agrocentar", "agronet", "ajvatovica", "ajver", "akhtamar",
    "aktiv", "aktor", "alah", "alahu", "algoritam", "alianoi", "aloanoi", "amajlije",
    "anadolija", "anantolija", "anatolijan", "animanima", "apoksiomen", "arahova", "aramii",
    "arges", "arhimed", "artuklu", "asine", "astek", "asterfest", "atatur", "atelje",
    "atiki", "atocha", "avantasija", "aviorent", "bachka", "badnik", "bahcheshehir",
    "bahshehir", "bajakovo", "bajgora", "bakau", "balkanika", "bambilend", "bargala",
    "bashkortostan", "beos", "beovoz", "beshiktash", "besiktas", "besiktash", "bikavac",
    "bikovo", "binbir", "biodizel", "bioteh", "bitef", "blogopen", "bobova", "bobovac",
    "bofrost", "bogojevo", "boljevci", "borgata", "bosfor", "botosani", "brailovo",
    "brandzhelina", "brdzhani", "brezovik", "brgjani", "brodilovo", "brodosplit",
    "brodsplit", "budvanska", "bulbank", "bulbenk", "bulgartransgas", "buljarica",
    "celzius", "cemeks", "cetingrad", "chelomedia", "chepintsi", "chernavoda", "chobanul",
    "cigem", "cinkara", "crkvice", "dardanija", "darusafaka", "dedinje", "dekon",
    "demirbank", "demokritus", "demre", "dereta", "deronje", "detekon", "divjaka",
    "divulje", "dokanj", "doks", "dokumenta", "drakula", "dretelj", "drmno", "drvengrad",
    "dubioza", "duferko", "durata", "dures", "durmitor", "duvanska", "ekofin", "ekomedia",
    "elikona", "eliniki", "emirgan", "emlak", "energoinvest", "energopetrol", "epok",
    "epoka", "eptalofos", "erdut", "ergeknekon", "ermupolis", "ernestinovo", "eruh",
    "esenjurt", "eskishehir", "etniks", "etnis", "etno", "etnos", "eurasianet",
    "eurazijanet", "eurimidzh", "eurimidzhis", "euripol", "euroart", "euroazijanet",
    "eurobarometar", "eurobarometer", "eurobest", "eurobond", "eurobondovi", "eurodzhast",
    "euromaks", "europol", "europolitiks", "euroroma", "eurosat", "eurostandard",
    "eurostat", "eurotransplant", "eurovija", "eurpol", "eurpolitiks", "evijan", "evripid",
    "evrobarometar", "evrobarometer", "evroinvest", "evroobvrznica", "evropol", "evrosong",
    "evrostandard", "evrostar", "evrovizija", "evzoni", "faros", "fejsbuk", "feminem",
    "fenerbahche", "fenerbahdzhe", "ferhadija", "fidesh", "filantropija", "financiarul",
    "finansiarul", "finansier", "finmetals", "fleksi", "fortesa", "fotolia", "framatom",
    "framatome", "frankenshtajn", "fraunhofer", "frikom", "fronteks", "fundakao", "futura",
    "galerius", "garantibank", "gardabani", "gardianul", "gardijanul", "gasinci",
    "gazikent", "gazimestan", "gemius", "generalturist", "gerovital", "glavbolgastroj",
    "golubovci", "gospich", "gospogjica", "grabovci", "grabovichi", "grabovici", "grekotel",
    "gulhane", "gusgus", "haberturk", "halandri", "halkbank", "halkbenk", "halkidiki",
    "haos", "hapsburg", "hejbeliada", "hepi", "heraklea", "heraklio", "herastrau",
    "herodot", "herods", "hezbolah", "hidroelektra", "hidrogradnja", "hinseberg", "hiparlo",
    "hizbulah", "hrasnica", "hromos", "idrizovo", "iftar", "imamot", "imerisia", "imersia",
    "indeksi", "infopres", "ingushetija", "intepol", "intereg", "interfest", "intersat",
    "italgest", "itera", "ivanec", "kadenabia", "kalemegdan", "kandili", "kanjon",
    "kapitoline", "karabash", "karagjova", "karagjoz", "karaiskaki", "karashevo", "kargo",
    "karlovo", "karposh", "katlanovo", "katunica", "kelarija", "kenesh", "kerameikos",
    "keraterm", "kerdos", "kifisos", "kinderdorf", "kipros", "kivotos", "kliknet", "klopka",
    "kochatepe", "kohorta", "koleso", "kolona", "kolonaki", "komani", "komorane",
    "kompromat", "konstruktor", "kosovapres", "kozhljak", "kraftvork", "kraljevi",
    "krampus", "krash", "kratkofil", "kravica", "kreator", "kreni", "krismas", "krivolak",
    "kro", "kroe", "kronos", "krshko", "krusha", "krushare", "krushevac", "ksi",
    "kubanizmo", "kubismo", "kukeri", "kukesh", "kukush", "kurentul", "kurierul",
    "kurshumli", "kusovac", "kustendorf", "kutadgu", "kuvejt", "kvadriga", "kvarner",
    "lakrimosa", "lamfalushi", "lamfalusi", "laodichea", "lapushnik", "latinica", "laureus",
    "lavrion", "lazarevo", "lebensraum", "leblebi", "ledenika", "legendi", "lekitos",
    "lenzerhajde", "lepenski", "liberatum", "libertatea", "liburn", "liburnija", "likaion",
    "limak", "limantepe", "lipkovo", "lipskani", "lopushnik", "mabeteks", "machka",
    "magharabija", "makhmur", "makpetrol", "malteser", "mamaja", "mamuza", "markale",
    "marmaraj", "marvinci", "matica", "mazeikiu", "mediasaturn", "medifaks", "medijafaks",
    "medvednica", "mefugorje", "megalopoli", "megatron", "megjugorje", "mehter", "mekano",
    "mergermarket", "mermerler", "metron", "metroreks", "mevlevi", "mig", "miladinovci",
    "miladonovci", "miljacka", "mirogoj", "mitelevropa", "mobilkom", "mobing", "mobolkom",
    "modlpres", "modrica", "modricha", "moikom", "moldppres", "molodist", "monastiraki",
    "monstat", "montenegrobank", "morisej", "mostat", "moststroj", "muezin", "mugla",
    "musavat", "nabuko", "nabukov", "nasaud", "nazavisne", "nishomnija", "novorosisk",
    "obraz", "okej", "omarska", "oplenac", "orashac", "oresteija", "orestija", "orizont",
    "oservatorio", "ostrog", "palaco", "palatata", "palekspo", "pamporovo", "pamukova",
    "panonska", "paprikovac", "patisia", "patisija", "patision", "pavlopetri", "pedion",
    "peks", "peljeshac", "perperikon", "perseidi", "petrobas", "petrovden", "pijanisimo",
    "pijata", "pikolo", "piksis", "pindos", "pjata", "plavnica", "plejades", "plemetina",
    "plinakro", "ploche", "plodine", "podstrana", "podvig", "poslovni", "posoprivredna",
    "praksis", "pregrad", "premio", "preporod", "prevlaka", "prgomet", "pridnjestrovian",
    "primaren", "prinos", "privatinvest", "promedija", "propilaea", "prosport", "prosveta",
    "protek", "putokazi", "radinovo", "radobolja", "rajlovac", "ramsar", "ranilug",
    "remetinec", "repetitor", "retezat", "ribja", "riblja", "rifresh", "rigoleto",
    "rijaset", "ritopek", "romekspo", "ronaldinjo", "ropotamo", "rosatom", "rosbugartabak",
    "rosija", "rosukrenergo", "rozafa", "rozhen", "rugvica", "rusalka", "rutmaster",
    "sagalasos", "sagalosos", "sagrada", "sanjak", "sarafovo", "satirikon", "sekuritat",
    "sekuritate", "semberija", "senjski", "serebro", "serono", "sevarlije", "sfumato",
    "shabac", "shafak", "shekerbank", "sheshli", "shid", "shishli", "shkendija", "shopska",
    "shtig", "shtip", "shumadija", "sigurimi", "silivri", "silopi", "simplu", "sinemorets",
    "sintofarm", "sirketler", "sisli", "sismanoglio", "sjaj", "skanderbeg", "skederbeg",
    "skenderbeg", "smokvice", "societe", "sosiet", "sosiete", "sounion", "speira",
    "sportnet", "srbolek", "srbovac", "stamora", "stavropoleos", "stavropolos", "stobi",
    "strandzha", "sultanahmet", "sungurlu", "superliga", "sushurluk", "susurluk",
    "svetozarevo", "svinjare", "tabanovce", "tajfun", "taksirat", "taler", "tanec",
    "telesat", "telespazio", "telnor", "tempus", "teranet", "terazije", "tezno", "tiamat",
    "tifon", "tovarnik", "transtroj", "trapezica", "treskavec", "trezor", "trigrad",
    "trinitas", "trnopolje", "tropik", "tunel", "turkie", "tviter", "tvornica", "ulpija",
    "univerzal", "ushkudar", "uskudar", "uzamnica", "uzhice", "vaksgen", "varosha",
    "vatopedi", "vatreni", "veleshta", "vilenica", "vindija", "virpazar", "vitol",
    "vneshekonombank", "volkovo", "votanikos", "vranovac", "vrdnik", "vsat", "zabljak",
    "zadarski", "zagrebachki", "zagvozd", "zapa", "zapeion", "zarubezheft", "zarubezhneft",
    "zarubezneft", "zelenikovo", "zetra", "zevs", "zhanazhol", "zho", "zletovo", "zmaj",
    "zog", "zrmanja",
}

def macedonian_in_latin(word: str) -> str:
    """The Macedonian word in Latin letters ([MACEDONIAN_LATIN]; letters the table lacks
    are kept, so the name is dropped later as not ASCII)."""
    return "".join(MACEDONIAN_LATIN.get(c, c) for c in word.strip().lower())


def main(path: str) -> None:
    given, surnames = lttoolbox_given_and_surnames(Path(path))
    write_kept_given_and_surnames(
        "apertium_macedonian", given, surnames, NOT_NAMES, macedonian_in_latin
    )


if __name__ == "__main__":
    main(sys.argv[1])
