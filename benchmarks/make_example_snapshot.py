"""Makes examples/colla2021/crossref-snapshot.jsonl from ../shared/data/seed-crossref/.

The seed records carry two fields Crossref never sends, `x-provenance` and `x-gold-key` (an
evaluation label that must not leak into the example); every `x-` field is removed, the rest
is copied unchanged, one `work` message per line.

    .venv/bin/python benchmarks/make_example_snapshot.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO.parent / "shared" / "data" / "seed-crossref" / "records.jsonl"
TARGET = REPO / "examples" / "colla2021" / "crossref-snapshot.jsonl"


def strip_private_fields(message: dict[str, object]) -> dict[str, object]:
    """The message without the `x-...` fields that are not part of Crossref's schema."""
    return {key: value for key, value in message.items() if not key.startswith("x-")}


def make_snapshot(seed: Path = SEED, target: Path = TARGET) -> int:
    lines = [line for line in seed.read_text(encoding="utf-8").splitlines() if line.strip()]
    messages = [strip_private_fields(json.loads(line)) for line in lines]
    text = "".join(json.dumps(m, ensure_ascii=False) + "\n" for m in messages)
    target.write_text(text, encoding="utf-8")
    return len(messages)


if __name__ == "__main__":
    if not SEED.is_file():
        sys.exit(f"seed records not found: {SEED}")
    print(f"{make_snapshot()} records -> {TARGET.relative_to(REPO)}")
