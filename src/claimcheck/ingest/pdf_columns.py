"""The columns of a PDF page's lines and each line's indent within its column.

`pdf_lines` places every line (left edge, baseline, type size); this module groups the lines
of one type size into columns by their shared left edges and measures each line's indent from
its column's edge in half ems, the unit the segmenter reads as leading spaces. Lines of
another size (a reference list set smaller than the body) are read as a text of their own.
"""

from __future__ import annotations

import bisect
from collections import Counter
from typing import TYPE_CHECKING

from claimcheck.ingest.pdf_edges import SMALLER as _SMALLER

if TYPE_CHECKING:
    from claimcheck.ingest.pdf_lines import Placed

_COLUMN = 4.0  # ems between left edges that belong to different columns
_INDENT = 12  # the deepest indent, in half ems


def column_lefts(places: list[Placed | None], size: float, known: frozenset[float] = frozenset()
             ) -> dict[int, float]:
    """The left edge of each line's column: where a cluster of left edges begins that two
    lines or more of the text's size share, or that is a column's left edge on another page
    (`known`: a last page may hold one entry's start); a page number or a header, set
    smaller, is no column."""
    shared = Counter(round(p.x, 1) for p in places if p is not None and in_size(p, size))
    edges = sorted(x for x, count in shared.items()
                   if count >= 2 or any(abs(x - left) < 1 for left in known))
    lefts = [x for k, x in enumerate(edges) if not k or x - edges[k - 1] > _COLUMN * size]
    out: dict[int, float] = {}
    for k, place in enumerate(places):
        at = bisect.bisect_right(lefts, round(place.x, 1)) - 1 if place is not None else -1
        if place is not None and at >= 0 and in_size(place, size):
            out[k] = lefts[at]
    return out


def line_indents(places: list[Placed | None], size: float, columns: dict[int, float]
             ) -> dict[int, int]:
    """Each line's indent from the left edge of its column, in characters (half an em), for
    the lines in the text's size."""
    out: dict[int, int] = {}
    for k, left in columns.items():
        place = places[k]
        indent = round((place.x - left) / (0.5 * size)) if place is not None else 0
        if 0 < indent <= _INDENT:  # further in: a centred line (a heading), no indent
            out[k] = indent
    return out


def other_indents(places: list[Placed | None], size: float, known: frozenset[float],
                   taken: set[int]) -> dict[int, int]:
    """The indents of the lines set in another size than the text's (`taken`: the text's
    lines and the page's furniture), each size's lines read as a text of their own: a
    reference list set smaller than the body keeps its hanging indent. A size needs three
    lines or more (a caption or a footnote of one line has no indent to show)."""
    rest = [p if p is not None and k not in taken else None for k, p in enumerate(places)]
    out: dict[int, int] = {}
    while sizes := Counter(round(p.size, 1) for p in rest if p is not None):
        other, count = sizes.most_common(1)[0]
        if count >= 3:
            out |= line_indents(rest, other, column_lefts(rest, other, known))
        rest = [None if p is None or in_size(p, other) else p for p in rest]
    return out


def by_column(columns: dict[int, float]) -> dict[float, list[int]]:
    """The lines of each column in order, by the column's left edge."""
    out: dict[float, list[int]] = {}
    for k, left in sorted(columns.items()):
        out.setdefault(left, []).append(k)
    return out


def in_size(place: Placed, size: float) -> bool:
    """The line is set in the type size `size` (within the margin a smaller size needs)."""
    return abs(place.size - size) <= (1 - _SMALLER) * size
