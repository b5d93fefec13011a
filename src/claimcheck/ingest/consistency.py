"""A second look at a hard-wrapped list's uncertain boundaries, against the list's own habit.

The first pass (`boundary`) weighs each line boundary on its own. A list, though, is written in
one style: when nearly every entry the first pass is sure of holds a year, an entry it was
unsure of that holds none is rather the tail of the entry before, a place or publisher wrapped
to the start of a line ("Opladen: Westdeutscher Verlag", "Stuttgart, Berlin: Cotta."), than
an entry. Only starts scored below `MARGIN` are revised, only towards joining, and never one
that starts surely (initials, a bracketed year, a list number). Linear: each entry's text is
read once, at most `HEAD` characters of it.

Measured and not kept (docs/benchmarks/segment.md): the same test for "starts with a name"
(it joined real entries that start with a title) and its converse, splitting an entry at an
uncertain sure-looking start when both halves hold a year (no gain on the never-tuned sets).
"""

from __future__ import annotations

from claimcheck.ingest.boundary import HEAD
from claimcheck.ingest.starts import NUMBER_START, YEAR, strong_start

MARGIN = 2.0  # a start scored below this is uncertain (scores: boundary.score)
HABIT = 0.9  # the share of sure entries with a year that makes a year the list's habit
_FEW = 8  # fewer sure entries than this say nothing about the list


def revise(texts: list[str], starts: list[bool], scores: list[float]) -> list[bool]:
    """The start flags of a wrapped list's lines (one a line, as `scores`, the first pass's),
    uncertain starts of entries without a year turned into continuations where the list's
    sure entries nearly all have one."""
    spans = _spans(starts)
    dated = [bool(YEAR.search(_head(texts, a, b))) for a, b in spans]
    sure = [k for k, (a, _) in enumerate(spans) if a == 0 or scores[a] >= MARGIN]
    if len(sure) < _FEW or sum(dated[k] for k in sure) < HABIT * len(sure):
        return starts
    out = list(starts)
    for k, (a, _) in enumerate(spans):
        if a == 0 or scores[a] >= MARGIN or dated[k]:
            continue
        if not (strong_start(texts[a]) or NUMBER_START.match(texts[a])):
            out[a] = False
    return out


def _spans(starts: list[bool]) -> list[tuple[int, int]]:
    """(first, last + 1) line of every entry."""
    firsts = [k for k, start in enumerate(starts) if start or k == 0]
    return list(zip(firsts, [*firsts[1:], len(starts)], strict=True))


def _head(texts: list[str], first: int, end: int) -> str:
    """The first HEAD characters of an entry's lines joined."""
    out: list[str] = []
    size = 0
    for text in texts[first:end]:
        out.append(text)
        size += len(text) + 1
        if size >= HEAD:
            break
    return " ".join(out)[:HEAD]
