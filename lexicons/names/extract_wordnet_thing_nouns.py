#!/usr/bin/env python3
"""Write thing_nouns.txt: everyday English nouns for concrete things, from WordNet 3.0.

A name written right before such a noun modifies it ("Conway Stewart pens", "a Lady
Boothby fuchsia") and so names a make, a kind or a breed, not a person. The redactor
reads the list (src/redact/person/named_before_its_kind.rs); this script is how it was
made, so that anyone can remake it:

    apt-get install wordnet-base
    python3 lexicons/names/extract_wordnet_thing_nouns.py > lexicons/names/thing_nouns.txt

A word is kept when all of these hold:
- it is in english_words.txt or english_words_more.txt, has three letters or more, and
  is on no name list of this folder (first_names, surnames, word_names*: "wood",
  "rose" are names too);
- WordNet reads it as a noun (itself, or a plural: -s, -es, -ies, and noun.exc), and the
  first (most used) sense of that noun is of a concrete kind: plant, food, animal,
  artifact, substance or object (the lexicographer files noun.plant ... noun.object);
- WordNet gives it no adjective or adverb reading, and no verb reading that was ever
  seen in WordNet's tagged texts (a verb sense count above zero: "pens", "jam" are
  left out, since "Sarah pens a note" reads as a person).
Each line is the word and the kind of its first sense. WordNet's licence asks that its
notice go with every copy; the script writes it into the file's header.

With `--nouns` it writes noun_words.txt instead: the English words of the lists above
(three letters or more) that WordNet reads mostly as a noun, abstract ones too: a noun
reading, and its tagged sense count at least that of any verb reading and above that of
any adjective or adverb reading ("period", "heat", "eyes", "shop", "redbreast"). In a
comment without capitals, a word that is a given name and an everyday word, opening a
sentence right before one of them, makes a compound with it ("grace period", "summer
heat"), not a person doing something (src/redact/person/vetoes.rs):

    python3 lexicons/names/extract_wordnet_thing_nouns.py --nouns > lexicons/names/noun_words.txt

With `--places` it writes place_nouns.txt instead: the words for a built or natural place
that end a place's name when capitalised ("Kelvingrove Art Museum", "Thorp Perrow
Arboretum", "Jodrell Bank Observatory", "Malham Tarn Field Centre"), never a person's. A
word is kept when it passes the tests of thing_nouns.txt on names, adjectives, adverbs
and verbs (above), and the first sense of the word (or of its singular) is a common
noun, not a proper one ("bikini", "japan" are left out; a word WordNet holds as a noun
is read as itself, not as a plural: "shorts"), under one of these in WordNet's
tree of kinds: building, facility, place of worship, body of water, geological
formation, land, tract, tower, building complex, penal institution (a hospital, a
museum, an airport, a chapel, a loch, a cave, an island, a meadow, a lighthouse, a
mill, a prison). The redactor reads it (src/redact/person/place_nouns.rs):

    python3 lexicons/names/extract_wordnet_thing_nouns.py --places > lexicons/names/place_nouns.txt
"""

import pathlib
import sys

WORDNET = pathlib.Path("/usr/share/wordnet")
HERE = pathlib.Path(__file__).resolve().parent
KINDS = {17: "object", 6: "artifact", 13: "food", 5: "animal", 20: "plant", 27: "substance"}
NOTICE = """# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT
# LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT-
# ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED
# SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS,
# COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
# (Debian package wordnet-base 1:3.0; licence: /usr/share/doc/wordnet-base/copyright)"""


def index(pos):
    """Lemma -> (tagged sense count, synset offsets in sense order)."""
    out = {}
    for line in open(WORDNET / f"index.{pos}", encoding="latin-1"):
        if line.startswith(" "):
            continue
        parts = line.split()
        pointers = int(parts[3])
        rest = parts[4 + pointers :]
        out[parts[0]] = (int(rest[1]), rest[2:])
    return out


def exceptions(pos):
    out = {}
    for line in open(WORDNET / f"{pos}.exc", encoding="latin-1"):
        inflected, base = line.split()[:2]
        out.setdefault(inflected, []).append(base)
    return out


def bases(word, lemmas, suffixes, exc):
    found = [word] if word in lemmas else []
    for suffix, replacement in suffixes:
        if word.endswith(suffix):
            base = word[: -len(suffix)] + replacement
            if base in lemmas:
                found.append(base)
    found += [b for b in exc.get(word, []) if b in lemmas]
    return found


def words(name):
    out = set()
    for line in open(HERE / name, encoding="utf-8"):
        line = line.split("#")[0].strip().lower()
        out.update(line.split())
    return out


