"""Spaced superscripts set after a year or a decimal: "appearing in 1990 63.", "MRtrix 0.2 11.".

`spaced.SPACED` reads digits after a space only where a letter or a closing mark precedes
the space: after a number the digits may as well be the next value of a series ("0.4 0.7
15"), a thousands group ("1 234") or a count ("in 2019 15 ponds"). Where the article shows
that it sets its callouts after a space (`spaced.with_spaced`), the digits after a year or a
decimal number are read still, with first-citation order as the judge (`believed.py`), when:

- the value stands alone: no number, dash, point or slash right before it (not the end of
  a range "1990–2000 15", nor the second value of a row "0.4 0.7 15"), nor a currency, nor
  the name of a statistic ("(SD 0.8 15)", "P = 0.04 15": a report, not a source's);
- the digits close their clause: a mark follows them ("in 1990 63.", "version 3.3.2 33,"),
  or a function word or a verb in the past ("of 2007 154 had"): never a word they count
  ("in 2019 15 ponds"), a unit, more numbers ("2019 15 and 16") or "of" ("2021 15 of the
  ponds": a part of a whole);
- the value does not open its sentence, alone or after one word ("In 2020 15, the survey
  moved": an adverbial whose comma is lost, before a count);
- a single number's sentence does not open with a preposition with no comma before the
  value ("By the end of 2020 19 had started", "Of those enrolled in 2017 12 moved": the
  subject of the next clause, its comma dropped); before a mark only "Of" or "Among" ("Of
  the deaths recorded in 2020 8, half"; not "In a trial published in 2016 9, absences");
- no other such pair of a value and a number stands in the same sentence ("in 2018 12, in
  2019 15": counts by year, a series);
- a single number before a mark may be one cited before or a new one a few past the
  highest ("near"), before a word only the next new ones ("ahead"); a list, its new numbers
  the next few ("tail").
A thousands group after a year is no risk here: the first group of a grouped number has at
most three digits ("2 019 123"), and a group is never followed by a mark and a callout's
reach at once.
"""

from __future__ import annotations

import re

from claimcheck.citations.notation import DASH, DASH_CHARS
from claimcheck.citations.spaced_after import closes, next_word, series
from claimcheck.citations.split_runs import Option
from claimcheck.vocabulary import YEAR_DIGITS

# a year or a decimal (a version's points too), then a space (a line break when wrapped) and
# the digits: a single number, a list or a range
_VALUE_THEN = re.compile(
    rf"(?<![\w.,:/±$€£{DASH_CHARS}])(?P<value>{YEAR_DIGITS}|\d+(?:\.\d+)+)[ \u00a0\n]"
    rf"(?P<list>[1-9]\d{{0,2}}(?:(?:,[ \u00a0]?|{DASH})\d{{1,3}})*)(?![\d%])"
    r"(?![.,]\d)"
)
_NUMBER_BEFORE = re.compile(r"\d[\d.,]*[ \u00a0]+$")  # "0.4 0.7": a row of values
# a statistic named right before the value, a sign between or none: "(SD 0.8", "P = 0.04"
_STATISTIC = re.compile(r"(?<![\w\-])(?i:sd|se|sem|ci|iqr|mean|median|range|or|hr|rr|ratio"
                        r"|p|t|f|z|df|n)[ \u00a0]*(?:[=<>≤≥][ \u00a0]*)?$")
_SENTENCE = re.compile(r"[.!?](?=[ \u00a0\n]+[A-Z(])")
_MARK = re.compile(r"[.,;:)](?!\d)")
# a phrase opening its sentence before the value: "In 2020", "By 2019", "2019" alone
_OPENING = re.compile(r"(?:^|[.!?;:][ \u00a0\n]+|\n)(?:[A-Z][a-z]*[ \u00a0])?$")
# a sentence opened by a preposition with no comma before the value: the digits after it are
# the main clause's subject or the part counted ("Of those enrolled in 2017 12 moved", "By
# the end of 2020 19 had", "With a cut-off of 11.5 14 were", "Since January 2015 14 have")
_OPENER = re.compile(
    r"[ \u00a0\n]*(?:Of|Among|Amongst|From|By|Since|After|Before|During|Until|With|Without|In"
    r"|At|On|Over|Under|Between|Within|For|Through|Throughout|Across|Above|Below|Following)"
    r"[ \u00a0\n][^,;:()]*\Z")
