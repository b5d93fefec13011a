"""A long list parsed on several processes gives the references one process gives, in
order; a list is parsed here when workers cannot be had or fail."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

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
    monkeypatch.setattr(pool, "_setting", {"jobs": 2})
    monkeypatch.setattr(pool, "_can_fork", lambda: True)


def test_parts_are_contiguous_and_cover_everything() -> None:
    assert pool.parts(10, 3) == [range(0, 3), range(3, 6), range(6, 10)]
    assert pool.parts(2, 4) == [range(0, 1), range(1, 2)]


@pytest.mark.usefixtures("small_pool")
@pytest.mark.parametrize("numpy_from", [10**9, 0])
def test_parts_on_two_processes_give_the_same_references(
    monkeypatch: pytest.MonkeyPatch, numpy_from: int
) -> None:
    monkeypatch.setattr(tagger, "NUMPY_FROM", numpy_from)  # crfsuite, then numpy
    entries = _entries()
    alone = parse_here(entries, tagger.MODEL_PATH)
    assert pool.parse_in_parts(entries, tagger.MODEL_PATH, parse_here) == alone
    monkeypatch.setattr(pool, "_setting", {"jobs": 1})
    one = parse_entries(entries)
    monkeypatch.setattr(pool, "_setting", {"jobs": 2})
    assert parse_entries(entries) == one


def _die(entries: list[RawEntry], model: Path, numpy: bool) -> list[object]:
    os._exit(3)  # a worker that dies mid-part


@pytest.mark.usefixtures("small_pool")
def test_a_part_whose_worker_died_is_parsed_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pool, "_work", _die)
    entries = _entries()
    assert pool.parse_in_parts(entries, tagger.MODEL_PATH, parse_here) == \
        parse_here(entries, tagger.MODEL_PATH)


@pytest.mark.usefixtures("small_pool")
def test_no_processes_means_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("no semaphores here")

    monkeypatch.setattr(pool, "ProcessPoolExecutor", refuse)
    assert pool.parse_in_parts(_entries(), tagger.MODEL_PATH, parse_here) is None
    assert len(parse_entries(_entries())) == 98


def test_short_lists_and_one_job_stay_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pool, "_can_fork", lambda: True)
    monkeypatch.setattr(pool, "_setting", {"jobs": 2})
    assert pool.parse_in_parts(_entries(), tagger.MODEL_PATH, parse_here) is None  # 98 < 500
    monkeypatch.setattr(pool, "POOL_FROM", 20)
    monkeypatch.setattr(pool, "_setting", {"jobs": 1})
    assert pool.parse_in_parts(_entries(), tagger.MODEL_PATH, parse_here) is None


def test_jobs_from_the_setting_the_environment_or_the_cores(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pool, "_setting", {"jobs": 0})
    monkeypatch.setenv("CLAIMCHECK_JOBS", "3")
    assert pool.jobs() == 3
    monkeypatch.setenv("CLAIMCHECK_JOBS", "many")
    assert pool.jobs() == pool._cores() >= 1
    pool.set_jobs(1)
    assert pool.jobs() == 1
    with pytest.raises(ValueError, match="jobs"):
        pool.set_jobs(-1)


def test_no_fork_while_another_thread_runs() -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not pool._can_fork()
    finally:
        stop.set()
        other.join()
