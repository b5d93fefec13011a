"""Superscripts glued to a number: "in 200745." (a year and 45), "RO229–36" and "T49" (a
name the article also prints on its own, "RO2", "T4", and a citation).

Only the first-citation sequence (`superscripts.py`) can say where the name or year ends,
so each split of the digits is offered as a reading with a reach: "seen" (a number
already cited or the next new one) or "next" (only the next new one). A name printed on
its own elsewhere with all the run's digits ("CD44") is no split; prints before a list's
next number do not count ("0.25 W/m232,36, ... −1.5 W/m232,37,": the power and a callout).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from claimcheck.citations.glued_words import HEAD_WINDOW, Evidence
from claimcheck.citations.notation import DASH, is_math

# a digit run glued to a year or a name, with the list it may carry on: "RO229–36", "200745"
_RUN = re.compile(
    rf"(?<!\d)(?P<digits>\d{{2,7}})"
    rf"(?P<rest>(?:(?:,\n?|{DASH})\d{{1,3}})*)(?=[,;:)?!]|\.(?!\d)|\n|$)"
)
# what the run is glued to, looked for in a short window so the search stays linear
_HEAD = re.compile(r"[\w\-–]*$")
_NUMBER = re.compile(r"\d{1,4}")

# span, numbers, and how far the sequence may believe them: "list" within a jump of the
# highest number so far, "seen" a number already cited or the next one, "next" only the next
Option = tuple[tuple[int, int], list[int], str]


def split_runs(body: str, count: int, evidence: Evidence) -> Iterator[tuple[int, list[Option]]]:
    """Superscripts glued to a number: "in 200745" (a year), "RO229–36" and "T49" (a name
    the article also prints on its own: "RO2", "T4"). Only the first-citation sequence can
    say where the name ends, so each split is a reading with a reach (`_reach`), never sure."""
    for match in _RUN.finditer(body):
        digits, rest = match.group("digits", "rest")
        head = _head(body, match.start())
        if head is None:
            continue
        # "CD44" printed on its own too: a name, not "CD4" and a citation; not a print
        # before a list's next number ("W/m232,36" twice: "W/m2" and a callout each time)
        if evidence.tokens[head + digits] - evidence.listing[head + digits] > (0 if rest else 1):
            continue
        options = []
        for k in range(1, len(digits)):
            tail = digits[k:]
            if len(tail) > 3 or tail[0] == "0" or not _named(head, digits[:k], evidence):
                continue
            start = match.start("digits") + k
            span = (start, match.end("rest"))
            numbers = [int(n) for n in _NUMBER.findall(tail + rest)]
            if max(numbers) <= count and not is_math(body, *span, True):
                options.append((span, numbers, _reach(head, digits[:k], tail, rest)))
        if options:
            yield match.start("digits"), options  # after the plain reading there, if any


def _head(body: str, start: int) -> str | None:
    """The word the digits at `start` are glued to ("RO" in "RO229", "" after a space);
    None after a decimal point or comma, or when the word is longer than the window."""
    window = max(0, start - HEAD_WINDOW)
    found = _HEAD.search(body, window, start)
    if found is None or found.start() == window > 0:
        return None
    return None if body[found.start() - 1 : found.start()] in (".", ",") else found.group()


def _reach(head: str, name: str, tail: str, rest: str) -> str:
    """A number already cited may follow a year ("in 200745."), or a name (`head` and its
    digits `name`) when it has two digits or more ("CO2116"; "CD44" may be "CD4" and 4 or
    a name of its own) or opens a list ("Lamp19,11": no name ends in "9,11"); but a series
    of names numbered after a hyphen runs on from one digit to two ("IL-1", "IL-12"), so
    "IL-12,13" is no list after "IL-1" ("Unc-1048,17–20" is one after "Unc-104")."""
    series = head[-1:] in ("-", "–") and len(name) == 1
    return "seen" if not head.rstrip("-–") or len(tail) > 1 or (rest and not series) else "next"


def _named(head: str, digits: str, evidence: Evidence) -> bool:
    """Whether `head` + `digits` is a whole year or a name the article prints bare."""
    if not head.rstrip("-–"):
        return len(digits) == 4 and 1800 <= int(digits) <= 2099
    return evidence.tokens[head + digits] > 0
