"""Superscripts set after the punctuation that closes a clause, after a word ending in a digit.

Nature and the journals that follow it raise callout numbers after the full stop or comma:
"disease.12,13 The". Plain text keeps "disease.12,13", which `superscripts.py` reads; but
when the word before the mark ends in a digit, "plasma T4.12,13 The", "until 1963.9,10
The", "rising CO2.17-19 More", "in 2004,50 graphene", the digits around the mark look like a
decimal ("4.12") and are refused there.

They are read here only with evidence from the article itself:

- its habit: it sets at least `_HABIT` superscripts after a clause's mark ("disease.12 The")
  and more of them than before one ("disease12. The");
- after a full stop: the group ends the sentence (a space and a capital, or the line's end
  follow), and the word before the stop is no bare number of one to three digits (a section
  "3.2 Results" or a decimal "at 4.12 The" would be); a decimal at a sentence's end has its
  own full stop ("was 4.12. The");
- after a comma: a lower-case word follows ("in 2004,50 graphene"), the article writes its
  decimals with a point ("0.05", never "0,05"), and the digits are no thousands group
  ("12,500 people": a bare number of one to three digits, then three digits).

A list opening with 0 ("007", "04") is never a callout.
"""

from __future__ import annotations

import re

from claimcheck.citations.notation import DASH

_LIST = rf"\d{{1,3}}(?:(?:,|{DASH})\d{{1,3}})*"
_AFTER_STOP = re.compile(rf"(?<=\d\.)(?P<list>{_LIST})(?=[ \u00a0]+[A-Z]|[ \u00a0]*(?:\n|$))")
_AFTER_COMMA = re.compile(rf"(?<=\d,)(?P<list>{_LIST})(?=[ \u00a0]+[a-z])")
_BARE_BEFORE = re.compile(r"(?<![\w.,\-])\d{1,3}[.,]$")
_CLAUSE_AFTER = re.compile(r"(?<=[a-z][.,])\d{1,3}(?:[,–-]\d{1,3})*(?=[ \u00a0]+\w)")
_CLAUSE_BEFORE = re.compile(r"(?<=[a-z])\d{1,3}(?:[,–-]\d{1,3})*(?=[.,][ \u00a0]+\w)")
_POINT_DECIMAL = re.compile(r"(?<![\w.,])0\.\d")
_COMMA_DECIMAL = re.compile(r"(?<![\w.,])0,\d")
_HABIT = 3


def after_marks(body: str) -> list[tuple[int, int]]:
    """Spans of the digit groups set after a clause's mark that follows a digit, in an
    article whose habit is to set superscripts after punctuation."""
    if not _after_habit(body):
        return []
    comma_ok = bool(_POINT_DECIMAL.search(body)) and not _COMMA_DECIMAL.search(body)
    found = []
    for pattern in (_AFTER_STOP, _AFTER_COMMA) if comma_ok else (_AFTER_STOP,):
        for match in pattern.finditer(body):
            start, end = match.span("list")
            if body[start] == "0" or _BARE_BEFORE.search(body, max(0, start - 6), start):
                continue
            found.append((start, end))
    return sorted(found)


def _after_habit(body: str) -> bool:
    """The article sets raised numbers after a clause's mark, not before it."""
    after = sum(1 for _ in _CLAUSE_AFTER.finditer(body))
    return after >= _HABIT and after > sum(1 for _ in _CLAUSE_BEFORE.finditer(body))
