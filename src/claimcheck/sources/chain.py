"""Sources that compose others: a chain (snapshot first, then cache and network), the
offline stand-in for the network, which answers nothing and says why, and a deferred source,
built on its first question (so a run the cache answers never opens a session).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from claimcheck.model import Doi, Unchecked
from claimcheck.resolve.chain import Once
from claimcheck.sources.interface import AbstractLookup, AbstractSource


class ChainSource(AbstractSource):
    """Asks `primary` first and `fallback` only for the DOIs `primary` left Unchecked.

    FoundAbstract and NoAbstract from `primary` are final, as with `resolve.ChainResolver`.
    """

    def __init__(self, primary: AbstractSource, fallback: AbstractSource) -> None:
        self.primary = primary
        self.fallback = fallback

    def abstracts(self, dois: Sequence[Doi]) -> dict[Doi, AbstractLookup]:
        unique = list(dict.fromkeys(dois))
        results = self.primary.abstracts(unique)
        pending = [d for d in unique if isinstance(results.get(d), Unchecked | None)]
        if pending:
            results.update(self.fallback.abstracts(pending))
        return {d: results[d] for d in unique}

    def close(self) -> None:
        self.primary.close()
        self.fallback.close()


class OfflineSource(AbstractSource):
    """The network when `--offline`: every question is Unchecked("offline")."""

    def abstracts(self, dois: Sequence[Doi]) -> dict[Doi, AbstractLookup]:
        return dict.fromkeys(dois, Unchecked(reason="offline"))


class DeferredSource(AbstractSource):
    """Builds the source `make` returns on the first question, once, then delegates."""

    def __init__(self, make: Callable[[], AbstractSource]) -> None:
        self._inner = Once(make)

    def abstracts(self, dois: Sequence[Doi]) -> dict[Doi, AbstractLookup]:
        return self._inner.get().abstracts(dois)

    def close(self) -> None:
        if self._inner.built is not None:
            self._inner.built.close()
