"""How fast the example's DOIs are resolved against a stand-in Crossref that enforces the pool.

The stand-in serves examples/colla2021/crossref-snapshot.jsonl with 100 ms latency and the
polite pool's limits (10 requests/s, 3 in flight, 429 beyond). The DOIs are those printed in
examples/colla2021/review.md's reference list, typos included (those are confirmed one by one
and answer 404). Prints wall time, requests made and 429s received, cold cache then warm cache.
Targets: zero 429s; cold under 3 s (one request per DOI at 10/s would take ~10 s).
`--cli` then times the whole command, `claimcheck dois` (a fresh process: imports, parsing,
lookups, comparison, report) against the same stand-in, cold and warm cache; target for the
warm run: under 1 s.
`--compare` also times the one-request-per-DOI floor (no batching, no cache) and a cold run
against the public pool's limits (5/s, 1 in flight).

    .venv/bin/python benchmarks/verify_speed.py [--compare] [--cli]
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from claimcheck.model import Doi, Found, NotFound
from claimcheck.resolve import ResolverOptions, ResolverStats, build_resolver
from claimcheck.resolve.client import ClientOptions, CrossrefClient
from claimcheck.resolve.limiter import RateLimiter
from claimcheck.resolve.session import SessionOptions, make_session
from claimcheck.testing import StandinCrossref, StandinOptions
from claimcheck.text import normalize_doi

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "colla2021"
POLITE_POOL = StandinOptions(latency=0.1, rate_limit=10, interval=1.0, concurrency=3)
PUBLIC_POOL = StandinOptions(latency=0.1, rate_limit=5, interval=1.0, concurrency=1, pool="public")
_DOI = re.compile(r"\bdoi:\s*(10\.\d{4,9}/\S+)", re.IGNORECASE)


def example_dois(review: Path = EXAMPLE / "review.md") -> list[Doi]:
    """DOIs printed in the reference list (after the REFERENCES heading), in order."""
    text = review.read_text(encoding="utf-8")
    _, _, references = text.partition("## REFERENCES")
    return list(dict.fromkeys(normalize_doi(m) for m in _DOI.findall(references)))


def start_standin(options: StandinOptions = POLITE_POOL) -> StandinCrossref:
    """The stand-in serving the example's snapshot; use it as a context manager."""
    return StandinCrossref(EXAMPLE / "crossref-snapshot.jsonl", options)


def run_once(
    label: str, server: StandinCrossref, cache_dir: Path, dois: list[Doi], mailto: str = "x@y.org"
) -> None:
    stats = ResolverStats()
    options = ResolverOptions(crossref_url=server.url, mailto=mailto, cache_dir=cache_dir)
    before_requests, before_429 = server.counters.requests, server.counters.rate_limited
    resolver = build_resolver(options, stats)
    start = time.perf_counter()
    answers = resolver.fetch(dois)
    wall = time.perf_counter() - start
    resolver.close()
    found = sum(isinstance(a, Found) for a in answers.values())
    missing = sum(isinstance(a, NotFound) for a in answers.values())
    counts = stats.counts()
    print(
        f"{label}: {len(dois)} DOIs in {wall:.2f} s; found {found}, not found {missing}, "
        f"unchecked {len(dois) - found - missing}; "
        f"requests {server.counters.requests - before_requests} "
        f"(client counted {counts.requests}), "
        f"429s {server.counters.rate_limited - before_429}; cache hits {counts.cache_hits}"
    )


def run_unbatched(server: StandinCrossref, dois: list[Doi]) -> None:
    """The floor batching beats: one GET per DOI through the same limiter, no cache."""
    stats = ResolverStats()
    limiter = RateLimiter()
    session = make_session(SessionOptions(mailto="bench@example.org"), stats, pacer=limiter)
    options = ClientOptions(base_url=server.url, chunk_size=1)
    client = CrossrefClient(session, options, limiter, stats)
    before_requests, before_429 = server.counters.requests, server.counters.rate_limited
    start = time.perf_counter()
    client.fetch(dois)
    wall = time.perf_counter() - start
    client.close()
    print(
        f"one request per DOI (for comparison): {len(dois)} DOIs in {wall:.2f} s; "
        f"requests {server.counters.requests - before_requests}, "
        f"429s {server.counters.rate_limited - before_429}"
    )


def run_cli(label: str, server: StandinCrossref, cache_dir: Path) -> None:
    """The whole `claimcheck dois` command in a fresh process, timed from outside."""
    before_requests, before_429 = server.counters.requests, server.counters.rate_limited
    command = [sys.executable, "-m", "claimcheck", "dois", str(EXAMPLE / "review.md"),
               "--crossref-url", server.url, "--mailto", "bench@example.org",
               "--cache-dir", str(cache_dir), "--format", "json", "-q"]
    # As on a user's machine, Python may cache compiled bytecode (some CI and sandbox shells
    # set PYTHONDONTWRITEBYTECODE, which makes every start recompile ~100 modules).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    wall = time.perf_counter() - start
    print(
        f"CLI {label}: claimcheck dois in {wall:.2f} s (exit {done.returncode}); "
        f"requests {server.counters.requests - before_requests}, "
        f"429s {server.counters.rate_limited - before_429}"
    )


def main(argv: list[str]) -> int:
    dois = example_dois()
    with tempfile.TemporaryDirectory() as tmp, start_standin() as server:
        run_once("cold cache", server, Path(tmp), dois)
        run_once("warm cache", server, Path(tmp), dois)
        if "--compare" in argv:
            # a new client cannot know the previous one's requests: let the window clear
            time.sleep(POLITE_POOL.interval * 1.5)
            run_unbatched(server, dois)
    if "--cli" in argv:
        with tempfile.TemporaryDirectory() as tmp, start_standin() as server:
            run_cli("cold cache", server, Path(tmp))
            run_cli("warm cache", server, Path(tmp))
    if "--compare" in argv:
        with tempfile.TemporaryDirectory() as tmp, start_standin(PUBLIC_POOL) as server:
            run_once("cold cache, public pool (5/s, 1 in flight)", server, Path(tmp), dois, "")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
