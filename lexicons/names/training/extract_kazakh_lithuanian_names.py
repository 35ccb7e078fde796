#!/usr/bin/env python3
"""Writes round98_first_names.txt and round98_surnames.txt, the ninety-eighth round's
measuring names, from two spelling dictionaries Debian ships: the given names of the
Kazakh dictionary of `hunspell-kk` 1.1-3 (by Akmaral Mussayeva, László Németh and Rail
Aliev, 2009, on the word list of aspell-kk by Alexey Lipchansky; GPL-2+, LGPL-2.1+ or
MPL-1.1+) and the surnames of the Lithuanian dictionary of `hunspell-lt` 1:7.5.0-1
(LibreOffice's dictionaries 7.5.0: ispell-lt, by Albertas Agejevas, 2000-2013; the BSD
3-clause licence); see kazakh_lithuanian_LICENSE.md.

    apt-get download hunspell-kk=1.1-3 hunspell-lt=1:7.5.0-1
    dpkg-deb -x hunspell-kk_1.1-3_all.deb /tmp/kk
    dpkg-deb -x hunspell-lt_1%3a7.5.0-1_all.deb /tmp/lt
    python3 extract_kazakh_lithuanian_names.py \\
        /tmp/kk/usr/share/hunspell/kk_KZ.dic /tmp/lt/usr/share/hunspell/lt_LT.dic

Both word lists are read as text (`STEM/FLAGS` a line after the count), never loaded by
a spell checker or run. The Kazakh dictionary's README says it was "amended with the list
of Kazakh names (395 names)": those are its capitalised stems, all of one affix class of
their own (Kazakh writes common nouns in small letters), read here as given names, each
written in Latin letters as a Kazakh passport writes a name (`KAZAKH_LATIN`: the Kazakh
letters Russian lacks as their nearest Latin letters, ә a, ғ g, қ k, ң n, ө o, ұ u, ү u,
һ h, і i, then the Russian letters as `RUSSIAN_LATIN` of name_list_tools.py writes them;
the list writes some і and а as the Latin i and a, kept as they are). The Lithuanian
dictionary files its proper names, places and people alike, in one class, so only stems
whose ending tells a person are read: as given names, the old Lithuanian two-part given
names, men's and women's, by their second part (`GIVEN_ENDINGS`: -tautas and -tautė,
-mantas and -mantė, -gailas and -gailė, -gintas and -gintė, -vydas and -vydė, -girdas
and -girdė, -vilas and -vilė, -kantas and -kantė, -rimas and -rimė, -mintas and -mintė,
-gaudas and -gaudė, -gedas, -vainas and -vainė: Dartautas, Eigailė, Tautgintas,
Girdvydė), minus the stems that open with a prefix of place names (`PLACE_PREFIXES`:
Anta-, Pa-, Už-, Apy-, Prie-, Tarp-: Antadavainė, Užvedarė); as surnames, the stems in a
suffix that only a Lithuanian family name takes
(`SURNAME_ENDINGS`: the men's -auskas, -iauskas, -evičius, -avičius, -ovičius, -inskas,
-aitis; the married women's -ienė; the unmarried women's -aitė, -aitytė, -ičiūtė; -ytė
and -utė alone end women's given names too), each
in plain letters (the accents dropped). Every name capitalised with the rest in small
letters, three letters or more, ASCII letters only, with a vowel, each once, in the
file's order (`write_kept_given_and_surnames` of name_list_tools.py); titles and
particles (`TITLES`), the spellings comments use for words in texting style
(`TEXTING_SPELLINGS` of src/redact/person/interjections.rs) and `NOT_NAMES` left out.
Bare names, no person's record and no list of anyone. Measuring names only, never
trained on.
"""

import sys
from pathlib import Path

from name_list_tools import (
    plain_letters,
    russian_in_latin,
    write_kept_given_and_surnames,
)

# The Kazakh letters Russian lacks, as the nearest Latin letter a passport writes.
KAZAKH_LATIN = {
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
}
# The suffixes only a Lithuanian family name takes: the men's, the married women's and
# the unmarried women's (the unmarried women's -ytė and -utė only after -ait- and -ič-,
# as -aitytė and -ičiūtė: alone they end women's given names too, Laimutė, Vaidilutė).
SURNAME_ENDINGS = (
    "auskas", "evičius", "avičius", "ovičius", "inskas", "aitis",
    "ienė", "aitė", "aitytė", "ičiūtė",
)
# The second parts of the old Lithuanian two-part given names, men's and women's.
GIVEN_ENDINGS = (
    "tautas", "tautė", "mantas", "mantė", "gailas", "gailė", "gintas", "gintė",
    "vydas", "vydė", "girdas", "girdė", "vilas", "vilė", "kantas", "kantė", "rimas",
    "rimė", "mintas", "mintė", "gaudas", "gaudė", "gedas", "vainas", "vainė",
)
# The prefixes that open Lithuanian place names ("on", "by", "beyond", "near",
# "between"): a stem that opens with one is a place.
PLACE_PREFIXES = ("Anta", "Pa", "Už", "Apy", "Prie", "Tarp")
# Entries found by reading the lists that are no person's name: a word that ends as a
# two-part name does (primas, "first violin"); none found in the Kazakh names, and the
# Lithuanian stems in a family name's suffix are family names.
NOT_NAMES = {"primas"}


def entries(dic: Path, encoding: str):
    """Each stem and its flags as written, in the file's order."""
    for line in dic.read_text(encoding=encoding).lstrip("\ufeff").splitlines()[1:]:
        stem, _, flags = line.partition("/")
        yield stem.strip(), flags.strip()


def kazakh_in_latin(name: str) -> str:
    """The Kazakh name in Latin letters, in small letters."""
    return russian_in_latin("".join(KAZAKH_LATIN.get(c, c) for c in name.lower()))


def kazakh_given_names(dic: Path):
    """The Kazakh dictionary's capitalised stems, in Latin letters."""
    return [kazakh_in_latin(stem) for stem, _ in entries(dic, "utf8") if stem[:1].isupper()]


def lithuanian_stems(dic: Path):
    """The Lithuanian dictionary's capitalised stems, in the file's order."""
    return [
        stem
        for stem, _ in entries(dic, "iso8859-13")
        if stem.isalpha() and stem[:1].isupper() and stem[1:].islower()
    ]


def lithuanian_given_names(dic: Path):
    """The Lithuanian dictionary's two-part given names."""
    return [
        stem
        for stem in lithuanian_stems(dic)
        if stem.endswith(GIVEN_ENDINGS) and not stem.startswith(PLACE_PREFIXES)
    ]


def lithuanian_surnames(dic: Path):
    """The Lithuanian dictionary's capitalised stems in a family name's suffix."""
    return [stem for stem in lithuanian_stems(dic) if stem.endswith(SURNAME_ENDINGS)]


def main(kazakh: str, lithuanian: str) -> None:
    given = kazakh_given_names(Path(kazakh)) + lithuanian_given_names(Path(lithuanian))
    surnames = lithuanian_surnames(Path(lithuanian))
    write_kept_given_and_surnames(
        "round98", given, surnames, NOT_NAMES, lambda word: plain_letters(word).capitalize()
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
