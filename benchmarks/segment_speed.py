"""CPU time of the plain-text segmenter on one long list, per layout.

Usage:
    python benchmarks/segment_speed.py                  # 5,000 GROBID strings, best of 3
    python benchmarks/segment_speed.py --size 2000 --repeat 5 --layouts bare,ragged72
    PYTHONPATH=/tmp/before/src python benchmarks/segment_speed.py   # another version's code

The list is the first `--size` strings of ../shared/data/refstrings-grobid (all groups, in the
order `segment_accuracy` uses), printed under a "References" heading in each layout of
`segment_accuracy.LAYOUTS`; the figure is the process CPU time of `split_document` (best of
`--repeat`, after one warm-up run that loads the boundary weights), so that other jobs on a
shared machine move it less than wall time. Prints one line per layout and a JSON line.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from claimcheck.ingest.plaintext import split_document
from segment_accuracy import LAYOUTS, SHARED, load


def cpu_seconds(text: str, repeat: int) -> tuple[float, int]:
    """Best CPU time of `repeat` runs, and the number of entries found."""
    found = len(split_document(text).entries)  # warm-up: weights and caches
    best = float("inf")
    for _ in range(repeat):
        began = time.process_time()
        split_document(text)
        best = min(best, time.process_time() - began)
    return best, found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--layouts", default="bare,wrap72,ragged72")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print("../shared/data is not present; nothing to measure")
        return 0
    refs = load("grobid", "all")[: args.size]
    result = {}
    for name in args.layouts.split(","):
        lines = LAYOUTS[name](refs)
        text = "Body text.\n\nReferences\n\n" + "\n".join(line for line, _ in lines) + "\n"
        seconds, found = cpu_seconds(text, args.repeat)
        result[name] = round(seconds, 3)
        print(f"{name:<10} {len(refs)} strings, {len(lines)} lines: {seconds:.3f} s CPU, "
              f"{found} entries")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
