"""Glued superscript lists printed with a space after their commas: "disease22, 44–48".

Plain text of a raised list may keep the space its typesetter put after each comma, so
"models22, 44–48." and "trial3, 20 patients" look alike. A list runs on past its first
comma only after a sure superscript and while its numbers rise: ended by a mark, a
function word or an aside naming a table, a figure or an example ("signaling39, 40 (Table
1"; not where the last number counts a part: "Of the 14 trials in reviews11, 12 (Table 1)
met"), or raised after a mark before the next sentence (`spaced_list`); where its
numbers drop after a comma ("youth24, 25, 27–35, 13 on gender") the list is the items before
the drop, when they rise close together, and the lower number opens the prose after it (a
preposition follows it, as after a count whose noun is left out; not "and" nor a verb:
"cohorts5, 7, 10, 6 and 11%" is a series of rates); a list before a comma and a number is
no list at all ("cohorts5, 7, 10, 6% in": the series goes on). A verb in the past, a word
that opens a clause or a series' next item after it ("sensitivity,16, 19, 20, 73 albeit",
"apple,37-39, 70 barley,") leaves the longer reading to first-citation order
(`list_runs_on`, believed as `believed._believed`'s "tail": its numbers at most a few
past the highest cited, which a count seldom is); any other word is what its last number
counts ("fens,7, 8 h after", "peat7, 12 cm below", "fen,5, 6 km from"). Also whether a
range set after a space stands alone in a parenthesis (`in_parentheses`: a value's spread).
"""

from __future__ import annotations

import re
from itertools import pairwise

from claimcheck.citations.notation import DASH
from claimcheck.citations.spaced_words import GOES_ON_WITH, OPENS_CLAUSE
from claimcheck.citations.split_runs import Option

_ITEM = re.compile(rf"(\d{{1,4}})(?:{DASH}(\d{{1,4}}))?")  # "25" or "27–35"
# the words a dropped number counts before: a phrase naming what it counts, its noun left
# out ("13 on gender", "6 of whom"); after "and", "to" or a verb it is a series' last item
# ("cohorts5, 7, 10, 6 and 11%", "6 were similar")
_COUNTS_BEFORE = frozenset(("of", "on", "in", "at", "for", "with", "from"))
_STEP = 10  # how far a list's next number may lie above the one before it
# an aside after a list that names the article's own material or an example, as a callout
# is followed, not a count's noun ("trial3, 20 (patients)", "cohorts1, 2 (n = 40)")
_ASIDE = re.compile(r"[ \u00a0]\((?:Table|Fig|Figure|Supplementary|e\.g\.|i\.e\.|see\b|reviewed)")


def spaced_list(body: str, span: tuple[int, int], kind: str) -> tuple[int, int]:
    """A list printed with a space after its commas ("disease22, 44–48") runs on only after
    a sure superscript and only while its numbers rise: "CO2, 3 times" is a name and a
    count, "in 20082, 3 patients" a year."""
    cut = body.find(", ", span[0], span[1])
    if cut < 0:
        cut = body.find(",\u00a0", span[0], span[1])
    if cut < 0:  # a line broken at the comma: cut only where the last number counts a part
        wrapped = body.find(",\n", span[0], span[1])  # ("Of the 46 genes in ID15,⏎23 (Table")
        counts = wrapped >= 0 and _ASIDE.match(body, span[1]) and _counted_part(body, span)
        return (span[0], wrapped) if counts else span
    numbers = [int(n) for n in re.findall(r"\d{1,4}", body[span[0] : span[1]])]
    rising = all(a < b for a, b in pairwise(numbers))
    dropped = False
    if kind == "sure" and not rising:
        whole, span = span, _before_drop(body, span)  # "youth24, 25, 27–35, 13 on": 13 counts
        rising = dropped = span != whole  # uncut, the list neither rises nor ends here
    ends = dropped or _list_ends(body, span)
    return span if kind == "sure" and rising and ends else (span[0], cut)


def _before_drop(body: str, span: tuple[int, int]) -> tuple[int, int]:
    """The items of a list before the first one that drops below the number before it
    ("24, 25, 27–35, 13 on": a list, then a count opening the clause after it), when they
    are two or more, rise by at most `_STEP` each, the drop follows ", " and opens prose
    (`opens_prose`); else `span`."""
    items = list(_ITEM.finditer(body, span[0], span[1]))
    for before, item in pairwise(items):
        if int(item.group(1)) > int(before.group(2) or before.group(1)):
            continue
        kept = items[: items.index(item)]
        lows = [int(m.group(1)) for m in kept]
        highs = [int(m.group(2) or m.group(1)) for m in kept]
        close = all(0 < b - a <= _STEP for a, b in zip(highs, lows[1:], strict=False))
        gap = body[before.end() : item.start()]
        opens = opens_prose(body, item.end())
        return (span[0], before.end()) if (len(kept) >= 2 and close and gap == ", "
                                           and opens) else span
    return span


def opens_prose(body: str, end: int) -> bool:
    """Whether the number that drops opens the prose after a list ("13 on gender"): a word
    of `_COUNTS_BEFORE` follows it and no number follows that word; not a word that joins a
    series' next item ("cohorts5, 7, 10, 6 and 11%": a series of rates, no list)."""
    word = re.match(r"[ \u00a0]+([a-z]+)\b(?![ \u00a0,]*\d)", body[end : end + 30])
    return word is not None and word.group(1) in _COUNTS_BEFORE


