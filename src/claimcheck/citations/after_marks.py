"""Superscripts set after the punctuation that closes a clause, after a word ending in a digit.

Nature and the journals that follow it raise callout numbers after the full stop or comma:
"disease.12,13 The". Plain text keeps "disease.12,13", which `superscripts.py` reads; but
when the word before the mark ends in a digit, "plasma T4.12,13 The", "until 1963.9,10
The", "rising CO2.17-19 More", "in 2004,50 graphene", the digits around the mark look like a
decimal ("4.12") and are refused there.

They are read here only with evidence from the article itself:

- its habit: it sets at least `_HABIT` superscripts after a clause's mark ("disease.12 The")
  and more of them than before one ("disease12. The");
- the word before the mark: a word with a letter ("T4", "CO2", "COVID-19", "W/m2") that
  no figure's or table's label precedes ("Fig. S2.3" is a panel), or a year ("1963",
  "1995–2010") or a decimal of three places or more ("is 0.707.47", "0.97.449.74 In": a
  measure, not a version's short part), gives a list believed as far as any superscript's;
  another decimal or a version number ("pH 5.0.22 In", "R version 3.4.2.60 We", "exons
  45-55.30 We") gives digits believed only as the next new number of the first-citation
  sequence ("version 4.2.1" and "Section 3.2.1" then stay numbers); a bare number or a
  digit group gives none ("3.2 Results", "at 4.12 The", "1,234.5", "1,234.12 The",
  "12,500 people"): a decimal at a sentence's end has its own full stop ("was 4.12. The");
- after a full stop: the group ends the sentence (a space and a capital, or the line's end
  follow, not a wrapped line going on in lower case: "SSP5-8.5⏎the"), its commas with or
  without a space before a capital ("T4.12, 13 The"), never at a line's end ("Kv1.3, 4⏎and
  5 families");
- after a comma: a lower-case word follows, after a space or a wrapped line's break ("in
  2004,50 graphene"), and the article writes its decimals with a point ("0.05", never
  "0,05").

A list opening with 0 ("007", "04") is never a callout, nor a link's own digits
(`never_glued.in_link`).
"""

from __future__ import annotations

import re

from claimcheck.citations.never_glued import in_link
from claimcheck.citations.notation import DASH, LABEL_WORDS
from claimcheck.vocabulary import YEAR_DIGITS

# (a list of at most this many numbers after its first: its start is only looked for after a
# digit and a mark, so in a run of thousands "2004,1,2,3,..." each number began a try that read
# to the run's end, the run's square; no article's callout lists so many)
_MOST = 40
_LIST = rf"\d{{1,3}}(?:(?:,|{DASH})\d{{1,3}}){{0,{_MOST}}}"
# after a full stop a list may keep the space after its commas ("plasma T4.12, 13 The"),
# but only before the next sentence's capital: at a line's end "Kv1.3, 4⏎and 5" is a series
_SPACED_LIST = rf"\d{{1,3}}(?:(?:,[ \u00a0]?|{DASH})\d{{1,3}}){{0,{_MOST}}}"
_AFTER_STOP = re.compile(
    rf"(?<=\d\.)(?P<list>{_LIST}(?=[ \u00a0]+[A-Z]|[ \u00a0]*(?:\n|$))"
    rf"|{_SPACED_LIST}(?=[ \u00a0]+[A-Z]))"
)
# a wrapped line's break stands for the space ("in 2004,50⏎graphene")
_AFTER_COMMA = re.compile(rf"(?<=\d,)(?P<list>{_LIST})(?=(?:[ \u00a0]+|\n)[a-z])")
# the word before the mark: what the text shows before it ("Fig. S2"), then the word itself
_BEFORE_MARK = re.compile(
    rf"(?P<label>\b{LABEL_WORDS}\.?[ \u00a0]+)?[(\[]?(?P<word>\S*)[.,]$", re.IGNORECASE
)
_VALUE = re.compile(r"[=<>≤≥≈]")
_YEAR = re.compile(rf"(?:\d{{4}}{DASH})?{YEAR_DIGITS}")  # "1963", "1995–2010"
# a decimal with three places or more is a measure, not a version's short part ("0.707.47")
_MEASURED = re.compile(r"\d\.\d{3,}$")
# "5.0", "3.4.2", "≤6.5", "45-55": the digits after its mark only as the next new number
_DECIMAL = re.compile(rf"[^\w\s]?\d+(?:\.\d+)+|\d+{DASH}\d+")
_CLAUSE_AFTER = re.compile(rf"(?<=[a-z][.,])\d{{1,3}}(?:(?:,|{DASH})\d{{1,3}})*(?=[ \u00a0]+\w)")
_CLAUSE_BEFORE = re.compile(rf"(?<=[a-z])\d{{1,3}}(?:(?:,|{DASH})\d{{1,3}})*(?=[.,][ \u00a0]+\w)")
_POINT_DECIMAL = re.compile(r"(?<![\w.,])0\.\d")
_COMMA_DECIMAL = re.compile(r"(?<![\w.,])0,\d")
_HABIT = 3
# a whole lower-case word and a group set after its clause's mark ("mice.12 The", "mice,3 and")
# or before it ("mice12. The", "mice3, and"); a line's end as a space
_WORD_MARK_GROUP = re.compile(  # not "et al.12", "ref.5", "fig.3": abbreviations' points
    rf"(?<![\w\-])(?!(?:al|refs?|figs?|eqs?|vol|pp|no)\.)[a-z]{{2,}}[.,]\d{{1,3}}(?:(?:,|{DASH})\d{{1,3}})*(?=\s|$)")
