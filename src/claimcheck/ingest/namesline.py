"""What a line of persons' names alone looks like: the shapes of one name between commas or
"and", and whether a whole line is names and nothing else.

A one-a-line entry cut after its authors leaves a line of names alone ("Kossinets G, Watts
DJ.", "Abelson, H., G. J. Sussman and J. Sussman."), which no reference is; yet one name or
one pair may be an author and a title ("Homer, Odyssey.", "Moby Dick."), and a title may
join two phrases with "and" ("Great Expectations and Hard Times."). So a line is names alone
only when every part between commas or "and" is a person's name in a form lists print (or
two parts are family name and initials, or family and given name in pairs), and names
written out without an initial ("Rebecca Hayden") count only after "and" or among three
persons or more whose last follows "and". Each test reads one bounded line.
"""

from __future__ import annotations

import re

from claimcheck.ingest.bare import NAME_SEP
from claimcheck.ingest.kinds import start_kind
from claimcheck.ingest.starts import LIST_NUMBER
from claimcheck.vocabulary import NAME_PARTICLES_MORE

# A list number before the names ("[48] ", "12. "; `starts.LIST_NUMBER`), here also one in
# round brackets ("(12) "): only stripped, never taken for an entry's start, as
# `starts.NUMBERED` would take it (a line may open with "(2019)" or a wrapped "(3)")
_NUMBER = re.compile(rf"^\s*(?:{LIST_NUMBER}|\(\d{{1,5}}\))\s*")
INITS = r"(?:[A-Z]\.?\s?-?){1,3}"
WORD = (rf"(?:(?:{'|'.join(NAME_PARTICLES_MORE)})\s)*"
        r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'’]+(?:-[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'’]+)?")
# One name between commas or "and": initials alone ("J."), one word ("Frege", "Gottlob"), or a
# word with its initials before or after ("de Foucault B.", "J. Smith"); not two words
# without initials, as a title's part is ("Algebraic Geometry", "Leviathan. 1651")
PART = re.compile(rf"^(?:{INITS}|{WORD})$")
FULL = re.compile(rf"^(?:{INITS}\s?{WORD}|{WORD}\s{INITS})$")
# A name with a middle initial between two words, or an initial before two: "John B. Smith",
# "F. Donelson Smith"
_MIDDLE_INITIALS = r"(?:[A-Z]\.\s?){1,2}"
_MIDDLE = re.compile(
    rf"^(?:{WORD}\s{_MIDDLE_INITIALS}{WORD}|{_MIDDLE_INITIALS}{WORD}\s{WORD})$")
_INITIALS_ALONE = re.compile(rf"^{INITS}$")
_ONE_WORD = re.compile(rf"^{WORD}$")
# A given and a family name written out ("Rebecca Hayden", "Mary Ann Jones"); not with an
# article or a preposition in it ("The Odyssey", "War of Words"), nor a place or a publisher
# ("New York", "Yale University Press")
_WRITTEN_OUT = re.compile(rf"^{WORD}(?:\s{WORD}){{1,2}}$")
_NOT_IN_NAMES = frozenset(("The", "A", "An", "Of", "On", "In", "For", "To", "With", "From"))
_WRITTEN_OUT_ALONE = 3  # persons written out after commas make names alone from three
_GIVEN = re.compile(rf"^{WORD}(?:\s(?:[A-Z]\.\s?){{1,2}})?$")  # "John", "Robert D."
_AND = "and"
# what may follow a name and is no name: "Jr", "2nd", "et al."
_SUFFIX = re.compile(r",?\s(?:Jr|Sr|II|III|IV|2nd|3rd|et al)\.?(?=,|\s|$)")


def without_number(text: str) -> str:
    """The line without the list number it opens with ("[48] ", "12. ")."""
    return _NUMBER.sub("", text, count=1)


def names_line(text: str) -> bool:
    """The line is names alone (see the module): every name whole with its initials
    ("Kossinets G, Watts DJ.", "G. A. Kabatyanskii and V. I. Levenshtein.", "Eger EI 2nd."),
    two persons' family and given names in pairs ("Smith, John, and Jones, Mary."), or
    persons in those forms, with a middle initial or written out, two or more ("Abelson, H.,
    G. J. Sussman and J. Sussman."): no title, no year."""
    names = _SUFFIX.sub("", without_number(text)).strip().rstrip(".,;").strip()
    if not names or any(c.isdigit() or c in ";:\"“”" for c in names):
        return False
    parts = [part.strip() for part in NAME_SEP.split(names) if part.strip()]
    if parts and all(FULL.match(part) for part in parts):
        return True
    if len(parts) >= 4 and len(parts) % 2 == 0 and all(PART.match(part) for part in parts):
        return True
    return _persons(names)


# a separator, kept (no spaces before it: the parts are stripped, and a leading "\s*" made
# every space of a long run start a try that ran to the run's end)
_SEPARATED = re.compile(r"(,\s*(?:and\b|&)?|\band\b|&)\s*")


def _persons(names: str) -> bool:
    """The names are two persons or more, each a whole name (initials, a middle initial), a
    family name then its initials, or written out; the first may be a family name then its
    given name ("Putnam, Robert D.,"). A written-out name only after "and" (the last author,
    "Smith, J., and Mary Jones") or among three persons or more whose last follows "and"
    ("Putnam, Robert D., Robert Leonardi, and Raffaella Y. Nanetti."); not a title after a
    comma ("Marx, K., Das Kapital.", "Weber, Max, Economy and Society.")."""
    pieces = _SEPARATED.split(names)
    parts = [(pieces[k - 1] if k else "", pieces[k].strip()) for k in range(0, len(pieces), 2)]
    persons = written = after_and = 0
    k = 0
    while k < len(parts):
        sep, part = parts[k]
        after = parts[k + 1][1] if k + 1 < len(parts) else ""
        if FULL.match(part) or _MIDDLE.match(part):
            k += 1
        elif _ONE_WORD.match(part) and (_INITIALS_ALONE.match(after) or (
                k == 0 and _GIVEN.match(after))):
            k += 2  # "Abelson, H.", and first only "Putnam, Robert D." or "Smith, John"
        elif _WRITTEN_OUT.match(part) and not _NOT_IN_NAMES.intersection(part.split()) and (
                start_kind(part, False, False, False) not in ("place", "publisher")):
            written += 1
            after_and += _AND in sep or "&" in sep
            k += 1
        else:
            return False
        persons += 1
    last_and = _AND in parts[-1][0] or "&" in parts[-1][0]
    if persons < 2:
        return False
    return written == after_and or (persons >= _WRITTEN_OUT_ALONE and last_and)
