"""Every false and missed link of `callout_styles.py` in one style, with the text around it.

For error analysis of the re-typeset styles: per article, each predicted link no gold link
pairs with ("FP": the callout, the start of the entry it was linked to) and each gold link
no prediction pairs with ("FN": the gold span, the start of its entry, what we found there).
Use it on the tune half and jats-articles; the check half is for the figures.

    python benchmarks/callout_style_errors.py --style S [--data DIR] [--half tune] [--wrap N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from callout_render import read_article
from callout_styles import DEFAULT, STYLES, typeset_and_read
from link_accuracy import Span, _overlap, select_half


def errors(folder: Path, style: str, wrap: int = 0) -> list[str]:
    article = read_article(folder)
    if article is None:
        return []
    text, gold, lines, found, to_gold = typeset_and_read(article, style, wrap)
    heads = {lines[n]: line[:60] for n, line in enumerate(text.split("\n"), 1) if n in lines}
    cites = [c for claim in found.claims for c in claim.citations]
    links = [((c.start, c.end), to_gold.get(rid, rid)) for c in cites for rid in c.reference_ids]
    free = list(gold)
    false = []
    for span, target in links:
        hit = next((g for g in free if g[1] == target and _overlap(g[0], span)), None)
        if hit is None:
            false.append((span, target))
        else:
            free.remove(hit)

    def show(span: Span) -> str:
        before, after = text[max(0, span[0] - 40):span[0]], text[span[1]:span[1] + 30]
        return f"{before}«{text[span[0]:span[1]]}»{after}".replace("\n", "⏎")

    out = [f"FP {heads.get(t, t)!r} | {show(s)}" for s, t in false]
    for span, target in free:
        there = [c for c in cites if _overlap((c.start, c.end), span)]
        got = ",".join(heads.get(to_gold.get(r, r), r)[:25] for c in there
                       for r in c.reference_ids) or ("found, unlinked" if there else "none")
        out.append(f"FN {heads.get(target, target)[:40]!r} got [{got}] | {show(span)}")
    return [f"{article.name:28} {line}" for line in out]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--half", choices=("tune", "check"))
    parser.add_argument("--style", choices=STYLES, required=True)
    parser.add_argument("--limit", type=int, default=0, help="at most N lines per article")
    parser.add_argument("--wrap", type=int, default=0, help="break the body's lines first")
    args = parser.parse_args()
    folders = select_half(sorted(p.parent for p in args.data.glob("articles/*/source.xml")),
                          args.half)
    for folder in folders:
        lines = errors(folder, args.style, args.wrap)
        print("\n".join(lines[: args.limit or None]) if lines else "", end="\n" if lines else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
