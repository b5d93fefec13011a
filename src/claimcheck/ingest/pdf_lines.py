"""Where each line of a PDF page sits, and what that says the plain text cannot.

pypdf's page text keeps neither a line's left edge, nor the space above it, nor its type
size. A reference list shows its entries by exactly these: a hanging or first-line indent,
space between entries, and running headers and footers set smaller than the text and apart
from it. While extracting, pypdf reports every text run with its position and size; each
line of the page text takes the left edge and baseline of its runs, and then:

- its indent from the left edge of its column (`pdf_columns`) is written as leading spaces
  (about one a half em), so the segmenter sees a hanging indent as it does in text; lines
  set in another size than the document's text (a reference list set smaller than the body)
  are read as a text of their own, in their own size;
- a page that opens on an indented line, in a hanging list whose entries are set apart by
  space, goes on with the page before's last entry (`pdf_edges.runs_on`): no page break is
  set before it;
- a line that sits well below the line before (more than 1.4 line pitches) gets a blank line
  before it, as a paragraph or list entry set apart;
- a running header, footer or page number (`pdf_edges`: set small at the page's top or
  bottom, and recurring or a bare number) is dropped, unless it is the list's heading;
- on a page without indents, in a justified column (`pdf_justified`) a line that stops
  short of the right edge ends its paragraph and gets a blank line after it, and a page
  whose last line runs to the edge runs on: its last line ends with a form feed
  (`RUNS_ON`), and `pdf.text_from_pages` sets no blank line at that page break; in a
  greedily wrapped ragged column a line after which the next line's first word would have
  fitted ends with `layout.PARAGRAPH_END` (the segmenter starts an entry after it), and one
  after which it would not have with `layout.LINE_FULL` (`wrapping.fits` reads it).

Pages whose runs cannot be placed are left as they are.
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from dataclasses import dataclass
from typing import TypeVar

from claimcheck.ingest.layout import LINE_FULL, MARKS_AS_SPACES, PARAGRAPH_END
from claimcheck.ingest.pdf_columns import (
    by_column,
    column_lefts,
    in_size,
    line_indents,
    other_indents,
)
from claimcheck.ingest.pdf_edges import GAP as _GAP
from claimcheck.ingest.pdf_edges import edge_furniture, runs_on
from claimcheck.ingest.pdf_justified import (
    Edge,
    Ends,
    Fit,
    column_edge,
    column_ends,
)
from claimcheck.ingest.pdf_superscript import LOOK as _LOOK
from claimcheck.ingest.pdf_superscript import Run
from claimcheck.ingest.plaintext import is_list_heading

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Placed:
    """A line's left edge and baseline (points, from the page's origin) and type size."""

    x: float
    y: float
    size: float
    right: float = 0.0  # where the line ends, 0.0 when unknown (`pdf_justified`)
    space: float = 0.0  # the advance of a space, and of the line's first word
    first: float = 0.0


def placements(text: str, runs: list[Run]) -> list[Placed | None]:
    """Each line of `text` with the left edge, baseline and size of its runs (None: no run
    was found in it). `runs` are in drawing order, as pypdf reports them."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines[:-1]:
        offsets.append(offsets[-1] + len(line) + 1)
    found: dict[int, list[Run]] = {}
    cursor = 0
    for run in runs:
        piece = run.text.strip()
        at = text.find(piece, cursor, cursor + len(piece) + _LOOK) if piece else -1
        if at < 0 or "\n" in piece:
            continue
        found.setdefault(bisect.bisect_right(offsets, at) - 1, []).append(run)
        cursor = at + len(piece)
    return [_placed(found[k]) if k in found else None for k in range(len(lines))]


def _placed(runs: list[Run]) -> Placed:
    body = max(runs, key=lambda run: len(run.text.strip()))  # not a superscript's size
    last = max(runs, key=lambda run: run.x)  # of unknown width: so is where the line ends
    right = max((run.x + run.width for run in runs if run.width), default=0.0) * bool(last.width)
    lead = min(runs, key=lambda run: run.x)
    return Placed(lead.x, body.y, body.size, right, lead.space, lead.first)


RUNS_ON = "\f"  # ends the page's last line when it runs to a justified edge: no break


@dataclass(frozen=True, slots=True)
class Measure:
    """What the whole document's text shows: its type size, the distance between its lines,
    and the right edge of each justified column (by the column's left edge)."""

    size: float
    pitch: float
    edges: dict[float, Edge]
    margins: dict[float, float]  # the right margin of each greedily wrapped column
    lefts: frozenset[float]  # the left edges of the columns of every page


def laid_out(text: str, runs: list[Run]) -> list[str]:
    """One page's lines, laid out as `laid_out_pages` lays out a document's."""
    return laid_out_pages([(text, runs)])[0]


