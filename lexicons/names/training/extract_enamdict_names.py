#!/usr/bin/env python3
"""Writes enamdict_first_names.txt and enamdict_surnames.txt, the sixty-eighth round's
measuring names, from the Debian package `enamdict` 2021.02.03-1 (ENAMDICT, the
Japanese proper names dictionary file of the Electronic Dictionary Research and
Development Group, Monash University, the release of 2021-02-03; Creative Commons
Attribution-ShareAlike 3.0, the EDRDG licence statement in the package's
debian/copyright; see enamdict_LICENSE.md).

    apt-get download enamdict=2021.02.03-1
    dpkg-deb -x enamdict_2021.02.03-1_all.deb /tmp/enamdict
    python3 extract_enamdict_names.py /tmp/enamdict/usr/share/edict/enamdict

The dictionary is one plain text file in EUC-JP, one entry a line in the EDICT format,
`KANJI [READING] /(TAGS) Romaji/(TAGS) Romaji/.../`, read as text, never run. Its tags
say what kind of name each sense is: s a surname, g a given name, f a woman's given
name, m a man's, p a place, u a person's name not yet classed, h the full name of one
person (a historical or living person: such entries are never read), and c, o, st, wk,
pr and others companies, organisations, stations, works and products. Read here: the
senses whose tags are only of s, p, g, f and m, the surnames those tagged s (a surname
that is also a place, p,s, is read as a surname) and the given names those tagged g, f
or m; a field with no tags of its own is another spelling of the sense before it. The
entry's headword must be written in kanji or hiragana (with the iteration marks and the
small ke): a headword in katakana or in Latin letters is a foreign name or a stage
name, not a Japanese one. Each romaji reading is written as people in the UK write
Japanese names: in small letters with a capital, an apostrophe dropped (Ken'ichi ->
Kenichi), the old dzi and dzu written ji and zu (Shidzuka -> Shizuka), and the long
vowels ou and uu written o and u (Satou -> Sato, Yuuko -> Yuko; as the fourteenth
round's extract_japanese_names.py writes them) except before an e, where the u begins
the next syllable (Inoue), and oo written o, as a passport writes it (Oota -> Ota,
Ootsuka -> Otsuka). The dictionary lists every reading of every spelling, many
of them once, for a single bearer; a reading is kept only when it is given under two
headwords or more of its kind (two surname spellings, two given-name spellings), so the
readings of one name alone are left out. Then three letters or more, ASCII letters only,
with a vowel, each once, in the file's order; titles and particles (`TITLES` of
name_list_tools.py), the spellings comments use for words in texting style
(`TEXTING_SPELLINGS` of src/redact/person/interjections.rs, read from that file) and
`NOT_NAMES` (readings found by reading the short survivors that are English words or
abbreviations more than names) left out. Measuring names only, never trained on.
"""

import re
import sys
from collections import defaultdict
from pathlib import Path

from name_list_tools import write_kept_given_and_surnames

# The tags read, and the kinds they give.
SURNAME_TAGS = {"s"}
GIVEN_TAGS = {"g", "f", "m"}
READ_TAGS = SURNAME_TAGS | GIVEN_TAGS | {"p"}

# Readings that pass the other rules but read as English words, cries or abbreviations
# more than as names (found by reading the survivors that are short or doubled, and the
# Japanese words English has taken in): the loanwords "Dojo", "Kendo", "Umami",
# "Tatami", "Banzai", "Wakame" and "Tanto" (a knife; and a marking in music), the cries
# "Hoho", "Fufu" and "Maaa", and "Nyu", which reads as an abbreviation.
NOT_NAMES = {
    "dojo", "kendo", "umami", "tatami", "banzai", "wakame", "tanto", "hoho", "fufu",
    "maaa", "nyu",
}

# An entry line: the headword, its reading in kana (absent when the headword is kana)
# and the senses between slashes.
ENTRY = re.compile(r"^(\S+)(?: \[[^\]]+\])? /(.*)/$")
# A sense's tags before its first romaji: "(s,p) Asai".
TAGGED = re.compile(r"^\(([a-z,]+)\) (.*)$")
# Kanji (the unified ideographs and extension A), hiragana and the marks names are
# written with: the iteration marks, the closing mark and the small ke.
JAPANESE = re.compile(r"^[\u3041-\u309f\u3400-\u4dbf\u4e00-\u9fff\u3005\u3006\u30f6]+$")


def romaji(gloss: str) -> str:
    """The reading of one gloss as written in the UK, or "" if it is not one word."""
    word = gloss.split(" (")[0].strip().replace("'", "").lower()
    if not re.fullmatch(r"[a-z]+", word):
        return ""
    word = word.replace("dzi", "ji").replace("dzu", "zu")
    word = re.sub(r"ou(?!e)", "o", word)
    word = re.sub(r"uu(?!e)", "u", word)
    word = word.replace("oo", "o")
    return word[:1].upper() + word[1:]


def readings(lines):
    """Each name reading with its kind ("given" or "surname") and headword, in order."""
    for line in lines:
        match = ENTRY.match(line)
        if not match:
            continue
        headword, body = match.groups()
        if not JAPANESE.match(headword):
            continue
        tags: set = set()
        for field in body.split("/"):
            tagged = TAGGED.match(field)
            if tagged:
                tags = set(tagged.group(1).split(","))
                field = tagged.group(2)
            if not tags or not tags <= READ_TAGS:
                continue
            word = romaji(field)
            if not word:
                continue
            if tags & GIVEN_TAGS:
                yield "given", word, headword
            if tags & SURNAME_TAGS:
                yield "surname", word, headword


def name_lists(path: Path):
    """The given names and surnames read under two headwords or more, in order."""
    lines = path.read_text(encoding="euc_jp").splitlines()
    found = list(readings(lines))
    headwords = defaultdict(set)
    for kind, word, headword in found:
        headwords[kind, word.lower()].add(headword)
    given, surnames = [], []
    for kind, word, _ in found:
        if len(headwords[kind, word.lower()]) >= 2:
            (given if kind == "given" else surnames).append(word)
    return given, surnames


def main(path: str) -> None:
    given, surnames = name_lists(Path(path))
    write_kept_given_and_surnames("enamdict", given, surnames, NOT_NAMES, str.strip)


if __name__ == "__main__":
    main(sys.argv[1])
