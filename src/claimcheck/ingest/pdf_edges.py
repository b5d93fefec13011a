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

Across a page break: a page that opens on an indented line in a hanging list whose entries
are set apart by space goes on with the page before's last entry (`runs_on`).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from typing import Protocol

from claimcheck.ingest.plaintext import is_list_heading
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


def runs_on(before: list[str], page: list[str]) -> bool:
    """The page opens on an indented line in a list whose entries are set apart by space and
    hang (`_hangs`), on this page and the one before: the line goes on with the page before's
    last entry, and no page break is set before it (the segmenter would read it as the space
    between entries). An indented subheading ("Secondary literature") starts a part instead."""
    text = [line for line in page if line.strip()]
    if not text or not text[0].startswith(" ") or _heading(text[0]):
        return False
    return _hangs(page) and _hangs(["", *before])  # its top line starts an entry too


def _hangs(page: list[str]) -> bool:
    """Entries set apart by space and hanging: two lines or more after a blank line, all flush
    left, and indented lines besides."""
    after = [line for blank, line in itertools.pairwise(page) if not blank.strip() and line.strip()]
    return (len(after) >= 2 and not any(line.startswith(" ") for line in after)
            and any(line.startswith(" ") for line in page))


def _heading(line: str) -> bool:
    """A list's heading or a subheading: a few capitalised words with no number and no
    closing punctuation (an entry's last line has a year, a page or a full stop)."""
    words = line.split()
    return is_list_heading(line.strip()) or (
        len(words) <= 5 and words[0][:1].isupper()
        and all(word.replace("-", "").replace("&", "").isalpha() or word == "&"
                for word in words))
