"""End to end over real HTTP: the client, session and limiter against the stand-in server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import requests

from claimcheck.model import Candidates, Doi, Found, NotFound, Unchecked
from claimcheck.resolve import ResolverOptions, ResolverStats, build_resolver
from claimcheck.resolve.client import ClientOptions, CrossrefClient
from claimcheck.resolve.limiter import RateLimiter
from claimcheck.resolve.session import SessionOptions, make_session
from claimcheck.testing import Fault, StandinCrossref, StandinOptions
from tests.conftest import FakeClock

FAST = StandinOptions(rate_limit=1000, interval=1.0, concurrency=3)


def _client(
    server: StandinCrossref, clock: FakeClock, stats: ResolverStats, read_timeout: float = 5.0
) -> CrossrefClient:
    options = SessionOptions(mailto="t@example.org", backoff=0.5, read_timeout=read_timeout)
    session = make_session(options, stats, sleeper=clock.sleep)
    client_options = ClientOptions(base_url=server.url, workers=3)
    return CrossrefClient(session, client_options, RateLimiter(), stats)


def test_raw_routes_look_like_crossref(messages: list[dict[str, Any]]) -> None:
    with StandinCrossref(messages, FAST) as server:
        missing = requests.get(f"{server.url}/works/10.1000/none", timeout=5)
        assert (missing.status_code, missing.text) == (404, "Resource not found.")
        assert missing.headers["content-type"] == "text/plain"
        assert missing.headers["x-rate-limit-limit"] == "1000"
        assert missing.headers["x-rate-limit-interval"] == "1s"
        one = requests.get(f"{server.url}/works/10.1000/alpha", timeout=5).json()
        assert (one["message-type"], one["message"]["DOI"]) == ("work", "10.1000/alpha")
        many = requests.get(
            f"{server.url}/works",
            params={"filter": "doi:10.1000/alpha,doi:10.1000/beta,doi:10.1000/x", "rows": 3},
            timeout=5,
        ).json()
        assert [i["DOI"] for i in many["message"]["items"]] == ["10.1000/alpha", "10.1000/beta"]
        bad = requests.get(f"{server.url}/works", params={"query.author": "x"}, timeout=5)
        assert bad.status_code == 400 and bad.json()["message-type"] == "validation-failure"
    assert server.counters.requests == 4


def test_fetch_and_search_end_to_end(tmp_path: Path, messages: list[dict[str, Any]]) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(m) + "\n" for m in messages), encoding="utf-8")
    stats = ResolverStats()
    with StandinCrossref(path, FAST) as server:
        options = ResolverOptions(crossref_url=server.url, cache_dir=tmp_path / "cache")
        resolver = build_resolver(options, stats)
        dois = [Doi(m["DOI"]) for m in messages] + [Doi("10.1000/typo")]
        answers = resolver.fetch(dois)
        hits = resolver.search("Eriksson 1998 Neurogenesis in the adult hippocampus")
        resolver.close()
    assert [type(a) for a in answers.values()] == [Found, Found, Found, NotFound]
    assert isinstance(hits, Candidates) and hits.records[0].doi == "10.1000/beta"
    assert hits.records[0].score > hits.records[-1].score
    # one filter request for all, one confirmation for the typo (a prefix of found DOIs: no
    # agency question), one search
    assert server.counters.routes == {"works": 2, "work": 1}
    assert stats.counts().requests == 3


def test_client_never_triggers_429(clock: FakeClock) -> None:
    records = [{"DOI": f"10.1000/{i}", "title": [f"Work {i}"]} for i in range(24)]
    limits = StandinOptions(rate_limit=20, interval=0.2, concurrency=2, latency=0.01)
    stats = ResolverStats()
    with StandinCrossref(records, limits) as server:
        client = CrossrefClient(
            make_session(SessionOptions(), stats),
            ClientOptions(base_url=server.url, workers=4, chunk_size=1),
            RateLimiter(),
            stats,
        )
        answers = client.fetch([Doi(f"10.1000/{i}") for i in range(24)])
    assert all(isinstance(a, Found) for a in answers.values())
    assert server.counters.rate_limited == 0
    assert server.counters.max_in_flight <= 2
    assert client.limiter.concurrency == 2  # adopted from the headers


def test_server_enforces_its_limits(messages: list[dict[str, Any]]) -> None:
    with StandinCrossref(messages, StandinOptions(rate_limit=2, interval=60.0)) as server:
        codes = [
            requests.get(f"{server.url}/works/10.1000/alpha", timeout=5).status_code
            for _ in range(3)
        ]
    assert codes == [200, 200, 429]
    assert server.counters.rate_limited == 1


def test_retry_after_is_honoured_through_the_sleeper(
    clock: FakeClock, messages: list[dict[str, Any]]
) -> None:
    stats = ResolverStats()
    with StandinCrossref(messages, FAST) as server:
        server.inject(Fault(kind="status", status=429, retry_after="7", match="filter="))
        server.inject(Fault(kind="status", status=503, match="filter="))
        client = _client(server, clock, stats)
        answer = client.fetch([Doi("10.1000/alpha")])[Doi("10.1000/alpha")]
    assert isinstance(answer, Found)
    assert clock.sleeps == [7.0, 1.0]  # Retry-After, then exponential backoff (0.5 * 2)
    counts = stats.counts()
    assert (counts.requests, counts.retries, counts.rate_limited) == (3, 2, 1)


def test_unreadable_retry_after_falls_back_to_backoff(
    clock: FakeClock, messages: list[dict[str, Any]]
) -> None:
    stats = ResolverStats()
    with StandinCrossref(messages, FAST) as server:
        server.inject(Fault(kind="status", status=503, retry_after="soon-ish", match="filter="))
        server.inject(Fault(kind="status", status=503, retry_after="soon-ish", match="filter="))
        answer = _client(server, clock, stats).fetch([Doi("10.1000/alpha")])
    assert isinstance(answer[Doi("10.1000/alpha")], Found)
    assert clock.sleeps == [1.0]  # urllib3 retries once at once, then backs off 0.5 * 2
    assert stats.counts().retries == 2


@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        (Fault(kind="malformed"), "malformed"),
        (Fault(kind="wrong-type"), "malformed"),
        (Fault(kind="status", status=500), "HTTP 500"),
    ],
)
def test_faults_become_unchecked(
    clock: FakeClock, messages: list[dict[str, Any]], fault: Fault, reason: str
) -> None:
    with StandinCrossref(messages, FAST) as server:
        server.inject(fault, times=10)
        answer = _client(server, clock, ResolverStats()).fetch([Doi("10.1000/alpha")])
    lookup = answer[Doi("10.1000/alpha")]
    assert isinstance(lookup, Unchecked) and reason in lookup.reason


def test_timeouts_and_dropped_connections(clock: FakeClock, messages: list[dict[str, Any]]) -> None:
    with StandinCrossref(messages, FAST) as server:
        server.inject(Fault(kind="drop"))
        dropped_once = _client(server, clock, ResolverStats()).fetch([Doi("10.1000/alpha")])
        server.inject(Fault(kind="timeout", delay=0.3), times=2)
        slow = _client(server, clock, ResolverStats(), read_timeout=0.05)
        timed_out = slow.fetch([Doi("10.1000/alpha")])
    assert isinstance(dropped_once[Doi("10.1000/alpha")], Found)  # retried after the drop
    lookup = timed_out[Doi("10.1000/alpha")]
    assert isinstance(lookup, Unchecked) and "unreachable" in lookup.reason


def test_retries_wait_in_the_limiter(clock: FakeClock, messages: list[dict[str, Any]]) -> None:
    stats = ResolverStats()
    limiter = RateLimiter(clock=clock, sleep=clock.sleep)
    with StandinCrossref(messages, FAST) as server:
        server.inject(Fault(kind="status", status=429, retry_after="7", match="filter="))
        session = make_session(SessionOptions(), stats, pacer=limiter)
        client = CrossrefClient(session, ClientOptions(base_url=server.url), limiter, stats)
        answer = client.fetch([Doi("10.1000/alpha")])[Doi("10.1000/alpha")]
    assert isinstance(answer, Found)
    assert clock.sleeps == [7.0]  # every thread held off for the server's Retry-After
    assert clock.now == 1007.0
    assert list(limiter._starts) == [1007.0]  # the retry took its place in the rate window
    assert stats.counts().rate_limited == 1
