"""Shared locations for the compare tests (the fakes themselves live in fakes.py).

Every test here runs offline on data inside the repository: the bundled example and its
snapshot, and trimmed Crossref bodies under tests/fixtures and tests/compare/fixtures.
"""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
