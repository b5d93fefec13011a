"""Positions in the body text: line numbers and the parentheses that enclose an offset.

The full-width parentheses of CJK text ("（山田，2020）") count as parentheses. Also where the
search for an author list before a year may begin (`after_last_callout`), and callouts put
in order of position with their groups numbered again (`in_order`).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable
from functools import lru_cache

from claimcheck.model import Callout

_REACH = 600  # a citation group never runs longer than this
_OPEN = "(\uff08"
_CLOSE = ")\uff09"
_DEPTH = 64  # how far up the nesting a callout's parenthesis is looked for
_SEMICOLONS = ";\uff1b\u061b"
_LOCATOR = re.compile(r"[ \u00a0(][IVX]{1,4}[ \u00a0]*,?[ \u00a0]*\d{1,4}[ \u00a0]*,[ \u00a0]*$")
_LAST_DIGIT = re.compile(r"\d(?=\D*$)")
_ET_AL_END = re.compile(r"\bal\.$")
_PAREN_OR_BREAK = re.compile(r"[(\uff08)\uff09]|\n[ \t]*\n")


@lru_cache(maxsize=8)
def _line_starts(text: str) -> tuple[int, ...]:
    # one step per line, not per character (a 10,000-reference body: 600,000 characters)
    return (0, *(match.end() for match in _NEWLINE.finditer(text)))


_NEWLINE = re.compile("\n")


def line_of(text: str, offset: int) -> int:
    """1-based line of `offset`; the body is a prefix of the file, so this is the file line."""
    return bisect.bisect_right(_line_starts(text), offset)


def enclosing_parens(text: str, offset: int) -> tuple[int, int] | None:
    """(open, close) offsets of the innermost "(...)" around `offset` in one paragraph.

    Square brackets inside ("World Health Organization [WHO]") are skipped over; a blank
    line ends the search because parentheses do not span paragraphs. The pairs of the text
    are found once (one pass) and each question is a binary search up the nesting, so a
    parenthesis holding thousands of callouts costs no more per callout than a short one.
    """
    opens, closes, parents = _pairs(text)
    at = bisect.bisect_left(opens, offset) - 1  # the last "(" before offset
    for _ in range(_DEPTH):
        if at < 0 or offset - opens[at] > _REACH:
            return None
        if closes[at] >= offset or closes[at] < 0:
            # an unclosed "(" encloses everything after it, but names no group
            close = closes[at]
            return (opens[at], close + 1) if 0 <= close - offset < _REACH else None
        at = parents[at]
    return None


@lru_cache(maxsize=8)
def _pairs(text: str) -> tuple[list[int], list[int], list[int]]:
    """Every "(" in order, the offset of its ")" (-1 when unclosed) and its enclosing "("."""
    opens: list[int] = []
    closes: list[int] = []
    parents: list[int] = []
    stack: list[int] = []
    for match in _PAREN_OR_BREAK.finditer(text):
        char = match.group()
        if char in _OPEN:
            parents.append(stack[-1] if stack else -1)
            stack.append(len(opens))
            opens.append(match.start())
            closes.append(-1)
        elif char in _CLOSE:
            if stack:
                closes[stack.pop()] = match.start()
        else:
            stack.clear()  # a blank line: nothing open before it closes after it
    return opens, closes, parents


def after_last_callout(body: str, start: int, year_at: int) -> int:
    """Where the search for an author list may begin: after the last semicolon that ends
    a callout ("(A, 2001; B, 2002; ...)"), which keeps a long group cheap per year.

    A semicolon after a letter may join names ("ANDRADE; LAROS") and is passed over, and
    so is one after "et al.", which a year must follow. No
    author list holds a digit either, so "(A, 2001, B, 2002, ...)" starts after the last;
    but a classic's book and section ("DIÓGENES LAERCIO, VI 77, 2010") may follow one.
    """
    locator = _LOCATOR.search(body, max(start, year_at - 24), year_at)
    digit = _LAST_DIGIT.search(body, start, locator.start() if locator else year_at)
    start = digit.end() if digit else start
    end = year_at
    while True:
        at = max(body.rfind(s, start, end) for s in _SEMICOLONS)
        if at < 0:
            return start
        before = body[start:at].rstrip()
        if not before or not (before[-1].isalpha() or _ET_AL_END.search(before)):
            return at + 1  # "FERRÃO et al.; 2001": a year must follow "et al."
        end = at


def in_order(callouts: Iterable[Callout]) -> tuple[Callout, ...]:
    """The callouts by position, their groups numbered again 1, 2, ... as they appear (a
    group number is any value shared by the callouts of one group, e.g. minus its start)."""
    groups: dict[int, int] = {}
    return tuple(dataclasses.replace(c, group=groups.setdefault(c.group, len(groups) + 1))
                 for c in sorted(callouts, key=lambda c: c.start))