def list_runs_on(body: str, span: tuple[int, int], kind: str, cut: tuple[int, int]
                 ) -> list[Option]:
    """The whole of a sure list with a space after its commas that `spaced_list` cuts
    ("sensitivity,16, 19, 20, 73 albeit"), as a reading of reach "tail": rising, and
    followed by a word a clause goes on with, a verb in the past, a word that opens a
    clause or a series' next item ("apple,37-39, 70 barley,"), with no number after it; any
    other word is what the last number counts ("studies,3, 4 weeks later", "fens,7, 8 h
    after"). `cut` is what `spaced_list` made of `span`; no readings ([]) when the list is
    not cut."""
    if kind != "sure" or cut == span:
        return []
    numbers = [int(n) for n in re.findall(r"\d{1,4}", body[span[0] : span[1]])]
    rising = len(numbers) > 1 and all(a < b for a, b in pairwise(numbers))
    after = re.match(r"[ \u00a0\n]+([a-z]+)\b(?![ \u00a0]*\d)([,;])?", body[span[1] : span[1] + 30])
    word = after.group(1) if after else ""
    # or an item of a series, closed by its own mark: "apple,37-39, 70 barley,19, 30 maize"
    goes_on = word in GOES_ON_WITH or word in OPENS_CLAUSE or word.endswith("ed") or bool(
        after and after.group(2))
    return [(span, numbers, "tail")] if rising and goes_on else []


def _list_ends(body: str, span: tuple[int, int]) -> bool:
    """A list ends with a mark or a function word not followed by a number ("trial3, 20
    patients", "chr17, 21 and 22", "study14, 25 of 30", "cohorts5, 7, 10, 6% in": a count
    or a series goes on), or, raised after a mark, before the next sentence ("fish.21, 22
    Nevertheless")."""
    end = span[1]
    if re.match(r"[.,;:)](?!\d)|\s*$", body[end : end + 2]) and not re.match(
            r",[ \u00a0]\d", body[end : end + 3]):
        return True
    if body[span[0] - 1] in ".;:" and re.match(r"[ \u00a0\n]+[A-Z]", body[end : end + 3]):
        return True
    # "signaling39, 40 (Table 1", "intensification18, 21 (e.g."
    if _ASIDE.match(body, end) and not _counted_part(body, span):
        return True
    word = re.match(r"[ \u00a0]+([a-z]+)\b(?![ \u00a0]*\d)", body[end : end + 30])
    return word is not None and word.group(1) in GOES_ON_WITH


# a clause opened by a part of a whole: "Of the 14 trials ...", "In total, of 402 deaths ..."
_PARTITIVE = re.compile(r"(?:of|among|amongst|from|out of)\b", re.IGNORECASE)
# words that join what follows a cited list's aside to it, which a verb after a count's
# aside is not ("(Table 1) and in", "(Fig. 2) in mice", "(Table 1) however")
_JOINING = """
    and or but nor as in on at for with to from by of than whereas while which that who
    whose where when although though because since however thus
"""
_JOINS = frozenset(_JOINING.split())
# where a clause opens: a stop, perhaps with a callout glued to it ("older.18 Of"), or a line
# break before a capital (a wrapped line's break is a space), or a comma
_CLAUSE_OPENS = re.compile(
    r"[.?!;:](?:\d[\d,\u2013\-]*)?[ \u00a0\n]+(?=[A-Z(])|,[ \u00a0\n]+|\n(?=[A-Z(])")


def _counted_part(body: str, span: tuple[int, int]) -> bool:
    """The list's comma closes a partitive phrase and its last number counts the part, the
    subject of a verb after the aside ("Of the 14 trials identified by reviews11, 12 (Table
    1) met", "Of 402 deaths in trials15, 16 (Fig. 2) were"): the clause holding the list
    opens with a partitive word and a lower-case word follows the aside that no list is
    followed by, neither a conjunction nor a preposition nor a word that opens a clause
    (after a cited list the partitive phrase needs its comma: "Of the genes reported
    before4, 12 (Table 1), most were"; "From reviews4, 12 (Table 1) we took")."""
    window = body[max(0, span[0] - 300) : span[0]]
    opens = [m.end() for m in _CLAUSE_OPENS.finditer(window)]
    if not (opens or span[0] <= 300) or not _PARTITIVE.match(window, opens[-1] if opens else 0):
        return False
    close = body.find(")", span[1], span[1] + 80)
    verb = re.match(r"\)[ \u00a0\n]+([a-z]+)\b", body[close : close + 30]) if close > 0 else None
    return verb is not None and verb.group(1) not in _JOINS | OPENS_CLAUSE


def in_parentheses(body: str, match: re.Match[str]) -> bool:
    """A range alone inside an open parenthesis ("(amino acids 1–23)", "(months 2–7)"): a
    value's spread; "(Adams 9)", "(several references 23,24)" cite."""
    before = body[max(0, match.start() - 60) : match.start()]
    lone_range = "," not in match.group("list") and len(re.findall(r"\d+", match.group(
        "list"))) == 2
    return lone_range and before.rfind("(") > before.rfind(")")
