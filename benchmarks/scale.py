"""How the pipeline scales: synthetic articles of 100, 1,000 and 10,000 references.

Each article is built from the shared reference strings (../shared/data/refstrings-*/, strings
without a DOI of their own, shuffled with a fixed seed; reused in turn when more are needed),
each given a synthetic DOI (10.5555/scale.N) that a stand-in Crossref serves with a record made
from the string's labelled fields. The body cites every reference once, `[N]` (numeric,
default) or `(Family, Year)` (`--style author-year`). Each size runs in its own process
(`--child`), so peak RSS (ru_maxrss) is that size's alone: read + parse, link (claims), verify
against the stand-in. The pipeline runs twice, in two processes; the second (warm answer cache,
fresh process) is measured. Prints wall and CPU seconds per stage, references per second, peak
memory, and the cost ratio per 10x (1.0 = linear).
Targets (issue 7): 10,000 references parsed and linked in under 10 s, peak memory < 500 MB.

    .venv/bin/python benchmarks/scale.py [--sizes 100,1000,10000] [--style author-year] [--jobs J]
    .venv/bin/python benchmarks/scale.py --profile 10000   # cProfile of one warm run
    .venv/bin/python benchmarks/scale.py --folder 12 [--src DIR]   # a folder of articles

`--folder N` times `claimcheck verify DIR -o OUT` on N copies of the bundled example (98
references each) with the example's snapshot and no network (median of 3 fresh processes,
with a CPU calibration), on every core and pinned to one (`taskset -c 0`: one process),
interleaved, wall and CPU of each: references per second for a folder, the figure
docs/scale.md extrapolates from. `--src DIR` runs another checkout's `src` (before/after).
"""

from __future__ import annotations

import argparse
import cProfile
import itertools
import json
import os
import pstats
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from claimcheck.citations import extract_claims
from claimcheck.compare import verify_references
from claimcheck.ingest import load_document
from claimcheck.parse import parse_entries
from claimcheck.resolve import ResolverOptions, build_resolver
from claimcheck.testing import StandinCrossref

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
FALLBACK = (  # when ../shared is absent: a handful of strings, enough to exercise every stage
    ("Smith, J., and Jones, K. (2001). A study of things. J. Things 12, 34-56.",
     {"author": "Smith, J., and Jones, K.", "title": "A study of things", "year": "2001",
      "container": "J. Things", "volume": "12", "pages": "34-56"}),
    ("Müller, A. (1999). Über die Dinge im Allgemeinen. Z. Dinge 3, 1-9.",
     {"author": "Müller, A.", "title": "Über die Dinge im Allgemeinen", "year": "1999",
      "container": "Z. Dinge", "volume": "3", "pages": "1-9"}),
    ("Chen, H., Li, W. and Wang, Y. 2015, ApJ, 475, 163",
     {"author": "Chen, H., Li, W. and Wang, Y.", "title": "", "year": "2015",
      "container": "ApJ", "volume": "475", "pages": "163"}),
)


def reference_strings() -> list[tuple[str, dict[str, str]]]:
    """(string, labelled fields) with an author, a title and a year and no DOI printed."""
    paths = sorted(SHARED.glob("refstrings-*/refstrings.jsonl"))
    if not paths:
        print("../shared not found: using the built-in strings", file=sys.stderr)
        return list(FALLBACK)
    found = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            fields = item["fields"]
            if re.search(r"doi|10\.\d{4}", item["string"], re.IGNORECASE):
                continue
            if fields.get("author") and fields.get("title") and fields.get("year"):
                found.append((item["string"], fields))
    # The sets differ in length and style; shuffled, every size draws the same mix, so the cost
    # per reference compares like with like.
    random.Random(20261126).shuffle(found)
    return found


def family(fields: dict[str, str]) -> str:
    """The first author's family name as an author-year callout would print it."""
    first = re.split(r",|\band\b|&|;", fields["author"])[0].strip()
    words = [w for w in first.split() if len(w.strip(".")) > 1]
    return words[-1] if words else first


def record(doi: str, fields: dict[str, str]) -> dict[str, Any]:
    """A Crossref work message from the labelled fields (first author only, like a sparse
    deposit): enough for the comparisons to run on every reference."""
    message: dict[str, Any] = {
        "DOI": doi, "type": "journal-article", "title": [fields.get("title", "")],
        "author": [{"family": family(fields), "sequence": "first"}],
        "issued": {"date-parts": [[int(fields["year"][:4])]]},
        "container-title": [fields.get("container", "")],
    }
    for name, key in (("volume", "volume"), ("page", "pages"), ("issue", "issue")):
        if fields.get(key):
            message[name] = fields[key]
    return message


