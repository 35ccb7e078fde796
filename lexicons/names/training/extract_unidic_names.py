#!/usr/bin/env python3
"""Writes unidic_first_names.txt and unidic_surnames.txt, the seventy-ninth round's
measuring names, from the Debian package `unidic-mecab` 3.1.1-1 (UniDic 3.1.1, the
electronic dictionary of Japanese words of the National Institute for Japanese Language
and Linguistics (NINJAL) and the UniDic Consortium, for the morphological analyser
MeCab; offered under the BSD-3-Clause licence, the LGPL-2.1 or the GPL-2+, taken here
under the BSD-3-Clause licence; see unidic_LICENSE.md).

    apt-get download unidic-mecab=3.1.1-1
    dpkg-deb --fsys-tarfile unidic-mecab_3.1.1-1_all.deb \\
        | tar -x -C /tmp/unidic ./usr/share/mecab/dic/unidic/lex_3_1.csv
    python3 extract_unidic_names.py /tmp/unidic/usr/share/mecab/dic/unidic/lex_3_1.csv

`lex_3_1.csv` is the dictionary's lexicon as text, one word form a line, comma-separated
(UTF-8; the surface form, three numbers for the analyser, four part-of-speech fields,
the conjugation fields, then the lemma's reading, `lForm`, the lemma, the spelling, the
pronunciation, `pron`, and further readings and ids), read with the csv module, never
loaded by MeCab or run. The part of speech of the names of people is 名詞 (noun), 固有名詞
(proper noun), 人名 (name of a person), and then 姓 (a surname), 名 (a given name) or 一般
(a name not classed, mostly the full names of single people and foreign names: never
read). Read here: every line of a surname (姓) or a given name (名) whose surface form is
written in kanji or hiragana (with the iteration mark 々 and the small ke): a surface in
katakana or in Latin letters is a foreign name or a stage name, not a Japanese one. Bare
names, words of the language as a dictionary of words lists them: no person's record,
no pairs of given name and surname and no list of anyone.

Each reading is written as people in the UK write Japanese names, as the fourteenth and
sixty-eighth rounds' lists write them (extract_japanese_names.py,
extract_enamdict_names.py): the lemma's reading in katakana (`lForm`) in Hepburn
letters, its long vowels written short where the pronunciation (`pron`) lengthens the
vowel before (Satou -> Sato, Yuuko -> Yuko, Oono -> Ono) but "ei" kept (Keiko) and a u
that begins the next syllable kept (Inoue), the n written n before every letter (Honma,
Shinichi), the small tsu doubling the consonant after it (Hattori, Setchan). A given
name is kept only when it ends as Japanese given names end (`GIVEN_ENDINGS`: the
Japanese readings of Chinese and Korean names and the art names of poets and painters,
which the lexicon also files as given names, end otherwise); a surname whose surface
ends in the character of a stage house, a hermitage, a studio or a monk's lodge
(`HOUSE_ENDINGS`) or is an imperial prince's house (`PRINCE_HOUSE`) is left out. Then
capitalised with the rest in small letters, three letters or more, ASCII letters only,
with a vowel, each once, in the file's order (`write_kept_given_and_surnames` of
name_list_tools.py); titles and particles (`TITLES`), the spellings comments use for
words in texting style (`TEXTING_SPELLINGS` of src/redact/person/interjections.rs) and
`NOT_NAMES` left out. The names kept are the Japanese given names, many of them the
older ones of the lexicon's historical texts (Kagekiyo, Magozaemon, Tsunahisa), and the
Japanese surnames, many of them the rarer ones taken from the names of villages and
hamlets, and the Okinawan ones (Ahagon, Aharen, Agarie). Measuring names only, never
trained on.
"""

import csv
import re
import sys
from pathlib import Path

from name_list_tools import write_kept_given_and_surnames

