"""Fits the line-boundary weights of claimcheck.ingest.boundary (a maximum-entropy model).

Usage:
    python benchmarks/segment_synth.py --out /tmp/cc-seg-synth --lists 300 --vary 0.35
    python benchmarks/segment_train.py --synth /tmp/cc-seg-synth/train.jsonl
                                          # writes src/claimcheck/ingest/boundary_model.json
    python benchmarks/segment_train.py --c1 0.5 --drop s=,one --out /tmp/model.json
    python benchmarks/segment_accuracy.py --model /tmp/model.json    # measures another table
    python benchmarks/segment_train.py --synth /tmp/cc-seg-synth/train.jsonl --narrow
                                          # writes src/claimcheck/ingest/boundary_narrow_model.json

Training data: the TUNING groups (crc32(group) % 4 != 0, as benchmarks/segment_accuracy.py
splits them) of the AnyStyle (BSD-2), GROBID (Apache-2.0) and JATS mixed-citation (CC BY)
strings, cut into lists of 40, and the synthetic single-style CSL lists of `segment_synth.py`
(`--synth`; the shipped table was fitted with the 300 of `--lists 300 --vary 0.35`, L1 1.5,
L2 0.01);
each hard-wrapped greedily at 64, 72, 80 and 100 columns, and "ragged" at 66, 72, 86 and 100
(each line's width drawn from width-8..width+4, as PDF text in a proportional font is, one
line in 25 broken early). Every line boundary that no rule or
layout decides alone (`boundary.evidence`) is one example: does the line start an entry? Its
evidence is `boundary.cues`, with the entry so far taken from the gold split and the list's
habits from the list. Never trained on excite or parscit (GPL / LGPL; measuring only).
With `--narrow` (session 15) the table for narrow columns (`boundary.NARROW`) is fitted instead,
on the same lists wrapped at the widths above and also greedily at 44 and 52 columns and ragged
at 44 and 52 (never at 48, the width `segment_accuracy.py` measures): fitted on narrow lists
alone it lost on the never-tuned excite; the wide lists keep the table fitted without them.

Fitting: python-crfsuite (L-BFGS, elastic net) on one-item sequences, i.e. a logistic
regression over sparse cues; the shipped table is each cue's weight for "starts" minus its
weight for "goes on", weights below 0.005 dropped.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pycrfsuite

sys.path.insert(0, str(Path(__file__).resolve().parent))
from claimcheck.ingest.boundary import MODEL, NARROW_MODEL, evidence
from claimcheck.ingest.layout import decide, read_lines
from segment_accuracy import SHARED, Lines, _ragged, _wrapped, load

TRAIN_SETS = ("anystyle", "grobid", "jats-mixed")
LAYOUTS = [_wrapped(w) for w in (64, 72, 80, 100)] + [_ragged(w) for w in (66, 72, 86, 100)]
NARROW_LAYOUTS = [_wrapped(w) for w in (44, 52)] + [_ragged(w) for w in (44, 52)]
Example = tuple[dict[str, float], str]
Layouter = Callable[[list[str]], Lines]


def examples(lines: Lines) -> Iterator[Example]:
    """(cues, "B" or "I") for every boundary of one list that the evidence decides."""
    parsed = read_lines([(k + 1, text) for k, (text, _) in enumerate(lines)])
    layout = decide(parsed)
    if layout.kind != "wrapped":
        return
    kept = [(line, owner) for line, (_, owner) in zip(parsed, lines, strict=True)
            if line is not None and not line.furniture]
    entry: list[str] = []
    for k, (line, owner) in enumerate(kept):
        if k:
            prev, prev_owner = kept[k - 1]
            after = kept[k + 1][0] if k + 1 < len(kept) else None
            state = (" ".join(entry), len(entry))
            values = evidence(layout, state, prev, line, after)
            if values is not None:
                yield values, "B" if owner != prev_owner else "I"
        if not k or owner != kept[k - 1][1]:
            entry = []
        entry.append(line.text)


def collect(synth: Path | None, copies: int = 1, layouts: list[Layouter] | None = None
            ) -> list[Example]:
    """The examples of every training list: the shared sets' tuning groups in lists of 40
    (each `copies` times, to weigh real lists against synthetic ones), and the synthetic
    lists of `segment_synth.py` when given."""
    lists: list[list[str]] = []
    for name in TRAIN_SETS:
        refs = load(name, "tune")
        lists += [refs[k : k + 40] for k in range(0, len(refs), 40)]
    lists *= copies
    if synth is not None:
        with synth.open(encoding="utf-8") as source:
            lists += [json.loads(line)["refs"] for line in source]
    return [row for refs in lists for layout in layouts or LAYOUTS
            for row in examples(layout(refs))]


def train(rows: list[Example], c1: float, c2: float) -> dict[str, float]:
    trainer = pycrfsuite.Trainer(verbose=False)
    for values, label in rows:
        trainer.append(pycrfsuite.ItemSequence([values]), [label])
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": 300})
    path = "/tmp/segment_boundary.crfsuite"
    trainer.train(path)
    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    state = tagger.info().state_features
    names = {name for name, _ in state}
    table = {name: state.get((name, "B"), 0.0) - state.get((name, "I"), 0.0) for name in names}
    return {name: round(w, 3) for name, w in sorted(table.items()) if abs(w) >= 0.005}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--c1", type=float, default=1.5)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--out", type=Path, help="the table to write (default: the shipped one)")
    parser.add_argument("--narrow", action="store_true", help="fit the narrow columns' table")
    parser.add_argument("--synth", type=Path, help="train.jsonl of segment_synth.py")
    parser.add_argument("--drop", default="", help="cue prefixes to leave out (a,b)")
    parser.add_argument("--real-copies", type=int, default=1, help="weight of real lists")
    parser.add_argument("--ragged", default="", help="more ragged widths to train on (60,92)")
    parser.add_argument("--wrapped", default="", help="more greedy widths to train on (48)")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print("../shared/data is not present; nothing to train on")
        return 0
    drop = tuple(p for p in args.drop.split(",") if p)
    layouts = LAYOUTS + (NARROW_LAYOUTS if args.narrow else []) + [
        _ragged(int(w)) for w in args.ragged.split(",") if w] + [
        _wrapped(int(w)) for w in args.wrapped.split(",") if w]
    rows = [({k: v for k, v in values.items() if not k.startswith(drop)} if drop else values,
             label) for values, label in collect(args.synth, args.real_copies, layouts)]
    starts = sum(label == "B" for _, label in rows)
    print(f"{len(rows)} boundaries weighed, {starts} starts", file=sys.stderr)
    table = train(rows, args.c1, args.c2)
    right = sum((sum(table.get(key, 0.0) * v for key, v in values.items()) > 0) == (label == "B")
                for values, label in rows)
    print(f"training accuracy {right / len(rows):.4f}, {len(table)} weights", file=sys.stderr)
    out = args.out or (NARROW_MODEL if args.narrow else MODEL)
    out.write_text(json.dumps(table, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
