#!/usr/bin/env python3
"""Writes ukrainian_dictionary_first_names.txt and ukrainian_dictionary_surnames.txt, the
seventy-third round's first source of measuring names, from the PyPI package
`pymorphy3-dicts-uk` 2.4.1.1.1663094765 (the Ukrainian dictionary compiled for the
morphological analyser pymorphy3 by Danylo Halaiko, 2022; its METADATA's licence field
says GPLv3, its trove classifier MIT, and its README says its Python code is MIT and its
data under the Creative Commons Attribution-ShareAlike licence 3.0; see
ukrainian_dictionary_LICENSE.md).

    pip download --no-deps pymorphy3-dicts-uk==2.4.1.1.1663094765 -d /tmp/pmu
    cd /tmp/pmu && unzip -q pymorphy3_dicts_uk-2.4.1.1.1663094765-py2.py3-none-any.whl
    pip install dawg-python==0.7.2   # only to read the DAWG file
    python3 extract_ukrainian_dictionary_names.py /tmp/pmu/pymorphy3_dicts_uk/data

The package's `data` folder holds the dictionary in the same files as the Russian one
the seventy-second round read (`words.dawg`, `paradigms.array` and
`gramtab-opencorpora-int.json`, read as data, never imported or run), and its tags
mark given names (`Name`), surnames (`Surn`) and patronymics (`Patr`) as grammemes of
their own: read here with `names_of` of extract_opencorpora_names.py, every head form
(the nominative singular; of a surname, the men's form, and the women's where the
dictionary gives it a lexeme of its own) whose tag holds `Name` as a given name and
every one whose tag holds `Surn` as a surname, in the DAWG's order (the Ukrainian
alphabet's), men's and women's alike; the patronymics left out. Bare names, no person's
record and no list of anyone. The names no other list of this project holds are above
all Ukrainian: the surnames in -enko, -chuk, -iuk, -yshyn, -skyi and -ska in the
spelling of a Ukrainian passport (Nechyporenko, Pidhorodetskyi, Kasianchuk,
Zabashtanska), the old calendar given names in their Ukrainian forms and the
little-names (Avdii, Yevdokym, Khvedir, Yarynka, Oksanochka, Svitlanka); the dictionary
also holds foreign given names and surnames in their Ukrainian spelling (Dzheikob,
Habriella, Vebb, Nikolson), kept as it gives them. Each name written in Latin letters as
a Ukrainian passport writes it (the national transliteration of 2010, `UKRAINIAN_LATIN`
and `ukrainian_in_latin` of name_list_tools.py: h for г, y for и, i for і, kh, ts, ch,
sh, shch, zh, ye, yi, yu, ya at the start of a word and ie, i, iu, ia inside it; the soft
sign and the apostrophe dropped), capitalised with the rest in small letters, three
letters or more, ASCII letters only (names with a hyphen left out), with a vowel (y
counts), each once (`write_kept_given_and_surnames` of name_list_tools.py); titles and
particles (`TITLES`), the spellings comments use for words in texting style
(`TEXTING_SPELLINGS` of src/redact/person/interjections.rs, read from that file) and
`NOT_NAMES` left out.
Measuring names only, never trained on.
"""

import sys
from pathlib import Path

from extract_opencorpora_names import names_of
from name_list_tools import ukrainian_in_latin, write_kept_given_and_surnames

