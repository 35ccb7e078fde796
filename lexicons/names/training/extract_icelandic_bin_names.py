#!/usr/bin/env python3
"""Writes icelandic_bin_first_names.txt and icelandic_bin_surnames.txt from the PyPI
package `islenska-data` 5.0.0 (the Database of Icelandic Morphology, Beygingarlýsing
íslensks nútímamáls, BÍN, of the Árni Magnússon Institute for Icelandic Studies, edited
by Kristín Bjarnadóttir, with additions by Miðeind ehf., compressed for the package
`islenska`; its data under the Creative Commons Attribution-ShareAlike licence 4.0, its
code MIT, by its METADATA; see icelandic_bin_LICENSE.md), and round73_first_names.txt
and round73_surnames.txt, the seventy-third round's measuring names: the lists of the
PyPI package `pymorphy3-dicts-uk` (ukrainian_dictionary_first_names.txt and
ukrainian_dictionary_surnames.txt, written by extract_ukrainian_dictionary_names.py)
followed by this package's (the name-list table takes one given-name file and one
surname file a round, so the two sources are merged here).

    pip download --no-deps islenska-data==5.0.0 -d /tmp/isl
    cd /tmp/isl && unzip -q islenska_data-5.0.0-py3-none-any.whl
    python3 extract_icelandic_bin_names.py /tmp/isl/islenska_data/compressed.bin

`compressed.bin` is read here as data, never imported or run, with `struct` alone: after
its 16-byte signature ("Greynir 05.00.00") come eleven 32-bit numbers, the offsets of its
sections, the first BÍN id of Miðeind's additions and the largest BÍN id; the section of
lemmas holds, for each BÍN id, the offset of the lemma (0 for none), where a 32-bit number
holds the index of its category (`fl`) in its low eight bits, then a length byte and the
lemma in Latin-1; the section of categories holds their names, separated by spaces (the
layout `BinCompressedPure.lemma` of the `islenska` package's bincompress.py reads). BÍN
files each lemma under a category: Icelandic given names (`ism`), patronymics and
matronymics, the surnames by which Icelanders are known (`föð`, `móð`, also those of the
Bible's names, `bibl,föð` and `bibl,móð`: Jónsson, Guðrúnardóttir), and family names
(`ætt`: Thoroddsen, Briem, Hafstein, Miðeind's additions). Read here: every lemma whose
category is `ism` as a given name, and every one whose category is `föð`, `móð`,
`bibl,föð`, `bibl,móð` or `ætt` as a surname, in the order of their BÍN ids (the
patronymics' plural lemmas, children of, "Jónsbörn", left out). Bare names, no person's
record and no list of anyone: BÍN lists the given names the Icelandic naming committee
allows and those of the old records and the sagas, and the patronymics of each. Each
name written in plain letters as an Icelandic name is written where the letters are
missing, as a passport's machine-readable line writes it (þ as th, ð as d, æ as ae, the
accents and the umlaut dropped: "Þórhildur" -> "Thorhildur", "Guðmundsdóttir" ->
"Gudmundsdottir"), capitalised with the rest in small letters, three letters or more,
ASCII letters only, with a vowel (y counts), each once (`write_kept_given_and_surnames`
of name_list_tools.py); titles and particles (`TITLES`), the spellings comments use for
words in texting style (`TEXTING_SPELLINGS` of src/redact/person/interjections.rs, read
from that file) and `NOT_NAMES` left out.
Measuring names only, never trained on.
"""

import struct
import sys
from pathlib import Path

from name_list_tools import (
    without_marks,
    write_kept_given_and_surnames,
    write_merged_round_lists,
)

# The compressed file's signature: the version of its layout read here.
SIGNATURE = b"Greynir 05.00.00"

# The categories read: given names, and the surnames Icelanders bear.
GIVEN = {"ism"}
SURNAMES = {"föð", "móð", "bibl,föð", "bibl,móð", "ætt"}

# The Icelandic letters that plain letters write with two, or without a stroke.
ICELANDIC_PLAIN = {"þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "æ": "ae", "Æ": "Ae"}

# Entries found by reading every given name no other list holds (955) and every surname
# of four letters or fewer no other list holds and a sample of the rest (300): words
# (Oktober, Astronomia, Gamli, old; Svartur, black; Mikill, great; Ungi, young; Karfi, a
# fish; Rjupa, a ptarmigan; Hneta, a nut; Sumarlaus, summerless; Helvitus, read as hell), beings of
# myth (Skadi, Volva, Fornjotur, Fjalarr), characters of children's books (Bangsimon,
# Winnie-the-Pooh; Baktus) and Don Quixote's horse (Rosinant), in plain letters.
NOT_NAMES = {
    "oktober", "astronomia", "gamli", "svartur", "mikill", "ungi", "karfi", "rjupa",
    "hneta", "sumarlaus", "helvitus", "skadi", "volva", "fornjotur", "fjalarr",
    "bangsimon", "baktus", "rosinant",
}


def icelandic_plain(entry: str) -> str:
    """The entry in plain letters: þ, ð and æ as th, d and ae, the marks dropped."""
    return without_marks("".join(ICELANDIC_PLAIN.get(c, c) for c in entry.strip()))


def lemmas_of(path: Path):
    """Each lemma of the compressed BÍN file and its category, in the order of the BÍN
    ids."""
    data = path.read_bytes()
    if data[:16] != SIGNATURE:
        raise SystemExit(f"{path}: not a compressed BÍN file of layout {SIGNATURE!r}")
    offsets = struct.unpack("<IIIIIIIIIII", data[16:60])
    lemmas_offset, subcats_offset, max_bin_id = offsets[2], offsets[6], offsets[9]
    (length,) = struct.unpack_from("<I", data, subcats_offset)
    start = subcats_offset + 4
    categories = [c.decode("latin-1") for c in data[start : start + length].split()]
    out = []
    for bin_id in range(max_bin_id + 1):
        (offset,) = struct.unpack_from("<I", data, lemmas_offset + bin_id * 4)
        if offset == 0:
            continue
        (bits,) = struct.unpack_from("<I", data, offset)
        size = data[offset + 4]
        lemma = data[offset + 5 : offset + 5 + size].decode("latin-1")
        out.append((lemma, categories[bits & 0xFF]))
    return out


def main(path: str) -> None:
    lemmas = lemmas_of(Path(path))
    given = [lemma for lemma, category in lemmas if category in GIVEN]
    surnames = [
        lemma
        for lemma, category in lemmas
        if category in SURNAMES and not lemma.endswith("börn")
    ]
    write_kept_given_and_surnames("icelandic_bin", given, surnames, NOT_NAMES, icelandic_plain)
    write_merged_round_lists(73, "ukrainian_dictionary", "icelandic_bin")


if __name__ == "__main__":
    main(sys.argv[1])
