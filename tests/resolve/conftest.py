"""Fixtures for the resolver tests: trimmed real Crossref bodies and small work messages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "crossref"
BASE = "https://api.crossref.test"


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def fixture_json(name: str) -> Any:
    return json.loads(fixture_text(name))


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
