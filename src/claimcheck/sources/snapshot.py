"""`SnapshotSource`: OpenAlex abstracts from a local file, answered with no network.

Accepted: JSON lines of OpenAlex Work objects (the shape of OpenAlex's own snapshot, whose
`data/works/updated_date=.../part_NNN.gz` files are gzipped JSON lines:
https://docs.openalex.org/download-all-data/snapshot-data-format), a saved list page
`{"results": [...]}`, `.gz` variants, or a directory of such files (one level: point at an
`updated_date=` folder, not the snapshot's root). Only each work's DOI and rebuilt abstract are
kept in memory.

Like the Crossref snapshot (`resolve/snapshot.py`), a snapshot is a sample, not OpenAlex: an
absent DOI is `Unchecked("not in OpenAlex snapshot")`, and `build_abstract_source` then asks
the cache and the live client (offline: reported unchecked, never "no abstract").
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from claimcheck.model import Doi, Unchecked
from claimcheck.resolve.interface import ResolverError
from claimcheck.resolve.snapshot import json_documents, snapshot_files
from claimcheck.sources.interface import AbstractLookup, AbstractSource, SourceError
from claimcheck.sources.openalex import abstracts_of, iter_works

_SUFFIXES = (".jsonl", ".json", ".ndjson", ".gz")


def _works(files: Sequence[Path]) -> Iterator[Mapping[str, Any]]:
    for path in files:
        for document in json_documents(path):
            yield from iter_works(document)


def read_abstracts(path: Path) -> dict[Doi, AbstractLookup]:
    """DOI -> abstract outcome for every work in a file or directory; SourceError if unreadable."""
    try:
        files = snapshot_files(path, _SUFFIXES)
        return abstracts_of(_works(files), "snapshot")
    except ResolverError as exc:
        raise SourceError(str(exc)) from exc
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise SourceError(f"cannot read OpenAlex snapshot {path}: {exc}") from exc


class SnapshotSource(AbstractSource):
    """Abstracts held in memory, looked up by DOI."""

    def __init__(self, answers: Mapping[Doi, AbstractLookup]) -> None:
        self._answers = dict(answers)

    @classmethod
    def from_path(cls, path: Path) -> SnapshotSource:
        return cls(read_abstracts(path))

    def __len__(self) -> int:
        return len(self._answers)

    def abstracts(self, dois: Sequence[Doi]) -> dict[Doi, AbstractLookup]:
        missing = Unchecked(reason="not in OpenAlex snapshot")
        return {d: self._answers.get(d, missing) for d in dict.fromkeys(dois)}
