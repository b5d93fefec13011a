"""Claims from citations the input marks itself (JATS `xref`, LaTeX `\\cite`, pandoc `@key`).

There is nothing to guess: each marked callout names the input's own keys, which map to
reference ids through `Document.entry_keys`. A key the list lacks is `citation-unresolved`;
a numeric chain printed as a range ("[2]–[4]"), or one callout printing a range ("1–3") whose
key names only its first entry, also cites the entries in between.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.citations.claims import build_claims, claim_ids
from claimcheck.citations.entries import entries_of
from claimcheck.citations.extract import ClaimExtraction
from claimcheck.citations.findings import link_findings
from claimcheck.citations.link import LINKED, UNRESOLVED, Link
from claimcheck.citations.notation import range_of
from claimcheck.citations.sentences import split_units
from claimcheck.citations.spans import line_of
from claimcheck.ingest.interface import Marked
from claimcheck.model import Callout, Claim, Finding, Reference, Severity

_RANGE_DASH = re.compile(r"\s*[-–—]\s*")


def _in_between(previous: tuple[int, ...], current: tuple[int, ...], gap: str) -> list[int]:
    """Positions a dash between two marked callouts ("[2]–[4]") leaves implied (here 3)."""
    if not previous or not current or not _RANGE_DASH.fullmatch(gap):
        return []
    return list(range_of(max(previous), min(current))[1:-1])


_PRINTED_RANGE = re.compile(r"^\W*(\d{1,4})\s*[-–—]\s*(\d{1,4})\W*$")


def _printed_range(text: str, found: tuple[int, ...], references: Sequence[Reference]) -> list[int]:
    """Positions a range printed inside one marked callout implies: "1–3" whose `rid` names
    only the first (or the first and last) reference also cites the ones in between.

    The members are found by printed label when the list has labels, else by position
    after the first; a reversed or absurd range ("9–3", "1–5000") implies nothing.
    """
    match = _PRINTED_RANGE.match(text)
    if not match or not found:
        return []
    low, high = int(match.group(1)), int(match.group(2))
    if len(range_of(low, high)) < 2:
        return []
    by_label = {re.sub(r"\D", "", r.label): i for i, r in enumerate(references) if r.label}
    first = min(found)
    if by_label.get(str(low), first) != first:
        return []  # the rid does not name the range's first number: trust the rid alone
    wanted = (by_label.get(str(n)) if by_label else first + n - low for n in range(low, high + 1))
    return [i for i in wanted if i is not None and 0 <= i < len(references) and i not in found]


def _links(body: str, marked: Sequence[Marked], keys: Sequence[str],
           references: Sequence[Reference]) -> list[Link]:
    position = {key: i for i, key in enumerate(keys)}
    links: list[Link] = []
    previous: tuple[int, ...] = ()
    previous_end = -1
    for group, mark in enumerate(marked):
        found = tuple(position[k] for k in mark.keys if k in position)
        implied = _in_between(previous, found, body[previous_end:mark.start])
        implied += _printed_range(mark.text, found, references)
        ids = tuple(references[i].id for i in sorted({*implied, *found}))
        callout = Callout(text=mark.text, start=mark.start, end=mark.end,
                          line=line_of(body, mark.start), group=group, style="marked",
                          names=mark.keys)
        status = LINKED if found else UNRESOLVED
        links.append(Link(callout=callout, reference_ids=ids, status=status))
        previous, previous_end = found, mark.end
    return links


def _unresolved(links: Sequence[Link], claims: Sequence[Claim],
                keys: Sequence[str]) -> list[Finding]:
    known = set(keys)
    owner = claim_ids(claims)
    return [
        Finding(
            rule="citation-unresolved", severity=Severity.ERROR, field="citation",
            claim_id=owner.get(link.callout.start, ""), line=link.callout.line,
            printed=key, message=f'no reference-list entry has the key "{key}"',
            suggestion="add the work to the bibliography or correct the key",
        )
        for link in links
        for key in link.callout.names if key not in known
    ]


def extract_marked_claims(body: str, references: Sequence[Reference],
                          marked: Sequence[Marked], keys: Sequence[str]) -> ClaimExtraction:
    """Claims, links and findings from marked callouts; `keys[i]` is references[i]'s key."""
    links = _links(body, marked, keys, references)
    groups = tuple((m.start, m.end) for m in marked)
    claims = build_claims(body, split_units(body, groups), links)
    linked = [link for link in links if link.status == LINKED]
    findings = (*_unresolved(links, claims, keys),
                *link_findings(linked, claims, entries_of(references)))
    callouts = tuple(link.callout for link in links)
    return ClaimExtraction(callouts=callouts, claims=claims, findings=findings, style="marked")
