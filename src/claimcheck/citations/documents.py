"""Numbered documents cited by their number: "Lei nº 13.146/2015", "Resolução nº 4, de 2 de
outubro de 2009", "Decreto-Lei n.º 74/2004", "Law No. 25 of 2010".

Laws, decrees, resolutions and technical notes are listed under their own name and number
("Lei n° 13.146, de 6 de julho de 2015. Institui ...") and cited the same way, with no author
and often no year in author-year form. Whatever the kind of document (any capitalised word
before a number mark: nº, n°, n.º, No., Nr.), a printed "kind + number" is a callout when
an entry opens its text with the same kind and number, and links to that entry. The key is
the kind's last word and the number's digits ("Nota Técnica nº 4" -> "tecnica4"), so "Lei
nº 13.146" and "Lei n° 13146" are one document and "Resolução nº 4" is not "Nota Técnica
nº 4". Only the first document an entry names is its own: "Lei nº 13.409 ... Altera a Lei
nº 12.711" is the first.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from claimcheck.citations.scripts import UPPER
from claimcheck.citations.spans import enclosing_parens, in_order, line_of
from claimcheck.model import Callout
from claimcheck.text import fold

_KIND = rf"(?P<kind>[{UPPER}][^\W\d_]+(?:-[{UPPER}][^\W\d_]+)?)"
_MARK = r"(?:[nN][º°o]\.?|[nN]\.[ \u00a0]?[º°]|No\.|Nr\.|[nN]úm\.)"
_DATE = (
    r"(?:/[ \u00a0]?(?P<short>\d{4})(?!\d)"
    r"|,?[ \u00a0]+de[ \u00a0]+\d{1,2}º?[ \u00a0]+(?:de[ \u00a0]+)?[^\W\d_]+[ \u00a0]+de[ \u00a0]+"
    r"(?P<long>\d{4})|[ \u00a0]+of[ \u00a0]+(?P<of>\d{4}))?"
)
_DOCUMENT = re.compile(
    rf"(?<![\w\-]){_KIND}[ \u00a0\n]+{_MARK}[ \u00a0\n]*(?P<number>\d{{1,3}}(?:\.\d{{3}})*|\d+)"
    rf"(?:[-/]\d+(?=/))?(?!\d|[.,]\d){_DATE}"
)
_OPENING = 120  # an entry names its own document near its start
# What every number mark of _DOCUMENT opens with, after the space before it ("nº", "n°",
# "no", "n.", "No.", "Nr.", "núm."): a scan with a cheap first character that most entries
# fail, before the slow one that tries every capitalised word.
_MARK_START = re.compile(r"[ \u00a0\n][nN][º°o.rú]")


def document_key(match: re.Match[str]) -> str:
    """"Lei nº 13.146" -> "lei13146": the kind's last word and the number's digits."""
    kind = match.group("kind").split()[-1]  # "Decreto-Lei" whole: not "Lei"
    return fold(kind) + re.sub(r"\D", "", match.group("number"))


def entry_document(raw: str) -> str:
    """The key of the document an entry opens with ("" when it names none near its start)."""
    if not _MARK_START.search(raw, 0, _OPENING):
        return ""
    match = _DOCUMENT.search(raw, 0, _OPENING)
    return document_key(match) if match else ""


def with_documents(
    body: str, callouts: Sequence[Callout], known: frozenset[str]
) -> tuple[Callout, ...]:
    """`callouts` (author-year) and the numbered documents of `body` the list has, in order,
    with groups numbered again in order of appearance."""
    starts = [c.start for c in callouts]  # in order, so one binary search per document
    more = []
    for match in _DOCUMENT.finditer(body):
        key = document_key(match)
        if key not in known or _overlaps(callouts, starts, match.span()):
            continue
        year = match.group("short") or match.group("long") or match.group("of") or ""
        parens = enclosing_parens(body, match.start())
        more.append(Callout(
            text=match.group(), start=match.start(), end=match.end(),
            line=line_of(body, match.start()), group=-(parens[0] if parens else match.start()),
            style="author-year", names=(key,), year=year,
        ))
    if not more:
        return tuple(callouts)
    return in_order((*callouts, *more))


def _overlaps(callouts: Sequence[Callout], starts: list[int], span: tuple[int, int]) -> bool:
    """Whether an author-year callout (ordered by start) overlaps `span`."""
    at = bisect.bisect_left(starts, span[1])  # callouts from `at` on start after the span
    return any(c.end > span[0] for c in callouts[max(0, at - 2) : at])
