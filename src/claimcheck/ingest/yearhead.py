"""An author element cut from its year: a one-a-line entry's first line is its author alone.

An APA or author-date entry cut right after its author element leaves a line that is the
author alone ("Stinchcombe, Arthur.", "Markovits, A. S. (ed.)", "European Social Survey.",
"Statistisches Bundesamt") and a line that opens with the entry's year and goes on with
its title ("(2015). European Social Survey round 6. Bergen: ...", "1968. Constructing
Social Theories. ..."). No reference is an author alone, and a year-first line after an
undated one is no same-author entry (that follows a dated entry of the same author:
"Weber, M. (1921): ..." / "(1922): ..."). `year_after_head` reads the two lines once each.
"""

from __future__ import annotations

import re

from claimcheck.ingest.authorhead import author_element
from claimcheck.ingest.bare import HABIT, INNER_STOP, BareHabits, dated, opens_surely
from claimcheck.ingest.entryalone import imprint_end
from claimcheck.ingest.kinds import start_kind
from claimcheck.ingest.namesline import without_number
from claimcheck.ingest.starts import YEAR_LEAD
from claimcheck.vocabulary import ARTICLES

_HEAD_WORDS = 6  # an author element alone: a person or a body's name of so many words
# a role after the names: "(ed.)", "(eds.)", "(Hg.)", "(Hrsg.)", "(Red.)."; a try starts at
# a blank run's first blank only (else each blank of a long run starts one: square)
_ROLE = re.compile(r"(?<!\s)\s*\((?:[Ee]ds?|[Hh]g|[Hh]rsg|[Rr]ed)\.?\)\.?\s*$")
# names cut mid-list ("Jones, K. and"); a name's last initial is no cut here ("Smith, J.")
_CUT = re.compile(r"(?:[,&/-]|\b(?:and|und|et|with|of|the|in))\s*$")
# the year, set off by its brackets or its punctuation, then the title's first letter
_YEAR_THEN = re.compile(r"^\(?\d{4}[a-z]?\)?[.:,]\s+[\"“‘„«A-Z\u00c0-\u00de]")


def author_alone(text: str) -> bool:
    """The line is an author element alone: no digit, no bracket but a role, no inner
    sentence's stop (a title: "Plato. Republic."), not cut mid-phrase, a few capitalised
    words, no article first, no place or publisher."""
    line = _ROLE.sub("", without_number(text).strip())
    if not line or any(c.isdigit() or c in "()[]:;\"“”" for c in line):
        return False
    if _CUT.search(line) or INNER_STOP.search(line.rstrip(".")):
        return False
    words = line.split()
    if len(words) > _HEAD_WORDS or words[0].lower() in ARTICLES:
        return False  # a title's rest: "A Comparative Analysis, Ann Arbor."
    # an imprint is no author ("Washington, D.C., Island Press.", "..., Ann Arbor.")
    if imprint_end(line) or start_kind(line, False, False, False) in ("place", "publisher"):
        return False
    return all(word[:1].isupper() or len(word) <= 3 for word in words)


def year_after_head(prev: str, text: str, habit: BareHabits, size: int,
                    entry_dated: bool) -> bool:
    """`text` opens with the year of an undated entry that is so far one line `prev` of its
    author element alone (see the module); not in a list whose entries open with their year."""
    if size != 1 or entry_dated or habit.dated < HABIT or habit.year_first:
        return False
    if not (YEAR_LEAD.match(text) and _YEAR_THEN.match(text)):
        return False
    return author_alone(prev)


def work_after_role(prev: str, text: str, habit: BareHabits, size: int,
                    entry_dated: bool) -> bool:
    """`text`, printing a year, is the work of an undated entry that is so far one line `prev`
    of an author element and its role alone ("Antoni Czubinski (Red.)." / "Józef Piłsudski
    i jego legenda. Warszawa 1988."): the role marks the names as the entry's head. Not a
    line that opens as an entry does (names, initials, an author element and its year)."""
    if size != 1 or entry_dated or habit.dated < HABIT or not _ROLE.search(prev):
        return False
    if not (dated(text) and author_alone(prev)):
        return False
    return not (opens_surely(text, habit) or author_element(text))
