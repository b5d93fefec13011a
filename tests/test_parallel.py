"""Work over a long sequence in contiguous parts on forked workers: the same results, in
order; done in this process when workers cannot be had, are not safe, or fail."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import threading
from collections.abc import Sequence
from functools import partial

import pytest

from claimcheck import parallel
from claimcheck.config import ConfigError


def _squares(items: Sequence[int]) -> list[tuple[int, int]]:
    """Each item squared, with the process that did it."""
    return [(i * i, os.getpid()) for i in items]


def _dies_in_a_worker(items: Sequence[int]) -> list[int]:
    if multiprocessing.parent_process() is not None:
        os._exit(3)  # a worker that dies mid-part
    return [i + 1 for i in items]


def _fails(word: str, items: Sequence[int]) -> list[int]:
    raise ValueError(word)


@pytest.fixture
def two_jobs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "_setting", {"jobs": 2})
    monkeypatch.setattr(parallel, "can_fork", lambda: True)


def test_parts_are_contiguous_and_cover_everything() -> None:
    assert parallel.parts(10, 3) == [range(0, 3), range(3, 6), range(6, 10)]
    assert parallel.parts(2, 4) == [range(0, 1), range(1, 2)]


@pytest.mark.usefixtures("two_jobs")
def test_parts_run_on_a_second_process_and_join_in_order() -> None:
    done = parallel.in_parts(range(100), _squares, 10)
    assert done is not None
    assert [value for value, _ in done] == [i * i for i in range(100)]
    assert {pid for _, pid in done[:50]} == {os.getpid()}
    assert os.getpid() not in {pid for _, pid in done[50:]}


@pytest.mark.usefixtures("two_jobs")
def test_a_part_whose_worker_died_is_done_here() -> None:
    assert parallel.in_parts(range(40), _dies_in_a_worker, 10) == list(range(1, 41))


@pytest.mark.usefixtures("two_jobs")
def test_an_error_in_the_work_is_raised_here() -> None:
    with pytest.raises(ValueError, match="broken"):
        parallel.in_parts(range(40), partial(_fails, "broken"), 10)


@pytest.mark.usefixtures("two_jobs")
def test_no_processes_means_none(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("no semaphores here")

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", refuse)
    assert parallel.in_parts(range(40), _squares, 10) is None


@pytest.mark.usefixtures("two_jobs")
def test_too_few_items_or_one_job_means_none(monkeypatch: pytest.MonkeyPatch) -> None:
    assert parallel.in_parts(range(15), _squares, 10) is None  # one part of 10 at most
    monkeypatch.setattr(parallel, "_setting", {"jobs": 1})
    assert parallel.in_parts(range(40), _squares, 10) is None


def test_jobs_from_the_setting_the_environment_or_the_cores(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(parallel, "_setting", {"jobs": 0})
    monkeypatch.setenv("CLAIMCHECK_JOBS", "3")
    assert parallel.jobs() == 3
    monkeypatch.setenv("CLAIMCHECK_JOBS", "0")
    assert parallel.jobs() == min(parallel.cores(), parallel.AUTOMATIC_MOST) >= 1
    for value in ("many", "²", "٣"):  # digits to str.isdigit, not to int()
        monkeypatch.setenv("CLAIMCHECK_JOBS", value)
        with pytest.raises(ConfigError, match="CLAIMCHECK_JOBS must be a whole number"):
            parallel.jobs()  # the user's to fix, not silently automatic
    parallel.set_jobs(1)
    assert parallel.jobs() == 1
    with pytest.raises(ValueError, match="jobs"):
        parallel.set_jobs(-1)


def test_automatic_jobs_stop_at_a_few_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "_setting", {"jobs": 0})
    monkeypatch.delenv("CLAIMCHECK_JOBS", raising=False)
    monkeypatch.setattr(parallel, "cores", lambda: 64)
    assert parallel.jobs() == parallel.AUTOMATIC_MOST
    parallel.set_jobs(16)  # asked for: as many as asked
    assert parallel.jobs() == 16


@pytest.mark.skipif(sys.platform != "linux", reason="forking is used on Linux only")
def test_a_fresh_single_threaded_process_may_fork() -> None:
    code = "from claimcheck import parallel; print(parallel.can_fork())"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "True"


def test_no_fork_while_another_thread_runs() -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not parallel.can_fork()
    finally:
        stop.set()
        other.join()


class _Unpicklable(list[int]):
    """Items that cannot be sent to a worker: a worker has them from its fork alone."""

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("not sent to workers")


@pytest.mark.usefixtures("two_jobs")
def test_the_workers_read_the_items_in_their_copy_of_this_process() -> None:
    done = parallel.in_parts(_Unpicklable(range(40)), _squares, 10)
    assert done is not None
    assert [value for value, _ in done] == [i * i for i in range(40)]
    assert os.getpid() not in {pid for _, pid in done[20:]}
    assert not parallel._shared  # the items are not kept once the parts are done



def test_work_aside_shortens_this_processs_part() -> None:
    # each process's work: (1 + aside) / many; this process's part is its share less aside
    assert parallel.parts(1000, 2, 0.1) == [range(0, 450), range(450, 1000)]
    assert parallel.parts(900, 3, 0.2) == [range(0, 180), range(180, 540), range(540, 900)]
    assert parallel.parts(10, 2, 1.5) == [range(0, 0), range(0, 10)]  # all of it aside here


@pytest.mark.usefixtures("two_jobs")
def test_work_aside_runs_here_once_while_the_worker_does_its_part() -> None:
    ran: list[int] = []
    aside = parallel.Aside(lambda: ran.append(os.getpid()), 0.2)
    done = parallel.in_parts(range(100), _squares, 10, aside)
    assert done is not None
    assert [value for value, _ in done] == [i * i for i in range(100)]
    assert ran == [os.getpid()]
    assert {pid for _, pid in done[:40]} == {os.getpid()}  # (1 + 0.2) / 2 - 0.2 = 0.4
    assert os.getpid() not in {pid for _, pid in done[40:]}


@pytest.mark.usefixtures("two_jobs")
def test_an_error_in_the_work_aside_is_raised_here() -> None:
    def broken() -> None:
        raise ValueError("aside")

    with pytest.raises(ValueError, match="aside"):
        parallel.in_parts(range(40), _squares, 10, parallel.Aside(broken, 0.1))
    assert not parallel._shared


@pytest.mark.usefixtures("two_jobs")
def test_no_parts_means_the_work_aside_is_not_run(monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[int] = []
    aside = parallel.Aside(lambda: ran.append(1), 0.1)
    assert parallel.in_parts(range(15), _squares, 10, aside) is None
    monkeypatch.setattr(parallel, "_setting", {"jobs": 1})
    assert parallel.in_parts(range(40), _squares, 10, aside) is None
    assert not ran
