"""How fast the example's DOIs are resolved against a stand-in Crossref that enforces the pool.

The stand-in serves examples/colla2021/crossref-snapshot.jsonl with 100 ms latency and the
polite pool's limits (10 requests/s, 3 in flight, 429 beyond). The DOIs are those printed in
examples/colla2021/review.md's reference list, typos included (those are confirmed one by one
and answer 404). Prints wall time, requests made and 429s received, cold cache then warm cache.
Targets: zero 429s; cold under 3 s (one request per DOI at 10/s would take ~10 s).
`--cli` then times whole commands in fresh processes (median of 3 each, wall and CPU, with a CPU
calibration printed beside them, since the machine may be shared): `claimcheck --help` and
`--version` (targets < 0.15 s), `claimcheck dois` against the same stand-in with a cold cache
(< 2.0 s) and a warm one (< 0.5 s), and with Crossref and OpenAlex absent: `verify` with the
snapshot and a closed local port, `dois` with an unresolvable name (< 5 s each, exit 3).
`--src DIR` runs the commands from another checkout's `src` (a before/after comparison);
`--pairs N --src DIR` runs this checkout and DIR in turn, N times, and prints the median CPU
seconds of each command for both (`--help`, `dois --help`, `--version`, `claims`, `refs`,
warm `dois`), then the wall time of N cold `dois` each (fresh stand-in and cache, requests
and 429s counted): interleaved, both sides see the same load.
`--compare` also times the one-request-per-DOI floor (no batching, no cache) and a cold run
against the public pool's limits (5/s, 1 in flight).

    .venv/bin/python benchmarks/verify_speed.py [--compare] [--cli [--src DIR]]
    .venv/bin/python benchmarks/verify_speed.py --pairs 7 --src DIR
"""

from __future__ import annotations

import os
import re
import socket
import statistics
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


def calibration() -> float:
    """Seconds for `sum(range(10**6))`, best of 5: how fast this machine is right now."""
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        sum(range(10**6))
        best = min(best, time.perf_counter() - start)
    return best


def _timed_process(args: list[str], src: Path | None) -> tuple[float, int, float]:
    """Wall seconds, exit code, and CPU seconds (user + system) of the whole process: the CPU
    figure holds on a loaded machine, where wall time mostly measures the other jobs."""
    # As on a user's machine, Python may cache compiled bytecode (some CI and sandbox shells
    # set PYTHONDONTWRITEBYTECODE, which makes every start recompile ~100 modules).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if src is not None:
        env["PYTHONPATH"] = str(src)
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "claimcheck", *args], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    return time.perf_counter() - start, child.returncode, usage.ru_utime + usage.ru_stime


def _median(label: str, runs: list[tuple[float, int, float]], extra: str = "") -> None:
    walls = [wall for wall, _, _ in runs]
    cpus = [cpu for _, _, cpu in runs]
    codes = sorted({code for _, code, _ in runs})
    print(f"CLI {label}: median {statistics.median(walls):.2f} s of "
          f"{', '.join(f'{w:.2f}' for w in walls)}, CPU {statistics.median(cpus):.2f} s "
          f"(exit {codes}){extra}")


def _closed_port() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


def run_cli(src: Path | None, repeat: int = 3) -> None:
    """Whole commands in fresh processes, timed from outside, median of `repeat`."""
    print(f"calibration: sum(range(10**6)) takes {calibration() * 1000:.1f} ms")
    for flag in ("--help", "--version"):
        _median(f"claimcheck {flag}", [_timed_process([flag], src) for _ in range(repeat)])
    review = str(EXAMPLE / "review.md")
    dois = ["dois", review, "--mailto", "bench@example.org", "--format", "json", "-q"]
    cold: list[tuple[float, int, float]] = []
    warm: list[tuple[float, int, float]] = []
    counted = ""
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as tmp, start_standin() as server:
            args = [*dois, "--crossref-url", server.url, "--cache-dir", tmp]
            cold.append(_timed_process(args, src))
            counted = (f"; requests {server.counters.requests}, "
                       f"429s {server.counters.rate_limited}")
            warm.append(_timed_process(args, src))
    _median("dois, cold cache (polite pool, 100 ms latency)", cold, counted)
    _median("dois, warm cache", warm)
    absent = [*dois[:2], "--crossref-url", "https://api.crossref.invalid", "--no-cache"]
    _median("dois, Crossref name unresolvable", [_timed_process(absent, src)
                                                  for _ in range(repeat)])
    port = _closed_port()
    closed = ["verify", review, "--snapshot", str(EXAMPLE / "crossref-snapshot.jsonl"),
              "--crossref-url", port, "--openalex-url", port, "--no-cache", "-q",
              "--format", "json"]
    _median("verify, Crossref and OpenAlex on a closed port",
            [_timed_process(closed, src) for _ in range(repeat)])


