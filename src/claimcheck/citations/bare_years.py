"""A year and a page with no name before them: "... sabe de alguma coisa” (1987, p.19).

The humanities name an author, quote them at length, and close the quotation with the
year and the page alone ("Barthes chama atenção ... ao afirmar que “...” (1987, p.19)").
Such a parenthesis is a callout when the list has exactly one entry of that year whose
first author is named earlier in the same paragraph, closest before it; it links to that
entry by the name found. A year without a page ("(1987)") is left alone: alone, it dates
events as often as it cites.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Sequence

from claimcheck.citations.entries import Entry
from claimcheck.citations.spans import line_of
from claimcheck.model import Callout

_BARE = re.compile(
    r"(?<![\w,;])\([ \u00a0]*(?P<year>1[6-9]\d\d|20\d\d)(?P<suffix>[a-z])?"
    r",[ \u00a0]*pp?\.[ \u00a0]?\d"
)
_WINDOW = 600  # how far back in the paragraph the author may be named


def with_bare_years(body: str, callouts: Sequence[Callout], entries: Sequence[Entry],
                    ) -> tuple[Callout, ...]:
    """`callouts` and the bare years of `body` whose author the paragraph names, in order,
    with groups numbered again in order of appearance."""
    taken = [(c.start, c.end) for c in callouts]
    more = []
    for match in _BARE.finditer(body):
        span = match.span("year")
        if any(s < match.end() and span[0] < e for s, e in taken):
            continue
        name = _named_before(body, match, entries)
        if name:
            end = match.end("suffix") if match.group("suffix") else span[1]
            more.append(Callout(
                text=body[span[0] : end], start=span[0], end=end,
                line=line_of(body, span[0]), group=-span[0], style="author-year",
                names=(name,), year=match.group("year"),
                year_suffix=match.group("suffix") or "",
            ))
    if not more:
        return tuple(callouts)
    merged = sorted((*callouts, *more), key=lambda c: c.start)
    groups: dict[int, int] = {}
    return tuple(dataclasses.replace(c, group=groups.setdefault(c.group, len(groups) + 1))
                 for c in merged)


def _named_before(body: str, match: re.Match[str], entries: Sequence[Entry]) -> str:
    """The first author's name, as listed, of the one entry of the year that the paragraph
    names closest before `match`; "" when none or two are named there."""
    start = max(body.rfind("\n\n", 0, match.start()) + 1, match.start() - _WINDOW)
    window = _plain(body[start : match.start()])
    year, suffix = match.group("year"), match.group("suffix") or ""
    found: dict[int, list[str]] = {}
    for entry in entries:
        if entry.year != year or (suffix and entry.suffix and entry.suffix != suffix):
            continue
        family = _plain(entry.families[0]) if entry.families else ""
        if len(family) < 3:
            continue
        at = max((m.start() for m in re.finditer(rf"\b{re.escape(family)}\b", window)),
                 default=-1)
        if at >= 0:
            found.setdefault(at, []).append(entry.families[0])
    if not found:
        return ""
    closest = found[max(found)]
    return closest[0] if len(closest) == 1 else ""


def _plain(text: str) -> str:
    """Lower case without diacritics, spaces kept: "Barthes" finds "BARTHES"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
