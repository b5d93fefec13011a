"""Fixtures for the source-text tests: hand-made OpenAlex bodies (see fixtures/openalex/README)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claimcheck.resolve.session import SessionOptions, make_session
from claimcheck.resolve.stats import ResolverStats
from claimcheck.sources.client import FixedRateLimiter, OpenAlexClient, OpenAlexOptions
from tests.conftest import FakeClock

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "openalex"
BASE = "https://api.openalex.test"
PEERJ = "10.7717/peerj.4375"
PLOS = "10.1371/journal.pone.0033693"
MISSING = "10.1234/not-in-openalex"


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def fixture_json(name: str) -> Any:
    return json.loads(fixture_text(name))


def work(doi: str, words: str | None, title: str = "A title") -> dict[str, Any]:
    """A small Work in OpenAlex's shape; `words` None gives a null abstract index."""
    index: dict[str, list[int]] | None = None
    if words is not None:
        index = {}
        for position, word in enumerate(words.split()):
            index.setdefault(word, []).append(position)
    return {
        "id": "https://openalex.org/W1",
        "doi": f"https://doi.org/{doi}",
        "title": title,
        "abstract_inverted_index": index,
    }


def page(works: list[dict[str, Any]]) -> dict[str, Any]:
    meta = {"count": len(works), "db_response_time_ms": 5, "page": 1, "per_page": 100}
    return {"meta": {**meta, "groups_count": None}, "results": works, "group_by": []}



@pytest.fixture
def stats() -> ResolverStats:
    return ResolverStats()


def make_client(
    clock: FakeClock, stats: ResolverStats, options: OpenAlexOptions | None = None
) -> OpenAlexClient:
    """A client whose retries and pacing go through the fake clock (no test waits)."""
    options = options or OpenAlexOptions(base_url=BASE, mailto="me@example.org", workers=1)
    limiter = FixedRateLimiter(clock=clock, sleep=clock.sleep)
    session = make_session(SessionOptions(mailto=options.mailto, backoff=0), stats, clock.sleep)
    return OpenAlexClient(session, options, limiter, stats)


@pytest.fixture
def client(clock: FakeClock, stats: ResolverStats) -> OpenAlexClient:
    return make_client(clock, stats)
