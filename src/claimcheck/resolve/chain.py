"""Resolvers that compose others: a chain (snapshot first, then cache and network), the
offline stand-in for the network, which answers nothing and says why, and a deferred
resolver, built on its first question (so a run the cache answers never opens a session).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from claimcheck.model import Candidates, Doi, Lookup, Search, Unchecked
from claimcheck.resolve.interface import Resolver

T = TypeVar("T")


class ChainResolver(Resolver):
    """Asks `primary` first and `fallback` only for what `primary` could not answer.

    A DOI is passed on when `primary` says Unchecked (a snapshot's "not in snapshot"); its
    Found and NotFound answers are final. A search is passed on when `primary` has no
    candidate (a snapshot returns only candidates above its similarity floor).
    """

    def __init__(self, primary: Resolver, fallback: Resolver) -> None:
        self.primary = primary
        self.fallback = fallback

    def fetch(self, dois: Sequence[Doi]) -> dict[Doi, Lookup]:
        return self._ask(dois, probe=False)

    def probe(self, dois: Sequence[Doi]) -> dict[Doi, Lookup]:
        return self._ask(dois, probe=True)

    def _ask(self, dois: Sequence[Doi], probe: bool) -> dict[Doi, Lookup]:
        unique = list(dict.fromkeys(dois))
        results = self.primary.probe(unique) if probe else self.primary.fetch(unique)
        pending = [d for d in unique if isinstance(results.get(d), Unchecked | None)]
        if pending:
            more = self.fallback.probe(pending) if probe else self.fallback.fetch(pending)
            results.update(more)
        return {d: results[d] for d in unique}

    def prepare(self, dois: Sequence[Doi], searches: Sequence[tuple[str, int]] = ()) -> None:
        """The fallback prepares for what the primary (a snapshot, in memory) cannot answer."""
        answers = self.primary.fetch(list(dict.fromkeys(dois))) if dois else {}
        self.fallback.prepare([d for d, a in answers.items() if isinstance(a, Unchecked)],
                              searches)

    def search(self, query: str, rows: int = 5) -> Search:
        first = self.primary.search(query, rows)
        if isinstance(first, Candidates) and first.records:
            return first
        second = self.fallback.search(query, rows)
        return first if isinstance(second, Unchecked) and isinstance(first, Candidates) else second

    def close(self) -> None:
        self.primary.close()
        self.fallback.close()


class OfflineResolver(Resolver):
    """The network when `--offline`: every question is Unchecked("offline")."""

    def fetch(self, dois: Sequence[Doi]) -> dict[Doi, Lookup]:
        return dict.fromkeys(dois, Unchecked(reason="offline"))

    def search(self, query: str, rows: int = 5) -> Search:
        return Unchecked(reason="offline")


class Once(Generic[T]):
    """What `make` returns, built on the first `get()` (once, even across threads): a client
    whose session and imports cost start-up time is only built when a question needs it."""

    def __init__(self, make: Callable[[], T]) -> None:
        self._make = make
        self.built: T | None = None
        self._lock = threading.Lock()

    def get(self) -> T:
        with self._lock:
            if self.built is None:
                self.built = self._make()
            return self.built


class DeferredResolver(Resolver):
    """Builds the resolver `make` returns on the first question, once, then delegates."""

    def __init__(self, make: Callable[[], Resolver]) -> None:
        self._inner = Once(make)

    def _get(self) -> Resolver:
        return self._inner.get()

    def fetch(self, dois: Sequence[Doi]) -> dict[Doi, Lookup]:
        return self._get().fetch(dois)

    def probe(self, dois: Sequence[Doi]) -> dict[Doi, Lookup]:
        return self._get().probe(dois)

    def search(self, query: str, rows: int = 5) -> Search:
        return self._get().search(query, rows)

    def prepare(self, dois: Sequence[Doi], searches: Sequence[tuple[str, int]] = ()) -> None:
        """Builds the resolver now when there is anything to ask (see `Resolver.prepare`)."""
        if dois or searches:
            self._get().prepare(dois, searches)

    def close(self) -> None:
        if self._inner.built is not None:
            self._inner.built.close()
