"""Values printed with a number in parentheses, which the parenthesis form would read as
citations: a count with its share and a mean with its spread ("45 (23) were women and 12
(6) died"), and a table's row flattened into a line ("Death 12 (3) 21 (6) 0.57").

A lone number after a value may be a citation as well ("pH 5.5 (13)", "type 2 (4)"), so
only a pair of such values within one sentence, or a table row, is taken for values; and
where the article numbers its works in the order it first cites them, a doubtful "(n)" that
is exactly the next work to be cited stays a citation (`in_citation_order`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from claimcheck.citations.notation import LABEL_WORDS

_NUMBER = re.compile(r"\d{1,4}")
# a value right before "(n)": "45 (23)", "0.8 (12)"; not a label's number ("Table 2 (10)")
_VALUE = re.compile(r"(?<![\w.,\-–])(\d{1,4}(?:[.,]\d+)?)[ \u00a0\n]$")
_NAMED_NUMBER = re.compile(
    rf"\b(?:{LABEL_WORDS}|types?|stages?|grades?|class(?:es)?|phases?|versions?|theorems?"
    r"|lemmas?)\.?[ \u00a0]+$", re.IGNORECASE)
_YEAR = re.compile(r"1[6-9]\d\d|20\d\d")
# a name's version: "Library 2.0 (168), or even Science 2.0 (169)"
_VERSIONED = re.compile(r"\b[A-Z][\w\-]*[ \u00a0]+$")
# the word a number follows: "exon 19", "Model 1", "HPV 16"
_WORD = re.compile(r"(?<![\w\-])([^\W\d_]{2,})[ \u00a0]+$")
_PAIR_GAP = 60
_SENTENCE_END = re.compile(r"[.!?][ \u00a0\n]+[A-Z]|\n\n")
# a table row's cells: two values with only a value between them ("81 (6) 79 (7)")
_ROW_GAP = re.compile(r"[ \u00a0]+\d{1,4}(?:[.,]\d+)?[ \u00a0]+")
VALUE, NAMED = "value", "named"  # kinds of a number before "(n)", see `_after_value`
_ORDERED_FROM = 5  # first citations in order that show an article numbering its works so


def value_pairs(body: str, spans: Sequence[tuple[int, int]]) -> tuple[set[int], set[int]]:
    """Indexes of the "(n)" in `spans` that give values, and those of them in table rows.

    Two values in a sentence ("98 (46) were women and 31 (15) died") or two cells of a row
    ("Stroke 4 (1) 7 (2)") are values. A decimal before a whole number ("hazard ratios of
    0.78 (3) and 0.82 (4)") or a number that names a thing ("Model 1 (12) and Model 2 (13)",
    "exon 19 (7) and exon 21 (8)") is one only in a row: in a sentence the "(n)" after it
    cites a work as often.
    """
    kinds = {i: kind for i, (s, e) in enumerate(spans) if (kind := _after_value(body, s, e))}
    found: set[int] = set()
    rows: set[int] = set()
    for a, b in pairwise(sorted(kinds)):
        between = body[spans[a][1] : spans[b][0]]
        if _ROW_GAP.fullmatch(between):
            rows.update((a, b))
        elif kinds[a] == kinds[b] == VALUE and len(between) <= _PAIR_GAP \
                and not _SENTENCE_END.search(between):
            found.update((a, b))
    return found | rows, rows


def _after_value(body: str, start: int, end: int) -> str | None:
    """What the number right before a lone "(n)" is: None when there is none, a year or a
    label's number ("Table 2 (10)"); NAMED when it is a decimal or follows a capitalised
    word, an acronym or a word printed before another number nearby (a series: "week 4 (10)
    and week 12 (11)"); VALUE otherwise."""
    if not _NUMBER.fullmatch(body, start + 1, end - 1):
        return None
    value = _VALUE.search(body, max(0, start - 12), start)
    if value is None or _YEAR.fullmatch(value.group(1)):
        return None
    before = max(0, value.start() - 20)
    if _NAMED_NUMBER.search(body, before, value.start()) \
            or (not value.group(1).isdigit() and _VERSIONED.search(body, before, value.start())):
        return None
    if not value.group(1).isdigit():
        return NAMED  # a share or a spread keeps the value's decimals: "0.78 (0.12)"
    word = _WORD.search(body, before, value.start())
    if word and (word.group(1)[:1].isupper() or _series(body, start, word.group(1))):
        return NAMED
    return VALUE


def _series(body: str, at: int, word: str) -> bool:
    """The same word before another number near `at` ("exon 19 (7) and exon 21 (8)"); a
    short word (a preposition: "of 45 (9) and of 62 (10)") names nothing."""
    if len(word) < 4:
        return False
    near = body[max(0, at - 80) : at + 80]
    return len(re.findall(rf"\b{re.escape(word)}[ \u00a0]+\d", near)) >= 2


def in_citation_order(numbers: Sequence[Sequence[int]], doubtful: Sequence[bool]) -> list[bool]:
    """Which doubtful candidates to keep: where most works are first cited in order (each
    new number the lowest not yet cited), a doubtful "(n)" that is exactly that number.
    `numbers` are each candidate's numbers in document order."""
    cited = _Cited()
    good = bad = 0
    for found in numbers:  # every candidate: values cost a few first citations out of order
        for n in sorted(set(found) - cited.seen):
            good, bad = (good + 1, bad) if n == cited.lowest() else (good, bad + 1)
            cited.add([n])
    ordered = good >= _ORDERED_FROM and good >= 2 * bad
    keep: list[bool] = []
    cited = _Cited()
    for found, doubt in zip(numbers, doubtful, strict=True):
        keep.append(doubt and ordered and list(found) == [cited.lowest()])
        if not doubt or keep[-1]:
            cited.add(found)
    return keep


class _Cited:
    """The numbers cited so far and the lowest not among them (it only grows)."""

    def __init__(self) -> None:
        self.seen: set[int] = set()
        self._lowest = 1

    def add(self, numbers: Sequence[int]) -> None:
        self.seen.update(numbers)

    def lowest(self) -> int:
        while self._lowest in self.seen:
            self._lowest += 1
        return self._lowest
