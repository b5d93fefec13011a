"""Pipeline layer: lookups started before the stage that needs them, so the network overlaps
the CPU.

`Prefetcher` wraps a run's resolver. Before parsing, the engine hands it the DOIs printed in
the raw entries (`printed_dois`); they are fetched on a background thread while the parser
runs (parsing holds the GIL, a lookup mostly waits on a socket). After parsing, it hands over
the search queries of the references that print no DOI; those go out together, paced as
always by the client's rate limiter, and so do the searches the compare stage will want once
the printed DOIs are answered (a DOI the registry does not know), as soon as those answers
are in. The compare stage then asks its questions as before and gets the answers already
received; whatever was not prefetched goes to the resolver.

Each batch of questions is first `prepare`d on the caller's thread: the cache is read in one
pass, and when the network is needed the client is built there and then. Built on the
prefetch thread instead, its imports (requests, urllib3, ssl: hundreds of file reads, each
giving up the GIL) would crawl beside the parser, and the first request would leave only
once parsing was done.

The prefetch asks through `fetch`, so its answers are final (absence confirmed, failures
`Unchecked`, as they would have been); a DOI misread from the raw text is simply never asked
for by the compare stage: it costs a slot in a batch, never a verdict. At most
`MAX_SEARCHES` searches go ahead per article.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor

from claimcheck.model import Doi, Lookup, Search
from claimcheck.resolve.interface import Resolver
from claimcheck.text import DOI_PATTERN, is_valid_doi, normalize_doi

MAX_SEARCHES = 200  # searches sent ahead per article; the rest are asked when needed


def printed_dois(texts: Iterable[str]) -> list[Doi]:
    """The valid DOIs printed in these texts, normalised, each once, in order."""
    found = (normalize_doi(m) for text in texts for m in DOI_PATTERN.findall(text))
    return list(dict.fromkeys(d for d in found if is_valid_doi(d)))


class Prefetcher(Resolver):
    """The run's resolver, with some questions asked ahead on background threads."""

    def __init__(self, inner: Resolver, threads: int = 3) -> None:
        self._inner = inner
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="prefetch")
        self._dois: Future[dict[Doi, Lookup]] | None = None
        self._searches: dict[tuple[str, int], Future[Search]] = {}
        self._lock = threading.Lock()  # searches are also started from the fetch's thread
        self._after = threading.Lock()  # held while the searches after the DOIs start
        self._then: tuple[Callable[[Mapping[Doi, Lookup]], Iterable[str]], int] | None = None

    def start_dois(self, dois: Sequence[Doi]) -> None:
        if dois and self._dois is None:
            self._inner.prepare(dois)
            self._dois = self._pool.submit(self._inner.fetch, list(dois))

    def start_searches(self, queries: Iterable[str], rows: int) -> None:
        with self._lock:
            room = MAX_SEARCHES - len(self._searches)
            new = [q for q in dict.fromkeys(q for q in queries if q.strip())
                   if (q, rows) not in self._searches][:max(room, 0)]
        if not new:
            return
        self._inner.prepare((), [(q, rows) for q in new])
        with self._lock:
            for query in new:
                if (query, rows) not in self._searches:
                    self._searches[query, rows] = self._pool.submit(
                        self._inner.search, query, rows)

    def search_after_dois(self, queries: Callable[[Mapping[Doi, Lookup]], Iterable[str]],
                          rows: int) -> None:
        """Once the DOIs asked ahead are answered, starts the searches `queries(answers)`
        names (the compare stage's, for the references those answers leave unsettled)."""
        if self._dois is None:
            return
        self._then = (queries, rows)
        self._dois.add_done_callback(self._search_after)

    def _search_after(self, done: Future[dict[Doi, Lookup]]) -> None:
        """Runs once: from the fetch's thread when it ends, or from `fetch()`, whichever is
        first (a future's callbacks may still be pending when `result()` returns); the other
        caller waits until the searches are started, so none is asked twice."""
        with self._after:
            pending, self._then = self._then, None
            if pending is None or done.cancelled() or done.exception() is not None:
                return
            queries, rows = pending
            self.start_searches(queries(done.result()), rows)

    def fetch(self, dois: Sequence[Doi]) -> dict[Doi, Lookup]:
        ahead: dict[Doi, Lookup] = {}
        if self._dois is not None:
            ahead = self._dois.result()
            self._search_after(self._dois)
        answers = {d: ahead[d] for d in dois if d in ahead}
        rest = [d for d in dois if d not in answers]
        if rest:
            answers.update(self._inner.fetch(rest))
        return {d: answers[d] for d in dois}

    def probe(self, dois: Sequence[Doi]) -> dict[Doi, Lookup]:
        return self._inner.probe(dois)

    def prepare(self, dois: Sequence[Doi], searches: Sequence[tuple[str, int]] = ()) -> None:
        self._inner.prepare(dois, searches)

    def search(self, query: str, rows: int = 5) -> Search:
        with self._lock:
            ahead = self._searches.pop((query, rows), None)
        return ahead.result() if ahead is not None else self._inner.search(query, rows)

    def close(self) -> None:
        """Waits for what is in flight (its answers may be cached); the inner resolver is the
        caller's to close."""
        self._pool.shutdown(wait=True, cancel_futures=True)
