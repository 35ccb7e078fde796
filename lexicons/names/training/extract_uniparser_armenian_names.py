#!/usr/bin/env python3
"""Writes round87_first_names.txt and round87_surnames.txt, the eighty-seventh round's
measuring names, from the PyPI package `uniparser-eastern-armenian` 2.1.2 (the rule-based
morphological analyser of Modern Eastern Armenian by Timofey Arkhangelskiy, Alexei
Fedorenko, Victoria Khurshudyan, Alexey Polyakov and other contributors, 2006-2021, under
the MIT licence; see uniparser_armenian_LICENSE.md).
    pip download --no-deps uniparser-eastern-armenian==2.1.2
    unzip -d /tmp/arm uniparser_eastern_armenian-2.1.2-py3-none-any.whl
    python3 extract_uniparser_armenian_names.py \\
        /tmp/arm/uniparser_eastern_armenian/data/lexemes.txt
The package's `data/lexemes.txt` is a plain text file of lexemes, each a `-lexeme` line
followed by ` key: value` lines (`lex`, the lemma; `stem`; `gramm`, its tags separated by
commas; `gloss`; `paradigm`; translations), read as text, never imported, loaded by the
analyser or run. The lexicon tags the names of people by kind: `persn` a given name (with
`m` or `f`) and `famn` a family name, beside `topn` for places. Read here: every lemma
tagged `persn` as a given name and every one tagged `famn` as a surname, in the file's
order. Bare names, no person's record and no list of anyone (the Armenian given names,
Azatuhi, Hambardzum, Srbuhi, and the family names in -yan and -ents, kept as the lexicon
gives them).
Each name is written in Latin letters as Armenian passports and the usual English
spelling of Armenian names write them (`ARMENIAN_LATIN`): ու as u, ո and ե at the start
of a name as vo and ye, և as ev; capitalised with the rest in small letters, three
letters or more, ASCII letters only, with a vowel, each once (`write_kept_given_and_surnames`);
titles and particles (`TITLES`), the spellings comments use for words in texting style
(`TEXTING_SPELLINGS` of src/redact/person/interjections.rs) and `NOT_NAMES` left out.
Measuring names only, never trained on.
"""
import re
import sys
from pathlib import Path
from name_list_tools import write_kept_given_and_surnames

# Entries found by reading every given name and surname no other list holds (212 and
# 219): a god of scripture and its saviour's name as Armenian writes them (Yehova, Hisus),
# a town and a village (Betghehem, Byurakn), the bynames of a historian and a poet and a
# monk's name (Khorenatsi, Narekatsi, Komitas), figures of Greek legend, of the Bible's
# first ages and of a novel (Kadmos, Kalipse, Nemrut, Shveyk), a family name filed as a
# given name and a doubled family name (Maghakyan, Maghakyanyan), a Georgian family name
# in a form no one writes (Sahakashvili), and entries whose use as a given name could not
# be vouched for (Chnashkharhik, Khonarh, Lusntag, Yntsa).
NOT_NAMES = {
    "betghehem", "byurakn", "chnashkharhik", "hisus", "kadmos", "kalipse", "khonarh",
    "khorenatsi", "komitas", "lusntag", "maghakyan", "maghakyanyan", "narekatsi", "nemrut",
    "sahakashvili", "shveyk", "yehova", "yntsa",
}

# The Armenian letters in Latin letters, as Armenian passports and the usual English
# spelling of Armenian names write them (ու, word-initial ո and ե and և in `in_latin`).
ARMENIAN_LATIN = {
    "ա": "a", "բ": "b", "գ": "g", "դ": "d", "ե": "e", "զ": "z", "է": "e", "ը": "y",
    "թ": "t", "ժ": "zh", "ի": "i", "լ": "l", "խ": "kh", "ծ": "ts", "կ": "k", "հ": "h",
    "ձ": "dz", "ղ": "gh", "ճ": "ch", "մ": "m", "յ": "y", "ն": "n", "շ": "sh", "ո": "o",
    "չ": "ch", "պ": "p", "ջ": "j", "ռ": "r", "ս": "s", "վ": "v", "տ": "t", "ր": "r",
    "ց": "ts", "ւ": "v", "փ": "p", "ք": "k", "օ": "o", "ֆ": "f",
}


def in_latin(lemma: str) -> str:
    """The lemma in Latin letters ([ARMENIAN_LATIN]), in small letters: ու as u, ո and ե
    at the start as vo and ye, և (and եւ) as ev; any other character kept, so that a
    lemma not all in Armenian letters falls out as no ASCII name."""
    word = lemma.lower().strip()
    out = []
    i = 0
    while i < len(word):
        c = word[i]
        nxt = word[i + 1] if i + 1 < len(word) else ""
        if c == "ո" and nxt == "ւ":
            out.append("u")
            i += 2
            continue
        if c == "և":
            out.append("ev")
        elif c == "ո" and i == 0:
            out.append("vo")
        elif c == "ե" and i == 0:
            out.append("ye")
        else:
            out.append(ARMENIAN_LATIN.get(c, c))
        i += 1
    return "".join(out)


def names(path: Path):
    """The lexicon's given names (`persn`) and surnames (`famn`), in Latin letters, in
    the file's order."""
    text = path.read_text(encoding="utf8")
    given, surnames = [], []
    for block in text.split("-lexeme")[1:]:
        lemma = re.search(r"^ lex: (.*)$", block, re.M)
        gramm = re.search(r"^ gramm: (.*)$", block, re.M)
        if not (lemma and gramm):
            continue
        tags = set(gramm.group(1).strip().split(","))
        if "persn" in tags:
            given.append(in_latin(lemma.group(1)))
        if "famn" in tags:
            surnames.append(in_latin(lemma.group(1)))
    return given, surnames


def main(path: str) -> None:
    given, surnames = names(Path(path))
    write_kept_given_and_surnames("round87", given, surnames, NOT_NAMES)


if __name__ == "__main__":
    main(sys.argv[1])
