"""Lookups asked ahead (while the parser runs) are served once, and only what they answered."""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.model import Candidates, Doi, Lookup, NotFound, Search, Unchecked
from claimcheck.pipeline.prefetch import Prefetcher, printed_dois
from claimcheck.resolve.interface import Resolver


class Counting(Resolver):
    def __init__(self) -> None:
        self.fetched: list[list[Doi]] = []
        self.searched: list[str] = []

    def fetch(self, dois: Sequence[Doi]) -> dict[Doi, Lookup]:
        self.fetched.append(list(dois))
        return {d: NotFound("no") if d.endswith("x") else Unchecked("down") for d in dois}

    def search(self, query: str, rows: int = 5) -> Search:
        self.searched.append(query)
        return Candidates(records=())


def test_printed_dois_are_normalised_valid_and_unique() -> None:
    texts = ["Smith (2001). doi: 10.1000/ABC.", "https://doi.org/10.1000/abc", "10.12/short"]
    assert printed_dois(texts) == [Doi("10.1000/abc")]


def test_answers_asked_ahead_are_not_asked_again() -> None:
    inner = Counting()
    ahead = Prefetcher(inner)
    ahead.start_dois([Doi("10.1000/x"), Doi("10.1000/y")])
    ahead.start_searches(["a query", "a query", " "], rows=5)
    answers = ahead.fetch([Doi("10.1000/y"), Doi("10.1000/x"), Doi("10.1000/zx")])
    assert isinstance(answers[Doi("10.1000/x")], NotFound)
    assert isinstance(answers[Doi("10.1000/y")], Unchecked)  # the prefetch's word is final
    assert ahead.search("a query") == Candidates(records=())
    ahead.search("another")
    ahead.close()
    assert inner.fetched == [[Doi("10.1000/x"), Doi("10.1000/y")], [Doi("10.1000/zx")]]
    assert inner.searched == ["a query", "another"]


def test_references_whose_doi_is_not_found_are_searched_ahead() -> None:
    inner = Counting()
    ahead = Prefetcher(inner)
    ahead.start_dois([Doi("10.1000/x"), Doi("10.1000/y")])
    ahead.search_if_not_found({Doi("10.1000/x"): "x's reference", Doi("10.1000/y"): "y's"}, 5)
    ahead.fetch([Doi("10.1000/x"), Doi("10.1000/y")])
    ahead.search("x's reference")
    ahead.close()
    assert inner.searched == ["x's reference"]  # asked once, ahead; y was unchecked, not absent
