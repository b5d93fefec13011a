"""Fixtures for the resolver tests: real Crossref recordings read from ../shared (tests that use
them skip cleanly without it; the project keeps no copy), and small bodies made here in the
shapes Crossref documents (https://api.crossref.org/swagger-ui/index.html and
https://www.crossref.org/documentation/retrieve-metadata/rest-api/) for the tests that must
always run."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import SHARED

RECORDINGS = SHARED / "data" / "crossref-samples"
BASE = "https://api.crossref.test"
# Made here, as documented: the polite pool's limits in the response headers, the plain-text
# 404 of an unknown DOI, the 400 envelope of a refused parameter.
POLITE_HEADERS = {"x-api-pool": "polite", "x-rate-limit-limit": "10",
                  "x-rate-limit-interval": "1s", "x-concurrency-limit": "3"}
NOT_FOUND = "Resource not found."
VALIDATION_FAILURE = {"status": "failed", "message-type": "validation-failure",
                      "message": [{"type": "parameter-not-allowed", "value": "query.title",
                                   "message": "This route does not support field query.title"}]}


def recorded_text(name: str) -> str:
    """A recorded body from ../shared/data/crossref-samples/ (its README says where from)."""
    path = RECORDINGS / name
    if not path.is_file():
        pytest.skip(f"../shared/data/crossref-samples/{name} is not present")
    return path.read_text(encoding="utf-8")


def recorded_json(name: str) -> Any:
    return json.loads(recorded_text(name))


def message(doi: str, title: str, family: str = "Smith", year: int = 2010) -> dict[str, Any]:
    """A small Crossref work message, shaped like the seed records."""
    return {
        "DOI": doi,
        "type": "journal-article",
        "title": [title],
        "author": [{"given": "A.", "family": family, "sequence": "first"}],
        "container-title": ["Journal of Tests"],
        "short-container-title": ["J. Tests"],
        "issued": {"date-parts": [[year]]},
        "published-print": {"date-parts": [[year]]},
        "volume": "1",
        "page": "1-10",
    }


def work_envelope(msg: dict[str, Any]) -> dict[str, Any]:
    return {"status": "ok", "message-type": "work", "message-version": "1.0.0", "message": msg}


def list_envelope(items: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "status": "ok",
        "message-type": "work-list",
        "message-version": "1.0.0",
        "message": {"facets": {}, "total-results": len(items), "items": items},
    }


@pytest.fixture
def messages() -> list[dict[str, Any]]:
    return [
        message("10.1000/alpha", "Ketamine and the antidepressant response", "Berman", 2000),
        message("10.1000/beta", "Neurogenesis in the adult hippocampus", "Eriksson", 1998),
        message("10.1000/(sici)gamma;2-#", "A DOI with awkward characters", "Odd", 1999),
    ]
