"""Positions in the body text: line numbers and the parentheses that enclose an offset.

The full-width parentheses of CJK text ("（山田，2020）") count as parentheses.
"""

from __future__ import annotations

import bisect
from functools import lru_cache

_REACH = 600  # a citation group never runs longer than this
_OPEN = "(\uff08"
_CLOSE = ")\uff09"


@lru_cache(maxsize=8)
def _line_starts(text: str) -> tuple[int, ...]:
    return (0, *(i + 1 for i, ch in enumerate(text) if ch == "\n"))


def line_of(text: str, offset: int) -> int:
    """1-based line of `offset`; the body is a prefix of the file, so this is the file line."""
    return bisect.bisect_right(_line_starts(text), offset)


def enclosing_parens(text: str, offset: int) -> tuple[int, int] | None:
    """(open, close) offsets of the innermost "(...)" around `offset` in one paragraph.

    Square brackets inside ("World Health Organization [WHO]") are skipped over; a blank
    line ends the search because parentheses do not span paragraphs.
    """
    open_at = _scan(text, offset - 1, -1, _OPEN, _CLOSE)
    if open_at < 0:
        return None
    close_at = _scan(text, offset, 1, _CLOSE, _OPEN)
    return (open_at, close_at + 1) if close_at >= 0 else None


def _scan(text: str, start: int, step: int, want: str, other: str) -> int:
    depth = 0
    limit = max(-1, start - _REACH) if step < 0 else min(len(text), start + _REACH)
    i = start
    while i != limit:
        char = text[i]
        if char == "\n" and text[i + step : i + step + 1] == "\n":
            return -1
        if char in other:
            depth += 1
        elif char in want:
            if depth == 0:
                return i
            depth -= 1
        i += step
    return -1
