"""The stand-in Crossref server's routes: what `/works/{doi}` and `/works?...` answer.

Envelopes copy the recorded bodies in ../shared/data/crossref-samples/: `message-type: work`
for one DOI, `work-list` with `items` for filters and queries, the 400 `validation-failure`
envelope for parameters the stand-in does not support, and the plain-text 404.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from claimcheck.resolve.crossref import record_from_message
from claimcheck.resolve.snapshot import relevance_score, searchable_text
from claimcheck.text import fold_words, normalize_doi

NOT_FOUND = b"Resource not found."
_SUPPORTED = {"filter", "rows", "query.bibliographic", "mailto", "select"}


@dataclass(frozen=True, slots=True)
class Answer:
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def _json(status: int, message_type: str, message: Any) -> Answer:
    envelope = {
        "status": "ok" if status == 200 else "failed",
        "message-type": message_type,
        "message-version": "1.0.0",
        "message": message,
    }
    return Answer(status, "application/json", json.dumps(envelope).encode("utf-8"))


def _invalid(text: str) -> Answer:
    return _json(400, "validation-failure", [{"type": "parameter-not-allowed", "message": text}])


def _work_list(items: list[dict[str, Any]], rows: int) -> Answer:
    message = {
        "facets": {},
        "total-results": len(items),
        "items": items[:rows],
        "items-per-page": rows,
        "query": {"start-index": 0, "search-terms": None},
    }
    return _json(200, "work-list", message)


class CrossrefRoutes:
    """Answers for the routes the client uses, from work messages held in memory."""

    def __init__(self, messages: list[dict[str, Any]]) -> None:
        self._by_doi: dict[str, dict[str, Any]] = {
            normalize_doi(str(m.get("DOI", ""))): m for m in messages
        }
        self._messages = list(self._by_doi.values())
        self._texts = [searchable_text(record_from_message(m)) for m in self._messages]

    def work(self, doi: str) -> Answer:
        message = self._by_doi.get(normalize_doi(doi))
        if message is None:
            return Answer(404, "text/plain", NOT_FOUND)
        return _json(200, "work", {**message, "score": 1})

    def agency(self, doi: str) -> Answer:
        """Crossref is the agency of every DOI held here; any other is unknown (404)."""
        if normalize_doi(doi) not in self._by_doi:
            return Answer(404, "text/plain", NOT_FOUND)
        agency = {"DOI": doi, "agency": {"id": "crossref", "label": "Crossref"}}
        return _json(200, "work-agency", agency)

    def works(self, params: dict[str, list[str]]) -> Answer:
        unknown = sorted(set(params) - _SUPPORTED)
        if unknown:
            return _invalid(f"parameters not supported by the stand-in: {', '.join(unknown)}")
        try:
            rows = int(params.get("rows", ["20"])[-1])
        except ValueError:
            return _invalid("rows must be an integer")
        if "query.bibliographic" in params:
            return self._search(params["query.bibliographic"][-1], rows)
        if "filter" in params:
            return self._filter(",".join(params["filter"]), rows)
        return _work_list([{**m, "score": 1} for m in self._messages], rows)

    def _filter(self, value: str, rows: int) -> Answer:
        wanted: list[str] = []
        for part in value.split(","):
            name, _, doi = part.partition(":")
            if name.strip() != "doi":
                return _invalid(f"filter {name!r} not supported by the stand-in")
            wanted.append(normalize_doi(doi))
        found = [self._by_doi[d] for d in dict.fromkeys(wanted) if d in self._by_doi]
        return _work_list([{**m, "score": 1} for m in found], rows)

    def _search(self, query: str, rows: int) -> Answer:
        folded = fold_words(query)
        best = process.extract(
            folded, self._texts, scorer=fuzz.token_set_ratio, processor=None, limit=rows
        )
        items = [
            {**self._messages[index], "score": relevance_score(similarity, query)}
            for _, similarity, index in best
            if similarity > 0
        ]
        return _work_list(items, rows)
