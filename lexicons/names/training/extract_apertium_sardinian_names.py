#!/usr/bin/env python3
"""Writes apertium_sardinian_first_names.txt and apertium_sardinian_surnames.txt from the
Debian package `apertium-srd-ita` 1.1.0-2 (the Apertium project's Sardinian-Italian
translation data; its Sardinian morphological dictionary, apertium-srd 1.3.0, by Hèctor
Alòs i Font, Gianfranco Fronteddu, Francis M. Tyers and others, 2016-2021, under the GNU
General Public License version 3 or later by the package's copyright file; see
apertium_sardinian_LICENSE.md), and round74_first_names.txt and round74_surnames.txt,
the seventy-fourth round's measuring names: the lists of the Debian package
`apertium-mkd-eng` (apertium_macedonian_first_names.txt and
apertium_macedonian_surnames.txt, written by extract_apertium_macedonian_names.py)
followed by this package's (the name-list table takes one given-name file and one
surname file a round, so the two sources are merged here).

    apt-get download apertium-srd-ita=1.1.0-2
    dpkg-deb -x apertium-srd-ita_1.1.0-2_all.deb /tmp/srd
    python3 extract_apertium_sardinian_names.py \\
        /tmp/srd/usr/share/apertium/apertium-srd-ita/srd-ita.automorf.bin

`srd-ita.automorf.bin` is the Sardinian analyser compiled by lttoolbox: read here as data
with `lttoolbox_transducers` of name_list_tools.py, never loaded by lttoolbox or Apertium
or run, and the lemmas of its analyses read with `lttoolbox_lemmas_tagged`, by the tags
they begin with: the dictionary tags proper nouns `np` and files them as given names
(`np.ant`) and surnames (`np.cog`), beside places, organisations and others, which are
left out. Read here: every lemma tagged `np` then `ant` as a given name and every one
tagged `np` then `cog` as a surname, each once, in the order of the lemmas. Bare names, no
person's record and no list of anyone (the dictionary holds the Sardinian forms of given
names, Efisiu, Bainzu, Giuanne, beside Italian and foreign given names and surnames, and
the surnames of some people of note, as any list of family names does; they are kept as
it gives them). Each name written in plain letters (the accents dropped), capitalised
with the rest in small letters, three letters or more, ASCII letters only, with a vowel,
each once (`write_kept_given_and_surnames` of name_list_tools.py); titles and particles
(`TITLES`), the spellings comments use for words in texting style (`TEXTING_SPELLINGS` of
src/redact/person/interjections.rs) and `NOT_NAMES` left out.
Measuring names only, never trained on.
"""

import sys
from pathlib import Path

from name_list_tools import (
    lttoolbox_given_and_surnames,
    write_kept_given_and_surnames,
    write_merged_round_lists,
)

# Entries found by reading every given name no other list holds (with the Macedonian
# dictionary's) and a sample of the surnames: gods and beings of myth (Ghjove, Netunu,
# Saturnu, Plutone, Valchiria, Temide), characters of fiction (Paperino, Donald Duck;
# Pinochiu; Cenerentola; Baudolino; Nemorino; Lancillotto), single figures of antiquity
# and history whose name no one is given now (Omeru, Sofocle, Prassitele, Confutziu,
# Tamerlanu, Nabulionu, Cambise, and the Lombard kings, Liutprando, Ratchis, Agilulfo,
# Cuniperto), places and words (Umbria, Enotria, Atocha, Ortolana, Ospizio, Vattelapesca,
# "who knows"; Fucsia), names of God (Cristu, Ghjesu), and, as surnames, ruling houses
# (Asburgu, Habsburg, Hohenzollern, Wittelsbach, Bourbons), places (Bayern, Melilla,
# Savoja, Terrassa), words found among them (Seppia, Cerber, Pneu) and a cartoon duck
# (Mcduck), in plain letters.
NOT_NAMES = {
    "adaloaldo", "agatocle", "agilulfo", "alachis", "alagis", "alahis", "andromaca",
    "ansprando", "antigono", "antinoo", "antipatro", "apollu", "ariulfo", "arsace",
    "artaserse", "asburgu", "asclepiu", "atocha", "attalo", "autari", "baudolino", "bayern",
    "bertarido", "bertarito", "birillo", "bourbons", "cambise", "carissima", "cenerentola",
    "cerber", "confutziu", "cristu", "cunimperto", "cuniperto", "dedalu", "diocletzianu",
    "enotria", "eolu", "epicuru", "eratostene", "erodotu", "eschilu", "esiodu", "euripide",
    "folgore", "fraunhofer", "fucksia", "fucsia", "ghjesu", "ghjove", "godeperto",
    "habsburg", "hohenzollern", "icaru", "istrabone", "isvetoniu", "italiana", "laitperto",
    "lancillotto", "liutprando", "macrobio", "mardocheo", "marruecos", "mcduck", "melilla",
    "mercuria", "mercuriu", "nabulionu", "nemorino", "netunu", "novembrina", "omeru",
    "ortolana", "ospizio", "paperino", "pertarito", "pinochiu", "piramu", "pliniu",
    "plutarcu", "plutone", "pneu", "prassitele", "priamu", "puseidonu", "quadrato",
    "rachis", "ragimperto", "raginperto", "ramingo", "ratchis", "rotarito", "saturnia",
    "saturnu", "savoja", "seppia", "sofocle", "tachiperto", "tamerlanu", "temide",
    "terrassa", "tolomeu", "tzitzerone", "umbria", "uranu", "valchiria", "vattelapesca",
    "wittelsbach",
}


def main(path: str) -> None:
    given, surnames = lttoolbox_given_and_surnames(Path(path))
    write_kept_given_and_surnames("apertium_sardinian", given, surnames, NOT_NAMES)
    write_merged_round_lists(74, "apertium_macedonian", "apertium_sardinian")


if __name__ == "__main__":
    main(sys.argv[1])
