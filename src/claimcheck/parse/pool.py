"""Parsing a long reference list on every core: the list cut into as many contiguous parts
as there are jobs, the first parsed in this process while worker processes parse the others,
the parts joined in order.

Each entry's parse depends on its own text only (keys are made unique afterwards, over the
whole list), and every part is tagged the way the whole list would be (in numpy: a list this
long is by default), so the `Reference` values are the ones one process gives (tested). A worker
costs its start and its own copy of the tagger's weights (~0.1 s of CPU), so only a list of
at least POOL_FROM entries is split, never the short lists of a single article. Where worker
processes cannot be had (no fork or semaphores on the platform, a sandbox that forbids them,
a worker that died) the list, or the part, is parsed here instead. A process that is itself a
worker of some pool (a folder's article workers, this module's own) never starts another.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from claimcheck.ingest.interface import RawEntry
from claimcheck.model import Reference
from claimcheck.parse.tagger import loaded, uses_numpy

# Measured break-even (docs/benchmarks/scale.md, session 8): below this many entries a
# worker's start and weights cost more than half the list's parse saves.
POOL_FROM = 500

_setting = {"jobs": 0}  # 0: as many as the cores this process may run on

Parse = Callable[[Sequence[RawEntry], Path, bool | None], list[Reference]]


def set_jobs(jobs: int) -> None:
    """How many processes parse a long list (1: this one alone; 0: one per core)."""
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (automatic) or more, not {jobs}")
    _setting["jobs"] = jobs


def jobs() -> int:
    """The processes a long list is parsed in, here and now."""
    if multiprocessing.parent_process() is not None:
        return 1  # a worker already: its parent decided how many cores to use
    return _setting["jobs"] or _from_environment() or _cores()


def _from_environment() -> int:
    """CLAIMCHECK_JOBS, when it holds a whole number of at least 1 (else: automatic)."""
    value = os.environ.get("CLAIMCHECK_JOBS", "").strip()
    return int(value) if value.isdigit() else 0


def _cores() -> int:
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except (AttributeError, OSError):  # no affinity on this platform (macOS, Windows)
        return os.cpu_count() or 1


def parts(count: int, many: int) -> list[range]:
    """`count` positions cut into `many` contiguous ranges of (almost) equal length."""
    bounds = [count * i // many for i in range(many + 1)]
    return [range(a, b) for a, b in itertools.pairwise(bounds) if b > a]


def parse_in_parts(
    entries: Sequence[RawEntry], model: Path, parse: Parse
) -> list[Reference] | None:
    """The entries parsed by `parse` in parts on several processes, in order; None when the
    list is too short, one job is asked for, or no worker process can be started."""
    many = min(jobs(), len(entries) // (POOL_FROM // 2))
    if len(entries) < POOL_FROM or many < 2 or not _can_fork():
        return None
    numpy = uses_numpy(len(entries), model)  # as for the whole list in one process
    if numpy:
        loaded(model)  # read once here, before the fork: the workers share this copy
    try:
        executor = ProcessPoolExecutor(many - 1, multiprocessing.get_context("fork"))
    except (OSError, ImportError, NotImplementedError, ValueError):
        return None  # no processes or semaphores here
    with executor:
        first, *rest = [entries[r.start:r.stop] for r in parts(len(entries), many)]
        try:  # the workers are forked here
            pending = [executor.submit(_work, list(part), model, numpy) for part in rest]
        except OSError:  # no more processes allowed
            return None
        out = parse(first, model, numpy)
        for part, future in zip(rest, pending, strict=True):
            done = _result(future)
            out.extend(parse(part, model, numpy) if done is None else done)
    return out


def _result(future: Future[list[Reference]]) -> list[Reference] | None:
    """A worker's part; None when it failed in any way (died, could not start or send, or
    the parse raised: parsed here again, an error in the parse itself raises here)."""
    try:
        return future.result()
    except Exception:  # the part is parsed again in this process
        return None


def _can_fork() -> bool:
    """Whether worker processes can start as copies of this one: fork exists and is safe
    here. Not while another thread runs (a forked child inherits every lock as it was, and
    one that thread held is never released there; the lookups' prefetch threads run during
    `dois`), nor on macOS, where system libraries break in a forked child. Starting a fresh
    interpreter instead (spawn, forkserver) costs its imports and the model again, and
    imports the caller's main module: in-process is better then."""
    return ("fork" in multiprocessing.get_all_start_methods()
            and sys.platform != "darwin" and threading.active_count() == 1)


def _work(entries: list[RawEntry], model: Path, numpy: bool) -> list[Reference]:
    """One part, in a worker, tagged as the whole list is in one process."""
    from claimcheck.parse.parser import parse_here

    return parse_here(entries, model, numpy)
