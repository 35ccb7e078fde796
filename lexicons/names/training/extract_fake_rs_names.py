#!/usr/bin/env python3
"""Extracts the twelfth round's measuring names from the Rust crate `fake` 5.1.0
(MIT OR Apache-2.0): the given names (NAME_FIRST_NAME) and surnames (NAME_LAST_NAME) of
every locale under src/locales/ (the default English data in mod.rs, cy_gb, de_de, fr_fr,
it_it, nl_nl, pt_br, pt_pt, tr_tr; ar_sa, fa_ir, ja_jp, zh_cn and zh_tw are in other
scripts and add nothing), Latin script only, one word each (`Van den Berg` and the like
are left out).  Each locale file holds its lists as Rust string-slice arrays:
`const NAME_FIRST_NAME: &'static [&'static str] = &[ "…", … ];`.

    cd "$(mktemp -d)" && cargo info fake@5.1.0   # or fetch the .crate archive directly
    tar xzf ~/.cargo/registry/cache/*/fake-5.1.0.crate
    python3 /path/to/lexicons/names/training/extract_fake_rs_names.py fake-5.1.0 \
        /path/to/lexicons/names/training

Writes fake_rs_first_names.txt and fake_rs_surnames.txt (one name a line, first seen first,
duplicates dropped, case-insensitively).  train-pii drops every name that any other list
holds.
"""
import os
import re
import sys
import unicodedata

LOCALES = ["mod", "ar_sa", "cy_gb", "de_de", "fa_ir", "fr_fr", "it_it", "ja_jp", "nl_nl",
           "pt_br", "pt_pt", "tr_tr", "zh_cn", "zh_tw"]
# Entries of the crate that are not names: words and cut-off entries among the default
# English given names (`Name`, `Baby`, `Christop`, `Providenci`…), typing slips (nl_nl's
# `FAnke`, fr_fr's `Goeffrey` and `Thilbault`) and the placeholder names that stand for
# "John Doe" (de_de's `Mustermann` and `Musterfrau`, the Finnish `Meikäläinen`).
NOT_NAMES = {"Name", "Baby", "General", "Sister", "Christop", "Providenci", "Brain",
             "Pink", "Toy", "Unique", "Florida", "Missouri", "America", "FAnke",
             "Goeffrey", "Thilbault", "Mustermann", "Musterfrau", "Meikäläinen"}


def array(source, key):
    match = re.search(r"const " + key + r":[^=]*=\s*&\[(.*?)\];", source, re.S)
    if match is None:
        return None
    return re.findall(r'"((?:[^"\\]|\\.)*)"', match.group(1))


def latin(word):
    for ch in word:
        if ch in "'’-":
            continue
        if not ch.isalpha() or "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def real_name(name):
    return (name and " " not in name and latin(name) and name[0].isupper()
            and name not in NOT_NAMES)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: extract_fake_rs_names.py CRATE_DIR OUT_DIR")
    crate, out_dir = sys.argv[1:]
    sources = []
    for locale in LOCALES:
        with open(os.path.join(crate, "src", "locales", locale + ".rs"), encoding="utf-8") as f:
            sources.append(f.read())
    if array(sources[0], "NAME_FIRST_NAME") is None:
        sys.exit("mod.rs: no NAME_FIRST_NAME: another version of the crate?")
    for key, file in (("NAME_FIRST_NAME", "fake_rs_first_names.txt"),
                      ("NAME_LAST_NAME", "fake_rs_surnames.txt")):
        seen, out = set(), []
        for source in sources:
            for raw in array(source, key) or []:
                name = raw.strip()
                if not real_name(name) or name.lower() in seen:
                    continue
                seen.add(name.lower())
                out.append(name)
        with open(os.path.join(out_dir, file), "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
        print(f"{file}: {len(out)}")


if __name__ == "__main__":
    main()
