"""Crossref's JSON, part two: the field readers `crossref.py` builds a `Record` from.

`crossref.py` and this module together are the Crossref JSON layer; nothing outside
`resolve/` reads a Crossref field. This module holds the readers of single fields (markup-free
strings, authors) and of the version and book fields, following the REST API's work schema
(https://api.crossref.org/swagger-ui/index.html, `Work`):

- versions: `relation.is-preprint-of` / `has-preprint` / `is-version-of` DOIs, `subtype`
  and `institution` (the server that posted a `posted-content` preprint: bioRxiv, SSRN).
- books: `publisher`, `ISBN` (as 13 digits), `edition-number`, `editor`.
"""

from __future__ import annotations

import html
from typing import Any

from claimcheck.model import Author
from claimcheck.text import clean_markup, isbn13, normalize_doi


def clean(text: str) -> str:
    """Markup-free text; entities are decoded first because Crossref titles sometimes carry
    escaped tags (`&lt;i&gt;`), which a single pass would leave as literal `<i>`."""
    return clean_markup(html.unescape(text))


def first(values: Any) -> str:
    """The first string of a Crossref list field (`title`), or the field if it is a string."""
    if isinstance(values, list) and values and isinstance(values[0], str):
        return clean(values[0])
    return clean(values) if isinstance(values, str) else ""


def strings(values: Any) -> tuple[str, ...]:
    """The non-empty strings of a Crossref list field (`container-title`)."""
    if not isinstance(values, list):
        return ()
    return tuple(s for s in (clean(v) for v in values if isinstance(v, str)) if s)


def _author(entry: Any) -> Author | None:
    if not isinstance(entry, dict):
        return None
    family = clean(str(entry.get("family") or ""))
    if family:
        return Author(
            family=family,
            given=clean(str(entry.get("given") or "")),
            suffix=clean(str(entry.get("suffix") or "")),
        )
    name = clean(str(entry.get("name") or ""))
    return Author(family=name, literal=True) if name else None


def authors(entries: Any) -> tuple[Author, ...]:
    """The people of an `author` or `editor` list; an organisation is a literal name."""
    if not isinstance(entries, list):
        return ()
    return tuple(a for a in (_author(e) for e in entries) if a is not None)


def _related(msg: dict[str, Any], kind: str, own: str) -> tuple[str, ...]:
    """DOIs of one `relation` kind (whoever asserted it), without the record's own."""
    relation = msg.get("relation")
    targets = relation.get(kind) if isinstance(relation, dict) else None
    dois = (
        normalize_doi(str(t.get("id") or ""))
        for t in (targets if isinstance(targets, list) else ())
        if isinstance(t, dict) and str(t.get("id-type") or "doi").lower() == "doi"
    )
    return tuple(dict.fromkeys(d for d in dois if d and d != own))


def _institution(msg: dict[str, Any]) -> str:
    entries = msg.get("institution")
    head = entries[0] if isinstance(entries, list) and entries else entries
    return clean(str(head.get("name") or "")) if isinstance(head, dict) else ""


def _isbns(msg: dict[str, Any]) -> tuple[str, ...]:
    typed = [e.get("value") for e in msg.get("isbn-type") or [] if isinstance(e, dict)]
    values = [*(msg.get("ISBN") or []), *typed]
    return tuple(dict.fromkeys(i for i in (isbn13(str(v)) for v in values) if i))


def book_fields(msg: dict[str, Any], doi: str) -> dict[str, Any]:
    """Version and book fields of a record (see the module docstring)."""
    return {
        "subtype": str(msg.get("subtype") or ""),
        "institution": _institution(msg),
        "preprint_of": _related(msg, "is-preprint-of", doi),
        "has_preprint": _related(msg, "has-preprint", doi),
        "version_of": _related(msg, "is-version-of", doi),
        "publisher": clean(str(msg.get("publisher") or "")),
        "isbns": _isbns(msg),
        "edition": clean(str(msg.get("edition-number") or "")),
        "editors": authors(msg.get("editor")),
    }