def _pair_commands(cache: str, url: str) -> dict[str, list[str]]:
    review = str(EXAMPLE / "review.md")
    return {"--help": ["--help"], "dois --help": ["dois", "--help"], "--version": ["--version"],
            "claims": ["claims", review, "-q", "-o", str(Path(cache) / "claims.jsonl")],
            "refs": ["refs", review, "-q", "-o", str(Path(cache) / "refs.bib")],
            "dois, warm cache": ["dois", review, "--format", "json", "-q", "--crossref-url", url,
                                 "--cache-dir", cache]}


def _cold(src: Path | None) -> tuple[float, float, int, int]:
    """Wall and CPU seconds of one cold `dois` on the example against a fresh stand-in (polite
    pool, 100 ms latency), with the requests it received and the 429s it sent."""
    review = str(EXAMPLE / "review.md")
    with tempfile.TemporaryDirectory() as tmp, start_standin() as server:
        wall, _, cpu = _timed_process(["dois", review, "--mailto", "bench@example.org", "-q",
                                       "--format", "json", "--crossref-url", server.url,
                                       "--cache-dir", tmp], src)
        return wall, cpu, server.counters.requests, server.counters.rate_limited


def run_pairs(src: Path, repeat: int) -> None:
    """Median CPU of each command, this checkout vs `src`, run in turn under the same load;
    then the wall time of a cold `dois` (network included), paired the same way."""
    with tempfile.TemporaryDirectory() as tmp, start_standin() as server:
        commands = _pair_commands(tmp, server.url)
        cpu: dict[tuple[str, bool], list[float]] = {}
        calibrations = []
        for round_ in range(repeat + 1):  # round 0 fills the cache and the bytecode caches
            calibrations.append(calibration())
            for name, args in commands.items():
                for before in (False, True):
                    _, _, used = _timed_process(args, src if before else None)
                    if round_:
                        cpu.setdefault((name, before), []).append(used)
    for name in commands:
        now, then = (statistics.median(cpu[name, before]) for before in (False, True))
        print(f"CPU {name}: median {now:.3f} s, before {then:.3f} s (of {repeat} each)")
    cold: dict[bool, list[tuple[float, float, int, int]]] = {False: [], True: []}
    for _ in range(repeat):
        calibrations.append(calibration())
        for before in (False, True):
            cold[before].append(_cold(src if before else None))
    for before in (False, True):
        runs = cold[before]
        print(f"dois, cold cache{', before' if before else ''}: wall median "
              f"{statistics.median(r[0] for r in runs):.2f} s of "
              f"{', '.join(f'{r[0]:.2f}' for r in runs)}, CPU "
              f"{statistics.median(r[1] for r in runs):.2f} s, requests "
              f"{sorted({r[2] for r in runs})}, 429s {sum(r[3] for r in runs)}")
    print(f"calibration: {min(calibrations) * 1000:.0f}-{max(calibrations) * 1000:.0f} ms")


def main(argv: list[str]) -> int:
    if "--pairs" in argv:
        run_pairs(Path(argv[argv.index("--src") + 1]), int(argv[argv.index("--pairs") + 1]))
        return 0
    dois = example_dois()
    with tempfile.TemporaryDirectory() as tmp, start_standin() as server:
        run_once("cold cache", server, Path(tmp), dois)
        run_once("warm cache", server, Path(tmp), dois)
        if "--compare" in argv:
            # a new client cannot know the previous one's requests: let the window clear
            time.sleep(POLITE_POOL.interval * 1.5)
            run_unbatched(server, dois)
    if "--cli" in argv:
        src = Path(argv[argv.index("--src") + 1]) if "--src" in argv else None
        run_cli(src)
    if "--compare" in argv:
        with tempfile.TemporaryDirectory() as tmp, start_standin(PUBLIC_POOL) as server:
            run_once("cold cache, public pool (5/s, 1 in flight)", server, Path(tmp), dois, "")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