def build_article(size: int, style: str, strings: list[tuple[str, dict[str, str]]]) -> str:
    body, entries = ["# Synthetic article\n"], ["\n## References\n"]
    for n in range(1, size + 1):
        text, fields = strings[(n - 1) % len(strings)]
        doi = f"10.5555/scale.{n}"
        cite = f"[{n}]" if style == "numeric" else f"({family(fields)}, {fields['year'][:4]})"
        body.append(f"Finding number {n} was reported before {cite}.")
        lead = f"{n}. " if style == "numeric" else "- "
        entries.append(f"{lead}{text.rstrip('. ')}. doi: {doi}")
    return "\n\n".join([body[0], " ".join(body[1:]), *entries]) + "\n"


T = TypeVar("T")


def _workers_cpu() -> float:
    """CPU seconds of this process's ended children: the parse's and the link's workers."""
    ended = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ended.ru_utime + ended.ru_stime


def _timed(stage: str, times: dict[str, dict[str, float]], action: Callable[[], T]) -> T:
    wall, cpu, workers = time.perf_counter(), time.process_time(), _workers_cpu()
    value = action()
    times[stage] = {"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu,
                    "workers": _workers_cpu() - workers}
    return value


def pipeline(article: Path, url: str, cache: Path) -> dict[str, Any]:
    """One run of the three stages; returns their times and sizes."""
    times: dict[str, dict[str, float]] = {}
    document = _timed("read", times, lambda: load_document(article))
    references = _timed("parse_only", times, lambda: parse_entries(document.entries))
    times["parse"] = {k: times["read"][k] + times["parse_only"][k] for k in ("wall", "cpu")}
    claims = _timed("link", times, lambda: extract_claims(document.body, references))
    options = ResolverOptions(crossref_url=url, mailto="bench@example.org", cache_dir=cache)
    resolver = build_resolver(options)
    try:
        verification = _timed("verify", times, lambda: verify_references(references, resolver))
    finally:
        resolver.close()
    times["total"] = {k: sum(times[s][k] for s in ("parse", "link", "verify"))
                      for k in ("wall", "cpu")}
    statuses = [r.status for r in verification.results]
    return {**times, "references": len(references), "claims": len(claims.claims),
            "linked": sum(bool(c.reference_ids) for cl in claims.claims for c in cl.citations),
            "verified": statuses.count("verified"), "complete": verification.complete}


def measure(article: Path, url: str, cache: Path, profile: bool = False) -> dict[str, Any]:
    """One run, in a process of its own (see run_size); `profile` prints where time goes."""
    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    result = pipeline(article, url, cache)
    if profiler:
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(20)
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def run_size(size: int, args: argparse.Namespace, url: str, folder: Path) -> dict[str, Any]:
    article = folder / f"article-{size}.md"
    article.write_text(build_article(size, args.style, reference_strings()), encoding="utf-8")
    command = [sys.executable, __file__, "--child", str(article), url,
               str(folder / f"cache-{size}")]
    # The first process fills the answer cache; the second, fresh one is measured, so no
    # in-process memo (lru_cache) left by the first run flatters the smaller sizes.
    subprocess.run(command, capture_output=True, text=True, check=True)
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def report(results: list[dict[str, Any]]) -> None:
    print(f"{'refs':>6} {'read+parse':>14} {'link':>14} {'verify':>14} {'total':>14} "
          f"{'refs/s':>8} {'peak MB':>8}")
    for r in results:
        cells = [f"{r[s]['wall']:6.2f}/{r[s]['cpu']:6.2f}" for s in ("parse", "link", "verify",
                                                                       "total")]
        rate = r["references"] / r["total"]["wall"]
        print(f"{r['references']:>6} {' '.join(f'{c:>14}' for c in cells)} {rate:8.0f} "
              f"{r['peak_mb']:8.0f}")
    print("(each stage: wall/CPU seconds of the warm run; CPU of this process alone)")
    for r in results:
        if r["parse_only"]["workers"]:
            print(f"{r['references']:>6}: the parse's worker processes took "
                  f"{r['parse_only']['workers']:.2f} s of CPU besides (parse/pool.py)")
        if r["link"].get("workers"):
            print(f"{r['references']:>6}: the link's worker processes took "
                  f"{r['link']['workers']:.2f} s of CPU besides (citations/entries.py)")
    for r in results:
        print(f"{r['references']:>6}: {r['claims']} claims, {r['linked']} callouts linked, "
              f"{r['verified']} verified, lookups complete: {r['complete']}")
    for small, big in itertools.pairwise(results):
        factor = big["references"] / small["references"]
        ratios = ", ".join(
            f"{stage} {big[stage]['cpu'] / max(small[stage]['cpu'], 1e-3) / factor:.2f}"
            for stage in ("parse", "link", "verify", "total")
        )
        print(f"cost per reference, {big['references']} vs {small['references']} "
              f"(1.0 = linear, CPU time): {ratios}")


