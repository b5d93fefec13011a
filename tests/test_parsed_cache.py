"""Parsed entries kept between runs (`pipeline/parsed.py`): read back exactly as parsed, and
only while the code that parsed them is the same."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

import claimcheck.parse
from claimcheck.ingest import load_document
from claimcheck.parse import parse_entries
from claimcheck.pipeline import parsed
from claimcheck.pipeline.parsed import (
    FILE_NAME,
    KeepParsed,
    ParsedEntries,
    reference_from_json,
    reference_to_json,
)

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "colla2021" / "review.md"


def _parse(tmp_path: Path, entries: tuple, refresh: bool = False) -> tuple:
    kept = ParsedEntries(KeepParsed(tmp_path, refresh))
    try:
        return kept.parse(entries)
    finally:
        kept.close()


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(claimcheck.parse, "parse_entries_with", refuse)


def test_a_second_run_reads_every_entry_back_exactly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entries = load_document(EXAMPLE).entries
    fresh = parse_entries(entries)
    assert all(reference_from_json(reference_to_json(r)) == r for r in fresh)
    assert _parse(tmp_path, entries) == fresh
    _no_parsing(monkeypatch)
    assert _parse(tmp_path, entries) == fresh
    moved = tuple(replace(e, line=e.line + 7) for e in entries)  # text added above the list
    assert [r.line for r in _parse(tmp_path, moved)] == [r.line + 7 for r in fresh]


def test_other_code_or_refresh_parses_afresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entries = load_document(EXAMPLE).entries[:3]
    _parse(tmp_path, entries)
    _no_parsing(monkeypatch)
    with pytest.raises(AssertionError, match="parsed again"):
        _parse(tmp_path, entries, refresh=True)  # --refresh reads nothing
    monkeypatch.setattr(parsed, "fingerprint", lambda: "another build")
    with pytest.raises(AssertionError, match="parsed again"):
        _parse(tmp_path, entries)


def test_a_row_that_does_not_decode_is_parsed_again(tmp_path: Path) -> None:
    entries = load_document(EXAMPLE).entries[:2]
    expected = _parse(tmp_path, entries)
    conn = sqlite3.connect(tmp_path / FILE_NAME)
    with conn:
        conn.execute("UPDATE answers SET body = '{\"id\": 1}'")
    conn.close()
    assert _parse(tmp_path, entries) == expected
    conn = sqlite3.connect(tmp_path / FILE_NAME)
    bodies = [body for (body,) in conn.execute("SELECT body FROM answers")]
    conn.close()
    assert len(bodies) == 2 and all(body.startswith('{"id": ') for body in bodies)  # JSON text
    with pytest.raises(ValueError):
        reference_from_json('["not", "a", "reference"]')
