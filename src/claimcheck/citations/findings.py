"""Findings about links: unresolved, ambiguous and approximate citations, uncited entries.

Rules and severities (issue 4): `citation-unresolved` (error) when no entry matches;
`citation-ambiguous` (warning) when several do; `citation-mismatch` (warning) when the
entry matches only approximately (spelling, year off by one, suffix, author count);
`reference-uncited` (warning) for an entry no callout links to.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from claimcheck.citations.claims import claim_ids
from claimcheck.citations.entries import Entry
from claimcheck.citations.link import AMBIGUOUS, APPROXIMATE, UNRESOLVED, Link
from claimcheck.citations.numeric import BAD_RANGE
from claimcheck.model import Callout, Claim, Finding, Reference, Severity

_REASONS = {
    "spelling": "the author's name is spelled differently in the list",
    "year": "the year differs by one from the list",
    "suffix": "the year suffix (2006a, 2006b) differs from the list",
    "et-al": '"et al." is used for a work with fewer than three authors',
    "authors": "the number of authors printed does not fit the list",
    "second-author": "the second author differs from the list",
}


def link_findings(
    links: Sequence[Link], claims: Sequence[Claim], entries: Sequence[Entry]
) -> tuple[Finding, ...]:
    by_id = {e.reference.id: e for e in entries}
    owner = claim_ids(claims)
    found = [f for link in links for f in _about(link, owner.get(link.callout.start, ""), by_id)]
    return (*found, *_uncited(links, [e.reference for e in entries]))


def printed_form(callout: Callout) -> str:
    """The callout as a reader would quote it: "Paul et al., 1994" for the "1994" of a list."""
    if callout.style == "numeric":
        return str(callout.number) if callout.number != BAD_RANGE else callout.text
    names = list(callout.names)
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    if len(names) > 2:
        joined = ", ".join(names[:-1]) + ", and " + names[-1]
    letter = f"-{callout.year_suffix}" if callout.year_suffix and not callout.year[:1].isdigit() \
        else callout.year_suffix  # "in press-a"
    return f"{joined}{' et al.' if callout.et_al else ''}, {callout.year}{letter}"


def expected_form(entry: Entry) -> str:
    """How the list entry would be cited: "Deyam and Duman, 2020", or its number."""
    if entry.reference.label:
        return entry.reference.label
    families = entry.families
    if not families:
        name = entry.reference.raw[:40]
    elif len(families) >= 3 or entry.et_al:
        name = f"{families[0]} et al."
    else:
        name = " and ".join(families)
    return f"{name}, {entry.year}{entry.suffix}"


def _about(link: Link, claim_id: str, by_id: dict[str, Entry]) -> Iterator[Finding]:
    printed = printed_form(link.callout)
    where = Finding(rule="", severity=Severity.WARNING, message="", claim_id=claim_id,
                    line=link.callout.line, printed=printed, field="citation")
    if link.status == UNRESOLVED and link.callout.number == BAD_RANGE:
        yield replace(
            where, rule="citation-unresolved", severity=Severity.ERROR,
            message=f'the citation range "{printed}" runs backwards, so the works it means '
            "between its ends cannot be told",
            suggestion="correct the range (low–high)",
        )
    elif link.status == UNRESOLVED:
        yield replace(
            where, rule="citation-unresolved", severity=Severity.ERROR,
            message=f'no reference-list entry matches the citation "{printed}"',
            suggestion="add the work to the reference list or correct the citation",
        )
    elif link.status == AMBIGUOUS:
        ids = ", ".join(link.reference_ids)
        yield replace(
            where, rule="citation-ambiguous",
            reference_id=link.reference_ids[0], evidence=link.reference_ids,
            expected=" / ".join(expected_form(by_id[i]) for i in link.reference_ids),
            message=f'the citation "{printed}" matches several entries ({ids})',
            suggestion="give the entries year suffixes (2006a, 2006b) and use them in the text",
        )
    elif link.status == APPROXIMATE:
        entry = by_id[link.reference_ids[0]]
        why = "; ".join(_REASONS[r] for r in dict.fromkeys(link.reasons))
        yield replace(
            where, rule="citation-mismatch", field=link.reasons[0],
            reference_id=entry.reference.id, expected=expected_form(entry),
            message=f'the citation "{printed}" matches entry {entry.reference.id} only '
            f"approximately: {why}",
            suggestion=f'make the citation and the list entry agree ("{expected_form(entry)}")',
        )


def _uncited(links: Sequence[Link], references: Sequence[Reference]) -> Iterator[Finding]:
    cited = {i for link in links for i in link.reference_ids}
    for reference in references:
        if reference.id not in cited:
            yield Finding(
                rule="reference-uncited", severity=Severity.WARNING,
                reference_id=reference.id, line=reference.line, field="reference",
                printed=reference.raw[:120], expected="",
                message=f"reference {reference.index} ({reference.id}) is never cited in the text",
                suggestion="cite it where it supports the text, or remove it from the list",
            )
