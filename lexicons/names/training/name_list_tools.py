"""What the extract scripts of the measuring rounds' name lists share: which words are
kept as names, first occurrences in order, and writing a list one name a line."""

import ast
import json
import re
import unicodedata
from pathlib import Path

# Titles and particles written as a word of their own: not names (the extract scripts
# from the sixty-fifth round's on; the sixty-fourth's reads this list with its changes).
TITLES = {
    "mirza", "sheikh", "shaikh", "sultan", "sultana", "emir", "amir", "pasha", "bey",
    "efendi", "effendi", "kadin", "hanim", "begum", "nawab", "maharaja", "maharani",
    "raja", "rani", "rajah", "thakur", "sri", "shri", "swami", "sayyid", "syed", "mullah",
    "imam", "ayatollah", "hajji", "haji", "emperor", "empress", "prince", "princess",
    "duke", "duchess", "count", "countess", "king", "queen", "saint", "pope", "sir",
    "lord", "lady", "ibn", "bin", "bint", "abu", "umm", "von", "van", "der", "den", "del",
    "della", "dos", "das", "les", "mr", "mrs", "dr", "eng", "prof", "papa", "mama",
    "mister", "frau", "herr", "fra", "don", "dona", "sig",
}


def keep(word: str) -> bool:
    """A name is three letters or more, ASCII letters only."""
    return len(word) >= 3 and word.isascii() and word.isalpha()


def unique(words, lower_rest: bool = False):
    """The kept words, capitalised (the rest lower-cased too when `lower_rest`), each
    first occurrence only, case ignored."""
    seen, out = set(), []
    for w in words:
        w = w.strip()
        rest = w[1:].lower() if lower_rest else w[1:]
        w = w[:1].upper() + rest
        if keep(w) and w.lower() not in seen:
            seen.add(w.lower())
            out.append(w)
    return out


def write_list(path: Path, names) -> None:
    """Writes `names` to `path`, one a line."""
    path.write_text("\n".join(names) + "\n")


def write_merged_round_lists(round_number: int, *stems: str) -> None:
    """Writes roundN_first_names.txt and roundN_surnames.txt beside this file: the lists of
    the sources `stems` (their STEM_first_names.txt and STEM_surnames.txt) merged, in that
    order, each name once (a round reads one given-name and one surname file)."""
    here = Path(__file__).parent
    for kind in ("first_names", "surnames"):
        merged = [name for stem in stems for name in read_lines(here / f"{stem}_{kind}.txt")]
        write_list(here / f"round{round_number}_{kind}.txt", unique(merged))


def read_lines(path: Path, skip: int = 0):
    """The non-blank lines of a one-name-a-line file (CRLF or LF), stripped, after the
    first `skip` lines."""
    lines = path.read_text(encoding="utf8").splitlines()[skip:]
    return [line.strip() for line in lines if line.strip()]


def write_given_and_surnames(folder: Path, stem: str, given, surnames) -> None:
    """Writes `STEM_first_names.txt` and `STEM_surnames.txt` into `folder`: each list's
    kept names, capitalised with the rest in small letters, first occurrences only."""
    write_list(folder / f"{stem}_first_names.txt", unique(given, lower_rest=True))
    write_list(folder / f"{stem}_surnames.txt", unique(surnames, lower_rest=True))


def assigned_list(tree: ast.Module, name: str, kind: type = ast.List) -> ast.expr:
    """The node of the literal of `kind` (a list by default, or `ast.Tuple`) assigned to
    `name` at the top of the module."""
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id == name
            and isinstance(node.value, kind)
        ):
            return node.value
    raise SystemExit(f"no {kind.__name__.lower()} literal named {name}")


def list_literal(tree: ast.Module, name: str) -> list:
    """The list literal assigned to `name` at the top of the module (a package's name
    list read as data with `ast.literal_eval`, never imported or run)."""
    return ast.literal_eval(assigned_list(tree, name))


# Russian letters in Latin ones, as people in the UK write Russian names (the table of
# extract_russian_names_names.py and extract_opencorpora_names.py).
RUSSIAN_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
}


def russian_in_latin(word: str) -> str:
    """The Russian word in Latin letters, in small letters ([RUSSIAN_LATIN]; letters the
    table lacks are kept, so the name is dropped later as not ASCII)."""
    return "".join(RUSSIAN_LATIN.get(c, c) for c in word.lower())


# Ukrainian letters in Latin ones, as a Ukrainian passport writes a name (the national
# transliteration of 2010, Cabinet of Ministers resolution 55: h for г, g for ґ, y for и,
# i for і, kh, ts, ch, sh, shch, zh; є, ї, й, ю and я written ye, yi, y, yu and ya at the
# start of a word and ie, i, i, iu and ia inside it; "зг" written zgh; the soft sign and
# the apostrophe dropped): the table of extract_ukrainian_dictionary_names.py.
UKRAINIAN_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "'": "", "\u2019": "", "\u02bc": "",
}

