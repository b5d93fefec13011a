"""The source-text seam: options, and the one function that builds the configured stack.

Stack (first answer wins), mirroring `claimcheck.resolve`: OpenAlex snapshot file -> answer
cache -> live OpenAlex client. Offline, the live client is replaced by `OfflineSource`, so
whatever the snapshot and the cache cannot answer is `Unchecked("offline")`. The live client
reuses the resolver's session factory (User-Agent with mailto, urllib3 Retry on 429/5xx,
timeouts), limiter, cache and counters; the caller may pass a `ResolverStats` to read them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from claimcheck.resolve.cache import Cache, CacheMode
from claimcheck.resolve.session import SessionOptions, make_session
from claimcheck.resolve.stats import ResolverStats
from claimcheck.sources.cache import CachedSource, cache_options
from claimcheck.sources.chain import ChainSource, OfflineSource
from claimcheck.sources.client import (
    DEFAULT_OPENALEX_URL,
    FixedRateLimiter,
    OpenAlexClient,
    OpenAlexOptions,
)
from claimcheck.sources.fulltext import NO_FULLTEXT, FullText, FullTextFolder
from claimcheck.sources.interface import (
    AbstractLookup,
    AbstractSource,
    FoundAbstract,
    NoAbstract,
    SourceError,
)
from claimcheck.sources.openalex import rebuild_abstract
from claimcheck.sources.snapshot import SnapshotSource
from claimcheck.sources.text import Basis, best_source_text, is_abstract
from claimcheck.sources.withfulltext import WithFullText

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


def _live(options: SourceOptions, stats: ResolverStats) -> AbstractSource:
    client_options = OpenAlexOptions(
        base_url=options.openalex_url, mailto=options.mailto, api_key=options.api_key
    )
    session_options = SessionOptions(
        mailto=options.mailto, connect_timeout=min(options.timeout, 10.0),
        read_timeout=options.timeout,
    )  # fmt: skip
    limiter = FixedRateLimiter()  # retries wait in the same window (the session's pacer)
    session = make_session(session_options, stats, pacer=limiter)
    try:
        return OpenAlexClient(session, client_options, limiter, stats)
    except SourceError:
        session.close()
        raise


def build_abstract_source(
    options: SourceOptions, stats: ResolverStats | None = None
) -> AbstractSource:
    """The configured stack; raises SourceError for a bad URL or an unreadable snapshot."""
    stats = stats if stats is not None else ResolverStats()
    snapshot = None
    if options.snapshot is not None:  # read first: a bad file fails before any session opens
        snapshot = SnapshotSource.from_path(options.snapshot)
    inner = OfflineSource() if options.offline else _live(options, stats)
    source: AbstractSource = inner
    mode = _cache_mode(options)
    if mode is not CacheMode.DISABLED:
        source = CachedSource(inner, Cache(cache_options(options.cache_dir, mode)), stats)
    return source if snapshot is None else ChainSource(snapshot, source)
