"""SnapshotResolver: JSONL and public-data-file formats, lookups, offline search."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from claimcheck.model import Candidates, Doi, Found, NotFound, Unchecked
from claimcheck.resolve.interface import ResolverError
from claimcheck.resolve.snapshot import SnapshotOptions, SnapshotResolver, read_records

from .conftest import work_envelope


def _jsonl(path: Path, rows: list[Any]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_jsonl_of_messages_and_envelopes(tmp_path: Path, messages: list[dict[str, Any]]) -> None:
    rows: list[Any] = [messages[0], work_envelope(messages[1]), messages[2]]
    path = _jsonl(tmp_path / "s.jsonl", rows)
    path.write_text(path.read_text() + "\n\n", encoding="utf-8")  # blank lines are fine
    resolver = SnapshotResolver.from_path(path)
    assert len(resolver) == 3
    answer = resolver.fetch([Doi("10.1000/beta")])[Doi("10.1000/beta")]
    assert isinstance(answer, Found) and answer.record.authors[0].family == "Eriksson"


def test_public_data_file_json_gz_and_directory(
    tmp_path: Path, messages: list[dict[str, Any]]
) -> None:
    folder = tmp_path / "april-2025"
    folder.mkdir()
    for number, chunk in enumerate(([messages[0]], messages[1:])):
        with gzip.open(folder / f"{number}.json.gz", "wt", encoding="utf-8") as handle:
            json.dump({"items": chunk}, handle)
    (folder / "README.txt").write_text("not data")
    assert len(read_records(folder / "0.json.gz")) == 1
    assert {r.doi for r in read_records(folder)} == {m["DOI"] for m in messages}


def test_absent_doi_is_unchecked_unless_complete(
    tmp_path: Path, messages: list[dict[str, Any]]
) -> None:
    path = _jsonl(tmp_path / "s.jsonl", messages)
    absent = Doi("10.1000/absent")
    assert SnapshotResolver.from_path(path).fetch([absent])[absent] == Unchecked(
        reason="not in snapshot"
    )
    complete = SnapshotResolver.from_path(path, SnapshotOptions(complete=True))
    assert isinstance(complete.fetch([absent])[absent], NotFound)


def test_search_scores_like_crossref(tmp_path: Path, messages: list[dict[str, Any]]) -> None:
    resolver = SnapshotResolver.from_path(_jsonl(tmp_path / "s.jsonl", messages))
    query = "Berman RM (2000) Ketamine and the antidepressant response. J Tests 1:1-10"
    answer = resolver.search(query)
    assert isinstance(answer, Candidates)
    best = answer.records[0]
    assert best.doi == "10.1000/alpha"
    assert 0.9 <= best.score / len(query) <= 1.0  # score per query character = similarity
    assert all(r.score <= best.score for r in answer.records)
    assert isinstance(resolver.search("Quantum chromodynamics on the lattice"), Unchecked)
    assert resolver.search("   ") == Candidates(records=())


def test_search_in_a_complete_snapshot_can_find_nothing(
    tmp_path: Path, messages: list[dict[str, Any]]
) -> None:
    path = _jsonl(tmp_path / "s.jsonl", messages)
    resolver = SnapshotResolver.from_path(path, SnapshotOptions(complete=True))
    assert resolver.search("Quantum chromodynamics on the lattice") == Candidates(records=())


def test_unreadable_snapshots(tmp_path: Path) -> None:
    with pytest.raises(ResolverError, match="not found"):
        read_records(tmp_path / "nope.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"DOI": "10.1/a"}\n{"DOI": "10.1/b"\n', encoding="utf-8")
    with pytest.raises(ResolverError, match=r"bad\.jsonl:2"):
        read_records(bad)
    broken_gz = tmp_path / "broken.json.gz"
    broken_gz.write_bytes(b"\x1f\x8b not really gzip")
    with pytest.raises(ResolverError, match="cannot read"):
        read_records(broken_gz)
