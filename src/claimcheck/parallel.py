"""Work over a long sequence on every core: the sequence cut into as many contiguous parts as
there are jobs, the first done in this process while forked worker processes do the others,
the results joined in order (the parser's long reference lists, `parse/pool.py`).

Workers are forked (a copy of this process: nothing is imported or loaded again) and only
where forking is safe: not while another thread runs (a forked child inherits every lock as
it was, and one that thread held is never released there; the lookups' prefetch threads run
during `dois`), not on macOS (system libraries break in a forked child), never on Windows (no
fork). Starting a fresh interpreter instead (spawn, forkserver) would cost its imports again
and import the caller's main module: the work is done in this process then. A process that is
itself a worker of some pool (a folder's article workers, these) never starts another. Where
a worker cannot start or fails, its part is done here again, so an error in the work itself
is raised here as it would be without workers. The items reach the workers in the fork's copy
of this process (a worker is sent the bounds of its part, not the part): pickling 5,000
references to send them costs this process ~0.1 s (docs/benchmarks/scale.md, `speed2`).

How many jobs: `set_jobs(N)`, else the environment's CLAIMCHECK_JOBS, else one per core this
process may run on, at most AUTOMATIC_MOST; 1 keeps everything in this process. A worker that
fails is logged (seen with -v), since its part, done again here, costs the time twice.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import NamedTuple, TypeVar, cast

from claimcheck.config import environment_jobs

T = TypeVar("T")
R = TypeVar("R")

class Aside(NamedTuple):
    """Work of this process's own done while the workers do their parts, and what it costs as
    a share of all the parts' work (0.1: a tenth of it): this process's part is that much
    shorter, so that every process ends at about the same time."""

    run: Callable[[], object]
    share: float

_setting = {"jobs": 0}  # 0: automatic
# automatic jobs stop here: a big host's every core (or a container's, whose CPU quota the
# affinity does not show) would each hold a copy of the process for little gain
AUTOMATIC_MOST = 8
_log = logging.getLogger(__name__)
# the items of the in_parts call under way, for its workers, forked while it is set
_shared: list[Sequence[object]] = []


def set_jobs(jobs: int) -> None:
    """How many processes long work uses (1: this one alone; 0: automatic)."""
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (automatic) or more, not {jobs}")
    _setting["jobs"] = jobs


def jobs() -> int:
    """The processes long work is done on, here and now."""
    if multiprocessing.parent_process() is not None:
        return 1  # a worker already: its parent decided how many cores to use
    return _setting["jobs"] or environment_jobs() or min(cores(), AUTOMATIC_MOST)


def cores() -> int:
    """The cores this process may run on (its CPU affinity), at least 1."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except (AttributeError, OSError):  # no affinity on this platform (macOS, Windows)
        return os.cpu_count() or 1


def can_fork() -> bool:
    """Whether worker processes can start as safe copies of this one (module docstring)."""
    return ("fork" in multiprocessing.get_all_start_methods()
            and sys.platform != "darwin" and threading.active_count() == 1)


def parts(count: int, many: int, aside: float = 0.0) -> list[range]:
    """`count` positions cut into `many` contiguous ranges of (almost) equal length; with
    `aside` (a share of the whole, see `Aside`) the first is that much shorter, maybe empty."""
    if not aside or many < 2:
        bounds = [count * i // many for i in range(many + 1)]
        return [range(a, b) for a, b in itertools.pairwise(bounds) if b > a]
    first = max((1 + aside) / many - aside, 0.0)  # each process's work: (1 + aside) / many
    ends = [round(count * (first + (1 - first) * i / (many - 1))) for i in range(many)]
    return [range(a, b) for a, b in itertools.pairwise([0, *ends])]


def in_parts(
    items: Sequence[T], work: Callable[[Sequence[T]], list[R]], least: int,
    aside: Aside | None = None,
) -> list[R] | None:
    """`work` over `items` in contiguous parts of at least `least` items each, on up to
    `jobs()` processes, joined in order; None when that makes fewer than two parts, one job
    is asked for, or no worker can be forked (and then `aside` is not run). This process does
    the first part, after the `aside` work where there is one. `work` must pickle (a module's
    function, or a `functools.partial` of one), and so must its results; the items need not
    (a worker has them from its fork)."""
    many = min(jobs(), len(items) // max(least, 1))
    if many < 2 or not can_fork():
        return None
    try:
        executor = ProcessPoolExecutor(many - 1, multiprocessing.get_context("fork"))
    except (OSError, ImportError, NotImplementedError, ValueError):
        return None  # no processes or semaphores here
    first, *rest = parts(len(items), many, aside.share if aside else 0.0)
    _shared[:] = [items]  # read by the workers in their copy of this process
    try:
        with executor:
            try:  # the workers are forked here
                pending = [executor.submit(_in_worker, work, bounds) for bounds in rest]
            except OSError:  # no more processes allowed
                return None
            if aside is not None:
                _run_aside(aside.run, pending)
            out = work(items[first.start:first.stop])
            for bounds, future in zip(rest, pending, strict=True):
                done = _result(future)
                out.extend(work(items[bounds.start:bounds.stop]) if done is None else done)
    finally:
        _shared.clear()
    return out


def _run_aside(run: Callable[[], object], pending: list[Future[list[R]]]) -> None:
    """The caller's own work; on an error the workers' parts not begun are dropped (the
    error is raised here, after the executor has waited for the parts under way)."""
    try:
        run()
    except BaseException:
        for future in pending:
            future.cancel()
        raise


def _in_worker(work: Callable[[Sequence[T]], list[R]], bounds: range) -> list[R]:
    """`work` over the part `bounds` of the items this worker was forked with."""
    items = cast("Sequence[T]", _shared[0])
    return work(items[bounds.start:bounds.stop])


def _result(future: Future[list[R]]) -> list[R] | None:
    """A worker's part; None when it failed in any way (died, could not start or send, or
    the work raised: done here again, where an error in the work itself raises)."""
    try:
        return future.result()
    except Exception as exc:  # the part is done again in this process
        _log.info("a worker process failed (%s: %s); its part is done here again",
                  type(exc).__name__, exc)
        return None
