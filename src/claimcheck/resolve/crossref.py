"""Crossref's JSON, and only here: REST API `work` messages and envelopes -> `Record` values.

Field rules follow the REST API's work schema (https://api.crossref.org/swagger-ui/index.html,
`Work`) and the recorded bodies in ../shared/data/crossref-samples/:

- years: `published-print` is the print year (falling back to `journal-issue`'s print date),
  `published-online` the online year, `issued` the earliest of the two (falling back to
  `published`). A back-file article printed in 1997 and put online in 2005 keeps 1997 as its
  print year, so a "1997" citation is not flagged.
- abstracts are JATS; section titles become paragraphs of their own so that "Background" is
  never glued to the first sentence; a lone leading "Abstract" heading is dropped.
- versions: `relation.is-preprint-of` / `has-preprint` / `is-version-of` DOIs, `subtype`
  and `institution` (the server that posted a `posted-content` preprint: bioRxiv, SSRN).
- books: `publisher`, `ISBN` (as 13 digits), `edition-number`, `editor`.
- notices: `updated-by` (incl. Retraction Watch entries, `source: retraction-watch`) and
  `relation` entries asserted by the object become `Update`s; `update-to` lists the works this
  record is itself a notice for. `new_version` entries that point at the record itself (as
  PLOS deposits them) are dropped: they are not notices to readers. A retraction, correction
  or concern pointing at the record itself is kept (a withdrawal in place still withdraws).
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from claimcheck.model import Author, Doi, Record, Update
from claimcheck.text import clean_markup, isbn13, normalize_doi, normalize_pages


class MalformedResponse(ValueError):
    """A body that is not the Crossref JSON envelope the route should answer with."""


# Crossref update types (Crossmark `update-type` vocabulary) folded to the model's kinds.
_UPDATE_KINDS = {
    "retraction": "retraction",
    "partial-retraction": "retraction",
    "withdrawal": "retraction",
    "removal": "retraction",
    "correction": "correction",
    "corrigendum": "correction",
    "erratum": "correction",
    "addendum": "correction",
    "clarification": "correction",
    "expression-of-concern": "expression-of-concern",
    "new-version": "new-version",
    "new-edition": "new-version",
}


# Self-references of these kinds are kept: a withdrawn article, or a Retraction Watch entry
# without a notice DOI, can point at the work itself and still mean what it says.
_NOTICES = frozenset({"retraction", "correction", "expression-of-concern"})


def update_kind(crossref_type: str) -> str:
    """`expression_of_concern`, `Expression of concern` -> `expression-of-concern`."""
    key = re.sub(r"[\s_]+", "-", crossref_type.strip().lower())
    return _UPDATE_KINDS.get(key, "other")


def _clean(text: str) -> str:
    """Markup-free text; entities are decoded first because Crossref titles sometimes carry
    escaped tags (`&lt;i&gt;`), which a single pass would leave as literal `<i>`."""
    return clean_markup(html.unescape(text))


def _first(values: Any) -> str:
    if isinstance(values, list) and values and isinstance(values[0], str):
        return _clean(values[0])
    return _clean(values) if isinstance(values, str) else ""


def _strings(values: Any) -> tuple[str, ...]:
    if not isinstance(values, list):
        return ()
    return tuple(s for s in (_clean(v) for v in values if isinstance(v, str)) if s)


def _date_parts(date: Any) -> list[int]:
    if not isinstance(date, dict):
        return []
    parts = date.get("date-parts")
    if not (isinstance(parts, list) and parts and isinstance(parts[0], list)):
        return []
    return [p for p in parts[0] if isinstance(p, int)]


def _year(*dates: Any) -> int:
    for date in dates:
        parts = _date_parts(date)
        if parts:
            return parts[0]
    return 0


def _iso_date(date: Any) -> str:
    parts = _date_parts(date)
    return "-".join(f"{p:04d}" if i == 0 else f"{p:02d}" for i, p in enumerate(parts[:3]))


def _author(entry: Any) -> Author | None:
    if not isinstance(entry, dict):
        return None
    family = _clean(str(entry.get("family") or ""))
    if family:
        return Author(
            family=family,
            given=_clean(str(entry.get("given") or "")),
            suffix=_clean(str(entry.get("suffix") or "")),
        )
    name = _clean(str(entry.get("name") or ""))
    return Author(family=name, literal=True) if name else None


def _authors(entries: Any) -> tuple[Author, ...]:
    if not isinstance(entries, list):
        return ()
    return tuple(a for a in (_author(e) for e in entries) if a is not None)


def abstract_text(jats: str) -> str:
    """Plain abstract: paragraphs and section titles separated by blank lines."""
    text = re.sub(r"<(?:jats:)?title[^>]*>(.*?)</(?:jats:)?title>", r"\n\n\1\n\n", jats, flags=re.S)
    text = re.sub(r"</?(?:jats:)?(?:p|sec)(?:\s[^>]*)?>", "\n\n", text)
    paragraphs = [_clean(p) for p in re.split(r"\n\s*\n", text)]
    paragraphs = [p for p in paragraphs if p]
    if paragraphs and paragraphs[0].lower() == "abstract":
        paragraphs = paragraphs[1:]
    return "\n\n".join(paragraphs)


def _updates(msg: dict[str, Any], own: str) -> tuple[Update, ...]:
    found: dict[tuple[str, str], Update] = {}
    for entry in msg.get("updated-by") or []:
        if not isinstance(entry, dict):
            continue
        doi = normalize_doi(str(entry.get("DOI") or ""))
        kind = update_kind(str(entry.get("type") or ""))
        if doi != own or kind in _NOTICES:
            date = _iso_date(entry.get("updated"))
            source = str(entry.get("source") or "")
            found.setdefault((kind, doi), Update(kind=kind, doi=doi, source=source, date=date))
    relation = msg.get("relation")
    for rel_type, targets in relation.items() if isinstance(relation, dict) else ():
        kind = update_kind(str(rel_type))
        if kind == "other" or not isinstance(targets, list):
            continue
        for target in targets:
            if isinstance(target, dict) and target.get("asserted-by") == "object":
                doi = normalize_doi(str(target.get("id") or ""))
                if doi and doi != own:
                    found.setdefault((kind, doi), Update(kind=kind, doi=doi, source="relation"))
    return tuple(found.values())


def _updates_to(msg: dict[str, Any], own: str) -> tuple[str, ...]:
    dois = (
        normalize_doi(str(e.get("DOI") or ""))
        for e in msg.get("update-to") or []
        if isinstance(e, dict)
    )
    return tuple(dict.fromkeys(d for d in dois if d and d != own))


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
    first = entries[0] if isinstance(entries, list) and entries else entries
    return _clean(str(first.get("name") or "")) if isinstance(first, dict) else ""


def _isbns(msg: dict[str, Any]) -> tuple[str, ...]:
    typed = [e.get("value") for e in msg.get("isbn-type") or [] if isinstance(e, dict)]
    values = [*(msg.get("ISBN") or []), *typed]
    return tuple(dict.fromkeys(i for i in (isbn13(str(v)) for v in values) if i))


def _book_fields(msg: dict[str, Any], doi: str) -> dict[str, Any]:
    """Version and book fields of a record (see the module docstring)."""
    return {
        "subtype": str(msg.get("subtype") or ""),
        "institution": _institution(msg),
        "preprint_of": _related(msg, "is-preprint-of", doi),
        "has_preprint": _related(msg, "has-preprint", doi),
        "version_of": _related(msg, "is-version-of", doi),
        "publisher": _clean(str(msg.get("publisher") or "")),
        "isbns": _isbns(msg),
        "edition": _clean(str(msg.get("edition-number") or "")),
        "editors": _authors(msg.get("editor")),
    }


def record_from_message(msg: dict[str, Any]) -> Record:
    """One Crossref `work` message (the object under `message`) as a `Record`."""
    doi = normalize_doi(str(msg.get("DOI") or ""))
    journal_issue = msg.get("journal-issue")
    issue: dict[str, Any] = journal_issue if isinstance(journal_issue, dict) else {}
    abstract = msg.get("abstract")
    score = msg.get("score")
    return Record(
        doi=Doi(doi),
        type=str(msg.get("type") or ""),
        title=_first(msg.get("title")),
        subtitle=_first(msg.get("subtitle")),
        authors=_authors(msg.get("author")),
        containers=_strings(msg.get("container-title")),
        short_containers=_strings(msg.get("short-container-title")),
        issued_year=_year(msg.get("issued"), msg.get("published")),
        print_year=_year(msg.get("published-print"), issue.get("published-print")),
        online_year=_year(msg.get("published-online"), issue.get("published-online")),
        volume=_clean(str(msg.get("volume") or "")),
        issue=_clean(str(msg.get("issue") or "")),
        pages=normalize_pages(_clean(str(msg.get("page") or ""))),
        article_number=_clean(str(msg.get("article-number") or "")),
        abstract=abstract_text(abstract) if isinstance(abstract, str) else "",
        updates=_updates(msg, doi),
        updates_to=_updates_to(msg, doi),
        score=float(score) if isinstance(score, int | float) else 0.0,
        **_book_fields(msg, doi),
    )


def _envelope(body: bytes | str, message_type: str) -> Any:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise MalformedResponse(f"not JSON: {exc}") from exc
    if not isinstance(data, dict) or data.get("message-type") != message_type:
        got = data.get("message-type") if isinstance(data, dict) else type(data).__name__
        raise MalformedResponse(f"expected message-type {message_type}, got {got}")
    return data.get("message")


def work_from_body(body: bytes | str) -> Record:
    """The record of a `GET /works/{doi}` 200 body (`message-type: work`)."""
    message = _envelope(body, "work")
    if not isinstance(message, dict) or not message.get("DOI"):
        raise MalformedResponse("work message without a DOI")
    return record_from_message(message)


def works_from_body(body: bytes | str) -> tuple[Record, ...]:
    """The records of a `GET /works?...` 200 body (`message-type: work-list`), in order."""
    message = _envelope(body, "work-list")
    items = message.get("items") if isinstance(message, dict) else None
    if not isinstance(items, list):
        raise MalformedResponse("work-list message without items")
    return tuple(record_from_message(i) for i in items if isinstance(i, dict) and i.get("DOI"))