# The Ukrainian letters written one way at the start of a word and another inside it.
UKRAINIAN_LATIN_AT_START = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
UKRAINIAN_LATIN_INSIDE = {"є": "ie", "ї": "i", "й": "i", "ю": "iu", "я": "ia"}


def ukrainian_in_latin(word: str) -> str:
    """The Ukrainian word in Latin letters, in small letters ([UKRAINIAN_LATIN]; letters
    the table lacks are kept, so the name is dropped later as not ASCII)."""
    word = word.lower().replace("зг", "zgh")
    out = []
    for i, c in enumerate(word):
        if c in UKRAINIAN_LATIN_AT_START:
            out.append(UKRAINIAN_LATIN_AT_START[c] if i == 0 else UKRAINIAN_LATIN_INSIDE[c])
        else:
            out.append(UKRAINIAN_LATIN.get(c, c))
    return "".join(out)


def without_marks(name: str) -> str:
    """The name in plain letters: accents, carons and other marks dropped."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def write_from_list_literals(module: str, given_list: str, surname_list: str, stem: str) -> None:
    """Writes STEM_first_names.txt and STEM_surnames.txt beside these scripts from two
    list literals of a Python module read as data (never imported or run), each name in
    plain letters."""
    tree = ast.parse(Path(module).read_text(encoding="utf8"))
    given = [without_marks(n) for n in list_literal(tree, given_list)]
    surnames = [without_marks(n) for n in list_literal(tree, surname_list)]
    write_given_and_surnames(Path(__file__).parent, stem, given, surnames)


def names_in_json_array(path: Path, plain=without_marks, skip=frozenset()):
    """The string entries of one JSON array of name data, each through `plain`, minus
    those whose small-letter form `skip` holds (texting spellings), in order: the shape
    of the zxcvbn-ts language packages' name files."""
    data = json.loads(path.read_text(encoding="utf8"))
    out = [plain(n) for n in data if isinstance(n, str)]
    return [n for n in out if n.lower() not in skip]


def texting_spellings() -> set:
    """TEXTING_SPELLINGS of src/redact/person/interjections.rs, read from the source."""
    src = Path(__file__).resolve().parents[3] / "src/redact/person/interjections.rs"
    text = src.read_text(encoding="utf8")
    block = text.split("const TEXTING_SPELLINGS: &[&str] = &[", 1)[1].split("];", 1)[0]
    return set(re.findall(r'"([^"]+)"', block))


def has_vowel(word: str) -> bool:
    """Whether the word holds a vowel (y counted): a run of consonants is an initialism."""
    return any(c in "aeiouy" for c in word.lower())


def plain_letters(entry: str) -> str:
    """The entry composed (NFC), trimmed and written without marks."""
    return without_marks(unicodedata.normalize("NFC", entry.strip()))


def kept_names(entries, texting: set, not_names: set, plain=plain_letters):
    """The entries in plain letters (`plain`), in order, that are kept as names: three
    ASCII letters or more with a vowel, and no title, texting spelling or entry of
    `not_names` (words the script's own reading found)."""
    out = []
    for entry in entries:
        word = plain(entry)
        low = word.lower()
        if not (keep(word) and has_vowel(word)):
            continue
        if low in TITLES or low in texting or low in not_names:
            continue
        out.append(word)
    return out


def write_kept_given_and_surnames(
    stem: str, given, surnames, not_names: set, plain=plain_letters
) -> None:
    """Writes `STEM_first_names.txt` and `STEM_surnames.txt` beside these scripts: of each
    list, the entries `kept_names` keeps (in plain letters by `plain`, no texting spelling
    of the redactor's and no word of `not_names`), what every extractor of a package's
    given names and surnames writes last."""
    texting = texting_spellings()
    write_given_and_surnames(
        Path(__file__).parent,
        stem,
        kept_names(given, texting, not_names, plain),
        kept_names(surnames, texting, not_names, plain),
    )


def hunspell_entries(dic: Path):
    """Each stem of a Hunspell word list (`.dic`: its first line the count, then one
    `STEM/FLAGS` a line, the flags the affix classes' numbers or letters) and its flags
    as written, in the file's order; the list read as text, never loaded by a spell
    checker."""
    for line in dic.read_text(encoding="utf8").splitlines()[1:]:
        stem, _, flags = line.partition("/")
        yield stem.strip(), flags.strip()


def write_kept_list(file_name: str, entries, not_names: set, plain=plain_letters) -> None:
    """Writes `file_name` beside these scripts: the entries `kept_names` keeps (in plain
    letters by `plain`, no texting spelling of the redactor's and no word of
    `not_names`), each once, capitalised with the rest in small letters; what an
    extractor of one list (given names or surnames alone) writes last."""
    kept = kept_names(entries, texting_spellings(), not_names, plain)
    write_list(Path(__file__).parent / file_name, unique(kept, lower_rest=True))


def _lttoolbox_number(data: bytes, at: int):
    """One number of an lttoolbox file at `at` (one to four bytes, the top two bits of the
    first saying how many follow) and the offset after it."""
    first = data[at]
    extra = first >> 6
    value = first & (0x3F if extra else 0xFF)
    for i in range(extra):
        value = (value << 8) | data[at + 1 + i]
    return value, at + 1 + extra