# The katakana in Hepburn letters (the small ya, yu and yo, the small tsu and the long
# vowel mark are handled by `hepburn`).
KANA = {
    "ア": "a", "イ": "i", "ウ": "u", "エ": "e", "オ": "o",
    "カ": "ka", "キ": "ki", "ク": "ku", "ケ": "ke", "コ": "ko",
    "サ": "sa", "シ": "shi", "ス": "su", "セ": "se", "ソ": "so",
    "タ": "ta", "チ": "chi", "ツ": "tsu", "テ": "te", "ト": "to",
    "ナ": "na", "ニ": "ni", "ヌ": "nu", "ネ": "ne", "ノ": "no",
    "ハ": "ha", "ヒ": "hi", "フ": "fu", "ヘ": "he", "ホ": "ho",
    "マ": "ma", "ミ": "mi", "ム": "mu", "メ": "me", "モ": "mo",
    "ヤ": "ya", "ユ": "yu", "ヨ": "yo",
    "ラ": "ra", "リ": "ri", "ル": "ru", "レ": "re", "ロ": "ro",
    "ワ": "wa", "ヰ": "i", "ヱ": "e", "ヲ": "o", "ン": "n",
    "ガ": "ga", "ギ": "gi", "グ": "gu", "ゲ": "ge", "ゴ": "go",
    "ザ": "za", "ジ": "ji", "ズ": "zu", "ゼ": "ze", "ゾ": "zo",
    "ダ": "da", "ヂ": "ji", "ヅ": "zu", "デ": "de", "ド": "do",
    "バ": "ba", "ビ": "bi", "ブ": "bu", "ベ": "be", "ボ": "bo",
    "パ": "pa", "ピ": "pi", "プ": "pu", "ペ": "pe", "ポ": "po",
}

# The small ya, yu and yo, joined to the kana before them (キャ kya, シャ sha, ジャ ja).
SMALL_Y = {"ャ": "a", "ュ": "u", "ョ": "o"}

# A surface form written in kanji or hiragana (the iteration mark and the small ke too).
JAPANESE = re.compile(r"^[\u3041-\u309f\u3400-\u4dbf\u4e00-\u9fff\u3005\u3006\u30f6]+$")

# The endings of the Japanese given names (Taro, Ichiro, Shinji, Kozo, Yusuke, Kichiemon,
# Denbee, Nakamaro, Ushiwakamaru, Nobuhiko, Keiko, Emi, Chie, Kiyo, Nao, Haruka, Hana,
# Kenta, Makoto, Norinori...; a reading ending otherwise, in -n, -ku, -tsu, -ai, -ei
# or -u, is the Japanese reading of a Chinese or Korean name, Sonbun, Kokuhan, Kinbai,
# Kinshoku, or the art name of a poet or painter, Dakotsu, Bakusui, Gaikotsu: left out).
GIVEN_ENDINGS = (
    "ro", "ichi", "ji", "zo", "suke", "emon", "bee", "maro", "maru", "hiko", "ko",
    "mi", "e", "yo", "no", "ka", "na", "ta", "to", "nori", "ki", "ri", "ya", "ho",
    "ne", "sa", "ra", "ma", "se", "me", "ru", "ha", "wa", "shi", "chi", "hei",
    "roku", "o",
)

# The endings of a surface form that make it the name of a house, not a family: a stage
# house of the storytellers and comedians (亭, Kokontei, Shunputei, Sanyutei), a poet's or
# tea master's hermitage (庵, Anrakuan, Yasetsuan), a conjuror's or painter's studio (斎,
# 齋, Shokyokusai, Ichiyusai) and a monk's lodge (房, Zenshakubo, Seikanbo).
HOUSE_ENDINGS = ("亭", "庵", "斎", "齋", "房")

# An imperial prince's house (宮 after a place, Asaka-no-miya, Kan'in-no-miya,
# Nashimoto-no-miya), not a family name: a surface of three characters or more ending in
# 宮 read -nomiya.
PRINCE_HOUSE = re.compile(r"nomiya$")

