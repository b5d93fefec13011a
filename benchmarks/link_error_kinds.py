"""Errors of `link_accuracy.py` counted by kind, with no text shown: safe on the check half.

`link_errors.py` prints every error with its text, for reading the tune half. This script
prints only how many false and missed links there are of each kind, per citation style, so
the check half (our stand-in for held-out articles) can say what kind of error it holds
without anyone reading its strings. Kinds come from the printed form alone:

- missed links: "other target" (we found a callout there, linked elsewhere), or, where no
  callout was found, what the gold group touches: "glued to digit" ("RO229"), "glued to
  capital" ("WT44"), "glued to lower-case", "glued to punctuation", "in brackets", "in
  parentheses", "spaced", "name form" (letters inside the group: author-year), and
  "article read as nothing" when no callout at all was found in the article;
- false links: "other target" (a gold group is there), or "no gold group" by the form of our
  callout: "number", "name and year", "year only", "no year", and where it sits (before the
  first gold group, in parentheses, one of several targets, an entry the gold never cites).

Name forms and unlinked callouts carry masked features (`link_error_names.py`): cases of
hyphen parts, whether the list knows the name, whether a raw entry prints it, whether the
year is one off; a refused parenthesis says which notation test refused it.

    python benchmarks/link_error_kinds.py [--data DIR] [--half tune|check] [--wrap N]
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
from claimcheck.citations.entries import entries_of
from claimcheck.citations.equations import equation_labels
from claimcheck.citations.glued_words import evidence_of
from claimcheck.citations.notation import (
    _value_range,
    glued_style,
    is_label,
    is_math,
    markers,
    spaced_outliers,
)
from claimcheck.citations.numeric import _BRACKET, _PAREN, _bracket_groups
from claimcheck.citations.spans import enclosing_parens
from claimcheck.citations.superscripts import _GLUED, _kind, superscripts
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
from link_error_names import name_form_why, unlinked


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--half", choices=("tune", "check"))
    parser.add_argument("--wrap", type=int, default=0, help="as in link_accuracy.py")
    args = parser.parse_args()
    articles = sorted(p.parent for p in args.data.glob("articles/*/gold-citations.jsonl"))
    totals: dict[str, Counter[str]] = {}
    for folder in select_half(articles, args.half):
        style = json.loads((folder / "meta.json").read_text(encoding="utf-8"))["citation_style"]
        totals.setdefault(style, Counter()).update(kinds(folder, args.wrap))
    for style, counts in sorted(totals.items()):
        for kind, n in sorted(counts.items(), key=lambda kv: (kv[0][:2], -kv[1])):
            print(f"{style:12} {kind:32} {n}")
    print(json.dumps({s: dict(c) for s, c in totals.items()}, sort_keys=True))
    return 0


def kinds(folder: Path, wrap: int = 0) -> Counter[str]:
    document = load_document(folder / "article.txt")
    if wrap:
        document = split_document(_wrapped(folder, document.text, wrap), str(folder))
    body = document.body
    references = parse_entries(document.entries)
    gold_ids = _gold_ids(folder, references, document.text)
    gold = _jsonl(folder / "gold-citations.jsonl")
    found = extract_claims(body, references)
    entries = entries_of(references)
    links = [((c.start, c.end), gold_ids.get(rid, rid) or rid, c.text)
             for claim in found.claims for c in claim.citations for rid in c.reference_ids]
    shared = Counter(span for span, _, _ in links)
    cited = {target for _, target in _gold_links(gold)}
    gold_links = _gold_links(gold)
    free = list(range(len(gold_links)))
    counts: Counter[str] = Counter()
    for span, target, text in links:
        hit = next((i for i in free if gold_links[i][1] == target
                    and _overlap(gold_links[i][0], span)), None)
        if hit is not None:
            free.remove(hit)
        elif any(_overlap(_group(g), span) for g in gold):
            counts["FP other target"] += 1
        else:
            where = _where(body, span, gold, shared[span] > 1, target in cited)
            counts["FP no gold group: " + _form(text) + where] += 1
    for i in free:
        span = gold_links[i][0]
        if any(_overlap(s, span) for s, _, _ in links):
            counts["FN other target"] += 1
        elif ours := [c for c in found.callouts if _overlap((c.start, c.end), span)]:
            counts["FN found, linked to nothing" + unlinked(ours[0], entries)] += 1
        elif not found.callouts:
            counts["FN article read as nothing"] += 1
        else:
            kind = _missed(body, _group_of(gold, span), len(references))
            if kind.startswith("name form"):
                kind += name_form_why(body, _group_of(gold, span), entries)
            counts[f"FN {kind}, read as {_read_as(body, found.callouts)}"] += 1
    return counts


def _where(body: str, span: Span, gold: list[dict[str, Any]], shared: bool, cited: bool) -> str:
    """Where a false link with no gold group sits: before the first gold group (an abstract),
    one of several targets (ambiguous), in parentheses, and whether gold cites the entry."""
    first = min((_group(g)[0] for g in gold), default=0)
    where = " (before the first gold group)" if span[0] < first else ""
    where += " (one of several targets)" if shared else ""
    where += " (in parentheses)" if enclosing_parens(body, span[0]) else ""
    return where + (" (entry cited elsewhere in gold)" if cited else " (entry not in gold)")


def _read_as(body: str, callouts: Any) -> str:
    """The numeric form we read the article in, from the character before our callouts."""
    forms = Counter(
        {"[": "brackets", "(": "parentheses"}.get(body[c.start - 1 : c.start], "other")
        for c in callouts if c.style == "numeric"
    )
    return forms.most_common(1)[0][0] if forms else "author-year"


def _group_of(gold: list[dict[str, Any]], span: Span) -> Span:
    return next((_group(g) for g in gold if _overlap(_group(g), span)), span)


def _missed(body: str, span: Span, count: int) -> str:
    text = body[span[0] : span[1]]
    before = body[span[0] - 1 : span[0]]
    if re.search(r"[^\W\d_]{2}", text):
        return f"name form shaped {_shape(text)}"
    plain = "" if re.fullmatch(r".[\d\s,;–\-]+.", text) else f" shaped {_shape(text)}"
    if text.startswith("["):
        return "in brackets" + plain + _bracket_why(body, span)
    if text.startswith("("):
        return "in parentheses" + plain + _paren_why(body, span)
    if not before.isspace() and before not in "[(":
        return _glued(body, span) + _why(body, span, count)
    return "spaced"


def _bracket_why(body: str, span: Span) -> str:
    """Whether the bracket reader matched the group, and what notation test refused it."""
    match = _BRACKET.search(body, span[0], span[1])
    if match is None:
        return " (not matched)"
    glued_ok = glued_style(body, _bracket_groups(body))
    if is_math(body, match.start(), match.end(), glued_ok):
        glued = body[match.start() - 1 : match.start()].isalnum()
        return " (notation, glued)" if glued else " (notation)"
    if is_label(body, match.start(), match.end()):
        return " (label)"
    return " (matched)"


def _paren_why(body: str, span: Span) -> str:
    """Which test refused a parenthesised group: list marker, outlier, notation or label."""
    groups = [(m.start(), m.end()) for m in _PAREN.finditer(body)]
    index = next((i for i, g in enumerate(groups) if _overlap(g, span)), None)
    if index is None:
        return " (not matched)"
    start, end = groups[index]
    if index in markers(body, groups, equation_labels(body).starts):
        return " (list marker)"
    if index in spaced_outliers(body, groups):
        return " (spaced outlier)"
    if is_math(body, start, end, glued_style(body, groups)):
        return " (notation" + _math_why(body, start, end) + ")"
    return " (label)" if is_label(body, start, end) else " (matched)"


def _math_why(body: str, start: int, end: int) -> str:
    """Which notation test a parenthesis met: glued, an operator after or before, a spread."""
    before = body[start - 1 : start]
    if is_math(body, start, end, glued_ok=True):
        after = re.match(r"[ \u00a0]*[=<>≤≥≈≠±×÷∼~^*/+]", body[end : end + 4])
        spread = _value_range(body, start, end)
        return ", operator after" if after else ", a value's spread" if spread else \
            ", operator before"
    kind = "digit" if before.isdigit() else "capital" if before.isupper() else \
        "lower-case" if before.isalpha() else "mark"
    return f", glued to a {kind}"


def _glued(body: str, span: Span) -> str:
    before = body[span[0] - 1 : span[0]]
    if before.isdigit():
        return "glued to digit"
    if before.isupper():
        return "glued to capital"
    if before.isalpha():
        return "glued to lower-case"
    return "glued to punctuation"


def _why(body: str, span: Span, count: int) -> str:
    """Why the superscript reader passed the digits by: no glued match, its kind, or order."""
    match = next((m for m in _GLUED.finditer(body, max(0, span[0] - 40))
                  if _overlap(m.span("list"), span)), None)
    if match is None:
        return f" (not matched, then {_shape(body[span[1] : span[1] + 2])!r})"
    kind = _kind(body, match.span("list"), evidence_of(body)) or "never"
    numbers = [int(n) for n in re.findall(r"\d+", match.group("list"))]
    believed = [int(n) for s, e in superscripts(body, count) for n in re.findall(r"\d+", body[s:e])]
    top = max(believed, default=0)
    order = "past the list" if max(numbers) > count else (
        "out of order, above the last believed" if max(numbers) > top else "out of order")
    return f" ({kind}, {order})" if kind != "never" else " (never)"


def _shape(text: str) -> str:
    """The printed form with every digit run and letter run masked: "[9]–[9]", "[9, a. 9]"."""
    masked = re.sub(r"[^\W\d_]+", "a", re.sub(r"\d+", "9", text))[:24]
    return "".join(c if c.isascii() or c in "–—•" else f"<U+{ord(c):04X}>" for c in masked)


def _form(text: str) -> str:
    if re.fullmatch(r"[\d\s,–\-]+", text):
        return "number"
    if re.search(r"[^\W\d_]{2}", text):
        return "name and year" if re.search(r"\d{4}", text) else "no year"
    return "year only"


if __name__ == "__main__":
    sys.exit(main())
