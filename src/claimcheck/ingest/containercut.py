"""A one-a-line dated entry cut inside its container on its first line.

A chapter or a paper names what it is in: "In:", "in", "In :" and the work, its editors'
mark ("(Hrsg.)", "(Hg.)", "(Eds.)", "(ed)", "(dir.)"), a proceedings' name. When an entry's
only line so far stops on a bare word after such a cue ("..., in: Tseng, M. (Hrsg.), The
Customer Centric"), the entry has shown its authors, year and title and is inside the work
it is in: the line after it is that work's rest ("Enterprise, Berlin, ..., S. 35-50."),
however it opens. A name and its comma, one word and its stop, an author element: the rest
of a container's title reads as entries open (`wrapcut.cut_on_word` refuses such lines for
want of evidence; here the line before is the evidence). The line must print no year or
date of its own (`ownyear.own_year`), nor open with names and a year (the next entry,
also of the same year), a list number or a link, and must bring the rest of its container's
title ending on its pages (an imprint or a link alone is how an undated entry ends).

A line may stop among the editors' names after "In" ("..., in B." / "G. Peters and J.
Pierre, eds., The Handbook ..."; "In: Pletsch, A. u." / "W. Döpp (Hrsg.): ..."): the next
line goes on when it opens with names alone up to the editors' mark, and prints no year of
its own nor names and a year (an editor's own book, `rest_of_editors`). Two bounded lines
are read.
"""

from __future__ import annotations

import re

from claimcheck.ingest import titlecut, wordends, wrapcut
from claimcheck.ingest.bare import HABIT, BareHabits, opens_surely
from claimcheck.ingest.entryalone import imprint_end
from claimcheck.ingest.kinds import end_kind
from claimcheck.ingest.ownyear import own_year
from claimcheck.ingest.starts import MARKER, NUMBER_START, YEAR

# What an entry is in: "In:"/"In :"/"in:", "In" or "in" after a stop or a comma (not a
# title's "in", "Data Sharing in Practice"), an editors' mark in brackets or after a comma
# ("(Hrsg.)", "(eds)", ", eds.,", "(dir.)"), "Proceedings of" / "Proc."; the container's
# first words follow it
_CUE = re.compile(
    r"(?:(?<![\w-])[Ii]n\s?:|[.,;?!'’\"”]\s*[Ii]n(?=\s))\s"
    r"|\((?:Hrsg|Hg|[Ee]ds?|[Éé]ds?|dir|coord|Red)\.?\)[.,:]?\s"
    r"|,\s(?:[Ee]ds?|Hrsg|Hg)\.?,?\s"
    r"|\bProc(?:eedings\sof|\.)\s")
# "In" and its colon, or "In"/"in" after a stop or a comma: the editors' names may follow
_IN_CUE = re.compile(r"(?:(?<![\w-])[Ii]n\s?:|[.,;]\s*[Ii]n)\s")
# the editors' mark: "(Hrsg.)", "(Eds.)", "(dir.)", ", eds.,"
_EDITORS = re.compile(r"\((?:Hrsg|Hg|[Ee]ds?|[Éé]ds?|dir|coord)\.?\)|,\s(?:[Ee]ds?|Hrsg|Hg)\.?,")
# names alone: capitalised words and initials, "u. a.", "and", "&", commas and slashes (a
# word taken whole, possessively: no backtracking into a long run of capitals)
_NAMES = re.compile(r"(?:[A-Z\u00c0-\u00de][\w'’.-]*+|u\.|a\.|and|und|et|&|[,/;]|\s)+")
_EDITOR_CHARS = 80  # the editors' mark ends their names within so many characters
_WORDS = re.compile(r"[^\W\d_]{2,}")  # the container's first words after its cue
# pages or a range: in the container, the entry is past its title ("(pp. 15-22)", "S.
# 3‒9"); in the line after it, they end the container
_RANGE = re.compile(r"\d\s*[-–‒]{1,2}\s*\d|\b(?:pp?|S|Sp)\.\s?\d")
_HEAD_CHARS = 40  # an entry's names and year open it within so many characters
# a date printed as none in an entry's head: "(n.d.)", "(o. J.)", "(s.d.)"
_NO_DATE = re.compile(r"\bn\.\s?d\.|\bs\.\s?d\.|\bo\.\s?J\.")


def rest_of_container(prev: str, text: str, habit: BareHabits, size: int,
                      entry_dated: bool) -> bool:
    """`text` carries on the one-line dated entry `prev` cut inside its container (see the
    module)."""
    if size != 1 or not entry_dated or habit.dated < HABIT:
        return False
    year = YEAR.search(prev)
    inside = _container(prev, year.end() if year else 0)
    if inside is None or _RANGE.search(inside) or not _WORDS.search(inside):
        return False
    if end_kind(prev, False) != "word" or not wordends.WORD_END.search(prev):
        return False
    if imprint_end(prev) or titlecut.marked(text):
        return False
    if own_year(text, year.group() if year else ""):
        return False
    if opens_surely(text, habit) and YEAR.search(text[:_HEAD_CHARS]):
        return False  # the next entry's names and year, the same year too
    if _NO_DATE.search(text, 0, _HEAD_CHARS):
        return False  # an undated entry's names and "n.d." ("Common Sense Media. (n.d.).")
    # what follows a container's title ends on the chapter's or paper's pages ("S. 35-50",
    # "pp. 3-12", "551, 8-16"): an imprint or a link alone is also how an undated entry
    # (a body's report, a work of reference, a statute, a dataset) ends after an entry that
    # lacks its stop ("... In: Handbuch Soziologie" / "Duden. ..., Berlin: Dudenverlag")
    return wrapcut.same_case(prev, text) and bool(_RANGE.search(text))


def _container(prev: str, start: int) -> str | None:
    """What the line prints after its last container cue past the entry's year and some of
    its title, or None: a title's own first word is no cue ("2008. In Defense of Food")."""
    cues = [cue for cue in _CUE.finditer(prev, start) if _WORDS.search(prev, start, cue.start())]
    return prev[cues[-1].end():] if cues else None


def rest_of_editors(prev: str, text: str, habit: BareHabits, size: int,
                    entry_dated: bool) -> bool:
    """`text` carries on the one-line dated entry `prev` cut among its container's editors
    after "In" (see the module)."""
    if size != 1 or not entry_dated or habit.dated < HABIT:
        return False
    year = YEAR.search(prev)
    cues = list(_IN_CUE.finditer(prev, year.end() if year else 0))
    if not cues or not _NAMES.fullmatch(prev[cues[-1].end():].rstrip()):
        return False
    mark = _EDITORS.search(text, 0, _EDITOR_CHARS)
    if mark is None or not _NAMES.fullmatch(text[:mark.start()].rstrip()):
        return False
    if MARKER.match(text) or NUMBER_START.match(text) or YEAR.search(text, 0, _HEAD_CHARS):
        return False  # a list number, or an editor's own book and its year
    return not own_year(text, year.group() if year else "")