# Entries found by reading every name no other list holds (3,797 given names, of which
# the endings keep 2,268, and 2,874 surnames): characters of manga, anime, games and
# novels (Abarai, Hitsugaya, Kakyoin, Ayanami, Kagamine, Dekisugi, Zenigata, Naruhodo,
# Megure, Moguro, Oreki, Chitanda, Okkotsu, Nobita, Chibita, Nezuko, Ojarumaru,
# Gintoki, Kushami); the ancient court titles and clan names of the sixth to ninth
# centuries (Kashiwadenoomi, Fuminoatae, Yamatonoaya, Kudaranokonikishi, Onakatomi,
# Hasetsukabe) and the reigning names of emperors (Annei, Antoku, Juntoku, Ninken,
# Ninmyo); Chinese, Korean and Manchu names in their Japanese readings (Aishinkakura,
# Ubun, Kankyu, Shukuson, Jonpiru, Honru); the names of Zen masters and monks
# (Setcho, Hyakujo, Gensha, Tetto, Kudon); stage names and the names of stage houses
# and shops (Ebiichi, Shiriagari, Narikomaya, Otowaya, Suketakaya, Aizuya, Yaoya);
# places that are not surnames, districts, stations, rivers and roads (Ikebukuro,
# Kaminarimon, Shanhai, Amoi, Shimoshakujii, Nogizaka, Nakasendo, Yodogawa); and
# words (Tabitabi, Sokonuke, Kingyoku, Dokumamushi, Utatane, Suzukaze, Iriguchi,
# Kamite, Mukade, Shirokuma, Tatami, Wakame, Hashira, Kagayaki, Yugure, Tonbo).
NOT_NAMES = {
    # characters of fiction
    "abarai", "hitsugaya", "kakyoin", "ayanami", "kagamine", "dekisugi", "zenigata",
    "sarutobi", "kirigakure", "karuma", "chitanda", "kazanagi", "enokizu", "hinamori",
    "kanome", "naruhodo", "megure", "moguro", "oreki", "nueno", "okkotsu", "kurotsuchi",
    "komamura", "kiryuin", "orisaku", "mahyome", "yarimakuri", "nobita", "chibita",
    "nezuko", "ojarumaru", "gegeru", "gintoki", "kushami", "orochimaro", "nonki",
    "petoko", "wapiko", "pekichi", "nyanko", "nekoko", "kirakudaro", "haibutsuro",
    "nipponzaemon", "otogamiotome", "onikumohiko", "kaninchiri", "obenmaru", "jigen",
    # ancient court titles, clans and emperors
    "kashiwadeno", "kashiwadenoomi", "fuminoatae", "fuminoimiki", "kawachinoaya",
    "kawachinofumi", "yamatonoaya", "imakinoaya", "inanomahito", "kudaranokonikishi",
    "mitsunoobito", "himatsuribe", "hasetsukabe", "chiisakobe", "wakainukai",
    "wakayamatobe", "kagamitsukuri", "kuratsukuri", "tajihishima", "onakatomi",
    "oonakatomi", "ooshikouchi", "kaminosuguri", "kamitsukeno", "shimotsukeno",
    "achiki", "yamadanoishikawamaro", "annei", "antoku", "juntoku", "ninken", "ninmyo",
    "chusetsu",
    # Chinese, Korean and Manchu names in Japanese readings
    "aishinkakura", "ijikonkakura", "shukuson", "soson", "choson", "ubun", "kankyu",
    "kutsutotsu", "kuyo", "jiku", "tanboku", "jonpiru", "honru", "hichori",
    # monks and masters
    "setcho", "kyogen", "hyakujo", "gensha", "kihaku", "sakugen", "tetto", "kakukai",
    "chuho", "dokuho", "keiten", "mokuan", "muchaku", "kudon", "etsusei", "gendatsu",
    "shunoku", "shunnoku",
    # stage names, stage houses, schools and shops
    "ebiichi", "shiriagari", "nishanta", "danshuro", "narikomaya", "otowaya",
    "shokakuya", "suketakaya", "kasakuraya", "hanayagi", "kikakudo", "seihakudo",
    "shokado", "kirinoya", "saganoya", "harunoya", "yumenoya", "matsunoto", "tosabo",
    "asanebo", "hansuien", "tenchuken", "kokkotei", "aizuya", "takadaya", "okazakiya",
    "moritaya", "nanbuya", "kaiteya", "ibarakiya", "miyakoya", "yaoya", "sasameya",
    "otoyakko", "sadayakko", "utayakko",
    # places, districts, stations, rivers and roads
    "ikebukuro", "kaminarimon", "shanhai", "amoi", "shimoshakujii", "shimorenjaku",
    "hanakoganei", "nakamagome", "shimomeguro", "sakurajosui", "tennozu", "nogizaka",
    "ichigaya", "hatsudai", "funabori", "hanakawado", "imoaraizaka", "tsudanuma",
    "nagatsuta", "nagatsuda", "narimasu", "noborito", "kameari", "maihama", "shiodome",
    "nishiogi", "hoenzaka", "hotarugaike", "nakasendo", "gokaido", "shinanogawa",
    "yodogawa", "nakaochiai", "shimoochiai", "nakaikegami", "nakarokugo", "rokkasho",
    "kyobate", "tachiarai", "kozakuracho", "wakicho", "wakitacho", "fujinomiya",
    "morinomiya",
    # words
    "tabitabi", "sokonuke", "kingyoku", "dokumamushi", "totsutotsu", "utatane",
    "suzukaze", "wakakusa", "iriguchi", "kamite", "shitajuku", "tanzen", "mukade",
    "kumade", "kamoshika", "shirokuma", "akauo", "kanmuri", "kazahana", "kazaana",
    "kitakaze", "minamikaze", "nishizora", "akezora", "jigokutani", "kurofune",
    "sedai", "yamamomo", "ichimonji", "honmaru", "gyoja", "bashaku", "shingetsu",
    "daifuku", "mitsuboshi", "kanaboshi", "nangoku", "uminohara", "shiranuhi",
    "zaitoku", "warisaya", "obou", "hikijima", "kiyuzuki", "furukori", "mutsushika",
    "tatami", "wakame", "hashira", "kagayaki", "yugure", "owaru", "futoru", "tonbo",
    "kayoiji", "tenchi", "kendo", "hoho", "hyohyo", "zetto", "mamezo", "koboshi",
    "ochacha", "sushiko", "chawataro", "dondaro", "mushitaro",
}


