"""`SnapshotResolver`: Crossref work records from a local file, answered with no network.

Accepted files: JSONL of `work` messages (or of whole `{"message": ...}` envelopes), a JSON
document `{"items": [...]}` as in Crossref's public data file (`.json` or `.json.gz`), a
`.jsonl.gz`, or a directory of such files (the public data file ships as thousands of
`N.json.gz`).

Decision on DOIs absent from the snapshot: a snapshot is a sample of Crossref, not Crossref, so
its silence is not Crossref saying "no such DOI". An absent DOI is `Unchecked("not in
snapshot")` and `build_resolver` then asks the cache and the live client; offline, the
reference is reported unchecked, never `doi-not-found`. Only a snapshot the caller declares
complete (`complete=True`) answers `NotFound`. Searches follow the same rule: no candidate
above the similarity floor is Unchecked, or an empty `Candidates` when complete.

Search: a simple relevance score so references without DOIs can be searched offline. The
similarity is rapidfuzz's token-set ratio (0-100) of the folded query against the record's
title, subtitle, author family names, container and year; the score is that similarity times
the query length / 100, so `score / len(query)` (the normalisation Crossref's reference matcher
applies, CrossRef/search-based-reference-matcher) is the similarity in [0, 1].
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from claimcheck.model import Candidates, Doi, Found, Lookup, NotFound, Record, Search, Unchecked
from claimcheck.resolve.crossref import record_from_message
from claimcheck.resolve.interface import Resolver, ResolverError
from claimcheck.text import fold_words

_SUFFIXES = (".jsonl", ".json", ".jsonl.gz", ".json.gz", ".ndjson")


@dataclass(frozen=True, slots=True)
class SnapshotOptions:
    complete: bool = False  # True: an absent DOI is NotFound (the snapshot is all of Crossref)
    min_similarity: float = 60.0  # search candidates below this (0-100) are not returned


def searchable_text(record: Record) -> str:
    """What a bibliographic search matches against: title, authors, container, year."""
    year = record.print_year or record.issued_year or record.online_year
    parts = [record.title, record.subtitle, *(a.family for a in record.authors)]
    parts += [*record.containers[:1], *record.short_containers[:1], str(year) if year else ""]
    return fold_words(" ".join(p for p in parts if p))


def relevance_score(similarity: float, query: str) -> float:
    """Scales a 0-100 similarity like Crossref's score: it grows with the query's length."""
    return round(similarity * len(query) / 100.0, 3)


def _messages(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, dict) and isinstance(data.get("items"), list):
        yield from (i for i in data["items"] if isinstance(i, dict))
    elif isinstance(data, dict) and isinstance(data.get("message"), dict):
        yield from _messages(data["message"])
    elif isinstance(data, dict) and data.get("DOI"):
        yield data


def json_documents(path: Path) -> Iterator[Any]:
    """The JSON values in one file: the whole document, else one per non-blank line.

    Shared with `claimcheck.sources.snapshot` (OpenAlex works come as JSON lines too).
    Raises ResolverError naming the line that is not JSON.
    """
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        text = handle.read()
    try:
        document = json.loads(text)  # fails fast ("Extra data") on JSON lines
    except ValueError:
        document = None
    if isinstance(document, dict | list):
        yield document
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                yield json.loads(line)
            except ValueError as exc:
                raise ResolverError(f"{path}:{number}: not a JSON record ({exc})") from exc


def snapshot_files(path: Path, suffixes: tuple[str, ...] = _SUFFIXES) -> list[Path]:
    """The file itself, or a directory's files ending in `suffixes`; ResolverError if absent."""
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.name.endswith(suffixes))
    if path.is_file():
        return [path]
    raise ResolverError(f"snapshot not found: {path}")


def read_records(path: Path) -> tuple[Record, ...]:
    """Every record in a snapshot file or directory; ResolverError when unreadable."""
    files = snapshot_files(path)
    try:
        return tuple(
            record_from_message(m) for f in files for d in json_documents(f) for m in _messages(d)
        )
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise ResolverError(f"cannot read snapshot {path}: {exc}") from exc


class SnapshotResolver(Resolver):
    """Lookups by DOI and bibliographic searches over records held in memory."""

    def __init__(self, records: Sequence[Record], options: SnapshotOptions | None = None) -> None:
        self.options = options or SnapshotOptions()
        self._by_doi = {r.doi: r for r in records}
        self._records = list(self._by_doi.values())
        self._texts = [searchable_text(r) for r in self._records]

    @classmethod
    def from_path(cls, path: Path, options: SnapshotOptions | None = None) -> SnapshotResolver:
        return cls(read_records(path), options)

    def __len__(self) -> int:
        return len(self._records)

    def fetch(self, dois: Sequence[Doi]) -> dict[Doi, Lookup]:
        results: dict[Doi, Lookup] = {}
        for doi in dois:
            record = self._by_doi.get(doi)
            if record is not None:
                results[doi] = Found(record=record)
            elif self.options.complete:
                results[doi] = NotFound(reason="not in the snapshot, which is declared complete")
            else:
                results[doi] = Unchecked(reason="not in snapshot")
        return results

    def search(self, query: str, rows: int = 5) -> Search:
        folded = fold_words(query)
        if not folded:
            return Candidates(records=())
        best = process.extract(
            folded,
            self._texts,
            scorer=fuzz.token_set_ratio,
            processor=None,
            limit=rows,
            score_cutoff=self.options.min_similarity,
        )
        if not best and not self.options.complete:
            return Unchecked(reason="no candidate in snapshot")
        return Candidates(
            records=tuple(
                replace(self._records[index], score=relevance_score(similarity, query))
                for _, similarity, index in best
            )
        )
