"""Breaking a tie between entries an author-year callout matches equally well.

Three readings of the printed text choose one entry among the tied: initials printed before
the family name ("T. B. Nguyen et al., 2015" against the T. B. and the T. K. V. Nguyen
entries), a name as printed before its Latin spelling ("Ivanov" is the Latin entry's, not
"Иванов"'s, when the list has both), and a year letter the list does not print ("(BRASIL,
2005a, 2005b)" against two "BRASIL ... 2005." entries: the letters follow list order, as
lists that print them are ordered). `link.py` decides how sure each choice is. And one
reading that chooses none: a letter that none of the tied entries prints, where each prints
its own ("2020d" against 2020a-c), names a work the list lacks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.citations.entries import Entry
from claimcheck.citations.scripts import latin_spelling, name_fold
from claimcheck.model import Callout

_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.[ \u00a0\n]?-?){1,4}[ \u00a0\n]$")


def by_initials(callout: Callout, tied: Sequence[Entry], body: str) -> Entry | None:
    """The one tied entry whose first author's initials are those printed before the
    callout, if exactly one fits."""
    printed = _INITIALS_BEFORE.search(body, max(0, callout.start - 16), callout.start)
    if not printed:
        return None
    wanted = re.sub(r"[^A-Z]", "", printed.group())
    fitting = [entry for entry in tied if _initials(entry) == wanted]
    return fitting[0] if len(fitting) == 1 else None


def by_letter(callout: Callout, tied: Sequence[Entry]) -> Entry | None:
    """The tied entry a year letter names in list order, when none of them prints a letter
    and all have the callout's year ("2005b": the second); None past the last."""
    letter = callout.year_suffix
    if len(letter) != 1 or not "a" <= letter <= "z":
        return None
    if any(entry.suffix or entry.year != callout.year for entry in tied):
        return None
    ordered = sorted(tied, key=lambda entry: entry.reference.index)
    place = ord(letter) - ord("a")
    return ordered[place] if place < len(ordered) else None


def letter_unlisted(callout: Callout, tied: Sequence[Entry]) -> bool:
    """The callout's year letter is none of the tied entries', and each of them prints
    its own letter with the callout's year: the letter tells the works apart, so it names
    one the list lacks (not a slip for an entry printed without a letter)."""
    letter = callout.year_suffix
    return bool(letter) and len(tied) > 1 and all(
        entry.suffix and entry.suffix != letter and entry.year == callout.year
        for entry in tied)


def _initials(entry: Entry) -> str:
    authors = entry.reference.authors
    return re.sub(r"[^A-Z]", "", authors[0].given) if authors else ""



def by_spelling(callout: Callout, tied: Sequence[Entry]) -> Entry | None:
    """The one tied entry whose first author is printed as the callout prints the name,
    where the others match it only through a Cyrillic name's Latin spelling: "Ivanov
    (2015)" beside "Ivanov, P. (2015)" and "Иванов И. И. (2015)" is the Latin one,
    "Иванов (2015)" the Cyrillic one."""
    if not callout.names:
        return None
    spelt = [e for e in tied if e.families and _spelt_only(callout.names[0], e.families[0])]
    rest = [e for e in tied if e not in spelt]
    return rest[0] if spelt and len(rest) == 1 else None


def _spelt_only(name: str, family: str) -> bool:
    return name_fold(name) != name_fold(family) and _latin(name) == _latin(family)


def _latin(name: str) -> str:
    return latin_spelling(name) or name_fold(name)
