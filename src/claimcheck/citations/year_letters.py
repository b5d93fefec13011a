"""A callout's year and its letters: "2013a,b" cites two works of one author and year, and
"2001a–c" three (the letter between the dash's ends is cited too). `match` is a match of
authoryear's year pattern, with groups "year" and "suffix". And what may stand between two
years of one author list ("Paul et al., 1993, 1994", "(Bourdieu 1984, 170–75; 1990)").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_SPACES = re.compile(r"\s+")
_NOT_LOWER = re.compile(r"[^a-z]")
_LIST_GAP = re.compile(  # between two years of one list: "2005, 2006", "2005 and 2006"
    r"[ \u00a0]*[,;\uff0c\uff1b\u3001\u060c\u061b][ \u00a0]*\n?[ \u00a0]*"
    r"|[ \u00a0\n]+(?:and|&)[ \u00a0\n]+")
# a pinpoint, then a semicolon, before a year of the same author: "(Bourdieu 1984, 170–75;
# 1990, 52)", "(Said 1978: 3; 1993)"; after a comma instead, pages and years look alike
_PINPOINT_GAP = re.compile(  # (a line may break at any of its spaces)
    r"[ \u00a0]*[,:][ \u00a0\n]*(?:pp?\.[ \u00a0\n]*)?\d{1,4}(?:[-–]\d{1,4})?(?:ff?\.?)?"
    r"[ \u00a0]*;[ \u00a0]*\n?[ \u00a0]*")

_MARK_AFTER = re.compile(r"[ \u00a0]*(?:[,;:)\]]|$)")


def same_authors(body: str, last_year_end: int, year: re.Match[str]) -> bool:
    """The `year` follows the last callout's year (ending at `last_year_end`) as one more
    work of the same authors; after a pinpoint only when a mark follows it, as after a
    citation's year ("(Smith 2001, 45; 2003 survey data)" is no work of 2003)."""
    return bool(_LIST_GAP.fullmatch(body, last_year_end, year.start())
                or (_PINPOINT_GAP.fullmatch(body, last_year_end, year.start())
                    and _MARK_AFTER.match(body, year.end())))


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
    first = 1 if suffix.startswith("-") else 0  # "in press-a": the hyphen leads the letter
    for i, char in enumerate(suffix):
        if i > first and char.isalpha():
            if suffix[i - 1] in "-–":
                for between in range(ord(suffix[i - 2]) + 1, ord(char)):
                    yield base + i - 1, chr(between)
            yield base + i, char