def syllables(kana: str):
    """The kana in syllables: a kana with the small ya, yu or yo after it is one."""
    out = []
    for c in kana:
        if c in SMALL_Y and out:
            out[-1] += c
        else:
            out.append(c)
    return out


def latin(syllable: str):
    """One syllable in Hepburn letters, or None for a letter the table lacks."""
    if syllable[-1:] in SMALL_Y and len(syllable) == 2:
        base = KANA.get(syllable[0])
        if base is None:
            return None
        if base in ("shi", "chi", "ji"):
            return base[:-1] + SMALL_Y[syllable[1]]
        return base[:-1] + "y" + SMALL_Y[syllable[1]]
    return KANA.get(syllable)


def hepburn(reading: str, pron: str):
    """The lemma's reading in Hepburn letters, long vowels written short where the
    pronunciation lengthens them (its long vowel mark in the place of the reading's u or
    o after an o or u, or of its o after an o), "ei" kept; None when a kana is not in
    the table."""
    long_at = {i for i, c in enumerate(pron) if c == "ー"} if len(pron) == len(reading) else set()
    out, double = [], False
    position = 0
    for syllable in syllables(reading):
        here = position
        position += len(syllable)
        if syllable == "ッ":
            double = True
            continue
        if syllable == "ー":
            continue
        letters = latin(syllable)
        if letters is None:
            return None
        if here in long_at and syllable in ("ウ", "オ") and out and out[-1][-1:] in ("o", "u"):
            continue
        if double:
            letters = ("t" if letters.startswith("ch") else letters[0]) + letters
            double = False
        out.append(letters)
    return "".join(out)


def name_lists(path: Path):
    """The lexicon's given names (名) and surnames (姓) written in kanji or hiragana, in
    Hepburn letters, in the file's order."""
    given, surnames = [], []
    with open(path, encoding="utf8", newline="") as f:
        for row in csv.reader(f):
            if len(row) < 14 or row[4:7] != ["名詞", "固有名詞", "人名"]:
                continue
            if row[7] not in ("名", "姓") or not JAPANESE.match(row[0]):
                continue
            word = hepburn(row[10], row[13])
            if not word:
                continue
            if row[7] == "名":
                if word.endswith(GIVEN_ENDINGS):
                    given.append(word)
            elif not row[0].endswith(HOUSE_ENDINGS) and not (
                len(row[0]) >= 3 and row[0].endswith("宮") and PRINCE_HOUSE.search(word)
            ):
                surnames.append(word)
    return given, surnames


def main(path: str) -> None:
    given, surnames = name_lists(Path(path))
    write_kept_given_and_surnames("unidic", given, surnames, NOT_NAMES, str.strip)


if __name__ == "__main__":
    main(sys.argv[1])
