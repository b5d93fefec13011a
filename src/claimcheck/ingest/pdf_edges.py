"""Running headers, footers and page numbers of a PDF's pages, told from where they are set.

A line at the top or bottom of a page, set smaller than the page's own text and apart from
the line next to it, may be a running header or footer ("12  A. Smith et al."), but it may
as well be a caption, a footnote, or the first or last entry of a reference list set
smaller than the article's body. Size and place alone do not tell them apart, so a line is
dropped only with a header's own evidence besides: the same line (digits ignored) at the
same edge of another page, or a bare page number. In a document of one or two pages,
where recto and verso headers cannot recur, any such line is dropped but one with a year
and a name-like start (an entry). The size compared with is the page's own (its most
common), not the document's: a reference list set smaller throughout is the text of its
pages.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Protocol

from claimcheck.ingest.starts import YEAR, author_led

GAP = 1.4  # a line this many pitches below the one before is set apart
SMALLER = 0.92  # a header or footer is set at most this fraction of the text's size
_RECURS = 3  # pages from which a header recurs (recto and verso headers alternate)
_PAGE_NUMBER = re.compile(r"\s*(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?\s*", re.IGNORECASE)


class Place(Protocol):
    """Where a line sits: its baseline and type size (`pdf_lines.Placed`)."""

    @property
    def y(self) -> float: ...

    @property
    def size(self) -> float: ...


Page = tuple[list[str], Sequence[Place | None]]


def edge_furniture(pages: Sequence[Page], pitch: float) -> list[set[int]]:
    """For each page (its lines and where each sits), the indices of its running header,
    footer or page number: a line at the page's top or bottom, smaller than the page's text
    and apart from it, that is a bare page number or recurs at the same edge of another page
    (digits ignored)."""
    candidates = [_candidates(lines, places, pitch) for lines, places in pages]
    seen = Counter(key for page in candidates for key in set(page.values()))
    return [{k for k, key in page.items()
             if seen[key] >= 2 or _PAGE_NUMBER.fullmatch(lines[k])
             or (len(pages) < _RECURS and not _reference_like(lines[k]))}
            for page, (lines, _) in zip(candidates, pages, strict=True)]


def _reference_like(line: str) -> bool:
    """A year and a name-like start: an entry, never dropped for its size and place alone
    (in a document of one or two pages, where a recto or verso header cannot recur, a
    smaller line apart at an edge without them is taken for a header)."""
    return bool(YEAR.search(line)) and author_led(line.strip())


def _candidates(lines: list[str], places: Sequence[Place | None], pitch: float
                ) -> dict[int, str]:
    """The page's top and bottom line (by baseline, not drawing order) when set smaller than
    the page's text and apart from the line next to it, each with its edge and its text with
    digits ignored."""
    placed = sorted(((k, p) for k, p in enumerate(places) if p is not None),
                    key=lambda placed: -placed[1].y)
    if len(placed) < 2:
        return {}
    # the size most of the page's characters are set in (a header and a page number are two
    # lines, as many as a last page's one entry); of two as common, the larger
    sizes: Counter[float] = Counter()
    for k, p in placed:
        sizes[round(p.size, 1)] += len(lines[k].strip()) or 1
    size = max(sizes.items(), key=lambda s: s[::-1])[0]
    out: dict[int, str] = {}
    for edge, (k, here), (_, there) in (("top", placed[0], placed[1]),
                                        ("bottom", placed[-1], placed[-2])):
        if here.size < SMALLER * size and abs(here.y - there.y) > GAP * pitch:
            out[k] = edge + re.sub(r"\d+", "#", lines[k].strip())
    return out
