"""`CrossrefClient`: the HTTP side of the Crossref REST API (the JSON side is `crossref.py`).

- fetch: DOIs are asked for in batches, `/works?filter=doi:A,doi:B&rows=N` (repeated filters
  are ORed, https://api.crossref.org/swagger-ui/index.html), chunked to at most `chunk_size`
  DOIs and `max_url` characters (Crossref reads 4,092 bytes of request line). Few, large
  batches: the polite pool's 10 requests a second, more than its 3 in flight, bound a run
  (each request past the tenth waits for the window), so one request less is worth more
  than smaller answers side by side. A DOI missing from a batch answer is settled on its
  own: when another DOI of its prefix was found, `GET /works/{doi}` confirms it (404
  `Resource not found.` -> NotFound, 200 -> Found); otherwise its registration agency is
  asked first (`/works/{doi}/agency`, which Crossref documents as the way to tell whether a
  DOI is Crossref's): 404 -> NotFound, another agency -> NotFound naming it (registered,
  just not here), Crossref or no answer -> the confirmation. Network failures, 5xx or 429
  after the session's retries, malformed JSON -> Unchecked, never NotFound.
- search: `/works?query.bibliographic=...&rows=N`; each Record's `score` is Crossref's.
- every request passes through the shared `RateLimiter`; chunks run in a small thread pool.
- DOIs are percent-encoded in paths and queries so none can change host, path or query;
  redirects are followed only to the same host (a DOI must never send us elsewhere).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
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
from claimcheck.resolve.transport import Channel, base_url, get_within_host, run_parallel
from claimcheck.resolve.urls import chunks, doi_path, filter_value, prefix

log = logging.getLogger(__name__)
_MAX_QUERY = 1000  # characters of a reference string sent as query.bibliographic


@dataclass(frozen=True, slots=True)
class ClientOptions:
    base_url: str = "https://api.crossref.org"
    workers: int = 3  # threads; the limiter still caps requests in flight
    chunk_size: int = 50  # DOIs per filter request (fewer requests: see `fetch`)
    max_url: int = 3000  # characters per filter request URL (Crossref reads up to 4,092)


ABSENT = NotFound("absent from the batch answer")  # what a probe concludes from a batch


def _not_held(body: str) -> NotFound:
    return NotFound(reason=f"Crossref has no record of this DOI ({body.strip()[:80] or '404'})")


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
        unique = list(dict.fromkeys(dois))
        answers = self._batches(unique, ABSENT)
        # A prefix belongs to one registration agency: one DOI of it found here makes the
        # prefix Crossref's, so only a DOI of an unseen prefix costs the agency question.
        crossref = {prefix(d) for d, a in answers.items() if isinstance(a, Found)}
        pending = [d for d in unique if answers.get(d, ABSENT) is ABSENT]
        settled = run_parallel(lambda d: self._settle(d, crossref, d in answers), pending,
                               self.options.workers)
        answers.update(zip(pending, settled, strict=True))
        return {d: answers[d] for d in unique}

    def probe(self, dois: Sequence[Doi]) -> dict[Doi, Lookup]:
        """Batched answers, absence from them taken as NotFound (a DOI with a comma cannot go
        in a batch and is always asked alone)."""
        unique = list(dict.fromkeys(dois))
        answers = self._batches(unique, ABSENT)
        missing = [d for d in unique if d not in answers]
        answers.update(zip(missing, run_parallel(self._fetch_one, missing,
                                                 self.options.workers), strict=True))
        return {d: answers[d] for d in unique}

    def _batches(self, unique: list[Doi], absent: NotFound) -> dict[Doi, Lookup]:
        """The filter requests' answers, side by side: a DOI a batch answered without is
        `absent`; one no batch could ask about (a comma, a refused filter) is left out."""
        batchable = [d for d in unique if "," not in d]
        groups = chunks(batchable, self.options.chunk_size, self._filter_budget())
        answers: dict[Doi, Lookup] = {}
        batch = partial(self._fetch_batch, absent=absent)
        for answer in run_parallel(batch, groups, self.options.workers):
            answers.update(answer)
        return answers

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
            return _not_held(response.text)
        if response.status_code != 200:
            return self._failed(response)
        try:
            return Found(record=work_from_body(response.content))
        except MalformedResponse as exc:
            return self._malformed(exc)

    def _settle(self, doi: Doi, crossref: set[str], absent: bool) -> Lookup:
        """A DOI no batch returned. Its prefix Crossref's: confirmed alone. A batch answered
        without it (`absent`): its agency is asked first, which settles a DOI nobody or another
        agency holds in one request. Never in a batch: confirmed, then, if not found, its
        agency asked. `crossref` (prefixes known to be Crossref's) grows with the answers."""
        if prefix(doi) in crossref:
            return self._fetch_one(doi)
        if absent and (not_here := self._agency(doi)) is not None:
            return not_here
        answer = self._fetch_one(doi)
        if isinstance(answer, Found):
            crossref.add(prefix(doi))  # a set's add is atomic under the GIL
        elif isinstance(answer, NotFound) and not absent:
            other = self._agency(doi)
            if other is not None and other.agency:
                return NotFound(answer.reason, other.agency)
        return answer

    def _agency(self, doi: Doi) -> NotFound | None:
        """NotFound when the agency route knows no such DOI (404) or names another agency
        (DataCite, mEDRA, ...: registered, just not here); None when it says Crossref or the
        question failed (the DOI is then confirmed as if never asked)."""
        try:
            url = f"{self._base}/works/{doi_path(doi)}/agency"
        except ValueError:
            return None  # the confirmation refuses it, with the reason
        response = self._get(url)
        if isinstance(response, Unchecked) or response.status_code not in (200, 404):
            return None
        if response.status_code == 404:
            return _not_held(response.text)
        try:
            agency_id, label = agency_from_body(response.content)
        except MalformedResponse:
            return None
        if agency_id == "crossref":
            return None
        return NotFound(f"Crossref has no record of this DOI (registered with {label})", label)

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
