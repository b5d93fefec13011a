"""Fixtures for the fault tests: a stand-in Crossref with the example's records, and a spy on
the retry pacer that records every wait the session asks for and shortens it.

The spy is how these tests check backoff and Retry-After without sleeping: the waits asked
for are the behaviour under test; sitting through them would only make the suite slow.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from claimcheck.resolve.limiter import RateLimiter
from claimcheck.testing import StandinCrossref

from .harness import LIMITS, SNAPSHOT

SHORTEST = 0.005  # seconds actually waited per retry


@pytest.fixture
def server() -> Iterator[StandinCrossref]:
    with StandinCrossref(SNAPSHOT, LIMITS) as standin:
        yield standin


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Every wait passed to `RateLimiter.before_retry`, in order."""
    asked: list[float] = []
    original = RateLimiter.before_retry

    def spy(self: RateLimiter, wait: float) -> None:
        asked.append(wait)
        original(self, min(wait, SHORTEST))

    monkeypatch.setattr(RateLimiter, "before_retry", spy)
    return asked
