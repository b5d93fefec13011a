"""Lookup and search outcomes as JSON text (for the cache): our own `Record` shape, not Crossref's.

Plain JSON keeps the cache readable and safe to load (never pickle). Decoding is strict: a
value that does not have the expected shape raises `ValueError`, which the cache treats as a
miss.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from claimcheck.model import (
    Author,
    Candidates,
    Doi,
    Found,
    Lookup,
    NotFound,
    Record,
    Search,
    Update,
)

_TUPLE_FIELDS = (
    "containers",
    "short_containers",
    "updates_to",
    "preprint_of",
    "has_preprint",
    "version_of",
    "isbns",
)


def record_to_dict(record: Record) -> dict[str, Any]:
    return dataclasses.asdict(record)


def record_from_dict(data: dict[str, Any]) -> Record:
    try:
        values = dict(data)
        values["doi"] = Doi(str(values["doi"]))
        values["authors"] = tuple(Author(**a) for a in values.get("authors", ()))
        values["editors"] = tuple(Author(**a) for a in values.get("editors", ()))
        values["updates"] = tuple(Update(**u) for u in values.get("updates", ()))
        for name in _TUPLE_FIELDS:
            values[name] = tuple(str(v) for v in values.get(name, ()))
        return Record(**values)
    except (KeyError, TypeError) as exc:
        raise ValueError(f"not a cached record: {exc}") from exc


def lookup_to_json(lookup: Found | NotFound) -> str:
    if isinstance(lookup, Found):
        return json.dumps({"found": record_to_dict(lookup.record)}, ensure_ascii=False)
    return json.dumps({"not_found": lookup.reason, "agency": lookup.agency}, ensure_ascii=False)


def lookup_from_json(text: str) -> Lookup:
    data = json.loads(text)
    if isinstance(data, dict) and isinstance(data.get("found"), dict):
        return Found(record=record_from_dict(data["found"]))
    if isinstance(data, dict) and isinstance(data.get("not_found"), str):
        return NotFound(reason=data["not_found"], agency=str(data.get("agency") or ""))
    raise ValueError("not a cached lookup")


def candidates_to_json(search: Candidates) -> str:
    return json.dumps([record_to_dict(r) for r in search.records], ensure_ascii=False)


def candidates_from_json(text: str) -> Search:
    data = json.loads(text)
    if not isinstance(data, list) or not all(isinstance(d, dict) for d in data):
        raise ValueError("not cached candidates")
    return Candidates(records=tuple(record_from_dict(d) for d in data))
