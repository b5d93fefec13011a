"""`CrossrefClient`: the HTTP side of the Crossref REST API (the JSON side is `crossref.py`).

- fetch: DOIs are asked for in batches, `/works?filter=doi:A,doi:B&rows=N` (repeated filters
  are ORed, https://api.crossref.org/swagger-ui/index.html), chunked to at most `chunk_size`
  DOIs and `max_url` characters. A DOI missing from a batch answer is confirmed with
  `GET /works/{doi}`: 404 (`Resource not found.`) -> NotFound, 200 -> Found. Network failures,
  5xx or 429 after the session's retries, malformed JSON -> Unchecked, never NotFound.
- search: `/works?query.bibliographic=...&rows=N`; each Record's `score` is Crossref's.
- every request passes through the shared `RateLimiter`; chunks run in a small thread pool.
- DOIs are percent-encoded in paths and queries so none can change host, path or query;
  redirects are followed only to the same host (a DOI must never send us elsewhere).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from urllib.parse import quote

import requests

from claimcheck.model import Candidates, Doi, Found, Lookup, NotFound, Search, Unchecked
from claimcheck.resolve.breaker import Breaker
from claimcheck.resolve.crossref import (
    MalformedResponse,
    agency_from_body,
    work_from_body,
    works_from_body,
)
from claimcheck.resolve.interface import Resolver, ResolverError
from claimcheck.resolve.limiter import RateLimiter
from claimcheck.resolve.stats import ResolverStats
from claimcheck.resolve.transport import (
    Channel,
    base_url,
    batches_then_singles,
    get_within_host,
)

log = logging.getLogger(__name__)
_MAX_QUERY = 1000  # characters of a reference string sent as query.bibliographic


@dataclass(frozen=True, slots=True)
class ClientOptions:
    base_url: str = "https://api.crossref.org"
    workers: int = 3  # threads; the limiter still caps requests in flight
    chunk_size: int = 20  # DOIs per filter request
    max_url: int = 2000  # characters per filter request URL


def doi_path(doi: str) -> str:
    """The DOI as a path tail: `/` kept (Crossref's documented form), all else encoded.

    A segment made only of dots would be removed by URL normalisation (`10.1/../x`), so such
    DOIs are refused (ValueError) rather than sent to another route.
    """
    segments = doi.split("/")
    if any(s and set(s) == {"."} for s in segments):
        raise ValueError(f"DOI {doi!r} has a dot-only path segment")
    return "/".join(quote(s, safe="") for s in segments)


def _prefix(doi: str) -> str:
    return doi.split("/", 1)[0].lower()


def filter_value(dois: Iterable[str]) -> str:
    """`doi:A,doi:B` with each DOI percent-encoded (its commas could not be told apart)."""
    return ",".join("doi:" + quote(d, safe="/") for d in dois)


def chunks(
    dois: Sequence[Doi],
    size: int,
    max_chars: int,
    render: Callable[[Iterable[str]], str] = filter_value,
) -> list[list[Doi]]:
    """Consecutive groups of at most `size` DOIs whose `render`ed filter fits in `max_chars`."""
    groups: list[list[Doi]] = []
    current: list[Doi] = []
    for doi in dois:
        if current and (len(current) >= size or len(render([*current, doi])) > max_chars):
            groups.append(current)
            current = []
        current.append(doi)
    return [*groups, current] if current else groups


class CrossrefClient(Resolver):
    """Live Crossref lookups through a configured session (see `session.make_session`)."""

    def __init__(
        self,
        session: requests.Session,
        options: ClientOptions | None = None,
        limiter: RateLimiter | None = None,
        stats: ResolverStats | None = None,
        breaker: Breaker | None = None,
    ) -> None:
        self.options = options or ClientOptions()
        base = base_url(self.options.base_url)
        if base is None:
            raise ResolverError(f"Crossref URL must be http(s)://host: {self.options.base_url}")
        self._base = base
        self._session = session
        self.limiter = limiter or RateLimiter()
        self.stats = stats or ResolverStats()
        self._channel = Channel("Crossref", session, self.limiter, self.stats,
                                breaker or Breaker())

    def fetch(self, dois: Sequence[Doi]) -> dict[Doi, Lookup]:
        answers = self._lookup(dois, confirm=True)
        # A prefix belongs to one registration agency: one DOI of it found here makes the
        # prefix Crossref's, so only a not-found DOI of an unseen prefix costs the question.
        crossref = {_prefix(d) for d, answer in answers.items() if isinstance(answer, Found)}
        for doi, answer in answers.items():
            if isinstance(answer, NotFound) and _prefix(doi) not in crossref:
                answers[doi] = NotFound(answer.reason, self._agency(doi))
        return answers

    def probe(self, dois: Sequence[Doi]) -> dict[Doi, Lookup]:
        return self._lookup(dois, confirm=False)

    def _lookup(self, dois: Sequence[Doi], confirm: bool) -> dict[Doi, Lookup]:
        """Batched answers; a DOI absent from them is asked for alone (`confirm`), or, for a
        probe, not found (a DOI with a comma cannot go in a batch and is always asked alone)."""
        unique = list(dict.fromkeys(dois))
        batchable = [d for d in unique if "," not in d]
        groups = chunks(batchable, self.options.chunk_size, self._filter_budget())
        absent = None if confirm else NotFound("absent from the batch answer")
        batch = partial(self._fetch_batch, absent=absent)
        return batches_then_singles(unique, groups, batch, self._fetch_one, self.options.workers)

    def search(self, query: str, rows: int = 5) -> Search:
        text = " ".join(query.split())[:_MAX_QUERY]
        if not text:
            return Candidates(records=())
        rows = max(1, min(rows, 1000))  # Crossref's bounds for `rows`
        url = f"{self._base}/works?query.bibliographic={quote(text, safe='')}&rows={rows}"
        response = self._get(url)
        if isinstance(response, Unchecked):
            return response
        if response.status_code != 200:
            return self._failed(response)
        try:
            return Candidates(records=works_from_body(response.content))
        except MalformedResponse as exc:
            return self._malformed(exc)

    def close(self) -> None:
        self._session.close()

    def _filter_budget(self) -> int:
        overhead = len(f"{self._base}/works?filter=&rows={self.options.chunk_size}")
        return max(self.options.max_url - overhead, 100)

    def _fetch_batch(self, group: list[Doi], absent: NotFound | None = None) -> dict[Doi, Lookup]:
        """Found records of one filter request; DOIs it did not return are left out (to be
        asked alone), or answered `absent` when the caller takes the batch's word for it."""
        url = f"{self._base}/works?filter={filter_value(group)}&rows={len(group)}"
        response = self._get(url)
        if isinstance(response, Unchecked):
            return dict.fromkeys(group, response)
        if response.status_code != 200:
            if 400 <= response.status_code < 500 and response.status_code != 429:
                return {}  # the filter was refused: ask for each DOI on its own instead
            return dict.fromkeys(group, self._failed(response))
        try:
            records = works_from_body(response.content)
        except MalformedResponse as exc:
            return dict.fromkeys(group, self._malformed(exc))
        wanted = set(group)
        found: dict[Doi, Lookup] = {r.doi: Found(record=r) for r in records if r.doi in wanted}
        if absent is not None:
            found.update({d: absent for d in group if d not in found})
        return found

    def _fetch_one(self, doi: Doi) -> Lookup:
        try:
            url = f"{self._base}/works/{doi_path(doi)}"
        except ValueError as exc:
            return Unchecked(reason=str(exc))
        response = self._get(url)
        if isinstance(response, Unchecked):
            return response
        if response.status_code == 404:
            body = response.text.strip()[:80] or "404"
            return NotFound(reason=f"Crossref has no record of this DOI ({body})")
        if response.status_code != 200:
            return self._failed(response)
        try:
            return Found(record=work_from_body(response.content))
        except MalformedResponse as exc:
            return self._malformed(exc)

    def _agency(self, doi: Doi) -> str:
        """The registration agency of a DOI Crossref does not hold, when it is another one
        (DataCite, mEDRA, ...): such a DOI is registered, just not here. "" when it is
        Crossref's, unknown (404), or the question failed: the DOI then stays not found."""
        response = self._get(f"{self._base}/works/{doi_path(doi)}/agency")
        if isinstance(response, Unchecked) or response.status_code != 200:
            return ""
        try:
            agency_id, label = agency_from_body(response.content)
        except MalformedResponse:
            return ""
        return "" if agency_id == "crossref" else label

    def _get(self, url: str) -> requests.Response | Unchecked:
        return get_within_host(self._channel, url)

    def _failed(self, response: requests.Response) -> Unchecked:
        self.stats.add("failures")
        if response.status_code == 429:
            self.limiter.pause(self.limiter.interval)
            return Unchecked(reason="Crossref rate limit exceeded (HTTP 429)")
        return Unchecked(reason=f"Crossref answered HTTP {response.status_code}")

    def _malformed(self, exc: MalformedResponse) -> Unchecked:
        self.stats.add("failures")
        log.warning("Crossref sent a malformed response: %s", exc)
        return Unchecked(reason=f"malformed Crossref response: {exc}")
