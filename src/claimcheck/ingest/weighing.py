"""The weight tables of the segmenter's two logistic regressions, read and applied.

`boundary` (one line boundary) and `rescore` (an uncertain boundary, by the entries on both
sides) each ship a JSON table of one weight a cue, fitted by a script in `benchmarks/`. A
missing table is an error, not an empty table: the segmenter never runs without its weights.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType


def read_table(path: Path) -> Mapping[str, float]:
    """The weight of every cue in the table at `path` (positive: starts an entry)."""
    table: dict[str, float] = json.loads(path.read_text(encoding="utf-8"))
    return MappingProxyType(table)


def weigh(table: Mapping[str, float], cues: Mapping[str, float]) -> float:
    """The cues' weighed sum (a log-odds; a cue the table lacks weighs nothing)."""
    return sum(table.get(key, 0.0) * value for key, value in cues.items())
