#!/usr/bin/env python3
"""Writes the measuring-name lists of the zxcvbn-ts language packages (the dictionaries
of a password strength estimator, MIT, their licence files and package.json licence
fields), one package a run:

- `@zxcvbn-ts/language-nl-be` 3.0.2, forty-ninth round: `zxcvbn_nl_be_first_names.txt`
  from `src/boysFirstnames.json` then `src/girlsFirstnames.json`, and
  `zxcvbn_nl_be_surnames.txt` from `src/lastnames.json` (Belgian given and family names
  from the Belgian statistics office's open data);
- `@zxcvbn-ts/language-pl` 3.0.2, fiftieth round: `zxcvbn_pl_first_names.txt` from
  `src/maleFirstnames.json` then `src/femaleFirstnames.json`, and `zxcvbn_pl_surnames.txt`
  from `src/maleLastnames.json` then `src/femaleLastnames.json` (the feminine forms,
  -ska and -cka, are family names too);
- `@zxcvbn-ts/language-cs` 3.0.1, fifty-first round: `zxcvbn_cs_first_names.txt` from
  `src/firstnames.json`, and `zxcvbn_cs_surnames.txt` from `src/lastnames.json` (most
  names twice, with their marks and written plain; the feminine forms, -ova and -a, are
  family names too);
- `@zxcvbn-ts/language-it` 3.0.2, fifty-second round: `zxcvbn_it_first_names.txt` from
  `src/firstnames.json`, and `zxcvbn_it_surnames.txt` from `src/lastnames.json` (Italian
  given names, some of them misspelt as registries wrote them, and Italian family names;
  entries with an apostrophe are left out by the ASCII-letters rule);
- `@zxcvbn-ts/language-fr` 4.1.2, fifty-third round: `zxcvbn_fr_first_names.txt` from
  `src/lastnames.json`, and `zxcvbn_fr_surnames.txt` from `src/firstnames.json`: in this
  package the two files hold each other's names (`firstnames.json` is an alphabetical
  list of French family names, many of them of North African, Portuguese and Breton
  origin, and `lastnames.json` one of the given names of children born in France, many
  of them of North and West African origin), so each is read for what it holds; most
  names twice, with their marks and written plain, kept once; double-barrelled names
  left out by the ASCII-letters rule;
- `@zxcvbn-ts/language-fi` 3.0.2, fifty-fourth round: `zxcvbn_fi_first_names.txt` from
  `src/maleFirstnames.json` then `src/femaleFirstnames.json`, and `zxcvbn_fi_surnames.txt`
  from `src/lastnames.json` (Finnish given and family names, the vowels with marks
  written plain; double-barrelled names left out by the ASCII-letters rule);
- `@zxcvbn-ts/language-id` 4.1.1, fifty-fifth round: `zxcvbn_id_first_names.txt` from
  `src/names.json` (Indonesian given names, from a list of them on Wiktionary, its README
  says; most Indonesians bear no family name, so the package has no surname file and the
  round's surnames are all the hand-written list's; an entry with an apostrophe and one
  holding two names joined by a comma are left out by the ASCII-letters rule);
- `@zxcvbn-ts/language-ja` 3.0.2, fifty-sixth round: `zxcvbn_ja_first_names.txt` from
  `src/firstnames.json`, and `zxcvbn_ja_surnames.txt` from `src/lastnames.json` (Japanese
  given and family names in Latin letters, the long vowels written ou and uu as the
  package writes them; an entry with an apostrophe, which parts a syllable-final n from
  a vowel, is left out by the ASCII-letters rule, and a two-letter one by the length
  rule);
- `@zxcvbn-ts/language-es-es` 4.1.2, fifty-eighth round: `zxcvbn_es_es_first_names.txt`
  from `src/firstnames.json`, and `zxcvbn_es_es_surnames.txt` from `src/lastnames.json`
  (the given and family names borne in Spain, most common first, among them the Basque,
  Catalan, Galician and Canarian given names and the family names of every region and of
  the families who came to Spain from Romania, Morocco, Portugal and further; the
  accents and the tilde written plain; a family name of several words, such as "de la
  fuente", or with an apostrophe is left out by the ASCII-letters rule, and a two-letter
  name by the length rule);
- `@zxcvbn-ts/language-ar` 3.1.0, fifty-ninth round: `zxcvbn_ar_first_names.txt` from
  `src/firstnames.json`, and `zxcvbn_ar_surnames.txt` from `src/lastnames.json` (Arabic
  given names in Latin letters, among them the names of the early Islamic centuries, and
  the family names of Arab families abroad, most of them Lebanese and Syrian Christian
  families as they spelt their names in the Americas; a compound given name written with
  a hyphen, such as "abdul-aziz", or with an apostrophe, such as "isma'il", is left out by
  the ASCII-letters rule);
- `@zxcvbn-ts/language-de` 3.0.2, sixtieth round: `zxcvbn_de_first_names.txt` from
  `src/firstnames.json`, and `zxcvbn_de_surnames.txt` from `src/lastnames.json` (the
  given names borne in Germany, in alphabetical order, and the family names of Germany,
  most common first; the umlauts and other marks written plain, so "müller" is written
  Muller, and a name written both ways is kept once; the 61 family names with the sharp
  s, such as "strauß", and the one of two words, "de vries", are left out by the
  ASCII-letters rule, and the two-letter given name "bo" by the length rule);
- `@zxcvbn-ts/language-pt-br` 4.1.1, sixty-fifth round: `zxcvbn_pt_br_first_names.txt`
  from `src/firstnames.json`, and `zxcvbn_pt_br_surnames.txt` from `src/lastnames.json`
  (the given names borne in Brazil, most common first, among them the spellings Brazilian
  registries write, "jhenefer", "jamilli", "kauan", and the family names of Brazil, in
  alphabetical order, Portuguese, Italian, German, Spanish, Lebanese and Japanese by
  origin; the accents, the tilde and the cedilla written plain, so "joão" is written
  Joao, and a name written both ways is kept once; a name of several words or with an
  apostrophe is left out by the ASCII-letters rule, and a two-letter one by the length
  rule).

    npm pack @zxcvbn-ts/language-pl@3.0.2
    tar xzf zxcvbn-ts-language-pl-3.0.2.tgz -C /tmp/zxcvbn_pl
    python3 extract_zxcvbn_names.py pl /tmp/zxcvbn_pl/package

Each data file is read as data (a JSON array of lower-cased names in frequency order),
never imported or run, in file order. Each name is written in plain letters (accents,
carons and other marks dropped, and the Polish barred l, which has no mark to drop,
written l), capitalised with the rest in small letters, three letters or more, ASCII
letters only, first occurrence kept (so a name written both ways is kept once); entries
with a hyphen or a space (double-barrelled family names) are left out by the
ASCII-letters rule. A name spelt as comments spell a word in texting style would be
dropped too (`TEXTING_SPELLINGS`: the test that keeps such spellings off every name
list failed on two of the French package's family names, on one of the Spanish
package's and on one of the Arabic package's given names, so they are dropped; the other
packages' lists hold none). A package with no surname file (the Indonesian one) gets a
given-name list only. Measuring names only, never trained on.
"""

