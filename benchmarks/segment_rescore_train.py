"""Fits the weights of claimcheck.ingest.rescore: uncertain boundaries, weighed by the entries.

Usage:
    python benchmarks/segment_synth.py --out /tmp/seg/synth-vary --lists 300 --vary 0.35
    python benchmarks/segment_rescore_train.py --synth /tmp/seg/synth-vary/train.jsonl --folds 2
                                     # writes src/claimcheck/ingest/rescore_model.json (~7 min)
    python benchmarks/segment_rescore_train.py --synth ... --out /tmp/r.json
    python benchmarks/segment_accuracy.py --rescore /tmp/r.json      # measures another table

Training lists: the same as `segment_train.py`'s (the TUNING groups of the AnyStyle, GROBID and
JATS mixed-citation strings in lists of 40, and the synthetic single-style CSL lists), each
wrapped and ragged at the same widths. Each list is run through the segmenter's first pass
(`segment.first_pass`); with `--folds 2` (the shipped table) the boundary table used for a list
is fitted, as `segment_train.py` fits it, on the other fold's lists only, so that the first
pass is as unsure on the lists learnt from as it is on unseen ones (without it, the shipped
table, fitted on these very lists, is over-sure of them). Every boundary it scores as uncertain
(`rescore.uncertain`) is one example, with the entries before and after it as the first pass
cut them (`rescore.cues`), labelled by the gold split. Never trained on excite or parscit
(GPL / LGPL; measuring only). Fitting as `segment_train.train`: a logistic regression.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from claimcheck.ingest import boundary, rescore
from claimcheck.ingest.segment import first_pass
from segment_accuracy import SHARED, Lines, load
from segment_train import LAYOUTS, TRAIN_SETS, Example, train
from segment_train import examples as boundary_examples


def examples(lines: Lines) -> Iterator[Example]:
    """(cues, "B" or "I") for every uncertain boundary of one list."""
    layout, content, flags, scores = first_pass(
        [(k + 1, text) for k, (text, _) in enumerate(lines)])
    if layout.kind != "wrapped" or layout.start_indent is not None:
        return
    owners = [lines[line.number - 1][1] for line in content]
    texts = [line.text for line in content]
    facts = rescore.read(texts, flags, scores)
    for span in rescore.uncertain(flags, scores):
        j = span[1]
        yield rescore.cues(facts, texts, scores, span), "B" if owners[j] != owners[j - 1] else "I"


def lists(synth: Path | None) -> list[list[str]]:
    """The tuning groups' lists of 40 and the synthetic lists."""
    out: list[list[str]] = []
    for name in TRAIN_SETS:
        refs = load(name, "tune")
        out += [refs[k : k + 40] for k in range(0, len(refs), 40)]
    if synth is not None:
        with synth.open(encoding="utf-8") as source:
            out += [json.loads(line)["refs"] for line in source]
    return out


def cross_fitted(refs: list[list[str]], folds: int, c1: float) -> list[Example]:
    """The examples of every list with the first pass's boundary table fitted on the other
    folds' lists (as `segment_train.py` fits the shipped one), so that the scores learnt
    from are as unsure as on lists the table never saw."""
    rows: list[Example] = []
    shipped = boundary.MODEL
    for fold in range(folds):
        others = [boundary_examples(layout(r)) for k, r in enumerate(refs) if k % folds != fold
                  for layout in LAYOUTS]
        table = train([row for rows_of in others for row in rows_of], c1, 0.01)
        boundary.MODEL = Path(f"/tmp/segment_boundary_fold{fold}.json")
        boundary.MODEL.write_text(json.dumps(table), encoding="utf-8")
        boundary.weights.cache_clear()
        rows += [row for k, r in enumerate(refs) if k % folds == fold for layout in LAYOUTS
                 for row in examples(layout(r))]
    boundary.MODEL = shipped
    boundary.weights.cache_clear()
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--c1", type=float, default=1.0)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--out", type=Path, default=rescore.MODEL)
    parser.add_argument("--synth", type=Path, help="train.jsonl of segment_synth.py")
    parser.add_argument("--folds", type=int, default=0,
                        help="cross-fit the first pass's table in this many folds (0: shipped)")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print("../shared/data is not present; nothing to train on")
        return 0
    refs = lists(args.synth)
    rows = cross_fitted(refs, args.folds, 1.5) if args.folds > 1 else [
        row for r in refs for layout in LAYOUTS for row in examples(layout(r))]
    starts = sum(label == "B" for _, label in rows)
    print(f"{len(rows)} uncertain boundaries, {starts} starts", file=sys.stderr)
    table = train(rows, args.c1, args.c2)
    right = sum((sum(table.get(key, 0.0) * v for key, v in values.items()) > 0) == (label == "B")
                for values, label in rows)
    before = sum((values["score"] > 0) == (label == "B") for values, label in rows)
    print(f"right {right} of {len(rows)} (first pass {before}), {len(table)} weights",
          file=sys.stderr)
    args.out.write_text(json.dumps(table, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
