"""The editors of the work an entry is in, cut from their "in" onto a line of their own.

A one-a-line entry cut right after its "in" ("Lyons, B. (1996), 'Industrial Concentration',
in" / "Davies, S. W. and Lyons, B. R. (eds.), Industrial Organization ...", "... In:
Manfred" / "Heßler (Hg.), Zwischen Nationalstaat ...") leaves a line that opens with names
and their editors' mark and no year before it: an edited work's own entry prints its year
("Davies, S. W. (ed.) (1996), ...", "Heßler, M. (Hg.) 1993: ..."), the editors of a
container do not. `editors_after_in` reads the two lines' ends and heads once.
"""

from __future__ import annotations

import re

from claimcheck.ingest.bare import BareHabits
from claimcheck.ingest.starts import YEAR

# the line before ends on "in" or "In:" (the work it is in follows), or on a given name
# right after them ("In: Manfred", the editor's family name cut onto the next line)
_IN_END = re.compile(r"(?:^|[\s,;.])[Ii]n:?(\s[A-Z][a-z\u00df-\u00ff]+)?\s*$")
# after a given name the line opens with its family name alone, then the mark ("Heßler
# (Hg.)"): not an entry's own names with their initials after a last word "In Press", "In
# Vorbereitung", "in Action" ("Cooke, P. and Morgan, K. (eds) ...")
_FAMILY_THEN_MARK = re.compile(r"^[A-Z\u00c0-\u00de][\w'’-]+\s?\(")
# names, then the editors' mark early in the line: "(eds.)", "(eds)", "(Hg.)", "(Hrsg.)",
# "( eds)", ", eds.,"
_EDITORS = re.compile(
    r"^[^()\d]{2,90}?(?:\(\s?(?:[Ee]ds?|[Hh]gg?|[Hh]rsg|[Ee]ditors?)\.?\s?\)|,\s(?:eds?|editors)\.?,)")


_AFTER_MARK = 10  # the own year follows the mark within so many characters: " (1996),"


def editors_after_in(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`text` opens with the editors of the work the entry whose last line `prev` ended on
    its "in" is in (see the module): names and their mark, no year before it or right
    after it."""
    end = _IN_END.search(prev.rstrip())
    if not end or (end.group(1) and not _FAMILY_THEN_MARK.match(text)):
        return False
    found = _EDITORS.match(text)
    # an edited work's own year before the mark or right after it is its own entry's
    return found is not None and not YEAR.search(text[:found.end() + _AFTER_MARK])
