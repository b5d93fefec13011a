"""An absent service (a closed local port, a name that cannot resolve): asked once, not again.

No real network: the closed port is on 127.0.0.1 and the name ends in `.invalid` (RFC 2606,
never registered). Each case asserts the exit code, the `unchecked` reasons, the one stderr
line per service and that nothing reached the cache. Wall time is left to the benchmark.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from claimcheck.model import Doi, Unchecked
from claimcheck.resolve import Breaker, ResolverOptions, ResolverStats, build_resolver
from claimcheck.testing import StandinCrossref

from .harness import EXAMPLE, VERIFIED, article, assert_unchecked, cache_rows
from .harness import verify as run_cli

FEW = VERIFIED[:5]
DNS_FAILURE = "http://api.crossref.invalid"


def _closed_port() -> str:
    """A local URL nothing listens on: a port bound and released at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.mark.parametrize(("url", "cause"), [(None, "refused"), (DNS_FAILURE, "DNS")])
def test_an_absent_crossref_is_asked_once(tmp_path: Path, url: str | None, cause: str) -> None:
    base = url or _closed_port()
    stats, breaker = ResolverStats(), Breaker()
    options = ResolverOptions(crossref_url=base, cache_dir=tmp_path / "c", workers=1)
    resolver = build_resolver(options, stats, breaker)
    first = resolver.fetch([Doi(d) for d in FEW[:2]])
    second = resolver.fetch([Doi(d) for d in FEW[2:]])
    searched = resolver.search("Ketamine and depression")
    resolver.close()
    reasons = {a.reason for a in [*first.values(), *second.values(), searched]
               if isinstance(a, Unchecked)}
    assert reasons == {f"Crossref unreachable ({cause}: {_cause_text(cause)})"}
    assert stats.counts().requests == 1 and stats.counts().retries == 0  # no backoff either
    assert [o.cause for o in breaker.outages()] == [cause]
    assert cache_rows(tmp_path / "c") == []


def _cause_text(cause: str) -> str:
    from claimcheck.resolve.breaker import CAUSES

    return CAUSES[cause]


@pytest.mark.parametrize("url", [None, DNS_FAILURE])
def test_the_cli_names_the_absent_service_once(tmp_path: Path, url: str | None) -> None:
    base = url or _closed_port()
    result = run_cli(article(tmp_path, 5), base, tmp_path / "c")
    report = assert_unchecked(result, FEW)
    reasons = {r.get("reason") for r in report["references"] if r["status"] == "unchecked"}
    assert len(reasons) == 1 and next(iter(reasons)).startswith("Crossref unreachable (")
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2, result.stderr  # the outage, then the summary
    assert lines[0].startswith("claimcheck: Crossref unreachable at ")
    assert "5 references unchecked" in lines[0] and "--crossref-url" in lines[0]
    assert "--offline" in lines[0]
    assert "Retrying" not in result.stderr
    assert cache_rows(tmp_path / "c") == []


def test_support_degrades_visibly_when_openalex_is_absent(
    tmp_path: Path, server: StandinCrossref
) -> None:
    """Crossref answers (the stand-in), OpenAlex is not there: every reference is checked, the
    exit code is the findings' (not 3), and one line says which claims were not judged."""
    result = run_cli(EXAMPLE, server.url, None, "--openalex-url", _closed_port())
    assert result.exit_code == 0, result.stderr  # --fail-on never: complete, so not 3
    outage = [ln for ln in result.stderr.splitlines() if "OpenAlex unreachable" in ln]
    assert len(outage) == 1, result.stderr
    assert "support not judged for " in outage[0] and "--openalex-snapshot" in outage[0]
    assert "Crossref unreachable" not in result.stderr


def test_verbose_shows_each_retry_in_one_short_line_and_no_urllib3_warning(
    tmp_path: Path, server: StandinCrossref
) -> None:
    """In a process of its own (logging is configured once per process)."""
    import subprocess
    import sys

    from claimcheck.testing import Fault

    server.inject(Fault(kind="status", status=503))
    command = [sys.executable, "-m", "claimcheck", "dois", str(article(tmp_path, 5)),
               "--crossref-url", server.url, "--no-cache", "-v", "--format", "json"]
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)
    retries = [ln for ln in done.stderr.splitlines() if ln.startswith("claimcheck: retry ")]
    assert len(retries) == 1, done.stderr
    assert retries[0].endswith("after HTTP 503") and len(retries[0]) < 110
    assert "Retrying" not in done.stderr and "urllib3" not in done.stderr
    assert done.returncode == 0