def noun_words():
    """The words mostly read as nouns (see the module's header, `--nouns`)."""
    nouns, verbs, adjectives, adverbs = (index(p) for p in ("noun", "verb", "adj", "adv"))
    noun_exc, verb_exc = exceptions("noun"), exceptions("verb")
    plural = (("ies", "y"), ("es", ""), ("s", ""))
    verb_forms = plural + (("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))
    english = words("english_words.txt") | words("english_words_more.txt")
    kept = []
    for word in sorted(english):
        if len(word) < 3 or not word.isalpha() or not word.isascii():
            continue
        noun_bases = bases(word, nouns, plural, noun_exc)
        if not noun_bases:
            continue
        as_noun = max(nouns[b][0] for b in noun_bases)
        as_verb = max((verbs[b][0] for b in bases(word, verbs, verb_forms, verb_exc)), default=0)
        as_other = max(
            [adjectives[b][0] for b in bases(word, adjectives, (), {})]
            + [adverbs[b][0] for b in bases(word, adverbs, (), {})],
            default=-1,
        )
        if as_noun >= as_verb and as_noun > as_other:
            kept.append(word)
    write_list(
        "# English words WordNet reads mostly as nouns (see extract_wordnet_thing_nouns.py).",
        "# Made by extract_wordnet_thing_nouns.py --nouns; do not edit.",
        kept,
    )


def noun_synsets():
    """Offset -> (lexicographer file number, lemmas, hypernym offsets) of every noun
    synset of WordNet's data.noun."""
    synsets = {}
    for line in open(WORDNET / "data.noun", encoding="latin-1"):
        if line.startswith(" "):
            continue
        parts = line.split()
        count = int(parts[3], 16)
        lemmas = [parts[4 + 2 * i] for i in range(count)]
        k = 4 + 2 * count
        hypernyms = [
            parts[k + 2 + 4 * i]
            for i in range(int(parts[k]))
            if parts[k + 1 + 4 * i] in ("@", "@i") and parts[k + 3 + 4 * i] == "n"
        ]
        synsets[parts[0]] = (int(parts[1]), lemmas, hypernyms)
    return synsets


def write_list(title, made_by, kept):
    """Print a list with its two header lines and WordNet's notice; count it on stderr."""
    print(title)
    print(made_by)
    print(NOTICE)
    print("\n".join(kept))
    print(f"{len(kept)} words", file=sys.stderr)


def everyday_nouns(nouns, verbs, adjectives, adverbs):
    """Yield (word, noun bases, verb bases) for the English words of the lists, of three
    letters or more and on no name list, that WordNet reads as a noun, with no adjective
    or adverb reading and no verb reading seen in use: what both lists start from."""
    noun_exc, verb_exc, adj_exc = exceptions("noun"), exceptions("verb"), exceptions("adj")
    plural = (("ies", "y"), ("es", ""), ("s", ""))
    verb_forms = plural + (("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))
    comparative = (("er", ""), ("est", ""), ("ier", "y"), ("iest", "y"), ("er", "e"), ("est", "e"))
    english = words("english_words.txt") | words("english_words_more.txt")
    names = set()
    for name in ("first_names.txt", "surnames.txt", "word_names.txt", "word_names_more.txt"):
        names |= words(name)
    for word in sorted(english):
        if len(word) < 3 or not word.isalpha() or not word.isascii() or word in names:
            continue
        noun_bases = bases(word, nouns, plural, noun_exc)
        if not noun_bases:
            continue
        if bases(word, adjectives, comparative, adj_exc) or bases(word, adverbs, (), {}):
            continue
        verb_bases = bases(word, verbs, verb_forms, verb_exc)
        if any(verbs[b][0] > 0 for b in verb_bases):
            continue
        yield word, noun_bases, verb_bases


PLACE_KINDS = (
    "building",
    "facility",
    "place_of_worship",
    "body_of_water",
    "geological_formation",
    "land",
    "tract",
    "tower",
    "building_complex",
    "penal_institution",
)


def place_nouns():
    """The words for a built or natural place (see the module's header, `--places`)."""
    nouns, verbs, adjectives, adverbs = (index(p) for p in ("noun", "verb", "adj", "adv"))
    synsets = noun_synsets()
    kinds = {offset for offset, (_, lemmas, _) in synsets.items() if lemmas[0] in PLACE_KINDS}

    def is_a_place(offset):
        seen, stack = set(), [offset]
        while stack:
            here = stack.pop()
            if here in kinds:
                return True
            if here not in seen:
                seen.add(here)
                stack += synsets[here][2]
        return False

    kept = []
    for word, noun_bases, _ in everyday_nouns(nouns, verbs, adjectives, adverbs):
        # The word's own noun if WordNet has one ("shorts" are no short's plural).
        base = noun_bases[0]
        first_sense = nouns[base][1][0]
        if base in synsets[first_sense][1] and is_a_place(first_sense):
            kept.append(word)
    write_list(
        "# Everyday nouns for a built or natural place, that end a place's name.",
        "# Made by extract_wordnet_thing_nouns.py --places; do not edit.",
        kept,
    )


def main():
    if sys.argv[1:] == ["--nouns"]:
        noun_words()
        return
    if sys.argv[1:] == ["--places"]:
        place_nouns()
        return
    nouns, verbs, adjectives, adverbs = (index(p) for p in ("noun", "verb", "adj", "adv"))
    synsets = noun_synsets()
    kept = []
    for word, noun_bases, verb_bases in everyday_nouns(nouns, verbs, adjectives, adverbs):
        noun_tagged = max(nouns[b][0] for b in noun_bases)
        if verb_bases and noun_tagged == 0:
            continue
        first_sense = nouns[noun_bases[0]][1][0]
        kind = KINDS.get(synsets[first_sense][0])
        if kind:
            kept.append(f"{word} {kind}")
    write_list(
        "# Everyday nouns for concrete things, with the kind of their first WordNet sense.",
        "# Made by extract_wordnet_thing_nouns.py (see its header for the rules); do not edit.",
        kept,
    )


if __name__ == "__main__":
    main()
