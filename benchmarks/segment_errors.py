"""The wrapped-list boundaries the segmenter gets wrong, classified, on material we may read.

Usage:
    python benchmarks/segment_errors.py grobid ragged72               # counts per class
    python benchmarks/segment_errors.py anystyle ragged72 --show 40   # and the first 40
    python benchmarks/segment_errors.py /tmp/cc-seg-synth/train.jsonl ragged72 --show 40

Reads only the TUNING groups of the AnyStyle, GROBID and JATS mixed-citation sets (as
`segment_accuracy --split tune` cuts them) or a file of synthetic lists (`segment_synth.py`'s
train.jsonl, one list a line); excite and parscit (GPL / LGPL) are measured, never read for
rules, so they are refused here. Each line boundary where the segmenter's start differs from
the gold one is classed by what decided it: "rule" (a rule or the layout, score +-100),
"weights" (the boundary table), "second pass" (the weights were right, `rescore` turned
it), "unscored" (the list was not read as wrapped, or it was cut short). With `--show`, the
lines around each error and the cues that weighed most.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from claimcheck.ingest import boundary, segment
from claimcheck.ingest.interface import InputError
from claimcheck.ingest.plaintext import split_document
from segment_accuracy import LAYOUTS, TUNING_SETS, load

Seen = dict[int, tuple[float, dict[str, float] | None]]  # line number -> (score, cues)


def _spy(seen: Seen) -> None:
    """Record every boundary's score and what each cue weighed (by the list's table: a narrow
    column has its own) as the segmenter weighs it."""
    original = boundary.score

    def score(layout: boundary.Layout, entry: tuple[str, int], prev: boundary.Line,
              line: boundary.Line, after: boundary.Line | None) -> float:
        value = original(layout, entry, prev, line, after)
        cues = boundary.evidence(layout, entry, prev, line, after)
        table = boundary.weights(layout.strict and layout.width < boundary.NARROW)
        seen[line.number] = (value, None if cues is None else {
            cue: table.get(cue, 0.0) * v for cue, v in cues.items()})
        return value

    segment.score = score  # type: ignore[assignment]


def _class(gold: bool, scored: tuple[float, dict[str, float] | None] | None) -> str:
    kind = "missed" if gold else "false"
    if scored is None:
        return f"{kind}/unscored"
    value, cues = scored
    if cues is None:
        return f"{kind}/rule"
    return f"{kind}/second pass" if (value > 0) == gold else f"{kind}/weights"


def _show(lines: list[tuple[str, int]], starts: set[int], k: int,
          cues: dict[str, float] | None) -> None:
    for j in range(max(0, k - 2), min(len(lines), k + 2)):
        print(("> " if j in starts else "  ") + ("*" if j == k else " ") + lines[j][0][:110])
    if cues:  # each cue's weighed value
        top = sorted(((x, c) for c, x in cues.items()), key=lambda x: -abs(x[0]))
        print("    " + ", ".join(f"{c}:{x:+.2f}" for x, c in top[:8]))


def found_starts(lines: list[tuple[str, int]], seen: Seen) -> set[int] | None:
    """The indexes of `lines` where the segmenter starts an entry (`seen` refilled with its
    scores); None: no list found."""
    seen.clear()
    text = "Body text.\n\nReferences\n\n" + "\n".join(line for line, _ in lines) + "\n"
    try:
        return {entry.line - 5 for entry in split_document(text).entries}
    except InputError:
        return None


def wrong_boundaries(lines: list[tuple[str, int]], starts: set[int]) -> list[tuple[int, bool]]:
    """(line index, whether an entry truly starts there) where the segmenter got it wrong."""
    truth = [(k, lines[k][1] != lines[k - 1][1]) for k in range(1, len(lines))]
    return [(k, gold) for k, gold in truth if gold != (k in starts)]


def lists_of(source: str) -> list[list[str]]:
    """The lists of 40 strings of a tuning set's tuning groups, or a synthetic train.jsonl's."""
    if source.endswith(".jsonl"):
        with Path(source).open(encoding="utf-8") as rows:
            return [json.loads(line)["refs"] for line in rows]
    refs = load(source, "tune")
    return [refs[k : k + 40] for k in range(0, len(refs), 40)]


def run(source: str, layout: str, show: int) -> Counter[str]:
    """Error classes over every list of `source` in `layout`, printing the first `show`."""
    lists = lists_of(source)
    seen: Seen = {}
    _spy(seen)
    kinds: Counter[str] = Counter()
    for refs in lists:
        lines = LAYOUTS[layout](refs)
        starts = found_starts(lines, seen)
        if starts is None:
            continue
        for k, gold in wrong_boundaries(lines, starts):
            scored = seen.get(k + 5)
            kinds[_class(gold, scored)] += 1
            if sum(kinds.values()) <= show:
                print(f"=== {_class(gold, scored)}, score {scored[0] if scored else None}")
                _show(lines, starts, k, scored[1] if scored else None)
    return kinds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("source", help="a tuning set name or a synthetic train.jsonl")
    parser.add_argument("layout", choices=sorted(LAYOUTS))
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    if not args.source.endswith(".jsonl") and args.source not in TUNING_SETS:
        print(f"{args.source}: only the tuning sets or synthetic lists are read for errors")
        return 2
    print(dict(run(args.source, args.layout, args.show)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
