"""Error statuses and 429 storms: retried a bounded number of times with backoff (or after
the server's Retry-After, capped), then the lookups are `unchecked`, exit code 3, and a rerun
against a healthy server asks only for what is still missing.

The article has 54 DOIs: one filter request for the first 50, one for the last 4; faults are
aimed at the second (`match` on one of its DOIs), so 50 answers arrive and 4 do not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.testing import Fault, StandinCrossref

from .harness import (
    MORE_VERIFIED,
    VERIFIED,
    assert_unchecked,
    assert_verified,
    cache_rows,
    filter_dois,
    in_example_order,
    reference_lines,
    verify,
    write_article,
)

BATCHED = in_example_order([*VERIFIED, *MORE_VERIFIED])
FIRST_BATCH, SECOND_BATCH = BATCHED[:50], BATCHED[50:]
TARGET = SECOND_BATCH[0]  # a DOI that only the second filter request carries
ATTEMPTS = 5  # the first request and ResolverOptions.retries (4) retries
BACKOFF = [0.0, 1.0, 2.0, 4.0]  # urllib3: at once, then 0.5 s * 2 ** (n - 1)


def article(folder: Path) -> Path:
    return write_article(folder, reference_lines(BATCHED))


def _requests_for_second_batch(server: StandinCrossref) -> int:
    return sum(TARGET in path for path in server.counters.paths)


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_server_errors_are_retried_with_backoff_then_unchecked(
    tmp_path: Path, server: StandinCrossref, waits: list[float], status: int
) -> None:
    server.inject(Fault(kind="status", status=status, match=TARGET), times=ATTEMPTS + 5)
    result = verify(article(tmp_path), server.url, tmp_path / "cache")
    assert_unchecked(result, SECOND_BATCH)
    assert _requests_for_second_batch(server) == ATTEMPTS  # bounded: 5 faults stay unused
    assert waits == BACKOFF
    assert server.counters.requests == ATTEMPTS + 1


@pytest.mark.parametrize(
    ("retry_after", "expected"),
    [("", BACKOFF), ("3", [3.0] * 4), ("86400", [20.0] * 4)],  # capped at backoff_max
    ids=["no-retry-after", "retry-after", "huge-retry-after"],
)
def test_429_storm_waits_as_told_then_unchecked(
    tmp_path: Path,
    server: StandinCrossref,
    waits: list[float],
    retry_after: str,
    expected: list[float],
) -> None:
    storm = Fault(kind="status", status=429, retry_after=retry_after, match=TARGET)
    server.inject(storm, times=ATTEMPTS + 5)
    result = verify(article(tmp_path), server.url, tmp_path / "cache")
    assert_unchecked(result, SECOND_BATCH)
    assert _requests_for_second_batch(server) == ATTEMPTS
    assert waits == expected
    # The injected 429s answered requests the limits admitted: none was sent beyond them.
    assert server.counters.rate_limited == 0
    assert server.counters.max_in_flight <= server.options.concurrency


def test_a_short_storm_is_ridden_out(
    tmp_path: Path, server: StandinCrossref, waits: list[float]
) -> None:
    server.inject(Fault(kind="status", status=429, retry_after="1", match=TARGET))
    server.inject(Fault(kind="status", status=503, match=TARGET))
    result = verify(article(tmp_path), server.url, tmp_path / "cache")
    assert_verified(result)
    assert _requests_for_second_batch(server) == 3
    assert waits == [1.0, 1.0]  # Retry-After, then the backoff of a second error in a row


def test_rerun_asks_only_for_what_the_first_run_missed(
    tmp_path: Path, server: StandinCrossref, waits: list[float]
) -> None:
    path, cache = article(tmp_path), tmp_path / "cache"
    server.inject(Fault(kind="status", status=503, match=TARGET), times=ATTEMPTS)
    assert_unchecked(verify(path, server.url, cache), SECOND_BATCH)
    kept = {key for kind, key, _, _ in cache_rows(cache) if kind == "work"}
    assert kept == set(FIRST_BATCH)  # every answer received is kept, failures are not
    first_run = len(server.counters.paths)

    assert_verified(verify(path, server.url, cache))
    again = server.counters.paths[first_run:]
    assert len(again) == 1
    assert filter_dois(again) == list(SECOND_BATCH)
    assert {key for kind, key, _, _ in cache_rows(cache)} == set(BATCHED)

    before = len(server.counters.paths)
    assert_verified(verify(path, server.url, cache))  # a third run is all cache
    assert len(server.counters.paths) == before
