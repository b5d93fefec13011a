"""The body's numeric callouts found ahead (while a long list is parsed) are the ones the
citations stage finds itself, used by the next extraction of that same body only."""

from __future__ import annotations

import pytest

from claimcheck.citations import extract, extract_claims, scan_ahead
from claimcheck.citations.numeric import find_numeric
from claimcheck.ingest import load_document
from claimcheck.parse import parse_entries
from claimcheck.pipeline.check import CheckOptions, check
from tests.conftest import EXAMPLE


def test_callouts_found_ahead_give_the_same_claims(monkeypatch: pytest.MonkeyPatch) -> None:
    document = load_document(EXAMPLE)
    references = parse_entries(document.entries)
    alone = extract_claims(document.body, references)
    scan_ahead(document.body, len(references))
    calls: list[str] = []
    monkeypatch.setattr(extract, "find_numeric", lambda *a: calls.append("found") or ())
    assert extract_claims(document.body, references) == alone  # read back: no search
    assert not calls
    extract_claims(document.body, references)  # used once: the next one searches again
    assert calls == ["found"]


def test_callouts_found_ahead_for_another_body_or_count_are_not_used() -> None:
    text = "As shown [1], and again [2]."
    scan_ahead(text, 2)
    assert extract._numeric(text + " More [3].", 3) == find_numeric(text + " More [3].", 3)
    scan_ahead(text, 2)
    assert extract._numeric(text, 1) == find_numeric(text, 1)
    assert not extract._ahead


def test_the_pipeline_scans_ahead_only_when_claims_are_asked_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bodies: list[int] = []
    monkeypatch.setattr("claimcheck.citations.scan_ahead", lambda body, count: bodies.append(count))
    check(EXAMPLE, CheckOptions(parts=frozenset({"references"})))
    assert not bodies
    report = check(EXAMPLE, CheckOptions(parts=frozenset({"references", "claims"})))
    assert bodies == [len(report.references)]