def _timed_command(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system of the process and every process it
    started and waited for: workers, the manager)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    subprocess.run(command, capture_output=True, check=False, env=env)
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def run_folder(count: int, src: str | None) -> None:
    """`verify DIR` on `count` copies of the example, offline against its snapshot: on every
    core (worker processes) and, interleaved, pinned to one core with `taskset -c 0` (the
    folder is then checked in one process), wall and CPU of each."""
    example = Path(__file__).resolve().parents[1] / "examples" / "colla2021"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if src:
        env["PYTHONPATH"] = src
    start = time.perf_counter()
    sum(range(10**6))
    print(f"calibration: sum(range(10**6)) takes {(time.perf_counter() - start) * 1000:.1f} ms")
    runs: dict[str, list[tuple[float, float]]] = {"every core": [], "one core": []}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for i in range(count):
            shutil.copy(example / "review.md", folder / f"article{i:03d}.md")
        command = [sys.executable, "-m", "claimcheck", "verify", str(folder), "-o",
                   str(Path(tmp) / "out"), "--offline", "--no-cache", "--snapshot",
                   str(example / "crossref-snapshot.jsonl"), "-q", "--format", "json"]
        pinned = ["taskset", "-c", "0", *command] if shutil.which("taskset") else []
        for _ in range(3):
            runs["every core"].append(_timed_command(command, env))
            if pinned:
                runs["one core"].append(_timed_command(pinned, env))
    for label, timed in runs.items():
        if not timed:
            continue
        wall = statistics.median(w for w, _ in timed)
        print(f"folder of {count} articles ({count * 98} references), {label}: median "
              f"{wall:.2f} s of {', '.join(f'{w:.2f}' for w, _ in timed)}, CPU "
              f"{statistics.median(c for _, c in timed):.2f} s; "
              f"{count * 98 / wall:.0f} references/s")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--style", choices=("numeric", "author-year"), default="numeric")
    parser.add_argument("--profile", type=int, default=0, help="cProfile one size in-process")
    parser.add_argument("--child", nargs=3, metavar=("ARTICLE", "URL", "CACHE"),
                        help=argparse.SUPPRESS)  # one size, in the subprocess run_size starts
    parser.add_argument("--folder", type=int, default=0, help="a folder of N example copies")
    parser.add_argument("--src", default=None, help="run another checkout's src (--folder)")
    parser.add_argument("--jobs", type=int, default=None,
                        help="processes a long list is parsed on (CLAIMCHECK_JOBS; default: "
                             "one per core)")
    args = parser.parse_args(argv)
    if args.jobs is not None:
        os.environ["CLAIMCHECK_JOBS"] = str(args.jobs)  # for the measured child processes
    if args.folder:
        run_folder(args.folder, args.src)
        return 0
    if args.child:
        article, url, cache = args.child
        print(json.dumps(measure(Path(article), url, Path(cache))))
        return 0
    sizes = [args.profile] if args.profile else [int(s) for s in args.sizes.split(",")]
    strings = reference_strings()
    records = [record(f"10.5555/scale.{n}", strings[(n - 1) % len(strings)][1])
               for n in range(1, max(sizes) + 1)]
    with tempfile.TemporaryDirectory() as tmp, StandinCrossref(records) as server:
        if args.profile:
            article = Path(tmp) / "article.md"
            article.write_text(build_article(args.profile, args.style, strings), encoding="utf-8")
            cache = Path(tmp) / "cache"
            warm = [sys.executable, __file__, "--child", str(article), server.url, str(cache)]
            subprocess.run(warm, capture_output=True, check=True)  # fills the answer cache
            measure(article, server.url, cache, profile=True)
            return 0
        print(f"{len(strings)} reference strings; style {args.style}; stand-in {server.url}")
        results = [run_size(size, args, server.url, Path(tmp)) for size in sizes]
    report(results)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
