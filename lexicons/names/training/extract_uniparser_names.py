#!/usr/bin/env python3
"""Writes uniparser_udmurt_first_names.txt and uniparser_udmurt_surnames.txt,
uniparser_meadow_mari_first_names.txt and uniparser_meadow_mari_surnames.txt, and
round77_first_names.txt and round77_surnames.txt, the seventy-seventh round's measuring
names, from two PyPI packages of the UniParser morphological analysers: `uniparser-udmurt`
2.3.1 (the rule-based morphological analyser of Udmurt by Timofey Arkhangelskiy, Maria
Medvedeva, the Udmurt Federal Research Centre of the Ural Branch of the Russian Academy
of Sciences and Egor Kashkin, 2014-2026) and `uniparser-meadow-mari` 1.1.18 (that of
Meadow Mari by Timofey Arkhangelskiy, Irina Khomchenkova, Maria Klyucheva and Aigul
Zakirova, 2019-2025), both under the MIT licence (see uniparser_LICENSE.md).

    pip download --no-deps uniparser-udmurt==2.3.1 uniparser-meadow-mari==1.1.18
    unzip -d /tmp/udm uniparser_udmurt-2.3.1-py3-none-any.whl
    unzip -d /tmp/mhr uniparser_meadow_mari-1.1.18-py3-none-any.whl
    python3 extract_uniparser_names.py \\
        /tmp/udm/uniparser_udmurt/data_strict/lexemes.txt \\
        /tmp/mhr/uniparser_meadow_mari/data_strict/lexemes.txt

Each package's `data_strict/lexemes.txt` (the lexicon of the standard spelling) is a
plain text file of lexemes, each a `-lexeme` line followed by ` key: value` lines (`lex`,
the lemma; `stem`; `gramm`, its tags separated by commas; `paradigm`; translations), read
as text, never imported, loaded by the analyser or run. The lexicon tags proper nouns `PN`
and files the names of people by kind: `persn` a given name, `famn` a family name and
`patrn` a patronymic, beside `topn` for places. Read here: every lemma tagged `persn` as
a given name and every one tagged `famn` as a surname, in the file's order; patronymics,
lemmas tagged `missp` (a misspelling the analyser accepts) and family names that are a
woman's patronymic (in -ovna, -evna or -ichna, a few of which are tagged `famn`) left
out. Bare names, no person's record and no list of anyone (the lexicons hold the Udmurt
and Mari given names, Yorysh, Akpatyr, Aymet, the Russian and Tatar given names and their
short and pet forms, Andryush, Vasyurka, Badrislam, and the family names of the Udmurt,
Mari, Russian and Tatar families of the Volga and the Urals, Aytuganov, Ayplatov,
Abdrafikov; they are kept as they give them).

Each name is written as a Russian passport writes it in Latin letters: the letters of the
Udmurt and Mari alphabets that Russian lacks first written as the Russian letter the
name takes in Russian papers (the Udmurt ӝ, ӟ, ӥ, ӧ and ӵ as ж, з, и, о and ч; the Mari
ӓ, ӧ, ӱ, ӹ and ҥ as а, о, у, ы and н), then the Russian letters as `RUSSIAN_LATIN` of
name_list_tools.py writes them; capitalised with the rest in small letters, three
letters or more, ASCII letters only, with a vowel, each once (`write_kept_given_and_surnames`
of name_list_tools.py); titles and particles (`TITLES`), the spellings comments use for
words in texting style (`TEXTING_SPELLINGS` of src/redact/person/interjections.rs) and
`NOT_NAMES` left out. The name-list table takes one given-name file and one surname file
a round, so the two packages' lists are then merged, the Udmurt one first, each name once
(`write_merged_round_lists`): both are under the MIT licence, so the merged lists are
too. Measuring names only, never trained on.
"""

import re
import sys
from pathlib import Path

from name_list_tools import (
    russian_in_latin,
    write_kept_given_and_surnames,
    write_merged_round_lists,
)