def lttoolbox_transducers(path: Path) -> dict:
    """The transducers of a compiled lttoolbox file (an Apertium `.bin`, read as data,
    never loaded by lttoolbox or run), by name: each its initial state, its final states
    and, for each state, its transitions as (input symbol, output symbol, next state), a
    symbol a letter, a tag in angle brackets or "" for none. The layout lttoolbox 3.7
    writes: an optional "LTTB" header and 64-bit features, the alphabetic letters, the
    tags, the symbol pairs, then each transducer by name with an optional "LTTD" header,
    whose features' lowest bit says whether weights follow each final and transition."""
    data = path.read_bytes()
    at = 12 if data[:4] == b"LTTB" else 0

    def number():
        nonlocal at
        value, at = _lttoolbox_number(data, at)
        return value

    def text():
        return "".join(chr(number()) for _ in range(number()))

    for _ in range(number()):
        number()
    tags = ["<" + text() + ">" for _ in range(number())]
    bias = len(tags)

    def symbol(code: int) -> str:
        if code == 0:
            return ""
        return tags[-code - 1] if code < 0 else chr(code)

    pairs = []
    for _ in range(number()):
        pairs.append((symbol(number() - bias), symbol(number() - bias)))
    transducers = {}
    for _ in range(number()):
        name = text()
        weights = False
        if data[at : at + 4] == b"LTTD":
            weights = bool(int.from_bytes(data[at + 4 : at + 12], "little") & 1)
            at += 12
        initial, finals, state = number(), set(), 0
        for _ in range(number()):
            state += number()
            if weights:
                number(), number()
            finals.add(state)
        count = number()
        transitions = []
        for here in range(count):
            out, pair = [], 0
            for _ in range(number()):
                pair += number()
                target = (here + number()) % count
                if weights:
                    number(), number()
                out.append((*pairs[pair], target))
            transitions.append(out)
        transducers[name] = (initial, finals, transitions)
    if at != len(data):
        raise SystemExit(f"{path}: {len(data) - at} bytes left after the transducers")
    return transducers


def lttoolbox_cyclic_states(transitions) -> set:
    """The states of a transducer that lie on a cycle (Tarjan's strongly connected
    components, iteratively): the paths through them are endless, so they are skipped."""
    count = len(transitions)
    index, low, on_stack = [None] * count, [0] * count, [False] * count
    stack, cyclic, counter = [], set(), 0
    for root in range(count):
        if index[root] is not None:
            continue
        work = [(root, 0)]
        while work:
            state, edge = work.pop()
            if edge == 0:
                index[state] = low[state] = counter
                counter += 1
                stack.append(state)
                on_stack[state] = True
            descended = False
            edges = transitions[state]
            while edge < len(edges):
                target = edges[edge][2]
                edge += 1
                if index[target] is None:
                    work.append((state, edge))
                    work.append((target, 0))
                    descended = True
                    break
                if on_stack[target]:
                    low[state] = min(low[state], index[target])
            if descended:
                continue
            if low[state] == index[state]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack[member] = False
                    component.append(member)
                    if member == state:
                        break
                if len(component) > 1 or any(e[2] == state for e in edges):
                    cyclic.update(component)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[state])
    return cyclic


def lttoolbox_lemmas_tagged(transducer, tags: tuple) -> set:
    """The lemmas of an analyser whose analyses (a lemma, then its tags, on the output
    side) begin with `tags` ("<np>", "<ant>"): every path from the initial state read for
    its output, each state and lemma so far once, a path cut at the first tag that is not
    `tags`' next one and at any state on a cycle."""
    initial, _, transitions = transducer
    cyclic = lttoolbox_cyclic_states(transitions)
    found, seen = set(), set()
    stack = [(initial, "", 0)]
    while stack:
        key = stack.pop()
        if key in seen:
            continue
        seen.add(key)
        state, lemma, matched = key
        for _, output, target in transitions[state]:
            if target in cyclic:
                continue
            if output.startswith("<"):
                if output != tags[matched]:
                    continue
                if matched + 1 == len(tags):
                    found.add(lemma)
                else:
                    stack.append((target, lemma, matched + 1))
            elif output and matched == 0:
                stack.append((target, lemma + output, 0))
            elif not output:
                stack.append((target, lemma, matched))
    return found


def lttoolbox_given_and_surnames(path: Path):
    """The lemmas an lttoolbox analyser tags as given names (np ant) and as surnames
    (np cog), each once, sorted: what round 74's two Apertium dictionaries give."""
    given, surnames = set(), set()
    for transducer in lttoolbox_transducers(path).values():
        given |= lttoolbox_lemmas_tagged(transducer, ("<np>", "<ant>"))
        surnames |= lttoolbox_lemmas_tagged(transducer, ("<np>", "<cog>"))
    return sorted(given), sorted(surnames)
