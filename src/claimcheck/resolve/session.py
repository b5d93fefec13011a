"""The one factory for the configured `requests.Session` every Crossref request goes through.

- Identity: `User-Agent: claimcheck/<version> (<project url>; mailto:<address>)`, which is what
  Crossref's etiquette asks for and what puts us in the polite pool
  (https://www.crossref.org/documentation/retrieve-metadata/rest-api/tips-for-using-the-crossref-rest-api/).
- Retries: urllib3 `Retry` on the adapter, exponential backoff on 429/500/502/503/504 and on
  connection errors, `Retry-After` honoured but capped, a bounded total (the habit of
  J535D165/pyalex). The wait goes through the shared limiter (`pacer`), so a retry also
  respects the rate window, or through an injectable sleeper; tests never wait.
- Absence: a name that does not resolve, a refused connection, no route, a failed TLS
  handshake or an unreachable proxy is not retried (`breaker.absence`): the transport opens
  the host's breaker instead. With `-v` each retry is one short log line; urllib3's own
  retry warnings are silenced by the CLI.
- Timeouts: (connect, read) applied to every request that does not set its own. The read
  timeout also bounds the whole body (`read_body`): on its own it bounds each socket read, so
  a server trickling a few bytes at a time could hold a lookup for as long as it liked.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from typing import Any, Protocol, Self

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import HTTPError, InvalidHeader, MaxRetryError, ReadTimeoutError
from urllib3.response import BaseHTTPResponse
from urllib3.util.retry import Retry

from claimcheck import __version__
from claimcheck.resolve.breaker import absence
from claimcheck.resolve.stats import ResolverStats

log = logging.getLogger(__name__)

PROJECT_URL = "https://github.com/claimcheck/claimcheck"
RETRY_STATUSES = (429, 500, 502, 503, 504)
_PIECE = 65536  # most bytes taken per read of a body


@dataclass(frozen=True, slots=True)
class SessionOptions:
    mailto: str = ""
    retries: int = 4  # attempts after the first, for any reason
    backoff: float = 0.5  # seconds; doubles each retry (urllib3 backoff_factor)
    backoff_max: float = 20.0  # cap on one backoff and on one Retry-After
    connect_timeout: float = 5.0
    read_timeout: float = 30.0
    pool_size: int = 10


def project_url() -> str:
    """The Homepage of the installed distribution, else the constant."""
    try:
        urls = metadata.metadata("claimcheck").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return PROJECT_URL
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().lower() == "homepage" and url.strip():
            return str(url.strip())
    return PROJECT_URL


def user_agent(mailto: str) -> str:
    contact = f"; mailto:{mailto}" if mailto else ""
    return f"claimcheck/{__version__} ({project_url()}{contact})"


class RetryPacer(Protocol):
    """What paces retries with the other requests (the shared `RateLimiter`)."""

    def before_retry(self, wait: float) -> None: ...


class CountingRetry(Retry):
    """`Retry` that counts retries and 429s, and waits through the pacer (or a sleeper)."""

    stats: ResolverStats | None = None
    sleeper: Callable[[float], None] = staticmethod(time.sleep)
    pacer: RetryPacer | None = None

    def new(self, **kw: Any) -> Self:
        fresh = super().new(**kw)
        fresh.stats, fresh.sleeper, fresh.pacer = self.stats, self.sleeper, self.pacer
        return fresh

    def increment(self, *args: Any, **kwargs: Any) -> Self:
        response = kwargs.get("response", args[2] if len(args) > 2 else None)
        error = kwargs.get("error", args[3] if len(args) > 3 else None)
        url = kwargs.get("url", args[1] if len(args) > 1 else None)
        if error is not None and absence(error) is not None:  # not there: asking again is futile
            raise MaxRetryError(kwargs.get("_pool"), url, error) from error  # type: ignore[arg-type]
        if self.stats is not None and response is not None and response.status == 429:
            self.stats.add("rate_limited")
        fresh = super().increment(*args, **kwargs)  # raises MaxRetryError when exhausted
        if self.stats is not None:
            self.stats.add("retries")
            self.stats.add("requests")
        log.info("retry %d of %s after %s", len(fresh.history), short_url(url, kwargs),
                 _why(response, error))
        return fresh

    def sleep(self, response: BaseHTTPResponse | None = None) -> None:
        try:
            retry_after = self.get_retry_after(response) if response is not None else None
        except InvalidHeader:  # an unreadable Retry-After falls back to the backoff
            retry_after = None
        if self.respect_retry_after_header and retry_after:
            wait = retry_after
        else:
            wait = self.get_backoff_time()
        if self.pacer is not None:
            self.pacer.before_retry(wait)
        elif wait > 0:
            self.sleeper(wait)


def short_url(url: str | None, kwargs: dict[str, Any]) -> str:
    """`host/path?quer...` in at most 60 characters, for one log line."""
    text = url or ""
    if "://" in text:  # a whole URL (through a proxy, or a mocked adapter)
        text = text.split("://", 1)[1]
    else:  # urllib3 passes the path; the host is the pool's
        text = f"{getattr(kwargs.get('_pool'), 'host', '') or ''}{text}"
    return text if len(text) <= 60 else text[:57] + "..."


def _why(response: BaseHTTPResponse | None, error: BaseException | None) -> str:
    if response is not None:
        return f"HTTP {response.status}"
    return type(error).__name__ if error is not None else "an error"


def _read_piece(response: requests.Response) -> bytes:
    """What has arrived of the body (at most one socket read); b"" at its end."""
    try:
        return bytes(response.raw.read1(_PIECE, decode_content=True))
    except ReadTimeoutError as exc:
        response.close()
        raise requests.ReadTimeout(exc, response=response) from exc
    except (HTTPError, OSError) as exc:  # a RequestException, as requests' own reading raises
        response.close()
        raise requests.ConnectionError(exc, response=response) from exc


def read_body(response: requests.Response, seconds: float) -> None:
    """Reads the whole body now, or raises `requests.ReadTimeout` once it has taken longer
    than `seconds` in all; `response.content` then holds it."""
    deadline = time.monotonic() + seconds
    pieces: list[bytes] = []
    while piece := _read_piece(response):
        pieces.append(piece)
        if time.monotonic() > deadline:
            response.close()
            message = f"response body not received within {seconds:g} s"
            raise requests.ReadTimeout(message, response=response)
    response._content = b"".join(pieces)  # what requests itself caches after reading


def _read_timeout(timeout: Any) -> float | None:
    """The read part of a requests `timeout` (a number, or a (connect, read) pair)."""
    value = timeout[1] if isinstance(timeout, tuple) else timeout
    return float(value) if isinstance(value, int | float) else None


class _CountingAdapter(HTTPAdapter):
    """Counts every request sent and applies the default (connect, read) timeout, which also
    bounds the whole body of a request that is not streamed."""

    def __init__(self, stats: ResolverStats, timeout: tuple[float, float], **kw: Any) -> None:
        super().__init__(**kw)
        self._stats = stats
        self._timeout = timeout

    def send(  # type: ignore[override]  # keyword arguments are passed through unchanged
        self, request: requests.PreparedRequest, **kwargs: Any
    ) -> requests.Response:
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = self._timeout
        self._stats.add("requests")
        response = super().send(request, **kwargs)
        seconds = _read_timeout(kwargs["timeout"])
        if not kwargs.get("stream") and seconds is not None:
            read_body(response, seconds)
        return response


def make_retry(
    options: SessionOptions,
    stats: ResolverStats,
    sleeper: Callable[[float], None] = time.sleep,
    pacer: RetryPacer | None = None,
) -> CountingRetry:
    retry = CountingRetry(
        total=options.retries,
        connect=options.retries,
        read=1,  # a read timeout is slow already; one more try, not four
        status=options.retries,
        status_forcelist=RETRY_STATUSES,
        allowed_methods=frozenset({"GET", "HEAD"}),
        backoff_factor=options.backoff,
        backoff_max=options.backoff_max,
        retry_after_max=max(int(options.backoff_max), 1),
        respect_retry_after_header=True,
        raise_on_status=False,  # the last 5xx/429 comes back as a response, not an exception
    )
    retry.stats, retry.sleeper, retry.pacer = stats, sleeper, pacer
    return retry


def make_session(
    options: SessionOptions,
    stats: ResolverStats | None = None,
    sleeper: Callable[[float], None] = time.sleep,
    pacer: RetryPacer | None = None,
) -> requests.Session:
    """A session with identity headers, retries and timeouts; pass it to `CrossrefClient`.

    Give it the client's `RateLimiter` as `pacer` so retries wait in the same rate window
    (and a 429 holds every thread off); without one, retries sleep through `sleeper`.
    """
    stats = stats if stats is not None else ResolverStats()
    adapter = _CountingAdapter(
        stats,
        (options.connect_timeout, options.read_timeout),
        max_retries=make_retry(options, stats, sleeper, pacer),
        pool_connections=options.pool_size,
        pool_maxsize=options.pool_size,
    )
    session = requests.Session()
    session.headers.update({"User-Agent": user_agent(options.mailto), "Accept": "application/json"})
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return session