_PART_OPENER = re.compile(r"[ \u00a0\n]*(?:Of|Among|Amongst)[ \u00a0\n][^,;:()]*\Z")
# a clause opened by "of" or "among" after a comma or semicolon: "; of those seen in 2019 12
# relapsed", ", and among those treated after 2016 8 were lost"
_PARTITIVE = re.compile(r"[;,][ \u00a0\n]+(?:(?:and|but|while|whereas)[ \u00a0\n]+)?"
                        r"(?:of|among|amongst)[ \u00a0\n][^,;:()]*\Z")


def after_values(body: str, count: int) -> list[Option]:
    """The digit groups set after a year or a decimal that may be raised callouts, each with
    the reach first-citation order may believe it as (see the module's docstring)."""
    found: list[Option] = []
    matches = list(_VALUE_THEN.finditer(body))
    for match in matches:
        end = match.end("list")
        numbers = [int(n) for n in re.findall(r"\d+", match.group("list"))]
        if max(numbers) > count or not closes(body, end) or series(body, end) or next_word(
                body, end) == "of":
            continue  # "in 2019 15 ponds", "2019 15 and 16", "2021 15 of the ponds": counts
        if _OPENING.search(body, max(0, match.start() - 16), match.start()):
            continue  # "In 2020 15, the survey": a count after a sentence's adverbial
        if len(numbers) == 1 and _opened_by_preposition(body, match.start(), _MARK.match(
                body, end) is not None):
            continue  # "Of those enrolled in 2017 12 moved": a count, its comma dropped
        if _NUMBER_BEFORE.search(body, max(0, match.start() - 20), match.start()) or \
                _STATISTIC.search(body, max(0, match.start() - 12), match.start()):
            continue  # "0.4 0.7 15": a row of values; "(SD 0.8 15)": a statistic's
        if _paired(body, match, matches):
            continue  # "in 2018 12, in 2019 15": counts by year
        marked = _MARK.match(body, end) is not None
        reach = "tail" if len(numbers) > 1 else "near" if marked else "ahead"
        found.append((match.span("list"), numbers, reach))
    return found


def _paired(body: str, match: re.Match[str], matches: list[re.Match[str]]) -> bool:
    """Another value and number stand in the sentence of `match`: a series of pairs."""
    opens = max((m.end() for m in _SENTENCE.finditer(body, max(0, match.start() - 300),
                                                      match.start())), default=0)
    stop = _SENTENCE.search(body, match.end("list"))
    closes_at = stop.start() if stop else len(body)
    return any(other is not match and opens <= other.start() < closes_at for other in matches)


def _opened_by_preposition(body: str, start: int, marked: bool) -> bool:
    """The sentence holding `start` opens with a preposition and no comma, colon or
    parenthesis stands between its first word and `start` (its first word looked for after
    the last stop, or after a line break: a heading's, or a wrapped line's): the digits are
    the subject of the clause that follows ("By the end of 2020 19 had started"); before
    a mark ("In a trial published in 2016 9, absences fell") only after "of" or "among" (the
    part of a whole: "Of the deaths recorded in 2020 8, half were")."""
    opens = max((m.end() for m in _SENTENCE.finditer(body, max(0, start - 300), start)),
                default=max(0, start - 300))
    chunk = body[opens:start]
    heads = [0] + [i + 1 for i, char in enumerate(chunk) if char == "\n"]
    opener = _PART_OPENER if marked else _OPENER
    return any(opener.match(chunk, head) for head in heads) or _PARTITIVE.search(
        chunk) is not None
