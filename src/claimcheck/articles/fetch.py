"""Downloads for article finding: one polite client per service, behind the answer cache.

Every GET goes through the project's session factory (User-Agent with mailto, urllib3 Retry
with backoff on 429/5xx, timeouts, a bounded body time) and a per-service rate limiter,
and its answer (status, type, final URL, body) is stored in the SQLite answer cache
(`articles.sqlite3`, beside Crossref's): 200s for 30 days, 404/410 for 1 day, nothing
else. So a second run can be `--offline`, which reads only the cache. Paces: arXiv asks for
one request every three seconds (https://info.arxiv.org/help/api/tou.html); Europe PMC and
OpenAlex are asked at most 5 and 10 per second; any other host 1 per second. Redirects are
followed (up to 5, to any host: a DOI or an open-access link lands on a publisher's site).
"""

from __future__ import annotations

import base64
import json
import logging
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import requests

from claimcheck.articles.interface import ArticleOptions
from claimcheck.model import Unchecked
from claimcheck.resolve.cache import DAY, Cache, CacheMode, CacheOptions
from claimcheck.resolve.session import SessionOptions, make_session
from claimcheck.resolve.stats import ResolverStats
from claimcheck.sources.client import FixedRateLimiter

log = logging.getLogger(__name__)
KIND = "get"
FILE_NAME = "articles.sqlite3"
_KEPT = {200: 30 * DAY, 404: DAY, 410: DAY}
PACE = {"arxiv": (1, 3.0), "europepmc": (5, 1.0), "openalex": (10, 1.0), "web": (1, 1.0)}
MAX_REDIRECTS = 5
MAX_BYTES = 100 * 2**20  # an article, figures included, is far smaller


@dataclass(frozen=True, slots=True)
class Answer:
    status: int
    content_type: str
    url: str  # after redirects
    body: bytes


def _to_json(answer: Answer) -> str:
    return json.dumps({"status": answer.status, "type": answer.content_type, "url": answer.url,
                       "body": base64.b64encode(answer.body).decode("ascii")})


def _from_json(text: str) -> Answer:
    data = json.loads(text)
    if not isinstance(data, dict) or not isinstance(data.get("status"), int):
        raise ValueError("not a cached answer")
    return Answer(data["status"], str(data["type"]), str(data["url"]),
                  base64.b64decode(str(data["body"]), validate=True))


class Fetcher:
    """GETs through the cache; live requests through one session and limiter per service."""

    def __init__(self, session_options: SessionOptions, cache: Cache | None,
                 offline: bool = False, stats: ResolverStats | None = None) -> None:
        self._session_options = session_options
        self._cache = cache
        self._offline = offline
        self.stats = stats or ResolverStats()
        self._clients: dict[str, tuple[requests.Session, FixedRateLimiter]] = {}

    def get(self, url: str, service: str, accept: str = "*/*") -> Answer | Unchecked:
        """The answer for `url` (from the cache when it holds it), or Unchecked with why."""
        cached = self._cached(url)
        if cached is not None:
            return cached
        if self._offline:
            return Unchecked(reason="offline, and not in the cache")
        answer = self._live(url, service, accept)
        if isinstance(answer, Answer) and answer.status in _KEPT and self._cache is not None:
            self._cache.put_many(KIND, [(url, _to_json(answer), _KEPT[answer.status])])
        return answer

    def close(self) -> None:
        for session, _ in self._clients.values():
            session.close()
        if self._cache is not None:
            self._cache.close()

    def _cached(self, url: str) -> Answer | None:
        if self._cache is None:
            return None
        body = self._cache.get_many(KIND, [url]).get(url)
        try:
            return _from_json(body) if body is not None else None
        except ValueError:
            return None  # an unreadable row is a miss

    def _client(self, service: str) -> tuple[requests.Session, FixedRateLimiter]:
        if service not in self._clients:
            limit, interval = PACE.get(service, PACE["web"])
            limiter = FixedRateLimiter(limit=limit, concurrency=1)
            limiter.interval = interval
            session = make_session(self._session_options, self.stats, pacer=limiter)
            self._clients[service] = (session, limiter)
        return self._clients[service]

    def _live(self, url: str, service: str, accept: str) -> Answer | Unchecked:
        session, limiter = self._client(service)
        for _ in range(MAX_REDIRECTS + 1):
            try:
                with limiter.slot():
                    response = session.get(url, allow_redirects=False,
                                           headers={"Accept": accept})
            except requests.RequestException as exc:
                log.info("%s request failed: %s", service, exc)
                return Unchecked(reason=f"unreachable ({type(exc).__name__})")
            if not response.is_redirect and len(response.content) > MAX_BYTES:
                return Unchecked(reason=f"larger than {MAX_BYTES // 2**20} MB")
            if not response.is_redirect:
                return Answer(response.status_code, response.headers.get("Content-Type", ""),
                              url, response.content)
            url = urljoin(url, response.headers.get("Location", ""))
            if urlsplit(url).scheme not in ("http", "https"):
                return Unchecked(reason=f"redirected to a non-web address: {url[:80]}")
        return Unchecked(reason="too many redirects")


def build_fetcher(options: ArticleOptions) -> Fetcher:
    """The configured fetcher; its cache file sits beside Crossref's."""
    session_options = SessionOptions(mailto=options.mailto,
                                     connect_timeout=min(options.timeout, 10.0),
                                     read_timeout=options.timeout)
    cache = None
    if not options.no_cache:
        mode = CacheMode.REFRESH if options.refresh else CacheMode.NORMAL
        cache = Cache(CacheOptions(directory=options.cache_dir, mode=mode, file_name=FILE_NAME))
    return Fetcher(session_options, cache, options.offline)
