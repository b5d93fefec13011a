"""The source-text seam: options, and the one function that builds the configured stack.

Stack (first answer wins), mirroring `claimcheck.resolve`: OpenAlex snapshot file -> answer
cache -> live OpenAlex client. Offline, the live client is replaced by `OfflineSource`, so
whatever the snapshot and the cache cannot answer is `Unchecked("offline")`. The live client
reuses the resolver's session factory (User-Agent with mailto, urllib3 Retry on 429/5xx,
timeouts), limiter, cache, counters and breaker; the caller may pass a `ResolverStats` to read
them and a `Breaker` to learn whether OpenAlex was found unreachable. As with the resolver, the
live client is built on the first question the cache and snapshot leave open.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimcheck.resolve.breaker import Breaker
from claimcheck.resolve.cache import Cache, CacheMode
from claimcheck.resolve.stats import ResolverStats
from claimcheck.resolve.transport import base_url
from claimcheck.sources.cache import CachedSource, cache_options
from claimcheck.sources.chain import ChainSource, DeferredSource, OfflineSource
from claimcheck.sources.fulltext import NO_FULLTEXT, FullText, FullTextFolder
from claimcheck.sources.interface import (
    DEFAULT_OPENALEX_URL,
    AbstractLookup,
    AbstractSource,
    FoundAbstract,
    NoAbstract,
    SourceError,
)
from claimcheck.sources.openalex import rebuild_abstract
from claimcheck.sources.text import Basis, best_source_text, is_abstract
from claimcheck.sources.withfulltext import WithFullText

if TYPE_CHECKING:
    from claimcheck.sources.client import OpenAlexClient, OpenAlexOptions
    from claimcheck.sources.snapshot import SnapshotSource

__all__ = [
    "DEFAULT_OPENALEX_URL",
    "NO_FULLTEXT",
    "AbstractLookup",
    "AbstractSource",
    "Basis",
    "CachedSource",
    "ChainSource",
    "FoundAbstract",
    "FullText",
    "FullTextFolder",
    "NoAbstract",
    "OfflineSource",
    "OpenAlexClient",
    "OpenAlexOptions",
    "SnapshotSource",
    "SourceError",
    "SourceOptions",
    "WithFullText",
    "best_source_text",
    "build_abstract_source",
    "is_abstract",
    "rebuild_abstract",
]


@dataclass(frozen=True, slots=True)
class SourceOptions:
    openalex_url: str = DEFAULT_OPENALEX_URL  # the CLI reads CLAIMCHECK_OPENALEX_URL
    mailto: str = ""  # the CLI reads CLAIMCHECK_MAILTO; sent as `mailto=` and in User-Agent
    offline: bool = False
    snapshot: Path | None = None  # JSON lines of OpenAlex works
    cache_dir: Path | None = None  # None: platformdirs user cache dir
    no_cache: bool = False
    refresh: bool = False
    timeout: float = 30.0  # read timeout, seconds; connect timeout is min(timeout, 10)
    api_key: str = ""  # OpenAlex's free API key (suggested env: CLAIMCHECK_OPENALEX_API_KEY)


def _cache_mode(options: SourceOptions) -> CacheMode:
    if options.no_cache:
        return CacheMode.DISABLED
    return CacheMode.REFRESH if options.refresh else CacheMode.NORMAL


def __getattr__(name: str) -> Any:
    if name in ("OpenAlexClient", "OpenAlexOptions"):  # import requests: only when asked for
        from claimcheck.sources import client

        return getattr(client, name)
    if name == "SnapshotSource":  # rapidfuzz and gzip: only with a snapshot
        from claimcheck.sources.snapshot import SnapshotSource

        return SnapshotSource
    raise AttributeError(name)


def _connect(options: SourceOptions, stats: ResolverStats, breaker: Breaker) -> AbstractSource:
    from claimcheck.resolve.session import SessionOptions, make_session
    from claimcheck.sources.client import FixedRateLimiter, OpenAlexClient, OpenAlexOptions

    client_options = OpenAlexOptions(
        base_url=options.openalex_url, mailto=options.mailto, api_key=options.api_key
    )
    session_options = SessionOptions(
        mailto=options.mailto, connect_timeout=min(options.timeout, 10.0),
        read_timeout=options.timeout,
    )  # fmt: skip
    limiter = FixedRateLimiter()  # retries wait in the same window (the session's pacer)
    session = make_session(session_options, stats, pacer=limiter)
    return OpenAlexClient(session, client_options, limiter, stats, breaker)


def _live(options: SourceOptions, stats: ResolverStats, breaker: Breaker) -> AbstractSource:
    if base_url(options.openalex_url) is None:
        raise SourceError(f"OpenAlex URL must be http(s)://host: {options.openalex_url}")
    return DeferredSource(lambda: _connect(options, stats, breaker))


def build_abstract_source(
    options: SourceOptions, stats: ResolverStats | None = None, breaker: Breaker | None = None
) -> AbstractSource:
    """The configured stack; raises SourceError for a bad URL or an unreadable snapshot."""
    stats = stats if stats is not None else ResolverStats()
    breaker = breaker if breaker is not None else Breaker()
    snapshot = None
    if options.snapshot is not None:  # read first: a bad file fails before any session opens
        from claimcheck.sources.snapshot import SnapshotSource

        snapshot = SnapshotSource.from_path(options.snapshot)
    inner = OfflineSource() if options.offline else _live(options, stats, breaker)
    source: AbstractSource = inner
    mode = _cache_mode(options)
    if mode is not CacheMode.DISABLED:
        source = CachedSource(inner, Cache(cache_options(options.cache_dir, mode)), stats)
    return source if snapshot is None else ChainSource(snapshot, source)
