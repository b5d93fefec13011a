"""`CachedSource`: the resolver's SQLite answer cache (`resolve.cache.Cache`) in front of a source.

One row per DOI (kind "abstract") in its own file, `openalex.sqlite3`, beside Crossref's, so
either can be deleted alone. Rows are our own JSON, decoded strictly (an unreadable row is a
miss). Lifetimes: an abstract 30 days; NoAbstract 7 days, since OpenAlex adds works and
abstracts after publication (coverage grows with age: docs.openalex.org/api-entities/works/
work-object, "Abstract inverted index coverage"); Unchecked is never stored, so the next run
asks again. A broken cache costs speed, never correctness (habit 6, handled by `Cache`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from claimcheck.model import Doi, Unchecked
from claimcheck.resolve.cache import DAY, Cache, CacheMode, CacheOptions
from claimcheck.resolve.stats import ResolverStats
from claimcheck.sources.interface import AbstractLookup, AbstractSource, FoundAbstract, NoAbstract

KIND = "abstract"
FILE_NAME = "openalex.sqlite3"
_ORIGINS = ("openalex", "crossref", "snapshot")


def cache_options(directory: Path | None, mode: CacheMode) -> CacheOptions:
    """The resolver cache's options for abstracts: own file, the lifetimes above."""
    return CacheOptions(
        directory=directory, mode=mode, found_ttl=30 * DAY, not_found_ttl=7 * DAY,
        file_name=FILE_NAME,
    )  # fmt: skip


def lookup_to_json(lookup: FoundAbstract | NoAbstract) -> str:
    if isinstance(lookup, FoundAbstract):
        return json.dumps({"abstract": lookup.text, "origin": lookup.origin}, ensure_ascii=False)
    return json.dumps({"none": lookup.reason}, ensure_ascii=False)


def lookup_from_json(text: str) -> FoundAbstract | NoAbstract:
    """Strict: ValueError for anything but the two shapes `lookup_to_json` writes."""
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("not a cached abstract")
    if isinstance(data.get("abstract"), str) and data.get("origin") in _ORIGINS:
        return FoundAbstract(text=data["abstract"], origin=data["origin"])
    if isinstance(data.get("none"), str):
        return NoAbstract(reason=data["none"])
    raise ValueError("not a cached abstract")


class CachedSource(AbstractSource):
    """Answers from the cache what it can and asks `inner` for the rest, storing its answers."""

    def __init__(
        self, inner: AbstractSource, cache: Cache, stats: ResolverStats | None = None
    ) -> None:
        self.inner = inner
        self.cache = cache
        self.stats = stats or ResolverStats()

    def abstracts(self, dois: Sequence[Doi]) -> dict[Doi, AbstractLookup]:
        unique = list(dict.fromkeys(dois))
        results, hits = self.cache.read_through(
            KIND, unique, lookup_from_json, self.inner.abstracts, self._rows
        )
        self.stats.add("cache_hits", hits)
        self.stats.add("cache_misses", len(unique) - hits)
        return {d: results.get(d, Unchecked(reason="no answer")) for d in unique}

    def close(self) -> None:
        self.inner.close()
        self.cache.close()

    def _rows(self, answers: dict[Doi, AbstractLookup]) -> list[tuple[str, str, float]]:
        options = self.cache.options
        rows = []
        for doi, lookup in answers.items():
            if isinstance(lookup, FoundAbstract):
                rows.append((str(doi), lookup_to_json(lookup), options.found_ttl))
            elif isinstance(lookup, NoAbstract):
                rows.append((str(doi), lookup_to_json(lookup), options.not_found_ttl))
        return rows  # Unchecked is never stored
