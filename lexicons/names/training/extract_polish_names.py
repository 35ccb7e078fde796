#!/usr/bin/env python3
"""Writes round97_first_names.txt and round97_surnames.txt, the ninety-seventh round's
measuring names, from the Polish spelling dictionary of the Debian package `hunspell-pl`
1:7.5.0-1 (LibreOffice's dictionaries 7.5.0, source package `libreoffice-dictionaries`:
the word list of the sjp.pl dictionary, by Marek Futrega, under the GPL, the LGPL, the
MPL, the Apache License 2.0 or CC-SA-1.0 by the package's copyright file; see
polish_LICENSE.md).

    apt-get download hunspell-pl=1:7.5.0-1
    dpkg-deb -x hunspell-pl_1%3a7.5.0-1_all.deb /tmp/pl
    python3 extract_polish_names.py /tmp/pl/usr/share/hunspell/pl_PL.dic

The dictionary is a Hunspell word list in ISO-8859-2 (its first line the count, then one
`STEM/FLAGS` a line, the flags letters naming affix classes of pl_PL.aff), read as text,
never loaded by a spell checker or run. Polish writes adjectives and common nouns in small
letters, so a capitalised stem is a proper name; the dictionary marks the nouns that are
family names with a flag of their own (`T`: the family name's form for a woman, which
does not decline), and the nouns that name peoples and the people of a place with
another (`q`). Read here, in the file's order, of the capitalised stems:

- as surnames, every stem of the adjectival classes (`ADJECTIVAL_CLASSES`, declined as
  an adjective, as the family names in -ski are) ending in -ski, -cki or -dzki, minus
  those in -owski made from a capitalised stem of the dictionary, a famous person's name
  made an adjective (`FROM_A_NAME`); and every noun of five letters or more with the
  family-name flag and without the peoples' flag ending in -wicz, -ak, -uk or -ko (not
  -sko, a word's scornful form): Farulewski, Knasiecki, Kossobudzki, Dubniewicz,
  Minartowicz, Kiernoziak, Brdulak, Lemieszczuk, Szumiejko, Remuszko;
- as given names, every stem of the classes the dictionary gives women's given names
  (`GIVEN_CLASSES`, with the one class of men's given names in -y) and every noun of the
  classes of men's names (`MEN_CLASSES`) ending in an old Slavic name's last part
  (`SLAVIC_ENDINGS`: -sław, -mir, -gniew, -bor, -rad...): Stanibor, Dobiegniew,
  Gościsław, Mojmira, Przybygniewa, Lutomira.

Bare names, no person's record and no list of anyone. Each name written in plain letters
(the accents dropped, ł written l), capitalised with the rest in small letters, three
letters or more, ASCII letters only, with a vowel, each once
(`write_kept_given_and_surnames`); titles and particles (`TITLES`), the spellings comments
use for words in texting style (`TEXTING_SPELLINGS` of
src/redact/person/interjections.rs) and the entries found by reading the lists that are
no person's name (`NOT_NAMES`: figures of myth, adjectives of famous names, peoples,
words, the forms that name a man's wife by his surname) left out. Measuring names only,
never trained on.
"""

import re
import sys
from pathlib import Path

from name_list_tools import plain_letters, write_kept_given_and_surnames

# The adjectival classes of the capitalised stems (the family names in -ski among them).
ADJECTIVAL_CLASSES = {"xXY", "XxY"}
# The family-name flag and the flag of the names of peoples.
SURNAME_FLAG = "T"
PEOPLES_FLAG = "q"
# The endings of the adjectival family names and of the nouns read as family names.
ADJECTIVAL_ENDINGS = ("ski", "cki", "dzki")
NOUN_ENDINGS = ("wicz", "ak", "uk", "ko")
# The least length of a noun read as a family name.
MIN_NOUN_LENGTH = 5
# The classes of women's given names, and of men's given names in -y.
GIVEN_CLASSES = {"MNn", "MnN", "AMNn", "MNnoT", "oX"}
# The classes of men's names (given names and family names alike).
MEN_CLASSES = {"NOosT", "NoOsT"}
# The last parts of the old Slavic two-part given names.
SLAVIC_ENDINGS = (
    "sław", "mir", "gniew", "bor", "rad", "pełk", "wit", "mił", "mysł", "sąd", "dan",
    "wuj", "ciech",
)
# Entries found by reading the lists that are no person's name: figures of myth and
# legend, adjectives made from famous names, peoples and dynasties, words and nicknames,
# and the forms in -ina and -yna that name a man's wife by his surname.
NOT_NAMES = {
    "futura", "wenera", "rygweda", "eumenida", "hesperyda", "aonida", "bryzeida",
    "doryda", "cyganicha", "papusza", "monteki", "albertrandi", "badeni", "ksantypa",
    "gajdzina", "kalecina", "kaluzyna", "konopczyna", "sapiezyna", "sasiadzina",
    "skarzyna", "widerzyna", "zaluszczyna", "zapalina", "zarebina", "puzynina",
    "dulebina", "bajronowski", "bartokowski", "boileauwski", "botticellowski",
    "breughlowski", "brueglowski", "cyceronski", "euganejski", "heglowski", "homerycki",
    "horacjanski", "hukslejowski", "jagielonski", "justynianski", "kalderonowski",
    "kopernikanski", "kulombowski", "leibnizjanski", "napoleonski", "nietzscheanski",
    "pitagorejski", "platonski", "schellingianski", "senekanski", "sokratejski",
    "spinozjanski", "owidzki", "katonski", "komenski", "potemkowski", "superski",
    "szuarwski", "dajak", "flirtak", "rumburak", "wloczysiak", "rurykowicz", "lewaciak",
    "szczak",
}


def entries(dic: Path):
    """Each stem and its flags as written, in the file's order."""
    for line in dic.read_text(encoding="iso-8859-2").splitlines()[1:]:
        stem, _, flags = line.partition("/")
        yield stem.strip(), flags.strip()


def capitalised(stem: str) -> bool:
    return stem.isalpha() and stem[:1].isupper() and stem[1:].islower()


def plain(entry: str) -> str:
    """The entry in plain letters, ł written l (it has no mark to drop)."""
    return plain_letters(entry.replace("ł", "l").replace("Ł", "L"))


def names(dic: Path):
    """The given names and the surnames the rules keep, in the file's order."""
    table = [(stem, flags) for stem, flags in entries(dic) if capitalised(stem)]
    stems = {stem for stem, _ in table}
    surnames, given = [], []
    for stem, flags in table:
        if flags in ADJECTIVAL_CLASSES and stem.endswith(ADJECTIVAL_ENDINGS):
            from_a_name = stem.endswith("owski") and any(
                stem[:-5] + end in stems for end in ("", "a", "o", "e")
            )
            if not from_a_name:
                surnames.append(stem)
        elif (
            SURNAME_FLAG in flags
            and PEOPLES_FLAG not in flags
            and flags.startswith(("N", "MN", "AMN"))
            and len(stem) >= MIN_NOUN_LENGTH
            and stem.endswith(NOUN_ENDINGS)
            and not stem.endswith("sko")
        ):
            surnames.append(stem)
        if flags in GIVEN_CLASSES or (flags in MEN_CLASSES and stem.endswith(SLAVIC_ENDINGS)):
            given.append(stem)
    return given, surnames


def main(dic: str) -> None:
    given, surnames = names(Path(dic))
    write_kept_given_and_surnames("round97", given, surnames, NOT_NAMES, plain)


if __name__ == "__main__":
    main(sys.argv[1])
