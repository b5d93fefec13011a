"""Time of callout detection, linking and claim building at n and 2n, per input family.

Each family is an article body generated at size n and 2n with a small reference list;
`extract_claims` is timed on both (best of three runs) and the 2n/n ratio printed (linear
time gives about 2; quadratic gives 4). Families: author-year callouts in one parenthesis
(semicolons, commas, ABNT capitals), numeric callouts in one bracket and one per sentence,
superscripts, long sentences with semicolons, nested parentheses.

    python benchmarks/callout_scaling.py [--n 4000]

Prints one line per family, then one line of JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable

from claimcheck.citations import extract_claims
from claimcheck.model import Author, Reference

NAMES = ("Smith", "Jones", "Brown", "Garcia", "Miller", "Davis", "Wilson", "Moore")
REFS = tuple(
    Reference(id=f"R{i}", index=i, line=10_000 + i, label=str(i), year=str(1990 + i % 10),
              raw=f"{i}. {NAMES[i % 8]} A. Title {i}. J. {1990 + i % 10};1:1.",
              authors=(Author(family=NAMES[i % 8]),))
    for i in range(1, 81)
)
UNLABELLED = tuple(
    Reference(id=r.id, index=r.index, line=r.line, year=r.year, authors=r.authors,
              raw=r.raw.split(". ", 1)[1])
    for r in REFS
)


def _author(i: int) -> str:
    return f"{NAMES[i % 8]}, {1990 + i % 10}"


FAMILIES: dict[str, Callable[[int], str]] = {
    "author-year, one parenthesis": lambda n: "Known (" + "; ".join(map(_author, range(n))) + ").",
    "author-year, commas": lambda n: "Known (" + ", ".join(map(_author, range(n))) + ").",
    "ABNT capitals": lambda n: "Isto (" + "; ".join(
        f"{NAMES[i % 8].upper()}; {NAMES[(i + 1) % 8].upper()}, {1990 + i % 10}"
        for i in range(n)) + ").",
    "numeric, one bracket": lambda n: "Known [" + ",".join(str(1 + i % 80) for i in range(n))
    + "].",
    "numeric, per sentence": lambda n: " ".join(f"Fact {i} [{1 + i % 80}]." for i in range(n)),
    "superscripts": lambda n: " ".join(f"fact {i}.{1 + i % 80}" for i in range(n)),
    "semicolon clauses": lambda n: "; ".join(f"A{i} holds [{1 + i % 80}]" for i in range(n)) + ".",
    "nested parentheses": lambda n: "(" * n + _author(1) + ")" * n,
}


def timed(body: str, numbered: bool, repeats: int = 3) -> float:
    """The best of `repeats` runs: on a shared machine one run's time is mostly noise."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        extract_claims(body + "\n\n", REFS if numbered else UNLABELLED)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=4000)
    args = parser.parse_args()
    figures = {}
    for name, make in FAMILIES.items():
        numbered = "numeric" in name or name in ("superscripts", "semicolon clauses")
        small, large = timed(make(args.n), numbered), timed(make(2 * args.n), numbered)
        figures[name] = {"n": args.n, "seconds_n": round(small, 3),
                         "seconds_2n": round(large, 3), "ratio": round(large / small, 2)}
        print(f"{name:30} n={args.n}: {small:.3f} s  2n: {large:.3f} s  ratio {large / small:.2f}")
    print(json.dumps(figures, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
