"""SnapshotSource: OpenAlex works from JSON lines, gzip, list pages and directories."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from claimcheck.model import Doi, Unchecked
from claimcheck.sources import FoundAbstract, NoAbstract, SnapshotSource, SourceError

from .conftest import MISSING, PEERJ, PLOS, fixture_json, page, work


def _jsonl(path: Path, rows: list[Any]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n\n" for r in rows), encoding="utf-8")
    return path


def test_jsonl_of_works(tmp_path: Path) -> None:
    rows = [fixture_json("work-200-with-abstract.json"), fixture_json("work-200-no-abstract.json")]
    source = SnapshotSource.from_path(_jsonl(tmp_path / "works.jsonl", rows))
    answers = source.abstracts([Doi(PEERJ), Doi(PLOS), Doi(MISSING)])
    peerj = answers[Doi(PEERJ)]
    assert isinstance(peerj, FoundAbstract) and peerj.origin == "snapshot"
    assert isinstance(answers[Doi(PLOS)], NoAbstract)
    assert answers[Doi(MISSING)] == Unchecked(reason="not in OpenAlex snapshot")


def test_gzip_parts_and_a_saved_list_page_in_one_directory(tmp_path: Path) -> None:
    folder = tmp_path / "updated_date=2026-10-01"
    folder.mkdir()
    with gzip.open(folder / "part_000.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps(work(PEERJ, "Open access is common now")) + "\n")
    (folder / "page.json").write_text(json.dumps(page([work(PLOS, "Doctoral students")])))
    (folder / "notes.txt").write_text("not read")
    source = SnapshotSource.from_path(folder)
    assert len(source) == 2
    answers = source.abstracts([Doi(PEERJ), Doi(PLOS)])
    assert all(isinstance(a, FoundAbstract) for a in answers.values())


def test_a_line_that_is_not_json_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(work(PEERJ, "a b")) + "\n{oops\n", encoding="utf-8")
    with pytest.raises(SourceError, match=r"bad\.jsonl:2"):
        SnapshotSource.from_path(path)


def test_missing_and_corrupt_files_are_source_errors(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="not found"):
        SnapshotSource.from_path(tmp_path / "absent.jsonl")
    broken = tmp_path / "broken.jsonl.gz"
    broken.write_bytes(b"not gzip at all")
    with pytest.raises(SourceError, match="cannot read"):
        SnapshotSource.from_path(broken)
