"""The citations stage: callouts, links, claims and findings for one article body.

The article's style is decided once: numeric when most list entries carry a printed number
(unless author-year callouts outnumber numeric ones more than twice: some journals number
an author-year list), or, for an unnumbered list, when numeric callouts outnumber
author-year ones more than three times; author-year otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.citations.authoryear import find_author_year
from claimcheck.citations.bare_years import with_bare_years
from claimcheck.citations.claims import build_claims
from claimcheck.citations.documents import with_documents
from claimcheck.citations.entries import Entry, capitals_style, entries_of
from claimcheck.citations.findings import link_findings
from claimcheck.citations.known import known_names
from claimcheck.citations.link import link_callouts
from claimcheck.citations.named_digits import with_named_digits
from claimcheck.citations.numeric import find_numeric
from claimcheck.citations.sentences import split_units
from claimcheck.citations.shortforms import with_defined_short_forms
from claimcheck.collector import paused
from claimcheck.model import Callout, Claim, Finding, Reference


@dataclass(frozen=True, slots=True)
class ClaimExtraction:
    """What the citations stage found; `style` is "author-year" or "numeric"."""

    callouts: tuple[Callout, ...]
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    style: str = "author-year"


def extract_claims(
    body: str, references: Sequence[Reference], *, numeric: tuple[Callout, ...] | None = None
) -> ClaimExtraction:
    """Finds, links and groups into claims every callout of `body` (the text before the list);
    the garbage collector paused meanwhile (claimcheck/collector.py). `numeric`: the body's
    numeric callouts for as many references, found already (`scan_ahead`); None finds them."""
    with paused():
        entries = with_defined_short_forms(body, entries_of(references))
        style, callouts = find_callouts(body, entries, numeric)
        links = link_callouts(callouts, entries, body)
        groups = _group_spans(callouts)
        claims = build_claims(body, split_units(body, groups), links)
        findings = link_findings(links, claims, entries)
    return ClaimExtraction(callouts=callouts, claims=claims, findings=findings, style=style)


def scan_ahead(body: str, count: int) -> tuple[Callout, ...]:
    """The numeric callouts of `body` for a list of `count` references, found before the list
    is parsed, for `extract_claims(..., numeric=)`: the pipeline finds them while worker
    processes parse a long list (the body alone decides these callouts)."""
    with paused():
        return find_numeric(body, count)


def find_callouts(
    body: str, entries: Sequence[Entry], numeric: tuple[Callout, ...] | None = None
) -> tuple[str, tuple[Callout, ...]]:
    """The article's citation style and its callouts in document order (`numeric`: the
    numeric ones, when found already)."""
    count = len(entries)
    if numeric is None:
        numeric = find_numeric(body, count)
    numeric = with_named_digits(body, numeric, entries)  # "lme464": the entry prints lme4
    known = known_names(entries)
    author_year = with_documents(body, find_author_year(body, known, capitals_style(entries)),
                                 known)
    author_year = with_bare_years(body, author_year, entries)
    # compare citation groups, not callouts: "(7–37)" expands to 31 numbers
    numbers, authors = _groups(numeric), _groups(author_year)
    if sum(1 for e in entries if e.reference.label) * 2 > count > 0:
        # a numbered list is cited by number, unless the body plainly cites authors instead
        return ("author-year", author_year) if authors > 2 * numbers else ("numeric", numeric)
    if numbers >= 3 and numbers > 3 * authors:  # an unnumbered list is rarely cited by number
        return "numeric", numeric
    return "author-year", author_year


def _groups(callouts: Sequence[Callout]) -> int:
    return len({c.group for c in callouts})


def _group_spans(callouts: Sequence[Callout]) -> tuple[tuple[int, int], ...]:
    """(start, end) of each callout group, so sentence splitting never cuts through one."""
    spans: dict[int, tuple[int, int]] = {}
    for c in callouts:
        start, end = spans.get(c.group, (c.start, c.end))
        spans[c.group] = (min(start, c.start), max(end, c.end))
    return tuple(sorted(spans.values()))
