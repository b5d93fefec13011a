"""Parsing a long reference list on every core (`claimcheck.parallel`: contiguous parts, the
first here, the others in forked workers, joined in order).

Each entry's parse depends on its own text only (keys are made unique afterwards, over the
whole list), and every part is tagged the way the whole list would be (in numpy or by
crfsuite, as `tagger.uses_numpy` decides for the whole list's length), so the `Reference`
values are the ones one process gives (tested). The tagger's weights are read here before
the fork, so the workers share them. A worker costs its fork and the trip of its references
back (~20 ms of CPU): only a list of at least POOL_FROM entries is split, never the short
list of an ordinary article. The caller's own work (`aside`: the pipeline finds the body's
numeric callouts) is done here while the workers parse, this process's part shortened to
match.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.ingest.interface import RawEntry
from claimcheck.model import Reference
from claimcheck.parse.tagger import loaded, uses_numpy

if TYPE_CHECKING:
    from claimcheck.parallel import Aside

# Below this many entries a list is parsed in one process (docs/benchmarks/scale.md,
# session 8: a worker pays for itself from ~100 entries on idle cores; a short list is not
# worth a second process on a busy machine). Each part holds at least half of it.
POOL_FROM = 500

Parse = Callable[[Sequence[RawEntry], Path, bool | None], list[Reference]]


def parse_in_parts(
    entries: Sequence[RawEntry], model: Path, parse: Parse, aside: Aside | None = None
) -> list[Reference] | None:
    """The entries parsed by `parse` (a module's function) in parts on several processes, in
    order, this process doing the `aside` work first (its part is shorter by its share); None
    (and `aside` not run) when the list is too short or `claimcheck.parallel` finds no
    second job."""
    if len(entries) < POOL_FROM:
        return None
    from claimcheck import parallel  # multiprocessing's modules, only for a long list

    if parallel.jobs() < 2 or not parallel.can_fork():
        return None
    numpy = uses_numpy(len(entries), model)  # as for the whole list in one process
    if numpy:
        loaded(model)  # read once here, before the fork: the workers share this copy
    work = partial(_parse_part, parse, model, numpy)
    return parallel.in_parts(entries, work, POOL_FROM // 2, aside)


def _parse_part(
    parse: Parse, model: Path, numpy: bool, entries: Sequence[RawEntry]
) -> list[Reference]:
    return parse(list(entries), model, numpy)
