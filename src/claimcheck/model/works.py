"""A work as the article prints it: its DOI's normalised form, its people, and one entry of
the reference list parsed into fields (`parse/` makes these; every later stage reads them)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from operator import attrgetter
from typing import Any, NewType

Doi = NewType("Doi", str)
"""A DOI in normalised form only: lower-case, no resolver prefix, no trailing punctuation."""


@dataclass(frozen=True, slots=True)
class Author:
    """One person (or organisation, `literal=True`) as printed or as recorded."""

    family: str
    given: str = ""
    suffix: str = ""
    literal: bool = False

    def __reduce__(self) -> tuple[type[Author], tuple[Any, ...]]:
        return Author, _AUTHOR_FIELDS(self)  # see Reference.__reduce__


@dataclass(frozen=True, slots=True)
class Reference:
    """One entry of an article's reference list, parsed into fields; `raw` is kept verbatim."""

    id: str
    index: int
    line: int
    raw: str
    kind: str = "article"  # article | book | chapter | web | thesis | conference | misc | short
    label: str = ""  # printed number of a numbered list ("12"), else ""
    authors: tuple[Author, ...] = ()
    et_al: bool = False
    editors: tuple[Author, ...] = ()
    year: str = ""  # four digits as printed, "" when none
    year_suffix: str = ""  # "a" in 2006a
    title: str = ""
    container: str = ""  # journal, or the book of a chapter
    volume: str = ""
    issue: str = ""
    pages: str = ""  # "139-145", "e13211", "172837"
    publisher: str = ""
    location: str = ""
    doi: str = ""  # normalised (see text.normalize_doi), "" when none printed
    url: str = ""
    notes: tuple[str, ...] = ()  # "[Epub ahead of print]", "(accessed April 1, 2021)"
    doubtful: tuple[str, ...] = ()  # fields whose parse is uncertain ("volume", "title")
    # A footnote's own parts (parse/notes.py, parse/backrefs.py), no field of the work:
    signal: str = ""  # "See", "Cf.", "Vgl." printed before the first name
    pinpoint: str = ""  # the page the note cites ("35", "9-13"), not the work's pages
    refers_to: str = ""  # kind "short" (ibid., op. cit., a short form): the earlier entry's id

    @property
    def first_family(self) -> str:
        return self.authors[0].family if self.authors else ""

    def __reduce__(self) -> tuple[type[Reference], tuple[Any, ...]]:
        # Pickled as its fields in order, read by one C call: the dataclass's own state lists
        # its fields anew for every object, twice the cost (a parse worker sends its
        # references back: 5,000 cost 0.17 s so, 0.09 s this way; scale.md, session 20).
        return Reference, _REFERENCE_FIELDS(self)


_AUTHOR_FIELDS = attrgetter(*(field.name for field in fields(Author)))
_REFERENCE_FIELDS = attrgetter(*(field.name for field in fields(Reference)))
