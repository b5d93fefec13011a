"""Capitalised words at a one-a-line entry's cut that show the entry goes on.

- An article, a preposition or a conjunction that a title never ends on shows a cut in
  lower case (`titlecut.cut_on_article`: "Untersuchungen über die", "A History of the").
  With its capital it shows one as surely where a sentence of the title opens (after a
  stop, a colon or a dash: "Arbeit und Freizeit. Zur" / "Soziologie der Muße. ...",
  "Kompetenz – Zur") or in a title written in title case ("The Quality of Services In
  The" / "Public Hospitals ..."); the line after is read as `cut_on_article` reads it.
  A letter or an initial is no such word ("Hepatitis A", "Vitamin D").
- A publisher's or a university's name cut before its last words: a line that opens with
  "University Press", "University," (its place follows), "Universitaires", "Universitätsverlag",
  "Press," or "Publishers." after a line that stops on a capitalised word without its stop
  ("Paris: Presses" / "Universitaires de France.", "thesis, Yarmouk" / "University, Irbid,
  Jordan."). No entry opens so; an organisation as an author opens with "University of".
Two lines are read; bounded patterns.
"""

from __future__ import annotations

import re

from claimcheck.ingest import titlecut
from claimcheck.ingest.bare import BareHabits
from claimcheck.ingest.starts import NUMBER_START

# the capitalised word after a stop, colon or dash, or after another capitalised word
_CAPITAL_END = re.compile(
    r"(?:[.:–—]\s|[A-Z\u00c0-\u00de][\w'’-]*\s)"
    r"(The|Of|For|In|With|And|Into|Der|Die|Das|Des|Dem|Den|Und|Von|Zur|Zum|Für|Über|Aus|Als"
    r"|Mit)$")
# a publisher's or university's last words opening the line
_PUBLISHER_REST = re.compile(
    r"^(?:University(?:\sPress\b|,)|Universit(?:aires?|aria|ária|ätsverlag)\b"
    r"|Press(?:es\b|[,.])|Publishers[,.]|Publishing[,.])")
_TAIL = 40  # the word and the word or mark before it end the line within so many
# an author named Press: initials, or a given name before its year or initial ("Press, A. L.
# (1991)", "Press, Irwin. 1979."), not a place ("Press, Oxford", "Press, Cambridge, 2007")
_SURNAME = re.compile(r"^Press,\s(?:[A-Z]\.|[A-Z][a-z]+\.?\s(?:\(?\d{4}|[A-Z]\.))")
_CAPITAL_WORD = re.compile(r"(?:^|\s)[A-Z\u00c0-\u00de][\w'’-]+$")


def capital_article_cut(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """`prev` stops on an article or preposition with its capital (see the module), and
    `text` goes on as after the same word in lower case."""
    prev = prev.rstrip()
    found = _CAPITAL_END.search(prev[-_TAIL:]) if prev[-1:].isalpha() else None
    if found is None:
        return False
    word = found.group(1)
    return titlecut.cut_on_article(prev[: -len(word)] + word.lower(), text, habit, entry_dated)


def publisher_rest(prev: str, text: str) -> bool:
    """`text` opens with a publisher's last words after `prev` stopped on a capitalised word
    (see the module)."""
    if not _PUBLISHER_REST.match(text) or NUMBER_START.match(text) or _SURNAME.match(text):
        return False
    return bool(_CAPITAL_WORD.search(prev.rstrip()[-_TAIL:]))


def capital_cut(prev: str, text: str, habit: BareHabits, entry_dated: bool) -> bool:
    """Either capitalised word shows `text` carries on (the signature of `lateyear.RULES`)."""
    return publisher_rest(prev, text) or capital_article_cut(prev, text, habit, entry_dated)
