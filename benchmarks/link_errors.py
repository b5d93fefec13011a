"""Every false and missed link of `link_accuracy.py`, with the text around it, for error analysis.

Runs the same pipeline and pairing as `link_accuracy.py` on one half of a set and prints,
per article, each predicted link no gold link pairs with ("FP": the printed callout, the
entry it was linked to, the gold group overlapping it if any) and each gold link no
prediction pairs with ("FN": the gold xref text, its target, what we found there instead).
Use it on the tune half only; the check half is for the figures, never for reading.

Usage: python benchmarks/link_errors.py [--data DIR] [--half tune] [--article NAME] [--wrap N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from claimcheck.citations import extract_claims
from claimcheck.ingest import load_document
from claimcheck.ingest.plaintext import split_document
from claimcheck.parse import parse_entries
from link_accuracy import (
    DEFAULT,
    Span,
    _gold_ids,
    _gold_links,
    _group,
    _jsonl,
    _overlap,
    _wrapped,
    select_half,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--half", choices=("tune", "check"), default="tune")
    parser.add_argument("--article", help="only this article (folder name)")
    parser.add_argument("--wrap", type=int, default=0, help="as in link_accuracy.py")
    args = parser.parse_args()
    articles = sorted(p.parent for p in args.data.glob("articles/*/gold-citations.jsonl"))
    for folder in select_half(articles, args.half):
        if args.article and folder.name != args.article:
            continue
        for line in errors(folder, args.wrap):
            print(f"{folder.name:24} {line}")
    return 0


def errors(folder: Path, wrap: int = 0) -> list[str]:
    document = load_document(folder / "article.txt")
    if wrap:
        document = split_document(_wrapped(folder, document.text, wrap), str(folder))
    body = document.body
    references = parse_entries(document.entries)
    gold_ids = _gold_ids(folder, references, document.text)
    gold = _jsonl(folder / "gold-citations.jsonl")
    found = extract_claims(body, references)
    links = [
        ((cit.start, cit.end), gold_ids.get(rid, rid) or rid, cit.text)
        for claim in found.claims for cit in claim.citations for rid in cit.reference_ids
    ]
    unlinked = [(c.start, c.end) for c in found.callouts
                if not any(c.start == s and c.end == e for (s, e), _, _ in links)]
    gold_links = _gold_links(gold)
    free = list(range(len(gold_links)))
    lines = []
    for span, target, text in links:
        hit = next((i for i in free if gold_links[i][1] == target
                    and _overlap(gold_links[i][0], span)), None)
        if hit is None:
            group = _gold_at(gold, span)
            lines.append(f"FP {text!r} -> {target} | gold {group} | {_context(body, span)}")
        else:
            free.remove(hit)
    for i in free:
        span, target = gold_links[i]
        ours = [t for s, t, _ in links if _overlap(s, span)]
        lines.append(f"FN {body[span[0]:span[1]]!r} -> {target} | ours {ours} | "
                     f"{_context(body, span)}")
    lines += [f"UNLINKED {_context(body, s)}" for s in unlinked]
    return lines


def _gold_at(gold: list[dict[str, Any]], span: Span) -> str:
    hits = {g["group_text"]: g["group_targets"] for g in gold if _overlap(_group(g), span)}
    return str(hits) if hits else "-"


def _context(body: str, span: Span, width: int = 60) -> str:
    left = body[max(0, span[0] - width) : span[0]]
    right = body[span[1] : span[1] + width // 2]
    return (left + "«" + body[span[0] : span[1]] + "»" + right).replace("\n", "⏎")


if __name__ == "__main__":
    sys.exit(main())
