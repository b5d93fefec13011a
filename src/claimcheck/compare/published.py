"""The version step: a reference resolved to a preprint while it prints a journal's details
is compared with the journal article instead (found through the registry's links, else a
search), and the preprint is kept as the version it was resolved through."""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.compare.match import evidence, is_candidate_match, is_printed_work
from claimcheck.compare.outcome import OTHER_WORK, PREPRINT, Pending, Resolved, State
from claimcheck.compare.search import SEARCH_ROWS, is_searchable, search_query
from claimcheck.compare.versions import (
    cites_journal,
    cites_preprint,
    is_preprint,
    preprint_and_article,
    published_dois,
)
from claimcheck.model import Doi, Found, Lookup, Record, Reference, Unchecked
from claimcheck.resolve.interface import Resolver


def _other_version(reference: Reference, state: State, via: str) -> Record | None:
    """The preprint record a reference of the journal article was resolved to `via` its
    printed DOI (as the work, or as another work) or a search."""
    if isinstance(state, Resolved) and state.via == via:
        record: Record | None = state.record
    elif isinstance(state, Pending) and state.why == OTHER_WORK and via == "doi":
        record = state.other
    else:
        return None
    if record is None or not is_preprint(record):
        return None
    if isinstance(state, Resolved) and state.via == "search":
        return record if not cites_preprint(reference) and published_dois(record) else None
    if cites_journal(reference, record):
        return record
    # Neither a journal nor a server recognised (a misparse): the article is fetched and
    # kept if the reference agrees with it better than with the preprint.
    return record if published_dois(record) and not cites_preprint(reference) else None


def _article_state(state: State, article: Record, preprint: Record) -> State:
    if isinstance(state, Resolved) and state.via == "search":
        return Resolved(article, "search", state.why)  # the DOI printed was not the preprint's
    return Resolved(article, "version", PREPRINT, version=preprint)


def by_version(
    references: Sequence[Reference], states: list[State], resolver: Resolver, via: str
) -> list[State]:
    """A printed preprint DOI on a reference that prints a journal's details: the journal
    article is looked up (one batch of the DOIs the registry links, else a search) and the
    reference is compared with it."""
    wanted = {
        i: preprint
        for i, (r, s) in enumerate(zip(references, states, strict=True))
        if (preprint := _other_version(r, s, via)) is not None
    }
    linked = list(dict.fromkeys(Doi(d) for p in wanted.values() for d in published_dois(p)))
    lookups = resolver.fetch(linked) if linked else {}
    updated = list(states)
    for i, preprint in wanted.items():
        article = _article(references[i], preprint, lookups, resolver)
        if article is not None:
            updated[i] = _article_state(states[i], article, preprint)
    return updated


def _cites_article(reference: Reference, preprint: Record, article: Record) -> bool:
    if not is_printed_work(reference, article):
        return False
    if cites_journal(reference, preprint):
        return True
    return len(evidence(reference, article).agree) > len(evidence(reference, preprint).agree)


def _article(
    reference: Reference, preprint: Record, lookups: dict[Doi, Lookup], resolver: Resolver
) -> Record | None:
    for doi in published_dois(preprint):
        lookup = lookups.get(Doi(doi))
        if isinstance(lookup, Found) and _cites_article(reference, preprint, lookup.record):
            return lookup.record
    if published_dois(preprint) or not is_searchable(reference):
        return None
    answer = resolver.search(search_query(reference), rows=SEARCH_ROWS)
    for record in () if isinstance(answer, Unchecked) else answer.records:
        if not is_preprint(record) and (
            preprint_and_article(preprint, record) or is_candidate_match(reference, record)
        ):
            return record
    return None
