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
    queries = {Doi("10.1000/x"): "x's reference", Doi("10.1000/y"): "y's"}
    ahead.search_after_dois(lambda answers: [q for d, q in queries.items()
                                             if isinstance(answers[d], NotFound)], 5)
    ahead.fetch([Doi("10.1000/x"), Doi("10.1000/y")])
    ahead.search("x's reference")
    ahead.close()
    assert inner.searched == ["x's reference"]  # asked once, ahead; y was unchecked, not absent


class Prepared(Counting):
    def __init__(self) -> None:
        super().__init__()
        self.prepared: list[tuple[list[Doi], list[tuple[str, int]]]] = []

    def prepare(self, dois: Sequence[Doi], searches: Sequence[tuple[str, int]] = ()) -> None:
        self.prepared.append((list(dois), list(searches)))


def test_questions_are_prepared_on_the_callers_thread_first() -> None:
    inner = Prepared()
    ahead = Prefetcher(inner)
    ahead.start_dois([Doi("10.1000/x")])
    assert inner.prepared == [([Doi("10.1000/x")], [])]  # before start_dois returned
    ahead.start_searches(["q1", "q2", "q1"], rows=5)
    assert inner.prepared[1] == ([], [("q1", 5), ("q2", 5)])
    ahead.start_searches(["q1"], rows=5)  # already on its way: nothing more to prepare
    assert len(inner.prepared) == 2
    ahead.close()


def test_searches_after_the_dois_are_started_before_fetch_returns() -> None:
    inner = Counting()
    ahead = Prefetcher(inner)
    ahead.start_dois([Doi("10.1000/x")])
    ahead.search_after_dois(lambda answers: ["x's reference"] * len(answers), 5)
    ahead.fetch([Doi("10.1000/x")])
    ahead.search("x's reference")  # served by the search asked ahead, never asked twice
    ahead.close()
    assert inner.searched == ["x's reference"]