_WORD_GROUP_MARK = re.compile(
    rf"(?<![\w\-])[a-z]{{2,}}\d{{1,3}}(?:(?:,|{DASH})\d{{1,3}})*(?=[.,](?:\s|$))")
_ONLY = 10  # "only after": at most one print before a mark per this many after one


def after_marks(body: str) -> list[tuple[tuple[int, int], str]]:
    """Spans of the digit groups set after a clause's mark that follows a digit, in an
    article whose habit is to set superscripts after punctuation, each with its reach:
    "list" (as far as a superscript may jump) or "next" (only the next new number)."""
    if not _after_habit(body):
        return []
    comma_ok = bool(_POINT_DECIMAL.search(body)) and not _COMMA_DECIMAL.search(body)
    found = []
    for pattern in (_AFTER_STOP, _AFTER_COMMA) if comma_ok else (_AFTER_STOP,):
        for match in pattern.finditer(body):
            start, end = match.span("list")
            reach = _reach(body[max(0, start - 40) : start])
            if pattern is _AFTER_STOP and _goes_on(body, start, end):
                continue
            # not a link's own digits ("https://example.org/v2.3⏎and": a version)
            if body[start] != "0" and reach and not in_link(body, start):
                found.append(((start, end), reach))
    return sorted(found)


# a wrapped line going on in lower case, and the word before the stop
_LOWER_NEXT = re.compile(r"[ \u00a0]*\n[a-z]")
_STOPPED_WORD = re.compile(r"[\w\-]*(?=\.$)")


def _goes_on(body: str, start: int, end: int) -> bool:
    """A decimal at a wrapped line's end before a lower-case word goes on ("SSP5-8.5⏎the":
    a scenario's name, no sentence's end); a year does end its sentence ("described in
    2004.5⏎p53 activation": a sentence may open in lower case, "p53", "mRNA", "de novo")."""
    if not _LOWER_NEXT.match(body, end):
        return False
    word = _STOPPED_WORD.search(body, max(0, start - 40), start)
    return not (word and _YEAR.fullmatch(word.group()))


def _reach(before: str) -> str:
    """How far digits after the mark that ends `before` may be believed: "list" after a
    word with a letter ("T4", "CO2") that no figure's or table's label precedes, or after
    a year ("1963") or a measure ("0.707"); "next" after a decimal or a version ("5.0",
    "3.4.2"); "" otherwise."""
    found = _BEFORE_MARK.search(before)
    if found is None or found.group("label"):
        return ""
    word = found.group("word")
    named = bool(re.search(r"[^\W\d_]", word)) and not _VALUE.search(word)  # not "GLP1=4.7"
    if _YEAR.fullmatch(word) or _MEASURED.search(word) or named:
        return "list"
    return "next" if _DECIMAL.fullmatch(word) else ""


def _after_habit(body: str) -> bool:
    """The article sets raised numbers after a clause's mark, not before it."""
    after = sum(1 for _ in _CLAUSE_AFTER.finditer(body))
    return after >= _HABIT and after > sum(1 for _ in _CLAUSE_BEFORE.finditer(body))


def only_after(body: str) -> bool:
    """The article sets its superscripts after a full stop or a comma ("mice.12 The",
    "mice,3 and"), at least `_HABIT` times, and almost never before one ("mice12. The"; one
    in `_ONLY`, as "exon12." may be a name): digits glued to a word before a stop or a comma
    are then a name's ("COVID19.", "VGG16,"), whatever else the article prints."""
    after = sum(1 for _ in _WORD_MARK_GROUP.finditer(body))
    return after >= _HABIT and sum(1 for _ in _WORD_GROUP_MARK.finditer(body)) * _ONLY <= after
