"""The shape of a wrapped line's start and of the previous line's end, and the list's habits.

A line boundary is told by how the line starts ("X.X. Xx," initials then a name, "Xx, X."
a family name then an initial, "(9)" a bracketed year) and how the line before ends ("9."
pages, "Xx," a name cut by the wrap, "Xx." a journal abbreviation). Shapes map letters to
X/x and digits to 9, runs collapsed, punctuation kept, so they carry over between styles.

A list, though, has its own habits: in one list every entry starts "Xx X," (Vancouver), in
another "X. Xx," (physics). `Habits` reads them from the boundaries the width makes plain
(a line that stopped well short of the wrap width, not mid-phrase, ends an entry): the share
of lines with a given start shape that follow such a line, the share of lines with a given
end shape that stop so, and from which lines a year comes before the next such end.
Computed once a list, linear in its lines.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from claimcheck.ingest.starts import OPEN_END, YEAR, YEAR_LEAD

_RUNS = re.compile(r"(.)\1+")
_SHORT = 0.15  # a line this share of the width short of it plainly ended an entry
YEAR_FIRST = 0.5  # the share of plain starts that open with a year in a year-first list


@lru_cache(maxsize=8192)
def shape(token: str) -> str:
    """"Smith," -> "Xx,", "R.K." -> "X.X.", "(2015)" -> "(9)", "Phys." -> "Xx.". A word of
    lower-case letters keeps whether it is short ("et" -> "x", "Research" -> "Xx")."""
    out = []
    for char in token[:12]:
        if char.isupper():
            out.append("X")
        elif char.isalpha():
            out.append("x")
        elif char.isdigit():
            out.append("9")
        else:
            out.append(char)
    return _RUNS.sub(r"\1", "".join(out))


@lru_cache(maxsize=256)
def start_shape(text: str) -> str:
    """The shape of a line's first two words."""
    words = text.split(maxsplit=2)
    return " ".join(shape(word) for word in words[:2])


@lru_cache(maxsize=256)
def end_shape(text: str) -> str:
    """The shape of a line's last word, with whether it is short (an abbreviation)."""
    words = text.rsplit(maxsplit=1)
    last = words[-1] if words else ""
    letters = sum(char.isalpha() for char in last)
    return shape(last) + ("~" if 0 < letters <= 4 else "")


@dataclass(frozen=True, slots=True)
class Habits:
    """Per start shape: (lines after a line that stopped short, lines); per end shape:
    (lines that stopped short, lines). Asked about one line, its own count is left out."""

    starts: dict[str, tuple[int, int]]
    ends: dict[str, tuple[int, int]]
    dated: frozenset[int]  # lines (by number) from which a year comes before the next plain end
    year_first: bool = False  # the list's entries open with their year ("1954, Werle, H.")

    def lead(self, text: str) -> str:
        """`text` without the year that opens it in a year-first list: what follows the
        year is weighed as a start, as what follows a list number is."""
        return YEAR_LEAD.sub("", text, count=1) if self.year_first else text

    def start(self, text: str, after_short: bool) -> tuple[float, int]:
        """The share of the list's other lines starting like `text` that follow a short
        line, and how many there are."""
        hits, n = self.starts.get(start_shape(text), (0, 0))
        return _share(hits - after_short, n - 1)

    def end(self, text: str, short: bool) -> tuple[float, int]:
        """The share of the list's other lines ending like `text` that stopped short."""
        hits, n = self.ends.get(end_shape(text), (0, 0))
        return _share(hits - short, n - 1)


def unyeared(habits: Habits | None, text: str) -> str:
    """`text` as its start is weighed: in a year-first list, without its opening year."""
    return text if habits is None else habits.lead(text)


def _share(hits: int, n: int) -> tuple[float, int]:
    """Pulled toward one half by one pseudo-count each way."""
    return (max(hits, 0) + 0.5) / (max(n, 0) + 1), max(n, 0)


def plain_end(length: int, width: int, text: str) -> bool:
    """A line that stopped this far short of the wrap width, and not mid-phrase ("Trauma
    and"), plainly ended an entry."""
    return width - length >= _SHORT * width and not OPEN_END.search(text)


def habits(lengths: list[int], texts: list[str], width: int, numbers: list[int]) -> Habits:
    """The habits of one list: `lengths` the lines' printed lengths (indent included),
    `numbers` their line numbers."""
    short = [plain_end(n, width, text) for n, text in zip(lengths, texts, strict=True)]
    year_first = _year_first(texts, short)
    dated = _dated(texts, short, numbers)  # the years as printed, a leading one included
    if year_first:
        texts = [YEAR_LEAD.sub("", text, count=1) for text in texts]
    starts: Counter[str] = Counter()
    start_hits: Counter[str] = Counter()
    ends: Counter[str] = Counter()
    end_hits: Counter[str] = Counter()
    for k, text in enumerate(texts):
        first = start_shape(text)
        starts[first] += 1
        start_hits[first] += k == 0 or short[k - 1]
        if k + 1 < len(texts):  # the last line stops wherever the list ends
            last = end_shape(text)
            ends[last] += 1
            end_hits[last] += short[k]
    return Habits({key: (start_hits[key], n) for key, n in starts.items()},
                  {key: (end_hits[key], n) for key, n in ends.items()},
                  dated, year_first)


def _year_first(texts: list[str], short: list[bool]) -> bool:
    """Most lines after a plain end (and the first) open with a year, three or more: the
    list prints its years first. A wrapped page or volume follows a full line instead."""
    plain = [text for k, text in enumerate(texts) if k == 0 or short[k - 1]]
    leads = sum(bool(YEAR_LEAD.match(text)) for text in plain)
    return leads >= 3 and leads >= YEAR_FIRST * len(plain)


def _dated(texts: list[str], short: list[bool], numbers: list[int]) -> frozenset[int]:
    """Numbers of lines from which a year is printed before the next line that stopped short
    (or the list's end): a start there makes an entry with a year. One backward pass."""
    out: set[int] = set()
    ahead = False
    for k in range(len(texts) - 1, -1, -1):
        ahead = bool(YEAR.search(texts[k])) or (ahead and not short[k])
        if ahead:
            out.add(numbers[k])
    return frozenset(out)
