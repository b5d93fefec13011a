"""The registry search step: which references are searched, with what query, and which
candidate a reference is resolved to (of a preprint and its article, the one it cites)."""

from __future__ import annotations

from claimcheck.compare.match import is_candidate_match
from claimcheck.compare.outcome import Halted, Pending, Resolved, State
from claimcheck.compare.printed import printed_text
from claimcheck.compare.versions import cites_preprint, is_preprint
from claimcheck.model import Record, Reference, Unchecked
from claimcheck.resolve.interface import Resolver

SEARCH_ROWS = 5


def is_searchable(reference: Reference) -> bool:
    """Web pages are not in a scholarly registry; a reference needs some text to search; a
    note that refers back ("Ibid.", a short form: kind "short") names no work of its own."""
    return reference.kind not in ("web", "short") and bool(reference.title or reference.container)


def search_query(reference: Reference) -> str:
    """The printed reference as one string, without its DOI or URL (a broken DOI in the
    query only misleads the ranking)."""
    return printed_text(reference)


def by_search(reference: Reference, state: State, resolver: Resolver) -> State:
    if not isinstance(state, Pending) or not is_searchable(reference):
        return state
    answer = resolver.search(search_query(reference), rows=SEARCH_ROWS)
    if isinstance(answer, Unchecked):
        return Halted("unchecked", answer.reason)
    matches = [record for record in answer.records if is_candidate_match(reference, record)]
    if matches:
        return Resolved(_likeliest_version(reference, matches), "search", state.why)
    return Pending(state.why, state.other, searched=True)


def _likeliest_version(reference: Reference, matches: list[Record]) -> Record:
    """Of a preprint and its article, both matching, the one the reference cites: the
    preprint when it names a preprint server, else the article."""
    wanted = cites_preprint(reference)
    return next((m for m in matches if is_preprint(m) == wanted), matches[0])
