"""Numeric callouts: "[12]", "[3, 5-7]", "[3]–[5]", "(12)" and superscript-like "mice.12,13".

Three printed forms exist and an article uses one of them: brackets, parentheses or
superscripts (which plain text shows as digits glued to the preceding word or punctuation).
`find_numeric` counts the candidates of each form and keeps the dominant one, so that
"(1)" list markers in a bracket-style article and "CO2" anywhere are not read as citations.
A number cited with a page ("(4, p. 97)", "[12, pp. 3-5]") is a citation in any form.
Marks of special interest after a number ("[12••]", review journals) are read past.
A work's parts ("[1a–c]") are `parts.py`'s. "(ref. 5)" and "(refs 3,4)" cite in any form,
but not where the parenthesis labels ("(Ref 1, Ref 2)": sites, standards) or holds a range
of values ("10^9/L (ref. 4–10)"): those are no callout in any form.
Numbers are expanded: "5-7" gives 5, 6 and 7; "[3]–[5]" gives 3, 4 and 5. A printed number
keeps its own span; a number implied by a range spans the whole range. A range that runs
backwards ("[9–3]") gives its printed numbers and one callout numbered `BAD_RANGE`, which
links to nothing and is reported; one longer than `MAX_RANGE` or past the list's end is
never expanded, so no printed range costs more than the list's length.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from claimcheck.citations.equations import EquationLabels, equation_labels, named_bare
from claimcheck.citations.named_refs import named_refs, sample_votes
from claimcheck.citations.notation import (
    CHAIN,
    CITED_NUMBER,
    DASH,
    NUMBER_LIST,
    SPACES,
    glued_style,
    is_label,
    is_math,
    markers,
    range_of,
    spaced_outliers,
)
from claimcheck.citations.parts import PARTS, with_parts
from claimcheck.citations.spans import line_of
from claimcheck.citations.superscripts import superscripts
from claimcheck.citations.values import in_citation_order, value_pairs
from claimcheck.model import Callout

_SP = SPACES
_NUM, _LIST = CITED_NUMBER, NUMBER_LIST
_CUE = (r"(?:(?:e\.g\.|i\.e\.|see(?:[ ]also)?|cf\.|[Rr]efs?\.?|[Rr]eferences?|reviewed[ ]in)"
        r"[, \u00a0]*)?")
_PART_LIST = _LIST.replace(_NUM, rf"{_NUM}(?:{PARTS})?")  # "[1a–c]", "[3a,b]", "[2,3a]"
_BRACKET = re.compile(rf"\[{_SP}{_CUE}(?P<list>{_PART_LIST}){_SP}\]")
# a number and a page in brackets or parentheses: "(4, p. 97)", "[12, pp. 3-5]"
# a work cited at a place in it: "[12, Theorem 2]", "[3, Sec. 4.1]", "[7, Ch. 2]", "[5, §3]"
_PLACE = (r"(?:[Ff]igs?\.|[Ff]igures?|[Tt]ables?|[Cc]h(?:ap(?:ter)?)?\.?|[Ss]ec(?:tion|t)?\.?"
          r"|[Ee]qs?\.|[Tt]heorem|[Ll]emma|[Pp]rop(?:osition)?\.?|[Dd]ef(?:inition)?\.?"
          r"|[Cc]or(?:ollary)?\.?|[Aa]lgorithm|[Aa]ppendix|§)")
_LOCATED = re.compile(
    rf"(?:[\[(]{_SP}(?P<list>{_LIST}),{_SP}pp?\.|\[{_SP}(?P<cited>{_LIST}),{_SP}{_PLACE})"
    r"[ \u00a0]?[\d(A-Z]"
)
_PAREN = re.compile(rf"\({_CUE}(?P<list>{_LIST})\)")
_NUMBER = re.compile(r"\d{1,4}")
_RANGE = re.compile(rf"(\d{{1,4}})(?:[ \u00a0]?[•∙]{{1,2}})?\]?{_SP}{DASH}{_SP}\[?(\d{{1,4}})")
BAD_RANGE = -1  # the number of a callout that is a range running backwards
_LONG_RANGE = 9  # "7–16" and longer: ten works or more
_REPEATS = 3  # how often a long range may be printed the same way


def find_numeric(body: str, count: int) -> tuple[Callout, ...]:
    """Numeric callouts of the dominant printed form; `count` is the number of references."""
    labels = equation_labels(body)
    forms = (_brackets(body), _parentheses(body, labels), superscripts(body, count))
    refs = named_refs(body)
    # "(ref. 4–10)" after a value, "(Ref 2)" a site: no callout in any form
    kept = [[g for g in groups if not refs.refuses(g[0])] for groups in forms]
    scored = [[g for g in groups if _in_range(body, g, count) and g not in refs.cued]
              for groups in kept]
    located = _located(body, count)
    # "(4, p. 97)" is the parenthesis form too, in an article that cites "(4)" as well
    extra = [float(sum(opener == o for _, opener in located)) if scored[i] else 0.0
             for i, o in enumerate("[(")] + [0.0]
    # "from (3) and (4)": a number that closes a displayed formula may name it, half a vote
    extra[1] -= _equation_votes(body, scored[1], labels) / 2
    extra[1] -= sample_votes(body, scored[1])
    chosen = max(range(len(forms)), key=lambda i: len(scored[i]) + extra[i])
    named = [n for n in refs.named if _in_range(body, n, count)]
    best = _with_located(_without_repeated_ranges(body, scored[chosen]),
                         sorted([g for g, _ in located] + named))
    if not best:
        return ()
    callouts: list[Callout] = []
    for group, (start, end) in enumerate(best, 1):
        callouts.extend(expand(body, start, end, group))
    return tuple(callouts)


def _located(body: str, count: int) -> list[tuple[tuple[int, int], str]]:
    """Numbers cited at a place in the work ("(4, p. 97)", "[12, Theorem 2]"), with the
    bracket or parenthesis they open with."""
    found = []
    for match in _LOCATED.finditer(body):
        span = match.span("list" if match.group("list") else "cited")
        if _in_range(body, span, count):
            found.append((span, body[match.start()]))
    return found


def _with_located(groups: list[tuple[int, int]], located: list[tuple[int, int]],
                  ) -> list[tuple[int, int]]:
    """The groups, and every number cited with a page whatever the article's dominant form:
    "(4, p. 97)" is a citation in a superscript article too (quotations in the humanities)."""
    taken = {n for s, e in groups for n in range(s, e)}
    more = [g for g in located if g[0] not in taken]
    return sorted(groups + more) if more else groups


def _without_repeated_ranges(body: str, groups: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Groups without a long range printed the same way again and again.

    "GLP-1 (7–37)", "residues (10–25)": a run of ten works or more is cited together once or
    twice, but the same long range three times over names residues or stages, and every
    reading of it would add a handful of false links.
    """
    def long_range(span: tuple[int, int]) -> bool:
        match = _RANGE.search(body, *span)
        return match is not None and int(match.group(2)) - int(match.group(1)) >= _LONG_RANGE

    printed = Counter(body[s:e] for s, e in groups if long_range((s, e)))
    return [g for g in groups if printed[body[g[0] : g[1]]] < _REPEATS]


