"""A callout's year and its letters: "2013a,b" cites two works of one author and year, and
"2001a–c" three (the letter between the dash's ends is cited too). `match` is a match of
authoryear's year pattern, with groups "year" and "suffix".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_SPACES = re.compile(r"\s+")
_NOT_LOWER = re.compile(r"[^a-z]")


def year_parts(match: re.Match[str]) -> tuple[str, str]:
    """The year as printed (its spaces made single) and its letters ("2013a,b" -> "ab")."""
    year = _SPACES.sub(" ", match.group("year"))
    letters = _NOT_LOWER.sub("", match.group("suffix") or "")
    return year, letters


def more_suffixes(match: re.Match[str]) -> Iterator[tuple[int, str]]:
    """The letters after the first in "2013a,b" as (offset, letter); "2001a–c" gives b at
    the dash and c at its letter."""
    suffix = match.group("suffix") or ""
    base = match.start("suffix")
    for i, char in enumerate(suffix):
        if i > 0 and char.isalpha():
            if suffix[i - 1] in "-–":
                for between in range(ord(suffix[i - 2]) + 1, ord(char)):
                    yield base + i - 1, chr(between)
            yield base + i, char
