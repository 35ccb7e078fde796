#!/usr/bin/env python3
"""Writes nomquamgender_first_names.txt, the eighty-first round's measuring given names,
from the PyPI package `nomquamgender` 0.1.4 (MIT, Ian Van Buskirk, 2022; see
nomquamgender_LICENSE.md).

    pip download --no-deps nomquamgender==0.1.4 -d /tmp/nqg
    cd /tmp/nqg && unzip -q nomquamgender-0.1.4-py3-none-any.whl
    python3 extract_nomquamgender_names.py /tmp/nqg/nomquamgender/name_data.json

`nomquamgender/name_data.json` is a plain JSON object (721,739 keys) that the package's
classifier reads: each key a given name in small letters, each value four entries: how
many of the name-and-gender data sets the package gathers hold the name (1 to 35), how
many bearers those sets count for it, the share of them women, and a code of the
package's. Read here as text with the json module, never imported or run. Bare given
names, counted: no person's record, no surname, no pairs and no list of anyone. Kept
are the names of ASCII letters only that five of the sets or more hold and that 20
bearers or more bear (`MIN_SOURCES`, `MIN_BEARERS`): a name found in one set only, or
borne a handful of times, is as often a slip or a fragment as a name. In the file's
order (alphabetical); then capitalised with the rest in small letters, three letters or
more, with a vowel, each once (`write_kept_list` of name_list_tools.py); titles and
particles (`TITLES`), the spellings comments use for words in texting style
(`TEXTING_SPELLINGS` of src/redact/person/interjections.rs) and `NOT_NAMES` left out.
The names kept are the given names of many countries as their registers write them: the
rarer spellings of English, Irish, Scottish and Welsh names (Caoilfhinn, Sheilagh,
Lachlann), the given names of India, Pakistan and Bangladesh, of Korea, China and
Thailand in their Latin spellings (Soojin, Xiaochen, Somporn), of the Balkans, Greece
and the Arab world, and of West Africa (Oluseyi, Nosakhare). Measuring names only, never
trained on.
"""

import json
import sys

from name_list_tools import write_kept_list

# A name is kept when this many of the package's data sets or more hold it ...
MIN_SOURCES = 5
# ... and its bearers in them number this many or more.
MIN_BEARERS = 20

# Entries found by reading every kept name no other list holds (2,311): words (Saudade,
# Anak, Surah, Birdy, Frenchie, Onix, Misk, Eyas), a country and a river (Norge,
# Turia), figures of myth and fiction (Enlil, Skadi, Raistlin, Hermoine), a single
# footballer's name (Ronaldinho), a brand (Marykay), fragments and initials (Adn, Mha,
# Mrk, Soz, Zek) and slips of common names no family bears as a name of its own
# (Adrew, Banjamin, Chrisopher, Ricahrd, Jassica, Jessaca, Benjimen, Christophor,
# Jeffre, Timoth, Kevn).
# Chaitra, a month of the Hindu and Saka calendars that the redactor's calendars_and_skies
# list holds as a month no one is named (src/redact/person/calendars_and_skies.rs), is
# left out too, so that the module's also_names_lists_every_listed_name_of_the_lists test
# holds unchanged.
NOT_NAMES = {
    "chaitra",
    "adn", "adrew", "anak", "babie", "banjamin", "benjimen", "birdy", "chrisopher",
    "christophor", "chuckie", "enlil", "eyas", "frenchie", "hermoine", "jassica",
    "jeffre", "jessaca", "kevn", "marykay", "mha", "misk", "mrk", "norge", "onix",
    "raistlin", "ricahrd", "ronaldinho", "saudade", "skadi", "soz", "surah", "timoth",
    "turia", "zek",
}


def attested_names(path: str):
    """The file's names of ASCII letters that `MIN_SOURCES` sets or more hold and
    `MIN_BEARERS` bearers or more bear, in its order."""
    with open(path, encoding="utf8") as f:
        data = json.load(f)
    for name, value in data.items():
        sources, bearers = value[0], value[1]
        if name.isascii() and name.isalpha() and sources >= MIN_SOURCES and bearers >= MIN_BEARERS:
            yield name


def main(path: str) -> None:
    write_kept_list("nomquamgender_first_names.txt", attested_names(path), NOT_NAMES)


if __name__ == "__main__":
    main(sys.argv[1])
