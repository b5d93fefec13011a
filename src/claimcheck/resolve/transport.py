"""The HTTP plumbing every live client shares: one guarded GET, and a small thread pool.

Shared by `CrossrefClient` and `claimcheck.sources.OpenAlexClient` so both services get the
same manners: every request waits for a slot in the client's `RateLimiter`; the limiter reads
the response headers before the slot frees; redirects are followed only within the host that
was asked (an identifier must never send us to another host); network errors become
`Unchecked` with the service's name, never an exception.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar
from urllib.parse import urljoin, urlsplit

import requests

from claimcheck.model import Unchecked
from claimcheck.resolve.limiter import RateLimiter
from claimcheck.resolve.stats import ResolverStats

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


def get_within_host(
    session: requests.Session,
    url: str,
    limiter: RateLimiter,
    stats: ResolverStats,
    service: str = "Crossref",
) -> requests.Response | Unchecked:
    """One GET through the limiter, following redirects only within the same host."""
    origin = urlsplit(url).netloc
    for _ in range(MAX_REDIRECTS + 1):
        try:
            with limiter.slot():
                response = session.get(url, allow_redirects=False)
                limiter.update(response.headers)  # before the slot frees
        except requests.RequestException as exc:
            stats.add("failures")
            log.info("%s request failed: %s", service, exc)  # reported as unchecked
            return Unchecked(reason=f"{service} unreachable: {type(exc).__name__}")
        if not response.is_redirect:
            return response
        url = urljoin(url, response.headers.get("Location", ""))
        if urlsplit(url).netloc != origin:
            stats.add("failures")
            return Unchecked(reason=f"{service} redirected to another host: {url[:80]}")
    stats.add("failures")
    return Unchecked(reason="too many redirects")
