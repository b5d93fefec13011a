"""Superscript callouts that open a parenthesis: "(16–18; reviewed in19)", "(38, and data
not shown)", "(10 and Figure 1)".

A re-typeset article may keep an aside that held raised callouts, and plain text drops the
raise: the digits stand right after "(", where a count or a label stands as often ("(12
patients)", "(1)"). Only a group followed by what an aside about sources goes on with is a
candidate: "; reviewed", "; see also" and ", and see" (not before the article's own material:
"(8; see also Scheme 2)" is a compound's aside), ", and data not", " and Figure", " and
Table" (not after one digit alone: "8 had it before (8 and Table 2)", "Benzyl azide (5 and
Figure 1)" count or name a compound as often); not "; see" nor ", and data", which follow a
count as often ("(12; see Table 2)", "(12, and data for 2 more mice)"). Such candidates
go to first-citation order's windows (`sequence.gaps_filled`): read where their numbers
are cited nowhere else and first appear there, or where every number is cited before them
(`repeats`: "(10 and Figure 1)" after 10 was cited).
"""

from __future__ import annotations

import re

from claimcheck.citations.notation import DASH, LABEL_WORDS
from claimcheck.citations.sequence import numbers_of

# "see also" or ", and see" before the article's own material: a count's or a compound's
# aside ("(8; see also Scheme 2)", "(12; see also the Methods)"), not a source's
_OWN = (rf"(?![^\W\d_])(?![ \u00a0]+(?:the[ \u00a0]+)?(?i:{LABEL_WORDS}|schemes?|supp\w*"
        r"|extended|appendix|box|sections?|methods|charts?|movies?|videos?)\b)")
# one digit before " and Figure" or " and Table" counts as often as it cites: "8 had it
# before (8 and Table 2)", "Benzyl azide (5 and Figure 1)"; a list or a longer number cites
_OPENED = re.compile(
    rf"(?<=[^\W\d_] \()(?P<list>[1-9]\d{{0,2}}(?:(?:,[ \u00a0]?|{DASH})\d{{1,3}})*)"
    rf"(?=;[ \u00a0]?(?:reviewed\b|see[ \u00a0]also{_OWN})"
    rf"|,[ \u00a0]and[ \u00a0](?:data[ \u00a0]not\b|see{_OWN})"
    r"|(?<!\(\d)[ \u00a0]and[ \u00a0](?:Figs?|Figures?|Tables?)\b)"
)


def opened(body: str, count: int) -> list[tuple[tuple[int, int], str]]:
    """The groups opening a parenthesis before an aside about sources, for the windows of
    first-citation order (span, printed list); none naming a number past `count`."""
    found = []
    for match in _OPENED.finditer(body):
        if max(int(n) for n in re.findall(r"\d+", match.group("list"))) <= count:
            found.append((match.span("list"), match.group("list")))
    return found


def repeats(body: str, found: list[tuple[int, int]],
            asides: list[tuple[tuple[int, int], str]]) -> list[tuple[int, int]]:
    """`found` and the asides (span, printed) that name only numbers some found group cited
    before them and overlap none: a repeat opening an aside ("(10 and Figure 1)")."""
    first: dict[int, int] = {}
    for start, end in found:
        for n in numbers_of(body[start:end]):
            first.setdefault(n, start)
    taken = {i for start, end in found for i in range(start, end)}
    added = [span for span, printed in asides if span[0] not in taken and all(
        first.get(n, span[0]) < span[0] for n in numbers_of(printed))]
    return sorted(found + added) if added else found