# Entries found by reading every given name no other list holds (1,724) and every
# surname of four letters or fewer no other list holds (141) and a sample of the rest
# (300), in Latin letters. Given names: gods and beings of myth and legend (Zevs, Hekata,
# Prometei, Dazhboh, Svaroh, Mokosh, Brakhma, Ktulkhu); characters of books, films and
# cartoons (Arahorn, Handalf, Saruman, Teoden, Viserys, Buratino, Pinokkio, Chyppolino,
# Sherlok, Portos, Fantomas, Panurh, Dultsineia, Bilosnizhka, Kotyhoroshko, Mauhli,
# Skrudzh, Kruella, Rosinant); the single figures of antiquity and of history whose name
# no one is given now (Herodot, Epikur, Demokryt, Pitahor, Arystotel, Tutankhamon,
# Kheops, Navukhodonosor, Chynhizkhan, Attyla, Kalihula, Konfutsii, Khirokhito), the
# names of dynasties (Abbasydy, Sefevidy), a title (Makhatma), names of God (Yehova,
# Savaot) and words (Lovushka, a trap; Skaut; Moskalytsia, a slur). Surnames: the
# characters of fiction whose surname no one bears (Drakula, Kholms, Puaro, Mehre,
# Veider, Skaivoker, Kvazimodo, Hulliver, Kruzo, Makbet), found by reading and by looking
# for the best-known ones, and the name of a ruling house (Habsburg), which the ruling
# houses of src/redact/person/calendars_and_skies.rs hold as no one's name (its test
# also_names_lists_every_listed_name_of_the_lists failed on it: the one word of the
# round's lists it found).
NOT_NAMES = {
    # Given names: myth, legend and religion.
    "zevs", "ikar", "hekata", "prometei", "kronos", "morfei", "himenei", "bellona",
    "astarta", "femida", "nemezida", "nemezyda", "kalipso", "kassiopeia", "psykheia",
    "prozerpina", "terpsikhora", "tantal", "syzyf", "sizif", "prokrust", "narkys",
    "nartsys", "edyp", "tezei", "persei", "patrokl", "akhillii", "ahamemnon",
    "andromakha", "antihona", "evrydika", "danaia", "danaidy", "navzikaia", "kharybda",
    "kharibda", "tsirtseia", "hanimed", "herakl", "alkmena", "holiaf", "lakhesis",
    "hilhamesh", "odissei", "ahasfer", "ariman", "brakhma", "vaivasvata", "shyva",
    "dazhboh", "dazhdboh", "stryboh", "svaroh", "svarozhych", "mokosh", "chornoboh",
    "biloboh", "yehova", "yakhve", "savaot", "savaof", "khrystos", "isusyk", "irod",
    "melkhysedek", "melkhisedek", "mafusail", "ktulkhu", "horynych", "memnon",
    # Given names: characters of books, films and cartoons.
    "arahorn", "handalf", "hendalf", "boromyr", "faramyr", "leholas", "himli", "horlum",
    "teoden", "saruman", "viserys", "viktarion", "serseia", "heralt", "reinevan",
    "rumata", "trurl", "irulan", "tenar", "nasuada", "katnis", "penkrof", "portos",
    "pentuer", "trilian", "tristran", "hromozeka", "ftatatita", "voliand", "lanselot",
    "loenhrin", "harhantiua", "pantahriuel", "pantagiuel", "panurh", "panurg", "kandid",
    "dultsineia", "rosinant", "ulenshpihel", "ulenshpigel", "truffaldino", "fiharo",
    "bavdolino", "buratino", "pinokkio", "karabas", "chyppolino", "tsybulino", "kruella",
    "fantomas", "skrudzh", "mauhli", "maugli", "umka", "luskunchyk", "bilosnizhka",
    "kapitoshka", "kotyhoroshko", "pivcherevychok", "fiskaroshka", "shpuntyk",
    "shkandybchyk", "shakherezada", "sherlok", "kaidashykha", "balabushykha",
    "lymerykha", "lymerivna", "nychyporykha", "mokhoborodko", "murkavka", "butsefal",
    # Given names: single figures of antiquity and history, dynasties and titles.
    "herodot", "demokryt", "epikur", "pitahor", "pifahor", "arystotel", "aristofan",
    "arystofan", "anaksimandr", "anaksimen", "anaksahor", "empedokl", "eratosfen",
    "hippokrat", "fukidid", "heraklit", "parmenid", "diohen", "diofant", "isokrat",
    "ptolemei", "ptolomei", "tatsyt", "evripid", "kvintylian", "arkhilokh", "hipparkh",
    "likurh", "polikrat", "periandr", "prodik", "krytii", "kallikl", "skopas", "hiperid",
    "histiei", "damokl", "areopahit", "amartol", "burydan", "tutankhamon", "tutmos",
    "kheops", "khatshepsut", "khamurapi", "navukhodonosor", "sardanapal", "dariavaush",
    "kserks", "kambis", "mitridat", "savmak", "perisad", "kalihula", "attyla",
    "diokletian", "lukull", "konfutsii", "chynhyz", "chynhiz", "chynhizkhan", "chynhis",
    "chynhiskhan", "chinhiskhan", "toktamysh", "tokhtamysh", "subudai", "tarhitai",
    "konchak", "lzhedmytrii", "khirokhito", "narukhito", "siddkhartkha", "abbasydy",
    "samanidy", "sefevidy", "takhirydy", "makhatma", "kukryniksy",
    # Given names: words.
    "lovushka", "skaut", "liaterna", "aviiata", "moskalytsia", "bariakhtar",
    # Surnames: characters of fiction, and a ruling house.
    "drakula", "kholms", "puaro", "mehre", "veider", "skaivoker", "kvazimodo", "hulliver",
    "kruzo", "makbet", "habsburg",
}


def main(folder: str) -> None:
    given, surnames = names_of(Path(folder))
    write_kept_given_and_surnames(
        "ukrainian_dictionary", given, surnames, NOT_NAMES, ukrainian_in_latin
    )


if __name__ == "__main__":
    main(sys.argv[1])
