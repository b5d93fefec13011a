"""The HTTP plumbing every live client shares: one guarded GET, and a small thread pool.

Shared by `CrossrefClient` and `claimcheck.sources.OpenAlexClient` so both services get the
same manners: every request waits for a slot in the client's `RateLimiter`; the limiter reads
the response headers before the slot frees; redirects are followed only within the host that
was asked (an identifier must never send us to another host); network errors become
`Unchecked` with the service's name, never an exception. A failure that says the service is
absent (DNS, refused, no route, TLS, proxy: `breaker.absence`) opens the host's breaker, so
every later request to that host is answered at once, with the same reason.

requests is imported on first use: a run answered by the cache never loads it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar
from urllib.parse import urljoin, urlsplit

from claimcheck.model import Unchecked
from claimcheck.resolve.breaker import Breaker, absence
from claimcheck.resolve.limiter import RateLimiter
from claimcheck.resolve.stats import ResolverStats

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)
T = TypeVar("T")
R = TypeVar("R")
MAX_REDIRECTS = 3


def base_url(url: str) -> str | None:
    """An API base URL without its trailing slash, or None unless it is http(s)://host/..."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return url.rstrip("/")


def run_parallel(func: Callable[[T], R], items: Sequence[T], workers: int) -> list[R]:
    """`func` over `items` in order, on up to `workers` threads (inline for one item)."""
    if workers <= 1 or len(items) <= 1:
        return [func(item) for item in items]
    with ThreadPoolExecutor(max_workers=min(workers, len(items))) as pool:
        return list(pool.map(func, items))


def batches_then_singles(
    unique: Sequence[T],
    groups: Sequence[list[T]],
    fetch_batch: Callable[[list[T]], dict[T, R]],
    fetch_one: Callable[[T], R],
    workers: int,
) -> dict[T, R]:
    """Answers for `unique` items, in their order: the batches first (each may leave items
    out), then every item no batch answered asked for on its own."""
    results: dict[T, R] = {}
    for answer in run_parallel(fetch_batch, groups, workers):
        results.update(answer)
    missing = [item for item in unique if item not in results]
    results.update(zip(missing, run_parallel(fetch_one, missing, workers), strict=True))
    return {item: results[item] for item in unique}


@dataclass(frozen=True, slots=True)
class Channel:
    """What one live client sends its requests through."""

    service: str  # the name users read: "Crossref", "OpenAlex"
    session: requests.Session
    limiter: RateLimiter
    stats: ResolverStats
    breaker: Breaker = field(default_factory=Breaker)


def _failure(channel: Channel, host: str, exc: Exception) -> Unchecked:
    channel.stats.add("failures")
    cause = absence(exc)
    if cause is not None:
        outage = channel.breaker.trip(channel.service, host, cause)
        log.info("%s at %s; not asked again in this run", outage.reason, host)
        return Unchecked(reason=outage.reason)
    log.info("%s request failed: %s", channel.service, type(exc).__name__)
    return Unchecked(reason=f"{channel.service} unreachable: {type(exc).__name__}")


def get_within_host(channel: Channel, url: str) -> requests.Response | Unchecked:
    """One GET through the limiter, following redirects only within the same host; at once
    `Unchecked` when the host's breaker is open."""
    import requests

    origin = urlsplit(url).netloc
    for _ in range(MAX_REDIRECTS + 1):
        if (outage := channel.breaker.outage(channel.service, origin)) is not None:
            channel.stats.add("failures")
            return Unchecked(reason=outage.reason)
        try:
            with channel.limiter.slot():
                response = channel.session.get(url, allow_redirects=False)
                channel.limiter.update(response.headers)  # before the slot frees
        except requests.RequestException as exc:
            return _failure(channel, origin, exc)
        if not response.is_redirect:
            return response
        url = urljoin(url, response.headers.get("Location", ""))
        if urlsplit(url).netloc != origin:
            channel.stats.add("failures")
            return Unchecked(reason=f"{channel.service} redirected to another host: {url[:80]}")
    channel.stats.add("failures")
    return Unchecked(reason="too many redirects")
