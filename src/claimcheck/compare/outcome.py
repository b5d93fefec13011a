"""Outcomes: how far resolving one reference got, and the result and findings it yields.

A reference ends in one of three states: `Resolved` (a record of the printed work, found
by its DOI, a search or a DOI repair), `Pending` (no record of the printed work; `why`
says what was wrong with the DOI) or `Halted` (not checked, or nothing to check).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rapidfuzz.distance import Levenshtein

from claimcheck.compare.checks import check_fields
from claimcheck.compare.doubt import temper
from claimcheck.compare.match import match_score
from claimcheck.compare.notices import check_notices
from claimcheck.compare.numbers import printed_year
from claimcheck.compare.rules import Detail, finding
from claimcheck.compare.versions import names_server, server_name, version_findings
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
        return ReferenceResult(reference, state.status), ()
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
        severity = Severity.WARNING if _expected_registered(reference) else Severity.INFO
        return ReferenceResult(reference, "no-doi"), (
            finding(
                "reference-not-found",
                reference,
                _not_found_message(reference),
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


def _not_found_message(reference: Reference) -> str:
    if _expected_registered(reference):
        return (
            "No registered work matches this journal article (checked: title search); "
            "articles from 2000 on are almost always registered, so check that it exists."
        )
    return (
        "Not in Crossref (checked: title search); books, chapters, reports, theses, "
        "datasets, software, web pages and older works are often not registered."
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


# Words that mark a work as a kind the registry often lacks, wherever the parse put them.
_UNREGISTERED_KIND = re.compile(
    r"\b(?:report|technical\s+(?:paper|note)|working\s+paper|white\s+paper|thesis|"
    r"dissertation|dataset|data\s+set|software|version\s+\d|r\s+package|manual|"
    r"guidelines?|handbook)\b",
    re.IGNORECASE,
)
# Marks of a chapter, a meeting or a web page that a title seldom holds: sought everywhere.
_UNREGISTERED_PLACE = re.compile(
    r"\b(?:chap(?:ter)?\.?\s*\d+|meeting|conference|symposium|workshop|congress|"
    r"accessed|retrieved|available\s+(?:online|from|at))\b",
    re.IGNORECASE,
)


def _journal_like(reference: Reference) -> bool:
    """An article, or a "Proceedings of ..." journal (PNAS, Proc R Soc B) printed with a
    volume and pages as journals are, which a parse may call a conference paper."""
    if not reference.container:
        return False
    return reference.kind == "article" or (
        reference.kind == "conference" and bool(reference.volume and reference.pages)
    )


def _expected_registered(reference: Reference) -> bool:
    """A journal article (a journal with a volume, pages or a DOI printed) from 2000 on is
    almost always registered (Crossref began in 2000; its back-file coverage of earlier
    articles is patchy), so its absence is a warning. Books, chapters, reports, theses,
    conference papers, datasets, software and web pages often are not registered, nor
    are works printed with a publisher or only a web address: information."""
    outside_title = reference.raw.replace(reference.title, " ") if reference.title else ""
    return (
        _journal_like(reference)
        and bool(reference.volume or reference.pages or reference.doi)
        and not (reference.publisher and not reference.volume)  # a book's or report's imprint
        and not (reference.url and not reference.pages)  # a web magazine's issue page
        and printed_year(reference) >= 2000
        and not names_server(reference.container)
        and not _UNREGISTERED_KIND.search(outside_title or reference.raw)
        and not _UNREGISTERED_PLACE.search(reference.raw)
    )
