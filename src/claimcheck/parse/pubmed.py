"""A PubMed ID run into the page range before it, as a rendering that joins a citation's
elements with nothing between them prints it ("S58–S6214693927" for pages S58–S62 and PMID
14693927; "1307–131721822942" for 1307–1317 and PMID 21822942).

No last page has seven digits more than its first page, so such a range holds a PubMed ID:
seven digits for works before 1999 (the IDs reached 10,000,000 that year), eight from then
on (an old work indexed late has eight too). The ID is cut off where the range left reads
as complete: a last page after the first, written out or shortened ("S62–9", "2114–6").
"""

from __future__ import annotations

import re

# A first page, a dash, and a last page with at least seven more digits run into it.
_GLUED = re.compile(r"^([A-Za-z]{0,2})(\d{1,5})(\s*[-‐‑–—]\s*)([A-Za-z]{0,2})(\d{8,13})$")
# An article's range first (a hundred pages at most: the ID's length is then no guess),
# then any range a chapter or supplement might span.
_LONGEST = (100, 1000)
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def without_pubmed_id(pages: str, date: str = "") -> str:
    """The page range without a PubMed ID glued to its last page; `pages` unchanged when
    none is (or no cut leaves a complete range). `date` is the printed date, if any."""
    match = _GLUED.match(pages.strip())
    if not match:
        return pages
    prefix, first, dash, prefix2, tail = match.groups()
    if prefix2 and prefix2 != prefix:
        return pages
    for longest in _LONGEST:
        for size in _id_sizes(date):
            last, pmid = tail[:-size], tail[-size:]
            if not pmid.startswith("0") and _complete(first, last, longest):
                return f"{prefix}{first}{dash}{prefix2}{last}"
    return pages


def _id_sizes(date: str) -> tuple[int, ...]:
    year = _YEAR.search(date)
    return (7, 8) if year and int(year.group()) < 1999 else (8, 7)


def _complete(first: str, last: str, longest: int) -> bool:
    """`last` closes a range opened by `first`: written out (one digit more at most, for
    98–102) or shortened to its last digits, after the first page and at most `longest`
    pages on."""
    if not last or last.startswith("0") or len(last) > len(first) + 1:
        return False
    full = first[: max(len(first) - len(last), 0)] + last
    return 0 <= int(full) - int(first) <= longest
