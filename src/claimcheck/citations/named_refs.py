"""Numbers named as references, and the parentheses that look so but name no work.

"as in ref. 12", "refs 3–5" in the running text and "(ref. 5)", "(refs 3,4; Fig. 2)",
"(ref. 3 and Fig. 1)" in a parenthesis (Nature's way beside its superscripts) cite in any
form, and those in a parenthesis give no vote for the parenthesis form. "(reference 1)"
may label a sample or a condition: it cites where parentheses cite, with no vote, unless
the article names three works or more so ("(reference 1)", "(references 2, 3)", ...: a
report's way of citing).

A parenthesis that looks so may label or hold values; its region ("(" to ")") then holds
no callout in any form:

- a label: the same singular spelling again inside it, "(Ref 1, Ref 2)", "(ref. 1 and ref.
  2, Table S1)" (sites, standards, materials); the spelling then labels throughout, "(Ref
  2)" and "highest in Ref. 2" too;
- a range of values: one work is "ref.", several "refs", so "(ref. 4–10)" and "(ref 12,
  16)" are a laboratory's reference range; and in an article that prints such ranges after
  its values ("14.2 × 10^9/L (ref. 4–10)"), a singular "(ref. 1; therapeutic 2–3)" after a
  value ("1.6", "mmol/L", "12%") is one too. Elsewhere "15% (ref. 39)" cites.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.citations.notation import CALLOUT_END, CHAIN, NUMBER_LIST
from claimcheck.citations.spaced_lists import opens_prose

Span = tuple[int, int]

# a wrapped line may break after "ref." as the parenthesised forms below allow
_NAMED = re.compile(
    rf"(?<![\w\[(])[Rr]ef(?:s\.?|\.)[ \u00a0\n]?(?P<list>{NUMBER_LIST}){CALLOUT_END}"
)
# the list read whole: "(refs 1 and 2 in Table 2)" is not "(refs 1" and more
_REF_PAREN = re.compile(rf"\([Rr]efs?\.?[ \u00a0\n]?(?P<list>(?>{NUMBER_LIST}))"
                        r"(?=\)|[;,][ \u00a0\n]|[ \u00a0\n]and[ \u00a0\n])")
_REFERENCE_PAREN = re.compile(rf"\([Rr]eferences?[ \u00a0\n]?(?P<list>{NUMBER_LIST})\)")
_REF_AGAIN = re.compile(
    r"[ \u00a0\n]*(?:[,;]|and)[ \u00a0\n]*(?:and[ \u00a0\n]+)?(?P<again>[Rr]efs?\.?)[ \u00a0\n]?\d"
)
# a measured value before the parenthesis: "1.6 (", "10^9/L (", "mmol/L (", "12% ("
_MEASURED = re.compile(r"(?:\d[.,]\d+|/[^\W\d]+|%|\^\d+)[ \u00a0\n]*$")
_LOOK_BACK = 24  # characters before the parenthesis looked at for the value
_CLOSING = re.compile(r"[^()\[\]\n]*\)")  # the parenthesis's rest, if it closes at once
_NUMBER = re.compile(r"\d{1,4}")
_LAST_ITEM = re.compile(r",[ \u00a0\n]+(\d{1,4})$")  # ", 13" ending a list
_REPORT = 3  # different works named "(reference N)" that make it a report's citation


@dataclass(frozen=True)
class NamedRefs:
    cued: frozenset[Span]  # "(ref. 5)" lists: citations in any form, no vote
    named: tuple[Span, ...]  # every list named as references that is no label or range
    refused: tuple[Span, ...]  # regions that hold no callout in any form, sorted, disjoint

    def refuses(self, start: int) -> bool:
        return _inside(start, self.refused)


def named_refs(body: str) -> NamedRefs:
    """The lists named as references in `body`, and the regions refused (module docstring)."""
    found, labels, refused, valued = [], set(), [], []
    for m in _REF_PAREN.finditer(body):
        spelling = body[m.start() + 1:m.start("list")].strip()
        closing = _CLOSING.match(body, m.end("list"))
        region = (m.start(), closing.end() if closing else m.end())
        again = _REF_AGAIN.match(body, m.end("list"))
        one = spelling[:4].lower() != "refs"
        measured = one and bool(_MEASURED.search(body, max(0, m.start() - _LOOK_BACK),
                                                 m.start()))
        if again and again.group("again") == spelling and one:  # not "(refs 3,4; refs 5,6)"
            labels.add(spelling)
            refused.append(region)
        elif one and CHAIN.search(m.group("list")):
            refused.append(region)
            valued += [region] if measured else []
        else:
            found.append((spelling, m.span("list"), region, measured))
    refused += [region for spelling, _, region, measured in found
                if spelling in labels or (measured and valued)]
    texts = list(_NAMED.finditer(body))
    refused += [m.span("list") for m in texts
                if body[m.start():m.start("list")].strip() in labels]
    cued = frozenset(span for _, span, region, _ in found if region not in refused)
    regions = _merged(refused)
    named = [_count_cut(body, m.span("list")) for m in texts] + sorted(cued)
    return NamedRefs(cued, tuple(n for n in named if not _inside(n[0], regions)), regions)


def _count_cut(body: str, span: Span) -> Span:
    """A named list without a last number set after a comma and a space that drops below
    the list and opens the prose after it ("as in refs 24,25,27–35, 13 on gender": a count
    whose noun is left out, `spaced_lists.opens_prose`)."""
    last = _LAST_ITEM.search(body, span[0], span[1])
    if last is None:
        return span
    before = [int(n) for n in _NUMBER.findall(body, span[0], last.start())]
    if before and int(last.group(1)) < max(before) and opens_prose(body, span[1]):
        return (span[0], last.start())
    return span


def _merged(regions: list[Span]) -> tuple[Span, ...]:
    """The regions sorted, those that overlap joined ("Ref. 2" inside "(Ref. 1, Ref. 2)")."""
    merged: list[Span] = []
    for s, e in sorted(regions):
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return tuple(merged)


def _inside(start: int, regions: Sequence[Span]) -> bool:
    """Whether `start` falls in one of the sorted, disjoint `regions` (a bisection: an
    article may hold thousands of both)."""
    at = bisect_right(regions, start, key=lambda region: region[0]) - 1
    return at >= 0 and regions[at][0] <= start < regions[at][1]


def sample_votes(body: str, groups: list[Span]) -> int:
    """The parenthesis form's votes to take back: its "(reference 1)" groups, unless they
    name `_REPORT` works or more."""
    sampled = {m.span("list") for m in _REFERENCE_PAREN.finditer(body)} & set(groups)
    named = {n for s, e in sampled for n in _NUMBER.findall(body, s, e)}
    return len(sampled) if len(named) < _REPORT else 0
