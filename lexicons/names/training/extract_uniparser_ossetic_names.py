#!/usr/bin/env python3
"""Writes round86_first_names.txt, the eighty-sixth round's measuring given names, from
the PyPI package `uniparser-ossetic` 2.0.0 (the rule-based morphological analyser of
Ossetic (Iron) by Oleg Belyaev, Arseniy Vydrin and Timofey Arkhangelskiy, 2011-2023,
under the MIT licence; see uniparser_ossetic_LICENSE.md).

    pip download --no-deps uniparser-ossetic==2.0.0
    unzip -d /tmp/oss uniparser_ossetic-2.0.0-py3-none-any.whl
    python3 extract_uniparser_ossetic_names.py \\
        /tmp/oss/uniparser_ossetic/data_strict/lexemes.txt

The package's `data_strict/lexemes.txt` is a plain text file of lexemes, each a `-lexeme`
line followed by ` key: value` lines (`lex`, the lemma; `gramm`, its tags separated by
commas; translations), read as text, never imported, loaded by the analyser or run. The
lexicon tags proper nouns `prop` and the names of people by sex, `M` and `F`; it files no
family names of its own (its few plural clan names are tagged `pltantum`). Read here:
every lemma tagged `prop` and `M` or `F`, not `pltantum`, as a given name, in the file's
order. Bare names, no person's record and no list of anyone (the Ossetian given names,
Akhbolat, Dzerassa, Tembolat, Zalikhan, beside the Georgian, Russian and Muslim given
names in their Ossetian forms, Alyksandr, Fedyr, Makhamat; kept as the lexicon gives
them).

Each name is written as a Russian passport writes it in Latin letters: the Ossetic
letter Russian lacks (ӕ, and the Latin æ some lemmas carry) first as а, the letter an
Ossetian name takes in Russian papers, then the Russian letters as `RUSSIAN_LATIN` of
name_list_tools.py writes them; capitalised with the rest in small letters, three letters
or more, ASCII letters only, with a vowel, each once (`write_kept_list`); titles and
particles (`TITLES`), the spellings comments use for words in texting style
(`TEXTING_SPELLINGS` of src/redact/person/interjections.rs) and `NOT_NAMES` left out.
The lexicon has no surnames, so the round's surnames are its hand-written list's alone.
Measuring names only, never trained on.
"""

import re
import sys
from pathlib import Path

from name_list_tools import russian_in_latin, write_kept_list

# Entries found by reading every given name no other list holds (203): a people's name
# (Abkhaz), a saint and god and a smith of legend (Uastyrdzhi, Kuyrdalagon) and a figure
# of the Nart tales whose name no one is given now (Uarkhtanag), clan names filed as
# given names (Plita, Tsagarata, Tatari), and entries whose use as a given name could not
# be vouched for (Dzgi, Tokh, Safonka).
NOT_NAMES = {
    "abkhaz", "dzgi", "kuyrdalagon", "plita", "safonka", "tatari", "tokh", "tsagarata",
    "uarkhtanag", "uastyrdzhi",
}

# The Ossetic letter Russian lacks, as the Russian letter a name takes in Russian papers.
AS_RUSSIAN = {"ӕ": "а", "æ": "а"}


def in_latin(lemma: str) -> str:
    """The lemma in Latin letters, as a Russian passport writes it ([AS_RUSSIAN], then
    `russian_in_latin`), in small letters."""
    return russian_in_latin("".join(AS_RUSSIAN.get(c, c) for c in lemma.lower().strip()))


def given_names(path: Path):
    """The lexicon's given names (`prop` and `M` or `F`, not `pltantum`), in Latin
    letters, in the file's order."""
    text = path.read_text(encoding="utf8")
    for block in text.split("-lexeme")[1:]:
        lemma = re.search(r"^ lex: (.*)$", block, re.M)
        gramm = re.search(r"^ gramm: (.*)$", block, re.M)
        if not (lemma and gramm):
            continue
        tags = set(re.split(r"[,/.]", gramm.group(1).strip()))
        if "prop" in tags and ("M" in tags or "F" in tags) and "pltantum" not in tags:
            yield in_latin(lemma.group(1))


def main(path: str) -> None:
    write_kept_list("round86_first_names.txt", given_names(Path(path)), NOT_NAMES)


if __name__ == "__main__":
    main(sys.argv[1])
