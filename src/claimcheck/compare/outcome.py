"""Outcomes: how far resolving one reference got, and the result and findings it yields.

A reference ends in one of three states: `Resolved` (a record of the printed work, found
by its DOI, a search or a DOI repair), `Pending` (no record of the printed work; `why`
says what was wrong with the DOI) or `Halted` (not checked, or nothing to check).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rapidfuzz.distance import Levenshtein

from claimcheck.compare.checks import check_fields
from claimcheck.compare.doubt import temper
from claimcheck.compare.match import match_score
from claimcheck.compare.notices import check_notices
from claimcheck.compare.repair import trailing_tail
from claimcheck.compare.rules import Detail, finding
from claimcheck.compare.unregistered import expected_registered, not_found_message
from claimcheck.compare.versions import server_name, version_findings
from claimcheck.model import Finding, Record, Reference, ReferenceResult, Severity

# Why the printed DOI could not be used: none printed, malformed, unregistered, it names
# another work, or it names the preprint of the journal article the reference prints.
MISSING, INVALID, NOT_FOUND, OTHER_WORK = "missing", "invalid", "not-found", "other-work"
PREPRINT = "preprint"


@dataclass(frozen=True, slots=True)
class Resolved:
    record: Record
    via: str  # doi | search | repair | version
    why: str = ""  # why the printed DOI was not used ("" when it was)
    version: Record | None = None  # the preprint whose DOI was printed (via "version")


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
        return ReferenceResult(reference, state.status, reason=state.reason), ()
    if isinstance(state, Pending):
        return _unresolved(reference, state)
    fields = temper(reference, check_fields(reference, state.record))
    found = version_findings(
        reference,
        state.record,
        (*_doi_findings(reference, state), *fields, *check_notices(reference, state.record)),
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
    if state.why == PREPRINT and state.version is not None:
        return (_preprint_printed(reference, state.version, state.record),)
    if state.why not in _DOI_RULES:
        return ()
    run_on = trailing_tail(reference.doi, state.record.doi) if state.why == NOT_FOUND else ""
    if run_on:
        return (_tail_printed(reference, state.record, run_on),)
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


def _tail_printed(reference: Reference, record: Record, tail: str) -> Finding:
    """The printed DOI is the registered one with something run into it (info)."""
    message = (
        f"The printed DOI {reference.doi} runs into the text after it: without "
        f"'{tail}' (an identifier or punctuation printed against it) it is the DOI "
        f"{record.doi} of this work."
    )
    detail = Detail(
        "doi", reference.doi, record.doi, f"Put a space after the DOI {record.doi}.",
        (f"the DOI without the tail: {describe(record)}",),
    )
    return finding("doi-trailing-text", reference, message, detail)


def _preprint_printed(reference: Reference, preprint: Record, article: Record) -> Finding:
    """The printed DOI is the preprint's; the reference (and the fix) is the article's."""
    message = (
        f"The DOI {preprint.doi} is the {server_name(preprint)} preprint of this work; the "
        f"reference prints the journal version, registered as {article.doi}."
    )
    evidence = (f"printed DOI: {describe(preprint)}", f"journal version: {describe(article)}")
    detail = Detail("doi", reference.doi, article.doi, f"Use the DOI {article.doi}.", evidence)
    return finding("doi-preprint", reference, message, detail)


def _unresolved(
    reference: Reference, state: Pending
) -> tuple[ReferenceResult, tuple[Finding, ...]]:
    detail = Detail("doi", reference.doi, "", "Check the reference against the publisher's page.")
    if state.why == MISSING:
        if not state.searched:
            return ReferenceResult(reference, "no-doi"), ()
        severity = Severity.WARNING if expected_registered(reference) else Severity.INFO
        return ReferenceResult(reference, "no-doi"), (
            finding(
                "reference-not-found",
                reference,
                not_found_message(reference),
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
