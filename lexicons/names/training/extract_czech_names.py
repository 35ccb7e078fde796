#!/usr/bin/env python3
"""Writes round91_first_names.txt and round91_surnames.txt, the ninety-first round's
measuring names, from the Czech spelling dictionary of the Debian package `hunspell-cs`
1:7.5.0-1 (LibreOffice's dictionaries 7.5.0; its Czech word list by Pavel Janík, 2003,
under the GNU General Public License version 2 by the package's copyright file; see
czech_LICENSE.md).

    apt-get download hunspell-cs=1:7.5.0-1
    dpkg-deb -x hunspell-cs_1%3a7.5.0-1_all.deb /tmp/cs
    python3 extract_czech_names.py /tmp/cs/usr/share/hunspell/cs_CZ.dic

The dictionary is a Hunspell word list in UTF-8 (its first line the count, then one
`STEM/FLAGS` a line), read as text with `hunspell_entries` of name_list_tools.py, never
loaded by a spell checker or run. Its capitalised words are proper names of every kind:
given names, family names, places, rivers, peoples, firms. The affix classes tell a
masculine noun of a person (the classes `P` and `V`: Novák/PV, Svoboda/PV) from the
rest, and a family name's women's form, in -ová (or in -á for a name in -ý), is a word of
its own with the adjective class `Y` (Nováková/Y, Svobodová/Y, Kubíčková/Y, Šťastná/Y).
Read here, in the file's order:

- as surnames, every capitalised stem of the classes `P` and `V` whose women's form is in
  the file with the class `Y` (the form made as Czech makes it: -ý to -á, -a to -ová,
  -ek to -ková, -ec to -cová, else -ová after the name): the men's forms of Czech family
  names (Abrman, Bahounek, Balatka), and of the family names of other peoples the
  dictionary spells in Czech (Achundov, Abovjan); the women's forms, which are each a
  men's form with an ending, are not written;
- as given names, the Czech pet forms of given names found by reading every capitalised
  word of the classes `Z` and `Q` in -ka and of the classes `P` and `V` that no rule
  above keeps (`GIVEN_NAMES`: Andulka, Barunka, Jarmilka, Mařenka, Verunka, Pepík,
  Toník, Přemek, with two given names of old Czech, Božetěch and Mečislav), the nouns of
  peoples and of women of a place (-anka, -ka: Angličanka, Pražka), places, rivers, and
  the characters of tales and books (Karkulka, Sněhurka, Hurvínek, Otesánek, Dášeňka,
  Fifinka) left out.

Bare names, no person's record and no list of anyone. Each name written in plain letters
(the accents dropped), capitalised with the rest in small letters, three letters or
more, ASCII letters only, with a vowel, each once (`write_kept_given_and_surnames`);
titles and particles (`TITLES`) and the spellings comments use for words in texting
style (`TEXTING_SPELLINGS` of src/redact/person/interjections.rs) left out; the script
stops if a listed given name is not in the file. Measuring names only, never trained on.
"""

import sys
from pathlib import Path

from name_list_tools import hunspell_entries, write_kept_given_and_surnames

# The Czech pet forms of given names found by reading (women's in -ka, -ička, -inka,
# -unka, -uška; men's in -ek, -ík, -íček), with two given names of old Czech.
GIVEN_NAMES = set(
    """
Alžbětinka Amálka Ančička Andulka Anetka Apolenka Barunka Baruška Bertička Bětuška
Betynka Bohunka Bohuška Cecilka Deniska Dituška Drahuška Evelínka Evička Evka Gábinka
Gituška Gizelka Hedvička Hermínka Irmička Ivetka Jarmilka Jituška Kamilka Katuška
Katynka Klárka Kristinka Kristýnka Lenička Leontýnka Libuška Lidunka Liduška Lízinka
Lizka Lojzička Lucinka Madlenka Marcelka Markétka Martička Maryčka Mařenka Mášenka
Miládka Nelička Nikolka Ninočka Oluška Otylka Pepička Pepinka Růženka Sabinka Serafínka
Simonka Sonička Stázička Stázka Stelička Terezička Terinka Verunka Viktorka Vilmička
Violka Vlastička Žanetka Zdenčinka Zdenička Zituška Albertek Božetěch Daliborek Emánek
Hubertek Jakubček Leošek Lubošek Mečislav Mireček Otík Pepíček Pepík Přemek Robertek
Tedoušek Toníček Toník Vilík Vlastík
""".split()
)


def womens_form(stem: str) -> str:
    """The women's form of a men's family name, as Czech makes it."""
    if stem.endswith("ý"):
        return stem[:-1] + "á"
    if stem.endswith("a"):
        return stem[:-1] + "ová"
    if stem.endswith("ek"):
        return stem[:-2] + "ková"
    if stem.endswith("ec"):
        return stem[:-2] + "cová"
    return stem + "ová"


def names(dic: Path):
    """The given names and the surnames the rules keep, in the file's order."""
    entries = list(hunspell_entries(dic))
    classes: dict = {}
    for stem, flags in entries:
        classes.setdefault(stem, set()).add(flags)
    given, surnames, done = [], [], set()
    for stem, _flags in entries:
        if stem in done or not stem[:1].isupper() or stem.isupper():
            continue
        done.add(stem)
        if stem in GIVEN_NAMES:
            given.append(stem)
            continue
        person = any("P" in f and "V" in f for f in classes[stem])
        women = classes.get(womens_form(stem), set())
        if person and any("Y" in f for f in women):
            surnames.append(stem)
    missing = GIVEN_NAMES - set(given)
    if missing:
        raise SystemExit(f"not in the dictionary: {sorted(missing)}")
    return given, surnames


def main(dic: str) -> None:
    given, surnames = names(Path(dic))
    write_kept_given_and_surnames("round91", given, surnames, set())


if __name__ == "__main__":
    main(sys.argv[1])
