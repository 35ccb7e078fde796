#!/usr/bin/env python3
"""Writes apertium_norwegian_first_names.txt and apertium_norwegian_surnames.txt, the
seventy-fifth round's measuring names, from the Debian package `apertium-nno-nob` 1.5.0-1
(the Apertium project's Norwegian Nynorsk-Bokmal translation data; its Bokmal and Nynorsk
morphological dictionaries, apertium-nob 1.3.0 and apertium-nno 1.3.0, by Kevin Brubeck
Unhammer, Lene Antonsen, Anja Zawadzka Persvold, Jo Christian Oterhals and others,
2009-2019, under the GNU General Public License version 2 or later by the package's
copyright file; see apertium_norwegian_LICENSE.md).

    apt-get download apertium-nno-nob=1.5.0-1
    dpkg-deb -x apertium-nno-nob_1.5.0-1_all.deb /tmp/nno
    python3 extract_apertium_norwegian_names.py \\
        /tmp/nno/usr/share/apertium/apertium-nno-nob/nob-nno.automorf.bin \\
        /tmp/nno/usr/share/apertium/apertium-nno-nob/nno-nob.automorf.bin

`nob-nno.automorf.bin` and `nno-nob.automorf.bin` are the Bokmal and the Nynorsk
analysers compiled by lttoolbox: read here as data with `lttoolbox_transducers` of
name_list_tools.py, never loaded by lttoolbox or Apertium or run, and the lemmas of their
analyses read with `lttoolbox_lemmas_tagged` (through `lttoolbox_given_and_surnames`), by
the tags they begin with, from every transducer of each (`main@standard` holds the names;
`final@inconditional` and `regex@standard`, punctuation and numbers, hold none). The
dictionaries tag proper nouns `np` and file them as given names (`np.ant`,
men's and women's) and surnames (`np.cog`), beside places, organisations and others,
which are left out. Read here: every lemma tagged `np` then `ant` as a given name and every
one tagged `np` then `cog` as a surname, of both analysers, each once, in the order of the
lemmas. Bare names, no person's record and no list of anyone (the dictionaries hold the
Norwegian given names and the surnames of the farms, and the given names of the North Sami
(Aillohas, Jovsset, Biehtar), the Faroese (Heindrikur, Jonfinnur, Sigvaldur), the Kven
and the Greenlanders (Aqqaluk, Innguaq), as the Norwegian press writes them, beside
foreign ones and the surnames of some people in the news, as any list of family names
does; they are kept as they give them). Each name written in plain letters as a name is
written in English (`NORWEGIAN_PLAIN`: ae for ae, o for o with a stroke, and the Sami
letters d with a stroke, eng and t with a stroke as d, n and t; the other accents, and the
ring of a, dropped), capitalised with the rest in small letters, three letters or more,
ASCII letters only, with a vowel, each once (`write_kept_given_and_surnames` of
name_list_tools.py); titles and particles (`TITLES`), the spellings comments use for words
in texting style (`TEXTING_SPELLINGS` of src/redact/person/interjections.rs), the lemmas
that end in a word of a Sami or Norwegian place name (`PLACE_ENDINGS`: the dictionaries'
`np.ant` and `np.cog` tags are loose and hold many lakes, rivers, hills and bays) and
`NOT_NAMES` left out.
Measuring names only, never trained on.
"""

import sys
from pathlib import Path

from name_list_tools import (
    lttoolbox_given_and_surnames,
    plain_letters,
    write_kept_given_and_surnames,
)

# The letters plain_letters leaves as they are, as a name is written in English.
NORWEGIAN_PLAIN = {"æ": "ae", "ø": "o", "đ": "d", "ŋ": "n", "ŧ": "t", "ð": "d", "þ": "th"}

# The last words of Sami, Kven and Norwegian place names (lake, river, hill, bay, island,
# headland, fell and so on), found by reading: a lemma that ends in one (and is longer
# than it by three letters or more) is a place the dictionaries' loose tags file as a
# given name or surname (Guhturgurajavri, Ivvargoahtevuovdi, Adamsvatnet, Auskarnesbukta).
PLACE_ENDINGS = (
    "javri", "javrrit", "johka", "jogas", "varri", "njarga", "nuorri", "suolu",
    "luoppal", "oaivi", "oaivvit", "jeaggi", "cohkka", "gurra", "roavvi", "roavve",
    "gaddi", "eatnu", "goahte", "baiki", "vuovdi", "buollan", "guoika", "gorzzit",
    "cielgi", "gielas", "luohkka", "copma", "skaidi", "njunni", "bakti", "juovva",
    "guolbba", "gaisa", "mohkki", "vaggi", "leahki", "lattu", "muotki", "vadda",
    "geavnnis", "favli", "cahca", "ahpi", "maras", "savu", "sullot", "girku", "stada",
    "nibba", "moski", "cievra", "davgi", "rauna", "lahpi", "vuopmi", "oya", "vatnet",
    "vannet", "vatn", "bukta", "bukt", "fjorden", "sundet", "festivalen", "sendinga",
    "krigen", "planen", "kanala",
)

