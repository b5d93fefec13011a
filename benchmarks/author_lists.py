"""Whole author lists: how many parsed lists equal the gold's, on the JATS article sets.

A reference's author list is right when the parser's family names, in order, equal the gold
`authors` of ../shared/data/jats-articles*/articles/*/gold-references.jsonl (folded with
`text.fold_words`; a collaboration counts by its name). Gold entries without authors or
without fields (`unstructured`) are skipped. The strings are the gold's own (the XML's text,
whose person-groups print names without separators: "Morrato EHHill JOWyatt HR"), so the
figure measures how the parser reads names run together as well as ordinary lists.

    python benchmarks/author_lists.py [--data DIR ...] [--show N]

Prints, per set, the lists equal to the gold / judged, and with --show the first N misses
of each article.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from claimcheck.parse import parse_string
from claimcheck.text import fold_words

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"


def gold_families(gold: dict[str, object]) -> list[str]:
    people = gold.get("authors") or []
    return [fold_words(p.get("family") or p.get("collab") or "")
            for p in people if isinstance(p, dict)]  # type: ignore[union-attr]


def measure(folder: Path, show: int) -> tuple[int, int]:
    right = judged = 0
    shown: Counter[str] = Counter()
    for path in sorted(folder.glob("articles/*/gold-references.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            gold = json.loads(line)
            expected = gold_families(gold)
            if not expected or gold.get("kind") == "unstructured":
                continue
            judged += 1
            got = [fold_words(a.family) for a in parse_string(gold["string"]).authors]
            right += got == expected
            article = path.parent.name
            if got != expected and shown[article] < show:
                shown[article] += 1
                print(f"  {article}: {gold['string'][:100]}\n"
                      f"    got {got[:4]}, gold {expected[:4]}")
    return right, judged


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", action="append", type=Path)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    for folder in args.data or [SHARED / "jats-articles", SHARED / "jats-articles-more"]:
        right, judged = measure(folder, args.show)
        print(f"{folder.name}: author lists equal to the gold {right} of {judged} "
              f"({right / max(judged, 1):.2%})")


if __name__ == "__main__":
    main()
