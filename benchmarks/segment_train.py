"""Fits the line-boundary weights of claimcheck.ingest.boundary (a logistic regression).

Usage:
    python benchmarks/segment_train.py            # prints WEIGHTS to paste into boundary.py

Training data: the TUNING groups (crc32(group) % 4 != 0, as benchmarks/segment_accuracy.py
splits them) of the AnyStyle (BSD-2), GROBID (Apache-2.0) and JATS mixed-citation (CC BY)
strings, cut into lists of 40 and hard-wrapped at 72 and 100 columns, and "ragged" (each line's
width drawn from width-8..width+4, as PDF text with a proportional font is, and one line in 25
broken early, as PDF extraction does at a font change or before a DOI). Every line after
the first of a list is one example: does it start an entry? Features: boundary.features, with
the entry so far taken from the gold split. Never trained on excite or parscit (GPL / LGPL;
measuring only). Fitting: identical feature rows pooled, L2 (lambda 1e-3), gradient descent.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from claimcheck.ingest.boundary import FEATURES, features
from claimcheck.ingest.layout import Layout, Line, decide, read_lines
from segment_accuracy import LAYOUTS, SHARED, Lines, load

TRAIN_SETS = ("anystyle", "grobid", "jats-mixed")
TRAIN_LAYOUTS = ("wrap72", "wrap100", "ragged72", "ragged100")


def examples(lines: Lines) -> list[tuple[tuple[float, ...], int]]:
    """(features, starts) for every line after the first of one list."""
    parsed = read_lines([(k + 1, text) for k, (text, _) in enumerate(lines)])
    decided = decide(parsed)
    layout = Layout("wrapped", decided.width, None)
    out = []
    entry, size = "", 0
    prev: Line | None = None
    prev_owner = -1
    for line, (_, owner) in zip(parsed, lines, strict=True):
        if line is None or line.furniture:
            continue
        if prev is not None:
            values = features(layout, entry, size, prev, line)
            start = int(owner != prev_owner)
            out.append((tuple(round(v, 1) for v in values), start))
        if prev is None or owner != prev_owner:
            entry, size = line.text, 1
        else:
            entry, size = f"{entry} {line.text}", size + 1
        prev, prev_owner = line, owner
    return out


def fit(rows: Counter[tuple[tuple[float, ...], int]], steps: int = 1500) -> list[float]:
    weights = [0.0] * len(FEATURES)
    total = sum(rows.values())
    rate, l2 = 2.0, 1e-3
    for _ in range(steps):
        grad = [l2 * w for w in weights]
        for (x, y), n in rows.items():
            z = sum(w * v for w, v in zip(weights, x, strict=True))
            p = 1 / (1 + math.exp(-max(min(z, 30), -30)))
            for i, v in enumerate(x):
                grad[i] += n * (p - y) * v / total
        weights = [w - rate * g for w, g in zip(weights, grad, strict=True)]
    return weights


def main() -> int:
    if not SHARED.is_dir():
        print("../shared/data is not present; nothing to train on")
        return 0
    rows: Counter[tuple[tuple[float, ...], int]] = Counter()
    for name in TRAIN_SETS:
        refs = load(name, "tune")
        for k in range(0, len(refs), 40):
            for layout in TRAIN_LAYOUTS:
                rows.update(examples(LAYOUTS[layout](refs[k : k + 40])))
    print(f"{sum(rows.values())} boundaries, {len(rows)} distinct rows", file=sys.stderr)
    weights = fit(rows)
    right = sum(n for (x, y), n in rows.items()
                if (sum(w * v for w, v in zip(weights, x, strict=True)) > 0) == bool(y))
    print(f"training accuracy {right / sum(rows.values()):.4f}", file=sys.stderr)
    for name, w in zip(FEATURES, weights, strict=True):
        print(f"  {name:<22}{w:+.2f}", file=sys.stderr)
    print("WEIGHTS = (" + ", ".join(f"{w:.2f}" for w in weights) + ")")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
