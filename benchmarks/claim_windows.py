"""Sentence splitting and claim extent, measured on Citation-Integrity citation contexts.

Each window of ../shared/data/citation-context-citint/contexts.jsonl is a run of sentences
from a citing article, one of them holding a <CITATION_MARKER>, with a 0/1 label per sentence
saying whether it belongs to the claim the citation supports. Two figures:

- sentence boundaries: the window's sentences are joined with single spaces and split again
  by `claimcheck.citations.sentences.split_units`; precision/recall of the boundaries found
  against the dataset's own sentence boundaries;
- claim extent: claimcheck's claim is the sentence (or clause) holding the callout; precision
  and recall of that one sentence against the sentences labelled as the citation context.

Usage: python benchmarks/claim_windows.py [--data FILE]; ends with one line of JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from claimcheck.citations.sentences import split_units

DEFAULT = (
    Path(__file__).resolve().parents[1].parent
    / "shared" / "data" / "citation-context-citint" / "contexts.jsonl"
)
MARKER = "<CITATION_MARKER>"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    args = parser.parse_args()
    if not args.data.exists():
        print(f"skipped: no citation-context data at {args.data}")
        print(json.dumps({"skipped": True}))
        return 0
    counts: Counter[str] = Counter()
    for line in args.data.open(encoding="utf-8"):
        window = json.loads(line)
        sentences = [s.replace(MARKER, "").replace("</CITATION_MARKER>", "")
                     for s in window["sentences"]]
        counts.update(_boundaries(sentences))
        counts.update(_extent(window["sentences"], window["labels"]))
    figures = {
        "windows": counts["windows"],
        "boundary_precision": _ratio(counts["boundary_right"], counts["boundary_found"]),
        "boundary_recall": _ratio(counts["boundary_right"], counts["boundary_gold"]),
        "claim_precision": _ratio(counts["claim_right"], counts["claim_found"]),
        "claim_recall": _ratio(counts["claim_right"], counts["claim_gold"]),
    }
    for name, value in figures.items():
        print(f"{name:20} {value}")
    print(json.dumps(figures, sort_keys=True))
    return 0


def _boundaries(sentences: list[str]) -> Counter[str]:
    text = " ".join(s.strip() for s in sentences)
    gold, position = set(), 0
    for sentence in sentences[:-1]:
        position += len(sentence.strip()) + 1
        gold.add(position)
    found = {u.start for u in split_units(text) if u.start > 0}
    return Counter(
        windows=1, boundary_gold=len(gold), boundary_found=len(found),
        boundary_right=len(gold & found),
    )


def _extent(sentences: list[str], labels: list[int]) -> Counter[str]:
    """The claim is only the marked sentence; the gold context may reach its neighbours."""
    marked = {i for i, s in enumerate(sentences) if MARKER in s}
    gold = {i for i, label in enumerate(labels) if label}
    return Counter(claim_found=len(marked), claim_gold=len(gold), claim_right=len(marked & gold))


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


if __name__ == "__main__":
    sys.exit(main())
