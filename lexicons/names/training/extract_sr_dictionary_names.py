#!/usr/bin/env python3
"""Writes sr_dictionary_surnames.txt, the seventieth round's measuring surnames, from
the Debian package `hunspell-sr` 1:7.5.0-1 (the Serbian spelling dictionary of
LibreOffice's dictionaries 7.5.0, by Goran Rakic, Milos Popovic and Aleksandar
Urosevic; GPL-2+ or LGPL-2.1 or MPL-1.1 by the package's debian/copyright; see
sr_dictionary_LICENSE.md).

    apt-get download hunspell-sr=1:7.5.0-1
    dpkg-deb -x hunspell-sr_1%3a7.5.0-1_all.deb /tmp/hunspell-sr
    python3 extract_sr_dictionary_names.py /tmp/hunspell-sr/usr/share/hunspell/sr_Latn_RS.dic

The dictionary is a Hunspell word list in UTF-8 (its first line the count, then one
stem a line, `STEM/FLAGS`, the flags numbers of the affix classes of sr_Latn_RS.aff),
read as text, never loaded by a spell checker or run. Its capitalised stems are proper
names of every kind (people, places, peoples, stars); two of its affix classes, 437 and
1291, are those of the Serbian, Montenegrin, Bosnian and Croatian family names in -ic
(-ic, -ica, -icu, -icem, -ici, -ica, -icima: "Petrovic", "Jovanovic", "Hadzic"), the
one kind of its names whose class says what it is: those are read as surnames, the file
in order. Nothing else is read: the classes of its given names are those of common
nouns, places and peoples too, so no given name of it can be told apart (the round's
given names are the Mongolian dictionary's, extract_mn_dictionary_names.py). Each stem
written in plain letters as Serbian names are written in UK records (the c with caron
and acute as c, the s and z with caron as s and z, d with stroke as dj: "Đurić" ->
"Djuric"), capitalised with the rest in small letters, three letters or more, ASCII
letters only, with a vowel, each once; titles and particles (`TITLES` of
name_list_tools.py), the spellings comments use for words in texting style
(`TEXTING_SPELLINGS` of src/redact/person/interjections.rs, read from that file) and
`NOT_NAMES` (stems found by reading the survivors that are no surname) left out.
Measuring names only, never trained on.
"""

import sys
import unicodedata
from pathlib import Path

from name_list_tools import hunspell_entries, write_kept_list

# The affix classes of the family names in -ic (see above).
SURNAME_CLASSES = {"437", "1291"}

# Stems found by reading the survivors: none of the class is other than a surname.
NOT_NAMES: set = set()


def plain(entry: str) -> str:
    """The stem in plain letters, d with stroke as dj, as UK records write Serbian names."""
    word = unicodedata.normalize("NFC", entry.strip()).replace("đ", "dj").replace("Đ", "Dj")
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def surnames(dic: Path):
    """The capitalised stems of the surname classes, in the file's order."""
    return [
        stem
        for stem, flags in hunspell_entries(dic)
        if stem[:1].isupper() and SURNAME_CLASSES & set(flags.split(","))
    ]


def main(dic: str) -> None:
    write_kept_list("sr_dictionary_surnames.txt", surnames(Path(dic)), NOT_NAMES, plain)


if __name__ == "__main__":
    main(sys.argv[1])
