"""No request beyond the limits the service advertises: with a tight stand-in (5 requests per
second, 1 in flight) and every DOI asked for on its own, the stand-in never has to answer 429.
(The client's window is 10% wider than the one announced, so delivery jitter below 100 ms
cannot make it look too fast; with a 0.5 s window, 50 ms of jitter on a machine at load 8 did
once.)
"""

from __future__ import annotations

from pathlib import Path

from claimcheck.testing import Fault, StandinCrossref, StandinOptions

from .harness import SNAPSHOT, article, assert_verified, verify

TIGHT = StandinOptions(rate_limit=5, interval=1.0, concurrency=1)


def test_requests_stay_within_the_advertised_limits(tmp_path: Path) -> None:
    with StandinCrossref(SNAPSHOT, TIGHT) as server:
        # A refused filter makes the client confirm each DOI with GET /works/{doi}: 1 + 8.
        server.inject(Fault(kind="status", status=400, match="filter="))
        result = verify(article(tmp_path, 8), server.url, tmp_path / "cache", "--workers", "3")
    assert_verified(result)
    assert server.counters.routes["work"] == 8
    assert server.counters.requests == 9
    assert server.counters.rate_limited == 0
    assert server.counters.max_in_flight == 1