def laid_out_pages(pages: list[tuple[str, list[Run]]]) -> list[list[str]]:
    """Each page's lines with their indents, blank lines where space or a justified column's
    short line sets a line apart, running headers and footers dropped (see the module's
    docstring). The type size, line pitch and justified edges are read from the whole
    document, so that a last page of three lines is read as the others are."""
    placed = [(text.split("\n"), placements(text, runs)) for text, runs in pages]
    measure = _measure(placed)
    if measure is None:
        return [lines for lines, _ in placed]
    furniture = edge_furniture(placed, measure.pitch)
    out = [_laid_out(lines, places, measure,  # "REFERENCES" set small atop a page stays
                     {k for k in edges if not is_list_heading(lines[k])})
           for (lines, places), edges in zip(placed, furniture, strict=True)]
    for before, page in itertools.pairwise(out):
        if before and before[-1].strip() and runs_on(before, page):
            before[-1] = before[-1].rstrip(RUNS_ON) + RUNS_ON
    return out


def _fits(lines: list[str], places: list[Placed | None], column: list[int]) -> list[Fit]:
    return [Fit(lines[k], p.right, p.space, p.first) for k in column
            if (p := places[k]) is not None]


def _measure(pages: list[tuple[list[str], list[Placed | None]]]) -> Measure | None:
    sized = [p.size for _, places in pages for p in places if p is not None]
    if len(sized) < 3:
        return None
    size = Counter(round(s, 1) for s in sized).most_common(1)[0][0]
    steps: Counter[float] = Counter()
    edges: dict[float, Edge] = {}
    margins: dict[float, float] = {}
    lefts: set[float] = set()
    for lines, places in pages:
        steps.update(_steps(places, size))
        columns = column_lefts(places, size)
        lefts.update(columns.values())
        for left, column in by_column(columns).items():
            edge, margin = column_edge(_fits(lines, places, column), size)
            if edge is not None:
                edges.setdefault(left, edge)
            elif margin is not None:
                margins.setdefault(left, margin)
    common = [step for step, count in steps.items() if count >= 2]
    return Measure(size, min(common) if common else 1.2 * size, edges, margins,
                   frozenset(lefts))


def _laid_out(lines: list[str], places: list[Placed | None], measure: Measure,
              furniture: set[int]) -> list[str]:
    """The page's lines laid out, its running header and footer (`furniture`) dropped."""
    size, pitch = measure.size, measure.pitch
    columns = column_lefts(places, size, measure.lefts)
    indents = line_indents(places, size, columns)
    ends = Ends() if indents else _paragraph_ends(lines, places, columns, measure)
    indents |= other_indents(places, size, measure.lefts, furniture | set(columns))
    last = max((k for k in columns if k not in furniture), default=-1)
    out: list[str] = []
    before: Placed | None = None  # the last line kept
    for k, (line, place) in enumerate(zip(lines, places, strict=True)):
        if k in furniture:
            continue
        apart = _set_apart(before, place, pitch) or (k - 1 in ends.short and place is not None)
        if out and out[-1] and apart:
            out.append("")
        line = line.translate(MARKS_AS_SPACES)  # the marks set below are the layout's alone
        out.append(" " * indents.get(k, 0) + line.lstrip() if line.strip() else line)
        if k == last and k in ends.full:  # the page's text runs on to the next page
            out[-1] += RUNS_ON
        elif k in ends.fitted:  # the next word would have fitted: the entry surely ends here
            out[-1] += PARAGRAPH_END
        elif k in ends.unfitted:  # it would not have: the segmenter need not count characters
            out[-1] += LINE_FULL
        before = place or before
    return out


def _steps(places: list[Placed | None], size: float) -> Counter[float]:
    """The distances between baselines of consecutive lines of the text's size; the line
    pitch is the smallest two or more share (in a list of one-line entries set apart, most
    steps are the wider ones between entries)."""
    return Counter(round(2 * (a.y - b.y)) / 2 for a, b in itertools.pairwise(places)
                   if a is not None and b is not None and in_size(a, size) and in_size(b, size)
                   and 0 < a.y - b.y < 3 * size)


def _set_apart(before: Placed | None, place: Placed | None, pitch: float) -> bool:
    """The line sits well below the line before in the same column."""
    if before is None or place is None:
        return False
    return _GAP * pitch < before.y - place.y < 6 * pitch


def _paragraph_ends(lines: list[str], places: list[Placed | None], columns: dict[int, float],
                    measure: Measure) -> Ends:
    """How each column's lines end against its right edge (`pdf_justified.column_ends`); a
    column too short to be judged on its own (a last page) by the document's column."""
    out = Ends()
    for left, column in by_column(columns).items():
        fits = _fits(lines, places, column)
        out = out.union(column_ends(list(zip(column, fits, strict=True)), measure.size,
                                    _near(measure.edges, left), _near(measure.margins, left)))
    return out


def _near(by_left: dict[float, _T], left: float) -> _T | None:
    """The document's value for the column whose left edge is at `left`."""
    return next((value for x, value in by_left.items() if abs(x - left) < 1), None)
