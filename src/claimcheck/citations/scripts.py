"""Names in any script: the character classes Python's `re` lacks, and the fold that compares.

`re` has no \\p{Lu} or \\p{M}, so the classes are spelled out: upper-case letters (a name in
a cased script starts with one), diacritics and the zero-width (non-)joiners (both may sit
inside a name: NFD "Mu\\u0308ller", "Zoë\\u200dSmith"), letters of scripts without case
(Arabic, Hebrew, Korean, ...) with their marks, and the Han and kana letters that are written
without spaces between words. `name_fold` is the key under which two spellings are one name;
`family_prefixes` gives the family name a Han or kana name starts with ("山田" of "山田太郎"),
`latin_spelling` a Cyrillic name's Latin letters ("Иванов" -> "ivanov"), as texts cite them.

Compiling a class costs time in proportion to its members, every time it appears in a
pattern, so the classes used many times over (UPPER, DIACRITIC) list only the scripts that
write names with a capital, and the big ones (UNCASED, MARK, UNSPACED) appear once.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import repeat

from claimcheck.text import fold

# Latin-1 and Latin Extended-A/B capitals as before, then Greek, Cyrillic (with the
# Ukrainian, Kazakh and Tatar extra letters) and Armenian capitals
UPPER = (
    "A-Z" + "".join(chr(c) for c in range(0x00C0, 0x0250) if chr(c).isupper())
    + "\u0386\u0388-\u038f\u0391-\u03a1\u03a3-\u03ab\u0400-\u042f"
    + "\u0490\u0492\u049a\u04a2\u04ae\u04b0\u04ba\u04d8\u04e8\u0531-\u0556"
)
# combining marks of Latin, Greek and Cyrillic (NFD text), and the joiners
DIACRITIC = "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f" \
    "\u200c\u200d"
# Han, kana and the iteration marks: such a name is glued to the words around it (the
# katakana middle dot "・" is left out: it joins two names, "山田・田中")
_UNSPACED_BMP = (
    (0x3005, 0x3007), (0x3040, 0x30FA), (0x30FC, 0x30FF), (0x31F0, 0x31FF), (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF), (0xF900, 0xFAFF),
)
UNSPACED = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _UNSPACED_BMP) + "\U00020000-\U0003134f"
_TATWEEL = "\u0640"  # Arabic elongation: typography, not spelling

_FROM = 0x300  # after "ª" and the IPA modifier letters, which are no names' first letter


def _kinds() -> str:
    """One letter per BMP code point from U+0300: O uncased letter, M mark, . anything else.

    Built with C-level maps (a Python loop over the BMP costs a tenth of a second); the
    UNSPACED letters are left out, they have their own class.
    """
    kind = {"Mn": "M", "Mc": "M", "Me": "M", "Lo": "O", "Lm": "O"}
    categories = map(unicodedata.category, map(chr, range(_FROM, 0x10000)))
    kinds = "".join(map(kind.get, categories, repeat(".")))
    for lo, hi in _UNSPACED_BMP:
        kinds = kinds[: lo - _FROM] + "." * (hi - lo + 1) + kinds[hi + 1 - _FROM :]
    return kinds


_KINDS = _kinds()


def _char_class(kind: str) -> str:
    """The inside of a `[...]` class: the BMP code points from U+0300 of one kind."""
    runs = re.compile(f"{kind}+").finditer(_KINDS)
    return "".join(
        chr(r.start() + _FROM) + (f"-{chr(r.end() - 1 + _FROM)}" if r.end() - r.start() > 1 else "")
        for r in runs
    )


# letters without case (Arabic, Hebrew, Hangul, Thai, ...), and all combining marks
UNCASED = _char_class("O")
MARK = _char_class("M") + "\u200c\u200d"


@lru_cache(maxsize=65536)
def is_latin(text: str) -> bool:
    """Every letter of `text` is Latin (with or without diacritics)."""
    if text.isascii():  # ASCII letters are Latin: most names, without naming each letter
        return True
    return all(unicodedata.name(c, "").startswith("LATIN") for c in text if c.isalpha())


def is_uncased(text: str) -> bool:
    """No letter of `text` has case: a CJK, Arabic or Hebrew name, never a Latin one."""
    return not any(c.isupper() or c.islower() for c in text)


def name_fold(text: str) -> str:
    """Case, diacritics, joiners and punctuation removed, in any script.

    Latin names keep the ASCII fold used everywhere else ("López-Gil" -> "lopezgil"); other
    scripts keep their letters ("Иванов" -> "иванов", "الأحمد" -> "الاحمد"), because the ASCII
    fold would leave nothing to compare.
    """
    if is_latin(text):
        return fold(text)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum() and c != _TATWEEL)


_UNSPACED_WHOLE = re.compile(f"[{UNSPACED}]{{2,8}}")
_UNSPACED_JOIN = re.compile("[\u30fb\u3001]")  # "山田太郎・田中花子": two persons
_GIVEN_LONGEST = 2  # "太郎", "花子": with the family name, five letters at most
_FAMILY_LONGEST = 3  # "佐々木", "長谷川": a Han or kana family name has one to three letters
# the last letter of a body's name, not a person's: ministry, association, bureau, institute,
# academy, department, agency, bank, company, group, university, hall, organisation, centre,
# council, newspaper ("厚生労働省", "日本銀行", "中国社会科学院", "朝日新聞"); and a place's:
# metropolis, prefecture, city, town, village, ward ("東京都", "大阪府", "横浜市")
_BODY_ENDS = "省会局所院部庁厅行社団团学館馆構构心議议聞闻報报都府県县市町村区"


def unspaced_authors(families: tuple[str, ...] | list[str]) -> list[str]:
    """Persons a list glued with "・" or "、" into one name, split: "山田太郎・田中花子"."""
    return [part for family in families for part in _persons(family) if part]


def _persons(family: str) -> list[str]:
    """The persons of one glued name, each of two to eight letters (three or more persons
    make the whole run longer than any one name: "佐藤花子・高橋一郎・鈴木一郎")."""
    parts = _UNSPACED_JOIN.split(family)
    return parts if all(_UNSPACED_WHOLE.fullmatch(p) for p in parts if p) else [family]


def family_prefixes(name: str) -> frozenset[str]:
    """A Han or kana name prints the family name first, glued to the given name ("山田太郎",
    "松本誠"); the text cites the family name alone ("山田・田中（2019）"). The name's first
    two or three letters, leaving a given name of one or two letters. Not one letter: a
    family name of one letter ("王", "林") is often a word ("king", "forest") that ends a run
    of text before a year. Asked only of Japanese entries (`entries.py`): Chinese texts cite
    the whole name ("王明（2018）"), and "王明" of "王明华" is another person."""
    if not _UNSPACED_WHOLE.fullmatch(name) or name[-1] in _BODY_ENDS \
            or len(name) > _FAMILY_LONGEST + _GIVEN_LONGEST:
        return frozenset()  # "日本銀行" is no "日本" (Japan), "日本経済新聞" no person
    return frozenset(name[:n] for n in range(2, min(_FAMILY_LONGEST, len(name) - 1) + 1))


# Cyrillic in Latin letters as English-language articles print Russian, Ukrainian and
# Bulgarian names (the BGN/PCGN habit: "Щербаков" -> "Shcherbakov"); the linker's spelling
# tolerance absorbs the other systems' variants ("Chruščev", "Khrushchev")
_CYRILLIC_LATIN = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
     "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
     "i", "yi", "ye", "g", "u"], strict=True))
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def latin_spelling(name: str) -> str:
    """A Cyrillic name in Latin letters, folded as a key ("Иванов" -> "ivanov"); "" for any
    other name."""
    if not _CYRILLIC.search(name):
        return ""
    return fold("".join(_CYRILLIC_LATIN.get(c, c) for c in name.lower()))
