#!/usr/bin/env python3
"""Writes round85_first_names.txt and round85_surnames.txt, the eighty-fifth round's
measuring names, from the Debian package `apertium-br-fr` 0.5.1-1 (the Apertium
project's Breton-French translation data; its Breton morphological dictionary, by
Francis Tyers, Fulup Jakez and Gwenvael Jekel, 2008-2011, under the GNU General Public
License version 2 by the package's copyright file; see apertium_breton_LICENSE.md).

    apt-get download apertium-br-fr=0.5.1-1
    dpkg-deb -x apertium-br-fr_0.5.1-1_all.deb /tmp/br
    python3 extract_apertium_breton_names.py \\
        /tmp/br/usr/share/apertium/apertium-br-fr/br-fr.automorf.bin

`br-fr.automorf.bin` is the Breton analyser compiled by lttoolbox: read here as data
with `lttoolbox_given_and_surnames` of name_list_tools.py, never loaded by lttoolbox or
Apertium or run. The dictionary tags proper nouns `np` and files them as given names
(`np.ant`) and surnames (`np.cog`), beside places, organisations and others, which are
left out. Read here: every lemma tagged `np` then `ant` as a given name and every one
tagged `np` then `cog` as a surname, each once, in the order of the lemmas. The given
names hold, beside the Breton, French and other names, a generated run of letter codes
("Ao L A", "Ao L B" ...) and some two-word entries: neither is a name of three ASCII
letters or more, so `keep` leaves them out. Bare names, no person's record and no list
of anyone (the Breton forms of given names, Dominig, Gwilhom, Katellig, Nikolazig, and
Breton family names, Gonideg, Lagadeg, Skouarneg, beside the surnames of some people of
note, as any list of family names does). Each name written in plain letters (the accents
dropped), capitalised with the rest in small letters, three letters or more, ASCII
letters only, with a vowel, each once (`write_kept_given_and_surnames`); titles and
particles (`TITLES`), the spellings comments use for words in texting style
(`TEXTING_SPELLINGS` of src/redact/person/interjections.rs) and `NOT_NAMES` left out.
Measuring names only, never trained on.
"""

import sys
from pathlib import Path

from name_list_tools import lttoolbox_given_and_surnames, write_kept_given_and_surnames

# Entries found by reading every given name and every surname no other list holds:
# beings and figures of legend and myth (Ahez, Dahud, the city of Ys's princess; Ankou,
# death's servant; Guinglaff, a prophet; Skolan), a cartoon character (Becassine), single
# figures of antiquity whose name no one is given now (Apollodore, Hermias, Konfusius,
# Kaezar), pen and stage names (Abeozen, Glenmor, Krismenn), a marquis's title and a
# name of a place or movement (Pontkalleg, Bleimor), entries whose use as a name could
# not be vouched for (Saig, Tepod), and, as surnames, a misspelt entry (Ggiraudon), a
# patronymic phrase (Abgwilherm), a fragment (Mazhe) and entries whose use as a family
# name could not be vouched for (Abegile, Besov, Bijer).
NOT_NAMES = {
    "abegile", "abeozen", "abgwilherm", "ahez", "ankou", "apollodore", "becassine",
    "besov", "bijer", "bleimor", "dahud", "ggiraudon", "glenmor", "guinglaff", "hermias",
    "kaezar", "konfusius", "krismenn", "mazhe", "pontkalleg", "saig", "skolan", "tepod",
}


def main(path: str) -> None:
    given, surnames = lttoolbox_given_and_surnames(Path(path))
    write_kept_given_and_surnames("round85", given, surnames, NOT_NAMES)


if __name__ == "__main__":
    main(sys.argv[1])