# Entries found by reading every given name no other list holds (797 once the place
# endings are dropped), every surname of four letters or fewer no other list holds (87) and
# a sample of 400 more: the dictionaries' np ant and np cog tags are loose, and they file
# as given names the figures of scripture (Amminadab, Epafroditos, Serubbabel, Kaifas;
# God and the devil, Ipmil, Hearra, Belsebub), of Greek myth and antiquity (Persefone,
# Odyssevs, Kalliope, Pytagoras, Sofokles), of Norse myth and folk tale (Sleipne,
# Rimfakse, Urd, Askeladden, Askepott, Prillarguri, Dalegudbrand) and of fiction
# (Humlesnurr, Dumbledore; Blekkulf; Tommeliten; Smirre; Pondus), single figures of
# history (Alkuin, Wyclif, Dsjengiskhan, Makaveli) and nicknames of single people
# (Drillo, Hjallis), places (Kalifornia, Kyiv, Toamasina, Charleroi, Pernambuco, Stranda),
# newspapers, bodies, firms and events (Adresseavisa, Kvinnefronten, Tippeligaen, Sabena,
# Tektronix, Roxette, Nordvisjonen), the Sami goddesses Sarahkka and Uksahkka, words
# (Kongen, the king; Jomfrua; Proffen; Okse, an ox; Beardna, a bear; Viina; Kaali) and
# Sami place names the endings miss (Helgeaja, Beahcebuolza, Annabearttosavzi), and as
# surnames places (Aalborg, Lowestoft, Leverkusen, Marrakech, Jemen, Nederland, Qum),
# words (Bestemmelsen, Dronning, Kommisjonen, Tusen, Nordre, Ytre, Midt, Sokn), firms
# (Spotify, Groupama, Sendmailer) and short forms no family could be vouched for, in plain
# letters.
NOT_NAMES = {
    "aabenraa", "aaiun", "aalborg", "aalsmeer", "aars", "abihud", "abjatar", "aboaja",
    "adresseavisa", "aineas", "aiskylos", "aisopos", "akaias", "akbor", "akeldamaki",
    "akh", "akneset", "albertslund", "alexandrette", "alkibiades", "alkuin",
    "almenningsrett", "altaturnering", "amminadab", "amoy", "amrafel", "amulius",
    "anak", "andarguolban", "andrimne", "androklus", "angelite", "annabearttosavzi",
    "annaluokta", "antikristus", "apar", "apelles", "apfia", "apollosa", "apparan",
    "appollon", "arbeidssenter", "aristoboulos", "arkelaos", "arkidamos", "arkimedes",
    "arkippos", "arthrizin", "asegarden", "aseneadni", "asgarda", "askeladden",
    "askepott", "asteregievra", "asterot", "astot", "asur", "asynkritos", "augeias",
    "babelthuap", "bagenkop", "ballovara", "barjesus", "barnabass", "barrabas",
    "bartimeus", "beahcce", "beahcebuolza", "beahcedievva", "beardna", "bedworth",
    "beelsebub", "beliar", "belsebub", "beor", "berkhamsted", "bestemmelsen", "betesda",
    "bisk", "biti", "blancornela", "blekkulf", "bogelva", "boknakaran", "bommerlund",
    "bosettingen", "botnelvdalen", "brandbu", "bugt", "burislav", "bussum", "byg",
    "caesarion", "camelus", "casiquiare", "cern", "charleroi", "charlottenlund", "cobh",
    "cohk", "columbanus", "cuando", "dalegudbrand", "damokles", "dicuil", "diofantos",
    "dionysos", "diotrefes", "ditteriehppi", "doubs", "drillo", "dronning",
    "dsjengiskhan", "elasar", "eldrimne", "elihud", "eos", "epafroditos", "epafroditus",
    "epainetos", "epikarmos", "epikur", "erastos", "esak", "esav", "esop", "euboulos",
    "evdoksos", "evripides", "evrydike", "evterpe", "faedrus", "fakse", "farum", "faxe",
    "fayshkabur", "feidias", "finnmarkkulaga", "flegon", "floda", "foibos",
    "frankriika", "fredericia", "frygias", "galenos", "gallacorru", "gamlestua",
    "gednje", "gerais", "gjoll", "gnags", "gokstad", "goliat", "grahameana", "groupama",
    "guapore", "gyor", "hafr", "hammerfeasta", "hamul", "hanasaja", "haslemoen",
    "hearra", "hefaistos", "heilagolav", "helgeaja", "herodion", "hertford",
    "hipponaks", "hitrasyken", "hjaj", "hjallerup", "hjallis", "hjo", "humlesnurr",
    "hungnam", "hvar", "hymenos", "idomenevs", "idumeas", "illimani", "ipin",
    "ipmelahcci", "ipmil", "jabhar", "jahseel", "jairos", "jakobsberg", "jalam",
    "jaroslavl", "jekonja", "jemen", "jerah", "jesaia", "jezd", "jobab", "jojakin",
    "joks", "jomfrua", "jonam", "jordaneanus", "jorvik", "julekveldsvisa", "juovlaniga",
    "justiisaministtar", "jyllinge", "kaali", "kaifas", "kalasjnikov", "kalifornia",
    "kalliope", "kandake", "kappadokias", "kefevs", "kenkrea", "kenkreai", "kepheus",
    "kesareas", "keviselie", "kild", "kildedam", "kilikias", "klopasa", "klype", "knin",
    "kommisjonen", "kongen", "korpilahde", "kovdor", "krispus", "kristus", "kroisos",
    "krosus", "kryseis", "krysippos", "kuningatar", "kusj", "kvanne", "kvartus",
    "kvernroren", "kvig", "kvinnefronten", "kyiv", "kypris", "laodikea", "laodikeas",
    "lasseroavveaja", "lemesos", "leukippos", "leverkusen", "leviatan", "levkippos",
    "ljan", "lowestoft", "lucullus", "lukianos", "lukios", "lynkevs", "lysanias",
    "magt", "mahalat", "mahtedievva", "makaveli", "makkabeus", "marrakech", "mefisto",
    "mefistofeles", "mehujael", "melkisedek", "menaikmos", "metusela", "mibsar", "midt",
    "missale", "morfeus", "morfevs", "morokulien", "narkissos", "nebajot", "nederland",
    "nerevs", "newmarket", "nidarosdomen", "nikaia", "nikomedes", "ninn", "nordre",
    "nordvisjonen", "northeim", "noste", "nymfas", "odipus", "odysse", "odyssevs",
    "oidipus", "okse", "olympas", "ombo", "onesimos", "orfevs", "orthografix",
    "oskeladden", "oujda", "ouro", "ous", "ouse", "ovi", "pag", "pamfylias", "panaggi",
    "panchen", "pearyeana", "perg", "perges", "pernambuco", "persefone", "persevs",
    "pindstrup", "pisidias", "pondus", "poutasuo", "preussen", "priamos", "prillarguri",
    "proffen", "psyke", "ptolemais", "pyrrhos", "pytagoras", "pytheas", "qum",
    "qurtzalcoatl", "ramn", "rehabeam", "rhamses", "riddarevva", "rimfakse", "roigaivo",
    "roxette", "sabena", "saerimne", "sagarmatha", "sakudievva", "salmone", "samdhong",
    "sappatbaddi", "sarabuolzzat", "sarahkka", "saratoga", "sarepta", "sarve", "saua",
    "saverne", "schwabisch", "sebaot", "sebedeus", "sedekias", "sefar", "segn",
    "sekundus", "selef", "sendmailer", "seram", "serubbabel", "sinab", "sisyfos",
    "skamandros", "skeuas", "skikda", "skinfakse", "skirne", "skoe", "skorpionen",
    "skre", "sleipne", "sleipnes", "slincraze", "sluc", "smirre", "sofokles", "sokn",
    "soochow", "sopatros", "sosipatros", "spanne", "spinnejenny", "spotify",
    "statsraad", "stofeleahtta", "stranda", "surtebogen", "sve", "synzygos", "syse",
    "szczyrk", "takoradi", "tapajos", "tebe", "tektronix", "teoderik", "teopompos",
    "tertullus", "teseus", "tespis", "teudas", "theoderik", "tid", "timeus",
    "tippeligaen", "toamasina", "tommeliten", "trajans", "tro", "tryfos", "tryfosa",
    "tuen", "tusen", "tuv", "tver", "tyin", "tyrannos", "tzay", "uelzen", "uib",
    "uksahkka", "ullensvang", "urd", "vac", "vaer", "vag", "vaje", "vassmannen",
    "veitsiluoto", "vekta", "vereeniging", "vesla", "vesle", "vestpollen",
    "victoriaeana", "viina", "viul", "voel", "vojens", "vulcanus", "walsall", "wam",
    "wyclif", "yazd", "ytre", "zevksis", "zevs",
}


def norwegian_plain(entry: str) -> str:
    """The entry in plain letters ([NORWEGIAN_PLAIN], then plain_letters)."""
    return plain_letters("".join(NORWEGIAN_PLAIN.get(c, c) for c in entry.strip().lower()))


def not_places(names):
    """The names that end in no place word of [PLACE_ENDINGS]."""
    return [
        name
        for name in names
        if not any(
            norwegian_plain(name).endswith(end) and len(norwegian_plain(name)) >= len(end) + 3
            for end in PLACE_ENDINGS
        )
    ]


def main(paths) -> None:
    given, surnames = set(), set()
    for path in paths:
        more_given, more_surnames = lttoolbox_given_and_surnames(Path(path))
        given.update(more_given)
        surnames.update(more_surnames)
    write_kept_given_and_surnames(
        "apertium_norwegian",
        not_places(sorted(given)),
        not_places(sorted(surnames)),
        NOT_NAMES,
        norwegian_plain,
    )


if __name__ == "__main__":
    main(sys.argv[1:])
