"""`CachedResolver`: the answer cache (`cache.py`) in front of a resolver.

A DOI's answer and a search's candidates are read from the cache when it holds them and asked
of the inner resolver otherwise; answers are stored as the cache's rules say (Unchecked never).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from claimcheck.model import Candidates, Doi, Found, Lookup, NotFound, Search, Unchecked
from claimcheck.resolve.cache import Cache, V
from claimcheck.resolve.codec import (
    candidates_from_json,
    candidates_to_json,
    lookup_from_json,
    lookup_to_json,
)
from claimcheck.resolve.interface import Resolver
from claimcheck.resolve.stats import ResolverStats


def search_key(query: str, rows: int) -> str:
    """A search's row key: the rows asked and the query with its whitespace folded."""
    return f"{rows}|{' '.join(query.split())}"


class CachedResolver(Resolver):
    """Answers from the cache what it can and asks `inner` for the rest, storing its answers.

    `prepare` reads every row a run is about to need in one query per kind and keeps the
    decoded answers, so the questions that follow (often from other threads) need no query.
    """

    def __init__(self, inner: Resolver, cache: Cache, stats: ResolverStats | None = None) -> None:
        self.inner = inner
        self.cache = cache
        self.stats = stats or ResolverStats()
        self._ready: dict[str, object] = {}  # decoded by `prepare`: "kind|key" -> answer

    def fetch(self, dois: Sequence[Doi]) -> dict[Doi, Lookup]:
        return self._lookup(dois, self.inner.fetch)

    def probe(self, dois: Sequence[Doi]) -> dict[Doi, Lookup]:
        return self._lookup(dois, self.inner.probe)

    def prepare(self, dois: Sequence[Doi], searches: Sequence[tuple[str, int]] = ()) -> None:
        unique = list(dict.fromkeys(dois))
        works = self._read("work", unique, lookup_from_json, keep=True)
        keys = {search_key(query, rows): (query, rows) for query, rows in searches}
        found = self._read("search", list(keys), candidates_from_json, keep=True)
        self.inner.prepare([d for d in unique if d not in works],
                           [asked for key, asked in keys.items() if key not in found])

    def _read(
        self, kind: str, keys: Sequence[str], decode: Callable[[str], V], keep: bool = False
    ) -> dict[str, V]:
        """The stored answers of `keys` (one query), `keep`: for the questions that follow."""
        answers: dict[str, V] = {}
        for key, body in self.cache.get_many(kind, keys).items():
            try:
                answers[key] = decode(body)
            except ValueError:
                continue  # an unreadable row is a miss
        if keep:
            self._ready.update({f"{kind}|{key}": value for key, value in answers.items()})
        return answers

    def _lookup(
        self, dois: Sequence[Doi], ask: Callable[[Sequence[Doi]], dict[Doi, Lookup]]
    ) -> dict[Doi, Lookup]:
        unique = list(dict.fromkeys(dois))
        # a prepared answer is served once (then the file is asked, as usual): held no longer
        ready = {d: a for d in unique
                 if isinstance(a := self._ready.pop(f"work|{d}", None), Lookup)}
        rest = [d for d in unique if d not in ready]
        results, hits = (self.cache.read_through("work", rest, lookup_from_json, ask, self._rows)
                         if rest else ({}, 0))
        self.stats.add("cache_hits", hits + len(ready))
        self.stats.add("cache_misses", len(rest) - hits)
        results.update(ready)
        return {d: results.get(d, Unchecked(reason="no answer")) for d in unique}

    def search(self, query: str, rows: int = 5) -> Search:
        key = search_key(query, rows)
        hit = self._ready.pop(f"search|{key}", None)
        if not isinstance(hit, Candidates):
            hit = self._read("search", [key], candidates_from_json).get(key)
        if hit is not None:
            self.stats.add("cache_hits")
            return hit
        self.stats.add("cache_misses")
        answer = self.inner.search(query, rows)
        if isinstance(answer, Candidates):
            ttl = self.cache.options.search_ttl
            self.cache.put_many("search", [(key, candidates_to_json(answer), ttl)])
        return answer

    def close(self) -> None:
        self.inner.close()
        self.cache.close()

    def _rows(self, answers: dict[Doi, Lookup]) -> list[tuple[str, str, float]]:
        rows = []
        for doi, lookup in answers.items():
            if isinstance(lookup, Found):
                rows.append((str(doi), lookup_to_json(lookup), self.cache.options.found_ttl))
            elif isinstance(lookup, NotFound):
                rows.append((str(doi), lookup_to_json(lookup), self.cache.options.not_found_ttl))
        return rows  # Unchecked is never stored: the next run must ask again
