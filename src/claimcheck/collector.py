"""Pausing Python's cyclic garbage collector while a stage builds many objects that form no
cycles (the parser's tokens, labels and references; the linker's entries and callouts).

The collector runs a full pass over every live object after enough allocations; while a long
reference list is parsed that happens a few times and each pass walks everything made so far,
so the list costs more per entry the longer it is (10,000 references: 15 % of the parse and
of the linking, benchmarks/scale.py). Reference counting still frees everything as usual.
Nested or concurrent stages (the CLI parses while a thread prefetches) share one pause: the
collector is switched back on when the last of them ends, and only if it was on when the
first began.

At the end of the pause the objects made meanwhile are moved straight to the oldest
generation (`gc.freeze()` then `gc.unfreeze()`: two list splices). Left in the youngest, the
first young collection after the stage would walk every one of them, and the next middle one
again (10,000 references: about 0.25 s after the parse and again after the linking, for
objects that form no cycles). A cycle made meanwhile is collected by the next full
collection instead.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_LOCK = threading.Lock()
_state = {"depth": 0, "was_on": False}


@contextmanager
def paused() -> Iterator[None]:
    """The collector off for the `with` block (see the module's docstring)."""
    with _LOCK:
        if _state["depth"] == 0:
            _state["was_on"] = gc.isenabled()
            gc.disable()
        _state["depth"] += 1
    try:
        yield
    finally:
        with _LOCK:
            _state["depth"] -= 1
            if _state["depth"] == 0 and _state["was_on"]:
                gc.freeze()  # see the module's docstring: young objects made old, unwalked
                gc.unfreeze()
                gc.enable()
