"""Claims: the sentence, clause or table row that holds linked callouts, numbered C1, C2, ...

A long sentence that cites different works for different parts, joined by semicolons
("A is so (X, 2001); B is not (Y, 2002)"), gives one claim per part, but only when every
part carries its own citation; otherwise the whole sentence is the claim.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence

from claimcheck.citations.link import Link
from claimcheck.citations.sentences import Unit
from claimcheck.citations.spans import line_of
from claimcheck.model import Citation, Claim
from claimcheck.text import clean_markup


def build_claims(body: str, units: Sequence[Unit], links: Sequence[Link]) -> tuple[Claim, ...]:
    """One claim per unit (or clause) that contains at least one callout, in document order."""
    ordered = list(links)  # document order, as detected
    starts = sorted(link.callout.start for link in ordered)
    claims: list[Claim] = []
    position = 0
    for unit in units:
        for start, end in _clauses(body, unit, starts):
            inside = []
            while position < len(ordered) and ordered[position].callout.start < end:
                inside.append(ordered[position])
                position += 1
            if inside:
                claims.append(_claim(body, f"C{len(claims) + 1}", unit, (start, end), inside))
    return tuple(claims)


def claim_of(claims: Sequence[Claim], start: int) -> str:
    """Id of the claim holding the callout that starts at `start` ("" when none does)."""
    return claim_ids(claims).get(start, "")


def claim_ids(claims: Sequence[Claim]) -> dict[int, str]:
    """Callout start offset -> id of the claim holding it: one pass, for per-callout lookups."""
    return {citation.start: claim.id for claim in claims for citation in claim.citations}


def _claim(body: str, id_: str, unit: Unit, span: tuple[int, int], links: list[Link]) -> Claim:
    start, end = span
    raw = body[start:end]
    text = " | ".join(c.strip() for c in raw.strip(" |").split("\t")) if unit.kind == "row" else raw
    citations = tuple(
        Citation(text=link.callout.text, start=link.callout.start, end=link.callout.end,
                 reference_ids=link.reference_ids)
        for link in links
    )
    return Claim(id=id_, sentence=clean_markup(text), section=unit.section,
                 line=line_of(body, start), start=start, end=end, citations=citations)


def _clauses(body: str, unit: Unit, starts: Sequence[int]) -> Iterator[tuple[int, int]]:
    """Semicolon-separated parts of a sentence when each part cites something.

    `starts` are the sorted callout offsets; one pass over the brackets and a binary search
    per part keep a sentence with thousands of callouts linear.
    """
    cuts = _top_level_semicolons(body, unit.start, unit.end) if unit.kind == "sentence" else []
    if not cuts:
        yield unit.start, unit.end
        return
    bounds = [unit.start, *(c + 1 for c in cuts), unit.end]
    parts = list(itertools.pairwise(bounds))
    if all(_holds(starts, s, e) for s, e in parts):
        for s, e in parts:
            yield _trim(body, s, e)
    else:
        yield unit.start, unit.end


_BRACKETING = re.compile(r"[;()\[\]]")


def _top_level_semicolons(body: str, start: int, end: int) -> list[int]:
    """Offsets of the semicolons outside every bracket and parenthesis."""
    if body.find(";", start, end) < 0:  # most sentences: none to look for
        return []
    depth = 0
    cuts = []
    for match in _BRACKETING.finditer(body, start, end):
        char = match.group()
        if char == ";":
            if depth == 0:
                cuts.append(match.start())
        else:
            depth += 1 if char in "([" else -1
    return cuts


def _holds(starts: Sequence[int], start: int, end: int) -> bool:
    at = bisect.bisect_left(starts, start)
    return at < len(starts) and starts[at] < end


def _trim(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    return start, end
