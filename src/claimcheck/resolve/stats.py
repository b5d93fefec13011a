"""Counters of what the resolver stack did: requests, 429s, retries, cache hits and misses.

One `ResolverStats` is shared by every layer of a stack built by `build_resolver`; the run
summary and the benchmark read a frozen `Counts` from it. Thread-safe, since fetch chunks run
in a small thread pool.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Counts:
    requests: int = 0  # HTTP requests sent, retries included
    rate_limited: int = 0  # 429 responses received
    retries: int = 0  # requests repeated after an error, a 429 or a 5xx
    failures: int = 0  # lookups that ended Unchecked because of the service
    cache_hits: int = 0
    cache_misses: int = 0


class ResolverStats:
    """Thread-safe counters; `counts()` gives a frozen copy."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counter: Counter[str] = Counter()

    def add(self, name: str, amount: int = 1) -> None:
        if name not in Counts.__dataclass_fields__:
            raise ValueError(f"unknown counter {name!r}")
        with self._lock:
            self._counter[name] += amount

    def counts(self) -> Counts:
        with self._lock:
            return Counts(**dict(self._counter))
