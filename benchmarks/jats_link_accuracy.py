"""Callout linking from JATS XML input: claimcheck reads each article's source.xml and its
links (callout text, cited XML id) are scored against gold-citations.jsonl.

A gold link is one (callout text, target id) pair of a `<xref ref-type="bibr">` that lands in
the article's text; ours are the citations of our claims, their reference ids mapped back to
XML ids through the input's own keys. Pairs are compared as multisets per article (offsets
differ because our rendering of the XML is not the gold article.txt). Implied range members
("[2]–[4]" and an xref printing "1–3" also cite the references in between) are scored
apart: gold takes them from `group_targets`, ours are the ids a citation carries beyond the
keys its xref names; both are multisets of (article, "implied", target). The figures
"overall" count both kinds, "named" only what the xrefs name.

    python benchmarks/jats_link_accuracy.py [--data DIR] [--half tune|check]

`--half` takes one half of the set, split as in link_accuracy.py.

Ends with one line of JSON holding the figures.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from claimcheck.ingest import Document, load_document
from claimcheck.pipeline.check import CheckOptions, check_document, references_of

sys.path.insert(0, str(Path(__file__).resolve().parent))
from link_accuracy import select_half

_IMPLIED = "(implied by a range)"
DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "jats-articles"


def gold_links(folder: Path) -> Counter[tuple[str, str]]:
    links: Counter[tuple[str, str]] = Counter()
    named: dict[str, set[str]] = {}
    groups: dict[str, list[str]] = {}
    for line in (folder / "gold-citations.jsonl").read_text(encoding="utf-8").splitlines():
        citation = json.loads(line)
        for target in citation["targets"]:
            links[(" ".join(citation["text"].split()), target)] += 1
        named.setdefault(citation["group_id"], set()).update(citation["targets"])
        groups[citation["group_id"]] = citation["group_targets"]
    for group, targets in groups.items():
        for target in targets:
            if target not in named[group]:
                links[(_IMPLIED, target)] += 1
    return links


def our_links(folder: Path) -> Counter[tuple[str, str]]:
    return document_links(load_document(folder / "source.xml"))


def document_links(document: Document, implied: bool = True) -> Counter[tuple[str, str]]:
    """(callout text, cited key) for each marked callout linked to its own key; with
    `implied`, also each key a callout names that its markup does not (a range's middle)."""
    references = references_of(document)
    report = check_document(document, references, CheckOptions(parts=frozenset({"claims"})))
    key_of = {ref.id: key for ref, key in zip(references, document.entry_keys, strict=True)}
    marked_keys = {m.start: m.keys for m in document.marked}
    links: Counter[tuple[str, str]] = Counter()
    for claim in report.claims:
        for citation in claim.citations:
            named = {key_of[i] for i in citation.reference_ids}
            text = " ".join(citation.text.split())
            own = marked_keys.get(citation.start, ())
            for key in own:
                if key in named:
                    links[(text, key)] += 1
            if implied:
                for key in named - set(own):
                    links[(_IMPLIED, key)] += 1
    return links


def _named(links: Counter[tuple[str, ...]]) -> Counter[tuple[str, ...]]:
    return Counter({k: v for k, v in links.items() if _IMPLIED not in k})


def score(gold: Counter[tuple[str, str]], ours: Counter[tuple[str, str]]) -> dict[str, float]:
    hits = sum((gold & ours).values())
    precision = hits / max(1, sum(ours.values()))
    recall = hits / max(1, sum(gold.values()))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "gold": sum(gold.values()), "ours": sum(ours.values())}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--half", choices=("tune", "check"), help="one half of the set")
    args = parser.parse_args()
    articles = sorted(p for p in (args.data / "articles").glob("*") if (p / "source.xml").is_file())
    articles = select_half(articles, args.half)
    if not articles:
        print(f"no articles under {args.data}; skipped")
        print(json.dumps({"skipped": True}))
        return 0
    total_gold: Counter[tuple[str, str]] = Counter()
    total_ours: Counter[tuple[str, str]] = Counter()
    per_article = {}
    for folder in articles:
        gold, ours = gold_links(folder), our_links(folder)
        per_article[folder.name] = score(gold, ours)
        print(f"{folder.name:28} {per_article[folder.name]}")
        total_gold += Counter({(folder.name, *k): v for k, v in gold.items()})
        total_ours += Counter({(folder.name, *k): v for k, v in ours.items()})
    overall = score(total_gold, total_ours)  # type: ignore[arg-type]
    named = score(_named(total_gold), _named(total_ours))  # type: ignore[arg-type]
    print(f"{'named':28} {named}")
    print(f"{'overall':28} {overall}")
    print(json.dumps({"overall": overall, "named": named, "articles": per_article}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
