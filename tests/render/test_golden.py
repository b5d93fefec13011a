"""Golden outputs of every format on the hand-built report (see conftest for regenerating)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimcheck.model import Report
from claimcheck.render import FORMATS, jsonl_claims, renderer_for

SUFFIX = {"table": "txt", "json": "json", "markdown": "md", "html": "html", "sarif": "sarif"}


@pytest.mark.parametrize("name", FORMATS)
def test_golden(name: str, report: Report, golden: Callable[[str, str], None]) -> None:
    golden(f"report.{SUFFIX[name]}", renderer_for(name).render(report))


def test_golden_claims_jsonl(report: Report, golden: Callable[[str, str], None]) -> None:
    golden("claims.jsonl", jsonl_claims(report))
