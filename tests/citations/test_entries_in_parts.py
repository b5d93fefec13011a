"""A long reference list's entries built on two processes are the entries one process
builds, with this process's references; a short list never starts a process."""

from __future__ import annotations

import logging

import pytest

from claimcheck import parallel
from claimcheck.citations import entries
from claimcheck.ingest import load_document
from claimcheck.model import Reference
from claimcheck.parse import parse_entries
from tests.conftest import EXAMPLE


def _references() -> tuple[Reference, ...]:
    return parse_entries(load_document(EXAMPLE).entries)


@pytest.fixture
def two_jobs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "_setting", {"jobs": 2})
    monkeypatch.setattr(parallel, "can_fork", lambda: True)


@pytest.mark.usefixtures("two_jobs")
def test_entries_built_in_parts_are_the_entries_of_one_process(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    references = _references()
    monkeypatch.setattr(entries, "IN_PARTS_FROM", 20)  # the example's 98 count as long
    with caplog.at_level(logging.INFO, logger="claimcheck.parallel"):
        in_parts = entries._in_parts(references)
    assert in_parts is not None
    # a part a failed worker left is redone here: the same entries, but not on two
    assert not [r for r in caplog.records if "worker process failed" in r.getMessage()]
    assert in_parts == tuple(entries._entry(r) for r in references)
    assert all(e.reference is r for e, r in zip(in_parts, references, strict=True))
    assert entries.entries_of(references) == in_parts


@pytest.mark.usefixtures("two_jobs")
def test_a_short_list_starts_no_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("no worker for 98 entries")

    monkeypatch.setattr(parallel, "in_parts", refuse)
    assert len(entries.entries_of(_references())) == 98
