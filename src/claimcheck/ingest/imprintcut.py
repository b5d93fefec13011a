"""A one-a-line entry cut inside its publisher's name: the name's last words alone next.

An entry's imprint is a place, a colon and a publisher ("New York: Russell Sage
Foundation.", "London: Routledge & Kegan Paul."). A hard wrap inside the publisher's name
leaves a line that stops on a capitalised word right after "Place: ..." without the
entry's stop, and a next line of the name's last words alone: one to three capitalised
words and the stop, or a comma and the year before it ("Foundation.", "Erlbaum.",
"Blackwell, 1987."). No entry is so short and bare (a work cited alone brings at least a
title and where it is found), and no entry of a list whose lines end as references do
ends on a publisher's word without its stop. So the two lines are one entry when:
- the list's lines mostly end as references end (`bare.BareHabits.closed`);
- the line before ends, after a sentence's stop or a bracket, on a place of one to three
  capitalised words (a state's or country's code after a comma may follow), a colon and
  one to four words of a publisher's name, the last capitalised (`_PLACE_PUBLISHER`);
- the line is the name's last words alone (`_NAME_REST`).
Two lines are read; bounded patterns.
"""

from __future__ import annotations

import re

from claimcheck.ingest.bare import MOSTLY, BareHabits

_CAPITAL = r"[A-Z\u00c0-\u00de][\w'’-]*"
# "... . New York: Russell Sage", "...) Hillsdale, NJ: Lawrence", "... . London: Routledge &
# Kegan": a place after a stop or bracket, its code, the colon, a publisher's first words
_PLACE_PUBLISHER = re.compile(
    rf"[.)]\s(?:{_CAPITAL}\s){{0,2}}{_CAPITAL}(?:,\s[A-Z][A-Za-z.]{{1,5}})?:\s"
    rf"(?:(?:{_CAPITAL}|&|and|of)\s){{0,3}}{_CAPITAL}$")
# the name's last words alone, their stop or the year after a comma
_NAME_REST = re.compile(rf"^(?:{_CAPITAL}\s){{0,2}}{_CAPITAL}(?:,\s[12]\d{{3}}[a-z]?)?\.$")
_TAIL = 90  # the imprint ends the line within so many characters


def publisher_cut(prev: str) -> bool:
    """`prev` stops inside a publisher's name after its place and colon (see the module)."""
    return bool(_PLACE_PUBLISHER.search(prev.rstrip()[-_TAIL:]))


def rest_of_publisher(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`text` is the last words of the publisher's name `prev` was cut in (the signature of
    `lateyear.RULES`; the entry's year may follow its publisher, so any entry)."""
    del entry_dated  # the year may come after the publisher (MLA, Chicago's notes)
    if habit.closed < MOSTLY or not _NAME_REST.match(text.strip()):
        return False
    return publisher_cut(prev)
