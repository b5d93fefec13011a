"""Shared helpers for the parser tests: the bundled example's reference entries."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.ingest import load_document
from claimcheck.ingest.interface import RawEntry

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "colla2021" / "review.md"
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def example_entries() -> tuple[RawEntry, ...]:
    return load_document(EXAMPLE).entries
