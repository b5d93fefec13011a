"""Faults below HTTP: connection resets, timeouts, bodies that trickle in, redirects.

The CLI has no `--timeout` option, so timeouts are tested through `build_resolver` and the
engine's `check()` with `ResolverOptions(timeout=...)`; the rest go through the real CLI.
A small article (5 DOIs, one filter request) keeps each run short.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.model import Doi, Report, Unchecked
from claimcheck.pipeline.check import CheckOptions, check
from claimcheck.resolve import ResolverOptions, ResolverStats, build_resolver
from claimcheck.testing import Fault, StandinCrossref

from .harness import LIMITS, SNAPSHOT, VERIFIED, article, assert_unchecked, assert_verified
from .harness import verify as run_cli

FEW = VERIFIED[:5]
TIMEOUT = 0.2  # seconds: ResolverOptions.timeout for the engine-level tests


def _check(path: Path, server: StandinCrossref, cache: Path) -> tuple[Report, ResolverStats]:
    stats = ResolverStats()
    options = ResolverOptions(crossref_url=server.url, cache_dir=cache, timeout=TIMEOUT)
    resolver = build_resolver(options, stats)
    try:
        report = check(path, CheckOptions(parts=frozenset({"references", "dois"})), resolver)
    finally:
        resolver.close()
    return report, stats


def _statuses(report: Report) -> dict[str | None, str]:
    return {r.reference.doi: r.status for r in report.references}


def test_connection_reset_twice_is_unchecked(tmp_path: Path, server: StandinCrossref) -> None:
    server.inject(Fault(kind="drop"), times=4)
    assert_unchecked(run_cli(article(tmp_path, 5), server.url, tmp_path / "c"), FEW)
    assert server.counters.requests == 2  # a reset is read-side: one retry, not four


def test_connection_reset_once_is_retried(tmp_path: Path, server: StandinCrossref) -> None:
    server.inject(Fault(kind="drop"))
    assert_verified(run_cli(article(tmp_path, 5), server.url, tmp_path / "c"))
    assert server.counters.requests == 2


def test_timeouts_are_unchecked_after_one_retry(tmp_path: Path, server: StandinCrossref) -> None:
    server.inject(Fault(kind="timeout", delay=1.0), times=4)
    report, stats = _check(article(tmp_path, 5), server, tmp_path / "c")
    assert not report.complete
    assert set(_statuses(report).values()) == {"unchecked"}
    assert report.findings == ()
    assert server.counters.requests == 2
    assert (stats.counts().retries, stats.counts().failures) == (1, 1)


def test_a_timeout_then_an_answer_is_verified(tmp_path: Path, server: StandinCrossref) -> None:
    server.inject(Fault(kind="timeout", delay=1.0))
    report, _ = _check(article(tmp_path, 5), server, tmp_path / "c")
    assert report.complete
    assert set(_statuses(report).values()) == {"verified"}


def test_a_trickling_body_is_cut_off(tmp_path: Path, server: StandinCrossref) -> None:
    # ~3.5 kB in 64-byte pieces 30 ms apart: no single read waits anywhere near the 0.2 s
    # read timeout, but the whole body would take ~1.7 s. The timeout bounds the whole body.
    server.inject(Fault(kind="trickle", delay=0.03), times=3)
    path, cache = article(tmp_path, 5), tmp_path / "c"
    report, stats = _check(path, server, cache)
    assert set(_statuses(report).values()) == {"unchecked"}
    assert not report.complete and report.findings == ()
    assert server.counters.requests == 1 and stats.counts().failures == 1

    server.stop()  # a lookup cut off is not cached: the next run (here offline) cannot answer
    options = ResolverOptions(offline=True, cache_dir=cache)
    offline = build_resolver(options)
    assert all(isinstance(v, Unchecked) for v in offline.fetch([Doi(d) for d in FEW]).values())
    offline.close()


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_a_redirect_to_another_host_is_refused(
    tmp_path: Path, server: StandinCrossref, status: int
) -> None:
    with StandinCrossref(SNAPSHOT, LIMITS) as elsewhere:
        target = f"{elsewhere.url}/works?filter=doi:{FEW[0]}&rows=1"
        server.inject(Fault(kind="redirect", status=status, location=target), times=3)
        result = run_cli(article(tmp_path, 5), server.url, tmp_path / "c")
    assert_unchecked(result, FEW)
    assert elsewhere.counters.requests == 0
    assert server.counters.requests == 1


def test_a_redirect_within_the_host_is_followed(tmp_path: Path, server: StandinCrossref) -> None:
    location = "/works?filter=" + ",".join(f"doi:{d}" for d in FEW) + "&rows=5"
    server.inject(Fault(kind="redirect", status=302, location=location))
    assert_verified(run_cli(article(tmp_path, 5), server.url, tmp_path / "c"))
    assert server.counters.requests == 2
