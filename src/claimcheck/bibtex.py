"""BibTeX in and out: the only module that imports pybtex.

Writing: each Reference becomes a pybtex Entry with the right entry type and authors in BibTeX
name form ("aan het Rot, M.", "Zarate, Jr., C. A.", "{World Health Organization}"); pybtex
escapes LaTeX special characters, so pybtex and biber read back the same fields. Text stays
UTF-8: biber and modern BibTeX read it, and it keeps names legible.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimcheck.model import Author, Reference

if TYPE_CHECKING:  # pybtex is imported where it is used: most runs never touch BibTeX
    from pybtex.database import Entry, Person

ENTRY_TYPES = {
    "article": "article",
    "book": "book",
    "chapter": "incollection",
    "conference": "inproceedings",
    "thesis": "phdthesis",
    "web": "misc",
    "misc": "misc",
}
_KINDS = {bibtype: kind for kind, bibtype in ENTRY_TYPES.items() if kind != "web"}


class BibtexError(Exception):
    """A .bib file that pybtex cannot read; one line for the user."""


def _plain(text: str) -> str:
    """Field text without braces: pybtex escapes LaTeX specials itself (through latexcodec),
    but a stray brace would unbalance the entry."""
    return text.replace("{", "").replace("}", "")


def unescape(text: str) -> str:
    """Field text as a reader sees it: LaTeX escapes decoded, grouping braces dropped."""
    import latexcodec  # noqa: F401  (registers the "ulatex" codec)

    decoded: str = codecs.decode(text, "ulatex")  # type: ignore[call-overload]
    return decoded.replace("{", "").replace("}", "")


def _person(author: Author) -> Person:
    from pybtex.database import Person

    if author.literal:
        return Person(last="{" + _plain(author.family) + "}")
    return Person(
        first=_plain(author.given), last=_plain(author.family), lineage=_plain(author.suffix)
    )


def _fields(ref: Reference) -> list[tuple[str, str]]:
    container_field = "journal" if ref.kind == "article" else "booktitle"
    if ref.kind == "book":
        container_field = "series"
    pages = ref.pages.replace("-", "--") if re.fullmatch(r"\w+-\w+", ref.pages) else ref.pages
    notes = "; ".join(ref.notes)
    pairs = [
        ("title", ref.title),
        (container_field, ref.container),
        ("year", ref.year),
        ("volume", ref.volume),
        ("number", ref.issue),
        ("pages", pages),
        ("publisher", ref.publisher),
        ("address", ref.location),
        ("doi", ref.doi),
        ("note", notes),
    ]
    return [
        (name, _plain(value) if name in _VERBATIM else _no_ligature(_plain(value)))
        for name, value in [*pairs, ("url", ref.url)]
        if value
    ]


_VERBATIM = frozenset({"pages", "url", "doi"})  # hyphens here are not prose dashes


def _no_ligature(text: str) -> str:
    """A printed "--" stays two hyphens: TeX would set it as an en dash, so it is broken up
    with an empty group, which readers drop again; so are TeX's other ligatures of plain
    characters (",," „, "``" “, "''" ”, "!`" ¡, "?`" ¿)."""
    return re.sub(r"-(?=-)|,(?=,)|`(?=`)|'(?=')|[!?](?=`)", lambda m: m.group() + "{}", text)


def to_entry(ref: Reference) -> Entry:
    from pybtex.database import Entry, Person

    persons: dict[str, list[Person]] = {}
    if ref.authors:
        persons["author"] = [_person(a) for a in ref.authors]
        if ref.et_al:
            persons["author"].append(Person(last="others"))
    if ref.editors:
        persons["editor"] = [_person(a) for a in ref.editors]
    return Entry(ENTRY_TYPES.get(ref.kind, "misc"), fields=_fields(ref), persons=persons)


def dumps(references: Sequence[Reference]) -> str:
    """The references as one BibTeX document, keyed by Reference.id, in list order; a note
    that refers back to an earlier entry ("Ibid.", kind "short", `refers_to` set) is no work
    of its own and is left out; one that refers to none is kept (never lose an entry)."""
    from pybtex.database import BibliographyData

    data = BibliographyData(entries=[(ref.id, to_entry(ref)) for ref in references
                                     if ref.kind != "short" or not ref.refers_to])
    text: str = data.to_string("bibtex")
    return text


def _author(person: Person) -> Author:
    family = unescape(" ".join([*person.prelast_names, *person.last_names]))
    given = unescape(" ".join([*person.first_names, *person.middle_names]))
    literal = not given and any(n.startswith("{") for n in person.last_names)
    return Author(family=family, given=given, suffix=unescape(" ".join(person.lineage_names)),
                  literal=literal)


def _field_values(entry: Entry, parent: Entry | None) -> dict[str, str]:
    """Decoded fields; a `crossref`ed parent fills the fields the entry lacks (BibTeX's rule)."""
    raw = {name.lower(): value for name, value in (parent.fields.items() if parent else ())}
    raw.update({name.lower(): value for name, value in entry.fields.items()})
    # "--" is a page range in pages and two hyphens in a URL or DOI, never an en dash.
    verbatim = {"pages": "-", "url": "-{}-", "doi": "-{}-"}
    return {
        name: unescape(value.replace("--", verbatim[name]) if name in verbatim else value)
        for name, value in raw.items()
    }


def _reference(key: str, entry: Entry, index: int, parent: Entry | None = None) -> Reference:
    fields = _field_values(entry, parent)
    people = [p for p in entry.persons.get("author", []) if str(p) != "others"]
    return Reference(
        # pybtex keeps no source text, so the key stands for the raw entry.
        id=key, index=index, line=0, raw=key,
        kind=_KINDS.get(entry.type.lower(), "misc"),
        authors=tuple(_author(p) for p in people),
        et_al=any(str(p) == "others" for p in entry.persons.get("author", [])),
        editors=tuple(_author(p) for p in entry.persons.get("editor", [])),
        year=fields.get("year", ""), title=fields.get("title", ""),
        container=fields.get("journal") or fields.get("booktitle") or fields.get("series", ""),
        volume=fields.get("volume", ""), issue=fields.get("number", ""),
        pages=fields.get("pages", ""),
        publisher=fields.get("publisher", ""), location=fields.get("address", ""),
        doi=fields.get("doi", ""), url=fields.get("url", ""),
        notes=tuple(n for n in fields.get("note", "").split("; ") if n),
    )


def loads(text: str) -> tuple[Reference, ...]:
    """References from BibTeX text (used to read .bib inputs and to test round trips)."""
    from pybtex.database.input.bibtex import Parser
    from pybtex.scanner import PybtexError

    try:
        data = Parser().parse_string(text)
    except PybtexError as exc:
        raise BibtexError(f"cannot read BibTeX: {exc}") from exc
    entries = data.entries
    return tuple(
        _reference(key, entry, i, entries.get(entry.fields.get("crossref", "")))
        for i, (key, entry) in enumerate(entries.items(), 1)
    )
