"""A one-a-line entry's names cut between a person's given name and family name.

Lists that print a name given name first ("Smith, John, and Mary Jones. 1990.", "John
Smith and Mary Jones (1990)") may be hard-wrapped right after a given name: the line is
names alone and stops on it ("Smith, John, and Mary" / "Jones. 1990. The Title. London:
Verso."). The next line then opens as an entry whose author is one word ("Plato. 1990.",
"Jones (1990)"), and is kept apart. But no entry ends on a given name alone: an author
element ends on the family name, an initial or a stop, and a whole entry goes on past its
names. So a line of names alone (`entryrest.names_alone`, no year, digit or stop of a
sentence) that stops on a given name the list of forenames knows (`parse.forenames`),
after "and", "&", a comma or nothing (the line is that name alone), is cut, when the
next line brings the family name and the year: a capitalised word that is no given name,
then names or the year within the head (`_HEAD_CHARS`). In a dated list only (`bare.HABIT`);
the entry so far printed no year. Two lines are read; bounded patterns.
"""

from __future__ import annotations

import re

from claimcheck.ingest.bare import HABIT, BareHabits
from claimcheck.ingest.entryrest import names_alone
from claimcheck.ingest.starts import YEAR
from claimcheck.parse.forenames import is_forename

# the given name ending the line, after a connector, a comma or at the line's start
_GIVEN_END = re.compile(r"(?:^|,\s|\s(?:and|&)\s)([A-Z][a-z]+(?:-[A-Z][a-z]+)?)$")
# the family name opening the next line, before a stop, a comma, a bracket or a connector
_FAMILY_OPEN = re.compile(r"^((?:(?:van|von|de|der|den|da|di|du|la|le)\s)*[A-Z][\w'’-]+)"
                          r"(?:[.,]\s|\s\(|\s(?:and|&)\s)")
_HEAD_CHARS = 60  # the year follows the names within so many characters


def given_name_end(prev: str) -> bool:
    """`prev` is names alone that stop on a known given name (see the module)."""
    prev = prev.rstrip()
    found = _GIVEN_END.search(prev)
    if found is None or not is_forename(found.group(1).split("-")[0]):
        return False
    return names_alone(prev) and not YEAR.search(prev)


def cut_after_given_name(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`text` brings the family name and the year of names cut after a given name in `prev`
    (the signature of `lateyear.RULES`)."""
    if entry_dated or habit.dated < HABIT or not given_name_end(prev):
        return False
    family = _FAMILY_OPEN.match(text)
    if family is None or is_forename(family.group(1).split()[-1]):
        return False
    return bool(YEAR.search(text, 0, _HEAD_CHARS))