import sys
from pathlib import Path

from name_list_tools import (
    names_in_json_array,
    unique,
    without_marks,
    write_given_and_surnames,
    write_list,
)

# Spellings the redactor reads as words in texting style: two of the French package's
# family names, one of the Spanish package's and one of the Arabic package's given names
# (none in the other packages' data).
TEXTING_SPELLINGS: set = {"fave", "goin", "comin", "makin"}


def plain_polish(name: str) -> str:
    """The name in plain letters: marks dropped, the barred l written l."""
    return without_marks(name.replace("ł", "l").replace("Ł", "L"))


# Each package's language: its given-name files, its surname files, and how its names are
# written in plain letters.
LANGUAGES = {
    "nl_be": (
        ["boysFirstnames.json", "girlsFirstnames.json"],
        ["lastnames.json"],
        without_marks,
    ),
    "pl": (
        ["maleFirstnames.json", "femaleFirstnames.json"],
        ["maleLastnames.json", "femaleLastnames.json"],
        plain_polish,
    ),
    "cs": (["firstnames.json"], ["lastnames.json"], without_marks),
    "it": (["firstnames.json"], ["lastnames.json"], without_marks),
    # The French package's files hold each other's names: given names in lastnames.json,
    # family names in firstnames.json.
    "fr": (["lastnames.json"], ["firstnames.json"], without_marks),
    "fi": (
        ["maleFirstnames.json", "femaleFirstnames.json"],
        ["lastnames.json"],
        without_marks,
    ),
    # The Indonesian package has given names only (no surname file).
    "id": (["names.json"], [], without_marks),
    "ja": (["firstnames.json"], ["lastnames.json"], without_marks),
    "es_es": (["firstnames.json"], ["lastnames.json"], without_marks),
    "ar": (["firstnames.json"], ["lastnames.json"], without_marks),
    "de": (["firstnames.json"], ["lastnames.json"], without_marks),
    "pt_br": (["firstnames.json"], ["lastnames.json"], without_marks),
}


def main(language: str, package: str) -> None:
    given_files, surname_files, plain = LANGUAGES[language]
    src = Path(package) / "src"

    def names_of(files):
        return [n for f in files for n in names_in_json_array(src / f, plain, TEXTING_SPELLINGS)]

    folder, stem = Path(__file__).parent, f"zxcvbn_{language}"
    if not surname_files:
        # Given names only: no surname list is written.
        write_list(folder / f"{stem}_first_names.txt", unique(names_of(given_files), lower_rest=True))
        return
    write_given_and_surnames(folder, stem, names_of(given_files), names_of(surname_files))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
