"""CachedSource: hits, misses, what is stored and for how long, refresh, broken rows."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from claimcheck.model import Doi, Unchecked
from claimcheck.resolve.cache import DAY, Cache, CacheMode
from claimcheck.resolve.stats import ResolverStats
from claimcheck.sources import (
    AbstractLookup,
    AbstractSource,
    CachedSource,
    FoundAbstract,
    NoAbstract,
)
from claimcheck.sources.cache import FILE_NAME, KIND, cache_options, lookup_from_json
from tests.conftest import FakeClock

from .conftest import MISSING, PEERJ, PLOS

ANSWERS: dict[str, AbstractLookup] = {
    PEERJ: FoundAbstract(text="An abstract of five words.", origin="openalex"),
    PLOS: NoAbstract(reason="OpenAlex has no abstract for this work"),
    MISSING: Unchecked(reason="OpenAlex unreachable: ConnectionError"),
}


class Recording(AbstractSource):
    """A fake source answering from ANSWERS and recording what it was asked."""

    def __init__(self) -> None:
        self.asked: list[list[Doi]] = []

    def abstracts(self, dois: Sequence[Doi]) -> dict[Doi, AbstractLookup]:
        self.asked.append(list(dois))
        return {d: ANSWERS[d] for d in dois}


def _cached(
    directory: Path, clock: FakeClock, mode: CacheMode = CacheMode.NORMAL
) -> tuple[CachedSource, Recording, ResolverStats]:
    inner, stats = Recording(), ResolverStats()
    cache = Cache(cache_options(directory, mode), clock=clock)
    return CachedSource(inner, cache, stats), inner, stats


def test_second_run_is_answered_from_the_cache_except_unchecked(
    tmp_path: Path, clock: FakeClock
) -> None:
    dois = [Doi(PEERJ), Doi(PLOS), Doi(MISSING)]
    first, _, _ = _cached(tmp_path, clock)
    assert first.abstracts(dois) == ANSWERS
    first.close()
    second, inner, stats = _cached(tmp_path, clock)
    assert second.abstracts(dois) == ANSWERS
    assert inner.asked == [[MISSING]]  # Unchecked was never stored: asked again
    assert (stats.counts().cache_hits, stats.counts().cache_misses) == (2, 1)
    assert (tmp_path / FILE_NAME).is_file()


def test_no_abstract_expires_before_an_abstract(tmp_path: Path, clock: FakeClock) -> None:
    source, _, _ = _cached(tmp_path, clock)
    source.abstracts([Doi(PEERJ), Doi(PLOS)])
    clock.now += 8 * DAY
    later, inner, _ = _cached(tmp_path, clock)
    later.abstracts([Doi(PEERJ), Doi(PLOS)])
    assert inner.asked == [[PLOS]]


def test_refresh_asks_again_and_rewrites(tmp_path: Path, clock: FakeClock) -> None:
    _cached(tmp_path, clock)[0].abstracts([Doi(PEERJ)])
    refreshing, inner, _ = _cached(tmp_path, clock, CacheMode.REFRESH)
    refreshing.abstracts([Doi(PEERJ)])
    assert inner.asked == [[PEERJ]]


def test_an_unreadable_row_is_a_miss(tmp_path: Path, clock: FakeClock) -> None:
    source, inner, _ = _cached(tmp_path, clock)
    source.cache.put_many(KIND, [(PEERJ, '{"abstract": 3}', DAY)])
    assert source.abstracts([Doi(PEERJ)]) == {PEERJ: ANSWERS[PEERJ]}
    assert inner.asked == [[PEERJ]]


@pytest.mark.parametrize("text", ['"x"', '{"abstract": "t", "origin": "elsewhere"}', "{}"])
def test_cached_json_is_decoded_strictly(text: str) -> None:
    with pytest.raises(ValueError):
        lookup_from_json(text)
