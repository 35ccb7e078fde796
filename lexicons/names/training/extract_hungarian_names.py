#!/usr/bin/env python3
"""Writes round95_first_names.txt and round95_surnames.txt, the ninety-fifth round's
measuring names, from the Hungarian spelling dictionary of the Debian package
`hunspell-hu` 1:7.5.0-1 (LibreOffice's dictionaries 7.5.0, source package
`libreoffice-dictionaries`: Magyar Ispell, the word list of László Németh and Ferenc
Godó, with Bence Nagy, under the GNU General Public License version 3 or later, the GNU
Lesser General Public License version 3 or later or the Mozilla Public License 2.0 or
later by the package's copyright file; see hungarian_LICENSE.md).

    apt-get download hunspell-hu=1:7.5.0-1
    dpkg-deb -x hunspell-hu_1%3a7.5.0-1_all.deb /tmp/hu
    python3 extract_hungarian_names.py /tmp/hu/usr/share/hunspell/hu_HU.dic

The dictionary is a Hunspell word list in UTF-8 (its first line the count, then one
`STEM/FLAGS` a line, the flags the number of an affix-class alias of hu_HU.aff, a tab
and the number of a morphological alias after them), read as text, never loaded by a
spell checker or run. The dictionary gives each kind of proper name affix classes of its
own; read here, in the file's order, of the capitalised stems:

- as given names, every stem of the affix classes the dictionary gives given names only
  (`GIVEN_CLASSES`; among them the Hungarian pet forms, Zolika, Marcsi, Julcsi, Pityu,
  Gyurika, Tündi, and old Hungarian and saints' names, Ajtony, Ellák, Edömér, Balambér,
  Vazul, Özséb);
- as surnames, every stem of the class of the family names in -y of the old spelling
  (`OLD_SPELLING_SURNAMES`: Thuróczy, Édeskuty, Zipernovszky, Árpássy) and every stem of
  six letters or more in -i of the class of the family names in -i
  (`SURNAMES_IN_I`: Zemplényi, Turóczi, Bánhalmi; its shorter stems hold pet forms of
  given names, Bozsi, Dáni), minus the stems of a given-name class.

Bare names, no person's record and no list of anyone. Each name written in plain letters
(the accents dropped), capitalised with the rest in small letters, three letters or
more, ASCII letters only, with a vowel, each once (`write_kept_given_and_surnames`);
titles and particles (`TITLES`) and the spellings comments use for words in texting
style (`TEXTING_SPELLINGS` of src/redact/person/interjections.rs) left out. Measuring
names only, never trained on.
"""

import sys
from pathlib import Path

from name_list_tools import write_kept_given_and_surnames

# The affix classes (alias numbers of hu_HU.aff) whose stems are given names only: every
# stem of each read, no lower-case stem among them.
GIVEN_CLASSES = {"225", "229", "244", "245", "253", "256", "261", "1108"}
# The class of the family names in -y of the old spelling.
OLD_SPELLING_SURNAMES = "221"
# The class of the family names in -i (and of some pet forms of given names).
SURNAMES_IN_I = "214"
# The least length of a stem of SURNAMES_IN_I read as a surname.
MIN_LENGTH_IN_I = 6


def entries(dic: Path):
    """Each stem and its affix-class alias, in the file's order."""
    for line in dic.read_text(encoding="utf8").splitlines()[1:]:
        stem, _, rest = line.partition("/")
        yield stem.strip(), rest.split("\t")[0].strip()


def capitalised(stem: str) -> bool:
    return stem[:1].isupper() and stem[1:].islower()


def names(dic: Path):
    """The given names and the surnames the rules keep, in the file's order."""
    table = [(stem, flags) for stem, flags in entries(dic) if capitalised(stem)]
    given = [stem for stem, flags in table if flags in GIVEN_CLASSES]
    given_stems = set(given)
    surnames = [
        stem
        for stem, flags in table
        if stem not in given_stems
        and (
            flags == OLD_SPELLING_SURNAMES
            or (flags == SURNAMES_IN_I and stem.endswith("i") and len(stem) >= MIN_LENGTH_IN_I)
        )
    ]
    return given, surnames


def main(dic: str) -> None:
    given, surnames = names(Path(dic))
    write_kept_given_and_surnames("round95", given, surnames, set())


if __name__ == "__main__":
    main(sys.argv[1])
