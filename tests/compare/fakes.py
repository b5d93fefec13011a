"""Test doubles for the compare tests: an in-memory Resolver and terse value builders."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from claimcheck.model import (
    Author,
    Candidates,
    Doi,
    Found,
    Lookup,
    NotFound,
    Record,
    Reference,
    Search,
    Unchecked,
)
from claimcheck.resolve.interface import Resolver
from claimcheck.text import fold_words


def authors(*families: str) -> tuple[Author, ...]:
    return tuple(Author(family=f, given="A.") for f in families)


def reference(**fields: object) -> Reference:
    """A printed journal article; override any field by keyword."""
    base: dict[str, object] = {
        "id": "ref1",
        "index": 1,
        "line": 10,
        "raw": "",
        "authors": authors("Smith", "Jones"),
        "year": "2010",
        "title": "Ketamine and the brain: a review",
        "container": "J. Neurosci.",
        "volume": "30",
        "pages": "100-110",
        "doi": "10.1000/abc",
    }
    base.update(fields)
    if not base["raw"]:
        names = ", ".join(a.family for a in base["authors"])  # type: ignore[attr-defined]
        base["raw"] = (
            f"{names} ({base['year']}). {base['title']}. {base['container']} "
            f"{base['volume']}, {base['pages']}. doi: {base['doi']}"
        )
    return Reference(**base)  # type: ignore[arg-type]


def record(**fields: object) -> Record:
    """The record of the work `reference()` describes; override any field by keyword."""
    base: dict[str, object] = {
        "doi": Doi("10.1000/abc"),
        "type": "journal-article",
        "title": "Ketamine and the brain: a review",
        "authors": authors("Smith", "Jones"),
        "containers": ("The Journal of Neuroscience",),
        "short_containers": ("J Neurosci",),
        "issued_year": 2010,
        "print_year": 2010,
        "volume": "30",
        "pages": "100-110",
    }
    base.update(fields)
    return Record(**base)  # type: ignore[arg-type]


@dataclass
class FakeResolver(Resolver):
    """Answers from records in memory; records every call so tests can count requests.

    DOIs in `broken` answer Unchecked (a network failure); `search_down` makes every search
    Unchecked. Search ranks records by token-set similarity of the query with title,
    authors and journal, like the snapshot resolver.
    """

    records: Sequence[Record] = ()
    broken: frozenset[str] = frozenset()
    agencies: dict[str, str] = field(default_factory=dict)  # DOI -> its non-Crossref agency
    search_down: bool = False
    fetches: list[tuple[Doi, ...]] = field(default_factory=list)
    searches: list[str] = field(default_factory=list)

    def fetch(self, dois: Sequence[Doi]) -> dict[Doi, Lookup]:
        self.fetches.append(tuple(dois))
        by_doi = {r.doi: r for r in self.records}
        answers: dict[Doi, Lookup] = {}
        for doi in dois:
            if doi in self.broken:
                answers[doi] = Unchecked("connection reset")
            elif doi in by_doi:
                answers[doi] = Found(by_doi[doi])
            else:
                answers[doi] = NotFound("Resource not found.", self.agencies.get(doi, ""))
        return answers

    def search(self, query: str, rows: int = 5) -> Search:
        self.searches.append(query)
        if self.search_down:
            return Unchecked("HTTP 503 after retries")
        scored = sorted(
            ((fuzz.token_set_ratio(fold_words(query), _text(r)), r) for r in self.records),
            key=lambda pair: -pair[0],
        )
        return Candidates(tuple(r for score, r in scored[:rows] if score >= 50))


def _text(record: Record) -> str:
    parts = [record.title, *(a.family for a in record.authors), *record.containers]
    return fold_words(" ".join(parts))