# The letters of the Udmurt and Mari alphabets that Russian lacks, as the Russian letter
# a name takes in Russian papers (and so in a Russian passport's Latin letters).
AS_RUSSIAN = {
    "ӝ": "ж", "ӟ": "з", "ӥ": "и", "ӧ": "о", "ӵ": "ч",
    "ӓ": "а", "ӱ": "у", "ӹ": "ы", "ҥ": "н",
}

# A family name that is a woman's patronymic ("Kupriyanovna"): left out.
WOMANS_PATRONYMIC = re.compile(r"(овна|евна|ична)$")

# Entries found by reading every given name no other list holds (1,725, of the two
# lexicons together), every surname of four letters or fewer no other list holds (5),
# every surname no other list holds that is not of the Russian, Tatar or Finno-Ugric
# shapes (-ov, -ev, -in, -a, -iy, -ko, -uk, -ich...: about 210) and a sample of the others
# (every fortieth of 5,826): gods of the Udmurt (Kyldysin, Mukyldysin, Inmarmumy, Kuazhi),
# God and the saints' epithets (Allakh, Khristos, Messiya, Bogoroditsa, Bogoslov,
# Zlatoust, Predtecha, Pobedonosets); figures of scripture whose name no one is given now
# (Navukhodonosor, Melkhisedek, Zorovavel, Ierovoam, Kaiafa, Olofern, Isaiya, Ieremiya);
# of Greek myth and antiquity (Zevs, Astarta, Antey, Tanatos, Sizif, Menelay, Epikur,
# Pliniy, Kheops, Artakserks, Gerostrat); of fiction, fairy tale and the cartoons
# (Buratino, Aybolit, Duremar, Karabas, Neznayka, Moydodyr, Murzilka, Zolushka,
# Dyuymovochka, Kashchey, Militrisa, Tugarin, Kozhemyaka, Kalevipoeg, Gobsek, Guinplen,
# Sherlok, Robinzon, Truffaldino, Arlekin, the Lilliputians Grildrig, Glyumdalklich,
# Skayresh, Kuinbus and Flestrin, Kabanikha, Kazbich, Medzhnun, Titaniya, and the pets
# Kashtanka, Barsik, Zhuchka, Sivka, Ryabka, Chernyshka); words (Vnebrachnykh,
# "extramarital", Osobomnenie, "dissenting opinion", Samplemennik, "tribesman",
# Molodchik, Golubka, Karavay, Matka, Raketa, Ezhevika, Petrushka, Shtrek,
# Vypusknitsa, Rostovshchik, Filosof), peoples and places (Dagestanets, Kazaklar,
# Nigeriya, Novorossiya, Tengushevo, Kholmogor, Gomorr), patronymics run together
# (Aleksandmitrich, Aleksandrgrigorevich, Genvanych, Nikvlad), surnames filed as given
# names (Arkhangelskaya, Neupokoeva, Urshchegova, Stendal); and, as surnames, the
# surnames of single people of note in their Russian spelling (Aligeri, Bokkacho,
# Ekzyuperi, Depardyo, Mannergeym, Khammarsheld, Shimborska, Petyofi, Kostolani, Fuchik,
# Ibarruriya, Kollontay, Petlyura, Gamsakhurdiya, Byorndalen, Chinmoy, Tsintsinnat,
# Ptolomey), of fiction (Buendiya, Myunkhgauzen, Ulenshpigel, Kruzo, Brambeus) and the
# Russian spellings of English surnames no English bearer writes so (Magdonald, Gopkins,
# Uayld, Vilyams, Doyl, Bikford, Folkston), in Latin letters.
NOT_NAMES = {
    "adoniya", "aleksandmitrich", "aleksandrgrigorevich", "aligeri", "allakh",
    "aminadav", "antey", "arkhangelskaya", "arlekin", "artakserks", "astarta",
    "avessalom", "aviud", "aybolit", "barsik", "bibigon", "bikford", "bogorodicha",
    "bogoroditsa", "bogoslov", "bokkacho", "brambeus", "buendiya", "buratino",
    "byorndalen", "chernyshka", "chichollina", "chinmoy", "dagestanets", "depardyo",
    "dostoevskoy", "doyl", "duremar", "dyuymovochka", "dzerzhinskoy", "ekkleziast",
    "ekzyuperi", "epikur", "ezekiya", "ezhevika", "filosof", "flestrin", "folkston",
    "fuchik", "gamsakhurdiya", "genvanych", "gerostrat", "glyumdalklich", "gobsek",
    "goliaf", "golubka", "gomorr", "gopkins", "grildrig", "guinplen", "ibarruriya",
    "iekhoniya", "ieremiya", "ierovoam", "iessey", "inmarmumy", "ioafam", "ionafan",
    "iosiya", "isaiya", "kabanikha", "kaiafa", "kalevipoeg", "karabas", "karavay",
    "kashchey", "kashtanka", "kazaklar", "kazbich", "khammarsheld", "kheops",
    "kholmogor", "khristos", "kifa", "kollontay", "kostolani", "kozhemyaka", "kruzo",
    "kuazhi", "kuinbus", "kyldysin", "magdonald", "manassiya", "mannergeym",
    "mardokhey", "matka", "mattafiya", "medzhnun", "melkhisedek", "menelay",
    "messershmit", "messiya", "militrisa", "molodchik", "moydodyr", "mukyldysin",
    "murzilka", "myunkhgauzen", "navukhodonosor", "neemiya", "nesmeyan", "neupokoeva",
    "neznayka", "nigeriya", "nikvlad", "novorossiya", "olofern", "osobomnenie", "oziya",
    "petlyura", "petrushka", "petyofi", "pliniy", "pobedonosets", "predtecha",
    "prozerpinochka", "ptolomey", "raguil", "raketa", "robinzon", "rostovshchik",
    "rovoam", "ryabka", "salafiil", "samplemennik", "sherlok", "shimborska", "shtrek",
    "shulenburg", "shullenburg", "sivka", "sizif", "skayresh", "stendal", "tanatos",
    "tengushevo", "titaniya", "tovit", "travertina", "tredichino", "truffaldino",
    "tsintsinnat", "tugarin", "uayld", "ulenshpigel", "urshchegova", "vilyams",
    "vnebrachnykh", "vooz", "vypusknitsa", "zakkhey", "zavulon", "zevedey", "zevs",
    "zhuchka", "zilot", "zlatoust", "zolushka", "zorovavel",
}


