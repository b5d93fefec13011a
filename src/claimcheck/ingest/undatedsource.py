"""The line after an undated entry, in a one-a-line list: its source in the forms
`undatedrest` does not read.

`undatedrest.source_after_title` joins an undated line of names and a title to the line
that brings its source and year alone, when the names open with initials or a family name
and the source prints no number before its year. Lists print three more forms of the same
cut, each read here by structure and then put to `undatedrest`'s own guards (a work cited
alone, a title after the year, an author-date list, a line that opens as entries do):

- names written out given name first, as computer science and physics lists print them
  ("Susan Montgomery. Hopf Algebras and Their Actions on Rings." / "American Mathematical
  Society, 1993.", "Étienne Renard, La gestion des domaines ..."): each name a given name
  (with middle initials) and a family name, none a place or a publisher; read as a name led
  by its initial;
- a journal's volume and pages before the year ("Journal of Parallel and Distributed
  Computing, 5(5) 587-616, October 1988.", "IEEE Trans. Softw. Eng., 17 259-273, 1991.",
  "..., 29, 1999, 117-150."): one element of a volume and a page range right before the
  year (or the volume before it and the pages after it), read as if printed after the year;
  a number without a page range ("Public Law 104-191, 1996.") is not one;
- an imprint in brackets alone, as physics and humanities lists print a book's ("(Springer,
  Dordrecht, 2006).", "(New York, NY: Norton, 1986), vol. ii, pp. 1565–68."): no entry is
  a bracketed imprint, so it goes on after an undated entry of one line.
"""

from __future__ import annotations

import re

from claimcheck.ingest import undatedrest
from claimcheck.ingest.bare import HABIT, BareHabits
from claimcheck.ingest.entryalone import imprint_alone
from claimcheck.ingest.kinds import start_kind
from claimcheck.ingest.namesline import WORD
from claimcheck.vocabulary import PUBLISHER_WORDS, YEAR_DIGITS

# A person written out, given name first: "Susan Montgomery", "Robin C. Williamson",
# "Wolf-Dietrich Weber", "Étienne Renard"; names joined by a comma or "and"
_GIVEN = r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+(?:-[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+)?"
_PERSON = rf"{_GIVEN}\s(?:[A-Z]\.\s?){{0,2}}{WORD}"
_GIVEN_FIRST = re.compile(
    rf"^(?P<names>{_PERSON}(?:(?:,\s(?:and\s)?|\s(?:and|&)\s){_PERSON})*)[.,]\s(?=\S)")
_JOIN = re.compile(r",\s(?:and\s)?|\s(?:and|&)\s")
# words no person's name holds: an article or a preposition ("The Odyssey", "War of Words")
_NOT_NAMES = frozenset(("The", "A", "An", "Of", "On", "In", "For", "To", "With", "From"))


def _as_initials(prev: str) -> str | None:
    """`prev` with its names written out given name first read as one name led by its
    initial ("Susan Montgomery. Hopf ..." -> "S. Montgomery, Hopf ..."), or None."""
    found = _GIVEN_FIRST.match(prev)
    if found is None:
        return None
    for person in _JOIN.split(found.group("names")):
        if _NOT_NAMES.intersection(person.split()) or start_kind(
                person, False, False, False) in ("place", "publisher"):
            return None
    family = found.group("names").split()[-1]
    return f"{prev[0]}. {family}, {prev[found.end():]}"


# A journal's volume (and issue) and pages: "5(5) 587-616", "17 259-273", "21:558-565"
_VOLUME = r"\d{1,4}(?:\s?\(\d{1,4}(?:[-–/]\d{1,4})?\))?"
_PAGES = r"(?:pp?\.\s?)?\d{1,6}\s?[-–]\s?\d{1,6}"
_NUMBERS_BEFORE = re.compile(
    rf",\s(?P<volume>{_VOLUME})(?P<pages>[,:]?\s?{_PAGES})?,\s"
    rf"(?P<year>(?:[A-Z][a-z]{{2,8}}\.?\s)?{YEAR_DIGITS}[a-z]?)"
    rf"(?P<after>,\s?{_PAGES})?\.?$")


def _numbers_after(text: str) -> str | None:
    """`text` with the volume and pages printed before its year moved after it ("Journal
    ..., 5(5) 587-616, October 1988." -> "Journal ..., October 1988, 5(5) 587-616."), or
    None when no page range goes with the volume."""
    found = _NUMBERS_BEFORE.search(text)
    if found is None or not (found.group("pages") or found.group("after")):
        return None
    numbers = found.group("volume") + (found.group("pages") or "") + (found.group("after") or "")
    return f"{text[:found.start()]}, {found.group('year')}, {numbers}."


# An imprint in brackets, then at most a volume's and pages' numbers: "(Springer, Dordrecht,
# 2006).", "(New York, NY: Norton, 1986), vol. ii, pp. 1565–68."
_BRACKETED = re.compile(
    rf"^\((?P<imprint>[^()\[\]]{{3,80}}?{YEAR_DIGITS})\)"
    r"(?P<rest>(?:,\s?(?:vols?\.\s?[ivxlcIVXLC\d]+|pp?\.\s?\d+(?:\s?[-–]\s?\d+)?))*)\.?$")


def _bracketed_imprint(text: str) -> bool:
    """The line is an imprint in brackets alone (see `_BRACKETED`, `imprint_alone`)."""
    found = _BRACKETED.match(text)
    return found is not None and imprint_alone(found.group("imprint") + ".")


# A title, then its imprint and year: "The Art of Computer Programming, Addison-Wesley,
# 1997.", "Introduction to Algorithms, MIT Press, 2009.": a book cited alone, title first;
# a source opens on its publisher, body or journal ("Springer-Verlag, New York, 1973.")
_PUBLISHER_WORD = re.compile(PUBLISHER_WORDS)
_BEFORE_YEAR = re.compile(rf",\s{YEAR_DIGITS}[a-z]?\.?$")


def _title_then_imprint(text: str) -> bool:
    """`text` is a title, then its imprint and year: no number before the year, a line that
    opens on neither a publisher, a body nor a place, and a publisher, body or place in an
    element after the first."""
    year = _BEFORE_YEAR.search(text)
    if year is None or any(c.isdigit() for c in text[:year.start()]):
        return False
    parts = text[:year.start()].split(", ")
    if len(parts) < 2 or start_kind(text, False, False, False) != "capital":
        return False
    return any(start_kind(part + ", 2000.", False, False, False) in ("publisher", "place", "org")
               or _PUBLISHER_WORD.search(part) is not None for part in parts[1:])


def source_elsewise(prev: str, text: str, habit: BareHabits, size: int, dated: bool) -> bool:
    """`text` is the source of the undated entry of one line `prev`, in one of the forms
    the module reads."""
    if dated or size != 1 or habit.dated < HABIT:
        return False
    if _as_initials(text) is not None:
        return False  # persons written out open the line: an entry of its own
    if _bracketed_imprint(text):
        return True
    names = _as_initials(prev)
    moved = _numbers_after(text)
    if moved is None and _title_then_imprint(text):
        names = None  # a book cited alone, title first, after an undated entry
    return (names is not None and undatedrest.source_after_title(
        names, moved or text, habit, size)) or (
        moved is not None and undatedrest.source_after_title(prev, moved, habit, size))
