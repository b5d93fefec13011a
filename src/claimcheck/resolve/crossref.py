"""Crossref's JSON: REST API `work` messages and envelopes -> `Record` values.

This module and `crossref_fields.py` (its field readers: strings, authors, the version and
book fields) are the Crossref JSON layer; nothing outside `resolve/` reads a Crossref field.
Field rules follow the REST API's work schema (https://api.crossref.org/swagger-ui/index.html,
`Work`) and the recorded bodies in ../shared/data/crossref-samples/:

- years: `published-print` is the print year (falling back to `journal-issue`'s print date),
  `published-online` the online year, `issued` the earliest of the two (falling back to
  `published`). A back-file article printed in 1997 and put online in 2005 keeps 1997 as its
  print year, so a "1997" citation is not flagged.
- abstracts are JATS; section titles become paragraphs of their own so that "Background" is
  never glued to the first sentence; a lone leading "Abstract" heading is dropped.
- versions and books: see `crossref_fields.py`.
- notices: `updated-by` (incl. Retraction Watch entries, `source: retraction-watch`) and
  `relation` entries asserted by the object become `Update`s; `update-to` lists the works this
  record is itself a notice for. `new_version` entries that point at the record itself (as
  PLOS deposits them) are dropped: they are not notices to readers. A retraction, correction
  or concern pointing at the record itself is kept (a withdrawal in place still withdraws).
"""

from __future__ import annotations

import json
import re
from typing import Any

from claimcheck.model import Doi, Record, Update
from claimcheck.resolve.crossref_fields import authors, book_fields, clean, first, strings
from claimcheck.text import normalize_doi, normalize_pages


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


def abstract_text(jats: str) -> str:
    """Plain abstract: paragraphs and section titles separated by blank lines."""
    text = re.sub(r"<(?:jats:)?title[^>]*>(.*?)</(?:jats:)?title>", r"\n\n\1\n\n", jats, flags=re.S)
    text = re.sub(r"</?(?:jats:)?(?:p|sec)(?:\s[^>]*)?>", "\n\n", text)
    paragraphs = [clean(p) for p in re.split(r"\n\s*\n", text)]
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
        title=first(msg.get("title")),
        subtitle=first(msg.get("subtitle")),
        authors=authors(msg.get("author")),
        containers=strings(msg.get("container-title")),
        short_containers=strings(msg.get("short-container-title")),
        issued_year=_year(msg.get("issued"), msg.get("published")),
        print_year=_year(msg.get("published-print"), issue.get("published-print")),
        online_year=_year(msg.get("published-online"), issue.get("published-online")),
        volume=clean(str(msg.get("volume") or "")),
        issue=clean(str(msg.get("issue") or "")),
        pages=normalize_pages(clean(str(msg.get("page") or ""))),
        article_number=clean(str(msg.get("article-number") or "")),
        abstract=abstract_text(abstract) if isinstance(abstract, str) else "",
        updates=_updates(msg, doi),
        updates_to=_updates_to(msg, doi),
        score=float(score) if isinstance(score, int | float) else 0.0,
        **book_fields(msg, doi),
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


def agency_from_body(body: bytes | str) -> tuple[str, str]:
    """(id, label) of a `GET /works/{doi}/agency` 200 body (`message-type: work-agency`)."""
    message = _envelope(body, "work-agency")
    agency = message.get("agency") if isinstance(message, dict) else None
    if not isinstance(agency, dict) or not isinstance(agency.get("id"), str):
        raise MalformedResponse("work-agency message without an agency id")
    return agency["id"], str(agency.get("label") or agency["id"])


def works_from_body(body: bytes | str) -> tuple[Record, ...]:
    """The records of a `GET /works?...` 200 body (`message-type: work-list`), in order."""
    message = _envelope(body, "work-list")
    items = message.get("items") if isinstance(message, dict) else None
    if not isinstance(items, list):
        raise MalformedResponse("work-list message without items")
    return tuple(record_from_message(i) for i in items if isinstance(i, dict) and i.get("DOI"))