def in_latin(lemma: str) -> str:
    """The lemma in Latin letters, as a Russian passport writes it ([AS_RUSSIAN], then
    `russian_in_latin`), in small letters."""
    return russian_in_latin("".join(AS_RUSSIAN.get(c, c) for c in lemma.lower().strip()))


def lexemes(path: Path):
    """Each lexeme's lemma and tags, in the file's order."""
    text = path.read_text(encoding="utf8")
    for block in text.split("-lexeme")[1:]:
        lemma = re.search(r"^ lex: (.*)$", block, re.M)
        gramm = re.search(r"^ gramm: (.*)$", block, re.M)
        if lemma and gramm:
            tags = set(re.split(r"[,/]", gramm.group(1).strip()))
            yield lemma.group(1).strip(), tags


def name_lists(path: Path):
    """The lexicon's given names (`persn`) and surnames (`famn`), in Latin letters."""
    given, surnames = [], []
    for lemma, tags in lexemes(path):
        if "PN" not in tags or "missp" in tags or "patrn" in tags:
            continue
        if "persn" in tags:
            given.append(in_latin(lemma))
        if "famn" in tags and not WOMANS_PATRONYMIC.search(lemma.lower()):
            surnames.append(in_latin(lemma))
    return given, surnames


def main(udmurt: str, meadow_mari: str) -> None:
    for stem, path in (("uniparser_udmurt", udmurt), ("uniparser_meadow_mari", meadow_mari)):
        given, surnames = name_lists(Path(path))
        write_kept_given_and_surnames(stem, given, surnames, NOT_NAMES, str.strip)
    write_merged_round_lists(77, "uniparser_udmurt", "uniparser_meadow_mari")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
