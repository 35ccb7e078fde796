#!/usr/bin/env python3
"""Writes opencorpora_first_names.txt and opencorpora_surnames.txt, the seventy-second
round's measuring names, from the PyPI package `pymorphy3-dicts-ru` 2.4.417150.4580142
(the OpenCorpora dictionary of Russian, source revision 417150, compiled for the
morphological analyser pymorphy3 by Danylo Halaiko; its Python code MIT, its data, its
METADATA says, under the Creative Commons Attribution-ShareAlike licence 3.0).

    pip download --no-deps pymorphy3-dicts-ru==2.4.417150.4580142 -d /tmp/pmr
    cd /tmp/pmr && unzip -q pymorphy3_dicts_ru-2.4.417150.4580142-py2.py3-none-any.whl
    pip install dawg-python==0.7.2   # only to read the DAWG file
    python3 extract_opencorpora_names.py /tmp/pmr/pymorphy3_dicts_ru/data

The package's `data` folder holds the dictionary as files, read here as data, never
imported or run: `words.dawg`, a DAWG (read with the reader of the `dawg-python` package)
from every word form to the number of its paradigm and its place in it, two 16-bit
numbers; `paradigms.array`, the paradigms (a count, then each paradigm as a count and
that many 16-bit numbers: the suffix, the tag and the prefix of each of its forms); and
`gramtab-opencorpora-int.json`, the tags. A form whose place is the first of its
paradigm is the lexeme's head form (the nominative singular; of a surname, the men's
form), and its tag says the kind of word: OpenCorpora marks given names (`Name`),
surnames (`Surn`) and patronymics (`Patr`) as grammemes of their own. Read here: every
head form whose tag holds `Name` as a given name and every one whose tag holds `Surn` as
a surname, in the DAWG's order (the Cyrillic alphabet's), men's and women's alike; the
patronymics and the forms the dictionary marks as misspellings (`Erro`) left out. Bare
names, no person's record and no list of anyone. The names no other list of this project
holds are above all the given names of the peoples of Russia, the Caucasus and Central
Asia as Russian spells them (Tatar, Bashkir, Chechen, Dagestani, Kazakh, Kyrgyz, Uzbek,
Tajik, Azerbaijani, Armenian, Buryat: Zaynutdin, Gabibullakh, Khatimat, Geldymurad), the
Russian little-names (Margosha, Tolyana, Zhorzhik) and the rarer Russian, Ukrainian and
Belarusian family names (Senotrusov, Zimoveykin, Gapunenko); the dictionary also holds
misspellings it does not mark (Aleskandr) and foreign names in their Russian spelling
(Dzhuzeppe, Oruell), kept as it gives them. Each name written in Latin
letters as people in the UK write Russian names (the BGN/PCGN-like table of
extract_russian_names_names.py: kh, ts, ch, sh, shch, zh, yu, ya, yo; hard and soft signs
dropped), capitalised with the rest in small letters, three letters or more, ASCII
letters only (names with a hyphen, "Abdul-Gani", left out), with a vowel (y counts),
each once; titles and particles (`TITLES` of name_list_tools.py), the spellings comments
use for words in texting style (`TEXTING_SPELLINGS` of
src/redact/person/interjections.rs, read from that file) and `NOT_NAMES` (entries found
by reading the short ones no other list holds that read as words or abbreviations more
than names, and beings of fiction) left out.
Measuring names only, never trained on.
"""

import array
import json
import struct
import sys
from pathlib import Path

import dawg_python

from name_list_tools import russian_in_latin as latin, write_kept_given_and_surnames


# Entries found by reading every survivor of four letters or fewer (138 given names, 23
# surnames) and a sample of the rest (see above), in Latin letters: runs of letters that
# read as abbreviations or bare syllables ("Astr", "Akm", "Adl", "Aod", "Aiy", "Ayyg",
# "Tkhi", "Dzhi", "Dzho", "Dzhu"), the Azerbaijani word for "son of" that follows a
# father's name ("Ogly"), a run that reads as a slur ("Niga"), and beings of myth and
# fiction the dictionary tags as given names ("Zevs", "Ikar", "Afrodita", "Odissey",
# "Ktulkhu", "Buratino", "Sherlok") or surnames ("Kholms").
NOT_NAMES = {
    "astr", "akm", "adl", "aod", "aiy", "ayyg", "tkhi", "dzhi", "dzho", "dzhu", "ogly",
    "niga", "zevs", "ikar", "afrodita", "odissey", "ktulkhu", "buratino", "sherlok",
    "kholms",
}


def paradigms_of(path: Path):
    """The paradigms of `paradigms.array`: a count, then each a count and its numbers."""
    out = []
    with path.open("rb") as f:
        (count,) = struct.unpack("<H", f.read(2))
        for _ in range(count):
            (length,) = struct.unpack("<H", f.read(2))
            para = array.array("H")
            para.fromfile(f, length)
            out.append(para)
    return out


def names_of(data: Path):
    """The head forms tagged as given names and as surnames, in the DAWG's order."""
    paradigms = paradigms_of(data / "paradigms.array")
    tags = json.loads((data / "gramtab-opencorpora-int.json").read_text(encoding="utf8"))
    words = dawg_python.RecordDAWG(">HH").load(str(data / "words.dawg"))
    given, surnames = [], []
    for word, (paradigm, place) in words.iteritems():
        if place != 0:
            continue
        para = paradigms[paradigm]
        grammemes = set(tags[para[len(para) // 3]].replace(" ", ",").split(","))
        if "Erro" in grammemes or "Patr" in grammemes:
            continue
        if "Surn" in grammemes:
            surnames.append(word)
        elif "Name" in grammemes:
            given.append(word)
    return given, surnames


def main(folder: str) -> None:
    given, surnames = names_of(Path(folder))
    write_kept_given_and_surnames("opencorpora", given, surnames, NOT_NAMES, latin)


if __name__ == "__main__":
    main(sys.argv[1])
