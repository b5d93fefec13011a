"""A dev set of note strings changed in the ways CSL note styles seldom print them.

Usage:
    python benchmarks/notes_mutations.py --source /tmp/notes21-dev --source /tmp/styles20-dev \\
        --out /tmp/notes22-mut --seed 2222
    python benchmarks/parse_accuracy.py --data /tmp/notes22-mut --by mutation --show title

Why: session 21 found that no note rule written on the dev sets changed a held-out note
string: the dev sets are printed by citeproc-py from the CSL styles, and so hold the forms
those styles print (inverted initials, a year alone, a journal after the title), while the
held-out styles and real humanities notes print other forms. Each record of a labelled dev
set (`string`, `spans`, `fields`; only its note-style records) is changed by one or two of
the changes in `notes_changes.CHANGES` (names reordered or in capitals, a full date, a
translator or editor after the title, "in:" before the container, quotation marks inside
the title, a page cue, a series, a roman volume, a short form), the spans moved and the
gold fields changed with the text, so the set stays labelled. A seed makes it the same set
each run. It is a dev set: its records come from dev sets, to be read freely.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

from notes_changes import CHANGES


def _records(sources: list[Path]) -> list[dict[str, Any]]:
    out = []
    for source in sources:
        with (source / "refstrings.jsonl").open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if record.get("citation_format", "note") == "note" and record.get("spans"):
                    out.append(record)
    return out


def mutated(record: dict[str, Any], others: list[dict[str, Any]], rng: random.Random
            ) -> dict[str, Any] | None:
    """`record` with one or two changes applied, or None when none applies to it."""
    names = list(CHANGES)
    rng.shuffle(names)
    wanted = 1 if rng.random() < 0.6 else 2
    done: list[str] = []
    for name in names:
        changed = CHANGES[name](record, rng.choice(others), rng)
        if changed is not None:
            record = changed
            done.append(name)
        if len(done) == wanted:
            break
    if not done:
        return None
    return {**record, "mutation": done[0], "mutations": done}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, action="append", required=True,
                        help="a labelled dev set's folder (repeatable)")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=2222)
    parser.add_argument("--count", type=int, default=2000)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    records = _records(args.source)
    rng.shuffle(records)
    args.out.mkdir(parents=True, exist_ok=True)
    written = 0
    with (args.out / "refstrings.jsonl").open("w", encoding="utf-8") as handle:
        for record in records:
            changed = mutated(record, records, rng)
            if changed is None:
                continue
            changed["id"] = f"mut22:{record.get('id', written)}"
            handle.write(json.dumps(changed, ensure_ascii=False) + "\n")
            written += 1
            if written == args.count:
                break
    print(f"{written} changed note strings -> {args.out}/refstrings.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())
