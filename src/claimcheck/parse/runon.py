"""Name lists printed without separators between the names.

A JATS `person-group` holds its names without punctuation, and the publisher's renderer
adds ", " between them; printed as the XML's text they come out "Wei M Gibbons LW Kampert
JB" (elements spaced) or "Wei MGibbons LWKampert JB" (elements joined, as a text extraction
that concatenates them gives it, and as some PDF and HTML copies do). Without a comma the
list reads as one name. Such a part is split back into its names when, and only when, the
whole part reads as two or more "Family INITIALS" pairs (Vancouver initials without stops):
a capital run glued to the capitalised word after it ("LWKampert") is cut only where the
word before it is a family name, and a "Jr" or "3rd" glued to the next name ("R JrKanaley")
only after initials; "McDonald" stays whole, and a part that does not read entirely so (a
word such as "DJSchenider" or "DAmico" after an initial, which may be glued initials or a
name) is left as it was.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.model import Author
from claimcheck.vocabulary import NAME_PARTICLES_MORE

_UP = "A-Z\u00c0-\u00de"
# The particles that may be glued to initials ("MAvan Baal"): a narrower set than
# onename.PARTICLES, whose "al", "el", "st", "op" would cut ordinary words ("MAal").
_PARTICLES = frozenset((*NAME_PARTICLES_MORE, "della", "das"))
# Initials glued to the family name after them ("LWKampert", "MAvan", "Lde").
_GLUED = re.compile(
    rf"^([{_UP}]{{1,3}})([{_UP}][a-z\u00df-\u00ff].*|{'|'.join(sorted(_PARTICLES))})$")
# Initials glued to the next family name after their full stop ("A.Langridge").
_DOTTED_GLUED = re.compile(
    rf"^((?:[{_UP}]\.-?){{1,3}})((?:de|van|von)?[{_UP}][a-z\u00df-\u00ff].*)$")
# Vancouver initials ("LW") or initials with stops ("J.", "J.-P."; "J. A." is two words).
_INITIALS = re.compile(rf"^(?:[{_UP}]{{1,3}}|(?:[{_UP}]\.-?){{1,3}})$")
_SUFFIXES = frozenset(["Jr", "Sr", "2nd", "3rd"])
_SUFFIX_GLUED = re.compile(rf"^([JS]r\.?|2nd|3rd)([{_UP}][a-z].*)$")
_FAMILY_WORD = re.compile(rf"^(?:de|van|von)?[{_UP}][\w'’-]*[a-z\u00df-\u00ff][\w'’-]*$")


def _two_capitals(word: str) -> bool:
    """"DJSchenider" after an initial: another name's initials glued to a family name, or
    a name such as "DAmico"; either way, not a family name to pair up with certainty."""
    return bool(_GLUED.match(word)) and word[1].isupper()


def _is_family_word(word: str) -> bool:
    return bool(_FAMILY_WORD.match(word)) or word in _PARTICLES


def _unglued(words: list[str]) -> list[str]:
    """The words with each capital run glued to a family word cut off it, where the word
    before is a family word (the run is that family's initials)."""
    out: list[str] = []
    for i, word in enumerate(words):
        match = _GLUED.match(word)
        suffix = _SUFFIX_GLUED.match(word)
        after = words[i + 1] if i + 1 < len(words) else ""
        if match and out and _is_family_word(out[-1]) and (
                match.group(2)[0].isupper() or _FAMILY_WORD.match(after)):
            # "MAvan Baal": a particle cut off only before a family name ("Wal RSW" stays)
            out += [match.group(1), match.group(2)]
        elif suffix and out and _INITIALS.match(out[-1]):  # "Carhart R JrKanaley JA"
            out += [suffix.group(1), suffix.group(2)]
        elif out and (dotted := _DOTTED_GLUED.match(word)):  # "Able J. A.Langridge P."
            out += [dotted.group(1), dotted.group(2)]
        else:
            out.append(word)
    return out


def _pairs(words: list[str]) -> list[Author] | None:
    """The "Family INITIALS" pairs the words make, or None when they do not all pair up."""
    authors: list[Author] = []
    family: list[str] = []
    initials = False  # the word before was initials: more may follow ("A. S.")
    for word in words:
        if _INITIALS.match(word) and family:
            authors.append(Author(family=" ".join(family), given=word))
            family, initials = [], True
        elif _INITIALS.match(word) and initials:
            authors[-1] = replace(authors[-1], given=f"{authors[-1].given} {word}")
        elif word.rstrip(".") in _SUFFIXES and authors and not family:
            suffix = word.rstrip(".") + "." * (word[-1] == "r" or word[-1] == ".")
            authors[-1] = replace(authors[-1], suffix=suffix)
        elif _is_family_word(word) and len(family) < 3 and not _two_capitals(word):
            family, initials = [*family, word], False
        else:
            return None
    return authors if not family and len(authors) >= 2 else None


def run_together(part: str) -> tuple[Author, ...]:
    """The names of a comma-free part that holds several "Family INITIALS" names run
    together ("Wang YSimar DFiatarone Singh MA"), or () when it is not such a list."""
    words = part.split()
    if len(words) < 3 or not _INITIALS.match(words[-1]):
        return ()
    return tuple(_pairs(_unglued(words)) or ())


def looks_run_together(family: str) -> bool:
    """A parsed family name that holds another name's initials ("Wang YSimar", "Wei M
    Gibbons"): the list it came from was printed without separators and not split."""
    words = family.split()
    if len(words) < 2 or family.isupper():  # "DE LA CRUZ": a family name in capitals
        return False
    return any(
        _INITIALS.match(w) or (_GLUED.match(w) and w[1].isupper()) for w in words[1:])
