"""Command layer: one run's lookups served to worker processes (a folder of articles).

`ServicesHost` holds the run's resolver and abstract source (so ONE rate limiter, ONE
breaker, ONE cache connection) in a `multiprocessing` manager's process; each worker asks it
through `RemoteResolver` and `RemoteSource`, which are the engine's usual seams. Every worker
thus checks whole articles (parse, lookups, linking, support, report) on its own core while
Crossref sees one polite client. The manager answers each connection on a thread of its own,
and the resolver stack is thread-safe (it already runs lookups on a small thread pool).
"""

from __future__ import annotations

from collections.abc import Sequence
from multiprocessing import get_context
from multiprocessing.managers import BaseManager
from typing import Any

from claimcheck.commands.run import open_services
from claimcheck.commands.settings import Settings
from claimcheck.model import Doi, Lookup, Search
from claimcheck.resolve.breaker import Outage
from claimcheck.resolve.interface import Resolver
from claimcheck.sources.interface import AbstractLookup, AbstractSource


class ServicesHost:
    """In the manager's process: the services `open_services(settings)` builds."""

    def __init__(self, settings: Settings) -> None:
        self._services = open_services(settings)

    def has(self) -> tuple[bool, bool]:
        """Whether there is a resolver, and an abstract source."""
        return self._services.resolver is not None, self._services.abstracts is not None

    def fetch(self, dois: list[Doi]) -> dict[Doi, Lookup]:
        assert self._services.resolver is not None
        return self._services.resolver.fetch(dois)

    def probe(self, dois: list[Doi]) -> dict[Doi, Lookup]:
        assert self._services.resolver is not None
        return self._services.resolver.probe(dois)

    def search(self, query: str, rows: int) -> Search:
        assert self._services.resolver is not None
        return self._services.resolver.search(query, rows)

    def abstracts(self, dois: list[Doi]) -> dict[Doi, AbstractLookup]:
        assert self._services.abstracts is not None
        return self._services.abstracts.abstracts(dois)

    def outcome(self) -> tuple[tuple[Outage, ...], dict[Doi, str]]:
        """The outages met and the abstracts left unchecked (for the stderr notices)."""
        watched = self._services.abstracts
        return self._services.breaker.outages(), dict(watched.unchecked) if watched else {}

    def close(self) -> None:
        self._services.close()


class _Manager(BaseManager):
    pass


_Manager.register("ServicesHost", ServicesHost)


def start_host(settings: Settings) -> tuple[BaseManager, Any]:
    """A started manager (the caller shuts it down) and the proxy of its `ServicesHost`."""
    manager = _Manager(ctx=get_context("spawn"))
    manager.start()
    return manager, manager.ServicesHost(settings)  # type: ignore[attr-defined]


class RemoteResolver(Resolver):
    """In a worker: the run's resolver, asked through the host's proxy."""

    def __init__(self, host: Any) -> None:
        self._host = host

    def fetch(self, dois: Sequence[Doi]) -> dict[Doi, Lookup]:
        answers: dict[Doi, Lookup] = self._host.fetch(list(dois))
        return answers

    def probe(self, dois: Sequence[Doi]) -> dict[Doi, Lookup]:
        answers: dict[Doi, Lookup] = self._host.probe(list(dois))
        return answers

    def search(self, query: str, rows: int = 5) -> Search:
        answer: Search = self._host.search(query, rows)
        return answer


class RemoteSource(AbstractSource):
    """In a worker: the run's abstract source, asked through the host's proxy."""

    def __init__(self, host: Any) -> None:
        self._host = host

    def abstracts(self, dois: Sequence[Doi]) -> dict[Doi, AbstractLookup]:
        answers: dict[Doi, AbstractLookup] = self._host.abstracts(list(dois))
        return answers
