"""Batch mode on dask.bag: every article of a folder (or a list of paths), one JSON report each.

The same job as `claimcheck verify DIR/ --format json -o OUTDIR/`, spread over processes (and,
with a dask.distributed cluster, machines). `check(path, options, resolver)` is pure per
article, so a bag of paths maps onto it directly; what must not be built per article is the
resolver (HTTP session, rate limiter, cache connection), so there is one per partition, and
every partition opens the same cache directory (SQLite: concurrent readers, one writer at a
time, a locked write costs speed, never correctness). Needs the optional extra:
`pip install 'claimcheck[dask]'` (or `pip install 'dask[bag]'`). See docs/scale.md.

    .venv/bin/python benchmarks/dask_batch.py IN_DIR OUT_DIR [--partitions 4] \\
        [--offline --snapshot S.jsonl --snapshot-complete] [--cache-dir DIR]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import dask.bag as db

from claimcheck.commands.run import ARTICLE_SUFFIXES, EXIT_USAGE, exit_code, render
from claimcheck.files import write_atomic
from claimcheck.ingest import InputError
from claimcheck.pipeline.check import CheckOptions, check
from claimcheck.resolve import Resolver, ResolverOptions, build_resolver

VERIFY_PARTS = frozenset({"dois", "claims", "support"})  # what `claimcheck verify` runs


@dataclass(frozen=True, slots=True)
class Job:
    """Everything a partition needs; plain values, so dask can ship it to other processes."""

    out_dir: Path
    resolver: ResolverOptions
    options: CheckOptions = field(default_factory=lambda: CheckOptions(parts=VERIFY_PARTS))
    fail_on: str = "error"


def check_article(name: str, job: Job, resolver: Resolver) -> dict[str, Any]:
    """One article: its report written to the out folder, a summary row returned. An unreadable
    article is a row with its error, not the end of the partition."""
    path = Path(name)
    try:
        report = check(path, job.options, resolver)
    except InputError as exc:
        return {"article": name, "exit": EXIT_USAGE, "error": str(exc)}
    write_atomic(job.out_dir / f"{path.stem}.json", render(report, "json"), protect=(path,))
    return {"article": name, "exit": exit_code(report, job.fail_on),
            "references": len(report.references), "findings": len(report.findings),
            "complete": report.complete}


def check_partition(paths: Iterable[str], job: Job) -> list[dict[str, Any]]:
    """One resolver (session, limiter, cache connection) for the whole partition. A list, not
    a generator: the processes scheduler pickles each partition's result."""
    resolver = build_resolver(job.resolver)
    try:
        return [check_article(name, job, resolver) for name in paths]
    finally:
        resolver.close()


def run(paths: list[Path], job: Job, partitions: int, scheduler: str) -> list[dict[str, Any]]:
    job.out_dir.mkdir(parents=True, exist_ok=True)
    bag = db.from_sequence([str(p) for p in paths], npartitions=max(1, partitions))
    rows: list[dict[str, Any]] = bag.map_partitions(check_partition, job).compute(
        scheduler=scheduler
    )
    return rows


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("in_dir", type=Path)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--partitions", type=int, default=2)
    parser.add_argument("--scheduler", default="processes",
                        choices=("processes", "threads", "synchronous"))
    parser.add_argument("--offline", action="store_true")
    parser.add_argument("--snapshot", type=Path)
    parser.add_argument("--snapshot-complete", action="store_true")
    parser.add_argument("--cache-dir", type=Path)
    parser.add_argument("--mailto", default="")
    args = parser.parse_args(argv)
    paths = sorted(p for p in args.in_dir.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES)
    resolver = ResolverOptions(
        offline=args.offline, snapshot=args.snapshot, snapshot_complete=args.snapshot_complete,
        cache_dir=args.cache_dir, mailto=args.mailto,
        workers=1,  # each partition has its own limiter: keep partitions x workers modest
    )
    job = Job(out_dir=args.out_dir, resolver=resolver)
    rows = run(paths, job, args.partitions, args.scheduler)
    for row in rows:
        print(row)
    return max((row["exit"] for row in rows), default=0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
