"""A long list parsed on several processes gives the references one process gives."""

from __future__ import annotations

import logging

import pytest

from claimcheck import parallel
from claimcheck.ingest import load_document
from claimcheck.ingest.interface import RawEntry
from claimcheck.parse import parse_entries, pool, tagger
from claimcheck.parse.parser import parse_here
from tests.conftest import EXAMPLE


def _entries() -> tuple[RawEntry, ...]:
    return load_document(EXAMPLE).entries


@pytest.fixture
def small_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    """The example's 98 entries count as a long list, on two processes, fork allowed."""
    monkeypatch.setattr(pool, "POOL_FROM", 20)
    monkeypatch.setattr(parallel, "_setting", {"jobs": 2})
    monkeypatch.setattr(parallel, "can_fork", lambda: True)


@pytest.mark.usefixtures("small_pool")
@pytest.mark.parametrize("numpy_from", [10**9, 0])
def test_parts_on_two_processes_give_the_same_references(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, numpy_from: int
) -> None:
    monkeypatch.setattr(tagger, "NUMPY_FROM", numpy_from)  # crfsuite, then numpy
    monkeypatch.setattr(tagger, "_LOADED", {})  # weights an earlier test read would mean numpy
    entries = _entries()
    with caplog.at_level(logging.INFO, logger="claimcheck.parallel"):
        in_parts = pool.parse_in_parts(entries, tagger.MODEL_PATH, parse_here)
    assert in_parts is not None
    # a part a failed worker left is redone here: the same references, but not on two
    assert not [r for r in caplog.records if "worker process failed" in r.getMessage()]
    assert in_parts == parse_here(entries, tagger.MODEL_PATH)
    keyed = parse_entries(entries)  # keys made unique over the whole list, after the parts
    monkeypatch.setattr(parallel, "_setting", {"jobs": 1})
    assert keyed == parse_entries(entries)


def test_a_short_list_stays_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "_setting", {"jobs": 2})
    monkeypatch.setattr(parallel, "can_fork", lambda: True)
    assert pool.parse_in_parts(_entries(), tagger.MODEL_PATH, parse_here) is None  # 98 < 500


@pytest.mark.usefixtures("small_pool")
def test_the_callers_work_runs_once_while_the_parts_are_parsed() -> None:
    ran: list[int] = []
    in_parts = pool.parse_in_parts(_entries(), tagger.MODEL_PATH, parse_here,
                                   parallel.Aside(lambda: ran.append(1), 0.1))
    assert in_parts == parse_here(_entries(), tagger.MODEL_PATH)
    assert ran == [1]
    short = _entries()[:10]
    assert parse_entries(short, parallel.Aside(lambda: ran.append(2), 0.1)) == parse_entries(short)
    assert ran == [1, 2]  # a short list: run before it is parsed here
