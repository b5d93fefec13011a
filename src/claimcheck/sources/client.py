"""`OpenAlexClient`: the HTTP side of OpenAlex's works API (the JSON side is `openalex.py`).

- Batches: `GET /works?filter=doi:A|B|C&per-page=50` (values ORed with `|`, up to 50 per
  filter: https://docs.openalex.org/how-to-use-the-api/get-single-entities, "You can make up
  to 50 of these queries at once"). A DOI holding `|`, `,` or `&` cannot be told apart inside a
  filter (and `,`/`&` make OpenAlex answer 403, same page), so it is asked for alone.
- A DOI absent from a batch answer is confirmed with `GET /works/doi:{doi}`: singletons cost no
  credits (developers.openalex.org/api-reference/authentication), and the filter can miss
  DOIs with unusual characters. 404 -> NoAbstract; network, 403 ("rate limit exceeded" on
  the errors page), 5xx, malformed -> Unchecked. A 400 on a batch (filter refused) sends its
  DOIs to singleton lookups.
- 429 is OpenAlex's "daily limit exceeded" (developers.openalex.org/api-reference/errors):
  once one survives the session's retries, the client stops asking for the rest of the run.
- Every request carries `mailto=` (and `api_key=` when given) as query parameters, which is
  how OpenAlex identifies callers; the session's User-Agent carries the mailto too.
- Paced by a fixed-rate limiter: OpenAlex announces no per-second limit in headers the shared
  limiter understands, so the documented polite rate (10/s) is used as is, 3 in flight.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import quote, urlencode

import requests

from claimcheck.model import Doi, Unchecked
from claimcheck.resolve.breaker import Breaker
from claimcheck.resolve.limiter import RateLimiter
from claimcheck.resolve.stats import ResolverStats
from claimcheck.resolve.transport import (
    Channel,
    base_url,
    batches_then_singles,
    get_within_host,
)
from claimcheck.resolve.urls import chunks, doi_path
from claimcheck.sources.interface import (
    DEFAULT_OPENALEX_URL,
    AbstractLookup,
    AbstractSource,
    NoAbstract,
    SourceError,
)
from claimcheck.sources.openalex import SELECT, MalformedWork, list_abstracts, single_abstract

__all__ = ["DEFAULT_OPENALEX_URL", "FixedRateLimiter", "OpenAlexClient", "OpenAlexOptions"]
_UNFILTERABLE = frozenset("|,&")


@dataclass(frozen=True, slots=True)
class OpenAlexOptions:
    base_url: str = DEFAULT_OPENALEX_URL
    mailto: str = ""
    api_key: str = ""  # OpenAlex's free key (`api_key=`), needed for more than test volumes
    workers: int = 3
    chunk_size: int = 50  # OpenAlex's cap on ORed values in one filter
    max_url: int = 4000  # characters of one filter request URL


class FixedRateLimiter(RateLimiter):
    """The shared limiter at a set pace; response headers are not taken as Crossref's."""

    def __init__(
        self,
        limit: int = 10,
        concurrency: int = 3,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        super().__init__(clock, sleep)
        self.limit, self.concurrency = limit, concurrency

    def update(self, headers: Mapping[str, str]) -> None:
        """OpenAlex's headers describe daily credits, not a per-second window: ignored."""


def filter_dois(dois: Iterable[str]) -> str:
    """`doi:A|B` with each DOI percent-encoded (`/` kept, as in DOI URLs)."""
    return "doi:" + "|".join(quote(d, safe="/") for d in dois)


class OpenAlexClient(AbstractSource):
    """Live abstracts from OpenAlex through a configured session (`resolve.make_session`)."""

    def __init__(
        self,
        session: requests.Session,
        options: OpenAlexOptions | None = None,
        limiter: RateLimiter | None = None,
        stats: ResolverStats | None = None,
        breaker: Breaker | None = None,
    ) -> None:
        self.options = options or OpenAlexOptions()
        base = base_url(self.options.base_url)
        if base is None:
            raise SourceError(f"OpenAlex URL must be http(s)://host: {self.options.base_url}")
        self._base = base
        self._session = session
        self.limiter = limiter or FixedRateLimiter()
        self.stats = stats or ResolverStats()
        self._refused: Unchecked | None = None  # set by a 429: the day's budget is spent
        self._channel = Channel("OpenAlex", session, self.limiter, self.stats,
                                breaker or Breaker())

    def abstracts(self, dois: Sequence[Doi]) -> dict[Doi, AbstractLookup]:
        unique = list(dict.fromkeys(dois))
        batchable = [d for d in unique if not _UNFILTERABLE & set(d)]
        groups = chunks(batchable, self.options.chunk_size, self._budget(), filter_dois)
        return batches_then_singles(unique, groups, self._fetch_batch, self._fetch_one,
                                    self.options.workers)

    def close(self) -> None:
        self._session.close()

    def _query(self, **params: str) -> str:
        identity = {"mailto": self.options.mailto, "api_key": self.options.api_key}
        given = {**params, **{k: v for k, v in identity.items() if v}}
        return urlencode(given, safe="/:|,@")  # `|` and `,` are OpenAlex syntax here

    def _budget(self) -> int:
        overhead = len(f"{self._base}/works?filter=&{self._query(select=SELECT)}&per-page=100")
        return max(self.options.max_url - overhead, 200)

    def _fetch_batch(self, group: list[Doi]) -> dict[Doi, AbstractLookup]:
        """Outcomes of the works one filter request returned; the others are left out."""
        # Room for twice the DOIs: OpenAlex sometimes holds two works for one DOI.
        per_page = min(2 * len(group), 100)
        query = f"filter={filter_dois(group)}&per-page={per_page}&{self._query(select=SELECT)}"
        response = self._get(f"{self._base}/works?{query}")
        if isinstance(response, Unchecked):
            return dict.fromkeys(group, response)
        if response.status_code != 200:
            if response.status_code == 400:
                return {}  # the filter was refused: ask for each DOI on its own instead
            return dict.fromkeys(group, self._failed(response))
        try:
            answers = list_abstracts(response.content)
        except MalformedWork as exc:
            return dict.fromkeys(group, self._malformed(exc))
        wanted = set(group)
        return {doi: answer for doi, answer in answers.items() if doi in wanted}

    def _fetch_one(self, doi: Doi) -> AbstractLookup:
        try:
            url = f"{self._base}/works/doi:{doi_path(doi)}?{self._query(select=SELECT)}"
        except ValueError as exc:
            return Unchecked(reason=str(exc))
        response = self._get(url)
        if isinstance(response, Unchecked):
            return response
        if response.status_code == 404:
            return NoAbstract(reason="OpenAlex has no record of this DOI")
        if response.status_code != 200:
            return self._failed(response)
        try:
            return single_abstract(response.content)
        except MalformedWork as exc:
            return self._malformed(exc)

    def _get(self, url: str) -> requests.Response | Unchecked:
        if self._refused is not None:
            return self._refused
        return get_within_host(self._channel, url)

    def _failed(self, response: requests.Response) -> Unchecked:
        self.stats.add("failures")
        if response.status_code == 429:
            self._refused = Unchecked(reason="OpenAlex daily limit exceeded (HTTP 429)")
            return self._refused
        return Unchecked(reason=f"OpenAlex answered HTTP {response.status_code}")

    def _malformed(self, exc: MalformedWork) -> Unchecked:
        self.stats.add("failures")
        return Unchecked(reason=f"malformed OpenAlex response: {exc}")
