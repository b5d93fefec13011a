"""What a name list's other names show about one of its names (`read_name`):

- a list in capitals that prints its family names first ("BOOTH GL, KAPRAL MK, FUNG K")
  prints "TU JV" so too, family name first;
- a list that prints every given name as initials ("Z. Yuan, J.D. Benck, A. Govind Rajan")
  prints no given name whole, so the words after a name's initials are all its family name
  ("Govind Rajan", "Fiatarone Singh", "Thiebaut de Schotten"), not a given name and a family
  name: a name of initials and one family word, or initials after an inverted family
  name ("Wang, Y., D. Simar, and M. A. Fiatarone Singh"), show the habit. (A list that copies
  its sources' given names as printed, "H. O. Smith, J. Craig Venter": a first word known
  as a given name, `forenames.is_forename`, is read as the middle name it is there; "R. Keith
  Sawyer" -> Sawyer, "A. Govind Rajan" -> Govind Rajan. A given name the list there lacks is
  read as a family word.)
"""

from __future__ import annotations

import re
from itertools import islice
from typing import NamedTuple

from claimcheck.model import Author
from claimcheck.parse.forenames import is_forename
from claimcheck.parse.onename import PARTICLES, UP, is_suffix, parse_name

# A name in capitals printed family name first: a family name of three letters or more,
# then initials without stops ("BOOTH GL", "KAPRAL MK", "FUNG K")
_CAPS_FAMILY_FIRST = re.compile(rf"[{UP}][{UP}'-]{{2,}}(?: [{UP}]{{1,2}})+")
_INITIALS = rf"(?:[{UP}]\.[\s-]?)+"
# a capitalised word with a lower-case letter; one way to read it (lookahead, possessive):
# `[\w]*[a-z][\w]*` splits each word several ways, and a failing name tries every mix
_WORD = rf"[{UP}](?=[\w'’-]*?[a-zß-ÿ])[\w'’-]*+"
_PARTICLE = rf"(?:{'|'.join(sorted(PARTICLES))})"
# Initials and one family word ("Z. Yuan", "J.D. Benck", "J.-P. Dupont")
_INITIALS_ONE = re.compile(rf"{_INITIALS}\s*{_WORD}")
# Initials alone: an inverted name's second half ("Wang, | Y.")
_BARE = re.compile(_INITIALS)
# Initials and a family name of two words or more, particles between them
_INITIALS_MORE = re.compile(rf"({_INITIALS})\s*({_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_WORD})+)")


class Habits(NamedTuple):
    caps_family_first: bool
    initialised: bool


NO_HABITS = Habits(False, False)  # (for a list whose every part is "Family, Given")


def list_habits(parts: list[str]) -> Habits:
    """The habits above, read from the list's parts (each one name or half a pair)."""
    capitals = filter(_CAPS_FAMILY_FIRST.fullmatch, parts)  # (read up to the second only)
    return Habits(len(list(islice(capitals, 2))) == 2,
                  any(_INITIALS_ONE.fullmatch(p) or _BARE.fullmatch(p) for p in parts))


def read_name(part: str, org: bool, habits: Habits) -> Author:
    """One whole name, read as the list's habits say (else as `parse_name` reads it alone)."""
    if habits.initialised:
        more = _INITIALS_MORE.fullmatch(part)
        if more and not any(map(is_suffix, part.split())) \
                and not is_forename(more.group(2).split()[0]):
            return Author(family=more.group(2), given=more.group(1).strip())
    return parse_name(part, org, habits.caps_family_first)
