"""Callout detection and callout-to-reference linking, measured on JATS-derived gold.

Runs the real pipeline (ingest -> parse -> citations) on each `articles/<name>/article.txt`
of a jats-articles folder (default: ../shared/data/jats-articles beside the repository) and
compares with `gold-citations.jsonl`.

How spans are compared (gold callouts are the printed text of each JATS <xref>):
- detection recall: a gold callout is found when some predicted callout overlaps its span;
- detection precision: a predicted callout is right when it overlaps a gold citation group
  (the gold `group_start`/`group_end`, i.e. the bracket or parenthesis around the xrefs);
- links: a gold link is (gold callout span, target) for each target of each xref, plus
  (group span, target) for targets a range implies ("[2]–[4]" implies 3) that no xref
  names; targets missing from the list (`targets_known` false) are left out. A predicted
  link is (callout span, reference id mapped to the gold id by the entry's line, else its
  position). Predicted and gold links are paired one-to-one when the targets are equal and
  the spans overlap; precision = pairs / predicted links, recall = pairs / gold links.
  An ambiguous callout predicts one link per candidate, so ambiguity costs precision.

`--half tune` / `--half check` splits a set in two by callout form (meta.json
`callout_form`, else `citation_style`): within each form, articles sorted by name alternate
tune, check, tune, ... The check half of jats-articles-more is never looked at article by
article while rules are written, so its figures stay an honest held-out estimate.

`--wrap 80` breaks the body's lines at 80 columns first (a space becomes a line break, so
offsets stay), as text taken from a PDF is: callouts cut by a line break must still be read.

Usage: python benchmarks/link_accuracy.py [--data DIR] [--quiet] [--half tune|check] [--wrap N]
Prints one line per article, totals per style and overall, then one line of JSON.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from claimcheck.citations import extract_claims
from claimcheck.ingest import RawEntry, load_document
from claimcheck.ingest.plaintext import split_document
from claimcheck.model import Reference
from claimcheck.parse import parse_entries
from gold_audit import audit

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "jats-articles"
Span = tuple[int, int]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--quiet", action="store_true", help="totals and JSON only")
    parser.add_argument("--half", choices=("tune", "check"), help="one half of the set")
    parser.add_argument("--wrap", type=int, default=0,
                        help="break the body's lines at this width first, as a PDF would")
    parser.add_argument(
        "--raw-references", action="store_true",
        help="skip the reference parser: entries carry only their raw text and printed label",
    )
    parser.add_argument(
        "--audit", action="store_true",
        help="also score against the audited gold (gold_audit.py): gaps completed, "
             "xrefs that name another entry than the print set aside",
    )
    args = parser.parse_args()
    articles = sorted(p.parent for p in args.data.glob("articles/*/gold-citations.jsonl"))
    articles = select_half(articles, args.half)
    if not articles:
        print(f"skipped: no jats-articles data under {args.data}")
        print(json.dumps({"skipped": True}))
        return 0
    totals: dict[str, Counter[str]] = {"author-year": Counter(), "numeric": Counter()}
    for folder in articles:
        style = json.loads((folder / "meta.json").read_text(encoding="utf-8"))["citation_style"]
        counts = measure(folder, args.raw_references, args.wrap, args.audit)
        totals.setdefault(style, Counter()).update(counts)
        if not args.quiet:
            print(f"{folder.name:24} {style:11} {_line(counts)}")
    overall = sum(totals.values(), Counter())
    figures = {name: _figures(c) for name, c in [*totals.items(), ("overall", overall)]}
    for name, values in figures.items():
        print(f"{name:36} " + " ".join(f"{k}={v}" for k, v in values.items()))
    if args.audit:
        figures.update(_audited(totals, overall))
    print(json.dumps(figures, sort_keys=True))
    return 0


def _audited(totals: dict[str, Counter[str]], overall: Counter[str]) -> dict[str, Any]:
    """Link figures against the audited gold (gold_audit.py), printed after the scored ones
    with what the audit changed, so neither figure stands without the other."""
    figures: dict[str, Any] = {}
    for name, c in [*totals.items(), ("overall", overall)]:
        audited = Counter({k.removeprefix("audit_"): v for k, v in c.items()
                           if k.startswith("audit_")})
        values = {k: v for k, v in _figures(audited).items() if k.startswith(("link", "gold"))}
        values.update({k: audited[k] for k in ("added", "wrong", "aside")})
        print(f"audited {name:28} " + " ".join(f"{k}={v}" for k, v in values.items()))
        figures[f"audited {name}"] = values
    return figures


def select_half(folders: list[Path], half: str | None) -> list[Path]:
    """Every folder, or one half: alternate folders of each callout form, sorted by name."""
    if half is None:
        return folders
    by_form: dict[str, list[Path]] = {}
    for folder in sorted(folders):
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        by_form.setdefault(meta.get("callout_form") or meta["citation_style"], []).append(folder)
    first = 0 if half == "tune" else 1
    return sorted(f for group in by_form.values() for f in group[first::2])


def measure(folder: Path, raw: bool = False, wrap: int = 0, audited: bool = False,
            ) -> Counter[str]:
    """Counts of one article; with `audited`, also against the audited gold (`_audit`)."""
    document = load_document(folder / "article.txt")
    if wrap:
        document = split_document(_wrapped(folder, document.text, wrap), str(folder))
    references = _raw(document.entries) if raw else parse_entries(document.entries)
    gold_ids = _gold_ids(folder, references, document.text)
    gold = _jsonl(folder / "gold-citations.jsonl")
    found = extract_claims(document.body, references)
    predicted = [(c.start, c.end) for c in found.callouts]
    links = [
        ((cit.start, cit.end), gold_ids.get(rid, rid))
        for claim in found.claims for cit in claim.citations for rid in cit.reference_ids
    ]
    counts: Counter[str] = Counter(
        gold_callouts=len(gold),
        found_gold=sum(any(_overlap((g["start"], g["end"]), p) for p in predicted) for g in gold),
        predicted=len(predicted),
        predicted_right=sum(any(_overlap(p, _group(g)) for g in gold) for p in predicted),
        predicted_links=len(links),
    )
    gold_links = _gold_links(gold)
    counts["gold_links"] = len(gold_links)
    counts["paired_links"] = _pairs(links, gold_links)
    if audited:
        counts.update(_audit(folder, gold, links, document.body))
    return counts


def _audit(folder: Path, gold: list[dict[str, Any]], links: list[tuple[Span, str]],
           body: str) -> Counter[str]:
    """Counts against the audited gold (gold_audit.py): links at xrefs set aside are not
    scored; `added` and `wrong` say what the audit changed."""
    audited, aside = audit(gold, _jsonl(folder / "gold-references.jsonl"), body)
    kept = [(s, t) for s, t in links if not any(_overlap(s, a) for a in aside)]
    audited_links = _gold_links(audited)
    return Counter(audit_predicted_links=len(kept), audit_gold_links=len(audited_links),
                   audit_paired_links=_pairs(kept, audited_links),
                   audit_aside=len(links) - len(kept), audit_wrong=len(aside),
                   audit_added=len(audited) + len(aside) - len(gold))


def _wrapped(folder: Path, text: str, width: int) -> str:
    """The body with a space turned into a line break wherever a line passes `width`, so
    every offset stays the same; the reference list is left as it is."""
    end = min((g["start"] for g in _jsonl(folder / "gold-references.jsonl")), default=len(text))
    chars = list(text)
    column = 0
    for i in range(end):
        column = 0 if chars[i] == "\n" else column + 1
        if chars[i] == " " and column > width:
            chars[i], column = "\n", 0
    return "".join(chars)


def _raw(entries: tuple[RawEntry, ...]) -> tuple[Reference, ...]:
    """References with no parsed fields: measures how far linking gets on raw text alone."""
    return tuple(
        Reference(id=f"ref{e.index}", index=e.index, line=e.line, raw=e.text,
                  label=m.group(1) if (m := re.match(r"\[?(\d{1,4})[.\]]\s", e.text)) else "")
        for e in entries
    )


def _gold_ids(folder: Path, references: tuple[Reference, ...], text: str) -> dict[str, str]:
    """Our reference id -> gold id, by the line the entry starts on, else by position."""
    gold = _jsonl(folder / "gold-references.jsonl")
    by_line = {text.count("\n", 0, g["start"]) + 1: g["id"] for g in gold}
    by_index = {g["index"]: g["id"] for g in gold}
    return {r.id: by_line.get(r.line, by_index.get(r.index, "")) for r in references}


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _gold_links(gold: list[dict[str, Any]]) -> list[tuple[Span, str]]:
    """(xref span, target) per known target, plus (group span, target) for range-implied ones."""
    links: list[tuple[Span, str]] = []
    named: dict[str, set[str]] = {}
    for g in gold:
        named.setdefault(g["group_id"], set()).update(g["targets"])
        if g["targets_known"]:
            links.extend(((g["start"], g["end"]), t) for t in g["targets"])
    seen: set[str] = set()
    for g in gold:
        if g["group_id"] in seen or not g["targets_known"]:
            continue
        seen.add(g["group_id"])
        implied = [t for t in g["group_targets"] if t not in named[g["group_id"]]]
        links.extend((_group(g), t) for t in implied)
    return links


def _group(g: dict[str, Any]) -> Span:
    return g["group_start"], g["group_end"]


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _pairs(predicted: list[tuple[Span, str]], gold: list[tuple[Span, str]]) -> int:
    """Greedy one-to-one pairing on equal target and overlapping span."""
    free: dict[str, list[Span]] = {}
    for span, target in gold:
        free.setdefault(target, []).append(span)
    paired = 0
    for span, target in predicted:
        spans = free.get(target, [])
        hit = next((s for s in spans if _overlap(s, span)), None)
        if hit is not None:
            spans.remove(hit)
            paired += 1
    return paired


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def _figures(c: Counter[str]) -> dict[str, float]:
    precision = _ratio(c["paired_links"], c["predicted_links"])
    recall = _ratio(c["paired_links"], c["gold_links"])
    f1 = round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0
    return {
        "callout_precision": _ratio(c["predicted_right"], c["predicted"]),
        "callout_recall": _ratio(c["found_gold"], c["gold_callouts"]),
        "link_precision": precision, "link_recall": recall, "link_f1": f1,
        "gold_links": c["gold_links"],
    }


def _line(c: Counter[str]) -> str:
    return " ".join(f"{k}={v}" for k, v in _figures(c).items())


if __name__ == "__main__":
    sys.exit(main())
