"""The parser's misses on one field, grouped by cause: what error analysis reads first.

Usage:
    python benchmarks/parse_misses.py --folds /tmp/fl-base                 # title, container
    python benchmarks/parse_misses.py --folds DIR --field authors --examples 5
    python benchmarks/parse_misses.py --data /tmp/cc-synth/heldout --model M.crfsuite

Strings are parsed and scored exactly as `parse_accuracy.py` does (same gold mapping, same
normalisation, the same fold models or `--model`). Every string whose FIELD differs from the
gold is put in one class by how the prediction relates to the gold, after normalisation:

    missing       no value predicted, the gold has one
    spurious      a value predicted, the gold has none
    runs on       the prediction is the gold and more after it (a title that took the journal)
    cut short     the prediction is the start of the gold (a title cut at an inner stop)
    starts early  the prediction is more before the gold (an author's name taken in)
    starts late   the prediction is the end of the gold (the first words left to the authors)
    wider         the gold is inside the prediction, with more on both sides
    narrower      the prediction is inside the gold
    other         anything else (a different field read in its place, a gold error)

Printed: a table of classes per dataset and field, then up to `--examples` strings of each
class (string, gold, prediction). Read the examples of the large classes of held-out strings,
never of a set you measure on only (excite, parscit).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import parse_accuracy as accuracy  # a sibling script, not a package

CLASSES = ("missing", "spurious", "runs on", "cut short", "starts early", "starts late",
           "wider", "narrower", "other")


def cause(gold: str, pred: str) -> str:
    """The class of one miss (both values normalised, and different)."""
    if not pred:
        return "missing"
    if not gold:
        return "spurious"
    if pred.startswith(gold + " "):
        return "runs on"
    if gold.startswith(pred + " "):
        return "cut short"
    if pred.endswith(" " + gold):
        return "starts early"
    if gold.endswith(" " + pred):
        return "starts late"
    if gold in pred:
        return "wider"
    if pred in gold:
        return "narrower"
    return "other"


def misses(path: Path, fold_models: dict[str, Path], field: str
           ) -> list[tuple[str, str, str, str]]:
    """(class, string, gold, prediction) of every miss on `field` in one dataset."""
    with path.open(encoding="utf-8") as handle:
        records = [r for r in map(json.loads, handle) if r["spans"]]
    if fold_models:
        records = [r for r in records if r["id"] in fold_models]
    found = []
    for record, ref in zip(records, accuracy._parsed(records, fold_models), strict=True):
        gold = accuracy.gold_values(record["fields"], record["spans"])
        pred = accuracy.predicted_values(ref, gold)
        g, p = accuracy.normal(field, gold.get(field, "")), accuracy.normal(field, pred[field])
        if g != p:
            found.append((cause(g, p), record["string"], g, p))
    return found


def report(name: str, field: str, found: list[tuple[str, str, str, str]], examples: int
           ) -> dict[str, Any]:
    counts = Counter(kind for kind, *_ in found)
    print(f"\n== {name}: {field}, {len(found)} misses")
    print("  " + "  ".join(f"{kind} {counts[kind]}" for kind in CLASSES if counts[kind]))
    for kind in CLASSES:
        for _, string, gold, pred in [m for m in found if m[0] == kind][:examples]:
            print(f"  [{kind}] {string[:200]}\n      gold: {gold[:150]}\n      pred: {pred[:150]}")
    return {kind: counts[kind] for kind in CLASSES}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, action="append")
    parser.add_argument("--folds", type=Path, help="fold models from parse_train.py --folds")
    parser.add_argument("--model", type=Path, default=accuracy.MODEL_PATH)
    parser.add_argument("--field", action="append", default=[],
                        help="a field of parse_accuracy.FIELDS (default: title, container)")
    parser.add_argument("--examples", type=int, default=3, help="strings shown per class")
    args = parser.parse_args()
    accuracy.MODEL[0] = args.model
    folders = args.data or sorted(accuracy.SHARED.glob("refstrings-*"))
    folders = [f for f in folders if (f / "refstrings.jsonl").is_file()]
    if not folders:
        print(f"skipped: no refstrings.jsonl under {args.data or accuracy.SHARED}")
        return 0
    fold_models = accuracy.load_folds(args.folds)
    summary: dict[str, dict[str, Any]] = {}
    for folder in folders:
        name = folder.name.removeprefix("refstrings-")
        for field in args.field or ["title", "container"]:
            found = misses(folder / "refstrings.jsonl", fold_models, field)
            if found or not fold_models:
                summary.setdefault(name, {})[field] = report(name, field, found, args.examples)
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
