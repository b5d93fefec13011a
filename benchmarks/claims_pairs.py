"""`claimcheck claims` on the 10,000-reference numeric article, this checkout against another,
in turn (issue 17's target: < 5 s wall, < 300 MB, on 2 cores).

Each run is a fresh process running `claimcheck claims ARTICLE -o OUT -q` (the console
script's `main`); its figures come from `os.wait4` (the process and the workers it waited
for): wall seconds, CPU seconds (user + system) of the main process and of its workers apart
(the workers' read at exit), peak RSS of the largest process. On idle cores the main
process's CPU is about the wall time (it parses its part, waits, then links and writes).
Beside them the 1-minute load average and a CPU calibration (best of 5 of
`sum(range(10**6))`, in ms: a quiet core here reads ~12-14), since the machine may be
shared: a pair is only comparable with itself. The two sides alternate so both see the same
load; the outputs of every run are compared byte for byte (the same claims from both codes
is part of the check). The article is the one `benchmarks/scale.py` writes
(`build_article(10000, "numeric", ...)`).

    .venv/bin/python benchmarks/claims_pairs.py --pairs 3 --src OTHER/src [--style author-year]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scale import build_article, reference_strings

SRC = Path(__file__).resolve().parent.parent / "src"


def calibration_ms() -> float:
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        sum(range(10**6))
        best = min(best, time.process_time() - start)
    return best * 1000


# the command as the console script runs it, the workers' CPU written at exit
_RUN = """import atexit, resource, sys
def _workers(path=sys.argv[1]):
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(path, "w") as f:
        f.write(repr(usage.ru_utime + usage.ru_stime))
atexit.register(_workers)
sys.argv = ["claimcheck", "claims", *sys.argv[2:], "-q"]
from claimcheck.__main__ import main
main()
"""


def run_once(src: Path, article: Path, out: Path) -> tuple[float, float, float, float, str]:
    """Wall s, CPU s of the main process and of its workers, peak RSS MB, md5 of the output."""
    # bytecode cached, as on a user's machine (verify_speed.py: some shells set
    # PYTHONDONTWRITEBYTECODE, and every start then compiles ~100 modules again)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(src)
    workers = out.with_suffix(".workers")
    command = [sys.executable, "-c", _RUN, str(workers), str(article), "-o", str(out)]
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"claims exited {os.waitstatus_to_exitcode(status)} with {src}")
    apart = float(workers.read_text())
    digest = hashlib.md5(out.read_bytes()).hexdigest()
    return (wall, usage.ru_utime + usage.ru_stime - apart, apart, usage.ru_maxrss / 1024,
            digest)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--src", required=True, help="the other checkout's src (the 'before')")
    parser.add_argument("--style", choices=("numeric", "author-year"), default="numeric")
    parser.add_argument("--size", type=int, default=10_000)
    args = parser.parse_args(argv)
    sides = {"before": Path(args.src).resolve(), "after": SRC}
    rows: dict[str, list[tuple[float, float, float, float, str]]] = {side: [] for side in sides}
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp) / "article.md"
        article.write_text(build_article(args.size, args.style, reference_strings()),
                           encoding="utf-8")
        for src in sides.values():  # a first run of each writes its bytecode
            run_once(src, article, Path(tmp) / "first.jsonl")
        for pair in range(args.pairs):
            for side, src in sides.items():
                load, calibration = os.getloadavg()[0], calibration_ms()
                row = run_once(src, article, Path(tmp) / f"{side}.jsonl")
                rows[side].append(row)
                print(f"pair {pair + 1} {side:6s} wall {row[0]:6.2f} s  CPU main {row[1]:5.2f} "
                      f"+ workers {row[2]:5.2f} s  peak {row[3]:4.0f} MB  load {load:4.1f}  "
                      f"calibration {calibration:5.1f} ms  md5 {row[4][:10]}", flush=True)
    for side, runs in rows.items():
        print(f"{side:6s} medians: wall {statistics.median(r[0] for r in runs):.2f} s, CPU main "
              f"{statistics.median(r[1] for r in runs):.2f} s + workers "
              f"{statistics.median(r[2] for r in runs):.2f} s; peak "
              f"{max(r[3] for r in runs):.0f} MB")
    digests = {r[4] for runs in rows.values() for r in runs}
    print("outputs identical" if len(digests) == 1 else f"OUTPUTS DIFFER: {sorted(digests)}")
    return 0 if len(digests) == 1 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
