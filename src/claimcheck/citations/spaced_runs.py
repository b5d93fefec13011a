"""First citations read as a run: spaced digits that name, one by one and in order, every
number first-citation order leaves unread between two numbers it reads.

In an article that sets its callouts after a space (`spaced.with_spaced`), a callout after
a word that prints quantities or labels as often ("than they need to be 6,", "two per
minute 7,", "per year 8)", "public domain 153.") is refused wherever it stands
(`spaced_words.NOT_AFTER`), and first-citation order's windows do not read it either
(`spaced.gap_candidates`: alone in its window, "page 18." or "day 7," may be anything).
But numbered styles number works in the order they are first cited, so where the numbers
read leave a gap, a+1 ... b-1 between the first appearances of a and b, those numbers first
appear there, in that order. When the spaced prints there name exactly them, each once
and counting up ("be 6, ... per minute 7, ... per year 8)"), each after a different word,
the run itself is the evidence: a quantity seldom counts up through the very gap the order
leaves, and labels that do count up follow one noun ("on day 15, ... on day 16, ... on day
17."); a print naming a gap's number twice ("Borg scale 13 ... an earlier trial 14. ... in
week 14.") leaves the whole gap unread.

Read only: gaps of three numbers or more (values count up by one too: "at age 15, and left
it at 16."); prints after a lower-case word or a closing quotation mark or parenthesis (a
name's digits, "RDF 16 by", "OH 7,", are a version's or a specimen's as often), that close
their clause with a mark (before a word, "strains 13 and", "phase 14, 15." may be labels),
not after a figure's or table's label, a unit or a word that opens its sentence, nor
running on into more numbers (`series`: "day 7 and 14"), nor a range alone in a
parenthesis. After the last number read, the list's end bounds the gap ("per patient 20.
... dose 21. ... found 24." in a list of 24).
"""

from __future__ import annotations

import re
from itertools import pairwise

from claimcheck.citations.sequence import anchors_of, first_appearances, numbers_of
from claimcheck.citations.spaced import LABEL_WORD, SPACED, UNIT_WORD, opens
from claimcheck.citations.spaced_after import series
from claimcheck.citations.spaced_lists import in_parentheses
from claimcheck.citations.spaced_twins import word_before

# the fewest numbers a gap must leave unread for its run to be evidence: two values that
# count up by one are common in prose ("at age 15, and left it at 16.")
_SHORTEST = 3

Span = tuple[int, int]

# a table's or a figure's label: "Table 1", "Supplementary Table S2", "Fig. 3", "Appendix
# Table A1"; works cited only there are numbered where the label is first named
_SHOWN = re.compile(r"\b(?:tables?|fig(?:ure)?s?\.?)[ \u00a0]+[A-Z]?\d+", re.IGNORECASE)


def runs_filled(body: str, found: list[Span], count: int) -> list[Span]:
    """`found` and the spaced prints (`run_prints`) that name, counting up, every number
    first-citation order leaves unread between two numbers read (or after the last one read,
    up to `count`, the list's length)."""
    anchors = anchors_of(first_appearances(body, found))
    if not anchors:
        return found
    prints = run_prints(body, count, found)
    shown = first_shown(body)
    bounds = [*sorted(anchors.items()), (count + 1, len(body))]
    added: list[Span] = []
    for (low, start), (high, end) in pairwise(bounds):
        gap = [n for n in range(low + 1, high) if n not in anchors]
        if len(gap) < _SHORTEST:
            continue
        inside = [(span, numbers, word) for span, numbers, word in prints
                  if start < span[0] < end and set(numbers) & set(gap)]
        named = [n for _, numbers, _ in inside for n in numbers]
        words = [word for _, _, word in inside if word]
        if named != gap or len(set(words)) != len(words):
            continue  # not the gap's numbers each once in order, or two after one word
        # no table or figure first named between the gap's start and its first print
        if not any(start < at < inside[0][0][0] for at in shown):
            added.extend(span for span, _, _ in inside)
    return sorted(found + added) if added else found


def run_prints(body: str, count: int, found: list[Span]) -> list[tuple[Span, list[int], str]]:
    """The spaced digit groups a run may be made of, in order, with their numbers and the
    word before them: after a lower-case word or a closing mark, closing their clause with
    a mark, overlapping nothing read."""
    taken = {i for start, end in found for i in range(start, end)}
    prints = []
    for match in SPACED.finditer(body):
        span = match.span("list")
        word = word_before(body, match.start())
        before = body[match.start() - 1]
        if word[:1].isupper() or (not word and before not in ")”’\"'") or len(word) == 1:
            continue  # "RDF 16 by", "OH 7,", "Apollo 11": a name's own digits
        lead = body[max(0, match.start() - len(word) - 1)]  # not "delicious.com 15,"
        if LABEL_WORD.fullmatch(word) or UNIT_WORD.fullmatch(word) or (
                word and (lead.isspace() or lead in "([") and opens(body, match.start(), word)):
            continue  # "Figure 4,", "4 m 2,", "(days 4, 5)"
        numbers = numbers_of(match.group("list"))
        if (max(numbers) > count or taken.intersection(range(*span))
                or not match.group("after") or series(body, span[1])
                or in_parentheses(body, match)):
            continue
        prints.append((span, numbers, word.lower()))
    return prints


def first_shown(body: str) -> list[int]:
    """Where each table or figure is first named ("are listed in Table 1."): works cited
    only in it are numbered there (ICMJE), so a gap after it may be theirs, and prints
    counting up through that gap ("diabetes type 2, hypertension grade 3,") are no
    evidence."""
    first: dict[str, int] = {}
    for match in _SHOWN.finditer(body):
        first.setdefault(_label(match), match.start())
    return sorted(first.values())


def _label(match: re.Match[str]) -> str:
    """The label's kind and number: "table 1" for "Tables 1" or "Table 1"."""
    kind, number = match.group().lower().split()[0].rstrip("s."), match.group().split()[-1]
    return f"{'fig' if kind.startswith('fig') else kind} {number}"
