"""Reference verification: every reference resolved against the registry and compared.

The order of questions keeps requests few: all printed DOIs in one batched fetch; a
bibliographic search only for references without a usable DOI; DOI typo repairs, in one
more batched fetch, only for unregistered DOIs that the search did not settle.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.compare.match import is_candidate_match, is_printed_work
from claimcheck.compare.notices import find_duplicates
from claimcheck.compare.outcome import (
    INVALID,
    MISSING,
    NOT_FOUND,
    OTHER_WORK,
    Halted,
    Pending,
    Resolved,
    State,
    conclude,
)
from claimcheck.compare.published import by_version
from claimcheck.compare.repair import repair_candidates, trailing_tail
from claimcheck.compare.search import by_search, is_searchable
from claimcheck.model import (
    Doi,
    Finding,
    Found,
    Lookup,
    NotFound,
    Record,
    Reference,
    ReferenceResult,
    Unchecked,
)
from claimcheck.resolve.interface import Resolver
from claimcheck.text import is_valid_doi

# Large DataCite repositories whose DOIs Crossref does not hold, so its "not found" says
# nothing about them (Zenodo, figshare, Dryad, arXiv, PANGAEA, OSF, Harvard Dataverse, ICPSR,
# UK Data Service, GBIF). Online, the client asks `/works/{doi}/agency` for any other prefix
# (NotFound.agency); this list still answers offline and from a snapshot, where nobody can ask.
OTHER_AGENCY_PREFIXES = frozenset(
    ["10.5281", "10.6084", "10.5061", "10.48550", "10.1594",  # Zenodo .. PANGAEA
     "10.17605", "10.7910", "10.3886", "10.5255", "10.15468"]  # OSF .. GBIF
)


@dataclass(frozen=True, slots=True)
class Verification:
    """One result per reference (same order), the findings, and whether every lookup
    could be made (False: some references are `unchecked`)."""

    results: tuple[ReferenceResult, ...]
    findings: tuple[Finding, ...]
    complete: bool


def verify_references(references: Sequence[Reference], resolver: Resolver) -> Verification:
    """Resolves and checks every reference through `resolver`."""
    printed = [Doi(r.doi) for r in references if is_valid_doi(r.doi)]
    lookups = resolver.fetch(list(dict.fromkeys(printed))) if printed else {}
    states = [_by_printed_doi(r, lookups) for r in references]
    states = by_version(references, states, resolver, "doi")
    states = [by_search(r, s, resolver) for r, s in zip(references, states, strict=True)]
    states = by_version(references, states, resolver, "search")
    states = _by_repair(references, states, resolver)
    concluded = [conclude(r, s) for r, s in zip(references, states, strict=True)]
    results = tuple(result for result, _ in concluded)
    duplicates = {f.reference_id: f for f in find_duplicates(results)}
    findings: list[Finding] = []
    for result, found in concluded:
        findings.extend(found)
        if result.reference.id in duplicates:
            findings.append(duplicates[result.reference.id])
    complete = not any(
        isinstance(s, Halted) and s.status == "unchecked" and s.retry for s in states
    )
    return Verification(results, tuple(findings), complete)


def _by_printed_doi(reference: Reference, lookups: dict[Doi, Lookup]) -> State:
    if not reference.doi:
        return Pending(MISSING)
    if not is_valid_doi(reference.doi):
        return Pending(INVALID)
    lookup = lookups.get(Doi(reference.doi), Unchecked("no answer for this DOI"))
    if isinstance(lookup, Unchecked):
        return Halted("unchecked", lookup.reason)
    if isinstance(lookup, NotFound):
        if lookup.agency or reference.doi.split("/")[0] in OTHER_AGENCY_PREFIXES:
            agency = lookup.agency or "DataCite"
            return Halted("unchecked", f"DOI registered with {agency}, not Crossref", retry=False)
        return Pending(NOT_FOUND)
    if is_printed_work(reference, lookup.record):
        return Resolved(lookup.record, "doi")
    return Pending(OTHER_WORK, other=lookup.record)


def wants_search(reference: Reference, lookup: Lookup) -> bool:
    """Whether `verify_references` will search for this reference because its printed DOI
    is answered `lookup` NotFound (and no other agency holds it): the pipeline sends that
    search ahead (`pipeline/prefetch.py`). A found DOI that names another work is searched
    when the compare stage finds so: telling it here would compare every record twice."""
    if not isinstance(lookup, NotFound):
        return False
    state = _by_printed_doi(reference, {Doi(reference.doi): lookup})
    return isinstance(state, Pending) and is_searchable(reference)


def _by_repair(
    references: Sequence[Reference], states: list[State], resolver: Resolver
) -> list[State]:
    """One batched fetch of the typo repairs of every unregistered DOI still unresolved."""
    wanted = {
        i: repair_candidates(Doi(r.doi))
        for i, (r, s) in enumerate(zip(references, states, strict=True))
        if isinstance(s, Pending) and s.why == NOT_FOUND
    }
    every = list(dict.fromkeys(d for candidates in wanted.values() for d in candidates))
    if not every:
        return states
    lookups = resolver.probe(every)  # guesses: a batch's word is enough, no request per guess
    repaired = list(states)
    for i, candidates in wanted.items():
        repaired[i] = _repair(references[i], states[i], candidates, lookups)
    return repaired


def _repaired_work(reference: Reference, record: Record) -> bool:
    """A typo's repair must pass a search candidate's test; the DOI printed whole with a
    tail run into it is printed, and passes a printed DOI's test."""
    if trailing_tail(reference.doi, record.doi):
        return is_printed_work(reference, record)
    return is_candidate_match(reference, record)


def _repair(
    reference: Reference, state: State, candidates: tuple[Doi, ...], lookups: dict[Doi, Lookup]
) -> State:
    answers = [lookups.get(d, Unchecked("no answer")) for d in candidates]
    for answer in answers:
        if isinstance(answer, Found) and _repaired_work(reference, answer.record):
            return Resolved(answer.record, "repair", NOT_FOUND)
    if answers and all(isinstance(a, Unchecked) for a in answers):
        return Halted("unchecked", "DOI repairs could not be looked up")
    return state
