"""Outcomes: how far resolving one reference got, and the result and findings it yields.

A reference ends in one of three states: `Resolved` (a record of the printed work, found
by its DOI, a search or a DOI repair), `Pending` (no record of the printed work; `why`
says what was wrong with the DOI) or `Halted` (not checked, or nothing to check).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rapidfuzz.distance import Levenshtein

from claimcheck.compare.checks import check_fields
from claimcheck.compare.match import match_score
from claimcheck.compare.notices import check_notices
from claimcheck.compare.numbers import printed_year
from claimcheck.compare.rules import Detail, finding
from claimcheck.model import Finding, Record, Reference, ReferenceResult, Severity

# Why the printed DOI could not be used: none printed, malformed, unregistered, or it
# names another work.
MISSING, INVALID, NOT_FOUND, OTHER_WORK = "missing", "invalid", "not-found", "other-work"


@dataclass(frozen=True, slots=True)
class Resolved:
    record: Record
    via: str  # doi | search | repair
    why: str = ""  # why the printed DOI was not used ("" when it was)


@dataclass(frozen=True, slots=True)
class Pending:
    why: str
    other: Record | None = None  # the other work a printed DOI names
    searched: bool = False


@dataclass(frozen=True, slots=True)
class Halted:
    status: str  # unchecked | no-doi
    reason: str = ""
    retry: bool = True  # False: asking again will not help (the DOI is not Crossref's)


State = Resolved | Pending | Halted


def conclude(reference: Reference, state: State) -> tuple[ReferenceResult, tuple[Finding, ...]]:
    """The reference's result and its findings."""
    if isinstance(state, Halted):
        return ReferenceResult(reference, state.status), ()
    if isinstance(state, Pending):
        return _unresolved(reference, state)
    found = (
        *_doi_findings(reference, state),
        *check_fields(reference, state.record),
        *check_notices(reference, state.record),
    )
    serious = any(f.severity.rank >= Severity.WARNING.rank for f in found)
    result = ReferenceResult(
        reference,
        "mismatch" if serious else "verified",
        doi=state.record.doi,
        record=state.record,
        match_score=match_score(reference, state.record),
    )
    return result, found


# Why the printed DOI was not used -> (rule, what was wrong with it).
_DOI_RULES = {
    MISSING: ("doi-missing", "No DOI is printed"),
    INVALID: ("doi-invalid", "The printed DOI '{doi}' is malformed"),
    NOT_FOUND: ("doi-not-found", "The DOI {doi} is not registered"),
    OTHER_WORK: ("doi-other-work", "The DOI {doi} belongs to another work"),
}


def _doi_findings(reference: Reference, state: Resolved) -> tuple[Finding, ...]:
    """What was wrong with the printed DOI, now that the work was found another way."""
    if state.why not in _DOI_RULES:
        return ()
    rule, problem = _DOI_RULES[state.why]
    found = state.record.doi
    typo = state.why == NOT_FOUND and (
        state.via == "repair" or Levenshtein.distance(reference.doi, found.lower()) <= 2
    )
    tail = f"it is most likely a typo of {found}" if typo else f"the work is registered as {found}"
    how = {"search": "a bibliographic search", "repair": "a DOI typo repair"}[state.via]
    detail = Detail(
        "doi",
        reference.doi,
        found,
        f"Use the DOI {found}.",
        (f"found by {how}: {describe(state.record)}",),
    )
    return (finding(rule, reference, f"{problem.format(doi=reference.doi)}; {tail}.", detail),)


def _unresolved(
    reference: Reference, state: Pending
) -> tuple[ReferenceResult, tuple[Finding, ...]]:
    detail = Detail("doi", reference.doi, "", "Check the reference against the publisher's page.")
    if state.why == MISSING:
        if not state.searched:
            return ReferenceResult(reference, "no-doi"), ()
        severity = Severity.WARNING if _expected_registered(reference) else Severity.INFO
        return ReferenceResult(reference, "no-doi"), (
            finding(
                "reference-not-found",
                reference,
                "No registered work matches this reference; it may not be registered with "
                "Crossref (older articles, books, reports and web pages often are not).",
                Detail("reference", reference.raw, "", detail.suggestion),
                severity,
            ),
        )
    nothing = ", and no registered work matches the reference" if state.searched else ""
    if state.why == INVALID:
        message = f"The printed DOI '{reference.doi}' is malformed{nothing}."
        return ReferenceResult(reference, "not-found"), (
            finding("doi-invalid", reference, message, detail),
        )
    if state.why == OTHER_WORK and state.other is not None:
        other = state.other
        message = (
            f"The DOI {reference.doi} belongs to another work: '{other.title}'{_byline(other)}."
        )
        detail = replace(detail, evidence=(f"the DOI's record: {describe(other)}",))
        return ReferenceResult(reference, "not-found"), (
            finding("doi-other-work", reference, message, detail),
        )
    message = f"The DOI {reference.doi} is not registered{nothing}."
    return ReferenceResult(reference, "not-found"), (
        finding("doi-not-found", reference, message, detail),
    )


def describe(record: Record) -> str:
    """One line naming a record: DOI, title, first author, year, journal."""
    journal = (record.short_containers or record.containers or ("",))[0]
    where = f", {journal}" if journal else ""
    return f"{record.doi}: '{record.title}'{_byline(record)}{where}"


def _byline(record: Record) -> str:
    author = record.authors[0].family if record.authors else ""
    year = record.issued_year or record.print_year
    parts = ", ".join(str(p) for p in (author, year) if p)
    return f" ({parts})" if parts else ""


def _expected_registered(reference: Reference) -> bool:
    """A journal article from 2000 on is almost always registered (Crossref began in 2000;
    its back-file coverage of earlier articles is patchy), so its absence is a warning;
    for anything else it is information."""
    return (
        reference.kind == "article"
        and bool(reference.container)
        and (printed_year(reference) >= 2000)
    )
