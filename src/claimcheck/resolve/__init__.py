"""The resolver seam: options, and the one function that builds the configured stack.

Stack (first answer wins): snapshot file -> answer cache -> live Crossref client. Offline, the
live client is replaced by `OfflineResolver`, so whatever the snapshot and the cache cannot
answer is `Unchecked("offline")`. The caller owns a `ResolverStats` to read counters (requests,
429s, retries, cache hits) for the run summary and the benchmark, and may pass a `Breaker` to
learn which hosts were found unreachable (`Breaker.outages()`).

The live client (and with it requests and urllib3) is built on the first question the cache
and snapshot cannot answer, so a warm run never pays for it; a bad URL still fails at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimcheck.resolve.breaker import Breaker
from claimcheck.resolve.cache import Cache, CacheMode, CacheOptions
from claimcheck.resolve.cached import CachedResolver
from claimcheck.resolve.chain import ChainResolver, DeferredResolver, OfflineResolver
from claimcheck.resolve.interface import Resolver, ResolverError
from claimcheck.resolve.stats import Counts, ResolverStats
from claimcheck.resolve.transport import base_url

if TYPE_CHECKING:
    from claimcheck.resolve.client import CrossrefClient
    from claimcheck.resolve.snapshot import SnapshotResolver

__all__ = [
    "Breaker",
    "CachedResolver",
    "ChainResolver",
    "Counts",
    "CrossrefClient",
    "OfflineResolver",
    "Resolver",
    "ResolverError",
    "ResolverOptions",
    "ResolverStats",
    "SnapshotResolver",
    "build_resolver",
]

DEFAULT_CROSSREF_URL = "https://api.crossref.org"


@dataclass(frozen=True, slots=True)
class ResolverOptions:
    crossref_url: str = DEFAULT_CROSSREF_URL  # the CLI reads CLAIMCHECK_CROSSREF_URL
    mailto: str = ""  # the CLI reads CLAIMCHECK_MAILTO; a mailto joins the polite pool
    offline: bool = False
    snapshot: Path | None = None
    snapshot_complete: bool = False  # the snapshot is all of Crossref: absent DOI = NotFound
    cache_dir: Path | None = None  # None: platformdirs user cache dir
    no_cache: bool = False
    refresh: bool = False
    workers: int = 3
    timeout: float = 30.0  # read timeout, seconds; connect timeout is min(timeout, 10)
    retries: int = 4


def _cache_mode(options: ResolverOptions) -> CacheMode:
    if options.no_cache:
        return CacheMode.DISABLED
    return CacheMode.REFRESH if options.refresh else CacheMode.NORMAL


def __getattr__(name: str) -> Any:
    if name == "CrossrefClient":  # imports requests: only for whoever asks for it
        from claimcheck.resolve.client import CrossrefClient

        return CrossrefClient
    if name == "SnapshotResolver":  # rapidfuzz and gzip: only with a snapshot
        from claimcheck.resolve.snapshot import SnapshotResolver

        return SnapshotResolver
    raise AttributeError(name)


def _connect(options: ResolverOptions, stats: ResolverStats, breaker: Breaker) -> Resolver:
    from claimcheck.resolve.client import ClientOptions, CrossrefClient
    from claimcheck.resolve.limiter import RateLimiter
    from claimcheck.resolve.session import SessionOptions, make_session

    limiter = RateLimiter()
    session = make_session(
        SessionOptions(
            mailto=options.mailto,
            retries=options.retries,
            connect_timeout=min(options.timeout, 10.0),
            read_timeout=options.timeout,
        ),
        stats,
        pacer=limiter,
    )
    client_options = ClientOptions(base_url=options.crossref_url, workers=options.workers)
    return CrossrefClient(session, client_options, limiter, stats, breaker)


def _live(options: ResolverOptions, stats: ResolverStats, breaker: Breaker) -> Resolver:
    if base_url(options.crossref_url) is None:
        raise ResolverError(f"Crossref URL must be http(s)://host: {options.crossref_url}")
    return DeferredResolver(lambda: _connect(options, stats, breaker))


def build_resolver(
    options: ResolverOptions, stats: ResolverStats | None = None, breaker: Breaker | None = None
) -> Resolver:
    """The configured stack; raises ResolverError for a bad URL or an unreadable snapshot."""
    stats = stats if stats is not None else ResolverStats()
    breaker = breaker if breaker is not None else Breaker()
    snapshot = None
    if options.snapshot is not None:  # read first: a bad file fails before any session opens
        from claimcheck.resolve.snapshot import SnapshotOptions, SnapshotResolver

        snapshot_options = SnapshotOptions(complete=options.snapshot_complete)
        snapshot = SnapshotResolver.from_path(options.snapshot, snapshot_options)
    inner = OfflineResolver() if options.offline else _live(options, stats, breaker)
    resolver: Resolver = inner
    mode = _cache_mode(options)
    if mode is not CacheMode.DISABLED:
        cache = Cache(CacheOptions(directory=options.cache_dir, mode=mode))
        resolver = CachedResolver(inner, cache, stats)
    return resolver if snapshot is None else ChainResolver(snapshot, resolver)
