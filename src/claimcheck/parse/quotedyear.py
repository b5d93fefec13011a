"""A journal in quotation marks with its year right after the closing quote and the
journal's cued numbers after that, as Polish notes print an article (PN-ISO 690 and the
humanities' own style): "M. Zielińska, Ciepło i zasolenie wód Bałtyku, „Oceanologia” 2009,
t. 61, nr 2, s. 81–100".

The tagger, which mostly sees quotes around titles, runs the title on over the quotes and
the numbers. `quotedjournal` takes a quoted journal when the numbers follow its closing
quote, but leaves a year there alone: a title may end in a quoted name and a year ("Dzieje
„Solidarności” 1980"). Here the cue is the whole tail: after the closing quote only the
year, then a comma, then cued numbers to the note's end ("t." tom / "vol." / "Bd." / "R."
rocznik the volume, "nr" / "z." zeszyt / "H." / "fasc." the issue, "s." / "S." / "p." /
"pp." the pages), at least one of them; nothing else (a place or publisher after the year
is a book's imprint). The quoted words are the container, the year the date, each number
its cue's field; the cues and the comma before the quote (with "w:" / "in") no field.
"""

from __future__ import annotations

import re

from claimcheck.parse.assemble import label_run
from claimcheck.parse.quotedjournal import OPENERS, a_name
from claimcheck.parse.tokens import Token
from claimcheck.vocabulary import YEAR_DIGITS

_YEAR = re.compile(YEAR_DIGITS)
_CUES = {"t": "volume", "vol": "volume", "bd": "volume", "r": "volume", "jg": "volume",
         "roč": "volume", "nr": "issue", "z": "issue", "h": "issue", "fasc": "issue",
         "no": "issue", "č": "issue", "s": "pages", "p": "pages", "pp": "pages", "ss": "pages"}
_REACH = 20
_MARKS = frozenset({",", ".", ";"})
_DASHES = frozenset("-–—")


def _numbers(tokens: tuple[Token, ...], j: int) -> list[tuple[int, int, str]] | None:
    """The cued numbers from `j` to the end as (start, end, field) spans, the cue outside
    them; None when anything else stands there."""
    spans: list[tuple[int, int, str]] = []
    while j < len(tokens):
        text = tokens[j].text
        if text in _MARKS:
            j += 1
            continue
        field = _CUES.get(text.lower())
        k = j + 1 + (j + 1 < len(tokens) and tokens[j + 1].text == ".")
        if field is None or k >= len(tokens) or not tokens[k].text.isdigit():
            return None
        end = k + 1
        while end + 1 < len(tokens) and tokens[end].text in _DASHES \
                and tokens[end + 1].text.isdigit():
            end += 2
        spans.append((k, end, field))
        j = end
    return spans or None


def _quote(tokens: tuple[Token, ...], start: int, end: int) -> tuple[int, int, int]:
    """(comma, opening, closing) of the title run's first quotation, when it is a name after
    a comma with two words of the title before it; (-1, -1, -1) otherwise."""
    for opening in range(start + 2, end):
        if tokens[opening].text not in OPENERS:
            continue
        comma = opening - 1 - (tokens[opening - 1].text == ":")
        comma -= tokens[comma].text.lower() in ("w", "in")
        words = sum(t.text[:1].isalnum() for t in tokens[start:comma])
        closing = next((k for k in range(opening + 1, min(len(tokens), opening + _REACH))
                        if tokens[k].text in OPENERS[tokens[opening].text]), -1)
        if tokens[comma].text == "," and words >= 2 and closing > opening + 1 \
                and a_name(tokens[opening + 1:closing]):
            return comma, opening, closing
        return -1, -1, -1
    return -1, -1, -1


def quoted_journal_year(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    start, end = label_run(out, "title")
    if start < 0 or tokens[start].text in OPENERS:
        return
    comma, opening, closing = _quote(tokens, start, end)
    year = closing + 1
    if closing < 0 or year + 1 >= len(tokens) or not _YEAR.fullmatch(tokens[year].text) \
            or tokens[year + 1].text != ",":
        return
    spans = _numbers(tokens, year + 2)
    if spans is None:
        return
    out[comma:year + 1] = ["O"] * (year + 1 - comma)
    out[opening:closing + 1] = ["container"] * (closing + 1 - opening)
    out[year] = "date"
    for k in range(year + 1, len(out)):
        out[k] = "O"
    for first, last, field in spans:
        out[first:last] = [field] * (last - first)
