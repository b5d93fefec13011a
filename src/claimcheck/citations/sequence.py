"""First-citation order as evidence: a superscript number the article never shows elsewhere
is believed where, and only where, the order of first citation says it must first appear.

Numbered styles number works in the order they are first cited, so number k first appears
after the first appearance of k - 1 and before that of k + 1. Once the sure superscripts of
an article are read (`superscripts.py`), every number of the list that none of them shows
leaves a window between its neighbours' first appearances. Digits glued to a name inside
that window ("TGF-α24", "AC25", "Unc-1048,17–20") were refused because a name may end in
digits; inside the window they are the citation. A number claimed by two candidates in
one window stays unread, and so do digits read two ways ("12" or "2,13") or overlapping a
callout already read, a lone digit glued to a name ("ICAM1": too many names end in one; one
opening a parenthesis may be read, `opened.py`), any number past the last one read and any
but 1 below the first (no neighbour bounds its window there).
A group that cites first some number cited nowhere else may also cite first a number read
again only later ("RNA 3–6," before "6–8": 6 first appears here, after 2, the anchor below).
An article whose numbers mostly do not rise in order of first appearance (an alphabetical
list) has no windows.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import pairwise

from claimcheck.citations.notation import DASH, MAX_RANGE, range_of

_ITEM = re.compile(rf"(\d{{1,3}})(?:{DASH}(\d{{1,3}}))?")
_JUMP = 10  # how far apart two numbers a group cites first may lie
_MIN_ORDERED = 0.5  # the share of numbers that must first appear in order (at random: 2/sqrt(n))


def numbers_of(printed: str) -> list[int]:
    """The numbers a superscript list prints, ranges expanded: "8,17–20" -> 8, 17..20."""
    numbers: list[int] = []
    for match in _ITEM.finditer(printed):
        low = int(match.group(1))
        numbers.extend(range_of(low, int(match.group(2) or low)) or [low])
    return numbers


def gaps_filled(body: str, found: list[tuple[int, int]],
                pool: list[tuple[tuple[int, int], str]], count: int,
                singles: frozenset[int] = frozenset(), early: bool = False
                ) -> list[tuple[int, int]]:
    """`found` and the candidates of `pool` (span, printed list) that fill a gap of the
    first-citation order: each overlaps no found span, names at least one number no found
    group names before it, every such number inside its window and claimed by no other
    candidate, and the rest numbers already cited before it. Candidates that overlap each
    other are readings of the same digits ("12" or "2,13", "Ucp2|24" or "Ucp22|4"): one is
    read only when it alone of them fits. A lone digit is read only from a candidate starting
    at one of `singles` (glued to no name: "(6; reviewed in7)"). With `early`, a candidate
    may cite first only numbers the order reads first later, each after the first
    appearance of the number below it (`_earlier`: "(LiFE 46)" before "tensors 46,", the
    read print a repeat); two digits at least, as always."""
    first = first_appearances(body, found)
    anchors = anchors_of(first)
    if not anchors:
        return found  # the article does not number by first citation: no windows
    known = sorted(anchors)
    claims: dict[int, list[int]] = {}
    fits: list[tuple[tuple[int, int], list[int]]] = []
    for readings in _apart(pool, found):
        fitting = [fit for span, printed in readings
                   if (fit := _fit(span, printed, (first, anchors, known), count,
                                   span[0] in singles, early))]
        if len(fitting) > 1:  # "LB818,19": "LB8|18,19" names the whole gap, "LB818|19" part
            fitting = [fit for fit in fitting if _whole_gap(fit[1], known)]
        if len(fitting) == 1:
            span, new = fitting[0]
            fits.append((span, new))
            for n in new:
                claims.setdefault(n, []).append(span[0])
    added = [span for span, new in fits if all(len(claims[n]) == 1 for n in new)]
    return sorted(found + added) if added else found


def _fit(span: tuple[int, int], printed: str,
         order: tuple[dict[int, int], dict[int, int], list[int]], count: int,
         single: bool = False, early: bool = False) -> tuple[tuple[int, int], list[int]] | None:
    """The candidate and its new numbers when every one lies inside its window (`order`:
    first appearances, anchors and the anchors' numbers), else None."""
    first, anchors, known = order
    numbers = numbers_of(printed)
    new = [n for n in numbers if first.get(n, span[0] + 1) > span[0]]
    if not new or max(numbers) > count or len(numbers) > MAX_RANGE:
        return None
    if len(printed) == 1 and not single:
        return None  # "ICAM1", "CD4", "Pax7": one digit ends too many names
    # the numbers a group cites first are the next ones not yet cited, so they lie close
    # together ("51,52,56" after 53–55 cited in another form; not "Gal4C155,92": 55 and 92)
    if any(b - a > _JUMP for a, b in pairwise(sorted(new))):
        return None
    inside = [_inside(n, span[0], anchors, known) for n in new]
    # a group may also cite first a number read again later ("RNA 3–6," before "6–8"), when
    # it cites first some number cited nowhere else
    earlier = all(i or _earlier(n, span[0], anchors, known) for i, n in zip(inside, new,
                                                                             strict=True))
    return (span, new) if (any(inside) or early) and earlier else None


def _apart(pool: list[tuple[tuple[int, int], str]], found: list[tuple[int, int]],
           ) -> list[list[tuple[tuple[int, int], str]]]:
    """The candidates of `pool` in order, those that overlap each other together (readings
    of the same digits), each set dropped when one of them overlaps a span of `found`."""
    found = sorted(found)
    starts = [start for start, _ in found]
    sets: list[list[tuple[tuple[int, int], str]]] = []
    reach = -1  # the furthest end of the candidates before
    for span, printed in sorted(set(pool)):
        if sets and reach > span[0]:
            sets[-1].append((span, printed))
        else:
            sets.append([(span, printed)])
        reach = max(reach, span[1])

    def taken(span: tuple[int, int]) -> bool:
        at = bisect_left(starts, span[1])  # found spans from `at` on start after this one
        return at > 0 and found[at - 1][1] > span[0]

    return [readings for readings in sets if not any(taken(span) for span, _ in readings)]


def anchors_of(first: dict[int, int]) -> dict[int, int]:
    """The anchors of the windows (`in_order`) of the first appearances `first`, or none
    where most numbers do not first appear in order (an alphabetical list)."""
    anchors = in_order(first)
    return anchors if len(anchors) >= _MIN_ORDERED * len(first) else {}


def first_appearances(body: str, found: list[tuple[int, int]]) -> dict[int, int]:
    first: dict[int, int] = {}
    for start, end in found:
        for n in numbers_of(body[start:end]):
            first.setdefault(n, start)
    return first


def in_order(first: dict[int, int]) -> dict[int, int]:
    """The anchors of the windows: the longest run of numbers whose first appearances rise
    with the numbers. A number first read after a higher one ("24" only after "26") was
    missed at its true first appearance, and a stray early number ("see 70") is no anchor.
    The numbers of one group ("1–3", "12,13") share a position and are all in order."""
    numbers = sorted(first)
    tails: list[int] = []  # tails[k]: the smallest last position of a rising run of k + 1
    ends: list[int] = []  # the index (in `numbers`) of that run's last number
    parent: dict[int, int] = {}
    for i, n in enumerate(numbers):
        k = bisect_right(tails, first[n])  # equal positions: one group, in order
        if k:
            parent[i] = ends[k - 1]
        tails[k:k + 1], ends[k:k + 1] = [first[n]], [i]
    anchors: dict[int, int] = {}
    i = ends[-1] if ends else -1
    while i >= 0:
        anchors[numbers[i]] = first[numbers[i]]
        i = parent.get(i, -1)
    return anchors


def _earlier(number: int, at: int, anchors: dict[int, int], known: list[int]) -> bool:
    """Whether anchor `number` may first appear at `at` instead: after the first
    appearance of the anchor below it (if any) and before its own."""
    i = bisect_left(known, number)
    if i == len(known) or known[i] != number:
        return False
    below = anchors[known[i - 1]] if i else -1
    return below < at < anchors[number]


def _whole_gap(new: list[int], known: list[int]) -> bool:
    """Whether `new` are all the numbers between two neighbouring anchors (`known`: the
    anchors' numbers in order): the whole gap the order leaves there."""
    i = bisect_left(known, min(new))
    if i == len(known):  # (no anchors: `known` is empty)
        return False
    return sorted(new) == list(range(known[i - 1] + 1 if i else 1, known[i]))


def _inside(number: int, at: int, anchors: dict[int, int], known: list[int]) -> bool:
    """Whether `at` lies after the first appearance of the closest anchor below `number`
    and before that of the closest above (both must exist; 1 needs none below);
    `known` is the anchors' numbers in order."""
    i = bisect_left(known, number)
    if i < len(known) and known[i] == number:
        return False  # in order already: its first appearance is known
    if i == len(known) or (i == 0 and number != 1):
        return False  # no anchor bounds its window above, or none below (only 1 needs none)
    below = anchors[known[i - 1]] if i else -1
    return below < at < anchors[known[i]]
