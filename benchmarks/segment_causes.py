"""The wrapped-list boundaries the segmenter gets wrong, grouped by cause, largest group first.

Usage:
    python benchmarks/segment_causes.py grobid ragged72                 # groups, 2 examples
    python benchmarks/segment_causes.py anystyle,grobid,jats-mixed ragged72,ragged100 --top 15
    python benchmarks/segment_causes.py /tmp/cc-seg-synth/train.jsonl ragged72 --examples 4

Where `segment_errors.py` says what decided a wrong boundary (a rule, the weights, the second
pass), this says what the text there looks like: whether the start was missed or false, whether
the line before stopped short of the width, how that line ends and how the line starts
(`ingest/kinds`: "a full stop, then a capital" is an entry opening with a journal or title
after a finished one; "a year, then a name" a break right after an entry's authors and year),
and for false starts whether the entry so far had its year yet (a wrapped author list has
none). Reads only the TUNING groups or synthetic lists, as `segment_errors.py` does; excite
and parscit (GPL / LGPL) are refused.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from claimcheck.ingest import kinds
from claimcheck.ingest.starts import (
    NUMBER_START,
    OPEN_END,
    YEAR,
    author_led,
    strong_start,
)
from segment_accuracy import LAYOUTS, TUNING_SETS
from segment_errors import Seen, _class, _spy, found_starts, lists_of, wrong_boundaries

WIDTHS = {"wrap72": 72, "wrap100": 100, "ragged72": 72, "ragged100": 100, "wrap48": 48,
          "ragged48": 48}


def cause(lines: list[tuple[str, int]], k: int, gold: bool, width: int) -> str:
    """The group of the wrong boundary before line `k`."""
    prev, text = lines[k - 1][0], lines[k][0]
    short = len(prev) + 1 + len(text.split()[0]) <= width - 8  # short even for a ragged line
    start = kinds.start_kind(text, bool(NUMBER_START.match(text)), strong_start(text),
                             author_led(text))
    end = kinds.end_kind(prev, bool(OPEN_END.search(prev)))
    first = next(j for j in range(k, -1, -1) if j == 0 or lines[j - 1][1] != lines[k][1])
    entry = " ".join(line for line, _ in lines[first:k])
    dated = "" if gold else (" dated" if YEAR.search(entry) else " undated")
    return f"{'missed' if gold else 'false'} {'short' if short else 'full'} {end}>{start}{dated}"


def run(sources: list[str], layouts: list[str]) -> tuple[Counter[str], dict[str, list[str]]]:
    """Counts per cause (and per deciding class) over every list, and examples per cause."""
    seen: Seen = {}
    _spy(seen)
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for source in sources:
        for layout in layouts:
            for refs in lists_of(source):
                _one(LAYOUTS[layout](refs), WIDTHS.get(layout[:-5] if layout.endswith("-furn")
                                                       else layout, 80), seen,
                     (counts, examples))
    return counts, examples


def _one(lines: list[tuple[str, int]], width: int, seen: Seen,
         out: tuple[Counter[str], dict[str, list[str]]]) -> None:
    starts = found_starts(lines, seen)
    if starts is None:
        return
    for k, gold in wrong_boundaries(lines, starts):
        if lines[k][1] >= 0 and lines[k - 1][1] >= 0:  # furniture lines are not boundaries
            group = cause(lines, k, gold, width)
            scored = seen.get(k + 5)
            out[0][group] += 1
            out[0][f"  by {_class(gold, scored)}"] += 1
            value = f"{scored[0]:.3g}" if scored else "-"
            mark = ">" if k in starts else " "
            out[1][group].append(f"      {lines[k - 1][0][-60:]!r}\n    {mark}"
                                 f" {lines[k][0][:70]!r}  [score {value}]")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sources", help="tuning sets or synthetic train.jsonl, comma-separated")
    parser.add_argument("layouts", help="comma-separated layouts of segment_accuracy")
    parser.add_argument("--top", type=int, default=20, help="how many groups to print")
    parser.add_argument("--examples", type=int, default=2, help="examples per group")
    args = parser.parse_args()
    sources = args.sources.split(",")
    if any(not s.endswith(".jsonl") and s not in TUNING_SETS for s in sources):
        print("only the tuning sets or synthetic lists are read for errors")
        return 2
    counts, examples = run(sources, args.layouts.split(","))
    total = sum(n for g, n in counts.items() if not g.startswith(" "))
    print(f"{total} wrong boundaries")
    for group, n in sorted(counts.items(), key=lambda x: -x[1]):
        if group.startswith(" "):
            print(f"{group}: {n}")
    for group, n in counts.most_common():
        if group.startswith(" "):
            continue
        if args.top <= 0:
            break
        args.top -= 1
        print(f"{n:5d}  {group}")
        for example in examples[group][: args.examples]:
            print(example)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
