#!/usr/bin/env python3
"""Writes round93_first_names.txt and round93_surnames.txt, the ninety-third round's
measuring names, from the Slovene spelling dictionary of the Debian package `hunspell-sl`
1:7.5.0-1 (LibreOffice's dictionaries 7.5.0; the word list of Amebis, d.o.o., Tomaž
Erjavec, Aleš Košir, Martin Srebotnjak, Primož Peterlin and Robert Ludvik, under the GNU
General Public License or the GNU Lesser General Public License by the package's
copyright file; see slovene_LICENSE.md).

    apt-get download hunspell-sl=1:7.5.0-1
    dpkg-deb -x hunspell-sl_1%3a7.5.0-1_all.deb /tmp/sl
    python3 extract_slovene_names.py /tmp/sl/usr/share/hunspell/sl_SI.dic

The dictionary is a Hunspell word list in ISO 8859-2 (its first line the count, then one
`STEM/FLAGS` a line, most inflected forms written out in full), read as text, never
loaded by a spell checker or run. Read here, in the file's order, of the capitalised
stems (the rest in small letters) whose flags are `J` alone or `M` alone, the masculine
nouns of the declension the dictionary gives Slovene family names (Mohorčič/J,
Kersnič/J, Ravbar/J, Praprotnik/M, Pirih/M):

- as given names, those found by reading the dictionary's capitalised stems that no list
  here holds (`GIVEN_NAMES`, each with the stem and flags the dictionary writes it with:
  old Slavic and saints' names and Slovene pet forms, Hotimir, Tugomer, Zmagoslava,
  Mohor, Miklavž, Tončka, Poldka); the script stops if a listed given name's stem is not
  in the file with those flags;
- as surnames, every other stem of the two classes, minus the names of inhabitants (a
  `J` stem in -c whose feminine, in -ka or -k, is a stem of the file too: Šentjurc and
  Šentjurčanka; an `M` stem in -an or -anin: Kranjčan), and minus the peoples, the
  figures of the Bible, antiquity and myth, famous foreigners, places and words found
  among them by reading (`NOT_SURNAMES`).

Bare names, no person's record and no list of anyone. Each name written in plain letters
(the carons dropped), capitalised with the rest in small letters, three letters or more,
ASCII letters only, with a vowel, each once (`write_kept_given_and_surnames`); titles and
particles (`TITLES`) and the spellings comments use for words in texting style
(`TEXTING_SPELLINGS` of src/redact/person/interjections.rs) left out. Measuring names
only, never trained on.
"""

import sys
from pathlib import Path

from name_list_tools import plain_letters, write_kept_given_and_surnames

# The given names found by reading the dictionary's capitalised stems that no list here
# holds: the name as written, the stem and the flags it has in the dictionary.
GIVEN_NAMES = {
    "Hotimir": ("Hotimir", "J"),
    "Tjaž": ("Tjaž", "J"),
    "Žorž": ("Žorž", "J"),
    "Ahac": ("Ahac", "J"),
    "Mohor": ("Mohor", "J"),
    "Miklavž": ("Miklavž", "J"),
    "Bonifacij": ("Bonifacij", "J"),
    "Ambrozij": ("Ambrozij", "J"),
    "Tugomer": ("Tugomer", "M"),
    "Urh": ("Urh", "M"),
    "Zmagoslav": ("Zmagoslav", "MA"),
    "Zmagoslava": ("Zmagoslav", "MA"),
    "Vekoslava": ("Vekoslav", "MA"),
    "Tončka": ("Tončk", "MA"),
    "Poldka": ("Poldk", "MA"),
    "Premko": ("Premko", "S"),
    "Mihela": ("Mihel", "A"),
    "Nežica": ("Nežic", "A"),
    "Atanazija": ("Atanazij", "JA"),
}

# Peoples, figures of the Bible, antiquity and myth, famous foreigners, places and words
# among the two classes' stems, found by reading (in plain letters).
NOT_SURNAMES = set(
    """
Eichendorff Robinzon Langobard Kreon Zevs Melanchton Gagern Auersperg Tevton Ujgur
Rahmaninov Solzenicin Tutankamon Mendelejev Nernst Kmer Kiklop Hipokrat Pencroff Ockham
Romun Meroving Tegetthoff Gorbacov Cobenzl Skenderbeg Habsburg Olmek Eskim Uskok
Tupoljev Pozejdon Polineik Kazah Toltek Selevkid Sefard Arhimed Aristarh Hotentot
Heraklit Eratosten Plutarh Belcebub Belorus Bizant Karoling Hetit Sikst Teoderik Kirgiz
Novoskot Cehoslovak Aztek Sizif Herodot Kristus Hruscov Jelcin Aljehin Solohov Turgenjev
Breznjev Herberstein Hohenwart Attems Sonnenwald Spilett Lidenbrock Saljapin Habakuk
Mojzes Harlekin Kajn Prlek Madzar Hrvat Bolgar Narobe Kruh Puh Buh Juh Kapun Ozim
Paternost Zivadinov Verk Irt Mav Popit Gilcvert Kurent Markrab Kalmik Orozim
Ptolemaj Ptolemej Masaj Flavij Tezej Gilgames Orfej Konfucij Epikur Celzij Vergerij
Sostakovic Rostropovic Anglez Visnu Mostar Bihar Mesar Stroj Vihar Gozdar Obcinar
Svicar Kanoni Modre Centar Mandzur Vrtar Menase Apoloni Alojzi Dionizi Hohenzollern Eros
""".split()
)


def entries(dic: Path):
    """Each stem of the word list and its flags, in the file's order (ISO 8859-2)."""
    for line in dic.read_text(encoding="iso8859-2").splitlines()[1:]:
        stem, _, flags = line.partition("/")
        yield stem.strip(), flags.strip()


def names(dic: Path):
    """The given names and the surnames the rules keep, in the file's order."""
    table = list(entries(dic))
    stems = {}
    for stem, flags in table:
        stems.setdefault(stem, set()).add(flags)
    missing = [g for g, (stem, flags) in GIVEN_NAMES.items() if flags not in stems.get(stem, ())]
    if missing:
        raise SystemExit(f"not in the dictionary: {missing}")
    given_stems = {stem for stem, _ in GIVEN_NAMES.values()}
    given = list(GIVEN_NAMES)
    surnames, done = [], set()
    for stem, flags in table:
        if flags not in ("J", "M") or stem in done or stem in given_stems:
            continue
        if not (stem[:1].isupper() and stem[1:].islower()):
            continue
        done.add(stem)
        if flags == "J" and stem.endswith("c"):
            feminine = (stem[:-1] + "ka", stem + "ka", stem[:-1] + "k", stem + "k")
            if any(f in stems for f in feminine):
                continue
        if flags == "M" and stem.endswith(("an", "anin")):
            continue
        if plain_letters(stem) in NOT_SURNAMES:
            continue
        surnames.append(stem)
    return given, surnames


def main(dic: str) -> None:
    given, surnames = names(Path(dic))
    write_kept_given_and_surnames("round93", given, surnames, set())


if __name__ == "__main__":
    main(sys.argv[1])
