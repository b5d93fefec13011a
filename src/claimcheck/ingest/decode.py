"""A hard-wrapped list's entry starts decided for the whole list at once (beam Viterbi).

`boundary.score` gives each line boundary a log-odds that the line starts an entry, given
the entry so far (its text, its number of lines). Read greedily, line by line, one early
mistake changes the entry every later boundary is scored against. Here every line keeps
the few best readings of the list so far, each known by where its last entry started (the
state the boundary scores depend on): a line either starts an entry (the best reading
before it, plus the log-probability of a start) or carries each reading on. An entry that
closes is also scored as a whole (`_closing`): an entry without a year in a list whose
entries nearly all have one costs `YEARLESS`. Keeping `BEAM` readings a line keeps it linear
in the lines.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import re
from claimcheck.ingest.boundary import COMPLETE, HEAD, score
from claimcheck.ingest.layout import Layout, Line
from claimcheck.ingest.starts import YEAR

import os
BEAM = int(os.environ.get("SEG_BEAM", "4"))  # readings kept a line
YEARLESS = float(os.environ.get("SEG_YEARLESS", "2.0"))  # the cost (log-odds) of an entry without a year where the list's have one


PROSELESS = float(os.environ.get("SEG_PROSELESS", "0"))
BARE = float(os.environ.get("SEG_BARE", "0"))
LENGTH = float(os.environ.get("SEG_LENGTH", "0"))
SLACK = float(os.environ.get("SEG_SLACK", "0.4"))
TYPICAL: list[float] = []
_PROSE = re.compile(r"(?<![\w.])[a-z\u00df-\u00ff]{3,}\b")


@dataclass(slots=True)
class _Reading:
    """One reading of the list up to a line: where its last entry started, the text (first
    HEAD characters) and line count of that entry, and its log-probability."""

    first: int
    logp: float
    head: str
    size: int = 1
    chars: int = 0

    def extend(self, text: str, logp: float) -> _Reading:
        """The reading carried on by one more line of the same entry."""
        head = self.head if len(self.head) >= HEAD else _join(self.head, text)[:HEAD]
        return _Reading(self.first, self.logp + logp, head, self.size + 1,
                        self.chars + len(text))


def _join(head: str, text: str) -> str:
    """Two lines of an entry as one text, a word hyphenated at the line end made whole."""
    if head.endswith("-") and text[:1].islower() and not head.endswith(" -"):
        return head[:-1] + text
    return f"{head} {text}"


def _log_sigmoid(x: float) -> float:
    """log(1 / (1 + e^-x)), without overflow at +-CERTAIN."""
    return -math.log1p(math.exp(-x)) if x >= 0 else x - math.log1p(math.exp(x))


def decode(layout: Layout, content: list[Line], lone: list[bool], dated: bool,
           typical: float = 100.0) -> tuple[list[bool], list[float]]:
    """Start flags for the wrapped list's lines and the score of each start (as the greedy
    pass gives them). `lone[i]`: line i is a header alone between blank lines, never a start;
    `dated`: the list's entries nearly all hold a year."""
    n = len(content)
    TYPICAL.clear()
    if n:
        TYPICAL.append(typical)
    beam = [_Reading(0, 0.0, content[0].text[:HEAD], 1, len(content[0].text))] if n else []
    origin: list[int] = [0] * n  # the start of the entry before an entry that starts at i
    start_score: list[float] = [0.0] * n
    for i in range(1, n):
        after = content[i + 1] if i + 1 < n else None
        best: tuple[float, int, float] | None = None
        carried: list[_Reading] = []
        for reading in beam:
            sure = -100.0 if lone[i] else score(
                layout, (reading.head, reading.size), content[i - 1], content[i], after)
            opened = reading.logp + _log_sigmoid(sure) + _closing(reading, dated)
            if best is None or opened > best[0]:
                best = (opened, reading.first, sure)
            carried.append(reading.extend(content[i].text, _log_sigmoid(-sure)))
        assert best is not None
        origin[i], start_score[i] = best[1], best[2]
        carried.append(_Reading(i, best[0], content[i].text[:HEAD], 1, len(content[i].text)))
        beam = sorted(carried, key=lambda r: r.logp, reverse=True)[:BEAM]
    return _backtrack(beam, origin, start_score, dated)


def _closing(reading: _Reading, dated: bool) -> float:
    """The log-score of the reading's last entry as a whole, when it closes."""
    cost = YEARLESS if dated and not YEAR.search(reading.head) else 0.0
    if len(_PROSE.findall(reading.head, 0, 200)) < 2:
        cost += PROSELESS
    if not YEAR.search(reading.head) and not COMPLETE.search(reading.head):
        cost += BARE
    if TYPICAL and LENGTH:
        cost += LENGTH * max(0.0, abs(math.log(max(reading.chars, 1) / TYPICAL[0])) - SLACK)
    return -cost


def _backtrack(beam: list[_Reading], origin: list[int], start_score: list[float],
               dated: bool) -> tuple[list[bool], list[float]]:
    """The flags and scores of the best reading that ends with the list."""
    n = len(origin)
    flags = [False] * n
    scores = [0.0] * n
    if not n:
        return flags, scores
    last = max(beam, key=lambda r: r.logp + _closing(r, dated)).first
    while last > 0:
        flags[last], scores[last] = True, start_score[last]
        last = origin[last]
    flags[0], scores[0] = True, 100.0
    return flags, scores