def _bracket_groups(body: str) -> list[tuple[int, int]]:
    """Bracket callouts, with chains like "[3]–[5]" or "[1], [3]" merged into one group."""
    groups: list[tuple[int, int]] = []
    for match in _BRACKET.finditer(body):
        if groups and CHAIN.fullmatch(body, groups[-1][1], match.start()):
            groups[-1] = (groups[-1][0], match.end())
        else:
            groups.append((match.start(), match.end()))
    return groups


def _brackets(body: str) -> list[tuple[int, int]]:
    """Bracket groups that are not notation ("F[1,12] = 8.42", "x[3]", "Eq. [2]")."""
    groups = _bracket_groups(body)
    glued_ok = glued_style(body, groups)
    return [(s, e) for s, e in with_parts(body, groups)
            if not is_math(body, s, e, glued_ok) and not is_label(body, s, e)]


def _parentheses(body: str, labels: EquationLabels) -> list[tuple[int, int]]:
    """Parenthesised lists that are not notation, labels or list markers ("(1) first, ...")."""
    matches = list(_PAREN.finditer(body))
    outer = [m.span() for m in matches]  # the parenthesis itself, with its cue ("(see 6)")
    glued_ok = glued_style(body, outer)
    listed = markers(body, outer, labels.starts) | spaced_outliers(body, outer)
    kept = [i for i, (s, e) in enumerate(outer)
            if i not in listed and not is_math(body, s, e, glued_ok) and not is_label(body, s, e)
            and not named_bare(body, s, e, labels)]
    values, rows = value_pairs(body, outer)
    doubtful = values - rows
    if not doubtful:  # most articles: no order to weigh
        return [matches[i].span("list") for i in kept if i not in rows]
    numbers = [[c.number for c in expand(body, *matches[i].span("list"), 0)] for i in kept]
    cited = in_citation_order(numbers, [i in doubtful for i in kept])
    return [matches[i].span("list") for i, keep in zip(kept, cited, strict=True)
            if i not in values or keep]


def _equation_votes(body: str, groups: list[tuple[int, int]], labels: EquationLabels) -> int:
    """The parenthesised numbers that may be equations named bare ("from (3) and (4)",
    IEEE's way): those that close displayed formulas in this article. Each is a citation or
    an equation, so it counts half a vote for the parenthesis form."""
    return sum(1 for s, e in groups if body[s:e].isdigit() and int(body[s:e]) in labels.numbers)


def _in_range(body: str, group: tuple[int, int], count: int) -> bool:
    numbers = [int(n) for n in _NUMBER.findall(body, *group)]
    return bool(numbers) and min(numbers) > 0 and max(numbers) <= max(count, 1) + 5


def expand(body: str, start: int, end: int, group: int) -> Iterator[Callout]:
    """One callout per number; the numbers inside a range get the range's span."""
    line = line_of(body, start)
    implied: dict[int, tuple[int, int, int]] = {}  # number -> (start, end, sort position)
    backwards: list[tuple[int, int, int, int]] = []
    for match in _RANGE.finditer(body, start, end):
        low, high = int(match.group(1)), int(match.group(2))
        if high < low:  # "[9–3]": a typo the reader cannot resolve; reported, not expanded
            backwards.append((match.start(), BAD_RANGE, match.start(), match.end()))
        elif range_of(low, high):
            s, e = match.start(1), match.end(2)
            if "]" in body[s:e]:  # "[3]–[5]": the implied numbers span the whole chain
                s, e = s - 1, e + 1
            for number in range_of(low, high)[1:-1]:
                implied.setdefault(number, (s, e, match.start(1)))
    printed = _NUMBER.finditer(body, start, end)
    items = [(m.start(), int(m.group()), m.start(), m.end()) for m in printed]
    items += [(pos, n, s, e) for n, (s, e, pos) in implied.items()] + backwards
    for _, number, s, e in sorted(items):
        yield Callout(text=body[s:e], start=s, end=e, line=line, group=group,
                      style="numeric", number=number)
