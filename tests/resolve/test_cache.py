"""The SQLite answer cache and CachedResolver: hits, expiry, modes, broken files."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import pytest

from claimcheck.model import (
    Author,
    Candidates,
    Doi,
    Found,
    Lookup,
    NotFound,
    Record,
    Search,
    Unchecked,
    Update,
)
from claimcheck.resolve.cache import DAY, Cache, CacheMode, CacheOptions
from claimcheck.resolve.cached import CachedResolver
from claimcheck.resolve.interface import Resolver
from claimcheck.resolve.stats import ResolverStats
from tests.conftest import FakeClock

RECORD = Record(
    doi=Doi("10.1/found"),
    title="A title",
    authors=(Author(family="Smith", given="A."), Author(family="WHO", literal=True)),
    containers=("Journal",),
    updates=(Update(kind="retraction", doi="10.1/notice", source="retraction-watch"),),
    updates_to=("10.1/other",),
    print_year=2001,
    score=12.5,
)


class CountingResolver(Resolver):
    """A fake backend that answers from a table and counts what it was asked."""

    def __init__(self, answers: dict[Doi, Lookup]) -> None:
        self.answers = answers
        self.asked: list[list[Doi]] = []
        self.searches = 0

    def fetch(self, dois: Sequence[Doi]) -> dict[Doi, Lookup]:
        self.asked.append(list(dois))
        return {d: self.answers.get(d, Unchecked(reason="down")) for d in dois}

    def search(self, query: str, rows: int = 5) -> Search:
        self.searches += 1
        return Candidates(records=(RECORD,)) if query else Unchecked(reason="down")


def _stack(tmp_path: Path, clock: FakeClock, mode: CacheMode = CacheMode.NORMAL) -> CachedResolver:
    backend = CountingResolver(
        {Doi("10.1/found"): Found(record=RECORD), Doi("10.1/missing"): NotFound(reason="404")}
    )
    cache = Cache(CacheOptions(directory=tmp_path, mode=mode, busy_timeout=0.0), clock)
    return CachedResolver(backend, cache, ResolverStats())


def _backend(resolver: CachedResolver) -> CountingResolver:
    assert isinstance(resolver.inner, CountingResolver)
    return resolver.inner


DOIS = [Doi("10.1/found"), Doi("10.1/missing"), Doi("10.1/down")]


def test_hits_round_trip_records_exactly(tmp_path: Path, clock: FakeClock) -> None:
    first = _stack(tmp_path, clock).fetch(DOIS)
    again = _stack(tmp_path, clock)
    second = again.fetch(DOIS)
    assert second == first
    assert second[Doi("10.1/found")] == Found(record=RECORD)
    assert _backend(again).asked == [[Doi("10.1/down")]]  # Unchecked was never stored
    counts = again.stats.counts()
    assert (counts.cache_hits, counts.cache_misses) == (2, 1)


def test_not_found_expires_sooner_than_found(tmp_path: Path, clock: FakeClock) -> None:
    _stack(tmp_path, clock).fetch(DOIS)
    clock.now += 2 * DAY
    later = _stack(tmp_path, clock)
    later.fetch(DOIS[:2])
    assert _backend(later).asked == [[Doi("10.1/missing")]]
    clock.now += 31 * DAY
    much_later = _stack(tmp_path, clock)
    much_later.fetch(DOIS[:1])
    assert _backend(much_later).asked == [[Doi("10.1/found")]]


def test_searches_are_cached(tmp_path: Path, clock: FakeClock) -> None:
    first = _stack(tmp_path, clock)
    answer = first.search("Smith 2001 A title")
    again = _stack(tmp_path, clock)
    assert again.search("Smith  2001 A title") == answer  # same words, same key
    assert _backend(again).searches == 0
    assert again.search("") == Unchecked(reason="down")
    assert _backend(again).searches == 1


def test_refresh_mode_ignores_reads_but_writes(tmp_path: Path, clock: FakeClock) -> None:
    _stack(tmp_path, clock).fetch(DOIS)
    refreshing = _stack(tmp_path, clock, CacheMode.REFRESH)
    refreshing.fetch(DOIS)
    assert _backend(refreshing).asked == [DOIS]
    _backend(refreshing).answers[Doi("10.1/missing")] = Found(record=RECORD)
    refreshing.fetch(DOIS)
    normal = _stack(tmp_path, clock)
    assert normal.fetch(DOIS[1:2])[Doi("10.1/missing")] == Found(record=RECORD)


def test_disabled_mode_touches_no_file(tmp_path: Path, clock: FakeClock) -> None:
    resolver = _stack(tmp_path / "cache", clock, CacheMode.DISABLED)
    resolver.fetch(DOIS)
    resolver.fetch(DOIS)
    assert len(_backend(resolver).asked) == 2
    assert not (tmp_path / "cache").exists()


def test_corrupt_file_warns_once_and_misses(
    tmp_path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "crossref.sqlite3").write_bytes(b"this is not a database" * 100)
    resolver = _stack(tmp_path, clock)
    with caplog.at_level(logging.WARNING):
        first = resolver.fetch(DOIS)
        second = resolver.fetch(DOIS)
        resolver.search("anything")
    assert first == second
    assert isinstance(first[Doi("10.1/found")], Found)
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "unusable" in warnings[0].getMessage()
    assert len(_backend(resolver).asked) == 2  # every call was a miss


def test_locked_file_warns_once_and_misses(
    tmp_path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    _stack(tmp_path, clock).fetch(DOIS)
    holder = sqlite3.connect(tmp_path / "crossref.sqlite3")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        resolver = _stack(tmp_path, clock)
        with caplog.at_level(logging.WARNING):
            answers = resolver.fetch(DOIS)
            resolver.fetch(DOIS)
    finally:
        holder.rollback()
        holder.close()
    assert isinstance(answers[Doi("10.1/found")], Found)
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1


def test_writes_are_all_or_nothing(tmp_path: Path, clock: FakeClock) -> None:
    cache = Cache(CacheOptions(directory=tmp_path), clock)
    cache.put_many("work", [("10.1/a", "{}", DAY)])
    rows = [("10.1/b", "{}", DAY), ("10.1/c", None, DAY)]  # NOT NULL fails on the second row
    cache.put_many("work", rows)  # type: ignore[arg-type]
    cache.close()
    fresh = Cache(CacheOptions(directory=tmp_path), clock)
    assert fresh.get_many("work", ["10.1/a", "10.1/b", "10.1/c"]) == {"10.1/a": "{}"}


def test_unreadable_row_is_a_miss(tmp_path: Path, clock: FakeClock) -> None:
    cache = Cache(CacheOptions(directory=tmp_path), clock)
    cache.put_many("work", [("10.1/found", '{"found": {"title": "no doi"}}', DAY)])
    resolver = CachedResolver(_backend(_stack(tmp_path, clock)), cache)
    assert resolver.fetch(DOIS[:1])[Doi("10.1/found")] == Found(record=RECORD)


class Preparing(CountingResolver):
    """Also records what it was told to prepare for."""

    def __init__(self, answers: dict[Doi, Lookup]) -> None:
        super().__init__(answers)
        self.prepared: list[tuple[list[Doi], list[tuple[str, int]]]] = []

    def prepare(self, dois: Sequence[Doi], searches: Sequence[tuple[str, int]] = ()) -> None:
        self.prepared.append((list(dois), list(searches)))


def test_prepare_reads_once_and_passes_on_only_the_misses(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    _stack(tmp_path, clock).fetch(DOIS)
    _stack(tmp_path, clock).search("stored query", rows=5)
    backend = Preparing({})
    cache = Cache(CacheOptions(directory=tmp_path), clock)
    resolver = CachedResolver(backend, cache, ResolverStats())
    queries: list[int] = []
    get_many = cache.get_many
    monkeypatch.setattr(cache, "get_many", lambda kind, keys: queries.append(len(keys))
                        or get_many(kind, keys))
    resolver.prepare(DOIS, [("stored query", 5), ("new query", 5)])
    assert queries == [3, 2]  # one read per kind, whatever the number of keys
    assert backend.prepared == [([Doi("10.1/down")], [("new query", 5)])]
    answers = resolver.fetch(DOIS[:2])
    assert resolver.search("stored query", rows=5) == Candidates(records=(RECORD,))
    assert queries == [3, 2]  # both answered from what `prepare` read
    assert answers[Doi("10.1/found")] == Found(record=RECORD)
    assert isinstance(answers[Doi("10.1/missing")], NotFound) and backend.asked == []
    resolver.fetch(DOIS[:1])
    assert queries == [3, 2, 1]  # a prepared answer is served once, then the file is read
