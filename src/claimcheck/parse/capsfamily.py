"""A family name printed in capitals before a given name printed in lower case: "DUPONT
Jean", "ROSSI Maria Grazia", "LE GOFF Jacques", "de LA FONTAINE Jean".

French and Italian bibliographies and notes (and Japanese ones in Latin letters) print the
family name first in capitals and the given name after it with no comma; a name's words
otherwise read given name first ("Jean Dupont"), so the capitals were taken for a given
name. The case is the cue: the leading words are capitals with a vowel, one of them of four
letters or more (a shorter one beside it: "LE GOFF"; alone it may be a given name's
initials, "AM Trinkoff", "IHN Bassole"; an acronym often has no vowel, "CMS"), particles
among them in either case, and every word after them is a capitalised word in lower case
("Jean", "Anne-Marie"), never initials (those are read by `onename.parse_name` already:
"DUPONT J.", "WANG X"). Given name first with the family in capitals ("Jean DUPONT") is left
as it was, and so is a name with an organisation's word ("CMS Collaboration").
"""

from __future__ import annotations

import re
from collections.abc import Set

_UPPER = "A-ZÀ-ÞĄĆĘŁŃŚŹŻ"
_LOWER = "a-zß-ÿąćęłńóśźż'’"
_GIVEN = re.compile(rf"^[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?$")
_CAPS = re.compile(rf"^[{_UPPER}'’-]+$")
_VOWELS = frozenset("AEIOUYÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜ")


def _caps_word(word: str) -> int:
    """The letters of a word in capitals with a vowel (0 for any other word)."""
    if not word.isupper():  # (most words: a vowel in `_CAPS` is a capital, none lower case)
        return 0
    letters = word.replace("-", "").replace("'", "").replace("’", "")
    capitals = bool(_CAPS.match(word)) and not _VOWELS.isdisjoint(letters)
    return len(letters) if capitals and len(letters) >= 2 else 0


def caps_family_end(words: list[str], particles: Set[str]) -> int:
    """How many leading words are the family name in capitals (see the module), or 0;
    `particles` the name particles ("de", "van") in lower case."""
    k = 0
    while k < len(words) and (_caps_word(words[k]) or words[k].lower() in particles):
        k += 1
    if k == 0 or k == len(words) or max(map(_caps_word, words[:k])) < 4:
        return 0
    return k if all(_GIVEN.match(w) for w in words[k:]) else 0
