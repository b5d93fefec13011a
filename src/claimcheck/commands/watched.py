"""Command layer: the abstract source of a run that judges support, watched: every DOI it
answered `Unchecked` (OpenAlex unreachable or failing) is remembered, so that `outages.py`
can say how many claims went unjudged. Apart from `outages.py` so that the runs that judge no
support (`dois`, `refs`, `claims`) import no abstract source for their notices (start-up time
counts).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from claimcheck.model import Doi, Unchecked
from claimcheck.sources.fulltext import FullText
from claimcheck.sources.interface import AbstractLookup, AbstractSource


class WatchedSource(AbstractSource):
    """Delegates to `inner` and remembers every DOI it answered `Unchecked` (and why)."""

    def __init__(self, inner: AbstractSource) -> None:
        self.inner = inner
        self.unchecked: dict[Doi, str] = {}
        self._lock = threading.Lock()

    def abstracts(self, dois: Sequence[Doi]) -> dict[Doi, AbstractLookup]:
        answers = self.inner.abstracts(dois)
        with self._lock:
            self.unchecked.update(
                {d: a.reason for d, a in answers.items() if isinstance(a, Unchecked)})
        return answers

    def fulltext(self, doi: Doi, title: str) -> FullText:
        return self.inner.fulltext(doi, title)

    def close(self) -> None:
        self.inner.close()
